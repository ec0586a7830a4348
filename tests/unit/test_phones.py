"""Phones: finding numbers as printed in contact text, and their E.164 form."""

from __future__ import annotations

import pytest

from prparse.phones import (
    _is_valid,
    _listed_first_metadata,
    _parse,
    _valid_for_region,
    find_phones,
    region_for_email,
    region_for_place,
    to_e164,
)


@pytest.mark.parametrize(
    "text, raws",
    [
        pytest.param("Tel.: +44 (0) 20 7946 0321", ["+44 (0) 20 7946 0321"], id="uk-trunk-zero-in-brackets"),
        pytest.param("Phone number: (+32) 2 28 40000 (BXL)", ["(+32) 2 28 40000"], id="country-code-in-brackets"),
        pytest.param(
            "Jane Roe 0412 345 678 or Tom Lee 0498 765 432",
            ["0412 345 678", "0498 765 432"],
            id="two-on-a-line",
        ),
        pytest.param(
            "612-823-4410, National toll-free (800) 436-2281",
            ["612-823-4410", "(800) 436-2281"],
            id="comma-list",
        ),
        pytest.param("+1(609) 436-8812 https://roof.example", ["+1(609) 436-8812"], id="no-space-after-country-code"),
        pytest.param("Orlando, FLwww.acme.example407.555.0101 Office", ["407.555.0101"], id="glued-to-a-web-address"),
        pytest.param("Mobil: 0151-48213907", ["0151-48213907"], id="german-mobile"),
        pytest.param("Call 212-555-0142 ext. 27 today", ["212-555-0142 extension 27"], id="extension-written-out"),
        pytest.param("(312) 847-2290 x105", ["(312) 847-2290 extension 105"], id="x-extension"),
        pytest.param(
            "Tel. 030-27500-411 |-412 | -413",
            ["030-27500-411", "030-27500-412", "030-27500-413"],
            id="shorthand-lines",
        ),
        pytest.param("Tel. 0221 123-45/-46", ["0221 123-45", "0221 123-46"], id="slash-shorthand"),
        pytest.param("1-800-FLOWERS", ["1-800-FLOWERS"], id="vanity"),
        pytest.param("1-800-AHA-HELP (242-4357)", ["1-800-AHA-HELP (242-4357)"], id="vanity-with-digits-in-brackets"),
        pytest.param("Video of the debate (17.12.2024)", [], id="date-dotted"),
        pytest.param("published 2024-05-14 and updated", [], id="date-iso"),
        pytest.param("Ref.: 20221014IPR43206", [], id="reference-number"),
        pytest.param("raised $500,000 in 2019-20", [], id="money-and-years"),
        pytest.param("February 28 2007Contact Jane Roe 202 224 0000", ["202 224 0000"], id="year-not-joined"),
    ],
)
def test_find_phones(text: str, raws: list[str]) -> None:
    assert [p.raw for p in find_phones(text)] == raws


@pytest.mark.parametrize(
    "raw, regions, e164",
    [
        pytest.param("+44 (0) 20 7946 0321", [], "+442079460321", id="stated-country"),
        pytest.param("(+32) 2 28 40000", ["US"], "+3222840000", id="stated-country-beats-hint"),
        pytest.param("0032 2 28 40000", [], "+3222840000", id="double-zero-prefix"),
        pytest.param("(02) 6277 1234", ["AU"], "+61262771234", id="au-landline-from-hint"),
        pytest.param("0412 345 678", ["AU"], "+61412345678", id="au-mobile-from-hint"),
        pytest.param("(030) 12 34 56 78", ["DE"], "+493012345678", id="berlin-from-hint"),
        pytest.param("0412 345 678", ["US", "AU"], "+61412345678", id="first-hint-it-is-valid-for"),
        pytest.param("214-706-5555", [], "+12147065555", id="nanp-us-last-resort"),
        pytest.param("0412 345 678", [], None, id="unsettled-null"),
        pytest.param("212-555-0142 extension 27", [], "+12125550142", id="extension-dropped"),
        pytest.param("1-800-FLOWERS", [], "+18003569377", id="vanity-letters"),
        pytest.param("+1 000 000", [], None, id="invalid"),
        pytest.param("0412 345 678", ["US", "US", "AU"], "+61412345678", id="repeated-hint-tried-once"),
        pytest.param("214-706-5555", ["US", "US"], "+12147065555", id="us-hint-valid"),
        pytest.param("0412 345 678", ["US"], None, id="us-hint-not-tried-again-as-last-resort"),
    ],
)
def test_to_e164(raw: str, regions: list[str], e164: str | None) -> None:
    assert to_e164(raw, regions) == e164


