"""How the batch scales: --jobs 2 against --jobs 1, and peak memory against the number of files.

    python bench/batch_scale.py [NEWSRAMP_DIR] [--files 20000] [--small 1000] [--rounds 2]

1. Speed-up: `prparse batch NEWSRAMP -o OUT --jobs 1` and `--jobs 2` back to back, for --rounds
   rounds (fresh output folders, so nothing is skipped); the median of the paired ratios (load
   on a shared machine affects both halves of a pair alike), and the best time of each.
2. Memory: batches of --small and --files releases (the newsramp files copied round-robin into a
   temporary folder, each copy made unique), with the peak resident memory of the whole process
   tree (parent + workers, sampled every 20 ms with psutil) and of its largest process. The ratio
   large/small shows whether memory grows with the number of files.
Needs psutil (`pip install '.[test]'`).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
NEWSRAMP = ROOT.parent / "shared" / "bench-corpus" / "newsramp"


def run_batch(source: Path, output: Path, jobs: int) -> tuple[float, int, int]:
    """Wall seconds, peak RSS of the process tree and of its largest process (bytes)."""
    command = [sys.executable, "-m", "prparse", "batch", str(source), "-o", str(output), "--jobs", str(jobs), "-q"]
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tree_peak = process_peak = 0
    while process.poll() is None:
        try:
            members = [process, *process.children(recursive=True)]
            sizes = [m.memory_info().rss for m in members]
        except psutil.Error:
            continue
        tree_peak, process_peak = max(tree_peak, sum(sizes)), max(process_peak, *sizes)
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"batch failed with exit code {process.returncode}")
    return seconds, tree_peak, process_peak


def speed_up(source: Path, rounds: int, scratch: Path) -> None:
    """Each round times --jobs 1 then --jobs 2 back to back; the ratio of each pair is one reading."""
    best = {1: float("inf"), 2: float("inf")}
    ratios = []
    for round_ in range(rounds):
        seconds = {jobs: run_batch(source, scratch / f"speed-{jobs}-{round_}", jobs)[0] for jobs in (1, 2)}
        ratios.append(seconds[1] / seconds[2])
        best = {jobs: min(best[jobs], seconds[jobs]) for jobs in (1, 2)}
        print(f"  round {round_ + 1}: --jobs 1 {seconds[1]:6.2f} s, --jobs 2 {seconds[2]:6.2f} s, {ratios[-1]:.2f}x")
    files = sum(1 for _ in source.glob("*.md"))
    print(
        f"speed-up on {files} files: median of {rounds} paired rounds {statistics.median(ratios):.2f}x; "
        f"best times --jobs 1 {best[1]:.2f} s, --jobs 2 {best[2]:.2f} s ({best[1] / best[2]:.2f}x)"
    )


def copies(source: Path, count: int, target: Path) -> Path:
    files = sorted(source.glob("*.md"))
    target.mkdir(parents=True)
    for i in range(count):
        # Spread over the whole corpus, so a small batch holds every wire's house style too.
        original = files[(i * len(files) // count) % len(files)] if count < len(files) else files[i % len(files)]
        # A different last line per copy: every file is its own release with its own hash.
        (target / f"{i:06d}-{original.name}").write_bytes(original.read_bytes() + f"\n\nRef. {i}\n".encode())
    return target


def memory(source: Path, small: int, large: int, scratch: Path) -> None:
    results = {}
    for count in (small, large):
        folder = copies(source, count, scratch / f"in-{count}")
        seconds, tree, biggest = run_batch(folder, scratch / f"out-{count}", 2)
        results[count] = tree
        print(
            f"  {count:>6} files: {seconds:6.1f} s, {count / seconds:5.0f} files/s, peak RSS of the process tree "
            f"{tree / 2**20:6.1f} MiB, largest process {biggest / 2**20:6.1f} MiB",
            flush=True,
        )
        shutil.rmtree(scratch / f"out-{count}")
    print(f"memory: {large} files / {small} files peak RSS ratio {results[large] / results[small]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=NEWSRAMP)
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    if args.files <= args.small:
        parser.error("--files must be more than --small: memory is compared between the two sizes")
    with tempfile.TemporaryDirectory(prefix="prparse-bench-") as scratch:
        if not args.skip_speed:
            speed_up(args.corpus, args.rounds, Path(scratch))
        memory(args.corpus, args.small, args.files, Path(scratch))


if __name__ == "__main__":
    main()
