"""Every rule file's examples: texts that must match (with the matched text) and must not."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from extractor.patterns import DEFAULT_PATTERNS_DIR, EXAMPLES_SUFFIX, load_examples, load_rule_file
from extractor.pipeline import add_rulers


def _cases() -> list:
    cases = []
    for examples in sorted(DEFAULT_PATTERNS_DIR.glob(f"*{EXAMPLES_SUFFIX}")):
        key = examples.name[: -len(EXAMPLES_SUFFIX)]
        for number, example in enumerate(load_examples(examples), start=1):
            cases.append(pytest.param(key, example, id=f"{key}:{number}"))
    return cases


_NLP_CACHE: dict[str, spacy.language.Language] = {}


def _ruler_nlp(key: str) -> spacy.language.Language:
    if key not in _NLP_CACHE:
        nlp = spacy.blank("en")
        add_rulers(nlp, {key: load_rule_file(DEFAULT_PATTERNS_DIR / f"{key}.jsonl")})
        _NLP_CACHE[key] = nlp
    return _NLP_CACHE[key]


def test_every_rule_file_has_examples() -> None:
    rule_files = {p.stem for p in DEFAULT_PATTERNS_DIR.glob("*.jsonl") if not p.name.endswith(EXAMPLES_SUFFIX)}
    with_examples = {p.name[: -len(EXAMPLES_SUFFIX)] for p in DEFAULT_PATTERNS_DIR.glob(f"*{EXAMPLES_SUFFIX}")}
    assert rule_files <= with_examples, f"rule files without examples: {sorted(rule_files - with_examples)}"


@pytest.mark.parametrize(("key", "example"), _cases())
def test_rule_file_example(key: str, example) -> None:
    doc = _ruler_nlp(key)(example.text)
    found = [span.text for span in doc.spans[key] if span.label_ == example.label]
    if example.match is None:
        assert found == [], f"{example.text!r} must not match {example.label}, got {found}"
    else:
        assert example.match in found, f"{example.text!r} must match {example.match!r} as {example.label}, got {found}"


def test_examples_dir_is_the_shipped_one() -> None:
    assert Path(DEFAULT_PATTERNS_DIR).is_dir()


def test_every_token_pattern_opens_on_a_required_token() -> None:
    """A pattern whose first token may be absent cannot be anchored: the matcher would then run over every
    stretch of a text (a 'Centre Against ...' rule opening on optional words once cost a third of the run)."""
    from extractor.anchored import op_bounds

    optional_first = [
        (path.name, rule.id) for path in sorted(DEFAULT_PATTERNS_DIR.glob("*.jsonl"))
        if not path.name.endswith(EXAMPLES_SUFFIX)
        for rule in load_rule_file(path) if isinstance(rule.pattern, list) and op_bounds(rule.pattern[0])[0] < 1]
    assert optional_first == []
