"""Quotes: direct quotations in the release's body, each with its speaker, speech verb and evidence.

Three steps. `_scan` pairs quote marks over the body paragraphs in one linear pass (every mark is
looked at once, so unbalanced marks cost nothing extra), joining a passage continued over paragraphs
and dropping the marks that reopen each quoted sentence. `_attribute` reads the words around each
passage ("…," said Name, Title.  /  Name, Title, said: "…"  /  "…," so Name) for the speaker phrase
and the verb. The phrase goes to `speakers.Speakers`, which splits it into name, title and organisation
and resolves surnames, roles and pronouns; a passage without attribution continues the previous speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prparse.document import BlockKind, Document, Zone
from prparse.extractors.speakers import Speakers, first_sentence_end, last_clause, split_speaker
from prparse.model import Quote, Speaker
from prparse.normalise import holds_any, is_single_spaced
from prparse.rules import quotes as R

_QUOTE_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_MARKS_AND_SPACE = " " + R.QUOTE_MARKS
# The single marks `_mark_role` reads as an apostrophe inside a word: all but those that only ever open.
_APOSTROPHES = "".join(ch for ch in R.SINGLE_MARKS if ch not in R.ALWAYS_OPENING)


@dataclass
class _Span:
    """One quoted passage: content pieces (text index, start, end) and where its marks stand."""

    pieces: list[tuple[int, int, int]]
    strips: set[tuple[int, int]]  # (text index, offset) of marks reopening a quoted sentence inside
    open_pos: int
    open_at: int
    close_pos: int
    close_at: int | None  # None: the passage ran to a paragraph end without a closing mark


@dataclass
class _Open:
    family: str
    open_pos: int
    open_at: int
    start: int  # content start in the current text
    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    strips: set[tuple[int, int]] = field(default_factory=set)
    depth: int = 0
    carried: int = 0


def extract_quotes(doc: Document) -> list[Quote]:
    """The direct quotations of the release's body, in document order.

    Example:
        >>> from prparse.pipeline import build_document
        >>> doc = build_document('Acme grows.\\n\\n"We are very proud of the team," said Jane Doe, CEO of Acme.')
        >>> extract_quotes(doc)[0].speaker.name
        'Jane Doe'
    """
    texts = _body_texts(doc)
    body = "\n".join([t for t in texts if t])
    # The mark characters the body prints: the only ones `_scan` can find.
    marks = "".join([ch for ch in R.QUOTE_MARKS if ch in body])
    if not marks or not _may_quote(body, marks):
        return []  # every sign `_may_quote` looks for is a mark
    # Quoted terms and names shorter than a passage stay in the prose around the real quotations.
    spans: list[_Span] = []
    passages: list[str] = []
    for span in _scan(texts, marks):
        text = _span_text(texts, span)
        if _long_enough(text):
            spans.append(span)
            passages.append(text)
    speakers = Speakers(body)
    quotes: list[Quote] = []
    previous: Speaker | None = None
    for n, text in enumerate(passages):
        quote = _attribute(texts, spans, n, text, speakers, previous)
        if quote is not None:
            quotes.append(quote)
            previous = quote.speaker if quote.speaker.name else previous
    return _shared_employer(quotes)


def _long_enough(text: str) -> bool:
    """A passage of `MIN_QUOTE_WORDS` words or more; its words are read only as far as that."""
    return R.QUOTE_WORDS.match(text) is not None


def _shared_employer(quotes: list[Quote]) -> list[Quote]:
    """Fill a missing employer: when every speaker quoted before with an organisation names the same one
    ("John Roe, chief executive of Acme"), a titled speaker without one ("Jane Doe, chief financial officer")
    works there too."""
    seen: set[str] = set()
    out = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker.organization:
            seen.add(speaker.organization)
        elif speaker.name and speaker.title and len(seen) == 1 and len(speaker.name.split()) > 1:
            speaker = Speaker(speaker.name, speaker.title, next(iter(seen)))
            quote = Quote(quote.text, speaker, quote.verb, quote.inferred)
        out.append(quote)
    return out


def _may_quote(text: str, marks: str | None = None) -> bool:
    """A cheap pre-check: a double mark, a typographic opening mark, or a single mark opening a word.

    `marks`, when given, are the mark characters `text` holds: the signs, all of them marks, are
    looked for there rather than in the text.
    """
    signs = text if marks is None else marks
    return (
        holds_any(signs, R.QUOTE_SIGNALS)
        or (text[:1] != "" and text[:1] in R.SINGLE_MARKS)
        or (("'" in signs or "\u2019" in signs) and R.SINGLE_OPENING.search(text) is not None)
    )


def _body_texts(doc: Document) -> list[str | None]:
    """One flat text per block; None where a block breaks the flow (headings, other zones, a headline)."""
    body = Zone.BODY
    texts = [_prose(b.text) if b.zone is body and b.kind in _QUOTE_KINDS else None for b in doc.blocks]
    first = next((k for k, b in enumerate(doc.blocks) if b.text.strip()), None)
    if first is not None and texts[first] and len(texts[first].split()) <= R.HEADLINE_MAX_WORDS:  # type: ignore[union-attr]
        texts[first] = None  # a release opens with its headline, and a headline quoting someone is no quotation
    return texts


def _prose(text: str) -> str | None:
    """A block's text on one line, without a headline line at its top (a headline joined to the lead)."""
    if "\n" not in text:
        return None if _headline_like(text) else text
    lines = text.split("\n")
    start = next((k for k, line in enumerate(lines) if not _headline_like(line)), len(lines))
    return " ".join(lines[start:]) or None


