"""The dateline extractor: location, release date and wire, as a careful reader takes them."""

from __future__ import annotations

import re
from itertools import takewhile

import pytest

from prparse.document import Document
from prparse.extractors.dateline import extract_dateline
from prparse.pipeline import build_document
from prparse.rules.patterns import alternation
from prparse.rules.wires import WIRE_BY_KEY, WIRE_SERVICES, wire_key

HEADLINE = "Acme Robotics Opens Its First Plant in the Region\n\n"
LEAD = (
    "Acme Robotics, a maker of warehouse robots, today opened a plant that will employ three hundred "
    "people and build the company's new line of picking arms for retailers across the continent."
)
SECOND = (
    "The plant is the company's largest investment to date and follows two years of planning with the "
    "regional government, local colleges and a dozen suppliers who will move operations nearby."
)


def release(*lines: str, tail: str = "") -> Document:
    """A text release: headline, the given header lines / lead paragraph, a second paragraph."""
    text = HEADLINE + "\n\n".join(lines) + "\n\n" + SECOND + "\n\n" + tail
    return build_document(text)


def fields(doc: Document) -> tuple[str | None, str | None, str | None] | None:
    found = extract_dateline(doc)
    if found is None:
        return None
    return found.value.location, found.value.date, found.value.wire


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        pytest.param(
            "NEW YORK, Jan. 14, 2021 /PRNewswire/ --",
            ("New York", "2021-01-14", "PR Newswire"),
            id="wire-slash-prnewswire",
        ),
        pytest.param(
            "CHICAGO, Oct. 2, 2023 /PRNewswire-FirstCall/ --",
            ("Chicago", "2023-10-02", "PR Newswire"),
            id="wire-slash-prnewswire-firstcall",
        ),
        pytest.param(
            "SAN FRANCISCO--(BUSINESS WIRE)--March 3, 2020--",
            ("San Francisco", "2020-03-03", "Business Wire"),
            id="wire-paren-business-wire-dashes",
        ),
        pytest.param(
            "Oslo, Norway, 3 March 2020 (GLOBE NEWSWIRE) --",
            ("Oslo, Norway", "2020-03-03", "GlobeNewswire"),
            id="wire-paren-globenewswire-day-first",
        ),
        pytest.param(
            "MANCHESTER - June 2, 2024 (NEWMEDIAWIRE) -",
            ("Manchester", "2024-06-02", "NewMediaWire"),
            id="wire-paren-after-dash-date",
        ),
        pytest.param(
            "BOISE, ID, May 2, 2023 /24-7PressRelease/ --",
            ("Boise, ID", "2023-05-02", "24-7PressRelease"),
            id="wire-slash-24-7-state-code",
        ),
        pytest.param(
            "WASHINGTON (AP) —",
            ("Washington", None, "AP"),
            id="wire-agency-ap-no-date",
        ),
        pytest.param(
            "BRUSSELS, Feb. 3 (Reuters) -",
            ("Brussels", None, "Reuters"),
            id="wire-agency-reuters-day-without-year",
        ),
        pytest.param(
            "EDINBURGH, 14 January 2021 –",
            ("Edinburgh", "2021-01-14", None),
            id="location-date-en-dash",
        ),
        pytest.param(
            "TAMPA, FL -- June 3rd, 2024 --",
            ("Tampa, FL", "2024-06-03", None),
            id="location-date-ordinal-double-hyphens",
        ),
        pytest.param(
            "DENVER:",
            ("Denver", None, None),
            id="location-colon",
        ),
        pytest.param(
            "Portland:",
            ("Portland", None, None),
            id="location-colon-mixed-case",
        ),
        pytest.param(
            "AUSTIN, Texas--News Direct--",
            ("Austin, Texas", None, "News Direct"),
            id="wire-bare-news-direct",
        ),
        pytest.param(
            "(NewMediaWire) - March 02, 2023 - HOUSTON —",
            ("Houston", "2023-03-02", "NewMediaWire"),
            id="wire-first-then-date-then-location",
        ),
        pytest.param(
            "SINGAPORE - Media OutReach Newswire - 4 May 2025 -",
            ("Singapore", "2025-05-04", "Media OutReach Newswire"),
            id="wire-bare-media-outreach",
        ),
        pytest.param(
            "ST. LOUIS, Mo., Sept. 8, 2022 – PRISM MediaWire (Press Release Service – Press Release Distribution) –",
            ("St. Louis, Mo.", "2022-09-08", "PRISM MediaWire"),
            id="wire-bare-with-qualifier",
        ),
        pytest.param(
            "SPRINGFIELD, Ill., April 15, 2024 --",
            ("Springfield, Ill.", "2024-04-15", None),
            id="ap-state-abbreviation-keeps-case",
        ),
        pytest.param(
            "Fairview Heights, NJ – January 27, 2014.",
            ("Fairview Heights, NJ", "2014-01-27", None),
            id="mixed-case-date-then-period",
        ),
        pytest.param(
            "RIO DE JANEIRO, 9 de agosto de 2023 --",
            ("Rio de Janeiro", "2023-08-09", None),
            id="all-caps-place-particle-lowered",
        ),
        pytest.param(
            "Sevilla, 3 de marzo de 2022.-",
            ("Sevilla", "2022-03-03", None),
            id="es-date-spanish-terminator",
        ),
        pytest.param(
            "München, 14. Januar 2021 –",
            ("München", "2021-01-14", None),
            id="de-date-day-dot-month",
        ),
        pytest.param(
            "PARIS, le 5 avril 2022 –",
            ("Paris", "2022-04-05", None),
            id="fr-article-before-date",
        ),
        pytest.param(
            "New Haven, CT (January 14, 2021) --",
            ("New Haven, CT", "2021-01-14", None),
            id="date-in-parentheses",
        ),
        pytest.param(
            "VANCOUVER, BC / ACCESSWIRE / January 14, 2021 /",
            ("Vancouver, BC", "2021-01-14", "Accesswire"),
            id="slash-separated-accesswire",
        ),
        pytest.param(
            "Calgary, Alberta--(Newsfile Corp. - January 14, 2021) -",
            ("Calgary, Alberta", "2021-01-14", "Newsfile"),
            id="wire-and-date-in-one-tag",
        ),
        pytest.param(
            "HELENA, MT, UNITED STATES, March 9, 2023 /EINPresswire.com/ --",
            ("Helena, MT, United States", "2023-03-09", "EIN Presswire"),
            id="ein-presswire-three-part-place",
        ),
        pytest.param(
            "BOULDER, Colo. (PRWEB) June 1, 2022",
            ("Boulder, Colo.", "2022-06-01", "PRWeb"),
            id="prweb-no-terminator",
        ),
        pytest.param(
            "June 1, 2022 — OMAHA —",
            ("Omaha", "2022-06-01", None),
            id="date-then-place",
        ),
        pytest.param(
            "ADELAIDE, SA, 2 June 2022 –",
            ("Adelaide, SA", "2022-06-02", None),
            id="region-code-that-is-also-a-legal-form",
        ),
        pytest.param(
            "14 January 2021 — CARDIFF —",
            ("Cardiff", "2021-01-14", None),
            id="day-first-date-then-place",
        ),
        pytest.param(
            "March 24, 2025 \u2013 Hood River, OR, Evertise Ai PR \u2013",
            ("Hood River, OR", "2025-03-24", "Evertise Ai PR"),
            id="date-first-then-mixed-case-place-and-wire",
        ),
        pytest.param(
            "March 24, 2025 \u2013 Acme Robotics Group \u2013",
            (None, "2025-03-24", None),
            id="date-first-then-a-name-is-not-a-place",
        ),
        pytest.param(
            "TAMPA, FL \u2014 APRIL 20, 2026 \u2014 (NOTICIAS NEWSWIRE) \u2014",
            ("Tampa, FL", "2026-04-20", "Noticias Newswire"),
            id="wire-tag-after-the-date",
        ),
        pytest.param(
            "SAN JOSE, CA / PR Karma / June 9, 2025 18:00",
            ("San Jose, CA", "2025-06-09", "PR Karma"),
            id="slash-wire-before-the-date",
        ),
        pytest.param(
            "Hamburg (ots) -",
            ("Hamburg", None, "news aktuell"),
            id="de-ots-tag",
        ),
    ],
)
def test_dateline_at_start_of_lead(dateline: str, expected: tuple[str | None, ...]) -> None:
    assert fields(release(f"{dateline} {LEAD}")) == expected


