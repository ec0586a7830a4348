"""Stage 2 for HTML: find the release inside a newsroom page and turn it into ordered blocks.

The tree is built by lxml (an order of magnitude faster than BeautifulSoup's own tree); page
chrome is dropped by tag and by class/id tokens; the release's container is found by explicit
markup first (`articleBody`, `<article>`, `<main>`) and by paragraph-text density otherwise.
Head metadata (title, Open Graph, `<meta>` dates, JSON-LD) is harvested once into `Metadata`.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import lxml.html
from lxml import etree

from prparse.document import Block, BlockKind, Link, Metadata
from prparse.normalise import INVISIBLE, UNSPLIT_SPACES, clean_line, collapse, has_words, holds_any
from prparse.rules.html import (
    BLOCK_TAGS,
    BOILERPLATE_CLASS,
    BOILERPLATE_CLASS_LOWER,
    BOILERPLATE_TOKENS,
    CHROME_TAGS,
    CONTENT_MARKERS,
    COPYRIGHT,
    DECK_CLASS,
    DECK_MAX_CHARS,
    DROP_TAGS,
    EMPHASIS_TAGS,
    HEADING_TAGS,
    JSON_LD_ARTICLE_TYPES,
    META_AUTHOR,
    META_DATE,
    META_DESCRIPTION,
    META_SITE,
    META_TITLE,
    MODIFIER_CLASS_PREFIXES,
    NOT_DECK_CLASS,
    TITLE_SEPARATOR,
    TITLE_TAGS,
)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Characters XML forbids: libxml2 keeps them in parsed text, but lxml refuses to set them again.
_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NOT_XML_BYTES = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))
_NOT_XML_BYTES_OR_EF = _NOT_XML_BYTES + b"\xef"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Its lower-case twin, for a lowered ASCII style (about twice as fast), and the two words of each way to hide.
_HIDDEN_STYLE_LOWER = re.compile(_HIDDEN_STYLE.pattern)
_HIDING_WORDS = (("display", "none"), ("visibility", "hidden"))
# Photo credits carry a copyright sign too: only a notice in the page footer names the site's owner.
# Footers first, then the signed texts inside each outermost one: reading every text node of the
# page for the signs costs more.
_FOOTERS = etree.XPath("//footer | //*[contains(@class, 'footer') or contains(@id, 'footer')]")
_SIGNED_TEXTS = etree.XPath(".//text()[contains(., '\u00a9') or contains(., 'opyright') or contains(., '(c)')]")
# What must be in the markup for a text to hold a sign: the signs themselves, or an entity or
# character reference that makes "\u00a9" or a character of "(c)" or "opyright" (pages are full of
# references to quotes and dashes, which make none).
_SIGNS = ("\u00a9", "opyright", "(c)")
_SIGN_REFERENCE = re.compile(
    r"&(?:copy|COPY|lpar|rpar|#(?:[xX]0*(?:[aA]9|2[89]|6[3789fF]|7[0249])(?![0-9a-fA-F])"
    r"|0*(?:169|4[01]|99|10[345]|11[1246]|121)(?![0-9])))"
)
_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d\d$")
# A plain lxml parser, not lxml.html's: that one picks each element's Python class through a Python
# callback every time an element is touched, the largest single cost of walking a page. Only
# `text_content` was used from those classes; `_text_content` gives the same text.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
# For the page as UTF-8 bytes: a charset the page declares is not applied again. No table of
# id attributes is built: nothing looks an element up by its id.
_UTF8_PARSER = etree.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, recover=True, encoding="utf-8", collect_ids=False
)

_MIN_CONTAINER_TEXT = 200
MIN_TITLE_WORDS = 3
_HEAD_CHARS = 400  # characters of a long element read to compare its beginning with a title
TITLE_LENGTH_RATIO = 0.6
_MAX_FOLD_GROWTH = 3  # characters one character case-folds to, at most
KICKER_LINES = 2
KICKER_MAX_CHARS = 80
# What the chrome walk tests to gather the elements that may bear a content marker (a superset).
_MARKER_TAGS = frozenset(value for kind, value in CONTENT_MARKERS if kind == "tag")
_MARKER_ATTRIBUTES = frozenset(kind for kind, _ in CONTENT_MARKERS if kind not in ("tag", "class"))
# The one class name among the markers, looked for as a substring (a regex search costs three times
# more); a second class marker fails here, at import, and needs a test of its own in `_verdict`.
(_MARKER_CLASS,) = (value for kind, value in CONTENT_MARKERS if kind == "class")
_XML_SPACE = re.compile("[ \t\r\n]+")  # what XPath's normalize-space() collapses
_RELEASE_TAGS = frozenset({"h1", "article", "main"})
# The paragraphs `_densest` read, each with its text and that text collapsed: the headline's search
# and the writer take them from there.
_ReadTexts = dict[etree._Element, tuple[str, str]]


def _text_content(node: etree._Element) -> str:
    """The text of `node` and all inside it: the XPath string() `text_content` evaluates, got by
    libxml2's text serialiser instead (the same content, at about half the cost of an XPath call);
    a leaf's text is its own, read without serialising."""
    if not len(node):
        return node.text or ""
    return etree.tostring(node, method="text", encoding=str, with_tail=False)


