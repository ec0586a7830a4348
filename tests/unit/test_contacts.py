"""Contacts: the media, press and investor contacts of a release, with their emails and phones."""

from __future__ import annotations

import re
import sys

import pytest

from prparse.extractors.contact_lines import (
    _candidate_spans,
    _is_title_word,
    _may_end_in_connector,
    _names_region,
    classify,
    is_person,
    names_a_person,
    split_fragments,
    tokenise,
)
from prparse.extractors.contacts import (
    _label_scan_start,
    _may_keep,
    _openers,
    _place_regions,
    _read,
    _windows,
    _words_within,
    extract_contacts,
)
from prparse.model import Contact, Dateline
from prparse.normalise import UNLOWERED as _UNLOWERED
from prparse.normalise import cue_text, holds_any
from prparse.normalise import may_match as _may_match
from prparse.pipeline import build_document
from prparse.rules.contacts import (
    ADDRESS_CUES,
    ADDRESS_LINE,
    CONNECTOR_SUFFIX,
    CONTINENTS,
    CTA_CUES,
    CTA_SENTENCE,
    DESK_CUES,
    DESK_END,
    DESK_END_CUES,
    DESK_NAME,
    EMAIL,
    EMAIL_AT,
    EMAIL_DOT,
    EMAIL_REACH,
    FIELD_ABBREVIATIONS,
    FIELD_DETAIL_CUES,
    FIELD_LABEL,
    FRAGMENT_SEPARATOR,
    FRAGMENT_SPLIT,
    HANDLE,
    INLINE_CUE_GROUPS,
    INLINE_CUES,
    INLINE_LABEL,
    INLINE_LABEL_REACH,
    INLINE_LINE_CUES,
    LINE_LABEL,
    LINK_CUES,
    LINK_LABEL,
    OBFUSCATED,
    PHONE_CANDIDATE,
    PUBLIC_ASKERS,
    PUBLIC_CUES,
    PUBLIC_LABEL,
    SUB_LABEL,
    TITLE_SUFFIX,
    TITLE_SUFFIX_TAILS,
    TITLE_SUFFIX_WORDS,
    URL,
    URL_CUES,
    VANITY_CUES,
    VANITY_PHONE,
)
from prparse.rules.patterns import DIGIT

FIELD_CUES_ALL = (":", *FIELD_ABBREVIATIONS)  # a colon or an abbreviation: one is in every field label

BODY = "The company said today that its new plant will open next spring and employ two hundred people in the region."


def contacts(text: str, *, html: bool = False, location: str | None = None) -> list[Contact]:
    doc = build_document(text, format="html") if html else build_document(text)
    dateline = Dateline(raw=location, location=location) if location else None
    return extract_contacts(doc, dateline=dateline)


def summary(contact: Contact) -> tuple:
    return (contact.name, contact.emails, [p.raw for p in contact.phones])


# --- layouts: (release text, [(name, emails, phone raws), ...]) ---------------------------------

