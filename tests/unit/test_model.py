"""The output model: `to_dict` builds the contract's object directly, as `dataclasses.asdict` would."""

from dataclasses import asdict

import pytest

from prparse import parse

RELEASES = {
    "quotes-and-contacts": (
        "Acme Opens Plant\n\nBOSTON, May 1, 2024 /PRNewswire/ -- Acme Corp. today opened a plant in Boston, "
        'its largest yet.\n\n"We are proud," said Jane Roe, chief executive of Acme.\n\n'
        "Visit www.acme.example.com to learn more.\n\nMedia contact:\nJohn Doe\n+1 617 555 0100\n"
        "press@acme.example.com\n\nAbout Acme\n\nAcme Corp. makes tools for builders and gardeners."
    ),
    "headline-only": "Acme Opens Plant",
    "html-page": (
        "<html><head><title>Acme opens plant | Acme</title></head><body><h1>Acme opens plant</h1>"
        "<p>BOSTON, May 1, 2024 -- Acme Corp. today opened a plant, <a href='https://acme.example'>its site</a> "
        "says.</p><footer>\u00a9 2024 Acme Corp. All rights reserved.</footer></body></html>"
    ),
}


@pytest.mark.parametrize("text", RELEASES.values(), ids=RELEASES.keys())
def test_to_dict_gives_what_asdict_gives(text):
    release = parse(text)
    data = asdict(release)
    assert release.to_dict() == {"schema_version": data.pop("schema_version"), **data}
    assert list(release.to_dict()) == ["schema_version", *data]


def test_to_dict_lists_are_new_lists():
    release = parse(RELEASES["quotes-and-contacts"])
    assert release.to_dict()["body"] is not release.body
    assert release.to_dict()["contacts"][0]["emails"] is not release.contacts[0].emails
