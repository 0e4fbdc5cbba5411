"""Counts: value, counted noun, modifiers, event, qualifier, total; and numbers that are no counts."""

from __future__ import annotations

import pytest

from extractor import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def counts(extractor: Extractor, text: str) -> list[tuple]:
    return [(c.value, c.item, c.event) for c in extractor.extract(text, release_date="2024-01-31").counts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("with 54 adult and 11 minor victims being recovered.", [(54, "victim", "recover"), (11, "victim", "recover")]),
        ("In total, 539 arrests were made.", [(539, "arrest", "make")]),
        ("Agents arrested 120 traffickers.", [(120, "trafficker", "arrest")]),
        ("271 males arrested for the charge of Solicitation.", [(271, "male", "arrest")]),
        ("40 suspected traffickers and exploiters were arrested.", [(40, "trafficker", "arrest")]),
        ("Thirty-Four Defendants Charged with Fraud", [(34, "defendant", "charge")]),
        ("He pleaded guilty to two counts of wire fraud.", [(2, "count", "plead")]),
        ("Six of the defendants were convicted.", [(6, "defendant", "convict")]),
        ("Police seized 2 million glassines.", [(2_000_000, "glassine", "seize")]),
        ("They charged two dozen people.", [(24, "person", "charge")]),
        ("It involved 78 state and local task forces.", [(78, "task force", "involve")]),
        ("He faces one count of conspiracy.", [(1, "count", "face")]),
        ("Officers recovered eleven firearms.", [(11, "firearm", "recover")]),
        ("The sweep found three children.", [(3, "child", "find")]),
        ("He was arrested and charged with four counts of burglary, two counts of theft.",
         [(4, "count", "charge"), (2, "count", "charge")]),
        ("Charged with 41 felonies, including one count of grand theft, three counts of possessing cards.",
         [(41, "felony", "charge"), (1, "count", "charge"), (3, "count", "charge")]),
        ("He was convicted of one count of fraud.", [(1, "count", "convict")]),
        ("with two counts of trafficking with the intent to pander, two counts of pandering a minor.",
         [(2, "count", None), (2, "count", None)]),
        ("Five doctors and two pharmacists, who have been charged, appeared.",
         [(5, "doctor", "charge"), (2, "pharmacist", "charge")]),
        ("Thirty-two travelers had unlawfully entered the park.", [(32, "traveler", "enter")]),
        ("More than 700,000 sex offenders reside in the country.", [(700_000, "offender", "reside")]),
        ("The probe has led to the arrest of 49 individuals.", [(49, "individual", "arrest")]),
        ("Twelve indictments charging 24 defendants with theft.",
         [(12, "indictment", "charge"), (24, "defendant", "charge")]),
        ("The crackdown brought the arrest of more than 120 alleged traffickers.", [(120, "trafficker", "arrest")]),
        ("He announced the arrest of more than 120 alleged traffickers.", [(120, "trafficker", "arrest")]),
        ("It revealed that eight of the 14 KOFD defendants were members.",
         [(8, "defendant", None), (14, "defendant", None)]),
        ("records of 12 or more customers", [(12, "customer", None)]),
        ("actions against 22 individuals and one pharmacy allegedly involved in fraud.",
         [(22, "individual", None), (1, "pharmacy", "involve")]),
        ("More than 4,800 state and local law enforcement agencies took part.", [(4800, "agency", "take")]),
        ("Nine co-conspirators in the scheme are set for sentencing.", [(9, "co-conspirator", "set")]),
        ("About 40 county, city, tribal and federal police agencies contributed.",
         [(40, "agency", "contribute")]),
        ("Three more suspects, who are listed in a sealed complaint", [(3, "suspect", "list")]),
        ("It was launched on 18 November, involving 46 countries and territories.",
         [(46, "country", "involve")]),
        ("On Jan. 22, 2024, 12 suspects were arrested.", [(12, "suspect", "arrest")]),
        ("THREE DENTISTS AND A BILLING CLERK ARRESTED", [(3, "dentist", "arrest")]),
        ("two dentists and a billing clerk for committing fraud", [(2, "dentist", None)]),
        ("Two further suspects, who are listed in a sealed complaint, were also detained.",
         [(2, "suspect", "detain")]),
        ("The five defendants were members of a group that was involved in fraud.", [(5, "defendant", None)]),
        ("One suspect is not being detained.", [(1, "suspect", "detain")]),
        ("Charged with 31 Felonies including 1 count of burglary",
         [(31, "felony", "charge"), (1, "count", "charge")]),
        ("charged with two counts of filing false claims, six counts of presenting false information",
         [(2, "count", "charge"), (6, "count", "charge")]),
        ("Sweep Puts 345 Dangerous Sex Offenders Behind Bars", [(345, "offender", "put")]),
        ("Coinciding with Operation Stolen Dreams, Three Loan Officers and a Title Agent Charged",
         [(3, "officer", "charge")]),
        ("The 61 ICAC Task Forces, funded through a grant program, conducted raids.",
         [(61, "task force", "conduct")]),
        ("complaints, which resulted in the arrest of more than 54,000 individuals.",
         [(54_000, "individual", "arrest")]),
        ("Police arrested three men and two women.", [(3, "man", "arrest"), (2, "woman", "arrest")]),
        ("Officers made 37 arrests and recovered 9 children.", [(37, "arrest", "make"), (9, "child", "recover")]),
        ("Agents worked to arrest and charge some 4,000 gang members.", [(4000, "member", "arrest")]),
        ("funds recovered by investigators from the County Attorney's Office and 21 law enforcement agencies",
         [(21, "agency", None)]),
        ("Agents seized 3 knives and 2 businesses were raided.", [(3, "knife", "seize"), (2, "business", "raid")]),
        ("They found one firearm.", [(1, "firearm", "find")]),
        ("One hundred and twenty-five officers were deployed.", [(125, "officer", "deploy")]),
        ("Twenty five officers were deployed.", [(25, "officer", "deploy")]),
        ("Police made 5 arrests on Jan. 5 and 6 arrests on Jan. 6.", [(5, "arrest", "make"), (6, "arrest", "make")]),
        ("Officers arrested between 20 and 30 people.", [(20, "person", "arrest"), (30, "person", "arrest")]),
        ("The operation took place this year in 55 FBI field offices.", [(55, "office", None)]),
        ("The sweep also resulted in 57 civil forfeiture actions.", [(57, "action", "result")]),
        ("The operation involved 1,215 defendants, including 485 arrests.",
         [(1215, "defendant", "involve"), (485, "arrest", "involve")]),
    ],
)
def test_counted_phrasings(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


def test_modifiers_qualifier_total_and_charge(extractor: Extractor) -> None:
    record = extractor.extract("The arrest of more than 120 alleged sex traffickers. A total of 20 defendants. "
                               "271 males arrested for the charge of Solicitation.")
    first, second, third = record.counts
    assert (first.qualifier, first.modifiers, first.total) == ("more than", ["alleged", "sex"], False)
    assert second.total is True
    assert third.charge == "Solicitation"


@pytest.mark.parametrize(
    "text",
    [
        "Sixteen Named in Indictment",
        "93 were arrested.",
        "a 357-count indictment",
        "a 20-month operation",
        "a 17-year-old girl",
        "He was sentenced to 10 years in prison.",
        "It lasted three days.",
        "a 4% rise in crime",
        "one of the defendants",
        "in the 100 block of Main St.",
        "under Penal Code 647(b)",
        "In 2021 crime rose.",
        "on Jan. 22, 2024 agents",
        "Kenneth Gaddie, 24, of Nashville",
        "$45,000 in cash",
        "3 kilograms of fentanyl",
        "Call 555-1234 today.",
        "Count 3 charges him with fraud.",
        "with one post bragging in Romanian",
        "Enforcement is one key element to reduce fatalities.",
        "The strike force works as one unit to identify targets.",
        "In one instance, the clinic billed a kit.",
        "On one occasion, he arranged a meeting.",
        "during the week of the Formula One Miami Grand Prix.",
        "lands in the Four Corners region",
        "payments of 21 million pesos",
        "with the ultimate goal of zero fatalities",
        "She carried two milligrams of fentanyl.",
        "The shipment weighed 3 tonnes.",
        "In 2023 officers patrolled the park.",
        "The 2024 arrests were reviewed.",
        "Since 2019 arrests have risen.",
        "2024 Arrests Announced",
        "14 detained thanks to a tip.",
        "In one shooting, a rival was hurt badly.",
        "The men face one or more life sentences.",
        "Crowds came for the Formula One racing weekend.",
        "Officers of Region 3 and Region 5 Tactical Teams met.",
        "Mentors held one-on-one meetings with pupils.",
        "Serials 123 456 789 012 345 678 901 guns were logged.",  # a run of groups too long to be one number
        "Six released due to a lack of evidence.",
    ],
)
def test_numbers_that_are_not_counts(extractor: Extractor, text: str) -> None:
    assert counts(extractor, text) == []


def test_metadata_numbers_are_not_counts(extractor: Extractor) -> None:
    assert counts(extractor, "Date: May 6, 2025\n\nContact: 12 officers desk\n\nNothing here.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any English verb, from the lexicon: no list of event verbs
        ("The ring bilked 300 investors.", [(300, "investor", "bilk")]),
        ("Deputies nabbed 14 suspects on Friday.", [(14, "suspect", "nab")]),
        ("Nine defendants were swindled by the gang.", [(9, "defendant", "swindle")]),
        ("Five men were arraigned in federal court.", [(5, "man", "arraign")]),
        ("The city hired 40 officers.", [(40, "officer", "hire")]),
        ("Customs officers intercepted 12 parcels.", [(12, "parcel", "intercept")]),
        # forms that are also nouns are verbs only where an object or a subject says so
        ("Troopers Arrest 12 Suspects", [(12, "suspect", "arrest")]),
        ("The unit made 37 arrests and recovered 5 guns.", [(37, "arrest", "make"), (5, "gun", "recover")]),
        ("The indictment charges Jane Roe with 3 counts of fraud.", [(3, "count", "charge")]),
        # action nouns give their verb; nouns of things, groups and doers give none
        ("The arrest of 755 people followed.", [(755, "person", "arrest")]),
        ("Police completed the execution of 20 warrants.", [(20, "warrant", "execute")]),
        ("The State filed charges against 65 offenders.", [(65, "offender", "charge")]),
        ("It led to the recovery of 84 minors.", [(84, "minor", "recover")]),
        ("It ordered the closure of 9 parlors and the detention of 4 managers.",
         [(9, "parlor", "close"), (4, "manager", "detain")]),
        ("He cited the pressure of 3 deadlines.", [(3, "deadline", None)]),
        ("The sweep ended with the seizure of 19 firearms, 13 vehicles and 4 boats.",
         [(19, "firearm", "seize"), (13, "vehicle", "seize"), (4, "boat", "seize")]),
        ("The case was built with the support of two prosecutors.", [(2, "prosecutor", None)]),
        ("Officers searched the homes of 20 suspects.", [(20, "suspect", None)]),
        ("Deputies arrested a group of 12 men.", [(12, "man", "arrest")]),
        ("Agents found a shipment of 900 rifles.", [(900, "rifle", "find")]),
        # one verb does not spread over separate facts
        ("The patrol saw 2,219 citations issued, 4,051 warnings and 12 arrests.",
         [(2219, "citation", "issue"), (4051, "warning", None), (12, "arrest", None)]),
        ("Officers reported 25 arrests, 334 contacts and 224 warnings.",
         [(25, "arrest", "report"), (334, "contact", "report"), (224, "warning", "report")]),
        # the count's own clause: relative clauses, participles, the main verb after them
        ("Officers arrested 345 individuals who had failed to register.", [(345, "individual", "arrest")]),
        ("Four defendants, who are named in other indictments, were also arrested.", [(4, "defendant", "arrest")]),
        ("Six of the defendants named in the indictment are charged with fraud.", [(6, "defendant", "charge")]),
        ("Deputies arrested 11 defendants named in the indictment.", [(11, "defendant", "arrest")]),
        ("Two women, aged 27 and 29, were arrested.", [(2, "woman", "arrest")]),
        ("Twelve men and four women have so far been detained.", [(12, "man", "detain"), (4, "woman", "detain")]),
        ("The review revealed that eight of the 14 defendants were members.",
         [(8, "defendant", None), (14, "defendant", None)]),
        # a partitive whose set has words after it, before the verb (once a crash: the two spans nest)
        ("Five of the 62 cases in this operation will be worked by federal prosecutors.",
         [(5, "case", "work"), (62, "case", None)]),
        # where and when are no objects, unless the verb takes the preposition
        ("Agents executed warrants at 22 addresses.", [(22, "address", None)]),
        ("Operations in four districts have resulted in 300 arrests.",
         [(4, "district", None), (300, "arrest", "result")]),
        ("Police have arrested 990 people, laying more than 2,000 charges.",
         [(990, "person", "arrest"), (2000, "charge", "lay")]),
        ("The sweep netted 99 defendants, including 69 people and 30 minors.",
         [(99, "defendant", "net"), (69, "person", "net"), (30, "minor", "net")]),
        ("Nine defendants were in court.", [(9, "defendant", None)]),
        ("Nearly 200 officers from 12 agencies took part.", [(200, "officer", "take"), (12, "agency", None)]),
        ("It resulted in 2,052 charges being laid.", [(2052, "charge", "lay")]),
        ("He caused a loss of $20 million involving over 250 victims.", [(250, "victim", "involve")]),
        ("Police seized drugs, ten prohibited weapons, two bikes and cash.",
         [(10, "weapon", "seize"), (2, "bike", "seize")]),
        ("The operation resulted in the arrest of 3 men, 2 women and a juvenile.",
         [(3, "man", "arrest"), (2, "woman", "arrest")]),
    ],
)
def test_count_events(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year-shaped number counts after a verb, a qualifier or a list bullet, before a lowercase word
        ("Troopers wrote 2031 tickets.", [(2031, "ticket", "write")]),
        ("Results:\n  \u2022 1999 drug arrests\n  \u2022 2010 firearms",
         [(1999, "arrest", None), (2010, "firearm", None)]),
        ("Deputies made approximately 2040 stops.", [(2040, "stop", "make")]),
        # capitalized names joined by "and" modify the lowercase noun after them
        ("About 40 Customs and Border staff searched the port.", [(40, "staff", "search")]),
        ("Some 30 Army and Navy veterans volunteered.", [(30, "veteran", "volunteer")]),
        # an -s verb after "one" or "a" and a singular noun is that count's verb
        ("One deputy faces a disciplinary hearing.", [(1, "deputy", "face")]),
        # a list right after a preposition shares its first item's verb
        ("Troopers teamed up with 12 sheriffs and a total of 40 deputies.",
         [(12, "sheriff", "team"), (40, "deputy", "team")]),
        ("The girls were found by investigators from the Bureau and 21 agencies.", [(21, "agency", None)]),
        # thousands set apart by spaces (SI and European style) are one number; a date's day is not joined
        ("Some 2 500 officers and 40 analysts took part.", [(2500, "officer", "take"), (40, "analyst", "take")]),
        ("On May 14 300 pupils were evacuated.", [(300, "pupil", "evacuate")]),
        # an item opened by "including" keeps a participle of its own; 'found' is the past of 'find'
        ("Deputies served 300 warrants, including 25 warrants found expired.",
         [(300, "warrant", "serve"), (25, "warrant", "find")]),
        ("Troopers will lay 6 charges.", [(6, "charge", "lay")]),
        # "including" / "to include" after a set named without a number: the verb that governs the set
        ("Agents recovered several stolen cars to include two trucks.", [(2, "truck", "recover")]),
        ("Deputies detained 9, including 4 teens.", [(4, "teen", "detain")]),
        ("Troopers seized guns, including 5 shotguns.", [(5, "shotgun", "seize")]),
        # an -ing form that is also a noun is the verb before its own preposition ('account for', 'work with')
        ("The unit, working with 15 agencies, found 4 boys.", [(15, "agency", "work"), (4, "boy", "find")]),
        ("Nine crews were caught, accounting for 300 thefts.", [(9, "crew", "catch"), (300, "theft", "account")]),
        # 'have' with a number for its object is the main verb; as an auxiliary it is none
        ("The ring had 14 members.", [(14, "member", "have")]),
        ("Troopers have towed 5 trucks.", [(5, "truck", "tow")]),
        # a number in the sentence before does not make a verb a list item's own participle
        ("Police made 9 arrests. Officers seized $4,000 in cash, 3 cars and jewelry.",
         [(9, "arrest", "make"), (3, "car", "seize")]),
        # a participle clause with a list of ages inside it
        ("The two women, aged 19, 23 and 30, face 8 charges.", [(2, "woman", "face"), (8, "charge", "face")]),
        # a count in an apposition takes the verb after the comma that closes it
        ("The drivers, 2 men and a teen, were cited.", [(2, "man", "cite")]),
        # semicolons between the items of one list; a clause after a semicolon keeps its own verb
        ("Troopers recovered 8 rifles; 2 boats; and 5 trailers.",
         [(8, "rifle", "recover"), (2, "boat", "recover"), (5, "trailer", "recover")]),
        ("Deputies towed 9 cars; 4 drivers were later cited.", [(9, "car", "tow"), (4, "driver", "cite")]),
        # the verb after an "including" aside belongs to the whole set and to its part
        ("Seven adults, including three nurses, were indicted.", [(7, "adult", "indict"), (3, "nurse", "indict")]),
    ],
)
def test_count_shapes_of_running_text(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents opened 174 firearms trafficking-related criminal investigations.", [(174, "investigation")]),
        ("The unit made 12 drug arrests.", [(12, "arrest")]),
        ("Police seized 20 firearms belonging to the gang.", [(20, "firearm")]),
        ("The site hosted two online bulletin boards where members met.", [(2, "board")]),
        ("One suspect remains at large.", [(1, "suspect")]),
        ("Deputies from 31 sheriff’s offices took part.", [(31, "sheriff's office")]),
        ("Agents bought 6 AR-15s and 3 MP5s.", [(6, "ar-15"), (3, "mp5")]),
        ("Four of the city's officers resigned.", [(4, "officer")]),
        ("Three of Smith’s victims testified.", [(3, "victim")]),
        ("Lab results linked him to four Athens County burglaries.", [(4, "burglary")]),
        ("It is one key element of the plan.", []),
    ],
)
def test_the_counted_noun_is_the_head(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert [(v, i) for v, i, _ in counts(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        ("He pleaded guilty to three counts of wire fraud and two counts of aggravated identity theft.",
         ["wire fraud", "aggravated identity theft"]),
        ("She faces 12 felony counts of possession with intent to distribute in Ohio.",
         ["possession with intent to distribute"]),
        ("They were arrested for the charge of Solicitation.", []),
        ("He was charged with 3 counts.", [None]),
    ],
)
def test_charges_of_counts(extractor: Extractor, text: str, charges: list) -> None:
    found = [c.charge for c in extractor.extract(text).counts if c.item in ("count", "charge")]
    assert found == charges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police questioned 100K suspects.", [(100_000, "suspect")]),
        ("Officials reached 3M residents.", [(3_000_000, "resident")]),
        ("The scheme hit 30 lakh people.", [(3_000_000, "person")]),
        ("Agents arrested 45 (forty five) people.", [(45, "person")]),
        ("He paid 42 bucks.", []),                           # money, not a count of bucks
        ("She carried two milligrams of fentanyl.", []),      # a measure
        ("They arrested one twenty two men.", []),            # unreadable with confidence: left out
    ],
)
def test_number_shapes_are_read_whole_or_not_at_all(extractor: Extractor, text: str, expected: list) -> None:
    assert [(v, i) for v, i, _ in counts(extractor, text)] == expected


