"""Inputs built to hurt: each ends in a result or a one-line documented error, in bounded time.

The bound is generous (a catastrophic pattern takes minutes, not seconds); speed itself is
measured by the benchmarks, and bench/hostile.py prints each case's time and peak memory.
Command-line cases run `prparse parse` and check the exit code, stdout and the single stderr line.
"""

from __future__ import annotations

import json
import os
import time

import pytest
from hostile_inputs import EXTERNAL_ENTITIES, billion_laughs
from typer.testing import CliRunner

import prparse
from prparse.cli import app
from prparse.errors import InputError, PrparseError, TooLargeError
from prparse.exit_codes import ExitCode
from prparse.load import MAX_BYTES

BOUND_SECONDS = 15
runner = CliRunner()

RELEASE = (
    "ACME WINS THE RIVER CUP\n\n"
    "NEW YORK, Jan. 14, 2021 /PRNewswire/ -- Acme Corp. won the river cup today.\n\n"
    '"We are proud of the crew," said Jane Roe, chief executive of Acme.\n'
)


CASES = {
    "blank-lines": "\n" * 300_000 + "x",
    "one-long-line": "word " * 200_000,
    "one-megabyte-line": "Acme said the words again and again. " * 28_000,
    "unclosed-quotes": '"' * 100_000,
    "unclosed-curly-quotes": "\u201c" * 100_000,
    "unclosed-guillemets": "\u00ab " * 50_000,
    "said-repeated": '"a," said ' * 105_000,  # a megabyte
    "curly-said-repeated": "\u201ca,\u201d said Jane Roe. " * 40_000,
    "label-lines": "Contact:\n" * 50_000,
    "markdown-links": "[a](b) " * 50_000,
    "markdown-heading-of-hashes": "# " + "#" * 1_000_000 + " x",
    "open-brackets": "(" * 200_000,
    "dashes-and-spaces": "\u2014 \u2013 - \u00a0" * 100_000,
    "dots": "Visit acme.example" + "." * 500_000 + " Register now.",
    "deep-html": "<div>" * 100_000 + "x" + "</div>" * 100_000,
    "deep-inline-html": "<html><body>" + "<b><i>" * 50_000 + "Acme said hi." + "</i></b>" * 50_000,
    "unclosed-tags": "<html><body>" + "<p><span><a href='x'>" * 50_000,
    "entity-expansion": billion_laughs(),
    "external-entities": EXTERNAL_ENTITIES,
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_hostile_input_is_bounded(text):
    started = time.perf_counter()
    try:
        prparse.parse(text)
    except PrparseError:
        pass
    assert time.perf_counter() - started < BOUND_SECONDS


# --- outcomes of the library ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", [None, "html"])
def test_entities_are_not_expanded(fmt):
    release = prparse.parse(billion_laughs(), format=fmt)
    assert "lollollol" not in release.to_json()
    assert len(release.to_json()) < 5_000


@pytest.mark.parametrize("fmt", [None, "html"])
def test_external_entities_are_not_fetched_or_read(fmt):
    output = prparse.parse(EXTERNAL_ENTITIES, format=fmt).to_json()
    assert "root:" not in output and "/bin/" not in output


def test_deep_html_gives_a_valid_result():
    release = prparse.parse("<html><body>" + "<div>" * 100_000 + "<p>Acme said hello.</p>" + "</div>" * 100_000)
    assert release.source.format == "html"  # what lies deeper than the parser's limit is dropped


def test_a_digit_run_that_breaks_dateutils_arithmetic_gives_a_result():
    # Found by fuzz/fuzz_parse.py: a short line read as a bare date, which dateutil failed on with
    # decimal.InvalidOperation instead of a ValueError.
    release = prparse.parse(b"2" * 45 + b"H@\n@@\n@", format="html")
    assert release.dateline is None


def test_unclosed_quote_marks_give_no_quotes():
    assert prparse.parse("\u201c" * 100_000).quotes == []


def test_a_megabyte_of_said_gives_a_result():
    release = prparse.parse('"a," said ' * 105_000)
    assert len(release.body) >= 1


def test_utf16_without_bom_is_read():
    release = prparse.parse(RELEASE.encode("utf-16-le"))
    assert release.source.encoding == "utf-16-le"
    assert release.headline == "Acme Wins the River Cup"


def test_invalid_utf8_is_read_by_its_best_guess():
    release = prparse.parse(RELEASE.encode() + "Stray bytes \u00e9\u00e8\u00ea in a line.\n".encode("cp1252") * 20)
    assert release.source.encoding not in (None, "utf-8")
    assert release.headline == "Acme Wins the River Cup"


def test_utf8_with_windows_1252_lines_reads_each_line_in_its_own_encoding():
    data = (
        "Caf\u00e9 \u201cNo\u00ebl\u201d\n\n".encode() + RELEASE.encode() + "Na\u00efve \u2014 yes.\n".encode("cp1252")
    )
    release = prparse.parse(data)
    assert release.source.encoding == "utf-8+cp1252"
    text = release.to_json(indent=None)
    assert "Caf\u00e9 \u201cNo\u00ebl\u201d" in json.loads(text)["headline"]
    assert "Na\u00efve \u2014 yes." in " ".join(release.body)


def test_parse_file_refuses_a_file_over_max_bytes(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(RELEASE * 100)
    with pytest.raises(TooLargeError, match="over the limit of 1,000 bytes"):
        prparse.parse_file(path, max_bytes=1_000)


def test_a_device_that_never_ends_is_refused_at_max_bytes():
    with pytest.raises(TooLargeError, match="over the limit"):
        prparse.parse_file("/dev/zero", max_bytes=10_000)


def test_a_permission_error_is_an_input_error(tmp_path, monkeypatch):
    """What root cannot see for itself (chmod 000 does not stop root): the mapping of the error."""
    path = tmp_path / "secret.txt"
    path.write_text(RELEASE)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "open", refuse)
    with pytest.raises(InputError, match="permission denied"):
        prparse.parse_file(path)


# --- outcomes of the command line ----------------------------------------------------------


def run_parse(*arguments: str, seconds: float = BOUND_SECONDS):
    """`prparse parse ...`: the result, after checking the run was bounded and never a traceback."""
    started = time.perf_counter()
    result = runner.invoke(app, ["parse", *arguments])
    assert time.perf_counter() - started < seconds
    assert "Traceback" not in result.stderr and result.exception is None or isinstance(result.exception, SystemExit)
    return result


def assert_one_line_error(result, code: ExitCode, cause: str) -> None:
    assert result.exit_code == code
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("prparse: error: ")
    assert cause in lines[0]


@pytest.mark.parametrize(
    "content, code, cause",
    [
        pytest.param(b"", ExitCode.EMPTY, "empty input", id="empty-file"),
        pytest.param(b" \t\r\n\n  \n", ExitCode.EMPTY, "empty input", id="only-white-space"),
        pytest.param(
            "\u00a0\u2028\u3000\n".encode(), ExitCode.EMPTY, "empty input", id="only-white-space-beyond-ascii"
        ),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
            ExitCode.NOT_TEXT,
            "not a text or HTML document",
            id="png-named-html",
        ),
        pytest.param(
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x01\x02",
            ExitCode.NOT_TEXT,
            "not a text or HTML document",
            id="pdf-named-html",
        ),
        pytest.param(
            b"<html><body>" + b"Acme said\x00\x00\x00 hi" * 100 + b"</body></html>",
            ExitCode.NOT_TEXT,
            "not a text or HTML document",
            id="nul-laden-html",
        ),
    ],
)
def test_bad_file_is_one_line_and_its_exit_code(tmp_path, content, code, cause):
    path = tmp_path / "release.html"
    path.write_bytes(content)
    assert_one_line_error(run_parse(str(path)), code, cause)


