"""Amounts: money and measured quantities, a number written right next to a unit.

Two rule files feed this extractor, both phrase lists a clerk can read and extend:
- `amount_units`: unit words and signs, each labelled with the unit it normalizes to
  ("kilos" -> kg, "$" -> USD, "pesos" -> peso);
- `amount_qualifiers`: hedges labelled with the qualifier they normalize to ("over" -> "more than",
  "an estimated" -> "approximately"), and TOTAL for "a total of" / "in total".
Numbers are read only where a unit touches them (at most a few tokens per unit, parsed by
`extractor.numbers.parse_quantity`), so counts, years and percentages never become amounts and no
number Matcher has to run over the whole release. A bare number in a range ("seven to $20 million",
"five to 800 grams") borrows its partner's unit, and its scale when it is the smaller end.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lexeme import Lexeme
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from extractor.columns import column, positions
from extractor.lexicon import lexicon, noun_lemmas, verb_lemmas
from extractor.locale import (
    Locale,
    currency_names,
    local_currency,
    locale_for,
    locale_of,
    own_currency_for_word,
    place_territory,
    sign_currency,
)
from extractor.metadata import MONTHS
from extractor.models import Amount
from extractor.numbers import (
    PLURAL_SCALES,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNITS,
    VULGAR_FRACTION,
    glued_scale,
    parse_quantity,
    parse_words,
)
from extractor.pipeline import note_doubt, note_grouping_doubts, tokens_text

UNIT_GROUP = "amount_units"
DOLLAR, CENT, PENCE = "DOLLAR", "CENT", "PENCE"
"""Rule-file labels resolved by the release's locale: its own dollar, and a hundredth of it."""
CLDR_RULE = "currency-cldr"
MAX_NAME_TOKENS = 3
"""'South African rand', 'Swiss francs': the longest currency name read from Babel's table."""
GLUED_AMOUNT = re.compile(
    r"^(?P<sign>[^\W\d_]{1,3}\$?|[^\w\s~]{1,2}|[^\W\d_]{1,2}\$|~)?(?P<number>\d[\d,]*(?:\.\d+)?)"
    r"(?P<suffix>[a-z]{1,8}|¢)?(?P<after>[$€£¥₹])?$", re.IGNORECASE)
"""One token holding a sign or code and a number ('S$40,000', 'USD3.14', 'R13', 'AU$2'), or a number with a
scale or cents letter ('1million', '3bn', '43c')."""
GLUED_RANGE = re.compile(
    r"^(?P<tilde>~)?(?P<sign>[^\W\d_]{0,3}\$|[^\w\s~$]{1,2})(?P<low>\d[\d,]*(?:\.\d+)?)[-–]"
    r"(?P<second>(?:[^\W\d_]{0,3}\$|[^\w\s~$]{1,2})?(?P<high>\d[\d,]*(?:\.\d+)?))$")
"""A money range in one token: '~$5-$7', '$5-7', '€10-€20'."""
CENT_SUFFIXES = frozenset({"c", "cents", "cent", "¢"})
CENTS_FOLLOWERS = frozenset({"for", "to", "from", "in", "on", "at", "each", "per", "apiece", "by", "with", "as"})
"""Words that may follow cents written without their unit ('paid $20 43 for the drugs'): a preposition, not a noun
('$500 and 30 days') or a verb ('$5 and 12 were arrested')."""
MAX_BARE_CENTS_MAIN = 1000
"""Cents written without a unit word follow small sums only ('$20 43'); '$5,000 and 43' is no price read aloud."""
QUALIFIER_GROUP = "amount_qualifiers"
TOTAL_LABEL = "TOTAL"

SCALE_WORDS = frozenset(SCALES) | frozenset(SCALE_ABBREVIATIONS) | frozenset(PLURAL_SCALES)
NUMBER_JOINERS = frozenset({"-", "and", "a", "an", "half", "point"}) | SCALE_WORDS
"""Words inside a written number besides numerals: '1.2 million', 'one and a half', 'half a', '$5 M', 'one point
three'."""
SCALE_TAIL = SCALE_WORDS | {"-"}
"""Trailing words that scale a number's head: '7' of '7 million', '1.2' of '1.2-million'."""
MAX_NUMBER_TOKENS = 8
ARTICLE_UNITS = frozenset({"kg", "g", "mg", "lb", "oz", "gallon", "liter", "litre"})
"""Units that 'a'/'an' counts as one of ('a kilogram of cocaine'); not money, not 'a ton of'."""
A_LEADS = SCALE_WORDS | {"half"}
"""Words 'a' may lead in a number: 'a million', 'a half million'."""
SIGN_RANGE_TOKEN = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([-–—]\$?)(\d[\d,]*(?:\.\d+)?)$")
"""One token holding both ends of a money range: '6-$10', '500-$1,000'."""
RANGE_CONNECTORS = frozenset({"to", "-", "–", "—", "or", "through"})
"""Words joining the two ends of a range; "and" only after "between" ("between five and 10 kilos")."""
SUFFIX_QUALIFIER_LEADS = frozenset({"or"})
"""Qualifiers written after the amount ("five kilograms or more"); the others precede it."""
ITEM_LINKS = frozenset({"of", "in", "per"})
"""Words between an amount and what it measures: "pounds of heroin", "$5,000 in cash", "$4,000 per kit"."""
MAX_ITEM_WORDS = 5
NOT_ITEMS_BEFORE = frozenset(
    {"total", "value", "excess", "worth", "sum", "amount", "equivalent", "tune", "upwards", "seizure", "seizures",
     "recovery", "transactions"}
)
"""Nouns before "of $X" that name no measured thing ("the value of $300", "in excess of $10,000")."""
ITEM_STOP_WORDS = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "your", "my", "some",
        "any", "each", "every", "all", "another", "other's", "of", "in", "on", "at", "to", "for", "from", "with", "by",
        "into", "onto", "over", "under", "about", "after", "before", "during", "since", "until", "while", "per",
        "across", "between", "among", "against", "within", "without", "through", "throughout", "toward", "towards",
        "upon", "via", "out", "up", "down", "off", "near", "like", "behind", "beyond", "inside", "outside", "around",
        "despite", "except", "as", "than", "then", "and", "or", "but", "nor", "so", "if", "when", "where", "which",
        "who", "whom", "whose", "what", "why", "how", "is", "are", "was", "were", "be", "been", "being", "has", "have",
        "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it",
        "he", "she", "they", "we", "you", "i", "them", "him", "us", "me", "not", "no", "also", "only", "just", "more",
        "most", "less", "least", "very", "too", "worth", "along", "seized", "recovered", "found", "collected",
        "confiscated", "obtained", "paid", "received", "stuffed", "hidden", "concealed", "involved", "involving",
        "including", "included", "totaling", "totalling", "valued", "estimated", "allegedly", "respectively",
        # participles used as prepositions: "1.5 kg of methamphetamine following search warrants"
        "following", "regarding", "concerning", "pending", "according", "excluding", "belonging",
    }
)
"""Words that end (or never start) the measured item: articles, prepositions, auxiliaries, common verbs."""


