"""Calls to action."""

from __future__ import annotations

from prparse.document import Document
from prparse.model import CallToAction


def extract_calls_to_action(doc: Document) -> list[CallToAction]:
    return []
