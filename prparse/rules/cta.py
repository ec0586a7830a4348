"""Calls to action: sentence splitting data, action targets, and the cue rules that find a call to action.

Every table is ordered: the first rule whose pattern matches a sentence decides its kind. Patterns run
on the sentence with quoted passages blanked out, so a demand inside quote marks never counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from prparse.rules.lazy import lazy_compile
from prparse.rules.patterns import EMAIL_NAME_MAX

_I = re.IGNORECASE

# --- sentence splitting -------------------------------------------------------------------------

# A candidate sentence end: terminal punctuation, closing quotes or brackets, white space, then
# what can open a sentence. Whether it really ends one is settled by the word before it.
# Symbol runs ("#####", "*") may stand between the stop and the next sentence. The pattern opens on
# one stop character, not a repeat, so that the search skips to the next stop instead of trying
# every position.
_BREAK_AFTER_STOP = r"[.!?]*[\"'‘’”»)\]]*\s+(?=[#*•\-–—]{0,6}\s?[\"“„«‘(\[¿¡]?[A-Z0-9ÄÖÜÀ-ÞÑ])"
SENTENCE_BREAK = lazy_compile(r"[.!?]" + _BREAK_AFTER_STOP)
# The same for a text holding no "!" and no "?": opening on a literal, the search runs from one full
# stop to the next at the speed of a character scan, some three times faster than over a class.
FULL_STOP_BREAK = lazy_compile(r"\." + _BREAK_AFTER_STOP)
# What a sentence may not start with once split off: the symbol run.
LEADING_SYMBOLS = "#*•-–— "
# The word before a full stop (letters and inner dots: "U.S", "Inc", "z.B").
WORD_BEFORE_DOT = lazy_compile(r"([\w.]{1,12})[.!?]+[\"'”’»)\]]*\s*$")
FIRST_WORD = lazy_compile(r"[\"“„«(\[¿¡]?([\w'’]+)")

# Words after which a full stop never ends a sentence: titles, months, "No.", "approx.".
NO_BREAK_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt sgt st mt jr sr rev hon fr hr frau herr dipl ing
    jan feb mar apr jun jul aug sep sept oct nov dec no nos nr vol pp p approx ca vs v fig tel ext
    z.b bzw ggf evtl inkl d.h u.a usw sr sra dña av avda""".split()
)
# Abbreviations that end a sentence only when a plain sentence opener follows ("... Acme Inc. The
# company ..." breaks, "Acme Inc. CEO Jane Roe" does not); dotted acronyms ("U.S.") behave the same.
SUFFIX_ABBREVIATIONS = frozenset("inc ltd corp co llc plc bros assn dept univ etc al".split())
SENTENCE_OPENERS = frozenset(
    """the this that these those it its we our they their he she his her i you your a an in on at for
    to from with by as if when while after before during since but and or so also however meanwhile
    today yesterday tomorrow for more learn visit please contact call follow register join read see
    der die das wir es sie ich el la los las en para""".split()
)

# A stop after a word of this many letters ends a sentence: every abbreviation above is shorter.
LONG_WORD = 7

# German ordinal dates ("am 2. November") put a full stop after the day: no break before a month.
MONTH_NAMES = frozenset(
    """januar jänner februar märz april mai juni juli august september oktober november dezember
    january february march june july october december""".split()
)

# --- quote marks --------------------------------------------------------------------------------

# What a quoted passage is replaced by before the cue rules run (a word no cue contains).
QUOTE_PLACEHOLDER = "QUOTE"
QUOTE_CHARS = '"“”„«»‘’'
QUOTE_MARK = lazy_compile(f"[{QUOTE_CHARS}]")
# The marks that may open a quoted passage: "”" and "’" only close one (and "’" is mostly an
# apostrophe), so a text without these holds no quoted passage.
QUOTE_OPENERS = '"“„«»‘'
# Opening mark -> closing mark; straight and single quotes are settled by their neighbours instead.
QUOTE_PAIRS = {"“": "”", "„": "“", "«": "»", "»": "«"}
# A line ending on one of these closes its sentence; any other ending may run on into the next line.
CLOSED_LINE_ENDINGS = '.!?:;"”’»)'

# --- targets ------------------------------------------------------------------------------------

