"""Issuer."""

from __future__ import annotations

from prparse.document import Candidate, Document
from prparse.model import About


def extract_issuer(doc: Document, *, byline: str | None, about: list[About]) -> Candidate[str] | None:
    return None
