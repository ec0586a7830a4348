"""HTML pages: the release is found inside the page chrome and kept as ordered blocks."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse.document import BlockKind
from prparse.html_blocks import _may_hold, _probe, _same_title, html_to_blocks
from prparse.normalise import collapse

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Harbor Labs opens Tacoma plant | Harbor Labs Newsroom</title>
<meta property="og:title" content="Harbor Labs opens Tacoma plant">
<meta name="description" content="A new plant.">
<meta property="article:published_time" content="2024-05-02T09:00:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "Organization", "name": "Harbor Labs"},
  {"@type": "NewsArticle", "headline": "Harbor Labs opens Tacoma plant", "datePublished": "2024-05-02",
   "author": {"@type": "Person", "name": "Ada Byrne"}, "publisher": {"@type": "Organization", "name": "Harbor Labs"}}]}
</script>
<script type="application/ld+json">{ broken json </script>
</head><body>
<header class="site-header"><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
<div id="cookie-banner">We use cookies. <button>Accept</button></div>
<div class="layout">
  <aside class="sidebar"><h3>Related releases</h3><ul><li>Old news item one</li></ul></aside>
  <article>
    <header><h1>Harbor Labs opens Tacoma plant</h1><p><em>The plant adds 300 jobs</em></p></header>
    <p>TACOMA, Wash.--(BUSINESS WIRE)--May 2, 2024--Harbor Labs today opened a plant in Tacoma.</p>
    <p>Line one<br>Line two</p>
    <ul><li>First point</li><li>Second <a href="https://harbor.example/more">point</a></li></ul>
    <table><tr><td>Media</td><td>press@harbor.example</td></tr></table>
    <address>Jo Park<br>+1 253 555 0100</address>
    <div class="share-buttons"><a href="https://twitter.com/share">Tweet</a></div>
    <p style="display:none">Hidden text</p>
  </article>
</div>
<footer class="site-footer">Copyright Harbor Labs</footer>
</body></html>"""


@pytest.fixture(scope="module")
def page():
    return html_to_blocks(PAGE)


def test_metadata_is_harvested(page):
    meta = page[1]
    assert meta.title == "Harbor Labs opens Tacoma plant | Harbor Labs Newsroom"
    assert meta.og_title == meta.headline == meta.h1 == "Harbor Labs opens Tacoma plant"
    assert meta.date_published == "2024-05-02"  # JSON-LD wins over <meta>
    assert (meta.author, meta.publisher, meta.language) == ("Ada Byrne", "Harbor Labs", "en")


def test_chrome_is_dropped(page):
    text = " ".join(b.text for b in page[0])
    for chrome in ("Home", "cookies", "Related releases", "Tweet", "Copyright", "Hidden text"):
        assert chrome not in text


def test_blocks_keep_structure_and_order(page):
    shapes = [(b.kind, b.text) for b in page[0]]
    assert shapes == [
        (BlockKind.HEADING, "Harbor Labs opens Tacoma plant"),
        (BlockKind.PARAGRAPH, "The plant adds 300 jobs"),
        (
            BlockKind.PARAGRAPH,
            "TACOMA, Wash.--(BUSINESS WIRE)--May 2, 2024--Harbor Labs today opened a plant in Tacoma.",
        ),
        (BlockKind.PARAGRAPH, "Line one\nLine two"),
        (BlockKind.LIST_ITEM, "First point"),
        (BlockKind.LIST_ITEM, "Second point"),
        (BlockKind.TABLE_ROW, "Media\npress@harbor.example"),
        (BlockKind.ADDRESS, "Jo Park\n+1 253 555 0100"),
    ]
    assert [b.index for b in page[0]] == list(range(len(page[0])))


def test_emphasis_and_links(page):
    blocks = page[0]
    assert blocks[1].emphasis and not blocks[2].emphasis
    assert blocks[5].links[0].url == "https://harbor.example/more"


def test_density_finds_the_release_without_article_markup():
    paragraphs = "".join(
        f"<p>Paragraph {i} of the release, long enough to count as real prose here.</p>" for i in range(6)
    )
    html = f"""<html><body><div class="top"><a href="/a">A</a> <a href="/b">B</a></div>
    <div class="x"><h1>Plain page release</h1><div class="y">{paragraphs}</div></div>
    <div class="z"><p>Unrelated footer words on the page.</p></div></body></html>"""
    blocks, _ = html_to_blocks(html)
    assert blocks[0].text == "Plain page release"
    assert len([b for b in blocks if b.text.startswith("Paragraph")]) == 6
    assert not any("Unrelated" in b.text for b in blocks)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("<html><body><p>Unclosed <b>tags <i>everywhere</body>", id="unclosed"),
        pytest.param(
            '<?xml version="1.0" encoding="utf-8"?><html><body><p>XHTML release</p></body></html>', id="xml-decl"
        ),
        pytest.param("<p>fragment only</p>", id="fragment"),
        pytest.param("<html></html>", id="empty-page"),
    ],
)
def test_broken_or_odd_markup_never_raises(html):
    blocks, _ = html_to_blocks(html)
    assert all(b.text for b in blocks)


def test_entities_are_not_expanded_from_outside():
    html = """<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>a &xxe; b</p></body></html>"""
    blocks, _ = html_to_blocks(html)
    assert "root:" not in " ".join(b.text for b in blocks)


def test_the_headline_h1_is_the_one_the_title_metadata_agrees_with():
    html = """<html><head><meta property="og:title" content="Ferry line adds night crossings"></head><body>
    <div class="logo"><h1>Harbour Authority</h1></div><ul class="menu-list"><li>Home</li></ul>
    <div class="wrap"><h1>Ferry line adds night crossings</h1><p class="deck">Service starts in May</p>
    <div class="text"><p>The ferry line will run crossings at night from May onwards, the authority said.</p>
    <p>Tickets cost the same as daytime crossings and can be bought on board or online.</p></div></div>
    </body></html>"""
    blocks, meta = html_to_blocks(html)
    assert meta.h1 == "Ferry line adds night crossings"
    assert [b.text for b in blocks][:2] == ["Ferry line adds night crossings", "Service starts in May"]
    assert not any(b.text in ("Harbour Authority", "Home") for b in blocks)


