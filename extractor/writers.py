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
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

SCHEMA_ID = "press-extract"
SCHEMA_VERSION = "2"
RELEASE_COLUMNS = ["sha256", "extractor_version", "source", "content_key", "title", "release_date", "warnings",
                   "text"]
SOURCE_COLUMNS = ["source", "sha256", "content_key", "title", "release_date", "size", "mtime_ns"]
ERROR_COLUMNS = ["source", "kind", "message", "at"]
FACT_KEYS = ["sha256", "source"]
"""Every fact row starts with its release's sha256 and source, so a row read alone says where it is from."""


def field_specs() -> tuple[Any, ...]:
    """The field registry (imported here, not at module load: it brings the spaCy field modules)."""
    from extractor.fields import FIELDS

    return FIELDS


def parts() -> list[str]:
    return [spec.name for spec in field_specs()]


def table_columns() -> dict[str, list[str]]:
    """Column names of every table, from the field registry; the same in CSV and SQLite."""
    tables = {"releases": list(RELEASE_COLUMNS)}
    for spec in field_specs():
        tables[spec.name] = FACT_KEYS + [c.name for c in spec.columns]
    return tables


class OutputError(Exception):
    """An output that cannot be used (not ours, corrupt, unwritable): the batch stops before any work."""


class Writer(Protocol):
    force: bool

    def outputs(self) -> list[Path]: ...
    def known(self) -> set[str]: ...
    def index(self) -> dict[str, str]: ...
    def recorded(self, source: str) -> tuple[int | None, int | None, str] | None: ...
    def write(self, record: dict[str, Any], source: str) -> bool: ...
    def add_source(self, source: str, sha256: str, info: dict[str, Any] | None = None) -> None: ...
    def error(self, source: str, kind: str, message: str) -> None: ...
    def close(self) -> None: ...


def record_key(record: dict[str, Any]) -> str:
    return f"{record['sha256']}:{record['extractor_version']}"


def content_index_key(content_key: str | None, version: str) -> str | None:
    return f"content:{content_key}:{version}" if content_key else None


def index_keys(record: dict[str, Any]) -> list[str]:
    """The keys a stored record answers to: its text digest, and its content key when it has one."""
    keys = [record_key(record)]
    ck = content_index_key(record.get("content_key"), record["extractor_version"])
    if ck:
        keys.append(ck)
    return keys


def source_row(source: str, sha256: str, info: dict[str, Any] | None) -> list[Any]:
    info = info or {}
    return [source, sha256, *(info.get(col) for col in SOURCE_COLUMNS[2:])]


def rows_of(record: dict[str, Any], cell: Any = None) -> dict[str, list[list[Any]]]:
    """The record split into table rows; every fact row starts with the release's sha256 and source.
    `cell` renders one value (CSV joins lists readably, SQLite keeps them as JSON)."""
    cell = cell or json_cell
    sha, source = record["sha256"], record["source"]
    rows: dict[str, list[list[Any]]] = {
        "releases": [[sha, record["extractor_version"], source, record.get("content_key"), record.get("title"),
                      record.get("release_date"), cell(record.get("warnings", [])), record.get("text")]],
    }
    for spec in field_specs():
        rows[spec.name] = [[sha, source, *(cell(item.get(c.name)) for c in spec.columns)]
                           for item in record.get(spec.name, [])]
    return rows