@pytest.mark.parametrize(
    ("dateline", "raw"),
    [
        pytest.param("NEW YORK, Jan. 14,  2021 /PRNewswire/ --", "NEW YORK, Jan. 14, 2021 /PRNewswire/ --", id="prn"),
        pytest.param("DENVER:", "DENVER:", id="colon"),
        pytest.param("(NewsUSA) -", "(NewsUSA) -", id="wire-only"),
    ],
)
def test_raw_is_the_dateline_as_printed(dateline: str, raw: str) -> None:
    found = extract_dateline(release(f"{dateline} {LEAD}"))
    assert found is not None and found.value.raw == raw


def test_dateline_wrapped_over_two_lines_of_the_lead() -> None:
    doc = release("NEW YORK, Jan. 14,\n2021 /PRNewswire/ -- " + LEAD)
    assert fields(doc) == ("New York", "2021-01-14", "PR Newswire")


def test_block_index_is_the_block_holding_the_dateline() -> None:
    doc = release("MEDIA RELEASE", f"DENVER, May 5, 2022 -- {LEAD}")
    found = extract_dateline(doc)
    assert found is not None
    assert doc.blocks[found.block_index].text.startswith("DENVER")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(("04 April 2020", LEAD), (None, "2020-04-04", None), id="date-line-day-first"),
        pytest.param(("Monday 17 August 2020", LEAD), (None, "2020-08-17", None), id="date-line-weekday"),
        pytest.param(("January 30, 2014", LEAD), (None, "2014-01-30", None), id="date-line-month-first"),
        pytest.param(
            ("FOR IMMEDIATE RELEASE\nMarch 3, 2022", LEAD), (None, "2022-03-03", None), id="for-immediate-release"
        ),
        pytest.param(
            ("FOR IMMEDIATE RELEASE June 8 2009 Contact Jo Smith 555 0100", LEAD),
            (None, "2009-06-08", None),
            id="for-immediate-release-run-on-line",
        ),
        pytest.param(
            ("PUBLISHED MAR 9, 2022 | BY THE CLEAN AIR COALITION", LEAD), (None, "2022-03-09", None), id="published"
        ),
        pytest.param(("Pressemitteilung vom 20.01.2022", LEAD), (None, "2022-01-20", None), id="de-pressemitteilung"),
        pytest.param(("Datum: 7. Februar 2023", LEAD), (None, "2023-02-07", None), id="de-datum-label"),
        pytest.param(("Freitag, 14. Januar 2021", LEAD), (None, "2021-01-14", None), id="de-date-line"),
        pytest.param(
            ("Hamburg, 03.11.2022, 101/22", LEAD), ("Hamburg", "2022-11-03", None), id="de-place-numeric-date"
        ),
        pytest.param(("Madrid, 14 de enero de 2021", LEAD), ("Madrid", "2021-01-14", None), id="es-place-date-line"),
        pytest.param(("Posted by Admin | September 2, 2021", LEAD), (None, "2021-09-02", None), id="cms-date-line"),
        pytest.param(
            ("October 3, 2017 | FOR IMMEDIATE RELEASE", f"HOUSTON – September 19, 2017 – {LEAD}"),
            ("Houston", "2017-09-19", None),
            id="dateline-date-beats-posting-date",
        ),
        pytest.param(
            ("October 12, 2017", LEAD, "GENEVA, SWITZERLAND"),
            ("Geneva, Switzerland", "2017-10-12", None),
            id="location-line-standing-alone",
        ),
        pytest.param(
            ("Embargoed until 00:01 GMT Tuesday 5 May 2020", LEAD),
            (None, "2020-05-05", None),
            id="embargo-only",
        ),
        pytest.param(
            ("Embargoed until 00:01 GMT Tuesday 5 May 2020", "4 May 2020", LEAD),
            (None, "2020-05-04", None),
            id="embargo-loses-to-release-date",
        ),
        pytest.param(
            ("Updated: 9 June 2021", "Published: 2 June 2021", LEAD),
            (None, "2021-06-02", None),
            id="updated-loses-to-published",
        ),
        pytest.param(("March 3, 2021 – " + LEAD,), (None, "2021-03-03", None), id="date-then-body-no-location"),
        pytest.param(
            ("Latest news", "Acme wins design award", "February 2, 2021", "Acme Opens Plant", "March 3, 2021", LEAD),
            (None, "2021-03-03", None),
            id="date-line-nearest-the-lead-beats-news-list",
        ),
    ],
)
def test_release_date_lines(lines: tuple[str, ...], expected: tuple[str | None, ...]) -> None:
    assert fields(release(*lines)) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        pytest.param(
            "Press release distributed by Media Pigeon on behalf of Clean Air Coalition, on Jan 14, 2021.",
            (None, "2021-01-14", "Media Pigeon"),
            id="distributed-by-on-behalf-of",
        ),
        pytest.param(
            "News release issued by a newsroom service on behalf of Acme, on 2 March 2022.",
            (None, "2022-03-02", None),
            id="distributed-by-unknown-service",
        ),
        pytest.param("Source: Acme Robotics Inc. via Cision", None, id="source-via-cision-no-date"),
        pytest.param("THURSDAY, 20 AUGUST 2020", (None, "2020-08-20", None), id="closing-date-line"),
        pytest.param(
            "View original content: https://www.prnewswire.com/news-releases/acme-opens-plant-301.html",
            None,
            id="view-original-content-link",
        ),
        pytest.param(
            "View source version on newsdirect.com: https://newsdirect.com/news/acme-opens-plant-123",
            (None, None, "News Direct"),
            id="view-source-version-line",
        ),
        pytest.param(
            "The post Acme Robotics Opens Its First Plant appeared first on citybiz.",
            (None, None, "citybiz"),
            id="blog-feed-appeared-first-on-a-wire",
        ),
        pytest.param(
            "The post Acme Robotics Opens Its First Plant appeared first on Springfield Daily.",
            "none",
            id="appeared-first-on-a-site-that-is-no-wire",
        ),
        pytest.param(
            "PRESS RELEASE DISTRIBUTED BY Media Pigeon – İstanbul, 3 K\u212a",
            (None, None, "Media Pigeon"),
            id="cue-in-capitals-in-a-text-that-is-not-ascii",
        ),
        pytest.param("Release d\u0130stributed by Media Pigeon", "none", id="dotted-capital-i-is-no-i"),
    ],
)
def test_closing_lines(tail: str, expected: tuple[str | None, ...] | str | None) -> None:
    found = fields(release(LEAD, tail=tail))
    if expected == "none":
        assert found is None
    elif expected is None:  # a wire alone: no location or date printed
        assert found is not None and found[:2] == (None, None) and found[2] in ("Cision", "PR Newswire")
    else:
        assert found == expected


