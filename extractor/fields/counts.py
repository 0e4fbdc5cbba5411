"""Counts: a number, the words after it up to the counted noun, the event verb around them.

Numbers are found from the LIKE_NUM column in one vectorized pass. The counted noun is the head of
the noun phrase ("174 firearms trafficking-related criminal investigations" counts investigations).
Events are open vocabulary: `events.py` says, from lemminflect's English lexicon and the context,
which word is a verb and which action noun stands for which verb. Rule files supply the nouns a
number never counts (`count_noncount`) and two-word nouns (`count_compounds`); `amount_qualifiers`
supplies "more than", "a total of"; `patterns/lexicons/` the word classes a lexicon cannot know.
Names (operations, agencies, dates, titles) hold no events.

The event is looked for in this order: the action noun the count is the object of ("the arrest of
755 people", "charges against 65 offenders"); none for a count that only says where ("warrants at
22 addresses"); the verb before the number in its clause ("arrested 120 traffickers"; for counts
of charges, back over the whole list to the charging verb); the verb right after the noun
("victims being recovered", "106 citations issued"), or after a clause that describes the noun
("who are named in ..., were arrested"); an auxiliary and its verb further on; for a later item of
a list, the verb or action noun that opens the list, unless an earlier item has a verb of its own
("2,219 citations issued, 4,051 warnings": none for the warnings). "Including N X" takes the event
of the set it belongs to, and so do "which included", "among them", a breakdown in parentheses or
dashes, and the lines of a list under "Deputies seized:"; an item joined by "and" to the count before
it shares that count's event; a subject count takes the verb after an aside set off by commas.

Statistics entries are counts too, label first or number first ("Arrests: 31", "DWI arrests 87",
"Fugitives arrested - 214", "31 – Arrests", "| Arrests | 31 |", "Arrests (31)"). Not counts:
proportions ("one in three"), hypotheticals ("even one person"), a number that is the subject of a
charging verb ("Four face charges").

To extend: nouns a number never counts go to `count_noncount.jsonl`, two-word counted nouns to
`count_compounds.jsonl`, word classes to `patterns/lexicons/*.txt`; plurals and their singulars come
from lemminflect (`is_plural`, `singular`), invariant ones from `invariant_plurals`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.tokens import Doc, Span, Token

from extractor.columns import array, token_lowers, token_texts
from extractor.fields.amounts import claimed_tokens, has_glued_plus
from extractor.fields.amounts import extract as amount_facts
from extractor.fields.events import (
    OBJECT_STARTERS,
    SUBORDINATORS,
    EventIndex,
    is_inner_hyphen,
    is_only_past_participle,
    is_participle,
    is_past_participle,
    is_plural_person_noun,
    verb_form,
    verb_of_action_noun,
)
from extractor.fields.operations import in_headline, name_spans
from extractor.lexicon import is_adverb, lexicon, noun_lemmas, verb_lemmas
from extractor.metadata import MONTHS
from extractor.models import Count
from extractor.numbers import TENS, UNITS, as_int, number_run, parse_digits, parse_number
from extractor.pipeline import cached_text, note_grouping_doubts, span_text

NAME_GROUPS = ("dates", "agencies", "titles")
MAX_NUMBER_TOKENS = 12
MAX_DIGIT_GROUPS = 5  # "1 200 000 000 000": a longer run of spaced groups is no count, nor any part of it
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "dozen"}
STOP_WORDS = {
    "the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "that", "which", "who",
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "and", "or", "but",
    "into", "after", "before", "during", "while", "than", "their", "his", "her", "its", "our", "they", "he", "she",
    "we", "it", "this", "these", "those", "each", "per", "including", "between", "among", "over", "under",
    "also", "not", "all", "both", "said", "say", "says", "across", "through", "since", "about", "up", "out",
    "last", "first", "others", "against", "where", "when", "whose", "whom",
}
BE_WORDS = {"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "got", "get"}
PARTITIVE_DETERMINERS = {"the", "these", "those", "their", "his", "her", "its", "our"}
PRE_NUMBER_BLOCKERS = {"$", "#", "no.", "code", "section", "§", "number", "case", "route", "highway", "suite",
                       "room", "unit", "page", "chapter", "title", "rule", "article", "u.s.c.", "usc", "ms", "i-",
                       "age", "aged", "ages", "count", "phase", "district", "precinct", "£", "€", "region", "zone",
                       "sector", "troop", "ward", "beat"}
AFTER_NOUN_FILLERS = {"also", "then", "later", "all", "who", "that", "allegedly", "reportedly", "subsequently",
                      "successfully", "ultimately", "eventually", "previously", "recently", "not", "so", "far",
                      "now", "already", "since", "today", "yesterday", "each", "both", "jointly"}
CLAUSE_ENDS = {".", ";", "!", "?", ":", "\n", "\n\n"}
DATE_TAIL = 6
DATE_CONNECTORS = {".", ",", "-", "–", "to", "through", "and"}
MAX_COORDINATED_WORDS = 4
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
PARTICIPLE_CLAUSE_WINDOW = 12
MAX_MODIFIERS = 6
EVENT_WINDOW = 6
SET_VERB_WINDOW = 2 * EVENT_WINDOW
"""A set named without a number may carry its phrases before 'including' ('items recovered from them at the
point of arrest, including ...'): its verb is looked for further back, within the clause."""
LIST_JOINERS = {"and", "or", ","}
AGENT_PREPOSITIONS = {"by", "from", "with"}
LIST_CONTINUERS = {"and", "or", "other"}
PLACE_PREPOSITIONS = {"in", "on", "at", "across", "against", "throughout", "within", "into", "from", "during"}
LIST_EVENT_WINDOW = 80  # a charge count's verb may head a long list of counts
FORWARD_WINDOW = 25
MAX_OFFENCE_WORDS = 12
OFFENCE_ENDS = {"in", "on", "at", "for", "against", "after", "before", "during", "while", "which", "that", "who",
                "when", "since", "from", "under", "each", "respectively", "related", "stemming", "arising"}
CHARGE_ITEMS = {"count", "felony", "misdemeanor", "infraction", "charge", "offence", "offense"}
LIST_OPENERS = {"including", "comprising"}  # "Eleven firearms, comprising nine handguns and two revolvers"
PRENOMINAL_WORDS = {"the", "a", "an", "several", "some", "many", "other", "various", "numerous", "these", "those",
                    "their", "his", "her", "its", "of"}
POSSESSIVE_MARKS = {"'s", "’s"}
MODEL_PLURAL = re.compile(r"^[a-z]{1,4}-?\d{1,4}s$")  # "ak-47s", "mp5s", "m16s": letters, digits, then the plural -s
BULLETS = {"•", "-", "–", "—", "*", "·", "▪", "◦", "‣"}
"""Marks that open a list line; a number after one opens an item of the list."""
COMPLEMENTIZERS = {"that", "whether"}  # "revealed that eight of the defendants were": a clause boundary
CLAUSE_OPENERS = LIST_OPENERS | COMPLEMENTIZERS | SUBORDINATORS
CHARGING_VERBS = {"charge", "indict", "convict", "plead", "face", "acquit", "sentence", "file", "find"}
AUXILIARIES = {"were", "was", "are", "is", "have", "has", "had", "will", "would"}
SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they"}


@dataclass
class Groups:
    """The rule-file matches this extractor reads, indexed by token."""

    events: EventIndex | dict[int, tuple[str, str]] = field(default_factory=dict)  # token -> (lemma, rule id)
    noncount: set[int] = field(default_factory=set)
    compounds: dict[int, tuple[int, str]] = field(default_factory=dict)  # start -> (end, lemma)
    qualifiers: dict[int, tuple[int, str]] = field(default_factory=dict)  # end -> (start, label)
    qualifier_starts: set[int] = field(default_factory=set)
    blocked: set[int] = field(default_factory=set)  # tokens inside dates and amounts
    dated: set[int] = field(default_factory=set)  # tokens of any date rule's match ("Wednesday", "March")
    list_events: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)  # charge count start -> event


def index_groups(doc: Doc) -> Groups:
    groups = Groups()
    in_names: set[int] = set()
    for span in [*operation_spans(doc), *(s for key in NAME_GROUPS for s in doc.spans.get(key, []))]:
        in_names.update(range(span.start, span.end))  # "Operation Distributed Justice", "Border Patrol",
    groups.events = EventIndex(doc, in_names)         # "March 3": names hold no events
    groups.blocked.update(claimed_tokens(doc))  # "42 bucks", "two milligrams": money and measures, no counts
    for span in doc.spans.get("count_noncount", []):
        groups.noncount.add(span.start)
    for span in doc.spans.get("count_compounds", []):
        groups.compounds[span.start] = (span.end, span.label_)
    for span in doc.spans.get("amount_qualifiers", []):
        if not _preposition_before_all(doc, span):
            groups.qualifiers[span.end] = (span.start, span.label_)
            groups.qualifier_starts.add(span.start)
    for span in doc.spans.get("dates", []):
        groups.dated.update(range(span.start, span.end))
        if span.label_ in ("ISO", "NUMERIC_MDY"):
            groups.blocked.update(range(span.start, span.end))
        elif span.label_.startswith("MONTH_"):
            groups.blocked.update(_date_numbers_around_month(doc, span.start, span.end))
    return groups


def operation_spans(doc: Doc) -> list[Span]:
    """The operation names' mentions: from the operations facts when the pipeline made them first (the
    registry's order), else resolved here."""
    facts = doc._.facts.get("operations") if isinstance(doc._.facts, dict) else None
    if facts is None:
        return name_spans(doc)
    spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for op in facts for m in op.mentions)
    return [span for span in spans if span is not None]


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


def _opens_partitive_frame(doc: Doc, p: int, head_end: int) -> bool:
    """'Of the 216 vehicles, 94 were intercepted': a clause-opening 'Of the N X' names the whole whose part the
    clause after the comma counts."""
    if p < 2 or doc[p - 1].lower_ != "the" or doc[p - 2].lower_ != "of":
        return False
    at_clause_start = p == 2 or doc[p - 2].is_sent_start or doc[p - 3].is_punct or doc[p - 3].is_space \
        or doc[p - 3].lower_ in COMPLEMENTIZERS  # "Police said that of the 40 guns, 12 were stolen"
    comma = head_end + 1 if head_end < len(doc) and is_participle(doc[head_end].lower_) else head_end
    return at_clause_start and comma < len(doc) and doc[comma].text == ","


