"""Inputs built to hurt: each ends in a result or a documented error, in bounded time.

The bound is generous (a catastrophic pattern takes minutes, not seconds); speed itself is
measured by the benchmarks, not here.
"""

import time

import pytest

import prparse
from prparse.errors import PrparseError

BOUND_SECONDS = 15

CASES = {
    "blank-lines": "\n" * 300_000 + "x",
    "one-long-line": "word " * 200_000,
    "unclosed-quotes": '"' * 100_000,
    "unclosed-curly-quotes": "\u201c" * 100_000,
    "said-repeated": '"a," said ' * 50_000,
    "label-lines": "Contact:\n" * 50_000,
    "markdown-links": "[a](b) " * 50_000,
    "open-brackets": "(" * 200_000,
    "deep-html": "<div>" * 100_000 + "x" + "</div>" * 100_000,
    "entity-expansion": '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    "<html><body><p>&b;</p></body></html>",
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_hostile_input_is_bounded(text):
    started = time.perf_counter()
    try:
        prparse.parse(text)
    except PrparseError:
        pass
    assert time.perf_counter() - started < BOUND_SECONDS
