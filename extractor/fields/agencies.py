"""Agencies: government bodies named in a release, one record per body with all its forms.

Two rule files find where names end; their word lists are lexicons in `patterns/lexicons/`
(`agency_heads`, `agency_acronyms`, `agency_single_names`, `us_states`, ...), named in the rules as
"@lexicon" entries and read here by the same names. `patterns/agencies.jsonl` (span group
`agencies`): the agency head words ("department", "office", "constabulary", "taskforce", ...),
acronyms of public bodies in capitals ("FBI", "RCMP", "HMRC", "FBIs"), local acronyms ("HCSO"),
acronym plus city ("FBI Denver") or unit ("OPP East Region"), lettered units ("Troop C"),
centres whose name says they fight crime ("National Cyber Security Centre", `agency_centre_kinds`),
one-word bodies ("Europol", "Garda") and names with no head
word ("Police Scotland", "An Garda Síochána"), head phrases ("... High Intensity Drug Trafficking
Area"), bare service nouns ("Police", "Customs", `agency_bare_names`), short names ("the Met",
`agency_short_names`) and `NOT_AGENCY` names (charities such as NCMEC). `patterns/agency_of.jsonl`
(group `agency_of`): a head word with its "of" complement ("Department of Justice"), joined here
to the name that ends in the same head.

This module completes each name: it drops words a name does not start with ("The", "Today", a
headline verb such as "Settle"), carries it right to a later head ("... Marihuana Enforcement
Team"), over an of/on/for complement ("Office of Inspector General", "Office on Crime Control and
Prevention", a comma list closed by "and": "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
a region tail ("Task Force South", "Team – Pacific"), a strike force's name ("Strike Force
Harbour"), a place after a place-named head ("Coast Guard Sector San Juan") or a prosecutor's
jurisdiction ("State Attorney's Office for the 20th Judicial Circuit"), a territorial unit named by a
designator ("Coast Guard Seventh District", "Highway Patrol Troop C", "Harris County Precinct 4
Constable's Office", `agency_unit_words`), a task verb ("Directorate Combating Organised Crime"), and
left over capitalized
words, an ordinal ("18th Judicial District Attorney's Office"), tight possessives and hyphens, a plural
possessive of people's titles ("National Police Chiefs’ Council"), one inner "and", "City
of" and a place and state before a comma. It ends a name before a person's title ("Department of
Justice Trial Attorney Jane Roe", "OPP Det.-Insp. Jane Roe", the titles `officials.find_titles` finds)
but keeps an office's holder ("Office of the Utah Attorney General"), ends an "of" complement before an
"and" the rules did not cross or a country's name ("Department of Corrections and New Zealand Customs
Service"), reads nothing inside an operation's name ("Operation Caribbean Guard"),
starts a new one after a comma that follows a head ("the Anaheim
Police Department, California Highway Patrol and FBI"), and rejects companies, laws ("... Act"),
police stations, school districts, a person's "Administration", contact-block lines and headline
modifiers ("Files Enforcement Action"). A unit "of the" its parent is split in two; a possessive
owner is a body of its own ("National Crime Agency’s Armed Operations Unit", "Lakeland Department of
Justice’s Medicaid Investigations Division" give both), but a person is not ("Attorney General Jane
Roe’s Child Exploitation Unit", or an official named in the text: "Roe’s Gang Unit", names the unit
only). Of
overlapping results the longest wins, as in the rulers. Places sharing a plural head expand
("the Beaumont, Hemet and Riverside Police Departments", "Greater Manchester and West Yorkshire
Police", "the Toronto and Belleville Police Services", `agency_place_plural_heads`): each place is a
mention of a body the text implies. A place before lowercase "police" is a force ("Gilbert police",
"Phoenix and Mesa police") when it is a state, a county or city ("Camden County police"), a place the
release names as one elsewhere ("in Gilbert", a dateline) or an item of a list beside a named body; a
demonym never is. An office holder's title with an "of"/"for" complement and its own acronym names the
office ("Commonwealth Director of Public Prosecutions (CDPP)"); capitalized words after a body's
possessive or parenthesized acronym name its unit when an acronym spells them, a unit word ends them or a
lowercase unit word follows ("the RCMP's Federal Serious and Organized Crime (FSOC)", "the Hong Kong
Police Force's Marine Region", "(BPD) Western District", "INTERPOL's Criminal Networks unit").

This module groups the mentions into agencies:

* an acronym in parentheses after a name, of one word or several ("Drug Enforcement Administration
  (DEA)", "(HHS-OIG)"), is an alias of that name, and every later use of it is a mention of it; so is
  the body's name in its own language there ("Spanish National Police (Policía Nacional)");
* an acronym opening a name stands for the body it spells ("TPSO Narcotics Division");
* any other acronym joins the agency whose initials it spells ("FBI" - "Federal Bureau of
  Investigation", "DOJ" - "Department of Justice");
* a shorter form whose words appear in order in a longer one and that ends the same way is the
  same agency ("Criminal Division" - "Justice Department's Criminal Division", "Sheriff's
  Department" - "Los Angeles County Sheriff's Department"); so is a form that the longer one only
  completes ("U.S. Marshals" - "U.S. Marshals Service"); one-word bodies ("Europol") stay their own,
  and so does a body whose name a unit's name only starts with ("U.S. Marshals Service" - "U.S.
  Marshals Service ... Regional Fugitive Task Force");
* an office named after its holder is one body either way round ("Office of the Sheriff" -
  "Sheriff's Office", "Office of the Commonwealth's Attorney" - "Commonwealth's Attorney's Office");
* bare generic forms ("the Police Department", "District Attorney's Office", "Services Branch") are
  kept only as aliases of a named agency; headline mentions only join agencies named in the body;
* a bare service noun ("Police", "Customs") is a mention of the named body that contains it, or,
  when the text names none and writes it capitalized in mid-sentence ("searched by Customs
  officers"), the publisher's own body; "NSW police" (a state's acronym and lowercase "police") and
  "the Met" (a mention of the "Metropolitan Police Service" when the text names it) are bodies too.

`name` is the longest form in the body, `aliases` the other forms, `mentions` every span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from spacy.lang.en.lex_attrs import _ordinal_words as _spacy_ordinal_words
from spacy.lexeme import Lexeme
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from extractor.columns import column, positions, token_lowers, token_texts
from extractor.fields.events import AGENT_SUFFIXES, is_plural_person_noun, verb_of_action_noun
from extractor.fields.officials import CALENDAR_WORDS, find_titles
from extractor.fields.operations import is_headline_like, line_bounds, name_spans
from extractor.lexicon import all_lemmas, is_adverb, is_only_a_base_verb, lexicon, noun_lemmas, verb_lemmas
from extractor.locale import non_us_place_names
from extractor.models import Agency, Mention
from extractor.pipeline import cached_text, release_meta, span_text

GROUP = "agencies"
OF_GROUP = "agency_of"
OF_LABEL = "AGENCY_OF"
NAME_LABELS = frozenset({"AGENCY", "AGENCY_ACRONYM", "AGENCY_PLACE"})
ACRONYM_LABEL = "AGENCY_ACRONYM"
PLACE_LABEL = "AGENCY_PLACE"
SINGLE_NAME_RULE = "ag-single-name"
SHORT_NAME_RULE = "ag-short-name"
HEAD_PHRASE_RULE = "ag-head-phrase"
BARE_NAME_RULE = "ag-bare-name"
FOREIGN_HEAD_RULE = "ag-foreign-head"
STATE_ACRONYM_RULE = "ag-state-acronym"
ENGLISH_HEADS_ABROAD = frozenset({"police", "service"})  # English heads, head-first only before a lowercase word
MAX_FOREIGN_WORDS = 8

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
LEADING_JUNK = frozenset({"the", "and", "&", "-", "of", "for", "'s", "’s", ",", "–", "—"})
FUNCTION_WORDS = frozenset({"and", "of", "the", "for", "&", "in", "on"})
# The word lists live in patterns/lexicons/ (one file each, documented there).
# What may not follow a name: a company suffix, a law's "Act" ("Archaeological Resources Protection Act").
NOT_AGENCY_FOLLOWERS = lexicon("company_suffixes")
HEAD_WORDS = lexicon("agency_heads")
# "New York City Police Commissioner" names a person's title, not the department.
TITLE_WORDS = lexicon("agency_title_words")
TITLE_FOLLOWERS = lexicon("agency_title_followers")
GENERIC_WORDS = lexicon("agency_generic_words")
STRONG_HEADS = lexicon("agency_strong_heads")
COMPLEMENT_WORDS = frozenset({"of", "for", "in"})
NOT_NAME_WORDS = lexicon("agency_not_name_words")
JOINERS = frozenset({"'s", "’s", "-", "/", "&"})  # "/" tight: "Florida/Caribbean Regional Fugitive Task Force"
MAX_LEFT_WORDS = 10
MAX_RIGHT_WORDS = 5  # words between two heads
MAX_ACRONYM_TOKENS = 5  # "(HT / SPAT)"
MAX_COMPLEMENT_TOKENS = 14  # "Office of Sex Offender Sentencing, Monitoring, ..., Registering and Tracking"
MAX_RIGHT_TOTAL = 12  # words added in all (a run of capitalized heads must not make this quadratic)
HYPHEN_HEADS = frozenset({"investigation", "investigations"})  # "Internal Revenue Service-Criminal Investigation"
# Heads that may not take an "and" before them ("Denver and Lakewood Police Departments" is two bodies).
PLURAL_HEADS = lexicon("agency_plural_heads")
NOT_BEFORE_AND = lexicon("agency_and_blockers") | STRONG_HEADS


@dataclass
class _Mention:
    span: Span
    words: tuple[str, ...]
    acronym: bool
    headline: bool
    spelled: str | None = None  # a name the text implies but does not spell ("Hemet Police Department")
    raw: tuple[str, ...] = ()  # the words as written, before `canonical` reorders them
    owner: bool = False  # the owner before a possessive in a unit's name, a body of its own

    def __post_init__(self) -> None:
        self.raw = self.raw or self.words

    @property
    def standalone_in_title(self) -> bool:
        """Headlines capitalize everything, but an acronym ('SCPD provides ...') is still a name there, and
        so is a unit a person's possessive opens and a headline verb closes ('Roe's Gang Unit Wins ...')."""
        return self.acronym or self.span.label_ == PLACE_LABEL or _bounded_in_headline(self.span)

    @cached_property
    def text(self) -> str:
        """The name as written (once per mention: groups compare their mentions' names again and again)."""
        if self.spelled:
            return self.spelled
        if self.acronym and len(self.span) == 1:
            return acronym_key(span_text(self.span))
        return " ".join(span_text(self.span).split())


@dataclass
class _Group:
    mentions: list[_Mention] = field(default_factory=list)
    rule: str | None = None
    order: int = 0

    @property
    def longest(self) -> _Mention:
        body = [m for m in self.mentions if not m.headline] or self.mentions
        return max(body, key=lambda m: (not m.acronym, not _in_parentheses(m.span), len(m.words), len(m.raw),
                                        len(m.text), -m.span.start_char))

    def nearest_before(self, start: int) -> int:
        before = [m.span.start_char for m in self.mentions if m.span.start_char <= start]
        return max(before) if before else -1


def _in_parentheses(span: Span) -> bool:
    """'(Federale Gerechtelijke Politie)' after 'Federal Judicial Police': the other name, written second."""
    return span.start > 0 and span.doc[span.start - 1].text == "(" and span.end < len(span.doc) \
        and span.doc[span.end].text in (")", ",")


def norm_words(span: Span) -> tuple[str, ...]:
    """Lowercase words without 'the', possessive marks and punctuation, as the scorer compares."""
    doc, words = span.doc, []
    for orth in column(doc, "ORTH")[span.start:span.end]:
        found = _NORM_WORDS.get(orth)
        if found is None:
            found = _NORM_WORDS[orth] = _norm_word(doc.vocab[orth])
        words.extend(found)
    return tuple(words)


_NORM_WORDS: dict[int, tuple[str, ...]] = {}
"""Word (orth hash) -> what `norm_words` makes of it, which the word alone decides: names are compared again
and again, and a Token built per word and test cost more than the test."""


def _norm_word(word: Lexeme) -> tuple[str, ...]:
    if word.is_punct or word.is_space or word.orth_ in POSSESSIVES or word.lower_ == "the":
        return ()
    text = word.lower_.replace(".", "").replace("'", "").replace("’", "")
    if text in ("taskforce", "taskforces"):
        return ("task", text[4:])  # "Taskforce" is "Task Force"
    if ORDINAL_RE.match(text) and 0 < int(text[:-2]) <= len(_SPELLED_ORDINALS):
        return (_SPELLED_ORDINALS[int(text[:-2]) - 1],)  # "4th Judicial District" is the "Fourth"
    return (text,) if text else ()


_SPELLED_ORDINALS = tuple(_spacy_ordinal_words[:20])  # 'first' .. 'twentieth', in order


def canonical(words: tuple[str, ...]) -> tuple[str, ...]:
    """'Justice Department' is 'Department of Justice', 'Interior Department' 'Department of the Interior';
    'Office of the Sheriff' is 'Sheriff's Office' (see `office_of_holder`)."""
    words = _written_out(words)
    if words[:2] == ("united", "states") and len(words) > 2:
        words = ("us", *words[2:])  # "United States Attorney's Office" is the "U.S. Attorney's Office"
    if (len(words) >= 4 and words[0] in _ORDINAL_WORDS and words[-1] in lexicon("agency_unit_words")
            and words[-2] in HEAD_WORDS):
        words = words[1:-1] + (words[0], words[-1])  # "Seventh Coast Guard District" is "Coast Guard Seventh District"
    if len(words) == 2 and words[1] in ("department", "ministry") and words[0] not in GENERIC_WORDS:
        return (words[1], "of", words[0])
    return office_of_holder(words)


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """'da' -> ('district', 'attorney'), from `agency_word_abbreviations`."""
    pairs = (entry.split(maxsplit=1) for entry in lexicon("agency_word_abbreviations"))
    return {short: tuple(full.split()) for short, full in pairs}


def _written_out(words: tuple[str, ...]) -> tuple[str, ...]:
    """'Dallas County DA's Office' compares as 'Dallas County District Attorney's Office'."""
    if len(words) < 2 or not any(w in _abbreviations() for w in words):
        return words
    return tuple(part for w in words for part in _abbreviations().get(w, (w,)))


MAX_HOLDER_WORDS = 3


def office_of_holder(words: tuple[str, ...]) -> tuple[str, ...]:
    """'(Fairfax County) Office of the Sheriff', 'Office of the Commonwealth's Attorney' name the same
    body as '(Fairfax County) Sheriff's Office', 'Commonwealth's Attorney's Office': an office named
    after its holder, written either way round. The holder is the last few words, none of them a head
    or joining word ('Office of Justice Programs and ...' keeps its order)."""
    if "office" not in words[:-1]:
        return words
    at = len(words) - 1 - words[::-1].index("office")
    holder = words[at + 2 :]
    if (at + 1 >= len(words) or words[at + 1] != "of" or not 1 <= len(holder) <= MAX_HOLDER_WORDS
            or any(w in HEAD_WORDS or w in FUNCTION_WORDS for w in holder)):
        return words
    return words[:at] + holder + ("office",)


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
    """'the Police Department', 'District Attorney's Office', a bare 'Investigations'."""
    return all(w in GENERIC_WORDS for w in words) or all(w in HEAD_WORDS for w in words)  # "Services Branch"


def _clean(span: Span) -> Span | None:
    """Drop leading joints ('s, and, the) and trailing punctuation left by the patterns."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and ((token := doc[start]).lower_ in LEADING_JUNK or token.is_space):
        start += 1
    while end > start and ((token := doc[end - 1]).is_punct or token.is_space):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label, span_id=span.id)


_NAME_WORD_ANSWERS: dict[int, bool] = {}
"""Word (orth hash) -> `_is_name_word`'s answer, which the spelling alone decides: the name extenders ask it
of the same few words again and again."""


def _is_name_word(token: Token) -> bool:
    found = _NAME_WORD_ANSWERS.get(token.orth)
    if found is None:
        found = _NAME_WORD_ANSWERS[token.orth] = _is_name_word_text(token.text)
    return found


def _is_name_word_text(text: str) -> bool:
    if text in _region_codes():
        return True  # "ACT Policing", "NSW Police Force": a state's code, though "act" is no name word
    return text[:1].isupper() and text.lower() not in NOT_NAME_WORDS


@cache
def _region_codes() -> frozenset[str]:
    """Codes of states, territories and provinces of at least three letters (ISO 3166-2, from the holidays
    package) in the countries whose calendars the dates use; two-letter codes ('IN', 'OR') are words."""
    import holidays

    from extractor.fields.dates import HOLIDAY_FALLBACKS

    codes = (code for country in HOLIDAY_FALLBACKS for code in holidays.country_holidays(country).subdivisions)
    return frozenset(code for code in codes if code.isupper() and code.isalpha() and len(code) >= 3)


def _is_name_word_at(doc: Doc, i: int) -> bool:
    """A name word, or a title before a possessive ("Governor's Traffic Safety Bureau", "Sheriff's")."""
    token = doc[i]
    if _is_name_word(token):
        return True
    if token.lower_ in ("operation", "operations") and token.text[:1].isupper() and i > 0 and _is_name_word(doc[i - 1]):
        return True  # "Special Operation Unit", "Special Operations Division"
    if i + 1 < len(doc) and _people_possessive(doc, i + 1):
        return True  # "Police Officers’ Standards and Training Commission"
    if token.lower_ in ("his", "her") and token.is_title and i + 1 < len(doc) and doc[i + 1].lower_ == "majesty":
        return True  # "Her Majesty's Revenue and Customs", "His Majesty's Prison Service": the Crown's bodies
    return (token.text[:1].isupper() and token.lower_ in TITLE_WORDS and not token.whitespace_
            and i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s"))


def _opening_imperative(doc: Doc, i: int) -> bool:
    """'Follow CBP's Laredo Field Office on X': a sentence's first word that the lexicon knows only as a verb
    is a command, no word of a name."""
    token = doc[i]
    if not token.is_title or not is_only_a_base_verb(token.lower_):  # most words: the word alone says no
        return False
    return i == 0 or (prev := doc[i - 1]).is_punct or prev.is_space or "\n" in prev.text


def _is_place_kind(token: Token) -> bool:
    """'City', 'COUNTY' in 'City of Miami Police Department' (capitalized, from `place_kind_words`)."""
    return token.text[:1].isupper() and token.lower_ in lexicon("place_kind_words")


def trim_leading(span: Span) -> Span | None:
    """Rules may start on any capitalized word; a name does not start with 'The', 'Today' or 'Deputy'."""
    doc, start = span.doc, span.start
    while start < span.end and doc[start].text != "," and (not _is_name_word_at(doc, start)
                                                           or _is_headline_verb(doc[start])):
        start += 1
    if start + 2 < span.end and doc[start + 1].lower_ in ("and", "&") and not _may_precede_and(doc[start]):
        start += 2  # "Program and Internal Revenue Service": the name starts after the "and"
    if start + 2 < span.end and doc[start].lower_ in STRONG_HEADS and doc[start + 1].text in ("'s", "’s"):
        start += 2  # "the Department's Special Victims Unit": the unit is named, the department is not
    if start >= span.end:
        return None
    return span if start == span.start else Span(doc, start, span.end, label=span.label, span_id=span.id)


def _joins(doc: Doc, index: int) -> bool:
    """A possessive or hyphen written tight to a name word: "State's", "Miami-Dade", not "France - INTERPOL"."""
    joiner, before = doc[index], doc[index - 1]
    if not _is_name_word_at(doc, index - 1) or before.whitespace_:
        return False
    if before.lower_ in STRONG_HEADS and (index < 2 or not (_is_name_word_at(doc, index - 2) or (
            index >= 4 and doc[index - 2].text in POSSESSIVES and _is_name_word_at(doc, index - 3)
            and _is_name_word_at(doc, index - 4)))):
        return False  # "the Department's ...": a bare head owns nothing by name; "Sheriff's Office's" does
    return joiner.text in ("'s", "’s") or not joiner.whitespace_


@cache
def _person_titles() -> frozenset[str]:
    """People's titles and the words after them (`agency_person_titles`, `agency_title_words`,
    `agency_title_followers`), united once rather than on every call of the name readers."""
    return lexicon("agency_person_titles") | TITLE_WORDS | TITLE_FOLLOWERS


@cache
def _people_words() -> frozenset[str]:
    """Nouns for people and their titles (`agency_person_titles`, `title_bases`, `person_nouns`), united once."""
    return lexicon("agency_person_titles") | lexicon("title_bases") | lexicon("person_nouns")


@cache
def _single_names_and_acronyms() -> frozenset[str]:
    """One-word bodies and known acronyms (`agency_single_names`, `agency_acronyms`), united once."""
    return lexicon("agency_single_names") | lexicon("agency_acronyms")


def _people_possessive(doc: Doc, index: int) -> bool:
    """'National Police Chiefs’ Council', 'Association of Prosecuting Attorneys' Board': a plural
    possessive of people's titles inside a name, written tight to the plural, a name word after it."""
    joiner = doc[index]
    if joiner.text not in ("'", "’") or index < 1 or index + 1 >= len(doc):
        return False
    before = doc[index - 1]
    if before.whitespace_ or not before.lower_.endswith("s") or not before.is_title:
        return False
    people = _people_words()
    lemmas = [lemma for lemma in noun_lemmas(before.lower_) if lemma != before.lower_]
    return any(lemma in people for lemma in lemmas) and _is_name_word(doc[index + 1])


def _may_precede_and(token: Token) -> bool:
    """'Crime' in 'Organized Crime and Gang Section'; not a head, an acronym, a title or a one-word body
    ('Europol and Spanish National Police' are two)."""
    return (token.text[:1].isupper() and not token.is_upper and token.lower_ not in NOT_BEFORE_AND
            and token.lower_ not in lexicon("agency_single_names") and _is_name_word(token)
            and not _head_phrase_ends_at(token.doc, token.i + 1))  # "Alder Fire Rescue and Birch Fire Rescue"


