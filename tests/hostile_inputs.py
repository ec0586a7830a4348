"""Parts of hostile and random inputs, shared by the tests, bench/hostile.py and the fuzz harnesses.

Not a test module: the tests import it from their own folder; bench/ and fuzz/ put this folder on
their import path.
"""

from __future__ import annotations

# Real tags from newsroom pages, including those the HTML stage drops or treats specially.
TAGS = (
    "html head body title meta link script style noscript template nav header footer aside main article section "
    "div span p br hr h1 h2 h3 h4 h5 h6 a b strong i em u small sup sub blockquote q cite pre code ul ol li "
    "dl dt dd table thead tbody tr th td figure figcaption img time address form button iframe svg"
).split()  # lists: atheris' FuzzedDataProvider.PickValueInList takes no tuples

# Attributes that decide what the HTML stage keeps, drops or reads as metadata.
ATTRIBUTES = [
    "",
    ' class="footer"',
    ' class="share-buttons social"',
    ' class="cookie-banner"',
    ' class="off-canvas-main"',
    ' class="article-body"',
    ' id="main"',
    ' itemprop="articleBody"',
    ' style="display: none"',
    " hidden",
    ' aria-hidden="true"',
    ' href="https://acme.example/news?id=1&amp;page=2"',
    ' href="mailto:press@acme.example"',
    ' href="tel:+12125550100"',
    ' href="javascript:void(0)"',
    ' name="description" content="Acme said so"',
    ' property="og:title" content="ACME WINS \u2014 AWARD"',
    ' datetime="2025-02-03T09:00:00Z"',
    ' type="application/ld+json"',
]


def billion_laughs(levels: int = 9) -> str:
    """The classic entity bomb: each level expands to ten of the level below."""
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, levels + 1)]
    return (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(entities)}]>'
        f"<html><body><h1>Acme wins the river cup</h1><p>Laughs: &lol{levels};</p></body></html>"
    )


# A local file and a remote DTD named as entities: neither may be read.
EXTERNAL_ENTITIES = (
    '<?xml version="1.0"?><!DOCTYPE page [<!ENTITY secret SYSTEM "file:///etc/passwd">'
    '<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>'
    "<html><body><h1>Acme wins the river cup</h1><p>Secret: &secret;</p></body></html>"
)
