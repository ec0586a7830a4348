"""Stage 2 for plain text and Markdown: split text into ordered blocks.

Markdown as scrapers save it is read for what it means: `#` headings become headings,
`**bold**` whole paragraphs become emphasised blocks, `[text](url)` becomes the text plus a
link, bullets become list items. Plain text is split on blank lines; hard-wrapped lines are kept
as line breaks inside a block.
"""

from __future__ import annotations

import re
from dataclasses import replace

from prparse.dates import find_date
from prparse.document import Block, BlockKind, Link, Metadata
from prparse.normalise import clean_line
from prparse.reflow import joins_previous, split_unbroken, wrap_width

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_FRONT_MATTER_KEY = re.compile(r"^(\w+):\s*(.*?)\s*$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")
# Closing hashes are stripped in code: a lazy ".*?" before "\s*#*\s*$" took seconds on a line of hashes.
_ATX_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^\s{0,6}(?:[*+\-\u2022\u25aa\u25cf]|\d{1,3}[.)])\s+(?=\S)")
SETEXT_MAX_WORDS = 15
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE_LINE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\(([^)\s]{0,2000})(?:\s+\"[^\"\n]{0,300}\")?\)")
_LINK = re.compile(r"\[([^\]\n]{0,500})\]\(([^)\s]{0,2000})(?:\s+\"[^\"\n]{0,300}\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]{1,2000}|mailto:[^>\s]{1,300})>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_\\])\1(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_WHOLE_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1\W{0,3}$", re.DOTALL)
# Some exports run a release's paragraphs together on one line, separated by runs of spaces
# ("...in the sector.   The LSEG Lipper Fund Awards recognize ..."): a run of 3+ spaces after a
# sentence end, or 2+ before "About X", is read as a paragraph break.
_INLINE_BREAK = re.compile(r"(?<=[.!?\"\u201d:)])[ \t]{3,}(?=\S)|[ \t]{2,}(?=About [A-Z])")
# ... and the "About X" label itself ends at its own run of spaces: "About Baird  Putting clients first".
_RUN_IN_ABOUT_LABEL = re.compile(r"^(About [A-Z][^\s]*(?: [^\s]+){0,6}?)[ \t]{2,}(?=[A-Z])")


def text_to_blocks(text: str, *, markdown: bool) -> tuple[tuple[Block, ...], Metadata]:
    """Split a text or Markdown document into blocks, and read its YAML front matter if any."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta = Metadata()
    front = _FRONT_MATTER.match(text)
    if front:
        meta = _front_matter(front.group(1))
        text = text[front.end() :]
    blocks: list[Block] = []
    width = wrap_width(text)
    for chunk in _BLANK_LINES.split(text):
        for piece in _pieces(chunk):
            for kind, level, lines in _shape(piece, markdown=markdown):
                block = _make_block(len(blocks), kind, level, lines, markdown=markdown)
                if block is None:
                    continue
                previous = blocks[-1] if blocks else None
                if _is_continuation(previous, block, width):
                    blocks[-1] = replace(
                        previous, text=previous.text + "\n" + block.text, links=previous.links + block.links
                    )
                else:
                    blocks.append(block)
    return tuple(blocks), meta


def _is_continuation(previous: Block | None, block: Block, width: int | None) -> bool:
    return (
        previous is not None
        and previous.kind is block.kind is BlockKind.PARAGRAPH
        and joins_previous(previous.lines[-1], block.first_line, width)
    )


def _pieces(chunk: str) -> list[str]:
    pieces: list[str] = []
    for piece in (p for part in split_unbroken(chunk) for p in _inline_breaks(part)):
        label = _RUN_IN_ABOUT_LABEL.match(piece)
        pieces.extend((label.group(1), piece[label.end() :]) if label else (piece,))
    return pieces


def _inline_breaks(part: str) -> list[str]:
    # An inline break is a run of three spaces or tabs, or of two before "About ": the regex
    # (slow on long lines) need not scan a text that has neither.
    tab = "\t" in part
    if not (tab or "   " in part) and not ("About " in part and "  " in part):
        return [part]
    return _INLINE_BREAK.split(part)


def _front_matter(body: str) -> Metadata:
    keys = {k.lower(): v.strip("'\"") for k, v in _FRONT_MATTER_KEY.findall(body)}
    return Metadata(
        title=keys.get("title") or None,
        headline=keys.get("title") or None,
        author=keys.get("author") or None,
        date_published=keys.get("date") or None,
    )


def _shape(chunk: str, *, markdown: bool) -> list[tuple[BlockKind, int | None, list[str]]]:
    """Cut one blank-line-separated chunk into headings, list items and paragraphs."""
    shaped: list[tuple[BlockKind, int | None, list[str]]] = []
    current: list[str] = []
    kind = BlockKind.PARAGRAPH

    def flush() -> None:
        nonlocal current, kind
        if any(line.strip() for line in current):
            shaped.append((kind, None, current))
        current, kind = [], BlockKind.PARAGRAPH

    for line in chunk.split("\n"):
        heading = _ATX_HEADING.match(line) if markdown else None
        underline = _SETEXT_UNDERLINE.match(line) if markdown and _could_be_setext(current) else None
        if underline:
            shaped.append((BlockKind.HEADING, 1 if underline.group(1)[0] == "=" else 2, current))
            current, kind = [], BlockKind.PARAGRAPH
        elif heading:
            flush()
            shaped.append((BlockKind.HEADING, len(heading.group(1)), [heading.group(2).rstrip().rstrip("#").rstrip()]))
        elif _RULE_LINE.match(line):
            flush()
            shaped.append((BlockKind.RULE, None, ["---"]))
        elif (bullet := _BULLET.match(line)) and not _starts_with_date(line):
            flush()
            kind = BlockKind.LIST_ITEM
            current = [line[bullet.end() :]]
        else:
            current.append(line)
    flush()
    return shaped


def _could_be_setext(lines: list[str]) -> bool:
    """One short line: a title. Scrapers also put "---" under whole paragraphs, as a rule."""
    return len(lines) == 1 and 0 < len(lines[0].split()) <= SETEXT_MAX_WORDS


def _starts_with_date(line: str) -> bool:
    """ "14. Januar 2021" is a date, not item 14 of a numbered list."""
    stripped = line.lstrip()
    return stripped[:1].isdigit() and find_date(stripped, anchored=True) is not None


def _make_block(index: int, kind: BlockKind, level: int | None, lines: list[str], *, markdown: bool) -> Block | None:
    links: list[Link] = []
    emphasis = False
    if markdown:
        joined = "\n".join(lines)
        whole = _WHOLE_EMPHASIS.match(joined.strip())
        if whole and "\n\n" not in joined:
            emphasis = True
        joined, links = _inline_markdown(joined)
        lines = joined.split("\n")
    cleaned = [c for c in (clean_line(line) for line in lines) if c]
    if not cleaned:
        return None
    return Block(index, kind, "\n".join(cleaned), level=level, emphasis=emphasis, links=tuple(links))


def _inline_markdown(text: str) -> tuple[str, list[Link]]:
    """Reduce inline Markdown to the words a reader sees, collecting the links."""
    links: list[Link] = []

    def link(match: re.Match[str]) -> str:
        label, url = match.group(1).strip(), match.group(2)
        if url and url != "#":
            links.append(Link(label or None, url))
        return label

    def autolink(match: re.Match[str]) -> str:
        url = match.group(1).removeprefix("mailto:")
        links.append(Link(None, url))
        return url

    if "](" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(link, text)
    if "<" in text:
        text = _AUTOLINK.sub(autolink, text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EM.sub(r"\2", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text, links
