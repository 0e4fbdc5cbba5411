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
        "The contract went to Northwind Logistics Group and the Fabrikam Group.",
        "The ACT was amended in 2019 by the legislature.",
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
    # the division's owner is a body of its own
    assert set(result) == {"Human Rights and Special Prosecutions Section", "Justice Department's Criminal Division",
                           "Justice Department"}


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


def records(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(a.name, a.aliases) for a in agencies.extract(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of names is one agency each
        ("The suspects were held by the Anaheim Police Department, California Highway Patrol and FBI "
         "after a chase across the county.",
         [("Anaheim Police Department", []), ("California Highway Patrol", []), ("FBI", [])]),
        # a list sharing one plural head expands
        ("Officers from the Beaumont, Hemet and Riverside Police Departments searched the hills on Friday.",
         [("Beaumont Police Department", []), ("Hemet Police Department", []), ("Riverside Police Department", [])]),
        ("Deputies of the Kern and Tulare County Sheriff's Offices searched the area on Friday.",
         [("Kern County Sheriff's Office", []), ("Tulare County Sheriff's Office", [])]),
        ("Officers of the Alder and Lower Birch Township Police Departments searched the hills.",
         [("Alder Township Police Department", []), ("Lower Birch Township Police Department", [])]),
        ("The Alder and Birch Parish Sheriff's Offices searched. Parish officials and the Township Council met.",
         [("Alder Parish Sheriff's Office", []), ("Birch Parish Sheriff's Office", [])]),
        ("Units from the Cheshire, Kent and Devon Constabularies joined the search last year.",
         [("Cheshire Constabulary", []), ("Kent Constabulary", []), ("Devon Constabulary", [])]),
        # names with commas inside stay whole
        ("Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives seized the rifles on Monday.",
         [("Bureau of Alcohol, Tobacco, Firearms and Explosives", [])]),
        # names are not cut short
        ("The seizure was made by the Joint Interagency Task Force South in the Caribbean last week.",
         [("Joint Interagency Task Force South", [])]),
        ("The case was worked by the Regional Crime Response Team – Pacific with local partners.",
         [("Regional Crime Response Team – Pacific", [])]),
        ("The raid was led by the Alberta Law Enforcement Response Teams (ALERT) in Calgary this week.",
         [("Alberta Law Enforcement Response Teams", ["ALERT"])]),
        ("The audit was done by the Department of Health and Human Services Office of Inspector General "
         "(HHS-OIG) last year.",
         [("Department of Health and Human Services Office of Inspector General", ["HHS-OIG"])]),
        ("The grant came from the Mayor’s Office on Youth Safety and Prevention (MOYSP) last year.",
         [("Mayor’s Office on Youth Safety and Prevention", ["MOYSP"])]),
        ("Detectives of Strike Force Harbour arrested two men. Strike Force Harbour was set up in May.",
         [("Strike Force Harbour", [])]),
        # nor run into a person
        ("The case was prosecuted by Department of Justice Trial Attorney Jane Roe of Washington.",
         [("Department of Justice", [])]),
        ("The case was worked by the Office of the Special Inspector General for the Harbor Recovery Program.",
         [("Office of the Special Inspector General for the Harbor Recovery Program", [])]),
        # acronym-only agencies and bodies abroad
        ("The AFP and the RCMP worked with the NCA on the case for two years.",
         [("AFP", []), ("RCMP", []), ("NCA", [])]),
        ("Officers of the Kent Police and the Garda worked with Europol, Eurojust and INTERPOL on the case.",
         [("Kent Police", []), ("Garda", []), ("Europol", []), ("Eurojust", []), ("INTERPOL", [])]),
        ("HMRC officers and Border Force staff found the tobacco, and the New Zealand Customs Service "
         "seized the drugs.", [("HMRC", []), ("Border Force", []), ("New Zealand Customs Service", [])]),
        ("The Thames Valley Police Service and the Dorset Constabulary made the arrests in the town.",
         [("Thames Valley Police Service", []), ("Dorset Constabulary", [])]),
        ("The Georgia Sheriffs Task Force led it. The Georgia Sheriffs Taskforce said 40 were held.",
         [("Georgia Sheriffs Task Force", [])]),
        ("Details of the ICAC Task Force Program were not released on Monday.", [("ICAC Task Force", [])]),
        # headline words are not swallowed
        ("Acme Chemical and EPA Announce Settlement Over Spill\n\nThe Environmental Protection Agency said "
         "the company will pay.", [("Environmental Protection Agency", ["EPA"])]),
        ("Two Lenders Settle Justice Department Claims Over Loans\n\nThe Justice Department said the "
         "lenders will pay.", [("Justice Department", [])]),
        ("United States Files Enforcement Action Against Dairy\n\nThe Department of Justice said the dairy "
         "broke the law.", [("Department of Justice", [])]),
        # "Group" after a word for what a police or government unit does
        ("Officers of the Tactical Support Group and the Joint Intelligence Group searched a flat.",
         [("Tactical Support Group", []), ("Joint Intelligence Group", [])]),
        # a state's name before the acronym of a body each state has: one name, an alias of the full one
        ("Officers of the Ohio Department of Public Safety (DPS) helped. Ohio DPS said the roads were shut.",
         [("Ohio Department of Public Safety", ["DPS", "Ohio DPS"])]),
        ("Agents of the Iowa FBI office and Utah DPS troopers met.", [("FBI", []), ("Utah DPS", [])]),
        # a unit owned through two possessives keeps its named owner, which is also a body of its own
        ("Deputies of the Polk County Sheriff’s Office’s Vice Unit made the arrests.",
         [("Polk County Sheriff’s Office’s Vice Unit", []), ("Polk County Sheriff’s Office", [])]),
        ("The Sheriff's Office's Vice Unit made the arrests.", [("Vice Unit", [])]),
        # a complement runs on over "of the" and over a hyphen inside a name
        ("The Office of the Chief Prosecutor of the Herzegovina-Neretva Canton filed the case.",
         [("Office of the Chief Prosecutor of the Herzegovina-Neretva Canton", [])]),
        ("The Office of the Chief Medical Examiner confirmed the cause.",
         [("Office of the Chief Medical Examiner", [])]),
        # a list that closed with its own 'and' ends the name: the next 'and' joins another body
        ("The case was investigated by the Bureau of Alcohol, Tobacco, Firearms and Explosives and Homeland "
         "Security Investigations.",
         [("Bureau of Alcohol, Tobacco, Firearms and Explosives", []), ("Homeland Security Investigations", [])]),
        # a doubled head word is where two names meet: the owner, then its unit
        ("U.S. Immigration and Customs Enforcement Enforcement and Removal Operations Dallas deported him.",
         [("U.S. Immigration and Customs Enforcement", []), ("Enforcement and Removal Operations Dallas", [])]),
        # places joined by "and" that name one force; an island's "of" inside a name
        ("Officers from Devon and Cornwall Police and the Isle of Man Constabulary searched a farm.",
         [("Devon and Cornwall Police", []), ("Isle of Man Constabulary", [])]),
        # head-first names of bodies abroad, with their small words and adjectives after the noun
        ("Officers of the Guardia di Finanza and the Police nationale searched a villa.",
         [("Guardia di Finanza", []), ("Police nationale", [])]),
        ("The Gendarmerie royale du Canada and the Policía Nacional shared leads.",
         [("Gendarmerie royale du Canada", []), ("Policía Nacional", [])]),
        ("The Police aux Frontières (PAF) stopped the van.", [("Police aux Frontières", ["PAF"])]),
        ("A check of the Police National Computer found a match.", []),
        # a territory's code opens a name though its lowercase form is a word ("act")
        ("Detectives from ACT Policing charged a woman on Friday.", [("ACT Policing", [])]),
    ],
)
def test_agency_classes(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_headline_mentions_stop_at_headline_verbs(nlp: Language) -> None:
    text = "Two Lenders Settle Justice Department Claims Over Loans\n\nThe Justice Department said they will pay."
    found = agencies.extract(nlp(text))
    assert [[m.text for m in a.mentions] for a in found] == [["Justice Department", "Justice Department"]]


def test_an_acronym_before_a_headline_verb_and_adverb_is_the_acronym_alone(nlp: Language) -> None:
    text = "ATF Recovers Nearly 300 Guns\n\nATF agents said the guns were stolen."
    assert [a.name for a in agencies.extract(nlp(text))] == ["ATF"]


def test_shared_head_mentions_point_at_each_place(nlp: Language) -> None:
    text = "Officers from the Beaumont, Hemet and Riverside Police Departments searched the hills."
    found = agencies.extract(nlp(text))
    assert [[(m.text, text[m.start : m.end]) for m in a.mentions] for a in found] == [
        [("Beaumont", "Beaumont")], [("Hemet", "Hemet")], [("Riverside", "Riverside")]]


@pytest.mark.parametrize(
    "text",
    [
        "The man was found with LSD and cocaine in his car near the school.",
        "The ADA told the court the man had two prior convictions.",
        "The Grand Jury returned the indictment on Monday after a short hearing.",
        "The dealer broke the Wild Bird Protection and Trade Act twice, the court found.",
        "Officers of the Police Departments of Alton, Brea and Corona searched the hills on Friday.",
    ],
)
def test_drugs_and_people_are_not_agencies(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unit joined the Waco Police Gang Unit and their Zone 1 and Zone 5 Rapid Response Teams "
         "in an operation.",
         [("Waco Police Gang Unit", []), ("Zone 1 Rapid Response Team", []), ("Zone 5 Rapid Response Team", [])]),
        ("Officers of the Kenora, Red Lake and Sioux Narrows OPP detachments searched the lake.",
         [("Kenora OPP detachment", []), ("Red Lake OPP detachment", []), ("Sioux Narrows OPP detachment", [])]),
        ("Officers from the National Crime Agency’s Special Tactics Unit arrested four men.",
         [("National Crime Agency’s Special Tactics Unit", []), ("National Crime Agency", [])]),
        ("The effort by the Oregon Department of Justice’s Special Operation Unit ended on Monday.",
         [("Oregon Department of Justice", []), ("Special Operation Unit", [])]),
        ("Acting on a tip from the State Fish & Wildlife Protection Service (FWPS), detectives searched the ship.",
         [("State Fish & Wildlife Protection Service", ["FWPS"])]),
        ("The work was coordinated by Eurojust and Europol through a Europol Joint Taskforce.",
         [("Eurojust", []), ("Europol", []), ("Europol Joint Taskforce", [])]),
        ("The men were taken to Harbour Police Station and charged on Tuesday night.", []),
        ("The school district, the Plano Independent School District (PISD), was closed.", []),
        ("Consistent with the Smithers Administration’s plan, the grant paid for overtime.", []),
        ("Contact:\nMedia Relations Section\n(555) 257-2000\n\nThe county said 12 people were arrested.", []),
        ("Harbor County Sheriff’s Office Public Information Office\n\n555-831-8300\n\nFor Immediate Release\n\n"
         "The Harbor County Sheriff’s Office arrested 40 people this week.",
         [("Harbor County Sheriff’s Office", [])]),
    ],
)
def test_agency_families_abroad_and_in_contact_blocks(nlp: Language, text: str,
                                                      expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_multiword_acronym_in_parentheses_is_an_alias_with_every_use(nlp: Language) -> None:
    text = ("The Harbor Crime Squad Northern (HCS NR) and the Coastal Gang Task Force (CG/TF) made arrests. "
            "Later the HCS NR and CG/TF said more would follow.")
    found = agencies.extract(nlp(text))
    assert [(a.name, a.aliases, [m.text for m in a.mentions]) for a in found] == [
        ("Harbor Crime Squad Northern", ["HCS NR"], ["Harbor Crime Squad Northern", "HCS NR", "HCS NR"]),
        ("Coastal Gang Task Force", ["CG/TF"], ["Coastal Gang Task Force", "CG/TF", "CG/TF"]),
    ]


def test_a_departments_own_office_after_a_comma_is_one_body(nlp: Language) -> None:
    text = "The Department of Labor, Office of Inspector General and the FBI investigated the case."
    assert records(nlp, text) == [("Department of Labor, Office of Inspector General", []), ("FBI", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers from Greater Manchester and West Yorkshire Police arrested four men on Friday.",
         [("Greater Manchester Police", []), ("West Yorkshire Police", [])]),
        ("Officers of Cheshire, Lancashire and Merseyside Police searched the moors.",
         [("Cheshire Police", []), ("Lancashire Police", []), ("Merseyside Police", [])]),
        ("The Fish and Wildlife Police said the park was closed.", [("Fish and Wildlife Police", [])]),
    ],
)
def test_places_sharing_police(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Office of the Attorney General’s Consumer Protection Division filed the lawsuit on Monday.",
         [("Office of the Attorney General", []), ("Consumer Protection Division", [])]),
        ("Agents of the DEA’s Harbor City Field Division seized the drugs on Monday.",
         [("DEA’s Harbor City Field Division", []), ("DEA", [])]),
        ("said Robert Roe, Chief of the District Attorney’s Investigations Division, on Monday.",
         [("District Attorney’s Investigations Division", [])]),
    ],
)
def test_possessive_owners_are_bodies_of_their_own(nlp: Language, text: str,
                                                    expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_letterhead_lines_name_no_agency(nlp: Language) -> None:
    head = "U.S. Department of Labor\nOffice of Public Affairs\n\nCompany Fined for Safety Failures\n\n"
    assert records(nlp, head + "WASHINGTON – The company paid a fine on Monday, officials said.") == []
    found = agencies.extract(nlp(head + "WASHINGTON – The company paid the U.S. Department of Labor a fine."))
    assert [(a.name, len(a.mentions)) for a in found] == [("U.S. Department of Labor", 1)]


def test_rule_files_name_lexicons_instead_of_copying_them(tmp_path) -> None:
    from extractor.lexicon import lexicon
    from extractor.patterns import PatternFileError

    rules = tmp_path / "heads.jsonl"
    rules.write_text('{"id": "h", "label": "AGENCY", "pattern": [{"LOWER": {"IN": ["@agency_heads", "x"]}}]}\n'
                     '{"id": "a", "label": "ACR", "pattern": [{"LOWER": {"IN": ["@agency_acronyms+s"]}}]}\n')
    head_rule, acronym_rule = load_rule_file(rules)
    assert set(head_rule.pattern[0]["LOWER"]["IN"]) == lexicon("agency_heads") | {"x"}
    assert {"fbi", "fbis", "rcmp", "rcmps"} <= set(acronym_rule.pattern[0]["LOWER"]["IN"])
    rules.write_text('{"id": "h", "label": "AGENCY", "pattern": [{"LOWER": {"IN": ["@no_such_list"]}}]}\n')
    with pytest.raises(PatternFileError, match="no lexicon named 'no_such_list'"):
        load_rule_file(rules)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office named after its holder, written either way round, is one agency
        ("The Office of the Sheriff served 40 warrants. The Sheriff's Office thanked the public.",
         [("Office of the Sheriff", ["Sheriff's Office"])]),
        ("Deputies of the Fairfax County Office of the Sheriff served the warrants on Monday.",
         [("Fairfax County Office of the Sheriff", [])]),
        ("The Office of the Attorney General filed suit. The Lakeland Attorney General's Office said more "
         "would follow.", [("Lakeland Attorney General's Office", ["Office of the Attorney General"])]),
        ("The Office of the Commonwealth's Attorney prosecuted the case. The Commonwealth's Attorney's "
         "Office said the man will appeal.",
         [("Office of the Commonwealth's Attorney", ["Commonwealth's Attorney's Office"])]),
        ("The Office of the Attorney General (OAG) opened a case. The OAG said it would sue.",
         [("Office of the Attorney General", ["OAG"])]),
        # an office of a title owns its unit; a person does not
        ("Attorney General Jane Roe's Child Exploitation Unit arrested the man in Waco.",
         [("Child Exploitation Unit", [])]),
        ("Agents of the Attorney General's Office Fraud Unit arrested the man in Waco.",
         [("Attorney General's Office Fraud Unit", [])]),
        # a force's officers are the force's, a capitalized rank after 'Police' is a title
        ("Australian Federal Police officers arrested a man at the airport.", [("Australian Federal Police", [])]),
        ("Kent Police detectives charged the driver on Sunday.", [("Kent Police", [])]),
        ("Harbor City Police Commissioner Jane Roe said the unit would grow.", []),
        # a service noun the publisher capitalizes as its own name
        ("Police have charged two men in Hamilton. The car was stopped by Police on the motorway.",
         [("Police", [])]),
        ("Customs has seized 300 kg of cocaine. The boxes were opened by Customs officers and Police staff.",
         [("Customs", []), ("Police", [])]),
        ("The inquiry by Customs and Police is continuing.", [("Customs", []), ("Police", [])]),
        ("New Zealand Police arrested a man. The dog was handled by Police in Napier.",
         [("New Zealand Police", ["Police"])]),
        ("The Harbor City Police Department arrested a man. Police said he was 40.",
         [("Harbor City Police Department", ["Police"])]),
        ("Police said the man fled on foot before officers arrived.", []),
        ("The Police and Crime Commissioner for Kent welcomed the figures.", []),
        ("Customs Investigations Manager Jane Roe says the seizure was the largest of the year.", []),
    ],
)
def test_office_forms_forces_and_bare_service_names(nlp: Language, text: str,
                                                    expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short names and lowercase forces
        ("Overnight 15 homes were searched as the Met continued its drive against the gangs.", [("Met", [])]),
        ("Met officers arrested 23 people in Merton on Thursday.", [("Met", [])]),
        ("The Metropolitan Police Service charged him. The Met said more arrests would follow.",
         [("Metropolitan Police Service", ["Met"])]),
        ("Met with the family on Sunday, the mayor promised help.", []),
        ("Guests arrived for the Met Gala in New York on Monday.", []),
        ("NSW police charge three after cocaine found in a shipping container", [("NSW police", [])]),
        ("Detectives said WA police had charged a second man on Friday.", [("WA police", [])]),
        ("He said the police were called to the house at noon.", []),
        # a place and lowercase "police": a place the release names as one elsewhere, or a state
        ("BRANFORD, Ont. – Branford police said two men were charged.", [("Branford police", [])]),
        ("A clerk in Dunmore saw the car. Dunmore police arrested the driver.", [("Dunmore police", [])]),
        ("Raids in Lorton, Dunmore and Kessel ended. Dunmore police seized a rifle.", [("Dunmore police", [])]),
        ("The Dunmore Police Department and Kessel police seized a rifle in Kessel.",
         [("Dunmore Police Department", []), ("Kessel police", [])]),
        ("Vermont police arrested four men on Friday.", [("Vermont police", [])]),
        ("Agents of the FBI, Lorton and Dunmore police met in Lorton on Monday.",
         [("FBI", []), ("Lorton police", []), ("Dunmore police", [])]),
        # ... or a place whose name English does not know (a town), not a demonym, a day or an English word
        ("Dunmore police arrested the driver.", [("Dunmore police", [])]),
        ("The sheriff, two deputies, Lorton police and Dunmore police searched the farm.",
         [("Lorton police", []), ("Dunmore police", [])]),
        ("Riot police and Transit police stood by. On Monday police arrested him.", []),
        ("Two Salvadoran police officers and Chilean police were thanked in Chilean custody.", []),
        ("A clerk in Dunmore saw the car. Dunmore police officers arrested the driver.", []),
        ("Lorton and Dunmore police arrested the driver.", [("Lorton police", []), ("Dunmore police", [])]),
        ("Mexican and Chinese police arrested the driver.", []),
        ("The Kessel County Sheriff's Office and Lorton and Dunmore police joined troopers.",
         [("Kessel County Sheriff's Office", []), ("Lorton police", []), ("Dunmore police", [])]),
        ("The Dunmore County Police Department and Kessel County police searched the farm.",
         [("Dunmore County Police Department", []), ("Kessel County police", [])]),
        ("Officers of the Lorton Police Department, St. Kessel police, the Dunmore County Sheriff's Office and "
         "the FBI searched.", [("Lorton Police Department", []), ("St. Kessel police", []),
                              ("Dunmore County Sheriff's Office", []), ("FBI", [])]),
        ("Kessel police, the FBI and the Dunmore County Sheriff's Office searched.",
         [("Kessel police", []), ("FBI", []), ("Dunmore County Sheriff's Office", [])]),
        ("Chief of Police Ann Roe said St. Kessel police and the FBI searched.",
         [("St. Kessel police", []), ("FBI", [])]),
        ("Kessel police and firefighters searched.", []),
        # an office holder's title with an 'of'/'for' complement and its own acronym names the office
        ("The case was referred to the Director of Public Prosecutions (DPP) on Monday.",
         [("Director of Public Prosecutions", ["DPP"])]),
        ("It will be prosecuted by the State Director of Public Prosecutions (SDPP).",
         [("State Director of Public Prosecutions", ["SDPP"])]),
        ("Agents of the Special Inspector General for Harbor Reconstruction (SIGHR) and the FBI searched.",
         [("Special Inspector General for Harbor Reconstruction", ["SIGHR"]), ("FBI", [])]),
        ("Special Agent in Charge (SAC) Jane Roe and Assistant U.S. Attorney (AUSA) John Doe spoke.", []),
        ("Director of Public Prosecutions Jane Roe said the case was strong.", []),
        ("The Director of Public Prosecutions (DP) declined.", []),
        # a body's possessive before capitalized words without a head: a unit when its acronym spells them or
        # a lowercase unit word follows
        ("Support came from the RCMP's Federal Serious and Organized Crime (FSOC) and the FBI.",
         [("RCMP", []), ("Federal Serious and Organized Crime", ["FSOC"]), ("FBI", [])]),
        ("The FBI's Violent Crimes Against Children squad and INTERPOL's Criminal Networks unit helped.",
         [("FBI", []), ("Violent Crimes Against Children squad", []), ("INTERPOL", []),
          ("Criminal Networks unit", [])]),
        ("The FBI's Violent Crime program paid. The FBI's Major Case (MC) file grew.", [("FBI", [])]),
        ("The Department's Sexual Assault Kit Initiative (SAKI) paid for the tests.", []),
        # a verb before its object after "Task Force" is a headline's, no force's name
        ("Regional Task Force Arrests 47 Fugitives in Harbor Sweep", []),
        ("Strike Force Raptor arrested 3 men; Strike Force Harbour charged two.",
         [("Strike Force Raptor", []), ("Strike Force Harbour", [])]),
        # a common noun opening a name before 'and' joins it, whatever heads follow
        ("The U.S. Fish and Wildlife Service Office of Law Enforcement reviewed the case.",
         [("U.S. Fish and Wildlife Service Office of Law Enforcement", [])]),
        ("Agents of the FBI, Bureau of Alcohol, Tobacco, Firearms, and Explosives and Harbor Department of "
         "Corrections searched.", [("FBI", []), ("Bureau of Alcohol, Tobacco, Firearms, and Explosives", []),
                                   ("Harbor Department of Corrections", [])]),
        # an acronym after 'on' is no complement; letters hyphened to a phone number's digits name nothing
        ("Boaters should contact the Coast Guard on VHF channel 16.", [("Coast Guard", [])]),
        ("The ATF helped. Tips go to 1-888-ATF-TIPS or the FBI.", [("ATF", []), ("FBI", [])]),
        # a sector is a unit: the body it belongs to is named apart
        ("The Coast Guard said Coast Guard Sector Key West led the search.",
         [("Coast Guard", []), ("Coast Guard Sector Key West", [])]),
        # an acronym inside a body's initials skips at most one word before its letters, or a place's words
        ("The Regional Warrant Apprehension Task Force and ATF arrested him.",
         [("Regional Warrant Apprehension Task Force", []), ("ATF", [])]),
        ("The Kessel County High Intensity Drug Trafficking Area funded it, and HIDTA analysts helped.",
         [("Kessel County High Intensity Drug Trafficking Area", ["HIDTA"])]),
        # a place and a unit word after a body's possessive or its acronym in parentheses name its unit
        ("The Harbor Police Force's Marine Region stopped the boat.",
         [("Harbor Police Force", []), ("Marine Region", [])]),
        ("Officers of the Dunmore Police Department (DPD) Western District and the FBI arrested him.",
         [("Dunmore Police Department", ["DPD"]), ("Western District", []), ("FBI", [])]),
        ("The county's Northern District court heard the case.", []),
        # a Group fighting a kind of crime is a unit, as a centre is
        ("The Harbor National Police (HNP) Anti-Cybercrime Group raided a compound.",
         [("Harbor National Police", ["HNP"]), ("Anti-Cybercrime Group", [])]),
        ("Shares of the Moore Communications Group fell.", []),
        # a title after a head's complement ends the name
        ("The Harbor Nation Division of Public Safety Executive Director Ann Roe said it.",
         [("Harbor Nation Division of Public Safety", [])]),
        # a prefix hyphened to a head makes an adjective
        ("Multi-Agency Sweep Nets 31 Arrests. An Inter-Agency team helped.", []),
        # a title after a shared 'Police' makes no list of places (the state's force before the title is a body)
        ("Revenue Secretary Ann S. Roe and Harbor State Police Commissioner John Doe spoke.",
         [("Harbor State Police", [])]),
        # two states joined in an 'of' complement
        ("The Port Authority of New York and New Jersey urges anyone to call.",
         [("Port Authority of New York and New Jersey", [])]),
        # an acronym inside a name spells the words before it, an 'and' among them; the place before them is
        # the name's too
        ("It was led by the Harbor Internet Crimes Against Children (ICAC) Task Force. The Harbor ICAC Task "
         "Force helped.", [("Harbor Internet Crimes Against Children (ICAC) Task Force", ["Harbor ICAC Task Force"])]),
        ("The Alder County Human Exploitation And Trafficking (HEAT) Unit led it. The HEAT Unit helped.",
         [("Alder County Human Exploitation And Trafficking (HEAT) Unit", ["HEAT Unit"])]),
        # a prosecutors' office named by its city, as in Europe
        ("The case was led by the Public Prosecutor's Office Alderburg (Staatsanwaltschaft Alderburg).",
         [("Public Prosecutor's Office Alderburg", [])]),
        ("Partners: Public Prosecutor's Office Birchfeld am Main; Harbor Criminal Police Office",
         [("Public Prosecutor's Office Birchfeld am Main", []), ("Harbor Criminal Police Office", [])]),
        ("The Public Prosecutor's Office Monday said more charges would follow.",
         [("Public Prosecutor's Office", [])]),
        # "Fire Rescue" heads a fire department's name, and ends it before an 'and' or a possessive
        ("Crews of Alder Fire Rescue and Birch Fire Rescue responded. A fire rescue crew helped.",
         [("Alder Fire Rescue", []), ("Birch Fire Rescue", [])]),
        ("The Alder Fire Rescue's Fire Marshal's Office investigated.",
         [("Alder Fire Rescue's Fire Marshal's Office", []), ("Alder Fire Rescue", [])]),
        # a state after a comma with no place before it opens a name
        ("The sweep ended, South Carolina Department of Corrections Director Ann Roe said.",
         [("South Carolina Department of Corrections", [])]),
        # a plural possessive inside an 'of' complement ('Veterans' Affairs'); one that owns a unit ends the name
        ("Officers of the Harbor Department of Veterans' Affairs helped.",
         [("Harbor Department of Veterans' Affairs", [])]),
        ("The Bureau of Alcohol, Tobacco, Firearms and Explosives' Harbor Field Division helped.",
         [("Bureau of Alcohol, Tobacco, Firearms and Explosives", []),
          ("Harbor Field Division", [])]),
        # a headline verb after an acronym is no city; a Group that fights money laundering is a unit
        ("MNPD and ATF Take 112 Guns Off Harbor Streets\n\nThe MNPD and the ATF said so.",
         [("MNPD", []), ("ATF", [])]),
        ("Officers of the Harbor Police Anti-Money Laundering Group helped.",
         [("Harbor Police Anti-Money Laundering Group", [])]),
        # a force's district command is named with 'District' after 'Police', alone or shared
        ("Officers of the Alder Police District and the Nepford and Mount Kessel Police Districts helped.",
         [("Alder Police District", []), ("Nepford Police District", []), ("Mount Kessel Police District", [])]),
        # a town named like a body is a place when the release puts it after 'in'
        ("A Long Branch man was sentenced. Warrants were served in Long Branch, Asbury Park and Neptune.", []),
        ("Officers of the Criminal Branch searched homes in Neptune.", [("Criminal Branch", [])]),
        # a place of 'Bay of' and an Irish body with no head of its own
        ("Officers of the Western Bay of Plenty Police and the Revenue Commissioners helped.",
         [("Western Bay of Plenty Police", []), ("Revenue Commissioners", [])]),
        # homes and offices on a date: a lowercase head takes no complement
        ("Warrants were executed at 9 homes and offices on Jan. 30 in Dunmore.", []),
        # a parenthesized acronym closes the name before it: no 'of' complement runs on past it
        ("Helped by the Lorton Police Department (LPD), Kessel RCMP and Dunmore RCMP, and the Canada Border "
         "Services Agency.", [("Lorton Police Department", ["LPD"]), ("Kessel RCMP", []), ("Dunmore RCMP", []),
                              ("Canada Border Services Agency", [])]),
        # drug trafficking areas, alone and sharing one phrase
        ("The New England High Intensity Drug Trafficking Area (HIDTA) funded the task force. HIDTA staff "
         "helped.", [("New England High Intensity Drug Trafficking Area", ["HIDTA"])]),
        ("Agents of the Tulare and Kern County High Intensity Drug Trafficking Areas seized the drugs.",
         [("Tulare County High Intensity Drug Trafficking Area", []),
          ("Kern County High Intensity Drug Trafficking Area", [])]),
        ("The town is an area of high intensity drug trafficking, the report said.", []),
    ],
)
def test_short_names_lowercase_forces_and_trafficking_areas(nlp: Language, text: str,
                                                            expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prosecutors' offices with their jurisdiction, before or after
        ("The 18th Judicial District Attorney's Office charged the driver on Monday.",
         [("18th Judicial District Attorney's Office", [])]),
        ("The case went to the Office of the State Attorney for the Fifth Judicial Circuit for review.",
         [("Office of the State Attorney for the Fifth Judicial Circuit", [])]),
        ("The State Attorney's Office for the 12th Judicial Circuit will prosecute the case.",
         [("State Attorney's Office for the 12th Judicial Circuit", [])]),
        ("The District Attorney's Office for the Harbor Judicial District of Lakeland filed the charges.",
         [("District Attorney's Office for the Harbor Judicial District of Lakeland", [])]),
        ("In the 2nd quarter the Police Department reported fewer thefts.", []),
        # units named by the place after their head
        ("A crew from U.S. Coast Guard Sector San Juan rescued four people.",
         [("U.S. Coast Guard Sector San Juan", [])]),
        ("Coast Guard Sector Key West Commander Jane Roe praised the crew.", [("Coast Guard Sector Key West", [])]),
        ("Agents of the Border Patrol's El Paso Sector arrested 40 people.",
         [("Border Patrol's El Paso Sector", []), ("Border Patrol", [])]),
        ("The company, Sector Seven Holdings, was fined.", []),
        # bodies abroad whose names have no head word
        ("Officers from Police Scotland arrested a man in Dundee.", [("Police Scotland", [])]),
        ("An Garda Síochána arrested two men. The Garda said a third was sought.",
         [("An Garda Síochána", ["Garda"])]),
        ("Sûreté du Québec officers seized the cannabis.", [("Sûreté du Québec", [])]),
    ],
)
def test_jurisdictions_place_named_units_and_names_abroad(nlp: Language, text: str,
                                                          expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anyone with information should call the FBI Tip Line or the ICE Detention Center.",
         [("FBI", []), ("ICE", [])]),
        ("Agents of HSI Buffalo and FBI Denver made the arrests.", [("HSI Buffalo", []), ("FBI Denver", [])]),
        ("The Police Federation said its members were tired.", []),
        ("Officers worked with the Harbor Council licensing team. The City Council approved the plan.",
         [("Harbor Council", [])]),
    ],
)
def test_common_nouns_after_acronyms_councils_and_longer_names(nlp: Language, text: str,
                                                               expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner before a possessive is a body of its own, also with an 'of' complement
        ("The Lakeland Department of Justice's Medicaid Investigations Division opened the case.",
         [("Lakeland Department of Justice's Medicaid Investigations Division", []),
          ("Lakeland Department of Justice", [])]),
        ("The U.S. Department of Justice filed suit. The Justice Department's Civil Division said more "
         "would follow.", [("U.S. Department of Justice", ["Justice Department"]),
                           ("Justice Department's Civil Division", [])]),
        # a bare name joined by 'and' is one name only when its acronym says so
        ("Officers from HM Revenue and Customs (HMRC) seized the tobacco.", [("HM Revenue and Customs", ["HMRC"])]),
        ("The raid was supported by the National Organised Crime Group and Customs.",
         [("National Organised Crime Group", []), ("Customs", [])]),
    ],
)
def test_owners_with_complements_and_bare_names_after_and(nlp: Language, text: str,
                                                          expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviated words compare written out
        ("The Harbor County District Attorney’s Office filed it. The Harbor County DA’s Office said more.",
         [("Harbor County District Attorney’s Office", ["Harbor County DA’s Office"])]),
        ("The Oak Ridge Police Department helped. \"Thanks to Oak Ridge PD,\" he said.",
         [("Oak Ridge Police Department", ["Oak Ridge PD"])]),
        ("Oak Ridge PD officers arrested him.", [("Oak Ridge PD", [])]),
        ("The PD said nothing, and the DA’s Office declined to comment.", []),
        # a hard-wrapped line inside a name goes on
        ("The new grant of $1.2 million was awarded to the city this year by the Office of Juvenile Justice and "
         "Delinquency\nPrevention, the mayor said.", [("Office of Juvenile Justice and Delinquency Prevention", [])]),
        ("Two men were charged with theft and fraud by the Harbor City Police Department\nThe court date is set.",
         [("Harbor City Police Department", [])]),
    ],
)
def test_abbreviated_words_and_wrapped_lines(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_a_short_form_joins_the_body_it_shortens_least_and_units_meet_by_their_own_name(nlp: Language) -> None:
    text = ("The Lakeland Police Force arrested 30 people. The raid was led by the Harbor Crime Command’s "
            "Organised Crime Squad. Lakeland Police said Jane Roe, head of the Lakeland Police Force’s "
            "Organised Crime Squad, will speak.")
    assert records(nlp, text) == [
        ("Lakeland Police Force", ["Lakeland Police"]),
        ("Lakeland Police Force’s Organised Crime Squad", ["Harbor Crime Command’s Organised Crime Squad"]),
        ("Harbor Crime Command", []),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IRS Criminal Investigation (IRS-CI) traced the money. IRS-CI agents testified.",
         [("IRS Criminal Investigation", ["IRS-CI"])]),
        ("Agents of IRS Criminal Investigation traced the money.", [("IRS Criminal Investigation", [])]),
        ("The Internal Revenue Service Criminal Investigation traced it.",
         [("Internal Revenue Service Criminal Investigation", [])]),
        ("The IRS said the criminal investigation was over.", [("IRS", [])]),
    ],
)
def test_criminal_investigation_of_the_revenue_service(nlp: Language, text: str,
                                                       expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Counter Terrorism Policing North East arrested a man in Leeds.",
         [("Counter Terrorism Policing North East", [])]),
        ("The Neighbourhood Policing Team visited the estate.", [("Neighbourhood Policing Team", [])]),
        ("The town has a community policing plan.", []),
    ],
)
def test_policing_bodies_and_two_word_region_tails(nlp: Language, text: str,
                                                   expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Centre"/"Center" heads a body's name when a word of it says it works against crime
        ("Analysts at the National Cyber Security Centre traced the ransomware to a server abroad.",
         [("National Cyber Security Centre", [])]),
        ("Investigators from Europol's European Cybercrime Centre (EC3) joined the case in March.",
         [("Europol's European Cybercrime Centre", ["EC3"]), ("Europol", [])]),
        ("Officers of the Financial Crime and Anti-Corruption Centre of the state police met prosecutors.",
         [("Financial Crime and Anti-Corruption Centre", [])]),
        # other centres are hospitals, places and buildings
        ("The victim was treated at Harborview Medical Center and released on Monday.", []),
        ("Protesters gathered outside Rockefeller Center and the Westfield Shopping Centre.", []),
        ("Staff of the Alder Bay Detention Center and the Lincoln Recreation Center were told.", []),
        ("The Harbor County Crime Victims Center offered counseling.", []),
        # "Authority", "Navy" and "Directorate" head bodies
        ("Inspectors from the Harbor City Housing Authority and the Port Authority searched the buildings.",
         [("Harbor City Housing Authority", []), ("Port Authority", [])]),
        ("The Royal Australian Navy and the Royal New Zealand Navy boarded the vessel.",
         [("Royal Australian Navy", []), ("Royal New Zealand Navy", [])]),
        ("Officers of the Directorate of Criminal Investigations arrested two men in Nairobi.",
         [("Directorate of Criminal Investigations", [])]),
        # a bare head, a title word and a company are no bodies
        ("A former Navy SEAL was charged with fraud, and Navy Federal Credit Union lost money.", []),
        ("He sold shares of Authority Brands Inc. last year.", []),
        # a body's name before a place noun names the place
        ("The 2013 shooting at the Washington Navy Yard killed 12, and tourists fled Navy Pier.", []),
        ("Officers laid wreaths at the Harbor City Police Memorial on Friday.", []),
    ],
)
def test_centres_authorities_navies_and_directorates(nlp: Language, text: str,
                                                     expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "Department of X" ends before a comma: the next member is a name of its own
        ("Officers from the Ohio Department of Rehabilitation and Correction, Ohio State Highway Patrol and FBI "
         "searched the farm.",
         [("Ohio Department of Rehabilitation and Correction", []), ("Ohio State Highway Patrol", []), ("FBI", [])]),
        ("Deputies from the Georgia Department of Corrections, Georgia State Patrol and Atlanta Police Department "
         "searched the house.",
         [("Georgia Department of Corrections", []), ("Georgia State Patrol", []), ("Atlanta Police Department", [])]),
        # a place and state before a comma still open a name
        ("The Dover, Delaware, Police Department said the road was closed.",
         [("Dover, Delaware, Police Department", [])]),
        # a name with two inner 'and's, after a head or an acronym that closes the body before it
        ("Agents of the Coast Guard and Customs and Border Protection Air and Marine Operations seized the boat.",
         [("Coast Guard", []), ("Customs and Border Protection Air and Marine Operations", [])]),
        ("The FBI and Customs and Border Protection agents searched the truck.",
         [("FBI", []), ("Customs and Border Protection", [])]),
        # an 'and' after the head that closes a name with an 'and' of its own joins two bodies
        ("Agents of U.S. Immigration and Customs Enforcement and Homeland Security Investigations searched it.",
         [("U.S. Immigration and Customs Enforcement", []), ("Homeland Security Investigations", [])]),
        # an acronym or one-word body before 'and' shares no head with the name after it
        ("The arrests were made by the AFP and New Zealand Police after a long inquiry.",
         [("AFP", []), ("New Zealand Police", [])]),
        ("The FBI and Dallas Police worked the case together.", [("FBI", []), ("Dallas Police", [])]),
        ("Europol and Spanish National Police traced the money.", [("Europol", []), ("Spanish National Police", [])]),
        ("The RCMP and Toronto Police Service arrested four men.", [("RCMP", []), ("Toronto Police Service", [])]),
        # places still share one
        ("The Lancashire and Cumbria Police arrested six.", [("Lancashire Police", []), ("Cumbria Police", [])]),
    ],
)
def test_list_members_split_at_commas_and_acronyms(nlp: Language, text: str,
                                                   expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit named by an ordinal, direction or place before its unit word, or by a number or letter after
        ("Rear Adm. Jane Roe, commander of the Fifth Coast Guard District, praised the crews. Coast Guard "
         "Fifth District crews towed the boat.",
         [("Fifth Coast Guard District", ["Coast Guard Fifth District"])]),
        ("The case was worked by the RCMP Federal Policing Northwest Region with local police.",
         [("RCMP Federal Policing Northwest Region", [])]),
        ("Troopers of the Missouri State Highway Patrol Troop F and Troop C stopped the car.",
         [("Missouri State Highway Patrol Troop F", []), ("Troop C", [])]),
        ("Deputies of the Montgomery County Precinct 3 Constable’s Office served the warrant.",
         [("Montgomery County Precinct 3 Constable’s Office", [])]),
        ("Detectives from the NYPD 75th Precinct and the OPP West Region arrested him.",
         [("NYPD 75th Precinct", []), ("OPP West Region", [])]),
        ("The Chicago Police Department District 7 officers responded to the call.",
         [("Chicago Police Department District 7", [])]),
        # a unit word alone names a place; a numbered troop may be a scouts' one
        ("He joined Boy Scout Troop 212 in 2010.", []),
        ("Crime rose across North West Region last year, and he lives in District 7.", []),
    ],
)
def test_numbered_and_lettered_units(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named by itself is no alias of its own unit whose name starts with it
        ("The U.S. Marshals Service Great Lakes Regional Fugitive Task Force arrested him. The task force "
         "includes the U.S. Marshals Service and the Toledo Police Department.",
         [("U.S. Marshals Service Great Lakes Regional Fugitive Task Force", []), ("U.S. Marshals Service", []),
          ("Toledo Police Department", [])]),
        ("The New Zealand Police made arrests. New Zealand Police's National Organised Crime Group led the case.",
         [("New Zealand Police", []), ("New Zealand Police's National Organised Crime Group", [])]),
        ("The Texas Department of Public Safety Criminal Investigations Division led the case with the Texas "
         "Department of Public Safety.",
         [("Texas Department of Public Safety Criminal Investigations Division", []),
          ("Texas Department of Public Safety", [])]),
        ("Coast Guard crews embarked all 18 people, a Coast Guard Seventh District spokesperson said.",
         [("Coast Guard", []), ("Coast Guard Seventh District", [])]),
        ("The Ohio State Highway Patrol said. Ohio State Highway Patrol Troop F troopers stopped it.",
         [("Ohio State Highway Patrol", []), ("Ohio State Highway Patrol Troop F", [])]),
        # an owner with an 'of' complement before a possessive is a body of its own
        ("Border Force and the Police Service of Northern Ireland's Organised Crime Branch searched the lorry.",
         [("Border Force", []), ("Police Service of Northern Ireland's Organised Crime Branch", []),
          ("Police Service of Northern Ireland", [])]),
        # a form that only completes the name, or shortens a field office's, is the same body
        ("Deputy U.S. Marshals joined the U.S. Marshals Service in the sweep.",
         [("U.S. Marshals Service", ["U.S. Marshals"])]),
        ("Agents of the FBI's Richmond Field Office searched the house. FBI Richmond said the case is open.",
         [("FBI's Richmond Field Office", ["FBI Richmond"]), ("FBI", [])]),
    ],
)
def test_a_parent_body_is_not_folded_into_its_unit(nlp: Language, text: str,
                                                   expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive determiner opening a quote is no word of the name
        ("“My Medicaid Fraud Control Unit will follow the money,” the Attorney General said.",
         [("Medicaid Fraud Control Unit", [])]),
        ("“Your Police Department is here to help,” the chief said.", []),
        # 'on' a social media site says where to follow a body, it is no subject of its name
        ("Follow the Springfield Police Department on Facebook and Instagram.",
         [("Springfield Police Department", [])]),
        ("Follow CBP's Laredo Field Office on X for updates.", [("CBP's Laredo Field Office", []), ("CBP", [])]),
        ("The Governor's Office on Aging and the Office on Violence Against Women gave grants.",
         [("Governor's Office on Aging", []), ("Office on Violence Against Women", [])]),
    ],
)
def test_names_do_not_run_over_determiners_or_social_media_sites(nlp: Language, text: str,
                                                                 expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name in its own language in parentheses is an alias, as an acronym there is
        ("The Italian State Police (Polizia di Stato) and the Dutch National Police (Politie) arrested four.",
         [("Italian State Police", ["Polizia di Stato"]), ("Dutch National Police", ["Politie"])]),
        ("The Federal Criminal Police Office (Bundeskriminalamt, BKA) led the raids. The BKA seized servers.",
         [("Federal Criminal Police Office", ["Bundeskriminalamt", "BKA"])]),
        # a unit in parentheses is a body of its own
        ("The Justice Department (Criminal Division) filed the case.",
         [("Justice Department", []), ("Criminal Division", [])]),
    ],
)
def test_a_name_in_its_own_language_in_parentheses_is_an_alias(nlp: Language, text: str,
                                                               expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym opening a name stands for the body whose initials it spells
        ("The Tangipahoa Parish Sheriff's Office's Narcotics Division led the case. Call the TPSO Narcotics "
         "Division.",
         [("Tangipahoa Parish Sheriff's Office's Narcotics Division", ["TPSO Narcotics Division"]),
          ("Tangipahoa Parish Sheriff's Office", [])]),
        ("The Harbor County Sheriff's Office Gang Unit and the Harbor County Sheriff's Office made arrests. "
         "Call the HCSO Gang Unit.",
         [("Harbor County Sheriff's Office Gang Unit", ["HCSO Gang Unit"]), ("Harbor County Sheriff's Office", [])]),
        # a unit named only with the acronym is a body of its own
        ("The Harbor County Sheriff's Office (HCSO) said. The HCSO Gang Unit made arrests.",
         [("Harbor County Sheriff's Office", ["HCSO"]), ("HCSO Gang Unit", [])]),
    ],
)
def test_an_acronym_opening_a_name_is_spelled_out(nlp: Language, text: str,
                                                 expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contact line written as a sentence names whom to ask
        ("The FBI led the case. For further information please contact the U.S. Attorney's Public Affairs "
         "Office at press@example.gov.",
         [("FBI", [])]),
        ("The Harbor Police Department made the arrest.\n\nFor more information on the task force, contact "
         "the Harbor County Sheriff's Office at 555-0100.",
         [("Harbor Police Department", [])]),
        # a request for tips names the body that investigates
        ("Anyone with information is asked to contact the Harbor Police Department at 555-0100.",
         [("Harbor Police Department", [])]),
    ],
)
def test_contact_sentences_name_no_agency(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head keeps its modifier: another word before it names another body
        ("Mail handed to the Postal Service was stolen, the U.S. Postal Inspection Service said.",
         [("Postal Service", []), ("U.S. Postal Inspection Service", [])]),
        ("The Bakken Organized Crime Strike Force led it. The Bakken Strike Force said.",
         [("Bakken Organized Crime Strike Force", ["Bakken Strike Force"])]),
        # an acronym spells the start of a longer name that goes on the same way
        ("The U.S. Postal Service Office of Inspector General investigated. The USPS Office of Inspector "
         "General said.",
         [("U.S. Postal Service Office of Inspector General", ["USPS Office of Inspector General"])]),
        ("The Federal Bureau of Investigation Dallas Field Office and the FBI Houston Field Office met.",
         [("Federal Bureau of Investigation Dallas Field Office", []), ("FBI Houston Field Office", [])]),
    ],
)
def test_forms_of_one_body_and_near_names_of_two(nlp: Language, text: str,
                                                  expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb naming the body's task after its head opens its task, as 'for' does
        ("The Romanian General Directorate Countering Organised Crime and the Cyprus Police made arrests.",
         [("Romanian General Directorate Countering Organised Crime", []), ("Cyprus Police", [])]),
        ("The Serbian Service for Combating Organized Crime said.",
         [("Serbian Service for Combating Organized Crime", [])]),
        # other verbs after a head are no part of its name
        ("The Harbor Police Department Serving Harbor City said.", [("Harbor Police Department", [])]),
    ],
)
def test_task_verbs_after_a_head(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.fixture(scope="module")
def nlp_with_names() -> Language:
    """Our rules with the operations' and titles' rules, whose names and titles bound an agency's name."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("press_metadata")
    for key in (*RULE_FILES, "operations", "titles"):
        add_ruler(pipeline, key, load_rule_file(DEFAULT_PATTERNS_DIR / f"{key}.jsonl"))
    return pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words of an operation's name name no body, though they end in a head word
        ("The Coast Guard ran Operation Harbor Guard with its partners.", [("Coast Guard", [])]),
        ("During Operation Desert Patrol, the Mesa Police Department arrested 12 people.",
         [("Mesa Police Department", [])]),
        # a name never runs into a person's title after an acronym or a head
        ("\"We found it,\" said OPP Det.-Sgt. Jane Roe.", [("OPP", [])]),
        ("RCMP Cpl. John Roe said the RCMP Federal Policing North West Region led it.",
         [("RCMP", []), ("RCMP Federal Policing North West Region", [])]),
        # a title right after a body's acronym is the person's, whatever follows it
        ("AFP Commander Northern Command Jane Roe said the AFP was watching.", [("AFP", [])]),
        ("FBI Director Jane Roe said the FBI Denver Field Office led.", [("FBI", []), ("FBI Denver Field Office", [])]),
        # a place before a police chief's title is no body
        ("Harbor City, Ore., Police Chief Ann Lee spoke.", []),
    ],
)
def test_operation_names_and_titles_bound_names(nlp_with_names: Language, text: str,
                                                expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp_with_names, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an 'of' complement the rules closed before an 'and' ends there: two bodies
        ("Staff of the Department of Corrections and New Zealand Customs Service searched it.",
         [("Department of Corrections", []), ("New Zealand Customs Service", [])]),
        ("Officers of the Department of Corrections and Ohio State Highway Patrol met.",
         [("Department of Corrections", []), ("Ohio State Highway Patrol", [])]),
        # a country's name after the complement's 'and' starts another phrase
        ("thanks to the Department of Justice and Slovenia and Croatia authorities.", [("Department of Justice", [])]),
        ("the Department of Public Safety and Mexico authorities met", [("Department of Public Safety", [])]),
        # an 'and' inside the complement stays inside
        ("the Department of Health and Human Services joined", [("Department of Health and Human Services", [])]),
        # a plural possessive of people's titles inside a name
        ("The National Police Chiefs’ Council (NPCC) said.", [("National Police Chiefs’ Council", ["NPCC"])]),
        ("The Police Officers' Standards and Training Commission ruled.",
         [("Police Officers' Standards and Training Commission", [])]),
        ("Staff of the Prosecuting Attorneys’ Council of Georgia helped.",
         [("Prosecuting Attorneys’ Council of Georgia", [])]),
        # a lowercase plural possessive names nothing
        ("The officers' unit helped the FBI.", [("FBI", [])]),
        # an office named for its holder, with the holder's place before the title
        ("The case is prosecuted by the Office of the Ohio Attorney General (OAG).",
         [("Office of the Ohio Attorney General", ["OAG"])]),
        ("the Office of the Utah State Auditor and the FBI", [("Office of the Utah State Auditor", []), ("FBI", [])]),
        ("a statement from the Office of the Ohio Attorney General Jane Roe said",
         [("Office of the Ohio Attorney General", [])]),
        # a plural head a list of places shares, spelled out for each place
        ("Officers from the Kingston and Belleville Police Services arrested him.",
         [("Kingston Police Service", []), ("Belleville Police Service", [])]),
        ("The Peel, Halton and Durham Regional Police Services helped.",
         [("Peel Regional Police Service", []), ("Halton Regional Police Service", []),
          ("Durham Regional Police Service", [])]),
        # ... but not after common words, one body's name
        ("from the U.S. Border Patrol, U.S. Citizenship and Immigration Services (USCIS), and FBI",
         [("U.S. Border Patrol", []), ("U.S. Citizenship and Immigration Services", ["USCIS"]), ("FBI", [])]),
        ("the Department of Children and Family Services said", [("Department of Children and Family Services", [])]),
        # an owner with an 'and' of its own owns the unit, and is a body too
        ("Agents of the Drug and Firearms Squad's Chemical Operations Unit seized it.",
         [("Drug and Firearms Squad's Chemical Operations Unit", []), ("Drug and Firearms Squad", [])]),
        ("the Fraud and Corruption Bureau’s Asset Recovery Unit said",
         [("Fraud and Corruption Bureau’s Asset Recovery Unit", []), ("Fraud and Corruption Bureau", [])]),
        # ... but two names with an 'and' each are a mention each
        ("U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations arrested him.",
         [("U.S. Immigration and Customs Enforcement", []), ("Enforcement and Removal Operations", [])]),
        # a plural head with an 'of' after it is one body when an acronym in parentheses names it
        ("a Harbor Police Joint Forces of Rapid Action (JFRA) boat crew and an FBI team",
         [("Harbor Police Joint Forces of Rapid Action", ["JFRA"]), ("FBI", [])]),
        ("the Police Departments of Cypress, Buena Park and Anaheim helped", []),
        # a force's acronym with "Police" after it is the force's acronym; another body's is not
        ("Homes were searched by AFP Police on Monday. The Australian Federal Police (AFP) led it.",
         [("Australian Federal Police", ["AFP"])]),
        ("The MTA Police and the Metropolitan Transportation Authority (MTA) said.",
         [("MTA Police", []), ("Metropolitan Transportation Authority", ["MTA"])]),
        # a detective's title right before a head names the unit ...
        ("Officers of the NYPD Detective Bureau and the 12th Precinct Detective Squad said.",
         [("NYPD Detective Bureau", []), ("12th Precinct Detective Squad", [])]),
        # ... but after a unit's name it is a person's title, and after a body's head it opens no name
        ("said Harbor Police Gang Squad Detective Jane Roe", [("Harbor Police Gang Squad", [])]),
        ("The case was handled by Harbor City Police Department Detective Bureau’s Harbor North Gang Squad.",
         [("Harbor City Police Department", []), ("Harbor North Gang Squad", [])]),
        # interagency groups and coordination centres are bodies
        ("The Caribbean Border Interagency Group (CBIG) led.", [("Caribbean Border Interagency Group", ["CBIG"])]),
        ("The National County Lines Coordination Centre helped.", [("National County Lines Coordination Centre", [])]),
        ("the National Intellectual Property Rights Coordination Center said",
         [("National Intellectual Property Rights Coordination Center", [])]),
        # a company's group is still no body
        ("the Moore Communications Group said", []),
    ],
)
def test_possessives_complements_and_shared_plural_heads(nlp: Language, text: str,
                                                         expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.fixture(scope="module")
def extractor():
    """The whole pipeline: the officials found first tell a person's possessive from a body's."""
    from extractor import Extractor

    return Extractor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official's possessive owns the unit but is no part of its name, in the headline too
        ("Roe's Gang Prosecution Unit Secures Conviction in Harbor City Case\n\n"
         "HARBOR CITY - Attorney General Jane Roe announced today that a jury convicted the man.",
         [("Gang Prosecution Unit", [])]),
        ("Attorney General Jane Roe said Roe’s Elder Abuse Unit won the case.", [("Elder Abuse Unit", [])]),
        # a headline name no possessive opens still joins only bodies the text names
        ("Harbor Gang Prosecution Unit Secures Conviction\n\nHARBOR CITY - A jury convicted the man.", []),
    ],
)
def test_an_officials_possessive_opens_a_units_name(extractor, text: str,
                                                    expected: list[tuple[str, list[str]]]) -> None:
    assert [(a.name, a.aliases) for a in extractor.extract(text, release_date="2024-05-01").agencies] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a slash written tight inside a name joins its words
        ("Members of the Harbor Marshals Service Gulf/Caribbean Regional Fugitive Task Force arrested him.",
         [("Harbor Marshals Service Gulf/Caribbean Regional Fugitive Task Force", [])]),
        ("Detectives from the Gang/Narcotics Unit of the Mesa Police Department served it.",
         [("Gang/Narcotics Unit", []), ("Mesa Police Department", [])]),
        ("The police and/or the sheriff responded.", []),
        # a plain word before 'and' belongs to the bare name after it; a head before it ends a body
        ("HM Revenue and Customs officers seized the tobacco.", [("HM Revenue and Customs", [])]),
        ("Her Majesty's Revenue and Customs investigated the fraud.", [("Her Majesty's Revenue and Customs", [])]),
        ("His Majesty's Prison and Probation Service recalled him.",
         [("His Majesty's Prison and Probation Service", [])]),
        ("Her Majesty thanked the officers.", []),
        # an 'of' name inside an 'of' name keeps its own 'and'
        ("The Office of Inspector General for the Harbor Department of Health and Human Services investigated.",
         [("Office of Inspector General for the Harbor Department of Health and Human Services", [])]),
        ("The Office of Inspector General for the Department of Education and the FBI investigated.",
         [("Office of Inspector General for the Department of Education", []), ("FBI", [])]),
        # an office named after its holder keeps the holder's title
        ("The Office of the Director of Public Prosecutions laid charges.",
         [("Office of the Director of Public Prosecutions", [])]),
        ("The Office of the Commissioner of Police said so.", [("Office of the Commissioner of Police", [])]),
    ],
)
def test_slashes_plain_words_before_and_nested_of_names_and_holder_titles(
        nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places listed before one singular head name one joint body; a plural head shares itself out
        ("The Northshire, Westshire and Eastshire Major Crime Unit led the inquiry.",
         [("Northshire, Westshire and Eastshire Major Crime Unit", [])]),
        ("The Beaumont, Hemet and Riverside Police Departments took part.",
         [("Beaumont Police Department", []), ("Hemet Police Department", []), ("Riverside Police Department", [])]),
        # two items take no comma before 'and': no shared head
        ("The case was brought by CPS North West, and British Transport Police investigated.",
         [("CPS North West", []), ("British Transport Police", [])]),
        # a region after an acronym names its office; common nouns do not
        ("NCA North East said more would come.", [("NCA North East", [])]),
        ("Call the FBI Tip Line now.", [("FBI", [])]),
    ],
)
def test_joint_places_two_item_lists_and_acronym_regions(nlp: Language, text: str,
                                                         expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural head after an 'and' that follows a body's head is a body of its own
        ("The Harbor Police Service, Bay Police Service and Northland Law Enforcement Response Teams (NLERT) "
         "took part.", [("Harbor Police Service", []), ("Bay Police Service", []),
                        ("Northland Law Enforcement Response Teams", ["NLERT"])]),
        ("The Denver and Lakewood Police Departments took part.",
         [("Denver Police Department", []), ("Lakewood Police Department", [])]),
        # a division named by a quoted letter after the force's acronym
        ('The RCMP "E" Division seized the drugs.', [('RCMP "E" Division', [])]),
        ("He played in the “A” Division league.", []),
    ],
)
def test_plural_heads_after_bodies_and_lettered_divisions(nlp: Language, text: str,
                                                          expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office named after its holder ends before the holder's name
        ("The Office of Attorney General Jane Roe filed the suit. “We won,” Roe said.",
         [("Office of Attorney General", [])]),
        ("The Office of Sheriff John Doe thanked the public.", [("Office of Sheriff", [])]),
        # a name with no official in it stays whole
        ("The Office of Attorney General filed the suit.", [("Office of Attorney General", [])]),
    ],
)
def test_a_name_ends_before_an_officials_name(extractor, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(a.name, a.aliases) for a in extractor.extract(text, release_date="2024-05-01").agencies] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name before a school's, a charity's, a union's or a programme's names no body
        ("The Harbor Police Athletic League hosted the event.", []),
        ("The Bureau of Justice Assistance funded the Smart Policing Initiative.",
         [("Bureau of Justice Assistance", [])]),
        ("Recruits graduated from the Harbor Police Academy.", []),
        # a body's own units and titles still follow its name
        ("The Harbor Police Gang Unit arrested him.", [("Harbor Police Gang Unit", [])]),
    ],
)
def test_names_of_schools_charities_and_programmes_name_no_body(nlp: Language, text: str,
                                                                expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'Media' is a word of units' names; a release's 'Media Release' line names no unit
        ("The Harbor Police Media Relations Unit said 40 were arrested.", [("Harbor Police Media Relations Unit", [])]),
        ("According to the Police Media Division, officers seized the heroin.", [("Police Media Division", [])]),
    ],
)
def test_media_units(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_acronyms_of_bodies_abroad(nlp: Language) -> None:
    assert records(nlp, "Officers were joined by the DVLA, the DWP and SAPOL.") == [
        ("DVLA", []), ("DWP", []), ("SAPOL", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country before a possessive owns a body whose own name is whole
        ("It involved Canada’s Durham Regional Police and the OPP.", [("Durham Regional Police", []), ("OPP", [])]),
        ("Officers from Brazil’s Federal Police arrested him.", [("Brazil’s Federal Police", [])]),
        # a sentence's first word that is only a verb is a command, no word of a name
        ("Follow the Harbor Police Department on X for updates.", [("Harbor Police Department", [])]),
    ],
)
def test_country_owners_and_opening_commands(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_a_police_district_names_no_body_by_itself(nlp: Language) -> None:
    assert records(nlp, "Officers from the Northville City and Eastport Police Districts helped.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body whose offices a shared-head list names owns every office in it
        ("The FBI Tampa and Miami Field Offices took part.",
         [("FBI Tampa Field Office", []), ("FBI Miami Field Office", [])]),
        ("The Statewide Narcotics Task Force Southwest and North Central Offices took part.",
         [("Statewide Narcotics Task Force Southwest Office", []),
          ("Statewide Narcotics Task Force North Central Office", [])]),
    ],
)
def test_an_owner_of_listed_offices_owns_them_all(nlp: Language, text: str,
                                                  expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'Enforcement of ...' names an activity, not a body
        ("Officers acted under the Guidelines for the Enforcement of Civil Immigration Law issued in 2021.", []),
        ("The Division of Law Enforcement helped.", [("Division of Law Enforcement", [])]),
    ],
)
def test_enforcement_of_a_law_is_no_body(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym that spells the words on both sides of an 'and' makes them one name
        ("The Crown Office and Procurator Fiscal Service (COPFS) has been informed.",
         [("Crown Office and Procurator Fiscal Service", ["COPFS"])]),
        # words after an 'and' that spell a known body's acronym are that body
        ("The Federal Bureau of Investigation and Homeland Security Investigations (HSI) worked together.",
         [("Federal Bureau of Investigation", []), ("Homeland Security Investigations", ["HSI"])]),
        ("The Federal Bureau of Investigation and Homeland Security Investigations worked together.",
         [("Federal Bureau of Investigation", []), ("Homeland Security Investigations", [])]),
        ("The Department of Health and Human Services (HHS) helped.",
         [("Department of Health and Human Services", ["HHS"])]),
    ],
)
def test_acronyms_decide_what_an_and_joins(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gardaí searched 12 homes.\n\nENDS\nGarda Press Office\n",
        "Deputies arrested four men.\n\n###\nHarbor County Sheriff's Office\n",
    ],
)
def test_a_sign_off_after_the_end_mark_names_no_body(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of generic words is a name when the text defines an acronym for it
        ("The Enforcement Directorate (ED) attached six flats, and ED officers questioned him.",
         [("Enforcement Directorate", ["ED"])]),
        ("Officers from the Police Department arrested him.", []),
        # heads English keeps from other languages
        ("The Royal Netherlands Marechaussee (KMar) stopped two vans.",
         [("Royal Netherlands Marechaussee", ["KMar"])]),
        ("The file went to the Supreme People's Procuratorate.", [("Supreme People's Procuratorate", [])]),
    ],
)
def test_defined_generic_names_and_borrowed_heads(nlp: Language, text: str,
                                                   expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_one_generic_unit_name_under_two_owners_is_two_bodies(nlp: Language) -> None:
    text = ("The Harbor Fisheries Service's Office of Law Enforcement worked with the Coastal Wildlife Agency's "
            "Office of Law Enforcement.")
    assert records(nlp, text) == [
        ("Harbor Fisheries Service's Office of Law Enforcement", []), ("Harbor Fisheries Service", []),
        ("Coastal Wildlife Agency's Office of Law Enforcement", []), ("Coastal Wildlife Agency", []),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news style writes the shared head of a list of places in lower case
        ("Officers from the Alder, Birchwood and Cedarton police departments searched 9 homes.",
         [("Alder Police Department", []), ("Birchwood Police Department", []), ("Cedarton Police Department", [])]),
        ("Deputies from the Alder and Birchwood county sheriff's offices took part.",
         [("Alder County Sheriff's Office", []), ("Birchwood County Sheriff's Office", [])]),
        # no list of places, or no service word before the head: no bodies
        ("Several local police departments and state law enforcement agencies helped.", []),
        ("The Alder and Birchwood law enforcement agencies helped.", []),
    ],
)
def test_lowercase_shared_heads_after_a_list_of_places(nlp: Language, text: str,
                                                       expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_two_items_of_one_list_are_two_bodies_however_alike(nlp: Language) -> None:
    text = ("Help came from the Alder Police Department, Alder Valley Police Department, and the Birchwood "
            "Police Department.")
    assert records(nlp, text) == [("Alder Police Department", []), ("Alder Valley Police Department", []),
                                  ("Birchwood Police Department", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalized words after the head belong to the name when the acronym after them spells it whole
        ("The case went to the Investigating Directorate Against Corruption (IDAC).",
         [("Investigating Directorate Against Corruption", ["IDAC"])]),
        ("The Drug Enforcement Administration Special Agents (DEA) helped.", [("Drug Enforcement Administration",
                                                                              ["DEA"])]),
        ("Agents of the Forest Service charged him under the Cave Resources Protection Act (CRPA).",
         [("Forest Service", [])]),
        # places that repeat the shared phrase's first word, and a plural possessive made singular
        ("The cases were filed by the Alder County and Birch County District Attorneys' Offices.",
         [("Alder County District Attorney's Office", []), ("Birch County District Attorney's Office", [])]),
        ("Deputies from the Alder County, Birch County and Cedar County Sheriff's Offices took part.",
         [("Alder County Sheriff's Office", []), ("Birch County Sheriff's Office", []),
          ("Cedar County Sheriff's Office", [])]),
    ],
)
def test_spelled_acronyms_and_lists_repeating_the_place_kind(nlp: Language, text: str,
                                                             expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Roman numeral after a head numbers one office of several
        ("Agents from the Harbor Drug Agency Regional Office IV-A arrested three.",
         [("Harbor Drug Agency Regional Office IV-A", [])]),
        ("I met the Harbor Drug Agency Regional Office. I said so.", [("Harbor Drug Agency Regional Office", [])]),
        # a capitalized word in parentheses between name words is inside the name
        ("Officers of the Alder (Birch) Nation Police Department arrested 14 people.",
         [("Alder (Birch) Nation Police Department", [])]),
        ("The Federal Bureau of Investigation (FBI) Denver Field Office helped.",
         [("Federal Bureau of Investigation", ["FBI"]), ("Denver Field Office", [])]),
    ],
)
def test_roman_designators_and_parenthesized_name_words(nlp: Language, text: str,
                                                        expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nonprofits and self-regulators named like agencies are no agencies
        ("The National Insurance Crime Bureau (NICB) assisted the Harbor Department of Insurance.",
         [("Harbor Department of Insurance", [])]),
        ("The Financial Industry Regulatory Authority referred the case to the Harbor Securities Commission.",
         [("Harbor Securities Commission", [])]),
        ("The Better Business Bureau warned consumers.", []),
    ],
)
def test_non_government_bodies_named_like_agencies(nlp: Language, text: str,
                                                   expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before the acronym of a force that names its detachments so is one body
        ("Alderton RCMP dismantled a dial-a-dope line with the BC RCMP.", [("Alderton RCMP", []), ("BC RCMP", [])]),
        ("Members of the Birch County OPP detachment searched a home.", [("Birch County OPP detachment", [])]),
        ("The Alderton RCMP's Targeted Enforcement Unit (TEU) charged five.",
         [("Alderton RCMP's Targeted Enforcement Unit", ["TEU"]), ("Alderton RCMP", [])]),
        # the posts of a state police share their plural head
        ("Troopers from the Alder North and Birch Hill Posts patrolled.",
         [("Alder North Post", []), ("Birch Hill Post", [])]),
    ],
)
def test_detachments_by_place_and_shared_posts(nlp: Language, text: str,
                                               expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chain of possessives names each owner
        ("Detectives from the Harbor Police Force's State Crime Command's Drug Squad searched a home.",
         [("Harbor Police Force's State Crime Command's Drug Squad", []),
          ("Harbor Police Force's State Crime Command", []), ("Harbor Police Force", [])]),
        # districts of a police are places, not forces
        ("Officers from Alder and Birch Vale Police Districts searched homes.", []),
    ],
)
def test_possessive_chains_and_police_districts(nlp: Language, text: str,
                                                expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_a_spelled_acronym_after_a_possessive_spells_the_unit(nlp: Language) -> None:
    text = "The case went to the Harbor Prosecuting Authority's Investigating Directorate Against Corruption (IDAC)."
    assert records(nlp, text) == [
        ("Harbor Prosecuting Authority's Investigating Directorate Against Corruption", ["IDAC"]),
        ("Harbor Prosecuting Authority", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'Against' opens a body's task after a head; a centre against crime is a body
        ("Officers of the National Centre Against Organised Crime arrested two.",
         [("National Centre Against Organised Crime", [])]),
        ("The Harbor Unit Against Human Trafficking arrested two.", [("Harbor Unit Against Human Trafficking", [])]),
        # a name in its own language in parentheses is whole, and the English name written first is the name
        ("Belgium: Federal Judicial Police (Federale Gerechtelijke Politie) took part.",
         [("Federal Judicial Police", ["Federale Gerechtelijke Politie"])]),
        ("The Italian State Police (Polizia di Stato) took part.", [("Italian State Police", ["Polizia di Stato"])]),
    ],
)
def test_against_complements_and_names_in_their_own_language(nlp: Language, text: str,
                                                             expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # when the other places of a shared-head list are states, the last one is its state too
        ("Assisting were the Ohio and Kentucky Medicaid Fraud Control Units.",
         [("Ohio Medicaid Fraud Control Unit", []), ("Kentucky Medicaid Fraud Control Unit", [])]),
        ("The Oregon and Washington State Police helped.",
         [("Oregon State Police", []), ("Washington State Police", [])]),
        ("The New York and New Jersey State Police helped.",
         [("New York State Police", []), ("New Jersey State Police", [])]),
        ("The Alder and Birch Vale Police Departments helped.",
         [("Alder Police Department", []), ("Birch Vale Police Department", [])]),
        # an acronym in parentheses that spells the words before it stays inside the name
        ("The Harbor Regional Drug Opioid (HRDO) Strike Force led the case.",
         [("Harbor Regional Drug Opioid (HRDO) Strike Force", [])]),
        ("The Drug Enforcement Administration (DEA) Harbor Field Office led the case.",
         [("Drug Enforcement Administration", ["DEA"]), ("Harbor Field Office", [])]),
    ],
)
def test_state_lists_and_acronyms_inside_names(nlp: Language, text: str,
                                               expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one office for each district a plural 'Offices for the ...' lists
        ("The case was prosecuted by the U.S. Attorneys' Offices for the Southern District of Ohio and the Eastern "
         "District of Kentucky.", [("U.S. Attorney's Office for the Southern District of Ohio", []),
                                   ("U.S. Attorney's Office for the Eastern District of Kentucky", [])]),
        ("The U.S. Attorney's Offices for the Northern and Southern Districts of Texas filed charges.",
         [("U.S. Attorney's Office for the Northern District of Texas", []),
          ("U.S. Attorney's Office for the Southern District of Texas", [])]),
    ],
)
def test_offices_for_several_districts(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme named after a body's service is no body; after a strong head the body is still named
        ("Victims were referred to the Harbor Sheriff's Office Victim Services Program.", []),
        ("Details of the Harbor Drug Task Force Program were released.", [("Harbor Drug Task Force", [])]),
        # a community centre is no body
        ("Youths met at the Galaxy Drug Awareness and Gang Prevention Center.", []),
    ],
)
def test_programmes_and_community_centres(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place right after the acronym a name defines is that body's office there
        ("Harbor Security Investigations (HSI) Tampa assisted on the U.S. side.",
         [("Harbor Security Investigations", ["HSI"]), ("HSI Tampa", [])]),
        # a title or a longer unit name after the acronym is no place
        ("The Harbor Bureau of Investigation (HBI) Special Agent Jane Roe spoke.",
         [("Harbor Bureau of Investigation", ["HBI"])]),
        ("Harbor Crime Agency (HCA) County Lines lead Jane Roe said so.", [("Harbor Crime Agency", ["HCA"])]),
    ],
)
def test_offices_named_by_a_place_after_the_acronym(nlp: Language, text: str,
                                                    expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_a_bare_service_name_before_an_and_stays_apart_from_the_name_an_acronym_spells(nlp: Language) -> None:
    text = "The box was flagged by a joint Customs and Ministry for Harbor Industries (MHI) targeting centre."
    assert records(nlp, text) == [("Customs", []), ("Ministry for Harbor Industries", ["MHI"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two states of an 'of' phrase joined by 'and', the name going on to a head, are one body's places
        ("Officers of the Port Authority of New York and New Jersey Police Department made the arrest.",
         [("Port Authority of New York and New Jersey Police Department", [])]),
        ("The Department of Corrections and New Zealand Customs Service acted.",
         [("Department of Corrections", []), ("New Zealand Customs Service", [])]),
    ],
)
def test_two_states_of_one_body(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_prosecutors_offices_share_a_head(nlp: Language) -> None:
    text = "Help came from the Alder, Birch and Cedar County Prosecutor's Offices."
    assert records(nlp, text) == [("Alder County Prosecutor's Office", []), ("Birch County Prosecutor's Office", []),
                                  ("Cedar County Prosecutor's Office", [])]


def test_no_part_of_a_letterhead_line_is_a_body(nlp: Language) -> None:
    text = ("Harbor Department of Health and Human Services\nOffice of Public Affairs\n\nHeadline Here\n\n"
            "Agents of the Harbor Police Department arrested two men on Monday.")
    assert records(nlp, text) == [("Harbor Police Department", [])]


@pytest.mark.parametrize(
    "letterhead",
    ["Harbor National Guard\nJoint Force Headquarters Public Affairs\nCamp Alder, Harbor City\n\n",
     "Harbor Department of Revenue\nPress Office | 4 Strawberry Square, Harbor City\n\n",
     "Alderpol – European Harbor and Coast Guard Agency\nPress Office, Warsaw\n\n"],
)
def test_name_lines_of_a_letterhead_feed_nothing(nlp: Language, letterhead: str) -> None:
    """Every line of a letterhead that is nothing but name words (before an address after '|') is the
    publisher's, whatever word ends it."""
    text = letterhead + "Agents of the Harbor Police Department arrested two men on Monday."
    assert records(nlp, text) == [("Harbor Police Department", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents of the Harbor Police Department arrested two men.\n\nHarbor Police Media and Public Affairs Section",
         [("Harbor Police Department", [])]),
        ("Taking part were:\n\nAlder Police Department\nBirch Police Department\nATF",
         [("Alder Police Department", []), ("Birch Police Department", []), ("ATF", [])]),
    ],
)
def test_a_name_line_closing_the_release_after_prose_signs_off(nlp: Language, text: str,
                                                                expected: list[tuple[str, list[str]]]) -> None:
    """A last line of name words after prose is the publisher's sign-off; after other name lines it ends a list of
    the bodies that took part."""
    assert records(nlp, text) == expected


