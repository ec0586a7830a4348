"""Media, press and investor contacts: who to call or write to, with their emails and phones.

Contact text is found in two places: the CONTACT zone that `segment` marks after a label
("Media Contact:", "Pressekontakt"), and a label printed inside a line elsewhere ("June 11, 2021
Contact: Jane Roe", a wire's "Contact Katie Laning 202 ..." run into the header). Each piece of
contact text is cut into tokens (labels, field names, emails, phones, plain text) and read in
order by a small state machine: a name opens a contact, the details that follow are its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from prparse.document import Block, BlockKind, Document, Zone
from prparse.model import Contact, Dateline, Phone
from prparse.phones import find_phones, region_for_email, region_for_place, to_e164
from prparse.rules.contacts import (
    ABBREVIATION_END,
    ADDRESS_LINE,
    CAMEL_GLUE,
    CARD_FIELD,
    CONNECTOR_PREFIX,
    CONNECTOR_SUFFIX,
    CONNECTOR_WORDS,
    DESK_END,
    DESK_NAME,
    DETAILS_LABEL,
    EMAIL,
    EMAIL_AT,
    EMAIL_DOT,
    FIELD_GLUE,
    FIELD_LABEL,
    FIELD_WORDS,
    FRAGMENT_SPLIT,
    HANDLE,
    HONORIFICS,
    INLINE_CUES,
    INLINE_LABEL,
    JOINERS,
    LINE_LABEL,
    LIST_MARKER,
    NAME_PARTICLES,
    NAME_STOP_WORDS,
    NAME_TOKEN,
    ORG_SUFFIX,
    PUBLIC_LABEL,
    SUB_LABEL,
    TITLE_SUFFIX,
    TITLE_WORDS,
    URL,
)

_INLINE_WINDOW = 400  # characters read after a label found inside a line
_INLINE_MAX_LEAD = 5  # fragments allowed before the first detail of an inline contact
_MAX_FRAGMENT_WORDS = 8  # longer text is prose, not a name, title or organisation
_CONTINUE_LINES = 12  # a contact section goes on through short blocks: names, titles, numbers
_CONTINUE_WORDS = 10
_CARD_WORDS = 20
_MAX_SECTION_CHARS = 4000  # contact sections are a few lines; longer text is not read further
_MAX_INLINE_WINDOWS = 12
_LOOKAHEAD_TOKENS = 4
_DETAIL_PROBE = 300  # characters of a long line searched for a phone number


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # label | details_label | public | field | fax | email | phone | text | break
    text: str


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
    place_regions: list[str] = field(default_factory=list)

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
    for tokens, inline in _windows(doc):
        entries.extend(_read(tokens, inline=inline))
    entries = [e for e in entries if e.has_details or (e.person and e.from_label)]
    if any(e.name for e in entries):
        entries = [e for e in entries if e.name or not e.card]  # a company card beside named contacts
    if not entries:
        entries = [e for tokens in _card_windows(doc) for e in _read(tokens, inline=False) if e.has_details]
    entries = _merge(entries)
    place_region = region_for_place(dateline.location) if dateline else None
    doc_regions = _email_regions(email for e in entries for email in e.emails)
    return [_to_contact(e, place_region, doc_regions, _language_region(doc)) for e in entries]


# --- where contact text is ---------------------------------------------------------------------


def _windows(doc: Document) -> list[tuple[list[_Token], bool]]:
    """Token streams to read: each contact section, and the text after each in-line label."""
    windows: list[tuple[list[_Token], bool]] = []
    in_runs: set[int] = set()
    for run in _contact_runs(doc.blocks):
        # A contact section is a few lines; the cap keeps a pathological one linear.
        windows.append((_tokenise("\n".join(b.text for b in run)[:_MAX_SECTION_CHARS]), False))
        in_runs.update(b.index for b in run)
    inline: list[list[_Token]] = []
    for block in doc.blocks:
        if block.index not in in_runs and block.kind is not BlockKind.RULE:
            inline.extend(_inline_windows(block.text))
        if len(inline) >= _MAX_INLINE_WINDOWS:
            break
    return windows + [(tokens, True) for tokens in inline[:_MAX_INLINE_WINDOWS]]


def _contact_runs(blocks: tuple[Block, ...]) -> list[list[Block]]:
    """Sections opened by a contact label (or zoned CONTACT), with the contact-like blocks after
    them: a name printed as a heading, a title line, a list of numbers, an <address>."""
    runs: list[list[Block]] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if not _opens_contact(block):
            continue
        run = [block]
        while index < len(blocks) and _continues_contact(blocks[index]):
            run.append(blocks[index])
            index += 1
        runs.append(run)
    return runs


def _opens_contact(block: Block) -> bool:
    if block.kind is BlockKind.RULE:
        return False
    return block.zone is Zone.CONTACT or bool(LINE_LABEL.match(block.lines[0]))


def _continues_contact(block: Block) -> bool:
    if block.kind is BlockKind.RULE or block.zone is Zone.LEGAL:
        return False
    if block.zone is Zone.CONTACT:
        return True
    lines = block.lines
    if block.zone is Zone.ABOUT:  # an "About X" section after the contacts: only its contact lines
        return len(lines) <= _CONTINUE_LINES and any("@" in line or find_phones(line[:_DETAIL_PROBE]) for line in lines)
    return len(lines) <= _CONTINUE_LINES and all(
        len(line.split()) <= _CONTINUE_WORDS or "@" in line or find_phones(line[:_DETAIL_PROBE]) for line in lines
    )


def _card_windows(doc: Document) -> list[list[_Token]]:
    """With no labelled contact anywhere: short blocks in the release's second half that give
    both an email and a phone (a wire's or agency's bare contact card)."""
    blocks = doc.blocks[len(doc.blocks) // 2 :]
    return [
        _tokenise(b.text)
        for b in blocks
        if "@" in b.text and b.kind is not BlockKind.RULE and len(b.text.split()) <= _CARD_WORDS and find_phones(b.text)
    ]


def _inline_windows(text: str) -> list[list[_Token]]:
    """Token streams after each contact label printed inside a non-contact block."""
    windows: list[list[_Token]] = []
    if not any(cue in text for cue in INLINE_CUES):
        return windows  # most blocks: skip the label pattern altogether
    for match in INLINE_LABEL.finditer(text):
        if len(windows) >= _MAX_INLINE_WINDOWS:
            break
        if DETAILS_LABEL.match(match.group()):
            continue
        window = text[match.end() : match.end() + _INLINE_WINDOW]
        windows.append([_Token("label", match.group()), *_tokenise(window)])
    return windows


# --- tokens ------------------------------------------------------------------------------------


def _tokenise(text: str) -> list[_Token]:
    """Labels, field names, emails, phones and plain text of contact text, line by line."""
    tokens: list[_Token] = []
    for line in text.split("\n"):
        line = LIST_MARKER.sub("", line.strip())
        if line:
            tokens.extend(_line_tokens(line))
        tokens.append(_Token("break", ""))
    return tokens


def _line_tokens(line: str) -> list[_Token]:
    if "at" in line or "AT" in line:
        line = EMAIL_DOT.sub(".", EMAIL_AT.sub("@", line))
    spans = [_unglue(line, span) for span in _spans(line)]
    tokens: list[_Token] = []
    pos = 0
    for start, end, kind, value in spans:
        if start > pos:
            tokens.append(_Token("text", line[pos:start]))
        tokens.append(_Token(kind, value))
        pos = end
    if pos < len(line):
        tokens.append(_Token("text", line[pos:]))
    return tokens


def _unglue(line: str, span: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """Give a glued capitalised word back to the text: "Jane RoeJane@x.com", "OfficeEditor@x.com"
    (scraped pages lose the line break between a name and an email)."""
    start, end, kind, value = span
    if kind != "email":
        return span
    local, domain = value.split("@", 1)
    cut = 0
    glued = CAMEL_GLUE.match(local) or FIELD_GLUE.match(local)
    if glued and "." not in local[: glued.end()] and "_" not in local:
        cut = glued.end()
    else:
        label = domain.split(".")[0].casefold()
        if local[:1].isupper() and local.casefold().startswith(label) and len(local) > len(label) + 1:
            cut = len(label)  # "Relevancejennifer@relevance.com": the firm's name glued on
    return (start + cut, end, kind, value[cut:]) if cut else span


def _spans(line: str) -> list[tuple[int, int, str, str]]:
    """Non-overlapping typed spans of a line; earlier finders win an overlap."""
    found: list[tuple[int, int, str, str]] = []
    for start, end, kind, value in _candidate_spans(line):
        if all(end <= s or start >= e for s, e, _, _ in found):
            found.append((start, end, kind, value))
    return sorted(found)


def _candidate_spans(line: str) -> list[tuple[int, int, str, str]]:
    spans: list[tuple[int, int, str, str]] = []
    spans += [(m.start(), m.end(), "public", m.group()) for m in PUBLIC_LABEL.finditer(line)]
    if "@" in line:
        spans += [(m.start(), m.end(), "email", m.group()) for m in EMAIL.finditer(line)]
    spans += [(m.start(), m.end(), "url", m.group()) for m in URL.finditer(line)]
    spans += [(p.start, p.end, "phone", p.raw) for p in find_phones(line)]
    label = LINE_LABEL.match(line) or SUB_LABEL.match(line)
    if label:
        kind = "details_label" if DETAILS_LABEL.match(label.group().strip(" :-")) else "label"
        spans.append((label.start(), label.end(), kind, label.group()))
    spans += [(m.start(), m.end(), "label", m.group()) for m in INLINE_LABEL.finditer(line) if m.start() > 0]
    if ":" in line or "." in line:  # every field name ends in one
        spans += [(m.start(), m.end(), _field_kind(m.group()), m.group()) for m in FIELD_LABEL.finditer(line)]
    if "@" in line:
        spans += [(m.start(), m.end(), "handle", m.group()) for m in HANDLE.finditer(line)]
    return spans


def _field_kind(label: str) -> str:
    return "fax" if label.lower().lstrip().startswith(("fax", "telefax")) else "field"


# --- reading tokens into contacts --------------------------------------------------------------


@dataclass(slots=True)
class _Reader:
    """Reads one token stream; a new name after details opens a new contact."""

    inline: bool
    entries: list[_Entry] = field(default_factory=list)
    group: list[_Entry] = field(default_factory=list)  # contacts sharing the details that follow
    run_phones: list[str] = field(default_factory=list)
    run_emails: list[str] = field(default_factory=list)
    heading: str | None = None  # "Minister Hunt's office:" above the names it covers
    skipping: bool = False  # inside a public-inquiry line
    fax_next: bool = False
    seen_detail: bool = False
    just_labelled: bool = False  # the next fragment is the first after a label
    joined: bool = False  # the fragment follows a list joiner ("Eva Roth | Max Kurz")
    breaks_since_detail: int = 0
    card: bool = False  # the section lists a website or social accounts: a company card
    place_regions: list[str] = field(default_factory=list)
    lead: int = 0
    done: bool = False

    @property
    def current(self) -> _Entry | None:
        return self.group[-1] if self.group else None


def _read(tokens: list[_Token], *, inline: bool) -> list[_Entry]:
    reader = _Reader(inline=inline)
    for position, token in enumerate(tokens):
        if reader.done:
            break
        _step(reader, token, tokens, position + 1)
    _flush(reader)
    for entry in reader.entries:
        entry.place_regions = reader.place_regions
    return reader.entries


def _step(reader: _Reader, token: _Token, tokens: list[_Token], following: int) -> None:
    kind = token.kind
    if kind == "public":
        _flush(reader)
        reader.skipping = True
    elif kind in ("label", "details_label"):
        reader.skipping = False
        _on_label(reader, token.text, details=kind == "details_label")
        reader.just_labelled = True
    elif reader.skipping or kind in ("url", "handle"):
        return
    elif kind == "break":
        reader.fax_next = False
        reader.breaks_since_detail += 1
    elif kind == "fax":
        reader.fax_next = True
    elif kind == "field":
        reader.fax_next = False
        reader.card = reader.card or bool(CARD_FIELD.match(token.text))
    elif kind == "email":
        _on_detail(reader, email=_clean_email(token.text))
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


def _on_text(reader: _Reader, text: str, tokens: list[_Token], following: int) -> None:
    fragments = _fragments(text)
    for index, (fragment, colon, joined) in enumerate(fragments):
        last = index == len(fragments) - 1
        followed_by_text = not last or _next_is_text(tokens, following)
        if colon and followed_by_text and not _is_person(fragment):
            reader.heading = fragment  # "Minister Hunt's office: James Perrin ..."
            continue
        reader.joined = joined
        _on_fragment(reader, fragment)
        reader.just_labelled = False
        if reader.done:
            return


def _on_fragment(reader: _Reader, fragment: str) -> None:
    role, name, title = _classify(fragment)
    if role in ("skip", "org"):
        _note_place(reader, fragment)
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
    """A town printed in the contact's address ("10119 Berlin", "Sydney") settles local numbers."""
    words = [w for w in fragment.split() if not any(c.isdigit() for c in w)]
    region = region_for_place(" ".join(words)) if 0 < len(words) <= 3 else None
    if region and region not in reader.place_regions:
        reader.place_regions.append(region)


