"""Rule data for quotations: quote marks, speech verbs, name tables, speaker-phrase patterns.

Word lists live in `rules/data/*.txt` (one entry a line, `#` comments) and are loaded once at import.
"""

from __future__ import annotations

import re
from importlib.resources import files

from prparse.rules.lazy import lazy_compile
from prparse.rules.patterns import alternation


def _load_words(name: str) -> tuple[str, ...]:
    """One entry a line, comments and blanks skipped; duplicates or empty lists are a data error."""
    text = files("prparse.rules").joinpath("data", name).read_text(encoding="utf-8")
    words = tuple(w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#"))
    if not words or len(set(words)) != len(words):
        raise ValueError(f"rules/data/{name}: empty or duplicate entries")
    return words


# --- quote marks -----------------------------------------------------------------------------------
# Two families: a passage opened by a double mark closes with a double mark, whatever the house style
# (“…”, "…", „…“, «…», »…«); single marks (‘…’, '…', ‚…‘, ‹…›) likewise.
DOUBLE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033'
SINGLE_MARKS = "'\u2018\u2019\u201a\u201b\u2039\u203a"
QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS  # one character is a mark when it is `in` these
ALWAYS_OPENING = "\u201e\u201a"  # German low marks „ ‚ only ever open
GUILLEMET_OPEN = "\u00ab\u2039"  # « ‹ open when spaced French-style: « texte »
GUILLEMET_CLOSE = "\u00bb\u203a"
# Characters that may stand right before an opening mark (besides white space).
OPEN_LEFT = "([{\u2014\u2013-/>:\u00a0"
# Characters that may stand right after a closing mark (besides white space).
CLOSE_RIGHT = ",.;:!?)]}\u2026\u2014\u2013-"
# A sentence end before an opening mark inside an open quote: a new quoted sentence of the same
# speaker ("…policy. "This report…"), not a nested quotation.
SENTENCE_END = lazy_compile(r"[.!?\u2026:;][)\]]?\s*$")

# A release worth scanning at all holds a double mark, a typographic opening mark or a single mark
# opening a word (tested with `in` and one simple pattern: the pre-check must cost next to nothing).
QUOTE_SIGNALS = DOUBLE_MARKS + "\u2018\u201a\u2039\u203a"
QUOTE_SIGNAL = lazy_compile(f"[{re.escape(QUOTE_SIGNALS)}]")  # one search: cheaper than an `in` per sign on a line
SINGLE_OPENING = lazy_compile(r"[\s(\[>]['\u2019]\w")

MIN_QUOTE_WORDS = 5  # GOLD.md: a quotation is a passage of five words or more
# A text opening with that many words (runs of word characters), read no further. Possessive repeats:
# a word is never split in two to make up the count.
QUOTE_WORDS = lazy_compile(rf"(?:\W*+\w++){{{MIN_QUOTE_WORDS}}}")
MAX_CARRY_BLOCKS = 12  # a quotation continued over paragraphs never runs longer than this
HEADLINE_MAX_WORDS = 30  # the first block of a release is its headline when it is this short
# Shares of capitalised words: a quoted title of a work or slogan; a headline line (German prose capitalises
# every noun, so a headline needs more than a title).
TITLE_CAPITALS = 0.7
HEADLINE_CAPITALS = 0.85
# The lower-case word after a mark ("Australians’ skills"): a plural possessive, not a closing mark.
NEXT_WORD = lazy_compile(r"\s+([a-z]\w*)")

# --- speech verbs ----------------------------------------------------------------------------------
SPEECH_VERBS = _load_words("speech_verbs.txt")
# Verbs that stand before the speaker and never after: ", so Reuter", "according to X", "según X".
PREPOSED_VERBS = frozenset({"so", "according to", "según", "selon"})


def _verb_pattern(verb: str) -> str:
    return re.escape(verb).replace(r"\ ", r"\s+")


# Longest first, gathered under first letters (the search runs over the prose before every quote).
_VERBS_LONGEST_FIRST = sorted(SPEECH_VERBS, key=len, reverse=True)
_VERB_ALT = alternation(_VERBS_LONGEST_FIRST, _verb_pattern)
# A speech verb as a whole word; lower case except at a sentence start ("Said Lyle Fenwick, ...").
SPEECH_VERB = lazy_compile(rf"(?<![\w-])(?P<verb>{_VERB_ALT})(?![\w-])")
# At the start of a text, in any case. The verbs are lower case, so gathering them under their first
# letters case-blind gathers them as above (tested): the alternation is the same.
SPEECH_VERB_START = lazy_compile(rf"^\s*(?P<verb>(?i:{_VERB_ALT}))(?![\w-])")

# Words opening a relative clause after a quoted name: "“Spring Forward,” which highlights …" is no attribution.
RELATIVES = frozenset("which that who whose where whom que qui".split())

# A name line under a quotation: "Jane Doe, MD, Vice Chair of Surgery at Acme and Director of …" may run long
# when it lists offices; past SIGNATURE_PLAIN_WORDS words it must hold no sentence end.
SIGNATURE_MAX_WORDS = 40
SIGNATURE_PLAIN_WORDS = 16

# A quotation run into a sentence without attribution counts from this many words when it ends as a sentence.
EMBEDDED_MIN_WORDS = 8

# The subject opening a sentence that runs into a quotation: "As Doe| frames it, …", "Jane Doe|, partner at Acme, praised …".
SENTENCE_SUBJECT = lazy_compile(
    r"^(?:As\s+)?(?P<name>[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z\u00c0-\u00de][\w'\u2019-]+)){0,2})(?:,(?P<role>[^,]{1,100}),)?\s+[a-z]"
)

# --- attribution shapes ----------------------------------------------------------------------------
# After a quote: an attribution by dash, as blockquotes in Markdown print it: "… >  - Jane Doe, CEO".
# "(?:\s*\.)?\s*" is "\s*\.?\s*" without two repeats sharing a run of spaces (cubic on a long run).
DASH_ATTRIBUTION = lazy_compile(
    r"^[\s>]*[\u2014\u2013-]{1,2}\s*(?P<speaker>[A-Z\u00c0-\u00de][^\n]{2,200}?)(?:\s*\.)?\s*$"
)
# Before a quote: "Name, Title: "…"" with no verb at all (German statements: "Antje Muster, Geschäftsführerin: "…"").
COLON_ATTRIBUTION = lazy_compile(r"^\s*(?P<speaker>[A-Z\u00c0-\u00de][^:!?]{1,160}?)\s*:\s*$")
# Where a speaker phrase stops inside the text after a quote: a sentence end that is not an abbreviation.
CLAUSE_END = lazy_compile(r"[.!?;]\s+|[.!?;]$")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st inc ltd corp co plc llc hon rev gen lt col capt sen rep gov no vs etc "
    "ph.d m.d m.p.h d.o r.n b.a m.a m.s j.d u.s u.k e.u a.g s.a n.v".split()
)
# German perfect tense and English present perfect before a partial quotation: the subject after the auxiliary.
AUXILIARY = lazy_compile(r"\b(?:hat|haben|hatte|hatten|has|have|had)\s+(?P<subject>\S+(?:\s+\S+){0,3})$")