def _preposition_before_all(doc: Doc, span: Span) -> bool:
    """'officers in all seven districts': 'in all' after a word of the clause, with no comma after it, is a
    preposition before 'all', no 'In all, 539 arrests' total."""
    if span.label_ != "TOTAL" or [t.lower_ for t in span] != ["in", "all"] or span.start == 0:
        return False
    before = doc[span.start - 1]
    if not before.is_alpha or before.is_sent_start or (span.end < len(doc) and doc[span.end].text == ","):
        return False
    k = span.end
    while k < len(doc) and k - span.end < 6 and (doc[k].like_num or (doc[k].is_alpha and doc[k].is_lower)):
        if doc[k].lower_ in BE_WORDS or doc[k].lower_ in AUXILIARIES:
            return False  # "said in all 40 people were arrested": a clause follows, so a total
        k += 1
    return k > span.end and (k >= len(doc) or doc[k].is_punct)


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
        start, end, value = read_number(doc, i, groups.blocked)
        i = max(end, i + 1)
        if value is None or start in groups.blocked or not plausible_count(doc, start, end, value) \
                or (_is_year_shaped(doc[start], value) and not _year_shape_counts(doc, groups, start)):
            pending.clear()
            continue
        if meta is not None and meta.is_excluded(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        found = read_noun_phrase(doc, end, value, groups)
        if (found is None and not pending) or next_entry_follows(doc, end):
            labelled = label_first_count(doc, groups, start, end, value) or number_first_label_count(
                doc, groups, start, end, value)
            if labelled is not None:  # "Arrests: 31", "Fugitives arrested - 214", "31 – Arrests"
                counts.append(labelled)
                continue
        if found == "coordinated":
            pending.append((start, end, value))
            continue
        if found is None:
            pending.clear()
            continue
        mods, head_start, head_end, item = found
        if _is_anecdotal_one(doc, start, value, head_end) or _subject_of_charging_verb(mods, item):
            pending.clear()
            continue
        for p_start, p_end, p_value in pending:
            p_mods = [t.text for t in doc[p_end:_coordination_end(doc, p_end)]]
            counts.append(make_count(doc, groups, p_start, p_end, p_value, p_mods, head_start, head_end, item,
                                     span_end=_coordination_end(doc, p_end) if p_mods else p_end))
        event_start = pending[0][0] if pending else start  # "arrested between 20 and 30 people"
        pending.clear()
        count = make_count(doc, groups, start, end, value, mods, head_start, head_end, item, event_start=event_start)
        count = _with_event_of_its_set(doc, groups, start, head_end, count, counts)
        counts.append(_with_event_of_its_list(doc, groups, start, head_end, count, counts))
        if not (end < n and doc[end].lower_ == "of"):  # "eight of the 14 defendants" counts the 14 too
            i = max(i, head_end)
    note_grouping_doubts(doc, counts, "count")
    return counts


LABEL_SEPARATORS = {":", "-", "–", "—", "|", "("}
INLINE_OPENERS = {";", ",", "|", ":"}
LABEL_OPENERS = BULLETS | INLINE_OPENERS
MAX_LABEL_WORDS = 5


def label_first_count(doc: Doc, groups: Groups, start: int, end: int, value: int) -> Count | None:
    """A statistics entry with its label first: 'Arrests: 31', 'DWI arrests 87', 'Fugitives arrested - 214',
    '• Missing children recovered: 5', '| Arrests | 31 |', 'Arrests (31), Citations (400)', and a table's
    columns set apart by a tab or spaces ('Warrant Arrests      30'). The label
    opens its line, a bullet or a list entry and ends in a plural noun, or in a plural noun and the
    participle of what happened to it (the event); the number closes the entry. 'Case number: 2024',
    'Age: 34' have no plural noun: no count."""
    p = groups.qualifiers[start][0] if start in groups.qualifiers else start
    gap = p >= 2 and _column_gap(doc[p - 1])  # "Warrant Arrests      30", "Arrests\t31", "Total Arrests:     75"
    q = p - 1 if gap else p
    sep = doc[q - 1].text if q >= 1 and doc[q - 1].text in LABEL_SEPARATORS else None
    if p < 1 or not _closes_entry(doc, end, sep):
        return None
    label_end = q - 1 if sep is not None else q
    label_start = label_end
    while label_start > 0 and label_end - label_start < MAX_LABEL_WORDS and _is_label_word(doc, label_start - 1):
        label_start -= 1
    if (label_start == label_end or not (_opens_line(doc, label_start) or _follows_an_entry(doc, label_start, sep))
            or not doc[label_start].text[:1].isupper()):
        return None
    strict = sep in (None, "(")  # "Honduras (29)", "Texas 12": a name, not a label, unless a known noun
    return _label_count(doc, groups, start, value, label_start, label_end, doc[min(label_start, p):end], strict)


def _column_gap(token: Token) -> bool:
    """White space that sets a table's columns apart on one line (a tab, or two spaces and more: spaCy keeps
    a single space as the word's trailing space, never as a token)."""
    return token.is_space and "\n" not in token.text


def number_first_label_count(doc: Doc, groups: Groups, start: int, end: int, value: int) -> Count | None:
    """'31 – Arrests', '• 12 - Firearms seized': a line with the number first, a dash or colon, and a label
    that ends the line."""
    p = groups.qualifiers[start][0] if start in groups.qualifiers else start
    if not _opens_line(doc, p) or end >= len(doc) or doc[end].text not in (":", "-", "–", "—"):
        return None
    label_start = label_end = end + 1
    while label_end < len(doc) and label_end - label_start < MAX_LABEL_WORDS and _is_label_word(doc, label_end):
        label_end += 1
    if label_end == label_start or not doc[label_start].text[:1].isupper() or not _closes_entry(doc, label_end, None):
        return None
    return _label_count(doc, groups, start, value, label_start, label_end, doc[p:label_end])


def _label_count(doc: Doc, groups: Groups, start: int, value: int, label_start: int, label_end: int,
                 span: Span, strict: bool = False) -> Count | None:
    head, event = label_end - 1, None
    if is_past_participle(doc[head].lower_) and head > label_start and is_plural(doc[head - 1].lower_):
        event, head = _participle_lemma(doc[head].lower_), head - 1  # "Fugitives arrested"
    plural = _is_known_plural if strict else is_plural
    if not plural(doc[head].lower_) or doc[head].lower_ in STOP_WORDS or head in groups.noncount:
        return None  # "Hours: 24" is a duration; "Honduras (29)" a place
    qualifier, total = find_qualifier(doc, groups, start)
    mods = [t.text for t in doc[label_start:head] if t.lower_ != "total"]
    return Count(text=span.text, start=span.start_char, end=span.end_char, value=value,
                 item=singular(doc[head].lower_), modifiers=mods, event=event, charge=None, qualifier=qualifier,
                 total=total or doc[label_start].lower_ == "total", rule="count:label-first")


def _is_known_plural(word: str) -> bool:
    """A plural of a noun the lexicon knows ('arrests', 'police'), not a name that ends in -s ('Honduras')."""
    return is_plural(word) and (bool(noun_lemmas(word)) or word in lexicon("invariant_plurals"))


def _participle_lemma(word: str) -> str | None:
    found = verb_form(word)
    return found[0] if found is not None else None


def _is_label_word(doc: Doc, k: int) -> bool:
    tok = doc[k]
    return tok.is_alpha and not tok.like_num or (tok.text == "-" and not tok.whitespace_ and k > 0
                                                  and not doc[k - 1].whitespace_)


def _opens_line(doc: Doc, k: int) -> bool:
    """Token k starts its line (`_starts_a_text_line`) or an entry on it: the text's start, or a bullet or list
    separator at the line's start or inside it."""
    if k == 0 or _starts_a_text_line(doc, k):
        return True
    prev = doc[k - 1]
    return prev.text in LABEL_OPENERS and (k < 2 or _starts_a_text_line(doc, k - 1) or prev.text in INLINE_OPENERS)


def next_entry_follows(doc: Doc, k: int) -> bool:
    """'Arrests: 31 Citations: 400': at token k the next entry of a run on one line begins, a capitalized
    label, a colon and its number; the number before k belongs to the entry before, not to this label."""
    j = k
    while j < len(doc) and j - k < MAX_LABEL_WORDS and _is_label_word(doc, j):
        j += 1
    return (j > k and doc[k].text[:1].isupper() and j + 1 < len(doc) and doc[j].text == ":"
            and doc[j + 1].like_num)


def _follows_an_entry(doc: Doc, k: int, separator: str | None) -> bool:
    """'Citations' in 'Arrests: 31 Citations: 400': a colon label right after the number of an entry before."""
    return separator == ":" and k >= 2 and doc[k - 1].like_num and doc[k - 2].text == ":"


def _closes_entry(doc: Doc, end: int, separator: str | None) -> bool:
    """The entry ends at token `end`: its parenthesis or table cell closes, then the line ends, or a comma
    or semicolon opens the next entry. With no separator before the number only the end of a line will do
    ('Arrests 31')."""
    k = end
    if separator == ":" and next_entry_follows(doc, k):
        return True  # "Arrests: 31 Citations: 400"
    if separator == "(":
        if k >= len(doc) or doc[k].text != ")":
            return False
        k += 1
    if k < len(doc) and doc[k].text == "|":
        k += 1
    if separator != "(" and k < len(doc) and doc[k].text == "(":  # "Gang members – 3,496 (a note)"
        k += 1
        while k < len(doc) and doc[k].text != ")" and "\n" not in doc[k].text:
            k += 1
        k += k < len(doc) and doc[k].text == ")"
    if separator is not None and k < len(doc) and doc[k].text in (",", ";") and k + 1 < len(doc) \
            and (doc[k + 1].text[:1].isupper() or "\n" in doc[k + 1].text):
        return True
    if k < len(doc) and doc[k].text == ".":
        k += 1
    return k >= len(doc) or "\n" in doc[k].text or (doc[k].is_space and k + 1 >= len(doc))


def _with_event_of_its_set(doc: Doc, groups: Groups, start: int, head_end: int, count: Count,
                           earlier: list[Count]) -> Count:
    """'seized 23 firearms, including 4 handguns', 'the arrest of 47 people, including 17 doctors': a count
    opened by 'including' (or 'to include') takes the event of the count of its set, earlier in the same
    sentence; of a set without a number, the verb that governs it ('located stolen items to include three
    rifles')."""
    p = groups.qualifiers[start][0] if start in groups.qualifiers else start
    if p == 0:
        return count
    whole = earlier[-1] if earlier else None
    if whole is not None and doc[p - 1].lower_ in LIST_JOINERS and whole.rule.endswith("+including"):
        between = doc.char_span(whole.end, doc[p].idx, alignment_mode="expand")
        if between is not None and (all(t.lower_ in LIST_JOINERS or t.is_space for t in _outside_parentheses(between))
                                    or _only_item_words(doc, groups, between)):
            return count.model_copy(update={"event": whole.event, "rule": whole.rule})  # "... and five clinic owners"
        return count
    opener = _list_opener_before(doc, p)
    if opener is None or _has_own_participle(doc, head_end, count):
        return count  # "including 82 individuals found abroad": the item's own verb
    if doc[opener].lower_ in INCLUDE_FORMS and whole is not None and whole.end <= doc[opener].idx \
            and not _sentence_ends_between(doc, whole.end, doc[opener].idx):
        return count  # "targeted 1,517 defendants, included 525 arrests": a verb of the subject, no set
    if doc[opener].text in ("(", "–", "—") and (whole is None or whole.end > doc[opener].idx
                                    or not _only_a_participle(cached_text(doc)[whole.end:doc[opener].idx])):
        return count  # a parenthesis breaks down only the count right before it ("38 firearms (29 pistols",
        # "395 females safeguarded (214 adults"
    between = doc.char_span(whole.end, doc[opener].idx, alignment_mode="expand") if whole is not None else None
    if whole is not None and between is not None and whole.end <= doc[opener].idx \
            and not any(t.text in CLAUSE_ENDS or "\n" in t.text for t in between):
        return count.model_copy(update={"event": whole.event, "rule": f"{whole.rule}+including"})
    verb = _verb_of_uncounted_set(doc, groups, opener)
    if verb[0] is None:
        return count
    return count.model_copy(update={"event": verb[0], "rule": f"count:{verb[1]}+including"})


def _only_item_words(doc: Doc, groups: Groups, between: Span) -> bool:
    """'11 people on failure-to-appear warrants, seven sex offenders out of compliance and two fugitives': words
    that describe the item before, then a comma or 'and': no verb, clause mark or relative word between."""
    if not between or between[-1].lower_ not in LIST_JOINERS and not (
            len(between) > 1 and between[-1].is_space and between[-2].lower_ in LIST_JOINERS):
        return False
    for tok in between:
        if tok.text in CLAUSE_ENDS or "\n" in tok.text or tok.lower_ in COMPLEMENTIZERS | RELATIVE_PRONOUNS:
            return False
        inner = (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_) or (
            tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_)
        if tok.i in groups.events and not inner and not _is_nominal_event(doc, tok.i):
            return False
    return True


ITEM_LINKS = {"and", "or", "along", "together", "plus", "alongside", "well"}
"""Words that join a further item to a list: 'and', 'along with', 'together with', 'plus', 'as well as'
('106 cases with 189 defendants' is no list)."""
ITEM_LINK_WORDS = ITEM_LINKS | {"with", "as"}


def _with_event_of_its_list(doc: Doc, groups: Groups, start: int, head_end: int, count: Count,
                            earlier: list[Count]) -> Count:
    """'for a total of three prosecutors and two investigators': an item joined to the count just before it
    by nothing but a comma or 'and' shares that count's event, whatever a search further back would find;
    an item with a participle of its own keeps it ('2,219 citations issued, 4,051 warnings': the words
    between are more than joiners there)."""
    p = groups.qualifiers[start][0] if start in groups.qualifiers else start
    if not earlier or p == 0 or earlier[-1].event == count.event or _event_after_noun(doc, groups, head_end)[0]:
        return count
    previous = earlier[-1]
    if previous.end > doc[p].idx:  # "Five of the 62 cases": the earlier count's span holds this one
        return count
    between = doc.char_span(previous.end, doc[p].idx, alignment_mode="expand")
    if between is None or not any(t.lower_ in ITEM_LINKS for t in between) \
            or not all(t.lower_ in LIST_JOINERS | ITEM_LINK_WORDS or t.is_space for t in between):
        return count
    return count.model_copy(update={"event": previous.event, "rule": previous.rule})


INCLUDE_FORMS = {"include", "includes", "included", "comprise", "comprises", "comprised"}
SET_PRONOUNS = {"them", "whom", "which"}
AGE_WORDS = {"age", "ages"}  # "The four suspects, ages 19 to 34, were arrested": an aside of ages
REASON_PREPOSITIONS = {"for", "on"}  # "arrested for possession of", "on charges of": the offence, not the event
SET_DETERMINERS = {"those", "these"}  # "those arrested": the people a verb took, named by the verb alone


def _list_opener_before(doc: Doc, p: int) -> int | None:
    """The words that open the item at token p as part of a set named before, or None: 'including', 'to
    include', 'which included', 'among them', or 'included' after the set ('Agencies taking part included
    14 sheriff's offices')."""
    before = doc[p - 1].lower_
    if before == ":" and p >= 2 and doc[p - 2].lower_ in LIST_OPENERS | INCLUDE_FORMS:
        return _list_opener_before(doc, p - 1)  # "seized drugs including: 115 pills"
    if before in LIST_OPENERS or before == "(":  # "38 firearms (29 pistols, ...)": a breakdown of the set
        return p - 1
    if p >= 2 and before in SET_PRONOUNS and doc[p - 2].lower_ == "among":
        return p - 2  # "29 witnesses, among them six caregivers"
    if p >= 3 and before in BE_WORDS and doc[p - 2].lower_ in SET_PRONOUNS and doc[p - 3].lower_ == "among":
        return p - 3  # "19 weapons, among which were 11 knives"
    if p >= 4 and before in BE_WORDS and doc[p - 3].lower_ in SET_DETERMINERS and doc[p - 4].lower_ == "among" \
            and is_past_participle(doc[p - 2].lower_):
        return p - 4  # "Among those arrested were 12 juveniles"
    if before in ("–", "—") and doc[p - 1].whitespace_:
        return p - 1  # "31 firearms – 19 pistols, 8 rifles and 4 shotguns –": a breakdown
    if before in INCLUDE_FORMS:
        if p >= 2 and doc[p - 2].lower_ in ("to", "which", "that"):
            return p - 2
        return p - 1
    return None


def _verb_of_uncounted_set(doc: Doc, groups: Groups, opener: int) -> tuple[str | None, str | None]:
    """The verb before a set named without a number ('seized weapons, including ...'): the nearest verb in
    the clause that is not a participle inside the set's own noun phrase ('several stolen items')."""
    if doc[opener].lower_ == "among" and doc[opener + 1].lower_ in SET_DETERMINERS and opener + 2 in groups.events:
        return groups.events[opener + 2]  # "Among those arrested were 12 juveniles"
    for j in range(opener - 1, max(-1, opener - 1 - SET_VERB_WINDOW), -1):
        tok = doc[j]
        if tok.text in CLAUSE_ENDS or "\n" in tok.text or tok.lower_ in COMPLEMENTIZERS:
            return None, None
        if j == opener - 1 and j > 1 and doc[opener].lower_ in INCLUDE_FORMS and is_plural(tok.lower_) \
                and is_past_participle(doc[j - 1].lower_) and (j - 1) in groups.events:
            return groups.events[j - 1]  # "The arrested persons included 41 first-time drug abusers"
        if j == opener - 1 and j > 0 and _names_a_set(doc, j):
            found = groups.events[j] if j in groups.events else verb_form(tok.lower_)  # "participating": a verb
            if found is not None:  # "Those arrested included 519 people", "Agencies participating included"
                return found[0], "event-verb"
        if j not in groups.events or _is_nominal_event(doc, j):
            continue  # also over a number with no noun: "arrested 12, including 3 juveniles"
        if j > 0 and (doc[j - 1].lower_ in PRENOMINAL_WORDS or doc[j - 1].like_num):
            continue  # "several stolen items": a participle that describes the set
        if j > 0 and j - 1 in groups.events and is_participle(doc[j].lower_) and doc[j + 1].is_alpha:
            continue  # "recovered stolen goods": the verb before, not the participle that describes its object
        return groups.events[j]
    return None, None


def _only_a_participle(between: str) -> bool:
    """Nothing, or one past participle: the words between a count and the parenthesis that breaks it down."""
    words = between.split()
    return not words or (len(words) == 1 and words[0].isalpha() and is_past_participle(words[0].lower()))


def _sentence_ends_between(doc: Doc, start_char: int, end_char: int) -> bool:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return span is not None and any(t.text in CLAUSE_ENDS or "\n" in t.text for t in span)


def _names_a_set(doc: Doc, j: int) -> bool:
    """'those arrested', 'items seized', 'agencies participating': a participle after 'those' or a plural
    noun names the set the words after it break down."""
    word, before = doc[j].lower_, doc[j - 1].lower_
    if not (is_past_participle(word) or word.endswith("ing")):
        return False
    return before in SET_DETERMINERS or (doc[j - 1].is_alpha and is_plural(before) and bool(noun_lemmas(before)))


def _has_own_participle(doc: Doc, head_end: int, count: Count) -> bool:
    """The count's event is the past participle right after its noun ('82 individuals found abroad')."""
    if head_end >= len(doc) or count.event is None:
        return False
    after = doc[head_end]
    return is_participle(after.lower_) and count.event in verb_lemmas(after.lower_)


def number_starts(doc: Doc) -> list[int]:
    """Tokens that may open a number: LIKE_NUM, or 'a'/'one'/'half' before 'dozen' ('half a dozen'); found in one
    vectorized pass, not a Python test per token."""
    if not len(doc):
        return []
    numeric, lower = array(doc, "LIKE_NUM").astype(bool), array(doc, "LOWER")  # the Doc's shared columns
    strings = doc.vocab.strings
    dozen = numpy.zeros(len(lower), dtype=bool)
    before = lower[:-1]  # two comparisons: `numpy.isin` costs more than it saves on a two-word list
    dozen[:-1] = (lower[1:] == strings.add("dozen")) & ((before == strings.add("a")) | (before == strings.add("one"))
                                                       | (before == strings.add("half")))
    dozen[:-2] |= (lower[:-2] == strings.add("half")) & (lower[1:-1] == strings.add("a")) & dozen[1:-1]
    return numpy.flatnonzero(numeric | dozen).tolist()


def read_number(doc: Doc, i: int, blocked: set[int] | frozenset[int] = frozenset()) -> tuple[int, int, int | None]:
    """The tokens of one number ('1,234', 'Thirty-Four', 'two dozen', '2 million', '100K') and its value;
    a number in `blocked` (a date's day) is never joined to the number after it."""
    grouped = i + 1 if i in blocked else _digit_groups_end(doc, i)
    if grouped - i > MAX_DIGIT_GROUPS:
        return i, grouped, None  # a long run of digit groups is a code or a table, never read in part
    if grouped > i + 1:  # "1 200 officers", "2 000 victims": thousands set apart by spaces
        return i, grouped, int("".join(t.text for t in doc[i:grouped]))
    window = token_texts(doc, i, i + MAX_NUMBER_TOKENS)
    run = number_run(window)
    if run > 1:
        return i, i + run, as_int(parse_number(" ".join(window[:run])))
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
    text = " ".join(token_texts(doc, i, end))
    return i, end, as_int(parse_number(text))


def _digit_groups_end(doc: Doc, i: int) -> int:
    """Where a number written with spaces between its thousands ends ('1 200', '12 500 000', the SI and
    European style): the longest run of digit tokens from i that `parse_digits` reads as one number."""
    end = i + 1
    while end < len(doc) and doc[end].is_digit and doc[end - 1].whitespace_ \
            and parse_digits(doc[end - 1:end + 1].text) is not None:
        end += 1  # each pair of groups checked once; tokens split out of one long run of digits are no groups
    return end


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
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and (prev.lower_ in PRE_NUMBER_BLOCKERS or prev.text in ("$", "#", "/")):
        return False
    if prev is not None and prev.lower_ == "one" and first.lower_ == "of":
        return False
    if prev is not None and prev.text in ("-", "–") and not prev.whitespace_ and start >= 2 \
            and doc[start - 2].is_alpha and not doc[start - 2].whitespace_:
        return False  # "one-on-one visits", "face-to-2": a number inside a hyphenated word
    if prev is not None and prev.text == "-" and not prev.whitespace_ and start >= 2 and doc[start - 2].is_digit \
            and not _range_link(doc, start - 1):
        return False  # "a 2-1 vote", "won 3-2": the second number of a score
    if _in_ratio(doc, start, end):
        return False
    nxt_words = token_lowers(doc, end, end + 2)
    if value == 1 and nxt_words == ["or", "more"]:
        return False  # "one or more sentences": any number, not a count of one
    nxt = doc[end] if end < len(doc) else None
    labelled = nxt is not None and nxt.text == ")" and prev is not None and prev.text == "(" and start >= 2 \
        and doc[start - 2].is_alpha and _is_known_plural(doc[start - 2].lower_)  # "Arrests (31)": an entry
    if nxt is not None and not labelled and not has_glued_plus(doc, end) and not _range_link(doc, end) and (
            nxt.text in ("-", "%", "/", ":", ")") or nxt.lower_ in ("percent", "th", "st", "nd")):
        return False
    if prev is not None and prev.text == "." and start >= 2 and doc[start - 2].lower_ in ("no", "nos"):
        return False  # "the No. 1 suspect": a rank, not a count
    if first.lower_ == "one" and ((prev is not None and prev.lower_ in PRONOUN_ONE_BEFORE)
                                  or (nxt is not None and nxt.lower_ in PRONOUN_ONE_AFTER)):
        return False  # "no one got hurt", "attack one another": a pronoun, not a count
    if not any(c.isdigit() for c in first.text) and first.lower_ in ("one", "a"):
        # "is one key element", "as one unit": a predicate or a comparison, not a count
        return last.lower_ != "of" and (prev is None or prev.lower_ not in ("is", "was", "as", "be", "remains"))
    return not (first.text[:1].isdigit() and not first.text.replace(",", "").replace(".", "").isdigit())


PRONOUN_ONE_BEFORE = {"no", "any", "every", "some"}
PRONOUN_ONE_AFTER = {"another"}
RATIO_LINKS = (("in",), ("out", "of"), ("out", "of", "every"), ("in", "every"))
RATIO_FIRST_WORDS = {link[0] for link in RATIO_LINKS}
RATIO_LAST_WORDS = {link[-1] for link in RATIO_LINKS}


def _in_ratio(doc: Doc, start: int, end: int) -> bool:
    """'one in three of these fugitives', 'two out of every three burglaries': a proportion, like a
    percentage, on either side of its link word."""
    if not ((end < len(doc) and doc[end].lower_ in RATIO_FIRST_WORDS)
            or (start > 0 and doc[start - 1].lower_ in RATIO_LAST_WORDS)):
        return False
    after = token_lowers(doc, end, end + 4)
    before = token_lowers(doc, max(0, start - 4), start)
    for link in RATIO_LINKS:
        n = len(link)
        if tuple(after[:n]) == link and len(after) > n and doc[end + n].like_num:
            return True
        if tuple(before[-n:]) == link and start - n - 1 >= 0 and doc[start - n - 1].like_num:
            return True
    return False


def _is_year_shaped(tok: Token, value: int) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4 and 1900 <= value <= 2099


def _year_shape_counts(doc: Doc, groups: Groups, start: int) -> bool:
    """'laid 2052 charges', '• 1999 arrests': a year-shaped number counts only where a year cannot stand,
    after a verb, a qualifier or at the start of a list line, and before a lowercase word; 'in 2023
    officers', 'the 2024 arrests', 'Since 2019 arrests' are years."""
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    if nxt is None or not (nxt.is_alpha and nxt.is_lower):
        return False
    if start in groups.qualifiers:  # "approximately 2052 charges", "a total of 2052 charges"
        return True
    if start == 0:
        return False  # a headline or a line that opens with a year
    prev = doc[start - 1]
    if "\n" in prev.text or "\n" in prev.whitespace_ or prev.text in BULLETS:
        return True
    return start - 1 in groups.events and not _is_nominal_event(doc, start - 1)


def _is_in_proper_name(doc: Doc, start: int, end: int) -> bool:
    """'Formula One Miami Grand Prix', 'the Four Corners region': a capitalized number word mid-sentence.

    Headlines are written in title case throughout, so their numbers are read as counts.
    """
    first = doc[start]
    if start > 0 and first.is_digit and _identifier_before(doc, start):
        return True  # "12 Tier 3 sex offenders", "Troop 7", "Flight 123": a number that names, no count
    if not first.is_title or not first.is_alpha or start == 0:
        return False
    prev = doc[start - 1]
    if prev.is_punct or prev.is_space or "\n" in prev.whitespace_ or "\n" in prev.text:
        return False
    if prev.is_title and prev.is_alpha and prev.lower_ not in STOP_WORDS \
            and not in_headline(doc, doc._.text, first.idx, first.idx + len(first)):
        return True  # "the Formula One racing event", "Air Force One": the number word ends a name
    if _in_title(doc, start):
        return False
    return end < len(doc) and doc[end].is_title


def _gerund_after_verb_of(doc: Doc, j: int) -> bool:
    """'accused of staging 27 collisions', 'suspected of selling 40 guns': a gerund after a participle's 'of' is
    the count's own verb ('counts of filing false claims' has a noun before its 'of')."""
    return j >= 2 and doc[j].lower_.endswith("ing") and doc[j - 2].is_lower and is_participle(doc[j - 2].lower_)


def _names_by_number(doc: Doc, k: int) -> bool:
    """Token k is a number in digits that names ('Flight 123 carried', 'District 9 searched')."""
    return k > 0 and doc[k].is_digit and _identifier_before(doc, k)


def _identifier_before(doc: Doc, start: int) -> bool:
    """A capitalized singular noun right before a number in digits ('Tier 3', 'Level 3', 'Troop 7', 'Chapter 11')
    makes the number part of a name, outside Title Case headlines; a plural label ('Arrests 31') or a gerund
    ('Taking 16 suppliers') does not."""
    prev = doc[start - 1]
    if not (prev.is_title and prev.is_alpha) or prev.lower_ in STOP_WORDS or is_plural(prev.lower_) \
            or prev.lower_ in MONTHS or not noun_lemmas(prev.lower_) or prev.is_stop:
        return False  # "Some 2 500 officers", "Another 54 people": spaCy's stop words are no names
    if prev.lower_.endswith("ing") and verb_lemmas(prev.lower_):
        return False  # "Taking 16 suppliers off the street", "Finding 16 ...": a gerund and its object
    return not in_headline(doc, doc._.text, prev.idx, prev.idx + len(prev))


def _in_title(doc: Doc, i: int) -> bool:
    meta = doc._.meta
    title = getattr(meta, "title_range", None) if meta is not None else None
    return title is not None and title[0] <= doc[i].idx < title[1]


def _subject_of_charging_verb(mods: list[str], item: str) -> bool:
    """'Four face charges', 'Three Face Murder Counts': a charging verb between the number and a charge
    noun; the number counts people the text does not name, not the charges."""
    first = mods[0].lower() if mods else ""
    return item in CHARGE_ITEMS and first.isalpha() and not first.endswith("ing") \
        and bool(set(verb_lemmas(first)) & CHARGING_VERBS)


def _is_anecdotal_one(doc: Doc, start: int, value: int, head_end: int) -> bool:
    """'In one instance, ...', 'On one occasion, ...': an example, not a count; 'even one person being
    exploited is unacceptable', 'not one child': a hypothetical, not a count."""
    if value != 1 or start == 0:
        return False
    if doc[start - 1].lower_ in ("even", "not", "if"):
        return True
    return doc[start - 1].lower_ in ("in", "on") and head_end < len(doc) and doc[head_end].text == ","


def read_noun_phrase(doc: Doc, end: int, value: int, groups: Groups
                     ) -> tuple[list[str], int, int, str] | str | None:
    """(modifiers, head start, head end, item lemma), 'coordinated' when another number shares the noun."""
    j = end + 2 if _has_or_more(doc, end) else end
    if j < len(doc) and doc[j].lower_ == "of" and value != 1:
        j += 1
        if j < len(doc) and doc[j].lower_ in PARTITIVE_DETERMINERS:
            j += 1
        elif j + 1 < len(doc) and doc[j].is_title and doc[j + 1].text in POSSESSIVE_MARKS:
            j += 2  # "Two of Taylor's victims"
        elif not (j < len(doc) and doc[j].like_num and doc[j].is_digit):
            return None  # "29 of 45 wanted suspects" goes on to the noun
        if j < len(doc) and doc[j].like_num:  # "eight of the 14 defendants"
            j = read_number(doc, j)[1]
    mods: list[str] = []
    stop = min(len(doc), j + MAX_MODIFIERS + 1)
    k = j
    while k < stop:
        tok = doc[k]
        if k in groups.noncount and not is_inner_hyphen(doc, k + 1):  # "212 night-vision devices" counts devices
            return None
        if k in groups.compounds:
            c_end, lemma = groups.compounds[k]
            return mods, k, c_end, lemma
        if tok.lower_ in ("and", "or") and k + 1 < len(doc) and doc[k + 1].like_num:
            return "coordinated"
        if k == end and not mods and _range_link(doc, k):
            return "coordinated"  # "5-7 men", "5 to 7 men": both ends of a range count the noun, as "5 or 6 men"
        if tok.text == "," and mods and _continues_adjective_list(doc, k):
            k += 1
            stop = min(len(doc), stop + 1)
            continue
        if is_inner_hyphen(doc, k) and mods:  # "co-defendants", "drug-trafficking organizations"
            word = doc[k + 1].lower_
            if (is_plural(word) or _is_particle_plural(word)) \
                    and not _next_is_noun_continuation(doc, k + 1, value, groups):
                return mods[:-1], k - 1, k + 2, f"{doc[k - 1].lower_}-{singular(word)}"
            mods[-1] = f"{mods[-1]}-{doc[k + 1].text}"
            k += 2
            stop = min(len(doc), stop + 2)
            continue
        if tok.lower_ in ("and", "or"):
            stop = min(len(doc), stop + 1)
        if mods and tok.text == "(" and _acronym_in_parentheses(doc, k):
            k += 3  # "52 Firearm Prohibition Order (FPO) searches": the name's acronym
            stop = min(len(doc), stop + 3)
            continue
        opens_hyphenated = tok.is_alpha and is_inner_hyphen(doc, k + 1)  # "first-time", "all-terrain"
        if mods and tok.is_digit and _identifier_before(doc, k):
            mods.append(tok.text)  # "12 Tier 3 sex offenders", "three Level 3 offenses": the class, no count
            k += 1
            continue
        if tok.is_punct or tok.is_space or (tok.like_num and not opens_hyphenated):
            break
        if tok.lower_ in STOP_WORDS and not (tok.lower_ in ("and", "or") and mods) and not opens_hyphenated \
                and not _letter_of_a_name(doc, k):
            break
        if mods and tok.is_lower and tok.lower_ in lexicon("modal_verbs"):
            break  # "One drink can be one too many": a verb phrase starts
        if (tok.is_lower and not opens_hyphenated and (tok.lower_ in BE_WORDS or _simple_past_only(tok.lower_))) \
                or (mods and k in groups.dated and tok.is_alpha and tok.text[:1].isupper() and k + 1 < len(doc)
                    and not (doc[k + 1].is_alpha and is_plural(doc[k + 1].lower_))):  # "3 Sunday arrests" stays
            # "one got hurt", "One arrest took place": a verb, never a word of the noun phrase, nor is a date's
            # day ("one search warrant Wednesday"); the noun before it is the head
            last = doc[k - 1]
            if mods and last.is_alpha and noun_lemmas(last.lower_) and k > end:
                return mods[:-1], k - 1, k, singular(last.lower_)
            break
        if k in groups.events and mods and is_plural(doc[k - 1].lower_):
            break
        is_head = is_plural(tok.lower_) if value != 1 else is_noun_like(doc, k)
        if is_head and tok.is_upper and k + 1 < len(doc) and (doc[k + 1].is_title or (
                k + 2 < len(doc) and doc[k + 1].text in ("and", "&", "or") and doc[k + 2].is_title)):
            is_head = False  # "29 of the NDPS Act": an acronym that opens a name, no plural; "45 TTPS and Coast
            # Guard officers": a body's acronym modifying the noun with another body's name
        if is_head and _opens_complex_preposition(doc, k):
            return None  # "23 arrested thanks to a tip": no counted noun
        if is_head and _unknown_name_before_name(doc, k):
            mods.append(tok.text)  # "two Dallas County cases": a place's name, not a plural 'dallas'
            k += 1
            continue
        if is_head and _proper_names_before_noun(doc, k):
            mods.append(tok.text)  # "65 Customs and Police staff": the names modify the noun
            k += 1
            continue
        if is_head and not _next_is_noun_continuation(doc, k, value, groups):
            later = _later_head(doc, groups, k) if value != 1 else None
            if later is not None:  # "174 firearms trafficking-related criminal investigations"
                return mods + [t.text for t in doc[k:later]], later, later + 1, singular(doc[later].lower_)
            if k - 2 == end and mods[-1:] == [doc[k - 1].text] and doc[k - 1].text in POSSESSIVE_MARKS \
                    and doc[k - 2].is_alpha:
                # "44 Sheriff's Offices": a classifying possessive is part of the counted noun
                return mods[:-2], k - 2, k + 1, f"{doc[k - 2].lower_}'s {singular(tok.lower_)}"
            return mods, k, k + 1, singular(tok.lower_)
        if tok.lower_.endswith(("ed", "ing")) and not mods and k in groups.events and _ends_phrase(doc, k + 1) \
                and not _coordinated_modifier_then_noun(doc, k + 1):
            return None  # "93 arrested in the sweep": a verb, no counted noun
        if not mods and tok.is_lower and not opens_hyphenated and _only_a_linking_verb(tok.lower_):
            return None  # "two remain fugitives": the number is the verb's subject ("two stun guns" stays)
        mods.append(tok.text)
        k += 1
    return None


def _simple_past_only(word: str) -> bool:
    """A simple past that is no participle and no noun ('took', 'fled', 'ran'): it never modifies a noun, as
    'seized' or 'stolen' do ('two stolen vehicles')."""
    found = verb_form(word)
    return found is not None and found[1] == "past" and not is_past_participle(word) and not noun_lemmas(word)


def _coordinated_modifier_then_noun(doc: Doc, k: int) -> bool:
    """'1,102 disabled or stranded motorists': an 'and'/'or' at k joins a second lowercase modifier that a plural
    noun follows, so the participle before it modifies that noun."""
    return k + 2 < len(doc) and doc[k].lower_ in ("and", "or") and doc[k + 1].is_lower and doc[k + 1].is_alpha \
        and doc[k + 2].is_lower and is_plural(doc[k + 2].lower_)


def _only_a_linking_verb(word: str) -> bool:
    """A form of a linking verb ('remain', 'became', `linking_verbs`) the lexicon knows only as a verb and no
    -ing form: no modifier of a noun ('two remaining suspects' are suspects). Other verbs modify nouns ('stun
    guns'), and participles do ('stolen cars')."""
    lemmas = verb_lemmas(word)
    return bool(lemmas) and lemmas[0] in lexicon("linking_verbs") and not noun_lemmas(word) \
        and not word.endswith("ing")


def _acronym_in_parentheses(doc: Doc, k: int) -> bool:
    """'(FPO)' after capitalized modifiers, with a lowercase noun after it."""
    return k + 3 < len(doc) and doc[k + 1].is_upper and doc[k + 1].is_alpha and doc[k + 2].text == ")" \
        and doc[k - 1].is_title and doc[k + 3].is_lower and doc[k + 3].is_alpha


def _letter_of_a_name(doc: Doc, k: int) -> bool:
    """'Class A wraps', 'Category A prisoners': a capital letter after a capitalized word ends a name."""
    return len(doc[k].text) == 1 and doc[k].is_upper and k > 0 and doc[k - 1].is_title and not doc[k - 1].is_sent_start


def _is_particle_plural(word: str) -> bool:
    """'break-ins', 'drive-bys', 'hold-ups', 'call-outs': a particle made the plural end of a compound noun."""
    return word.endswith("s") and word[:-1] in lexicon("prepositions")


def _opens_complex_preposition(doc: Doc, k: int) -> bool:
    """'thanks to', 'due to': the word opens a preposition of two or three words, not a noun phrase."""
    words = token_lowers(doc, k, k + 3)
    return any(" ".join(words[:n]) in lexicon("complex_prepositions") for n in (2, 3))


def _unknown_name_before_name(doc: Doc, k: int) -> bool:
    """A capitalized word the lexicon knows no noun of, ending in -s only by chance ('Dallas', 'Athens'),
    with another capitalized word after it: a name, not a plural."""
    return doc[k].is_title and not noun_lemmas(doc[k].lower_) and k + 1 < len(doc) and doc[k + 1].is_title \
        and doc[k + 1].is_alpha and doc[k + 1].lower_ not in STOP_WORDS


def _proper_names_before_noun(doc: Doc, k: int) -> bool:
    """'65 Customs and Police staff', '40 Marines and Navy sailors': capitalized names joined by 'and' that
    modify a lowercase noun after them, in running text (a title-case headline has no lowercase noun)."""
    if not doc[k].is_title or k + 2 >= len(doc) or doc[k + 1].lower_ not in ("and", "&"):
        return False
    m = k + 2
    while m < min(len(doc), k + 2 + MAX_COORDINATED_WORDS) and doc[m].is_title and doc[m].is_alpha:
        m += 1
    return m > k + 2 and m < len(doc) and doc[m].is_alpha and doc[m].is_lower and doc[m].lower_ not in STOP_WORDS \
        and (is_plural(doc[m].lower_) or bool(noun_lemmas(doc[m].lower_)))


def _later_head(doc: Doc, groups: Groups, k: int) -> int | None:
    """The head of the noun phrase when the first plural is a modifier: 'firearms trafficking-related criminal
    investigations' counts investigations. Only over modifier words of the same case, never over a verb, a
    function word or punctuation other than a word's own hyphen."""
    if is_plural_person_noun(doc[k].lower_):
        return None  # "four defendants face firearms counts": people are the head, not a modifier
    if k + 1 < len(doc) and doc[k + 1].lower_.endswith("ing") and not is_inner_hyphen(doc, k + 2) \
            and doc[k].lower_ not in lexicon("attributive_plurals"):
        return None  # "18 crashes involving injuries": a verb describing the head; not "firearms trafficking cases"
    m, limit = k + 1, min(len(doc), k + 1 + MAX_MODIFIERS)
    seen_modifier = False
    while m < limit:
        tok = doc[m]
        if is_inner_hyphen(doc, m):
            m += 2
            seen_modifier = True
            continue
        if not tok.is_alpha or tok.like_num or tok.lower_ in STOP_WORDS or tok.lower_ in lexicon("prepositions") \
                or m in groups.events or m in groups.noncount or tok.is_title != doc[k].is_title:
            return None  # "23 people aboard two vessels": the people are counted
        if seen_modifier and is_plural(tok.lower_) and noun_lemmas(tok.lower_):
            return m
        seen_modifier = True
        m += 1
    return None


def _ends_phrase(doc: Doc, k: int) -> bool:
    """Nothing of a noun phrase can follow: the end, punctuation, a function word or a preposition."""
    return k >= len(doc) or doc[k].is_punct or doc[k].is_space or doc[k].lower_ in STOP_WORDS \
        or doc[k].lower_ in lexicon("prepositions")


def _has_no_object(doc: Doc, k: int) -> bool:
    """After a verb at k - 1: the end, punctuation or a preposition, so no object follows ('50 defendants
    charged in the sting'; not 'agencies searched the port')."""
    return k >= len(doc) or doc[k].is_punct or doc[k].is_space or doc[k].lower_ in lexicon("prepositions")


def _range_link(doc: Doc, k: int) -> bool:
    """'5-7', '5 to 7': a tight hyphen or 'to' between two numbers in digits, the smaller first."""
    tok = doc[k]
    if tok.lower_ != "to" and not (tok.text == "-" and not tok.whitespace_ and not doc[k - 1].whitespace_):
        return False
    first, second = doc[k - 1].text, doc[k + 1].text if k + 1 < len(doc) else ""
    return first.isdecimal() and second.isdecimal() and int(first) < int(second)  # "a 2-1 vote": a score


def _continues_adjective_list(doc: Doc, k: int) -> bool:
    """'300 federal, state, local and foreign agencies': a comma between lowercase modifiers."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("and", "or") and k + 2 < len(doc):
        nxt, k = doc[k + 2], k + 1  # 'federal, state, and local': the serial comma before the last item
        return nxt.is_lower and nxt.is_alpha and nxt.lower_ not in STOP_WORDS and not is_plural(doc[k - 2].lower_)
    return nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.lower_ not in STOP_WORDS \
        and not is_plural(doc[k - 1].lower_) and _list_closes(doc, k + 1)


def _list_closes(doc: Doc, k: int) -> bool:
    """One-word items, each after a comma, up to an 'and' or 'or' ('state, local and'): a list of modifiers,
    not a comma that ends the phrase ('the Interstate 35 checkpoint, agents referred')."""
    while k + 1 < len(doc) and doc[k].is_alpha and doc[k].is_lower:
        if doc[k + 1].lower_ in ("and", "or"):
            return True
        if doc[k + 1].text != ",":
            return False
        k += 2
        if k < len(doc) and doc[k].lower_ in ("and", "or"):
            return True  # 'federal, state, and local'
    return False


def _has_or_more(doc: Doc, end: int) -> bool:
    """'10 or more victims', '1,200-plus citations': the number is a bound."""
    return end + 1 < len(doc) and (doc[end].lower_ == "or" and doc[end + 1].lower_ in ("more", "fewer", "less")
                                   or has_glued_plus(doc, end))


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
    """A plural noun form: lemminflect knows it as a noun whose lemma differs ('knives', 'men'), an
    invariant plural ('police', 'premises'), or a regular -s plural of an unknown word."""
    if word in lexicon("invariant_plurals") or word == "people":  # the lexicon lists "people" as its own lemma
        return True
    lemmas = noun_lemmas(word)
    if lemmas:
        return lemmas[0] != word
    if MODEL_PLURAL.match(word):
        return True  # "AK-47s", "MP5s": a model's designation, made plural
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) \
        and word.replace("-", "").isalpha()


def is_noun_like(doc: Doc, k: int) -> bool:
    """For 'one': the counted noun is the last word before a function word or punctuation."""
    tok = doc[k]
    if tok.lower_.endswith("ing") and k + 1 < len(doc) and doc[k + 1].text == "," and k > 0 and doc[k - 1].like_num:
        return True  # "In one killing, ...": a gerund right after the number, then a comma
    if not tok.is_alpha or tok.lower_ in STOP_WORDS or tok.lower_.endswith("ing"):
        return False  # "one post bragging in ...": a participle is no counted noun
    if is_participle(tok.lower_) and not noun_lemmas(tok.lower_):
        return False  # "One died at the scene": a verb, no counted noun
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is None or nxt.is_punct or nxt.is_space or nxt.lower_ in STOP_WORDS or nxt.lower_.endswith("ed") \
            or _is_adverb(nxt) \
            or (nxt.is_lower and nxt.lower_ in lexicon("modal_verbs")):  # "One suspect may face charges"
        return True
    # "One suspect remains at large": a noun, then a verb in the present tense
    return bool(noun_lemmas(tok.lower_)) and nxt.is_lower and nxt.lower_.endswith("s") and bool(verb_lemmas(nxt.lower_))


def singular(word: str) -> str:
    """The counted noun's lemma: from the lexicon ('knives' -> 'knife', 'people' -> 'person'), invariant
    plurals as written ('police', 'premises'), else by the regular spelling rules."""
    if word in lexicon("invariant_plurals"):
        return word
    if word == "people":
        return "person"
    lemmas = noun_lemmas(word)
    if lemmas:
        return lemmas[0]
    if MODEL_PLURAL.match(word):
        return word[:-1]
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
        qualifier = "more than" if has_glued_plus(doc, end) else f"or {doc[end + 1].lower_}"
    return Count(text=span_text(span), start=span.start_char, end=span.end_char, value=value, item=item,
                 modifiers=[m for m in mods if m.lower() not in ("and", "or")] if len(mods) > 1 else mods,
                 event=event, charge=find_charge(doc, head_end, item), qualifier=qualifier, total=total,
                 rule=f"count:{rule}" if rule else "count")


WHEN_ITEMS = frozenset({"night"})
"""Items that count times, not things: SPEC lists 'in two nights' as a count that takes no event."""


def find_event(doc: Doc, groups: Groups, start: int, head_end: int, item: str = ""
               ) -> tuple[str | None, str | None]:
    """The verb the count takes part in.

    In order: the verb right after the noun ('victims being recovered', 'arrests were made', 'offenders
    reside'), the verb before the number in the same clause ('Agents arrested 120 traffickers'; for charge
    counts across the whole list: 'charged with five counts of X, two counts of Y'), then a verb after an
    auxiliary further on ('five doctors and two pharmacists, who have been charged').
    """
    if item in WHEN_ITEMS:
        return None, None  # "in two nights", "for 9 nights": a count that only says when (SPEC)
    of_noun = _object_of_noun(doc, groups, start)
    if of_noun is not None and item in CHARGE_ITEMS and doc[of_noun].is_title \
            and verb_of_action_noun(doc[of_noun].lower_) is None:
        of_noun = None  # "convicted Smith of 17 counts", "in March of 12 counts": a name owns no charges
    if of_noun is not None:  # "the arrest of 755 people": the noun's verb; "the homes of 20 suspects": none
        noun_event = _action_noun_event(doc, of_noun)
        if noun_event[0] is not None:
            return noun_event
        if not _names_a_quantity(doc, of_noun):
            return _event_after_noun(doc, groups, head_end)
    p = groups.qualifiers[start][0] if start in groups.qualifiers else start
    noun = doc[head_end - 1].lower_
    if p > 0 and "\n" not in doc[p - 1].text and _starts_a_text_line(doc, p):
        listed = _bullet_list_verb(doc, groups, p)  # "Officers seized:\n...\nfour handguns, two of them loaded\n
        if listed[0] is not None:                    # one vehicle": the list's verb, not the line before's word
            return listed
    if _opens_partitive_frame(doc, p, head_end):  # "Of the 216 vehicles, 94 were intercepted": the part's verb
        own = head_end in groups.events and is_past_participle(doc[head_end].lower_)
        return groups.events[head_end] if own else (None, None)
    if item not in CHARGE_ITEMS and of_noun is None and _in_prepositional_adjunct(doc, groups, p, noun):
        # "executed warrants at 22 addresses", "operations in four districts have resulted": where, not who;
        # but "on over 50 defendants charged in ...": the count's own participle
        own = head_end < len(doc) and head_end in groups.events and is_past_participle(doc[head_end].lower_) \
            and _has_no_object(doc, head_end + 1)  # "charged in ...", not "agencies worked long days"
        return groups.events[head_end] if own else (None, None)
    before = _verb_right_before(doc, groups, start) if item in CHARGE_ITEMS else (None, None)
    if before[0] is None:
        before = _event_before_number(doc, groups, start, item in CHARGE_ITEMS, noun=noun)
    if item in CHARGE_ITEMS:
        groups.list_events[start] = before  # the next count of the list stops its search here
        if before[0] in CHARGING_VERBS:
            return before  # "charged with seventeen offences, including ... possess ...": the offences' names
    found = _event_after_noun(doc, groups, head_end)
    in_relative_clause = _opens_relative_clause(doc, head_end)
    if in_relative_clause or _is_bare_participle(doc, head_end):
        main = _main_verb_after_clause(doc, groups, head_end, in_relative_clause)
        if main[0] is not None:  # "Four defendants, who are named in ..., were also arrested"
            return main
    if in_relative_clause:  # "arrested 345 individuals who had failed to register": the verb before wins
        if before[0] is not None:
            return before
        main = _main_verb_after_restrictive_relative(doc, groups, head_end)
        return main if main[0] is not None else _relative_clause_verb(doc, groups, head_end)
    if found[0] is None or (before[0] is not None and (_is_bare_participle(doc, head_end)
                                                       or _participle_of_second_noun(doc, groups, head_end)
                                                       or _object_complement(doc, groups, p, head_end)
                                                       or _object_before_finite_verb(doc, groups, p, head_end))):
        found = before if before[0] is not None else found  # "arrested 11 defendants named in an indictment"
    elif before[0] is None and _is_bare_participle(doc, head_end) and is_only_past_participle(
            doc[_past_negation(doc, head_end)].lower_) and _is_list_item(doc, groups, start):
        listed = _list_head_event(doc, groups, start)  # "intercepted 1,388 products and 27 pests not known to
        found = listed if listed[0] is not None else found  # occur here": the list's verb, not the description
    if found[0] is None and before[0] is None:  # "1,200 officers and 85 investigators took part"
        found = _event_after_noun(doc, groups, head_end, across_counts=True)
    if found[0] is None:
        found = _event_after_auxiliary(doc, groups, head_end)
    if found[0] is None:  # "80 marshals and officers from 26 agencies worked": past the second noun too
        found = _verb_after_prepositional_phrase(doc, groups, _skip_coordinated_noun(doc, groups, head_end))
    if found[0] is None and item != "count" and _is_list_item(doc, groups, start):
        found = _list_head_event(doc, groups, start)
    if found[0] is None:
        found = _verb_before_added_item(doc, groups, p)
    if found[0] is None:
        found = _verb_after_inserted_item(doc, groups, p, head_end)
    if found[0] is None and p > 0 and doc[p - 1].text == ",":
        found = _event_after_apposition(doc, groups, head_end)
    if found[0] is None:
        found = _bullet_list_verb(doc, groups, p)
    if found[0] is None:
        found = _bullet_line_item_verb(doc, groups, p)
    if found[0] is None and before[0] is None:
        found = _event_after_aside(doc, groups, head_end)
    if found[0] is None and before[0] is None:
        found = _participle_after_of_phrase(doc, groups, head_end)
    return found


def _participle_after_of_phrase(doc: Doc, groups: Groups, head_end: int) -> tuple[str | None, str | None]:
    """'3,222 potential victims of human trafficking identified in 116 countries': the count's participle after
    a short 'of' phrase of lowercase words, when nothing follows it but a preposition or punctuation."""
    if head_end >= len(doc) or doc[head_end].lower_ != "of":
        return None, None
    for k in range(head_end + 1, min(len(doc), head_end + 2 + MAX_MODIFIERS)):
        tok = doc[k]
        if k in groups.events and is_past_participle(tok.lower_) and k > head_end + 1:
            return groups.events[k] if _has_no_object(doc, k + 1) else (None, None)
        if not (tok.is_alpha and tok.is_lower) or tok.lower_ in STOP_WORDS:
            return None, None
    return None, None


ASIDE_OPENERS = {"a", "an", "the", "including", "among", "both", "each", "all", "together", "worth"}
ASIDE_WINDOW = 24


def _event_after_aside(doc: Doc, groups: Groups, head_end: int) -> tuple[str | None, str | None]:
    """'Two co-defendants, a former manager and a bookkeeper, pleaded guilty', 'Fourteen agencies, including
    the Sheriff's Office and the Police Department, took part', 'Three men, together with two women, were
    arrested', '99 million cigarettes, worth £44 million, were seized': a subject count with nothing before it
    takes the verb after the aside that describes it, set off by two commas."""
    if head_end + 1 >= len(doc):
        return None, None
    opener = doc[head_end + 1].lower_
    if doc[head_end].text != "," or not (opener in ASIDE_OPENERS or opener in lexicon("prepositions")
                                         or is_participle(opener)  # "..., backed by state police, raided"
                                         or _opens_partitive_relative(doc, head_end + 1)
                                         or _names_aside(doc, head_end + 1)):
        return None, None
    for k in range(head_end + 2, min(len(doc), head_end + ASIDE_WINDOW)):
        if doc[k].text in CLAUSE_ENDS:
            return None, None
        if doc[k].text == "," and k + 1 < len(doc) and (doc[k + 1].lower_ in ASIDE_OPENERS | {"and"}
                                                        or not _continues_clause(doc, groups, k + 1)):
            continue  # "a nurse, a pharmacist and a clinic owner", "police, and British Gas": the aside's list
        if doc[k].text == ",":
            return _verb_after_fillers(doc, groups, k + 1)
    return None, None


def _names_aside(doc: Doc, k: int) -> bool:
    """'Two Ghanaians, Jo Roe and Al Poe, were arrested': from k to the next comma, capitalized names (and
    their initials) joined by commas and 'and', and at least two words of them."""
    words = 0
    for m in range(k, min(len(doc), k + ASIDE_WINDOW)):
        tok = doc[m]
        if tok.text == "," and words >= 2 and m + 1 < len(doc) and not doc[m + 1].text[:1].isupper() \
                and doc[m + 1].lower_ != "and":
            return True  # the comma that closes the names
        initial = len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."  # "John A. Smith"
        if tok.is_title and tok.is_alpha or initial or tok.text in (",", "-") or tok.lower_ == "and":
            words += tok.is_title and tok.is_alpha
            continue
        return False
    return False


def _continues_clause(doc: Doc, groups: Groups, k: int) -> bool:
    """After a comma: a verb (past fillers) that goes on with the clause, not another item of a list."""
    return _verb_after_fillers(doc, groups, k)[0] is not None


def _verb_after_fillers(doc: Doc, groups: Groups, k: int, need_filler: bool = False
                        ) -> tuple[str | None, str | None]:
    """The verb at k, or after up to four auxiliaries and adverbs from k ('were later charged'); with
    `need_filler`, only after at least one ('..., were arrested', not '..., arrested 2 more')."""
    m = k
    while m < len(doc) and m - k < 4 and _is_filler_at(doc, m):
        m += 1
    if (need_filler and m == k) or m >= len(doc) or m not in groups.events or _is_nominal_event(doc, m):
        return None, None
    return groups.events[m]


BULLET_LIST_WINDOW = 400  # tokens back to the line that opens the list


def _bullet_list_verb(doc: Doc, groups: Groups, p: int) -> tuple[str | None, str | None]:
    """'Deputies located and seized:\n- 12 handguns\n- 41 rifles': a count that opens a list line (after a
    bullet, or a number itself) takes the verb that ends the line opening the list, before its colon. Every
    line between must be a list line too."""
    k = p - 1 if p > 0 and doc[p - 1].text in BULLETS else p
    if k >= 2 and doc[k - 1].text in (".", ")") and doc[k - 2].is_digit and len(doc[k - 2]) <= 2:
        k -= 2  # "1. One (1) motor vehicle": a numbered line
    if k == 0 or not _starts_a_text_line(doc, k):
        return None, None
    for j in range(k - 2, max(-1, k - BULLET_LIST_WINDOW), -1):
        tok = doc[j]
        if tok.text == ":" and ("\n" in doc[j + 1].text or _starts_a_text_line(doc, j + 1)):
            verb = j - 1 - _list_lead_length(doc, j)  # "resulted in CFSEU-BC seizing a combined:"
            if verb >= 0 and (doc[verb].lower_ in LIST_OPENERS | INCLUDE_FORMS or doc[verb].lower_ == "following"):
                return _verb_of_uncounted_set(doc, groups, verb)  # "items were seized including:"
            if verb >= 0 and doc[verb].lower_ in BE_WORDS:
                return _fronted_participle(doc, groups, verb)  # "Seized from the suspects were:"
            if verb >= 1 and doc[verb].lower_ in lexicon("prepositions") and verb - 1 in groups.events:
                verb -= 1  # "Project Ironside resulted in:": the verb before its preposition
            if verb >= 0 and verb in groups.events and not _is_nominal_event(doc, verb):
                return groups.events[verb]
            following = _the_following_in_line(doc, j)  # "Police reported the following results of the
            if following is not None:                    # two-day operation:": the verb before 'the following'
                found = _verb_of_uncounted_set(doc, groups, following)
                if found[0] is not None:
                    return found
            return _list_header_event(doc, groups, j)
        if _starts_a_text_line(doc, j + 1) and not _opens_list_line(doc, j + 1, groups):
            return None, None
    return None, None


def _list_header_event(doc: Doc, groups: Groups, colon: int) -> tuple[str | None, str | None]:
    """The event a list's header line names without a finite verb: a participle after a plural noun ('the items
    confiscated so far have a value of $7 million:', 'Items seized during the searches:'), else the action noun
    that heads the line ('Miscellaneous Seizures:', 'the discovery and seizure of illegal drugs:'); a noun
    after a preposition is another's complement ('Details of the operation:')."""
    line_start = _clause_line_start(doc, colon)
    for k in range(line_start + 1, colon):
        if k in groups.events and is_past_participle(doc[k].lower_) and is_plural(doc[k - 1].lower_) \
                and not _is_nominal_event(doc, k):
            return groups.events[k]  # "the items confiscated so far"
    for k in range(colon - 1, line_start - 1, -1):
        tok = doc[k]
        if not tok.is_alpha or is_past_participle(tok.lower_) or tok.lower_.endswith("ing") \
                or not (k + 1 == colon or doc[k + 1].lower_ == "of") or verb_of_action_noun(tok.lower_) is None:
            continue
        if any(t.lower_ in lexicon("prepositions") for t in doc[line_start:k]):
            return None, None  # "Details of the operation:", "Arrests during the searches:"
        verb = _action_noun_event(doc, k)[0]  # "the arrest and seizure of": the first noun's, as elsewhere
        return (verb, "event-noun-header") if verb is not None else (None, None)
    return None, None


def _clause_line_start(doc: Doc, k: int, stops: frozenset[str] | set[str] = frozenset()) -> int:
    """Where the line or clause that holds token k starts: after a line break, a clause end or one of `stops`."""
    while k > 0 and "\n" not in doc[k - 1].text and doc[k - 1].text not in CLAUSE_ENDS and doc[k - 1].text not in stops:
        k -= 1
    return k


def _the_following_in_line(doc: Doc, colon: int) -> int | None:
    """Where 'following' of 'the following' stands in the line that the colon at `colon` ends, if it does."""
    return next((j for j in range(colon - 1, max(0, _clause_line_start(doc, colon)), -1)
                 if doc[j].lower_ == "following" and doc[j - 1].lower_ == "the"), None)


def _bullet_line_item_verb(doc: Doc, groups: Groups, p: int) -> tuple[str | None, str | None]:
    """'seized:\n• An indoor cannabis plantation and more than 100 cannabis plants': a count joined by 'and' or a
    comma to unnumbered items that open a bulleted line takes the list's verb, as the line's first item would."""
    if p < 3 or doc[p - 1].lower_ not in ("and", ","):
        return None, None
    first = _clause_line_start(doc, p - 1, BULLETS)
    if first < 1 or doc[first - 1].text not in BULLETS or first >= p - 1 \
            or not _opens_unnumbered_item(doc, groups, first):
        return None, None
    return _bullet_list_verb(doc, groups, first)


def _starts_a_text_line(doc: Doc, k: int) -> bool:
    """Token k starts a line of the release, also where a line break was read as a wrapped line's space
    ('412 grams of cocaine\nfour handguns': list lines that open in lower case)."""
    before = doc[k - 1]
    if "\n" in before.text:
        return True
    return "\n" in cached_text(doc)[before.idx + len(before) : doc[k].idx]


def _fronted_participle(doc: Doc, groups: Groups, be: int) -> tuple[str | None, str | None]:
    """'Seized from the suspects were:', 'Recovered during the searches were:': the past participle that
    opens the line whose 'were' introduces the list."""
    start = be
    while start > 0 and "\n" not in doc[start - 1].text and doc[start - 1].text not in CLAUSE_ENDS:
        start -= 1
    if start in groups.events and is_past_participle(doc[start].lower_) and not _is_nominal_event(doc, start):
        return groups.events[start]
    return None, None


def _opens_list_line(doc: Doc, k: int, groups: Groups) -> bool:
    """A bullet, a number, or a qualifier before one ('approximately 1.8 kilograms ...', 'more than $96,000')."""
    return k < len(doc) and (doc[k].text in BULLETS or doc[k].like_num or doc[k].text[:1] in "$£€"
                             or k in groups.qualifier_starts)


def _event_after_apposition(doc: Doc, groups: Groups, head_end: int) -> tuple[str | None, str | None]:
    """'The suspects, three men and a woman, were arrested': a count in an apposition takes the verb after
    the comma that closes it."""
    for k in range(head_end, min(len(doc), head_end + MAX_COORDINATED_WORDS + 2)):
        if doc[k].text in CLAUSE_ENDS or doc[k].like_num:
            return None, None
        if doc[k].text == ",":  # an auxiliary first: "..., were arrested", not "..., arrested 2 more"
            return _verb_after_fillers(doc, groups, k + 1, need_filler=True)
    return None, None


OBJECT_DETERMINERS = {"the", "these", "those", "their", "remaining", "other", "additional"}


def _object_of_noun(doc: Doc, groups: Groups, start: int) -> int | None:
    """The noun whose of/against-phrase the count opens ('the arrest of [more than] 755 people', 'charges
    against 65 offenders'), or None."""
    p = groups.qualifiers[start][0] if start in groups.qualifiers else start
    for _ in range(2):  # "Searches of the 22 properties", "charges against the remaining 6 individuals"
        if p >= 3 and doc[p - 1].lower_ in OBJECT_DETERMINERS and doc[p - 2].lower_ in OBJECT_DETERMINERS | {
                "of", "against"}:
            p -= 1
    if p < 2 or doc[p - 1].lower_ not in ("of", "against") or not doc[p - 2].is_alpha \
            or (p - 2 in groups.events and not _is_nominal_event(doc, p - 2)):
        return None  # "to dispose of 1,000 warrants": a verb, not a noun
    noun = p - 2
    if doc[noun].lower_ in STOP_WORDS or doc[noun].lower_ in ("one",):
        return None
    if doc[noun].is_lower and not noun_lemmas(doc[noun].lower_):
        return None  # "found guilty of two counts": an adjective's phrase, the verb before it governs
    if doc[p - 1].lower_ == "against" and verb_of_action_noun(doc[noun].lower_) is None:
        return None  # "actions against 22 individuals", "filed against six": no action noun
    return noun


def _names_a_quantity(doc: Doc, noun: int) -> bool:
    """'a group of', 'a shipment of', 'the total of': the count is what the verb before acts on."""
    return doc[noun].lower_ in lexicon("collective_nouns") or singular(doc[noun].lower_) in lexicon(
        "collective_nouns") or (noun > 0 and doc[noun - 1].lower_ in ("a", "an"))


def _action_noun_event(doc: Doc, noun: int) -> tuple[str | None, str | None]:
    """The verb of an action noun ('execution' -> 'execute'); 'a raid of', 'a cache of' name a thing."""
    word = doc[noun].lower_
    if noun > 0 and doc[noun - 1].lower_ in ("a", "an"):  # "a shipment of", "a cache of": a thing
        return None, None
    if noun >= 2 and doc[noun - 1].lower_ in ("and", "or"):  # "the arrest and prosecution of"
        first = verb_of_action_noun(doc[noun - 2].lower_)
        if first is not None:
            return first, "event-noun"
    verb = verb_of_action_noun(word)
    return (verb, "event-noun") if verb is not None else (None, None)


def _verb_right_before(doc: Doc, groups: Groups, start: int) -> tuple[str | None, str | None]:
    """'laying 2,000 charges', 'resulting in 456 charges': a verb that takes the count itself, before the
    search over a whole list of charge counts to its charging verb."""
    p = groups.qualifiers[start][0] if start in groups.qualifiers else start
    if p > 1 and doc[p - 1].lower_ in ("in", "to"):
        p -= 1
    if p > 0 and p - 1 in groups.events and not _is_nominal_event(doc, p - 1):
        return groups.events[p - 1]
    return None, None


def _object_before_finite_verb(doc: Doc, groups: Groups, p: int, head_end: int) -> bool:
    """'A man carrying 12 wraps was held': the count is the object of the verb right before it, so the
    auxiliary and verb after its noun belong to the subject before that verb, not to the count."""
    return p > 0 and p - 1 in groups.events and not _is_nominal_event(doc, p - 1) \
        and doc[p - 1].lower_ not in BE_WORDS and head_end < len(doc) and doc[head_end].lower_ in AUXILIARIES \
        and not _subject_of_clause_after_verb(doc, p, head_end)


PLURAL_AUXILIARIES = {"were", "are", "have", "had"}


def _subject_of_clause_after_verb(doc: Doc, p: int, head_end: int) -> bool:
    """'The director revealed 15 people had been detained': after a verb in the past tense (not one opening a
    relative clause, 'the raids that netted 20 suspects were ...') a plural count whose noun a plural auxiliary
    follows is the subject of a clause the verb takes, whose verb is the count's."""
    verb = verb_form(doc[p - 1].lower_)
    return (verb is not None and verb[1] == "past" and (p < 2 or doc[p - 2].lower_ not in RELATIVE_PRONOUNS)
            and is_plural(doc[head_end - 1].lower_) and doc[head_end].lower_ in PLURAL_AUXILIARIES)


def _object_complement(doc: Doc, groups: Groups, p: int, head_end: int) -> bool:
    """'leaving one victim permanently disabled', 'found two men badly injured': a verb right before the
    number takes the count as its object, and an adverb and a participle after the noun say what state it
    left them in; the count's event is that verb. Without the adverb the participle may be the event
    itself ('sees 2,000 charges laid')."""
    if p == 0 or p - 1 not in groups.events or _is_nominal_event(doc, p - 1):
        return False
    k = head_end
    while k < len(doc) and _is_adverb(doc[k]):
        k += 1
    return k > head_end and k < len(doc) and is_past_participle(doc[k].lower_)


def _past_negation(doc: Doc, k: int) -> int:
    """Where the participle after a noun is: past a 'not' before it ('27 pests not known to occur here': a negated
    participle describes the noun too)."""
    return k + 1 if k + 1 < len(doc) and doc[k].lower_ == "not" and is_past_participle(doc[k + 1].lower_) else k


def _participle_of_second_noun(doc: Doc, groups: Groups, head_end: int) -> bool:
    """'displayed 10 guns and numerous plastic bags filled with cash': a participle after an uncounted noun
    joined to the count describes that noun; the verb before the number is the count's."""
    k = _skip_coordinated_noun(doc, groups, head_end)
    return k > head_end + 1 and k < len(doc) and doc[k].is_lower and is_participle(doc[k].lower_) \
        and _is_bare_participle(doc, k)


DISTRIBUTIVES = {"each", "all", "both"}
MAX_PARTICIPLE_FILLERS = 2


def _is_bare_participle(doc: Doc, head_end: int) -> bool:
    """'11 defendants named in an indictment', '48 suspects believed to be': a participle right after the noun
    describes it; the count's own verb is the one before the number, or the main verb after the phrase."""
    head_end = _past_negation(doc, head_end)
    start = head_end
    while head_end < len(doc) and head_end - start < MAX_PARTICIPLE_FILLERS and (
            doc[head_end].lower_ in DISTRIBUTIVES or _is_adverb(doc[head_end])):
        head_end += 1  # "two parcels each allegedly containing six kilograms"
    if head_end >= len(doc) or not doc[head_end].is_alpha:
        return False
    word = doc[head_end].lower_
    if word in BE_WORDS or not ((is_past_participle(word) or word.endswith("ing")) and doc[head_end].is_lower):
        return False
    after = head_end + 1  # "106 citations issued, 50 warnings": the item's own verb, not a description
    return after < len(doc) and not (doc[after].is_punct or doc[after].is_space or doc[after].lower_ in ("and", "or"))


def _main_verb_after_clause(doc: Doc, groups: Groups, head_end: int, relative: bool) -> tuple[str | None, str | None]:
    """The verb after a clause that describes the noun: a relative clause ends at its comma ('who are named in
    separate indictments, were also arrested'); a participle phrase runs on to the auxiliary ('named in the
    main indictment are charged')."""
    if not relative:
        return _event_after_auxiliary(doc, groups, head_end, past_clause=True)
    limit = min(len(doc), head_end + FORWARD_WINDOW)
    first = head_end + 1 if doc[head_end].text == "," else head_end
    for k in range(first + 1, limit):
        if doc[k].text in CLAUSE_ENDS or "\n" in doc[k].text:
            break
        if doc[k].text == ",":
            return _event_after_auxiliary(doc, groups, k + 1)
    return None, None


def _main_verb_after_restrictive_relative(doc: Doc, groups: Groups, head_end: int) -> tuple[str | None, str | None]:
    """'Fourteen men who responded and arrived at a hotel ... were arrested': a subject's relative clause with no
    commas ends where an auxiliary (not the clause's own, right after its pronoun) opens the main verb."""
    limit = min(len(doc), head_end + FORWARD_WINDOW)
    for k in range(head_end + 2, limit):
        if doc[k].text in CLAUSE_ENDS or doc[k].text == ",":
            break
        if doc[k].lower_ in AUXILIARIES and doc[k - 1].lower_ not in RELATIVE_PRONOUNS:
            m = k + 1
            while m < limit and _is_filler_at(doc, m):
                m += 1
            if m < limit and m in groups.events and not _is_nominal_event(doc, m):
                return groups.events[m]
            return None, None
    return None, None


def _relative_clause_verb(doc: Doc, groups: Groups, head_end: int) -> tuple[str | None, str | None]:
    """'five doctors, who have been charged': the verb of the clause that describes the counted people."""
    k = head_end + 2 if doc[head_end].text == "," else head_end + 1
    limit = min(len(doc), k + 4)
    while k < limit and _is_filler_at(doc, k):
        k += 1
    return groups.events[k] if k < len(doc) and k in groups.events else (None, None)


PARTITIVE_QUANTIFIERS = {"some", "all", "most", "many", "none", "several", "each", "both", "few", "half"}


def _opens_partitive_relative(doc: Doc, k: int) -> bool:
    """'two of which', 'some of whom', 'two of them': a clause about a part of the set, whose verb is the part's."""
    return k + 2 < len(doc) and (doc[k].like_num or doc[k].lower_ in PARTITIVE_QUANTIFIERS) \
        and doc[k + 1].lower_ == "of" and doc[k + 2].lower_ in ("which", "whom", "them")


def _opens_relative_clause(doc: Doc, head_end: int) -> bool:
    k = head_end + 1 if head_end < len(doc) and doc[head_end].text == "," else head_end
    return k < len(doc) and doc[k].lower_ in RELATIVE_PRONOUNS


def _verb_after_prepositional_phrase(doc: Doc, groups: Groups, head_end: int) -> tuple[str | None, str | None]:
    """'100 agencies across 28 states conducted operations': the subject's verb after a short phrase that says
    where the counted things are from; only a past form, only over words without punctuation or a verb."""
    if head_end >= len(doc) or doc[head_end].lower_ not in PLACE_PREPOSITIONS:
        return None, None
    k, limit = head_end + 1, min(len(doc), head_end + 2 + MAX_MODIFIERS)
    while k < limit:
        tok = doc[k]
        if tok.text == "(" and k > head_end + 1:  # "officers from HM Revenue and Customs (HMRC) visited"
            close = next((j for j in range(k + 1, min(len(doc), k + 5)) if doc[j].text == ")"), None)
            if close is None:
                return None, None
            k, limit = close + 1, min(len(doc), limit + close + 1 - k)
            continue
        if tok.text == "," and k > head_end + 1:  # "..., with support from local police, visited"
            return _event_after_aside(doc, groups, k)
        if tok.is_punct or tok.is_space or tok.lower_ in RELATIVE_PRONOUNS:
            return None, None
        if k in groups.events:
            return groups.events[k] if is_participle(tok.lower_) and not _is_nominal_event(doc, k) else (None, None)
        k += 1
    return None, None


ADDED_ITEM_LINKS = (("along", "with"), ("together", "with"), ("as", "well", "as"))
ADDED_ITEM_LINK_ENDS = frozenset(words[-1] for words in ADDED_ITEM_LINKS)


def _verb_before_added_item(doc: Doc, groups: Groups, p: int) -> tuple[str | None, str | None]:
    """'Officers seized 40 kg of drugs, along with 11 sets of dive gear and 3 boats': items added with 'along
    with', 'together with' or 'as well as' share the clause's verb, however many amounts stand between."""
    link, link_end = _added_item_link(doc, p)
    if link is None or link_end is None or not (_earlier_items_only(doc, link_end, p)
                                                or _earlier_unnumbered_items(doc, groups, link_end, p)):
        return None, None  # "along with a shipment of 55,000 pills": the count is inside another noun's phrase
    for j in range(link - 1, max(-1, link - LIST_EVENT_WINDOW), -1):
        if doc[j].text in CLAUSE_ENDS:
            break
        if j in groups.events and not _is_nominal_event(doc, j):
            after = doc[j + 1].lower_ if j + 1 < len(doc) and j + 1 != link else ""  # "was seized along with"
            qualifier = j + 2 < len(doc) and doc[j + 2].like_num  # "recovered around 24 kilos"
            return (None, None) if after in lexicon("prepositions") and not qualifier else groups.events[j]
            # "arrested with $27,000 along with 42 cards": the first item was no object of the verb, nor are those
            # added to it
    return None, None


def _added_item_link(doc: Doc, p: int) -> tuple[int | None, int | None]:
    """Where 'along with', 'together with' or 'as well as' starts and ends, before the item at p or before its
    list, within the clause."""
    for end in range(p, max(0, p - LIST_EVENT_WINDOW), -1):
        if doc[end - 1].text in CLAUSE_ENDS:
            break
        if doc[end - 1].lower_ not in ADDED_ITEM_LINK_ENDS:
            continue
        link = next((end - len(words) for words in ADDED_ITEM_LINKS
                     if end >= len(words) and tuple(t.lower_ for t in doc[end - len(words) : end]) == words), None)
        if link is not None:
            return link, end
    return None, None


def _verb_after_inserted_item(doc: Doc, groups: Groups, p: int, head_end: int) -> tuple[str | None, str | None]:
    """'Three men, together with 2 women, were arrested', '43kg of cocaine, together with 2,426 cannabis plants,
    were seized': items added between commas share the verb after the closing comma."""
    link, link_end = _added_item_link(doc, p)
    if link is None or link == 0 or doc[link - 1].text != "," or link_end != p or head_end + 1 >= len(doc) \
            or doc[head_end].text != ",":
        return None, None
    return _verb_after_fillers(doc, groups, head_end + 1, need_filler=True)


def _earlier_items_only(doc: Doc, start: int, p: int) -> bool:
    """Between an item link and the count at p: nothing, or earlier items of one list (a number or an amount,
    its noun phrase with 'of' or 'in', commas and 'and')."""
    between = doc[start:p]
    return not len(between) or ((between[0].like_num or between[0].is_currency) and all(
        t.like_num or t.is_currency or t.is_alpha and t.lower_ not in lexicon("prepositions")
        or t.lower_ in ITEM_PHRASE_WORDS for t in between))


def _earlier_unnumbered_items(doc: Doc, groups: Groups, start: int, p: int) -> bool:
    """'along with cash, approximately 8 kilograms of tobacco and more than 5000 cigarettes', 'along with a 2018
    Mercedes, designer watches and over 35 designer handbags': earlier items, the first without a number, each
    a short noun phrase, and the count a later item after a comma or 'and'."""
    if p - start < 2 or doc[p - 1].lower_ not in ("and", ",") or not _opens_unnumbered_item(doc, groups, start):
        return False
    hedged = {t for end, (q_start, _) in groups.qualifiers.items() for t in range(q_start, end)}  # "about 3
    # kilograms", "more than 900 cigars"
    return all(not (t.is_punct or t.is_space) or t.text in (",", "-") for t in doc[start:p]) and all(
        t.lower_ not in AUXILIARIES | SUBJECT_PRONOUNS | RELATIVE_PRONOUNS and not (
            t.i in groups.events and not _is_nominal_event(doc, t.i))
        and (t.lower_ in ITEM_PHRASE_WORDS or t.i in hedged or t.lower_ not in lexicon("prepositions"))
        for t in doc[start:p])


ITEM_PHRASE_WORDS = frozenset({"of", "in", ",", "and"})  # "11 sets of dive gear", "£132,500 in cash"


def _is_list_item(doc: Doc, groups: Groups, start: int) -> bool:
    """'seized 20 firearms, 13 vehicles and 4 boats', 'arrested three men and two women': a later item."""
    p = groups.qualifiers[start][0] if start in groups.qualifiers else start
    if p > 1 and doc[p - 1].lower_ in LIST_JOINERS | {"alongside", "plus", ";"}:
        return True
    if p > 2 and doc[p - 1].lower_ == "and" and doc[p - 2].text == ";":
        return True
    if p > 2 and [t.lower_ for t in doc[p - 2:p]] in (["along", "with"], ["together", "with"]):
        return True  # "arrested 12 men, along with 4 women"
    return p > 3 and [t.lower_ for t in doc[p - 3:p]] == ["as", "well", "as"]


def _list_head_event(doc: Doc, groups: Groups, start: int) -> tuple[str | None, str | None]:
    """The event a list of counts shares: the verb or action noun that opens the list ('the seizure of 19
    firearms, 13 vehicles and ...', 'reported 25 arrests, 334 contacts and 224 warnings'). An item's own
    participle ('87 warrants executed and 13 vehicles') belongs to that item alone: the list has none."""
    lo = max(0, start - LIST_EVENT_WINDOW)
    j = start
    while j > lo:
        j = _before_parenthesis(doc, j - 1)  # "(commonly known as 'Ice')": an aside has no list verb
        tok = doc[j]
        if tok.lower_ in AGENT_PREPOSITIONS and _opens_counts(doc, groups, j + 1):
            return _event_before_number(doc, groups, j + 1, False)  # "partnered with 21 agencies and 90 officers"
        if tok.text == ";" and _semicolon_between_counts(doc, groups, j):
            continue  # "seized 12 firearms; 3 vehicles; and 4 phones"
        if tok.text == ":" and _colon_opens_objects(doc, groups, j):
            continue  # "seized drugs including: 7.5 kilograms of methamphetamine, 115 oxycodone pills"
        if tok.text in CLAUSE_ENDS or "\n" in tok.text or tok.lower_ in RELATIVE_PRONOUNS | COMPLEMENTIZERS \
                or tok.lower_ in AGENT_PREPOSITIONS:
            return None, None  # "recovered by investigators from the Office and 21 agencies": not the agencies'
        if tok.lower_ == "of" and j > 0 and j - 1 not in groups.events:
            if j > 1 and doc[j - 2].lower_ in REASON_PREPOSITIONS:
                continue  # "one female for solicitation of prostitution, one male ...": an offence, no event
            noun_event = _action_noun_event(doc, j - 1)
            if noun_event[0] is not None:
                return noun_event[0], "event-noun-list"
            continue
        if j > 0 and (doc[j - 1].like_num or doc[j - 1].lower_ in PRENOMINAL_WORDS):
            continue  # "ten prohibited weapons", "numerous prohibited weapons": a modifier inside an earlier item
        if j > 0 and tok.lower_.endswith("ing") and doc[j - 1].lower_ in lexicon("prepositions"):
            continue  # "one male for soliciting a minor, and one male ...": a gerund inside an earlier item
        if j in groups.events and not _is_nominal_event(doc, j) and not (j > 0 and doc[j - 1].lower_ == "of"):
            if _describes_earlier_noun(doc, j, start):
                continue  # "a stimulant known as khat, four pills": the stimulant's participle
            if _is_post_nominal_participle(doc, j) or _closes_earlier_item(doc, j):
                return None, None
            return _first_of_coordination(doc, groups, j)
    return None, None


MAX_PARENTHESIS_TOKENS = 16


AMOUNT_PREPOSITIONS = {"from", "to", "for"}


def _amount_then_preposition(doc: Doc, j: int, start: int) -> bool:
    """'stole $640,000 from 11 victims', 'paid $500 to 3 officers': the number at j is an amount of money
    (its sign written before it), and only a preposition stands between it and the count at `start`."""
    k = j - 1
    while k >= 0 and doc[k].like_num:
        k -= 1
    if k < 0 or not doc[k].is_currency or doc[k].whitespace_:
        return False
    m = j + 1
    while m < start and doc[m].like_num:
        m += 1  # "$2.5 million"
    return m + 1 == start and doc[m].lower_ in AMOUNT_PREPOSITIONS


def _outside_parentheses(span: Span) -> list[Token]:
    """The tokens of a span that no parenthesis encloses: 'nine women (alleged prostitutes) and 48 men'."""
    kept, depth = [], 0
    for token in span:
        depth += token.text == "("
        if depth == 0:
            kept.append(token)
        depth -= token.text == ")" and depth > 0
    return kept


def _before_parenthesis(doc: Doc, j: int) -> int:
    """Token j, or when it closes a short parenthesis the token before the parenthesis opens."""
    if doc[j].text != ")":
        return j
    k = j - 1
    while k > 0 and j - k < MAX_PARENTHESIS_TOKENS and doc[k].text != "(" and doc[k].text not in CLAUSE_ENDS:
        k -= 1
    return k - 1 if k > 0 and doc[k].text == "(" else j


def _participle_of_counted_noun(doc: Doc, j: int) -> bool:
    """'14 individuals directly linked': the participle at j follows a counted noun (a number, its lowercase
    modifiers, the noun, maybe an adverb); 'and police seized' is a finite verb after a bare noun."""
    k = j - 2 if _is_adverb(doc[j - 1]) else j - 1
    k -= 1
    while k >= 0 and j - k <= MAX_MODIFIERS + 3 and doc[k].is_alpha and doc[k].is_lower \
            and doc[k].lower_ not in STOP_WORDS:
        k -= 1
    return k >= 0 and doc[k].like_num and k < j - 1


def _is_post_nominal_participle(doc: Doc, j: int) -> bool:
    """'2,219 citations issued': a participle right after a counted noun describes that count only."""
    if j < 2 or not is_participle(doc[j].lower_):
        return False
    noun = j - 2 if _is_adverb(doc[j - 1]) else j - 1  # "14 individuals directly linked"
    if noun < 1 or not is_plural(doc[noun].lower_):
        return False
    before = doc[max(0, noun - 1 - MAX_MODIFIERS):noun]
    ends = [t.i for t in before if t.text in CLAUSE_ENDS or t.text == "," or "\n" in t.text]
    return any(t.like_num for t in before if not ends or t.i > ends[-1])  # not a number of the sentence before,
    # nor one before a comma ("Since July 2024, RCMP teams seized ...": the teams are the subject)


def _event_after_noun(doc: Doc, groups: Groups, head_end: int, across_counts: bool = False
                      ) -> tuple[str | None, str | None]:
    k = _skip_participle_clause(doc, _skip_of_phrase_before_auxiliary(doc, head_end))
    past_clause = k > head_end  # "two women, aged 27 and 29, were arrested"
    if not past_clause:
        k = _skip_coordinated_noun(doc, groups, head_end, across_counts)
    past_second_noun = k > head_end + 1 and not past_clause
    limit = min(len(doc), k + 4)
    be = None
    while k < limit and _is_filler_at(doc, k):
        be = k if doc[k].lower_ in BE_WORDS else be
        k += 1
    if k >= len(doc) or k not in groups.events or _is_nominal_event(doc, k) or doc[k].lower_ in LIST_OPENERS:
        return None, None
    if be is not None and _is_predicate_adjective(doc, groups, be, k):
        return None, None  # "Two suspects are wanted fugitives"
    word = doc[k].lower_
    if past_clause and be is None and is_only_past_participle(word):
        return None, None  # "31 firearms, including 8 devices, known as switches": it describes the devices
    lemma = groups.events[k][0]
    if past_second_noun and not is_participle(word):
        return None, None
    if k > head_end or is_participle(word) or word.endswith("ing") or word == lemma \
            or (word.endswith("s") and not is_plural(doc[head_end - 1].lower_)):  # "One officer faces"
        return groups.events[k]
    return None, None


def _skip_of_phrase_before_auxiliary(doc: Doc, head_end: int) -> int:
    """'... and 2,745,000 capsules of pregabalin were recovered': past a short 'of' phrase of lowercase words
    when an auxiliary follows it, so the count's own passive verb is found; head_end otherwise."""
    if head_end >= len(doc) or doc[head_end].lower_ != "of":
        return head_end
    k = head_end + 1
    while k < len(doc) and k - head_end <= MAX_MODIFIERS and doc[k].is_alpha and doc[k].is_lower \
            and doc[k].lower_ not in STOP_WORDS:
        k += 1
    return k if k > head_end + 1 and k < len(doc) and doc[k].lower_ in AUXILIARIES else head_end


def _skip_participle_clause(doc: Doc, head_end: int) -> int:
    """'The 61 Task Forces, funded through a grant program, conducted ...', 'Four people, including two
    teenagers, were arrested': the token after the clause."""
    k = head_end
    if k + 2 >= len(doc) or doc[k].text != "," or not (doc[k + 1].lower_.endswith("ed")
                                                        or doc[k + 1].lower_ in LIST_OPENERS | AGE_WORDS):
        return k
    if doc[k + 1].lower_.endswith("ed") and _active_object_after(doc, k + 2):
        return k  # "made 100 arrests, seized more than 200 kilograms, took ...": a verb of the subject's series
    limit = min(len(doc), k + PARTICIPLE_CLAUSE_WINDOW)
    for m in range(k + 2, limit - 1):
        if doc[m].text in CLAUSE_ENDS:
            break
        if doc[m].text == "," and not doc[m + 1].like_num and doc[m + 1].lower_ not in ("and", "or"):
            return m + 1  # "aged 24, 31 and 45, face": past the list; ", and possess ..." goes on with it
    return k


def _active_object_after(doc: Doc, k: int) -> bool:
    """An object opens at k ('seized 4 guns', 'seized more than 200 kilograms', 'took the drugs'): the verb
    before it is active, no participle that describes a noun ('funded through a grant')."""
    if k >= len(doc):
        return False
    if doc[k].like_num or doc[k].lower_ in ("a", "an", "the", "their", "his", "her"):
        return True
    return k + 1 < len(doc) and doc[k].lower_ in OBJECT_STARTERS \
        and (doc[k + 1].like_num or doc[k + 1].lower_ == "than")


def _skip_coordinated_noun(doc: Doc, groups: Groups, head_end: int, across_counts: bool = False) -> int:
    """'traffickers and exploiters were arrested', 'Officers and a Title Agent Charged': past the second noun;
    `across_counts` also past a counted one ('officers and 85 investigators took part')."""
    k = head_end
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", "or"):
        return k
    m = k + 1
    if across_counts:
        while m < len(doc) and doc[m].like_num:
            m += 1
    limit = min(len(doc), m + MAX_COORDINATED_WORDS)
    while m < limit and _is_coordinated_noun_word(doc, groups, m):
        m += 1
    return m if m > k + 1 else k


def _is_coordinated_noun_word(doc: Doc, groups: Groups, m: int) -> bool:
    tok = doc[m]
    if not tok.is_alpha or tok.like_num or m in groups.events or tok.lower_ in BE_WORDS:
        return False
    return tok.lower_ not in STOP_WORDS or tok.lower_ in ("a", "an", "the")


def _event_before_number(doc: Doc, groups: Groups, start: int, whole_list: bool, across_numbers: int = 0,
                         noun: str | None = None) -> tuple[str | None, str | None]:
    """Nearest verb before the number; nouns ('the arrest of') are skipped.

    For charge counts the search runs back over the whole list of counts to a charging verb, skipping the
    verbs inside offence names ('counts of possessing', 'with the intent to pander').
    """
    number_start = start
    if start in groups.qualifiers:  # the window starts before "more than"
        start = groups.qualifiers[start][0]
    in_list = across_numbers > 0
    after_amount = False  # an amount item of the same list stands between the verb and the count
    if not whole_list and _in_prepositional_adjunct(doc, groups, start, noun):
        return None, None
    lo = max(0, start - (LIST_EVENT_WINDOW if whole_list else across_numbers or EVENT_WINDOW))
    j = start
    while j > lo:
        j = _before_parenthesis(doc, j - 1)  # "40 pills (known as Xanax bars), 52 plants": no verb of theirs
        tok = doc[j]
        if tok.is_space and "\n" in tok.text:
            break  # a line of its own ("• Percocet (11 prescription pills)"): the lines before are other items
        if whole_list and j in groups.list_events:  # the previous count of the list already looked further back
            return groups.list_events[j]
        if tok.text == ":" and _colon_opens_objects(doc, groups, j):
            continue  # "Officers seized: 10 firearms; 45 grams of cocaine; 74 capsules": the verb's list
        if tok.text in CLAUSE_ENDS or (not whole_list and tok.lower_ in CLAUSE_OPENERS):
            break
        if tok.like_num and not whole_list and not in_list and not _amount_then_preposition(doc, j, start):
            if not (j in claimed_tokens(doc) and _list_comma_between(doc, j, start)):
                break  # a number of its own; "stole $640,000 from 11 victims": the amount is the verb's other object
            lo = min(lo, max(0, j - AMOUNT_ITEM_TOKENS))  # "seized 3kg of heroin, £48,600 in cash, 14 mobile
            # phones": an amount is an earlier item of the verb's list, and the verb is further back
            after_amount = True
        if after_amount and tok.lower_ == "of" and j > 0 and j - 1 not in groups.events \
                and not (j > 1 and doc[j - 2].lower_ in REASON_PREPOSITIONS):  # "arrested for possession of"
            noun_event = _action_noun_event(doc, j - 1)
            if noun_event[0] is not None:  # "the seizure of 14kg of meth, 2.4kg of heroin, 74 pills": the
                return noun_event[0], "event-noun-list"  # noun that opens the list, not the verb before it
        if j not in groups.events or _is_nominal_event(doc, j):
            continue
        if j > 0 and ((doc[j - 1].lower_ == "of" and not _gerund_after_verb_of(doc, j))
                      or (doc[j - 1].like_num or doc[j - 1].lower_ in PRENOMINAL_WORDS)
                      and is_participle(tok.lower_) and not _names_by_number(doc, j - 1)):
            continue  # "counts of filing false claims", "ten/numerous prohibited weapons": inside another phrase
        if j > 0 and tok.lower_.endswith("ing") and doc[j - 1].lower_ in lexicon("prepositions") \
                and any(t.text == "," for t in doc[j + 1:start]) and not (after_amount and _amount_follows(doc, j + 1)):
            continue  # "one male for soliciting a minor, and one male": a gerund inside an earlier item; but "by
            # confiscating $75 million worth of drugs, 440 firearms": the gerund takes the whole list
        if whole_list:
            if groups.events[j][0] in CHARGING_VERBS:
                return groups.events[j]
            continue
        if _describes_earlier_noun(doc, j, start):
            continue  # "seized 9,000 grams of a stimulant known as khat, four pills": the participle is the
            # stimulant's, the list's verb is further back
        if _is_post_nominal_participle(doc, j) and (any(t.text == "," for t in doc[j + 1:start]) or (
                _participle_of_counted_noun(doc, j) and any(t.lower_ in ("and", "or") for t in doc[j + 1:start]))):
            return None, None  # "2,219 citations issued, 4,051 warnings", "14 people directly linked to it and
            # 28 persons ... were arrested": the participle describes the earlier count, not this one
        if _closes_earlier_item(doc, j):
            return None, None  # "£4.5 million of revenue loss prevented, 176 firearms taken off the streets"
        if j + 2 == start and doc[j + 1].lower_ in ("and", "or") and is_participle(tok.lower_) \
                and _ends_with_own_verb(doc, groups, number_start):
            return None, None  # "have been charged and 14 warrants executed": a new subject, its own verb
        return _first_of_coordination(doc, groups, j)
    return None, None


def _closes_earlier_item(doc: Doc, j: int) -> bool:
    """The past participle at j right after a noun and right before a comma ends an earlier item of a list of
    results ('revenue loss prevented, 176 firearms'): it describes that item, not the counts after it."""
    if j < 1 or j + 1 >= len(doc) or doc[j + 1].text != "," or not is_past_participle(doc[j].lower_):
        return False
    noun = doc[j - 1]
    return noun.is_alpha and noun.is_lower and noun.lower_ not in STOP_WORDS | AUXILIARIES \
        and bool(noun_lemmas(noun.lower_)) and not verb_form(noun.lower_)


def _colon_opens_objects(doc: Doc, groups: Groups, colon: int) -> bool:
    """A colon in running text right after a verb ('seized: 10 firearms') or after 'including' opens the verb's
    list of objects; it ends no clause. A colon before a line break opens a list of lines (`_bullet_list_verb`)."""
    before = colon - _list_lead_length(doc, colon)
    if before < 1 or colon + 1 >= len(doc) or _starts_a_text_line(doc, colon + 1) \
            or in_headline(doc, doc._.text, doc[colon].idx, doc[colon].idx + 1) or not _in_a_sentence(doc, colon):
        return False  # "Fraud network dismantled: 17 arrests": a headline's two parts
    verb = before - 1
    return doc[verb].lower_ in LIST_OPENERS | INCLUDE_FORMS or (
        verb in groups.events and not _is_nominal_event(doc, verb) and doc[verb].is_lower)


def _in_a_sentence(doc: Doc, k: int) -> bool:
    """Token k stands on a line that ends as a sentence does (a headline ends without a period)."""
    text = cached_text(doc)
    line_end = text.find("\n", doc[k].idx)
    return text[doc[k].idx:line_end if line_end >= 0 else len(text)].rstrip(" \t\r\"'”’)")[-1:] in (".", "!", "?")


LIST_LEAD_WORDS = {"a", "the", "combined", "total", "of"}
"""Words between a verb and the colon opening its list: 'seized a combined:', 'seized a total of:'."""


def _list_lead_length(doc: Doc, colon: int) -> int:
    """How many of `LIST_LEAD_WORDS` stand right before the colon (at most three)."""
    n = 0
    while n < 3 and colon - n - 1 > 0 and doc[colon - n - 1].lower_ in LIST_LEAD_WORDS:
        n += 1
    return n


def _amount_follows(doc: Doc, k: int) -> bool:
    """An amount's number at token k, or after a hedge and a sign (three tokens: 'more than $75 million')."""
    return any(_is_amount_number(doc, m) for m in range(k, min(len(doc), k + 4)))


def _is_amount_number(doc: Doc, k: int) -> bool:
    """Token k holds the digits of an amount ('$75', '14kg')."""
    return k in claimed_tokens(doc) and any(c.isdigit() for c in doc[k].text)


def _describes_earlier_noun(doc: Doc, j: int, start: int) -> bool:
    """A participle right after a singular uncounted noun, before a comma that precedes the count at `start`:
    it describes that noun inside an earlier item of a list; or one after a definite noun and before a
    preposition ('the heroin seized to 19 overdoses'): it says which of that noun is meant."""
    if j > 2 and is_past_participle(doc[j].lower_) and doc[j - 2].lower_ in DEFINITE_DETERMINERS \
            and doc[j - 1].is_lower and doc[j - 1].is_alpha and bool(noun_lemmas(doc[j - 1].lower_)) \
            and j + 1 < start and doc[j + 1].lower_ in lexicon("prepositions") and _verb_at(doc, j - 3):
        return True  # "We linked the heroin seized to 19 overdoses": the object's participle tells which heroin;
        # "The operation resulted in 164 stops": the subject's verb
    return (j > 0 and is_only_past_participle(doc[j].lower_) and doc[j - 1].is_lower and doc[j - 1].is_alpha
            and not is_plural(doc[j - 1].lower_) and bool(noun_lemmas(doc[j - 1].lower_))
            and doc[j - 1].lower_ not in BE_WORDS | AUXILIARIES and any(t.text == "," for t in doc[j + 1:start]))


DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}


