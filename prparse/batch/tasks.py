"""One input of a batch: what a worker is given, what it does, and what it hands back.

A worker reads and parses the input and renders the output the batch's format needs; writing
is left to the one process that owns the outputs, so a killed worker can never leave a file
half-written.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from prparse.batch.storage import read_input
from prparse.errors import PrparseError
from prparse.pipeline import parse

CONVERTED, SKIPPED, FAILED = "converted", "skipped", "failed"


@dataclass(frozen=True, slots=True)
class Task:
    """One input: `relative` is its path under `source`; `name` is how outputs and errors name it."""

    source: str
    relative: str
    name: str
    output_format: str  # "tree" (an indented file) or "jsonl" (one line; CSV is built from lines)
    max_bytes: int
    recorded_sha256: str | None = None  # what an earlier run converted under this name, if anything


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one input; `payload` is the rendered output, dropped once written."""

    input: str
    status: str
    relative: str = field(default="", repr=False)
    sha256: str | None = None
    payload: Any = field(default=None, repr=False)
    error: str | None = None
    message: str | None = None
    stage: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != FAILED


def failure(name: str, error: str, message: str, stage: str) -> FileResult:
    return FileResult(name, FAILED, error=error, message=message[:500], stage=stage)


def convert(task: Task) -> FileResult:
    """Read, parse and render one input; never raises for a bad input."""
    try:
        data = read_input(task.source, task.relative, max_bytes=task.max_bytes)
        sha256 = hashlib.sha256(data).hexdigest()
        if sha256 == task.recorded_sha256:
            return FileResult(task.name, SKIPPED, task.relative, sha256)
        release = parse(data, name=task.name)
        return FileResult(task.name, CONVERTED, task.relative, sha256, render(release.to_dict(), task.output_format))
    except PrparseError as error:
        message = error.args[0] if error.args else type(error).__name__
        return failure(task.name, type(error).__name__, message, error.stage)
    except RecursionError:
        return failure(task.name, "RecursionError", "nested too deeply to parse", "parse")
    except Exception as error:  # a parser bug on one file must not cost the others
        return failure(task.name, type(error).__name__, str(error), "parse")


def render(record: dict[str, Any], output_format: str) -> Any:
    """One release as an indented JSON file ("tree") or as one JSON line ("jsonl")."""
    if output_format == "jsonl":
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
