"""A Doc's token attributes as plain columns, computed once per Doc and shared by the field extractors.

spaCy builds a new `Token` object on every `doc[i]` and every step of `for token in doc`; a pass
that only asks each token's text or lowercase form pays for the object each time. A column
(`doc.to_array`, one C loop) gives every token's attribute hash at once: per-token tests can then be
cached per hash (a word's answer is the same wherever it occurs, as spaCy's own lexeme attributes
are), and the few tokens that need more are built as Tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc

COLUMNS_KEY = "press_columns"


def column(doc: Doc, attr: str) -> list[int]:
    """Every token's `attr` ("ORTH", "LOWER", ...) as hashes, in token order."""
    columns = doc.user_data.get(COLUMNS_KEY)
    if columns is None:
        columns = doc.user_data[COLUMNS_KEY] = {}
    values = columns.get(attr)
    if values is None:
        values = columns[attr] = doc.to_array(attr).tolist() if len(doc) else []
    return values
