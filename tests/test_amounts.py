"""Amounts: money and measures, their units, ranges, qualifiers and items; and what is no amount."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from extractor.fields import amounts
from extractor.numbers import parse_fraction, parse_quantity
from extractor.patterns import DEFAULT_PATTERNS_DIR, load_rule_file
from extractor.pipeline import add_ruler


@pytest.fixture(scope="module")
def nlp() -> Language:
    """Only the metadata step and the amount rule files, so other fields' rules cannot interfere."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("press_metadata")
    for key in (amounts.UNIT_GROUP, amounts.QUALIFIER_GROUP):
        add_ruler(pipeline, key, load_rule_file(DEFAULT_PATTERNS_DIR / f"{key}.jsonl"))
    return pipeline


def pairs(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(a.value, a.unit) for a in amounts.extract(nlp(text))]


def only(nlp: Language, text: str) -> amounts.Amount:
    found = amounts.extract(nlp(text))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was paid $600 for the work.", [(600.0, "USD")]),
        ("He agreed to pay $45,000 in restitution.", [(45000.0, "USD")]),
        ("The scheme cost Medicare $1.2 million.", [(1_200_000.0, "USD")]),
        ("Seizures of $5.3 Million Announced", [(5_300_000.0, "USD")]),
        ("and $62 million in U.S. currency", [(62_000_000.0, "USD")]),
        ("worth an estimated $1,208,120.80.", [(1_208_120.8, "USD")]),
        ("The cartel invested 1 million dollars in the bank.", [(1_000_000.0, "USD")]),
        ("billed for more than half a billion dollars.", [(500_000_000.0, "USD")]),
        ("He kept a million dollars in cash.", [(1_000_000.0, "USD")]),
        ("Five Million Dollars Seized", [(5_000_000.0, "USD")]),
        ("a $1.2-million fine", [(1_200_000.0, "USD")]),
        ("losses of $2.5bn", [(2_500_000_000.0, "USD")]),
        ("a $500K bond", [(500_000.0, "USD")]),
        ("payments of US$5 million", [(5_000_000.0, "USD")]),
        ("the equivalent of 5,000 USD", [(5000.0, "USD")]),
        ("monthly payments of 21 million pesos", [(21_000_000.0, "peso")]),
        ("fines of €5,000", [(5000.0, "EUR")]),
        ("3 kilograms of fentanyl", [(3.0, "kg")]),
        ("approximately two kilos of heroin", [(2.0, "kg")]),
        ("10 pounds of methamphetamine", [(10.0, "lb")]),
        ("a total of 60.41 pounds of methamphetamine", [(60.41, "lb")]),
        ("a one-pound bag and a 1-kilogram brick", [(1.0, "lb"), (1.0, "kg")]),
        ("one and a half pounds of heroin", [(1.5, "lb")]),
        ("half a pound of cocaine", [(0.5, "lb")]),
        ("1 1/2 ounces of heroin", [(1.5, "oz")]),
        ("a 10-pound bag of marijuana", [(10.0, "lb")]),
        ("28 g of heroin", [(28.0, "g")]),
        ("Seizures of More Than 12 Tons of Drugs", [(12.0, "ton")]),
        ("2 metric tons of cocaine", [(2.0, "ton")]),
        ("3 tonnes of cocaine", [(3.0, "tonne")]),
        ("a half-kilogram of cocaine", [(0.5, "kg")]),
        ("Half-a-kilogram of methamphetamine was hidden in a box", [(0.5, "kg")]),
        ("he sold a kilogram of cocaine and an ounce of heroin", [(1.0, "kg"), (1.0, "oz")]),
        ("cocaine sold for $30,000 a kilogram", [(30000.0, "USD")]),
        ("55 gallons of chemicals", [(55.0, "gallon")]),
        ("5 kilograms (11 pounds) of cocaine", [(5.0, "kg"), (11.0, "lb")]),
        ("to distribute five (5) kilograms or more of cocaine", [(5.0, "kg")]),
        ("Seized: $4,320 USD and $1 million dollars.", [(4320.0, "USD"), (1_000_000.0, "USD")]),
        ("approximately 25 lbs. of marijuana", [(25.0, "lb")]),
        ("635 pounds of methamphetamine, 118 kilograms of cocaine and 24 pounds of heroin",
         [(635.0, "lb"), (118.0, "kg"), (24.0, "lb")]),
        # thousands set apart by spaces; a date's day before an amount is not one of its groups
        ("Assets worth EUR 3 400 000 were frozen.", [(3_400_000.0, "EUR")]),
        ("Customs found 2 750 kg of cocaine.", [(2750.0, "kg")]),
        ("On June 9 450 kg of cannabis were seized.", [(450.0, "kg")]),
    ],
)
def test_finds_money_and_measures(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(nlp, text) == [pytest.approx(pair) for pair in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sold in amounts ranging from five to 800 grams", [(5.0, "g"), (800.0, "g")]),
        ("caused a loss of seven to $20 million", [(7_000_000.0, "USD"), (20_000_000.0, "USD")]),
        ("a street value of between $6 and $10.", [(6.0, "USD"), (10.0, "USD")]),
        ("between five and 10 kilograms", [(5.0, "kg"), (10.0, "kg")]),
        ("losses of $5-10 million in cash", [(5_000_000.0, "USD"), (10_000_000.0, "USD")]),
        ("between $500 and $1 million", [(500.0, "USD"), (1_000_000.0, "USD")]),
        ("from 2 to 3 pounds", [(2.0, "lb"), (3.0, "lb")]),
        ("losses of $5 to $10 million", [(5_000_000.0, "USD"), (10_000_000.0, "USD")]),
        ("sells for $6-$10.", [(6.0, "USD"), (10.0, "USD")]),
        ("losses of $1-$2 billion", [(1_000_000_000.0, "USD"), (2_000_000_000.0, "USD")]),
        ("fines of $500-$1,000 each", [(500.0, "USD"), (1000.0, "USD")]),
    ],
)
def test_ranges_share_the_unit_and_the_scale(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(nlp, text) == [pytest.approx(pair) for pair in expected]


@pytest.mark.parametrize(
    "text",
    [
        "He was sentenced to 10 years in prison.",
        "Officers arrested 54 adults and recovered 11 minors.",
        "Agents seized 300,000 ecstasy pills and 17 guns.",
        "The program won 96 percent of the vote, or 81% of voters.",
        "In 2009 the operation began; the 2016 fiscal year ended.",
        "The cartel laundered millions of dollars and hundreds of thousands of dollars.",
        "Benjamin Ton ran the Ton organization.",
        "Pay the fine or serve 30 days; he weighed his options.",
        "a 17-year-old was found with a .40 caliber pistol and a 9mm handgun",
        "Vitamin G and group G of the code",
        "The price of cocaine per kilogram rose.",
        "They moved a ton of drugs for a dollar.",
    ],
)
def test_numbers_without_a_unit_are_no_amounts(nlp: Language, text: str) -> None:
    assert pairs(nlp, text) == []


def test_the_ordered_bare_number_after_money_is_no_amount(nlp: Language) -> None:
    assert pairs(nlp, "ordered to pay $600 or 30 days in jail") == [(600.0, "USD")]


@pytest.mark.parametrize(
    ("text", "qualifier", "total"),
    [
        ("seized more than $18.9 million in cash", "more than", False),
        ("recovered over $185,000 in cash", "more than", False),
        ("assets in excess of $10,000", "more than", False),
        ("approximately $500,000 in U.S. currency", "approximately", False),
        ("worth an estimated $1,208,120.80", "approximately", False),
        ("nearly $2 billion in funding", "nearly", False),
        ("at least 5 kilograms of cocaine", "at least", False),
        ("five kilograms or more of cocaine", "at least", False),
        ("a fine of up to $1 million", "up to", False),
        ("a total of 2.455 kilograms of cocaine", None, True),
        ("a total of more than 309 tons of prescription drugs", "more than", True),
        ("In total, $3.75 million was seized", None, True),
        ("$3.75 million in total", None, True),
        ("bribe payments of $12,000", None, False),
    ],
)
def test_qualifier_and_total(nlp: Language, text: str, qualifier: str | None, total: bool) -> None:
    amount = only(nlp, text)
    assert (amount.qualifier, amount.total) == (qualifier, total)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("3 kilograms of fentanyl", "fentanyl"),
        ("Seize Over $1 million Worth of Methamphetamine", "methamphetamine"),
        ("$30,000 in cash", "cash"),
        ("more than $18.9 million in cash and assets.", "cash and assets"),
        ("approximately two kilos of heroin and additional 13,667 glassines", "heroin"),
        ("more than 500 kilograms of cocaine and laundered money", "cocaine"),
        ("approximately 25 lbs. of marijuana", "marijuana"),
        ("2 kilograms of cannabis following raids", "cannabis"),
        ("was ordered to pay a $5,000 fine", "fine"),
        ("a $5.3 million HIV infusion fraud scheme,", "HIV infusion fraud scheme"),
        ("offered a fee of $200 to engage", "fee"),
        ("a loss of more than $3 billion.", "loss"),
        ("$62 million in U.S. currency", None),
        ("invested $1 million in the bank.", None),
        ("the value of the goods exceeds $300, or", None),
        ("the equivalent of approximately $10,000 in U.S. currency", None),
    ],
)
def test_item_is_what_was_measured(nlp: Language, text: str, item: str | None) -> None:
    assert only(nlp, text).item == item


