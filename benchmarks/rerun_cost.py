"""Cost of re-running `press-extract batch` over an archive already stored, as a share of the first run.

Generates distinct releases (dev-corpus texts as .txt, and the same texts wrapped in HTML pages),
runs the batch into a fresh output, then runs the same command again, and reports the CPU time
(user + system, all processes) of each run and their ratio. A rerun skips every recorded file by
path, size and modification time before reading it, so the ratio should be small; `--force` shows
the full cost for comparison.

    python benchmarks/rerun_cost.py [--files 400] [--format sqlite|jsonl|csv]
"""

from __future__ import annotations

import argparse
import html
import os
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
        text = texts[i % len(texts)] + f"\n\nArchive reference {i}.\n"
        sub = folder / f"part{i % 10:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        if i % 2:
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
            (sub / f"release-{i:06d}.html").write_text(
                f"<html><head><title>Release {i}</title></head><body><article>{paragraphs}</article></body></html>")
        else:
            (sub / f"release-{i:06d}.txt").write_text(text, encoding="utf-8")


def cpu_seconds(cmd: list[str]) -> float:
    before = os.times()
    subprocess.run(cmd, check=False, capture_output=True, cwd=ROOT)
    after = os.times()
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--format", choices=["sqlite", "jsonl", "csv"], default="sqlite")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        make_archive(archive, args.files, args.corpus)
        out = Path(tmp) / {"sqlite": "out.db", "jsonl": "out.jsonl", "csv": "tables"}[args.format]
        cmd = [sys.executable, "-m", "extractor", "batch", str(archive), "--out", str(out), "--jobs", "1",
               "--quiet"]
        first = cpu_seconds(cmd)
        rerun = cpu_seconds(cmd)
        forced = cpu_seconds([*cmd, "--force"])
    print(f"{args.files} files, {args.format}: first run {first:.1f} s CPU, rerun {rerun:.1f} s "
          f"({rerun / first:.0%} of the first), --force {forced:.1f} s ({forced / first:.0%})")


if __name__ == "__main__":
    main()
