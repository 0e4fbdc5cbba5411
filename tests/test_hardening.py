"""Hostile inputs: whitespace-free runs of any length, absurd numbers, lone surrogates.

Each class here once broke the extractor (a quadratic tokenizer, Infinity in the JSON, a count
SQLite cannot store, UnicodeEncodeError). Speed is measured in benchmarks/growth.py, never here:
these tests check what the fixes promise (bounded tokens, true offsets, storable values)."""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import math
import random
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import Extractor
from extractor.models import INT64_MAX, Amount, Count, Record
from extractor.pipeline import MAX_RUN_CHARS, build_pipeline, tokenizer_view
from extractor.writers import open_writer

BEFORE = "Police arrested 3 men on Jan. 2, 2024. "
AFTER = " Deputies arrested 4 women on Jan. 3, 2024."


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def mentions(node: Any) -> list[dict[str, Any]]:
    """Every object in a dumped record that carries offsets."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys():
            found.append(node)
        for value in node.values():
            found += mentions(value)
    elif isinstance(node, list):
        for value in node:
            found += mentions(value)
    return found


def assert_offsets_true(record: Record, text: str) -> None:
    for mention in mentions(record.model_dump()):
        assert mention["text"] == text[mention["start"]:mention["end"]], mention


def mixed_run(chars: str, length: int, seed: int = 0) -> str:
    """A whitespace-free run drawn at random from `chars` (no two chunks alike, so no tokenizer cache helps)."""
    rng = random.Random(seed)
    return "".join(rng.choice(chars) for _ in range(length))


RUNS = {
    "straight quotes": '"' * 30_000,
    "curly quotes": mixed_run("\u201c\u201d\u2018\u2019'\"", 30_000),
    "parentheses": "()" * 15_000,
    "brackets": mixed_run("()[]{}<>", 30_000, seed=1),
    "dashes": mixed_run("-\u2013\u2014", 30_000, seed=2),
    "dots": "." * 30_000,
    "digits": mixed_run("0123456789", 30_000, seed=3),
    "money-ish": mixed_run("$0123456789.,", 30_000, seed=4),
    "letters": "a" * 30_000,
    "everything": mixed_run("\"'()[]-.,;:!?$%#@&*/\\0123456789aZ\u201c\u201d\u2014", 30_000, seed=5),
}


# --- 1. whitespace-free runs ------------------------------------------------------------------------


@pytest.mark.parametrize("name", RUNS)
def test_long_whitespace_free_runs_are_cut_into_bounded_tokens_with_the_text_kept(name: str) -> None:
    nlp = build_pipeline()
    text = BEFORE + RUNS[name] + AFTER
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert max(len(token) for token in doc) <= MAX_RUN_CHARS
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)


@pytest.mark.parametrize("name", RUNS)
def test_facts_around_a_long_run_are_still_found_with_true_offsets(extractor: Extractor, name: str) -> None:
    text = BEFORE + RUNS[name] + AFTER
    record = extractor.extract(text)
    assert_offsets_true(record, text)
    found = {(c.value, c.item) for c in record.counts}
    assert {(3, "man"), (4, "woman")} <= found
    json.dumps(record.model_dump(mode="json"), allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab.", " ", "\t", "\n", "\u00a0", "\u2003", "\x1c", "\x85", "\u200b", "\u3000"]),
                max_size=16).map("".join))
def test_the_long_run_test_answers_as_the_long_run_pattern(text: str) -> None:
    """`has_long_run` splits with `str.split`; the pattern's `\\S` is the same set of characters."""
    from extractor.pipeline import BoundedTokenizer

    tokenizer = BoundedTokenizer(_plain_tokenizer(), max_run=4)
    assert tokenizer.has_long_run(text) is (tokenizer.long_run.search(text) is not None)


def test_the_inner_tokenizer_never_sees_a_run_longer_than_the_bound() -> None:
    nlp = build_pipeline()
    seen: list[str] = []
    inner = nlp.tokenizer.inner

    def spy(text: str):  # noqa: ANN202 - a Doc, like the inner tokenizer
        seen.append(text)
        return inner(text)

    nlp.tokenizer.inner = spy
    doc = nlp.make_doc(BEFORE + RUNS["everything"] + "\n" + RUNS["brackets"] + AFTER)
    assert seen and doc.text.startswith(BEFORE)
    assert max(len(run) for text in seen for run in text.split()) <= MAX_RUN_CHARS


