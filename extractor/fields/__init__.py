"""One extractor per field: each is `extract(doc) -> list[model]`, reading span groups and
`doc._.meta`, never other fields' results."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from extractor.fields import agencies, amounts, counts, dates, officials, operations

FIELD_EXTRACTORS: dict[str, Callable[[Doc], list]] = {
    "dates": dates.extract,
    "officials": officials.extract,
    "operations": operations.extract,
    "agencies": agencies.extract,
    "counts": counts.extract,
    "amounts": amounts.extract,
}
