"""Time prparse per document, side by side with trafilatura and a parsing floor, and time CLI start.

usage: python bench/speed.py [--newsramp DIR] [--html PATH ...] [--rounds N] [--limit N]
                             [--cli-runs N] [--skip-text] [--skip-html] [--skip-cli]

Each document is timed in-process after a warm-up pass. The systems compared on a document are
timed one right after the other, in an order that rotates from document to document, so load
from other processes on the machine falls on all of them alike. Figures:

- text (`--newsramp`, default ../shared/bench-corpus/newsramp): prparse vs the floor (decode
  plus splitting into paragraphs); median and p99 per document, releases per second per core
  (documents over CPU seconds of this process, so other processes' load does not count).
- HTML (`--html`, default the HTML files of samples/ and ../shared/corpus/raw/): prparse vs
  trafilatura's `extract(with_metadata=True)` (when installed) vs the floor (decode plus
  `lxml.html.fromstring` and `text_content()`). Each page is timed `--rounds` times and its
  fastest round kept (the least disturbed measurement).
- prparse's own caches are emptied before each of its parses, so every page is timed cold.
- Times are CPU time of the timing thread (what a document costs a core, robust when other
  processes share the machine), with wall time beside them; ratios are of CPU time.
- CLI start: `prparse parse SMALL.txt` vs `python -c "import typer, rich, lxml.html, bs4"`,
  alternated, median of `--cli-runs` each.
- Peak RSS of this process after the prparse passes (before trafilatura is imported) and at
  the end.
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

import prparse

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_NEWSRAMP = SHARED / "bench-corpus" / "newsramp"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
BARE_IMPORT = "import typer, rich, lxml.html, bs4"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

Timer = Callable[[bytes], object]


def main() -> None:
    args = _arguments()
    if not args.skip_text:
        _text_bench(_files([args.newsramp], (".txt", ".md", ".markdown"), args.limit))
    if not args.skip_html:
        _html_bench(_files(args.html, HTML_SUFFIXES, args.limit), args.rounds)
    if not args.skip_cli:
        _cli_bench(args.small, args.cli_runs)
    print(f"peak RSS (whole run)      {_peak_rss_mb():.1f} MB")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--newsramp", type=Path, default=DEFAULT_NEWSRAMP, help="folder of text releases")
    parser.add_argument(
        "--html", type=Path, nargs="+", default=[REPO / "samples", SHARED / "corpus" / "raw"], help="HTML files/folders"
    )
    parser.add_argument("--small", type=Path, help="the small release for the CLI start (default: smallest sample)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds over the HTML pages (fastest kept)")
    parser.add_argument("--limit", type=int, help="at most this many documents per set")
    parser.add_argument("--cli-runs", type=int, default=9)
    parser.add_argument("--skip-text", action="store_true")
    parser.add_argument("--skip-html", action="store_true")
    parser.add_argument("--skip-cli", action="store_true")
    return parser.parse_args()


def _files(roots: list[Path], suffixes: tuple[str, ...], limit: int | None) -> list[tuple[str, bytes]]:
    paths: list[Path] = []
    for root in roots:
        if root.is_dir():
            paths.extend(sorted(p for p in root.iterdir() if p.suffix.lower() in suffixes))
        elif root.is_file():
            paths.append(root)
        else:
            print(f"note: {root} not found, skipped", file=sys.stderr)
    return [(str(p), p.read_bytes()) for p in paths[:limit]]


# --- the systems -------------------------------------------------------------------------


def _prparse(data: bytes) -> object:
    for cache in _PRPARSE_CACHES:
        cache.cache_clear()
    return prparse.parse(data).to_json(indent=None)


# prparse's bounded caches (`functools.lru_cache`), emptied before each timed parse: a page timed again
# must not find its texts already worked out. Found once the warm-up has imported every module.
_PRPARSE_CACHES: list[Callable[..., object]] = []


def _find_prparse_caches() -> None:
    modules = [m for name, m in list(sys.modules.items()) if name == "prparse" or name.startswith("prparse.")]
    found = {id(v): v for m in modules for v in vars(m).values() if callable(getattr(v, "cache_clear", None))}
    _PRPARSE_CACHES[:] = found.values()


def _floor_text(data: bytes) -> object:
    text = data.decode("utf-8", errors="replace")
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def _floor_html(data: bytes) -> object:
    text = data.decode("utf-8", errors="replace")
    return lxml.html.fromstring(text).text_content()


def _trafilatura() -> Timer | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(data: bytes) -> object:
        return trafilatura.extract(data.decode("utf-8", errors="replace"), with_metadata=True)

    return run


# --- timing ------------------------------------------------------------------------------


def _time_interleaved(
    docs: list[tuple[str, bytes]], systems: dict[str, Timer], rounds: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Per system, each document's fastest CPU and wall time over `rounds`; systems rotate order per document.

    CPU time (of this thread) is what a document costs a core; wall time also counts the time the
    process waited for a core while other processes ran, so on a busy machine it says less.
    """
    names = list(systems)
    cpu = {name: [float("inf")] * len(docs) for name in names}
    wall = {name: [float("inf")] * len(docs) for name in names}
    for _ in range(rounds):
        for i, (_, data) in enumerate(docs):
            shift = i % len(names)
            for name in names[shift:] + names[:shift]:
                start, start_cpu = time.perf_counter(), time.thread_time()
                systems[name](data)
                cpu[name][i] = min(cpu[name][i], time.thread_time() - start_cpu)
                wall[name][i] = min(wall[name][i], time.perf_counter() - start)
    return cpu, wall


