"""Fast paths that must answer exactly as the plain code they replace (speed is measured in benchmarks/)."""

from __future__ import annotations

import spacy

from extractor.columns import column
from extractor.locale import _place_matches, _place_pattern, detect_locale

PLACE_TEXTS = [
    "TORONTO, Ontario – The Ontario Provincial Police and the RCMP said on Friday.",
    "Police Scotland and the Metropolitan Police met officers from New South Wales and Queensland.",
    "QUEENSLAND POLICE SERVICE; queensland.gov; x.Alberta; Alberta-based; Albertans; AFP. afp",
    "La Sûreté du Québec et la SÛRETÉ DU QUÉBEC; ſcottish in an old spelling; Scottish",
    "Nothing here names a place at all.",
    "",
]


def test_place_matches_are_the_place_patterns_own_matches() -> None:
    pattern, _ = _place_pattern()
    for text in PLACE_TEXTS:
        assert [(m.span(), m[0]) for m in _place_matches(text)] == [(m.span(), m[0]) for m in pattern.finditer(text)]


def test_place_matches_find_the_places_written() -> None:
    found = [m[0] for m in _place_matches(PLACE_TEXTS[0])]
    assert found == ["Ontario", "Ontario Provincial Police", "RCMP"]
    assert [m[0] for m in _place_matches(PLACE_TEXTS[3])] == ["Sûreté du Québec", "SÛRETÉ DU QUÉBEC", "ſcottish",
                                                              "Scottish"]
    assert detect_locale(PLACE_TEXTS[0]).territory == "CA"


def test_columns_hold_each_tokens_attribute_once_per_doc() -> None:
    nlp = spacy.blank("en")
    doc = nlp("The FBI seized $5 million.")
    assert column(doc, "LOWER") == [token.lower for token in doc]
    assert column(doc, "ORTH") == [token.orth for token in doc]
    assert column(doc, "ORTH") is column(doc, "ORTH")
    assert column(nlp(""), "ORTH") == []
