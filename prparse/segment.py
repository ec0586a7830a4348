"""Stage 4: label each block with the zone of the release it belongs to.

A label line ("Media Contact:", "About Acme", "Forward-Looking Statements") opens a section
that runs until the next label, a heading, or, for contacts, the first block that reads as prose.
An end mark ("###", "-30-") or an archive footer line closes the release: the rest is trailer.
"""

from __future__ import annotations

import re

from prparse.document import Block, BlockKind, Document, Zone
from prparse.rules.sections import (
    ABOUT_CAPS_RUN_IN,
    ABOUT_LABEL,
    ABOUT_MAX_WORDS,
    ABOUT_RUN_IN,
    BREADCRUMB,
    END_MARK,
    END_MARK_INITIALS,
    RELEASE_END_LINE,
    SECTION_LABEL,
    SECTION_LABELS,
    TRAILER_LINE,
)

_CONTACT_DETAIL = re.compile(r"@|\d[\d\s().\-]{6,}\d|https?://|www\.")
_PROSE_WORDS = 25
# Wires print media contacts, "About" text and notes to editors after the end mark ("###").
_AFTER_END_ZONES = (Zone.CONTACT, Zone.ABOUT)
_BODY = Zone.BODY  # looked up once: an Enum member is a slow class attribute, and most blocks are body


def segment(doc: Document) -> Document:
    """Return the document with every block's zone set."""
    blocks = doc.blocks
    end = _release_end(blocks)
    zoned: list[Block] = []
    current = Zone.BODY
    for block in blocks:
        after_end = block.index >= end
        current = _next_zone(block, current, after_end)
        if after_end and current not in _AFTER_END_ZONES:
            current = Zone.TRAILER
        zoned.append(block if block.zone is current else block.in_zone(current))
    return doc.with_blocks(tuple(zoned))


def section_label(block: Block) -> Zone | None:
    """The zone a block opens when its first line is a section label."""
    first = block.first_line
    match = SECTION_LABEL.match(first)  # most lines fail every label at once: one call tries them all
    if match is None:
        return None
    zone, pattern = SECTION_LABELS[int(match.lastgroup.removeprefix("label"))]  # type: ignore[union-attr]
    if pattern is ABOUT_LABEL and not _about_label(first):
        return None  # the last entry: no other label matches
    return zone


def _about_label(line: str) -> bool:
    # The anchored label patterns fail at once on most lines; the breadcrumb search reads the whole line.
    labelled = bool(
        ABOUT_LABEL.match(line)
        and len(line.split()) <= ABOUT_MAX_WORDS
        or ABOUT_RUN_IN.match(line)
        or ABOUT_CAPS_RUN_IN.match(line)
    )
    return labelled and not BREADCRUMB.search(line)


def _next_zone(block: Block, current: Zone, after_end: bool) -> Zone:
    if _is_end_mark(block.text) or (after_end and _closes_release(block)):
        return Zone.TRAILER
    label = section_label(block)
    if label is not None:
        return label
    if current is _BODY:
        return current  # the common case, decided before the other zones' rules are read
    if current is Zone.CONTACT and not _contact_like(block):
        return Zone.BODY
    if current is Zone.TRAILER:
        return Zone.TRAILER
    if current in (Zone.ABOUT, Zone.LEGAL) and (block.kind is BlockKind.HEADING or block.kind is BlockKind.RULE):
        return Zone.BODY
    return current


def _is_end_mark(text: str) -> bool:
    # str.lstrip() strips exactly what END_MARK's leading \s* matches: the next character must open a mark.
    return text.lstrip()[:1] in END_MARK_INITIALS and END_MARK.match(text) is not None


def _closes_release(block: Block) -> bool:
    return block.kind is BlockKind.RULE or bool(TRAILER_LINE.match(block.first_line))


def _contact_like(block: Block) -> bool:
    lines = block.lines
    if len(lines) > 12 or block.kind is BlockKind.HEADING:
        return False
    return all(len(line.split()) <= 10 or _CONTACT_DETAIL.search(line) for line in lines)


def _release_end(blocks: tuple[Block, ...]) -> int:
    """Index of the first block after the release proper."""
    start = len(blocks) // 3  # an end mark or footer line in the first third is not the end
    rule = BlockKind.RULE  # looked up once: an Enum member is a slow class attribute
    for block in blocks[start:]:
        if RELEASE_END_LINE.match(block.first_line):
            return block.index
        if block.kind is rule and not _prose_follows(blocks, block.index + 1):
            return block.index
    return len(blocks)


def _prose_follows(blocks: tuple[Block, ...], start: int) -> bool:
    return any(len(b.text.split()) >= _PROSE_WORDS and not b.links for b in blocks[start:])