def test_a_person_before_the_comma_is_no_place_of_the_body_after_it() -> None:
    """'said Colonel Ann D. Roe, Virginia State Police Superintendent': the official's name (found by the
    officials stage first) is no place of a 'Place, State Police' name, so no 'Colonel' is left of it."""
    from extractor import Extractor as _Extractor

    record = _Extractor().extract('"We acted," said Colonel Ann D. Roe, Virginia State Police Superintendent. '
                                  '"We will again," she said. Virginia State Police troopers made 12 arrests.')
    assert [a.name for a in record.agencies] == ["Virginia State Police"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department named by its function and its country or region, with no head word
        ("Officers from Immigration New Zealand and Fisheries New Zealand inspected 12 vessels.",
         [("Immigration New Zealand", []), ("Fisheries New Zealand", [])]),
        ("The case was supported by Health Canada, Transport Canada and Public Safety Canada.",
         [("Health Canada", []), ("Transport Canada", []), ("Public Safety Canada", [])]),
        ("Fisheries and Oceans Canada, Corrective Services NSW and the RCMP took part.",
         [("Fisheries and Oceans Canada", []), ("Corrective Services NSW", []), ("RCMP", [])]),
        ("The Toronto Police and Health Canada searched the lab.", [("Toronto Police", []), ("Health Canada", [])]),
        ("He flew Air Canada and was charged under the Customs Act and the Immigration Act.", []),
        # news style: a force's head in lowercase after a place
        ("The Kessel County sheriff's office said three men were arrested.",
         [("Kessel County sheriff's office", [])]),
        ("The county sheriff's office said three men were arrested.", []),
        # a unit joined to its parent by a hyphen stays in one name
        ("The Texas Department of Public Safety-Criminal Investigation Division and other agencies took part.",
         [("Texas Department of Public Safety-Criminal Investigation Division", [])]),
        # a known acronym before a comma ends a name: the state's body after it is one of its own
        ("The arrests came after work by the FBI, Arizona Department of Public Safety, Bureau of Indian Affairs, "
         "and others.", [("FBI", []), ("Arizona Department of Public Safety", []), ("Bureau of Indian Affairs", [])]),
        # a name with commas inside, hard-wrapped after one of them
        ("The investigation was joined by the Drug Enforcement Administration; the Bureau of Alcohol,\n"
         "Tobacco, Firearms, and Explosives; and the Flagstaff Police Department.",
         [("Drug Enforcement Administration", []), ("Bureau of Alcohol, Tobacco, Firearms, and Explosives", []),
          ("Flagstaff Police Department", [])]),
        # an acronym spelling only the parent of a run-on parent and unit names the parent
        ("U.S. Customs and Border Protection Office of Field Operations officers seized 3 kilograms. CBP officers "
         "arrested the driver.", [("U.S. Customs and Border Protection Office of Field Operations", []), ("CBP", [])]),
        # a force's name before a building is the building's
        ("He was taken to a Garda station in Swords and later to Lorton Police Station.", []),
        ("Crews from Coast Guard Station Fort Pierce and Coast Guard Air Station Kessel responded.",
         [("Coast Guard Station Fort Pierce", []), ("Coast Guard Air Station Kessel", [])]),
        # capitals in a dateline or headline that end like a sheriff's office's acronym; an act after an acronym
        ("EL PASO, Texas -- CBP officers seized 3 pounds.", [("CBP", [])]),
        ("GNDOCB Seizure of €374,000 - One Arrest", [("GNDOCB", [])]),
        ("JCSO deputies arrested three men.", [("JCSO", [])]),
        # a place holding a body's acronym shares no 'Police'
        ("The probe led the Kitchener RCMP and Brantford Police to search two homes.",
         [("Kitchener RCMP", []), ("Brantford Police", [])]),
        # a state's force or a field office before a rank and a name
        ("The arrests were made by Maryland State Police Detective Sergeant Ann Roe.", [("Maryland State Police", [])]),
        ("Pictured: FBI Baltimore Special Agent in Charge Tom Roe.", [("FBI Baltimore", [])]),
        ("Police Commissioner Jane Roe said.", []),
        # a county's name after a common noun's 'and' opens a body of its own; a person's name before 'and' too
        ("Agents with ALEA Narcotics and DeKalb County Sheriff's Office deputies searched two homes.",
         [("DeKalb County Sheriff's Office", [])]),
        ("Deputies of the Lewis and Clark County Sheriff's Office searched.",
         [("Lewis and Clark County Sheriff's Office", [])]),
        ("Revenue Secretary Ann S. Roe and Kessel State Police Commissioner Tom Poe announced charges.",
         [("Kessel State Police", [])]),
        # a centre named by what it secures, spelled by its acronym; acronyms of public bodies
        ("Partners at the Joint Maritime Security Centre (JMSC) removed the drugs with FINTRAC and EMSOU.",
         [("Joint Maritime Security Centre", ["JMSC"]), ("FINTRAC", []), ("EMSOU", [])]),
        # a navy named bare in a list of bodies (not in "Navy SEAL"); a probation and parole service
        ("The operation was a joint effort by the Coast Guard, Navy, Customs and Border Protection and FBI.",
         [("Coast Guard", []), ("Navy", []), ("Customs and Border Protection", []), ("FBI", [])]),
        ("The Kessel Bureau of Investigation, Kessel Probation and Parole, and the FBI helped. He was on Probation "
         "and Parole.", [("Kessel Bureau of Investigation", []), ("Kessel Probation and Parole", []), ("FBI", [])]),
        # a Title Case headline's verb ends a complement
        ("Department of Justice\n\nKessel Attorney's Office And The Federal Bureau Of Investigation Announce Increased "
         "Commitment\n\nKESSEL - The Kessel Attorney's Office and the Federal Bureau of Investigation Kessel Division "
         "said.", [("Kessel Attorney's Office", []), ("Federal Bureau Of Investigation", []),
                   ("Federal Bureau of Investigation Kessel Division", [])]),
        # a numbered unit; a unit after a spaced dash stays with its body
        ("Agents from DEA Group 6 and the Southwest Border Group 2 arrested him.",
         [("DEA Group 6", []), ("Southwest Border Group 2", [])]),
        ("The Kessel Area Metropolitan Enforcement Group – Drug Unit arrested three men.",
         [("Kessel Area Metropolitan Enforcement Group – Drug Unit", [])]),
        # a town named "... City" keeps its word; region words share the words after the last one
        ("The Lakeland, Winter Haven and Kessel City Police Departments assisted.",
         [("Lakeland Police Department", []), ("Winter Haven Police Department", []),
          ("Kessel City Police Department", [])]),
        ("Officers from the department's Southeast and Southwest Area Commands took part.",
         [("Southeast Area Command", []), ("Southwest Area Command", [])]),
        # a headline leaves inner words of a body's name out
        ("Kessel Medicaid Fraud Unit Secures 22 Convictions\n\nKESSEL - The Kessel Medicaid Fraud Control Unit "
         "secured 22 convictions.", [("Kessel Medicaid Fraud Control Unit", ["Kessel Medicaid Fraud Unit"])]),
        # what a body runs, and the building a county's jail is in, are no bodies
        ("Victims can call the DOJ Consumer Hotline or the FBI. He was booked into the Kessel County Law "
         "Enforcement Center.", [("DOJ", []), ("FBI", [])]),
        # lowercase plural heads after counties; a hyphened place; a joint force written with '&'
        ("Personnel from the Brevard, Citrus and Osceola County sheriff's offices searched.",
         [("Brevard County Sheriff's Office", []), ("Citrus County Sheriff's Office", []),
          ("Osceola County Sheriff's Office", [])]),
        ("Officers from Gwent, South Wales and Dyfed-Powys police executed 17 warrants for Devon & Cornwall Police.",
         [("Gwent police", []), ("South Wales police", []), ("Dyfed-Powys police", []),
          ("Devon & Cornwall Police", [])]),
        # a name hard-wrapped after "U.S."; a country's name in capitals is no "...DA" acronym
        ("CANADA, September 6 - The mission of the U.S. mail and of the agency that guards it, the U.S.\n"
         "Postal Inspection Service, is safety.", [("U.S. Postal Inspection Service", [])]),
        # a head phrase ends a name before the comma of a list; a minister's portfolio is no body
        ("Agencies included Kessel State Police, Kessel Probation and Parole, Kessel Army National Guard and the FBI.",
         [("Kessel State Police", []), ("Kessel Probation and Parole", []), ("Kessel Army National Guard", []),
          ("FBI", [])]),
        ("Minister of Public Safety and Emergency Services Tom Roe said the International Criminal Police "
         "Organization helped.", [("International Criminal Police Organization", [])]),
        # an RCMP division's letter in quotes; a rank after 'Commanding'
        ("The RCMP and “D” Division Police Dog Services helped, Kessel RCMP Commanding Officer Assistant "
         "Commissioner Ann Roe said.", [("RCMP", []), ("“D” Division Police Dog Services", []), ("Kessel RCMP", [])]),
        # an ordinal in figures is the ordinal in words; a town's name after a direction word is another town
        ("The 4th Judicial District Attorney's Office and the Fourth Judicial District Attorney's Office helped.",
         [("Fourth Judicial District Attorney's Office", [])]),
        ("The Kessel task force includes:\n\nMonroe Police Department\n\nWest Monroe Police Department\n",
         [("Monroe Police Department", []), ("West Monroe Police Department", [])]),
        # a prosecutor's district after a comma; justice.gov's office line under "For Immediate Release"
        ("Headline Here\n\nFor Immediate Release\n\nU.S. Attorney's Office, Northern District of Kessel\n\n"
         "Prosecutors from the U.S. Attorney's Office, Western District of Lorton, charged him.",
         [("U.S. Attorney's Office, Western District of Lorton", [])]),
        # a one-word body in its own language, then its state; stations named by place are units, not a force's
        # buildings
        ("The Landeskriminalamt Baden-Württemberg, Interpol Washington and NOAA Fisheries helped. The Eurojust "
         "Vice-President said.", [("Landeskriminalamt Baden-Württemberg", []), ("Interpol Washington", []),
                                  ("NOAA Fisheries", []), ("Eurojust", [])]),
        ("Agents from the Zapata and Hebbronville Stations found a stash house. He was taken to the Kessel and "
         "Lorton police stations.", [("Zapata Station", []), ("Hebbronville Station", [])]),
        # an Australian force's acronym that spells no initials joins the force the text names
        ("South Australia Police and the Queensland Police worked together. SAPOL and QPS said.",
         [("South Australia Police", ["SAPOL"]), ("Queensland Police", ["QPS"])]),
        # a headline's acronym that only opens the body's name of one body is that body's
        ("IRS Helps Nab Cartel Kingpins\n\nWASHINGTON - The IRS Criminal Investigation unit helped.",
         [("IRS Criminal Investigation", ["IRS"])]),
        ("RCMP Seize Explosive Device\n\nKESSEL - Members of the RCMP Kessel District Crime Reduction Unit helped.",
         [("RCMP", []), ("RCMP Kessel District Crime Reduction Unit", [])]),
        # "United States" is "U.S." (a state's attorney's office is another body); strike forces listed by name
        ("The United States Attorney's Office, the U.S. Attorney's Office and the State Attorney's Office helped.",
         [("United States Attorney's Office", ["U.S. Attorney's Office"]), ("State Attorney's Office", [])]),
        ("Detectives from Strike Forces Cunich and Eos arrested 3 men.",
         [("Strike Force Cunich", []), ("Strike Force Eos", [])]),
        # what a body is said to be: a programme
        ("HIDTA stands for High Intensity Drug Trafficking Area, a program designed to help.", [("HIDTA", [])]),
        # lowercase words of what shared units do, after towns ("interagency narcotics teams")
        ("Also assisting were the Westside and Linn interagency narcotics teams. The Alpha and Bravo patrol teams "
         "helped.", [("Westside Interagency Narcotics Team", []), ("Linn Interagency Narcotics Team", [])]),
        # the last line of a list of bodies, after a line with its office in parentheses, is no sign-off
        ("Agencies taking part:\n\nKessel Highway Patrol (Lorton Office)\n\nKessel Department of Public Safety",
         [("Kessel Highway Patrol", []), ("Lorton Office", []), ("Kessel Department of Public Safety", [])]),
        # a drug written in capitals
        ("Police seized drugs believed to be ICE, 3 grams of ICE, methylamphetamine (ICE) and a drug known as ICE. "
         "He was handed to ICE.", [("ICE", [])]),
    ],
)
def test_bodies_named_by_place_lowercase_heads_and_parents(nlp: Language, text: str,
                                                           expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county's probation department named by the county alone
        ("Officers from Kern County Probation, the Delano Police Department and Tulare County Probation took part.",
         [("Kern County Probation", []), ("Delano Police Department", []), ("Tulare County Probation", [])]),
        ("The Kern County Probation Department joined the sweep.", [("Kern County Probation Department", [])]),
        # no body: a sentence, a lowercase word, a person's title
        ("He was placed on county probation for a year.", []),
        ("\"It works,\" said Kern County Probation Chief Jo Roe.", []),
        ("Kern County Probation Officer Jo Roe testified.", []),
        # a Commonwealth police rank written with its force names a person, not the force
        ("The Commissioner of Police, Jo Roe, said the raids went well.", []),
        ("Assistant Inspector General of Police, Jo Roe, praised the officers.", []),
        # "Police" as a body beside another keeps its place
        ("Around 60 Customs and Police staff searched the homes.", [("Customs", []), ("Police", [])]),
        # a prosecutor's office runs on over "of the" to its circuit or district, as over "for the"
        ("The State Attorney's Office of the 9th Judicial Circuit filed charges.",
         [("State Attorney's Office of the 9th Judicial Circuit", [])]),
        ("The State Attorney's Office of the county filed charges.", [("State Attorney's Office", [])]),
        # a laboratory whose name says it examines evidence; not what a raid finds, nor a company's
        ("The rifles went to the Provincial Forensic Firearms Lab and the samples to the Kessel Regional Crime "
         "Laboratory.", [("Provincial Forensic Firearms Lab", []), ("Kessel Regional Crime Laboratory", [])]),
        ("Deputies Bust Meth Lab Near School\n\nDeputies found a drug lab and a Drug Lab van.", []),
        ("He owned Harbor Clinical Lab.", []),
        # a place's name joined by a hyphen before lowercase "police", and in a list sharing "Police"
        ("County detectives, Wilkes-Barre police and Winston-Salem City police took part.",
         [("Wilkes-Barre police", []), ("Winston-Salem City police", [])]),
        ("Officers from South Wales, Dyfed-Powys and Gwent Police took part.",
         [("South Wales Police", []), ("Dyfed-Powys Police", []), ("Gwent Police", [])]),
        ("Officers of the North and South Police helped.", [("North and South Police", [])]),
        # news style: a lowercase office or department after a capitalized "Sheriff's", "DA's" or "Police"
        ("Deputies from the Kern County Sheriff's office and the Brooklyn DA’s office helped.",
         [("Kern County Sheriff's office", []), ("Brooklyn DA’s office", [])]),
        ("Officers of the Viborg Police department helped.", [("Viborg Police department", [])]),
        ("The sheriff's office helped, and he called the DA's office.", []),
        # a unit of a force named by its place: two bodies; an office's own 'for the' phrase stays whole
        ("Officers of the Technical Unit of the Madrid Judicial Police and the Aviation Unit of the Civil Guard "
         "helped.", [("Technical Unit", []), ("Madrid Judicial Police", []), ("Aviation Unit", []),
                     ("Civil Guard", [])]),
    ],
)
def test_county_probation_and_ranks_of_police(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(nlp, text) == expected


def test_a_rank_with_its_acronym_before_a_persons_name_names_no_office(extractor) -> None:
    """'Director of Public Prosecutions (DPP)' names an office; a rank and its acronym before the name of the
    person who holds it names that person (the officials found first tell)."""
    record = extractor.extract("Deputy Superintendent of Police (DSP) Jo Roe led the Narcotics Division team.")
    assert [(a.name, a.aliases) for a in record.agencies] == [("Narcotics Division", [])]
    assert [(o.name, o.title) for o in record.officials] == [("Jo Roe", "Deputy Superintendent of Police")]
    record = extractor.extract("The Commonwealth Director of Public Prosecutions (CDPP) charged him.")
    assert [(a.name, a.aliases) for a in record.agencies] == [("Commonwealth Director of Public Prosecutions",
                                                               ["CDPP"])]


def test_an_offices_own_for_phrase_is_no_split_point(nlp: Language) -> None:
    """'Central Office for the Repression of Organised Crime of the National Police': 'for the' opens the office's
    own name; splitting there would leave a body called 'Central Office'."""
    names = [name for name, _ in records(nlp, "The Central Office for the Repression of Organised Crime of the "
                                              "National Police helped.")]
    assert "Central Office" not in names and not any(name.startswith("Repression") for name in names)
