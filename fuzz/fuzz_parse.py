"""Coverage-guided fuzzing of `prparse.parse` with atheris (libFuzzer). Not run in CI.

Any bytes go in; the parser must answer with a `PressRelease` that validates against the output
schema, or raise one of the project's own `InputError`s. Anything else (another exception, a
schema violation, a hang past libFuzzer's -timeout, memory past -rss_limit_mb) is a crash, and
libFuzzer saves the input as crash-<sha1> / timeout-<sha1> in the working directory.

The first byte of an input chooses how the rest is fed, so one run covers every entry point:
bytes with sniffing, bytes read as text, bytes read as HTML, and the same decoded to `str`.

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=600 -timeout=10 -rss_limit_mb=2048 /tmp/prparse-fuzz samples/
    python fuzz/fuzz_parse.py crash-<sha1>          # replay one finding
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["prparse"]):
    from contract import check

FORMATS = (None, "text", "html")


def test_one_input(data: bytes) -> None:
    """One fuzz case: a selector byte, then the document."""
    if not data:
        return
    mode, body = data[0], data[1:]
    fmt = FORMATS[mode % 3]
    document: str | bytes = body.decode("utf-8", "replace") if mode & 4 else body
    check(document, fmt)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
