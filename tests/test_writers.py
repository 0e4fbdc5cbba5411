"""Unit tests of the batch output writers: format choice, torn-tail repair, resume keys, foreign files."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from extractor.fields import FIELDS
from extractor.writers import OutputError, format_for, open_writer, repair_torn_tail, rows_of


def a_record(sha: str, version: str = "1.0") -> dict[str, Any]:
    """A small record of the shape `Record.model_dump(mode="json")` gives."""
    return {
        "sha256": sha, "extractor_version": version, "source": f"{sha}.txt", "title": "T",
        "release_date": "2024-01-31", "warnings": [],
        "officials": [{"name": "Jane Doe", "title": "Sheriff", "organization": None, "mentions": [], "quotes": []}],
        "operations": [], "agencies": [], "amounts": [], "dates": [],
        "counts": [{"value": 3, "item": "arrests", "text": "3 arrests", "start": 0, "end": 9}],
        "content_key": f"ck-{sha}", "text": "3 arrests by the Sheriff.",
    }


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def out_for(tmp_path: Path, fmt: str) -> Path:
    return tmp_path / {"jsonl": "o.jsonl", "csv": "o", "sqlite": "o.db"}[fmt]


def sources_of(out: Path, fmt: str) -> list[dict]:
    if fmt == "jsonl":
        return [json.loads(line) for line in out.with_suffix(".sources.jsonl").read_text().splitlines()]
    if fmt == "csv":
        return read_csv(out / "sources.csv")
    db = sqlite3.connect(out)
    db.row_factory = sqlite3.Row
    return [dict(r) for r in db.execute("SELECT * FROM sources")]


def errors_of(out: Path, fmt: str) -> list[dict]:
    if fmt == "jsonl":
        return [json.loads(line) for line in out.with_suffix(".errors.jsonl").read_text().splitlines()]
    if fmt == "csv":
        return read_csv(out / "errors.csv")
    db = sqlite3.connect(out)
    db.row_factory = sqlite3.Row
    return [dict(r) for r in db.execute("SELECT * FROM errors")]


@pytest.mark.parametrize(("name", "fmt"), [
    ("out.jsonl", "jsonl"), ("OUT.JSONL", "jsonl"), ("out.db", "sqlite"), ("out.sqlite", "sqlite"),
    ("tables", "csv"), ("tables.v2", "csv"),
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
    with (tmp_path / "o" / "counts.csv").open(encoding="utf-8-sig", newline="") as fh:
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


def test_csv_is_utf8_with_a_byte_order_mark_unless_turned_off(tmp_path: Path) -> None:
    writer = open_writer(tmp_path / "o", "csv")
    writer.write(dict(a_record("aaa"), title="The Sheriff’s Office"), "a.txt")
    writer.close()
    raw = (tmp_path / "o" / "releases.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfsha256,")
    assert raw.count(b"\xef\xbb\xbf") == 1
    assert "The Sheriff’s Office" in raw.decode("utf-8")
    again = open_writer(tmp_path / "o", "csv")  # appending adds no second mark
    again.write(a_record("bbb"), "b.txt")
    again.close()
    assert (tmp_path / "o" / "releases.csv").read_bytes().count(b"\xef\xbb\xbf") == 1
    plain = open_writer(tmp_path / "plain", "csv", csv_bom=False)
    plain.close()
    assert (tmp_path / "plain" / "releases.csv").read_bytes().startswith(b"sha256,")


def test_csv_lists_are_joined_readably_not_as_json(tmp_path: Path) -> None:
    record = dict(a_record("aaa"), warnings=["no release date found", "text truncated"])
    record["agencies"] = [{"name": "MS-13", "aliases": ["MS-13", "Mara Salvatrucha"], "rule": "gang-ms13",
                           "mentions": [{"text": "MS-13", "start": 4, "end": 9},
                                        {"text": "Mara Salvatrucha", "start": 20, "end": 36}]}]
    writer = open_writer(tmp_path / "o", "csv")
    writer.write(record, "a.txt")
    writer.close()
    [agency] = read_csv(tmp_path / "o" / "agencies.csv")
    assert agency["aliases"] == "MS-13; Mara Salvatrucha"
    assert agency["mentions"] == "MS-13 [4-9]; Mara Salvatrucha [20-36]"
    assert read_csv(tmp_path / "o" / "releases.csv")[0]["warnings"] == "no release date found; text truncated"


@pytest.mark.parametrize("fmt", ["csv", "sqlite"])
def test_every_fact_table_has_source_beside_sha256_and_the_rule(tmp_path: Path, fmt: str) -> None:
    record = a_record("aaa")
    record["counts"][0]["rule"] = "count-arrests"
    record["officials"][0]["rule"] = "title-sheriff"
    out = out_for(tmp_path, fmt)
    writer = open_writer(out, fmt)
    writer.write(record, "aaa.txt")
    writer.close()
    for spec in FIELDS:
        if fmt == "csv":
            with (out / f"{spec.name}.csv").open(encoding="utf-8-sig", newline="") as fh:
                header = next(csv.reader(fh))
        else:
            header = [r[1] for r in sqlite3.connect(out).execute(f"PRAGMA table_info({spec.name})")]
        assert header[:2] == ["sha256", "source"], spec.name
        assert "rule" in header, spec.name
    if fmt == "csv":
        [count] = read_csv(out / "counts.csv")
    else:
        db = sqlite3.connect(out)
        db.row_factory = sqlite3.Row
        count = dict(db.execute("SELECT * FROM counts").fetchone())
    assert (count["source"], count["rule"], str(count["value"])) == ("aaa.txt", "count-arrests", "3")


def test_table_columns_follow_the_field_registry(tmp_path: Path) -> None:
    """Every attribute of every field's model is a column, in CSV and SQLite alike."""
    out = tmp_path / "o.db"
    open_writer(out, "sqlite").close()
    open_writer(tmp_path / "t", "csv").close()
    db = sqlite3.connect(out)
    for spec in FIELDS:
        wanted = ["sha256", "source", *spec.model.model_fields]
        assert [r[1] for r in db.execute(f"PRAGMA table_info({spec.name})")] == wanted
        with (tmp_path / "t" / f"{spec.name}.csv").open(encoding="utf-8-sig", newline="") as fh:
            assert next(csv.reader(fh)) == wanted


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_errors_and_sources_are_not_recorded_twice_by_a_rerun(tmp_path: Path, fmt: str) -> None:
    out = out_for(tmp_path, fmt)
    info = {"content_key": "ck-aaa", "title": "T", "release_date": "2024-01-31", "size": 10, "mtime_ns": 5}
    for _ in range(2):
        writer = open_writer(out, fmt)
        writer.write(a_record("aaa"), "a.txt")
        writer.add_source("a.txt", "aaa", info)
        writer.add_source("copy.txt", "aaa", dict(info, release_date="2024-02-01"))
        writer.error("bad.txt", "empty", "the file is empty")
        writer.error("bad2.txt", "binary", "the file is binary, not text")
        writer.close()
    sources = {(s["source"], str(s["release_date"])) for s in sources_of(out, fmt)}
    assert len(sources_of(out, fmt)) == 2
    assert sources == {("a.txt", "2024-01-31"), ("copy.txt", "2024-02-01")}
    assert sorted(e["source"] for e in errors_of(out, fmt)) == ["bad.txt", "bad2.txt"]
    assert open_writer(out, fmt).recorded("a.txt") == (10, 5, "aaa")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_a_release_with_a_known_content_key_is_not_stored_again(tmp_path: Path, fmt: str) -> None:
    out = out_for(tmp_path, fmt)
    writer = open_writer(out, fmt)
    assert writer.write(a_record("aaa"), "a.txt") is True
    assert writer.write(dict(a_record("bbb"), content_key="ck-aaa"), "a.pdf") is False
    writer.close()
    again = open_writer(out, fmt)
    assert again.index()["content:ck-aaa:1.0"] == "aaa"
    assert again.write(dict(a_record("ccc"), content_key="ck-aaa"), "a.html") is False
    again.close()


