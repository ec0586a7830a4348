"""Headline and subheadline: the release's own title as printed, and the deck set off under it."""

from __future__ import annotations

import re

import pytest

from prparse.document import Candidate
from prparse.extractors.headline import (
    _ascii_key_length,
    _key_longer,
    _reduced,
    _repeats_description,
    _repeats_headline,
    _skippable,
    extract_headline,
    extract_subheadline,
    header_lines,
    is_date_line,
    is_preamble,
    key,
    key_prefix,
    longest_word,
    without_date_prefix,
)
from prparse.rules.header import DATE_LINE, DATE_PREFIX

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]
from prparse.pipeline import build_document

LEDE = (
    "The foundation said on Tuesday that the new programme will reach twelve thousand pupils in "
    "forty schools across the region over the next three years."
)
WIRE_LEDE = (
    "PORTLAND, Ore., March 3, 2025 /PRNewswire/ -- Cedar Valley Robotics, Inc. (NASDAQ: CVRB), a maker of "
    "warehouse robots, today announced a new partnership with two regional grocers."
)


def headline(text: str, *, html: bool = False) -> str | None:
    doc = build_document(text, format="html") if html else build_document(text)
    found = extract_headline(doc)
    return found.value if found else None


def deck(text: str, *, html: bool = False) -> str | None:
    doc = build_document(text, format="html") if html else build_document(text)
    found = extract_subheadline(doc, extract_headline(doc))
    return found.value if found else None


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


HTML_BODY = "".join(f"<p>{LEDE} Paragraph {n} adds more detail about the schools.</p>" for n in range(3))


# --- text and Markdown headlines -------------------------------------------------------------

