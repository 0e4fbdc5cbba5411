"""Time per 1,000 words as a release grows 1x, 10x, 100x, and on hostile shapes of input.

Linear extraction keeps the time per 1,000 words flat (target: within 1.5x across cases).

    python benchmarks/growth.py [--release ../shared/corpus/dev/seed-000.txt]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RELEASE = ROOT / "samples" / "seed-000.txt"


def cases(release: str) -> dict[str, str]:
    body = release + "\n\n"
    return {
        "release x1": release,
        "release x10": body * 10,
        "release x100": body * 100,
        "1 MB line of numbers": " ".join(str(i % 9973) for i in range(200_000))[:1_000_000],
        "only quotation marks": " ".join(["\u201c", '"', "\u201d", "'"] * 50_000),
        "50,000 capitalized words": " ".join(f"Word{chr(65 + i % 26)}ord" for i in range(50_000)),
    }


def time_case(extractor, text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        extractor.extract(text, source="growth")
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--release", type=Path, default=DEFAULT_RELEASE)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    from extractor import Extractor

    extractor = Extractor(max_bytes=50_000_000)
    release = args.release.read_text(encoding="utf-8")
    extractor.extract(release)  # warm
    print(f"{'case':<28}{'words':>10}{'seconds':>10}{'ms/1k words':>13}{'vs x1':>8}")
    base = None
    for name, text in cases(release).items():
        words = max(1, len(text.split()))
        seconds = time_case(extractor, text, args.repeats if words < 100_000 else 1)
        per_k = seconds * 1000 / (words / 1000)
        base = base or per_k
        print(f"{name:<28}{words:>10}{seconds:>10.3f}{per_k:>13.2f}{per_k / base:>8.2f}")


if __name__ == "__main__":
    main()
