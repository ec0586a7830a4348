"""Calls to action: the sentences of a release that ask the reader, or a named party, to act.

The release is read sentence by sentence in its body, its "About" sections and (for the public's
line and wire notes only) its contact section. A sentence is a call to action when a cue rule of
`prparse.rules.cta` matches it with its quoted passages blanked out: a demand inside quote marks
belongs to the speaker's quote, not to the issuer's calls to action.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from prparse.document import Block, BlockKind, Document, Link, Zone
from prparse.extractors.cta_sentences import quote_spans, split_sentences
from prparse.model import CTA_KINDS, CallToAction
from prparse.normalise import has_words
from prparse.rules import cta as rules

__all__ = ["extract_calls_to_action", "find_target", "quote_spans", "split_sentences"]

_ZONES = (Zone.BODY, Zone.ABOUT, Zone.CONTACT)
_TERMINAL = rules.CLOSED_LINE_ENDINGS
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class _Unit:
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
    return len(text) >= rules.MIN_REPEAT_CHARS and any(
        prior.text.endswith(text) or (len(prior.text) >= rules.MIN_REPEAT_CHARS and text.endswith(prior.text))
        for prior in found
    )


# --- which text is read ----------------------------------------------------------------------------


def _units(doc: Document) -> list[_Unit]:
    """The blocks that may hold a call to action, with paragraphs broken mid-sentence rejoined."""
    units: list[_Unit] = []
    for block in doc.blocks[_first_prose(doc) :]:
        if block.zone not in _ZONES or block.kind in (BlockKind.HEADING, BlockKind.RULE):
            continue
        flat = block.flat
        if _all_links(block, flat):
            continue
        for piece in _pieces(block, flat):
            previous = units[-1] if units else None
            if previous is not None and _continues(previous, block.zone, piece):
                units[-1] = _Unit(previous.zone, f"{previous.text} {piece}", previous.links + block.links)
            else:
                units.append(_Unit(block.zone, piece, block.links))
    return units


def _pieces(block: Block, flat: str) -> list[str]:
    """A contact section is laid out line by line: each line is read on its own (or rejoined)."""
    if block.zone is not Zone.CONTACT or "\n" not in block.text:
        return [flat]
    return [line for line in (" ".join(raw.split()) for raw in block.lines) if line]


def _first_prose(doc: Document) -> int:
    """Index of the first prose paragraph: what stands before it is headline, deck and date lines.

    A bold first paragraph counts as prose: releases print their lead in bold, and a deck is rarely
    a long finished sentence.
    """
    for block in doc.blocks:
        if block.zone is Zone.BODY and block.kind is not BlockKind.HEADING:
            text = block.text.rstrip()
            if text[-1:] in _TERMINAL and has_words(text, rules.FIRST_PROSE_WORDS):
                return block.index
    return 0


def _all_links(block: Block, flat: str) -> bool:
    """A block that is all link text is navigation or a link list, not a sentence."""
    return bool(block.links) and sum(len(link.text or "") for link in block.links) >= 0.9 * len(flat)


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
        if q_end <= pos or q_start >= end:
            continue
        pieces.append(text[pos : max(pos, q_start)])
        pieces.append(f" {rules.QUOTE_PLACEHOLDER} ")
        pos = min(end, q_end)
    pieces.append(text[pos:end])
    return "".join(pieces).strip()


def _quoted_share(start: int, end: int, quotes: list[tuple[int, int]]) -> float:
    inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quotes)
    return inside / max(1, end - start)


# --- classifying ------------------------------------------------------------------------------------


def _unit_calls(unit: _Unit, read: set[str]) -> list[CallToAction]:
    text = unit.text
    gates = _gate_hits(text, unit.zone)
    if gates == ([], []):
        return []  # no rule can match a paragraph without a single gate word
    active = _ZONE_RULES[unit.zone]
    quotes = quote_spans(text) if any(mark in text for mark in rules.QUOTE_CHARS) else []
    calls: list[CallToAction] = []
    # Sentences after the last gate word cannot match: they are not split off.
    for start, end in split_sentences(text, None if gates is None else gates[0][-1]):
        words_here = _words_between(gates, start, end)
        if words_here is not None and not words_here:
            continue
        sentence = text[start:end].strip().lstrip(rules.LEADING_SYMBOLS)
        if sentence in read:
            continue
        read.add(sentence)
        words = len(sentence.split())
        if _too_short(words, len(sentence) == len(text), unit.zone) and not rules.TARGET_HINT.search(sentence):
            continue
        if quotes and _quoted_share(start, end, quotes) > 0.6:
            continue
        masked = _masked(text, start, end, quotes) if quotes else sentence
        if words > rules.MAX_SENTENCE_WORDS:
            calls.extend(_window_calls(masked, unit, active))
            continue
        call = _classify(sentence, masked, unit, words_here)
        if call is not None:
            calls.append(call)
    return calls


def _gate_hits(text: str, zone: Zone) -> tuple[list[int], list[str]] | None:
    """Where the gate words of a paragraph that open a rule of its zone stand; None when lower-casing moved offsets.

    A word that opens a rule only at a site (an imperative verb heading its sentence) also yields
    the keys of those rules when the text just before it is such a site.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    positions: list[int] = []
    found: list[str] = []
    opened, sites_opened = _OPENED_IN_ZONE[zone], _SITES_IN_ZONE[zone]
    for match in _gate_matches(lowered):
        at, word = match.start(), match.group()
        if opened[word]:
            positions.append(at)
            found.append(word)
        for site, keys in sites_opened.get(word, ()):
            if _at_site(site, lowered, at):
                positions.extend([at] * len(keys))
                found.extend(keys)
    return positions, found