@pytest.mark.parametrize(("text", "unit"), [
    ("PERTH - Detectives seized $9,000 in US currency.", "USD"),
    ("DALLAS - Agents seized $9,000 in Canadian currency.", "CAD"),
    ("DALLAS - Agents seized $9,000 New Zealand dollars.", "NZD"),
    ("PERTH - Detectives seized $9,000 in cash.", "AUD"),
])
def test_the_country_written_after_a_dollar_amount_says_whose_dollar(text: str, unit: str) -> None:
    from extractor import extract

    assert [a.unit for a in extract(text, release_date="2024-03-12").amounts] == [unit]


def test_a_date_after_an_amount_is_not_its_item() -> None:
    from extractor import extract

    record = extract("Agents seized drugs worth $12 million Friday at the port.", release_date="2024-03-12")
    assert [(a.value, a.unit, a.item) for a in record.amounts] == [(12_000_000.0, "USD", None)]


def test_offsets_point_at_the_amount_text(nlp: Language) -> None:
    text = "Agents seized more than $18.9 million and five to 800 grams of heroin."
    for amount in amounts.extract(nlp(text)):
        assert text[amount.start : amount.end] == amount.text
        assert amount.rule
    assert [a.text for a in amounts.extract(nlp(text))] == ["$18.9 million", "five", "800 grams"]


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("It sells for $6-$10.", ["$6", "$10"]),
        ("Seized: $4,320 USD.", ["$4,320 USD"]),
        ("five (5) kilograms of cocaine", ["five (5) kilograms"]),
        ("a 10-pound bag", ["10-pound"]),
    ],
)
def test_amount_text_is_the_written_amount(nlp: Language, text: str, texts: list[str]) -> None:
    found = amounts.extract(nlp(text))
    assert [a.text for a in found] == texts
    assert all(text[a.start : a.end] == a.text for a in found)


