"""Quotes: which passages are quotations, their text, and who said them."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse.extractors.quotes import extract_quotes
from prparse.pipeline import build_document

LEAD = (
    "ACME OPENS NEW PLANT IN OHIO\n\nCOLUMBUS, Ohio, March 3, 2025 /PRNewswire/ -- Acme Corp. opened a plant today.\n\n"
)


def quotes_of(body: str, *, lead: str = LEAD) -> list:
    return extract_quotes(build_document(lead + body))


def texts(body: str) -> list[str]:
    return [q.text for q in quotes_of(body)]


def speakers(body: str) -> list[str | None]:
    return [q.speaker.name for q in quotes_of(body)]


# --- quote marks and passages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "\u201cWe are proud to open our doors to the community,\u201d said Jane Miller, CEO of Acme.",
            ["We are proud to open our doors to the community"],
            id="typographic-double",
        ),
        pytest.param(
            '"We are proud to open our doors to the community," said Jane Miller, CEO of Acme.',
            ["We are proud to open our doors to the community"],
            id="straight-double",
        ),
        pytest.param(
            "\u201eWir freuen uns sehr über die neue Anlage in Ohio\u201c, sagt Jana Müller, Geschäftsführerin.",
            ["Wir freuen uns sehr über die neue Anlage in Ohio"],
            id="german-low-high",
        ),
        pytest.param(
            "\u00bbWir freuen uns sehr über die neue Anlage in Ohio\u00ab, sagt Jana Müller.",
            ["Wir freuen uns sehr über die neue Anlage in Ohio"],
            id="german-chevrons",
        ),
        pytest.param(
            "\u00abEstamos muy orgullosos de abrir esta nueva planta\u00bb, dijo Juan García, director general.",
            ["Estamos muy orgullosos de abrir esta nueva planta"],
            id="spanish-guillemets",
        ),
        pytest.param(
            "\u00ab Nous sommes très fiers de cette nouvelle usine \u00bb, a déclaré Marie Dupont.",
            ["Nous sommes très fiers de cette nouvelle usine"],
            id="french-spaced-guillemets",
        ),
        pytest.param(
            "\u2018We don\u2019t expect the plant\u2019s output to fall this year,\u2019 Minister Jones said.",
            ["We don\u2019t expect the plant\u2019s output to fall this year"],
            id="uk-single-with-apostrophes",
        ),
        pytest.param(
            "'Our workers' skills are the heart of this new plant,' Ms Jones said.",
            ["Our workers' skills are the heart of this new plant"],
            id="straight-single-plural-possessive",
        ),
        pytest.param(
            "\u201cChris\u2019 experience makes him the right person for Amnesty\u2019s work,\u201d said Jane Miller.",
            ["Chris\u2019 experience makes him the right person for Amnesty\u2019s work"],
            id="apostrophes-inside-double",
        ),
        pytest.param(
            '"We opened the plant on time. "It will employ 300 people. "The first cars leave in May."\n\n'
            "Jane Miller, CEO of Acme, said this.",
            ["We opened the plant on time. It will employ 300 people. The first cars leave in May."],
            id="each-sentence-reopened-one-item",
        ),
        pytest.param(
            "Jane Miller, CEO of Acme, said:\n\n"
            "\u201cThe plant will employ 300 people from the region.\n\n"
            "\u201cIt is the largest investment in our history.\u201d",
            ["The plant will employ 300 people from the region. It is the largest investment in our history."],
            id="multi-paragraph-one-item",
        ),
        pytest.param(
            "\u201cThe plant will employ three hundred people,\u201d she said. \u201cIt opens in May next year.\u201d",
            ["The plant will employ three hundred people", "It opens in May next year."],
            id="split-by-attribution-two-items",
        ),
        pytest.param(
            "\u201c\u2018The plant of the future\u2019 is what we built here,\u201d said Jane Miller.",
            ["\u2018The plant of the future\u2019 is what we built here"],
            id="nested-marks-side-by-side",
        ),
        pytest.param(
            "Acme grew this year. \u201cWe are thrilled with the results of the year.\u201d The rest is history.",
            ["We are thrilled with the results of the year."],
            id="quoted-sentence-inside-prose-paragraph",
        ),
        pytest.param(
            "\u201cThe Government should delay the return of the waiting period\n\n"
            "and drop its plan to double it,\u201d Jane Miller said.",
            ["The Government should delay the return of the waiting period and drop its plan to double it"],
            id="paragraph-broken-by-line-wrap",
        ),
        pytest.param(
            'The new "zero tolerance" policy and the "Made in Ohio" label were presented by Acme.',
            [],
            id="scare-quotes-are-not-quotes",
        ),
        pytest.param(
            "Acme will present \u201cThe Future Of Making Cars In Ohio\u201d at the fair.",
            [],
            id="title-of-work-not-quote",
        ),
        pytest.param(
            "\u201cIt is great,\u201d said Jane Miller.",
            [],
            id="fewer-than-five-words",
        ),
        pytest.param(
            'He said "the plant "is big and "new" and the rest is history.',
            [],
            id="unbalanced-marks-no-crash",
        ),
        pytest.param(
            "\u201cThe rise of the \u2018smart factory\u2019 changes how we all work,\u201d said Jane Miller.",
            ["The rise of the \u2018smart factory\u2019 changes how we all work"],
            id="inner-quote-kept",
        ),
    ],
)
def test_quote_text(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("one two three four", False, id="four-words"),
        pytest.param("one, two -- three... four five", True, id="five-words-among-marks"),
        pytest.param("It's a well-known fact", True, id="apostrophes-and-hyphens-split-words"),
        pytest.param("", False, id="empty"),
        pytest.param("a b c d e", True, id="shortest-five-words"),
        pytest.param("a b c de", False, id="nine-characters-four-words"),
        pytest.param("Extraordinarily", False, id="one-long-word-is-not-split"),
        pytest.param("snake_case words\u2014\u00e9t\u00e9 d\u2019or 42", True, id="underscores-dashes-accents"),
    ],
)
def test_a_passage_is_long_enough_from_five_words(text: str, expected: bool) -> None:
    import re

    from prparse.extractors.quotes import _long_enough

    assert _long_enough(text) is expected is (len(re.findall(r"\w+", text)) >= 5)


MARK_TEXTS = [
    pytest.param(
        "\u201cWe don\u2019t,\u201d she said. 'Yes' \u00ab non \u00bb \u201eja\u201c \u2039x\u203a", id="mixed"
    ),
    pytest.param('""\u2019\u2019 a\u2033b \u201b\u201f\u201a\u2018', id="adjacent-and-rare"),
    pytest.param(
        "don't Acme\u2019s 90\u2019s a\u201ab x\u2018y \u2019tis it\u2019 \u00e9\u2019\u00e9 '", id="in-words"
    ),
    pytest.param("no marks at all", id="none"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", MARK_TEXTS)
def test_mark_offsets_find_what_the_mark_class_finds(text: str) -> None:
    import re

    from prparse.extractors.quotes import _mark_offsets, _mark_role
    from prparse.rules import quotes as R

    every = [m.start() for m in re.finditer(f"[{re.escape(R.QUOTE_MARKS)}]", text)]
    found = _mark_offsets(text, R.QUOTE_MARKS)
    assert set(found) <= set(every) and found == sorted(found)
    # What is left out is an apostrophe inside a word, which pairs with nothing.
    assert all(_mark_role(text, i) == "" for i in set(every) - set(found))
    # Looking only for the marks the text holds finds the same.
    assert _mark_offsets(text, "".join(ch for ch in R.QUOTE_MARKS if ch in text)) == found


@pytest.mark.parametrize("text", [*MARK_TEXTS, pytest.param(" 'tis \u2019twas", id="single-opening-words")])
def test_may_quote_needs_a_mark(text: str) -> None:
    # extract_quotes returns early on a release printing no mark: every sign `_may_quote` reads is one.
    from prparse.extractors.quotes import _may_quote
    from prparse.rules import quotes as R

    assert set(R.QUOTE_SIGNALS) <= set(R.QUOTE_MARKS)
    if _may_quote(text):
        assert any(ch in text for ch in R.QUOTE_MARKS)
    assert _may_quote(text.translate({ord(ch): None for ch in R.QUOTE_MARKS})) is False
    # Told from the marks the text holds (as extract_quotes knows them), the answer is the same.
    assert _may_quote(text, "".join(ch for ch in R.QUOTE_MARKS if ch in text)) is _may_quote(text)


def test_a_single_opening_needs_an_apostrophe_mark() -> None:
    # _may_quote searches for SINGLE_OPENING only where "'" or "\u2019" is: its marks are those two.
    from re import _parser as sre_parse

    from prparse.rules import quotes as R

    _class, (_op, marks) = list(sre_parse.parse(R.SINGLE_OPENING.pattern))[:2]
    assert {chr(value) for _kind, value in marks} == {"'", "\u2019"}


def test_the_speech_verbs_start_pattern_gathers_the_verbs_as_the_speech_verb_pattern() -> None:
    # SPEECH_VERB_START, case-blind, reuses SPEECH_VERB's alternation: gathered case-blind, it is the same.
    from prparse.rules import quotes as R
    from prparse.rules.patterns import alternation

    assert alternation(R._VERBS_LONGEST_FIRST, R._verb_pattern, ignore_case=True) == R._VERB_ALT


def test_the_quote_signal_pattern_finds_each_signal() -> None:
    from prparse.rules import quotes as R

    assert all(R.QUOTE_SIGNAL.fullmatch(ch) for ch in R.QUOTE_SIGNALS)
    others = "".join(ch for ch in R.QUOTE_MARKS if ch not in R.QUOTE_SIGNALS)
    assert R.QUOTE_SIGNAL.search(others + " it's \\ ] ^ - x") is None


@pytest.mark.parametrize("text", ["it\u2019s", "Amnesty's", "don't", "rock\u2019n\u2019roll"])
def test_an_apostrophe_leaves_the_pairing_as_it_was(text: str) -> None:
    from prparse.extractors.quotes import _mark_role, _Open, _step

    at = next(i for i, ch in enumerate(text) if ch in "'\u2019")
    assert _mark_role(text, at) == ""
    for state in (None, _Open("d", 0, 0, 1), _Open("s", 0, 0, 1), _Open("s", 0, 3, 4, depth=1)):
        before = (
            None if state is None else (state.family, state.start, list(state.pieces), set(state.strips), state.depth)
        )
        spans: list = []
        assert _step(state, 0, text, at, spans) is state and spans == []
        after = None if state is None else (state.family, state.start, state.pieces, state.strips, state.depth)
        assert after == before


def test_quoting_headline_after_a_label_is_not_a_quote() -> None:
    lead = "FOR IMMEDIATE RELEASE\n\n\u201cOur Biggest Launch Ever Will Change The Industry,\u201d Says CEO\n\n"
    body = "Acme launched a van.\n\n\u201cWe are proud of the team and what they built,\u201d said Jane Miller."
    assert [q.text for q in quotes_of(body, lead=lead)] == ["We are proud of the team and what they built"]


def test_headline_is_not_a_quote() -> None:
    lead = (
        "\u201cWE WILL BUILD THE BEST CARS IN OHIO\u201d, SAYS ACME CEO\n\nCOLUMBUS, Ohio -- Acme opened a plant.\n\n"
    )
    assert quotes_of("Acme makes cars.", lead=lead) == []


# --- attribution ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Jane Miller, Chief Executive Officer at Acme, said: \u201cThe plant will employ 300 people.\u201d",
            [("Jane Miller", "said")],
            id="before-colon",
        ),
        pytest.param(
            "\u201cThe plant will employ 300 people,\u201d said Jane Miller, Chief Executive Officer of Acme.",
            [("Jane Miller", "said")],
            id="after-verb-first",
        ),
        pytest.param(
            "\u201cThe plant will employ 300 people,\u201d Jane Miller said.",
            [("Jane Miller", "said")],
            id="after-name-first",
        ),
        pytest.param(
            "\u201cThe plant will employ 300 people,\u201d stated Klaus Weber, founder of Weber Tools.",
            [("Klaus Weber", "stated")],
            id="after-stated",
        ),
        pytest.param(
            "Said Tom Becker, Managing Director, \u201cThe plant will employ 300 people.\u201d",
            [("Tom Becker", "said")],
            id="inverted-said",
        ),
        pytest.param(
            "According to Jane Miller, \u201cthe plant will employ 300 people from the region.\u201d",
            [("Jane Miller", "according to")],
            id="according-to",
        ),
        pytest.param(
            "Das Werk wurde eröffnet. \u201eDas Werk schafft 300 neue Arbeitsplätze\u201c, so Jana Müller.",
            [("Jana Müller", "so")],
            id="german-so",
        ),
        pytest.param(
            "Dazu erklärt Jana Müller, Sprecherin des Verbands: \u201eDas Werk schafft 300 neue Arbeitsplätze.\u201c",
            [("Jana Müller", "erklärt")],
            id="german-verb-first-colon",
        ),
        pytest.param(
            "\u201cLa planta creará trescientos empleos nuevos\u201d, afirmó Juan García, director de Acme.",
            [("Juan García", "afirmó")],
            id="spanish-afirmo",
        ),
        pytest.param(
            "Jana Müller, Geschäftsführerin: \u201eDas Werk schafft 300 neue Arbeitsplätze.\u201c",
            [("Jana Müller", None)],
            id="german-colon-without-verb",
        ),
        pytest.param(
            "\u201cThe plant will employ 300 people from the region,\u201d the Ministry said.",
            [("Ministry", "said")],
            id="a-body-speaks",
        ),
        pytest.param(
            "> \u201cThe plant will employ 300 people from the region.\u201d\n>\n> - Jane Miller, CEO of Acme",
            [("Jane Miller", None)],
            id="markdown-blockquote-dash",
        ),
    ],
)
def test_attribution(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.speaker.name, q.verb) for q in quotes_of(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "\u201cThe plant will employ 300 people,\u201d said Jane Miller. \u201cIt opens in May next year.\u201d",
            [("Jane Miller", False), ("Jane Miller", True)],
            id="same-paragraph-continuation",
        ),
        pytest.param(
            "\u201cThe plant will employ 300 people,\u201d said Jane Miller.\n\n"
            "Acme has built cars since 1950.\n\n"
            "\u201cIt opens in May next year, right on time.\u201d",
            [("Jane Miller", False), ("Jane Miller", True)],
            id="next-paragraph-continuation",
        ),
        pytest.param(
            "\u201cThe plant will employ 300 people,\u201d said Jane Miller.\n\n"
            "\u201cOur suppliers are ready for the new line,\u201d said Tom Becker.\n\n"
            "\u201cWe hired the first hundred workers,\u201d she said.",
            [("Jane Miller", False), ("Tom Becker", False), ("Jane Miller", True)],
            id="pronoun-by-first-name-gender",
        ),
        pytest.param(
            "\u201cThe plant will employ 300 people,\u201d said Ms Okonkwo-Reyes.\n\n"
            "\u201cOur suppliers are ready for the new line,\u201d said Tom Becker.\n\n"
            "\u201cWe hired the first hundred workers,\u201d she said.",
            [("Okonkwo-Reyes", False), ("Tom Becker", False), ("Okonkwo-Reyes", True)],
            id="pronoun-by-honorific",
        ),
        pytest.param(
            "Acme named Christopher Conroy chief executive officer.\n\n"
            "\u201cI am honored to lead such a talented team,\u201d said Conroy.",
            [("Christopher Conroy", False)],
            id="bare-surname-to-full-name",
        ),
        pytest.param(
            "\u201cThe plant will employ 300 people,\u201d said Christopher Conroy, CEO of Acme.\n\n"
            "\u201cWe hired the first hundred workers,\u201d Conroy added.",
            [("Christopher Conroy", False), ("Christopher Conroy", False)],
            id="surname-of-earlier-speaker",
        ),
        pytest.param(
            "Prime Minister Jane Miller opened the plant.\n\n"
            "\u201cThis plant will employ 300 people from the region,\u201d the Prime Minister said.",
            [("Jane Miller", False)],
            id="role-to-named-holder",
        ),
        pytest.param(
            "Acme has built cars since 1950, Jane Miller said. "
            "\u201cWe hired the first hundred workers,\u201d she said.",
            [("Jane Miller", True)],
            id="pronoun-after-reported-speech",
        ),
    ],
)
def test_speaker_resolution(body: str, expected: list[tuple[str, bool]]) -> None:
    assert [(q.speaker.name, q.inferred) for q in quotes_of(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Jane Miller, president of Hillcrest College, thanked the donor.\n\n"
            "Philanthropist Kenzie Scott gave $5 million to the college.\n\n"
            "In a 2021 letter, Scott promised to return her fortune \u201cto the people who made it possible.\u201d "
            "She wrote that she wanted \u201cto give quickly, wisely and without conditions attached.\u201d",
            ["Kenzie Scott", "Kenzie Scott"],
            id="surname-that-is-also-a-given-name",
        ),
        pytest.param(
            "Veteran host Marlo Quintero joins Radio Sol this spring.\n\n"
            "Known for his warm humour, Marlo is already a favourite of early listeners.\n\n"
            "\u201cMusic is my life and I cannot wait to share it with all of you,\u201d "
            "said the celebrated broadcaster.",
            ["Marlo Quintero"],
            id="definite-description-to-person-in-prose",
        ),
        pytest.param(
            "Police say Darnell Pike entered the store after closing time.\n\n"
            "\u201cGive me the keys or you will regret it tonight,\u201d the man told a cashier.",
            ["Darnell Pike"],
            id="the-man-to-person-in-prose",
        ),
        pytest.param(
            "Ravi Kumar, chair of spine care, led the study.\n\n"
            "\u201cWe treat the whole patient, not just the scan, and our research shows it works.\u201d\n\n"
            "Ravi Kumar, MD, Vice Chair and Director of Spine Care at Lakeside Medical and Professor of "
            "Rehabilitation Medicine at the Lakeside University Hospital in Portland",
            ["Ravi Kumar"],
            id="long-signature-line-listing-offices",
        ),
        pytest.param(
            "Since joining the online program, Lena Fischer has found her calling. "
            "\u201cI never thought I would get this far, but here I am today.\u201d",
            ["Lena Fischer"],
            id="profile-quote-to-person-named-before",
        ),
        pytest.param(
            "Jane Miller, CEO of Acme, opened the plant.\n\n"
            "As Miller put it, \u201cThis is the start of a new chapter for our town.\u201d",
            ["Jane Miller"],
            id="as-name-put-it",
        ),
        pytest.param(
            "\u201cA home should feel lively,\u201d said Dirk Halvorsen, principal at Elm Homes.\n\n"
            "Halvorsen frames the aim simply: a home should be \u201ca place where you live, not a place where "
            "you sleep.\u201d",
            ["Dirk Halvorsen", "Dirk Halvorsen"],
            id="partial-quote-after-known-subject",
        ),
        pytest.param(
            "Tom Baker, managing partner at Hill Capital, praised the founders, calling them "
            "\u201ca real success story for the whole region.\u201d",
            ["Tom Baker"],
            id="partial-quote-after-subject-with-role",
        ),
        pytest.param(
            "Acme was featured in a recent Harbor Ledger article. The publication reads, \u201cAcme has doubled "
            "its output in two years and plans to hire more staff.\u201d",
            ["Harbor Ledger"],
            id="publication-to-named-outlet",
        ),
    ],
)
def test_speaker_in_context(body: str, expected: list[str]) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "She keeps her roots close \u201cIt was never easy, but I always knew where I wanted to go.\u201d Now "
            "she studies abroad.",
            ["It was never easy, but I always knew where I wanted to go."],
            id="sentence-run-into-prose-without-colon",
        ),
        pytest.param(
            "The fares match Acme Air\u2019s spring campaign, \u201cFly Into Your Next Great Adventure,\u201d "
            "which highlights trips across Asia.",
            [],
            id="campaign-name-described-by-relative-clause",
        ),
        pytest.param(
            "Ohio lawmakers praised the plan, calling it \u201ca good first step for the state.\u201d",
            [],
            id="partial-quote-after-a-place-is-no-quotation",
        ),
        pytest.param(
            "Jane Miller launched the \u201cReady for the Future Workforce Program\u201d today.",
            [],
            id="programme-name-after-a-person",
        ),
    ],
)
def test_passages_inside_sentences(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The Ministry of Finance launched a relief fund.\n\n"
            "\u201cThe fund will pay out within ten working days,\u201d the ministry said in a statement.",
            [("Ministry of Finance", "said")],
            id="body-by-its-printed-name",
        ),
        pytest.param(
            "The prosecutor Jane Miller pointed out that the window \u201chad little stickers on it all year.\u201d",
            [("Jane Miller", "pointed out")],
            id="partial-quote-in-reported-sentence",
        ),
        pytest.param(
            "In ihrer Antwort hat die Bundesregierung mitgeteilt, dass \u201emehr als 80 Anträge bewilligt "
            "worden sind\u201c.",
            [("Bundesregierung", "mitgeteilt")],
            id="german-perfect-partial-quote",
        ),
        pytest.param(
            "\u201cThe first quarter marked the start of our transformation into a hospital company.\u201d\n\n"
            "Jane Miller, Chairman and CEO of Acme",
            [("Jane Miller", None)],
            id="signature-line-under-quote",
        ),
        pytest.param(
            "\u201cThe first quarter marked the start of our transformation.\u201d\n\nEvent Highlights",
            [(None, None)],
            id="heading-like-line-is-no-signature",
        ),
        pytest.param(
            "Acme press release: \u201cAcme and Globex agree to merge their car businesses\u201d",
            [],
            id="quoted-headline-after-colon",
        ),
    ],
)
def test_other_attributions(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(q.speaker.name, q.verb) for q in quotes_of(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Ohio State Chancellor J.R.T. Barlow opened the plant.\n\n"
            "\u201cThis plant is a natural fit for the region and the campus,\u201d Barlow said.",
            ("J.R.T. Barlow", "Ohio State Chancellor", None),
            id="introduced-with-initials-and-title",
        ),
        pytest.param(
            "The new director will be Tom Becker, professor of engineering at Ohio State, who built the line.\n\n"
            "\u201cWe will train three hundred workers this year,\u201d Becker said.",
            ("Tom Becker", "professor of engineering", "Ohio State"),
            id="introduced-with-appositive",
        ),
        pytest.param(
            "\u201cWe have always believed that great food should be fun,\u201d said Don Walker, founder of Casa Verde",
            ("Don Walker", "founder", "Casa Verde"),
            id="don-as-given-name",
        ),
        pytest.param(
            "Chief Executive Officer (Acting) of the Ohio Zone Authority, Gary Trent, said: "
            "\u201cThe zone will open next year to investors.\u201d",
            ("Gary Trent", "Chief Executive Officer", "Ohio Zone Authority"),
            id="parenthesis-in-title-is-no-party",
        ),
        pytest.param(
            "The Minister for Canals and Heritage, Aoife Byrne TD, today announced a fund.\n\n"
            "\u201cOur canals deserve to be looked after properly for the next century,\u201d Minister Byrne said.",
            ("Aoife Byrne", "Minister for Canals and Heritage", None),
            id="surname-with-role-to-introduction",
        ),
        pytest.param(
            "Acme has named Dana Kowal as managing partner, effective May 1.\n\n"
            "\u201cMy priorities are to keep investing in our people and our clients,\u201d said Kowal.",
            ("Dana Kowal", "managing partner", None),
            id="introduced-as-title",
        ),
        pytest.param(
            "\u201cThis is one of the most practical investments we have made this year,\u201d said Regina Holt, "
            "chair of the Riverbend County Board of Supervisors.",
            ("Regina Holt", "chair", "Riverbend County Board of Supervisors"),
            id="of-inside-organisation-name",
        ),
        pytest.param(
            "The Ministerin, Petra Holm, spoke first.\n\n"
            "Eimear Doyle, chairperson of the Towpath Volunteers Network, welcomed the announcement.\n\n"
            "\u201cVolunteers have cleared these towpaths for years, and it is good to see this,\u201d she said.",
            ("Eimear Doyle", "chairperson", "Towpath Volunteers Network"),
            id="pronoun-to-person-named-in-previous-paragraph",
        ),
        pytest.param(
            "\u201cOur testing systems had their strongest quarter ever,\u201d said John Roe, chief executive "
            "officer of Acme Instruments.\n\n"
            "\u201cWe expanded gross margin in every quarter of the year,\u201d said Jane Miller, "
            "chief financial officer.",
            ("Jane Miller", "chief financial officer", "Acme Instruments"),
            id="employer-shared-with-earlier-speaker",
        ),
        pytest.param(
            "The report\u2019s lead author, Dr Maria Santos, an associate professor in the Department of Economics, "
            "said: \u201cHouseholds cut spending on food long before they cut spending on rent.\u201d",
            ("Maria Santos", "associate professor in the Department of Economics", None),
            id="study-role-before-name-yields-to-position-after-it",
        ),
    ],
)
def test_speaker_details(body: str, expected: tuple[str | None, str | None, str | None]) -> None:
    speaker = quotes_of(body)[-1].speaker
    assert (speaker.name, speaker.title, speaker.organization) == expected


def test_amnesty_style_statement_both_quotes_to_the_researcher() -> None:
    body = (
        "Responding to a report showing that the department drove the policy, Dana Whitfield, Amnesty "
        "International USA's researcher for refugee and migrant rights, said:\n\n"
        '"This is a damning report. "It shows what we already knew about the policy."\n\n'
        "Amnesty is calling on the government to reunify families.\n\n"
        "\u201cThe new administration must act quickly to repair this harm as much as possible.\u201d"
    )
    got = quotes_of(body)
    assert [q.speaker for q in got] == [got[0].speaker, got[0].speaker]
    assert got[0].speaker.name == "Dana Whitfield"
    assert got[0].speaker.title == "researcher for refugee and migrant rights"
    assert got[0].speaker.organization == "Amnesty International USA"
    assert [q.inferred for q in got] == [False, True]


# --- robustness --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param('"' * 100_000, id="only-opening-marks"),
        pytest.param(("\u201c word " * 30_000), id="many-unclosed-openings"),
        pytest.param(("it's " * 50_000) + "\u2019", id="apostrophes"),
        pytest.param(("\u201cA b c d e f,\u201d said X. ") * 5_000, id="many-short-attributed"),
        pytest.param("".join(f"\u201cA b c d e f,\u201d said Name{i}. " for i in range(3_000)), id="many-surnames"),
        pytest.param("".join(f"\u201cA b c d e f,\u201d the Office{i} said. " for i in range(3_000)), id="many-roles"),
    ],
)
def test_adversarial_input_stays_fast(body: str) -> None:
    doc = build_document(LEAD + body)
    start = time.perf_counter()
    extract_quotes(doc)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    "text",
    [
        "Our Best Year Ever",
        "We are proud of the team",
        "Think Before You Type, Inc.",
        "1,000 New Jobs In Ohio",
        "\u24b6 \u24b7 \u24b8 word word",
        "\u00c9t\u00e9 \u00c0 Paris Avec \u00c9lodie",
        "\u201cSit With Us\u201d",
        "",
        "- -- 42",
        "_under Score 9lives [Bracketed] @Handle Zed",
        "a B c D e F",
    ],
)
def test_title_like_counts_capitals_among_words_opening_with_a_letter(text: str) -> None:
    from prparse.extractors.quotes import _title_like

    for share in (0.7, 0.85):
        initials = [w[0] for w in text.split() if w[0].isalpha()]
        expected = bool(initials) and sum(map(str.isupper, initials)) >= share * len(initials)
        assert _title_like(text, share) is expected


@pytest.mark.parametrize(
    "before",
    [
        "",
        "Acme grew.",
        "Acme grew. ",
        "She said:",
        "(as planned.)",
        "It rose [sic.]  \n",
        "Acme grew",
        "x.\u00a0\u00a0",
        "a)",
    ],
)
def test_a_passage_standing_as_its_own_sentence(before: str) -> None:
    from prparse.extractors.quotes import _Span, _standalone
    from prparse.rules import quotes as R

    text = before + "\u201cWe are proud of the team,\u201d"
    span = _Span([(0, len(before) + 1, len(text) - 1)], set(), 0, len(before), 0, len(text) - 1)
    stripped = before.strip(" >")
    assert _standalone([text], span) is (not stripped or R.SENTENCE_END.search(stripped) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "a b",
        "a  b",
        " a",
        "a ",
        "a\u00a0b",
        "a\tb",
        "a\nb",
        "a\u2009b",
        "a\u3000b",
        "a\x1cb",
        "a\u2028b",
        "“ok” — yes",
    ],
)
def test_single_spaced_is_split_and_join(text: str) -> None:
    from prparse.extractors.quotes import _single_spaced

    assert _single_spaced(text) == " ".join(text.split())


@given(st.text(max_size=40))
def test_single_spaced_is_split_and_join_on_any_text(text: str) -> None:
    from prparse.extractors.quotes import _single_spaced

    assert _single_spaced(text) == " ".join(text.split())


def test_the_space_is_the_only_printable_white_space() -> None:
    # What `_single_spaced` rests on: a printable text holds no white space but the space.
    import sys

    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c.isprintable()] == [" "]


@pytest.mark.parametrize("tail", ["", " ", " \n ", "\u00a0"])
def test_no_attribution_after_a_quotation_closing_its_paragraph(tail: str) -> None:
    from prparse.extractors.quotes import _after

    assert _after(tail, "We are proud of the team.") is None
    assert _after(tail, "We are proud of the team") is None
