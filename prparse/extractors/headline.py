"""Headline and subheadline."""

from __future__ import annotations

from prparse.document import Candidate, Document


def extract_headline(doc: Document) -> Candidate[str] | None:
    return None


def extract_subheadline(doc: Document, headline: Candidate[str] | None) -> Candidate[str] | None:
    return None
