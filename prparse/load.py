"""Stage 1: read bytes and decode them deliberately, recording which encoding won.

Order: byte-order mark, then the charset the document declares, then strict UTF-8, then UTF-8
with Windows-1252 lines (files pasted together), then charset-normalizer's guess. Binary files
(images, PDFs, archives) are refused by their magic numbers and by NUL bytes, before any decoding
is tried.
"""

from __future__ import annotations

import codecs
import re
from itertools import islice
from pathlib import Path

from prparse.errors import BinaryInputError, DecodeError, EmptyInputError, InputError, TooLargeError

MAX_BYTES = 20 * 1024 * 1024

BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: UTF-32's BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG",
    b"%PDF",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"MZ",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"\xd0\xcf\x11\xe0",  # ico, MS Office compound file
)

# Control bytes no text file holds (tab, line breaks, form feed and escape are text).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_DECLARED_SCAN_BYTES = 4096
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_LEGACY_LINES_PER_UTF8_LINE = 4
_FEW_HIGH_BYTES = 16  # fewer non-ASCII bytes than this are too little evidence for a detector


def display_name(path: str | Path) -> str:
    """A path as text that can always be printed and written as UTF-8.

    File names that are not valid UTF-8 reach Python with surrogate escapes; they are shown with
    U+FFFD in their place rather than crash whoever writes them out.
    """
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_path(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing directories, unreadable and oversized files.

    The size on disk is checked first (a clear message without reading), and the read itself is
    bounded too: a device or a pipe (`/dev/zero`, `<(curl ...)`) reports no size but never ends.
    """
    name = display_name(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError("is a directory, not a file", name=name)
        if size > max_bytes:
            raise TooLargeError(f"{size:,} bytes is over the limit of {max_bytes:,} bytes", name=name)
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLargeError(f"over the limit of {max_bytes:,} bytes", name=name)
        return data
    except FileNotFoundError:
        cause = "dangling symbolic link" if path.is_symlink() else "no such file"
        raise InputError(cause, name=name) from None
    except PermissionError:
        raise InputError("permission denied", name=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", name=name) from None
    except OSError as error:
        raise InputError(error.strerror or type(error).__name__, name=name) from None


def is_blank(text: str | bytes) -> bool:
    """Nothing but white space: `not text.strip()`, told without copying a whole document."""
    return not text or text.isspace()


def decode(data: bytes, *, name: str | None = None) -> tuple[str, str]:
    """Decode raw bytes to text.

    Returns:
        The text and the name of the encoding used.

    Raises:
        EmptyInputError, BinaryInputError, DecodeError: the bytes are not a text document.
    """
    if is_blank(data):
        raise EmptyInputError("empty input", name=name)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name), encoding.removesuffix("-sig")
    if utf16 := _utf16_without_bom(data):
        return _strict(data, utf16, name), utf16
    if data.startswith(BINARY_MAGIC) or _looks_binary(data):
        raise BinaryInputError("not a text or HTML document", name=name)
    text, encoding = _by_evidence(data, name)
    if is_blank(text):  # white space beyond ASCII only: no-break spaces, line separators
        raise EmptyInputError("empty input", name=name)
    return text, encoding


def _by_evidence(data: bytes, name: str | None) -> tuple[str, str]:
    declared = _declared_encoding(data)
    if declared:
        if declared == "cp1252" and data.isascii():
            # Windows-1252 reads bytes below 0x80 as ASCII does: the same text, without the charmap
            # codec's table lookup for every byte (ten times slower).
            return data.decode("ascii"), declared
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass  # a page that lies about its charset: fall through to evidence
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _mixed_utf8(data) or _guess(data, name)


def _mixed_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with some lines in Windows-1252 (files pasted together): each line in what it fits.

    Only when some lines with non-ASCII bytes are valid UTF-8 and not many times more are not: a
    whole line of a legacy file (Windows-1252, EUC-JP, GBK) is valid UTF-8 only by rare chance,
    and such a file is left to the detector.
    """
    lines: list[str] = []
    utf8 = legacy = 0
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
            legacy += 1
    if not utf8 or legacy > _LEGACY_LINES_PER_UTF8_LINE * utf8:
        return None
    return "".join(lines), "utf-8+cp1252"


def _strict(data: bytes, encoding: str, name: str | None) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(f"invalid {encoding} at byte {error.start}", name=name) from None
    if is_blank(text):
        raise EmptyInputError("empty input", name=name)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM shows NUL in every other byte of its ASCII characters."""
    sample = data[:2048]
    if len(sample) < 8 or len(sample) % 2 or b"\x00" not in sample:
        return None  # no NUL in the sample: neither half can count enough (most documents)
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.6 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.6 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    # Counted by deleting them (one pass in C) rather than by a regex match per byte.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return b"\x00" in sample or controls > len(sample) // 100


def _declared_encoding(data: bytes) -> str | None:
    head = data[:_DECLARED_SCAN_BYTES]
    lowered = head.lower()
    if b"charset" not in lowered and b"encoding" not in lowered:
        return None
    from bs4.dammit import EncodingDetector

    declared = EncodingDetector.find_declared_encoding(head, is_html=True, search_entire_document=True)
    if not declared:
        return None
    try:
        return _canonical(declared)
    except LookupError:
        return None


def _canonical(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    # Pages declaring Latin-1 are in practice written in its superset, Windows-1252.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _guess(data: bytes, name: str | None) -> tuple[str, str]:
    if next(islice(_HIGH_BYTE.finditer(data), _FEW_HIGH_BYTES - 1, None), None) is None:
        try:  # too little evidence for a detector (one "ï" read as cp775): the web's legacy default
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise DecodeError("undecodable bytes: no text encoding fits", name=name)
    encoding = _canonical(best.encoding)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return data.decode(encoding, errors="replace"), encoding
