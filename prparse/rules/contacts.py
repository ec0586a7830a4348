"""Cue words and patterns for contact blocks: labels, field names, titles, desks, country tables.

The zone labels that open a contact section live in `rules/sections.py` (CONTACT_LABEL); this
module holds what is needed inside and around a contact block. Order in a tuple is priority.
Patterns are compiled on first use (`lazy_compile`): a release without a contact block never needs
most of them, and compiling them all at import was ~8 ms of every command-line start.
"""

from __future__ import annotations

import re

from prparse.rules.lazy import lazy_compile
from prparse.rules.patterns import EMAIL_NAME_MAX

_I = re.IGNORECASE

# A contact label printed inside a line ("June 11, 2021 Contact: Jane Roe",
# "... 2007Contact Robin Vale 202 436 4843", "Media Contact: Jane Roe, Director").
# Case-sensitive on purpose: a capitalised or upper-case label is a label, "contact us at" in a
# sentence is prose. "Contact Us" (site navigation) is never a label.
# A pattern that opens with a look-behind or "\b" gives the regex engine no first character to scan
# for: every alternative is tried at every position. So this one, FIELD_LABEL and PHONE_CANDIDATE
# open with a look-ahead on the characters every match starts with (the first letters of the
# alternatives), which fails most positions in one test and changes no match
# (test_first_character_lookahead_changes_no_match).
INLINE_LABEL = lazy_compile(
    r"(?=[ACFIKMNPacfimp])"
    r"(?:(?<![A-Za-z])(?:(?:Media|Press|News|Investor|Public|PR|MEDIA|PRESS|NEWS|INVESTOR|PUBLIC)\s+)?"
    r"(?:Contacts?|CONTACTS?|Pressekontakt|PRESSEKONTAKT|Kontakt|KONTAKT|Contacto|CONTACTO)"
    r"(?:\s+(?:Details|Information|Info|de prensa|para medios))?"
    r"(?!\s*(?:Us|us|US|uns)\b)(?:\s*[:\-\u2013]\s*|\s+(?=[A-Z\u00c0-\u00de(+\d]))"
    r"|\b(?:[Ff]or (?:further|more) information(?: (?:about|on|regarding) [^.:;\n]{1,80}?)?|[Ff]or (?:media|press) (?:inquiries|enquiries)|[Ii]nterview requests?)"
    r",?\s+(?:please\s+)?contact:?\s+"
    r"|\b(?:[Mm]edia|[Pp]ress|[Ii]nvestor|[Ii]nvestment|[Aa]nalyst) (?:[Ii]nquiries|[Ee]nquiries|[Qq]ueries|[Rr]elations):\s*)"
)

# Substrings one of which every INLINE_LABEL match contains (INLINE_CUES, a cheap test before the
# pattern), in three groups, each with a pattern a page is searched with once: three scans of a page
# instead of seven (a pattern led by a literal is skipped through as fast as `in`). Every INLINE_LABEL
# match holds a cue of the first two groups, or one of the third followed by a colon ("Media Inquiries:";
# "for media inquiries, please contact" holds "ontact"), which the third pattern finds from the colon.
INLINE_CUE_GROUPS = (
    (lazy_compile(r"onta[ck]t"), ("ontact", "ontakt")),
    (lazy_compile(r"ONTA[CK]T"), ("ONTACT", "ONTAKT")),
    (lazy_compile(r":(?:(?<=nquiries:)|(?<=ueries:)|(?<=elations:))"), ("nquiries", "ueries", "elations:")),
)
INLINE_CUES = tuple(cue for _, group in INLINE_CUE_GROUPS for cue in group)
# Sharper cues, case kept, one of which every INLINE_LABEL match also holds: a capitalised label, or the
# words before a lower-case "contact" ("For more information, contact"; "For information about X,
# contact Y" holds none), or a label's colon. A contact line holding one of INLINE_CUES ("contact" is
# common there) is tested with these too.
INLINE_LINE_CUES = (
    "Contact", "CONTACT", "ontakt", "ONTAKT", "her information", "ore information", "nquiries", "nterview request",
    "ueries:", "elations:",
)  # fmt: skip
# How far a match can start before the first cue it holds, when no white space in it runs over one
# character: "For further information regarding <80 characters>, please contact" puts "ontact" 124
# characters in. A long block is scanned from this far before its first cue, not from its start.
INLINE_LABEL_REACH = 130
WHITESPACE_RUN = lazy_compile(r"\s\s")

