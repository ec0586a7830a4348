"""Calls to action: the sentences of a release that ask the reader, or a named party, to act.

The release is read sentence by sentence in its body, its "About" sections and (for the public's
line and wire notes only) its contact section. A sentence is a call to action when a cue rule of
`prparse.rules.cta` matches it with its quoted passages blanked out: a demand inside quote marks
belongs to the speaker's quote, not to the issuer's calls to action.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import reduce
from itertools import islice
from operator import or_
from typing import NamedTuple

from prparse.document import Block, BlockKind, Document, Link, Zone
from prparse.extractors.cta_sentences import quote_spans, split_sentences
from prparse.model import CTA_KINDS, CallToAction
from prparse.normalise import UNLOWERED, has_words, holds_any
from prparse.rules import cta as rules
from prparse.rules.lazy import lazy_compile

__all__ = ["extract_calls_to_action", "find_target", "quote_spans", "split_sentences"]

_ZONES = (Zone.BODY, Zone.ABOUT, Zone.CONTACT)
_SKIPPED_KINDS = (BlockKind.HEADING, BlockKind.RULE)
_TERMINAL = rules.CLOSED_LINE_ENDINGS
_WORD = re.compile(r"\S+")


class _Unit(NamedTuple):
    """A stretch of text read as one: a block, or a paragraph broken over two blocks."""

    zone: Zone
    text: str
    links: tuple[Link, ...]


def extract_calls_to_action(doc: Document) -> list[CallToAction]:
    """Every sentence of the release that asks for an action, in document order.

    Args:
        doc: a segmented document.

    Returns:
        One `CallToAction` per sentence: its text as a reader sees it, its kind (one of
        `model.CTA_KINDS`) and the URL, email or phone it points to (None when it names none).

    Example:
        >>> from prparse.pipeline import build_document
        >>> doc = build_document("Acme Ships Widget\\n\\n" + "Acme shipped a widget today. " * 5
        ...                      + "\\n\\nFor more information, visit www.acme.example.com.")
        >>> [(c.kind, c.target) for c in extract_calls_to_action(doc)]
        [('visit', 'www.acme.example.com')]
    """
    found: list[CallToAction] = []
    read: set[str] = set()  # sentences already classified: a repeated one is reported once
    for unit in _units(doc):
        calls = _unit_calls(unit, read)
        if calls:  # most paragraphs hold none
            found.extend(call for call in calls if not _repeats(call, found))
    return found


def _repeats(call: CallToAction, found: list[CallToAction]) -> bool:
    """A sentence printed again under a label ("NOTE TO INVESTORS: The latest news ...") is one call."""
    text = call.text
    if len(text) < rules.MIN_REPEAT_CHARS:
        return False
    for prior in found:  # a loop, not any() over a generator: this runs for each call and each one before it
        if prior.text.endswith(text) or (len(prior.text) >= rules.MIN_REPEAT_CHARS and text.endswith(prior.text)):
            return True
    return False


# --- which text is read ----------------------------------------------------------------------------


def _units(doc: Document) -> list[_Unit]:
    """The blocks that may hold a call to action, with paragraphs broken mid-sentence rejoined."""
    units: list[_Unit] = []
    contact = Zone.CONTACT
    for block in doc.blocks[_first_prose(doc) :]:
        zone = block.zone
        if zone not in _ZONES or block.kind in _SKIPPED_KINDS:
            continue
        flat = block.flat
        if block.links and _all_links(block, flat):
            continue
        for piece in _lines(block) if zone is contact and "\n" in block.text else (flat,):
            if units and _continues(units[-1], zone, piece):
                previous = units[-1]
                units[-1] = _Unit(zone, f"{previous.text} {piece}", previous.links + block.links)
            else:
                units.append(_Unit(zone, piece, block.links))
    return units


def _lines(block: Block) -> list[str]:
    """A contact section is laid out line by line: each line is read on its own (or rejoined)."""
    return [line for line in (" ".join(raw.split()) for raw in block.lines) if line]


def _first_prose(doc: Document) -> int:
    """Index of the first prose paragraph: what stands before it is headline, deck and date lines.

    A bold first paragraph counts as prose: releases print their lead in bold, and a deck is rarely
    a long finished sentence.
    """
    body, heading = Zone.BODY, BlockKind.HEADING
    for block in doc.blocks:
        if block.zone is body and block.kind is not heading:
            text = block.text.rstrip()
            if text[-1:] in _TERMINAL and has_words(text, rules.FIRST_PROSE_WORDS):
                return block.index
    return 0


def _all_links(block: Block, flat: str) -> bool:
    """A block that is all link text is navigation or a link list, not a sentence."""
    return sum(len(link.text or "") for link in block.links) >= 0.9 * len(flat)


def _continues(previous: _Unit, zone: Zone, flat: str) -> bool:
    """True when `flat` carries on the sentence `previous` left open (a page or column break)."""
    if previous.zone is not zone or previous.text[-1] in _TERMINAL:
        return False
    last_word = previous.text.rsplit(" ", 1)[-1].lower()
    return flat[:1].islower() or last_word in rules.OPEN_ENDINGS


# --- sentences ---------------------------------------------------------------------------------------


def _masked(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """`text[start:end]` with every quoted passage replaced by one placeholder word."""
    pieces: list[str] = []
    pos = start
    for q_start, q_end in quotes:
        if q_start >= end:
            break  # quoted passages run in text order (`quote_spans`): the rest lie after the sentence
        if q_end <= pos:
            continue
        pieces.append(text[pos : max(pos, q_start)])
        pieces.append(f" {rules.QUOTE_PLACEHOLDER} ")
        pos = min(end, q_end)
    pieces.append(text[pos:end])
    return "".join(pieces).strip()


def _quoted_share(start: int, end: int, quotes: list[tuple[int, int]]) -> float:
    inside = 0
    for q_start, q_end in quotes:
        if q_start >= end:
            break  # in text order, as in `_masked`
        if q_end > start:
            inside += min(end, q_end) - max(start, q_start)
    return inside / max(1, end - start)


# --- classifying ------------------------------------------------------------------------------------


def _unit_calls(unit: _Unit, read: set[str]) -> list[CallToAction]:
    text = unit.text
    lowered = text.lower()
    gates = _gate_hits(text, unit.zone, lowered)
    if gates == ([], []):
        return []  # no rule can match a paragraph without a single gate word
    active = _ZONE_RULES[unit.zone]
    quotes = quote_spans(text) if holds_any(text, rules.QUOTE_OPENERS) else []
    calls: list[CallToAction] = []
    for start, end, here in _gated_sentences(text, gates):
        piece = text[start:end].rstrip()
        sentence = piece.lstrip().lstrip(rules.LEADING_SYMBOLS)
        if sentence in read:
            continue
        read.add(sentence)
        words = _word_count(sentence)
        if _too_short(words, len(sentence) == len(text), unit.zone) and not rules.TARGET_HINT.search(sentence):
            continue
        if quotes and _quoted_share(start, end, quotes) > 0.6:
            continue
        masked = _masked(text, start, end, quotes) if quotes else sentence
        if words > rules.MAX_SENTENCE_WORDS:
            calls.extend(_window_calls(masked, unit, active))
            continue
        # Where the sentence as printed starts in its unit: its gate words' offsets in it follow.
        shift = start + len(piece) - len(sentence) if masked == sentence else None
        # Lower-casing kept every offset (gates are known): the sentence lower-cased is a slice of its unit's.
        lowered_sentence = lowered[shift : shift + len(sentence)] if shift is not None and here is not None else None
        call = _classify(sentence, masked, unit, here, shift, lowered_sentence)
        if call is not None:
            calls.append(call)
    return calls


def _gate_hits(text: str, zone: Zone, lowered: str | None = None) -> tuple[list[int], list[int]] | None:
    """Where the gate words of a paragraph stand that open rules of its zone, each with those rules (as bits).

    None when lower-casing moved offsets. A word that opens a rule only at a site (an imperative verb
    heading its sentence) opens it only where the text just before it is such a site. `lowered` is
    `text.lower()` when the caller has it.
    """
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):
        return None
    table = _GATE_TABLE[zone]
    hits = _hits(_GATE_SCAN.finditer(lowered), lowered, table, lowered.isascii())
    return hits if hits is not None else _hits(_GATE_WORDS.finditer(lowered), lowered, table, True)


def _hits(matches: Iterator[re.Match[str]], lowered: str, table: _GateTable, trusted: bool) -> _Hits | None:
    """The hits of `matches`; None when one of them is a word start only for the cheaper ASCII-mode scan.

    Every gate word opens on an ASCII letter, so a word start in Unicode mode is one in ASCII mode;
    ASCII mode only sees more of them, after a non-ASCII letter or digit ("über" holds none at "b").
    Unless one of its matches stands at such a start, it finds each match the Unicode scan finds.
    """
    positions: list[int] = []
    opened: list[int] = []
    for match in matches:
        at = match.start()
        if not trusted and at and lowered[at - 1] > "\x7f" and lowered[at - 1].isalnum():
            return None  # a word start for ASCII mode only ("üe-mail"): the Unicode scan decides
        rules_here, sites = table[match.group()]
        for site, site_rules in sites:
            if _at_site(site, lowered, at):
                rules_here |= site_rules
        if rules_here:
            positions.append(at)
            opened.append(rules_here)
    return positions, opened


def _at_site(site: rules.Site, lowered: str, at: int) -> bool:
    # A gate word stands at a word start, so a character just before it that is not white space
    # is punctuation: a site. Only white space before the word (a paragraph's start) is one too,
    # however far back the text goes; a word before it must be one a site may end on.
    if not at or not lowered[at - 1].isspace():
        return True
    low = at - rules.SITE_CHARS if at > rules.SITE_CHARS else 0
    end = at - 1  # the text before the word, white space stripped, is lowered[low:end]
    while end > low and lowered[end - 1].isspace():  # white space is one space but for odd input
        end -= 1
    if end == low:
        return True
    last = lowered[end - 1]
    if not (last.isalnum() or last == "_"):
        return True
    if not lowered.endswith(site.words, low, end):
        return False
    return site.pattern.search(lowered, _site_start(lowered, low, end), at) is not None


def _site_start(lowered: str, low: int, end: int) -> int:
    """Where a site's match may start at the earliest, its text before the word ending at `end`.

    A match holds two runs of characters other than white space at most (a mark or a word, then a
    softener: `rules.Site`), the last one ending at `end`. When a space stands before that run, and
    another before it with a character between them, the match starts after the second space.
    """
    last_space = lowered.rfind(" ", low, end)
    if last_space > low:
        space = lowered.rfind(" ", low, last_space)
        if space >= 0 and last_space - space > 1 and not lowered[space + 1 : last_space].isspace():
            return space + 1
    return low


def _gated_sentences(text: str, gates: _Hits | None) -> list[tuple[int, int, _Hits | None]]:
    """The sentences of a paragraph that hold gate words, each with their hits; all of them when gates are unknown.

    A sentence without a gate word cannot match, and those after the last one are not split off.
    """
    if gates is None:
        return [(start, end, None) for start, end in split_sentences(text)]
    positions, opened = gates
    if not positions:
        return []
    gated: list[tuple[int, int, _Hits | None]] = []
    low = 0  # sentences follow each other: the hits before one are those before the sentence ahead of it
    for start, end in split_sentences(text, positions[-1]):
        high = bisect_left(positions, end, low)
        if high > low:
            gated.append((start, end, (positions[low:high], opened[low:high])))
            low = high
    return gated


def _word_count(sentence: str) -> int:
    """`len(sentence.split())`, by counting spaces: a unit's pieces are collapsed, joined by one space."""
    # A piece is its block's words joined by single spaces, so only an empty one could double a space.
    return sentence.count(" ") + 1 if sentence and "  " not in sentence else len(sentence.split())


