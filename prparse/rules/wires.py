"""Wire and distribution services: the names releases print, mapped to one canonical name.

Each service lists `names`, safe to recognise as bare words anywhere in a dateline or a closing
line ("distributed by Media Pigeon"), and `tags`, short or ambiguous forms recognised only when
the dateline sets them apart as a wire tag: "(AP)", "/IBN/", "--CNW--". A lookup key drops
everything but letters and digits and folds case, so "PRNewswire", "PR Newswire" and
"PR NEWSWIRE" are one entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prparse.rules.patterns import alternation


@dataclass(frozen=True, slots=True)
class WireService:
    name: str  # canonical name, as the service writes itself
    names: tuple[str, ...] = ()  # distinctive forms, matched as bare words
    tags: tuple[str, ...] = ()  # short or ambiguous forms, matched only inside a wire tag


# fmt: off
WIRE_SERVICES: tuple[WireService, ...] = (
    WireService("PR Newswire", ("PR Newswire", "PRNewswire", "PRNewswire-FirstCall", "PR Newswire-FirstCall", "PRNewswire-USNewswire", "PRNewswire-HISPANIC PR WIRE", "PR Newswire Asia", "PRNewswire Asia", "PRN Asia", "PRNewswire-AsiaNet", "Cision PR Newswire")),
    WireService("Business Wire", ("Business Wire", "BusinessWire", "Business Wire India")),
    WireService("GlobeNewswire", ("GlobeNewswire", "Globe Newswire", "GLOBE NEWSWIRE", "GlobeNewswire by notified", "Nasdaq GlobeNewswire")),
    WireService("Accesswire", ("Accesswire", "ACCESS Newswire", "ACCESSWIRE")),
    WireService("EIN Presswire", ("EIN Presswire", "EINPresswire", "EINPresswire.com", "EIN News")),
    WireService("NewMediaWire", ("NewMediaWire", "New Media Wire")),
    WireService("News Direct", ("News Direct", "NewsDirect")),
    WireService("24-7PressRelease", ("24-7PressRelease", "24-7 Press Release", "24-7PressRelease.com")),
    WireService("Media OutReach Newswire", ("Media OutReach Newswire", "Media OutReach")),
    WireService("Marketwired", ("Marketwired", "Marketwire")),
    WireService("Canada Newswire", ("Canada Newswire", "Canada NewsWire", "CNW Group"), ("CNW", "CNW Telbec")),
    WireService("Cision", ("Cision", "Cision Wire")),
    WireService("Newsfile", ("Newsfile", "Newsfile Corp", "Newsfile Corp.")),
    WireService("AAP", ("Australian Associated Press", "AAP MediaNet", "Medianet"), ("AAP",)),
    WireService("Reuters", ("Reuters", "Thomson Reuters")),
    WireService("AP", ("Associated Press",), ("AP",)),
    WireService("AFP", ("Agence France-Presse", "Agence France Presse"), ("AFP",)),
    WireService("UPI", ("United Press International",), ("UPI",)),
    WireService("dpa", ("Deutsche Presse-Agentur",), ("dpa", "dpa-AFX")),
    WireService("news aktuell", ("news aktuell", "ots.at"), ("ots", "OTS")),
    WireService("EQS News", ("EQS Newswire", "EQS-News", "EQS Group", "DGAP-News"), ("EQS", "DGAP")),
    WireService("Media Pigeon", ("Media Pigeon", "MediaPigeon")),
    WireService("PRWeb", ("PRWeb", "PR Web")),
    WireService("PR.com", ("PR.com",)),
    WireService("Newswire.com", ("Newswire.com",), ("Newswire",)),
    WireService("PRISM MediaWire", ("PRISM MediaWire", "PRISM Media Wire")),
    WireService("IBN", ("InvestorBrandNetwork", "Investor Brand Network", "InvestorWire", "InvestorNewsWire"), ("IBN",)),
    WireService("Press Services", ("Press Services",)),
    WireService("NewsUSA", ("NewsUSA", "News USA")),
    WireService("Newsworthy.ai", ("Newsworthy.ai", "Newsworthy ai")),
    WireService("Blockchain Wire", ("Blockchain Wire", "BlockchainWire")),
    WireService("citybiz", ("citybiz", "citybizlist")),
    WireService("Send2Press", ("Send2Press", "Send2Press Newswire")),
    WireService("PRLog", ("PRLog",)),
    WireService("openPR", ("openPR", "openPR.com")),
    WireService("ABNewswire", ("ABNewswire", "AB Newswire")),
    WireService("Issuer Direct", ("Issuer Direct",)),
    WireService("JCN Newswire", ("JCN Newswire", "JCNN")),
    WireService("ACN Newswire", ("ACN Newswire",)),
    WireService("Xinhua", ("Xinhua", "Xinhua News Agency")),
    WireService("Kyodo", ("Kyodo", "Kyodo News", "Kyodo News PR Wire")),
    WireService("PTI", ("Press Trust of India",), ("PTI",)),
    WireService("ANI", ("Asian News International",), ("ANI",)),
    WireService("IANS", ("Indo-Asian News Service",), ("IANS",)),
    WireService("Presswire", ("Presswire", "M2 Presswire")),
    WireService("RealWire", ("RealWire",)),
    WireService("Pressat", ("Pressat",)),
    WireService("1888PressRelease", ("1888PressRelease", "1888 Press Release")),
    WireService("PR Underground", ("PR Underground",)),
    WireService("Zex PR Wire", ("Zex PR Wire", "ZexPRWire")),
    WireService("King Newswire", ("King Newswire",)),
    WireService("MarketersMedia", ("MarketersMedia", "Marketers Media")),
    WireService("Financial News Media", ("Financial News Media", "FNM")),
    WireService("Noticias Newswire", ("Noticias Newswire", "NoticiasNewswire")),
    WireService("PR Karma", ("PR Karma", "PRKarma")),
    WireService("Evertise Ai PR", ("Evertise Ai PR", "Evertise AI PR")),
    WireService("Europa Press", ("Europa Press",)),
    WireService("EFE", ("Agencia EFE",), ("EFE",)),
    WireService("ANSA", ("Agenzia ANSA",), ("ANSA",)),
)
# fmt: on


_NOT_KEY = re.compile(r"[\W_]+")


def wire_key(text: str) -> str:
    """The lookup key of a wire name: letters and digits only, case folded."""
    # Folded first: folding can add characters that are neither letter nor digit ("ΐ" folds to iota and
    # two combining marks), which a key must not hold (a key's key is the key itself).
    return _NOT_KEY.sub("", text.casefold())


# Key -> canonical name, for a wire tag's whole content ("(BUSINESS WIRE)", "/PRNewswire/").
WIRE_BY_KEY: dict[str, str] = {
    wire_key(alias): service.name for service in WIRE_SERVICES for alias in (*service.names, *service.tags)
}

# Key -> canonical name, for distinctive names only (bare words in running text).
WIRE_NAME_BY_KEY: dict[str, str] = {
    wire_key(alias): service.name for service in WIRE_SERVICES for alias in service.names
}


def _name_pattern(alias: str) -> str:
    # Spaces and hyphens in a name may be printed as either or left out ("24-7 Press Release").
    return r"[\s-]?".join(re.escape(part) for part in re.split(r"[\s-]+", alias))


# A distinctive wire name as a bare word; longest first so "PR Newswire Asia" beats "PR Newswire".
WIRE_NAME = re.compile(
    r"(?<![\w.])"
    + alternation(
        sorted({a for s in WIRE_SERVICES for a in s.names}, key=len, reverse=True), _name_pattern, ignore_case=True
    )
    + r"(?![\w])",
    re.IGNORECASE,
)
