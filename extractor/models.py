"""The record contract of SPEC.md as pydantic models (schema_version 1).

Every attribute carries a description, so `press-extract schema` documents the record: what each
field holds, its conventions and, for closed sets, the values it may take."""

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


def has_lone_surrogate(text: str) -> bool:
    """Whether LONE_SURROGATE finds anything in `text`: UTF-8's strict encoder refuses exactly those code
    points, and tells in a tenth of the regex's time (most texts hold none)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False

RULE = "Id of the rule (patterns/*.jsonl) or code path that produced this fact, to trace a surprising value."


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_serializer("*", mode="wrap", when_used="json")
    def _encodable(self, value: Any, handler: SerializerFunctionWrapHandler):  # noqa: ANN202 - keeps the schema
        """In JSON mode (what every writer gets), a lone surrogate, which UTF-8 cannot encode, is shown
        as U+FFFD: one character for one, so offsets still index the caller's string."""
        return _without_surrogates(handler(value))


class Mention(_Model):
    """A span of the decoded text: `text == decoded[start:end]` always holds."""

    text: str = Field(description="The words as the text writes them: exactly decoded_text[start:end].")
    start: int = Field(ge=0, description="Character offset where the span starts in the decoded text.")
    end: int = Field(ge=0, description="Character offset just after the span ends in the decoded text.")


class DateMention(Mention):
    """A date written in the text, resolved to a calendar date where it can be."""

    value: dt.date | None = Field(
        default=None, description="The date as ISO YYYY-MM-DD: the first day of the month for grain 'month', "
                                  "January 1 for grain 'year'; null when it cannot be resolved.")
    grain: Literal["day", "month", "year"] = Field(
        default="day", description="How precise the text is: one of 'day', 'month' or 'year'.")
    end_value: dt.date | None = Field(
        default=None, description="Last date of a range ('Jan. 22-26, 2024' ends 2024-01-26), else null.")
    relative: bool = Field(
        default=False, description="True when resolved against the release date ('Tuesday', 'yesterday').")
    rule: str | None = Field(default=None, description=RULE)


class Quote(Mention):
    """A quoted statement, offsets of the words inside the quotation marks."""


class Official(_Model):
    """A named person acting in a public role (officers, prosecutors, judges, elected officials,
    agency heads, spokespeople); never a defendant, suspect or victim."""

    name: str = Field(description="The fullest form of the person's name in the text, without title "
                                  "('Robert G. Luna').")
    title: str | None = Field(
        default=None, description="The role as the text gives it, without organization or place ('Sheriff', "
                                  "'U.S. Attorney', 'Special Agent in Charge'); null when none is given.")
    organization: str | None = Field(
        default=None, description="The agency or jurisdiction the text ties the person to, or null.")
    mentions: list[Mention] = Field(
        default_factory=list, description="Every span that refers to the person ('Sheriff Luna', a later 'Luna').")
    quotes: list[Quote] = Field(
        default_factory=list, description="Quoted statements attributed to the person, without quotation marks.")
    rule: str | None = Field(default=None, description=RULE)


class Operation(_Model):
    """A named operation, project, sting or sweep ('Operation Cross Country XI')."""

    name: str = Field(description="The name as first written ('Operation Reclaim and Rebuild').")
    mentions: list[Mention] = Field(default_factory=list, description="Every span naming the operation.")
    rule: str | None = Field(default=None, description=RULE)


class Agency(_Model):
    """A government body: police, prosecutors, federal and state agencies, their divisions, task forces."""

    name: str = Field(description="The longest form in the text ('Los Angeles County Sheriff's Department').")
    aliases: list[str] = Field(
        default_factory=list, description="Other forms the text uses, acronyms included ('LASD').")
    mentions: list[Mention] = Field(default_factory=list, description="Every span naming the agency.")
    rule: str | None = Field(default=None, description=RULE)


class Count(Mention):
    """A whole number counting things, people or events; text/start/end run from the number to the noun."""

    value: int = Field(ge=0, description="The number counted ('two dozen' is 24, '2 million' is 2000000).")
    item: str = Field(description="The counted noun as a lowercase singular lemma ('victim', 'firearm').")
    modifiers: list[str] = Field(
        default_factory=list, description="Words between the number and the noun (['adult'], ['suspected']).")
    event: str | None = Field(
        default=None, description="Lemma of the verb the count takes part in ('arrest', 'seize', 'recover'); "
                                  "null when none.")
    charge: str | None = Field(default=None, description="The offence named with the count, else null.")
    qualifier: str | None = Field(
        default=None, description="'more than', 'at least', 'nearly', 'approximately', 'up to', or null.")
    total: bool = Field(default=False, description="True for a total ('In total, 539 arrests', 'a total of').")
    rule: str | None = Field(default=None, description=RULE)


class Amount(Mention):
    """Money or a measured quantity ('$1.2 million', '3 kilograms of fentanyl')."""

    value: float = Field(description="The amount as a number ('$1.2 million' is 1200000.0).")
    unit: str = Field(
        description="Money: the ISO 4217 code (USD, CAD, AUD, NZD, GBP, EUR, MXN, ...; '$' is the currency of "
                    "the release's locale). Weights and measures: kg, g, mg, lb, oz, or another unit as a "
                    "lowercase singular word ('ton', 'tonne', 'gallon').")
    item: str | None = Field(default=None, description="What was measured ('cash', 'fentanyl'), or null.")
    qualifier: str | None = Field(
        default=None, description="'more than', 'at least', 'nearly', 'approximately', 'up to', or null.")
    total: bool = Field(default=False, description="True when the text gives it as a total.")
    rule: str | None = Field(default=None, description=RULE)


class Record(_Model):
    """Everything extracted from one release."""

    schema_version: Literal[1] = Field(default=SCHEMA_VERSION, description="Version of this record layout: 1.")
    source: str = Field(description="The path as given, '<stdin>', or the id a library caller passes.")
    sha256: str = Field(description="Hex SHA-256 of the decoded text encoded as UTF-8 (dedup and upsert key).")
    extractor_version: str = Field(description="Version of press-extract that made the record.")
    title: str | None = Field(
        default=None, description="The headline, where one can be told apart from the body; else null.")
    release_date: dt.date | None = Field(
        default=None, description="ISO date from the metadata header, else the dateline, else the first full "
                                  "date of the first paragraph; else null (never the file's mtime).")
    dates: list[DateMention] = Field(default_factory=list, description="Every date written in the text.")
    officials: list[Official] = Field(default_factory=list, description="Named officials, one entry per person.")
    operations: list[Operation] = Field(default_factory=list, description="Named operations, one per name.")
    agencies: list[Agency] = Field(default_factory=list, description="Government bodies, one per agency.")
    counts: list[Count] = Field(default_factory=list, description="Every count of things, people or events.")
    amounts: list[Amount] = Field(default_factory=list, description="Money and measured quantities.")
    warnings: list[str] = Field(
        default_factory=list, description="Non-fatal problems: no release date, encoding fallback, text truncated.")

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


class RecordWithText(Record):
    """A record with the decoded text its offsets point into (`include_text=True`,
    `--include-text`): `text[start:end]` is every mention's `text`."""

    text: str
