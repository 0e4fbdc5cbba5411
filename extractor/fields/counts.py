"""Counts: a number, the words after it up to the counted noun, the event verb around them.

Numbers are found from the LIKE_NUM column in one vectorized pass; the `count_events`,
`count_noncount` and `count_compounds` rule files supply the verbs (by lemma), the nouns a
number never counts, and two-word nouns; `amount_qualifiers` supplies "more than", "a total of".
`dates` (day and year numbers are no counts) and `operations` (verbs inside a name are no events)
are read too.

The event is looked for in this order: a verb right after the noun ("victims being recovered"),
a verb before the number in its clause ("arrested 120 traffickers"; for counts of charges, back
over the whole list to the charging verb), a verb after an auxiliary further on ("who have been
charged"), and for a count coordinated after another ("three men and two women") the verb before
both. A noun form ("the arrest of") is no event. Verbs missing from `count_events` are lemmatized
by the regular -ed spelling rules when they follow an auxiliary ("were extorted").

To extend: add inflections of a verb to `count_events.jsonl` (label = lemma), nouns a number never
counts to `count_noncount.jsonl`, two-word counted nouns to `count_compounds.jsonl`; irregular
plurals live in IRREGULAR_PLURALS below.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy
from spacy.attrs import LIKE_NUM, LOWER
from spacy.tokens import Doc, Span, Token

from extractor.models import Count
from extractor.numbers import TENS, UNITS, as_int, parse_number

SCALE_WORDS = {"hundred", "thousand", "million", "billion", "dozen"}
STOP_WORDS = {
    "the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "that", "which", "who",
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "and", "or", "but",
    "into", "after", "before", "during", "while", "than", "their", "his", "her", "its", "our", "they", "he", "she",
    "we", "it", "this", "these", "those", "each", "per", "including", "between", "among", "over", "under",
    "also", "not", "all", "both", "said", "say", "says", "across", "through", "since", "about", "up", "out",
    "last", "first", "others", "against",
}
BE_WORDS = {"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "got", "get"}
PARTITIVE_DETERMINERS = {"the", "these", "those", "their", "his", "her", "its", "our"}
IRREGULAR_PLURALS = {
    "men": "man", "women": "woman", "children": "child", "people": "person", "personnel": "personnel",
    "police": "police", "persons": "person", "youth": "youth", "staff": "staff", "counts": "count",
    "series": "series", "species": "species", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "data": "data", "media": "media", "criteria": "criterion", "knives": "knife", "lives": "life", "wives": "wife",
    "thieves": "thief", "halves": "half", "leaves": "leaf", "shelves": "shelf", "aliases": "alias", "buses": "bus",
    "viruses": "virus", "geese": "goose", "crises": "crisis", "analyses": "analysis", "indices": "index",
    "businesses": "business", "heroes": "hero", "potatoes": "potato", "bodies": "body", "sheep": "sheep",
    "fish": "fish", "deer": "deer", "aircraft": "aircraft",
}
PRE_NUMBER_BLOCKERS = {"$", "#", "no.", "code", "section", "§", "ยง", "number", "case", "route", "highway", "suite",
                       "room", "unit", "page", "chapter", "title", "rule", "article", "u.s.c.", "usc", "ms", "i-",
                       "age", "aged", "ages", "count", "phase", "district", "precinct", "£", "€"}
AFTER_NOUN_FILLERS = {"also", "then", "later", "all", "who", "that", "allegedly", "reportedly", "subsequently",
                      "successfully", "ultimately", "eventually", "previously", "recently", "not"}
CLAUSE_ENDS = {".", ";", "!", "?", ":", "\n", "\n\n"}
DATE_TAIL = 6
DATE_CONNECTORS = {".", ",", "-", "–", "to", "through", "and"}
MAX_COORDINATED_WORDS = 4
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
DOUBLED_CONSONANTS = set("bdgmnprt")
VOWELS = set("aeiou")
# vowel + consonant endings after which a regular verb's base usually ends in e ("locat-ed", "fil-ed", "nam-ed")
E_RESTORING_ENDINGS = {"ad", "id", "od", "ud", "ar", "ir", "ur", "il", "ul", "ut", "at", "am", "im", "in", "an", "ak",
                       "ik", "ok", "uk", "ap", "ip", "ib", "ob", "ub", "um", "un"}
PARTICIPLE_CLAUSE_WINDOW = 12
MAX_MODIFIERS = 6
EVENT_WINDOW = 6
COORDINATED_EVENT_WINDOW = 16
LIST_JOINERS = {"and", "or", ","}
PLACE_PREPOSITIONS = {"in", "on", "at", "across", "against", "throughout", "within", "into", "from"}
LIST_EVENT_WINDOW = 80  # a charge count's verb may head a long list of counts
FORWARD_WINDOW = 25
CHARGE_ITEMS = {"count", "felony", "misdemeanor", "infraction", "charge"}
LIST_OPENERS = {"including"}
CHARGING_VERBS = {"charge", "indict", "convict", "plead", "face", "acquit", "sentence", "file", "find"}
AUXILIARIES = {"were", "was", "are", "is", "have", "has", "had", "will", "would"}
PARTICIPLES = {"made", "led", "held", "found", "taken", "brought", "put", "shot", "sold", "stolen"}
NOT_ADVERBS = {"family", "july", "italy", "supply", "only", "fly", "ally", "rally", "assembly", "early", "daily"}


@dataclass
class Groups:
    """The rule-file matches this extractor reads, indexed by token."""

    events: dict[int, tuple[str, str]] = field(default_factory=dict)  # start -> (lemma, rule id)
    noncount: set[int] = field(default_factory=set)
    compounds: dict[int, tuple[int, str]] = field(default_factory=dict)  # start -> (end, lemma)
    qualifiers: dict[int, tuple[int, str]] = field(default_factory=dict)  # end -> (start, label)
    blocked: set[int] = field(default_factory=set)  # tokens inside dates and amounts
    list_events: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)  # charge count start -> event


def index_groups(doc: Doc) -> Groups:
    groups = Groups()
    for span in doc.spans.get("count_events", []):
        groups.events[span.start] = (span.label_, span.id_)
    for span in doc.spans.get("operations", []):  # "Operation Stolen Dreams" names no event
        for k in range(span.start, span.end):
            groups.events.pop(k, None)
    for span in doc.spans.get("count_noncount", []):
        groups.noncount.add(span.start)
    for span in doc.spans.get("count_compounds", []):
        groups.compounds[span.start] = (span.end, span.label_)
    for span in doc.spans.get("amount_qualifiers", []):
        groups.qualifiers[span.end] = (span.start, span.label_)
    for span in doc.spans.get("dates", []):
        if span.label_ in ("ISO", "NUMERIC_MDY"):
            groups.blocked.update(range(span.start, span.end))
        elif span.label_.startswith("MONTH_"):
            groups.blocked.update(_date_numbers_around_month(doc, span.start, span.end))
    return groups


def _date_numbers_around_month(doc: Doc, start: int, end: int) -> list[int]:
    """The day and year numbers of 'Jan. 22-26, 2024', '18 November', 'March 2007': never counts."""
    found = []
    if start > 0 and _is_day_or_year(doc[start - 1]):
        found.append(start - 1)
    k, limit = end, min(len(doc), end + DATE_TAIL)
    while k < limit and (doc[k].text in DATE_CONNECTORS or _is_day_or_year(doc[k])):
        tok = doc[k]
        if tok.text not in DATE_CONNECTORS:
            if doc[k - 1].text == "," and len(tok.text) != 4:
                break  # "On Jan. 22, 2024, 12 suspects": after a comma only a year belongs to the date
            if k + 1 < len(doc) and is_plural(doc[k + 1].lower_):
                break  # "5 arrests on Jan. 5 and 6 arrests on Jan. 6"
            found.append(k)
            if len(tok.text) == 4:
                break
        k += 1
    return found


def _is_day_or_year(tok: Token) -> bool:
    text = tok.text
    return text.isdigit() and (int(text) <= 31 or len(text) == 4)


def extract(doc: Doc) -> list[Count]:
    meta = doc._.meta
    groups = index_groups(doc)
    counts: list[Count] = []
    i, n = 0, len(doc)
    pending: list[tuple[int, int, int]] = []  # coordinated numbers waiting for the shared noun
    for candidate in number_starts(doc):
        if candidate < i:
            continue
        i = candidate
        start, end, value = read_number(doc, i)
        i = max(end, i + 1)
        if value is None or start in groups.blocked or not plausible_count(doc, start, end, value):
            pending.clear()
            continue
        if meta is not None and meta.is_excluded(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        found = read_noun_phrase(doc, end, value, groups)
        if found == "coordinated":
            pending.append((start, end, value))
            continue
        if found is None:
            pending.clear()
            continue
        mods, head_start, head_end, item = found
        if _is_anecdotal_one(doc, start, value, head_end):
            pending.clear()
            continue
        for p_start, p_end, p_value in pending:
            p_mods = [t.text for t in doc[p_end:_coordination_end(doc, p_end)]]
            counts.append(make_count(doc, groups, p_start, p_end, p_value, p_mods, head_start, head_end, item,
                                     span_end=_coordination_end(doc, p_end) if p_mods else p_end))
        event_start = pending[0][0] if pending else start  # "arrested between 20 and 30 people"
        pending.clear()
        counts.append(make_count(doc, groups, start, end, value, mods, head_start, head_end, item,
                                 event_start=event_start))
        if not (end < n and doc[end].lower_ == "of"):  # "eight of the 14 defendants" counts the 14 too
            i = max(i, head_end)
    return counts


def number_starts(doc: Doc) -> list[int]:
    """Tokens that may open a number: LIKE_NUM, or 'a'/'one' before 'dozen'; found in one vectorized pass,
    not a Python test per token."""
    columns = doc.to_array([LIKE_NUM, LOWER])
    if not len(columns):
        return []
    numeric, lower = columns[:, 0].astype(bool), columns[:, 1]
    strings = doc.vocab.strings
    dozen = numpy.zeros(len(lower), dtype=bool)
    dozen[:-1] = (lower[1:] == strings.add("dozen")) & numpy.isin(lower[:-1], [strings.add("a"), strings.add("one")])
    return numpy.flatnonzero(numeric | dozen).tolist()


def read_number(doc: Doc, i: int) -> tuple[int, int, int | None]:
    """The tokens of one number ('1,234', 'Thirty-Four', 'two dozen', '2 million') and its value."""
    end = i + 1
    while end < len(doc):
        tok = doc[end]
        if tok.text == "-" and end + 1 < len(doc) and doc[end + 1].like_num and not doc[end + 1].is_digit \
                and not doc[i].is_digit:
            end += 2
        elif tok.lower_ in SCALE_WORDS:
            end += 1
        elif _continues_number_words(doc, end):
            end += 2 if tok.lower_ == "and" else 1
        else:
            break
    text = " ".join(t.text for t in doc[i:end])
    return i, end, as_int(parse_number(text))


def _continues_number_words(doc: Doc, end: int) -> bool:
    """'One hundred (and) twenty', 'twenty five': number words that go on one number."""
    prev, tok = doc[end - 1].lower_, doc[end]
    if prev in ("hundred", "thousand", "million", "billion"):
        if tok.lower_ == "and" and end + 1 < len(doc):
            tok = doc[end + 1]
        return tok.lower_ in UNITS or tok.lower_ in TENS
    return prev in TENS and tok.lower_ in UNITS and tok.lower_ != "zero"


def plausible_count(doc: Doc, start: int, end: int, value: int) -> bool:
    """Not a year, ordinal, time, percentage, money, code, compound adjective or part of a proper name."""
    first, last = doc[start], doc[end - 1]
    if value == 0 or _is_in_proper_name(doc, start, end):
        return False
    if first.text.isdigit() and len(first.text) == 4 and 1900 <= value <= 2099:
        return False
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and (prev.lower_ in PRE_NUMBER_BLOCKERS or prev.text in ("$", "#", "/")):
        return False
    if prev is not None and prev.lower_ == "one" and first.lower_ == "of":
        return False
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.text in ("-", "%", "/", ":", ")") or nxt.lower_ in ("percent", "th", "st", "nd")):
        return False
    if not any(c.isdigit() for c in first.text) and first.lower_ in ("one", "a"):
        # "is one key element", "as one unit": a predicate or a comparison, not a count
        return last.lower_ != "of" and (prev is None or prev.lower_ not in ("is", "was", "as", "be", "remains"))
    return not (first.text[:1].isdigit() and not first.text.replace(",", "").replace(".", "").isdigit())


def _is_in_proper_name(doc: Doc, start: int, end: int) -> bool:
    """'Formula One Miami Grand Prix', 'the Four Corners region': a capitalized number word mid-sentence.

    Headlines are written in title case throughout, so their numbers are read as counts.
    """
    first = doc[start]
    if not first.is_title or not first.is_alpha or start == 0:
        return False
    prev = doc[start - 1]
    if prev.is_punct or prev.is_space or "\n" in prev.whitespace_ or "\n" in prev.text:
        return False
    meta = doc._.meta
    title = getattr(meta, "title_range", None) if meta is not None else None
    if title is not None and title[0] <= first.idx < title[1]:
        return False
    return end < len(doc) and doc[end].is_title


def _is_anecdotal_one(doc: Doc, start: int, value: int, head_end: int) -> bool:
    """'In one instance, ...', 'On one occasion, ...': an example, not a count."""
    if value != 1 or start == 0 or doc[start - 1].lower_ not in ("in", "on"):
        return False
    return head_end < len(doc) and doc[head_end].text == ","


def read_noun_phrase(doc: Doc, end: int, value: int, groups: Groups
                     ) -> tuple[list[str], int, int, str] | str | None:
    """(modifiers, head start, head end, item lemma), 'coordinated' when another number shares the noun."""
    j = end + 2 if _has_or_more(doc, end) else end
    if j < len(doc) and doc[j].lower_ == "of" and value != 1:
        j += 1
        if j < len(doc) and doc[j].lower_ in PARTITIVE_DETERMINERS:
            j += 1
        else:
            return None
        if j < len(doc) and doc[j].like_num:  # "eight of the 14 defendants"
            j = read_number(doc, j)[1]
    mods: list[str] = []
    stop = min(len(doc), j + MAX_MODIFIERS + 1)
    k = j
    while k < stop:
        tok = doc[k]
        if k in groups.noncount:
            return None
        if k in groups.compounds:
            c_end, lemma = groups.compounds[k]
            return mods, k, c_end, lemma
        if tok.lower_ in ("and", "or") and k + 1 < len(doc) and doc[k + 1].like_num:
            return "coordinated"
        if tok.text == "," and mods and _continues_adjective_list(doc, k):
            k += 1
            stop = min(len(doc), stop + 1)
            continue
        if _is_inner_hyphen(doc, k) and mods:  # "co-defendants", "drug-trafficking organizations"
            word = doc[k + 1].lower_
            if is_plural(word) and not _next_is_noun_continuation(doc, k + 1, value, groups):
                return mods[:-1], k - 1, k + 2, f"{doc[k - 1].lower_}-{singular(word)}"
            mods[-1] = f"{mods[-1]}-{doc[k + 1].text}"
            k += 2
            stop = min(len(doc), stop + 2)
            continue
        if tok.lower_ == "and":
            stop = min(len(doc), stop + 1)
        if tok.is_punct or tok.is_space or tok.like_num:
            break
        if tok.lower_ in STOP_WORDS and not (tok.lower_ == "and" and mods):
            break
        if k in groups.events and mods and is_plural(doc[k - 1].lower_):
            break
        is_head = is_plural(tok.lower_) if value != 1 else is_noun_like(doc, k)
        if is_head and not _next_is_noun_continuation(doc, k, value, groups):
            return mods, k, k + 1, singular(tok.lower_)
        if tok.lower_.endswith(("ed", "ing")) and not mods and k in groups.events:
            return None
        mods.append(tok.text)
        k += 1
    return None


def _is_inner_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen the tokenizer split out of one word ('co-defendants')."""
    return doc[k].text == "-" and k > 0 and k + 1 < len(doc) and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha


