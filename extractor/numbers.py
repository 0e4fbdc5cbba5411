"""Numbers written as digits or words, converted only within spans the patterns delimited.

Never run over whole sentences: "two men and three women" is two numbers, not five.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

UNITS = {
    "zero": 0, "naught": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000}
"""Scale words, with the Indian 'lakh' (100,000) and 'crore' (10 million)."""
SCALE_SPELLINGS = {"lac": 100_000, "lkh": 100_000, "cr": 10_000_000, "krore": 10_000_000, "koti": 10_000_000}
"""Other spellings of lakh and crore ('12 lacs', 'three cr')."""
PLURAL_SCALES = {f"{word}s": value for word, value in (SCALES | SCALE_SPELLINGS).items()} | SCALE_SPELLINGS
"""'2 dozens', '3 millions', '30 lakhs': a plural scale after a number scales it like the singular."""
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "mil": 1_000_000,
                       "bn": 1_000_000_000, "b": 1_000_000_000}
DOZEN = 12
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
"""'the first of March', 'the third Tuesday': ordinals in words ('twenty-first' is read by `ordinal_value`)."""
MAX_COUNT = 10**15
"""Larger 'counts' are digit soups (a 100,000-digit token), not things anyone counted."""
COUPLE = "couple"
"""'a couple of suspects' is two."""
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"dozen", "a", "an", "and", COUPLE, "pair"}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$|^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+$"
                     r"|^\d{1,3}(?:\.\d{3}){2,}$|^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$")
"""'1,234', '5.3', '.5', thousands set apart by spaces ('2 000 000', SI and European style), by two or more
points ('1.234.567', European style: no decimal has two points) and in the Indian way, hundreds then pairs
('2,00,000', '1,25,00,000': CLDR's en-IN grouping)."""
POINT_BEFORE_THOUSAND = re.compile(r"(?<![\d.,])([1-9]\d{0,2})\.000(?![\d.,]*\d)")
"""'25.000 pills', '1.000 kg': English reads 25 and 1, much of Europe 25,000 and 1,000."""


def point_grouping_doubt(text: str) -> str | None:
    """The doubt a number with a point before three zeros leaves ('25.000'), in words; None for other text."""
    found = POINT_BEFORE_THOUSAND.search(text)
    if found is None:
        return None
    return (f"'{found[0]}' read as {found[1]}; where a point separates thousands, as in much of Europe, "
            f"it is {found[1]},000")


def ordinal_value(text: str) -> int | None:
    """'first' -> 1, 'twenty-first' -> 21, '3rd' -> 3; None for anything else."""
    word = text.lower()
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return int(word[:-2])
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    tens, _, unit = word.partition("-")
    if tens in TENS and unit in ORDINAL_WORDS and ORDINAL_WORDS[unit] < 10:
        return TENS[tens] + ORDINAL_WORDS[unit]
    return None


@lru_cache(maxsize=65536)  # pure, and asked again for the same words (a word's answer is its own)
def parse_digits(text: str) -> float | None:
    """'1,234' -> 1234.0, '5.3' -> 5.3; None for anything else ('647(b)', '22-11432')."""
    text = text.strip()
    if not _DIGITS.match(text):
        return None
    if text.count(".") > 1:
        return float(text.replace(".", ""))
    return float(re.sub(r"[,\s]", "", text))


def parse_words(words: list[str]) -> int | None:
    """'thirty-four' -> 34, 'two dozen' -> 24, 'a dozen' -> 12, 'one hundred twenty' -> 120, 'a couple' -> 2.

    'dozens' alone has no value (None); so has any word that is not part of a number, and any run that
    is no single English number: 'one twenty two' (a price read aloud? a list?) and 'five six' are None,
    never 22 or 11.
    """
    tokens = [t for w in words for t in w.lower().replace("-", " ").split()]
    if tokens[-1:] == ["of"] and len(tokens) > 1 and tokens[-2] in (COUPLE, "pair", "dozen"):
        tokens = tokens[:-1]  # 'a couple of'
    if tokens in (["half", "a", "dozen"], ["a", "half", "dozen"], ["half", "dozen"]):
        return DOZEN // 2  # never the dozen alone
    if not tokens or tokens[-1] == "and":
        return None
    total = current = largest = 0
    seen_number = False
    last = ""  # the kind of the word before: 'unit', 'teen', 'tens', 'hundred', 'scale'
    for i, tok in enumerate(tokens):
        if tok in ("a", "an"):
            if i != 0 or len(tokens) == 1:
                return None
            current, seen_number, last = 1, True, "article"
        elif tok in (COUPLE, "pair"):
            if last != "article":  # 'a couple (of)' is two; 'the couple' is a pair of people
                return None
            current, seen_number, last = 2, True, "unit"
        elif tok == "and":
            if not seen_number:
                return None
        elif tok in UNITS:
            if last in ("unit", "teen") or (last == "tens" and UNITS[tok] >= 10) or (last == "tens" and tok == "zero"):
                return None
            current += UNITS[tok]
            seen_number, last = True, "teen" if UNITS[tok] >= 10 else "unit"
        elif tok in TENS:
            if last in ("unit", "teen", "tens"):
                return None
            current += TENS[tok]
            seen_number, last = True, "tens"
        elif tok in ("dozen", "dozens") and (tok == "dozen" or seen_number):
            current = (current or 1) * DOZEN
            seen_number, last = True, "scale"
        elif tok == "hundred":
            if last == "hundred":
                return None
            current = (current or 1) * 100
            seen_number, last = True, "hundred"
        elif tok in SCALES or (tok in PLURAL_SCALES and seen_number):
            scale = SCALES.get(tok) or PLURAL_SCALES[tok]
            if total and scale > largest:  # 'three thousand millions' is 3e9, not 3,000 + 1e6
                total, current = (total + (current or 0)) * scale, 0
            else:
                total += (current or 1) * scale
                current = 0
            largest = max(largest, scale)
            seen_number, last = True, "scale"
        else:
            return None
    return total + current if seen_number else None


_NEGATIVE = re.compile(r"^(?:-\s*|minus\s+|negative\s+)(?=[\d.a-z])", re.IGNORECASE)
_POINT = re.compile(r"^(?:(?P<whole>.+?)\s+)?point\s+(?P<fraction>[a-z\d\s]+?)(?:\s+(?P<scale>[a-z]+))?$")


def _point_number(match: re.Match[str]) -> float | None:
    """'two point two million' -> 2200000: the whole part, each fraction digit, then an optional scale."""
    whole = parse_number(match["whole"]) if match["whole"] else 0.0
    words = match["fraction"].split()
    scale = match["scale"]
    if scale is not None and scale not in SCALES and scale not in SCALE_ABBREVIATIONS:
        words.append(scale)
        scale = None
    digits = []
    for word in words:
        if word.isdigit():
            digits.append(word)
        elif word in UNITS and UNITS[word] < 10:
            digits.append(str(UNITS[word]))
        else:
            return None
    if whole is None or not digits:
        return None
    value = float(f"{int(whole)}.{''.join(digits)}")
    return round(value * (SCALES.get(scale) or SCALE_ABBREVIATIONS.get(scale) or 1), 6) if scale else value


_BRACKETED_REPEAT = re.compile(r"^(?P<first>[^()]+?)\s*\((?P<second>[^()]+)\)$")


RUN_WORDS = NUMBER_WORDS | frozenset(SCALE_ABBREVIATIONS) | frozenset(PLURAL_SCALES) | {"dozens", "-", "half"}


def number_run(words: list[str]) -> int:
    """How many of `words` (token texts from a number on) belong to one written number: '100 K', '30 lakh',
    'one twenty two', '45 ( forty five )'. A reader of counts parses the whole run with `parse_number`
    and, when that is None ('one twenty two' is no single number), skips the run instead of reading a part
    of it (never 22)."""
    n = 0
    while n < len(words):
        word = words[n].lower()
        if word == "(" and n > 0:
            close = next((k for k in range(n + 1, min(len(words), n + 6)) if words[k] == ")"), None)
            if close is not None and parse_number(" ".join(words[: close + 1])) is not None:
                n = close + 1
            break
        if not (word in RUN_WORDS or parse_digits(word) is not None or _GLUED.match(word)):
            break
        if n > 0 and _is_numeral(words[n - 1]) and (_is_numeral(word) or word in UNITS or word in TENS):
            break  # '16 22 suspects', '28 two men': two numbers side by side are no single number
        if word in ("a", "an", "and", "-") and (n == 0 and word != "a" or n + 1 >= len(words)):
            break
        if word == "and" and not (words[n - 1].lower() in SCALES and words[n + 1].lower() in UNITS | TENS):
            break  # 'one hundred and five' is one number; '12 and 14 people' two
        if word == "-" and parse_digits(words[n - 1]) is not None:
            break  # '5-7 men' is a range of two numbers
        n += 1
    while n > 1 and words[n - 1].lower() in ("and", "a", "an", "-"):
        n -= 1
    if n < len(words) and words[n].lower() == "of" and n > 0 and words[n - 1].lower() == COUPLE:
        n += 1
    return n


@lru_cache(maxsize=65536)
def _is_numeral(word: str) -> bool:
    return parse_digits(word) is not None or bool(_GLUED.match(word.lower()))


@lru_cache(maxsize=65536)
def parse_number(text: str) -> float | None:
    """A number written as digits, words, or digits with a scale word ('2 million', '$1.2 billion')."""
    cleaned = text.strip().lstrip("$").strip()
    negative = _NEGATIVE.match(cleaned)
    if negative:  # '-504', 'minus three million': a negative number, never its absolute value
        value = parse_number(cleaned[negative.end():])
        return None if value is None else -value
    value = parse_digits(cleaned)
    if value is not None:
        return value
    fraction = parse_fraction(cleaned) if _FRACTION.match(cleaned) else None
    if fraction is not None:  # '1/5' is 0.2 (no count: counts take whole numbers); '24/7' is no fraction
        return fraction
    pointed = _POINT.match(cleaned.lower())
    if pointed:  # 'one point one', 'two point two million', '1 point 1'
        return _point_number(pointed)
    repeated = _BRACKETED_REPEAT.match(cleaned)
    if repeated:  # '45 (forty five)': one number written twice; two different ones are no number
        first, second = parse_number(repeated["first"]), parse_number(repeated["second"])
        return first if first is not None and first == second else None
    glued = glued_scale(cleaned.lower())
    if glued:
        return parse_number(f"{glued[1]} {glued[2]}")
    parts = cleaned.replace("-", " ").split()
    if not parts:
        return None
    head = parse_digits(parts[0])
    if head is not None:
        scale = 1.0
        for word in parts[1:]:
            word = word.lower().rstrip(".")
            if word in SCALES:
                scale *= SCALES[word]
            elif word in PLURAL_SCALES:
                scale *= PLURAL_SCALES[word]
            elif word in SCALE_ABBREVIATIONS:
                scale *= SCALE_ABBREVIATIONS[word]
            elif word in ("dozen", "dozens"):
                scale *= DOZEN
            else:
                return None
        return round(head * scale, 6)
    words = parse_words(parts)
    return float(words) if words is not None else None


def as_int(value: float | None) -> int | None:
    """An integer count, or None when the value is not whole ('2.5 defendants' is no count)."""
    if value is None or not math.isfinite(value) or value < 0 or value != int(value) or value > MAX_COUNT:
        return None
    return int(value)


_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z]+)\.?$")


