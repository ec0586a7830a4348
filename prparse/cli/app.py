"""The typer application and the helpers every command shares."""

from __future__ import annotations

import sys

import typer

from prparse import __version__


class _App(typer.Typer):
    """The typer application, with a direct route for the most common call.

    Recent typer releases build a pydantic validator for every non-flag parameter of the command
    being run, which costs more at start-up than importing typer itself. `prparse parse` given
    only paths (and `--compact`, `--format`) needs no conversion at all: it goes straight to the
    command's function. Anything else (other options, `--help`, mistakes) goes through typer.
    """

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not args and "args" not in kwargs:
            from prparse.cli.parse_command import run_plain

            code = run_plain(sys.argv[1:])
            if code is not None:
                raise SystemExit(code)
        return super().__call__(*args, **kwargs)


app = _App(
    name="prparse",
    help="Press releases (text, Markdown or HTML) in, clean structured JSON out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # main() turns any escaped error into one line
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"prparse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Press releases (text, Markdown or HTML) in, clean structured JSON out."""


def stderr_console():  # type: ignore[no-untyped-def]
    """A rich console for messages; imported lazily because rich costs start-up time."""
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True, highlight=False)


def fail_line(message: str) -> None:
    """One line on stderr, never a traceback."""
    typer.echo(f"prparse: error: {message}", err=True)
