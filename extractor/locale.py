"""A release's locale (SPEC, Input), and the currencies its signs and words name.

The locale is read from what the release says about itself: places in its dateline and headline
(country and region names from Babel/CLDR and the `holidays` package), its publisher ("RCMP",
"Police Scotland"), currency signs ("£", "NZ$"), spelling ("organised") and how it writes its own
dates ("19 September 2023"). It decides whether "03/04/2024" is read day first and what "$" means.
Currencies come from Babel (CLDR): every current ISO 4217 code, its English names and its symbols.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from extractor.lexicon import NameSearch, lexicon
from extractor.pipeline import cached_text

US = "US"
CANDIDATES = ("US", "GB", "CA", "AU", "NZ", "IE", "IN", "ZA", "SG", "HK")
"""Territories whose English releases the extractor reads (SPEC, Input)."""
HEAD_CHARS = 600
"""The headline, dateline and publisher lines: a place there names the release's own country."""
HEAD_WEIGHT, BODY_WEIGHT = 3, 1
SIGN_WEIGHT = 4
MIN_LEAD = 2
"""Another country must lead the US by this much: US releases name foreign places too."""
DAY_MONTH_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December),? \d{4}\b")
MONTH_DAY_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}(?:st|nd|rd|th)?, \d{4}\b")
WORD = re.compile(r"[a-zé]+")


@dataclass(frozen=True)
class Locale:
    """Where a release is from (ISO 3166 code, None when nothing says), and what that decides."""

    territory: str | None
    day_first: bool
    dollar: str
    """The ISO 4217 code a bare "$" (or "dollars") means in this release."""


DEFAULT = Locale(None, False, "USD")


def locale_of(doc) -> Locale:  # noqa: ANN001 - a spaCy Doc (kept untyped to avoid importing spaCy here)
    """The Doc's locale, read once per Doc and kept in its user data."""
    found = doc.user_data.get("press_locale")
    if found is None:
        found = doc.user_data["press_locale"] = detect_locale(cached_text(doc))
    return found


def locale_for(territory: str | None) -> Locale:
    """The locale of a known territory: CLDR's short date pattern and the territory's own "$"."""
    if territory is None or territory == US:
        return Locale(territory, False, "USD")
    return Locale(territory, _cldr_day_first(territory), _territory_dollar(territory))


def detect_locale(text: str) -> Locale:
    """The territory with the most evidence; the US unless another leads it clearly."""
    places, signs = _place_scores(text), _sign_scores(text)
    named_at_head = {territory for territory, score in places.items() if score >= HEAD_WEIGHT}
    if named_at_head:  # "AUCKLAND - ... HK$2 million": the dateline's country, not a foreign sign, decides
        signs = Counter({territory: score for territory, score in signs.items() if territory in named_at_head})
    scores = places + signs
    foreign_style = _spelling_hits(text) + _date_order_hits(text)
    scores[US] -= foreign_style
    best, score = max(((t, scores[t]) for t in CANDIDATES if t != US), key=lambda pair: pair[1])
    if score >= MIN_LEAD and score - max(scores[US], 0) >= MIN_LEAD:
        return locale_for(best)
    if scores[US] > 0 or foreign_style <= 0:
        return locale_for(US) if scores[US] > 0 else DEFAULT
    return Locale(None, day_first=_date_order_hits(text) > 0, dollar="USD")


def _place_scores(text: str) -> Counter[str]:
    scores: Counter[str] = Counter()
    pattern, owner = _place_pattern()
    for match in pattern.finditer(text):
        territory = owner[match[0].lower()]
        scores[territory] += HEAD_WEIGHT if match.start() < HEAD_CHARS else BODY_WEIGHT
    return scores


def _sign_scores(text: str) -> Counter[str]:
    """'£' says GB, 'NZ$' NZ, 'A$' AU; 'US$' written out says the release is not American."""
    scores: Counter[str] = Counter()
    for sign, territory in _sign_territories().items():
        hits = text.count(sign)
        if hits:
            scores[territory] += SIGN_WEIGHT * min(hits, 3)
    if "US$" in text:
        scores[US] -= SIGN_WEIGHT
    return scores