def test_verbs_inside_an_operation_name_are_no_events(extractor: Extractor) -> None:
    assert counts(extractor, "Operation Distributed Justice Nets 40 Arrests") == [(40, "arrest", "net")]


def test_a_weekday_that_disagrees_with_its_date_is_a_warning(extractor: Extractor) -> None:
    record = extractor.extract("The raid took place on Monday, Feb. 20, 2024.", release_date="2024-02-25")
    assert any("Monday" in w and "2024-02-20 is a Tuesday" in w for w in record.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an -ing verb after a plural noun for people describes them: the people are counted
        ("Three women carrying stolen cards were arrested.", [(3, "woman", "arrest")]),
        ("Police said 40 investigators working overnight helped.", [(40, "investigator", "work")]),
        ("The sweep used 250 officers patrolling the city.", [(250, "officer", "use")]),  # the verb before wins
        ("Six residents living near the site were moved.", [(6, "resident", "move")]),
        # after a plural thing noun the -ing word is a modifier of the head that follows
        ("Agents opened 12 narcotics trafficking investigations.", [(12, "investigation", "open")]),
        ("Detectives seized 30 weapons smuggling packages.", [(30, "package", "seize")]),
    ],
)
def test_the_people_before_an_ing_verb_are_the_counted_noun(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies seized 14\nhandguns and arrested nine\nsuspected dealers.",
         [(14, "handgun", "seize"), (9, "dealer", "arrest")]),
        ("In all, 61 repeat offenders have\nbeen identified.", [(61, "offender", "identify")]),
        ("Troopers arrested more\nthan 30 drivers.", [(30, "driver", "arrest")]),
        # a line that ends a sentence, or a capital, bullet or number after the break: lines stay apart
        ("Results so far: 12 arrests\n4 firearms seized", [(12, "arrest", None), (4, "firearm", "seize")]),
    ],
)
def test_a_line_wrap_inside_a_sentence_is_read_as_a_space(extractor: Extractor, text: str, expected: list) -> None:
    record = extractor.extract(text, release_date="2024-01-31")
    assert [(c.value, c.item, c.event) for c in record.counts] == expected
    assert all(c.text == text[c.start:c.end] for c in record.counts)  # the caller's own text, newline kept


