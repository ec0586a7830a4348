"""The document model: copies made without dataclasses.replace are what replace makes."""

from dataclasses import fields, replace

import pytest

from prparse.document import Block, BlockKind, Document, Link, Metadata, Source, Zone


def _block(index: int) -> Block:
    return Block(index, BlockKind.PARAGRAPH, f"Text {index}", 2, True, (Link("x", "https://x.example"),), Zone.ABOUT)


def test_with_blocks_is_replace_of_the_blocks():
    doc = Document(
        source=Source("a.html", "html", "utf-8", "0" * 64),
        blocks=(_block(0),),
        meta=Metadata(title="Title", h1="Head"),
        acronyms=frozenset({"LSEG"}),
    )
    blocks = (_block(0), _block(1))
    copied, replaced = doc.with_blocks(blocks), replace(doc, blocks=blocks)
    # Every field is compared, so a field added to Document and not to with_blocks fails here.
    assert all(getattr(copied, f.name) is getattr(replaced, f.name) for f in fields(Document))


def test_in_zone_is_replace_of_the_zone_keeping_the_flat_text():
    block = _block(3)
    flat = block.flat
    moved = block.in_zone(Zone.CONTACT)
    assert moved == replace(block, zone=Zone.CONTACT) and moved.flat is flat
    assert block.in_zone(Zone.ABOUT) is block


@pytest.mark.parametrize(
    "text", ["", "\n", "Acme", "Acme wins", "  Acme\n\nwins  an\u00a0award \n", "one\ttwo\u2003three", "\u3000"]
)
def test_word_count_is_the_length_of_a_split(text):
    assert Block(0, BlockKind.PARAGRAPH, text).word_count == len(text.split())


@pytest.mark.parametrize(
    "text",
    ["Acme wins", "Acme\nwins\nan award", "Acme\n\nwins", " Acme", "Acme \nwins", "Acme\u2028wins", "Acme\r\nwins", ""],
)
def test_flat_is_the_text_split_and_joined_by_spaces(text):
    assert Block(0, BlockKind.PARAGRAPH, text).flat == " ".join(text.split())
