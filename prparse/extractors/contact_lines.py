"""Reading the lines of a contact block: cutting them into typed tokens (labels, field names,
emails, phones, plain text) and classifying the plain-text pieces (person, desk, title,
organisation, place or address, prose).

Scraped exports glue a block's lines together ("Jane RoePCG Advisoryjroe@pcg.example"); the
un-gluing lives here so the reader in `contacts` sees one clean piece per printed line.
"""

from __future__ import annotations

from dataclasses import dataclass

from prparse.phones import find_phones
from prparse.rules.contacts import (
    ABBREVIATION_END,
    ADDRESS_LINE,
    CAMEL_GLUE,
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
    INLINE_LABEL,
    JOINERS,
    LINE_LABEL,
    LIST_MARKER,
    NAME_PARTICLES,
    NAME_STOP_WORDS,
    NAME_TOKEN,
    PUBLIC_LABEL,
    SUB_LABEL,
    TITLE_SUFFIX,
    TITLE_WORDS,
    URL,
)

_MAX_FRAGMENT_WORDS = 8  # longer text is prose, not a name, title or organisation


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # label | details_label | public | field | fax | email | phone | text | break
    text: str


# --- tokens ------------------------------------------------------------------------------------


def tokenise(text: str) -> list[Token]:
    """Labels, field names, emails, phones and plain text of contact text, line by line."""
    tokens: list[Token] = []
    for line in text.split("\n"):
        line = LIST_MARKER.sub("", line.strip())
        if line:
            tokens.extend(_line_tokens(line))
        tokens.append(Token("break", ""))
    return tokens


def _line_tokens(line: str) -> list[Token]:
    if "at" in line or "AT" in line:
        line = EMAIL_DOT.sub(".", EMAIL_AT.sub("@", line))
    spans = [_unglue(line, span) for span in _spans(line)]
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


# --- fragments ---------------------------------------------------------------------------------


def split_fragments(text: str) -> list[tuple[str, bool, bool]]:
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


def classify(fragment: str) -> tuple[str, str | None, str | None]:
    """(role, name, title): role is person, desk, title, org, skip (field words, address) or prose."""
    words = fragment.split()
    if FIELD_WORDS.match(fragment) or ADDRESS_LINE.search(fragment):
        return "skip", None, None
    if len(words) > _MAX_FRAGMENT_WORDS:
        return "prose", None, None
    if is_person(fragment):
        return "person", fragment, None
    if DESK_END.search(fragment):
        return "desk", fragment, None  # "Assistant Minister Hall's Office": a desk despite its title word
    split = _title_then_name(words)
    if split:
        return "person", split[1], split[0]
    if is_title(words):
        return "title", None, None  # "Head of Investor Relations", "Communications Manager"
    if DESK_NAME.search(fragment):
        return "desk", fragment, None
    return "org", None, None


def is_person(fragment: str) -> bool:
    """Two to four capitalised name words ("Jane Roe", "Inga HÖGLUND", "Anna von Berg")."""
    words = fragment.split()
    if len(words) > 2 and words[0].lower() in HONORIFICS:
        words = words[1:]
    names = [w for w in words if w not in NAME_PARTICLES]
    if not 2 <= len(names) <= 4 or len(words) > 5 or not NAME_TOKEN.match(words[0]):
        return False
    return all(NAME_TOKEN.match(w) and w.lower().strip(".") not in NAME_STOP_WORDS and not is_title([w]) for w in names)


def is_title(words: list[str]) -> bool:
    return any(w.lower().strip(".,*") in TITLE_WORDS or TITLE_SUFFIX.search(w.strip(".,")) for w in words)


def _title_then_name(words: list[str]) -> tuple[str, str] | None:
    """ "Pressesprecher*in Markus Ulrich" -> ("Pressesprecher*in", "Markus Ulrich")."""
    for cut in range(1, len(words) - 1):
        head, tail = words[:cut], " ".join(words[cut:])
        if is_title(head) and head[-1].lower() not in NAME_STOP_WORDS and is_person(tail):
            return " ".join(head), tail
    return None