def json_cell(value: Any) -> Any:
    """SQLite cells: lists as JSON (queryable with json_each), booleans as 0/1."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def readable_cell(value: Any) -> Any:
    """CSV cells a clerk reads in a spreadsheet: lists joined with '; ' ("MS-13; Mara Salvatrucha"),
    a mention as its text and offsets ("Sheriff Luna [120-132]"), booleans as true/false."""
    if isinstance(value, list):
        return "; ".join(str(readable_cell(v)) for v in value)
    if isinstance(value, dict):
        if "text" in value and "start" in value:
            return f"{value['text']} [{value['start']}-{value.get('end')}]"
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
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


class _FileWriter:
    """What the file writers share: the index of stored releases (text digest and content key, per
    extractor version), the recorded sources and errors, so a rerun appends nothing it already holds."""

    def __init__(self, force: bool, include_text: bool) -> None:
        self.force, self.include_text = force, include_text
        self._index: dict[str, str] = {}
        self._sources: dict[str, list[Any]] = {}
        self._errors: set[tuple[str, str, str]] = set()

    def known(self) -> set[str]:
        return set(self._index)

    def index(self) -> dict[str, str]:
        return dict(self._index)

    def recorded(self, source: str) -> tuple[int | None, int | None, str] | None:
        row = self._sources.get(source)
        return (_int(row[5]), _int(row[6]), row[1]) if row else None

    def _remember(self, record: dict[str, Any]) -> None:
        for key in index_keys(record):
            self._index.setdefault(key, record["sha256"])

    def write(self, record: dict[str, Any], source: str) -> bool:
        if any(key in self._index for key in index_keys(record)):
            return False
        self._append(record)
        self._remember(record)
        return True

    def add_source(self, source: str, sha256: str, info: dict[str, Any] | None = None) -> None:
        row = source_row(source, sha256, info)
        if _same_row(self._sources.get(source), row):
            return
        self._sources[source] = row
        self._append_source(row)

    def error(self, source: str, kind: str, message: str) -> None:
        if (source, kind, message) in self._errors:
            return
        self._errors.add((source, kind, message))
        self._append_error([source, kind, message, _now()])

    def _append(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def _append_source(self, row: list[Any]) -> None:
        raise NotImplementedError

    def _append_error(self, row: list[Any]) -> None:
        raise NotImplementedError


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _same_row(old: list[Any] | None, new: list[Any]) -> bool:
    """Rows read back from a file hold strings: compare as text, None as empty."""
    if old is None:
        return False
    return ["" if v is None else str(v) for v in old] == ["" if v is None else str(v) for v in new]


class JsonLinesWriter(_FileWriter):
    """OUT.jsonl: one record a line (with `content_key`, and `text` when asked for); OUT.errors.jsonl
    and OUT.sources.jsonl beside it, each file and each failure listed once."""

    def __init__(self, out: Path, force: bool = False, include_text: bool = False) -> None:
        super().__init__(force, include_text)
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.exists() and out.is_dir():
            raise OutputError(f"{out} is a folder; JSON Lines output needs a file name")
        stem = out.with_suffix("")
        if not force:
            for record in _jsonl_objects(out, "record"):
                try:
                    self._remember(record)
                except (KeyError, TypeError):
                    raise OutputError(f"{out}: not a press-extract record; refusing to append to it") from None
        errors, sources = Path(f"{stem}.errors.jsonl"), Path(f"{stem}.sources.jsonl")
        for row in _jsonl_objects(sources, "source"):
            self._sources[row.get("source")] = [row.get(col) for col in SOURCE_COLUMNS]
        for row in _jsonl_objects(errors, "error"):
            self._errors.add((row.get("source"), row.get("kind"), row.get("message")))
        self.records = _AppendFile(out)
        self.errors = _AppendFile(errors)
        self.sources = _AppendFile(sources)

    def outputs(self) -> list[Path]:
        return [self.records.path, self.errors.path, self.sources.path]

    def _append(self, record: dict[str, Any]) -> None:
        if not self.include_text:
            record = {k: v for k, v in record.items() if k != "text"}
        self.records.write(json.dumps(record, ensure_ascii=False) + "\n")

    def _append_source(self, row: list[Any]) -> None:
        self.sources.write(json.dumps(dict(zip(SOURCE_COLUMNS, row, strict=True)), ensure_ascii=False) + "\n")

    def _append_error(self, row: list[Any]) -> None:
        self.errors.write(json.dumps(dict(zip(ERROR_COLUMNS, row, strict=True)), ensure_ascii=False) + "\n")

    def close(self) -> None:
        for f in (self.records, self.errors, self.sources):
            f.close()


def _jsonl_objects(path: Path, what: str) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file of ours (a torn last line cut off first)."""
    if not path.exists():
        return
    repair_torn_tail(path)
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                row = None
            if not isinstance(row, dict):
                raise OutputError(f"{path}:{number}: not a press-extract {what} line; refusing to append to it")
            yield row


