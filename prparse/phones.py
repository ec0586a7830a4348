"""Phone numbers in contact text: finding them as printed and giving their E.164 form.

Finding is a cheap regex pass over a contact block (never the whole document); phonenumbers, which
is slow to import and to run, is only asked to normalise the few candidates found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from prparse.rules.contacts import (
    BARE_NANP,
    CITY_REGIONS,
    COUNTRY_REGIONS,
    DATE_LIKE,
    GENERIC_CCTLDS,
    NANP_PRINTED,
    PHONE_CANDIDATE,
    PHONE_EXTENSION,
    PHONE_MAX_DIGITS,
    PHONE_MIN_DIGITS,
    PHONE_SEPARATOR,
    PHONE_SIBLING,
    PHONE_SIBLINGS,
    TLD_REGIONS,
    US_STATES,
    VANITY_CUES,
    VANITY_PHONE,
    ZIP_PLUS_FOUR,
)
from prparse.rules.patterns import DIGIT

_EXTENSION_WORDS = {"ext": "extension", "x": "extension", "dw": "Durchwahl"}


@dataclass(slots=True)  # not frozen: a frozen dataclass is built at twice the cost; nothing changes a match
class PhoneMatch:
    """A phone number found in text: `raw` as printed (extension written out), its span."""

    raw: str
    start: int
    end: int


def find_phones(text: str, *, bare: bool = False) -> list[PhoneMatch]:
    """The phone numbers printed in `text`, in order.

    A shorthand list of lines on one exchange ("030-27481-497 |-531") gives one match per line,
    each written out in full. A bare run of digits is an id, except with `bare` (text known to be
    a contact block), where a run shaped like a North American number ("14805550123") is a phone.

    >>> [p.raw for p in find_phones("Tel.: +44 (0) 20 7946 0321, ext. 12")]
    ['+44 (0) 20 7946 0321 extension 12']
    """
    if not DIGIT.search(text):
        return []  # both patterns need a digit ("\d"; a vanity number's 8): most names and titles hold none
    vanity = [PhoneMatch(m.group(), m.start(), m.end()) for m in _vanity_matches(text)]
    found = list(vanity)
    taken_until = -1
    for match in PHONE_CANDIDATE.finditer(text):
        if match.start() < taken_until or (vanity and any(p.start <= match.start() < p.end for p in vanity)):
            continue
        candidate = match.group()
        if "/-" in candidate:  # "0221 123-45/-46": the shorthand for a second line is not part of the first
            candidate = candidate[: candidate.index("/-")]
        raw = _trim(candidate, bare=bare)
        if raw is None:
            continue
        start = match.start() + candidate.index(raw)
        if ZIP_PLUS_FOUR.match(raw) and _after_state(text, start):
            continue
        end = start + len(raw)
        extension = PHONE_EXTENSION.match(text, end)
        if extension:
            raw = f"{raw} {_extension_word(extension.group('word'))} {extension.group('digits')}"
            end = extension.end()
        found.append(PhoneMatch(raw, start, end))
        siblings = PHONE_SIBLINGS.match(text, end) if "-" in raw else None
        if siblings:
            found.extend(_siblings(raw, siblings.group(), end, siblings.end()))
            taken_until = siblings.end()
    # Candidates come in order and a number and its siblings end before the next candidate read:
    # only vanity numbers, found first, need sorting in.
    return sorted(found, key=lambda p: p.start) if vanity else found


def _vanity_matches(text: str) -> list[re.Match[str]]:
    for cue in VANITY_CUES:  # every vanity number holds one; few lines do
        if cue in text:
            return list(VANITY_PHONE.finditer(text))
    return []


def _trim(candidate: str, *, bare: bool = False) -> str | None:
    """The candidate without unbalanced brackets and separators at its ends, or None if no phone."""
    raw = candidate.strip(" .-/\u2013")
    if raw.endswith(")") and raw.count("(") < raw.count(")"):
        raw = raw[:-1].rstrip(" .-/")
    if raw.startswith("(") and raw.count("(") > raw.count(")"):
        raw = raw[1:]
    digits = sum(map(str.isdigit, raw))
    if not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS or DATE_LIKE.match(raw):
        return None
    if raw[0] != "+" and not PHONE_SEPARATOR.search(raw) and not (bare and BARE_NANP.match(raw)):
        return None  # a bare run of digits is an id or a reference number, not a printed phone
    return raw


def _after_state(text: str, start: int) -> bool:
    """The number follows a US state's name or abbreviation: it is a ZIP code."""
    words = text[max(0, start - 24) : start].split()
    return bool(words) and words[-1].strip(",").lower() in US_STATES


def _extension_word(word: str) -> str:
    return _EXTENSION_WORDS.get(word.lower().rstrip("."), word)


def _siblings(raw: str, shorthand: str, start: int, end: int) -> list[PhoneMatch]:
    """'030-27481-497' + '|-531 | -425' -> 030-27481-531, 030-27481-425."""
    stem = raw[: raw.rindex("-") + 1]
    return [
        PhoneMatch(stem + m.group(1), start + m.start(), start + m.end()) for m in PHONE_SIBLING.finditer(shorthand)
    ]


