"""Headline and subheadline: the release's own title as printed, and the deck under it.

Text and Markdown: the first title-like line once preamble lines (labels such as "MEDIA
RELEASE", letterheads, dates, contact blocks) are skipped; a scraped page's `<title>` line loses
its site suffix. HTML: the heading block that the page's metadata (h1, og:title, JSON-LD
headline, <title>) agrees with. The deck is the short block set off directly under the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from prparse.document import Block, BlockKind, Candidate, Document, Metadata
from prparse.normalise import UNLOWERED, collapse, has_words, holds_any, is_all_caps, smart_case
from prparse.rules.header import (
    AUTHORISED_LINE,
    BYLINE,
    BYLINE_LABEL,
    DATE_LINE,
    DATE_PREFIX,
    DATELINE_LEAD,
    GENERIC_HEADINGS,
    GLUED_TIMESTAMP,
    HEADER_LABEL,
    HEADLINE_LABEL_PREFIX,
    LETTERHEAD_LINE,
    ORGANISATION_WORD_SET,
    ORGANISATION_WORDS,
    PIPE_SEPARATOR,
    RELEASE_LABEL,
    TITLE_SEPARATORS,
    WIRE_BYLINE,
    WIRE_MARK,
)
from prparse.rules.patterns import DIGIT
from prparse.rules.sections import CONTACT_LABEL

_SCAN_BLOCKS = 90  # scraped pages put a menu of 60+ items before the release
_SCAN_LINES = 160
_MAX_TITLE_WORDS = 40
_MAX_DECK_WORDS = 45
_MAX_BOLD_DECK_WORDS = 30
_MAX_LETTERHEAD_WORDS = 10
_MAX_LABEL_CHARS = 60
_MAX_LOCATION_WORDS = 4
_MAX_TITLE_CHARS = 400
_BODY_WORDS = 20  # a paragraph this long is prose: the header is over
# A line's first characters, whose key most often holds the first 40 of its key (else it is reduced whole).
_KEY_OPENING_CHARS = 64
_DESCRIPTION_OPENING = 80  # a long meta description agrees with a block whose key begins as its own does
_KEY_SLACK = 24  # characters beyond a key's length whose key is most often longer than it
_CONTACT_DETAIL = re.compile(r"@|\d[\d\s().\-]{6,30}\d|https?://|www\.")
_SETEXT_UNDERLINE = re.compile(r"^[=\-]{3,}$")
_SETEXT_MARKS = ("=", "-")
_NAVIGATION_KINDS = (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019]?\s+[A-Z\u00c0-\u00de]")
_WORD_TOKEN = re.compile(r"\w+")
# The ASCII characters `_WORD_TOKEN` does not match, each turned into a space.
_ASCII_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})
# Every byte but the UTF-8 of an ASCII word character becomes a space (see `_ascii_key_length`).
_ASCII_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))


@dataclass(frozen=True, slots=True)
class HeaderLine:
    """One line of a header block, with the block it comes from."""

    block: Block
    text: str


def extract_headline(doc: Document, lines: list[HeaderLine] | None = None) -> Candidate[str] | None:
    """The release's own title, or None when the release opens straight with its body.

    `lines` are the document's `header_lines`, when the caller has them already.

    Example:
        >>> from prparse.pipeline import build_document
        >>> extract_headline(build_document("MEDIA RELEASE\\n\\nACME WINS AWARD\\n\\nAcme won.")).value
        'Acme Wins Award'
    """
    if doc.source.format == "html":
        return _html_headline(doc)
    return _text_headline(doc, header_lines(doc) if lines is None else lines)


def extract_subheadline(
    doc: Document, headline: Candidate[str] | None, lines: list[HeaderLine] | None = None
) -> Candidate[str] | None:
    """The deck printed in a block of its own under the headline, or None."""
    if headline is None or headline.block_index is None:
        return None
    lines = header_lines(doc) if lines is None else lines
    start = _after_headline(lines, headline)
    if start is None:
        return None
    if doc.source.format == "html":
        deck = _described_deck(doc, lines[start:]) or _html_deck(lines[start:], headline.value)
    else:
        deck = _text_deck(lines[start:], headline.value)
    if deck is None:
        return None
    value = _strip_markup(deck.block.flat if doc.source.format == "html" else deck.text)
    return Candidate(smart_case(value, acronyms=doc.acronyms), "subheadline.deck", deck.block.index)


# --- shared -----------------------------------------------------------------------------


def header_lines(doc: Document) -> list[HeaderLine]:
    """The lines of the document's first blocks, where header fields are printed."""
    lines: list[HeaderLine] = []
    rule = BlockKind.RULE  # looked up once, not once a block
    for block in doc.blocks[:_SCAN_BLOCKS]:
        if block.kind is rule:
            continue
        # Only the head of a block that runs on for thousands of lines is header material. Most blocks of
        # a page are one line, taken without splitting.
        whole = block.text
        for text in whole.split("\n", _SCAN_LINES)[: _SCAN_LINES - len(lines)] if "\n" in whole else (whole,):
            # An underline starts with "=" or "-": other lines need no match.
            if not text.startswith(_SETEXT_MARKS) or not _SETEXT_UNDERLINE.match(text):
                lines.append(HeaderLine(block, text))
        if len(lines) >= _SCAN_LINES:
            break
    return lines


