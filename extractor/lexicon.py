"""Named word lists from `patterns/lexicons/NAME.txt`, and lexicon-backed word forms.

A word list lives once, as data: rules and code both read it by name (`lexicon("event_nouns")`).
Verb and noun forms come from lemminflect's English lexicon (no model, no download) instead of
lists of the words one corpus happens to contain. Every lookup is cached per lowercase form, as
spaCy's own lookups are, so the per-token hot path stays a dict hit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any

import numpy as np

from extractor.patterns import DEFAULT_PATTERNS_DIR

LEXICON_DIR = DEFAULT_PATTERNS_DIR / "lexicons"


class LexiconError(ValueError):
    """A lexicon name with no file; the message lists the known names."""


def known_lexicons() -> list[str]:
    return sorted(p.stem for p in LEXICON_DIR.glob("*.txt"))


@cache
def lexicon_lines(name: str) -> tuple[str, ...]:
    """The lowercase entries of `patterns/lexicons/NAME.txt` in file order (one per line, `#` starts a
    comment), for lists whose order matters."""
    path = LEXICON_DIR / f"{name}.txt"
    if not path.is_file():
        raise LexiconError(f"no lexicon named {name!r}; known: {', '.join(known_lexicons()) or 'none'}")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            entries.append(entry)
    return tuple(entries)


@cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of `patterns/lexicons/NAME.txt` as a set."""
    return frozenset(lexicon_lines(name))


@lru_cache(maxsize=65536)
def all_lemmas(word: str) -> Mapping[str, tuple[str, ...]]:
    """lemminflect's `getAllLemmas(word)` (every part of speech), once per form: the verb, noun and adverb
    tests below share it. Read from lemminflect's own tables without the deep copies its public call
    makes of them (about 15 µs a word); the public call where those tables are not there."""
    found = _lemma_tables()
    if found is None:
        from lemminflect import getAllLemmas

        return MappingProxyType(getAllLemmas(word))
    lemma_table, overrides, caps_style, apply_caps_style = found
    key = word.lower()
    lemmas = dict(lemma_table.get(key, {}))  # values are tuples: a shallow copy is a copy
    lemmas.update(overrides.get(key, {}))
    return MappingProxyType(apply_caps_style(lemmas, caps_style(word)))  # cached: shared, read-only


@cache
def _lemma_tables() -> tuple[dict, dict, Callable, Callable] | None:
    """What lemminflect's `getAllLemmas` reads (its lemma and override tables) and applies (its caps
    style functions); None if this version hides them."""
    from lemminflect.core.Lemmatizer import Lemmatizer
    from lemminflect.core.LexicalUtils import applyCapsStyleToDict, getCapsStyle

    lemmatizer = Lemmatizer()
    try:
        return lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict(), getCapsStyle, applyCapsStyleToDict
    except AttributeError:
        return None


@lru_cache(maxsize=65536)
def verb_lemmas(word: str) -> tuple[str, ...]:
    """Every verb lemma lemminflect knows for this form ('nabbed' -> ('nab',)); () if it is no verb form."""
    return all_lemmas(word.lower()).get("VERB", ())


@lru_cache(maxsize=65536)
def noun_lemmas(word: str) -> tuple[str, ...]:
    """Every noun lemma lemminflect knows for this form ('knives' -> ('knife',)); () if none."""
    return all_lemmas(word.lower()).get("NOUN", ())


@lru_cache(maxsize=65536)
def denominal_verb(word: str) -> str | None:
    """English makes verbs of nouns ('summons' -> 'were summonsed', 'taser' -> 'tasered'); lemminflect does
    not list such forms. For an -ed form it knows under no part of speech whose stem is a noun it
    knows, the noun is the verb's lemma; else None."""
    word = word.lower()
    if not word.endswith("ed") or len(word) < 6 or all_lemmas(word):
        return None
    stems = [word[:-2], word[:-1]] + ([word[:-3]] if word[-3] == word[-4] else [])  # "microchipped"
    return next((stem for stem in stems if noun_lemmas(stem) and noun_lemmas(stem)[0] == stem), None)


