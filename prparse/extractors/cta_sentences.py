"""Calls to action, the text mechanics: where the sentences of a paragraph end, and which passages are quoted.

Kept apart from the cue rules in `calls_to_action`: these know nothing of calls to action, only of
full stops after abbreviations and of quote marks that open and close.
"""

from __future__ import annotations

from prparse.rules import cta as rules

_OPENERS = rules.QUOTE_PAIRS


def split_sentences(text: str, until: int | None = None) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of one paragraph, up to the one holding offset `until`.

    A full stop after a title, a month or an initial ("Dr.", "Jan.", "E.") never ends a sentence;
    after a company suffix or a dotted acronym ("Inc.", "U.S.") only when a plain opener follows.
    URLs and emails hold no white space after their dots, so they never split.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    last = len(text) if until is None else until
    breaks = rules.SENTENCE_BREAK if "!" in text or "?" in text else rules.FULL_STOP_BREAK
    for match in breaks.finditer(text):
        stop, end = match.span()
        if _is_break(text, max(start, stop - 16), stop, end):
            spans.append((start, end))
            start = end
            if start > last:  # a break never depends on the breaks after it: the rest is not needed
                return spans
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _is_break(text: str, low: int, stop: int, end: int) -> bool:
    """Whether the candidate break `text[stop:end]` ends a sentence, its word read no further back than `low`."""
    if stop - rules.LONG_WORD >= low and text[stop - rules.LONG_WORD : stop].isalpha():
        # The word before the stop holds these letters: longer than any abbreviation, it ends a sentence.
        return True
    word = _word_before(text, low, stop, end)
    if word is None:
        return True
    if word in rules.NO_BREAK_ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    if word.isdigit() and len(word) <= 2:
        following = rules.FIRST_WORD.match(text, end, end + 40)
        return following is None or following.group(1).lower() not in rules.MONTH_NAMES
    if word in rules.SUFFIX_ABBREVIATIONS or _dotted_acronym(word):
        following = rules.FIRST_WORD.match(text, end, end + 40)
        return following is not None and following.group(1).lower() in rules.SENTENCE_OPENERS
    return True


def _word_before(text: str, low: int, stop: int, end: int) -> str | None:
    """The word before the candidate break `text[stop:end]` as WORD_BEFORE_DOT reads it from `low`, lower case."""
    space = text.rfind(" ", low, stop)
    if 0 <= space and stop - space <= 13 and text[space + 1 : stop].isalpha() and "‘" not in text[stop:end]:
        # At most 12 letters after a space, then the break: the pattern's match opens after the space
        # (a space cannot stand before its stops) and reads these letters, its dots stripped. A "‘" in
        # the break is one mark the pattern does not read past.
        return text[space + 1 : stop].lower()
    last = rules.WORD_BEFORE_DOT.search(text, low, end)
    return None if last is None else last.group(1).lower().rstrip(".")


def _dotted_acronym(word: str) -> bool:
    """Dotted acronyms ("U.S", "e.g", "z.B") have short parts; "northwind.com" is a domain and may end a sentence."""
    return "." in word and all(len(part) <= 2 for part in word.split("."))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that lie between quote marks (an unclosed quote runs to the end).

    Straight quotes are told apart by their neighbours: one after a space opens, one before a
    space closes; a paragraph of a long quote may open again without closing first.
    """
    spans: list[tuple[int, int]] = []
    opener: str | None = None
    start = 0
    for match in rules.QUOTE_MARK.finditer(text):
        mark, at = match.group(), match.start()
        if opener is None:
            if mark in rules.QUOTE_OPENERS and _opens(mark, text, at):
                opener, start = mark, at
        elif _closes(opener, mark, text, at):
            spans.append((start, at + 1))
            opener = None
    if opener is not None:
        spans.append((start, len(text)))
    return spans


def _opens(mark: str, text: str, at: int) -> bool:
    if mark in _OPENERS:
        return True
    before = text[at - 1] if at else " "
    after = text[at + 1 : at + 2]
    if mark == "‘":  # a single quote opens only before a word: "‘Yes’", not "the ’90s"
        return (before.isspace() or before in "([—–-/") and after.isalnum()
    return mark == '"' and (before.isspace() or before in "([—–-/") and after.strip() != ""


def _closes(opener: str, mark: str, text: str, at: int) -> bool:
    if opener == "‘":  # "don’t" holds a ’ between letters: only a ’ before a non-letter closes
        return mark == "’" and not text[at + 1 : at + 2].isalnum()
    if mark in "‘’":
        return False
    if mark == '"':
        # `"A. "B.` re-opens inside an open quote: a mark after a space, before a word, opens again.
        before = text[at - 1] if at else " "
        return not (before.isspace() and text[at + 1 : at + 2].isalnum())
    if mark == "”":
        return opener in ('"', "“", "„")
    if mark == "“":
        return opener == "„"
    return mark == _OPENERS.get(opener)
