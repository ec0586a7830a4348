"""Calls to action: which sentences ask the reader (or a named party) to act, of what kind, pointing where."""

from __future__ import annotations

import pytest

from prparse.document import Link, Zone
from prparse.extractors.calls_to_action import extract_calls_to_action, find_target, quote_spans, split_sentences
from prparse.pipeline import build_document

HEADLINE = "Northwind Robotics Opens Research Campus in Leeds"
DATELINE = "LEEDS, England, March 3, 2025 /PRNewswire/ -- "
LEAD = (
    "Northwind Robotics today opened a research campus in Leeds that will employ two hundred engineers "
    "working on warehouse automation, battery safety and the software that ties them together."
)


def release(*paragraphs: str) -> str:
    """A small wire release: headline, a dateline lead paragraph, then `paragraphs`."""
    return "\n\n".join([HEADLINE, DATELINE + LEAD, *paragraphs])


def calls(text: str, **kwargs: str) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.kind, c.target) for c in extract_calls_to_action(build_document(text, **kwargs))]


# --- every kind ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "kind", "target"),
    [
        pytest.param(
            "For more information, visit www.northwind-robotics.com.",
            "visit",
            "www.northwind-robotics.com",
            id="visit-for-more-information",
        ),
        pytest.param("Visit www.northwind-robotics.com.", "visit", "www.northwind-robotics.com", id="visit-two-words"),
        pytest.param(
            "Learn more at https://northwind.example.org/campus.",
            "visit",
            "https://northwind.example.org/campus",
            id="visit-learn-more",
        ),
        pytest.param(
            "Registration is open at https://events.example.com/open-day until April 1.",
            "register",
            "https://events.example.com/open-day",
            id="register-registration-open",
        ),
        pytest.param(
            "Local families are invited to attend the open day on Saturday.",
            "register",
            None,
            id="register-invited-to-attend",
        ),
        pytest.param(
            "The full safety report is available at www.northwind.example.org/report.",
            "download",
            "www.northwind.example.org/report",
            id="download-available-at",
        ),
        pytest.param(
            "Journalists wishing to interview Dr. Ada Lee should contact Sam Hart at sam.hart@northwind.example.com.",
            "contact",
            "sam.hart@northwind.example.com",
            id="contact-journalists-should-contact",
        ),
        pytest.param(
            "For public inquiries: 1-800-555-0199", "contact", "1-800-555-0199", id="contact-public-inquiries-line"
        ),
        pytest.param("Follow Northwind news on X @NorthwindBots", "subscribe", None, id="subscribe-follow-handle"),
        pytest.param(
            "Sign up for our newsletter at www.northwind-robotics.com/news.",
            "subscribe",
            "www.northwind-robotics.com/news",
            id="subscribe-newsletter",
        ),
        pytest.param(
            "Donate today at www.relief.example.org/give to support families in need.",
            "donate",
            "www.relief.example.org/give",
            id="donate-today",
        ),
        pytest.param(
            "Tickets are on sale now at www.festival.example.com.",
            "buy",
            "www.festival.example.com",
            id="buy-tickets-on-sale",
        ),
        pytest.param(
            "Order online at shop.northwind.com or call 1-800-555-0100.",
            "buy",
            "shop.northwind.com",
            id="buy-order-online",
        ),
        pytest.param(
            "Amnesty International is calling on the government to release all prisoners of conscience immediately.",
            "demand",
            None,
            id="demand-calling-on",
        ),
        pytest.param("We urge Congress to pass the bill without delay.", "demand", None, id="demand-we-urge"),
        pytest.param(
            "The government must end the practice of arbitrary detention now.",
            "demand",
            None,
            id="demand-government-must",
        ),
        pytest.param(
            "Owners should stop using the charger at once and contact their dealer for a free replacement.",
            "contact",
            None,
            id="contact-should-stop-and-contact",
        ),
        pytest.param(
            "The webcast will be available at www.northwind.example.com/investors.",
            "download",
            "www.northwind.example.com/investors",
            id="download-will-be-available",
        ),
        pytest.param(
            "Customers can find a stockist or order online at shop.northwind.com.",
            "buy",
            "shop.northwind.com",
            id="buy-topic-beats-first-verb",
        ),
        pytest.param(
            "Residents can book a session at www.library.example.org/help.",
            "register",
            "www.library.example.org/help",
            id="register-book-a-session",
        ),
        pytest.param(
            "Teens can sign the online pledge at www.kind.example.org.",
            "other",
            "www.kind.example.org",
            id="other-can-sign-at-address",
        ),
        pytest.param(
            "For more information, log onto www.northwind-robotics.com.",
            "visit",
            "www.northwind-robotics.com",
            id="visit-log-onto",
        ),
        pytest.param(
            "For more information about the Leeds campus click here: www.northwind-robotics.com/leeds",
            "visit",
            "www.northwind-robotics.com/leeds",
            id="visit-more-information-about-topic-without-comma",
        ),
        pytest.param(
            "To receive SMS alerts on battery safety, text “SAFE” to 555-010-0142 (mobile phones only)",
            "subscribe",
            "555-010-0142",
            id="subscribe-text-keyword-to-number",
        ),
        pytest.param(
            "Public Inquiries: 1-800-555-0199",
            "contact",
            "1-800-555-0199",
            id="contact-public-inquiries-label-without-for",
        ),
        pytest.param(
            "Local schools are encouraged to visit the campus during the spring open weeks.",
            "visit",
            None,
            id="visit-encouraged-to-any-verb",
        ),
        pytest.param(
            "The company invites you to tour the new robotics hall this summer.",
            "register",
            None,
            id="register-invites-you-to",
        ),
        pytest.param(
            "Northwind invites engineering students to join a free robotics webinar focused on safety careers.",
            "register",
            None,
            id="register-invites-to-join-a-webinar",
        ),
        pytest.param(
            "Customers can order spare parts through the Northwind mobile app.",
            "buy",
            None,
            id="buy-can-order-through-the-app",
        ),
        pytest.param(
            "Join Northwind Robotics on LinkedIn at linkedin.com/company/northwind.",
            "other",
            "linkedin.com/company/northwind",
            id="other-join-a-name-at-an-address",
        ),
        pytest.param(
            "Don’t miss the chance to see the robots at work during the open day.",
            "other",
            None,
            id="other-dont-miss",
        ),
        pytest.param(
            "Readers with questions about the recall can contact the customer service team directly.",
            "contact",
            None,
            id="contact-can-contact-the-team",
        ),
        pytest.param(
            "Taking part is easy—just opt in through the Northwind app and log each shift.",
            "other",
            None,
            id="other-dash-just-opt-in",
        ),
        pytest.param(
            "The terms of use that apply to every Northwind post are at: https://northwind.example.org/terms",
            "visit",
            "https://northwind.example.org/terms",
            id="visit-terms-are-at-address",
        ),
    ],
)
def test_kind_and_target(paragraph: str, kind: str, target: str | None) -> None:
    assert calls(release(paragraph)) == [(paragraph, kind, target)]


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        pytest.param(
            "Der Verband fordert die Bundesregierung auf, das Gesetz sofort zu stoppen.", "demand", id="de-fordert-auf"
        ),
        pytest.param(
            "Vor dem Gipfel ruft der Verband alle Staaten zu mehr Klimaschutz auf.", "demand", id="de-ruft-auf"
        ),
        pytest.param(
            "Die Bundesregierung muss jetzt handeln und die Menschen sicher aufnehmen.", "demand", id="de-muss"
        ),
        pytest.param(
            "Mit Ihrer Spende unterstützen Sie unsere Arbeit in den Krisengebieten.", "donate", id="de-spende"
        ),
        pytest.param(
            "Weitere Informationen finden Sie unter www.verband.example.de.", "visit", id="de-weitere-informationen"
        ),
        pytest.param(
            "Der Verband hat eine Petition gestartet, in der die Regierung aufgefordert wird, das Verbot umzusetzen.",
            "demand",
            id="de-petition-aufgefordert",
        ),
        pytest.param(
            "Der Bericht ist ab dem 4. Mai auf der Website des Verbands abrufbar.", "visit", id="de-abrufbar-after-date"
        ),
        pytest.param("Unterzeichne die Petition auf www.verband.example.de.", "other", id="de-du-imperative"),
        pytest.param(
            "Vereine können bis zum 30. April unter www.verband.example.de/foerderung einen Zuschuss beantragen.",
            "register",
            id="de-koennen-unter-beantragen",
        ),
        pytest.param(
            "Las familias pueden inscribir a sus hijos en www.fundacion.example.es/verano.",
            "register",
            id="es-pueden-inscribir",
        ),
        pytest.param("La organización exige al gobierno que libere a los detenidos.", "demand", id="es-exige"),
        pytest.param("Para más información, visite www.fundacion.example.es.", "visit", id="es-visite"),
    ],
)
def test_german_and_spanish(paragraph: str, kind: str) -> None:
    found = calls(release(paragraph))
    assert [(text, got_kind) for text, got_kind, _ in found] == [(paragraph, kind)]


