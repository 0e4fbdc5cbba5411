"""Metadata lines, dateline and headline: the release date and title, and the character ranges
that are metadata (no count, official or agency may come from them)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
FULL_DATE_RE = re.compile(
    rf"\b{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
ISO_DATE_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
ARCHIVE_PREFIX_RE = re.compile(r"\A\s*date\s+(?P<date>\d{4}-\d\d-\d\d)\b[ \t]*")
DATE_LINE_RE = re.compile(r"^[ \t]*(?:release\s+)?date[ \t]*:[ \t]*(?P<date>[^\n]+?)[ \t]*$", re.I | re.M)
IMMEDIATE_RE = re.compile(r"^[ \t]*for immediate release\b[ \t]*[:.\-–—]?[ \t]*", re.I | re.M)
CONTACT_RE = re.compile(r"^[ \t]*(?:media )?contacts?[ \t]*:[^\n]*$", re.I | re.M)
DATELINE_RE = re.compile(
    r"^[ \t(]*[A-Z][A-Za-z .'’]+(?:,[ \t]*[A-Z][A-Za-z .]+)?[,)]?[ \t]+"
    rf"(?P<date>{_MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d)[ \t]*[-–—]",
    re.M,
)
LONE_DATE_LINE_RE = re.compile(
    r"^[ \t]*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    rf"(?P<date>{_MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d)[ \t]*$",
    re.I | re.M,
)
_HEADER_LINES = 8


@dataclass
class Metadata:
    """What the header tells about a release, with the ranges the header occupies."""

    release_date: dt.date | None = None
    release_date_source: str | None = None
    title: str | None = None
    title_range: tuple[int, int] | None = None
    excluded: list[tuple[int, int]] = field(default_factory=list)
    body_start: int = 0

    def is_excluded(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a metadata range."""
        return any(start < e and s < end for s, e in self.excluded)


def parse_date_text(text: str) -> dt.date | None:
    """Parse a full date written as ISO or as 'Month D, YYYY'; None when it is not one."""
    m = ISO_DATE_RE.search(text)
    if m:
        return _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    m = FULL_DATE_RE.search(text)
    if m:
        return _safe_date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_metadata(text: str, release_date: dt.date | None = None) -> Metadata:
    """Find the header's facts; an explicit `release_date` wins over anything in the text."""
    meta = Metadata()
    _read_header_lines(text, meta)
    _read_title(text, meta)
    if meta.release_date is None:
        _read_dateline(text, meta)
    if meta.release_date is None:
        _read_first_paragraph_date(text, meta)
    if release_date is not None:
        meta.release_date, meta.release_date_source = release_date, "given"
    return meta


def _header_end(text: str) -> int:
    """Offset of the end of the first few lines, where metadata may stand."""
    pos = 0
    for _ in range(_HEADER_LINES):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


def _read_header_lines(text: str, meta: Metadata) -> None:
    m = ARCHIVE_PREFIX_RE.match(text)
    if m:
        meta.release_date = parse_date_text(m["date"])
        meta.release_date_source = "metadata"
        meta.excluded.append((m.start("date") - len("date") - 1 if m.start("date") > 4 else 0, m.end()))
        meta.body_start = m.end()
    limit = _header_end(text)
    for m in DATE_LINE_RE.finditer(text, 0, limit):
        value = parse_date_text(m["date"])
        if value is not None:
            if meta.release_date is None:
                meta.release_date, meta.release_date_source = value, "metadata"
            meta.excluded.append((m.start(), m.end()))
            meta.body_start = max(meta.body_start, m.end())
    for m in IMMEDIATE_RE.finditer(text, 0, limit):
        meta.excluded.append((m.start(), m.end()))
        meta.body_start = max(meta.body_start, m.end())
    for m in CONTACT_RE.finditer(text):
        meta.excluded.append((m.start(), m.end()))
    if meta.release_date is None:
        m = LONE_DATE_LINE_RE.search(text, 0, limit)
        if m:
            meta.release_date = parse_date_text(m["date"])
            meta.release_date_source = "date line"
            meta.excluded.append((m.start(), m.end()))


def _read_title(text: str, meta: Metadata) -> None:
    """The first line that is not metadata is a headline when a blank line follows it and it
    reads like one (not a long sentence ending in a period)."""
    start = ARCHIVE_PREFIX_RE.match(text).end() if ARCHIVE_PREFIX_RE.match(text) else 0
    end = -1
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            return
        start = _skip_excluded(start, end, meta)
        if text[start:end].strip():
            break
        start = end + 1
    if end < 0:
        return
    line = text[start:end].rstrip()
    lead = len(line) - len(line.lstrip())
    followed_by_blank = not text[end + 1 :].split("\n", 1)[0].strip()
    if not line.strip() or not followed_by_blank or len(line) > 300:
        return
    if line.endswith(".") and len(line.split()) > 12:
        return
    meta.title = line.strip()
    meta.title_range = (start + lead, start + len(line))


def _skip_excluded(start: int, end: int, meta: Metadata) -> int:
    """Move `start` past the metadata ranges that cover the start of the line [start, end)."""
    for s, e in sorted(meta.excluded):
        if s <= start < e:
            start = min(e, end)
    return start


def _read_dateline(text: str, meta: Metadata) -> None:
    m = DATELINE_RE.search(text, meta.body_start, _header_end(text))
    if m:
        meta.release_date = parse_date_text(m["date"])
        meta.release_date_source = "dateline"


def _first_paragraph(text: str, meta: Metadata) -> tuple[int, int]:
    start = meta.title_range[1] if meta.title_range else meta.body_start
    while start < len(text) and text[start] in " \t\n":
        start += 1
    end = text.find("\n\n", start)
    return start, (len(text) if end < 0 else end)


def _read_first_paragraph_date(text: str, meta: Metadata) -> None:
    start, end = _first_paragraph(text, meta)
    m = FULL_DATE_RE.search(text, start, end)
    if m:
        meta.release_date = parse_date_text(m.group(0))
        meta.release_date_source = "first paragraph"
