"""Events: which token is the verb a count takes part in, and which verb an action noun stands for.

Any English verb can be a count's event ("bilked 300 investors", "were arraigned"), so verbs are not
listed: lemminflect's lexicon says whether a word form is a verb and gives its lemma. What a lexicon
cannot know lives in `patterns/lexicons/`: verbs that are never events (`non_event_verbs`), nouns that
name a group or a quantity (`collective_nouns`), action nouns whose of-phrase is the doer
(`agentive_event_nouns`), and the suffix rules that lead from an action noun to its verb
(`nominalizations`: "execution" -> "execute", checked against the lexicon).

A form that is also a noun ("arrests", "charges", "raids", "drugs") is a verb only where the context
says so: an object right after it ("Deputies Arrest 12 Suspects"), a modal, "to" or an auxiliary
before it, or a plural noun for people before it ("four defendants face", "300 officers working":
`person_nouns` and agent suffixes). Never verbs: -ing prepositions ("following", `prepositions`), the
first word of a complex preposition ("related to"), parts of hyphenated words, -s invariant nouns
("premises"). Grammar facts a lexicon lists: verbs with two objects (`ditransitive_verbs`) and verbs
without one whose past is another verb's base (`intransitive_verbs`: "lay" with an object is "lay").
Lookups are cached per lowercase form (lexicon.py), so the per-token cost is a dict hit.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.en.lex_attrs import _ordinal_words
from spacy.tokens import Doc

from extractor.fields.operations import in_headline
from extractor.lexicon import denominal_verb, lexicon, lexicon_lines, noun_lemmas, verb_lemmas

OBJECT_STARTERS = {
    "the", "a", "an", "their", "his", "her", "its", "our", "more", "nearly", "over", "about", "approximately",
    "some", "all", "another", "several", "dozens", "hundreds", "thousands", "almost", "roughly", "around",
    "less", "fewer", "just", "only", "them", "him", "these", "those", "each", "both",
}
OBJECT_QUALIFIERS = {("at", "least"), ("up", "to"), ("as", "many")}
VERB_OPENERS = {
    "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do",
    "they", "we", "he", "she", "who", "which", "that", "also", "and", "is", "are", "was", "were", "be", "been",
    "being", "has", "have", "had",
}
DETERMINERS = {"the", "a", "an", "their", "his", "her", "its", "our", "this", "these", "those", "each", "every"}
SINGULAR_DETERMINERS = {"one", "a", "an", "each", "every", "another"}
ZERO_DERIVED_BLOCKERS = {"a", "an"}  # "a raid of", "a cache of": a group or a single thing, not an event
MIN_STEM = 3
SUBORDINATORS = frozenset({"after", "because", "although", "though", "while", "whereas", "unless", "until", "when"})
"""Words that open a clause of its own before a count ('jailed after 2,300 fans lost money'): the verb before
them is another clause's; after one of them as a preposition ('after 3 raids') the count says when. Never a verb
('while away')."""
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee")
"""Suffixes of nouns for people ('officers', 'investigators', 'specialists', 'residents', 'trainees')."""
NOT_AGENT_SUFFIXES = ("ment", "ness", "ower", "ter", "ber")
"""Look-alikes that name things: 'documents', 'flowers'; and -ter/-ber words, mostly things ('computers',
'numbers'), where the person_nouns lexicon or -ster/-iter agents are the exceptions worth missing."""


_ORDINAL_WORDS = frozenset(_ordinal_words)


def _non_event_verbs() -> frozenset[str]:
    return lexicon("non_event_verbs")


@lru_cache(maxsize=65536)
def verb_form(word: str) -> tuple[str, str] | None:
    """(lemma, kind) for a verb form: kind 'past' ('seized', 'led'), 'ing', or 'base' ('seize', 'arrests');
    None when the lexicon knows no verb of this form or the verb is never an event."""
    if word in SUBORDINATORS or (word in _ORDINAL_WORDS and word in verb_lemmas(word)):
        return None  # "while processing", "second degree": a conjunction, an ordinal ("seconded" is a verb)
    lemmas = verb_lemmas(word)
    if not lemmas:
        noun = denominal_verb(word)  # "were summonsed"
        return (noun, "past") if noun is not None and noun not in _non_event_verbs() else None
    lemma = lemmas[0]
    if lemma in _non_event_verbs():
        return None
    if word.endswith("ing") and word != lemma:
        return lemma, "ing"
    if word == lemma or word.endswith("s"):
        return lemma, "base"
    return lemma, "past"  # also 'found', 'saw': the past of 'find', 'see' before the rarer verbs 'found', 'saw'





def is_participle(word: str) -> bool:
    """'seized', 'laid', 'stolen', 'taken': a past form the lexicon knows, or a regular -ed/-en spelling."""
    found = verb_form(word)
    return (found is not None and found[1] == "past") or (word.endswith(("ed", "en")) and bool(verb_lemmas(word)))


@lru_cache(maxsize=65536)
def is_past_participle(word: str) -> bool:
    """'taken', 'charged', 'laid' but not 'took', 'saw': the form that describes what undergoes the verb."""
    from lemminflect import getInflection

    found = verb_form(word)
    return found is not None and found[1] == "past" and word in getInflection(found[0], "VBN")


@lru_cache(maxsize=65536)
def is_only_past_participle(word: str) -> bool:
    """'known', 'stolen', 'taken' but not 'seized' or 'led', which are past tenses too: a form that can only
    describe what undergoes the verb, never be a subject's finite verb."""
    from lemminflect import getInflection

    return is_past_participle(word) and word not in getInflection(verb_form(word)[0], "VBD")


