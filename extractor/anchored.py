"""spaCy's Matcher, run only on the stretches of a Doc where a match can start (the rulers' token
patterns): the same matches in the same order, for a fraction of the Matcher's work.

A token pattern costs the Matcher a state per token and pattern, and a Python call per set
predicate (IN, NOT_IN, REGEX) and token; most tokens start no match. A match of a bounded pattern
(at most `width` tokens) starts where the tokens at the pattern's fixed offsets pass their specs'
lexical checks, and each later required token's words occur within reach (`Anchor`). Those checks
are answered from attribute columns (`extractor.columns`): every word check of every pattern on a
column with one sorted-array lookup (`CheckIndex`), the rest only at the few candidate tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import numpy as np
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from extractor.columns import array, column

LEXICAL_FLAGS = frozenset({
    "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE",
    "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LIKE_NUM", "LIKE_URL",
    "LIKE_EMAIL",
})
"""Boolean attributes of the lexeme, the same for a word wherever it occurs."""
WORD_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "SHAPE": "SHAPE"}


def op_bounds(spec: dict) -> tuple[int, int | None]:
    """How many tokens one pattern token takes: (least, most), most None when unbounded; read as
    spaCy's Matcher reads "OP" ('?', '*', '+', '!', '{n}', '{n,m}', '{n,}', '{,m}')."""
    op = next((value for key, value in spec.items() if isinstance(key, str) and key.upper() == "OP"), None)
    if op is None or op == "1":
        return 1, 1
    fixed = {"?": (0, 1), "*": (0, None), "+": (1, None), "!": (0, 1)}  # '!' takes none: 1 is a safe bound
    if op in fixed:
        return fixed[op]
    low, _, high = op[1:-1].partition(",") if "," in op else (op[1:-1], ",", op[1:-1])
    return int(low or 0), (int(high) if high else None)


class TokenCheck:
    """One lexical condition of a token spec: a word attribute's value, IN, NOT_IN or REGEX, or a
    boolean lexeme flag. A spec's other keys (extensions, POS, LENGTH...) are not checked: anchors
    may pass tokens the Matcher refuses, never the reverse."""

    def __init__(self, attr: str, kind: str, operand: Any) -> None:
        self.attr, self.kind, self.operand = attr, kind, operand
        self.positive = kind in ("eq", "IN") and attr in WORD_ATTRS.values()
        """Passes the few tokens spelled one of its words: a good first check, and one `CheckIndex` answers."""
        self.words = frozenset(operand) if kind in ("IN", "NOT_IN") else frozenset({operand})
        self.answers: dict[int, bool] = {}  # hash -> answer, for REGEX and flags (kept across Docs)

    @property
    def key(self) -> tuple:
        operand = self.operand.pattern if isinstance(self.operand, re.Pattern) else self.operand
        return self.attr, self.kind, operand

    @property
    def source(self) -> str:
        """The column the check reads: a flag is read off the word (ORTH) and cached per word."""
        return "ORTH" if self.attr in LEXICAL_FLAGS else self.attr

    def one(self, value: int, doc: Doc) -> bool:
        """The answer for one token, from its `source` hash."""
        if self.kind == "IN" or self.kind == "eq" and self.attr not in LEXICAL_FLAGS:
            return value in self.words
        if self.kind == "NOT_IN":
            return value not in self.words
        answer = self.answers.get(value)
        if answer is None:
            if self.kind == "REGEX":  # spaCy's REGEX: `search` on the attribute's string
                answer = self.operand.search(doc.vocab.strings[value]) is not None
            else:
                answer = getattr(doc.vocab[value], self.attr.lower()) == self.operand
            self.answers[value] = answer
        return answer

    def passing(self, doc: Doc) -> list[int]:
        """The tokens of a Doc that pass, in order (a check no `CheckIndex` answers)."""
        if self.attr in LEXICAL_FLAGS and self.kind == "eq":  # the flag's own column: no lexeme looked up per word
            return np.flatnonzero(array(doc, self.attr) == int(self.operand)).tolist()
        values = column(doc, self.source)
        if self.kind == "NOT_IN":
            words = self.words
            return [i for i, value in enumerate(values) if value not in words]
        answers = self.answers
        distinct = set(values)
        unseen = distinct.difference(answers)
        if self.kind == "REGEX":  # `one`'s answers, without a call per word not seen before
            strings, search = doc.vocab.strings, self.operand.search
            answers.update({value: search(strings[value]) is not None for value in unseen})
        else:
            for value in unseen:
                self.one(value, doc)
        passing = {value for value in distinct if answers[value]}
        if not passing:  # most Docs have no token a REGEX check passes: no second pass over the tokens
            return []
        return [i for i, value in enumerate(values) if value in passing]


