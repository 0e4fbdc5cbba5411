"""Scoring against a gold file exactly as SPEC.md's scoring section says (micro P/R/F1)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Tally:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "predicted": self.predicted,
                "gold": self.gold}


@dataclass
class Miss:
    release: str
    field: str
    kind: str  # "missing" (in gold, not predicted) or "spurious" (predicted, not in gold)
    value: Any


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in score_names()})
    misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        return {name: tally.as_dict() for name, tally in self.tallies.items()}


# --- normalizers -----------------------------------------------------------------------------

def norm_person(name: str) -> list[str]:
    return re.sub(r"[.,]", "", name.lower()).split()


def names_match(a: str, b: str) -> bool:
    """Equal, or same first and last token with one the other minus middle names/initials."""
    x, y = norm_person(a), norm_person(b)
    if x == y:
        return bool(x)
    if not x or not y or x[0] != y[0] or x[-1] != y[-1]:
        return False
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    it = iter(long)
    return all(tok in it for tok in short)


def norm_title(title: str | None) -> str:
    return " ".join(norm_person(title or ""))


_QUOTES = "\"'“”‘’`"


def norm_operation(name: str) -> str:
    text = name.lower().translate({ord(c): None for c in _QUOTES}).strip()
    text = re.sub(r"^the\s+", "", text)
    return " ".join(text.split())


def norm_agency(name: str) -> str:
    text = name.lower().replace("'", "").replace("’", "").replace(".", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(w for w in text.split() if w != "the")


# --- per-field scoring ------------------------------------------------------------------------

def _pair_greedy(pred: list[Any], gold: list[Any], same: Callable[[Any, Any], bool]
                 ) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """Each gold item matched at most once; returns pairs, unmatched pred, unmatched gold."""
    free = list(gold)
    pairs, spurious = [], []
    for p in pred:
        for i, g in enumerate(free):
            if same(p, g):
                pairs.append((p, g))
                del free[i]
                break
        else:
            spurious.append(p)
    return pairs, spurious, free


def _multiset(pred: Iterable[Any], gold: Iterable[Any]) -> tuple[int, Counter, Counter]:
    p, g = Counter(pred), Counter(gold)
    tp = sum((p & g).values())
    return tp, p - g, g - p


Note = Callable[[str, str, Iterable[Any]], None]
"""Records misses: note(score name, kind, values)."""


def score_names() -> tuple[str, ...]:
    """Every score `evaluate` reports: the release date, then each field's, from the field registry."""
    from extractor.fields import FIELDS

    return ("release_date", *(name for spec in FIELDS for name in spec.scores))


def score_release(pred: dict[str, Any], gold: dict[str, Any], scores: Scores) -> None:
    """Add one release's comparison to `scores`: the release date here, each field by its FieldSpec."""
    from extractor.fields import FIELDS

    rid = gold.get("id") or gold.get("file", "?")
    t = scores.tallies

    def note(field_name: str, kind: str, values: Iterable[Any]) -> None:
        scores.misses.extend(Miss(rid, field_name, kind, v) for v in values)

    ok = (pred.get("release_date") or None) == (gold.get("release_date") or None)
    t["release_date"].add(int(ok), 1, 1)
    if not ok:
        note("release_date", "wrong", [f"{pred.get('release_date')} (gold {gold.get('release_date')})"])
    for spec in FIELDS:
        spec.score(pred.get(spec.name, []), gold.get(spec.name, []), t, note)


def score_officials(p_off: list[Any], g_off: list[Any], t: dict[str, Tally], note: Note) -> None:
    """Names paired greedily (middle names may be dropped); titles compared on the pairs."""
    pairs, spur, miss = _pair_greedy(p_off, g_off, lambda a, b: names_match(a["name"], b["name"]))
    t["officials"].add(len(pairs), len(p_off), len(g_off))
    note("officials", "spurious", [o["name"] for o in spur])
    note("officials", "missing", [o["name"] for o in miss])
    right = [(p, g) for p, g in pairs if norm_title(p.get("title")) == norm_title(g.get("title"))]
    t["officials.title"].add(len(right), sum(1 for p, _ in pairs if p.get("title")),
                             sum(1 for _, g in pairs if g.get("title")))
    note("officials.title", "wrong", [f"{p['name']}: {p.get('title')!r} (gold {g.get('title')!r})"
                                      for p, g in pairs if (p, g) not in right])


