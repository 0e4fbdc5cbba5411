"""Officials: title-before-name, appositives, plural titles, later mentions, quotes; not defendants."""

from __future__ import annotations

import pytest

from extractor import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def officials(extractor: Extractor, text: str) -> list[tuple]:
    return [(o.name, o.title) for o in extractor.extract(text).officials]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los Angeles County Sheriff Robert G. Luna held a press conference.", [("Robert G. Luna", "Sheriff")]),
        ("said Jane Roe, Special Agent in Charge of the FBI's Los Angeles Field Office.",
         [("Jane Roe", "Special Agent in Charge")]),
        ("Brooklyn District Attorney Ken Thompson announced it.", [("Ken Thompson", "District Attorney")]),
        # the field a head, director or commander leads is part of the title; a body after 'of' is the organization
        ("Ana Petrescu, Head of Operations at the Harbor Border Police, said 46 were held.",
         [("Ana Petrescu", "Head of Operations")]),
        ("Director of Operations Jane Roe said it.", [("Jane Roe", "Director of Operations")]),
        ("Director of the FBI Jane Roe said it.", [("Jane Roe", "Director")]),
        ("Jane Roe, Director of Homeland Security Investigations, said it.", [("Jane Roe", "Director")]),
        ("Inspector-General of Police Kofi A. Mensah said the sites would be shut.",
         [("Kofi A. Mensah", "Inspector-General of Police")]),
        ("Undersecretary Ana F. Cruz of the Department of Justice spoke.", [("Ana F. Cruz", "Undersecretary")]),
        ("Commonwealth's Attorney Ann Beth Roe said the indictments followed careful work.",
         [("Ann Beth Roe", "Commonwealth's Attorney")]),
        ("District Attorney General Jane K. Roe, whose office will prosecute, spoke.",
         [("Jane K. Roe", "District Attorney General")]),
        ("FBI Director Robert Mueller spoke.", [("Robert Mueller", "Director")]),
        ("announced Acting Assistant Attorney General Mythili Raman today.",
         [("Mythili Raman", "Acting Assistant Attorney General")]),
        ("The case is handled by Trial Attorneys Ivana Nizich and Jay Bauer of the Section.",
         [("Ivana Nizich", "Trial Attorney"), ("Jay Bauer", "Trial Attorney")]),
        ("said John Morton, director of ICE.", [("John Morton", "director")]),
        ("said Thomas Homan, ICE Deputy Director.", [("Thomas Homan", "Deputy Director")]),
        ('prosecuted by Assistant Chief John S. "Jay" Darden of the Section.', [("John S. Darden", "Assistant Chief")]),
        ("Chief of Police Rex Mueller said so.", [("Rex Mueller", "Chief of Police")]),
        ("U.S. Attorney David Rivera for the Middle District of Tennessee.", [("David Rivera", "U.S. Attorney")]),
        ("HUD Inspector General (HUD-OIG) Kenneth M. Donohue said.", [("Kenneth M. Donohue", "Inspector General")]),
        ("announced Assistant Attorney General of the Criminal Division Lanny A. Breuer today.",
         [("Lanny A. Breuer", "Assistant Attorney General")]),
        ("including Assistant Chief John S. (Jay) Darden of the Section.", [("John S. Darden", "Assistant Chief")]),
        ("“It matters,” said An Tran, Director of the County Agency.", [("An Tran", "Director")]),
        ("Continuing to follow President Trump’s leadership, the office acted.", [("Trump", "President")]),
        ("Mayor Bloomberg attended the event.", [("Bloomberg", "Mayor")]),
        ("Chief Deputy District Attorney Mary Jones prosecuted it.",
         [("Mary Jones", "Chief Deputy District Attorney")]),
        ("Senior Deputy District Attorney Jane Roe handled it.", [("Jane Roe", "Senior Deputy District Attorney")]),
        ("by Trial Attorneys Ann Lee and Bo Ray, and Special Trial Attorney Al Burr.",
         [("Ann Lee", "Trial Attorney"), ("Bo Ray", "Trial Attorney"), ("Al Burr", "Special Trial Attorney")]),
        ("and former Trial Attorney Cody Lane of the Section.", [("Cody Lane", "Trial Attorney")]),
        ("“We will not stop,” said John Doe, the Special Agent in Charge of the FBI’s Miami Field Office.",
         [("John Doe", "Special Agent in Charge")]),
        ("announced by the U.S. Attorney for the Eastern District of Michigan, Matthew Schneider, and others.",
         [("Matthew Schneider", "U.S. Attorney")]),
        ("The investigation was led by Det. Kyle Ross.", [("Kyle Ross", "Det.")]),
        ("Chief of Department Joseph Esposito spoke.", [("Joseph Esposito", "Chief of Department")]),
        ("Butts County Sheriff Deputy Ronnie Eugene Smith responded.", [("Ronnie Eugene Smith", "Deputy")]),
        ("Deputy Secretary of Labor Jane Roe spoke.", [("Jane Roe", "Deputy Secretary of Labor")]),
        ("Circuit Judge Ann Lee sentenced him.", [("Ann Lee", "Circuit Judge")]),
        ("Sheriff John Doe arrested the man.", [("John Doe", "Sheriff")]),
        ("Vice President Kamala Harris spoke.", [("Kamala Harris", "Vice President")]),
        ("Mayor Pro Tem Jane Doe spoke.", [("Jane Doe", "Mayor Pro Tem")]),
        ("Police Chief John Doe, president of the State Police Chiefs Association, said it.",
         [("John Doe", "Police Chief")]),
        ("Supervising Judge Ann Donnelly presided.", [("Ann Donnelly", "Supervising Judge")]),
        ("Judge Anna de la Cruz presided.", [("Anna de la Cruz", "Judge")]),
        ("Officer Ana McDonald-Ruiz responded.", [("Ana McDonald-Ruiz", "Officer")]),
        ("For details call Kim Lowe, Mayor’s Office of Neighborhood Safety.", []),  # an office, not her title
        ("The U.S. Attorney General Eric Holder spoke.", [("Eric Holder", "U.S. Attorney General")]),
        ("“It helps,” said Ervin Prenci, criminal intelligence officer with INTERPOL's Unit.",
         [("Ervin Prenci", "criminal intelligence officer")]),
        ("“We are grateful,” said Ana Ruiz, a spokeswoman for the Miami-Dade Police Department.",
         [("Ana Ruiz", "spokeswoman")]),
        ("according to Ana Ruiz, a spokeswoman for the department.", [("Ana Ruiz", "spokeswoman")]),
        # "the" before the role, and the speech verb after the apposition
        ("“We stayed,” said Omar Haddad, the county sheriff.", [("Omar Haddad", "county sheriff")]),
        ("Deputies left. Omar Haddad, the county sheriff, said the roads were shut.",
         [("Omar Haddad", "county sheriff")]),
    ],
)
def test_official_phrasings(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert officials(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenneth Gaddie, 24, of Nashville, pleaded guilty.",
        "Attorney General Applauds FBI's Massive Crackdown\n\nBody text here.",
        "the sheriff said the deputies arrested him.",
        "Justice Departments Criminal Division handled it.",
        "Deputy Marshals and partners made arrests.",
        "the Bureau of Justice Statistics reported it.",
        "the working group of President Obamas interagency task force.",
        "It was prosecuted by the Chief Deputy and staff.",
        "The National Law Enforcement Officers Memorial Fund will honor them.",
        "The Officer Involved Shooting Investigation Team responded.",
        "Former Sgt. John Doe pleaded guilty today.",
        "We applaud it, said John Ryan, chief executive officer, NCMEC.",
        "We applaud it, said John Ryan, president of the Acme Group.",
        "Chief Executive Officer John Smith of Acme Corp. said it.",
        "Acme Industry Association President John Smith said it.",
        "Chief Among them was the sheriff.",
        "Former Police Chief John Doe was sentenced today.",
        "Sgt. John Doe was on duty. Later, former Sgt. John Doe pleaded guilty.",
        "John Doe, a former corrections officer, was sentenced.",
        "John Doe, a corrections officer, was sentenced.",
        "Deputies left. John Doe, the county sheriff, was sentenced.",
        "Deputies left. They met John Doe, the county sheriff, on Monday.",
        "said Lisa Lane, senior executive vice president, Retail Industry Leaders Association.",
        "said Lisa Lane, a spokeswoman for the Retail Industry Leaders Association.",
    ],
)
def test_not_officials(extractor: Extractor, text: str) -> None:
    assert officials(extractor, text) == []


