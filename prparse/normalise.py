"""Stage 3: pure text normalisers. Each is idempotent: applying it twice changes nothing."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Container, Sequence

from prparse.rules.casing import COMMON_SHORT_WORDS, TITLE_SMALL_WORDS

# Mojibake leaves UTF-8 lead bytes read as Windows-1252/Latin-1 ("Ã©", "â€™", "Â ").
_MOJIBAKE_HINT = re.compile(
    "[\u00c2\u00c3\u00c5\u00e2\u00ce\u00d0\u00f0][\u0080-\u00bf\u0152-\u0178\u2018-\u203a\u20ac\u2122]"
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPED_AMPERSAND = re.compile(r"&(?:amp;)+", re.IGNORECASE)
_UNESCAPE_ROUNDS = 4
INVISIBLE = "\xad\u200b\u200c\u200d\u2060\ufeff"  # zero-width and soft-hyphen characters
# Characters that are white space to a reader but not to str.split: NBSP and friends are
# mapped to a plain space; zero-width and soft-hyphen characters are dropped.
_SPACE_LIKE = str.maketrans(
    dict.fromkeys("\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a", " ")
    | dict.fromkeys("\u202f\u205f\u3000\t\x0b\x0c", " ")
    | dict.fromkeys(INVISIBLE)
)
# The white space `str.split` parts words on that `clean_line` keeps inside a line (the line break aside).
UNSPLIT_SPACES = "\r\x1c\x1d\x1e\x1f\x85\u2028\u2029"
# str.translate looks every character up in a dict (hundreds of times slower than a regex scan on
# long non-ASCII lines): the characters are found by a regex and replaced one by one instead.
_SPACE_LIKE_CHAR = re.compile("[" + "".join(chr(c) for c in sorted(_SPACE_LIKE)) + "]")
_LETTER = re.compile(r"[^\W\d_]")
# "\b[A-Z][A-Z0-9]{1,11}\b", written to open on a capital (the regex engine then skips to the
# next capital instead of trying every position); the look-behind is the leading \b.
_CAPS_TOKEN = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z0-9]{1,11}\b")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019.][^\W\d_]+)*\.?", re.UNICODE)


def repair(text: str) -> str:
    """Undo HTML entities, then mojibake; leave curly quotes alone (they carry direction).

    Entities go first, so mojibake written as entities ("caf&Atilde;&copy;") is seen and mended.
    """
    if "&" in text and _ENTITY.search(text):
        text = _unescape(text)
    if _MOJIBAKE_HINT.search(text):
        import ftfy

        text = ftfy.fix_text(text, uncurl_quotes=False, unescape_html=False, normalization="NFC")
        # ftfy rescues double-encoded text but not what was encoded three times over.
        if _MOJIBAKE_HINT.search(text):
            text = ftfy.fix_text(text, uncurl_quotes=False, unescape_html=False, normalization="NFC")
    return text


def _unescape(text: str) -> str:
    """Entities, however many times a scraper escaped them ("AT&amp;amp;T" is "AT&T").

    A chain of "amp;" is one ampersand whatever its length; other nestings ("&#38;lt;") get a
    few more rounds, bounded so that a crafted input cannot make the work quadratic.
    """
    text = _ESCAPED_AMPERSAND.sub("&", text)
    for _ in range(_UNESCAPE_ROUNDS):
        text = html.unescape(text)
        if "&" not in text or not _ENTITY.search(text):
            break
    return text


def clean_line(text: str) -> str:
    """NFC, reader-visible spaces only, runs of spaces collapsed, ends trimmed."""
    # Most lines are ASCII: NFC leaves them as they are and only three of the mapped
    # characters can occur, so the (slow, per-character) translation is skipped when absent.
    if not text.isascii():
        text = _reader_spaces(unicodedata.normalize("NFC", text))
    elif "\t" in text or "\x0b" in text or "\x0c" in text:
        text = _reader_spaces(text)
    # Runs of spaces, each halved at every pass: a pass costs about a tenth of a scan by the regex
    # " {2,}", and the runs of a line are short (two or three spaces, after a sentence).
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip()


_LONG_TEXT = 200  # the length from which `collapse` halves runs of spaces rather than splitting


def collapse(text: str) -> str:
    """All white space, line breaks included, collapsed to single spaces."""
    # Most texts a later stage collapses were collapsed already: a split costs 2-3 times the test, and
    # a printable text holds none of the invisible characters (all unprintable) to drop.
    if is_single_spaced(text):
        return text
    if len(text) >= _LONG_TEXT:
        # A long text whose only white space is spaces, line breaks and no-break spaces (printable once
        # those are spaces: every other white space or invisible character is unprintable) is collapsed
        # by halving its runs of spaces, which makes none of str.split's word objects. On a short text
        # (few words, long indentation runs) the split is the faster.
        flat = text.replace("\n", " ")
        if "\xa0" in flat:
            flat = flat.replace("\xa0", " ")
        if flat.isprintable():
            while "  " in flat:
                flat = flat.replace("  ", " ")
            return flat.strip()
    # str.split already splits on every character _SPACE_LIKE maps to a space; only the
    # invisible ones it drops need the translation, and a test per character is far cheaper.
    if not text.isascii() and holds_any(text, INVISIBLE):
        text = _reader_spaces(text)
    return " ".join(text.split())


def is_single_spaced(text: str) -> bool:
    """Whether `" ".join(text.split()) == text`: the space is the only white space that is printable, and
    the text has no doubled, leading or trailing space."""
    # White space of any kind at an end (a line break closing an element's text, most often) is told
    # before `isprintable` reads the whole text to find it there.
    return "  " not in text and not text[:1].isspace() and not text[-1:].isspace() and text.isprintable()


def _reader_spaces(text: str) -> str:
    """`text.translate(_SPACE_LIKE)`, at the speed of a regex scan."""
    if "\xa0" in text:  # by far the most common of them (&nbsp;): replaced without a call for each
        text = text.replace("\xa0", " ")
    # Every character mapped is unprintable (a space other than " ", a control or format character):
    # a printable text, most of them, holds none, told faster than by the regex's scan.
    if text.isprintable():
        return text
    # Each character found is replaced throughout in one call, not one call an occurrence: German pages
    # print soft hyphens by the hundred. No replacement holds a mapped character, so the order is free.
    for char in set(_SPACE_LIKE_CHAR.findall(text)):
        text = text.replace(char, _SPACE_LIKE[ord(char)] or "")
    return text


def is_all_caps(text: str) -> bool:
    """Every cased letter is upper case, and there are at least two of them."""
    if not text.isupper():
        return False
    # Two letters among the first 400 characters, found by two searches (a list of every letter
    # of a long capitalised headline costs as much as the rest of smart_case).
    first = _LETTER.search(text, 0, 400)
    return first is not None and _LETTER.search(text, first.end(), 400) is not None


_VOWELS = frozenset("aeiouy")


def _is_acronym(word: str, acronyms: Container[str]) -> bool:
    if word.isalpha():
        letters = word  # most words: no dot or apostrophe to drop or to look at
    else:
        letters = word.replace(".", "").replace("'", "").replace("\u2019", "")
        if "." in word.rstrip(".") or (word.endswith(".") and len(letters) <= 2):
            return True  # "N.H.", "U.S."
    if len(letters) <= 1:
        return False
    lower = letters.lower()
    # Asking `acronyms` costs a search of the document: it is asked last, where its answer decides.
    if _VOWELS.isdisjoint(lower) or (len(letters) <= 3 and lower not in COMMON_SHORT_WORDS):
        return True  # "NYC", "CFO", "BKA"
    return letters in acronyms  # "LSEG" written so in the body


class LazyAcronyms:
    """Whether a token is an acronym a document writes in capitals inside ordinary mixed-case text
    ("LSEG", "CSIRO"), told for the tokens asked about: only an ALL-CAPS value asks, about a few
    words, and most documents print none, so the document is not scanned for all its acronyms."""

    __slots__ = ("_texts", "_mixed", "_runs", "_answers")

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._mixed: str | None = None
        self._runs: set[bytes] = set()
        self._answers: dict[str, bool] = {}

    def __contains__(self, token: object) -> bool:
        if not isinstance(token, str):
            return False
        answer = self._answers.get(token)
        if answer is None:  # a token asked about before is a capitalised one: it needs no second test
            if _CAPS_TOKEN.fullmatch(token) is None:
                return False  # not a capitalised token at all
            answer = self._answers[token] = self._answer(token)
        return answer

    def _answer(self, token: str) -> bool:
        """Whether `token` stands alone in the mixed-case lines (`_stands_alone`): asked once a token."""
        if self._mixed is None:
            self._mixed = _mixed_case_text(self._texts)
            # Gathered once, the runs tell most tokens absent at the cost of a set lookup, where a
            # search of the whole text costs about a sixth of the gathering (an ALL-CAPS headline
            # asks about a dozen words and more, most of them absent).
            self._runs = _capital_runs(self._mixed)
        # A token standing alone is a whole run, but a run may lie between word characters that are
        # not capitals ("xLSEG", "éLSEG"): a token among the runs is looked for all the same.
        return token.encode() in self._runs and _stands_alone(token, self._mixed)


# Every byte but an ASCII capital or digit becomes a space (see `_capital_runs`).
_RUN_BYTES = bytes(c if chr(c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" else 32 for c in range(256))


def _capital_runs(text: str) -> set[bytes]:
    """The runs of capitals and digits of `text` (as ASCII bytes), between any other characters.

    Where a token stands alone its neighbours are not word characters: an ASCII one becomes a space,
    and so does every byte of a non-ASCII one's UTF-8 (all above 127), so the token is a whole run.
    """
    return set(text.encode("utf-8", "surrogatepass").translate(_RUN_BYTES).split())


def _stands_alone(token: str, text: str) -> bool:
    """Whether `token` stands in `text` between characters that are not word characters (or ends):
    where `_CAPS_TOKEN` finds a run of capitals and digits, that run is the whole token."""
    start = text.find(token)
    while start != -1:
        end = start + len(token)
        before, after = text[start - 1 : start], text[end : end + 1]
        if not _is_word_character(before) and not _is_word_character(after):
            return True
        start = text.find(token, start + 1)
    return False


def _is_word_character(char: str) -> bool:
    """What a regex word-character class matches in a str pattern (an empty string is none)."""
    return char.isalnum() or char == "_"


def _mixed_case_text(texts: Sequence[str]) -> str:
    """The lines of `texts` that are not all capitals, joined by line breaks."""
    mixed: list[str] = []
    for text in texts:
        if "\n" not in text:
            if not is_all_caps(text):
                mixed.append(text)
        else:
            mixed.extend(line for line in text.split("\n") if not is_all_caps(line))
    return "\n".join(mixed)


def smart_case(text: str, *, acronyms: Container[str] = frozenset()) -> str:
    """Give an ALL-CAPS value in normal case, keeping acronyms upper case.

    Text that is not all capitals is returned unchanged. `acronyms` are tokens known to be
    acronyms (see `LazyAcronyms`).

    >>> smart_case("BAIRD FUND WINS LSEG AWARD", acronyms=frozenset({"LSEG"}))
    'Baird Fund Wins LSEG Award'
    """
    if not is_all_caps(text):
        return text
    first = _WORD.search(text)
    if first is None:
        return text
    opening = first.start()

    # The words are replaced by `sub`, which joins the pieces itself: no list of them is built here.
    def case(match: re.Match[str]) -> str:
        word = match.group()
        if _is_acronym(word, acronyms):
            return word
        lower = word.lower()
        if lower not in TITLE_SMALL_WORDS or match.start() == opening:
            return lower[0].upper() + lower[1:]
        return lower

    return _WORD.sub(case, text)


def has_words(text: str, count: int) -> bool:
    """`len(text.split()) >= count`, without splitting a long paragraph past its first `count` words."""
    return len(text.split(maxsplit=count - 1)) >= count if count > 0 else True


# Characters a case-blind pattern's "i" or "s" matches that do not lower to "i" or "s" (see `cue_text`).
UNLOWERED = "\u0130\u0131\u017f"


def cue_text(text: str) -> str | None:
    """`text.lower()`, to look for the lower-case cues of case-blind patterns in; None when a cue
    could be missing from it although a match holds it (the text holds one of UNLOWERED).

    Sound because a case-blind ASCII letter matches only itself, its other case, and four other
    characters: the Kelvin sign, which lowers to "k", and "İ", "ı", "ſ", which do not lower to the
    letter they match ("i", "i", "s"). Lowering maps every other character to one character, so a
    match's cue is in the lowered text at the match's place (test_cue_text_keeps_every_cue)."""
    if text.isascii() or not holds_any(text, UNLOWERED):
        return text.lower()
    return None


def may_match(low: str | None, cues: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern, every match of which holds one of the lower-case `cues`, can
    match the text `low` was made from by `cue_text` (None: it may; the pattern must be run)."""
    return low is None or holds_any(low, cues)


