"""Labels that open a section of a release, and the marks that end a release.

Each table is ordered: the first pattern that matches a block's first line decides its zone.
"""

from __future__ import annotations

import re

from prparse.document import Zone

_I = re.IGNORECASE

# "Media Contact:", "Press Contacts", "Investor Relations Contact", "Pressekontakt", "Contacto".
CONTACT_LABEL = re.compile(
    r"^\W{0,3}(?:(?:media|press|news|investor|investors|analyst|pr|public relations|journalist|company|agency)"
    r"(?:\s+(?:and|&)\s+(?:media|press|investor|analyst)s?)?\s+(?:contacts?|inquiries|enquiries|relations(?:\s+contacts?)?|office|queries)"
    r"|investor relations|contacts?(?:\s+(?:details|information|info|us|data))?|kontaktdaten|for (?:further|more) information,?\s+(?:please\s+)?contact"
    r"|for (?:media|press|investor|journalist)s?\s+(?:inquiries|enquiries|queries)\b[^:\n]{0,60}(?=:)"
    r"|for (?:media|press|investor) (?:inquiries|enquiries|information|queries)"
    r"|presse?kontakt(?:e)?|medienkontakt(?:e)?|kontakt(?:e)?(?:\s+f(?:ü|ue)r\s+(?:medien|presse))?|ansprechpartner(?:in)?"
    r"|contactos?(?:\s+(?:de\s+)?(?:prensa|medios))?|contacto para (?:medios|prensa)|relaci[oó]n con (?:medios|inversores)"
    r"|contact(?:s)? presse|relations? presse)"
    r"(?=$|\s*[:\-\u2013\u2014]|\s*\n|\s+(?-i:[A-Z(+\d])|(?<=details)(?-i:[A-Z])|(?<=contact)(?-i:[A-Z]))",
    _I,
)

# "About Acme", "ABOUT ACME INC.", "About the American Heart Association:", "Über die DRK".
_ABOUT_WORD = r"(?:About|ABOUT|Über|ÜBER|Ueber|Acerca de|ACERCA DE|Sobre|SOBRE|À propos de|A propos de)"
ABOUT_LABEL = re.compile(
    r"^\W{0,3}" + _ABOUT_WORD + r"\s+"
    r"(?:(?P<article>the|THE|die|den|das|der|la|el|los|las|le|les|l')\s*)?"
    r"(?P<org>us\b|[A-Z0-9\u00c0-\u00de][^\n]{0,100}?)\s*[:.]?\s*$"
)
ABOUT_MAX_WORDS = 12
# "About Acme / Newsroom / Releases": a breadcrumb trail, not a section label.
BREADCRUMB = re.compile(r"\s[/|\u203a\u00bb>]\s|\s/$|/\s*/")
# "About us" names no organisation.
ABOUT_SELF = re.compile(r"^(?:us|uns|nosotros|nous)$", re.IGNORECASE)
# "About Baird Funds Baird Funds is a ...": a label run into its paragraph, which restates the name.
ABOUT_RUN_IN = re.compile(
    r"^(?:About|ABOUT) (?:the )?(?P<org>[A-Z][\w&.,'\u2019-]*(?: [\w&.,'\u2019-]+){0,6}?) (?P<text>(?:The )?(?P=org)\b.*)",
    re.DOTALL,
)
# "ABOUT BOSTON ANVIL WORKS Founded in 1901, ...": a capitals label run into a mixed-case paragraph.
ABOUT_CAPS_RUN_IN = re.compile(
    r"^ABOUT (?:THE )?(?P<org>[A-Z0-9][A-Z0-9&.,'\u2019 -]{1,80}?) (?P<text>[A-Z][a-z].*)", re.DOTALL
)

LEGAL_LABEL = re.compile(
    r"^\W{0,3}(?:(?:cautionary\s+(?:note|statement|language)\s+(?:regarding|concerning|about|on)\s+)?forward[-\s]looking\s+(?:statements?|information)"
    r"|cautionary\s+(?:note|statement)s?|safe\s+harbou?r(?:\s+statement)?|disclaimers?|legal\s+(?:notice|disclaimer)"
    r"|non-gaap financial measures|use of non-gaap|important (?:information|notice)|risk factors)\b",
    _I,
)

