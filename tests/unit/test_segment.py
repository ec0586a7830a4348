"""Zones: body, contact, about, legal and trailer sections of a release."""

import re

import pytest

from prparse import segment
from prparse.document import Block, BlockKind, Zone
from prparse.pipeline import build_document
from prparse.rules.sections import (
    ABOUT_LABEL,
    END_MARK,
    END_MARK_INITIALS,
    RELEASE_END_LINE,
    SECTION_LABELS,
    TRAILER_LINE,
)

RELEASE = """# Vela Foods buys an orchard

SPOKANE, Wash., June 4, 2024 /PRNewswire/ -- Vela Foods bought an orchard today.

The orchard covers 400 acres of apple trees near the river and employs ninety people year round.

About Vela Foods
Vela Foods makes dried fruit snacks in three states.

Forward-Looking Statements
This release contains forward-looking statements about the purchase that involve risks.

Media Contact:
Rosa Diaz
rosa@velafoods.example
509-555-0188

###

---

[Original/Source Press Release](https://wire.example/1)
"""


@pytest.fixture(scope="module")
def zones():
    doc = build_document(RELEASE)
    return {b.text.split("\n")[0][:20]: b.zone for b in doc.blocks}


@pytest.mark.parametrize(
    "start, zone",
    [
        ("Vela Foods buys an o", Zone.BODY),
        ("SPOKANE, Wash., June", Zone.BODY),
        ("The orchard covers 4", Zone.BODY),
        ("About Vela Foods", Zone.ABOUT),
        ("Forward-Looking Stat", Zone.LEGAL),
        ("Media Contact:", Zone.CONTACT),
        ("###", Zone.TRAILER),
        ("Original/Source Pres", Zone.TRAILER),
    ],
)
def test_zones(zones, start, zone):
    assert zones[start] is zone


@pytest.mark.parametrize(
    "label",
    [
        "Media Contact:",
        "Press Contacts",
        "MEDIA CONTACTS:",
        "Investor Relations",
        "For more information, contact:",
        "Contact Details",
        "Contact DetailsAcme Labs",
        "Pressekontakt:",
        "Contacto de prensa",
        "Media inquiries:",
        "For Media Inquiries and Expert Interviews: 555-0100",
        "Contact data:",
    ],
)
def test_contact_labels(label):
    doc = build_document(
        f"Acme did a thing today in the city and said so at length.\n\n{label}\nJane Roe\njane@acme.example"
    )
    assert doc.blocks[1].zone is Zone.CONTACT


@pytest.mark.parametrize(
    "line",
    [
        "About 40 people attended the opening of the new plant, the company said on Tuesday.",
        "Contact with the virus was limited, researchers found after a long study of the data.",
    ],
)
def test_prose_that_starts_like_a_label_stays_body(line):
    doc = build_document(f"Acme did a thing.\n\n{line}")
    assert doc.blocks[1].zone is Zone.BODY


def test_contact_section_ends_at_prose():
    doc = build_document(
        "Contact:\nJane Roe\n555-0100\n\n"
        "The company opened a new factory on Monday and plans to hire two hundred workers over the next year."
    )
    assert [b.zone for b in doc.blocks] == [Zone.CONTACT, Zone.BODY]


def test_a_public_inquiry_line_closes_the_contact_section():
    doc = build_document(
        "Acme did a thing today in the city.\n\nMedia Contact:\nJo Roe\n\nFor Public Inquiries: 1-800-555-0100"
    )
    assert [b.zone for b in doc.blocks] == [Zone.BODY, Zone.CONTACT, Zone.BODY]


def test_a_breadcrumb_trail_is_not_an_about_section():
    doc = build_document("About Acme / Newsroom / Releases\n\nAcme opened a plant in Ohio today, the company said.")
    assert doc.blocks[0].zone is Zone.BODY


@pytest.mark.parametrize(
    "tail, zones",
    [
        pytest.param(
            "Media Assets\n\nVisit the online release to see the video.",
            [Zone.BODY, Zone.BODY],
            id="media-assets-is-release",
        ),
        pytest.param("Follow us on X @acme.", [Zone.BODY], id="follow-sentence"),
        pytest.param("Follow us on:\n\nX", [Zone.TRAILER, Zone.TRAILER], id="follow-heading"),
        pytest.param(
            "https://acme.example/newsroom\n\nWebsite: acme.example", [Zone.TRAILER, Zone.TRAILER], id="newsroom-card"
        ),
        pytest.param(
            "###\n\nNotes to editors\nAcme was founded in 1901.", [Zone.TRAILER, Zone.ABOUT], id="notes-after-end"
        ),
        pytest.param(
            "Forward-Looking Statements\nRisks.\n\nSource: Acme Inc.",
            [Zone.LEGAL, Zone.BODY],
            id="source-line-ends-legal",
        ),
    ],
)
def test_how_a_release_ends(tail, zones):
    lead = "\n\n".join(f"Paragraph {i} of the release says something long enough about the plant." for i in range(4))
    doc = build_document(lead + "\n\n" + tail)
    assert [b.zone for b in doc.blocks[4:]] == zones


LABEL_LINES = [
    "Media Contact:",
    "MEDIA CONTACTS:",
    "  -- Press Contacts",
    "Contact DetailsAcme Labs",
    "For Public Inquiries: 1-800-555-0100",
    "Source: Acme Inc.",
    "Notes to editors",
    "Forward-Looking Statements",
    "Safe Harbor Statement",
    "About Acme",
    "ABOUT ACME INC.",
    "About Baird Funds Baird Funds is a fund family.",
    "ABOUT BOSTON ANVIL WORKS Founded in 1901, the works",
    "About Acme / Newsroom / Releases",
    "About 40 people attended the opening of the new plant, the company said on Tuesday.",
    "Über die DRK",
    "À propos de Acme",
    "“About Acme”",
    "Contact with the virus was limited.",
    "The orchard covers 400 acres.",
    "",
]


def _label_by_table(line: str) -> Zone | None:
    """What section_label did before the table was tried in one call: each entry in turn."""
    for zone, pattern in SECTION_LABELS:
        if pattern is ABOUT_LABEL:
            if segment._about_label(line):
                return zone
        elif pattern.match(line):
            return zone
    return None


@pytest.mark.parametrize("line", LABEL_LINES)
def test_one_call_finds_the_label_the_table_does(line):
    block = Block(0, BlockKind.PARAGRAPH, line + "\nJane Roe")
    assert segment.section_label(block) is _label_by_table(line)


def test_about_label_is_the_last_entry_the_combined_pattern_screens():
    assert SECTION_LABELS[-1][1] is ABOUT_LABEL


@pytest.mark.parametrize("mark", ["###", "# # #", " -30- ", "— END —", "[ end ]", "ENDS", "- end -", "Ends"])
def test_end_marks_open_with_a_listed_character(mark):
    assert END_MARK.match(mark)
    assert mark.lstrip()[:1] in END_MARK_INITIALS


def test_no_other_character_opens_an_end_mark_under_ignorecase():
    folds_to_e = [chr(c) for c in range(0x110000) if re.match("(?i)e", chr(c))]
    assert set(folds_to_e) <= set(END_MARK_INITIALS)


@pytest.mark.parametrize("line", ["###", "Related News", "Tags: x", "https://acme.example", "The plant opened."])
def test_release_end_line_is_an_end_mark_or_a_trailer_line(line):
    assert bool(RELEASE_END_LINE.match(line)) is bool(END_MARK.match(line) or TRAILER_LINE.match(line))