TEXT_HEADLINES = [
    pytest.param(f"Schools get new reading programme\n\n{LEDE}", "Schools get new reading programme", id="first-line"),
    pytest.param(f"# Harbour Trust opens archive\n\n{LEDE}", "Harbour Trust opens archive", id="markdown-heading"),
    pytest.param(
        f"MEDIA RELEASE\n\nNEW FERRY ROUTE FOR ISLAND TOWNS\n\n12 May 2023\n\n{LEDE}",
        "New Ferry Route for Island Towns",
        id="media-release-label-all-caps-normal-cased",
    ),
    pytest.param(
        f"FOR IMMEDIATE RELEASE\n\nRiverside council adopts climate plan\n\n{LEDE}",
        "Riverside council adopts climate plan",
        id="for-immediate-release-label",
    ),
    pytest.param(
        f"The Hon Jane Citizen MP\nMinister for Transport\n\nThe Hon Sam Doe MP\nMinister for Regions\n\n"
        f"JOINT MEDIA RELEASE\n\nMonday 3 July 2023\n\nRail upgrade for the north coast\n\n{LEDE}",
        "Rail upgrade for the north coast",
        id="letterhead-joint-media-release-date",
    ),
    pytest.param(
        "PAT MORGAN MP\nSHADOW MINISTER FOR HOUSING\nMEMBER FOR EASTWOOD\n\n"
        "RENTERS LEFT BEHIND BY\nTHE BUDGET AGAIN\n\n"
        "The Government has ignored renters once more\nin this budget.",
        "Renters Left Behind by the Budget Again",
        id="caps-letterhead-and-headline-broken-over-lines",
    ),
    pytest.param(
        "March 2, 2022 Contact: Lee Park\nCounty Prosecutor's Office\n555-201-3344 (Office)\nlee.park@county.example\n"
        f"Driver sentenced to ten years for fatal crash\n{LEDE}",
        "Driver sentenced to ten years for fatal crash",
        id="contact-block-before-headline",
    ),
    pytest.param(
        f"Pressemitteilung\n\nStadt eröffnet neue Bibliothek im Hafen\n\n{LEDE}",
        "Stadt eröffnet neue Bibliothek im Hafen",
        id="german-pressemitteilung-label",
    ),
    pytest.param(
        f"Nota de prensa\n\nEl puerto estrena una terminal solar\n\n{LEDE}",
        "El puerto estrena una terminal solar",
        id="spanish-nota-de-prensa-label",
    ),
    pytest.param(f"{WIRE_LEDE}\n\n{LEDE}", None, id="release-opening-with-a-dateline-has-none"),
    pytest.param(
        f"Department of Coastal Affairs\n\nFOR IMMEDIATE RELEASE\n\n3 March 2024\n\n"
        f"Minister Walsh announces new harbour fund\n\n{LEDE}",
        "Minister Walsh announces new harbour fund",
        id="letterhead-organisation-and-headline-opening-with-minister",
    ),
    pytest.param(
        "Council backs new cycle lanes | News | City of Northport\nSkip to content\n"
        f"Council backs new cycle lanes\n{LEDE}",
        "Council backs new cycle lanes",
        id="page-title-pipe-suffix",
    ),
    pytest.param(
        f"Tenants win rent case - Office of the Public Advocate\nMenu\nTenants win rent case\n{LEDE}",
        "Tenants win rent case",
        id="page-title-dash-suffix-when-title-recurs",
    ),
    pytest.param(
        f"UN-Klimagipfel - Hilfswerk fordert mehr Vorsorge\n\n{LEDE}",
        "UN-Klimagipfel - Hilfswerk fordert mehr Vorsorge",
        id="dash-inside-headline-kept",
    ),
    pytest.param(
        "MEDIA ADVISORY: Court hearing moved to Friday - County Attorney\nNews\n"
        f"MEDIA ADVISORY: Court hearing moved to Friday\n{LEDE}",
        "Court hearing moved to Friday",
        id="media-advisory-prefix-dropped",
    ),
    pytest.param(
        "May05,200809:15 AM EDTSenator seeks review of port fundsBy JOHN ROE Associated Press WriterBOSTON (AP) _ "
        + LEDE * 3,
        "Senator seeks review of port funds",
        id="glued-wire-story-before-byline",
    ),
    pytest.param(
        "Mayor Announces Park Plan Both Mayor Announces Park Plan FOR IMMEDIATE RELEASE June 1 2009 " + LEDE * 2,
        "Mayor Announces Park Plan",
        id="glued-page-title-printed-twice",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXT_HEADLINES)
def test_text_headline(text: str, expected: str | None) -> None:
    assert headline(text) == expected


def test_headline_carries_its_block() -> None:
    doc = build_document(f"MEDIA RELEASE\n\nFerry route opens\n\n{LEDE}")
    found = extract_headline(doc)
    assert found is not None and doc.blocks[found.block_index].text == "Ferry route opens"


# --- HTML headlines --------------------------------------------------------------------------

HTML_HEADLINES = [
    pytest.param(
        page(
            "<title>Grants for rural clinics | Newsroom | Health Agency</title>",
            f"<h1>Grants for rural clinics</h1>{HTML_BODY}",
        ),
        "Grants for rural clinics",
        id="h1-agrees-with-title-minus-suffix",
    ),
    pytest.param(
        page(
            "<title>Press Releases - Library and Museum Join Forces</title>",
            "<h1>Press Release</h1><p>May 1, 2020</p>"
            f"<h2>Library and Museum Join Forces on Summer Reading</h2>{HTML_BODY}",
        ),
        "Library and Museum Join Forces on Summer Reading",
        id="generic-h1-label-then-own-heading",
    ),
    pytest.param(
        page(
            "<title>Agency X - Press list 2022 - Drones banned near airports</title>"
            '<meta property="og:title" content="Drones banned near airports">',
            f"<h1>Agency X (AX)</h1><ul><li>Menu</li></ul><h1>Drones banned near airports</h1>{HTML_BODY}",
        ),
        "Drones banned near airports",
        id="site-name-h1-outvoted-by-og-title",
    ),
    pytest.param(
        page(
            '<title>Ortsverband Nord - Neue Kita eröffnet</title><meta name="author" content="Ortsverband - Nord">',
            HTML_BODY,
        ),
        "Neue Kita eröffnet",
        id="no-heading-title-part-not-resembling-site",
    ),
    pytest.param(
        page("<title>Press Releases</title>", f"<h1>Press Releases</h1><h2>Summer camp opens for all</h2>{HTML_BODY}"),
        "Summer camp opens for all",
        id="generic-h1-and-title",
    ),
    pytest.param(
        page("<title>News</title>", f"<h2>TOWN HALL TO HOST JOBS FAIR</h2>{HTML_BODY}"),
        "Town Hall to Host Jobs Fair",
        id="all-caps-heading-normal-cased",
    ),
]


@pytest.mark.parametrize(("html", "expected"), HTML_HEADLINES)
def test_html_headline(html: str, expected: str | None) -> None:
    assert headline(html, html=True) == expected


# --- subheadlines ----------------------------------------------------------------------------

DECKS = [
    pytest.param(
        f"River clean-up draws record crowd\n\nPUBLISHED JUN 2, 2022\nBY HARBOUR TRUST\n\n"
        f"Volunteers collected four tonnes of waste\n\n{LEDE}",
        "Volunteers collected four tonnes of waste",
        id="deck-after-published-and-byline-lines",
    ),
    pytest.param(
        f"## Observatory wins new telescope\n\n### Funding Will Support A Decade Of Research\n\n{LEDE}",
        "Funding Will Support A Decade Of Research",
        id="markdown-heading-under-heading",
    ),
    pytest.param(
        f"# Bakery marks 20 years\n\n*A family business that grew with its town*\n\n{LEDE}",
        "A family business that grew with its town",
        id="italic-summary-line",
    ),
    pytest.param(
        "# Bakery marks 20 years\n\nLocal Favourite Celebrates Two Decades\n\n"
        "Springfield, United States - March 1, 2024 / Main Street Bakery / The bakery celebrates.",
        "Local Favourite Celebrates Two Decades",
        id="summary-line-before-dateline",
    ),
    pytest.param(f"# Bakery marks 20 years\n\n{WIRE_LEDE}", None, id="dateline-paragraph-is-body"),
    pytest.param(
        f"# Bakery marks 20 years\n\n**{LEDE} Teachers will be trained first.**\n\nMore text follows here.",
        None,
        id="bold-first-paragraph-is-body",
    ),
    pytest.param(
        "# Study links sleep and memory\n\nResearch Highlights:\n\n- Adults slept less\n- Memory fell\n\n" + LEDE,
        None,
        id="key-points-list-is-not-a-deck",
    ),
    pytest.param(
        "ROADS FUND DOUBLED\n\nThe Government has confirmed that it plans to press ahead\n\n"
        "with legislation to double the fund.",
        None,
        id="hard-wrapped-first-paragraph",
    ),
    pytest.param(
        "Schools get a new reading programme\n\nThe programme starts in September in all primary schools.\n\n" + LEDE,
        None,
        id="one-sentence-first-paragraph",
    ),
    pytest.param(
        "Orchard co-op raises new funds\n\nHill country growers' co-op set to double its cold storage.\n\n"
        "May 2, 2025 \u2013 Hood River, OR, Acme Newswire \u2013 The co-op closed its round. " + LEDE,
        "Hill country growers' co-op set to double its cold storage.",
        id="sentence-deck-above-a-date-first-dateline",
    ),
    pytest.param(
        "# Bakery marks 20 years\n\nPORTLAND, OR / Acme Newswire / March 1, 2024 10:00\n\n" + LEDE,
        None,
        id="slash-dateline-line-is-not-a-deck",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DECKS)
def test_text_subheadline(text: str, expected: str | None) -> None:
    assert deck(text) == expected


HTML_DECKS = [
    pytest.param(
        page(
            '<title>Fund for flood recovery | News | Parliament</title><meta name="description" '
            'content="New rules let regions spend funds on repairs after floods.">',
            "<h1>Fund for flood recovery</h1><p>Press Releases</p><p>12-03-2024 - 10:00</p>"
            "<p>Repairs can be paid faster</p><p>Farmers can be compensated</p>"
            f"<p>New rules let regions spend funds on repairs after floods.</p>{HTML_BODY}",
        ),
        "New rules let regions spend funds on repairs after floods.",
        id="standfirst-matching-meta-description",
    ),
    pytest.param(
        page("", f"<h1>Helpline extends hours</h1><h2>Calls now answered until midnight</h2>{HTML_BODY}"),
        "Calls now answered until midnight",
        id="h2-under-h1",
    ),
    pytest.param(
        page("", f"<h2>Helpline extends hours</h2><p><strong>Join the campaign today!</strong></p>{HTML_BODY}"),
        "Join the campaign today!",
        id="bold-summary-line",
    ),
    pytest.param(
        page(
            '<meta name="description" content="Vor dem Gipfel ruft der Verband zu mehr Vorsorge auf.">',
            "<h1>Gipfel in Genf</h1><p>Berlin, 28.10.2021</p>"
            f"<p><strong>Vor dem Gipfel ruft der Verband zu mehr Vorsorge auf.</strong></p>{HTML_BODY}",
        ),
        None,
        id="lede-after-dateline-is-body",
    ),
    pytest.param(
        page(
            "",
            "<h1>Helpline extends hours</h1><p>Calls will now be answered until midnight on every day of the week</p>"
            f"<p>Published: 2 May 2022</p>{HTML_BODY}",
        ),
        "Calls will now be answered until midnight on every day of the week",
        id="standfirst-above-published-line",
    ),
    pytest.param(
        page(
            '<meta name="description" content="Clinics opened in May. Patients can now book online.">',
            f"<h1>Clinics open</h1><p>Clinics opened in May. Patients can now book online.</p>{HTML_BODY}",
        ),
        None,
        id="first-paragraph-copied-into-description-is-body",
    ),
    pytest.param(
        page(
            '<meta name="description" content="Clinics opened in May. Patients can now book online.">',
            "<h1>Clinics open</h1><p>Clinics opened in May. Patients can now book online.</p>"
            f"<p>ZURICH, SWITZERLAND</p>{HTML_BODY}",
        ),
        "Clinics opened in May. Patients can now book online.",
        id="two-sentence-standfirst-above-location-line",
    ),
    pytest.param(
        page("", f"<h1>Helpline extends hours</h1><p>Written by: Ana Silva</p><p>May 2, 2022</p>{HTML_BODY}"),
        None,
        id="byline-and-date-are-not-decks",
    ),
]


@pytest.mark.parametrize(("html", "expected"), HTML_DECKS)
def test_html_subheadline(html: str, expected: str | None) -> None:
    assert deck(html, html=True) == expected


def test_no_deck_without_headline() -> None:
    doc = build_document(f"{WIRE_LEDE}\n\n{LEDE}")
    assert extract_subheadline(doc, None) is None
    assert extract_subheadline(doc, Candidate("Elsewhere", "test", None)) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Foundation opens forty new school libraries", id="the-headline-again"),
        pytest.param("Forty new school libraries", id="part-of-the-headline"),
        pytest.param("* * *", id="no-words"),
        pytest.param(LEDE, id="long-paragraph-without-the-headline"),
        pytest.param(LEDE + " Foundation opens forty new school libraries.", id="long-paragraph-holding-the-headline"),
        pytest.param(LEDE + " forty new school libraries opens foundation", id="every-word-not-in-order"),
        pytest.param("-" * 300 + " forty new", id="long-punctuation-then-part-of-the-headline"),
        pytest.param("FOUNDATION OPENS FORTY NEW SCHOOL LIBRARIES " * 5, id="capitals-holding-the-headline"),
        pytest.param("STRASSE " * 40 + "Foundation opens forty new school libraries", id="case-folding"),
    ],
)
def test_repeats_headline_answers_as_the_keys_do(text: str) -> None:
    """The shortcut for long paragraphs gives the answer comparing the whole keys gives."""
    headline_key = key("Foundation opens forty new school libraries")
    text_key = key(text)
    expected = not text_key or text_key in headline_key or headline_key in text_key
    assert _repeats_headline(text, headline_key) is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Acme Corp. Announces Q3 Results (NYSE: ACM)", id="ascii"),
        pytest.param("snake_case, tabs\tand\x1cseparators\x1f -- 2024/05/01", id="ascii-underscores-and-controls"),
        pytest.param("  ---  ", id="ascii-no-words"),
        pytest.param("Acme\u2019s \u201cbest\u201d year \u2014 Stra\u00dfe", id="curly-quotes-and-sharp-s"),
        pytest.param("5 \u212a above zero", id="kelvin-sign-folds-to-ascii"),
    ],
)
def test_key_reduces_as_the_word_pattern_does(text: str) -> None:
    """The ASCII shortcut of `key` gives what joining the casefolded text's words gives."""
    assert key(text) == " ".join(re.findall(r"\w+", text.casefold()))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Acme Corp. Announces Q3 Results (NYSE: ACM)", id="ascii"),
        pytest.param("Stra\u00dfe der Gr\u00fc\u00dfe", id="sharp-s-folds-to-two-letters"),
        pytest.param("\u0130stanbul Office Opens", id="dotted-capital-i-folds-to-two-characters"),
        pytest.param("5 \u212a above zero", id="kelvin-sign"),
        pytest.param("  ---  ", id="no-words"),
    ],
)
def test_longest_word_of_a_key_is_in_the_casefolded_text(text: str) -> None:
    """The pre-screens of the headline and deck rules rely on it: a key's words are in the casefolded text."""
    reduced = key(text)
    assert longest_word(reduced) in text.casefold()
    assert all(word in text.casefold() for word in reduced.split())
    assert longest_word(reduced) == (max(reduced.split(), key=len) if reduced else "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Acme Corp. Announces Q3 Results (NYSE: ACM) -- a record quarter", id="ascii"),
        pytest.param("Stra\u00dfe der Gr\u00fc\u00dfe, \u201eErhalt statt Neubau\u201c \u2013 BUND", id="sharp-s"),
        pytest.param("\u0130stanbul \u039f\u0394\u039f\u03a3 snake_case\x1cword \u212a", id="odd-folds"),
        pytest.param("  ---  (!)  ", id="no-words"),
    ],
)
def test_the_key_of_a_text_s_start_begins_its_key(text: str) -> None:
    """`key_prefix` at every cut: what the deck's and the repeated headline's screens rely on."""
    text = text * 12  # longer than a title, which is keyed whole
    for chars in range(len(text) + 2):
        assert key(text).startswith(key_prefix(text, chars))
        assert len(key_prefix(text, chars)) >= len(_reduced(text[:chars]))
    assert key_prefix(text, len(text)) == key(text)
    assert key_prefix(text[:400], 10) == key(text[:400])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Acme Corp. Announces Q3 Results (NYSE: ACM) -- a record quarter", id="ascii"),
        pytest.param("Stra\u00dfe der Gr\u00fc\u00dfe, \u201eErhalt statt Neubau\u201c \u2013 BUND", id="sharp-s"),
        pytest.param("\u0130stanbul \u039f\u0394\u039f\u03a3 snake_case\x1cword \u212a \ufb01ne", id="odd-folds"),
        pytest.param("caf\u00e9\u00e9s na\u00efve a\u00e9b \u00e9 x\ud800y", id="letters-outside-ascii"),
        pytest.param("  ---  (!)  ", id="no-words"),
    ],
)
def test_the_ascii_runs_make_no_longer_a_key_than_the_text(text: str) -> None:
    """`_ascii_key_length` at every cut is at most the key's length (and is it, for ASCII text): what lets
    `_key_longer` skip the key's pattern search."""
    for end in range(len(text) + 1):
        assert _ascii_key_length(text[:end]) <= len(_reduced(text[:end]))
        if text[:end].isascii():
            assert _ascii_key_length(text[:end]) == len(_reduced(text[:end]))