LAYOUTS = [
    pytest.param(
        f"# Acme opens a plant\n\n{BODY}\n\nMedia Contact:\nRosa Diaz\nVela Foods Inc.\n509-555-0188\n"
        "rosa@velafoods.example\n",
        [("Rosa Diaz", ["rosa@velafoods.example"], ["509-555-0188"])],
        id="wire-one-field-per-line",
    ),
    pytest.param(
        f"# Statement\n\n{BODY}\n\nPress Contacts\n\n1. Press Office\n\npress@tidewatch.org\n\n+44 (0) 20 7946 0321\n",
        [("Press Office", ["press@tidewatch.org"], ["+44 (0) 20 7946 0321"])],
        id="ngo-numbered-desk",
    ),
    pytest.param(
        f"# Merger\n\n{BODY}\n\nMedia Contacts:\nAnna Berg\nanna.berg@nordlicht.example\n+49 30 1234 5678\n"
        "Peter Lang\npeter.lang@nordlicht.example\n+49 30 1234 5690\n",
        [
            ("Anna Berg", ["anna.berg@nordlicht.example"], ["+49 30 1234 5678"]),
            ("Peter Lang", ["peter.lang@nordlicht.example"], ["+49 30 1234 5690"]),
        ],
        id="two-people-one-block",
    ),
    pytest.param(
        "Press Release\n\nMarch 3, 2016\nFOR IMMEDIATE RELEASE\nContact: Erin Blake\nerin.blake@helpcenter.example | "
        "612-823-4410\n\n"
        f"# Family Day at the center\n\n{BODY}\n",
        [("Erin Blake", ["erin.blake@helpcenter.example"], ["612-823-4410"])],
        id="before-headline-name-email-pipe-phone",
    ),
    pytest.param(
        "Press Release\n\nMay 2, 2015\nFOR IMMEDIATE RELEASE\nContact: Sam Ortiz (sam.ortiz@helpcenter.example)\n"
        f"612-823-4410, National toll-free (800) 436-2281\n\n# Awards night\n\n{BODY}\n",
        [("Sam Ortiz", ["sam.ortiz@helpcenter.example"], ["612-823-4410", "(800) 436-2281"])],
        id="email-in-parentheses-toll-free",
    ),
    pytest.param(
        "June 11, 2021 Contact: Lena Park\nCity Attorney’s Office\n214-555-0142 (Office)\n"
        "Lena.Park@cityattorney.example\n"
        "Man sentenced to ten years in prison for a string of burglaries in the east side neighborhoods\n"
        "A 40-year-old man was sentenced on Friday to ten years in prison, the office said in a statement today.\n",
        [("Lena Park", ["Lena.Park@cityattorney.example"], ["214-555-0142"])],
        id="label-mid-line-before-headline",
    ),
    pytest.param(
        "Senators Seek Aid After Storm FOR IMMEDIATE RELEASE March 3 2009Contact Maria Lopez 202 456 7788 Washington "
        "Senators Jane Smith and Tom Brown today asked the President to declare the county a disaster area so that "
        "families and businesses can get the help they need after the storm\n",
        [("Maria Lopez", [], ["202 456 7788"])],
        id="run-together-one-line",
    ),
    pytest.param(
        f"# Grant awarded\n\n{BODY}\n\nMedia contacts: Minister Grey’s office: Jane Roe 0412 345 678 or Tom Lee 0498 "
        "765 432 "
        "Minister Hall’s office: Ann Fox 0433 222 111\n",
        [
            ("Jane Roe", [], ["0412 345 678"]),
            ("Tom Lee", [], ["0498 765 432"]),
            ("Ann Fox", [], ["0433 222 111"]),
        ],
        id="several-people-on-one-line-with-office-headings",
    ),
    pytest.param(
        f"# Grant awarded\n\n{BODY}\n\nMedia contact: Minister Grey’s Office - (02) 6277 1234 Senator Hall’s Office - "
        "(03) 6231 9876\n",
        [("Minister Grey’s Office", [], ["(02) 6277 1234"]), ("Senator Hall’s Office", [], ["(03) 6231 9876"])],
        id="offices-as-names",
    ),
    pytest.param(
        f"# Study\n\n{BODY}\n\nFor Media Inquiries and Expert Perspective: 214-706-5555\n\nJohn Arnold: "
        "John.Arnold@heartgroup.example\n\n"
        "For Public Inquiries: 1-800-555-0100\n\nheartgroup.example\n",
        [("John Arnold", ["John.Arnold@heartgroup.example"], ["214-706-5555"])],
        id="desk-phone-goes-to-person-public-line-excluded",
    ),
    pytest.param(
        f"# Prize\n\n{BODY}\n\nFor Media Inquiries and Expert Perspective:\n\nCommunications & Media Relations in "
        "Dallas: 214-706-5555;news@heartgroup.example\n\n"
        "Mia Kern: mia.kern@heartgroup.example\n",
        [
            ("Communications & Media Relations in Dallas", ["news@heartgroup.example"], ["214-706-5555"]),
            ("Mia Kern", ["mia.kern@heartgroup.example"], []),
        ],
        id="desk-with-own-details-is-own-entry",
    ),
    pytest.param(
        f"# Neue Studie\n\n{BODY}\n\nPressekontakt\n\nPressesprecherin Anna Schmidt\n\nMusterverband e. V.\n"
        "Musterstraße 12\n10115 Berlin\n\n"
        "Tel.: (030) 12 34 56 78\nFax: (030) 12 34 56 79\nE-Mail: presse(at)musterverband.de\n",
        [("Anna Schmidt", ["presse@musterverband.de"], ["(030) 12 34 56 78"])],
        id="german-pressekontakt-fax-excluded-obfuscated-email",
    ),
    pytest.param(
        f"# Brücken\n\n{BODY}\n\n- Kontakt: Jan Vogt, Verkehrsexperte, Tel.: 030-27500-401, E-Mail: "
        "jan.vogt(at)umwelt.example sowie Pressestelle: "
        "Eva Roth | Max Kurz Tel. 030-27500-411 |-412 | E-Mail: presse(at)umwelt.example\n",
        [
            ("Jan Vogt", ["jan.vogt@umwelt.example"], ["030-27500-401"]),
            ("Eva Roth", ["presse@umwelt.example"], ["030-27500-411"]),
            ("Max Kurz", ["presse@umwelt.example"], ["030-27500-412"]),
        ],
        id="german-shared-desk-shorthand-numbers",
    ),
    pytest.param(
        f"# Nuevo hotel\n\n{BODY}\n\nContacto de prensa:\nLucía Fernández\nlucia.fernandez@hotelsol.es\n+34 912 345 "
        "678\n",
        [("Lucía Fernández", ["lucia.fernandez@hotelsol.es"], ["+34 912 345 678"])],
        id="spanish-contacto",
    ),
    pytest.param(
        f"# New CEO\n\n{BODY}\n\nFor more information, contact:\nKarin Ek\nInterim President, CEO and CFO\n"
        "karin.ek@lumen.example\n+46 703 11 22 33\n",
        [("Karin Ek", ["karin.ek@lumen.example"], ["+46 703 11 22 33"])],
        id="for-more-information-contact",
    ),
    pytest.param(
        f"# Results\n\n{BODY}\n\nContact DetailsNordlicht Biologics\nJane Roe\njane.roe@nordlicht.example\n+1 425 555 "
        "0190\n",
        [("Jane Roe", ["jane.roe@nordlicht.example"], ["+1 425 555 0190"])],
        id="label-glued-to-next-word",
    ),
    pytest.param(
        f"# Lineup\n\n{BODY}\n\nCONTACT:Tom WebbTom@webbpr.example\n\nView the original release on www.wire.example\n",
        [("Tom Webb", ["Tom@webbpr.example"], [])],
        id="name-glued-to-email",
    ),
    pytest.param(
        f"# Results\n\n{BODY}\n\nContact Acme:Website: www.acme.exampleE-Mail: info@acme.exampleX: @AcmePhone: "
        "954-380-1111\n\n"
        "Investor Relations:Pat Lane, Gilroy AdvisorsE-Mail: ir@acme.example\n",
        [("Pat Lane", ["ir@acme.example"], [])],
        id="company-card-beside-named-contact-dropped",
    ),
    pytest.param(
        f"# Roofing firm turns 20\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nAcme Roofing\n\nOrlando, "
        "FLwww.acmeroof.example407.555.0101 Officeinfo@acmeroof.example\n",
        [(None, ["info@acmeroof.example"], ["407.555.0101"])],
        id="bare-contact-card-when-nothing-else",
    ),
    pytest.param(
        f"# Results\n\n{BODY}\n\nContacts\n\nMedia:\nJane Roe\n+1 312-555-0142\njane.roe@acme.example\n\n"
        "Investors:\nDr. John Doe\nInvestor Relations\n+1 312-555-0199\nir@acme.example\n",
        [
            ("Jane Roe", ["jane.roe@acme.example"], ["+1 312-555-0142"]),
            ("Dr. John Doe", ["ir@acme.example"], ["+1 312-555-0199"]),
        ],
        id="wire-media-and-investor-sub-labels",
    ),
    pytest.param(
        f"# Launch\n\n{BODY}\n\nMedia Contact\n\n"
        "Jane Roe | Bright Star | +1 312 555 0142 | jane.roe@brightstar.example\n",
        [("Jane Roe", ["jane.roe@brightstar.example"], ["+1 312 555 0142"])],
        id="pipe-separated-signature",
    ),
    pytest.param(
        f"# Launch\n\n{BODY}\n\nMedia Contact:\nJane Roe\njane@acme.example\n\nAbout Acme\n\n{BODY}\n",
        [("Jane Roe", ["jane@acme.example"], [])],
        id="about-section-after-contact-not-read",
    ),
    pytest.param(
        f"# Plant\n\n{BODY} For media inquiries, please contact Jane Roe at jane.roe@acme.example or 312-555-0142.\n",
        [("Jane Roe", ["jane.roe@acme.example"], ["312-555-0142"])],
        id="inline-sentence-please-contact",
    ),
    pytest.param(
        f"# Usine\n\n{BODY}\n\nContact presse :\nMarie Dupont\nmarie.dupont@societe.fr\n+33 1 23 45 67 89\n",
        [("Marie Dupont", ["marie.dupont@societe.fr"], ["+33 1 23 45 67 89"])],
        id="french-contact-presse",
    ),
    pytest.param(
        f"# Plant\n\n{BODY}\n\nMedia contact:\nJane Roe\n"
        "T: +44 20 7946 0000\nM: +44 7700 900123\nE: jane.roe@agency.co.uk\n",
        [("Jane Roe", ["jane.roe@agency.co.uk"], ["+44 20 7946 0000", "+44 7700 900123"])],
        id="single-letter-field-names",
    ),
    pytest.param(
        f"# Plant\n\n{BODY}\n\nPress office\n\nEmail newsdesk@transport.gov.uk\n\nOut of hours: 020 7944 4292\n",
        [("Press office", ["newsdesk@transport.gov.uk"], ["020 7944 4292"])],
        id="government-press-office",
    ),
    pytest.param(
        f"# Fund award\n\n{BODY} For a prospectus, contact the fund directly at 866-442-0000 or contact your adviser.\n"
        "",
        [],
        id="prose-mention-is-not-a-contact",
    ),
    pytest.param(
        f"# News\n\n{BODY}\n\nContact\n\nCopyright\n\nFAQ\n\nFraud Alert\n\nPrivacy Notice\n",
        [],
        id="site-footer-contact-link",
    ),
]