def _ends_inline(reader: _Reader, role: str, fragment: str) -> bool:
    """After an in-line label, the contact ends where the text stops reading as a contact."""
    if role == "prose":
        return True
    if not reader.seen_detail:
        reader.lead += 1
        return reader.lead > _INLINE_MAX_LEAD
    return role not in ("person", "desk", "title", "skip") and not (role == "org" and ORG_SUFFIX.search(fragment))


def _on_name(reader: _Reader, name: str, *, person: bool, title: str | None) -> None:
    entry = reader.current
    pending = bool(reader.run_phones or reader.run_emails)
    fresh = entry is not None and not entry.has_details and not pending
    if entry is None or (entry.name is None and entry.organization is None and not entry.has_details and not pending):
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
        reader.group.append(entry)  # "Sigrid Wolff | Daniel Jahn Tel. ...": one set of details for both
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
    return {w for e in emails for w in re.split(r"[._\-]", e.split("@")[0].casefold())}


def _settle_name(entry: _Entry) -> None:
    """Swap name and organisation when the email names the one read as the organisation
    ("Nordlicht Biologics / Jane Roe / jane.roe@nordlicht.example": both lines read as names)."""
    if not (entry.name and entry.organization and entry.emails):
        return
    locals_ = _local_words(entry.emails)
    org_words = {w.casefold() for w in entry.organization.split()}
    name_words = {w.casefold() for w in entry.name.split()}
    if _is_person(entry.organization) and org_words & locals_ and not name_words & locals_:
        entry.name, entry.organization = entry.organization, entry.name


