"""Reading the lines of a contact block: cutting them into typed tokens (labels, field names,
emails, phones, plain text) and classifying the plain-text pieces (person, desk, title,
organisation, place or address, prose).

Scraped exports glue a block's lines together ("Jane RoePCG Advisoryjroe@pcg.example"); the
un-gluing lives here so the reader in `contacts` sees one clean piece per printed line.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from prparse.normalise import cue_text, holds_any, may_match
from prparse.phones import find_phones
from prparse.rules.contacts import (
    ABBREVIATION_END,
    ADDRESS_CUES,
    ADDRESS_LINE,
    BARE_INITIAL,
    BUILDING_WORDS,
    CAMEL_BREAK,
    CAMEL_GLUE,
    CITY_REGIONS,
    CONNECTOR_PREFIX,
    CONNECTOR_SUFFIX,
    CONNECTOR_SUFFIX_WORDS,
    CONNECTOR_WORDS,
    CONTINENT_WORDS,
    CONTINENTS,
    COUNTRY_REGIONS,
    CTA_CUES,
    CTA_SENTENCE,
    DESK_CUES,
    DESK_END,
    DESK_END_CUES,
    DESK_NAME,
    DETAILS_LABEL,
    EMAIL,
    EMAIL_AT,
    EMAIL_DOT,
    EMAIL_REACH,
    FIELD_ABBREVIATIONS,
    FIELD_DETAIL_CUES,
    FIELD_GLUE,
    FIELD_LABEL,
    FIELD_WORDS,
    FRAGMENT_SEPARATOR,
    FRAGMENT_SPLIT,
    GLUED_WORD,
    HANDLE,
    HONORIFICS,
    INLINE_CUES,
    INLINE_LABEL,
    INLINE_LINE_CUES,
    JOINERS,
    LINE_LABEL,
    LINK_CUES,
    LINK_LABEL,
    LIST_MARKER,
    LIST_MARKS,
    NAME_PARTICLES,
    NAME_STOP_WORDS,
    NAME_TOKEN,
    OBFUSCATED,
    ORG_LINKS,
    ORG_SUFFIX,
    ORG_WORDS,
    PUBLIC_ASKERS,
    PUBLIC_CUES,
    PUBLIC_LABEL,
    SUB_LABEL,
    TITLE_SUFFIX,
    TITLE_SUFFIX_TAILS,
    TITLE_WORDS,
    URL,
    URL_CUES,
    US_STATES,
)
from prparse.rules.patterns import DIGIT

_MAX_FRAGMENT_WORDS = 8  # longer text is prose, not a name, title or organisation
_MAX_LEAD_CHARS = 120  # a name run into its organisation is one short line
_CONNECTOR_SUFFIX_SET = frozenset(CONNECTOR_SUFFIX_WORDS)
_LIST_MARKS = frozenset(LIST_MARKS)


@dataclass(slots=True)  # not frozen: a frozen dataclass is built at twice the cost, and nothing changes a token
class Token:
    kind: str  # label | details_label | public | field | fax | email | phone | text | break
    text: str


_BREAK = Token("break", "")  # the end of a line, one token for all: nothing changes a token


# --- tokens ------------------------------------------------------------------------------------


def tokenise(text: str) -> list[Token]:
    """Labels, field names, emails, phones and plain text of contact text, line by line."""
    tokens: list[Token] = []
    for line in text.split("\n"):
        line = line.strip()
        if line[:1].isdigit() or line[:1] in _LIST_MARKS:  # where a LIST_MARKER match can open: few lines
            line = LIST_MARKER.sub("", line)
        if line:
            tokens.extend(_line_tokens(line))
        tokens.append(_BREAK)
    return tokens


def _line_tokens(line: str) -> list[Token]:
    if ("at" in line or "AT" in line) and holds_any(line, "([{") and OBFUSCATED.search(line):
        line = EMAIL_DOT.sub(".", EMAIL_AT.sub("@", line))
    spans = [_unglue(line, span) if span[2] == "email" else span for span in _spans(line)]
    tokens: list[Token] = []
    pos = 0
    for start, end, kind, value in spans:
        if start > pos:
            tokens.append(Token("text", line[pos:start]))
        tokens.append(Token(kind, value))
        pos = end
    if pos < len(line):
        tokens.append(Token("text", line[pos:]))
    return tokens


def _unglue(line: str, span: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """Give a glued capitalised word back to an email's text: "Jane RoeJane@x.com", "OfficeEditor@x.com"
    (scraped pages lose the line break between a name and an email)."""
    start, end, kind, value = span
    local, domain = value.split("@", 1)
    cut = 0
    glued = CAMEL_GLUE.match(local) or FIELD_GLUE.match(local)
    if glued and "." not in local[: glued.end()] and "_" not in local:
        cut = glued.end()
    else:
        label = domain.split(".")[0].casefold()
        if local[:1].isupper() and local.casefold().startswith(label) and len(local) > len(label) + 1:
            cut = len(label)  # "Harborjordan@harbor.example": the firm's name glued on
        else:
            cut = _name_glue(line[:start], local)
    return (start + cut, end, kind, value[cut:]) if cut else span


def _name_glue(before: str, local: str) -> int:
    """Where the person's own address starts in "Jane Roe Acme Advisoryjroe@acme.example": after a
    capitalised word glued on, when the rest is made from the name printed before it."""
    last = before[-2:].strip()[-1:]
    if not local[:1].isupper() or not (last.isalpha() or last == ","):
        return 0  # "contact: Roejane@x.example": after a colon nothing is glued on
    words = [w for w in CAMEL_BREAK.sub(" ", before).split() if w[:1].isupper() and w.rstrip(".,").isalpha()]
    forms = _address_forms([_fold(w.rstrip(".,")) for w in words[-6:]])
    low = local.casefold()
    for cut in range(2, len(local) - 1):
        head = GLUED_WORD.fullmatch(local[:cut])
        if head and low[cut:] in forms and low[:cut].rstrip(".") not in forms:
            return cut
    return 0


def _fold(word: str) -> str:
    """ "Plejić" -> "plejic": addresses are written without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _address_forms(names: list[str]) -> set[str]:
    """The local parts people build from their names: jane, roe, jroe, janeroe, jane.roe, jr, ..."""
    forms = {n for n in names if len(n) > 1}
    for i, first in enumerate(names):
        for last in names[i + 1 :]:
            forms |= {first + last, first[0] + last, f"{first}.{last}", f"{first}_{last}", f"{first}-{last}"}
            forms |= {first[0] + last[0], f"{first[0]}.{last}", first + last[0]}
    return forms