def _joins_left(doc: Doc, index: int, end: int) -> bool:
    """A tight possessive or hyphen, or an 'and' inside one name, at `index` before the name."""
    token = doc[index]
    if token.text in JOINERS and not (token.text == "&" and token.whitespace_):
        return _joins(doc, index)
    if _people_possessive(doc, index):
        return True
    return token.lower_ in ("and", "&") and _and_may_join(doc, index, end)


def _and_may_join(doc: Doc, and_index: int, end: int) -> bool:
    """'Organized Crime and Gang Section': a plain word before 'and', a name word after it, one head."""
    before, after = doc[and_index - 1], doc[and_index + 1]
    if _states_of_one_body(doc, and_index, end):
        return True  # "Port Authority of New York and New Jersey Police Department"
    if and_index + 2 == end and after.lower_ in HEAD_WORDS:
        return False  # "Customs and Police": a bare head after the 'and' is a body of its own
    if before.text in _official_names(doc) or _titled_person_before(doc, and_index):
        return False  # "Secretary Miriam S. Coleridge and Pennsylvania State Police Commissioner ...": a person
    if _second_and_joins_bodies(doc, and_index) or _of_complement_ends_at(doc, and_index) \
            or _spells_a_known_body(Span(doc, and_index + 1, end)) or _place_opens_after_noun(doc, and_index, end):
        return False
    inner = doc[and_index + 1 : end - 1]
    if not (_may_precede_and(before) and _is_name_word(after) and not after.is_upper
            and after.lower_ not in STRONG_HEADS and doc[end - 1].lower_ not in PLURAL_HEADS):
        return False
    if _common_noun_opens_name(doc, and_index):
        return True  # "U.S. Fish and Wildlife Service Office of Law Enforcement": 'Fish' alone names no body
    return not any(t.lower_ in NOT_BEFORE_AND for t in inner) and not _and_without_head_between(inner)


MAX_PERSON_NAME_WORDS = 3
_INITIAL_RE = re.compile(r"^[A-Z]\.$")


def _titled_person_before(doc: Doc, and_index: int) -> bool:
    """'Revenue Secretary Ann S. Roe and ...': a person's title, then a name of two or three words, before 'and'."""
    k = and_index
    while k > 0 and and_index - k < MAX_PERSON_NAME_WORDS and (
            doc[k - 1].is_title or _INITIAL_RE.match(doc[k - 1].text)):
        k -= 1
    return (k > 0 and k < and_index - 1 and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ in _person_titles()
            and not any(t.lower_ in HEAD_WORDS for t in doc[k:and_index]))


def _place_opens_after_noun(doc: Doc, and_index: int, end: int) -> bool:
    """'ALEA Narcotics and DeKalb County Sheriff's Office': after a common noun's 'and', a county's or city's name
    ('DeKalb County') opens a body of its own ('Lewis and Clark County', two names, is one place)."""
    if not noun_lemmas(doc[and_index - 1].lower_):
        return False
    k = and_index + 1
    while k < end - 1 and k - and_index <= MAX_PLACE_WORDS and _is_name_word(doc[k]) and not _is_place_kind(doc[k]):
        k += 1
    return k > and_index + 1 and k < end - 1 and _is_place_kind(doc[k])


NAME_OPENERS = frozenset({"the", "u.s.", "us"})


def _common_noun_opens_name(doc: Doc, and_index: int) -> bool:
    """'the (U.S.) Fish and Wildlife ...': one capitalized common noun (a noun to the lexicon, no head or generic
    word) opening a name before 'and' (after 'the', 'U.S.' or a sentence's start) is no body and no place, so
    the 'and' joins words of one name, whatever heads follow it; after a comma or another 'and' it may end a
    list ('..., Firearms, and Explosives and California Department ...')."""
    before = doc[and_index - 1]
    opener = doc[and_index - 2] if and_index >= 2 else None
    return (bool(noun_lemmas(before.lower_)) and before.lower_ not in HEAD_WORDS | GENERIC_WORDS
            and (opener is None or opener.lower_ in NAME_OPENERS or opener.text in SENTENCE_OPENERS))


def _is_state_word(token: Token) -> bool:
    """A capitalized word of a US state's name ('New', 'Jersey', 'Ohio')."""
    return token.is_title and token.lower_ in lexicon("us_states")


def _states_of_one_body(doc: Doc, and_index: int, end: int) -> bool:
    """'of New York and New Jersey <head>': two states of an 'of' phrase joined by 'and', with the name going
    on to a head after them, are the places of one body."""
    k = and_index - 1
    while k > 0 and _is_state_word(doc[k]):
        k -= 1
    if k == and_index - 1 or doc[k].lower_ != "of":
        return False
    j = and_index + 1
    while j < end and _is_state_word(doc[j]):
        j += 1
    return and_index + 1 < j < end - 1 and doc[end - 1].lower_ in HEAD_WORDS


def _of_complement_ends_at(doc: Doc, index: int) -> bool:
    """'Department of Corrections and New Zealand Customs Service': the 'of' rules closed a head's
    complement before this 'and' (they read 'Health and Human Services' on), so it joins two bodies."""
    return any(span.end == index for span in doc.spans.get(OF_GROUP, []) if span.label_ == OF_LABEL)


def _second_and_joins_bodies(doc: Doc, and_index: int) -> bool:
    """'Firearms and Explosives and Homeland Security Investigations', 'Immigration and Customs
    Enforcement and Homeland Security Investigations': an 'and' one word after another 'and' inside a
    name, or after the head that closes it, joins two bodies; after a head or acronym before the first
    'and' ('... Division and Customs and Border Protection') the first 'and' did."""
    for earlier in (and_index - 2, and_index - 3):
        if earlier < 1 or doc[earlier].lower_ not in ("and", "&"):
            continue
        if earlier == and_index - 3 and doc[and_index - 1].lower_ not in HEAD_WORDS:
            return False
        return _is_name_word(doc[earlier - 1]) and not _ends_a_body(doc[earlier - 1])
    return False


def _ends_a_body(token: Token) -> bool:
    """A head word, an acronym ('FBI') or a one-word body ('Europol'): a name may end here."""
    return (token.lower_ in HEAD_WORDS or _is_acronym_word(token)
            or token.lower_ in _single_names_and_acronyms())


def _and_without_head_between(inner: Span) -> bool:
    """A second 'and' in the name with no head word before it that a name word follows: 'Santa Ana and
    Orange and Irvine ...' runs places together; in 'Customs and Border Protection Air and Marine
    Operations' the first 'and' is closed by its own head ('Protection') before the unit's name has
    its 'and'."""
    for token in inner:
        if token.lower_ in HEAD_WORDS and token.i + 1 < inner.end and inner.doc[token.i + 1].lower_ not in ("and", "&"):
            return False
        if token.lower_ in ("and", "&"):
            return True  # "... Customs Enforcement and Homeland Security Investigations": a head right before
            # the second 'and' closes no name there
    return False


def extend_left(span: Span) -> Span | None:
    """Add the capitalized words before a name that the short rules left out; a rule that starts at a
    comma ("..., Calif., Sheriffs Department") must get a place before it."""
    doc = span.doc
    start = span.start
    if doc[start].text == "," and start > 0 and _name_ends_before(doc, start):
        # "the Anaheim Police Department, California Highway Patrol", "Tennessee Department of Correction,
        # Tennessee Highway Patrol": a list, the name starts after the comma
        return _clean(Span(doc, start + 1, span.end, label=span.label, span_id=span.id))
    needs_word = doc[start].text == ","
    taken = 0
    owner_boundary = None  # where the name began before it crossed a possessive
    while start > 0 and taken < MAX_LEFT_WORDS:
        prev = doc[start - 1]
        if _is_headline_verb(prev) or (prev.lower_ == doc[start].lower_ and prev.lower_ in HEAD_WORDS) \
                or _opening_imperative(doc, start - 1):
            break  # "... Customs Enforcement Enforcement and Removal Operations": two names meet; "Follow ..."
        if _is_name_word_at(doc, start - 1) or _unit_title_at(doc, start - 1):
            start -= 1
            taken += 1
            needs_word = False
        elif start >= 3 and doc[start - 1].text in CLOSING_QUOTES and doc[start - 3].text in OPENING_QUOTES \
                and len(doc[start - 2].text) == 1 and doc[start - 2].is_upper and span.end - start > 1:
            start -= 3  # "“D” Division Police Dog Services": an RCMP division's letter in quotes opens the name
            taken += 1
        elif start >= 2 and _is_wrap(doc, start - 1) and _is_name_word(doc[start - 2]) \
                and doc[start - 2].lower_ in NAME_OPENERS:
            start -= 2  # "the U.S. / Postal Inspection Service": a hard-wrapped line broke the name after "U.S."
        elif prev.lower_ in ("and", "&") and owner_boundary is not None:
            if _owner_and_joins(doc, start - 1, owner_boundary, span.end):
                start -= 1  # "the Drug and Firearms Squad's Chemical Operations Unit": one owner, one unit
                continue
            if start >= 2 and _may_precede_and(doc[start - 2]):
                # the owner's name has its own "and" ("... Immigration and Customs Enforcement's
                # Enforcement and Removal Operations"): leave the owner to its own mention
                start = owner_boundary
            break
        elif prev.lower_ in ("and", "&") and (joined := _start_by_acronym(doc, start - 1, span.end)) is not None:
            taken += start - joined
            start = joined  # "Crown Office and Procurator Fiscal Service (COPFS)": its acronym spells both halves
        elif prev.lower_ in ("and", "&") and _acronym_spells_after(doc, start, span.end):
            break  # "a joint Customs and Ministry for Primary Industries (MPI) centre": the acronym's name alone
        elif start >= 2 and not needs_word and _joins_left(doc, start - 1, span.end):
            if prev.text in ("'s", "’s") and owner_boundary is None and not _holder_in_name(doc, start - 1):
                owner_boundary = start
            start -= 1
        elif (start >= 2 and not needs_word and _is_designator(doc, start - 1) and prev.is_digit
              and _is_unit_word(doc[start - 2])):
            start -= 2  # "Harris County Precinct 4 Constable's Office": a numbered unit inside the name
            taken += 2
        elif _is_ordinal(prev) and not needs_word:
            start -= 1  # "18th Judicial District Attorney's Office": an ordinal opens the name
            break
        elif prev.text == "," and start >= 2 and not needs_word and _joint_places_continue(doc, start, span.end):
            start -= 1  # "Bedfordshire, Cambridgeshire and Hertfordshire Major Crime Unit"
            needs_word = True
        elif prev.lower_ == "of" and start >= 2 and _is_place_kind(doc[start - 2]) and not needs_word:
            start -= 2  # "City of Miami Police Department", "Hampshire and Isle of Wight Constabulary"
        elif prev.lower_ == "of" and start >= 2 and doc[start - 2].lower_ in HEAD_WORDS and not needs_word \
                and any(t.lower_ == "and" and _states_of_one_body(doc, t.i, span.end) for t in doc[start : span.end]):
            start -= 2  # "Port Authority of New York and New Jersey Police Department": one body of two states
        elif prev.lower_ == "of" and start >= 2 and doc[start - 2].lower_ in HEAD_WORDS and not needs_word \
                and _tight_hyphen_in(doc, start, span.end):
            start -= 2  # "Texas Department of Public Safety-Criminal Investigation Division": a unit after its parent
        else:
            break
    if needs_word:  # no place before the comma: "... of drugs, South Carolina Department of Corrections Director"
        return _clean(Span(doc, span.start + 1, span.end, label=span.label, span_id=span.id)) \
            if _is_state_word(doc[span.start + 1]) else None
    before = start - 2 if start > 1 and doc[start - 1].lower_ == "the" else start - 1
    if (owner_boundary is not None and before >= 1 and doc[before].lower_ in COMPLEMENT_WORDS
            and doc[before - 1].lower_ in HEAD_WORDS):
        start = owner_boundary  # "Department of Justice’s Special Operation Unit": the owner has its own mention
    owner = doc[start : owner_boundary - 1] if owner_boundary is not None else None
    if owner is not None and (_owner_is_person(owner) or owner.text in _official_names(doc)):
        start = owner_boundary  # "Attorney General Jane Roe’s Child Exploitation Unit", "Roe’s ... Unit"
    elif owner is not None and _country_owns_a_whole_name(owner, doc[owner_boundary : span.end]):
        start = owner_boundary  # "Canada’s Durham Regional Police": the force's own name has its place
    if start == span.start:
        return span
    return Span(doc, start, span.end, label=span.label, span_id=span.id)


def _holder_in_name(doc: Doc, possessive: int) -> bool:
    """"Sheriff's Office", "State's Attorney's Office": an office holder's possessive before a head word is part
    of the body's name, no owner of another body."""
    return (possessive + 1 < len(doc) and doc[possessive - 1].lower_ in TITLE_WORDS
            and doc[possessive + 1].lower_ in HEAD_WORDS)


OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})


def _tight_hyphen_in(doc: Doc, start: int, end: int) -> bool:
    """A hyphen written tight between two name words in tokens start..end-1 ('Safety-Criminal')."""
    return any(doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_
               and _is_name_word(doc[k - 1]) and _is_name_word(doc[k + 1]) for k in range(start + 1, end - 1))


def _joint_places_continue(doc: Doc, start: int, end: int) -> bool:
    """'Bedfordshire, Cambridgeshire and Hertfordshire Major Crime Unit': places listed with commas and a
    closing 'and' before one singular head name one joint body (a plural head shares itself out instead)."""
    ands = [i for i in range(start, end) if doc[i].lower_ in ("and", "&")]
    if not ands or doc[end - 1].lower_ in PLURAL_HEADS or not _is_name_word(doc[start - 2]):
        return False
    items = Span(doc, start, ands[0])
    return (all(_is_name_word(t) or t.text == "," for t in items) and _is_place(items)
            and _is_place(doc[start - 2 : start - 1]))


MAX_WORDS_BEFORE_AND = 4


def _acronym_spells_after(doc: Doc, start: int, end: int) -> bool:
    """The acronym in parentheses after the name spells just the words from `start`, and the word before the 'and'
    is a body's bare name ('Customs and Ministry for Primary Industries (MPI)'; not 'Alcohol and Tobacco Tax and
    Trade Bureau (TTB)')."""
    if start < 2 or doc[start - 2].lower_ not in lexicon("agency_bare_names") or not doc[start - 2].is_title:
        return False
    acronym = _parenthesized_acronym(doc, Span(doc, start, end))
    return acronym is not None and len(acronym) == 1 and acronym.text.lower() in initials(
        norm_words(Span(doc, start, end)))


def _start_by_acronym(doc: Doc, and_index: int, end: int) -> int | None:
    """Where a name joined by an 'and' starts when the acronym in parentheses after it spells the initials
    of the words on both sides ('Crown Office and Procurator Fiscal Service (COPFS)'); None otherwise."""
    acronym = _parenthesized_acronym(doc, Span(doc, and_index + 1, end))
    if acronym is None or len(acronym) != 1:
        return None
    letters = acronym.text.lower()
    for start in range(and_index - 1, max(-1, and_index - 1 - MAX_WORDS_BEFORE_AND), -1):
        if not _is_name_word(doc[start]):
            return None
        if letters in initials(norm_words(Span(doc, start, end))):
            return start
    return None


def _owner_and_joins(doc: Doc, and_index: int, owner_boundary: int, end: int) -> bool:
    """'Drug and Firearms Squad's Chemical Operations Unit': an 'and' inside a possessive owner that
    ends in a head word joins the owner's words when the unit's own name has no 'and' (in 'Immigration
    and Customs Enforcement's Enforcement and Removal Operations' each name has one, and each is a mention)."""
    owner_end = owner_boundary - 1
    unit_has_and = any(t.lower_ in ("and", "&") for t in doc[owner_boundary : end + 1])
    if unit_has_and or doc[owner_end - 1].lower_ not in HEAD_WORDS:
        return False
    return and_index >= 1 and _and_may_join(doc, and_index, owner_end)


def _unit_title_at(doc: Doc, i: int) -> bool:
    """'NYPD Detective Bureau', '47th Precinct Detective Squad': a title (`agency_unit_titles`) right
    before a head names the unit, unless a head before it ends another body's name ('... Police
    Department Detective Bureau' are two)."""
    token = doc[i]
    return (token.is_title and token.lower_ in lexicon("agency_unit_titles") and i + 1 < len(doc)
            and doc[i + 1].is_title and doc[i + 1].lower_ in HEAD_WORDS
            and (i == 0 or doc[i - 1].lower_ not in HEAD_WORDS))


def _name_ends_before(doc: Doc, comma: int) -> bool:
    """A body's name ends before the comma at `comma`: its head word, or the head's 'of'/'for'
    complement ('Department of Correction'), or a body's known acronym or one-word name ('the FBI, Arizona
    Department of Public Safety'); a place ('Helena, Montana, ...') does not."""
    if comma > 0 and not doc[comma - 1].is_lower and doc[comma - 1].lower_ in _single_names_and_acronyms():
        return True
    if _head_phrase_ends_at(doc, comma):
        return True  # "Louisiana Probation and Parole, Louisiana Army National Guard"
    i = comma
    while i > 1 and comma - i < MAX_COMPLEMENT_TOKENS and doc[i - 1].lower_ not in HEAD_WORDS and (
            _is_name_word(doc[i - 1]) or doc[i - 1].lower_ in ("and", "&") and _is_name_word(doc[i - 2])):
        i -= 1  # "Department of Rehabilitation and Correction"
    if i > 0 and doc[i - 1].lower_ in HEAD_WORDS:
        return True
    if i < comma and i > 1 and doc[i - 1].lower_ == "the":
        i -= 1
    return i < comma and i > 1 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].lower_ in HEAD_WORDS


def _owner_is_person(owner: Span) -> bool:
    """'Attorney General Jane Roe' before a possessive: a title, then a name that is no body's (no head
    word, no acronym); 'Iowa Governor' and 'Commonwealth' own their offices by title or place."""
    titles = lexicon("agency_person_titles") | TITLE_WORDS
    written = " ".join(t.lower_ for t in owner)
    if any(written == base or written.endswith(" " + base) for base in lexicon("title_bases")):
        return False  # "Attorney General’s Office": the office of a title
    last_title = max((t.i for t in owner if t.lower_ in titles), default=None)
    if last_title is None or last_title == owner.end - 1:
        return False
    person = owner.doc[last_title + 1 : owner.end]
    return all(t.lower_ not in HEAD_WORDS and not _is_acronym_word(t) and t.lower_ not in titles for t in person)


def extend_right(span: Span) -> Span:
    """Carry a name on to a later head word over capitalized words: the short rules may stop at an
    inner head ("... Marihuana Enforcement" + "Team", "Justice Department" + "Criminal Division")."""
    doc = span.doc
    end, j = span.end, span.end
    hyphenated = False
    while j < len(doc) and j - end < MAX_RIGHT_WORDS and j - span.end < MAX_RIGHT_TOTAL:
        token = doc[j]
        if token.text in ("'s", "’s") or (token.text == "-" and not doc[j - 1].whitespace_):
            if doc[j - 1].whitespace_:
                break
            hyphenated = hyphenated or token.text == "-"
        elif not _is_name_word(token) or token.is_upper and len(token) > 1 or _is_headline_verb(token):
            break  # "... Bureau Of Investigation Announce ...": a Title Case headline's verb ends the name
        elif j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "&"):
            break  # the head of the next name ("ICE's Enforcement and Removal Operations")
        elif token.lower_ in HEAD_WORDS or (token.lower_ in HYPHEN_HEADS and hyphenated):
            if token.lower_ in PLURAL_HEADS and any(t.lower_ in ("and", "&") for t in span):
                break  # "Denver and Lakewood Police Departments" are two bodies
            end = j + 1
        j += 1
    unit_end = _unit_end(doc, span.start, end)
    end = _tail_end(doc, _complement_end(doc, end)) if unit_end == end else unit_end
    end = _place_tail_end(doc, end)
    end = _jurisdiction_end(doc, end)
    end = _police_district_end(doc, end)
    if end == span.end:
        return span
    return Span(doc, span.start, end, label=span.label, span_id=span.id)


MAX_PLACE_WORDS = 3
MAX_UNIT_DESIGNATOR_WORDS = 2  # "Coast Guard Seventh District", "RCMP Federal Policing North West Region"
MAX_DESIGNATOR_DIGITS = 3
_ORDINAL_WORDS = frozenset(_spacy_ordinal_words)
ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)


def _is_ordinal(token: Token) -> bool:
    """'18th', '2nd': a numeral ordinal ('Fifth' is a capitalized name word already)."""
    return bool(ORDINAL_RE.match(token.text))


def _is_ordinal_word(token: Token) -> bool:
    """'Seventh', '47th': an ordinal in words (spaCy's English list) or in figures."""
    return token.lower_ in _ORDINAL_WORDS or _is_ordinal(token)


def _is_unit_word(token: Token) -> bool:
    """'District', 'Region', 'Troop' capitalized (`agency_unit_words`)."""
    return token.text[:1].isupper() and token.lower_ in lexicon("agency_unit_words")


def _is_designator(doc: Doc, i: int) -> bool:
    """'4' in 'Precinct 4', 'C' in 'Troop C': a short number or one capital letter (not an initial 'C.')."""
    token = doc[i]
    if token.is_digit and len(token) <= MAX_DESIGNATOR_DIGITS:
        return True
    return (len(token) == 1 and token.is_upper and token.is_alpha
            and not (i + 1 < len(doc) and doc[i + 1].text == "." and not token.whitespace_))