@pytest.mark.parametrize("text, expected", LAYOUTS)
def test_layouts(text: str, expected: list[tuple]) -> None:
    assert [summary(c) for c in contacts(text)] == expected


HTML_LAYOUTS = [
    pytest.param(
        "<html><body><h1>Partnership</h1><p>{body}</p><table><tr><td>Contact: Ada Moss<br>Harbor Center "
        "612-436-1234<br>"
        "ada.moss@harbor.example<br>Contact: Ben Cole<br>Flag Supply, Inc. "
        "201-436-4321<br>ben.cole@flag.example</td></tr></table>"
        "<p>{body}</p></body></html>",
        [
            ("Ada Moss", ["ada.moss@harbor.example"], ["612-436-1234"]),
            ("Ben Cole", ["ben.cole@flag.example"], ["201-436-4321"]),
        ],
        id="html-table-two-contacts",
    ),
    pytest.param(
        "<html><body><h1>Vote</h1><p>{body}</p><p>Contacts:</p><h3>Ieva KALNA</h3><p>Press Officer</p><p>Contact "
        "data:</p>"
        "<ul><li>Phone number: (+32) 2 28 40000 (BXL)</li><li>Mobile number: (+32) 470 11 22 33</li>"
        "<li>E-mail: ieva.kalna@parliament.example</li><li>Twitter account: @EP_Example</li></ul></body></html>",
        [("Ieva KALNA", ["ieva.kalna@parliament.example"], ["(+32) 2 28 40000", "(+32) 470 11 22 33"])],
        id="html-name-heading-then-contact-data-list",
    ),
    pytest.param(
        "<html><body><h1>Award</h1><p>{body}</p><h3>Media Contact</h3><address>Lee Wong<br>Orchid Labs<br>"
        "lee.wong@orchid.example<br>+1 (312) 847-2290</address></body></html>",
        [("Lee Wong", ["lee.wong@orchid.example"], ["+1 (312) 847-2290"])],
        id="html-address-block",
    ),
]


@pytest.mark.parametrize("html, expected", HTML_LAYOUTS)
def test_html_layouts(html: str, expected: list[tuple]) -> None:
    assert [summary(c) for c in contacts(html.format(body=BODY), html=True)] == expected


# --- title and organisation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "block, name, title, organization",
    [
        pytest.param(
            "CONTACT:\nConnor Hale\nThat's Fine LLC\n+1 212 366 0000\nconnor@thatsfine.example",
            "Connor Hale",
            None,
            "That's Fine LLC",
            id="org-line",
        ),
        pytest.param(
            "CONTACT:\nMelissa Moore\nVP Communication & Marketing\nEnvoy Holdings Corporation\n200 S. Kramer Blvd., "
            "Building E\n"
            "Brea, CA 92821\n(714) 817-0000\ninfo@envoy.example",
            "Melissa Moore",
            "VP Communication & Marketing",
            "Envoy Holdings Corporation",
            id="title-org-and-address-skipped",
        ),
        pytest.param(
            "Media Contact:\nJane Roe\nAcme Corp.\n312-555-0142\njane.roe@acme.example\n\nSOURCE Acme Corp.",
            "Jane Roe",
            None,
            "Acme Corp.",
            id="abbreviation-stop-kept",
        ),
        pytest.param(
            "Investor contact:\nMagnus Berg, Head of Investor Relations\n+47 915 38 000\nmagnus.berg@fjell.example",
            "Magnus Berg",
            "Head of Investor Relations",
            None,
            id="title-naming-a-department",
        ),
        pytest.param(
            "Media Contact: Marco Ruiz, Marketing Director, Casa Azul\nmarco@casaazul.example",
            "Marco Ruiz",
            "Marketing Director",
            "Casa Azul",
            id="comma-run",
        ),
    ],
)
def test_title_and_organization(block: str, name: str, title: str | None, organization: str | None) -> None:
    [contact] = contacts(f"# Headline here\n\n{BODY}\n\n{block}\n")
    assert (contact.name, contact.title, contact.organization) == (name, title, organization)


def test_person_named_after_label_without_details_is_kept() -> None:
    found = contacts(f"# Season opens\n\n{BODY} Media Contact: Marco Ruiz, Marketing Director, Casa Azul\n")
    assert [c.name for c in found] == ["Marco Ruiz"]


