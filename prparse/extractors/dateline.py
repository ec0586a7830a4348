"""The dateline: where and when a release was issued, and through which wire service.

The search runs as a cascade, most specific first:

1. a dateline proper at the start of a line in the release's first blocks ("NEW YORK, Jan. 14,
   2021 /PRNewswire/ --"), read by a small grammar of location, date and wire-tag parts;
2. the release date, when the dateline has none: a date line in those first blocks
   ("04 April 2020", "PUBLISHED JAN 14, 2021", "FOR IMMEDIATE RELEASE ... February 28 2007"),
   then a closing line ("distributed by X ... on Jan 14, 2021", a date printed under the text),
   then an embargo line, then the page's metadata, then an "Updated" line;
3. the wire, when the dateline names none: a closing line ("distributed by Media Pigeon",
   "Source: Acme via Cision", a "View original content" link to a wire's site).

A printed release date beats a posting date and metadata counts only when nothing is printed
(shared/corpus/GOLD.md).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from prparse.dates import find_date, find_dates, parse_date
from prparse.document import Block, BlockKind, Candidate, Document, Zone
from prparse.extractors.dateline_parts import Reading, read_head
from prparse.model import Dateline
from prparse.normalise import ascii_lowered, collapse, cue_text, is_all_caps, lower_each, may_match
from prparse.rules import dateline as rules
from prparse.rules.wires import WIRE_BY_KEY, WIRE_NAME, WIRE_NAME_BY_KEY, wire_key

# Blocks that are never the release's own header or closing lines.
_NOT_RELEASE = (Zone.ABOUT, Zone.LEGAL, Zone.TRAILER)
# Date classes, best first: a printed release date, an embargo date, an "updated" date.
_RELEASE, _EMBARGO, _UPDATED = 0, 1, 2
_LINE_MARKS = " *_#|>•·"  # markup and bullets a date line may open with


@dataclass(frozen=True, slots=True)
class _Window:
    """The release's first blocks, which of them are prose, and their lines (found once: several rules ask)."""

    blocks: list[Block]
    prose: set[int]  # the indices of the prose blocks
    lines: list[tuple[Block, int, str, int, bool]]  # as _window_lines gives them

    def is_prose(self, block: Block) -> bool:
        return block.index in self.prose


@dataclass(frozen=True, slots=True)
class _Found:
    """A dateline or date line found in a block."""

    raw: str
    block_index: int | None
    rule: str
    location: str | None = None
    date: datetime.date | None = None
    wire: str | None = None
    score: int = 0


def extract_dateline(doc: Document) -> Candidate[Dateline] | None:
    """The release's dateline: raw text, location, ISO date and wire, with the block holding it.

    >>> from prparse.pipeline import build_document
    >>> doc = build_document("Acme Wins\\n\\nNEW YORK, Jan. 14, 2021 /PRNewswire/ -- Acme won.")
    >>> extract_dateline(doc).value.wire
    'PR Newswire'
    """
    window = _window(doc)
    dateline = _best_dateline(window) or _place_line(window)
    dated = dateline if dateline is not None and dateline.date else _release_date(doc, window)
    wire = dateline.wire if dateline is not None and dateline.wire else _closing_wire(doc)
    main = dateline or dated
    if main is None:
        # Only a closing line names the wire: no dateline was printed to quote as raw.
        return None if wire is None else Candidate(Dateline(raw=wire, wire=wire), "dateline.closing_wire")
    date = dated.date.isoformat() if dated is not None and dated.date else None
    value = Dateline(raw=main.raw, location=main.location, date=date, wire=wire)
    return Candidate(value, main.rule, main.block_index)


# --- where to look -------------------------------------------------------------------------------


def _window(doc: Document) -> _Window:
    """The release's first blocks: everything up to the second prose paragraph."""
    blocks: list[Block] = []
    prose: set[int] = set()
    rule, paragraph = BlockKind.RULE, BlockKind.PARAGRAPH  # looked up once, not once a block
    for block in doc.blocks[: rules.WINDOW_MAX_BLOCKS]:
        kind = block.kind
        if block.zone in _NOT_RELEASE or kind is rule:
            continue
        blocks.append(block)
        if kind is paragraph and _is_prose(block.text):
            prose.add(block.index)
            if len(prose) >= rules.WINDOW_PROSE_BLOCKS:
                break
    return _Window(blocks, prose, _window_lines(blocks, prose))


