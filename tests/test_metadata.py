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
        ("Harbor Agency\nPress Release\nThe Hague, 18 February 2026\n\nHeadline\n\nOn 2 March 2025 two men were "
         "held.", "2026-02-18", "dateline"),
        ("Harbor Agency\nNews release\n\nMarch 27, 2026    Windsor, Ontario\n\nHeadline\n\nOn March 2, 2025 two men "
         "were held.", "2026-03-27", "date line"),
        ("Harbor Police Service\n\nHeadline\n\nOn Tuesday two men were held in Belfast, Northern Ireland, after a "
         "search of a house and a car by detectives of the task force.\n\nReleased 11/02/2026\n", "2026-02-11",
         "closing line"),
        ("Headline\n\nIn Lyon, 4 March 2024 two men were held after a long chase across the city and "
         "the region, and more text follows here.", "2024-03-04", "first paragraph"),
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
        # a letterhead over a contact line is no headline when a headline follows
        ("News Release\nHarbor County Sheriff\nContact: Desk Sergeant\n\nDeputies Seize Two Boats\n\nBody.",
         "Deputies Seize Two Boats"),
        ("Harbor County Sheriff\nContact: Desk Sergeant\n\nDeputies seized two boats on the river on Friday after "
         "a long chase that ended at the dock.", "Harbor County Sheriff"),
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


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        # a lone date line in the common forms, above or below the headline
        ("Sheriff Names New Captain\n\nApril 14, 2005\n\nThe sheriff named a captain.", "2005-04-14", "date line"),
        ("Wednesday, 8 March 2023\n\nCouncil Adopts Budget\n\nThe council met.", "2023-03-08", "date line"),
        ("Harbour Patrol Expands\n\n19 September 2023, 4:23pm\n\nBoats were added.", "2023-09-19", "date line"),
        ("Fraud Ring Broken Up\n\n11.54am 06 September 2019 | News\n\nOfficers made arrests.", "2019-09-06",
         "date line"),
        ("Stolen Cars Recovered\n\nPress Release  •  Jul 05, 2017 15:36 BST\n\nSix cars were found.", "2017-07-05",
         "date line"),
        ("Media Release\n\n3rd of May, 2021\n\nPolice Seek Witnesses\n\nA crash happened.", "2021-05-03",
         "date line"),
        # a date before a contact, a headline after a colon, or a parenthesized dateline
        ("May 2, 2018 Contact: Pat Lee\n555-0100\nFOR IMMEDIATE RELEASE: Grant Awarded\nThe office won.",
         "2018-05-02", "date line"),
        ("June 9, 2022: Jury Convicts Two Men\nContact:\nPress Office\nThe jury found them guilty.", "2022-06-09",
         "date line"),
        ("Task Force Results\n\nFor Immediate Release\n\nMarch 3, 2011 (Tampa, FL) – Deputies arrested 12 people in "
         "a sweep that ran for three weeks across the county and ended on Friday.", "2011-03-03", "date line"),
        # datelines
        ("Headline\n\nALBANY, N.Y. (September 6, 2007) - The governor signed the bill.", "2007-09-06", "dateline"),
        ("Headline\n\nLONDON, 2 February 2016 – Officers searched a flat.", "2016-02-02", "dateline"),
        ("HARBOR COUNTY SHERIFF\nHarbor City, Arizona\n\nDeputies Arrest 42 in Sweep\n\nHARBOR CITY, Ariz. - "
         "Nov. 14, 2025 - A week-long operation led to the arrest of 42 people, officials announced Friday.",
         "2025-11-14", "dateline"),
        # a closing Released line, or the end mark with its day
        ("Vessel Intercepted\n\nCustoms officers intercepted a river trade vessel and seized electronic parts "
         "worth about $62 million in a case that began with intelligence from partners.\n\nEnds/Tuesday, July 14, "
         "2026\nIssued at HKT 17:30", "2026-07-14", "closing line"),
        ("Bridge Reopens\n\nThe bridge reopened to traffic after crews worked through the night to replace the "
         "damaged steel beams and repave both of its lanes.\n\nMore text here.\n\nReleased 12 January 2021",
         "2021-01-12", "closing line"),
        # the first paragraph, in either order, in scraped text with a paragraph per line
        ("Drugs Found In Raids\nOfficers have seized drugs since Tuesday, 4 March, 2025.\nOn 9 March 2025 more.",
         "2025-03-04", "first paragraph"),
    ],
)
def test_release_date_sources_in_every_common_form(text: str, expected: str, source: str) -> None:
    meta = read_metadata(text)
    assert (meta.release_date.isoformat() if meta.release_date else None) == expected
    assert meta.release_date_source == source