# A label at the start of a line inside a contact section. A "details" label ("Contact data:")
# belongs to the person named just before it; any other label opens a new contact.
# The look-ahead after the leading punctuation: the first letters of the labels (see INLINE_LABEL),
# case-blind like the labels; most blocks open with another letter and fail it without the labels
# being tried one by one (test_line_label_lookahead_changes_no_match).
LINE_LABEL = lazy_compile(
    r"^\W{0,3}(?=[abcfgijkmnprs])(?:(?:media|press|news|investor|investors|analyst|pr|public relations|journalist|company|agency)"
    r"(?:\s+(?:and|&)\s+(?:media|press|investor|analyst)s?)?\s+(?:contacts?|inquiries|enquiries|relations(?:\s+contacts?)?|office contacts?|queries)"
    r"|investor relations(?:\s+contacts?)?|public relations|contacts?(?:\s+(?:details|information|info|data|person))?"
    r"|for (?:further|more) information,?\s+(?:please\s+)?contact"
    r"|for (?:media|press|investor)\s+(?:inquiries|enquiries|information|queries)[^:\n]{0,80}?(?=:)"
    r"|(?:investment|sales|business|general) (?:inquiries|enquiries)"
    r"|presse?kontakt(?:e)?|medienkontakt(?:e)?|kontakt(?:daten|e)?(?:\s+f(?:ü|ue)r\s+(?:medien|presse))?|ansprechpartner(?:in)?"
    r"|contactos?(?:\s+(?:de\s+)?(?:prensa|medios))?|contacto para (?:medios|prensa)|relaci[oó]n con (?:medios|inversores)"
    r"|contacts?\s+(?:presse|m[ée]dias?)|relations?\s+(?:presse|m[ée]dias))"
    r"(?:\s*[:\-\u2013\u2014]\s*|\s*$|(?-i:(?<=[a-z])(?=[A-Z])|(?<=[Cc]ontact)\s+(?=[A-Z\u00c0-\u00de])))",
    _I,
)

# A sub-label inside a contact section: "Media:", "Investors:", "Presse:".
SUB_LABEL = lazy_compile(
    r"^\W{0,3}(?:media|investors?|press|analysts?|journalists?|presse|medien|prensa|medios|inversores)\s*:\s*", _I
)

# Honorifics that may open a printed name ("Dr. Jane Roe").
HONORIFICS = frozenset({"dr.", "dr", "mr.", "mr", "ms.", "ms", "mrs.", "mrs", "prof.", "prof", "sir", "dame"})

# Labels whose contact is the one named just before ("Gediminas X / Press Officer / Contact data:").
DETAILS_LABEL = lazy_compile(r"contact\s+(?:data|details|information|info)|kontaktdaten|datos de contacto", _I)

# A public inquiry line is a call to action, not a media contact (GOLD.md).
PUBLIC_LABEL = lazy_compile(
    r"(?<![A-Za-z])(?:for\s+(?:the\s+)?(?:general\s+)?(?:public|customer|consumer|patient|reader)\s+(?:inquiries|enquiries|queries|information)\b"
    r"|(?:public|customer|consumer|patient|reader)\s+(?:inquiries|enquiries|queries)\b)\W{0,3}",
    _I,
)
# Lower-case words one of which every PUBLIC_LABEL match holds (inquiries, enquiries and queries hold "qu"),
# and, as every match also names who is asking, one of the words of PUBLIC_ASKERS: a line holding a cue (its
# "information" is common in contact lines) is tried only when it holds an asker too.
PUBLIC_CUES = ("qu", "information")
PUBLIC_ASKERS = ("public", "customer", "consumer", "patient", "reader")

# Field names before a detail ("Tel.:", "E-Mail:", "Mobile number:", "Office:", "National toll-free").
# Glued to the previous word in scraped text ("GilmartinE-Mail:"), so no word boundary before.
# The look-ahead: the first letters of the field names (see INLINE_LABEL).
FIELD_LABEL = lazy_compile(
    r"(?=[CDEFHILMNOPTWXft])"
    r"(?:(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
    r"(?:(?P<fax>Fax|FAX|Telefax|fax)"
    r"|(?:National |International |Direct |Main |Office |Mobile |Cell |Toll[- ]?free )?"
    r"(?:E-?[Mm]ail|EMAIL|Email address|Phone number|Mobile number|Phone|PHONE|Tel(?:ephone|efon)?|TEL|Mobil(?:e|telefon)?|Handy|Cell(?:phone)?|"
    r"Office|Direct|Main|Toll[- ]?[Ff]ree|[Tt]oll[- ]free|Tfno|Tel[eé]fono|M[oó]vil|Correo(?: electr[oó]nico)?|Durchwahl|"
    r"Website|Web|Internet|Twitter(?: account)?|X account|X|Facebook|LinkedIn|Instagram|Mob|M|T|E|P|O|C))"
    r"(?:\s*\.)?(?:\s*(?:number|no\.?))?\s*:\s*(?=[+(\d@]|[\w.+-]{1,64}@|www\.|https?:)"
    r"|(?<![A-Za-z])(?:Tel|Fax|Mob|Ph)\.\s*(?=[+(\d]))"
)

