"""Officials: a title (base title plus qualifiers, or a rule of the `titles` group) with a name beside it.

Shapes: "Sheriff Robert G. Luna"; "Trial Attorneys A and B" (plural titles, label TITLES); "the U.S. Attorney
for the X, Jane Roe,"; "said Jane Roe, (the) Special Agent in Charge of ..."; "said Ana Ruiz, a spokeswoman for
..." (lowercase roles only after a speech verb); "regional head of investigations Jo Roe said:" (a lowercase role
right before a speaker); "President Trump" (a lone surname after a head title, folded into the full name when the
text gives one; never after an article or before another capitalized word); "(Jo Roe, D-Elk Grove)" (a
legislator, no title). Names may be broken by a hard line wrap and lose honorifics ("Sir", "Dr."); the
headline's title counts for an official the body names. Qualifiers written before a title join it ("Chief Deputy
District Attorney"); capitalized words before it are the organization ("Los Angeles County"), else "of/for the X".
Not officials: names followed by an age ("John Doe, 36,") or by "pleaded"/"was sentenced", company roles.
Later mentions by surname; quotes in quotation marks beside "said <official>", and in scrapes that dropped the
marks, the statement before ", said <official>" and the rest of its paragraph.
Titles are base titles (patterns/lexicons/title_bases.txt) with the qualifiers written before them
(title_qualifiers.txt: "Detective Chief Superintendent", "Acting Assistant Attorney General"), joined here rather
than spelled out; plurals come from lemminflect. patterns/titles.jsonl adds what a lowercase lexicon cannot say
(acronyms that are titles only in capitals: "DA", "DCI"), and users' rule folders may add to the same group.
To extend: add a base title or qualifier line to those lexicons (and a test sentence); word lists below
(LONE_SURNAME_TITLE_HEADS, ORG_WORDS, PRIVATE_ORG_WORDS) hold the remaining vocabulary."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy
import regex
from spacy.attrs import ORTH
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from extractor.lexicon import all_lemmas, lexicon, noun_lemmas
from extractor.models import Mention, Official, Quote
from extractor.numbers import ordinal_value
from extractor.pipeline import cached_text, release_meta, tokens_text

GROUP = "titles"
MAX_NAME_TOKENS = 5
MAX_ORG_TOKENS = 4
INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]$")
NAME_WORD = regex.compile(r"^\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’']*$")  # any script's letters: "José", "Núñez"
ACRONYM = re.compile(r"^[A-Z]{2,6}(?:s|’s|'s)?$")
NAME_SUFFIXES = {"Jr.", "Sr.", "II", "III", "IV", "Jr"}
ACTING_WORDS = {"Acting", "Interim"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
NOT_NAME_WORDS = {
    "The", "A", "This", "That", "Office", "Department", "Division", "Bureau", "County", "District",
    "State", "Court", "Federal", "Police", "Sheriff", "Attorney", "General", "Task", "Force", "Unit", "Section",
    "United", "States", "U.S.", "Announces", "Announced", "Applauds", "Says", "Said", "Charged", "Today",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Operation", "Project", "Members", "Officials", "Officers", "Agents", "And", "Of", "For", "In", "On",
    "Departments", "Department’s", "Department's", "Divisions", "Criminal", "Civil", "Regional",
    "Borough", "Bureau’s", "Office’s", "National", "Organized", "Crime", "Justice", "Homeland", "Security",
}
ORG_WORDS = {
    "Fund", "Foundation", "Center", "Centre", "Association", "Institute", "Council", "Commission", "Committee",
    "Agency", "Administration", "Program", "Coalition", "Alliance", "Network", "Academy", "Society", "Board",
    "Authority", "University", "College", "School", "Hospital", "Company", "Inc.", "Corporation", "Corp.", "LLC",
    "Memorial", "Act", "Avenue", "Road", "Boulevard", "Highway", "Township", "Deputies", "Detectives", "Troopers",
    "Team", "Squad", "Investigation", "Investigations", "Services", "Service", "Involved"}
NOT_NAME_WORDS |= ORG_WORDS
AGENCY_HEADS = {"division", "unit", "section", "office", "bureau", "department", "task", "force", "squad", "team"}
LONE_SURNAME_TITLE_HEADS = {
    "president", "general", "governor", "gov.", "mayor", "sheriff", "senator", "sen.", "rep.", "congressman",
    "congresswoman", "judge", "director", "administrator", "commissioner", "chief", "secretary", "attorney",
    "detective", "det.", "sergeant", "sgt.", "lieutenant", "lt.", "captain", "capt.", "trooper", "inspector",
    "superintendent", "constable", "commander"}
CALENDAR_WORDS = MONTHS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
LONE_SURNAME_STOP = {"Is", "Was", "Has", "Had", "Will", "Would", "It", "He", "She", "They", "We", "I", "His", "Her",
                     "Also", "Then", "Here", "There", "Who", "When", "Where", "While", "After", "Before",
                     "Among", "During", "Since", "Under", "With", "Without", "Within", "Through", "Across", "Against",
                     "Tonight", "Yesterday", "Tomorrow", "However", "Meanwhile", "Additionally", "Furthermore",
                     "Moreover", "Nationwide", "Statewide", "Emeritus", "Elect", "Designate", "Nominee", "Our", "Their",
                     "Its", "My", "Your", "Both", "All", "Each", "Every", "Many", "Several", "Other", "Others"}
SAY_WORDS = {"said", "says", "stated", "added", "explained", "noted", "remarked", "commented", "according"}
QUOTE_PAIRS = re.compile(r"“([^”\n]{2,}?)”|\"([^\"\n]{2,}?)\"")


MAX_QUALIFIERS = 4
TITLE_TOKENS_KEY = "officials_title_tokens"


@cache
def title_qualifiers() -> frozenset[str]:
    return lexicon("title_qualifiers")


def is_qualifier(tok: Token) -> bool:
    """A capitalized title qualifier ('Acting', 'Det.'): part of the title after it, never a name."""
    return tok.text[:1].isupper() and tok.lower_ in title_qualifiers()


def _title_spellings(base: str) -> set[str]:
    """'u.s. attorney' in every U.S. spelling; "state's attorney" with either apostrophe; 'inspector in charge'
    also hyphenated ('Inspector-in-Charge')."""
    forms = {base}
    if base.startswith("u.s. "):
        forms = {f"{prefix} {base[len('u.s. '):]}" for prefix in lexicon("title_us_prefixes")}
    forms |= {form.replace(" in charge", "-in-charge") for form in forms if form.endswith(" in charge")}
    return forms | {form.replace("'", "’") for form in forms if "'" in form}


PLURAL_HEAD_STOPS = ("of", "in", "pro")


def _title_plurals(title: str) -> set[str]:
    """The plurals of a title: its head noun inflected by lemminflect ('trial attorneys', 'chiefs of police',
    'agents-in-charge'); a title ending in 'general' also with the word before it ('attorneys general')."""
    from lemminflect import getInflection

    words = title.split(" ")
    heads = [next((i - 1 for i, w in enumerate(words) if i and w in PLURAL_HEAD_STOPS), len(words) - 1)]
    if len(words) > 1 and words[-1] == "general":
        heads.append(len(words) - 2)
    plurals = set()
    for head in heads:
        word, _, rest = words[head].partition("-")
        if not noun_lemmas(word):
            continue  # abbreviations ('sgt.') and adjectives ('honorable') have no plural here
        for form in getInflection(word, tag="NNS"):
            if form != word:
                plurals.add(" ".join([*words[:head], form + (f"-{rest}" if rest else ""), *words[head + 1:]]))
    return plurals


@cache
def title_phrases() -> tuple[tuple[str, str], ...]:
    """(lowercase phrase, label) for every base title: TITLE for the singular, TITLES for its plurals."""
    phrases: set[tuple[str, str]] = set()
    for base in lexicon("title_bases"):
        for form in _title_spellings(base):
            phrases.add((form, "TITLE"))
            phrases.update((plural, "TITLES") for plural in _title_plurals(form))
    return tuple(sorted(phrases))


_TITLE_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher]] = {}


def title_matcher(vocab: Vocab) -> PhraseMatcher:
    """One PhraseMatcher (on lowercase text) of the base titles per vocabulary, built on first use."""
    cached = _TITLE_MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    tokenizer = English().tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    by_label: dict[str, list[Doc]] = {}
    for phrase, label in title_phrases():
        seen: set[tuple[str, ...]] = set()
        for written in (phrase, phrase.title()):  # 'U.S.' is one token only when capitalized
            tokens = tokenizer(written)
            words = tuple(t.text.lower() for t in tokens)
            if words not in seen:
                seen.add(words)
                by_label.setdefault(label, []).append(
                    Doc(vocab, words=list(words), spaces=[bool(t.whitespace_) for t in tokens]))
    for label, docs in by_label.items():
        matcher.add(label, docs)
    _TITLE_MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def qualifier_size_before(doc: Doc, k: int) -> int:
    """How many tokens the qualifier ending before token k has: 1 ('Acting'), 2 ('Det' '.', 'Vice' '-'), 0 if
    none."""
    if k > 0 and doc[k - 1].lower_ in title_qualifiers():
        return 0 if _police_ends_a_force(doc, k - 1) else 1
    if k > 1 and doc[k - 1].text == "." and not doc[k - 2].whitespace_ \
            and f"{doc[k - 2].lower_}." in title_qualifiers():
        return 2
    if k > 1 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].lower_ in title_qualifiers():
        return 2  # "Vice-President", "Co-Chair": the qualifier joined by a hyphen
    if k > 1 and doc[k - 1].text == "/" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_alpha and len(doc[k - 2]) <= MAX_SLASH_QUALIFIER and doc[k - 2].text[0].isupper():
        return 2  # "A/Superintendent", "F/Lt.", "Det/Sgt": a rank's qualifier cut short before a slash
    return 0


MAX_SLASH_QUALIFIER = 3


def _police_ends_a_force(doc: Doc, k: int) -> bool:
    """'Police' at k after a force's level ('State Police', 'Provincial Police'): the last word of a force's name."""
    return (k > 0 and doc[k].lower_ == "police" and doc[k - 1].text[:1].isupper()
            and doc[k - 1].lower_ in lexicon("police_force_levels"))


GRADE = re.compile(r"^(?:1st|2nd|3rd|[4-9]th|first|second|third)$", re.I)


def grade_end(doc: Doc, end: int) -> int:
    """'Petty Officer 2nd Class', 'Detective Third Grade', 'Lt. j.g.', 'Lt. Junior Grade': a grade written
    after the title is part of it."""
    if end + 1 < len(doc) and (GRADE.match(doc[end].text) or doc[end].lower_ == "junior") \
            and doc[end + 1].lower_ in ("class", "grade"):
        return end + 2
    if end < len(doc) and doc[end].lower_ in ("j.g", "j.g."):  # lieutenant, junior grade
        return end + 2 if end + 1 < len(doc) and doc[end + 1].text == "." and not doc[end].whitespace_ else end + 1
    return end


FIELD_TITLES = frozenset({"head", "director", "commander", "manager"})
MAX_FIELD_WORDS = 3


def field_end(doc: Doc, end: int) -> int:
    """'Head of Operations', 'regional head of investigations', 'Director of Intelligence': the field a head,
    director or commander leads, written after 'of' in the title's case, is part of the title; a body after
    'of' ('Director of the FBI', 'Head of Homeland Security Investigations') is the organization."""
    if end + 1 >= len(doc) or doc[end - 1].lower_ not in FIELD_TITLES or doc[end].lower_ != "of":
        return end
    k = end + 1
    while k < len(doc) and k - end <= MAX_FIELD_WORDS and doc[k].is_alpha \
            and doc[k].is_lower == doc[end - 1].is_lower and doc[k].lower_ not in ("the", "and", "a", "an") \
            and (doc[k].is_lower or (doc[k].is_title and all_lemmas(doc[k].lower_))):  # not into 'Jane Roe'
        if doc[k].is_title and k > end + 1 and doc[k].lower_ in AGENCY_HEADS | lexicon("agency_heads"):
            return end  # "Head of Homeland Security Investigations": a body, the organization ("Head of
            # Investigations" names a field)
        k += 1
    if k < len(doc) and _is_acronym(doc[k]):
        return end  # "Executive Director of Midwest HIDTA": the words name a body with its acronym
    return k if k > end + 1 else end


MAX_PORTFOLIO_WORDS = 3


def portfolio_end(doc: Doc, start: int, end: int) -> int:
    """'Secretary of Public Safety and Homeland Security.', 'Minister of Public Safety and Emergency Services,': a
    second portfolio joined by 'and' to a title's 'of' field is part of the title when the title ends there (at
    punctuation or a line's end); before a name it may be another title ('... and Attorney General Jo Roe')."""
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not doc[end - 1].is_title \
            or not any(t.lower_ == "of" for t in doc[start:end]):
        return end
    k = end + 1
    while k < len(doc) and k - end <= MAX_PORTFOLIO_WORDS and doc[k].is_title and doc[k].is_alpha \
            and all_lemmas(doc[k].lower_):
        k += 1
    closed = k == len(doc) or doc[k].is_punct or (doc[k].is_space and "\n" in doc[k].text)
    return k if k > end + 1 and closed else end


