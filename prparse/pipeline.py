"""The whole pipeline: bytes or text in, a `PressRelease` out.

load and decode -> HTML or text to blocks -> (normalise inside both) -> segment -> extract ->
assemble. Each stage is a pure function; this module only chains them.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from prparse.assemble import assemble
from prparse.document import Document, Source
from prparse.errors import EmptyInputError
from prparse.load import MAX_BYTES, decode, display_name, is_blank, read_path
from prparse.model import PressRelease
from prparse.normalise import LazyAcronyms, repair
from prparse.segment import segment
from prparse.text_blocks import text_to_blocks

FORMATS = ("text", "html")

_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|table|br|h[1-6]|a\s)\b", re.IGNORECASE
)
# XHTML pages may open with an XML declaration before any tag.
_XML_DECLARATION = re.compile(r"<\?xml\b[^>]{0,300}\?>\s*")
# Only horizontal space after a line start: "^\s*" would run across blank lines and make the
# search quadratic on text that is mostly line breaks.
_MARKDOWN_SNIFF = re.compile(
    r"^#{1,6}[ \t]|\]\([^)\s]+\)|\*\*\S|^[ \t]*[*+-][ \t]+\S|^---[ \t]*$|<https?://", re.MULTILINE
)
# A str input can hold lone surrogates (no decoded input does): `_without_lone_surrogates`.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def sniff_format(text: str) -> str:
    """ "html" when the text starts like markup or is dense with tags, else "text"."""
    head = text[:4096]
    stripped = head.lstrip()
    if declaration := _XML_DECLARATION.match(stripped):
        stripped = stripped[declaration.end() :]
    if stripped.startswith("<") and _HTML_SNIFF.match(stripped):
        return "html"
    return "html" if len(_HTML_SNIFF.findall(head)) >= 5 else "text"


def build_document(data: str | bytes, *, format: str | None = None, name: str | None = None) -> Document:
    """Decode, split into blocks and segment one input, without extracting fields."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8", errors="surrogatepass")
    if isinstance(data, bytes):
        text, encoding = decode(data, name=name)
    else:
        if is_blank(data):
            raise EmptyInputError("empty input", name=name)
        text, encoding = _without_lone_surrogates(data), None
    fmt = format or sniff_format(text)
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    name = _without_lone_surrogates(name) if name else name
    source = Source(name=name, format=fmt, encoding=encoding, sha256=hashlib.sha256(raw).hexdigest())
    if fmt == "html":
        from prparse.html_blocks import html_to_blocks

        blocks, meta = html_to_blocks(text, utf8=raw if _is_utf8_of(raw, text, encoding) else None)
    else:
        text = repair(text)
        blocks, meta = text_to_blocks(text, markdown=bool(_MARKDOWN_SNIFF.search(text)))
    acronyms = LazyAcronyms([b.text for b in blocks])
    return segment(Document(source=source, blocks=blocks, meta=meta, acronyms=acronyms))


def _without_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate (a str can hold one; no decoded input does) replaced by U+FFFD:
    no UTF-8 text, and so no JSON written as UTF-8, can carry one."""
    if text.isascii() or _LONE_SURROGATE.search(text) is None:
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)


def _is_utf8_of(raw: bytes, text: str, encoding: str | None) -> bool:
    """Whether `raw` is exactly `text` in UTF-8, told without encoding `text` again.

    Read as plain UTF-8 and not through a byte-order mark, or with replacement characters for
    bytes that did not fit (a replacement character the text really holds only costs the shortcut).
    """
    return encoding == "utf-8" and not raw.startswith(codecs.BOM_UTF8) and "\ufffd" not in text


def parse(data: str | bytes, *, format: str | None = None, name: str | None = None) -> PressRelease:
    """Parse one press release given as text, Markdown or HTML.

    Args:
        data: the release; bytes are decoded (BOM, declared charset, UTF-8, detection).
        format: "text" or "html" to skip sniffing.
        name: the input's name (a path), reported in `source.name` and in errors.

    Returns:
        The extracted `PressRelease`; `.to_dict()` and `.to_json()` give the contract's JSON.

    Raises:
        prparse.errors.InputError: the input is empty, binary or undecodable.

    Example:
        >>> release = parse("ACME WINS\\n\\nNEW YORK, Jan. 14, 2021 /PRNewswire/ -- Acme won.")
        >>> release.dateline.date
        '2021-01-14'
    """
    return assemble(build_document(data, format=format, name=name))


def parse_file(path: str | Path, *, format: str | None = None, max_bytes: int = MAX_BYTES) -> PressRelease:
    """Read and parse one file; `source.name` is the path as given.

    Raises:
        prparse.errors.InputError: the file is missing, unreadable, too large, empty or binary.
    """
    return parse(read_path(Path(path), max_bytes=max_bytes), format=format, name=display_name(path))
