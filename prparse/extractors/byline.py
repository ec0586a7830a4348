"""Byline."""

from __future__ import annotations

from prparse.document import Candidate, Document


def extract_byline(doc: Document) -> Candidate[str] | None:
    return None