def test_a_wrapped_count_keeps_the_newline_in_its_text(extractor: Extractor) -> None:
    text = "Agents arrested 14\nsuspects."
    [count] = extractor.extract(text, release_date="2024-01-31").counts
    assert (count.text, count.start, count.end) == ("14\nsuspects", 16, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second subject joined by "and" before the participle: a noun, not "and" + verb
        ("14 Gang Members and Associates Sentenced in Federal Court", [(14, "member", "sentence")]),
        ("Nine dealers and suppliers charged after raids.", [(9, "dealer", "charge")]),
        # a predicate without a verb, then "and" with the verb of the count
        ("All three suspects are in custody and are being interviewed.", [(3, "suspect", "interview")]),
        ("Two women were in hospital and later released.", [(2, "woman", "release")]),
        # another subject after "and": not the count's verb
        ("Two women are in hospital and police seized 12 guns.", [(2, "woman", None), (12, "gun", "seize")]),
    ],
)
def test_coordinated_subjects_and_predicates_keep_the_counts_verb(extractor: Extractor, text: str,
                                                                  expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item joined by "and" to the count before it shares that count's event
        ("The grant lets the office hire two analysts and one detective, for a total of four analysts and three "
         "detectives in the unit.",
         [(2, "analyst", "hire"), (1, "detective", "hire"), (4, "analyst", None), (3, "detective", None)]),
        ("It hired two nurses; the clinic now has a staff of five doctors and four nurses.",
         [(2, "nurse", "hire"), (5, "doctor", None), (4, "nurse", None)]),
        # an item with a participle of its own keeps it
        ("Troopers made 40 arrests and 310 citations issued.",
         [(40, "arrest", "make"), (310, "citation", "issue")]),
    ],
)
def test_an_item_joined_by_and_shares_the_event_of_the_count_before(extractor: Extractor, text: str,
                                                                    expected: list) -> None:
    assert counts(extractor, text) == expected


def test_statistics_lines_with_the_label_first_are_counts(extractor: Extractor) -> None:
    text = ("Weekend enforcement totals\n"
            "Arrests: 19\n"
            "Speeding citations - 412\n"
            "• Stolen vehicles recovered: 6\n"
            "Total warnings: 1,050\n"
            "Warrants served – 27.\n")
    record = extractor.extract(text, release_date="2024-01-31")
    got = [(c.value, c.item, c.modifiers, c.event, c.total, c.text) for c in record.counts]
    assert got == [
        (19, "arrest", [], None, False, "Arrests: 19"),
        (412, "citation", ["Speeding"], None, False, "Speeding citations - 412"),
        (6, "vehicle", ["Stolen"], "recover", False, "Stolen vehicles recovered: 6"),
        (1050, "warning", [], None, True, "Total warnings: 1,050"),
        (27, "warrant", [], "serve", False, "Warrants served – 27"),
    ]
    assert all(text[c.start:c.end] == c.text for c in record.counts)


