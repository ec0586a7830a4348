"""Plain text and Markdown become ordered blocks; Markdown is read for what it means."""

import pytest

from prparse.document import BlockKind, Link
from prparse.text_blocks import text_to_blocks


def blocks_of(text, markdown=True):
    return text_to_blocks(text, markdown=markdown)[0]


def test_blank_lines_separate_paragraphs_and_line_breaks_stay():
    blocks = blocks_of("First para\nstill first.\n\n  \nSecond para.", markdown=False)
    assert [b.text for b in blocks] == ["First para\nstill first.", "Second para."]
    assert blocks[0].flat == "First para still first."
    assert [b.index for b in blocks] == [0, 1]


@pytest.mark.parametrize(
    "markdown, kind, level, text",
    [
        pytest.param("# Acme opens a plant", BlockKind.HEADING, 1, "Acme opens a plant", id="atx-h1"),
        pytest.param("### Deck line ###", BlockKind.HEADING, 3, "Deck line", id="atx-closed"),
        pytest.param("* first point", BlockKind.LIST_ITEM, None, "first point", id="star-bullet"),
        pytest.param("2. second point", BlockKind.LIST_ITEM, None, "second point", id="numbered"),
        pytest.param("---", BlockKind.RULE, None, "---", id="rule"),
    ],
)
def test_markdown_structure(markdown, kind, level, text):
    (block,) = blocks_of(markdown)
    assert (block.kind, block.level, block.text) == (kind, level, text)


def test_links_become_their_words_and_are_kept():
    (block,) = blocks_of("Read [the full report](https://acme.example/report) or see <https://acme.example>.")
    assert block.text == "Read the full report or see https://acme.example."
    assert block.links == (Link("the full report", "https://acme.example/report"), Link(None, "https://acme.example"))


def test_placeholder_links_are_dropped_but_words_kept():
    (block,) = blocks_of("For more information subscribe and [follow us](#).")
    assert block.text == "For more information subscribe and follow us."
    assert block.links == ()


def test_images_disappear():
    assert blocks_of("![QR code](https://cdn.example/qr.webp)") == ()


@pytest.mark.parametrize(
    "markdown, text, emphasis",
    [
        pytest.param("**A bold deck under the headline**", "A bold deck under the headline", True, id="bold-block"),
        pytest.param("_An italic deck_", "An italic deck", True, id="italic-block"),
        pytest.param("Some **bold** words and *em* here", "Some bold words and em here", False, id="inline"),
        pytest.param(r"Price \*not\* escaped", "Price *not* escaped", False, id="escapes"),
    ],
)
def test_emphasis(markdown, text, emphasis):
    (block,) = blocks_of(markdown)
    assert (block.text, block.emphasis) == (text, emphasis)


def test_plain_text_keeps_literal_markup_characters():
    (block,) = blocks_of("Revenue grew 5% * 2 quarters [unaudited](x)", markdown=False)
    assert block.text == "Revenue grew 5% * 2 quarters [unaudited](x)"


def test_front_matter_is_metadata():
    blocks, meta = text_to_blocks(
        "---\ntitle: Lab gets grant\nauthor: Ann Lee\n---\n\n## Lab gets grant\n", markdown=True
    )
    assert (meta.title, meta.author) == ("Lab gets grant", "Ann Lee")
    assert [b.text for b in blocks] == ["Lab gets grant"]


def test_paragraphs_run_together_with_space_runs_are_split():
    text = "The fund won an award.   It is the fifth win.  About Acme Tools  Founded in 1901, it makes anvils."
    assert [b.text for b in blocks_of(text, markdown=False)] == [
        "The fund won an award.",
        "It is the fifth win.",
        "About Acme Tools",
        "Founded in 1901, it makes anvils.",
    ]


def test_a_date_with_a_day_and_full_stop_is_not_a_numbered_item():
    blocks = blocks_of("Berlin\n\n14. Januar 2021\n\n3. Punkt der Liste")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Berlin"),
        (BlockKind.PARAGRAPH, "14. Januar 2021"),
        (BlockKind.LIST_ITEM, "Punkt der Liste"),
    ]


def test_setext_headings():
    blocks = blocks_of(
        "Ferry Line Expands\n==================\n\nNight crossings start\n---------------------\n\nText."
    )
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (BlockKind.HEADING, 1, "Ferry Line Expands"),
        (BlockKind.HEADING, 2, "Night crossings start"),
        (BlockKind.PARAGRAPH, None, "Text."),
    ]


def test_a_rule_under_a_long_paragraph_is_not_a_setext_heading():
    paragraph = "Riyadh, 29 May 2023: the zones drew new investment from firms in nine countries at the forum."
    blocks = blocks_of(paragraph + "\n---\n\nMore.")
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.RULE, BlockKind.PARAGRAPH]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("One sentence.  Two spaces are no break.", id="two-spaces"),
        pytest.param("First part.   Second part after three spaces.", id="three-spaces"),
        pytest.param("First part.\t\t\tSecond part after tabs.", id="tabs"),
        pytest.param("Closing words  About Acme Acme makes tools.", id="about-after-two-spaces"),
        pytest.param("No runs of spaces at all here.", id="none"),
    ],
)
def test_inline_breaks_split_as_the_pattern_does(text):
    from prparse.text_blocks import _INLINE_BREAK, _inline_breaks

    assert _inline_breaks(text) == _INLINE_BREAK.split(text)
