"""Byline: the author or body named in a "By ..." line of the release's header.

Sources, most reliable first: a "By"/"Written by"/"Author" line (or a label line followed by the
name), a wire byline ("By JANE DOE Associated Press Writer") even when a scrape glued it to its
neighbours, a link to the site's author page, YAML front matter `author` in Markdown, and an HTML
author field only when the page also prints that name in its header. CMS accounts ("Admin") are
never bylines.
"""

from __future__ import annotations

from prparse.document import BlockKind, Candidate, Document
from prparse.extractors.headline import (
    HeaderLine,
    block_starts,
    has_organisation_word,
    header_lines,
    is_date_line,
    key,
    longest_word,
)
from prparse.normalise import collapse, is_all_caps, smart_case
from prparse.rules.header import (
    AUTHOR_LINK,
    BYLINE,
    BYLINE_INITIALS,
    BYLINE_LABEL,
    BYLINE_TAIL,
    CMS_ACCOUNTS,
    HEADER_LABEL,
    URL_LIKE,
    WIRE_BYLINE,
)
from prparse.rules.patterns import LETTERS

_HEADER_LINES = 60  # a byline sits near the headline; further down "By ..." is prose
_GLUED_CHARS = 600
_MAX_NAME_WORDS = 10
_MAX_PERSON_WORDS = 4
_NAVIGATION_KINDS = (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)


def extract_byline(
    doc: Document, headline: Candidate[str] | None, lines: list[HeaderLine] | None = None
) -> Candidate[str] | None:
    """The name in the release's byline, normal-cased when printed in capitals, or None.

    `headline` is the release's (on a page, the byline is looked for from it on); `lines` are the
    document's `header_lines`, when the caller has them already.

    Example:
        >>> from prparse.extractors.headline import extract_headline
        >>> from prparse.pipeline import build_document
        >>> doc = build_document("Acme wins\\n\\nBY JANE DOE\\n\\nAcme won.")
        >>> extract_byline(doc, extract_headline(doc)).value
        'Jane Doe'
    """
    all_lines = header_lines(doc) if lines is None else lines
    lines = all_lines[:_HEADER_LINES]
    start = _byline_start(doc, headline)
    for position, line in enumerate(lines):
        if line.block.index < start or line.block.kind in _NAVIGATION_KINDS:
            continue  # "Browse by Topic" in a menu is not a byline
        if line.text[:1] not in BYLINE_INITIALS:
            continue
        name = _byline_name(line.text, [later.text for later in lines[position + 1 : position + 3]])
        if name:
            return Candidate(_normal_case(name, doc), "byline.by_line", line.block.index)
    head = doc.blocks[0].text[:_GLUED_CHARS] if doc.blocks else ""
    glued = WIRE_BYLINE.search(head)
    if glued:
        return Candidate(_normal_case(glued.group("name"), doc), "byline.wire", 0)
    return _author_link(all_lines) or _author_metadata(doc, lines)


def _byline_start(doc: Document, headline: Candidate[str] | None) -> int:
    """Where a page's byline may start: at its headline (the menus above it have "By Topic" links)."""
    if doc.source.format != "html":
        return 0
    return headline.block_index if headline is not None and headline.block_index is not None else 0


def _normal_case(name: str, doc: Document) -> str:
    """A person's name in capitals gets every word capitalised ("JOHN ROE" -> "John Roe", which the
    acronym rule would keep as "ROE"); a body's name keeps its acronyms ("Amnesty International UK")."""
    if not is_all_caps(name):
        return name
    if has_organisation_word(name) or len(name.split()) > _MAX_PERSON_WORDS:
        return smart_case(name, acronyms=doc.acronyms)
    return LETTERS.sub(lambda m: m.group().capitalize(), name)


def _byline_name(text: str, following: list[str]) -> str | None:
    """The name a byline line gives, with a name broken onto the next line joined back."""
    wire = WIRE_BYLINE.match(text)
    if wire:
        return wire.group("name")
    label = BYLINE_LABEL.match(text)
    if label and following:
        return _clean_name(following[0])
    match = BYLINE.match(text)
    if not match:
        return None
    name = match.group("name")
    # "BY AMNESTY INTERNATIONAL" / "UK": a capitals byline whose last word wrapped.
    if following and is_all_caps(name) and _continues(name, following[0]):
        name = f"{name} {following[0]}"
    return _clean_name(name)


def _continues(name: str, text: str) -> bool:
    return (
        is_all_caps(text)
        and len(text.split()) <= 3
        and not is_date_line(text)
        and not HEADER_LABEL.match(text)
        and not BYLINE.match(text)
        and len(name.split()) + len(text.split()) <= _MAX_NAME_WORDS
    )


def _clean_name(text: str) -> str | None:
    name = collapse(BYLINE_TAIL.sub("", text)).strip(" ,;:-\u2013\u2014")
    if not name or len(name.split()) > _MAX_NAME_WORDS or URL_LIKE.search(name):
        return None
    if key(name) in CMS_ACCOUNTS or not name[0].isupper():
        return None  # "By Admin" is the CMS's, "by the committee" is prose
    return name


def _author_link(lines: list[HeaderLine]) -> Candidate[str] | None:
    """A link to the site's author page ("/news/author/acme") in the header blocks."""
    for line in block_starts(lines):
        block = line.block
        for link in block.links:
            if link.text and AUTHOR_LINK.search(link.url):
                name = _clean_name(link.text)
                if name:
                    return Candidate(name, "byline.author_link", block.index)
    return None


def _author_metadata(doc: Document, lines: list[HeaderLine]) -> Candidate[str] | None:
    """Front matter `author` in Markdown; in HTML only when the page prints the name itself."""
    author = doc.meta.author
    if not author or URL_LIKE.search(author):
        return None
    name = _clean_name(author)
    if name is None:
        return None
    if doc.source.format != "html":
        return Candidate(name, "byline.front_matter", None)
    wanted = key(name)
    mark = longest_word(wanted)  # in the casefolded text of a line whose key is `wanted`: most lines are not reduced
    for line in lines:
        if mark in line.text.casefold() and key(line.text) == wanted:
            return Candidate(name, "byline.author_meta", line.block.index)
    return None
