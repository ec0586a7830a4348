"""`prparse parse`: one input gives one JSON object, several give JSON Lines."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from prparse.cli.app import app, fail_line
from prparse.cli.options import parse_size
from prparse.errors import PrparseError, TooLargeError
from prparse.exit_codes import ExitCode, exit_code_for
from prparse.load import MAX_BYTES
from prparse.model import OUTPUT_FIELDS, PressRelease

STDIN = "-"


class InputFormat(str, Enum):
    text = "text"
    html = "html"


@app.command("parse")
def parse_command(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045 - typer reads this annotation at run time on Python 3.10
        typer.Argument(help="Files to parse. None, or '-', reads standard input.", show_default=False),
    ] = None,
    input_format: Annotated[
        Optional[InputFormat],  # noqa: UP045
        typer.Option("--format", case_sensitive=False, help="Skip sniffing: read the input as text or html."),
    ] = None,
    compact: Annotated[bool, typer.Option("--compact", help="Print a single object on one line.")] = False,
    fields: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--fields", help="Keep only these top-level keys, comma-separated (e.g. headline,quotes)."),
    ] = None,
    max_bytes: Annotated[
        str, typer.Option("--max-bytes", help="Largest input read, e.g. 20MB or 512k; larger inputs are refused.")
    ] = f"{MAX_BYTES // 2**20}MB",
) -> None:
    """Parse press releases and print their JSON.

    One input prints one pretty object; several print JSON Lines, one object a line.

    [b]Example:[/b] curl -s https://example.com/news/1 | prparse parse --fields headline,dateline
    """
    keep = _field_list(fields)
    limit = parse_size(max_bytes)
    names = paths or [STDIN]
    fmt = input_format.value if input_format else None
    indent = None if compact or len(names) > 1 else 2
    failures: list[ExitCode] = []
    for name in names:
        try:
            release = _parse_one(name, fmt, limit)
        except PrparseError as error:
            fail_line(str(error))
            failures.append(exit_code_for(error))
            continue
        except Exception as error:  # a parser bug: report it on one line and go on
            fail_line(f"{name}: internal error ({type(error).__name__}: {error})")
            failures.append(ExitCode.PARSE_FAILED)
            continue
        _emit(release.to_json(indent=indent, fields=keep))
    if failures:
        raise typer.Exit(failures[0] if len(names) == 1 else ExitCode.SOME_FAILED)


def run_plain(argv: list[str]) -> int | None:
    """Run `parse PATH... [--compact] [--format text|html]` without typer's option parsing.

    Returns the exit code, or None when `argv` is anything else (typer then handles it, and
    reports any mistake in the usual way).
    """
    if not argv or argv[0] != "parse":
        return None
    paths: list[str] = []
    compact, fmt = False, None
    rest = iter(argv[1:])
    for arg in rest:
        if arg == "--compact":
            compact = True
        elif arg == "--format":
            fmt = next(rest, "").lower()
            if fmt not in InputFormat.__members__:
                return None
        elif arg == STDIN or not arg.startswith("-"):
            paths.append(arg)
        else:
            return None
    try:
        parse_command(paths or None, InputFormat(fmt) if fmt else None, compact, None)
    except typer.Exit as stop:
        return stop.exit_code
    return ExitCode.OK


def _field_list(fields: str | None) -> list[str] | None:
    if not fields:
        return None
    keep = [f.strip() for f in fields.split(",") if f.strip()]
    unknown = [f for f in keep if f not in OUTPUT_FIELDS and f != "schema_version"]
    if unknown:
        raise typer.BadParameter(f"unknown field(s): {', '.join(unknown)}; known: {', '.join(OUTPUT_FIELDS)}")
    return keep


def _parse_one(name: str, fmt: str | None, limit: int) -> PressRelease:
    from prparse.pipeline import parse, parse_file

    if name == STDIN:
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise TooLargeError(f"over the limit of {limit:,} bytes (--max-bytes)", name="<stdin>")
        try:
            return parse(data, format=fmt, name=None)
        except PrparseError as error:
            error.name = error.name or "<stdin>"
            raise
    return parse_file(name, format=fmt, max_bytes=limit)


def _emit(text: str) -> None:
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        raise typer.Exit(ExitCode.OK) from None