def _next_is_text(tokens: list[_Token], start: int) -> bool:
    for token in tokens[start : start + _LOOKAHEAD_TOKENS]:
        if token.kind == "break":
            continue
        return token.kind == "text" and bool(token.text.strip(" ,;|:-"))
    return False


# --- fragments ---------------------------------------------------------------------------------


def _fragments(text: str) -> list[tuple[str, bool, bool]]:
    """Pieces of plain text between separators: (piece, a colon ended it, a list joiner
    ("|", "/", "and") put it beside the piece before)."""
    pieces: list[tuple[str, bool, bool]] = []
    pos = 0
    joined = False
    for match in FRAGMENT_SPLIT.finditer(text):
        pieces.append((text[pos : match.start()], ":" in match.group(), joined))
        joined = any(j in match.group() for j in JOINERS)
        pos = match.end()
    pieces.append((text[pos:], False, joined))
    out = []
    for piece, colon, joined in pieces:
        piece = ABBREVIATION_END.sub(r"\1", piece.strip(" '\"*\u2022\u201c\u201d"))
        stripped = CONNECTOR_SUFFIX.sub("", CONNECTOR_PREFIX.sub("", piece))
        joined = joined or (stripped != piece and piece.split()[0].lower() in CONNECTOR_WORDS)
        if stripped and any(c.isalpha() for c in stripped):
            out.append((stripped, colon, joined))
    return out


