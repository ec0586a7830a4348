"""The project's own errors. Every failure on bad input is one of these, never a bare exception."""

from __future__ import annotations


class PrparseError(Exception):
    """Base of every error prparse raises on purpose."""

    stage = "parse"

    def __init__(self, message: str, *, name: str | None = None) -> None:
        super().__init__(message)
        self.name = name

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.name}: {message}" if self.name else message


class InputError(PrparseError):
    """The input cannot be read as a press release."""

    stage = "read"


class EmptyInputError(InputError):
    """The input is empty or holds only white space."""

    stage = "decode"


class BinaryInputError(InputError):
    """The input is binary (an image, a PDF, an archive), not text or HTML."""

    stage = "decode"


class DecodeError(InputError):
    """The input's bytes could not be decoded as text."""

    stage = "decode"


class TooLargeError(InputError):
    """The input is larger than the size limit."""

    stage = "read"
