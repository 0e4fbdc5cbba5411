"""Agencies: names as the text spells them, forms grouped into one agency, non-agencies left out."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from extractor.fields import agencies
from extractor.patterns import DEFAULT_PATTERNS_DIR, load_rule_file
from extractor.pipeline import add_ruler

RULE_FILES = ("agencies", "agency_of")


@pytest.fixture(scope="module")
def nlp() -> Language:
    """Only the metadata step and our own rules, so other fields' rule files cannot interfere."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("press_metadata")
    for key in RULE_FILES:
        add_ruler(pipeline, key, load_rule_file(DEFAULT_PATTERNS_DIR / f"{key}.jsonl"))
    return pipeline


def found(nlp: Language, text: str) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in agencies.extract(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Luna said the Los Angeles County Sheriff's Department led the effort.",
         "Los Angeles County Sheriff's Department"),
        ("the Orange County Sheriff’s Department arrested him", "Orange County Sheriff’s Department"),
        ("said Trial Attorney Kevin Rosenberg of the Justice Departments Criminal Division.",
         "Justice Departments Criminal Division"),
        ("Agents from the U.S. Department of Justice met.", "U.S. Department of Justice"),
        ("the U.S. Attorneys Office for the District of North Dakota prosecuted",
         "U.S. Attorneys Office for the District of North Dakota"),
        ("the Department of Health and Human Services joined", "Department of Health and Human Services"),
        ("by the Manatee County, Fla., Sheriffs Office and", "Manatee County, Fla., Sheriffs Office"),
        ("the Helena, Montana, Police Department said", "Helena, Montana, Police Department"),
        ("officers of the City of Miami Police Department", "City of Miami Police Department"),
        ("prosecuted by the Criminal Division's Organized Crime and Gang Section",
         "Criminal Division's Organized Crime and Gang Section"),
        ("the Royal Canadian Mounted Police Criminal Organization Marihuana Enforcement Team helped",
         "Royal Canadian Mounted Police Criminal Organization Marihuana Enforcement Team"),
        ("the Miami-Dade Police Department said", "Miami-Dade Police Department"),
        ("the Iowa Governor's Traffic Safety Bureau funds it", "Iowa Governor's Traffic Safety Bureau"),
        ("Internal Revenue Service-Criminal Investigation agents", "Internal Revenue Service-Criminal Investigation"),
        ("the Central District of California U.S. Attorneys Office filed",
         "Central District of California U.S. Attorneys Office"),
        ("the Brooklyn District Attorney's office said", "Brooklyn District Attorney's office"),
        ("Today the U.S. Marshals Service concluded the sweep.", "U.S. Marshals Service"),
        ("SCPD provides snapshot of city crime stats\n\nCrime rose.", "SCPD"),
        ("investigated by FBI Denver, with help", "FBI Denver"),
        ("the Bureau of Alcohol, Tobacco, Firearms and Explosives seized guns",
         "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
        ("the Department of Health and Human Services, Office of the Inspector General and",
         "Department of Health and Human Services, Office of the Inspector General"),
    ],
)
def test_name_is_the_longest_form(nlp: Language, text: str, name: str) -> None:
    assert name in found(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("the Drug Enforcement Administration (DEA) said. DEA agents and DEAs lab",
         "Drug Enforcement Administration", "DEA"),
        ("the Federal Bureau of Investigation announced. The FBI said", "Federal Bureau of Investigation", "FBI"),
        ("the New York City Police Department and NYPD detectives", "New York City Police Department", "NYPD"),
        ("the Los Angeles County Sheriff's Department. The Sheriff's Department said",
         "Los Angeles County Sheriff's Department", "Sheriff's Department"),
        ("the Justice Department's Criminal Division. The Criminal Division said",
         "Justice Department's Criminal Division", "Criminal Division"),
        ("Deputy U.S. Marshals joined the U.S. Marshals Service in the sweep", "U.S. Marshals Service",
         "U.S. Marshals"),
        ("the U.S. Department of Justice. The Justice Department said", "U.S. Department of Justice",
         "Justice Department"),
        ("the Bakken Organized Crime Strike Force. The Bakken Strike Force said",
         "Bakken Organized Crime Strike Force", "Bakken Strike Force"),
    ],
)
def test_other_forms_are_aliases(nlp: Language, text: str, name: str, alias: str) -> None:
    result = found(nlp, text)
    assert alias in result[name]
    assert alias not in result


@pytest.mark.parametrize(
    "text",
    [
        "with the National Center for Missing & Exploited Children (NCMEC)",
        "in U.S. District Court before a federal grand jury",
        "The Police Department said the Sheriff's Office agreed.",
        "a violation of the Archaeological Resources Protection Act",
        "a licensed agent of Real Estate One Land Services Inc. closed the loans",
        "New York City Police Commissioner James P. O’Neill said",
        "Operation Black Flag Investigation\n\nThe case began in 2008.",
        "at the Civic Center Drive office",
        "LYON, France - It is calling for help.",
    ],
)
def test_not_agencies(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


def test_two_bodies_joined_by_and_stay_apart(nlp: Language) -> None:
    result = found(nlp, "the Iowa State Patrol and Woodbury County Sheriff's Office, and the Justice Department "
                        "and Internal Revenue Service announced")
    assert set(result) == {"Iowa State Patrol", "Woodbury County Sheriff's Office", "Justice Department",
                           "Internal Revenue Service"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("assisted by U.S. Immigration and Customs Enforcement’s Enforcement and Removal Operations.",
         {"U.S. Immigration and Customs Enforcement", "Enforcement and Removal Operations"}),
        ("The Department's Special Victims Unit and the Pasadena Police Department helped.",
         {"Special Victims Unit", "Pasadena Police Department"}),
        ("Officers from HPD’s Vice Division and the FBI Houston Field Office worked together.",
         {"HPD’s Vice Division", "FBI Houston Field Office"}),
    ],
)
def test_possessive_owners(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(found(nlp, text)) == expected


def test_unit_of_parent_is_split(nlp: Language) -> None:
    result = found(nlp, "Trial Attorney Ann Lee of the Human Rights and Special Prosecutions Section of the "
                        "Justice Department's Criminal Division said")
    assert set(result) == {"Human Rights and Special Prosecutions Section", "Justice Department's Criminal Division"}


def test_metadata_lines_are_not_agencies(nlp: Language) -> None:
    text = "Contact: Sioux City Police Department, 555-1234\n\nOfficers arrested two men."
    assert found(nlp, text) == {}


def test_mentions_have_true_offsets(nlp: Language) -> None:
    text = "The FBI and the Federal Bureau of Investigation (FBI) worked with FBIs Denver office."
    for agency in agencies.extract(nlp(text)):
        assert agency.rule
        for mention in agency.mentions:
            assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("department", "of", "justice"), "doj"),
        (("us", "marshals", "service"), "usms"),
        (("federal", "bureau", "of", "investigation"), "fbi"),
    ],
)
def test_initials(words: tuple[str, ...], expected: str) -> None:
    assert expected in agencies.initials(words)