def event_at(doc: Doc, k: int) -> str | None:
    """The lemma of the verb at token k, when it is one in this context."""
    tok = doc[k]
    if not tok.is_alpha or len(tok.text) < 2:
        return None
    word = tok.lower_
    found = verb_form(word)
    if found is None:
        return "have" if _possessive_have(doc, k) else None
    if _is_prepositional_participle(word) or (word.endswith("s") and word in lexicon("invariant_plurals")) \
            or _in_hyphenated_word(doc, k):
        return None  # "following", "premises", "stash-house": a preposition, a noun, part of a word
    if k + 1 < len(doc) and f"{word} {doc[k + 1].lower_}" in lexicon("complex_prepositions"):
        return None  # "arrests related to retail crime", "pertaining to the cases": a preposition
    lemma, kind = found
    if kind == "past":
        base_too = tok.lower_ in verb_lemmas(tok.lower_)
        if base_too and ((k > 0 and _opens_a_base_form(doc[k - 1].lower_))
                         or (lemma in lexicon("intransitive_verbs") and _object_follows(doc, k))):
            return tok.lower_ if tok.lower_ not in _non_event_verbs() else None  # "to lay charges", "OPP lay charges"
        return lemma
    if kind == "base" and not noun_lemmas(tok.lower_):  # "seize", "recovers": no noun reading
        return lemma
    return lemma if _verbal_context(doc, k) else None


def is_inner_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen the tokenizer split out of one word ('co-defendants', 'stash-house')."""
    return 0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha


def _in_hyphenated_word(doc: Doc, k: int) -> bool:
    """'stash-house presses', 'court-ordered payments': a part of one hyphenated word is no verb."""
    return is_inner_hyphen(doc, k + 1) or is_inner_hyphen(doc, k - 1)


def _is_prepositional_participle(word: str) -> bool:
    """'following', 'regarding', 'pending': -ing forms that the prepositions lexicon lists; used as
    prepositions ('163 offences following an operation'), never a count's verb."""
    return word.endswith("ing") and word in lexicon("prepositions")


HAVE_OBJECT_FILLERS = {"only", "just", "about", "nearly", "over", "more", "at", "least", "some", "approximately"}


def _object_follows(doc: Doc, k: int) -> bool:
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is not None and (nxt.like_num or nxt.lower_ in OBJECT_STARTERS)


def _opens_a_base_form(word: str) -> bool:
    """'to' and the modals ('will lay charges'), and 'do' ('did find'): a verb's base form follows them."""
    return word in lexicon("modal_verbs") or "do" in verb_lemmas(word)


def _possessive_have(doc: Doc, k: int) -> bool:
    """'OJP has six components', 'who had only one leg': 'have' as the main verb, with a number for its
    object; as an auxiliary ('have arrested 12') it is no event."""
    if "have" not in verb_lemmas(doc[k].lower_):
        return False
    m = k + 1
    while m < len(doc) and m - k <= 3 and doc[m].lower_ in HAVE_OBJECT_FILLERS:
        m += 1
    return m < len(doc) and doc[m].like_num


@lru_cache(maxsize=16384)
def is_plural_person_noun(word: str) -> bool:
    """'officers', 'men', 'suspects', 'police': a plural noun for people (the person_nouns lexicon, or a noun
    with an agent suffix). Before an -ing verb such a noun is its subject ('three men carrying knives'),
    where a thing noun would be a modifier ('firearms trafficking investigations')."""
    if word in lexicon("person_nouns") and (word == "people" or word in lexicon("invariant_plurals")):
        return True  # "people" is its own lemma in lemminflect; "police", "staff" do not change
    lemmas = noun_lemmas(word)
    if not lemmas or lemmas[0] == word:
        return False
    lemma = lemmas[0]
    return lemma in lexicon("person_nouns") or (
        len(lemma) > 4 and lemma.endswith(AGENT_SUFFIXES) and not lemma.endswith(NOT_AGENT_SUFFIXES))