def _unit_end(doc: Doc, start: int, end: int) -> int:
    """'Coast Guard Seventh District', 'Federal Policing Eastern Region', 'Highway Patrol Troop C',
    'Seventh Coast Guard District': a territorial unit of the body named before it, by an ordinal,
    direction or place between head and unit word, by a number or letter after it, or by an ordinal
    that opens the name. A unit 'of' a place ('... Office Southern District of Texas') is no unit."""
    if end >= len(doc) or doc[end - 1].lower_ not in HEAD_WORDS:
        return end
    titles = _person_titles()
    i = end
    while i < len(doc) and i - end < MAX_UNIT_DESIGNATOR_WORDS and (_is_ordinal(doc[i]) or (
            _is_name_word(doc[i]) and not doc[i].is_upper and not _is_unit_word(doc[i])
            and doc[i].lower_ not in HEAD_WORDS and doc[i].lower_ not in titles)):
        i += 1
    if i >= len(doc) or not _is_unit_word(doc[i]):
        return end
    after = i + 1
    if after < len(doc) and _is_designator(doc, after):
        return after + 1
    if after < len(doc) and doc[after].lower_ == "of":
        return end
    if i > end or _opens_with_ordinal(doc, start):
        return after
    return end


def _opens_with_ordinal(doc: Doc, start: int) -> bool:
    """The run of name words that `start` is in begins with an ordinal ('Seventh Coast Guard')."""
    i = start
    while i > 0 and start - i < MAX_LEFT_WORDS and _is_name_word(doc[i - 1]):
        i -= 1
    return _is_ordinal_word(doc[i])


def _place_words_end(doc: Doc, i: int) -> int:
    """The end of a run of up to three capitalized place words from `i` (no head, title or acronym)."""
    j = i
    titles = _person_titles()
    while (j < len(doc) and j - i < MAX_PLACE_WORDS and _is_name_word(doc[j]) and not doc[j].is_upper
           and doc[j].lower_ not in HEAD_WORDS and doc[j].lower_ not in titles):
        j += 1
    return j


def _police_district_end(doc: Doc, end: int) -> int:
    """'Nepean Police District', 'Orana Mid-Western Police District': a force's district command, named with
    'District' after 'Police' (a 'District' after another body's name names an area: `agency_place_followers`)."""
    if end < len(doc) and doc[end - 1].lower_ == "police" and doc[end - 1].is_title and doc[end].text == "District":
        return end + 1
    return end


def _prosecutors_city_end(doc: Doc, end: int) -> int:
    """'the Public Prosecutor's Office Stuttgart', '... Office Frankfurt am Main': a prosecutors' office named,
    as in Europe, by the city after it, a name no English lexicon knows (with its small words,
    `agency_foreign_joiners`); not 'Prosecutor's Office Victim Services' or '... Office Monday'."""
    if end + 1 >= len(doc) or doc[end - 1].lower_ != "office" or end < 3 or not (
            doc[end - 2].lower_ == "prosecution" or (doc[end - 2].text in POSSESSIVES
                                                    and doc[end - 3].lower_.startswith("prosecutor"))):
        return end
    j = end
    while j < len(doc) and j - end < MAX_PLACE_WORDS and (
            (doc[j].is_title and doc[j].is_alpha and doc[j].lower_ not in CALENDAR_WORDS and (
                (not noun_lemmas(doc[j].lower_) and not verb_lemmas(doc[j].lower_)) or doc[j - 1].is_lower))
            or (doc[j].lower_ in lexicon("agency_foreign_joiners") and doc[j].is_lower and j > end)):
        j += 1
    while j > end and doc[j - 1].is_lower:
        j -= 1  # a name ends on a name word, not on 'am'
    return j if j < len(doc) and not _is_name_word(doc[j]) else end


def _place_tail_end(doc: Doc, end: int) -> int:
    """'Coast Guard Sector San Juan': a unit named by the place after its head; a prosecutors' office named
    by its city (`_prosecutors_city_end`)."""
    head = doc[end - 1]
    city_end = _prosecutors_city_end(doc, end)
    if city_end > end:
        return city_end
    if (end >= len(doc) or end < 2 or head.lower_ not in lexicon("agency_place_named_heads")
            or not head.text[:1].isupper() or not _is_name_word(doc[end - 2])):
        return end  # "Sector Seven Holdings" has no body before its head
    place_end = _place_words_end(doc, end)
    return end if _next_word(doc, place_end) in NOT_AGENCY_FOLLOWERS else place_end


def _jurisdiction_end(doc: Doc, end: int) -> int:
    """'State Attorney's Office for the 20th Judicial Circuit': a prosecutor's office runs on over
    'for the' or 'of the' (or a comma) and its circuit or district (and 'of' a place after it)."""
    if end + 2 >= len(doc) or doc[end - 1].lower_ not in lexicon("agency_prosecutor_heads"):
        return end
    if doc[end].text == "," and _is_name_word(doc[end + 1]):
        i = end + 1  # "U.S. Attorney's Office, Western District of Washington": the district after a comma
    elif doc[end].lower_ not in ("for", "of") or doc[end + 1].lower_ != "the":
        return end  # "for the 20th Judicial Circuit", "of the 13th Judicial Circuit"
    else:
        i = end + 2
    if _is_ordinal(doc[i]):
        i += 1
    words_end = _place_words_end(doc, i)
    jurisdictions = lexicon("agency_jurisdictions")
    while words_end < len(doc) and doc[words_end].lower_ in jurisdictions and doc[words_end].text[:1].isupper():
        words_end += 1  # a jurisdiction word past the place-word limit ("Fourth Harbor Judicial Circuit")
    last = doc[words_end - 1] if words_end > i else None
    if last is None or last.lower_ not in jurisdictions:
        return end
    if words_end + 1 < len(doc) and doc[words_end].lower_ == "of" and _is_name_word(doc[words_end + 1]):
        return _place_words_end(doc, words_end + 1)  # "for the Northern District of Ohio"
    return words_end


def _tail_end(doc: Doc, end: int) -> int:
    """'Joint Interagency Task Force South', 'Response Team – Pacific', 'Strike Force Harbour':
    a region word after a head, or the one-word name of a strike force or task force."""
    if end >= len(doc) or doc[end - 1].lower_ not in HEAD_WORDS:
        return end
    i = end
    if doc[i].text in ("-", "–", "—") and i + 1 < len(doc):
        i += 1
    word = doc[i]
    tails = lexicon("agency_name_tails")
    if word.lower_ in tails and word.text[:1].isupper():
        if i + 1 < len(doc) and _is_unit_word(doc[i + 1]):
            return end  # "U.S. Attorney's Office Southern District of Texas": the tail names a place's district
        if i + 1 < len(doc) and doc[i + 1].lower_ in tails and doc[i + 1].text[:1].isupper():
            return i + 2  # "Counter Terrorism Policing North East"
        return i + 1
    first = end - 2 if doc[end - 1].lower_ == "force" else end - 1
    # "Strike Force X" opens the name; "ICAC Task Force Program" is no strike force named "Program"
    named_force = (i == end and first >= 0 and doc[first].lower_ in ("strike", "task", "taskforce")
                   and doc[end - 1].lower_ in ("force", "taskforce")
                   and (first == 0 or not _is_name_word(doc[first - 1])))
    if (named_force and word.text[:1].isupper() and not word.is_upper and _is_name_word(word)
            and word.lower_ not in HEAD_WORDS and word.lower_ not in TITLE_FOLLOWERS
            and word.lower_ not in lexicon("agency_person_titles")
            and (i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper())
            and not _verb_before_object(doc, i)):
        return i + 1
    return end


def _verb_before_object(doc: Doc, i: int) -> bool:
    """'Task Force Arrests 47 Fugitives', 'Task Force Nabs a ...': a verb form before a number or article is
    the headline's verb, not a force's one-word name."""
    return i + 1 < len(doc) and bool(verb_lemmas(doc[i].lower_)) and (
        doc[i + 1].like_num or doc[i + 1].lower_ in ("a", "an", "the"))


def _complement_end(doc: Doc, end: int) -> int:
    """'... Office of Inspector General (HHS-OIG)', 'Governor's Office on Crime Control and
    Prevention', 'Office of Juvenile Justice and Delinquency Prevention': an 'of'/'on'/'for'
    complement of capitalized words after a final head, or the rest of one the rules cut short.
    It ends at the last name word; a head after it names a parent body, so it is left alone."""
    if _head_phrase_ends_at(doc, end) and (end >= len(doc) or doc[end].lower_ not in ("of", "on", "for")):
        return end  # "Tennessee Probation and Parole, and ...": a head phrase ends the name
    head_at = end - 1
    while head_at > end - 8 and head_at >= 0 and doc[head_at].lower_ not in HEAD_WORDS:
        if doc[head_at].lower_ in ("of", "on", "for") and head_at > 0 and doc[head_at - 1].lower_ in HEAD_WORDS:
            break
        if doc[head_at].text in ("(", ")"):
            return end  # "Vancouver Police Department (VPD), Langley RCMP": a parenthesis closes the name before
        head_at -= 1
    if head_at < 0 or doc[head_at].lower_ not in HEAD_WORDS and doc[head_at].lower_ not in ("of", "on", "for"):
        return end
    i = end
    if doc[end - 1].lower_ in HEAD_WORDS:
        if not doc[end - 1].text[:1].isupper():
            return end  # "homes and offices on Jan. 30": a lowercase head has no named complement
        if end + 1 < len(doc) and _opens_against_complement(doc, end):
            return _complement_words_end(doc, end + 1, end)  # "National Centre Against Organised Crime"
        if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "on", "for") and not _opens_gerund_complement(doc, end):
            return end
        if doc[end].lower_ == "on" and (doc[end + 1].lower_ in lexicon("social_media_sites") or doc[end + 1].is_upper):
            return end  # "Follow the Springfield Police Department on Facebook", "the Coast Guard on VHF channel 16"
        if _opens_gerund_complement(doc, end):
            return _complement_words_end(doc, end + 1, end)  # "General Directorate Combating Organised Crime"
        i = end + 1
        if doc[i].lower_ == "the":
            i += 1
    return _complement_words_end(doc, i, end)


def _opens_against_complement(doc: Doc, i: int) -> bool:
    """'Against' capitalized after a head, before a name word, opens the body's task as 'for' does ('National
    Centre Against Organised Crime', 'Unit Against Human Trafficking'); not in a Title Case headline."""
    token = doc[i]
    return token.text == "Against" and _is_name_word(doc[i + 1]) and not doc[i + 1].is_upper \
        and not _line_is_headline(doc, token.idx)


def _opens_gerund_complement(doc: Doc, i: int) -> bool:
    """'Combating' in 'General Directorate Combating Organised Crime', 'Department Countering Terrorism':
    a capitalized verb naming a body's task (`agency_task_gerunds`) after a head, before a name word,
    opens the task as 'for' does ('Directorate for Combating ...'); not in a Title Case headline."""
    token = doc[i]
    if (i + 1 >= len(doc) or not token.is_title or token.lower_ not in lexicon("agency_task_gerunds")
            or not _is_name_word(doc[i + 1]) or doc[i + 1].is_upper):
        return False
    return not _line_is_headline(doc, token.idx)


def _complement_words_end(doc: Doc, i: int, end: int) -> int:
    """Read a complement from token `i`: capitalized words joined by 'and', '&', 'of' and, in a list
    that closes with 'and', commas ('Bureau of Alcohol, Tobacco, Firearms and Explosives'). A list
    with a head word after its first comma is several bodies ('Department of Justice, Criminal
    Division'); an 'and' without commas followed by a word joins two phrases ('Public Safety and
    Nevada law enforcement')."""
    last = end
    before_and = first_comma = None
    and_after_comma = expect_word = False
    while i < len(doc) and i - end < MAX_COMPLEMENT_TOKENS:
        token = doc[i]
        qualifier = _title_qualifier_in_name(doc, i) or _holder_title(doc, i, end)
        if (_is_name_word(token) or qualifier) and token.lower_ not in STRONG_HEADS \
                and (token.lower_ not in TITLE_FOLLOWERS or qualifier) and not _is_headline_verb(token):
            if first_comma is not None and (token.lower_ in HEAD_WORDS or token.is_upper
                                            or _head_phrase_in(doc, i, i + MAX_HEAD_PHRASE_WORDS)):
                return first_comma  # "Bureau of Investigation, Tennessee Probation and Parole": two bodies
            i += 1
            last = i
            expect_word = False
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is None or not (last == i or (expect_word and doc[i - 1].text == ",")):
            break
        if _is_wrap(doc, i) and _is_name_word(nxt) and nxt.lower_ not in STRONG_HEADS:
            i += 1  # "... Juvenile Justice and Delinquency / Prevention": a hard-wrapped line goes on
            continue
        if _holder_possessive(doc, i):
            last = i = i + 2  # "Office of the Commonwealth's Attorney": the office's holder, a title
            break
        if token.text in ("'", "’") and last == i and not doc[i - 1].whitespace_ and doc[i - 1].lower_.endswith("s") \
                and _is_name_word(nxt) and not nxt.is_upper and not _head_in_name_words(doc, i + 1):
            i += 1  # "Department of Veterans' Affairs": a plural possessive inside the complement ("... and
            continue  # Explosives' Houston Field Division" owns a unit, whose head follows)
        if token.text in ("-", "–") and not token.whitespace_ and not doc[i - 1].whitespace_ and last == i \
                and _is_name_word(nxt):
            i += 1  # "Una-Sana Canton", "Miami-Dade": a hyphen inside a name
            expect_word = True
            continue
        if token.lower_ == "of" and last == i and nxt.lower_ == "the" and i + 2 < len(doc) \
                and _is_name_word(doc[i + 2]) and not doc[i + 2].is_upper:
            i += 2  # "Prosecutor of the Una-Sana Canton"
            expect_word = True
            continue
        if token.text == "," and and_after_comma:
            break  # the list closed with its 'and' item: "..., Firearms, and Explosives, Federal Bureau ..."
        if token.text == "," and last == i and _is_wrap(doc, i + 1, after_comma=True) and i + 2 < len(doc) \
                and _is_name_word(doc[i + 2]):
            first_comma = last if first_comma is None else first_comma
            expect_word = True
            i += 2  # "Bureau of Alcohol, / Tobacco, Firearms, and Explosives": the line was wrapped after a comma
            continue
        if token.text == "," and last == i and (_is_name_word(nxt) or nxt.lower_ in ("and", "&")):
            first_comma = last if first_comma is None else first_comma
        elif token.lower_ in ("and", "&", "of") and _is_name_word(nxt) and not nxt.is_upper:
            if token.lower_ != "of" and and_after_comma:
                break  # "..., Firearms and Explosives and Homeland Security Investigations": the list had its 'and'
            if token.lower_ != "of":
                and_after_comma = and_after_comma or first_comma is not None
                before_and = last if before_and is None else before_and
        else:
            break
        expect_word = True
        i += 1
    if last > end and last < len(doc) and doc[last].lower_ in STRONG_HEADS:
        return end
    if first_comma is not None:
        return last if and_after_comma else first_comma
    if before_and is not None and last < len(doc) and doc[last].is_alpha and not _states_pair(doc, before_and, last):
        return before_and  # "Public Safety and Nevada law enforcement": the 'and' joins two phrases; "Port
        # Authority of New York and New Jersey" names two states
    if before_and is not None and before_and + 1 < last and _spells_a_known_body(Span(doc, before_and + 1, last)):
        return before_and  # "Bureau of Investigation and Homeland Security Investigations (HSI)": two bodies
    return last


def _states_pair(doc: Doc, before_and: int, last: int) -> bool:
    """'New York and New Jersey': the complement's words before the 'and' at `before_and` and after it up to
    `last` are each a state's name."""
    start = before_and
    while start > 0 and _is_state_word(doc[start - 1]):
        start -= 1
    return start < before_and and before_and + 1 < last and all(map(_is_state_word, doc[before_and + 1 : last]))


def _head_in_name_words(doc: Doc, i: int) -> bool:
    """Whether the run of name words from token i holds a head word ('Houston Field Division')."""
    while i < len(doc) and _is_name_word(doc[i]):
        if doc[i].lower_ in HEAD_WORDS:
            return True
        i += 1
    return False


def _holder_title(doc: Doc, i: int, end: int) -> bool:
    """'Office of the Director of Public Prosecutions', 'Office of the Police and Crime Commissioner': in an
    office named after its holder the holder's title is part of the name, when it opens the complement or
    no person's name follows it."""
    if (doc[end - 1].lower_ != "office" or end + 1 >= len(doc) or doc[end].lower_ != "of"
            or doc[end + 1].lower_ != "the" or not doc[i].is_title or doc[i].lower_ not in TITLE_FOLLOWERS):
        return False
    return i == end + 2 or i + 1 >= len(doc) or not _is_name_word(doc[i + 1])


def _title_qualifier_in_name(doc: Doc, i: int) -> bool:
    """'Office of the Chief Prosecutor', 'Office of the Chief State's Attorney': a capitalized qualifier of a
    title inside an office's complement, before a name word."""
    return doc[i].is_title and doc[i].lower_ in lexicon("title_qualifiers") and i + 1 < len(doc) \
        and _is_name_word(doc[i + 1])


MIN_WRAPPED_LINE_CHARS = 60


def _is_wrap(doc: Doc, i: int, after_comma: bool = False) -> bool:
    """A single line break that ends a long line: the text is hard-wrapped, the sentence goes on (`after_comma`:
    also when the line ends in a comma)."""
    token = doc[i]
    if not token.is_space or token.text.strip(" \t") != "\n" or i == 0:
        return False
    text = doc._.text if doc.has_extension("text") else doc.text
    line_start = text.rfind("\n", 0, token.idx) + 1
    return token.idx - line_start >= MIN_WRAPPED_LINE_CHARS and (
        not doc[i - 1].is_punct or (after_comma and doc[i - 1].text == ","))


def _holder_possessive(doc: Doc, i: int) -> bool:
    """A tight possessive then a title that ends the phrase ('Commonwealth's Attorney', 'State's
    Attorney'); a possessive before a unit ('Attorney General's Consumer Protection Division') owns it."""
    if doc[i].text not in ("'s", "’s") or doc[i - 1].whitespace_ or i + 2 > len(doc):
        return False
    title = doc[i + 1]
    after = doc[i + 2] if i + 2 < len(doc) else None
    return (title.text[:1].isupper() and title.lower_ in TITLE_WORDS
            and (after is None or not _is_name_word(after)))


def _is_verb_form(word: str) -> bool:
    """A verb form that is no noun ('announce', 'settles'), or an inflected one ('arrests', 'files')."""
    lemmas = verb_lemmas(word)
    return bool(lemmas) and (not noun_lemmas(word) or word not in lemmas)


def _is_headline_verb(token: Token) -> bool:
    """'Settle', 'Announce', 'Allows' in a Title Case headline: a present-tense verb form that is no
    noun, which ends a name leftwards ('... Settle Justice Department' names the Justice Department)."""
    found = _HEADLINE_VERB_SHAPES.get(token.orth)
    if found is None:
        found = _HEADLINE_VERB_SHAPES[token.orth] = _has_headline_verb_shape(token.text)
    return found and _line_is_headline(token.doc, token.idx)


_HEADLINE_VERB_SHAPES: dict[int, bool] = {}
"""Word (orth hash) -> `_has_headline_verb_shape`'s answer: the spelling decides it, wherever the word stands."""