@pytest.mark.parametrize(
    "text",
    [
        "Case number: 2024-118\nAge: 34\nPhone: 555-0100",   # no plural noun in the label
        "Hours: 48\nDays: 3",                                 # durations
        "Arrests: 19 in all, police said.",                   # the number does not end the line
        "He said the numbers were grim: 19",                  # the label does not open its line
        "Arrests: 2024",                                      # a year
    ],
)
def test_label_first_lines_that_are_no_counts(extractor: Extractor, text: str) -> None:
    assert [c.rule for c in extractor.extract(text, release_date="2024-01-31").counts
            if c.rule == "count:label-first"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun phrase never runs across a preposition or a second number
        ("Deputies rescued 19 migrants aboard three boats.", [(19, "migrant", "rescue"), (3, "boat", None)]),
        ("Nine arrested following weekend raids", []),
        # people before a verb are the head, not a modifier of a later plural
        ("Seven defendants face weapons charges.", [(7, "defendant", "face")]),
        # proportions are no counts, on either side of the link word
        ("Roughly one in four of these offenders reoffends.", []),
        ("Three out of every five thefts involve cars.", []),
        ("One in every ten drivers was stopped.", []),
    ],
)
def test_noun_phrases_stop_at_prepositions_people_and_ratios(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives recovered:\n• 14 stolen bicycles\n• three laptops, including two tablets\n• 6 phones",
         [(14, "bicycle", "recover"), (3, "laptop", "recover"), (2, "tablet", "recover"), (6, "phone", "recover")]),
        ("Officers arrested:\n11 adults\n4 juveniles", [(11, "adult", "arrest"), (4, "juvenile", "arrest")]),
        # a list under a line without a verb, or a prose line between, shares nothing
        ("Results at a glance:\n- 12 arrests\n- 5 cars", [(12, "arrest", None), (5, "car", None)]),
        ("Officers seized:\nThe haul was large.\n- 12 knives", [(12, "knife", None)]),
    ],
)
def test_a_list_under_a_line_ending_in_verb_and_colon_shares_the_verb(extractor: Extractor, text: str,
                                                                      expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # charge counts after a name and "of" take the charging verb before the name
        ("A jury convicted Garza of 14 felony counts.", [(14, "count", "convict")]),
        ("The judge acquitted Lee in May of two counts.", [(2, "count", "acquit")]),
        # people after "from" are whom the verb took from; places after "from" only say where
        ("The pair stole jewelry from 9 residents.", [(9, "resident", "steal")]),
        ("Agents seized cash from 12 homes.", [(12, "home", None)]),
        # after "on", people are a topic
        ("The board held a hearing on 30 applicants.", [(30, "applicant", None)]),
    ],
)
def test_arguments_behind_a_name_or_a_preposition(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # participles used as prepositions are no events
        ("Nine suppliers were charged with 70 offences following a long inquiry.",
         [(9, "supplier", "charge"), (70, "offence", "charge")]),
        ("He holds 12 permits pending a review.", [(12, "permit", "hold")]),
        # offences are charges: the charging verb over the whole phrase
        ("Detectives charged 14 people with 51 offences.", [(14, "person", "charge"), (51, "offence", "charge")]),
    ],
)
def test_prepositional_participles_and_offences(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies towed 58 vehicles, which included 9 stolen trucks.",
         [(58, "vehicle", "tow"), (9, "truck", "tow")]),
        ("The court heard 40 witnesses, among them 12 nurses and two doctors.",
         [(40, "witness", "hear"), (12, "nurse", "hear"), (2, "doctor", "hear")]),
        ("Officers recovered stolen goods, which included 30 phones.", [(30, "phone", "recover")]),
        # "include" is never the event
        ("The haul included 12 guns.", [(12, "gun", None)]),
    ],
)
def test_counts_in_a_set_named_before_take_the_sets_event(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three defendants, a nurse, a pharmacist and a clinic owner, were sentenced Friday.",
         [(3, "defendant", "sentence")]),
        ("Nine departments, including the Elm County Sheriff's Office and the Oak City Police Department, joined "
         "the task force.", [(9, "department", "join")]),
        # a count with its own verb before keeps it; the aside is a list of its members
        ("Deputies arrested four men, a woman and a teen, and seized 2 guns.",
         [(4, "man", "arrest"), (2, "gun", "seize")]),
    ],
)
def test_a_subject_count_takes_the_verb_after_an_aside(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count that says where the subject came from takes no verb; the subject takes the verb
        ("Some 60 agents and analysts from 11 agencies searched the port.",
         [(60, "agent", "search"), (11, "agency", None)]),
        ("Troopers from 4 districts worked overtime shifts.", [(4, "district", None)]),
        # its own participle before a preposition still counts
        ("The board held a hearing on 30 suspects arrested in the sweep.", [(30, "suspect", "arrest")]),
    ],
)
def test_a_place_count_inside_the_subject_keeps_no_verb(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base form after a plural noun for people is its verb
        ("The court said five defendants face weapons counts.", [(5, "defendant", "face")]),
        ("The 40 Harbour and Police staff met at dawn.", [(40, "staff", "meet")]),  # names, not a subject
        # a part of a hyphenated word is no verb
        ("Agents seized 4 stash-house presses, 900 pills and two rifles.",
         [(4, "press", "seize"), (900, "pill", "seize"), (2, "rifle", "seize")]),
        # a verb right before "and" with a new subject after it has no object there
        ("Nine people were charged and 21 warrants executed during the week.",
         [(9, "person", "charge"), (21, "warrant", "execute")]),
        # a pronoun starts another clause: its verb is not the count's
        ("Four of the men drove to a motel expecting they would meet a buyer.", [(4, "man", "drive")]),
    ],
)
def test_subjects_hyphenated_words_and_new_clauses(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after "be" that describes a noun after it is no verb of the subject
        ("Three of the men detained are convicted felons.", [(3, "man", "detain")]),
        ("Two suspects are wanted fugitives.", [(2, "suspect", None)]),
        # passives of verbs with two objects keep the verb
        ("Sixty drivers were issued warnings.", [(60, "driver", "issue")]),
        ("Eleven victims were offered shelter.", [(11, "victim", "offer")]),
        ("Four men were arrested today.", [(4, "man", "arrest")]),
    ],
)
def test_predicate_adjectives_are_no_passive_verbs(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hyphenated modifiers opened by an ordinal or a function word, and particle plurals as heads
        ("Prosecutors diverted 310 first-time offenders.", [(310, "offender", "divert")]),
        ("Rangers seized 6 all-terrain vehicles.", [(6, "vehicle", "seize")]),
        ("Police logged 45 break-ins and 9 hold-ups.", [(45, "break-in", "log"), (9, "hold-up", "log")]),
        # "along with", "as well as" add an item to the list
        ("Deputies arrested 14 adults, along with 3 juveniles.", [(14, "adult", "arrest"), (3, "juvenile", "arrest")]),
        ("Troopers indicted 10 cases with 25 defendants.", [(10, "case", "indict"), (25, "defendant", None)]),
        # a parenthesis breaks down the count right before it
        ("Agents seized 20 guns (12 pistols, 5 rifles and 3 shotguns).",
         [(20, "gun", "seize"), (12, "pistol", "seize"), (5, "rifle", "seize"), (3, "shotgun", "seize")]),
        ("Police arrested Roe (12 charges pending).", [(12, "charge", None)]),
        # a verb after "one" is no counted noun
        ("One died at the scene.", []),
    ],
)
def test_hyphenated_heads_added_items_breakdowns_and_one(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weekend totals\nArrests 31\nCitations Issued 400",
         [(31, "arrest", None, "Arrests 31"), (400, "citation", "issue", "Citations Issued 400")]),
        ("Results\n31 – Arrests\n12 – Firearms seized",
         [(31, "arrest", None, "31 – Arrests"), (12, "firearm", "seize", "12 – Firearms seized")]),
        ("| Arrests | 31 |\n| Warnings | 400 |",
         [(31, "arrest", None, "Arrests | 31"), (400, "warning", None, "Warnings | 400")]),
        ("Totals: Arrests (31), Citations (400).",
         [(31, "arrest", None, "Arrests (31"), (400, "citation", None, "Citations (400")]),
        ("Arrests - 31; Citations - 400; Warnings - 1,200.",
         [(31, "arrest", None, "Arrests - 31"), (400, "citation", None, "Citations - 400"),
          (1200, "warning", None, "Warnings - 1,200")]),
        # places in parentheses and lines without a plural label are no statistics
        ("Suspects came from Honduras (29) and Mexico (17).", []),
        ("Highway 101\nRoute 66", []),
    ],
)
def test_statistics_entries_in_other_layouts(extractor: Extractor, text: str, expected: list) -> None:
    record = extractor.extract(text, release_date="2024-01-31")
    assert [(c.value, c.item, c.event, c.text) for c in record.counts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers found 14 weapons, among which were 9 knives.", [(14, "weapon", "find"), (9, "knife", "find")]),
        ("Agents seized 20 guns – 12 pistols and 8 rifles – in the raid.",
         [(20, "gun", "seize"), (12, "pistol", "seize"), (8, "rifle", "seize")]),
        ("Detectives searched a business premises and three homes.", [(3, "home", "search")]),
        ("Police stopped two teens aged 15 and 16.", [(2, "teen", "stop")]),
        ("Police lay 300 charges after blitz", [(300, "charge", "lay")]),
        ("Police found 12 guns.", [(12, "gun", "find")]),
        ("Global sweep: 812 victims of forced labour identified in 40 countries",
         [(812, "victim", "identify"), (40, "country", None)]),
    ],
)
def test_set_breakdowns_nouns_like_verbs_and_headline_participles(extractor: Extractor, text: str,
                                                                 expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb before takes the count as object; adverb + participle say the state it left them in
        ("The crash left two riders seriously injured.", [(2, "rider", "leave")]),
        ("Deputies found three dogs badly starved.", [(3, "dog", "find")]),
        # without an adverb the participle can be the event itself
        ("The week of action sees 400 charges laid", [(400, "charge", "lay")]),
    ],
)
def test_object_complements_keep_the_verb_before(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 60 officers from the Border Force (UKBF), with help from council staff, searched 14 shops.",
         [(60, "officer", "search"), (14, "shop", "search")]),
        ("Twelve agents from the DEA, backed by state police, raided the farm.", [(12, "agent", "raid")]),
    ],
)
def test_a_subject_with_a_source_and_an_aside_takes_the_verb_after_both(extractor: Extractor, text: str,
                                                                          expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers made 45 arrests related to shoplifting.", [(45, "arrest", "make")]),
        ("Police made 45 arrests relating to 12 burglaries.", [(45, "arrest", "make"), (12, "burglary", None)]),
        ("Police related the facts to 3 witnesses.", [(3, "witness", "relate")]),
    ],
)
def test_complex_prepositions_are_no_events(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sting led to 20 arrests and warrants for nine more suspects.",
         [(20, "arrest", "lead"), (9, "suspect", None)]),
        ("Troopers made 12 arrests and seized 4 guns.", [(12, "arrest", "make"), (4, "gun", "seize")]),
    ],
)
def test_a_plural_noun_after_and_and_another_plural_is_no_verb(extractor: Extractor, text: str,
                                                               expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police ran a sweep, seizing £4,000 in cash and 12 knives.", [(12, "knife", "seize")]),
        ("Officers seized 310 Class A wraps.", [(310, "wrap", "seize")]),
        ("A courier carrying 40 Class B wraps was stopped.", [(40, "wrap", "carry")]),
        ("Police said 12 men were arrested.", [(12, "man", "arrest")]),
    ],
)
def test_currency_objects_letter_names_and_objects_before_a_finite_verb(extractor: Extractor, text: str,
                                                                         expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized $9,000 cash, numerous stolen phones and four prohibited knives.",
         [(4, "knife", "seize")]),
        ("Officers served 31 Firearm Prohibition Order (FPO) notices this week.", [(31, "notice", "serve")]),
    ],
)
def test_prenominal_participles_and_acronyms_inside_noun_phrases(extractor: Extractor, text: str,
                                                                expected: list) -> None:
    assert counts(extractor, text) == expected