def _verb_at(doc: Doc, k: int) -> bool:
    """Whether token k is a finite or participle verb (by the lexicon), not an event noun."""
    return k >= 0 and verb_form(doc[k].lower_) is not None and not noun_lemmas(doc[k].lower_)


AMOUNT_ITEM_TOKENS = 12  # how far before an amount item ("3kg of crack cocaine and heroin,") the search goes on


def _list_comma_between(doc: Doc, j: int, start: int) -> bool:
    """A comma (or ', and') right before the count at `start` (past its qualifier), after the amount at j: the
    amount was an earlier item of the list; or a bracket: the count restates the amount ('161 pounds of fentanyl
    pills (approximately 735,000 pills)')."""
    if j >= start - 1:
        return False
    if doc[start - 1].text in (",", "("):
        return True
    return start >= 2 and j < start - 2 and doc[start - 1].lower_ in ("and", "or") and doc[start - 2].text == ","


def _ends_with_own_verb(doc: Doc, groups: Groups, start: int) -> bool:
    """The count at `start` has a participle of its own right after its noun ('14 warrants executed')."""
    found = read_noun_phrase(doc, read_number(doc, start)[1], 2, groups)
    if not isinstance(found, tuple):
        return False
    head_end = found[2]
    return head_end < len(doc) and head_end in groups.events and is_participle(doc[head_end].lower_)


