"""The record contract of SPEC.md as pydantic models (schema_version 1)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


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


class RecordWithText(Record):
    """A record with the decoded text its offsets point into (`include_text=True`,
    `--include-text`): `text[start:end]` is every mention's `text`."""

    text: str