def _classify(fragment: str) -> tuple[str, str | None, str | None]:
    """(role, name, title): role is person, desk, title, org, skip (field words, address) or prose."""
    words = fragment.split()
    if FIELD_WORDS.match(fragment) or ADDRESS_LINE.search(fragment):
        return "skip", None, None
    if len(words) > _MAX_FRAGMENT_WORDS:
        return "prose", None, None
    if _is_person(fragment):
        return "person", fragment, None
    if DESK_END.search(fragment):
        return "desk", fragment, None  # "Assistant Minister Hall's Office": a desk despite its title word
    split = _title_then_name(words)
    if split:
        return "person", split[1], split[0]
    if _is_title(words):
        return "title", None, None  # "Head of Investor Relations", "Communications Manager"
    if DESK_NAME.search(fragment):
        return "desk", fragment, None
    return "org", None, None


def _is_person(fragment: str) -> bool:
    """Two to four capitalised name words ("Jane Roe", "Inga HÖGLUND", "Anna von Berg")."""
    words = fragment.split()
    if len(words) > 2 and words[0].lower() in HONORIFICS:
        words = words[1:]
    names = [w for w in words if w not in NAME_PARTICLES]
    if not 2 <= len(names) <= 4 or len(words) > 5 or not NAME_TOKEN.match(words[0]):
        return False
    return all(
        NAME_TOKEN.match(w) and w.lower().strip(".") not in NAME_STOP_WORDS and not _is_title([w]) for w in names
    )