def block_starts(lines: list[HeaderLine]) -> Iterator[HeaderLine]:
    """The first header line of each block, for rules that read whole blocks (found as they are read:
    a rule that stops after a few blocks does not step through all the header lines)."""
    previous = None
    for line in lines:
        if line.block.index != previous:
            previous = line.block.index
            yield line


# Headline, deck, byline and issuer reduce the same header lines again and again: the last few
# hundred are kept (a bounded cache, so nothing piles up over a batch).
@lru_cache(maxsize=512)
def key(text: str) -> str:
    """Text reduced for comparison: case folded, words only."""
    return _reduced(text)


def _reduced(text: str) -> str:
    """`key` without the cache, for texts that will not be asked about again."""
    folded = text.casefold()
    if folded.isascii():  # most texts: a table lookup per character, far quicker than the pattern
        return " ".join(folded.translate(_ASCII_NON_WORD).split())
    return " ".join(_WORD_TOKEN.findall(folded))


def key_prefix(text: str, chars: int) -> str:
    """A prefix of `key(text)`: the key of its first `chars` characters (the last word maybe cut), or all of it.

    Case folding goes character by character and a key's words are runs of word characters, so
    reducing the start of a text gives the start of its key: a long paragraph need not be reduced
    whole to tell how its key begins. A text no longer than a title is keyed whole, through the
    cache: the headline rules key such texts already, and a cached key costs less than any start.
    """
    return key(text) if len(text) <= max(chars, _MAX_TITLE_CHARS) else _reduced(text[:chars])


def longest_word(reduced: str) -> str:
    """The longest word of a key ("" for an empty key): every text whose key holds it holds it casefolded."""
    return max(reduced.split(), key=len, default="")


def is_generic(text: str) -> bool:
    """A page label ("Press Releases", "News") rather than a title."""
    return len(text) <= _MAX_LABEL_CHARS and key(text) in GENERIC_HEADINGS


def has_organisation_word(text: str) -> bool:
    """Whether `text` names an organisation's kind ("Acme Holdings", "Ministry of X"): `ORGANISATION_WORDS.search`.

    The pattern finds a whole word (one the word boundaries close), case-blind: a word of the text,
    lowered, in ORGANISATION_WORD_SET, found without trying every alternative at every word. "e. V."
    (an "e" word) and the letters lowering does not fold as matching does are left to the pattern.
    """
    words = " ".join(_WORD_TOKEN.findall(text)).lower().split()
    # Case-blind matching folds the letters of UNLOWERED otherwise than lowering does: the set is no test.
    if "e" in words or holds_any(text, UNLOWERED):
        return ORGANISATION_WORDS.search(text) is not None
    return not ORGANISATION_WORD_SET.isdisjoint(words)