def _gate_matches(lowered: str) -> list[re.Match[str]]:
    """The gate words of `lowered`, by the cheaper ASCII-mode scan whenever it finds what the Unicode one finds.

    Every gate word opens on an ASCII letter, so a word start in Unicode mode is one in ASCII mode;
    ASCII mode only sees more of them, after a non-ASCII letter or digit ("über" holds none at "b").
    Unless one of its matches stands at such a start, it finds each match the Unicode scan finds.
    """
    matches = list(_GATE_WORDS_ASCII.finditer(lowered))
    if lowered.isascii() or all(_unicode_word_start(lowered, match.start()) for match in matches):
        return matches
    return list(_GATE_WORDS.finditer(lowered))


def _unicode_word_start(lowered: str, at: int) -> bool:
    """Whether an ASCII-mode word start is one in Unicode mode: no non-ASCII letter or digit stands before it."""
    before = lowered[at - 1 : at]  # ASCII mode saw no ASCII letter, digit or "_" there
    return before.isascii() or not before.isalnum()


def _at_site(site: rules.Site, lowered: str, at: int) -> bool:
    # A gate word stands at a word start, so a character just before it that is not white space
    # is punctuation: a site. Only white space before the word (a paragraph's start) is one too,
    # however far back the text goes; a word before it must be one a site may end on.
    if not at or not lowered[at - 1].isspace():
        return True
    low = max(0, at - rules.SITE_CHARS)
    before = lowered[low:at].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] == "_"):
        return True
    return before.endswith(site.words) and site.pattern.search(lowered, low, at) is not None


def _words_between(gates: tuple[list[int], list[str]] | None, start: int, end: int) -> set[str] | None:
    if gates is None:
        return None
    positions, found = gates
    return set(found[bisect_left(positions, start) : bisect_left(positions, end)])


def _too_short(words: int, standalone: bool, zone: Zone) -> bool:
    if zone is Zone.CONTACT or not standalone:
        return words < rules.MIN_WORDS
    return words < rules.MIN_STANDALONE_WORDS


def _classify(sentence: str, masked: str, unit: _Unit, gate_words: set[str] | None = None) -> CallToAction | None:
    """The call to action `sentence` makes, or None; `gate_words` are its gate words when already known."""
    lowered = masked.lower()
    target: str | None = None
    target_known = False
    if gate_words is None:
        gate_words = set(_GATE_WORDS.findall(lowered))
    # A unit's white space is collapsed to plain spaces: on ASCII text the rules' lower-case twins match alike.
    cue_rules, subject = (rules.CTA_RULES_LOWER, lowered) if masked.isascii() else (rules.CTA_RULES, masked)
    for rule in _candidates(unit.zone, gate_words, cue_rules):
        if rule.gate_at_end and not _gate_open(rule, lowered):
            continue
        if unit.zone is Zone.CONTACT and not _contact_zone_call(rule, masked):
            continue
        match = _cue(rule, masked if rule.cased else subject)
        if match is None:
            continue
        if not target_known:  # targets are looked for only once a cue has matched
            target, target_known = find_target(sentence, unit.links), True
        if target is None and ((rule.needs_target and not _channel(masked, lowered)) or not _finished(sentence)):
            continue
        if _acceptable(rule, masked, lowered, target):
            return CallToAction(text=sentence, kind=_kind(rule, match, masked, lowered), target=target)
    return None