def _is_title(words: list[str]) -> bool:
    return any(w.lower().strip(".,*") in TITLE_WORDS or TITLE_SUFFIX.search(w.strip(".,")) for w in words)


def _title_then_name(words: list[str]) -> tuple[str, str] | None:
    """ "Pressesprecher*in Markus Ulrich" -> ("Pressesprecher*in", "Markus Ulrich")."""
    for cut in range(1, len(words) - 1):
        head, tail = words[:cut], " ".join(words[cut:])
        if _is_title(head) and head[-1].lower() not in NAME_STOP_WORDS and _is_person(tail):
            return " ".join(head), tail
    return None


# --- values ------------------------------------------------------------------------------------


def _clean_email(address: str) -> str:
    """The address with trailing punctuation dropped and its domain in lower case."""
    local, _, domain = address.rstrip(".").partition("@")
    return f"{local}@{domain.lower()}"


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
    parts = re.split(r"[-_]", language)
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else None


def _to_contact(entry: _Entry, place: str | None, doc_regions: list[str], language: str | None) -> Contact:
    own = _email_regions(entry.emails)
    regions = [r for r in (place, *own, *entry.place_regions, *doc_regions, language) if r]
    emails = list(dict.fromkeys(_dedupe_case(entry.emails)))
    phones = [Phone(raw, to_e164(raw, regions)) for raw in dict.fromkeys(entry.phones)]
    return Contact(name=entry.name, title=entry.title, organization=entry.organization, emails=emails, phones=phones)


def _dedupe_case(emails: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for email in emails:
        if email.casefold() not in seen:
            seen.add(email.casefold())
            out.append(email)
    return out
