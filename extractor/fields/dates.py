"""Dates: not yet extracted (stub)."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.models import DateMention


def extract(doc: Doc) -> list[DateMention]:
    return []
