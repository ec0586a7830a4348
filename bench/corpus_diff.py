"""Show gold against prparse's output, one field, document by document.

usage: python bench/corpus_diff.py FIELD [DOC ...]   (FIELD: headline, dateline, byline, issuer,
quotes, calls_to_action, contacts, subheadline; DOC: 000, 017, ...)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import prparse

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def show(field: str, stem: str) -> None:
    raw = next((CORPUS / "raw").glob(stem + ".*"))
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text())
    got = prparse.parse(raw.read_bytes(), name=str(raw)).to_dict()
    print(f"=== {stem}")
    print("gold:", json.dumps(gold.get(field), ensure_ascii=False, indent=1))
    print("got: ", json.dumps(got.get(field), ensure_ascii=False, indent=1))


def main() -> None:
    field, stems = sys.argv[1], sys.argv[2:]
    for stem in stems or sorted(p.stem for p in (CORPUS / "gold").glob("*.json")):
        show(field, stem)


if __name__ == "__main__":
    main()