# --- what is not a call to action ----------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            ["The minister visited the campus on Monday and called the project a milestone."], id="narrative-visited"
        ),
        pytest.param(
            ['"The government must act now on battery safety," said Ada Lee, director of research.'],
            id="demand-inside-quote",
        ),
        pytest.param(
            ["\u201eDie Regierung muss jetzt handeln\u201c, sagte die Sprecherin des Verbands."],
            id="demand-inside-german-quote",
        ),
        pytest.param(
            ["Opposition leaders said the government must resign over the delays."], id="demand-by-third-party"
        ),
        pytest.param(["See the table below for the full list of partners."], id="pointer-into-document"),
        pytest.param(
            ["Eine Analyse zeigt, dass 400 Brücken pro Jahr erneuert werden müssen."], id="de-muss-in-dass-clause"
        ),
        pytest.param(["Subscribe for our latest news, projects and insights"], id="widget-label-without-full-stop"),
        pytest.param(["Donate now!"], id="standalone-button"),
        pytest.param(
            ["Grants of up to 20,000 euros will be available, and groups may apply in spring."], id="bare-availability"
        ),
        pytest.param(["Follow us on:"], id="social-heading"),
        pytest.param(["In case of abuse, click here to report this comment."], id="site-comment-furniture"),
        pytest.param(
            ["Media Contact:\nSam Hart\nsam.hart@northwind.example.com\n+44 113 496 0000"], id="contact-block"
        ),
        pytest.param(
            [
                "Forward-Looking Statements",
                "This release contains forward-looking statements. "
                "Investors should contact their adviser and visit www.sec.gov.",
            ],
            id="legal-section",
        ),
        pytest.param(["###", "Visit www.wire.example.com for more releases from this company."], id="after-end-mark"),
        pytest.param(["And get there they did, two years ahead of plan."], id="get-there-is-no-object"),
        pytest.param(["Warehouse operators demand the speed that only automation can give."], id="market-demand"),
        pytest.param(["Shift leaders can call other depots when a robot fails."], id="can-call-is-an-ability"),
        pytest.param(["Warehouse Tours – Visit the robot halls and meet the engineers."], id="dash-list-entry"),
        pytest.param(["Just like our robots, our teams work around the clock."], id="just-like-is-no-imperative"),
        pytest.param(
            ["They are encouraged to explore new ideas and to fail early in the lab."],
            id="pronoun-encouraged-narrative",
        ),
    ],
)
def test_not_a_call_to_action(paragraphs: list[str]) -> None:
    assert calls(release(*paragraphs)) == []


def test_headline_that_demands_is_not_repeated() -> None:
    text = "Stop Arms Sales to Aggressors Now\n\n" + DATELINE + LEAD
    assert calls(text) == []


def test_short_deck_that_demands_is_not_repeated() -> None:
    deck = "The alliance calls on the government to halt export licences."
    text = "\n\n".join([HEADLINE, deck, DATELINE + LEAD])
    assert calls(text) == []


def test_navigation_links_are_skipped() -> None:
    text = release(
        "[Subscribe](https://northwind.example.com/subscribe)",
        "[Donate to our fund](https://northwind.example.com/give)",
    )
    assert calls(text) == []


# --- zones and sentences -------------------------------------------------------------------------


def test_about_section_closing_line() -> None:
    about = (
        "About Northwind Robotics\n\n"
        "Northwind Robotics builds warehouse robots. For more information, visit www.northwind-robotics.com."
    )
    assert calls(release(about)) == [
        ("For more information, visit www.northwind-robotics.com.", "visit", "www.northwind-robotics.com")
    ]


def test_one_item_per_sentence_of_a_paragraph() -> None:
    paragraph = (
        "The campus opens to visitors in May. "
        "Tours are free, but registration is required at www.northwind.example.com/tours. "
        "For group bookings, please email tours@northwind.example.com."
    )
    assert calls(release(paragraph)) == [
        (
            "Tours are free, but registration is required at www.northwind.example.com/tours.",
            "register",
            "www.northwind.example.com/tours",
        ),
        # What the sentence is about settles the kind before its verb: bookings are bought.
        ("For group bookings, please email tours@northwind.example.com.", "buy", "tours@northwind.example.com"),
    ]


