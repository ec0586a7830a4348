"""Every real release we can see parses without an exception into a schema-valid object.

The corpora live beside the project (../shared); the tests skip when they are absent.
"""

from pathlib import Path

import jsonschema
import pytest

import prparse
from prparse.schema import OUTPUT_SCHEMA

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS_RAW = SHARED / "corpus" / "raw"
NEWSRAMP = SHARED / "bench-corpus" / "newsramp"
VALIDATOR = jsonschema.Draft202012Validator(OUTPUT_SCHEMA)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


@pytest.mark.skipif(not CORPUS_RAW.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("path", _files(CORPUS_RAW), ids=lambda p: p.name)
def test_corpus_release_parses_to_valid_output(path):
    data = prparse.parse(path.read_bytes(), name=str(path)).to_dict()
    VALIDATOR.validate(data)
    assert data["body"], "every corpus release has body text"


@pytest.mark.skipif(not NEWSRAMP.is_dir(), reason="newsramp bench corpus not present")
def test_every_newsramp_release_parses_to_valid_output():
    failures = []
    for path in _files(NEWSRAMP):
        try:
            VALIDATOR.validate(prparse.parse(path.read_bytes(), name=path.name).to_dict())
        except Exception as error:  # collect them all: one report names every failing file
            failures.append(f"{path.name}: {type(error).__name__}: {error}"[:300])
    assert not failures, "\n".join(failures[:20])
