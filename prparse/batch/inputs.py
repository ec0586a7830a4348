"""Which files a batch converts, and the output name each one gets."""

from __future__ import annotations

from pathlib import PurePosixPath

from prparse.batch.storage import list_files
from prparse.load import display_name

DEFAULT_PATTERNS = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml")


def find_inputs(source: str, patterns: tuple[str, ...], *, skip: str | None = None) -> list[str]:
    """Input files under `source` (POSIX paths relative to it, sorted) that match a pattern."""
    return [
        relative
        for relative in list_files(source, skip=skip)
        if any(PurePosixPath(relative).match(pattern) for pattern in patterns)
    ]


def colliding_stems(inputs: list[str]) -> frozenset[str]:
    """Input paths without extension that more than one input shares ("a" for "a.txt" and "a.html")."""
    seen: set[str] = set()
    twice: set[str] = set()
    for relative in inputs:
        stem = str(PurePosixPath(relative).with_suffix(""))
        (twice if stem in seen else seen).add(stem)
    return frozenset(twice)


def output_name(relative: str, colliding: frozenset[str]) -> str:
    """The output path of an input: "a.txt" becomes "a.json", or "a.txt.json" when its stem collides."""
    path = PurePosixPath(relative)
    stem = path.with_suffix("")
    return str(path.with_name(path.name + ".json") if str(stem) in colliding else stem.with_name(stem.name + ".json"))


def input_name(relative: str) -> str:
    """How outputs and errors name an input: its path under the source, printable as UTF-8."""
    return display_name(relative)