# What every About label (ABOUT_LABEL, ABOUT_RUN_IN, ABOUT_CAPS_RUN_IN) opens with.
ABOUT_START = re.compile(r"^\W{0,3}" + _ABOUT_WORD + r"\s")

# A line that ends a release: what follows is the site's or the wire's, not the release's.
END_MARK = re.compile(
    r"^\s*(?:#\s*#\s*#+|-\s*30\s*-|[-\u2013\u2014]+\s*ends?\s*[-\u2013\u2014]+|\[\s*end\s*\]|ends|- end -)\s*$", _I
)

# The characters END_MARK can open with, after white space (IGNORECASE folds no other character to "e").
END_MARK_INITIALS = "#-\u2013\u2014[eE"

# Lines a newsroom export or archive puts after a release ("Original/Source Press Release").
TRAILER_LINE = re.compile(
    r"^(?:(?:original/source press release|newsramp\.com tldr|reddit post|pickup\s*-|blockchain registration"
    r"|related (?:news|releases|articles|stories|links)|share this(?: article| release)?"
    r"|tags?:|categories:|print this|back to (?:top|news|newsroom)|newsroom:|website:|primary email:)\b"
    r"|(?:social media|follow us(?: on)?)\s*:?\s*$"  # a bare heading, not "Follow us on X @acme."
    r"|<?https?://\S+>?\s*$)",  # a bare address on a line of its own: a newsroom card
    _I,
)

# "Notes to editors": background for journalists, kept out of the body like "About" text.
NOTES_LABEL = re.compile(
    r"^\W{0,3}(?:notes? to editors?|editor'?s'? notes?|editor:|hinweis f(?:ü|ue)r redaktionen|nota para (?:editores|redacciones))",
    _I,
)

# "Source: Acme Inc.": the wire's sign-off line ends a legal or About section.
SOURCE_LINE = re.compile(r"^\W{0,3}source:\s", _I)

# "For public inquiries: 1-800-...": a line for readers, which closes a media contact section.
PUBLIC_INQUIRY_LABEL = re.compile(
    r"^\W{0,3}for (?:public|general|customer|consumer|patient)s? (?:inquiries|enquiries|questions|information)\b", _I
)

SECTION_LABELS: tuple[tuple[Zone, re.Pattern[str]], ...] = (
    (Zone.BODY, PUBLIC_INQUIRY_LABEL),
    (Zone.BODY, SOURCE_LINE),
    (Zone.ABOUT, NOTES_LABEL),
    (Zone.CONTACT, CONTACT_LABEL),
    (Zone.LEGAL, LEGAL_LABEL),
    (Zone.ABOUT, ABOUT_LABEL),
)


def _first_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that matches where the first of `patterns` to match does, as group `label<i>`.

    A regex alternation tries its branches in order, as a loop of `match` calls would, in one call.
    """
    branches = []
    for i, pattern in enumerate(patterns):
        if pattern.flags & ~(re.IGNORECASE | re.UNICODE):
            raise ValueError(f"only IGNORECASE can be scoped to a branch: {pattern.pattern!r}")
        flag = "i" if pattern.flags & re.IGNORECASE else "-i"
        branches.append(f"(?P<label{i}>(?{flag}:{pattern.pattern}))")
    return re.compile("|".join(branches))


# SECTION_LABELS in one call, the About entry screened by its opening word only: its label needs
# more checks than a regex (segment.section_label). ABOUT_LABEL stays the table's last entry, so a
# line the screen lets through and the checks reject matches no other entry.
SECTION_LABEL = _first_of(tuple(ABOUT_START if p is ABOUT_LABEL else p for _, p in SECTION_LABELS))
# A line that closes the release: END_MARK or TRAILER_LINE, in one call.
RELEASE_END_LINE = _first_of((END_MARK, TRAILER_LINE))
