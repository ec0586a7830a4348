"""Contacts."""

from __future__ import annotations

from prparse.document import Document
from prparse.model import Contact, Dateline


def extract_contacts(doc: Document, *, dateline: Dateline | None) -> list[Contact]:
    return []
