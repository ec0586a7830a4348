"""The grammar of a dateline: location, date and wire-tag parts read off the start of a line.

"NEW YORK, Jan. 14, 2021 /PRNewswire/ --", "(NewMediaWire) - May 13, 2025 - DALLAS —",
"March 24, 2025 – Baton Rouge, LA, Acme Wire –": each part is tried in turn (a date, a wire
tag, a place) between separators, until a terminator closes the dateline. dateline.py decides
whether what was read is a dateline and where the release's date and wire come from.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from prparse.dates import DateMatch, find_date
from prparse.normalise import is_all_caps
from prparse.rules import dateline as rules
from prparse.rules.patterns import DIGIT, LETTERS
from prparse.rules.wires import WIRE_BY_KEY, WIRE_NAME, WIRE_NAME_BY_KEY, wire_key


@dataclass(slots=True)
class Reading:
    """A dateline read off the start of a line, part by part."""

    start: int
    location: str | None = None
    date: datetime.date | None = None
    partial_date: bool = False
    wire: str | None = None
    location_end: int = 0
    parts: list[tuple[str, str]] = field(default_factory=list)  # (kind, separator before it)
    end: int = 0  # end of the raw dateline, terminator included
    terminator: str = ""
    rest: str = ""
    # The date a location part stopped at ("NEW YORK, Jan. 14, 2021"), read there already: the
    # next part starts on it, and `_read_date` takes it rather than reading it a second time.
    date_ahead: DateMatch | None = None
    # A location that no place opens with was read ("Contact: ...", "The awards are ..."): no dateline.
    refused: bool = False

    @property
    def score(self) -> int:
        return (self.location is not None) + (self.date is not None) + (self.wire is not None)


def read_head(head: str) -> Reading | None:
    """Read location / date / wire parts from the start of `head`; None when it cannot start one.

    A location that a label or a sentence's first word opens is no place, and the dateline reading it
    is none: the reading stops there, and gives None (`_no_place`).
    """
    start = rules.LEAD_JUNK.match(head).end()  # type: ignore[union-attr]
    if start >= len(head) or not (head[start].isupper() or head[start].isdigit() or head[start] in "(/-–—"):
        return None
    if _opens_on_a_label(head, start):
        return None
    reading = Reading(start=start)
    sep_match = rules.SEPARATOR.match(head, start)
    pos, separator = sep_match.end(), sep_match.group("sep") or ""  # type: ignore[union-attr]
    last_end = start
    for _ in range(rules.MAX_PARTS):
        end = _read_part(head, pos, separator, reading)
        if end is None:
            if reading.refused:
                return None
            break
        last_end = end
        sep_match = rules.SEPARATOR.match(head, end)
        pos, separator = sep_match.end(), sep_match.group("sep") or ""  # type: ignore[union-attr]
    if not reading.parts:
        return None
    _close(reading, head, last_end, pos, separator)
    return reading


def _opens_on_a_label(head: str, start: int) -> bool:
    """Whether `head` opens on one of LABEL_WORDS set apart ("Contact: ...", "The awards ..."), and on no
    wire's name: read part by part it would give no dateline, told here at the cost of two matches.

    Read part by part, the word opens no date (none opens on it), no tag (a tag opens on "/" or "(", a
    bare wire on its name) and so a location, whose first word is this one: a place word runs on over
    letters, digits, "_", "'", "’", "." and "-" only, no date or day and month starts inside a word of
    letters, and a location is cut only where one starts. `_no_place` refuses that location.
    """
    word = LETTERS.match(head, start)
    if word is None or word.group().lower() not in rules.LABEL_WORDS:
        return False
    after = head[word.end() : word.end() + 1]
    if after.isalnum() or after in _PLACE_WORD_RUNS_ON:
        return False
    return WIRE_NAME.match(head, start) is None


_PLACE_WORD_RUNS_ON = frozenset("_-" + rules.PLACE_WORD_MARKS)  # besides letters and digits (rules.LOCATION_PART)


def _close(reading: Reading, head: str, last_end: int, pos: int, separator: str) -> None:
    """Settle how the dateline ends: at a terminator, at the end of the line, or open."""
    reading.rest = head[pos:]
    if separator in rules.TERMINATORS:
        reading.terminator, reading.end = separator, pos
    elif not separator and head.startswith("/", pos):
        # Slash-separated datelines: "VANCOUVER, BC / ACCESSWIRE / January 14, 2021 / Acme ..."
        reading.terminator, reading.end = "/", pos + 1
        reading.rest = head[pos + 1 :]
    elif not head[last_end:].strip():
        reading.terminator, reading.end = "end", last_end
    else:
        reading.terminator, reading.end = "", last_end


def _read_part(head: str, pos: int, separator: str, reading: Reading) -> int | None:
    """Read one part at `pos` into `reading`; return where it ends, or None when none fits."""
    if reading.date is None and not reading.partial_date:
        end = _read_date(head, pos, separator, reading)
        if end is not None:
            return end
    end = _read_tag(head, pos, separator, reading)
    if end is not None:
        return end
    if reading.location is None:
        return _read_location(head, pos, separator, reading)
    return None


def _read_date(head: str, pos: int, separator: str, reading: Reading) -> int | None:
    """A date, maybe in parentheses ("New York, NY (January 14, 2021) --"), or a day and month."""
    if DIGIT.search(head, pos, pos + rules.DATE_DIGIT_REACH) is None or not _may_open_date(head, pos):
        return None  # no digit within a date's reach, or a word no date opens with: no date, no day and month
    lead = rules.DATE_LEAD.match(head, pos)
    start = lead.end() if lead else pos
    opened = rules.PAREN_OPEN.match(head, start)
    at = opened.end() if opened else start
    ahead = reading.date_ahead
    found = ahead if ahead is not None and ahead.start == at else find_date(head, at, anchored=True)
    end = found.end if found is not None else None
    if end is not None and opened:
        closed = rules.PAREN_CLOSE.match(head, end)
        end = closed.end() if closed else None
    if found is not None and end is not None:
        reading.date = found.date
        reading.parts.append(("date", separator or ("(" if opened else "")))
        return end
    partial = _partial_date(head, pos, len(head), anchored=True)
    if partial is not None and reading.parts:
        reading.partial_date = True
        reading.parts.append(("date", separator))
        return partial[1]
    return None


def _may_open_date(head: str, pos: int) -> bool:
    """Whether a date, or a day and month, may be read at `pos`: not where a word opens that is no
    month, weekday or article before a date (a date, or its article, opens with one of those, or
    with a digit or a parenthesis)."""
    word = LETTERS.match(head, pos)
    return word is None or word.group().lower() in rules.DATE_OPENING_WORDS


def _partial_date(head: str, start: int, end: int, *, anchored: bool = False) -> tuple[int, int] | None:
    """The span of a day and month without a year ("Jan. 14", "14 Jan") in `head[start:end]`."""
    if DIGIT.search(head, start, end) is None:
        return None  # no day: most places and words are read here, and hold no digit
    pos = start
    while pos < end:
        match = (rules.PARTIAL_DATE.match if anchored else rules.PARTIAL_DATE.search)(head, pos, end)
        if match is None:
            return None
        month = (match.group("month") or match.group("month_after")).lower()
        if month in rules.MONTH_NAMES:
            return match.start(), match.end()
        if anchored:
            return None
        pos = match.start() + 1
    return None


def _read_tag(head: str, pos: int, separator: str, reading: Reading) -> int | None:
    """A wire tag: "/PRNewswire/", "(BUSINESS WIRE)", a bare wire name, or a wire's qualifier."""
    opener = head[pos : pos + 1]
    # Each tag pattern opens on its own mark: at any other character neither can match.
    pattern = rules.SLASH_TAG if opener == "/" else rules.PAREN_TAG if opener == "(" else None
    match = pattern.match(head, pos) if pattern is not None else None
    if match is not None:
        wire = _tag_wire(match.group("tag"), reading)
        if wire is not None and reading.wire is None:
            reading.wire = wire
            reading.parts.append(("wire", separator))
            return match.end()
        # A tag that names no wire: an issuer between slashes ("/ My Company /"), or a wire's
        # own qualifier in parentheses ("PRISM MediaWire (Press Release Service)").
        qualifier = pattern is rules.PAREN_TAG and reading.parts and reading.parts[-1][0] == "wire"
        issuer = pattern is rules.SLASH_TAG and len(match.group("tag").split()) <= rules.SLASH_TAG_MAX_WORDS
        if (qualifier or issuer) and reading.parts:
            reading.parts.append(("tag", separator))
            return match.end()
        return None
    match = WIRE_NAME.match(head, pos)
    if (
        match is not None
        and reading.wire is None
        and (separator or not reading.parts)
        and _set_apart(head, match.end())
    ):
        reading.wire = WIRE_NAME_BY_KEY.get(wire_key(match.group()))
        reading.parts.append(("wire", separator))
        return match.end()
    return None