def test_modifier_classes_do_not_mark_content_as_chrome():
    html = """<html><body><h1>Mill reopens</h1><div class="entry-content no-share">
    <p>The old mill reopened on Friday after a restoration that took four years to finish.</p></div></body></html>"""
    blocks, _ = html_to_blocks(html)
    assert any("restoration" in b.text for b in blocks)


def test_a_chrome_sounding_wrapper_around_the_article_is_kept():
    html = """<html><body><div class="dialog-off-canvas-main-canvas"><main><article><h1>Dam repaired</h1>
    <p>Engineers finished repairing the dam on Tuesday, two weeks ahead of the schedule set in March.</p>
    </article></main></div></body></html>"""
    blocks, _ = html_to_blocks(html)
    assert [b.text for b in blocks][0] == "Dam repaired" and len(blocks) == 2


def test_a_headline_without_h1_is_found_by_the_page_title():
    html = """<html><head><title>Harbour Party Group - Night ferries approved by council</title></head><body>
    <div class="site">Harbour Party Group</div>
    <div class="post"><div class="kicker">12.03.2019 - Verkehr</div>
    <div class="headline">Night ferries approved by council</div>
    <div class="text"><p>The council approved night ferries on Thursday after a long debate about their cost.</p>
    <p>The first crossing at night will run in June, the group said in a statement.</p></div></div></body></html>"""
    blocks, meta = html_to_blocks(html)
    assert meta.h1 == "Night ferries approved by council"
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        (BlockKind.PARAGRAPH, "12.03.2019 - Verkehr"),
        (BlockKind.HEADING, "Night ferries approved by council"),
    ]
    assert "Harbour Party Group" not in [b.text for b in blocks]


def test_a_generic_label_h1_loses_to_the_heading_the_title_names():
    html = """<html><head><title>News Releases - Museum opens a glass wing</title></head><body>
    <h1>News Release</h1><div class="main"><p>March 2, 2016<br>FOR IMMEDIATE RELEASE</p>
    <h3>Museum opens a glass wing for its collection of lamps</h3>
    <p>The city museum opened a glass wing on Wednesday to show its collection of old lamps.</p>
    <p>Entry to the wing is free for the first month, the museum director said on Wednesday.</p></div></body></html>"""
    blocks, meta = html_to_blocks(html)
    assert meta.h1 == "Museum opens a glass wing for its collection of lamps"
    assert blocks[0].text == "March 2, 2016\nFOR IMMEDIATE RELEASE"


def test_a_standfirst_class_marks_the_deck():
    html = """<html><body><article><h1>Tram line opens</h1>
    <div class="article-standfirst">Trams run every six minutes</div>
    <p>The new tram line opened on Monday with a ceremony at the central station and free rides all day.</p>
    <div class="lead-image">A tram at the station, seen from the platform at night</div></article></body></html>"""
    blocks, _ = html_to_blocks(html)
    assert [(b.text, b.emphasis) for b in blocks][1:] == [
        ("Trams run every six minutes", True),
        ("The new tram line opened on Monday with a ceremony at the central station and free rides all day.", False),
        ("A tram at the station, seen from the platform at night", False),
    ]


@pytest.mark.parametrize(
    "footer, owner",
    [
        pytest.param("<footer><p>© 2023 Tramways Ltd. All rights reserved.</p></footer>", "Tramways Ltd", id="footer"),
        pytest.param(
            '<div class="site-footer-bottom">Copyright 2019-2024 City Transit</div>', "City Transit", id="class"
        ),
        pytest.param("<figure><figcaption>© Jane Roe / Photo Agency</figcaption></figure>", None, id="photo-credit"),
    ],
)
def test_the_footer_copyright_owner_is_metadata(footer, owner):
    _, meta = html_to_blocks(
        f"<html><body><article><h1>Tram line opens</h1><p>Text.</p>{footer}</article></body></html>"
    )
    assert meta.copyright == owner


@pytest.mark.parametrize(
    "markup, found",
    [
        pytest.param("<p>plain ascii</p>", False, id="ascii"),
        pytest.param("<p>caf\u00e9 \u2019quoted\u2019 \U0001f600</p>", False, id="non-ascii"),
        pytest.param("<p>tab\tand\r\nbreaks</p>", False, id="allowed-controls"),
        pytest.param("<p>bell\x07</p>", True, id="c0-control"),
        pytest.param("<p>caf\u00e9\x0b</p>", True, id="c0-in-non-ascii"),
        pytest.param("<p>\ufffe</p>", True, id="noncharacter-fffe"),
        pytest.param("<p>\uffff</p>", True, id="noncharacter-ffff"),
        pytest.param("<p>\ud800</p>", True, id="lone-surrogate"),
        pytest.param("<p>\uff01 \ufffd \ufeff \uf8ff</p>", False, id="lead-byte-ef-allowed"),
        pytest.param("<p>\uff01\x01</p>", True, id="lead-byte-ef-and-c0"),
        pytest.param("<p>\ufffd\uffff</p>", True, id="replacement-then-noncharacter"),
    ],
)
def test_characters_xml_forbids_are_found_as_the_regex_finds_them(markup, found):
    from prparse.html_blocks import _NOT_XML_CHARS, _has_non_xml_chars

    assert _has_non_xml_chars(markup) is found
    assert (_NOT_XML_CHARS.search(markup) is not None) is found


@pytest.mark.parametrize(
    "wrapper_text, titled",
    [
        pytest.param("Tram line opens downtown " + "and runs all night. " * 200, True, id="long-wrapper-starts-so"),
        pytest.param("Timetables and fares " + "for every line. " * 200, False, id="long-wrapper-does-not"),
    ],
)
def test_a_long_element_is_titled_by_its_beginning(wrapper_text, titled):
    page = (
        "<html><head><title>Tram line opens downtown</title></head><body>"
        f"<div><p>{wrapper_text}</p></div></body></html>"
    )
    _, meta = html_to_blocks(page)
    assert (meta.h1 is not None and meta.h1.startswith("Tram line opens downtown")) is titled


