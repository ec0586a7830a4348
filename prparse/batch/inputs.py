"""Which files a batch converts, and the output name each one gets."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from pathlib import PurePosixPath

from prparse.batch.storage import list_files
from prparse.load import display_name

DEFAULT_PATTERNS = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml")


def find_inputs(source: str, patterns: tuple[str, ...], *, skip: str | None = None) -> list[str]:
    """Input files under `source` (POSIX paths relative to it, sorted) that match a pattern."""
    matches = _matcher(patterns)
    return [relative for relative in list_files(source, skip=skip) if matches(relative)]


def _matcher(patterns: tuple[str, ...]) -> Callable[[str], bool]:
    """`PurePosixPath(relative).match(pattern)` for any pattern. The usual patterns name the file
    only ("*.html"): they are matched, all at once, against the part after the last slash."""
    if any("/" in pattern or not pattern for pattern in patterns):
        return lambda relative: any(PurePosixPath(relative).match(pattern) for pattern in patterns)
    names = re.compile("|".join(fnmatch.translate(pattern) for pattern in patterns))
    return lambda relative: names.match(relative.rpartition("/")[2]) is not None


def _stem(relative: str) -> str:
    """The path without its file's extension: `str(PurePosixPath(relative).with_suffix(""))`."""
    name = relative.rpartition("/")[2]
    dot = name.rfind(".")
    return relative[: len(relative) - len(name) + dot] if 0 < dot < len(name) - 1 else relative


def colliding_stems(inputs: list[str]) -> frozenset[str]:
    """Input paths without extension that more than one input shares ("a" for "a.txt" and "a.html")."""
    seen: set[str] = set()
    twice: set[str] = set()
    for relative in inputs:
        stem = _stem(relative)
        (twice if stem in seen else seen).add(stem)
    return frozenset(twice)


def output_name(relative: str, colliding: frozenset[str]) -> str:
    """The output path of an input: "a.txt" becomes "a.json", or "a.txt.json" when its stem collides."""
    stem = _stem(relative)
    return (relative if stem in colliding else stem) + ".json"


def input_name(relative: str) -> str:
    """How outputs and errors name an input: its path under the source, printable as UTF-8."""
    return display_name(relative)