URL = lazy_compile(r"\b(?:https?://|www\.)[^\s<>\"'“”()\[\]]{2,300}", _I)
EMAIL = lazy_compile(rf"\b[\w.+-]{{1,{EMAIL_NAME_MAX}}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,5}}\b")
# A bare domain as printed in releases ("PAXTER.org/bullying", "heart.org", "dese.gov.au/Event").
DOMAIN = lazy_compile(
    r"(?<![\w@./-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}"
    # Top-level domains in lower case only: "said.In" in a text that lost its spaces is no domain.
    r"\.(?-i:com|org|net|gov|edu|int|io|im|fm|co|info|biz|news|app|ai|ly|tv|us|ca|uk|au|de|at|ch|es|eu|fr|nl|mx|ar|cl|jp|nz|ie|global|online|site)"
    r"(?:\.[a-z]{2})?(?![\w-])(?:/[^\s<>\"'“”()\[\],;]{0,200})?",
    _I,
)
# A phone's run of digits and separators, opening and closing on a digit.
_PHONE_RUN = r"\d[\d\s().\-/]{5,22}\d"
PHONE = lazy_compile(rf"(?<![\w/.:-])(?:\+|\(\+?)?{_PHONE_RUN}(?![\w-])")
# Toll-free numbers spelled with letters: "1-800-ACE-HLP1", "1-888-4-FIX-GLASS"; each opens on its prefix.
_TOLL_FREE_PREFIX = r"1[\s.-]?8\d\d[\s.-]"
VANITY_PHONE = lazy_compile(rf"(?<![\w-]){_TOLL_FREE_PREFIX}[0-9A-Z](?:[0-9A-Z]|-(?=[0-9A-Z])){{3,14}}(?![\w-])")
PHONE_DIGITS = (7, 15)
# Digit runs that are dates, not phones: "2025-03-03", "03.03.2025".
DATE_LIKE = lazy_compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")
# Where a rule that wants an address may point instead: "can book rides through the Acme app",
# "may pre-order meals via the airline's website".
CHANNEL = lazy_compile(
    r"\b(?:via|through|on|at|from)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:[\w'’&.-]+\s+){0,4}?"
    r"(?:website|web\s+site|app|online\s+store|app\s+store|google\s+play|hotline)\b",
    _I,
)
# A social media handle or hashtag: "follow us on X @Acme" ends a sentence as a URL would.
HANDLE = lazy_compile(r"(?<![\w@])[@#][A-Za-z_]\w{1,30}\b")
TRAILING_PUNCTUATION = ".,;:!?)]}\"'”’"
# The address shapes in the order they are tried (an email before the domain inside it), each with a
# cheap sign that it may be present: most sentences hold no "@" and no "://", so most scans are skipped.
# Every address holds its sign at most `reach` characters after its start, so the scan for it starts
# that far before the first sign: "@" follows the 64 characters of an email's name at most, a domain's
# top-level label follows at most 4 labels of 63, "://" stands 4 or 5 in ("https://"), a phone's
# run of digits 2 in ("(+1"; the run is the sign, so that a year or a price is no sign of a phone),
# a vanity number's toll-free prefix at its start ("1-800-", so that a year or a phone number holding
# an 8 is no sign of one). A `spaceless` address holds no
# space up to its sign, and its sign is the first one or a later one: it starts after the last space
# before the first sign.
TARGET_SHAPES: tuple[tuple[re.Pattern[str], re.Pattern[str], int, bool], ...] = (
    (EMAIL, lazy_compile("@"), EMAIL_NAME_MAX, True),
    # "://" or "www." in any case; a character class first lets the search skip along the text.
    (URL, lazy_compile(r"[:wW][/wW][/wW.]"), 5, True),
    (DOMAIN, lazy_compile(r"\.[a-z]"), 4 * 64, True),
    (VANITY_PHONE, lazy_compile(_TOLL_FREE_PREFIX), 0, False),
    (PHONE, lazy_compile(_PHONE_RUN), 2, False),
)
# Links that lead nowhere a reader can act on.
DEAD_LINK = lazy_compile(r"^(?:#|javascript:|about:)", _I)

# --- cue rules ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CtaRule:
    """One way a sentence asks for an action.

    `needs_target`: the sentence must also print a URL, email or phone (or carry a link), because the
    cue alone ("can find", "können Sie") is as common in narrative as in calls to action.
    `body_only`: advocacy demands count in the release's body, never in boilerplate.
    `gate`: word beginnings (lower case) that spare running the pattern on most sentences: the rule
    runs only on a sentence where a word starts with one of them; () = always.
    `before`: a cue that only counts after a given subject ("the government ... must") is found by
    its cheap keyword first, then the subject is checked in the few words before it.
    """

    id: str
    kind: str
    gate: tuple[str, ...]
    pattern: re.Pattern[str]
    needs_target: bool = False
    body_only: bool = False
    before: re.Pattern[str] | None = None  # must match the text just before the cue (its subject)
    gate_at_end: bool = False  # the gate word must stand among the sentence's last characters
    # A cue with a fixed place (a verb heading its sentence): a gate word opens the rule only where
    # `site` matches the (lower-case) text just before it.
    site: Site | None = None
    # The pattern tells case apart (a `(?-i:...)` part): it always reads the sentence as printed.
    cased: bool = False
    # Every cue starts where one of the gate words stands (each branch opens on one): the pattern is
    # matched at the gate words the sentence holds, not searched for along it.
    at_gate: bool = False
    # Every match holds one of these (lower case; a test checks it), beyond its gate word: a lower-cased
    # sentence holding none of them is not searched ("in order to" opens the ticket rule).
    words: tuple[str, ...] = ()
    # The pattern without its lead-in clause closed by a dash (`DASH_CLAUSE`), for a lower-cased sentence
    # holding none of `DASH_SOFTENERS`: there that clause cannot match, and its scan for a dash is most of
    # what a failing match costs ("ad-supported" holds a dash).
    undashed: re.Pattern[str] | None = None
    # Every match starts at most this many characters before a gate word of the rule that it holds at a
    # word start, on single-spaced text ("will also be also available": 18): where the gate words of a
    # sentence are known, the pattern is searched for from that far before the first one.
    lead: int | None = None


@dataclass(frozen=True)
class Site:
    """Where a cue may stand: `pattern` matches (up to `\\Z`) the lower-case text just before it.

    Besides the start and punctuation, that text can only end on one of `words`: a cheap first check
    that spares the search for most gate words ("we see", "to help").
    """

    pattern: re.Pattern[str]
    words: tuple[str, ...]