@pytest.mark.parametrize(
    "declaration",
    [
        pytest.param('<meta charset="iso-8859-1">', id="meta-charset"),
        pytest.param('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">', id="http-equiv"),
        pytest.param("", id="none"),
    ],
)
def test_a_charset_the_page_declares_is_not_applied_to_text_already_decoded(declaration):
    page = (
        f"<html><head>{declaration}<title>Caf\u00e9 opens</title></head>"
        "<body><h1>Caf\u00e9 opens in Z\u00fcrich</h1>"
        "<p>\u201cWelcome,\u201d it says \u2013 \u20ac5 a cup.</p></body></html>"
    )
    blocks, meta = html_to_blocks(page)
    assert meta.title == "Caf\u00e9 opens"
    assert [b.text for b in blocks] == [
        "Caf\u00e9 opens in Z\u00fcrich",
        "\u201cWelcome,\u201d it says \u2013 \u20ac5 a cup.",
    ]


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("<footer>\u00a9 2024 Tramways Ltd.</footer>", id="sign"),
        pytest.param("<footer>&copy; 2024 Tramways Ltd.</footer>", id="named-entity"),
        pytest.param("<footer>&#169; 2024 Tramways Ltd.</footer>", id="decimal-reference"),
        pytest.param("<footer>&#xA9; 2024 Tramways Ltd.</footer>", id="hex-reference"),
        pytest.param("<footer>Copyright 2024 Tramways Ltd.</footer>", id="word"),
        pytest.param("<footer>(c) 2024 Tramways Ltd.</footer>", id="letter-in-brackets"),
        pytest.param("<footer>Tramways Ltd.</footer>", id="no-sign"),
        pytest.param("", id="no-footer"),
    ],
)
def test_the_copyright_owner_found_on_first_use_is_the_one_the_whole_page_gives(footer):
    from prparse.html_blocks import _copyright, _parse_tree

    page = f"<html><body><article><h1>Tram line opens</h1><p>Text.</p></article>{footer}</body></html>"
    _, meta = html_to_blocks(page)
    assert meta.copyright == _copyright(_parse_tree(page))
    assert meta.copyright == meta.copyright  # read again from the cache


@pytest.mark.parametrize(
    "inner",
    [
        pytest.param("<main><p>Text</p></main>", id="main"),
        pytest.param("<div><article><p>Text</p></article></div>", id="article-deep"),
        pytest.param("<h1>Title</h1>", id="h1"),
        pytest.param('<div itemprop="articleBody">Text</div>', id="article-body"),
        pytest.param('<div itemprop="articlebody">Text</div>', id="article-body-other-case"),
        pytest.param("<ul><li>Home</li><li>News</li></ul>", id="menu"),
        pytest.param("Text only", id="text"),
    ],
)
def test_a_wrapper_holds_the_release_as_the_xpath_union_says(inner):
    from lxml import etree

    from prparse.html_blocks import _holds_release, _parse_tree

    wrapper = _parse_tree(f'<html><body><div class="off-canvas">{inner}</div></body></html>').find(".//div")
    union = etree.XPath("boolean(.//h1 | .//article | .//main | .//*[@itemprop='articleBody'])")
    assert _holds_release(wrapper) is union(wrapper)


@pytest.mark.parametrize("char", list("\u00a9(c)opyright"), ids=lambda c: f"U+{ord(c):04X}")
def test_every_reference_that_makes_a_character_of_a_copyright_sign_keeps_the_footer_search(char):
    import html

    from prparse.html_blocks import _may_hold_sign

    for reference in (f"&#{ord(char)};", f"&#x{ord(char):x};", f"&#X{ord(char):X}", f"&#00{ord(char)};"):
        assert html.unescape(reference) == char
        page = f"<html><body><p>{reference}</p></body></html>"
        assert _may_hold_sign(page), reference


@pytest.mark.parametrize("reference", ["&#8217;", "&#x2019;", "&#1690;", "&#x6a;", "&amp;", "&nbsp;"])
def test_references_that_make_no_sign_character_skip_the_footer_search(reference, monkeypatch):
    from prparse import html_blocks

    page = f"<html><body><footer>{reference} Acme</footer></body></html>"
    assert not html_blocks._may_hold_sign(page)
    monkeypatch.setattr(html_blocks, "_parse_tree", lambda *args: pytest.fail("the page was parsed again"))
    assert html_blocks._copyright_finder(page, page.encode())() is None


_BYTES_PAGE = "<html><head><title>Mill reopens</title></head><body><h1>{h1}</h1><p>{p}</p></body></html>"
PAGES_IN_BYTES = {
    "ascii": _BYTES_PAGE.format(h1="Mill reopens", p="It reopened."),
    "non-ascii": _BYTES_PAGE.format(h1="Caf\u00e9 reopens", p="\u201cIt\u2019s back,\u201d she said \u2013 \u20ac5."),
    "xml-declaration": '<?xml version="1.0"?>\n' + _BYTES_PAGE.format(h1="Mill reopens", p="Yes."),
    "control-characters": _BYTES_PAGE.format(h1="Mill\x0b reopens", p="It\x01 reopened."),
    "noncharacter": _BYTES_PAGE.format(h1="Mill reopens", p="It reopened\ufffe."),
}


@pytest.mark.parametrize("page", PAGES_IN_BYTES.values(), ids=PAGES_IN_BYTES.keys())
def test_a_page_handed_over_with_its_utf8_bytes_gives_what_the_text_alone_gives(page):
    assert html_to_blocks(page, utf8=page.encode("utf-8")) == html_to_blocks(page)


@pytest.mark.parametrize(
    "raw, encoding, shortcut",
    [
        pytest.param("caf\u00e9".encode(), "utf-8", True, id="utf-8"),
        pytest.param(b"\xef\xbb\xbfcafe", "utf-8", False, id="byte-order-mark"),
        pytest.param(b"caf\xe9", "cp1252", False, id="legacy"),
        pytest.param(b"caf\xff", "utf-8", False, id="replaced-bytes"),
    ],
)
def test_the_input_bytes_are_reused_only_when_they_are_the_text_in_utf8(raw, encoding, shortcut):
    from prparse.pipeline import _is_utf8_of

    text = raw.decode(encoding.replace("utf-8", "utf-8-sig"), errors="replace")
    assert _is_utf8_of(raw, text, encoding) is shortcut
    if shortcut:
        assert text.encode("utf-8") == raw