def test_second_title_after_place_phrase_is_no_name(extractor: Extractor) -> None:
    text = ("Inspector Mia Ito, Commanding Officer of North Narcotics and Deputy Chief Al Kemp, "
            "Commanding Officer of Patrol.")
    assert [name for name, _ in officials(extractor, text)] == ["Mia Ito", "Al Kemp"]


def test_later_mentions_and_quotes_fold_into_one_official(extractor: Extractor) -> None:
    text = ("Los Angeles County Sheriff Robert G. Luna held a press conference.\n"
            "“Human trafficking is devastating,” said Sheriff Luna. “There is no refuge.”\n"
            "Luna thanked the partners.")
    [official] = extractor.extract(text).officials
    assert official.organization == "Los Angeles County"
    assert [m.text for m in official.mentions] == ["Sheriff Robert G. Luna", "Sheriff Luna", "Luna"]
    assert [q.text for q in official.quotes] == ["Human trafficking is devastating", "There is no refuge."]
    for item in [*official.mentions, *official.quotes]:
        assert text[item.start:item.end] == item.text


def test_lone_surname_folds_into_later_full_name(extractor: Extractor) -> None:
    text = "Director Mueller spoke first. Later, FBI Director Robert Mueller said more."
    [official] = extractor.extract(text).officials
    assert (official.name, official.title, official.organization) == ("Robert Mueller", "Director", "FBI")
    assert [m.text for m in official.mentions] == ["Director Mueller", "Director Robert Mueller"]


def test_organization_after_name_stops_at_next_title(extractor: Extractor) -> None:
    text = ("Assistant Attorney General Alice Fisher of the Criminal Division and U.S. Attorney James Klindt "
            "for the Middle District of Florida announced today.")
    orgs = {o.name: o.organization for o in extractor.extract(text).officials}
    assert orgs == {"Alice Fisher": "Criminal Division", "James Klindt": "Middle District of Florida"}


