"""When a predicted value counts as the gold one: the matching rules of the gold format (GOLD.md).

Every function here is pure and total: `None` stands for "not given" on either side, and no
input raises. Text is compared in a normal form (Unicode NFKC, case folded, one kind of quote
mark and dash, collapsed white space, outer punctuation trimmed); lists of passages are compared
as bags of word tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

# Typographic variants that carry no meaning for a reader: curly and angled quotes, primes,
# hyphens and dashes of every width.
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_UNIFIED_MARKS = str.maketrans(
    {**dict.fromkeys(_DOUBLE_QUOTES, '"'), **dict.fromkeys(_SINGLE_QUOTES, "'"), **dict.fromkeys(_DASHES, "-")}
)
_OUTER_PUNCTUATION = " .,;:-'\"()[]"
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_NOT_WORD = re.compile(r"\W")
_NOT_DIGIT = re.compile(r"\D")
# A byline names the same people however they are joined: "A, B and C" = "A; B & C".
_NAME_JOINERS = re.compile(r";|,|&|\band\b")

PHONE_KEY_DIGITS = 9  # the last nine digits name a number whatever its country prefix
PHONE_MIN_DIGITS = 7  # fewer digits is an extension or a fragment, not a phone number
HALF = 0.5  # "covers at least half of its words"
# A predicted quote is a part of a gold passage when most of its words (60 %) lie inside it:
# the parser may have split or joined passages differently.
PART_OF_PASSAGE = 0.6


def normalise(value: object) -> str | None:
    """The comparable form of a text value; `None` for a missing or punctuation-only value.

    Example:
        >>> normalise("  \u201cAcme\u2014Corp.\u201d ")
        'acme-corp'
    """
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).translate(_UNIFIED_MARKS).casefold()
    return _SPACES.sub(" ", text).strip(_OUTER_PUNCTUATION) or None


def words(value: object) -> list[str]:
    """The word tokens of a value in its normal form (an empty list for `None`)."""
    return _WORD.findall(normalise(value) or "")


def same_text(gold: object, predicted: object) -> bool:
    """Equal in normal form; two missing values are equal."""
    return normalise(gold) == normalise(predicted)


def people(value: object) -> set[str]:
    """The names a byline lists, however joined; a lone "By ..." fragment is not a name."""
    parts = (normalise(part) for part in _NAME_JOINERS.split(normalise(value) or ""))
    names = {part for part in parts if part and not part.startswith("by ")}
    whole = normalise(value)
    return names or ({whole} if whole else set())


def same_people(gold: object, predicted: object) -> bool:
    """Bylines: equal as written, or the same set of names joined differently."""
    if same_text(gold, predicted):
        return True
    return gold is not None and predicted is not None and people(gold) == people(predicted)


def same_place(gold: object, predicted: object) -> bool:
    """Dateline locations: the city parts (before the first comma) contain one another."""
    gold_text, predicted_text = normalise(gold), normalise(predicted)
    if gold_text is None or predicted_text is None:
        return gold_text == predicted_text
    gold_city, predicted_city = gold_text.split(",")[0].strip(), predicted_text.split(",")[0].strip()
    return gold_city in predicted_city or predicted_city in gold_city


def letters_and_digits(value: object) -> str | None:
    """Only the letters and digits of a value's normal form ("PR Newswire" -> "prnewswire")."""
    return _NOT_WORD.sub("", normalise(value) or "") or None


def same_wire(gold: object, predicted: object) -> bool:
    """Wire services: equal once everything but letters and digits is dropped."""
    return letters_and_digits(gold) == letters_and_digits(predicted)


def same_date(gold: object, predicted: object) -> bool:
    """Dates: equal ISO dates; an empty value is a missing one."""
    return (gold or None) == (predicted or None)


def word_bag(texts: Iterable[object]) -> Counter[str]:
    """All word tokens of several passages, with their counts."""
    return Counter(word for text in texts for word in words(text))


def coverage(container: object, passage: object) -> float:
    """The share of `passage`'s words (counted with repeats) that `container` also holds."""
    wanted = Counter(words(passage))
    total = sum(wanted.values())
    return sum((Counter(words(container)) & wanted).values()) / total if total else 0.0


def last_name(name: object) -> str | None:
    """The last word of a name in normal form: speakers match on it."""
    tokens = words(name)
    return tokens[-1] if tokens else None


def phone_key(printed: object) -> str | None:
    """The last nine digits of a printed phone number; `None` when it has too few digits."""
    digits = _NOT_DIGIT.sub("", str(printed or ""))
    return digits[-PHONE_KEY_DIGITS:] if len(digits) >= PHONE_MIN_DIGITS else None


def predicted_speaker(quote: Mapping[str, Any]) -> object:
    """The speaker's name of a predicted quote (its `speaker` is an object or null)."""
    speaker = quote.get("speaker")
    return speaker.get("name") if isinstance(speaker, Mapping) else speaker


def speaker_right(gold_quote: Mapping[str, Any], predicted_quotes: list[Mapping[str, Any]]) -> bool:
    """Whether the parser gave a gold quote's words to the same speaker (same last name).

    The predicted quotes lying mostly inside the gold passage decide when together they cover at
    least half of it: most of their words must carry the speaker. Otherwise the one predicted
    quote covering most of the passage decides, if it covers at least half of it.
    """
    wanted = last_name(gold_quote.get("speaker"))
    text = gold_quote.get("text")
    parts = [q for q in predicted_quotes if q.get("text") and coverage(text, q.get("text")) >= PART_OF_PASSAGE]
    if parts and coverage(" ".join(str(q["text"]) for q in parts), text) >= HALF:
        right = sum(len(words(q["text"])) for q in parts if last_name(predicted_speaker(q)) == wanted)
        return right * 2 > sum(len(words(q["text"])) for q in parts)
    best = best_cover(text, predicted_quotes)
    return (
        best is not None and coverage(best.get("text"), text) >= HALF and last_name(predicted_speaker(best)) == wanted
    )


def best_cover(passage: object, candidates: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The candidate whose text covers most of `passage` (the first on a tie); `None` if none."""
    return max(candidates, key=lambda c: coverage(c.get("text"), passage), default=None)
