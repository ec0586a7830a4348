"""Exit codes of the command line, and the one table mapping errors to them."""

from __future__ import annotations

from enum import IntEnum

from prparse.errors import BinaryInputError, DecodeError, EmptyInputError, InputError, PrparseError, TooLargeError


class ExitCode(IntEnum):
    OK = 0
    SOME_FAILED = 1  # several inputs, at least one failed
    USAGE = 2  # bad options or arguments (typer's own code)
    UNREADABLE = 3  # missing path, a directory, no permission
    EMPTY = 4  # empty or white-space-only input
    NOT_TEXT = 5  # binary content: not a text or HTML document
    UNDECODABLE = 6  # bytes that no text encoding fits
    TOO_LARGE = 7  # over the size limit
    PARSE_FAILED = 8  # a bug: the parser raised on this input
    BELOW_FLOOR = 9  # eval: a score fell below a --min floor
    INTERRUPTED = 130


# Most specific class first: the first match decides.
ERROR_EXIT_CODES: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (EmptyInputError, ExitCode.EMPTY),
    (BinaryInputError, ExitCode.NOT_TEXT),
    (DecodeError, ExitCode.UNDECODABLE),
    (TooLargeError, ExitCode.TOO_LARGE),
    (InputError, ExitCode.UNREADABLE),
    (PrparseError, ExitCode.PARSE_FAILED),
)


def exit_code_for(error: BaseException) -> ExitCode:
    """The exit code a failure on a single input ends the command with."""
    return next((code for kind, code in ERROR_EXIT_CODES if isinstance(error, kind)), ExitCode.PARSE_FAILED)