def describes_plural_person(doc: Doc, k: int) -> bool:
    """An -ing verb right after a plural noun for people: '300 officers working in unison'."""
    if k == 0 or not doc[k].lower_.endswith("ing") or not doc[k].is_lower:
        return False
    found = verb_form(doc[k].lower_)
    return found is not None and found[1] == "ing" and is_plural_person_noun(doc[k - 1].lower_)


ADVERB_PARTICLES = frozenset({"up", "down", "out", "off", "away"})
"""Particles of phrasal verbs that a verb's object may follow ('turned up 40 phones', 'took down 3 gangs')."""


def _verbal_context(doc: Doc, k: int) -> bool:
    """'Arrest 12 Suspects', 'will charge the men', 'to search homes': the word takes an object or follows
    a modal, 'to' or a subject pronoun; 'the arrests', '37 arrests and' are nouns."""
    prev = doc[k - 1].lower_ if k > 0 else ""
    if prev in DETERMINERS or (k > 0 and doc[k - 1].like_num and not doc[k].lower_.endswith("ing")):
        return False  # "the arrests", "37 arrests"; but "$20 million involving 250 victims"
    if _head_of_compound_noun(doc, k):
        return False  # "a prostitution sting over the weekend"
    if prev != "to" and prev in lexicon("prepositions") and doc[k].lower_ in verb_lemmas(doc[k].lower_):
        return False  # "seized $48,700 in counterfeit Federal Reserve notes": a base form after a preposition
    if prev == "and" and (_noun_before_participle(doc, k) or _second_plural_noun(doc, k)):
        return False  # "22 Members and Associates Charged", "34 arrests and warrants for seven more": nouns
    if prev in VERB_OPENERS or describes_plural_person(doc, k) or _follows_plural_person_subject(doc, k):
        return True
    if k + 1 >= len(doc):
        return False
    nxt = doc[k + 1]
    if tok_is_lower_verb_before_name(doc, k) or _agrees_with_singular_subject(doc, k):
        return True
    if k + 2 < len(doc) and (nxt.lower_, doc[k + 2].lower_) in OBJECT_QUALIFIERS:
        return True
    after = doc[k + 2] if k + 2 < len(doc) else None
    if after is not None and _takes_preposition(doc[k].lower_, nxt.lower_) \
            and (after.like_num or after.lower_ in OBJECT_STARTERS) \
            and not verb_lemmas(prev) and doc[k].lower_ not in verb_lemmas(doc[k].lower_):
        return True  # "Operation results in 27 arrests", "leads to 12 charges"; not "filed charges in 12 cases"
    if nxt.lower_ in ADVERB_PARTICLES and after is not None and (after.like_num or after.lower_ in OBJECT_STARTERS):
        return True  # "Sweep Turns Up 1,140 Cellphones", "Deputies Round Up 12 Suspects": a verb and its particle
    return nxt.like_num or nxt.is_currency or nxt.lower_ in OBJECT_STARTERS  # "seizing £312,649 in cash"


def _head_of_compound_noun(doc: Doc, k: int) -> bool:
    """'a prostitution sting', 'the drug sweep': a base form after a determiner and a singular noun that is
    no person heads a compound noun ('the police arrest 12' has people before the verb)."""
    if k < 2 or doc[k - 2].lower_ not in DETERMINERS or doc[k].lower_ not in verb_lemmas(doc[k].lower_) \
            or (k + 1 < len(doc) and doc[k + 1].like_num):
        return False  # "lets the office hire two analysts": a number after it is the verb's object
    before = doc[k - 1].lower_
    lemmas = noun_lemmas(before)
    return doc[k - 1].is_lower and bool(lemmas) and lemmas[0] == before and not verb_lemmas(before) \
        and before not in lexicon("person_nouns") and not is_plural_person_noun(before)


def _noun_before_participle(doc: Doc, k: int) -> bool:
    """A plural form the lexicon also knows as a noun, with a past participle after it: 'associates
    charged', 'dealers sentenced'; the -s form is a noun, the participle its verb."""
    word = doc[k].lower_
    lemmas = noun_lemmas(word)
    if not word.endswith("s") or not lemmas or lemmas[0] == word or k + 1 >= len(doc):
        return False
    return doc[k + 1].is_alpha and is_past_participle(doc[k + 1].lower_)


def _follows_plural_person_subject(doc: Doc, k: int) -> bool:
    """'four defendants face firearms counts', 'suspects remain': a base form after a plural noun for people
    agrees with it as its verb."""
    word = doc[k].lower_
    if k < 1 or not (doc[k].is_lower and doc[k - 1].is_lower or _both_title_case_in_headline(doc, k)):
        return False
    return word in verb_lemmas(word) and word not in lexicon("person_nouns") \
        and is_plural_person_noun(doc[k - 1].lower_)  # not "police staff"


