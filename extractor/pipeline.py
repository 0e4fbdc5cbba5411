"""The spaCy pipeline: tokenizer, metadata, the rule files (one matcher component), then the facts.

Data flows one way: text -> Doc -> span groups (rulers) -> facts (`doc._.facts`) -> record.
"""

from __future__ import annotations

import datetime as dt
import re
import re._parser as re_parser  # pattern widths; the public `re` has no API for them
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from string import ascii_letters
from typing import Any, NamedTuple

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_suffix_regex, filter_spans

from extractor.anchored import AnchoredMatcher, CheckIndex, anchored_matches
from extractor.metadata import Metadata, read_metadata
from extractor.models import LONE_SURROGATE, has_lone_surrogate
from extractor.numbers import point_grouping_doubt
from extractor.patterns import DEFAULT_PATTERNS_DIR, PatternRule, load_pattern_dirs

MAX_TEXT_CHARS = 100_000_000
"""spaCy refuses texts over 1,000,000 characters by default (a guard for parsers' memory); our blank
pipeline is linear, and the loaders' --max-bytes bound is the limit that counts."""


MAX_RUN_CHARS = 256
"""The longest whitespace-free run spaCy's tokenizer is given. Its prefix/suffix loop rescans the rest
of a run after each piece it strips, so its cost grows with the square of a run's length (30,000
quotation marks: minutes). Runs up to this bound (long URLs included) are tokenized exactly as spaCy
does; a longer run is no release's prose: it is cut into tokens of this length, in linear time."""

REPLACEMENT_CHAR = "\ufffd"
LINE_WRAP = re.compile(r"\n(?<=[^\W_]\n|[,;)]\n)(?=[a-z])")
"""A newline inside a sentence of text wrapped at a fixed width (PDFs, plain-text archives): after a
letter, digit, comma, semicolon or closing parenthesis, before a lowercase letter ("offenders have
\nbeen identified"). A blank line, a line that ends a sentence or a colon, and a capital, bullet or
number after the break keep their line structure. The newline comes first in the pattern (the
character before it is checked by looking back over both): the regex engine then jumps from newline
to newline instead of trying the lookbehind at every character (~40 times faster)."""


VIEW_CHANGED_KEY = "press_view_changed"
"""doc.user_data flag: the tokenizer read a character of the text as another (`tokenizer_view`)."""
WARNINGS_KEY = "press_value_warnings"
"""doc.user_data list of values read with doubt ('Monday, Feb 18' when Feb 18 is no Monday, '25.000 pills'),
shown in the record's warnings."""


def note_doubt(doc: Doc, warning: str) -> None:
    """A value's doubt, for the record's warnings; once, as some fields are read twice per Doc."""
    notes = doc.user_data.setdefault(WARNINGS_KEY, [])
    if warning not in notes:
        notes.append(warning)


def note_grouping_doubts(doc: Doc, facts: Sequence[Any], kind: str) -> None:
    """'25.000 pills', '1.000 kg': a value whose point may separate thousands is kept as English reads it and
    its doubt noted, never passed over in silence."""
    for fact in facts:
        doubt = point_grouping_doubt(fact.text)
        if doubt is not None:
            note_doubt(doc, f"{kind} '{fact.text}': {doubt} (at character {fact.start})")


def tokenizer_view(text: str) -> str:
    """The text the tokenizer reads, one character for one so every offset stays true: a lone
    surrogate (which spaCy's string store cannot encode) as U+FFFD, and a line-wrap newline as a space,
    so the words on both sides of a wrap stay one phrase. Mention texts are sliced from the caller's
    own text again (record.restore_mention_texts); metadata reads the caller's text itself."""
    if not text.isascii() and has_lone_surrogate(text):  # a lone surrogate is never ASCII
        text = LONE_SURROGATE.sub(REPLACEMENT_CHAR, text)
    return LINE_WRAP.sub(" ", text)