def _spans(line: str) -> list[tuple[int, int, str, str]]:
    """Non-overlapping typed spans of a line; earlier finders win an overlap."""
    found: list[tuple[int, int, str, str]] = []
    for span in _candidate_spans(line):
        start, end = span[0], span[1]
        for s, e, _, _ in found:
            if start < e and end > s:
                break  # overlaps a span found earlier
        else:
            found.append(span)
    return sorted(found)


def _candidate_spans(line: str) -> list[tuple[int, int, str, str]]:
    # Each pattern runs only on a line holding one of its cue words (rules/contacts.py): most lines
    # are a bare name or number.
    spans: list[tuple[int, int, str, str]] = []
    low = cue_text(line)  # lowered once for the three case-blind patterns below
    if may_match(low, PUBLIC_CUES) and may_match(low, PUBLIC_ASKERS):
        spans += [(m.start(), m.end(), "public", m.group()) for m in PUBLIC_LABEL.finditer(line)]
    at = line.find("@")  # every email holds one, at most EMAIL_REACH characters after its start
    if at >= 0:
        spans += [(m.start(), m.end(), "email", m.group()) for m in EMAIL.finditer(line, max(0, at - EMAIL_REACH))]
    if holds_any(line, URL_CUES):
        spans += [(m.start(), m.end(), "url", m.group()) for m in URL.finditer(line)]
    spans += [(p.start, p.end, "phone", p.raw) for p in find_phones(line, bare=True)]
    if may_match(low, LINK_CUES):
        spans += [(m.start(), m.end(), "url", m.group()) for m in LINK_LABEL.finditer(line)]
    if may_match(low, CTA_CUES):
        spans += [(m.start(), m.end(), "cta", m.group()) for m in CTA_SENTENCE.finditer(line)]
    label = LINE_LABEL.match(line) or (":" in line and SUB_LABEL.match(line))  # every sub-label ends in ":"
    if label:
        kind = "details_label" if DETAILS_LABEL.match(label.group().strip(" :-")) else "label"
        spans.append((label.start(), label.end(), kind, label.group()))
    if holds_any(line, INLINE_CUES) and holds_any(line, INLINE_LINE_CUES):
        spans += [(m.start(), m.end(), "label", m.group()) for m in INLINE_LABEL.finditer(line) if m.start() > 0]
    # every field name ends in ":" or is a dotted abbreviation ("Tel."), and a detail follows: number, address, link
    field = ":" in line or ("." in line and holds_any(line, FIELD_ABBREVIATIONS))
    if field and (DIGIT.search(line) or holds_any(line, FIELD_DETAIL_CUES)):
        spans += [(m.start(), m.end(), _field_kind(m.group()), m.group()) for m in FIELD_LABEL.finditer(line)]
    if at >= 0:  # a handle starts with its "@" (look-behinds see the text before the start given)
        spans += [(m.start(), m.end(), "handle", m.group()) for m in HANDLE.finditer(line, at)]
    return spans