def test_runs_up_to_the_bound_are_tokenized_exactly_as_spacy_does() -> None:
    import spacy

    plain = spacy.blank("en").tokenizer
    nlp = build_pipeline()
    url = "https://www.example.gov/news/press-releases/2024/01/02/" + "a-b" * 60
    samples = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in samples] + [
        f"See {url}. (Case #22-11432) \u201cWe're done,\u201d said Chief Roe.\n\n  Next",
        '"' * MAX_RUN_CHARS + " ok", "(" * 40 + "x" + ")" * 40,
    ]
    for text in texts:
        ours, theirs = nlp.make_doc(text), plain(text)
        assert [(t.text, t.idx, t.whitespace_) for t in ours] == [(t.text, t.idx, t.whitespace_) for t in theirs]


@pytest.mark.parametrize("gap", [" ", "  ", "\n", " \n ", "\t", "\u00a0", "\n\n"])
def test_tokens_outside_an_over_long_run_are_spacys_tokens(gap: str) -> None:
    """The cut falls exactly at the run's ends: whitespace after it stays where spaCy puts it."""
    import spacy

    plain = spacy.blank("en").tokenizer
    nlp = build_pipeline()
    run = "x" * (3 * MAX_RUN_CHARS + 7)
    text = f"Sheriff Roe said{gap}{run}{gap}that 3 men (ages 20-30) were arrested."
    view = tokenizer_view(text)  # a line-wrap newline ("x\nthat") is read as a space, one for one
    ours, theirs = nlp.make_doc(text), plain(view)
    assert ours.text == view and len(view) == len(text)
    start, end = text.index(run), text.index(run) + len(run)

    def outside(doc):  # noqa: ANN001, ANN202
        return [(t.text, t.idx, t.whitespace_) for t in doc if t.idx + len(t) <= start or t.idx >= end]

    assert outside(ours) == outside(theirs)
    assert "".join(t.text_with_ws for t in ours if start <= t.idx < end).rstrip(" ") == run


# --- 2. absurd numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Agents seized $" + "9" * 400 + " in cash.",
        "Agents seized " + "9" * 400 + " kilograms of cocaine.",
        "Agents seized $" + "9" * 5000 + " in cash.",
        "Agents seized $" + "9" * 250 + " trillion trillion in cash.",
        "Agents seized $9" + ",999" * 120 + " in cash.",
        "Police arrested " + "9" * 40 + " men and " + "9" * 400 + " women.",
    ],
    ids=["money-400", "weight-400", "money-5000", "multipliers", "grouped", "counts"],
)
def test_absurd_numbers_give_finite_values_and_strict_json(extractor: Extractor, text: str) -> None:
    """Hundreds of digits once read as Infinity; a record must stay strict JSON and storable."""
    record = extractor.extract(text)
    assert all(math.isfinite(a.value) for a in record.amounts)
    assert all(0 <= c.value <= INT64_MAX for c in record.counts)
    json.dumps(record.model_dump(mode="json"), allow_nan=False)
    json.loads(record.model_dump_json())


def test_normal_amounts_and_counts_are_kept_without_warnings(extractor: Extractor) -> None:
    record = extractor.extract("On Jan. 2, 2024, agents arrested 12 men and seized $4.5 million in cash.")
    assert [(c.value, c.item) for c in record.counts] == [(12, "man")]
    assert [a.value for a in record.amounts] == [4_500_000.0]
    assert not any("storable" in w for w in record.warnings)


def _record_with(counts: list[Count], amounts: list[Amount]) -> Record:
    return Record(source="t", sha256="0" * 64, extractor_version="t", counts=counts, amounts=amounts)


