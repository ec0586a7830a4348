"""The output model: `to_dict` builds the contract's object directly, as `dataclasses.asdict` would; `to_json`
writes it as `json.dumps` would."""

import json
from dataclasses import asdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse import parse
from prparse.model import json_text

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


# --- JSON text --------------------------------------------------------------------------------------

_JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=30)
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@given(data=_JSON_VALUES)
def test_json_text_is_what_json_dumps_writes(data):
    """Control characters escaped alike, non-ASCII kept, empty lists and objects, nesting: the same text."""
    assert json_text(data, indented=False) == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert json_text(data, indented=True) == json.dumps(data, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("text", RELEASES.values(), ids=RELEASES.keys())
def test_to_json_is_the_dict_as_json(text):
    release = parse(text)
    assert json.loads(release.to_json()) == json.loads(release.to_json(indent=None)) == release.to_dict()
    assert "\n" not in release.to_json(indent=None) and release.to_json().startswith('{\n  "schema_version": "1",')


def test_to_json_indents_by_two_or_not_at_all():
    with pytest.raises(ValueError, match="indent must be 2 or None"):
        parse(RELEASES["headline-only"]).to_json(indent=4)


def test_a_lone_surrogate_in_a_str_input_becomes_a_replacement_character():
    """A str may hold one (no decoded bytes do); no UTF-8, so no JSON written as UTF-8, can."""
    release = parse("Acme Opens Plant \ud800 In Boston\n\nAcme opened a plant.", name="a\udcffb.txt")
    assert release.headline == "Acme Opens Plant \ufffd In Boston"
    assert release.source.name == "a\ufffdb.txt"
    assert json.loads(release.to_json())["headline"] == release.headline
