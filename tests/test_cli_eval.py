"""`prparse eval`: scores against a labelled set, JSON for machines, misses, floors as a gate.

The labelled set is tests/fixtures/eval (gold/ and raw/, three invented releases). Tests that need
a known miss copy it and change one gold headline, so they do not depend on how well the parser
reads the fields still being improved.
"""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prparse.cli import app
from prparse.evaluate import FIELDS
from prparse.exit_codes import ExitCode

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "eval"
WRONG_HEADLINE = "Night Reading Room Opens"
runner = CliRunner()


@pytest.fixture
def labelled_set(tmp_path) -> Path:
    """A copy of the fixture set whose first gold headline disagrees with its release."""
    root = tmp_path / "set"
    shutil.copytree(FIXTURE, root)
    gold_file = root / "gold" / "001.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    gold["headline"] = WRONG_HEADLINE
    gold_file.write_text(json.dumps(gold), encoding="utf-8")
    return root


def run(*args: str):
    return runner.invoke(app, ["eval", *map(str, args)])


def test_prints_a_table_of_every_field():
    result = run(FIXTURE / "gold")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "3 documents" in result.stdout
    for field in FIELDS:
        assert field in result.stdout
    assert "3/3" in result.stdout
    assert result.stderr == ""


def test_json_shape():
    result = run(FIXTURE / "gold", "--json")
    data = json.loads(result.stdout)
    assert set(data) == {"documents", "fields", "floors", "failures"}
    assert data["documents"] == 3
    assert list(data["fields"]) == list(FIELDS)
    assert data["fields"]["headline"] == {"kind": "accuracy", "value": 1.0, "right": 3, "total": 3}
    emails = data["fields"]["contacts.email"]
    assert emails["kind"] == "f1"
    assert set(emails) == {"kind", "value", "precision", "recall", "f1", "right", "predicted", "found", "gold"}
    assert (emails["gold"], emails["f1"]) == (3, 1.0)
    assert data["floors"] == [] and data["failures"] == []


def test_json_misses_name_document_expected_and_got(labelled_set):
    data = json.loads(run(labelled_set / "gold", "--json", "--misses").stdout)
    headline_misses = [m for m in data["misses"] if m["field"] == "headline"]
    assert headline_misses == [
        {
            "document": "001",
            "field": "headline",
            "expected": WRONG_HEADLINE,
            "got": "Lumen County Library Opens Night Reading Room",
            "context": None,
        }
    ]
    assert data["fields"]["headline"]["right"] == 2


def test_misses_are_listed_under_the_table(labelled_set):
    result = run(labelled_set / "gold", "--misses")
    assert result.exit_code == ExitCode.OK
    table, _, listing = result.stdout.partition("misses\n")
    assert "headline" in table
    assert "001 headline" in listing
    assert f'expected: "{WRONG_HEADLINE}"' in listing
    assert 'got:      "Lumen County Library Opens Night Reading Room"' in listing


def test_without_misses_flag_no_listing(labelled_set):
    result = run(labelled_set / "gold")
    assert WRONG_HEADLINE not in result.stdout


@pytest.mark.parametrize(
    "floors, code",
    [
        pytest.param(["headline=0.6"], ExitCode.OK, id="above-floor"),
        pytest.param(["headline=0.66", "contacts.email=1"], ExitCode.OK, id="several-met"),
        pytest.param(["headline=0.9"], ExitCode.BELOW_FLOOR, id="below-floor"),
        pytest.param(["contacts.email=0.5", "headline=0.7"], ExitCode.BELOW_FLOOR, id="one-of-several-below"),
    ],
)
def test_min_floors_gate_the_exit_code(labelled_set, floors, code):
    args = [arg for floor in floors for arg in ("--min", floor)]
    result = run(labelled_set / "gold", *args)
    assert result.exit_code == code
    assert ("below floor: headline 0.667" in result.stderr) is (code == ExitCode.BELOW_FLOOR)


def test_below_floor_is_code_9_and_documented_in_help():
    assert ExitCode.BELOW_FLOOR == 9
    assert "9 a score is below" in " ".join(runner.invoke(app, ["eval", "--help"]).stdout.split())


def test_json_reports_floors(labelled_set):
    result = run(labelled_set / "gold", "--json", "--min", "headline=0.9", "--min", "byline=1")
    assert result.exit_code == ExitCode.BELOW_FLOOR
    floors = json.loads(result.stdout)["floors"]
    assert [(f["field"], f["min"], f["ok"]) for f in floors] == [("headline", 0.9, False), ("byline", 1.0, True)]


@pytest.mark.parametrize(
    "floor, message",
    [
        pytest.param("headlines=0.9", "headlines", id="unknown-field"),
        pytest.param("headline=2", "between 0 and 1", id="out-of-range"),
        pytest.param("headline", "FIELD=VALUE", id="no-value"),
    ],
)
def test_bad_floor_is_a_usage_error(floor, message):
    result = run(FIXTURE / "gold", "--min", floor)
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr


def test_explicit_raw_folder(tmp_path):
    shutil.copytree(FIXTURE / "gold", tmp_path / "labels")
    shutil.copytree(FIXTURE / "raw", tmp_path / "releases")
    result = run(tmp_path / "labels", tmp_path / "releases", "--json")
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout)["fields"]["headline"]["right"] == 3


def _remove_raw(root: Path) -> None:
    (root / "raw" / "002.html").unlink()


def _break_json(root: Path) -> None:
    (root / "gold" / "003.json").write_text('{"headline": "Orchard', encoding="utf-8")


def _wrong_shape(root: Path) -> None:
    (root / "gold" / "003.json").write_text('{"quotes": "none"}', encoding="utf-8")


@pytest.mark.parametrize(
    "damage, message",
    [
        pytest.param(_remove_raw, "002.json: its release 002.html is not in", id="gold-without-raw"),
        pytest.param(_break_json, "003.json: not valid JSON", id="malformed-gold-json"),
        pytest.param(_wrong_shape, "003.json: not a gold annotation: quotes: expected a list", id="wrong-shape"),
    ],
)
def test_a_broken_set_is_one_line_exit_3(labelled_set, damage, message):
    damage(labelled_set)
    result = run(labelled_set / "gold")
    assert result.exit_code == ExitCode.UNREADABLE
    assert result.stderr.startswith("prparse: error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(["nowhere/gold"], "nowhere/gold: no such gold folder", id="missing-gold-folder"),
        pytest.param(
            [str(FIXTURE / "gold"), "nowhere/raw"], "nowhere/raw: no such raw folder", id="missing-raw-folder"
        ),
        pytest.param([str(FIXTURE / "gold" / "001.json")], "001.json: not a gold folder", id="a-file-for-gold-folder"),
    ],
)
def test_missing_folder_is_one_line_exit_3(args, message):
    result = run(*args)
    assert result.exit_code == ExitCode.UNREADABLE
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_release_the_parser_rejects_is_scored_empty_with_a_warning(labelled_set):
    (labelled_set / "raw" / "003.md").write_text("   \n", encoding="utf-8")
    result = run(labelled_set / "gold", "--json")
    assert result.exit_code == ExitCode.OK
    assert "prparse: warning:" in result.stderr and "003.md" in result.stderr
    data = json.loads(result.stdout)
    assert [f["document"] for f in data["failures"]] == ["003"]
    assert data["fields"]["contacts.email"]["found"] == 2
