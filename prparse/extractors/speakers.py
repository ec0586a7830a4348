"""Speakers: who a speaker phrase names, and which person a surname, role or pronoun stands for.

`split_speaker` turns one attribution phrase ("Dr Jane Doe, professor of soil science at Acme University")
into name, title and organisation: it scores runs of name words in each comma segment, keeps the title
words around the best run and cuts the employer off at its preposition ("at", "of", "bei", a possessive).
`Speakers` is the registry of the people one release introduces: it resolves a bare surname or given
name to the full name where the person was introduced, "the Prime Minister" to the name printed after
the role, and "he"/"she" to the person last named in the prose. `sentence_ends` and `last_clause` find
real sentence ends (not "Dr." or "Inc.") for both this module and the quotes extractor.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from prparse.model import Speaker
from prparse.normalise import holds_any
from prparse.rules import quotes as R

__all__ = ["Speakers", "first_sentence_end", "last_clause", "sentence_ends", "split_speaker", "word_pattern"]


# --- the people of one release -------------------------------------------------------------------


@dataclass
class _Person:
    speaker: Speaker
    gender: str | None  # "m", "f", "p" (a body: they), None (unknown)


class Speakers:
    """The people a release quotes or introduces, for surnames, roles and pronouns."""

    def __init__(self, body: str) -> None:
        self._body = body[:100_000]
        self._recent: list[_Person] = []  # most recent last
        self._splits: dict[str, tuple[str | None, str | None, str | None, str | None]] = {}
        self._introductions: dict[str, _Person | None] = {}
        self._scans_left = R.BODY_SCANS

    def _may_scan(self) -> bool:
        """Look-ups over the whole body are bounded per release: thousands of names in a crafted input
        must not make the extractor quadratic."""
        self._scans_left -= 1
        return self._scans_left >= 0

    def _split(self, phrase: str) -> tuple[str | None, str | None, str | None, str | None]:
        """`split_speaker`, once per phrase and document."""
        if phrase not in self._splits:
            self._splits[phrase] = split_speaker(phrase)
        return self._splits[phrase]

    def resolve(self, phrase: str, prose: Callable[[], str] = str) -> tuple[Speaker, bool]:
        """A speaker phrase as a `Speaker`, and whether it was inferred (a pronoun).

        `prose()` is the text before the quotation in its paragraph: a person named there is the first
        candidate for "he" or "she". It is read only for a pronoun or a description ("the broadcaster"):
        most phrases name their speaker, and reading the prose costs a look at the paragraph before.
        """
        phrase = " ".join(phrase.split()).strip(" ,.;:")
        pronoun = R.PRONOUNS.get(phrase.casefold())
        if pronoun is not None:
            person = self._in_prose(prose(), pronoun) or self._by_pronoun(pronoun)
            return (person.speaker, True) if person else (Speaker(), True)
        name, title, org, gender = self._split(phrase)
        if name is None:
            person = self._role(phrase)
            if person is None and _describes_person(phrase):
                # "…," emphasised the veteran broadcaster: the person the prose just named.
                person = self._in_prose(prose(), "?")
                if person is not None:
                    return person.speaker, True
            person = person or _Person(Speaker(self._body_name(phrase)), "p")
            return self._remember(person).speaker, False
        known = self._known(name)
        if known is not None:
            return self._remember(known).speaker, False
        person = _Person(Speaker(name, title, org), gender or _gender_of(name))
        if len(name.split()) == 1:
            person = self._introduced(name, person)
        return self._remember(person).speaker, False

    def named_in(self, prose: str) -> Speaker | None:
        """The person the prose before an unattributed quotation last names, if any."""
        person = self._in_prose(prose, "?")
        # A person's name, not a place's or a firm's ("Ohio", "Acme"): two words or a known given name.
        name = person.speaker.name if person else None
        return person.speaker if person and name and (len(name.split()) > 1 or _gender_of(name)) else None

    def is_person(self, name: str, role: str = "") -> bool:
        """Someone quoted or named as a speaker already, or a full name opening with a known given name or
        followed by a role ("Jane Doe, managing partner at Acme,")."""
        if self._known(name) is not None:
            return True
        full = len(name.split()) > 1 and self._split(name)[0] == name
        return full and (_gender_of(name) is not None or _has_title_word(role))

    def note_prose(self, text: str) -> None:
        """Reported speech before a quote ("…, Nelson said. "…," he said") makes its speaker current."""
        # Only a known person is made current, found by the word before the verb as a surname: where the text
        # holds no known surname, no verb can name one (case folding maps each character on its own). The
        # current speaker's surname changes nothing: `_known` finds the latest bearer, who is current already
        # ("…," said Jane Doe. "…" continues her quotation). So an empty text (a quotation opening its
        # paragraph) or a release that has named one person so far changes nothing.
        if not text or len(self._recent) < 2:
            return
        text = text[-300:]
        surnames = {_surname(p) for p in self._recent} - {_surname(self._recent[-1]), ""}
        folded = text.casefold()
        if not any(surname in folded for surname in surnames):
            return
        for m in R.SPEECH_VERB.finditer(text):
            before = text[: m.start()].rstrip(" ,").rsplit(None, 2)
            if before and R.NAME_TOKEN.match(before[-1]) and before[-1].casefold() not in R.TITLE_WORDS:
                known = self._known(" ".join(before[-2:]) if len(before) > 1 else before[-1])
                if known is not None:
                    self._remember(known)

    def _in_prose(self, prose: str, gender: str) -> _Person | None:
        """The person last named in `prose` who can be "he" or "she" ("?": either): each sentence's best name,
        latest first ("Eimear Doe, chair of the Network, welcomed the news." / "For local villager Liang Xiumei, …")."""
        if gender == "p" or not prose.strip():
            return None
        text = prose[-600:]
        starts = [0, *sentence_ends(text)]
        for k in range(len(starts) - 1, max(-1, len(starts) - 4), -1):
            name, title, org, honorific = self._split(text[starts[k] : starts[k + 1] if k + 1 < len(starts) else None])
            if not name:
                continue
            person = self._known(name) or _Person(Speaker(name, title, org), honorific or _gender_of(name))
            if len(name.split()) == 1:
                person = self._introduced(name, person)
            if person.gender in (None, gender) or gender == "?":
                return self._remember(person)
        return None

    def _body_name(self, phrase: str) -> str:
        """A body by its name in the release: "the ministry said" -> "Ministry of Finance" when printed so."""
        noun = R.ARTICLE.sub("", phrase).strip() or phrase
        if noun.casefold() in R.PUBLICATION_NOUNS and self._may_scan():
            # "The publication reads, "…"" after "featured in a recent Acme Daily article": the publisher.
            for named in R.PUBLISHED_IN.finditer(self._body):
                if named.group("name").split()[0].casefold() not in R.CAPITALISED_FUNCTION_WORDS:
                    return named.group("name")
        if len(noun.split()) == 1 and noun.isalpha() and self._may_scan():
            named = re.search(word_pattern(noun.capitalize(), R.BODY_NAME_TAIL), self._body)
            if named:
                return named.group(0)
        return noun

    def _known(self, name: str) -> _Person | None:
        surname = name.split()[-1].casefold()
        for person in reversed(self._recent):
            if _surname(person) == surname:
                return person
        return None

    def _remember(self, person: _Person) -> _Person:
        self._recent = [p for p in self._recent if p is not person][-20:] + [person]
        return person

    def _by_pronoun(self, gender: str) -> _Person | None:
        for person in reversed(self._recent):
            if person.gender == gender:
                return person
        for person in reversed(self._recent):
            if person.gender is None and gender != "p":
                person.gender = gender  # learnt: "…," she said -> this speaker is a she
                return person
        return self._recent[-1] if self._recent else None

    def _introduced(self, word: str, fallback: _Person) -> _Person:
        """The full name a bare surname (or given name) stands for, from where the release names the person."""
        if word not in self._introductions:
            self._introductions[word] = self._find_introduction(word) if self._may_scan() else None
        found = self._introductions[word]
        if found is None:
            return fallback
        title, org = fallback.speaker.title, fallback.speaker.organization or found.speaker.organization
        if not title or found.speaker.title and title.casefold() in found.speaker.title.casefold():
            title = found.speaker.title  # "Minister Andersen said" -> "Minister for Industry" as introduced
        speaker = Speaker(found.speaker.name, title, org)
        gender = fallback.gender or found.gender
        if not found.speaker.name.startswith(word) and fallback.gender == _gender_of(word):
            # "Scott" as MacKenzie Scott's surname says nothing of her gender; an honorific ("Ms Scott") does.
            gender = found.gender
        return _Person(speaker, gender)

    def _find_introduction(self, word: str) -> _Person | None:
        # A surname first: many given names are surnames too ("MacKenzie Scott", "Elton John").
        mentions = list(itertools.islice(re.finditer(word_pattern(word, r"\b"), self._body), R.INTRO_TRIES))
        found = self._introduced_by_surname(word, mentions)
        if found is None:
            # A given name alone ("For Eliza, the landscape …"): the full name is where she was introduced. A
            # word not known as a given name counts only when its first mention carries the surname: the
            # first of the mentions walked above.
            if _gender_of(word):
                given = re.search(word_pattern(word, R.FOLLOWING_SURNAME), self._body)
            else:
                given = mentions[0] if mentions else None
            given = given and R.FOLLOWING_SURNAME_AT.match(self._body, given.start() + len(word))
            full = given and self._body[given.start() - len(word) : given.end()]
            if full and self._split(full)[0] == full:
                return _Person(Speaker(full), _gender_of(word))
        return found

    def _introduced_by_surname(self, word: str, mentions: list[re.Match[str]]) -> _Person | None:
        """The full name printed at one of the first `mentions` of a surname, with the title around it."""
        for m in mentions:
            if not _name_before(self._body[max(0, m.start() - 80) : m.start()]):
                continue
            # "CSIRO Chief Executive, Dr Jane Doe said …", "… will be Jane Doe, professor of X at Y, who …"
            clause = last_clause(self._body[max(0, m.start() - 160) : m.start()].rsplit("\n", 1)[-1])
            lead = " ".join(clause.split()[-R.INTRO_LEAD_WORDS :])
            name, title, org, gender = self._split(lead + " " + word + _appositive(self._body[m.end() : m.end() + 200]))
            if name and len(name.split()) > 1 and name.split()[-1] == word:
                return _Person(Speaker(name, title, org), gender or _gender_of(name))
        return None

    def _role(self, phrase: str) -> _Person | None:
        """The person the release names with a role ("the Prime Minister" -> "Prime Minister Jane Doe")."""
        role = R.ARTICLE.sub("", phrase)
        if not role or len(role.split()) > 5 or not self._may_scan():
            return None
        pattern = re.compile(re.escape(role) + R.ROLE_HOLDER)
        found = []
        for m in pattern.finditer(self._body):
            name, _, _, gender = self._split(m.group(1))
            if name and len(name.split()) > 1:
                # "Prime Minister Jane Doe said" beats a letterhead list "Prime Minister The Hon John Roe MP".
                rank = 0 if m.group(1).startswith(name) else 2 if m.group(1).startswith("The ") else 1
                found.append((rank, len(found), name, gender))
        if not found:
            return None
        _, _, name, gender = min(found)
        return self._known(name) or _Person(Speaker(name, role, None), gender or _gender_of(name))


def word_pattern(word: str, tail: str) -> str:
    """The pattern `\\b` + `word` + `tail`, written to open on the word itself.

    A pattern that opens on a literal lets the regex engine jump from one occurrence of the word to
    the next; one that opens on `\\b` is tried at every position of the body (twenty times slower on
    a release). The boundary is checked behind the word instead, which matches the same text.
    """
    escaped = re.escape(word)
    return escaped + r"(?<=\b" + escaped + ")" + tail


def _name_before(text: str) -> bool:
    """Whether `NAME_BEFORE` finds capitalised words ending `text`, searched from its last word on.

    Any match ends with one capitalised word and the white space after it (the pattern's last repeat),
    which matches alone from inside the last word: the search need not try the positions before it.
    """
    words = text.rstrip()
    start = len(words) - len(words.rsplit(None, 1)[-1]) if words else 0
    return R.NAME_BEFORE.search(text, start) is not None


def _describes_person(phrase: str) -> bool:
    """A definite description headed by a person's role: "the celebrated broadcaster", "the chief executive"."""
    words = phrase.split()
    head = words[-1].casefold() if words else ""
    return bool(R.ARTICLE.match(phrase)) and len(words) <= 5 and (head in R.TITLE_WORDS or head in R.PERSON_NOUNS)


def _surname(person: _Person) -> str:
    """The person's last name word, case-folded, as `Speakers._known` compares it ("" without a name)."""
    name = person.speaker.name
    return name.split()[-1].casefold() if name else ""


def _gender_of(name: str) -> str | None:
    first = name.split()[0].casefold()
    if first in R.FEMALE_NAMES:
        return "f"
    return "m" if first in R.MALE_NAMES else None


# --- splitting a speaker phrase ------------------------------------------------------------------


def split_speaker(phrase: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(name, title, organisation, gender from an honorific) of a speaker phrase.

    Example:
        >>> split_speaker("Klaus Muster, founder of Acme Labs")
        ('Klaus Muster', 'founder', 'Acme Labs', None)
    """
    phrase = " ".join(phrase.split()).strip(" ,;:")
    if phrase.endswith(".") and not R.FINAL_ABBREVIATION.search(phrase):
        phrase = phrase.rstrip(".")
    group = R.PARENTHETICAL.search(phrase) if "(" in phrase else None  # the pattern's own bracket
    named_before_party = phrase[: group.start()].rstrip() if group else ""
    after_name = bool(group) and _token_kind(named_before_party.rsplit(" ", 1)[-1]) == "n"
    # "Jane Doe (EPP, DE), rapporteur": a party after a name; "Chief Executive Officer (Acting)": an aside.
    party = group.group("inner").split(",")[0].strip() if group and after_name else None
    if group:
        phrase = R.PARENTHETICAL.sub("", R.PARENTHETICAL.sub(",", phrase, count=1) if after_name else phrase)
    phrase = phrase.strip(" ,")
    who = R.WHO_IS.match(phrase) if "who" in phrase else None  # the pattern's own word: most phrases lack it
    if who:
        phrase = f"{who.group('name')}, {who.group('title')}"
    segments = _segments(phrase)
    best = _best_run(segments)
    if best is None or best[0] < 0:
        return None, None, party, None
    _, k, run = best
    name, before, after, gender = _run_parts(*run)
    described = _about_speaker(segments[k + 1 :])
    title_parts = _earlier_title(segments[:k], described) + ([before] if before and _has_title_word(before) else [])
    title, org = _title_and_org(title_parts, described)
    if after:  # "Jane Doe of Acme", "Ousman Nasr von "Open Rivers""
        org = after.split(" ", 1)[-1].strip("\"'\u201c\u201d\u201e\u00ab\u00bb ")
    # "Jane Doe (EPP, DE)": a party or group right after the name; not "Chief Executive (Acting)".
    party = party if named_before_party.endswith(name) else None
    return name, title, org or party, gender


def _best_run(segments: list[str]) -> tuple[int, int, tuple[list[str], int, int]] | None:
    """(score, segment index, run) of the best-scored name run; of equal scores, the first run of the
    last segment holding one wins ("Chief Executive, Jane Doe")."""
    best = None
    for k, segment in enumerate(segments):
        if (
            best is not None
            and best[0] > _UNKNOWN_NAME_MAX_SCORE
            and R.GIVEN_NAMES.isdisjoint(segment.casefold().split())
        ):
            continue  # no run here opens on a known given name: none scores enough to tie the best
        for score, run in _name_runs(segment):
            if best is None or score > best[0] or score == best[0] and k > best[1]:
                best = (score, k, run)
    return best


def _about_speaker(rest: list[str]) -> list[str]:
    """The segments after a name that describe the speaker, up to what describes something else:
    ", which sponsors the event", ", the firm that …", ", in a statement", ", welcomed the news"."""
    kept = []
    for segment in rest:
        tail = R.SPEAKER_TAIL.search(" " + segment)
        segment = (" " + segment)[: tail.start()].strip() if tail else segment
        words = segment.split()
        predicate = bool(words) and words[0].islower() and (words[0].endswith("ed") or words[0] in R.NOT_IN_TITLES)
        if not segment or predicate or R.RELATIVE_START.match(segment) or not R.FINITE_VERBS.isdisjoint(words):
            break
        kept.append(segment)
        if tail:
            break
    return kept


def _appositive(text: str) -> str:
    """The ", title of org," right after a name in prose, up to a verb, a sentence end or a relative clause."""
    if text.startswith(" as ") and text[4:5].islower():
        text = "," + text[3:]  # "named Jane Doe as managing partner, effective May 1"
        stop = R.APPOSITIVE_STOP.search(text + ". ", 1)
        comma = text.find(",", 1)
        return text[: min(stop.start() if stop else len(text), comma if comma > 0 else len(text))]
    if not text.startswith(","):
        return ""
    stop = R.APPOSITIVE_STOP.search(text, 1)
    verb = R.SPEECH_VERB.search(text, 1)
    end = min(m.start() for m in (stop, verb) if m is not None) if stop or verb else len(text)
    return text[:end]


def _has_title_word(text: str) -> bool:
    """A word of `TITLE_WORDS` in the text, or a compound ending in one ("BKA-Präsident", `_is_compound_title`)."""
    for word in text.split():
        word = word.strip(",.")
        folded = word.casefold()
        # A word without a hyphen is a compound of itself: looked up once.
        if folded in R.TITLE_WORDS or ("-" in folded or "\u2010" in folded) and _is_compound_title(word):
            return True
    return False


def _earlier_title(segments: list[str], described: list[str]) -> list[str]:
    """Title segments before a name: "Minister of Industry, Investment and Commerce, Senator Jane Doe".

    A role in the reported work opened by an article ("The study's lead author, Dr Jane Doe, a professor of X")
    is the sentence's subject, not an office: when the name is followed by a title of its own, that is the title.
    """
    run: list[str] = []
    for segment in reversed(segments):
        if len(segment.split()) > 8 or not segment[:1].isupper():
            break
        run.insert(0, segment)
    if run and R.ARTICLE.match(run[0]) and R.WORK_ROLE.search(run[0]) and any(_has_title_word(s) for s in described):
        return []
    return run if any(_has_title_word(s) for s in run) else []


def _segments(phrase: str) -> list[str]:
    """Comma-separated parts, credentials dropped and a legal form kept with its company ("Acme, Inc.")."""
    segments: list[str] = []
    for part in phrase.split(","):
        part = part.strip()
        if segments and R.LEGAL_FORM.match(part):
            segments[-1] += ", " + part
        elif part and not R.CREDENTIAL.match(part):
            segments.append(part)
    return segments


def _token_kind(token: str) -> str:
    """A token's kind: "n" a name word, "i" an initial, "p" a lower-case particle, "" anything else."""
    first = token[:1]
    if not first.isupper():
        return "p" if token in R.NAME_PARTICLES else ""
    if token[-1:] == "." and R.INITIAL.match(token):
        return "i"
    bare = token.rstrip(".,").casefold()
    if bare in R.TITLE_WORDS or bare in R.HONORIFICS:
        return ""
    if token.isascii() and token.isalpha():
        return "n"  # capitalised, ASCII letters only: what `NAME_TOKEN` matches, told without the pattern
    return "n" if R.NAME_TOKEN.match(token) and not ("-" in token and _is_compound_title(token)) else ""


def _name_runs(segment: str) -> list[tuple[int, tuple[list[str], int, int]]]:
    """Scored candidate names in a segment: runs of name words, as (score, (tokens, start, end))."""
    if segment.islower():
        return []  # a name word opens with a capital (`_token_kind`): "executive director" holds none
    tokens = segment.split()
    kinds = [_token_kind(t) for t in tokens]
    found = []
    k, count = 0, len(tokens)
    while k < count:
        # "For Eliza, …", "The Ministry": a capitalised function word does not start a name (but "Das said" does).
        if kinds[k] != "n" or count > 1 and tokens[k].casefold() in R.CAPITALISED_FUNCTION_WORDS:
            k += 1
            continue
        end = k + 1  # the run's first word is a name word
        while end < count and (
            kinds[end] == "n" or kinds[end] in ("i", "p") and end + 1 < count and kinds[end + 1] == "n"
        ):
            end += 1
        start = k - 1 if k and kinds[k - 1] == "p" and k > 1 and kinds[k - 2] == "n" else k
        while end - start > 1 and R.CREDENTIAL.match(tokens[end - 1]):
            end -= 1  # "Jane Doe TD", "John Roe MP": a parliamentary or academic suffix
        while start and kinds[start - 1] == "i":
            start -= 1  # "M.R.C. Greenwood": initials open the name
        # "Bundestagsabgeordnete Cornelia Muster": a capitalised noun glued before a known given name (that
        # opens a name of two words or more: in "Philanthropist MacKenzie Scott" Scott is the surname).
        given = start
        if end - start > 2 and not _is_given_name(tokens[start]):  # shorter: no word between to look at
            given = next((j for j in range(start + 1, end - 1) if _is_given_name(tokens[j])), start)
        found.append((_score_run(tokens, kinds, given, end), (tokens, given, end)))
        k = end
    return found


def _is_given_name(token: str) -> bool:
    return token.casefold() in R.GIVEN_NAMES


# The most `_score_run` gives a run whose first word is no known given name (two or three words, closing its
# segment, after nothing or a title): `_best_run` skips a segment without given names once a run beats it.
_UNKNOWN_NAME_MAX_SCORE = 4


def _score_run(tokens: list[str], kinds: list[str], start: int, end: int) -> int:
    # A run holds name words, initials and particles (`_token_kind`); the particles are not counted. A particle
    # in a run stands before a name word (`_name_runs`): the first word counted is the run's first or second.
    counted = end - start - kinds[start:end].count("p")
    previous = tokens[start - 1].rstrip(".").casefold() if start else ""
    known = _is_given_name(tokens[start + 1] if kinds[start] == "p" else tokens[start])
    score = 3 if known else 0
    score += 2 if 2 <= counted <= 3 else 0 if counted == 1 else -3
    if end < len(tokens) and tokens[end].rstrip(",.").casefold() in R.TITLE_WORDS:
        # "Prime Minister", "Acme Funds President Jane Doe": words before a title word name the office or employer.
        score -= 3 if counted == 1 else 2
    if end == len(tokens):
        score += 1  # a name closes its segment: "Title Name," or "Name, title"
    if tokens[end - 1].endswith(("'s", "\u2019s")):
        score -= 3  # "Acme Holdings' chief executive": an owner, not a person
    according = previous == "to" and start > 1 and tokens[start - 2].casefold() == "according"
    if previous in R.NAME_BLOCKERS and tokens[start - 1].islower() and not known and not according:
        score -= 5  # "Minister for Health", "Investment and Commerce": a name never follows these
    elif not previous or previous in R.HONORIFICS or previous in R.TITLE_WORDS or tokens[start - 1].islower():
        score += 1
    return score


def _run_parts(tokens: list[str], start: int, end: int) -> tuple[str, str, str, str | None]:
    """(name, title words before it, "of Acme" after it, gender from an honorific) of the chosen run."""
    words = tokens[start:end]
    previous = tokens[start - 1].rstrip(".").casefold() if start else ""
    before = ""
    if start:  # most names open their segment
        # "The new director will be Jane Doe": only the words after the last verb can be a title.
        cut = start
        while cut and tokens[cut - 1].casefold() not in R.NOT_IN_TITLES:
            cut -= 1
        before = " ".join([t for t in tokens[cut:start] if t.rstrip(".").casefold() not in R.HONORIFICS])
    employer = end < len(tokens) and tokens[end].casefold() in ("of", "at", "from", "von", "bei", "de")
    after = " ".join(tokens[end:]) if employer else ""
    return " ".join(words).rstrip(","), before, after, R.HONORIFIC_GENDER.get(previous)


def _is_compound_title(token: str) -> bool:
    """A title glued to an acronym or prefix: "BKA-Präsident", "DRK-Generalsekretär", "Co-Chair"."""
    return token.casefold().replace("\u2010", "-").rsplit("-", 1)[-1] in R.TITLE_WORDS


def _title_and_org(before: list[str], after: list[str]) -> tuple[str | None, str | None]:
    """Title and organisation from the words around a name."""
    org = None
    parts = [p for p in before + after if p]
    if not parts:
        return None, None  # a bare name: nothing printed around it
    if after and len(parts) > 1:
        last = _without_relative_clause(after[-1]).strip()
        listed = " and " in last or "&" in last  # "Minister for Industry, Science and Technology"
        if listed and R.ORG_PREPOSITION.search(parts[-2]):
            pass
        elif last and last[0].isupper() and not R.ORG_PREPOSITION.search(" " + last) and len(last.split()) <= 6:
            # "Jane Doe, editor-in-chief, Acme Magazine": a closing segment that is a name of its own.
            org, parts = last, parts[:-1]
    parts = [_without_relative_clause(p).strip() for p in parts]
    parts = [R.ARTICLE.sub("", p) for p in parts if p]
    title = R.ARTICLE.sub("", ", ".join(parts)) if parts else None
    if title and org is None:
        title, org = _split_org(title)
    return (title or None), org


def _without_relative_clause(text: str) -> str:
    """`text` without a trailing clause about someone else (`RELATIVE_CLAUSE`), which needs a comma or
    a relative word to be there."""
    if "," in text or holds_any(text, R.RELATIVE_CLAUSE_WORDS):
        return R.RELATIVE_CLAUSE.sub("", text)
    return text


def _employer_cut(title: str) -> re.Match[str] | None:
    """Where the employer starts: the last "at Acme", else the last "for Acme", else the first "of" that
    opens a capitalised name ("chair of the Riverbend County Board of Supervisors")."""
    cuts = list(R.ORG_PREPOSITION.finditer(title))
    if not cuts:
        return None
    chosen = [m for m in cuts if m.group("prep").casefold() in R.EMPLOYER_PREPOSITIONS["at"]]
    if chosen:
        return chosen[-1]
    # "fellow in the School of Biology", "lecturer in the Centre for Ecology": a unit's own name goes on
    # past its "of"/"for"; the unit belongs to the title and the employer is not printed.
    if " in " in title or " within " in title:  # the pattern's words, between single spaces (`split_speaker`)
        cuts = [m for m in cuts if not R.UNIT_NAME_BEFORE.search(title, 0, m.start())]
    chosen = [m for m in cuts if m.group("prep").casefold() in R.EMPLOYER_PREPOSITIONS["for"]]
    if chosen:
        return chosen[-1]
    for m in cuts:
        words = title[m.end() :].split()
        if all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in R.ORG_NAME_CONNECTORS for w in words):
            return m
    return None


def _possessive(text: str) -> re.Match[str] | None:
    """`POSSESSIVE_ORG` on a title, tried only where it holds the apostrophe the pattern needs."""
    return R.POSSESSIVE_ORG.match(text) if "'" in text or "\u2019" in text else None


def _split_org(title: str) -> tuple[str | None, str | None]:
    """Title and employer: "Managing Director at Acme" -> ("Managing Director", "Acme"), "Acme's researcher" too."""
    # The pattern's "in" stands between white space, which in a split phrase is single spaces (`split_speaker`).
    title = R.TRAILING_PLACE.sub("", title) if " in " in title else title
    possessive = _possessive(title)
    if possessive and not R.ORG_PREPOSITION.search(possessive.group("org")):
        return possessive.group("title"), possessive.group("org")
    cut = _employer_cut(title)
    if cut is not None:
        head, org = title[: cut.start()].strip(" ,"), title[cut.end() :].strip(" ,")
        head_word = head.split()[-1].casefold() if head else ""
        if head and head_word not in R.OFFICE_HEADS:
            owner = _possessive(org)
            if owner and owner.group("title").casefold() in R.GENERIC_ORG_TAILS:
                return title, owner.group("org")  # "Chairman of Acme's Board of Directors": Acme
            return head, org
    return title, None


# --- sentence ends ------------------------------------------------------------------------------


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each real sentence end (not "Dr.", "Inc.", "Ph.D." or an initial)."""
    return list(_sentence_ends(text))


def first_sentence_end(text: str) -> int | None:
    """`sentence_ends(text)[0]`, or None, without reading past it."""
    for m in R.CLAUSE_END.finditer(text):
        if _ends_sentence(text, m.start()):
            return m.end()
    return None


def _sentence_ends(text: str) -> Iterator[int]:
    return (m.end() for m in R.CLAUSE_END.finditer(text) if _ends_sentence(text, m.start()))


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the mark at `at` ends a sentence: a full stop after "Dr.", "Inc.", an initial or a German
    day ordinal ("vom 12. Januar") does not."""
    if text[at] != ".":
        return True
    word = _word_before(text, at)
    token = word.lstrip("(\"'").casefold()
    return not (
        token in R.ABBREVIATIONS
        or word[1:2] in ("", ".")
        and R.INITIAL.match(word + ".")  # an initial's second character is its dot
        or len(token) == 1
        or token.isdigit()
        and len(token) <= 2
    )


def _word_before(text: str, end: int, window: int = 80) -> str:
    """The last white-space-delimited word of `text[:end]` ("" when there is none).

    Read from a window before `end`, not from a copy of everything before it: a paragraph has
    many full stops.
    """
    low = max(0, end - window)
    parts = text[low:end].rsplit(None, 1)
    if low and len(parts) < 2:  # the window holds no whole word: read everything before `end`
        head = text[:end]
        return head.rsplit(None, 1)[-1] if head.strip() else ""
    return parts[-1] if parts else ""


def last_clause(text: str) -> str:
    """What follows the last sentence end of the text's last 600 characters."""
    text = text[-600:]
    stripped = text.rstrip()
    if not stripped:
        return text  # nothing but white space, often nothing at all (a quotation opening its paragraph)
    # A mark closing the text is the last candidate (a match before it never reaches past white space):
    # when it is a real end, most often (the sentence naming the speaker of the quotation before), no
    # other candidate is looked for.
    if stripped[-1] in ".!?;" and _ends_sentence(stripped, len(stripped) - 1):
        return text[len(stripped) :]
    # Only the last real end counts: read the candidates from the back, most are real.
    for m in reversed(list(R.CLAUSE_END.finditer(stripped))):
        if _ends_sentence(stripped, m.start()):
            return text[m.end() :]
    return text
