"""Fast paths that must answer exactly as the plain code they replace (speed is measured in benchmarks/)."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.columns import column
from extractor.fields.dates import _holiday_pattern
from extractor.lexicon import NameSearch
from extractor.locale import _place_pattern, detect_locale

PLACE_TEXTS = [
    "TORONTO, Ontario – The Ontario Provincial Police and the RCMP said on Friday.",
    "Police Scotland and the Metropolitan Police met officers from New South Wales and Queensland.",
    "QUEENSLAND POLICE SERVICE; queensland.gov; x.Alberta; Alberta-based; Albertans; AFP. afp",
    "La Sûreté du Québec et la SÛRETÉ DU QUÉBEC; ſcottish in an old spelling; Scottish",
    "Nothing here names a place at all.",
    "",
]


def spans(matches) -> list[tuple[tuple[int, int], str]]:  # noqa: ANN001 - an iterator of re.Match
    return [(m.span(), m[0]) for m in matches]


@pytest.mark.parametrize("table", [_place_pattern, _holiday_pattern])
def test_name_searches_find_their_alternations_matches(table) -> None:  # noqa: ANN001
    search, _ = table()
    for text in PLACE_TEXTS + HOLIDAY_TEXTS:
        assert spans(search.finditer(text)) == spans(search.pattern.finditer(text))


HOLIDAY_TEXTS = [
    "Over Christmas Day, christmas EVE and New Year’s Eve; a pre-Christmas sweep; Memorial Day-weekend.",
    "St. Patrick's Day, ſt. patrick’s day, Good Friday; Yom Kippur and Eid al-Fitr; Boxing Day.",
]


def test_place_and_holiday_searches_find_the_names_written() -> None:
    places, _ = _place_pattern()
    assert [m[0] for m in places.finditer(PLACE_TEXTS[0])] == [
        "TORONTO", "Ontario", "Ontario Provincial Police", "RCMP"]  # a time zone's city names its country too
    assert [m[0] for m in places.finditer(PLACE_TEXTS[3])] == ["Sûreté du Québec", "SÛRETÉ DU QUÉBEC", "ſcottish",
                                                               "Scottish"]
    assert detect_locale(PLACE_TEXTS[0]).territory == "CA"
    holidays, _ = _holiday_pattern()
    assert [m[0] for m in holidays.finditer(HOLIDAY_TEXTS[0])] == ["Christmas Day", "christmas EVE", "New Year’s Eve"]


NAMES = ["new year's day", "new york", "new", "ny", "sûreté", "st. john", "kent", "a b", "île-de-france"]
NAME_TEXTS = [
    "New York and NEW YEAR’S DAY; new-found; NY, ny1, Kent, KENT, Kent-based and the \u212aent; a b c, ab.",
    "Sûreté, SÛRETÉ, sûretés; St. John, ST. JOHN's; Île-de-France and île-de-france; ſt. john",
    "", "n", "newnew new",
]


@pytest.mark.parametrize("before, after", [(r"(?<![\w.])", r"(?![\w])"), (r"(?<![\w-])", r"(?![\w-])")])
def test_a_name_search_matches_as_its_alternation_does(before: str, after: str) -> None:
    """Short names, names with an apostrophe either way, non-ASCII openings and look-alike letters."""
    ordered = sorted(NAMES, key=len, reverse=True)
    search = NameSearch(ordered, [re.escape(n).replace("'", "['’]") for n in ordered], before, after)
    assert not search.everywhere and search.narrow
    for text in NAME_TEXTS:
        assert spans(search.finditer(text)) == spans(search.pattern.finditer(text))
    found = [m[0] for m in search.finditer(NAME_TEXTS[0])]
    assert found[:2] == ["New York", "NEW YEAR’S DAY"] and {"NY", "Kent", "KENT", "\u212aent", "a b"} <= set(found)
    assert [m[0] for m in search.finditer(NAME_TEXTS[1])] == ["Sûreté", "SÛRETÉ", "St. John", "ST. JOHN",
                                                               "Île-de-France", "île-de-france", "ſt. john"]


def test_names_opening_with_a_sign_are_searched_everywhere() -> None:
    names = ["#metoo", "amber alert"]
    search = NameSearch(names, [re.escape(n) for n in names], r"(?<![\w])", r"(?![\w])")
    assert search.everywhere
    assert spans(search.finditer("a #MeToo post and an Amber Alert")) == [((2, 8), "#MeToo"), ((21, 32), "Amber Alert")]


def test_columns_hold_each_tokens_attribute_once_per_doc() -> None:
    nlp = spacy.blank("en")
    doc = nlp("The FBI seized $5 million.")
    assert column(doc, "LOWER") == [token.lower for token in doc]
    assert column(doc, "ORTH") == [token.orth for token in doc]
    assert column(doc, "ORTH") is column(doc, "ORTH")
    assert column(nlp(""), "ORTH") == []


def test_token_texts_are_the_tokens_texts_of_a_window() -> None:
    from extractor.columns import token_texts

    doc = spacy.blank("en")("Police seized 1,200 kg of cocaine.")
    for start, end in ((0, 3), (2, 12), (6, 9), (7, 7)):
        assert token_texts(doc, start, end) == [t.text for t in doc[start:end]]
    assert token_texts(doc, 2, 4) == ["1,200", "kg"]


LEMMA_WORDS = ["arrested", "Seized", "OFFICERS", "knives", "found", "were", "allegedly", "jointly", "supply", "all",
               "'d", "Data", "bilked", "xyzzyq", "", "July"]


def test_lemmas_are_lemminflects_own() -> None:
    from lemminflect import getAllLemmas

    from extractor.lexicon import all_lemmas, is_adverb, noun_lemmas, verb_lemmas

    for word in LEMMA_WORDS:
        assert dict(all_lemmas(word)) == getAllLemmas(word)
        assert verb_lemmas(word) == getAllLemmas(word.lower(), upos="VERB").get("VERB", ())
        assert noun_lemmas(word) == getAllLemmas(word.lower(), upos="NOUN").get("NOUN", ())
        assert is_adverb(word) == (bool(getAllLemmas(word.lower(), upos="ADV")) and not noun_lemmas(word))
    assert verb_lemmas("bilked") == ("bilk",) and noun_lemmas("knives") == ("knife",) and is_adverb("allegedly")
    assert all_lemmas("Seized")["VERB"] == ("Seize",)  # the caps style of the form asked, as lemminflect gives it


PIECES = ["Alberta", "new york", "New Year’s Day", "sûreté", "“", "’", "é", "-", ".", " ", "\n", "ſ", "\u212a", "x",
          "_", "1", "\u0130", "\u0131", "\u00a0", "kent", "KENT", "st. john", "ab", "\ud800"]
COLUMN_NAMES = ["new year's day", "new york", "alberta", "sûreté", "st. john", "kent"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sampled_from([(r"(?<![\w.])", r"(?![\w])"),
                                                                       (r"(?<![\w-])", r"(?![\w-])")]))
def test_a_name_search_over_code_point_columns_matches_as_its_alternation_does(pieces: list[str],
                                                                               bounds: tuple[str, str]) -> None:
    """Every name opens with three letters (no name is tried everywhere): word starts come from numpy columns."""
    ordered = sorted(COLUMN_NAMES, key=len, reverse=True)
    search = NameSearch(ordered, [re.escape(n).replace("'", "['’]") for n in ordered], *bounds)
    assert search.columns is not None
    text = "".join(pieces)
    assert spans(search.finditer(text)) == spans(search.pattern.finditer(text))


DATE_PIECES = ["19 September 2023", "September 19, 2023", "1st May, 2020", "May 1st, 2020", "Jan. 5, 2024",
               "Sept. 12, 2021", "12th Dec", "December", " ", "1", "123", "a", ",", "\n", "2024", "th ", "MayMay"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=15))
def test_date_order_hits_count_as_findall_does(pieces: list[str]) -> None:
    from extractor.locale import DAY_MONTH_DATE, MONTH_DAY_DATE, _date_order_hits

    text = "".join(pieces)
    assert _date_order_hits(text) == len(DAY_MONTH_DATE.findall(text)) - len(MONTH_DAY_DATE.findall(text))


def test_date_order_hits_read_both_orders() -> None:
    from extractor.locale import _date_order_hits

    assert _date_order_hits("On 19 September 2023 and 1st May, 2020 we met.") == 2
    assert _date_order_hits("On September 19, 2023 and Jan. 5, 2024; on 19 September 2023.") == -1


SEPARATED_NAMES = ["st patrick's day", "id ul fitr", "new year's eve", "kent"]
SEPARATED_PIECES = ["St", "st", "ID", "id", " ", "-", "\t", "\n", "patrick's", "Patrick’s", "day", "ul", "Fitr",
                    "new", "year's", "eve", "Kent", "x", ".", "ſt", "é", "\u00a0"]


def separated(name: str) -> str:
    """A name's alternative as the holiday table writes it: a space or hyphen either way, either apostrophe."""
    return re.escape(name).replace("'", "['’]").replace(r"\ ", r"[\s-]")