def test_wire_from_closing_line_joins_printed_dateline() -> None:
    doc = release(f"STOCKHOLM, March 24, 2025 -- {LEAD}", tail="Source: Acme Robotics AB via Cision")
    assert fields(doc) == ("Stockholm", "2025-03-24", "Cision")


def _html(meta_date: str, body: str) -> Document:
    page = (
        "<html><head><title>Acme</title>"
        f'<meta property="article:published_time" content="{meta_date}"></head>'
        f"<body><h1>Acme Robotics Opens Its First Plant</h1>{body}<p>{SECOND}</p></body></html>"
    )
    return build_document(page.encode(), format="html")


def test_metadata_date_when_nothing_is_printed() -> None:
    assert fields(_html("2022-10-19T13:14:00", f"<p>{LEAD}</p>")) == (None, "2022-10-19", None)


def test_printed_date_beats_metadata() -> None:
    doc = _html("2022-10-21T08:00:00+02:00", f"<p>18 October 2022</p><p>{LEAD}</p>")
    assert fields(doc) == (None, "2022-10-18", None)


def test_metadata_beats_an_updated_line() -> None:
    doc = _html("2022-10-19", f"<p>Last updated: 25 October 2022</p><p>{LEAD}</p>")
    assert fields(doc) == (None, "2022-10-19", None)


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(("USA: report on detention centres proves abuse was policy", LEAD), id="headline-with-colon"),
        pytest.param(("Contact: Jane Doe, Acme Robotics", LEAD), id="contact-label"),
        pytest.param(("Hitze, Dürre, Starkregen: " + LEAD,), id="de-noun-list-before-colon"),
        pytest.param(("Jane Doe – " + LEAD,), id="name-and-dash"),
        pytest.param(
            ("Office: 555-0100\nAcme Robotics today said it will hire more staff this year.", LEAD), id="label"
        ),
        pytest.param(("On January 14, 2021, " + LEAD,), id="sentence-starting-with-date"),
        pytest.param(("BACKGROUND: " + LEAD,), id="all-caps-label"),
        pytest.param(("ACME ROBOTICS INC. – " + LEAD,), id="all-caps-company-name"),
    ],
)
def test_no_location_from_labels_headlines_and_sentences(lines: tuple[str, ...]) -> None:
    found = fields(release(*lines))
    assert found is None or found[0] is None


