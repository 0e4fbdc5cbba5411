"""Operations: named enforcement operations ("Operation Cross Country XI", "Project Safe Childhood",
"Operation: Thunder and Lightning", "Operation Home for the Holidays", the "National Organized
Retail Crime (ORC) Blitz", a sting dubbed "Spring Cleaning", the "Violent Offender Warrant
Suppression (VOWS) operation").

The rules in `patterns/operations.jsonl` only anchor the candidates (span group `operations`):
"Operation"/"Project" (or the British "Op") with its first name word, a capitalized Blitz/Sweep/Sting/Crackdown, an
"(ACRONYM) operation", a quoted name after "dubbed"/"called"/"known as". This module reads each
name to its end, so that the word lists live once, in `patterns/lexicons/`:

* a name goes on over capitalized words and numerals ("Violence Reduction 12", "Over The Line"),
  tight hyphens and apostrophes ("VR-12", "Smokin’"), one parenthesis, quotes around it, and the
  lower-case joiners of `name_joiners` between two name words ("Home for the Holidays"); it ends
  at a word of `operation_stop_words`, a company suffix ("Project LLC"), an "and" before another
  "Operation" (two names), or a line break (unless the next line is only the rest of the name);
* in a headline every word is capitalized, so a name there ends where a name seen in the body ends,
  or else at a headline verb ("Operation X Nabs 12"): an inflected verb form by lemminflect that is
  no noun, or one followed by a number or determiner ("Nets 40", "Arrests 12");
* a "name" whose first word is an agency head, a company suffix, a stop word, a person's title or a
  headline verb is none ("Operation Department", "Project LLC", "Operation According", "Project
  Manager Jane Roe", "Operation Concludes");
* mentions group by a key that ignores case, quotes, a colon after "Operation" and hyphens or
  spaces inside a word ("VR-12" is "VR12", "Op Sceptre" is "Operation Sceptre"); a quoted name
  ("called 'Reclaim and Rebuild'") joins "Operation Reclaim and Rebuild" when the text has it;
  "ORC Blitz" is an alias of "National Organized Retail Crime (ORC) Blitz"; names seen only in
  headlines are dropped unless the line is the name itself. The name is the first body form,
  quotes removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from extractor.lexicon import lexicon, noun_lemmas, verb_lemmas
from extractor.models import Mention, Operation
from extractor.pipeline import cached_text, release_meta

GROUP = "operations"
NAME_LABELS = frozenset({"OPERATION", "OPERATION_KEYWORD", "OPERATION_DUBBED", "OPERATION_LIST"})
MAX_LIST_NAMES = 6
ANCHORS = frozenset({"operation", "project", "op"})  # "Op Sceptre" is British for "Operation Sceptre"
MAX_HEADLINE_CHARS = 250
MAX_NAME_WORDS = 8
QUOTES = "\"“”'‘’"
OPEN_QUOTES = frozenset({'"', "“", "'", "‘"})
TIGHT_JOINERS = frozenset({"-", "’", "'", "'s", "’s", "/"})
MAX_KEYWORD_NAME_WORDS = 5
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_ACRONYM_IN_NAME_RE = re.compile(r"\(([A-Z]{2,})\)\s*(\S+)$")


def _function_words() -> frozenset[str]:
    return lexicon("function_words")


@cache
def _stop_words() -> frozenset[str]:
    """Words that end a name: the operation stop words and company suffixes (read once)."""
    return lexicon("operation_stop_words") | lexicon("company_suffixes")


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
    words = [w for w in _WORD_RE.findall(line) if w.lower() not in _function_words()]
    if len(words) < 3:
        return False
    lowercase = sum(1 for w in words if not w[0].isupper())
    if lowercase and line.rstrip().endswith("."):
        return False  # "Police launched Operation Home for the Holidays on Monday.": a sentence of names
    return lowercase <= max(1, len(words) // 10)


def in_headline(doc: Doc, text: str, start: int, end: int) -> bool:
    """True when [start, end) lies in the headline or in a Title Case line (`text` is `doc.text`,
    passed in because spaCy rebuilds `doc.text` on every access)."""
    meta = release_meta(doc)
    if meta is not None and meta.title_range is not None:
        t_start, t_end = meta.title_range
        if start < t_end and t_start < end:
            return True
    bounds = line_bounds(text, start, end)
    return bounds is not None and is_headline_like(text[bounds[0] : bounds[1]])


def _is_whole_line(text: str, start: int, end: int) -> bool:
    """A heading that is nothing but the name (maybe quoted), or that opens with the name and a
    dash or colon before the rest ("Operation X - Fighting Organised Crime")."""
    bounds = line_bounds(text, start, end)
    if bounds is None:
        return False
    before, after = text[bounds[0] : start], text[end : bounds[1]]
    if before.strip(" \t" + QUOTES) == "" and re.match(r"[\s" + QUOTES + r"]*(?:[-–—]\s|:)", after):
        return True
    return not (before + after).strip(" \t" + QUOTES + ":.-–—")


def _is_name_word(token: Token) -> bool:
    """A capitalized word or a numeral that is not a stop word ("Cleaning", "XI", "12")."""
    first = token.text[:1]
    return (first.isupper() or first.isdigit()) and token.lower_ not in _stop_words()


def _is_anchor(token: Token) -> bool:
    return token.lower_ in ANCHORS and token.text[:1].isupper()


def _next_line_is_rest(doc: Doc, space: Token) -> bool:
    """'Operation Grease' / 'Monkey': the line after the break holds only name words."""
    i = space.i + 1
    while i < len(doc) and not (doc[i].is_space and "\n" in doc[i].text):
        if not _is_name_word(doc[i]):
            return False
        i += 1
    return i > space.i + 1


def _read_name(doc: Doc, start: int) -> int:
    """The end of the name that begins after token `start` (its anchor or first word)."""
    end = i = start + 1
    words = 0
    quote_open = False
    while i < len(doc) and words < MAX_NAME_WORDS:
        token = doc[i]
        if token.is_space:
            if "\n" in token.text and not (words and _next_line_is_rest(doc, token)):
                break
            i += 1
            continue
        if token.text == ":" and i == start + 1:
            i += 1
            continue
        if token.text in OPEN_QUOTES and not quote_open and words == 0:
            quote_open = True
            i += 1
            continue
        if token.text in QUOTES and quote_open:
            return i + 1
        if words and (_is_anchor(token) or token.lower_ in lexicon("agency_title_words")):
            break  # "Operation Alpha Operation Beta": two names; "Operation Alpha Sheriff Roe said"
        if _is_name_word(token):
            words += 1
            end = i = i + 1
            continue
        if words and token.text in TIGHT_JOINERS and not doc[i - 1].whitespace_:
            if token.text in ("’", "'") or (i + 1 < len(doc) and _is_name_word(doc[i + 1])):
                end = i = i + 1  # "Smokin’ Aces", "VR-12", "Cupid’s"
                continue
            break
        if words and token.text == "(":
            close = _parenthesis_end(doc, i)
            if close is None:
                break
            end = i = close
            continue
        if token.lower_ == "the" and _imperative_object_follows(doc, start, i):
            i += 1  # "Operation Tighten the Net", "Operation Take Back the Streets"
            continue
        if words and token.lower_ in lexicon("name_joiners") and token.lower_ != "the":
            after = i + 1
            if after < len(doc) and doc[after].lower_ == "the" and token.lower_ not in ("and", "or", "&"):
                after += 1
            if after < len(doc) and _is_name_word(doc[after]) and not _is_anchor(doc[after]):
                i = after
                continue
        break
    return end


PHRASAL_ADVERBS = frozenset({"back", "away"})  # particles of phrasal verbs that are no prepositions


def _imperative_object_follows(doc: Doc, start: int, i: int) -> bool:
    """'Operation Tighten the Net', 'Operation Take Back the Streets': a name that opens with a verb (and its
    particle) goes on over 'the' to the verb's object; 'Operation Cross Country the FBI ...' does not."""
    first = start + 1
    while first < i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    verb = doc[first].lower_ if first < i else ""
    particle = doc[first + 1].lower_ if first + 1 < i else None
    if first + 1 < i and not (first + 2 == i and particle in lexicon("prepositions") | PHRASAL_ADVERBS):
        return False
    if not doc[first].is_title or verb not in verb_lemmas(verb):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and _is_name_word(nxt) and not _is_anchor(nxt) and not nxt.is_upper \
        and nxt.lower_ not in lexicon("agency_heads")  # "During Operation Sweep the FBI ...": a body