def _continues_adjective_list(doc: Doc, k: int) -> bool:
    """'300 federal, state, local and foreign agencies': a comma between lowercase modifiers."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.lower_ not in STOP_WORDS \
        and not is_plural(doc[k - 1].lower_)


def _has_or_more(doc: Doc, end: int) -> bool:
    """'10 or more victims': the number is a lower bound."""
    return end + 1 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].lower_ in ("more", "fewer", "less")


def _next_is_noun_continuation(doc: Doc, k: int, value: int, groups: Groups) -> bool:
    """'MS-13 Members and Associates' stops at 'Members'; 'child identifications' goes on to the plural."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is None or nxt.is_punct or nxt.lower_ in STOP_WORDS or k + 1 in groups.events or nxt.like_num:
        return False
    if value == 1:
        return False
    return is_plural(nxt.lower_) and not nxt.lower_.endswith("ss") and k + 1 not in groups.noncount


def _coordination_end(doc: Doc, end: int) -> int:
    k = end
    while k < len(doc) and doc[k].lower_ not in ("and", "or") and not doc[k].is_punct:
        k += 1
    return k


def is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) \
        and word.replace("-", "").isalpha()


def is_noun_like(doc: Doc, k: int) -> bool:
    """For 'one': the counted noun is the last word before a function word or punctuation."""
    tok = doc[k]
    if not tok.is_alpha or tok.lower_ in STOP_WORDS or tok.lower_.endswith("ing"):
        return False  # "one post bragging in ...": a participle is no counted noun
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in STOP_WORDS or nxt.lower_.endswith("ed") or _is_adverb(nxt)