class CsvWriter(_FileWriter):
    """A folder of CSV tables (releases.csv, one per field, errors.csv, sources.csv), UTF-8 with a byte
    order mark by default so spreadsheet programs read ’ and é right.

    A record's fact rows are written before its releases.csv row; on resume, fact rows of a release
    missing from releases.csv (left by a killed run) are dropped, so nothing appears twice."""

    def __init__(self, out: Path, force: bool = False, include_text: bool = False, bom: bool = True) -> None:
        super().__init__(force, include_text)
        if out.exists() and not out.is_dir():
            raise OutputError(f"{out} is a file; CSV output needs a folder")
        out.mkdir(parents=True, exist_ok=True)
        self.out, self.bom = out, bom
        tables = dict(table_columns(), errors=ERROR_COLUMNS, sources=SOURCE_COLUMNS)
        for name, cols in tables.items():
            _check_header(out / f"{name}.csv", cols)
        done: set[str] = set()
        for row in _csv_rows(out / "releases.csv"):
            done.add(row["sha256"])
            if not force:
                self._remember(row)
        for row in _csv_rows(out / "sources.csv"):
            self._sources[row["source"]] = [row.get(col) for col in SOURCE_COLUMNS]
        for row in _csv_rows(out / "errors.csv"):
            self._errors.add((row["source"], row["kind"], row["message"]))
        self.files: dict[str, _AppendFile] = {}
        for name, cols in tables.items():
            path = out / f"{name}.csv"
            if name not in ("releases", "errors", "sources") and path.exists():
                _drop_orphans(path, done)
            fresh = not path.exists() or path.stat().st_size == 0
            self.files[name] = _AppendFile(path)
            if fresh:
                self.files[name].write(("\ufeff" if bom else "") + _csv_line(cols))

    def outputs(self) -> list[Path]:
        return [self.out]

    def _append(self, record: dict[str, Any]) -> None:
        if not self.include_text:
            record = dict(record, text=None)
        rows = rows_of(record, readable_cell)
        for part in parts():
            if rows[part]:
                self.files[part].write("".join(_csv_line(r) for r in rows[part]))
        self.files["releases"].write(_csv_line(rows["releases"][0]))

    def _append_source(self, row: list[Any]) -> None:
        self.files["sources"].write(_csv_line(row))

    def _append_error(self, row: list[Any]) -> None:
        self.files["errors"].write(_csv_line(row))

    def close(self) -> None:
        for f in self.files.values():
            f.close()