def token_checks(spec: dict) -> list[TokenCheck]:
    checks = []
    for key, value in spec.items():
        name = key.upper() if isinstance(key, str) else None
        if name in LEXICAL_FLAGS and isinstance(value, bool):
            checks.append(TokenCheck(name, "eq", value))
        elif name in WORD_ATTRS and isinstance(value, str):
            checks.append(TokenCheck(WORD_ATTRS[name], "eq", get_string_id(value)))
        elif name in WORD_ATTRS and isinstance(value, dict):
            for op, operand in value.items():
                if op in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
                    checks.append(TokenCheck(WORD_ATTRS[name], op, tuple(sorted({get_string_id(v) for v in operand}))))
                elif op == "REGEX" and isinstance(operand, str):
                    checks.append(TokenCheck(WORD_ATTRS[name], op, re.compile(operand)))
    return checks


class CheckIndex:
    """The distinct checks of all anchored matchers, one object each, so a Doc answers each once; the
    word checks (eq, IN) of one attribute are answered together: one sorted-array lookup finds the
    tokens spelled any of their words, and only those are sorted out among the checks."""

    def __init__(self) -> None:
        self.checks: dict[tuple, TokenCheck] = {}
        self._tables: dict[str, tuple[np.ndarray, dict[int, tuple[int, ...]], list[TokenCheck]]] = {}

    def shared(self, check: TokenCheck) -> TokenCheck:
        found = self.checks.setdefault(check.key, check)
        if found is check:
            self._tables.clear()
        return found

    def table(self, attr: str) -> tuple[np.ndarray, dict[int, tuple[int, ...]], list[TokenCheck]]:
        """The sorted words of `attr`'s word checks, the checks each word passes (as places in the list of
        those checks), and those checks."""
        if attr not in self._tables:
            checks = [check for check in self.checks.values() if check.positive and check.attr == attr]
            by_word: dict[int, list[int]] = {}
            for k, check in enumerate(checks):
                for word in check.words:
                    by_word.setdefault(word, []).append(k)
            self._tables[attr] = (np.array(sorted(by_word), dtype=np.uint64),
                                  {word: tuple(ks) for word, ks in by_word.items()}, checks)
        return self._tables[attr]


class DocChecks:
    """Which tokens of one Doc pass each check, found when first asked."""

    def __init__(self, doc: Doc, index: CheckIndex) -> None:
        self.doc, self.index, self.size = doc, index, len(doc)
        self.passing: dict[int, list[int]] = {}  # id(check) -> tokens passing it, in order

    def passes(self, check: TokenCheck) -> list[int]:
        found = self.passing.get(id(check))
        if found is None:
            if check.positive and check.key in self.index.checks:
                self._answer_words(check.attr)
                found = self.passing.setdefault(id(check), [])
            else:
                found = self.passing[id(check)] = check.passing(self.doc)
        return found

    def _answer_words(self, attr: str) -> None:
        words, by_word, checks = self.index.table(attr)
        found: list[list[int]] = [[] for _ in checks]
        for check, tokens in zip(checks, found, strict=True):
            self.passing[id(check)] = tokens
        if not len(words) or not self.size:
            return
        values = array(self.doc, attr)
        where = np.searchsorted(words, values)
        where[where == len(words)] = 0
        hashes = column(self.doc, attr)
        for i in np.flatnonzero(words[where] == values).tolist():
            for k in by_word[hashes[i]]:
                found[k].append(i)

    def values(self, attr: str) -> list[int]:
        return column(self.doc, attr)


CHECK_ORDER = {"eq": 0, "IN": 1, "NOT_IN": 2, "REGEX": 3}


class Anchor(NamedTuple):
    """Where a bounded pattern can match: `fixed` checks hold at fixed offsets from the start (the
    leading exactly-once tokens, and the first required token after them), the first one the most
    telling; each `within` check holds for some token in offsets lo..hi (a later required token,
    its words); a match spans at most `width` tokens."""

    width: int
    fixed: list[tuple[int, TokenCheck]]
    within: list[tuple[int, int, TokenCheck]]
    words: tuple[tuple[int, TokenCheck], ...] = ()
    """The `fixed` items whose check is a word check (`TokenCheck.positive`), in order."""