def _too_short(words: int, standalone: bool, zone: Zone) -> bool:
    if zone is Zone.CONTACT or not standalone:
        return words < rules.MIN_WORDS
    return words < rules.MIN_STANDALONE_WORDS


def _classify(
    sentence: str,
    masked: str,
    unit: _Unit,
    here: _Hits | None = None,
    shift: int | None = None,
    lowered: str | None = None,
) -> CallToAction | None:
    """The call to action `sentence` makes, or None.

    `here` holds its gate words when known (offsets in the unit, rules each opens); `shift` is where
    the sentence starts in the unit when `masked` is the sentence as printed, so that rules can be
    tried at the gate words. `lowered` is `masked.lower()` when the caller has it.
    """
    if lowered is None:
        lowered = masked.lower()
    target: str | None = None
    target_known = False
    if here is not None:
        gate_rules = reduce(or_, here[1], 0)
    else:  # no site is known here: only the rules a word opens anywhere are tried
        gate_rules = reduce(or_, map(_OPENED_BY.__getitem__, _GATE_WORDS.findall(lowered)), 0)
    reading = _reading(masked, lowered)  # settled once: the exclusions and kinds below read alike
    cue_rules, subject = rules.CTA_RULES_READINGS[reading], lowered if reading else masked
    contact = unit.zone is Zone.CONTACT
    for bit, rule in _candidates(unit.zone, gate_rules, cue_rules):
        if rule.gate_at_end and not _gate_open(rule, lowered):
            continue
        if contact and not _contact_zone_call(rule, masked):
            continue
        if rule.at_gate and here is not None and shift is not None:
            match = _cue_at(rule, subject, here, bit, shift)
        elif reading and rule.words and not holds_any(lowered, rule.words):
            continue  # every match holds one of its words
        elif reading and rule.undashed is not None and not holds_any(lowered, rules.DASH_SOFTENERS):
            match = rule.undashed.search(subject)  # no lead-in clause closed by a dash can match here
        else:
            match = _cue(rule, masked if rule.cased else subject, _lead_start(rule, here, bit, shift))
        if match is None:
            continue
        if not target_known:  # targets are looked for only once a cue has matched
            target, target_known = find_target(sentence, unit.links), True
        if target is None and (
            (rule.needs_target and not _channel(masked, lowered, reading)) or not _finished(sentence)
        ):
            continue
        if _acceptable(rule, masked, lowered, reading, target):
            return CallToAction(text=sentence, kind=_kind(rule, match, masked, lowered, reading), target=target)
    return None