@dataclass(frozen=True)
class _Number:
    """A number read at tokens [start, end), and its value without trailing scale words (for ranges)."""

    start: int
    end: int
    value: float
    head: float
    scaled: bool


@dataclass
class _Found:
    """An amount located by token positions, before its qualifier and item are read."""

    start: int
    end: int
    value: float
    unit: str
    number: _Number
    unit_is_prefix: bool
    rule: str
    chars: tuple[int, int] | None = None
    """Character offsets when the amount is part of a token ('$6' of the token '6-$10')."""
    approx: bool = False
    """Written with a tilde ('~2-7 grams', '~$5'): the qualifier is 'approximately'."""


CLAIMED_KEY = "press_amount_tokens"


def claimed_tokens(doc: Doc) -> frozenset[int]:
    """Token indexes inside amounts ('42 bucks', '30 lakh rupees', 'two milligrams'): numbers there are money
    or measures, never counts, and a currency word is never a counted item. Counts call this (computed once
    per Doc, shared with `extract`)."""
    claimed = doc.user_data.get(CLAIMED_KEY)
    if claimed is None:
        extract(doc)
        claimed = doc.user_data.get(CLAIMED_KEY, frozenset())
    return claimed


AMOUNTS_KEY = "press_amounts"


def extract(doc: Doc) -> list[Amount]:
    """Every money or measured amount outside the metadata lines, in text order (once per Doc: counts ask
    for the claimed tokens before the amounts field runs)."""
    found = doc.user_data.get(AMOUNTS_KEY)
    if found is None:
        found = doc.user_data[AMOUNTS_KEY] = _extract(doc)
    return found


def _extract(doc: Doc) -> list[Amount]:
    rule_units = _group(doc, UNIT_GROUP)
    units = sorted(rule_units + _currency_spans(doc, rule_units), key=lambda span: span.start)
    locale = locale_of(doc)
    used: set[int] = set()
    found = _glued_amounts(doc, used)
    found += _unit_amounts(doc, units, used)
    found += _worth_amounts(doc, used, locale)
    if not found:
        doc.user_data[CLAIMED_KEY] = frozenset()
        return []
    found += _range_partners(doc, found, used)
    found.sort(key=lambda f: f.start)
    _share_scales(doc, found)
    found = _join_cents(doc, found, used, units)
    _join_split_thousands(doc, found, used)
    doc.user_data[CLAIMED_KEY] = frozenset(i for amount in found for i in range(amount.start, amount.end))
    for amount in found:
        amount.unit = _resolve_unit(doc, amount, locale)
    qualifiers = _group(doc, QUALIFIER_GROUP)
    q_by_end = {q.end: q for q in qualifiers}
    q_by_start = {q.start: q for q in qualifiers}
    meta = doc._.meta
    amounts = []
    for amount in found:
        last = doc[amount.end - 1]
        start_char, end_char = amount.chars or (doc[amount.start].idx, last.idx + len(last.text))
        if meta is not None and meta.is_excluded(start_char, end_char):
            continue
        amounts.append(_to_model(doc, amount, start_char, end_char, q_by_end, q_by_start))
    note_grouping_doubts(doc, amounts, "amount")
    return amounts


def _group(doc: Doc, key: str) -> list[Span]:
    return list(doc.spans[key]) if key in doc.spans else []


def _currency_spans(doc: Doc, rule_units: list[Span]) -> list[Span]:
    """Currency signs, codes and names from Babel (CLDR) where the rule file has none: '₹', 'CHF',
    'Swiss francs', 'rupees'. The label is the ISO code, or a shared word ('rupee') when no country is given."""
    names = currency_names()
    _drop_units_inside_names(doc, rule_units, names)
    covered = {i for span in rule_units for i in range(span.start, span.end)}
    spans: list[Span] = []
    after = 0  # a found name or sign ends here: the tokens before it are read
    for i in _tokens_of_kind(doc, names, MAY_OPEN_CURRENCY):
        if i < after or i in covered:
            continue
        found = _currency_name_at(doc, i, names, covered)
        if found is None:
            token = doc[i]
            code = sign_currency(token.text) if _can_be_sign(token.text) else None
            found = (i + 1, code) if code else None
            if found is not None and token.text.isalpha() and i + 1 < len(doc) and doc[i + 1].text == ".":
                found = (i + 2, code)  # 'Rs. 20': the abbreviation's period belongs to the sign
        if found is not None:
            after, code = found
            spans.append(Span(doc, i, after, label=code, span_id=CLDR_RULE))
    return spans


def _drop_units_inside_names(doc: Doc, rule_units: list[Span], names: dict[str, str]) -> None:
    """'42 Lebanese pounds', 'egypt pounds': a longer CLDR name wins over the rule file's 'pounds'."""
    for span in list(rule_units):
        if span.start > 0 and doc[span.start - 1].is_alpha and doc[span.start - 1 : span.end].text.lower() in names:
            rule_units.remove(span)


MAY_OPEN_CURRENCY, MAY_HOLD_GLUED_AMOUNT = 1, 2
_WORD_KINDS: dict[int, dict[int, int]] = {}
"""Per currency name table: word hash -> what the word may be (MAY_... bits), filled as words come."""


def _tokens_of_kind(doc: Doc, names: dict[str, str], kind: int) -> list[int]:
    """The tokens whose word may be `kind` (a MAY_... bit), in order: a word's answer is the same wherever it
    stands, so it is worked out once per word; the few words with the bit are then found on the ORTH column."""
    kinds = _WORD_KINDS.setdefault(id(names), {})
    distinct = set(column(doc, "ORTH"))
    firsts = _first_words(id(names), names)
    for orth in distinct.difference(kinds):
        kinds[orth] = _word_kind(doc.vocab[orth], firsts)
    return positions(doc, "ORTH", [orth for orth in distinct if kinds[orth] & kind])