# --- speaker phrases -------------------------------------------------------------------------------
PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "er": "m",
    "sie": "f",
    "él": "m",
    "ella": "f",
    "il": "m",
    "elle": "f",
}
HONORIFIC_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
    "herr": "m",
    "frau": "f",
    "sr": "m",
    "sra": "f",
    "srta": "f",
    "don": "m",
    "doña": "f",
    "m": "m",
    "mme": "f",
}
# Words that stand before a name and are not part of it ("Dr Larry Moreton", "Senator the Hon. Aldous Hale").
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof professor sir dame lady lord hon honourable honorable rt right the rev reverend "
    "herr frau sr sra srta doña mme eng h.e his her excellency highness royal senator".split()
)
# Words that end a title written before a name ("Acme Funds President Mary Ellen Hartley") or stand as a
# role alone ("the Prime Minister said"). Lower case; matched on a token's lower-cased form or its
# hyphen/compound tail ("BKA-Präsident", "co-chair").
TITLE_WORDS = frozenset(
    """president vice-president chairman chairwoman chair chairperson ceo cfo coo cto cmo cio founder co-founder
    cofounder director manager officer minister premier secretary senator governor mayor chancellor commissioner
    spokesperson spokesman spokeswoman head partner principal executive chief leader lead author researcher
    professor scientist analyst economist attorney prosecutor judge counsel general ambassador rapporteur
    co-rapporteur member mp mep deputy assistant treasurer trustee editor editor-in-chief publisher owner
    superintendent sheriff commander colonel captain inspector officer-in-charge administrator coordinator
    advisor adviser consultant expert fellow lecturer instructor dean provost rector chairholder representative delegate astronomer
    lawyer engineer physician surgeon doctor nurse teacher historian curator artist writer journalist activist
    campaigner organiser organizer volunteer philanthropist entrepreneur investor broadcaster host presenter
    actor actress singer musician athlete coach architect designer pastor priest rabbi imam bishop chairperson
    präsident präsidentin vorsitzende vorsitzender geschäftsführer geschäftsführerin sprecher sprecherin
    generalsekretär generalsekretärin ministerin bürgermeister bürgermeisterin direktor direktorin leiter
    leiterin vorstand vorständin staatssekretär staatssekretärin abgeordnete abgeordneter experte expertin
    fraktionsvorsitzende fraktionsvorsitzender presidente presidenta director directora ministro ministra
    secretario secretaria portavoz gerente fundador fundadora consejero consejera alcalde alcaldesa
    directeur directrice ministre porte-parole""".split()
)
# Nouns that name a person in a definite description ("…," the man told her): the person the prose just named.
PERSON_NOUNS = frozenset(
    "man woman boy girl suspect defendant victim patient resident student veteran mother father".split()
)
# A role in the work a release reports ("the study's first author", "the lead investigator", "die Studienautorin"):
# written before a name that has an appositive title, it describes, it is not the person's office.
WORK_ROLE = lazy_compile(
    r"(?:\b(?:co-?)?authors?|\w*autor(?:in|a)?|\binvestigators?|\binvestigador(?:a)?|\bresearchers?)\b", re.IGNORECASE
)
# Appended degrees and honours, dropped from a name: "Mary Ellen Hartley, CFA", "James Holder, M.P.H., Ph.D.".
CREDENTIAL = lazy_compile(
    r"^(?:Ph\.?\s?D\.?|M\.?\s?D\.?|M\.?P\.?H\.?|MBA|M\.?B\.?A\.?|CFA|CPA|FAHA|FACC|FRCP|FRS|R\.?N\.?|D\.?O\.?|J\.?D\.?|"
    r"Esq\.?|Jr\.?|Sr\.?|III?|IV|MP|MdB|MEP|TD|MLA|MSP|MPP|MHA|MdL|QC|KC|OBE|CBE|MBE|KBE|DBE|AO|AM|AC|DDS|DMD|PharmD|MSc|BSc|MSN|DNP|"
    r"LL\.?M\.?|CFP|CAIA|FRM|PE|P\.E\.|PMP|Dipl\.-[\w.]+|Dr\.?\s?rer\.?\s?nat\.?)(?=$|[\s,-])"
)
# Name particles that may sit inside a name in lower case: "Antje von Broock", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset("von van der den de del della di da du la le bin ibn al el dos das y zu ter".split())
# A token that can be part of a personal name: capitalised, ALL CAPS ("BUŁA"), hyphenated, with apostrophe.
NAME_TOKEN = lazy_compile(r"^[A-Z\u00c0-\u00de\u0100-\u017f][\w'\u2019\u00c0-\u024f-]*$")
INITIAL = lazy_compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
# Starts of a speaker phrase that is a body, not a person: "the Ministry said", "the company said".
ARTICLE = lazy_compile(r"^(?:the|an?|der|die|das|el|la|los|las|le|les)\s+", re.IGNORECASE)
# Trailing clauses that describe the organisation or person, not their title: ", the private equity firm that …",
# ", which sponsors the event", "who heads …".
RELATIVE_CLAUSE = lazy_compile(
    r",?\s+(?:which|that|where|whose|que|quien)\s.*$|,\s+(?:der|die|das)\s.*$|,\s+(?:the|a|an)\s+[^,]*\b(?:that|which|who)\b.*$"
)
# Without a comma, a RELATIVE_CLAUSE opens on one of these ("who" stands in "whose"): a text holding none is not searched.
RELATIVE_CLAUSE_WORDS = ("which", "that", "where", "who", "que", "quien")
WHO_IS = lazy_compile(r"^(?P<name>.+?),?\s+who\s+(?:is|was|serves as|heads|leads)\s+(?P<title>.+)$")
# "director of Acme", "Managing Director at Acme", "Head of Platform Solutions for Acme", "Expertin bei Amnesty",
# "Professorin an der Universität X" ("an" only before "der"/"dem": in English it is an article).
ORG_PREPOSITION = lazy_compile(
    r"\s(?P<prep>at|of|for|with|bei|beim|im|am|an(?=\s+de[rm]\s)|von|der|des|de|del|en|chez|für|para)\s+(?:(?:the|la|el|der|dem|die|das)\s+)?(?=[A-Z\u00c0-\u00de0-9])"
)
# Which prepositions name an employer, by strength: "at Acme" / "bei Acme" / "im Bezirksamt" first, then "for Acme".
EMPLOYER_PREPOSITIONS = {
    "at": frozenset("at bei beim im am an en chez".split()),
    "for": frozenset("for with für para".split()),
}
# A unit's capitalised name opened by "in (the)" right before a preposition: "fellow in the School| of Biology",
# "lecturer in the Centre| for Ecology". The "of"/"for" continues the unit's name and names no employer.
UNIT_NAME_BEFORE = lazy_compile(
    r"\s(?:in|within)\s+(?:the\s+)?[A-Z][\w&'\u2019-]*(?:\s+(?:[A-Z][\w&'\u2019-]*|and|&)){0,5}$"
)
# Lower-case words inside an organisation's name: "Board of Supervisors", "Bank of America", "Fundación de la Salud".
ORG_NAME_CONNECTORS = frozenset("of and & for the de del la y und für der des".split())
# "Acme Corp.'s chief executive": the owner of a possessive title is the organisation.
POSSESSIVE_ORG = lazy_compile(
    r"^(?:the\s+)?(?P<org>[A-Z0-9\u00c0-\u00de][^,]{0,80}?)['\u2019]s?\s+(?P<title>[^,]{2,120})$"
)
# Titles whose "of/for" phrase is part of the office, not an employer: "Minister for Health".
OFFICE_HEADS = frozenset(
    "minister secretary senator commissioner member rapporteur co-rapporteur ministerin ministro ministra".split()
)
GENERIC_ORG_TAILS = frozenset(
    (
        "board",
        "directors",
        "trustees",
        "company",
        "board of directors",
        "board of trustees",
        "supervisory board",
        "committee",
    )
)
# "in Los Angeles": a place after the organisation.
TRAILING_PLACE = lazy_compile(r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:,\s*[A-Z][\w.]*)?$")
# Parenthesised party or group after a name: "Jane Doe (EPP, DE)".
PARENTHETICAL = lazy_compile(r"\s*\((?P<inner>[^()]{1,60})\)")
# Words after which a capitalised word is not a personal name ("Minister for Health", "Investment and Commerce").
NAME_BLOCKERS = frozenset(
    "for of at in and or with to from by on the a an des der den dem vom zur zum und im am para por con en y del de la le les du".split()
)
# Capitalised words that start sentences and clauses, never names.
CAPITALISED_FUNCTION_WORDS = frozenset(
    """the a an this that these those for from in on at to by with and but or as when while after before during
    our we i it its their there here his her he she they said says according what which who how why where
    if although though because since however also now today yet then
    der die das ein eine zu zum zur im am mit für und auch bei von nach vor dazu so
    el la los las un una para por con en según""".split()
)
# Words that never stand in a title written before a name: verbs and the like ("The board named Jane Doe").
NOT_IN_TITLES = frozenset(
    "is was are were be been will would has have had named appointed appoints names elected as by with said says "
    "told added welcomed thanked praised joined ist wird wurde hat sagte sagt es fue ha".split()
)
# Finite verbs: a segment holding one tells what the speaker did or is, not their title ("the terraces are …").
FINITE_VERBS = frozenset(
    "is are was were has have had will would can could ist sind war waren hat haben wird es son fue está".split()
)
# What follows a speaker in the attribution and is not about the speaker: "…, adding that …", "in a statement",
# "on Monday", "sagte am Donnerstag in Berlin".
SPEAKER_TAIL = lazy_compile(
    r"(?:,\s+|\s+)(?:adding|noting|explaining|saying|stressing|pointing out|who added|"
    r"in an? (?:statement|press release|news release|release|interview|video|letter|email|e-mail|post)|"
    r"(?:on|last|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|"
    r"am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|"
    r"el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))\b.*$"
)
# A segment that opens a relative clause: "which sponsors the event", "the firm that backed Acme", "die …".
RELATIVE_START = lazy_compile(
    r"^(?:which|that|where|whose|who|que|quien|der|die|das)\s|^(?:the|a|an)\s[^,]*\b(?:that|which|who)\b"
)
# A legal form printed after a comma belongs to the company name: "Acme, Inc.", "Beta, S.A.".
LEGAL_FORM = lazy_compile(
    r"^(?:Inc|Ltd|LLC|LLP|L\.P|Corp|Co|PLC|plc|GmbH|AG|SE|S\.A|SA|S\.L|N\.V|B\.V|Pty Ltd|S\.p\.A)\.?$"
)
# A phrase ending in an abbreviation keeps its final period ("Acme Corp.", "Jane Doe Jr.").
FINAL_ABBREVIATION = lazy_compile(r"\b(?:Inc|Ltd|Corp|Co|Jr|Sr|Bros|S\.A|N\.V|B\.V|L\.P|[A-Z])\.$")

