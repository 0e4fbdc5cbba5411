"""Output writers for batch runs: JSON Lines, CSV tables, SQLite. Each one knows what it already
holds (for resume), never leaves a torn record behind, and records errors and every source path."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Protocol

SCHEMA_ID = "press-extract"
SCHEMA_VERSION = "1"
PARTS = ("officials", "operations", "agencies", "counts", "amounts", "dates")
COLUMNS: dict[str, list[str]] = {
    "releases": ["sha256", "extractor_version", "source", "title", "release_date", "warnings"],
    "officials": ["sha256", "name", "title", "organization", "mentions", "quotes"],
    "operations": ["sha256", "name", "mentions"],
    "agencies": ["sha256", "name", "aliases", "mentions"],
    "counts": ["sha256", "value", "item", "modifiers", "event", "charge", "qualifier", "total", "text", "start", "end"],
    "amounts": ["sha256", "value", "unit", "item", "qualifier", "total", "text", "start", "end"],
    "dates": ["sha256", "value", "grain", "end_value", "relative", "text", "start", "end"],
}


class OutputError(Exception):
    """An output that cannot be used (not ours, corrupt, unwritable): the batch stops before any work."""


class Writer(Protocol):
    def outputs(self) -> list[Path]: ...
    def known(self) -> set[str]: ...
    def write(self, record: dict[str, Any], source: str) -> bool: ...
    def add_source(self, source: str, sha256: str) -> None: ...
    def error(self, source: str, kind: str, message: str) -> None: ...
    def close(self) -> None: ...


def record_key(record: dict[str, Any]) -> str:
    return f"{record['sha256']}:{record['extractor_version']}"


def rows_of(record: dict[str, Any]) -> dict[str, list[list[Any]]]:
    """The record split into normalized table rows, every row keyed by the release's sha256."""
    sha = record["sha256"]
    cell = _cell
    rows: dict[str, list[list[Any]]] = {
        "releases": [[sha, record["extractor_version"], record["source"], record.get("title"),
                      record.get("release_date"), cell(record.get("warnings", []))]],
    }
    for part in PARTS:
        rows[part] = [[sha, *(cell(item.get(col)) for col in COLUMNS[part][1:])] for item in record.get(part, [])]
    return rows


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def repair_torn_tail(path: Path) -> None:
    """A run killed mid-write can leave a last line without its newline: cut it off."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        step = min(size, 1 << 16)
        pos = size
        while pos > 0:
            start = max(0, pos - step)
            fh.seek(start)
            chunk = fh.read(pos - start)
            if pos == size and chunk.endswith(b"\n"):
                return
            idx = chunk.rfind(b"\n")
            if idx >= 0:
                fh.truncate(start + idx + 1)
                return
            pos = start
        fh.truncate(0)


class _AppendFile:
    """A line-oriented file written one whole line (or block of lines) per write, flushed at once."""

    def __init__(self, path: Path) -> None:
        repair_torn_tail(path)
        self.path = path
        self.fh = path.open("a", encoding="utf-8", newline="")

    def write(self, text: str) -> None:
        self.fh.write(text)
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


class _KeyedFileWriter:
    """What the file writers share: the set of stored keys, and skipping a record already stored."""

    _keys: set[str]

    def known(self) -> set[str]:
        return set(self._keys)

    def write(self, record: dict[str, Any], source: str) -> bool:
        key = record_key(record)
        if key in self._keys:
            return False
        self._append(record)
        self._keys.add(key)
        return True

    def _append(self, record: dict[str, Any]) -> None:
        raise NotImplementedError


class JsonLinesWriter(_KeyedFileWriter):
    """OUT.jsonl: one record a line; errors.jsonl and sources.jsonl beside it."""

    def __init__(self, out: Path, force: bool = False) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.exists() and out.is_dir():
            raise OutputError(f"{out} is a folder; JSON Lines output needs a file name")
        stem = out.with_suffix("")
        self._keys = set() if force else _keys_in_jsonl(out)
        self.records = _AppendFile(out)
        self.errors = _AppendFile(Path(f"{stem}.errors.jsonl"))
        self.sources = _AppendFile(Path(f"{stem}.sources.jsonl"))

    def outputs(self) -> list[Path]:
        return [self.records.path, self.errors.path, self.sources.path]

    def _append(self, record: dict[str, Any]) -> None:
        self.records.write(json.dumps(record, ensure_ascii=False) + "\n")

    def add_source(self, source: str, sha256: str) -> None:
        self.sources.write(json.dumps({"source": source, "sha256": sha256}, ensure_ascii=False) + "\n")

    def error(self, source: str, kind: str, message: str) -> None:
        self.errors.write(json.dumps({"source": source, "kind": kind, "message": message, "at": _now()},
                                     ensure_ascii=False) + "\n")

    def close(self) -> None:
        for f in (self.records, self.errors, self.sources):
            f.close()


def _keys_in_jsonl(path: Path) -> set[str]:
    keys: set[str] = set()
    if not path.exists():
        return keys
    repair_torn_tail(path)
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            try:
                record = json.loads(line)
                keys.add(record_key(record))
            except (json.JSONDecodeError, KeyError, TypeError):
                raise OutputError(f"{path}:{number}: not a press-extract record; refusing to append to it") from None
    return keys


class CsvWriter(_KeyedFileWriter):
    """A folder of CSV tables (releases.csv, officials.csv, ...), errors.csv and sources.csv.

    A record's child rows are written before its releases.csv row; on resume, child rows of a release
    missing from releases.csv (left by a killed run) are dropped, so nothing appears twice."""

    def __init__(self, out: Path, force: bool = False) -> None:
        if out.exists() and not out.is_dir():
            raise OutputError(f"{out} is a file; CSV output needs a folder")
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        tables = dict(COLUMNS, errors=["source", "kind", "message", "at"], sources=["source", "sha256"])
        self._keys: set[str] = set()
        releases = out / "releases.csv"
        done: set[str] = set()
        if releases.exists():
            repair_torn_tail(releases)
            with releases.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    done.add(row["sha256"])
                    if not force:
                        self._keys.add(f"{row['sha256']}:{row['extractor_version']}")
        self.files: dict[str, _AppendFile] = {}
        for name, cols in tables.items():
            path = out / f"{name}.csv"
            if name in PARTS and path.exists():
                _drop_orphans(path, done)
            fresh = not path.exists() or path.stat().st_size == 0
            self.files[name] = _AppendFile(path)
            if fresh:
                self.files[name].write(_csv_line(cols))

    def outputs(self) -> list[Path]:
        return [self.out]

    def _append(self, record: dict[str, Any]) -> None:
        rows = rows_of(record)
        for part in PARTS:
            if rows[part]:
                self.files[part].write("".join(_csv_line(r) for r in rows[part]))
        self.files["releases"].write(_csv_line(rows["releases"][0]))

    def add_source(self, source: str, sha256: str) -> None:
        self.files["sources"].write(_csv_line([source, sha256]))

    def error(self, source: str, kind: str, message: str) -> None:
        self.files["errors"].write(_csv_line([source, kind, message, _now()]))

    def close(self) -> None:
        for f in self.files.values():
            f.close()


def _csv_line(values: list[Any]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def _drop_orphans(path: Path, done: set[str]) -> None:
    repair_torn_tail(path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows:
        return
    kept = [rows[0]] + [r for r in rows[1:] if r and r[0] in done]
    if len(kept) != len(rows):
        tmp = path.with_suffix(".csv.tmp")
        tmp.write_text("".join(_csv_line(r) for r in kept), encoding="utf-8")
        os.replace(tmp, path)


SQL_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS releases (sha256 TEXT PRIMARY KEY, extractor_version TEXT NOT NULL, source TEXT,
    title TEXT, release_date TEXT, warnings TEXT, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS officials (sha256 TEXT NOT NULL REFERENCES releases(sha256) ON DELETE CASCADE,
    name TEXT, title TEXT, organization TEXT, mentions TEXT, quotes TEXT);
CREATE TABLE IF NOT EXISTS operations (sha256 TEXT NOT NULL REFERENCES releases(sha256) ON DELETE CASCADE,
    name TEXT, mentions TEXT);
CREATE TABLE IF NOT EXISTS agencies (sha256 TEXT NOT NULL REFERENCES releases(sha256) ON DELETE CASCADE,
    name TEXT, aliases TEXT, mentions TEXT);
CREATE TABLE IF NOT EXISTS counts (sha256 TEXT NOT NULL REFERENCES releases(sha256) ON DELETE CASCADE,
    value INTEGER, item TEXT, modifiers TEXT, event TEXT, charge TEXT, qualifier TEXT, total INTEGER,
    text TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS amounts (sha256 TEXT NOT NULL REFERENCES releases(sha256) ON DELETE CASCADE,
    value REAL, unit TEXT, item TEXT, qualifier TEXT, total INTEGER, text TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS dates (sha256 TEXT NOT NULL REFERENCES releases(sha256) ON DELETE CASCADE,
    value TEXT, grain TEXT, end_value TEXT, relative INTEGER, text TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS sources (source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, seen_at TEXT);
CREATE TABLE IF NOT EXISTS errors (id INTEGER PRIMARY KEY, source TEXT, kind TEXT, message TEXT, at TEXT);
CREATE INDEX IF NOT EXISTS officials_sha ON officials(sha256);
CREATE INDEX IF NOT EXISTS operations_sha ON operations(sha256);
CREATE INDEX IF NOT EXISTS agencies_sha ON agencies(sha256);
CREATE INDEX IF NOT EXISTS counts_sha ON counts(sha256);
CREATE INDEX IF NOT EXISTS amounts_sha ON amounts(sha256);
CREATE INDEX IF NOT EXISTS dates_sha ON dates(sha256);
CREATE INDEX IF NOT EXISTS sources_sha ON sources(sha256);
CREATE INDEX IF NOT EXISTS releases_date ON releases(release_date);
"""


