"""`press-extract batch` over a generated archive: speed-up of --jobs 2 over --jobs 1, and peak memory.

Generates distinct releases (dev-corpus texts, each with its own reference line, so every file
has its own sha256), runs the batch into a fresh SQLite database, and reads the peak resident
memory of the largest process of each run (the parent or one worker) from the kernel.

    python benchmarks/batch_scaling.py [--files 2000] [--memory-sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "corpus" / "dev"


def make_archive(folder: Path, files: int, corpus: Path) -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.glob("*.txt"))]
    texts = texts or [(ROOT / "samples" / "seed-000.txt").read_text(encoding="utf-8")]
    for i in range(files):
        sub = folder / f"part{i % 20:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"release-{i:06d}.txt").write_text(
            texts[i % len(texts)] + f"\n\nArchive reference {i}.\n", encoding="utf-8")


def run_batch(archive: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS in MB of the largest process in a fresh child tree."""
    with tempfile.TemporaryDirectory() as out:
        script = (
            "import resource, subprocess, sys, time\n"
            "start = time.perf_counter()\n"
            "code = subprocess.call(sys.argv[1:])\n"
            "seconds = time.perf_counter() - start\n"
            "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
            "print(seconds, peak, code)\n"
        )
        cmd = [sys.executable, "-c", script, sys.executable, "-m", "extractor", "batch", str(archive),
               "--out", str(Path(out) / "out.db"), "--jobs", str(jobs), "--quiet"]
        result = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
        seconds, peak_kb, code = result.stdout.split()
        if code not in ("0", "1"):
            raise SystemExit(f"batch failed with exit {code}: {result.stderr[-2000:]}")
        return float(seconds), int(peak_kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--memory-sizes", default="1000,10000")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    print(f"machine: {resource.getpagesize()} B pages; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        make_archive(archive, args.files, args.corpus)
        print(f"\nspeed-up over {args.files} files into SQLite")
        print(f"{'jobs':<6}{'seconds':>10}{'files/s':>10}{'peak MB':>10}")
        timings = {}
        for jobs in (1, 2):
            seconds, peak = run_batch(archive, jobs)
            timings[jobs] = seconds
            print(f"{jobs:<6}{seconds:>10.2f}{args.files / seconds:>10.1f}{peak:>10.1f}")
        print(f"speed-up --jobs 2 / --jobs 1: {timings[1] / timings[2]:.2f}x (target >= 1.6x)")
    sizes = [int(s) for s in args.memory_sizes.split(",") if s]
    print(f"\npeak memory by archive size (--jobs 2)\n{'files':<8}{'seconds':>10}{'peak MB':>10}")
    peaks = {}
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            archive = Path(tmp) / "archive"
            make_archive(archive, size, args.corpus)
            seconds, peaks[size] = run_batch(archive, 2)
            print(f"{size:<8}{seconds:>10.2f}{peaks[size]:>10.1f}")
    if len(sizes) >= 2:
        print(f"peak at {sizes[-1]} / peak at {sizes[0]}: {peaks[sizes[-1]] / peaks[sizes[0]]:.2f}x (target <= 1.2x, "
              f"and under 500 MB per process)")


if __name__ == "__main__":
    main()