def test_organization_from_of_phrase_after_the_title(extractor: Extractor) -> None:
    text = "announced by the U.S. Attorney for the Eastern District of Michigan, Matthew Schneider, today."
    [official] = extractor.extract(text).officials
    assert official.organization == "Eastern District of Michigan"


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("The Blaine County (Mont.) Sheriff's Office Undersheriff Pat Pyette spoke.",
         "Blaine County (Mont.) Sheriff's Office"),
        ("Muskingum County (Ohio) Sheriff Matt Lutz spoke.", "Muskingum County (Ohio)"),
        ("Sheriff Matt Lutz spoke.", None),
        ("Miami-Dade State Attorney Katherine Fernandez Rundle said it.", "Miami-Dade"),
    ],
)
def test_organization_before_the_title(extractor: Extractor, text: str, organization: str | None) -> None:
    [official] = extractor.extract(text).officials
    assert official.organization == organization


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Intro.\nTodays actions send a clear message, said Attorney General Eric Holder. We will not tolerate it.\n",
         ["Todays actions send a clear message", "We will not tolerate it."]),
        ("Intro.\nThis effort is not new for us at all, said Administrator Jo Roe, head of the U.S. DEA. "
         "Next we act on the cartels.\n", ["This effort is not new for us at all", "Next we act on the cartels."]),
        ('Intro.\n"Securing the homeland is our mission, said Director Jo Roe. We are committed to it.\n',
         ["Securing the homeland is our mission", "We are committed to it."]),
        ("Intro.\nThe defendants were arrested in May, Sheriff Jo Roe said.\n",
         ["The defendants were arrested in May"]),
        ("Intro.\nShort, said Sheriff Jo Roe.\n", []),
        ("Intro.\nST. LOUIS, Mo. - The work goes on and on for us, said Sheriff Jo Roe.\n",
         ["The work goes on and on for us"]),
    ],
)
def test_statements_without_quotation_marks(extractor: Extractor, text: str, quotes: list[str]) -> None:
    [official] = extractor.extract(text).officials
    assert [q.text for q in official.quotes] == quotes
    assert all(text[q.start:q.end] == q.text for q in official.quotes)


def test_same_surname_of_another_person_is_no_mention(extractor: Extractor) -> None:
    text = "Call Investigator Ann Lee at once. The defendants are Kevin Lee, 31, and Bo Ray, 22. Lee said so."
    [official] = extractor.extract(text).officials
    assert [m.text for m in official.mentions] == ["Investigator Ann Lee", "Lee"]


def test_no_unmarked_statement_from_a_text_without_paragraphs(extractor: Extractor) -> None:
    """One endless line is no paragraph: cutting statements from it per mention would be quadratic."""
    text = "The plan works well for all of us here, said Sheriff Jo Roe. We act now on it today. " * 100
    [official] = extractor.extract(text).officials
    assert official.quotes == []
    assert len(official.mentions) == 100


# Titles: base titles (patterns/lexicons/title_bases.txt) joined with the qualifiers written before them.

@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("said Sheriff Luna", [("Sheriff", "TITLE")]),
        ("Detective Chief Superintendent Ann Hale said", [("Detective Chief Superintendent", "TITLE")]),
        ("Det. Supt. Ian Moss led it", [("Det. Supt.", "TITLE")]),
        ("Lt. Col. Ray Park and Maj. Bo Lin", [("Lt. Col.", "TITLE"), ("Maj.", "TITLE")]),
        ("Deputy Chief Constable Amy Cole", [("Deputy Chief Constable", "TITLE")]),
        ("Detective Acting Inspector Lee Fox", [("Detective Acting Inspector", "TITLE")]),
        ("Leading Senior Constable Jo Bird", [("Leading Senior Constable", "TITLE")]),
        ("Special Agent-in-Charge Tom Ruiz", [("Special Agent-in-Charge", "TITLE")]),
        ("Assistant United States Attorneys Al Dee and Cy Lo", [("Assistant United States Attorneys", "TITLES")]),
        ("First Assistant U. S. Attorney Kay Orr", [("First Assistant U. S. Attorney", "TITLE")]),
        ("Assistant State’s Attorney Dan Poe", [("Assistant State’s Attorney", "TITLE")]),
        ("Chiefs of Police Ana Ito and Bo Yu", [("Chiefs of Police", "TITLES")]),
        ("Secretary of Health and Human Services Kim Orr said", [("Secretary of Health and Human Services", "TITLE")]),
        ("Mayor Pro Tem Jane Doe spoke.", [("Mayor Pro Tem", "TITLE")]),
        ("Temporary Detective Chief Inspector Jo Bell said", [("Temporary Detective Chief Inspector", "TITLE")]),
        ("said Inspector-in-Charge Ty Coke", [("Inspector-in-Charge", "TITLE")]),  # every 'in charge' hyphenated
        ("the temporary shelter", []),
        ("said Ervin Lo, criminal intelligence officer with the unit", [("officer", "TITLE")]),
        ("the deputy district attorney said", [("deputy district attorney", "TITLE")]),
        ("Acting Chief deputy", [("Acting Chief", "TITLE"), ("deputy", "TITLE")]),  # case must agree
        ("an acting class for senior citizens", []),
    ],
)
def test_titles_are_base_titles_with_qualifiers(blank_nlp, text: str, titles: list[tuple[str, str]]) -> None:
    from extractor.fields.officials import find_titles

    doc = blank_nlp(text)
    assert [(span.text, span.label_) for span in find_titles(doc)] == titles