def _headline_like(text: str) -> bool:
    """An all-caps line, or a title-case line quoting someone without a closing period: a headline
    ("“Our Best Year Ever,” Says Acme CEO"), not prose. A name line under a quotation stays."""
    if text.isupper():
        return True
    if len(text) >= 300 or text.rstrip(_MARKS_AND_SPACE).endswith("."):
        return False  # a paragraph, or a line ending as a sentence: tested first, they cost least
    return R.QUOTE_SIGNAL.search(text) is not None and _title_like(text, R.HEADLINE_CAPITALS)


# --- pairing marks -------------------------------------------------------------------------------


_ASCII_CAPITALS = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_CAPITALS + _ASCII_CAPITALS.lower()

# The family of each mark: "d" (double) or "s" (single), looked up rather than worked out at every mark.
_FAMILY = {ch: "d" if ch in R.DOUBLE_MARKS else "s" for ch in R.QUOTE_MARKS}


def _mark_role(s: str, i: int) -> str:
    """The role of the mark at `i`: "open", "close", "either" or "" (an apostrophe, a lone mark)."""
    ch = s[i]
    if ch in R.ALWAYS_OPENING:
        return "open"
    left = s[i - 1] if i else " "
    right = s[i + 1] if i + 1 < len(s) else " "
    if ch not in R.DOUBLE_MARKS and left.isalnum() and right.isalnum():
        return ""  # don't, Amnesty's
    left_free = left.isspace() or left in R.OPEN_LEFT
    right_free = right.isspace() or right in R.CLOSE_RIGHT
    if left_free and right_free:
        # French spacing « texte »: a guillemet keeps its own direction.
        return "open" if ch in R.GUILLEMET_OPEN else "close" if ch in R.GUILLEMET_CLOSE else ""
    # Next to another mark the free side decides: “‘Hello … world,’” opens twice and closes twice.
    if left_free or (left in R.QUOTE_MARKS and not right_free):
        return "open"
    if right_free or right in R.QUOTE_MARKS:
        return "" if _plural_possessive(s, i) else "close"
    return "either"


def _plural_possessive(s: str, i: int) -> bool:
    """A plural possessive ("Australians’ skills", "Chris' experience"): s, a single mark, a lower-case word."""
    if s[i] not in "'\u2019" or s[i - 1] not in "sz":
        return False
    following = R.NEXT_WORD.match(s, i + 1, i + 40)
    return bool(following) and R.SPEECH_VERB.fullmatch(following.group(1)) is None


def _scan(texts: list[str | None], marks: str) -> list[_Span]:
    """Pair marks over the texts in order; a passage may continue into following paragraphs.

    `marks` are the mark characters to look for: those the body holds (looking for the others finds nothing).
    """
    spans: list[_Span] = []
    state: _Open | None = None
    for pos, s in enumerate(texts):
        skip = -1
        if state is not None:
            state, skip = _carry(state, pos, texts, spans)
        if s is None:
            continue
        for i in _mark_offsets(s, marks):
            if i != skip:
                state = _step(state, pos, s, i, spans)
    if state is not None:
        _finish_unclosed(state, len(texts) - 1, texts, spans)
    return spans