def _shared_code_numbers() -> list[tuple[str, str]]:
    """Every example number of every region sharing its country code with another (+1, +7, +44, +61 ...),
    printed nationally, each with that code's first region and with its own region as the parse hint;
    and the same numbers with a digit dropped or added, most of them invalid."""
    import phonenumbers

    cases = []
    for regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.values():
        if len(regions) < 2:
            continue
        for region in regions:
            for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE,
                         phonenumbers.PhoneNumberType.TOLL_FREE):  # fmt: skip
                example = phonenumbers.example_number_for_type(region, kind)
                if example is None:
                    continue
                national = str(example.national_number)
                for text in (national, national[:-1], national + "5"):
                    cases += [(text, regions[0]), (text, region)]
    return cases


def test_is_valid_agrees_with_phonenumbers() -> None:
    import phonenumbers

    cases = _shared_code_numbers()
    assert len(cases) > 300
    for text, region in cases:
        number = phonenumbers.parse(text, region)
        assert _is_valid(phonenumbers, number, region) == phonenumbers.is_valid_number(number), (text, region)


def test_valid_for_region_agrees_with_phonenumbers() -> None:
    """The type-by-type validity test, over the first region of every shared country code: the example
    number of each type, with a digit dropped or added, and random national numbers of each length."""
    import random

    import phonenumbers

    rng = random.Random(7)
    checked = 0
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        metadata = _listed_first_metadata(phonenumbers, code, regions[0])
        if metadata is None:
            continue
        texts = {text for text, region in _shared_code_numbers() if region == regions[0]}
        texts |= {str(rng.randrange(10 ** (size - 1), 10**size)) for size in range(4, 14) for _ in range(40)}
        for text in texts:
            number = phonenumbers.PhoneNumber(country_code=code, national_number=int(text))
            expected = phonenumbers.is_valid_number_for_region(number, regions[0])
            assert _valid_for_region(phonenumbers, number, metadata) == expected, (code, text)
            checked += 1
    assert checked > 1000


def _printed_nanp_numbers() -> list[str]:
    """Ten-digit numbers in every shape NANP_PRINTED allows (brackets or none, each separator or none),
    over every area code and a spread of exchanges and lines, and near misses of the shape."""
    import itertools

    shapes = [
        f"{opening}{{area}}{closing}{first}{{exchange}}{second}{{line}}"
        for opening, closing in (("", ""), ("(", ")"), ("(", ""), ("", ")"))
        for first, second in itertools.product(("", "-", ".", " ", ") ", ")-"), ("-", ".", " "))
    ]
    numbers = [(str(area), "555", "0100") for area in range(200, 1000)]
    numbers += [
        ("212", f"{exchange:03d}", f"{line:04d}") for exchange in range(0, 1000, 37) for line in (0, 1234, 9999)
    ]
    texts = [shape.format(area=a, exchange=e, line=n) for shape in shapes for a, e, n in numbers[::17]]
    texts += [shape.format(area=a, exchange=e, line=n) for shape in shapes[:2] for a, e, n in numbers]
    near = ["112-555-0100", "012-555-0100", "1-212-555-0100", "+1 212-555-0100", "212-555-01000", "212-555-010"]
    near += [
        "212\u2013555\u20130100",
        "212 555 0100 x12",
        "\u0662\u0661\u0662-555-0100",
        "212/555-0100",
        "212  555-0100",
    ]
    return texts + near


def test_nanp_shortcut_agrees_with_parse() -> None:
    """phones._parse builds a printed ten-digit US number itself, without phonenumbers.parse: the same
    PhoneNumber, field by field, for every shape it takes; other text and other regions go to parse."""
    import phonenumbers

    texts = _printed_nanp_numbers()
    assert len(texts) > 5000
    for text in texts:
        for region in ("US", "CA"):
            try:
                expected = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                expected = None
            try:
                got = _parse(phonenumbers, text, region)
            except phonenumbers.NumberParseException:
                got = None
            assert got == expected, (text, region)


