"""Per-field scores of parser output against gold annotations, and the misses behind them.

One document is scored by `score_document` (gold object, predicted object -> counts and misses);
`summarise` adds the counts of many documents up (micro-averaged: every value or word weighs the
same, whichever document it is in). Single values (headline, dateline parts, byline, issuer,
quote speakers) get an accuracy; lists (quote words, calls to action, contact emails, phones,
names) get precision, recall and F1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from prparse.evaluate import matching as m

Json = Mapping[str, Any]


@dataclass(frozen=True)
class Accuracy:
    """How many single values were judged equal to the gold, of how many compared."""

    right: int = 0
    total: int = 0
    kind = "accuracy"

    @property
    def value(self) -> float:
        """The share right; 1.0 when there was nothing to compare."""
        return self.right / self.total if self.total else 1.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.right + other.right, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "right": self.right, "total": self.total}


@dataclass(frozen=True)
class Overlap:
    """Predicted items judged right and gold items found, for precision, recall and F1.

    For bags of words and sets the two numerators are equal (the shared items); calls to action
    count them separately because one predicted sentence can cover two gold ones.
    """

    right: int = 0  # predicted items judged right
    predicted: int = 0
    found: int = 0  # gold items found
    gold: int = 0
    kind = "f1"

    @property
    def precision(self) -> float:
        """Right over predicted; 1.0 when nothing was predicted."""
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Found over gold; 1.0 when the gold holds nothing."""
        return self.found / self.gold if self.gold else 1.0

    @property
    def value(self) -> float:
        """F1, the harmonic mean of precision and recall (0.0 when both are 0)."""
        both = self.precision + self.recall
        return 2 * self.precision * self.recall / both if both else 0.0

    def __add__(self, other: Overlap) -> Overlap:
        return Overlap(
            self.right + other.right, self.predicted + other.predicted, self.found + other.found, self.gold + other.gold
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.value,
            "right": self.right,
            "predicted": self.predicted,
            "found": self.found,
            "gold": self.gold,
        }


Score = Accuracy | Overlap


@dataclass(frozen=True)
class Miss:
    """One wrong or missed value: `expected` is None for a spurious one, `got` for a missed one."""

    document: str
    field: str
    expected: str | None
    got: str | None
    context: str | None = None  # for a quote's speaker: the quote's opening words


@dataclass(frozen=True)
class DocumentScore:
    """The counts of every field on one document, and its misses in field order."""

    document: str
    scores: dict[str, Score]
    misses: tuple[Miss, ...] = ()


@dataclass(frozen=True)
class Report:
    """Scores summed over a set of documents, in the order of `FIELDS`."""

    documents: int
    scores: dict[str, Score]
    misses: tuple[Miss, ...] = field(default=())


FieldResult = tuple[Score, list[Miss]]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _single(name: str, same: Callable[[object, object], bool], path: tuple[str, ...]) -> Callable[..., FieldResult]:
    """A scorer for one single value found at `path` in both objects (a null step means null)."""

    def score(gold: Json, predicted: Json, document: str) -> FieldResult:
        expected, got = _at(gold, path), _at(predicted, path)
        if same(expected, got):
            return Accuracy(1, 1), []
        return Accuracy(0, 1), [Miss(document, name, _text(expected), _text(got))]

    return score


def _at(data: Json, path: tuple[str, ...]) -> object:
    value: object = data
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def _items(data: Json, key: str) -> list[Json]:
    return [item for item in data.get(key) or [] if isinstance(item, Mapping)]


def score_quote_text(gold: Json, predicted: Json, document: str) -> FieldResult:
    """Bags of quoted words; misses are gold passages not wholly quoted and spurious quotes."""
    gold_texts = [q.get("text") for q in _items(gold, "quotes")]
    predicted_quotes = _items(predicted, "quotes")
    predicted_texts = [q.get("text") for q in predicted_quotes]
    gold_bag, predicted_bag = m.word_bag(gold_texts), m.word_bag(predicted_texts)
    shared = sum((gold_bag & predicted_bag).values())
    score = Overlap(shared, sum(predicted_bag.values()), shared, sum(gold_bag.values()))
    misses, shown = [], set()
    all_predicted, all_gold = " ".join(map(str, filter(None, predicted_texts))), " ".join(map(str, gold_texts))
    for text in gold_texts:
        if m.coverage(all_predicted, text) < 1.0:
            best = m.best_cover(text, predicted_quotes)
            got = best.get("text") if best is not None and m.coverage(best.get("text"), text) > 0 else None
            shown.add(got)
            misses.append(Miss(document, "quotes.text", _text(text), _text(got)))
    for text in predicted_texts:
        if text not in shown and m.words(text) and m.coverage(all_gold, text) < 1.0:
            misses.append(Miss(document, "quotes.text", None, _text(text)))
    return score, misses


