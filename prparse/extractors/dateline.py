"""Dateline."""

from __future__ import annotations

from prparse.document import Candidate, Document
from prparse.model import Dateline


def extract_dateline(doc: Document) -> Candidate[Dateline] | None:
    return None