# Verbs that are unmistakably imperative at the head of a sentence.
_STRONG_VERBS = (
    r"visit|register|subscribe|download|donate|purchase|rsvp|contact(?!\s*:)|learn\s+more|find\s+out|click|check\s+out|sign\s+up|"
    r"log\s+(?:on(?:to)?|in(?:to)?)\b|opt[\s-]in\b|tune\s+in|stop\s+by|drop\s+by|don[’']t\s+(?:forget|miss|hesitate)|do\s+not\s+(?:forget|miss|hesitate)|explore|discover|attend|e-?mail|reach\s+out|connect\s+with|stay\s+(?:tuned|informed|connected|up[\s-]to[\s-]date)|"
    r"join\s+us|view|browse|stream|enrol(?:l)?|pre-?order|nominate|follow(?![-\w])|apply\s+(?:now|online|today|at|by|here|via)"
)
# Verbs that also open narrative sentences as nouns ("Order volumes rose", "Support grew"): they
# count only before an object that only an imperative takes.
_WEAK_VERBS = (
    r"order|call|support|book|watch|shop|give|read|find|see|help|share|tell|take|get|join|sign|go|head|try|listen|buy|reserve|"
    r"grab|submit|vote|like|write|text|spread|make|become|save|apply|learn|check|access|request|meet"
)
# What a reader "can" do at an address: "Teens can sign a petition at ...", "can find resources at ...".
_OFFER_VERBS = r"find|learn|use|access|sign|take|order|buy|get|join|watch|read|listen|share|tell|shop|book|reserve|try|see|call|submit|apply"
# The beginnings of every verb above: a sentence holding none of them cannot open with an imperative.
IMPERATIVE_GATE = tuple(
    """visit regist subscri download donat purchase rsvp contact learn find click check sign log tune explore discover
    attend e-mail email reach connect stay join view browse stream enrol pre-order preorder nominate follow apply order call
    support book watch shop give read see help share tell take get go head try listen buy reserve grab submit vote like
    write text spread make become save access request meet""".split()
    + ["stop by", "drop by", "opt in", "opt-in", "don't", "don’t", "do not"]
)
_IMPERATIVE_OBJECT = (
    r"(?=\s+(?:(?:us|our|your|yours|the|a|an|this|these|them|it|now|today|online|here|more|at|on|via|to|up|out|in|by|free|about|"
    + QUOTE_PLACEHOLDER.lower()  # the pattern is case-blind; in lower case it also serves lower-cased text
    + r")\b|"
    r"www\.|https?:|[\d(+]))"
)
# What may stand before the verb: one or two lead-in clauses ("For more information, ", "In greater
# Minnesota, "), "For more information" without a comma, and softeners ("please", "also").
# Words that may stand between a lead-in and the verb: "please visit", "or call".
_SOFTENERS = ("please", "simply", "also", "then", "now", "or", "and")
_INFO_WORDS = ("information", "info", "details", "news", "updates")
# No mark of ",:;.!?" stands before the dash closing such a clause, 81 characters at most from its start:
# a lookahead scanning (possessively) for the first mark or dash turns the branch away at once when it
# meets a mark first, as in most sentences. Its " - " holds a "-", which the scan stops at too.
DASH_AHEAD = r"(?=[^,:;.!?—–\-]{0,80}+[—–\-])"
# A clause closed by a dash and a softener: "Joining is simple—just sign up ..." (a dash alone
# opens list entries and titles: "Factory Tours – Visit ...", "obstacle—access to water").
DASH_SOFTENERS = ("just", "simply", "please")
DASH_CLAUSE = DASH_AHEAD + rf"[^,:;.!?—–]{{1,80}}(?:—|\s[–-]\s)\s*(?:{'|'.join(DASH_SOFTENERS)})\s+"
_LEAD_IN_CLAUSES = (
    r"(?:for|to|if|in|after|before|until|from|on|at|by|during|when|once|starting|beginning|as|while|alternatively|additionally|"
    r"meanwhile|otherwise|finally|today|now|then|so|plus|also|and|or|but)\b[^,:;.!?]{0,150}[,:]\s*",
    r"[^,:;.!?]{1,60}:\s*",
)


def _lead_in(clauses: tuple[str, ...]) -> str:
    return (
        f"^(?:{'|'.join(clauses)}){{0,2}}"
        r"(?:for\s+(?:more|further|additional)\s+(?:information|info|details|news|updates)\s+)?"
        rf"(?:(?:{'|'.join(_SOFTENERS)})\s+)?"
    )


_LEAD_IN = _lead_in((*_LEAD_IN_CLAUSES, DASH_CLAUSE))
_LEAD_IN_UNDASHED = _lead_in(_LEAD_IN_CLAUSES)
_AUTHORITIES = (
    r"we|governments?|administration|authorities|congress|parliament|senate|lawmakers|legislators|policy-?makers|leaders|"
    r"officials|ministers?|ministry|president|prime\s+minister|council|commission|eu|un|states|nations|countries|"
    r"international\s+community|world|regulators?|agencies|companies|employers|banks|police"
)

_IMPERATIVE_VERB = rf"(?P<verb>{_STRONG_VERBS}|(?:{_WEAK_VERBS})(?![-\w]){_IMPERATIVE_OBJECT})\b"
# What may stand just before an imperative verb once a lead-in is read: the start, punctuation (a
# lead-in clause ends on a comma or colon), "for more information", each with a softener. A verb's
# word elsewhere ("we see", "to help") cannot head a sentence: the imperative rule is not tried.
IMPERATIVE_SITE = Site(
    lazy_compile(
        rf"(?:^|[^\w\s]\s*|\b(?:{'|'.join(_INFO_WORDS)})\s+)(?:(?:{'|'.join(_SOFTENERS)})\s+)?\Z|[—–-]\s*just\s+\Z"
    ),
    _SOFTENERS + _INFO_WORDS + ("just",),
)
# How far back a site's pattern looks from the gate word.
SITE_CHARS = 40

