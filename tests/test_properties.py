"""Properties that hold for any input whatsoever.

- `parse` answers with a `PressRelease` or raises one of the project's documented `InputError`s
  (a `str` that is not blank is never refused), and every result validates against `prparse schema`;
- the same input gives the same output, byte for byte;
- `source.sha256` is the SHA-256 of the bytes given, and of a `str`'s UTF-8 encoding (lone
  surrogates encoded as they stand, "surrogatepass"), so a text and its UTF-8 bytes hash alike;
- the text normalisers are idempotent: normalising twice changes nothing.

tests/test_schema.py holds the first, smaller generators of this kind (release-like word salad, tag
soup); the generators here are wider: any Unicode, nested markup from real tags and attributes,
raw and encoded bytes, and runs of the quote, dash and space characters the extractors key on.

Examples per test: the "ci" profile (modest, the default); `HYPOTHESIS_PROFILE=long pytest
tests/test_properties.py` for a longer search.
"""

from __future__ import annotations

import hashlib
import html
import os

import jsonschema
import pytest
from hostile_inputs import ATTRIBUTES, TAGS
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import prparse
from prparse.errors import InputError
from prparse.exit_codes import ExitCode, exit_code_for
from prparse.extractors.headline import key
from prparse.normalise import LazyAcronyms, clean_line, collapse, repair, smart_case
from prparse.rules.wires import wire_key
from prparse.schema import OUTPUT_SCHEMA

settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
VALIDATOR = jsonschema.Draft202012Validator(OUTPUT_SCHEMA)

# --- generators ----------------------------------------------------------------------------

# The characters the extractors care about: quote marks of every convention, dashes, and white
# space that is not a plain space (NBSP, thin space, tab, CR, line and paragraph separators).
QUOTE_MARKS = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2018\u2019\u201a'\"`\u300c\u300d"
DASHES = "\u2014\u2013\u2012\u2015\u2212-"
SPACES = " \u00a0\u2009\u202f\u2007\u200b\t\r\n\x0b\x0c\u2028\u2029\x85\u3000"
PUNCTUATION = ",.:;!?()[]/@#&*_|"
SPECIAL = QUOTE_MARKS + DASHES + SPACES + PUNCTUATION

special_mixes = st.text(alphabet=st.sampled_from(SPECIAL + "aAzZ0"), max_size=200)
any_unicode = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)  # lone surrogates too
mostly_special = st.text(alphabet=st.sampled_from(SPECIAL) | st.characters(), max_size=300)

FRAGMENTS = [
    "ACME WINS AWARD",
    "Acme Corp. Unveils Its New Barge",
    "NEW YORK, Jan. 14, 2021 /PRNewswire/ --",
    "LONDON--(BUSINESS WIRE)--",
    "Berlin, 14. Januar 2021 \u2013",
    "said Jane Roe, chief executive of Acme",
    "Roe said.",
    "added Dr. John Smith.",
    "\u201cWe are proud of this,\u201d",
    '"It works," she said.',
    "\u00ab Nous sommes fiers \u00bb, a d\u00e9clar\u00e9 Marie Dupont.",
    "\u201eWir sind stolz\u201c, sagte Hans M\u00fcller.",
    "Media Contact:",
    "Jane Roe",
    "press@acme.example",
    "+1 (212) 555-0100",
    "About Acme",
    "Acme Corp. is a maker of barges.",
    "Forward-Looking Statements",
    "###",
    "-30-",
    "Visit www.acme.example to learn more.",
    "Register now at https://acme.example/events.",
    "By Jane Roe",
    "# Heading",
    "**bold**",
    "[a link](https://acme.example)",
    "- a list item",
]
fragment = st.sampled_from(FRAGMENTS) | special_mixes | st.text(max_size=40)
release_like = st.lists(st.lists(fragment, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=25).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\r\n", "\u2028"]).map(lambda sep: sep.join(lines))
)

html_text = (
    st.sampled_from(FRAGMENTS).map(html.escape)
    | special_mixes.map(html.escape)
    | st.sampled_from(["&amp;", "&nbsp;", "&#8220;", "&#x2014;", "&bogus;", "&", "<", "]]>", "<!-- c -->"])
    | st.just('{"@type": "NewsArticle", "headline": "Acme wins", "datePublished": "2025-02-03"}')
)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """One element of a real tag around generated children, closed or (now and then) left open."""
    return st.builds(
        lambda tag, attribute, inner, closed: f"<{tag}{attribute}>{''.join(inner)}" + (f"</{tag}>" if closed else ""),
        st.sampled_from(TAGS),
        st.sampled_from(ATTRIBUTES),
        st.lists(children, max_size=4),
        st.booleans() | st.just(True),
    )


