"""The evaluate module: the matching rules of the gold format, the counts, floors and gold reading."""

import json

import pytest

from prparse.evaluate import Accuracy, Floor, Overlap, Report, below_floors, parse_floor, score_cases
from prparse.evaluate import matching as m
from prparse.evaluate.gold import GoldError, find_raw, gold_problem, load_cases
from prparse.evaluate.scoring import score_document, summarise


def scores(gold, predicted, fields=None):
    kwargs = {"fields": fields} if fields else {}
    return score_document(gold, predicted, "doc", **kwargs).scores


# --- normal form -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        pytest.param("Harbor Lights Festival", "harbor lights festival", id="case-folded"),
        pytest.param("  Harbor\n\tLights  ", "harbor lights", id="white-space-collapsed"),
        pytest.param("\u201cHarbor Lights.\u201d", "harbor lights", id="outer-quotes-and-period-trimmed"),
        pytest.param("Harbor\u2014Lights", "harbor-lights", id="em-dash-unified"),
        pytest.param("Harbor\u2019s Lights", "harbor's lights", id="curly-apostrophe-unified"),
        pytest.param("\uff28arbor", "harbor", id="fullwidth-letter-nfkc"),
        pytest.param("STRASSE", "strasse", id="casefold"),
        pytest.param("(Harbor)", "harbor", id="brackets-trimmed"),
        pytest.param(" .,;: ", None, id="punctuation-only-is-missing"),
        pytest.param(None, None, id="none-stays-none"),
    ],
)
def test_normalise(value, expected):
    assert m.normalise(value) == expected


@pytest.mark.parametrize(
    "gold, predicted, same",
    [
        pytest.param("Tidewater Opens New Pier", "TIDEWATER OPENS NEW PIER", True, id="case-only"),
        pytest.param("Tidewater opens \u201cnew\u201d pier", 'Tidewater opens "new" pier.', True, id="quote-marks"),
        pytest.param("Tidewater opens pier", "Tidewater opens a pier", False, id="different-words"),
        pytest.param(None, None, True, id="null-matches-null"),
        pytest.param(None, "Tidewater", False, id="null-against-value"),
        pytest.param("Tidewater", None, False, id="value-against-null"),
        pytest.param("Tidewater", "...", False, id="punctuation-is-null"),
    ],
)
def test_same_text(gold, predicted, same):
    assert m.same_text(gold, predicted) is same


@pytest.mark.parametrize(
    "gold, predicted, same",
    [
        pytest.param("Mara Quill and Teo Brandt", "Teo Brandt, Mara Quill", True, id="same-people-other-order"),
        pytest.param("Mara Quill; Teo Brandt", "Mara Quill & Teo Brandt", True, id="joined-differently"),
        pytest.param("Mara Quill", "By Mara Quill", False, id="by-prefix-is-not-the-name"),
        pytest.param("Mara Quill", "Mara Quill and Teo Brandt", False, id="extra-person"),
        pytest.param(None, None, True, id="null-matches-null"),
        pytest.param(None, "Mara Quill", False, id="spurious-byline"),
    ],
)
def test_same_people(gold, predicted, same):
    assert m.same_people(gold, predicted) is same


@pytest.mark.parametrize(
    "gold, predicted, same",
    [
        pytest.param("PORTLAND, Maine", "Portland", True, id="city-part-only"),
        pytest.param("Portland", "South Portland, Maine", True, id="either-contains-the-other"),
        pytest.param("Portland", "Salem", False, id="other-city"),
        pytest.param(None, None, True, id="null-matches-null"),
        pytest.param(None, "Salem", False, id="spurious-location"),
    ],
)
def test_same_place(gold, predicted, same):
    assert m.same_place(gold, predicted) is same


@pytest.mark.parametrize(
    "gold, predicted, same",
    [
        pytest.param("PR Newswire", "PRNewswire", True, id="spaces-dropped"),
        pytest.param("Globe Newswire", "GLOBE-NEWSWIRE", True, id="dash-dropped"),
        pytest.param("Business Wire", "PR Newswire", False, id="other-wire"),
        pytest.param(None, None, True, id="null-matches-null"),
    ],
)
def test_same_wire(gold, predicted, same):
    assert m.same_wire(gold, predicted) is same


