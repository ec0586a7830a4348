"""Text normalisers: mojibake repair, white space, ALL-CAPS to normal case."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse.normalise import (
    _CAPS_TOKEN,
    LazyAcronyms,
    clean_line,
    collapse,
    has_words,
    is_all_caps,
    repair,
    smart_case,
)


def document_acronyms(texts: list[str]) -> frozenset[str]:
    """The reference for LazyAcronyms: every capitalised token of the lines that are not all capitals,
    found by scanning the whole document (what the pipeline once did for every release)."""
    return frozenset(
        token
        for text in texts
        for line in text.split("\n")
        if not is_all_caps(line)
        for token in _CAPS_TOKEN.findall(line)
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("NEW YORK CITY HALL", "New York City Hall", id="place-names"),
        pytest.param("LOS ANGELES AND SAN JOSE", "Los Angeles and San Jose", id="place-particles"),
        pytest.param("EU AND USA SIGN DEAL", "EU and USA Sign Deal", id="short-acronyms-kept"),
        pytest.param("MILWAUKEE, WI", "Milwaukee, WI", id="state-code-kept"),
        pytest.param("LEBANON, N.H.", "Lebanon, N.H.", id="dotted-abbreviation-kept"),
        pytest.param("BY AMNESTY INTERNATIONAL UK", "By Amnesty International UK", id="country-code-kept"),
        pytest.param(
            "PLAN TO MAKE APPLICANTS WAIT SIX MONTHS", "Plan to Make Applicants Wait Six Months", id="small-words"
        ),
        pytest.param("NYC CFO JOINS BOARD", "NYC CFO Joins Board", id="no-vowel-acronyms"),
        pytest.param("Already Mixed Case", "Already Mixed Case", id="mixed-case-untouched"),
        pytest.param("WIDOW'S ACCOUNT", "Widow's Account", id="apostrophe"),
    ],
)
def test_smart_case(text, expected):
    assert smart_case(text) == expected


def test_smart_case_keeps_acronyms_the_document_writes_in_capitals():
    acronyms = LazyAcronyms(["Baird won an LSEG Lipper award.", "CSIRO's lab in Geelong"])
    assert "LSEG" in acronyms and "CSIRO" in acronyms
    assert smart_case("CSIRO WINS LSEG AWARD", acronyms=acronyms) == "CSIRO Wins LSEG Award"


def test_acronyms_ignore_all_caps_lines():
    assert not any(token in LazyAcronyms(["BREAKING NEWS TODAY"]) for token in ("BREAKING", "NEWS", "TODAY"))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("rÃ©sumÃ©s", "résumés", id="double-encoded"),
        pytest.param("It\u00e2\u20ac\u2122s here", "It\u2019s here", id="curly-apostrophe-mojibake"),
        pytest.param("Fish &amp; Chips &#8211; now", "Fish & Chips \u2013 now", id="entities"),
        pytest.param("\u201cQuoted\u201d stays curly", "\u201cQuoted\u201d stays curly", id="curly-quotes-kept"),
    ],
)
def test_repair(text, expected):
    assert repair(text) == expected


def test_clean_line_maps_reader_spaces():
    assert clean_line("\u00a0 Acme\u200b Corp\u2009 today ") == "Acme Corp today"


def test_is_all_caps_needs_two_cased_letters():
    assert is_all_caps("NEW YORK 2021")
    assert not is_all_caps("2021 A")
    assert not is_all_caps("New York")


def test_is_all_caps_counts_letters_of_the_first_400_characters():
    assert is_all_caps("-" * 398 + "AB")
    assert not is_all_caps("-" * 399 + "AB")
    assert is_all_caps("\u00c9-" * 300)


@given(st.text())
def test_normalisers_are_idempotent(text):
    for normalise in (clean_line, collapse, repair, smart_case):
        once = normalise(text)
        assert normalise(once) == once


# What the normalisers did before their fast paths: a per-character mapping, then the collapse.
def _translated(text):
    import unicodedata

    from prparse.normalise import _SPACE_LIKE

    return unicodedata.normalize("NFC", text).translate(_SPACE_LIKE), text.translate(_SPACE_LIKE)


@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab A.\t\n\x0b\x0c\x1c\x85\u00e9e\u0301\u2028")
            + [chr(c) for c in range(0x2000, 0x200E)]
            + list("\u00a0\u00ad\u202f\u205f\u3000\u2060\ufeff")
        )
    )
)
def test_fast_paths_give_what_the_per_character_mapping_gave(text):
    import re

    nfc_mapped, mapped = _translated(text)
    assert clean_line(text) == re.sub(" {2,}", " ", nfc_mapped).strip()  # the slow form: runs of spaces by regex
    assert collapse(text) == " ".join(mapped.split())


def test_every_character_read_as_a_space_or_dropped_is_unprintable():
    from prparse.normalise import _SPACE_LIKE

    # _reader_spaces returns a printable text as it is, unscanned.
    assert not any(chr(c).isprintable() for c in _SPACE_LIKE)
    # ... and replaces one character after another: no replacement is a character replaced.
    assert set(_SPACE_LIKE.values()) == {" ", None} and ord(" ") not in _SPACE_LIKE


def test_every_white_space_character_but_the_space_is_unprintable():
    # is_single_spaced tells a text str.split would cut only at single spaces by isprintable.
    import sys

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert [ch for ch in spaces if ch.isprintable()] == [" "]
    assert all(("a" + ch + "b").split() == ["a", "b"] for ch in spaces)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Corp", True),
        ("", True),
        ("Acme  Corp", False),
        (" Acme", False),
        ("Acme ", False),
        ("Acme\nCorp", False),
        ("Acme Corp\n", False),
        ("\n  Acme Corp", False),
        ("\u3000Acme", False),
        ("Acme\u2029", False),
        ("Acme\xa0Corp", False),
    ],
)
def test_is_single_spaced(text, expected):
    from prparse.normalise import is_single_spaced

    assert is_single_spaced(text) is expected is (" ".join(text.split()) == text)


def test_a_lazy_pattern_behaves_as_the_compiled_one():
    import re

    from prparse.rules.lazy import lazy_compile

    lazy, compiled = (
        lazy_compile(r"(?P<word>acme)\s+(corp)", re.IGNORECASE),
        re.compile(r"(?P<word>acme)\s+(corp)", re.I),
    )
    assert lazy.pattern == compiled.pattern
    text = "ACME  Corp and acme corp"
    assert lazy.search(text).span() == compiled.search(text).span()
    assert [m.group("word") for m in lazy.finditer(text)] == ["ACME", "acme"]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("X", text) == compiled.sub("X", text)
    assert lazy.groupindex == compiled.groupindex and lazy.groups == compiled.groups


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\t ", id="only-space"),
        pytest.param("one", id="one-word"),
        pytest.param("  two  words  ", id="padded"),
        pytest.param("a b\nc\td e", id="mixed-breaks"),
        pytest.param("a\u00a0b\u2003c  d e f g", id="unicode-spaces"),
        pytest.param(" ".join(["word"] * 40) + "\n", id="long-paragraph"),
    ],
)
@pytest.mark.parametrize("count", [0, 1, 2, 3, 5, 7, 40, 41])
def test_has_words_counts_as_a_full_split_does(text, count):
    assert has_words(text, count) is (len(text.split()) >= count)


def test_acronyms_read_each_line_of_a_block_on_its_own():
    # The lines are read joined: a token never runs over a line break, an ALL-CAPS line still counts for nothing.
    texts = ["MEDIA RELEASE\nBaird won an LSEG award", "CSIRO\nand NASA", "Acme AB"]
    lazy = LazyAcronyms(texts)
    assert [token for token in ("MEDIA", "RELEASE", "LSEG", "CSIRO", "NASA", "AB") if token in lazy] == [
        "LSEG",
        "NASA",
        "AB",
    ]
    assert document_acronyms(texts) == {"LSEG", "NASA", "AB"}  # the reference reads them alike


def test_lazy_acronyms_answer_what_the_document_scan_finds():
    texts = ["Baird won an LSEG Lipper award.", "NASA and the AB team\nALL CAPS LINE HERE", "CSIRO's lab"]
    found = document_acronyms(texts)
    lazy = LazyAcronyms(texts)
    for token in ("LSEG", "NASA", "AB", "CSIRO", "ALL", "CAPS", "Baird", "award", ""):
        assert (token in lazy) is (token in found)


@pytest.mark.parametrize(
    "text",
    ["xLSEG", "\u00e9LSEG", "LSEG_", "LSEG\u00b2", "\u0661LSEG", "L\u00c9SEG", "LSEG9", "2LSEG"],
    ids=["letter", "accented", "underscore", "superscript", "arabic-digit", "split", "digit", "lead-digit"],
)
def test_lazy_acronyms_hold_no_token_glued_to_a_word_character(text):
    # Every character but an ASCII capital or digit ends a run: these runs are looked for again.
    from prparse.normalise import LazyAcronyms

    lazy = LazyAcronyms([f"Acme and {text} today", "Acme and NASA\u2019s lab"])
    assert ("LSEG" in lazy) is ("LSEG" in document_acronyms([text])) is False
    assert "NASA" in lazy


def test_a_release_without_all_caps_values_is_never_scanned_for_acronyms(monkeypatch):
    import prparse
    import prparse.normalise

    def unexpected(texts):
        raise AssertionError("scanned for acronyms")

    monkeypatch.setattr(prparse.normalise, "_mixed_case_text", unexpected)
    release = prparse.parse("Acme Ships a Widget\n\nNEW YORK, Jan. 14, 2021 -- Acme shipped a widget today.")
    assert release.headline == "Acme Ships a Widget"
    with pytest.raises(AssertionError, match="scanned"):
        prparse.parse("ACME SHIPS A WIDGET\n\nNEW YORK, Jan. 14, 2021 -- Acme shipped a widget today.")


_ACRONYM_TEXT = st.lists(
    st.sampled_from(["LSEG", "NASA", "AB", "A", "Lseg", "lseg", "3M", "X1", "_", " ", "\n", ".", "é", "É", "-", "ABC"]),
    max_size=12,
).map("".join)


@given(texts=st.lists(_ACRONYM_TEXT, max_size=4), token=st.sampled_from(["LSEG", "NASA", "AB", "ABC", "X1", "A", "3M"]))
def test_lazy_acronyms_hold_each_token_the_document_scan_finds(texts, token):
    """Asked token by token, the lazy set answers what the scan of the whole document finds."""
    assert (token in LazyAcronyms(texts)) is (token in document_acronyms(texts))


def test_only_the_kelvin_sign_lowers_from_outside_ascii_into_it():
    """ascii_lowered rests on this: lower_each keeps every other character outside ASCII outside it."""
    from prparse.normalise import KELVIN_SIGN, lower_each

    into_ascii = [chr(c) for c in range(0x80, 0x110000) if lower_each(chr(c)).isascii()]
    assert into_ascii == [KELVIN_SIGN]
    # The one character that lowers to several, one of them ASCII, is the one lower_each keeps.
    assert [chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1] == ["\u0130"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Press RELEASE", "press release", id="ascii"),
        pytest.param("\u201cÜBER\u201d Straße", "\u201cüber\u201d straße", id="one-to-one"),
        pytest.param("\u0130stanbul \u0130", "\u0130stanbul \u0130", id="dotted-capital-i-kept"),
        pytest.param("\u212aelvin \u0131 \u017f", "kelvin \u0131 \u017f", id="kelvin-lowers-to-k"),
    ],
)
def test_lower_each_lowers_character_for_character(text, expected):
    from prparse.normalise import lower_each

    assert lower_each(text) == expected
    assert len(lower_each(text)) == len(text)


_CASE_TEXT = st.lists(
    st.sampled_from(
        ["re", "RE", "ase", "lease", "K", "k", " ", "\u212a", "\u0130", "\u0131", "\u017f", "é", "\u2019", "x"]
    ),
    max_size=10,
).map("".join)


@given(text=_CASE_TEXT, cue=st.sampled_from(["release", "re k", "k", "lease ", "ase k", "i", "s", "e"]))
def test_an_ascii_cue_is_in_the_lowered_bytes_where_it_is_in_the_text_lowered(text, cue):
    from prparse.normalise import KELVIN_SIGN, ascii_lowered, lower_each

    lowered = ascii_lowered(text)
    assert len(lowered) == len(text.encode())  # offsets are the UTF-8 text's
    if "k" not in cue or KELVIN_SIGN not in text:
        assert (cue.encode() in lowered) is (cue in lower_each(text))


def test_the_lowered_bytes_miss_a_k_the_kelvin_sign_lowers_to():
    from prparse.normalise import ascii_lowered, lower_each

    assert "k" in lower_each("\u212a") and b"k" not in ascii_lowered("\u212a")


def test_the_lowered_bytes_keep_a_lone_surrogate():
    from prparse.normalise import ascii_lowered

    assert ascii_lowered("A\ud800B") == b"a\xed\xa0\x80b"


@given(texts=st.lists(_ACRONYM_TEXT, max_size=4))
def test_lazy_acronyms_answer_every_token_asked_of_them(texts):
    """Asked about many tokens in turn, the lazy set answers each as the document scan does."""
    from prparse.normalise import LazyAcronyms

    lazy, found = LazyAcronyms(texts), document_acronyms(texts)
    for token in ("LSEG", "NASA", "AB", "ABC", "X1", "A", "3M", "LSEG", "Lseg", "BC"):
        assert (token in lazy) is (token in found)


def test_the_unsplit_spaces_are_the_white_space_clean_line_keeps_inside_a_line():
    import sys

    from prparse.normalise import UNSPLIT_SPACES, clean_line

    kept = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and clean_line(f"a{c}b") != "a b"}
    assert kept - {"\n"} == set(UNSPLIT_SPACES)
