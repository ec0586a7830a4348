"""Assembling fields: what one extractor's result lends another."""

from __future__ import annotations

import pytest

from prparse import assemble as assembling
from prparse import parse
from prparse.document import Zone
from prparse.extractors.headline import extract_headline, header_lines
from prparse.pipeline import build_document

# No byline, no About section, no wire credit: only the quotes say who speaks for whom.
FEATURE = """Harbourside Bakery Opens a Second Shop

The second shop of Harbourside Bakery Collective opens on Quay Street this Saturday, with a
wood-fired oven built by local masons and a counter for the morning commuter trade.

"We have wanted a second oven for years," said Mara Ellison, founder of {first}. "Now the
harbour has one at each end."

"The queue at the first shop told us it was time," said Tom Reyes, head baker at {second}.
"""


HARBOURSIDE = "Harbourside Bakery Collective"


@pytest.mark.parametrize(
    "first, second, expected",
    [
        pytest.param(HARBOURSIDE, HARBOURSIDE, HARBOURSIDE, id="speakers-org-named-in-lead"),
        pytest.param("Quayside Ovens Trust", "Quayside Ovens Trust", None, id="speakers-org-never-in-lead-or-headline"),
        pytest.param(HARBOURSIDE, "Quay Street Masons Guild", None, id="speakers-of-two-organisations"),
    ],
)
def test_the_one_organisation_every_speaker_speaks_for_is_the_issuer(first, second, expected):
    release = parse(FEATURE.format(first=first, second=second))
    assert {q.speaker.organization for q in release.quotes} == {first, second}
    assert release.issuer == expected


def test_blocks_above_the_headline_are_preamble_and_a_bare_date_below_it_is_header(monkeypatch):
    doc = build_document(
        "MEDIA RELEASE\n\n# Acme Opens a Plant in Ohio\n\nJune 4, 2024\n\n"
        "Acme opened a plant in Ohio today, the company said, and will hire two hundred workers there."
    )
    headline = extract_headline(doc, header_lines(doc))
    asked = []
    monkeypatch.setattr(assembling, "parse_date", lambda text: asked.append(text) or text.startswith("June"))
    zones = [b.zone for b in assembling._mark_header(doc, headline, frozenset({headline.block_index})).blocks]
    assert zones == [Zone.PREAMBLE, Zone.HEADER, Zone.HEADER, Zone.BODY]
    assert asked == ["June 4, 2024"]  # the headline is header already; the body paragraph is too long to be a date


def test_case_folding_never_shortens_a_character():
    # _headline_continuation skips folding a block longer than the headline on this ground.
    assert all(len(chr(c).casefold()) >= 1 for c in range(0x110000))
