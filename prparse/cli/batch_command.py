"""`prparse batch`: convert a folder of releases into JSON files, JSON Lines or CSV tables."""

from __future__ import annotations

import os
import signal
import time
from typing import Annotated, Optional

import typer

from prparse.cli.app import app, fail_line, stderr_console
from prparse.cli.options import parse_size
from prparse.exit_codes import ExitCode
from prparse.load import MAX_BYTES

_REFRESH_SECONDS = 0.1


@app.command("batch")
def batch_command(
    source: Annotated[
        str, typer.Argument(help="Folder of releases, or an fsspec URL (s3://bucket/news).", metavar="SOURCE")
    ],
    output: Annotated[
        str, typer.Option("-o", "--output", help="Folder to write to; a name ending in .jsonl writes JSON Lines.")
    ],
    to: Annotated[
        Optional[str],  # noqa: UP045 - typer reads this annotation at run time on Python 3.10
        typer.Option(
            "--to", help="tree (a .json per input), jsonl or csv. Default: jsonl for OUTPUT.jsonl, else tree."
        ),
    ] = None,
    glob: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--glob", help="Only inputs whose path matches; repeatable. Default: text, Markdown, HTML."),
    ] = None,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--jobs", "-j", help="Worker processes. Default: the machine's cores.", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Redo inputs an earlier run already converted.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds a document may take; 0 for no limit.")] = 60,
    max_bytes: Annotated[str, typer.Option("--max-bytes", help="Largest input read, e.g. 20MB or 512k.")] = (
        f"{MAX_BYTES // 2**20}MB"
    ),
    engine: Annotated[str, typer.Option("--engine", help="local (a process pool) or dask.")] = "local",
    scheduler: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--scheduler", help="Dask scheduler address; default: a local cluster.", show_default=False),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Convert every release under SOURCE into OUTPUT, mirroring the tree.

    Inputs converted by an earlier run into the same OUTPUT are skipped when their bytes have not
    changed. Failed inputs are listed with their reason in errors.jsonl; the exit code is 1 when
    any input failed, 130 when interrupted.

    [b]Example:[/b] prparse batch newsroom-dump/ -o json/ --glob '*.html' --jobs 4
    """
    from prparse.batch import DEFAULT_PATTERNS, ENGINES, OUTPUT_FORMATS, BatchOptions, run_batch

    options = BatchOptions(
        source=source,
        output=output,
        patterns=tuple(glob) if glob else DEFAULT_PATTERNS,
        jobs=_jobs(jobs),
        max_bytes=parse_size(max_bytes),
        timeout=_timeout(timeout),
        output_format=_choice(to, OUTPUT_FORMATS, "--to") if to else None,
        force=force,
        engine=_choice(engine, ENGINES, "--engine"),
        scheduler=scheduler,
    )
    _check_source(source)
    _check_engine(options.engine)
    console = stderr_console()
    previous = signal.signal(signal.SIGTERM, _interrupt)  # a scheduler's stop is a Ctrl-C: finish cleanly
    try:
        with _BatchProgress(console, quiet) as progress:
            summary = run_batch(options, on_result=progress.advance, on_start=progress.start)
    finally:
        signal.signal(signal.SIGTERM, previous)
    console.print(_summary_table(summary))
    if summary.interrupted:
        raise typer.Exit(ExitCode.INTERRUPTED)
    if summary.failed:
        raise typer.Exit(ExitCode.SOME_FAILED)


def _jobs(jobs: int | None) -> int:
    if jobs is not None and jobs < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--jobs")
    return jobs or os.cpu_count() or 1


def _timeout(seconds: float) -> float | None:
    if seconds < 0:
        raise typer.BadParameter("must be 0 (no limit) or more", param_hint="--timeout")
    return seconds or None


def _choice(value: str, choices: tuple[str, ...], hint: str) -> str:
    if value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=hint)
    return value


def _check_source(source: str) -> None:
    from prparse.batch.storage import is_remote, local_path

    if not is_remote(source) and not local_path(source).is_dir():
        fail_line(f"{source}: not a folder")
        raise typer.Exit(ExitCode.UNREADABLE)


def _check_engine(engine: str) -> None:
    import importlib.util

    if engine == "dask" and importlib.util.find_spec("distributed") is None:
        fail_line("the dask engine needs dask and distributed: pip install 'prparse[dask]'")
        raise typer.Exit(ExitCode.USAGE)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


class _BatchProgress:
    """Files done and failed, rate and ETA on stderr, redrawn at most ten times a second.

    Drawn from the main thread (no refresh thread), so worker processes never fork a process
    that has other threads running.
    """

    def __init__(self, console, quiet: bool) -> None:  # type: ignore[no-untyped-def]
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = console
        self.quiet = quiet
        self.progress = Progress(
            TextColumn("parsing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed[/red]"),
            TextColumn("{task.fields[rate]:.0f} files/s"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            disable=quiet,
            transient=True,
            auto_refresh=False,
        )
        self.task = self.progress.add_task("parsing", total=None, failed=0, rate=0.0)
        self.failed = self.done = 0
        self.started = self.drawn = time.monotonic()

    def __enter__(self) -> _BatchProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def start(self, total: int) -> None:
        self.progress.update(self.task, total=total)
        self.progress.refresh()

    def advance(self, result) -> None:  # type: ignore[no-untyped-def]
        self.done += 1
        if not result.ok:
            self.failed += 1
            self.console.print(f"[red]failed[/red] {result.input}: {result.message}", markup=True, highlight=False)
        if self.quiet:
            return  # a hidden bar still takes a lock and recomputes its fields on every update
        now = time.monotonic()
        rate = self.done / max(now - self.started, 1e-9)
        self.progress.update(self.task, completed=self.done, failed=self.failed, rate=rate)
        if now - self.drawn >= _REFRESH_SECONDS:
            self.drawn = now
            self.progress.refresh()


def _summary_table(summary):  # type: ignore[no-untyped-def]
    from rich.table import Table

    table = Table(title="prparse batch", show_header=True, header_style="bold")
    for column in ("files", "converted", "skipped", "failed", "seconds"):
        table.add_column(column, justify="right")
    counts = (summary.files, summary.converted, summary.skipped, summary.failed)
    table.add_row(*map(str, counts), f"{summary.seconds:.2f}")
    notes = []
    if summary.interrupted:
        done = summary.converted + summary.skipped + summary.failed
        notes.append(f"interrupted: {done} of {summary.files} files done")
    if summary.failed:
        notes.append(f"errors: {summary.errors_path}")
    table.caption = "; ".join(notes) or None
    return table
