"""Dates as releases print them: prparse.dates.parse_date and find_date."""

from __future__ import annotations

import datetime
import random
import re

import pytest

from prparse.dates import (
    _DATEUTIL_MONTH_KEYS,
    DATE_PATTERN,
    MAX_DATE_CHARS,
    DateMatch,
    _may_print_a_full_date,
    _parse_with_dateutil,
    _to_match,
    find_date,
    find_dates,
    parse_date,
)

D = datetime.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Jan. 14, 2021", D(2021, 1, 14), id="en-abbrev-dot"),
        pytest.param("Sept. 9, 2019", D(2019, 9, 9), id="en-sept"),
        pytest.param("Sep 30 2022", D(2022, 9, 30), id="en-sep-no-comma"),
        pytest.param("December 1, 2023", D(2023, 12, 1), id="en-full"),
        pytest.param("MAY 5, 2020", D(2020, 5, 5), id="en-upper"),
        pytest.param("November 3rd, 2025", D(2025, 11, 3), id="en-ordinal"),
        pytest.param("22nd March 2024", D(2024, 3, 22), id="en-day-first-ordinal"),
        pytest.param("7 June 2019", D(2019, 6, 7), id="en-day-first"),
        pytest.param("Wednesday, 2 December 2020", D(2020, 12, 2), id="en-weekday"),
        pytest.param("FRIDAY 9 OCTOBER 2020", D(2020, 10, 9), id="en-weekday-upper"),
        pytest.param("Tues., Feb. 2, 2021", D(2021, 2, 2), id="en-weekday-abbrev"),
        pytest.param("3. Mai 2022", D(2022, 5, 3), id="de-day-dot-month"),
        pytest.param("19. März 2021", D(2021, 3, 19), id="de-maerz"),
        pytest.param("Donnerstag, 4. November 2021", D(2021, 11, 4), id="de-weekday"),
        pytest.param("2. Jänner 2020", D(2020, 1, 2), id="de-austrian-jaenner"),
        pytest.param("05.07.2023", D(2023, 7, 5), id="de-numeric-dots"),
        pytest.param("5.7.2023", D(2023, 7, 5), id="de-numeric-short"),
        pytest.param("8 de septiembre de 2020", D(2020, 9, 8), id="es-de-de"),
        pytest.param("lunes, 12 de abril de 2021", D(2021, 4, 12), id="es-weekday"),
        pytest.param("30 noviembre 2022", D(2022, 11, 30), id="es-no-de"),
        pytest.param("1er juillet 2021", D(2021, 7, 1), id="fr-premier"),
        pytest.param("15 février 2022", D(2022, 2, 15), id="fr-accent"),
        pytest.param("2023-06-30", D(2023, 6, 30), id="iso"),
        pytest.param("2023-06-30T08:15:00+02:00", D(2023, 6, 30), id="iso-datetime"),
        pytest.param("21-03-2022 - 09:45", D(2022, 3, 21), id="numeric-dashes-day-first"),
        pytest.param("06/30/2023", D(2023, 6, 30), id="slash-us"),
        pytest.param("30/06/2023", D(2023, 6, 30), id="slash-day-first-when-unambiguous"),
        pytest.param("4th of July, 2024", D(2024, 7, 4), id="dateutil-fallback-of"),
        pytest.param("2024 July 4", D(2024, 7, 4), id="dateutil-fallback-year-first"),
    ],
)
def test_parse_date_reads_printed_forms(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("March 2021", id="month-year-only"),
        pytest.param("Jan. 14", id="no-year"),
        pytest.param("30.02.2021", id="impossible-day"),
        pytest.param("June 3, 1875", id="year-too-early"),
        pytest.param("June 3, 2199", id="year-too-late"),
        pytest.param("12-19 October 2023", id="range-not-a-date-by-dateutil"),
        pytest.param("The Mayor 14, 2021 plan", id="may-inside-word"),
        pytest.param("July 4", id="dateutil-would-fill-in-year"),
        pytest.param("", id="empty"),
        # Found by fuzz_parse.py: dateutil's decimal arithmetic fails on it (decimal.InvalidOperation).
        pytest.param("2" * 45 + "H@", id="digit-run-before-an-hour-letter"),
    ],
)
def test_parse_date_rejects_non_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ausgabejahr:2022",
        "© Bundeskriminalamt 2022",
        "2022",
        "Monday 2022",
        "Mon, 2022 Tue",
        "2022 at noon",
        "Ausgabe 2022 (Q)",
        "20 22",
        "1 of 2",
        "9 a.m. Friday",
        "2022-",
        "Sun 2022 Mon",
    ],
)
def test_text_said_to_print_no_full_date_gives_dateutil_none(text: str) -> None:
    # parse_date skips dateutil where _may_print_a_full_date says no: dateutil must read no date there.
    assert not _may_print_a_full_date(text)
    assert _parse_with_dateutil(text.strip()) is None


def test_every_month_name_dateutil_reads_holds_a_month_key() -> None:
    # _may_print_a_full_date lets a text with four digits through only when it holds a key: each name
    # dateutil's parser takes for a month must hold one, lowered.
    from dateutil.parser import parserinfo

    names = [name.lower() for month in parserinfo.MONTHS for name in month]
    assert all(any(key in name for key in _DATEUTIL_MONTH_KEYS) for name in names), names


def test_texts_holding_a_date_for_dateutil_are_passed_on() -> None:
    for text in ("4th of July, 2024", "2024 July 4", "Monday July 2024", "20220126", "1/2/2022"):
        assert _may_print_a_full_date(text)