# --- E.164 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "block, location, e164",
    [
        pytest.param("Media contact: Jane Roe 0412 345 678", "Sydney", "+61412345678", id="region-from-dateline-city"),
        pytest.param("Media contact: Jane Roe 0412 345 678", None, None, id="no-region-not-us-valid-null"),
        pytest.param(
            "Pressekontakt: Eva Roth, Tel. (030) 12 34 56 78, presse@verband.de",
            None,
            "+493012345678",
            id="region-from-email-tld",
        ),
        pytest.param("Media Contact: Jane Roe, 214-706-5555", None, "+12147065555", id="us-last-resort"),
        pytest.param(
            "Press contact: Ann Lee +44 (0) 20 7946 0321", "Berlin", "+442079460321", id="stated-country-wins"
        ),
        pytest.param("Media Contact: Jo Bell, 020 7946 0321", "London, UK", "+442079460321", id="uk-dateline"),
        pytest.param(
            "Media contacts: Jane Roe 0412 345 678\nThe Hon. Jane Smith MP, Sydney",
            None,
            "+61412345678",
            id="region-from-town-in-contact-block",
        ),
    ],
)
def test_e164(block: str, location: str | None, e164: str | None) -> None:
    [contact] = contacts(f"# Headline here\n\n{BODY}\n\n{block}\n", location=location)
    assert contact.phones[0].e164 == e164


def test_place_regions_of_a_contact_text_in_order_each_once() -> None:
    # the towns among a contact's pieces, looked up only for a contact with a phone number
    places = ["10119 Berlin", "Acme Verband e.V.", "Sydney", "Berlin", "Unter den Linden 1 10117 Berlin Mitte"]
    assert _place_regions(places) == ["DE", "AU"]
    assert _place_regions([]) == []


def test_vanity_number_printed_as_contact_phone() -> None:
    [contact] = contacts(f"# Headline here\n\n{BODY}\n\nMedia Contact:\nHelp Desk\n1-800-FLOWERS\n")
    assert [(p.raw, p.e164) for p in contact.phones] == [("1-800-FLOWERS", "+18003569377")]


def test_emails_deduplicated_and_domain_lower_cased() -> None:
    block = "Media Contact:\nKim Ode\nKim.Ode@Harbor.EXAMPLE\nkim.ode@harbor.example.\n612-823-4410"
    [contact] = contacts(f"# Headline here\n\n{BODY}\n\n{block}\n")
    assert contact.emails == ["Kim.Ode@harbor.example"]


# --- round 3: run-together exports, places, calls to action, closing cards ---------------------

GENERALISED = [
    pytest.param(
        f"# Study\n\n{BODY}\n\nMedia Contact:\nTo schedule an interview, contact Lars Eide at 612-555-0133 or "
        "lars.eide@uni.example\n",
        [("Lars Eide", ["lars.eide@uni.example"], ["612-555-0133"])],
        id="journalist-sentence-names-its-contact",
    ),
    pytest.param(
        f"# Deal\n\n{BODY}\n\nInvestor Relations Contacts:\n\n"
        "Mara QuistHollis Advisorymquist@hollisadvisory.example\n\n"
        "Peter J. BrandtKestrel Investor Relationspb@kestrel-ir.example\n",
        [("Mara Quist", ["mquist@hollisadvisory.example"], []), ("Peter J. Brandt", ["pb@kestrel-ir.example"], [])],
        id="name-agency-email-glued",
    ),
    pytest.param(
        f"# Deal\n\n{BODY}\n\nMedia Contacts:\n\nOda K. LindQuarry Partners, Inc.olind@quarrypartners.example\n",
        [("Oda K. Lind", ["olind@quarrypartners.example"], [])],
        id="legal-suffix-glued-to-email",
    ),
    pytest.param(
        f"# Deal\n\n{BODY}\n\nContact:\nVera Holm\nCFO, Nordhaven North America\n"
        "ir@nordhaven.example\n(415) 555-0190\n",
        [("Vera Holm", ["ir@nordhaven.example"], ["(415) 555-0190"])],
        id="company-with-continent-is-organisation",
    ),
    pytest.param(
        f"# Deal\n\n{BODY}\n\nContact Information:\nSamuel R Okafor\nokafor@ridgeline.example\n",
        [("Samuel R Okafor", ["okafor@ridgeline.example"], [])],
        id="middle-initial-without-stop",
    ),
    pytest.param(
        f"# Brief\n\n{BODY}\n\nCorporate Communications\n\nNewsHub (NewsHubNetwork)Denver, Colorado"
        "www.newshub.example303.555.0147 OfficeEditor@newshub.example\n",
        [(None, ["Editor@newshub.example"], ["303.555.0147"])],
        id="city-and-state-are-no-name",
    ),
    pytest.param(
        f"# Opening\n\n{BODY}\n\nContactLena Ortiz Brightline Marketing Email Us Here\n\n"
        "Austin, Texas\n\nUnited States\n\n"
        "512-555-0163\n\nVisit Our Website\n",
        [("Lena Ortiz", [], ["512-555-0163"])],
        id="wire-card-name-and-agency-on-one-line",
    ),
    pytest.param(
        f"# Anniversary\n\n{BODY}\n\nContact Our Denver Accident Lawyers Today  To learn more about the firm, please "
        "visit https://roelaw.example/ or call 303-555-0112.\n",
        [],
        id="call-to-action-under-contact-heading",
    ),
    pytest.param(
        f"# Profile\n\n{BODY} For more information about Ana Petrović's project, contact: Petrovicana@mail.example "
        "https://social.example/ana\n",
        [(None, ["Petrovicana@mail.example"], [])],
        id="for-more-information-about-contact",
    ),
    pytest.param(
        f"# Launch\n\n{BODY}\n\nContact Information:\n\nLumen Tools\n\n"
        "12 Mill Rd  Tempe, Arizona 85281United States\n\n"
        "Carl Voss 14805550123 https://lumen.example\n",
        [("Carl Voss", [], ["14805550123"])],
        id="unformatted-north-american-number",
    ),
    pytest.param(
        f"# Launch\n\n{BODY}\n\nContact Information:\n\nOakline Flooring Consultants\n\n"
        "9 Elm St  Macon, GA 31201United States"
        "\n\nRuth Baines https://oakline.example\n",
        [("Ruth Baines", [], [])],
        id="labelled-block-without-details-names-its-person",
    ),
    pytest.param(
        f"# Award\n\n{BODY}\n\nAbout Acme\n\nAcme is a network of professionals.\n\n"
        "news@acme.example\n\nAcme Newsroom\n",
        [("Acme Newsroom", ["news@acme.example"], [])],
        id="closing-card-email-then-desk",
    ),
    pytest.param(
        f"# Route\n\n{BODY}\n\nMedia Contact:Ines FaroPhone: +1-305-555-0171Email: ines.faro@skyline.example\n\n"
        f"About Skyline\n\n{BODY}\n\nTomas ReyHarbor Communications+1 786-555-0190email us here\n",
        [("Ines Faro", ["ines.faro@skyline.example"], ["+1-305-555-0171"]), ("Tomas Rey", [], ["+1 786-555-0190"])],
        id="closing-wire-card-beside-labelled-contact",
    ),
    pytest.param(
        f"# Results\n\n{BODY}\n\nMedia Contact: Jane Roe, jane@acme.example\n\n{BODY}\n\n"
        "North America Toll-Free: (800) 555-0177\nInternational Toll: +1 (646) 555-0199\n",
        [("Jane Roe", ["jane@acme.example"], [])],
        id="conference-dial-in-is-no-card",
    ),
    pytest.param(
        f"# Verdict\n\n{BODY}\n\nContact: Amy Roe, amy.roe@county.example\n\n{BODY}\n\n"
        "Ellis Moore Justice Building • 100 Main St. • Austin, Texas 78701-1234 • 512/555-0100\n",
        [("Amy Roe", ["amy.roe@county.example"], [])],
        id="address-footer-with-building-is-no-card",
    ),
]