# What every FIELD_LABEL match is followed by, besides a digit: "+", "(", an email, a web address.
FIELD_DETAIL_CUES = ("+", "(", "@", "www.", "http")
# What every FIELD_LABEL match holds without a colon after its field name: a dotted abbreviation.
FIELD_ABBREVIATIONS = ("Tel.", "Fax.", "Mob.", "Ph.")
# Fields of a company card rather than a media contact ("Website:", "Facebook:").
CARD_FIELD = lazy_compile(r"\W{0,2}(?:Website|Web|Internet|Twitter|X|Facebook|LinkedIn|Instagram)\b", _I)

# A fragment made only of field words ("(Office)", "National toll-free", "cell").
FIELD_WORDS = lazy_compile(
    r"^(?:(?:national|international|direct|main|office|mobile|cell|cellphone|toll[- ]?free|toll|phone|tel|telephone|fax|"
    r"e-?mail|email|work|desk|line|number|mob|mobil|handy|telefon|m[oó]vil|tel[eé]fono|or|and|oder|und|o|y|at|on|via|x|"
    r"website|web|twitter|facebook|linkedin|instagram|account|bxl|stg|strasbourg|brussels)\W{0,3}\s*){1,6}$",
    _I,
)

# Words joining two details or two names ("James Parrish 0447 ... or Matthew Keane").
CONNECTOR_PREFIX = lazy_compile(
    r"^(?:or|and|und|oder|sowie|y|o|et|ou|at|via|on|call|contact|reach|email|e-mail|tel\.?|phone)\s+", _I
)
# "(?<!\s)": a run of spaces is tried from its start only (else each space restarts the run: quadratic).
# A text it matches ends in one of CONNECTOR_SUFFIX_WORDS, as its last word.
CONNECTOR_SUFFIX_WORDS = ("or", "and", "und", "oder", "at", "on", "via", "unter", "en", "al")
CONNECTOR_SUFFIX = lazy_compile(r"(?<!\s)\s+(?:" + "|".join(CONNECTOR_SUFFIX_WORDS) + ")$", _I)
CONNECTOR_WORDS = frozenset(
    {"or", "and", "und", "oder", "sowie", "y", "o", "et", "ou", "at", "via", "on", "&", "/", "-"}
)

# Conference-call details ("International Toll: +1 ...", "Webcast Link:", "Passcode:"): numbers to dial in,
# not a contact card.
CONFERENCE_CALL = lazy_compile(
    r"(?<![A-Za-z])(?:toll(?![- ]?free)|dial[- ]?in|webcast|passcode|pass code|conference (?:id|call|line)|access code|replay)(?![A-Za-z])",
    _I,
)

# Link labels a wire prints in a contact card in place of the address ("Email Us Here", "Visit Our Website"):
# the link is gone in the export, the words are not a name.
LINK_LABEL = lazy_compile(
    r"(?<![A-Za-z])(?:e-?mail us(?: here)?|visit (?:our|the) website|visit us(?: on social media)?|website|click here)(?![A-Za-z])\W{0,2}",
    _I,
)
# Lower-case words one of which every LINK_LABEL match holds.
LINK_CUES = ("mail us", "visit", "website", "click here")

# A sentence asking the public to visit a site: its numbers are the firm's public line (a call to action),
# not a media contact, even when the sentence is printed under a "Contact" heading. ("To schedule an
# interview, ..." is a journalist's line and stays.)
CTA_SENTENCE = lazy_compile(
    r"(?<![A-Za-z])(?:to learn more|learn more|please visit|to order|to find out more"
    r"|for more information,? (?:please )?(?:visit|go to))(?![A-Za-z])",
    _I,
)
# Lower-case words one of which every CTA_SENTENCE match holds.
CTA_CUES = ("learn more", "visit", "to order", "find out more", "go to")