def test_sentence_broken_over_two_paragraphs_is_one_item() -> None:
    text = release(
        "The coalition is calling on the city council to",
        "fund the shelter through the winter and to publish its budget.",
    )
    assert calls(text) == [
        (
            "The coalition is calling on the city council to fund the shelter through the winter "
            "and to publish its budget.",
            "demand",
            None,
        )
    ]


def test_contact_section_sentence_and_public_line() -> None:
    contact = (
        "Media Contact:\n"
        "For further information, please contact Sam Hart at (0113) 496 0000.\n"
        "For Public Inquiries: 1-800-555-0199"
    )
    found = calls(release(contact))
    assert [kind for _, kind, _ in found] == ["contact", "contact"]
    assert found[1] == ("For Public Inquiries: 1-800-555-0199", "contact", "1-800-555-0199")


def test_html_link_gives_target() -> None:
    html = (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{DATELINE}{LEAD}</p>"
        '<p>The full report can be read <a href="https://northwind.example.com/report.pdf">here</a>.</p>'
        "</article></body></html>"
    )
    assert calls(html, format="html") == [
        ("The full report can be read here.", "visit", "https://northwind.example.com/report.pdf")
    ]


def test_sentence_repeated_under_a_label_is_reported_once() -> None:
    line = "The latest news and updates on Northwind are available in its newsroom at https://nw.example.org/news"
    found = calls(release(line, "NOTE TO INVESTORS: " + line))
    assert [text for text, _, _ in found] == [line]


def test_same_sentence_twice_is_reported_once() -> None:
    line = "For more information, visit www.northwind-robotics.com."
    assert len(calls(release(line, line))) == 1


def test_text_without_punctuation_gives_a_window_around_the_cue() -> None:
    words = " ".join(["the delegation met local officials"] * 12)
    text = release(
        f"{words} today the senators called on the President to declare a federal disaster in the county {words}"
    )
    [(text_found, kind, _)] = calls(text)
    assert kind == "demand"
    assert "called on the President to declare a federal disaster" in text_found
    assert len(text_found.split()) <= 50


# --- building blocks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param(
            "Dr. Ada Lee met Mr. Sam Hart on Jan. 5. They toured the site.",
            ["Dr. Ada Lee met Mr. Sam Hart on Jan. 5.", "They toured the site."],
            id="titles-and-months",
        ),
        pytest.param(
            "Northwind Inc. CEO Ada Lee spoke. The team cheered.",
            ["Northwind Inc. CEO Ada Lee spoke.", "The team cheered."],
            id="company-suffix-before-title",
        ),
        pytest.param(
            "It sells robots in the U.S. The team is growing.",
            ["It sells robots in the U.S.", "The team is growing."],
            id="acronym-at-sentence-end",
        ),
        pytest.param(
            "Visit www.northwind.com. Then write to info@northwind.com. Thanks.",
            ["Visit www.northwind.com.", "Then write to info@northwind.com.", "Thanks."],
            id="urls-and-emails",
        ),
        pytest.param(
            "Held in Bloomington, Minn. The event is free.",
            ["Held in Bloomington, Minn.", "The event is free."],
            id="state-abbreviation-ends",
        ),
        pytest.param("Talks by A. B. Smith follow.", ["Talks by A. B. Smith follow."], id="initials"),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[start:end].strip() for start, end in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("until", "sentences"),
    [
        pytest.param(0, ["Dr. Ada Lee spoke."], id="first-sentence-only"),
        pytest.param(20, ["Dr. Ada Lee spoke.", "The team cheered."], id="offset-in-second"),
        pytest.param(60, ["Dr. Ada Lee spoke.", "The team cheered.", "Visit www.northwind.com."], id="to-the-end"),
    ],
)
def test_split_sentences_stops_at_the_sentence_holding_until(until: int, sentences: list[str]) -> None:
    text = "Dr. Ada Lee spoke. The team cheered. Visit www.northwind.com."
    spans = split_sentences(text, until)
    assert [text[start:end].strip() for start, end in spans] == sentences
    assert spans == split_sentences(text)[: len(spans)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param('He said "act now" today.', ['"act now"'], id="straight"),
        pytest.param(
            "Sie sagte \u201eJetzt handeln\u201c und ging.", ["\u201eJetzt handeln\u201c"], id="german-low-high"
        ),
        pytest.param("Elle a dit \u00abagir\u00bb hier.", ["\u00abagir\u00bb"], id="guillemets"),
        pytest.param(
            "He said \u2018we won\u2019 and the team\u2019s fans cheered.",
            ["\u2018we won\u2019"],
            id="single-curly-not-apostrophe",
        ),
        pytest.param('"One. "Two. "Three."', ['"One. "Two. "Three."'], id="paragraph-reopened-quote"),
        pytest.param("\u201cNever closed", ["\u201cNever closed"], id="unclosed-runs-to-end"),
    ],
)
def test_quote_spans(text: str, quoted: list[str]) -> None:
    assert [text[start:end] for start, end in quote_spans(text)] == quoted


@pytest.mark.parametrize(
    ("sentence", "links", "target"),
    [
        pytest.param(
            "Learn more at Northwind.org/help or call 555-010-0199.", (), "Northwind.org/help", id="bare-domain-first"
        ),
        pytest.param("Call (305) 436-0535 today.", (), "(305) 436-0535", id="phone-with-area-code"),
        pytest.param("Call 1-800-ACE-HLP1 for help.", (), "1-800-ACE-HLP1", id="vanity-phone"),
        pytest.param(
            "Read the report here.",
            (Link("here", "https://northwind.example.com/r"),),
            "https://northwind.example.com/r",
            id="link-in-sentence",
        ),
        pytest.param(
            "Email the press office.",
            (Link("the press office", "mailto:press@northwind.com?subject=Hi"),),
            "press@northwind.com",
            id="mailto-link",
        ),
        pytest.param(
            "Learn more at www.northwind.com.",
            (Link("www.northwind.com", "https://safelinks.example.net/?u=x"),),
            "www.northwind.com",
            id="printed-wins-tie",
        ),
        pytest.param("Read more about it.", (Link("more", "#"),), None, id="dead-link"),
        pytest.param("The campus opened on 2025-03-03 with 200 staff.", (), None, id="date-is-not-a-phone"),
        pytest.param("Nothing to see.", (), None, id="none"),
    ],
)
def test_find_target(sentence: str, links: tuple[Link, ...], target: str | None) -> None:
    assert find_target(sentence, links) == target


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("for more information, please visit www.acme.com or call 555-0100.", id="lead-in-and-verbs"),
        pytest.param("we urge_all to sign up; e-mail us (or don't) at info@acme.com", id="underscore-and-punctuation"),
        pytest.param("tickets are available here: registration is open", id="gates-in-a-row"),
    ],
)
def test_ascii_gate_scan_finds_what_the_unicode_one_finds(text: str) -> None:
    from prparse.extractors import calls_to_action as cta

    def scan(pattern: object) -> list[tuple[int, str]]:
        return [(m.start(), m.group()) for m in pattern.finditer(text)]  # type: ignore[attr-defined]

    assert scan(cta._GATE_WORDS_ASCII) == scan(cta._GATE_WORDS) != []