def _candidates(zone: Zone, gate_words: set[str], cue_rules: tuple[rules.CtaRule, ...]) -> list[rules.CtaRule]:
    """The rules of `zone` worth trying, in priority order: ungated ones and those a gate word opens.

    One regex pass finds every gate word, instead of one scan of the sentence per word.
    """
    opened: set[int] = set()
    for word in gate_words:
        opened |= _RULES_OPENED_BY[word]
    return [cue_rules[i] for i in sorted(opened.union(_UNGATED) & _ZONE_POSITIONS[zone])]


def _gate_open(rule: rules.CtaRule, lowered: str) -> bool:
    if not rule.gate:
        return True
    if rule.gate_at_end:
        lowered = lowered[-rules.END_GATE_CHARS :]
    return any(map(lowered.__contains__, rule.gate))


def _cue(rule: rules.CtaRule, masked: str) -> re.Match[str] | None:
    """The rule's first cue in `masked`, with its subject before it when the rule wants one."""
    if rule.before is None:
        return rule.pattern.search(masked)
    return next(_cues(rule, masked), None)


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


def _trie_pattern(words: list[str]) -> str:
    """One regex for many words, factored by shared beginnings so each position tries one branch."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_branch(trie)


def _trie_branch(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_branch(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word that ends here while longer ones go on: the rest is optional (the longest match wins).
    return f"(?:{body})?" if "" in node else body


_ALL_GATE_WORDS = sorted({word for rule in rules.CTA_RULES for word in rule.gate})
# Gate words are word beginnings: testing word starts only is what keeps this pass cheap. The class
# of first letters turns away the ends of words (boundaries too) in one test, before the trie.
_FIRST_LETTERS = re.escape("".join(sorted({word[0] for word in _ALL_GATE_WORDS})))
_GATE_WORDS = re.compile(rf"\b(?=[{_FIRST_LETTERS}])" + _trie_pattern(_ALL_GATE_WORDS))
_GATE_WORDS_ASCII = re.compile(_GATE_WORDS.pattern, re.ASCII)
# A match is the longest gate word at its place; it opens every rule gated by a word it contains.
# A gate word opens the rules it gates without a site at once; a rule with a site, under a key of
# its own (no word can equal it), only where the site check passes.
_RULES_OPENED_BY = {
    found: frozenset(
        i for i, rule in enumerate(rules.CTA_RULES) if rule.site is None and any(word in found for word in rule.gate)
    )
    for found in _ALL_GATE_WORDS
}
_RULES_OPENED_BY.update({f"<{rule.id}>": frozenset((i,)) for i, rule in enumerate(rules.CTA_RULES) if rule.site})
_SITES_OPENED_BY = {
    found: tuple(
        (rule.site, f"<{rule.id}>")
        for rule in rules.CTA_RULES
        if rule.site is not None and any(word in found for word in rule.gate)
    )
    for found in _ALL_GATE_WORDS
}
_UNGATED = frozenset(i for i, rule in enumerate(rules.CTA_RULES) if not rule.gate)
_ZONE_POSITIONS = {
    zone: frozenset(i for i, rule in enumerate(rules.CTA_RULES) if _zone_allows(rule, zone)) for zone in _ZONES
}
# Whether a gate word (or site key) opens a rule the zone uses: in a contact section most do not.
_OPENED_IN_ZONE = {
    zone: {found: bool(opened & _ZONE_POSITIONS[zone]) for found, opened in _RULES_OPENED_BY.items()} for zone in _ZONES
}


def _sites_in_zone(zone: Zone) -> dict[str, tuple[tuple[rules.Site, tuple[str, ...]], ...]]:
    """Gate word -> each site it must stand at, with the keys of the zone's rules that site opens.

    Rules sharing a site (the imperative ones) are grouped so that a word's site is checked once.
    """
    table: dict[str, tuple[tuple[rules.Site, tuple[str, ...]], ...]] = {}
    for found, sites in _SITES_OPENED_BY.items():
        keys_by_site: dict[rules.Site, list[str]] = {}
        for site, key in sites:
            if _OPENED_IN_ZONE[zone][key]:
                keys_by_site.setdefault(site, []).append(key)
        if keys_by_site:
            table[found] = tuple((site, tuple(keys)) for site, keys in keys_by_site.items())
    return table


_SITES_IN_ZONE = {zone: _sites_in_zone(zone) for zone in _ZONES}


def _contact_zone_call(rule: rules.CtaRule, masked: str) -> bool:
    """In a contact section only the public's line and whole imperative sentences count."""
    if rule.id in rules.CONTACT_ZONE_LINE_RULES:
        return True
    return len(masked.split()) >= rules.CONTACT_ZONE_MIN_WORDS and rules.CONTACT_ZONE_VERBS.match(masked) is not None