def _field_kind(label: str) -> str:
    return "fax" if label.lower().lstrip().startswith(("fax", "telefax")) else "field"


# --- fragments ---------------------------------------------------------------------------------


def split_fragments(text: str) -> list[tuple[str, bool, bool, bool | None]]:
    """Pieces of plain text between separators: (piece, a colon ended it, a list joiner
    ("|", "/", "and") put it beside the piece before, `is_person(piece)` or None when not worked
    out here; the reader passes it on rather than testing the piece again)."""
    out: list[tuple[str, bool, bool, bool | None]] = []
    if not _has_letter(text):
        return out  # ", ", " | ": every piece kept holds a letter, and pieces only lose characters of the text
    for piece, colon, joined in _pieces(text):
        piece = piece.strip(" '\"*\u2022\u201c\u201d")
        if piece.endswith(".") or piece[-1:].isspace():  # every ABBREVIATION_END match ends in one
            piece = ABBREVIATION_END.sub(r"\1", piece)
        stripped = CONNECTOR_PREFIX.sub("", piece)
        if _may_end_in_connector(stripped):  # the pattern is slow to find nothing; most pieces end otherwise
            stripped = CONNECTOR_SUFFIX.sub("", stripped)
        joined = joined or (stripped != piece and piece.split()[0].lower() in CONNECTOR_WORDS)
        if _has_letter(stripped):
            head, tail, person = _person_lead(stripped)
            if tail:
                out.append((head, False, joined, person))
                joined, stripped, person = False, tail, None
            out.append((stripped, colon, joined, person))
    return out


def _may_end_in_connector(text: str) -> bool:
    """Whether CONNECTOR_SUFFIX can match: its match is white space, then one of CONNECTOR_SUFFIX_WORDS
    at the end (or before a final line break), so that word is the text's last (see `cue_text`)."""
    words = text.rsplit(None, 1)
    if not words:
        return False
    low = cue_text(words[-1])
    return low is None or low in _CONNECTOR_SUFFIX_SET


