"""Release date and title from the header forms the archives use."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.metadata import parse_date_text, read_metadata


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (" date 2024-01-31 Sheriff Luna held a press conference.\nMore text.", "2024-01-31", "metadata"),
        ("Date: January 31, 2024\n\nHeadline Here\n\nBody text.", "2024-01-31", "metadata"),
        ("Headline\n\nFor Immediate Release\n\nJune 3, 2010\n\nBody.", "2010-06-03", "date line"),
        ("Headline\n\nLOS ANGELES, Jan. 31, 2024 – The Sheriff said.", "2024-01-31", "dateline"),
        ("Headline\n\nOn March 5, 2019, agents arrested two men.\n\nLater on May 1, 2020.", "2019-03-05",
         "first paragraph"),
    ],
)
def test_release_date_comes_from_header_then_dateline_then_first_paragraph(text: str, expected: str,
                                                                          source: str) -> None:
    meta = read_metadata(text)
    assert meta.release_date == dt.date.fromisoformat(expected)
    assert meta.release_date_source == source


def test_no_date_anywhere_gives_none() -> None:
    assert read_metadata("Headline\n\nAgents arrested 54 people on Tuesday.").release_date is None


def test_given_release_date_overrides_the_text() -> None:
    meta = read_metadata(" date 2024-01-31 Body.", dt.date(2020, 1, 2))
    assert meta.release_date == dt.date(2020, 1, 2)


def test_metadata_lines_are_excluded_ranges() -> None:
    text = "Date: May 6, 2025\n\nFOR IMMEDIATE RELEASE: Three Arrested\n\nBody with 3 arrests."
    meta = read_metadata(text)
    assert meta.is_excluded(text.index("May 6"), text.index("May 6") + 5)
    assert not meta.is_excluded(text.index("3 arrests"), text.index("3 arrests") + 9)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (" date 2017-10-19 Attorney General Applauds Crackdown\n\nBody.", "Attorney General Applauds Crackdown"),
        ("Date: May 6, 2025\n\nFOR IMMEDIATE RELEASE: Three Arrested on Charges\n\nBody.",
         "Three Arrested on Charges"),
        ("MEDIA ADVISORY - OPERATION X\n\nFor Immediate Release\n\nBody.", "MEDIA ADVISORY - OPERATION X"),
        (" date 2024-01-31 Sheriff Robert Luna held a press conference with many agencies on the results.\n"
         "Second line of the body.", None),
    ],
)
def test_title_is_the_first_line_that_reads_like_a_headline(text: str, title: str | None) -> None:
    meta = read_metadata(text)
    assert meta.title == title
    if title:
        assert text[meta.title_range[0]:meta.title_range[1]] == title


@pytest.mark.parametrize(("text", "value"), [("2024-02-30", None), ("Feb. 29, 2024", "2024-02-29"),
                                             ("Sept. 3 2019", "2019-09-03"), ("no date", None)])
def test_parse_date_text_refuses_impossible_dates(text: str, value: str | None) -> None:
    parsed = parse_date_text(text)
    assert (parsed.isoformat() if parsed else None) == value
