"""Metadata lines, dateline and headline: the release date and title, and the character ranges
that are metadata (no count, official or agency may come from them).

Release-date sources, first found wins: a `date YYYY-MM-DD` prefix or a `Date: ...` line; a date
line in the header (alone, after a label such as "Media Release •", before "Contact:", a time, a place
("March 27, 2026    Windsor, Ontario") or a "(City, ST) –" dateline, above or below the headline); a
dateline ("LOS ANGELES, Jan. 31, 2024 –", "ALBANY, N.Y. (September 6, 2007) -", or a place and date on a
line of their own: "The Hague, 18 February 2026"); a closing "Released <date>" line (in digits too, by
the release's locale); else the first full date of the first paragraph. Dates are written month first
("Jan. 31, 2024") or day first ("19 September 2023", "Wednesday, 8 March 2023"), with or without a
weekday."""

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
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_MONTH_RE = rf"(?P<month>{_MONTH})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d\b"
FULL_DATE_RE = re.compile(
    rf"\b{_MONTH_RE}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>{_YEAR})",
    re.IGNORECASE,
)
DAY_FIRST_DATE_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+(?P<year>{_YEAR})",
    re.IGNORECASE,
)
ISO_DATE_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
NUMERIC_DATE_RE = re.compile(r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b")
# One written date, either order, with an optional weekday before it (no named groups: used inside
# larger patterns).
ANY_DATE = (rf"{_WEEKDAY}?(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+{_YEAR}"
            rf"|\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}|(?:19|20)\d\d-\d\d-\d\d\b)")
_NUMERIC_DATE = r"\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b"
_TIME = r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)|\d{1,2}:\d\d(?:\s?(?:[ap]\.?m\.?))?)(?:\s+[A-Z]{2,5}\b)?"
_LABEL = (r"(?:(?:press|media|news)\s+(?:release|statement|advisory)|for\s+immediate\s+release|for\s+release"
          r"|published|posted|released|issued|updated|date|news|by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
          r"(?:\s+on)?")
_SEP = r"[ \t]*[|•·:,\-–—]?[ \t]*"
ARCHIVE_PREFIX_RE = re.compile(r"\A\s*date\s+(?P<date>\d{4}-\d\d-\d\d)\b[ \t]*")
DATE_LINE_RE = re.compile(r"^[ \t]*(?:release\s+)?date[ \t]*:[ \t]*(?P<date>[^\n]+?)[ \t]*$", re.I | re.M)
IMMEDIATE_RE = re.compile(r"^[ \t]*(?:for immediate release|(?:media|news|press) release)\b[ \t]*[:.\-–—•|]?[ \t]*",
                          re.I | re.M)
CONTACT_RE = re.compile(rf"^[ \t]*(?:{ANY_DATE}[ \t]+)?(?P<label>(?:(?:(?:media|press) )?"
                        r"(?:contacts?|enquiries|inquiries|for (?:more|further) information)\b[^\n:]{0,30}"
                        r"|(?:media|press|public) (?:relations|affairs|information)(?: office(?:r)?)?"
                        r"|(?:press|media|public information) officer)[ \t]*:[^\n]*$)",
                        re.I | re.M)
"""'Contact:', 'Media Enquiries:', 'Media Relations:', 'Public Information Officer: Deputy Jane Roe, (606) ...':
a line that says whom to call, and the block under it, feed nothing."""
LETTERHEAD_RE = re.compile(r"^[ \t]*(?:news\s+(?:release\s+)?from\b[^\n]*|(?:source[ \t]*:|issued by\b)[^\n]*"
                           r"|(?:press|media|news) release[ \t]*:(?:[ \t]*(?-i:[A-Z])[\w.'’&()-]*){1,6}[ \t]*)$",
                           re.I | re.M)
"""'News from Attorney General ...', 'Press Release: New Zealand Police' (names only: not 'MEDIA RELEASE: Dallas
County DA ... Announces the ...', a headline), 'Source: New Zealand Police (District News)', 'Issued by Police
Media Centre': lines that say who published the release."""
ATTRIBUTION_RE = re.compile(r"^[^\n]*\bplease attribute\b[^\n]*$|^[ \t]*attribut(?:e|ed|able)[ \t]+to\b[^\n]*$",
                            re.I | re.M)
