"""Batch conversion of a folder (local or any fsspec URL) into JSON files, JSON Lines or CSV.

Every input found ends up converted, skipped (an earlier run converted the same bytes) or listed
in errors.jsonl with the stage where it failed; one bad file, a worker that dies or a document
that runs too long never stops the batch. Outputs are written so that a killed batch leaves no
half-written file, and an interrupted batch keeps what it finished.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from prparse.batch.inputs import DEFAULT_PATTERNS, colliding_stems, find_inputs, input_name, output_name
from prparse.batch.sinks import CsvSink, ErrorLog, JsonlSink, TreeSink
from prparse.batch.storage import is_remote, write_atomic
from prparse.batch.tasks import CONVERTED, FAILED, SKIPPED, FileResult, Task, convert, failure
from prparse.load import MAX_BYTES

__all__ = [
    "DEFAULT_PATTERNS",
    "DEFAULT_TIMEOUT",
    "ENGINES",
    "OUTPUT_FORMATS",
    "BatchOptions",
    "BatchSummary",
    "FileResult",
    "find_inputs",
    "run_batch",
    "write_atomic",
]

OUTPUT_FORMATS = ("tree", "jsonl", "csv")
ENGINES = ("local", "dask")
DEFAULT_TIMEOUT = 60.0  # seconds a document may take; a 20 MB release parses in well under that


@dataclass(frozen=True, slots=True)
class BatchOptions:
    source: str | Path
    output: str | Path
    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    jobs: int = 1
    max_bytes: int = MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    output_format: str | None = None  # None: "jsonl" when the output ends in .jsonl, else "tree"
    force: bool = False
    engine: str = "local"
    scheduler: str | None = None


@dataclass(frozen=True, slots=True)
class BatchSummary:
    files: int
    converted: int
    skipped: int
    failed: int
    seconds: float
    errors_path: str
    interrupted: bool = False


def run_batch(
    options: BatchOptions,
    on_result: Callable[[FileResult], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Convert every input under `options.source`; Ctrl-C ends it early with what was finished.

    `on_start` hears how many inputs were found; `on_result` hears of each file as it finishes.
    """
    started = time.perf_counter()
    source, output = str(options.source), str(options.output)
    inputs = find_inputs(source, options.patterns, skip=output)
    if on_start is not None:
        on_start(len(inputs))
    output_format = options.output_format or ("jsonl" if output.endswith(".jsonl") else "tree")
    sink = _sink(output_format, output, colliding_stems(inputs))
    recorded = sink.open(force=options.force, inputs=inputs)
    render_as = "tree" if output_format == "tree" else "jsonl"
    # Made as they are handed out, so that a batch holds a task only while it runs.
    # Local workers write a local tree themselves (creating files is the costly part of writing);
    # a URL (possibly a process-local memory:// store) or a Dask worker elsewhere hands its output back.
    workers_write = output_format == "tree" and options.engine == "local" and not is_remote(output)
    tree = output if workers_write else None
    colliding = colliding_stems(inputs)
    tasks = (
        Task(
            source, r, name, render_as, options.max_bytes, recorded.get(name), tree, tree and output_name(r, colliding)
        )
        for r, name in ((r, input_name(r)) for r in inputs)
    )
    errors = ErrorLog(sink.errors_path)
    counts: Counter[str] = Counter()
    interrupted = False
    try:
        for result in _results(options, tasks, len(inputs), sink.discard):
            result = _written(sink, result)
            counts[result.status] += 1
            if not result.ok:
                errors.add(_error_record(result))
            if on_result is not None:
                on_result(result)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        sink.close()
        errors.close()
    seconds = time.perf_counter() - started
    return BatchSummary(
        len(inputs), counts[CONVERTED], counts[SKIPPED], counts[FAILED], seconds, errors.location, interrupted
    )


def _sink(output_format: str, output: str, colliding: frozenset[str]) -> TreeSink | JsonlSink:
    if output_format == "jsonl":
        return JsonlSink(output)
    if output_format == "csv":
        return CsvSink(output)
    if output_format == "tree":
        return TreeSink(output, colliding)
    raise ValueError(f"output format must be one of {OUTPUT_FORMATS}, not {output_format!r}")


def _results(
    options: BatchOptions, tasks: Iterator[Task], count: int, discard: Callable[[Task], None]
) -> Iterator[FileResult]:
    if not count:
        return iter(())
    if options.engine == "dask":
        from prparse.batch.dask_engine import dask_results

        return dask_results(tasks, jobs=options.jobs, scheduler=options.scheduler, timeout=options.timeout)
    if options.engine != "local":
        raise ValueError(f"engine must be one of {ENGINES}, not {options.engine!r}")
    from prparse.batch.pool import SupervisedPool

    return SupervisedPool(options.jobs, convert, timeout=options.timeout, discard=discard).run(tasks, count)


def _written(sink: TreeSink | JsonlSink, result: FileResult) -> FileResult:
    """Write an output the worker handed back; the result no longer holds the document afterwards."""
    if result.payload is None:
        return result
    try:
        sink.write(result.relative, result.payload)
    except (OSError, ValueError) as error:  # ValueError: a name the file system cannot take
        message = getattr(error, "strerror", None) or str(error)
        return failure(result.input, type(error).__name__, message, "write")
    return replace(result, payload=None)


def _error_record(result: FileResult) -> dict[str, str | None]:
    return {"path": result.input, "error": result.error, "message": result.message, "stage": result.stage}
