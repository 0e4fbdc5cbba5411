"""Date mentions: shapes, grains, ranges, year-less and relative resolution, and non-dates."""

from __future__ import annotations

import pytest

from extractor import Extractor

RELEASE = "2024-01-31"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def dates(extractor: Extractor, text: str, release: str | None = RELEASE) -> list[tuple]:
    record = extractor.extract(text, release_date=release)
    return [(d.text, d.value and d.value.isoformat(), d.grain, d.end_value and d.end_value.isoformat(), d.relative)
            for d in record.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents acted on January 22, 2024.", ("January 22, 2024", "2024-01-22", "day", None, False)),
        ("Agents acted on Jan. 22.", ("Jan. 22", "2024-01-22", "day", None, False)),
        ("The scheme ran in December 2013.", ("December 2013", "2013-12-01", "month", None, False)),
        ("It ran Jan. 22-26, 2024.", ("Jan. 22-26, 2024", "2024-01-22", "day", "2024-01-26", False)),
        ("It ran from Oct. 12 to 15.", ("Oct. 12 to 15", "2023-10-12", "day", "2023-10-15", False)),
        ("Held April 29, 2025-May 1, 2025.", ("April 29, 2025-May 1, 2025", "2025-04-29", "day", "2025-05-01", False)),
        ("It ran from Oct. 8 to Nov. 11 statewide.", ("Oct. 8 to Nov. 11", "2023-10-08", "day", "2023-11-11", False)),
        ("The hearing is scheduled for April 24th.", ("April 24th", "2024-04-24", "day", None, False)),
        ("Deputies arrested him Tuesday.", ("Tuesday", "2024-01-30", "day", None, True)),
        ("He was arrested yesterday.", ("yesterday", "2024-01-30", "day", None, True)),
        ("He was sentenced today.", ("today", "2024-01-31", "day", None, True)),
        ("Indictments were unsealed this morning.", ("this morning", "2024-01-31", "day", None, True)),
        ("Last night, officers responded.", ("Last night", "2024-01-30", "day", None, True)),
        ("He was arrested yesterday afternoon.", ("yesterday afternoon", "2024-01-30", "day", None, True)),
        ("He will be arraigned tomorrow.", ("tomorrow", "2024-02-01", "day", None, True)),
        ("Charges rose last month.", ("last month", "2023-12-01", "month", None, True)),
        ("The next day he fled.", ("The next day", None, "day", None, True)),
        ("Filed 1/15/2024 in court.", ("1/15/2024", "2024-01-15", "day", None, False)),
        ("The probe began in September.", ("September", "2023-09-01", "month", None, False)),
        ("Arrests came on 3 May 2020.", ("3 May 2020", "2020-05-03", "day", None, False)),
        ("It ran March 1 through March 15, 2023.",
         ("March 1 through March 15, 2023", "2023-03-01", "day", "2023-03-15", False)),
        ("It ran from Jan. 22 until Jan. 26.", ("Jan. 22 until Jan. 26", "2024-01-22", "day", "2024-01-26", False)),
        ("It ran Dec. 28 to Jan. 3, 2024.", ("Dec. 28 to Jan. 3, 2024", "2023-12-28", "day", "2024-01-03", False)),
        ("Officers worked Jan. 29-Feb. 2.", ("Jan. 29-Feb. 2", "2024-01-29", "day", "2024-02-02", False)),
        ("Seized Dec. 28 - Jan. 3.", ("Dec. 28 - Jan. 3", "2023-12-28", "day", "2024-01-03", False)),
        ("Fireworks seized on the 4th of July.", ("4th of July", "2023-07-04", "day", None, False)),
        ("In mid-January, officers began.", ("January", "2024-01-01", "month", None, False)),
        ("He faces a hearing on Feb. 20.", ("Feb. 20", "2024-02-20", "day", None, False)),
        ("He was arrested on Feb. 20.", ("Feb. 20", "2023-02-20", "day", None, False)),
        ("Between Dec. 5 and Jan. 10, 2022, he sold drugs.", ("Dec. 5", "2021-12-05", "day", None, False)),
        ("Between Dec. 5 and Jan. 10, 2022, he sold drugs.", ("Jan. 10, 2022", "2022-01-10", "day", None, False)),
        ("Between March 5 and March 10, 2021, he sold drugs.", ("March 5", "2021-03-05", "day", None, False)),
        ("He sold drugs on March 5 and March 10, 2021.", ("March 5", "2021-03-05", "day", None, False)),
        ("The suspect set fire to a car on Feb. 5.", ("Feb. 5", "2023-02-05", "day", None, False)),
        ("Due to a tip received Feb. 5, police acted.", ("Feb. 5", "2023-02-05", "day", None, False)),
        ("He is set to be sentenced Feb. 5.", ("Feb. 5", "2024-02-05", "day", None, False)),
        ("He is due in court Feb. 5.", ("Feb. 5", "2024-02-05", "day", None, False)),
        ("In July of 2022 the probe began.", ("July of 2022", "2022-07-01", "month", None, False)),
        ("Arrested 26th January 2024.", ("26th January 2024", "2024-01-26", "day", None, False)),
        ("In January 15 people were arrested.", ("January", "2024-01-01", "month", None, False)),
        ("Sweeps ran from January to March, 2023.", ("January", "2023-01-01", "month", None, False)),
        ("Sweeps ran in December and January 2023.", ("December", "2022-12-01", "month", None, False)),
        ("The sweep ended last June.", ("June", "2023-06-01", "month", None, False)),
        ("It ran through Jun 5.", ("Jun 5", "2023-06-05", "day", None, False)),
        ("The Aug. 1–3, 2023 sweep.", ("Aug. 1–3, 2023", "2023-08-01", "day", "2023-08-03", False)),
    ],
)
def test_date_shapes_resolve_against_the_release_date(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in dates(extractor, text)


def test_year_less_dates_cross_new_year_backwards(extractor: Extractor) -> None:
    assert dates(extractor, "Arrested on Dec. 30.", "2024-01-03")[0][1] == "2023-12-30"


def test_year_less_future_dates_cross_new_year_forwards(extractor: Extractor) -> None:
    assert dates(extractor, "He will be sentenced on Jan. 8.", "2023-12-20")[0][1] == "2024-01-08"


def test_a_future_cue_does_not_push_a_date_of_last_week_a_year_ahead(extractor: Extractor) -> None:
    text = "Agents will keep pursuing cases like the Jan. 25 arrest."
    assert dates(extractor, text)[0][1] == "2024-01-25"


def test_weekdays_cross_new_year_backwards(extractor: Extractor) -> None:
    assert dates(extractor, "Arrested on Friday.", "2024-01-02")[0][1] == "2023-12-29"


def test_without_a_release_date_year_less_values_are_null(extractor: Extractor) -> None:
    assert dates(extractor, "Headline\n\nArrested on Jan. 22 in town.", None)[0][1] is None


def test_without_a_release_date_relative_words_keep_their_grain(extractor: Extractor) -> None:
    found = dates(extractor, "Headline\n\nCharges rose last month after arrests yesterday.", None)
    assert [(d[0], d[1], d[2]) for d in found] == [("last month", None, "month"), ("yesterday", None, "day")]


def test_the_release_date_prefix_is_listed(extractor: Extractor) -> None:
    found = dates(extractor, " date 2024-01-31 Sheriff held a conference.", None)
    assert ("2024-01-31", "2024-01-31", "day", None, False) in found


@pytest.mark.parametrize(
    "text",
    [
        "54 adult and 11 minor victims were recovered.",
        "271 males were arrested under Penal Code 647(b).",
        "The operation is held every January.",
        "Victims may testify next.",
        "An annual, weeklong operation in the 2016 fiscal year.",
        "Defendant Bassey Monday Idiong was charged.",
        "SCPD #22-11432 was filed.",
        "Said Sheriff April Smith and Deputy June Harris.",
        "The suspect may march to court at 10:30 a.m.",
        "A mid-size vehicle was seized.",
        "Officers patrol every Monday and each Friday.",
        "Stores reported thefts on Black Friday.",
        "Protesters plan to march through town in may.",
    ],
)
def test_numbers_and_words_that_are_not_dates(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "release", "expected"),
    [
        ("It ran Jan. 5 and 6, 2023.", RELEASE, ["2023-01-05", "2023-01-06"]),
        ("Deputies searched Jan. 5 and 6.", RELEASE, ["2024-01-05", "2024-01-06"]),
        ("Deputies searched Jan. 5 and 6.", None, [None, None]),
        ("On Jan. 5 and 6 officers were hurt.", RELEASE, ["2024-01-05"]),
        ("On Jan. 5 and 6 p.m. shifts ran.", RELEASE, ["2024-01-05"]),
        ("Seized Jan. 22, 23, and 24, 2023.", RELEASE, ["2023-01-22", "2023-01-23", "2023-01-24"]),
        ("Seized Jan. 22, 23 and 24.", RELEASE, ["2024-01-22", "2024-01-23", "2024-01-24"]),
        ("On Jan. 22, 23 people were hurt.", RELEASE, ["2024-01-22"]),
        ("On Jan. 22, 23 and 24 people were hurt.", RELEASE, ["2024-01-22"]),
    ],
)
def test_coordinated_days_share_the_month(extractor: Extractor, text: str, release: str | None,
                                          expected: list) -> None:
    assert [d[1] for d in dates(extractor, "Headline\n\n" + text, release)] == expected