def to_e164(raw: str, regions: Iterable[str]) -> str | None:
    """The number in E.164, using the country the number states, else the first region hint it is
    valid for, else the US when it is a valid NANP number; None when that cannot be settled.

    >>> to_e164("+44 (0) 20 7946 0321", [])
    '+442079460321'
    >>> to_e164("(02) 6213 4471", ["AU"])
    '+61262134471'
    """
    import phonenumbers

    number_text = raw.split(" extension ")[0].split(" Durchwahl ")[0]
    if any(map(str.isalpha, number_text)):
        number_text = number_text.split(" (")[0]  # "1-800-ACE-HLP1 (223-4571)": the vanity form is complete
    stated = number_text.lstrip("( ")
    if stated.startswith("+"):
        return _format(phonenumbers, number_text, None)
    if stated.startswith("00"):
        return _format(phonenumbers, "+" + stated[2:], None)
    tried = dict.fromkeys(regions)  # a region tried once: the same text and region give the same answer
    for region in tried:
        e164 = _format(phonenumbers, number_text, region)
        if e164:
            return e164
    return None if "US" in tried else _format(phonenumbers, number_text, "US")


def _format(phonenumbers, text: str, region: str | None) -> str | None:  # type: ignore[no-untyped-def]
    try:
        number = _parse(phonenumbers, text, region)
    except phonenumbers.NumberParseException:
        return None
    if not _is_valid(phonenumbers, number, region):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _parse(phonenumbers, text: str, region: str | None):  # type: ignore[no-untyped-def]
    """`phonenumbers.parse(text, region)`, without its work for the commonest number: ten North American
    digits printed in groups ("(612) 436-0142") read as a US number.

    From such text `parse` keeps the ten digits as the national number, with the US's country code 1:
    it finds no "+", no international prefix ("011") and no national prefix ("1") before a first digit
    of 2-9, no extension (no letter, "#", "," or ";"), and its separators are punctuation it drops
    (phonenumberutil.py 9.0; test_nanp_shortcut_agrees_with_parse builds every shape NANP_PRINTED allows).
    """
    if region == "US":
        match = NANP_PRINTED.fullmatch(text)
        if match:
            return phonenumbers.PhoneNumber(country_code=1, national_number=int("".join(match.groups())))
    return phonenumbers.parse(text, region)


def _is_valid(phonenumbers, number, region: str | None) -> bool:  # type: ignore[no-untyped-def]
    """`phonenumbers.is_valid_number(number)`, settled by the cheaper `is_valid_number_for_region` when
    that region is the one `is_valid_number` would try first.

    `is_valid_number(n)` is `is_valid_number_for_region(n, region_code_for_number(n))`. For a country
    code shared by several regions (+1: US, AG, AI, ...; +44: GB, GG, IM, JE), `region_code_for_number`
    walks the code's regions in order; a region without a leading-digits pattern is returned when the
    number is valid for it, by the very test `is_valid_number_for_region` makes (same metadata, same
    national number). So when `region` is listed first and has no such pattern, a number valid for it
    is valid; otherwise, or when it is not valid for it, `is_valid_number` answers (phonenumberutil.py
    9.0; test_is_valid_agrees_with_phonenumbers). A code with one region would gain nothing: not tried.
    """
    metadata = _listed_first_metadata(phonenumbers, number.country_code, region) if region is not None else None
    if metadata is not None and _valid_for_region(phonenumbers, number, metadata):
        return True
    return phonenumbers.is_valid_number(number)


def _listed_first_metadata(phonenumbers, country_code: int, region: str):  # type: ignore[no-untyped-def]
    """The metadata of `region` when it is the first of two or more regions sharing `country_code`, without a
    leading-digits pattern; else None."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    if len(regions) < 2 or regions[0] != region:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    return metadata if metadata is not None and metadata.leading_digits is None else None


def _valid_for_region(phonenumbers, number, metadata) -> bool:  # type: ignore[no-untyped-def]
    """`phonenumbers.is_valid_number_for_region(number, region)` for the region of `metadata`, whose country
    code `number` has, trying the commonest number types first.

    That test asks `_number_type_helper` for the number's type and is true when the type is not UNKNOWN:
    when the national number matches the region's general description and then one type's, tried in the
    order premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail, fixed line, and
    mobile unless mobile and fixed-line patterns are the same (phonenumberutil.py 9.0). Whether one of
    them matches does not hang on the order (test_valid_for_region_agrees_with_phonenumbers).
    """
    national = phonenumbers.national_significant_number(number)
    if not _matches_desc(national, metadata.general_desc):
        return False
    kinds = (
        metadata.fixed_line, metadata.toll_free, metadata.premium_rate, metadata.shared_cost, metadata.voip,
        metadata.personal_number, metadata.pager, metadata.uan, metadata.voicemail,
    )  # fmt: skip
    if any(_matches_desc(national, desc) for desc in kinds):
        return True
    return not metadata.same_mobile_and_fixed_line_pattern and _matches_desc(national, metadata.mobile)


def _matches_desc(national: str, desc) -> bool:  # type: ignore[no-untyped-def]
    """phonenumbers' `_is_number_matching_desc(national, desc)`: a length the description allows (when it
    lists any), and its pattern matching the whole number."""
    if desc is None or not desc.national_number_pattern:
        return False
    if desc.possible_length and len(national) not in desc.possible_length:
        return False
    return re.fullmatch(desc.national_number_pattern, national) is not None


def region_for_place(location: str | None) -> str | None:
    """The ISO region a dateline location lies in: "Dallas, Texas" -> US, "LONDON" -> GB."""
    if not location:
        return None
    parts = [p.strip().lower() for p in location.split(",") if p.strip()]
    for part in reversed(parts):
        region = COUNTRY_REGIONS.get(part) or CITY_REGIONS.get(part)
        if region:
            return region
        if part in US_STATES and len(parts) > 1:
            return "US"
    return None


def region_for_email(address: str) -> str | None:
    """The ISO region of an address's country-code domain: "presse@bund.de" -> DE, ".co.uk" -> GB."""
    tld = address.rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or tld in GENERIC_CCTLDS:
        return None
    return TLD_REGIONS.get(tld, tld.upper())