@pytest.mark.parametrize(
    "location, region",
    [
        pytest.param("Dallas, Texas", "US", id="us-state-name"),
        pytest.param("MILWAUKEE, WI", "US", id="us-state-code"),
        pytest.param("Lebanon, N.H.", "US", id="ap-state-abbreviation"),
        pytest.param("London", "GB", id="uk-city"),
        pytest.param("London, UK", "GB", id="uk-country"),
        pytest.param("Berlin", "DE", id="german-city"),
        pytest.param("Sydney", "AU", id="australian-city"),
        pytest.param("Hamilton Township, United States", "US", id="country-name"),
        pytest.param("Puerto Vallarta, Mexico", "MX", id="mexico"),
        pytest.param("Springfield", None, id="unknown-city"),
        pytest.param(None, None, id="none"),
    ],
)
def test_region_for_place(location: str | None, region: str | None) -> None:
    assert region_for_place(location) == region


@pytest.mark.parametrize(
    "address, region",
    [
        pytest.param("presse@verband.de", "DE", id="de"),
        pytest.param("press@charity.org.uk", "GB", id="uk-is-gb"),
        pytest.param("media@firm.com.au", "AU", id="com-au"),
        pytest.param("prensa@hotel.es", "ES", id="es"),
        pytest.param("news@acme.com", None, id="generic-tld"),
        pytest.param("press@assembly.example.eu", None, id="eu-is-no-country"),
        pytest.param("hello@startup.io", None, id="io-is-generic"),
    ],
)
def test_region_for_email(address: str, region: str | None) -> None:
    assert region_for_email(address) == region


@pytest.mark.parametrize(
    "text, bare, raws",
    [
        pytest.param("Carl Voss 14805550123", True, ["14805550123"], id="unformatted-nanp-in-contact-text"),
        pytest.param("Carl Voss 4805550123", True, ["4805550123"], id="unformatted-nanp-without-country-code"),
        pytest.param("Order 14805550123 shipped", False, [], id="digit-run-outside-contact-text-is-an-id"),
        pytest.param("Ref 10123456789", True, [], id="digit-run-not-shaped-like-a-number"),
        pytest.param(
            "Austin, Texas 78701-1234 \u2022 512/555-0100", False, ["512/555-0100"], id="zip-plus-four-after-state"
        ),
        pytest.param("Austin, TX 78701-1234", False, [], id="zip-plus-four-after-state-abbreviation"),
        pytest.param("Tel. 06221-1234", False, ["06221-1234"], id="five-four-number-after-a-field-name"),
    ],
)
def test_bare_runs_and_zip_codes(text: str, bare: bool, raws: list[str]) -> None:
    assert [p.raw for p in find_phones(text, bare=bare)] == raws


@pytest.mark.parametrize(
    "text, raws",
    [
        pytest.param("Call 1-800-FLOWERS or 212-555-0142", ["1-800-FLOWERS", "212-555-0142"], id="vanity-first"),
        pytest.param("Call 212-555-0142 or 1-800-FLOWERS", ["212-555-0142", "1-800-FLOWERS"], id="vanity-last"),
        pytest.param(
            "Tel. 030-27500-411 |-412, Fax 030-27500-499 ext. 7, 0151-48213907",
            ["030-27500-411", "030-27500-412", "030-27500-499 extension 7", "0151-48213907"],
            id="siblings-and-extension-keep-order",
        ),
    ],
)
def test_find_phones_in_printed_order(text: str, raws: list[str]) -> None:
    found = find_phones(text)
    assert [p.raw for p in found] == raws
    assert [p.start for p in found] == sorted(p.start for p in found)


@pytest.mark.parametrize(
    "text", ["Call ACME-NOW", "1-EIGHT-HUNDRED", "Tel.: (O3O) OOO-OOOO", "Fax: +", "jane@acme.example"]
)  # fmt: skip
def test_find_phones_needs_a_digit(text: str) -> None:
    """Contacts pass over a card block holding neither an "@" nor a digit: no phone is found without one."""
    assert find_phones(text) == [] and find_phones(text, bare=True) == []