def test_a_record_keeps_only_storable_values_and_says_what_it_dropped() -> None:
    big = Count(text="x", start=0, end=1, value=10**40, item="men")
    edge = Count(text="y", start=1, end=2, value=INT64_MAX, item="men")
    over = Count(text="z", start=2, end=3, value=INT64_MAX + 1, item="men")
    inf = Amount(text="$", start=3, end=4, value=math.inf, unit="USD")
    nan = Amount(text="$", start=4, end=5, value=math.nan, unit="USD")
    fine = Amount(text="$1", start=5, end=7, value=1e300, unit="USD")
    record = _record_with([big, edge, over], [inf, nan, fine])
    assert [c.value for c in record.counts] == [INT64_MAX]
    assert [a.value for a in record.amounts] == [1e300]
    assert record.warnings == [
        "2 counts out of the storable range dropped (first 'x' at 0)",
        "2 amounts out of the storable range dropped (first '$' at 3)",
    ]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_a_count_of_ten_to_the_forty_does_not_crash_any_writer(tmp_path: Path, fmt: str) -> None:
    record = _record_with([Count(text="x", start=0, end=1, value=10**40, item="men"),
                           Count(text="y", start=1, end=2, value=7, item="men")], [])
    out = tmp_path / {"jsonl": "o.jsonl", "csv": "tables", "sqlite": "o.db"}[fmt]
    writer = open_writer(out, fmt)
    assert writer.write(record.model_dump(mode="json"), "t")
    writer.close()
    assert _stored_counts(out, fmt) == [7]


def _stored_counts(out: Path, fmt: str) -> list[int]:
    if fmt == "jsonl":
        return [c["value"] for line in out.read_text().splitlines() for c in json.loads(line)["counts"]]
    if fmt == "csv":
        with (out / "counts.csv").open(encoding="utf-8") as fh:
            return [int(row["value"]) for row in csv.DictReader(fh)]
    con = sqlite3.connect(out)
    try:
        return [v for (v,) in con.execute("SELECT value FROM counts")]
    finally:
        con.close()


# --- 3. lone surrogates ----------------------------------------------------------------------------

SURROGATE_TEXT = "Jan. 2, 2024\n\nSheriff Jane Roe said deputies arrested 3 men\udcff in Springfield\ud800. " \
                 "\udcc3\udca9Agents seized $45,000 in cash."


def test_a_str_with_lone_surrogates_is_hashed_extracted_and_serialized(extractor: Extractor) -> None:
    record = extractor.extract(SURROGATE_TEXT)
    expected = hashlib.sha256(SURROGATE_TEXT.encode("utf-8", "surrogatepass")).hexdigest()
    assert record.sha256 == expected
    assert_offsets_true(record, SURROGATE_TEXT)
    assert [(c.value, c.item) for c in record.counts] == [(3, "man")]
    assert [a.value for a in record.amounts] == [45_000.0]
    assert "4 lone surrogate" in " ".join(record.warnings)
    dumped = record.model_dump(mode="json")
    text = json.dumps(dumped, ensure_ascii=False)
    text.encode("utf-8")  # strict UTF-8: no surrogate survives into serialized output
    assert json.loads(record.model_dump_json()) == dumped
    for mention in mentions(dumped):  # each surrogate shown as one U+FFFD: offsets still line up
        assert len(mention["text"]) == mention["end"] - mention["start"]


def test_extractor_pipe_takes_lone_surrogates(extractor: Extractor) -> None:
    texts = ["\ud800", "Deputies arrested 3 men.\udfff", "\udc80" * 1000, "a\ud83d\ude00b \ud83d"]
    records = list(extractor.pipe(texts))
    assert len(records) == len(texts)
    for text, record in zip(texts, records, strict=True):
        assert record.sha256 == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        assert_offsets_true(record, text)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_every_writer_stores_a_record_of_a_text_with_surrogates(
    extractor: Extractor, tmp_path: Path, fmt: str
) -> None:
    record = extractor.extract(SURROGATE_TEXT, source="surrogates\udcff.txt")
    out = tmp_path / {"jsonl": "o.jsonl", "csv": "tables", "sqlite": "o.db"}[fmt]
    writer = open_writer(out, fmt)
    assert writer.write(record.model_dump(mode="json"), "surrogates.txt")
    writer.close()
    assert _stored_counts(out, fmt) == [3]


# --- the cut itself, with a small bound so that ordinary text crosses it ----------------------------


@functools.cache
def _plain_tokenizer():  # noqa: ANN202 - spaCy's Tokenizer
    import spacy

    return spacy.blank("en").tokenizer


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab1.,-'\"()$ \n\t\u00a0\u201c\u201d", "U.S.", "Jan.", "n't", "  "]), max_size=80)
       .map("".join))