def _tag_wire(tag: str, reading: Reading) -> str | None:
    """The wire a tag names: all of it ("BUSINESS WIRE"), or its start, maybe with the date
    ("Newsfile Corp. - January 14, 2021", "InvestorBrandNetwork via InvestorWire")."""
    wire = WIRE_BY_KEY.get(wire_key(tag))
    if wire is not None:
        return wire
    match = WIRE_NAME.match(tag)
    if match is None:
        return None
    if reading.date is None:
        found = find_date(tag, match.end())
        reading.date = found.date if found is not None else None
    return WIRE_NAME_BY_KEY.get(wire_key(match.group()))


def _set_apart(head: str, end: int) -> bool:
    """A bare wire name is a dateline part only when a separator or its qualifier follows it."""
    after = rules.SEPARATOR.match(head, end)
    return bool(after.group("sep")) or head.startswith("(", after.end()) or after.end() == len(head)  # type: ignore[union-attr]


def _read_location(head: str, pos: int, separator: str, reading: Reading) -> int | None:
    """City, then up to two comma-separated parts (region, country) that are not a date or wire."""
    match = rules.LOCATION_PART.match(head, pos)
    if match is None:
        return None
    end = _cut_at_date(head, pos, match.end())
    if end is None or (reading.parts and not _late_location(head, pos, end)):
        return None
    for _ in range(rules.LOCATION_MAX_PARTS - 1):
        comma = head.startswith(", ", end)
        nxt = rules.LOCATION_PART.match(head, end + 2) if comma else None
        if nxt is None:
            break
        other, reading.date_ahead = _other_part_at(head, end + 2)
        if other:
            break
        cut = _cut_at_date(head, end + 2, nxt.end())
        if cut is None:
            break
        end = cut
    location = head[pos:end].rstrip(" ,")
    if _no_place(location):
        reading.refused = True
        return None
    reading.location = location
    reading.location_end = end
    reading.parts.append(("location", separator))
    return end