@pytest.mark.parametrize("text, expected", GENERALISED)
def test_generalised_layouts(text: str, expected: list[tuple]) -> None:
    assert [summary(c) for c in contacts(text)] == expected


@pytest.mark.parametrize("marker", ["1. ", "12) ", "- ", "* ", "\u2022 ", "\u25aa ", "\u2013 ", "\u0661. "])
def test_list_markers_are_dropped_from_contact_lines(marker: str) -> None:
    # tokenise runs LIST_MARKER only on a line opening on a digit or a mark: every match opens so
    assert tokenise(f"  {marker}Press Office\n{marker}Jane Roe") == tokenise("Press Office\nJane Roe")


def test_glued_organisation_kept_as_organisation() -> None:
    [contact] = contacts(
        f"# Deal\n\n{BODY}\n\nMedia Contacts:\n\nMara QuistHollis Advisorymquist@hollisadvisory.example\n"
    )
    assert (contact.name, contact.organization) == ("Mara Quist", "Hollis Advisory")


# --- pre-screens: a cheap test that rules a pattern out must never rule out one of its matches ---

# (pattern, its cues, a text it matches, whether the cues are looked for in the lower-cased match)
CUED_PATTERNS = [
    pytest.param(PUBLIC_LABEL, PUBLIC_CUES, "For general public enquiries, call", True, id="public-enquiries"),
    pytest.param(PUBLIC_LABEL, PUBLIC_CUES, "FOR PATIENT INFORMATION: 555", True, id="public-information"),
    pytest.param(PUBLIC_LABEL, PUBLIC_CUES, "Customer Queries: 555", True, id="customer-queries"),
    pytest.param(PUBLIC_LABEL, PUBLIC_CUES, "For reader information, call", True, id="reader-information"),
    pytest.param(PUBLIC_LABEL, PUBLIC_CUES, "CONSUMER INQUIRIES: 555", True, id="consumer-inquiries"),
    pytest.param(PUBLIC_LABEL, PUBLIC_ASKERS, "For general public enquiries, call", True, id="asker-public"),
    pytest.param(PUBLIC_LABEL, PUBLIC_ASKERS, "FOR PATIENT INFORMATION: 555", True, id="asker-patient"),
    pytest.param(PUBLIC_LABEL, PUBLIC_ASKERS, "Customer Queries: 555", True, id="asker-customer"),
    pytest.param(PUBLIC_LABEL, PUBLIC_ASKERS, "For reader information, call", True, id="asker-reader"),
    pytest.param(PUBLIC_LABEL, PUBLIC_ASKERS, "CONSUMER INQUIRIES: 555", True, id="asker-consumer"),
    pytest.param(LINK_LABEL, LINK_CUES, "EMAIL US HERE", True, id="link-email-us"),
    pytest.param(LINK_LABEL, LINK_CUES, "Visit the Website", True, id="link-visit"),
    pytest.param(LINK_LABEL, LINK_CUES, "Click Here", True, id="link-click-here"),
    pytest.param(CTA_SENTENCE, CTA_CUES, "For more information, please go to", True, id="cta-go-to"),
    pytest.param(CTA_SENTENCE, CTA_CUES, "To find out more", True, id="cta-find-out-more"),
    pytest.param(CTA_SENTENCE, CTA_CUES, "To Order", True, id="cta-to-order"),
    pytest.param(URL, URL_CUES, "www.acme.example/news", False, id="url-www"),
    pytest.param(URL, URL_CUES, "https://acme.example", False, id="url-scheme"),
    pytest.param(INLINE_LABEL, INLINE_CUES, "PRESSEKONTAKT: Eva Roth", False, id="label-upper-case"),
    pytest.param(INLINE_LABEL, INLINE_CUES, "Investor Relations: Ann Lee", False, id="label-relations"),
    pytest.param(INLINE_LABEL, INLINE_LINE_CUES, "PRESSEKONTAKT: Eva Roth", False, id="line-label-upper-case"),
    pytest.param(INLINE_LABEL, INLINE_LINE_CUES, "Investor Relations: Ann Lee", False, id="line-label-relations"),
    pytest.param(INLINE_LABEL, INLINE_LINE_CUES, "Media Contacts - Ann Lee", False, id="line-label-contacts"),
    pytest.param(
        INLINE_LABEL, INLINE_LINE_CUES, "For further information, please contact Ann", False, id="line-label-further"
    ),
    pytest.param(
        INLINE_LABEL, INLINE_LINE_CUES, "for more information on the fair contact Ann", False, id="line-label-more"
    ),
    pytest.param(INLINE_LABEL, INLINE_LINE_CUES, "For press enquiries contact Ann", False, id="line-label-enquiries"),
    pytest.param(
        INLINE_LABEL, INLINE_LINE_CUES, "Interview requests, please contact Ann", False, id="line-label-interview"
    ),
    pytest.param(INLINE_LABEL, INLINE_LINE_CUES, "Analyst Queries: Ann", False, id="line-label-queries"),
    pytest.param(FIELD_LABEL, FIELD_CUES_ALL, "Mobile number: 0171 555", False, id="field-colon"),
    pytest.param(FIELD_LABEL, FIELD_CUES_ALL, "Tel. +49 30 555", False, id="field-tel-dot"),
    pytest.param(FIELD_LABEL, FIELD_CUES_ALL, "Ph.(02) 555", False, id="field-ph-dot"),
    pytest.param(FIELD_LABEL, FIELD_CUES_ALL, "RoeE-Mail:jane@acme.example", False, id="field-glued"),
    pytest.param(ADDRESS_LINE, ADDRESS_CUES, "Floor 12", False, id="address-floor"),
    pytest.param(ADDRESS_LINE, ADDRESS_CUES, "P.O. Box 40", False, id="address-box"),
    pytest.param(ADDRESS_LINE, ADDRESS_CUES, "Avenida Reforma", False, id="address-avenida"),
    pytest.param(DESK_NAME, DESK_CUES, "Corporate Communications", True, id="desk-communications"),
    pytest.param(DESK_NAME, DESK_CUES, "BUND-Pressestelle", True, id="desk-pressestelle"),
    pytest.param(DESK_NAME, DESK_CUES, "Gabinete de Prensa", True, id="desk-prensa"),
    pytest.param(DESK_END, DESK_END_CUES, "Minister Hall's Office", True, id="desk-end-office"),
    pytest.param(DESK_END, DESK_END_CUES, "Acme Newsroom", True, id="desk-end-newsroom"),
    pytest.param(VANITY_PHONE, VANITY_CUES, "Call 1-888-GOACME1 (462-2631)", False, id="vanity-888"),
    pytest.param(SUB_LABEL, (":",), "- Investors : Ann Lee", False, id="sub-label-colon"),
]


