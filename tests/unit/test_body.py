"""The body: the release's own paragraphs, without header lines and boilerplate; and its links."""

import prparse

RELEASE = """The Hon Mara Quell MP
Minister for Rivers

MEDIA RELEASE

# River towns get flood sirens

12 March 2023

Every river town will get a flood siren by winter, the minister announced on Sunday.

The sirens cost $4 million and are paid from the disaster fund. Details are at [the ministry site](https://rivers.example/sirens).

About the Ministry of Rivers
The ministry looks after rivers. See [the ministry site](https://rivers.example/sirens).

Media contact: Tom Vale 0400 555 123

---

[Original/Source Press Release](https://wire.example/77)
"""


def test_body_is_only_the_release_paragraphs():
    release = prparse.parse(RELEASE)
    assert release.body == [
        "Every river town will get a flood siren by winter, the minister announced on Sunday.",
        "The sirens cost $4 million and are paid from the disaster fund. Details are at the ministry site.",
    ]


def test_links_of_the_release_are_kept_once_and_archive_links_are_not():
    release = prparse.parse(RELEASE)
    assert [(link.text, link.url) for link in release.links] == [("the ministry site", "https://rivers.example/sirens")]


def test_warnings_say_what_was_not_found():
    undated = prparse.parse("The company said on its website that it would do many things, some of them soon.")
    assert "no release date found" in undated.warnings
    lead_only = prparse.parse("LONDON, 3 May 2021 -- Acme Ltd opened a shop in Soho today, its first in the city.")
    assert lead_only.warnings == ["no headline found"]


def test_staff_speakers_work_for_the_issuer_but_office_holders_do_not():
    release = prparse.parse(
        "# Acme Tools opens a forge\n\n"
        "DENVER, March 3, 2024 /PRNewswire/ -- Acme Tools Inc. (NYSE: ACMT) today opened a forge in Denver.\n\n"
        '"We have wanted this forge for ten long years," said Jo Park, chief operating officer.\n\n'
        '"The city welcomes every new job in our old industrial district," said Mayor Lee Ruiz.\n\n'
        "About Acme Tools\nAcme Tools makes anvils."
    )
    speakers = [(q.speaker.name, q.speaker.organization) for q in release.quotes]
    assert speakers[0] == ("Jo Park", release.issuer) and release.issuer
    assert speakers[1][1] is None


def test_a_headline_broken_over_blocks_stays_out_of_the_body():
    release = prparse.parse(
        "MINISTER PLANS TO MAKE SAVERS\n\nWAIT SIX MONTHS\n\n"
        "The government confirmed its plan on Monday, the opposition said in a statement."
    )
    assert release.body == ["The government confirmed its plan on Monday, the opposition said in a statement."]