def _pieces(text: str) -> list[tuple[str, bool, bool]]:
    pieces: list[tuple[str, bool, bool]] = []
    pos = 0
    joined = False
    # Most text is a bare name or title: the split pattern is slow to find nothing, the search for
    # the separator characters one of which it needs is fast.
    if FRAGMENT_SEPARATOR.search(text):
        for match in FRAGMENT_SPLIT.finditer(text):
            separator = match.group()
            pieces.append((text[pos : match.start()], ":" in separator, joined))
            joined = holds_any(separator, JOINERS)
            pos = match.end()
    pieces.append((text[pos:], False, joined))
    return pieces


def _has_letter(text: str) -> bool:
    return text[:1].isalpha() or any(map(str.isalpha, text))  # the first character settles most


def _person_lead(piece: str) -> tuple[str, str | None, bool | None]:
    """A person's name run into the organisation printed after it, when an export lost the line
    break: "Jane RoeAcme Advisory" (glued) or "Jane Roe Acme Marketing" (a space). Also whether the
    head is a person's name, when the tests here settled it (None: not tested)."""
    if len(piece) > _MAX_LEAD_CHARS:
        return piece, None, None
    if is_person(piece):
        return piece, None, True
    words = piece.split()
    glue = CAMEL_BREAK.search(piece)
    if glue is None and len(words) < 4:
        return piece, None, False  # nothing glued, and too short to hold a name and an organisation (below)
    if _names_building(words):
        return piece, None, False
    if glue and is_person(piece[: glue.start()]):
        return piece[: glue.start()], piece[glue.start() :], True
    if len(words) < 4:
        return piece, None, False  # a head of two words leaves at most one: the name's own ("Fine LLC")
    size = 3 if BARE_INITIAL.match(words[1].rstrip(".")) or words[1] in NAME_PARTICLES else 2
    head, tail = " ".join(words[:size]), words[size:]
    if len(tail) > 1 and is_person(head) and _is_org_like(tail):  # one word after is the name's own: "Fine LLC"
        return head, " ".join(tail), True
    return piece, None, False


def _is_org_like(words: list[str]) -> bool:
    return bool(ORG_SUFFIX.search(words[-1])) or any(w.casefold().strip(".,") in ORG_WORDS for w in words)


def classify(fragment: str, person: bool | None = None) -> tuple[str, str | None, str | None]:
    """(role, name, title): role is person, desk, title, org, address (street, town, building), skip
    (field words) or prose. `person` is `is_person(fragment)` when the caller has worked it out."""
    words = fragment.split()
    if FIELD_WORDS.match(fragment):
        return "skip", None, None
    if _is_address(fragment) or is_place(fragment) or _names_building(words):
        return "address", None, None
    if len(words) > _MAX_FRAGMENT_WORDS or (fragment[0].islower() and len(words) > 1):
        return "prose", None, None  # "please visit", "email us here": words of a sentence, not a name
    if fragment[0].islower():
        return "skip", None, None
    if is_person(fragment) if person is None else person:
        return "person", fragment, None
    low = cue_text(fragment)  # lowered once for both desk patterns
    if may_match(low, DESK_END_CUES) and DESK_END.search(fragment):
        return "desk", fragment, None  # "Assistant Minister Hall's Office": a desk despite its title word
    split = _title_then_name(words)
    if split:
        return "person", split[1], split[0]
    if is_title(words):
        return "title", None, None  # "Head of Investor Relations", "Communications Manager"
    if may_match(low, DESK_CUES) and DESK_NAME.search(fragment):
        return "desk", fragment, None
    if len(words) > 1 and words[1][0].islower() and words[1] not in NAME_PARTICLES and words[1] not in ORG_LINKS:
        return "skip", None, None  # "To schedule an interview": the start of a sentence, not a name
    return "org", None, None


def names_a_person(fragment: str, person: bool | None = None) -> bool:
    """Whether `classify` may read `fragment` as a person's name: only when `is_person` holds for it (`person`,
    when the caller has worked it out) or for the words after a title in it (`_title_then_name`)."""
    if person is None:
        person = is_person(fragment)
    return person or _title_then_name(fragment.split()) is not None


