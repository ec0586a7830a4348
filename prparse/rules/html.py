"""Data for reading HTML pages: what to drop, where the release sits, where metadata lives."""

from __future__ import annotations

import re

from prparse.rules.patterns import alternation

# Elements that never hold the release's text.
DROP_TAGS = frozenset(
    "script style noscript template svg canvas iframe object embed video audio map button select "
    "option input textarea nav aside dialog head link meta source track picture figure".split()
)

# Page chrome dropped unless it sits inside the article itself (an <article>'s own <header>
# holds the headline; the page's <header> holds the site menu).
CHROME_TAGS = frozenset({"header", "footer"})

# class/id tokens of page furniture: menus, banners, share widgets, sidebars. Each is a word as it
# is written, lower case ("-" parts its pieces), matched case-blind between separators (start,
# end, white space, "-" or "_").
BOILERPLATE_TOKENS: tuple[str, ...] = (
    "cookie",
    "consent",
    "gdpr",
    "share",
    "sharing",
    "social",
    "breadcrumb",
    "breadcrumbs",
    "menu",
    "navbar",
    "navigation",
    "nav",
    "sidebar",
    "side-bar",
    "related",
    "newsletter",
    "subscribe",
    "comment",
    "comments",
    "advert",
    "ad",
    "ads",
    "ad-slot",
    "promo",
    "popup",
    "modal",
    "skip-link",
    "skip",
    "sr-only",
    "visually-hidden",
    "screen-reader-text",
    "print-only",
    "toolbar",
    "pagination",
    "pager",
    "site-header",
    "site-footer",
    "page-header",
    "page-footer",
    "masthead",
    "widget",
    "tag-list",
    "taglist",
    "tags",
    "teaser-list",
    "more-news",
    "recommended",
    "carousel",
    "slider",
    "search",
    "login",
    "offcanvas",
    "off-canvas",
    "dropdown",
    "language-switch",
    "languageswitch",
    "language-select",
    "languageselect",
    "lang-switch",
    "langswitch",
)


# Class names that switch a feature off or describe state ("no-share", "has-sidebar") say nothing
# about what the element is.
MODIFIER_CLASS_PREFIXES = ("no-", "no_", "has-", "has_", "with-", "without-", "is-", "not-")


def _alt(tokens: tuple[str, ...]) -> str:
    if not tokens:  # an empty alternation would match every class name
        raise ValueError("empty token group")
    return "|".join(map(re.escape, tokens))


BOILERPLATE_CLASS = re.compile(rf"(?:^|[\s_-])(?:{_alt(BOILERPLATE_TOKENS)})(?:$|[\s_-])", re.IGNORECASE)
# The same test for ASCII text in lower case: matched case-sensitively, with the tokens gathered under
# their first letters, the engine does about half the work on a page's many class names.
BOILERPLATE_CLASS_LOWER = re.compile(rf"(?<![^\s_-]){alternation(list(BOILERPLATE_TOKENS), re.escape)}(?![^\s_-])")

# Containers that announce the release's own text, most trusted first; tried before text-density
# scoring. Each is ("tag", name), ("class", a class name the element carries), or an attribute and
# its value: what the XPath "//article", "//*[contains(concat(' ', normalize-space(@class), ' '),
# ' press-release ')]" or "//*[@itemprop='articleBody']" selects.
CONTENT_MARKERS: tuple[tuple[str, str], ...] = (
    ("itemprop", "articleBody"),
    ("class", "press-release"),
    ("tag", "article"),
    ("role", "main"),
    ("tag", "main"),
)

BLOCK_TAGS = frozenset(
    "p div section article main header footer li ul ol dl dt dd table thead tbody tfoot tr td th "
    "h1 h2 h3 h4 h5 h6 address blockquote pre hr center body html".split()
)
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
EMPHASIS_TAGS = frozenset({"strong", "b", "em", "i"})

META_TITLE = ("og:title", "twitter:title", "dc.title")
META_DATE = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "last-modified",
)
META_AUTHOR = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
META_SITE = ("og:site_name", "application-name", "publisher", "dc.publisher")
META_DESCRIPTION = ("og:description", "description", "twitter:description")
JSON_LD_ARTICLE_TYPES = frozenset(
    {"newsarticle", "pressrelease", "article", "reportagenewsarticle", "blogposting", "report", "webpage"}
)

# Where a page title joins the headline and the site name: "Headline | Newsroom", "Site - Headline".
TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u00bb/]\s+|\s*::\s*")
# Elements that carry a headline on pages without a fitting <h1>.
TITLE_TAGS = ("h2", "h3", "h4", "div", "p", "span", "strong", "b", "td", "header", "a")

# Class names of a deck or standfirst printed under the headline.
DECK_CLASS = re.compile(
    r"(?:^|[-_])(?:standfirst|sub-?title|sub-?head(?:line|ing)?|deck|dek|chapo|lead|lede|summary|intro|abstract)(?:$|[-_])",
    re.IGNORECASE,
)
NOT_DECK_CLASS = re.compile(r"image|img|photo|media|video|list|item", re.IGNORECASE)
DECK_MAX_CHARS = 400

# "© 2021 Acme Corp. All rights reserved." in a page footer: the site owner's name.
COPYRIGHT = re.compile(
    r"(?:\u00a9|\(c\)|copyright)\s*(?:\u00a9\s*)?(?:(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)?\d\d)?\s*)?[,:]?\s*"
    r"(?P<owner>[^\n|]{2,80}?)\s*(?:[.,;|]\s*)?(?:all rights reserved|alle rechte vorbehalten|todos los derechos reservados|$)",
    re.IGNORECASE,
)