def is_organisation_word(word: str) -> bool:
    """Whether `word` is an organisation word as a whole ("Center", "GmbH"): `ORGANISATION_WORDS.fullmatch`."""
    if word.isascii() and word.isalpha():
        return word.lower() in ORGANISATION_WORD_SET  # an ASCII word folds to ASCII letters only
    return ORGANISATION_WORDS.fullmatch(word) is not None


def is_date_line(text: str) -> bool:
    """Whether `text` is a line holding only a date: `DATE_LINE.match`, tried only where a digit is."""
    # Every date form prints a digit (tested): a line without one is no date line and opens with no date.
    return DIGIT.search(text) is not None and DATE_LINE.match(text) is not None


def without_date_prefix(text: str) -> str:
    """`text` without the date it opens with: `DATE_PREFIX.sub`, tried only where a digit is."""
    return DATE_PREFIX.sub("", text) if DIGIT.search(text) else text


def is_preamble(text: str) -> bool:
    """A label, letterhead, date, byline or authorisation line printed before a headline."""
    return bool(
        is_date_line(text)
        or HEADER_LABEL.match(text)
        or LETTERHEAD_LINE.match(text)
        or AUTHORISED_LINE.match(text)
        or BYLINE.match(text)
        or BYLINE_LABEL.match(text)
    )


def _body_like(text: str) -> bool:
    if len(text) > _MAX_TITLE_CHARS:
        return True
    words = len(text.split())
    if words > _MAX_TITLE_WORDS:
        return True
    if words > 25 and DATELINE_LEAD.match(text):
        return True
    return words > 15 and bool(WIRE_MARK.search(text[:160]))


def _strip_markup(text: str) -> str:
    """Stray Markdown emphasis or heading marks left at a value's ends ("Vision Science.**")."""
    return text.strip("*_# \t\n")


def _value(text: str, doc: Document) -> str:
    text = HEADLINE_LABEL_PREFIX.sub("", collapse(_strip_markup(text)))
    return smart_case(text, acronyms=doc.acronyms)


# --- text and Markdown ------------------------------------------------------------------


def _text_headline(doc: Document, lines: list[HeaderLine]) -> Candidate[str] | None:
    position = _first_title_line(lines)
    if position is None:
        return None
    line = lines[position]
    if _body_like(HEADLINE_LABEL_PREFIX.sub("", line.text)):
        glued = _glued_title(line.text)
        return Candidate(_value(glued, doc), "headline.glued", line.block.index) if glued else None
    title, rule = _strip_site_suffix(line.text, lines[position + 1 :])
    title, joined = _join_caps_lines(title, lines[position + 1 :])
    return Candidate(_value(title, doc), "headline.joined_caps" if joined else rule, line.block.index)


def _first_title_line(lines: list[HeaderLine]) -> int | None:
    """Index of the first line that is neither preamble, menu, nor a contact block."""
    in_contact = False
    for position, line in enumerate(lines):
        text = line.text
        if in_contact and (len(text.split()) <= 7 or _CONTACT_DETAIL.search(text)):
            continue
        in_contact = False
        if line.block.kind in _NAVIGATION_KINDS or _is_menu(line.block):
            continue
        rest = text if is_date_line(text) else without_date_prefix(text)
        if CONTACT_LABEL.match(rest):
            in_contact = True
            continue
        if not _WORD_TOKEN.search(text) or is_preamble(rest) or (rest is not text and is_preamble(text)):
            continue
        if is_letterhead_org(lines, position):
            continue
        return position
    return None


def is_letterhead_org(lines: list[HeaderLine], position: int) -> bool:
    """An organisation's name printed above a release label ("Department of X" / "FOR IMMEDIATE RELEASE")."""
    text = lines[position].text
    if len(text) > _MAX_LABEL_CHARS * 2 or len(text.split()) > _MAX_LETTERHEAD_WORDS:
        return False
    if text.rstrip().endswith((".", "!", "?", ":")):
        return False
    # The label below is the rarest condition and the cheapest to test: it goes first.
    if not any(RELEASE_LABEL.match(line.text) for line in lines[position + 1 : position + 3]):
        return False
    return has_organisation_word(text) and not is_generic(text) and not is_preamble(text)