@pytest.mark.parametrize(
    "gold, predicted, same",
    [
        pytest.param("2024-05-02", "2024-05-02", True, id="equal-iso"),
        pytest.param("2024-05-02", "2024-05-03", False, id="day-off"),
        pytest.param(None, "", True, id="empty-is-null"),
        pytest.param("2024-05-02", None, False, id="missing-date"),
    ],
)
def test_same_date(gold, predicted, same):
    assert m.same_date(gold, predicted) is same


@pytest.mark.parametrize(
    "printed, key",
    [
        pytest.param("+1 (503) 555-0187", "035550187", id="nanp-with-country"),
        pytest.param("503.555.0187", "035550187", id="nanp-dotted"),
        pytest.param("+44 20 7946 0321", "079460321", id="uk"),
        pytest.param("ext. 12", None, id="too-few-digits"),
        pytest.param(None, None, id="none"),
    ],
)
def test_phone_key(printed, key):
    assert m.phone_key(printed) == key


@pytest.mark.parametrize(
    "container, passage, share",
    [
        pytest.param("the pier opens in May", "the pier opens", 1.0, id="all-covered"),
        pytest.param("the pier", "the pier opens today", 0.5, id="half-covered"),
        pytest.param("the", "the the pier", 1 / 3, id="repeats-count"),
        pytest.param("anything", "", 0.0, id="empty-passage"),
    ],
)
def test_coverage(container, passage, share):
    assert m.coverage(container, passage) == pytest.approx(share)


# --- single-value fields ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "field, gold, predicted, right",
    [
        pytest.param(
            "headline",
            {"headline": "Kestrel Bikes Expands"},
            {"headline": "KESTREL BIKES EXPANDS"},
            1,
            id="headline-case",
        ),
        pytest.param("subheadline", {"subheadline": None}, {"subheadline": None}, 1, id="no-deck-both"),
        pytest.param("subheadline", {"subheadline": None}, {"subheadline": "A deck"}, 0, id="spurious-deck"),
        pytest.param(
            "dateline.date", {"dateline": None}, {"dateline": {"date": None}}, 1, id="null-dateline-vs-null-date"
        ),
        pytest.param("dateline.date", {"dateline": {"date": "2023-09-14"}}, {"dateline": None}, 0, id="missed-date"),
        pytest.param(
            "dateline.location",
            {"dateline": {"location": "BOISE, Idaho"}},
            {"dateline": {"location": "Boise"}},
            1,
            id="location-city",
        ),
        pytest.param(
            "dateline.wire",
            {"dateline": {"wire": "Business Wire"}},
            {"dateline": {"wire": "BusinessWire"}},
            1,
            id="wire-squashed",
        ),
        pytest.param("byline", {"byline": "Ana Lind and Bo Berg"}, {"byline": "Bo Berg, Ana Lind"}, 1, id="byline-set"),
        pytest.param(
            "issuer", {"issuer": "Kestrel Bikes"}, {"issuer": "Kestrel Bikes Inc."}, 0, id="issuer-suffix-differs"
        ),
        pytest.param("issuer", {"issuer": "Kestrel Bikes"}, {}, 0, id="missing-output-is-null"),
    ],
)
def test_single_value_fields(field, gold, predicted, right):
    assert scores(gold, predicted)[field] == Accuracy(right, 1)


def test_a_wrong_value_is_a_miss_with_both_sides():
    result = score_document({"issuer": "Kestrel Bikes"}, {"issuer": "Pedal Co"}, "017", fields=["issuer"])
    assert [(x.document, x.field, x.expected, x.got) for x in result.misses] == [
        ("017", "issuer", "Kestrel Bikes", "Pedal Co")
    ]


# --- quotes ----------------------------------------------------------------------------------

GOLD_QUOTES = {
    "quotes": [
        {"text": "Our riders asked for a lighter frame and we listened", "speaker": "Ana Lind"},
        {"text": "This is the best season the shop has had", "speaker": "Bo Berg"},
    ]
}


def quote(text, speaker=None):
    return {"text": text, "speaker": {"name": speaker} if speaker else None}


@pytest.mark.parametrize(
    "predicted, expected",
    [
        pytest.param(
            [
                quote("Our riders asked for a lighter frame and we listened"),
                quote("This is the best season the shop has had"),
            ],
            Overlap(19, 19, 19, 19),
            id="all-words-found",
        ),
        pytest.param([quote("Our riders asked for a lighter frame")], Overlap(7, 7, 7, 19), id="part-found-precise"),
        pytest.param(
            [quote("Our riders asked for a lighter frame and we listened today")],
            Overlap(10, 11, 10, 19),
            id="extra-word-costs-precision",
        ),
        pytest.param([], Overlap(0, 0, 0, 19), id="nothing-predicted"),
        pytest.param(
            [quote("\u201cOur riders asked for a lighter frame and we listened\u201d")],
            Overlap(10, 10, 10, 19),
            id="quote-marks-ignored",
        ),
    ],
)
def test_quote_words_are_bags(predicted, expected):
    assert scores(GOLD_QUOTES, {"quotes": predicted})["quotes.text"] == expected


