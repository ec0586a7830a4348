"""What every fuzz harness holds the parser to: a schema-valid result, or one of its own InputErrors.

Imported by the harnesses inside `atheris.instrument_imports`, so prparse is instrumented.
"""

from __future__ import annotations

import jsonschema

import prparse
from prparse.errors import InputError
from prparse.schema import OUTPUT_SCHEMA

VALIDATOR = jsonschema.Draft202012Validator(OUTPUT_SCHEMA)


def check(document: str | bytes, fmt: str | None) -> None:
    """Raise (a crash, to libFuzzer) unless `document` parses to valid output or is refused."""
    try:
        release = prparse.parse(document, format=fmt, name="fuzz")
    except InputError:
        return  # a documented refusal: empty, binary, undecodable
    errors = sorted(VALIDATOR.iter_errors(release.to_dict()), key=str)
    if errors:
        raise AssertionError(f"output does not validate: {errors[0].message}")