def glued_scale(word: str) -> re.Match[str] | None:
    """'100k', '3bn', '1.2m', '2million': a number with a scale abbreviation or word glued to it (lowercase
    `word`); the match's groups are the number and the scale."""
    match = _GLUED.match(word)
    return match if match is not None and (match[2] in SCALE_ABBREVIATIONS or match[2] in SCALES) else None


_HALF_SUFFIX = ["and", "a", "half"]


VULGAR_FRACTION = re.compile(r"^(\d*)([\u00bc-\u00be\u2150-\u215e])$")
"""'½', '1½', '¾': a whole number glued to one of Unicode's vulgar fraction characters."""


def parse_fraction(text: str) -> float | None:
    """'1/2' -> 0.5, '1 1/2' -> 1.5, '1½' and '1 ½' -> 1.5 (the character's Unicode value); None for anything
    else (and for an improper fraction or a zero denominator: '24/7', '3/0')."""
    parts = text.split()
    if not parts or len(parts) > 2:
        return None
    vulgar = VULGAR_FRACTION.match(parts[-1])
    if vulgar:
        if len(parts) == 2 and vulgar[1]:
            return None  # '1 2½': two numbers
        whole = parse_digits(parts[0]) if len(parts) == 2 else float(vulgar[1] or 0)
        return None if whole is None else whole + unicodedata.numeric(vulgar[2])
    match = _FRACTION.match(parts[-1])
    if not match or not 0 < int(match[1]) < int(match[2]):
        return None  # a common fraction is proper: '24/7 dollars' is no quantity
    whole = parse_digits(parts[0]) if len(parts) == 2 else 0.0
    if whole is None:
        return None
    return whole + int(match[1]) / int(match[2])