def _both_title_case_in_headline(doc: Doc, k: int) -> bool:
    """'More Than 100 Officers Take Part': a headline capitalizes the verb as it does the noun."""
    return doc[k].is_title and doc[k - 1].is_title and in_headline(doc, doc._.text, doc[k].idx, doc[k].idx + 1)


def _second_plural_noun(doc: Doc, k: int) -> bool:
    """'arrests and warrants', 'citations and warnings': an -s form with a noun reading after 'and' and a
    plural noun is the second noun of a pair, not a verb."""
    word, before = doc[k].lower_, doc[k - 2].lower_ if k >= 2 else ""
    lemmas, before_lemmas = noun_lemmas(word), noun_lemmas(before)
    return word.endswith("s") and bool(lemmas) and lemmas[0] != word and before.endswith("s") \
        and bool(before_lemmas) and before_lemmas[0] != before


def _agrees_with_singular_subject(doc: Doc, k: int) -> bool:
    """'One officer faces charges', 'a man remains': an -s form after a singular noun opened by 'one' or 'a'
    is the verb; a plural noun reads the other way ('the drug arrests')."""
    if k < 2 or not doc[k].lower_.endswith("s") or doc[k - 2].lower_ not in SINGULAR_DETERMINERS:
        return False
    subject = doc[k - 1].lower_
    lemmas = noun_lemmas(subject)
    return doc[k - 1].is_alpha and bool(lemmas) and lemmas[0] == subject and doc[k].is_lower


def _takes_preposition(word: str, preposition: str) -> bool:
    """'results in', 'leads to', 'accounting for': the verb takes its object through this preposition."""
    if preposition in ("in", "to"):
        return True
    found = verb_form(word)
    return found is not None and f"{found[0]} {preposition}" in lexicon("prepositional_verbs")


def tok_is_lower_verb_before_name(doc: Doc, k: int) -> bool:
    """'the indictment charges Raul Portillo': a lowercase verb form before a capitalized name."""
    return doc[k].is_lower and k + 1 < len(doc) and doc[k + 1].is_title and not doc[k + 1].is_sent_start


@lru_cache(maxsize=16384)
def verb_of_action_noun(word: str) -> str | None:
    """The verb an action noun stands for: 'arrests' -> 'arrest', 'execution' -> 'execute',
    'seizure' -> 'seize', 'recovery' -> 'recover'; None for nouns of groups, quantities or doers."""
    nouns = noun_lemmas(word)
    if not nouns:  # "trafficking of 20 women": an -ing form the lexicon knows only as a verb
        found = verb_form(word)
        return found[0] if found is not None and found[1] == "ing" else None
    noun = nouns[0]
    if noun in lexicon("collective_nouns") or noun in lexicon("agentive_event_nouns") or noun in lexicon("thing_nouns"):
        return None
    if noun in lexicon("action_nouns_zero_derived"):
        return noun
    also_verb = noun in verb_lemmas(noun)  # 'closure' gives 'close'; 'pressure' is no act of pressing
    for rule in lexicon_lines("nominalizations"):
        suffix, _, replacement = (part.strip() for part in rule.partition("->"))
        if also_verb and not replacement:
            continue
        if noun.endswith(suffix) and len(noun) - len(suffix) >= MIN_STEM:
            candidate = noun[: len(noun) - len(suffix)] + replacement
            if candidate in verb_lemmas(candidate) and candidate not in _non_event_verbs():
                return candidate  # also when the lexicon lists the noun as a rare verb too ('closure')
    return None


def is_zero_derived(word: str) -> bool:
    """'arrest', 'raid', 'charges': the noun is spelled like its verb."""
    nouns = noun_lemmas(word)
    noun = nouns[0] if nouns else word
    return noun in verb_lemmas(noun)


class EventIndex:
    """Token index -> (lemma, rule id) for the verbs a count may take part in, computed on first use.

    Tokens inside names (operations, dates) are blocked: 'Operation Stolen Dreams' names no event.
    """

    def __init__(self, doc: Doc, blocked: set[int]) -> None:
        self.doc = doc
        self.blocked = blocked
        self.cache: dict[int, tuple[str, str] | None] = {}

    def _lookup(self, k: int) -> tuple[str, str] | None:
        if k in self.cache:
            return self.cache[k]
        found = None
        if 0 <= k < len(self.doc) and k not in self.blocked:
            lemma = event_at(self.doc, k)
            if lemma is not None:
                found = (lemma, "event-verb")
        self.cache[k] = found
        return found

    def __contains__(self, k: object) -> bool:
        return isinstance(k, int) and self._lookup(k) is not None

    def __getitem__(self, k: int) -> tuple[str, str]:
        found = self._lookup(k)
        if found is None:
            raise KeyError(k)
        return found