def test_a_names_opening_spellings_are_asked_of_its_pattern() -> None:
    from extractor.lexicon import ascii_openings

    assert ascii_openings(re.escape("new york"), 3) == {"new"}
    assert ascii_openings(separated("st patrick"), 3) == {"st" + ch for ch in " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f-"}
    assert ascii_openings(re.escape("sûreté"), 3) == set()  # only words outside ASCII can open it
    assert ascii_openings("abc?", 3) is None and ascii_openings("ab", 3) is None  # an optional or missing third
    assert ascii_openings(r"\w\w\w", 3) is None  # too many spellings: tried at every word start


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SEPARATED_PIECES), max_size=20))
def test_names_with_a_separator_in_their_opening_keep_the_columns_path(pieces: list[str]) -> None:
    """'St Patrick's Day' opens 'st ', 'st-', 'st\\t'...: every spelling is an opening, so no name is tried at
    every word start and the numpy columns still pick the places to try."""
    ordered = sorted(SEPARATED_NAMES, key=len, reverse=True)
    search = NameSearch(ordered, [separated(n) for n in ordered], r"(?<![\w-])", r"(?![\w-])")
    assert search.columns is not None and search.fallback is None
    text = "".join(pieces)
    assert spans(search.finditer(text)) == spans(search.pattern.finditer(text))
    assert _holiday_pattern()[0].columns is not None