class BoundedTokenizer:
    """spaCy's tokenizer, but linear on any text: over-long whitespace-free runs become tokens of
    `max_run` characters; the text between them goes to spaCy's tokenizer unchanged, so the Doc's
    tokens there are spaCy's own. `doc.text` is `tokenizer_view(input)`: one character for one, so
    offsets stay true."""

    def __init__(self, inner: Callable[[str], Doc], max_run: int = MAX_RUN_CHARS) -> None:
        self.inner = inner
        self.vocab = inner.vocab
        self.max_run = max_run
        self.long_run = re.compile(rf"\S{{{max_run + 1},}}")  # `\S`: not str.isspace, as in spaCy

    def __getattr__(self, name: str) -> Any:
        """The rest of spaCy's tokenizer API (to_bytes, add_special_case, explain...) is the inner one's."""
        if name == "inner":  # not set yet (copying, unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)

    def __call__(self, text: str) -> Doc:
        view = tokenizer_view(text)
        if not self.has_long_run(view):
            doc = self.inner(view)
        else:
            doc = Doc.from_docs([self.inner(piece) if normal else self.run_doc(piece)
                                 for normal, piece in self.pieces(view)], ensure_whitespace=False)
        doc.user_data[VIEW_CHANGED_KEY] = view != text  # mention texts are then sliced from the caller's text
        return doc

    def has_long_run(self, text: str) -> bool:
        """Whether `long_run` finds a run in `text`, read off `str.split` (which splits where `\\s` matches:
        both ask `str.isspace`) in a third of the regex's time."""
        return len(text) > self.max_run and max(map(len, text.split()), default=0) > self.max_run

    def pieces(self, text: str) -> Iterator[tuple[bool, str]]:
        """(True, text for spaCy) and (False, over-long run) pieces, in order, covering `text`. A run's
        piece takes the single space after it, as spaCy would (the token's trailing whitespace)."""
        pos = 0
        for match in self.long_run.finditer(text):
            if match.start() > pos:
                yield True, text[pos:match.start()]
            pos = match.end() + (text.startswith(" ", match.end()))
            yield False, text[match.start():pos]
        if pos < len(text):
            yield True, text[pos:]

    def run_doc(self, run: str) -> Doc:
        """An over-long run (maybe with one trailing space) as tokens of `max_run` characters."""
        spaced = run.endswith(" ")
        run = run.rstrip(" ")
        words = [run[i:i + self.max_run] for i in range(0, len(run), self.max_run)]
        spaces = [False] * len(words)
        spaces[-1] = spaced
        return Doc(self.vocab, words=words, spaces=spaces)


KEPT_STRINGS = 1 << 16
"""Distinct strings whose answers `SuffixSearch` and `KeptRegex` keep (each at most `MAX_RUN_CHARS` long)."""


def kept_answer(found: dict[str, Any], string: str, find: Callable[[str], Any]) -> Any:
    """`find(string)`, worked out once per distinct string and kept in `found` (emptied when it is full):
    the tokenizer asks its regexes about every new piece of a cold text, and pieces repeat ('SPD' in
    '(SPD)' and 'SPD's'); spaCy's own cache keeps whole chunks only."""
    if string in found:
        return found[string]
    if len(found) >= KEPT_STRINGS:
        found.clear()
    answer = found[string] = find(string)
    return answer


def letters_never_match(regex: re.Pattern[str]) -> bool:
    """No match of `regex` can lie in a string of ASCII letters only ('arrested', 'FBI'): each of its
    alternatives must consume, or see in a lookahead or lookbehind, some character that no ASCII letter
    is. Read off the parsed pattern, each character class asked of the regex engine itself (with the
    flags in force there); what this does not read ('.', a negated letter, a back-reference, a repeat
    that may be absent) is taken as able to match. spaCy's English affix, infix and URL patterns all
    qualify: most of a cold text's new pieces are such words, and each used to cost every pattern a
    search (the suffix pattern alone ~10 µs a word)."""
    parsed = re_parser.parse(regex.pattern, regex.flags)
    return _needs_non_letter(list(parsed), bool(parsed.state.flags & re.IGNORECASE))


def _needs_non_letter(items: list[tuple[Any, Any]], ignore_case: bool) -> bool:
    """Some element of a parsed sequence must meet a character that is no ASCII letter."""
    return any(_element_needs_non_letter(op, av, ignore_case) for op, av in items)


def _element_needs_non_letter(op: Any, av: Any, ignore_case: bool) -> bool:
    if op is re_parser.LITERAL:
        return not _class_holds_a_letter([(op, av)], ignore_case)
    if op is re_parser.IN:
        return not _class_holds_a_letter(av, ignore_case)
    if op is re_parser.SUBPATTERN:  # (group, flags added, flags removed, pattern)
        _, added, removed, sub = av
        ignore_case = bool((ignore_case or added & re.IGNORECASE) and not removed & re.IGNORECASE)
        return _needs_non_letter(list(sub), ignore_case)
    if op is re_parser.BRANCH:
        return all(_needs_non_letter(list(alternative), ignore_case) for alternative in av[1])
    if op in (re_parser.MAX_REPEAT, re_parser.MIN_REPEAT, re_parser.POSSESSIVE_REPEAT):
        least, _, sub = av
        return least >= 1 and _needs_non_letter(list(sub), ignore_case)
    if op is re_parser.ATOMIC_GROUP:
        return _needs_non_letter(list(av), ignore_case)
    if op is re_parser.ASSERT:  # a lookahead or lookbehind that must see such a character (ASSERT_NOT need not)
        return _needs_non_letter(list(av[1]), ignore_case)
    return False


