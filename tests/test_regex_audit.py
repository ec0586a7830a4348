"""Every regular expression in prparse runs in bounded time on inputs built to make it backtrack.

The audit finds every compiled `re.Pattern` the package holds at module level (in rules tables,
tuples, dicts and rule records too), reads each pattern's own structure and builds adversarial
subjects from it: long runs of each character a repeat consumes, the same runs after the literal
text that leads into them, a typical match with every repeat stretched long, and near-misses of
those (the last character cut or swapped for one nothing expects). A catastrophic (nested or
overlapping) quantifier takes exponential time on such input and a search that rescans a long run
from every start takes quadratic time; either fails here, and the fix is to rewrite the pattern
(bound the repeat, make alternatives disjoint), never to wrap it in a timeout.

Patterns built at run time from a name (speakers, issuer) are audited through their templates.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import time
from collections.abc import Iterator

import pytest

import prparse

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# On a subject this long an exponential or cubic pattern runs for minutes (the old byline tail:
# 11 s on 400 spaces), a linear one for a millisecond. A quadratic one (a rescan of a run from
# every start) takes a tenth of a second: tolerated, because patterns run on normalised lines
# whose runs of spaces are collapsed; bench/hostile.py times whole documents with 1 MB lines.
RUN = 1_000
BOUND_SECONDS = 1.0
# Characters a subject can be built from: what releases hold, plus the odd ones extractors key on.
POOL = (
    "aZ7 .,-:;'\"/@#()[]&_*+!?|<>=\n\t"
    "\u00e9\u00df\u00a0\u2009\u2013\u2014\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u00a9\u00ae\u2122\u20ac\u00b7"
    "AMbcdefghijklmnopqrstuvwxyzBCDEFGHIJKLNOPQRSTUVWXY0123456789$%^{}~`\\\r\x0b\x0c\u2028\u3000\u4e2d"
)
STRANGER = "\x00"  # no pattern expects it: the near-miss ending


def _walk(value: object, name: str, depth: int = 0) -> Iterator[tuple[str, re.Pattern[str]]]:
    if isinstance(value, re.Pattern):
        yield name, value
    elif depth >= 4 or isinstance(value, (str, bytes, int, float, type)):
        return
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, f"{name}[{k!r}]", depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, v in enumerate(value):
            yield from _walk(v, f"{name}[{i}]", depth + 1)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _walk(getattr(value, field.name), f"{name}.{field.name}", depth + 1)


def _dynamic_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Patterns the code builds around a name at run time, compiled as the code compiles them."""
    from prparse.extractors import issuer, issuer_lead, speakers
    from prparse.rules import quotes, wires

    yield "issuer_lead: name + _LONGER_NAME", re.compile(re.escape("Acme") + issuer_lead._LONGER_NAME)
    yield "issuer: initials_pattern", issuer.initials_pattern("UNHCR")
    yield "speakers: noun + BODY_NAME_TAIL", re.compile(speakers.word_pattern("Chair", quotes.BODY_NAME_TAIL))
    yield (
        "speakers: given name + FOLLOWING_SURNAME",
        re.compile(speakers.word_pattern("Eliza", quotes.FOLLOWING_SURNAME)),
    )
    yield "speakers: surname", re.compile(speakers.word_pattern("Doe", r"\b"))
    yield "wires.wire_key", re.compile(r"[\W_]+")
    yield "wires: name pattern", re.compile(wires._name_pattern("24-7 Press Release"))