@pytest.mark.parametrize("length", [0, 5, 20, 40, 41, 60, 100])
@pytest.mark.parametrize("reach", [10, 30, 62, 200])
def test_a_key_is_longer_as_its_reduced_start_says(length: int, reach: int) -> None:
    """`_key_longer` says what reducing the text's start does."""
    text = "Hasbrouck Heights, NJ \u2013 \u201cFlagHouse\u201d and PACER\u2019s centre \u2014 caf\u00e9 " * 4
    assert _key_longer(text, length, reach) is (len(_reduced(text[:reach])) > length)


@pytest.mark.parametrize(
    "text",
    [
        "March 3, 2025",
        "March 3, 2025 | 10:30 AM",
        "Updated: March 3, 2025",
        "March 3, 2025 Acme opens a plant",
        "LOS ANGELES \u2013 September 19, 2017 \u2013 Acme will host its first awards on Monday.",
        "FOR IMMEDIATE RELEASE",
        "By Jane Doe",
        "Acme Wins Award",
        "A deck that says what the release is about",
        "",
    ],
)
def test_a_deck_skips_what_the_full_tests_skip(text: str) -> None:
    """`_skippable` skips the date line after a date prefix without asking twice about the text itself."""
    headline_key = key("Acme Wins Award")
    expected = (
        _repeats_headline(text, headline_key) or is_preamble(text) or is_date_line(without_date_prefix(text) or text)
    )
    assert _skippable(text, headline_key) is bool(expected)


