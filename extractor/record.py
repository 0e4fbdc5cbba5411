"""Assembling the record from a processed Doc."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from extractor.models import Record
from extractor.version import __version__


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_record(doc: Doc, source: str, warnings: list[str] | None = None,
                 title: str | None = None) -> Record:
    """One validated record; `title` from the loader (an HTML <title>) wins over the headline."""
    meta = doc._.meta
    facts = doc._.facts or {}
    notes = list(warnings or [])
    if meta.release_date is None:
        notes.append("no release date found")
    return Record(
        source=source,
        sha256=sha256_of(doc._.text),
        extractor_version=__version__,
        title=title or meta.title,
        release_date=meta.release_date,
        warnings=notes,
        **facts,
    )