@pytest.mark.parametrize("pattern, cues, text, fold", CUED_PATTERNS)
def test_every_match_holds_a_cue(pattern: re.Pattern[str], cues: tuple[str, ...], text: str, fold: bool) -> None:
    match = pattern.search(text)
    assert match is not None
    assert holds_any(match.group().lower() if fold else match.group(), cues)


@pytest.mark.parametrize("fold_text", [False, True])
@pytest.mark.parametrize("pattern, cues, text, fold", [case for case in CUED_PATTERNS if case.values[3]])
def test_cue_text_keeps_every_cue(
    pattern: re.Pattern[str], cues: tuple[str, ...], text: str, fold: bool, fold_text: bool
) -> None:
    """A case-blind pattern is tried on non-ASCII text too, when the lowered text holds a cue."""
    for variant in (text, "\u00d6ffentlich: " + text, text.upper(), text.replace("k", "\u212a")):
        if fold_text:
            variant = variant.swapcase()
        if pattern.search(variant):
            assert _may_match(cue_text(variant), cues), variant


def test_cue_text_is_none_where_lowering_loses_a_letter() -> None:
    assert LINK_LABEL.search("CL\u0130CK HERE") and cue_text("CL\u0130CK HERE") is None
    assert LINK_LABEL.search("vi\u017fit us") and cue_text("vi\u017fit us") is None
    assert cue_text("Bureau \u00e0 Paris, CLICK HERE") == "bureau \u00e0 paris, click here"


