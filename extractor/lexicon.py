"""Named word lists from `patterns/lexicons/NAME.txt`, and lexicon-backed word forms.

A word list lives once, as data: rules and code both read it by name (`lexicon("event_nouns")`).
Verb and noun forms come from lemminflect's English lexicon (no model, no download) instead of
lists of the words one corpus happens to contain. Every lookup is cached per lowercase form, as
spaCy's own lookups are, so the per-token hot path stays a dict hit.
"""

from __future__ import annotations

from functools import cache, lru_cache

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
def verb_lemmas(word: str) -> tuple[str, ...]:
    """Every verb lemma lemminflect knows for this form ('nabbed' -> ('nab',)); () if it is no verb form."""
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower(), upos="VERB").get("VERB", ())


@lru_cache(maxsize=65536)
def noun_lemmas(word: str) -> tuple[str, ...]:
    """Every noun lemma lemminflect knows for this form ('knives' -> ('knife',)); () if none."""
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower(), upos="NOUN").get("NOUN", ())


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
    from lemminflect import getAllLemmas

    word = word.lower()
    return bool(getAllLemmas(word, upos="ADV")) and not noun_lemmas(word)
