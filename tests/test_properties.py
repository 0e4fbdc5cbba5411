"""Property-based tests: whatever text comes in, extract() keeps its promises."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import Extractor
from extractor.models import INT64_MAX
from extractor.pipeline import MAX_RUN_CHARS, tokenizer_view

VOCAB = [
    "Sheriff", "Robert", "G.", "Luna", "said", "arrested", "54", "adult", "and", "11", "minor", "victims",
    "were", "recovered", "$1.2", "million", "3", "kilograms", "of", "fentanyl", "Operation", "Reclaim",
    "Jan.", "22-26,", "2024", "Tuesday", "U.S.", "Attorney", "Department", "(DEA)", "Police", "Chief",
    "“", "”", '"', "'", "’s", ",", ".", ";", "-", "–", "\n", "\n\n", "a", "total", "of", "more", "than",
    "two", "dozen", "Thirty-Four", "defendants", "Date:", "FOR", "IMMEDIATE", "RELEASE", "1,234",
    "647(b)", "#22-11432", "17-year-old", "%", "<p>", "</div>", "<script>", "&amp;", "\u200f", "\u202e",
    "🚓", "\x00", "\x07", "\\ud800", "Project", "Safe", "Childhood", "Task", "Force", "said Luna.",
]
release_like = st.lists(st.sampled_from(VOCAB), max_size=120).map(" ".join)
number_soup = st.lists(st.one_of(st.integers(0, 10**12).map(str), st.sampled_from(["$", ",", ".", "-", "/", " "])),
                       max_size=200).map("".join)
unbalanced_quotes = st.lists(st.sampled_from(["“", "”", '"', "'", "‘", "’", "said X.", " "]), max_size=300).map("".join)
long_token = st.integers(1, 20_000).map(lambda n: "A" * n)
any_unicode = st.text(max_size=400)
texts = st.one_of(any_unicode, release_like, number_soup, unbalanced_quotes, long_token)

# Hostile classes (issue 12): each once hung the tokenizer, broke strict JSON or raised.
RUN_CLASSES = {
    "quotes": "\"'“”‘’«»", "brackets": "()[]{}<>", "dashes": "-‐–—−",
    "dots": ".…·", "digits": "0123456789", "money": "$0123456789.,", "slashes": "/\\|",
    "symbols": "#%&*+=@^~`!?;:,", "letters": "abcXYZé中", "joiners": "​‍⁠­\ufeff",
}
non_space = st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cs")).filter(lambda c: not c.isspace())
run_alphabet = st.one_of(st.sampled_from(list(RUN_CLASSES.values())), st.text(non_space, min_size=1, max_size=8))
run_length = st.integers(MAX_RUN_CHARS - 8, 6 * MAX_RUN_CHARS)
long_run = st.tuples(run_alphabet, run_length, st.randoms(use_true_random=False)).map(
    lambda t: "".join(t[2].choice(t[0]) for _ in range(t[1])))
text_with_long_run = st.tuples(release_like, long_run, release_like, st.sampled_from(["", " ", "\n", "  "])) \
    .map(lambda t: f"{t[0]}{t[3]}{t[1]}{t[3]}{t[2]}")

digits = st.one_of(st.text("0123456789", min_size=1, max_size=400), st.integers(1, 3000).map(lambda n: "9" * n),
                   st.lists(st.text("0123456789", min_size=3, max_size=3), min_size=1, max_size=120)
                   .map(lambda groups: "1," + ",".join(groups)))
NUMBER_POSITIONS = [
    "Deputies arrested {n} men on Jan. 2, 2024.", "Agents seized ${n} in cash.", "Agents seized ${n}.{n} million.",
    "Officers seized {n} kilograms of cocaine and {n} pounds of methamphetamine.", "A total of {n} victims were found.",
    "On Jan. {n}, 2024, police arrested 3 men.", "The sweep ran from March {n} to {n}, {n}.",
    "On {n}/{n}/{n} agents met.",
    "January {n}, 2024\n\nPolice arrested 3 men.", "FOR IMMEDIATE RELEASE\nDate: {n}-{n}-{n}\n\nPolice arrested 3 men.",
    "Released: March 5, {n}\n\nSheriff Jane Roe said {n} deputies helped.", "Case #{n}-{n} ended with {n}% of $ {n}.",
]
number_in_position = st.tuples(st.sampled_from(NUMBER_POSITIONS), digits).map(lambda t: t[0].replace("{n}", t[1]))

surrogate = st.integers(0xD800, 0xDFFF).map(chr)
text_with_surrogates = st.lists(st.one_of(st.sampled_from(VOCAB), surrogate, surrogate.map(lambda c: c * 3)),
                                min_size=1, max_size=80).map(" ".join)

_EXTRACTOR: Extractor | None = None


def extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def mentions(node: Any) -> Iterator[dict[str, Any]]:
    """Every object in the record that carries offsets."""
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys():
            yield node
        for value in node.values():
            yield from mentions(value)
    elif isinstance(node, list):
        for value in node:
            yield from mentions(value)


def check_record(text: str, release_date: dt.date | None = None) -> dict[str, Any]:
    record = extractor().extract(text, source="prop", release_date=release_date)
    data = record.model_dump()
    for mention in mentions(data):
        assert mention["text"] == text[mention["start"]:mention["end"]], mention
        assert 0 <= mention["start"] <= mention["end"] <= len(text)
    for date in record.dates:
        for value in (date.value, date.end_value):
            assert value is None or isinstance(value, dt.date)
    for count in record.counts:
        assert isinstance(count.value, int) and 0 <= count.value <= INT64_MAX
    assert all(math.isfinite(amount.value) for amount in record.amounts)
    assert record.sha256 == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    strict = json.dumps(record.model_dump(mode="json"), allow_nan=False, ensure_ascii=False)
    strict.encode("utf-8")  # every writer's encoding: no Infinity, NaN or lone surrogate survives
    return data


PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(texts)
def test_any_text_gives_a_valid_record_with_true_offsets(text: str) -> None:
    check_record(text)


@PROPERTY_SETTINGS
@given(release_like, st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_release_like_text_with_any_release_date_is_valid(text: str, release_date: dt.date) -> None:
    check_record(text, release_date)


@settings(max_examples=60, deadline=None)
@given(texts)
def test_same_input_always_gives_the_same_record(text: str) -> None:
    assert check_record(text) == check_record(text)


@PROPERTY_SETTINGS
@given(text_with_long_run)
def test_long_whitespace_free_runs_of_any_class_give_bounded_tokens_and_true_offsets(text: str) -> None:
    doc = extractor().nlp.make_doc(text)
    assert doc.text == tokenizer_view(text) and len(doc.text) == len(text)  # a line wrap reads as a space
    assert max((len(token) for token in doc), default=0) <= MAX_RUN_CHARS
    check_record(text)


@PROPERTY_SETTINGS
@given(number_in_position)
def test_digits_of_any_length_in_every_number_position_give_storable_values(text: str) -> None:
    check_record(text)


@PROPERTY_SETTINGS
@given(text_with_surrogates)
def test_text_with_lone_surrogates_is_hashed_extracted_and_serialized(text: str) -> None:
    check_record(text)


@pytest.mark.parametrize(
    "text",
    [
        "", " ", "\x00" * 100, "“" * 5000, "1" * 100_000, " ".join(["Sheriff"] * 5000),
        "<html><script>alert(1)</script><p>Chief Jane Roe said 3 men were arrested.</p>",
        "Operation " * 2000, "$" * 1000 + "1", "Jan. " * 3000,
    ],
    ids=lambda text: f"{text[:12]!r}x{len(text)}",
)
def test_hostile_shapes_do_not_crash(text: str) -> None:
    check_record(text)


def test_texts_over_spacys_default_length_limit_are_extracted() -> None:
    text = "Deputies arrested 3 men on Jan. 2, 2024. " * 30_000  # 1.2 million characters
    record = extractor().extract(text, release_date="2024-01-31")
    assert len(record.counts) == 30_000