def parse_quantity(text: str) -> float | None:
    """A measured or money quantity: what `parse_number` reads, plus halves and fractions.

    'one and a half' -> 1.5, 'half a' -> 0.5 ('half a pound'), 'half a billion' -> 5e8,
    'a half million' -> 5e5, 'a half' -> 0.5 ('a half-kilogram'), '1 1/2' -> 1.5, '2.5bn' -> 2.5e9.
    Counts stay with `parse_number`: halves are no count.
    """
    text = text.strip().removeprefix("~")
    if _NEGATIVE.match(text):
        return None  # a measured or money quantity is never negative: '-7' here is a misread range or code
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    if len(words) > 3 and words[-3:] == _HALF_SUFFIX:
        whole = parse_number(" ".join(words[:-3]))
        return None if whole is None else whole + 0.5
    if words[0] == "half" and len(words) >= 2 and words[1] in ("a", "an"):
        return _half_of(words[2:])
    if words[:2] in (["a", "half"], ["one", "half"]):
        return _half_of(words[2:])
    fraction = parse_fraction(text)
    if fraction is not None:
        return fraction
    glued = glued_scale(text.strip().lstrip("$").lower())
    if glued:
        return parse_number(f"{glued[1]} {glued[2]}")
    return parse_number(text)


def _half_of(scale_words: list[str]) -> float | None:
    """Half of a scale ('million') or, with no scale word, half of one unit ('half a pound')."""
    if not scale_words:
        return 0.5
    scale = parse_words(scale_words)
    return None if scale is None else scale / 2