@pytest.mark.parametrize(
    "inner",
    [
        pytest.param("plain", id="text"),
        pytest.param("a <b>bold</b> tail <i>x</i>", id="nested-with-tails"),
        pytest.param("caf&eacute; &amp; &#8217;s &nbsp;", id="references"),
        pytest.param("<pre>  kept\n  lines </pre>", id="pre"),
        pytest.param("", id="empty"),
        pytest.param("<span></span><br>after", id="empty-children"),
    ],
)
def test_text_content_is_the_xpath_string_value(inner):
    from lxml import etree

    from prparse.html_blocks import _parse_tree, _text_content

    node = _parse_tree(f"<html><body><div>{inner}</div> outside</body></html>").find(".//div")
    assert _text_content(node) == etree.XPath("string()", smart_strings=False)(node)


@pytest.mark.parametrize(
    ("raw", "part"),
    [
        pytest.param("Acme opens a plant", "acme opens a plant in ohio", id="cut-short-title"),
        pytest.param("  Acme \n opens   a plant  ", "acme opens a plant", id="spaced-out"),
        pytest.param("\ufb03 \ufb03 \ufb03", "ffi ffi ffi", id="ligatures-fold-longer"),
        pytest.param("Stra\u00dfe fu\u00dft hei\u00dft", "strasse fusst heisst", id="sharp-s-folds-longer"),
        pytest.param(
            "\u0390\u0390 \u0390\u0390 \u0390", "\u0390\u0390 \u0390\u0390 \u0390".casefold(), id="three-fold"
        ),
        pytest.param("Home", "acme opens a plant", id="short-link"),
        pytest.param("", "acme opens a plant", id="empty"),
    ],
)
def test_no_element_that_could_be_the_title_is_skipped_for_its_length(raw, part):
    from prparse.html_blocks import TITLE_LENGTH_RATIO, _may_reach, _same_title
    from prparse.normalise import collapse

    text = collapse(raw).casefold()  # the slow form: every element reduced and compared
    matches = text.startswith(part) or _same_title(text, part)
    shortest = len(part) * TITLE_LENGTH_RATIO
    assert _may_reach(raw, shortest) or not matches


def test_a_title_that_folds_longer_is_still_found_in_a_small_element():
    page = (
        "<html><head><title>Site - \ufb03 \ufb03 \ufb03</title></head>"
        "<body><div><a>Home</a></div><div class='t'>\ufb03 \ufb03 \ufb03</div><p>Body text of the release.</p>"
        "</body></html>"
    )
    from prparse.html_blocks import _element_titled, _parse_tree, _title_parts

    body = _parse_tree(page).find("body")
    found = _element_titled(body, _title_parts(["site - \ufb03 \ufb03 \ufb03".casefold()]))
    assert found is not None and found.get("class") == "t"


def _chrome_by_walk(root):
    """The slow form: a walk in Python that does not enter a doomed element."""
    from prparse.html_blocks import _CHROME, _verdict

    doomed, stack = [], [root]
    while stack:
        node = stack.pop()
        if _verdict(node, {}, {}) is _CHROME:
            doomed.append(node)
        else:
            stack.extend(reversed(node))
    return doomed


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("<nav><ul><li><a>Home</a></li></ul></nav><p>Text</p>", id="nested-chrome-first"),
        pytest.param("<div><p>Text</p><div class='share'><script>x</script></div></div>", id="chrome-last-child"),
        pytest.param("<p>Text<!-- note --></p><aside><nav>m</nav></aside>", id="comment-and-chrome-at-end"),
        pytest.param(
            "<div class='sidebar-wrap'><article><p>Text</p></article></div><footer><p>(c)</p></footer>",
            id="chrome-class-holding-the-article",
        ),
        pytest.param("<div><div><div><script>x</script></div></div></div><p>after</p>", id="deep-then-sibling"),
        pytest.param("<p>Only text</p>", id="no-chrome"),
        pytest.param(
            "<div><nav>a</nav><p>b</p><div><aside>c</aside></div></div><div><p>d</p><aside>e</aside></div>"
            "<footer><p>f</p></footer><div><div><div><button>g</button></div><script>h</script></div></div>",
            id="chrome-at-each-depth-near-the-root",
        ),
    ],
)
def test_chrome_found_by_lxml_iteration_is_the_chrome_a_pruned_walk_finds(body):
    from prparse.html_blocks import _chrome_of, _parse_tree

    root = _parse_tree(f"<html><head><title>t</title></head><body>{body}</body></html>")
    walked, found = _chrome_by_walk(root), _chrome_of(root)[0]
    assert walked and len(found) == len(walked)
    assert all(a is b for a, b in zip(found, walked, strict=True))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("<div>\n  <p>One</p>\n  <div>\n    <p>Two <b>bold</b></p>\n  </div>\n</div>", id="indented"),
        pytest.param("<table><tr><td> </td><td>\n</td></tr><tr><td>cell</td></tr></table>", id="blank-cells"),
        pytest.param("<p><br><br>\u00a0</p><p><b>All bold</b></p><hr><p>\u2003</p>", id="breaks-and-odd-spaces"),
        pytest.param("<p><a href='https://x.example'> </a></p><p>Text <a href='/y'>link</a></p>", id="blank-link"),
        pytest.param("<h2>Title</h2>  <p class='standfirst'>A deck line</p> tail text", id="deck-and-tail"),
        pytest.param("<p><a href='https://x.example'> </a></p>tail text", id="blank-link-then-tail"),
    ],
)
def test_blocks_skip_whitespace_flushes_without_changing(body):
    from prparse.html_blocks import _BlockWriter, _parse_tree

    class NoughtButTrue(int):  # a count of nothing written that still reads as "something was written"
        def __bool__(self):
            return True

    class SlowWriter(_BlockWriter):  # the slow form: every block ends by splitting and cleaning its lines
        def __init__(self):
            super().__init__()
            self.plain = NoughtButTrue(0)

        def _flush(self, kind, level, element=None):
            super()._flush(kind, level, element)
            self.plain = NoughtButTrue(self.plain)

    page = f"<html><body><div>{body}</div></body></html>"
    fast = _BlockWriter().write(_parse_tree(page).find("body"))
    slow = SlowWriter().write(_parse_tree(page).find("body"))
    assert fast == slow and fast