def _semicolon_between_counts(doc: Doc, groups: Groups, j: int) -> bool:
    """A semicolon that separates the items of a list of counts: a plural noun before it, a number (after an
    'and') right after it."""
    k = j + 1
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1
    return j > 0 and (is_plural(doc[j - 1].lower_) or _amount_item_before(doc, j)) and _opens_counts(doc, groups, k)


def _amount_item_before(doc: Doc, j: int) -> bool:
    """The list item ending at token j is a measured amount ('45 grams of cocaine powder; 74 capsules'); not
    money, which ends other clauses too ('street value $65,000; and 465 grams', 'to Pay $1.8 Million; 3,400')."""
    for k in range(j - 1, max(-1, j - 1 - AMOUNT_ITEM_TOKENS), -1):
        if doc[k].text in CLAUSE_ENDS or doc[k].text == ",":
            return False
        if _is_amount_number(doc, k):
            return any(a.start <= doc[k].idx < a.end and a.unit.islower() for a in amount_facts(doc))
    return False


def _opens_counts(doc: Doc, groups: Groups, k: int) -> bool:
    """The list right after a preposition starts with a count ('with 21 agencies and ...'), so its items share
    the first item's verb; 'by investigators from the Office and 21 agencies' starts with a noun."""
    qualifier_starts = {q_start for q_start, _ in groups.qualifiers.values()}
    return k < len(doc) and (doc[k].like_num or k in qualifier_starts)


