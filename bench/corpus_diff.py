"""Show gold against prparse's output, one field, document by document.

usage: python bench/corpus_diff.py [--corpus DIR] FIELD [DOC ...]   (FIELD: headline, dateline,
byline, issuer, quotes, calls_to_action, contacts, subheadline; DOC: 000, 017, ...)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import prparse

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def show(corpus: Path, field: str, stem: str) -> None:
    raw = next((corpus / "raw").glob(stem + ".*"))
    gold = json.loads((corpus / "gold" / f"{stem}.json").read_text())
    got = prparse.parse(raw.read_bytes(), name=str(raw)).to_dict()
    print(f"=== {stem}")
    print("gold:", json.dumps(gold.get(field), ensure_ascii=False, indent=1))
    print("got: ", json.dumps(got.get(field), ensure_ascii=False, indent=1))


def main() -> None:
    args = sys.argv[1:]
    corpus = CORPUS
    if args[:1] == ["--corpus"]:
        corpus, args = Path(args[1]), args[2:]
    field, stems = args[0], args[1:]
    for stem in stems or sorted(p.stem for p in (corpus / "gold").glob("*.json")):
        show(corpus, field, stem)


if __name__ == "__main__":
    main()