@pytest.mark.parametrize(
    "text",
    [
        # a date only in a later paragraph (scraped, one paragraph per line)
        "Raids Across The City\nOfficers made 18 arrests in dawn raids.\nThis morning, Friday 9 May 2014, "
        "officers searched 22 homes.",
        # a date only in the second paragraph after a blank line
        "Boats Seized\n\nCustoms officers seized two boats.\n\nThe boats arrived on 1 June 2020.",
        # a date without a year
        "Harbour Patrol\n\nThursday, 5 February\n\nOfficers searched boats.",
    ],
)
def test_no_release_date_when_no_source_applies(text: str) -> None:
    assert read_metadata(text).release_date is None


def test_contact_block_letterhead_and_attribution_lines_are_excluded() -> None:
    text = ("News from Attorney General Dana Roe\n\nFor more information:\n\nPat Lee, Press Secretary\n\n555-0100\n\n"
            "For Immediate Release\n\nMay 1, 2020 (Austin, TX) – Attorney General Dana Roe sued a company.\n\n"
            "Please attribute to Detective Inspector Sam Hill:\n“We made arrests.”")
    meta = read_metadata(text)
    for piece in ("Attorney General Dana Roe\n", "Pat Lee", "555-0100", "Detective Inspector Sam Hill"):
        start = text.index(piece)
        assert meta.is_excluded(start, start + len(piece)), piece
    body = text.index("Attorney General Dana Roe sued")
    assert not meta.is_excluded(body, body + 25)
    assert meta.release_date == dt.date(2020, 5, 1)


@pytest.mark.parametrize(("text", "line", "body"), [
    # publisher lines in the header
    ("Police arrest two men\nPress Release: Kessel Police\n\nTwo men were arrested by the Lorton Police.",
     "Press Release: Kessel Police", "Two men were arrested"),
    ("Police arrest two men\nSource: Kessel Police (District News)\n\nTwo men were arrested by the Lorton Police.",
     "Source: Kessel Police (District News)", "Two men were arrested"),
    ("Police arrest two men\nIssued by Kessel Police Media Centre\n\nTwo men were arrested by the Lorton Police.",
     "Issued by Kessel Police Media Centre", "Two men were arrested"),
    # whose words the release gives, as 'Please attribute to'
    ("Police arrest two men\n\nAttributed to Detective Sergeant Sam Hill, Kessel Police Organised Crime Group\n\n"
     "Two men were arrested. The figures are attributed to police.",
     "Attributed to Detective Sergeant Sam Hill, Kessel Police Organised Crime Group", "The figures are"),
    ("Police arrest two men\n\nAttribute to Inspector Jo Park, Kessel Area Commander:\n\nTwo men were arrested. "
     "The figures are attributed to police.", "Attribute to Inspector Jo Park, Kessel Area Commander:",
     "The figures are"),
    ("Police arrest two men\n\nAttributable to Senior Sergeant Jo Park\n\nTwo men were arrested. The figures are "
     "attributed to police.", "Attributable to Senior Sergeant Jo Park", "The figures are"),
])
def test_publisher_and_attribution_lines_are_excluded(text: str, line: str, body: str) -> None:
    meta = read_metadata(text)
    start, at = text.index(line), text.index(body)
    assert meta.is_excluded(start, start + len(line))
    assert not meta.is_excluded(at, at + len(body))


@pytest.mark.parametrize("label", ["Media contact: Jo Park", "Media enquiries: Jo Park", "Press inquiries:",
                                   "Contacts: Jo Park", "Media Relations: Jo Park", "Public Affairs Officer:",
                                   "Public Information Officer: Jo Park", "Press officer: Jo Park"])
def test_contact_labels_open_an_excluded_block(label: str) -> None:
    """Each label of whom to call opens a block that feeds nothing; a sentence about media relations does not."""
    text = f"Boats Seized\n\nOfficers seized two boats.\n\n{label}\nSergeant Jo Park\n0300 123 4567\n"
    meta = read_metadata(text)
    name = text.index("Sergeant Jo Park")
    assert meta.is_excluded(name, name + 16)
    body = text.index("Officers seized")
    assert not meta.is_excluded(body, body + 15)


def test_a_sentence_on_public_affairs_opens_no_contact_block() -> None:
    text = "Boats Seized\n\nPublic affairs staff said: the unit seized two boats.\nSergeant Jo Park led it.\n"
    meta = read_metadata(text)
    assert not meta.is_excluded(text.index("Public"), text.index("Public") + 14)
    assert not meta.is_excluded(text.index("Sergeant"), text.index("Sergeant") + 8)