PERSON_ARGUMENT_PREPOSITIONS = {"from"}
SEQUENCE_WORDS = {"first", "second", "third", "last", "past", "final", "next", "initial", "previous"}
PLACE_DETERMINERS = {"the", "these", "those", "each", "all", "both", "of", "its", "their"}


def _in_prepositional_adjunct(doc: Doc, groups: Groups, start: int, noun: str | None = None) -> bool:
    """'took place this year in 55 offices', 'actions today against 22 individuals': the number is no argument
    of the verb; but 'resulted in 191 actions', 'filed against six individuals' go with the verb just before,
    and people after 'from' are whom the verb took from, not a place ('stole from 11 victims'); after 'on'
    they are mostly a topic ('a press conference on 50 defendants', 'an indictment on 43 defendants')."""
    while start >= 2 and doc[start - 1].lower_ in PLACE_DETERMINERS | SEQUENCE_WORDS:
        start -= 1  # "in each of the 52 halls", "at the 22 addresses", "during the first two phases"
    if any(" ".join(token_lowers(doc, max(0, start - n), start)) in lexicon("relation_prepositions")
           for n in (2, 3)):
        return True  # "charges laid in connection with 31 housebreakings": what the charges concern
    if start >= 2 and doc[start - 1].lower_ == "to" and start - 2 in groups.events \
            and groups.events[start - 2][0] in lexicon("motion_verbs"):
        return True  # "The teams went to 250 residences": where they went
    if start < 1 or doc[start - 1].lower_ not in PLACE_PREPOSITIONS:
        return False  # also a preposition that opens the text ("During two phases, ...")
    if start >= 2 and doc[start - 1].lower_ == "with" and doc[start - 2].lower_ in ("along", "together"):
        return False  # "seized 40 kg of drugs, along with 11 sets of dive gear": a further item, no adjunct
    if noun is not None and doc[start - 1].lower_ in PERSON_ARGUMENT_PREPOSITIONS and is_plural_person_noun(noun):
        return False
    verb = groups.events[start - 2][0] if start >= 2 and start - 2 in groups.events else None
    return verb is None or f"{verb} {doc[start - 1].lower_}" not in lexicon("prepositional_verbs")


