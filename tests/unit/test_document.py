"""The internal document model: helpers every extractor shares."""

from __future__ import annotations

import pytest

from prparse.document import has_words


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\t ", id="only-space"),
        pytest.param("one", id="one-word"),
        pytest.param("  two  words  ", id="padded"),
        pytest.param("a b\nc\td e", id="mixed-breaks"),
        pytest.param("a\u00a0b\u2003c  d e f g", id="unicode-spaces"),
        pytest.param(" ".join(["word"] * 40) + "\n", id="long-paragraph"),
    ],
)
@pytest.mark.parametrize("count", [0, 1, 2, 3, 5, 7, 40, 41])
def test_has_words_counts_as_a_full_split_does(text, count):
    assert has_words(text, count) is (len(text.split()) >= count)
