"""Assembling fields: what one extractor's result lends another."""

from __future__ import annotations

import pytest

from prparse import parse

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
