"""Issuer evidence printed late in a release: a source credit, the network that signs off a
third-party brief, and the sponsor a promotional feature names in its closing pitch.

"Source: acme.org" under a republished release credits the owner of that address; a brief that
says "To view the full press release, visit ..." summarises someone else's release and is issued
by the network whose contact block closes it; a sponsored feature ("Not sure where to start?
Acme Glass offers free inspections ...") names its sponsor only in its pitch. Web addresses are
turned into names the way the text writes them: the name it defines with that abbreviation
("Acme Health Network (AHN)"), an About section or a word that spells the address, or a short
name glossed with it ("AHN (AcmeHealthNetwork)"). issuer.py decides which evidence wins.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import islice

from prparse.document import Block, Candidate, Document, Zone
from prparse.extractors.headline import is_organisation_word
from prparse.extractors.issuer_lead import body_paragraphs, name_before
from prparse.model import About
from prparse.normalise import cue_text, may_match
from prparse.rules.header import (
    ABBREVIATION_DEFINITION,
    DEFINED_NAME_WORDS,
    EMAIL,
    GENERIC_MAIL_DOMAINS,
    LEADING_ARTICLES,
)
from prparse.rules.issuer import (
    DOMAIN_NOISE_LABELS,
    DOMAIN_TEXT,
    GLOSS,
    PITCH_BLOCKS,
    PITCH_NOT_NAMES,
    PITCH_VERB,
    SOURCE_CREDIT,
    SOURCE_CREDIT_LABELS,
    SUMMARY_POINTER,
    SUMMARY_POINTER_BLOCKS,
    SUMMARY_POINTER_OPENINGS,
    SUMMARY_POINTER_PHRASES,
)

_DEFINITION_BLOCKS = 80
_CREDIT_TAIL = 2  # a source credit closes the release: at most this many long paragraphs follow it
_LONG_PARAGRAPH_WORDS = 15
_PITCH_MIN_WORDS = 8
_SUBJECT_REACH = 200
_MAX_PITCHES = 8
_NAME_TOKENS = 2 * DEFINED_NAME_WORDS - 1  # a defined name's words and the small words between them


def defined_name(doc: Document, abbreviation: str) -> str | None:
    """The name the text defines for `abbreviation`: "Acme Health Network (AHN)" -> "Acme Health Network"."""
    wanted = f"({abbreviation})"
    for block in doc.blocks[:_DEFINITION_BLOCKS]:
        if wanted in block.text:
            match = next(abbreviation_definitions(block.flat, abbreviation), None)
            if match:
                return without_article(match.group("name"))
    return None


def abbreviation_definitions(flat: str, abbreviation: str) -> Iterator[re.Match[str]]:
    """The ABBREVIATION_DEFINITION matches in `flat` (a flat text) that define `abbreviation`, in order.

    Each is read back from where it ends, " (AHN)", over the few words a name holds, not by trying
    the pattern at every capital of a long paragraph. No name runs over a ")", the end of any other
    definition, so each is the match a search of the whole text finds.
    """
    wanted = f" ({abbreviation})"
    at = flat.find(wanted)
    while at != -1:
        end = at + len(wanted)
        # A name's words and the small words joining them: at most 2 * DEFINED_NAME_WORDS - 1 tokens.
        head = flat[:at].rsplit(" ", _NAME_TOKENS)
        start = len(head[0]) + 1 if len(head) > _NAME_TOKENS else 0
        matches = list(ABBREVIATION_DEFINITION.finditer(flat, start, end))
        if matches and matches[-1].end() == end:  # an earlier match in the window ends at another ")"
            yield matches[-1]
        at = flat.find(wanted, end)


def without_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in LEADING_ARTICLES else name


def source_credit(doc: Document) -> Candidate[str] | None:
    """ "Source: acme.org" (or a "Source:" label over a line "acme.org") closing a republished release.

    A credit under a table or chart sits mid-release; the release's own credit closes it, so at
    most a paragraph or two of text may follow.
    """
    blocks = doc.blocks
    long_paragraphs: list[int] | None = None
    for position, block in enumerate(blocks):
        # every credit holds a colon, which most blocks do not: their text is not lowered for the labels
        if ":" not in block.text or not may_match(cue_text(block.text), SOURCE_CREDIT_LABELS):
            continue
        for line in block.lines:
            match = SOURCE_CREDIT.match(line)
            domain = match and (match.group("domain") or _next_domain(blocks, position))
            if not domain:
                continue
            if long_paragraphs is None:  # found once, so that many credits cost no more than one
                long_paragraphs = [i for i, b in enumerate(blocks) if b.zone is Zone.BODY and _is_long(b)]
            if len(long_paragraphs) - bisect_right(long_paragraphs, position) <= _CREDIT_TAIL:
                name = _domain_name(doc, domain)
                return Candidate(name, "issuer.source_credit", block.index) if name else None
    return None


def _is_long(block: Block) -> bool:
    return len(block.text.split()) >= _LONG_PARAGRAPH_WORDS


def _next_domain(blocks: tuple[Block, ...], position: int) -> str | None:
    if position + 1 >= len(blocks):
        return None
    match = DOMAIN_TEXT.match(blocks[position + 1].lines[0])
    return match.group("domain") if match else None


def _domain_name(doc: Document, domain: str) -> str | None:
    """The name a web address stands for, as the text defines it ("ahn.org" -> "Acme Health Network")."""
    label = owner_label(domain)
    if not label:
        return None
    return defined_name(doc, label.upper()) if label.isalpha() and 2 <= len(label) <= 8 else None


def owner_label(domain: str) -> str | None:
    """The part of a host name that names its owner: "https://www.news.acme.co.uk/x" -> "acme"."""
    host = domain.split("://")[-1].split("/")[0].lower()
    labels = [label for label in host.split(".")[:-1] if label not in DOMAIN_NOISE_LABELS]
    return labels[0] if labels else None


def summary_publisher(doc: Document, about: list[About]) -> Candidate[str] | None:
    """A brief that points to "the full press release" elsewhere: the network whose mail address
    closes it issued the brief (the company it writes about did not)."""
    if not any(_points_to_release(b.flat) for b in doc.blocks[:SUMMARY_POINTER_BLOCKS] if "full" in b.text):
        return None
    domains = [domain for b in doc.blocks if b.zone is not Zone.TRAILER for domain in mail_domains(b.text)]
    domains = [d for d in domains if d not in GENERIC_MAIL_DOMAINS]
    if not domains:
        return None
    name = _spelled_name(doc, about, domains[-1])
    return Candidate(name, "issuer.summary_publisher") if name else None


def _points_to_release(flat: str) -> bool:
    """Whether a block's flat text says "To view the full press release ..."."""
    # A paragraph without an opening and a phrase of those every pointer holds needs no search (a
    # search tries every position of a long paragraph); `cue_text` says when lowering can tell.
    low = cue_text(flat)
    if not (may_match(low, SUMMARY_POINTER_PHRASES) and may_match(low, SUMMARY_POINTER_OPENINGS)):
        return False
    return SUMMARY_POINTER.search(flat) is not None