@lru_cache(maxsize=4096)
def title_id(text: str) -> str:
    """'title-police-chief' for 'Police Chief' (once per spelling: titles repeat in every release)."""
    return "title-" + "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def find_titles(doc: Doc) -> list[Span]:
    """Base titles with the qualifiers written before them in the same case ('Detective Acting Superintendent',
    'Det. Supt.', 'chief executive officer'), plus the rule group's spans; the longest wins where they overlap.
    Found once per Doc (officials and agencies both ask)."""
    found = doc.user_data.get(TITLES_KEY)
    if found is None:
        found = doc.user_data[TITLES_KEY] = _find_titles(doc)
    return found


TITLES_KEY = "press_titles"
TITLE_FUNCTION_WORDS = frozenset({"in", "of", "for", "the", "and", "to", "on", "at", "de", "-", "&"})


def _mixed_case(span: Span) -> bool:
    """Whether a title's words mix lowercase and capitalized ones ('state Attorney'); its function words
    ('Special Agent in Charge') and abbreviations' periods do not count."""
    words = [t for t in span if t.is_alpha and t.lower_ not in TITLE_FUNCTION_WORDS]
    return any(t.is_lower for t in words) and any(not t.is_lower for t in words)


def _find_titles(doc: Doc) -> list[Span]:
    spans = list(doc.spans.get(GROUP, []))
    text = cached_text(doc)
    for match_id, start, end in title_matcher(doc.vocab)(doc):
        if _mixed_case(doc[start:end]):
            continue  # "state Attorney General": 'state attorney' is no title here, 'Attorney General' is
        k = start
        for _ in range(MAX_QUALIFIERS):
            size = qualifier_size_before(doc, k)
            if not size or doc[k - size].is_lower != doc[start].is_lower:
                break
            k -= size
        if k + 1 < end and _police_ends_a_force(doc, k):
            k += 1  # "Maryland State Police Detective Sergeant ...": 'Police' ends the force's name, no title word
        label = doc.vocab.strings[match_id]
        end = portfolio_end(doc, k, field_end(doc, grade_end(doc, end)))
        span = Span(doc, k, end, label=label)
        span.id_ = title_id(text[span.start_char:span.end_char])  # the span's text, without a Token per word
        spans.append(span)
    return sorted(filter_spans(spans), key=lambda span: span.start)


@dataclass
class Person:
    name_tokens: list[Token]
    title: str | None
    organization: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token ranges
    rule: str = "official"

    @property
    def surname(self) -> str:
        toks = [t for t in self.name_tokens if t.text not in NAME_SUFFIXES]
        return toks[-1].text if toks else self.name_tokens[-1].text

    @property
    def name_words(self) -> list[str]:
        """The name's words, a hyphenated surname one word ('Angela', 'Ruiz-Booker')."""
        words: list[str] = []
        for k, tok in enumerate(self.name_tokens):
            before = self.name_tokens[k - 1] if k > 0 else None
            if before is not None and not before.whitespace_ and "-" in (tok.text, before.text):
                words[-1] += tok.text
            elif tok.text not in NAME_SUFFIXES:
                words.append(tok.text)
        return words or [self.name_tokens[-1].text]


def extract(doc: Doc) -> list[Official]:
    """The officials of a release (the title words found here are shared with the name tests through the Doc's
    user_data for this call only, so a Doc stays serializable)."""
    try:
        return _extract(doc)
    finally:
        doc.user_data.pop(TITLE_TOKENS_KEY, None)


def _extract(doc: Doc) -> list[Official]:
    meta = release_meta(doc)
    title_range = meta.title_range if meta else None
    people: dict[str, Person] = {}
    title_spans = find_titles(doc)
    title_starts = {s.start for s in title_spans}
    doc.user_data[TITLE_TOKENS_KEY] = {i for span in title_spans if title_before_name(doc, span)
                                       for i in range(span.start, span.end)}
    defendants: set[str] = set()
    by_first_last: dict[tuple[str, str], Person] = {}
    headline_titles: list[Span] = []
    for span in title_spans:
        if meta is not None and meta.is_excluded(span.start_char, span.end_char):
            continue
        if title_range is not None and title_range[0] <= span.start_char < title_range[1]:
            headline_titles.append(span)
            continue  # headlines are Title Case: too many capitalized words that are no names
        if names_an_office(doc, span):
            continue
        capitalized = span[0].text[:1].isupper()
        found = names_after(doc, span, title_starts) if capitalized else []
        if not found and span.label_ == "TITLE":  # 'Jo Roe, Sheriffs of three counties' gives Jo Roe no title
            before = name_before(doc, span)
            found = [before] if before and not (span[0].is_lower and is_private_role(
                doc, span.start, lowercase_role_end(doc, span.end))) else []
        if not found and span[0].is_lower:
            appositive = spoken_appositive(doc, span) or spoken_role_before_name(doc, span) \
                or owned_role_before_name(doc, span)
            if appositive is not None:
                found, span = [appositive[0]], appositive[1]
        for name_start, name_end in found:
            tokens = [t for t in doc[name_start:name_end] if not t.is_space and t.text != ","]  # "Rojas, Jr."
            if is_defendant(doc, name_end):
                defendants.add(person_key(tokens))
                continue
            if len(tokens) < 2 and not is_lone_surname(doc, span, name_start, title_starts):
                continue
            add_person(doc, people, by_first_last, span, tokens, name_end, title_starts)
    for key in defendants:
        people.pop(key, None)  # marked a defendant at one mention: not an official at the others either
    take_headline_titles(doc, headline_titles, by_first_last, title_starts)
    add_party_noted_legislators(doc, people, by_first_last, meta)
    fold_lone_surnames(people)
    add_later_mentions(doc, people, title_spans)
    text = cached_text(doc)
    quotes = attribute_quotes(text, people)
    for key, spans in attribute_unmarked_statements(doc, text, people).items():
        quotes.setdefault(key, []).extend(spans)
    return [to_official(doc, text, p, quotes.get(id(p), [])) for p in people.values()]


def take_headline_titles(doc: Doc, titles: list[Span], by_first_last: dict[tuple[str, str], Person],
                         title_starts: set[int]) -> None:
    """'Dallas County DA John Roe Announces ...' in the headline: the first full mention of an official the body
    names is there, so its title counts. The headline names no one the body does not (Title Case is no name)."""
    for span in reversed(titles):
        if names_an_office(doc, span) or not span[0].text[:1].isupper():
            continue
        for start, end in names_after(doc, span, title_starts):
            tokens = [t for t in doc[start:end] if not t.is_space]
            person = by_first_last.get(first_last(tokens)) if len(tokens) > 1 else None
            if person is not None:
                person.title = title_text(doc, span)


PARTY_NOTE = re.compile(r"\((?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}), [DRI]-[A-Z][^()\n]{1,30}\)"
                        r"|(?P<before>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}) \([DRI]-[A-Z][^()\n]{1,30}\)")
PARTY_MARK = re.compile(r"(?:, |\()[DRI]-[A-Z]")
"""What every PARTY_NOTE match holds: ', D-' (first form) or '(D-' (second form) before a capital."""


def add_party_noted_legislators(doc: Doc, people: dict[str, Person], by_first_last: dict[tuple[str, str], Person],
                                meta: object) -> None:
    """'(Jo Roe, D-Elk Grove)', 'Jo Roe (R-Texas)': a legislator named with party and district, no title."""
    if PARTY_MARK.search(cached_text(doc)) is None:
        return  # no ', D-X' or '(D-X' anywhere: PARTY_NOTE, tried at every capital, can match nowhere
    for m in PARTY_NOTE.finditer(cached_text(doc)):
        group = "name" if m.group("name") else "before"
        span = doc.char_span(m.start(group), m.end(group), alignment_mode="contract")
        if span is None or (meta is not None and meta.is_excluded(span.start_char, span.end_char)):
            continue
        tokens = [t for t in span if not t.is_space]
        while tokens and not is_name_token(tokens[0]):
            tokens = tokens[1:]  # 'Senator Jo Roe (D-Ohio)': the title is found (and kept) by its own rule
        if len(tokens) < 2 or not all(is_name_token(t) for t in tokens):
            continue
        key = person_key(tokens)
        if key not in people and first_last(tokens) not in by_first_last:
            people[key] = by_first_last[first_last(tokens)] = Person(tokens, None, None, rule="official:party-note")


def title_before_name(doc: Doc, title: Span) -> bool:
    """A title written before a capitalized word: its words are no part of a name ('Detective Superintendent Jo
    Roe, Commander of ...'); a title word the name ends with ('Sheriff Tom Judge said') is a surname."""
    nxt = doc[title.end] if title.end < len(doc) else None
    return nxt is not None and (bool(NAME_WORD.match(nxt.text) or INITIAL.match(nxt.text)) or nxt.text == "(")


def names_an_office(doc: Doc, title: Span) -> bool:
    """'the Governor’s Traffic Safety Bureau', 'U.S. Marshals Service': the title word starts an agency's name."""
    nxt = doc[title.end] if title.end < len(doc) else None
    return nxt is not None and (nxt.text in ("'s", "’s") or (nxt.is_title and (
        nxt.lower_ in AGENCY_HEADS or nxt.text in ORG_WORDS)))


def is_name_token(tok: Token) -> bool:
    text = tok.text
    if text in NAME_SUFFIXES:
        return True
    if tok.i in tok.doc.user_data.get(TITLE_TOKENS_KEY, ()):
        return False  # 'Detective Superintendent Jo Roe, Commander of ...': the name starts after the titles
    if text in NOT_NAME_WORDS or (text.lower() in MONTHS and tok.i + 1 < len(tok.doc) and tok.nbor().is_digit):
        return False
    return bool(NAME_WORD.match(text)) or bool(INITIAL.match(text))


TITLES_NEVER_BEFORE_NAME = {"head"}


HONORIFICS = lexicon("honorifics")


def skip_honorific(doc: Doc, k: int) -> int:
    """'Chief Constable Sir Ian Drake', 'Director Dr. Jo Roe': the name starts after the honorific."""
    if k + 1 < len(doc) and doc[k].lower_ in HONORIFICS and doc[k].text[:1].isupper():
        j = k + 1 + (doc[k + 1].text == "." and not doc[k].whitespace_)
        if j < len(doc) and NAME_WORD.match(doc[j].text):
            return j
    return k


def names_after(doc: Doc, title: Span, title_starts: set[int]) -> list[tuple[int, int]]:
    """'Sheriff Robert G. Luna' -> [Robert G. Luna]; 'Trial Attorneys Ann Roe and Jay Bauer' -> both names
    (a list stops where another title begins: '..., and Special Trial Attorney Ann Roe')."""
    names: list[tuple[int, int]] = []
    if title.text.lower() in TITLES_NEVER_BEFORE_NAME:
        return _speaker_after_role_of(doc, title, title_starts)  # 'Head Coach Jo Roe' names no official
    k = skip_between_title_and_name(doc, title.end, title_starts)
    if any(t.text == "," for t in doc[title.end : k]) and _follows_its_name(doc, title):
        return names  # "Wifredo A. Ferrer, U.S. Attorney for ..., Katherine Rundle, ...": the title is Ferrer's
    while True:
        k = skip_honorific(doc, k) if k < len(doc) else k
        found = None if k in title_starts else name_at(doc, k)
        if found is None:
            break  # 'Sheriff Deputy Ron Smith': the second title carries the name
        names.append(found)
        k = found[1]
        if title.label_ != "TITLES" or k >= len(doc) or doc[k].lower_ not in (",", "and"):
            break
        k += 1
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
        if k < len(doc) and doc[k].is_space and doc[k].text.count("\n") == 1:
            k += 1  # a list of names broken by a hard line wrap
        if k in title_starts or (k < len(doc) and is_qualifier(doc[k])):
            break
    return names