def _has_headline_verb_shape(text: str) -> bool:
    """Capitalized, not all capitals, no head word, a base or third-person verb form and no noun."""
    word = text.lower()
    if not text[:1].isupper() or text.isupper() or word in HEAD_WORDS:
        return False
    lemmas = verb_lemmas(word)
    if not lemmas or noun_lemmas(word):
        return False
    # base and third-person forms only: participles are adjectives in names ("Organized", "Mounted")
    return any(word in (lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies") for lemma in lemmas)


def _line_is_headline(doc: Doc, char: int) -> bool:
    text = doc._.text if doc.has_extension("text") else doc.text
    bounds = line_bounds(text, char, char)
    return bounds is not None and is_headline_like(text[bounds[0] : bounds[1]])


def _cut_before_person(span: Span) -> Span:
    """'Department of Justice Trial Attorney Jane Roe' names the Department of Justice: the name ends
    before a run of title words that follows a name word and comes before a person's name. A title
    word after 'of the' or before 'of' belongs to the body ('Office of the Special Inspector
    General', 'Office of the Cantonal Prosecutor of ...'), as does one before a possessive or head."""
    doc = span.doc
    titles = lexicon("agency_person_titles")
    for token in span[2:]:
        if token.lower_ not in titles or not token.text[:1].isupper() or not _is_name_word(doc[token.i - 1]):
            continue
        after = token.i
        while after < len(doc) and doc[after].lower_ in titles and doc[after].text[:1].isupper():
            after += 1
        if after >= len(doc) or not _is_name_word(doc[after]) or doc[after].lower_ in HEAD_WORDS:
            continue
        if any(t.text in POSSESSIVES or t.lower_ in HEAD_WORDS for t in doc[token.i : max(after, span.end)]):
            continue
        holder_end = _office_holder_title_end(span, token.i)
        if holder_end == span.end:
            continue
        end = holder_end or token.i  # "Office of the Utah Attorney General Jane Roe": the holder's title stays
        while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return Span(doc, span.start, end, label=span.label, span_id=span.id)
    return span


def _office_holder_title_end(span: Span, title_at: int) -> int | None:
    """'Office of the Utah Attorney General': in an office named for its holder ('Office of the ...'),
    the holder's whole title (`title_bases`, the longest) after a place is no person's title; where it ends."""
    words = [t.lower_ for t in span.doc[span.start : title_at]]
    if "office" not in words or words[words.index("office") + 1 :][:2] != ["of", "the"]:
        return None
    for end in range(span.end, title_at, -1):
        if " ".join(t.lower_ for t in span.doc[title_at:end]) in lexicon("title_bases"):
            return end
    return None


def _next_token(doc: Doc, index: int) -> Token:
    """The first token from `index` that is not white space (the last token at the end)."""
    while index < len(doc) - 1 and doc[index].is_space:
        index += 1
    return doc[min(index, len(doc) - 1)]


def _next_word(doc: Doc, index: int) -> str:
    return _next_token(doc, index).lower_ if index < len(doc) else ""


def _in_phone_number(doc: Doc, start: int) -> bool:
    """'1-888-ATF-TIPS': letters hyphened tight to a number's digits spell a phone number."""
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
        and not doc[start - 1].whitespace_ and doc[start - 2].is_digit


def _rejected(doc: Doc, span: Span, title_starts: dict[int, int] | None = None) -> bool:
    """Companies ('... Services Inc.') and titles ('Police Commissioner') are not agencies; `title_starts` (where
    officials' titles begin) lets an office named by its city stand before a title ('FBI Baltimore Special Agent
    in Charge ...')."""
    after = _next_word(doc, span.end)
    if after in NOT_AGENCY_FOLLOWERS or _names_a_law(doc, span.end) or _in_phone_number(doc, span.start):
        return True
    if len(span) == 3 and span[1].text == "-" and span[0].lower_ in lexicon("agency_compound_prefixes"):
        return True  # "Multi-Agency Drug Roundup": a prefix makes the head an adjective
    if (len(span) == 2 and span[0].is_title and span[0].is_alpha and span[-1].is_title
            and span[-1].lower_ in HEAD_WORDS and span[-1].lower_ not in lexicon("agency_bare_names")
            and _written_as_place(span)):
        return True  # "a Long Branch man", "in Long Branch": a town named like a body
    if " ".join(norm_words(span)) in lexicon("agency_non_government_bodies"):
        return True  # "the National Insurance Crime Bureau": a nonprofit named like an agency
    if span.end < len(doc) and doc[span.end].lower_ in lexicon("agency_program_words") \
            and doc[span.end].text[:1].isupper() and span[-1].lower_ not in STRONG_HEADS:
        return True  # "the Sheriff's Office Victim Services Program": a programme ("ICAC Task Force Program" names one)
    if _several_bodies(span) and _parenthesized_acronym(doc, span) is None:
        return True  # "Joint Forces of Rapid Action (FURA)" is one body, as its acronym shows
    nxt = doc[span.end] if span.end < len(doc) else None  # the token right after the name, read once
    nxt_lower = nxt.lower_ if nxt is not None else ""
    nxt_capital = nxt is not None and nxt.text[:1].isupper()
    last = span[-1].lower_
    if nxt_capital and nxt_lower in _other_names_followers():
        return True  # "the Washington Navy Yard": a place; "Tampa Police Athletic League": a charity
    if nxt_lower in lexicon("agency_building_words") and not _is_name_word(_next_token(doc, span.end + 1)):
        return True  # "taken to a Garda station in Swords": a building
    if nxt_capital and nxt_lower in HEAD_WORDS and nxt_lower != last:
        return True  # a piece of a longer name ("Denver and Lakewood Police Departments"); a doubled head
        # ("Customs Enforcement Enforcement and Removal Operations") is where two names meet
    if span.label_ == PLACE_LABEL and nxt_capital and (title_starts is None or span.end not in title_starts):
        return True
    if last in ("center", "centre") and len(span) > 2 and span[-2].lower_ == "enforcement" and _after_locative_word(
            doc, span.start):
        return True  # "booked into the Bibb County Law Enforcement Center": the building that holds the jail
    before = token_texts(doc, max(0, span.start - 2), span.start)  # the two words before, off the column
    if len(before) == 2 and before[1].lower() == "of" and before[0][:1].isupper() \
            and before[0].lower() in PORTFOLIO_TITLES:
        return True  # "Minister of Public Safety and Emergency Services Mike Ellis": a minister's portfolio
    if len(span) == 1 and span[0].lower_ in lexicon("agency_bare_names") and title_starts and any(
            start < span.start and end >= span.end for start, end in title_starts.items()):
        return True  # "The Commissioner of Police, Jane Roe, said": the title's complement, no body
    if nxt_lower == "," and token_lowers(doc, span.end + 1, span.end + 2) in (["a"], ["an"]) \
            and set(token_lowers(doc, span.end + 2, span.end + 3)) & lexicon("agency_program_words"):
        return True  # "High Intensity Drug Trafficking Area, a program designed to ...": it says what it is
    if span.label_ == PLACE_LABEL and span[-1].lower_ in _other_names_followers() | lexicon("agency_program_words"):
        return True  # "the DOJ Consumer Hotline", "the FBI Academy": what a body runs, no office of it
    if span.label_ == PLACE_LABEL and len(span) == 2 and verb_of_action_noun(span[1].lower_) is not None:
        return True  # "GNDOCB Seizure of ...", "FBI Arrests": an act, no city
    if (len(span) == 1 and span[0].lower_ in lexicon("agency_bare_names") and nxt is not None and nxt.is_upper
            and nxt.is_alpha and len(nxt) > 1 and nxt.lower_ not in lexicon("agency_acronyms")):
        return True  # "a former Navy SEAL": a word of a longer term, not the bare service
    if span.label_ == ACRONYM_LABEL and len(span) == 1 and _names_a_substance(doc, span.start):
        return True  # "drugs believed to be ICE", "3 grams of ICE": the drug, not the agency
    if span.id_ == LOCAL_ACRONYM_RULE and (all_lemmas(span[0].lower_) or _in_capitals_run(doc, span.start)
                                           or _names_a_place(span[0].lower_)):
        return True  # "EL PASO, Texas" in a dateline, "ALSO" in a headline, "CANADA": capitals that end like "...SO"
    if span.label_ == PLACE_LABEL and any(_is_verb_form(t.lower_) or is_adverb(t.lower_) for t in span[1:]):
        return True  # "EPA Announce", "DEA Seizes Nearly": a verb or an adverb, not a city (but "HSI Buffalo")
    if span.label_ == PLACE_LABEL and _verb_before_object(doc, span.end - 1):
        return True  # "MNPD and ATF Take 112 Guns Off Streets": a headline's verb before its object
    if (span.label_ == PLACE_LABEL and len(span) > 2 and all(noun_lemmas(t.lower_) for t in span[1:])
            and not all(t.lower_ in lexicon("agency_name_tails") for t in span[1:])):
        return True  # "FBI Tip Line", "ICE Detention Center": common nouns, not a city ("CPS North West" is a region)
    if last in lexicon("agency_weak_heads") and nxt_capital and _line_is_headline(doc, span.start_char):
        return True  # "United States Files Enforcement Action": the head is a modifier
    if last in lexicon("agency_weak_heads") and nxt_capital and nxt_lower in lexicon("agency_person_titles"):
        return True  # "Customs Investigations Manager Jane Roe": the head is a word of her title
    if (len(span) == 2 and last == "administration" and not span[0].is_upper
            and not noun_lemmas(span[0].lower_) and not verb_lemmas(span[0].lower_)):
        return True  # "the O’Malley Administration": a person's term of office, no agency
    if last in ("group", "groups") and (len(span) < 2 or span[-2].lower_ not in
                                        lexicon("agency_group_kinds") | lexicon("agency_centre_kinds")) \
            and not (nxt is not None and nxt.is_digit and len(nxt) <= MAX_DESIGNATOR_DIGITS):
        return True  # "Moore Communications Group": a company; "Territorial Support Group", "Anti-Cybercrime
        # Group": a police unit, by a word of what it does or fights (as a centre's); "Southwest Border Group 2"
        # is numbered as units are
    if (len(span) >= 2 and last in ("centre", "center")
            and lexicon("person_nouns") & ({span[-2].lower_} | set(noun_lemmas(span[-2].lower_)))):
        return True  # "Crime Victims Center": a centre that serves people, no body that fights crime
    if last == "operations" and not any(t.lower_ in ("and", "&", "of") for t in span):
        return True  # "Cross Country Operations"; not "Enforcement and Removal Operations"
    if span[0].lower_ == "enforcement" and len(span) > 2 and span[1].lower_ == "of":
        return True  # "Guidelines for the Enforcement of Civil Immigration Law": an activity, no body
    if (last in PLURAL_HEADS and span.start > 1 and doc[span.start - 1].lower_ in ("and", "&")
            and not _ends_a_body(doc[span.start - 2])):
        return True  # "Denver and Lakewood Police Departments"; not "... Police Service and Alberta Law
        # Enforcement Response Teams", where the 'and' joins two bodies
    # "Police Commissioner Jane Roe" is a title; "Kent Police officers" are the force's officers; "Maryland State
    # Police Detective Sergeant Jane Roe" names a state's force, then her title
    return (last == "police" and after in TITLE_FOLLOWERS
            and (len(span) == 1 or _next_token(doc, span.end).text[:1].isupper())
            and not (len(span) > 2 and span[-2].lower_ in lexicon("police_force_levels")))


PORTFOLIO_TITLES = frozenset({"minister", "secretary", "ministers", "secretaries"})


def _after_locative_word(doc: Doc, start: int) -> bool:
    """A preposition of place ('into the', 'at the') right before the name at `start`."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ in BUILDING_PREPOSITIONS


LOCAL_ACRONYM_RULE = "ag-acronym-local"


def _names_a_place(word: str) -> bool:
    """A country's, state's or region's name in lowercase ('canada', 'nevada', 'florida')."""
    return word in _country_words() or word in non_us_place_names() or word in lexicon("us_states")


NAMING_PARTICIPLES = frozenset({"known", "referred", "called", "described"})


def _names_a_substance(doc: Doc, i: int) -> bool:
    """A word in capitals after 'be' / 'known as', in parentheses after a lowercase word ('methylamphetamine
    (ICE)'), or after a unit of measure and 'of' ('3 grams of ICE'): what
    was measured or what something is, a substance, not a body."""
    if i > 1 and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")" and doc[i - 2].is_lower \
            and doc[i - 2].is_alpha and doc[i - 2].lower_ not in HEAD_WORDS:
        return True  # "methylamphetamine (ICE)": the short name of the lowercase thing before it
    link = doc[i - 1].lower_ if i > 0 else ""
    if link == "be" or (link == "as" and i > 1 and doc[i - 2].lower_ in NAMING_PARTICIPLES):
        return i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper()  # not "as ICE Director Tom Roe"
    return i > 1 and doc[i - 1].lower_ == "of" and any(
        s.start <= i - 2 < s.end for s in doc.spans.get("amount_units", []))


def _in_capitals_run(doc: Doc, i: int) -> bool:
    """A word written in capitals beside another capitalized word on its line ('EL PASO'): a place or headline in
    capitals, not an acronym standing alone."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    return any(t is not None and t.is_upper and t.is_alpha and len(t) > 1 and t.lower_ not in lexicon("agency_acronyms")
               for t in (before, after))


@cache
def _other_names_followers() -> frozenset[str]:
    """Nouns after a body's name that make it the name of a place or of something the body is not."""
    return lexicon("agency_place_followers") | lexicon("agency_program_followers")


def _names_a_law(doc: Doc, end: int) -> bool:
    """'Native American Graves Protection and Repatriation Act': the name runs on into a law's title."""
    for token in doc[end : end + 5]:
        if token.lower_ in ("act", "acts") and token.text[:1].isupper():
            return True
        if not (_is_name_word(token) or token.lower_ in ("and", "of", "&")):
            return False
    return False


def _several_bodies(span: Span) -> bool:
    """'the Police Departments of Cypress, Buena Park and ...': a plural head with an 'of' after it
    names several bodies, not one."""
    return any(t.lower_ in PLURAL_HEADS and t.i + 1 < span.end and span.doc[t.i + 1].lower_ == "of" for t in span)


def _in_title(doc: Doc, start: int, end: int) -> bool:
    """In a Title Case headline, where every word is capitalized and names run into each other
    ("... Preventions Internet Crimes Against Children Task Forces Arrest ..."); a headline written
    as a sentence counts as body text."""
    meta = release_meta(doc)
    if not (meta and meta.title_range and start < meta.title_range[1] and meta.title_range[0] < end):
        return False
    title = meta.title or ""
    return is_headline_like(title) or title.isupper()


def _excluded(doc: Doc, start: int, end: int) -> bool:
    meta = release_meta(doc)
    if meta and meta.title_range and end <= meta.title_range[0]:
        return True  # a letterhead or header line above the headline
    text = cached_text(doc)
    return (bool(meta and meta.is_excluded(start, end)) or _in_contact_block(text, start, end)
            or _in_contact_sentence(text, start) or _is_letterhead(text, start, end) or _is_sign_off(text, start, end))


def _is_sign_off(text: str, start: int, end: int) -> bool:
    """'SAPOL Media and Public Engagement Section' alone on the release's last line, after prose: the publisher
    signs off, no body took part. After other name lines it ends a list of the bodies that did."""
    bounds = line_bounds(text, start, end)
    if bounds is None or text[bounds[1] :].strip():
        return False
    line = text[bounds[0] : bounds[1]].strip()
    before = _TRAILING_PARENTHESIS_RE.sub("", _neighbour_line(text, bounds[0], -1)).strip()
    return bool(_NAME_LINE_RE.fullmatch(line)) and bool(before) and not _NAME_LINE_RE.fullmatch(before)


_TRAILING_PARENTHESIS_RE = re.compile(r"\s*\([^()\n]*\)\s*$")
"""'Tennessee Highway Patrol (Memphis Office)': a name line of a list, with its office in parentheses."""


LETTERHEAD_CHARS = 300
_LETTERHEAD_WORDS_RE = re.compile(r"^(?:news|media release|press release|news release|from|the)\b\s*", re.I)


def _is_letterhead(text: str, start: int, end: int) -> bool:
    """'U.S. Department of Labor' / 'Office of Public Affairs' at the top of a release, each line
    nothing but the name, before the first blank line: the publisher's letterhead."""
    if start > LETTERHEAD_CHARS or "\n" not in text[end : end + LETTERHEAD_CHARS]:
        return False
    bounds = line_bounds(text, start, end)
    if bounds is None:
        return False
    if "\n\n" in text[:start] and not _RELEASE_LINE_RE.fullmatch(_neighbour_line(text, bounds[0], -1)):
        return False  # below the first blank line only right under "For Immediate Release" (justice.gov's layout)
    line = text[bounds[0] : bounds[1]]
    names = line.split(" | ", 1)[0]  # "Press Office | 4 Strawberry Square, Harrisburg, PA": an address after '|'
    parts = [part.strip() for part in _LETTERHEAD_SEPARATOR_RE.split(names)]
    if (start - bounds[0] < len(names) and all(_NAME_LINE_RE.fullmatch(part) for part in parts)
            and not any(_has_headline_verb_shape(word) for part in parts for word in part.split())):
        return True  # "U.S. Department of Health and Human Services", "Joint Force Headquarters Public Affairs",
        # "Frontex – European Border and Coast Guard Agency", "Press Office, Warsaw": a line of nothing but
        # name words at the top, no headline ("Acme and EPA Announce Settlement")
    rest = text[bounds[0] : start] + text[end : bounds[1]]
    while True:
        stripped = _LETTERHEAD_WORDS_RE.sub("", rest.strip(" \t-–—:|,."))
        if stripped == rest:
            break
        rest = stripped
    return not rest.strip(" \t-–—:|,.")


_LETTERHEAD_SEPARATOR_RE = re.compile(r" [–—-] |, ")
_RELEASE_LINE_RE = re.compile(r"(?:for immediate release|(?:media|news|press) release)[ \t:.]*", re.I)
"""Between the parts of a letterhead line: a spaced dash ('Frontex – European ...') or a comma ('..., Warsaw')."""
_NAME_LINE_RE = re.compile(r"[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|and|the|for|&))*")
"""A line of nothing but a name's words: capitalized words and the small words inside names."""
_PHONE_OR_MAIL_RE = re.compile(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|[\w.+-]+@[\w-]+\.[\w.]+|^\+?[\d ()-]{8,}$"
                               r"|(?:\(0\d{1,4}\)|\b0\d{2,4}|\b1[38]00)[ .-]?\d{3,4}[ .-]?\d{3,4}\b")
"""A phone number (North American '(213) 555-0100'; with a trunk '0' or an Australian 1300/1800 prefix: '(03) 9247
6888', '0300 123 4567', '1800 333 000') or an e-mail address."""
_END_MARK_RE = re.compile(r"^\s*(?:-*\s*ends?\s*-*|#\s*#\s*#|-\s*30\s*-)\s*$", re.I)
"""'ENDS', '-30-', '###': the mark that closes a release; a short line after it signs off, no body took part."""
_CONTACT_HEAD_RE = re.compile(r"^\s*(?:media\s+)?(?:contacts?|enquiries|inquiries|for more information)\b.*:\s*$", re.I)
MAX_CONTACT_LINE_WORDS = 10


def _in_contact_block(text: str, start: int, end: int) -> bool:
    """'Contact:' / 'Media Relations Division' / '(213) 555-0100': a short line in a contact block,
    beside a phone number or e-mail address or under a 'Contact:' line, names whom to call, not a
    body that took part. Lines that read as sentences are never contact lines."""
    bounds = line_bounds(text, start, end)
    if bounds is None:
        return False
    line = text[bounds[0] : bounds[1]].strip()
    if len(line.split()) > MAX_CONTACT_LINE_WORDS or line.endswith((".", "”", '"')):
        return False
    if _PHONE_OR_MAIL_RE.search(line):
        return True
    before = _neighbour_line(text, bounds[0], -1)
    after = _neighbour_line(text, bounds[1], 1)
    return bool(_PHONE_OR_MAIL_RE.search(after) or _CONTACT_HEAD_RE.match(before) or _END_MARK_RE.match(before)
                or (_PHONE_OR_MAIL_RE.search(before) and len(before) < 60))


_CONTACT_SENTENCE_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:for (?:further|more|additional) information|media (?:inquiries|enquiries))\b"
    r"[^.!?\n]*\bcontact\b[^.!?\n]*$", re.I)


def _in_contact_sentence(text: str, start: int) -> bool:
    """'For further information please contact the U.S. Attorney's Public Affairs Office at ...': a
    contact line written as a sentence names whom to ask, not a body that took part."""
    bounds = line_bounds(text, start, start)
    return bounds is not None and bool(_CONTACT_SENTENCE_RE.search(text[bounds[0] : start]))


def _neighbour_line(text: str, at: int, step: int) -> str:
    """The nearest non-blank line before (`step` -1) or after (+1) offset `at`, at most 200 characters."""
    pos = at
    for _ in range(4):
        if step < 0:
            end = text.rfind("\n", 0, max(pos, 0))
            if end < 0:
                return ""
            begin = text.rfind("\n", 0, end) + 1
            pos = begin
        else:
            begin = text.find("\n", pos)
            if begin < 0:
                return ""
            begin += 1
            end = text.find("\n", begin)
            end = len(text) if end < 0 else end
            pos = end
        line = text[begin:end].strip()
        if line:
            return line[:200]
    return ""


def _raw_spans(doc: Doc) -> list[Span]:
    """The rules' matches, with each "of" complement joined to the name ending in its head word
    ("U.S. Department" + "Department of Justice"), or standing alone."""
    names = [s for s in doc.spans.get(GROUP, []) if s.label_ in NAME_LABELS]
    by_end = {s.end: s for s in names if s.label_ == "AGENCY"}
    for of_span in doc.spans.get(OF_GROUP, []):
        if of_span.label_ != OF_LABEL:
            continue
        of_span = _before_known_body(_before_a_country(_before_headline_verb(of_span)))
        before = by_end.get(of_span.start + 1)
        start = before.start if before is not None else of_span.start
        span_id = before.id if before is not None else of_span.id
        names.append(Span(doc, start, of_span.end, label="AGENCY", span_id=span_id))
    return names


def _before_headline_verb(of_span: Span) -> Span:
    """'... Bureau Of Investigation Announce Increased Commitment': a Title Case headline's verb ends the
    complement."""
    for token in of_span[2:]:
        if _is_headline_verb(token):
            return Span(of_span.doc, of_span.start, token.i, label=of_span.label, span_id=of_span.id)
    return of_span


def _before_known_body(of_span: Span) -> Span:
    """'Bureau of Investigation and Homeland Security Investigations': the words after the complement's 'and'
    spell a body's known acronym (HSI), or end in a head with a complement of its own ('Department of Homeland
    Security and Federal Bureau of Investigation'), so the 'and' joins two bodies ('Health and Human Services'
    does not)."""
    doc = of_span.doc
    opens_complement = of_span.end < len(doc) and doc[of_span.end].lower_ == "of" \
        and of_span[-1].lower_ in HEAD_WORDS  # "... and Federal Bureau" + "of Investigation": a body of its own
    for token in of_span:
        if token.lower_ not in ("and", "&") or token.i + 1 >= of_span.end:
            continue
        right = Span(doc, token.i + 1, of_span.end)
        own_head = opens_complement and sum(t.lower_ in HEAD_WORDS for t in right) == 1  # not "Human Services Office"
        if own_head or _spells_a_known_body(right):
            return Span(doc, of_span.start, token.i, label=of_span.label, span_id=of_span.id)
    return of_span


def _spells_a_known_body(span: Span) -> bool:
    """Words whose initials are a public body's known acronym ('Homeland Security Investigations': HSI)."""
    words = norm_words(span)
    return len(words) > 1 and bool(initials(words) & lexicon("agency_acronyms"))


def _before_a_country(of_span: Span) -> Span:
    """'Department of Justice and Bosnia and Herzegovina authorities': a country's name after the
    complement's 'and' starts another phrase; the complement ends before the 'and'."""
    for token in of_span[3:-1]:
        if token.lower_ in ("and", "&") and of_span.doc[token.i + 1].lower_ in _country_words():
            return Span(of_span.doc, of_span.start, token.i, label=of_span.label, span_id=of_span.id)
    return of_span


@cache
def _country_words() -> frozenset[str]:
    """The first words of the countries' English names (CLDR, through Babel) that are no English words
    ('bosnia', 'mexico'; not 'turkey', 'chad', 'united'), nor adjectives ('american', 'british', 'french')
    that open other names too."""
    from babel import Locale as BabelLocale

    names = [name.lower().split() for code, name in BabelLocale("en").territories.items() if code.isalpha()]
    firsts = {words[0] for words in names if len(words) == 1 or not words[0].endswith(("an", "ish", "ch", "ern"))}
    return frozenset(word for word in firsts if len(word) > 3 and word.isalpha() and not all_lemmas(word))


