"""Flat CSV tables of a batch, for spreadsheets: a row a release, a row a quote, a row a contact.

Each table is keyed by the release's `source.name`. The columns are data: a header and a dotted
path into the release's JSON. Lists of values (emails, phones, warnings) are joined with "; ";
the body's paragraphs with blank lines, as they would be printed.
"""

from __future__ import annotations

from typing import Any

LIST_SEPARATOR = "; "
PARAGRAPH_SEPARATOR = "\n\n"

RELEASE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source.name", "source.name"),
    ("source.format", "source.format"),
    ("source.encoding", "source.encoding"),
    ("source.sha256", "source.sha256"),
    ("headline", "headline"),
    ("subheadline", "subheadline"),
    ("dateline.raw", "dateline.raw"),
    ("dateline.location", "dateline.location"),
    ("dateline.date", "dateline.date"),
    ("dateline.wire", "dateline.wire"),
    ("byline", "byline"),
    ("issuer", "issuer"),
    ("quotes", "quotes#"),
    ("calls_to_action", "calls_to_action#"),
    ("contacts", "contacts#"),
    ("about", "about.text"),
    ("body", "body"),
    ("warnings", "warnings"),
)
QUOTE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("text", "text"),
    ("speaker.name", "speaker.name"),
    ("speaker.title", "speaker.title"),
    ("speaker.organization", "speaker.organization"),
    ("verb", "verb"),
    ("inferred", "inferred"),
)
CONTACT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("title", "title"),
    ("organization", "organization"),
    ("emails", "emails"),
    ("phones", "phones.raw"),
    ("phones.e164", "phones.e164"),
)

# table file -> (its header, the release's list it expands, its columns); None: the release itself
TABLES: dict[str, tuple[str | None, tuple[tuple[str, str], ...]]] = {
    "quotes.csv": ("quotes", QUOTE_COLUMNS),
    "contacts.csv": ("contacts", CONTACT_COLUMNS),
    "releases.csv": (None, RELEASE_COLUMNS),  # last: a release counts as written once its row is
}
KEY_COLUMN = "source.name"


def header(table: str) -> list[str]:
    items, columns = TABLES[table]
    names = [name for name, _ in columns]
    return names if items is None else [KEY_COLUMN, "index", *names]


def release_rows(release: dict[str, Any]) -> dict[str, list[list[str]]]:
    """The rows one release adds to each table, in the order the tables are written."""
    name = release["source"]["name"] or ""
    rows: dict[str, list[list[str]]] = {}
    for table, (items, columns) in TABLES.items():
        if items is None:
            rows[table] = [[_cell(release, path) for _, path in columns]]
        else:
            rows[table] = [
                [name, str(i), *(_cell(item, path) for _, path in columns)] for i, item in enumerate(release[items])
            ]
    return rows


def _cell(record: dict[str, Any], path: str) -> str:
    if path.endswith("#"):
        return str(len(record[path[:-1]]))
    value = _lookup(record, path.split("."))
    if isinstance(value, list):
        separator = PARAGRAPH_SEPARATOR if path in ("body", "about.text") else LIST_SEPARATOR
        return separator.join("" if v is None else str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _lookup(value: Any, keys: list[str]) -> Any:
    """Follow a dotted path; through a list, collect the path's value from each item."""
    for i, key in enumerate(keys):
        if value is None:
            return None
        if isinstance(value, list):
            return [_lookup(item, keys[i:]) for item in value]
        value = value.get(key)
    return value