def test_with_any_bound_tokens_outside_over_long_runs_are_spacys(text: str) -> None:
    from extractor.pipeline import BoundedTokenizer

    plain = _plain_tokenizer()
    bounded = BoundedTokenizer(plain, max_run=6)
    view = tokenizer_view(text)  # what spaCy is given: one character for one
    ours, theirs = bounded(text), plain(view)
    assert ours.text == view and len(view) == len(text)
    assert all(len(t) <= 6 for t in ours if not t.is_space)
    runs = [(m.start(), m.end()) for m in re.finditer(r"\S{7,}", view)]

    def outside(doc):  # noqa: ANN001, ANN202
        return [(t.text, t.idx, t.whitespace_) for t in doc
                if not any(s < t.idx + len(t) and t.idx < e for s, e in runs)]

    assert outside(ours) == outside(theirs)


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("seized 12\nfirearms", "seized 12 firearms"),          # a wrap inside a sentence
        ("and four,\nsuspected", "and four, suspected"),
        ("(DPS)\nand", "(DPS) and"),
        ("arrested.\nthe", "arrested.\nthe"),                 # a sentence ends at the break
        ("Results:\nfour", "Results:\nfour"),                 # a colon opens a list
        ("said\n\nthat", "said\n\nthat"),                     # a blank line is a paragraph
        ("Sheriff\nJane Roe", "Sheriff\nJane Roe"),           # a capital starts a new line
        ("total\n- 12", "total\n- 12"),                       # a bullet
        ("x\ud800y", "x\ufffdy"),                             # a lone surrogate
    ],
)
def test_the_tokenizer_reads_wraps_as_spaces_and_keeps_every_offset(text: str, view: str) -> None:
    assert tokenizer_view(text) == view and len(view) == len(text)


def test_the_bounded_tokenizer_keeps_spacys_tokenizer_api() -> None:
    nlp = build_pipeline()
    data = nlp.tokenizer.to_bytes()
    nlp.tokenizer.from_bytes(data)
    assert nlp.tokenizer.explain("(a)") == [("PREFIX", "("), ("TOKEN", "a"), ("SUFFIX", ")")]
    assert max(len(t) for t in nlp.make_doc('"' * 1000)) == MAX_RUN_CHARS


SUFFIX_ALPHABET = [*"\"'\u201c\u201d\u2018\u2019()[]{}.,;:!?-\u2013\u2014\u2026$%\u00b0\u00b20123456789aAsSm\n",
                   "km", "US$", "..", "'s", "\u2019s", "\u2026\u2026", "C$", "m\u00b3", "''"]


@functools.cache
def _suffix_searches():  # noqa: ANN202 - (ours, spaCy's)
    import spacy
    from spacy.util import compile_suffix_regex

    from extractor.pipeline import SuffixSearch

    suffixes = spacy.blank("en").Defaults.suffixes
    return SuffixSearch(suffixes).search, compile_suffix_regex(suffixes).search


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SUFFIX_ALPHABET), max_size=40).map("".join))
def test_the_windowed_suffix_search_gives_spacys_answers(text: str) -> None:
    ours, theirs = (search(text) for search in _suffix_searches())
    assert (ours.span() if ours else None) == (theirs.span() if theirs else None)


def test_the_suffix_search_keeps_each_strings_answer_and_pickles_without_it() -> None:
    import pickle

    import spacy

    from extractor.pipeline import SuffixSearch

    search = SuffixSearch(spacy.blank("en").Defaults.suffixes)
    first = search.search("(SPD).")
    assert first is not None and first.span() == (5, 6) and search.search("(SPD).") is first
    assert search.search("(word") is None and "(word" in search.found
    assert search.search("word") is None and "word" not in search.found  # no suffix in a word of letters
    copy = pickle.loads(pickle.dumps(search))
    assert copy.found == {} and copy.search("(SPD).").span() == (5, 6)


@functools.cache
def _kept_calls():  # noqa: ANN202 - [(ours, spaCy's)] for the infix finditer, prefix search and URL match
    import spacy

    from extractor.pipeline import KeptRegex

    tokenizer = spacy.blank("en").tokenizer
    calls = (tokenizer.infix_finditer, tokenizer.prefix_search, tokenizer.url_match)
    return [(getattr(KeptRegex(call.__self__), call.__name__), call) for call in calls]