def _mark_offsets(s: str, marks: str) -> list[int]:
    """Where the characters of `marks` stand in `s`, in order, but for apostrophes inside a word ("don’t",
    "Acme’s"): a single mark between two letters or digits has no role (`_mark_role`) and pairs with nothing.

    `str.find` runs at the speed of a memory scan; a pattern's character class is tried at every
    character, about four times as slow on a paragraph.
    """
    found = []
    for ch in marks:
        if ch not in s:
            continue  # half the cost of a `find`: most paragraphs hold few of the marks
        apostrophe = ch in _APOSTROPHES
        at = s.find(ch)
        while at >= 0:
            if not (apostrophe and at and s[at - 1].isalnum() and s[at + 1 : at + 2].isalnum()):
                found.append(at)
            at = s.find(ch, at + 1)
    return sorted(found) if len(found) > 1 else found


def _step(state: _Open | None, pos: int, s: str, i: int, spans: list[_Span]) -> _Open | None:
    role = _mark_role(s, i)
    if not role:
        return state  # an apostrophe or a lone mark: no branch below acts on it
    family = _FAMILY[s[i]]
    if state is None:
        return _Open(family, pos, i, i + 1) if role in ("open", "either") else None
    if family != state.family:
        # A double mark while a doubtful single mark is open: that single mark was an apostrophe ("’90s").
        if family == "d" and role == "open" and state.family == "s" and not state.pieces and state.open_at:
            return _Open(family, pos, i, i + 1)
        return state
    if role in ("close", "either"):
        if state.depth:
            state.depth -= 1
            return state
        state.pieces.append((pos, state.start, i))
        spans.append(_Span(state.pieces, state.strips, state.open_pos, state.open_at, pos, i))
        return None
    if role == "open":
        if R.SENTENCE_END.search(s[max(state.start, i - 4) : i]) or not s[state.start : i].strip():
            state.strips.add((pos, i))  # a new quoted sentence of the same speaker
        else:
            state.depth += 1
    return state


def _carry(state: _Open, pos: int, texts: list[str | None], spans: list[_Span]) -> tuple[_Open | None, int]:
    """At a paragraph break inside an open passage: continue it, or end it at the previous paragraph."""
    previous, s = pos - 1, texts[pos]
    if s is not None and state.carried < R.MAX_CARRY_BLOCKS:
        lead = len(s) - len(s.lstrip(" >"))
        first = s[lead : lead + 1]
        reopens = first and _FAMILY.get(first) == state.family and _mark_role(s, lead) == "open"
        if reopens or first.islower():
            # The house style reopens each paragraph of a long quotation; a lower-case start is one
            # paragraph broken in two by a line-wrapped source.
            state.pieces.append((previous, state.start, -1))
            state.start, state.depth, state.carried = (lead + 1 if reopens else lead), 0, state.carried + 1
            return state, (lead if reopens else -1)
    _finish_unclosed(state, previous, texts, spans)
    return None, -1


def _finish_unclosed(state: _Open, pos: int, texts: list[str | None], spans: list[_Span]) -> None:
    """A passage without its closing mark counts when it opened a paragraph or followed a colon."""
    state.pieces.append((pos, state.start, -1))
    before = (texts[state.open_pos] or "")[: state.open_at].strip(" >")
    if not before or before.endswith(":"):
        spans.append(_Span(state.pieces, state.strips, state.open_pos, state.open_at, pos, None))


def _span_text(texts: list[str | None], span: _Span) -> str:
    if len(span.pieces) == 1 and not span.strips:  # most passages: one piece of one paragraph, as printed
        pos, start, end = span.pieces[0]
        s = texts[pos] or ""
        joined = s[start : len(s) if end < 0 else end].strip(" >")
    else:
        joined = " ".join([_piece_text(texts, span, piece) for piece in span.pieces])
    text = _single_spaced(joined)
    # The comma closing a quoted sentence before "said" belongs to the attribution, not the quote.
    return text.rstrip(",").rstrip()


