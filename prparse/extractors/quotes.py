"""Quotes."""

from __future__ import annotations

from prparse.document import Document
from prparse.model import Quote


def extract_quotes(doc: Document) -> list[Quote]:
    return []
