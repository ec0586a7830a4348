"""Issuer evidence in running text: the subject of the lead sentence or the headline, the
name an "About X" heading run into its paragraph gives, and the name a release keeps repeating.

"Acme, a maker of widgets, today announced ..." names its issuer as the subject of the lead;
"Acme Announces ..." as the subject of the headline; a closing paragraph "About Acme Acme is a
..." (a heading whose line break a scrape lost) as its heading. The functions here read those
names; issuer.py decides which evidence wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import takewhile

from prparse.document import Block, Candidate, Zone
from prparse.extractors.headline import key
from prparse.normalise import has_words
from prparse.rules.header import (
    ABOUT_NOT_NAMES,
    ANNOUNCE_VERB,
    APPOSITIVE_VERB,
    CAPITALISED_NAME,
    DATELINE_LEAD,
    HEADLINE_VERB,
    INTRO_CLAUSE,
    LEGAL_SUFFIXES,
    NAME_JOINERS,
    NAME_OPENERS,
    RUN_IN_ABOUT,
    TICKER,
)
from prparse.rules.issuer import FRAGMENT_JOINERS

LEAD_CHARS = 400  # the lead sentence's subject sits in its first few hundred characters
MAX_ORG_WORDS = 8
SUBJECT_OFFSET = 40
_ABOUT_SCAN_BLOCKS = 40  # About paragraphs close a release: only its last blocks are read
_POSSESSIVE = re.compile(r"\w['\u2019]s\b")  # "Acme's Widget Center" is a unit, not the issuer
_SENTENCE_END = re.compile(r"^(?:\d+|[a-z]\w*|\w{5,})\.$")  # "2014." or "today." closes a sentence; "Inc." does not
_PARENTHESIS = re.compile(r"\s*\([^()]{0,80}\)")
_ADJECTIVE_PREFIX = re.compile(r"^[A-Z][a-z]+-(?:owned|based|listed|led|backed|founded|headquartered)$")
_MIN_ABOUT_WORDS = 8
_MENU_MARK = re.compile(r"\s[/|>\u00bb\u2022]\s")
_MENU_REACH = 120
_RECURRING_SCAN_BLOCKS = 80
_MIN_RECURRENCES = 3
# Capitalised words that open an About text rather than end its heading's name.
_TEXT_OPENERS = frozenset("The A An Founded Since Established Headquartered Based With As For".split())
_OPENERS = _TEXT_OPENERS | NAME_OPENERS  # words that open a sentence or a text rather than a name
_LONGER_NAME = r"\s(?:of|for|de)\s(?:the\s)?[A-Z][\w.&'\u2019-]*(?:\s[A-Z][\w.&'\u2019-]*){0,4}"


def body_paragraphs(blocks: Iterable[Block], min_words: int, most: int) -> list[Block]:
    """The first `most` body blocks of `blocks` with at least `min_words` words: the lead's, or
    (with the blocks reversed) the closing paragraphs'."""
    found: list[Block] = []
    body = Zone.BODY  # looked up once, not once a block
    for block in blocks:
        if block.zone is body and has_words(block.text, min_words):
            found.append(block)
            if len(found) == most:
                break
    return found


def lead_subject(lead: list[Block]) -> Candidate[str] | None:
    """ "Acme, a maker of widgets, today announced ...": the lead sentence's subject.

    An opening clause may come first ("In a bold move, Acme has announced ...").
    """
    for block in lead:
        text = after_dateline(block.flat)[:LEAD_CHARS]
        verb = ANNOUNCE_VERB.search(text)
        if verb:
            subject = drop_apposition(text[: verb.start()]).strip()
            name = name_before(subject)
            # The name must open the sentence (bar a short label, an adjective or an opening
            # clause), not sit deep in it; after a weak verb ("X is a ...") it must be the whole subject.
            offset = 0 if verb.group("weak") else SUBJECT_OFFSET
            intro = INTRO_CLAUSE.match(subject)
            if intro and not verb.group("weak") and subject[intro.end() :] == name:
                offset = len(subject)
            if name and len(subject) - len(name) <= offset and not _POSSESSIVE.search(name):
                return Candidate(name, "issuer.lead_subject", block.index)
            return None
    return None


def appositive_subject(lead: list[Block], headline: str) -> Candidate[str] | None:
    """A lead that opens with a name and any finite verb: "Acme, the region's largest broker,
    represented ...", "In May, Acme has reached ...": weaker than an announcing verb.

    Without an apposition the name must be the headline's too (a person's name in a lead is
    rarely printed in the headline exactly so, with the job before it).
    """
    for block in lead[:1]:
        text = after_dateline(block.flat)[:LEAD_CHARS]
        intro = INTRO_CLAUSE.match(text)
        text = text[intro.end() :] if intro else text
        verb = APPOSITIVE_VERB.search(text)
        if verb is None:
            return None
        subject = text[: verb.start()]
        bare = drop_apposition(subject).strip()
        # A plain verb ("represented") is trusted only after an apposition, which marks a subject.
        if verb.group("plain") and bare == subject.strip():
            return None
        name = name_before(bare)
        if bare == subject.strip() and name and name not in headline:
            return None
        if name and name == bare and not _POSSESSIVE.search(name):
            return Candidate(name, "issuer.lead_appositive", block.index)
    return None


def headline_subject(headline: str, lead: list[Block]) -> Candidate[str] | None:
    """ "Acme Announces ...": the headline's own subject, when the lead names it too.

    A title-case headline capitalises its verb, so the verb is found case-blind; the lead must
    print the same name (a "New Study Reports ..." headline names no one the lead repeats).
    """
    verb = HEADLINE_VERB.search(headline[: SUBJECT_OFFSET * 2])
    if verb is None:
        return None
    subject = headline[: verb.start()]
    name = name_before(subject)
    if not name or name != subject.strip(" ,"):
        return None
    exact = ANNOUNCE_VERB.search(headline[: SUBJECT_OFFSET * 2])
    if exact is not None and exact.start() == verb.start():
        return Candidate(name, "issuer.headline_subject")
    lead_text = " ".join(block.flat for block in lead)
    return Candidate(name, "issuer.headline_subject") if name.strip(" ,.") in lead_text else None


def run_in_about(blocks: list[Block]) -> list[str]:
    """The names of "About X" headings run into their paragraph ("About Acme Acme is a ...").

    The heading ends where the paragraph repeats it, where an ALL-CAPS heading meets normal
    text, or where a capitalised article or a link starts the text.
    """
    names: list[str] = []
    for block in blocks[-_ABOUT_SCAN_BLOCKS:]:
        if block.text[:6].casefold() != "about " or not has_words(block.text, _MIN_ABOUT_WORDS):
            continue
        match = RUN_IN_ABOUT.match(block.flat)
        if match is None:
            continue
        if _MENU_MARK.search(block.flat[:_MENU_REACH]):
            continue  # "About Acme / Pressroom / Contact": a menu line, not a section
        name = _heading_name(match.group("words"), block.flat[match.start("words") :])
        if not name or _POSSESSIVE.search(name):
            continue  # "About Acme's Widget Center": a unit of the issuer, named otherwise elsewhere
        if name.casefold() not in ABOUT_NOT_NAMES and name not in names:
            names.append(name)
    return names


def _heading_name(heading: str, rest: str) -> str | None:
    """The name in the capitalised words after "About", `rest` being the flat text from them on."""
    words = heading.split()[:MAX_ORG_WORDS]
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        # `rest` is flat (one space between words): what follows the name is read only as far as a
        # repetition of it ("The <name> ") reaches, not copied whole for every count of words.
        following = rest[len(name) : 2 * len(name) + 6].lstrip()
        if following.startswith((name + " ", "The " + name + " ")):
            return _longer_name(name, rest)  # "About Acme Acme is ..."
    upper = list(takewhile(lambda w: w.isupper() or w == "&", words))
    if upper and len(upper) < len(words):
        # "ABOUT ACME HOLDINGS Founded in 1990, Acme Holdings ...": named as the text writes it.
        caps = " ".join(upper)
        found = re.search(re.escape(caps), rest[len(caps) :], re.IGNORECASE)
        return found.group() if found else caps
    name = list(takewhile(lambda w: w not in _TEXT_OPENERS, words))
    return _longer_name(" ".join(name), rest) if name else None


def _longer_name(name: str, text: str) -> str:
    """An About heading often shortens the name its text gives in full ("Girl Scouts" -> "Girl
    Scouts of Eastern Ohio"): the longest "<name> of <Place>" the text prints."""
    best = name
    for match in re.finditer(re.escape(name) + _LONGER_NAME, text[:2000]):
        if len(match.group()) > len(best):
            best = match.group()
    return best


