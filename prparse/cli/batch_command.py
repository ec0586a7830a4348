"""`prparse batch`: convert a folder of releases, one JSON file per input."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from prparse.cli.app import app, fail_line, stderr_console
from prparse.exit_codes import ExitCode


@app.command("batch")
def batch_command(
    source: Annotated[Path, typer.Argument(help="Folder of releases (.txt, .md, .html, ...).", show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder to write the JSON files to.")],
    glob: Annotated[
        Optional[list[str]],  # noqa: UP045 - typer reads this annotation at run time on Python 3.10
        typer.Option("--glob", help="Only inputs whose path matches; repeatable. Default: text, Markdown, HTML."),
    ] = None,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--jobs", "-j", help="Worker processes. Default: the machine's cores.", show_default=False),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Convert every release under SOURCE into OUTPUT, mirroring the tree.

    Failed inputs are listed with their reason in OUTPUT/errors.jsonl; the exit code is 1 when
    any input failed.

    [b]Example:[/b] prparse batch newsroom-dump/ -o json/ --glob '*.html' --jobs 4
    """
    from prparse.batch import DEFAULT_PATTERNS, BatchOptions, run_batch

    if jobs is not None and jobs < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--jobs")
    if not source.is_dir():
        fail_line(f"{source}: not a folder")
        raise typer.Exit(ExitCode.UNREADABLE)
    options = BatchOptions(source, output, tuple(glob) if glob else DEFAULT_PATTERNS, jobs or os.cpu_count() or 1)
    console = stderr_console()
    with _progress(console, quiet) as progress:
        task = progress.add_task("parsing", total=None)

        def advance(result) -> None:  # type: ignore[no-untyped-def]
            progress.advance(task)
            if not result.ok:
                console.print(f"[red]failed[/red] {result.input}: {result.message}", markup=True, highlight=False)

        summary = run_batch(options, on_result=advance, on_start=lambda n: progress.update(task, total=n))
    console.print(_summary_table(summary))
    if summary.failed:
        raise typer.Exit(ExitCode.SOME_FAILED)


def _progress(console, quiet: bool):  # type: ignore[no-untyped-def]
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=quiet,
        transient=True,
    )


def _summary_table(summary):  # type: ignore[no-untyped-def]
    from rich.table import Table

    table = Table(title="prparse batch", show_header=True, header_style="bold")
    for column in ("files", "converted", "failed", "seconds"):
        table.add_column(column, justify="right")
    table.add_row(str(summary.files), str(summary.converted), str(summary.failed), f"{summary.seconds:.2f}")
    if summary.failed:
        table.caption = f"errors: {summary.errors_path}"
    return table