class SqliteWriter:
    """The normalized tables in one SQLite file; one transaction per record; WAL and a busy timeout so
    two runs can share a database. A file that is not ours, or is corrupt, is refused, never touched."""

    def __init__(self, out: Path, force: bool = False) -> None:
        self.force = force
        existed = out.exists() and out.stat().st_size > 0
        if out.exists() and out.is_dir():
            raise OutputError(f"{out} is a folder; SQLite output needs a file name")
        if existed:
            _check_ours(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(out, timeout=60, isolation_level=None)
        self.db.execute("PRAGMA busy_timeout = 60000")
        _enable_wal(self.db)
        # WAL with synchronous=NORMAL: a killed process loses nothing committed and never tears a
        # transaction; only a power cut may drop the last few commits (rerunning restores them).
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("BEGIN IMMEDIATE")
        for statement in filter(str.strip, SQL_SCHEMA.split(";")):
            self.db.execute(statement)
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_ID,))
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        self.db.execute("COMMIT")
        self.path = out

    def outputs(self) -> list[Path]:
        return [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"), Path(f"{self.path}-journal")]

    def known(self) -> set[str]:
        if self.force:
            return set()
        return {f"{sha}:{version}" for sha, version in
                self.db.execute("SELECT sha256, extractor_version FROM releases")}

    def write(self, record: dict[str, Any], source: str) -> bool:
        rows = rows_of(record)
        sha = record["sha256"]
        self.db.execute("BEGIN IMMEDIATE")
        try:
            existing = self.db.execute("SELECT extractor_version FROM releases WHERE sha256 = ?", (sha,)).fetchone()
            if existing is not None and existing[0] == record["extractor_version"] and not self.force:
                self.db.execute("COMMIT")
                return False
            if existing is not None:
                self.db.execute("DELETE FROM releases WHERE sha256 = ?", (sha,))
            self.db.execute("INSERT INTO releases VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (*rows["releases"][0], json.dumps(record, ensure_ascii=False)))
            for part in PARTS:
                if rows[part]:
                    marks = ", ".join("?" * len(COLUMNS[part]))
                    self.db.executemany(f"INSERT INTO {part} VALUES ({marks})", rows[part])  # noqa: S608 - fixed names
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return True

    def add_source(self, source: str, sha256: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?)", (source, sha256, _now()))

    def error(self, source: str, kind: str, message: str) -> None:
        self.db.execute("INSERT INTO errors (source, kind, message, at) VALUES (?, ?, ?, ?)",
                        (source, kind, message, _now()))

    def close(self) -> None:
        self.db.close()


def _enable_wal(db: sqlite3.Connection, seconds: float = 60.0) -> None:
    """Switch to WAL. SQLite answers 'locked' at once (no busy handler) while another run of ours is
    switching the same new file, so wait for it here."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise OutputError(f"cannot open the database: {err}") from None
            time.sleep(0.05)


def _check_ours(path: Path) -> None:
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise OutputError(f"{path} is not a SQLite database; refusing to overwrite it")
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60)
        try:
            db.execute("PRAGMA quick_check").fetchone()
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() if "meta" in tables else None
        finally:
            db.close()
    except sqlite3.DatabaseError as err:
        raise OutputError(f"{path} is not a press-extract database or is corrupt ({err}); refusing to use it") \
            from None
    if not tables:
        return  # an empty database (another run of ours may be creating the tables right now)
    if row is None or row[0] != SCHEMA_ID:
        raise OutputError(f"{path} is a SQLite database of another program; refusing to write into it")


def open_writer(out: Path, fmt: str, force: bool = False) -> Writer:
    writers = {"jsonl": JsonLinesWriter, "csv": CsvWriter, "sqlite": SqliteWriter}
    return writers[fmt](out, force)


def format_for(out: Path) -> str:
    """From OUT's suffix: .jsonl -> jsonl, .db/.sqlite -> sqlite, anything else (a folder) -> csv."""
    suffix = out.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".db", ".sqlite", ".sqlite3"):
        return "sqlite"
    return "csv"
