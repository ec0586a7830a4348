"""The command line: data on stdout, one-line errors on stderr, documented exit codes."""

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from prparse.cli import app
from prparse.exit_codes import ExitCode
from prparse.schema import OUTPUT_SCHEMA

RELEASE = """NORTHWIND UNVEILS SOLAR BARGE FOR RIVER FREIGHT

DULUTH, Minn., Feb. 3, 2025 /PRNewswire/ -- Northwind Marine Inc. today unveiled a solar barge.

"This barge carries twice the cargo on half the fuel," said Priya Raman, chief executive of Northwind Marine.

Media Contact:
Lena Ortiz
press@northwind-marine.example
(218) 555-0142
"""

runner = CliRunner()


@pytest.fixture
def release_file(tmp_path):
    path = tmp_path / "northwind.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def test_parse_one_path_prints_one_pretty_object(release_file):
    result = runner.invoke(app, ["parse", str(release_file)])
    assert result.exit_code == ExitCode.OK
    assert result.stdout.startswith("{\n")
    data = json.loads(result.stdout)
    jsonschema.validate(data, OUTPUT_SCHEMA)
    assert data["source"]["name"] == str(release_file)
    assert result.stderr == ""


def test_parse_reads_standard_input():
    result = runner.invoke(app, ["parse", "--compact"], input=RELEASE.encode())
    assert result.exit_code == ExitCode.OK
    assert result.stdout.count("\n") == 1
    data = json.loads(result.stdout)
    assert data["source"]["name"] is None
    assert data["source"]["format"] == "text"


def test_parse_dash_is_standard_input():
    result = runner.invoke(
        app, ["parse", "-", "--fields", "source"], input=b"<html><body><h1>Hi there</h1></body></html>"
    )
    assert json.loads(result.stdout)["source"]["format"] == "html"


def test_several_paths_give_json_lines(tmp_path, release_file):
    other = tmp_path / "other.md"
    other.write_text("# Other release\n\nBERLIN, 14. Januar 2021 -- Etwas geschah heute in Berlin.\n", encoding="utf-8")
    result = runner.invoke(app, ["parse", str(release_file), str(other)])
    assert result.exit_code == ExitCode.OK
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["name"] for line in lines] == [str(release_file), str(other)]


def test_fields_keeps_only_the_named_keys(release_file):
    result = runner.invoke(app, ["parse", str(release_file), "--fields", "headline,dateline"])
    assert list(json.loads(result.stdout)) == ["headline", "dateline"]


def test_unknown_field_is_a_usage_error(release_file):
    result = runner.invoke(app, ["parse", str(release_file), "--fields", "headline,nonsense"])
    assert result.exit_code == ExitCode.USAGE
    assert "nonsense" in result.stderr


def test_format_option_overrides_sniffing(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("<p>Just words about <b>markup</b></p>", encoding="utf-8")
    result = runner.invoke(app, ["parse", str(page), "--format", "text", "--fields", "source"])
    assert json.loads(result.stdout)["source"]["format"] == "text"


@pytest.mark.parametrize(
    "content, code, cause",
    [
        pytest.param(None, ExitCode.UNREADABLE, "no such file", id="missing"),
        pytest.param(b"", ExitCode.EMPTY, "empty input", id="empty"),
        pytest.param(b"  \n\n ", ExitCode.EMPTY, "empty input", id="white-space"),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ExitCode.NOT_TEXT, "not a text or HTML document", id="png"
        ),
    ],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path, content, code, cause):
    path = tmp_path / "bad.html"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == code
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"prparse: error: {path}: {cause}"]


def test_a_directory_is_not_a_file(tmp_path):
    result = runner.invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == ExitCode.UNREADABLE
    assert "is a directory" in result.stderr


def test_one_bad_input_among_several_gives_exit_1_and_keeps_the_rest(tmp_path, release_file):
    result = runner.invoke(app, ["parse", str(release_file), str(tmp_path / "missing.txt")])
    assert result.exit_code == ExitCode.SOME_FAILED
    assert len(result.stdout.splitlines()) == 1
    assert "missing.txt: no such file" in result.stderr


def test_schema_prints_a_valid_json_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["required"][0] == "schema_version"


@pytest.fixture
def batch_folder(tmp_path):
    source = tmp_path / "in"
    (source / "2025" / "feb").mkdir(parents=True)
    (source / "2025" / "feb" / "northwind.txt").write_text(RELEASE, encoding="utf-8")
    (source / "page.html").write_text("<html><body><h1>A page</h1><p>Some words here.</p></body></html>")
    (source / "empty.txt").write_bytes(b"")
    (source / "garbage.html").write_bytes(bytes(range(256)) * 4)
    (source / "notes.json").write_text("{}")  # not a release: ignored by the default patterns
    return source


def test_batch_converts_every_input_and_lists_every_failure(tmp_path, batch_folder):
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(batch_folder), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == ExitCode.SOME_FAILED
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "2025/feb/northwind.json",
        "page.json",
    ]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert {(e["path"], e["stage"]) for e in errors} == {("empty.txt", "decode"), ("garbage.html", "decode")}
    assert all(e["error"] and e["message"] for e in errors)
    for path in out.rglob("*.json"):
        jsonschema.validate(json.loads(path.read_text()), OUTPUT_SCHEMA)
    assert "converted" in result.stderr and result.stdout == ""


def test_batch_with_two_jobs_matches_one_job(tmp_path, batch_folder):
    runner.invoke(app, ["batch", str(batch_folder), "-o", str(tmp_path / "one"), "--jobs", "1", "--quiet"])
    runner.invoke(app, ["batch", str(batch_folder), "-o", str(tmp_path / "two"), "--jobs", "2", "--quiet"])
    one = {p.relative_to(tmp_path / "one"): p.read_text() for p in (tmp_path / "one").rglob("*.json")}
    two = {p.relative_to(tmp_path / "two"): p.read_text() for p in (tmp_path / "two").rglob("*.json")}
    assert one == two and one


