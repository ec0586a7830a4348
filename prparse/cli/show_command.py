"""`prparse show`: one release laid out for a person."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from prparse.cli.app import app, fail_line
from prparse.errors import PrparseError
from prparse.exit_codes import exit_code_for

PLAIN_WIDTH = 80


@app.command("show")
def show_command(
    path: Annotated[Path, typer.Argument(help="The release to show.", show_default=False)],
) -> None:
    """Show a release's headline, dateline, quotes, calls to action, contacts and body.

    Styled in a terminal; plain text at 80 columns when the output is piped.

    [b]Example:[/b] prparse show samples/acme-2024-03-05-launch.txt
    """
    from rich.console import Console

    from prparse.pipeline import parse_file
    from prparse.render import render

    try:
        release = parse_file(path)
    except PrparseError as error:
        fail_line(str(error))
        raise typer.Exit(exit_code_for(error)) from None
    if sys.stdout.isatty():
        console = Console(highlight=False)
    else:
        console = Console(width=PLAIN_WIDTH, color_system=None, force_terminal=False, highlight=False)
    console.print(render(release))
