"""Calendar dates as press releases print them, in English, German, Spanish and French.

Two entry points: `parse_date` reads a string that *is* a date (a metadata value, a "Published"
line's value); `find_date` / `find_dates` locate dates inside running text and report where they
are, which the dateline grammar needs. Forms understood:

- month first: "Jan. 14, 2021", "January 30, 2014", "August 8th, 2025", "Sept. 3 2020"
- day first: "3 March 2020", "14. Januar 2021", "14 de enero de 2021", "1er mars 2021"
- numeric: ISO "2021-01-14" (time suffix allowed), European "14.01.2021" and "14-01-2021",
  slashed "01/14/2021" (month first unless the first number cannot be a month)
- an optional weekday in front: "Monday 17 August 2020", "THURSDAY, 20 AUGUST 2020"

A date needs a four-digit year between 1990 and 2100; a day and month without a year is not a
release date. python-dateutil is the last resort of `parse_date` for odd forms, imported lazily.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from prparse.rules.patterns import LETTERS

MIN_YEAR = 1990
MAX_YEAR = 2100

# Month names and abbreviations, lower case, to month numbers. English, German, Spanish, French.
MONTHS: dict[str, int] = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # German (Austrian "Jänner", "Feber" included)
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3, "mär": 3,
    "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12, "dic": 12,
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
    "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
}  # fmt: skip

# German two-letter abbreviations ("Mo.", "Di.") are left out: "Mo." is also Missouri.
WEEKDAYS: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    lundi mardi mercredi jeudi vendredi samedi dimanche
    """.split()
)


# Month and weekday names are matched as any word of letters and looked up in the tables
# afterwards: a regex alternation of a hundred names, case-blind, costs twenty times more.
_NAME = r"[^\W\d_]{3,10}"
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
# A year ends at a non-digit; a time glued on by careless copying ("200712:44 AM") is tolerated.
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d))"
_YEAR = r"(?:19|20|21)\d\d"
_ORDINAL = r"(?i:st|nd|rd|th|er|º|°|ª)?"


def _weekday_lead(form: str) -> str:
    return rf"(?:{_NOT_LETTER_BEFORE}(?P<{form}_wd>{_NAME})\.?,?\s{{1,2}})?"