def _country_owns_a_whole_name(owner: Span, rest: Span) -> bool:
    """'Canada’s Durham Regional Police': a country before a possessive owns a body whose own name is whole
    (it has more than generic words); 'Brazil’s Federal Police' needs its country to be a name."""
    return (len(owner) == 1 and owner[0].lower_ in _country_words() and len(rest) > 0
            and not _is_generic(norm_words(rest)))


def _head_follows(span: Span) -> bool:
    """A head word among the next few capitalized words."""
    for token in span.doc[span.end : span.end + MAX_RIGHT_WORDS]:
        if not _is_name_word(token):
            return False
        if token.lower_ in HEAD_WORDS:
            return True
    return False


def _short_name_in_use(span: Span) -> bool:
    """'the Met', 'the Met’s', 'Met officers': a short name used as a name, not 'Met with' or 'Met Gala'."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text[:1].isupper():
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "the" or (after is not None and after.text in POSSESSIVES):
        return True
    return after is not None and after.is_lower and bool(noun_lemmas(after.lower_)) and not _is_verb_form(after.lower_)


def _bare_name_and(span: Span) -> Span:
    """'HM Revenue and Customs (HMRC)' is one name, as its acronym or the plain word before the 'and'
    shows; 'Organised Crime Group and Customs' are two bodies, and the bare name starts after the 'and'."""
    joints = [t.i for t in span if t.lower_ in ("and", "&")]
    last = span[-1].lower_
    if (not joints or last in HEAD_WORDS or last not in lexicon("agency_bare_names")
            or _parenthesized_acronym(span.doc, span) is not None or not _ends_a_body(span.doc[joints[-1] - 1])):
        return span  # a bare head ("Fish and Wildlife Police") ends names as any head does; "Revenue and
        # Customs": a word that names no body before the 'and' is part of this one
    return Span(span.doc, joints[-1] + 1, span.end, label=span.label, span_id=span.id)


def _lowercase_police(span: Span) -> Span | None:
    """'NSW police', 'Gilbert police': a lowercase force word after a state's or city's acronym that names no
    body of its own, or after a place's name (`_place_before`); other lowercase heads ('the department') name
    nothing, nor does 'police' before a noun ('Gilbert police officers')."""
    doc = span.doc
    if len(span) == 1 and span[0].is_lower and span[0].lower_ in LOWERCASE_FORCE_HEADS:
        return _lowercase_force_phrase(span)
    if (len(span) != 1 or not span[0].is_lower or span[0].lower_ not in lexicon("agency_bare_names") or span.start == 0
            or _compound_after(doc, span.end) or _people_joined_after(doc, span.end)):
        return None
    before = doc[span.start - 1]
    if _is_acronym_word(before):
        return None if before.lower_ in lexicon("agency_acronyms") else \
            Span(doc, span.start - 1, span.end, label=span.label, span_id=span.id)
    place = _place_before(doc, span.start)
    return None if place is None else Span(doc, place.start, span.end, label=span.label, span_id=span.id)


LOWERCASE_FORCE_HEADS = frozenset({"office", "department"})
OFFICE_HOLDERS_BEFORE_OFFICE = frozenset({"sheriff", "da"})


def _lowercase_force_phrase(span: Span) -> Span | None:
    """'the Turner County sheriff's office', 'the Viborg police department', 'the Brooklyn DA's office': news style
    writes a force's head in lowercase; after "sheriff's", "DA's" or 'police' (in either case) and a place's
    name (`_place_before`) it still names the body."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].text in POSSESSIVES and doc[start - 2].lower_ in OFFICE_HOLDERS_BEFORE_OFFICE:
        start -= 2  # "the Turner County sheriff's office", "the Hennepin County Sheriff's office", "DA's office"
    elif start >= 1 and doc[start - 1].lower_ in lexicon("agency_bare_names"):
        start -= 1  # "the Viborg police department", "the Viborg Police department"
    else:
        return None
    if _compound_after(doc, span.end):
        return None  # "the county sheriff's office deputies"
    place = _place_before(doc, start)
    return None if place is None else Span(doc, place.start, span.end, label=span.label, span_id=span.id)


def _people_joined_after(doc: Doc, i: int) -> bool:
    """'Kessel police and firefighters': 'police' joined to a plural noun for people is people too."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "or"):
        return False
    word = doc[i + 1].lower_  # 'firefighters', which the lexicon does not list: an agent's plural
    return is_plural_person_noun(word) or (word.endswith("s") and word[:-1].endswith(AGENT_SUFFIXES))


def _compound_after(doc: Doc, i: int) -> bool:
    """'police officers', 'police chief': a lowercase word after 'police' that the lexicon knows only as a noun
    makes 'police' a modifier of people or things, not a body."""
    if i < len(doc) and doc[i].lower_ in lexicon("agency_building_words"):
        return True  # "police stations": buildings
    return _noun_after(doc, i) and not verb_lemmas(doc[i].lower_)


LOCATIVE_WORDS = frozenset({"in", "near", "of", "from", "at", "outside", "throughout", "across", "around"})
BUILDING_PREPOSITIONS = LOCATIVE_WORDS | {"into", "to", "inside"}  # "booked into the ... Center"
TOWN_PREPOSITIONS = LOCATIVE_WORDS - {"of", "from", "at"}  # "in Long Branch"; 'of', 'from', 'at' precede bodies too


def _place_before(doc: Doc, end: int) -> Span | None:
    """The capitalized words before token `end` when they name a place: a state's name, a county's or city's
    ('Camden County', `place_kind_words`), a place the release names as one elsewhere (`_named_as_place`), or
    any words standing in a list beside a named body ('the Minneapolis Police Department, St. Paul police');
    a demonym ('Salvadoran police') is never written as a place."""
    start = end
    while start > 0 and end - start - sum(t.text == "-" for t in doc[start:end]) < MAX_PLACE_WORDS \
            and _may_name_place(doc, start - 1, end):
        start -= 1  # a hyphen inside a name ("Wilkes-Barre City") is no word of its own
    if start == end or (start > 0 and _is_name_word(doc[start - 1])):
        return None  # "Tempe Fire Medical Rescue police": a longer name, not a place
    words = tuple(t.lower_ for t in doc[start:end])
    if (all(w in lexicon("us_states") for w in words) or (len(words) > 1 and _is_place_kind(doc[end - 1]))
            or _unknown_words_name_a_place(words) or _named_as_place(doc, words, start)
            or _listed_beside_a_body(doc, start, end + 1)):
        return doc[start:end]
    return None


DEMONYM_ENDINGS = ("an", "ese", "ish", "i")  # 'Salvadoran', 'Chinese', 'Danish', 'Iraqi': peoples, not places


def _unknown_words_name_a_place(words: tuple[str, ...]) -> bool:
    """'Viborg police', 'Sioux Falls police': capitalized words before a force word, one of which English
    does not know (lemminflect) and the last of which is no demonym nor a day or month, name a town; so do
    words holding a state's or region's name ('South Wales')."""
    words = tuple(w for w in words if w != "-")  # "Dyfed-Powys"
    last = words[-1] if words else ""
    if any(len(w) > MAX_CODE_LETTERS and _names_a_place(w) for w in words):
        return True  # "South Wales police": a region's name among the words
    return (any(not all_lemmas(w) for w in words) and not last.endswith(DEMONYM_ENDINGS)
            and last not in CALENDAR_WORDS and all(w.isalpha() for w in words))


def _may_name_place(doc: Doc, i: int, end: int) -> bool:
    """A word of a place's name before 'police': a capitalized word that is no head ('Department') or generic
    word unless a place kind ('County'), a short abbreviation before another word ('St. Paul'), or a hyphen
    inside a name ('Wilkes-Barre')."""
    token = doc[i]
    if token.text == "-" and 0 < i < end - 1 and not doc[i - 1].whitespace_ and not token.whitespace_ \
            and doc[i - 1].is_title and doc[i + 1].is_title:
        return True  # "Wilkes-Barre police", "Winston-Salem police": a place's name joined by a hyphen
    if not token.is_title or not _is_name_word(token):
        return False
    if not token.is_alpha:
        return i + 1 < end and token.text.endswith(".") and len(token.text) <= 4 and token.text[:-1].isalpha()
    return _is_place_kind(token) or token.lower_ not in HEAD_WORDS | GENERIC_WORDS


LIST_SEPARATORS = frozenset({",", "and", "&"})
MAX_NEIGHBOUR_WORDS = 8


def _listed_beside_a_body(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end-1 are an item of a list whose neighbour item is a named body: a capitalized
    head or acronym right before the separator, or a run of name words after it that reaches one."""
    j = start - 1
    if j > 0 and doc[j].lower_ in LIST_SEPARATORS:
        j -= 1 + (doc[j - 1].text == "," and j > 1)
        if j >= 0 and (doc[j].is_title or doc[j].is_upper) and _ends_a_body(doc[j]):
            return True
    k = end
    if k < len(doc) and doc[k].lower_ in LIST_SEPARATORS:
        k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in ("and", "the"))
        k += k < len(doc) and doc[k].lower_ == "the"
        for i in range(k, min(len(doc), k + MAX_NEIGHBOUR_WORDS)):
            if not (_is_name_word_at(doc, i) or doc[i].text in POSSESSIVES or doc[i].lower_ in ("of", "and", "&")):
                return False
            if (doc[i].is_title or doc[i].is_upper) and _ends_a_body(doc[i]):
                return True
    return False


def _written_as_place(span: Span) -> bool:
    """'Long Branch' in a release that writes 'in Long Branch, Asbury Park and Neptune': a town whose name ends in
    a head word ('Branch') is a place, not a body, when the release puts it after 'in' ('near', 'outside', ...)
    at the end of a phrase. ('the Port Authority Police' proves nothing: bodies have police forces.)"""
    doc, size = span.doc, len(span)
    words = tuple(t.lower_ for t in span)
    for k in positions(doc, "LOWER", (get_string_id(words[0]),)):
        if tuple(token_lowers(doc, k, k + size)) != words:
            continue
        after = doc[k + size] if k + size < len(doc) else None
        if k > 0 and doc[k - 1].lower_ in TOWN_PREPOSITIONS and doc[k - 1].is_lower and (
                after is None or after.text in (",", ".") or after.lower_ == "and"):
            return True  # "in Long Branch, Asbury Park and Neptune"
    return False


def _named_as_place(doc: Doc, words: tuple[str, ...], at: int) -> bool:
    """Whether the words stand elsewhere in the release as a place: after a locative preposition with no name
    word or noun going on after them ('in Gilbert,', not 'in Mexican custody'), before a capitalized head
    ('Gilbert Police Department'), or opening a line in capitals before a comma (a dateline, 'GILBERT, Ariz.')."""
    size = len(words)
    for k in positions(doc, "LOWER", (get_string_id(words[0]),)):
        if k == at or tuple(token_lowers(doc, k, k + size)) != words:
            continue
        after = doc[k + size] if k + size < len(doc) else None
        if after is not None and after.is_title and after.lower_ in HEAD_WORDS:
            return True
        if doc[k].is_upper and (k == 0 or "\n" in doc[k - 1].text_with_ws) and after is not None and after.text == ",":
            return True
        if _after_locative(doc, k) and (after is None or not (_is_name_word(after) or _compound_after(doc, k + size))):
            return True
    return False


MAX_PLACE_LIST = 8


def _after_locative(doc: Doc, k: int) -> bool:
    """Whether token `k` follows a locative preposition ('in Gilbert'), or a list of names that does ('in
    Phoenix, Gilbert and Tolleson')."""
    j = k - 1
    while j > 0 and k - j < MAX_PLACE_LIST and (doc[j].text == "," or doc[j].lower_ == "and" or _is_name_word(doc[j])):
        j -= 1
    return j >= 0 and doc[j].lower_ in LOCATIVE_WORDS and doc[j].is_lower and (
        j == k - 1 or doc[k - 1].text == "," or doc[k - 1].lower_ == "and")


def _head_first_name(span: Span) -> Span | None:
    """'Guardia di Finanza', 'Gendarmerie royale du Canada', 'Service de police de la Ville de Montréal':
    a head-first name runs on over small words, adjectives after the noun and capitalized words, and
    ends on a word that is not a small one."""
    doc, joiners = span.doc, lexicon("agency_foreign_joiners")
    words = joiners | lexicon("agency_foreign_words")
    if span[0].lower_ in ENGLISH_HEADS_ABROAD and not span[1].is_lower:
        return None  # "Police National Computer", "Service Delivery": English words
    end = span.start + 1
    j = end
    while j < min(len(doc), span.start + 1 + MAX_FOREIGN_WORDS):
        tok = doc[j]
        if tok.lower_ in words or (tok.is_title and tok.is_alpha and tok.lower_ not in NOT_NAME_WORDS):
            j += 1
            if tok.lower_ not in joiners:
                end = j
            continue
        break
    return Span(doc, span.start, end, label=span.label, span_id=span.id) if end > span.start + 1 else None


def _operation_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the operation names' mentions: from the operations facts when the pipeline
    made them first, else resolved here."""
    facts = doc._.facts.get("operations") if isinstance(doc._.facts, dict) else None
    if facts is None:
        return [(span.start, span.end) for span in name_spans(doc)]
    spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for op in facts for m in op.mentions)
    return [(span.start, span.end) for span in spans if span is not None]


def _inside_operation(span: Span, operations: list[tuple[int, int]]) -> bool:
    """'Operation Caribbean Guard', 'Operation Border Patrol': the words of an operation's name name no body."""
    return any(start <= span.start and span.end <= end for start, end in operations)


def _head_complement_in(span: Span) -> bool:
    """'Division of Public Safety': a head word with its 'of'/'for' complement inside the span."""
    return any(t.lower_ in ("of", "for") and span.doc[t.i - 1].lower_ in HEAD_WORDS for t in span[1:-1])


def _cut_before_title(span: Span, title_starts: dict[int, int]) -> Span | None:
    """'OPP Det.-Insp. Jane Roe', 'RCMP Cpl. John Roe': a name never runs into a person's title (a title
    that starts inside the name and ends after it); the name ends before the title."""
    title_end = title_starts.get(span.start + 1)
    if (len(span) > 1 and _is_acronym_word(span[0]) and title_end is not None
            and (title_end >= len(span.doc) or span.doc[title_end].lower_ not in HEAD_WORDS)):
        # "AFP Commander Eastern Command Jane Roe": a title right after a body's acronym is the person's;
        # "NYPD Detective Bureau": a title word before a head names a unit
        return Span(span.doc, span.start, span.start + 1, label=ACRONYM_LABEL, span_id=span.id)
    for i in range(span.start + 1, span.end):
        if title_starts.get(i, 0) > span.end:
            cut = _clean(Span(span.doc, span.start, i, label=span.label, span_id=span.id))
            # "Aurora, Colo., Police Chief ...": what is left must end as a body's name does, or in a head's
            # complement ("Division of Public Safety Executive Director ...")
            return cut if cut is not None and (_ends_a_body(cut[-1]) or _head_complement_in(cut)) else span
    return span


def _candidate_spans(doc: Doc) -> list[Span]:
    spans = []
    operations = _operation_ranges(doc)
    title_starts = {title.start: title.end for title in find_titles(doc)}
    names_at = _official_name_starts(doc)
    for raw in _raw_spans(doc):
        extended: Span | None = raw
        if raw.label_ == "AGENCY" and raw.id_.startswith(SINGLE_NAME_RULE):
            extended = extend_right(raw) if _head_follows(raw) else _with_state_after(_foreign_words_before(raw))
            # "Europol Operational Taskforce"; "(Federale Gerechtelijke Politie)"; "Landeskriminalamt Baden-Württemberg"
        elif raw.label_ == "AGENCY" and raw.id_ == SHORT_NAME_RULE:
            extended = raw if _short_name_in_use(raw) else None
        elif raw.label_ == "AGENCY" and raw.id_ == FOREIGN_HEAD_RULE:
            extended = _head_first_name(raw)
        elif raw.label_ == "AGENCY" and (police := _lowercase_police(raw)) is not None:
            extended = police
        elif raw.label_ == "AGENCY":
            trimmed = trim_leading(_cut_before_person(extend_right(raw)))
            extended = extend_left(trimmed) if trimmed is not None else None
            if extended is not None and raw.id_ == BARE_NAME_RULE:
                extended = _bare_name_and(extended)
            if extended is not None and raw.id_.startswith(HEAD_PHRASE_RULE + "-") and extended.start == raw.start \
                    and not _is_acronym_word(raw[0]):
                extended = None  # "on Probation and Parole", "Fire Rescue": a head phrase with no name before it
            if (extended is not None and trimmed is not None and doc[trimmed.start].text == ","
                    and any(extended.start_char <= at < trimmed.start_char for at in names_at)):
                extended = _clean(Span(doc, trimmed.start + 1, trimmed.end, label=raw.label, span_id=raw.id))
                # "said Colonel Jo Roe, Virginia State Police Superintendent": a person before the comma, no place
        cleaned = _clean(extended) if extended is not None else None
        if (cleaned is not None and cleaned.label_ == PLACE_LABEL
                and _cut_before_title(cleaned, title_starts) != cleaned):  # "OPP Det.-Insp. Jane Roe"
            cleaned = Span(doc, cleaned.start, cleaned.start + 1, label=ACRONYM_LABEL, span_id=cleaned.id)
        elif cleaned is not None:
            cleaned = _cut_before_official(_cut_before_title(cleaned, title_starts), names_at)
        if cleaned is not None and cleaned.label_ != PLACE_LABEL:
            cleaned = _with_station_name(
                _with_roman_designator(_through_spelled_acronym(_over_parenthesized_word(cleaned))))
        if cleaned is None or _inside_operation(cleaned, operations):
            continue
        for span in split_unit_of_parent(cleaned):
            if _excluded(doc, span.start_char, span.end_char):
                continue
            if not _rejected(doc, span, title_starts):
                spans.append(span)
            elif span.label_ == PLACE_LABEL:  # "FDLE Special Agent": the acronym alone
                spans.append(Span(doc, span.start, span.start + 1, label=ACRONYM_LABEL, span_id=span.id))
    spans.extend(_office_title_bodies(doc, title_starts))
    spans.extend(_owned_units_without_head(doc))
    spans.extend(_units_after_acronym(doc))
    spans.extend(_functions_named_by_place(doc))
    return join_sub_offices(longest_first(spans))


FUNCTION_PLACE_RULE = "ag-function-place"
MAX_FUNCTION_WORDS = 4  # "Fisheries and Oceans Canada"
MAX_PLACE_NAME_WORDS = 2  # "New Zealand", "Northern Ireland"
MAX_CODE_LETTERS = 3  # a region's code ('NSW', 'ACT', 'QLD')


def _functions_named_by_place(doc: Doc) -> list[Span]:
    """'Health Canada', 'Public Safety Canada', 'Immigration New Zealand', 'Corrective Services NSW': outside the
    US a department is often named by its function (`agency_function_nouns` ends it) and then its country or
    region, with no head word; the capitalized words before the function noun belong to the name."""
    found: list[Span] = []
    named: set[int] | None = None
    for i in positions(doc, "LOWER", _function_noun_ids()):
        end = _place_name_end(doc, i + 1)  # read off the columns first: most "Police" has no place after it
        if end is None or not token_texts(doc, i, i + 1)[0].istitle():
            continue
        if named is None:
            named = {k for span in doc.spans.get(GROUP, []) if span.label_ in NAME_LABELS and len(span) > 1
                     for k in range(span.start, span.end)}
        if i in named or (end < len(doc) and _is_name_word(doc[end]) and doc[end].lower_ not in NOT_NAME_WORDS):
            continue  # "Police Scotland": a rule names it already; "Health Canada Warning": the run goes on
        start = _function_start(doc, i)
        found.append(Span(doc, start, end, label="AGENCY", span_id=FUNCTION_PLACE_RULE))
    return found


def _function_start(doc: Doc, i: int) -> int:
    """The first word of a function's name ending at `i`: the capitalized words before it ('Public Safety'), and
    a function noun joined by 'and' that opens the name ('Fisheries and Oceans'; not 'Toronto Police and')."""
    start = i
    while start > 0 and i - start < MAX_FUNCTION_WORDS - 1 and _is_function_name_word(doc[start - 1]):
        start -= 1
    if (start > 1 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].is_title
            and doc[start - 2].lower_ in lexicon("agency_function_nouns")
            and (start == 2 or not _is_function_name_word(doc[start - 3]))):
        start -= 2
    return start


def _is_function_name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.lower_ not in LEADING_JUNK and _is_name_word(token)


@cache
def _function_noun_ids() -> frozenset[int]:
    return frozenset(get_string_id(word) for word in lexicon("agency_function_nouns"))


def _place_name_end(doc: Doc, i: int) -> int | None:
    """Where a country's or region's name outside the US that starts at `i` ends ('New Zealand', 'NSW')."""
    for size in range(MAX_PLACE_NAME_WORDS, 0, -1):
        if i + size > len(doc):
            continue
        words = token_texts(doc, i, i + size)
        if all(w[:1].isupper() for w in words) and " ".join(w.lower() for w in words) in non_us_place_names() \
                and (size > 1 or len(words[0]) > MAX_CODE_LETTERS or words[0].isupper()):
            return i + size  # a code in capitals: "NSW", not the "Act" of "Customs Act"
    return None


MAX_UNIT_PLACE_WORDS = 2


def _units_after_acronym(doc: Doc) -> list[Span]:
    """'the Baltimore Police Department (BPD) Western District': capitalized words ending in a unit word
    (`agency_unit_words`) right after a body's acronym in parentheses name its unit, as 'Western District'."""
    found = []
    for i in positions(doc, "ORTH", (_CLOSE_PARENTHESIS,)):
        if i < 2 or doc[i - 2].text != "(" or not _is_acronym_word(doc[i - 1]):
            continue
        end = i + 1
        while end < len(doc) and end - i <= MAX_UNIT_PLACE_WORDS + 1 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end - i > 2 and _is_unit_word(doc[end - 1]) and not _is_unit_word(doc[i + 1]) \
                and (end == len(doc) or not _is_name_word(doc[end])):
            found.append(Span(doc, i + 1, end, label="AGENCY", span_id=OWNED_UNIT_RULE))
    return found