def _word_kind(word: Lexeme, firsts: frozenset[str]) -> int:
    """The MAY_... bits of a word: what `_opens_no_currency` and `_holds_no_glued_amount` say, read at once for
    most words: a word of two or more letters, in lower case or capitalized, holds no glued amount (it has no
    digit), and `_can_be_sign` takes it for a sign only when it is a listed one."""
    text = word.orth_
    if word.is_alpha and len(text) > 1 and text.isalpha() and not text.isupper() and (text.islower() or text.istitle()):
        opens = word.lower_ in firsts or text.lower() in _listed_signs() and bool(sign_currency(text))
        return MAY_OPEN_CURRENCY if opens else 0
    return (0 if _opens_no_currency(word, firsts) else MAY_OPEN_CURRENCY) \
        | (0 if _holds_no_glued_amount(word) else MAY_HOLD_GLUED_AMOUNT)


def _opens_no_currency(word: Lexeme, first_words: frozenset[str]) -> bool:
    """What `_currency_spans` finds nothing at, whatever surrounds it: a word no currency name opens with
    (`_currency_name_at`'s first test, `first_words`) and no sign or code."""
    if word.is_alpha and word.lower_ in first_words:
        return False
    return not (_can_be_sign(word.orth_) and sign_currency(word.orth_))


def _can_be_sign(text: str) -> bool:
    """A symbol ('₹', 'HK$'), or a code in capitals ('CHF', 'USD'); one letter alone ('R') only glued to digits."""
    if len(text) == 1:
        return not text.isalnum()
    if text.isalpha():
        if text.lower() in _listed_signs():
            return True
        if text.isupper():
            return len(text) == 3 and not _is_english_word(text)
        return len(text) >= 2 and not text.islower() and not text.istitle() or len(text) == 3 and text[0].isupper() \
            and text[1:].islower() and False
    return not any(c.isdigit() for c in text)


@lru_cache(maxsize=1)
def _listed_signs() -> frozenset[str]:
    """Lettered signs the `currency_signs` lexicon names ('Rs', 'RM'): read even in capitals."""
    return frozenset(entry.rpartition(" ")[0] for entry in lexicon("currency_signs"))


def _is_english_word(code: str) -> bool:
    """'ALL', 'TOP', 'TRY', 'PEN' are currency codes and words: in capitals ('ALL 5 SUSPECTS') they are words."""
    return bool(noun_lemmas(code.lower()) or verb_lemmas(code.lower()))


def _currency_name_at(doc: Doc, i: int, names: dict[str, str], covered: set[int]) -> tuple[int, str] | None:
    """The longest currency name starting at token i ('Swiss francs', 'yen')."""
    if not doc[i].is_alpha or doc[i].lower_ not in _first_words(id(names), names):
        return None  # one set lookup for the many tokens that open no currency name
    for end in range(min(len(doc), i + MAX_NAME_TOKENS), i, -1):
        if any(k in covered for k in range(i, end)):
            continue
        code = names.get(tokens_text(doc, i, end).lower())
        if code is not None and (end - i > 1 or doc[i].is_lower or doc[i].is_title):
            return end, code
    return None


_FIRST_WORDS: dict[int, frozenset[str]] = {}


def _first_words(key: int, names: dict[str, str]) -> frozenset[str]:
    """The words currency names open with ('swiss' of 'swiss francs'), computed once per name table."""
    if key not in _FIRST_WORDS:
        firsts = [name.split()[0] for name in names if name.split()]
        _FIRST_WORDS[key] = frozenset(firsts) | frozenset(word.rstrip(".") for word in firsts)
    return _FIRST_WORDS[key]


def _glued_amounts(doc: Doc, used: set[int]) -> list[_Found]:
    """Amounts inside one token: 'S$40,000', 'HK$2 million', 'USD3.14', 'R13 million', '$1million', '43c'."""
    found = []
    for i in _tokens_of_kind(doc, currency_names(), MAY_HOLD_GLUED_AMOUNT):
        if i in used:
            continue
        token = doc[i]
        pair = _glued_range(doc, token)
        if pair:
            used.add(token.i)
            found.extend(pair)
            continue
        match = GLUED_AMOUNT.match(token.text)
        if match is None or not (match["sign"] or match["suffix"]):
            continue
        amount = _read_glued(doc, token, match)
        if amount is not None:
            used.update(range(amount.start, amount.end))
            found.append(amount)
    return found


DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
"""'24,6', '7,15': a comma before fewer than three digits marks decimals (South Africa, most of Europe)."""


def _space_groups_after(doc: Doc, k: int) -> int:
    """How many groups of three digits follow a number of at most three digits, each after one space
    ('R340 000', 'R1 250 000'): the thousands groups of locales that separate them with a space (CLDR)."""
    count = 0
    while k + count < len(doc) and doc[k + count - 1].whitespace_ == " " and len(doc[k + count].text) == 3 \
            and doc[k + count].text.isdigit():
        count += 1
    return count


def _holds_no_glued_amount(word: Lexeme) -> bool:
    """A word `_glued_amounts` passes over wherever it is: letters, a plain number, or a text neither
    glued pattern reads."""
    text = word.orth_
    if word.is_alpha or word.like_num and text[-1:].isdigit():
        return True
    match = GLUED_AMOUNT.match(text)
    return GLUED_RANGE.match(text) is None and (match is None or not (match["sign"] or match["suffix"]))


MIN_BARE_WORTH = 1000
"""'600k worth of drugs', '2,500 worth of goods': a sum that large before 'worth of' is money even without a sign;
'two worth of' is not."""


def _worth_amounts(doc: Doc, used: set[int], locale: Locale) -> list[_Found]:
    """'Over 600k worth of drugs' in a Scottish release is GBP 600,000: a large number right before 'worth of' is
    money in the release's own currency (left out when the locale is unknown)."""
    currency = local_currency(locale)
    if currency is None:
        return []
    found = []
    lowers = column(doc, "LOWER")
    worth, of = get_string_id("worth"), get_string_id("of")
    for i in positions(doc, "LOWER", (worth,)):
        if not 1 <= i < len(doc) - 1 or lowers[i + 1] != of or i - 1 in used:
            continue
        number = _number_before(doc, i, used) or _read_number(doc, i - 1, i)
        if number is None or not (number.scaled or "k" in doc[i - 1].lower_ or number.value >= MIN_BARE_WORTH):
            continue
        if number.value < MIN_BARE_WORTH or (number.start > 0 and doc[number.start - 1].lower_ in ("of", "per")):
            continue
        used.update(range(number.start, number.end))
        found.append(_Found(number.start, number.end, number.value, currency, number, False, "worth-local-currency"))
    return found


