"""Rule files: JSON Lines in `patterns/`, validated when they load.

A rule is `{"id": ..., "label": ..., "pattern": ...}`: a string pattern is a phrase matched on
lowercase text (PhraseMatcher), a list is a spaCy token pattern (Matcher). Each file
`NAME.jsonl` fills the span group `doc.spans[NAME]`; a user's directory may add rules to the
same groups. `NAME.examples.jsonl` beside a rule file lists texts that must and must not match.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


def _default_patterns_dir() -> Path:
    """The checkout's `patterns/`, or the copy a non-editable install puts under share/."""
    beside = Path(__file__).resolve().parent.parent / "patterns"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "press-extract" / "patterns"


DEFAULT_PATTERNS_DIR = _default_patterns_dir()
EXAMPLES_SUFFIX = ".examples.jsonl"
MAX_REGEX_LENGTH = 200
# Nested quantifiers such as (a+)+ or (\w*)* backtrack exponentially on a failed match.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]")


class PatternFileError(ValueError):
    """A rule or examples file that cannot be used; the message names file, line and fix."""


class PatternRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    pattern: str | list[dict[str, Any]]

    @field_validator("pattern", mode="before")
    @classmethod
    def _expand_lexicons(cls, value: Any) -> Any:
        """`{"LOWER": {"IN": ["@agency_heads", "office"]}}`: an entry "@NAME" stands for every word of
        `patterns/lexicons/NAME.txt`, "@NAME+s" for each also with an "s" ("FBIs"), so a word list
        lives once and rules and code share it."""
        return expand_lexicon_refs(value)

    @field_validator("pattern")
    @classmethod
    def _check_pattern(cls, value: str | list[dict[str, Any]]) -> str | list[dict[str, Any]]:
        if isinstance(value, str):
            if not value.strip():
                raise ValueError("a phrase pattern must not be empty")
            return value
        if not value:
            raise ValueError("a token pattern must have at least one token")
        from spacy.schemas import validate_token_pattern

        errors = validate_token_pattern(value)
        if errors:
            raise ValueError("; ".join(errors))
        for regex in _regexes(value):
            check_regex(regex)
        return value

    def to_spacy(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "pattern": self.pattern}


class PatternExample(BaseModel):
    """`match` is the text a rule of `label` must find in `text`; null means none may match."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    label: str = Field(min_length=1)
    match: str | None


def expand_lexicon_refs(node: Any) -> Any:
    """Replace "@NAME" entries of IN / NOT_IN lists in a token pattern by the lexicon's words."""
    if isinstance(node, list):
        return [expand_lexicon_refs(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if key in ("IN", "NOT_IN") and isinstance(value, list):
            result[key] = _expanded_words(value)
        else:
            result[key] = expand_lexicon_refs(value)
    return result


def _expanded_words(values: list[Any]) -> list[Any]:
    from extractor.lexicon import LexiconError, lexicon

    words: list[Any] = []
    for value in values:
        if not (isinstance(value, str) and value.startswith("@") and len(value) > 1):
            words.append(value)
            continue
        name, plural = (value[1:-2], True) if value.endswith("+s") else (value[1:], False)
        try:
            entries = sorted(lexicon(name))
        except LexiconError as err:
            raise ValueError(str(err)) from None
        words.extend(entries)
        if plural:
            words.extend(entry + "s" for entry in entries)
    return list(dict.fromkeys(words))


def check_regex(regex: str) -> None:
    """Refuse regular expressions that could hang a run on hostile text."""
    if len(regex) > MAX_REGEX_LENGTH:
        raise ValueError(f"regular expression longer than {MAX_REGEX_LENGTH} characters")
    if _NESTED_QUANTIFIER.search(regex):
        raise ValueError(f"regular expression {regex!r} nests quantifiers; rewrite it without (x+)+")
    try:
        re.compile(regex)
    except re.error as err:
        raise ValueError(f"invalid regular expression {regex!r}: {err}") from None


def _regexes(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "REGEX" and isinstance(value, str):
                yield value
            else:
                yield from _regexes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _regexes(value)


def _read_jsonl(path: Path, model: type[BaseModel]) -> list[Any]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise PatternFileError(f"{path}: cannot read the rule file: {err}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rows.append(model.model_validate_json(line))
        except ValidationError as err:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'line'}: {e['msg']}" for e in err.errors()
            )
            raise PatternFileError(
                f"{path}:{number}: {problems}. Fix: each line must be one JSON object like "
                f"{_EXAMPLE_LINE[model]}"
            ) from None
    return rows


_EXAMPLE_LINE = {
    PatternRule: '{"id": "title-sheriff", "label": "TITLE", "pattern": "sheriff"}',
    PatternExample: '{"text": "said Sheriff Luna", "label": "TITLE", "match": "Sheriff"}',
}


def rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.jsonl") if not p.name.endswith(EXAMPLES_SUFFIX))


def load_rule_file(path: Path) -> list[PatternRule]:
    rules = _read_jsonl(path, PatternRule)
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise PatternFileError(f"{path}: rule id {rule.id!r} is used twice; ids must be unique")
        seen.add(rule.id)
    return rules


def load_examples(path: Path) -> list[PatternExample]:
    return _read_jsonl(path, PatternExample)


def check_rule_names(directories: Iterable[Path]) -> None:
    """A user's rule file must fill a group some extractor reads (the built-in files' names): a
    misspelt `title.jsonl` would otherwise be loaded and silently never used."""
    import difflib

    known = sorted(p.stem for p in rule_files(DEFAULT_PATTERNS_DIR))
    for directory in directories:
        for path in rule_files(Path(directory)):
            if path.stem not in known:
                close = difflib.get_close_matches(path.stem, known, n=1)
                hint = f" (did you mean {close[0]}.jsonl?)" if close else ""
                raise PatternFileError(
                    f"{path}: no extractor reads rule files named {path.name}{hint}; known names: "
                    f"{', '.join(n + '.jsonl' for n in known)}"
                )


def load_pattern_dirs(directories: Iterable[Path]) -> dict[str, list[PatternRule]]:
    """Rules by span group, the built-in directory first, users' directories after."""
    groups: dict[str, list[PatternRule]] = {}
    for directory in directories:
        directory = Path(directory)
        if not directory.is_dir():
            raise PatternFileError(f"{directory}: not a folder of rule files")
        for path in rule_files(directory):
            groups.setdefault(path.stem, []).extend(load_rule_file(path))
    return groups