def is_only_a_base_verb(word: str) -> bool:
    """A base form the lexicon knows as a verb and as nothing else ('follow', 'remain'; not 'report', a noun
    too, nor 'stolen', a participle)."""
    lemmas = all_lemmas(word.lower())
    return bool(lemmas) and set(lemmas) == {"VERB"} and word.lower() in lemmas["VERB"]


def verb_lemma(word: str) -> str | None:
    """The first verb lemma of a form, or None."""
    lemmas = verb_lemmas(word)
    return lemmas[0] if lemmas else None


def noun_lemma(word: str) -> str | None:
    """The first noun lemma of a form, or None."""
    lemmas = noun_lemmas(word)
    return lemmas[0] if lemmas else None


@lru_cache(maxsize=65536)
def is_adverb(word: str) -> bool:
    """An adverb the lexicon knows that is no noun ('allegedly', 'jointly'; not 'supply', 'family', 'July')."""
    word = word.lower()
    return "ADV" in all_lemmas(word) and not noun_lemmas(word)


ASCII_LOOKALIKES = frozenset("\u0130\u0131\u017f\u212a")
"""The non-ASCII letters Python's case-insensitive matching pairs with ASCII ones ('ſ' with 's', 'K' with 'k')."""


class NameSearch:
    """`re.compile(f"{before}(?:{'|'.join(alternatives)}){after}", re.IGNORECASE)` with the same `finditer`
    matches, found faster: an alternation of hundreds of names costs the regex engine a try per name at
    every position. Here only word starts are tried (a match of a name that opens with a letter or digit
    starts at one), each with the names whose first characters (`OPENING`, in ASCII) are the word's, in
    their order, so the same name wins. Names that open otherwise are tried at every word start (an ASCII
    word skips those whose opening has a letter no ASCII letter matches, 'sûr'); a word start not in
    ASCII is tried with every name (case-insensitive matching pairs 'ſ' with 's').

    `names[k]` is the literal text `alternatives[k]` matches ("new year's day" for "new\\ year['’]s\\ day");
    `before` must be a lookbehind."""

    OPENING = 3

    def __init__(self, names: Sequence[str], alternatives: Sequence[str], before: str, after: str) -> None:
        self.pattern = self._compile(alternatives, before, after)
        self.word_start = re.compile(before + r"\w")
        by_opening: dict[str, list[int]] = {}
        fourths: dict[str, set[str] | None] = {}  # opening -> its names' openings one character longer (None: any)
        anywhere: list[int] = []  # names tried at every word start in ASCII
        for k, (name, alternative) in enumerate(zip(names, alternatives, strict=True)):
            openings = ascii_openings(alternative, self.OPENING) if name[:1].isalnum() else None
            if openings is not None:
                longer = ascii_openings(alternative, self.OPENING + 1)
                for opening in openings:  # none: a letter no ASCII letter matches ('sûr'), tried by non-ASCII words
                    by_opening.setdefault(opening, []).append(k)
                    known = fourths.setdefault(opening, set())
                    if known is not None and longer is None:
                        fourths[opening] = None
                    elif known is not None:
                        known.update(four for four in longer if four[:self.OPENING] == opening)
            elif all(ch.isascii() or ch in ASCII_LOOKALIKES for ch in name[:self.OPENING].lower()):
                anywhere.append(k)
            # else: a letter in the opening that no ASCII letter matches ('sûr'): only non-ASCII words try it
        self.everywhere = any(not name[:1].isalnum() for name in names)
        compiled: dict[tuple[int, ...], re.Pattern[str]] = {}  # openings of the same names share a pattern
        self.narrow = {}
        for opening, ks in by_opening.items():
            tried = tuple(sorted(ks + anywhere))
            if tried not in compiled:
                compiled[tried] = self._compile([alternatives[k] for k in tried], before, after)
            self.narrow[opening] = compiled[tried]
        self.fallback = self._compile([alternatives[k] for k in anywhere], before, after) if anywhere else None
        self.columns = _AsciiColumns.of(before, fourths) if not anywhere else None

    @staticmethod
    def _compile(alternatives: Sequence[str], before: str, after: str) -> re.Pattern[str]:
        return re.compile(rf"{before}(?:{'|'.join(alternatives)}){after}", re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.everywhere:  # a name opening with a sign or a space: no word start to wait for
            yield from self.pattern.finditer(text)
            return
        end = 0
        if self.columns is not None and text:
            starts, unsure = self.columns.candidates(text)
        else:
            starts, unsure = (start.start() for start in self.word_start.finditer(text)), frozenset()
        for at in starts:
            if at < end or at in unsure and not self.word_start.match(text, at):
                continue
            head = text[at:at + self.OPENING]
            if head.isascii():
                narrow = self.narrow.get(head.lower(), self.fallback)
                match = narrow.match(text, at) if narrow is not None else None
            else:
                match = self.pattern.match(text, at)
            if match is not None:
                end = match.end()
                yield match


OPENING_UNIT = re.compile(r"\\[^\w]|\\[dDsSwW]|\[(?:\\.|[^\]\\])+\]|[^.^$*+?{}\[\]\\|()]")
"""One character's worth of a name's alternative, as `re.escape` and a name table's substitutions write it:
an escaped sign ('\\ '), a class escape ('\\s'), a bracketed set ('[\\s-]', "['’]") or a plain character."""
QUANTIFIERS = frozenset("?*+{")
MAX_OPENINGS = 64


def ascii_openings(alternative: str, size: int) -> frozenset[str] | None:
    """The lowercase ASCII texts of `size` characters that a case-insensitive match of `alternative` can open
    with ('st[\\s-]patrick' opens 'st ', 'st-', 'st\\t'...), asked of the regular expression itself one
    character's unit at a time; None where the opening is no plain sequence of such units (or has too many
    spellings), so the name is tried at every word start instead. Empty when some unit matches no ASCII character."""
    units = []
    at = 0
    for _ in range(size):
        unit = OPENING_UNIT.match(alternative, at)
        if unit is None:
            return None
        units.append(unit[0])
        at = unit.end()
    if alternative[at:at + 1] in QUANTIFIERS:  # 'abc?': the last unit is optional
        return None
    openings = [""]
    for unit in units:
        chars = sorted({chr(code).lower() for code in range(128) if re.fullmatch(unit, chr(code), re.IGNORECASE)})
        openings = [opening + ch for opening in openings for ch in chars]
        if len(openings) > MAX_OPENINGS:
            return None
    if any(not opening[:1].isalnum() for opening in openings):
        return None
    return frozenset(openings)


class _AsciiColumns:
    """The places a name can start in a text, found with numpy over its code points: a word start
    (as far as ASCII tells: whether a character is a word character, whether it blocks the
    lookbehind, and its lowercase form come from tables built by asking the regular expressions
    themselves) whose first three characters open some name, or are not all ASCII, and whose fourth,
    where it is ASCII, goes on one of those names' openings. Characters outside ASCII are taken as
    possible word characters and non-blocking; a candidate at or after such a character is checked
    with the word start pattern before use, so only places where no name can start are dropped."""

    def __init__(self, word: np.ndarray, blocks: np.ndarray, lower: np.ndarray, at_start: bool,
                 opens: np.ndarray, any_fourth: np.ndarray, fourths: np.ndarray) -> None:
        self.word, self.blocks, self.lower, self.at_start, self.opens = word, blocks, lower, at_start, opens
        """`opens[key(a, b, c)]`: some name opens with the lowercase ASCII characters a, b, c (a table of 2**21
        flags: one gather answers every word start, where a sorted search took ten times as long)."""
        self.any_fourth, self.fourths = any_fourth, fourths
        """`any_fourth[key(a, b, c)]`: some name of that opening may go on with any character (it is three
        characters long, or its fourth is no plain unit); the others' four-character openings, as sorted
        `key(a, b, c) << 7 | d` (most three-letter openings are common words: 'and' of 'Andhra Pradesh')."""

    @classmethod
    def of(cls, before: str, fourths: dict[str, set[str] | None]) -> _AsciiColumns | None:
        """None unless `before` is a one-character lookbehind ('(?<![\\w.])') and the openings are ASCII.
        `fourths`: each opening, with its names' openings one character longer (None when any may follow)."""
        openings = list(fourths)
        if not openings or not re.fullmatch(r"\(\?<!\[[^\]]+\]\)", before) \
                or not all(o.isascii() and "\0" not in o for o in openings):
            return None
        start = re.compile(before + r"\w")
        ascii_chars = [chr(code) for code in range(128)]
        word = np.array([re.fullmatch(r"\w", ch) is not None for ch in ascii_chars])
        blocks = np.array([start.match(ch + "a", 1) is None for ch in ascii_chars])
        lower = np.array([ord(ch.lower()) for ch in ascii_chars], dtype=np.uint32)
        opens = np.zeros(1 << 21, dtype=bool)
        opens[[cls.key(ord(a), ord(b), ord(c)) for a, b, c in openings]] = True
        any_fourth = np.zeros(1 << 21, dtype=bool)
        any_fourth[[cls.key(ord(a), ord(b), ord(c)) for (a, b, c), four in fourths.items() if four is None]] = True
        keys = sorted({cls.key(ord(a), ord(b), ord(c)) << 7 | ord(d)
                       for four in fourths.values() if four is not None for a, b, c, d in four})
        return cls(word, blocks, lower, start.match("a") is not None, opens, any_fourth,
                   np.array(keys or [0], dtype=np.uint32))

    @staticmethod
    def key(a: Any, b: Any, c: Any) -> Any:
        return (a << 14) | (b << 7) | c

    def candidates(self, text: str) -> tuple[list[int], set[int]]:
        """The candidate starts, in order, and those of them that the word start pattern must still confirm:
        where the character or the one before it is not ASCII (the tables answer for ASCII exactly)."""
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        size = len(codes)
        ascii_ = codes < 128
        safe = np.where(ascii_, codes, 0)
        other = ~ascii_  # outside ASCII: whether it is a word character, or blocks, the patterns decide
        may_follow = np.empty(size, dtype=bool)  # the character before allows a word start
        may_follow[0] = self.at_start
        may_follow[1:] = other[:-1] | ~self.blocks[safe[:-1]]
        starts = np.flatnonzero((self.word[safe] | other) & may_follow)  # the opening is read at these only
        lower = np.concatenate([self.lower[safe], np.zeros(3, dtype=np.uint32)])  # past the end: no opening
        keys = self.key(lower[starts], lower[starts + 1], lower[starts + 2])
        ascii_ = np.concatenate([ascii_, np.ones(3, dtype=bool)])
        ascii_head = ascii_[starts] & ascii_[starts + 1] & ascii_[starts + 2]
        fourth = keys << 7 | lower[starts + 3]
        found = np.searchsorted(self.fourths, fourth)
        goes_on = self.fourths[np.minimum(found, len(self.fourths) - 1)] == fourth
        goes_on |= self.any_fourth[keys] | ~ascii_[starts + 3]  # a fourth character outside ASCII: the regex decides
        tried = self.opens[keys] & goes_on | ~ascii_head  # a name opens so, or every name is tried
        starts = starts[tried]
        before_ascii = ascii_[np.maximum(starts - 1, 0)] | (starts == 0)
        return starts.tolist(), set(starts[~(ascii_[starts] & before_ascii)].tolist())