def _suffix_currency(suffix: str) -> str | None:
    """A code or listed sign written right after the number: 'MYR' of '42MYR', 'Rs' of '20Rs'."""
    if suffix.isupper() and len(suffix) == 3 or suffix.lower() in _listed_signs():
        return sign_currency(suffix)
    return None


def _glued_range(doc: Doc, token: Token) -> list[_Found]:
    """'~$5-$7', 'A$5-A$7': both ends of a money range in one token, each kept with its own offsets."""
    match = GLUED_RANGE.match(token.text)
    if match is None:
        return []
    unit = sign_currency(match["sign"]) or (DOLLAR if match["sign"] == "$" else None)
    low, high = parse_quantity(match["low"]), parse_quantity(match["high"])
    if unit is None or low is None or high is None or low > high:
        return []
    approx, i = bool(match["tilde"]), token.i
    ends = []
    for value, (a, b) in ((low, (match.start("sign"), match.end("low"))), (high, match.span("second"))):
        ends.append(_Found(i, i + 1, value, unit, _Number(i, i + 1, value, value, scaled=False), True,
                           "glued-range", chars=(token.idx + a, token.idx + b), approx=approx))
    return ends


def _read_glued(doc: Doc, token: Token, match: re.Match[str]) -> _Found | None:
    sign, suffix = match["sign"], (match["suffix"] or "").lower()
    if match["after"]:
        if sign:
            return None
        if suffix and suffix not in SCALE_ABBREVIATIONS and suffix not in SCALES:
            return None
        sign = match["after"]  # '10k$': the sign written after the number
    if sign and sign != "~":
        unit = sign_currency(sign) or (DOLLAR if sign == "$" else None)
        if unit is None or sign.isalpha() and not sign.isupper() and sign.lower() not in _listed_signs():
            return None
        groups = _space_groups_after(doc, token.i + 1) if not suffix and "," not in match["number"] else 0
        if len(sign) == 1 and sign.isalpha() and not suffix and "," not in match["number"] and not groups \
                and not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in SCALES):
            return None  # 'R13 million', 'R1,500' are rand; 'R13', 'P5' are roads, models, grades
    elif suffix == "¢":  # '10¢'
        value = parse_quantity(match["number"])
        if value is None:
            return None
        return _Found(token.i, token.i + 1, value / 100, CENT, _Number(token.i, token.i + 1, value, value, False),
                      False, "glued-amount")
    elif suffix and _suffix_currency(match["suffix"]):  # '42MYR', '20Rs', '10MNT'
        value = parse_quantity(match["number"])
        if value is None:
            return None
        number = _Number(token.i, token.i + 1, value, value, scaled=False)
        return _Found(token.i, token.i + 1, value, _suffix_currency(match["suffix"]), number, False, "glued-amount")
    elif not (doc[token.i - 1].text in ("$",) if token.i > 0 else False):
        return None  # '1million', '43c' alone: read with the sign before them, or as cents after an amount
    written, groups = match["number"], 0
    if DECIMAL_COMMA.fullmatch(written):
        written = written.replace(",", ".")  # 'R24,6 million': a comma before one or two digits is no thousands mark
    elif sign and sign != "~" and not suffix and "," not in written:
        groups = _space_groups_after(doc, token.i + 1)
        written += "".join(doc[token.i + 1 + k].text for k in range(groups))  # 'R340 000'
    number = parse_quantity(written + (f" {suffix}" if suffix else ""))
    if number is None:
        return None
    start, end, rule = token.i, token.i + 1 + groups, "glued-amount"
    if not sign or sign == "~":
        start, unit, rule = token.i - 1, DOLLAR, "unit-dollar-sign"
    head, scaled = number, bool(suffix)
    if not suffix and end < len(doc) and doc[end].lower_ in SCALES:
        number, scaled, end = number * SCALES[doc[end].lower_], True, end + 1
    return _Found(start, end, round(number, 6), unit, _Number(start, end, round(number, 6), head, scaled),
                  True, rule)


def _join_cents(doc: Doc, found: list[_Found], used: set[int], units: list[Span]) -> list[_Found]:
    """'$20 and 43 cents', '$20 and 43c' are one amount, 20.43; 'ten cents' alone is 0.1 of the dollar;
    'a dollar and 42 cents' is 1.42."""
    kept = []
    for amount in found:
        if amount.unit in (CENT, PENCE):
            if _join_a_unit_before(doc, amount, units):
                kept.append(amount)
                continue
            previous = kept[-1] if kept else None
            if previous is not None and _is_currency(previous.unit) and previous.value == int(previous.value) \
                    and amount.number.value < 100 and (amount.start == previous.end or (
                        amount.start == previous.end + 1 and doc[previous.end].lower_ == "and")):
                previous.value = round(previous.value + amount.number.value / 100, 2)
                previous.end = amount.end
                continue
            if amount.rule != "glued-amount":
                amount.value = round(amount.value / 100, 6)
        kept.append(amount)
    for amount in kept:
        cents = _glued_cents_after(doc, amount, used)
        if cents is not None:
            amount.value = round(amount.value + cents / 100, 2)
            amount.end += 2 if doc[amount.end].lower_ == "and" else 1
            continue
        minor = _cents_after(doc, amount, used)
        if minor is not None:
            amount.value = round(amount.value + minor[0] / 100, 2)
            used.update(range(amount.end, minor[1]))
            amount.end = minor[1]
    return kept


SENTENCE_ENDS = frozenset({".", ";", "!", "?"})


def _join_split_thousands(doc: Doc, found: list[_Found], used: set[int]) -> None:
    """'$98, 857.' at a sentence's end: a thousands separator with a stray space, read as 98,857 and noted in the
    warnings (never silently: the reader may check the source)."""
    for amount in found:
        k = amount.end
        if not amount.unit_is_prefix or amount.number.scaled or amount.chars is not None or amount.value >= 1000 \
                or amount.value != int(amount.value) or k + 1 >= len(doc) or doc[k].text != "," or k + 1 in used:
            continue
        group, after = doc[k + 1], doc[k + 2] if k + 2 < len(doc) else None
        if not (group.is_digit and len(group.text) == 3) or (
                after is not None and not after.is_space and after.text not in SENTENCE_ENDS):
            continue
        written = doc[amount.start : k + 2].text
        amount.value = amount.value * 1000 + int(group.text)
        amount.end = k + 2
        used.update((k, k + 1))
        warning = (f"amount '{written}' read as {amount.value:,.0f}: a thousands separator followed by a space "
                   f"(at character {doc[amount.start].idx})")
        note_doubt(doc, warning)


