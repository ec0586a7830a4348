"""The release's own paragraphs and its links, boilerplate excluded."""

from __future__ import annotations

from prparse.document import BlockKind, Document, Zone
from prparse.model import LinkOut

_LINK_ZONES = (Zone.HEADER, Zone.BODY, Zone.ABOUT, Zone.CONTACT)


def extract_body(doc: Document, *, exclude: frozenset[int] = frozenset()) -> list[str]:
    """Body-zone blocks in order, without the header blocks listed in `exclude`."""
    body, rule = Zone.BODY, BlockKind.RULE  # looked up once: an Enum member is a slow class attribute
    return [b.flat for b in doc.blocks if b.zone is body and b.kind is not rule and b.index not in exclude]


def extract_links(doc: Document) -> list[LinkOut]:
    """Every distinct link of the release proper, in document order."""
    seen: set[str] = set()
    links: list[LinkOut] = []
    for block in doc.blocks:
        if not block.links or block.zone not in _LINK_ZONES:
            continue
        for link in block.links:
            if link.url not in seen:
                seen.add(link.url)
                links.append(LinkOut(link.text, link.url))
    return links