"""'Please attribute to ...', and a line opening 'Attributed to' / 'Attributable to' (New Zealand Police): whose
words the release gives, no fact of its own."""
ATTRIBUTION_WORDS_RE = re.compile(r"please attribute|attribut(?:e|ed|able)[ \t]+to", re.I)
"""What every ATTRIBUTION_RE line holds: searched first, as ATTRIBUTION_RE rescans every line from its start."""
# A header line that starts with a date: alone, after a label or a time, or before a time, a
# separator, "Contact:" or a "(City, ST) –" dateline.
_PLACE_WORD = r"[A-Z][\w.'’-]*"
_PLACE_NAME = rf"{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}}"
_PLACE_TAIL = rf"{_PLACE_NAME}(?:,[ \t]*{_PLACE_NAME})?[ \t]*$"
"""'March 27, 2026    Windsor, Ontario': a place after the date, to the end of its line."""
HEADER_DATE_RE = re.compile(
    rf"^[ \t]*(?:{_LABEL}{_SEP})?(?:{_TIME}{_SEP})?\(?(?P<date>{ANY_DATE}|{_NUMERIC_DATE})\)?"
    rf"(?:[ \t]*[,|•·\-–—]?[ \t]*(?:at[ \t]+)?{_TIME})?[ \t]*(?=$|[|•·:(–—\-]|contact\b|by\b|{_PLACE_TAIL})"
    rf"(?![ \t]*[-–—][ \t]*(?:{_MONTH}|\d))",
    re.I | re.M,
)
HEADLINE_AFTER_DATE_RE = re.compile(r"[ \t]*:[ \t]*(?=\S)")
DATELINE_RE = re.compile(
    r"^[ \t(]*[A-Z][A-Za-z .'’]+(?:,[ \t]*[A-Z][A-Za-z .]+)?[,)]?(?:[ \t]+[-–—])?[ \t]+\(?"
    rf"(?P<date>(?i:{ANY_DATE}))\)?(?:[ \t]*[-–—]|[ \t]*$)",
    re.M,
)
"""'LOS ANGELES, Jan. 31, 2024 –' (or 'WINDOW ROCK, Ariz. - Nov. 14, 2025 -') before the body, or 'The Hague,
18 February 2026' as a line of its own."""
RELEASED_RE = re.compile(rf"^[ \t]*(?:(?:released|issued|published)(?:[ \t]+on)?[ \t:]+|ends?[ \t]*/[ \t]*)"
                         rf"(?P<date>{ANY_DATE}|{_NUMERIC_DATE})[ \t.]*$", re.I | re.M)
"""A closing date line: 'Released 19 September 2023', 'Issued on 11/02/2026', or the end mark with the day
before it as some governments close a release ('Ends/Tuesday, July 14, 2026')."""
_HEADER_LINES = 12
_DATE_LINE_TAIL_WORDS = 3
_PROSE_WORDS = 20
_CLOSING_CHARS = 400
_CONTACT_BLOCK_LINES = 8
_CONTACT_LINE_WORDS = 8


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
    """Parse the first full date in `text` written as ISO, 'Month D, YYYY' or 'D Month YYYY'; None
    when there is none (or it is impossible, such as February 30)."""
    found = [m for m in (ISO_DATE_RE.search(text), FULL_DATE_RE.search(text), DAY_FIRST_DATE_RE.search(text)) if m]
    if not found:
        return None
    m = min(found, key=lambda match: match.start())
    month = m["month"]
    number = int(month) if month.isdigit() else MONTHS[month.rstrip(".").lower()]
    return _safe_date(int(m["year"]), number, int(m["day"]))


def parse_numeric_date(text: str, day_first: bool | None = None) -> dt.date | None:
    """'Date: 23/07/2025' or '07/23/2025' where only one reading is a date; an ambiguous '03/05/2024' is read
    by `day_first` (the release's locale, SPEC Input), and left to other sources when that is not given."""
    m = NUMERIC_DATE_RE.search(text)
    if m is None:
        return None
    first, second, year = int(m["first"]), int(m["second"]), int(m["year"])
    month_first, day_first_reading = _safe_date(year, first, second), _safe_date(year, second, first)
    readings = {month_first, day_first_reading} - {None}
    if len(readings) == 1:
        return readings.pop()
    if "." in m.group(0):
        day_first = True  # '04.03.2024': dots are the day-first (European) style everywhere
    if not readings or day_first is None:
        return None
    return day_first_reading if day_first else month_first


