"""Every output validates against `prparse schema`, whatever the input."""

from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import prparse
from prparse.errors import PrparseError
from prparse.schema import OUTPUT_SCHEMA

SAMPLES = sorted(p for p in (Path(__file__).resolve().parents[1] / "samples").iterdir() if p.suffix != ".json")
VALIDATOR = jsonschema.Draft202012Validator(OUTPUT_SCHEMA)

# The characters the extractors care about most: quote marks, dashes, slashes, line breaks.
TRICKY = st.sampled_from(list("\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019-\u2013\u2014/()[]:@#\n\n ,.")) | st.text(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12
)
WORDS = st.sampled_from(
    [
        "said",
        "Jane Roe",
        "CEO of Acme",
        "Media Contact:",
        "About Acme",
        "###",
        "NEW YORK,",
        "Jan. 14, 2021",
        "/PRNewswire/",
        "--",
        "visit www.acme.example",
        "+1 212 555 0100",
        "press@acme.example",
        "By",
        "calls on",
    ]
)


def test_the_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(OUTPUT_SCHEMA)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_output_validates(path):
    VALIDATOR.validate(prparse.parse(path.read_bytes(), name=str(path)).to_dict())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TRICKY | WORDS, max_size=80).map(" ".join))
def test_random_release_like_text_gives_valid_output(text):
    try:
        release = prparse.parse(text)
    except PrparseError:
        return  # a documented refusal (empty input) is a valid answer
    VALIDATOR.validate(release.to_dict())


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_give_valid_output_or_a_documented_error(data):
    try:
        release = prparse.parse(data)
    except PrparseError:
        return
    VALIDATOR.validate(release.to_dict())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<h1>",
                "</h1>",
                "<br>",
                "<li>",
                "<table><tr><td>",
                "<a href='x'>",
                "</a>",
                "<b>",
                "Acme said",
                "\u201cQuote here now\u201d",
                "<script>x</script>",
            ]
        ),
        max_size=60,
    ).map(lambda parts: "<html><body>" + "".join(parts))
)
def test_random_html_gives_valid_output(markup):
    VALIDATOR.validate(prparse.parse(markup, format="html").to_dict())


@given(st.text(max_size=300))
@settings(max_examples=100, deadline=None)
def test_sha256_is_stable(text):
    try:
        first, second = prparse.parse(text), prparse.parse(text)
    except PrparseError:
        return
    assert first.source.sha256 == second.source.sha256
