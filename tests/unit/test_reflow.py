"""Paragraphs rebuilt in text that lost them (PDF extractions, page dumps)."""

import pytest

from prparse.reflow import joins_previous, split_unbroken, wrap_width
from prparse.text_blocks import text_to_blocks

WRAPPED = """May 3, 2023 Contact: Omar Haddad
County Water Board
555-201-7788 (Office)
omar.haddad@water.example
Water board approves new treatment plant for the eastern districts
The county water board on Tuesday approved a new treatment plant that will serve the eastern
districts, where residents have complained about cloudy tap water for more than two years.
Construction begins in the fall and is expected to take eighteen months, the board said.
"This plant will give every household in the east the same clean water as the rest of the county,"
said board chair Ines Moreau. "We owe them nothing less."
The plant will cost $42 million, paid for with bonds approved by voters in 2021 and with state
grants for rural water systems."""


def test_a_document_without_blank_lines_gets_its_paragraphs_back():
    pieces = split_unbroken(WRAPPED)
    assert pieces[0].splitlines() == [
        "May 3, 2023 Contact: Omar Haddad",
        "County Water Board",
        "555-201-7788 (Office)",
        "omar.haddad@water.example",
    ]
    assert pieces[1] == "Water board approves new treatment plant for the eastern districts"
    assert pieces[2].startswith("The county water board") and pieces[2].endswith("more than two years.")
    assert pieces[3] == "Construction begins in the fall and is expected to take eighteen months, the board said."
    assert pieces[4].endswith('"We owe them nothing less."')
    assert pieces[5].endswith("rural water systems.")
    assert len(pieces) == 6


def test_short_chunks_are_left_alone():
    chunk = "PUBLISHED JAN 4, 2022\nBY FRIENDS OF THE MOORS\nTRUST"
    assert split_unbroken(chunk) == [chunk]


@pytest.mark.parametrize(
    "previous, text, width, joined",
    [
        pytest.param(
            "families to be reunited while parents who were", "separated from them", 90, True, id="lowercase-run-on"
        ),
        pytest.param(
            "the re-introduction of a thirteen week waiting period for all new",
            "Jobseeker claims",
            80,
            True,
            id="wrapped-at-width",
        ),
        pytest.param("The plan was approved.", "separated from them", 90, False, id="sentence-ended"),
        pytest.param("PLAN TO MAKE APPLICANTS WAIT", "The government confirmed", 80, False, id="caps-headline"),
        pytest.param("A short label", "Another paragraph", 80, False, id="short-line"),
        pytest.param("Our Biggest Launch Ever, Says CEO", "Second paragraph", None, False, id="not-a-wrapped-text"),
    ],
)
def test_joins_previous(previous, text, width, joined):
    assert joins_previous(previous, text, width) is joined


def test_a_sentence_cut_by_a_blank_line_is_one_block():
    text = (
        "Acme is calling on the council to reopen the bridge, while residents who were\n\ncut off must be compensated."
    )
    (block,) = text_to_blocks(text, markdown=False)[0]
    assert block.flat == (
        "Acme is calling on the council to reopen the bridge, while residents who were cut off must be compensated."
    )


def test_wrap_width_tells_wrapped_text_from_one_line_paragraphs():
    wrapped = "\n".join(["word " * 15] * 8)
    assert wrap_width(wrapped) == len(("word " * 15).strip())
    one_line_paragraphs = "A title line\n\n" + "\n\n".join(f"Paragraph {i} " + "text " * (5 + 4 * i) for i in range(8))
    assert wrap_width(one_line_paragraphs) is None


def test_a_title_line_is_not_joined_to_the_next_paragraph():
    text = "FOR IMMEDIATE RELEASE\n\n\u201cOur Launch Will Change The Industry,\u201d Says CEO\n\nSecond para is here."
    assert [b.text for b in text_to_blocks(text, markdown=False)[0]] == [
        "FOR IMMEDIATE RELEASE",
        "\u201cOur Launch Will Change The Industry,\u201d Says CEO",
        "Second para is here.",
    ]