def _no_place(location: str) -> bool:
    """A location whose first word (or whole text) is a label's or a sentence's ("Contact", "The",
    "According"), or that holds an organisation's word ("Ridgeway Supply, Inc.", "ACME CORP")."""
    words = location.split()
    if words[0].rstrip(".,:").lower() in rules.NOT_PLACE_WORDS or location.lower() in rules.NOT_PLACE_WORDS:
        return True
    return any(word.strip(".,").lower() in rules.ORGANISATION_WORDS for word in words)


def _late_location(head: str, start: int, end: int) -> bool:
    """After a date or tag, only an ALL-CAPS place closed by a dash ("... - DALLAS —") or a place
    a wire's name follows is one; anything else is the start of the body ("March 3, 2021 – Acme
    Corp. today ...")."""
    separator = rules.SEPARATOR.match(head, end).group("sep")  # type: ignore[union-attr]
    place = head[start:end]
    if place.split()[0].lower() in rules.NOT_PLACE_WORDS:
        return False
    if separator in rules.TERMINATORS and is_all_caps(place):
        return True
    # "March 24, 2025 – Baton Rouge, LA, Acme Wire –": a place in any case when a wire's name follows it.
    tail = rules.LATE_PLACE_TAIL.match(head, end)
    return tail is not None and WIRE_NAME.match(head, tail.end()) is not None


def _cut_at_date(head: str, start: int, end: int) -> int | None:
    """End a location part (a `LOCATION_PART` match) where a date inside it begins ("NEW YORK Jan. 14, 2021")."""
    if DIGIT.search(head, start, end) is None:
        # Most places: no digit, so neither a date nor a day and month, and the part ends as matched
        # (on a letter, a dot or an apostrophe: stripping spaces leaves it).
        return end
    found = find_date(head[:end], start) if rules.YEAR_HINT.search(head, start, end + 12) else None
    partial = _partial_date(head, start, end)
    cut = min(found.start if found else end, partial[0] if partial else end)
    cut = len(head[:cut].rstrip())
    return cut if cut > start else None


def _other_part_at(head: str, pos: int) -> tuple[bool, DateMatch | None]:
    """Whether a date, a day and month or a wire's name starts at `pos` (and ends a location before it),
    with the date when one does: the next part starts there, and `_read_date` takes it as read."""
    dated = _may_open_date(head, pos)
    date = find_date(head, pos, anchored=True) if dated else None
    if date is not None or (dated and _partial_date(head, pos, len(head), anchored=True)):
        return True, date
    return WIRE_NAME.match(head, pos) is not None, None