def _spelling_hits(text: str) -> int:
    words = lexicon("locale_commonwealth_spellings")
    lowered = text.lower()
    if not any(word in lowered for word in _spelling_cores()):  # no spelling even inside a word (most
        return 0                                                # releases): none as a word
    return min(sum(map(words.__contains__, WORD.findall(lowered))), 3)  # map: no Python step per word


@cache
def _spelling_cores() -> tuple[str, ...]:
    """The listed spellings with no other listed one inside them ('centre', not 'centres'): a text holds
    some listed spelling, even inside a word, exactly when it holds one of these (a third fewer searches)."""
    words = lexicon("locale_commonwealth_spellings")
    return tuple(sorted(word for word in words if not any(other != word and other in word for other in words)))


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTH_ABBREVIATIONS = ("Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
"""The month words of DAY_MONTH_DATE and MONTH_DAY_DATE, as written there."""


def _date_order_hits(text: str) -> int:
    """Dates written day first ('19 September 2023') minus dates written month first."""
    day_first = _count_matches(DAY_MONTH_DATE, text, MONTHS, range(2, 6))  # '1 ' .. '12th ' before the month
    return day_first - _count_matches(MONTH_DAY_DATE, text, MONTHS + MONTH_ABBREVIATIONS, range(1))


def _count_matches(pattern: re.Pattern[str], text: str, words: tuple[str, ...], offsets: range) -> int:
    """`len(pattern.findall(text))` for a pattern whose every match holds one of `words`, as written, some
    `offsets` characters after its start: tried only at those starts (found by `str.find`, a fast scan),
    left to right, each search going on after the last match as `findall`'s does."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.update(at - k for k in offsets if at >= k)
            at = text.find(word, at + 1)
    count = end = 0
    for start in sorted(starts):
        if start >= end and (match := pattern.match(text, start)) is not None:
            count, end = count + 1, match.end()
    return count


@cache
def _place_pattern() -> tuple[NameSearch, dict[str, str]]:
    """Country and region names of each candidate territory, names claimed by two territories left out."""
    from babel import Locale as BabelLocale

    names: dict[str, set[str]] = {}
    english = BabelLocale("en").territories
    for territory in CANDIDATES:
        for name in (english.get(territory, ""), *_region_names(territory)):
            if len(name) > 3:
                names.setdefault(name.lower(), set()).add(territory)
    for territory, city in _zone_cities():
        names.setdefault(city.lower(), set()).add(territory)
    for entry in lexicon("locale_signals"):
        territory, _, phrase = entry.partition(" ")
        names.setdefault(phrase, set()).add(territory.upper())
    owner = {name: next(iter(ts)) for name, ts in names.items() if len(ts) == 1}
    ordered = sorted(owner, key=len, reverse=True)  # `NameSearch`: the alternation's matches, found faster
    return NameSearch(ordered, [re.escape(n) for n in ordered], r"(?<![\w.])", r"(?![\w])"), owner


@cache
def non_us_place_names() -> frozenset[str]:
    """Lowercase names of the candidate countries other than the US and of their states, provinces and nations
    ('new zealand', 'canada', 'queensland', 'scotland'), with their codes of three letters or more ('nsw'):
    what names a department by its place in 'Health Canada', 'Corrective Services NSW'."""
    import holidays
    from babel import Locale as BabelLocale

    english = BabelLocale("en").territories
    names: set[str] = set()
    for territory in CANDIDATES:
        if territory == US:
            continue
        names.update(name.lower() for name in (english.get(territory, ""), *_region_names(territory)) if name)
        try:
            codes = holidays.country_holidays(territory).subdivisions
        except NotImplementedError:
            codes = ()
        names.update(code.lower() for code in codes if code.isalpha() and len(code) >= 3)
    return frozenset(names)


def _zone_cities() -> list[tuple[str, str]]:
    """(territory, city) for the cities that name time zones in CLDR's zone data (Babel): 'Toronto',
    'Vancouver', 'Sydney', 'Auckland', 'Dublin'; not those that are also English words ('Center',
    'Resolute'), which the case-blind search would find in any text."""
    from babel.core import get_global
    from lemminflect import getAllLemmas

    cities = []
    for zone, territory in get_global("zone_territories").items():
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if territory in CANDIDATES and len(city) > 3 and not getAllLemmas(city.lower()):
            cities.append((territory, city))
    return cities


def place_territory(phrase: str) -> str | None:
    """The territory a lowercase place name, demonym or publisher names ('canadian', 'u.s.', 'new zealand')."""
    return _place_pattern()[1].get(phrase)


def _region_names(territory: str) -> list[str]:
    """States, provinces and regions by name, from the holidays package's subdivision aliases."""
    import holidays

    try:
        calendar = holidays.country_holidays(territory)
    except NotImplementedError:
        return []
    aliases = getattr(calendar, "subdivisions_aliases", {}) or {}
    return [name for name in aliases if len(name) > 3 and name[0].isupper() and not name.endswith(" Coast")]


@cache
def _sign_territories() -> dict[str, str]:
    """Prefixed dollar signs ('NZ$', 'A$', 'AU$', 'C$') and '£' mapped to the territory that writes them."""
    signs = {"£": "GB"}
    for sign, code in currency_signs().items():
        if sign.endswith("$") and len(sign) > 1 and code != "USD":
            territory = _currency_territory(code)
            if territory in CANDIDATES:
                signs[sign] = territory
    return signs


def _currency_territory(code: str) -> str | None:
    return next((t for t in CANDIDATES if _territory_dollar(t) == code or _tender(t) == code), None)


@lru_cache(maxsize=64)
def _tender(territory: str) -> str | None:
    from babel.numbers import get_territory_currencies

    codes = get_territory_currencies(territory, tender=True)
    return codes[0] if codes else None


@lru_cache(maxsize=64)
@lru_cache(maxsize=256)
def own_currency_for_word(territory: str | None, word: str) -> str | None:
    """The territory's own currency when its English name ends in `word`, a word several currencies share
    ('rupee' in an Indian release is INR, 'peso' in a Philippine one PHP); None elsewhere (SPEC, Amount)."""
    from babel.numbers import get_currency_name

    code = _tender(territory) if territory else None
    if code is None:
        return None
    return code if get_currency_name(code, locale="en").lower().split()[-1] == word else None


def _territory_dollar(territory: str) -> str:
    """What '$' means in a territory: its own currency when CLDR writes it with a dollar sign there ('$',
    'HK$': a Hong Kong release's bare '$' is HK dollars), else USD."""
    from babel.numbers import get_currency_symbol

    code = _tender(territory)
    if code is None:
        return "USD"
    try:
        symbol = get_currency_symbol(code, f"en_{territory}")
    except Exception:  # noqa: BLE001 - babel raises UnknownLocaleError for territories without English data
        return "USD"
    return code if symbol.endswith("$") else "USD"


@lru_cache(maxsize=64)
def _cldr_day_first(territory: str) -> bool:
    """CLDR's short date pattern for English in the territory: 'dd/MM/y' is day first, 'M/d/yy' is not. A
    territory that writes the year first ('y-MM-dd', Canada) writes no slashed month-first dates either:
    SPEC reads '03/04/2024' day first outside the US."""
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", locale=f"en_{territory}").pattern
    except Exception:  # noqa: BLE001
        return True
    return pattern.lstrip("'").startswith("y") or pattern.find("d") < pattern.find("M")


# ---------------------------------------------------------------- currencies (Babel / CLDR)

@cache
def current_currencies() -> frozenset[str]:
    """ISO 4217 codes some territory uses as legal tender today (CLDR), not historic ones."""
    from babel import Locale as BabelLocale

    return frozenset(c for t in BabelLocale("en").territories if t.isalpha() and (c := _tender(t)))


@cache
def currency_signs() -> dict[str, str]:
    """Sign -> ISO code from the English locales of CLDR ('₹' INR, 'CHF', 'HK$', 'R' ZAR, 'Rs' PKR),
    plus the rule file's prefixed dollars; signs two currencies share are left out ('$', '¥' stays JPY:
    English CLDR writes the yuan 'CN¥'). '$' itself depends on the locale and is not listed."""
    from babel import Locale as BabelLocale
    from babel import localedata

    english = BabelLocale("en").currency_symbols
    signs: dict[str, str] = {s: c for c, s in english.items() if c in current_currencies() and s != c}
    shared: dict[str, set[str]] = {}
    for name in localedata.locale_identifiers():
        if not name.startswith("en_") or name.count("_") != 1:
            continue
        for code, sign in BabelLocale.parse(name).currency_symbols.items():
            if code in current_currencies() and sign != code and sign not in signs:
                shared.setdefault(sign, set()).add(code)
    signs.update({s: next(iter(cs)) for s, cs in shared.items() if len(cs) == 1 and s != "$"})
    signs.pop("$", None)
    for entry in lexicon("currency_signs"):
        sign, _, code = entry.rpartition(" ")
        signs[sign] = code.upper() if len(code) == 3 else code
    return {s: c for s, c in signs.items() if s}


def sign_currency(text: str) -> str | None:
    """The currency a sign or code names ('₹', 'chf', 'HK$', 'usd'), case-insensitive for signs with letters."""
    found = _lower_signs().get(text.lower())
    if found is not None:
        return found
    upper = text.upper()
    if len(text) == 3 and text.isalpha() and upper in all_codes():
        return upper
    return prefixed_dollar(text)


def prefixed_dollar(sign: str) -> str | None:
    """'J$' JMD, 'TT$' TTD, 'BZ$' BZD: letters before '$' that begin the ISO 4217 code of exactly one
    dollar; None when they begin several ('B$': Bahamian, Barbadian, Bermudan, Brunei, Belize)."""
    letters = sign[:-1].upper()
    if not sign.endswith("$") or not letters.isalpha():
        return None
    found = [code for code in _dollar_codes() if code.startswith(letters)]
    return found[0] if len(found) == 1 else None


@cache
def _dollar_codes() -> frozenset[str]:
    from babel.numbers import get_currency_name

    return frozenset(c for c in current_currencies() if get_currency_name(c, locale="en").lower().endswith("dollar"))


@cache
def all_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, current or recently replaced ('BGN'): a code written out is unambiguous."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@cache
def _lower_signs() -> dict[str, str]:
    return {s.lower(): c for s, c in currency_signs().items()}


@cache
def currency_names() -> dict[str, str]:
    """Lowercase English name -> ISO code or, for a name several currencies share, the lowercase word.

    'swiss francs' CHF, 'indian rupee' INR, 'yen' JPY, 'rupees' 'rupee', 'pesos' 'peso'. "dollar" and
    "pound" are left to the rule file and the locale ("dollars" is the release's dollar)."""
    from babel import Locale as BabelLocale

    english = BabelLocale("en")
    singular, plural = english.currencies, english._data["currency_names_plural"]
    full: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for code in current_currencies():
        for form in (singular.get(code), *plural.get(code, {}).values()):
            if not form:
                continue
            full[form.lower()] = code
            head = form.lower().split()[-1]
            heads.setdefault(head, set()).add(code)
    word_of: dict[str, str] = {}
    for head, codes in heads.items():
        base = next((form.lower().split()[-1] for c in codes for form in [singular.get(c, "")]
                     if form and form.lower().split()[-1] in (head, head.rstrip("s"))), head)
        word_of[head] = next(iter(codes)) if len(codes) == 1 else base
    names = dict(word_of)
    names.update(full)
    names.update(_country_currency_names(singular, plural))
    for word in ("dollar", "dollars", "pound", "pounds", *lexicon("currency_words_not_money")):
        names.pop(word, None)
    return names


def _country_currency_names(singular: dict[str, str], plural: dict[str, dict[str, str]]) -> dict[str, str]:
    """'malaysia ringgit', 'egypt pounds', 'india rupees': a country's name before its currency's word names
    that currency (CLDR's territory names and tender currencies), as 'Malaysian ringgit' does."""
    from babel import Locale as BabelLocale

    names: dict[str, str] = {}
    for territory, country in BabelLocale("en").territories.items():
        code = _tender(territory) if territory.isalpha() and len(territory) == 2 else None
        if code is None or code not in current_currencies() or " " in country and len(country.split()) > 2:
            continue
        for form in (singular.get(code), *plural.get(code, {}).values()):
            if form:
                names[f"{country.lower()} {form.lower().split()[-1]}"] = code
    return names


def local_currency(locale: Locale) -> str | None:
    """The ISO code of the release's own currency ('GBP' for a Police Scotland release); None when the
    locale is unknown."""
    return _tender(locale.territory) if locale.territory else None
