"""Shared fixtures: where the bundled samples live and which ones there are.

A sample is `samples/<org>-<yyyy-mm-dd>-<slug>.<txt|md|html>`; beside it lies
`<same stem>.expected.json`, what a careful reader extracts from it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_SUFFIXES = (".txt", ".md", ".html")


def sample_paths() -> list[Path]:
    """Every sample input, sorted by name (expected files excluded)."""
    return sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix in SAMPLE_SUFFIXES)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Any test that asks for `sample_path` runs once per sample, with the file's stem as id.
    if "sample_path" in metafunc.fixturenames:
        paths = sample_paths()
        metafunc.parametrize("sample_path", paths, ids=[p.stem for p in paths])


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES_DIR


@pytest.fixture
def expected_file(sample_path: Path) -> Path:
    """The expected-output file that belongs to the sample under test (it may be missing)."""
    return sample_path.with_name(sample_path.stem + ".expected.json")