def test_title_lexicons_replace_the_spelled_out_combinations() -> None:
    from extractor.fields.officials import title_phrases

    phrases = dict(title_phrases())
    assert phrases["united states attorney"] == "TITLE" and phrases["u. s. attorneys"] == "TITLES"
    assert phrases["attorneys general"] == "TITLES" and phrases["agents-in-charge"] == "TITLES"
    assert not any(p.startswith(("acting ", "deputy assistant ")) for p in phrases)  # qualifiers are joined by code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # multi-word police ranks and abbreviations (UK, Canada, Australia, New Zealand), military ranks
        ("Headline\n\nDetective Chief Inspector Ann Hale said the men were caught.",
         [("Ann Hale", "Detective Chief Inspector")]),
        ("Headline\n\nThe raids were led by Det. Supt. Ian Moss of the Serious Crime Unit.",
         [("Ian Moss", "Det. Supt.")]),
        ("Headline\n\nAssistant Commissioner Ruth Kay and Chief Constable Omar Nasser spoke.",
         [("Ruth Kay", "Assistant Commissioner"), ("Omar Nasser", "Chief Constable")]),
        ("Headline\n\nStaff Sergeant Pierre Roy of the RCMP said the search continues.",
         [("Pierre Roy", "Staff Sergeant")]),
        ("Headline\n\nDetective Senior Sergeant Mele Tupou said inquiries continue.",
         [("Mele Tupou", "Detective Senior Sergeant")]),
        # Westminster-style governments' heads and ministers
        ("Headline\n\nPremier Lena Ortiz and Minister for Police Dan Kerr visited.",
         [("Lena Ortiz", "Premier"), ("Dan Kerr", "Minister for Police")]),
        # federal and national agencies' own titles
        ("Headline\n\nDirector of Field Operations Leon Hayes and Branch Commander Ruth Ames spoke.",
         [("Leon Hayes", "Director of Field Operations"), ("Ruth Ames", "Branch Commander")]),
        # names with letters beyond ASCII
        ("Headline\n\nSheriff Inés Muñoz said the deputies were safe.", [("Inés Muñoz", "Sheriff")]),
        # a service's managers, with the service written before the title
        ("Headline\n\nCustoms Operations Manager Lena Ward says the port was searched.",
         [("Lena Ward", "Operations Manager")]),
        ("Headline\n\nThe shop manager Tim Orr said he saw nothing.", []),
        ("Headline\n\nLt. Col. Ray Park and Maj. Bo Lin of the state police briefed reporters.",
         [("Ray Park", "Lt. Col."), ("Bo Lin", "Maj.")]),
        ("Headline\n\nSpecial Agent-in-Charge Tom Ruiz thanked the partners.",
         [("Tom Ruiz", "Special Agent-in-Charge")]),
        # attribution after a colon, the quote on the next line
        ("Headline\n\nInspector Jo Marsh said:\n“We will keep knocking on doors.”",
         [("Jo Marsh", "Inspector")]),
        # a name broken by a hard line wrap; lists across a wrap
        ("Headline\n\nThe case was tried under the leadership of County Attorney Maria\nGonzales. She thanked all.",
         [("Maria Gonzales", "County Attorney")]),
        ("Headline\n\nThanks go to Victim Advocates Ada Vance, Lu Chen and\nKai Moss for their care.",
         [("Ada Vance", "Victim Advocate"), ("Lu Chen", "Victim Advocate"), ("Kai Moss", "Victim Advocate")]),
        # a title before another title is no name; the name starts after the titles
        ("Headline\n\nDetective Superintendent Carl Webb, Commander of the Drug Squad, praised the work.",
         [("Carl Webb", "Detective Superintendent")]),
        # capital-only acronyms
        ("Headline\n\nThe team included ADAs Ann Lee and Bo Park and DCI Sam Hill.",
         [("Ann Lee", "ADA"), ("Bo Park", "ADA"), ("Sam Hill", "DCI")]),
        # a lowercase role right before a speaker's name
        ("Headline\n\nAgency regional head of operations Dev Patel said the haul was large.",
         [("Dev Patel", "regional head of operations")]),
        # titles of UK, Commonwealth and state bodies the lexicon holds as base titles
        ("Headline\n\nDirector General Graeme Hill said the agency acted.", [("Graeme Hill", "Director General")]),
        ("Headline\n\nTrooper First Class Jane Roe stopped the car.", [("Jane Roe", "Trooper First Class")]),
        ("Headline\n\nCrown Prosecutor Ali Khan said the sentence was fair.", [("Ali Khan", "Crown Prosecutor")]),
        ("Headline\n\nPolice and Crime Commissioner Sue Ray welcomed it.",
         [("Sue Ray", "Police and Crime Commissioner")]),
        ("Headline\n\nProbationary Constable Ben Tu helped the family.", [("Ben Tu", "Probationary Constable")]),
        # a title word that ends a name is a surname; a lone surname before a weekday; UK ranks take lone surnames
        ("Headline\n\nSheriff Tom Judge said the roads were closed.", [("Tom Judge", "Sheriff")]),
        ("Headline\n\nGovernor Alvarez Monday announced the plan.", [("Alvarez", "Governor")]),
        ("Headline\n\nLater, Inspector Marsh said more.", [("Marsh", "Inspector")]),
        # grades after a title, unpunctuated UK abbreviations, Canadian and state-police abbreviations
        ("Headline\n\nPetty Officer 2nd Class Jane Roe said the crew was safe.",
         [("Jane Roe", "Petty Officer 2nd Class")]),
        ("Headline\n\nCh Supt Moira Kent and Det Insp Sam Bell spoke.",
         [("Moira Kent", "Ch Supt"), ("Sam Bell", "Det Insp")]),
        ("Headline\n\nC/Supt. Ray Ng and Tpr. Kay Orr spoke.", [("Ray Ng", "C/Supt."), ("Kay Orr", "Tpr.")]),
        ("Headline\n\n“We acted fast,” said Ines Vale, Head of the Cybercrime Centre.", [("Ines Vale", "Head")]),
        ("Headline\n\nAssemblymember Rosa Diaz and County Supervisor Jo Park backed it.",
         [("Rosa Diaz", "Assemblymember"), ("Jo Park", "Supervisor")]),
        # plural titles are made singular at their head word
        ("Headline\n\nThe case is prosecuted by Assistant Attorneys General Hana Cole and Vic Ng.",
         [("Hana Cole", "Assistant Attorney General"), ("Vic Ng", "Assistant Attorney General")]),
        ("Headline\n\nChiefs of Police Ana Ito and Bo Yu spoke.",
         [("Ana Ito", "Chief of Police"), ("Bo Yu", "Chief of Police")]),
        # honorifics are no part of the name
        ("Headline\n\nChief Constable Sir Ian Drake and Director Dr. Kay Li praised them.",
         [("Ian Drake", "Chief Constable"), ("Kay Li", "Director")]),
        ("Headline\n\nSpeaking today, the Head of the Bureau, Mr Lee Ka-wai, said nine shipments were sent.",
         [("Lee Ka-wai", "Head")]),
        # a legislator named with party and district
        ("Headline\n\nThe office backs AB 12 (Rosa Diaz, D-Fresno) to change the law.", [("Rosa Diaz", None)]),
    ],
)
def test_official_phrasings_of_unseen_publishers(extractor: Extractor, text: str, expected: list) -> None:
    assert officials(extractor, text) == expected


