"""Patterns shared by several rule tables and extractors, and helpers that build regular expressions for the rule tables."""

from __future__ import annotations

import re
from collections.abc import Callable

# Any digit: one C scan, far cheaper than a date, phone or address pattern on the text without one
# that it screens out. Compiled at import (a lazy pattern's method costs ~50 ns more a call).
DIGIT = re.compile(r"\d")
LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: a word without digits
# The longest name before an e-mail address's "@" (a local part, RFC 5321): every e-mail pattern
# allows this much, and a scan for one starts this far before its "@".
EMAIL_NAME_MAX = 64


def alternation(words: list[str], pattern_of: Callable[[str], str], *, ignore_case: bool = False) -> str:
    """A regex alternation of `words`, each written as `pattern_of(word)`, gathered under each first letter.

    The regex engine tries an alternation's branches one by one: with a hundred names, a hundred at
    every position it reaches, though only the names of one first letter can match there. Gathered
    under their first letter, names keep their order within it, so what matches is what the flat
    alternation of the same names matches. For a pattern compiled with IGNORECASE (`ignore_case`),
    first letters are told apart case-blind. `pattern_of` must write a word's first character as
    `re.escape` does.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1].casefold() if ignore_case else word[:1], []).append(word)
    branches = []
    for group in groups.values():
        rests = []
        for word in group:
            pattern, first = pattern_of(word), re.escape(word[0])
            if not pattern.startswith(first):
                raise ValueError(f"pattern of {word!r} does not start with its first character")
            rests.append(pattern[len(first) :])
        branches.append(re.escape(group[0][0]) + "(?:" + "|".join(rests) + ")")
    return "(?:" + "|".join(branches) + ")"
