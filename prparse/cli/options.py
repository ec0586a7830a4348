"""Option values that several commands read the same way."""

from __future__ import annotations

import re

import typer

_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)i?b?", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(text: str) -> int:
    """Bytes from "20MB", "512k", "1.5G" or a plain number (units are powers of 1024)."""
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        raise typer.BadParameter(f"{text!r} is not a size like 20MB, 512k or 1000000")
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])