def _candidates(zone: Zone, gate_rules: int, cue_rules: tuple[rules.CtaRule, ...]) -> list[tuple[int, rules.CtaRule]]:
    """The rules of `zone` worth trying, with their bits, in priority order: ungated ones and those gate words open."""
    bits = (gate_rules | _UNGATED) & _ZONE_BITS[zone]
    found: list[tuple[int, rules.CtaRule]] = []
    while bits:
        lowest = bits & -bits
        found.append((lowest, cue_rules[lowest.bit_length() - 1]))
        bits ^= lowest
    return found


def _cue_at(rule: rules.CtaRule, subject: str, here: _Hits, bit: int, shift: int) -> re.Match[str] | None:
    """The first cue of an `at_gate` rule: matched at each gate word opening it, `shift` into the unit."""
    # Its cues start at its gate words, and the gate scan finds each of those (no gate word stands
    # inside another one's match, a test checks): the first one matching is where a search would stop.
    positions, opened = here
    for at, rules_here in zip(positions, opened, strict=True):
        if rules_here & bit:
            match = rule.pattern.match(subject, at - shift)
            if match is not None:
                return match
    return None


def _gate_open(rule: rules.CtaRule, lowered: str) -> bool:
    if not rule.gate:
        return True
    if rule.gate_at_end:
        lowered = lowered[-rules.END_GATE_CHARS :]
    return holds_any(lowered, rule.gate)


