"""prparse: press releases in, clean structured JSON out."""

from __future__ import annotations

from prparse.errors import PrparseError
from prparse.model import PressRelease
from prparse.pipeline import parse, parse_file

__version__ = "0.1.0"

__all__ = ["PressRelease", "PrparseError", "__version__", "parse", "parse_file"]