def _tells_case_apart(tree: object) -> bool:
    """Whether a parsed pattern tells case apart (an upper-case letter, a scoped case flag, a back-reference)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    for op, av in tree:  # type: ignore[attr-defined]
        if op in (sre.LITERAL, sre.NOT_LITERAL) and chr(av).isupper():
            return True
        if op is sre.RANGE and av[0] <= ord("Z") and av[1] >= ord("A"):
            return True
        if op is sre.SUBPATTERN and (av[1] | av[2]) & 2:  # re.IGNORECASE set or cleared inside
            return True
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if any(_tells_case_apart(child) for child in _subtrees(op, av)):
            return True
    return False


def _subtrees(op: object, av: object) -> list[object]:
    from re import _constants as sre  # type: ignore[attr-defined]

    if op in (sre.IN, sre.ATOMIC_GROUP):
        return [av]
    if op is sre.BRANCH:
        return list(av[1])  # type: ignore[index]
    if op in (sre.SUBPATTERN, sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT, sre.ASSERT, sre.ASSERT_NOT):
        return [av[-1]]  # type: ignore[index]
    return []


def test_lower_twins_are_the_rules_for_lower_cased_text() -> None:
    import re
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from prparse.rules import cta as rules

    for twins in (rules.CTA_RULES_LOWER, rules.CTA_RULES_LOWER_UNICODE):
        assert [twin.id for twin in twins] == [rule.id for rule in rules.CTA_RULES]
    booleans = (
        rules.NEVER_A_CALL_READINGS,
        rules.REPORTED_SPEECH_READINGS,
        rules.SELF_POINTER_READINGS,
        rules.CHANNEL_READINGS,
        *(topic for _kind, topic in rules.TOPIC_KINDS_READINGS),
    )
    pairs = [(printed, unicode_twin, ascii_twin, False) for printed, unicode_twin, ascii_twin, _ in booleans]
    for rule, unicode_twin, ascii_twin in zip(
        rules.CTA_RULES, rules.CTA_RULES_LOWER_UNICODE, rules.CTA_RULES_LOWER, strict=True
    ):
        pairs += [
            (rule.pattern, unicode_twin.pattern, ascii_twin.pattern, rule.cased),
            (rule.before, unicode_twin.before, ascii_twin.before, rule.cased),
            (rule.undashed, unicode_twin.undashed, ascii_twin.undashed, rule.cased),
        ]
    for pattern, unicode_twin_pattern, ascii_twin_pattern, cased in pairs:
        if pattern is None:
            continue
        assert ascii_twin_pattern.pattern == unicode_twin_pattern.pattern == pattern.pattern
        assert pattern.flags & re.IGNORECASE
        # Letters whose case folds to an ASCII letter would match differently in ASCII mode.
        assert not set("ſKıİ") & set(pattern.pattern) and "\\u" not in pattern.pattern
        # A `cased` rule reads the text as printed, by its case-blind ASCII twin; any other, the lower-cased text.
        assert _tells_case_apart(sre_parse.parse(pattern.pattern, pattern.flags)) == cased
        twin_flags = (re.IGNORECASE if cased else 0) | re.ASCII
        assert ascii_twin_pattern.flags == (pattern.flags & ~(re.UNICODE | re.IGNORECASE)) | twin_flags
        # Not ASCII, a `cased` rule reads the text as printed, as it is.
        assert unicode_twin_pattern.flags == (pattern.flags if cased else pattern.flags & ~re.IGNORECASE)


def test_folds_apart_are_the_letters_lowering_does_not_match() -> None:
    """Every letter a case-blind pattern matches, lowered to one character, equals the pattern's
    (lower-case) letter, bar those of UNLOWERED ("İ" lowers to two: calls_to_action._reading's length test)."""
    import re
    import sys

    from prparse.normalise import UNLOWERED
    from prparse.rules import cta as rules

    patterns = [rules.NEVER_A_CALL, rules.REPORTED_SPEECH, rules.SELF_POINTER, rules.CHANNEL]
    patterns += [p for rule in rules.CTA_RULES if not rule.cased for p in (rule.pattern, rule.before) if p]
    # Letters of the patterns, bar group names ("(?P<verb>").
    letters = {c for p in patterns for c in re.sub(r"\(\?P<\w+>", "(", p.pattern) if c.isalpha()}
    apart = set()
    for cp in range(sys.maxunicode + 1):
        char = chr(cp)
        lowered = char.lower()
        if len(lowered) != 1:
            continue  # lowering it moves offsets: such a text is read as printed
        assert char.isalnum() == lowered.isalnum() and char.isspace() == lowered.isspace()
        assert char.isdecimal() == lowered.isdecimal()
        for letter in letters:
            if (re.fullmatch(letter, char, re.IGNORECASE) is not None) != (lowered == letter):
                apart.add(char)
    assert apart == set(UNLOWERED) - {"\u0130"} and len("\u0130".lower()) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("BESUCHEN SIE www.bund.net, die Regierung MUSS handeln: Sie können SPENDEN.", id="german"),
        pytest.param("We URGE the Council’s leaders to act; tickets are on sale at “Acme” now.", id="curly"),
        pytest.param("For more information, Please Visit our website — or CALL Élodie.", id="accents"),
    ],
)
def test_unicode_lower_twins_match_as_the_rules_do(sentence: str) -> None:
    from prparse.rules import cta as rules

    lowered = sentence.lower()
    pairs = [(readings[0], readings[1]) for readings in (rules.NEVER_A_CALL_READINGS, rules.CHANNEL_READINGS)]
    pairs += [
        (rule.pattern, twin.pattern) for rule, twin in zip(rules.CTA_RULES, rules.CTA_RULES_LOWER_UNICODE, strict=True)
    ]
    found = 0
    for pattern, twin in pairs:
        expected = [m.span() for m in pattern.finditer(sentence)]
        assert [m.span() for m in twin.finditer(lowered if twin is not pattern else sentence)] == expected
        found += bool(expected)
    assert found


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("FOR MORE INFORMATION, VISIT WWW.NORTHWIND.COM.", id="upper-case"),
        pytest.param("For More Information, Visit Www.Northwind.Com.", id="title-case"),
    ],
)
def test_rules_read_ascii_text_in_any_case(paragraph: str) -> None:
    assert [kind for _, kind, _ in calls(release(paragraph))] == ["visit"]