def test_only_unlowered_letters_escape_lowering() -> None:
    """The ground `cue_text` stands on: every character a case-blind ASCII letter matches lowers to
    that letter, but for _UNLOWERED; every other character lowers to one character."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c in _UNLOWERED:
            continue
        assert len(c.lower()) == 1, hex(code)
        if letter.fullmatch(c):
            assert c.lower().isascii() and letter.fullmatch(c.lower()), hex(code)


@pytest.mark.parametrize(
    "text",
    ["Jane Roe AND", "Jane Roe via", "Jane Roe al\n", "Jane Roe\tor", "Jane Roe V\u0130A", "Tel. 030 1234 unter"],
)
def test_connector_suffix_ends_in_a_listed_word(text: str) -> None:
    assert CONNECTOR_SUFFIX.search(text) is not None
    assert _may_end_in_connector(text)


def test_connector_suffix_screen_rules_out_other_endings() -> None:
    for text in ("Jane Roe", "Jane Roe, Director", "Acme Stand", "", " "):
        assert CONNECTOR_SUFFIX.search(text) is None
    assert not _may_end_in_connector("Acme Stand")


@pytest.mark.parametrize("word", TITLE_SUFFIX_WORDS)
@pytest.mark.parametrize("form", ["{}", "Presse{}", "BUND-Verkehrs{}*in", "PRESSE{}", "{}."])
def test_every_title_suffix_match_ends_in_a_listed_tail(word: str, form: str) -> None:
    text = form.format(word).upper() if form.isupper() else form.format(word)
    stem = text.strip(".,")
    assert TITLE_SUFFIX.search(stem) is not None
    assert stem[-3:].lower() in TITLE_SUFFIX_TAILS
    assert _is_title_word(text)


def test_title_suffix_tail_screen_runs_the_pattern_on_non_ascii_tails() -> None:
    assert TITLE_SUFFIX.search("PRESSESPRECHER\u0130N") and _is_title_word("PRESSESPRECHER\u0130N")
    assert not _is_title_word("Lindgren") and not _is_title_word("Pressestelle")


@pytest.mark.parametrize(
    "text", ["jane(at)acme.de", "jane [at] acme [dot] org", "jane{@}acme.de", "jane ( AT ) acme (DOT) de"]
)
def test_every_obfuscation_holds_the_screen(text: str) -> None:
    found = 0
    for pattern in (EMAIL_AT, EMAIL_DOT):
        for match in pattern.finditer(text):
            assert OBFUSCATED.search(match.group())
            found += 1
    assert found


AT_LINES = [
    "x" * 200 + " Contact: jane.roe@acme.example and " + "a" * EMAIL_REACH + "@b.example, X: @acme",
    "q" * 80 + "b" * (EMAIL_REACH + 1) + "@c.example @@two",
    "E-mail: jens.hilgenberg@bund.net sowie BUND-Pressestelle: presse@bund.net",
    "@handle first, then mail: a@b.example",
]


@pytest.mark.parametrize("line", AT_LINES)
def test_email_and_handle_scans_start_at_the_first_at_sign(line: str) -> None:
    emails = [(m.start(), m.end(), "email", m.group()) for m in EMAIL.finditer(line)]
    handles = [(m.start(), m.end(), "handle", m.group()) for m in HANDLE.finditer(line)]
    spans = _candidate_spans(line)
    assert [s for s in spans if s[2] == "email"] == emails
    assert [s for s in spans if s[2] == "handle"] == handles
    assert emails or handles


@pytest.mark.parametrize(
    "text", ["", " ", "one", "one two ", " a b\tc\nd\u00a0e ", "w " * 20, "w " * 21, ("w\t" * 25).strip(), "x" * 50]
)
@pytest.mark.parametrize("limit", [0, 1, 6, 10, 20])
def test_words_within_is_a_word_count(text: str, limit: int) -> None:
    assert _words_within(text, limit) == (len(text.split()) <= limit)


def test_label_scan_start_of_a_short_text_is_its_start() -> None:
    short = "x" * (INLINE_LABEL_REACH - 10) + " Contact: Jane"
    assert _label_scan_start(short) == 0
    long = "x" * (INLINE_LABEL_REACH + 40) + " Contact: Jane"
    assert 0 < _label_scan_start(long) <= long.index("Contact")


@pytest.mark.parametrize(
    "line", ["E-mail: jane@acme.example", "Tel.: +44 20 7946 0321", "Web: www.acme.example", "Ph. (312) 555-0199"]
)
def test_every_field_label_is_followed_by_a_detail_cue(line: str) -> None:
    match = FIELD_LABEL.search(line)
    assert match is not None
    assert DIGIT.search(line[match.end() :]) or holds_any(line[match.end() :], FIELD_DETAIL_CUES)


@pytest.mark.parametrize("text", ["Jane Roe, Director", "A | B", "Eva (Berlin)", "Tel: 1", "Roth - Acme", "x / y"])
def test_every_fragment_separator_holds_a_separator_character(text: str) -> None:
    match = FRAGMENT_SPLIT.search(text)
    assert match is not None and FRAGMENT_SEPARATOR.search(match.group())


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("For further information regarding " + "x" * 80 + ", please contact: ", id="longest-lead"),
        pytest.param("INVESTOR Pressekontakt: ", id="word-before-label"),
        pytest.param("Interview requests, please contact ", id="interview-requests"),
    ],
)
def test_inline_label_holds_a_cue_within_its_reach(label: str) -> None:
    match = INLINE_LABEL.match(label)
    assert match is not None
    first_cue = min(i for i in (match.group().find(cue) for cue in INLINE_CUES) if i >= 0)
    assert first_cue <= INLINE_LABEL_REACH


def test_inline_label_late_in_a_long_block_is_read() -> None:
    text = (
        "# Plant opens\n\n" + " ".join([BODY] * 8) + " Media Contact: Jane Roe, 612-555-0133, jane.roe@acme.example\n"
    )
    assert [summary(c) for c in contacts(text)] == [("Jane Roe", ["jane.roe@acme.example"], ["612-555-0133"])]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, Director",
        "Jane RoeAcme Advisory",
        "Jane Roe Acme Marketing LLC",
        "Eva Roth | Max Kurz",
        "Head of Investor Relations",
        "Acme Tower, Main Street",
        "Minister Hart's office: James Parrish",
        "Dr. Anna von Berg",
    ],
)
def test_fragment_person_flag_is_is_person_when_given(text: str) -> None:
    """The reader trusts the flag instead of testing the piece again."""
    for piece, _, _, person in split_fragments(text):
        assert person is None or person == is_person(piece)


def _sample_texts() -> list[str]:
    texts = FIRST_CHARACTER_SAMPLES + [case.values[0] for case in LAYOUTS + GENERALISED + HTML_LAYOUTS]
    return texts + ["Pressesprecher*in Markus Ulrich", "Head of Media Jane Roe, Acme", "Dr. Anna von Berg"]


def test_names_a_person_holds_wherever_classify_reads_a_person() -> None:
    """`_may_keep` asks `names_a_person` of the fragments of a text without details, not `classify`."""
    fragments = [
        (piece, person)
        for text in _sample_texts()
        for token in tokenise(text)
        if token.kind == "text"
        for piece, _, _, person in split_fragments(token.text)
    ]
    read = [piece for piece, person in fragments if classify(piece, person)[0] == "person"]
    assert len(read) > 30
    assert [piece for piece in read if not names_a_person(piece)] == []
    assert [piece for piece in read if len(piece.split()) < 2] == []  # a text of one word is never read


def test_contact_text_without_details_or_person_is_not_read() -> None:
    """A stream `_may_keep` refuses gives no entry that is kept: no email, no phone, no labelled person."""
    texts = _sample_texts() + [
        f"# Fahndung\n\n{BODY}\n\nPressekontakt\n\nKooperationen\n\nImpressum\n\nKontakt aufnehmen\n\n"
        "Erklärung zur Barrierefreiheit\n\n© Bundeskriminalamt 2022\n"
    ]
    refused = 0
    for text in texts:
        doc = build_document(text)
        for tokens, inline in _windows(doc, _openers(doc.blocks)):
            if not _may_keep(tokens):
                refused += 1
                assert not [e for e in _read(tokens, inline=inline) if e.has_details or (e.person and e.from_label)]
    assert refused >= 1
    assert extract_contacts(build_document(texts[-1]), dateline=None) == []


FIRST_CHARACTER_SAMPLES = [
    "Kontakt: Lena Albrecht, NABE-Verkehrsexpertin, Tel.: 030-27481-352, Mobil: 0151-48213907",
    "GilmartinE-Mail: jg@acme.example, Fax: +1 (212) 555-0100, Mob. 0170 1234567, Ph. (02) 6213 4471",
    "National toll-free (888) 436-0199 | Toll-free: 1-800-555-0100 | Telefono: +34 91 123 45 67",
    "Website: www.acme.example; X: @acme; LinkedIn: https://x.example; Durchwahl: 030 1234-5",
    "June 11, 2021 Contact: Jane Roe; MEDIA CONTACTS: Max Kurz; For further information, please contact Eva",
    "for more information regarding the plant, please contact: Jo Li; Interview requests, contact Ann",
    "Investor Relations: Ann Lee; media inquiries: Bo Ek; Analyst Queries: x; Contacto de prensa: Ana",
    "Call +44 (0) 20 7946 0321 or (+32) 2 28 41857, 030/123 456-78, 0221 123-45/-46 and 14805550123",
    "Dial 1-800-FLOWERS, +1 888-GOACME1 (462-2631), 1.855.ACMEHLP, x800-ACMEONE, 866-ACE-1234 or 800-4AC-ME12",
]


@pytest.mark.parametrize(
    "pattern, least", [(INLINE_LABEL, 20), (FIELD_LABEL, 20), (PHONE_CANDIDATE, 20), (VANITY_PHONE, 5)]
)
def test_first_character_lookahead_changes_no_match(pattern: re.Pattern[str], least: int) -> None:
    """The look-ahead a pattern opens with names every character one of its matches can start with."""
    lookahead = re.match(r"\(\?=\[[^\]]+\]\)", pattern.pattern)
    assert lookahead is not None
    bare = re.compile(pattern.pattern[lookahead.end() :], pattern.flags)
    texts = FIRST_CHARACTER_SAMPLES + [case.values[0] for case in LAYOUTS + GENERALISED + HTML_LAYOUTS]
    found = 0
    for text in texts:
        spans = [m.span() for m in bare.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == spans, text
        found += len(spans)
    assert found >= least  # the texts exercise the pattern


LINE_LABEL_SAMPLES = [
    "Media Contact: Jane Roe",
    "MEDIA CONTACTS",
    "- Press inquiries: Bo Ek",
    "Investor Relations",
    "Contacts:",
    "Contact Information:",
    "For further information, please contact Jo Li",
    "For media inquiries in Europe:",
    "Sales inquiries",
    "Pressekontakt",
    "Kontakt für Medien: Eva Roth",
    "Ansprechpartnerin",
    "Contacto de prensa",
    "Relación con medios",
    "Contacts presse",
    "Relations médias",
    "\u2022 Public Relations",
    "ContactJane Roe",
    "Journalist contacts",
    "Company and media contacts",
    "Agency contact - Ann Lee",
    "PR contacts:",
    "Analyst relations",
    "News queries",
    "General enquiries",
    "Business inquiries",
    "KONTAKTDATEN",
    "The company said",
    "We announced",
    "October 3, 2017",
    "\u201cQuote\u201d",
    "Contacted by phone",
    "contact",
    "\u212aontakt",
    "\u017fales inquiries",
    "\u0130nvestor relations",
    "(( Press contact",
]


def test_line_label_lookahead_changes_no_match() -> None:
    """LINE_LABEL's look-ahead names every letter one of its labels can open with, case-blind."""
    lookahead = "(?=[abcfgijkmnprs])"
    assert lookahead in LINE_LABEL.pattern
    bare = re.compile(LINE_LABEL.pattern.replace(lookahead, "", 1), LINE_LABEL.flags)
    found = 0
    for text in LINE_LABEL_SAMPLES:
        expected, got = bare.match(text), LINE_LABEL.match(text)
        assert (got and got.span()) == (expected and expected.span()), text
        found += expected is not None
    assert found > 25


