"""Structure-aware fuzzing of the HTML path with atheris. Not run in CI.

Raw bytes rarely form the nested markup a newsroom page has, so this harness spends the fuzzer's
bytes on choices instead: which real tag opens next, which attribute it carries (classes and ids
the boilerplate rules look at, hidden styles, links), what text sits inside (quote marks, dashes,
odd spaces, entities), and when an element closes or is left open. Same contract as
fuzz_parse.py: a schema-valid result or an `InputError`, anything else is a crash.

    python fuzz/fuzz_html.py -max_total_time=600 -timeout=10 -rss_limit_mb=2048 /tmp/prparse-fuzz-html
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["prparse"]):
    from contract import check

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the page parts the tests use
from hostile_inputs import ATTRIBUTES, TAGS  # noqa: E402

TEXTS = [
    "Acme Corp",
    "said Jane Roe, CEO",
    "\u201cWe are proud,\u201d",
    '"a," said',
    "NEW YORK, Jan. 14, 2021 /PRNewswire/ --",
    "Media Contact:",
    "About Acme",
    "###",
    "press@acme.example",
    "+1 (212) 555-0100",
    "\u2014",
    "\u2013",
    "\u00ab",
    "\u00bb",
    "\u201e",
    "\u2039\u203a",
    "\u00a0",
    "\u2009",
    "\u2028",
    "&amp;",
    "&nbsp;",
    "&#8220;",
    "&bogus;",
    '{"@type": "NewsArticle", "headline": "X", "datePublished": "2025-02-03"}',
    "Visit www.acme.example to register.",
]


def build(fdp: atheris.FuzzedDataProvider, depth: int = 0) -> str:
    """Markup for up to a few siblings, each possibly nested, chosen by the fuzzer's bytes."""
    parts: list[str] = []
    for _ in range(fdp.ConsumeIntInRange(0, 4)):
        if not fdp.remaining_bytes():
            break
        choice = fdp.ConsumeIntInRange(0, 3)
        if choice == 0 or depth > 12:
            parts.append(fdp.PickValueInList(TEXTS) if fdp.ConsumeBool() else fdp.ConsumeUnicodeNoSurrogates(24))
            continue
        tag = fdp.PickValueInList(TAGS)
        inner = build(fdp, depth + 1)
        closing = f"</{tag}>" if fdp.ConsumeIntInRange(0, 7) else ""  # now and then left open
        parts.append(f"<{tag}{fdp.PickValueInList(ATTRIBUTES)}>{inner}{closing}")
    return "".join(parts)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    as_bytes = fdp.ConsumeBool()
    markup = "<!DOCTYPE html><html>" + build(fdp)
    document: str | bytes = markup.encode("utf-8", "surrogatepass") if as_bytes else markup
    check(document, "html")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