def test_quote_under_a_said_colon_line_is_the_speakers(extractor: Extractor) -> None:
    text = "Headline\n\nInspector Jo Marsh said:\n“We will keep knocking on doors.”"
    [official] = extractor.extract(text).officials
    assert [q.text for q in official.quotes] == ["We will keep knocking on doors."]


def test_headline_title_counts_for_an_official_the_body_names(extractor: Extractor) -> None:
    text = ("County DA Lena Ortiz Announces New Unit\n\nThe unit was formed by Criminal District Attorney Lena Ortiz "
            "this week.")
    assert officials(extractor, text) == [("Lena Ortiz", "DA")]


@pytest.mark.parametrize(
    "text",
    [
        # places and roles are no names
        "Headline\n\nThe award went to the Director Chicago Regional Office team.",
        "Headline\n\nThe Chief Engineer onboard reported the leak.",
        "Headline\n\nHe called the U.S. Marshals Service and the Sheriff’s Office.",
        "Headline\n\nPat Lowe, Sheriffs of three counties and others met.",
        # contact lines, letterheads and attribution lines name no official
        "Contact: Sergeant Mia Cole\n555-0100\n\nHeadline Here\n\nOfficers searched homes.",
        "News from Attorney General Dana Roe\n\nHeadline Here\n\nThe office filed suit.",
        "Headline Here\n\nOfficers searched homes.\n\nPlease attribute to Detective Inspector Sam Hill.",
        # a lowercase role before a name that is not speaking
        "Headline\n\nThe store manager Jo Roe opened late.",
        # 'Head' before a name is a school's or a team's
        "Headline\n\nHead Coach Jo Roe and Head Teacher Al Park spoke.",
        # acronyms in lowercase or inside names
        "Headline\n\nThe painter Luiz da Silva and the ds team met.",
    ],
)
def test_not_officials_on_unseen_publishers(extractor: Extractor, text: str) -> None:
    assert officials(extractor, text) == []


def test_mentions_cover_a_name_broken_by_a_line_wrap(extractor: Extractor) -> None:
    text = "Headline\n\nThe county joined Sheriff Dale\nWhitaker today. \u201cIt works,\u201d Whitaker said."
    [official] = extractor.extract(text).officials
    assert (official.name, official.title) == ("Dale Whitaker", "Sheriff")
    assert [m.text for m in official.mentions] == ["Sheriff Dale\nWhitaker", "Whitaker"]
    assert [q.text for q in official.quotes] == ["It works"]


