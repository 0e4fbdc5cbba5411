"""The rulers component: patterns that only list words run on PhraseMatchers, with the Matcher's matches."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc

from extractor.anchored import AnchoredMatcher, DocChecks
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


# Token patterns the PhraseMatchers cannot take run on an AnchoredMatcher: spaCy's Matcher, but only
# on the stretches where a match can start. It must find the Matcher's matches, in the Matcher's order.
ANCHORED_PATTERNS = {
    "fixed-start": [{"LOWER": {"IN": ["the", "a"]}}, {"IS_TITLE": True, "OP": "{1,3}"}, {"LOWER": "office"}],
    "comma-start": [{"ORTH": ","}, {"LOWER": {"IN": ["texas", "ohio"]}, "OP": "{1,2}"}, {"ORTH": ",", "OP": "?"},
                    {"IS_TITLE": True, "OP": "{0,2}"}, {"LOWER": "police"}],
    "later-word": [{"LOWER": {"IN": ["operation", "sweep"]}}, {"ORTH": {"NOT_IN": [".", "\""]}, "OP": "{0,4}"},
                   {"LOWER": {"IN": ["named", "dubbed"]}}, {"ORTH": "\""}, {"TEXT": {"REGEX": "^[A-Z]"}}],
    "regex-only": [{"TEXT": {"REGEX": "^[A-Z]{2,4}PD$"}}],
    "number-unit": [{"LIKE_NUM": True}, {"LOWER": {"IN": ["days", "weeks"]}}, {"LOWER": "ago"}],
    "optional-end": [{"LOWER": "ohio"}, {"IS_TITLE": True, "OP": "?"}, {"IS_TITLE": True, "OP": "?"}],
    "same-span-a": [{"IS_TITLE": True}, {"LOWER": "police"}],        # these two match the same spans:
    "same-span-b": [{"LOWER": {"IN": ["akron", "dayton"]}}, {"LOWER": "police"}],  # their order is kept
    "unbounded": [{"LOWER": "from"}, {"IS_DIGIT": True, "OP": "+"}],
    "flags-only": [{"IS_UPPER": True, "IS_ALPHA": True}, {"ORTH": {"NOT_IN": ["and", ","]}}, {"IS_UPPER": True}],
}

ANCHORED_TEXTS = [
    "The Akron Police and Dayton Police met, Texas, Austin Police said, in Ohio, Ohio Capital police.",
    "Officers ran a sweep they named \"Clean Sweep\" and an operation dubbed \"Night Watch\" in May.",
    "The State Attorney General Office and the APD, NYPD and LAPDs were there 3 days ago, from 12 13.",
    "operation named \"",                              # a match that would run past the end of the text
    "Ohio",                                            # a match that ends the text
    "Agents of the FBI DEA ICE and ATF met in NY - LA, then OK",  # no word to anchor on: flags decide
    "a Big Red office , texas , Ohio Rural police from 2 weeks ago , ohio Ohio Ohio",
]


def matcher_results(nlp: spacy.Language, names: list[str], doc) -> list[tuple[str, int, int]]:
    matcher = Matcher(nlp.vocab, validate=False)
    for name in names:
        matcher.add(name, [ANCHORED_PATTERNS[name]])
    return [(nlp.vocab.strings[key], start, end) for key, start, end in matcher(doc)]


def anchored_results(nlp: spacy.Language, names: list[str], doc) -> list[tuple[str, int, int]]:
    anchored = AnchoredMatcher(nlp.vocab)
    for name in names:
        anchored.add(name, ANCHORED_PATTERNS[name])
    return [(nlp.vocab.strings[key], start, end) for key, start, end in anchored(doc)]


@pytest.mark.parametrize("text", ANCHORED_TEXTS)
def test_anchored_matcher_finds_the_matchers_matches_in_its_order(text: str) -> None:
    nlp = spacy.blank("en")
    bounded = [name for name in ANCHORED_PATTERNS if name != "unbounded"]
    doc = nlp.make_doc(text)
    assert anchored_results(nlp, bounded, doc) == matcher_results(nlp, bounded, doc)


def test_anchored_matcher_examples_match_what_they_are_written_for() -> None:
    """The texts above exercise the patterns: the equality test would mean little on no matches."""
    nlp = spacy.blank("en")
    found = {name for text in ANCHORED_TEXTS
             for name, _, _ in matcher_results(nlp, list(ANCHORED_PATTERNS), nlp.make_doc(text))}
    assert found == set(ANCHORED_PATTERNS)
    doc = nlp.make_doc(ANCHORED_TEXTS[0])
    ties = [(name, start, end) for name, start, end in matcher_results(nlp, ["same-span-a", "same-span-b"], doc)]
    assert ("same-span-a", 1, 3) in ties and ("same-span-b", 1, 3) in ties


def test_anchored_matcher_runs_only_where_a_match_can_start() -> None:
    nlp = spacy.blank("en")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("number-unit", ANCHORED_PATTERNS["number-unit"])
    doc = nlp.make_doc("Nothing here. It happened 3 days ago, not 3 apples ago, and more words follow here.")
    assert anchored.windows(DocChecks(doc, anchored.index)) == [(5, 9)]  # '3 days ago' and one token more


def test_a_group_with_an_unbounded_pattern_runs_on_the_whole_doc() -> None:
    nlp = spacy.blank("en")
    anchored = AnchoredMatcher(nlp.vocab)
    for name in ("number-unit", "unbounded"):
        anchored.add(name, ANCHORED_PATTERNS[name])
    doc = nlp.make_doc(ANCHORED_TEXTS[2])
    assert anchored.windows(DocChecks(doc, anchored.index)) == [(0, len(doc))]
    assert anchored_results(nlp, ["number-unit", "unbounded"], doc) == \
        matcher_results(nlp, ["number-unit", "unbounded"], doc)


WORDS = ["the", "a", "Big", "Red", "office", ",", "texas", "Ohio", "police", "Police", "operation", "named",
         "\"", "Night", ".", "3", "days", "ago", "APD", "akron", "Akron", "sweep", "dubbed", "weeks"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_anchored_matcher_agrees_with_the_matcher_on_any_word_sequence(words: list[str]) -> None:
    nlp = spacy.blank("en")
    bounded = [name for name in ANCHORED_PATTERNS if name != "unbounded"]
    doc = Doc(nlp.vocab, words=words)
    assert anchored_results(nlp, bounded, doc) == matcher_results(nlp, bounded, doc)
