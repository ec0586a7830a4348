"""The batch path: output formats, resume, limits, and a batch that never loses a file."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

import prparse.batch.tasks
from prparse.batch import BatchOptions, run_batch
from prparse.schema import OUTPUT_SCHEMA

SAMPLES = Path(__file__).parent.parent / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A folder of six real-looking releases in two sub-folders, plus one empty file."""
    folder = tmp_path / "in"
    for i, sample in enumerate(SAMPLE_FILES[:6]):
        target = folder / ("2024" if i % 2 else "2025") / sample.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(sample.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    return folder


def batch(source: Path | str, output: Path | str, **options) -> object:
    return run_batch(BatchOptions(source, output, jobs=options.pop("jobs", 2), **options))


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(".") and p.is_file()]


def test_tree_mirrors_the_source_and_lists_the_failure(tmp_path, source):
    summary = batch(source, tmp_path / "out")
    outputs = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json"))
    assert len(outputs) == 6 and all(o.startswith(("2024/", "2025/")) for o in outputs)
    assert (summary.files, summary.converted, summary.failed) == (7, 6, 1)
    assert lines(tmp_path / "out" / "errors.jsonl") == [
        {"path": "empty.txt", "error": "EmptyInputError", "message": "empty input", "stage": "decode"}
    ]


def test_source_name_is_the_path_under_the_source_folder(tmp_path, source):
    batch(source, tmp_path / "out.jsonl")
    names = sorted(record["source"]["name"] for record in lines(tmp_path / "out.jsonl"))
    assert names == sorted(p.relative_to(source).as_posix() for p in source.rglob("*.*") if p.stat().st_size)


def test_jsonl_writes_one_valid_line_a_release_and_errors_beside_it(tmp_path, source):
    summary = batch(source, tmp_path / "all.jsonl")
    records = lines(tmp_path / "all.jsonl")
    assert len(records) == summary.converted == 6
    for record in records:
        jsonschema.validate(record, OUTPUT_SCHEMA)
    assert [e["path"] for e in lines(tmp_path / "all.errors.jsonl")] == ["empty.txt"]


def test_csv_writes_three_tables_keyed_by_source_name(tmp_path, source):
    batch(source, tmp_path / "tables", output_format="csv")
    releases = list(csv.DictReader((tmp_path / "tables" / "releases.csv").open(encoding="utf-8", newline="")))
    quotes = list(csv.DictReader((tmp_path / "tables" / "quotes.csv").open(encoding="utf-8", newline="")))
    contacts = list(csv.DictReader((tmp_path / "tables" / "contacts.csv").open(encoding="utf-8", newline="")))
    assert len(releases) == 6
    names = {r["source.name"] for r in releases}
    assert {q["source.name"] for q in quotes} <= names and {c["source.name"] for c in contacts} <= names
    assert sum(int(r["quotes"]) for r in releases) == len(quotes) > 0
    assert sum(int(r["contacts"]) for r in releases) == len(contacts) > 0
    assert all(q["text"] and q["inferred"] in ("true", "false") for q in quotes)
    assert any("@" in c["emails"] for c in contacts)


@pytest.mark.parametrize("output_format, output", [("tree", "out"), ("jsonl", "out.jsonl"), ("csv", "out")])
def test_a_rerun_skips_what_is_done_and_redoes_what_changed(tmp_path, source, output_format, output):
    batch(source, tmp_path / output, output_format=output_format)
    changed = next(p for p in source.rglob("*.txt") if p.stat().st_size)
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    again = batch(source, tmp_path / output, output_format=output_format)
    assert (again.converted, again.skipped, again.failed) == (1, 5, 1)
    if output_format != "tree":
        journal = tmp_path / output if output_format == "jsonl" else tmp_path / output / "releases.jsonl"
        names = [r["source"]["name"] for r in lines(journal)]
        assert len(names) == len(set(names)) == 6  # the changed release replaced, not duplicated


def test_force_redoes_everything(tmp_path, source):
    batch(source, tmp_path / "out")
    again = batch(source, tmp_path / "out", force=True)
    assert (again.converted, again.skipped) == (6, 0)