def _follows_its_name(doc: Doc, title: Span) -> bool:
    """'Jane Roe, U.S. Attorney, ...': a title right after a name and its comma is that name's."""
    start = title.start
    if start >= 2 and doc[start - 1].lower_ in ACTING_WORDS_LOWER:
        start -= 1
    org = start  # "Katherine Rundle, Miami-Dade County State Attorney, ...": the title's place or body before it
    while org > 1 and start - org < MAX_ORG_TOKENS and (doc[org - 1].is_title or doc[org - 1].is_upper
                                                         or doc[org - 1].text == "-"):
        org -= 1
    return any(k >= 2 and doc[k - 1].text == "," and name_ending_at_comma(doc, k - 1) is not None
               for k in {start, org})


ACTING_WORDS_LOWER = {"acting", "interim"}


def _speaker_after_role_of(doc: Doc, title: Span, title_starts: set[int]) -> list[tuple[int, int]]:
    """'Head of Investigations Jo Roe said', 'Head of the NCA Border Investigations, Jo Roe, said': a role that
    names no one before a name ('Head Coach Jo Roe') does, with its 'of' body and a speech verb after."""
    if title.end >= len(doc) or doc[title.end].lower_ != "of":
        return []
    k = skip_between_title_and_name(doc, title.end, title_starts)
    found = name_at(doc, k) if k > title.end and k not in title_starts else None
    if found is None or found[1] >= len(doc):
        return []
    after = doc[found[1] + 1] if doc[found[1]].text == "," and found[1] + 1 < len(doc) else doc[found[1]]
    return [found] if after.lower_ in SPEECH_AFTER_NAME else []


MAX_BODY_WORDS = 6


def _body_before_comma(doc: Doc, k: int) -> int | None:
    """The comma after a body's name that starts at token k and ends in an agency head word ('Boston
    Division,', 'Houston Field Office,', 'Ibadan Zonal Directorate,'), or None."""
    j = k
    while j < len(doc) and j - k < MAX_BODY_WORDS and (doc[j].is_title or doc[j].is_upper) and doc[j].is_alpha:
        j += 1
    if j == k or j >= len(doc) or doc[j].text != "," or doc[j - 1].lower_ not in AGENCY_HEADS | lexicon("agency_heads"):
        return None
    return j


def skip_between_title_and_name(doc: Doc, k: int, title_starts: set[int]) -> int:
    """Past '(HUD-OIG)' or 'of the Criminal Division' written between a title and its name, and past a
    comma when a name and a speech verb or punctuation follow ('Detroit Police Chief, Todd A. Bettison said')."""
    if k < len(doc) and doc[k].text == "," and k + 1 < len(doc) and k + 1 not in title_starts:
        body_end = _body_before_comma(doc, k + 1)
        if body_end is not None:  # "Special Agent in Charge, Boston Division, Jane Roe", "the Zonal Director,
            after = skip_between_title_and_name(doc, body_end, title_starts)  # Ibadan Zonal Directorate, Hauwa
            return after if after > body_end else k  # Bello, said": a body, then the name
        found = name_at(doc, k + 1)
        if found is not None and found[1] < len(doc) and (doc[found[1]].lower_ in SAY_WORDS
                                                          or doc[found[1]].text in (",", ".")):
            return k + 1
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(len(doc), k + 6)) if doc[j].text == ")"), None)
        if close is None:
            return k
        after = skip_between_title_and_name(doc, close + 1, title_starts)  # "(Enforcement) of CNB, Mr Jo Roe,"
        return after if after > close + 1 else close + 1
    after_place = name_after_place(doc, k, title_starts)
    if after_place is not None:
        return after_place
    if k < len(doc) and doc[k].lower_ == "of":
        j = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        if j < len(doc) and _names_a_body_alone(doc[j]) and name_at(doc, j + 1) is not None:
            return j + 1  # "Executive Director of Europol Catherine De Bolle"
        end = j
        while end < len(doc) and end - j < 6 and doc[end].lower_ not in AGENCY_HEADS \
                and (doc[end].is_title or doc[end].is_upper or doc[end].text in POSSESSIVES):
            end += 1  # "of the FBI's Dallas Field Office"; "Head of Investigations": the head alone
        if end < len(doc) and doc[end].is_title and doc[end].lower_ in AGENCY_HEADS | {"administration", "service"}:
            after = end + 1
            if after < len(doc) and doc[after].text == ",":  # "Head of the NCA Border Investigations, Jo Roe, said"
                return skip_between_title_and_name(doc, after, title_starts)
            return after
        comma = _of_body_comma(doc, j)
        if comma is not None:  # "Assistant Commissioner of Customs and Excise, Mr Jo Roe, said"
            after = skip_between_title_and_name(doc, comma, title_starts)
            if after > comma:
                return after
    return k


MAX_OF_BODY_TOKENS = 8


def _of_body_comma(doc: Doc, j: int) -> int | None:
    """The comma that closes an 'of' body of capitalized words, acronyms and 'and' ('of Customs and Excise,',
    'of CNB,'), or None."""
    end = j
    while end < len(doc) and end - j < MAX_OF_BODY_TOKENS and (
            doc[end].is_title or doc[end].is_upper or doc[end].lower_ in ("and", "&") or doc[end].text in POSSESSIVES):
        end += 1
    return end if end > j and end < len(doc) and doc[end].text == "," else None


POSSESSIVES = {"'s", "’s"}


def _names_a_body_alone(tok: Token) -> bool:
    """'Europol', 'Interpol', 'FBI': a one-word name of a public body (agency_single_names, agency_acronyms)."""
    return tok.lower_ in lexicon("agency_single_names") or (tok.is_upper and tok.lower_ in lexicon("agency_acronyms"))


PLACE_LINKS = {"of", "the", "and", "'s", "’s", "-"}


def name_after_place(doc: Doc, k: int, title_starts: set[int]) -> int | None:
    """'the U.S. Attorney for the Eastern District of Michigan, Matthew Schneider, said': the name after the
    comma that closes the 'of/for the X' phrase, when the name itself is followed by punctuation or a verb."""
    if k >= len(doc) or doc[k].lower_ not in ("of", "for"):
        return None
    end = k + 1
    while end < len(doc) and end - k < 14 and end not in title_starts and (
            doc[end].is_title or doc[end].is_upper or doc[end].lower_ in PLACE_LINKS):
        end += 1
    if end > k + 1 and (end >= len(doc) or doc[end].text != ","):
        return _name_after_district(doc, k, end)
    if end == k + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    found = name_at(doc, end + 1)
    if found is None or (found[1] < len(doc) and not (doc[found[1]].is_punct or doc[found[1]].is_lower)):
        return None
    if any(i in title_starts for i in range(*found)):
        return None  # '..., Commanding Officer of ...' is another title, not a name
    return end + 1


MAX_STATE_WORDS = 3


def _name_after_district(doc: Doc, k: int, end: int) -> int | None:
    """'U.S. Attorney for the Eastern District of Texas Damien K. Holt said': with no comma, the name starts
    where the state after 'District of' ends (the us_states lexicon); the name must end at punctuation or a
    lowercase word."""
    for i in range(k + 2, end - 1):
        if doc[i].lower_ != "of" or doc[i - 1].lower_ != "district":
            continue
        state_end = i + 1
        while state_end < end and state_end - i <= MAX_STATE_WORDS and doc[state_end].lower_ in lexicon("us_states"):
            state_end += 1
        if state_end == i + 1:
            return None
        found = name_at(doc, state_end)
        if found is None or (found[1] < len(doc) and not (doc[found[1]].is_punct or doc[found[1]].is_lower)):
            return None
        return state_end
    return None


def name_at(doc: Doc, start: int) -> tuple[int, int] | None:
    if start < len(doc) and ordinal_value(doc[start].lower_) is not None:
        return None  # "State Attorney, Ninth Judicial Circuit": a jurisdiction, no name opens with an ordinal
    if start + 2 < len(doc) and doc[start].lower_ in HONORIFICS and doc[start].text[:1].isupper():
        start += 2 if doc[start + 1].text == "." else 1  # "the Head of the Bureau, Mr Wong Ka-lok, said"
    k = start
    while k < len(doc) and k - start < MAX_NAME_TOKENS + 3:
        if _hyphen_in_name(doc, k) and doc[k + 1].is_lower:
            k += 2  # "Kwok-wai": the lowercase syllable with its hyphen
        elif is_name_token(doc[k]) or _hyphen_in_name(doc, k):
            k += 1
        elif k > start and _particle_in_name(doc, k):
            k += 1  # Anna de la Cruz
        elif k > start and _nickname_at(doc, k):
            k += 3  # John S. "Jay" Darden
        elif k > start and _line_wrap_in_name(doc, k):
            k += 1  # 'District Attorney John\nCreuzot': a name broken by a hard line wrap
        elif k > start and _surname_in_capitals(doc, start, k):
            k += 1  # "Police Chief Francisco ORTIZ": a surname written in capitals after the given name
        elif k > start and _comma_before_suffix(doc, k):
            k += 2  # 'Police Chief Thomas H. Streicher, Jr., announced'
            if k < len(doc) and doc[k].text == "." and not doc[k - 1].whitespace_:
                k += 1
        else:
            break
    while k > start and doc[k - 1].text == "-":
        k -= 1
    if k == start or (k < len(doc) and (doc[k].lower_ in AGENCY_HEADS or doc[k].text in ORG_WORDS
                                        or is_name_token(doc[k]))):
        return None  # ran into an agency name, or a longer run of capitalized words than a name has
    return start, k