_PLAIN_SELECTORS = (  # the XPath forms of rules.html.CONTENT_MARKERS
    "//*[@itemprop='articleBody']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' press-release ')]",
    "//article",
    "//*[@role='main']",
    "//main",
)


@pytest.mark.parametrize("hidden", ["", " style='display:none'"], ids=["chrome-dropped", "hidden-root-kept-whole"])
def test_marked_elements_gathered_by_the_chrome_walk_are_what_the_plain_selectors_select(hidden):
    from lxml import etree

    from prparse.html_blocks import _bears, _drop_chrome, _parse_tree
    from prparse.rules.html import CONTENT_MARKERS

    body = "".join(
        f"<div class='{cls}' itemprop='{prop}' role='{role}'><p>x</p></div>"
        for cls in ("press-release", " a\tpress-release\nb ", "press-releases", "my-press-release", "", "PRESS-RELEASE")
        for prop in ("articleBody", "articlebody", "")
        for role in ("main", "mainly", "")
    )
    chrome = "<nav><main>m</main></nav><div class='sidebar' role='main'><p class='press-release'>s</p></div>"
    root = _parse_tree(
        f"<html{hidden}><body class='press-release'><article><div class='press-release'>y</div></article>"
        f"{chrome}<main>{body}</main><section itemprop='articleBody' hidden>h</section></body></html>"
    )
    marked = _drop_chrome(root)
    for marker, plain in zip(CONTENT_MARKERS, _PLAIN_SELECTORS, strict=True):
        expected = etree.XPath(plain)(root)  # over the page as the walk left it
        assert expected and [n for n in marked if _bears(n, marker)] == expected


def _titled_slowly(body, parts):
    """The slow form of `_element_titled`: every element's whole text reduced, words counted in full."""
    from prparse.html_blocks import (
        _HEAD_CHARS,
        MIN_TITLE_WORDS,
        TITLE_LENGTH_RATIO,
        TITLE_TAGS,
        _same_title,
        _text_content,
    )
    from prparse.normalise import collapse

    longest = max(len(p) for p in parts) / TITLE_LENGTH_RATIO
    for node in body.iter(*TITLE_TAGS):
        if len(node) > 3:
            continue
        raw = _text_content(node)
        head = collapse(raw[: _HEAD_CHARS + int(longest)]).casefold()
        if len(head) > longest and len(raw) > _HEAD_CHARS + longest and len(head.split()) >= MIN_TITLE_WORDS:
            if any(head.startswith(p) for p in parts):
                return node
            continue
        text = collapse(raw).casefold()
        if len(text.split()) >= MIN_TITLE_WORDS and any(text.startswith(p) or _same_title(text, p) for p in parts):
            return node
    return None


_TITLE = "Acme opens a new plant in Ohio"


@pytest.mark.parametrize(
    "inner",
    [
        pytest.param(f"<div><a>Home</a></div><div>{_TITLE}</div>", id="plain-title"),
        pytest.param(f"<div>{_TITLE} and hires two hundred workers</div>", id="title-cut-short"),
        pytest.param(f"<div>{'x ' * 180}{_TITLE}</div><p>{_TITLE}</p>", id="title-past-a-long-head"),
        pytest.param(f"<div>{_TITLE} {'y ' * 200}</div>", id="long-wrapper-opening-with-title"),
        pytest.param(f"<span>{_TITLE.upper()}</span>", id="capitals"),
        pytest.param("<span>Acme</span><b>opens</b>", id="no-title"),
        pytest.param(f"<div>\u00a0 {_TITLE}\u200b </div>", id="odd-spaces"),
        pytest.param(f"<div>\u200b{_TITLE}</div>", id="invisible-first"),
        pytest.param(f"<p>{'x ' * 60}Acme opens a new plant</p><p>{_TITLE} {'z ' * 60}</p>", id="opening-or-not"),
        pytest.param(f"<div>{' ' * 300}{_TITLE}</div>", id="long-indentation"),
        pytest.param(f"<div><p>{_TITLE} and more</p><p>{'w ' * 80}{_TITLE}</p></div>", id="paragraphs-read-once"),
    ],
)
def test_the_title_element_is_the_one_the_slow_search_finds(inner):
    from prparse.html_blocks import _densest, _element_titled, _parse_tree, _title_parts

    body = _parse_tree(f"<html><body>{inner}</body></html>").find("body")
    parts = _title_parts([f"site | {_TITLE}".casefold()])
    assert parts == [_TITLE.casefold()]
    assert _element_titled(body, parts) is _titled_slowly(body, parts)
    read = {}
    _densest(body, read)  # the texts it read, and collapsed, are read again no more
    assert _element_titled(body, parts, read) is _titled_slowly(body, parts)


def test_json_ld_scripts_are_those_the_xpath_selects():
    from lxml import etree

    from prparse.html_blocks import _json_ld_scripts, _parse_tree, _tagged

    types = ("application/ld+json", "APPLICATION/LD+JSON", " application/ld+json", "text/javascript", None)
    scripts = "".join(f"<script{'' if t is None else f' type={t!r}'}>{{}}</script>" for t in types)
    page = f"<html><head>{scripts}</head><body><div>{scripts}</div><p>Text</p>{scripts}</body></html>"
    root = _parse_tree(page)
    expected = etree.XPath("//script[@type='application/ld+json']")(root)
    assert len(expected) == 3 and _json_ld_scripts(_tagged(root, ("script",))["script"]) == expected