def html_to_blocks(markup: str, *, utf8: bytes | None = None) -> tuple[tuple[Block, ...], Metadata]:
    """Blocks of the page's main release text, and the page's metadata.

    `utf8`, when the caller has it, is `markup` in UTF-8 (the bytes it was decoded from): it is
    not encoded again.
    """
    markup, data = _page_bytes(markup, utf8)
    root = _parse_tree(markup, data)
    if root is None:
        return (), Metadata()
    fields = _metadata(root, markup, data)
    marked = _drop_chrome(root)
    body = root.find("body")
    body = body if body is not None else root
    # The paragraphs `_densest` read, for the headline's search and the writer: it runs first.
    read: _ReadTexts = {}
    container = _release_container(body, marked, read)
    heading, h1 = _headline_element(body, (fields["headline"], fields["og_title"], fields["title"]), read)
    meta = Metadata(**fields, h1=h1)
    scope, start = _scope(container, heading, body)
    blocks = _BlockWriter(start, heading, read).write(scope)
    if meta.h1 and not any(b.kind is BlockKind.HEADING and b.text == meta.h1 for b in blocks):
        blocks = [Block(0, BlockKind.HEADING, meta.h1, level=1)] + [_renumbered(b, b.index + 1) for b in blocks]
    return tuple(blocks), meta


def _renumbered(block: Block, index: int) -> Block:
    return Block(index, block.kind, block.text, block.level, block.emphasis, block.links)


def _page_bytes(markup: str, utf8: bytes | None = None) -> tuple[str, bytes]:
    """The markup lxml can read (no XML declaration, no character XML forbids), and its UTF-8 bytes.

    `utf8` is `markup` in UTF-8 when given.
    """
    if utf8 is not None and _XML_DECLARATION.match(markup) is None:
        data = utf8 if _xml_safe(utf8) else None
    else:
        markup = _XML_DECLARATION.sub("", markup, count=1)
        data = _xml_safe_utf8(markup)
    if data is None:
        markup = _NOT_XML_CHARS.sub(" ", markup)
        data = markup.encode("utf-8")
    return markup, data


def _parse_tree(markup: str, data: bytes | None = None) -> etree._Element | None:
    """The page's tree; `data`, when given, is `_page_bytes(markup)`'s, with `markup` its cleaned text."""
    if data is None:
        markup, data = _page_bytes(markup)
    try:
        # UTF-8 bytes, not the str: lxml hands a str to libxml2 as UCS-4 or Latin-1, which it
        # converts more slowly than it reads UTF-8 (the same tree either way).
        return lxml.html.document_fromstring(data, parser=_UTF8_PARSER)
    except (etree.ParserError, ValueError):
        from bs4 import BeautifulSoup  # a fallback for markup lxml refuses outright

        text = BeautifulSoup(markup, "html.parser").get_text("\n")
        if not text.strip():
            return None
        return lxml.html.document_fromstring(
            "<html><body>" + "".join(f"<p>{_escape(line)}</p>" for line in text.split("\n")) + "</body></html>",
            parser=_PARSER,
        )


def _has_non_xml_chars(markup: str) -> bool:
    """Whether `_NOT_XML_CHARS` occurs in `markup`."""
    return _xml_safe_utf8(markup) is None


def _xml_safe_utf8(markup: str) -> bytes | None:
    """`markup` in UTF-8, or None when `_NOT_XML_CHARS` occurs in it.

    The regex crawls through non-ASCII text; its UTF-8 bytes are checked far faster (no byte of a
    multi-byte character is a control byte, and U+FFFE/U+FFFF have bytes of their own).
    """
    try:
        data = markup.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None
    return data if _xml_safe(data) else None