# --- people introduced in the release's prose --------------------------------------------------------
# Up to four capitalised words right before a surname: where the release introduced "Jane R. Doe".
NAME_BEFORE = lazy_compile(r"(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*\s+){1,4}$")
# A surname (or two) right after a given name: "Eliza Doe", "Mary Ellen Doe".
FOLLOWING_SURNAME = r"\s+(?:[A-Z][\w'\u2019-]+\s+)?[A-Z][\w'\u2019-]+"
FOLLOWING_SURNAME_AT = lazy_compile(FOLLOWING_SURNAME)
# A name after a role ("Prime Minister Jane Doe", "Prime Minister, Dr the Rt. Hon. Jane Doe"); appended to the role.
ROLE_HOLDER = r",?\s+((?:(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|the)\s+){0,5}[A-Z][\w'\u2019-]+)"
# The rest of a body's printed name after its head noun: "Ministry| of Finance", "Commission| for Energy Regulation".
BODY_NAME_TAIL = r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w&'-]*(?:\s+(?:and\s+)?[A-Z][\w&'-]*){0,4})?"
# Where an appositive after a name in prose ends: a sentence end, a relative clause, a parenthesis.
APPOSITIVE_STOP = lazy_compile(
    r"[.;:!?(]\s|,\s+(?:who|which|that|where|and|but|der|die|das|que)\s|\s(?:was|is|will|has|had|have)\s"
)
INTRO_LEAD_WORDS = 10  # words before a name in prose read as its title ("CSIRO Chief Executive, Dr Jane Doe")
BODY_SCANS = 48  # body-wide look-ups (introductions, roles, bodies' names) allowed per release
INTRO_TRIES = 4  # mentions of a surname looked at for the full name (headline, lead, body)

# A body quoted as "the publication" or "the article" is the outlet the release names before such a noun:
# "featured in a recent Acme Daily article" (the first name so printed).
PUBLICATION_NOUNS = frozenset("publication article outlet newspaper magazine".split())
PUBLISHED_IN = lazy_compile(
    r"\b(?P<name>[A-Z][\w&.'\u2019-]{1,40}(?:\s+[A-Z][\w&.'\u2019-]{1,40}){0,2})\s+(?:article|story|piece|interview|feature|report)\b"
)

# --- gender evidence -------------------------------------------------------------------------------
FEMALE_NAMES = frozenset(n.casefold() for n in _load_words("first_names_female.txt"))
MALE_NAMES = frozenset(n.casefold() for n in _load_words("first_names_male.txt"))
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