def test_metadata_lines_give_no_amounts(nlp: Language) -> None:
    text = "FOR IMMEDIATE RELEASE\nContact: Jane Doe, $5 fee line 555-1234\n\nAgents seized $600 in cash."
    assert pairs(nlp, text) == [(600.0, "USD")]


def test_every_occurrence_counts(nlp: Language) -> None:
    text = "He was ordered to pay $29,859 in restitution; she was ordered to pay $29,859 in restitution."
    assert pairs(nlp, text) == [(29859.0, "USD"), (29859.0, "USD")]


def test_without_rule_groups_nothing_is_found() -> None:
    assert amounts.extract(spacy.blank("en")("He paid $600.")) == []


def test_long_input_finds_every_amount(nlp: Language) -> None:
    """Speed on long inputs is measured by benchmarks/growth.py, never by a timed assertion here."""
    text = "Agents seized $1.2 million, 3 kilograms of fentanyl and five to 800 grams of heroin at $6-$10. " * 3000
    found = amounts.extract(nlp(text))
    assert len(found) == 6 * 3000
    assert all(text[a.start:a.end] == a.text for a in found[-6:])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one and a half", 1.5), ("2 and a half", 2.5), ("half a", 0.5), ("half an", 0.5),
        ("half a billion", 500_000_000), ("a half million", 500_000), ("1/2", 0.5), ("1 1/2", 1.5),
        ("2.5bn", 2_500_000_000), ("10k", 10_000), ("$500K", 500_000), ("1.2-million", 1_200_000),
        ("$1,208,120.80", 1_208_120.8), ("twenty-five", 25), ("a million", 1_000_000), ("a half", 0.5),
        ("one-half", 0.5),
    ],
)
def test_parse_quantity_reads_halves_fractions_and_glued_scales(text: str, value: float) -> None:
    assert parse_quantity(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "half", "and a half", "3/0", "10kg", "x/2", "half the", "the"])