def _is_address(fragment: str) -> bool:
    maybe = DIGIT.search(fragment) or holds_any(fragment, ADDRESS_CUES)  # the pattern is slow; most names hold neither
    return bool(maybe and ADDRESS_LINE.search(fragment))


def is_place(fragment: str) -> bool:
    """A town, state, country or continent on its own: an address line, never a name."""
    key = fragment.casefold().strip(" .,")
    return key in CITY_REGIONS or key in COUNTRY_REGIONS or key in US_STATES or key in CONTINENTS


def is_person(fragment: str) -> bool:
    """Two to four capitalised name words ("Jane Roe", "Inga HÖGLUND", "Anna von Berg")."""
    words = fragment.split()
    if len(words) > 2 and words[0].lower() in HONORIFICS:
        words = words[1:]
    if not 2 <= len(words) <= 5 or not NAME_TOKEN.match(words[0]):
        return False  # the cheap tests first: most fragments fail one
    names = [w for w in words if w not in NAME_PARTICLES]
    if not 2 <= len(names) <= 4:
        return False
    inner = names[1:-1]  # a middle initial ("Ronald A. Roe", "Matthew T Roe") is no stop word "a"
    for position, w in enumerate(names):
        if w in inner and BARE_INITIAL.match(w):
            continue
        # names[0] is words[0] (a particle is lower-case, so never a NAME_TOKEN), matched above
        if (position and not NAME_TOKEN.match(w)) or w.lower().strip(".") in NAME_STOP_WORDS or _is_title_word(w):
            return False
    return not _names_region(words)


def _names_building(words: list[str]) -> bool:
    return not BUILDING_WORDS.isdisjoint([w.casefold().strip(".,") for w in words])


def _names_region(words: list[str]) -> bool:
    """ "Acme North America": a continent in the words makes them a company's or a place's."""
    low = [w.casefold().strip(".,") for w in words]
    if CONTINENT_WORDS.isdisjoint(low):
        return False  # most names: no word of a continent, so no continent alone or in a pair
    pairs = map(" ".join, zip(low, low[1:], strict=False))  # "north america", "middle east"
    return not CONTINENTS.isdisjoint(low) or not CONTINENTS.isdisjoint(pairs)


def is_title(words: list[str]) -> bool:
    return any(map(_is_title_word, words))


def _is_title_word(word: str) -> bool:
    if word.lower().strip(".,*") in TITLE_WORDS:
        return True
    stem = word.strip(".,")
    tail = stem[-3:]  # an ASCII one settles most words without the pattern (see TITLE_SUFFIX_TAILS)
    return (not tail.isascii() or tail.lower() in TITLE_SUFFIX_TAILS) and bool(TITLE_SUFFIX.search(stem))


def _title_then_name(words: list[str]) -> tuple[str, str] | None:
    """ "Pressesprecher*in Markus Ulrich" -> ("Pressesprecher*in", "Markus Ulrich")."""
    titled = False  # the words before the cut hold a title word: each word is tested once, not once a cut
    for cut in range(1, len(words) - 1):
        last = words[cut - 1]
        titled = titled or _is_title_word(last)
        if titled and last.lower() not in NAME_STOP_WORDS:
            tail = " ".join(words[cut:])
            if is_person(tail):
                return " ".join(words[:cut]), tail
    return None


# --- values ------------------------------------------------------------------------------------


def is_bare(tokens: list[Token]) -> bool:
    """Only names, details and links: every word of the plain text is capitalised (no sentence)."""
    words = [w for t in tokens if t.kind == "text" for w in t.text.split()]
    return all(not w[0].isalpha() or w[0].isupper() or w.lower() in CONNECTOR_WORDS for w in words)


def clean_email(address: str) -> str:
    """The address with trailing punctuation dropped and its domain in lower case."""
    local, _, domain = address.rstrip(".").partition("@")
    return f"{local}@{domain.lower()}"


def dedupe_case(emails: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for email in emails:
        if email.casefold() not in seen:
            seen.add(email.casefold())
            out.append(email)
    return out
