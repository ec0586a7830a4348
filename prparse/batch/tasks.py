"""One input of a batch: what a worker is given, what it does, and what it hands back.

A worker reads and parses the input and renders its output. A tree output (a file per input)
is written by the worker itself, through a temporary file and a rename, so that creating
thousands of files is shared among the workers; the supervisor removes the temporary file of a
worker it had to kill. A JSON Lines output goes back to the one process that appends to it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from prparse.batch.storage import output_folder, read_input
from prparse.errors import PrparseError
from prparse.model import json_text
from prparse.pipeline import parse

CONVERTED, SKIPPED, FAILED = "converted", "skipped", "failed"

_T = TypeVar("_T")


def _pickled_by_position(cls: type[_T]) -> type[_T]:
    """Pickle instances as their constructor's arguments, in field order. The state methods
    dataclasses give slotted classes look the fields up again for every object, a cost the
    supervisor paid on every result it received."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    def reduce(self: _T) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = reduce  # type: ignore[assignment, method-assign]
    return cls


@_pickled_by_position
@dataclass(frozen=True, slots=True)
class Task:
    """One input: `relative` is its path under `source`; `name` is how outputs and errors name it."""

    source: str
    relative: str
    name: str
    output_format: str  # "tree" (an indented file) or "jsonl" (one line; CSV is built from lines)
    max_bytes: int
    recorded_sha256: str | None = None  # what an earlier run converted under this name, if anything
    output: str | None = None  # for a tree output: its folder ...
    target: str | None = None  # ... and this input's file in it


@_pickled_by_position
@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one input; `payload` is a rendered output still to write, else None."""

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
    """Read, parse and render one input, and write it when it is a file of a tree; never raises."""
    try:
        data = read_input(task.source, task.relative, max_bytes=task.max_bytes)
        sha256 = hashlib.sha256(data).hexdigest()
        if sha256 == task.recorded_sha256:
            return FileResult(task.name, SKIPPED, task.relative, sha256)
        payload = render(parse(data, name=task.name).to_dict(), task.output_format)
    except PrparseError as error:
        message = error.args[0] if error.args else type(error).__name__
        return failure(task.name, type(error).__name__, message, error.stage)
    except RecursionError:
        return failure(task.name, "RecursionError", "nested too deeply to parse", "parse")
    except Exception as error:  # a parser bug on one file must not cost the others
        return failure(task.name, type(error).__name__, str(error), "parse")
    if task.output is None or task.target is None:
        return FileResult(task.name, CONVERTED, task.relative, sha256, payload)
    return write_output(task, sha256, payload)


def write_output(task: Task, sha256: str, payload: str) -> FileResult:
    try:
        output_folder(task.output).write_atomic(task.target, payload.encode("utf-8"))  # type: ignore[arg-type]
    except WRITE_ERRORS as error:
        return write_failure(task.name, error)
    return FileResult(task.name, CONVERTED, task.relative, sha256)


WRITE_ERRORS = (OSError, ValueError)  # ValueError: a name the file system cannot take


def write_failure(name: str, error: Exception) -> FileResult:
    message = getattr(error, "strerror", None) or str(error)
    return failure(name, type(error).__name__, message, "write")


def render(record: dict[str, Any], output_format: str) -> Any:
    """One release as an indented JSON file ("tree") or as one JSON line ("jsonl")."""
    return json_text(record, indented=output_format != "jsonl") + "\n"
