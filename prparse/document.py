"""The internal document model shared by every pipeline stage.

Each stage takes a `Document` and returns a new one (`Document.with_blocks`, `dataclasses.replace`);
nothing mutates a document in place, so any stage can be tested alone on a hand-built document.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, field
from enum import Enum
from typing import Generic, TypeVar

from prparse.normalise import is_single_spaced

T = TypeVar("T")


class BlockKind(str, Enum):
    """What a block was in the source layout."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    ADDRESS = "address"
    RULE = "rule"  # a horizontal rule ("---", <hr>): often the line between a release and a site footer


class Zone(str, Enum):
    """The part of a release a block belongs to, set by `segment`."""

    PREAMBLE = "preamble"  # before the headline: letterheads, "MEDIA RELEASE" labels
    HEADER = "header"  # headline, deck, dateline and byline lines
    BODY = "body"
    ABOUT = "about"  # "About Acme" boilerplate
    CONTACT = "contact"  # media / investor contact blocks
    LEGAL = "legal"  # forward-looking statements, safe harbor, disclaimers
    TRAILER = "trailer"  # after an end mark: archive footers, share links


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink found in a block (HTML `<a>` or Markdown `[text](url)`)."""

    text: str | None
    url: str


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of reading order: a heading, a paragraph, a list item, a table row.

    `text` is normalised; single line breaks of the source are kept as "\\n" because
    contact blocks, datelines and bylines are laid out line by line.
    """

    index: int
    kind: BlockKind
    text: str
    level: int | None = None  # heading level 1-6
    emphasis: bool = False  # the whole block is bold or italic in the source
    links: tuple[Link, ...] = ()
    zone: Zone = Zone.BODY
    # `flat`, worked out once: extractors ask every block for it many times over.
    _flat: str | None = field(default=None, init=False, repr=False, compare=False)

    def in_zone(self, zone: Zone) -> Block:
        """This block placed in `zone` (what `dataclasses.replace` does, without its field-by-field introspection)."""
        if zone is self.zone:
            return self
        block = Block(self.index, self.kind, self.text, self.level, self.emphasis, self.links, zone)
        object.__setattr__(block, "_flat", self._flat)  # same text, same flat form
        return block

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def first_line(self) -> str:
        """`lines[0]`, without splitting the rest of the block."""
        return self.text.partition("\n")[0]

    @property
    def word_count(self) -> int:
        """`len(self.text.split())`, told from `flat`, whose words single spaces join (counting them makes no list)."""
        flat = self.flat
        return flat.count(" ") + 1 if flat else 0

    @property
    def flat(self) -> str:
        """The text on one line, as a reader sees a paragraph."""
        flat = self._flat
        if flat is None:
            # Most blocks are single-spaced lines: joined by spaces, they are their own flat text, told
            # at about twice the speed of the split and join.
            flat = self.text.replace("\n", " ")
            if not is_single_spaced(flat):
                flat = " ".join(flat.split())
            object.__setattr__(self, "_flat", flat)  # a cache, not a change: the block stays as it was
        return flat


@dataclass(frozen=True, slots=True)
class Metadata:
    """Evidence from an HTML page's head and structured data; all None for text input."""

    title: str | None = None  # <title>, suffixes and all
    og_title: str | None = None
    h1: str | None = None
    headline: str | None = None  # JSON-LD headline
    date_published: str | None = None  # JSON-LD or <meta> date, as given
    author: str | None = None
    publisher: str | None = None
    site_name: str | None = None
    description: str | None = None
    language: str | None = None
    # What `copyright` reads on first use: reading a page's footers costs about as much as parsing
    # the page, and only a late issuer rule asks for their owner.
    copyright_finder: Callable[[], str | None] | None = field(default=None, repr=False, compare=False)
    _copyright: list[str | None] = field(default_factory=list, init=False, repr=False, compare=False)

    @property
    def copyright(self) -> str | None:
        """The owner named in a "© 2021 Acme" page footer."""
        if not self._copyright:
            self._copyright.append(self.copyright_finder() if self.copyright_finder is not None else None)
        return self._copyright[0]


@dataclass(frozen=True, slots=True)
class Source:
    """Where the input came from and how it was read."""

    name: str | None
    format: str  # "text" | "html"
    encoding: str | None
    sha256: str


@dataclass(frozen=True, slots=True)
class Document:
    """A release as ordered blocks plus page metadata."""

    source: Source
    blocks: tuple[Block, ...] = ()
    meta: Metadata = field(default_factory=Metadata)
    acronyms: Container[str] = frozenset()  # capitalised tokens the text uses as acronyms (normalise.smart_case)

    def with_blocks(self, blocks: tuple[Block, ...]) -> Document:
        """This document with `blocks` instead of its own (what `dataclasses.replace` does, without
        its field-by-field introspection: stages call it once a document)."""
        return Document(self.source, blocks, self.meta, self.acronyms)

    def zone(self, *zones: Zone) -> list[Block]:
        """The blocks lying in any of `zones`, in reading order."""
        return [b for b in self.blocks if b.zone in zones]


@dataclass(frozen=True, slots=True)
class Candidate(Generic[T]):
    """An extracted value with its evidence: which rule found it, in which block."""

    value: T
    rule: str  # "field.shape", e.g. "dateline.wire_slash"
    block_index: int | None = None
