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


def spans(extractor: Extractor, text: str) -> list[tuple]:
    """(text, value, end_value) of each date after a headline line: what a range test checks."""
    record = extractor.extract("Headline\n\n" + text, release_date=RELEASE)
    return [(d.text, d.value and d.value.isoformat(), d.end_value and d.end_value.isoformat()) for d in record.dates]


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
        # SPEC: a range is one mention, its value the start and end_value the end
        ("Between Dec. 5 and Jan. 10, 2022, he sold drugs.",
         ("Dec. 5 and Jan. 10, 2022", "2021-12-05", "day", "2022-01-10", False)),
        ("Between March 5 and March 10, 2021, he sold drugs.",
         ("March 5 and March 10, 2021", "2021-03-05", "day", "2021-03-10", False)),
        ("He sold drugs on March 5 and March 10, 2021.", ("March 5", "2021-03-05", "day", None, False)),
        ("The suspect set fire to a car on Feb. 5.", ("Feb. 5", "2023-02-05", "day", None, False)),
        ("Due to a tip received Feb. 5, police acted.", ("Feb. 5", "2023-02-05", "day", None, False)),
        ("He is set to be sentenced Feb. 5.", ("Feb. 5", "2024-02-05", "day", None, False)),
        ("He is due in court Feb. 5.", ("Feb. 5", "2024-02-05", "day", None, False)),
        ("In July of 2022 the probe began.", ("July of 2022", "2022-07-01", "month", None, False)),
        ("Arrested 26th January 2024.", ("26th January 2024", "2024-01-26", "day", None, False)),
        ("In January 15 people were arrested.", ("January", "2024-01-01", "month", None, False)),
        ("Sweeps ran from January to March, 2023.",
         ("January to March, 2023", "2023-01-01", "month", "2023-03-01", False)),
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


@pytest.mark.parametrize(("text", "value"), [
    ("The two men are due to appear in court on Monday.", "2024-02-05"),  # ahead: the release is a Wednesday
    ("The closure was due to snow on Monday.", "2024-01-29"),  # a cause, and the Monday before
])
def test_due_to_with_a_verb_speaks_of_the_future(extractor: Extractor, text: str, value: str) -> None:
    assert [d[1] for d in dates(extractor, text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("He was ordered to return to court on Monday.", "2024-02-05"),  # a court date ahead
    ("They are to appear at the Harbor Court of Justice, 10 Main Street, on Monday.", "2024-02-05"),
    ("He failed to appear at the court, the clerk said, on Monday.", "2024-01-29"),
])
def test_court_dates_ahead_over_an_address(extractor: Extractor, text: str, value: str) -> None:
    assert [d[1] for d in dates(extractor, text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("The states plan to repeat the checks on Monday.", "2024-02-05"),  # an intention: ahead
    ("The unit intends to return on Monday.", "2024-02-05"),
    ("Officers in the plan area made 3 arrests on Monday.", "2024-01-29"),  # a noun: the Monday before
])
def test_an_intention_before_to_speaks_of_the_future(extractor: Extractor, text: str, value: str) -> None:
    assert [d[1] for d in dates(extractor, text)] == [value]


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
        "Protesters plan to march through town in may.",
    ],
)
def test_numbers_and_words_that_are_not_dates(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "release", "expected"),
    [
        ("It ran Jan. 5 and 8, 2023.", RELEASE, ["2023-01-05", "2023-01-08"]),
        ("Deputies searched Jan. 5 and 8.", RELEASE, ["2024-01-05", "2024-01-08"]),
        ("Deputies searched Jan. 5 and 8.", None, [None, None]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers visited 40 shops on 14 and 15 January.", [("14 and 15 January", "2024-01-14", "2024-01-15")]),
        ("The sweep ran Jan. 5 and 6, 2023.", [("Jan. 5 and 6, 2023", "2023-01-05", "2023-01-06")]),
        # days apart, or a list of three, stay separate dates
        ("Raids took place on Jan. 5 and 9.", [("Jan. 5", "2024-01-05", None), ("9", "2024-01-09", None)]),
        ("Seized Jan. 22, 23 and 24.", [("Jan. 22", "2024-01-22", None), ("23", "2024-01-23", None),
                                        ("24", "2024-01-24", None)]),
    ],
)
def test_two_days_in_a_row_joined_by_and_are_one_range(extractor: Extractor, text: str, expected: list) -> None:
    assert spans(extractor, text) == expected


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