markup = st.recursive(html_text, _element, max_leaves=40)
html_pages = st.builds(
    lambda doctype, head, body: f"{doctype}<html><head>{head}</head><body>{body}</body></html>",
    st.sampled_from(["", "<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>']),
    st.lists(markup, max_size=3).map("".join),
    st.lists(markup, max_size=6).map("".join),
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1", "shift_jis", "koi8-r"]
encoded_text = st.builds(
    lambda text, encoding: text.encode(encoding, errors="replace"),
    release_like | html_pages,
    st.sampled_from(ENCODINGS),
)
any_bytes = st.binary(max_size=3000) | encoded_text


# --- helpers -------------------------------------------------------------------------------


def parse_or_refuse(data: str | bytes, **options: str) -> prparse.PressRelease | None:
    """The release, or None for a documented refusal; any other exception fails the test."""
    try:
        return prparse.parse(data, **options)
    except InputError as error:
        assert exit_code_for(error) not in (ExitCode.PARSE_FAILED, ExitCode.UNREADABLE)
        assert "\n" not in str(error)
        return None


def assert_valid(release: prparse.PressRelease | None) -> None:
    if release is not None:
        VALIDATOR.validate(release.to_dict())


# --- parse: documented errors only, schema-valid output --------------------------------------


@PROFILE
@given(any_unicode | mostly_special | special_mixes | release_like)
def test_text_always_gives_valid_output(text):
    release = parse_or_refuse(text)
    assert (release is None) == (not text.strip())  # only blank text is refused
    assert_valid(release)


@PROFILE
@given(release_like, st.sampled_from([None, "text", "html"]))
def test_release_like_text_in_any_format_gives_valid_output(text, fmt):
    assert_valid(parse_or_refuse(text, format=fmt))


@PROFILE
@given(html_pages)
def test_html_from_real_tags_gives_valid_output(page):
    release = parse_or_refuse(page)
    assert release is not None
    if not page.startswith("<?xml"):  # see test_a_page_opening_with_an_xml_declaration_is_html
        assert release.source.format == "html"
    assert_valid(release)


def test_a_page_opening_with_an_xml_declaration_is_html():
    page = '<?xml version="1.0" encoding="utf-8"?>\n<html><head></head><body><p>Acme wins.</p></body></html>'
    assert prparse.parse(page).source.format == "html"


@PROFILE
@given(html_pages, st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_html_as_bytes_gives_valid_output(page, encoding):
    assert_valid(parse_or_refuse(page.encode(encoding, errors="replace"), format="html"))


@PROFILE
@given(any_bytes)
def test_bytes_give_valid_output_or_a_documented_refusal(data):
    assert_valid(parse_or_refuse(data))


# --- determinism and the source hash -------------------------------------------------------


@PROFILE
@given(any_bytes)
def test_bytes_hash_is_the_sha256_of_the_input_and_output_is_deterministic(data):
    first = parse_or_refuse(data)
    assume(first is not None)
    second = prparse.parse(data)
    assert first.source.sha256 == second.source.sha256 == hashlib.sha256(data).hexdigest()
    assert first.to_json() == second.to_json()


@PROFILE
@given(any_unicode | release_like | html_pages)
def test_text_hash_is_the_sha256_of_its_utf8_encoding(text):
    release = parse_or_refuse(text)
    assume(release is not None)
    assert release.source.sha256 == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    assert release.to_json() == prparse.parse(text).to_json()


@PROFILE
@given(release_like | html_pages)
def test_a_text_and_its_utf8_bytes_hash_alike(text):
    from_bytes = parse_or_refuse(text.encode("utf-8", "surrogatepass"))
    assume(from_bytes is not None)  # bytes can be refused (control characters read as binary)
    assert from_bytes.source.sha256 == prparse.parse(text).source.sha256


# --- normalisation is idempotent -----------------------------------------------------------

normalisable = any_unicode | mostly_special | release_like


@pytest.mark.parametrize(
    "normalise",
    [
        pytest.param(clean_line, id="clean_line"),
        pytest.param(collapse, id="collapse"),
        pytest.param(key, id="headline.key"),
        pytest.param(wire_key, id="wire_key"),
    ],
)
@PROFILE
@given(text=normalisable)
def test_normalising_twice_changes_nothing(normalise, text):
    once = normalise(text)
    assert normalise(once) == once


@PROFILE
@given(
    text=normalisable
    | st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ .,'&-\u0130\u1e9e\u01c4"), max_size=80)
)
def test_smart_case_twice_changes_nothing(text):
    acronyms = LazyAcronyms([text])
    once = smart_case(text, acronyms=acronyms)
    assert smart_case(once, acronyms=acronyms) == once


# Mojibake as the extractors meet it: UTF-8 read as Windows-1252, once or twice over.
mojibake = st.text(alphabet=st.sampled_from("\u00e9\u00fc\u00df\u2019\u201c\u201d\u2014\u20ac ab"), max_size=40).map(
    lambda t: t.encode("utf-8").decode("cp1252", errors="replace")
)


@PROFILE
@given(text=(normalisable | mojibake).filter(lambda t: "&" not in t))
def test_repair_twice_changes_nothing(text):
    once = repair(text)
    assert repair(once) == once


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("AT&amp;amp;T", "AT&T", id="entity-escaped-twice"),
        pytest.param("AT&" + "amp;" * 5000 + "T", "AT&T", id="ampersand-escaped-5000-times"),
        pytest.param("a &amp;lt;b&amp;gt;", "a <b>", id="escaped-entity"),
        pytest.param("&#38;lt;tag&#38;gt;", "<tag>", id="numeric-ampersand-before-entity"),
        pytest.param("caf&Atilde;&copy;", "café", id="mojibake-written-as-entities"),
    ],
)
def test_repair_of_escaped_entities_twice_changes_nothing(text, expected):
    once = repair(text)
    assert once == expected and repair(once) == once