def _parenthesis_end(doc: Doc, open_index: int) -> int | None:
    """'Operation Infra (International Fugitive Round Up and Arrest) Americas': a parenthesis of
    name words inside a name, followed by a name word; the index after the next name word."""
    i = open_index + 1
    while i < len(doc) and i - open_index <= MAX_NAME_WORDS and doc[i].text != ")":
        token = doc[i]
        if not (_is_name_word(token) or token.lower_ in lexicon("name_joiners")):
            return None
        i += 1
    if i + 1 < len(doc) and doc[i].text == ")" and _is_name_word(doc[i + 1]):
        return i + 2
    return None


def is_headline_verb(token: Token) -> bool:
    """'Nabs', 'Concludes', 'Spanned': an inflected verb form that is no noun, or one that a number
    or determiner follows ('Nets 40 Arrests', 'Arrests 12'). Many nouns are verbs too, so a base
    form ('Sweep', 'Spotlight') or a plural noun alone ('Dreams') never counts."""
    word = token.lower_
    lemmas = verb_lemmas(word)
    if not lemmas or word in lemmas:
        return False
    if not noun_lemmas(word):
        return True
    doc = token.doc
    nxt = token.i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    return nxt < len(doc) and (doc[nxt].like_num or doc[nxt].lower_ in lexicon("headline_verb_followers"))