@pytest.mark.parametrize("flat_words", [3, 12, 13, 14, 40, 60])
@pytest.mark.parametrize("description_words", [4, 12, 13, 14, 40])
@pytest.mark.parametrize("variant", ["same", "longer", "other-start", "other-end"])
def test_a_block_agrees_with_the_description_as_its_whole_key_says(
    flat_words: int, description_words: int, variant: str
) -> None:
    """`_repeats_description`, told from a block's start where it can be, says what comparing whole keys says."""
    words = [f"Wort{i}\u00e4" if i % 3 else f"word{i}" for i in range(80)]
    description = key(" ".join(words[:description_words]))
    flat = " ".join(words[:flat_words])
    if variant == "longer":
        flat = " ".join(words[:description_words]) + ", und mehr: " + flat
    elif variant == "other-start":
        flat = "Andere " + flat
    elif variant == "other-end":
        flat = flat + " \u2013 Ende"
    flat_key = key(flat)
    whole = flat_key == description or (len(description) > 80 and flat_key.startswith(description[:80]))
    assert _repeats_description(flat, description) == whole


def test_header_lines_drop_setext_underlines_only() -> None:
    """Lines of "=" or "-" under a Markdown title are not header lines; a line merely starting so is."""
    doc = build_document("Acme Wins Award\n===============\n\n--Acme won big\n\n=== x\n\n---\n\nAcme won an award.")
    texts = [line.text for line in header_lines(doc)]
    assert texts == ["Acme Wins Award", "--Acme won big", "=== x", "Acme won an award."]