def test_elements_gathered_in_one_pass_are_those_each_tag_search_finds():
    from prparse.html_blocks import _parse_tree, _tagged

    page = (
        "<html><head><title>T</title><meta name='a' content='1'><script>x</script></head><body>"
        "<p><time>1 May</time><meta itemprop='b' content='2'></p><svg><title>Icon</title></svg>"
        "<script type='application/ld+json'>{}</script><time datetime='2024'>2024</time></body></html>"
    )
    root = _parse_tree(page)
    tags = ("meta", "script", "title", "time")
    found = _tagged(root, tags)
    assert all(found[tag] == list(root.iter(tag)) and found[tag] for tag in tags)


_TITLE_TEXT = st.text(alphabet=st.sampled_from("abcdeÄßİ \n\t\u00a0\u200b-."), min_size=0, max_size=40)


@given(
    part=_TITLE_TEXT.filter(lambda p: p.strip()),
    raw=_TITLE_TEXT,
    start=st.integers(0, 40),
    end=st.integers(0, 40),
    upper=st.booleans(),
)
def test_the_title_probe_never_rules_out_an_element_the_title_names(part, raw, start, end, upper):
    """Whenever an element's reduced text holds a title part, or lies in it at comparable length
    (what `_element_titled` accepts), the cheap probe screen lets the element through."""
    part = collapse(part).casefold()
    for shown in (raw[:start] + part + raw[start:], part[start:end], raw):  # holding it, inside it, anything
        shown = shown.upper() if upper else shown
        text = collapse(shown).casefold()
        if part in text or _same_title(text, part):
            assert _may_hold(shown, [_probe(part)])


_CLASS_WORDS = st.sampled_from(
    [
        "page",  # the first pieces of boilerplate words, and second pieces, alone or joined
        "Site",
        "teaser",
        "more",
        "footer",
        "list",
        "news",
        "reader",
        "nav",
        "Navbar",
        "side-bar",
        "sidebar",
        "ads",
        "AD",
        "header",
        "tag-list",
        "taglist",
        "lang-switch",
        "no-share",
        "has_sidebar",
        "is-menu",
        "ſocial",
        "K",
        "main",
        "article",
        "x",
        "",
        "breadcrumbs",
    ]
)
_CLASS_TEXT = st.lists(
    st.tuples(_CLASS_WORDS, st.sampled_from(["", "-", "_", " ", "\t", "\x1f", "--", "\u00a0", "é"])), max_size=6
).map(lambda pairs: "".join(word + joint for word, joint in pairs))


@given(names=st.none() | _CLASS_TEXT, ident=st.none() | _CLASS_TEXT)
def test_class_names_are_judged_as_each_token_searched_alone(names, ident):
    """Judging the class and the id text whole (the screen on their pieces first) says what searching
    each token apart said."""
    from prparse.html_blocks import _boilerplate
    from prparse.rules.html import BOILERPLATE_CLASS, MODIFIER_CLASS_PREFIXES

    tokens = f"{names or ''} {ident or ''}".split()
    expected = any(BOILERPLATE_CLASS.search(t) for t in tokens if not t.startswith(MODIFIER_CLASS_PREFIXES))
    judged: dict[str, bool] = {}
    found = any(_boilerplate(text, judged) for text in (names, ident) if text is not None)
    assert found is expected
    assert all(_boilerplate(text, {}) is verdict for text, verdict in judged.items())  # the same, judged again


_STYLE_TEXT = st.lists(
    st.sampled_from("display DISPLAY Visibility visibility : none NONE Hidden hidden ; x é".split() + [" ", "\t"]),
    max_size=8,
).map("".join)


@given(style=_STYLE_TEXT)
def test_hidden_styles_are_the_ones_the_pattern_finds(style):
    """The word screen before the search never turns away a style the pattern would find."""
    from prparse.html_blocks import _HIDDEN_STYLE, _hidden_style

    assert _hidden_style(style) is (_HIDDEN_STYLE.search(style) is not None)


@pytest.mark.parametrize(
    ("markup", "kind", "level"),
    [
        ("<h3>Sub <b>head</b></h3>", BlockKind.HEADING, 3),
        ("<dl><dt>Term</dt></dl>", BlockKind.LIST_ITEM, None),
        ("<table><tr><th>A</th><td>B</td></tr></table>", BlockKind.TABLE_ROW, None),
        ("<address>Acme</address>", BlockKind.ADDRESS, None),
        ("<section>Text</section>", BlockKind.PARAGRAPH, None),
        ("<table><tr><td>Headline here</td></tr></table>", BlockKind.TABLE_ROW, None),  # a cell, even as the headline
    ],
)
def test_each_block_tag_writes_its_kind(markup, kind, level):
    from prparse.html_blocks import _BlockWriter, _parse_tree

    body = _parse_tree(f"<html><body>{markup}</body></html>").find("body")
    heading = next(iter(body.iter("td")), None)
    blocks = _BlockWriter(None, heading).write(body)
    assert [(b.kind, b.level) for b in blocks] == [(kind, level)]


def _scope_slowly(container, heading, body):
    """The slow form of `_scope`: document order read from a table of every element under the ancestor."""
    from prparse.html_blocks import _kicker_start

    if heading is None or any(a is container for a in heading.iterancestors()):
        return container, None
    heading_ancestors = set(heading.iterancestors())
    for ancestor in container.iterancestors():
        if ancestor in heading_ancestors:
            order = {node: i for i, node in enumerate(ancestor.iter())}
            return (ancestor, _kicker_start(heading)) if order[heading] < order[container] else (container, None)
    return container, None


@pytest.mark.parametrize(
    ("heading_id", "container_id"),
    [
        ("h", "c"),  # the headline above the article, in a page header
        ("late", "c"),  # a heading after the article
        ("c", "c"),  # the headline's element is the container itself
        ("wrap", "c"),  # the headline's element holds the container
        ("inner", "c"),  # the headline inside the container
        ("h", "deep"),  # the container nested deeper than the headline
    ],
)
def test_scope_orders_headline_and_container_as_the_slow_form_does(heading_id, container_id):
    from prparse.html_blocks import _parse_tree, _scope

    page = (
        "<html><body><div><p>12.03.2019</p><h1 id='h'>Title</h1></div>"
        "<div id='wrap'><div id='c'><h2 id='inner'>Sub</h2><section><div id='deep'><p>Text</p></div></section></div>"
        "</div><h3 id='late'>Late</h3></body></html>"
    )
    root = _parse_tree(page)
    body = root.find("body")
    (heading,), (container,) = root.xpath(f"//*[@id='{heading_id}']"), root.xpath(f"//*[@id='{container_id}']")
    assert _scope(container, heading, body) == _scope_slowly(container, heading, body)


