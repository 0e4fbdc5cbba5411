"""`press-extract batch --cluster local:2` against `--jobs 2` on the same cores, and the client's memory.

Generates distinct releases (dev-corpus texts, each with its own reference line, so every file has
its own sha256) and runs the real command into a fresh SQLite database:

- speed: files/s of `--jobs 2` and of `--cluster local:2` over the same archive (target: the
  cluster at >= 0.8x the local pool), for the whole command (LocalCluster start-up included) and
  after start-up (from the command's summary line);
- memory: the peak resident memory of the client process alone (the one that discovers files,
  schedules tasks and writes records; with local:N it also hosts the scheduler, the workers are
  other processes) at 1,000 and 10,000 files (target: <= 1.2x, flat).

    python benchmarks/cluster_scaling.py [--files 2000] [--memory-sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_scaling import make_archive  # noqa: E402 - the same generated archive as batch_scaling

DEFAULT_CORPUS = ROOT / "corpus" / "dev"

CLIENT = """
import resource, sys
from extractor.cli import main
try:
    main(sys.argv[1:])
except SystemExit as done:
    code = done.code
print("PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, code, file=sys.stderr)
"""


def run(archive: Path, *how: str) -> tuple[float, float, float]:
    """Seconds of the whole command, of the run after start-up (from its summary line: for the
    cluster, after the LocalCluster is up), and the client process's own peak RSS in MB."""
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-c", CLIENT, "batch", str(archive), "--out", str(Path(out) / "out.db"), *how]
        start = time.perf_counter()
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        seconds = time.perf_counter() - start
    peak = [line.split() for line in result.stderr.splitlines() if line.startswith("PEAK_KB")]
    if not peak or peak[-1][2] not in ("0", "None"):
        raise SystemExit(f"batch {' '.join(how)} failed: {result.stderr[-3000:]}")
    run_seconds = float(re.search(r" in ([0-9.]+)s \(", result.stderr).group(1))
    return seconds, run_seconds, int(peak[-1][1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--memory-sizes", default="1000,10000")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        make_archive(archive, args.files, args.corpus)
        print(f"\nspeed over {args.files} files into SQLite")
        print(f"{'run':<20}{'seconds':>10}{'files/s':>10}{'after start-up':>16}{'client MB':>11}")
        rates, steady = {}, {}
        for name, how in (("--jobs 2", ("--jobs", "2")), ("--cluster local:2", ("--cluster", "local:2"))):
            seconds, run_seconds, peak = run(archive, *how)
            rates[name], steady[name] = args.files / seconds, args.files / run_seconds
            print(f"{name:<20}{seconds:>10.2f}{rates[name]:>10.1f}{steady[name]:>16.1f}{peak:>11.1f}")
        ratio = rates["--cluster local:2"] / rates["--jobs 2"]
        ratio_steady = steady["--cluster local:2"] / steady["--jobs 2"]
        print(f"cluster / local pool: {ratio:.2f}x whole command, {ratio_steady:.2f}x after start-up "
              f"(target >= 0.8x)")
    sizes = [int(s) for s in args.memory_sizes.split(",") if s]
    print(f"\nclient peak memory by archive size (--cluster local:2)\n{'files':<8}{'seconds':>10}{'client MB':>11}")
    peaks = {}
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            archive = Path(tmp) / "archive"
            make_archive(archive, size, args.corpus)
            seconds, _, peaks[size] = run(archive, "--cluster", "local:2")
            print(f"{size:<8}{seconds:>10.2f}{peaks[size]:>11.1f}")
    if len(sizes) >= 2:
        print(f"client peak at {sizes[-1]} / at {sizes[0]}: {peaks[sizes[-1]] / peaks[sizes[0]]:.2f}x (target <= 1.2x)")


if __name__ == "__main__":
    main()