def score_operations(pred: list[Any], gold: list[Any], t: dict[str, Tally], note: Note) -> None:
    """Names as multisets, quotes and a leading 'the' dropped."""
    tp, spur_c, miss_c = _multiset((norm_operation(o["name"] if isinstance(o, dict) else o) for o in pred),
                                   (norm_operation(o["name"] if isinstance(o, dict) else o) for o in gold))
    t["operations"].add(tp, len(pred), len(gold))
    note("operations", "spurious", spur_c.elements())
    note("operations", "missing", miss_c.elements())


def score_agencies(p_ag: list[Any], g_ag: list[Any], t: dict[str, Tally], note: Note) -> None:
    """A predicted name matches the gold name or one of its aliases."""
    def agency_match(p: dict[str, Any], g: dict[str, Any]) -> bool:
        name = norm_agency(p["name"])
        return name == norm_agency(g["name"]) or any(name == norm_agency(a) for a in g.get("aliases", []))

    pairs, spur, miss = _pair_greedy(p_ag, g_ag, agency_match)
    t["agencies"].add(len(pairs), len(p_ag), len(g_ag))
    note("agencies", "spurious", [a["name"] for a in spur])
    note("agencies", "missing", [a["name"] for a in miss])


def score_dates(pred: list[Any], gold: list[Any], t: dict[str, Tally], note: Note) -> None:
    """Distinct (value, grain) of day and month dates."""
    def date_keys(dates: list[dict[str, Any]]) -> set[tuple[str, str]]:
        return {(d["value"], d["grain"]) for d in dates
                if d.get("value") and d.get("grain") in ("day", "month")}

    p_d, g_d = date_keys(pred), date_keys(gold)
    t["dates"].add(len(p_d & g_d), len(p_d), len(g_d))
    note("dates", "spurious", sorted(p_d - g_d))
    note("dates", "missing", sorted(g_d - p_d))


def score_amounts(pred: list[Any], gold: list[Any], t: dict[str, Tally], note: Note) -> None:
    """(value rounded to cents, unit) as multisets."""
    tp, spur_c, miss_c = _multiset(((round(float(a["value"]), 2), a["unit"]) for a in pred),
                                   ((round(float(a["value"]), 2), a["unit"]) for a in gold))
    t["amounts"].add(tp, len(pred), len(gold))
    note("amounts", "spurious", spur_c.elements())
    note("amounts", "missing", miss_c.elements())


def score_counts(pred: list[dict[str, Any]], gold: list[dict[str, Any]], t: dict[str, Tally],
                 note: Note) -> None:
    """(value, item) as multisets; events compared on the matched pairs, same events paired first."""
    def key(c: dict[str, Any]) -> tuple[int, str]:
        return (int(c["value"]), str(c["item"]).lower())

    by_key_p: dict[tuple[int, str], list[Any]] = {}
    by_key_g: dict[tuple[int, str], list[Any]] = {}
    for c in pred:
        by_key_p.setdefault(key(c), []).append(c.get("event"))
    for c in gold:
        by_key_g.setdefault(key(c), []).append(c.get("event"))
    matched = right = 0
    for k in set(by_key_p) | set(by_key_g):
        pe, ge = by_key_p.get(k, []), by_key_g.get(k, [])
        n = min(len(pe), len(ge))
        matched += n
        same = sum((Counter(pe) & Counter(ge)).values())
        right += min(same, n)
        if len(pe) > n:
            note("counts", "spurious", [k] * (len(pe) - n))
        if len(ge) > n:
            note("counts", "missing", [k] * (len(ge) - n))
        if same < n:
            note("counts.event", "wrong", [f"{k}: {sorted(map(str, pe))} (gold {sorted(map(str, ge))})"])
    t["counts"].add(matched, len(pred), len(gold))
    t["counts.event"].add(right, matched, matched)


def format_table(scores: Scores) -> str:
    lines = [f"{'field':<16}{'precision':>10}{'recall':>10}{'f1':>8}{'tp':>7}{'pred':>7}{'gold':>7}"]
    for name, tally in scores.tallies.items():
        lines.append(f"{name:<16}{tally.precision:>10.3f}{tally.recall:>10.3f}{tally.f1:>8.3f}"
                     f"{tally.tp:>7}{tally.predicted:>7}{tally.gold:>7}")
    return "\n".join(lines)