def _warm_up(docs: list[tuple[str, bytes]], systems: dict[str, Timer]) -> None:
    for _, data in docs:
        for run in systems.values():
            run(data)


def _text_bench(docs: list[tuple[str, bytes]]) -> None:
    if not docs:
        print("text: no documents (give --newsramp DIR)")
        return
    systems: dict[str, Timer] = {"prparse": _prparse, "floor": _floor_text}
    _warm_up(docs[:200], systems)
    _find_prparse_caches()
    gc.collect()
    times, wall = _time_interleaved(docs, systems, rounds=1)
    print(f"== text: {len(docs)} releases ==")
    _print_rows(times, wall)
    rate, wall_rate = len(docs) / sum(times["prparse"]), len(docs) / sum(wall["prparse"])
    print(f"prparse releases/s/core   {rate:.0f} (CPU time; target >= 300)  {wall_rate:.0f} (wall)")
    print(f"prparse / floor           {_ratio(times, 'prparse', 'floor')}")
    print(f"peak RSS after text       {_peak_rss_mb():.1f} MB")


def _html_bench(docs: list[tuple[str, bytes]], rounds: int) -> None:
    if not docs:
        print("html: no pages (give --html PATH)")
        return
    systems: dict[str, Timer] = {"prparse": _prparse, "floor": _floor_html}
    _warm_up(docs, systems)
    _find_prparse_caches()
    print(f"peak RSS, prparse only    {_peak_rss_mb():.1f} MB")
    trafilatura = _trafilatura()
    if trafilatura is None:
        print("note: trafilatura is not installed: the prparse/trafilatura ratio is not measured")
    else:
        systems["trafilatura"] = trafilatura
        _warm_up(docs, {"trafilatura": trafilatura})
    gc.collect()
    times, wall = _time_interleaved(docs, systems, rounds)
    print(f"== html: {len(docs)} pages, fastest of {rounds} rounds ==")
    _print_rows(times, wall)
    print(f"prparse pages/s/core      {len(docs) / sum(times['prparse']):.0f}")
    if "trafilatura" in times:
        print(f"prparse / trafilatura     {_ratio(times, 'prparse', 'trafilatura')}  (target <= 0.5)")
    print(f"prparse / floor           {_ratio(times, 'prparse', 'floor')}  (target <= 4)")


def _print_rows(times: dict[str, list[float]], wall: dict[str, list[float]]) -> None:
    print("CPU ms per document (wall ms in the last two columns)")
    print(f"{'system':<14}{'median':>10}{'mean':>10}{'p99':>10}{'max':>10}{'wall med':>10}{'wall p99':>10}")
    for name, values in times.items():
        row = (statistics.median(values), statistics.fmean(values), _p99(values), max(values))
        row += (statistics.median(wall[name]), _p99(wall[name]))
        print(f"{name:<14}" + "".join(f"{v * 1000:>10.2f}" for v in row))


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _ratio(times: dict[str, list[float]], a: str, b: str) -> str:
    mean = sum(times[a]) / sum(times[b])
    median = statistics.median(times[a]) / statistics.median(times[b])
    return f"{mean:.2f}x (mean CPU)  {median:.2f}x (median CPU)"


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


# --- CLI start -----------------------------------------------------------------------------


def _cli_bench(small: Path | None, runs: int) -> None:
    small = small or min((REPO / "samples").glob("*.txt"), key=lambda p: p.stat().st_size, default=None)
    exe = shutil.which("prparse", path=str(Path(sys.executable).parent)) or shutil.which("prparse")
    if small is None or exe is None:
        print("cli: skipped (no prparse executable or no small sample)")
        return
    commands = {
        "prparse parse": [exe, "parse", str(small)],
        "bare import": [sys.executable, "-c", BARE_IMPORT],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for i in range(runs + 1):
        for name in sorted(commands, reverse=i % 2 == 1):
            start, start_cpu = time.perf_counter(), _children_cpu()
            subprocess.run(commands[name], check=True, stdout=subprocess.DEVNULL)
            if i:  # the first run of each warms the disk cache
                times[name].append(time.perf_counter() - start)
                cpu[name].append(_children_cpu() - start_cpu)
    a, b = (statistics.median(times[n]) for n in commands)
    a_cpu, b_cpu = (statistics.median(cpu[n]) for n in commands)
    print(f"== CLI start: {small.name}, median of {runs} runs (wall; CPU = user + system) ==")
    print(f"prparse parse SMALL.txt   {a * 1000:.0f} ms wall  {a_cpu * 1000:.0f} ms CPU")
    print(f"python -c '{BARE_IMPORT}'  {b * 1000:.0f} ms wall  {b_cpu * 1000:.0f} ms CPU")
    print(f"ratio                     {a / b:.2f}x wall  {a_cpu / b_cpu:.2f}x CPU  (target <= 1.5)")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