def _event_after_auxiliary(doc: Doc, groups: Groups, head_end: int, past_clause: bool = False
                           ) -> tuple[str | None, str | None]:
    """'70 doctors, six owners and five distributors have been stripped': an auxiliary, then the verb.

    A comma ends the search unless a list or a relative clause goes on after it ('two events, a total of
    300 tons were collected' is another clause); with `past_clause` the search steps over a clause that
    describes the noun ('named in the indictment are charged').
    """
    limit = min(len(doc), head_end + FORWARD_WINDOW)
    k = head_end
    while k < limit and (doc[k].text not in CLAUSE_ENDS or _unit_abbreviation_period(doc, k)) \
            and "\n" not in doc[k].text:  # a line break, indented or not, ends the clause ("\n    • Seized ...")
        if past_clause and doc[k].lower_ in (",", "and") and _another_subject_or_verb(doc, k):
            return None, None  # "214 arrests made in the US, 93 were arrested": another subject; "16 suspects
            # appeared in court and were held": a second verb, the first is theirs
        if doc[k].text == "," and _opens_partitive_relative(doc, k + 1):
            return None, None  # "6 firearms, two of which had been reported stolen": the part's verb
        if doc[k].text == "," and not past_clause and k + 1 < len(doc) \
                and doc[k + 1].lower_ in LIST_OPENERS | AGE_WORDS | {"aged"}:
            aside_end = _aside_end(doc, k + 1, limit)  # "10 firearms, including ghost guns, and one kilogram of
            if aside_end is None:                      # cocaine were seized", "seven men and two women, ages 18
                return None, None                      # to 33, were arrested": past the aside, the list goes on
            after = doc[aside_end + 1].lower_ if aside_end + 1 < len(doc) else ""
            verb = _verb_after_fillers(doc, groups, aside_end + 1) if after not in RELATIVE_PRONOUNS else (None, None)
            if verb[0] is not None:
                return verb  # "..., aged between 22 and 58, appeared in court and were remanded": the first verb
            if after not in ("and", "or"):
                return None, None  # "..., including Medicaid beneficiaries, who claimed ...": no list goes on
            k = aside_end + 1
            continue
        if doc[k].lower_ in (",", "and") and not past_clause and k + 1 < len(doc) and (
                (doc[k + 1].lower_ not in ("a", "an")
                 and _opens_counts(doc, groups, k + 1 + (doc[k + 1].lower_ == "and")))
                or (doc[k].text == "," and _opens_unnumbered_item(doc, groups, k + 1))):
            limit = min(len(doc), k + FORWARD_WINDOW)  # each further item of the list ('2,931 pills, 64 pills, 554
            # grams of fentanyl, more than 19 lbs. of cocaine ... and 14 firearms were seized'; 'three firearms, a
            # taser, jewellery and seven motorbikes were seized') carries the search on to the list's verb
        elif doc[k].text == "," and not past_clause and k + 1 < len(doc) and not (
                doc[k + 1].like_num or doc[k + 1].lower_ in RELATIVE_PRONOUNS | LIST_CONTINUERS
                or (doc[k + 1].is_lower and is_plural(doc[k + 1].lower_))):
            return None, None
        if doc[k].lower_ in AUXILIARIES and k > 0 and doc[k - 1].lower_ in SUBJECT_PRONOUNS:
            return None, None  # "traveled to a meeting believing they would meet": another subject's verb
        if doc[k].lower_ in AUXILIARIES:
            m = k + 1
            while m < limit and _is_filler_at(doc, m):
                m += 1
            if past_clause and k > head_end and doc[k - 1].lower_ in RELATIVE_PRONOUNS:
                k = m  # "20 defendants named in the indictment, which was unsealed": the relative clause is the
                continue  # indictment's, the count's verb is elsewhere
            if m < limit and m in groups.events and not _is_nominal_event(doc, m) \
                    and not _is_predicate_adjective(doc, groups, k, m):
                return groups.events[m]
            if k == 0 or doc[k - 1].lower_ not in ("who", "that", "which"):
                return _coordinated_predicate_verb(doc, groups, m)
            k = m  # past a relative clause: "defendants, who are named in ..., were also arrested"
            continue
        k += 1
    return None, None


