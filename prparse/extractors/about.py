"""'About X' boilerplate sections: the organisation named in the label and the section's text."""

from __future__ import annotations

from prparse.document import Block, Document, Zone
from prparse.model import About
from prparse.normalise import collapse, smart_case
from prparse.rules.sections import ABOUT_LABEL, ABOUT_MAX_WORDS, ABOUT_RUN_IN

_ARTICLES = ("the ", "The ", "THE ")


def extract_about(doc: Document) -> list[About]:
    """One `About` per section opened by an "About X" label, in document order."""
    sections: list[tuple[str | None, list[str]]] = []
    for block in doc.blocks:
        if block.zone is not Zone.ABOUT:
            if sections and sections[-1][0] is not None:
                sections.append((None, []))  # the section ended; later ABOUT text is not its
            continue
        label = _label(block, doc.acronyms)
        if label is not None:
            sections.append(label)
        elif sections and sections[-1][0] is not None:
            sections[-1][1].append(block.flat)
    return [About(org, " ".join(texts)) for org, texts in sections if org is not None and texts]


def _label(block: Block, acronyms: frozenset[str]) -> tuple[str, list[str]] | None:
    """The organisation and the opening text of a block that starts an About section."""
    first = block.lines[0]
    short = ABOUT_LABEL.match(first)
    if short and len(first.split()) <= ABOUT_MAX_WORDS:
        rest = collapse(" ".join(block.lines[1:]))
        return _organization(short.group("org"), acronyms), [rest] if rest else []
    run_in = ABOUT_RUN_IN.match(block.flat)
    if run_in:
        return _organization(run_in.group("org"), acronyms), [run_in.group("text")]
    return None


def _organization(label: str, acronyms: frozenset[str]) -> str:
    name = smart_case(collapse(label).rstrip(":. "), acronyms=acronyms)
    for article in _ARTICLES:
        name = name.removeprefix(article)
    return name
