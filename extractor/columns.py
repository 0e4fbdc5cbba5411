"""A Doc's token attributes as plain columns, computed once per Doc and shared by the rulers and the
field extractors.

spaCy builds a new `Token` object on every `doc[i]` and every step of `for token in doc`; a pass
that only asks each token's text or lowercase form pays for the object each time. A column
(`doc.to_array`, one C loop) gives every token's attribute hash at once: per-token tests can then be
cached per hash (a word's answer is the same wherever it occurs, as spaCy's own lexeme attributes
are), and the few tokens that need more are built as Tokens.

The columns live beside the Doc (a weak mapping), not in its user_data, so a Doc stays as
serializable as it was; a Doc whose length changed (retokenized) gets fresh columns.
"""

from __future__ import annotations

from collections.abc import Collection
from weakref import WeakKeyDictionary, ref

import numpy as np
from spacy.tokens import Doc


class _Columns:
    def __init__(self, size: int) -> None:
        self.size = size
        self.arrays: dict[str, np.ndarray] = {}
        self.lists: dict[str, list[int]] = {}


_BY_DOC: WeakKeyDictionary[Doc, _Columns] = WeakKeyDictionary()
_last: tuple[ref[Doc], _Columns] | None = None
"""The Doc asked about last and its columns: the readers of one Doc ask thousands of times in a row, and
`WeakKeyDictionary.get` is Python code (~1 µs a call); a weak reference keeps no Doc alive."""


def _columns(doc: Doc) -> _Columns:
    global _last
    last = _last
    if last is not None and last[0]() is doc and last[1].size == len(doc):
        return last[1]
    found = _BY_DOC.get(doc)
    if found is None or found.size != len(doc):
        found = _BY_DOC[doc] = _Columns(len(doc))
    _last = (ref(doc), found)
    return found


def array(doc: Doc, attr: str) -> np.ndarray:
    """Every token's `attr` ("ORTH", "LOWER", "IS_TITLE"...) as a numpy array of hashes (or 0/1 flags)."""
    columns = _columns(doc)
    values = columns.arrays.get(attr)
    if values is None:
        values = doc.to_array(attr).reshape(len(doc)) if len(doc) else np.zeros(0, dtype=np.uint64)
        columns.arrays[attr] = values
    return values


def column(doc: Doc, attr: str) -> list[int]:
    """Every token's `attr` as a list of ints, in token order."""
    columns = _columns(doc)
    values = columns.lists.get(attr)
    if values is None:
        values = columns.lists[attr] = array(doc, attr).tolist()
    return values


def positions(doc: Doc, attr: str, hashes: Collection[int]) -> list[int]:
    """The indexes of the tokens whose `attr` is one of `hashes`, in order: one numpy pass over the column
    instead of a Python step per token (a reader after a few words looks through every token of the Doc)."""
    values = array(doc, attr)
    if not hashes or not len(values):
        return []
    if len(hashes) > FEW_HASHES:
        return np.flatnonzero(np.isin(values, np.fromiter(hashes, dtype=np.uint64, count=len(hashes)))).tolist()
    found = np.zeros(len(values), dtype=bool)
    for value in hashes:  # a comparison per hash: `np.isin`'s own set-up costs more for a few
        found |= values == value
    return np.flatnonzero(found).tolist()


FEW_HASHES = 16


def token_lowers(doc: Doc, start: int, end: int) -> list[str]:
    """The lowercase forms of tokens start..end-1 (`[t.lower_ for t in doc[start:end]]`, start and end not
    negative), read off the LOWER column as `token_texts` reads the texts."""
    strings = doc.vocab.strings
    return [strings[lower] for lower in column(doc, "LOWER")[start:end]]


def token_texts(doc: Doc, start: int, end: int) -> list[str]:
    """The texts of tokens start..end-1 (`[t.text for t in doc[start:end]]` without building the Tokens):
    a reader of a few tokens looks up those words only, not every token's text."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in column(doc, "ORTH")[start:end]]
