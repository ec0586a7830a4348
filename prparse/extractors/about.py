"""'About X' boilerplate sections: the organisation named in the label and the section's text."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from prparse.document import Block, Document, Zone
from prparse.model import About
from prparse.normalise import collapse, smart_case
from prparse.rules.sections import ABOUT_CAPS_RUN_IN, ABOUT_LABEL, ABOUT_MAX_WORDS, ABOUT_RUN_IN, ABOUT_SELF


@dataclass
class _Section:
    organization: str | None
    texts: list[str] = field(default_factory=list)


def extract_about(doc: Document) -> list[About]:
    """One `About` per section opened by an "About X" label, in document order."""
    sections: list[_Section] = []
    open_section = False
    about = Zone.ABOUT  # looked up once: an Enum member is a slow class attribute
    for block in doc.blocks:
        if block.zone is not about:
            open_section = False
            continue
        label = _label(block, doc.acronyms)
        if label is not None:
            sections.append(label)
            open_section = True
        elif open_section:
            sections[-1].texts.append(block.flat)
    return [About(s.organization, " ".join(s.texts)) for s in sections if s.texts]


def _label(block: Block, acronyms: Container[str]) -> _Section | None:
    """The section a block opens when it starts with an About label."""
    run_in = ABOUT_RUN_IN.match(block.flat) or ABOUT_CAPS_RUN_IN.match(block.flat)
    if run_in:
        return _Section(_organization(run_in.group("org"), acronyms), [run_in.group("text")])
    first = block.first_line
    short = ABOUT_LABEL.match(first)
    if short and len(first.split()) <= ABOUT_MAX_WORDS:
        rest = _after_first_line(block, first)
        return _Section(_organization(short.group("org"), acronyms), [rest] if rest else [])
    return None


def _after_first_line(block: Block, first: str) -> str:
    """`collapse(" ".join(block.lines[1:]))`: the block's words after its first line, `first`.

    `flat` joins all the block's words by single spaces, the first line's first, so its end is
    those words joined so, unless the text holds an invisible character, which `collapse` drops
    first. Each of those is unprintable and no white space: a printable `flat` holds none.
    """
    flat = block.flat
    if not flat.isprintable():
        return collapse(" ".join(block.lines[1:]))
    head = " ".join(first.split())
    return flat[len(head) + 1 :] if head else flat


def _organization(label: str, acronyms: Container[str]) -> str | None:
    name = smart_case(collapse(label).rstrip(":. "), acronyms=acronyms)
    return None if ABOUT_SELF.match(name) else name