TUESDAY = "2024-03-12"
"""A Tuesday release: 'last Tuesday' is a week back, 'Tuesday' alone today."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # holidays, by the holidays package (Easter-based feasts by dateutil)
        ("Thefts rose over Christmas.", ("Christmas", "2023-12-25", "day", None, False)),
        ("The store was robbed on Thanksgiving.", ("Thanksgiving", "2023-11-23", "day", None, False)),
        ("Crashes rose over Memorial Day weekend.", ("Memorial Day weekend", "2023-05-27", "day", "2023-05-29", False)),
        ("A church was vandalised on Good Friday.", ("Good Friday", "2023-04-07", "day", None, False)),
        ("Shoplifters struck on Boxing Day.", ("Boxing Day", "2023-12-26", "day", None, False)),
        ("Officers patrolled the beach on Easter Monday.", ("Easter Monday", "2023-04-10", "day", None, False)),
        ("The church was broken into on Palm Sunday.", ("Palm Sunday", "2023-04-02", "day", None, False)),
        ("The service was held on Trinity Sunday.", ("Trinity Sunday", "2023-06-04", "day", None, False)),
        ("Patrols will be doubled on Christmas Eve.", ("Christmas Eve", "2024-12-24", "day", None, False)),
        ("Arrests were made on Christmas Day 2021.", ("Christmas Day 2021", "2021-12-25", "day", None, False)),
        ("Offices closed on Juneteenth 2023.", ("Juneteenth 2023", "2023-06-19", "day", None, False)),
        ("Thefts peaked last Thanksgiving.", ("last Thanksgiving", "2023-11-23", "day", None, False)),
        # offsets and anchors on the release date
        ("He was arrested a week ago.", ("a week ago", "2024-03-05", "day", None, True)),
        ("The hearing is three days from now.", ("three days from now", "2024-03-15", "day", None, True)),
        ("The trial will start in two weeks.", ("in two weeks", "2024-03-26", "day", None, True)),
        ("He fled the day before yesterday.", ("the day before yesterday", "2024-03-10", "day", None, True)),
        ("He will appear the day after tomorrow.", ("the day after tomorrow", "2024-03-14", "day", None, True)),
        ("The victim was robbed three months ago.", ("three months ago", "2023-12-12", "day", None, True)),
        ("Results are due at the end of the month.",
         ("the end of the month", "2024-03-21", "day", "2024-03-31", True)),
        ("Checks will resume at the beginning of April.",
         ("the beginning of April", "2024-04-01", "day", "2024-04-10", False)),
        ("The hearing is set for the first Tuesday of October.",
         ("the first Tuesday of October", "2024-10-01", "day", None, False)),
        ("Thefts peaked on the last Friday of February.",
         ("the last Friday of February", "2024-02-23", "day", None, False)),
        ("He was arrested last Tuesday.", ("last Tuesday", "2024-03-05", "day", None, True)),
        ("He was arrested Tuesday.", ("Tuesday", "2024-03-12", "day", None, True)),
        ("The trial opens Wednesday of next week.", ("Wednesday of next week", "2024-03-20", "day", None, True)),
        ("The raid was on last week's Sunday.", ("last week's Sunday", "2024-03-10", "day", None, True)),
        ("Bids close on the 20th of next month.", ("the 20th of next month", "2024-04-20", "day", None, True)),
        ("The raid took place on Friday the 8th.", ("Friday the 8th", "2024-03-08", "day", None, False)),
        # ranges keep both ends
        ("The festival ran from 13th to 15th July.", ("13th to 15th July", "2023-07-13", "day", "2023-07-15", False)),
        ("The festival ran July 13-15.", ("July 13-15", "2023-07-13", "day", "2023-07-15", False)),
        ("Raids ran from the 13th to the 15th July.",
         ("13th to the 15th July", "2023-07-13", "day", "2023-07-15", False)),
        ("Raids ran August 27th - 29th.", ("August 27th - 29th", "2023-08-27", "day", "2023-08-29", False)),
        ("The raids happened between the 3rd and the 5th.",
         ("the 3rd and the 5th", "2024-03-03", "day", "2024-03-05", True)),
        # a day and a stated length are one range
        ("The road was closed from 18th Dec for 10 days.",
         ("18th Dec for 10 days", "2023-12-18", "day", "2023-12-27", False)),
        ("The road was closed for 10 days from 18th Dec.",
         ("10 days from 18th Dec.", "2023-12-18", "day", "2023-12-27", False)),
        ("Patrols ran for two weeks starting March 1.",
         ("two weeks starting March 1", "2024-03-01", "day", "2024-03-14", False)),
        ("He was jailed on March 3 for a week.", ("March 3 for a week", "2024-03-03", "day", "2024-03-09", False)),
        # numeric and abbreviated forms
        ("He was born 10-31-74.", ("10-31-74", "1974-10-31", "day", None, False)),
        ("The fine was paid on 2/15.", ("2/15", "2024-02-15", "day", None, False)),
        ("He was arrested on fri.", ("fri", "2024-03-08", "day", None, True)),
        ("He was charged on thu and released.", ("thu", "2024-03-07", "day", None, True)),
        ("He was charged on mon. and released.", ("mon.", "2024-03-11", "day", None, True)),
        ("He was charged on the first of March.", ("first of March", "2024-03-01", "day", None, False)),
        ("Filed on 10.31.2023 in court.", ("10.31.2023", "2023-10-31", "day", None, False)),
        ("A written weekday picks the year: Fri, Jul 18.", ("Jul 18", "2025-07-18", "day", None, False)),
        ("Raids are set for Sat., Mar. 16, police said.", ("Mar. 16", "2024-03-16", "day", None, False)),
        ("Raids were on Sat. Mar. 16 and Sunday.", ("Mar. 16", "2024-03-16", "day", None, False)),
    ],
)
def test_holidays_offsets_ranges_and_forms(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in dates(extractor, text, TUESDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers packed boxes for Operation Christmas Child.",
        "The Thanksgiving Food Drive collected cans.",
        "The choir sang on Divine Mercy Sunday.",
        "Believers marked the Monday of the Holy Spirit.",
        "Thefts peaked in summer 2023.",
        "He got 10 years in prison.",
        "In two weeks, officers arrested 40 people.",
        "Residents moved in 2/3 of the homes.",
        "Thefts peaked a year after Easter.",
        "Raids are planned for Thanksgiving in 3 years.",
        "Patrols run on the third Tuesday after the holiday.",
        "He lives on the 15th floor.",
    ],
)
def test_no_date_in_names_seasons_durations_and_fractions(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, TUESDAY) == []


@pytest.mark.parametrize(
    ("text", "release", "value"),
    [
        ("The deadline is 03/04/2024 for all claims. The organised crime unit in Auckland said so.", None,
         "2024-04-03"),
        ("The deadline is 03/04/2024 for all claims.", None, "2024-03-04"),
    ],
)
def test_numeric_dates_read_day_first_where_the_locale_says_so(extractor: Extractor, text: str, release, value: str
                                                               ) -> None:
    assert [d.value.isoformat() for d in extractor.extract(text, release_date=release).dates][:1] == [value]


def test_a_weekday_that_disagrees_with_its_date_is_noted() -> None:
    from extractor.pipeline import WARNINGS_KEY, build_pipeline

    nlp = build_pipeline()
    doc = nlp("He was arrested on Monday, Feb. 18, 2024.")  # Feb. 18, 2024 is a Sunday
    assert [(d.text, d.value.isoformat()) for d in doc._.facts["dates"]] == [("Feb. 18, 2024", "2024-02-18")]
    assert len(doc.user_data[WARNINGS_KEY]) == 1 and "Sunday" in doc.user_data[WARNINGS_KEY][0]


def test_with_no_release_date_a_checked_weekday_takes_the_year_written_before(extractor: Extractor) -> None:
    text = "Raids began on Wednesday, 23 July, 2025. Two men were charged on Friday, 25 July."
    found = [(d.text, d.value and d.value.isoformat()) for d in extractor.extract(text).dates]
    assert ("25 July", "2025-07-25") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents searched homes in Utah Wednesday morning.", ("Wednesday", "2024-03-06", "day", None, True)),
        ("Deputies said Monday that two men fled.", ("Monday", "2024-03-11", "day", None, True)),
        ("The men will appear Friday in court.", ("Friday", "2024-03-15", "day", None, True)),
        # an adjective or adverb ending a verb's phrase: 'pleaded guilty Wednesday' (not 'holy saturday')
        ("A former aide pleaded guilty Monday to theft.", ("Monday", "2024-03-11", "day", None, True)),
        ("He was found dead Monday in his home.", ("Monday", "2024-03-11", "day", None, True)),
    ],
)
def test_a_place_or_verb_before_a_weekday_keeps_it_a_day(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in dates(extractor, text, TUESDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RCMP officers in Ontario said thefts rose on Thanksgiving.", ("Thanksgiving", "2023-10-09")),
        ("Officers in Texas said thefts rose on Thanksgiving.", ("Thanksgiving", "2023-11-23")),
    ],
)
def test_holidays_follow_the_release_locale(extractor: Extractor, text: str, expected: tuple) -> None:
    assert [(d.text, d.value.isoformat()) for d in extractor.extract(text, release_date=TUESDAY).dates] == [expected]


WEDNESDAY_RELEASE = "2024-03-13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'next <weekday>' is that weekday of the week after the release's (weeks start on Monday)
        ("The board meets next Friday.", ("next Friday", "2024-03-22", "day", None, True)),
        ("The board meets next Tuesday.", ("next Tuesday", "2024-03-19", "day", None, True)),
        ("The board meets next Monday.", ("next Monday", "2024-03-18", "day", None, True)),
        # the beginning of a week is Monday to Wednesday, its end Friday to Sunday
        ("Repairs finish at the end of this week.", ("the end of this week", "2024-03-15", "day", "2024-03-17", True)),
        ("Crews start at the beginning of next week.",
         ("the beginning of next week", "2024-03-18", "day", "2024-03-20", True)),
        ("The leak began at the end of last week.", ("the end of last week", "2024-03-08", "day", "2024-03-10", True)),
        ("Bids close at the end of the coming week.",
         ("the end of the coming week", "2024-03-22", "day", "2024-03-24", True)),
        ("The audit covered the end of the previous month.",
         ("the end of the previous month", "2024-02-21", "day", "2024-02-29", True)),
        # 'N <weekday>s from now / ago'
        ("The trial opens 2 Fridays from now.", ("2 Fridays from now", "2024-03-22", "day", None, True)),
        ("He was last seen three Sundays ago.", ("three Sundays ago", "2024-02-25", "day", None, True)),
        ("The permit lapses 4 years from today.", ("4 years from today", "2028-03-13", "day", None, True)),
    ],
)
def test_weeks_and_weekdays_counted_from_the_release(extractor: Extractor, text: str, expected: tuple) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day in digits before 'of' and the month, alone or ending a range; 'Month the Nth'
        ("The fair opens on 15 of February.", ("15 of February", "2024-02-15", "day", None, False)),
        ("The fair ran from 13 to 15 of January.", ("13 to 15 of January", "2024-01-13", "day", "2024-01-15", False)),
        ("The fair ran from the 2nd to the 5 of March.",
         ("2nd to the 5 of March", "2024-03-02", "day", "2024-03-05", False)),
        ("The fair opened February the 9th.", ("February the 9th", "2024-02-09", "day", None, False)),
        ("The fair opened on the second day of March.", ("second day of March", "2024-03-02", "day", None, False)),
        # days counted from a holiday
        ("Thefts peaked three days after Christmas.", ("three days after Christmas", "2023-12-28", "day", None, False)),
        ("The drive will end a week before Easter.", ("a week before Easter", "2024-03-24", "day", None, False)),
        # holidays counted from another: Black Friday follows US Thanksgiving
        ("Stores reported thefts on Black Friday 2023.", ("Black Friday 2023", "2023-11-24", "day", None, False)),
        ("Offices close on Martin Luther King's Day 2024.",
         ("Martin Luther King's Day 2024", "2024-01-15", "day", None, False)),
    ],
)
def test_day_of_month_forms_and_days_from_holidays(extractor: Extractor, text: str, expected: tuple) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrested 5 of March's suspects.",
        "He served a year after Christmas.",
        "Detectives worked 3 weeks in a row.",
    ],
)
def test_no_day_from_counts_before_of_or_vague_offsets(extractor: Extractor, text: str) -> None:
    assert [d for d in dates(extractor, text, WEDNESDAY_RELEASE) if d[2] == "day"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # festivals of other calendars, dated by the holidays package (Islamic as most countries keep them)
        ("Shops closed for Diwali 2019.", ("Diwali 2019", "2019-10-27", "day", None, False)),
        ("Patrols were doubled over Eid al-Fitr 2018.", ("Eid al-Fitr 2018", "2018-06-15", "day", None, False)),
        ("The synagogue was guarded on Yom Kippur 2018.", ("Yom Kippur 2018", "2018-09-19", "day", None, False)),
        ("Crowds gathered for Holi 2019.", ("Holi 2019", "2019-03-21", "day", None, False)),
        ("Fireworks were seized before Chinese New Year 2024.",
         ("Chinese New Year 2024", "2024-02-10", "day", None, False)),
    ],
)
def test_festivals_of_other_calendars(extractor: Extractor, text: str, expected: tuple) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The parade marked National Day.",  # another country's civic day: no festival calendar names it
        "The Diwali Festival Committee met.",  # a festival inside a name
        "Rosh Hashanah 2023 fell on a weekend.",  # two days in the calendar: which one is not said
    ],
)
def test_no_date_from_civic_days_names_or_festivals_of_several_days(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stalls opened for Deepavali in 2019.", ("Deepavali in 2019", "2019-10-27", "day", None, False)),
        ("The store was robbed on Christmas of 2015.", ("Christmas of 2015", "2015-12-25", "day", None, False)),
        ("Markets were busy before Lunar New Year 2024.", ("Lunar New Year 2024", "2024-02-10", "day", None, False)),
    ],
)
def test_holiday_years_and_other_spellings(extractor: Extractor, text: str, expected: tuple) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


def test_a_festival_dated_by_another_countrys_calendar_carries_a_warning(extractor: Extractor) -> None:
    record = extractor.extract("Shops closed for Diwali 2019 in Leicester.", release_date=WEDNESDAY_RELEASE)
    assert [d.value.isoformat() for d in record.dates] == ["2019-10-27"]
    assert any("Diwali" in w and "another country's calendar" in w for w in record.warnings)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patrols will be doubled over Eid al-Fitr 2034.", "2034-12-12"),  # years with no announced dates
        ("The mosque was guarded on Eid al-Adha 1980.", "1980-10-19"),
    ],
)
def test_a_feast_the_calendar_only_estimates_is_dated_with_a_warning(extractor: Extractor, text: str, value: str
                                                                    ) -> None:
    record = extractor.extract(text, release_date=WEDNESDAY_RELEASE)
    assert [d.value.isoformat() for d in record.dates] == [value]
    assert sum("calendar's estimate" in w for w in record.warnings) == 1


def test_no_date_for_an_estimated_feast_that_falls_twice_in_the_year(extractor: Extractor) -> None:
    # the lunar year is shorter: Eid al-Adha fell in both January and December of 1974
    record = extractor.extract("The mosque was guarded on Eid al-Adha 1974.", release_date=WEDNESDAY_RELEASE)
    assert record.dates == []


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered for choti Diwali.",  # another day of the festival, which the calendar lacks
        "Families marked kaanum Pongal.",
    ],
)
def test_no_date_for_a_festival_day_the_calendar_does_not_name(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future cue before the date, across an abbreviated weekday's period and after a modal
        ("The fair will open on Sat., March 16.", ("March 16", "2024-03-16", "day", None, False)),
        ("Charges may be filed by June 1.", ("June 1", "2024-06-01", "day", None, False)),
        ("He may have fled by March 1.", ("March 1", "2024-03-01", "day", None, False)),
        # a weekday after a noun and before the sentence's verb is a day, not a kind of day
        ("A follow-up search Thursday turned up 19 more phones.", ("Thursday", "2024-03-07", "day", None, True)),
        # parts of months inside a range, which is one mention of month grain
        ("Thefts ran from mid-January to late February.", ("January to late February", "2024-01-01", "month",
                                                           "2024-02-01", False)),
        ("Thefts ran from early March to mid-April 2023.", ("March to mid-April 2023", "2023-03-01", "month",
                                                            "2023-04-01", False)),
        # a cue further back speaks for the date over words with no past form between
        ("The city will install new sensors along 14 miles of the track by December.",
         ("December", "2024-12-01", "month", None, False)),
        ("He will be sentenced for the string of thefts that were committed in December.",
         ("December", "2023-12-01", "month", None, False)),
        # 'this <weekday>' keeps its word, resolved by the sentence's tense
        ("The suspect will be arraigned this Friday.", ("this Friday", "2024-03-15", "day", None, True)),
        ("Detectives arrested him this Monday.", ("this Monday", "2024-03-11", "day", None, True)),
        # month and day in digits after 'for'; month and year in digits
        ("Sentencing is set for 4/24 at 9 a.m.", ("4/24", "2024-04-24", "day", None, False)),
        ("The thefts began in 11/2022.", ("11/2022", "2022-11-01", "month", None, False)),
    ],
)
def test_future_cues_weekday_abbreviations_and_numeric_forms(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


def test_an_abbreviated_weekday_before_a_date_is_part_of_it(extractor: Extractor) -> None:
    assert dates(extractor, "It happened on Tue., March 5.", WEDNESDAY_RELEASE) == [
        ("March 5", "2024-03-05", "day", None, False)]


@pytest.mark.parametrize(
    "text",
    [
        "He paid for 3/4 of the cost.",
        "Deputies cut 1/2 inch pipes for 5/8 inch bolts.",
        "The ruling in 13/2019 was appealed.",
    ],
)
def test_no_date_from_fractions_or_impossible_months(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Churches were guarded on Orthodox Easter 2024.", ("Orthodox Easter 2024", "2024-05-05", "day", None, False)),
        ("The fast began on Clean Monday 2023.", ("Clean Monday 2023", "2023-02-27", "day", None, False)),
        ("Vandals struck on Orthodox Good Friday 2022.",
         ("Orthodox Good Friday 2022", "2022-04-22", "day", None, False)),
        ("Stores closed for Passover 2024.", ("Passover 2024", "2024-04-23", "day", None, False)),
        ("Patrols grew over Eid ul-Adha 2023.", ("Eid ul-Adha 2023", "2023-06-28", "day", None, False)),
    ],
)
def test_orthodox_feasts_and_festival_spellings(extractor: Extractor, text: str, expected: tuple) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


def test_a_weekday_before_a_day_first_date_is_checked_not_read_alone(extractor: Extractor) -> None:
    record = extractor.extract("The men appeared in court on Thursday 7 March. Police said so.",
                               release_date=WEDNESDAY_RELEASE)
    assert [(d.text, d.value.isoformat()) for d in record.dates] == [("7 March", "2024-03-07")]
    record = extractor.extract("The men appeared in court on Friday 7 March 2024. Police said so.",
                               release_date=WEDNESDAY_RELEASE)
    assert [(d.text, d.value.isoformat()) for d in record.dates] == [("7 March 2024", "2024-03-07")]
    assert any("weekday 'Friday' disagrees" in w for w in record.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers searched storage units on 26 and 29 February.",
         [("26", "2024-02-26", "day", None, False), ("29 February", "2024-02-29", "day", None, False)]),
        ("Raids took place on 5, 6 and 7 July 2012.",
         [("5", "2012-07-05", "day", None, False), ("6", "2012-07-06", "day", None, False),
          ("7 July 2012", "2012-07-07", "day", None, False)]),
        # ages or counts before 'and' are no days of the month
        ("The men, aged 27 and 29 in March 2023, were held.", [("March 2023", "2023-03-01", "month", None, False)]),
        ("Officers arrested 3 and charged 2 on 5 March.", [("5 March", "2024-03-05", "day", None, False)]),
    ],
)
def test_days_listed_before_a_day_first_month(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian English names the package gives (en_IN), possessives dropped, and common spellings
        ("Markets were crowded before Bhai Dooj 2019.", ("Bhai Dooj 2019", "2019-10-29", "day", None, False)),
        ("Temples drew crowds on Ganesh Chaturthi 2019.",
         ("Ganesh Chaturthi 2019", "2019-09-02", "day", None, False)),
        ("Ghats were guarded for Chhath Puja 2019.", ("Chhath Puja 2019", "2019-11-02", "day", None, False)),
        ("Shops shut for Id-ul-Fitr 2019.", ("Id-ul-Fitr 2019", "2019-06-05", "day", None, False)),
        ("Shops shut for Id ul-Fitr 2019.", ("Id ul-Fitr 2019", "2019-06-05", "day", None, False)),
        ("Women fasted on Karva Chauth 2018.", ("Karva Chauth 2018", "2018-10-27", "day", None, False)),
        ("Offices closed for Guru Gobind Singh Jayanti 2014.",
         ("Guru Gobind Singh Jayanti 2014", "2014-01-07", "day", None, False)),
        ("Pandals were checked on Maha Saptami 2021.", ("Maha Saptami 2021", "2021-10-12", "day", None, False)),
        # Singapore's English names (en_SG)
        ("Shops closed for Hari Raya Puasa 2024.", ("Hari Raya Puasa 2024", "2024-04-10", "day", None, False)),
        ("Mosques were guarded on Hari Raya Haji 2023.", ("Hari Raya Haji 2023", "2023-06-29", "day", None, False)),
        # a day of one country's own calendar, by that country ('King's Day' moves off a Sunday)
        ("Police closed canals for Koningsdag 2018.", ("Koningsdag 2018", "2018-04-27", "day", None, False)),
        ("Crowds were calm on King's Day 2014.", ("King's Day 2014", "2014-04-26", "day", None, False)),
    ],
)
def test_festival_names_in_indian_english_and_national_days(extractor: Extractor, text: str, expected: tuple
                                                             ) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The King's Day Committee met on the square.",  # a holiday inside a name
        "Pandals were checked on Saptami.",  # one day of a festival of several, named alone
    ],
)
def test_no_date_from_national_days_in_names_or_festival_parts(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == []


@pytest.mark.parametrize(
    "text",
    [
        # a period running up to or on from the release is a duration, not a date mention (SPEC lists
        # durations among what is no date; the dev gold leaves "the previous eight years" out)
        "Burglaries rose over the past two days.",
        "Arrests doubled in the last 2 weeks.",
        "Thefts fell over the past three months.",
        "Patrols will be doubled over the next 3 days.",
    ],
)
def test_periods_next_to_the_release_are_no_dates(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == []


def test_the_edge_of_the_following_week_ahead(extractor: Extractor) -> None:
    assert dates(extractor, "Crews will return at the beginning of the following week.", WEDNESDAY_RELEASE) == [
        ("the beginning of the following week", "2024-03-18", "day", "2024-03-20", True)]


@pytest.mark.parametrize(
    "text",
    [
        "He fled, and over the next three days officers searched the woods.",  # counted from the flight
        "He served the last two years of his term in Ohio.",  # counted from the term
        "The fair drew crowds on the last 2 days of its run.",
        "He was caught at the end of the following week.",  # the week after another date
        "Crime fell over the past several years.",  # how many is not said
        "During his last 3 years in office, the mayor cut crime.",  # his years, not the release's
    ],
)
def test_no_period_counted_from_another_date_or_vague(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month by name between day and year, or run into the day
        ("The suspect, born 31/Oct/1974, was held.", ("31/Oct/1974", "1974-10-31", "day", None, False)),
        ("The warrant was signed on 3-Jan-24 at noon.", ("3-Jan-24", "2024-01-03", "day", None, False)),
        ("The raid on 14april 2015 found rifles.", ("14april 2015", "2015-04-14", "day", None, False)),
        ("The store was robbed on 14th April 15.", ("14th April 15", "2015-04-14", "day", None, False)),
        ("The hearing is on Fri, Feb16 at noon.", ("Feb16", "2024-02-16", "day", None, False)),
        # a year and a month in digits after a time word; month and day after a date-taking word
        ("The audit in 2019-05 found gaps.", ("2019-05", "2019-05-01", "month", None, False)),
        ("Records kept since 2019/05 were lost.", ("2019/05", "2019-05-01", "month", None, False)),
        ("The fine is due 4/15 at the latest.", ("4/15", "2024-04-15", "day", None, False)),
        ("The plan, effective 2/2022, was dropped.", ("2/2022", "2022-02-01", "month", None, False)),
        # 'this <holiday>' after this year's one is past, where the text speaks of the future
        ("Patrols will be doubled this Presidents Day.",
         ("this Presidents Day", "2025-02-17", "day", None, False)),
    ],
)
def test_compact_numeric_forms_and_future_holidays(extractor: Extractor, text: str, expected: tuple) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Members passed Ordinance 2014-10 unanimously.",  # an ordinance number
        "Revenue rose in 2014-15 and again in 2010-12.",  # fiscal years and a span of years
        "The Tigers won 31-17 in overtime.",  # a score
        "The line is staffed 24/7 by deputies.",
        "He held 2/3 of the shares.",  # a fraction
        "The ratio was 3/4 for adults.",
        "Costs were cut by 1/2 over time.",
        "Case No. 2/2013 was closed.",  # a case number
        "On 14th April 15 officers raided homes.",  # 15 counts officers (the day alone is listed)
        "The router's feb13 password leaked.",  # no weekday vouches for it
        "Raids will be planned for Thanksgiving in 9 months.",  # which Thanksgiving is not clear
        "Over the past three months, there were 18 arrests.",  # a period, as SPEC's gold reads it
        "Officers will patrol over the next 10 days.",
        "The mall was busy at Christmas 2 years ago.",
    ],
)
def test_no_date_from_codes_scores_ratios_or_holiday_offsets(extractor: Extractor, text: str) -> None:
    assert [d for d in dates(extractor, text, WEDNESDAY_RELEASE) if d[0] not in ("14th April",)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # edges written short after a time word
        ("Audits are due by the EOM.", ("the EOM", "2024-03-21", "day", "2024-03-31", True)),
        ("Forecasts will be ready at EOY.", ("EOY", "2024-09-01", "day", "2024-12-31", True)),
        # a year spelled out after a holiday; weekdays counted from a holiday
        ("The church was robbed on Easter Sunday two thousand ten.",
         ("Easter Sunday two thousand ten", "2010-04-04", "day", None, False)),
        ("Stores were robbed the Tuesday after Thanksgiving.",
         ("the Tuesday after Thanksgiving", "2023-11-28", "day", None, False)),
        ("The drive ends the second Sunday before Easter 2024.",
         ("the second Sunday before Easter 2024", "2024-03-17", "day", None, False)),
        ("Tolls rise on the first Monday after New Year's Day 2025.",
         ("the first Monday after New Year's Day 2025", "2025-01-06", "day", None, False)),
    ],
)
def test_edge_abbreviations_spelled_years_and_weekdays_from_holidays(extractor: Extractor, text: str,
                                                                     expected: tuple) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She was named EOM for March.",  # Employee of the Month
        "The BOM issued a flood warning.",  # Bureau of Meteorology
    ],
)
def test_no_date_from_abbreviations_alone(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == []


def test_a_spelled_number_that_counts_is_no_year(extractor: Extractor) -> None:
    assert dates(extractor, "On Christmas two thousand ten officers patrolled.", WEDNESDAY_RELEASE) == [
        ("Christmas", "2023-12-25", "day", None, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bids close on the 2nd last day of June 2024.", ("the 2nd last day of June 2024", "2024-06-29", "day", None,
                                                          False)),
        ("Bids close on the last day of June 2024.", ("the last day of June 2024", "2024-06-30", "day", None, False)),
        ("Filings closed the third last day of February.",
         ("the third last day of February", "2024-02-27", "day", None, False)),
    ],
)
def test_days_counted_back_from_a_months_last(extractor: Extractor, text: str, expected: tuple) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts of a year, as 'the beginning of' (January to March) and 'the end of' (September to December) are
        ("Thefts rose in late 2023.", ("late 2023", "2023-09-01", "day", "2023-12-31", False)),
        ("The unit was formed in mid-2021.", ("mid-2021", "2021-04-01", "day", "2021-08-31", False)),
        ("The scheme ran from early 2022 to late 2023.",
         ("early 2022 to late 2023", "2022-01-01", "day", "2023-12-31", False)),
    ],
)
def test_parts_of_a_year(extractor: Extractor, text: str, expected: tuple) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == [expected]


@pytest.mark.parametrize("text", ["He filed late 2023 returns.", "He was late 2 times.", "It flew early 2000 feet up."])
def test_no_part_of_a_year_before_a_noun_or_a_count(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == []


def test_an_islamic_feast_takes_the_release_countrys_day() -> None:
    extractor = Extractor()
    singapore = ("SINGAPORE POLICE FORCE\nThe Singapore Police Force said officers in Singapore patrolled Woodlands "
                 "over Eid al-Adha 2024. Singapore residents were calm.")
    record = extractor.extract(singapore, release_date="2024-07-13")
    assert [(d.text, d.value.isoformat()) for d in record.dates] == [("Eid al-Adha 2024", "2024-06-17")]
    assert not any("another country's calendar" in w for w in record.warnings)
    elsewhere = extractor.extract("Officers patrolled over Eid al-Adha 2024.", release_date="2024-07-13")
    assert [(d.text, d.value.isoformat()) for d in elsewhere.dates] == [("Eid al-Adha 2024", "2024-06-16")]
    assert any("another country's calendar" in w for w in elsewhere.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day-first ranges and pairs share the year written at their end
        ("From 3 May to 5 June 2020 he sold drugs.",
         [("3 May to 5 June 2020", "2020-05-03", "day", "2020-06-05", False)]),
        ("From 28 December to 3 January 2021 he hid.",
         [("28 December to 3 January 2021", "2020-12-28", "day", "2021-01-03", False)]),
        ("Between 3 May and 5 June 2020 he sold drugs.",
         [("3 May and 5 June 2020", "2020-05-03", "day", "2020-06-05", False)]),
        ("Between Monday 2 June and Friday 6 June 2025 the roads were shut.",
         [("2 June and Friday 6 June 2025", "2025-06-02", "day", "2025-06-06", False)]),
        ("The gang was active between March and July 2019.",
         [("March and July 2019", "2019-03-01", "month", "2019-07-01", False)]),
        # two dates joined by a bare 'and' stay two
        ("He was seen on 3 May and 5 June 2020.",
         [("3 May", "2020-05-03", "day", None, False), ("5 June 2020", "2020-06-05", "day", None, False)]),
        # a number after a day-first date that counts the next word is no day
        ("On 14 April 15 officers raided homes.", [("14 April", "2023-04-14", "day", None, False)]),
    ],
)
def test_day_first_ranges_and_counts_after_them(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert dates(extractor, text, WEDNESDAY_RELEASE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JOHANNESBURG - The South African Police Service in Gauteng said patrols rose over Freedom Day 2024. "
         "Police in Johannesburg and Pretoria, South Africa, made arrests.", [("Freedom Day 2024", "2024-04-27")]),
        ("NEW DELHI - Delhi Police in India said security was tight on Republic Day 2024 in New Delhi, India.",
         [("Republic Day 2024", "2024-01-26")]),
        ("Officers in Ohio marked Freedom Day 2024 with a parade.", []),  # another country's civic day
    ],
)
def test_civic_days_of_the_release_country(extractor: Extractor, text: str, expected: list) -> None:
    record = extractor.extract(text, release_date="2024-05-13")
    assert [(d.text, d.value.isoformat()) for d in record.dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers arrested him on 27/05/2023.", [("27/05/2023", "2023-05-27")]),        # only day-first fits
        ("AUCKLAND - Police seized the car on 5/27/2023.", [("5/27/2023", "2023-05-27")]),  # only month-first fits
        ("Officers arrested him on 05/06/2023.", [("05/06/2023", "2023-05-06")]),         # US release: month first
        ("The form was dated 13/13/2023.", []),                                           # no order fits
    ],
)
def test_numeric_dates_take_the_only_order_that_fits(extractor: Extractor, text: str, expected: list) -> None:
    record = extractor.extract(text, release_date=RELEASE)
    assert [(d.text, d.value and d.value.isoformat()) for d in record.dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blitz, between Monday 8 and Friday 12 January, saw 40 arrests.",
         [("8 and Friday 12 January", "2024-01-08", "2024-01-12")]),
        ("Officers patrolled on Saturday 13 and Sunday 14 January.",
         [("13 and Sunday 14 January", "2024-01-13", "2024-01-14")]),
        # a weekday before a number that is no day stays a weekday
        ("On Monday, 5 officers and 9 residents met.", [("Monday", "2024-01-29", None)]),
    ],
)
def test_a_weekday_and_day_before_another_take_its_month(extractor: Extractor, text: str, expected: list) -> None:
    assert spans(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The period ran from 6 p.m. on Friday, Jan. 5 through 11:59 p.m. on Monday, Jan. 8.",
         [("Jan. 5 through 11:59 p.m. on Monday, Jan. 8", "2024-01-05", "2024-01-08")]),
        ("Between 9 a.m. on Jan. 2 and noon on Jan. 4, deputies made 12 arrests.",
         [("Jan. 2 and noon on Jan. 4", "2024-01-02", "2024-01-04")]),
        # two dates with times but no range words stay two
        ("He was seen on Jan. 3 at 5 p.m. and on Jan. 7 at noon.",
         [("Jan. 3", "2024-01-03", None), ("Jan. 7", "2024-01-07", None)]),
    ],
)
def test_times_of_day_inside_a_range_are_passed_over(extractor: Extractor, text: str, expected: list) -> None:
    assert spans(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was arrested earlier Tuesday.", [("Tuesday", "2024-01-30")]),
        ("He will be charged later Friday.", [("Friday", "2024-02-02")]),
    ],
)
def test_earlier_and_later_lead_a_weekday(extractor: Extractor, text: str, expected: list) -> None:
    assert [(t, v) for t, v, *_ in dates(extractor, "Headline\n\n" + text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number after 'to' that counts months or years is a term, no range end
        ("He was sentenced on Jan. 18 to 30 months in prison.", [("Jan. 18", "2024-01-18", None)]),
        ("The sweep ran Jan. 12 to 15.", [("Jan. 12 to 15", "2024-01-12", "2024-01-15")]),
    ],
)
def test_a_term_after_to_is_no_range_end(extractor: Extractor, text: str, expected: list) -> None:
    assert spans(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was bailed to appear on 10 March.", "2024-03-10"),            # a court date ahead
        ("He failed to appear on 10 January.", "2024-01-10"),             # a missed date, in the past
        ("He appeared in court on 10 March.", "2023-03-10"),
    ],
)
def test_a_court_appearance_ahead_speaks_of_the_future(extractor: Extractor, text: str, expected: str) -> None:
    assert [v for _, v, *_ in dates(extractor, "Headline\n\n" + text)] == [expected]


def test_a_bare_month_opening_a_range_of_months(extractor: Extractor) -> None:
    text = "The audit covered March through September 2023."
    assert spans(extractor, text) == [("March through September 2023", "2023-03-01", "2023-09-01")]


def test_a_canadian_release_reads_slashed_dates_day_first(extractor: Extractor) -> None:
    record = extractor.extract("Headline\n\nRCMP officers in Surrey, B.C. seized 40 kg of cocaine on 05/03/2025.",
                               release_date="2025-06-01")
    assert [(d.text, d.value.isoformat()) for d in record.dates] == [("05/03/2025", "2025-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack happened in March last year.", [("March last year", "2023-03-01", "month", None, False)]),
        ("He was arrested on 5 June last year.", [("5 June last year", "2023-06-05", "day", None, False)]),
        ("The trial is expected in February next year.",
         [("February next year", "2025-02-01", "month", None, False)]),
        ("He was charged in January this year.", [("January this year", "2024-01-01", "month", None, False)]),
        # the year words alone stay a year
        ("The law changed last year.", [("last year", "2023-01-01", "year", None, True)]),
    ],
)
def test_year_words_after_a_date_name_its_year(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert dates(extractor, text, "2024-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hedges before a range's second date are read as nothing between its ends
        ("From in or around January 2020 through at least June 2022, the defendants ran the scheme.",
         [("January 2020 through at least June 2022", "2020-01-01", "month", "2022-06-01", False)]),
        ("From on or about March 3, 2021, to on or about May 5, 2022, he sold drugs.",
         [("March 3, 2021, to on or about May 5, 2022", "2021-03-03", "day", "2022-05-05", False)]),
        # a hedge after 'and' joins no list into a range
        ("He was arrested in January 2024 and about March 3, 2024.",
         [("January 2024", "2024-01-01", "month", None, False), ("March 3, 2024", "2024-03-03", "day", None, False)]),
        # every weekday abbreviation before a date defers to it
        ("The warrant was served Tues., March 5.", [("March 5", "2024-03-05", "day", None, False)]),
        ("The warrant was served Thurs. March 7.", [("March 7", "2024-03-07", "day", None, False)]),
    ],
)
def test_hedged_range_ends_and_weekday_abbreviations(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert dates(extractor, text, "2024-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two days before a month name are a night or span across them
        ("The car was found on 8/9 March.", [("8/9 March", "2024-03-08", "day", "2024-03-09", False)]),
        ("The attack took place on 8/9 March 2023.", [("8/9 March 2023", "2023-03-08", "day", "2023-03-09", False)]),
        # dotted numeric dates are written day first
        ("The raids took place on 08.03.2024 in Vienna.", [("08.03.2024", "2024-03-08", "day", None, False)]),
        ("He was arrested on 2/15 at noon.", [("2/15", "2024-02-15", "day", None, False)]),
    ],
)
def test_two_days_before_a_month_and_dotted_dates(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert dates(extractor, text, "2024-03-12") == expected


def test_hedges_after_between_keep_the_range(extractor: Extractor) -> None:
    text = "Between in or about January 2019 and in or about March 2021, the defendant stole funds."
    assert dates(extractor, text, "2024-03-12") == [
        ("January 2019 and in or about March 2021", "2019-01-01", "month", "2021-03-01", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full weekday or month name's period ends its sentence: the next sentence's tense is its own
        ("Police said the men will appear Friday. He was charged Monday.",
         [("Friday", "2024-06-14", "day", None, True), ("Monday", "2024-06-10", "day", None, True)]),
        ("The man will be sentenced in March. He was arrested Monday.",
         [("March", "2025-03-01", "month", None, False), ("Monday", "2024-06-10", "day", None, True)]),
        # a capitalized noun before a weekday makes it a name's day, unless a Title Case line makes it a verb
        ("The crash happened on Covenant Thursday.", []),
    ],
)
def test_sentence_ends_after_full_names_and_named_days(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert dates(extractor, text, "2024-06-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers patrolled on March 3 for 10 days of checks.", ("March 3", "2024-03-03", "day", None, False)),
        ("He was held on March 3 for 1 day.", ("March 3", "2024-03-03", "day", None, False)),
        ("He was arrested on March 3 for 2 days after the theft.", ("March 3", "2024-03-03", "day", None, False)),
    ],
)
def test_a_length_that_is_no_range_leaves_the_day_alone(extractor: Extractor, text: str, expected: tuple) -> None:
    assert dates(extractor, text, TUESDAY) == [expected]
