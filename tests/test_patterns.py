"""Rule files are untrusted data: validated at load, errors name the file, line and fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import Extractor
from extractor.patterns import DEFAULT_PATTERNS_DIR, PatternFileError, load_pattern_dirs, load_rule_file, rule_files


def write(path: Path, *rows: object) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("{not json", "Invalid JSON"),
        ({"id": "a", "label": "X"}, "pattern"),
        ({"id": "", "label": "X", "pattern": "x"}, "id"),
        ({"id": "a", "label": "X", "pattern": "  "}, "must not be empty"),
        ({"id": "a", "label": "X", "pattern": []}, "at least one token"),
        ({"id": "a", "label": "X", "pattern": [{"NOT_AN_ATTR": "x"}]}, "NOT_AN_ATTR"),
        ({"id": "a", "label": "X", "pattern": "x", "extra": 1}, "extra"),
        ({"id": "a", "label": "X", "pattern": [{"TEXT": {"REGEX": "(a+)+$"}}]}, "nests quantifiers"),
        ({"id": "a", "label": "X", "pattern": [{"TEXT": {"REGEX": "(\\w*)*"}}]}, "nests quantifiers"),
        ({"id": "a", "label": "X", "pattern": [{"TEXT": {"REGEX": "[unclosed"}}]}, "invalid regular expression"),
        ({"id": "a", "label": "X", "pattern": [{"TEXT": {"REGEX": "a" * 300}}]}, "longer than"),
    ],
)
def test_a_broken_rule_names_file_line_and_problem(tmp_path: Path, row: object, message: str) -> None:
    path = write(tmp_path / "mine.jsonl", {"id": "ok", "label": "X", "pattern": "fine"}, row)
    with pytest.raises(PatternFileError) as err:
        load_rule_file(path)
    assert f"{path}:2:" in str(err.value)
    assert message in str(err.value)


def test_duplicate_rule_ids_are_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path / "mine.jsonl", {"id": "a", "label": "X", "pattern": "x"}, {"id": "a", "label": "X", "pattern": "y"}
    )
    with pytest.raises(PatternFileError, match="used twice"):
        load_rule_file(path)


def test_safe_regex_and_blank_and_comment_lines_are_accepted(tmp_path: Path) -> None:
    path = write(
        tmp_path / "mine.jsonl",
        "",
        "// a comment",
        {"id": "a", "label": "X", "pattern": [{"TEXT": {"REGEX": "^[A-Z]{2,5}$"}}]},
    )
    assert [r.id for r in load_rule_file(path)] == ["a"]


def test_user_rules_extend_the_built_in_groups(tmp_path: Path) -> None:
    key = rule_files(DEFAULT_PATTERNS_DIR)[0].stem
    write(tmp_path / f"{key}.jsonl", {"id": "user-zzz", "label": "USER", "pattern": "zzyzx"})
    groups = load_pattern_dirs([DEFAULT_PATTERNS_DIR, tmp_path])
    assert groups[key][-1].id == "user-zzz"
    assert len(groups[key]) == len(load_rule_file(DEFAULT_PATTERNS_DIR / f"{key}.jsonl")) + 1


def test_user_rules_reach_the_doc(tmp_path: Path) -> None:
    write(tmp_path / "custom.jsonl", {"id": "user-zzz", "label": "USER", "pattern": "zzyzx"})
    nlp = Extractor(patterns=[tmp_path]).nlp
    doc = nlp("The Zzyzx unit said so.")
    assert [(s.text, s.label_, s.id_) for s in doc.spans["custom"]] == [("Zzyzx", "USER", "user-zzz")]


def test_a_missing_pattern_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PatternFileError, match="not a folder"):
        load_pattern_dirs([tmp_path / "nope"])


def test_every_shipped_rule_file_loads() -> None:
    for path in rule_files(DEFAULT_PATTERNS_DIR):
        assert load_rule_file(path), f"{path} is empty"
