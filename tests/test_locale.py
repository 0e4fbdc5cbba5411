"""A release's locale (SPEC, Input): which country it is from, whether it writes days first, what '$' means;
and the currency table read from Babel (CLDR)."""

from __future__ import annotations

import pytest

from extractor.locale import currency_names, detect_locale, locale_for, sign_currency


@pytest.mark.parametrize(
    ("text", "territory", "dollar", "day_first"),
    [
        ("WELLINGTON, New Zealand - Police in Auckland have seized drugs worth $2 million.", "NZ", "NZD", True),
        ("Detectives from the Queensland Police Service charged two men in Brisbane.", "AU", "AUD", True),
        ("Officers of the Ontario Provincial Police (OPP) in Ontario seized firearms.", "CA", "CAD", True),
        ("Police Scotland officers in Glasgow arrested three men. The organised group was dismantled.",
         "GB", "USD", True),
        ("An Garda Síochána seized cannabis in Dublin on 3 March 2024.", "IE", "USD", True),
        ("HOUSTON, Texas - The FBI arrested 12 people on March 3, 2024.", "US", "USD", False),
        ("Officers seized NZ$40,000 and NZ$12,000 in cash.", "NZ", "NZD", True),
        ("Officers seized £40,000 in cash.", "GB", "USD", True),
        # cities that name time zones (CLDR): a dateline city alone says the country
        ("VANCOUVER - Police seized $80,000 and arrested two men in Vancouver.", "CA", "CAD", True),
        ("PERTH - Detectives charged a man in Perth after a search.", "AU", "AUD", True),
    ],
)
def test_locale_from_places_publishers_signs(text: str, territory: str, dollar: str, day_first: bool) -> None:
    locale = detect_locale(text)
    assert (locale.territory, locale.dollar, locale.day_first) == (territory, dollar, day_first)


def test_a_us_release_naming_a_foreign_country_stays_american() -> None:
    text = ("SAN DIEGO, California - Federal agents in California arrested a man who shipped drugs from "
            "Canada. The Department of Justice thanked the FBI and the DEA in San Diego.")
    assert detect_locale(text).territory == "US"


def test_nothing_said_is_the_us_default() -> None:
    locale = detect_locale("Officers arrested two men.")
    assert (locale.territory, locale.dollar, locale.day_first) == (None, "USD", False)


def test_spelling_and_written_dates_say_day_first_without_a_country() -> None:
    text = "The organised crime group was charged with offences on 19 September 2023 and 4 October 2023."
    locale = detect_locale(text)
    assert (locale.territory, locale.day_first, locale.dollar) == (None, True, "USD")


@pytest.mark.parametrize(
    ("territory", "dollar", "day_first"),
    # CLDR writes Canada year first ('y-MM-dd'): no slashed month-first dates, so day first as SPEC says
    [("US", "USD", False), ("AU", "AUD", True), ("NZ", "NZD", True), ("CA", "CAD", True), ("GB", "USD", True)],
)
def test_known_territories_follow_cldr(territory: str, dollar: str, day_first: bool) -> None:
    locale = locale_for(territory)
    assert (locale.dollar, locale.day_first) == (dollar, day_first)


@pytest.mark.parametrize(
    ("sign", "code"),
    [("₹", "INR"), ("CHF", "CHF"), ("chf", "CHF"), ("¥", "JPY"), ("HK$", "HKD"), ("S$", "SGD"), ("A$", "AUD"),
     ("AU$", "AUD"), ("NZ$", "NZD"), ("C$", "CAD"), ("US$", "USD"), ("€", "EUR"), ("£", "GBP"), ("R", "ZAR"),
     ("Rs.", "rupee"), ("USD", "USD"), ("BGN", "BGN"), ("J$", "JMD"), ("JA$", "JMD"), ("TT$", "TTD"), ("$", None),
     ("XYZ", None), ("QQQ", None)],
)
def test_signs_and_codes_from_cldr(sign: str, code: str | None) -> None:
    assert sign_currency(sign) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [("swiss francs", "CHF"), ("indian rupees", "INR"), ("yen", "JPY"), ("euros", "EUR"), ("rand", "ZAR"),
     ("pesos", "peso"), ("rupees", "rupee"), ("mexican pesos", "MXN")],
)
def test_currency_names_from_cldr(name: str, code: str) -> None:
    assert currency_names()[name] == code


@pytest.mark.parametrize("word", ["won", "dollars", "pounds", "mark", "real"])
def test_words_that_are_not_always_money_are_not_in_the_name_table(word: str) -> None:
    assert word not in currency_names()


def test_a_hong_kong_release_writes_hong_kong_dollars_and_days_first() -> None:
    from extractor import Extractor

    text = ("Customs seizes suspected cannabis in Hong Kong\n\nHong Kong Customs yesterday seized cannabis worth "
            "about $2.4 million at Kwai Chung. A man was arrested on 3/4/2025.\n")
    record = Extractor().extract(text, release_date="2025-04-05")
    assert [(a.value, a.unit) for a in record.amounts] == [(2400000.0, "HKD")]
    assert [str(d.value) for d in record.dates if d.text == "3/4/2025"] == ["2025-04-03"]


def test_a_foreign_dollar_sign_does_not_outvote_the_datelines_country() -> None:
    from extractor.locale import detect_locale

    locale = detect_locale("AUCKLAND - Police seized $12 million in cash and HK$2 million in a second raid.")
    assert (locale.territory, locale.dollar) == ("NZ", "NZD")
