"""Data for the issuer evidence printed late in a release: source credits, the closing block of a
third-party brief, and the sponsor a promotional feature names in its closing pitch.

The shared issuer tables (organisation words, lead verbs, name joiners) live in rules/header.py.
"""

from __future__ import annotations

import re

from prparse.rules.lazy import lazy_compile

_I = re.IGNORECASE

# A web address as printed: "acme.org", "www.acme-health.co.uk", "https://news.acme.com/".
_DOMAIN = r"(?:https?://)?[a-z0-9][a-z0-9-]{0,40}(?:\.[a-z0-9-]{2,20}){1,4}/?"
# "Source: acme.org" under a republished release, or a "Source:" label whose address follows on the
# next line: the release came from the owner of that address, not from the site that hosts it.
SOURCE_CREDIT_LABELS = ("source", "quelle", "fuente")  # every credit holds one, in any case
SOURCE_CREDIT = lazy_compile(
    rf"^[\W_]{{0,3}}(?:{'|'.join(SOURCE_CREDIT_LABELS)})\s?:[\W_]{{0,3}}(?P<domain>{_DOMAIN})?[\W_]{{0,3}}$", _I
)
DOMAIN_TEXT = lazy_compile(rf"^[\W_]{{0,3}}(?P<domain>{_DOMAIN})[\W_]{{0,3}}$", _I)
# Parts of a host name that do not name its owner ("www.news.acme.org" is acme's).
DOMAIN_NOISE_LABELS = frozenset("www www2 site en de fr es news press media newsroom blog m amp".split())

# "To view the full press release, visit ...": a brief that summarises someone else's release.
# Its subject is the company it writes about; the brief is issued by the network that signs it off.
SUMMARY_POINTER = lazy_compile(
    r"\bto\s(?:view|read|see|access)\sthe\s(?:full|complete|original)\s"
    r"(?:press\srelease|news\srelease|release|article|story|report|announcement)\b",
    _I,
)
SUMMARY_POINTER_BLOCKS = 8  # the pointer follows the summary paragraph or two
# What every SUMMARY_POINTER match holds, lowered, in text whose spaces are single (a block's `flat`).
SUMMARY_POINTER_PHRASES = ("the full ", "the complete ", "the original ")
# ... and one of these openings: a paragraph without both is not searched.
SUMMARY_POINTER_OPENINGS = ("to view the ", "to read the ", "to see the ", "to access the ")
# "Acme (AcmeNetwork)": a short name glossed with the longer one its web address spells (the name
# before the parenthesis is read by name_before, so that the pattern starts from a literal).
GLOSS = lazy_compile(r"\((?P<gloss>[^()\s]{2,60})\)")

# A present-tense service verb after the sponsor in a feature's closing pitch:
# "Not sure where to start? Acme Glass offers free inspections", "..., Acme is hosting a challenge".
PITCH_VERB = lazy_compile(
    r"\s(?:offers|provides|is\s+(?:offering|hosting|providing|running)|hosts|runs)\s(?:a\s|an\s|free\b|[a-z])"
)
PITCH_BLOCKS = 4  # the pitch sits in the last few paragraphs of the body
# Capitalised words that open a sentence or name a generic party rather than a sponsor.
PITCH_NOT_NAMES = frozenset(
    "the this that it its our we you your he she they there here each every company program service "
    "team site app website government state city".split()
)
# Words before a name that make it the tail of a longer one: "Center for Adaptive Optics" is not
# "Adaptive Optics" recurring.
FRAGMENT_JOINERS = ("of", "for", "de", "des", "der", "du", "del", "für", "von", "van")