def _is_prose(text: str) -> bool:
    """Whether a paragraph's text is running text, not a long title-case headline or a line of links."""
    if len(text) < rules.PROSE_MIN_WORDS * 3:
        return False
    # Words counted only as far as the minimum: a lead paragraph is long, and is read here often.
    if len(text.split(None, rules.PROSE_MIN_WORDS)) < rules.PROSE_MIN_WORDS:
        return False
    if text.rstrip().endswith(rules.SENTENCE_ENDS):
        return True
    words = text.split()
    lower = sum(1 for word in words if word[0].islower())
    return lower >= rules.PROSE_MIN_LOWER_SHARE * len(words)


def _window_lines(blocks: list[Block], prose: set[int]) -> list[tuple[Block, int, str, int, bool]]:
    """(block, line number, line, offset of the line in the block's text, whether the block is prose)
    for each line, up to `WINDOW_MAX_LINES`."""
    lines: list[tuple[Block, int, str, int, bool]] = []
    for block in blocks:
        offset = 0
        in_prose = block.index in prose
        for number, line in enumerate(block.lines):
            if len(lines) == rules.WINDOW_MAX_LINES:
                return lines
            lines.append((block, number, line, offset, in_prose))
            offset += len(line) + 1
    return lines


# --- 1. the dateline proper ----------------------------------------------------------------------


def _best_dateline(window: _Window) -> _Found | None:
    """The fullest dateline in the window (location, date, wire); the first one on a tie."""
    best: _Found | None = None
    for block, _number, line, offset, prose in window.lines:
        if (
            best is not None
            and best.score == 2
            and not rules.YEAR_HINT.search(block.text, offset, offset + rules.HEAD_CHARS)
        ):
            # Only a dateline with place, date and wire beats a score of 2, and every date holds a year,
            # in the head a dateline is read from (spaces collapsed there: a year in it is a year here).
            continue
        found = _dateline_at(block, line, offset, prose) or _inline_agency(line, block.index)
        if found is not None and (best is None or found.score > best.score):
            best = found
            if best.score == 3:
                break
    return best


def _dateline_at(block: Block, line: str, offset: int, prose: bool) -> _Found | None:
    """A dateline at the start of `line`, a line of `block` (`prose`: whether the block is prose).

    It may run on over the block's next lines.
    """
    if not rules.DATELINE_START.match(line):
        return None
    head = " ".join(block.text[offset : offset + rules.HEAD_CHARS].split())
    reading = read_head(head)
    if reading is None or not _acceptable(reading, prose, head, line):
        return None
    if reading.location_end > _collapsed_length(line, len(head)):
        return None  # a place name does not run over a line break: those are separate lines
    location = _place_case(reading.location) if reading.location else None
    raw = head[reading.start : reading.end].strip()
    return _Found(raw, block.index, _rule_of(reading), location, reading.date, reading.wire, reading.score)


def _collapsed_length(line: str, head_length: int) -> int:
    """`len(collapse(line))` where a head of `head_length` characters is read: exact below it, at
    least `head_length` otherwise.

    A lead paragraph is long, and its dateline is read from its head: a collapsed prefix of the line
    is a prefix of the collapsed line, so a prefix that reaches the head's length settles it.
    """
    reach = 2 * rules.HEAD_CHARS
    if len(line) > reach:
        prefix_length = len(collapse(line[:reach]))
        if prefix_length >= head_length:
            return prefix_length
    return len(collapse(line))


def _place_line(window: _Window) -> _Found | None:
    """A place in capitals on a line of its own, the lead opening under it with a dash.

    "SANTA ANA" / "– An Escondido couple was charged ...": the dateline a page layout split over
    two lines (a lead that opens with a dash has lost what stood before it). The place may close
    the block before the lead or open the lead's own block.
    """
    previous: str | None = None
    for block in window.blocks:
        for line in block.lines:
            if rules.LEAD_DASH.match(line) and len(rules.WORD.findall(line)) >= rules.DASH_LEAD_MIN_WORDS:
                if previous is not None and _is_place_line(previous):
                    return _Found(previous, block.index, "dateline.place_line", _place_case(previous))
                return None  # the lead opens with a dash and no place stands above it
            previous = line.strip()
        if window.is_prose(block):
            return None  # past the lead
    return None