def _headline_end(span: Span) -> int:
    """In a headline, the name ends before the first headline verb after its first word."""
    for token in span[2:]:
        if is_headline_verb(token) and _is_name_word(token):
            return token.i
    return span.end


def _first_word(span: Span) -> Token | None:
    for token in span[1:]:
        if token.text[:1].isalnum():
            return token
    return None


def _is_junk(span: Span, in_title: bool) -> bool:
    """'Operation Department' ('Facilities Operation Department'), 'Project LLC', 'Operation
    According', 'Operation Concludes': the first word names no operation."""
    first = _first_word(span)
    if first is None:
        return True
    last = span[-1].lower_
    if len(span) >= 2 and last in lexicon("operation_place_heads"):
        return True  # "Joint Operation Centre", "Operation Support Unit": a body or a room, not an operation
    word = first.lower_
    if word in _stop_words() or word in lexicon("agency_heads"):
        return True
    if word in lexicon("agency_person_titles") or word in lexicon("agency_title_words"):
        return True  # "Project Manager Jane Roe", "Operation Commander Roe": a person's title
    return in_title and is_headline_verb(first)


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
    """How names are compared: lowercase, without quotes or a colon after the anchor word, and
    without hyphens and spaces, so spelling variants meet ('VR-12', 'VR12', 'VR 12')."""
    lowered = text.lower().translate({ord(c): None for c in QUOTES})
    lowered = re.sub(r"^(operation|project)\s*:", r"\1", lowered.strip())
    lowered = re.sub(r"^op\b\.?", "operation", lowered)  # "Op Sceptre" is "Operation Sceptre"
    return re.sub(r"[\s\-–]+", "", lowered)


def _display(text: str) -> str:
    """The name as written, quotes removed and spaces collapsed."""
    return " ".join(text.translate({ord(c): None for c in "\"“”‘"}).strip("’' ").split())


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
    quoted: bool = False


