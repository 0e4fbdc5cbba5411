"""Scoring follows SPEC.md's rules, field by field."""

from __future__ import annotations

import pytest

from extractor.evaluate import Scores, names_match, norm_agency, norm_operation, score_release


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Robert G. Luna", "Robert Luna", True),
        ("Robert G. Luna", "robert g luna", True),
        ("Eric H. Holder, Jr.", "Eric Holder Jr", True),
        ("Robert Luna", "Roberta Luna", False),
        ("Robert G. Luna", "Robert K. Luna", False),
        ("Luna", "Robert Luna", False),
    ],
)
def test_names_match_with_middle_names_dropped(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Los Angeles County Sheriff's Department", "los angeles county sheriffs department"),
        ("the U.S. Marshals Service", "US Marshals Service"),
        ("Internal Revenue Service-Criminal Investigation", "Internal Revenue Service Criminal Investigation"),
    ],
)
def test_agency_names_compare_without_the_apostrophes_and_punctuation(a: str, b: str) -> None:
    assert norm_agency(a) == norm_agency(b)


def test_operation_names_drop_quotes_and_leading_the() -> None:
    assert norm_operation("the “Operation We Will Find You”") == norm_operation("operation we will find you")


def _score(pred: dict, gold: dict) -> Scores:
    scores = Scores()
    score_release(pred, {"id": "x", **gold}, scores)
    return scores


def test_counts_are_multisets_of_value_and_item_and_events_score_matched_pairs() -> None:
    gold = {"counts": [{"value": 54, "item": "victim", "event": "recover"},
                       {"value": 54, "item": "victim", "event": None},
                       {"value": 11, "item": "victim", "event": "recover"}]}
    pred = {"counts": [{"value": 54, "item": "victim", "event": None},
                       {"value": 54, "item": "victim", "event": "recover"},
                       {"value": 7, "item": "victim", "event": "recover"}]}
    t = _score(pred, gold).tallies
    assert (t["counts"].tp, t["counts"].predicted, t["counts"].gold) == (2, 3, 3)
    assert t["counts.event"].tp == 2


def test_dates_are_sets_and_only_day_and_month_grains_count() -> None:
    gold = {"dates": [{"value": "2024-01-31", "grain": "day"}, {"value": "2024-01-01", "grain": "year"}]}
    pred = {"dates": [{"value": "2024-01-31", "grain": "day"}, {"value": "2024-01-31", "grain": "day"},
                      {"value": "2023-12-01", "grain": "month"}]}
    t = _score(pred, gold).tallies["dates"]
    assert (t.tp, t.predicted, t.gold) == (1, 2, 1)


def test_each_gold_agency_matches_at_most_once_by_name_or_alias() -> None:
    gold = {"agencies": [{"name": "Drug Enforcement Administration", "aliases": ["DEA"]}]}
    pred = {"agencies": [{"name": "DEA"}, {"name": "Drug Enforcement Administration"}]}
    t = _score(pred, gold).tallies["agencies"]
    assert (t.tp, t.predicted, t.gold) == (1, 2, 1)


def test_official_titles_score_only_matched_names() -> None:
    gold = {"officials": [{"name": "Robert G. Luna", "title": "Sheriff"},
                          {"name": "Jane Roe", "title": "U.S. Attorney"}]}
    pred = {"officials": [{"name": "Robert Luna", "title": "sheriff"}, {"name": "Jane Roe", "title": "Attorney"},
                          {"name": "John Doe", "title": "Chief"}]}
    t = _score(pred, gold).tallies
    assert (t["officials"].tp, t["officials"].predicted) == (2, 3)
    assert (t["officials.title"].tp, t["officials.title"].predicted) == (1, 2)


def test_amounts_compare_value_and_unit() -> None:
    gold = {"amounts": [{"value": 1200000.0, "unit": "USD"}, {"value": 3.0, "unit": "kg"}]}
    pred = {"amounts": [{"value": 1200000, "unit": "USD"}, {"value": 3.0, "unit": "lb"}]}
    t = _score(pred, gold).tallies["amounts"]
    assert (t.tp, t.predicted, t.gold) == (1, 2, 2)


def test_release_date_null_matches_null() -> None:
    assert _score({"release_date": None}, {"release_date": None}).tallies["release_date"].tp == 1
    assert _score({"release_date": "2024-01-01"}, {"release_date": None}).tallies["release_date"].tp == 0


def test_empty_prediction_against_empty_gold_is_perfect_not_zero() -> None:
    t = _score({}, {}).tallies["counts"]
    assert t.f1 == 1.0


def test_every_field_of_the_registry_is_scored_and_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    """evaluate reads the field registry: a new FieldSpec gets its score without touching evaluate."""
    import extractor.fields as fields
    from extractor.evaluate import score_names
    from extractor.models import Operation

    assert score_names() == ("release_date", *(n for spec in fields.FIELDS for n in spec.scores))

    def score_vehicles(pred: list, gold: list, t: dict, note: object) -> None:
        t["vehicles"].add(len({*pred} & {*gold}), len(pred), len(gold))

    spec = fields.FieldSpec("vehicles", Operation, lambda doc: [], score_vehicles)
    monkeypatch.setattr(fields, "FIELDS", (*fields.FIELDS, spec))
    t = _score({"vehicles": ["van", "car"]}, {"vehicles": ["van"]}).tallies
    assert (t["vehicles"].tp, t["vehicles"].predicted, t["vehicles"].gold) == (1, 2, 1)


def test_the_registry_covers_every_list_field_of_the_record() -> None:
    from extractor.fields import FIELDS
    from extractor.models import Record

    lists = {name for name, info in Record.model_fields.items()
             if getattr(info.annotation, "__origin__", None) is list and name != "warnings"}
    assert {spec.name for spec in FIELDS} == lists
    for spec in FIELDS:
        assert Record.model_fields[spec.name].annotation == list[spec.model]
        assert [c.name for c in spec.columns] == list(spec.model.model_fields)