@pytest.mark.parametrize(
    "words",
    [["Acme", "North", "America"], ["EMEA", "Press"], ["Asia-Pacific", "Desk"], ["Middle", "East", "Office"],
     ["Jane", "Roe"], ["Jane", "North"], ["Jane", "East"], ["Latin", "Jane", "America"], ["Europe."]],
)  # fmt: skip
def test_names_region_as_without_the_word_screen(words: list[str]) -> None:
    low = [w.casefold().strip(".,") for w in words]
    pairs = [" ".join(pair) for pair in zip(low, low[1:], strict=False)]
    assert _names_region(words) == (not CONTINENTS.isdisjoint(low) or not CONTINENTS.isdisjoint(pairs))


@pytest.mark.parametrize(
    "text",
    [
        "@acme",
        "X: @acme and @@beta",
        "jane@acme.example",
        "a @@@b",
        "@@",
        "(@x_1)",
        "mail@@x",
        "\u00e9@y",
        "@ z",
        "x\n@y",
    ],
)
def test_handle_opens_on_its_at_sign(text: str) -> None:
    """HANDLE finds what "(?<![\\w@])@{1,2}[A-Za-z_]\\w{0,30}" finds, from any start."""
    plain = re.compile(r"(?<![\w@])@{1,2}[A-Za-z_]\w{0,30}")
    for start in range(len(text)):
        assert [m.span() for m in HANDLE.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


def test_contact_rules_compile_nothing_at_import() -> None:
    """Every pattern of rules/contacts.py is compiled on first use (lazy_compile): compiling them all at
    import was ~8 ms of every command-line start. The regex audit reaches each through its `compiled`."""
    from prparse.rules import contacts as rules

    values = list(vars(rules).values()) + [pattern for pattern, _ in rules.INLINE_CUE_GROUPS]
    lazy = [v for v in values if hasattr(v, "pattern") and hasattr(v, "search")]
    assert len(lazy) >= 50  # DIGIT, compiled at import, is rules.patterns'
    assert not [v for v in lazy if isinstance(v, re.Pattern)]
    assert all(isinstance(v.compiled, re.Pattern) for v in lazy)


def test_inline_cue_groups_find_every_label() -> None:
    """The page-wide cue patterns hold the cues between them, and one finds every in-line label."""
    assert sorted(cue for _, group in INLINE_CUE_GROUPS for cue in group) == sorted(INLINE_CUES)
    texts = FIRST_CHARACTER_SAMPLES + [case.values[0] for case in LAYOUTS + GENERALISED + HTML_LAYOUTS]
    labels = [m.group() for text in texts for m in INLINE_LABEL.finditer(text)]
    labels += ["PRESSEKONTAKT: ", "Analyst Enquiries: ", "Press Queries:", "Investment Relations: ", "KONTAKT "]
    assert len(labels) > 20
    for label in labels:
        groups = [group for pattern, group in INLINE_CUE_GROUPS if pattern.search(label)]
        assert groups and any(holds_any(label, group) for group in groups), label
        assert holds_any(label, INLINE_LINE_CUES), label  # the sharper cues of a contact line


def test_every_field_label_holds_a_field_cue() -> None:
    texts = FIRST_CHARACTER_SAMPLES + [case.values[0] for case in LAYOUTS + GENERALISED + HTML_LAYOUTS]
    labels = [m.group() for text in texts for m in FIELD_LABEL.finditer(text)]
    assert len(labels) > 20
    assert [label for label in labels if not holds_any(label, FIELD_CUES_ALL)] == []
