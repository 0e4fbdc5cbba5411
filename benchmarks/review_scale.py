"""`press-extract review` on a generated archive: time and output size for N releases.

Copies the samples with small edits (a changed count and a reference line, so each release has its
own sha256 and its own page), then times three runs in fresh processes:
  1. review FOLDER      (extracts every release, then writes the site)
  2. batch FOLDER --out archive.db
  3. review archive.db  (page writing only: texts from the database when it stores them, else
     re-read from the files and checked against their sha256)
and reports the site's total size, the number of files and the largest single file.

    python benchmarks/review_scale.py [--releases 1000]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_archive(folder: Path, releases: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for i in range(releases):
        text = texts[i % len(texts)]
        text = re.sub(r"\b(\d{1,3}) (?=[a-z])", lambda m, i=i: f"{int(m.group(1)) + i % 7} ", text, count=1)
        (folder / f"release-{i:05d}.txt").write_text(text + f"\nArchive reference {i}.\n", encoding="utf-8")


def timed(*args: str) -> tuple[float, int]:
    start = time.perf_counter()
    code = subprocess.call([sys.executable, "-m", "extractor", *args], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start, code


def site_size(site: Path) -> str:
    files = [p for p in site.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    biggest = max(files, key=lambda p: p.stat().st_size)
    pages = len(list((site / "r").glob("*.html")))
    return (f"{total / 1e6:.1f} MB in {len(files)} files ({pages} release pages, "
            f"{total / max(pages, 1) / 1e3:.1f} kB a page on average); largest file "
            f"{biggest.relative_to(site)} {biggest.stat().st_size / 1e3:.0f} kB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--releases", type=int, default=1000)
    n = parser.parse_args().releases
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        archive = work / "archive"
        archive.mkdir()
        make_archive(archive, n)
        seconds, code = timed("review", str(archive), "--out", str(work / "site1"))
        print(f"review FOLDER ({n} releases, extraction included): {seconds:.1f} s, exit {code}")
        print(f"  site: {site_size(work / 'site1')}")
        seconds, code = timed("batch", str(archive), "--out", str(work / "archive.db"), "--quiet")
        print(f"batch FOLDER --out archive.db: {seconds:.1f} s, exit {code}")
        seconds, code = timed("review", str(work / "archive.db"), "--out", str(work / "site2"))
        print(f"review archive.db (pages only; texts re-read from the files and sha256-checked): "
              f"{seconds:.1f} s, exit {code}")
        print(f"  site: {site_size(work / 'site2')}")


if __name__ == "__main__":
    main()