def test_later_place_in_the_story_is_not_the_dateline() -> None:
    doc = release(LEAD, SECOND, f"LONDON, 14 January 2021 – {LEAD}")
    assert fields(doc) is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ("BERLIN, May 3, 2022 –", "NEW YORK, Jan. 14, 2021 /PRNewswire/ -- " + LEAD),
            ("New York", "2021-01-14", "PR Newswire"),
            id="a-fuller-dateline-after-place-and-date",
        ),
        pytest.param(
            ("BERLIN, May 3, 2022 –", "NEW YORK /PRNewswire/ -- " + LEAD),
            ("Berlin", "2022-05-03", None),
            id="place-and-wire-do-not-beat-place-and-date",
        ),
        pytest.param(
            ("BERLIN (AP) –", "NEW YORK, Jan. 14, 2021 – " + LEAD),
            ("Berlin", None, "AP"),
            id="place-and-date-do-not-beat-place-and-wire",
        ),
    ],
)
def test_the_fullest_dateline_of_the_header_is_taken(lines: tuple[str, ...], expected: tuple[str, ...]) -> None:
    # After a dateline with two of place, date and wire, only one with all three counts: lines without a
    # year (no date) are not read (dateline._best_dateline).
    assert fields(release(*lines)) == expected


def test_no_dateline_at_all() -> None:
    assert extract_dateline(release(LEAD)) is None


@pytest.mark.parametrize("text", ["\u0390", "PR \u0130stanbul", "Stra\u00dfe Wire"])
def test_a_wire_key_is_its_own_key(text: str) -> None:
    # Case folding can add combining marks ("ΐ"): the key is folded before what is no letter or digit goes.
    assert wire_key(wire_key(text)) == wire_key(text)