CTA_RULES: tuple[CtaRule, ...] = (
    # "For public inquiries: 1-800-..." is the public's line, not a media contact.
    CtaRule(
        "cta.public_inquiries",
        "contact",
        ("inquir", "enquir", "information", "questions"),
        lazy_compile(
            r"^for\s+(?:public|general|customer|consumer|patient)\s+(?:inquiries|enquiries|information|questions)\b|^(?:public|general|customer|consumer|patient)\s+(?:inquiries|enquiries|questions)\s*:",
            _I,
        ),
    ),
    CtaRule(
        "cta.interviews",
        "contact",
        ("interview", "comment", "vermittel", "verfügung"),
        lazy_compile(
            r"\bavailable\s+for\s+(?:media\s+|press\s+)?(?:interviews?|comment)|\b(?:arrange|schedule)\s+(?:an\s+)?interviews?\b|\bvermitteln\s+(?:\w+\s+)?gerne?\b|\bfür\s+interviews\s+zur\s+verfügung",
            _I,
        ),
        words=("available", "arrange", "schedule", "vermitteln", "für"),
        lead=20,
    ),
    CtaRule(
        "cta.registration",
        "register",
        ("regist", "anmeld", "inscrip"),
        lazy_compile(
            r"\b(?:registrations?|pre-registration|anmeldung|inscripci[oó]n(?:es)?)\b[^.;]{0,80}?\b(?:is|are|can\s+be|ist|es|est[aá])\s+(?:now\s+|already\s+|jetzt\s+)?(?:open|required|necessary|essential|available|made|completed|ab\s+sofort|möglich|erforderlich|abierta|obligatoria)|\badvance\s+registration|\bto\s+register\b",
            _I,
        ),
        lead=8,
    ),
    CtaRule(
        "cta.tickets",
        "buy",
        ("ticket", "purchase", "order"),
        lazy_compile(
            r"\btickets?\b[^.;]{0,100}?\b(?:(?:are|is|go)\s+(?:now\s+)?on\s+sale|available\s+(?:now|online|here|at|on|via|through|from\s+(?!\$|\d))|can\s+be\s+(?:purchased|bought|booked))|\bavailable\s+for\s+(?:purchase|pre-?order)",
            _I,
        ),
        words=("ticket", "available"),
        lead=18,
    ),
    # A branch opens on "\b" before its look-behinds: the boundary turns most positions away in one test.
    CtaRule(
        "cta.invited",
        "register",
        ("encourag", "invit", "welcome", "asked", "urged"),
        lazy_compile(
            r"\b(?<!\bthey\s)(?<!\bwe\s)are\s+(?:(?:all|also|warmly|cordially|strongly)\s+)?(?:encouraged|invited|welcome|asked|urged)\s+to\s+(?!be\b)(?P<verb>[a-z]+)\b|\bis\s+(?:(?:all|also|warmly|cordially|strongly)\s+)?(?:encouraged|invited|welcome|asked)\s+to\s+(?P<verb2>attend|join|participate|register|take\s+part|come|visit|apply|submit|sign\s+up|contact|call|share|download|read|follow)|\b(?:invit|encourag)(?:e|es)\s+you\s+to\s+\w+|\b(?:invit|encourag)(?:es|ing)\s+[^.;]{0,80}?\bto\s+(?:attend|join|participate|register|celebrate|apply|submit|take\s+part)\b(?:[^.;]{0,200}?\b(?:at|on)\s+(?:the\s+)?(?-i:[A-Z0-9])|\s+(?:in\s+|for\s+)?(?:a|an|the|our|this|its|their)\s+(?:[\w-]+\s+){0,4}?(?:webinar|event|workshop|session|seminar|conference|summit|forum|meeting|celebration|festival|fair|open\s+house|town\s+hall|briefing|tour|class|course|challenge)s?\b)",
            _I,
        ),
        cased=True,
        lead=14,
    ),
    CtaRule(
        "cta.imperative",
        "other",
        IMPERATIVE_GATE,
        lazy_compile(_LEAD_IN + _IMPERATIVE_VERB, _I),
        site=IMPERATIVE_SITE,
        undashed=lazy_compile(_LEAD_IN_UNDASHED + _IMPERATIVE_VERB, _I),
    ),
    # A verb that also reads as a noun heads a call to action whatever follows when the sentence
    # gives an address: "Join Acme on Facebook at ...", "Find investor information at: https://...".
    CtaRule(
        "cta.imperative_target",
        "other",
        IMPERATIVE_GATE,
        lazy_compile(_LEAD_IN + rf"(?P<verb>{_WEAK_VERBS})\s", _I),
        needs_target=True,
        site=IMPERATIVE_SITE,
        undashed=lazy_compile(_LEAD_IN_UNDASHED + rf"(?P<verb>{_WEAK_VERBS})\s", _I),
    ),
    CtaRule(
        "cta.please",
        "other",
        ("please",),
        lazy_compile(rf"\bplease\s+(?P<verb>{_STRONG_VERBS}|{_WEAK_VERBS})\b", _I),
        at_gate=True,
    ),
    CtaRule(
        "cta.should_contact",
        "contact",
        ("contact", "call", "mail", "e-mail", "email", "reach", "write"),
        lazy_compile(
            r"\b(?:should|are\s+asked\s+to|is\s+asked\s+to)\s+(?:also\s+|immediately\s+)?(?:[^.;]{0,100}?\band\s+)?(?P<verb>contact|call|e-?mail|reach\s+out|write\s+to)\b|\b(?:can|may)\s+(?:also\s+|directly\s+)?(?P<verb2>contact)\s+(?!\w+\s+(?:and|or)\s+\w+\s+(?:who|which|that)\b)",
            _I,
        ),
        words=("should", "asked", "contact"),
    ),
    CtaRule(
        "cta.modal_target",
        "other",
        ("can ", "may "),
        lazy_compile(rf"\b(?:can|may)\s+(?:also\s+|now\s+|still\s+)?(?P<verb>{_STRONG_VERBS}|{_OFFER_VERBS})\b", _I),
        needs_target=True,
        at_gate=True,
    ),
    CtaRule(
        "cta.available",
        "download",
        ("available",),
        lazy_compile(
            r"\b(?:is|are|will\s+(?:also\s+)?be)\s+(?:now\s+|also\s+)?available(?:\s+now)?(?=\s+(?:here|online|now|for\s+(?:download|viewing|streaming)|(?:at|on|via|from|in|through)\b[^.;]{0,120}?(?:\bhere\b|\bonline\b|website|site\b|newsroom|\blink\b|column|page|portal|app\b|https?://|www\.|\.(?:com|org|net|gov)\b)))|,\s+available\s+here,|^available\s+(?:multimedia|b-?roll|images|photos|videos|downloads|resources)\s+(?:is|are)\s+(?:on|at|in)\b",
            _I,
        ),
        lead=18,
    ),
    CtaRule(
        "cta.contact_at",
        "contact",
        ("contact", "call"),
        lazy_compile(
            r"\b(?<!the\s)(?<!our\s)(?<!media\s)(?<!press\s)(?:contact|call)\s+(?!(?:information|details|person|form|cent(?:er|re)s?)\b)[^.;:]{0,60}?\b(?:at|on|via)\s*(?:\+|\(|\d|[\w.+-]+@)",
            _I,
        ),
        needs_target=True,
        at_gate=True,
    ),
    CtaRule(
        "cta.available_target",
        "visit",
        ("available", "accessible", "found", "posted", "published", "is at:", "are at:"),
        lazy_compile(
            r"\b(?:available|accessible|found|posted|published)\s+(?:at|on|via|from|through)\b|\b(?:is|are)\s+at:", _I
        ),
        needs_target=True,
        at_gate=True,
    ),
    CtaRule(
        "cta.more_information_at",
        "visit",
        ("information", "info", "details", "informaci"),
        lazy_compile(
            r"\b(?:more|further|additional)\s+(?:information|info|details)\s+(?:is\s+|can\s+be\s+found\s+|are\s+)?(?:available\s+)?(?:at|on|via)\b|\b(?:mehr|weitere)\s+(?:informationen|infos)\s+(?:unter|auf|finden\s+sie|gibt\s+es)|\bmás\s+informaci[oó]n\s+(?:en|sobre)\b",
            _I,
        ),
        needs_target=True,
        lead=11,
    ),
    # "For more information about Acme click here: ...": the lead-in names its topic and needs no comma.
    CtaRule(
        "cta.more_information_verb",
        "visit",
        ("information", "info", "details", "news", "updates"),
        lazy_compile(
            r"^for\s+(?:more|further|additional)\s+(?:information|info|details|news|updates)\s+(?:about|on|regarding|from|of|concerning)\s+[^,:;.!?]{1,80}?\s+(?:please\s+)?(?P<verb>visit|click|see|go\s+to|log\s+on(?:to)?|contact|call|e-?mail|read|follow|check\s+out|view|watch)\b",
            _I,
        ),
    ),
    # A sentence that ends on "here", where a link was: "Read the report here.", "... shared commentary ... here."
    CtaRule(
        "cta.here_link",
        "visit",
        ("here",),
        gate_at_end=True,
        pattern=lazy_compile(
            r"\b(?:click|tap|available|found|shared|posted|published|accessed|read|view|watch|listen|see|download|register|sign\s+up|apply|more|online|learn)\b[^.!?]{0,120}?\bhere\s*[.!]?$",
            _I,
        ),
    ),
    # German and Spanish calls to the reader: "Besuchen Sie", "Unterstützen Sie", "Síguenos", "Visite".
    CtaRule(
        "cta.imperative_de",
        "other",
        ("sie", "spende"),
        lazy_compile(
            r"^(?:[^,:;.!?]{1,100},\s+)?(?P<verb>besuchen|unterstützen|spenden|folgen|abonnieren|informieren|melden|kontaktieren|registrieren|laden|lesen|bestellen|kaufen|werden|helfen|unterzeichnen)\s+sie\b|\b(?:mit\s+ihrer\s+spende|jetzt\s+spenden|spendenkonto)\b|\bkönnen\s+sie\b[^.;]{0,150}?\b(?P<verb2>unterstützen|spenden|bestellen|herunterladen|abonnieren|anmelden|besuchen|lesen|kontaktieren|erreichen)\b",
            _I,
        ),
    ),
    # The informal imperative of campaign pages: "Unterzeichne die Petition", "Fordere Regierungen dazu auf".
    CtaRule(
        "cta.imperative_de_du",
        "other",
        (
            "unterzeichne",
            "fordere",
            "besuche",
            "folge",
            "spende",
            "teile",
            "unterstütze",
            "abonniere",
            "informiere",
            "melde",
            "mach",
        ),
        lazy_compile(
            r"^(?:[^,:;.!?]{1,100},\s+)?(?P<verb>unterzeichne|fordere|besuche|folge|spende|teile|unterstütze|abonniere|informiere\s+dich|melde\s+dich|mach\s+mit)\b",
            _I,
        ),
        site=IMPERATIVE_SITE,
    ),
    # "Der Bericht ist unter www... abrufbar", "Der Filter ist auf Instagram verfügbar".
    CtaRule(
        "cta.available_de",
        "visit",
        ("verfügbar", "abrufbar", "erhältlich", "zu finden", "einsehbar"),
        lazy_compile(
            r"\b(?:ist|sind)\b[^;]{0,200}?\b(?:unter|auf|bei|im|in\s+der)\b[^;]{0,150}?\b(?:verfügbar|abrufbar|erhältlich|zu\s+finden|einsehbar)\b",
            _I,
        ),
    ),
    # "Anwohner können bis 30. April unter www... eine Patenschaft beantragen", "pueden inscribir ... en www...".
    CtaRule(
        "cta.modal_target_de",
        "other",
        ("kann", "könn"),
        lazy_compile(
            r"\b(?:kann|können)\b[^;]{0,160}?\b(?P<verb>beantragen|spenden|bestellen|anmelden|herunterladen|abonnieren|buchen|reservieren|kaufen|abrufen|einsehen|nachlesen|finden|registrieren|bewerben)\b",
            _I,
        ),
        needs_target=True,
        at_gate=True,
    ),
    CtaRule(
        "cta.modal_target_es",
        "other",
        ("puede",),
        lazy_compile(
            r"\bpueden?\s+(?:\w+\s+)?(?P<verb>inscribir|registrar|consultar|descargar|comprar|donar|visitar|solicitar|reservar|encontrar)\w*",
            _I,
        ),
        needs_target=True,
        at_gate=True,
    ),
    CtaRule(
        "cta.imperative_es",
        "other",
        ("visit", "consult", "síg", "suscr", "regístr", "inscr", "descarg", "don", "compr", "contact", "llam"),
        lazy_compile(
            r"^(?:[^,:;.!?]{1,100},\s+)?(?P<verb>visite|visita|consulte|consulta|síganos|síguenos|suscríbase|suscríbete|regístrese|regístrate|inscríbase|inscríbete|descargue|descarga|done|dona|compre|compra|contacte|contacta|llame|llama)\b",
            _I,
        ),
        site=IMPERATIVE_SITE,
    ),
    # Advocacy demands, reported in the issuer's own voice.
    CtaRule(
        "cta.calls_on",
        "demand",
        ("call", "urg", "demand", "appeal"),
        lazy_compile(
            r"\bcall(?:s|ed|ing)?\s+(?:on|upon)\b|\b(?<!which\s)(?<!that\s)call(?:s|ing)\s+for\s+(?!\d|\$|a\s+total)|\burg(?:es|ed|ing)\b|\bdemand(?:s|ed)?\s+(?:that|immediate|action|justice|accountability|(?:the|an?)\s+(?:immediate\s+|urgent\s+)?(?:end|release|halt|stop|withdrawal|resignation|repeal|ban|moratorium|return|reversal|removal|cancellation|suspension|investigation|inquiry|apology)\b)\b|\b(?:appeal(?:s|ed|ing)?\s+to)\b",
            _I,
        ),
        body_only=True,
        at_gate=True,
    ),
    CtaRule(
        "cta.we_ask",
        "demand",
        ("we ",),
        lazy_compile(
            r"\bwe\b(?:\s+[\w'’]+){0,5}?\s+(?:ask|request|urge|demand|appeal|implore|call\s+(?:on|upon|for))\b", _I
        ),
        body_only=True,
        at_gate=True,
    ),
    CtaRule(
        "cta.must",
        "demand",
        ("must",),
        lazy_compile(r"\bmust\s+(?!be\s+able\b)(?:now\s+|urgently\s+|immediately\s+|also\s+|not\s+)?\w+", _I),
        body_only=True,
        before=lazy_compile(rf"\b(?:{_AUTHORITIES})\b(?:\s+[\w'’-]+){{0,5}}\s*$", _I),
    ),
    CtaRule(
        "cta.vital",
        "demand",
        ("vital", "essential", "crucial", "imperative", "urgent", "critical", "needed", "required"),
        lazy_compile(
            r"\bit\s+is\s+(?:vital|essential|crucial|imperative|urgent|critical)\s+(?:that|to)\b|\bwhat\s+is\s+(?:needed|required)\s+(?:now\s+)?is\b",
            _I,
        ),
        body_only=True,
        lead=8,
    ),
    CtaRule(
        "cta.demand_de",
        "demand",
        ("forder", "aufgeforder", "aufforder", "ruf", "appell"),
        lazy_compile(
            r"\b(?:fordert|fordern|fordere|aufgefordert|auffordern|auffordert)\b|\bruf(?:t|en|e)\b[^.;]{0,200}?\bauf\b|\bappelliert",
            _I,
        ),
        body_only=True,
        at_gate=True,
    ),
    # "muss", "darf nicht" in a main or relative clause; in a "dass"/"wenn" clause it states a fact.
    CtaRule(
        "cta.must_de",
        "demand",
        ("muss", "müss", "sollte", "darf", "dürf"),
        lazy_compile(
            r"(?:^|[,;:]\s*)(?![^,;:]{0,250}?\b(?:dass|wenn|weil|ob|obwohl|nachdem|falls)\b)[^,;:]{0,250}?\b(?:muss|müssen|sollte|sollten|(?:darf|dürfen)\b[^,;:.]{0,80}?\bnicht)\b",
            _I,
        ),
        body_only=True,
    ),
    CtaRule(
        "cta.demand_es",
        "demand",
        ("exig", "pide", "pedimos", "insta", "reclam", "llamad", "debe"),
        lazy_compile(
            r"\b(?:exige|exigen|exigimos|pide|piden|pedimos|insta|instan|instamos|reclama|reclaman|reclamamos|hace\s+un\s+llamado|hacemos\s+un\s+llamado)\b|\b(?:gobierno|autoridades|estado|ministerio|congreso)\b[^.;]{0,60}?\bdeben?\b",
            _I,
        ),
        body_only=True,
    ),
)


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive `pattern` compiled in ASCII mode, where such matching costs far less than in Unicode mode.

    On ASCII text whose only white space is the plain space (a paragraph once its white space is
    collapsed) both modes find the same matches: \\w, \\b, \\d and \\s agree on those characters, and
    no letter of these patterns folds to an ASCII one (as "ſ" folds to "s").
    """
    return lazy_compile(pattern.pattern, _I | re.ASCII)


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` for such ASCII text once lower-cased: case-sensitive in ASCII mode, it costs about half its `ascii_twin`.

    It matches the lower-cased text where the case-blind pattern matches the text as printed, at the
    same offsets, as long as the pattern spells every letter in lower case and tells no case apart
    (no `(?-i:...)`): a test checks that of every twin.
    """
    return lazy_compile(pattern.pattern, re.ASCII)


