"""Batch conversion of a folder: one JSON file per input, mirroring the tree, and errors.jsonl.

Every input found ends up either converted or listed in errors.jsonl with the stage where it
failed; one bad file never stops the batch. Outputs are written atomically (a temporary file in
the same folder, then a rename), so an interrupted batch leaves no half-written file.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path, PurePath

from prparse.errors import PrparseError
from prparse.load import MAX_BYTES, display_name
from prparse.pipeline import parse_file

DEFAULT_PATTERNS = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml")
ERRORS_FILE = "errors.jsonl"


@dataclass(frozen=True, slots=True)
class BatchOptions:
    source: Path
    output: Path
    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    jobs: int = 1
    max_bytes: int = MAX_BYTES


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one input: `output` when converted, else the error and its stage."""

    input: str
    output: str | None = None
    error: str | None = None
    message: str | None = None
    stage: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class BatchSummary:
    files: int
    converted: int
    failed: int
    seconds: float
    errors_path: Path


def find_inputs(source: Path, patterns: tuple[str, ...], *, skip: Path | None = None) -> list[Path]:
    """Input files under `source` (relative paths, sorted) whose path matches a pattern.

    Symbolic links to directories are not followed; a dangling link is still listed, so that it
    is reported as failed rather than silently lost.
    """
    found: list[Path] = []
    skip_resolved = skip.resolve() if skip is not None else None
    for folder, dirs, files in os.walk(source, followlinks=False):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if skip_resolved is None or (here / d).resolve() != skip_resolved)
        for name in sorted(files):
            relative = (here / name).relative_to(source)
            if any(PurePath(relative).match(p) for p in patterns):
                found.append(relative)
    return found


def output_names(inputs: list[Path]) -> dict[Path, Path]:
    """Output path (relative) for each input: the name with `.json` for its extension.

    Inputs that would collide ("a.txt" and "a.html") keep their extension ("a.txt.json").
    """
    stems: dict[Path, int] = {}
    for relative in inputs:
        stems[relative.with_suffix("")] = stems.get(relative.with_suffix(""), 0) + 1
    return {
        r: r.with_suffix(".json") if stems[r.with_suffix("")] == 1 else r.with_name(r.name + ".json") for r in inputs
    }


def convert_one(task: tuple[Path, Path, Path, int]) -> FileResult:
    """Parse one input and write its JSON; never raises for a bad input."""
    source, relative, target, max_bytes = task
    name = display_name(relative)
    try:
        release = parse_file(source / relative, max_bytes=max_bytes)
    except PrparseError as error:
        return FileResult(name, error=type(error).__name__, message=_message(error), stage=error.stage)
    except Exception as error:  # a parser bug on one file must not cost the others
        return FileResult(name, error=type(error).__name__, message=str(error)[:500], stage="parse")
    try:
        write_atomic(target, release.to_json() + "\n")
    except (OSError, ValueError) as error:  # ValueError: text the file system cannot take
        message = getattr(error, "strerror", None) or str(error)
        return FileResult(name, error=type(error).__name__, message=message[:500], stage="write")
    return FileResult(name, output=display_name(target))


def _message(error: PrparseError) -> str:
    return error.args[0] if error.args else type(error).__name__


def write_atomic(target: Path, text: str) -> None:
    """Write `text` to `target` through a temporary file and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def run_batch(
    options: BatchOptions,
    on_result: Callable[[FileResult], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Convert every input under `options.source`.

    `on_start` hears how many inputs were found; `on_result` hears of each file as it finishes.
    """
    started = time.perf_counter()
    inputs = find_inputs(options.source, options.patterns, skip=options.output)
    if on_start is not None:
        on_start(len(inputs))
    names = output_names(inputs)
    tasks = [(options.source, r, options.output / names[r], options.max_bytes) for r in inputs]
    options.output.mkdir(parents=True, exist_ok=True)
    errors_path = options.output / ERRORS_FILE
    converted = failed = 0
    with errors_path.open("w", encoding="utf-8") as errors:
        for result in _results(tasks, options.jobs):
            if result.ok:
                converted += 1
            else:
                failed += 1
                errors.write(json.dumps(_error_record(result), ensure_ascii=False) + "\n")
                errors.flush()
            if on_result is not None:
                on_result(result)
    return BatchSummary(len(inputs), converted, failed, time.perf_counter() - started, errors_path)


def _error_record(result: FileResult) -> dict[str, str | None]:
    record = asdict(result)
    record.pop("output")
    return {"path": record.pop("input"), **record}


def _results(tasks: list[tuple[Path, Path, Path, int]], jobs: int) -> Iterator[FileResult]:
    if jobs <= 1 or len(tasks) < 2:
        yield from map(convert_one, tasks)
        return
    import multiprocessing

    chunk = max(1, min(32, len(tasks) // (jobs * 8)))
    with multiprocessing.get_context().Pool(jobs) as pool:
        yield from pool.imap_unordered(convert_one, tasks, chunksize=chunk)
