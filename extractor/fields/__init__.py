"""One extractor per field: each is `extract(doc) -> list[model]`, reading span groups and
`doc._.meta`, never other fields' results.

Each field is declared once, as a `FieldSpec` in `FIELDS`: its record key (also its table name),
its model, its extractor, its table columns (derived from the model) and how `evaluate` scores it.
The pipeline, the writers (CSV columns, SQLite tables), `evaluate` and `schema` all read this
registry, so adding a field is: a model in models.py, a module here, one `FieldSpec` line.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from spacy.tokens import Doc

from extractor import evaluate
from extractor.fields import agencies, amounts, counts, dates, officials, operations
from extractor.models import Agency, Amount, Count, DateMention, Official, Operation


@dataclass(frozen=True)
class Column:
    """One table column: the model attribute it holds and its SQLite type."""

    name: str
    sql_type: str  # TEXT, INTEGER or REAL
    is_list: bool = False


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def columns_of(model: type[BaseModel]) -> tuple[Column, ...]:
    """Every attribute of `model` as a column, in the model's order; lists are one joined cell."""
    result = []
    for name, info in model.model_fields.items():
        annotation = _unwrap_optional(info.annotation)
        if typing.get_origin(annotation) is list:
            result.append(Column(name, "TEXT", is_list=True))
        elif annotation is bool or annotation is int:
            result.append(Column(name, "INTEGER"))
        elif annotation is float:
            result.append(Column(name, "REAL"))
        elif annotation in (str, dt.date) or typing.get_origin(annotation) is typing.Literal:
            result.append(Column(name, "TEXT"))
        else:
            raise TypeError(f"{model.__name__}.{name}: no column type for {annotation!r}")
    return tuple(result)


ScoreFunction = Callable[[list[Any], list[Any], dict[str, "evaluate.Tally"], "evaluate.Note"], None]


@dataclass(frozen=True)
class FieldSpec:
    """Everything the project knows about one list field of the record."""

    name: str  # the record key, the table name, the evaluate score name
    model: type[BaseModel]
    extract: Callable[[Doc], list[Any]]
    score: ScoreFunction
    scores: tuple[str, ...] = ()  # the tallies `score` fills; default: (name,)
    columns: tuple[Column, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.columns:
            object.__setattr__(self, "columns", columns_of(self.model))
        if not self.scores:
            object.__setattr__(self, "scores", (self.name,))


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("dates", DateMention, dates.extract, evaluate.score_dates),
    FieldSpec("officials", Official, officials.extract, evaluate.score_officials,
              scores=("officials", "officials.title")),
    FieldSpec("operations", Operation, operations.extract, evaluate.score_operations),
    FieldSpec("agencies", Agency, agencies.extract, evaluate.score_agencies),
    FieldSpec("counts", Count, counts.extract, evaluate.score_counts, scores=("counts", "counts.event")),
    FieldSpec("amounts", Amount, amounts.extract, evaluate.score_amounts),
)
FIELDS_BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}

FIELD_EXTRACTORS: dict[str, Callable[[Doc], list]] = {spec.name: spec.extract for spec in FIELDS}