def test_sqlite_keeps_every_release_text_and_the_files_keep_it_when_asked(tmp_path: Path) -> None:
    writer = open_writer(tmp_path / "o.db", "sqlite")
    writer.write(a_record("aaa"), "a.txt")
    writer.close()
    db = sqlite3.connect(tmp_path / "o.db")
    assert db.execute("SELECT text, content_key FROM releases").fetchall() == [
        ("3 arrests by the Sheriff.", "ck-aaa")]
    for include in (False, True):
        jsonl = open_writer(tmp_path / f"{include}.jsonl", "jsonl", include_text=include)
        jsonl.write(a_record("aaa"), "a.txt")
        jsonl.close()
        record = json.loads((tmp_path / f"{include}.jsonl").read_text())
        assert record.get("text") == ("3 arrests by the Sheriff." if include else None)
        tables = open_writer(tmp_path / f"t{include}", "csv", include_text=include)
        tables.write(a_record("aaa"), "a.txt")
        tables.close()
        assert read_csv(tmp_path / f"t{include}" / "releases.csv")[0]["text"] == (
            "3 arrests by the Sheriff." if include else "")


def test_a_database_of_the_previous_layout_gets_the_new_columns(tmp_path: Path) -> None:
    out = tmp_path / "old.db"
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('schema', 'press-extract'), ('schema_version', '1');
        CREATE TABLE releases (sha256 TEXT PRIMARY KEY, extractor_version TEXT NOT NULL, source TEXT,
            title TEXT, release_date TEXT, warnings TEXT, record TEXT NOT NULL);
        CREATE TABLE counts (sha256 TEXT NOT NULL, value INTEGER, item TEXT, text TEXT, start INTEGER, "end" INTEGER);
        CREATE TABLE sources (source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, seen_at TEXT);
    """)
    db.close()
    writer = open_writer(out, "sqlite")
    assert writer.write(a_record("aaa"), "a.txt") is True
    writer.close()
    db = sqlite3.connect(out)
    assert db.execute("SELECT source, item, rule FROM counts").fetchall() == [("aaa.txt", "arrests", None)]


@pytest.mark.parametrize(("name", "fmt", "fix"), [
    ("results.csv", "jsonl", "results.jsonl"),
    ("results.csv", "csv", "results/"),
    ("notes.txt", "csv", "notes/"),
    ("notes.txt", "sqlite", "notes.db"),
    ("out.db", "jsonl", "out.jsonl"),
    ("out.jsonl", "sqlite", "out.db"),
])
def test_an_out_name_that_does_not_fit_the_format_is_refused_with_the_fix(
        tmp_path: Path, name: str, fmt: str, fix: str) -> None:
    with pytest.raises(OutputError, match="use --out") as err:
        open_writer(tmp_path / name, fmt)
    assert fix in str(err.value)
    assert not (tmp_path / name).exists()
