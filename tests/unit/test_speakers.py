"""Speakers: a speaker phrase split into name, title and organisation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse.extractors.speakers import split_speaker

# --- name, title, organisation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param(
            "Dana Whitfield, Amnesty International USA's researcher for refugee and migrant rights",
            ("Dana Whitfield", "researcher for refugee and migrant rights", "Amnesty International USA"),
            id="possessive-organisation",
        ),
        pytest.param("Klaus Weber, founder of Weber Tools", ("Klaus Weber", "founder", "Weber Tools"), id="of-org"),
        pytest.param(
            "Philanthropist Kenzie Scott", ("Kenzie Scott", "Philanthropist", None), id="given-name-used-as-surname"
        ),
        pytest.param(
            "What gets less attention, according to Brant Okafor",
            ("Brant Okafor", None, None),
            id="according-to-name-after-question-word",
        ),
        pytest.param(
            "Tom Becker, Managing Director at Hillside Capital Partners, the private equity firm that backs Acme",
            ("Tom Becker", "Managing Director", "Hillside Capital Partners"),
            id="at-org-relative-clause-dropped",
        ),
        pytest.param(
            "Acme Funds President Mary Ellen Hartley, CFA",
            ("Mary Ellen Hartley", "Acme Funds President", None),
            id="title-before-name-credential-dropped",
        ),
        pytest.param(
            "lead study author James Holt, M.P.H., Ph.D.-candidate at the University of Ohio",
            ("James Holt", "lead study author", None),
            id="credentials-after-name",
        ),
        pytest.param(
            "Sandra R. Okafor, M.D., Ph.D., professor of cardiology at Ohio Medical Center in Columbus",
            ("Sandra R. Okafor", "professor of cardiology", "Ohio Medical Center"),
            id="initial-and-place",
        ),
        pytest.param(
            "Minister for Health, Greg Harmon",
            ("Greg Harmon", "Minister for Health", None),
            id="office-before-name",
        ),
        pytest.param(
            "Jane Miller, editor-in-chief, Motor Monthly",
            ("Jane Miller", "editor-in-chief", "Motor Monthly"),
            id="organisation-as-last-appositive",
        ),
        pytest.param(
            "DRK-Generalsekretär Christian Weber", ("Christian Weber", "DRK-Generalsekretär", None), id="de-compound"
        ),
        pytest.param(
            "Antje von Brandt, Geschäftsführerin", ("Antje von Brandt", "Geschäftsführerin", None), id="particle"
        ),
        pytest.param("Ismail Kaya (S&D, DE)", ("Ismail Kaya", None, "S&D"), id="party-in-parentheses"),
        pytest.param(
            "Tom Becker, Senior Vice President of Sales for Hillside, Inc.",
            ("Tom Becker", "Senior Vice President of Sales", "Hillside, Inc."),
            id="legal-form-kept-with-company",
        ),
        pytest.param(
            "Tom Becker, Chairman of Acme's Board of Directors",
            ("Tom Becker", "Chairman of Acme's Board of Directors", "Acme"),
            id="board-belongs-to-company",
        ),
        pytest.param(
            "Karen Walsh, Minister for Industry, Science and Technology",
            ("Karen Walsh", "Minister for Industry, Science and Technology", None),
            id="office-with-listed-portfolio",
        ),
        pytest.param(
            'Jana Müller von "Bündnis Saubere Luft"', ("Jana Müller", None, "Bündnis Saubere Luft"), id="von-org"
        ),
        pytest.param(
            "Julie Hart, director of the Acme Center, which sponsors the event",
            ("Julie Hart", "director", "Acme Center"),
            id="which-clause-dropped",
        ),
        pytest.param(
            "Jane Miller, CEO of Acme, in a statement", ("Jane Miller", "CEO", "Acme"), id="in-a-statement-dropped"
        ),
        pytest.param("Acme CEO Jane Miller on Monday", ("Jane Miller", "Acme CEO", None), id="weekday-dropped"),
        pytest.param("Smith, adding that sales would grow", ("Smith", None, None), id="adding-clause-dropped"),
        pytest.param(
            "Petra Schulze, Ministerin, am Donnerstag in Berlin", ("Petra Schulze", "Ministerin", None), id="de-weekday"
        ),
        pytest.param(
            "The paper's senior author, Dr Tomás Ruiz, a lecturer in marine ecology at Northfield University",
            ("Tomás Ruiz", "lecturer in marine ecology", "Northfield University"),
            id="work-role-before-name-dropped-for-position",
        ),
        pytest.param(
            "The Minister for Health, Greg Harmon, a former surgeon",
            ("Greg Harmon", "Minister for Health, former surgeon", None),
            id="office-before-name-kept-with-appositive",
        ),
        pytest.param(
            "Tomás Ruiz, co-author of the study and professor of physics at Northfield University",
            ("Tomás Ruiz", "co-author of the study and professor of physics", "Northfield University"),
            id="work-role-after-name-kept-as-given",
        ),
        pytest.param(
            "Tomás Ruiz, a lecturer in the Centre for Marine Ecology",
            ("Tomás Ruiz", "lecturer in the Centre for Marine Ecology", None),
            id="unit-name-with-for-is-no-employer",
        ),
        pytest.param(
            "Tomás Ruiz, professor in the Department of Physics at Northfield University",
            ("Tomás Ruiz", "professor in the Department of Physics", "Northfield University"),
            id="unit-name-then-employer",
        ),
        pytest.param(
            "Jana Keller, Professorin an der Universität Lindenau",
            ("Jana Keller", "Professorin", "Universität Lindenau"),
            id="de-an-der-employer",
        ),
        pytest.param(
            "Jana Keller, an Associate Professor of Law at Acme University",
            ("Jana Keller", "Associate Professor of Law", "Acme University"),
            id="english-article-an-is-no-preposition",
        ),
    ],
)
def test_split_speaker(phrase: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert split_speaker(phrase)[:3] == expected


@pytest.mark.parametrize(
    "text, end, word",
    [
        pytest.param("said Dr. Roe", 7, "Dr", id="short-word"),
        pytest.param("", 0, "", id="empty"),
        pytest.param("   ", 3, "", id="only-space"),
        pytest.param("x" * 200 + ".", 200, "x" * 200, id="word-longer-than-the-window"),
        pytest.param("Inc" + " " * 200 + ".", 203, "Inc", id="spaces-longer-than-the-window"),
        pytest.param("one two three", 13, "three", id="last-of-several"),
    ],
)
def test_the_word_before_a_full_stop(text, end, word):
    from prparse.extractors.speakers import _word_before

    assert _word_before(text, end) == word == (text[:end].rsplit(None, 1)[-1] if text[:end].strip() else "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Dr. Jane Doe of Acme Inc. spoke. Then she left; the end", id="abbreviations-then-ends"),
        pytest.param("Acme, Inc. and J. R. Doe", id="no-real-end"),
        pytest.param("Er sagte am 12. Januar: Gut! Und dann? ", id="ordinal-and-marks"),
        pytest.param("", id="empty"),
        pytest.param(" \n\u00a0 ", id="only-white-space"),
    ],
)
def test_first_end_and_last_clause_agree_with_sentence_ends(text):
    from prparse.extractors.speakers import first_sentence_end, last_clause, sentence_ends

    ends = sentence_ends(text)
    assert first_sentence_end(text) == (ends[0] if ends else None)
    stripped_ends = sentence_ends(text.rstrip())
    assert last_clause(text) == (text[stripped_ends[-1] :] if stripped_ends else text)


@pytest.mark.parametrize(
    ("word", "tail", "text"),
    [
        pytest.param("Doe", r"\b", "Doe, Does, JaneDoe, Jane Doe. (Doe) Doe's", id="surname"),
        pytest.param("Eliza", r"\s+[A-Z]\w+", "Elizabeth Roe, Eliza Doe, AnnEliza Roe", id="given-name-and-surname"),
        pytest.param("Ministry", r"(?:\s+of\s+[A-Z]\w+)?", "Ministry of Finance; SubMinistry", id="body-name"),
    ],
)
def test_a_word_pattern_matches_as_one_opening_on_a_word_boundary(word, tail, text):
    from prparse.extractors.speakers import word_pattern

    expected = [m.span() for m in re.finditer(r"\b" + re.escape(word) + tail, text)]
    assert [m.span() for m in re.finditer(word_pattern(word, tail), text)] == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "Minister of Industry, Investment and Commerce, Senator Jane Doe",
        "Chief Executive, Jane Doe",
        "Jane Doe, Chief Executive, Acme Holdings",
        "Acme Funds President Mary Ellen Hartley, CFA",
        "The Ministry, Acme",
        "according to Brant Okafor, Acme",
        "",
    ],
)
def test_best_run_is_the_maximum_by_score_then_segment(phrase: str) -> None:
    from prparse.extractors.speakers import _best_run, _name_runs, _segments

    segments = _segments(phrase)
    runs = ((score, k, run) for k, seg in enumerate(segments) for score, run in _name_runs(seg))
    assert _best_run(segments) == max(runs, key=lambda item: (item[0], item[1]), default=None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param("Jane Doe (EPP, DE), rapporteur", ("Jane Doe", "rapporteur", "EPP"), id="party"),
        pytest.param(
            "Chief Executive Officer (Acting) Jane Doe", ("Jane Doe", "Chief Executive Officer", None), id="aside"
        ),
        pytest.param("Jane Doe, rapporteur, EPP) DE", ("Jane Doe", "rapporteur", "EPP) DE"), id="closing-bracket-only"),
    ],
)
def test_a_parenthetical_needs_its_opening_bracket(phrase, expected) -> None:
    assert split_speaker(phrase)[:3] == expected


def test_reported_speech_makes_a_known_speaker_current_whatever_the_case() -> None:
    from prparse.extractors.speakers import Speakers

    speakers = Speakers("")
    speakers.resolve("Tom Becker")
    speakers.resolve("Jane Miller")
    speakers.note_prose("Acme has built cars since 1950, Becker said. ")
    assert speakers.resolve("they")[0].name == "Tom Becker"  # "they": the person last made current
    speakers.note_prose("Acme has built cars since 1950, MILLER said. ")
    assert speakers.resolve("they")[0].name == "Jane Miller"
    speakers.note_prose("Acme has built cars since 1950, Roe said. ")  # nobody known: nothing changes
    assert speakers.resolve("they")[0].name == "Jane Miller"


def test_reported_speech_naming_the_current_speaker_changes_nothing_but_another_name_does() -> None:
    from prparse.extractors.speakers import Speakers

    speakers = Speakers("")
    speakers.resolve("Tom Becker")
    speakers.resolve("Jane Miller")
    speakers.note_prose("Acme has built cars since 1950, Miller said. ")  # the current speaker's surname
    assert speakers.resolve("they")[0].name == "Jane Miller"
    speakers.note_prose("Miller said so, and Becker said so too. ")  # the current one and another
    assert speakers.resolve("they")[0].name == "Tom Becker"
    speakers.note_prose("Becker said so, and Miller said so too. ")
    assert speakers.resolve("they")[0].name == "Jane Miller"


@pytest.mark.parametrize(
    "token",
    ["Jane", "DOE", "McAdams", "O'Neil", "Doe\u2019s", "Co-Chair", "BKA-Präsident", "Müller", "Ωmega", "Ab1", "X"],
)
def test_a_plain_capitalised_word_is_a_name_token_as_the_pattern_says(token: str) -> None:
    from prparse.extractors.speakers import _is_compound_title, _token_kind
    from prparse.rules import quotes as R

    if token.isascii() and token.isalpha():
        assert R.NAME_TOKEN.match(token)  # what lets `_token_kind` skip the pattern for such a word
    named = bool(R.NAME_TOKEN.match(token)) and not ("-" in token and _is_compound_title(token))
    assert (_token_kind(token) == "n") is named


@pytest.mark.parametrize(
    "title",
    [
        "Acme Holdings' chief executive",
        "PAXTER Center\u2019s executive director",
        "Chairman of Acme\u2019s Board of Directors",
        "director of PAXTER\u2019s National Literacy Outreach Center",
        "Head of Platform Solutions for Brightwell",
        "executive director",
    ],
)
def test_organisation_split_agrees_with_the_possessive_pattern(title: str) -> None:
    from prparse.extractors.speakers import _possessive
    from prparse.rules import quotes as R

    found, expected = _possessive(title), R.POSSESSIVE_ORG.match(title)
    assert (found and found.groupdict()) == (expected and expected.groupdict())


@pytest.mark.parametrize("segment", ["executive director", "editor-in-chief", "which sponsors the event", "Jane Doe"])
def test_a_segment_without_capitals_has_no_name_run(segment: str) -> None:
    from prparse.extractors.speakers import _name_runs, _token_kind

    if segment.islower():
        assert _name_runs(segment) == [] and "n" not in [_token_kind(t) for t in segment.split()]
    else:
        assert _name_runs(segment)


@pytest.mark.parametrize(
    "text",
    [
        "director of the firm which sponsors the event",
        "chief executive, the company that backed Acme",
        "Gründerin, die das Projekt leitet",
        "Founder and Leader of Acme Holdings",
        "head of Unique Techniques, whose work",
        "presidente de la empresa que fundó",
        "partner who heads the team",
        "executive director",
        "",
    ],
)
def test_a_relative_clause_is_dropped_as_the_pattern_drops_it(text: str) -> None:
    from prparse.extractors.speakers import _without_relative_clause
    from prparse.rules import quotes as R

    assert _without_relative_clause(text) == R.RELATIVE_CLAUSE.sub("", text)


@pytest.mark.parametrize(
    "word", ["J", "J.R", "A.B.C", "Ph.D", "U.S", "Jr", "Inc", "12", "2024", "Daniels", "x", "(Dr", "JR", "J.r"]
)
def test_a_full_stop_ends_a_sentence_unless_after_an_abbreviation_or_initial(word: str) -> None:
    from prparse.extractors.speakers import _ends_sentence
    from prparse.rules import quotes as R

    token = word.lstrip("(\"'").casefold()
    abbreviated = token in R.ABBREVIATIONS or R.INITIAL.match(word + ".") or len(token) == 1
    expected = not (abbreviated or token.isdigit() and len(token) <= 2)
    assert _ends_sentence(f"said {word}. Then", 5 + len(word)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "Jane ",
        "said Jane R. Doe ",
        "LSBTI). Die ",
        "(Die ",
        "abcDef ",
        "McDonald\n",
        "Jane Doe",
        "the deal, ",
        "Jane Doe, ",
        "x" * 90 + " ",
        "É ",
        "at O'Neil-Ré  ",
    ],
)
def test_name_before_searches_from_the_last_word_as_the_whole_text_would(text: str) -> None:
    from prparse.extractors.speakers import _name_before
    from prparse.rules import quotes as R

    assert _name_before(text) == (R.NAME_BEFORE.search(text) is not None)


@given(st.text(alphabet="aZ É.'-,( \n\t", max_size=30))
def test_name_before_agrees_with_the_pattern_on_any_text(text: str) -> None:
    from prparse.extractors.speakers import _name_before
    from prparse.rules import quotes as R

    assert _name_before(text) == (R.NAME_BEFORE.search(text) is not None)


_RUN_WORDS = [
    "Jane", "Olivier", "Doe", "Acme", "Labs", "CEO", "President", "chief", "executive", "of", "at", "for", "to",
    "According", "according", "von", "the", "The", "Dr", "Ms.", "J.", "Acme's", "Doe’s", "MP", "Ph.D.", "Die",
]  # fmt: skip


@given(st.lists(st.sampled_from(_RUN_WORDS), min_size=1, max_size=8))
def test_a_run_without_a_known_given_name_scores_at_most_the_bound_best_run_skips_by(words: list[str]) -> None:
    from prparse.extractors.speakers import _UNKNOWN_NAME_MAX_SCORE, _is_given_name, _name_runs

    for score, (tokens, _, _) in _name_runs(" ".join(words)):
        if not any(_is_given_name(t) for t in tokens):
            assert score <= _UNKNOWN_NAME_MAX_SCORE


@given(st.lists(st.lists(st.sampled_from(_RUN_WORDS), min_size=1, max_size=6), min_size=1, max_size=4))
def test_best_run_skipping_segments_without_given_names_picks_what_scoring_every_run_picks(
    segments: list[list[str]],
) -> None:
    from prparse.extractors.speakers import _best_run, _name_runs

    texts = [" ".join(words) for words in segments]
    expected = None
    for k, segment in enumerate(texts):
        for score, run in _name_runs(segment):
            if expected is None or score > expected[0] or score == expected[0] and k > expected[1]:
                expected = (score, k, run)
    assert _best_run(texts) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param(
            "Jane Doe, managing director at Acme\u00a0in \tLos Angeles", ("Jane Doe", "managing director", "Acme")
        ),
        pytest.param("Jane Doe, head of sales in Europe", ("Jane Doe", "head of sales", None)),
        pytest.param("Jane Doe, head of sales within Europe", ("Jane Doe", "head of sales within Europe", None)),
        pytest.param(
            "Jane Doe, fellow within\tthe  School of Biology",
            ("Jane Doe", "fellow within the School of Biology", None),
            id="unit-name-spaced-oddly",
        ),
    ],
)
def test_a_place_after_the_title_is_dropped_whatever_white_space_stands_around_in(phrase, expected) -> None:
    assert split_speaker(phrase)[:3] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chief Executive",
        "co-chair",
        "BKA-Präsident",
        "officer-in-charge",
        "Porte-parole",
        "vice\u2010president,",
        "Acme Labs",
    ],
)
def test_has_title_word_reads_a_compound_by_its_tail_and_whole(text: str) -> None:
    from prparse.extractors.speakers import _has_title_word, _is_compound_title
    from prparse.rules import quotes as R

    words = [w.strip(",.") for w in text.split()]
    expected = any(w.casefold() in R.TITLE_WORDS or _is_compound_title(w) for w in words)
    assert _has_title_word(text) == expected