def _piece_text(texts: list[str | None], span: _Span, piece: tuple[int, int, int]) -> str:
    """A piece of a passage's paragraph, without the marks reopening its quoted sentences."""
    pos, start, end = piece
    s = texts[pos] or ""
    end = len(s) if end < 0 else end
    cuts = sorted(i for p, i in span.strips if p == pos and start <= i < end) if span.strips else ()
    chunk, last = [], start
    for i in cuts:
        chunk.append(s[last:i])
        last = i + 1
    chunk.append(s[last:end])
    return "".join(chunk).strip(" >")


def _single_spaced(text: str) -> str:
    """`" ".join(text.split())`, without splitting a text that is single-spaced already (most passages).
    The test reads the text at about twice the speed of the split and join."""
    return text if is_single_spaced(text) else " ".join(text.split())


# --- attribution ---------------------------------------------------------------------------------


def _attribute(
    texts: list[str | None], spans: list[_Span], n: int, text: str, speakers: Speakers, previous: Speaker | None
) -> Quote | None:
    span = spans[n]
    prefix = _prefix(texts, spans, n)
    speakers.note_prose(prefix)
    tail = _tail(texts, spans, n)
    clause = last_clause(prefix)  # read by three of the shapes below: found once
    if text[-1:] in ".!?\u2026":
        found = _before(clause, text) or _after(tail, text)
    else:
        found = _after(tail, text) or _before(clause, text)
    if found is None:
        line = _previous_line(texts, span)  # most often none, with no clause to read
        found = _before(last_clause(line), text) if line else None
    found = found or _partial(clause) or _signature(texts, span)
    titled = found is None and _title_like(text)  # read by the two tests below: found once
    found = found or _subject(clause, text, speakers, titled)
    if found is not None:
        speaker, inferred = speakers.resolve(found[0], prose=lambda: _prose_at(texts, span))
        return Quote(text=text, speaker=speaker, verb=found[1], inferred=inferred)
    standalone = _standalone(texts, span) or _embedded_sentences(text)
    if not standalone or not _sentence_like(_closing(texts, span, text)) or titled:
        return None  # scare quotes, titles of works, terms quoted inside a sentence, a quoted headline
    if previous is not None:
        return Quote(text=text, speaker=previous, verb=None, inferred=True)
    # No attribution and nobody quoted yet: a profile's quotations are the person its prose just named.
    named = speakers.named_in(_prose_at(texts, span))
    return Quote(text=text, speaker=named, inferred=True) if named else Quote(text=text)


def _embedded_sentences(text: str) -> bool:
    """A quotation run into a sentence without a colon ("… her roots "It wasn't easy, but I kept going.""):
    a capitalised passage of several words that ends as a sentence, not a quoted term."""
    return text[:1].isupper() and len(text.split()) >= R.EMBEDDED_MIN_WORDS and text[-1:] in ".!?\u2026"


def _prefix(texts: list[str | None], spans: list[_Span], n: int) -> str:
    """Text before the opening mark in its paragraph, after any earlier passage there."""
    span = spans[n]
    s = texts[span.open_pos] or ""
    start = 0
    if n and spans[n - 1].close_pos == span.open_pos and spans[n - 1].close_at is not None:
        start = spans[n - 1].close_at + 1  # type: ignore[operator]
    return s[start : span.open_at]


def _tail(texts: list[str | None], spans: list[_Span], n: int) -> str:
    """Text after the closing mark in its paragraph, up to the next passage."""
    span = spans[n]
    if span.close_at is None:
        return ""
    s = texts[span.close_pos] or ""
    end = len(s)
    if n + 1 < len(spans) and spans[n + 1].open_pos == span.close_pos:
        end = spans[n + 1].open_at
    return s[span.close_at + 1 : end]


def _prose_at(texts: list[str | None], span: _Span) -> str:
    """The prose before the opening mark, with the paragraph before when the passage opens its own:
    "Scott pledged … “…” She wrote that “…”" is Scott's."""
    return _prose_before(texts, span) + " " + (texts[span.open_pos] or "")[: span.open_at]