URL_PIECES = ["http://", "https://", "www.", "example", ".com", ".gov/", "/path", "?q=1", "@", ":8080", "-", "'s"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SUFFIX_ALPHABET + URL_PIECES), max_size=20).map("".join))
def test_the_kept_tokenizer_answers_are_spacys(text: str) -> None:
    for _ in range(2):  # found, then kept
        for ours, theirs in _kept_calls():
            mine, spacys = ours(text), theirs(text)
            if ours.__name__ == "finditer":
                assert [m.span() for m in mine] == [m.span() for m in spacys]
            else:
                assert (mine.span() if mine else None) == (spacys.span() if spacys else None)


def test_the_pipeline_tokenizer_keeps_affix_answers_and_serializes() -> None:
    nlp = build_pipeline()
    inner = nlp.tokenizer.inner
    assert type(inner.suffix_search.__self__).__name__ == "SuffixSearch"
    for kept in (inner.infix_finditer, inner.prefix_search, inner.url_match):
        assert type(kept.__self__).__name__ == "KeptRegex"
    assert [t.text for t in nlp.make_doc("fifty-two (SPD). fifty-two")] == ["fifty", "-", "two", "(", "SPD", ")",
                                                                               ".", "fifty", "-", "two"]
    fresh = build_pipeline()
    fresh.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert [t.text for t in fresh.make_doc("fifty-two (SPD).")] == ["fifty", "-", "two", "(", "SPD", ")", "."]


LETTER_RULES = [  # (pattern, whether no match of it can lie in a string of ASCII letters only)
    (r"(?<=[0-9])km$", True), (r"km$", False), (r"a\.b", True), (r"\.{1,3}|[-–]", True), (r"\.*", False),
    (r"(?:\.)?k", False), (r"\d+|x", False), (r"[^0-9]", False), (r"[\W_]", True), (r"\S+@", True),
    (r"(?=\d)\w", True), (r"(?!\d)\w", False), (r"(a)\1", False), ("\u212a", True), ("(?i:\u212a)", False),
]


@pytest.mark.parametrize(("pattern", "never"), LETTER_RULES)
def test_a_pattern_that_needs_a_non_letter_never_matches_in_a_word_of_letters(pattern: str, never: bool) -> None:
    from extractor.pipeline import letters_never_match

    assert letters_never_match(re.compile(pattern)) is never  # '\u212a' is the Kelvin sign: 'k' ignoring case


def test_spacys_english_affix_patterns_skip_words_of_letters_with_the_same_answers() -> None:
    """The pipeline's tokenizer answers a word of ASCII letters without searching (`letters_never_match`);
    spaCy's own regexes, asked in full, find nothing in such words either."""
    import spacy

    inner = build_pipeline().tokenizer.inner
    calls = (inner.suffix_search, inner.prefix_search, inner.infix_finditer, inner.url_match)
    assert all(call.__self__.skips_words for call in calls)
    plain = spacy.blank("en").tokenizer
    words = ["arrested", "FBI", "Sheriffs", "km", "mph", "s", "Kelvin", "USD", "www", "http", "com", "xX"]
    for word in words:
        assert inner.suffix_search(word) is None and plain.suffix_search(word) is None
        assert inner.prefix_search(word) is None and plain.prefix_search(word) is None
        assert inner.url_match(word) is None and plain.url_match(word) is None
        assert list(inner.infix_finditer(word)) == [] == list(plain.infix_finditer(word))
    assert inner.suffix_search("10km").span() == plain.suffix_search("10km").span() == (2, 4)


WRAP_ALPHABET = [*"aZ9_,;).:-\n \t\u00e9\u00c9\u2019", "\n\n", "\r\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WRAP_ALPHABET), max_size=30).map("".join))
def test_the_line_wrap_pattern_finds_the_newlines_its_plain_lookbehind_form_does(text: str) -> None:
    """LINE_WRAP puts the newline first for speed; it must replace exactly the newlines the plain form
    'after a word character (not _) or , ; ) and before a lowercase letter' does."""
    from extractor.pipeline import LINE_WRAP

    plain = re.compile(r"(?<=[^\W_]|[,;)])\n(?=[a-z])")
    assert [m.span() for m in LINE_WRAP.finditer(text)] == [m.span() for m in plain.finditer(text)]