def test_parse_quantity_refuses_what_is_no_quantity(text: str) -> None:
    assert parse_quantity(text) is None


@pytest.mark.parametrize(("text", "value"), [("3/4", 0.75), ("2 1/4", 2.25), ("1/0", None), ("a 1/2", None),
                                             ("24/7", None), ("11/9", None), ("2 5/4", None)])
def test_parse_fraction(text: str, value: float | None) -> None:
    assert parse_fraction(text) == (None if value is None else pytest.approx(value))


def triples(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    return [(a.value, a.unit, a.qualifier) for a in amounts.extract(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every current ISO 4217 currency by code, sign and name (Babel / CLDR)
        ("He was fined Rs. 20 at the checkpoint.", [(20.0, "rupee")]),
        ("A bribe of ₹500 was offered.", [(500.0, "INR")]),
        ("The account held CHF 1,000.", [(1000.0, "CHF")]),
        ("The phone sold for ¥3,000.", [(3000.0, "JPY")]),
        ("Investors lost R13 million.", [(13_000_000.0, "ZAR")]),
        ("Agents traced S$40,000 to the shell firm.", [(40_000.0, "SGD")]),
        ("The ring laundered HK$2 million.", [(2_000_000.0, "HKD")]),
        ("Each ticket cost 20€ at the door.", [(20.0, "EUR")]),
        ("Each pill sold for 10$ on the street.", [(10.0, "USD")]),
        ("The car sold for 10k$ in cash.", [(10_000.0, "USD")]),
        ("Each pill cost 10¢ to make.", [(0.1, "USD")]),
        ("They paid 3 CAD 3 cents.", [(3.03, "CAD")]),
        ("They paid 42 Lebanese pounds.", [(42.0, "LBP")]),
        ("They sold 5 lakhs rupees of gold.", [(500_000.0, "rupee")]),
        ("The card was charged USD3.14 twice.", [(3.14, "USD")]),
        ("They paid 4,000 Swiss francs in fees.", [(4000.0, "CHF")]),
        ("The stash held 9,000 Indian rupees.", [(9000.0, "INR")]),
        ("He carried 500 rupees.", [(500.0, "rupee")]),
        ("The tourist lost 20,000 yen.", [(20_000.0, "JPY")]),
        # cents and slang are money
        ("He paid $20 and 43c for it.", [(20.43, "USD")]),
        ("He paid $20 and 43 cents for it.", [(20.43, "USD")]),
        ("Each stamp cost ten cents.", [(0.1, "USD")]),
        ("He sold the phone for 42 bucks.", [(42.0, "USD")]),
        ("He sold the phone for 50 quid.", [(50.0, "GBP")]),
        ("He stole ten pounds in cash.", [(10.0, "GBP")]),
        ("He carried ten pounds of cannabis.", [(10.0, "lb")]),
        # prefixed dollars say their country outright
        ("Police seized A$5 million in cash.", [(5_000_000.0, "AUD")]),
        ("Police seized AU$2 million in cash.", [(2_000_000.0, "AUD")]),
        ("Police seized NZ$3 million in cash.", [(3_000_000.0, "NZD")]),
        ("Police seized US$4 million in cash.", [(4_000_000.0, "USD")]),
        ("Police seized C$5 million in cash.", [(5_000_000.0, "CAD")]),
        ("Police seized $1million in cash.", [(1_000_000.0, "USD")]),
        ("Seized: $4,320 USD.", [(4320.0, "USD")]),
        # weights and measures
        ("Officers found 2 g. of heroin.", [(2.0, "g")]),
        ("Officers found 1000 gs of methamphetamine.", [(1000.0, "g")]),
        ("Officers found 1 k.g. of cocaine.", [(1.0, "kg")]),
        ("Officers found 2 kgs of cannabis.", [(2.0, "kg")]),
        ("The lorry carried 3 tonnes of waste.", [(3.0, "tonne")]),
        ("The barge carried 4 tons of waste.", [(4.0, "ton")]),
        ("The chase went on for 12 miles.", [(12.0, "mile")]),
        ("He swallowed two milligrams of fentanyl.", [(2.0, "mg")]),
    ],
)
def test_currencies_cents_slang_and_measures(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fine was no more than 7 euros.", [(7.0, "EUR", "up to")]),
        ("The fine was not more than $7.", [(7.0, "USD", "up to")]),
        ("Each sale was at most $50.", [(50.0, "USD", "up to")]),
        ("Losses reached up to $10 million.", [(10_000_000.0, "USD", "up to")]),
        ("Pills sold below $5 each.", [(5.0, "USD", "less than")]),
        ("Pills sold for under $3 each.", [(3.0, "USD", "less than")]),
        ("Losses exceeding $100 were reported.", [(100.0, "USD", "more than")]),
        ("Losses of over $200 were reported.", [(200.0, "USD", "more than")]),
        ("Officers found ~2-7 grams of crack.", [(2.0, "g", "approximately"), (7.0, "g", "approximately")]),
        ("Doses sold for ~$5-$7 each.", [(5.0, "USD", "approximately"), (7.0, "USD", "approximately")]),
        ("Doses sold for $5-$7 each.", [(5.0, "USD", None), (7.0, "USD", None)]),
    ],
)
def test_upper_bounds_and_tilde_ranges(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Drivers took the R13 road and the P5 exit.",  # one-letter signs need a scale or a thousands group
        "POLICE ARREST ALL 5 SUSPECTS",  # 'ALL' is a code and a word
        "The couple won 5 awards.",  # 'won' is a currency name and a verb
        "He served 10 years in prison.",
        "Officers arrested 100K suspects.",
    ],
)
def test_no_money_where_none_is_written(nlp: Language, text: str) -> None:
    assert pairs(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Auckland police seized $12 million of methamphetamine.", "NZD"),
        ("Queensland detectives seized $12 million of cocaine.", "AUD"),
        ("RCMP officers in Ontario seized $12 million in cash.", "CAD"),
        ("Dallas police seized $12 million in cash.", "USD"),
        ("New Zealand Police seized 12 million dollars in cash.", "NZD"),
    ],
)
def test_the_dollar_is_the_release_locales(nlp: Language, text: str, unit: str) -> None:
    assert [a.unit for a in amounts.extract(nlp(text))] == [unit]