def _prose_before(texts: list[str | None], span: _Span) -> str:
    """The paragraph before a passage that opens its own, when it is prose without quotations."""
    if span.pieces[0][1] > 2 or span.open_pos == 0:
        return ""
    before = texts[span.open_pos - 1] or ""
    return "" if _may_quote(before.replace("\u2019", "")) else before


def _previous_line(texts: list[str | None], span: _Span) -> str:
    """The paragraph before a passage that opens its own: "…, Jane Doe, researcher at Acme, said:"."""
    if span.pieces[0][1] > 2 or span.open_pos == 0:
        return ""
    before = texts[span.open_pos - 1]
    return before if before and before.rstrip().endswith(":") else ""


def _after(tail: str, text: str) -> tuple[str, str | None] | None:
    """Attribution after a quote: "…," said Name, Title. / "…," Name said. / "…" – Name, Title."""
    if not tail or tail.isspace():
        return None  # a quotation closing its paragraph: each shape below needs a word
    dash = R.DASH_ATTRIBUTION.match(tail)
    if dash:
        return dash.group("speaker"), None
    first = _first_clause(tail.lstrip(" ,;\u2014\u2013-"))
    if not first:
        return None
    lead = R.SPEECH_VERB_START.match(first)
    if lead:
        speaker = first[lead.end() :].strip(" ,.")
        return (speaker, _verb(lead.group("verb"))) if speaker and not speaker[0].isdigit() else None
    terminal = text[-1:] in ".!?\u2026"
    for m in R.SPEECH_VERB.finditer(first):
        verb = _verb(m.group("verb"))
        if verb in R.PREPOSED_VERBS:
            continue
        speaker, rest = first[: m.start()].strip(" ,"), first[m.end() :].strip()
        # "…," Jane Doe said.  /  "…," she told reporters.  Not: "…." Acme recently shared a report.
        # Nor "“Pin Your Next Summer Story,” which highlights …": a campaign's name, described.
        words = speaker.split()
        if not 1 <= len(words) <= 14 or speaker[:1].isdigit() or rest.endswith(":") or words[0] in R.RELATIVES:
            return None
        if terminal and len(rest.split()) > 6:
            return None
        if terminal and not all(w[:1].isupper() or w.casefold() in R.PRONOUNS or w in R.NAME_PARTICLES for w in words):
            return None
        return speaker, verb
    return None


def _before(clause: str, text: str) -> tuple[str, str | None] | None:
    """Name, Title, said: "…"  /  Said Name, Title, "…"  /  According to Name, "…"  /  Name, Title: "…".

    `clause` is the last clause before the opening mark (`last_clause`).
    """
    clause = clause.strip()
    if not clause or clause[-1] not in ":,":
        return None
    body = clause[:-1].strip()
    verbs = [m for m in R.SPEECH_VERB.finditer(body) if _verb(m.group("verb")) not in ("so",)]
    lead = R.SPEECH_VERB_START.match(body)
    if lead:
        speaker = body[lead.end() :].strip(" ,")
        return (speaker, _verb(lead.group("verb"))) if speaker else None
    if verbs:
        m = verbs[-1]
        after, before = body[m.end() :].strip(" ,"), body[: m.start()].strip(" ,")
        named_after = after[:1].isupper() or after.split(" ", 1)[0] in R.NAME_PARTICLES
        speaker = after if named_after and len(after.split()) <= 20 else before
        return (speaker, _verb(m.group("verb"))) if speaker else None
    # "Name, Title: "…"" without a verb introduces a statement, which ends as a sentence does; a
    # quoted headline after "Acme press release:" does not.
    sentence = _sentence_like(text)
    colon = R.COLON_ATTRIBUTION.match(clause) if clause.endswith(":") and len(body.split()) <= 12 and sentence else None
    return (colon.group("speaker"), None) if colon else None


