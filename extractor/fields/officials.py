"""Officials: not yet extracted (stub)."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.models import Official


def extract(doc: Doc) -> list[Official]:
    return []