def _is_menu(block: Block) -> bool:
    """A block that is nothing but link text: a scraped page's navigation."""
    if not block.links or len(block.lines) < 2:
        return False
    linked = sum(len(link.text or "") for link in block.links)
    return linked >= len(block.flat) * 0.8


def _strip_site_suffix(text: str, later: list[HeaderLine]) -> tuple[str, str]:
    """A scraped page's title line without " | Site" or, when the title recurs, " - Site"."""
    parts = PIPE_SEPARATOR.split(text)
    if len(parts) > 1:
        return max(parts, key=lambda p: len(p.split())), "headline.page_title"
    later_keys = {key(line.text) for line in later[:_SCAN_LINES] if len(line.text) <= len(text)}
    for separator in reversed(list(TITLE_SEPARATORS.finditer(text))):
        head = text[: separator.start()]
        if len(head.split()) >= 3 and key(head) in later_keys:
            return head, "headline.page_title"
    return text, "headline.first_line"


def _join_caps_lines(title: str, later: list[HeaderLine]) -> tuple[str, bool]:
    """An ALL-CAPS headline broken over lines is one headline."""
    if not is_all_caps(title) or title.rstrip().endswith((".", "!", "?")):
        return title, False
    parts = [title]
    for line in later[:3]:
        text = line.text
        if not is_all_caps(text) or is_preamble(text) or _body_like(text) or len(text.split()) > 12:
            break
        if CONTACT_LABEL.match(text) or key(text) in key(" ".join(parts)):
            break
        parts.append(text)
    return " ".join(parts), len(parts) > 1


def _glued_title(text: str) -> str | None:
    """The title of a scrape that lost its line breaks: before a glued byline, or the repeated prefix."""
    head = text[:600]
    byline = WIRE_BYLINE.search(head)
    if byline:
        stamp = GLUED_TIMESTAMP.match(text)
        title = text[stamp.end() if stamp else 0 : byline.start()].strip()
        if 2 <= len(title.split()) <= _MAX_TITLE_WORDS:
            return title
    return _repeated_prefix(text)


def _repeated_prefix(text: str) -> str | None:
    """ "Title Title FOR IMMEDIATE RELEASE ...": a page that prints its title twice in a row."""
    words = text.split(None, 80)[:80]
    first = words[:4]
    for start in range(4, min(len(words) - 4, 60)):
        if words[start : start + 4] == first:
            length = 4
            while start + length < len(words) and length < start and words[length] == words[start + length]:
                length += 1
            return " ".join(words[:length])
    return None


# --- HTML -------------------------------------------------------------------------------


def _html_headline(doc: Document) -> Candidate[str] | None:
    sources = _title_sources(doc.meta)
    best = _best_voted_block(doc.blocks[:_SCAN_BLOCKS], sources)
    if best is not None:
        return Candidate(_value(best.flat, doc), "headline.agreed_heading", best.index)
    heading = _first_own_heading(doc.blocks[:_SCAN_BLOCKS])
    if heading is not None:
        return Candidate(_value(heading.flat, doc), "headline.heading", heading.index)
    fallback = _metadata_title(doc.meta)
    return Candidate(_value(fallback, doc), "headline.metadata", None) if fallback else None


def _title_sources(meta: Metadata) -> list[set[str]]:
    """Each metadata title as the set of readings it allows (whole, or either side of a separator)."""
    sources = []
    for title in (meta.headline, meta.og_title, meta.h1, meta.title):
        text = title[:_MAX_TITLE_CHARS] if title else None  # a title is short; a page may say otherwise
        if text and not is_generic(text):
            readings = {key(text)}
            for separator in TITLE_SEPARATORS.finditer(text):
                readings.update((key(text[: separator.start()]), key(text[separator.end() :])))
            sources.append({r for r in readings if r and r not in GENERIC_HEADINGS})
    return sources


