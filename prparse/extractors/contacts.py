"""Media, press and investor contacts: who to call or write to, with their emails and phones.

Contact text is found in two places: the CONTACT zone that `segment` marks after a label
("Media Contact:", "Pressekontakt"), and a label printed inside a line elsewhere ("June 11, 2021
Contact: Jane Roe", a wire's "Contact Robin Vale 202 ..." run into the header). Each piece of
contact text is cut into tokens (labels, field names, emails, phones, plain text) and read in
order by a small state machine: a name opens a contact, the details that follow are its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prparse.document import Block, BlockKind, Document, Zone
from prparse.extractors.contact_lines import (
    Token,
    classify,
    clean_email,
    dedupe_case,
    is_bare,
    is_person,
    names_a_person,
    split_fragments,
    tokenise,
)
from prparse.model import Contact, Dateline, Phone
from prparse.normalise import has_words, holds_any
from prparse.phones import find_phones, region_for_email, region_for_place, to_e164
from prparse.rules.contacts import (
    CARD_FIELD,
    CONFERENCE_CALL,
    DETAILS_LABEL,
    INLINE_CUE_GROUPS,
    INLINE_CUES,
    INLINE_LABEL,
    INLINE_LABEL_REACH,
    LANGUAGE_TAG_SEPARATOR,
    LINE_LABEL,
    LOCAL_PART_SEPARATOR,
    ORG_SUFFIX,
    WHITESPACE_RUN,
)
from prparse.rules.patterns import DIGIT

_INLINE_WINDOW = 400  # characters read after a label found inside a line
_INLINE_MAX_LEAD = 5  # fragments allowed before the first detail of an inline contact
_CONTINUE_LINES = 12  # a contact section goes on through short blocks: names, titles, numbers
_CONTINUE_WORDS = 10
_CARD_WORDS = 20
_CARD_CHARS = 400
_CARD_NAME_WORDS = 6  # the desk or person line printed under a card's details
_MAX_SECTION_CHARS = 4000  # contact sections are a few lines; longer text is not read further
_MAX_INLINE_WINDOWS = 12
_LOOKAHEAD_TOKENS = 4
_DETAIL_PROBE = 300  # characters of a long line searched for a phone number


@dataclass(slots=True)
class _Places:
    """The pieces of one contact text that may name a town, shared by the contacts read from it; their
    regions are worked out on first use, once for all of them."""

    pieces: list[str] = field(default_factory=list)
    _regions: list[str] | None = None

    @property
    def regions(self) -> list[str]:
        if self._regions is None:
            self._regions = _place_regions(self.pieces)
        return self._regions


@dataclass(slots=True)
class _Entry:
    """A contact being read; mutable only inside one call of `extract_contacts`."""

    name: str | None = None
    person: bool = False
    title: str | None = None
    organization: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    from_label: bool = False
    card: bool = False
    described: bool = False  # a title or organisation was printed after the name
    places: _Places = field(default_factory=_Places)  # its reader's: the pieces that may name a town

    @property
    def has_details(self) -> bool:
        return bool(self.emails or self.phones)


def extract_contacts(doc: Document, *, dateline: Dateline | None) -> list[Contact]:
    """The release's media / press / investor contacts, one entry per person or desk.

    Args:
        doc: the segmented document.
        dateline: the release's dateline; its place settles the country of local phone numbers.

    Returns:
        Contacts in document order, merged by name; each has a name or at least one email/phone.
    """
    entries: list[_Entry] = []
    opens = _openers(doc.blocks)
    for tokens, inline in _windows(doc, opens):
        if _may_keep(tokens):
            entries.extend(_read(tokens, inline=inline))
    entries = [e for e in entries if e.has_details or (e.person and e.from_label)]
    if any(e.name for e in entries):
        entries = [e for e in entries if e.name or not e.card]  # a company card beside named contacts
    cards = [e for tokens in _card_windows(doc, opens) for e in _read(tokens, inline=False) if _is_card_contact(e)]
    # beside labelled contacts, a closing card counts only when it names a person of its own
    entries += [e for e in cards if e.person] if entries else cards
    entries = _merge(entries)
    if not entries:
        return []  # the region hints below are for the phones of contacts found
    place_region = region_for_place(dateline.location) if dateline else None
    doc_regions = _email_regions(email for e in entries for email in e.emails)
    language_region = _language_region(doc)
    return [_to_contact(e, place_region, doc_regions, language_region) for e in entries]


# --- where contact text is ---------------------------------------------------------------------


def _windows(doc: Document, opens: list[bool]) -> list[tuple[list[Token], bool]]:
    """Token streams to read: each contact section, and the text after each in-line label."""
    windows: list[tuple[list[Token], bool]] = []
    in_runs: set[int] = set()
    for run in _contact_runs(doc.blocks, opens):
        # A contact section is a few lines; the cap keeps a pathological one linear.
        windows.append((tokenise("\n".join(b.text for b in run)[:_MAX_SECTION_CHARS]), False))
        in_runs.update(b.index for b in run)
    inline: list[list[Token]] = []
    rule = BlockKind.RULE  # looked up once, not once a block
    for block in _cued_blocks([b for b in doc.blocks if b.index not in in_runs and b.kind is not rule]):
        inline.extend(_inline_windows(block.text))
        if len(inline) >= _MAX_INLINE_WINDOWS:
            break
    return windows + [(tokens, True) for tokens in inline[:_MAX_INLINE_WINDOWS]]


def _contact_runs(blocks: tuple[Block, ...], opens: list[bool]) -> list[list[Block]]:
    """Sections opened by a contact label (or zoned CONTACT), with the contact-like blocks after
    them: a name printed as a heading, a title line, a list of numbers, an <address>."""
    runs: list[list[Block]] = []
    index = 0
    while index < len(blocks):
        if not opens[index]:
            index += 1
            continue
        run = [blocks[index]]
        index += 1
        while index < len(blocks) and _continues_contact(blocks[index]):
            run.append(blocks[index])
            index += 1
        runs.append(run)
    return runs


def _openers(blocks: tuple[Block, ...]) -> list[bool]:
    """Whether each block opens a contact section: zoned CONTACT, or a contact label starts it.
    Worked out once a page for the sections and the cards, with the enum members looked up once."""
    rule, contact, label = BlockKind.RULE, Zone.CONTACT, LINE_LABEL.match  # the pattern's method, once
    return [b.kind is not rule and (b.zone is contact or label(b.first_line) is not None) for b in blocks]


def _continues_contact(block: Block) -> bool:
    if block.kind is BlockKind.RULE or block.zone is Zone.LEGAL:
        return False
    if block.zone is Zone.CONTACT:
        return True
    lines = block.lines
    if block.zone is Zone.ABOUT:  # an "About X" section after the contacts: only its contact lines
        return len(lines) <= _CONTINUE_LINES and any("@" in line or find_phones(line[:_DETAIL_PROBE]) for line in lines)
    return len(lines) <= _CONTINUE_LINES and all(
        _words_within(line, _CONTINUE_WORDS) or "@" in line or find_phones(line[:_DETAIL_PROBE]) for line in lines
    )


def _card_windows(doc: Document, opens: list[bool]) -> list[list[Token]]:
    """Bare contact cards in the release's second half: short blocks made only of names and
    details ("Jane Roe / Acme PR / +1 ... / jane@acme.example", a wire's closing card), each
    with the short name block printed under it ("info@acme.example / Acme Newsroom")."""
    # the release's own text: a page's trailer (link lists, "Pickup" lines) does not count towards its half
    trailer, rule = Zone.TRAILER, BlockKind.RULE
    release = [(b, o) for b, o in zip(doc.blocks, opens, strict=True) if b.zone is not trailer]
    half = release[len(release) // 2 :]
    windows = []
    for position, (block, opener) in enumerate(half):
        text = block.text
        # cheap tests first: most blocks are long prose or hold neither an address nor a digit (which
        # every phone number holds); a block opening a contact section (zoned CONTACT, or led by a label)
        # is read with that section. The words are counted before the digit search, slow over a
        # paragraph that is not ASCII.
        if opener or block.kind is rule or len(text) > _CARD_CHARS:
            continue
        address = "@" in text
        if not _words_within(text, _CARD_WORDS) or not (address or DIGIT.search(text)):
            continue
        if (not address and not find_phones(text)) or CONFERENCE_CALL.search(text):
            continue
        tokens = tokenise(block.text)
        if not is_bare(tokens):
            continue
        after = half[position + 1][0] if position + 1 < len(half) else None
        if after is not None and _words_within(after.text, _CARD_NAME_WORDS):
            after_tokens = tokenise(after.text)
            if is_bare(after_tokens):
                tokens += after_tokens
        windows.append(tokens)
    return windows


def _words_within(text: str, limit: int) -> bool:
    """`len(text.split()) <= limit`, without splitting a long text."""
    return not has_words(text, limit + 1)


def _is_card_contact(entry: _Entry) -> bool:
    """A card's entry names its person or desk, or gives both an email and a phone."""
    return entry.has_details and bool(entry.name or (entry.emails and entry.phones))


def _cued_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks holding one of INLINE_CUES, which every in-line label holds: most hold none, and
    the label pattern is slow. The page's text is searched once for each group of cues
    (INLINE_CUE_GROUPS), then each block for the cues of the groups the page holds."""
    page = "\n".join([b.text for b in blocks])  # no cue holds a line break: none runs across two blocks
    cues = tuple(cue for pattern, group in INLINE_CUE_GROUPS if pattern.search(page) for cue in group)
    return [b for b in blocks if holds_any(b.text, cues)] if cues else []


def _inline_windows(text: str) -> list[list[Token]]:
    """Token streams after each contact label printed inside a non-contact block."""
    windows: list[list[Token]] = []
    for match in INLINE_LABEL.finditer(text, _label_scan_start(text)):
        if len(windows) >= _MAX_INLINE_WINDOWS:
            break
        if DETAILS_LABEL.match(match.group()):
            continue
        window = text[match.end() : match.end() + _INLINE_WINDOW]
        windows.append([Token("label", match.group()), *tokenise(window)])
    return windows


def _label_scan_start(text: str) -> int:
    """Where the first in-line label can start: no earlier than INLINE_LABEL_REACH before the first
    cue, unless a run of white space (two characters or more) could stretch a label."""
    if len(text) <= INLINE_LABEL_REACH or WHITESPACE_RUN.search(text):
        return 0  # in a short text every cue is within reach of its start
    first_cue = min([i for i in map(text.find, INLINE_CUES) if i >= 0], default=0)
    return max(0, first_cue - INLINE_LABEL_REACH)


# --- reading tokens into contacts --------------------------------------------------------------


@dataclass(slots=True)
class _Reader:
    """Reads one token stream; a new name after details opens a new contact."""

    inline: bool
    entries: list[_Entry] = field(default_factory=list)
    group: list[_Entry] = field(default_factory=list)  # contacts sharing the details that follow
    run_phones: list[str] = field(default_factory=list)
    run_emails: list[str] = field(default_factory=list)
    heading: str | None = None  # "Minister Hart's office:" above the names it covers
    skipping: bool = False  # inside a public-inquiry line
    addressed: bool = False  # an address was printed under the current name
    skipping_line: bool = False  # inside a sentence asking the public to visit or call
    fax_next: bool = False
    seen_detail: bool = False
    just_labelled: bool = False  # the next fragment is the first after a label
    joined: bool = False  # the fragment follows a list joiner ("Eva Roth | Max Kurz")
    breaks_since_detail: int = 0
    card: bool = False  # the section lists a website or social accounts: a company card
    places: _Places = field(default_factory=_Places)
    lead: int = 0
    done: bool = False

    @property
    def current(self) -> _Entry | None:
        return self.group[-1] if self.group else None


def _read(tokens: list[Token], *, inline: bool) -> list[_Entry]:
    reader = _Reader(inline=inline)
    for position, token in enumerate(tokens):
        if reader.done:
            break
        _step(reader, token, tokens, position + 1)
    _flush(reader)
    # a printed label ("Contact Information:"), not a site's "Contact" link
    labelled = not inline and bool(tokens) and tokens[0].kind in ("label", "details_label") and ":" in tokens[0].text
    bare = labelled and not any(e.has_details for e in reader.entries)
    for entry in reader.entries:
        entry.places = reader.places
        # a labelled block that prints no number or address at all still names its contact person
        entry.from_label = entry.from_label or (bare and entry.person)
    return reader.entries


def _may_keep(tokens: list[Token]) -> bool:
    """Whether reading `tokens` may give an entry that `extract_contacts` keeps: one with an email or phone
    number, which only their tokens give, or a person's, whose name only a text token gives. Most contact
    text holds a detail; a page's list of links after "Pressekontakt" holds none, and names nobody."""
    for token in tokens:
        if token.kind == "email" or token.kind == "phone":
            return True
    for token in tokens:
        # a name is two words or more, and the fragments of a text hold no more words than the text
        if token.kind == "text" and len(token.text.split(None, 1)) == 2:
            if any(names_a_person(piece, person) for piece, _, _, person in split_fragments(token.text)):
                return True
    return False


def _step(reader: _Reader, token: Token, tokens: list[Token], following: int) -> None:
    kind = token.kind
    if kind == "break":
        reader.skipping_line = False  # a call-to-action sentence ends with its line
    if kind == "public":
        _flush(reader)
        reader.skipping = True
    elif kind in ("label", "details_label"):
        reader.skipping = reader.skipping_line = False
        _on_label(reader, token.text, details=kind == "details_label")
        reader.just_labelled = True
    elif reader.skipping or reader.skipping_line or kind in ("url", "handle"):
        return
    elif kind == "cta":
        reader.skipping_line = True
    elif kind == "break":
        reader.fax_next = False
        reader.breaks_since_detail += 1
    elif kind == "fax":
        reader.fax_next = True
    elif kind == "field":
        reader.fax_next = False
        reader.card = reader.card or bool(CARD_FIELD.match(token.text))
    elif kind == "email":
        _on_detail(reader, email=clean_email(token.text))
    elif kind == "phone":
        if not reader.fax_next:
            _on_detail(reader, phone=token.text)
        reader.fax_next = False
    else:
        _on_text(reader, token.text, tokens, following)


def _on_label(reader: _Reader, label: str, *, details: bool) -> None:
    current = reader.current
    pending = bool(reader.run_phones or reader.run_emails)
    if current is not None and current.name and not (current.has_details or pending) and ":" not in label:
        # "Jane Roe / Investor Relations / ...": a department line under a name, not a new section
        current.title = current.title or label.strip(" -\u2013")
        return
    if current is not None and (current.has_details or pending or not details):
        _flush(reader)
        reader.heading = None
    if reader.current is None:
        reader.group = [_Entry()]


def _on_detail(reader: _Reader, *, email: str | None = None, phone: str | None = None) -> None:
    if reader.current is None:
        reader.group = [_Entry()]
    if email:
        reader.run_emails.append(email)
    if phone:
        reader.run_phones.append(phone)
    reader.seen_detail = True
    reader.breaks_since_detail = 0


def _on_text(reader: _Reader, text: str, tokens: list[Token], following: int) -> None:
    fragments = split_fragments(text)
    for index, (fragment, colon, joined, person) in enumerate(fragments):
        if colon and (index < len(fragments) - 1 or _next_is_text(tokens, following)):
            person = is_person(fragment) if person is None else person
            if not person:
                reader.heading = fragment  # "Minister Hart's office: James Parrish ..."
                continue
        reader.joined = joined
        _on_fragment(reader, fragment, person)
        reader.just_labelled = False
        if reader.done:
            return


def _on_fragment(reader: _Reader, fragment: str, person: bool | None) -> None:
    role, name, title = classify(fragment, person)
    if role in ("skip", "address", "org"):
        _note_place(reader, fragment)
    if role == "address" and reader.current is not None and reader.current.name:
        reader.addressed = True
    if reader.inline and _ends_inline(reader, role, fragment):
        reader.done = True
        return
    if role in ("person", "desk"):
        _on_name(reader, name or fragment, person=role == "person", title=title)
    elif role == "title":
        entry = reader.current
        if entry is not None and not entry.has_details and not reader.run_phones:
            entry.title = f"{entry.title}, {fragment}" if entry.title else fragment
            entry.described = True
    elif role == "org":
        _on_org(reader, fragment)


def _note_place(reader: _Reader, fragment: str) -> None:
    """A town printed in the contact's address ("10119 Berlin", "Sydney") settles local numbers: the
    piece is kept, and its region looked up only for a contact with a phone number (`_Places.regions`)."""
    reader.places.pieces.append(fragment)


def _place_regions(places: list[str]) -> list[str]:
    """The regions of the towns among `places` (pieces of a contact's text), each once, in order."""
    regions: list[str] = []
    for place in places:
        words = place.split()
        if any(map(str.isdigit, place)):  # the numbers of "10119 Berlin" are no part of the town
            words = [w for w in words if not any(map(str.isdigit, w))]
        region = region_for_place(" ".join(words)) if 0 < len(words) <= 3 else None
        if region and region not in regions:
            regions.append(region)
    return regions


def _ends_inline(reader: _Reader, role: str, fragment: str) -> bool:
    """After an in-line label, the contact ends where the text stops reading as a contact."""
    if role == "prose":
        return True
    if not reader.seen_detail:
        reader.lead += 1
        return reader.lead > _INLINE_MAX_LEAD
    return role not in ("person", "desk", "title", "skip", "address") and not (
        role == "org" and ORG_SUFFIX.search(fragment)
    )


def _on_name(reader: _Reader, name: str, *, person: bool, title: str | None) -> None:
    entry = reader.current
    pending = bool(reader.run_phones or reader.run_emails)
    fresh = entry is not None and not entry.has_details and not pending
    if entry is None or (entry.name is None and not entry.has_details and not pending):
        # a company line printed above a name is that person's organisation, not a contact of its own
        entry = entry or _Entry()
        reader.group = reader.group or [entry]
    elif entry.name is None and pending and not entry.has_details and reader.breaks_since_detail <= 1:
        pass  # a desk line's details, then the person they belong to (GOLD.md)
    elif fresh and entry.name and not person:
        entry.organization = entry.organization or name  # "Jane Roe / Dallas County DA's Office"
        entry.described = True
        return
    elif fresh and entry.person and person and reader.joined and not entry.described:
        entry = _Entry()
        reader.group.append(entry)  # "Sigrid Wendt | Daniel Kurz Tel. ...": one set of details for both
    elif fresh and entry.person and person and reader.addressed:
        # "Lumen Tools / 12 Mill Rd, Tempe / Carl Voss": an address follows a company, not a person
        entry.organization = entry.organization or entry.name
    elif fresh and entry.person and person:
        entry.organization = entry.organization or name  # "Jane Roe, Director, Casa Azul"
        return
    elif fresh and person and entry.name:
        entry.organization = entry.organization or entry.name  # "Acme Press Office / Jane Roe"
    else:
        _flush(reader)
        entry = _Entry()
        reader.group = [entry]
    entry.name, entry.person = name, person
    reader.addressed = False
    entry.from_label = entry.from_label or reader.just_labelled
    entry.title = title or entry.title
    entry.organization = entry.organization or reader.heading


def _on_org(reader: _Reader, fragment: str) -> None:
    entry = reader.current
    if entry is None:
        reader.group = [_Entry(organization=fragment)]
        return
    settled = entry.has_details or bool(reader.run_phones or reader.run_emails)
    if entry.organization is None and (not settled or ORG_SUFFIX.search(fragment)):
        entry.organization = fragment
        entry.described = True


def _flush(reader: _Reader) -> None:
    """Give the pending details to the contacts they follow, and close those contacts."""
    group, phones, emails = _demote_orgs(reader.group, reader.run_emails), reader.run_phones, reader.run_emails
    if len(group) > 1 and len(phones) == len(group):
        for entry, phone in zip(group, phones, strict=True):
            entry.phones.append(phone)  # "Tel. 030-1-497 |-531 | -425" for three names in order
    else:
        for entry in group:
            entry.phones.extend(phones)
    for entry in group:
        entry.emails.extend(emails)
        entry.card = reader.card
        _settle_name(entry)
    reader.entries.extend(group)
    reader.card = False
    reader.group, reader.run_phones, reader.run_emails = [], [], []


def _demote_orgs(group: list[_Entry], emails: list[str]) -> list[_Entry]:
    """In "Jane Roe | Bright Star | jane@brightstar.example" the second "name" is the firm:
    when the emails name one member of a list and no other, the others are its organisation."""
    if len(group) < 2 or not emails:
        return group
    locals_ = _local_words(emails)
    named = [e for e in group if e.name and {w.casefold() for w in e.name.split()} & locals_]
    if len(named) != 1:
        return group
    keeper = named[0]
    others = [e.name for e in group if e is not keeper and e.name]
    keeper.organization = keeper.organization or (others[0] if others else None)
    return [keeper]


def _local_words(emails: list[str]) -> set[str]:
    return {w for e in emails for w in LOCAL_PART_SEPARATOR.split(e.split("@")[0].casefold())}


def _settle_name(entry: _Entry) -> None:
    """Swap name and organisation when the email names the one read as the organisation
    ("Nordlicht Biologics / Jane Roe / jane.roe@nordlicht.example": both lines read as names)."""
    if not (entry.name and entry.organization and entry.emails):
        return
    locals_ = _local_words(entry.emails)
    org_words = {w.casefold() for w in entry.organization.split()}
    name_words = {w.casefold() for w in entry.name.split()}
    if org_words & locals_ and not name_words & locals_ and is_person(entry.organization):  # the sets first: cheaper
        entry.name, entry.organization = entry.organization, entry.name


def _next_is_text(tokens: list[Token], start: int) -> bool:
    for token in tokens[start : start + _LOOKAHEAD_TOKENS]:
        if token.kind == "break":
            continue
        return token.kind == "text" and bool(token.text.strip(" ,;|:-"))
    return False


# --- values ------------------------------------------------------------------------------------


def _merge(entries) -> list[_Entry]:  # type: ignore[no-untyped-def]
    """One entry per name (case folded); details without a name join an entry with the same ones."""
    merged: dict[str, _Entry] = {}
    out: list[_Entry] = []
    for entry in entries:
        key = (entry.name or "").casefold() or "\0" + "|".join(
            sorted(e.casefold() for e in entry.emails) + entry.phones
        )
        if key in merged:
            _absorb(merged[key], entry)
            continue
        merged[key] = entry
        out.append(entry)
    return out


def _absorb(into: _Entry, other: _Entry) -> None:
    into.title = into.title or other.title
    into.organization = into.organization or other.organization
    into.emails.extend(other.emails)
    into.phones.extend(other.phones)


def _email_regions(emails) -> list[str]:  # type: ignore[no-untyped-def]
    regions: list[str] = []
    for email in emails:
        region = region_for_email(email)
        if region and region not in regions:
            regions.append(region)
    return regions


def _language_region(doc: Document) -> str | None:
    """ "de-DE", "en_AU" -> the region part; a bare language names no country."""
    language = doc.meta.language or ""
    parts = LANGUAGE_TAG_SEPARATOR.split(language)
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else None


def _to_contact(entry: _Entry, place: str | None, doc_regions: list[str], language: str | None) -> Contact:
    emails = list(dict.fromkeys(dedupe_case(entry.emails)))
    phones: list[Phone] = []
    if entry.phones:  # the region hints are for phone numbers only
        own = _email_regions(entry.emails)
        regions = [r for r in (place, *own, *entry.places.regions, *doc_regions, language) if r]
        phones = [Phone(raw, to_e164(raw, regions)) for raw in dict.fromkeys(entry.phones)]
    return Contact(name=entry.name, title=entry.title, organization=entry.organization, emails=emails, phones=phones)