def test_quote_before_said_and_an_abbreviated_rank_is_the_speakers(extractor: Extractor) -> None:
    text = "Headline\n\n\u201cThis was a team effort,\u201d said Cmdr. Lena Brooks, the commanding officer."
    [official] = extractor.extract(text).officials
    assert (official.name, official.title) == ("Lena Brooks", "Cmdr.")
    assert [q.text for q in official.quotes] == ["This was a team effort"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court district's state ends the place before the name when no comma closes it
        ("“The sentence is just,” said U.S. Attorney for the Western District of Kentucky Ann Lowe.",
         [("Ann Lowe", "U.S. Attorney")]),
        ("U.S. Attorney for the Northern District of New Mexico Ray Ortiz announced the plea.",
         [("Ray Ortiz", "U.S. Attorney")]),
        # Irish particles inside a name
        ("Inspector Ciarán Ó Dálaigh said the search continues.", [("Ciarán Ó Dálaigh", "Inspector")]),
        # chiefs of a bureau or branch keep the whole title
        ("“Fraud hurts everyone,” said Bureau Chief Lena Moss.", [("Lena Moss", "Bureau Chief")]),
        # a one-word body or a possessive name between the title and the name
        ("“Borders mean little to these gangs,” said Executive Director of Interpol Maria Kent.",
         [("Maria Kent", "Executive Director")]),
        ("Acting Special Agent in Charge of the DEA’s Miami Field Division Tom Hale said the pills were fake.",
         [("Tom Hale", "Acting Special Agent in Charge")]),
        # a junior grade after a rank is part of the title
        ("“Stay off the water,” said Lt. j.g. Maya Ortiz, a sector spokesperson.", [("Maya Ortiz", "Lt. j.g.")]),
        ("“Stay off the water,” said Lt. Junior Grade Ben Hale.", [("Ben Hale", "Lt. Junior Grade")]),
        # a hyphenated surname before a comma and its title
        ("“We will keep going,” said Ana Ruiz-Vega, acting director of the agency.",
         [("Ana Ruiz-Vega", "acting director")]),
        ("Tom Lee-Smith, police chief, said the arrests followed a tip.", [("Tom Lee-Smith", "police chief")]),
        # Canadian forces write a detective's rank as one hyphenated word
        ("“We seized the guns,” said Det.-Sgt. Mia Park.", [("Mia Park", "Det.-Sgt.")]),
        ("“We seized the guns,” said Det.-Const. Mia Park.", [("Mia Park", "Det.-Const.")]),
        ("“We seized the guns,” said Det.-Insp. Mia Park.", [("Mia Park", "Det.-Insp.")]),
    ],
)
def test_titles_and_names_of_unseen_publishers(extractor: Extractor, text: str, expected: list) -> None:
    assert officials(extractor, text) == expected


def test_a_comma_between_a_title_and_a_name_before_said(extractor: Extractor) -> None:
    text = "“We will not stop,” Harbor City Police Chief, Dana K. Reyes said."
    assert officials(extractor, text) == [("Dana K. Reyes", "Police Chief")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speech verb after an apposition whose role has an organization phrase
        ("Deputies left. Omar Haddad, a spokeswoman for the Harbor Police Department, said the roads were shut.",
         [("Omar Haddad", "spokeswoman")]),
        # a possessive owner before the role is no part of the title
        ("Deputies left. Maria Lopez, the county's sheriff, said the roads were shut.", [("Maria Lopez", "sheriff")]),
        ("“We won,” said Maria Lopez, the bureau's spokesperson.", [("Maria Lopez", "spokesperson")]),
        # without a speech verb an apposition is no official's
        ("Deputies left. John Doe, a corrections officer for the county, was sentenced.", []),
    ],
)
def test_appositions_with_organizations_and_owners(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert officials(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Attorney for the Northern District of Ohio Jane Roe announced the charges.",
         ("Jane Roe", "U.S. Attorney", "Northern District of Ohio")),
        ("Special Agent in Charge of DEA's Harbor Division John Doe said the drugs were deadly.",
         ("John Doe", "Special Agent in Charge", "DEA's Harbor Division")),
    ],
)
def test_an_organization_after_the_title_ends_before_the_name(extractor: Extractor, text: str,
                                                               expected: tuple) -> None:
    assert [(o.name, o.title, o.organization) for o in extractor.extract(text).officials] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role that names no one before a name does, with its 'of' body, a comma and a speech verb after
        ("Officers searched the van. Head of the NCA Border Investigations, Jane Roe, said the seizure was big.",
         [("Jane Roe", "Head")]),
        ("Officers searched the van. Head Coach Jane Roe thanked the team.", []),
    ],
)
def test_head_of_a_body_before_a_speaker(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert officials(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portfolio in parentheses (part of the title as written) and an 'of' body before the apposed name
        ('Officers searched the flat. Deputy Director (Enforcement) of the Bureau, Mr Kelvin Tan Wei Jie, said: '
         '"We will act."', [("Kelvin Tan Wei Jie", "Deputy Director (Enforcement)")]),
        ("Officers searched the flat. The Assistant Commissioner (Intelligence and Investigation) of Customs and "
         "Excise, Mr Chan Kwok-wai, said that Customs will act.",
         [("Chan Kwok-wai", "Assistant Commissioner (Intelligence and Investigation)")]),
        # a lowercase syllable that is an English word ends the name
        ("Officers searched the flat. Sheriff Jane Smith-led teams searched.", [("Jane Smith", "Sheriff")]),
    ],
)
def test_portfolios_of_bodies_and_hyphenated_given_names(extractor: Extractor, text: str, expected: list) -> None:
    assert officials(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualifier joined to the title by a hyphen
        ('Raids followed. "Borders slow us," said Harborland Vice-President Mara Lind.',
         [("Mara Lind", "Vice-President")]),
        ("Raids followed. Co-Chair Jo Reyes said the board met.", [("Jo Reyes", "Co-Chair")]),
        # honorifics are not part of the name
        ('Raids followed. "We will follow the trail," said Shri Arun Mehta, Deputy Director General.',
         [("Arun Mehta", "Deputy Director General")]),
        ('Raids followed. "We act," said Smt. Leela Rao, Director.', [("Leela Rao", "Director")]),
        # a body apposed to the title comes before the name
        ("Raids followed. The Zonal Director, Harbor Zonal Directorate, Ada Obi, said the case closed.",
         [("Ada Obi", "Zonal Director")]),
        # the level of a regional office qualifies a base title
        ('Raids followed. "Guns kill," said Ann Cole, Regional Director General, Harbor Border Agency.',
         [("Ann Cole", "Regional Director General")]),
        # a title with a comma list of its portfolios
        ('Raids followed. Harbor Police, Fire and Crime Commissioner Ann Cole said the week mattered.',
         [("Ann Cole", "Police, Fire and Crime Commissioner")]),
        # the appointed heads of local governments and public districts
        ('Raids followed. General Manager Rita Holm said the district acted. "We act," Holm said.',
         [("Rita Holm", "General Manager")]),
    ],
)
def test_hyphenated_qualifiers_honorifics_and_apposed_bodies(extractor: Extractor, text: str,
                                                             expected: list[tuple]) -> None:
    assert officials(extractor, text) == expected


