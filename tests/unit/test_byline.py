"""Byline: the name in the release's "By ..." line, without "By", normal-cased when in capitals."""

from __future__ import annotations

import re

import pytest

from prparse.extractors.byline import extract_byline
from prparse.extractors.headline import extract_headline
from prparse.pipeline import build_document
from prparse.rules.header import BYLINE, BYLINE_INITIALS, BYLINE_LABEL, WIRE_BYLINE

LEDE = "The trust said on Monday that volunteers had planted more than ten thousand trees along the river this year."


def byline(text: str, *, html: bool = False) -> str | None:
    doc = build_document(text, format="html") if html else build_document(text)
    found = extract_byline(doc, extract_headline(doc))
    return found.value if found else None


TEXT_BYLINES = [
    pytest.param(f"Trees planted\n\nBy Maria Lopez\n\n{LEDE}", "Maria Lopez", id="by-line"),
    pytest.param(f"Trees planted\n\nBY MARIA LOPEZ\n\n{LEDE}", "Maria Lopez", id="caps-normal-cased"),
    pytest.param(
        f"Trees planted\n\nPUBLISHED MAY 3, 2022\nBY RIVER CARE INTERNATIONAL\nUK\n\n{LEDE}",
        "River Care International UK",
        id="caps-organisation-broken-over-two-lines",
    ),
    pytest.param(f"Trees planted\n\nWritten by: Ken Adams\n\n{LEDE}", "Ken Adams", id="written-by"),
    pytest.param(
        f"Trees planted\n\nAuthor\nLi Wei\nPublished\nMay 3, 2022\n\n{LEDE}", "Li Wei", id="author-label-line"
    ),
    pytest.param(f"Trees planted\n\nBy Maria Lopez | May 3, 2022\n\n{LEDE}", "Maria Lopez", id="name-before-date"),
    pytest.param(
        f"Trees planted\n\nBy Maria Lopez, Staff Writer\n\n{LEDE}", "Maria Lopez", id="role-after-comma-dropped"
    ),
    pytest.param(
        f"Trees planted\n\nBy JOHN ROE Associated Press Writer\n\nBOSTON (AP) _ {LEDE}", "John Roe", id="wire-writer"
    ),
    pytest.param(
        f"May05,200809:15 AM EDTTrees plantedBy JOHN ROEAssociated Press WriterBOSTON (AP) _ {LEDE}",
        "John Roe",
        id="wire-writer-glued-by-scrape",
    ),
    pytest.param(f"Trees planted\n\nVon Anna Schmidt\n\n{LEDE}", "Anna Schmidt", id="german-von"),
    pytest.param(f"Trees planted\n\nPor Lucía Gómez\n\n{LEDE}", "Lucía Gómez", id="spanish-por"),
    pytest.param(f"Trees planted\n\nBy Admin\n\n{LEDE}", None, id="cms-account-is-not-a-byline"),
    pytest.param(f"Trees planted\n\nAdmin | May 3, 2022\n\n{LEDE}", None, id="cms-account-with-date"),
    pytest.param(f"Trees planted\n\nBy 2030, the trust hopes to double the number.\n\n{LEDE}", None, id="by-in-prose"),
    pytest.param(f"Trees planted\n\n{LEDE}", None, id="none"),
    pytest.param(
        f"---\ntitle: Trees planted\nauthor: Tim Ortega\n---\n\n## Trees planted\n\n{LEDE}",
        "Tim Ortega",
        id="markdown-front-matter-author",
    ),
    pytest.param(
        f"Trees planted\n\n[River Care](https://rivercare.example/news/author/river-care)\nin\n\n{LEDE}",
        "River Care",
        id="author-page-link",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXT_BYLINES)
def test_text_byline(text: str, expected: str | None) -> None:
    assert byline(text) == expected


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article><h1>Trees planted</h1>{body}<p>{LEDE}</p></article></body></html>"


HTML_BYLINES = [
    pytest.param(_page("", "<p>By Maria Lopez</p>"), "Maria Lopez", id="visible-by-line"),
    pytest.param(
        "<html><body><ul><li>Browse</li><li>By Topic</li></ul><p>By Region</p><article><h1>Trees planted</h1>"
        f"<p>{LEDE}</p><p>{LEDE}</p></article></body></html>",
        None,
        id="menu-by-links-above-headline",
    ),
    pytest.param(
        _page('<meta name="author" content="Maria Lopez">', "<p>Maria Lopez</p><p>May 3, 2022</p>"),
        "Maria Lopez",
        id="author-meta-printed-on-page",
    ),
    pytest.param(
        _page('<meta name="author" content="Maria L\u00f3pez">', "<p>MARIA L\u00d3PEZ:</p><p>May 3, 2022</p>"),
        "Maria L\u00f3pez",
        id="author-meta-printed-in-capitals-with-punctuation",
    ),
    pytest.param(
        _page('<meta name="author" content="River Care Trust">', "<p>May 3, 2022</p>"),
        None,
        id="author-meta-not-printed",
    ),
    pytest.param(_page('<meta name="author" content="https://site.example/author/x">', ""), None, id="author-meta-url"),
]


@pytest.mark.parametrize(("html", "expected"), HTML_BYLINES)
def test_html_byline(html: str, expected: str | None) -> None:
    assert byline(html, html=True) == expected


def test_byline_carries_its_block() -> None:
    doc = build_document(f"Trees planted\n\nBy Maria Lopez\n\n{LEDE}")
    found = extract_byline(doc, extract_headline(doc))
    assert found is not None and doc.blocks[found.block_index].text == "By Maria Lopez"


@pytest.mark.parametrize(
    "line",
    [
        "By Maria Lopez",
        "BY MARIA LOPEZ",
        "by the committee",
        "Written by: Ken Adams",
        "Posted by Ken Adams",
        "Author: Li Wei",
        "Author",
        "Autorin: Anna Schmidt",
        "Von Max Muster",
        "Por Juan Pérez",
        "Redacción Madrid",
        "By DANA ORTEGA Associated Press Writer",
    ],
)
def test_byline_lines_open_with_a_byline_initial(line: str) -> None:
    """The cheap first-letter test never rules out a line the byline patterns match."""
    assert BYLINE.match(line) or BYLINE_LABEL.match(line) or WIRE_BYLINE.match(line)
    assert line[:1] in BYLINE_INITIALS


def test_no_other_character_matches_a_byline_initial_case_blind() -> None:
    initials = re.compile("[" + "".join(sorted(BYLINE_INITIALS)) + "]", re.IGNORECASE)
    assert {chr(c) for c in range(0x110000) if initials.match(chr(c))} == BYLINE_INITIALS


# The pattern as first written, with what may stand before "By" tested before it (no literal to scan for).
_WIRE_BYLINE_BEFORE_BY = re.compile(
    WIRE_BYLINE.pattern.replace(r"By(?:(?<=\bBy)|(?<=[a-z]By))", r"(?:\b|(?<=[a-z]))By")
)


@pytest.mark.parametrize(
    "text",
    [
        "By DANA ORTEGA Associated Press Writer",
        "Senate votes on billBy DANA ORTEGA Associated Press WriterATLANTA (AP) _ Georgia",
        "Senate votes on bill By JANE DOE AP Staff Writer",
        "HEADLINE TEXTBy JANE DOE AP Writer",  # a capital before "By": no boundary, no glued letter
        "2024By JANE DOE AP Writer",
        "x_By JANE DOE AP Writer",
        "caf\u00e9By JANE DOE AP Writer",  # a letter outside a-z: no boundary either
        "ByBy JANE DOE AP Writer",
        "StandBy JANE DOE Reuters Correspondent",
        "By  JANE DOE dpa Reporter and by JOHN ROE AFP Writer",
    ],
)
def test_wire_byline_opens_on_by_and_finds_what_the_boundary_first_form_found(text: str) -> None:
    """ "By" first, what stands before it looked behind: the same match at the same place, sliced or not."""

    def found(match: re.Match[str] | None) -> object:
        return match and (match.span(), match.groupdict())

    for start in range(len(text)):
        assert found(WIRE_BYLINE.search(text, start)) == found(_WIRE_BYLINE_BEFORE_BY.search(text, start))
        assert found(WIRE_BYLINE.match(text, start)) == found(_WIRE_BYLINE_BEFORE_BY.match(text, start))