DATE_PATTERN = re.compile(
    rf"""
    (?P<mdy>{_weekday_lead("mdy")}{_NOT_LETTER_BEFORE}(?P<mdy_m>{_NAME})\.?{_NOT_LETTER_AFTER}\s{{0,2}}
        (?P<mdy_d>\d{{1,2}}){_ORDINAL}(?!\d),?\s{{0,2}}(?P<mdy_y>{_YEAR}){_YEAR_END})
    | (?P<dmy>{_weekday_lead("dmy")}(?<![\d.,/–-])(?P<dmy_d>\d{{1,2}}){_ORDINAL}\.?\s{{0,2}}(?i:de\s{{1,2}})?
        (?P<dmy_m>{_NAME})\.?{_NOT_LETTER_AFTER},?\s{{0,2}}(?i:del?\s{{1,2}})?(?P<dmy_y>{_YEAR}){_YEAR_END})
    | (?P<iso>(?<![\d.])(?P<iso_y>{_YEAR})[-/](?P<iso_m>\d{{1,2}})[-/](?P<iso_d>\d{{1,2}})(?!\d))
    | (?P<num>{_weekday_lead("num")}(?<![\d.,/–-])(?P<num_a>\d{{1,2}})(?P<num_sep>[./-])(?P<num_b>\d{{1,2}})(?P=num_sep)
        (?P<num_y>{_YEAR})(?![\d.]\d))
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text, with the span it occupies there."""

    date: datetime.date
    start: int
    end: int


# parse_date reads a value, not a document: only its start, and dateutil only short values.
_PARSE_MAX_CHARS = 200
_DATEUTIL_MAX_CHARS = 80
# Every date form holds a four-digit year; the full pattern runs only around one.
# The digit before a year is looked behind for after its first two digits (as three digits in a
# row), so that the pattern opens on literals the engine scans for quickly.
_YEAR_HINT = re.compile(r"(?:19|20|21)(?<!\d\d\d)\d\d")
# How far before its year a date can begin ("Wednesday, 30 September 2020"), and how far after
# the year it can end (the month and day of an ISO date).
_REACH_BEFORE = 48
# What must stand before a year for it to end a date: a letter (a month) or a date separator.
_DATE_CONTEXT = re.compile(r"[^\W\d_]|[./-]")
_REACH_AFTER = 8
# Where a date can start: each form opens on a weekday or a month after no letter, or on a digit
# after no digit (its own look-behind asks more: these positions include all it allows).
_DATE_START = re.compile(rf"{_NOT_LETTER_BEFORE}[^\W\d_]|(?<!\d)\d")
# What a date ending with its year prints just before it, spaces aside, when not a letter: a day
# ("14", "14°"), or the separator after a day, a month's name or its abbreviation.
_BEFORE_YEAR_MARKS = frozenset(",./-\u00b0")
# The letters that end a text (a month's name is at most ten, "de" three with "del").
_NAME_TAIL = re.compile(r"[^\W\d_]+\Z")
_NAME_TAIL_REACH = 12
# The longest text DATE_PATTERN can match: a day-first date with every optional part at its
# longest ("Donnerstag.,  14th.  de  septiembre.,  del  2020", tested).
MAX_DATE_CHARS = 48


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[DateMatch]:
    """Every valid date in `text[start:end]`, left to right."""
    stop = len(text) if end is None else end
    done = start  # dates do not overlap: the next one starts after the last one found
    for year in _YEAR_HINT.finditer(text, start, stop):
        if year.end() <= done:
            continue
        begin = max(done, year.start() - _REACH_BEFORE)
        if text[year.end() : year.end() + 1] not in ("-", "/") and not (
            _DATE_CONTEXT.search(text, begin, year.start()) and _may_end_a_date(text[begin : year.start()])
        ):
            continue  # no ISO tail, and no month name, day or "14.01." before the year: a bare number
        found = _date_around(text, begin, min(stop, year.end() + _REACH_AFTER), year)
        if found is not None:
            done = found.end
            yield found


def _may_end_a_date(before: str) -> bool:
    """Whether a month-first, day-first or numeric date can end with a year printed after `before`.

    Such a date prints its year last, and no date starts inside a year (each form's first digit
    follows no digit) or after it within its reach: a date found around the year ends with it, or
    opens with it (an ISO date, found by its tail). Before the year, spaces aside, it prints a
    separator, a day ("14", "14th", "14º"), a month's name ("14 January", "14thJanuary") or "de"
    ("14 de enero de 2021"): after any other word ("in 2021") the full pattern, which is tried at
    every position before the year, finds nothing it keeps.
    """
    before = before.rstrip()
    last = before[-1:]
    if not last.isalnum():
        return last in _BEFORE_YEAR_MARKS
    if last.isdecimal():
        return True
    # Letters: a day's ordinal, "de"/"del", or a month's name as the last (up to ten) letters.
    tail = _NAME_TAIL.search(before, max(0, len(before) - _NAME_TAIL_REACH))
    name = tail.group() if tail else ""
    if tail is None or before[tail.start() - 1 : tail.start()].isdecimal() or name.lower() in ("de", "del"):
        return True
    # Longest first: a month's name printed in full, the usual case, is found at the first try.
    return any(_month_key(name[-size:]) in MONTHS for size in range(min(len(name), 10), 2, -1))


def _date_around(text: str, begin: int, stop: int, year: re.Match[str]) -> DateMatch | None:
    """The valid date that holds `year`, searched in `text[begin:stop]`."""
    # The pattern is tried only where a date can start, as a search would find it there: a search
    # tries the whole pattern at every position, most of them inside words.
    for start in _DATE_START.finditer(text, begin, stop):
        match = DATE_PATTERN.match(text, start.start(), stop)
        # A word that is no month ("Mayor 14, 2021") or a date without this year: look further.
        if match is not None and match.end() > year.start():
            found = _to_match(match)
            if found is not None:
                return found
    return None


def find_date(text: str, start: int = 0, *, anchored: bool = False) -> DateMatch | None:
    """The first valid date in `text` from `start`; with `anchored`, only one beginning at `start`.

    >>> find_date("LONDON, 14 January 2021 - Acme").date
    datetime.date(2021, 1, 14)
    """
    if anchored:
        if _YEAR_HINT.search(text, start, start + MAX_DATE_CHARS) is None:
            return None  # every date ends with its year or opens with it, within its longest form
        word = LETTERS.match(text, start)
        if word is not None and word.group().lower() not in WEEKDAYS and word.group().lower() not in MONTHS:
            # A date that opens on a word opens on its weekday or its month: any other word would be read
            # as a weekday left out of the span (no match here) or as a month that does not exist.
            return None
        match = DATE_PATTERN.match(text, start)
        found = _to_match(match) if match else None
        return found if found is not None and found.start == start else None
    return next(find_dates(text, start), None)


def parse_date(text: str) -> datetime.date | None:
    """Read a string that holds a date ("Jan. 14, 2021", "2022-10-19T13:14:00", "14. Januar 2021").

    Returns None when no complete, plausible date (day, month and year) is there.

    >>> parse_date("Monday 17 August 2020")
    datetime.date(2020, 8, 17)
    """
    text = text[:_PARSE_MAX_CHARS]
    found = find_date(text)
    if found is not None:
        return found.date
    if len(text) > _DATEUTIL_MAX_CHARS or not _may_print_a_full_date(text):
        return None
    return _parse_with_dateutil(text.strip())


# What every month name dateutil knows holds (its parser's English names: "Jan", "January", "Sept", ...).
_DATEUTIL_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _may_print_a_full_date(text: str) -> bool:
    """Whether `_parse_with_dateutil` can read a date from `text`; not from most short lines that hold a
    year alone ("Ausgabejahr:2022", "© Acme 2022"), told without dateutil's cost.

    It keeps only a date whose year is printed in full, four digits in a row. With four digits at most
    in the text those are the year's, one token, and the month can only come from a month's name: a
    month left out is filled in from each default (January, February), the weekday shift dateutil may
    add moves a date by less than a week, and the two readings differ. So a text with fewer than four
    digits, or with four and no month name (lowering keeps a name's letters in place), gives None.
    """
    digits = sum(map(str.isdigit, text))
    if digits != 4:
        return digits > 4
    low = text.lower()
    return any(key in low for key in _DATEUTIL_MONTH_KEYS)


# The groups of a form whose month is named: year, month name, day, weekday.
_NAMED_FORM_GROUPS = {form: (f"{form}_y", f"{form}_m", f"{form}_d", f"{form}_wd") for form in ("mdy", "dmy")}
# Where a date starts when the word before it is no weekday.
_FORM_START = {"mdy": "mdy_m", "dmy": "dmy_d", "num": "num_a"}


def _to_match(match: re.Match[str]) -> DateMatch | None:
    """The date a match spells, with its span; a leading word that is no weekday is left out."""
    form = match.lastgroup  # the form's group closes last, around the groups of its parts
    weekday = None
    if form == "iso":
        value = _make_date(*match.group("iso_y", "iso_m", "iso_d"))
    elif form == "num":
        a, b, year, separator, weekday = match.group("num_a", "num_b", "num_y", "num_sep", "num_wd")
        value = _make_date(*_numeric_parts(a, b, year, separator))
    else:
        year, name, day, weekday = match.group(*_NAMED_FORM_GROUPS[form])  # type: ignore[index]
        value = _make_date(year, MONTHS.get(_month_key(name)), day)
    if value is None:
        return None
    start = match.start()
    if weekday is not None and weekday.lower() not in WEEKDAYS:
        start = match.start(_FORM_START[form])  # type: ignore[index]
    return DateMatch(value, start, match.end())


def _month_key(name: str) -> str:
    return name.lower().rstrip(".")


def _numeric_parts(a: str, b: str, year: str, sep: str) -> tuple[str, str, str]:
    # Dots and dashes are European (day first); slashes are day first only when the first
    # number cannot be a month, because slashed dates on English pages are mostly American.
    if sep != "/" or int(a) > 12:
        return year, b, a
    return year, a, b


def _make_date(year: object, month: object, day: object) -> datetime.date | None:
    if month is None:
        return None
    try:
        value = datetime.date(int(year), int(month), int(day))  # type: ignore[call-overload]
    except ValueError:
        return None
    return value if MIN_YEAR <= value.year <= MAX_YEAR else None


def _parse_with_dateutil(text: str) -> datetime.date | None:
    from dateutil import parser

    # Parsing against two different defaults shows whether the text itself named day, month
    # and year: a part the text lacks comes from the default and differs between the runs.
    results = []
    for default in (datetime.datetime(2001, 1, 1), datetime.datetime(2002, 2, 2)):
        try:
            results.append(parser.parse(text, default=default, ignoretz=True).date())  # only the date counts
        # ArithmeticError: a long run of digits before an hour letter ("2222...2222H") overflows
        # dateutil's decimal arithmetic (decimal.InvalidOperation), as a huge number overflows int.
        except (ValueError, ArithmeticError, TypeError):
            return None
    first, second = results
    # dateutil also reads two-digit numbers as years ("19-26 September 2023" -> 2019): the year
    # must be printed in full.
    if first != second or str(first.year) not in text or not MIN_YEAR <= first.year <= MAX_YEAR:
        return None
    return first