@pytest.mark.parametrize(
    ("lowered", "ascii_scan_decides"),
    [
        pytest.param("please visit www.acme.com or call us.", True, id="ascii"),
        pytest.param(
            "besuchen sie uns – oder rufen sie an, wir können helfen.", True, id="non-ascii-letters-elsewhere"
        ),
        pytest.param("der üe-mail-dienst: mail an uns", False, id="ascii-scan-would-hide-a-word-start"),
        pytest.param("großcall und ücontact", False, id="ascii-scan-would-add-word-starts"),
    ],
)
def test_gate_hits_are_those_of_the_unicode_scan(lowered: str, ascii_scan_decides: bool) -> None:
    from prparse.extractors import calls_to_action as cta

    for zone in cta._ZONES:
        table = cta._GATE_TABLE[zone]
        expected = cta._hits(cta._GATE_WORDS.finditer(lowered), lowered, table, True)
        assert cta._gate_hits(lowered, zone) == expected
        ascii_hits = cta._hits(cta._GATE_WORDS_ASCII.finditer(lowered), lowered, table, lowered.isascii())
        assert (ascii_hits is not None) == ascii_scan_decides
    assert cta._GATE_WORDS_ASCII.search(lowered) is not None  # the case is not empty


@pytest.mark.parametrize(
    "lowered",
    [
        pytest.param("we give, help and make; please visit or call. for more information visit us", id="sites"),
        pytest.param("to help we also give and then see: news help, details read just go — just join", id="site-words"),
        pytest.param(
            "a give. an help.\nhelp\tgive  make (see) “read” /donate e-mail opt-in don't stop by", id="odd-spaces"
        ),
        pytest.param("the donation we donate; inscripción and inscribir, don’t do not drop by", id="longer-words"),
        pytest.param("über give, café help and ße visit; 2 see, x_ share and_ follow", id="non-ascii-and-digits"),
        pytest.param("must we call on you: demand urgent support, we ask can register", id="zones-apart"),
    ],
)
def test_gate_scan_finds_the_hits_of_the_full_scan(lowered: str) -> None:
    """The zone-blind scan that turns away verbs standing where no site is yields the same hits, with fewer matches."""
    from prparse.extractors import calls_to_action as cta

    for zone in cta._ZONES:
        table = cta._GATE_TABLE[zone]
        for trusted in (True, False):
            full = cta._hits(cta._GATE_WORDS_ASCII.finditer(lowered), lowered, table, trusted)
            assert cta._hits(cta._GATE_SCAN.finditer(lowered), lowered, table, trusted) == full
    assert len(cta._GATE_SCAN.findall(lowered)) <= len(cta._GATE_WORDS_ASCII.findall(lowered))


def test_gate_scan_turns_away_only_verbs_that_open_rules_at_a_site() -> None:
    """Each word the scan may turn away opens no rule anywhere but at a site, and covers no other word's start."""
    from prparse.extractors import calls_to_action as cta
    from prparse.rules import cta as rules

    text = "the team helps to make it; it did give support to see it"
    assert cta._GATE_SCAN.findall(text) == [] != cta._GATE_WORDS_ASCII.findall(text)
    screened = [found for found in cta._ALL_GATE_WORDS if cta._screened(found)]
    assert min(map(len, cta._SITE_WORDS)) >= 2  # the screen reads the two last characters of one
    assert "give" in screened and "visit" in screened and "contact" not in screened and "opt-in" not in screened
    sites = {rule.site for rule in rules.CTA_RULES if rule.site}
    for found in screened:
        assert all(not bits for bits, _sites in (cta._GATE_TABLE[zone][found] for zone in cta._ZONES))
        for site in sites:  # where the screen fails, so does the site check
            for before in ("we", "the ", "a", "so", "plus"):
                lowered = f"{before} {found} it"
                at = len(before) + 1
                if cta._GATE_SCAN.match(lowered, at) is None:
                    assert not cta._at_site(site, lowered, at)


@pytest.mark.parametrize("sentence", ["", "Visit", "Visit us today.", "Call  Jane at 555", "- Read more", "a b  c   d"])
def test_word_count_is_the_count_of_split(sentence: str) -> None:
    from prparse.extractors import calls_to_action as cta

    assert cta._word_count(sentence) == len(sentence.split())