CATEGORY_ESCAPES = {re_parser.CATEGORY_DIGIT: r"\d", re_parser.CATEGORY_NOT_DIGIT: r"\D",
                    re_parser.CATEGORY_SPACE: r"\s", re_parser.CATEGORY_NOT_SPACE: r"\S",
                    re_parser.CATEGORY_WORD: r"\w", re_parser.CATEGORY_NOT_WORD: r"\W"}


def _class_holds_a_letter(items: list[tuple[Any, Any]], ignore_case: bool) -> bool:
    """Whether a parsed character class (or one literal) matches some ASCII letter, asked of the engine."""
    negated = bool(items) and items[0][0] is re_parser.NEGATE
    parts = []
    for op, av in items[negated:]:
        if op is re_parser.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is re_parser.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is re_parser.CATEGORY and av in CATEGORY_ESCAPES:
            parts.append(CATEGORY_ESCAPES[av])
        else:
            return True
    members = re.compile(f"[{'^' if negated else ''}{''.join(parts)}]", re.IGNORECASE if ignore_case else 0)
    return any(members.fullmatch(letter) for letter in ascii_letters)


class SuffixSearch:
    """spaCy's suffix search with the same answers, in time independent of the string's length.

    Every suffix pattern ends at `$`, and all matches end at the same place, so the answer is the
    match that starts leftmost. A pattern at most `width` characters long can only start in the last
    `width` + 1 (a `$` also matches before a final newline): it is searched there only (`pos` keeps
    lookbehinds' view of what precedes). The few unbounded patterns ('..+') are cheap to search in
    full. `re.search` over the whole string, for ~80 alternatives at every position, made the
    tokenizer's affix loop slow on long runs of punctuation."""

    def __init__(self, suffixes: Sequence[str]) -> None:
        widths = {entry: re_parser.parse(f"{entry}$").getwidth()[1] for entry in suffixes}
        bounded = [entry for entry in suffixes if widths[entry] <= MAX_RUN_CHARS]
        unbounded = [entry for entry in suffixes if widths[entry] > MAX_RUN_CHARS]
        self.width = max((widths[entry] for entry in bounded), default=0) + 1
        self.bounded = compile_suffix_regex(bounded) if bounded else None
        self.unbounded = compile_suffix_regex(unbounded) if unbounded else None
        whole = compile_suffix_regex(suffixes)
        self.pattern = whole.pattern  # what spaCy serializes
        self.skips_words = letters_never_match(whole)
        self.found: dict[str, re.Match[str] | None] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "found": {}}  # match objects do not pickle; the cache refills

    def search(self, string: str) -> re.Match[str] | None:
        """The suffix match (each search tries ~80 alternatives), once per distinct string (`kept_answer`);
        none in a word of ASCII letters when no suffix can be found there (`letters_never_match`)."""
        if self.skips_words and string.isascii() and string.isalpha():
            return None
        return kept_answer(self.found, string, self._search)

    def _search(self, string: str) -> re.Match[str] | None:
        near = self.bounded.search(string, max(0, len(string) - self.width)) if self.bounded else None
        far = self.unbounded.search(string) if self.unbounded else None
        if far is None or (near is not None and near.start() <= far.start()):
            return near
        return far