def _noun_after(doc: Doc, i: int) -> bool:
    """A lowercase word the lexicon knows as a noun at `i` ('(MC) file', 'police officers'): the words before it
    may modify it."""
    return i < len(doc) and doc[i].is_lower and doc[i].is_alpha and bool(noun_lemmas(doc[i].lower_))


MAX_UNIT_NAME_WORDS = 6
LOWERCASE_UNIT_HEADS = frozenset({"unit", "team", "squad", "section", "division", "branch", "bureau"})
UNIT_HEAD_WORDS = LOWERCASE_UNIT_HEADS | {"office", "district", "group", "force", "detachment"}


def _owned_units_without_head(doc: Doc) -> list[Span]:
    """"the BC RCMP's Federal Serious and Organized Crime (FSOC)", "... Organized Crime unit": capitalized words
    after a body's possessive ('RCMP's', 'Department's') with no head word of their own name a unit of it when
    an acronym in parentheses spells them or they end in a unit word ('Marine Region'), or with the lowercase
    unit word that follows them ("... Crime unit");
    none for a programme or when a noun follows the acronym ("(MC) file")."""
    found = []
    for i in positions(doc, "ORTH", _POSSESSIVE_IDS):
        if i == 0 or not _ends_a_body(doc[i - 1]) or doc[i - 1].is_lower:
            continue
        end = i + 1
        while end < len(doc) and end - i <= MAX_UNIT_NAME_WORDS and (
                (doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in HEAD_WORDS)
                or (doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title)):
            end += 1
        if end == i + 1 or end >= len(doc) or not _is_name_word(doc[end - 1]):
            continue
        unit = doc[i + 1 : end]
        if any(t.lower_ in lexicon("agency_program_words") for t in unit):
            continue  # "the Department's Sexual Assault Kit Initiative (SAKI)": a programme
        spelled = (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
                   and doc[end + 1].lower_ in initials(norm_words(unit)) and not _noun_after(doc, end + 3))
        if spelled or (len(unit) > 1 and _is_unit_word(unit[-1])):  # "the Hong Kong Police Force's Marine Region"
            found.append(Span(doc, unit.start, unit.end, label="AGENCY", span_id=OWNED_UNIT_RULE))
        elif doc[end].is_lower and doc[end].lower_ in LOWERCASE_UNIT_HEADS:  # the name as the text writes it
            found.append(Span(doc, unit.start, end + 1, label="AGENCY", span_id=OWNED_UNIT_RULE))
    return found


OFFICE_TITLE_RULE = "ag-office-title"
OWNED_UNIT_RULE = "ag-owned-unit"
_POSSESSIVE_IDS = frozenset(get_string_id(mark) for mark in ("'s", "’s"))
_CLOSE_PARENTHESIS = get_string_id(")")
MAX_QUALIFIER_WORDS = 2
OFFICE_COMPLEMENTS = frozenset({"of", "for"})


def _office_title_bodies(doc: Doc, title_starts: dict[int, int]) -> list[Span]:
    """'the Commonwealth Director of Public Prosecutions (CDPP)', 'the Treasury Inspector General for Tax
    Administration (TIGTA)': an office holder's title with an 'of'/'for' complement and an acronym of its own in
    parentheses names the office as a body; a title without a complement ('Special Agent in Charge (SAC)',
    'Assistant U.S. Attorney (AUSA)') or with a person's name after it ('Superintendent of Police (SP) Jo Roe')
    names a role."""
    found = []
    for start, end in title_starts.items():
        close = end
        if end < len(doc) and doc[end].lower_ in OFFICE_COMPLEMENTS:  # "Inspector General" + "for Tax ..."
            close = end + 1
            while close < len(doc) and doc[close].is_title and doc[close].is_alpha:
                close += 1
        if close + 2 >= len(doc) or doc[close].text != "(" or doc[close + 2].text != ")" \
                or not _is_acronym_word(doc[close + 1]):
            continue
        if not any(t.lower_ in OFFICE_COMPLEMENTS for t in doc[start:close]):
            continue
        if close + 3 < len(doc) and doc[close + 3].idx in _official_mention_starts(doc):
            continue  # "Deputy Superintendent of Police (DSP) Oral Henry": a person's rank before the name
        first = start
        while first > 0 and start - first < MAX_QUALIFIER_WORDS and _is_name_word(doc[first - 1]):
            first -= 1  # "Commonwealth", "Treasury": the office's qualifier
        letters = doc[close + 1].lower_
        for begin in range(first, start + 1):
            if letters in initials(norm_words(doc[begin:close])):
                found.append(Span(doc, begin, close, label="AGENCY", span_id=OFFICE_TITLE_RULE))
                break
    return found


ROMAN_NUMERAL = re.compile(r"^(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})$")


def _with_roman_designator(span: Span) -> Span:
    """'PDEA Regional Office IV-A', 'Police Region IV': a Roman numeral after a body's head (of two letters or
    more: never the pronoun 'I'), with a letter or digit joined by a hyphen, numbers one office of several; so
    does a number after a unit word ('Southwest Border Group 2')."""
    doc, k = span.doc, span.end
    if k < len(doc) and len(span) > 1 and span[-1].lower_ in lexicon("agency_unit_words") \
            and span[-1].text[:1].isupper() and doc[k].is_digit and len(doc[k]) <= MAX_DESIGNATOR_DIGITS:
        return Span(doc, span.start, k + 1, label=span.label, span_id=span.id)  # "Southwest Border Group 2"
    if k >= len(doc) or span[-1].lower_ not in HEAD_WORDS and span[-1].lower_ not in lexicon("agency_unit_words") \
            or not ROMAN_NUMERAL.match(doc[k].text):
        return span
    end = k + 1
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[k].whitespace_ and not doc[end].whitespace_ \
            and len(doc[end + 1]) <= 2 and doc[end + 1].text.isalnum() and not doc[end + 1].is_lower:
        end += 2  # "IV-A"
    return Span(doc, span.start, end, label=span.label, span_id=span.id)


MAX_STATION_NAME_WORDS = 3


def _with_station_name(span: Span) -> Span:
    """'Coast Guard Station South Padre Island', 'Coast Guard Air Station Corpus Christi': a station named by its
    place after a body's name is a unit of the body (a station not named so is a building: `agency_building_words`)."""
    doc, k = span.doc, span.end
    around = token_texts(doc, k - 1, k + 2)  # the last word and the two after it, read off the column
    if "Station" not in around:
        return span
    if around[0] == "Station":
        k = span.end - 1  # the unit reader took the station word already
    elif around[1:] == ["Air", "Station"]:
        k += 1
    if k >= len(doc) or doc[k].text != "Station":
        return span
    end = k + 1
    while end < len(doc) and end - k <= MAX_STATION_NAME_WORDS and doc[end].is_title and doc[end].is_alpha \
            and doc[end].lower_ not in HEAD_WORDS and _is_name_word(doc[end]):
        end += 1
    return span if end == k + 1 else Span(doc, span.start, end, label=span.label, span_id=span.id)


MAX_SPELLED_TAIL = 4


def _with_state_after(span: Span) -> Span:
    """'Landeskriminalamt Baden-Württemberg': a one-word name in its own language, then the name of the state it
    serves, hyphened or a word no English lexicon knows."""
    doc, k = span.doc, span.end
    if len(span) != 1 or k >= len(doc) or not doc[k].is_title or not doc[k].is_alpha or span[-1].is_upper:
        return span
    end = k + 1
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and not doc[k].whitespace_ \
            and doc[end + 1].is_title and not (all_lemmas(doc[k].lower_) and all_lemmas(doc[end + 1].lower_)):
        end += 2  # "Baden-Württemberg", "Nordrhein-Westfalen"; not "Vice-President"
    elif not _names_a_place(doc[k].lower_):
        return span  # "Interpol Washington"; not "Garda Síochána", one name
    return Span(doc, span.start, end, label=span.label, span_id=span.id)


def _foreign_words_before(span: Span) -> Span:
    """'(Federale Gerechtelijke Politie)': capitalized words no English lexicon knows (or listed foreign words)
    between an opening parenthesis and a one-word name in its own language are the rest of that name."""
    doc, k = span.doc, span.start
    while k > 0 and span.start - k < MAX_SPELLED_TAIL and doc[k - 1].is_title and doc[k - 1].is_alpha and (
            doc[k - 1].lower_ in lexicon("agency_foreign_words")
            or not (noun_lemmas(doc[k - 1].lower_) or verb_lemmas(doc[k - 1].lower_))):
        k -= 1
    if k == span.start or k == 0 or doc[k - 1].text != "(":
        return span
    return Span(doc, k, span.end, label=span.label, span_id=span.id)


def _over_parenthesized_word(span: Span) -> Span:
    """'Muscogee (Creek) Nation Lighthorse Police Department': a capitalized word in parentheses between
    name words (another name of the people or place) is inside the name, and so is an acronym there that
    spells the words before it ('Appalachian Regional Prescription Opioid (ARPO) Strike Force')."""
    doc, start = span.doc, span.start
    if start < 4 or doc[start - 1].text != ")" or doc[start - 3].text != "(" or not doc[start - 2].is_alpha \
            or not _is_name_word(doc[start - 4]) or doc[start - 4].is_upper:
        return span
    inner = doc[start - 2]
    if inner.is_upper and doc[start - 4].lower_ in HEAD_WORDS:
        return span  # "Drug Enforcement Administration (DEA) Philadelphia Field Office": a body, then its office
    if inner.is_upper:  # "Appalachian Regional Prescription Opioid (ARPO) Strike Force": the words it spells
        for first in range(start - 4, max(-1, start - 4 - MAX_LEFT_WORDS), -1):
            words = doc[first : start - 3]
            if not (_is_name_word(doc[first]) or (doc[first].lower_ in ("and", "&") and first < start - 4)):
                break  # "Human Exploitation And Trafficking (HEAT) Unit": an 'and' inside the spelled words
            spelled = norm_words(words)
            every_letter = "".join(w[0] for w in spelled)  # "HEAT": the 'And' has its letter too
            if len(words) >= 2 and (inner.lower_ in initials(spelled) or inner.lower_ == every_letter):
                while first > 0 and start - first < MAX_LEFT_WORDS and _is_name_word(doc[first - 1]) \
                        and not doc[first - 1].is_upper and doc[first - 1].lower_ not in HEAD_WORDS:
                    first -= 1  # "the Georgia Internet Crimes Against Children (ICAC) Task Force": its place
                return Span(doc, first, span.end, label=span.label, span_id=span.id)
        return span
    if not inner.is_title:
        return span
    first = start - 4
    while first > 0 and start - 4 - first < MAX_LEFT_WORDS - 1 and _is_name_word(doc[first - 1]) \
            and not doc[first - 1].is_upper and doc[first - 1].lower_ not in HEAD_WORDS:
        first -= 1
    return Span(doc, first, span.end, label=span.label, span_id=span.id)


def _through_spelled_acronym(span: Span) -> Span:
    """'Investigating Directorate Against Corruption (IDAC)': capitalized words after a name's head belong to
    it when the acronym in parentheses after them spells the whole name."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end < MAX_SPELLED_TAIL and doc[k].is_title and doc[k].is_alpha:
        k += 1
    if k == span.end or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")" \
            or not _is_acronym_word(doc[k + 1]) or _names_a_law(doc, span.end):
        return span  # "Archaeological Resources Protection Act (ARPA)" is a law
    whole = Span(doc, span.start, k, label=span.label, span_id=span.id)
    marks = [t.i for t in whole if t.text in POSSESSIVES]
    unit = doc[marks[-1] + 1 : k] if marks else whole  # "National Prosecuting Authority's Investigating ..."
    return whole if doc[k + 1].lower_ in initials(norm_words(unit)) else span


def longest_first(spans: list[Span]) -> list[Span]:
    """Of overlapping candidates keep the longest (then the first), as the rulers do within a file."""
    kept: list[Span] = []
    used: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(i in used for i in range(span.start, span.end)):
            kept.append(span)
            used.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def join_sub_offices(spans: list[Span]) -> list[Span]:
    """'Department of Health and Human Services, Office of the Inspector General' (or with a dash) is
    one body: the department's own office; so is a body and its unit after a spaced dash ('... Group – Drug
    Unit')."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if joined and _is_sub_office(joined[-1], span):
            previous = joined.pop()
            span = Span(span.doc, previous.start, span.end, label=previous.label, span_id=previous.id)
        joined.append(span)
    return joined


def _is_sub_office(parent: Span, office: Span) -> bool:
    between = parent.doc[parent.end : office.start]
    if len(between) != 1:
        return False
    if between[0].text in {"-", "–", "—"} and between[0].whitespace_ and office[-1].lower_ in LOWERCASE_UNIT_HEADS \
            and office[-1].text[:1].isupper() and parent[-1].lower_ in HEAD_WORDS:
        return True  # "Lake Winnebago Area Metropolitan Enforcement Group – Drug Unit": a unit after a spaced dash
    return (between[0].text in {",", "-", "–", "—"}
            and office[0].lower_ == "office" and any(t.lower_ == "department" for t in parent))


PARENT_FORCE_HEADS = frozenset({"guard", "gendarmerie"})
"""Words that end a whole force's name where the name ends ('the Madrid Judicial Police', 'the Civil Guard'),
beside the strong heads and the bare names."""


def split_unit_of_parent(span: Span) -> list[Span]:
    """'Organized Crime and Gang Section of the Justice Department's Criminal Division', 'Technical Unit of the
    Madrid Judicial Police' name two bodies, a unit and its parent: split at 'of (the)' when both sides end in
    a head word."""
    for token in span:
        if token.lower_ not in ("of", "for") or token.i - span.start < 2:
            continue
        if token.i + 1 >= span.end or span.doc[token.i + 1].lower_ != "the":
            return [span]  # "California Department of Corrections Special Services Unit" is one name
        unit = span.doc[span.start : token.i]
        parent = span.doc[token.i + 2 : span.end]
        if len(parent) >= 2 and unit[-1].lower_ in STRONG_HEADS and (
                parent[-1].lower_ in STRONG_HEADS | PARENT_FORCE_HEADS | lexicon("agency_bare_names")) \
                and not any(t.lower_ in ("of", "for") for t in parent):  # not "Central Office for the Repression
            # of Organised Crime of the French National Police": the first 'for the' opens the unit's own name
            label, span_id = span.label, span.id
            return [Span(span.doc, unit.start, unit.end, label=label, span_id=span_id),
                    Span(span.doc, parent.start, parent.end, label=label, span_id=span_id)]
        return [span]
    return [span]


def _office_by_place_after_acronym(doc: Doc, inner: Span) -> Span | None:
    """'Homeland Security Investigations (HSI) Tampa assisted': a place right after the acronym (`inner`, in
    its parentheses) that a body's name defines names that body's office there ('HSI Tampa'), when the place
    ends the phrase."""
    if inner.end + 1 >= len(doc) or doc[inner.end].text != ")":
        return None
    k = end = inner.end + 1
    titles = _person_titles()
    while end < len(doc) and end - k < 2 and doc[end].is_title and doc[end].is_alpha \
            and doc[end].lower_ not in HEAD_WORDS | titles and not doc[end].is_sent_start \
            and not noun_lemmas(doc[end].lower_):  # a city's name, no common noun ('(NCA) County Lines lead')
        end += 1
    after = doc[end] if end < len(doc) else None
    if end == k or (after is not None and not (after.is_punct or after.is_lower or after.is_space)):
        return None  # "(FDLE) Orlando Regional Operations Center": a unit's name goes on
    return Span(doc, k, end, label=PLACE_LABEL)


def _parenthesized_acronym(doc: Doc, span: Span) -> Span | None:
    """The acronym in parentheses after a name, one word ('DEA') or several ('HHS-OIG', 'HT/SPAT',
    'MOCS NR'): upper-case words (two capitals at least in the first) joined by '-', '/' or '&'."""
    i = span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].text != "(":
        return None
    j = i + 1
    while j < len(doc) and j - i <= MAX_ACRONYM_TOKENS and doc[j].text != ")":
        token = doc[j]
        if token.text not in ("-", "/", "&") and not (token.text[:1].isupper() and sum(c.isupper() for c in token.text)
                                                      >= min(2, len(token.text))):
            return None
        j += 1
    if j >= len(doc) or doc[j].text != ")" or j == i + 1:
        return None
    first = doc[i + 1].text
    if not (2 <= len(first) <= 10 and sum(c.isupper() for c in first) >= 2) or doc[j - 1].text in ("-", "/", "&"):
        return None
    return Span(doc, i + 1, j, label=ACRONYM_LABEL)


def _multiword_acronym_spans(doc: Doc, defined: Span, taken: set[int]) -> list[Span]:
    """The defining 'HT/SPAT' in parentheses and every later use of it."""
    text = doc._.text
    found = []
    pattern = re.compile(r"(?<![\w/-])" + re.escape(defined.text) + r"(?![\w/-])")
    for m in pattern.finditer(text, defined.start_char):
        span = doc.char_span(m.start(), m.end(), label=ACRONYM_LABEL)
        if (span is not None and not any(i in taken for i in range(span.start, span.end))
                and not _excluded(doc, span.start_char, span.end_char)):
            found.append(span)
    return found


def _acronym_spans(doc: Doc, acronyms: set[str], taken: set[int]) -> list[Span]:
    """Every other use of an acronym the text defined (plain or DOJ-scrape possessive 'DEAs'),
    found on the token array rather than token by token."""
    if not acronyms:
        return []
    wanted = {get_string_id(form) for acronym in acronyms for form in (acronym, acronym + "s")}
    spans = []
    for i in positions(doc, "ORTH", wanted):
        if i not in taken:
            span = Span(doc, i, i + 1, label=ACRONYM_LABEL)
            if not _excluded(doc, span.start_char, span.end_char):
                spans.append(span)
    return spans


def acronym_key(word: str) -> str:
    """'FBIs' (a DOJ scrape's 'FBI's') is 'FBI'."""
    return word[:-1] if word.endswith("s") and word[:-1].isupper() else word


def _key(word: str) -> str:
    """Index key under which 'department' and 'departments' meet."""
    return word[:-1] if word.endswith("s") else word


