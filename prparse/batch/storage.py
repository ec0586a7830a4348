"""Where a batch reads its inputs and writes its outputs: a local folder or any fsspec URL.

A local folder (or a `file://` URL) is read with the operating system's calls so that symbolic
links are judged by where they point: a link that leaves the source folder is refused, never
followed out. Any other URL (`s3://`, `gs://`, `memory://`, ...) goes through fsspec, imported only
then; its backend (s3fs, gcsfs, ...) must be installed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path, PurePosixPath

from prparse.errors import InputError, TooLargeError
from prparse.load import display_name, read_path


def is_remote(location: str) -> bool:
    """True for a URL that fsspec must serve; plain paths and `file://` URLs are local."""
    return "://" in location and not location.startswith("file://")


def local_path(location: str) -> Path:
    return Path(location.removeprefix("file://"))


@lru_cache(maxsize=8)
def output_folder(location: str) -> OutputFolder:
    """One `OutputFolder` a location, reused by a worker for every file it writes there."""
    return OutputFolder(location)


@lru_cache(maxsize=8)
def filesystem(location: str):  # type: ignore[no-untyped-def]
    """The fsspec filesystem and root path of a URL (cached: workers open many files under one root)."""
    try:
        import fsspec
    except ImportError:  # pragma: no cover - fsspec is a dependency
        raise InputError("reading URLs needs fsspec: pip install fsspec", name=location) from None
    try:
        return fsspec.core.url_to_fs(location)
    except (ImportError, ValueError) as error:  # an unknown protocol or its backend missing
        raise InputError(str(error), name=location) from None


def list_files(source: str, *, skip: str | None = None) -> Iterator[str]:
    """Every file under `source`, as a POSIX path relative to it, in sorted order."""
    if is_remote(source):
        fs, root = filesystem(source)
        root = root.rstrip("/")
        for path in sorted(fs.find(root, withdirs=False)):
            yield path[len(root) + 1 :]
        return
    yield from _walk_local(local_path(source), skip)


def _walk_local(source: Path, skip: str | None) -> Iterator[str]:
    """Files under a local folder; links to folders are not followed, links to files are listed.

    A dangling or looping link is still listed, so that it is reported as failed, not lost.
    """
    skip_resolved = local_path(skip).resolve() if skip is not None and not is_remote(skip) else None
    for folder, dirs, files in os.walk(source, followlinks=False):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if skip_resolved is None or (here / d).resolve() != skip_resolved)
        under = here.relative_to(source).as_posix()  # once a folder, not once a file
        prefix = "" if under == "." else under + "/"
        for name in sorted(files):
            yield prefix + name


def read_input(source: str, relative: str, *, max_bytes: int) -> bytes:
    """The bytes of one input, refusing what is too large, unreadable or links out of `source`."""
    name = display_name(relative)
    if is_remote(source):
        return _read_remote(source, relative, max_bytes, name)
    root = local_path(source)
    path = root / relative
    if path.is_symlink() and path.exists() and not path.resolve().is_relative_to(root.resolve()):
        raise InputError("symbolic link points outside the source folder", name=name)
    try:
        return read_path(path, max_bytes=max_bytes)
    except InputError as error:
        error.name = name  # report the input as the batch lists it, relative to its source
        raise


def _read_remote(source: str, relative: str, max_bytes: int, name: str) -> bytes:
    fs, root = filesystem(source)
    try:
        with fs.open(f"{root.rstrip('/')}/{relative}", "rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", name=name) from None
    except OSError as error:
        raise InputError(str(error) or type(error).__name__, name=name) from None
    if len(data) > max_bytes:
        raise TooLargeError(f"over the limit of {max_bytes:,} bytes", name=name)
    return data


class OutputFolder:
    """The folder a batch writes into, local or remote; every path given is relative to it."""

    def __init__(self, location: str) -> None:
        self.location = location
        self.remote = is_remote(location)
        if self.remote:
            self.fs, self.root = filesystem(location)
            self.root = self.root.rstrip("/")
        else:
            self.path = local_path(location)
            self._inside: set[Path] = set()  # folders already known to lie inside the output folder

    def prepare(self) -> None:
        if self.remote:
            self.fs.makedirs(self.root, exist_ok=True)
        else:
            self.path.mkdir(parents=True, exist_ok=True)

    def files(self) -> list[str]:
        if not self.exists(""):
            return []
        return list(list_files(self.location))

    def exists(self, relative: str) -> bool:
        if self.remote:
            return self.fs.exists(self._remote(relative))
        return (self.path / relative).exists()

    def read_bytes(self, relative: str, limit: int = -1) -> bytes:
        if self.remote:
            with self.fs.open(self._remote(relative), "rb") as stream:
                return stream.read(limit)
        with open(self.path / relative, "rb") as stream:
            return stream.read(limit)

    def write_atomic(self, relative: str, data: bytes) -> None:
        """Write a whole file so that no reader, and no crash, ever sees part of it."""
        if self.remote:  # object stores publish an object whole when its upload completes
            self.fs.pipe_file(self._remote(relative), data)
            return
        target = self.path / relative
        if target.parent not in self._inside:
            # A link inside the output folder must not carry a write out of it.
            if not target.parent.resolve().is_relative_to(self.path.resolve()):
                raise OSError(f"{display_name(relative)} would be written outside the output folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            self._inside.add(target.parent)  # checked and made once, not once a file
        _publish(target, data)

    def discard(self, relative: str) -> None:
        """Remove the temporary file of `relative`, if a writer was killed while writing it."""
        if not self.remote:
            temporary_of(self.path / relative).unlink(missing_ok=True)

    def remove(self, relative: str) -> None:
        if self.remote:
            self.fs.rm_file(self._remote(relative))
        else:
            (self.path / relative).unlink(missing_ok=True)

    def _remote(self, relative: str) -> str:
        return f"{self.root}/{relative}" if relative else self.root


TEMPORARY_SUFFIX = ".prparse-tmp"


def temporary_of(target: Path) -> Path:
    """Where `target` is written before its rename: one name per target, so a supervisor that
    kills a writer knows which file to remove."""
    return target.with_name(f".{target.name}{TEMPORARY_SUFFIX}")


def _publish(target: Path, data: bytes) -> None:
    """Write `data` to `target`, in a folder that exists, through a temporary file beside it and a rename."""
    temporary = temporary_of(target)
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def is_temporary(relative: str) -> bool:
    """A temporary file a killed batch left behind (removed when the batch runs again)."""
    name = PurePosixPath(relative).name
    return name.startswith(".") and name.endswith(TEMPORARY_SUFFIX)