def test_a_list_under_a_line_ending_in_including_takes_the_sets_verb(extractor: Extractor) -> None:
    text = "Cash, phones and other items were seized including:\n- Four stolen laptops\n- 9 passports"
    assert counts(extractor, text) == [(4, "laptop", "seize"), (9, "passport", "seize")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a plural that is no modifier, an -ing word is a verb describing the counted noun
        ("Deputies investigated 22 crashes involving injuries.", [(22, "crash", "investigate")]),
        ("Agents found 15 parcels containing pills.", [(15, "parcel", "find")]),
        # a plural English uses as a modifier passes to the noun after the -ing word
        ("Agents opened 30 weapons trafficking cases.", [(30, "case", "open")]),
        # reporting a number directly is the event
        ("Troopers noted 40 speeding arrests.", [(40, "arrest", "note")]),
    ],
)
def test_ing_words_after_plurals_and_noted_counts(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


def test_a_statistics_entry_may_end_in_a_note_in_parentheses(extractor: Extractor) -> None:
    text = "Results:\n• Gang members – 412 (most of them repeat offenders)\n• Fugitives – 96\n"
    record = extractor.extract(text, release_date="2024-01-31")
    assert [(c.value, c.item, c.text) for c in record.counts] == [
        (412, "member", "Gang members – 412"), (96, "fugitive", "Fugitives – 96")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three face charges after drug bust", []),        # the number is the subject of 'face'
        ("Two Face Murder Counts in Shooting", []),
        ("He faces 3 murder charges.", [(3, "charge", "face")]),
        ("Prosecutors filed 12 sentencing charges.", [(12, "charge", "file")]),
    ],
)
def test_a_number_before_a_charging_verb_counts_no_charges(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 12 people last Saturday.", [(12, "person", "arrest")]),
        ("Deputies detained 9 men last week.", [(9, "man", "detain")]),
        ("One suspect may face charges.", [(1, "suspect", "face")]),
        ("One drink can be one too many.", [(1, "drink", None)]),
        ("Three men could face life sentences.", [(3, "man", "face")]),
    ],
)
def test_last_before_a_time_word_and_modals_after_the_noun(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Briefings are held in each of the 40 dormitories.", [(40, "dormitory", None)]),
        ("Officers served warrants at the 18 addresses.", [(18, "address", None)]),
        ("Officers searched the 18 addresses.", [(18, "address", "search")]),
    ],
)
def test_a_place_count_behind_determiners_takes_no_verb(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


def test_a_statistics_entry_with_last_years_figure_in_parentheses(extractor: Extractor) -> None:
    text = "Campus statistics\nLiquor law arrests 212 (2023: 187)\nRobberies 6 (2023: 4)\nHighway 101 (north)\n"
    assert [(c.value, c.item) for c in extractor.extract(text, release_date="2024-01-31").counts] == [
        (212, "arrest"), (6, "robbery")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Even one child lost to drugs is too many.", []),
        ("Not one officer was hurt.", []),
        ("Police found one gun.", [(1, "gun", "find")]),
    ],
)
def test_a_hypothetical_one_is_no_count(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


def test_statistics_entries_run_on_one_line(extractor: Extractor) -> None:
    text = "Weekend totals\nArrests: 31 Citations: 400 Warnings: 12\n"
    got = [(c.value, c.item, c.text) for c in extractor.extract(text, release_date="2024-01-31").counts]
    assert got == [(31, "arrest", "Arrests: 31"), (400, "citation", "Citations: 400"), (12, "warning", "Warnings: 12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unit made 31 Arrests: 12 for DUI.", [(31, "arrest", "make")]),  # a heading colon, no entries
        # English makes verbs of nouns the lexicon lists only as nouns
        ("A further seven people were summonsed to court.", [(7, "person", "summons")]),
        ("Nine dogs were microchipped.", [(9, "dog", "microchip")]),
        ("Officers stopped Ahmed and his 4 passengers.", [(4, "passenger", "stop")]),
    ],
)
def test_heading_colons_and_verbs_made_of_nouns(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("word", "noun"),
    [("summonsed", "summons"), ("microchipped", "microchip"), ("seized", None), ("bearded", None), ("ahmed", None),
     ("mohammed", None), ("summons", None)],
)
def test_only_unknown_ed_forms_of_known_nouns_are_verbs_made_of_nouns(word: str, noun: str | None) -> None:
    from extractor.lexicon import denominal_verb

    assert denominal_verb(word) == noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline capitalizes the verb after people as it does the noun
        ("More Than 100 Officers Take Part in Week of Action\n\nLEEDS - Police said.", [(100, "officer", "take")]),
        ("Four Men Face Charges After Raids\n\nLEEDS - Police said.", [(4, "man", "face")]),
    ],
)
def test_a_headline_verb_after_people_is_their_event(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parenthesis inside a list is an aside: its words are no verb of the items after it
        ("Officers seized 40 pills (known as Xanax bars), 52 cannabis plants and 20 tablets.",
         [(40, "pill", "seize"), (52, "plant", "seize"), (20, "tablet", "seize")]),
        ("Officers seized 12 grams of heroin (commonly known as brown), 52 cannabis plants and 2,012 tablets.",
         [(52, "plant", "seize"), (2012, "tablet", "seize")]),
        # a participle after an earlier counted noun is that count's, not the verb of a new subject's count
        ("Police identified 14 individuals directly linked to the gang and 288 persons with pending warrants "
         "were arrested.", [(14, "individual", "identify"), (288, "person", "arrest")]),
        ("Two women are in hospital and police seized 12 guns.", [(2, "woman", None), (12, "gun", "seize")]),
        # a count that says when takes its own participle, not the clause's verb
        ("A total of 1,056 suspects were arrested during 1,065 raids conducted across the island.",
         [(1056, "suspect", "arrest"), (1065, "raid", "conduct")]),
        ("Deputies arrested 12 people during 30 traffic stops.", [(12, "person", "arrest"), (30, "stop", None)]),
    ],
)
def test_asides_earlier_participles_and_counts_of_when(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a set named by a verb alone ('those arrested') gives its members that verb
        ("Those arrested included 519 people.", [(519, "person", "arrest")]),
        ("Those charged include 3 juveniles.", [(3, "juvenile", "charge")]),
        ("Among those arrested were 12 juveniles and 3 adults.", [(12, "juvenile", "arrest"), (3, "adult", "arrest")]),
        # a participle before the set's noun, the subject of 'included', gives it too; 'to include' does not
        ("The arrested persons included 41 first-time drug abusers.", [(41, "abuser", "arrest")]),
        ("Detectives located several stolen items to include three rifles.", [(3, "rifle", "locate")]),
    ],
)
def test_sets_named_by_a_verb_alone(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'round up' is an event; 'round' as a noun is counted
        ("Deputies rounded up 40 fugitives.", [(40, "fugitive", "round")]),
        ("Officers seized 500 rounds of ammunition.", [(500, "round", "seize")]),
        # offences and gerunds inside earlier items of a list are no event of the items after them
        ("The task force arrested 61 males and one female for solicitation of prostitution, one male for "
         "soliciting a minor, and one male for pimping.",
         [(61, "male", "arrest"), (1, "female", "arrest"), (1, "male", "arrest"), (1, "male", "arrest")]),
        ("Officers announced the arrest of 47 people, 12 vehicles and 5 guns.",
         [(47, "person", "arrest"), (12, "vehicle", "arrest"), (5, "gun", "arrest")]),
    ],
)
def test_phrasal_round_up_and_offences_inside_list_items(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parenthesis between the items of a set leaves them one set
        ("Deputies arrested 61 people in a sweep last week, including nine women (all adults) and 48 men.",
         [(61, "person", "arrest"), (9, "woman", "arrest"), (48, "man", "arrest")]),
        # a base form after a determiner and a noun heads a compound noun ('a prostitution sting')
        ("Deputies arrested 61 people in a prostitution sting over the course of last week, including 48 men.",
         [(61, "person", "arrest"), (48, "man", "arrest")]),
        # with a number after it, it is the verb
        ("The grant lets the office hire two analysts.", [(2, "analyst", "hire")]),
    ],
)
def test_asides_in_sets_and_compound_nouns(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a linking verb after a number is no modifier: the number is its subject; other verbs modify nouns
        ("Five of the defendants were arrested last week; two remain fugitives.", [(5, "defendant", "arrest")]),
        ("Four informants became witnesses, and two became agents.", [(4, "informant", None)]),
        ("The two remaining suspects were arrested.", [(2, "suspect", "arrest")]),
        # 'remain' is a linking verb and still an event (SPEC: any English verb), unlike 'be' and 'seem'
        ("Two defendants remain at large.", [(2, "defendant", "remain")]),
        # "the accused" counts people as an invariant plural
        ("The 16 accused appeared in court, and nine of the accused were held.",
         [(16, "accused", "appear"), (9, "accused", "hold")]),
        # a headline verb with its particle before the object
        ("Prison Sweep Turns Up 1,140 Cellphones, 286 Weapons",
         [(1140, "cellphone", "turn"), (286, "weapon", "turn")]),
        ("Deputies Round Up 12 Suspects in Sweep", [(12, "suspect", "round")]),
        ("Arrests In 3 States Follow Probe", [(3, "state", None)]),
        # a participle that is no past tense after an aside describes the aside's noun, no main verb
        ("Agents recovered 31 firearms, including 8 conversion devices, known as switches.",
         [(31, "firearm", "recover"), (8, "device", "recover")]),
        # items added with 'along with' share the clause's verb over amounts, not a prepositional phrase's
        ("Officers seized 40 kg of drugs, along with 11 sets of dive gear and 3 boats.",
         [(11, "set", "seize"), (3, "boat", "seize")]),
        ("Officers recovered around 24 kilos of cocaine, along with £132,500 in cash and 3 vehicles.",
         [(3, "vehicle", "recover")]),
        ("A suspect was arrested with $27,000 along with 42 cloned cards.", [(42, "card", None)]),
        ("He hid a rifle in a car, along with a shipment of 550 pills.", [(550, "pill", None)]),
        # a subordinating word opens a clause of its own: the verb before it is another clause's
        ("Two men were charged after 14 workers were found at car washes.",
         [(2, "man", "charge"), (14, "worker", "find")]),
        ("A ticket fraud gang was jailed after 2,300 fans lost money.", [(2300, "fan", "lose")]),
        ("Officers arrested 12 men after 3 raids.", [(12, "man", "arrest"), (3, "raid", None)]),
        # amounts earlier in the verb's list do not end the search back for its verb
        ("Officers seized 3kg of crack cocaine and heroin, £48,600 in cash, 14 mobile phones used as deal lines.",
         [(14, "phone", "seize")]),
        ("Agents seized $5,000, 12 phones and 3 guns.", [(12, "phone", "seize"), (3, "gun", "seize")]),
        # participles joined by 'and'/'or' before a plural noun modify it
        ("Troopers assisted 1,102 disabled or stranded motorists.", [(1102, "motorist", "assist")]),
        ("Officers seized 198 forged and falsified documents.", [(198, "document", "seize")]),
        ("Police found 12 lost or stolen phones.", [(12, "phone", "find")]),
        # a negated participle after the noun describes it too
        ("Specialists intercepted 27 pests not known to occur here.", [(27, "pest", "intercept")]),
        ("Specialists intercepted 1,388 products and 27 pests not known to occur here.",
         [(1388, "product", "intercept"), (27, "pest", "intercept")]),
        # a subject's relative clause without commas ends at the auxiliary of the main verb
        ("Fourteen men who responded and arrived at a hotel were arrested.", [(14, "man", "arrest")]),
        ("Three officers who responded to the call were injured.", [(3, "officer", "injure")]),
        ("Officers arrested 345 individuals who had failed to register.", [(345, "individual", "arrest")]),
        # a subject's first verb is its own when 'and' joins a second verb or another subject follows
        ("The 12 suspects appeared in court and were held.", [(12, "suspect", "appear")]),
        ("The 12 suspects appeared in court, and two were held.", [(12, "suspect", "appear")]),
        ("Four defendants named in the indictment were arrested.", [(4, "defendant", "arrest")]),
        ("Police arrested two men accused of robbery.", [(2, "man", "arrest")]),
        # game and fish with a zero plural are counted as written
        ("Wardens seized 23 deer, 4 elk and 400 abalone.", [(23, "deer", "seize"), (4, "elk", "seize"),
                                                            (400, "abalone", "seize")]),
        ("Three suspects remain in custody, and 4 men were released.",
         [(3, "suspect", "remain"), (4, "man", "release")]),
        ("Two suspects are fugitives and 3 men seem innocent.", [(2, "suspect", None), (3, "man", None)]),
        ("Police seized 12 stolen cars.", [(12, "car", "seize")]),
        ("Officers seized two stun guns.", [(2, "gun", "seize")]),
        # a participle after a counted noun is shared by its parenthesized breakdown
        ("Officers safeguarded people: 395 females safeguarded (214 adults, 181 children).",
         [(395, "female", "safeguard"), (214, "adult", "safeguard"), (181, "child", "safeguard")]),
        ("Officers identified 17 gang members linked to at least 30 shootings.",
         [(17, "member", "identify"), (30, "shooting", "link")]),
        # a time phrase after a passive verb is no noun the participle describes
        ("Two suspects were arrested early Tuesday.", [(2, "suspect", "arrest")]),
        # an amount between the verb and its other object
        ("Prosecutors proved that she stole more than $640,000 from at least 11 victims.", [(11, "victim", "steal")]),
        ("A suspect was arrested with $27,000 along with 42 cloned cards.", [(42, "card", None)]),
        # a set named by a plural noun and its participle
        ("Agencies participating included 14 sheriff's offices and 9 police departments.",
         [(14, "sheriff's office", "participate"), (9, "department", "participate")]),
        ("Police seized 12 guns. Those charged include two men, aged 24 and 31, who appeared in court.",
         [(12, "gun", "seize"), (2, "man", "charge")]),
    ],
)
def test_verb_only_words_time_phrases_amounts_and_named_sets(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after a preposition of what something concerns is no argument of the verb
        ("Forty-two charges have been libelled in connection with 31 housebreakings.",
         [(42, "charge", "libel"), (31, "housebreaking", None)]),
        ("Police arrested 12 people in relation to 4 burglaries.", [(12, "person", "arrest"), (4, "burglary", None)]),
        # a plain preposition after a verb that takes it keeps the verb
        ("The operation resulted in 14 arrests.", [(14, "arrest", "result")]),
    ],
)
def test_counts_after_prepositions_of_concern(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troopers issued 1,200-plus citations.", [(1200, "citation", "more than")]),
        ("Agents arrested the No. 1 suspect.", []),  # a rank
        ("A 357-count indictment was unsealed.", []),  # a compound adjective stays no count
        # a past form that is no participle is the count's own verb, not a description of its noun
        ("More than 1,000 officers took part, and some 300 arrests were made.",
         [(1000, "officer", "more than"), (300, "arrest", "approximately")]),
    ],
)
def test_plus_bounds_ranks_and_past_forms(extractor: Extractor, text: str, expected: list) -> None:
    assert [(c.value, c.item, c.qualifier) for c in extractor.extract(text, release_date="2024-01-31").counts] \
        == expected
    if "took part" in text:
        assert counts(extractor, text)[0][2] == "take"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charging verb before charge counts is their event, whatever verbs the offences' names contain
        ("He was charged with seventeen offences, including drive while suspended, possess prohibited drug, and "
         "possess ammunition.", [(17, "offence", "charge")]),
        # an 'including' clause ends at a comma before the predicate, not at a comma inside its list
        ("Four people, including two teenagers, were arrested.", [(4, "person", "arrest"), (2, "teenager", "arrest")]),
    ],
)
def test_charging_verbs_before_offence_lists(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective's 'of' phrase is no noun's object: the verb before it governs the count
        ("She was found guilty of two counts of rape.", [(2, "count", "find")]),
        ("The arrest of 47 people followed.", [(47, "person", "arrest")]),
    ],
)
def test_adjective_of_phrases_are_no_action_nouns(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside of ages after the subject
        ("The four suspects, ages 19 to 34, were arrested on March 11.", [(4, "suspect", "arrest")]),
        # a base form after a preposition is no verb
        ("Agents seized $48,700 in counterfeit notes, two card encoders and 212 blank gift cards.",
         [(2, "encoder", "seize"), (212, "card", "seize")]),
        ("Police plan to search 40 homes.", [(40, "home", "search")]),
    ],
)
def test_age_asides_and_base_forms_after_prepositions(extractor: Extractor, text: str, expected: list) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma ends the counted phrase unless one-word modifiers run on to an 'and' or 'or'
        ("At the Interstate 35 checkpoint, agents referred 12 trucks.", [(12, "truck", "refer")]),
        ("He has 35 checkpoint, agents said.", []),
        ("300 federal, state, and local agencies took part.", [(300, "agency", "take")]),
        ("Officers seized 35 rifle, handgun and shotgun rounds.", [(35, "round", "seize")]),
    ],
)
def test_modifier_lists_need_their_and(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause about a part of the set ('two of which') gives its verb to the part, not the count
        ("In all, deputies seized:\n• 6 firearms, two of which had been reported stolen\n• 9 phones\n",
         [(6, "firearm", "seize"), (9, "phone", "seize")]),
        ("Twelve men, some of whom had been charged before, were arrested.", [(12, "man", "arrest")]),
        ("Police arrested 12 men, some of whom were later charged.", [(12, "man", "arrest")]),
        # a set named without a number keeps its verb across the phrases before 'including'
        ("The court saw items recovered from them at the point of arrest, including 31 phones and 9 laptops.",
         [(31, "phone", "recover"), (9, "laptop", "recover")]),
    ],
)
def test_parts_of_a_set_and_sets_with_long_phrases(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list under a line that fronts its participle, and numbered list lines
        ("Police raided the house.\nSeized from the suspects were:\n1. One (1) motor vehicle;\n2. Two (2) phones;\n",
         [(1, "vehicle", "seize"), (2, "phone", "seize")]),
        ("Officers recovered:\n1) 4 phones\n2) 9 laptops\n", [(4, "phone", "recover"), (9, "laptop", "recover")]),
        # a 'were' with no participle before it gives no verb
        ("The results were:\n- 4 arrests\n- 9 citations\n", [(4, "arrest", None), (9, "citation", None)]),
    ],
)
def test_list_lines_under_fronted_participles_and_numbers(extractor: Extractor, text: str,
                                                          expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure word inside a hyphenated modifier is no measure
        ("Agents recovered 212 night-vision devices.", [(212, "device", "recover")]),
        # SPEC lists "in two nights" among counts that only say when: a count of nights with no event
        ("Deputies patrolled for two nights.", [(2, "night", None)]),
        ("Troopers made 12 arrests in two nights.", [(12, "arrest", "make"), (2, "night", None)]),
        # an acronym that opens a name is no plural noun
        ("He was charged under Sections 20, 22 and 29 of the NDPS Act.", []),
        ("Police registered 29 NDPS cases.", [(29, "case", "register")]),
        ("UNODC trained 45 HPS and Coast Guard officers.", [(45, "officer", "train")]),
    ],
)
def test_hyphenated_measures_and_acronyms_opening_names(extractor: Extractor, text: str,
                                                        expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


def test_half_a_dozen_is_six_never_twelve(extractor: Extractor) -> None:
    assert counts(extractor, "Police arrested half a dozen men and a dozen women.") == [
        (6, "man", "arrest"), (12, "woman", "arrest")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both ends of a range count the noun, as a coordination does ('5 or 6 men'); never the upper end alone
        ("Police arrested 10-12 suspects.", [(10, "suspect", "arrest"), (12, "suspect", "arrest")]),
        ("Police arrested 3 to 4 juveniles.", [(3, "juvenile", "arrest"), (4, "juvenile", "arrest")]),
        # a score is no range
        ("The board passed it in a 2-1 vote.", []),
        ("He faces 5 to 7 years in prison.", []),
    ],
)
def test_ranges_of_counts_keep_both_ends(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb's bare base form after 'be' is an adverb or adjective there, no verb of the count
        ("Seven suspects are still at large.", [(7, "suspect", None)]),
        ("Three men are still being sought.", [(3, "man", "seek")]),
        ("Police said 12 suspects are back in custody.", [(12, "suspect", None)]),
        # a participle spelled like its base stays a verb
        ("Two men were set free and three officers were hurt.", [(2, "man", "set"), (3, "officer", "hurt")]),
    ],
)
def test_base_forms_after_be_are_no_verbs(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list line under a verb with its preposition, a part of the set, and a line counting one thing
        ("Project Alder resulted in:\n- 31 arrests\n- 216 stolen vehicles recovered\n",
         [(31, "arrest", "result"), (216, "vehicle", "recover")]),
        ("Officers seized:\n- four handguns, two of them loaded\n- one vehicle\n",
         [(4, "handgun", "seize"), (1, "vehicle", "seize")]),
        # 'in all' before a number that only says where is a preposition, not a total
        ("These numbers reflect the work of officers in all seven districts.", [(7, "district", None)]),
        ("Officers said in all 40 people were arrested.", [(40, "person", "arrest")]),
    ],
)
def test_list_headers_parts_and_in_all(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


def test_items_of_a_set_keep_its_verb_across_words_that_describe_them(extractor: Extractor) -> None:
    text = ("Those arrested included 11 people on failure-to-appear warrants, seven registered offenders out of "
            "compliance and two fugitives from other states.")
    assert counts(extractor, text) == [(11, "person", "arrest"), (7, "offender", "arrest"), (2, "fugitive", "arrest")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause-opening 'Of the N X,' names the whole; the verb after the comma is the part's
        ("Of the 216 vehicles, 94 were intercepted at rail yards.", [(216, "vehicle", None)]),
        ("Police said that of the 40 guns, 12 were stolen.", [(40, "gun", None)]),
        ("Of the 216 vehicles recovered, 94 were intercepted.", [(216, "vehicle", "recover")]),
    ],
)
def test_the_whole_named_before_a_part(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # list lines may open with a qualifier or a sum of money instead of a bullet
        "Officers seized:\n\nmore than $96,000 in cash\n4 handguns\n",
        "Officers seized:\n\napproximately 1.8 kilograms of cocaine\n4 handguns\n",
    ],
)
def test_list_lines_opening_with_a_qualifier_or_money(extractor: Extractor, text: str) -> None:
    assert counts(extractor, text) == [(4, "handgun", "seize")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number in digits after a capitalized singular noun names a class, unit or vehicle: no count
        ("Deputies arrested 12 Tier 3 sex offenders.", [(12, "offender", "arrest")]),
        ("He was charged with a Class 2 felony and three Level 3 offenses.", [(3, "offense", "charge")]),
        ("Officers from Troop 7 and District 9 searched 4 homes.", [(4, "home", "search")]),
        ("Flight 123 carried 200 passengers.", [(200, "passenger", "carry")]),
        ("Troop 7 searched 4 homes.", [(4, "home", "search")]),
        # a sentence's capitalized determiner is no name; a plural label before a number is a statistics entry
        ("Another 54 people were apprehended.", [(54, "person", "apprehend")]),
        ("Citations 400", [(400, "citation", None)]),
        # a gerund opening a sentence takes the number as its object's
        ("Taking 16 suppliers off the street will make a difference.", [(16, "supplier", "take")]),
    ],
)
def test_numbers_that_name_are_no_counts(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund after a participle's 'of' is the count's verb
        ("Eleven people were accused of staging 27 collisions.",
         [(11, "person", "accuse"), (27, "collision", "stage")]),
        ("He was convicted of selling 40 guns.", [(40, "gun", "sell")]),
    ],
)
def test_gerunds_after_a_participles_of(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


def test_a_verb_inside_an_operation_name_in_a_list_header_is_no_event(extractor: Extractor) -> None:
    text = ("Sting Results\n\nAgents arrested 31 people during Operation Carded.\n\n"
            "Results of Operation Carded:\n- 31 arrests\n")
    assert counts(extractor, text) == [(31, "person", "arrest"), (31, "arrest", None)]


def test_unbulleted_list_lines_that_open_in_lower_case_take_the_header_verb(extractor: Extractor) -> None:
    text = ("Officers seized:\n\napproximately 1.8 kilograms of cocaine\n412 grams of heroin\nfour handguns, two of "
            "them loaded\none vehicle\n\nThe charges were approved.")
    assert counts(extractor, text) == [(4, "handgun", "seize"), (1, "vehicle", "seize")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction or an ordinal is no verb
        ("Officers arrested four fugitives while processing thousands of travelers.", [(4, "fugitive", "arrest")]),
        ("Among the charges were second degree assaults, 10 thefts and two burglaries.",
         [(10, "theft", None), (2, "burglary", None)]),
        ("Two officers were seconded to the task force.", [(2, "officer", "second")]),
        # a plural count after a verb in the past, then a plural auxiliary: the subject of the verb's clause
        ("The director revealed 15 people had been detained during the raids.", [(15, "person", "detain")]),
        ("The raids that netted 20 suspects were carried out on Monday.", [(20, "suspect", "net")]),
        ("A man carrying 12 wraps was held.", [(12, "wrap", "carry")]),
        # a relative clause on a later noun is that noun's
        ("The task force arrested 20 defendants named in the indictment, which was unsealed today.",
         [(20, "defendant", "arrest")]),
        ("Eleven defendants named in the indictment, which was unsealed today, were arrested.",
         [(11, "defendant", "arrest")]),
        # a participle after the noun's 'each' and adverb describes it; so does one after a noun joined to it
        ("Agents intercepted two parcels each allegedly containing six kilograms of cocaine.",
         [(2, "parcel", "intercept")]),
        ("Investigators displayed 10 guns and numerous plastic bags filled with cash.", [(10, "gun", "display")]),
        ("Police said 10 guns and ammunition were seized in the raid.", [(10, "gun", "seize")]),
        # a participle describing an earlier item's noun is no verb of the later items
        ("Deputies seized 9,000 grams of a stimulant known as khat, four ecstasy pills and 1,500 packets of heroin.",
         [(4, "pill", "seize"), (1500, "packet", "seize")]),
        ("Deputies seized a quantity of cannabis hidden in a car, four knives and two phones.",
         [(4, "knife", "seize"), (2, "phone", "seize")]),
        # a partitive without 'the' counts the part and the whole
        ("Officers arrested 29 of 45 wanted suspects.", [(29, "suspect", "arrest"), (45, "suspect", None)]),
        # where a verb of motion goes is no argument of it
        ("The teams went to 250 residences on Tuesday.", [(250, "residence", None)]),
        ("Officers responded to 300 calls.", [(300, "call", "respond")]),
    ],
)
def test_clause_subjects_descriptions_and_destinations(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon after the verb or after "including" opens the verb's list, in running text
        ("Deputies seized: 12 rifles, 40 grams of cocaine and 3 vehicles.",
         [(12, "rifle", "seize"), (3, "vehicle", "seize")]),
        ("Agents seized drugs including: 2 kilograms of heroin, 40 pills and 3 guns.",
         [(40, "pill", "seize"), (3, "gun", "seize")]),
        ("Agents seized drugs including: 40 pills and 3 guns.", [(40, "pill", "seize"), (3, "gun", "seize")]),
        ("The search ended with officers seizing a combined:\n\n• 4 kg of fentanyl\n• 2 rifles\n• 5 vehicles\n",
         [(2, "rifle", "seize"), (5, "vehicle", "seize")]),
        # a measured item before a semicolon is an item of the same list
        ("Officers seized: 4 rifles; 30 grams of heroin; 12 phones; and 9 grams of meth.",
         [(4, "rifle", "seize"), (12, "phone", "seize")]),
        # the action noun that opens a list whose first items are amounts
        ("The raids resulted in the seizure of 14 kilograms of meth, 2 kilograms of heroin, 74 pills and 21 guns.",
         [(74, "pill", "seize"), (21, "gun", "seize")]),
        # a passive verb after a long list is every item's
        ("In addition, 2,931 fentanyl pills, 64 oxycodone pills, 50 hydrocodone pills, 554 grams of fentanyl, 219 "
         "grams of cocaine, 41 grams of heroin, 90 hallucinogens, and 14 firearms were seized.",
         [(2931, "pill", "seize"), (64, "pill", "seize"), (50, "pill", "seize"), (90, "hallucinogen", "seize"),
          (14, "firearm", "seize")]),
        ("16 people - 7 men and 2 women from Leeds, 4 men and 2 women from York and 1 man from the Hull area "
         "have been arrested.",
         [(16, "person", "arrest"), (7, "man", "arrest"), (2, "woman", "arrest"), (4, "man", "arrest"),
          (2, "woman", "arrest"), (1, "man", "arrest")]),
        # a subject after a fronted date; items led by a hedge; a count that restates an amount
        ("Since July 2024, RCMP teams seized a total of 128 firearms, over $196,000, more than 940 grams of meth, "
         "and over 456,000 packs of tobacco.", [(128, "firearm", "seize"), (456000, "pack", "seize")]),
        ("Besides the arrests, more than 90,000 dosage units of heroin, more than 19 lbs. of cocaine, 20 rifles, and "
         "$848,481 were seized.", [(90000, "unit", "seize"), (20, "rifle", "seize")]),
        ("Investigators seized 161 pounds of fentanyl pills (approximately 735,000 pills) and 47 pounds of powder.",
         [(735000, "pill", "seize")]),
        # a gerund that takes the whole list, its first item an amount
        ("Agents ended the scheme by confiscating more than $75 million in drugs, 440 firearms and $4 million in cash.",
         [(440, "firearm", "confiscate")]),
    ],
)
def test_lists_opened_by_a_colon_or_by_amounts_share_their_verb(extractor: Extractor, text: str,
                                                                 expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fraud ring dismantled: 17 arrests in Spain\n\nPolice in Madrid said the ring had fled.",
         [(17, "arrest", None)]),  # a headline's two parts
        ("He was arrested for possession of 3 grams of cocaine, 4 pills and 2 guns.",
         [(4, "pill", "arrest"), (2, "gun", "arrest")]),  # the offence's noun is no event of the list
        ("Police arrested one male for soliciting a minor, and one male for theft.",
         [(1, "male", "arrest"), (1, "male", "arrest")]),
        ("The charity must pay $1.8 million; 3,400 donors will be refunded.", [(3400, "donor", "refund")]),
        ("During the previous two events, a total of more than 309 tons of drugs were collected.",
         [(2, "event", None)]),  # another clause's subject after the comma
        ("Items found:\n\n• Cocaine (approx. 4 grams; estimated street value $320)\n\n• a box (11 pills)\n",
         [(11, "pill", None)]),  # a line of its own: no verb from the line above
    ],
)
def test_colons_semicolons_and_offences_that_open_no_list(extractor: Extractor, text: str,
                                                          expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Statistics\n\nWarrant Arrests      30\nDrug Arrests   38\nTotal Arrests:      75\nCitations     5\n",
         [(30, "arrest", None), (38, "arrest", None), (75, "arrest", None), (5, "citation", None)]),
        ("Results:\n\nArrests\t31\nFirearms seized\t4\n", [(31, "arrest", None), (4, "firearm", "seize")]),
        ("Counties\n\nTexas     12\nOhio      9\n", []),  # places in a column, no counted noun
    ],
)
def test_table_rows_set_apart_by_tabs_or_spaces(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items without a number inside a list keep it going to its passive verb
        ("Cash, two rifles, a stun gun, mobile phones, jewellery and five motorcycles were also seized.",
         [(2, "rifle", "seize"), (5, "motorcycle", "seize")]),
        ("Four handguns, a replica pistol, 3 kilograms of heroin (worth about €90,000) and 2 kilos of cannabis "
         "resin (worth about €12,000) were recovered in the search.", [(4, "handgun", "recover")]),
        # an aside opened by 'including' between list items
        ("In all, 12 rifles, including two assault weapons, and 800 grams of cocaine were seized.",
         [(12, "rifle", "seize"), (2, "weapon", "seize")]),
        # items added after 'along with' whose first item has no number
        ("A delivery van was seized along with cash, about 3 kilograms of tobacco and more than 900 cigars.",
         [(900, "cigar", "seize")]),
        ("Agents seized a boat along with a 2021 Ford F-150 pickup, two jet skis and 14 watches.",
         [(2, "ski", "seize"), (14, "watch", "seize")]),
        # items added between commas, and an aside of worth, before the verb
        ("Six men, together with two women, were arrested at the port.",
         [(6, "man", "arrest"), (2, "woman", "arrest")]),
        ("About 40 million cigarettes, worth £9 million in unpaid duty, were seized at the port.",
         [(40000000, "cigarette", "seize")]),
        ("In total, 6kg of cocaine and 2kg of heroin, together with 310 cannabis plants, were seized.",
         [(310, "plant", "seize")]),
        # not lists: another clause after the comma, a verb before the count, a noun's own phrase
        ("Three firearms, a man was arrested later.", [(3, "firearm", None)]),
        ("Agents seized 40 kg of cocaine along with a shipment of 55,000 pills.", [(55000, "pill", None)]),
        ("Police seized a car along with cash, which was hidden in 3 bags.", [(3, "bag", None)]),
        ("Visited 40 homes that were checked\n    • A number of knives seized including a bat, machetes and "
         "knives that have been taken off the streets.", [(40, "home", "visit")]),
    ],
)
def test_list_items_without_numbers_and_added_items_share_the_lists_verb(extractor: Extractor, text: str,
                                                                         expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after 'and' with its own passive verb past a short 'of' phrase: that verb, not the one before
        ("A man was arrested and 4,200 tablets of tramadol were recovered from him.",
         [(4200, "tablet", "recover")]),
        ("Deputies arrested 5 members of the gang.", [(5, "member", "arrest")]),
        ("Agents seized 3 bags of heroin that were hidden in a car.", [(3, "bag", "seize")]),
        # an aside of ages after coordinated counts, then the verb
        ("Six men and two women, ages 19 to 40, were arrested.", [(6, "man", "arrest"), (2, "woman", "arrest")]),
        ("Four men and a woman, aged between 21 and 60, appeared in court and were remanded.",
         [(4, "man", "appear")]),
        # an aside of names after a count of people
        ("Two Ghanaians, Kofi Mensah and Ama Owusu, were arrested at the port.", [(2, "ghanaian", "arrest")]),
        ("Three suspects, Jo A. Roe, Al Poe and Ty Lee, were charged.", [(3, "suspect", "charge")]),
        ("Two men, Harbor police said, were arrested.", [(2, "man", None)]),  # no names: a source, no aside
        # the verb before "the following" in a line that opens a bulleted list
        ("Police reported the following results of the two-day Operation Clean Sweep event:\n"
         "• One felony arrest;\n• Four drug seizures",
         [(1, "arrest", "report"), (4, "seizure", "report")]),
        ("In the following weeks, the unit worked in three towns:\n• 12 arrests\n• 4 guns",
         [(3, "town", None), (12, "arrest", None), (4, "gun", None)]),
    ],
)
def test_own_passive_verbs_ages_names_and_the_following(extractor: Extractor, text: str,
                                                        expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a header line that names its act with a noun or a participle, then list lines led by numbers
        ("Miscellaneous Seizures:\n\nThree rifles\n\nTwo vehicles", [(3, "rifle", "seize"), (2, "vehicle", "seize")]),
        ("Items seized during the searches:\n- 4 rifles\n- 2 pistols", [(4, "rifle", "seize"), (2, "pistol", "seize")]),
        ("The arrest and seizure of drugs and narcotics:\n- 12 bags of cocaine\n- 4 guns",
         [(12, "bag", "arrest"), (4, "gun", "arrest")]),
        # the noun is another's complement, or no act at all: no event
        ("Details of the operation:\n- 12 arrests\n- 4 guns", [(12, "arrest", None), (4, "gun", None)]),
        ("Arrests during the sweep:\n- 12 adults", [(12, "adult", None)]),
        ("Highlights:\n- 12 adults", [(12, "adult", None)]),
    ],
)
def test_a_list_header_without_a_verb_names_its_event(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count inside a fronted phrase of when or where, at the text's start too, is no subject
        ("During the first two phases of the sting, 29 defendants were charged.",
         [(2, "phase", None), (29, "defendant", "charge")]),
        ("During two phases of the sting, 29 defendants were charged.",
         [(2, "phase", None), (29, "defendant", "charge")]),
        ("Officers seized guns in the last two raids.", [(2, "raid", None)]),
    ],
)
def test_a_count_in_a_fronted_phrase_of_when_is_no_subject(extractor: Extractor, text: str,
                                                           expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun's object after determiners and 'remaining' or 'other'
        ("Charges against the remaining 6 suspects stayed sealed.", [(6, "suspect", "charge")]),
        ("The arrest of the other 3 suspects came later.", [(3, "suspect", "arrest")]),
        ("He spoke of the remaining 4 cases.", [(4, "case", None)]),
        # a series of verbs of one subject: a verb with its own object after the comma is no participle clause
        ("The force made around 100 arrests, seized more than 200 kilograms of drugs, took three rifles off the "
         "streets.", [(100, "arrest", "make"), (3, "rifle", "take")]),
        ("The 12 task forces, funded through a grant, conducted 300 raids.",
         [(12, "task force", "conduct"), (300, "raid", "conduct")]),
    ],
)
def test_objects_of_event_nouns_after_determiners_and_series_of_verbs(extractor: Extractor, text: str,
                                                                      expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "comprising" names a set's parts as "including" does: they take the set's verb, never "comprise"
        ("Eleven firearms, comprising nine handguns and two revolvers, were recovered.",
         [(11, "firearm", "recover"), (9, "handgun", "recover"), (2, "revolver", "recover")]),
        ("The 40 items seized comprised 12 phones and 28 knives.",
         [(40, "item", "seize"), (12, "phone", "seize"), (28, "knife", "seize")]),
        # a participle that closes an earlier result of a list describes that result only
        ("That is £4.5 million of revenue loss prevented, 176 firearms taken off the streets.",
         [(176, "firearm", "take")]),
        ("Cash seized, 4 guns recovered and 3 arrests made.", [(4, "gun", "recover"), (3, "arrest", "make")]),
        # a participle after a verb's definite object tells which of it is meant; the clause's verb is before it
        ("We linked the heroin seized to 19 overdoses in the region.", [(19, "overdose", "link")]),
        ("The operation resulted in 164 traffic stops.", [(164, "stop", "result")]),
    ],
)
def test_comprising_and_participles_that_close_an_earlier_result(extractor: Extractor, text: str,
                                                                 expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" as a pronoun is no count
        ("No one got hurt, and the men did not attack one another.", []),
        # a simple past or a date's day ends the noun phrase; the noun before it is counted
        ("One arrest took place in Kent.", [(1, "arrest", "take")]),
        ("Officers executed one search warrant Wednesday.", [(1, "warrant", "execute")]),
        ("Officers made 3 Sunday arrests and found three sawed-off shotguns.",
         [(3, "arrest", "make"), (3, "shotgun", "find")]),
        ("Two stolen cars were found.", [(2, "car", "find")]),
        # a count after unnumbered items that open a bulleted line takes the list's verb
        ("Officers seized:\n• 4 kg of speed\n• An indoor cannabis farm and more than 100 cannabis plants\n"
         "• A laptop, cash and 3 phones", [(100, "plant", "seize"), (3, "phone", "seize")]),
        ("Officers searched homes.\n• A man, his wife and 3 children were at home.", [(3, "child", None)]),
    ],
)
def test_pronoun_one_and_verbs_or_days_that_end_a_noun_phrase(extractor: Extractor, text: str,
                                                              expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected
