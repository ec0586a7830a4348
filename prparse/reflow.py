"""Paragraph structure for text that lost it: PDF extractions and page dumps.

Two failures are common in scraped text: a document with no blank lines at all (every line a
paragraph, or every paragraph hard-wrapped at a fixed width), and a sentence cut in two by a
stray blank line. `split_unbroken` rebuilds paragraphs inside a long chunk of lines;
`joins_previous` tells when a chunk continues the sentence of the one before it.
"""

from __future__ import annotations

import re

_TERMINAL = re.compile(r"[.!?:;\u2026][\"\u201d\u2019')\]]{0,3}\s*$")
_STARTS_LOWER = re.compile(r"^\s*[a-z\u00df-\u00ff]")
_HEADER_LINE = re.compile(
    r"^\s*(?:for immediate release|media release|press release|news release|contacts?\b|media contacts?\b)", re.I
)
MIN_LINES = 6  # shorter chunks are kept as they are: addresses, contact blocks, bylines
WRAP_SHARE = 0.8  # a line this close to the widest one was wrapped by the layout, not the author
PROSE_WIDTH = 60
MIN_WRAPPED_LINES = 5
WRAPPED_SHARE = 0.25  # of all lines, those near the widest: a hard-wrapped text
TITLE_LENGTH = 50


def split_unbroken(chunk: str) -> list[str]:
    """Cut a long chunk without blank lines into paragraphs and groups of short lines."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    width = max((len(line.strip()) for line in lines), default=0)
    if len(lines) < MIN_LINES or width < PROSE_WIDTH:
        return [chunk]
    pieces: list[list[str]] = []
    for line in lines:
        if pieces and _continues(pieces[-1], line, width):
            pieces[-1].append(line)
        else:
            pieces.append([line])
    return ["\n".join(piece) for piece in pieces]


def _continues(piece: list[str], line: str, width: int) -> bool:
    last = piece[-1].strip()
    if _HEADER_LINE.match(line) or _HEADER_LINE.match(last):
        return False
    if _is_prose(last, width):
        return not _TERMINAL.search(last)  # a wrapped line runs on until a sentence ends
    line = line.strip()
    # Short lines (a contact block, an address) stay together; a title-length line stands alone.
    return len(line) < TITLE_LENGTH and len(last) < TITLE_LENGTH and last.isupper() == line.isupper()


def _is_prose(line: str, width: int) -> bool:
    return len(line) >= WRAP_SHARE * width or (len(line) >= 40 and bool(_TERMINAL.search(line)))


def joins_previous(previous: str, text: str, wrap_width: int | None) -> bool:
    """True when `text` carries on the sentence that `previous`, a last line, left unfinished.

    `wrap_width` is the width a hard-wrapped document was cut at (None when it was not): a last
    line that reaches it was cut by the layout, not ended by the author.
    """
    if not previous or _TERMINAL.search(previous) or previous.isupper() != text.isupper():
        return False
    if _STARTS_LOWER.match(text):
        return True
    return wrap_width is not None and len(previous) >= WRAP_SHARE * wrap_width


def wrap_width(text: str, sample: int = 20_000) -> int | None:
    """The width a hard-wrapped text was cut at, or None when its lines are not wrapped.

    A wrapped text has many lines close to its widest one; a text whose paragraphs are single
    lines has few.
    """
    lengths = [len(line.strip()) for line in text[:sample].split("\n") if line.strip()]
    width = max(lengths, default=0)
    if width < PROSE_WIDTH:
        return None
    near = sum(1 for n in lengths if n >= WRAP_SHARE * width)
    return width if near >= MIN_WRAPPED_LINES and near >= WRAPPED_SHARE * len(lengths) else None
