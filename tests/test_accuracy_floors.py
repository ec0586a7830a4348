"""Accuracy on the shared corpus cannot fall silently, and the project scores it as the corpus does.

The corpus (../shared/corpus: raw/, gold/ and its own score.py) lives beside the project; these
tests skip when it is absent. Raising a floor is a deliberate commit: set it to the new score,
rounded down to two decimals.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import prparse
from prparse.evaluate import FIELDS, Report, evaluate, score_cases
from prparse.evaluate.gold import load_cases

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="shared corpus not present")

# The least each field may score on the shared corpus (accuracy, or F1 for list fields).
FLOORS = {
    "headline": 1.00,
    "subheadline": 0.97,
    "dateline.date": 1.00,
    "dateline.location": 0.97,
    "dateline.wire": 1.00,
    "byline": 1.00,
    "issuer": 0.89,  # the issue asked 0.85; 0.898 since the issuer work
    "quotes.text": 0.99,
    "quotes.speaker": 1.00,
    "calls_to_action": 0.96,
    "contacts.email": 1.00,
    "contacts.phone": 1.00,
    "contacts.name": 1.00,
}


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict]:
    """The parser's output for every corpus release, by gold name."""
    return {
        case.name: prparse.parse(case.raw_path.read_bytes(), name=str(case.raw_path)).to_dict()
        for case in load_cases(CORPUS / "gold")
    }


@pytest.fixture(scope="module")
def report(outputs) -> Report:
    return score_cases(load_cases(CORPUS / "gold"), outputs)


@pytest.fixture(scope="module")
def reference_scores(outputs, tmp_path_factory) -> dict:
    """What the corpus's own score.py says of the same output."""
    predictions = tmp_path_factory.mktemp("corpus") / "predictions.jsonl"
    predictions.write_text("".join(json.dumps(o) + "\n" for o in outputs.values()), encoding="utf-8")
    command = [sys.executable, str(CORPUS / "score.py"), str(CORPUS / "gold"), str(predictions), "--json"]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def test_every_field_has_a_floor():
    assert set(FLOORS) == set(FIELDS)


@pytest.mark.parametrize("field", list(FLOORS))
def test_score_stays_above_its_floor(report, field):
    assert report.scores[field].value >= FLOORS[field], f"{field} fell to {report.scores[field].value:.3f}"


@pytest.mark.parametrize("field", FIELDS)
def test_scores_equal_the_corpus_scorer(report, reference_scores, field):
    score, reference = report.scores[field], reference_scores[field]
    if score.kind == "accuracy":
        assert round(score.value, 3) == reference
    else:
        mine = {"p": score.precision, "r": score.recall, "f1": score.value}
        assert {k: round(v, 3) for k, v in mine.items()} == reference


def test_scorer_counts_every_document(report, reference_scores):
    assert report.documents == reference_scores["docs"]
    assert reference_scores["missing"] == []


def test_evaluate_parses_and_scores_the_corpus_the_same(report):
    result = evaluate(CORPUS / "gold")
    assert result.failures == ()
    assert {f: s.value for f, s in result.report.scores.items()} == {f: s.value for f, s in report.scores.items()}