def test_an_input_over_max_bytes_is_listed_and_the_batch_goes_on(tmp_path, source):
    summary = batch(source, tmp_path / "out", max_bytes=2048)
    errors = {e["path"]: e for e in lines(tmp_path / "out" / "errors.jsonl")}
    too_large = [e for e in errors.values() if e["error"] == "TooLargeError"]
    assert too_large and all("over the limit of 2,048 bytes" in e["message"] for e in too_large)
    assert all(e["stage"] == "read" for e in too_large)
    assert summary.converted + summary.failed == summary.files


def _slow_on_purpose(data, *, name=None, **kwargs):
    if name.endswith(SAMPLE_FILES[0].name):
        time.sleep(30)
    return prparse.pipeline.parse(data, name=name, **kwargs)


def _spin_on_purpose(data, *, name=None, **kwargs):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # Python code: a thread can be interrupted between bytecodes
        pass
    return prparse.pipeline.parse(data, name=name, **kwargs)


def _die_on_purpose(data, *, name=None, **kwargs):
    if name.endswith(SAMPLE_FILES[0].name):
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's out-of-memory killer does
    return prparse.pipeline.parse(data, name=name, **kwargs)


@pytest.mark.parametrize(
    "parse, error, message",
    [
        pytest.param(_slow_on_purpose, "DocumentTimeout", "took longer than 1 s", id="timeout"),
        pytest.param(_die_on_purpose, "WorkerDied", "killed by signal 9", id="worker-killed"),
    ],
)
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_that_overruns_or_kills_its_worker_costs_only_itself(
    tmp_path, source, monkeypatch, parse, error, message, jobs
):
    # Workers are forked from this process, so they run the patched parse.
    monkeypatch.setattr(prparse.batch.tasks, "parse", parse)
    started = time.monotonic()
    summary = batch(source, tmp_path / "out", jobs=jobs, timeout=1)
    assert time.monotonic() - started < 20
    errors = lines(tmp_path / "out" / "errors.jsonl")
    culprit = [e for e in errors if e["error"] == error]
    assert len(culprit) == 1 and message in culprit[0]["message"] and culprit[0]["stage"] == "parse"
    assert culprit[0]["path"].endswith(SAMPLE_FILES[0].name)
    assert (summary.converted, summary.failed) == (5, 2)
    assert len(list((tmp_path / "out").rglob("*.json"))) == 5


def test_a_link_out_of_the_source_is_not_followed(tmp_path, source):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(SAMPLE_FILES[0].read_bytes())
    (source / "escape.txt").symlink_to(secret)
    (source / "inside.txt").symlink_to(next(source.glob("2025/*")))
    batch(source, tmp_path / "out")
    errors = {e["path"]: e["message"] for e in lines(tmp_path / "out" / "errors.jsonl")}
    assert errors["escape.txt"] == "symbolic link points outside the source folder"
    assert (tmp_path / "out" / "inside.json").exists()
    assert all(p.resolve().is_relative_to((tmp_path / "out").resolve()) for p in (tmp_path / "out").rglob("*"))


def test_nothing_is_written_through_a_link_out_of_the_output_folder(tmp_path, source):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "2025").symlink_to(elsewhere, target_is_directory=True)
    summary = batch(source, tmp_path / "out")
    assert list(elsewhere.iterdir()) == []
    refused = [e for e in lines(tmp_path / "out" / "errors.jsonl") if e["stage"] == "write"]
    assert len(refused) == 3 and all("outside the output folder" in e["message"] for e in refused)
    assert summary.converted == 3


def test_fsspec_urls_for_source_and_output(tmp_path, source):
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    for path in source.rglob("*.*"):
        memory.pipe(f"/news/{path.relative_to(source).as_posix()}", path.read_bytes())
    summary = batch("memory://news", "memory://json", jobs=2)
    assert (summary.converted, summary.failed) == (6, 1)
    local = batch(source, tmp_path / "out")
    assert local.converted == 6
    for path in (tmp_path / "out").rglob("*.json"):
        assert memory.cat(f"/json/{path.relative_to(tmp_path / 'out').as_posix()}") == path.read_bytes()
    assert json.loads(memory.cat("/json/errors.jsonl"))["path"] == "empty.txt"