# Postal address lines: "200 S. Kraemer Blvd.", "Brea, CA 92821", "10119 Berlin", "Almstadtstraße 7".
ADDRESS_LINE = lazy_compile(
    r"^\d{1,5}[A-Za-z]?\s+\w|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b\d{4,5}\s+[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+$"
    r"|(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm)\s+\d|\b(?:Suite|Ste\.|Floor|P\.?O\.? Box|Postfach|Calle|Avenida|Av\.)\s+\w",
)
# Every ADDRESS_LINE match holds a digit ("\d") or one of these words: a line with neither is no address.
ADDRESS_CUES = ("Suite", "Ste.", "Floor", "Box", "Postfach", "Calle", "Av")

# Desk names: a press office or a minister's office given as the contact itself.
DESK_NAME = lazy_compile(
    r"(?:\b(?:press|media|news|communications?|public affairs|public information|investor relations|corporate communications)"
    r"\s+(?:office|desk|team|centre|center|room|line|relations|department|unit)\b"
    r"|\b(?:office|desk|newsroom|press office|media relations|communications|public affairs|pressestelle|presseb(?:ü|ue)ro|pressereferat"
    r"|kommunikation|gabinete de prensa|prensa|comunicaci[oó]n)\s*$"
    r"|pressestelle|presseb(?:ü|ue)ro|^(?:communications|media relations|public relations|corporate communications)\b)",
    _I,
)

# Lower-case words one of which every DESK_NAME match holds.
DESK_CUES = (
    "press",
    "media",
    "news",
    "communication",
    "public",
    "investor",
    "office",
    "desk",
    "kommunikation",
    "prensa",
    "comunicaci",
)

# A desk named by its last word: "Minister Hall's Office", "BUND-Pressestelle", "Press Desk".
DESK_END = lazy_compile(
    r"(?:\b(?:office|desk|newsroom|team)|pressestelle|presseb(?:ü|ue)ro|gabinete de prensa)\W{0,2}$", _I
)
DESK_END_CUES = ("office", "desk", "newsroom", "team", "presse", "gabinete de prensa")  # one is in every match

# Words of job titles; a fragment holding one of them is a title, not a name or organisation.
TITLE_WORDS = frozenset(
    """
    officer director manager spokesperson spokesman spokeswoman head chief president vp svp evp ceo cfo coo cto cmo
    chairman chairwoman chair coordinator specialist executive associate assistant advisor adviser consultant lead leader
    secretary analyst representative editor correspondent strategist supervisor counsel attorney founder co-founder
    owner partner principal publicist agent
    sprecher sprecherin pressesprecher pressesprecherin pressesprecher*in referent referentin leiter leiterin
    geschäftsführer geschäftsführerin vorstand vorsitzender vorsitzende experte expertin
    portavoz directora responsable jefe jefa gerente coordinador coordinadora asesor asesora
    """.split()
)
# German job titles are compounds ("BUND-Verkehrsexperte", "Pressereferentin").
TITLE_SUFFIX_WORDS = (
    "sprecher", "sprecherin", "referent", "referentin", "experte", "expertin", "leiter", "leiterin",
    "beauftragte", "beauftragter", "beauftragten",
)  # fmt: skip
TITLE_SUFFIX = lazy_compile(r"(?:" + "|".join(TITLE_SUFFIX_WORDS) + r")(?:\*in)?$", _I)
# The last three characters, lowered, of every TITLE_SUFFIX match in ASCII text (a word never ends in a line break).
TITLE_SUFFIX_TAILS = frozenset(word[-3:] for word in TITLE_SUFFIX_WORDS) | {"*in"}

# Words that make a capitalised line an organisation rather than a person ("Acme Advisory", "Nordwind Capital").
ORG_WORDS = frozenset(
    """
    advisory consulting consultants consultancy capital solutions technologies technology systems holdings partners
    ventures labs laboratories airlines airways healthcare pharmaceuticals therapeutics biosciences industries
    enterprises studios services software financial realty properties insurance logistics marketing media
    communications relations network group company corporation foundation association institute agency
    inc inc. llc ltd ltd. gmbh ag plc corp corp. pr
    """.split()
)

# Words naming a building: "Frank Roe Courts Building" is part of an address, not a person and a firm.
BUILDING_WORDS = frozenset(
    {"building", "buildings", "courthouse", "tower", "towers", "plaza", "campus", "haus", "edificio"}
)