def _join_a_unit_before(doc: Doc, amount: _Found, units: list[Span]) -> bool:
    """'a dollar and 42 cents', 'a pound and 20 pence': one of the main unit, then the cents; 1.42."""
    k = amount.start
    if k < 3 or doc[k - 1].lower_ != "and" or doc[k - 3].lower_ not in ("a", "an", "one"):
        return False
    unit = next((u for u in units if u.start == k - 2 and u.end == k - 1), None)
    if unit is None or not (unit.label_ == DOLLAR or _is_iso(unit.label_)):
        return False
    amount.value = round(1 + amount.number.value / 100, 2)
    amount.unit, amount.start, amount.chars = unit.label_, k - 3, None
    return True


def _is_money(unit: str) -> bool:
    """A currency: the release's dollar, an ISO code, or a word several currencies share ('rupee')."""
    return _is_currency(unit) or unit in _shared_currency_words()


@lru_cache(maxsize=1)
def _shared_currency_words() -> frozenset[str]:
    return frozenset(currency_names().values())


def _cents_after(doc: Doc, amount: _Found, used: set[int]) -> tuple[float, int] | None:
    """'$20 43', '20 ringgit and 43 sen', 'US$3 and fourteen', '3 UAH 4 kopiykas': cents written after a whole
    sum, with a minor unit's name or, for small sums, with nothing after them but a preposition or the
    sentence's end. Returns the cents and the token where the amount now ends."""
    if not _is_money(amount.unit) or amount.number.scaled or not math.isfinite(amount.value) \
            or amount.value != int(amount.value) or amount.end >= len(doc) or amount.chars is not None:
        return None
    k = amount.end + (doc[amount.end].lower_ == "and")
    end = k
    while end < len(doc) and end not in used and end - k < 3 and (
            doc[end].lower_ in UNITS or doc[end].lower_ in TENS or doc[end].text == "-" and end > k):
        end += 1
    cents: float | None = None
    if end > k:
        cents = parse_words([t.text for t in doc[k:end]])
    elif k < len(doc) and k not in used and doc[k].is_digit and len(doc[k].text) <= 2:
        cents, end = float(doc[k].text), k + 1
    if cents is None or not 0 < cents < 100:
        return None
    if end < len(doc) and doc[end].lower_ in lexicon("currency_minor_units"):
        return cents, end + 1
    bare_digits_ok = doc[k].is_alpha or len(doc[k].text) == 2
    if amount.value >= MAX_BARE_CENTS_MAIN or not bare_digits_ok:
        return None
    if end < len(doc) and not doc[end].is_punct and doc[end].lower_ not in CENTS_FOLLOWERS:
        return None
    return cents, end


def _is_currency(unit: str) -> bool:
    """An ISO code or the release's dollar; not a weight, not a shared word ('rupee')."""
    return unit == DOLLAR or len(unit) == 3 and unit.isupper()


def _glued_cents_after(doc: Doc, amount: _Found, used: set[int]) -> float | None:
    """'and 43c' after a whole dollar amount."""
    if not _is_currency(amount.unit) or amount.end >= len(doc):
        return None
    k = amount.end + 1 if doc[amount.end].lower_ == "and" else amount.end
    if k >= len(doc) or k in used:
        return None
    match = GLUED_AMOUNT.match(doc[k].text)
    if match is None or match["sign"] or (match["suffix"] or "").lower() not in CENT_SUFFIXES \
            or amount.value != int(amount.value):
        return None
    cents = float(match["number"])
    return cents if cents < 100 else None


def _resolve_unit(doc: Doc, amount: _Found, locale: Locale) -> str:
    """The release's dollar for '$' and 'dollars'; pounds of money ('ten pounds in cash') are GBP."""
    if amount.unit in (DOLLAR, CENT):
        return _dollar_named_after(doc, amount.end) or locale.dollar
    if amount.unit == PENCE:
        return "GBP"
    if amount.unit == "lb" and _is_money_pounds(doc, amount, locale):
        return "GBP"
    if amount.unit in _shared_currency_words():  # 'Rs 4.2 crore' in an Indian release
        return own_currency_for_word(locale.territory, amount.unit) or amount.unit
    return amount.unit


MONEY_HEADS = {"currency", "dollars", "dollar", "funds", "cash"}


def _dollar_named_after(doc: Doc, end: int) -> str | None:
    """'$5,000 in U.S. currency', '$40,000 Canadian dollars': the country written after the amount says
    whose dollar it is, whatever the release's locale."""
    k = end + 1 if end < len(doc) and doc[end].lower_ == "in" else end
    for size in (2, 1):
        if k + size >= len(doc) or doc[k + size].lower_ not in MONEY_HEADS:
            continue
        words = doc[k:k + size]
        phrase = "u.s." if words.text in ("US", "U.S") else words.text.lower()
        territory = place_territory(phrase)
        if territory is not None:
            dollar = locale_for(territory).dollar
            return dollar if dollar.endswith("D") else None
    return None


def _is_money_pounds(doc: Doc, amount: _Found, locale: Locale) -> bool:
    """'pounds' is money when cash follows ('ten pounds in cash') or, in a British release, when it
    measures nothing ('fined 500 pounds'); 'pounds of cannabis' stays a weight."""
    last = doc[amount.end - 1]
    if not last.lower_.startswith("pound"):
        return False
    after = [t.lower_ for t in doc[amount.end : amount.end + 2]]
    money = lexicon("amount_money_items")
    if after[:1] and after[0] in money or after[:1] == ["in"] and after[1:] and after[1] in money:
        return True
    if after[:1] in (["of"], ["worth"]):
        return False  # 'paid for ten pounds of cannabis': a substance makes it a weight
    lead = [t.lower_ for t in doc[max(0, amount.start - 3) : amount.start]]
    if any(word in lexicon("amount_money_verbs") for word in lead):
        return True  # "paid ten pounds", "fined 50 pounds"
    return locale.territory == "GB" and (not after or after[0] not in ("of", "worth"))


def _is_number_part(token: Token) -> bool:
    return token.like_num or token.lower_ in NUMBER_JOINERS or _is_tilde_number(token) \
        or VULGAR_FRACTION.match(token.text) is not None