def test_dask_engine_writes_the_same_bytes_as_the_local_engine(tmp_path, source):
    pytest.importorskip("distributed")
    batch(source, tmp_path / "local", jobs=2)
    summary = batch(source, tmp_path / "dask", jobs=2, engine="dask")
    assert (summary.converted, summary.failed) == (6, 1)
    local = {p.relative_to(tmp_path / "local"): p.read_bytes() for p in (tmp_path / "local").rglob("*") if p.is_file()}
    dask = {p.relative_to(tmp_path / "dask"): p.read_bytes() for p in (tmp_path / "dask").rglob("*") if p.is_file()}
    assert local == dask


def test_dask_engine_on_a_given_scheduler_from_the_command_line_resumes_like_the_local_one(tmp_path, source):
    distributed = pytest.importorskip("distributed")
    from typer.testing import CliRunner

    from prparse.cli import app

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        command = [
            "batch",
            str(source),
            "-o",
            str(tmp_path / "out"),
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
            "-q",
        ]
        first = CliRunner().invoke(app, command)
        again = CliRunner().invoke(app, command)
    assert first.exit_code == again.exit_code == 1  # the empty file
    assert len(list((tmp_path / "out").rglob("*.json"))) == 6
    assert "│     7 │         0 │       6 │      1 │" in again.stderr  # files, converted, skipped, failed


def test_dask_engine_without_dask_installed_is_a_usage_error(tmp_path, source, monkeypatch):
    import importlib.util

    from typer.testing import CliRunner

    from prparse.cli import app

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "distributed" else real_find_spec(name)
    )
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(tmp_path / "out"), "--engine", "dask"])
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == "prparse: error: the dask engine needs dask and distributed: pip install 'prparse[dask]'"
    )


def test_dask_engine_stops_a_document_at_its_deadline(tmp_path, source, monkeypatch):
    pytest.importorskip("distributed")
    from prparse.batch.dask_engine import convert_within
    from prparse.batch.tasks import Task

    monkeypatch.setattr(prparse.batch.tasks, "parse", _spin_on_purpose)
    slow = Task(
        str(source),
        next(p.relative_to(source).as_posix() for p in source.rglob(SAMPLE_FILES[0].name)),
        SAMPLE_FILES[0].name,
        "tree",
        10**6,
    )
    started = time.monotonic()
    result = convert_within(slow, 0.5)
    assert result.error == "DocumentTimeout" and time.monotonic() - started < 5


# --- whole batches in a subprocess, stopped the hard way ---------------------------------------


@pytest.fixture
def big_source(tmp_path: Path) -> Path:
    """Enough releases (280) that a batch is still running when it is stopped."""
    folder = tmp_path / "big"
    folder.mkdir()
    for copy in range(20):
        for sample in SAMPLE_FILES[:14]:
            data = sample.read_bytes() + f"\n\nCopy {copy}.\n".encode()
            (folder / f"{copy:02d}-{sample.name}").write_bytes(data)
    return folder