class _Grouper:
    """Puts mentions into agencies, longest forms first so that shorter forms find them. Forms are
    indexed by first word, last word and initials, so a long text costs no all-pairs comparison."""

    def __init__(self, defined: dict[str, _Mention], proper_bare: frozenset[str] = frozenset()) -> None:
        self.proper_bare = proper_bare  # bare service nouns the text uses as a proper name ("Police")
        self.groups: list[_Group] = []
        self.by_words: dict[tuple[str, ...], _Group] = {}
        self.by_end_word: dict[str, list[tuple[tuple[str, ...], _Group]]] = {}
        self.by_initials: dict[str, list[_Group]] = {}
        self.defined = defined
        self.definers = frozenset(id(m) for m in defined.values())  # forms an acronym in parentheses follows
        self.of_mention: dict[int, _Group] = {}
        self.by_unit: dict[tuple[str, ...], _Group] = {}

    def add(self, mention: _Mention) -> None:
        group = self.by_words.get(mention.words)
        if group is None and mention.acronym:
            group = self._acronym_group(mention)
            if group is None and mention.headline:
                group = self._group_opened_by(mention.words[0])  # "IRS Helps Nab ..." over "IRS Criminal Investigation"
        if group is None and not mention.acronym and not mention.span.id_.startswith(SINGLE_NAME_RULE):
            group = self._containing_group(mention) or self._spelled_out_group(mention)
            if group is None and mention.headline:
                group = self._headline_short_form_group(mention)
            if group is not None and _listed_beside(group, mention):
                group = None  # "Prescott Police Department, Prescott Valley Police Department": two bodies
        bare = _bare_word(mention)
        if group is None and bare:
            group = self._group_with_word(bare, mention)
        if group is None and len(mention.raw) == 1 and mention.span.id_.startswith(SINGLE_NAME_RULE):
            group = self._group_with_word(mention.raw[0], mention, names_only=True)  # "Garda" of "An Garda Síochána"
        if group is None and mention.span.id_ == SHORT_NAME_RULE:
            group = self._group_shortened(mention)
        if group is None and mention.span.id_ == STATE_ACRONYM_RULE:
            group = self._state_acronym_group(mention)
        unit = _unit_words(mention)
        if group is None and unit:
            group = self.by_unit.get(unit)  # "State Crime Command’s ..." and "NSW Police Force’s Organised Crime Squad"
        if group is None:
            if (mention.headline and not mention.standalone_in_title) or (
                    _is_generic(_written_out(mention.raw)) and not mention.acronym and bare not in self.proper_bare
                    and id(mention) not in self.definers):  # "the Enforcement Directorate (ED)" is a name
                return
            group = _Group(rule=mention.span.id_ or None, order=len(self.groups))
            self.groups.append(group)
        group.mentions.append(mention)
        self.of_mention[id(mention)] = group
        if unit:
            self.by_unit.setdefault(unit, group)
        if mention.words not in self.by_words:
            self.by_words[mention.words] = group
            if not mention.acronym and not mention.span[-1].is_lower:  # "St. Paul police" holds no shorter
                self._index(mention.words, mention.raw, group)  # form: a bare 'Police' is no form of it

    def _index(self, words: tuple[str, ...], raw: tuple[str, ...], group: _Group) -> None:
        for key in {_key(words[0]), _key(words[-1])}:
            self.by_end_word.setdefault(key, []).append((words, group))
        for letters in initials(words) | initials(raw):  # "OAG" for the 'Office of the Attorney General'
            groups = self.by_initials.setdefault(letters, [])
            if group not in groups:
                groups.append(group)

    def _acronym_group(self, mention: _Mention) -> _Group | None:
        key = acronym_key(mention.span.text)
        definer = self.defined.get(key)
        if definer is not None and id(definer) in self.of_mention:
            return self.of_mention[id(definer)]
        letters = key.lower().replace("-", "")
        exact = self.by_initials.get(letters)
        if exact:
            return self._nearest(exact, mention)
        if len(letters) < 3:
            return None
        partial = [g for full, groups in self.by_initials.items() if _abbreviates(letters, full) for g in groups
                   if _skips_no_name_words(letters, g) and not _spells_parent_only(letters, g)]
        if partial:
            return self._nearest(partial, mention)
        full = _acronym_forms().get(letters)  # "SAPOL" for the "South Australia Police"
        if full is None:
            return None  # most acronyms: no walk over every form
        named = [g for words, g in self.by_words.items() if len(words) >= 2 and full[: len(words)] == words]
        return self._nearest(named, mention) if named else None

    def _state_acronym_group(self, mention: _Mention) -> _Group | None:
        """'Texas DPS' after 'Texas Department of Public Safety (DPS)': the state's body by its acronym."""
        definer = self.defined.get(acronym_key(mention.span[-1].text))
        group = self.of_mention.get(id(definer)) if definer is not None else None
        place = mention.words[:-1]
        if group is not None and any(m.words[:len(place)] == place for m in group.mentions):
            return group
        return None

    def _group_with_word(self, word: str, mention: _Mention, names_only: bool = False) -> _Group | None:
        """'Police' in a text that names the 'New Zealand Police' or a 'Queensland Police Service';
        with `names_only`, among one-name bodies ('Garda' in 'An Garda Síochána', not 'Europol' in
        'Europol Joint Taskforce'); never a body named only in lower case ('St. Paul police'), whose 'police' is
        no proper name."""
        found = [g for g in self.groups if any(word in m.words for m in g.mentions if not m.acronym and (
            not names_only or m.span.id_.startswith(SINGLE_NAME_RULE + "-")) and not m.span[-1].is_lower)]
        return self._nearest(found, mention) if found else None

    def _group_shortened(self, mention: _Mention) -> _Group | None:
        """'the Met' in a text that names the 'Metropolitan Police Service'."""
        short = mention.raw[0]
        found = [g for g in self.groups if any(m.words[0].startswith(short) for m in g.mentions if not m.acronym)]
        return self._nearest(found, mention) if found else None

    def _spelled_out_group(self, mention: _Mention) -> _Group | None:
        """'TPSO Narcotics Division' in a text that names the 'Tangipahoa Parish Sheriff's Office' and
        its 'Narcotics Division': an acronym opening a name stands for the body whose initials it
        spells, and the name so spelled out is a form of a body already named (or none)."""
        first = mention.span[0]
        if len(mention.words) < 2 or not _is_acronym_word(first):
            return None
        letters = acronym_key(first.text).lower()
        for owner in self.by_initials.get(letters, ()):
            for form in {m.words for m in owner.mentions if not m.acronym and letters in initials(m.words)}:
                spelled = form + mention.words[1:]
                group = self.by_words.get(spelled) or self._containing_group(mention, spelled)
                if group is not None:
                    return group
        rest = mention.words[1:]
        for words, group in self.by_end_word.get(_key(rest[-1]), ()):
            if len(words) > len(rest) + 1 and words[-len(rest):] == rest and letters in initials(words[:-len(rest)]):
                return group  # "USPS Office of Inspector General" of the "U.S. Postal Service Office of ..."
        return None

    def _containing_group(self, mention: _Mention, words: tuple[str, ...] | None = None) -> _Group | None:
        """The agency of a longer form this one (or its `words`) shortens; of several, those it shortens
        least ('NSW Police' is the 'NSW Police Force', not its 'NSW Police Force’s Organised Crime Squad')."""
        words = words or mention.words
        found: dict[int, tuple[int, _Group]] = {}
        for key in {_key(words[0]), _key(words[-1])}:
            for other, group in self.by_end_word.get(key, ()):
                if (len(other) > len(words) and _shorter_form_of(words, other)
                        and not (mention.owner and _covers(group, mention)) and not _another_place(words, other)):
                    extra = len(other) - len(words)
                    if id(group) not in found or extra < found[id(group)][0]:
                        found[id(group)] = (extra, group)
        if not found:
            return None
        least = min(extra for extra, _ in found.values())
        return self._nearest([g for extra, g in found.values() if extra == least], mention)

    def _group_opened_by(self, word: str) -> _Group | None:
        """The one body the text names with a name that opens with this acronym ('IRS Criminal Investigation')."""
        found = {id(group): group for words, group in self.by_words.items() if len(words) > 1 and words[0] == word}
        if len(found) != 1:
            return None
        group = next(iter(found.values()))  # not a unit's name ('RCMP Northeast District ... Unit'): the acronym
        return None if any(m.words[-1] in UNIT_HEAD_WORDS for m in group.mentions) else group  # names its parent

    def _headline_short_form_group(self, mention: _Mention) -> _Group | None:
        """'Medicaid Fraud Unit' in a headline over a body that names the 'Medicaid Fraud Control Unit': a
        headline shortens a name by leaving out inner words; the body's form with the same first and last
        words holds the headline's in order."""
        words = mention.words
        found = {id(group): group for other, group in self.by_end_word.get(_key(words[-1]), ())
                 if len(other) > len(words) and other[0] == words[0] and other[-1] == words[-1]
                 and is_subsequence(words, other)}
        return next(iter(found.values())) if len(found) == 1 else None  # of two bodies, no guess

    def merge(self, outer: _Mention, inner: _Mention) -> None:
        """`inner` names the body of `outer` in other words: its agency's forms join `outer`'s."""
        into, moved = self.of_mention.get(id(outer)), self.of_mention.get(id(inner))
        if into is None or moved is None or into is moved:
            return
        for mention in moved.mentions:
            into.mentions.append(mention)
            self.of_mention[id(mention)] = into
        for words, group in list(self.by_words.items()):
            if group is moved:
                self.by_words[words] = into
        for entries in self.by_end_word.values():
            entries[:] = [(words, into if group is moved else group) for words, group in entries]
        for groups in self.by_initials.values():
            if moved in groups:
                groups.remove(moved)
                if into not in groups:
                    groups.append(into)
        for unit, group in list(self.by_unit.items()):
            if group is moved:
                self.by_unit[unit] = into
        self.groups.remove(moved)

    @staticmethod
    def _nearest(groups: list[_Group], mention: _Mention) -> _Group:
        if len(groups) == 1:
            return groups[0]
        start = mention.span.start_char
        return max(groups, key=lambda g: (g.nearest_before(start), -g.order))


LIST_GAP = re.compile(r"\s*[,;]\s*(?:(?:and|or|&)\s+)?(?:the\s+)?|\s+(?:and|or|&)\s+(?:the\s+)?", re.IGNORECASE)


def _listed_beside(group: _Group, mention: _Mention) -> bool:
    """A form of the group is the item next to `mention` in one list: two items of a list are two bodies,
    however alike their names."""
    text = mention.span.doc._.text  # the Doc keeps its text; `doc.text` is rebuilt from every token per call
    for other in group.mentions:
        first, second = sorted((other.span, mention.span), key=lambda s: s.start)
        if first.end <= second.start and LIST_GAP.fullmatch(text[first.end_char : second.start_char]):
            return True
    return False


def _unit_words(mention: _Mention) -> tuple[str, ...]:
    """The unit after an owner's possessive ('organised crime squad' of 'NSW Police Force’s
    Organised Crime Squad'), when it is a name of its own (two words or more, ending in a head)."""
    if mention.acronym or mention.owner:
        return ()
    marks = [t.i for t in mention.span if t.text in ("'s", "’s")]
    if not marks:
        return ()
    unit = norm_words(mention.span.doc[marks[-1] + 1 : mention.span.end])
    content = tuple(w for w in unit if w not in FUNCTION_WORDS)  # "Office of Law Enforcement": every body's
    return unit if len(unit) >= 2 and unit[-1] in HEAD_WORDS and not _is_generic(content) else ()


def _covers(group: _Group, mention: _Mention) -> bool:
    """The group holds the unit whose name the owner `mention` is a part of: the owner is no form of it."""
    return any(m.span.start <= mention.span.start and mention.span.end <= m.span.end for m in group.mentions)


def _skips_no_name_words(letters: str, group: _Group) -> bool:
    """Whether an acronym found inside a body's initials leaves out, before its letters, at most one word ('atf'
    of the 'Bureau of Alcohol, Tobacco, ...', 'cid' of the 'Army Criminal Investigation Division') or the words
    of a place ('hidta' of the 'Kern County High Intensity ...'): not 'atf' of the 'Regional Warrant
    Apprehension Task Force', whose skipped words are its own."""
    for mention in group.mentions:
        content = [w for w in mention.words if w not in FUNCTION_WORDS]
        content = content[2:] if content[:2] == ["united", "states"] else content[1:] if content[:1] == ["us"] \
            else content  # "U.S. Army Criminal Investigation Division": the country's letters are left out
        letters_of = "".join(w[:1] for w in content)
        at = letters_of.find(letters)
        if at <= 1:
            return True
        if at > 0 and all(w in lexicon("place_kind_words") or w in lexicon("us_states")
                          or not (noun_lemmas(w) or verb_lemmas(w)) for w in content[:at]):
            return True
    return False


def _spells_parent_only(letters: str, group: _Group) -> bool:
    """'CBP' beside 'U.S. Customs and Border Protection Office of Field Operations': an acronym spelling only a
    parent's name (ending in its head, 'Protection') that a unit's head ('Office') follows names the parent, a body
    of its own that the text writes alone (the words compared are canonical: 'field operations office')."""
    for mention in group.mentions:
        words = mention.words
        for k in range(2, len(words) - 1):
            if letters in initials(words[:k]) and words[k - 1] in HEAD_WORDS \
                    and any(w in HEAD_WORDS for w in words[k:]):
                return True
    return False


@cache
def _acronym_forms() -> dict[str, tuple[str, ...]]:
    """'sapol' -> ('south', 'australia', 'police'), from `agency_acronym_forms`."""
    pairs = (entry.partition("=") for entry in lexicon("agency_acronym_forms"))
    return {short.strip(): tuple(full.split()) for short, _, full in pairs}


def _abbreviates(letters: str, full: str) -> bool:
    """'atf' in 'batfe'; 'nypd' for 'nycpd', 'lasd' for 'lacsd' (same first and last letter, in order)."""
    if letters in full:
        return True
    if letters[0] != full[0] or letters[-1] != full[-1] or len(full) - len(letters) > 1:
        return False
    rest = iter(full)
    return all(c in rest for c in letters)


def _another_place(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """'Monroe Police Department' beside 'West Monroe Police Department': a form that opens with a place's name
    of its own, which the longer one has a direction word (or 'New') before, names another town's body."""
    extra = len(long) - len(short)
    return (long[extra:] == short and short[0] not in HEAD_WORDS | GENERIC_WORDS
            and _unknown_words_name_a_place((short[0],))
            and all(w in lexicon("agency_name_tails") or w == "new" for w in long[:extra]))


def _shorter_form_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """'criminal division' of 'justice departments criminal division'; 'us marshals' of 'us marshals service'."""
    if not short or not is_subsequence(short, long):
        return False
    if short[-1] == long[-1]:
        # the head keeps its modifier: "Postal Service" is no form of "U.S. Postal Inspection Service"
        return len(short) < 2 or _same_word(short[-2], long[-2])
    is_prefix = all(_same_word(a, b) for a, b in zip(short, long, strict=False))
    completes = long[len(short)] in COMPLEMENT_WORDS
    if is_prefix and not completes and _is_whole_name(short) and _names_a_unit(long[len(short):]):
        return False  # "U.S. Marshals Service" of "U.S. Marshals Service Gulf Coast Regional Fugitive Task Force"
    return is_prefix and (short[-1] not in STRONG_HEADS or completes)


def _is_whole_name(words: tuple[str, ...]) -> bool:
    """A whole body's name: it ends in a head word or has an 'of'/'for' complement ('Department of
    Public Safety'); 'FBI Richmond' (an acronym and a place) shortens a field office's name."""
    return words[-1] in HEAD_WORDS or any(w in ("of", "for") for w in words[1:-1])


def _names_a_unit(rest: tuple[str, ...]) -> bool:
    """Words after a body's name that name a unit of it ('gulf coast regional fugitive task force',
    'seventh district', 'troop c'), not the last word of its own name ('service' after 'u.s. marshals',
    'force' after 'nsw police')."""
    return len(rest) >= 2 and (rest[-1] in HEAD_WORDS or any(w in lexicon("agency_unit_words") for w in rest))


def _bare_word(mention: _Mention) -> str | None:
    """'police' for a bare 'Police', 'customs' for 'Customs' (`agency_bare_names`)."""
    if mention.acronym or len(mention.raw) != 1 or mention.raw[0] not in lexicon("agency_bare_names"):
        return None
    doc, end = mention.span.doc, mention.span.end
    if end < len(doc) and _is_name_word(doc[end]) and not doc[end].is_upper:
        return None  # "the Police Federation": a word of a longer name
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and _is_name_word(doc[end + 1]) and (
            doc[end + 1].lower_ not in lexicon("agency_bare_names")):
        return None  # "Police and Crime Commissioner": a word of a longer title
    return mention.raw[0]


SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "“", '"', "‘", "(", "-", "–", "—", "•"})


def _mid_sentence(span: Span) -> bool:
    """A word with a word before it on its line that does not end a sentence: 'searched by Police'."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return not (before.is_space or before.text in SENTENCE_OPENERS or "\n" in before.whitespace_)


def _proper_bare_words(mentions: list[_Mention]) -> frozenset[str]:
    """Bare service nouns written capitalized in mid-sentence in the body: the publisher's own name."""
    return frozenset(word for m in mentions if not m.headline and (word := _bare_word(m)) and _mid_sentence(m.span))


def _bounded_in_headline(span: Span) -> bool:
    """A name ending in a head word that a possessive opens and a headline verb closes."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].text in ("'s", "’s") and span[-1].lower_ in HEAD_WORDS
            and span.end < len(doc) and _is_headline_verb(doc[span.end]))


def _official_name_starts(doc: Doc) -> frozenset[int]:
    """Where the officials' names begin in their mentions (character offsets), when the pipeline found
    them first: 'Dave' in 'Attorney General Dave Yost'."""
    starts = set()
    for official in _officials_found(doc):
        first = official.name.split()[0]
        for mention in official.mentions:
            at = mention.text.find(first)
            if at > 0:
                starts.add(mention.start + at)
    return frozenset(starts)


def _officials_found(doc: Doc) -> list:
    """The officials the pipeline found before this field ran ([] when it did not)."""
    return (doc._.facts.get("officials") if isinstance(doc._.facts, dict) else None) or []


def _official_mention_starts(doc: Doc) -> frozenset[int]:
    """Where the officials' mentions begin (character offsets), when the pipeline found them first."""
    return frozenset(mention.start for official in _officials_found(doc) for mention in official.mentions)


def _cut_before_official(span: Span | None, names_at: frozenset[int]) -> Span | None:
    """'the Office of Attorney General Dave Yost' names the 'Office of Attorney General': a name never runs
    into an official's name."""
    if span is None or not names_at:
        return span
    for token in span[1:]:
        if token.idx in names_at:
            return _clean(Span(span.doc, span.start, token.i, label=span.label, span_id=span.id))
    return span


def _official_names(doc: Doc) -> frozenset[str]:
    """The officials' names and surnames, when the pipeline found them first."""
    officials = doc._.facts.get("officials") if isinstance(doc._.facts, dict) else None
    return frozenset(form for official in officials or () for form in (official.name, official.name.split()[-1]))


def _make_mention(doc: Doc, span: Span) -> _Mention:
    acronym = span.label_ == ACRONYM_LABEL
    raw = (acronym_key(span.text).lower(),) if acronym and len(span) == 1 else norm_words(span)
    words = raw if acronym else canonical(raw)
    return _Mention(span, words, acronym, _in_title(doc, span.start_char, span.end_char), raw=raw)


TOWN_WORD = "city"  # "Haines City": a town's own name ends in it, while every county's name ends in "County"


def _shared_head_lists(doc: Doc) -> list[tuple[Span, str, tuple[int, int]]]:
    """'the Beaumont, Hemet and Riverside Police Departments': places that share one plural head
    phrase. Each place gives one body, named with the phrase in the singular ('Hemet Police
    Department'); returns (place span, name, token range of the whole list)."""
    found = []
    phrase_starts = _plural_head_phrases(doc)
    heads = _plural_head_hashes()  # only these tokens can head a list: no Token built for the others
    for i in sorted(set(positions(doc, "LOWER", heads)) | phrase_starts.keys()):
        head = doc[i]
        if head.lower_ == "police":
            found.extend(_shared_police(doc, head) if head.text[:1].isupper() else _places_sharing_police(doc, head))
            continue
        places_only = head.lower_ in lexicon("agency_place_plural_heads")
        if head.lower_ not in PLURAL_HEADS and head.i not in phrase_starts and not places_only:
            continue
        shared = phrase_starts.get(head.i, head.i)
        while shared > 0 and (doc[shared - 1].lower_ in GENERIC_WORDS and doc[shared - 1].lower_ != TOWN_WORD
                              or doc[shared - 1].text in POSSESSIVES
                              or doc[shared - 1].lower_ in HEAD_WORDS
                              or (_is_acronym_word(doc[shared - 1]) and not head.text[:1].isupper())):
            shared -= 1
        shared = _after_numbered_place(doc, shared)
        described = _lowercase_kind_before(doc, shared, head)  # "the Westside and Linn interagency narcotics teams"
        shared -= described
        lowercase = _lowercase_service_phrase(doc[shared : head.i + 1]) or described > 0
        if not head.text[:1].isupper() and not lowercase and not any(
                _is_acronym_word(t) for t in doc[shared : head.i]):
            continue  # "police departments" alone; "OPP detachments" names its owner
        if head.lower_ in lexicon("agency_building_words") and any(
                t.lower_ in lexicon("agency_bare_names") for t in doc[shared : head.i]):
            continue  # "the Kessel and Lorton police stations": buildings ("Zapata and Hebbronville Stations": units)
        places = _list_before(doc, shared)
        places, shared = _states_then_common_words(doc, places, shared)
        places, shared = _regions_then_common_words(doc, places, shared)
        if len(places) < 2 and doc[shared].lower_ in lexicon("place_kind_words"):
            places = _list_before(doc, shared, repeated=doc[shared].lower_)  # "Fresno County and Kern County"
        if len(places) < 2 or any(_names_a_body(place) for place in places):
            continue  # "the FBI and Denver Police Departments": the FBI is no place
        if places_only and not (_is_place(places[-1]) and all(_no_head_word(place) for place in places)):
            continue  # "Health and Human Services", "Citizenship and Immigration Services": one name, no places
        if lowercase and not ((any(_is_place(place) for place in places) or all(
                _unknown_words_name_a_place(tuple(t.lower_ for t in place)) for place in places))
                              and all(map(_no_head_word, places))):
            continue
        words = [_singular_possessive(w) for w in doc[shared : head.i].text.split()] + [_singular(head.text)]
        phrase = " ".join(w[:1].upper() + w[1:] for w in words) if lowercase else " ".join(words)
        phrase = phrase.replace(" 's", "'s").replace(" ’s", "’s")
        owner, first_has_it = _owner_of_places(doc, places[0])
        for place in places:
            prefix = f"{owner} " if owner and not (first_has_it and place is places[0]) else ""
            own = phrase.split(" ", 1)[1] if place[-1].lower_ == doc[shared].lower_ and " " in phrase else phrase
            found.append((place, f"{prefix}{' '.join(place.text.split())} {own}", (places[0].start, head.i + 1)))
    return found


MAX_KIND_WORDS = 3


def _lowercase_kind_before(doc: Doc, shared: int, head: Token) -> int:
    """How many lowercase words of what the units do stand before a lowercase plural head ('interagency narcotics
    teams'), when the words before them are capitalized (a list of places); 0 if none."""
    if head.text[:1].isupper() or head.lower_ not in PLURAL_HEADS or shared != head.i:
        return 0
    k = shared
    while k > 0 and shared - k < MAX_KIND_WORDS and doc[k - 1].is_lower and doc[k - 1].is_alpha \
            and doc[k - 1].lower_ not in FUNCTION_WORDS:
        k -= 1
    return shared - k if k < shared and k > 0 and _is_name_word(doc[k - 1]) else 0


def _states_then_common_words(doc: Doc, places: list[Span], shared: int) -> tuple[list[Span], int]:
    """'the Ohio and Kentucky Medicaid Fraud Control Units': when the other places are states, the last one
    is its state too, and the words after it ('Medicaid Fraud') belong to the shared phrase."""
    if len(places) < 2 or not all(all(map(_is_state_word, p)) for p in places[:-1]):
        return places, shared
    last = places[-1]
    for size in range(len(last) - 1, 0, -1):
        if all(map(_is_state_word, last[:size])):
            state = Span(doc, last.start, last.start + size, label=last.label, span_id=last.id)
            return [*places[:-1], state], state.end
    return places, shared


def _regions_then_common_words(doc: Doc, places: list[Span], shared: int) -> tuple[list[Span], int]:
    """'the Southeast and Southwest Area Commands': when the other items are region words (`agency_name_tails`),
    the last is its region word too, and the words after it ('Area') belong to the shared phrase."""
    tails = lexicon("agency_name_tails")
    if len(places) < 2 or not all(len(p) == 1 and p[0].lower_ in tails for p in places[:-1]):
        return places, shared
    last = places[-1]
    size = next((k for k, token in enumerate(last) if token.lower_ not in tails), len(last))
    if size == 0 or size == len(last):
        return places, shared  # "Southwest and North Central Offices": the last item is all region words
    region = Span(doc, last.start, last.start + size, label=last.label, span_id=last.id)
    return [*places[:-1], region], region.end