def _is_tilde_number(token: Token) -> bool:
    """'~2' of '~2-7 grams': an approximate number the tokenizer keeps with its tilde."""
    return token.text[:1] == "~" and token.text[1:2].isdigit()


def _number_before(doc: Doc, end: int, used: set[int]) -> _Number | None:
    """The longest number ending right before token `end`: '1.2 million', 'one and a half', 'half a', and one
    hyphened to its unit ('Half-a-kilogram')."""
    if end > 1 and doc[end - 1].text == "-" and not doc[end - 1].whitespace_ and not doc[end - 2].whitespace_:
        end -= 1
    first = end
    while first > 0 and end - first < MAX_NUMBER_TOKENS and first - 1 not in used and _is_number_part(doc[first - 1]):
        first -= 1
    for start in range(first, end):
        number = _read_number(doc, start, end)
        if number is not None:
            return number
    if end > 0 and end - 1 not in used and doc[end - 1].whitespace_ and glued_scale(doc[end - 1].lower_):
        return _read_number(doc, end - 1, end)  # a scale glued to its number: '100k euros', '3bn dollars'
    return None


def _number_after(doc: Doc, start: int, used: set[int]) -> _Number | None:
    """The longest number starting at token `start` ('$1.2 million'), or a glued one ('$500K', '$2.5bn')."""
    last = start
    while last < len(doc) and last - start < MAX_NUMBER_TOKENS and last not in used and _is_number_part(doc[last]):
        last += 1
    for end in range(last, start, -1):
        number = _read_number(doc, start, end)
        if number is not None:
            return number
    if start < len(doc) and start not in used and not doc[start].is_alpha:
        return _read_number(doc, start, start + 1)
    return None


def _read_number(doc: Doc, start: int, end: int) -> _Number | None:
    """The value of tokens [start, end) when they are one whole number ('5 -' and 'million' are not)."""
    first, final = doc[start], doc[end - 1]
    if not _can_start_number(first):
        return None
    if first.lower_ == "a" and (end - start < 2 or doc[start + 1].lower_ not in A_LEADS):
        return None  # 'a million', 'a half million'; not 'a one-pound bag'
    if final.lower_ in ("-", "and") or (final.lower_ in ("a", "an") and _word_before(doc, end - 1) != "half"):
        return None
    text = doc[start:end].text
    if end - start > 1 and start > 0 and doc[start].is_digit and doc[start + 1].is_digit \
            and doc[start - 1].lower_.rstrip(".") in MONTHS:
        return None  # "May 14 300 kg": a date's day, then the amount, not 14,300
    if _is_dash_joined(doc, start):
        text = text[1:]  # '2 -7 g': the dash joins a range; the second end is 7, not -7
    value = parse_quantity(text)
    if value is None or value < 0:
        return None
    head_end = end
    while head_end > start + 1 and doc[head_end - 1].lower_ in SCALE_TAIL:
        head_end -= 1
    head = parse_quantity(doc[start:head_end].text) if head_end < end else None
    if head is None or head == 0:
        return _Number(start, end, value, value, scaled=False)
    return _Number(start, end, value, head, scaled=True)


def _word_before(doc: Doc, i: int) -> str:
    """The lowercase word before token i, past a hyphen written tight ('half' in 'Half-a')."""
    j = i - 1
    if j > 0 and doc[j].text == "-" and not doc[j].whitespace_:
        j -= 1
    return doc[j].lower_ if j >= 0 else ""


def _is_dash_joined(doc: Doc, i: int) -> bool:
    """'-7' right after a number ('2 -7 g'): the dash of a range written against its second end."""
    return doc[i].text[:1] in ("-", "–") and len(doc[i].text) > 1 and i > 0 and doc[i - 1].like_num


def _can_start_number(token: Token) -> bool:
    """A numeral ('5', 'seven', '500K'), or 'a'/'half' of 'a million', 'half a'; never a scale word or joiner."""
    word = token.lower_
    if word in SCALE_WORDS or word in ("-", "and", "an"):
        return False
    if word[:1] in ("-", "–") and word[1:2].isdigit():
        return True
    return token.like_num or word in ("a", "half") or _is_tilde_number(token) or (
        not token.is_alpha and any(c.isdigit() for c in token.text)) or VULGAR_FRACTION.match(token.text) is not None


def _unit_amounts(doc: Doc, units: list[Span], used: set[int]) -> list[_Found]:
    """Each unit span with the number it touches: "$" before it, words ("kilos", "pesos") after it.

    A unit repeating the one just read extends that amount: "$4,320 USD", "$1 million dollars".
    """
    found: list[_Found] = []
    by_end: dict[int, _Found] = {}
    for unit in units:
        if not _is_plausible_unit(unit) or any(i in used for i in range(unit.start, unit.end)):
            continue
        previous = by_end.get(unit.start)
        if previous is not None and previous.unit_is_prefix and _same_money(previous.unit, unit.label_):
            del by_end[previous.end]
            previous.end = unit.end
            previous.unit = unit.label_ if previous.unit == DOLLAR else previous.unit  # '$4,320 USD' says which
            by_end[previous.end] = previous
            continue
        number = _number_for_unit(doc, unit, used)
        if number is None:
            pair = _sign_range_in_one_token(doc, unit, used)
            found.extend(pair)
            by_end.update((amount.end, amount) for amount in pair)
            continue
        used.update(range(number.start, number.end))
        amount = _Found(
            start=min(unit.start, number.start),
            end=max(unit.end, number.end),
            value=number.value,
            unit=unit.label_,
            number=number,
            unit_is_prefix=unit.start < number.start,
            rule=unit.id_,
            approx=_is_tilde_number(doc[number.start]) or number.start > 0 and doc[number.start - 1].text == "~",
        )
        found.append(amount)
        by_end[amount.end] = amount
    return found


def _same_money(first: str, second: str) -> bool:
    """'$1 million dollars', '$4,320 USD', 'A$5 AUD': a unit repeating the currency just read."""
    return first == second or first == DOLLAR and second.endswith("D") and second.isupper() and len(second) == 3


