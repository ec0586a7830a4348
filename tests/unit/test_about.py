"""'About X' sections: organisation and text, in English, German and Spanish."""

import pytest

from prparse.document import Block, BlockKind
from prparse.extractors.about import _after_first_line, extract_about
from prparse.normalise import collapse
from prparse.pipeline import build_document

BODY = "Acme opened a plant in Ohio on Monday, the company said in a statement.\n\n"


@pytest.mark.parametrize(
    "section, organization, text",
    [
        pytest.param("About Acme Corp.\nAcme makes anvils.", "Acme Corp", "Acme makes anvils.", id="label-line"),
        pytest.param(
            "About the Anvil Trust\n\nThe trust funds forges.", "Anvil Trust", "The trust funds forges.", id="own-block"
        ),
        pytest.param("ABOUT ACME TOOLS\nAcme makes tools.", "Acme Tools", "Acme makes tools.", id="all-caps"),
        pytest.param(
            "Über die Stiftung Eiche\nDie Stiftung pflanzt Bäume.",
            "Stiftung Eiche",
            "Die Stiftung pflanzt Bäume.",
            id="german",
        ),
        pytest.param(
            "Sobre la Fundación Roble\nLa fundación planta árboles.",
            "Fundación Roble",
            "La fundación planta árboles.",
            id="spanish",
        ),
        pytest.param("About Us\nWe make anvils.", None, "We make anvils.", id="about-us"),
        pytest.param(
            "About Baird Tools Baird Tools is a maker of anvils.",
            "Baird Tools",
            "Baird Tools is a maker of anvils.",
            id="run-in",
        ),
    ],
)
def test_about_sections(section, organization, text):
    (about,) = extract_about(build_document(BODY + section))
    assert (about.organization, about.text) == (organization, text)


def test_several_sections_in_order_and_the_body_is_not_one():
    doc = build_document(
        BODY + "About Acme\nAcme makes anvils.\n\nAbout Forge Ltd\nForge makes forges.\n\nMedia Contact:\nJo Roe"
    )
    assert [(a.organization, a.text) for a in extract_about(doc)] == [
        ("Acme", "Acme makes anvils."),
        ("Forge Ltd", "Forge makes forges."),
    ]


def test_a_sentence_beginning_with_about_is_not_a_section():
    assert extract_about(build_document(BODY + "About 40 people attended the opening, the company said.")) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("About Acme\nAcme makes anvils.\nIn Ohio.", id="lines"),
        pytest.param("About  Acme \n  Acme\tmakes   anvils. \n\n", id="odd-spaces"),
        pytest.param("About Acme\nAc\u200bme makes\xadanvils \ufeff.", id="invisible-characters"),
        pytest.param("About Acme\u2019s Lab\n\u201cAcme\u201d makes anvils\u00a0today.", id="outside-ascii"),
        pytest.param("About Acme", id="label-alone"),
        pytest.param("About Acme\n \n", id="blank-rest"),
    ],
)
def test_the_text_after_a_label_line_is_the_rest_of_the_block_collapsed(text):
    """`_after_first_line`, read from the block's flat text, is what collapsing the lines after the first gives."""
    block = Block(0, BlockKind.PARAGRAPH, text)
    assert _after_first_line(block, block.first_line) == collapse(" ".join(block.lines[1:]))
