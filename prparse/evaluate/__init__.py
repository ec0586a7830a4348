"""Measuring the parser: scores against gold annotations in the format of the corpus's GOLD.md.

`evaluate(gold_dir)` parses every labelled release and scores the output field by field;
`matching` holds the rules deciding when a value counts as the gold one, `scoring` the counts,
`gold` the reading of a labelled set. Nothing here prints: the `eval` command does.

Example:
    >>> from pathlib import Path
    >>> result = evaluate(Path("my-set/gold"))          # raw releases in my-set/raw
    >>> result.report.scores["headline"].value
    0.96
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prparse.errors import PrparseError
from prparse.evaluate.gold import GoldCase, GoldError, default_raw_dir, load_cases
from prparse.evaluate.scoring import FIELDS, Accuracy, Miss, Overlap, Report, Score, score_document, summarise

__all__ = [
    "FIELDS",
    "Accuracy",
    "Evaluation",
    "Floor",
    "GoldError",
    "Miss",
    "Overlap",
    "Report",
    "Score",
    "below_floors",
    "default_raw_dir",
    "evaluate",
    "parse_floor",
    "score_cases",
]

_FLOOR = re.compile(r"\s*([\w.]+)\s*=\s*([0-9.]+)\s*")


@dataclass(frozen=True)
class Evaluation:
    """A report, and the releases the parser failed on (scored as an empty output)."""

    report: Report
    failures: tuple[tuple[str, str], ...] = ()  # (document, message)


@dataclass(frozen=True)
class Floor:
    """The least acceptable score of a field (its accuracy, or F1 for list fields)."""

    field: str
    minimum: float


def evaluate(gold_dir: Path, raw_dir: Path | None = None) -> Evaluation:
    """Parse every release of a labelled set and score the output against its gold.

    Args:
        gold_dir: folder of gold files (`NNN.json`).
        raw_dir: folder of the raw releases; default `raw/` beside `gold_dir`.

    Raises:
        GoldError: the labelled set cannot be read (see `gold.load_cases`).
    """
    from prparse.pipeline import parse_file

    outputs: dict[str, Mapping[str, Any]] = {}
    failures = []
    cases = load_cases(gold_dir, raw_dir)
    for case in cases:
        try:
            outputs[case.name] = parse_file(case.raw_path).to_dict()
        except PrparseError as error:
            outputs[case.name] = {}
            failures.append((case.name, str(error)))
        except Exception as error:  # a parser bug on one release must not hide the scores of the rest
            outputs[case.name] = {}
            failures.append((case.name, f"{case.raw_path}: internal error ({type(error).__name__}: {error})"))
    return Evaluation(score_cases(cases, outputs), tuple(failures))


def score_cases(cases: list[GoldCase], outputs: Mapping[str, Mapping[str, Any]]) -> Report:
    """Score parser outputs (by case name; a missing one counts as empty) against their gold."""
    return summarise(score_document(case.gold, outputs.get(case.name, {}), case.name) for case in cases)


def parse_floor(text: str) -> Floor:
    """Read a `FIELD=VALUE` floor such as `issuer=0.85`.

    Raises:
        ValueError: not of that shape, an unknown field, or a value outside 0..1.
    """
    match = _FLOOR.fullmatch(text)
    if not match:
        raise ValueError(f"{text!r}: expected FIELD=VALUE, e.g. headline=0.95")
    name, value = match.groups()
    if name not in FIELDS:
        raise ValueError(f"unknown field {name!r}; known: {', '.join(FIELDS)}")
    try:
        minimum = float(value)
    except ValueError:
        raise ValueError(f"{text!r}: {value!r} is not a number") from None
    if not 0.0 <= minimum <= 1.0:
        raise ValueError(f"{text!r}: a floor is between 0 and 1")
    return Floor(name, minimum)


def below_floors(report: Report, floors: list[Floor]) -> list[Floor]:
    """The floors a report falls below (each field's value compared as computed, unrounded)."""
    return [floor for floor in floors if report.scores[floor.field].value < floor.minimum]