AGENCY_WORDS_TEXT = ("Springfield Police Announce Results; DEA Seizes Drugs as Organized Crime Unit Settles. "
                     "ACT Policing and NSW Police thank the FBI; police arrest 3 and ARREST 4 in Kent.")


def test_agency_word_tests_kept_per_spelling_answer_as_the_tokens_do() -> None:
    """`_is_name_word` and `_has_headline_verb_shape` are kept per spelling: the answer the token's own
    attributes give, wherever the word stands."""
    from extractor.fields import agencies
    from extractor.lexicon import noun_lemmas, verb_lemmas

    def plain_name_word(token) -> bool:  # noqa: ANN001 - a spaCy Token
        return token.text in agencies._region_codes() or (token.text[:1].isupper()
                                                         and token.lower_ not in agencies.NOT_NAME_WORDS)

    def plain_verb_shape(token) -> bool:  # noqa: ANN001 - a spaCy Token
        word, lemmas = token.lower_, verb_lemmas(token.lower_)
        return (token.text[:1].isupper() and not token.is_upper and word not in agencies.HEAD_WORDS
                and bool(lemmas) and not noun_lemmas(word)
                and any(word in (lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies") for lemma in lemmas))

    doc = spacy.blank("en").make_doc(AGENCY_WORDS_TEXT)
    for _ in range(2):  # worked out, then kept
        assert [agencies._is_name_word(t) for t in doc] == [plain_name_word(t) for t in doc]
        assert [agencies._has_headline_verb_shape(t.text) for t in doc] == [plain_verb_shape(t) for t in doc]
    shaped = {t.text for t in doc if agencies._has_headline_verb_shape(t.text)}
    assert {"Announce", "Seizes"} <= shaped and not shaped & {"Organized", "Police", "ARREST", "arrest"}
    assert [t.text for t in doc if agencies._is_name_word(t)][:3] == ["Springfield", "Police", "Announce"]


SPELLING_TEXTS = ["The centre's organisation thanked the Metres team.", "Offenceoffences and centres-based work.",
                  "Colour, COLOUR, colour and labour.", "Nothing British here: the center's organization.", ""]


@pytest.mark.parametrize("text", SPELLING_TEXTS)
def test_the_spelling_count_skips_only_texts_without_any_spelling(text: str) -> None:
    from extractor.lexicon import lexicon
    from extractor.locale import WORD, _spelling_hits

    words = lexicon("locale_commonwealth_spellings")
    assert _spelling_hits(text) == min(sum(w in words for w in WORD.findall(text.lower())), 3)


def test_the_spelling_count_finds_whole_words_only() -> None:
    from extractor.locale import _spelling_hits

    assert [_spelling_hits(text) for text in SPELLING_TEXTS] == [3, 1, 3, 0, 0]
