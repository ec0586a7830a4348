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


def output_names(inputs: list[str]) -> dict[str, str]:
    """Output path (relative) for each input: the name with `.json` for its extension.

    Inputs that would collide ("a.txt" and "a.html") keep their extension ("a.txt.json").
    """
    stems: dict[PurePosixPath, int] = {}
    for relative in inputs:
        stem = PurePosixPath(relative).with_suffix("")
        stems[stem] = stems.get(stem, 0) + 1
    names = {}
    for relative in inputs:
        path = PurePosixPath(relative)
        unique = stems[path.with_suffix("")] == 1
        names[relative] = str(path.with_suffix(".json") if unique else path.with_name(path.name + ".json"))
    return names


def input_name(relative: str) -> str:
    """How outputs and errors name an input: its path under the source, printable as UTF-8."""
    return display_name(relative)
