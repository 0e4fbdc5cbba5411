"""Amounts: not yet extracted (stub)."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.models import Amount


def extract(doc: Doc) -> list[Amount]:
    return []