def pattern_anchor(pattern: list[dict]) -> Anchor | None:
    """None for a pattern whose matches have no bound on their length."""
    fixed: list[tuple[int, TokenCheck]] = []
    within: list[tuple[int, int, TokenCheck]] = []
    least_before, most_before, exact = 0, 0, True
    for spec in pattern:
        least, most = op_bounds(spec)
        if most is None:
            return None
        if least >= 1 and exact:
            fixed += [(least_before, check) for check in token_checks(spec)]
        elif least >= 1:
            within += [(least_before, most_before, c) for c in token_checks(spec) if c.positive]
        exact = exact and (least, most) == (1, 1)
        least_before, most_before = least_before + least, most_before + most
    fixed.sort(key=lambda item: (not item[1].positive, CHECK_ORDER[item[1].kind], item[1].attr in LEXICAL_FLAGS))
    return Anchor(most_before, fixed, within, tuple(item for item in fixed if item[1].positive))


class AnchoredMatcher:
    """spaCy's Matcher for one group's token patterns, run on the union of [start, start + width + 1)
    over the tokens where a match can start (`Anchor`): the extra token lets every match end as it
    does on the whole Doc (a state that fails on the next token reports its match there). Matching is
    local (lexical attributes decide it), and the Matcher orders matches of one start by those states
    alone, so ties between rules keep their order. A group with an unbounded pattern runs on the
    whole Doc."""

    def __init__(self, vocab: Any, index: CheckIndex | None = None) -> None:
        self.matcher = Matcher(vocab, validate=False)
        self.anchors: list[Anchor] | None = []
        self.index = CheckIndex() if index is None else index

    def __len__(self) -> int:
        return len(self.matcher)

    def add(self, key: str, pattern: list[dict]) -> None:
        self.matcher.add(key, [pattern])
        anchor = pattern_anchor(pattern)
        if anchor is None or self.anchors is None:
            self.anchors = None
            return
        fixed = [(offset, self.index.shared(check)) for offset, check in anchor.fixed]
        within = [(low, high, self.index.shared(check)) for low, high, check in anchor.within]
        self.anchors.append(Anchor(anchor.width, fixed, within, tuple(item for item in fixed if item[1].positive)))

    def starts(self, anchor: Anchor, checks: DocChecks) -> list[int]:
        """Token indices where a match of `anchor`'s pattern can start: the tokens passing its rarest word
        check (for the whole Doc, once), then each further check only there."""
        if not anchor.fixed:
            return list(range(checks.size))
        first = self._rarest_word(anchor, checks) if len(anchor.words) > 1 else anchor.fixed[0]
        offset, check = first
        candidates = [i - offset for i in checks.passes(check) if i >= offset]
        last = checks.size - 1
        for offset, check in anchor.fixed:
            if (offset, check) == first:
                continue
            if not candidates:
                return candidates
            values, doc = checks.values(check.source), checks.doc
            candidates = [s for s in candidates if s + offset <= last and check.one(values[s + offset], doc)]
        for low, high, check in anchor.within:
            if not candidates:
                return candidates
            passing = checks.passes(check)  # some token in s + low .. s + high must pass
            candidates = [s for s in candidates if bisect_right(passing, s + high) > bisect_left(passing, s + low)]
        return candidates

    @staticmethod
    def _rarest_word(anchor: Anchor, checks: DocChecks) -> tuple[int, TokenCheck]:
        """The first of `anchor`'s word checks that the fewest tokens of the Doc pass (`min`'s choice), found
        without asking the others once one that no token passes is met (most patterns, in most Docs)."""
        rarest, fewest = None, 0
        for item in anchor.words:
            passing = len(checks.passes(item[1]))
            if rarest is None or passing < fewest:
                rarest, fewest = item, passing
                if not fewest:
                    break
        return rarest

    def windows(self, checks: DocChecks) -> list[tuple[int, int]]:
        """Disjoint token ranges, in order, that hold every match."""
        size = checks.size
        if self.anchors is None:
            return [(0, size)] if size else []
        bounds = [(start, start + anchor.width + 1)
                  for anchor in self.anchors for start in self.starts(anchor, checks)]
        merged: list[tuple[int, int]] = []
        for start, end in sorted(bounds):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return [(start, min(end, size)) for start, end in merged]

    def __call__(self, doc: Doc, checks: DocChecks | None = None) -> list[tuple[int, int, int]]:
        checks = DocChecks(doc, self.index) if checks is None else checks
        matches: list[tuple[int, int, int]] = []
        for start, end in self.windows(checks):
            if start == 0 and end == len(doc):
                matches += self.matcher(doc)
            else:
                matches += [(key, start + s, start + e) for key, s, e in self.matcher(doc[start:end])]
        return matches


def anchored_matches(doc: Doc, matchers: Sequence[AnchoredMatcher],
                     index: CheckIndex) -> Iterator[tuple[int, int, int]]:
    """All the matchers' matches, matcher by matcher, answering each shared check once."""
    if not len(doc):
        return
    checks = DocChecks(doc, index)
    for matcher in matchers:
        yield from matcher(doc, checks)