def _is_place_line(line: str) -> bool:
    if not rules.PLACE_LINE.match(line) or not is_all_caps(line):
        return False
    words = [word.strip(".,").lower() for word in line.split()]
    return not any(word in rules.NOT_PLACE_WORDS or word in rules.ORGANISATION_WORDS for word in words)


def _rule_of(reading: Reading) -> str:
    if reading.wire:
        return "dateline.wire"
    if reading.date:
        return "dateline.location_date"
    return "dateline.location_line" if reading.terminator == "end" else "dateline.location"


def _acceptable(reading: Reading, prose: bool, head: str, line: str) -> bool:
    """Whether the parts read make a dateline rather than a label, a name or a sentence.

    The shape is judged before the place: most lines read here are a headline's first word taken
    for a place, with neither date nor wire, and the shape rules them out at less cost.
    """
    located = reading.location is not None
    if reading.wire is None and not (located and any(kind == "date" for kind, _sep in reading.parts)):
        if not located or reading.partial_date or not _location_only(reading, prose, head, line):
            return False
    return not located or _plausible_location(reading)


def _plausible_location(reading: Reading) -> bool:
    # A location that a label or a sentence opens ("Contact:", "The awards"), or that names an
    # organisation ("Ridgeway Supply, Inc."), is refused as it is read (dateline_parts._no_place).
    index = next(i for i, (kind, _sep) in enumerate(reading.parts) if kind == "location")
    if index + 1 < len(reading.parts) and reading.parts[index + 1] == ("date", ""):
        return False  # "PUBLISHED JAN 14, 2021": a label runs into the date with no separator
    return True


def _location_only(reading: Reading, prose: bool, head: str, line: str) -> bool:
    """A location with neither date nor wire: "MINNEAPOLIS: October is ..." or "BAAR, SWITZERLAND"."""
    location = reading.location or ""
    parts = [p.strip() for p in location.split(",")]
    if reading.terminator == "end":
        return len(parts) >= 2 and _is_region(parts[-1]) and len(location.split()) <= 5
    # Closed by a dash or colon, the place must open the lead paragraph: a heading or a short
    # line with "Word: ..." is a headline or a label.
    if reading.terminator == "" or not prose:
        return False
    if not is_all_caps(location):  # a place in capitals may be closed by any dash; in mixed case, not
        if len(parts) >= 2 and not _is_region(parts[-1]):
            return False  # "Threats, Insults, Calls to Murder: ..." is a list of nouns, not a place
        if reading.terminator not in rules.LOCATION_ONLY_TERMINATORS:
            return False
    # Words follow on the place's line (three are enough to tell: the rest are not found).
    rest_of_line = head[reading.end : _collapsed_length(line, len(head))]
    return next(islice(rules.WORD.finditer(rest_of_line), 2, None), None) is not None


def _is_region(text: str) -> bool:
    key = text.lower()
    if key not in rules.REGIONS:
        return False
    # Two-letter postal codes only as printed in capitals ("Berlin, In" is no region).
    return len(key) > 2 or text.isupper()


def _inline_agency(line: str, block_index: int) -> _Found | None:
    """An agency dateline inside a line whose breaks were lost ("...WriterHONOLULU (AP) _ ...")."""
    if rules.INLINE_AGENCY_TAG.search(line, 0, rules.INLINE_AGENCY_REACH) is None:
        return None
    match = rules.INLINE_AGENCY.search(line, 0, rules.INLINE_AGENCY_REACH)
    if match is None:
        return None
    wire = WIRE_BY_KEY.get(wire_key(match.group("tag")))
    location = _place_case(match.group("location"))
    return _Found(match.group(), block_index, "dateline.agency_inline", location, None, wire, 2)


def _place_case(location: str) -> str:
    """An ALL-CAPS place in normal case, keeping postal codes and dotted abbreviations.

    A city printed in mixed case keeps its whole place as printed ("Hood River, OR").
    """
    if not is_all_caps(location.split(",")[0]):
        return location
    return ", ".join(_place_case_part(part.strip()) for part in location.split(","))