@pytest.mark.parametrize(("line", "value"), [("Date: 23/07/2025", "2025-07-23"),
                                           ("Release date: 07/23/2025", "2025-07-23"),
                                           ("Date: 03/05/2024", "2024-03-05"), ("Date: 31/02/2024", None),
                                           ("For Release: 3/5/2024", "2024-03-05"), ("News | 11/6/2024", "2024-11-06"),
                                           ("06.11.2024", "2024-11-06"), ("Date: 3/5/24", None)])
def test_numeric_date_lines_read_by_the_locale(line: str, value: str | None) -> None:
    """One reading, or the locale's order when both are dates (no place named: US, month first); dots are
    written day first everywhere; two-digit years are no release date."""
    meta = read_metadata(f"{line}\n\nHeadline\n\nOfficers searched a house.")
    assert (meta.release_date.isoformat() if meta.release_date else None) == value


def test_an_ambiguous_numeric_date_line_is_read_day_first_in_a_day_first_locale() -> None:
    text = ("Date: 03/05/2024\n\nHeadline\n\n"
            "MANCHESTER - Greater Manchester Police searched a house in Salford, England.")
    assert read_metadata(text).release_date.isoformat() == "2024-05-03"


def test_a_byline_with_a_date_gives_the_release_date() -> None:
    meta = read_metadata("By Jo Park | March 5, 2024 at 9:00 am\n\nHeadline\n\nOfficers searched a house.")
    assert meta.release_date.isoformat() == "2024-03-05"


def test_posted_by_line_gives_the_date() -> None:
    meta = read_metadata("Headline\n\nPosted on March 5, 2024 by Web Desk\n\nOfficers searched a house.")
    assert (meta.release_date, meta.release_date_source) == (dt.date(2024, 3, 5), "date line")


@pytest.mark.parametrize("line", ["Tuesday, 14 May 2024 - 10:12 am", "11.54am 06 September 2019 | News",
                                  "May 14, 2024 at 3:05 p.m. ET"])
def test_a_date_line_is_never_the_title(line: str) -> None:
    meta = read_metadata(f"Media Release\n\n{line}\n\nEleven Charged After Raids\n\nPolice charged eleven people.")
    assert meta.title == "Eleven Charged After Raids"
    assert meta.release_date_source == "date line"


@pytest.mark.parametrize("header", ["Eurojust\nPress Release\nThe Hague, 18 February 2026\n\n",
                                    "The Hague, 18 February 2026\n\n", "Press release\nLyon, France, 3 March 2026\n\n"])
def test_a_dateline_alone_on_its_line_is_no_title(header: str) -> None:
    meta = read_metadata(f"{header}Fraud network dismantled: 17 arrests\n\nPolice in Madrid arrested 17 people.")
    assert meta.title == "Fraud network dismantled: 17 arrests"


def test_a_long_title_case_headline_does_not_end_the_header() -> None:
    headline = ("County Narcotics Task Force in Partnership with Federal Agents Seizes More Than 900 Pounds of Cocaine "
                "and Heroin in Major Highway Bust")
    meta = read_metadata(f"{headline}\n\n- For Immediate Release -\n\nWednesday, January 29, 2025\n\n"
                         "PHOENIX – Investigators executed a search warrant.")
    assert (meta.title, meta.release_date) == (headline, dt.date(2025, 1, 29))


def test_a_long_first_line_of_prose_ends_the_header() -> None:
    prose = ("Investigators with the state task force executed a search warrant in the Phoenix area on Monday and "
             "found drugs in the house.")
    meta = read_metadata(f"{prose}\n\nWednesday, January 29, 2025\n\nMore prose follows here.")
    assert meta.release_date is None


def test_headline_directly_above_a_date_line_is_the_title() -> None:
    meta = read_metadata("Man Jailed After Drugs Found\nPublished: 3 June 2024\nA man has been jailed for four years.")
    assert (meta.title, meta.release_date) == ("Man Jailed After Drugs Found", dt.date(2024, 6, 3))


def test_headline_after_a_date_and_colon_is_the_title() -> None:
    text = "June 9, 2022: Jury Convicts Two Men\nContact:\nPress Office\nThe jury found them guilty."
    meta = read_metadata(text)
    assert meta.title == "Jury Convicts Two Men"
    assert text[meta.title_range[0]:meta.title_range[1]] == "Jury Convicts Two Men"
    office = text.index("Press Office")
    assert meta.is_excluded(office, office + 5)


@pytest.mark.parametrize(("text", "value"), [("19 September 2023", "2023-09-19"), ("Wednesday, 8 March 2023",
                                                                                   "2023-03-08"),
                                             ("31 June 2023", None), ("the 2nd of May 2019", "2019-05-02")])
def test_parse_date_text_reads_day_first_dates(text: str, value: str | None) -> None:
    parsed = parse_date_text(text)
    assert (parsed.isoformat() if parsed else None) == value