# Lower-case words inside an organisation's name ("Bank of Ireland", "Friends for the Earth", "Ärzte ohne Grenzen").
ORG_LINKS = frozenset(
    {"of", "for", "and", "the", "&", "on", "in", "at", "für", "und", "ohne", "de", "del", "la", "y", "e.V."}
)

# Regions bigger than a country, printed in company names and address lines; never part of a person's name.
CONTINENTS = frozenset(
    {
        "north america",
        "south america",
        "latin america",
        "central america",
        "europe",
        "asia",
        "africa",
        "middle east",
        "asia pacific",
        "asia-pacific",
        "oceania",
        "emea",
        "apac",
        "latam",
    }
)
# The words CONTINENTS are made of: words holding none of them name no continent, alone or in pairs.
CONTINENT_WORDS = frozenset(word for name in CONTINENTS for word in name.split())

# Words that never stand in a person's name (function words, section words, months).
NAME_STOP_WORDS = (
    frozenset(
        """
    the a an of for and or in on at to by with from my our your his her their this that these its
    press media news contact contacts office inquiries enquiries information release immediate embargoed
    further more details data assets embedded visit website email phone tel fax mobile number page read
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday related posts copyright privacy terms
    investor investors relations communication communications marketing public affairs corporate team desk sales
    hon honourable mp senator minister dr prof inc llc ltd gmbh corp corporation company group center centre
    association foundation university institute council department agency network
    """.split()
    )
    | {w for w in ORG_WORDS if "." not in w}
    | BUILDING_WORDS
)

NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "al",
        "y",
        "zu",
        "ten",
        "ter",
    }
)

# Organisation suffixes: a fragment ending in one names an organisation.
ORG_SUFFIX = lazy_compile(
    r"\b(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|AG|SE|S\.A\.|SA|S\.L\.|plc|PLC|Corp\.?|Corporation|Company|Co\.|"
    r"Group|Holdings|Center|Centre|Association|Foundation|University|Institute|Agency|Partners|Communications|PR|"
    r"e\.\s?V\.|Bundesverband|Verband)\W{0,2}$"
)

# Generic country-code TLDs that say nothing about where a number is dialled.
GENERIC_CCTLDS = frozenset(
    {"eu", "io", "co", "tv", "ai", "me", "ly", "fm", "am", "gg", "to", "cc", "ws", "is", "it.com", "app", "int"}
)
TLD_REGIONS = {"uk": "GB", "su": "RU"}

# Country and region names (and AP state abbreviations) found in datelines -> ISO 3166 region.
COUNTRY_REGIONS = {
    "united states": "US",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "us": "US",
    "america": "US",
    "united kingdom": "GB",
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "great britain": "GB",
    "britain": "GB",
    "germany": "DE",
    "deutschland": "DE",
    "austria": "AT",
    "österreich": "AT",
    "switzerland": "CH",
    "schweiz": "CH",
    "australia": "AU",
    "new zealand": "NZ",
    "canada": "CA",
    "ireland": "IE",
    "france": "FR",
    "spain": "ES",
    "españa": "ES",
    "mexico": "MX",
    "méxico": "MX",
    "italy": "IT",
    "italia": "IT",
    "netherlands": "NL",
    "belgium": "BE",
    "belgique": "BE",
    "sweden": "SE",
    "norway": "NO",
    "denmark": "DK",
    "finland": "FI",
    "poland": "PL",
    "portugal": "PT",
    "india": "IN",
    "china": "CN",
    "japan": "JP",
    "singapore": "SG",
    "hong kong": "HK",
    "south africa": "ZA",
    "brazil": "BR",
    "argentina": "AR",
    "chile": "CL",
    "colombia": "CO",
    "israel": "IL",
    "united arab emirates": "AE",
    "uae": "AE",
    "saudi arabia": "SA",
    "south korea": "KR",
    "korea": "KR",
    "philippines": "PH",
    "malaysia": "MY",
    "jamaica": "JM",
    "luxembourg": "LU",
    "czech republic": "CZ",
    "greece": "GR",
    "turkey": "TR",
    "nigeria": "NG",
    "kenya": "KE",
    # Australian states and territories
    "nsw": "AU",
    "new south wales": "AU",
    "vic": "AU",
    "victoria": "AU",
    "qld": "AU",
    "queensland": "AU",
    "act": "AU",
    "tasmania": "AU",
    "tas": "AU",
    "western australia": "AU",
    "south australia": "AU",
    "northern territory": "AU",
    # Canadian provinces
    "ontario": "CA",
    "ont.": "CA",
    "quebec": "CA",
    "québec": "CA",
    "british columbia": "CA",
    "b.c.": "CA",
    "alberta": "CA",
    "manitoba": "CA",
    "nova scotia": "CA",
    "saskatchewan": "CA",
    # German states
    "bayern": "DE",
    "bavaria": "DE",
    "nordrhein-westfalen": "DE",
    "hessen": "DE",
    "sachsen": "DE",
}