def test_every_wire_key_names_one_service() -> None:
    keys = [wire_key(a) for s in WIRE_SERVICES for a in {wire_key(x): x for x in (*s.names, *s.tags)}.values()]
    assert len(keys) == len(set(keys)) == len(WIRE_BY_KEY)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(("FOR IMMEDIATE RELEASE", "May 3, 2022", "PORT HAVEN", "– " + LEAD), "Port Haven", id="own-block"),
        pytest.param(("May 3, 2022", "EAST BRIDGEWORTH\n– " + LEAD), "East Bridgeworth", id="line-above-the-lead"),
        pytest.param(("May 3, 2022", "PORT HAVEN", "-- " + LEAD), "Port Haven", id="double-hyphen"),
        pytest.param(("May 3, 2022", "Port Haven", "– " + LEAD), None, id="mixed-case-line-is-a-heading"),
        pytest.param(("May 3, 2022", "ACME ROBOTICS INC.", "– " + LEAD), None, id="company-name-in-capitals"),
        pytest.param(("May 3, 2022", "FOR IMMEDIATE RELEASE", "– " + LEAD), None, id="release-label"),
        pytest.param(("PORT HAVEN", "May 3, 2022", LEAD), None, id="no-dash-opens-the-lead"),
    ],
)
def test_place_line_above_a_lead_opening_with_a_dash(lines: tuple[str, ...], expected: str | None) -> None:
    found = fields(release(*lines))
    assert found is not None and found[0] == expected
    assert found[1] == "2022-05-03"  # the date line still gives the date


@pytest.mark.parametrize(
    ("words", "flags", "subjects"),
    [
        pytest.param(
            ["points out", "pointed", "points", "said", "says", "say", "so"],
            0,
            ["she points out that", "he says so", "they say", "Said Jane", "sayso", "pointedly"],
            id="verbs-case-sensitive",
        ),
        pytest.param(
            ["PR Newswire Asia", "PR Newswire", "PRWeb", "pr.com", "Presswire", "Business Wire"],
            re.IGNORECASE,
            ["pr newswire asia", "PR NEWSWIRE", "Prweb", "PR.com", "presswire", "BUSINESS WIRE", "PR Web"],
            id="names-case-blind",
        ),
    ],
)
def test_an_alternation_gathered_under_first_letters_matches_as_the_flat_one(words, flags, subjects) -> None:
    gathered = re.compile(rf"\b{alternation(words, re.escape, ignore_case=bool(flags))}\b", flags)
    flat = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", flags)
    for subject in subjects:
        assert [m.span() for m in gathered.finditer(subject)] == [m.span() for m in flat.finditer(subject)], subject


def test_an_alternation_needs_patterns_that_start_with_the_first_character() -> None:
    with pytest.raises(ValueError):
        alternation(["said"], lambda word: "(?:" + word + ")")


@pytest.mark.parametrize(
    ("line", "head_length"),
    [
        pytest.param("NEW YORK, Jan. 14, 2021 -- Acme", 32, id="short-line"),
        pytest.param("NEW  YORK -- " + "word " * 300, 320, id="long-line"),
        pytest.param("NEW YORK -- " + "\u200b" * 700 + "word " * 10, 320, id="invisible-characters-make-it-short"),
        pytest.param("NEW YORK -- " + "w\u200bord " * 200, 320, id="invisible-characters-inside-words"),
    ],
)
def test_a_lines_collapsed_length_is_exact_where_the_head_reads_it(line, head_length) -> None:
    from prparse.extractors.dateline import _collapsed_length
    from prparse.normalise import collapse

    exact = len(collapse(line))
    found = _collapsed_length(line, head_length)
    assert found == exact if exact < head_length else found >= head_length


def test_closing_wire_cues_can_be_looked_up_in_ascii_lowered_bytes() -> None:
    # dateline._cues_in relies on this: normalise.ascii_lowered screens for ASCII cues without a "k".
    from prparse.rules import dateline as rules

    cues = [phrase for group in rules.CLOSING_WIRE_CUES_BY_WORD.values() for _encoded, phrase, _kind, _at in group]
    assert sorted(cues) == sorted(phrase for phrase, _kind in rules.CLOSING_OTHER_CUES)
    cues += [phrase for phrase, _kind in rules.CLOSING_VERB_CUES]
    assert sorted(cues) == sorted(phrase for phrase, _kind in rules.CLOSING_WIRE_CUES)
    assert all(cue.isascii() and "k" not in cue for cue in cues)
    # A text without a key holds none of the phrases gathered under it.
    assert all(
        key in encoded for key, group in rules.CLOSING_WIRE_CUES_BY_WORD.items() for encoded, _p, _k, _a in group
    )
    assert all(key.isascii() and "k" not in key for key in rules.CLOSING_WIRE_CUE_KEYS)