def _acceptable(rule: rules.CtaRule, masked: str, lowered: str, target: str | None) -> bool:
    """Exclusions no cue overrides: reported demands, pointers into the document, legal text, site furniture."""
    if _search(rules.NEVER_A_CALL, rules.NEVER_A_CALL_LOWER, masked, lowered):
        return False
    if rule.kind == "demand" and _search(rules.REPORTED_SPEECH, rules.REPORTED_SPEECH_LOWER, masked, lowered):
        return False
    return target is not None or not _search(rules.SELF_POINTER, rules.SELF_POINTER_LOWER, masked, lowered)


def _channel(masked: str, lowered: str) -> bool:
    return _search(rules.CHANNEL, rules.CHANNEL_LOWER, masked, lowered) is not None


def _search(pattern: re.Pattern[str], twin: re.Pattern[str], text: str, lowered: str) -> re.Match[str] | None:
    """`pattern.search(text)`, by its lower-case twin on `lowered` (`text.lower()`) when `text` is ASCII.

    A unit's text, white space collapsed, matches alike that way, at about half the cost.
    """
    return twin.search(lowered) if text.isascii() else pattern.search(text)


def _kind(rule: rules.CtaRule, match: re.Match[str], masked: str, lowered: str) -> str:
    if rule.kind == "demand":
        return "demand"
    # The first topic in the table's order decides, not the first in the text.
    if _search(rules.ANY_TOPIC, rules.ANY_TOPIC_LOWER, masked, lowered):
        for kind, pattern in rules.TOPIC_KINDS:
            if pattern.search(masked):
                return kind
    verb = next((v for v in (match.groupdict().get("verb"), match.groupdict().get("verb2")) if v), None)
    if verb is not None:
        for kind, pattern in rules.VERB_KINDS:
            if pattern.match(verb):
                return kind
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
        if not _acceptable(rule, text, text_lowered, None):
            continue
        kind = _kind(rule, match, text, text_lowered)
        calls.append(CallToAction(text=text, kind=kind, target=find_target(text, unit.links)))
        covered_until = end
        if len(calls) >= rules.MAX_WINDOWS:
            break
    return calls


# --- targets ---------------------------------------------------------------------------------------


def find_target(sentence: str, links: tuple[Link, ...] = ()) -> str | None:
    """The URL, email or phone a sentence points to: the first printed or linked, printed first on a tie."""
    candidates = _printed_targets(sentence) + _linked_targets(sentence, links)
    return min(candidates, key=lambda item: (item[0], item[2]))[1] if candidates else None


def _printed_targets(sentence: str) -> list[tuple[int, str, int]]:
    """The first address of each shape; the earliest wins, an email before the domain inside it."""
    found: list[tuple[int, str, int]] = []
    for order, (pattern, sign) in enumerate(rules.TARGET_SHAPES):
        if sign.search(sentence) is None:
            continue
        for match in pattern.finditer(sentence):
            value = match.group().rstrip(rules.TRAILING_PUNCTUATION)
            if pattern is not rules.PHONE or _phone_like(value):
                found.append((match.start(), value, order))
                break
    return found


def _phone_like(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    low, high = rules.PHONE_DIGITS
    # Dates ("2021/01/14") and amounts split by single separators are not phones.
    return low <= digits <= high and "/" not in value and not rules.DATE_LIKE.match(value)


def _linked_targets(sentence: str, links: tuple[Link, ...]) -> list[tuple[int, str, int]]:
    found: list[tuple[int, str, int]] = []
    for link in links:
        if not link.text or rules.DEAD_LINK.match(link.url):
            continue
        at = sentence.find(link.text)
        if at >= 0:
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