def test_batch_glob_selects_inputs(tmp_path, batch_folder):
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(batch_folder), "-o", str(out), "--glob", "*.html", "--quiet"])
    assert [p.name for p in out.rglob("*.json")] == ["page.json"]
    assert result.exit_code == ExitCode.SOME_FAILED  # garbage.html still fails


def test_batch_all_good_exits_0(tmp_path, release_file):
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(release_file.parent), "-o", str(out), "--quiet"])
    assert result.exit_code == ExitCode.OK
    assert (out / "errors.jsonl").read_text() == ""


def test_batch_of_a_missing_folder(tmp_path):
    result = runner.invoke(app, ["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.UNREADABLE
    assert "not a folder" in result.stderr


def test_show_fits_80_columns_as_plain_text(release_file):
    result = runner.invoke(app, ["show", str(release_file)])
    assert result.exit_code == ExitCode.OK
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal
    assert "Quotes" in result.stdout and "Body" in result.stdout


def test_show_of_a_missing_file(tmp_path):
    result = runner.invoke(app, ["show", str(tmp_path / "gone.txt")])
    assert result.exit_code == ExitCode.UNREADABLE
    assert result.stderr.startswith("prparse: error: ")


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.stdout.startswith("prparse ")


def test_batch_survives_odd_file_names_and_links(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "caf\udce9.txt").write_text(RELEASE, encoding="utf-8")  # a name that is not UTF-8
    (source / "na\udcefve.txt").write_bytes(b"")  # ... and one that fails
    (source / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (source / "self.txt").symlink_to(source / "self.txt")
    (source / "loop").symlink_to(source, target_is_directory=True)
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(source), "-o", str(out), "--quiet", "--jobs", "1"])
    assert result.exit_code == ExitCode.SOME_FAILED
    assert [p.name for p in out.glob("*.json")] == ["caf\udce9.json"]
    errors = {e["path"]: e["message"] for e in map(json.loads, (out / "errors.jsonl").read_text().splitlines())}
    assert errors["dangling.txt"] == "dangling symbolic link"
    assert errors["na\ufffdve.txt"] == "empty input"
    assert errors["self.txt"]
    assert json.loads((out / "caf\udce9.json").read_text())["source"]["name"].endswith("caf\ufffd.txt")


def test_an_unexpected_error_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    import prparse.batch
    from prparse.cli import main

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(prparse.batch, "run_batch", broken)
    monkeypatch.setattr("sys.argv", ["prparse", "batch", str(tmp_path), "-o", str(tmp_path / "out"), "--quiet"])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == ExitCode.PARSE_FAILED
    assert capsys.readouterr().err.strip().splitlines()[-1] == "prparse: internal error: RuntimeError: disk on fire"


@pytest.mark.parametrize(
    "extra",
    [[], ["--compact"], ["--format", "text"], ["--format", "HTML", "--compact"]],
    ids=["paths-only", "compact", "format", "format-any-case-and-compact"],
)
def test_plain_parse_takes_the_direct_route_with_typers_output(release_file, monkeypatch, capsys, extra):
    import typer

    from prparse.cli import main

    argv = ["parse", str(release_file), *extra]
    expected = runner.invoke(app, argv)
    monkeypatch.setattr("sys.argv", ["prparse", *argv])
    monkeypatch.setattr(typer.Typer, "__call__", lambda *a, **k: pytest.fail("went through typer"))
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == expected.exit_code == ExitCode.OK
    assert capsys.readouterr().out == expected.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "--fields", "headline", "x.txt"],
        ["parse", "--help"],
        ["parse", "--format", "pdf", "x.txt"],
        ["parse", "--format=text", "x.txt"],
        ["parse", "-x"],
        ["batch", "in", "-o", "out"],
        [],
    ],
    ids=["fields", "help", "bad-format", "equals-form", "unknown-flag", "other-command", "no-command"],
)
def test_anything_but_a_plain_parse_is_left_to_typer(argv):
    from prparse.cli.parse_command import run_plain

    assert run_plain(argv) is None


def test_direct_route_keeps_exit_codes(tmp_path, monkeypatch, capsys):
    from prparse.cli import main

    monkeypatch.setattr("sys.argv", ["prparse", "parse", str(tmp_path / "missing.txt")])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == ExitCode.UNREADABLE
    assert capsys.readouterr().err.startswith("prparse: error: ")


@pytest.mark.parametrize(
    "size, expected",
    [
        pytest.param("20MB", 20 * 1024 * 1024, id="megabytes"),
        pytest.param("512k", 512 * 1024, id="kilobytes"),
        pytest.param("1.5G", int(1.5 * 1024**3), id="fraction-of-gigabytes"),
        pytest.param("1000", 1000, id="plain-bytes"),
        pytest.param(" 64 KiB ", 64 * 1024, id="kib-with-spaces"),
    ],
)
def test_sizes_are_read_in_powers_of_1024(size, expected):
    from prparse.cli.options import parse_size

    assert parse_size(size) == expected


def test_parse_refuses_an_input_over_max_bytes(tmp_path, release_file):
    result = runner.invoke(app, ["parse", str(release_file), "--max-bytes", "100"])
    assert result.exit_code == ExitCode.TOO_LARGE
    assert "over the limit of 100 bytes" in result.stderr and result.stdout == ""


def test_a_bad_size_is_a_usage_error(release_file):
    result = runner.invoke(app, ["parse", str(release_file), "--max-bytes", "lots"])
    assert result.exit_code == ExitCode.USAGE