def test_distribution_phrases_can_be_looked_up_in_ascii_lowered_bytes() -> None:
    # dateline._may_hold_distribution_line relies on this, as _cues_in does on the test above.
    from prparse.rules import dateline as rules

    assert all(phrase.isascii() and "k" not in phrase for phrase in rules.DISTRIBUTION_PHRASES)
    encoded = {rules.DISTRIBUTION_BEHALF} | {
        rules.DISTRIBUTION_RELEASE + verb for verb in rules.DISTRIBUTION_VERBS_ENCODED
    }
    assert encoded == {phrase.encode() for phrase in rules.DISTRIBUTION_PHRASES}
    # Every match of the pattern holds one of the phrases.
    for sample in (
        "distributed by Media Pigeon on behalf of Acme",
        "Press release issued by Acme",
        "news release sent",
    ):
        assert rules.DISTRIBUTION_LINE.search(sample.lower()) is not None
        assert any(phrase in sample.lower() for phrase in rules.DISTRIBUTION_PHRASES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Press release distributed by Acme Wire", True, id="release-verb"),
        pytest.param("Sent ON BEHALF OF Acme – “quoted”", True, id="behalf-any-case-non-ascii"),
        pytest.param("The press release was later sent", False, id="release-then-other-word"),
        pytest.param("Press releases distributed by Acme", False, id="plural"),
        pytest.param("Ünïcödé release   issued", False, id="spaces-differ"),
        pytest.param("The release\u212a release published", True, id="kelvin-sign-then-phrase"),
    ],
)
def test_may_hold_distribution_line_is_the_phrase_test_on_the_lowered_text(text, expected) -> None:
    from prparse.extractors.dateline import _may_hold_distribution_line
    from prparse.normalise import lower_each
    from prparse.rules import dateline as rules

    assert _may_hold_distribution_line(text) is expected
    assert any(phrase in lower_each(text) for phrase in rules.DISTRIBUTION_PHRASES) is expected


def test_closing_wire_cue_only_in_an_about_section_names_no_wire() -> None:
    # A cue printed only in an About section counts for nothing.
    from prparse.extractors.dateline import extract_dateline
    from prparse.pipeline import build_document

    about = "About Acme\n\nAcme sells tools. Its news is distributed by PR Newswire to editors."
    doc = build_document(f"Acme Wins\n\nAcme won a prize today for its tools, the jury said.\n\n{about}")
    found = extract_dateline(doc)
    assert found is None or found.value.wire is None
    doc = build_document("Acme Wins\n\nAcme won a prize today.\n\nThis release was distributed by PR Newswire.")
    assert extract_dateline(doc).value.wire == "PR Newswire"