def _csv_line(values: list[Any]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    if not path.exists():
        return
    repair_torn_tail(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh)


def _check_header(path: Path, columns: list[str]) -> None:
    """A table written by an older layout cannot take new rows: say so instead of mixing columns."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh), [])
    if header != columns:
        raise OutputError(f"{path} has other columns ({', '.join(header)}) than this version writes "
                          f"({', '.join(columns)}); write to a new folder")


def _drop_orphans(path: Path, done: set[str]) -> None:
    repair_torn_tail(path)
    raw = path.read_bytes()
    bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows:
        return
    kept = [rows[0]] + [r for r in rows[1:] if r and r[0] in done]
    if len(kept) != len(rows):
        tmp = path.with_suffix(".csv.tmp")
        tmp.write_text(bom + "".join(_csv_line(r) for r in kept), encoding="utf-8")
        os.replace(tmp, path)


def sql_schema() -> list[str]:
    """The SQLite tables, fact tables generated from the field registry."""
    def q(name: str) -> str:
        return f'"{name}"'

    statements = [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS releases (sha256 TEXT PRIMARY KEY, extractor_version TEXT NOT NULL, "
        "source TEXT, content_key TEXT, title TEXT, release_date TEXT, warnings TEXT, text TEXT, "
        "record TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS sources (source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, content_key TEXT, "
        "title TEXT, release_date TEXT, size INTEGER, mtime_ns INTEGER, seen_at TEXT)",
        "CREATE TABLE IF NOT EXISTS errors (id INTEGER PRIMARY KEY, source TEXT, kind TEXT, message TEXT, at TEXT)",
        "CREATE INDEX IF NOT EXISTS sources_sha ON sources(sha256)",
        "CREATE INDEX IF NOT EXISTS errors_source ON errors(source)",
        "CREATE INDEX IF NOT EXISTS releases_date ON releases(release_date)",
    ]
    for spec in field_specs():
        cols = ", ".join(f"{q(c.name)} {c.sql_type}" for c in spec.columns)
        statements.append(f"CREATE TABLE IF NOT EXISTS {spec.name} (sha256 TEXT NOT NULL REFERENCES "
                          f"releases(sha256) ON DELETE CASCADE, source TEXT, {cols})")
        statements.append(f"CREATE INDEX IF NOT EXISTS {spec.name}_sha ON {spec.name}(sha256)")
    return statements


def _add_missing_columns(db: sqlite3.Connection) -> None:
    """A database from an older version gets the columns it lacks (new ones stay empty for old rows)."""
    wanted = dict(table_columns(), sources=SOURCE_COLUMNS + ["seen_at"])
    types = {c.name: c.sql_type for spec in field_specs() for c in spec.columns}
    types.update(size="INTEGER", mtime_ns="INTEGER")
    for table, columns in wanted.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for col in columns:
            if col not in have:
                db.execute(f'ALTER TABLE {table} ADD COLUMN "{col}" {types.get(col, "TEXT")}')


class SqliteWriter:
    """The normalized tables in one SQLite file; one transaction per record; WAL and a busy timeout so
    two runs can share a database. A file that is not ours, or is corrupt, is refused, never touched.
    Every release keeps its decoded text (`releases.text`), so offsets can be checked in the database."""

    def __init__(self, out: Path, force: bool = False, include_text: bool = True) -> None:
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
        for statement in sql_schema():
            self.db.execute(statement)
        _add_missing_columns(self.db)
        self.db.execute("CREATE INDEX IF NOT EXISTS releases_content ON releases(content_key)")
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_ID,))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        self.db.execute("COMMIT")
        self.path = out
        self.columns = table_columns()

    def outputs(self) -> list[Path]:
        return [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"), Path(f"{self.path}-journal")]

    def index(self) -> dict[str, str]:
        if self.force:
            return {}
        result: dict[str, str] = {}
        for sha, version, ck in self.db.execute("SELECT sha256, extractor_version, content_key FROM releases"):
            for key in index_keys({"sha256": sha, "extractor_version": version, "content_key": ck}):
                result.setdefault(key, sha)
        return result

    def known(self) -> set[str]:
        return set(self.index())

    def recorded(self, source: str) -> tuple[int | None, int | None, str] | None:
        row = self.db.execute("SELECT size, mtime_ns, sha256 FROM sources WHERE source = ?", (source,)).fetchone()
        return tuple(row) if row else None  # type: ignore[return-value]

    def write(self, record: dict[str, Any], source: str) -> bool:
        rows = rows_of(record)
        sha = record["sha256"]
        text = record.get("text")
        stored = {k: v for k, v in record.items() if k != "text"}
        self.db.execute("BEGIN IMMEDIATE")
        try:
            existing = self.db.execute("SELECT extractor_version FROM releases WHERE sha256 = ?", (sha,)).fetchone()
            if existing is not None and existing[0] == record["extractor_version"] and not self.force:
                self.db.execute("COMMIT")
                return False
            if existing is None and record.get("content_key") and self.db.execute(
                    "SELECT 1 FROM releases WHERE content_key = ? AND extractor_version = ?",
                    (record["content_key"], record["extractor_version"])).fetchone():
                self.db.execute("COMMIT")  # the same release in another format or with trivial edits
                return False
            if existing is not None:
                self.db.execute("DELETE FROM releases WHERE sha256 = ?", (sha,))
            release = rows["releases"][0]
            release[RELEASE_COLUMNS.index("text")] = text
            self._insert("releases", RELEASE_COLUMNS + ["record"],
                         [[*release, json.dumps(stored, ensure_ascii=False)]])
            for part in parts():
                if rows[part]:
                    self._insert(part, self.columns[part], rows[part])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return True

    def _insert(self, table: str, columns: list[str], rows: list[list[Any]]) -> None:
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        self.db.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)  # noqa: S608 - fixed names

    def add_source(self, source: str, sha256: str, info: dict[str, Any] | None = None) -> None:
        row = source_row(source, sha256, info)
        old = self.db.execute(f"SELECT {', '.join(SOURCE_COLUMNS)} FROM sources WHERE source = ?",  # noqa: S608
                              (source,)).fetchone()
        if old is not None and list(old) == row:
            return
        self.db.execute(f"INSERT OR REPLACE INTO sources ({', '.join(SOURCE_COLUMNS)}, seen_at) "  # noqa: S608
                        f"VALUES ({', '.join('?' * (len(SOURCE_COLUMNS) + 1))})", (*row, _now()))

    def error(self, source: str, kind: str, message: str) -> None:
        if self.db.execute("SELECT 1 FROM errors WHERE source = ? AND kind = ? AND message = ?",
                           (source, kind, message)).fetchone():
            return
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


OUT_SUFFIXES = {"jsonl": (".jsonl", ".ndjson"), "sqlite": (".db", ".sqlite", ".sqlite3")}
FILE_SUFFIXES = {".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson", ".db", ".sqlite", ".sqlite3", ".xlsx",
                 ".xls", ".md", ".html", ".htm", ".pdf", ".log", ".out", ".dat", ".zip", ".gz"}
"""Suffixes of files: a CSV output folder named like one of them is a mistake, not a folder."""


def open_writer(out: Path, fmt: str, force: bool = False, include_text: bool = False, csv_bom: bool = True
                ) -> Writer:
    check_out(out, fmt)
    if fmt == "jsonl":
        return JsonLinesWriter(out, force, include_text)
    if fmt == "csv":
        return CsvWriter(out, force, include_text, csv_bom)
    return SqliteWriter(out, force)


def format_for(out: Path) -> str:
    """From OUT's suffix: .jsonl -> jsonl, .db/.sqlite -> sqlite, anything else (a folder) -> csv."""
    suffix = out.suffix.lower()
    for fmt, suffixes in OUT_SUFFIXES.items():
        if suffix in suffixes:
            return fmt
    return "csv"


def check_out(out: Path, fmt: str) -> None:
    """Refuse an OUT whose name does not fit the format (`results.csv` would silently become a folder
    of CSV tables, `notes.txt` a folder too), with the fix in the message."""
    suffix = out.suffix.lower()
    if fmt in OUT_SUFFIXES and suffix not in OUT_SUFFIXES[fmt]:
        wanted = " or ".join(OUT_SUFFIXES[fmt])
        raise OutputError(f"--out {out} does not fit the {fmt} format, whose output is a file ending in {wanted}; "
                          f"use --out {out.with_suffix(OUT_SUFFIXES[fmt][0])}")
    if fmt == "csv" and suffix in FILE_SUFFIXES:
        raise OutputError(f"--out {out}: CSV output is a folder of tables (releases.csv, officials.csv, ...), "
                          f"not one file; use --out {out.with_suffix('')}/ for CSV tables, or "
                          f"--out {out.with_suffix('.jsonl')} for JSON Lines, or {out.with_suffix('.db')} for SQLite")