def _place_case_part(part: str) -> str:
    if not is_all_caps(part):
        return part
    words = []
    for index, word in enumerate(part.split()):
        key = word.lower()
        if index and key in rules.PLACE_PARTICLES:
            words.append(key)
        elif key in rules.PLACE_INITIALISMS or "." in word.rstrip("."):
            words.append(word)  # "WI", "N.H.", "U.S."
        else:
            words.append("-".join(_capitalise(piece) for piece in word.split("-")))
    return " ".join(words)


def _capitalise(word: str) -> str:
    # "O'FALLON" -> "O'Fallon", "D'IBERVILLE" -> "D'Iberville"; "ST." -> "St."
    if len(word) > 2 and word[1] in "'’":
        return word[:2] + word[2:3] + word[3:].lower()
    return word[:1] + word[1:].lower()


# --- 2. the release date -------------------------------------------------------------------------


def _release_date(doc: Document, window: _Window) -> _Found | None:
    """The best printed date outside a dateline, else the page's metadata."""
    header = list(_header_dates(window))
    best = _nearest_the_lead([found for cls, found in header if cls == _RELEASE], window)
    if best is not None:
        return best
    closing = _closing_date(doc, {block.index for block in window.blocks})
    if closing is not None:
        return closing
    best = _first_of_class(header, _EMBARGO)
    if best is not None:
        return best
    meta = _metadata_date(doc)
    return meta if meta is not None else _first_of_class(header, _UPDATED)


def _nearest_the_lead(dates: list[_Found], window: _Window) -> _Found | None:
    """Of several date lines, the one printed with the release: the last block of date lines up
    to the lead paragraph (earlier ones belong to "latest news" lists and page banners), and the
    first line in that block; with none before the lead, the first after it."""
    lead = min(window.prose, default=None)
    before = [found for found in dates if lead is None or (found.block_index or 0) <= lead]
    if not before:
        return dates[0] if dates else None
    last_block = before[-1].block_index
    return next(found for found in before if found.block_index == last_block)


def _first_of_class(dates: list[tuple[int, _Found]], wanted: int) -> _Found | None:
    return next((found for cls, found in dates if cls == wanted), None)


def _header_dates(window: _Window) -> Iterator[tuple[int, _Found]]:
    """(class, date line) for each date line among the release's first lines."""
    for block, number, line, _offset, prose in window.lines:
        if not rules.YEAR_HINT.search(line, 0, rules.DATE_LINE_SCAN_CHARS):
            continue
        found = _date_line(block, number, line, prose)
        if found is not None:
            yield found


def _date_line(block: Block, number: int, line: str, prose: bool) -> tuple[int, _Found] | None:
    """A line that prints a release date: mostly the date, cued by a label, or led by the date."""
    embargo = rules.EMBARGO_CUE.match(line) is not None
    scan = min(len(line), rules.DATE_LINE_SCAN_CHARS)
    if not embargo and len(line) > rules.DATE_LINE_MAX_CHARS and not _may_hold_cue(line[:scan]):
        # Not mostly a date, no embargo, no cue: only a date opening the line may count, and it is
        # found first, its year within reach of the line's start (a date does not overlap another).
        if number and prose:
            return None
        scan = min(scan, len(line) - len(line.lstrip(_LINE_MARKS)) + rules.OPENING_DATE_REACH)
    for found in find_dates(line, 0, scan):
        before = line[max(0, found.start - rules.CUE_REACH) : found.start]
        cued = rules.RELEASE_DATE_CUE.search(before) is not None
        leads = not line[: found.start].strip(_LINE_MARKS) and (number == 0 or not prose)
        mostly = _mostly_date(block, line, found.start, found.end)
        if not (embargo or cued or leads or mostly):
            continue
        # The raw value is the date line when it is one; else the cue and date, or the date.
        short = len(line) <= rules.DATE_LINE_MAX_CHARS
        raw = line[found.start : found.end]
        if mostly or (embargo and short):
            raw = line
        elif cued and short:
            raw = line[: found.end]
        cls = _UPDATED if rules.UPDATED_CUE.search(before) else _EMBARGO if embargo else _RELEASE
        return cls, _Found(collapse(raw), block.index, "dateline.date_line", date=found.date)
    return None