def test_amount_tokens_are_claimed_so_counts_skip_them(nlp: Language) -> None:
    doc = nlp("He sold 42 bucks of weed and paid 30 lakh rupees.")
    claimed = amounts.claimed_tokens(doc)
    assert sorted(doc[i].text for i in claimed) == sorted(["42", "bucks", "30", "lakh", "rupees"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cents written after the main unit, with or without the minor unit's name
        ("The clerk said the bag sold for $12 75 at the counter.", [(12.75, "USD")]),
        ("Each ticket cost 15 dollars 60 for adults.", [(15.6, "USD")]),
        ("She handed over nine dollars and 80 to the cashier.", [(9.8, "USD")]),
        ("The fare was US$4 and thirty on that route.", [(4.3, "USD")]),
        ("He received 35 ringgit and 10 sen in change.", [(35.1, "MYR")]),
        ("The stamp cost 7 UAH 25 kopiykas.", [(7.25, "UAH")]),
        ("The vendor asked for a dollar and 15 cents.", [(1.15, "USD")]),
        ("A coffee cost 2 GBP and 60 pence.", [(2.6, "GBP")]),
        # the number after a sum is no cents when a noun or verb follows, or the sum is large
        ("He was fined $500 and 30 days in jail.", [(500.0, "USD")]),
        ("They paid $5 and 12 were arrested later.", [(5.0, "USD")]),
        ("Investigators traced $5,000 and 43 for the fees.", [(5000.0, "USD")]),
        ("The fine was $20, 45 people attended.", [(20.0, "USD")]),
        ("The fee was $20 4 for the form.", [(20.0, "USD")]),
    ],
)
def test_cents_after_the_main_unit(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers found 300 malaysia ringgit in the car.", [(300.0, "MYR")]),
        ("He carried ringgit 250 and a phone.", [(250.0, "MYR")]),
        ("The tourist exchanged Malaysian ringgit 90 at the airport.", [(90.0, "MYR")]),
        ("The seller asked 500 egypt pounds for it.", [(500.0, "EGP")]),
        ("The seller asked 75 LE for the carpet.", [(75.0, "EGP")]),
        ("The seller asked 75 L.E for the carpet.", [(75.0, "EGP")]),
        ("They spent 40 india rupees on tea.", [(40.0, "INR")]),
        # a currency name before a number that counts something is no price
        ("The ringgit 5 years ago was stronger.", []),
    ],
)
def test_currency_names_with_country_and_before_the_number(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The man paid ten pounds for the tip.", [(10.0, "GBP")]),
        ("The driver was fined 60 pounds by the court.", [(60.0, "GBP")]),
        ("He paid for ten pounds of cannabis.", [(10.0, "lb")]),
        ("Officers seized ten pounds of cocaine.", [(10.0, "lb")]),
        ("The dog weighed ten pounds.", [(10.0, "lb")]),
    ],
)
def test_unqualified_pounds_are_money_after_paying_words(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert pairs(nlp, text) == expected


def test_a_number_with_point_is_read_whole_never_its_last_word(nlp: Language) -> None:
    assert pairs(nlp, "The price rose to one point three dollars.") == [(1.3, "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 600k worth of drugs was seized by Police Scotland in Glasgow.", [(600000.0, "GBP")]),
        ("Deputies in Ohio seized 2.5 million worth of heroin, the Columbus Police Department said.",
         [(2_500_000.0, "USD")]),
        # no sign and no known locale: which currency is not said
        ("Officers seized 600k worth of drugs.", []),
        # small or counted numbers before 'worth of' are no sums
        ("Police Scotland found two worth of nothing in Glasgow.", []),
        ("Police Scotland found 20 bags worth of cannabis in Glasgow.", []),
    ],
)
def test_a_large_number_worth_of_something_is_the_releases_own_money(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies seized 44 vehicles and $98, 857.", [(98857.0, "USD")]),
        ("Seized: cash $12, 345; pills 40.", [(12345.0, "USD")]),
        # a number after the comma that goes on is another figure
        ("He paid $50, 100 days later.", [(50.0, "USD")]),
        ("He paid $50, 100 of it in cash.", [(50.0, "USD")]),
    ],
)
def test_a_thousands_separator_followed_by_a_space_at_a_sentence_end(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies seized 1½ pounds of meth.", [(1.5, "lb")]),
        ("Deputies seized ¼ ounce of heroin and 1 ½ kg of cocaine.", [(0.25, "oz"), (1.5, "kg")]),
        ("Deputies seized 2.500.000 euros.", [(2_500_000.0, "EUR")]),
        ("He wore a size 9½ shoe.", []),
        # a scale glued to its number before a currency word; Indian grouping
        ("They paid 100k euros and 3bn dollars.", [(100_000.0, "EUR"), (3_000_000_000.0, "USD")]),
        ("He was fined Rs 2,00,000.", [(200_000.0, "rupee")]),
        ("He paid 24/7 dollars.", []),  # no common fraction
    ],
)
def test_vulgar_fractions_and_points_grouping_thousands(nlp: Language, text: str,
                                                        expected: list[tuple[float, str]]) -> None:
    assert pairs(nlp, text) == expected