def singular(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    return word[:-1]


def make_count(doc: Doc, groups: Groups, start: int, end: int, value: int, mods: list[str], head_start: int,
               head_end: int, item: str, span_end: int | None = None, event_start: int | None = None) -> Count:
    span = doc[start:(span_end or head_end)]
    event, rule = find_event(doc, groups, start, head_end, item)
    if event is None and event_start is not None and event_start != start:
        event, rule = find_event(doc, groups, event_start, head_end, item)
    qualifier, total = find_qualifier(doc, groups, start)
    if qualifier is None and _has_or_more(doc, end):
        qualifier = f"or {doc[end + 1].lower_}"
    return Count(text=span.text, start=span.start_char, end=span.end_char, value=value, item=item,
                 modifiers=[m for m in mods if m.lower() not in ("and", "or")] if len(mods) > 1 else mods,
                 event=event, charge=find_charge(doc, head_end), qualifier=qualifier, total=total,
                 rule=f"count:{rule}" if rule else "count")


def find_event(doc: Doc, groups: Groups, start: int, head_end: int, item: str = ""
               ) -> tuple[str | None, str | None]:
    """The verb the count takes part in.

    In order: the verb right after the noun ('victims being recovered', 'arrests were made', 'offenders
    reside'), the verb before the number in the same clause ('Agents arrested 120 traffickers'; for charge
    counts across the whole list: 'charged with five counts of X, two counts of Y'), then a verb after an
    auxiliary further on ('five doctors and two pharmacists, who have been charged').
    """
    before = _event_before_number(doc, groups, start, item in CHARGE_ITEMS)
    if item in CHARGE_ITEMS:
        groups.list_events[start] = before  # the next count of the list stops its search here
    found = _event_after_noun(doc, groups, head_end)
    in_relative_clause = head_end < len(doc) and doc[head_end].lower_ in RELATIVE_PRONOUNS
    if found[0] is None or in_relative_clause:  # "arrested 345 individuals who had failed to register"
        found = before if before[0] is not None else found
    if found[0] is None:
        found = _event_after_auxiliary(doc, groups, head_end)
    if found[0] is None and _follows_another_count(doc, start):
        found = _event_before_number(doc, groups, start, False, COORDINATED_EVENT_WINDOW)
    return found


def _follows_another_count(doc: Doc, start: int) -> bool:
    """'arrested three men and two women', 'seized 100 pounds of marijuana and 12 firearms'."""
    if start < 2 or doc[start - 1].lower_ not in LIST_JOINERS or not is_plural(doc[start - 2].lower_):
        return False
    return any(t.like_num for t in doc[max(0, start - 2 - MAX_MODIFIERS - 2):start - 2])


def _event_after_noun(doc: Doc, groups: Groups, head_end: int) -> tuple[str | None, str | None]:
    k = _skip_participle_clause(doc, head_end)
    if k > head_end:
        return groups.events[k] if k in groups.events and not _is_nominal_event(doc, k) else (None, None)
    k = _skip_coordinated_noun(doc, groups, head_end)
    past_second_noun = k > head_end + 1
    limit = min(len(doc), k + 4)
    while k < limit and _is_verb_filler(doc[k]):
        k += 1
    if k < len(doc) and k not in groups.events and k > 0 and doc[k - 1].lower_ in BE_WORDS:
        return _unlisted_passive(doc[k])
    if k >= len(doc) or k not in groups.events or _is_nominal_event(doc, k) or doc[k].lower_ in LIST_OPENERS:
        return None, None
    word = doc[k].lower_
    lemma = groups.events[k][0]
    if past_second_noun and not (word.endswith(("ed", "en")) or word in PARTICIPLES):
        return None, None
    if k > head_end or word.endswith(("ed", "en", "ing")) or word in PARTICIPLES or word == lemma:
        return groups.events[k]
    return None, None


def _unlisted_passive(tok: Token) -> tuple[str | None, str | None]:
    """'were extorted' with a verb missing from the rule file: its lemma by the regular -ed spelling rules."""
    word = tok.lower_
    if not tok.is_alpha or len(word) < 5 or not word.endswith("ed"):
        return None, None
    return regular_lemma(word), "event-unlisted-ed"


def regular_lemma(word: str) -> str:
    """The base of a regular past participle: 'stripped' -> 'strip', 'carried' -> 'carry', 'named' -> 'name'."""
    stem = word[:-2]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in DOUBLED_CONSONANTS:
        return stem[:-1]
    return stem + "e" if _drops_final_e(stem) else stem


def _drops_final_e(stem: str) -> bool:
    """Whether the base ended in a silent e the -ed swallowed: 'charg', 'seiz', 'locat', 'us' take it back."""
    last, prev = stem[-1], stem[-2]
    if last in "vzuc":
        return True
    if last == "g":
        return prev not in VOWELS
    if last == "s":
        return prev in VOWELS
    before = stem[-3] if len(stem) > 2 else ""
    single_vowel = before not in VOWELS or stem[-4:-2] == "qu"
    return stem[-2:] in E_RESTORING_ENDINGS and single_vowel


def _skip_participle_clause(doc: Doc, head_end: int) -> int:
    """'The 61 Task Forces, funded through a grant program, conducted ...': the token after the clause."""
    k = head_end
    if k + 2 >= len(doc) or doc[k].text != "," or not doc[k + 1].lower_.endswith("ed"):
        return k
    limit = min(len(doc), k + PARTICIPLE_CLAUSE_WINDOW)
    for m in range(k + 2, limit - 1):
        if doc[m].text in CLAUSE_ENDS:
            break
        if doc[m].text == ",":
            return m + 1
    return k


def _skip_coordinated_noun(doc: Doc, groups: Groups, head_end: int) -> int:
    """'traffickers and exploiters were arrested', 'Officers and a Title Agent Charged': past the second noun."""
    k = head_end
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", "or"):
        return k
    m = k + 1
    limit = min(len(doc), m + MAX_COORDINATED_WORDS)
    while m < limit and _is_coordinated_noun_word(doc, groups, m):
        m += 1
    return m if m > k + 1 else k


def _is_coordinated_noun_word(doc: Doc, groups: Groups, m: int) -> bool:
    tok = doc[m]
    if not tok.is_alpha or tok.like_num or m in groups.events or tok.lower_ in BE_WORDS:
        return False
    return tok.lower_ not in STOP_WORDS or tok.lower_ in ("a", "an", "the")


def _event_before_number(doc: Doc, groups: Groups, start: int, whole_list: bool, across_numbers: int = 0
                         ) -> tuple[str | None, str | None]:
    """Nearest verb before the number; nouns ('the arrest of') are skipped.

    For charge counts the search runs back over the whole list of counts to a charging verb, skipping the
    verbs inside offence names ('counts of possessing', 'with the intent to pander').
    """
    if start in groups.qualifiers:  # the window starts before "more than"
        start = groups.qualifiers[start][0]
    in_list = across_numbers > 0
    if not whole_list and _in_prepositional_adjunct(doc, groups, start):
        return None, None
    lo = max(0, start - (LIST_EVENT_WINDOW if whole_list else across_numbers or EVENT_WINDOW))
    for j in range(start - 1, lo - 1, -1):
        tok = doc[j]
        if whole_list and j in groups.list_events:  # the previous count of the list already looked further back
            return groups.list_events[j]
        if tok.text in CLAUSE_ENDS or (not whole_list and tok.lower_ in LIST_OPENERS):
            break
        if tok.like_num and not whole_list and not in_list:
            break
        if j not in groups.events or _is_nominal_event(doc, j):
            continue
        if j > 0 and doc[j - 1].lower_ == "of":  # "counts of filing false claims"
            continue
        if whole_list:
            if groups.events[j][0] in CHARGING_VERBS:
                return groups.events[j]
            continue
        return _first_of_coordination(doc, groups, j)
    return None, None


def _in_prepositional_adjunct(doc: Doc, groups: Groups, start: int) -> bool:
    """'took place this year in 55 offices', 'actions today against 22 individuals': the number is no argument
    of the verb; but 'resulted in 191 actions', 'filed against six individuals' go with the verb just before."""
    return start > 1 and doc[start - 1].lower_ in PLACE_PREPOSITIONS and start - 2 not in groups.events


def _event_after_auxiliary(doc: Doc, groups: Groups, head_end: int) -> tuple[str | None, str | None]:
    """'70 doctors, six owners and five distributors have been stripped': an auxiliary, then the verb."""
    limit = min(len(doc), head_end + FORWARD_WINDOW)
    k = head_end
    while k < limit and doc[k].text not in CLAUSE_ENDS:
        if doc[k].lower_ in AUXILIARIES:
            m = k + 1
            while m < limit and _is_verb_filler(doc[m]):
                m += 1
            if m < limit and m in groups.events and not _is_nominal_event(doc, m):
                return groups.events[m]
            if k == 0 or doc[k - 1].lower_ not in ("who", "that", "which"):
                return None, None
            k = m  # past a relative clause: "defendants, who are named in ..., were also arrested"
            continue
        k += 1
    return None, None


def _is_verb_filler(tok: Token) -> bool:
    """Auxiliaries and adverbs between a noun and its verb: 'had illegally crossed', 'were later charged'."""
    return tok.lower_ in BE_WORDS or tok.lower_ in AFTER_NOUN_FILLERS or _is_adverb(tok)


def _is_adverb(tok: Token) -> bool:
    return len(tok.text) > 4 and tok.lower_.endswith("ly") and tok.is_alpha and tok.lower_ not in NOT_ADVERBS


def _is_nominal_event(doc: Doc, k: int) -> bool:
    """'the arrest of', 'arrests and charging of': a noun, not the verb the count takes part in."""
    prev = doc[k - 1].lower_ if k > 0 else ""
    nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    if prev in ("the", "a", "an", "its", "their", "his", "her"):
        return True
    return nxt == "of" and not doc[k].lower_.endswith("ed")


def _is_count_noun(doc: Doc, k: int) -> bool:
    """'made 37 arrests and recovered': 'arrests' is the counted noun, not a verb."""
    return is_plural(doc[k].lower_)


def _first_of_coordination(doc: Doc, groups: Groups, j: int) -> tuple[str, str]:
    """'to arrest and charge some 4,000 members': the first verb of the pair."""
    if j >= 2 and doc[j - 1].lower_ in ("and", "or") and j - 2 in groups.events and not _is_count_noun(doc, j - 2):
        return groups.events[j - 2]
    return groups.events[j]


def find_qualifier(doc: Doc, groups: Groups, start: int) -> tuple[str | None, bool]:
    """'more than 120', 'a total of 20', 'In total, 539'."""
    qualifier, total, end = None, False, start
    for _ in range(2):
        if end in groups.qualifiers:
            q_start, label = groups.qualifiers[end]
            if label == "TOTAL":
                total = True
            else:
                qualifier = qualifier or label
            end = q_start
    window = doc[max(0, start - 5):start]
    for tok in reversed(window):  # "In total, 539 arrests": the same clause only
        if tok.text in CLAUSE_ENDS:
            break
        if tok.lower_ == "total":
            total = True
    return qualifier, total


def find_charge(doc: Doc, head_end: int) -> str | None:
    """'arrested for the charge of Solicitation' -> 'Solicitation'."""
    window: Span = doc[head_end:min(len(doc), head_end + 8)]
    words = [t.lower_ for t in window]
    for marker in ("charge", "charges"):
        if marker in words:
            k = words.index(marker)
            if k + 1 < len(words) and words[k + 1] == "of":
                return _capitalized_run(doc, window.start + k + 2)
    return None


def _capitalized_run(doc: Doc, k: int) -> str | None:
    toks: list[Token] = []
    while k < len(doc) and (doc[k].is_title or (toks and doc[k].lower_ in ("of", "and"))) and len(toks) < 6:
        toks.append(doc[k])
        k += 1
    while toks and toks[-1].lower_ in ("of", "and"):
        toks.pop()
    return doc[toks[0].i:toks[-1].i + 1].text if toks else None