def _is_acronym(tok: Token) -> bool:
    """A word of two capitals or more ('FBI', 'HIDTA', 'ORTIZ'): letters only, all upper case."""
    return tok.is_upper and tok.is_alpha and len(tok) > 1


def _surname_in_capitals(doc: Doc, start: int, k: int) -> bool:
    """A surname in capitals at k ('ORTIZ', 'DE BOLLE' word by word) right after a given name and its initials:
    no acronym of a body, and never after a surname ('James Wolffe QC')."""
    tok = doc[k]
    if not _is_acronym(tok) or tok.lower_ in lexicon("agency_acronyms"):
        return False
    given = [t for t in doc[start:k] if not INITIAL.match(t.text)]  # "Catherine DE" before "BOLLE"
    return bool(given) and bool(NAME_WORD.match(given[0].text)) and all(t.is_upper for t in given[1:])


def _comma_before_suffix(doc: Doc, k: int) -> bool:
    """The comma at k sets off a name's suffix ('Thomas H. Streicher, Jr.'), after a name word."""
    return doc[k].text == "," and 0 < k < len(doc) - 1 and doc[k + 1].text in NAME_SUFFIXES \
        and bool(NAME_WORD.match(doc[k - 1].text))


def _line_wrap_in_name(doc: Doc, k: int) -> bool:
    return doc[k].is_space and doc[k].text.count("\n") == 1 and k + 1 < len(doc) and is_name_token(doc[k + 1]) \
        and doc[k + 1].text not in NAME_SUFFIXES


NICKNAME_MARKS = {'"': '"', "“": "”", "(": ")"}


def _nickname_at(doc: Doc, k: int) -> bool:
    """'John S. "Jay" Darden', 'John S. (Jay) Darden'."""
    close = NICKNAME_MARKS.get(doc[k].text)
    return close is not None and k + 3 < len(doc) and doc[k + 2].text in (close, '"') \
        and doc[k + 1].is_title and is_name_token(doc[k + 3])


def _hyphen_in_name(doc: Doc, k: int) -> bool:
    """'Herrera-Niles', and 'Kwok-wai': the second syllable of a hyphenated given name may be lowercase when it
    is no English word ('Smith-led' is)."""
    if doc[k].text != "-" or k + 1 >= len(doc) or k == 0 or doc[k].whitespace_ or doc[k - 1].whitespace_:
        return False
    after = doc[k + 1]
    lowercase_syllable = after.is_lower and after.is_alpha and len(after) <= MAX_NAME_SYLLABLE \
        and not all_lemmas(after.lower_)
    return (after.is_title or lowercase_syllable) and (doc[k - 1].is_title or bool(NAME_WORD.match(doc[k - 1].text)))


MAX_NAME_SYLLABLE = 5


NAME_PARTICLES = {"de", "la", "del", "della", "van", "von", "der", "den", "da", "di", "du", "le", "dos", "das",
                  "Ó", "Ua"}
"""Particles inside a name: Romance and Dutch ones, and the Irish 'Ó' / 'Ua' (one capital letter, or two,
that no name-word pattern reads as a name)."""


def _particle_in_name(doc: Doc, k: int) -> bool:
    """'de la Cruz', 'van der Berg': lowercase particles between name words."""
    j = k
    while j < len(doc) and j - k < 3 and doc[j].text in NAME_PARTICLES:
        j += 1
    return j > k and j < len(doc) and bool(NAME_WORD.match(doc[j].text)) and doc[j].text not in NOT_NAME_WORDS


def name_before(doc: Doc, title: Span) -> tuple[int, int] | None:
    """'Jane Roe, Special Agent in Charge of ...', 'John Morton, director of ICE', 'Tom Roe, ICE Deputy
    Director', 'Jane Roe, the Sheriff' -> the tokens of the name before the comma."""
    comma = title.start - 1
    while comma > 0 and title.start - comma <= 3 and ACRONYM.match(doc[comma].text):
        comma -= 1  # an agency acronym between the comma and the title
    if comma > 0 and doc[comma].lower_ == "the":
        comma -= 1  # 'Jane Roe, the Special Agent in Charge'
    found = name_ending_at_comma(doc, comma)
    if found is None and doc[comma].text != ",":
        found = name_ending_at_comma(doc, _comma_before_place_words(doc, title.start))
    return found


MAX_PLACE_WORDS = 4


def _comma_before_place_words(doc: Doc, start: int) -> int:
    """'Jane Roe, Miami-Dade County State Attorney', 'Tom Roe, CBP El Paso Director of Field Operations': the
    comma before up to four capitalized words (or acronyms) of a place or body that open the title; -1 when
    there is none."""
    k = start - 1
    while k > 0 and start - k <= MAX_PLACE_WORDS and (doc[k].is_title or ACRONYM.match(doc[k].text) or (
            doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_)) \
            and doc[k].lower_ not in ARTICLES and doc[k].text not in NAME_SUFFIXES:
        k -= 1
    return k if k < start - 1 and doc[k].text == "," else -1


def name_ending_at_comma(doc: Doc, comma: int) -> tuple[int, int] | None:
    if comma < 1 or doc[comma].text != ",":
        return None
    k = comma
    while k > 0 and comma - k < MAX_NAME_TOKENS + 2 and (is_name_token(doc[k - 1]) or _hyphen_in_name(doc, k - 1)
                                                        or _comma_before_suffix(doc, k - 1)):
        k -= 1  # "Dorothy Herrera-Niles,": a hyphenated surname; "Amos Rojas, Jr.,": a suffix after its comma
    if k < comma and doc[k].lower_ in HONORIFICS:
        k += 2 if k + 1 < comma and doc[k + 1].text == "." else 1  # "said Shri Anurag Verma, Deputy ..."
    if k == comma or comma - k < 2 or doc[k].text == "-":
        return None
    before = doc[k - 1] if k > 0 else None
    if before is not None and not (before.is_punct or before.is_space or before.is_lower
                                   or before.lower_ in HONORIFICS):
        return None
    return k, comma


ARTICLES = {"a", "an", "the"}
PAST_ROLE_WORDS = {"former", "retired", "ex", "late", "then", "off", "duty", "fellow"}


PRIVATE_ORG_WORDS = {"Association", "Foundation", "Inc.", "Inc", "Company", "Corporation", "Corp.", "LLC", "Coalition",
                     "Alliance", "Society", "Bank", "Partners", "Industry", "Chamber", "Corp"}


def lowercase_role_end(doc: Doc, k: int) -> int:
    """'chief executive officer': the lowercase words that continue a lowercase title."""
    limit = min(len(doc), k + 4)
    while k < limit and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ORG_LINKS:
        k += 1
    return k


CORPORATE_HEADS = {"president", "chairman", "chairwoman", "founder", "ceo"}


def is_private_role(doc: Doc, start: int, end: int) -> bool:
    """'senior executive vice president, Retail Industry Leaders Association': a company or charity role."""
    words = {doc[i].lower_ for i in range(start, end)}
    if "vice" in words or doc[end - 1].lower_ in CORPORATE_HEADS or {"executive", "officer"} <= words:
        return True  # 'vice president', 'chairman', 'chief executive officer' in lowercase: a company's
    window = doc[end:min(len(doc), end + 10)]
    stop = next((t.i for t in window if t.text in (".", ";", "“", '"')), window.end)
    return any(doc[i].text in PRIVATE_ORG_WORDS for i in range(end, stop))


