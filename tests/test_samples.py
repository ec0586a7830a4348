"""The bundled samples, checked field by field against what a careful reader extracts.

Each `samples/<stem>.<ext>` is parsed with `prparse.parse`; its `<stem>.expected.json` holds the
annotation (shape of docs OUTPUT.md, rules of the corpus GOLD.md). One test per (sample, field),
so a failure names both
(`test_sample_field[<sample stem>-<field>]`); contacts compare as (name, sorted emails, sorted E.164
phones) in order. Values are compared the way the corpus scorer compares them: strings after
NFKC, unified quote and dash characters, case folding, collapsed white space and trimmed outer
punctuation; legal-form suffixes ("Inc.", "GmbH") are ignored in organisation names and honorifics
("Dr", "Professor") in speaker names.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import prparse
from prparse.model import PressRelease

EXPECTED_KEYS = (
    "headline", "subheadline", "dateline", "byline", "issuer",
    "quotes", "calls_to_action", "contacts", "about",
)  # fmt: skip
FIELDS = (
    "headline", "subheadline", "dateline.location", "dateline.date", "dateline.wire", "byline", "issuer",
    "quotes", "quotes.speaker_details", "calls_to_action", "contacts", "about",
)  # fmt: skip
MIN_SAMPLES = 13

_UNIFY = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2039": "'", "\u203a": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    }
)  # fmt: skip
_OUTER_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_LEGAL_SUFFIX = re.compile(r",?\s+(?:inc|llc|ltd|plc|corp|co|gmbh|ag|asa|s\.?a|s\.?l)\.?$")
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|sir|dame)\.?\s+")


def norm(value: str | None) -> str | None:
    """A string as the scorer sees it; None and blank strings both become None."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", value).translate(_UNIFY).casefold()
    text = _OUTER_PUNCT.sub("", " ".join(text.split()))
    return text or None


def norm_org(value: str | None) -> str | None:
    text = norm(value)
    return _LEGAL_SUFFIX.sub("", text) if text else None


def norm_person(value: str | None) -> str | None:
    text = norm(value)
    return _HONORIFIC.sub("", text) if text else None


def norm_wire(value: str | None) -> str | None:
    text = re.sub(r"[\W_]+", "", (value or "").casefold())
    return text or None


# --- views: the same projection of the expected annotation and of the parser's output -----------


def _dateline_part(dateline: Any, key: str) -> str | None:
    if dateline is None:
        return None
    value = dateline.get(key) if isinstance(dateline, dict) else getattr(dateline, key)
    return {"location": norm, "date": lambda v: v, "wire": norm_wire}[key](value)


def _speaker(quote: Any) -> dict[str, str | None]:
    speaker = quote["speaker"] if isinstance(quote, dict) else quote.speaker
    if isinstance(speaker, dict):
        return speaker
    return {"name": speaker.name, "title": speaker.title, "organization": speaker.organization}


def _get(item: Any, key: str) -> Any:
    return item[key] if isinstance(item, dict) else getattr(item, key)


def _phones(contact: Any) -> set[str]:
    # Expected phones are E.164 strings; parsed ones are Phone objects (an unsettled e164 shows as "None").
    return {p if isinstance(p, str) else str(p.e164) for p in _get(contact, "phones")}


def view(record: Any, field: str) -> Any:
    """The comparable value of `field` in an expected dict or a `PressRelease`."""
    if field.startswith("dateline."):
        return _dateline_part(_get(record, "dateline"), field.split(".", 1)[1])
    if field in ("headline", "subheadline"):
        return norm(_get(record, field))
    if field == "byline":
        return norm_person(_get(record, field))
    if field == "issuer":
        return norm_org(_get(record, field))
    if field == "quotes":
        return [(norm(_get(q, "text")), norm_person(_speaker(q)["name"])) for q in _get(record, "quotes")]
    if field == "quotes.speaker_details":
        return [
            (norm_person(_speaker(q)["name"]), norm(_speaker(q)["title"]), norm_org(_speaker(q)["organization"]))
            for q in _get(record, "quotes")
        ]
    if field == "calls_to_action":
        return [(norm(_get(c, "text")), _get(c, "kind")) for c in _get(record, "calls_to_action")]
    if field == "contacts":
        return [
            (norm_person(_get(c, "name")), sorted({e.casefold() for e in _get(c, "emails")}), sorted(_phones(c)))
            for c in _get(record, "contacts")
        ]
    if field == "about":
        return [norm_org(a if isinstance(a, str) else a.organization) for a in _get(record, "about")]
    raise AssertionError(f"unknown field {field!r}")


@cache
def _parse(path: Path) -> PressRelease:
    # One parse per sample, shared by the dozen field tests that look at it.
    return prparse.parse(path.read_bytes(), name=str(path))


def _load_expected(expected_file: Path) -> dict[str, Any]:
    assert expected_file.is_file(), f"{expected_file.name} is missing"
    return json.loads(expected_file.read_text(encoding="utf-8"))


# --- the tests -----------------------------------------------------------------------------------


def test_there_are_enough_samples(samples_dir: Path) -> None:
    inputs = [p for p in samples_dir.iterdir() if p.suffix in (".txt", ".md", ".html")]
    assert len(inputs) >= MIN_SAMPLES


def test_every_expected_file_has_its_sample(samples_dir: Path) -> None:
    orphans = [
        p.name
        for p in samples_dir.glob("*.expected.json")
        if not any(p.with_name(p.name.replace(".expected.json", s)).is_file() for s in (".txt", ".md", ".html"))
    ]
    assert orphans == []


def test_expected_file_is_complete(sample_path: Path, expected_file: Path) -> None:
    expected = _load_expected(expected_file)
    assert tuple(expected) == EXPECTED_KEYS
    for quote in expected["quotes"]:
        assert set(quote) == {"text", "speaker"} and set(quote["speaker"]) == {"name", "title", "organization"}
    for contact in expected["contacts"]:
        assert set(contact) == {"name", "emails", "phones"}
        assert all(p.startswith("+") and p[1:].isdigit() for p in contact["phones"]), contact["phones"]


@pytest.mark.parametrize("field", FIELDS)
def test_sample_field(sample_path: Path, expected_file: Path, field: str) -> None:
    expected = _load_expected(expected_file)
    got = _parse(sample_path)
    assert view(got, field) == view(expected, field)
