"""The spaCy pipeline: tokenizer, metadata, the rule files (one matcher component), then the facts.

Data flows one way: text -> Doc -> span groups (rulers) -> facts (`doc._.facts`) -> record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.metadata import read_metadata
from extractor.patterns import DEFAULT_PATTERNS_DIR, PatternRule, load_pattern_dirs

MAX_TEXT_CHARS = 100_000_000
"""spaCy refuses texts over 1,000,000 characters by default (a guard for parsers' memory); our blank
pipeline is linear, and the loaders' --max-bytes bound is the limit that counts."""


def cached_text(doc: Doc) -> str:
    """`doc.text` once per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("press_text")
    if text is None:
        text = doc.user_data["press_text"] = doc.text
    return text


def register_extensions() -> None:
    """Doc attributes every process needs (idempotent: workers call it too)."""
    for name, default in (("release_date_given", None), ("meta", None), ("facts", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("text"):
        Doc.set_extension("text", getter=cached_text)


register_extensions()


@Language.factory("press_metadata")
def make_metadata_component(nlp: Language, name: str) -> MetadataComponent:
    return MetadataComponent()


class MetadataComponent:
    """Reads the header once so every later stage knows the release date and the metadata ranges."""

    def __call__(self, doc: Doc) -> Doc:
        given: dt.date | None = doc._.release_date_given
        doc._.meta = read_metadata(doc._.text, given)
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
            doc._.meta = read_metadata(doc._.text, doc._.release_date_given)
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
    nlp.max_length = MAX_TEXT_CHARS
    add_components(nlp, pattern_dirs)
    return nlp


def add_components(nlp: Language, pattern_dirs: Sequence[Path] = ()) -> None:
    nlp.add_pipe("press_metadata", first=True)
    add_rulers(nlp, load_pattern_dirs([DEFAULT_PATTERNS_DIR, *pattern_dirs]))
    nlp.add_pipe("press_facts", last=True)


def add_rulers(nlp: Language, groups: dict[str, list[PatternRule]]) -> None:
    """All rule files in one component: one Matcher pass and one PhraseMatcher pass over each Doc,
    whatever the number of files (a Matcher pass per file would walk the tokens once per file)."""
    ruler = nlp.get_pipe("press_rulers") if "press_rulers" in nlp.pipe_names else nlp.add_pipe("press_rulers")
    ruler.add_groups(groups)


def add_ruler(nlp: Language, key: str, rules: Sequence[PatternRule]) -> None:
    """Add one rule file's group (tests build pipelines with only the groups they exercise)."""
    add_rulers(nlp, {key: list(rules)})


@Language.factory("press_rulers")
def make_rulers(nlp: Language, name: str) -> RulersComponent:
    return RulersComponent(nlp)


class RulersComponent:
    """Fills `doc.spans[NAME]` for each rule file NAME: phrases matched on lowercase text, token patterns
    with the Matcher; within a group, overlapping matches keep the first longest ('Oct. 12 to 15' over
    'Oct. 12'); span labels are the rules' labels, `span.id_` their ids."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.matcher = Matcher(nlp.vocab, validate=False)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: list[str] = []
        self.rules: dict[int, tuple[str, str, str]] = {}  # match key -> (group, label, rule id)

    def add_groups(self, groups: dict[str, list[PatternRule]]) -> None:
        for key, rules in groups.items():
            if key not in self.keys:
                self.keys.append(key)
            for rule in rules:
                match_key = f"{key}\x1f{rule.id}"
                self.rules[self.nlp.vocab.strings.add(match_key)] = (key, rule.label, rule.id)
                if isinstance(rule.pattern, str):
                    self.phrases.add(match_key, [self.nlp.make_doc(rule.pattern)])
                else:
                    self.matcher.add(match_key, [rule.pattern])

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[Span]] = {key: [] for key in self.keys}
        matches = self.matcher(doc) if len(self.matcher) else []
        if len(self.phrases):
            matches += self.phrases(doc)
        for match_id, start, end in matches:
            key, label, rule_id = self.rules[match_id]
            found[key].append(Span(doc, start, end, label=label, span_id=rule_id))
        for key, spans in found.items():
            doc.spans[key] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc
