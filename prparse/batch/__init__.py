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

from prparse.batch.inputs import DEFAULT_PATTERNS, colliding_stems, find_inputs, input_name
from prparse.batch.sinks import CsvSink, ErrorLog, JsonlSink, TreeSink
from prparse.batch.storage import is_remote
from prparse.batch.tasks import CONVERTED, FAILED, SKIPPED, WRITE_ERRORS, FileResult, Task, convert, write_failure
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
    tasks = _tasks(options, inputs, sink, recorded)
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


def _tasks(
    options: BatchOptions, inputs: list[str], sink: TreeSink | JsonlSink, recorded: dict[str, str]
) -> Iterator[Task]:
    """One task an input, made as it is handed out, so that a batch holds a task only while it runs."""
    source, output = str(options.source), str(options.output)
    # Local workers write a local tree themselves (creating files is the costly part of writing);
    # a URL (possibly a process-local memory:// store) or a Dask worker elsewhere hands its output back.
    tree = sink if isinstance(sink, TreeSink) else None
    written_by_workers = tree if tree is not None and options.engine == "local" and not is_remote(output) else None
    for relative in inputs:
        name = input_name(relative)
        yield Task(
            source,
            relative,
            name,
            output_format="jsonl" if tree is None else "tree",
            max_bytes=options.max_bytes,
            recorded_sha256=recorded.get(name),
            output=output if written_by_workers else None,
            target=written_by_workers.target(relative) if written_by_workers else None,
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
    except WRITE_ERRORS as error:
        return write_failure(result.input, error)
    return replace(result, payload=None)


def _error_record(result: FileResult) -> dict[str, str | None]:
    return {"path": result.input, "error": result.error, "message": result.message, "stage": result.stage}
