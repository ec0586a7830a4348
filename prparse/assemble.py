"""Stage 6: run the field extractors over a segmented document and build the output model."""

from __future__ import annotations

from prparse.dates import parse_date
from prparse.document import Candidate, Document
from prparse.extractors.about import extract_about
from prparse.extractors.body import extract_body, extract_links
from prparse.extractors.byline import extract_byline
from prparse.extractors.calls_to_action import extract_calls_to_action
from prparse.extractors.contacts import extract_contacts
from prparse.extractors.dateline import extract_dateline
from prparse.extractors.headline import extract_headline, extract_subheadline
from prparse.extractors.issuer import extract_issuer
from prparse.extractors.quotes import extract_quotes
from prparse.model import PressRelease, SourceInfo
from prparse.normalise import collapse


def assemble(doc: Document) -> PressRelease:
    """Extract every field of `doc` and put them together as one `PressRelease`."""
    headline = extract_headline(doc)
    subheadline = extract_subheadline(doc, headline)
    dateline = extract_dateline(doc)
    byline = extract_byline(doc)
    about = extract_about(doc)
    issuer = extract_issuer(doc, byline=_value(byline), about=about)
    header_blocks = _header_blocks(doc, headline, subheadline, byline, dateline) | _preamble(doc, headline)
    release = PressRelease(
        source=SourceInfo(doc.source.name, doc.source.format, doc.source.encoding, doc.source.sha256),
        headline=_value(headline),
        subheadline=_value(subheadline),
        dateline=_value(dateline),
        byline=_value(byline),
        issuer=_value(issuer),
        quotes=extract_quotes(doc),
        calls_to_action=extract_calls_to_action(doc),
        contacts=extract_contacts(doc, dateline=_value(dateline)),
        about=about,
        body=extract_body(doc, exclude=header_blocks),
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


def _preamble(doc: Document, headline: Candidate | None) -> frozenset[int]:
    """Blocks above the headline (letterheads, kickers, labels) and bare date lines near it."""
    start = headline.block_index if headline is not None and headline.block_index is not None else 0
    dates = (b.index for b in doc.blocks[start : start + 6] if len(b.flat) <= 60 and parse_date(b.flat))
    return frozenset(range(start)) | frozenset(dates)


def _with_warnings(release: PressRelease) -> PressRelease:
    warnings = []
    if release.headline is None:
        warnings.append("no headline found")
    if release.dateline is None or release.dateline.date is None:
        warnings.append("no release date found")
    if not release.body:
        warnings.append("no body paragraphs found")
    return PressRelease(**{**{k: getattr(release, k) for k in release.__dataclass_fields__}, "warnings": warnings})