def spoken_appositive(doc: Doc, title: Span) -> tuple[tuple[int, int], Span] | None:
    """'said Ana Ruiz, a spokeswoman for ...', 'said Ervin Prenci, criminal intelligence officer with ...': a
    lowercase role after a speaker's name. Only after a speech verb: 'John Doe, a corrections officer, was
    sentenced' is a defendant. The lowercase words before the gazetteer title are part of the title."""
    k = title.start
    while k > 0 and title.start - k < 3 and doc[k - 1].is_lower and doc[k - 1].is_alpha \
            and doc[k - 1].lower_ not in ARTICLES | PAST_ROLE_WORDS | SAY_WORDS:
        k -= 1
    title_k, k = k, _owner_start(doc, k)  # "the county's sheriff": the owner is no part of the title
    comma = k - 1
    if comma > 0 and doc[comma].lower_ in ("a", "an", "the"):
        comma -= 1
    if comma == title.start - 1 or (comma >= 0 and doc[comma].lower_ in PAST_ROLE_WORDS):
        return None  # nothing lowercase between comma and title: name_before's case
    found = name_ending_at_comma(doc, comma)
    if found is None:
        return None
    verb = doc[found[0] - 1] if found[0] > 0 else None
    according = verb is not None and verb.lower_ == "to" and found[0] > 1 and doc[found[0] - 2].lower_ == "according"
    after = _apposition_end(doc, title.end)
    said_after = after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in SAY_WORDS
    said_before = verb is not None and verb.lower_ in SAY_WORDS
    if not (said_before or according or said_after) or is_private_role(doc, title_k, title.end):
        return None  # "Jo Roe, the county sheriff, said": the speech verb after the apposition
    return found, Span(doc, title_k, title.end, label=title.label_, span_id=title.id_)


def owned_role_before_name(doc: Doc, title: Span) -> tuple[tuple[int, int], Span] | None:
    """"The OHSP's director, Katrina L. Boswell, said", "The police spokesman, Jo Roe, said", "the NDLEA
    spokesperson, Jo Roe, said": a lowercase role after a body's possessive, or after an article (with the role's
    lowercase modifiers or a body's acronym between), then the speaker's name set off by commas and a speech
    verb."""
    start = title.start
    owned = start >= 2 and doc[start - 1].text in ("'s", "’s") and not doc[start - 2].is_lower  # "The OHSP's"
    if not owned:
        while start > 0 and title.start - start < 2 and doc[start - 1].is_lower and doc[start - 1].is_alpha \
                and doc[start - 1].lower_ not in ARTICLES | ORG_LINKS | SAY_WORDS | PAST_ROLE_WORDS:
            start -= 1  # "the police spokesman": the role's lowercase modifiers
        before = start - 1 - (start > 1 and _is_acronym(doc[start - 1]))  # "the NDLEA spokesperson"
        if before < 0 or doc[before].lower_ not in ARTICLES:
            return None
    if title.end + 1 >= len(doc) or doc[title.end].text != "," or is_private_role(doc, start, title.end):
        return None
    found = name_at(doc, title.end + 1)
    if found is None or found[1] + 1 >= len(doc):
        return None
    after = found[1] + 1 if doc[found[1]].text == "," else found[1]
    return (found, Span(doc, start, title.end, label=title.label_, span_id=title.id_)) \
        if doc[after].lower_ in SAY_WORDS else None


MAX_OWNER_TOKENS = 4
MAX_APPOSITION_ORG_TOKENS = 10
APPOSITION_ORG_OPENERS = {"for", "of", "with", "at"}


def _owner_start(doc: Doc, k: int) -> int:
    """'the county's sheriff', 'the FBI's spokesperson': where the owner before a role's possessive starts
    (k itself when no possessive comes before the role)."""
    if k < 2 or doc[k - 1].text not in ("'s", "’s"):
        return k
    j = k - 2
    while j > 0 and k - j < MAX_OWNER_TOKENS and doc[j - 1].text != "," and doc[j - 1].lower_ not in ARTICLES:
        j -= 1
    return j


def _apposition_end(doc: Doc, end: int) -> int:
    """'a spokeswoman for the Harbor Police Department, said': the organization phrase after a role in an
    apposition runs to the comma that closes it; where that comma is (`end` without such a phrase)."""
    if end >= len(doc) or doc[end].lower_ not in APPOSITION_ORG_OPENERS:
        return end
    j = end + 1
    while j < len(doc) and j - end <= MAX_APPOSITION_ORG_TOKENS and doc[j].text not in (",", ".", ";", "“", '"'):
        j += 1
    return j if j < len(doc) and doc[j].text == "," else end


SPEECH_AFTER_NAME = SAY_WORDS | {"told", "says:", "said:"}


def spoken_role_before_name(doc: Doc, title: Span) -> tuple[tuple[int, int], Span] | None:
    """'police spokeswoman Ana Ruiz said', 'NCA regional head of investigations Jo Roe said:', 'said FBI's special
    agent in charge Jo Roe.': a lowercase role (with its lowercase modifiers and an 'of <field>' after it)
    written right before a speaker's name, with a speech verb after the name or before the role."""
    k = title.start
    while k > 0 and title.start - k < 2 and doc[k - 1].is_lower and doc[k - 1].is_alpha \
            and doc[k - 1].lower_ not in ARTICLES | PAST_ROLE_WORDS | SAY_WORDS | ORG_LINKS:
        k -= 1
    end = title.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_lower and doc[end + 1].is_alpha \
            and doc[end + 1].lower_ not in ARTICLES:
        end += 2
    found = name_at(doc, end) if end < len(doc) else None
    if found is None or found[1] - found[0] < 2 or found[1] >= len(doc):
        return None
    owner = _owner_start(doc, k)
    if owner > 1 and _is_acronym(doc[owner - 1]):
        owner -= 1  # "said FBI special agent in charge Jo Roe.": the body's acronym before the role
    said_before = owner > 0 and doc[owner - 1].lower_ in SAY_WORDS and doc[found[1]].text in (".", ",", ";")
    if not (_speech_after_name(doc, found[1]) or said_before) or is_private_role(doc, k, end):
        return None  # '"...," said IRS-CI's special agent in charge Jo Roe.': the speech verb before the role
    return found, Span(doc, k, end, label=title.label_, span_id=title.id_)


MAX_ASIDE_AFTER_NAME = 10


def _speech_after_name(doc: Doc, k: int) -> bool:
    """A speech verb at k, or right after a short parenthesis there ('Jo Roe (Forfeiture/Legal) said')."""
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(len(doc), k + MAX_ASIDE_AFTER_NAME)) if doc[j].text == ")"), None)
        k = close + 1 if close is not None else k
    return k < len(doc) and doc[k].lower_ in SPEECH_AFTER_NAME


def add_person(doc: Doc, people: dict[str, Person], by_first_last: dict[tuple[str, str], Person], title: Span,
               tokens: list[Token], name_end: int, title_starts: set[int]) -> None:
    """A new official, or a longer name for one already found ('Robert Luna' and 'Robert G. Luna' are one
    person: same first and last name; looked up by that pair, not by comparing with every official)."""
    key = person_key(tokens)
    person = people.get(key) or by_first_last.get(first_last(tokens))
    if person is None:
        organization = organization_of(doc, title, name_end, title_starts, name_start=tokens[0].i if tokens else None)
        if organization is not None and PRIVATE_ORG_WORDS & set(organization.replace(",", " ").split()):
            return  # 'Chief Executive Officer Jo Roe of Acme Group': a company's officer
        person = people[key] = Person(tokens, title_text(doc, title), organization, rule=f"official:{title.id_}")
        by_first_last.setdefault(first_last(tokens), person)
    elif len(tokens) > len(person.name_tokens):
        person.name_tokens = tokens


def title_start(doc: Doc, title: Span) -> int:
    """Qualifiers written before a gazetteer title belong to it: 'Chief Deputy District Attorney'."""
    k = title.start
    for _ in range(MAX_QUALIFIERS):
        size = qualifier_size_before(doc, k)
        if not size or not doc[k - size].text[:1].isupper():
            break
        k -= size
    return k


def title_text(doc: Doc, title: Span) -> str | None:
    """The title as written, singular, with 'Acting' kept across a place name ('Acting Brooklyn District
    Attorney' -> 'Acting District Attorney'); none for a possessive ('contact Pat Hoye, Governor's Traffic
    Safety Bureau' names an office, not the person's role)."""
    if title.end < len(doc) and doc[title.end].text in ("'s", "’s"):
        return None
    text = singular_title(title) if title.label_ == "TITLES" else title.text
    start = title_start(doc, title)
    if start < title.start:
        text = f"{doc[start:title.start].text} {text}"
    k = start
    while k > 0 and start - k < MAX_ORG_TOKENS and doc[k - 1].is_title and doc[k - 1].text not in ACTING_WORDS:
        k -= 1
    if 0 < k < start and doc[k - 1].text in ACTING_WORDS:
        text = f"{doc[k - 1].text} {text}"
    portfolio = _portfolio_after(doc, title.end)
    return f"{text} {portfolio}" if portfolio else text