@pytest.mark.parametrize(
    "predicted, right",
    [
        pytest.param([quote("Our riders asked for a lighter frame and we listened", "Ana Lind")], 1, id="same-speaker"),
        pytest.param(
            [quote("Our riders asked for a lighter frame and we listened", "Ms. LIND")], 1, id="last-name-case-folded"
        ),
        pytest.param([quote("Our riders asked for a lighter frame and we listened", "Bo Berg")], 0, id="other-speaker"),
        pytest.param([quote("Our riders asked for a lighter frame and we listened", None)], 0, id="no-speaker"),
        pytest.param(
            [quote("Our riders asked for a lighter frame", "Ana Lind"), quote("and we listened", "Bo Berg")],
            1,
            id="split-passage-majority-of-words",
        ),
        pytest.param(
            [quote("Our riders asked", "Ana Lind"), quote("for a lighter frame and we listened", "Bo Berg")],
            0,
            id="split-passage-minority-of-words",
        ),
        pytest.param(
            [
                quote(
                    "Our riders asked for a lighter frame and we listened. This is the best season the shop has had",
                    "Ana Lind",
                )
            ],
            1,
            id="joined-passages-best-cover-decides",
        ),
        pytest.param([quote("Our riders asked", "Ana Lind")], 0, id="under-half-covered"),
    ],
)
def test_quote_speaker_of_first_gold_quote(predicted, right):
    gold = {"quotes": GOLD_QUOTES["quotes"][:1]}
    assert scores(gold, {"quotes": predicted})["quotes.speaker"] == Accuracy(right, 1)


def test_gold_quotes_without_speaker_are_not_counted():
    gold = {"quotes": [{"text": "A sign on the wall said nothing at all", "speaker": None}]}
    assert scores(gold, {"quotes": []})["quotes.speaker"] == Accuracy(0, 0)


def test_quote_misses_name_the_missed_and_the_spurious():
    predicted = {
        "quotes": [quote("Our riders asked for a lighter frame", "Bo Berg"), quote("Come ride with us all summer long")]
    }
    misses = score_document({"quotes": GOLD_QUOTES["quotes"][:1]}, predicted, "d").misses
    assert [(x.field, x.expected, x.got) for x in misses] == [
        ("quotes.text", "Our riders asked for a lighter frame and we listened", "Our riders asked for a lighter frame"),
        ("quotes.text", None, "Come ride with us all summer long"),
        ("quotes.speaker", "Ana Lind", "Bo Berg"),
    ]


# --- calls to action -------------------------------------------------------------------------

GOLD_CALLS = {
    "calls_to_action": [
        {"text": "Register for the spring rides at kestrel.example/rides.", "kind": "register"},
        {"text": "Follow Kestrel Bikes on social media for route updates.", "kind": "subscribe"},
    ]
}


@pytest.mark.parametrize(
    "predicted, expected",
    [
        pytest.param(
            [
                "Register for the spring rides at kestrel.example/rides.",
                "Follow Kestrel Bikes on social media for route updates.",
            ],
            Overlap(2, 2, 2, 2),
            id="both-exact",
        ),
        pytest.param(["Register for the spring rides"], Overlap(1, 1, 1, 2), id="half-of-words-is-found"),
        pytest.param(["Register for the spring"], Overlap(0, 1, 0, 2), id="under-half-is-not"),
        pytest.param(
            [
                "Register for the spring rides at kestrel.example/rides. "
                "Follow Kestrel Bikes on social media for route updates."
            ],
            Overlap(1, 1, 2, 2),
            id="one-sentence-covering-two-golds",
        ),
        pytest.param(["Buy a helmet today."], Overlap(0, 1, 0, 2), id="spurious"),
        pytest.param([], Overlap(0, 0, 0, 2), id="none-predicted"),
    ],
)
def test_calls_to_action(predicted, expected):
    got = scores(GOLD_CALLS, {"calls_to_action": [{"text": t} for t in predicted]})["calls_to_action"]
    assert got == expected


