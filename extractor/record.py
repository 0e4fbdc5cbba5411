"""Assembling the record from a processed Doc."""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel
from spacy.tokens import Doc

from extractor.models import LONE_SURROGATE, Mention, Record, has_lone_surrogate
from extractor.pipeline import VIEW_CHANGED_KEY, WARNINGS_KEY, cached_text, release_meta
from extractor.version import __version__


def sha256_of(text: str) -> str:
    """Of the text as UTF-8; a lone surrogate (any `str` may hold one) as its own three bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def surrogate_warnings(text: str) -> list[str]:
    count = len(LONE_SURROGATE.findall(text)) if has_lone_surrogate(text) else 0
    if not count:
        return []
    return [f"text holds {count} lone surrogate(s), not valid Unicode; JSON, CSV and SQLite output show "
            "each as U+FFFD (offsets unchanged)"]


def restore_mention_texts(facts: dict[str, Any], text: str) -> None:
    """The tokenizer reads a lone surrogate as U+FFFD and a line-wrap newline as a space
    (`pipeline.tokenizer_view`); a mention's text is the caller's own slice."""
    stack: list[Any] = list(facts.values())
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, BaseModel):
            if isinstance(node, Mention):
                node.text = text[node.start:node.end]
            stack.extend(getattr(node, name) for name in type(node).model_fields)


def build_record(doc: Doc, source: str, warnings: list[str] | None = None,
                 title: str | None = None) -> Record:
    """One validated record; `title` from the loader (an HTML <title>) wins over the headline."""
    meta = release_meta(doc)
    facts = doc._.facts or {}
    text = cached_text(doc)
    surrogates = surrogate_warnings(text)
    if surrogates or doc.user_data.get(VIEW_CHANGED_KEY):
        restore_mention_texts(facts, text)
    notes = list(warnings or []) + surrogates
    notes += doc.user_data.get(WARNINGS_KEY, [])  # values read with doubt: "Monday, Feb 18" is no Monday
    if meta.release_date is None:
        notes.append("no release date found")
    return Record(
        source=source,
        sha256=sha256_of(text),
        extractor_version=__version__,
        title=title or meta.title,
        release_date=meta.release_date,
        warnings=notes,
        **facts,
    )
