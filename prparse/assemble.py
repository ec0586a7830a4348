"""Stage 6: run the field extractors over a segmented document and build the output model."""

from __future__ import annotations

from dataclasses import replace

from prparse.dates import parse_date
from prparse.document import Block, Candidate, Document, Zone
from prparse.extractors.about import extract_about
from prparse.extractors.body import extract_body, extract_links
from prparse.extractors.byline import extract_byline
from prparse.extractors.calls_to_action import extract_calls_to_action
from prparse.extractors.contacts import extract_contacts
from prparse.extractors.dateline import extract_dateline
from prparse.extractors.headline import extract_headline, extract_subheadline, header_lines
from prparse.extractors.issuer import extract_issuer
from prparse.extractors.quotes import extract_quotes
from prparse.model import PressRelease, Quote, SourceInfo
from prparse.normalise import collapse
from prparse.rules.offices import PUBLIC_OFFICE


def assemble(doc: Document) -> PressRelease:
    """Extract every field of `doc` and put them together as one `PressRelease`."""
    lines = header_lines(doc)  # read once; headline, deck, byline and issuer all look at them
    headline = extract_headline(doc, lines)
    subheadline = extract_subheadline(doc, headline, lines)
    dateline = extract_dateline(doc)
    byline = extract_byline(doc, headline, lines)
    doc = _mark_header(doc, headline, _header_blocks(doc, headline, subheadline, byline, dateline))
    about = extract_about(doc)
    issuer = extract_issuer(
        doc, byline=_value(byline), about=about, headline=headline, subheadline=subheadline, lines=lines
    )
    quotes = extract_quotes(doc)
    issuer_name = _value(issuer) or _sole_speaking_organisation(quotes, doc, _value(headline))
    release = PressRelease(
        source=SourceInfo(doc.source.name, doc.source.format, doc.source.encoding, doc.source.sha256),
        headline=_value(headline),
        subheadline=_value(subheadline),
        dateline=_value(dateline),
        byline=_value(byline),
        issuer=issuer_name,
        quotes=_speakers_of_issuer(quotes, issuer_name),
        calls_to_action=extract_calls_to_action(doc),
        contacts=extract_contacts(doc, dateline=_value(dateline)),
        about=about,
        body=extract_body(doc),
        links=extract_links(doc),
    )
    return _with_warnings(release)


def _value(candidate: Candidate | None):  # type: ignore[no-untyped-def]
    return candidate.value if candidate is not None else None


def _header_blocks(doc: Document, *header: Candidate | None) -> frozenset[int]:
    """Blocks that hold only a header field (headline, deck, byline, a dateline line)."""
    used = set()
    for candidate in header:
        if candidate is None or candidate.block_index is None:
            continue
        block = doc.blocks[candidate.block_index]
        value = candidate.value
        text = value if isinstance(value, str) else getattr(value, "raw", "")
        if len(collapse(block.text)) <= len(collapse(text)) + 40:
            used.add(candidate.block_index)
    return frozenset(used)


def _mark_header(doc: Document, headline: Candidate | None, header: frozenset[int]) -> Document:
    """Body blocks above the headline become preamble; header lines and bare dates near it, header.

    Later extractors (quotes, calls to action) then read the release's body only.
    """
    start = headline.block_index if headline is not None and headline.block_index is not None else 0
    header = header | _headline_continuation(doc, headline)
    header |= _bare_dates(doc.blocks[start : start + 6], header)
    blocks = list(doc.blocks)  # a block's index is its position
    for index in range(start):
        if blocks[index].zone is Zone.BODY:
            blocks[index] = blocks[index].in_zone(Zone.PREAMBLE)
    for index in header:
        if index >= start and blocks[index].zone is Zone.BODY:
            blocks[index] = blocks[index].in_zone(Zone.HEADER)
    return doc.with_blocks(tuple(blocks))


def _bare_dates(blocks: tuple[Block, ...], header: frozenset[int]) -> set[int]:
    """Body blocks, not yet header, that are only a date; parse_date is asked only of those it can change."""
    return {
        b.index
        for b in blocks
        if b.zone is Zone.BODY and b.index not in header and len(b.flat) <= 60 and parse_date(b.flat)
    }


def _headline_continuation(doc: Document, headline: Candidate | None) -> set[int]:
    """Blocks after the headline's own that hold the rest of a headline broken over lines."""
    if headline is None or headline.block_index is None:
        return set()
    rest = collapse(headline.value).casefold()
    found = set()
    for block in doc.blocks[headline.block_index + 1 : headline.block_index + 4]:
        # Case folding never shortens a text: a block longer than the headline is not part of it.
        if len(block.flat) > len(rest) or block.flat.casefold() not in rest:
            break
        found.add(block.index)
    return found


def _sole_speaking_organisation(quotes: list[Quote], doc: Document, headline: str | None) -> str | None:
    """With no issuer found, the one organisation every named speaker speaks for puts the release out,
    provided the headline or the lead names it too (a feature quoting one outside expert does not)."""
    organisations = {q.speaker.organization for q in quotes if q.speaker.name}
    if len(organisations) != 1 or None in organisations:
        return None
    organisation = next(iter(organisations))
    lead = next((b.flat for b in doc.blocks if b.zone is Zone.BODY and len(b.flat) > 80), "")
    return organisation if organisation in (headline or "") or organisation in lead else None


def _speakers_of_issuer(quotes: list[Quote], issuer: str | None) -> list[Quote]:
    """A speaker given a title but no organisation works for the issuer, unless the title is a public office."""
    if issuer is None:
        return quotes
    return [
        replace(q, speaker=replace(q.speaker, organization=issuer))
        if q.speaker.name
        and q.speaker.title
        and not q.speaker.organization
        and not PUBLIC_OFFICE.search(q.speaker.title)
        else q
        for q in quotes
    ]


def _with_warnings(release: PressRelease) -> PressRelease:
    warnings = []
    if release.headline is None:
        warnings.append("no headline found")
    if release.dateline is None or release.dateline.date is None:
        warnings.append("no release date found")
    if not release.body:
        warnings.append("no body paragraphs found")
    return replace(release, warnings=warnings)