MAX_ITEM_WORDS = 8


def _opens_unnumbered_item(doc: Doc, groups: Groups, k: int) -> bool:
    """'a taser', 'mobile phones', 'jewellery' between list commas: a short noun phrase without a number that
    a comma, 'and', 'or' or a parenthesis ends; a verb, an auxiliary, a pronoun or a preposition other than
    'of' makes it a clause ('a man was arrested', 'police said'), no item."""
    k += doc[k].lower_ == "and" if k < len(doc) else 0
    m = k
    while m < len(doc) and m - k <= MAX_ITEM_WORDS and doc[m].text not in ITEM_ENDS:
        tok = doc[m]
        if (tok.is_punct and tok.text != "-") or tok.is_space or tok.lower_ in AUXILIARIES | SUBJECT_PRONOUNS \
                or tok.lower_ in STOP_WORDS - ITEM_STOP_WORDS \
                or (tok.lower_ != "of" and tok.lower_ in lexicon("prepositions")) \
                or (m in groups.events and not _is_nominal_event(doc, m)):
            return False
        m += 1
    return k < m < len(doc) and m - k <= MAX_ITEM_WORDS and doc[m].text in ITEM_ENDS - CLAUSE_ENDS


ITEM_ENDS = frozenset({",", "and", "or", "("}) | CLAUSE_ENDS
ITEM_STOP_WORDS = frozenset({"a", "an", "the", "of", "their", "his", "her", "its", "our", "these", "those", "all",
                             "both", "each", "other"})