def _text_day_first(text: str) -> bool:
    """Whether the release's locale writes the day first (CLDR), read from the whole text."""
    from extractor.locale import detect_locale

    return detect_locale(text).day_first


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
    for reader in (_read_dateline, _read_closing_line, _read_first_paragraph_date):
        if meta.release_date is None:
            reader(text, meta)
    if release_date is not None:
        meta.release_date, meta.release_date_source = release_date, "given"
    return meta


def _header_end(text: str) -> int:
    """End of the header: the first few non-blank lines, up to and including the first line of prose
    (a long line), whose opening may still be a dateline."""
    pos = 0
    seen = 0
    while pos < len(text) and seen < _HEADER_LINES:
        nxt = text.find("\n", pos)
        end = len(text) if nxt < 0 else nxt
        line = text[pos:end]
        if line.strip():
            seen += 1
            if len(line.split()) >= _PROSE_WORDS and not _reads_as_headline(line):
                return end
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


def _reads_as_headline(line: str) -> bool:
    """A long Title Case line with no closing period ('Task Force in Partnership with DEA Seizes Over 1,750
    Pounds of Methamphetamine and Fentanyl in Major Drug Bust') is a headline, not the body's first prose."""
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalized = sum(1 for w in words if w[:1].isupper())
    return not line.rstrip().endswith((".", "!", "?", ".\"", ".”")) and capitalized >= 0.6 * len(words)


def _set_date(meta: Metadata, value: dt.date | None, source: str) -> None:
    if meta.release_date is None and value is not None:
        meta.release_date, meta.release_date_source = value, source


def _read_header_lines(text: str, meta: Metadata) -> None:
    m = ARCHIVE_PREFIX_RE.match(text)
    if m:
        _set_date(meta, parse_date_text(m["date"]), "metadata")
        meta.excluded.append((m.start("date") - len("date") - 1 if m.start("date") > 4 else 0, m.end()))
        meta.body_start = m.end()
    limit = _header_end(text)
    for m in DATE_LINE_RE.finditer(text, 0, limit):
        value = parse_date_text(m["date"]) or _numeric_header_date(text, m["date"])
        if value is not None:
            _set_date(meta, value, "metadata")
            meta.excluded.append((m.start(), m.end()))
            meta.body_start = max(meta.body_start, m.end())
    for m in IMMEDIATE_RE.finditer(text, 0, limit):
        meta.excluded.append((m.start(), m.end()))
        meta.body_start = max(meta.body_start, m.end())
    for m in LETTERHEAD_RE.finditer(text, 0, limit):
        meta.excluded.append((m.start(), m.end()))
    for m in ATTRIBUTION_RE.finditer(text) if ATTRIBUTION_WORDS_RE.search(text) else ():
        meta.excluded.append((m.start(), m.end()))
    for m in CONTACT_RE.finditer(text):
        meta.excluded.append((m.start("label"), _contact_block_end(text, m)))
    for m in HEADER_DATE_RE.finditer(text, 0, limit if meta.release_date is None else 0):
        value = parse_date_text(m["date"]) or _numeric_header_date(text, m["date"])
        if value is None or meta.is_excluded(m.start("date"), m.end("date")):
            continue
        _set_date(meta, value, "date line")
        headline = HEADLINE_AFTER_DATE_RE.match(text, m.end())
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if headline:  # 'June 5, 2026: Jury Convicts Four' -> the rest of the line is the headline
            meta.excluded.append((m.start(), headline.end()))
        elif len(text[m.end():line_end].split()) <= _DATE_LINE_TAIL_WORDS:
            meta.excluded.append((m.start(), line_end))  # '| News', '- 3 min read': the line is the date's
        else:
            meta.excluded.append((m.start(), m.end()))
        break


def _numeric_header_date(text: str, written: str) -> dt.date | None:
    """A header date in digits ('03/04/2024', '4.3.2024'), read by the release's locale when ambiguous."""
    if NUMERIC_DATE_RE.search(written) is None:
        return None
    return parse_numeric_date(written) or parse_numeric_date(written, _text_day_first(text))