def test_a_glued_plus_after_an_amount_is_more_than(nlp: Language) -> None:
    found = only(nlp, "Agents seized $3 million-plus in cash.")
    assert (found.value, found.unit, found.qualifier) == (3_000_000.0, "USD", "more than")


def test_a_point_before_three_zeros_is_read_as_english_and_noted() -> None:
    from extractor.api import Extractor

    record = Extractor().extract("Police seized 25.000 pills and 1.000 kg of cocaine, and 2.455 kilograms of heroin.",
                                 release_date="2024-03-12")
    assert [(c.value, c.item) for c in record.counts] == [(25, "pill")]
    assert [(a.value, a.unit) for a in record.amounts] == [(1.0, "kg"), (2.455, "kg")]
    doubts = [w for w in record.warnings if "where a point separates thousands" in w]
    assert len(doubts) == 2 and any("count '25.000 pills'" in w for w in doubts) \
        and any("amount '1.000 kg'" in w for w in doubts)


def test_a_split_thousands_amount_is_noted_in_the_warnings_once() -> None:
    from extractor.api import Extractor

    record = Extractor().extract("Deputies seized 44 vehicles and $98, 857.", release_date="2024-03-12")
    assert [a.value for a in record.amounts] == [98857.0]
    assert len([w for w in record.warnings if "$98, 857" in w]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency word several countries share is the release's own when its locale says which
        ("MUMBAI – Police in Mumbai, India seized cash of Rs 4.2 crore and Rs 18,500.",
         [(42_000_000.0, "INR"), (18_500.0, "INR")]),
        ("Officers seized Rs 40,000.", [(40_000.0, "rupee")]),
        # letters before '$' that begin the code of exactly one dollar
        ("The gang took J$1 million and TT$40,000.", [(1_000_000.0, "JMD"), (40_000.0, "TTD")]),
        ("The gang took B$3,000.", []),  # Bahamian, Barbadian, Bermudan, Brunei or Belize: not said
        # thousands in groups after a space and a decimal comma, as South Africa writes them
        ("Investigators seized R340 000 in cash and R1 250 000 in a safe.", [(340_000.0, "ZAR"), (1_250_000.0, "ZAR")]),
        ("The municipality paid R24,6 million.", [(24_600_000.0, "ZAR")]),
        ("He drove the R340 road with 300 others.", []),
    ],
)
def test_shared_words_prefixed_dollars_and_space_grouped_money(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lengths are measures; a length joined by a hyphen before a noun is a size, no amount
        ("Thieves stole more than 6,000 feet of copper cable.", [(6000.0, "foot")]),
        ("Deputies found the car 300 yards away and a tunnel of 40 metres.", [(300.0, "yard"), (40.0, "metre")]),
        ("Inspectors opened a 40-foot container after a 12-mile chase.", []),
        ("Agents seized a 10-pound bag.", [(10.0, "lb")]),
    ],
)
def test_lengths_are_measures_but_sizes_are_not(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # measures as the text spells them: litre or liter, metre or meter (SPEC: the unit's own word)
        ("Officers seized 80 litres of GHB and 3 liters of acid.", [(80.0, "litre"), (3.0, "liter")]),
        ("They found a litre of GHB.", [(1.0, "litre")]),
        # area and volume
        ("The cannabis farm covered 2.5 hectares and the grow site 8.2 acres.", [(2.5, "hectare"), (8.2, "acre")]),
        ("Crews removed 2,550 cubic metres of waste and 40 cubic yards of soil.",
         [(2550.0, "cubic metre"), (40.0, "cubic yard")]),
        ("The cubic box held 3 kilograms of cocaine.", [(3.0, "kg")]),  # "cubic" alone is no unit
    ],
)
def test_measures_keep_the_texts_spelling_and_area_and_volume_units(nlp: Language, text: str,
                                                                    expected: list[tuple]) -> None:
    assert [(a.value, a.unit) for a in amounts.extract(nlp(text))] == expected
