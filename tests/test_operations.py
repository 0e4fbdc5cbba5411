"""Operations: which candidates are names, how mentions group, and what is left out."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from extractor.fields import operations
from extractor.patterns import DEFAULT_PATTERNS_DIR, load_rule_file
from extractor.pipeline import add_ruler


@pytest.fixture(scope="module")
def nlp() -> Language:
    """Only the metadata step and our own rules, so other fields' rule files cannot interfere."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("press_metadata")
    add_ruler(pipeline, operations.GROUP, load_rule_file(DEFAULT_PATTERNS_DIR / "operations.jsonl"))
    return pipeline


def names(nlp: Language, text: str) -> list[str]:
    return [op.name for op in operations.extract(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers made 54 arrests in Operation Reclaim and Rebuild last week.", ["Operation Reclaim and Rebuild"]),
        ("Results of Operation Cross Country XI were announced. Operation Cross Country began in 2003.",
         ["Operation Cross Country XI", "Operation Cross Country"]),
        ("The case is part of Project Safe Childhood, a nationwide initiative.", ["Project Safe Childhood"]),
        ("Arrests were made under Operation Pill Nation II; Operation Pill Nation I ended in 2011.",
         ["Operation Pill Nation II", "Operation Pill Nation I"]),
        ("Agents said Operation Smokin’ Aces took two years.", ["Operation Smokin’ Aces"]),
        ("Operation Black Flag Investigation\n\nIn 2008 agents joined Operation Black Flag.", ["Operation Black Flag"]),
        ("charging of three individuals during\n\nOperation Grease\n\nMonkey\n\n(April 29, 2025)",
         ["Operation Grease Monkey"]),
        ("Operation Guardian\n\nThe Marshals said the sweep worked.", ["Operation Guardian"]),
        ("to announce the results of\n\n“Operation We Will Find You”\n\n, a joint effort",
         ["Operation We Will Find You"]),
        ("Operation Infra (International Fugitive Round Up and Arrest) Americas was launched in Costa Rica.",
         ["Operation Infra (International Fugitive Round Up and Arrest) Americas"]),
        ("the first-ever National Organized Retail Crime (ORC) Blitz, a campaign. As part of the ORC Blitz, "
         "agencies acted.", ["National Organized Retail Crime (ORC) Blitz"]),
        ("Police ran a two-week sting dubbed 'Spring Cleaning' in the county.", ["Spring Cleaning"]),
        ("An investigation by the Department of Insurance named “Operation Capper” revealed fraud.",
         ["Operation Capper"]),
        ("the departments Project Safe Neighborhoods (PSN) program", ["Project Safe Neighborhoods"]),
        ("Deputies conducted a sting dubbed “Operation Cupid’s Arrow” on Friday.", ["Operation Cupid’s Arrow"]),
        ("The sweep, known as 'Spring Cleaning,' led to 30 arrests.", ["Spring Cleaning"]),
        ("The crackdown, nicknamed “Clean Sweep 2024”, ended Monday.", ["Clean Sweep 2024"]),
        ("The Statewide Retail Theft Blitz netted 50 arrests.", ["Statewide Retail Theft Blitz"]),
    ],
)
def test_names_found(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The operation was widely successful, with 54 victims recovered.",
        "Officers arrested 1,140 predators during a two-month, nationwide operation.",
        "International Operation Concludes in Montana; Convicts 21 Defendants\n\nThe case ended today.",
        "Arrests Made in Operation Targeting Network Selling Stolen Native American Artifacts\n\nAgents acted.",
        "Operation Spanned New York and Arizona;\n\nThe defendants sold heroin.",
        "Nationwide Sweep by U.S. Marshals Puts 345 Dangerous Sex Offenders Behind Bars\n\nToday the USMS said.",
        "Residents may drop off pills on Drug Take Back Day.",
        "Pascual ran the operation of a durable medical equipment company.",
        "the national ORC blitz sends a strong message",
        "Officers joined the Click It or Ticket campaign.",
        "The Blitz began on Monday.",
    ],
)
def test_generic_words_are_not_names(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_mentions_share_one_operation_with_true_offsets(nlp: Language) -> None:
    text = "MEDIA ADVISORY - OPERATION STRAIGHT BODY\n\nOver 50 defendants were charged in Operation Straight Body."
    ops = operations.extract(nlp(text))
    assert [op.name for op in ops] == ["OPERATION STRAIGHT BODY"]
    assert len(ops[0].mentions) == 2
    for mention in ops[0].mentions:
        assert text[mention.start : mention.end] == mention.text
    assert ops[0].rule


def test_headline_only_name_confirmed_in_body(nlp: Language) -> None:
    text = ("22 Members Charged in ICEs Targeted Operation Raging Bull Which Netted 267 Arrests\n\n"
            "Operation Raging Bull was led by HSI.")
    assert names(nlp, text) == ["Operation Raging Bull"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Two Other Money Laundering Indictments Unsealed as Part of Operation Phantom Bank", True),
        ("The FBI and the Office of the Inspector General are conducting the investigation in Operation Bank.", False),
        ("Operation Grease", False),
    ],
)
def test_headline_like(line: str, expected: bool) -> None:
    assert operations.is_headline_like(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troopers wrapped up Operation Over The Line on Sunday.", ["Operation Over The Line"]),
        ("Deputies joined Operation: Thunder and Lightning this spring.", ["Operation: Thunder and Lightning"]),
        ("The arrests came during Operation Violence Reduction 12 in the city.", ["Operation Violence Reduction 12"]),
        ("Officers delivered toys during Operation Home for the Holidays last year.",
         ["Operation Home for the Holidays"]),
        ("Agents ran Operation Blue Lantern and Operation Iron Gate at once.",
         ["Operation Blue Lantern", "Operation Iron Gate"]),
        ("Results of Operation North Star and the Safe Kids effort were shared.", ["Operation North Star"]),
        ("Police began Operation “Quiet Night” in the north of the county last May.", ["Operation Quiet Night"]),
        ("Operation Quiet Harbor - Drug Arrests\n\nThe county said 12 people were held.", ["Operation Quiet Harbor"]),
        ("Operation Dark Water Nabs 14 Suspects\n\nDeputies arrested 14 people on Friday.", ["Operation Dark Water"]),
        ("Operation Dark Water Nets 40 Arrests\n\nOperation Dark Water began in May.", ["Operation Dark Water"]),
        ("Operation Silver Aces Concludes\n\nDetectives said Operation Silver Aces took a year.",
         ["Operation Silver Aces"]),
        ("Operation VR-12 began on Monday. By Friday Operation VR12 had led to 30 arrests.", ["Operation VR-12"]),
        ("The operation, called “Safe Passage”, ended in June. Operation Safe Passage cost $20,000.",
         ["Operation Safe Passage"]),
        ("Officers joined the Safe Roads Enforcement (SRE) operation on Monday.", ["Safe Roads Enforcement"]),
        ("After Operation Safe Harbor Sheriff Jane Roe thanked the deputies.", ["Operation Safe Harbor"]),
    ],
)
def test_whole_names_in_their_shapes(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Facilities Operation Department repaired the roof.",
        "Deputies from the Special Operation Unit arrived.",
        "Project LLC filed for bankruptcy in March.",
        "Details of the Operation According to Police\n\nOfficers said little.",
        "Statewide Operation Concludes With 30 Arrests\n\nThe county thanked its partners.",
        "Officers said the Operation Was a Success\n\nThe county thanked its partners.",
    ],
)
def test_junk_is_no_operation(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_spelling_variants_share_mentions(nlp: Language) -> None:
    text = "Operation VR-12 began on Monday. By Friday Operation VR12 had led to 30 arrests."
    ops = operations.extract(nlp(text))
    assert [(m.text, text[m.start : m.end]) for m in ops[0].mentions] == [
        ("Operation VR-12", "Operation VR-12"), ("Operation VR12", "Operation VR12")]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Nabs 14", True), ("Concludes With", True), ("Nets 40", True), ("Nets Praise", False),
     ("Sweep 2", False), ("Dreams Come", False), ("Harbor Today", False)],
)
def test_headline_verb(word: str, expected: bool) -> None:
    doc = spacy.blank("en")(word)
    assert operations.is_headline_verb(doc[0]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents ran Operations Dragon and Phoenix across the state last year.",
         ["Operation Dragon", "Operation Phoenix"]),
        ("The arrests closed Projects Alpha, Bravo and Charlie in the north of the province.",
         ["Project Alpha", "Project Bravo", "Project Charlie"]),
        ("The Special Operations Division and Tactical Unit joined the search in the county.", []),
        ("Operations Manager Jane Roe said the warehouse was closed for the day.", []),
    ],
)
def test_plural_anchor_lists_give_one_operation_each(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_name_spans_cover_whole_names(nlp: Language) -> None:
    doc = nlp("Officers said Operation Home for the Holidays ended. Operation Home for the Holidays began in May.")
    assert [s.text for s in operations.name_spans(doc)] == ["Operation Home for the Holidays"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the British short anchor, one operation with its long form
        ("As part of Op Sceptre, officers searched 40 homes. Operation Sceptre has taken 300 knives away.",
         ["Op Sceptre"]),
        ("He wrote an op-ed about the arrests.", []),
        # a person's title after the anchor names no operation
        ("Project Manager Jane Roe said the work was done on time.", []),
        ("Project Coordinator Sam Lee and Operation Commander Jane Roe spoke.", []),
        # names the text calls an operation, in quotes or not
        ("The two-week operation, code-named \"Iron Fist\", ended on Friday.", ["Iron Fist"]),
        ("Detectives launched an investigation code-named Operation Falcon in May.", ["Operation Falcon"]),
        ("The crackdown, which officers called “Summer Heat”, took 40 guns.", ["Summer Heat"]),
        ("The operation was dubbed a success by the sheriff.", []),
    ],
)
def test_short_anchor_titles_and_names_called_operations(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff at the Joint Operation Centre coordinated the response to the storm.", []),
        ("The Operation Support Unit assisted officers at the scene.", []),
        ("Calls were taken in the Operation Room overnight.", []),
        ("Operation Guardian ran for a week.", ["Operation Guardian"]),
        ("Crews worked in support of Operation Caribbean Guard.", ["Operation Caribbean Guard"]),
    ],
)
def test_a_body_or_room_named_operation_is_no_operation(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, "Police news\n\n" + text + " Officers made 12 arrests.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that opens with a verb (and its particle) runs on over 'the' to the verb's object
        ("Police News\n\nHARBOR CITY - Police launched Operation Tighten the Net on Monday with 40 officers "
         "from three forces.", ["Operation Tighten the Net"]),
        ("Police News\n\nHARBOR CITY - The results of Operation Take Back the Streets were announced on Monday "
         "by the chief.", ["Operation Take Back the Streets"]),
        # otherwise 'the' ends the name, and a body after it is no object
        ("Police News\n\nHARBOR CITY - During Operation Cross Country the agents recovered 200 children in "
         "all.", ["Operation Cross Country"]),
        ("Police News\n\nHARBOR CITY - During Operation Sweep the FBI recovered 200 children in all.",
         ["Operation Sweep"]),
    ],
)
def test_imperative_names_keep_their_object(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Police launched Operation Home for the Holidays on Monday.", False),  # a sentence of names
        ("Police Launch Operation Home for the Holidays", True),
    ],
)
def test_a_sentence_with_a_lowercase_verb_is_no_headline(line: str, expected: bool) -> None:
    assert operations.is_headline_like(line) is expected