@pytest.mark.parametrize(
    "lowered",
    [
        pytest.param("visit us. or please call, then for more information  visit", id="punctuation-and-softeners"),
        pytest.param("   see the news, just see — just call", id="leading-space-and-dash"),
        pytest.param("for more details\tplease read and then read", id="tab"),
        pytest.param(" " * 45 + "call", id="window-of-white-space"),
    ],
)
def test_site_check_reads_the_text_before_the_word(lowered: str) -> None:
    """The site check reads what the stripped text before a word ends on, as a slice of it would."""
    import re

    from prparse.extractors import calls_to_action as cta
    from prparse.rules import cta as rules

    def by_slice(site: rules.Site, at: int) -> bool:
        if not at or not lowered[at - 1].isspace():
            return True
        low = max(0, at - rules.SITE_CHARS)
        before = lowered[low:at].rstrip()
        if not before or not (before[-1].isalnum() or before[-1] == "_"):
            return True
        return before.endswith(site.words) and site.pattern.search(lowered, low, at) is not None

    starts = [m.start() for m in re.finditer(r"\b\w", lowered)]
    checks = [cta._at_site(rules.IMPERATIVE_SITE, lowered, at) for at in starts]
    assert checks == [by_slice(rules.IMPERATIVE_SITE, at) for at in starts]
    assert True in checks and False in checks or len(starts) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Visit https://acme.example.com/x or WWW.ACME.COM, mail ada.lee+pr@acme.example.org.", id="urls"),
        pytest.param("In 2025, 40 staff: call (+1) 555-010-0199 or 1-800-ACE-HLP1 ext. 8.", id="phones"),
        pytest.param(
            "In 2025 and 2026, $1,500 or 12.5%: call 555 010 0199, (+44) 20 7946 0018.", id="phones-after-years"
        ),
        pytest.param("Our team of " + "very " * 60 + "keen people is at sub.docs.acme.co.uk/help.", id="long-domain"),
        pytest.param("x" * 70 + "@acme.com and " + "y" * 64 + "@acme.com", id="long-email-names"),
        pytest.param("Write to a.b@c or x.y@acme.example.com, see e.g. the site at 2.5x.io.", id="later-signs"),
    ],
)
def test_target_scans_start_within_reach_of_their_sign(sentence: str) -> None:
    """An address holds its shape's sign within `reach` of its start: scanning from there finds every address."""
    from prparse.rules import cta as rules

    for pattern, sign, reach, spaceless in rules.TARGET_SHAPES:
        signed = sign.search(sentence)
        full = [m.span() for m in pattern.finditer(sentence)]
        if signed is None:
            assert full == []
            continue
        first = signed.start()
        start = max(0, first - reach, sentence.rfind(" ", 0, first) + 1 if spaceless else 0)
        assert [m.span() for m in pattern.finditer(sentence, start)] == full
        assert not spaceless or all(" " not in sentence[span[0] : first] for span in full[:1])


@pytest.mark.parametrize(
    "sentence",
    [
        "Learn more at www.acme.example.com or acme.com, call 555-010-0199 or mail pr@acme.com.",
        "Mail pr@acme.com (acme.com) or 1-800-ACE-HLP1; in 2025 see https://acme.com/x.",
        "Call (+1) 555-010-0199 or 1-800-ACE-HLP1, visit ACME.org and WWW.ACME.COM.",
        "On 2021/01/14 and 03.03.2025 the site acme.io opened; no phone, no mail.",
        "Nothing to point at here.",
    ],
)
def test_printed_target_is_the_earliest_address_of_any_shape(sentence: str) -> None:
    """Shapes that cannot start before the address found are skipped: the earliest wins, the first shape on a tie."""
    from prparse.extractors import calls_to_action as cta
    from prparse.rules import cta as rules

    every = []
    for order, (pattern, _sign, _reach, _spaceless) in enumerate(rules.TARGET_SHAPES):
        for match in pattern.finditer(sentence):
            value = match.group().rstrip(rules.TRAILING_PUNCTUATION)
            if pattern is not rules.PHONE or cta._phone_like(value):
                every.append((match.start(), value, order))
                break
    assert cta._printed_target(sentence) == min(every, key=lambda item: (item[0], item[2]), default=None)


def test_at_gate_rules_are_found_at_their_gate_words() -> None:
    """A rule tried only at its gate words: the gate scan reports each of them, none is hidden in a longer one."""
    from prparse.extractors import calls_to_action as cta
    from prparse.rules import cta as rules

    at_gate = [rule for rule in rules.CTA_RULES if rule.at_gate]
    assert at_gate
    for rule in at_gate:
        assert rule.before is None and not rule.cased and rule.site is None and rule.gate
    for found in cta._ALL_GATE_WORDS:
        inner_starts = [k for k in range(1, len(found)) if not found[k - 1].isalnum() and found[k].isalnum()]
        for k in inner_starts:
            rest = found[k:]
            for rule in at_gate:
                assert not any(word.startswith(rest) or rest.startswith(word) for word in rule.gate), (found, rule.id)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents can also register at www.acme.example.com, and we urgently ask the council to act.",
        "The report is available at acme.example.com; we call on leaders and urge them; please visit us.",
        "Contact Jane Roe at +1 555 0100 or call (555) 0199; the results are posted on our site.",
        "Der Bund fordert, ruft alle auf und appelliert: Anwohner können unter www.bund.net spenden.",
        "Los vecinos pueden inscribirse en www.acme.es; WE ALSO DEMAND that the plan be published via the app.",
    ],
)
def test_at_gate_rules_match_only_where_a_gate_word_starts(sentence: str) -> None:
    from prparse.rules import cta as rules

    lowered = sentence.lower()
    matched = 0
    for rule in rules.CTA_RULES:
        if not rule.at_gate:
            continue
        starts = [at for at in range(len(sentence)) if rule.pattern.match(sentence, at)]
        assert all(any(lowered.startswith(word, at) for word in rule.gate) for at in starts), rule.id
        matched += bool(starts)
    assert matched >= 2


def test_at_gate_rules_classify_as_a_search_would() -> None:
    from prparse.extractors import calls_to_action as cta
    from prparse.rules import cta as rules

    text = "Teens can sign a petition at acme.example.org and call on leaders to act. We ask you to join us."
    gates = cta._gate_hits(text, Zone.BODY)
    assert gates is not None
    gated = cta._gated_sentences(text, gates)
    assert [(start, end) for start, end, _ in gated] == split_sentences(text)  # each sentence holds a gate word
    for start, end, here in gated:
        sentence = text[start:end].strip()
        unit = cta._Unit(Zone.BODY, text, ())
        tried = cta._classify(sentence, sentence, unit, here, start)
        searched = cta._classify(sentence, sentence, unit, here, None)
        assert tried == searched
        assert tried is not None
    assert any(rule.at_gate for rule in rules.CTA_RULES)