def holds_any(text: str, cues: tuple[str, ...] | str) -> bool:
    """Whether any of `cues` is in `text`."""
    for cue in cues:  # a loop, not any() over a generator: this runs for every pattern of every line
        if cue in text:
            return True
    return False


# The one character outside ASCII that lowers to an ASCII letter (to "k"): see `ascii_lowered`.
KELVIN_SIGN = "\u212a"


def lower_each(text: str) -> str:
    """`text` in lower case character for character, so that offsets agree with `text`'s: a letter
    that lowers to several characters ("\u0130" to "i" and a combining dot) is kept as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def ascii_lowered(text: str) -> bytes:
    """`text` in UTF-8 with its ASCII letters lowered: where to look for ASCII words in a text
    without lower-casing it, which costs several times the encoding when the text is not ASCII (most
    releases print curly quotes). Its offsets are those of `text` in UTF-8.

    An ASCII string `cue` is in `lower_each(text)` exactly when `cue.encode()` is in it, provided
    `cue` holds no "k" or `text` no KELVIN_SIGN: in UTF-8 no character outside ASCII has an ASCII
    byte, and none lowers to an ASCII letter alone but the Kelvin sign ("\u0130" lowers to two
    characters, which `lower_each` keeps as "\u0130"). Lone surrogates are encoded as they stand.

    >>> b"release issued" in ascii_lowered("Press RELEASE issued \u2013 \u201cquoted\u201d")
    True
    """
    return text.encode("utf-8", "surrogatepass").lower()
