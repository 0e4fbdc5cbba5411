"""What `review` reads: release files (extracted here) or a batch output (SQLite or JSON Lines),
each turned into a record with its decoded text, or with a plain reason why the text is missing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SQLITE_MAGIC = b"SQLite format 3\x00"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
RELEASE_GLOBS = ("*.txt", "*.md", "*.html", "*.htm", "*.pdf")


@dataclass
class Release:
    """One release to show: its record, its text (None when it cannot be had) and where it lives."""

    record: dict[str, Any]
    text: str | None
    file: Path | None  # the release file on disk, when known: what a gold line's `file` points at
    problem: str | None = None  # why the text is missing, in words for the clerk


@dataclass
class Failure:
    """An input that gave no record at all (unreadable file, bad line)."""

    source: str
    message: str


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_MAGIC


def is_batch_output(path: Path) -> bool:
    """A SQLite file, or JSON Lines whose suffix says so (release files are .txt/.md/.html/.pdf)."""
    return path.is_file() and (path.suffix.lower() in JSONL_SUFFIXES or is_sqlite(path))


def release_files(path: Path) -> list[Path]:
    """The release files under a folder (recursive, sorted), or the file itself."""
    if path.is_dir():
        found = {p for pattern in RELEASE_GLOBS for p in path.rglob(pattern) if p.is_file()}
        return sorted(found)
    return [path]


def load_text(path: Path, max_bytes: int | None = None) -> str:
    """Decoded text of a release file, exactly as the extractor sees it (same decoder, same limits)."""
    from extractor.inputs import DEFAULT_MAX_BYTES, load_path

    return load_path(path, max_bytes or DEFAULT_MAX_BYTES).text


def extract_files(paths: Iterable[Path], extractor: Any, max_bytes: int | None = None
                  ) -> Iterator[Release | Failure]:
    """Extract release files with the library; a file that cannot be read is a Failure, not a stop."""
    from extractor.inputs import DEFAULT_MAX_BYTES, InputError, load_path

    for path in paths:
        try:
            loaded = load_path(path, max_bytes or DEFAULT_MAX_BYTES)
            record = extractor.extract_loaded(loaded, str(path))
        except InputError as err:
            yield Failure(str(path), err.message)
            continue
        except Exception as err:  # noqa: BLE001 - one bad release must not stop the site
            yield Failure(str(path), f"extraction failed ({type(err).__name__}: {err})")
            continue
        yield Release(record.model_dump(mode="json"), loaded.text, path.resolve())


def resolve_source(source: str, beside: Path) -> Path | None:
    """The release file a stored record came from: as given (from here), else beside the batch output."""
    if not source or source.startswith("<"):
        return None
    for candidate in (Path(source), beside / source):
        if candidate.is_file():
            return candidate.resolve()
    return None


def with_text(record: dict[str, Any], text: str | None, output: Path) -> Release:
    """A stored record with its text: the stored one, else the source file re-read when its sha256
    still matches; otherwise no text and the reason why."""
    source = str(record.get("source") or "")
    file = resolve_source(source, output.parent)
    if text is not None:
        return Release(record, text, file)
    why = f"{output.name} holds no text for it (rerun batch with the text included)"
    if file is None:
        return Release(record, None, None, f"{why}, and its file {source!r} is not found")
    try:
        reread = load_text(file)
    except Exception as err:  # noqa: BLE001 - any unreadable file is reported, not raised
        return Release(record, None, file, f"{why}, and {file} cannot be read ({err})")
    if text_sha256(reread) != record.get("sha256"):
        return Release(record, None, file, f"{why}, and {file} has changed since (its sha256 differs)")
    return Release(record, reread, file)


def read_jsonl(path: Path) -> Iterator[Release | Failure]:
    """Records of a JSON Lines batch output; error lines and the batch's own notes are skipped."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                yield Failure(f"{path}:{number}", "not a JSON line")
                continue
            if not isinstance(item, dict) or "sha256" not in item or "schema_version" not in item:
                continue  # an error line or a source note, not a record
            text = item.pop("text", None)
            yield with_text(item, text if isinstance(text, str) else None, path)


def read_sqlite(path: Path) -> Iterator[Release | Failure]:
    """Records of a SQLite batch output, with the `text` column when the database has one."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = {row[1] for row in db.execute("PRAGMA table_info(releases)")}
        if "record" not in columns:
            yield Failure(str(path), "not a press-extract database (no releases table)")
            return
        text_column = "text" if "text" in columns else "NULL"
        query = f"SELECT record, {text_column} FROM releases ORDER BY source, sha256"  # noqa: S608 - fixed names
        for stored, text in db.execute(query):
            yield with_text(json.loads(stored), text, path)
    except sqlite3.DatabaseError as err:
        yield Failure(str(path), f"cannot read the database ({err})")
    finally:
        db.close()


def read_inputs(inputs: Iterable[str | Path], make_extractor: Any, max_bytes: int | None = None
                ) -> Iterator[Release | Failure]:
    """Every release of every INPUT, in the order given. `make_extractor()` gives an Extractor, called
    only when some INPUT is release files (a batch output needs none)."""
    extractor = None
    for path in map(Path, inputs):
        if not path.exists():
            yield Failure(str(path), "no such file or folder")
        elif is_batch_output(path):
            yield from read_sqlite(path) if is_sqlite(path) else read_jsonl(path)
        else:
            extractor = extractor or make_extractor()
            yield from extract_files(release_files(path), extractor, max_bytes)