def test_meta_contents_collapsed_when_read_give_what_eager_collapsing_gave():
    from prparse.html_blocks import _first
    from prparse.normalise import collapse

    raw = {"og:title": " \u00a0\n", "twitter:title": "  Acme\n opens  ", "dc.title": "Other", "date": "\u200b"}
    eager = {k: collapse(v) for k, v in raw.items()}  # the slow form: every content collapsed as it is read

    def first_eagerly(keys):
        return next((eager[k] for k in keys if eager.get(k)), None)

    for keys in (("og:title", "twitter:title", "dc.title"), ("og:title",), ("date", "dc.title"), ("missing",)):
        assert _first(raw, keys) == first_eagerly(keys)


@given(
    st.text(alphabet=st.sampled_from(list("ab \n\t\u00a0\u200b\u00ad\u3000")), max_size=120),
    st.integers(min_value=1, max_value=12),
)
def test_text_held_is_told_as_collapsing_the_whole_text_tells(text, size):
    from lxml import etree

    from prparse.html_blocks import _holds_text, _text_of

    node = etree.Element("article")
    node.text, inner = text[: len(text) // 2], etree.SubElement(node, "p")
    inner.text = text[len(text) // 2 :]
    assert _holds_text(node, size) is (len(_text_of(node) or "") >= size)  # the slow form


@pytest.mark.parametrize("between", [" ", "\n  ", "\u00a0"])
def test_chrome_between_two_words_leaves_them_apart(between):
    """Dropping a script or a share button keeps the white space after it: the words do not run together."""
    page = (
        f"<html><body><article><p><span>Acme</span><script>x</script>{between}<span>shipped</span>"
        f"<button>Share</button>{between}a widget today to its customers in Ohio.</p></article></body></html>"
    )
    blocks, _ = html_to_blocks(page)
    assert [b.flat for b in blocks] == ["Acme shipped a widget today to its customers in Ohio."]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("<p>a<script>x</script>b<script>y</script>c</p>", id="doomed-siblings-with-tails"),
        pytest.param("<p><button>x</button>tail<span>s</span></p>", id="first-child-with-tail"),
        pytest.param("<div>t<nav>m</nav></div>tail<aside>x</aside><p>z</p>", id="doomed-last-child-no-tail"),
        pytest.param("<div class='menu'>m</div>\n <div class='share'><p>s</p></div>\n<p>z</p>", id="classes"),
        pytest.param("<p>No chrome</p>", id="no-chrome"),
    ],
)
def test_stripping_the_chrome_leaves_the_texts_removing_each_element_leaves(body):
    """One strip pass over the renamed chrome gives the texts and tails that removing each element gives."""
    from lxml import etree

    from prparse.html_blocks import _chrome_of, _drop_chrome, _parse_tree, _remove

    page = f"<html><head><title>t</title></head><body>{body}</body></html>"
    stripped, removed = _parse_tree(page), _parse_tree(page)
    _drop_chrome(stripped)
    for node in _chrome_of(removed)[0]:
        _remove(node)
    assert etree.tostring(stripped) == etree.tostring(removed)
    assert [(n.tag, n.text, n.tail) for n in stripped.iter()] == [(n.tag, n.text, n.tail) for n in removed.iter()]


def test_no_element_of_a_page_bears_the_doomed_elements_tag():
    """The parser lowers tag names: an element written with the tag chrome is renamed to stays."""
    from prparse.html_blocks import _DOOMED

    blocks, _ = html_to_blocks(f"<html><body><p>One <{_DOOMED}>two</{_DOOMED}> three</p></body></html>")
    assert [b.text for b in blocks] == ["One two three"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "<div><p>Menu <b>bold</b><br>line</p><table><tr><td>cell</td><td><a href='/x'>link</a></td></tr></table>"
            "<hr>loose text<div>open</div></div><span>Press release</span><h1>Acme ships a rocket</h1>"
            "<div><p>Acme shipped a rocket today.</p><p class='standfirst'>A deck</p></div> tail",
            id="breaks-cells-rules-and-links-before-the-start",
        ),
        pytest.param(
            "<table><tr><td>before</td><td><b>Kicker</b><h1>Headline in a cell</h1>after</td></tr>"
            "<tr><td>next row</td></tr></table><p>Body text</p>",
            id="start-inside-a-cell",
        ),
        pytest.param(
            "<section><em>Lead-in <i>all emphasised</i></em><h2>Title</h2><ul><li>One</li><li>Two</li></ul></section>",
            id="start-after-emphasis",
        ),
    ],
)
def test_the_writer_skips_what_lies_wholly_before_the_start_without_changing_the_blocks(body):
    """Whatever element the writing starts at, entering every element before it (the slow form) writes the same."""
    from prparse.html_blocks import _BlockWriter, _parse_tree

    root = _parse_tree(f"<html><body>{body}</body></html>").find("body")
    heading = next(iter(root.iter("h1")), None)
    for start in root.iter():
        slow = _BlockWriter(start, heading)
        slow.around_start = set(root.iter())  # the slow form: every element is entered, written or not
        fast = _BlockWriter(start, heading).write(root)
        assert fast == slow.write(root), start.tag


@pytest.mark.parametrize(
    "hiding",
    ["hidden", "aria-hidden='true'", "style='display: none'", "style='VISIBILITY:hidden'", "class='x' hidden"],
)
def test_an_element_hidden_by_any_attribute_hidden_reads_is_chrome(hiding):
    """The attribute-name screen before `_hidden` lets every hiding attribute through."""
    from prparse.html_blocks import _HIDING_KEYS, _verdict

    root = _parse_tree_of(f"<div {hiding}><p>Hidden text</p></div>")
    node = root.find(".//div")
    assert not _HIDING_KEYS.isdisjoint(node.keys())
    assert _verdict(node, {}, {}) == "chrome"


