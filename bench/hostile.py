"""Time and peak memory of `prparse parse` on each hostile input, each in a fresh process.

    python bench/hostile.py            # every case
    python bench/hostile.py deep-html  # only the cases named

For each case the input is written to a temporary folder and `python -m prparse parse PATH
--compact` runs in its own process; the table gives the exit code and its name, the first line of
stderr (the one-line error), the wall time (interpreter start included: see the `baseline` row)
and the process's peak resident memory, read from os.wait4's rusage for that child alone (the
`baseline` row is the interpreter and prparse's imports).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from prparse.exit_codes import ExitCode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the inputs the tests build
from hostile_inputs import EXTERNAL_ENTITIES, billion_laughs  # noqa: E402

RELEASE = (
    "ACME WINS THE RIVER CUP\n\n"
    "NEW YORK, Jan. 14, 2021 /PRNewswire/ -- Acme Corp. won the river cup today.\n\n"
    '"We are proud of the crew," said Jane Roe, chief executive of Acme.\n\n'
    "Media Contact:\nLena Ortiz\npress@acme.example\n(212) 555-0142\n"
)


def write(content: bytes | str, name: str = "input.txt") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    return make


def sparse(size: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "huge.html"
        with path.open("wb") as stream:
            stream.truncate(size)
        return path

    return make


def link(target: str, *, loop: bool = False) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "link.txt"
        if loop:
            (folder / "other.txt").symlink_to(path)
            path.symlink_to(folder / "other.txt")
        else:
            path.symlink_to(folder / target)
        return path

    return make


def unreadable(folder: Path) -> Path:
    path = write(RELEASE)(folder)
    path.chmod(0)
    return path


def fixed(path: str) -> Callable[[Path], Path]:
    return lambda folder: Path(path)


CASES: dict[str, Callable[[Path], Path]] = {
    "baseline (a short release)": write(RELEASE),
    "empty file": write(b""),
    "only white space": write(b" \t\r\n\n  \n"),
    "PNG named .html": write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64, "image.html"),
    "PDF named .html": write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\nstream\n\x00\x01\x02", "report.html"),
    "NUL-laden HTML": write(b"<html><body>" + b"Acme\x00\x00 said" * 1000, "nul.html"),
    "invalid UTF-8": write(RELEASE.encode() + b"Bad \xff\xfe\xfd bytes.\n"),
    "UTF-16 without BOM": write(RELEASE.encode("utf-16-le")),
    "mixed UTF-8 and cp1252": write(
        RELEASE.encode() + "\u201cNa\u00efve.\u201d\n".encode("cp1252") + "\u201cOui.\u201d\n".encode()
    ),
    "50 MB file (limit 20 MB)": sparse(50 * 1024 * 1024),
    "/dev/zero": fixed("/dev/zero"),
    "HTML nested 100,000 deep": write("<div>" * 100_000 + "x" + "</div>" * 100_000, "deep.html"),
    "1 MB on one line": write("Acme said the words again and again. " * 28_000),
    "100,000 opening quotes": write("\u201c" * 100_000),
    '1 MB of "a," said': write('"a," said ' * 105_000),
    "1 MB heading of hashes": write("# " + "#" * 1_000_000 + " x", "heading.md"),
    "10 MB release": write((RELEASE + "\n") * 50_000),
    "billion laughs": write(billion_laughs(), "laughs.html"),
    "billion laughs, --format html": write(billion_laughs(), "laughs.html"),
    "external entities": write(EXTERNAL_ENTITIES, "xxe.html"),
    "external entities, --format html": write(EXTERNAL_ENTITIES, "xxe.html"),
    "a directory": lambda folder: folder,
    "unreadable file (chmod 000)": unreadable,  # read all the same when run as root
    "dangling symlink": link("nowhere.txt"),
    "symlink loop": link("", loop=True),
    "name not UTF-8": write(RELEASE, os.fsdecode(b"caf\xe9-\xff.txt")),
}


# A small launcher process runs each case: Linux carries a parent's peak memory over into a child
# forked from it, so forking prparse from this (larger) process would inflate every reading.
LAUNCHER = """
import os, subprocess, sys, time
started = time.perf_counter()
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(process.pid, 0)
print(os.waitstatus_to_exitcode(status), time.perf_counter() - started, usage.ru_maxrss)
"""


def run_case(path: Path, *options: str) -> tuple[int, str, float, float]:
    """Exit code, first stderr line, seconds and peak MB of one `prparse parse` process."""
    command = [sys.executable, "-m", "prparse", "parse", os.fsencode(path), "--compact", *options]
    done = subprocess.run([sys.executable, "-S", "-c", LAUNCHER, *command], capture_output=True, check=True)
    code, seconds, peak_kb = done.stdout.split()
    first = done.stderr.decode("utf-8", "replace").strip().splitlines()[:1]
    return int(code), first[0] if first else "", float(seconds), int(peak_kb) / 1024  # kB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="names of the cases to run (default: all)")
    chosen = parser.parse_args().cases
    print(f"{'case':<32} {'exit':>4} {'outcome':<17} {'seconds':>7} {'peak MB':>7}  message")
    for name, make in CASES.items():
        if chosen and not any(c in name for c in chosen):
            continue
        with tempfile.TemporaryDirectory() as folder:
            path = make(Path(folder))
            options = ["--format", "html"] if name.endswith("--format html") else []
            code, message, seconds, peak = run_case(path, *options)
            if path.exists() and not path.is_symlink() and path.is_file():
                path.chmod(0o600)
        outcome = ExitCode(code).name if code in ExitCode._value2member_map_ else f"signal/{code}"
        message = message.replace(folder, "…")[:70]
        print(f"{name:<32} {code:>4} {outcome:<17} {seconds:>7.2f} {peak:>7.0f}  {message}", flush=True)


if __name__ == "__main__":
    main()