MAX_PORTFOLIO_WORDS = 4


def _portfolio_after(doc: Doc, end: int) -> str | None:
    """'Deputy Director (Enforcement)', 'Deputy Director General (Northern Region)': a portfolio of capitalized
    words in parentheses right after the title is part of it as written; an acronym there ('(DEA)') is not."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    close = next((k for k in range(end + 1, min(len(doc), end + MAX_PORTFOLIO_WORDS + 2)) if doc[k].text == ")"), None)
    inner = doc[end + 1 : close] if close is not None else None
    if inner is None or not len(inner) or any(t.is_upper and len(t) > 1 for t in inner) or not all(
            t.is_title or t.lower_ in ("and", "of", "&") for t in inner):
        return None
    return doc[end : close + 1].text


def singular_title(title: Span) -> str:
    """'Assistant Attorneys General' -> 'Assistant Attorney General', 'Chiefs of Police' -> 'Chief of Police',
    'ADAs' -> 'ADA': the last plural word, by lemminflect's noun lemmas, made singular in its written case."""
    words = [t.text_with_ws for t in title]
    stop = next((i for i, t in enumerate(title) if i and t.lower_ in (*PLURAL_HEAD_STOPS, "-")), len(title))
    order = [stop - 1, *range(len(title) - 1, -1, -1)]  # the head word first: 'Secretaries of Veterans Affairs'
    for i in order:
        tok = title[i]
        lemma = next((lem for lem in noun_lemmas(tok.text) if lem != tok.lower_), None)
        if lemma is None and tok.text.endswith("s") and tok.text[:-1].isupper():
            lemma = tok.text[:-1]  # an acronym's plural
        if lemma is not None:
            singular = lemma if tok.text[:-1].isupper() else (lemma.capitalize() if tok.is_title else lemma)
            words[i] = singular + tok.whitespace_
            return "".join(words).strip()
    return title.text


def is_lone_surname(doc: Doc, title: Span, name_start: int, title_starts: set[int]) -> bool:
    """'President Trump', 'Attorney General Sessions': one capitalized word after a capitalized title is a
    surname when it is a plain word (no initial, no suffix) and not a function word."""
    tok = doc[name_start]
    if title.label_ != "TITLE" or not title[0].is_title or title[-1].lower_ not in LONE_SURNAME_TITLE_HEADS:
        return False
    if not NAME_WORD.match(tok.text) or tok.text in LONE_SURNAME_STOP | NAME_SUFFIXES or is_qualifier(tok) \
            or name_start in title_starts:
        return False
    if title.start > 0 and doc[title.start - 1].lower_ in ARTICLES:
        return False  # 'The Chief Engineer onboard': a role named by its title, no surname
    nxt = doc[name_start + 1] if name_start + 1 < len(doc) else None
    if nxt is not None and (nxt.is_title or nxt.is_upper) and nxt.is_alpha and nxt.lower_ not in CALENDAR_WORDS:
        return False  # 'Director Chicago Regional Office': the word starts a longer proper name
    possessive = tok.text.endswith("s") and nxt is not None and nxt.is_lower and nxt.lower_ not in SAY_WORDS
    return not possessive  # 'President Obamas interagency' in scrapes that dropped the apostrophe


def fold_lone_surnames(people: dict[str, Person]) -> None:
    """'Director Mueller' before 'Director Robert Mueller': the lone surname is the same person."""
    full_by_surname = {p.name_words[-1]: p for p in people.values() if len(p.name_words) > 1}
    for key, person in list(people.items()):
        if len(person.name_words) == 1 and person.name_words[-1] in full_by_surname:
            del people[key]  # 'Chief Ruiz-Booker' after 'Angela Ruiz-Booker' too


DEFENDANT_VERBS = {"pleaded", "pled", "admitted"}
PASSIVE_DEFENDANT_VERBS = {"sentenced", "convicted", "charged", "indicted", "arrested", "found", "accused", "arraigned"}


def is_defendant(doc: Doc, name_end: int) -> bool:
    """'John Doe, 36, of Miami': an age after the name marks a defendant, not an official; so does 'former
    Sgt. John Doe pleaded guilty' or '... was sentenced' right after the name."""
    if name_end + 1 < len(doc) and doc[name_end].text == "," and doc[name_end + 1].like_num:
        return True
    after = doc[name_end:min(len(doc), name_end + 3)]
    if len(after) and after[0].lower_ in DEFENDANT_VERBS:
        return True
    return len(after) > 1 and after[0].lower_ in ("was", "were") and after[1].lower_ in PASSIVE_DEFENDANT_VERBS


def person_key(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens if t.text not in NAME_SUFFIXES).lower()


def first_last(tokens: list[Token]) -> tuple[str, str]:
    plain = [t for t in tokens if t.text not in NAME_SUFFIXES] or tokens
    return plain[0].text.lower(), plain[-1].text.lower()


def organization_of(doc: Doc, title: Span, name_end: int, title_starts: set[int],
                    name_start: int | None = None) -> str | None:
    """Capitalized words before the title ('Los Angeles County Sheriff'), else 'of/for the X' after the name
    (up to the next title: 'of the Criminal Division and U.S. Attorney Jo Roe' -> 'Criminal Division')."""
    start = title_start(doc, title)
    k = start
    while k > 0 and start - k < 8 and (_org_word_before(doc, k) or _state_note_before(doc, k)):
        k -= 3 if doc[k - 1].text == ")" else 1
    if k < start and doc[k].text in ("'s", "’s", "("):
        k = start
    if k < start:
        end = start - 1 if doc[start - 1].text in ("'s", "’s") else start  # "The OHSP's director": the OHSP
        return doc[k:end].text if end > k else None
    j = name_end + (1 if name_end < len(doc) and doc[name_end].text == "," else 0)
    stops = title_starts | ({name_start} if name_start is not None else set())  # "... of Florida Jo Roe"
    return of_phrase(doc, j, title_starts) or of_phrase(doc, title.end, stops, ("of", "for", "with"))


def _org_word_before(doc: Doc, k: int) -> bool:
    """A capitalized word (or the possessive of one: 'Sheriff's Office') that can be part of an agency name."""
    tok = doc[k - 1]
    if tok.text in ("'s", "’s", "-"):
        return k > 1 and doc[k - 2].is_title
    return (tok.is_title or tok.is_upper) and tok.is_alpha and tok.lower_ not in SAY_WORDS \
        and tok.text not in ("The", "A") and tok.text not in ACTING_WORDS


def _state_note_before(doc: Doc, k: int) -> bool:
    """'Tuscaloosa County (Ala.) Sheriff': a parenthesized state inside the organization."""
    return k > 3 and doc[k - 1].text == ")" and doc[k - 3].text == "(" and doc[k - 2].is_title


def of_phrase(doc: Doc, j: int, title_starts: set[int], starters: tuple[str, ...] = ("of", "for")) -> str | None:
    """'of the Criminal Division' / 'for the Middle District of Tennessee' / 'with INTERPOL's Fugitive Unit' at
    token j -> the capitalized name."""
    if j < len(doc) and doc[j].lower_ in starters:
        j += 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        end = j
        while end < len(doc) and end - j < 10 and end not in title_starts and not is_qualifier(doc[end]) and (
                doc[end].is_title or doc[end].is_upper or doc[end].lower_ in ORG_LINKS):
            end += 1
        while end > j and doc[end - 1].lower_ in ORG_LINKS:
            end -= 1
        if end > j:
            return doc[j:end].text
    return None


ORG_LINKS = {"of", "and", "'s", "’s", "for", "-", "&"}