@pytest.mark.parametrize(
    "head",
    [
        "Contact: Robin Hale (Robin.Hale@harborcenter.example) 612-436-0142, National toll-free",
        "NEW YORK, Jan. 14, 2021 /PRNewswire/ -- Acme",
        "PARIS, le 14 janvier 2021 - Acme",
        "Berlin, den 14. Januar 2021 – Acme",
        "WASHINGTON, Jan. 14 (AP) — The",
        "Mayor 14, 2021 - Acme said",
        "BOSTON, Monday 17 August 2020 -- Acme",
        "SAN FRANCISCO--(BUSINESS WIRE)--March 3, 2020--Acme",
        "Datum:26. Januar 2022",
        "MADRID, 14 de enero de 2021.- Acme",
        "Springfield, Sept 3 2020 - the city",
        "LONDON, LE 14 2021 - x",
        "Am 14. Januar 2021 – Berlin",
    ],
)
def test_a_part_opening_with_a_word_no_date_opens_with_is_read_as_before(
    head: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dates are not read where a word opens that is no month, weekday or article: what is read is the same."""
    from prparse.extractors import dateline_parts

    screened = dateline_parts.read_head(head)
    monkeypatch.setattr(dateline_parts, "_may_open_date", lambda _head, _pos: True)
    assert screened == dateline_parts.read_head(head)


@pytest.mark.parametrize(
    "head",
    [
        "Contact: Robin Hale (Robin.Hale@harborcenter.example) 612-436-0142, National toll-free",
        "The awards are an extension of GIVE A LITTLE, the network's campaign",
        "According to the American Medical Association, 3.7 million",
        "News Direct - January 14, 2021 - Acme",
        "Press Services, Jan. 14, 2021 - Acme",
        "Media Pigeon (January 14, 2021) -- Acme",
        "Contact, Berlin - Acme",
        "Contact Berlin, Germany, Jan. 14, 2021 - Acme",
        "Source 12 March 2021 - Acme",
        "Update 14 Jan 2021 -- Acme",
        "Dr. Jane Roe, Jan. 14, 2021 - x",
        "Dr Jane Roe, Jan. 14, 2021 - x",
        "Press-Kit BERLIN - x",
        "Press's Berlin - x",
        "Released2021 - x",
        "Date: January 14, 2021",
        "AUTHOR\u2019s NOTE: x",
        "Media \u2013 Berlin, 14 January 2021 \u2013 x",
    ],
)
def test_a_head_opening_on_a_label_word_is_read_as_before(head: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """read_head gives up at once on a label's word set apart (dateline_parts._opens_on_a_label): what it
    gives is what reading the head part by part gives."""
    from prparse.extractors import dateline_parts

    screened = dateline_parts.read_head(head)
    monkeypatch.setattr(dateline_parts, "_opens_on_a_label", lambda _head, _start: False)
    assert screened == dateline_parts.read_head(head)


def test_label_words_are_words_a_place_word_holds_whole() -> None:
    from prparse.rules import dateline as rules

    assert rules.LABEL_WORDS and all(word.isalpha() and len(word) < 25 for word in rules.LABEL_WORDS)
    assert rules.LABEL_WORDS.isdisjoint(rules.DATE_OPENING_WORDS)


def test_every_release_date_cue_holds_a_cue_key() -> None:
    """dateline._may_hold_cue relies on it: each alternative of the cue pattern opens on letters holding a key."""
    from re import _parser as sre_parse

    from prparse.rules import dateline as rules

    (op, (_none, branches)), *_rest = sre_parse.parse(rules.RELEASE_DATE_CUE.pattern)
    assert op is sre_parse.BRANCH and len(branches) == rules.RELEASE_DATE_CUE.pattern.count("|") + 1
    for branch in branches:
        opening = "".join(chr(value) for _op, value in takewhile(lambda item: item[0] is sre_parse.LITERAL, branch))
        assert any(cue_key in opening.lower() for cue_key in rules.RELEASE_DATE_CUE_KEYS), opening


@pytest.mark.parametrize(
    ("line", "number", "prose"),
    [
        ("14 January 2021 \u2013 Acme today said " + "it will grow. " * 10, 0, True),
        ("** Monday, 14 January 2021: Acme today said " + "it will grow. " * 10, 0, False),
        ("Acme today said it will grow from 14 January 2021 on, " + "it says. " * 12, 0, True),
        ("FOR IMMEDIATE RELEASE " + "Acme grows. " * 10 + "Published 14 January 2021", 0, True),
        ("\u0130SSUED 14 January 2021 " + "Acme grows. " * 12, 1, True),
        ("Embargoed until 14 January 2021, " + "Acme grows. " * 12, 2, True),
        ("14 January 2021 \u2013 Acme today said " + "it will grow. " * 10, 1, True),
        ("2019 " + "x" * 30 + " results: 14 January 2021 " + "Acme grows. " * 10, 0, False),
    ],
)
def test_a_long_line_without_a_cue_is_read_for_its_opening_date_only(
    line: str, number: int, prose: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cue screen of _date_line finds what reading the whole line finds."""
    from prparse.document import Block, BlockKind
    from prparse.extractors import dateline

    block = Block(0, BlockKind.PARAGRAPH, line)
    found = dateline._date_line(block, number, line, prose)
    monkeypatch.setattr(dateline, "_may_hold_cue", lambda _text: True)
    assert found == dateline._date_line(block, number, line, prose)


@pytest.mark.parametrize(
    ("head", "reads"),
    [
        pytest.param("Contact: Dana Whitcomb HARBOR Center 612-436-0142", False, id="label"),
        pytest.param("The grants are an extension of READ TOGETHER WEEK, the council", False, id="sentence"),
        pytest.param("Ridgeway Supply, Inc. 201-436-7788", False, id="organisation"),
        pytest.param("Jan. 14, 2021 - ACME CORP – Acme today", False, id="late-organisation"),
        pytest.param("NEW YORK, Jan. 14, 2021 /PRNewswire/ -- Acme", True, id="place"),
    ],
)
def test_a_location_no_place_opens_ends_the_reading(head: str, reads: bool) -> None:
    """A location that a label, a sentence or an organisation opens would fail `_plausible_location`:
    the reading stops there, and no dateline is read."""
    from prparse.extractors import dateline_parts

    assert (dateline_parts.read_head(head) is not None) is reads


@pytest.mark.parametrize(
    "head",
    [
        "NEW YORK, Jan. 14, 2021 /PRNewswire/ -- Acme",
        "NEW YORK Jan. 14, 2021 - Acme",
        "Maple Heights, NJ – January 27, 2014. Ridgeway",
        "BAAR, SWITZERLAND",
        "St. John's, Newfoundland – Acme",
        "Stuttgart-Vaihingen, 14. Januar 2021",
        "Berlin, 28.10.2021 - Acme",
        "SANTA ANA Sept 3 – the city",
        "Agence France-Presse Mar 3",
    ],
)
def test_a_location_part_without_a_digit_is_not_cut(head: str) -> None:
    """_cut_at_date settles a digitless part without looking for dates: it cuts where the full look does."""
    from prparse.extractors import dateline_parts
    from prparse.extractors.dateline_parts import _partial_date, find_date, rules

    def full_look(start: int, end: int) -> int | None:
        found = find_date(head[:end], start) if rules.YEAR_HINT.search(head, start, end + 12) else None
        partial = _partial_date(head, start, end)
        cut = len(head[: min(found.start if found else end, partial[0] if partial else end)].rstrip())
        return cut if cut > start else None

    for start in range(len(head)):
        match = rules.LOCATION_PART.match(head, start)
        if match is not None:
            assert dateline_parts._cut_at_date(head, start, match.end()) == full_look(start, match.end())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Acme was founded by Jane Roe and hosted on a server.",
        "This release was DISTRIBUTED BY Media Pigeon on behalf of Acme, issued on Jan 14 and Sent via Cision.",
        "It was redistributed by hand, transmitted through fibre, presented by Acme, represent on stage.",
        "Issued By\nEIN Presswire; disseminated  by X; sent\tby Y; issued by; DistributeD VIA Z; sent through it",
        "Source: Acme via Cision\nView original content: https://www.prnewswire.com/x\nView source version on x",
        "The post Acme Wins appeared first on citybiz. Originally published at x. \u201cquoted\u201d",
        "ed by ed on ed via sent by sent by issued via issued via ISSUED THROUGH \u0130SSUED BY",
        "original press release, view original content",
        "source version of the view source version",
        "originally " * 25 + "View Original Content",
        " via " * 30 + "appeared first on x",
        "original/source press release",
        "hosted by " * 210 + "issued on x, sent by y, transmitted via z",
        "hosted by " * 210,
        "distributed by " * 12 + "issued on x",
    ],
)
def test_closing_wire_cues_are_those_the_lowered_text_holds(text: str) -> None:
    """dateline._cues_in finds the verb phrases by their endings: it finds what a search for each finds."""
    from prparse.extractors.dateline import _cues_in
    from prparse.normalise import lower_each
    from prparse.rules import dateline as rules

    expected = {(phrase, kind) for phrase, kind in rules.CLOSING_WIRE_CUES if phrase in lower_each(text)}
    found = _cues_in(text)
    assert len(found) == len(set(found))
    assert set(found) == expected


