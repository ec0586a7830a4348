"""The command line: a thin typer layer over the library. Data goes to stdout, messages to stderr."""

from __future__ import annotations

import sys

from prparse.cli import batch_command, eval_command, parse_command, schema_command, show_command
from prparse.cli.app import app
from prparse.exit_codes import ExitCode

__all__ = ["app", "main"]

_COMMANDS = (batch_command, eval_command, parse_command, schema_command, show_command)  # each registers itself on `app`


def main() -> None:
    """Console-script entry point: the one place that turns interruption into an exit code."""
    try:
        app(prog_name="prparse")
    except KeyboardInterrupt:
        sys.stderr.write("prparse: interrupted\n")
        raise SystemExit(ExitCode.INTERRUPTED) from None
    except Exception as error:  # a bug: one line, never a traceback that dumps a release
        sys.stderr.write(f"prparse: internal error: {type(error).__name__}: {error}\n")
        raise SystemExit(ExitCode.PARSE_FAILED) from None
