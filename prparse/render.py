"""A press release laid out for a person to read in a terminal (used by `prparse show`)."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from prparse.model import PressRelease

QUOTE_STYLE = "bold cyan"


def render(release: PressRelease) -> RenderableType:
    """Headline block, then quotes, calls to action, contacts and the body with quotes highlighted."""
    parts: list[RenderableType] = [_header(release)]
    if release.quotes:
        parts += [Rule("Quotes", style="dim"), _quotes(release), _quote_texts(release)]
    if release.calls_to_action:
        parts += [Rule("Calls to action", style="dim"), _calls_to_action(release)]
    if release.contacts:
        parts += [Rule("Contacts", style="dim"), _contacts(release)]
    if release.body:
        parts += [Rule("Body", style="dim"), _body(release)]
    if release.warnings:
        parts.append(Text("warnings: " + "; ".join(release.warnings), style="yellow"))
    return Group(*parts)


def _header(release: PressRelease) -> RenderableType:
    lines: list[RenderableType] = [Text(release.headline or "(no headline)", style="bold")]
    if release.subheadline:
        lines.append(Text(release.subheadline, style="italic"))
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column()
    dateline = release.dateline
    for label, value in (
        ("date", dateline.date if dateline else None),
        ("location", dateline.location if dateline else None),
        ("wire", dateline.wire if dateline else None),
        ("byline", release.byline),
        ("issuer", release.issuer),
    ):
        if value:
            facts.add_row(label, value)
    lines.append(Padding(facts, (1, 0, 0, 0)))
    return Group(*lines)


def _table(*columns: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _quotes(release: PressRelease) -> Table:
    """Who said what: one numbered row a quote; the words follow below, where they have room."""
    table = _table("#", "speaker", "title", "organization")
    table.columns[0].overflow = "ignore"
    for number, quote in enumerate(release.quotes, 1):
        speaker = quote.speaker
        name = (speaker.name or "?") + (" *" if quote.inferred else "")
        table.add_row(str(number), name, speaker.title or "", speaker.organization or "")
    return table


def _quote_texts(release: PressRelease) -> RenderableType:
    rows = Table.grid(padding=(0, 1))
    rows.add_column(no_wrap=True, style="dim")
    rows.add_column()
    for number, quote in enumerate(release.quotes, 1):
        rows.add_row(f"[{number}]", Text(f"\u201c{quote.text}\u201d", style=QUOTE_STYLE))
    return Padding(rows, (0, 0, 1, 0))


def _calls_to_action(release: PressRelease) -> Table:
    table = _table("kind", "call to action", "target")
    for action in release.calls_to_action:
        table.add_row(action.kind, action.text, action.target or "")
    return table


def _contacts(release: PressRelease) -> Table:
    table = _table("name", "organization", "email", "phone")
    for contact in release.contacts:
        phones = ", ".join(p.e164 or p.raw for p in contact.phones)
        table.add_row(contact.name or "", contact.organization or "", ", ".join(contact.emails), phones)
    return table


def _body(release: PressRelease) -> RenderableType:
    quotes = [q.text for q in release.quotes if len(q.text) >= 12]
    paragraphs = []
    for paragraph in release.body:
        text = Text(paragraph)
        for quote in quotes:
            start = paragraph.find(quote)
            if start >= 0:
                text.stylize(QUOTE_STYLE, start, start + len(quote))
        paragraphs.append(Padding(text, (0, 0, 1, 0)))
    return Group(*paragraphs)