def test_a_name_the_body_confirms_is_read_again_in_a_headline_like_line(nlp: Language) -> None:
    text = ("Sting Results\n\nAgents arrested 31 people during Operation Carded, a six-week effort.\n\n"
            "Results of Operation Carded:\n- 31 arrests\n")
    found = operations.extract(nlp(text))
    assert [(o.name, [m.start for m in o.mentions]) for o in found] == [
        ("Operation Carded", [text.index("Operation Carded"), text.rindex("Operation Carded")])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals show no name: a verb ends an anchored name, and a keyword's name needs real capitals
        ("OPERATION LAKE BREEZE LEADS TO OVER 100 ARRESTS IN MAJOR DRUG AND GUN STING, TWO TEENS FOUND A sting "
         "led by deputies ended.", ["OPERATION LAKE BREEZE"]),
        ("Deputies ran OPERATION SAFE HARBOR in June.", ["OPERATION SAFE HARBOR"]),
        ("OPERATION SAFE HARBOR NETS 40 ARRESTS", ["OPERATION SAFE HARBOR"]),
        ("The Spring Cleaning Sting netted 40 arrests.", ["Spring Cleaning Sting"]),
        ("Operation Return To Sender ended on Friday.", ["Operation Return To Sender"]),
    ],
)
def test_names_in_capitals(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected
