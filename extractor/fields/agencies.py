"""Agencies: not yet extracted (stub)."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.models import Agency


def extract(doc: Doc) -> list[Agency]:
    return []
