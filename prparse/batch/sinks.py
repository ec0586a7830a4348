"""The outputs of a batch: a mirrored tree of JSON files, one JSON Lines file, or CSV tables.

Each sink knows what an earlier run already wrote (`recorded`: input name -> source.sha256), so
that a re-run skips unchanged inputs, and writes so that a killed batch leaves nothing
half-written:
- tree: each file through a temporary file and a rename; stale temporaries are removed on start;
- JSON Lines: each line in one write; on start a torn last line is cut off and a release
  written twice (redone after its input changed) keeps only its newest line;
- CSV: the releases go to a JSON Lines journal beside the tables (`releases.jsonl`, resumable as
  above), and the tables are built from it, each through a rename, when the batch ends.
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from prparse.batch import csv_rows
from prparse.batch.inputs import input_name, output_name
from prparse.batch.storage import TEMPORARY_SUFFIX, OutputFolder, is_remote, is_temporary, local_path
from prparse.batch.tasks import Task

ERRORS_FILE = "errors.jsonl"
JOURNAL_FILE = "releases.jsonl"
_HEAD_BYTES = 8192
# The source record opens every output (see model.PressRelease.to_dict): its name and hash are
# read from the head of a file or line without parsing the whole release.
_SOURCE = re.compile(r'"source":\s*\{\s*"name":\s*(null|"(?:[^"\\]|\\.)*"),.*?"sha256":\s*"([0-9a-f]{64})"', re.DOTALL)


def source_of(head: str) -> tuple[str | None, str] | None:
    """(source.name, source.sha256) from the head of one output, or None when it has none."""
    match = _SOURCE.search(head[:_HEAD_BYTES])
    if match is None:
        return None
    return json.loads(match.group(1)), match.group(2)


class TreeSink:
    """One JSON file per input, mirroring the source tree; errors in OUT/errors.jsonl."""

    def __init__(self, location: str, colliding: frozenset[str]) -> None:
        self.folder = OutputFolder(location)
        self.colliding = colliding  # input stems that keep their extension in the output's name
        self.errors_path = _join(location, ERRORS_FILE)

    def open(self, *, force: bool, inputs: list[str]) -> dict[str, str]:
        self.folder.prepare()
        existing = set()
        for relative in self.folder.files():
            if is_temporary(relative):
                self.folder.remove(relative)  # left by a killed batch
            else:
                existing.add(relative)
        if force:
            return {}
        targets = ((relative, self.target(relative)) for relative in inputs)
        return {input_name(r): sha for r, target in targets if target in existing and (sha := self._sha(target))}

    def target(self, relative: str) -> str:
        """The output file of the input at `relative`, relative to the output folder."""
        return output_name(relative, self.colliding)

    def discard(self, task: Task) -> None:
        self.folder.discard(self.target(task.relative))

    def _sha(self, target: str) -> str | None:
        found = source_of(self.folder.read_bytes(target, _HEAD_BYTES).decode("utf-8", "replace"))
        return found[1] if found else None

    def write(self, relative: str, payload: str) -> None:
        self.folder.write_atomic(self.target(relative), payload.encode("utf-8"))

    def close(self) -> None:
        """Nothing to finish: every file was complete when renamed into place."""


class JsonlSink:
    """Every release as one line of one JSON Lines file; errors beside it in NAME.errors.jsonl."""

    def __init__(self, location: str) -> None:
        self.location = location
        stem = location[: -len(".jsonl")] if location.endswith(".jsonl") else location
        self.errors_path = stem + ".errors.jsonl"
        self.replaced = False
        self._stream = None

    def open(self, *, force: bool, inputs: list[str]) -> dict[str, str]:
        self.path = self._local_copy(force)
        recorded = {} if force else compact(self.path)
        self._stream = open(self.path, "a" if recorded else "w", encoding="utf-8", newline="\n")
        self.recorded = recorded
        return dict(recorded)

    def _local_copy(self, force: bool) -> Path:
        """The file to append to: the output itself, or for a URL a local copy uploaded at the end."""
        if not is_remote(self.location):
            path = local_path(self.location)
            path.parent.mkdir(parents=True, exist_ok=True)
            return path
        handle, name = tempfile.mkstemp(suffix=".jsonl")
        os.close(handle)
        folder, base = _folder_and_name(self.location)
        if not force and folder.exists(base):
            Path(name).write_bytes(folder.read_bytes(base))
        return Path(name)

    def discard(self, task: Task) -> None:
        """Nothing to remove: a line is written here, by this process, in one write."""

    def write(self, relative: str, payload: str) -> None:
        assert self._stream is not None
        self._stream.write(payload)  # one line, one write: a kill can tear only the last line
        self._stream.flush()
        self.replaced = self.replaced or input_name(relative) in self.recorded

    def close(self) -> None:
        if self._stream is not None:
            self._finish()
            self._publish()

    def _finish(self) -> None:
        assert self._stream is not None
        self._stream.close()
        self._stream = None
        if self.replaced:
            compact(self.path)

    def _publish(self) -> None:
        """A URL's local copy is uploaded whole, then dropped; a local file is already in place."""
        if is_remote(self.location):
            folder, base = _folder_and_name(self.location)
            folder.write_atomic(base, self.path.read_bytes())
            self.path.unlink()