"""Stop words an item may hold ('a taser', 'large quantities of cash'); any other ('whose', 'where') opens a
clause."""


def _aside_end(doc: Doc, k: int, limit: int) -> int | None:
    """The comma that closes an aside opened at k ('including ghost guns,'), when one does before the clause
    ends and a list item ('and one kilogram ...') or the verb follows it."""
    for m in range(k + 1, limit):
        if doc[m].text in CLAUSE_ENDS:
            return None
        if doc[m].text == ",":
            return m
    return None


def _unit_abbreviation_period(doc: Doc, k: int) -> bool:
    """The period of an abbreviated unit inside an amount ('19 lbs. of cocaine'): a lowercase word goes on."""
    return doc[k].text == "." and 0 < k < len(doc) - 1 and k - 1 in claimed_tokens(doc) \
        and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_lower


def _another_subject_or_verb(doc: Doc, k: int) -> bool:
    """After the comma or 'and' at `k` (and an 'and' after a comma), a number opens another subject ('..., and two
    were held'); after an 'and', an auxiliary opens a second predicate ('... and were held')."""
    j = k + 1 + (doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "and")
    if j >= len(doc):
        return False
    return doc[j].like_num or (doc[j - 1].lower_ == "and" and doc[j].lower_ in AUXILIARIES)


def _is_predicate_adjective(doc: Doc, groups: Groups, aux: int, m: int) -> bool:
    """'are registered sex offenders': after a form of 'be', a participle with a lowercase noun after it
    describes that noun; it is no passive verb of the subject ('were arrested Tuesday', 'were seized
    today', 'were arrested last week' stay verbs, and so do verbs with two objects: 'were issued citations')."""
    if doc[aux].lower_ not in BE_WORDS - {"have", "has", "had", "got", "get"} or m + 1 >= len(doc):
        return False
    nxt = doc[m + 1]
    lemma = groups.events[m][0] if m in groups.events else None
    return is_participle(doc[m].lower_) and lemma not in lexicon("ditransitive_verbs") \
        and nxt.is_alpha and nxt.is_lower and not _is_verb_filler(nxt) \
        and nxt.lower_ not in lexicon("prepositions") | lexicon("weekday_leads") and bool(noun_lemmas(nxt.lower_)) \
        and m + 1 not in groups.events and m + 1 not in groups.blocked  # "were seized Tuesday": a date


def _coordinated_predicate_verb(doc: Doc, groups: Groups, m: int) -> tuple[str | None, str | None]:
    """'All four men are now in custody and are being questioned': after a predicate without a verb, the
    verb of the predicate joined to it by 'and' (an auxiliary or adverb may come first). A comma, a number
    or another subject ('and police seized') ends the search."""
    for k in range(m, min(len(doc), m + MAX_MODIFIERS + 2)):
        tok = doc[k]
        if tok.text in CLAUSE_ENDS or tok.text == "," or tok.like_num or k in groups.events:
            return None, None
        if tok.lower_ == "and":
            return _verb_after_fillers(doc, groups, k + 1)
    return None, None


def _is_verb_filler(tok: Token) -> bool:
    """Auxiliaries and adverbs between a noun and its verb: 'had illegally crossed', 'were later charged'."""
    return tok.lower_ in BE_WORDS or tok.lower_ in AFTER_NOUN_FILLERS or _is_adverb(tok) \
        or (tok.is_lower and tok.lower_ != "to" and tok.lower_ in lexicon("modal_verbs"))  # "One suspect may face"


def _is_filler_at(doc: Doc, k: int) -> bool:
    """A filler (`_is_verb_filler`), or a verb's bare base form right after a form of 'be', which only an adverb
    or adjective can be there ('are still at large', 'were back in custody'): no verb of the count."""
    tok = doc[k]
    if _is_verb_filler(tok):
        return True
    word = tok.lower_
    return k > 0 and doc[k - 1].lower_ in BE_WORDS and tok.is_lower and tok.is_alpha and not word.endswith("ing") \
        and word in verb_lemmas(word) and not _may_be_participle(word)


@lru_cache(maxsize=4096)
def _may_be_participle(word: str) -> bool:
    """'charged', and also 'set', 'put', 'hurt': verbs whose past participle is spelled as their base form."""
    from lemminflect import getInflection

    return is_past_participle(word) or any(word in getInflection(lemma, "VBN") for lemma in verb_lemmas(word))


def _is_adverb(tok: Token) -> bool:
    return len(tok.text) > 4 and tok.lower_.endswith("ly") and tok.is_alpha and is_adverb(tok.lower_)


def _is_nominal_event(doc: Doc, k: int) -> bool:
    """'the arrest of', 'arrests and charging of': a noun, not the verb the count takes part in."""
    prev = doc[k - 1].lower_ if k > 0 else ""
    nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    if prev in ("the", "a", "an", "its", "their", "his", "her"):
        return True
    word = doc[k].lower_
    if not noun_lemmas(word) and not word.endswith("ing"):
        return False  # "to dispose of 1,000 warrants": the lexicon knows no noun of this form
    return nxt == "of" and not word.endswith("ed")


def _is_count_noun(doc: Doc, k: int) -> bool:
    """'made 37 arrests and recovered': 'arrests' is the counted noun, not a verb."""
    return is_plural(doc[k].lower_)


def _first_of_coordination(doc: Doc, groups: Groups, j: int) -> tuple[str, str]:
    """'to arrest and charge some 4,000 members': the first verb of the pair."""
    if j >= 3 and doc[j - 1].lower_ in ("and", "or") and j - 2 in groups.events and doc[j - 3].lower_ == "to" \
            and not _is_count_noun(doc, j - 2):
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


def find_charge(doc: Doc, head_end: int, item: str = "") -> str | None:
    """'arrested for the charge of Solicitation' -> 'Solicitation'; 'three counts of wire fraud' -> 'wire fraud'."""
    if item in CHARGE_ITEMS and head_end + 1 < len(doc) and doc[head_end].lower_ == "of":
        offence = _offence_name(doc, head_end + 1)
        if offence:
            return offence
    window: Span = doc[head_end:min(len(doc), head_end + 8)]
    words = [t.lower_ for t in window]
    for marker in ("charge", "charges"):
        if marker in words:
            k = words.index(marker)
            if k + 1 < len(words) and words[k + 1] == "of":
                return _capitalized_run(doc, window.start + k + 2)
    return None


def _offence_name(doc: Doc, k: int) -> str | None:
    """The offence after 'counts of': up to the end of the clause, the next count of a list ('and two counts
    of ...') or a phrase that says where, when or against whom ('in', 'on', 'against', 'for')."""
    end, limit = k, min(len(doc), k + MAX_OFFENCE_WORDS)
    while end < limit:
        tok = doc[end]
        if tok.is_punct and not is_inner_hyphen(doc, end) or tok.is_space or tok.like_num:
            break
        if tok.lower_ in OFFENCE_ENDS:
            break
        if tok.lower_ in ("and", "or") and end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].lower_ in
                                                                     ("one", "a", "an", "attempted")):
            break
        end += 1
    while end > k and doc[end - 1].lower_ in ("and", "or", "the", "a", "an"):
        end -= 1
    return doc[k:end].text if end > k else None


def _capitalized_run(doc: Doc, k: int) -> str | None:
    toks: list[Token] = []
    while k < len(doc) and (doc[k].is_title or (toks and doc[k].lower_ in ("of", "and"))) and len(toks) < 6:
        toks.append(doc[k])
        k += 1
    while toks and toks[-1].lower_ in ("of", "and"):
        toks.pop()
    return doc[toks[0].i:toks[-1].i + 1].text if toks else None
