"""Whole releases against the hand-checked dev gold: the seed release exactly, and a floor per field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import Extractor
from extractor.cli import main
from extractor.evaluate import norm_agency

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev"  # ships with the project: never skipped
GOLD = DEV / "gold.jsonl"

# The F1 each field reached on the dev set; a change that falls below fails here, so accuracy never
# regresses quietly. Raise a floor when a field improves; never lower one to make a change pass.
# counts.event: the dev gold was redone for the updated contract (event nouns give their verb, lists
# share their verb, "including" takes its set's event); its floor is the F1 reached on that gold.
# dates: SPEC makes a range one mention ("between Jan. 12 and Feb. 10, 2026", "from March 2018 through
# August 2018"), but the dev gold still lists the end of six ranges as dates of their own (r017, r045, r046,
# r053, r071, r079); dev2 and the blind set follow SPEC (blind dates 0.885 -> 0.931 with ranges joined), so
# the dev floor stands at the F1 SPEC allows on this gold.
FLOORS = {
    "release_date": 1.0,
    "officials": 0.98,
    "officials.title": 0.98,
    "operations": 0.98,
    "agencies": 0.96,
    "counts": 0.99,
    "counts.event": 0.90,
    "dates": 0.98,
    "amounts": 0.99,
}


DEV2 = DEV.parent / "dev2"  # publishers no rule was written for when they were added: generality
DEV2_FLOORS = {
    "release_date": 1.0,
    "officials": 0.99,
    "officials.title": 0.97,
    "operations": 1.0,
    "agencies": 0.98,
    "counts": 0.95,
    "counts.event": 0.89,
    "dates": 0.98,
    "amounts": 0.99,
}


def gold_line(release_id: str) -> dict:
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == release_id:
            return item
    raise KeyError(release_id)


def test_the_seed_release_yields_exactly_its_gold_facts() -> None:
    gold = gold_line("seed-000")
    record = Extractor().extract_file(DEV / gold["file"]).model_dump(mode="json")
    assert record["release_date"] == gold["release_date"]
    officials = [(o["name"], o["title"]) for o in record["officials"]]
    assert officials == [(o["name"], o["title"]) for o in gold["officials"]]
    assert [o["name"] for o in record["operations"]] == gold["operations"]
    # compared as the scoring compares them: the gold writes "Sheriff's" where the text has "Sheriff’s"
    assert sorted(norm_agency(a["name"]) for a in record["agencies"]) == sorted(
        norm_agency(a["name"]) for a in gold["agencies"])
    fields = ("value", "item", "event", "modifiers", "charge", "qualifier", "total")
    defaults = {"event": None, "modifiers": [], "charge": None, "qualifier": None, "total": False}
    assert [tuple(c[f] for f in fields) for c in record["counts"]] == [
        tuple(c.get(f, defaults.get(f)) for f in fields) for c in gold["counts"]]
    assert [(d["value"], d["grain"]) for d in record["dates"]] == [(d["value"], d["grain"]) for d in gold["dates"]]
    assert record["amounts"] == gold["amounts"]


@pytest.mark.parametrize(("gold", "floors"), [(GOLD, FLOORS), (DEV2 / "gold.jsonl", DEV2_FLOORS)], ids=["dev", "dev2"])
def test_dev_set_scores_stay_at_or_above_their_floors(gold: Path, floors: dict[str, float]) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    below = {name: scores[name]["f1"] for name, floor in floors.items() if scores[name]["f1"] < floor}
    assert not below, f"fields below their floor: {below} (floors {floors})"