def test_a_hyphenated_surname_after_a_title_is_the_person_named_before(extractor: Extractor) -> None:
    text = ('Chief of Police Ana Ruiz-Booker announced the arrests. "It matters," said Chief Ruiz-Booker.')
    found = extractor.extract(text).officials
    assert [(o.name, o.title, len(o.mentions)) for o in found] == [("Ana Ruiz-Booker", "Chief of Police", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercase role after a body's possessive, then the speaker set off by commas
        ("Patrols rose. The Harbor Police Department's chief, Ann Cole, said the work continues.",
         [("Ann Cole", "chief", "Harbor Police Department")]),
        ("Jane Roe, the agency's director, said the work continues.", [("Jane Roe", "director", None)]),
        # no speech verb, or a company's role: no official
        ("Patrols rose. The county's sheriff, Ann Cole, was charged.", []),
        ("Patrols rose. The company's director, Ann Cole, said so.", []),
    ],
)
def test_roles_owned_by_a_body_before_the_speaker(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.title, o.organization) for o in extractor.extract(text).officials] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no name opens with an ordinal: a jurisdiction after the title
        ('"We act," said the Office of the State Attorney, Ninth Judicial Circuit.', []),
        ("Sheriff Ann First said so.", [("Ann First", "Sheriff")]),
    ],
)
def test_no_name_opens_with_an_ordinal(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert officials(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'Police' after a force's level ends the force's name; the rank after it is the title
        ("Maryland State Police Detective Sergeant Ann Roe said the case was closed.",
         ("Ann Roe", "Detective Sergeant", "Maryland State Police")),
        ("Kessel State Police Commissioner Tom Poe said the case was closed.",
         ("Tom Poe", "Commissioner", "Kessel State Police")),
        ("Police Detective Ann Roe said the case was closed.", ("Ann Roe", "Police Detective", None)),
    ],
)
def test_a_rank_after_a_state_police_force(extractor: Extractor, text: str, expected: tuple) -> None:
    assert [(o.name, o.title, o.organization) for o in extractor.extract(text).officials] == [expected]


