"""The typer application and the helpers every command shares."""

from __future__ import annotations

import typer

from prparse import __version__

app = typer.Typer(
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