def _lowercase_service_phrase(phrase: Span) -> bool:
    """'police departments', "sheriff's offices": a plural head in lower case after a service word, as
    news style writes the bodies of a list of places ('the Mesa, Gilbert and Chandler police departments')."""
    while len(phrase) > 2 and _is_place_kind(phrase[0]):
        phrase = phrase[1:]  # "the Brevard and Orange County sheriff's offices": the county is the places'
    return len(phrase) >= 2 and all(t.is_lower or t.text in POSSESSIVES for t in phrase) and all(
        t.lower_ in GENERIC_WORDS or t.text in POSSESSIVES for t in phrase[:-1])


MAX_OWNER_WORDS = 6


def _owner_of_places(doc: Doc, first: Span) -> tuple[str | None, bool]:
    """The body whose offices the places of a shared-head list are: an acronym opening the first place ('FBI
    Tampa and Miami Field Offices': True, the first place has it) or a body's name right before the list
    ('Statewide Narcotics Task Force Southwest and North Central Offices': False); (None, False) else."""
    if len(first) > 1 and _is_acronym_word(first[0]):
        return first[0].text, True
    k = first.start
    if k == 0 or doc[k - 1].lower_ not in HEAD_WORDS or not doc[k - 1].is_title:
        return None, False
    start = k - 1
    while start > 0 and k - start < MAX_OWNER_WORDS and _is_name_word_at(doc, start - 1):
        start -= 1
    return " ".join(doc[start:k].text.split()), False


@cache
def _plural_head_hashes() -> frozenset[int]:
    return frozenset(get_string_id(word) for word in PLURAL_HEADS | lexicon("agency_place_plural_heads") | {"police"})


def _plural_head_phrases(doc: Doc) -> dict[int, int]:
    """Head phrases of several words in the plural ('High Intensity Drug Trafficking Areas'), by the
    index of their last word: where a shared phrase starts."""
    return {s.end - 1: s.start for s in doc.spans.get(GROUP, [])
            if len(s) > 1 and s.id_ == HEAD_PHRASE_RULE and s[-1].lower_.endswith("s")}


def _shared_police(doc: Doc, head: Token) -> list[tuple[Span, str, tuple[int, int]]]:
    """'Greater Manchester and West Yorkshire Police': "Police" is its own plural; places that share
    it are forces each, when every place has a proper word no lexicon knows as a noun or verb
    ('Fish and Wildlife Police' is one body)."""
    nxt = head.i + 1
    districts = nxt < len(doc) and doc[nxt].text == "Districts"  # "Nepean and Mount Druitt Police Districts"
    if not districts and nxt < len(doc) and (
            doc[nxt].lower_ in HEAD_WORDS or doc[nxt].lower_ in _other_names_followers()
            or doc[nxt].lower_ in TITLE_FOLLOWERS | lexicon("agency_person_titles")):
        return []  # "Manchester and Salford Police Department"; "Nepean and Mount Druitt Police Districts";
        # "Secretary Jane S. Roe and Harbor State Police Commissioner ...": a title, no list of places
    places, shared = _states_then_common_words(doc, _list_before(doc, head.i), head.i)
    if len(places) < 2 or not all(_is_place(place) and not _names_a_body(place) and not _holds_acronym(place)
                                  for place in places):
        return []  # "the AFP and New Zealand Police": the AFP is a body of its own, no place of a police
    if " ".join(doc[places[0].start : head.i].text.lower().replace("&", "and").split()) \
            in lexicon("agency_joint_force_places"):
        return []  # "Devon and Cornwall Police": one force
    phrase = " ".join(doc[shared : head.i + 1].text.split())  # "Oregon and Washington State Police"
    if districts:
        phrase += " District"
    end = head.i + 1 + districts
    return [(place, f"{' '.join(place.text.split())} {phrase}", (places[0].start, end)) for place in places]


def _places_sharing_police(doc: Doc, head: Token) -> list[tuple[Span, str, tuple[int, int]]]:
    """'Phoenix and Mesa police': places sharing a lowercase 'police' are a force each, when the release names
    one of them as a place elsewhere (`_named_as_place`), the list stands beside a named body or every place
    has a word English does not know (`_unknown_words_name_a_place`), and none is a
    body or has a head word; 'Mexican and Colombian police' (demonyms) and 'the Phoenix and Mesa police
    officers' (people) give none."""
    if _compound_after(doc, head.i + 1):
        return []
    places = _list_before(doc, head.i)
    while places and (_names_a_body(places[0]) or not _no_head_word(places[0])):
        places = places[1:]  # "the FBI, Phoenix and Mesa police": the list's bodies share no 'police'
    if len(places) < 2 or not (_listed_beside_a_body(doc, places[0].start, head.i + 1) or any(
            all(t.lower_ in lexicon("us_states") for t in place)
            or _named_as_place(doc, tuple(t.lower_ for t in place), place.start) for place in places)
            or all(_unknown_words_name_a_place(tuple(t.lower_ for t in place)) for place in places)):
        return []
    return [(place, f"{' '.join(place.text.split())} {head.text}", (places[0].start, head.i + 1)) for place in places]


def _names_a_body(place: Span) -> bool:
    """A list member that the rules name as a body by itself ('AFP', 'LAPD', 'Europol'): no place."""
    return any(s.start < place.end and place.start < s.end and (
        s.label_ == ACRONYM_LABEL or s.id_.startswith(SINGLE_NAME_RULE)) for s in place.doc.spans.get(GROUP, []))


def _holds_acronym(place: Span) -> bool:
    """'the Kitchener RCMP and Brantford Police': a list member holding a body's known acronym is a body, which
    shares no 'Police' with the place after it."""
    return any(t.is_upper and t.lower_ in lexicon("agency_acronyms") for t in place)


def _no_head_word(span: Span) -> bool:
    return not any(t.lower_ in GENERIC_WORDS or t.lower_ in HEAD_WORDS for t in span)


def _is_place(span: Span) -> bool:
    """A list item that names a place: a word no lexicon knows ('Hemet'), or a state's or region's name
    ('South Wales'); no head or generic word."""
    words = [t.lower_ for t in span]
    if any(w in GENERIC_WORDS or w in HEAD_WORDS for w in words):
        return False
    return any(not noun_lemmas(w) and not verb_lemmas(w)
               or len(w) > MAX_CODE_LETTERS and (w in _country_words() or w in non_us_place_names()) for w in words)


def _list_before(doc: Doc, end: int, repeated: str | None = None) -> list[Span]:
    """The places of 'Beaumont, Hemet and Riverside' ending at token `end`: runs of capitalized name
    words separated by commas, with an 'and' before the last; [] when it is no such list. With `repeated`,
    the places before the last may end in that word ('Fresno County and Kern County District ...')."""
    places: list[Span] = []
    i = end
    saw_and = False
    while i > 0:
        stop = i
        if repeated is not None and places and doc[i - 1].lower_ == repeated and doc[i - 1].is_title:
            i -= 1
        while i > 0 and stop - i < 3 and (doc[i - 1].lower_ not in GENERIC_WORDS or (
                doc[i - 1].lower_ == TOWN_WORD and i == stop and not places)) and (
                _is_name_word(doc[i - 1]) or (doc[i - 1].like_num and i > 1 and _is_name_word(doc[i - 2]))):
            i -= 1  # "Thunder Bay", "Region 2", "Haines City" (the last place: `TOWN_WORD`)
            if i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
                    and _is_name_word(doc[i - 2]):
                i -= 1  # "Dyfed-Powys": a place's name joined by a hyphen
        if i == stop - 1 and doc[i].lower_ == repeated:
            i = stop  # the repeated word alone is no place
        if i == stop:
            break
        places.insert(0, Span(doc, i, stop, label="AGENCY", span_id="ag-shared-head-list"))
        if i > 0 and doc[i - 1].lower_ in ("and", "&") and not places[1:]:
            saw_and = True
            i -= 1
            if i > 0 and doc[i - 1].text == ",":
                i -= 1
            continue
        if saw_and and i > 0 and doc[i - 1].text == ",":
            i -= 1
            continue
        break
    if len(places) == 2 and doc[places[1].start - 2].text == ",":
        return []  # "CPS North West, and British Transport Police": two items take no comma before 'and'
    return places if saw_and else []


def _after_numbered_place(doc: Doc, shared: int) -> int:
    """'Region 2 and Region 4 Metro Tactical Teams': a numbered place ends where its number does, so
    the shared phrase is 'Metro Tactical Teams'."""
    i = shared
    while i > 0 and shared - i < 3 and _is_name_word(doc[i - 1]):
        i -= 1
    if i < shared and i > 1 and doc[i - 1].like_num and _is_name_word(doc[i - 2]):
        return i
    return shared


def _is_acronym_word(token: Token) -> bool:
    """'OPP', 'RCMP': an upper-case word of two or more letters."""
    return token.is_upper and token.is_alpha and len(token) >= 2


def _singular_possessive(word: str) -> str:
    """"Attorneys'" -> "Attorney's": each body of a shared-head list has one holder ('the Fresno and Kern County
    District Attorneys' Offices')."""
    for mark in ("'", "’"):
        if word.endswith(f"s{mark}") and len(word) > 3:
            return f"{_singular(word[:-1])}{mark}s"
    return word


def _singular(word: str) -> str:
    """'Departments' -> 'Department', 'Constabularies' -> 'Constabulary', keeping the capitals."""
    if word.lower().endswith("ies"):
        return word[:-3] + ("Y" if word.isupper() else "y")
    return word[:-1] if word.lower().endswith("s") else word


DISTRICT_WORDS = r"(?:[A-Z][a-z]+ ){1,2}"
DISTRICT_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
OFFICES_FOR_DISTRICTS = re.compile(
    rf"\bOffices for the (?:(?P<pair>(?P<a>[A-Z][a-z]+) and (?:the )?(?P<b>[A-Z][a-z]+) Districts of "
    rf"(?P<p>{DISTRICT_PLACE}))"
    rf"|(?P<list>{DISTRICT_WORDS}District of {DISTRICT_PLACE}(?:,? (?:and )?(?:the )?{DISTRICT_WORDS}District of "
    rf"{DISTRICT_PLACE})+))")
ONE_DISTRICT = re.compile(rf"{DISTRICT_WORDS}District of {DISTRICT_PLACE}")


def _offices_for_districts(doc: Doc) -> list[tuple[Span, str, tuple[int, int]]]:
    """"the U.S. Attorneys' Offices for the Southern District of Ohio and the Eastern District of Kentucky",
    "... for the Northern and Southern Districts of Texas": one office for each district, named in the
    singular ("U.S. Attorney's Office for the Southern District of Ohio")."""
    text, found = doc._.text, []
    if "Offices for the " not in text:  # what every match holds (a scan for it is ~25 times faster than the regex's)
        return found
    for m in OFFICES_FOR_DISTRICTS.finditer(text):
        first = doc.char_span(m.start(), m.start() + len("Offices"), alignment_mode="expand")
        k = first.start
        while k > 0 and first.start - k < 4 and doc[k - 1].lower_ != "the" and (
                doc[k - 1].text[:1].isupper() or doc[k - 1].text in POSSESSIVES or doc[k - 1].text in ("'", "’")):
            k -= 1
        if k == first.start:
            continue
        holder = " ".join(_singular_possessive(w) for w in doc[k : first.start].text.split())
        if m["pair"]:
            districts = [(m.start(x), m.end(x), f"{m[x]} District of {m['p']}") for x in ("a", "b")]
        else:
            districts = [(d.start() + m.start("list"), d.end() + m.start("list"), d[0])
                         for d in ONE_DISTRICT.finditer(m["list"])]
        end = doc.char_span(m.start(), m.end(), alignment_mode="expand").end
        for start_char, end_char, district in districts:
            place = doc.char_span(start_char, end_char, label="AGENCY", alignment_mode="expand")
            if place is not None:
                found.append((place, f"{holder} Office for the {district}", (k, end)))
    return found


NAMED_FORCES = re.compile(r"\b(?P<kind>Strike|Task) Forces (?P<list>[A-Z][\w'’-]+(?:, [A-Z][\w'’-]+)*,? and "
                          r"[A-Z][\w'’-]+)")
ONE_FORCE_NAME = re.compile(r"[A-Z][\w'’-]+")


def _named_forces(doc: Doc) -> list[tuple[Span, str, tuple[int, int]]]:
    """'Strike Forces Cunich and Eos': a plural force word before names joined by 'and' is a force for each name
    ('Strike Force Cunich', 'Strike Force Eos'), as "Operations Dragon and Phoenix" are two operations."""
    text, found = doc._.text, []
    if " Forces " not in text:
        return found
    for m in NAMED_FORCES.finditer(text):
        whole = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        for one in ONE_FORCE_NAME.finditer(m["list"]):
            start = m.start("list") + one.start()
            name = doc.char_span(start, start + len(one[0]), label="AGENCY", alignment_mode="expand")
            if name is not None and whole is not None:
                found.append((name, f"{m['kind']} Force {one[0]}", (whole.start, whole.end)))
    return found


def _list_mentions(doc: Doc) -> tuple[list[_Mention], set[int]]:
    mentions, covered = [], set()
    for place, name, (start, end) in [*_shared_head_lists(doc), *_offices_for_districts(doc), *_named_forces(doc)]:
        if _excluded(doc, place.start_char, place.end_char):
            continue
        words = canonical(tuple(w.lower().replace(".", "").replace("'s", "").replace("’s", "") for w in name.split()))
        mentions.append(_Mention(place, words, False, _in_title(doc, place.start_char, place.end_char), name))
        covered.update(range(start, end))
    return mentions, covered


def _mentions(doc: Doc) -> tuple[list[_Mention], dict[str, _Mention]]:
    mentions, covered = _list_mentions(doc)
    spans = [s for s in _candidate_spans(doc) if not any(i in covered for i in range(s.start, s.end))]
    defined: dict[str, _Mention] = {}
    taken: set[int] = set(covered)
    for span in spans:
        mention = _make_mention(doc, span)
        if not mention.words:
            continue
        mentions.append(mention)
        taken.update(range(span.start, span.end))
        inner = None if mention.acronym else _parenthesized_acronym(doc, span)  # read once for the three uses
        one_word = inner.text if inner is not None and len(inner) == 1 else None
        acronym = None if mention.acronym else (one_word or _acronym_after_other_name(doc, span))
        if acronym and acronym not in defined:
            defined[acronym] = mention
        office = _office_by_place_after_acronym(doc, inner) if one_word else None
        if office is not None and not any(i in taken for i in range(office.start, office.end)):
            words = canonical(tuple(w.lower() for w in f"{acronym} {office.text}".split()))
            mentions.append(_Mention(office, words, False, mention.headline, f"{acronym} {office.text}"))
            taken.update(range(office.start, office.end))  # "Homeland Security Investigations (HSI) Tampa"
        multi = None if mention.acronym or acronym else inner
        if (multi is not None and multi.text not in defined
                and not any(i in taken for i in range(multi.start, multi.end))):
            defined[multi.text] = mention
            for found in _multiword_acronym_spans(doc, multi, taken):
                mentions.append(_make_mention(doc, found))
                taken.update(range(found.start, found.end))
    for span in _owner_spans(spans):
        mention = _make_mention(doc, span)
        mention.owner = True
        if mention.words:
            mentions.append(mention)
    for span in _acronym_spans(doc, set(defined), taken):
        mentions.append(_make_mention(doc, span))
    return [_acronym_of_a_force(doc, mention, defined) for mention in mentions], defined


def _acronym_of_a_force(doc: Doc, mention: _Mention, defined: dict[str, _Mention]) -> _Mention:
    """'NSW and AFP Police' where the text spells out 'Australian Federal Police (AFP)': the acronym of a
    police force with 'Police' after it is the force's acronym, written twice."""
    span = mention.span
    owner = defined.get(span[0].text) if len(span) == 2 and span[1].lower_ == "police" else None
    if owner is None or owner.words[-1:] != ("police",):
        return mention
    return _make_mention(doc, Span(doc, span.start, span.start + 1, label=ACRONYM_LABEL, span_id=span.id))


def _owner_spans(spans: list[Span]) -> list[Span]:
    """'the National Crime Agency’s Armed Operations Unit', 'the DEA’s Harbor City Field Division' name
    two bodies: the unit (the whole form) and its owner, a name that ends in a head word before the
    possessive, or an acronym."""
    owners = []
    for span in spans:
        doc = span.doc
        for token in span[1:-1]:
            if token.text not in ("'s", "’s") or _holder_possessive(doc, token.i):
                continue  # "Office of the Commonwealth's Attorney" has no owner
            owner = doc[span.start : token.i]
            named = len(owner) >= 2 and (owner[-1].lower_ in HEAD_WORDS or _ends_in_complement(owner) or (
                owner[-1].is_upper and owner[-1].lower_ in lexicon("agency_detachment_acronyms"))  # "Kelowna RCMP's"
                or _head_phrase_ends_at(doc, owner.end))  # "Albuquerque Fire Rescue's Fire Marshal's Office"
            if len(owner) == 1 and owner[0].lower_ in lexicon("agency_single_names") and not owner[0].is_lower:
                owners.append(Span(doc, owner.start, owner.end, label="AGENCY", span_id=SINGLE_NAME_RULE))
                break  # "Europol’s European Financial and Economic Crime Centre": Europol is named
            if named or (len(owner) == 1 and owner[0].lower_ in lexicon("agency_acronyms")):
                owners.append(Span(doc, owner.start, owner.end,
                                   label=ACRONYM_LABEL if len(owner) == 1 else span.label, span_id=span.id))
                # a chain names each owner: "NSW Police Force's State Crime Command's Drug and Firearms Squad"
    return owners


def _head_phrase_ends_at(doc: Doc, end: int) -> bool:
    """A head phrase of several words (the 'ag-head-phrase' rules: 'Fire Rescue') ends at token `end`."""
    ends = doc.user_data.get(_HEAD_PHRASE_ENDS_KEY)
    if ends is None:  # read once per Doc: the and-join test asks it of every word before an 'and'
        ends = doc.user_data[_HEAD_PHRASE_ENDS_KEY] = frozenset(
            s.end for s in doc.spans.get(GROUP, []) if s.id_.startswith(HEAD_PHRASE_RULE))
    return end in ends


_HEAD_PHRASE_ENDS_KEY = "agencies_head_phrase_ends"
MAX_HEAD_PHRASE_WORDS = 4


def _head_phrase_in(doc: Doc, start: int, end: int) -> bool:
    """A head phrase ('Probation and Parole') ends within tokens start+1..end."""
    return any(_head_phrase_ends_at(doc, k) for k in range(start + 1, min(end, len(doc)) + 1))


def _ends_in_complement(owner: Span) -> bool:
    """'North Carolina Department of Justice': a head with its 'of' complement of name words."""
    for token in owner[:-1]:
        if token.lower_ in HEAD_WORDS and owner.doc[token.i + 1].lower_ in ("of", "for"):
            rest = owner.doc[token.i + 2 : owner.end]
            return len(rest) > 0 and all(_is_name_word(t) or t.lower_ in ("the", "and", "&", "of") for t in rest)
    return False


def _renamed_in_parentheses(doc: Doc, mentions: list[_Mention]) -> list[tuple[_Mention, _Mention]]:
    """'Spanish National Police (Policía Nacional)', 'Federal Criminal Police Office (Bundeskriminalamt,
    BKA)': a name in its own language (no English head word at its end) in parentheses right after a
    name is another name of the same body, as an acronym there is ('Drug Enforcement Administration
    (DEA)'). Returns (outer, inner) pairs."""
    by_start = {m.span.start: m for m in mentions if not m.acronym}
    pairs = []
    for outer in by_start.values():
        i = _next_token(doc, outer.span.end).i if outer.span.end < len(doc) else len(doc)
        if i >= len(doc) - 1 or doc[i].text != "(":
            continue
        inner = by_start.get(i + 1)
        if (inner is not None and inner.span.end < len(doc) and doc[inner.span.end].text in (")", ",")
                and inner.span[-1].lower_ not in HEAD_WORDS):
            pairs.append((outer, inner))  # not 'Justice Department (Criminal Division)', a unit of it
    return pairs


def _acronym_after_other_name(doc: Doc, span: Span) -> str | None:
    """'(Bundeskriminalamt, BKA)': an acronym after the body's other name inside the parentheses."""
    i = _next_token(doc, span.end).i if span.end < len(doc) else len(doc)
    if i >= len(doc) or doc[i].text != "(":
        return None
    j = i + 1
    while j < len(doc) and j - i <= MAX_FOREIGN_WORDS and _is_name_word(doc[j]) and not _is_acronym_word(doc[j]):
        j += 1
    if j == i + 1 or j + 2 >= len(doc) or doc[j].text != ",":
        return None
    acronym, close = doc[j + 1], doc[j + 2]
    return acronym.text if _is_acronym_word(acronym) and close.text == ")" else None


def extract(doc: Doc) -> list[Agency]:
    if GROUP not in doc.spans and OF_GROUP not in doc.spans:
        return []
    mentions, defined = _mentions(doc)
    grouper = _Grouper(defined, _proper_bare_words(mentions))
    body = [m for m in mentions if not m.headline]
    full = sorted((m for m in body if not m.acronym), key=lambda m: (-len(m.words), -len(m.raw), m.span.start_char))
    for mention in full:
        grouper.add(mention)
    for outer, inner in _renamed_in_parentheses(doc, body):
        grouper.merge(outer, inner)
    for mention in sorted((m for m in body if m.acronym), key=lambda m: m.span.start_char):
        grouper.add(mention)
    for mention in (m for m in mentions if m.headline):
        grouper.add(mention)
    return [_agency(group) for group in sorted(grouper.groups, key=lambda g: min(m.span.start_char
                                                                                 for m in g.mentions))]


def _agency(group: _Group) -> Agency:
    name_mention = group.longest
    aliases: list[str] = []
    seen = {name_mention.raw}
    for mention in sorted(group.mentions, key=lambda m: m.span.start_char):
        if mention.raw not in seen:
            seen.add(mention.raw)
            aliases.append(mention.text)
    mentions = [Mention(text=span_text(m.span), start=m.span.start_char, end=m.span.end_char)
                for m in sorted(group.mentions, key=lambda m: m.span.start_char)]
    return Agency(name=name_mention.text, aliases=aliases, mentions=mentions, rule=group.rule)