def _requires_digit(items: object) -> bool:
    """Whether every string a parsed pattern matches holds a decimal digit."""
    for op, value in items:  # type: ignore[attr-defined]
        if op is sre_constants.IN and value == [(sre_constants.CATEGORY, sre_constants.CATEGORY_DIGIT)]:
            return True
        if op is sre_constants.SUBPATTERN and _requires_digit(value[-1]):
            return True
        if op is sre_constants.MAX_REPEAT and value[0] >= 1 and _requires_digit(value[2]):
            return True
        if op is sre_constants.BRANCH and all(_requires_digit(branch) for branch in value[1]):
            return True
    return False


@pytest.mark.parametrize("pattern", [DATE_LINE, DATE_PREFIX], ids=["DATE_LINE", "DATE_PREFIX"])
def test_a_date_pattern_matches_only_where_a_digit_is(pattern: re.Pattern[str]) -> None:
    """is_date_line and without_date_prefix try their pattern only on text holding a digit."""
    assert _requires_digit(sre_parse.parse(pattern.pattern, pattern.flags))
    assert not _requires_digit(sre_parse.parse(r"(?:\d|x)\d?", 0))  # the test itself tells one from the other


@pytest.mark.parametrize(
    "text",
    ["18-12-2020 - 17:10", "Published: 14 January 2021", "January 14, 2021 Acme wins", "No date here", "IV. 2021"],
)
def test_date_line_helpers_are_the_patterns(text: str) -> None:
    assert is_date_line(text) == (DATE_LINE.match(text) is not None)
    assert without_date_prefix(text) == DATE_PREFIX.sub("", text)