def all_patterns() -> dict[str, re.Pattern[str]]:
    """Every distinct pattern, named by the first module attribute that holds it."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    modules = [prparse] + [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(prparse.__path__, "prparse.")
        if not info.name.endswith("__main__")  # importing it runs the command line
    ]
    for module in modules:
        for attribute, value in vars(module).items():
            if attribute.startswith("__"):
                continue
            for name, pattern in _walk(value, f"{module.__name__}.{attribute}"):
                found.setdefault(id(pattern), (name, pattern))
    for name, pattern in _dynamic_patterns():
        found.setdefault(id(pattern), (name, pattern))
    unique: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}
    for name, pattern in found.values():
        if isinstance(pattern.pattern, str):
            unique.setdefault((pattern.pattern, pattern.flags), (name, pattern))
    return dict(sorted(unique.values(), key=lambda item: item[0]))


# --- reading a pattern's structure ---------------------------------------------------------

_CATEGORY_TESTS = {
    sre_constants.CATEGORY_DIGIT: str.isdigit,
    sre_constants.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    sre_constants.CATEGORY_SPACE: str.isspace,
    sre_constants.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre_constants.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre_constants.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _in_class(items: list, char: str, ignore_case: bool) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            hit |= chr(av) == char or (ignore_case and chr(av).lower() == char.lower())
        elif op is sre_constants.RANGE:
            hit |= av[0] <= ord(char) <= av[1] or (
                ignore_case and any(av[0] <= ord(c) <= av[1] for c in (char.lower(), char.upper()) if len(c) == 1)
            )
        elif op is sre_constants.CATEGORY:
            hit |= bool(_CATEGORY_TESTS.get(av, lambda c: False)(char))
    return hit != negate


def _members(op, av, ignore_case: bool) -> list[str]:
    """Up to three pool characters one item matches (first the ASCII ones)."""
    if op is sre_constants.LITERAL:
        return [chr(av)]
    if op is sre_constants.NOT_LITERAL:
        return [c for c in POOL if ord(c) != av][:3]
    if op is sre_constants.ANY:
        return ["a", " ", "."]
    if op is sre_constants.IN:
        return [c for c in POOL if _in_class(av, c, ignore_case)][:3]
    return []


def _first_chars(tree, ignore_case: bool) -> list[str]:
    """Characters that can start a match of a sequence."""
    for op, av in tree:
        chars = _members(op, av, ignore_case)
        if chars:
            return chars
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, _POSSESSIVE):
            return _first_chars(av[2], ignore_case)
        if op is sre_constants.SUBPATTERN:
            return _first_chars(av[-1], ignore_case)
        if op is sre_constants.BRANCH:
            return [c for branch in av[1] for c in _first_chars(branch, ignore_case)[:1]]
        if op is _ATOMIC:
            return _first_chars(av, ignore_case)
    return []


_POSSESSIVE = getattr(sre_constants, "POSSESSIVE_REPEAT", object())
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", object())


def _example(tree, ignore_case: bool, stretch: int, choice: int) -> str:
    """A string shaped like a match: each repeat run `stretch` times (within its bounds)."""
    out: list[str] = []
    for op, av in tree:
        chars = _members(op, av, ignore_case)
        if chars:
            out.append(chars[choice % len(chars)])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, _POSSESSIVE):
            low, high = av[0], av[1]
            count = max(low, min(stretch, high if high != sre_constants.MAXREPEAT else stretch))
            body = _example(av[2], ignore_case, 2, choice)
            out.append(body * count if body else "")
        elif op is sre_constants.SUBPATTERN:
            out.append(_example(av[-1], ignore_case, stretch, choice))
        elif op is sre_constants.BRANCH:
            branches = av[1]
            out.append(_example(branches[choice % len(branches)], ignore_case, stretch, choice))
        elif op is _ATOMIC:
            out.append(_example(av, ignore_case, stretch, choice))
    return "".join(out)


def _repeats(tree) -> Iterator[tuple]:
    for op, av in tree:
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, _POSSESSIVE):
            yield av
            yield from _repeats(av[2])
        elif op is sre_constants.SUBPATTERN:
            yield from _repeats(av[-1])
        elif op is sre_constants.BRANCH:
            for branch in av[1]:
                yield from _repeats(branch)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            yield from _repeats(av[1])
        elif op is _ATOMIC:
            yield from _repeats(av)


def adversarial_subjects(pattern: re.Pattern[str]) -> dict[str, str]:
    """Subjects built from the pattern's own structure, each about RUN characters long."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    subjects: dict[str, str] = {}
    lead = _example(tree, ignore_case, 1, 0)[:40]
    for index, (_low, high, body) in enumerate(_repeats(tree)):
        if high != sre_constants.MAXREPEAT and high < 50:
            continue  # a short bounded repeat cannot make a long run
        for char in _first_chars(body, ignore_case)[:2]:
            run = char * RUN
            subjects[f"run{index}-{char!r}"] = run
            subjects[f"lead+run{index}-{char!r}+stranger"] = lead + run + STRANGER
        unit = _example(body, ignore_case, 2, 0)
        if len(unit) > 1:
            subjects[f"units{index}"] = (unit * (RUN // len(unit) + 1))[:RUN]
    for choice in range(3):
        stretched = _example(tree, ignore_case, RUN // 10, choice)
        if stretched:
            long = (stretched * (RUN // len(stretched) + 1))[:RUN]
            subjects[f"stretched{choice}"] = long
            subjects[f"stretched{choice}-cut"] = long[:-1]
            subjects[f"stretched{choice}-stranger"] = long[:-1] + STRANGER
    distinct: dict[str, str] = {}
    for label, subject in subjects.items():
        distinct.setdefault(subject, label)
    return {label: subject for subject, label in distinct.items()}


def _timed_scan(pattern: re.Pattern[str], subject: str) -> float:
    started = time.perf_counter()
    for _ in pattern.finditer(subject):  # finditer: as costly as search, findall and sub
        pass
    return time.perf_counter() - started


PATTERNS = all_patterns()


def test_the_audit_finds_the_rules():
    assert len(PATTERNS) > 200
    assert any(name.startswith("prparse.rules.cta.") for name in PATTERNS)
    assert any(name.startswith("prparse.rules.dateline.") for name in PATTERNS)


def test_subjects_are_built_from_each_pattern():
    subjects = adversarial_subjects(re.compile(r"(?:[A-Z][a-z]+\s)+said"))
    assert any(len(set(s)) == 1 and s[0].isupper() and len(s) == RUN for s in subjects.values())  # a run
    assert re.match(r"(?:[A-Z][a-z]+\s){100}", subjects["stretched0"])  # the repeat, stretched
    assert subjects["stretched0-stranger"].endswith(STRANGER)  # a near-miss


def test_a_catastrophic_pattern_is_caught():
    """The audit must be able to fail: a nested quantifier is slow on its own subjects, even short."""
    pattern = re.compile(r"(?:\w+\s?)+$")
    short = [subject[:20] + STRANGER for subject in adversarial_subjects(pattern).values()]
    assert max(_timed_scan(pattern, subject) for subject in short) > 50 * _timed_scan(pattern, "a" * 20)


@pytest.mark.parametrize("name", PATTERNS)
def test_pattern_runs_in_bounded_time_on_its_adversarial_subjects(name):
    pattern = PATTERNS[name]
    slow = {}
    for label, subject in adversarial_subjects(pattern).items():
        seconds = _timed_scan(pattern, subject)
        if seconds > BOUND_SECONDS:
            slow[label] = round(seconds, 2)
    assert not slow, f"{pattern.pattern!r} backtracks: {slow}"