def _may_hold_cue(text: str) -> bool:
    """Whether RELEASE_DATE_CUE may match in `text`: not when its lowered form holds no cue key."""
    return may_match(cue_text(text), rules.RELEASE_DATE_CUE_KEYS)


def _mostly_date(block: Block, line: str, start: int, end: int) -> bool:
    if len(line) > rules.DATE_LINE_MAX_CHARS:
        return False
    other = rules.DATE_LINE_FILLER.sub(" ", line[:start] + " " + line[end:])
    words = len(rules.WORD.findall(other))
    if block.kind is BlockKind.PARAGRAPH:
        return words <= rules.DATE_LINE_MAX_OTHER_WORDS
    return words <= rules.DATE_HEADING_MAX_OTHER_WORDS


def _closing_date(doc: Document, window: set[int]) -> _Found | None:
    """A date in a "distributed by" line, or a date line printed under the release."""
    trailer = Zone.TRAILER  # looked up once, not once a block
    text = "\n".join([block.text for block in doc.blocks if block.zone is not trailer])
    # Most releases hold no distribution line: their text is not lower-cased.
    line = rules.DISTRIBUTION_LINE.search(lower_each(text)) if _may_hold_distribution_line(text) else None
    if line is not None:
        line_end = min(_line_end(text, line.end()), line.start() + rules.DATE_LINE_SCAN_CHARS)
        found = find_date(text[:line_end], line.start())
        if found is not None:
            raw = collapse(text[found.start : found.end])
            return _Found(raw, None, "dateline.closing_date", date=found.date)
    tail = [b for b in doc.blocks if b.zone not in _NOT_RELEASE][-rules.CLOSING_BLOCKS :]
    for block in reversed(tail):
        if block.index in window:
            break  # a short release: its header lines were read already
        for line in block.lines:
            if len(line) > rules.DATE_LINE_MAX_CHARS or not rules.YEAR_HINT.search(line):
                continue
            if rules.UPDATED_CUE.search(line[: rules.CUE_REACH]):
                continue
            found = find_date(line)
            if found is not None and _mostly_date(block, line, found.start, found.end):
                return _Found(collapse(line), block.index, "dateline.closing_date", date=found.date)
    return None


def _may_hold_distribution_line(text: str) -> bool:
    """Whether `lower_each(text)` holds one of `DISTRIBUTION_PHRASES`, told without lower-casing `text`.

    The phrases are ASCII without a "k": one is in `lower_each(text)` exactly when it is in
    `ascii_lowered(text)`. All but one open with "release ", looked for once: a release prints it a
    few times at most.
    """
    data = ascii_lowered(text)
    if rules.DISTRIBUTION_BEHALF in data:
        return True
    at = data.find(rules.DISTRIBUTION_RELEASE)
    while at >= 0:
        if data.startswith(rules.DISTRIBUTION_VERBS_ENCODED, at + len(rules.DISTRIBUTION_RELEASE)):
            return True
        at = data.find(rules.DISTRIBUTION_RELEASE, at + 1)
    return False


def _metadata_date(doc: Document) -> _Found | None:
    value = doc.meta.date_published
    date = parse_date(value) if value else None
    if date is None:
        return None
    return _Found(collapse(value or ""), None, "dateline.metadata", date=date)


# --- 3. the wire from closing lines --------------------------------------------------------------


def _closing_wire(doc: Document) -> str | None:
    """A wire named in a closing line: "distributed by X", "via X", a link to the wire's site."""
    about = Zone.ABOUT  # looked up once, not once a block
    text = "\n".join([block.text for block in doc.blocks if block.zone is not about])
    cues = _cues_in(_line_heads(text))  # a cue gives a wire only near its line's start (`_wire_after_cue`)
    if not cues:
        return None  # most pages: the text is not lower-cased at all
    lowered = lower_each(text)  # same length as `text`, so offsets agree
    found: list[tuple[int, str]] = []
    # str.find over the lower-cased text costs a fraction of a case-blind regex search.
    for phrase, kind in cues:
        hit = _first_wire_at_cue(text, lowered, phrase, kind)
        if hit is not None:
            found.append(hit)
    return min(found)[1] if found else None


