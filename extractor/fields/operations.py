"""Operations: not yet extracted (stub)."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.models import Operation


def extract(doc: Doc) -> list[Operation]:
    return []
