"""Time per 1,000 characters as input grows (10 KB, 100 KB, 1 MB), for a normal release and hostile shapes.

Linear extraction keeps the time per 1,000 characters flat. Each hostile case is compared with a normal
release of the same size (the release repeated), as a ratio; target: every ratio within 1.5x.
Whitespace-free runs (quotes, brackets, dashes, dots, digits) once cost quadratic time in spaCy's
tokenizer; they are drawn at random from their class, so no tokenizer cache can hide a slow path.

    python benchmarks/growth.py [--release corpus/dev/seed-000.txt] [--sizes 10000,100000]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RELEASE = ROOT / "samples" / "seed-000.txt"
SIZES = (10_000, 100_000, 1_000_000)
TARGET = 1.5

RUN_CLASSES = {
    "quotes": "\"'\u201c\u201d\u2018\u2019",
    "brackets": "()[]{}",
    "dashes": "-\u2013\u2014",
    "dots": ".",
    "digits": "0123456789",
}


def run_of(chars: str, size: int, rng: random.Random) -> str:
    """A whitespace-free run of `size` characters drawn from `chars`."""
    return "".join(rng.choices(chars, k=size))


def hostile_cases(size: int, seed: int = 0) -> dict[str, str]:
    from extractor.pipeline import MAX_RUN_CHARS

    rng = random.Random(seed)
    cases = {f"run of {name}": run_of(chars, size, rng) for name, chars in RUN_CLASSES.items()}
    cases["spaced quotation marks"] = " ".join(rng.choices(RUN_CLASSES["quotes"], k=size // 2))[:size]
    # Runs at the tokenizer's bound go through spaCy's affix loop (one token per character, each
    # strip copying the rest of the run): linear overall, the costliest shape per character left
    # (reported, not part of the target).
    cases["quote runs at the bound"] = " ".join(run_of(RUN_CLASSES["quotes"], MAX_RUN_CHARS, rng)
                                                 for _ in range(size // (MAX_RUN_CHARS + 1) + 1))[:size]
    cases["line of numbers"] = " ".join(str(rng.randrange(10_000)) for _ in range(size // 4))[:size]
    return cases


def release_of(release: str, size: int) -> str:
    """The release repeated (blank line between copies) up to `size` characters."""
    body = release + "\n\n"
    return (body * (size // len(body) + 1))[:size]


def time_case(extract: Callable[[str], object], text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        extract(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--release", type=Path, default=DEFAULT_RELEASE)
    parser.add_argument("--repeats", type=int, default=3, help="best of N (1 MB cases run once)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated sizes in characters")
    args = parser.parse_args()
    from extractor import Extractor

    extractor = Extractor(max_bytes=50_000_000)
    release = args.release.read_text(encoding="utf-8")

    def extract(text: str) -> object:
        return extractor.extract(text, source="growth")

    extract(release)  # warm
    print(f"{'case':<26}{'chars':>10}{'seconds':>10}{'ms/1k chars':>13}{'vs release':>12}")
    worst = 0.0
    for size in map(int, args.sizes.split(",")):
        repeats = args.repeats if size < 1_000_000 else 1
        base = time_case(extract, release_of(release, size), repeats) * 1000 / (size / 1000)
        print(f"{'normal release':<26}{size:>10}{base * size / 1e6:>10.3f}{base:>13.3f}{1.0:>12.2f}")
        for name, text in hostile_cases(size).items():
            per_k = time_case(extract, text, repeats) * 1000 / (len(text) / 1000)
            ratio = per_k / base
            if name.startswith("run of"):
                worst = max(worst, ratio)
            print(f"{name:<26}{len(text):>10}{per_k * len(text) / 1e6:>10.3f}{per_k:>13.3f}{ratio:>12.2f}")
    verdict = "within" if worst <= TARGET else "OVER"
    print(f"worst whitespace-free run: {worst:.2f}x a normal release ({verdict} the {TARGET}x target)")


if __name__ == "__main__":
    main()
