"""Extraction throughput as a ratio of spaCy's bare tokenizer over the same distinct releases.

Each measurement runs in a fresh process (no cache has seen the texts before the timed pass),
after warming the pipeline on other text; the ratio is the median over several rounds, both
measured in the same run of this script, so a noisy shared machine affects both alike.

    python benchmarks/throughput.py [--corpus corpus/dev] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "corpus" / "dev"
WARM_TEXT = (
    "Date: March 3, 2021\n\nCounty Police Announce Results of Spring Initiative\n\n"
    "SPRINGFIELD – Police Chief Jane Example said officers arrested 14 people and seized 3 kilograms "
    "of cocaine and $12,500 in cash during Operation Warm Start, which ran from Feb. 1 to 20. "
    "\u201cWe thank our partners,\u201d said Chief Example of the Springfield Police Department (SPD).\n"
)


def distinct_texts(corpus: Path) -> list[str]:
    seen, texts = set(), []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text not in seen:
            seen.add(text)
            texts.append(text)
    return texts


def measure(mode: str, corpus: Path) -> dict[str, float]:
    """One timed pass in this (fresh) process, pinned to one core where the OS allows it."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = distinct_texts(corpus)
    words = sum(len(t.split()) for t in texts)
    if mode == "tokenizer":
        import spacy

        nlp = spacy.blank("en")
        for _ in nlp.pipe([WARM_TEXT] * 20):
            pass
        start = time.perf_counter()
        for _ in nlp.pipe(texts):
            pass
    else:
        from extractor import Extractor, Release

        extractor = Extractor()
        for _ in extractor.pipe([WARM_TEXT] * 20):
            pass
        start = time.perf_counter()
        for _ in extractor.pipe(Release(t, source=str(i)) for i, t in enumerate(texts)):
            pass
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "releases": len(texts), "words": words}


def run_child(mode: str, corpus: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--corpus", str(corpus)],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", choices=["tokenizer", "extract"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.corpus)))
        return
    runs: dict[str, list[dict[str, float]]] = {"tokenizer": [], "extract": []}
    for _ in range(args.rounds):
        for mode in runs:
            runs[mode].append(run_child(mode, args.corpus))
    first = runs["tokenizer"][0]
    print(f"corpus: {args.corpus} ({int(first['releases'])} distinct releases, {int(first['words'])} words), "
          f"{args.rounds} fresh processes each, one core")
    print(f"{'pipeline':<12}{'median s':>10}{'releases/s':>12}{'words/s':>12}")
    rates = {}
    for mode, results in runs.items():
        seconds = statistics.median(r["seconds"] for r in results)
        rates[mode] = first["words"] / seconds
        print(f"{mode:<12}{seconds:>10.3f}{first['releases'] / seconds:>12.1f}{rates[mode]:>12.0f}")
    ratios = [t["seconds"] / e["seconds"] for t, e in zip(runs["tokenizer"], runs["extract"], strict=True)]
    print(f"ratio extract/tokenizer throughput: {statistics.median(ratios):.3f} "
          f"(per round: {', '.join(f'{r:.3f}' for r in ratios)}; target >= 0.30)")


if __name__ == "__main__":
    main()