def mail_domains(text: str) -> list[str]:
    """The domains of the mail addresses in `text`, lowered: "jane@acme.org" -> "acme"."""
    # An address holds one "@", at most 64 characters before it and 94 after it: the search keeps to
    # that stretch around each "@" (elsewhere every word start would try a local part of up to 64
    # characters), and starts after the last space or line break before the "@", which no local part
    # holds. Addresses part at their "@" signs: one found ends the stretch the next may start in, and
    # a match starting after this "@" is the next one's, found in its turn.
    domains: list[str] = []
    end = 0
    at = text.find("@")
    while at != -1:
        start = max(end, at - 64)
        start = max(start, text.rfind(" ", start, at) + 1, text.rfind("\n", start, at) + 1)
        match = EMAIL.search(text, start, at + 95) if at >= end else None
        if match and match.start() <= at:
            domains.append(match.group("domain").lower())
            end = match.end()
        at = text.find("@", at + 1)
    return domains


def _spelled_name(doc: Document, about: list[About], domain: str) -> str | None:
    """The name whose letters spell a mail domain: an About section's, the short name glossed with
    it ("AHN (AcmeHealthNetwork)"), or the word itself as printed ("AcmeWire")."""
    for section in about:
        if section.organization and _spells(section.organization, domain):
            return section.organization
    printed = None
    for block in doc.blocks:
        if domain not in block.text.lower():
            continue
        flat = block.flat
        for match in GLOSS.finditer(flat):
            if _spells(match.group("gloss"), domain):
                name = name_before(flat[max(0, match.start() - _SUBJECT_REACH) : match.start()])
                if name:
                    return name
        printed = printed or next((w for w in block.flat.split() if _spells(w.strip(".,;:()"), domain)), None)
    return printed.strip(".,;:()") if printed else None


def _spells(name: str, domain: str) -> bool:
    return "".join(ch for ch in name.casefold() if ch.isalnum()) == domain.replace("-", "")


def closing_pitch(doc: Document) -> Candidate[str] | None:
    """A feature's sponsor, named only where its closing paragraphs pitch it: "Not sure where to
    start? Acme Glass offers free inspections", "For those who want a push, Acme is hosting ...".

    One name only: two parties pitched in the close leave the issuer open.
    """
    names: dict[str, int] = {}
    for block in _closing_paragraphs(doc):
        text = block.flat
        for verb in islice(PITCH_VERB.finditer(text), _MAX_PITCHES):  # prose pitches once or twice a paragraph
            name = _sentence_subject(text, verb.start())
            if name and name not in names:
                names[name] = block.index
                if len(names) > 1:
                    return None
    if not names:
        return None
    name, index = next(iter(names.items()))
    return Candidate(name, "issuer.closing_pitch", index)


def _closing_paragraphs(doc: Document) -> list[Block]:
    """The last `PITCH_BLOCKS` body paragraphs of some length, in reading order."""
    return body_paragraphs(reversed(doc.blocks), _PITCH_MIN_WORDS, PITCH_BLOCKS)[::-1]


def _sentence_subject(text: str, end: int) -> str | None:
    """The capitalised name that is the whole subject of the sentence ending at `end` (an opening
    clause closed by a comma may come first)."""
    window = text[max(0, end - _SUBJECT_REACH) : end]  # a name is short: never re-read the whole paragraph
    name = name_before(window)
    if not name or not window.endswith(name):
        return None
    start = end - len(name)
    before = text[max(0, start - 2) : start].rstrip()
    if start > 0 and not before.endswith((",", ".", "?", "!", ":")):
        return None
    words = name.split()
    if len(words) > 1 and words[0] == "The":
        words = words[1:]  # "The Acme Clinic offers ...": the article is the sentence's, not the name's
    if words[0].casefold() in PITCH_NOT_NAMES or (len(words) == 1 and is_organisation_word(words[0])):
        return None
    return " ".join(words)