class KeptRegex:
    """One of a tokenizer regex's calls (`search`, `match` or `finditer`: an instance serves one) with
    the regex's own answers, found once per distinct string (`kept_answer`), and found at once for a
    word of ASCII letters when the regex can match nothing there (`letters_never_match`)."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern  # what spaCy serializes
        self.skips_words = letters_never_match(regex)
        self.found: dict[str, Any] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "found": {}}  # match objects do not pickle; the cache refills

    def search(self, string: str) -> re.Match[str] | None:
        if self.skips_words and string.isascii() and string.isalpha():
            return None
        return kept_answer(self.found, string, self.regex.search)

    def match(self, string: str) -> re.Match[str] | None:
        if self.skips_words and string.isascii() and string.isalpha():
            return None
        return kept_answer(self.found, string, self.regex.match)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        if self.skips_words and string.isascii() and string.isalpha():
            return iter(())
        return iter(kept_answer(self.found, string, self._all_matches))

    def _all_matches(self, string: str) -> tuple[re.Match[str], ...]:
        return tuple(self.regex.finditer(string))


def speed_up_tokenizer_regexes(tokenizer: Callable[[str], Doc], suffixes: Sequence[str] | None) -> None:
    """Swap in `SuffixSearch` when the tokenizer's suffix regex is the one built from `suffixes`, and
    `KeptRegex` calls for its prefix, infix and URL regexes."""
    current = getattr(tokenizer, "suffix_search", None)
    regex = getattr(current, "__self__", None)
    if suffixes and isinstance(regex, re.Pattern) and regex.pattern == compile_suffix_regex(suffixes).pattern:
        tokenizer.suffix_search = SuffixSearch(suffixes).search
    for name, method in (("prefix_search", "search"), ("infix_finditer", "finditer"), ("url_match", "match")):
        regex = getattr(getattr(tokenizer, name, None), "__self__", None)
        if isinstance(regex, re.Pattern) and getattr(getattr(tokenizer, name), "__name__", None) == method:
            setattr(tokenizer, name, getattr(KeptRegex(regex), method))


def cached_text(doc: Doc) -> str:
    """`doc.text` once per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("press_text")
    if text is None:
        text = doc.user_data["press_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, sliced from the Doc's kept text when the tokenizer read that text unchanged (spaCy joins the
    span's tokens again on every access: ~2 µs for a name, and the fields ask for every mention)."""
    doc = span.doc
    if doc.user_data.get(VIEW_CHANGED_KEY, True):
        return span.text
    return cached_text(doc)[span.start_char:span.end_char]


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` for tokens start..end-1 of the Doc (start < end), as `span_text` reads it."""
    if doc.user_data.get(VIEW_CHANGED_KEY, True):
        return doc[start:end].text
    last = doc[end - 1]
    return cached_text(doc)[doc[start].idx:last.idx + len(last)]


META_KEY = "press_meta"
"""doc.user_data key of `doc._.meta`: the metadata component's reading of the release."""


def release_meta(doc: Doc) -> Metadata | None:
    """`doc._.meta`, read straight from the Doc's user data: spaCy builds a new `doc._` view on every
    access (~2 µs), and the per-span tests (excluded ranges, headline checks) ask hundreds of times a release."""
    return doc.user_data.get(META_KEY)


def _set_release_meta(doc: Doc, meta: Metadata | None) -> None:
    doc.user_data[META_KEY] = meta


def register_extensions() -> None:
    """Doc attributes every process needs (idempotent: workers call it too)."""
    for name, default in (("release_date_given", None), ("facts", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("meta"):
        Doc.set_extension("meta", getter=release_meta, setter=_set_release_meta)
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
        doc._.meta = read_metadata(cached_text(doc), given)
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
        if release_meta(doc) is None:
            doc._.meta = read_metadata(cached_text(doc), doc._.release_date_given)
        facts: dict[str, Any] = {}
        doc._.facts = facts
        for name, extract in self.extractors.items():  # in the registry's order: a later field may read
            facts[name] = extract(doc)                 # an earlier one's facts (counts read operations)
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
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        speed_up_tokenizer_regexes(nlp.tokenizer, nlp.Defaults.suffixes)
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
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


MAX_FIXED_SEQUENCES = 256
FLAG_ATTRS = {"IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_ALPHA", "IS_DIGIT", "LIKE_NUM"}


class FixedWords(NamedTuple):
    """A token pattern that only lists words, as the word sequences it matches (for a PhraseMatcher on
    `attr`) and the flags each position must have (checked on the matches)."""

    attr: str
    sequences: list[list[str]]
    flags: list[dict[str, bool]]


def fixed_word_sequences(pattern: list[dict]) -> FixedWords | None:
    """'[{"LOWER": {"IN": ["a", "one"]}}, {"LOWER": "week"}]': no operators, one word attribute throughout
    (LOWER, or ORTH/TEXT), maybe boolean flags beside it ('IS_LOWER': false). None for any other pattern:
    the Matcher keeps it. The Matcher pays a state per token and pattern; a PhraseMatcher one hash lookup."""
    attrs = set()
    choices: list[list[str]] = []
    flags: list[dict[str, bool]] = []
    for token in pattern:
        words_keys = [key for key in token if key in ("LOWER", "ORTH", "TEXT", "SHAPE")]
        checks = {key: value for key, value in token.items() if key in FLAG_ATTRS and isinstance(value, bool)}
        if len(words_keys) != 1 or len(checks) + 1 != len(token):
            return None
        value = token[words_keys[0]]
        attr = "ORTH" if words_keys[0] == "TEXT" else words_keys[0]  # spaCy's TEXT is the token's ORTH
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(w, str) for w in value["IN"]):
            words = list(value["IN"])
        else:
            return None
        if not words or any(not w for w in words) or attr == "LOWER" and any(w != w.lower() for w in words):
            return None
        attrs.add(attr)
        choices.append(words)
        flags.append(checks)
    count = 1
    for words in choices:
        count *= len(words)
    if len(attrs) != 1 or count > MAX_FIXED_SEQUENCES:
        return None
    attr = attrs.pop()
    if attr == "SHAPE":  # a word of that shape stands for it: "d/dd/dddd" is the shape of "1/11/1111"
        choices = [[word_of_shape(w) for w in words] for words in choices]
    sequences: list[list[str]] = [[]]
    for words in choices:
        sequences = [seq + [w] for seq in sequences for w in words]
    return FixedWords(attr, sequences, flags)


def word_of_shape(shape: str) -> str:
    return shape.translate(str.maketrans({"d": "1", "x": "a", "X": "A"}))


def has_flags(doc: Doc, start: int, flags: list[dict[str, bool]]) -> bool:
    return all(getattr(doc[start + k], name.lower()) == value for k, checks in enumerate(flags)
               for name, value in checks.items())


@Language.factory("press_rulers")
def make_rulers(nlp: Language, name: str) -> RulersComponent:
    return RulersComponent(nlp)


class RulersComponent:
    """Fills `doc.spans[NAME]` for each rule file NAME: phrases matched on lowercase text, token patterns
    with the Matcher (one per group, run where a match can start: `AnchoredMatcher`); within a group,
    overlapping matches keep the first longest ('Oct. 12 to 15' over 'Oct. 12'); span labels are the
    rules' labels, `span.id_` their ids."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.matchers: dict[str, AnchoredMatcher] = {}  # group -> its token patterns
        self.checks = CheckIndex()  # the matchers' anchor checks, shared
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH", "SHAPE")}
        self.flags: dict[int, list[dict[str, bool]]] = {}  # match key -> flags per position, for exact words
        self.keys: list[str] = []
        self.rules: dict[int, tuple[str, int, int]] = {}  # match key -> (group, label, rule id)

    def add_groups(self, groups: dict[str, list[PatternRule]]) -> None:
        for key, rules in groups.items():
            if key not in self.keys:
                self.keys.append(key)
            for rule in rules:
                match_key = f"{key}\x1f{rule.id}"
                strings = self.nlp.vocab.strings  # label and id as hashes: a Span takes them without a lookup
                self.rules[strings.add(match_key)] = (key, strings.add(rule.label), strings.add(rule.id))
                if isinstance(rule.pattern, str):
                    self.phrases.add(match_key, [self.nlp.make_doc(rule.pattern)])
                    continue
                fixed = fixed_word_sequences(rule.pattern)
                if fixed is None:
                    if key not in self.matchers:
                        self.matchers[key] = AnchoredMatcher(self.nlp.vocab, self.checks)
                    self.matchers[key].add(match_key, rule.pattern)
                else:  # the same matches from a hash lookup per token instead of the Matcher's state machine
                    self.exact[fixed.attr].add(match_key, [Doc(self.nlp.vocab, words=w) for w in fixed.sequences])
                    if any(fixed.flags):
                        self.flags[self.nlp.vocab.strings[match_key]] = fixed.flags

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[Span]] = {key: [] for key in self.keys}
        matches = self.token_matches(doc)
        for phrases in (self.phrases, *self.exact.values()):
            if len(phrases):
                matches += phrases(doc)
        if self.flags:
            matches = [m for m in matches if m[0] not in self.flags or has_flags(doc, m[1], self.flags[m[0]])]
        for match_id, start, end in matches:
            key, label, rule_id = self.rules[match_id]
            found[key].append(Span(doc, start, end, label=label, span_id=rule_id))
        for key, spans in found.items():
            doc.spans[key] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc

    def token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The token patterns' matches, group by group (ties only matter within a group)."""
        return list(anchored_matches(doc, list(self.matchers.values()), self.checks))
