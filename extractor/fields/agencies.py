"""Agencies: government bodies named in a release, one record per body with all its forms.

`patterns/agencies.jsonl` finds the candidate spans (span group `agencies`): capitalized words
ending in an agency head word ("... Sheriff's Department", "... Task Force"), head words with an
"of" complement ("Department of Justice"), well-known acronyms ("FBI", "FBIs") and acronym plus
city ("FBI Denver"); longer matches win over the shorter ones inside them. `NOT_AGENCY` rules
(charities such as NCMEC) win the same way and are then ignored.

This module groups the mentions into agencies:

* an acronym in parentheses after a name ("Drug Enforcement Administration (DEA)") is an alias
  of that name, and every later use of the acronym is a mention of it;
* any other acronym joins the agency whose initials it spells ("FBI" - "Federal Bureau of
  Investigation", "DOJ" - "Department of Justice");
* a shorter form whose words appear in order in a longer one and that ends the same way is the
  same agency ("Criminal Division" - "Justice Department's Criminal Division", "Sheriff's
  Department" - "Los Angeles County Sheriff's Department"); so is a form that the longer one only
  completes ("U.S. Marshals" - "U.S. Marshals Service");
* bare generic forms ("the Police Department", "District Attorney's Office") are kept only as
  aliases of a named agency; headline mentions only join agencies named in the body.

`name` is the longest form in the body, `aliases` the other forms, `mentions` every span.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extractor.models import Agency, Mention

GROUP = "agencies"
NAME_LABELS = frozenset({"AGENCY", "AGENCY_ACRONYM", "AGENCY_PLACE"})
ACRONYM_LABEL = "AGENCY_ACRONYM"
PLACE_LABEL = "AGENCY_PLACE"

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
LEADING_JUNK = frozenset({"the", "and", "&", "-", "of", "for", "'s", "’s", ",", "–", "—"})
FUNCTION_WORDS = frozenset({"and", "of", "the", "for", "&", "in", "on"})
COMPANY_SUFFIXES = frozenset({"inc", "inc.", "llc", "l.l.c.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "lp"})
# "New York City Police Commissioner" names a person's title, not the department.
TITLE_FOLLOWERS = frozenset({
    "chief", "commissioner", "director", "officer", "officers", "captain", "lieutenant", "sergeant", "detective",
    "detectives", "deputy", "sheriff", "superintendent", "spokesman", "spokeswoman", "spokesperson", "lt.",
    "sgt.", "capt.", "agent", "agents",
})
GENERIC_WORDS = frozenset({
    "police", "department", "departments", "sheriff", "sheriffs", "office", "offices", "task", "force", "forces",
    "strike", "unit", "units", "division", "divisions", "section", "bureau", "district", "attorney", "attorneys",
    "county", "city", "agency", "agencies", "local", "regional", "field", "program", "service", "services",
    "investigations", "operations", "enforcement", "law", "center", "team", "squad", "branch", "patrol", "board",
    "group", "commission", "administration", "state", "federal",
})
# A form ending in one of these is a whole body; a longer form that goes on ("Criminal Division's
# Fraud Section") is another body, not a fuller name of it.
COMPLEMENT_WORDS = frozenset({"of", "for", "in"})
STRONG_HEADS = frozenset({
    "department", "departments", "office", "offices", "bureau", "division", "divisions", "section", "unit",
    "branch", "force", "forces", "agency", "administration", "commission", "center", "team", "squad",
})


@dataclass
class _Mention:
    span: Span
    words: tuple[str, ...]
    acronym: bool
    headline: bool

    @property
    def standalone_in_title(self) -> bool:
        """Headlines capitalize everything, but an acronym ('SCPD provides ...') is still a name there."""
        return self.acronym or self.span.label_ == PLACE_LABEL

    @property
    def text(self) -> str:
        if self.acronym and len(self.span) == 1:
            return acronym_key(self.span.text)
        return " ".join(self.span.text.split())


@dataclass
class _Group:
    mentions: list[_Mention] = field(default_factory=list)
    rule: str | None = None

    @property
    def longest(self) -> _Mention:
        body = [m for m in self.mentions if not m.headline] or self.mentions
        return max(body, key=lambda m: (not m.acronym, len(m.words), len(m.text), -m.span.start_char))

    def nearest_before(self, start: int) -> int:
        before = [m.span.start_char for m in self.mentions if m.span.start_char <= start]
        return max(before) if before else -1


def norm_words(span: Span) -> tuple[str, ...]:
    """Lowercase words without 'the', possessive marks and punctuation, as the scorer compares."""
    words = []
    for token in span:
        if token.is_punct or token.is_space or token.text in POSSESSIVES or token.lower_ == "the":
            continue
        word = token.lower_.replace(".", "").replace("'", "").replace("’", "")
        if word:
            words.append(word)
    return tuple(words)


def _same_word(a: str, b: str) -> bool:
    """'departments' (a DOJ scrape's possessive) is 'department'."""
    return a == b or a + "s" == b or b + "s" == a


def is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(any(_same_word(word, other) for other in it) for word in short)


def initials(words: tuple[str, ...]) -> set[str]:
    """Acronyms a name may be written as: with and without 'of'/'U.S.', e.g. DOJ, DHS, USMS, USCIS."""
    variants = {words}
    if words and words[0] in {"us", "united"}:
        variants.add(words[2:] if words[0] == "united" else words[1:])
    result = set()
    for variant in variants:
        content = [w for w in variant if w not in FUNCTION_WORDS]
        with_of = [w for w in variant if w not in FUNCTION_WORDS or w == "of"]
        for chosen in (content, with_of):
            letters = "".join("us" if w == "us" else w[0] for w in chosen if w)
            if len(letters) >= 2:
                result.add(letters)
    return result


def _is_generic(words: tuple[str, ...]) -> bool:
    return all(w in GENERIC_WORDS for w in words)


def _clean(span: Span) -> Span | None:
    """Drop leading joints ('s, and, the) and trailing punctuation left by the patterns."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in LEADING_JUNK or span.doc[start].is_space):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return Span(span.doc, start, end, label=span.label, span_id=span.id)


def _next_word(doc: Doc, index: int) -> str:
    while index < len(doc) and doc[index].is_space:
        index += 1
    return doc[index].lower_ if index < len(doc) else ""


def _rejected(doc: Doc, span: Span) -> bool:
    """Companies ('... Services Inc.') and titles ('Police Commissioner') are not agencies."""
    after = _next_word(doc, span.end)
    if after in COMPANY_SUFFIXES:
        return True
    if span.label_ == PLACE_LABEL and span.end < len(doc) and doc[span.end].text[:1].isupper():
        return True
    return span[-1].lower_ == "police" and after in TITLE_FOLLOWERS


def _in_title(doc: Doc, start: int, end: int) -> bool:
    meta = doc._.meta
    return bool(meta and meta.title_range and start < meta.title_range[1] and meta.title_range[0] < end)


def _excluded(doc: Doc, start: int, end: int) -> bool:
    meta = doc._.meta
    return bool(meta and meta.is_excluded(start, end))


def _candidate_spans(doc: Doc) -> list[Span]:
    spans = []
    for raw in doc.spans[GROUP]:
        if raw.label_ not in NAME_LABELS:
            continue
        cleaned = _clean(raw)
        if cleaned is None:
            continue
        for span in split_unit_of_parent(cleaned):
            if not (_excluded(doc, span.start_char, span.end_char) or _rejected(doc, span)):
                spans.append(span)
    return spans


def split_unit_of_parent(span: Span) -> list[Span]:
    """'Organized Crime and Gang Section of the Justice Department's Criminal Division' names two
    bodies, a unit and its parent: split at 'of (the)' when both sides end in a head word."""
    for token in span:
        if token.lower_ not in ("of", "for") or token.i - span.start < 2:
            continue
        unit = span.doc[span.start : token.i]
        parent_start = token.i + 1
        if parent_start < span.end and span.doc[parent_start].lower_ == "the":
            parent_start += 1
        parent = span.doc[parent_start : span.end]
        if len(parent) >= 2 and unit[-1].lower_ in STRONG_HEADS and parent[-1].lower_ in STRONG_HEADS:
            label, span_id = span.label, span.id
            return [Span(span.doc, unit.start, unit.end, label=label, span_id=span_id),
                    Span(span.doc, parent.start, parent.end, label=label, span_id=span_id)]
        return [span]
    return [span]


def _defined_acronym(doc: Doc, span: Span) -> str | None:
    """'Drug Enforcement Administration (DEA)': the upper-case word in parentheses after a name."""
    i = span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        word = doc[i + 1].text
        if 2 <= len(word) <= 10 and word[0].isupper() and sum(c.isupper() for c in word) >= 2:
            return word
    return None


def _acronym_spans(doc: Doc, acronyms: set[str], taken: set[int]) -> list[Span]:
    """Every other use of an acronym the text defined (plain or DOJ-scrape possessive 'DEAs')."""
    spans = []
    for token in doc:
        text = token.text
        if token.i in taken:
            continue
        if text in acronyms or (text.endswith("s") and text[:-1] in acronyms):
            span = Span(doc, token.i, token.i + 1, label=ACRONYM_LABEL)
            if not _excluded(doc, span.start_char, span.end_char):
                spans.append(span)
    return spans


def acronym_key(word: str) -> str:
    """'FBIs' (a DOJ scrape's 'FBI's') is 'FBI'."""
    return word[:-1] if word.endswith("s") and word[:-1].isupper() else word


class _Grouper:
    """Puts mentions into agencies, longest forms first so that shorter forms find them."""

    def __init__(self, defined: dict[str, _Mention]) -> None:
        self.groups: list[_Group] = []
        self.by_words: dict[tuple[str, ...], _Group] = {}
        self.defined = defined
        self.of_mention: dict[int, _Group] = {}

    def add(self, mention: _Mention) -> None:
        group = self.by_words.get(mention.words)
        if group is None and mention.acronym:
            group = self._acronym_group(mention)
        if group is None and not mention.acronym:
            group = self._containing_group(mention)
        if group is None:
            if (mention.headline and not mention.standalone_in_title) or (
                    _is_generic(mention.words) and not mention.acronym):
                return
            group = _Group(rule=mention.span.id_ or None)
            self.groups.append(group)
        group.mentions.append(mention)
        self.by_words.setdefault(mention.words, group)
        self.of_mention[id(mention)] = group

    def _acronym_group(self, mention: _Mention) -> _Group | None:
        key = acronym_key(mention.span.text)
        definer = self.defined.get(key)
        if definer is not None and id(definer) in self.of_mention:
            return self.of_mention[id(definer)]
        letters = key.lower().replace("-", "")
        exact = [g for g in self.groups if any(letters in initials(m.words) for m in g.mentions if not m.acronym)]
        if exact:
            return self._nearest(exact, mention)
        partial = [g for g in self.groups if len(letters) >= 3 and any(
            letters in i for m in g.mentions if not m.acronym for i in initials(m.words))]
        return self._nearest(partial, mention) if partial else None

    def _containing_group(self, mention: _Mention) -> _Group | None:
        words = mention.words
        found = []
        for group in self.groups:
            for other in group.mentions:
                if other.acronym or len(other.words) <= len(words):
                    continue
                if _shorter_form_of(words, other.words):
                    found.append(group)
                    break
        return self._nearest(found, mention) if found else None

    @staticmethod
    def _nearest(groups: list[_Group], mention: _Mention) -> _Group:
        start = mention.span.start_char
        return max(groups, key=lambda g: (g.nearest_before(start), -groups.index(g)))


def _shorter_form_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """'criminal division' of 'justice departments criminal division'; 'us marshals' of 'us marshals service'."""
    if not short or not is_subsequence(short, long):
        return False
    if short[-1] == long[-1]:
        return True
    is_prefix = all(_same_word(a, b) for a, b in zip(short, long, strict=False))
    completes = long[len(short)] in COMPLEMENT_WORDS
    return is_prefix and (short[-1] not in STRONG_HEADS or completes)


def _make_mention(doc: Doc, span: Span) -> _Mention:
    acronym = span.label_ == ACRONYM_LABEL
    words = (acronym_key(span.text).lower(),) if acronym and len(span) == 1 else norm_words(span)
    return _Mention(span, words, acronym, _in_title(doc, span.start_char, span.end_char))


def _mentions(doc: Doc) -> tuple[list[_Mention], dict[str, _Mention]]:
    spans = _candidate_spans(doc)
    mentions: list[_Mention] = []
    defined: dict[str, _Mention] = {}
    taken: set[int] = set()
    for span in spans:
        mention = _make_mention(doc, span)
        if not mention.words:
            continue
        mentions.append(mention)
        taken.update(range(span.start, span.end))
        acronym = None if mention.acronym else _defined_acronym(doc, span)
        if acronym and acronym not in defined:
            defined[acronym] = mention
    for span in _acronym_spans(doc, set(defined), taken):
        mentions.append(_make_mention(doc, span))
    return mentions, defined


def extract(doc: Doc) -> list[Agency]:
    if GROUP not in doc.spans:
        return []
    mentions, defined = _mentions(doc)
    grouper = _Grouper(defined)
    body = [m for m in mentions if not m.headline]
    full = sorted((m for m in body if not m.acronym), key=lambda m: (-len(m.words), m.span.start_char))
    for mention in full:
        grouper.add(mention)
    for mention in sorted((m for m in body if m.acronym), key=lambda m: m.span.start_char):
        grouper.add(mention)
    for mention in (m for m in mentions if m.headline):
        grouper.add(mention)
    return [_agency(group) for group in sorted(grouper.groups, key=lambda g: min(m.span.start_char
                                                                                 for m in g.mentions))]


def _agency(group: _Group) -> Agency:
    name_mention = group.longest
    aliases: list[str] = []
    seen = {name_mention.words}
    for mention in sorted(group.mentions, key=lambda m: m.span.start_char):
        if mention.words not in seen:
            seen.add(mention.words)
            aliases.append(mention.text)
    mentions = [Mention(text=m.span.text, start=m.span.start_char, end=m.span.end_char)
                for m in sorted(group.mentions, key=lambda m: m.span.start_char)]
    return Agency(name=name_mention.text, aliases=aliases, mentions=mentions, rule=group.rule)