def _line_heads(text: str) -> str:
    """Each line of `text` cut at CLOSING_CUE_LINE_REACH: the part a closing-wire cue giving a wire stands in.
    A long paragraph's text further on is not searched for the cues."""
    reach = rules.CLOSING_CUE_LINE_REACH
    return "\n".join([line[:reach] for line in text.split("\n")])


def _cues_in(text: str) -> list[tuple[str, str]]:
    """The closing-wire cues (phrase, kind) that `lower_each(text)` holds, found without lower-casing `text`.

    The cues are ASCII without a "k": one is in `lower_each(text)` exactly when it is in `ascii_lowered(text)`.
    """
    data = ascii_lowered(text)
    cues = [cue for key, group in rules.CLOSING_WIRE_CUES_BY_WORD.items() for cue in _cues_at_key(data, key, group)]
    return cues + [(phrase.decode(), "name") for phrase in sorted(_verb_phrases(data))]


def _cues_at_key(data: bytes, key: bytes, group: tuple[tuple[bytes, str, str, int], ...]) -> list[tuple[str, str]]:
    """The cues of `group` that `data` holds, each looked for where `key`, which it holds, stands: a text
    prints a key a few times at most, and most texts never."""
    at = data.find(key)
    if at < 0:
        return []
    held: set[int] = set()
    for _ in range(rules.CLOSING_KEY_MAX_HITS):
        held.update(
            i for i, (cue, _, _, offset) in enumerate(group) if at >= offset and data.startswith(cue, at - offset)
        )
        at = data.find(key, at + 1)
        if at < 0:
            return [(group[i][1], group[i][2]) for i in sorted(held)]
    return [(phrase, kind) for cue, phrase, kind, _ in group if cue in data]  # a key printed many times


def _verb_phrases(data: bytes) -> set[bytes]:
    """The phrases of a closing verb and its preposition ("distributed by ") that `data` holds: found by
    their endings ("ed by "), the stem of a verb looked for before each (past CLOSING_ENDING_MAX_HITS
    endings, a long text, the verbs are searched for, then their phrases)."""
    stems = rules.CLOSING_VERB_STEMS
    phrases = {match.group() for match in rules.CLOSING_SENT.finditer(data)}
    for count, match in enumerate(rules.CLOSING_VERB_ENDING.finditer(data)):
        if count == rules.CLOSING_ENDING_MAX_HITS:
            return {
                phrase
                for verb, group in rules.CLOSING_VERB_PHRASES
                if verb in data
                for phrase in group
                if phrase in data
            }
        if data.endswith(stems, 0, match.start()):  # most endings follow another verb ("hosted by ")
            phrases.update(stem + match.group() for stem in stems if data.endswith(stem, 0, match.start()))
    return phrases


def _first_wire_at_cue(text: str, lowered: str, phrase: str, kind: str) -> tuple[int, str] | None:
    """(offset, wire) of the first occurrence of a cue phrase that a wire's name follows."""
    at = lowered.find(phrase)
    for _ in range(rules.CLOSING_CUE_MAX_HITS):  # a release has a handful; junk may have thousands
        if at < 0:
            return None
        wire = _wire_after_cue(text, lowered, at, at + len(phrase), kind)
        if wire is not None:
            return at, wire
        at = lowered.find(phrase, at + 1)
    return None


def _wire_after_cue(text: str, lowered: str, start: int, end: int, kind: str) -> str | None:
    # Only the stretch a cue may stand into its line is searched for the line's start.
    line_start = lowered.rfind("\n", max(0, start - rules.SOURCE_VIA_REACH - 1), start) + 1
    if line_start == 0 and start > rules.SOURCE_VIA_REACH:
        return None
    if kind == "site":
        if start - line_start > 3:
            return None
        line = lowered[line_start : _line_end(lowered, end)]
        return next((name for domain, name in rules.WIRE_DOMAINS if domain in line), None)
    if kind == "source" and not (
        start - line_start <= rules.SOURCE_VIA_REACH and rules.SOURCE_LINE.match(lowered, line_start)
    ):
        return None
    match = WIRE_NAME.match(text, end)
    return WIRE_NAME_BY_KEY.get(wire_key(match.group())) if match else None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
