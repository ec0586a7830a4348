"""Rules for reading a release's dateline, its printed release date and its wire service.

A dateline is read as a short sequence of parts at the start of a line: a location, a date, a
wire tag, in any of the orders wires print them, joined by separators and closed by a dash or a
colon before the body text:

    NEW YORK, Jan. 14, 2021 /PRNewswire/ --           location, date, slash tag
    SAN FRANCISCO--(BUSINESS WIRE)--March 3, 2020--   location, paren tag, date
    GUILIN, CHINA - Media OutReach Newswire - 22 July 2026 -   location, bare wire name, date
    (NewMediaWire) - October 09, 2024 - DALLAS —      tag, date, location
    WASHINGTON (AP) —                                 location, tag
    MINNEAPOLIS:                                      location alone

The patterns below are the parts; the grammar that strings them together is in
`prparse/extractors/dateline.py`.
"""

from __future__ import annotations

import re

from prparse.dates import MAX_DATE_CHARS, MONTHS, WEEKDAYS
from prparse.rules.lazy import lazy_compile

# Patterns read at every line or part of a dateline are compiled at import; the others when first
# used (`lazy_compile`): a lazy pattern's methods cost some 50 ns more a call, and these run a
# hundred times a release.

# --- where to look -------------------------------------------------------------------------------

# The dateline sits in the header or at the start of the first body paragraph; the search stops
# after this many prose blocks, so a date or place named later in the story is never taken.
WINDOW_PROSE_BLOCKS = 2
PROSE_MIN_WORDS = 20
# Prose ends like a sentence or has many words in lower case; a title-case headline has few.
SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’", ":", ")")
PROSE_MIN_LOWER_SHARE = 0.3
# Hard caps that keep the cost bounded on pages with long navigation before the release.
WINDOW_MAX_BLOCKS = 150
WINDOW_MAX_LINES = 300
# Characters of a line read for a dateline (long enough for a wire tag with a qualifier).
HEAD_CHARS = 320
# Closing lines: a date line printed under the release, read only among its last blocks.
CLOSING_BLOCKS = 8

# --- the parts of a dateline ---------------------------------------------------------------------

# A line can open a dateline only if it starts (after markup) with a letter or digit, a tag or a dash.
# It must also hold a separator or tag mark early on: navigation lines ("Our Team") have none.
DATELINE_START = re.compile(r"[\s*_#>•·|]{0,8}(?:\w|[(/\-–—])[^\n]{0,100}?[,:(/\-–—_]")
# Parts read at most (location, date, wire tag, a qualifier, ...).
MAX_PARTS = 8
# Markup and bullets that may precede a dateline in scraped text ("**NEW YORK**", "> ").
LEAD_JUNK = re.compile(r"[\s*_#>•·|]{0,8}")

# A separator between parts; `sep` is empty when only white space separates them. Spanish
# releases close the dateline with ".-"; AP copy of the teletype era used "_".
SEPARATOR = re.compile(r"\s{0,3}(?P<sep>\.?[-–—‒―]{1,3}|_{1,2}|:|,|\.(?=\s|$))?\s{0,3}")
# Separators that close a dateline before the body text.
TERMINATORS = frozenset({"-", "--", "---", "–", "—", "‒", "―", "_", "__", ":", ".", ".-", ".–", ".—", "/"})
# Of those, the ones that close a mixed-case location standing alone ("Minneapolis: ..."):
# a single hyphen or dash after "Jane Doe" would read a name as a place.
LOCATION_ONLY_TERMINATORS = frozenset({":", "--", "---"})

# "/PRNewswire/", "/ My Company /".
SLASH_TAG = re.compile(r"/\s{0,2}(?P<tag>[^/\n]{2,60}?)\s{0,2}/(?!/)")
# "(BUSINESS WIRE)", "(AP)".
PAREN_TAG = re.compile(r"\(\s{0,2}(?P<tag>[^()\n]{2,80}?)\s{0,2}\)")
# An unknown slash tag is kept in the raw dateline (an issuer's name) only when it is this short.
SLASH_TAG_MAX_WORDS = 6

# A date in parentheses after the place: "New York, NY (January 14, 2021) --".
PAREN_OPEN = re.compile(r"\(\s{0,2}")
PAREN_CLOSE = re.compile(r"\s{0,2}\)")
# Articles some languages put before the date: "PARIS, le 14 janvier", "Berlin, den 14. Januar".
DATE_ARTICLES = ("le", "den", "am", "el")
DATE_LEAD = re.compile(rf"(?:{'|'.join(DATE_ARTICLES)})\s{{1,2}}(?=\d)", re.IGNORECASE)
# The words a date, or a day and month, can open with, lower case: a part that opens with another
# word (most places and labels) is no date, and is not read as one.
MONTH_NAMES = frozenset(MONTHS)
DATE_OPENING_WORDS = MONTH_NAMES | WEEKDAYS | frozenset(DATE_ARTICLES)

# A date part holds a digit this close to where it is read: past an article and a parenthesis (8
# characters at most), a date's longest form ends with or opens with its year, and a day and
# month show the day within 14 characters. A part with no digit so close is no date.
DATE_DIGIT_REACH = 8 + MAX_DATE_CHARS

# A day and month without a year, as AP style prints it ("WASHINGTON, Jan. 14 (AP) --"): part
# of the dateline, but no release date by itself. The month word is checked against
# prparse.dates.MONTHS afterwards (a name alternation in the pattern would be slow).
PARTIAL_DATE = re.compile(
    r"(?:(?P<month>[^\W\d_]{3,10})\.?\s{1,2}\d{1,2}(?i:st|nd|rd|th)?|\d{1,2}\.?\s{1,2}(?i:de\s)?(?P<month_after>[^\W\d_]{3,10})\.?)(?![\w])"
)
_UPPER = "A-ZÀ-ÖØ-ÞĀĆČĐĒĘĚĞİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
# The marks a place word runs on over besides word characters (letters, digits, "_"): "St.", "O'Fallon".
PLACE_WORD_MARKS = "'’."
_PLACE_WORD = rf"[{_UPPER}][\w{PLACE_WORD_MARKS}]{{0,24}}(?:-[\w{PLACE_WORD_MARKS}]{{1,24}}){{0,3}}"
# Lower-case particles inside place names: "Rio de Janeiro", "Frankfurt am Main", "Isle of Man".
_PARTICLE = r"(?:de|del|de la|la|le|les|du|des|di|da|do|dos|am|an|der|im|bei|upon|sur|en|y|of)"
# One comma-separated part of a location: up to five capitalised words.
LOCATION_PART = re.compile(rf"{_PLACE_WORD}(?: (?:{_PARTICLE} )?{_PLACE_WORD}){{0,4}}")
# The region and country parts between a late place and a wire's name ("Baton Rouge, LA, Acme Wire").
LATE_PLACE_TAIL = re.compile(r"(?:,\s[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20})?){0,2},\s")
# A location has a city and at most two more parts (region, country).
LOCATION_MAX_PARTS = 3

# A place printed in capitals on a line of its own, the lead opening on the next line with the
# dateline's dash ("SANTA ANA" / "– An Escondido couple ..."): a dateline a layout split in two.
PLACE_LINE = lazy_compile(r"^[A-Z][A-Z.'\u2019-]{1,20}(?: [A-Z][A-Z.'\u2019-]{0,20}){0,3}$")
LEAD_DASH = lazy_compile(r"^(?:--|[-\u2013\u2014])\s")
DASH_LEAD_MIN_WORDS = 6  # a lead, not a list item or a menu entry (lines may be hard-wrapped)

# First words that show a capitalised phrase is a label or a sentence, not a place.
NOT_PLACE_WORDS = frozenset(
    """
    a about according after all also an and announcing are as at attention audio author autor
    background before breaking but by caption categories category click comunicado communiqué
    contact contacts date dated datum download during editor editors email embargo embargoed
    english erstellt fecha figure follow following for from he headline her highlights his home
    how if image in introducing is it its joint key language latest listen login media
    medienmitteilung menu more news newsroom note notes now on or our page part photo photos
    posted presse presseinformation pressemitteilung press print published publicado re read
    related release released search see share she sign since skip source sources stand statement
    subject subscribe summary tags the their these they this to today tomorrow topics tweet
    until update updated veröffentlicht via video watch we what when where while who why with
    without written yesterday you your
    nasdaq nyse tsx tsxv asx otc otcqb otcqx lse amex cse xetra
    ceo cfo coo cto chairman president director founder
    mr mrs ms dr prof
    office phone tel telephone fax cell mobile web website
    aber achtung anlass fazit hintergrund hinweis termin thema wichtig zitat
    """.split()
)
# Those that no date opens with either: a line opening on one, set apart, is read as no dateline at once
# (dateline_parts.read_head). Words of letters, shorter than a place word's longest run (tested).
LABEL_WORDS = NOT_PLACE_WORDS - DATE_OPENING_WORDS

# Words that make a capitalised phrase an organisation's name, not a place ("ACME CORP – ...").
# Legal-form abbreviations that are also region codes (AB, CO, NV, SA) are left out.
ORGANISATION_WORDS = frozenset(
    "inc corp corporation company ltd limited llc llp plc gmbh kg bv asa oyj group holdings "
    "technologies systems solutions partners".split()
)

# Countries, US states and Canadian and Australian provinces as datelines print them (full,
# postal and AP style), lower case. A capitalised line "CITY, REGION" standing alone is a
# location only when REGION is one of these.
REGIONS = frozenset(
    r"""
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
    brazil brunei bulgaria burkina cambodia cameroon canada chile china colombia congo croatia cuba
    cyprus czechia denmark djibouti dominica ecuador egypt england eritrea estonia eswatini ethiopia
    fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana
    haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
    jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal
    netherlands nicaragua niger nigeria norway oman pakistan panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa scotland senegal serbia seychelles singapore slovakia
    slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
    thailand togo tonga tunisia turkey türkiye turkmenistan uganda ukraine uruguay uzbekistan vanuatu
    venezuela vietnam wales yemen zambia zimbabwe
    bermuda greenland macau macao gibraltar
    usa u.s. u.s.a. us uk u.k. uae u.a.e. eu
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas
    utah vermont virginia washington wisconsin wyoming
    al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm
    ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy
    ala. ariz. ark. calif. colo. conn. del. d.c. fla. ga. ill. ind. kan. ky. la. md. mass. mich.
    minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d.
    tenn. tex. vt. va. wash. w.va. wis. wyo.
    alberta ontario quebec québec manitoba saskatchewan nova yukon nunavut newfoundland
    ab bc mb nb nl ns nt nu on pe qc sk yt b.c. ont. que.
    nsw qld vic tas wa act nt
    """.split()
)

# Words of an ALL-CAPS location that stay upper case: postal codes and initialisms.
PLACE_INITIALISMS = frozenset(
    """
    al ak az ar ca co ct de dc fl ga hi id il ia ks ky la md ma mi mn ms mo mt ne nv nh nj nm ny nc
    nd oh ok pa ri sc sd tn tx ut vt va wa wv wi wy ab bc mb nb nl ns nt nu pe qc sk yt
    on sa nt vic tas nz
    usa us uk uae eu nyc nsw qld act drc prc
    """.split()
)
# Particles that an ALL-CAPS place name gives in lower case: "RIO DE JANEIRO" -> "Rio de Janeiro".
PLACE_PARTICLES = frozenset("de del la le les du des di da do dos am an der im bei on upon sur en y of".split())

# A wire agency's tag after an ALL-CAPS city anywhere in a line, for text whose line breaks were
# lost ("...Press WriterHONOLULU (AP) _ U.S. Sen. ..."); only agencies that print this form.
_AGENCY_TAGS = "AP|Reuters|AFP|dpa|UPI|AAP|ots"
INLINE_AGENCY = lazy_compile(
    r"(?<![A-Z])(?P<location>[A-Z]{2,}(?:[ .-][A-Z]{2,}){0,3}(?:, [A-Z][A-Za-z.]{1,15})?)\s\((?P<tag>"
    + _AGENCY_TAGS
    + r")\)\s{0,2}[-–—_:]"
)
# The tag alone, looked for first: it opens on "(", which the regex engine finds at the speed of a
# substring search, while the full pattern tries every capital of a long run-on line.
INLINE_AGENCY_TAG = re.compile(r"\((?:" + _AGENCY_TAGS + r")\)")

# Characters of a run-on line searched for such an agency dateline.
INLINE_AGENCY_REACH = 3000

# --- printed release dates outside a dateline ----------------------------------------------------