@dataclass
class _Found:
    span: Span
    rule: str
    label: str
    headline: bool
    whole_line: bool
    prefix: str = ""  # "Operation" for each name of "Operations Dragon and Phoenix"


def _words_before_keyword(span: Span) -> Span:
    """'National Organized Retail Crime (ORC) Blitz': the capitalized words (and one acronym in
    parentheses) before a capitalized Blitz/Sweep/Sting/Crackdown; 'Violent Offender Warrant
    Suppression (VOWS) operation': the capitalized words before the acronym of a lower-case one.
    The keyword alone names nothing."""
    doc = span.doc
    keyword = span[-1]
    start = keyword.i
    if not keyword.text[:1].isupper():
        if span[0].text != "(":
            return doc[span.end : span.end]  # "mortgage fraud sweeps": a common noun
        end = start = span.start
    else:
        end = span.end
        if start >= 3 and doc[start - 1].text == ")" and doc[start - 3].text == "(" and doc[start - 2].is_upper:
            start -= 3
    words = 0
    while (start > 0 and words < MAX_KEYWORD_NAME_WORDS and _is_name_word(doc[start - 1])
           and doc[start - 1].lower_ not in _function_words()):
        start -= 1
        words += 1
    needed = 1 if keyword.text[:1].isupper() else 2
    return doc[start:end] if words >= needed else doc[end:end]


def _name_span(span: Span) -> Span:
    if span.label_ == "OPERATION_DUBBED":
        return _inside_quotes(span)
    if span.label_ == "OPERATION_KEYWORD":
        return _words_before_keyword(span)
    return span.doc[span.start : _read_name(span.doc, span.start)]


def _trim(span: Span) -> Span:
    """Drop a closing quote or punctuation left at either end."""
    start, end = span.start, span.end
    while end > start and (span.doc[end - 1].is_punct and span.doc[end - 1].text not in (")",)
                           or span.doc[end - 1].is_space):
        end -= 1
    return span.doc[start:end]


def _find(doc: Doc, text: str) -> list[_Found]:
    found = []
    named_spans = []
    for span in doc.spans[GROUP]:
        if span.label_ not in NAME_LABELS:
            continue
        if span.label_ == "OPERATION_LIST":
            found.extend(_list_names(doc, text, span))
            continue
        named = _trim(_name_span(span))
        if not len(named):
            continue
        headline_like = in_headline(doc, text, named.start_char, named.end_char)
        if _in_capitals(named) and not headline_like:  # a run of capitals that runs on into the body
            if span.label_ == "OPERATION_KEYWORD":
                continue  # "HUMAN TRAFFICKING AND PROSTITUTION STING": capitals say nothing of a name
            named = _trim(named.doc[named.start : _headline_end(named)])  # "OPERATION FAFO LEADS TO OVER 100"
        if len(named):
            named_spans.append((span, named, headline_like))
    body_names = {name_key(named.text) for span, named, headline in named_spans
                  if span.label_ == "OPERATION" and not headline and not _is_junk(named, False)}
    for span, named, headline_like in named_spans:
        anchored = span.label_ == "OPERATION"
        if anchored and (len(named) < 2 or _is_junk(named, headline_like and name_key(named.text) not in body_names)):
            continue  # "Results of Operation Carded:" after the body named "Operation Carded": no headline verb
        start, end = named.start_char, named.end_char
        headline = span.label_ != "OPERATION_DUBBED" and headline_like
        found.append(_Found(named, span.id_, span.label_, headline, _is_whole_line(text, start, end)))
    return _outside_anchored(found)


def _in_capitals(span: Span) -> bool:
    """A name read from text written in capitals ('OPERATION FAFO LEADS TO ...'), where capitals show no name."""
    words = [t for t in span if t.is_alpha]
    return len(words) > 1 and all(t.is_upper for t in words)


