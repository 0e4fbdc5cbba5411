"""The record contract of SPEC.md as pydantic models (schema_version 1)."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, field_serializer, model_validator

SCHEMA_VERSION = 1
INT64_MAX = 2**63 - 1
"""The largest integer SQLite (and most JSON readers' int64) can store."""

LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_serializer("*", mode="wrap", when_used="json")
    def _encodable(self, value: Any, handler: SerializerFunctionWrapHandler):  # noqa: ANN202 - keeps the schema
        """In JSON mode (what every writer gets), a lone surrogate, which UTF-8 cannot encode, is shown
        as U+FFFD: one character for one, so offsets still index the caller's string."""
        return _without_surrogates(handler(value))


class Mention(_Model):
    """A span of the decoded text: `text == decoded[start:end]` always holds."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DateMention(Mention):
    value: dt.date | None = None
    grain: Literal["day", "month", "year"] = "day"
    end_value: dt.date | None = None
    relative: bool = False
    rule: str | None = None


class Quote(Mention):
    """A quoted statement, offsets of the words inside the quotation marks."""


class Official(_Model):
    name: str
    title: str | None = None
    organization: str | None = None
    mentions: list[Mention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    rule: str | None = None


class Operation(_Model):
    name: str
    mentions: list[Mention] = Field(default_factory=list)
    rule: str | None = None


class Agency(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    rule: str | None = None


class Count(Mention):
    value: int = Field(ge=0)
    item: str
    modifiers: list[str] = Field(default_factory=list)
    event: str | None = None
    charge: str | None = None
    qualifier: str | None = None
    total: bool = False
    rule: str | None = None


class Amount(Mention):
    value: float
    unit: str
    item: str | None = None
    qualifier: str | None = None
    total: bool = False
    rule: str | None = None


class Record(_Model):
    """Everything extracted from one release."""

    schema_version: Literal[1] = SCHEMA_VERSION
    source: str
    sha256: str
    extractor_version: str
    title: str | None = None
    release_date: dt.date | None = None
    dates: list[DateMention] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    operations: list[Operation] = Field(default_factory=list)
    agencies: list[Agency] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def keep_storable_values(self) -> Record:
        """Every value finite and storable, whichever writer follows: a count beyond SQLite's signed
        64-bit range or an amount that is not finite (hundreds of digits read as Infinity) is
        dropped with a warning, never stored wrong."""
        for name, storable in (("counts", _storable_count), ("amounts", _storable_amount)):
            facts: list[Any] = getattr(self, name)
            dropped = [fact for fact in facts if not storable(fact)]
            if dropped:
                setattr(self, name, [fact for fact in facts if storable(fact)])
                first = dropped[0]
                self.warnings.append(f"{len(dropped)} {name} out of the storable range dropped "
                                     f"(first {first.text[:40]!r} at {first.start})")
        return self


def _storable_count(count: Count) -> bool:
    return 0 <= count.value <= INT64_MAX


def _storable_amount(amount: Amount) -> bool:
    return math.isfinite(amount.value)


def _without_surrogates(value: Any) -> Any:
    """Strings and lists of strings (nested models see to their own fields)."""
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [LONE_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for v in value]
    return value