def _best_voted_block(blocks: tuple[Block, ...], sources: list[set[str]]) -> Block | None:
    best, best_score = None, (0, 0, 0)
    agreeing = [(readings, _prefix_readings(readings)) for readings in sources]
    # A block that agrees with no source gets no vote: one test against all readings at once rules out most.
    all_readings = set().union(*sources)
    all_prefixes = tuple(prefix for _, prefixes in agreeing for prefix in prefixes)
    # Each word of a key is in the casefolded text, and so is each word of a reading the key equals or
    # begins with (prefixes are readings too): a block whose casefolded text holds no reading's
    # longest word is not reduced at all. Most blocks of a page are ruled out so.
    marks = {longest_word(reading) for reading in all_readings}
    heading, paragraph = BlockKind.HEADING, BlockKind.PARAGRAPH
    for block in blocks:
        if block.kind is not heading and block.kind is not paragraph:
            continue
        if block.word_count > _MAX_TITLE_WORDS:
            continue
        folded = block.flat.casefold()
        if not any(mark in folded for mark in marks):
            continue
        text = key(block.flat)
        if text not in all_readings and not text.startswith(all_prefixes):
            continue
        votes = sum(1 for readings, prefixes in agreeing if _agrees(text, readings, prefixes))
        score = (votes, block.kind is BlockKind.HEADING, -(block.level or 7))
        if votes and score > best_score:
            best, best_score = block, score
    return best


def _prefix_readings(readings: set[str]) -> tuple[str, ...]:
    """The readings long enough to agree with a block they only begin (a <title> may be cut short)."""
    return tuple(r for r in readings if len(r.split()) >= 4)


def _agrees(text: str, readings: set[str], prefixes: tuple[str, ...]) -> bool:
    return text in readings or text.startswith(prefixes)


def _first_own_heading(blocks: tuple[Block, ...]) -> Block | None:
    """The first heading that is not a generic label ("Press Release"), preferring level 1-2."""
    headings = [b for b in blocks if b.kind is BlockKind.HEADING and not is_generic(b.flat)]
    headings = [b for b in headings if b.word_count >= 3] or headings
    return min(headings, key=lambda b: (b.level or 7) > 2, default=None)


def _metadata_title(meta: Metadata) -> str | None:
    """The title part of og:title or <title> that is not the site's name."""
    for text in (meta.headline, meta.og_title, meta.title):
        if text and not is_generic(text):
            return title_without_site(text, meta)
    return None


def title_without_site(text: str, meta: Metadata) -> str:
    """`text` minus site-name parts: parts resembling the site, publisher or author are dropped."""
    parts = [p for p in TITLE_SEPARATORS.split(text[:_MAX_TITLE_CHARS]) if p.strip() and not is_generic(p)]
    site = " ".join(filter(None, (meta.site_name, meta.publisher, meta.author)))
    own = [p for p in parts if not resembles(p, site)] or parts or [text]
    return max(own, key=len)


