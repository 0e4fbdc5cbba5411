"""Counts: not yet extracted (stub)."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.models import Count


def extract(doc: Doc) -> list[Count]:
    return []
