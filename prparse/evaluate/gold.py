"""Reading a labelled set: gold annotation files and the raw releases they describe.

A labelled set is a folder of gold files (`NNN.json`, the format of the corpus's GOLD.md) and a
folder of raw releases. Each gold file names its release in its `file` key, a path relative to
the raw folder; without that key, the raw file with the gold file's stem (`NNN.txt`, `NNN.html`,
...) is its release. By default the raw folder is `raw/` beside the gold folder
(`set/gold/NNN.json` with `set/raw/NNN.html`). Raw files without gold are not scored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prparse.errors import InputError

GOLD_PATTERN = "*.json"
# Keys whose value, when given, must be a list of objects, and the string keys those must hold.
_LIST_KEYS = {"quotes": ("text",), "calls_to_action": ("text",), "contacts": ()}
_TEXT_KEYS = ("file", "headline", "subheadline", "byline", "issuer")


class GoldError(InputError):
    """A labelled set cannot be used: a missing folder, a malformed gold file, a release not found."""


@dataclass(frozen=True)
class GoldCase:
    """One labelled release: its name (the gold file's stem), its gold object and its raw file."""

    name: str
    gold_path: Path
    raw_path: Path
    gold: Mapping[str, Any]


def default_raw_dir(gold_dir: Path) -> Path:
    """Where the raw releases of a gold folder live when not given: `raw/` beside it."""
    return gold_dir.parent / "raw"


def load_cases(gold_dir: Path, raw_dir: Path | None = None) -> list[GoldCase]:
    """Every gold file of `gold_dir` (sorted by name) with its raw release.

    Raises:
        GoldError: a folder is missing, it holds no gold file, a gold file is not valid JSON of
            the gold format, or a gold file's release is not in the raw folder.
    """
    raw_dir = default_raw_dir(gold_dir) if raw_dir is None else raw_dir
    for folder, role in ((gold_dir, "gold"), (raw_dir, "raw")):
        if not folder.is_dir():
            raise GoldError(f"{'not a' if folder.exists() else 'no such'} {role} folder", name=str(folder))
    gold_paths = sorted(p for p in gold_dir.glob(GOLD_PATTERN) if p.is_file())
    if not gold_paths:
        raise GoldError(f"no gold files ({GOLD_PATTERN}) in this folder", name=str(gold_dir))
    cases = []
    for path in gold_paths:
        gold = read_gold(path)
        cases.append(GoldCase(path.stem, path, find_raw(path, gold, raw_dir), gold))
    return cases


def read_gold(path: Path) -> Mapping[str, Any]:
    """One gold file, checked against the gold format's shape.

    Raises:
        GoldError: the file cannot be read, is not JSON, or does not have the gold format's shape.
    """
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"cannot read: {getattr(error, 'strerror', None) or error}", name=str(path)) from None
    except json.JSONDecodeError as error:
        raise GoldError(
            f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})", name=str(path)
        ) from None
    problem = gold_problem(gold)
    if problem:
        raise GoldError(f"not a gold annotation: {problem}", name=str(path))
    return gold


def gold_problem(gold: object) -> str | None:
    """What makes an object unusable as a gold annotation, or None when it has the format's shape."""
    if not isinstance(gold, Mapping):
        return f"expected a JSON object, found {type(gold).__name__}"
    for key in _TEXT_KEYS:
        if gold.get(key) is not None and not isinstance(gold[key], str):
            return f"{key}: expected a string or null"
    dateline = gold.get("dateline")
    if dateline is not None and not isinstance(dateline, Mapping):
        return "dateline: expected an object or null"
    for key, required in _LIST_KEYS.items():
        problem = _list_problem(key, gold.get(key), required)
        if problem:
            return problem
    return None


def _list_problem(key: str, items: object, required: tuple[str, ...]) -> str | None:
    if items is None:
        return None
    if not isinstance(items, list):
        return f"{key}: expected a list"
    for index, item in enumerate(items):
        if not isinstance(item, Mapping):
            return f"{key}[{index}]: expected an object"
        for name in required:
            if not isinstance(item.get(name), str):
                return f"{key}[{index}].{name}: expected a string"
    return None


def find_raw(gold_path: Path, gold: Mapping[str, Any], raw_dir: Path) -> Path:
    """The raw release a gold file describes: its `file` key, else the raw file with its stem.

    Raises:
        GoldError: no such release, or several raw files share the stem.
    """
    if gold.get("file"):
        raw = raw_dir / str(gold["file"])
        if not raw.is_file():
            raise GoldError(f"its release {gold['file']} is not in {raw_dir}", name=str(gold_path))
        return raw
    matches = sorted(p for p in raw_dir.glob(f"{_glob_escape(gold_path.stem)}.*") if p.is_file())
    if len(matches) != 1:
        found = "no" if not matches else f"{len(matches)}"
        raise GoldError(
            f"{found} raw file named {gold_path.stem}.* in {raw_dir} (give its name in 'file')", name=str(gold_path)
        )
    return matches[0]


def _glob_escape(stem: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in stem)
