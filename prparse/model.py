"""The output model: what `prparse.parse` returns, shaped by the output contract (schema 1).

Every key of the contract is always present, in the contract's order; "not found" is None or an
empty list, never "".
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import orjson

SCHEMA_VERSION = "1"

CTA_KINDS = ("visit", "register", "download", "contact", "subscribe", "donate", "buy", "demand", "other")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str | None
    format: str
    encoding: str | None
    sha256: str


@dataclass(frozen=True, slots=True)
class Dateline:
    raw: str
    location: str | None = None
    date: str | None = None  # ISO 8601 "YYYY-MM-DD"
    wire: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None = None
    title: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: Speaker = field(default_factory=Speaker)
    verb: str | None = None
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class CallToAction:
    text: str
    kind: str
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Phone:
    raw: str
    e164: str | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class About:
    organization: str | None
    text: str


@dataclass(frozen=True, slots=True)
class LinkOut:
    text: str | None
    url: str


@dataclass(frozen=True, slots=True)
class PressRelease:
    """One parsed press release."""

    source: SourceInfo
    headline: str | None = None
    subheadline: str | None = None
    dateline: Dateline | None = None
    byline: str | None = None
    issuer: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    calls_to_action: list[CallToAction] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    about: list[About] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    links: list[LinkOut] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self, fields: list[str] | None = None) -> dict[str, Any]:
        """The contract's JSON object; `fields` keeps only those top-level keys."""
        data = _plain(self)
        ordered = {"schema_version": data.pop("schema_version"), **data}
        if fields:
            ordered = {k: v for k, v in ordered.items() if k in fields}
        return ordered

    def to_json(self, *, indent: int | None = 2, fields: list[str] | None = None) -> str:
        """The contract's JSON text: indented by two spaces, or on one line with `indent=None`."""
        if indent not in (2, None):
            raise ValueError(f"indent must be 2 or None, not {indent!r}")
        return json_text(self.to_dict(fields), indented=indent == 2)


def json_text(data: Any, *, indented: bool) -> str:
    """`data` as JSON, non-ASCII characters as they are: what `json.dumps(data, ensure_ascii=False)` gives
    with `indent=2`, or on one line without spaces (`separators=(",", ":")`).

    orjson writes the same text several times faster (the standard library's indented form is pure
    Python): JSON is written for every release of a batch.
    """
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indented else 0).decode()


# Field names of each output class, read once: `dataclasses.asdict` looks them up and deep-copies
# every value on each call, which costs more than the rest of the JSON step.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls))
    for cls in (SourceInfo, Dateline, Speaker, Quote, CallToAction, Phone, Contact, About, LinkOut, PressRelease)
}


# The field values `_plain` gives back as they are without a call: most of them.
_LEAF_TYPES = frozenset({str, bool, type(None)})


def _plain(value: Any) -> Any:
    """What `dataclasses.asdict` gives for the output model: dicts and new lists of the same values."""
    if isinstance(value, list):
        return [item if type(item) is str else _plain(item) for item in value]
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        return value  # str, bool, None: immutable, shared as asdict's deep copy shares them
    plain = {}
    for name in names:
        item = getattr(value, name)
        plain[name] = item if type(item) in _LEAF_TYPES else _plain(item)
    return plain


OUTPUT_FIELDS = tuple(k for k in PressRelease.__dataclass_fields__ if k != "schema_version")