# A label printed before a release date: "FOR IMMEDIATE RELEASE", "Published", "Pressemitteilung
# vom". A date right after one counts even inside a long line.
RELEASE_DATE_CUE = lazy_compile(
    r"(?:for immediate release|published(?: on)?|publication date|release date|released(?: on)?|issued(?: on)?|"
    r"date|dated|datum|pressemitteilung vom|presseinformation vom|pressemeldung vom|veröffentlicht(?: am)?|"
    r"erstellt am|fecha|publicado(?: el)?|publié le|posted(?: on)?)\W{0,4}$",
    re.IGNORECASE,
)
# What every RELEASE_DATE_CUE match holds, lowered (tested): a long line holding none has no cued date.
RELEASE_DATE_CUE_KEYS = ("release", "publi", "issued", "dat", "presse", "veröffentlicht", "erstellt", "fecha", "posted")
# A date line that is an embargo ("Embargoed until 00:01 GMT Tuesday 5 May 2020") gives a date
# only when nothing better exists.
EMBARGO_CUE = lazy_compile(
    r"^\W{0,3}(?:embargo|embargoed|under embargo|sperrfrist|embargo hasta|not for (?:publication|release|broadcast))",
    re.IGNORECASE,
)
# "Updated" dates are posting dates; they rank below the page's published-date metadata.
UPDATED_CUE = lazy_compile(
    r"(?:updated|last updated|last modified|modified|aktualisiert|geändert|actualizado|mis à jour)\W{0,4}(?:on\s|am\s)?$",
    re.IGNORECASE,
)
# Characters before a date searched for a cue.
CUE_REACH = 40
# A date line: the date plus at most this many other words ("Admin | December 12, 2024").
DATE_LINE_MAX_OTHER_WORDS = 3
# A long line is read for a cued date ("FOR IMMEDIATE RELEASE February 28 2007") this far only.
DATE_LINE_SCAN_CHARS = 400
# How far from its start a long line without a cue is read for the date it opens with: a date's
# longest form, and the few characters its pattern looks ahead at after it.
OPENING_DATE_REACH = MAX_DATE_CHARS + 16
# A date line longer than this gives only its date as the raw dateline.
DATE_LINE_MAX_CHARS = 100
# A heading or list item holding a date is a date line only when it is (almost) only the date.
DATE_HEADING_MAX_OTHER_WORDS = 1
# Words that do not count against a date line: times, zones and separators' words.
DATE_LINE_FILLER = lazy_compile(
    r"\b(?:\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|cet|cest|est|edt|pst|pdt|ct|et|bst|hrs|uhr)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]{2,}")
YEAR_HINT = re.compile(r"(?:19|20|21)\d\d")

# --- wires named in closing lines ----------------------------------------------------------------