def _cue(rule: rules.CtaRule, masked: str, pos: int = 0) -> re.Match[str] | None:
    """The rule's first cue in `masked`, after its subject when the rule wants one; none starts before `pos`."""
    if rule.before is not None:
        return next(_cues(rule, masked), None)
    return rule.pattern.search(masked, pos)


def _lead_start(rule: rules.CtaRule, here: _Hits | None, bit: int, shift: int | None) -> int:
    """Where a search for the rule's cue may start: `rule.lead` before the first gate word opening it, if known.

    Known where the sentence as printed is a slice of its unit (`shift`), so single-spaced as units are.
    """
    if rule.lead is None or here is None or shift is None:
        return 0
    for at, rules_here in zip(*here, strict=True):
        if rules_here & bit:
            return max(0, at - shift - rule.lead)
    return 0


def _cues(rule: rules.CtaRule, masked: str) -> Iterator[re.Match[str]]:
    for match in rule.pattern.finditer(masked):
        if rule.before is None or rule.before.search(masked, max(0, match.start() - rules.BEFORE_CHARS), match.start()):
            yield match


def _finished(sentence: str) -> bool:
    """A sentence ends on punctuation or a handle; a bare label ("Subscribe for our news") is a widget."""
    # A trailing colon announces what follows ("Follow us on:"): a heading, not yet a sentence.
    return sentence[-1] in _TERMINAL.replace(":", "") or rules.HANDLE.search(sentence) is not None