class CsvSink(JsonlSink):
    """releases.csv, quotes.csv and contacts.csv in OUT, built from OUT/releases.jsonl at the end."""

    def __init__(self, location: str) -> None:
        super().__init__(_join(location, JOURNAL_FILE))
        self.folder = OutputFolder(location)
        self.errors_path = _join(location, ERRORS_FILE)

    def open(self, *, force: bool, inputs: list[str]) -> dict[str, str]:
        self.folder.prepare()
        return super().open(force=force, inputs=inputs)

    def close(self) -> None:
        if self._stream is None:
            return
        self._finish()
        for table in csv_rows.TABLES:  # from the journal's local file, before a URL's copy is dropped
            self.folder.write_atomic(table, _table(self.path, table))
        self._publish()


def _table(journal: Path, table: str) -> bytes:
    rows = tempfile.SpooledTemporaryFile(max_size=1 << 24, mode="w+", encoding="utf-8", newline="")
    with rows:
        writer = csv.writer(rows)
        writer.writerow(csv_rows.header(table))
        for record in _records(journal):
            writer.writerows(csv_rows.release_rows(record)[table])
        rows.seek(0)
        return rows.read().encode("utf-8")


def _records(journal: Path) -> Iterator[dict]:
    with open(journal, encoding="utf-8") as stream:
        for line in stream:
            yield json.loads(line)


def compact(path: Path) -> dict[str, str]:
    """Drop torn or foreign lines and keep each release's newest line; return name -> sha256 kept."""
    if not path.exists():
        return {}
    newest: dict[str | None, int] = {}
    recorded: dict[str, str] = {}
    total = 0
    with open(path, "rb") as stream:
        for total, line in enumerate(stream, start=1):
            found = source_of(line.decode("utf-8", "replace")) if line.endswith(b"\n") else None
            if found is not None:
                newest[found[0]] = total - 1
                if found[0] is not None:
                    recorded[found[0]] = found[1]
    if len(newest) < total:
        _rewrite(path, set(newest.values()))
    return recorded


def _rewrite(path: Path, keep: set[int]) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    os.fchmod(handle, os.stat(path).st_mode & 0o777)
    with os.fdopen(handle, "wb") as out, open(path, "rb") as stream:
        for number, line in enumerate(stream):
            if number in keep:
                out.write(line)
    os.replace(temporary, path)


def _join(location: str, name: str) -> str:
    return f"{location.rstrip('/')}/{name}"


def _folder_and_name(location: str) -> tuple[OutputFolder, str]:
    """The folder a file location lies in, and the file's name."""
    folder, _, name = location.rpartition("/")
    return OutputFolder(folder), name


class ErrorLog:
    """errors.jsonl: collected in a temporary file, published whole when the batch ends."""

    def __init__(self, location: str) -> None:
        self.location = location
        self._stream = tempfile.TemporaryFile(mode="w+", encoding="utf-8")

    def add(self, record: dict[str, str | None]) -> None:
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._stream.seek(0)
        data = self._stream.read().encode("utf-8")
        self._stream.close()
        folder, base = _folder_and_name(self.location)
        folder.write_atomic(base, data)