@pytest.mark.parametrize(
    "text",
    [
        "Acme announced results. Revenue rose. Visit acme.example.com. Thanks!",
        "It met Dr. Roe and approx. ten partners‘ representatives. Then Acme Inc. The team left.",
        "Talks by A. B. Smith in the U.S. follow. Ein Tag am 2. November. Northwind... Yes? Done!” The end.",
        "Revenue rose sharply.‘ Next, the company grew. Everything… Great.",
    ],
)
def test_long_words_end_sentences_as_the_word_rule_decides(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stop after LONG_WORD letters is a break: the word read before it (by WORD_BEFORE_DOT) would say so too."""
    from prparse.extractors import cta_sentences
    from prparse.rules import cta as rules

    assert rules.LONG_WORD > max(map(len, rules.NO_BREAK_ABBREVIATIONS | rules.SUFFIX_ABBREVIATIONS))
    spans = split_sentences(text)
    stops = [match.start() for match in rules.SENTENCE_BREAK.finditer(text)]
    shortcuts = sum(text[stop - rules.LONG_WORD : stop].isalpha() for stop in stops)
    monkeypatch.setattr(rules, "LONG_WORD", 10**6)  # the word rule alone
    assert split_sentences(text) == spans
    assert shortcuts and len(spans) > 1
    assert cta_sentences.rules is rules


def test_only_quote_openers_open_a_quoted_passage() -> None:
    from prparse.extractors import cta_sentences
    from prparse.rules import cta as rules

    closers_only = set(rules.QUOTE_CHARS) - set(rules.QUOTE_OPENERS)
    assert closers_only == {"”", "’"}
    for mark in closers_only:
        for before in " ([—–-/a":
            for after in 'a ”’"':
                text = f"{before}{mark}{after}"
                assert not cta_sentences._opens(mark, text, 1)
                assert quote_spans(f"It{text}s{mark}") == []


def _holds_a_word(tree: object, words: tuple[str, ...]) -> bool:
    """Whether every match of a parsed pattern holds one of `words`: some part it cannot skip spells one."""
    from re import _constants as sre  # type: ignore[attr-defined]

    run = ""
    for op, av in [*tree, (None, None)]:  # type: ignore[misc]
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if any(word in run for word in words):
            return True
        run = ""
        if op is sre.SUBPATTERN and _holds_a_word(av[-1], words):
            return True
        if op is sre.BRANCH and all(_holds_a_word(branch, words) for branch in av[1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and _holds_a_word(av[2], words):
            return True
    return False


def test_readings_words_are_held_by_every_match() -> None:
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from prparse.rules import cta as rules

    for readings in (
        rules.NEVER_A_CALL_READINGS,
        rules.REPORTED_SPEECH_READINGS,
        rules.SELF_POINTER_READINGS,
        rules.CHANNEL_READINGS,
        *(topic for _kind, topic in rules.TOPIC_KINDS_READINGS),
    ):
        pattern = readings.lower_ascii
        assert readings.words and all(word == word.lower() for word in readings.words)
        assert _holds_a_word(sre_parse.parse(pattern.pattern, pattern.flags), readings.words), pattern.pattern
    assert not _holds_a_word(sre_parse.parse(r"\bsafe\s+harbou?r\b"), ("harbour",))
    assert not _holds_a_word(sre_parse.parse(r"a(?:bc|de)"), ("bc",))


def test_rule_words_are_held_by_every_match() -> None:
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from prparse.rules import cta as rules

    with_words = [rule for rule in rules.CTA_RULES_LOWER if rule.words]
    assert {rule.id for rule in with_words} >= {"cta.should_contact", "cta.tickets"}
    for rule in with_words:
        assert not rule.at_gate and rule.before is None  # the words screen a search of the pattern alone
        assert all(word == word.lower() for word in rule.words)
        assert _holds_a_word(sre_parse.parse(rule.pattern.pattern, rule.pattern.flags), rule.words), rule.id


def test_undashed_patterns_lack_only_the_dash_clause_which_needs_a_softener() -> None:
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from prparse.rules import cta as rules

    assert _holds_a_word(sre_parse.parse(rules.DASH_CLAUSE), rules.DASH_SOFTENERS)
    undashed = 0
    for table in rules.CTA_RULES_READINGS:
        for rule in table:
            if rule.undashed is not None:
                assert rule.undashed.pattern == rule.pattern.pattern.replace("|" + rules.DASH_CLAUSE, "", 1)
                assert rule.undashed.pattern != rule.pattern.pattern
                assert rule.undashed.flags == rule.pattern.flags and not rule.cased and rule.before is None
                undashed += 1
            else:
                assert rules.DASH_CLAUSE not in rule.pattern.pattern
    assert undashed == 2 * len(rules.CTA_RULES_READINGS)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017 to-date, TLC ranks as the #6 ad-supported cable network - and visit us at acme.com.",
        "Co-founders met: the plan - visit www.acme.com today.",
        "Joining is simple—just sign up at acme.com.",
        "For more information, visit www.acme.com or call 555-0100.",
    ],
)
def test_undashed_patterns_match_as_the_rules_do_without_a_softener(sentence: str) -> None:
    from prparse.rules import cta as rules

    lowered = sentence.lower()
    for rule in rules.CTA_RULES_LOWER:
        if rule.undashed is not None and not any(word in lowered for word in rules.DASH_SOFTENERS):
            found, expected = rule.undashed.search(lowered), rule.pattern.search(lowered)
            assert (found and (found.span(), found.groupdict())) == (
                expected and (expected.span(), expected.groupdict())
            )


@pytest.mark.parametrize(
    "text",
    [
        "Acme grew. It hired 40 staff... “We grew.” (Really.) • Next: Visit acme.example.com. Done",
        "Dr. Roe met Acme Inc. The U.S. team. 5. November. E. Roe left.",
    ],
)
def test_full_stop_break_is_the_sentence_break_without_other_stops(text: str) -> None:
    from prparse.rules import cta as rules

    assert rules.SENTENCE_BREAK.pattern == "[.!?]" + rules.FULL_STOP_BREAK.pattern.removeprefix("\\.")
    assert "!" not in text and "?" not in text
    full = [m.span() for m in rules.SENTENCE_BREAK.finditer(text)]
    assert [m.span() for m in rules.FULL_STOP_BREAK.finditer(text)] == full and full
    why = "Why? Yes! " + text  # other stops: the class pattern splits
    assert [why[start:end].strip() for start, end in split_sentences(why)][:2] == ["Why?", "Yes!"]


@pytest.mark.parametrize(
    "verb",
    [
        *"Subscribe follow STAY like register RSVP attend sign up enrol apply nominate submit join us download".split(),
        *"read give support donate buy order purchase shop book pre-order contact call e-mail reach write text".split(),
        *"visit see learn find click check log tune explore view watch listen connect access use besuchen".split(),
        *"informieren melden folgen spenden kaufen consulte síguenos suscríbase llame dona donar solicitar".split(),
        *"sign join share help tell take get make become vote spread meet request try grab reserve".split(),
    ],
)
def test_verb_kind_is_the_first_verb_kind_that_matches(verb: str) -> None:
    from prparse.rules import cta as rules

    first = next((kind for kind, pattern in rules.VERB_KINDS if pattern.match(verb)), None)
    found = rules.VERB_KIND.match(verb)
    assert (found.lastgroup if found else None) == first


def test_gated_sentences_are_the_sentences_holding_gate_words() -> None:
    from prparse.extractors import calls_to_action as cta

    text = "Acme grew. Please visit acme.example.com today. Revenue rose. We urge all to act. The end came. It rained."
    gates = cta._gate_hits(text, Zone.BODY)
    assert gates is not None
    gated = cta._gated_sentences(text, gates)
    assert [text[start:end].strip() for start, end, _ in gated] == [
        "Please visit acme.example.com today.",
        "We urge all to act.",
    ]
    for start, end, here in gated:
        assert here is not None and here[0] == [at for at in gates[0] if start <= at < end]
        assert here[1] == [bits for at, bits in zip(*gates, strict=True) if start <= at < end]
    assert cta._gated_sentences(text, ([], [])) == []
    assert [(start, end) for start, end, _ in cta._gated_sentences(text, None)] == split_sentences(text)


@pytest.mark.parametrize(
    "text",
    [
        "Acme grew. It hired staff! Why? Dr. Roe met Acme Inc. The U.S. team won. Call now.” Then\tit. Rained.\nOut.",
        "He said so.‘ Next came e.g. this. A. B. Smith left. See p. 4. Sales rose 5. Mai war es. Acme... Yes?! Ok.",
        "Abcdefghijklmn. Abcdefghijkl. Für. Straße. x_y. Über. 2025. a1. (Yes.) [Done.] »Gut.« Überall. Ende.",
    ],
)
def test_the_word_before_a_break_is_the_word_the_pattern_reads(text: str) -> None:
    from prparse.extractors import cta_sentences
    from prparse.rules import cta as rules

    read = 0
    for match in rules.SENTENCE_BREAK.finditer(text):
        stop, end = match.span()
        for low in {max(0, stop - 16), max(0, stop - 5), max(0, stop - 2)}:
            last = rules.WORD_BEFORE_DOT.search(text, low, end)
            expected = None if last is None else last.group(1).lower().rstrip(".")
            assert cta_sentences._word_before(text, low, stop, end) == expected, (text[low:end], low)
            read += expected is not None
    assert read


def test_quoted_shares_and_masks_read_the_passages_in_text_order() -> None:
    from prparse.extractors import calls_to_action as cta

    text = "“One,” she said. He added: “Two.” Then “three” and “four”. Acme grew “five” times. “Six"
    quotes = quote_spans(text)
    assert len(quotes) == 6 and quotes == sorted(quotes)
    for start, end in [*split_sentences(text), (0, len(text)), (3, 40), (20, 21)]:
        inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quotes)
        assert cta._quoted_share(start, end, quotes) == inside / max(1, end - start)
        pieces, pos = [], start
        for q_start, q_end in quotes:
            if q_end > pos and q_start < end:
                pieces += [text[pos : max(pos, q_start)], " QUOTE "]
                pos = min(end, q_end)
        assert cta._masked(text, start, end, quotes) == "".join([*pieces, text[pos:end]]).strip()


@pytest.mark.parametrize(
    "sentence",
    [
        "Joining is simple—just sign up at acme.com.",
        "Joining is simple – please visit acme.com, or call us.",
        "Co-founders say it - just sign up today - and visit us.",
        "Factory Tours – Visit the plant.",
        "In Minnesota, the co-op said: visit the site - just click here.",
        "For more information, please visit www.acme.com.",
        "Students, parents and co-workers - just join us.",
        "x" * 79 + " - just register now.",
        "x" * 80 + "—just register now.",
        "x" * 81 + "—just register now.",
        "It is simple; - just call.",
    ],
)
def test_the_dash_lookahead_keeps_every_lead_in(sentence: str) -> None:
    import re

    from prparse.rules import cta as rules

    lowered = sentence.lower()
    tried = 0
    for rule in rules.CTA_RULES:
        if rules.DASH_AHEAD in rule.pattern.pattern:
            without = re.compile(rule.pattern.pattern.replace(rules.DASH_AHEAD, ""), rule.pattern.flags)
            for text in (sentence, lowered):
                found, expected = rule.pattern.match(text), without.match(text)
                assert (found and (found.span(), found.groupdict())) == (
                    expected and (expected.span(), expected.groupdict())
                )
            tried += 1
    assert tried == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Tickets will also be also available at the box office website, as are seats available for pre-order.",
        "In the briefing, it is vital that members act; what is needed now is action.",
        "Members are cordially invited to attend, and the public is cordially invited to join.",
        "Experts are available for media interviews today and we can schedule an interview with Jane.",
        "Attendance requires advance registration online; find additional information at acme.example.com.",
        "Are Welcome to attend? is strongly encouraged to visit, and acme invites you to register.",
    ],
)
def test_lead_rules_are_found_from_their_lead_before_the_first_gate_word(sentence: str) -> None:
    """A rule with a `lead` has no match starting further before its first gate word (single-spaced text)."""
    from prparse.extractors import calls_to_action as cta
    from prparse.rules import cta as rules

    lowered = sentence.lower()
    gates = cta._gate_hits(lowered, Zone.BODY)
    assert gates is not None
    found = 0
    for index, rule in enumerate(rules.CTA_RULES_LOWER):
        if rule.lead is None:
            continue
        assert rule.before is None and not rule.at_gate and rule.undashed is None
        text = sentence if rule.cased else lowered
        start = cta._lead_start(rule, gates, 1 << index, 0)
        expected = [m.span() for m in rule.pattern.finditer(text)]
        assert [m.span() for m in rule.pattern.finditer(text, start)] == expected, rule.id
        found += bool(expected) and start > 0
    assert found


def test_site_start_keeps_every_site_match() -> None:
    """A site's match starts in the last two runs of the text before the word: searched from there, it is found."""
    import random

    from prparse.extractors import calls_to_action as cta
    from prparse.rules import cta as rules

    site = rules.IMPERATIVE_SITE
    runs = ["and", "or", "please", "just", "information", "info", "x", "word,", "—", "-", ",", "(", "band", "é"]
    spaces = [" ", " ", "  ", "\t", " \t", "\xa0"]
    rng = random.Random(7)
    narrowed = 0
    for _ in range(20000):
        text = "".join(rng.choice(runs) + rng.choice(spaces) for _ in range(rng.randint(1, 6))) + "visit"
        at = len(text) - len("visit")
        low = max(0, at - rules.SITE_CHARS)
        end = at - 1
        while end > low and text[end - 1].isspace():
            end -= 1
        start = cta._site_start(text, low, end)
        assert (site.pattern.search(text, start, at) is None) == (site.pattern.search(text, low, at) is None), text
        narrowed += start > low
    assert narrowed
