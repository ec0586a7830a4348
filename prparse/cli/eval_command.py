"""`prparse eval`: score the parser against a labelled set of releases, optionally as a gate."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from prparse.cli.app import app, fail_line
from prparse.exit_codes import ExitCode

SHOWN_CHARS = 160  # a miss's text is cut here in the table; --json gives it whole


@app.command("eval")
def eval_command(
    gold_dir: Annotated[
        Path, typer.Argument(metavar="GOLD_DIR", help="Folder of gold files (NNN.json).", show_default=False)
    ],
    raw_dir: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads this annotation at run time on Python 3.10
        typer.Argument(
            metavar="RAW_DIR", help="Folder of the raw releases. Default: raw/ beside GOLD_DIR.", show_default=False
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
    misses: Annotated[bool, typer.Option("--misses", help="List every wrong or missed value.")] = False,
    floors: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--min",
            metavar="FIELD=VALUE",
            help="Exit with code 9 when FIELD's score (accuracy, or F1) is below VALUE; repeatable.",
        ),
    ] = None,
) -> None:
    """Score the parser against gold annotations (the format of the corpus's GOLD.md).

    Each gold file names its release in its "file" key, relative to RAW_DIR (else the raw file
    with the gold file's stem is used); raw files without gold are ignored. Single values get
    an accuracy, lists (quote words, calls to action, contacts) precision, recall and F1.
    A release the parser fails on is reported on stderr and scored as an empty output.
    Fields: headline, subheadline, dateline.date, dateline.location, dateline.wire, byline,
    issuer, quotes.speaker (accuracy); quotes.text, calls_to_action, contacts.email,
    contacts.phone, contacts.name (F1).
    Exit codes: 0 scored (and every floor met), 2 bad option or unknown field, 3 the labelled
    set cannot be read, 9 a score is below its --min floor.

    [b]Example:[/b] prparse eval corpus/gold --min headline=0.95 --min quotes.text=0.9
    """
    from prparse.evaluate import GoldError, below_floors, evaluate

    wanted = _floors(floors or [])
    try:
        result = evaluate(gold_dir, raw_dir)
    except GoldError as error:
        fail_line(str(error))
        raise typer.Exit(ExitCode.UNREADABLE) from None
    for _document, message in result.failures:
        typer.echo(f"prparse: warning: {message} (scored as an empty output)", err=True)
    failed = below_floors(result.report, wanted)
    try:
        if as_json:
            typer.echo(json.dumps(_json(result, wanted, failed, misses), ensure_ascii=False))
        else:
            _print(result.report, wanted, failed, misses)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (`| head`): the floors still decide the exit code
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    for floor in failed:
        value = result.report.scores[floor.field].value
        typer.echo(f"prparse: below floor: {floor.field} {value:.3f} < {floor.minimum:g}", err=True)
    if failed:
        raise typer.Exit(ExitCode.BELOW_FLOOR)


def _floors(texts: list[str]):  # type: ignore[no-untyped-def]
    from prparse.evaluate import parse_floor

    try:
        return [parse_floor(text) for text in texts]
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--min") from None


def _json(result, floors, failed, with_misses: bool) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    report = result.report
    data: dict[str, Any] = {
        "documents": report.documents,
        "fields": {name: score.to_dict() for name, score in report.scores.items()},
        "floors": [
            {"field": f.field, "min": f.minimum, "value": report.scores[f.field].value, "ok": f not in failed}
            for f in floors
        ],
        "failures": [{"document": document, "message": message} for document, message in result.failures],
    }
    if with_misses:
        data["misses"] = [
            {"document": m.document, "field": m.field, "expected": m.expected, "got": m.got, "context": m.context}
            for m in report.misses
        ]
    return data


def _print(report, floors, failed, with_misses: bool) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=not sys.stdout.isatty())
    console.on_broken_pipe = _broken_pipe  # rich would exit 1 on its own; the floors decide instead
    console.print(_table(report, {f.field: f for f in floors}, failed))
    if with_misses:
        console.print(_misses_text(report.misses))


def _broken_pipe() -> None:
    raise BrokenPipeError


def _table(report, floors, failed):  # type: ignore[no-untyped-def]
    from rich import box
    from rich.table import Table

    table = Table(
        title=f"prparse eval: {report.documents} documents",
        header_style="bold",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column("field", no_wrap=True)
    for column in ("score", "P", "R", "right/got", "found/gold") + (("floor",) if floors else ()):
        table.add_column(column, justify="right", no_wrap=True)
    for name, score in report.scores.items():
        row = [name, f"{score.value:.3f}"]
        if score.kind == "accuracy":
            row += ["", "", f"{score.right}/{score.total}", ""]
        else:
            row += [f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.right}/{score.predicted}"]
            row.append(f"{score.found}/{score.gold}")
        if floors:
            floor = floors.get(name)
            row.append("" if floor is None else f"{'[red]below[/red]' if floor in failed else 'ok'} {floor.minimum:g}")
        table.add_row(*row)
    table.caption = "score: accuracy, or F1 (P precision, R recall) for lists"
    return table


def _misses_text(misses):  # type: ignore[no-untyped-def]
    from rich.text import Text

    text = Text()
    if not misses:
        return Text("no misses")
    text.append(f"{len(misses)} misses\n", style="bold")
    for miss in misses:
        text.append(f"{miss.document} {miss.field}", style="bold")
        text.append(f" ({_cut(miss.context)})\n" if miss.context else "\n")
        text.append(f"  expected: {_shown(miss.expected)}\n  got:      {_shown(miss.got)}\n")
    return text


def _shown(value: str | None) -> str:
    return "null" if value is None else json.dumps(_cut(value), ensure_ascii=False)


def _cut(value: str) -> str:
    return value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "\u2026"