def test_closing_wire_cues_in_generated_text() -> None:
    import random

    from prparse.extractors.dateline import _cues_in
    from prparse.normalise import lower_each
    from prparse.rules import dateline as rules

    rng = random.Random(5)
    words = [*rules.CLOSING_VERBS, *rules.CLOSING_PREPOSITIONS, "re", "ed", "sent", "source", "version", "original"]
    words += ["view", "appeared", "first", "press", "release", "via", "Acme", "x"]
    for _ in range(500):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 12))]
        parts = [part.upper() if rng.random() < 0.2 else part for part in parts]
        text = "".join(part + rng.choice([" ", " ", " ", "  ", "\n", "", "/"]) for part in parts)
        expected = {(phrase, kind) for phrase, kind in rules.CLOSING_WIRE_CUES if phrase in lower_each(text)}
        assert set(_cues_in(text)) == expected, text


def test_closing_wire_cues_are_looked_for_in_line_heads_only() -> None:
    """_closing_wire looks for the cues in each line's head (_line_heads): it names the wire that a search of
    the whole text names, for cues at every distance into a line, long lines and short."""
    import random

    from prparse.extractors import dateline as module
    from prparse.rules import dateline as rules

    rng = random.Random(11)
    cues = [phrase for phrase, _kind in rules.CLOSING_WIRE_CUES] + ["Source: Acme via ", "View original content: "]
    wires = [service.names[0] for service in WIRE_SERVICES[:8]] + ["Acme", "https://www.prnewswire.com/x"]
    filler = "Acme makes tools for people who build things. "
    texts = []
    for _ in range(300):
        lines = []
        for _ in range(rng.randint(1, 4)):
            lead = (filler * 4)[: rng.choice([0, 3, 50, 95, 99, 100, 101, 102, 120, 180])]
            lines.append(lead + rng.choice(cues) + rng.choice(wires) + rng.choice(["", ".", " " + filler * 3]))
        texts.append("Acme Wins\n\n" + "\n".join(lines))
    whole = {}
    reach = rules.CLOSING_CUE_LINE_REACH
    try:
        rules.CLOSING_CUE_LINE_REACH = 10**9  # no line cut: the whole text searched
        for text in texts:
            whole[text] = module._closing_wire(build_document(text))
    finally:
        rules.CLOSING_CUE_LINE_REACH = reach
    assert sum(wire is not None for wire in whole.values()) > 100
    assert sum(wire is None for wire in whole.values()) > 20
    for text in texts:
        assert module._closing_wire(build_document(text)) == whole[text], text
