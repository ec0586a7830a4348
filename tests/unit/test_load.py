"""Decoding: BOM, declared charset, UTF-8, detection; binary and empty input refused."""

import codecs

import pytest

from prparse.errors import BinaryInputError, EmptyInputError
from prparse.load import decode

RELEASE = "Zürich, 14. Januar 2021 – Die Stiftung „Grünes Dach“ gibt bekannt, dass sie wächst."


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        pytest.param(codecs.BOM_UTF8 + RELEASE.encode(), RELEASE, "utf-8", id="utf-8-bom"),
        pytest.param(RELEASE.encode("utf-16"), RELEASE, "utf-16", id="utf-16-bom"),
        pytest.param(RELEASE.encode("utf-16-le"), RELEASE, "utf-16-le", id="utf-16-le-no-bom"),
        pytest.param(RELEASE.encode("utf-16-be"), RELEASE, "utf-16-be", id="utf-16-be-no-bom"),
        pytest.param(RELEASE.encode(), RELEASE, "utf-8", id="plain-utf-8"),
        pytest.param(b"plain ascii release", "plain ascii release", "utf-8", id="ascii-is-utf-8"),
    ],
)
def test_decode_reads_bytes_by_evidence(data, text, encoding):
    assert decode(data) == (text, encoding)


def test_declared_charset_wins_over_utf8_guess():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café – déjà vu</p></body></html>'
    text, encoding = decode(page.encode("cp1252"))
    assert "Café – déjà vu" in text
    assert encoding == "cp1252"


def test_a_false_declaration_falls_back_to_utf8():
    page = '<html><head><meta charset="ascii"></head><body><p>naïve café</p></body></html>'
    text, _ = decode(page.encode("utf-8"))
    assert "naïve café" in text or "naÃ¯ve" in text  # cp1252 superset reads it; repair happens later


def test_undeclared_legacy_bytes_are_detected():
    text = "Le président a annoncé aujourd'hui une réforme des retraites très attendue. " * 5
    decoded, encoding = decode(text.encode("cp1252"))
    assert "président" in decoded
    assert encoding != "utf-8"


@pytest.mark.parametrize(
    "data, error",
    [
        pytest.param(b"", EmptyInputError, id="empty"),
        pytest.param(b" \n\t\r\n ", EmptyInputError, id="white-space-only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError, id="png"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInputError, id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00", BinaryInputError, id="zip"),
        pytest.param(b"some text\x00\x01\x02 with NULs\x00\x00", BinaryInputError, id="nul-bytes"),
    ],
)
def test_decode_refuses_what_is_not_a_text_document(data, error):
    with pytest.raises(error):
        decode(data, name="input.html")


def test_errors_name_the_input():
    with pytest.raises(BinaryInputError, match=r"^release\.html: not a text or HTML document"):
        decode(b"\x89PNG\r\n\x1a\n", name="release.html")


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1", "latin-1"])
def test_an_ascii_page_declared_windows_1252_reads_as_the_codec_does(charset):
    """Read as ASCII without the charmap codec: the same text, and the declared encoding still named."""
    page = f'<html><head><meta charset="{charset}"></head><body><p>Acme\tships\x0c{bytes(range(32, 128)).decode()}</p>'
    data = page.encode("ascii")
    assert decode(data) == (data.decode("cp1252"), "cp1252")


def test_windows_1252_reads_every_ascii_byte_as_ascii():
    """What the ASCII reading of a page declared Windows-1252 relies on."""
    assert bytes(range(128)).decode("cp1252") == bytes(range(128)).decode("ascii")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("ab".encode("utf-16-le") * 8 + b"x" * 16, id="le-then-ascii"),
        pytest.param(b"x" * 2046 + "a".encode("utf-16-be"), id="one-nul-at-the-end-of-the-sample"),
        pytest.param(b"plain text without any NUL at all", id="no-nul"),
    ],
)
def test_utf16_without_bom_needs_nul_bytes(data):
    """Without a NUL byte in the sample neither half can hold enough of them: the early answer is the counted one."""
    from prparse.load import _utf16_without_bom

    sample = data[:2048]
    half = len(sample) // 2
    counted = (
        "utf-16-le"
        if sample[1::2].count(0) > 0.6 * half and sample[0::2].count(0) < 0.05 * half
        else "utf-16-be"
        if sample[0::2].count(0) > 0.6 * half and sample[1::2].count(0) < 0.05 * half
        else None
    )
    assert _utf16_without_bom(data) == (counted if len(sample) >= 8 and len(sample) % 2 == 0 else None)