# --- contacts --------------------------------------------------------------------------------

GOLD_CONTACTS = {
    "contacts": [
        {"name": "Ivy Sorensen", "emails": ["Press@Kestrel.example"], "phones": ["(503) 555-0187"]},
        {"name": None, "emails": ["media@kestrel.example"], "phones": []},
    ]
}


@pytest.mark.parametrize(
    "field, predicted, expected",
    [
        pytest.param(
            "contacts.email",
            [{"emails": ["press@kestrel.example", "media@kestrel.example"]}],
            Overlap(2, 2, 2, 2),
            id="emails-case-folded-any-contact",
        ),
        pytest.param(
            "contacts.email",
            [{"emails": ["press@kestrel.example", "sales@kestrel.example"]}],
            Overlap(1, 2, 1, 2),
            id="one-email-wrong",
        ),
        pytest.param(
            "contacts.phone",
            [{"phones": [{"raw": "+1 503 555 0187", "e164": "+15035550187"}]}],
            Overlap(1, 1, 1, 1),
            id="phone-by-last-nine-digits",
        ),
        pytest.param(
            "contacts.phone",
            [{"phones": [{"raw": None, "e164": "+15035550187"}]}],
            Overlap(1, 1, 1, 1),
            id="phone-e164-when-no-raw",
        ),
        pytest.param(
            "contacts.phone",
            [{"phones": [{"raw": "(503) 555-0199", "e164": None}]}],
            Overlap(0, 1, 0, 1),
            id="other-phone",
        ),
        pytest.param(
            "contacts.name",
            [{"name": "IVY SORENSEN"}, {"name": None}],
            Overlap(1, 1, 1, 1),
            id="name-normal-form-desk-unnamed",
        ),
        pytest.param("contacts.name", [], Overlap(0, 0, 0, 1), id="no-contacts"),
    ],
)
def test_contacts(field, predicted, expected):
    assert scores(GOLD_CONTACTS, {"contacts": predicted})[field] == expected


def test_contact_misses_show_the_printed_value():
    predicted = {"contacts": [{"name": "Ivy Sorensen", "emails": [], "phones": [{"raw": "503-555-0111"}]}]}
    misses = score_document(GOLD_CONTACTS, predicted, "d", fields=["contacts.phone"]).misses
    assert [(x.expected, x.got) for x in misses] == [("(503) 555-0187", None), (None, "503-555-0111")]


# --- arithmetic ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "overlap, precision, recall, f1",
    [
        pytest.param(Overlap(3, 4, 3, 6), 0.75, 0.5, 0.6, id="ordinary"),
        pytest.param(Overlap(0, 0, 0, 5), 1.0, 0.0, 0.0, id="nothing-predicted-precision-one"),
        pytest.param(Overlap(0, 2, 0, 0), 0.0, 1.0, 0.0, id="nothing-to-find-recall-one"),
        pytest.param(Overlap(0, 0, 0, 0), 1.0, 1.0, 1.0, id="nothing-at-all-is-perfect"),
        pytest.param(Overlap(0, 3, 0, 3), 0.0, 0.0, 0.0, id="all-wrong"),
        pytest.param(Overlap(1, 1, 2, 2), 1.0, 1.0, 1.0, id="separate-numerators"),
    ],
)
def test_precision_recall_f1(overlap, precision, recall, f1):
    assert (overlap.precision, overlap.recall, overlap.value) == pytest.approx((precision, recall, f1))


def test_scores_are_micro_averaged_over_documents():
    documents = [
        score_document({"issuer": "A"}, {"issuer": "A"}, "1", fields=["issuer"]),
        score_document({"issuer": "B"}, {"issuer": "C"}, "2", fields=["issuer"]),
        score_document({"issuer": "D"}, {"issuer": "D"}, "3", fields=["issuer"]),
    ]
    report = summarise(documents)
    assert report.documents == 3
    assert report.scores["issuer"] == Accuracy(2, 3)
    assert [x.document for x in report.misses] == ["2"]


def test_empty_accuracy_is_perfect():
    assert Accuracy().value == 1.0