def _parse_tree_of(body):
    from prparse.html_blocks import _parse_tree

    return _parse_tree(f"<html><body>{body}</body></html>")


@pytest.mark.parametrize(
    "token",
    ["site_header", "my-site-header-x", "ad_slot", "AD-SLOT", "languageswitch", "Language-Select", "lang_switch"]
    + ["side-bar-left", "sidebar_", "-nav-", "tags-list", "off-canvas", "offcanvas", "x-more-news", "more", "page"]
    + ["screen-reader-text", "screen-reader", "breadcrumbs_wrap", "teaser-listing", "col-md-4", "K-menu", "é-nav"],
)
def test_a_class_token_judged_by_its_pieces_is_judged_as_the_pattern_searched(token):
    from prparse.html_blocks import _boilerplate_token
    from prparse.rules.html import BOILERPLATE_CLASS

    assert _boilerplate_token.__wrapped__(token) is (BOILERPLATE_CLASS.search(token) is not None)


def test_boilerplate_tokens_are_lower_case_words_parted_by_hyphens():
    """What judging a class token by its pieces relies on (see `_boilerplate_token`)."""
    import re

    from prparse.rules.html import BOILERPLATE_TOKENS

    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) for word in BOILERPLATE_TOKENS)
    assert len(set(BOILERPLATE_TOKENS)) == len(BOILERPLATE_TOKENS)


_LINE_TEXT = st.text(
    alphabet=st.sampled_from("ab .\n\t\u00a0\u200b\u00ad\r\x1c\x85\u2028e\u0301\u00e9\u2019"), max_size=30
)


@given(text=_LINE_TEXT)
def test_a_text_read_once_gives_the_lines_cleaning_it_gives(text):
    """Whenever `_single_line` tells a block's lines from the text collapsed, they are the lines the
    writer cleans out of it (the slow form)."""
    from prparse.html_blocks import _lines, _single_line

    told = _single_line(text, collapse(text))
    assert told is None or told == _lines(text)
    if "\n" not in text.strip() and text.isascii() and "\r" not in text and "\x1c" not in text:
        assert told is not None  # an ASCII line between blank ones is always told


@given(text=_LINE_TEXT, padding=st.sampled_from(["", " x" * 100, "  word\n" * 40]))
def test_a_paragraph_collapsed_by_halving_its_spaces_is_the_text_collapsed(text, padding):
    """`collapse`, which halves the runs of spaces of a long simple text, gives its words joined by single
    spaces, long texts or short; and `_single_line` tells the lines cleaning gives."""
    from prparse.html_blocks import _lines, _single_line
    from prparse.normalise import _SPACE_LIKE

    raw = text + padding + text
    collapsed = collapse(raw)
    assert collapsed == " ".join(raw.translate(_SPACE_LIKE).split())
    told = _single_line(raw, collapsed)
    assert told is None or told == _lines(raw)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("<p>One paragraph, long enough to be read for its density.</p>", id="plain"),
        pytest.param("<p>\n   Indented paragraph, long enough to be read for density.\n</p>", id="blank-lines-around"),
        pytest.param("<p>Two lines of a paragraph that\nbreaks in the source markup.</p>", id="broken-line"),
        pytest.param("<p>A paragraph with a <br> break in it, long enough to read.</p>", id="br"),
        pytest.param("<p>Cafe\u0301 and caf\u00e9 in a paragraph long enough to be read.</p>", id="not-nfc"),
        pytest.param("<p>A paragraph&#13;with a carriage return, long enough to read.</p>", id="carriage-return"),
        pytest.param("<p><b>Bold</b> and <a href='/x'>a link</a> in a paragraph long enough.</p>", id="inline"),
        pytest.param("<ul><li>An item of a list, long enough to be read for density</li></ul>", id="list"),
        pytest.param(
            "<blockquote><p>A quote inside a quote block, long enough to be read.</p> and after</blockquote>",
            id="nested",
        ),
    ],
)
def test_the_writer_writes_the_same_blocks_from_the_texts_the_density_search_read(body):
    """Handed the paragraphs `_densest` read, the writer writes what it writes reading them itself."""
    from prparse.html_blocks import _BlockWriter, _densest, _parse_tree

    root = _parse_tree(f"<html><body><div>{body}{body}</div><p>Short</p></body></html>").find("body")
    read = {}
    _densest(root, read)
    assert read
    assert _BlockWriter(None, None, read).write(root) == _BlockWriter().write(root)


@given(raw=_TITLE_TEXT, part=_TITLE_TEXT.filter(lambda p: p.strip()), size=st.integers(0, 30), upper=st.booleans())
def test_the_opening_and_length_screens_never_rule_out_an_element_the_title_names(raw, part, size, upper):
    """A text that, collapsed and case-folded, begins with a title part passes `_may_open`; one that
    `_collapses_past` a length is longer than it, collapsed."""
    from prparse.html_blocks import _collapses_past, _may_open, _opening

    part = collapse(part).casefold()
    for shown in (raw, part + raw, raw[:size] + part):
        shown = shown.upper() if upper else shown
        if collapse(shown).casefold().startswith(part):
            assert _may_open(shown, (_opening(part),), len(_opening(part)))
        if _collapses_past(shown, size):
            assert len(collapse(shown)) > size


@pytest.mark.parametrize(
    "markup",
    [
        "<div>\n <div> lead <p>text</p> tail </div>\n after</div>",
        "<div><span>only</span></div>",
        "<div>before<b></b></div>",
        "<div><div><div>deep <i>text</i></div>\n</div></div>",
    ],
)
def test_the_text_of_a_wrapped_element_is_its_wrapper_s_between_the_two(markup):
    from prparse.html_blocks import _inner_text, _parse_tree, _text_content

    wrapper = _parse_tree(f"<html><body>{markup}</body></html>").find("body")[0]
    while len(wrapper) == 1:
        inner = wrapper[0]
        assert _inner_text(wrapper, _text_content(wrapper), inner) == _text_content(inner)
        wrapper = inner
