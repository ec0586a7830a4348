"""prparse against trafilatura and newspaper4k on headline, date and byline, judged identically.

usage: python bench/compare_extractors.py [GOLD_DIR [RAW_DIR]] [--json] [--details]

Runs the three extractors on the HTML releases of a labelled set (default: ../shared/corpus,
gold/ and raw/; only raw files ending .html, .htm or .xhtml) and scores each with prparse's
evaluate module, so the GOLD.md rules judge all three the same way:

- prparse: `prparse.parse(bytes)`; headline, dateline.date, byline.
- trafilatura: `bare_extraction(html, with_metadata=True)`; title, date, author.
- newspaper4k: `Article.download(input_html=html)` then `parse()` (no network); title,
  publish_date, authors (joined with commas: a byline may name the same people joined otherwise).

The two others get the text prparse decoded, so only extraction is compared. Every date is
reduced to its ISO calendar date. Prints accuracy per field side by side, then, for each field
prparse does not win (every field with `--details`), the documents where another tool is right
and prparse is not, with the gold and the three values; `--json` prints the figures as JSON. Exit code 0 when prparse is
strictly ahead of both on every field, 1 when not, 2 when it cannot run (trafilatura or
newspaper4k missing, no labelled HTML release).

trafilatura and newspaper4k are optional: `pip install trafilatura newspaper4k`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NoReturn

import prparse
from prparse.evaluate.gold import GoldCase, GoldError, load_cases
from prparse.evaluate.scoring import Accuracy, score_document
from prparse.load import decode

DEFAULT_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "gold"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FIELDS = ("headline", "dateline.date", "byline")
TOOLS = ("prparse", "trafilatura", "newspaper4k")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Prediction = dict[str, Any]


def iso_date(value: object) -> str | None:
    """A date, datetime or date-like string as `YYYY-MM-DD`; None when there is none."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not value:
        return None
    match = _ISO_DATE.match(str(value).strip())
    if match:
        return match.group()
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(str(value)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def prediction(headline: object, date: object, byline: object) -> Prediction:
    """The three compared fields in prparse's output shape; empty values become null."""
    return {"headline": headline or None, "dateline": {"date": iso_date(date)}, "byline": byline or None}


def run_prparse(data: bytes, text: str, name: str) -> Prediction:
    release = prparse.parse(data, name=name)
    return prediction(release.headline, release.dateline.date if release.dateline else None, release.byline)


def load_tools() -> dict[str, Callable[[bytes, str, str], Prediction]]:
    """The three extractors; exits with a clear message when an optional one is missing."""
    missing = []
    try:
        from trafilatura import bare_extraction
    except ImportError:
        missing.append("trafilatura")
    with warnings.catch_warnings():  # newspaper warns that nltk is absent; its NLP is not used here
        warnings.simplefilter("ignore")
        try:
            from newspaper import Article
        except ImportError:
            missing.append("newspaper4k")
    if missing:
        stop(f"needs {' and '.join(missing)}: pip install {' '.join(missing)}")

    def run_trafilatura(data: bytes, text: str, name: str) -> Prediction:
        document = bare_extraction(text, with_metadata=True)
        fields = (document.as_dict() if hasattr(document, "as_dict") else document) or {}
        return prediction(fields.get("title"), fields.get("date"), fields.get("author"))

    def run_newspaper(data: bytes, text: str, name: str) -> Prediction:
        article = Article("https://example.invalid/" + Path(name).name)  # never fetched: the HTML is given
        article.download(input_html=text)
        article.parse()
        return prediction(article.title, article.publish_date, ", ".join(article.authors))

    return {"prparse": run_prparse, "trafilatura": run_trafilatura, "newspaper4k": run_newspaper}


def run_case(case: GoldCase, tools: Mapping[str, Callable[[bytes, str, str], Prediction]]) -> dict[str, Prediction]:
    """Every tool's prediction for one release; a tool that raises predicts nothing."""
    data = case.raw_path.read_bytes()
    text, _encoding = decode(data, name=str(case.raw_path))
    predictions = {}
    for tool, run in tools.items():
        try:
            predictions[tool] = run(data, text, str(case.raw_path))
        except Exception as error:  # one tool failing on one page is a miss for it, not the end of the run
            print(f"compare_extractors: {tool} failed on {case.raw_path.name}: {error}", file=sys.stderr)
            predictions[tool] = prediction(None, None, None)
    return predictions


def right_by_field(gold: Mapping[str, Any], predicted: Prediction) -> dict[str, bool]:
    scores = score_document(gold, predicted, "", fields=FIELDS).scores
    return {field: scores[field].right == 1 for field in FIELDS}


def compare(cases: list[GoldCase]) -> tuple[dict[str, dict[str, Accuracy]], list[dict[str, Any]]]:
    """Accuracy per field and tool, and per-document rows (values and verdicts)."""
    tools = load_tools()
    totals = {field: dict.fromkeys(TOOLS, Accuracy()) for field in FIELDS}
    rows = []
    for case in cases:
        predictions = run_case(case, tools)
        verdicts = {tool: right_by_field(case.gold, predictions[tool]) for tool in TOOLS}
        for field in FIELDS:
            for tool in TOOLS:
                totals[field][tool] += Accuracy(int(verdicts[tool][field]), 1)
        rows.append({"document": case.name, "gold": case.gold, "predictions": predictions, "verdicts": verdicts})
    return totals, rows


def value_of(data: Mapping[str, Any], field: str) -> object:
    return (data.get("dateline") or {}).get("date") if field == "dateline.date" else data.get(field)


def losing_fields(totals: dict[str, dict[str, Accuracy]]) -> list[str]:
    """Fields where prparse is not strictly ahead of both other tools."""
    return [
        field
        for field, by_tool in totals.items()
        if any(by_tool["prparse"].value <= by_tool[tool].value for tool in TOOLS[1:])
    ]


def print_table(totals: dict[str, dict[str, Accuracy]], documents: int) -> None:
    print(f"headline / date / byline accuracy on {documents} HTML releases (GOLD.md rules)\n")
    print(f"{'field':15s}" + "".join(f"{tool:>20s}" for tool in TOOLS))
    for field, by_tool in totals.items():
        cells = "".join(f"{f'{s.value:.3f} ({s.right}/{s.total})':>20s}" for s in by_tool.values())
        print(f"{field:15s}{cells}")


def print_details(rows: list[dict[str, Any]], fields: list[str]) -> None:
    """For each field prparse does not win: the documents where another tool beats it."""
    for field in fields:
        print(f"\n{field}: documents where another tool is right and prparse is not")
        for row in rows:
            verdicts = row["verdicts"]
            if verdicts["prparse"][field] or not any(verdicts[tool][field] for tool in TOOLS[1:]):
                continue
            print(f"  {row['document']}  gold: {json.dumps(value_of(row['gold'], field), ensure_ascii=False)}")
            for tool in TOOLS:
                shown = json.dumps(value_of(row["predictions"][tool], field), ensure_ascii=False)
                print(f"      {tool:12s} {'ok ' if verdicts[tool][field] else 'no '} {shown}")


def stop(message: str) -> NoReturn:
    """One line on stderr and exit code 2: the comparison cannot run."""
    print(f"compare_extractors: {message}", file=sys.stderr)
    sys.exit(2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("raw_dir", nargs="?", type=Path, help="default: raw/ beside GOLD_DIR")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list the documents behind every field not won")
    args = parser.parse_args()
    try:
        cases = [c for c in load_cases(args.gold_dir, args.raw_dir) if c.raw_path.suffix.lower() in HTML_SUFFIXES]
    except GoldError as error:
        stop(str(error))
    if not cases:
        stop(f"no HTML releases ({', '.join(HTML_SUFFIXES)}) with gold in {args.gold_dir}")
    totals, rows = compare(cases)
    behind = losing_fields(totals)
    if args.json:
        figures = {f: {t: s.to_dict() for t, s in by_tool.items()} for f, by_tool in totals.items()}
        print(json.dumps({"documents": len(cases), "fields": figures, "prparse_behind_on": behind}, indent=2))
    else:
        print_table(totals, len(cases))
        print("\nprparse is ahead on every field" if not behind else f"\nprparse is not ahead on: {', '.join(behind)}")
        if args.details or behind:
            print_details(rows, list(FIELDS) if args.details else behind)
    return 1 if behind else 0


if __name__ == "__main__":
    sys.exit(main())