def start_batch(source: Path, output: Path, *extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "prparse", "batch", str(source), "-o", str(output), "--jobs", "2", *extra]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def wait_for_outputs(output: Path, count: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while sum(1 for _ in output.rglob("*.json")) < count:
        assert process.poll() is None, "the batch finished before it could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_a_batch_killed_midway_resumes_with_one_complete_output_per_input(tmp_path, big_source):
    output = tmp_path / "out"
    process = start_batch(big_source, output)
    wait_for_outputs(output, 40, process)
    os.killpg(process.pid, signal.SIGKILL)  # the parent and its workers, no chance to clean up
    process.wait()
    done_before = len(list(output.rglob("*.json")))
    rerun = batch(big_source, output)
    assert (rerun.skipped, rerun.converted, rerun.failed) == (done_before, rerun.files - done_before, 0)
    inputs = {p.stem: p.name for p in big_source.iterdir()}
    outputs = sorted(output.rglob("*.json"))
    assert sorted(p.stem for p in outputs) == sorted(inputs)
    for path in outputs:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert record["source"]["name"] == inputs[path.stem]
        jsonschema.validate(record, OUTPUT_SCHEMA)
    assert leftovers(output) == []


def test_a_jsonl_batch_killed_midway_resumes_without_duplicates(tmp_path, big_source):
    output = tmp_path / "all.jsonl"
    process = start_batch(big_source, output)
    deadline = time.monotonic() + 60
    while not output.exists() or output.stat().st_size < 100_000:
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    subprocess.run([sys.executable, "-m", "prparse", "batch", str(big_source), "-o", str(output), "-q"], check=True)
    names = [record["source"]["name"] for record in lines(output)]
    assert sorted(names) == sorted(p.name for p in big_source.iterdir())


def test_ctrl_c_keeps_finished_outputs_and_exits_130(tmp_path, big_source):
    output = tmp_path / "out"
    process = start_batch(big_source, output)
    wait_for_outputs(output, 40, process)
    os.killpg(process.pid, signal.SIGINT)  # a terminal sends Ctrl-C to the whole process group
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "interrupted:" in stderr.decode() and "Traceback" not in stderr.decode()
    assert leftovers(output) == []
    for path in output.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    assert (output / "errors.jsonl").exists()


@pytest.mark.parametrize(
    "inputs, expected",
    [
        pytest.param(["a.txt"], ["a.json"], id="extension-replaced"),
        pytest.param(["2024/jan/a.html"], ["2024/jan/a.json"], id="tree-kept"),
        pytest.param(["a.txt", "a.html"], ["a.txt.json", "a.html.json"], id="collision-keeps-extension"),
        pytest.param(["x/a.txt", "y/a.txt"], ["x/a.json", "y/a.json"], id="same-name-other-folder"),
        pytest.param(["v1.2.txt"], ["v1.2.json"], id="dots-in-stem"),
        pytest.param(["notes/.plan", "a."], ["notes/.plan.json", "a..json"], id="no-extension-to-replace"),
        pytest.param(["v1.2/readme"], ["v1.2/readme.json"], id="dot-in-folder-only"),
    ],
)
def test_output_names(inputs, expected):
    from prparse.batch.inputs import colliding_stems, output_name

    colliding = colliding_stems(inputs)
    assert [output_name(r, colliding) for r in inputs] == expected


@pytest.mark.parametrize(
    "patterns",
    [
        pytest.param(("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml"), id="defaults"),
        pytest.param(("[ab]*.t?t",), id="classes-and-wildcards"),
        pytest.param(("news/*.html", "*.md"), id="with-a-folder"),
    ],
)
def test_inputs_are_matched_as_a_path_matches_a_pattern(patterns):
    from pathlib import PurePosixPath

    from prparse.batch.inputs import _matcher

    paths = ["a.txt", "A.TXT", "b.tXt", "news/c.html", "old/news/d.html", "e.html.bak", "x.txt/f", ".md", "g.markdown"]
    matches = _matcher(patterns)
    assert [matches(p) for p in paths] == [any(PurePosixPath(p).match(q) for q in patterns) for p in paths]


@pytest.mark.parametrize("output, tables", [("memory://tables", "csv"), ("memory://out/all.jsonl", None)])
def test_stream_outputs_on_a_url_are_published_whole_and_resume(tmp_path, source, output, tables):
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    first = batch(source, output, output_format=tables)
    again = batch(source, output, output_format=tables)
    assert (first.converted, again.skipped, again.converted) == (6, 6, 0)
    journal = "/tables/releases.jsonl" if tables else "/out/all.jsonl"
    assert len(memory.cat(journal).splitlines()) == 6
    if tables:
        assert len(list(csv.DictReader(memory.cat("/tables/releases.csv").decode().splitlines()))) == 6
