"""Unit tests of the batch output writers: format choice, torn-tail repair, resume keys, foreign files."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from extractor.writers import OutputError, format_for, open_writer, repair_torn_tail, rows_of


def a_record(sha: str, version: str = "1.0") -> dict[str, Any]:
    """A small record of the shape `Record.model_dump(mode="json")` gives."""
    return {
        "sha256": sha, "extractor_version": version, "source": f"{sha}.txt", "title": "T",
        "release_date": "2024-01-31", "warnings": [],
        "officials": [{"name": "Jane Doe", "title": "Sheriff", "organization": None, "mentions": [], "quotes": []}],
        "operations": [], "agencies": [], "amounts": [], "dates": [],
        "counts": [{"value": 3, "item": "arrests", "text": "3 arrests", "start": 0, "end": 9}],
    }


@pytest.mark.parametrize(("name", "fmt"), [
    ("out.jsonl", "jsonl"), ("OUT.JSONL", "jsonl"), ("out.db", "sqlite"), ("out.sqlite", "sqlite"),
    ("tables", "csv"), ("out.csv", "csv"),
])
def test_format_follows_the_output_suffix(name: str, fmt: str) -> None:
    assert format_for(Path(name)) == fmt


@pytest.mark.parametrize(("content", "kept"), [
    (b"", b""),
    (b'{"a": 1}\n', b'{"a": 1}\n'),
    (b'{"a": 1}\n{"b": 2}\n', b'{"a": 1}\n{"b": 2}\n'),
    (b'{"a": 1}\n{"b": ', b'{"a": 1}\n'),
    (b'{"b": ', b""),
    (b'{"a": 1}\n' + b"x" * 70000, b'{"a": 1}\n'),
])
def test_a_torn_last_line_is_cut_off(tmp_path: Path, content: bytes, kept: bytes) -> None:
    path = tmp_path / "f.jsonl"
    path.write_bytes(content)
    repair_torn_tail(path)
    assert path.read_bytes() == kept


def test_rows_are_keyed_by_sha256() -> None:
    rows = rows_of(a_record("abc"))
    assert all(row[0] == "abc" for table in rows.values() for row in table)
    assert len(rows["officials"]) == 1 and len(rows["counts"]) == 1 and rows["dates"] == []


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_a_reopened_writer_skips_what_it_holds_unless_forced(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / {"jsonl": "o.jsonl", "csv": "o", "sqlite": "o.db"}[fmt]
    writer = open_writer(out, fmt)
    assert writer.write(a_record("aaa"), "a.txt") is True
    assert writer.write(a_record("aaa"), "a2.txt") is False
    writer.close()
    again = open_writer(out, fmt)
    assert "aaa:1.0" in again.known()
    assert again.write(a_record("aaa"), "a.txt") is False
    assert again.write(a_record("aaa", version="2.0"), "a.txt") is True
    again.close()
    assert "aaa:1.0" not in open_writer(out, fmt, force=True).known()


def test_sqlite_tables_hold_each_part_once(tmp_path: Path) -> None:
    out = tmp_path / "o.db"
    writer = open_writer(out, "sqlite")
    writer.write(a_record("aaa"), "a.txt")
    writer.write(a_record("aaa", version="2.0"), "a.txt")
    writer.error("bad.pdf", "no-text", "no text layer")
    writer.close()
    db = sqlite3.connect(out)
    assert db.execute("SELECT sha256, extractor_version FROM releases").fetchall() == [("aaa", "2.0")]
    assert db.execute("SELECT count(*) FROM officials").fetchone() == (1,)
    assert db.execute("SELECT source, kind FROM errors").fetchall() == [("bad.pdf", "no-text")]
    assert json.loads(db.execute("SELECT record FROM releases").fetchone()[0])["sha256"] == "aaa"


def test_csv_folder_has_one_table_per_part(tmp_path: Path) -> None:
    writer = open_writer(tmp_path / "o", "csv")
    writer.write(a_record("aaa"), "a.txt")
    writer.close()
    with (tmp_path / "o" / "counts.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["sha256"], r["value"], r["item"]) for r in rows] == [("aaa", "3", "arrests")]
    for part in ("releases", "officials", "operations", "agencies", "amounts", "dates"):
        assert (tmp_path / "o" / f"{part}.csv").exists()


@pytest.mark.parametrize("content", [b"just some text\n", b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_file_that_is_not_our_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    out = tmp_path / "o.db"
    out.write_bytes(content)
    with pytest.raises(OutputError):
        open_writer(out, "sqlite")
    assert out.read_bytes() == content
