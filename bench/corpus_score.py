"""Parse every release of the shared corpus and score it with the corpus's own scorer.

usage: python bench/corpus_score.py [CORPUS_DIR] [--out OUT.jsonl] [--fields a,b]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import prparse

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--fields")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as handle:
        for path in sorted((args.corpus / "raw").iterdir()):
            release = prparse.parse(path.read_bytes(), name=str(path))
            handle.write(release.to_json(indent=None) + "\n")
    command = [sys.executable, str(args.corpus / "score.py"), str(args.corpus / "gold"), str(out)]
    if args.fields:
        command += ["--fields", args.fields]
    subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