def _sign_range_in_one_token(doc: Doc, unit: Span, used: set[int]) -> list[_Found]:
    """'$6-$10', '$1-$2 billion': the tokenizer keeps '6-$10' as one token; read both ends from it."""
    if unit.end >= len(doc) or not _is_sign(unit) or unit.end in used:
        return []
    token = doc[unit.end]
    match = SIGN_RANGE_TOKEN.match(token.text)
    if match is None:
        return []
    low, high = parse_quantity(match[1]), parse_quantity(match[3])
    if low is None or high is None:
        return []
    end = unit.end + 1
    scale = 1.0
    if end < len(doc) and doc[end].lower_ in SCALES:
        scale, end = float(SCALES[doc[end].lower_]), end + 1
    if low <= high:
        low *= scale
    used.update(range(unit.end, end))
    first = _Number(unit.end, unit.end + 1, low, low, scaled=False)
    second = _Number(unit.end, end, high * scale, high, scaled=scale != 1.0)
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    return [
        _Found(unit.start, unit.end + 1, low, unit.label_, first, True, f"split-range+{unit.id_}",
               chars=(unit.start_char, token.idx + match.end(1))),
        _Found(unit.end, end, high * scale, unit.label_, second, True, f"split-range+{unit.id_}",
               chars=(token.idx + match.start(2) + 1, end_char)),
    ]


def _is_plausible_unit(unit: Span) -> bool:
    """A one-letter unit is lowercase: '28 g' is grams, '5G' and '4G' are networks."""
    return len(unit.text) != 1 or not unit.text.isalpha() or unit.text.islower()


def _number_for_unit(doc: Doc, unit: Span, used: set[int]) -> _Number | None:
    """Signs take the number after them; words the one before ("10-pound" too); codes ("USD") either."""
    if _is_sign(unit):
        return _number_after(doc, unit.end, used) or _number_before_sign(doc, unit, used)
    hyphen = unit.start > 0 and doc[unit.start - 1].text == "-"
    if hyphen and unit.label_ in lexicon("amount_size_units"):
        return None  # "a 40-foot container": a size
    end = unit.start - 1 if hyphen else unit.start
    before = _number_before(doc, end, used) or _spelled_and_bracketed(doc, end, used) or _article_one(doc, unit, used)
    if before is None and _is_code(unit):
        return _number_after(doc, unit.end, used)
    if before is None and unit.id_ == CLDR_RULE and _is_iso(unit.label_):
        after = _number_after(doc, unit.end, used)  # 'ringgit 42', 'Malaysian ringgit 42': the name as a sign
        return after if after is not None and _ends_phrase(doc, after.end) else None
    return before


def _is_iso(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def _number_before_sign(doc: Doc, unit: Span, used: set[int]) -> _Number | None:
    """'20€', '10$': a sign written after its number, read only when no number follows it."""
    if unit.start == 0 or doc[unit.start - 1].whitespace_ or not _can_start_number(doc[unit.start - 1]):
        return None
    return _number_before(doc, unit.start, used) or _read_number(doc, unit.start - 1, unit.start)


def _article_one(doc: Doc, unit: Span, used: set[int]) -> _Number | None:
    """'a kilogram of cocaine', 'an ounce of heroin' is one unit; not a price ('$30,000 a kilogram')."""
    i = unit.start - 1
    if i < 0 or doc[i].lower_ not in ("a", "an") or unit.label_ not in ARTICLE_UNITS or i in used:
        return None  # 'for a dollar' is a figure of speech, not a sum (tests/test_amounts.py)
    if i > 0 and (i - 1 in used or doc[i - 1].like_num or doc[i - 1].lower_ in SCALE_WORDS):
        return None
    return _Number(i, i + 1, 1.0, 1.0, scaled=False)


def _spelled_and_bracketed(doc: Doc, end: int, used: set[int]) -> _Number | None:
    """'five (5) kilograms': the number in words, repeated in digits between brackets."""
    if end < 4 or doc[end - 1].text != ")":
        return None
    digits = _number_before(doc, end - 1, used)
    if digits is None or digits.start < 2 or doc[digits.start - 1].text != "(":
        return None
    words = _number_before(doc, digits.start - 1, used)
    if words is None or words.value != digits.value:
        return None
    return _Number(words.start, end, digits.value, digits.head, digits.scaled)


def _is_sign(unit: Span) -> bool:
    """'$', 'US$', '€': the unit ends in a symbol, so it is written before the number."""
    return not unit.text.rstrip(".")[-1:].isalpha()


def _is_code(unit: Span) -> bool:
    """'USD', 'EUR', 'Rs.': a code or lettered sign, written before or after the number."""
    if unit.id_ == CLDR_RULE and len(unit) == 1 + (unit.text.endswith(".")) and not unit.text.islower():
        return True
    return len(unit.text) == 3 and unit.text.isalpha() and unit.text.isupper()


def _range_partners(doc: Doc, found: list[_Found], used: set[int]) -> list[_Found]:
    """Bare numbers at the other end of a range take the unit of the amount they are paired with."""
    partners = []
    for amount in found:
        for partner in (_range_partner_before(doc, amount, used), _range_partner_after(doc, amount, used)):
            if partner is not None:
                used.update(range(partner.start, partner.end))
                partners.append(partner)
    return partners


def _is_connector(doc: Doc, i: int, first_number_start: int) -> bool:
    word = doc[i].lower_
    if word in RANGE_CONNECTORS:
        return True
    return word == "and" and first_number_start > 0 and doc[first_number_start - 1].lower_ == "between"


def _range_partner_before(doc: Doc, amount: _Found, used: set[int]) -> _Found | None:
    """'five to 800 grams', 'seven to $20 million': the bare first end borrows unit and scale."""
    if _is_dash_joined(doc, amount.start) and amount.start - 1 not in used:
        link = amount.start  # '2 -7 g': the dash is glued to the second end
        bare = _number_before(doc, link, used)
    else:
        link = amount.start - 1
        if link < 1 or link in used:
            return None
        bare = _number_before(doc, link, used)
        if bare is None or not _is_connector(doc, link, bare.start):
            return None
    if bare is None:
        return None
    value = bare.value
    if amount.number.scaled and not bare.scaled and bare.value <= amount.number.head:
        value = round(bare.value * amount.number.value / amount.number.head, 6)
    approx = _is_tilde_number(doc[bare.start]) or amount.approx
    amount.approx = approx
    return _Found(bare.start, bare.end, value, amount.unit, bare, False, f"range+{amount.rule}", approx=approx)


def _range_partner_after(doc: Doc, amount: _Found, used: set[int]) -> _Found | None:
    """'$5 to 10 million': the bare second end borrows the sign; the first end borrows its scale."""
    link = amount.end
    if not amount.unit_is_prefix or link + 1 >= len(doc) or link in used:
        return None
    if not _is_connector(doc, link, amount.start):
        return None
    bare = _number_after(doc, link + 1, used)
    if bare is None or not _ends_phrase(doc, bare.end):
        return None
    if bare.scaled and not amount.number.scaled and amount.number.value <= bare.head:
        amount.value = round(amount.number.value * bare.value / bare.head, 6)
    return _Found(bare.start, bare.end, bare.value, amount.unit, bare, False, f"range+{amount.rule}")


def _share_scales(doc: Doc, found: list[_Found]) -> None:
    """'$5 to $10 million' is five million: the smaller, unscaled first end takes the second's scale."""
    for first, second in zip(found, found[1:], strict=False):
        if second.start != first.end + 1 or first.unit != second.unit or not _is_connector(doc, first.end, first.start):
            continue
        if second.number.scaled and not first.number.scaled and first.number.value <= second.number.head:
            first.value = round(first.number.value * second.number.value / second.number.head, 6)


def _ends_phrase(doc: Doc, i: int) -> bool:
    """True when nothing counted follows a bare number ('$5 to 10 million in cash', not '$600 or 30 days')."""
    return i >= len(doc) or not doc[i].is_alpha or doc[i].lower_ in ITEM_STOP_WORDS


def _to_model(
    doc: Doc, found: _Found, start_char: int, end_char: int, q_by_end: dict[int, Span], q_by_start: dict[int, Span]
) -> Amount:
    qualifier, total, first = _prefix_qualifiers(doc, found.start, q_by_end)
    suffix_qualifier, suffix_total, after = _suffix_qualifiers(found.end, q_by_start)
    item = _item_after(doc, after) or _item_before(doc, first)
    return Amount(
        text=_text_between(doc, found, start_char, end_char),
        start=start_char,
        end=end_char,
        value=found.value,
        unit=found.unit,
        item=item,
        qualifier=qualifier or suffix_qualifier or ("more than" if has_glued_plus(doc, found.end) else None)
        or ("approximately" if found.approx else None),
        total=total or suffix_total,
        rule=found.rule,
    )


def has_glued_plus(doc: Doc, end: int) -> bool:
    """'1,200-plus citations', '$3 million-plus': more than the number."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].lower_ == "plus"


def _text_between(doc: Doc, found: _Found, start_char: int, end_char: int) -> str:
    """The amount's text, cut from its tokens (never `doc.text`, which is rebuilt on every access)."""
    text = doc[found.start : found.end].text
    offset = start_char - doc[found.start].idx
    return text[offset : offset + end_char - start_char]


def _prefix_qualifiers(doc: Doc, start: int, q_by_end: dict[int, Span]) -> tuple[str | None, bool, int]:
    """'a total of more than 309 tons', 'In total, $5 million': qualifier, total, first token of the lot."""
    qualifier, total, first = None, False, start
    for _ in range(2):
        span = q_by_end.get(first)
        if span is None and first > 0 and doc[first - 1].text == ",":
            span = q_by_end.get(first - 1)
            if span is not None and span.label_ != TOTAL_LABEL:
                span = None
        if span is None or span[0].lower_ in SUFFIX_QUALIFIER_LEADS:
            break
        if span.label_ == TOTAL_LABEL:
            total = True
        elif qualifier is None:
            qualifier = span.label_
        first = span.start
    return qualifier, total, first


def _suffix_qualifiers(end: int, q_by_start: dict[int, Span]) -> tuple[str | None, bool, int]:
    """'five kilograms or more', '$5 million in total': qualifier, total, first token after them."""
    span = q_by_start.get(end)
    if span is None:
        return None, False, end
    if span.label_ == TOTAL_LABEL:
        return None, True, span.end
    if span[0].lower_ in SUFFIX_QUALIFIER_LEADS:
        return span.label_, False, span.end
    return None, False, end


def _item_after(doc: Doc, i: int) -> str | None:
    """'pounds of heroin', '$1 million worth of meth', '$5,000 in cash', '$5,000 fine'."""
    if i + 1 < len(doc) and doc[i].text == "." and doc[i + 1].is_lower:
        i += 1  # the period of an abbreviated unit: "25 lbs. of marijuana"
    if i >= len(doc):
        return None
    word = doc[i].lower_
    if word == "worth" and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return _item_words(doc, i + 2)
    if word in ITEM_LINKS:
        return _item_words(doc, i + 1)
    return _item_words(doc, i)


def _item_before(doc: Doc, first: int) -> str | None:
    """'a fee of $200', 'a loss of more than $3 billion': the noun before "of"."""
    if first < 2 or doc[first - 1].lower_ != "of":
        return None
    noun = doc[first - 2]
    if not _is_item_word(noun) or not noun.is_lower or noun.lower_ in NOT_ITEMS_BEFORE:
        return None
    return _item_form(noun)


def _item_words(doc: Doc, i: int) -> str | None:
    """Up to five item words from token i: 'heroin and cocaine', 'HIV infusion fraud scheme'.

    An "and" joins only items: 'heroin and additional 13,667 glassines' stops at "heroin".
    """
    words: list[Token] = []
    joined_at: int | None = None
    j = i
    while j < len(doc) and len(words) - (joined_at is not None) < MAX_ITEM_WORDS:
        token = doc[j]
        if token.lower_ == "and" and words and joined_at is None and j + 1 < len(doc) and _joins_item(doc[j + 1]):
            joined_at = len(words)
        elif not _is_item_word(token) or _in_date_rule(doc, j):
            break  # "$45 million Tuesday": a date, not what the money was
        words.append(token)
        j += 1
    if joined_at is not None and j < len(doc) and doc[j].like_num:
        words = words[:joined_at]
    return " ".join(_item_form(t) for t in words) if words else None


def _in_date_rule(doc: Doc, i: int) -> bool:
    """Token i lies in a span of the date rules ('Tuesday', 'Jan. 4')."""
    return any(span.start <= i < span.end for span in doc.spans.get("dates", ()))


def _joins_item(token: Token) -> bool:
    """After "and", another item ('cash and assets'), not a verb ('cocaine and laundered $10 million')."""
    return _is_item_word(token) and not token.lower_.endswith("ed")


def _is_item_word(token: Token) -> bool:
    return token.is_alpha and not token.like_num and token.lower_ not in ITEM_STOP_WORDS


def _item_form(token: Token) -> str:
    """Lowercase, except words whose capitals carry meaning ('HIV', 'CalWORKs')."""
    return token.lower_ if token.is_lower or token.is_title else token.text