def test_a_title_after_a_name_and_its_comma_is_that_names_in_a_list(extractor: Extractor) -> None:
    text = ("Ann B. Roe, U.S. Attorney for the Southern District of Kessel, Tom C. Poe, Special Agent in Charge, "
            "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF), and Jo Lee, Chief, Lorton Police Department, "
            "announced the results of Operation Lamp.")
    officials = [(o.name, o.title) for o in extractor.extract(text).officials]
    assert officials == [("Ann B. Roe", "U.S. Attorney"), ("Tom C. Poe", "Special Agent in Charge"),
                         ("Jo Lee", "Chief")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Name, <place or body> Title": the place words open the title's apposition
        ("Jane Roe, Dade County State Attorney, and John Poe, U.S. Attorney, announced the charges.",
         [("Jane Roe", "State Attorney"), ("John Poe", "U.S. Attorney")]),
        ("\"We will act,\" said Ann Lee, Social Security General Counsel.", [("Ann Lee", "General Counsel")]),
        ("\"We will act,\" said Tom Hill, CBP Laredo Director of Field Operations.",
         [("Tom Hill", "Director of Field Operations")]),
        # a second portfolio joined by "and" where the title ends
        ("\"We will act,\" said Ann Lee, Ohio Secretary of Public Safety and Homeland Security.",
         [("Ann Lee", "Secretary of Public Safety and Homeland Security")]),
        ("Ann Lee, Minister of Public Safety and Emergency Services, said the teams will grow.",
         [("Ann Lee", "Minister of Public Safety and Emergency Services")]),
        ("The Minister of Justice and Attorney General Jane Roe said the law will change.",
         [("Jane Roe", "Attorney General")]),  # before a name: another title
        # a suffix set off by its comma
        ("Amos Reyes, Jr., U.S. Marshal, announced the arrests.", [("Amos Reyes, Jr.", "U.S. Marshal")]),
        ("Police Chief Tom H. Bell, Jr., announced the arrests.", [("Tom H. Bell, Jr.", "Police Chief")]),
        # a unit between commas after the title, then the name
        ("\"It hurts,\" said Special Agent in Charge, Boston Division, Jane Roe.",
         [("Jane Roe", "Special Agent in Charge")]),
        ("\"It hurts,\" said Inspector in Charge, Houston Field Office, Tom Hill, at the event.",
         [("Tom Hill", "Inspector in Charge")]),
        # the Secretary General of an international body
        ("\"We will act,\" said INTERPOL Secretary General Ana Ruiz.", [("Ana Ruiz", "Secretary General")]),
    ],
)
def test_place_words_portfolios_and_suffixes(extractor: Extractor, text: str, expected: list) -> None:
    assert officials(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The suspect, Jane Doe, Chicago resident and former store manager, was charged.",
        "Police arrested John Smith, Dade County resident, on Monday.",
        "The Special Agent in Charge, Boston Division, said the case is closed.",
    ],
)
def test_place_words_before_no_title_make_no_official(extractor: Extractor, text: str) -> None:
    assert officials(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercase role before the name, the speech verb before the role
        ("\"We follow the money,\" said IRS Criminal Investigation's special agent in charge Ana Ruiz. \"It works.\"",
         [("Ana Ruiz", "special agent in charge")]),
        ("\"It matters,\" said police spokeswoman Ana Ruiz.", [("Ana Ruiz", "police spokeswoman")]),
        # a parenthesis between the name and the speech verb
        ("Narcotics Department deputy director Abu Bakar Hassan (Forfeiture/Legal) said the raid ended.",
         [("Abu Bakar Hassan", "deputy director")]),
        # a lowercase role after an article, set off with the name by commas before a speech verb
        ("The police spokesman, Jo Roe, said the raid worked.", [("Jo Roe", "police spokesman")]),
        ("The NDLEA spokesperson, Femi Ade, said the raid worked.", [("Femi Ade", "spokesperson")]),
        # no official: no speech verb, a past role, no role at all
        ("He said police spokeswoman Ana Ruiz would attend.", []),
        ("The former director, Jo Roe, said it was over.", []),
        ("The victim, Jo Roe, said it was over.", []),
    ],
)
def test_lowercase_roles_with_the_speech_verb_before_or_in_apposition(extractor: Extractor, text: str,
                                                                      expected: list) -> None:
    assert officials(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank's qualifier cut short before a slash (Commonwealth forces)
        ("A/Superintendent Jill Wells said the unit worked.", [("Jill Wells", "A/Superintendent")]),
        ("\"It works,\" said F/Lt. Mike Shaw.", [("Mike Shaw", "F/Lt.")]),
        ("Det/Sgt Mike Shaw said it worked.", [("Mike Shaw", "Det/Sgt")]),
        ("He called the Police/Fire Chief, Jo Roe, later.", [("Jo Roe", "Fire Chief")]),  # a word, no qualifier
        # a place and an acronym after 'of' name the body, not the director's field
        ("\"It works,\" said Jo Roe, Executive Director of Midwest HIDTA.", [("Jo Roe", "Executive Director")]),
        ("\"It works,\" said Jo Roe, Director of Field Operations.", [("Jo Roe", "Director of Field Operations")]),
    ],
)
def test_slash_qualifiers_and_bodies_named_with_their_acronym_after_of(extractor: Extractor, text: str,
                                                                       expected: list) -> None:
    assert officials(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's words are written in one case: 'state Attorney' is no title before 'Attorney General'
        ("At a news conference, state Attorney General Gurbir Grewal announced the arrests.",
         [("Gurbir Grewal", "Attorney General")]),
        ("Special Agent in Charge Jo Roe said it worked.", [("Jo Roe", "Special Agent in Charge")]),
        # a body's acronym between the speech verb and a lowercase role
        ("\"It works,\" said FBI special agent in charge Jo Roe.", [("Jo Roe", "special agent in charge")]),
    ],
)
def test_titles_in_one_case_and_acronyms_before_lowercase_roles(extractor: Extractor, text: str,
                                                                expected: list) -> None:
    assert officials(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Westminster-style portfolios and Scotland's law officers
        ("Justice Secretary Humza Yousaf commended the work.", [("Humza Yousaf", "Justice Secretary")]),
        ("Cabinet Secretary for Justice Keith Brown said it worked.",
         [("Keith Brown", "Cabinet Secretary for Justice")]),
        ("Lord Advocate James Wolffe QC said: \"It works.\"", [("James Wolffe", "Lord Advocate")]),
        # a surname in capitals after the given name; never a body's acronym or a post-nominal
        ("Police Chief Francisco ORTIZ thanked the troopers.", [("Francisco ORTIZ", "Police Chief")]),
        ("Executive Director Catherine DE BOLLE said it.", [("Catherine DE BOLLE", "Executive Director")]),
        ("Sheriff Jo Roe DEA agents and FBI agents helped.", [("Jo Roe", "Sheriff")]),
    ],
)
def test_portfolios_law_officers_and_surnames_in_capitals(extractor: Extractor, text: str, expected: list) -> None:
    assert officials(extractor, text) == expected