def score_quote_speakers(gold: Json, predicted: Json, document: str) -> FieldResult:
    """Accuracy over the gold quotes that have a speaker."""
    predicted_quotes = _items(predicted, "quotes")
    score, misses = Accuracy(), []
    for quote in _items(gold, "quotes"):
        if not quote.get("speaker"):
            continue
        right = m.speaker_right(quote, predicted_quotes)
        score += Accuracy(int(right), 1)
        if not right:
            best = m.best_cover(quote.get("text"), predicted_quotes)
            got = m.predicted_speaker(best) if best is not None else None
            opening = " ".join(str(quote.get("text") or "").split()[:8])
            misses.append(Miss(document, "quotes.speaker", _text(quote["speaker"]), _text(got), opening))
    return score, misses


def score_calls_to_action(gold: Json, predicted: Json, document: str) -> FieldResult:
    """A gold call is found, and a predicted one right, when one covers half the other's words."""
    gold_texts = [c.get("text") for c in _items(gold, "calls_to_action")]
    predicted_texts = [c.get("text") for c in _items(predicted, "calls_to_action")]
    found = [any(m.coverage(p, g) >= m.HALF for p in predicted_texts) for g in gold_texts]
    right = [any(m.coverage(p, g) >= m.HALF for g in gold_texts) for p in predicted_texts]
    misses = [
        Miss(document, "calls_to_action", _text(g), None) for g, ok in zip(gold_texts, found, strict=True) if not ok
    ]
    misses += [
        Miss(document, "calls_to_action", None, _text(p))
        for p, ok in zip(predicted_texts, right, strict=True)
        if not ok
    ]
    return Overlap(sum(right), len(right), sum(found), len(found)), misses


def _emails(contact: Json) -> dict[str, str]:
    return {str(e).casefold(): str(e) for e in contact.get("emails") or []}


def _phones(contact: Json) -> dict[str, str]:
    """Phones by their key; a predicted phone is an object with `raw` and `e164`, a gold one a string."""
    keys = {}
    for phone in contact.get("phones") or []:
        printed = phone.get("raw") or phone.get("e164") if isinstance(phone, Mapping) else phone
        key = m.phone_key(printed)
        if key is not None:
            keys.setdefault(key, str(printed))
    return keys


def _names(contact: Json) -> dict[str, str]:
    key = m.normalise(contact.get("name"))
    return {key: str(contact["name"])} if key else {}


def _contact_set(name: str, keys_of: Callable[[Json], dict[str, str]]) -> Callable[..., FieldResult]:
    """A scorer comparing the set of one contact detail over all contacts of a document."""

    def score(gold: Json, predicted: Json, document: str) -> FieldResult:
        expected, got = _union(keys_of, _items(gold, "contacts")), _union(keys_of, _items(predicted, "contacts"))
        shared = len(expected.keys() & got.keys())
        misses = [Miss(document, name, expected[k], None) for k in expected if k not in got]
        misses += [Miss(document, name, None, got[k]) for k in got if k not in expected]
        return Overlap(shared, len(got), shared, len(expected)), misses

    return score


def _union(keys_of: Callable[[Json], dict[str, str]], contacts: list[Json]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for contact in contacts:
        for key, printed in keys_of(contact).items():
            merged.setdefault(key, printed)
    return merged


# Field name -> scorer, in report order (the order of the project's accuracy targets).
SCORERS: dict[str, Callable[[Json, Json, str], FieldResult]] = {
    "headline": _single("headline", m.same_text, ("headline",)),
    "subheadline": _single("subheadline", m.same_text, ("subheadline",)),
    "dateline.date": _single("dateline.date", m.same_date, ("dateline", "date")),
    "dateline.location": _single("dateline.location", m.same_place, ("dateline", "location")),
    "dateline.wire": _single("dateline.wire", m.same_wire, ("dateline", "wire")),
    "byline": _single("byline", m.same_people, ("byline",)),
    "issuer": _single("issuer", m.same_text, ("issuer",)),
    "quotes.text": score_quote_text,
    "quotes.speaker": score_quote_speakers,
    "calls_to_action": score_calls_to_action,
    "contacts.email": _contact_set("contacts.email", _emails),
    "contacts.phone": _contact_set("contacts.phone", _phones),
    "contacts.name": _contact_set("contacts.name", _names),
}
FIELDS: tuple[str, ...] = tuple(SCORERS)


def score_document(gold: Json, predicted: Json, document: str, fields: Iterable[str] = FIELDS) -> DocumentScore:
    """Score one parser output (the JSON object, or `{}` when parsing failed) against its gold.

    Example:
        >>> score_document({"headline": "Acme wins"}, {"headline": "ACME WINS."}, "001").scores["headline"]
        Accuracy(right=1, total=1)
    """
    scores, misses = {}, []
    for name in fields:
        scores[name], field_misses = SCORERS[name](gold, predicted, document)
        misses += field_misses
    return DocumentScore(document, scores, tuple(misses))


def summarise(documents: Iterable[DocumentScore]) -> Report:
    """Add up the counts of many scored documents, field by field."""
    totals: dict[str, Score] = {}
    misses: list[Miss] = []
    count = 0
    for document in documents:
        count += 1
        misses += document.misses
        for name, score in document.scores.items():
            totals[name] = totals[name] + score if name in totals else score  # type: ignore[operator]
    return Report(count, totals, tuple(misses))