def _list_names(doc: Doc, text: str, span: Span) -> list[_Found]:
    """'Operations Dragon and Phoenix', 'Projects Alpha, Bravo and Charlie': names joined by commas
    and a final 'and' after a plural anchor are one operation each ('Operation Dragon'). After a
    capitalized word the plural belongs to a body's name ('Special Operations Division')."""
    anchor = span[0]
    if anchor.i > 0 and _is_name_word(doc[anchor.i - 1]):
        return []
    items: list[Span] = []
    i = anchor.i + 1
    closed = False
    while i < len(doc) and len(items) < MAX_LIST_NAMES:
        start = i
        while i < len(doc) and i - start < MAX_NAME_WORDS and _is_name_word(doc[i]) and not _is_anchor(doc[i]):
            i += 1
        if i == start or _is_junk(doc[start - 1 : i], False):
            return []
        items.append(doc[start:i])
        if closed:
            break
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ in ("and", "&"):
            closed = True
            i += 1
        elif not (i > 0 and doc[i - 1].text == ","):
            break
    if not closed or len(items) < 2:
        return []
    prefix = anchor.text[:-1]
    result = []
    for item in items:
        start, end = item.start_char, item.end_char
        result.append(_Found(item, span.id_, span.label_, in_headline(doc, text, start, end), False, prefix))
    return result


def _outside_anchored(found: list[_Found]) -> list[_Found]:
    """'Operation: Felon Sweep' is one name: the keyword 'Sweep' inside it names nothing more."""
    anchored = [(f.span.start, f.span.end) for f in found if f.label == "OPERATION"]
    return [f for f in found if f.label == "OPERATION"
            or not any(s <= f.span.start and f.span.end <= e for s, e in anchored)]


def _cut_headline(found: _Found, body_keys: set[str]) -> tuple[Span, bool]:
    """A headline name ends where a body name ends, or else before a headline verb; a name that a
    headline verb ends ("Operation X Nabs 12") is the verb's subject, evidence of a name."""
    span = found.span
    if found.label != "OPERATION":
        return span, False
    for end in range(span.end, span.start + 1, -1):
        if name_key(span.doc[span.start : end].text) in body_keys:
            return span.doc[span.start : end], False
    verb_at = _headline_end(span)
    return _trim(span.doc[span.start : verb_at]), verb_at < span.end


def extract(doc: Doc) -> list[Operation]:
    if GROUP not in doc.spans:
        return []
    doc_text = cached_text(doc)
    found = _find(doc, doc_text)
    body_keys = {name_key(f.span.text) for f in found if not f.headline}
    candidates: dict[str, _Candidate] = {}
    aliases: dict[str, str] = {}
    for item in found:
        named, confirmed = item.span, item.whole_line or not item.headline
        if item.headline:
            named, cut = _cut_headline(item, body_keys)
            confirmed = confirmed or cut
        if len(named) < 2 and item.label == "OPERATION":
            continue
        text = named.text
        key = name_key(f"{item.prefix} {text}" if item.prefix else text)
        candidate = candidates.setdefault(key, _Candidate(_display(f"{item.prefix} {text}" if item.prefix else text),
                                                          item.rule))
        candidate.mentions.append(Mention(text=text, start=named.start_char, end=named.end_char))
        candidate.quoted = candidate.quoted or item.label == "OPERATION_DUBBED"
        if confirmed:
            candidate.outside_headline = True
        alias = _acronym_alias(text)
        if alias:
            aliases[name_key(alias)] = key
    for key, candidate in candidates.items():
        if candidate.quoted:
            for anchor in ANCHORS:
                if anchor + key in candidates:
                    aliases[key] = anchor + key
    return _merge(candidates, aliases)


def _merge(candidates: dict[str, _Candidate], aliases: dict[str, str]) -> list[Operation]:
    """Fold acronym and quoted forms into their full names; keep names seen outside headlines; text order."""
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


def name_spans(doc: Doc) -> list[Span]:
    """Every mention of an operation name as a Span, for other steps that must not read inside a
    name ("Operation Distributed Justice" holds no 'distribute' event). The span group holds only
    the rules' anchors; the names' ends are decided here."""
    spans = []
    for operation in extract(doc):
        for mention in operation.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans
