"""Data for the header fields: headline, deck, byline and issuer.

Labels and lines to skip before a headline, the separators a page title uses to append a site
name, byline shapes, and the phrases that name the organisation behind a release. Tables are
ordered where order is priority.
"""

from __future__ import annotations

import re

from prparse.rules.lazy import lazy_compile

_I = re.IGNORECASE

_MONTHS_EN = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
_MONTHS_DE = r"Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_MONTHS_ES = r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
_MONTHS = rf"(?:{_MONTHS_EN}|{_MONTHS_DE}|{_MONTHS_ES})"
_WEEKDAY = (
    r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?|Montag|Dienstag|Mittwoch|Donnerstag|Freitag"
    r"|Samstag|Sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
# A date as printed on its own: "04 April 2020", "Monday 17 August 2020", "Aug. 13, 2010",
# "14. Januar 2021", "14 de enero de 2021", "28.10.2021", "2021-01-14", "19-10-2022 - 13:14".
DATE_TEXT = (
    rf"(?:(?:{_WEEKDAY}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{_MONTHS}\.?,?\s+(?:de\s+)?\d{{4}}"
    rf"|{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
# A line that holds only a date (and maybe a time, a label or a release number).
DATE_LINE = lazy_compile(
    rf"^\W{{0,3}}(?:(?:date|datum|fecha|published|posted|updated|issued|released?|ver[öo]ffentlicht|stand)\s*:?\s*(?:on\s+)?)?"
    rf"{DATE_TEXT}(?:\s*(?:[-\u2013|,]|at)?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?"
    r"(?:\s*[,/|]\s*[\w/ ]{0,20})?\W{0,3}$",
    _I,
)
DATE_PREFIX = lazy_compile(rf"^{DATE_TEXT}\s*", _I)

# Preamble labels printed above (or beside) a headline; never the headline itself.
HEADER_LABEL = lazy_compile(
    r"^\W{0,3}(?:(?:joint\s+)?(?:media|press|news)\s+(?:release|statement|advisory|alert|announcement)s?"
    r"|for\s+(?:immediate|general)\s+release|immediate\s+release|statements?|news|newsroom|latest(?:\s+news)?|media\s+cent(?:re|er)"
    r"|(?:gemeinsame\s+)?pressemitteilung(?:en)?|presseinformation(?:en)?|pressemeldung|medieninformation"
    r"|nota\s+de\s+prensa|comunicado(?:\s+de\s+prensa)?|communiqu[ée](?:\s+de\s+presse)?|release\s+date|home|press"
    r"|published|posted|updated|author|skip\s+to\s+(?:main\s+)?content|scroll\s+to\s+top|follow\s+us|search(?:\s+for)?"
    r"|menu|share(?:\s+this)?|print|language|\d+\s+min(?:ute)?\.?\s+read)"
    rf"(?:\s*[:,|\u2013-]?\s*(?:vom\s+|from\s+|of\s+|on\s+)?(?:{DATE_TEXT})?)?\W{{0,3}}$"
    r"|^\W{0,3}(?:embargoed|under\s+embargo|sperrfrist|click\s+here|read\s+more|download\s+(?:the\s+)?pdf|view\s+(?:as\s+)?pdf)\b",
    _I,
)
# The labels that announce a release as such (the line above them may be the issuer's letterhead).
RELEASE_LABEL = lazy_compile(
    r"^\W{0,3}(?:(?:joint\s+)?(?:media|press|news)\s+(?:release|statement|advisory|alert|announcement)"
    r"|for\s+(?:immediate|general)\s+release|(?:gemeinsame\s+)?pressemitteilung|presseinformation|medieninformation"
    r"|nota\s+de\s+prensa|comunicado\s+de\s+prensa|communiqu[ée]\s+de\s+presse|embargoed)\b",
    _I,
)
# The same labels as a prefix of a headline line: "MEDIA ADVISORY: Update on ...".
HEADLINE_LABEL_PREFIX = lazy_compile(
    r"^(?:(?:joint\s+)?(?:media|press|news)\s+(?:release|statement|advisory|alert)|pressemitteilung|statement)\s*[:\u2013\u2014-]\s+",
    _I,
)
# Section headings and page labels that are never a release's own title.
GENERIC_HEADINGS = frozenset(
    s.strip()
    for s in """
    press release|press releases|news release|news releases|media release|media releases|news|latest news|newsroom
    |press|press room|pressroom|media|media centre|media center|pressemitteilung|pressemitteilungen|presse
    |aktuelles|nachrichten|noticias|prensa|comunicados|sala de prensa|article header|statement|statements
    |background|next steps|contacts|contact|about us|related|share this|more news|in the news|announcements
    """.replace("\n", " ").split("|")
) - {""}

# Letterhead lines of government releases: a member's name and post, printed before the title.
# The post-nominal may follow up to 60 characters of name: written as "start of line, or a
# non-word character" rather than "\b" after the run, and with its first letter looked ahead,
# so that the scan back through those characters rejects a position in one step.
LETTERHEAD_LINE = lazy_compile(
    r"^(?:the\s+hon\.?\b|hon\.?\s|senator\s+(?:for\b|the\s+hon)"
    r"|(?:the\s+)?(?:shadow\s+|assistant\s+|deputy\s+|acting\s+)?(?:prime\s+)?minister(?:\s+(?:for|of|assisting|responsible)\b|\s*$)"
    r"|member\s+for\b|parliamentary\s+secretary\b|(?:premier|treasurer|attorney[- ]general)(?:\s+(?:for|of)\b|\s*$)"
    r"|leader\s+of\s+the\b|deputy\s+(?:leader|premier)\b|special\s+envoy\b|secretary\s+(?:of|for)\b|federal\s+member\b"
    r"|(?:[^\n]{0,59}[^\w\n])?(?=[mt])(?:MP|MLA|MHR|MLC|MEP|MdB|MSP|TD)(?:\s*$|\s+(?:[Mm]inister|MINISTER|[Ss]hadow|SHADOW|[Aa]ssistant|[Mm]ember|[Ss]enator|[Ff]ederal|[Pp]arliamentary)\b))",
    _I,
)
# The name in a letterhead line, up to the post-nominal or to the office that follows it.
LETTERHEAD_NAME = lazy_compile(
    r"^(?P<name>(?:(?:[Ss]enator|SENATOR|Dr\.?|DR\.?|Mr\.?|MR\.?|Mrs\.?|Ms\.?|MS\.?)\s+)?(?:[Tt]he\s+|THE\s+)?(?:Hon\.?\s+|HON\.?\s+)?"
    r"(?:Dr\.?\s+|DR\.?\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:MP|MLA|MHR|MLC|MEP|MdB|MSP|TD)\b)"
    r"|^(?P<senator>(?:[Ss]enator|SENATOR)\s+(?:[Tt]he\s+|THE\s+)?(?:Hon\.?\s+|HON\.?\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*)"
    r"(?=\s+(?:[Ss]enator|SENATOR|[Mm]inister|MINISTER|[Aa]ssistant|ASSISTANT|[Ss]hadow|SHADOW|[Mm]ember|MEMBER|[Pp]arliamentary|[Dd]eputy)\b|\s*$)",
)
AUTHORISED_LINE = lazy_compile(r"^(?:authori[sz]ed|approved)\s+by\b", _I)

# Where a release body starts: a dateline ("NEW YORK, Jan. 14, 2021 /PRNewswire/ --",
# "Berlin, 28.10.2021", "Minneapolis:", "(NewsUSA) -", "SANTA CRUZ, CA--", "March 3, 2025 – Austin, TX –",
# "AUSTIN, TX / Acme Wire / March 3, 2025"). A deck never follows one.
DATELINE_LEAD = lazy_compile(
    rf"^(?:\((?:[\w .-]{{2,30}})\)\s*[-\u2013\u2014_]"
    rf"|[A-Z][\w.'\u2019 -]{{1,40}}(?:,\s*[A-Z][\w.'\u2019 ]{{1,30}}){{0,3}}(?:,|\s+[-\u2013\u2014])\s*(?:{_WEEKDAY},?\s+)?{DATE_TEXT}"
    rf"|[A-Z][A-Z.'\u2019 -]{{2,40}}(?:,\s*[A-Z][\w.]{{1,20}}){{0,2}}\s*(?:--|[-\u2013\u2014:]|\((?:AP|Reuters|[\w ]{{2,25}}wire)\))"
    rf"|[A-Z][a-z]{{2,30}}(?:\s[A-Z][a-z]{{2,20}})?:\s"
    rf"|{DATE_TEXT}\s[-\u2013\u2014]{{1,2}}\s[A-Z]"  # date first: "March 3, 2025 – Baton Rouge, LA –"
    r"|[A-Z][\w.'\u2019 ,-]{1,60}?\s/\s[^/\n]{2,60}?\s/(?:\s|$))",  # "SAN DIEGO, CA / Acme Wire / June 9"
)
WIRE_MARK = lazy_compile(
    r"/\s?PRNewswire|\(BUSINESS WIRE\)|GLOBE NEWSWIRE|/24-7PressRelease/|\(NEWMEDIAWIRE\)|--\s", _I
)

# Separators a page <title> uses between the headline and the site's name.
TITLE_SEPARATORS = lazy_compile(r"\s+(?:\||::|\u00b7|\u00bb|\u2022|-|\u2013|\u2014)\s+")
PIPE_SEPARATOR = lazy_compile(r"\s+(?:\||::|\u00bb)\s+")

# "April06,200712:44 AM EDT" and the like: a wire archive's time stamp glued before a title.
GLUED_TIMESTAMP = lazy_compile(
    rf"^(?:{_MONTHS_EN})\s?\d{{1,2}},\s?\d{{4}}\s?\d{{1,2}}:\d{{2}}\s?[AP]\.?M\.?\s?(?:[A-Z]{{1,3}}T)?", _I
)

# --- byline -----------------------------------------------------------------------------

# "By Jane Doe", "BY AMNESTY INTERNATIONAL", "Written by: Jane Doe", "Author: Jane Doe", "Von Max Muster".
BYLINE = lazy_compile(
    r"^(?:by|written\s+by|posted\s+by|author|autor(?:in)?|von|por|redacci[oó]n)\s*:?\s+(?P<name>[^\n]{2,120})$", _I
)
# A label alone on its line, the name on the next: "Author\nJane Doe".
BYLINE_LABEL = lazy_compile(r"^(?:author|written\s+by|autor(?:in)?|by)\s*:?$", _I)
# "By DANA ORTEGA Associated Press Writer", also when a scrape lost the spaces around it.
# The pattern opens on the literal "By", which the engine scans for at the speed of a substring
# search; what may stand before it (a word boundary, or a lower-case letter where a scrape glued
# the line on) is looked behind for afterwards: the same matches as "(?:\b|(?<=[a-z]))By", which
# ran the whole pattern at every position of a line.
WIRE_BYLINE = lazy_compile(
    r"By(?:(?<=\bBy)|(?<=[a-z]By))\s*(?P<name>[A-Z][A-Z.'\u2019-]+(?:\s[A-Z][A-Z.'\u2019-]+){0,3}?)\s*"
    r"(?P<agency>Associated Press|AP|Reuters|Agence France-Presse|AFP|Bloomberg News|dpa)\s*"
    r"(?:Staff\s+|Business\s+|Medical\s+|Science\s+)?(?:Writer|Correspondent|Reporter)"
)
# The letters a line can open with when BYLINE, BYLINE_LABEL or WIRE_BYLINE matches at its start
# ("By", "Written by", "Posted by", "Author", "Autorin", "Von", "Por", "Redacción"), in either case
# (no other character matches them case-blind): a cheap test that rules out most header lines.
BYLINE_INITIALS = frozenset("abprvwABPRVW")
# What follows a name in a byline and is not part of it.
# Written so that no two repeats can share a run of spaces ("\s*" before "\s+" was cubic on a long
# run); the lookbehind starts a match only where a run of spaces starts, as the leftmost match did.
BYLINE_TAIL = lazy_compile(
    r"(?<!\s)(?:\s*(?:[|/\u2022]|,\s*(?:(?:staff|senior|special|contributing|guest)\s*)?"
    r"(?:writer|reporter|correspondent|editor|contributor)\b)"
    r"|\s+(?:(?:on|am|el)\s+\S*\d|(?:published|posted|updated)\b|[-\u2013\u2014]\s+|" + DATE_TEXT + r")).*$",
    _I,
)
# CMS accounts a site prints as an author: not a byline.
CMS_ACCOUNTS = frozenset(
    "admin administrator webmaster editor editors staff newsroom site admin web team webteam "
    "user guest redaktion redaccion press office pressestelle communications team".split()
)
URL_LIKE = lazy_compile(r"https?://|www\.|@|\.(?:com|org|net)\b", _I)
AUTHOR_LINK = lazy_compile(r"/(?:author|authors|autor|profile|people)/", _I)

# --- issuer -----------------------------------------------------------------------------

# Words that make a name an organisation's rather than a person's: each is a whole word, in any case;
# "e. V." (eingetragener Verein) is the one written with a dot and a space, matched by the pattern only.
ORGANISATION_WORD_LIST = tuple(
    """
    international association associates inc incorporated ltd limited llc llp plc gmbh ag sa se co corp
    corporation company group holding holdings council ministry department office agency authority foundation
    institute university college school center centre society network committee commission union service services
    bureau party parliament government trust federation alliance coalition partners fund bank hospital club league
    amt verband verein stiftung bund ministerium fraktion partei kreuz universität universitat fundación fundacion
    asociación asociacion ministerio gobierno instituto sociedad news wire press media communications technologies
    pharmaceuticals systems solutions lab labs industries
    """.split()
)
ORGANISATION_WORDS = lazy_compile(r"\b(?:" + "|".join(ORGANISATION_WORD_LIST) + r"|e\.\s?v)\b", _I)
# The same words looked up in a set, for a word already cut out: at a tenth of the cost of the
# case-blind match.
ORGANISATION_WORD_SET = frozenset(ORGANISATION_WORD_LIST)
# "... distributed by Media Pigeon on behalf of Amnesty International UK, on Jan 14, 2021."
ON_BEHALF = lazy_compile(
    r"\b(?:distributed|issued|released|published|sent|disseminated|prepared)\b[^.\n]{0,80}?\bon\s+behalf\s+of\s+"
    r"(?P<org>(?:the\s)?[A-Z][\w&'\u2019.-]{0,40}(?:\s(?:[A-Z][\w&'\u2019.-]{0,40}|of|and|for|the|&|de|für|und)){0,8})"
)
# "SOURCE Acme Corp" (PR Newswire), "Source: Neonode Inc. via Cision".
SOURCE_LINE = lazy_compile(r"^SOURCE:?\s+(?P<org>[^\n]{2,100}?)(?:\s+via\s+[^\n]{1,60})?\s*$", _I)
# "(NYSE: ABC)", "(NASDAQ: TNXP)", "(OTC: BSEM)", "(TSX-V: XYZ)", "(ASX:ABC)".
TICKER = lazy_compile(
    r"\((?:NYSE(?:\s+American|\s+Arca)?|NASDAQ|Nasdaq(?:GS|GM|CM)?|OTC(?:QB|QX|\s+Pink|\s+Markets)?|TSX(?:V|-V)?|CSE|ASX"
    r"|LSE|AIM|Euronext|Xetra|FWB|SIX|NZX|HKEX|SGX|JSE|BSE|NSE|CBOE|Cboe)\s*:\s*[A-Z0-9.]{1,8}"
    r"(?:[;,]\s*[A-Za-z -]{2,20}:\s*[A-Z0-9.]{1,8}){0,3}\)"
)
# The verb after a lead sentence's subject: "Acme, a maker of X, today announced ...".
# Every adverb and verb opens with one of ANNOUNCE_INITIALS (tested), looked ahead for first: the
# many branches are not tried after the spaces before a word that opens otherwise.
ANNOUNCE_INITIALS = "acghiklnoprtuwy"
ANNOUNCE_VERB = lazy_compile(
    rf"\s{{1,4}}(?=[{ANNOUNCE_INITIALS}])"
    r"(?:(?:today|yesterday|recently|proudly|officially|has|have|is|was|will)\s{1,4}){0,3}"
    r"(?:announced?|announces|unveil(?:s|ed)|launch(?:es|ed)|introduc(?:es|ed)|reports?|reported|release[sd]"
    r"|celebrates?|celebrated|named|appointed|welcomes|is\s+pleased\s+to|is\s+proud\s+to|calls?\s+on|urges?"
    r"|updates|hosts|will\s+(?:host|hold|present)|invites|is\s+inviting|(?P<weak>(?:is|are)\s+(?:a|an)\s)"
    r"|(?:is|are)\s+(?:thrilled|excited|delighted|happy|honou?red|eager)\s+to"
    r"|gibt\s+bekannt|k[üu]ndigt|anunci[óa]|presenta)\b"
)
# The same verbs in a title-case headline: "Acme Announces ...".
HEADLINE_VERB = lazy_compile(ANNOUNCE_VERB.pattern, _I)
# An opening clause before a lead's subject: "In a bold move toward X, Acme has announced ...".
INTRO_CLAUSE = lazy_compile(
    r"^(?:In|As|With|After|Following|Amid|Ahead\s+of|On|Today|This|Building\s+on|Since|Despite|Through|Thanks\s+to"
    r"|Once\s+again|Earlier\s+this\s+\w+|Last\s+\w+)\b[^,;:]{0,160},\s"
)
# A finite verb after a lead's subject, weaker than an announcing verb: an auxiliary with a
# participle ("is marking", "has reached"), or a plain past or present form ("represented").
# ",?\s+" is written to open on a class (a comma or a space, and after a comma at least one more
# space), which the engine scans for; each word after it opens in lower case (looked ahead for).
APPOSITIVE_VERB = lazy_compile(
    r"[,\s](?:(?<=,)\s+|(?<!,)\s*)(?=[a-z])"
    r"(?:(?:today|recently|now|officially)\s+)?(?:(?:has|have|is|are|was|were)\s+(?:\w+ly\s+)?[a-z]{2,20}(?:ed|ing|en)\b"
    r"|(?P<plain>[a-z]{2,20}(?:ed|es))\b)"
)
# "About Acme Acme is ..." / "ABOUT ACME HOLDINGS Founded ...": an About heading run into its text.
RUN_IN_ABOUT = lazy_compile(
    r"^(?:About|ABOUT)\s(?:the\s|THE\s)?(?P<words>[A-Z0-9][\w.&'\u2019-]{0,40}"
    r"(?:\s(?:[A-Z0-9&][\w.&'\u2019-]{0,40}|of|and|for|de|the|und|für)){0,9})"
)
# What an "About ..." line names that is not an organisation.
ABOUT_NOT_NAMES = frozenset(
    {"us", "the company", "the author", "the authors", "this release", "the event", "the study"}
)
# Small words allowed inside an organisation's name.
NAME_JOINERS = frozenset("of and for the & de der des du la le für und y del van von".split())
LEGAL_SUFFIXES = frozenset(
    "inc inc. ltd ltd. llc llc. pllc pllc. corp corp. co co. plc plc. gmbh ag sa s.a. se l.p. lp llp n.v. nv pty".split()
)
# Wire agencies named in a byline or dateline: the story is theirs.
AGENCY_NAMES = {"AP": "Associated Press", "AFP": "Agence France-Presse"}
AGENCY_DATELINE = lazy_compile(r"^[A-Z][A-Z .,'-]{1,40}\((?P<agency>AP|Reuters|AFP|dpa)\)\s*[-_\u2013\u2014]")
# "Bund für Umwelt und Naturschutz Deutschland (BUND)": a name defined with its abbreviation.
# A name's word is taken whole (none of its characters may follow it), and possessively: a word cut
# shorter is followed by one of its characters, so stepping back through its letters never matched.
# The words are taken possessively too: fewer words are followed by another word, never by " (".
_NAME_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019-]{0,40}+(?![\w'\u2019-])"
DEFINED_NAME_WORDS = 8  # a defined name's words, not counting the small words joining them
ABBREVIATION_DEFINITION = lazy_compile(
    rf"(?P<name>{_NAME_WORD}(?:\s(?:(?:und|and|of|for|für|de|del|la|the|des|der)\s)?{_NAME_WORD})"
    rf"{{0,{DEFINED_NAME_WORDS - 1}}}+)"
    r"\s\((?P<abbr>[A-Z\u00c0-\u00de]{2,8})\)"
)
# Articles that open a sentence before a defined name ("Der Lesben- und Schwulenverband (LSVD)").
LEADING_ARTICLES = frozenset("the der die das den dem des el la los las le les il lo".split())
# Mail domains that say nothing about who sent the release.
GENERIC_MAIL_DOMAINS = frozenset(
    "gmail yahoo hotmail outlook aol icloud gmx web t-online protonmail mail live msn comcast prnewswire "
    "businesswire globenewswire einpresswire".split()
)
EMAIL = lazy_compile(r"[\w.+-]{1,64}@(?P<domain>[\w-]{1,63})\.[\w.-]{2,30}")
# A source agency's sign-off under a republished release: "GIS", "- GIS", "Source: APA".
CREDIT_LINE = lazy_compile(r"^[\W_]{0,3}(?:[Ss]ource:\s*|SOURCE:\s*)?(?P<org>[A-Z]{2,6})[\W_]{0,3}$")
END_WORDS = frozenset({"end", "ends", "more", "tbc"})
# Words a site adds to an organisation's name for its news pages: "UN Press", "EU Newsroom".
SITE_SECTION_WORDS = frozenset({"press", "news", "newsroom", "media", "online", "presse", "noticias", "prensa"})
# "Gilbert, United States - July 24, 2025 / Acme Rentals /": a dateline naming its issuer between slashes.
DATELINE_ISSUER_SLOT = lazy_compile(
    rf"^[A-Z][\w.'\u2019 ,-]{{1,60}}?\s[-\u2013\u2014]\s{DATE_TEXT}\s{{0,3}}/\s{{0,3}}(?P<org>[^/\n]{{2,80}}?)\s{{0,3}}/\s*$",
    _I,
)
# The closing line a blog feed adds: "The post <title> appeared first on Acme News."
POSTED_FIRST_ON = lazy_compile(r"\bThe post\s[^\n]{1,300}?\sappeared first on\s(?P<site>[^\n]{2,60}?)\.?\s*$")
# A run of capitalised words in running text: "Acme Rentals", "Bar Rosa" (possessive left off).
CAPITALISED_NAME = lazy_compile(r"[A-Z][\w&.-]{0,30}(?:\s[A-Z][\w&.-]{0,30}){0,3}")
# Capitalised words that open a sentence rather than a name.
NAME_OPENERS = frozenset("In On At By To From This That These Those Our Its Their We It Located Whether Now".split())