# The distribution line of a release: "Press release distributed by Media Pigeon on behalf of
# Acme, on Jan 14, 2021"; the date in it is the release's. A sentence of the story that mentions
# distribution does not say "on behalf of". Run over lower-cased text.
DISTRIBUTION_LINE = lazy_compile(
    r"\b(?:distributed|disseminated|issued|transmitted)\s(?:by|via|through)\s[^\n]{1,120}?\bon behalf of\b|"
    r"\b(?:press|news|media) release (?:distributed|disseminated|issued|sent|published)\b"
)
# A cheap substring check that lets most releases skip the pattern above: every match holds "on behalf
# of", or "release " and one of these verbs (tested).
DISTRIBUTION_VERBS = ("distributed", "disseminated", "issued", "sent", "published")
DISTRIBUTION_PHRASES = ("on behalf of", *(f"release {verb}" for verb in DISTRIBUTION_VERBS))
# The same in UTF-8, looked up in a text's bytes (dateline._may_hold_distribution_line): ASCII without a "k" (tested).
DISTRIBUTION_BEHALF = DISTRIBUTION_PHRASES[0].encode()
DISTRIBUTION_RELEASE = b"release "
DISTRIBUTION_VERBS_ENCODED = tuple(verb.encode() for verb in DISTRIBUTION_VERBS)
# Closing lines that name the distributor, as (phrase, kind), looked up in the lower-cased text:
# `name`: a wire name follows ("distributed by Media Pigeon", a blog feed's "The post <title>
# appeared first on citybiz."); `source`: a wire name follows on
# a line that starts with "Source" ("Source: Acme Inc. via Cision"); `site`: a wire's own line
# pointing at the release on its site, which names the wire's domain.
CLOSING_VERBS = ("distributed", "disseminated", "issued", "transmitted", "sent")
CLOSING_PREPOSITIONS = ("by", "via", "through", "on")
CLOSING_VERB_CUES = tuple((f"{verb} {prep} ", "name") for verb in CLOSING_VERBS for prep in CLOSING_PREPOSITIONS)
CLOSING_OTHER_CUES: tuple[tuple[str, str], ...] = tuple(
    [(" via ", "source"), ("appeared first on ", "name")]
    + [(phrase, "site") for phrase in ("view original content", "original press release",
                                       "original/source press release", "originally published", "source version",
                                       "view source version")]
)  # fmt: skip
CLOSING_WIRE_CUES = CLOSING_VERB_CUES + CLOSING_OTHER_CUES
# The verb phrases ("distributed by ") are found by their endings, in two scans of the text in place of a
# search for each verb: "ed by " and the like, with the verb's stem looked for before each (a release
# prints a few), and "sent by " and the like. Both patterns open on a literal the engine skips to.
CLOSING_VERB_ENDING = re.compile(rb"ed (?:" + "|".join(CLOSING_PREPOSITIONS).encode() + rb") ")
CLOSING_VERB_STEMS = tuple(verb[:-2].encode() for verb in CLOSING_VERBS if verb.endswith("ed"))
CLOSING_SENT = re.compile(rb"sent (?:" + "|".join(CLOSING_PREPOSITIONS).encode() + rb") ")
# Each verb (followed by a space) with its phrases, in UTF-8, for a text printing many endings; and how many.
CLOSING_VERB_PHRASES = tuple(
    (f"{verb} ".encode(), tuple(f"{verb} {prep} ".encode() for prep in CLOSING_PREPOSITIONS)) for verb in CLOSING_VERBS
)
CLOSING_ENDING_MAX_HITS = 200
# Keys that the other cue phrases hold, each phrase gathered under the first key it holds: a text without
# a key holds none of its phrases, and a text holding one holds a phrase only where it prints the key. A
# test for a key costs what the search for one phrase costs, so the keys are few.
CLOSING_WIRE_CUE_KEYS = (" via ", "appeared first on ", "original", "source version")
# The keys and phrases are also in UTF-8, as they are looked up in a text's bytes (dateline._cues_in),
# so every cue is ASCII without a "k" (tested): (phrase in UTF-8, phrase, kind, where the key stands in it).
CLOSING_WIRE_CUES_BY_WORD: dict[bytes, tuple[tuple[bytes, str, str, int], ...]] = {
    key.encode(): tuple((phrase.encode(), phrase, kind, phrase.index(key)) for phrase, kind in CLOSING_OTHER_CUES
                        if next(k for k in CLOSING_WIRE_CUE_KEYS if k in phrase) == key)
    for key in CLOSING_WIRE_CUE_KEYS
}  # fmt: skip
# Places of one key looked at for its phrases; past them, each phrase is searched for in the whole text.
CLOSING_KEY_MAX_HITS = 20
SOURCE_LINE = lazy_compile(r"\W{0,3}source\b")
# How far into a "Source" line its "via" may stand.
SOURCE_VIA_REACH = 100
# How far into its line a closing-wire cue may end: one starting further in than SOURCE_VIA_REACH gives no
# wire (dateline._wire_after_cue), so the cues are looked for in the lines' heads only.
CLOSING_CUE_LINE_REACH = SOURCE_VIA_REACH + max(len(phrase) for phrase, _kind in CLOSING_WIRE_CUES) + 1
# Occurrences of one cue phrase examined per release.
CLOSING_CUE_MAX_HITS = 20
# A wire's site named on its "View original content" line.
WIRE_DOMAINS: tuple[tuple[str, str], ...] = (
    ("prnewswire.com", "PR Newswire"),
    ("businesswire.com", "Business Wire"),
    ("globenewswire.com", "GlobeNewswire"),
    ("accesswire.com", "Accesswire"),
    ("accessnewswire.com", "Accesswire"),
    ("einpresswire.com", "EIN Presswire"),
    ("newmediawire.com", "NewMediaWire"),
    ("newsdirect.com", "News Direct"),
    ("24-7pressrelease.com", "24-7PressRelease"),
    ("newsfilecorp.com", "Newsfile"),
    ("prweb.com", "PRWeb"),
    ("newswire.ca", "Canada Newswire"),
    ("newswire.com", "Newswire.com"),
    ("mediapigeon.io", "Media Pigeon"),
    ("media-outreach.com", "Media OutReach Newswire"),
    ("prismmediawire.com", "PRISM MediaWire"),
    ("noticiasnewswire.com", "Noticias Newswire"),
    ("prkarma.com", "PR Karma"),
)