def add_later_mentions(doc: Doc, people: dict[str, Person], title_spans: list[Span]) -> None:
    """Every 'Luna' (with its title when one stands before it: 'Sheriff Luna') after the first mention."""
    by_surname = {doc.vocab.strings[p.surname]: p for p in people.values()}
    if not by_surname:
        return
    title_end = {s.end: title_start(doc, s) for s in title_spans}
    orths = doc.to_array([ORTH]).reshape(-1)
    covered: set[int] = set()
    for i in numpy.flatnonzero(numpy.isin(orths, list(by_surname))).tolist():
        person = by_surname[int(orths[i])]
        if i in covered:
            continue
        names = {t.text for t in person.name_tokens}
        first = i
        while first > 0 and i - first < MAX_NAME_TOKENS + 2 and (
                doc[first - 1].text in names or doc[first - 1].text in ('"', "“", "”")
                or (doc[first - 1].is_space and doc[first - 1].text.count("\n") == 1 and first - 1 > 0
                    and doc[first - 2].text in names)):
            first -= 1
        while first < i and (doc[first].text in ('"', "“", "”") or doc[first].is_space):
            first += 1  # a nickname's marks inside the name, never at its edge
        if first > 0 and doc[first - 1].lower_ in HONORIFICS and doc[first - 1].text[:1].isupper():
            first -= 1  # 'Sir Ian Drake'
        elif first > 1 and doc[first - 1].text == "." and doc[first - 2].lower_ in HONORIFICS:
            first -= 2  # 'Hon. Mary Su', the tokenizer splitting the period
        if first not in title_end and first > 1 and doc[first - 1].is_title and is_name_token(doc[first - 1]) \
                and not (doc[first - 2].is_punct or doc[first - 2].is_space):
            continue  # 'Kevin Lee, 31,' is another person of that surname (not 'Later Lee' opening a sentence)
        start = title_end.get(first, first)
        person.mentions.append((start, i + 1))
        covered.update(range(start, i + 1))


def attribute_quotes(text: str, people: dict[str, Person]) -> dict[int, list[tuple[int, int]]]:
    """Quoted passages with 'said <official>' (or '<official> said') beside them; a quote that follows an
    attributed one in the same paragraph, with no attribution of its own, is the same speaker's."""
    by_surname = {p.surname: p for p in people.values()}
    result: dict[int, list[tuple[int, int]]] = {}
    if not by_surname:
        return result
    last_speaker: Person | None = None
    last_end = -1
    for m in QUOTE_PAIRS.finditer(text):
        group = 1 if m.group(1) is not None else 2
        q_start, q_end = m.start(group), m.end(group)
        speaker = _speaker_near(text, m.end(), by_surname, after=True) or _speaker_near(
            text, m.start(), by_surname, after=False)
        if speaker is None and last_speaker is not None and "\n" not in text[last_end:m.start()]:
            speaker = last_speaker
        if speaker is not None:
            raw = text[q_start:q_end]
            inner = raw.strip().rstrip(",")
            lead = len(raw) - len(raw.lstrip())
            result.setdefault(id(speaker), []).append((q_start + lead, q_start + lead + len(inner)))
        last_speaker, last_end = speaker, m.end()
    return result


SAID_BEFORE = re.compile(r",\s+(?:said|says|stated|added)\s+$")
SAID_AFTER = re.compile(r"^\s+(?:said|says|stated|added)\s*[.,]")
MIN_STATEMENT_CHARS = 20
STATEMENT_EDGES = " \t\"“”"


def attribute_unmarked_statements(doc: Doc, text: str, people: dict[str, Person]) -> dict[int, list[tuple[int, int]]]:
    """Scrapes that dropped every quotation mark ('Todays actions send a message, said Attorney General Holder.
    We will ...'): a paragraph that opens with a statement ending in ', said <official>' (or ', <official> said.')
    is that official's, and so is the rest of the paragraph after the attribution. Only in paragraphs without a
    pair of quotation marks, so that a marked quote is never cut from unmarked prose."""
    result: dict[int, list[tuple[int, int]]] = {}
    if not people:
        return result
    breaks = [m.start() for m in NEWLINE.finditer(text)]
    marked_paragraphs = {paragraph_of(breaks, len(text), m.start())[0] for m in QUOTE_PAIRS.finditer(text)}
    for person in people.values():
        for start, end in person.mentions:
            m_start, m_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            before, after = text[max(0, m_start - 12):m_start], text[m_end:m_end + 12]
            said_before = SAID_BEFORE.search(before)
            said_after = SAID_AFTER.match(after)
            comma = m_start - len(said_before.group(0)) if said_before else (
                m_start - 2 if said_after and text[m_start - 2:m_start] == ", " else -1)
            if comma < 0:
                continue
            para_start, para_end = paragraph_of(breaks, len(text), comma)
            if para_start in marked_paragraphs or para_end - para_start > MAX_STATEMENT_CHARS:
                continue  # a marked quote's paragraph, or no paragraph at all (text without line breaks)
            dateline = DATELINE.match(text, para_start, comma)
            spans = _trimmed(text, dateline.end() if dateline else para_start, comma)
            if said_after:
                m_end += len(said_after.group(0)) - 1
            spans += _trimmed(text, sentence_end(text, m_end, para_end), para_end)
            if spans:
                result.setdefault(id(person), []).extend(spans)
    return result


NEWLINE = re.compile(r"\n")
DATELINE = re.compile(r"[A-Z][A-Z.'’ ]{1,40}(?:,[A-Za-z.' ]{1,30})?\s[–—-]{1,2}\s")
MAX_STATEMENT_CHARS = 3000


def paragraph_of(breaks: list[int], size: int, pos: int) -> tuple[int, int]:
    """Start and end of the line holding `pos`, from the sorted newline offsets (no rescans of the text)."""
    i = bisect.bisect_left(breaks, pos)
    return (breaks[i - 1] + 1 if i > 0 else 0), (breaks[i] if i < len(breaks) else size)


SENTENCE_BREAK = re.compile(r"[.!?]\s+")
ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Jr|Sr|Inc|No|St|Mr|Ms|Mrs|Dr|Gen|Lt|Sgt|Det|Capt|Gov|Sen|Rep|Cmdr|Col|Maj|Adm|Supt|Insp"
    r"|Cst|Const|Cpl|Tpr|Dep|Ofc|Hon|Rev)\.)$")


def sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence running at `start` ends ('said Jo Roe, Administrator of the U.S. DEA. Next ...' -> 'Next'),
    not at the periods of 'U.S.' or 'Jr.'; `limit` when it runs to the end of the paragraph."""
    for m in SENTENCE_BREAK.finditer(text, start, limit):
        if not ABBREVIATION_END.search(text, max(start, m.start() - 8), m.start() + 1):
            return m.end()
    return limit


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span without surrounding blanks, if it is long enough to be a statement."""
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip(STATEMENT_EDGES))
    inner = raw.strip(STATEMENT_EDGES)
    if len(inner) < MIN_STATEMENT_CHARS:
        return []
    return [(start + lead, start + lead + len(inner))]


def _speaker_near(text: str, pos: int, by_surname: dict[str, Person], after: bool) -> Person | None:
    if after:
        window = text[pos:pos + 120].split("\n", 1)[0]
        window = window[:sentence_end(window, 0, len(window))]  # not at the period of "said Cmdr. Jo Roe"
    else:
        lines = text[max(0, pos - 160):pos].rsplit("\n", 2)
        window = lines[-1]
        if not window.strip() and len(lines) > 1 and lines[-2].rstrip().endswith(":"):
            window = lines[-2]  # 'Jo Roe said:' closing the line above the quote
        window = re.split(r"[.!?”\"]\s", window)[-1]
    words = re.findall(r"[\w’'-]+", window)
    if not any(w.lower() in SAY_WORDS for w in words):
        return None
    for w in words:
        if w in by_surname:
            return by_surname[w]
    return None


def name_text(tokens: list[Token]) -> str:
    """The name as written, without a quoted nickname ('John S. "Jay" Darden' -> 'John S. Darden')."""
    words: list[str] = []
    skip = 0
    for i, tok in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if tok.text in NICKNAME_MARKS and i + 2 < len(tokens) and tokens[i + 2].text in NICKNAME_MARKS.values():
            skip = 2
            continue
        if words and (tok.text == "-" or words[-1].endswith("-")):
            words[-1] += tok.text
        else:
            if words and tok.text in NAME_SUFFIXES and tok.doc[tok.i - 1].text == ",":
                words[-1] += ","  # 'Amos Rojas, Jr.' as written
            words.append(tok.text)
    return " ".join(words)


def to_official(doc: Doc, text: str, person: Person, quotes: list[tuple[int, int]]) -> Official:
    mentions = [Mention(text=tokens_text(doc, s, e), start=doc[s].idx, end=doc[e - 1].idx + len(doc[e - 1]))
                for s, e in person.mentions]
    return Official(name=name_text(person.name_tokens), title=person.title, organization=person.organization,
                    mentions=mentions, quotes=[Quote(text=text[s:e], start=s, end=e) for s, e in quotes],
                    rule=person.rule)
