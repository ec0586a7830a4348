"""Issuer: the organisation that issued the release, named as the release names it.

A cascade, most reliable evidence first: a byline naming an organisation, "on behalf of X", a
wire agency's own byline or dateline, the letterhead of a government release (all its members
for a joint release), the exchange-ticker phrase "X (NYSE: ABC)", "SOURCE X", the "About X"
section matching the release's subject, the subject of the lead sentence ("X today announced"),
and finally the page's own name (HTML h1 used as a site name, JSON-LD publisher, the site part of
a page title).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from prparse.document import Block, Candidate, Document, Zone
from prparse.extractors.headline import (
    HeaderLine,
    extract_headline,
    extract_subheadline,
    has_organisation_word,
    header_lines,
    is_date_line,
    is_generic,
    is_letterhead_org,
    is_organisation_word,
    key,
    without_date_prefix,
)
from prparse.extractors.issuer_closing import (
    abbreviation_definitions,
    closing_pitch,
    defined_name,
    mail_domains,
    source_credit,
    summary_publisher,
    without_article,
)
from prparse.extractors.issuer_lead import (
    about_name_matches,
    appositive_subject,
    body_paragraphs,
    headline_subject,
    lead_subject,
    name_before,
    recurring_name,
    run_in_about,
)
from prparse.model import About
from prparse.normalise import KELVIN_SIGN, ascii_lowered, collapse, has_words, is_all_caps, smart_case
from prparse.rules.header import (
    AGENCY_DATELINE,
    AGENCY_NAMES,
    AUTHORISED_LINE,
    CREDIT_LINE,
    DATELINE_ISSUER_SLOT,
    END_WORDS,
    GENERIC_MAIL_DOMAINS,
    LETTERHEAD_LINE,
    LETTERHEAD_NAME,
    NAME_JOINERS,
    ON_BEHALF,
    PIPE_SEPARATOR,
    POSTED_FIRST_ON,
    RELEASE_LABEL,
    SITE_SECTION_WORDS,
    SOURCE_LINE,
    TICKER,
    TITLE_SEPARATORS,
    WIRE_BYLINE,
)
from prparse.rules.issuer import DOMAIN_TEXT
from prparse.rules.sections import CONTACT_LABEL
from prparse.rules.wires import WIRE_BY_KEY, wire_key

_MAX_ORG_WORDS = 8
_LETTERHEAD_LINES = 12
_DATELINE_LINES = 20
_CLOSING_BLOCKS = 12
_MAX_ORG_CHARS = 120
_MIN_ABOUT_WORDS = 8
_MAX_CREDIT_CHARS = 30
_MAX_TITLE_CHARS = 400
_DETAIL = re.compile(r"@|\d{3}|https?://")
_PARAGRAPH_MARK = " | "  # "|" ends a name (_organisation_from) and is no mail domain
# The characters whose capital opens with "S" (tested): a text opening with any other is not
# "SOURCE" in capitals, and most blocks need not be put in capitals to tell.
S_INITIALS = frozenset("Ss\u00df\u017f\ufb05\ufb06")
_SIX_WORDS = re.compile(rb"[^ ]+(?: [^ ]+){0,5}")  # what _organisation_from reads after a domain


@dataclass(frozen=True, slots=True)
class _Release:
    """What several rules need: the document, its headline, and its lead paragraphs."""

    doc: Document
    headline: str
    headline_block: int | None
    lead: list[Block]
    lines: list[HeaderLine]


class _Unset:
    """The type of `_UNSET`: a header field the caller did not pass (None means "there is none")."""


_UNSET = _Unset()


def _release(
    doc: Document,
    headline: Candidate[str] | None | _Unset,
    deck: Candidate[str] | None | _Unset,
    lines: list[HeaderLine] | None,
) -> _Release:
    lines = header_lines(doc) if lines is None else lines
    if isinstance(headline, _Unset):
        headline = extract_headline(doc, lines)
    if isinstance(deck, _Unset):
        deck = extract_subheadline(doc, headline, lines)
    start = max((c.block_index for c in (headline, deck) if c is not None and c.block_index is not None), default=-1)
    return _Release(
        doc, headline.value if headline else "", headline.block_index if headline else None, _lead(doc, start), lines
    )


def _lead(doc: Document, start: int) -> list[Block]:
    """The first two body paragraphs after the header (the deck is often a whole sentence)."""
    return body_paragraphs(doc.blocks[start + 1 : start + 60], 15, 2)


def extract_issuer(
    doc: Document,
    *,
    byline: str | None,
    about: list[About],
    headline: Candidate[str] | None | _Unset = _UNSET,
    subheadline: Candidate[str] | None | _Unset = _UNSET,
    lines: list[HeaderLine] | None = None,
) -> Candidate[str] | None:
    """The issuing organisation, or None when nothing names it.

    Args:
        doc: the segmented document.
        byline: the byline already extracted (an organisation's name there is the issuer).
        about: the "About X" sections already extracted.
        headline, subheadline: the header fields already extracted (found again when not given).
        lines: the document's `header_lines`, when the caller has them already.

    Example:
        >>> from prparse.pipeline import build_document
        >>> lead = "BOSTON, May 1, 2024 -- Acme Corp. (NYSE: ACM), a maker of tools, today announced growth."
        >>> doc = build_document("Acme grows\\n\\n" + lead)
        >>> extract_issuer(doc, byline=None, about=[]).value
        'Acme Corp.'
    """
    release = _release(doc, headline, subheadline, lines)
    for found in _cascade(release, byline, about):
        if found is not None and found.value:
            return Candidate(_normal_case(found.value, doc), found.rule, found.block_index)
    return None


def _cascade(release: _Release, byline: str | None, about: list[About]) -> Iterator[Candidate[str] | None]:
    """What each rule finds, most reliable first; a rule runs only when those before it found nothing."""
    doc = release.doc
    yield _from_byline(byline, about)
    yield _on_behalf(doc)
    yield summary_publisher(doc, about)
    yield _agency(release)
    yield _letterhead(release)
    yield _letterhead_org(release)
    yield _dateline_slot(release)
    yield _subject_or_about(release, about)
    yield _ticker(release)
    yield headline_subject(release.headline, release.lead)
    yield appositive_subject(release.lead, release.headline)
    yield source_credit(doc)
    yield _source_line(doc)
    yield _header_contact_office(release)
    yield _credit_line(release)
    yield _expanded(_page_name(release), doc)
    yield _copyright(doc)
    yield _posted_first_on(doc)
    yield _mail_domain_name(release)
    yield recurring_name(release.headline, release.lead, doc.blocks)
    yield closing_pitch(doc)


def _normal_case(name: str, doc: Document) -> str:
    return smart_case(collapse(name).strip(" ,;:-"), acronyms=doc.acronyms) if is_all_caps(name) else collapse(name)


def is_organisation(name: str, about: list[About]) -> bool:
    """A name is a body's when it has an organisation word, is one word, or heads an About section."""
    if has_organisation_word(name) or len(name.split()) == 1:
        return True
    return any(a.organization and key(a.organization) == key(name) for a in about)


def _from_byline(byline: str | None, about: list[About]) -> Candidate[str] | None:
    if byline and is_organisation(byline, about):
        return Candidate(byline, "issuer.byline")
    return None


def _on_behalf(doc: Document) -> Candidate[str] | None:
    return _cued_match(doc.blocks, "behalf", ON_BEHALF, "org", "issuer.on_behalf")


def _cued_match(
    blocks: Sequence[Block], cue: str, pattern: re.Pattern[str], group: str, rule: str
) -> Candidate[str] | None:
    """The first block holding `cue` (a cheap test) that `pattern` also finds its name in."""
    for block in blocks:
        if cue in block.text and (match := pattern.search(block.flat)):
            return Candidate(match.group(group), rule, block.index)
    return None


def _agency(release: _Release) -> Candidate[str] | None:
    """A wire agency's story: "By X Associated Press Writer" or "HONOLULU (AP) _"."""
    for line in release.lines[:30]:
        text = line.text
        if "(" not in text and "By" not in text:
            continue  # WIRE_BYLINE opens on "By", AGENCY_DATELINE holds a "(" (tested): most lines hold neither
        byline = WIRE_BYLINE.search(text, 0, 600)
        match = byline or AGENCY_DATELINE.match(text)
        if match:
            agency = match.group("agency")
            return Candidate(AGENCY_NAMES.get(agency, agency), "issuer.agency", line.block.index)
    return None


def _letterhead(release: _Release) -> Candidate[str] | None:
    """The members named in a government letterhead, joined: "A MP, B MP and Senator C"."""
    names: list[str] = []
    first_block = None
    for line in release.lines[:_LETTERHEAD_LINES]:
        # A member's line must match all three: the name first, as it fails soonest on other lines.
        match = LETTERHEAD_NAME.match(line.text)
        if match and LETTERHEAD_LINE.match(line.text) and not AUTHORISED_LINE.match(line.text):
            names.append((match.group("name") or match.group("senator")).strip())
            first_block = line.block.index if first_block is None else first_block
    if not names:
        return None
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return Candidate(joined, "issuer.letterhead", first_block)


def _subject_or_about(release: _Release, about: list[About]) -> Candidate[str] | None:
    """The lead sentence's subject, named as its About section names it; else the About section.

    A lead that joins two About organisations ("A and B announce") is a joint release: both.
    """
    subject = lead_subject(release.lead)
    named = [a.organization for a in about if _real_about(a)]
    if subject is None:
        # An About heading run into its paragraph counts when no About section was found.
        return _about(release, named or run_in_about(release.doc.blocks))
    for name in named:
        if about_name_matches(subject.value, name):
            return Candidate(name, "issuer.lead_subject_about", subject.block_index)
    return subject


def _real_about(about: About) -> bool:
    """An About section with a plain name and some text (not a menu line that starts "About")."""
    name = about.organization
    if not name or len(name.split()) > _MAX_ORG_WORDS or any(c in name for c in "/|>\u00bb"):
        return False
    return has_words(about.text, _MIN_ABOUT_WORDS)


def _about(release: _Release, named: list[str]) -> Candidate[str] | None:
    """The About section's organisation; of several, the one the headline or lead names first."""
    if not named:
        return None
    if len(named) > 1:
        context = f" {key(release.headline + ' ' + ' '.join(b.flat for b in release.lead))} "
        found = [(context.find(f" {key(n)} "), n) for n in named if f" {key(n)} " in context]
        if found:
            return Candidate(min(found)[1], "issuer.about_subject")
    return Candidate(named[0], "issuer.about")


def _letterhead_org(release: _Release) -> Candidate[str] | None:
    """An organisation's name printed above "FOR IMMEDIATE RELEASE" or "MEDIA RELEASE"."""
    lines = release.lines[:_LETTERHEAD_LINES]
    # Only a line one or two above a release label can be a letterhead: the few labels are found
    # first, so that the many other lines are not tested.
    labels = [position for position, line in enumerate(lines) if position and RELEASE_LABEL.match(line.text)]
    for position in sorted({label - step for label in labels for step in (1, 2) if label >= step}):
        if is_letterhead_org(lines, position):
            return Candidate(lines[position].text, "issuer.letterhead_org", lines[position].block.index)
    return None


def _ticker(release: _Release) -> Candidate[str] | None:
    """ "Acme Corp. (NYSE: ACM)" in the lead: the listed company, named in full."""
    for block in release.lead:
        match = TICKER.search(block.flat)
        if match:
            name = name_before(block.flat[: match.start()])
            if name:
                return Candidate(name, "issuer.ticker", block.index)
    return None


def _dateline_slot(release: _Release) -> Candidate[str] | None:
    """ "Gilbert, United States - July 24, 2025 / Acme /": the issuer a dateline names between slashes.

    A wire's name in that slot is the wire, not the issuer.
    """
    for line in release.lines[:_DATELINE_LINES]:
        if "/" not in line.text:
            continue
        match = DATELINE_ISSUER_SLOT.match(line.text)
        if match and wire_key(match.group("org")) not in WIRE_BY_KEY:
            return Candidate(match.group("org"), "issuer.dateline_slot", line.block.index)
    return None


def _copyright(doc: Document) -> Candidate[str] | None:
    """An HTML page footer's "© 2021 Acme": the site's owner, late evidence for its releases."""
    owner = doc.meta.copyright
    return Candidate(owner, "issuer.copyright") if owner and not is_generic(owner) else None


def _posted_first_on(doc: Document) -> Candidate[str] | None:
    """ "The post <title> appeared first on Acme News.": the site that published the release."""
    return _cued_match(
        doc.blocks[-_CLOSING_BLOCKS:], "appeared first on", POSTED_FIRST_ON, "site", "issuer.posted_first_on"
    )


def _source_line(doc: Document) -> Candidate[str] | None:
    for block in doc.blocks:
        if block.text[:1] in S_INITIALS and block.text[:6].upper().startswith("SOURCE"):
            match = SOURCE_LINE.match(block.lines[0])
            if match and not DOMAIN_TEXT.match(match.group("org")):  # an address names no one: source_credit reads it
                return Candidate(match.group("org"), "issuer.source_line", block.index)
    return None


def _page_name(release: _Release) -> Candidate[str] | None:
    """HTML: an h1 that is the site's name, the site part of <title>, or the JSON-LD publisher.

    Text: the site part of a scraped page's title line ("Headline | Site").
    """
    doc, meta = release.doc, release.doc.meta
    first_line = doc.blocks[0].lines[0] if doc.blocks else None
    if doc.source.format != "html":
        return _title_site(release, first_line)
    if meta.h1 and not is_generic(meta.h1) and key(meta.h1) != key(release.headline) and len(meta.h1.split()) <= 5:
        return Candidate(_strip_abbreviation(meta.h1), "issuer.site_h1")
    site = _title_site(release, meta.title)
    if site is not None:
        return site
    return Candidate(meta.publisher, "issuer.publisher") if meta.publisher else None


def _title_site(release: _Release, title: str | None) -> Candidate[str] | None:
    """The part of a page title at the far end from the headline: the site's name."""
    wanted = key(release.headline)
    if not title or not wanted:
        return None
    parts = [p for p in TITLE_SEPARATORS.split(title[:_MAX_TITLE_CHARS]) if key(p)]
    own = [i for i, p in enumerate(parts) if key(p) in wanted or wanted in key(p)]
    pipes = PIPE_SEPARATOR.split(title[:_MAX_TITLE_CHARS])
    if not own and len(pipes) >= 3 and not is_date_line(pipes[-1]):
        return Candidate(pipes[-1], "issuer.title_site")  # "Title | Section | Site"
    if not own or len(own) == len(parts):
        return None  # the title does not carry the headline: nothing tells its parts apart
    others = [p for i, p in enumerate(parts) if i not in own and not is_generic(p) and not is_date_line(p)]
    if not others:
        return None
    return Candidate(others[-1] if own[0] == 0 else others[0], "issuer.title_site")


def _header_contact_office(release: _Release) -> Candidate[str] | None:
    """A contact block printed above the headline names the issuing office ("Contact: Jane Doe / Acme Office")."""
    in_contact = False
    for line in release.lines[:_LETTERHEAD_LINES]:
        if release.headline_block is not None and line.block.index >= release.headline_block:
            return None
        if CONTACT_LABEL.match(without_date_prefix(line.text)):
            in_contact = True
        elif in_contact and len(line.text.split()) <= _MAX_ORG_WORDS and len(line.text) <= _MAX_ORG_CHARS:
            if has_organisation_word(line.text) and not _DETAIL.search(line.text):
                return Candidate(line.text, "issuer.header_contact", line.block.index)
    return None


def _expanded(found: Candidate[str] | None, doc: Document) -> Candidate[str] | None:
    """A site name that is an abbreviation ("BUND e.V.", "UN Press"), written out as the text has it.

    First as the text defines it ("Bund für Umwelt und Naturschutz Deutschland (BUND)"), else as
    a capitalised phrase with those initials ("United Nations"); a trailing section word of the
    site's name ("Press", "News") goes with the abbreviation.
    """
    if found is None:
        return None
    abbreviation = found.value.split()[0] if found.value else ""
    if not (abbreviation.isupper() and abbreviation.isalpha() and 2 <= len(abbreviation) <= 8):
        return found
    defined = defined_name(doc, abbreviation)
    if defined:
        return Candidate(defined, "issuer.site_expanded", found.block_index)
    rest = found.value.split()[1:]
    if all(word.lower() in SITE_SECTION_WORDS for word in rest):
        initials = _initials_phrase(doc, abbreviation)
        if initials:
            return Candidate(initials, "issuer.site_initials", found.block_index)
    return found


def initials_pattern(abbreviation: str) -> re.Pattern[str]:
    """Capitalised words whose initials are the letters of `abbreviation` (capitals)."""
    # The first initial opens the pattern and the word boundary before it is looked behind for after
    # it: the engine scans for that letter instead of trying the whole pattern at every position.
    first, words = abbreviation[0], r"\s".join(f"{letter}[a-z]{{1,20}}" for letter in abbreviation)
    return re.compile(rf"{first}(?<!\w{first}){words[1:]}\b")


def _initials_phrase(doc: Document, abbreviation: str) -> str | None:
    """ "United Nations" for "UN": capitalised words whose initials spell the abbreviation."""
    pattern = initials_pattern(abbreviation)
    for block in doc.blocks[:80]:
        match = pattern.search(block.flat)
        if match:
            return match.group()
    return None


def _credit_line(release: _Release) -> Candidate[str] | None:
    """A republished release signed off by its source agency: a last line "*GIS*" in italics."""
    body = Zone.BODY  # looked up once, not once a block
    for block in release.doc.blocks[(release.headline_block or 0) + 3 :]:
        if block.zone is not body or not block.emphasis or len(block.text) > _MAX_CREDIT_CHARS:
            continue
        match = CREDIT_LINE.match(block.flat)
        if match and match.group("org").lower() not in END_WORDS:
            return Candidate(match.group("org"), "issuer.credit_line", block.index)
    return None


def _mail_domain_name(release: _Release) -> Candidate[str] | None:
    """The media contact's mail domain ("@paxter.org", "@lsvd.de") names the organisation.

    The name is the one the text defines for that abbreviation ("Lesben- und Schwulenverband
    (LSVD)"), or the organisation name the text builds on that word ("PAXTER Center").
    """
    doc = release.doc
    texts = [line.text for line in release.lines[:40]] + [b.text for b in doc.zone(Zone.CONTACT)]
    # Read as one text (one search, not one a line): no address runs over a line break.
    domains = set(mail_domains("\n".join(texts))) - GENERIC_MAIL_DOMAINS
    if not domains:
        return None
    body = Zone.BODY
    paragraphs = [block.flat for block in doc.blocks[:150] if block.zone is body and block.flat]
    # Without a definition, the paragraphs are read as one text, joined by a mark that no name runs
    # on over (a word neither capitalised nor a joiner): the uses counted are each paragraph's, in
    # order. A definition counts first in its paragraph: those are read one by one.
    forms = _DomainForms(domains)
    text = _PARAGRAPH_MARK.join(paragraphs)
    counts: dict[str, int] = {}
    for chunk in paragraphs if forms.defines(text) else [text]:
        _count_domain_names(chunk, forms, counts)
    if not counts:
        return None
    return Candidate(max(counts, key=lambda n: (counts[n], -len(n))), "issuer.mail_domain")


class _DomainForms:
    """The mail domains as looked up in a lower-cased text: as text, and as UTF-8 when all are ASCII.

    A flat text joins its words with single spaces: an ASCII domain, or "(domain)", is among the
    words of, or in, `flat.lower()` exactly when it is so in `ascii_lowered(flat)`, when no Kelvin
    sign is there ("\u0130" lowers to "i" and a combining dot, which no ASCII word or "(" holds).
    """

    def __init__(self, domains: set[str]) -> None:
        self.domains = domains
        self.definitions = {f"({domain})" for domain in domains}
        self.encoded = {domain.encode() for domain in domains} if all(d.isascii() for d in domains) else None
        self.encoded_definitions = {definition.encode() for definition in self.definitions}

    def lowered(self, flat: str) -> tuple[str | bytes, set[str] | set[bytes], set[str] | set[bytes]]:
        """`flat` lower-cased, with the domains and their definitions in the same type."""
        if self.encoded is None or KELVIN_SIGN in flat:
            return flat.lower(), self.domains, self.definitions
        return ascii_lowered(flat), self.encoded, self.encoded_definitions

    def defines(self, flat: str) -> bool:
        """Whether `flat` holds "(domain)": a definition may end there."""
        lowered, _domains, definitions = self.lowered(flat)
        return any(definition in lowered for definition in definitions)


def _count_domain_names(flat: str, forms: _DomainForms, counts: dict[str, int]) -> None:
    """Count the names `flat` builds on a mail domain: a definition "... (LSVD)" weighs 10, a use 1."""
    # Lowering goes letter by letter and leaves spaces alone: the lowered text holds "(lsvd)" where a
    # definition ends, and its words are the text's words lowered. Both a definition and a use hold
    # the domain itself, which most paragraphs do not.
    lowered, domains, definitions = forms.lowered(flat)
    if not any(domain in lowered for domain in domains):
        return
    if any(definition in lowered for definition in definitions):
        # An abbreviation lowers to a domain when it is that domain in capitals: its letters (A-Z,
        # \u00c0-\u00de) are the capitals of their lower-case forms.
        found = [match for domain in forms.domains for match in abbreviation_definitions(flat, domain.upper())]
        for match in sorted(found, key=lambda match: match.start()):  # in reading order, as one search finds them
            name = without_article(match.group("name"))
            counts[name] = counts.get(name, 0) + 10
    for words in _words_from_domains(flat, lowered, domains):
        name = _organisation_from(words)
        if name:
            counts[name] = counts.get(name, 0) + 1


def _words_from_domains(flat: str, lowered: str | bytes, domains: set[str] | set[bytes]) -> list[list[str]]:
    """Six words of `flat` from each word that is a domain, in reading order (`lowered` as _DomainForms gives it)."""
    if isinstance(lowered, str):
        lowered_words = lowered.split()
        # The words that are a domain, found by list.index rather than a loop over every word.
        positions = sorted(position for domain in domains for position in _positions(lowered_words, domain))
        words = flat.split()
        return [words[position : position + 6] for position in positions]
    # Lowering bytes keeps offsets, and a flat text's words are what single spaces part: the domains
    # are found where they stand in the bytes, and the text is not split into all its words.
    encoded = flat.encode("utf-8", "surrogatepass")  # as ascii_lowered encodes it
    starts = sorted(start for domain in domains for start in _word_starts(lowered, domain))  # type: ignore[arg-type]
    return [
        _SIX_WORDS.match(encoded, start).group().decode("utf-8", "surrogatepass").split(" ")  # type: ignore[union-attr]
        for start in starts
    ]


def _word_starts(text: bytes, word: bytes) -> Iterator[int]:
    """Where `word` stands as a whole word in `text`, whose words single spaces part."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if text[start - 1 : start] in (b"", b" ") and text[end : end + 1] in (b"", b" "):
            yield start
        start = text.find(word, start + 1)


def _positions(words: list[str] | list[bytes], wanted: str | bytes) -> Iterator[int]:
    """Where `wanted` stands in `words`, first to last."""
    position = -1
    while True:
        try:
            position = words.index(wanted, position + 1)  # type: ignore[arg-type]
        except ValueError:
            return
        yield position


def _organisation_from(words: list[str]) -> str | None:
    """The leading capitalised words up to the last organisation word: "PAXTER Center's staff" -> "PAXTER Center"."""
    name: list[str] = []
    end = 0
    for word in words:
        bare = word.rstrip(",.;:)")
        if not bare[:1].isupper() and bare.lower() not in NAME_JOINERS:
            break
        possessive = bare.endswith(("'s", "\u2019s"))
        name.append(bare[:-2] if possessive else bare)
        if is_organisation_word(name[-1]):
            end = len(name)
        if possessive or bare != word:
            break
    return " ".join(name[:end]) if end >= 2 else None


def _strip_abbreviation(name: str) -> str:
    """ "Bundeskriminalamt (BKA)" -> "Bundeskriminalamt"."""
    head, _, tail = name.partition(" (")
    return head if tail.endswith(")") and head else name
