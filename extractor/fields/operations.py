"""Operations: named enforcement operations ("Operation Cross Country XI", "Project Safe Childhood",
the "National Organized Retail Crime (ORC) Blitz", a sting dubbed "Spring Cleaning").

The rules in `patterns/operations.jsonl` find the candidates (span group `operations`, already
filtered to the first longest of overlapping matches, so "Operation Cross Country XI" wins over
"Operation Cross Country" at the same place). This module decides which candidates are names:

* a name that crosses a line break is cut at the break unless the next line holds nothing but
  the rest of the name (a heading split over two lines: "Operation Grease" / "Monkey");
* Title Case headlines are full of "Operation Targeting ..." noise, so a candidate seen only in
  headline-like lines is dropped, unless the line is the name itself;
* mentions with the same name (lowercased, spaces collapsed) are one operation, named as first
  written; "ORC Blitz" is an alias of "National Organized Retail Crime (ORC) Blitz".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractor.models import Mention, Operation

GROUP = "operations"
NAME_LABELS = frozenset({"OPERATION", "OPERATION_KEYWORD", "OPERATION_DUBBED"})
MAX_HEADLINE_CHARS = 250
QUOTES = "\"“”'‘’"
_FUNCTION_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "vs"]
)
# Words that end a name rather than belong to it (the same list as the rules in operations.jsonl).
NOT_NAME_WORDS = frozenset({
    "the", "a", "an", "in", "on", "at", "by", "with", "from", "for", "to", "as", "was", "is", "are", "were", "has",
    "had", "have", "which", "that", "results", "result", "resulted", "investigation", "investigations", "arrests",
    "targeting", "targeted", "targets", "concludes", "concluded", "nets", "netted", "leads", "led", "yields",
    "announced", "announces", "begins", "began", "spanned", "spans", "distributed", "exploiting", "between",
    "press", "conference", "release", "update", "phase", "initiative", "program", "task", "force", "team",
    "case", "cases", "charges", "charged", "defendants", "investigators", "agents", "officers",
})
MAX_KEYWORD_NAME_WORDS = 5
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_ACRONYM_IN_NAME_RE = re.compile(r"\(([A-Z]{2,})\)\s*(\S+)$")


def line_bounds(text: str, start: int, end: int, limit: int = MAX_HEADLINE_CHARS) -> tuple[int, int] | None:
    """The line (between newlines) around [start, end), or None when it is longer than `limit`
    (only short lines matter here, and a bounded search keeps one-line megabyte inputs linear)."""
    window = max(0, start - limit - 1)
    line_start = text.rfind("\n", window, start) + 1
    if line_start == 0 and window > 0:
        return None
    line_end = text.find("\n", end, end + limit + 1)
    if line_end < 0:
        if end + limit + 1 < len(text):
            return None
        line_end = len(text)
    return (line_start, line_end) if line_end - line_start <= limit else None


def is_headline_like(line: str) -> bool:
    """Title Case lines (headlines, sub-headlines) capitalize every content word, so capitalized
    words there are not evidence of a proper name."""
    if len(line) > MAX_HEADLINE_CHARS:
        return False
    words = [w for w in _WORD_RE.findall(line) if w.lower() not in _FUNCTION_WORDS]
    if len(words) < 3:
        return False
    lowercase = sum(1 for w in words if not w[0].isupper())
    return lowercase <= max(1, len(words) // 10)


def in_headline(doc: Doc, text: str, start: int, end: int) -> bool:
    """True when [start, end) lies in the headline or in a Title Case line (`text` is `doc.text`,
    passed in because spaCy rebuilds `doc.text` on every access)."""
    meta = doc._.meta
    if meta is not None and meta.title_range is not None:
        t_start, t_end = meta.title_range
        if start < t_end and t_start < end:
            return True
    bounds = line_bounds(text, start, end)
    return bounds is not None and is_headline_like(text[bounds[0] : bounds[1]])


def _is_whole_line(text: str, start: int, end: int) -> bool:
    """A heading that is nothing but the name (maybe quoted)."""
    bounds = line_bounds(text, start, end)
    if bounds is None:
        return False
    rest = text[bounds[0] : start] + text[end : bounds[1]]
    return not rest.strip(" \t" + QUOTES + ":.-–—")


def _cut_at_line_break(span: Span) -> Span:
    """Keep a name that runs over a line break only when the next line is just the rest of it."""
    for token in span:
        if token.is_space and "\n" in token.text:
            after = span.doc[span.end] if span.end < len(span.doc) else None
            rest_is_line = after is None or (after.is_space and "\n" in after.text)
            if rest_is_line and "\n" not in span.doc[token.i + 1 : span.end].text:
                return span
            return span.doc[span.start : token.i]
    return span


def _inside_quotes(span: Span) -> Span:
    """For 'a sting dubbed "Spring Cleaning"', the name is the text between the quotes."""
    quotes = [t.i for t in span if t.text in QUOTES and t.i > span.start]
    if len(quotes) >= 2:
        inner = span.doc[quotes[-2] + 1 : quotes[-1]]
        while len(inner) and inner[-1].is_punct:
            inner = inner[: len(inner) - 1]
        return inner
    return span


def name_key(text: str) -> str:
    """How names are compared: lowercase, without quotes, spaces collapsed."""
    return " ".join(text.lower().translate({ord(c): None for c in QUOTES}).split())


def _acronym_alias(name: str) -> str | None:
    """'National Organized Retail Crime (ORC) Blitz' is also written 'ORC Blitz'."""
    m = _ACRONYM_IN_NAME_RE.search(name)
    return f"{m.group(1)} {m.group(2)}" if m else None


@dataclass
class _Candidate:
    name: str
    rule: str
    mentions: list[Mention] = field(default_factory=list)
    outside_headline: bool = False


def _counts_as_body(doc: Doc, text: str, named: Span, label: str) -> bool:
    """Evidence that a candidate is a name: a 'dubbed' phrase, a sentence, or a heading of its own."""
    start, end = named.start_char, named.end_char
    return label == "OPERATION_DUBBED" or not in_headline(doc, text, start, end) or _is_whole_line(text, start, end)


def _is_name_word(token: Token) -> bool:
    return (token.text[:1].isupper() or token.text[:1].isdigit()) and token.lower_ not in NOT_NAME_WORDS


def _words_before_keyword(span: Span) -> Span:
    """'National Organized Retail Crime (ORC) Blitz': the capitalized words (and one acronym in
    parentheses) before a capitalized Blitz/Sweep/Sting/Crackdown; the keyword alone names nothing."""
    doc, start = span.doc, span.start
    if not span[0].text[:1].isupper():
        return doc[span.end : span.end]  # "mortgage fraud sweeps": a common noun
    words = 0
    if start >= 3 and doc[start - 1].text == ")" and doc[start - 3].text == "(" and doc[start - 2].is_upper:
        start -= 3
    while start > 0 and words < MAX_KEYWORD_NAME_WORDS and _is_name_word(doc[start - 1]):
        start -= 1
        words += 1
    return doc[start : span.end] if words else doc[span.end : span.end]


def _name_span(span: Span) -> Span:
    if span.label_ == "OPERATION_DUBBED":
        span = _inside_quotes(span)
    elif span.label_ == "OPERATION_KEYWORD":
        span = _words_before_keyword(span)
    return _cut_at_line_break(span)


def extract(doc: Doc) -> list[Operation]:
    if GROUP not in doc.spans:
        return []
    doc_text = doc._.text
    candidates: dict[str, _Candidate] = {}
    aliases: dict[str, str] = {}
    for span in doc.spans[GROUP]:
        if span.label_ not in NAME_LABELS:
            continue
        named = _name_span(span)
        if len(named) < 2 and span.label_ != "OPERATION_DUBBED":
            continue
        if not len(named):
            continue
        text = named.text
        key = name_key(text)
        candidate = candidates.setdefault(key, _Candidate(" ".join(text.split()), span.id_))
        candidate.mentions.append(Mention(text=text, start=named.start_char, end=named.end_char))
        if _counts_as_body(doc, doc_text, named, span.label_):
            candidate.outside_headline = True
        alias = _acronym_alias(text)
        if alias:
            aliases[name_key(alias)] = key
    return _merge(candidates, aliases)


def _merge(candidates: dict[str, _Candidate], aliases: dict[str, str]) -> list[Operation]:
    """Fold acronym forms into their full names; keep names seen outside headlines; text order."""
    for short, full in aliases.items():
        if short in candidates and full in candidates and short != full:
            alias = candidates.pop(short)
            target = candidates[full]
            target.mentions.extend(alias.mentions)
            target.outside_headline = target.outside_headline or alias.outside_headline
    result = []
    for candidate in candidates.values():
        if not candidate.outside_headline:
            continue
        mentions = sorted(candidate.mentions, key=lambda m: m.start)
        result.append(Operation(name=candidate.name, mentions=mentions, rule=candidate.rule))
    result.sort(key=lambda op: op.mentions[0].start)
    return result