def about_name_matches(subject: str, name: str) -> bool:
    """Whether the lead's subject is the About name plus a legal suffix ("Acme, Inc." / "Acme")."""
    if key(subject) == key(name) or not key(subject).startswith(key(name)):
        return False
    rest = subject[len(name) :].strip(" ,.").lower()
    return rest in LEGAL_SUFFIXES or rest.rstrip(".") in LEGAL_SUFFIXES


# --- helpers ----------------------------------------------------------------------------


def after_dateline(text: str) -> str:
    """A lead sentence without its dateline ("BOSTON, May 1, 2024 /PRNewswire/ -- ")."""
    for mark in (" -- ", "--", " \u2014 ", " \u2013 ", " - ", " _ ", ": "):
        cut = text.rfind(mark, 0, 160)  # the last mark: "DALLAS -- May 1, 2024 -- Acme ..."
        if cut != -1:
            # The dateline pattern is costly on a long sentence: it is tried only once a mark is found.
            return text[cut + len(mark) :] if DATELINE_LEAD.match(text) else text
    return text


def drop_apposition(subject: str) -> str:
    """ "Acme, a maker of widgets," -> "Acme"; "Acme (NYSE: ACM)" -> "Acme"."""
    if "(" in subject:  # both patterns remove a parenthesis
        subject = _PARENTHESIS.sub("", TICKER.sub("", subject))
    comma = subject.find(", ")
    while comma != -1:
        rest = subject[comma + 2 :]
        if rest[:1].islower() or rest.startswith(("a ", "an ", "the ")):
            return subject[:comma]
        comma = subject.find(", ", comma + 2)
    return subject


def name_before(text: str) -> str | None:
    """The capitalised name that ends `text`: "... Employee-owned Acme Holdings, Inc." -> "Acme Holdings, Inc."."""
    words = text.rstrip(" ,:").split()
    name: list[str] = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        bare = word.strip(",")
        # The adjective holds a hyphen and the sentence's end a full stop: most words need neither pattern.
        adjective = "-" in bare and _ADJECTIVE_PREFIX.search(bare)
        if word.endswith((":", ";", "\u201d", '"')) or adjective or (word[-1:] == "." and _SENTENCE_END.search(word)):
            break  # "Inc.: Acme" ends a label; "Employee-owned Acme" starts with an adjective
        if word.endswith(",") and name and name[0].lower() not in LEGAL_SUFFIXES:
            break  # "Nasdaq-listed, Acme": a comma ends the name unless "Acme, Inc." follows
        if bare == "the" and name and position > 0 and words[position - 1].lower() not in ("of", "for"):
            break  # "On Saturday the Lab": "the" opens a name unless "Bank of the West"
        if "--" in bare:
            break
        if bare[:1].isupper() or bare[:1].isdigit() or (name and bare.lower() in NAME_JOINERS):
            name.insert(0, word)
        else:
            break
        if len(name) >= MAX_ORG_WORDS:
            break
    while name and name[0].lower().strip(",") in NAME_JOINERS:
        name.pop(0)
    result = " ".join(name).strip(" ,")
    return result or None


def recurring_name(headline: str, lead: list[Block], blocks: list[Block]) -> Candidate[str] | None:
    """The last resort: the name the headline and the lead share that the text repeats most.

    A feature-style release ("The recent feature of Acme on ...") never says "Acme announced",
    but names its subject in the headline, in the lead, and again and again below.
    """
    wanted = f" {key(headline)} "
    # A single capitalised word is too often a place, a product or (in German) any noun (and
    # stripping an opener never makes one word two: single words are dropped before it).
    names = {_strip_opener(name) for block in lead for name in CAPITALISED_NAME.findall(block.flat) if " " in name}
    names = {n for n in names if " " in n and f" {key(n)} " in wanted}
    if not names:
        return None
    text = " ".join(block.flat for block in blocks[:_RECURRING_SCAN_BLOCKS])
    counts = {name: _standalone_count(text, name) for name in names}
    # Ties go to the name printed first, so that the answer never depends on set order.
    best = max(counts, key=lambda n: (counts[n], len(n), -text.find(n)))
    if counts[best] < _MIN_RECURRENCES:
        return None
    return Candidate(best, "issuer.recurring_name")


def _standalone_count(text: str, name: str) -> int:
    """How often `name` is printed on its own, not as the tail of a longer name ("Center for Acme")."""
    return text.count(name) - sum(text.count(f" {joiner} {name}") for joiner in FRAGMENT_JOINERS)


def _strip_opener(name: str) -> str:
    words = name.split()
    while words and words[0] in _OPENERS:
        words.pop(0)
    return " ".join(words)
