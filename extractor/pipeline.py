"""The spaCy pipeline: tokenizer, metadata, one SpanRuler per rule file, then the facts.

Data flows one way: text -> Doc -> span groups (rulers) -> facts (`doc._.facts`) -> record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractor.metadata import read_metadata
from extractor.patterns import DEFAULT_PATTERNS_DIR, PatternRule, load_pattern_dirs

RULER_FILTER = {"@misc": "spacy.first_longest_spans_filter.v1"}
"""Within one rule file, overlapping matches keep the first longest (e.g. 'Oct. 12 to 15' over
'Oct. 12'); field extractors decide between groups."""


def register_extensions() -> None:
    """Doc attributes every process needs (idempotent: workers call it too)."""
    for name, default in (("release_date_given", None), ("meta", None), ("facts", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


@Language.factory("press_metadata")
def make_metadata_component(nlp: Language, name: str) -> MetadataComponent:
    return MetadataComponent()


class MetadataComponent:
    """Reads the header once so every later stage knows the release date and the metadata ranges."""

    def __call__(self, doc: Doc) -> Doc:
        given: dt.date | None = doc._.release_date_given
        doc._.meta = read_metadata(doc.text, given)
        return doc


@Language.factory("press_facts")
def make_facts_component(nlp: Language, name: str) -> FactsComponent:
    return FactsComponent()


class FactsComponent:
    """Turns the span groups into facts, one extractor per field, into `doc._.facts`."""

    def __init__(self) -> None:
        from extractor.fields import FIELD_EXTRACTORS

        self.extractors = FIELD_EXTRACTORS

    def __call__(self, doc: Doc) -> Doc:
        if doc._.meta is None:
            doc._.meta = read_metadata(doc.text, doc._.release_date_given)
        doc._.facts = {name: extract(doc) for name, extract in self.extractors.items()}
        return doc


def build_pipeline(model: str | None = None, pattern_dirs: Sequence[Path] = ()) -> Language:
    """Blank English (or an installed model, if named) with our components; nothing downloads."""
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as err:
            raise ValueError(
                f"spaCy model {model!r} is not installed; install it or omit --model ({err})"
            ) from None
    else:
        nlp = spacy.blank("en")
    add_components(nlp, pattern_dirs)
    return nlp


def add_components(nlp: Language, pattern_dirs: Sequence[Path] = ()) -> None:
    nlp.add_pipe("press_metadata", first=True)
    for key, rules in load_pattern_dirs([DEFAULT_PATTERNS_DIR, *pattern_dirs]).items():
        add_ruler(nlp, key, rules)
    nlp.add_pipe("press_facts", last=True)


def add_ruler(nlp: Language, key: str, rules: Sequence[PatternRule]) -> None:
    """One SpanRuler per rule file, filling `doc.spans[key]`, phrases matched on lowercase."""
    ruler = nlp.add_pipe(
        "span_ruler",
        name=f"{key}_ruler",
        config={
            "spans_key": key,
            "phrase_matcher_attr": "LOWER",
            "spans_filter": RULER_FILTER,
            "validate": False,
        },
    )
    ruler.add_patterns([rule.to_spacy() for rule in rules])
