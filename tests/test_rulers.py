"""The rulers component: patterns that only list words run on PhraseMatchers, with the Matcher's matches."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from extractor.patterns import PatternRule
from extractor.pipeline import add_ruler, fixed_word_sequences

TEXT = ("On 3/14/2024, a week ago, ATF and the FBI said that Europol and europol staff met. "
        "Tue. was busy; tue was not. One week from now the AUSAs and DAs meet. 12/1/23 and 1.2.2024 too.")

PATTERNS = [
    [{"LOWER": {"IN": ["a", "an", "one"]}}, {"LOWER": {"IN": ["week", "day"]}}, {"LOWER": {"IN": ["ago", "from"]}}],
    [{"ORTH": {"IN": ["ATF", "FBI"]}}],
    [{"TEXT": {"IN": ["DAs", "AUSAs"]}}],
    [{"LOWER": {"IN": ["europol", "interpol"]}, "IS_LOWER": False}],
    [{"LOWER": {"IN": ["tue", "tue."]}}],
    [{"SHAPE": {"IN": ["d/dd/dddd", "dd/d/dd", "d.d.dddd"]}}],
]


def spans(nlp: spacy.Language, pattern: list[dict]) -> list[tuple[int, int]]:
    doc = nlp(TEXT)
    return [(s.start, s.end) for s in doc.spans["test"]]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_word_list_patterns_match_exactly_what_the_matcher_matches(pattern: list[dict]) -> None:
    assert fixed_word_sequences(pattern) is not None
    nlp = spacy.blank("en")
    add_ruler(nlp, "test", [PatternRule(id="r", label="L", pattern=pattern)])
    matcher = Matcher(nlp.vocab)
    matcher.add("r", [pattern])
    doc = nlp.make_doc(TEXT)
    expected = sorted((start, end) for _, start, end in matcher(doc))
    assert expected, "the pattern must match something in TEXT for the test to mean anything"
    assert spans(nlp, pattern) == expected


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "in"}, {"LIKE_NUM": True}],                       # a flag without a word
    [{"LOWER": "the", "OP": "?"}, {"LOWER": "week"}],             # an operator
    [{"TEXT": {"REGEX": "^[A-Z]+$"}}],                            # a regular expression
    [{"LOWER": "on"}, {"SHAPE": "dd"}],                           # two word attributes
    [{"LOWER": {"IN": [str(n) for n in range(20)]}}] * 2,         # 400 sequences: over the bound
])
def test_other_patterns_stay_with_the_matcher(pattern: list[dict]) -> None:
    assert fixed_word_sequences(pattern) is None