@pytest.mark.parametrize(
    "data, encoding",
    [
        pytest.param(RELEASE.encode("utf-16-le"), "utf-16-le", id="utf-16-without-bom"),
        pytest.param(RELEASE.encode() + b"Bad \xff\xfe bytes.\n", "cp1252", id="invalid-utf-8"),
        pytest.param(
            RELEASE.encode() + "\u201cNa\u00efve.\u201d\n".encode("cp1252"), "cp1252", id="a-few-legacy-bytes"
        ),
        pytest.param(
            RELEASE.encode() + "\u201cNa\u00efve.\u201d\n".encode("cp1252") + "\u201cOui.\u201d\n".encode(),
            "utf-8+cp1252",
            id="mixed-encodings",
        ),
    ],
)
def test_odd_encodings_give_a_result(tmp_path, data, encoding):
    path = tmp_path / "release.txt"
    path.write_bytes(data)
    result = run_parse(str(path), "--fields", "source,headline")
    assert result.exit_code == ExitCode.OK
    output = json.loads(result.stdout)
    assert output["headline"] == "Acme Wins the River Cup"
    assert encoding is None or output["source"]["encoding"] == encoding


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # 50 MB, sparse: no time spent writing it
    result = run_parse(str(path), seconds=2)
    assert_one_line_error(result, ExitCode.TOO_LARGE, f"is over the limit of {MAX_BYTES:,} bytes")
    assert "52,428,800 bytes" in result.stderr


def test_standard_input_over_the_size_limit_is_refused():
    result = runner.invoke(app, ["parse"], input=b"a" * (MAX_BYTES + 1))
    assert_one_line_error(result, ExitCode.TOO_LARGE, "<stdin>: over the limit")


def test_a_directory_given_as_a_file(tmp_path):
    assert_one_line_error(run_parse(str(tmp_path)), ExitCode.UNREADABLE, "is a directory, not a file")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(RELEASE)
    path.chmod(0)
    try:
        assert_one_line_error(run_parse(str(path)), ExitCode.UNREADABLE, "permission denied")
    finally:
        path.chmod(0o600)


def test_a_dangling_symlink(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    assert_one_line_error(run_parse(str(link)), ExitCode.UNREADABLE, "dangling symbolic link")


def test_a_symlink_loop(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    assert_one_line_error(run_parse(str(first)), ExitCode.UNREADABLE, "symbolic links")


def test_a_file_name_that_is_not_utf8(tmp_path):
    path = tmp_path / os.fsdecode(b"caf\xe9-\xff.txt")  # what Python makes of such a name on Linux
    path.write_text(RELEASE)
    result = run_parse(str(path), "--compact")
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout)["source"]["name"].endswith("caf\ufffd-\ufffd.txt")


def test_an_error_on_a_file_name_that_is_not_utf8_is_printable(tmp_path):
    path = tmp_path / os.fsdecode(b"vide-\xff.txt")
    path.write_bytes(b"")
    result = run_parse(str(path))
    assert_one_line_error(result, ExitCode.EMPTY, "vide-\ufffd.txt: empty input")
    result.stderr.encode("utf-8")  # no lone surrogate reaches the terminal