def _zone_allows(rule: rules.CtaRule, zone: Zone) -> bool:
    if zone is Zone.CONTACT:
        return rule.id in rules.CONTACT_ZONE_RULES
    return zone is Zone.BODY or not rule.body_only


# The rules each zone may use, settled once: a contact section only knows two.
_ZONE_RULES = {zone: tuple(rule for rule in rules.CTA_RULES if _zone_allows(rule, zone)) for zone in _ZONES}


def _trie_pattern(words: Iterable[str], screens: dict[str, str] | None = None) -> str:
    """One regex for many words, factored by shared beginnings so each position tries one branch.

    A word with a screen (a look-behind) in `screens` matches only where its screen passes; where it
    fails, a shorter word may match.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = (screens or {}).get(word, "")
    return _trie_branch(trie)


def _trie_branch(node: dict) -> str:
    branches = [re.escape(char) + _trie_branch(child) for char, child in sorted(node.items()) if char]
    screen = node.get("")
    if not branches:
        return screen or ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if screen is None:
        return body
    # A word that ends here while longer ones go on: the rest is optional (the longest match wins).
    return f"(?:{body}|{screen})" if screen else f"(?:{body})?"


_ALL_GATE_WORDS = sorted({word for rule in rules.CTA_RULES for word in rule.gate})
# Gate words are word beginnings: testing word starts only is what keeps this pass cheap. The class
# of first letters turns away the ends of words (boundaries too) in one test, before the trie.
_FIRST_LETTERS = re.escape("".join(sorted({word[0] for word in _ALL_GATE_WORDS})))
_GATE_WORDS = lazy_compile(rf"\b(?=[{_FIRST_LETTERS}])" + _trie_pattern(_ALL_GATE_WORDS))
_GATE_WORDS_ASCII = lazy_compile(_GATE_WORDS.pattern, re.ASCII)


def _bits(positions: Iterable[int]) -> int:
    return sum(1 << i for i in positions)


# Rules as the bits of an int, in table order: what gate words open is or-ed together in one step,
# and a sentence's candidates are the set bits, lowest (the first rule) first.
_ZONE_BITS = {zone: _bits(i for i, rule in enumerate(rules.CTA_RULES) if _zone_allows(rule, zone)) for zone in _ZONES}
_UNGATED = _bits(i for i, rule in enumerate(rules.CTA_RULES) if not rule.gate)
# A match is the longest gate word at its place; it opens every rule gated by a word it contains: a
# rule without a site at once, a rule with one only where the site check passes.
_OPENED_BY = {
    found: _bits(
        i for i, rule in enumerate(rules.CTA_RULES) if rule.site is None and any(w in found for w in rule.gate)
    )
    for found in _ALL_GATE_WORDS
}
_Hits = tuple[list[int], list[int]]  # gate word positions, and the rules (bits) each opens
_GateTable = dict[str, tuple[int, tuple[tuple[rules.Site, int], ...]]]


# Gate word -> the rules with a site it opens there, in table order (worked out once for every zone).
_SITE_RULES_OPENED_BY = {
    found: [
        (i, site)
        for i, rule in enumerate(rules.CTA_RULES)
        if (site := rule.site) and any(w in found for w in rule.gate)
    ]
    for found in _ALL_GATE_WORDS
}


def _gate_table(zone: Zone) -> _GateTable:
    """Gate word -> the zone's rules it opens anywhere, and each site where it opens more (with those rules).

    Rules sharing a site (the imperative ones) are grouped so that a word's site is checked once.
    """
    table: _GateTable = {}
    zone_bits = _ZONE_BITS[zone]
    for found in _ALL_GATE_WORDS:
        by_site: dict[rules.Site, int] = {}
        for i, site in _SITE_RULES_OPENED_BY[found]:
            if 1 << i & zone_bits:
                by_site[site] = by_site.get(site, 0) | 1 << i
        table[found] = (_OPENED_BY[found] & zone_bits, tuple(by_site.items()))
    return table


_GATE_TABLE = {zone: _gate_table(zone) for zone in _ZONES}

# --- the gate scan ---------------------------------------------------------------------------------
# Most gate words found are verbs that open rules only at a site ("give", "help", "make"): `_hits`
# drops them where a word and a space stand before them, as in most places. The scan itself turns
# them away there, and `_hits` sees the same hits for fewer matches (a test checks it).

_ASCII_WORD = re.compile(r"\w", re.ASCII)
_SITE_WORDS = sorted({word for rule in rules.CTA_RULES if rule.site for word in rule.site.words})
# The characters site words end on, and those before them (every site word has two or more letters).
_SITE_LAST, _SITE_SECOND_LAST = (re.escape("".join(sorted({word[k] for word in _SITE_WORDS}))) for k in (-1, -2))


def _hides_a_start(found: str) -> bool:
    """Whether a gate word, found, may cover a word start (in ASCII mode) where a gate word may begin ("opt-in")."""
    starts = [k for k in range(1, len(found)) if _ASCII_WORD.match(found, k) and not _ASCII_WORD.match(found, k - 1)]
    return any(word.startswith(found[k:]) or found.startswith(word, k) for k in starts for word in _ALL_GATE_WORDS)


def _screen(found: str) -> str:
    """A look-behind, at the end of `found`, that fails only where `_at_site` fails for every site.

    It fails where a word character and one space stand before the word, unless the two characters
    before that space may end one of `_SITE_WORDS` (so that a site's word check could pass).
    """
    return f"(?<!(?![{_SITE_SECOND_LAST}][{_SITE_LAST}]).[a-z0-9_] {'.' * len(found)})"


def _screened(found: str) -> bool:
    """Whether the scan may turn `found` away: it opens rules only at a site, and covers no other word's start."""
    return not _OPENED_BY[found] and bool(_SITE_RULES_OPENED_BY[found]) and not _hides_a_start(found)


# `_GATE_WORDS_ASCII` but for the words `_screened` where `_screen` fails: a match left out is one `_hits`
# drops (the word opens no rule there), covers no other match (`_hides_a_start`), and a shorter word
# it begins with opens no more and fails the same screen, or is found and dropped as before.
_GATE_SCAN = lazy_compile(
    rf"\b(?=[{_FIRST_LETTERS}])"
    + _trie_pattern(_ALL_GATE_WORDS, {found: _screen(found) for found in _ALL_GATE_WORDS if _screened(found)}),
    re.ASCII,
)


def _contact_zone_call(rule: rules.CtaRule, masked: str) -> bool:
    """In a contact section only the public's line and whole imperative sentences count."""
    if rule.id in rules.CONTACT_ZONE_LINE_RULES:
        return True
    return len(masked.split()) >= rules.CONTACT_ZONE_MIN_WORDS and rules.CONTACT_ZONE_VERBS.match(masked) is not None


def _acceptable(rule: rules.CtaRule, masked: str, lowered: str, reading: int, target: str | None) -> bool:
    """Exclusions no cue overrides: reported demands, pointers into the document, legal text, site furniture."""
    if _search(rules.NEVER_A_CALL_READINGS, masked, lowered, reading):
        return False
    if rule.kind == "demand" and _search(rules.REPORTED_SPEECH_READINGS, masked, lowered, reading):
        return False
    return target is not None or not _search(rules.SELF_POINTER_READINGS, masked, lowered, reading)


def _channel(masked: str, lowered: str, reading: int) -> bool:
    return _search(rules.CHANNEL_READINGS, masked, lowered, reading) is not None


def _search(patterns: rules.Readings, text: str, lowered: str, reading: int) -> re.Match[str] | None:
    """`patterns.printed.search(text)`, by a lower-case twin on `lowered` (`text.lower()`) where it matches alike.

    `reading` is `_reading(text, lowered)`, worked out once by the caller for all its searches.
    """
    if not reading:
        return patterns.printed.search(text)
    if not holds_any(lowered, patterns.words):
        return None  # every match holds one of the words
    return patterns[reading].search(lowered)


def _reading(text: str, lowered: str) -> int:
    """Which of `rules.readings` matches `text` (as printed, 0) alike and cheapest: its lower-case twins on `lowered`.

    A unit's white space is collapsed to plain spaces: on ASCII text the ASCII twins (2) match alike;
    on other text the Unicode ones (1) do unless lowering moved offsets or met a letter a case-blind
    "i" or "s" matches but lowering leaves apart ("ı", "ſ"). Those are UNLOWERED but "İ", which
    lowers to two characters and so fails the length test first: testing all three answers alike.
    """
    if text.isascii():
        return 2
    if len(lowered) != len(text) or holds_any(text, UNLOWERED):
        return 0
    return 1


def _kind(rule: rules.CtaRule, match: re.Match[str], masked: str, lowered: str, reading: int) -> str:
    if rule.kind == "demand":
        return "demand"
    # The first topic in the table's order decides, not the first in the text.
    for kind, patterns in rules.TOPIC_KINDS_READINGS:
        if _search(patterns, masked, lowered, reading):
            return kind
    groups = match.groupdict()
    verb = groups.get("verb") or groups.get("verb2")
    # One match tries the verb kinds in the table's order: the group that matched names the first kind.
    verb_kind = rules.VERB_KIND.match(verb) if verb else None
    if verb_kind is not None:
        return verb_kind.lastgroup  # type: ignore[return-value]
    return rule.kind if rule.kind in CTA_KINDS else "other"


def _window_calls(masked: str, unit: _Unit, active: tuple[rules.CtaRule, ...]) -> list[CallToAction]:
    """Calls to action in a text whose punctuation was stripped: a window of words around each cue."""
    lowered = masked.lower()
    cues = sorted(
        (match.start(), order, match)
        for order, rule in enumerate(active)
        if not rule.needs_target
        and _gate_open(rule, lowered)
        and (unit.zone is not Zone.CONTACT or _contact_zone_call(rule, masked))
        # No more windows than MAX_WINDOWS are kept, so no rule needs to offer more cues than that.
        for match in islice(_cues(rule, masked), rules.MAX_WINDOWS)
    )
    starts = [m.start() for m in _WORD.finditer(masked)]
    calls: list[CallToAction] = []
    covered_until = -1
    for start, order, match in cues:
        if start < covered_until:
            continue
        rule = active[order]
        at = bisect_right(starts, start) - 1
        first, last = max(0, at - rules.WINDOW_WORDS_BEFORE), min(len(starts), at + rules.WINDOW_WORDS_AFTER)
        end = starts[last] if last < len(starts) else len(masked)
        text = masked[starts[first] : end].strip()
        text_lowered = text.lower()
        reading = _reading(text, text_lowered)
        if not _acceptable(rule, text, text_lowered, reading, None):
            continue
        kind = _kind(rule, match, text, text_lowered, reading)
        calls.append(CallToAction(text=text, kind=kind, target=find_target(text, unit.links)))
        covered_until = end
        if len(calls) >= rules.MAX_WINDOWS:
            break
    return calls


# --- targets ---------------------------------------------------------------------------------------


def find_target(sentence: str, links: tuple[Link, ...] = ()) -> str | None:
    """The URL, email or phone a sentence points to: the first printed or linked, printed first on a tie."""
    printed = _printed_target(sentence)
    if not links:
        return None if printed is None else printed[1]
    candidates = _linked_targets(sentence, links)
    if printed is not None:
        candidates.append(printed)
    return min(candidates, key=lambda item: (item[0], item[2]))[1] if candidates else None


def _printed_target(sentence: str) -> tuple[int, str, int] | None:
    """The earliest address printed, and its shape's order: on a tie the shape tried first wins."""
    best: tuple[int, str, int] | None = None
    for order, (pattern, sign, reach, spaceless) in enumerate(rules.TARGET_SHAPES):
        signed = sign.search(sentence)
        if signed is None:
            continue
        first = signed.start()
        start = max(0, first - reach, sentence.rfind(" ", 0, first) + 1 if spaceless else 0)
        if best is not None and start >= best[0]:
            continue  # every address of this shape starts there or later: none comes before the one found
        for match in pattern.finditer(sentence, start):
            value = match.group().rstrip(rules.TRAILING_PUNCTUATION)
            if pattern is not rules.PHONE or _phone_like(value):
                if best is None or match.start() < best[0]:
                    best = (match.start(), value, order)
                break
    return best


def _phone_like(value: str) -> bool:
    digits = sum(map(str.isdigit, value))
    low, high = rules.PHONE_DIGITS
    # Dates ("2021/01/14") and amounts split by single separators are not phones.
    return low <= digits <= high and "/" not in value and not rules.DATE_LIKE.match(value)


def _linked_targets(sentence: str, links: tuple[Link, ...]) -> list[tuple[int, str, int]]:
    found: list[tuple[int, str, int]] = []
    for link in links:
        # Most links of a unit stand in another of its sentences: the cheap test first.
        at = sentence.find(link.text) if link.text else -1
        if at >= 0 and not rules.DEAD_LINK.match(link.url):
            found.append((at, _link_value(link.url), _LINK_ORDER))
    return found


_LINK_ORDER = 9  # on a tie of position, what is printed wins over where its link leads


def _link_value(url: str) -> str:
    lowered = url.lower()
    for scheme in ("mailto:", "tel:"):
        if lowered.startswith(scheme):
            url = url[len(scheme) :]
    if "@" in url and "://" not in url:  # a mail link keeps its address, not its ?subject=
        url = url.split("?")[0]
    return url.strip()