# --- floors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, floor",
    [
        pytest.param("headline=0.95", Floor("headline", 0.95), id="plain"),
        pytest.param(" quotes.text = 0.9 ", Floor("quotes.text", 0.9), id="spaces"),
        pytest.param("issuer=1", Floor("issuer", 1.0), id="integer"),
    ],
)
def test_parse_floor(text, floor):
    assert parse_floor(text) == floor


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("headline", id="no-value"),
        pytest.param("headlines=0.9", id="unknown-field"),
        pytest.param("headline=1.5", id="above-one"),
        pytest.param("headline=0.9.1", id="not-a-number"),
        pytest.param("quotes=0.9", id="field-group-is-not-a-field"),
    ],
)
def test_bad_floor_is_an_error(text):
    with pytest.raises(ValueError):
        parse_floor(text)


def test_below_floors_compares_unrounded_values():
    report = Report(3, {"issuer": Accuracy(2, 3), "headline": Accuracy(3, 3)})
    floors = [Floor("issuer", 0.667), Floor("headline", 1.0), Floor("issuer", 0.66)]
    assert below_floors(report, floors) == [Floor("issuer", 0.667)]


# --- reading a labelled set ------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold, problem",
    [
        pytest.param({"headline": "x", "quotes": []}, None, id="fine"),
        pytest.param([], "expected a JSON object", id="a-list"),
        pytest.param({"headline": 3}, "headline", id="headline-number"),
        pytest.param({"dateline": "Boise"}, "dateline", id="dateline-string"),
        pytest.param({"quotes": {"text": "x"}}, "quotes", id="quotes-object"),
        pytest.param({"quotes": [{"speaker": "A"}]}, "quotes[0].text", id="quote-without-text"),
        pytest.param({"calls_to_action": ["Visit us"]}, "calls_to_action[0]", id="call-as-string"),
        pytest.param({"contacts": [None]}, "contacts[0]", id="contact-null"),
    ],
)
def test_gold_problem(gold, problem):
    found = gold_problem(gold)
    assert found is None if problem is None else problem in found


def write_set(root, gold_files, raw_files):
    (root / "gold").mkdir()
    (root / "raw").mkdir()
    for name, data in gold_files.items():
        (root / "gold" / name).write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    for name in raw_files:
        (root / "raw" / name).write_text("A RELEASE\n\nIt happened.\n", encoding="utf-8")
    return root / "gold"


@pytest.mark.parametrize(
    "gold, raw_files, raw_name",
    [
        pytest.param({"file": "a.html"}, ["a.html", "a.txt"], "a.html", id="file-key-wins"),
        pytest.param({}, ["a.txt", "b.txt"], "a.txt", id="same-stem"),
    ],
)
def test_find_raw(tmp_path, gold, raw_files, raw_name):
    gold_dir = write_set(tmp_path, {"a.json": gold}, raw_files)
    assert find_raw(gold_dir / "a.json", gold, tmp_path / "raw") == tmp_path / "raw" / raw_name


@pytest.mark.parametrize(
    "gold_files, raw_files, message",
    [
        pytest.param({"a.json": {"file": "a.txt"}}, [], "is not in", id="named-release-missing"),
        pytest.param({"a.json": {}}, ["a.txt", "a.html"], "2 raw file", id="stem-ambiguous"),
        pytest.param({"a.json": {}}, [], "no raw file", id="stem-missing"),
        pytest.param({"a.json": "{not json"}, ["a.txt"], "not valid JSON", id="malformed-json"),
        pytest.param({"a.json": {"quotes": [{}]}}, ["a.txt"], "quotes[0].text", id="wrong-shape"),
        pytest.param({}, [], "no gold files", id="empty-gold-folder"),
    ],
)
def test_load_cases_errors(tmp_path, gold_files, raw_files, message):
    gold_dir = write_set(tmp_path, gold_files, raw_files)
    with pytest.raises(GoldError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_cases(gold_dir)


def test_load_cases_missing_folder(tmp_path):
    with pytest.raises(GoldError, match="no such gold folder"):
        load_cases(tmp_path / "nowhere")


def test_load_cases_defaults_to_raw_beside_gold_and_ignores_unlabelled(tmp_path):
    gold_dir = write_set(tmp_path, {"b.json": {"file": "b.txt"}, "a.json": {}}, ["a.md", "b.txt", "c.txt"])
    cases = load_cases(gold_dir)
    assert [(c.name, c.raw_path.name) for c in cases] == [("a", "a.md"), ("b", "b.txt")]


def test_score_cases_counts_a_missing_output_as_empty(tmp_path):
    gold_dir = write_set(tmp_path, {"a.json": {"headline": "A release"}}, ["a.txt"])
    report = score_cases(load_cases(gold_dir), {})
    assert report.scores["headline"] == Accuracy(0, 1)