def resembles(name: str, other: str) -> bool:
    """Two names that share most of the shorter one's words ("CDU-Fraktion Erfurt" ~ "CDU - Fraktion")."""
    a, b = set(key(name).split()), set(key(other).split())
    if not a or not b:
        return False
    return len(a & b) >= max(1, (min(len(a), len(b)) + 1) // 2)


# --- deck -------------------------------------------------------------------------------


def _after_headline(lines: list[HeaderLine], headline: Candidate[str]) -> int | None:
    """Position after the headline's line, or after its last repetition on a scraped page."""
    wanted = key(headline.value)
    longest = len(headline.value) * 2 + 100  # a repetition is about as long as the headline
    # A line's key that equals `wanted` or begins with its first 40 characters holds the longest word
    # of those (maybe as the start of a longer word), so its casefolded text does: most lines are not
    # reduced. An empty `wanted` begins every key: then each line is.
    mark = longest_word(wanted[:40])
    start = None
    for position, line in enumerate(lines):
        if line.block.index < headline.block_index or len(line.text) > longest:  # type: ignore[operator]
            continue
        if mark not in line.text.casefold():
            continue
        # A long line whose key does not begin as the headline's does (told from its start) neither
        # equals it nor begins so: it is not reduced whole.
        if len(line.text) > _MAX_TITLE_CHARS and not _may_begin(key_prefix(line.text, _KEY_OPENING_CHARS), wanted[:40]):
            continue
        text = key(line.text)
        if text and (text == wanted or (start is None and text.startswith(wanted[:40]))):
            start = position + 1
    return start


def _may_begin(opening: str, start: str) -> bool:
    """Whether a key beginning with `opening` may begin with `start`."""
    return len(opening) < len(start) or opening.startswith(start)


def _skippable(text: str, headline_key: str) -> bool:
    if _repeats_headline(text, headline_key) or is_preamble(text):
        return True
    # A date line after its date prefix; `is_preamble` has told `text` itself is none.
    rest = without_date_prefix(text)
    return bool(rest) and rest != text and is_date_line(rest)


def _repeats_headline(text: str, headline_key: str) -> bool:
    """Whether `key(text)` is empty, part of the headline's key, or holds it."""
    reach = 2 * len(headline_key) + 2
    # Reducing the long paragraph that follows a header is most of a deck's cost, and needless when
    # the key of its first characters (which begins its key) is already longer than the headline's
    # and a word of the headline is missing from it (each word of a key is in the casefolded text).
    if len(text) > reach and _key_longer(text, len(headline_key), reach):
        folded = text.casefold()
        if not all(word in folded for word in headline_key.split()):
            return False
    text_key = key(text)
    return not text_key or text_key in headline_key or headline_key in text_key


def _key_longer(text: str, length: int, reach: int) -> bool:
    """Whether the key of `text`'s first `reach` characters (a prefix of its key) is longer than `length`.

    A key is about as long as its text: the key of a start a little longer than `length`, a prefix
    of that one, most often tells already.
    """
    return _key_exceeds(text[: min(length + _KEY_SLACK, reach)], length) or _key_exceeds(text[:reach], length)


def _key_exceeds(text: str, length: int) -> bool:
    """`len(_reduced(text)) > length`, told where it can be from `_ascii_key_length`, which is never longer."""
    if not text.isascii() and _ascii_key_length(text) > length:
        return True  # most texts: the pattern's word search over a text with curly quotes or dashes is not run
    return len(_reduced(text)) > length


def _ascii_key_length(text: str) -> int:
    """The length of the key the runs of ASCII word characters of `text` make: at most `len(_reduced(text))`.

    Case folding maps an ASCII character to itself or its lower case, and any other character to at
    least one character: each run of ASCII word characters lies, as long, inside one word of the key,
    and two runs in one word stand at least a character apart. So the runs' characters and the spaces
    between them are no more than the key's. A non-ASCII character's UTF-8 bytes (all above 127) part
    runs as the character does.
    """
    return len(b" ".join(text.encode("utf-8", "surrogatepass").translate(_ASCII_WORD_BYTES).split()))


def _text_deck(lines: list[HeaderLine], headline: str) -> HeaderLine | None:
    headline_key = key(headline)
    for position, line in enumerate(lines):
        text = line.text
        if _skippable(text, headline_key) or (BYLINE_LABEL.match(lines[position - 1].text) if position else False):
            continue
        if not has_words(text, 4) and line.block.kind is not BlockKind.HEADING:
            continue
        return line if _text_deck_shape(line, lines[position + 1 : position + 2]) else None
    return None


def _text_deck_shape(line: HeaderLine, following: list[HeaderLine]) -> bool:
    text, too_long = line.text, has_words(line.text, _MAX_DECK_WORDS + 1)
    if line.block.kind is BlockKind.HEADING:
        return not is_generic(text) and not too_long
    if line.block.kind is not BlockKind.PARAGRAPH or too_long or text.rstrip().endswith(":"):
        return False
    if DATELINE_LEAD.match(text) or WIRE_MARK.search(text[:160]) or _SENTENCE_BREAK.search(text):
        return False
    if line.block.emphasis:
        return True
    if not following:
        return False
    after = following[0].text
    if after[:1].islower():
        return False  # a hard-wrapped first paragraph, not a line of its own
    if DATELINE_LEAD.match(after):
        return True  # the body starts at its dateline: a sentence above it is still the deck
    return has_words(after, _BODY_WORDS) and not text.rstrip().endswith(".")


def _described_deck(doc: Document, lines: list[HeaderLine]) -> HeaderLine | None:
    """A block repeating the page's meta description: the site's own standfirst."""
    description = key(doc.meta.description or "")
    if len(description.split()) < 4:
        return None
    # In the casefolded text of any block that can agree (see _after_headline).
    mark = longest_word(description[:_DESCRIPTION_OPENING])
    for count, line in enumerate(block_starts(lines), 1):
        block = line.block
        if mark in block.flat.casefold() and _repeats_description(block.flat, description):
            fits = block.word_count <= _MAX_DECK_WORDS and not _bold_lede(block)
            # Sites fill the description with the first paragraph: of several sentences, only one
            # set off from the body by a dateline line after it is a standfirst.
            if fits and _SENTENCE_BREAK.search(block.flat):
                fits = _dateline_follows(doc, block.index)
            return line if fits else None
        if DATELINE_LEAD.match(block.flat) or block.word_count >= _BODY_WORDS or count > 15:
            return None
    return None


def _repeats_description(flat: str, description: str) -> bool:
    """Whether `key(flat)` is the description's key, or begins as a long description's does."""
    # Told from the key of the block's start where it can be (a prefix of its key): the start of a
    # long description, or a start already longer than a short one.
    opening = key_prefix(flat, 2 * _DESCRIPTION_OPENING + 2)
    if len(description) > _DESCRIPTION_OPENING and len(opening) >= _DESCRIPTION_OPENING:
        return opening.startswith(description[:_DESCRIPTION_OPENING])
    if len(description) <= _DESCRIPTION_OPENING and len(opening) > len(description):
        return False
    flat_key = key(flat)
    long = len(description) > _DESCRIPTION_OPENING
    return flat_key == description or (long and flat_key.startswith(description[:_DESCRIPTION_OPENING]))


def _dateline_follows(doc: Document, index: int) -> bool:
    after = doc.blocks[index + 1].flat if index + 1 < len(doc.blocks) else ""
    location_line = is_all_caps(after) and len(after.split()) <= _MAX_LOCATION_WORDS
    return location_line or bool(DATELINE_LEAD.match(after))


def _bold_lede(block: Block) -> bool:
    """News sites set a story's first paragraph in bold: long, it is the lede, not a deck."""
    return block.emphasis and block.word_count > _MAX_BOLD_DECK_WORDS


def _html_deck(lines: list[HeaderLine], headline: str) -> HeaderLine | None:
    headline_key = key(headline)
    for position, line in enumerate(lines):
        block, text = line.block, line.block.flat
        if _skippable(text, headline_key) or block.kind is BlockKind.LIST_ITEM:
            continue
        if block.kind is BlockKind.HEADING:
            return line if not is_generic(text) and block.word_count >= 3 else None
        if position == 0 and _standfirst(line, lines[1:2]):
            return line
        if DATELINE_LEAD.match(text) or block.word_count >= _BODY_WORDS and not block.emphasis:
            return None
        if block.emphasis and not _bold_lede(block) and not _SENTENCE_BREAK.search(text):
            return line
        if block.word_count >= 7:
            return None
    return None


def _standfirst(line: HeaderLine, following: list[HeaderLine]) -> bool:
    """A plain title-like line right under the headline and above the page's date or byline line."""
    text = line.block.flat
    if not 4 <= line.block.word_count <= _MAX_BOLD_DECK_WORDS or text.rstrip().endswith((".", ":")) or not following:
        return False
    after = following[0].text
    return bool(is_date_line(after) or BYLINE.match(after) or BYLINE_LABEL.match(after))