def _signature(texts: list[str | None], span: _Span) -> tuple[str, str | None] | None:
    """A name line under a quotation paragraph: "Jane Doe, Chief Executive Officer of Acme"."""
    after = span.close_pos + 1
    if span.close_at is None or after >= len(texts) or not texts[after]:
        return None
    if (texts[span.close_pos] or "")[span.close_at + 1 :].strip():
        return None  # the paragraph goes on after the quotation
    line = (texts[after] or "").strip(" >\u2014\u2013-")
    # Words counted up to one past the limit: the next paragraph is often a long one.
    words = len(line.split(None, R.SIGNATURE_MAX_WORDS))
    # The tests cheapest first; a comma is needed below, so a line without one is no signature.
    if words > R.SIGNATURE_MAX_WORDS or line[-1:] in "!?:" or "," not in line:
        return None
    if words > R.SIGNATURE_PLAIN_WORDS and first_sentence_end(line.rstrip(".")) is not None:
        return None  # a long signature lists offices, never sentences
    if R.SPEECH_VERB.search(line):
        return None
    name = split_speaker(line)[0]
    # "Jane Doe, Chief Executive Officer of Acme": a name, a comma, a title; not a subheading.
    return (line, None) if name and len(name.split()) > 1 and line.startswith(name) else None


def _partial(clause: str) -> tuple[str, str | None] | None:
    """A quotation inside a reported sentence: The prosecutor pointed out that the window "…"."""
    for m in R.SPEECH_VERB.finditer(clause):
        verb = _verb(m.group("verb"))
        subject = clause[: m.start()].rsplit(",", 1)[-1].strip()
        # German perfect tense: "…, hat die Regierung mitgeteilt, dass "…"": the subject follows the auxiliary.
        auxiliary = R.AUXILIARY.search(subject)
        subject = auxiliary.group("subject") if auxiliary else subject
        between = len(clause[m.end() :].split())
        if verb in R.PREPOSED_VERBS or not 1 <= len(subject.split()) <= 6 or between > 8:
            continue
        return subject, verb
    return None


def _subject(clause: str, text: str, speakers: Speakers, titled: bool) -> tuple[str, str | None] | None:
    """A quotation inside a sentence whose subject is a person: "Doe frames it simply: a home should be "…"",
    "Jane Doe, partner at Acme, praised the team, calling it "…"". The subject must be someone quoted
    already or a full name with a known given name or a role; the passage ends the sentence, which a quoted
    term or title (`titled`: `_title_like(text)`) in mid-sentence does not."""
    if titled or text[-1:] not in ".!?\u2026":
        return None
    subject = R.SENTENCE_SUBJECT.match(clause.strip())
    if subject is None:
        return None
    name = subject.group("name")
    return (name, None) if speakers.is_person(name, subject.group("role") or "") else None


def _verb(raw: str) -> str:
    return " ".join(raw.split()).casefold()


def _standalone(texts: list[str | None], span: _Span) -> bool:
    """A passage that stands as its own sentence: it opens a paragraph or follows a sentence or a colon."""
    before = (texts[span.open_pos] or "")[: span.open_at].strip(" >")
    # The pattern ends on white space alone, after two characters at most: only the end is searched.
    return not before or R.SENTENCE_END.search(before, max(0, len(before.rstrip()) - 2)) is not None


def _closing(texts: list[str | None], span: _Span, text: str) -> str:
    """The passage's last characters as printed, with the comma that the extracted text drops."""
    if span.close_at is None:
        return text
    return (texts[span.close_pos] or "")[max(0, span.close_at - 3) : span.close_at]


def _sentence_like(text: str) -> bool:
    """A statement ends as a sentence does; a quoted headline or name of a campaign does not."""
    return text.rstrip("\"'\u201d\u2019\u00bb\u00ab\u201c) ").endswith((".", "!", "?", "\u2026", ":", ","))


def _title_like(text: str, share: float = R.TITLE_CAPITALS) -> bool:
    """A title of a work or a slogan: nearly every word capitalised (of the words opening with a letter)."""
    initials = "".join([w[0] for w in text.split()])
    if initials.isascii():
        # Counted by what deleting them takes away: in ASCII, the letters and capitals are these bytes.
        raw = initials.encode()
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        capitals = len(raw) - len(raw.translate(None, _ASCII_CAPITALS))
    else:
        initials = "".join([ch for ch in initials if ch.isalpha()])  # some capitals are no letters ("Ⓐ")
        letters, capitals = len(initials), sum(map(str.isupper, initials))
    return letters > 0 and capitals >= share * letters


def _first_clause(text: str) -> str:
    text = text[:400]
    end = first_sentence_end(text)
    return (text[:end] if end is not None else text).strip()
