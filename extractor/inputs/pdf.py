"""PDF releases with a text layer (pypdf). A scanned PDF without text is an error, not an empty record.

pypdf's plain extraction ends every printed line with a newline and drops the space between
paragraphs, so names wrapped at the margin ("Drug / Enforcement Administration") and words
hyphenated there fall apart, and the headline runs into the body. The text is therefore read in
pypdf's layout mode (blank lines where the page has vertical gaps), and lines are rejoined:
a line that reaches the right margin continues on the next one; a line ending in a hyphen joins
the next without a space. The first paragraph (the headline) is followed by a blank line, so it
is read as the title as in a plain-text release.

Known limits: multi-column pages are read across the columns; a line that happens to end near
the margin before a real line break is joined to the next; a compound split after its hyphen
keeps its hyphen when the next line starts with a capital or a digit ("Miami-/Dade"), or when its
second part is a word and the joined form is not ("drug-/trafficking"); lemminflect's English
lexicon decides what is a word, so a rare word broken at the margin may keep a stray hyphen.
"""

from __future__ import annotations

import io
import logging
import re
import warnings as py_warnings
from collections.abc import Iterator
from contextlib import contextmanager

from extractor.inputs.base import InputError, LoadedText

FIT_SHARE = 0.9
"""A line wrapped when it and the next line's first word would fill this share of the widest
line: the writer moved the word down because it did not fit."""
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_BROKEN_WORD = re.compile(r"[A-Za-z][-\u00ad]$")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
"""Typeset ligatures as their letters: "oﬃcers" must read "officers" for any rule to match it."""
_PAGE_NUMBER = re.compile(r"(?i)(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-")


def pdf_to_text(data: bytes, truncated: bool = False, source: str = "<stdin>") -> LoadedText:
    """The text layer, lines rejoined into paragraphs; pypdf's complaints become warnings."""
    if truncated:
        raise InputError("too-large", "the PDF is larger than --max-bytes and cannot be read in part")
    failure: InputError | None = None
    with pypdf_messages() as messages:
        try:
            pages = _read_pages(data)
        except InputError as err:
            failure = err
    messages = list(dict.fromkeys(messages))
    if failure is not None:
        said = f" (pypdf: {'; '.join(messages)})" if messages else ""
        raise InputError(failure.kind, f"{failure.message}{said}")
    text = rejoin_lines(pages).translate(_LIGATURES)
    notes = [f"{source}: pypdf: {m}" for m in messages]
    if not text.strip():
        raise InputError("empty", "the PDF has no text layer (scanned image?)")
    return LoadedText(text, notes, input_format="pdf")


def _read_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        return [_page_text(page) for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError, IndexError) as err:
        raise InputError("malformed", f"not a readable PDF: {err}") from None


def _page_text(page: object) -> str:
    try:
        return page.extract_text(extraction_mode="layout") or ""  # type: ignore[attr-defined]
    except (ValueError, KeyError, TypeError, ZeroDivisionError, IndexError):
        return page.extract_text() or ""  # type: ignore[attr-defined]


class _Collect(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(" ".join(record.getMessage().split()))


@contextmanager
def pypdf_messages() -> Iterator[list[str]]:
    """pypdf logs ('EOF marker not found') and warns; catch both for the record, not stderr."""
    logger = logging.getLogger("pypdf")
    sink: list[str] = []
    handler = _Collect(sink)
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        with py_warnings.catch_warnings(record=True) as caught:
            py_warnings.simplefilter("always")
            yield sink
        sink.extend(" ".join(str(w.message).split()) for w in caught)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def rejoin_lines(pages: list[str]) -> str:
    """Paragraphs at blank lines; inside one, a line that reached the margin runs on, also from
    one page to the next. Lone page numbers at the top or foot of a page go."""
    lines: list[str | None] = []
    for page in pages:
        page_lines = [_SPACES.sub(" ", line).strip() for line in page.replace("\r\n", "\n").split("\n")]
        while page_lines and (not page_lines[-1] or _PAGE_NUMBER.fullmatch(page_lines[-1])):
            page_lines.pop()
        while page_lines and (not page_lines[0] or _PAGE_NUMBER.fullmatch(page_lines[0])):
            page_lines.pop(0)
        if page_lines:
            lines.extend([*page_lines, None])
    width = max((text_width(line) for line in lines if line), default=0.0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if line is None and current and _runs_on(current, width):
            continue  # the paragraph goes on over the page break
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = _join(current, line, width) if current else line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def text_width(text: str) -> float:
    """Width in lowercase-letter units: capitals are wider, spaces and punctuation narrower, as in
    every proportional font (layout mode counts characters, not points)."""
    return sum(1.3 if c.isupper() else 1.0 if c.isalpha() else 1.1 if c.isdigit() else
               0.55 if c.isspace() or c in ".,;:'’!|()[]-" else 1.0 for c in text)


def _runs_on(current: str, width: float, nxt: str = "") -> bool:
    """The last line ends in a broken word, or the next line's first word would not have fit."""
    last = current.rsplit("\n", 1)[-1]
    word = nxt.split(" ", 1)[0] if nxt else "m" * 4
    return bool(_BROKEN_WORD.search(last)) or text_width(f"{last} {word}") >= FIT_SHARE * width


def _join(current: str, line: str, width: float) -> str:
    """Append `line` to the paragraph so far: after a broken word, a wrapped line, or a line break."""
    last = current.rsplit("\n", 1)[-1]
    if _BROKEN_WORD.search(last):
        if line[0].islower() and not _is_compound(last.rsplit(" ", 1)[-1][:-1], line.split(" ", 1)[0]):
            return current[:-1] + line  # "Admin-" + "istration", "metham-" + "phetamine"
        return current + line  # "Miami-" + "Dade", "MS-" + "13", "drug-" + "trafficking"
    if _runs_on(current, width, line):
        return f"{current} {line}"
    return f"{current}\n{line}"


def _is_compound(head: str, tail: str) -> bool:
    """'drug-' + 'trafficking' is a compound (its second part is a word, the joined form is not);
    'Admin-' + 'istration' and 'metham-' + 'phetamine' are one word broken at the margin."""
    from lemminflect import getAllLemmas

    tail = tail.rstrip(".,;:!?)”’\"'")
    return bool(getAllLemmas(tail.lower())) and not getAllLemmas((head + tail).lower())
