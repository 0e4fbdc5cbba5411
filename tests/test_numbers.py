"""Number conversion: digits, words, scales; and what is not a number."""

from __future__ import annotations

import pytest

from extractor.numbers import as_int, number_run, parse_number, parse_quantity, parse_words, point_grouping_doubt


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("54", 54), ("1,234", 1234), ("1,985", 1985), ("5.3", 5.3), ("eleven", 11),
        ("Thirty-Four", 34), ("twenty one", 21), ("one hundred", 100), ("two dozen", 24),
        ("a dozen", 12), ("half a dozen", 6), ("a half dozen", 6), ("2 million", 2_000_000),
        ("$1.2 million", 1_200_000),
        ("1.5 billion", 1_500_000_000), ("one thousand two hundred", 1200), ("SIXTEEN", 16),
        ("nine hundred and ninety-nine", 999), ("2 000 000", 2_000_000), ("12\u00a0500", 12_500),
        ("1.234.567", 1_234_567), ("2.500.000", 2_500_000),  # two points or more group thousands
        ("2,00,000", 200_000), ("1,25,00,000", 12_500_000),  # the Indian grouping
    ],
)
def test_parses_numbers_written_as_digits_words_and_scales(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["dozens", "647(b)", "22-11432", "", "the", "and", "a", "two and", "1,23,4",
                                  "16 22", "1 2000", "1234 567", "1.23.456", "1.2.3", "1.234.56", "123,45,678",
                                  "24/7"])
def test_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


def test_two_numbers_are_not_summed() -> None:
    assert parse_words(["two", "men", "and", "three"]) is None


@pytest.mark.parametrize(("value", "expected"),
                         [(3.0, 3), (2.5, None), (None, None), (-1.0, None), (float("inf"), None), (1e300, None)])
def test_counts_are_whole_non_negative_numbers(value: float | None, expected: int | None) -> None:
    assert as_int(value) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("100K", 100_000), ("100 K", 100_000), ("3M", 3_000_000), ("1.2 M", 1_200_000), ("3bn", 3_000_000_000),
        ("2.5 million", 2_500_000), ("30 lakh", 3_000_000), ("2 crore", 20_000_000), ("2 crores", 20_000_000),
        ("2 dozens", 24), ("two dozens", 24), ("3 millions", 3_000_000), ("a couple", 2), ("a couple of", 2),
        ("zero", 0), ("nil", 0), ("45 (forty five)", 45), ("12 (twelve)", 12), ("1million", 1_000_000),
        ("one hundred and five", 105), ("twenty-two", 22),
    ],
)
def test_scale_suffixes_indian_scales_plurals_and_repeats(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "one twenty two",  # read aloud as a price or a list: never 22 or 23
        "five six", "twenty thirty", "nineteen ninety", "hundred hundred", "45 (forty six)", "couple",
        "dozens", "two couple", "3 (4)",
    ],
)
def test_number_words_that_are_no_single_number_are_refused(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("words", "run"),
    [
        ("100 K suspects", ["100", "K"]), ("one twenty two suspects", ["one", "twenty", "two"]),
        ("45 ( forty five ) suspects", ["45", "(", "forty", "five", ")"]), ("a couple of men", ["a", "couple", "of"]),
        ("30 lakh tablets", ["30", "lakh"]), ("12 and 14 people", ["12"]), ("5 - 7 men", ["5"]),
        ("one hundred and five men", ["one", "hundred", "and", "five"]), ("three men", ["three"]),
    ],
)
def test_number_run_covers_one_whole_written_number(words: str, run: list[str]) -> None:
    tokens = words.split()
    assert tokens[: number_run(tokens)] == run


@pytest.mark.parametrize(("text", "value"), [("~2", 2.0), ("1.5M", 1_500_000.0), ("2.5bn", 2_500_000_000.0)])
def test_quantities_take_tilde_and_glued_scales(text: str, value: float) -> None:
    assert parse_quantity(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [("½", 0.5), ("1½", 1.5), ("1 ½", 1.5), ("¾", 0.75), ("12 ¼", 12.25),
                                             ("⅛", 0.125)])
def test_quantities_take_unicode_vulgar_fractions(text: str, value: float) -> None:
    assert parse_quantity(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["a½", "½½", "1 2 ½", "1 2½"])
def test_vulgar_fractions_in_no_number_shape_are_refused(text: str) -> None:
    assert parse_quantity(text) is None


@pytest.mark.parametrize(
    ("text", "doubt"),
    [
        ("25.000 pills", "'25.000' read as 25; where a point separates thousands, as in much of Europe, it is 25,000"),
        ("1.000 kg", "'1.000' read as 1; where a point separates thousands, as in much of Europe, it is 1,000"),
        ("2.455 kilograms", None),  # a precise weight
        ("0.000 g", None),  # no thousands start with 0
        ("1.000.000 euros", None),  # two points: thousands, read as such
        ("1.0005 g", None),
    ],
)
def test_a_point_before_three_zeros_leaves_a_doubt(text: str, doubt: str | None) -> None:
    assert point_grouping_doubt(text) == doubt
