"""The library API: `extract(text)` for one release, `Extractor` to stream many."""

from __future__ import annotations

import datetime as dt
import gc
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractor.inputs import DEFAULT_MAX_BYTES, LoadedText, check_encoding, load_path
from extractor.models import Record, RecordWithText
from extractor.pipeline import build_pipeline
from extractor.record import build_record


@dataclass
class Release:
    """One text to extract, with what the caller knows about it."""

    text: str
    source: str = "<text>"
    release_date: dt.date | str | None = None
    warnings: list[str] = field(default_factory=list)
    title: str | None = None


def coerce_date(value: dt.date | str | None) -> dt.date | None:
    """Accept a date or an ISO string; raise ValueError with a clear message otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise ValueError(f"invalid release date {value!r}: expected YYYY-MM-DD") from None


def keep_loaded_objects_out_of_collections() -> None:
    """Move the objects alive once the pipeline is loaded (~140,000: spaCy's and our modules, rule
    tables, matchers, CLDR and calendar data; they live as long as the process) out of the cyclic
    garbage collector's reach. Every full collection would otherwise walk them all again: one such
    pass, about every fifty releases, cost ~80-100 ms, a tenth of the time a cold pass over dev takes.
    Garbage is collected first, so nothing unreachable is kept; objects made later are collected as
    before, and a frozen object is still freed when nothing refers to it (`gc.freeze`)."""
    gc.collect()
    gc.freeze()


LOADING_RELEASE = (
    "Date: March 3, 2021\n\nSpringfield Police Arrest 14 in Operation Spring Sweep\n\n"
    "SPRINGFIELD, Ill. – Police Chief Jane Roe of the Springfield Police Department (SPD) said officers "
    "arrested 14 people and seized $12,500 and 2 kilograms of cocaine during Operation Spring Sweep, "
    "which ran from Feb. 1 to 20, 2021, and over Christmas Day.\n")
"""A release that reaches every field's tables that load on first use (CLDR names and currencies,
holiday calendars, the lemma tables): an Extractor reads it once when it is built, so those tables
are loaded, and frozen with the pipeline, before the first real release."""


class Extractor:
    """Loads the pipeline once; `pipe()` streams records for many texts."""

    def __init__(self, model: str | None = None, patterns: Sequence[str | Path] = (),
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.nlp: Language = build_pipeline(model, [Path(p) for p in patterns])
        self.max_bytes = max_bytes
        self.extract(LOADING_RELEASE)
        keep_loaded_objects_out_of_collections()

    def _make_doc(self, release: Release) -> Doc:
        doc = self.nlp.make_doc(release.text)
        doc.user_data["press_text"] = release.text  # what `doc._.text` would rebuild from the tokens
        doc._.release_date_given = coerce_date(release.release_date)
        return doc

    def extract(self, text: str, source: str = "<text>",
                release_date: dt.date | str | None = None) -> Record:
        return next(self.pipe([Release(text, source, release_date)]))

    def extract_file(self, path: str | Path, release_date: dt.date | str | None = None, *,
                     encoding: str | None = None, input_format: str | None = None,
                     include_text: bool = False) -> Record:
        """One file of any supported kind. `encoding` overrides the guess for bytes that are not
        UTF-8 (`"cp1252"`), `input_format` the file's suffix (`"txt"`, `"md"`, `"html"`, `"pdf"`);
        `include_text=True` returns a `RecordWithText` whose `text` the offsets point into."""
        if encoding is not None:
            encoding = check_encoding(encoding)
        loaded = load_path(path, self.max_bytes, encoding, input_format)
        return self.extract_loaded(loaded, str(path), release_date, include_text=include_text)

    def extract_loaded(self, loaded: LoadedText, source: str,
                       release_date: dt.date | str | None = None, include_text: bool = False) -> Record:
        release = Release(loaded.text, source, release_date or loaded.release_date,
                          loaded.warnings, loaded.title)
        record = next(self.pipe([release]))
        if include_text:
            return RecordWithText(**record.model_dump(), text=loaded.text)
        return record

    def pipe(self, releases: Iterable[Release | str], batch_size: int = 32) -> Iterator[Record]:
        """Records in input order; plain strings are taken as texts with no source."""
        items = (r if isinstance(r, Release) else Release(r) for r in releases)
        pending: deque[Release] = deque()

        def docs() -> Iterator[Doc]:
            for release in items:
                pending.append(release)
                yield self._make_doc(release)

        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            release = pending.popleft()
            yield build_record(doc, release.source, release.warnings, release.title)


_DEFAULT: Extractor | None = None


def extract(text: str, source: str = "<text>", release_date: dt.date | str | None = None) -> Record:
    """Extract one release with the default pipeline (built on first use, then reused)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(text, source=source, release_date=release_date)