def test_dateutil_reads_no_date_where_the_screen_says_no_in_generated_text() -> None:
    rng = random.Random(11)
    words = ["Mon", "Friday", "of", "at", "am", "pm", "Ausgabe", "Jahr", "Q3", "the", "on", ",", "-", "/", ":", "."]
    for _ in range(400):
        parts = [rng.choice(words) for _ in range(rng.randint(0, 4))]
        parts.insert(rng.randint(0, len(parts)), str(rng.randint(0, 9999)))
        text = rng.choice([" ", ""]).join(parts)
        if not _may_print_a_full_date(text):
            assert _parse_with_dateutil(text.strip()) is None, text


def test_find_date_reports_span() -> None:
    text = "LONDON, 14 January 2021 – Acme said"
    found = find_date(text)
    assert found is not None
    assert text[found.start : found.end] == "14 January 2021"


def test_find_date_anchored_needs_date_at_position() -> None:
    text = "LONDON, 14 January 2021"
    assert find_date(text, 0, anchored=True) is None
    assert find_date(text, 8, anchored=True) is not None


def test_find_date_tolerates_time_glued_to_year() -> None:
    found = find_date("April06,200712:44 AM EDT")
    assert found is not None and found.date == D(2007, 4, 6)


def test_find_dates_skips_invalid_and_keeps_order() -> None:
    dates = [m.date for m in find_dates("31.02.2021, then 1 March 2021 and 2021-03-05")]
    assert dates == [D(2021, 3, 1), D(2021, 3, 5)]


def test_day_of_a_range_is_not_taken_for_a_date() -> None:
    assert find_date("Geneva, 19-26 September 2023") is None


def test_an_unknown_time_zone_after_the_date_is_ignored_silently():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil warns about zones it does not know
        assert parse_date("Feb 3, 2025 at 10:00 G") == datetime.date(2025, 2, 3)


def test_an_anchored_date_at_its_longest_is_found() -> None:
    # find_date(anchored=True) looks for a year within MAX_DATE_CHARS first: the longest form must fit.
    text = "Donnerstag.,  14th.  de  septiembre.,  del  2020 - Madrid"
    found = find_date(text, 0, anchored=True)
    assert found is not None and found.date == datetime.date(2020, 9, 14)
    assert found.end - found.start == MAX_DATE_CHARS


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Monday, 14 January 2021 - Acme", id="weekday-first"),
        pytest.param("Sonnabend, 14. Januar 2021", id="german-weekday"),
        pytest.param("January 14, 2021", id="month-first"),
        pytest.param("Mayor 14, 2021", id="a-word-that-is-no-month"),
        pytest.param("Acme 14 January 2021", id="a-word-that-is-no-weekday"),
        pytest.param("LOS ANGELES, CA, March 09, 2024", id="a-place-before-the-date"),
        pytest.param("14.01.2021", id="numeric"),
    ],
)
def test_an_anchored_date_is_what_the_pattern_reads_at_the_position(text: str) -> None:
    # find_date(anchored=True) rules out a position by its year and first word before running the pattern.
    from prparse.dates import DATE_PATTERN, _to_match

    match = DATE_PATTERN.match(text, 0)
    found = _to_match(match) if match else None
    expected = found if found is not None and found.start == 0 else None
    assert find_date(text, 0, anchored=True) == expected


def _searched_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """find_dates as first written: the full pattern searched around every year that has a letter or
    a separator before it, from every position (no test of what stands just before the year)."""
    found, stop, done = [], len(text) if end is None else end, start
    for year in re.finditer(r"(?<!\d)(?:19|20|21)\d\d", text[:stop]):
        if year.start() < start or year.end() <= done:
            continue
        begin = max(done, year.start() - 48)
        if text[year.end() : year.end() + 1] not in ("-", "/") and not re.search(
            r"[^\W\d_]|[./-]", text[begin : year.start()]
        ):
            continue
        pos, window_end = begin, min(stop, year.end() + 8)
        while (match := DATE_PATTERN.search(text, pos, window_end)) is not None:
            date = _to_match(match) if match.end() > year.start() else None
            if date is not None:
                found.append(date)
                done = date.end
                break
            pos = match.start() + 1
    return found


SCREENED = [
    "in place by 1 January 2021.",
    "connectivity in 2021 and beyond",
    "14thJanuary 2021",
    "January 14th 2021 and 14º 2020, 3° 2019",
    "14 de enero de 2021 y 3 DEL 2020",
    "Sept. 9, 2019 / 14.01.2021 / 2021-01-14 / 01/14/2021 / 1999-12-2021",
    "Mayor 14, 2021 and 5 Mayor 2021; the 2020 season (2021) – 2022:",
    "Donnerstag, 14. de septiembre, del 2020 ſt 2021 14ſt 2021",
    "x2021-01-14 2021 2021 20212 1 January  2021 1 January   2021",
    "\u0130 2021 I\u0307 2021 \u212a 2021 m\u00e4rz 2021 14 M\u00c4RZ 2021 dez. 2021 ²2021",
]


@pytest.mark.parametrize("text", SCREENED)
def test_find_dates_finds_what_searching_from_every_position_finds(text: str) -> None:
    """Trying the pattern only at a word's start, and only for a year a date can end with, keeps every date."""
    for start in range(len(text)):
        for end in (start + 20, len(text)):
            assert list(find_dates(text, start, min(end, len(text)))) == _searched_dates(
                text, start, min(end, len(text))
            )


def test_find_dates_finds_what_searching_finds_in_generated_text() -> None:
    pieces = "14|3|2021|1999|2020-01-05|de |DEL |enero|Januar|Jan.|Sept|th|º|°| |  |,|.|-|/|in|Mayor".split("|")
    pieces += ["\u017ft", "\u0130", "März", "1er", "Monday", ":", "(", "\n"]
    generator = random.Random(7)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 12)))
        assert list(find_dates(text)) == _searched_dates(text), text
