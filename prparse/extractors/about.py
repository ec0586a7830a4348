"""'About X' boilerplate sections: the organisation named in the label and the section's text."""

from __future__ import annotations

from prparse.document import Document, Zone
from prparse.model import About
from prparse.normalise import collapse, smart_case
from prparse.rules.sections import ABOUT_LABEL


def extract_about(doc: Document) -> list[About]:
    """One `About` per section opened by an "About X" label, in document order."""
    sections: list[About] = []
    organization: str | None = None
    texts: list[str] = []
    for block in doc.blocks:
        label = ABOUT_LABEL.match(block.lines[0]) if block.zone is Zone.ABOUT else None
        if label:
            if texts or organization:
                sections.append(About(organization, " ".join(texts)))
            organization = _organization(label.group("org"))
            rest = block.lines[1:]
            texts = [collapse(" ".join(rest))] if rest else []
        elif block.zone is Zone.ABOUT and organization is not None:
            texts.append(block.flat)
        elif organization is not None and block.zone is not Zone.ABOUT:
            sections.append(About(organization, " ".join(texts)))
            organization, texts = None, []
    if organization is not None:
        sections.append(About(organization, " ".join(texts)))
    return [a for a in sections if a.text]


def _organization(label: str) -> str | None:
    name = smart_case(collapse(label).rstrip(":. "))
    for article in ("the ", "The ", "THE "):
        name = name.removeprefix(article)
    return name or None