US_STATES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming
    al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok
    or pa ri sc sd tn tx ut vt va wa wv wi wy
    ala. ariz. ark. calif. cal. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn. miss.
    mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va.
    wis. wyo. d.c.
    """.split()
) | {
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "rhode island",
    "south carolina",
    "south dakota",
    "west virginia",
    "district of columbia",
}

CITY_REGIONS = {
    # United States
    "new york": "US",
    "los angeles": "US",
    "san francisco": "US",
    "chicago": "US",
    "washington": "US",
    "boston": "US",
    "dallas": "US",
    "houston": "US",
    "austin": "US",
    "atlanta": "US",
    "seattle": "US",
    "miami": "US",
    "denver": "US",
    "minneapolis": "US",
    "philadelphia": "US",
    "phoenix": "US",
    "san diego": "US",
    "san jose": "US",
    "detroit": "US",
    "las vegas": "US",
    "nashville": "US",
    "orlando": "US",
    "tampa": "US",
    "pittsburgh": "US",
    "portland": "US",
    "baltimore": "US",
    "st. louis": "US",
    "milwaukee": "US",
    "santa ana": "US",
    "honolulu": "US",
    "palo alto": "US",
    # United Kingdom and Ireland
    "london": "GB",
    "manchester": "GB",
    "birmingham": "GB",
    "edinburgh": "GB",
    "glasgow": "GB",
    "cardiff": "GB",
    "belfast": "GB",
    "leeds": "GB",
    "liverpool": "GB",
    "bristol": "GB",
    "oxford": "GB",
    "cambridge": "GB",
    "dublin": "IE",
    # German-speaking
    "berlin": "DE",
    "munich": "DE",
    "münchen": "DE",
    "hamburg": "DE",
    "frankfurt": "DE",
    "köln": "DE",
    "cologne": "DE",
    "stuttgart": "DE",
    "düsseldorf": "DE",
    "bonn": "DE",
    "leipzig": "DE",
    "dresden": "DE",
    "hannover": "DE",
    "wiesbaden": "DE",
    "vienna": "AT",
    "wien": "AT",
    "zurich": "CH",
    "zürich": "CH",
    "geneva": "CH",
    "genf": "CH",
    "bern": "CH",
    # Australia and New Zealand
    "sydney": "AU",
    "melbourne": "AU",
    "canberra": "AU",
    "brisbane": "AU",
    "perth": "AU",
    "adelaide": "AU",
    "hobart": "AU",
    "darwin": "AU",
    "gold coast": "AU",
    "auckland": "NZ",
    "wellington": "NZ",
    # Spanish-speaking
    "madrid": "ES",
    "barcelona": "ES",
    "valencia": "ES",
    "sevilla": "ES",
    "seville": "ES",
    "bilbao": "ES",
    "málaga": "ES",
    "mexico city": "MX",
    "ciudad de méxico": "MX",
    "guadalajara": "MX",
    "monterrey": "MX",
    "puerto vallarta": "MX",
    "buenos aires": "AR",
    "santiago": "CL",
    "bogotá": "CO",
    "lima": "PE",
    # elsewhere
    "toronto": "CA",
    "vancouver": "CA",
    "montreal": "CA",
    "montréal": "CA",
    "ottawa": "CA",
    "calgary": "CA",
    "paris": "FR",
    "lyon": "FR",
    "brussels": "BE",
    "bruxelles": "BE",
    "amsterdam": "NL",
    "rotterdam": "NL",
    "stockholm": "SE",
    "oslo": "NO",
    "copenhagen": "DK",
    "helsinki": "FI",
    "rome": "IT",
    "milan": "IT",
    "lisbon": "PT",
    "warsaw": "PL",
    "prague": "CZ",
    "athens": "GR",
    "tokyo": "JP",
    "singapore": "SG",
    "hong kong": "HK",
    "mumbai": "IN",
    "new delhi": "IN",
    "bangalore": "IN",
    "bengaluru": "IN",
    "beijing": "CN",
    "shanghai": "CN",
    "seoul": "KR",
    "tel aviv": "IL",
    "dubai": "AE",
    "abu dhabi": "AE",
    "riyadh": "SA",
    "johannesburg": "ZA",
    "cape town": "ZA",
    "são paulo": "BR",
    "sao paulo": "BR",
    "kingston": "JM",
    "luxembourg": "LU",
    "strasbourg": "FR",
}

# --- phones and emails -------------------------------------------------------------------------

# A phone-like run: an optional "+", "(+32)" or "(" start, then digits and the separators printers
# use (space, dot, hyphen, slash, parentheses). One character class with a bounded repeat, so the
# scan stays linear; the shape is checked afterwards in Python (phones.py). The look-ahead: a match
# starts with "(", "+" or a digit (see INLINE_LABEL).
PHONE_CANDIDATE = lazy_compile(r"(?=[(+\d])(?<![\d+])(?:\(\+|\+|\()?\d[\d ().\-/\u2013]{5,28}\d\)?(?!\d)")
# "1-800-ACE-HLP1 (223-4571)": vanity numbers, upper-case letters standing for digits.
# The look-ahead: a match starts with "+", "1" or "8" (see INLINE_LABEL).
VANITY_PHONE = lazy_compile(
    r"(?=[+18])(?<![\w+])(?:\+?1[-. ])?8(?:00|33|44|55|66|77|88)[-. ](?=[A-Z0-9-]{0,9}[A-Z])[A-Z0-9]{3}[-. ]?[A-Z0-9]{4}(?![\w])"
    r"(?:\s?\(\d{3}[-. ]?\d{4}\))?"
)
VANITY_CUES = ("800", "833", "844", "855", "866", "877", "888")  # one is in every VANITY_PHONE match
PHONE_SEPARATOR = lazy_compile(r"[ .\-/()\u2013]")  # what sets a printed number apart from a bare run of digits
# Extensions after a number; the printed abbreviation is written out in full (GOLD.md).
PHONE_EXTENSION = lazy_compile(
    r"\s{0,2},?\s{0,2}(?P<word>ext\.?|Ext\.?|EXT\.?|extension|Extension|x|X|Durchwahl|DW|Dw\.?)\s{0,2}(?P<digits>\d{1,6})(?!\d)"
)
# German shorthand for several lines of one exchange: "030-27481-497 |-531 | -425", "0221 123-45/-46".
PHONE_SIBLINGS = lazy_compile(r"(?:\s{0,2}[|/,]\s{0,2}-\s?\d{1,6}(?!\d)){1,10}")
PHONE_SIBLING = lazy_compile(r"-\s?(\d{1,6})")
# Dates and ranges that look like numbers: "17.12.2024", "2024-05-14", "(28.10.2021)".
DATE_LIKE = lazy_compile(
    r"^\(?\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}\)?$|^\(?(?:19|20)\d\d\s?[\-/\u2013]\s?(?:19|20)?\d\d\)?$"
)
# An unformatted North American number ("14805550123", "4805550123"): area code and exchange never start with 0 or 1.
BARE_NANP = lazy_compile(r"^1?[2-9]\d{2}[2-9]\d{6}$")
# A ten-digit North American number as printed ("(612) 436-0142", "612-436-0142", "612.436.0142"): three groups
# of ASCII digits, the area code not starting with 0 or 1, read without phonenumbers.parse (see phones._parse).
NANP_PRINTED = lazy_compile(r"\(?([2-9][0-9]{2})\)?[-. ]?([0-9]{3})[-. ]([0-9]{4})")
# A US ZIP+4 code ("Dallas, Texas 75201-4410") has a phone's digits but follows a state's name.
ZIP_PLUS_FOUR = lazy_compile(r"^\d{5}-\d{4}$")
PHONE_MIN_DIGITS = 7
PHONE_MAX_DIGITS = 15

# An email address; the top-level domain must not run into a glued next word ("info@acme.comX: @acme").
EMAIL = lazy_compile(
    rf"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+\-]{{0,{EMAIL_NAME_MAX - 1}}}@[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,62}}\.){{1,6}}"
    r"(?:[a-z]{2,24}(?![a-z])|[A-Z][a-z]{1,23}(?![a-z])|[A-Z]{2,24}(?![A-Za-z]))"
)
LOCAL_PART_SEPARATOR = lazy_compile(r"[._\-]")  # between the words of an address's local part ("jane.roe")
LANGUAGE_TAG_SEPARATOR = lazy_compile(r"[-_]")  # "de-DE", "en_AU"
# Obfuscated emails: "jane(at)acme.de", "jane [at] acme [dot] org".
EMAIL_AT = lazy_compile(r"\s?[(\[{]\s?(?:at|AT|@)\s?[)\]}]\s?")
EMAIL_DOT = lazy_compile(r"\s?[(\[{]\s?(?:dot|DOT)\s?[)\]}]\s?")
# What every EMAIL_AT or EMAIL_DOT match holds, without their optional outer spaces: opening with a
# character class, it is found by a fast scan where they (opening with "\s?") try every position.
OBFUSCATED = lazy_compile(r"[(\[{]\s?(?:at|AT|@|dot|DOT)\s?[)\]}]")
# The longest local part EMAIL allows: no match starts further than this before its "@".
EMAIL_REACH = EMAIL_NAME_MAX
URL = lazy_compile(
    r"(?:https?://|www\.)[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,6}\.(?:[a-z]{2,24}(?![a-z])|[A-Z][a-z]{1,23}(?![a-z])|[A-Z]{2,24}(?![A-Za-z]))"
    r"(?:/[^\s)\]>]{0,300})?"
)
URL_CUES = ("http", "www.")  # substrings one of which every URL match holds (the pattern is case-sensitive)
# A social handle: one or two "@" not after a word character or another "@". The pattern opens on its
# literal "@", which the engine skips to, and looks behind from there at the character before it
# ("(?<![\w@])@{1,2}" written so; test_handle_opens_on_its_at_sign).
HANDLE = lazy_compile(r"@(?<![\w@]@)@?[A-Za-z_]\w{0,30}")

# --- reading contact lines ---------------------------------------------------------------------

# Separators between the pieces of a contact line; ", Inc." stays with its name.
FRAGMENT_SPLIT = lazy_compile(
    r"(?<!\s)\s*(?:,(?!\s*(?:Inc\b|LLC\b|Ltd\b|L\.L\.C\.|GmbH\b|AG\b|S\.A\.|Corp\b|PLC\b|plc\b|e\.\s?V\.))|[|;()\[\]\u2022]|\s[/\u2013\u2014-]\s|:(?!//))\s*"
)
# Characters one of which every FRAGMENT_SPLIT match holds: text without them is one piece.
FRAGMENT_SEPARATOR = lazy_compile(r"[,|;()\[\]\u2022/\u2013\u2014:-]")
# A final full stop is punctuation, unless it ends an abbreviation ("Acme Corp.", "Jane Q.").
ABBREVIATION_END = lazy_compile(
    r"(\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|Assn|Dept|Univ|Intl|[A-Z]|[A-Z]\.[A-Z]|e\.\s?V)\.)$|[.\s]+$"
)
JOINERS = ("|", "/", ";", "&")  # a list of names shares the details after it; a comma runs name, title, org
# The marks besides a number that open a list item: a line opening on neither holds no LIST_MARKER match.
LIST_MARKS = "-*\u2022\u25aa\u2013"
LIST_MARKER = lazy_compile(rf"^(?:\d{{1,2}}[.)]|[{re.escape(LIST_MARKS)}])\s+")  # "1. Press Office", "- Kontakt: ..."
# One word of a printed name: "Jane", "McAllister", "O'Brien", "Reyes-Garza", "HÖGLUND", "Q."
NAME_TOKEN = lazy_compile(
    r"^(?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019]*[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]+(?:-[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]+)?|[A-Z\u00c0-\u00de]{2,}(?:-[A-Z\u00c0-\u00de]{2,})?|[A-Z]\.)$"
)
# A middle initial, with or without its full stop ("Ronald A. Roe", "Matthew T Roe").
BARE_INITIAL = lazy_compile(r"^[A-Z]\.?$")
# Scraped pages lose the break between a word and an email: "OfficeEditor@x.com", "Officeinfo@x.com".
FIELD_GLUE = lazy_compile(r"^(?:Office|Email|E-mail|Mail|Phone|Tel|Contact|Web)(?=[a-z0-9]{2})")
CAMEL_GLUE = lazy_compile(r"^[A-Z][a-z]{2,}(?=[A-Z][a-z])")
# Where a lower-case letter runs into a capital inside a word: "Jane RoeAcme Advisory" lost its line break.
CAMEL_BREAK = lazy_compile(r"(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])")
# A capitalised word, or an organisation's abbreviation, glued before an email's local part ("Advisoryjroe@").
GLUED_WORD = lazy_compile(r"[A-Z][A-Za-z]{1,30}\.?")