def test_weekday_before_a_parenthesized_date_defers_to_it(extractor: Extractor) -> None:
    assert [d[0] for d in dates(extractor, "On Wednesday (Jan. 24) police arrested him.")] == ["Jan. 24"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arrested on Jan.\xa022,\xa02024 downtown.", ("Jan.\xa022,\xa02024", "2024-01-22")),
        ("Arrested on Jan.  22, 2024 downtown.", ("Jan.  22, 2024", "2024-01-22")),
        ("Arrested on January\n22, 2024.", ("January\n22, 2024", "2024-01-22")),
        ("Seen in January\n\n15 people were hurt.", ("January", "2024-01-01")),
    ],
)
def test_whitespace_inside_a_date_is_stepped_over(extractor: Extractor, text: str, expected: tuple) -> None:
    found = dates(extractor, text)
    assert [(d[0], d[1]) for d in found] == [expected]


def test_weekday_after_a_written_date_restates_it(extractor: Extractor) -> None:
    assert [d[0] for d in dates(extractor, "He was arrested Jan. 22 (Monday) downtown.")] == ["Jan. 22"]


def test_apposed_relative_word_defers_to_the_full_date(extractor: Extractor) -> None:
    found = dates(extractor, "He was charged yesterday, July 29, 2013, with fraud.", "2013-07-31")
    assert [d[1] for d in found] == ["2013-07-29"]