def _xml_safe(data: bytes) -> bool:
    """Whether UTF-8 `data` holds no character XML forbids."""
    # One pass settles most pages: no control byte and no 0xEF, the lead byte of U+FFFE and U+FFFF
    # (searching for those two costs more than the pass).
    if len(data.translate(None, _NOT_XML_BYTES_OR_EF)) == len(data):
        return True
    return not (
        len(data.translate(None, _NOT_XML_BYTES)) != len(data) or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- metadata ---------------------------------------------------------------------------


def _metadata(root: etree._Element, markup: str, data: bytes) -> dict[str, Any]:
    """The fields of the page's `Metadata` but its h1 (the headline's text, found later)."""
    tagged = _tagged(root, ("meta", "script", "title", "time"))
    metas: dict[str, str] = {}  # each key's first content, collapsed only when read: most never are
    for node in tagged["meta"]:
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = node.get("content")
        if key and content and key not in metas:
            metas[key] = content
    json_ld = _json_ld(tagged["script"])
    titles, times = tagged["title"], tagged["time"]
    return {
        "title": _text_of(titles[0]) if titles else None,
        "og_title": _first(metas, META_TITLE),
        "headline": json_ld.get("headline"),
        "date_published": json_ld.get("datePublished") or _first(metas, META_DATE) or _time_element(times),
        "author": json_ld.get("author") or _first(metas, META_AUTHOR),
        "publisher": json_ld.get("publisher") or _first(metas, META_SITE),
        "site_name": _first(metas, ("og:site_name",)),
        "description": _first(metas, META_DESCRIPTION),
        "language": (root.get("lang") or "").strip() or None,
        "copyright_finder": _copyright_finder(markup, data),
    }


def _copyright_finder(markup: str, data: bytes) -> Callable[[], str | None]:
    """How to find the page's copyright owner when asked: in the page parsed again, as it was before
    its chrome (the footers) was dropped, unless no text of the page can hold a copyright sign."""
    return lambda: _copyright(_parse_tree(markup, data)) if _may_hold_sign(markup) else None


def _may_hold_sign(markup: str) -> bool:
    """Whether a copyright sign can be in the page's text. Asked only when an owner is wanted: the
    search for character references reads the whole page."""
    return any(sign in markup for sign in _SIGNS) or _SIGN_REFERENCE.search(markup) is not None


def _copyright(root: etree._Element) -> str | None:
    """The owner in the page's last copyright notice ("© 2021 Acme Corp. All rights reserved.")."""
    for text in reversed(_footer_notices(root)):
        found = COPYRIGHT.search(collapse(str(text)))
        if found and any(c.isalpha() for c in found.group("owner")):
            return _TRAILING_YEAR.sub("", found.group("owner")).strip(" .,;")
    return None


def _footer_notices(root: etree._Element) -> list[str]:
    """The texts inside a footer that carry a copyright sign, in document order, each once."""
    notices: list[str] = []
    outermost = None
    for footer in _FOOTERS(root):
        if outermost is not None and any(a is outermost for a in footer.iterancestors()):
            continue  # its texts were read with the footer around it
        outermost = footer
        notices.extend(_SIGNED_TEXTS(footer))
    return notices


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The content of the first of `keys` that is not blank, collapsed."""
    return next((text for k in keys if k in metas and (text := collapse(metas[k]))), None)


def _tagged(root: etree._Element, tags: tuple[str, ...]) -> dict[str, list[etree._Element]]:
    """The page's elements of each of `tags`, in document order: one pass over the page, not one a tag."""
    found: dict[str, list[etree._Element]] = {tag: [] for tag in tags}
    for node in root.iter(*tags):
        found[node.tag].append(node)
    return found


def _time_element(times: list[etree._Element]) -> str | None:
    """The date the page's first <time> element gives."""
    return (times[0].get("datetime") or _text_of(times[0])) if times else None


def _json_ld(scripts: list[etree._Element]) -> dict[str, str]:
    """headline, datePublished, author and publisher of the page's article-like JSON-LD item; `scripts`
    are the page's <script> elements."""
    for script in _json_ld_scripts(scripts):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # one broken block must not sink the page
        for item in _ld_items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(str(k).lower() in JSON_LD_ARTICLE_TYPES for k in kinds) and (
                item.get("headline") or item.get("datePublished")
            ):
                fields = ("headline", "datePublished", "author", "publisher")
                return {k: v for k in fields if (v := _ld_text(item.get(k)))}
    return {}


def _json_ld_scripts(scripts: list[etree._Element]) -> list[etree._Element]:
    """The JSON-LD scripts among the page's <script> elements: what //script[@type='application/ld+json']
    selects, found by lxml's iteration over <script> elements (the XPath tests every element)."""
    return [script for script in scripts if script.get("type") == "application/ld+json"]


def _ld_items(data: object, depth: int = 0) -> list[dict]:
    if depth > 4:
        return []
    if isinstance(data, list):
        return [i for d in data for i in _ld_items(d, depth + 1)]
    if isinstance(data, dict):
        return [data] + _ld_items(data.get("@graph", []), depth + 1)
    return []


def _ld_text(value: object) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_ld_text(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    if isinstance(value, str) and value.strip():
        return collapse(value)
    return None


# --- main content ---------------------------------------------------------------------


def _drop_chrome(root: etree._Element) -> list[etree._Element]:
    """Remove page chrome, in document order (the order in which tails are handed back); return the
    elements left that may bear a content marker (`CONTENT_MARKERS`), in document order.

    A doomed element's descendants are not tested: whatever they are, they leave with it. The walk
    reads every element left, so it gathers the marked ones too (an XPath search per marker, after
    the walk, costs more than the walk itself on a small page).
    """
    doomed, marked = _chrome_of(root)
    if doomed and doomed[0] is root:
        # The root has no parent to be removed from: the page is left whole, and so are its markers.
        return [node for node in root.iter() if any(_bears(node, marker) for marker in CONTENT_MARKERS)]
    for node in doomed:
        if isinstance(node.tag, str):
            node.tag = _DOOMED
        else:
            _remove(node)  # a comment or processing instruction, which has no tag to rename
    # lxml frees a stripped element at once, in C, when no Python object refers to it (else later, at a
    # higher cost): the doomed elements are let go first.
    node = None
    doomed.clear()
    # One pass in C that unlinks every renamed element, its tail left in place: the text before it
    # and its tail join, as `_remove` joins them (about a tenth of `_remove`'s cost an element).
    etree.strip_elements(root, _DOOMED, with_tail=False)
    return marked


# The tag a doomed element is given before the pass that strips them: the HTML parser lowers every
# tag name, so no other element bears it.
_DOOMED = "PRPARSE-CHROME"


def _chrome_of(root: etree._Element) -> tuple[list[etree._Element], list[etree._Element]]:
    """The chrome elements of the page in document order, none inside another; and the elements
    outside them that may bear a content marker."""
    walk = _ChromeWalk()
    walk.visit(root, 0)
    return walk.doomed, walk.marked


class _ChromeWalk:
    """The chrome of a page and its marked elements, gathered in document order."""

    def __init__(self) -> None:
        self.doomed: list[etree._Element] = []
        self.marked: list[etree._Element] = []
        # Pages repeat the same class and id texts, and inline styles, on many elements: each is judged
        # once a walk (a dict for the page, not a cache kept across pages).
        self.names: dict[str, bool] = {}
        self.styles: dict[str, bool] = {}

    def visit(self, top: etree._Element, depth: int) -> None:
        """Judge `top`, `depth` below the root, and what it holds.

        The elements near the root (the html element, the head and body, the page's sections and their
        parts) are judged one by one, each child walked apart: a doomed one (the head, a site header or
        footer of hundreds of elements) is left at once, not passed through node by node. Deeper down,
        lxml's iteration costs less than a call for each element.
        """
        if depth == _SECTION_DEPTH:
            self._walk(top)
            return
        verdict = _verdict(top, self.names, self.styles)
        if verdict is _CHROME:
            self.doomed.append(top)
            return
        if verdict is _MARKED:
            self.marked.append(top)
        for child in top:
            self.visit(child, depth + 1)

    def _walk(self, top: etree._Element) -> None:
        """Judge `top` and what it holds."""
        doomed, marked, names, styles = self.doomed, self.marked, self.names, self.styles
        resume = None  # after a doomed element: the first node past it, where the walk goes on
        # lxml's own iteration, faster than a walk in Python even though it passes through the doomed
        # elements' descendants (skipped by identity, not tested).
        for node in top.iter():
            if resume is not None:
                if node is not resume:
                    continue
                resume = None
            verdict = _verdict(node, names, styles)
            if verdict is _CHROME:
                doomed.append(node)
                resume = _following(node, top)
                if resume is None:  # nothing of `top` follows: its walk is over
                    return
            elif verdict is _MARKED:
                marked.append(node)


_SECTION_DEPTH = 3  # how far below the root elements are judged one by one (see `_ChromeWalk.visit`)
_CHROME = "chrome"  # `_verdict`s: page chrome, or an element that may bear a content marker
_MARKED = "marked"


def _following(node: etree._Element, root: etree._Element) -> etree._Element | None:
    """The node that follows `node`'s subtree in document order, within `root`; None at its end."""
    while node is not root:
        following = node.getnext()
        if following is not None:
            return following
        parent = node.getparent()
        if parent is None:
            return None
        node = parent
    return None


def _verdict(node: etree._Element, names: dict[str, bool], styles: dict[str, bool]) -> str | None:
    """`_CHROME` for page chrome; else `_MARKED` when the element may bear a content marker (its
    tag, an attribute or a class name says so: `_bears` tells for sure); else None.

    `names` and `styles` hold the class or id texts and the inline styles judged so far, and their verdicts.
    """
    tag = node.tag
    if not isinstance(tag, str):
        return _CHROME  # a comment or processing instruction
    tag = tag.lower()
    if tag in DROP_TAGS:
        return _CHROME
    if tag in CHROME_TAGS and not _inside_article(node):
        return _CHROME
    # The names of the attributes first, in one call: most elements carry only a class, and each
    # attribute looked up by name costs about as much as the list of names.
    keys = node.keys()
    if not keys:  # most elements have none: then only the tag can tell
        return _MARKED if tag in _MARKER_TAGS else None
    if not _HIDING_KEYS.isdisjoint(keys) and _hidden(node, keys, styles):  # most elements: a class or an id only
        return _CHROME
    classes = node.get("class") if "class" in keys else None
    if (
        tag not in _NEVER_CHROME
        and (
            (classes is not None and _boilerplate(classes, names))
            or ("id" in keys and _boilerplate(node.get("id"), names))
        )
        and not _holds_release(node)
    ):
        return _CHROME
    if tag in _MARKER_TAGS or not _MARKER_ATTRIBUTES.isdisjoint(keys):
        return _MARKED
    return _MARKED if classes is not None and _MARKER_CLASS in classes else None


def _bears(node: etree._Element, marker: tuple[str, str]) -> bool:
    """Whether `node` bears the content marker: what the marker's XPath (see CONTENT_MARKERS) selects."""
    kind, value = marker
    if kind == "tag":
        return node.tag == value
    found = node.get(kind)
    if kind == "class":
        return found is not None and value in _XML_SPACE.split(found)
    return found == value


_NEVER_CHROME = frozenset({"html", "body", "main", "article"})
_HIDING_KEYS = frozenset({"hidden", "aria-hidden", "style"})  # the attributes `_hidden` reads


def _hidden(node: etree._Element, keys: list[str], styles: dict[str, bool]) -> bool:
    """Whether an attribute hides the element; `styles` holds the styles judged so far (see `_verdict`)."""
    if "hidden" in keys or ("aria-hidden" in keys and node.get("aria-hidden") == "true"):
        return True
    if "style" not in keys:
        return False
    style = node.get("style")
    found = styles.get(style)
    if found is None:
        found = styles[style] = _hidden_style(style)
    return found


def _hidden_style(style: str) -> bool:
    """Whether an inline style hides the element."""
    if style.isascii():
        # Each way to hide holds both words of a pair, in any case (an ASCII text has no other
        # characters that match them case-blind): most styles hold no pair ("overflow:hidden").
        lowered = style.lower()
        for name, value in _HIDING_WORDS:
            if name in lowered and value in lowered:
                return _HIDDEN_STYLE_LOWER.search(lowered) is not None
        return False
    return _HIDDEN_STYLE.search(style) is not None


def _boilerplate(text: str, names: dict[str, bool]) -> bool:
    """Whether a class or id text names page chrome; `names` holds the texts judged so far (see `_verdict`)."""
    found = names.get(text)
    if found is None:
        found = names[text] = _boilerplate_text(text)
    return found


def _boilerplate_text(text: str) -> bool:
    """Whether a token of a class or id text names page chrome.

    No token of the pattern holds white space, so a match lies in one class or id token; tokens
    recur across a page's many class attributes ("col-md-4 widget"), and each is judged once (a
    cache). Most texts need not be parted into tokens: a token judged chrome holds every piece (a
    word between white space, "-" and "_") of the boilerplate word it matches (see
    `_boilerplate_token`), and in an ASCII text, lowered, the pieces of its tokens are its own.
    """
    if text.isascii():
        pieces = text.lower().replace("_", " ").replace("-", " ").split()
        if _BOILERPLATE_STARTS.isdisjoint(pieces) or not _holds_pieces_of_a_word(pieces):  # most texts: the first
            return False
    return any(map(_boilerplate_token, text.split()))


def _holds_pieces_of_a_word(pieces: list[str]) -> bool:
    """Whether `pieces` hold a boilerplate word, or the first two pieces of one ("page" alone is not enough)."""
    if not _BOILERPLATE_PIECES.isdisjoint(pieces):
        return True
    return any(not _BOILERPLATE_SECONDS[head].isdisjoint(pieces) for head in _BOILERPLATE_HEADS.intersection(pieces))


@lru_cache(maxsize=4096)
def _boilerplate_token(token: str) -> bool:
    """A token that opens on a modifier prefix ("no-share", "has-sidebar") says nothing of the element."""
    if token.startswith(MODIFIER_CLASS_PREFIXES):
        return False
    if not token.isascii():
        return BOILERPLATE_CLASS.search(token) is not None
    # A word matches between separators: one of a single piece is a piece of the token (a set
    # lookup); one of several ("site-header") begins on a piece that is its first, and only then
    # is the pattern searched.
    lowered = token.lower()
    pieces = lowered.replace("_", "-").split("-")
    if not _BOILERPLATE_PIECES.isdisjoint(pieces):
        return True
    return not _BOILERPLATE_HEADS.isdisjoint(pieces) and BOILERPLATE_CLASS_LOWER.search(lowered) is not None


_BOILERPLATE_PIECES = frozenset(word for word in BOILERPLATE_TOKENS if "-" not in word)
_BOILERPLATE_HEADS = frozenset(word.split("-")[0] for word in BOILERPLATE_TOKENS if "-" in word)
_BOILERPLATE_STARTS = _BOILERPLATE_PIECES | _BOILERPLATE_HEADS
# The second pieces of the words of several, under their first ("site": "header", "footer").
_BOILERPLATE_SECONDS = {
    head: frozenset(word.split("-")[1] for word in BOILERPLATE_TOKENS if word.startswith(head + "-"))
    for head in _BOILERPLATE_HEADS
}


def _holds_release(node: etree._Element) -> bool:
    """A wrapper whose class sounds like chrome ("off-canvas-main") but holds the article itself."""
    # lxml's own iteration, not an XPath union of four searches: the wrapper is read once, and
    # only as far as the first marker. (lxml's tag-filtered iteration plus an XPath attribute test
    # measured slower still.)
    for inner in node.iterdescendants():
        if inner.tag in _RELEASE_TAGS or inner.get("itemprop") == "articleBody":
            return True
    return False


def _inside_article(node: etree._Element) -> bool:
    return any(a.tag in ("article", "main") or a.get("itemprop") == "articleBody" for a in node.iterancestors())


def _remove(node: etree._Element) -> None:
    """Remove a node but keep its tail text, which belongs to the parent (white space too: it parts words)."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def _headline_element(
    body: etree._Element,
    titles: tuple[str | None, ...],
    read: _ReadTexts | None = None,
) -> tuple[etree._Element | None, str | None]:
    """The <h1> that titles the release: the one the page's title metadata (`titles`: the JSON-LD
    headline, og:title, <title>) agrees with; and its text.

    Sites put their logo in an <h1> too; without agreement the first <h1> of three or more
    words is taken.
    """
    headings = [(h, text) for h in body.iter("h1") if (text := _text_of(h))]
    hints = [h.casefold() for h in titles if h]
    parts = _title_parts(hints)
    for heading, text in headings:
        folded = text.casefold()
        if any(_same_title(folded, hint) for hint in hints + parts):
            return heading, text
    titled = _element_titled(body, parts, read)
    if titled is not None:
        return titled, _text_of(titled)
    return next(
        ((h, text) for h, text in headings if len(text.split()) >= 3), headings[0] if headings else (None, None)
    )


def _title_parts(hints: list[str]) -> list[str]:
    """The headline part of each title: the longest ("Site name - Headline of the release")."""
    parts = {max(TITLE_SEPARATOR.split(hint), key=len) for hint in hints}
    return [p for p in parts if len(p.split()) >= MIN_TITLE_WORDS]


def _element_titled(body: etree._Element, parts: list[str], read: _ReadTexts | None = None) -> etree._Element | None:
    """A small element (not an <h1>) whose text is the title metadata's headline part.

    `read` holds texts already read, and collapsed (`_densest`'s paragraphs).
    """
    if not parts:
        return None
    longest = max(len(p) for p in parts) / TITLE_LENGTH_RATIO  # no longer text can be the same title
    shortest = min(len(p) for p in parts) * TITLE_LENGTH_RATIO  # nor any shorter one
    cut = _HEAD_CHARS + int(longest)
    probes = [_probe(p) for p in parts]
    openings = tuple(_opening(p) for p in parts)
    opening_size = max(map(len, openings))
    read = read or {}
    wrapper, wrapped = None, ""  # the last element read that holds one element, and its text
    for node in body.iter(*TITLE_TAGS):
        size = len(node)
        if size > 3:
            continue  # a container, not a title
        collapsed = None
        if node in read:
            raw, collapsed = read[node]
        elif wrapper is not None and node.getparent() is wrapper:
            raw = _inner_text(wrapper, wrapped, node)  # nested wrappers: the page's text is not read again
        else:
            raw = _text_content(node)
        wrapper, wrapped = (node, raw) if size == 1 else (None, "")
        if not _may_reach(raw, shortest):
            continue  # most elements (links, labels, empty wrappers) are far too short to compare
        # A text is the title if it begins with a title part, or if it lies in one at a comparable length
        # (`_same_title`: no longer than `longest`). Most paragraphs and wrappers are neither.
        past = _collapses_past(raw, longest) if collapsed is None else len(collapsed) > longest
        if past and not _may_open(raw, openings, opening_size):
            continue
        if len(raw) <= cut and not _may_hold(raw, probes):
            continue  # a short text that cannot hold the title
        head = collapse(raw[:cut]).casefold()
        if len(head) > longest and len(raw) > _HEAD_CHARS + longest and has_words(head, MIN_TITLE_WORDS):
            # A long text (a wrapper around the page) can only begin with the title: its head,
            # a prefix of the whole text reduced the same way, is enough to tell.
            if any(head.startswith(p) for p in parts):
                return node
            continue
        text = head if len(raw) <= cut else collapse(raw).casefold()  # a text no longer than the cut is its head
        # A <title> is often cut short: its words may begin a longer printed headline.
        if has_words(text, MIN_TITLE_WORDS) and any(text.startswith(p) or _same_title(text, p) for p in parts):
            return node
    return None


def _probe(part: str) -> str:
    """A piece of `part` that the text of any element titled by it holds, white space aside.

    A match holds `part`, or lies inside it and covers at least TITLE_LENGTH_RATIO of it, so
    holds its middle (from 40% to 60% of its length): the longest run of that middle without
    white space, which collapsing leaves as it is, is in the element's raw text too. The middle
    is taken a character narrower at each end, so that rounding cannot widen it.
    """
    size = len(part)
    middle = part[math.floor((1 - TITLE_LENGTH_RATIO) * size) + 1 : math.ceil(TITLE_LENGTH_RATIO * size) - 1]
    return max(middle.split(), key=len, default="")


def _inner_text(wrapper: etree._Element, text: str, inner: etree._Element) -> str:
    """`_text_content(inner)`, `inner` being the one element `wrapper` holds and `text` the wrapper's:
    the wrapper's own text before it, then its text, then its tail."""
    return text[len(wrapper.text or "") : len(text) - len(inner.tail or "")]


def _opening(part: str) -> str:
    """What a collapsed text that begins with `part` begins with: its first word (or nothing)."""
    return part.split(" ", 1)[0]


def _may_open(raw: str, openings: tuple[str, ...], size: int) -> bool:
    """Whether `raw`, collapsed and case-folded as a title is, may begin with one of `openings` (words),
    the longest `size` long.

    Collapsing drops the white space before the first word and keeps the word, and case folding a
    prefix of a text gives a prefix of its folding at least as long: the word's length of the text
    after its leading white space is enough to tell, unless collapsing deletes a character there
    (an invisible one) and joins the pieces around it.
    """
    start = raw[: size + _LEAD].lstrip()[:size]  # the white space before a text is short, but for wrappers'
    if len(start) < size and len(raw) > size + _LEAD:
        start = raw.lstrip()[:size]
    if not start.isascii() and holds_any(start, INVISIBLE):
        return True
    return start.casefold().startswith(openings)


_LEAD = 200  # characters of white space before a text's first word read at first


def _collapses_past(raw: str, size: float, first: int = 0) -> bool:
    """Whether `raw` collapsed is longer than `size`.

    Collapsing never lengthens a text, and collapses a prefix of it to a prefix of its own result: the
    beginning of a long text (an article's) is enough to tell. Prefixes from `first` on (by default
    twice `size`), four times longer each time, tell most texts (a page's indented wrappers too): at
    worst a third more work than collapsing the whole text once.
    """
    if len(raw) <= size:
        return False  # collapsing never lengthens a text
    cut = first or 2 * int(size) + 2
    while cut < len(raw):
        if len(collapse(raw[:cut])) > size:
            return True
        cut *= 4
    return len(collapse(raw)) > size


def _may_hold(raw: str, probes: list[str]) -> bool:
    """Whether `raw`, collapsed and case-folded as a title is, may hold one of `probes`."""
    if not raw.isascii() and holds_any(raw, INVISIBLE):
        return True  # collapsing deletes these characters, and may join the pieces of a probe
    folded = raw.casefold()
    return any(probe in folded for probe in probes)


def _may_reach(raw: str, shortest: float) -> bool:
    """Whether `raw`, reduced as a title is (collapsed, case-folded), may be `shortest` long or more.

    Collapsing never lengthens a text; case folding keeps ASCII's length and turns one character
    into at most three (Unicode's full case folding).
    """
    return (len(raw) if raw.isascii() else _MAX_FOLD_GROWTH * len(raw)) >= shortest


def _same_title(text: str, part: str) -> bool:
    """One holds the other and they are of comparable length (a title may be cut short)."""
    shorter, longer = sorted((len(text), len(part)))
    return (text in part or part in text) and shorter >= TITLE_LENGTH_RATIO * longer


def _release_container(body: etree._Element, marked: list[etree._Element], read: _ReadTexts) -> etree._Element:
    """The largest element bearing the most trusted content marker found; the densest otherwise.

    `marked` holds every element of the page that bears a marker (and maybe others), in document order;
    `read` is given the paragraphs `_densest` reads (see there).
    """
    for marker in CONTENT_MARKERS:
        bearers = [n for n in marked if _bears(n, marker)]
        if len(bearers) == 1:  # most pages: its size matters only against the least a container holds
            if _holds_text(bearers[0], _MIN_CONTAINER_TEXT):
                return bearers[0]
            continue
        sized = ((n, len(_text_of(n) or "")) for n in bearers)
        found = [(n, size) for n, size in sized if size >= _MIN_CONTAINER_TEXT]
        if found:
            return max(found, key=lambda item: item[1])[0]
    return _densest(body, read)


def _holds_text(node: etree._Element, size: int) -> bool:
    """Whether `node`'s text, collapsed, is `size` long or longer (see `_collapses_past`)."""
    # An article's text is often indented: a first prefix of four times `size` tells it at once.
    return _collapses_past(_text_content(node), size - 1, first=4 * size)


def _densest(body: etree._Element, read: _ReadTexts) -> etree._Element:
    """The element whose paragraphs hold the most text (a readability-style score).

    `read` is given each paragraph's text and its collapsed form, for the writer (see `_single_line`).
    """
    scores: dict[etree._Element, float] = defaultdict(float)
    for p in body.iter("p", "li", "pre", "td", "blockquote"):
        raw = _text_content(p)
        if len(raw) < 25:
            continue  # collapsing never lengthens a text
        collapsed = collapse(raw)
        read[p] = (raw, collapsed)
        length = len(collapsed)
        if length < 25:
            continue
        parent = p.getparent()
        if parent is not None:
            scores[parent] += length
            grand = parent.getparent()
            if grand is not None:
                scores[grand] += length / 2
    return max(scores, key=lambda n: scores[n]) if scores else body


def _scope(
    container: etree._Element, heading: etree._Element | None, body: etree._Element
) -> tuple[etree._Element, etree._Element | None]:
    """What to read, and where to start reading it.

    When the headline sits outside the container (a page header above the article text), read
    their common ancestor from the headline on, so the deck and date between them are kept and
    the navigation before the headline is not.
    """
    if heading is None or any(a is container for a in heading.iterancestors()):
        return container, None
    heading_ancestors = set(heading.iterancestors())
    for ancestor in container.iterancestors():
        if ancestor in heading_ancestors:
            # Which of the two comes first in document order: the walk stops there (when the headline
            # is the container, the container).
            if next(node for node in ancestor.iter() if node is container or node is heading) is not container:
                return ancestor, _kicker_start(heading)
            return container, None
    return container, None


def _kicker_start(heading: etree._Element) -> etree._Element:
    """Start at the short lines printed just above the headline (a date, a "Press release" kicker)."""
    start = heading
    for sibling in list(heading.itersiblings(preceding=True))[:KICKER_LINES]:
        text = _text_of(sibling)
        if text is None:
            continue
        if len(text) > KICKER_MAX_CHARS or not (any(c.isdigit() for c in text) or len(text.split()) <= 2):
            break  # a kicker is a date or a one- or two-word label, not a breadcrumb trail
        start = sibling
    return start


def _text_of(node: etree._Element | None) -> str | None:
    if node is None:
        return None
    text = collapse(_text_content(node))
    return text or None


# --- blocks ----------------------------------------------------------------------------


class _BlockWriter:
    """Walks a container in document order and emits one block per paragraph-like element, numbered in order."""

    def __init__(
        self,
        start: etree._Element | None = None,
        heading: etree._Element | None = None,
        read: _ReadTexts | None = None,
    ) -> None:
        self.start = start  # nothing before this element is written
        self.heading = heading  # the headline's element, a heading whatever its tag
        self.read = {} if read is None else read  # elements' texts as `_densest` read them, and collapsed
        self.active = start is None
        # The start and the elements around it: the only ones the walk enters before the start.
        self.around_start = set() if start is None else {start, *start.iterancestors()}
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.links: list[Link] = []
        self.emphasised = 0
        self.plain = 0

    def write(self, container: etree._Element) -> list[Block]:
        self._visit(container, BlockKind.PARAGRAPH, None, False)
        self._flush(BlockKind.PARAGRAPH, None)
        return self.blocks

    # Arguments are passed by position and texts are handed on only while writing: this runs once for
    # every element of the release, and walks the element's children itself (no call per element).
    def _visit(self, node: etree._Element, kind: BlockKind, level: int | None, emphasis: bool) -> None:
        if not self.active:
            if node is self.start:
                self._flush(kind, level)
                self.active = True
            elif node not in self.around_start:
                # Wholly before the start: nothing of it would be written, and the block it might
                # leave open is ended, empty, when the start is reached.
                return
        tag = node.tag
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag == "br":
            self.parts.append("\n")
        elif tag == "hr":
            self._flush(kind, level)
            if self.active:
                self.blocks.append(Block(len(self.blocks), BlockKind.RULE, "---"))
        else:
            inner = emphasis  # the emphasis of what the element holds (its tail's is the parent's)
            block = False
            cell = tag in ("td", "th")
            if cell:
                self.parts.append("\n")  # cells of one row stay in the row's block, a line each
            elif tag in BLOCK_TAGS or node is self.heading:
                if self.emphasised or self.plain:
                    self._flush(kind, level)
                else:  # only white space since the last block ended (most block tags): `_flush`'s first case
                    self.parts, self.links = [], []
                kind, level = _HEADLINE if node is self.heading else _KINDS.get(tag, _PARAGRAPH)
                block = True
            else:
                if tag == "a" and self.active:
                    href = node.get("href")
                    if href:
                        self._link(node, href)
                inner = emphasis or tag in EMPHASIS_TAGS
            text = node.text
            if text and self.active:
                self.parts.append(text)
                if not text.isspace():  # only whether any text was emphasised or plain counts, not how much
                    if inner:
                        self.emphasised += 1
                    else:
                        self.plain += 1
            if len(node):  # most elements hold none: no iterator is made for them
                for child in node:
                    self._visit(child, kind, level, inner)
            if block:
                if self.emphasised or self.plain:
                    self._flush(kind, level, node)
                else:
                    self.parts, self.links = [], []
            elif cell:
                self.parts.append("\n")
        tail = node.tail
        if tail and self.active:
            self.parts.append(tail)
            if not tail.isspace():
                if emphasis:
                    self.emphasised += 1
                else:
                    self.plain += 1

    def _link(self, node: etree._Element, href: str) -> None:
        url = href.strip()
        if url and not url.startswith(("#", "javascript:")):
            self.links.append(Link(_text_of(node), url.removeprefix("mailto:")))

    def _flush(self, kind: BlockKind, level: int | None, element: etree._Element | None = None) -> None:
        """End the current block; `element` is the block element it closes (a deck by its class?)."""
        if not (self.emphasised or self.plain):
            # Nothing but white space was written since the last block ended (most flushes: the
            # indentation between block elements), so no line would be kept.
            self.parts, self.links = [], []
            return
        text = "".join(self.parts)
        known = self.read.get(element) if element is not None else None  # a block's text as `_densest` read it?
        lines = _single_line(text, known[1]) if known is not None and known[0] == text else None
        if lines is None:
            lines = _lines(text)
        if lines:
            emphasis = (self.emphasised > 0 and self.plain == 0) or (
                element is not None and len(lines[0]) <= DECK_MAX_CHARS and _is_deck(element)
            )
            self.blocks.append(Block(len(self.blocks), kind, "\n".join(lines), level, emphasis, tuple(self.links)))
        self.parts, self.links, self.emphasised, self.plain = [], [], 0, 0


def _lines(text: str) -> list[str]:
    """The lines of a block's text that are kept: each cleaned (`clean_line`), blank ones left out."""
    return [c for line in text.split("\n") if line and not line.isspace() and (c := clean_line(line))]


def _single_line(text: str, collapsed: str) -> list[str] | None:
    """`_lines(text)` without cleaning its lines again, `collapsed` being `collapse(text)`: when the
    text is one line between blank ones, its line cleaned holds the words collapsing keeps, single-
    spaced, unless the text holds a white space character `clean_line` keeps inside a line
    (`str.split` parts words on it) or normalising it to NFC (as `clean_line` does) changes it.
    None when it cannot be told so."""
    if "\n" in text.strip() or holds_any(text, UNSPLIT_SPACES):
        return None
    if not (text.isascii() or unicodedata.normalize("NFC", text) == text):
        return None
    return [collapsed] if collapsed else []


def _is_deck(node: etree._Element) -> bool:
    """A standfirst is styled as one, whatever tag carries it: the class says so."""
    names = node.get("class")
    return names is not None and _deck_names(names)


@lru_cache(maxsize=1024)
def _deck_names(names: str) -> bool:
    """Pages repeat the same class attributes on many paragraphs: each is read once."""
    return any(DECK_CLASS.search(n) and not NOT_DECK_CLASS.search(n) for n in names.split())


# The kind and level of the block each block tag opens (a paragraph when not listed).
_KINDS: dict[str, tuple[BlockKind, int | None]] = {
    tag: (BlockKind.HEADING, level) for tag, level in HEADING_TAGS.items()
}
_KINDS |= dict.fromkeys(("li", "dt", "dd"), (BlockKind.LIST_ITEM, None))
_KINDS |= {"tr": (BlockKind.TABLE_ROW, None), "address": (BlockKind.ADDRESS, None)}
_PARAGRAPH: tuple[BlockKind, int | None] = (BlockKind.PARAGRAPH, None)
_HEADLINE: tuple[BlockKind, int | None] = (BlockKind.HEADING, 1)  # the headline's element, whatever its tag