def unicode_lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` for lower-cased text that is not ASCII: case-sensitive, it costs about half the case-blind pattern.

    Case-blind matching in Unicode mode compares letters lower-cased, and lower-casing keeps a
    character's class (\\w, \\s, \\d): so on `text.lower()` it matches where the case-blind `pattern`
    matches `text`, at the same offsets, when lowering keeps the length and `text` holds none of
    normalise.UNLOWERED: "ı" and "ſ", which a case-blind "i" or "s" matches but lower-casing leaves
    apart ("İ" lowers to two characters); the rest of `re`'s extra case pairs concern letters no
    pattern here holds (a test checks it). Like `lower_twin`, only for a pattern that spells its
    letters in lower case.
    """
    return lazy_compile(pattern.pattern)


class Readings(NamedTuple):
    """A pattern by how a text is read (as printed, lower-cased not ASCII, lower-cased ASCII), and its words.

    Every match of the pattern holds one of `words` (lower case; a test checks it): a lower-cased text
    holding none of them need not be searched.
    """

    printed: re.Pattern[str]
    lower_unicode: re.Pattern[str]
    lower_ascii: re.Pattern[str]
    words: tuple[str, ...]


# A pattern's twin for one reading (`ascii_twin`, `lower_twin`, `unicode_lower_twin`).
Twin = Callable[[re.Pattern[str]], re.Pattern[str]]


def readings(pattern: re.Pattern[str], words: str) -> Readings:
    return Readings(pattern, unicode_lower_twin(pattern), lower_twin(pattern), tuple(words.split()))


def _rule_twin(rule: CtaRule, twin: Twin, cased_twin: Twin | None) -> CtaRule:
    """`rule` with its patterns for one reading: made by `twin`, or by `cased_twin` for a `cased`
    rule, which reads the sentence as printed, case-blind (None: the rule itself serves)."""
    make = cased_twin if rule.cased else twin
    if make is None:
        return rule
    before = None if rule.before is None else make(rule.before)
    undashed = None if rule.undashed is None else make(rule.undashed)
    return replace(rule, pattern=make(rule.pattern), before=before, undashed=undashed)


# The same rules, in the same order, for a paragraph of ASCII text: lower-cased, but as printed for a `cased` rule.
CTA_RULES_LOWER = tuple(_rule_twin(rule, lower_twin, ascii_twin) for rule in CTA_RULES)
# And for lower-cased text that is not ASCII (a `cased` rule as printed).
CTA_RULES_LOWER_UNICODE = tuple(_rule_twin(rule, unicode_lower_twin, None) for rule in CTA_RULES)
# The rules by reading, as `readings` orders them.
CTA_RULES_READINGS = (CTA_RULES, CTA_RULES_LOWER_UNICODE, CTA_RULES_LOWER)

# Rules that still apply in a contact section: the public's line and wire notes such as "View the
# original release on ...". A person's "Call Jane at ..." there is a contact entry, not a CTA.
CONTACT_ZONE_RULES = ("cta.public_inquiries", "cta.imperative")
CONTACT_ZONE_LINE_RULES = ("cta.public_inquiries",)  # these need no whole imperative sentence
CONTACT_ZONE_VERBS = lazy_compile(
    r"^(?:for\s+[^,:;.]{1,60},\s*)?(?:please\s+)?(?:visit|view|follow|learn\s+more|connect\s+with|subscribe|read|download|register|contact(?!\s*:)|call|e-?mail)\b",
    _I,
)
# A contact section's sentence is a call to action only when it reads as one, not as a label line.
CONTACT_ZONE_MIN_WORDS = 6

# --- kinds --------------------------------------------------------------------------------------

# The kind a verb asks for, first match wins; verbs not listed leave the rule's own kind.
VERB_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("subscribe", lazy_compile(r"^(?:subscribe|follow|stay|like|abonnieren|folgen|síg|suscr)", _I)),
    (
        "register",
        lazy_compile(
            r"^(?:register|rsvp|attend|sign\s*up|enrol|apply|nominate|submit|join\s+us|registrieren|anmelden|melden|beantragen|bewerben|regístr|inscr|solicit)",
            _I,
        ),
    ),
    ("download", lazy_compile(r"^(?:download|read|herunterladen|laden|lesen|descarg)", _I)),
    ("donate", lazy_compile(r"^(?:donate|give|support|spenden|unterstützen|helfen|don(?:a|e|ar)\b)", _I)),
    (
        "buy",
        lazy_compile(
            r"^(?:buy|order|purchase|shop|try|book|reserve|grab|get|pre-?order|bestellen|kaufen|buchen|reservier|compr|reserv)",
            _I,
        ),
    ),
    ("contact", lazy_compile(r"^(?:contact|call|e-?mail|reach|write|text|kontaktieren|erreichen|contact|llam)", _I)),
    (
        "visit",
        lazy_compile(
            r"^(?:visit|see|learn|find|click|check|log|tune|explore|discover|view|browse|stream|go|head|watch|listen|connect|access|besuchen|informieren|abrufen|einsehen|nachlesen|finden|consult|encontrar|use)",
            _I,
        ),
    ),
)
# The verb kinds as one pattern, a named group a kind, tried in the table's order: the group that
# matches (`lastgroup`) is the first kind whose pattern matches.
VERB_KIND = lazy_compile("|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern in VERB_KINDS), _I)
# What the sentence is about can settle the kind better than its verb ("sign up for our newsletter"):
# each topic's pattern by reading, with the words one of which its every match holds (see `Readings`).
TOPIC_KINDS_READINGS: tuple[tuple[str, Readings], ...] = (
    # Booking a place at an event or service is registering, not buying.
    (
        "register",
        readings(
            lazy_compile(
                r"\bbook\s+(?:a|your|their|his|her)\s+(?:session|place|seat|spot|appointment|slot|tour|consultation|class)\b",
                _I,
            ),
            "book",
        ),
    ),
    (
        "subscribe",
        readings(
            lazy_compile(
                r"\b(?:newsletter|mailing\s+list|distribution\s+list|(?:e-?mail|sms|text|news)\s+(?:text\s+)?alerts|updates\s+by\s+e-?mail)\b",
                _I,
            ),
            "newsletter mailing distribution alerts updates",
        ),
    ),
    (
        "buy",
        readings(
            lazy_compile(
                r"\b(?:tickets?|reservations?|bookings?|pricing|pre-?orders?|buy|purchase|order\s+(?:online|now|today|direct(?:ly)?|at|from))\b",
                _I,
            ),
            "ticket reservation booking pricing order buy purchase",
        ),
    ),
    ("donate", readings(lazy_compile(r"\b(?:donations?|donate|spende[n]?)\b", _I), "donat spende")),
)

# --- exclusions ---------------------------------------------------------------------------------

# A demand someone is reported to have made ("said", "according to") is theirs, not the issuer's.
REPORTED_SPEECH = lazy_compile(
    r"\b(?:said|says|told|stated|according\s+to|sagte|sagt|erklärte|betonte|dijo|afirmó|señaló|declaró)\b", _I
)
# "See the table below": a pointer to text in the same document.
SELF_POINTER = lazy_compile(
    r"\b(?:below|above|herein|attached|hereto|appendix|footnote|(?:this|the\s+following)\s+(?:release|document|page|section|table))\b",
    _I,
)
# Forward-looking language that slips out of the legal section.
FORWARD_LOOKING = lazy_compile(r"\bforward[-\s]looking\b|\bsafe\s+harbou?r\b", _I)
# A site's own furniture around an article: comment forms, abuse reports, cookie banners.
SITE_CHROME = lazy_compile(
    r"\b(?:report\s+(?:abuse|this\s+comment)|in\s+case\s+of\s+abuse|cookies?\b|leave\s+a\s+(?:comment|reply)|required\s+fields|"
    r"your\s+email\s+address\s+will\s+not|(?:log|sign)\s+in\s+to\s+(?:comment|reply)|comments?\s+(?:policy|section))",
    _I,
)
# Text no call to action holds, whatever its cue: the two above in one scan.
NEVER_A_CALL = lazy_compile(f"(?:{FORWARD_LOOKING.pattern})|(?:{SITE_CHROME.pattern})", _I)
NEVER_A_CALL_READINGS = readings(NEVER_A_CALL, "forward harbo abuse comment cookie reply required email")
REPORTED_SPEECH_READINGS = readings(
    REPORTED_SPEECH, "said says told stated according sagt erklärte betonte dijo afirmó señaló declaró"
)
SELF_POINTER_READINGS = readings(
    SELF_POINTER, "below above herein hereto attached appendix footnote release document page section table"
)
CHANNEL_READINGS = readings(CHANNEL, "web app store play hotline")
# A call whose text ends another one's (or is ended by it) repeats it when at least this long.
MIN_REPEAT_CHARS = 30
MIN_WORDS = 3  # fewer words make a button ("Read more"), unless the line prints an address
# A cheap sign that a short line prints an address: "Visit www.acme.com.", "Call 555-010-0199."
TARGET_HINT = lazy_compile(r"www\.|://|@|\d{3}")
# How far back a rule's `before` subject may stand, and how near the end an end gate must be.
BEFORE_CHARS = 80
END_GATE_CHARS = 12
# A paragraph this short standing alone is a button, a widget or a slogan ("Donate now!", "Helfen Sie mit!").
MIN_STANDALONE_WORDS = 4
# Words that leave a line open for the next one: "... please contact Jane Roe at" / "(555) 010-0100".
OPEN_ENDINGS = frozenset("at on to via or and the of for from visit call contact under unter an bei en".split())
# Longer than this, a "sentence" is a text whose punctuation was stripped: only a window around the
# cue is reported.
MAX_SENTENCE_WORDS = 90
MAX_WINDOWS = 20  # per paragraph: a text that is all cues is not a list of calls to action
WINDOW_WORDS_BEFORE = 20
WINDOW_WORDS_AFTER = 30
# A paragraph of at least this many words ends the header area (headline, deck, date lines).
FIRST_PROSE_WORDS = 20