def _contact_block_end(text: str, contact: re.Match[str]) -> int:
    """A contact line and the short lines under it (name, role, office, phone, e-mail), up to a blank line
    when the contact line names someone itself, else past blank lines; never past a header label, a
    date line or a line of prose."""
    end = contact.end()
    label_only = not contact["label"].split(":", 1)[1].strip()
    pos = end + 1
    for _ in range(_CONTACT_BLOCK_LINES):
        if pos >= len(text):
            break
        nxt = text.find("\n", pos)
        line_end = len(text) if nxt < 0 else nxt
        line = text[pos:line_end]
        if not line.strip():
            if not label_only:
                break
            pos = line_end + 1
            continue
        if len(line.split()) > _CONTACT_LINE_WORDS or line.rstrip().endswith(".") or IMMEDIATE_RE.match(line) \
                or HEADER_DATE_RE.match(line) or CONTACT_RE.match(line):
            break
        end = line_end
        pos = line_end + 1
    return end


def _read_title(text: str, meta: Metadata) -> None:
    """The first line that is not metadata is a headline when a blank line follows it (or a label ending in
    a colon stands before it: 'June 5, 2026: Jury Convicts Four', 'FOR IMMEDIATE RELEASE: Three Arrested')
    and it reads like one (not a long sentence ending in a period). A line followed only by metadata
    ('Washington State Patrol' over 'Contact: ...') is the headline only when no later header line is one."""
    start = ARCHIVE_PREFIX_RE.match(text).end() if ARCHIVE_PREFIX_RE.match(text) else 0
    fallback: tuple[int, int] | None = None
    for _ in range(_HEADER_LINES):
        line_range = _next_content_line(text, start, meta)
        if line_range is None:
            break
        line_start, end = line_range
        line = text[line_start:end].rstrip()
        if len(line) > 300 or (line.endswith(".") and len(line.split()) > 12):
            break  # the body has begun
        dateline = DATELINE_RE.match(line)
        if dateline is not None and not line[dateline.end():].strip():
            start = end + 1  # 'The Hague, 18 February 2026' alone on its line: a dateline, no headline
            continue
        after_label = any(e == line_start for _, e in meta.excluded) and text[:line_start].rstrip().endswith(":")
        followed_by_blank = not text[end + 1:].split("\n", 1)[0].strip()
        followed_by_metadata = any(s <= end + 1 < e for s, e in meta.excluded)  # 'Published: 3 June 2024' under it
        if followed_by_blank or after_label:
            _set_title(text, meta, line_start, line)
            return
        if not followed_by_metadata:
            break
        fallback = fallback or (line_start, end)
        start = end + 1
    if fallback is not None:
        _set_title(text, meta, fallback[0], text[fallback[0]:fallback[1]].rstrip())


def _next_content_line(text: str, start: int, meta: Metadata) -> tuple[int, int] | None:
    """The next line from `start` with text outside the metadata ranges: (its start, its end)."""
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            return None
        start = _skip_excluded(start, end, meta)
        if text[start:end].strip():
            return start, end
        start = end + 1
    return None


def _set_title(text: str, meta: Metadata, start: int, line: str) -> None:
    lead = len(line) - len(line.lstrip())
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
        _set_date(meta, parse_date_text(m["date"]), "dateline")


def _read_closing_line(text: str, meta: Metadata) -> None:
    """'Released 19 September 2023' as one of the last lines."""
    found = list(RELEASED_RE.finditer(text, max(0, len(text) - _CLOSING_CHARS)))
    if found:
        m = found[-1]
        _set_date(meta, parse_date_text(m["date"]) or _numeric_header_date(text, m["date"]), "closing line")
        meta.excluded.append((m.start(), m.end()))


SENTENCE_LINE_END = re.compile(r"[.!?][”\"’')]?[ \t]*\n|\n[ \t]*\n")


def _first_paragraph(text: str, meta: Metadata) -> tuple[int, int]:
    """From the end of the headline (or header) to the first blank line or line ending a sentence (PDF text
    wraps lines inside a paragraph; scraped text puts a paragraph on each line)."""
    start = meta.title_range[1] if meta.title_range else meta.body_start
    while start < len(text) and text[start] in " \t\n":
        start += 1
    m = SENTENCE_LINE_END.search(text, start)
    return start, (len(text) if m is None else m.start() + 1)


def _read_first_paragraph_date(text: str, meta: Metadata) -> None:
    start, end = _first_paragraph(text, meta)
    found = [m for m in (FULL_DATE_RE.search(text, start, end), DAY_FIRST_DATE_RE.search(text, start, end)) if m]
    if found:
        m = min(found, key=lambda match: match.start())
        _set_date(meta, parse_date_text(m.group(0)), "first paragraph")
