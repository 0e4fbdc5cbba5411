"""Number conversion: digits, words, scales; and what is not a number."""

from __future__ import annotations

import pytest

from extractor.numbers import as_int, parse_number, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("54", 54), ("1,234", 1234), ("1,985", 1985), ("5.3", 5.3), ("eleven", 11),
        ("Thirty-Four", 34), ("twenty one", 21), ("one hundred", 100), ("two dozen", 24),
        ("a dozen", 12), ("2 million", 2_000_000), ("$1.2 million", 1_200_000),
        ("1.5 billion", 1_500_000_000), ("one thousand two hundred", 1200), ("SIXTEEN", 16),
        ("nine hundred and ninety-nine", 999),
    ],
)
def test_parses_numbers_written_as_digits_words_and_scales(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["dozens", "647(b)", "22-11432", "", "the", "and", "a", "two and", "1,23,4"])
def test_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


def test_two_numbers_are_not_summed() -> None:
    assert parse_words(["two", "men", "and", "three"]) is None


@pytest.mark.parametrize(("value", "expected"),
                         [(3.0, 3), (2.5, None), (None, None), (-1.0, None), (float("inf"), None), (1e300, None)])
def test_counts_are_whole_non_negative_numbers(value: float | None, expected: int | None) -> None:
    assert as_int(value) == expected
