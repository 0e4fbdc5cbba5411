"""Dates: the `dates` rule file finds anchors (month names, weekdays, relative words, numeric
shapes); this module reads the day, year and range around each anchor and resolves values
against the release date. dateparser normalizes the relative expressions, nothing else."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from extractor.models import DateMention

GROUP = "dates"
DASHES = {"-", "–", "—"}
RANGE_WORDS = DASHES | {"to", "through", "thru", "until"}
FUTURE_CUES = {"will", "faces", "face", "facing",
               "scheduled", "upcoming", "next", "expected", "slated", "planned", "plans", "set", "shall",
               "deadline", "due"}
CUE_WINDOW = 8
# a future cue is not believed for a date days before the release whose future reading is most of a year away
FAR_FUTURE_DAYS = 180
RECENT_PAST_DAYS = 14
# "every Monday", "Black Friday": a weekday after these words names no single day
NOT_A_DAY_BEFORE = {"every", "each", "black", "good", "cyber", "super", "ash", "palm", "easter"}


def extract(doc: Doc) -> list[DateMention]:
    """Every date mention, in text order; anchors inside an already read date are skipped."""
    release: dt.date | None = doc._.meta.release_date if doc._.meta else None
    anchors = doc.spans.get(GROUP, [])
    if not anchors:
        return []
    tokens = Tokens(doc)
    return read_mentions(tokens, [tokens.anchor(s) for s in sorted(anchors, key=lambda s: s.start)], release)


class Tokens:
    """The doc without whitespace tokens ('Jan.\\xa022', 'January\\n22'), so the readers step over them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = [t for t in doc if not t.is_space or "\n\n" in t.text]  # paragraph breaks still part
        self.index = {t.i: k for k, t in enumerate(self.tokens)}

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, k: int) -> Token:
        return self.tokens[k]

    def between(self, start: int, end: int) -> list[Token]:
        return self.tokens[start:end]

    def anchor(self, span: Span) -> Anchor:
        return Anchor(self.index[span.start], self.index[span.end - 1] + 1, span.label_, span.id_, span.text, self)

    def span(self, start: int, end: int) -> Span:
        return self.doc[self.tokens[start].i:self.tokens[end - 1].i + 1]


class Anchor:
    """A rule match in `Tokens` positions."""

    def __init__(self, start: int, end: int, label: str, rule: str, text: str, tokens: Tokens) -> None:
        self.start, self.end, self.label_, self.id_, self.text, self._tokens = start, end, label, rule, text, tokens

    def __getitem__(self, k: int) -> Token:
        return self._tokens[self.start + k]


def read_mentions(doc: Tokens, anchors: list[Anchor], release: dt.date | None) -> list[DateMention]:
    """The mentions the anchors open, each anchor read once."""
    mentions: list[DateMention] = []
    taken_until = -1
    for span in anchors:
        if span.start < taken_until:
            continue
        found = read_anchor(doc, span, release)
        if found is None:
            continue
        pair = read_coordinated_day(doc, span, found) if span.label_.startswith("MONTH_") else None
        if pair is not None:
            mentions.extend(pair[0])
            taken_until = pair[1]
        else:
            mentions.append(found[0])
            taken_until = found[1]
    return mentions


COORDINATORS = {"and", "&", "or"}
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "%", "percent"}
WORDS_AFTER_A_DAY = {"in", "at", "on", "of", "when", "while", "for", "to", "and", "the", "by", "after", "before"}


def read_coordinated_day(doc: Tokens, span: Anchor, found: tuple[DateMention, int]
                         ) -> tuple[list[DateMention], int] | None:
    """'Jan. 5 and 6, 2024', 'Jan. 22, 23 and 24': more days sharing the month (and the year written after them)."""
    first, i = found
    first_day = day_number(doc[i - 1]) if first.grain == "day" and first.end_value is None else None
    days = listed_days(doc, i) if first_day is not None else []
    if not days:
        return None
    last = days[-1][0]
    j = _skip_comma(doc, last + 1)
    written_year = year_number(doc[j]) if j < len(doc) else None
    after = _at(doc, last + 1)
    if written_year is None and after is not None and (after.lower_ in CLOCK_WORDS or (
            after.is_alpha and after.lower_ not in WORDS_AFTER_A_DAY)):
        return None  # "Jan. 5 and 6 officers", "Jan. 5 and 6 p.m.": not more days
    month = int(span.label_[6:])
    if written_year is not None:
        first = mention(doc, span.start, i, safe_date(written_year, month, first_day), "day", rule=span.id_)
    year = written_year or (first.value.year if first.value else None)
    end = j + 1 if written_year is not None else last + 1
    more = [mention(doc, k, end if k == last else k + 1, safe_date(year, month, day) if year else None, "day",
                    rule=span.id_) for k, day in days]
    return [first, *more], end


def listed_days(doc: Tokens, i: int) -> list[tuple[int, int]]:
    """(token index, day) of the days listed from token i on (', 23 and 24'); empty unless 'and'/'or' ends them."""
    days: list[tuple[int, int]] = []
    k = i
    while (sep := _at(doc, k)) is not None:
        nxt = _at(doc, k + 1)
        closing = sep.lower_ in COORDINATORS or (sep.text == "," and nxt is not None and nxt.lower_ in COORDINATORS)
        if sep.text != "," and not closing:
            break
        k += 2 if sep.text == "," and closing else 1
        tok = _at(doc, k)
        if tok is None or not tok.text[:1].isdigit() or day_number(tok) is None:
            break
        days.append((k, day_number(tok)))
        k += 1
        if closing:
            return days
    return []


def read_anchor(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """The mention an anchor starts, with the token index where it ends."""
    label = span.label_
    if label.startswith("MONTH_"):
        return read_month_date(doc, span, int(label[6:]), release)
    if label.startswith("WEEKDAY_"):
        return read_weekday(doc, span, int(label[8:]), release)
    if label == "ISO":
        value = safe_date(int(span[0].text), int(span[2].text), int(span[4].text))
        return (mention(doc, span.start, span.end, value, "day", rule=span.id_), span.end) if value else None
    if label == "NUMERIC_MDY":
        return read_numeric(doc, span)
    if label in ("TODAY", "YESTERDAY", "TOMORROW", "RELATIVE"):
        return read_relative(doc, span, release)
    if label == "ANAPHORIC":
        return mention(doc, span.start, span.end, None, "day", relative=True, rule=span.id_), span.end
    return None


def day_number(token: Token) -> int | None:
    return day_of(token.lower_)


def day_of(text: str) -> int | None:
    """1..31 from '5', '05', '5th'."""
    for suffix in ("st", "nd", "rd", "th"):
        if text.endswith(suffix) and text[:-2].isdigit():
            text = text[:-2]
            break
    if text.isdigit() and len(text) <= 2 and 1 <= int(text) <= 31:
        return int(text)
    return None


def year_number(token: Token) -> int | None:
    text = token.text.lstrip("'’")
    if token.is_digit and len(text) == 4 and 1900 <= int(text) <= 2099:
        return int(text)
    return None


def _at(doc: Tokens, i: int) -> Token | None:
    return doc[i] if 0 <= i < len(doc) else None


def _skip_comma(doc: Tokens, i: int) -> int:
    tok = _at(doc, i)
    return i + 1 if tok is not None and tok.text == "," else i


HYPHEN_MONTH_PREFIXES = {"mid", "early", "late"}
BARE_MONTH_CUES = {"in", "during", "since", "late", "early", "mid", "between", "and", "of", "from", "until", "by",
                   "to", "through", "throughout", "till", "before", "after", "last", "next", "this", "or"}
# "In January 15 people were arrested": after these words a number and a plain word is a count, not a day
MONTH_COUNT_CUES = {"in", "during", "throughout"}


def read_month_date(doc: Tokens, span: Anchor, month: int, release: dt.date | None
                    ) -> tuple[DateMention, int] | None:
    """'Jan. 22', 'January 22, 2024', 'Jan. 22-26, 2024', 'Oct. 12 to 15', 'December 2013', '3 May 2020',
    'Oct. 8 to Nov. 11', 'in September'."""
    parts = read_month_parts(doc, span.start, span.end)
    if parts is None:
        return None
    start, i, day, end_day, year = parts
    if day is not None and year is None and end_day is None and count_after_month(doc, span, i):
        i, day = span.end, None
    if day is None and year is None:
        if not bare_month(doc, span):
            return None  # "may", "Every January": not dates
        year = following_year(doc, i, month) or year_named_by(doc, span, release)
    end_value = None
    second = read_second_date(doc, i)
    if second is not None and day is not None:
        (month2, day2, year2), i = second
        if year is None and year2 is not None:
            year = year2 - 1 if (month2, day2) < (month, day) else year2  # "Dec. 28 to Jan. 3, 2024"
        end_value = safe_date(year2 or year, month2, day2) if (year2 or year) else None
    if second is None and day is not None and year is None:
        year = year_of_coordinated_date(doc, i, month, day)
    if second is not None and end_value is None and day is not None:
        start_value = safe_date(year, month, day) if year else resolve_yearless(month, day, release,
                                                                                  future_cue(doc, start))
        end_value = first_on_or_after(start_value, second[0][0], second[0][1])
    if day is None:
        value = safe_date(year, month, 1) if year else resolve_yearless(month, 1, release, future_cue(doc, start))
        return (mention(doc, start, i, value, "month", rule=span.id_), i) if value or not release else None
    if year is None:
        value = resolve_yearless(month, day, release, future_cue(doc, start))
        if end_day:
            end_value = resolve_yearless(month, end_day, release, future_cue(doc, start))
        return mention(doc, start, i, value, "day", end_value, rule=span.id_), i
    value = safe_date(year, month, day)
    if value is None:
        return None
    if end_day:
        end_value = safe_date(year, month, end_day)
    return mention(doc, start, i, value, "day", end_value, rule=span.id_), i


def read_month_parts(doc: Tokens, month_start: int, month_end: int
                     ) -> tuple[int, int, int | None, int | None, int | None] | None:
    """(start, end, day, end day, year) of the date a month name opens."""
    i, start = month_end, month_start
    day = day_number(doc[i]) if i < len(doc) else None
    if day is None and i < len(doc) and end_day_in_token(doc[i]) is not None:
        day = day_of(doc[i].text.replace("—", "–").split("–")[0])
    end_day = None
    if day is None:
        day, start = day_before(doc, month_start)
    else:
        i += 1
        end_day = end_day_in_token(doc[i - 1])
        nxt, after = _at(doc, i), _at(doc, i + 1)
        if nxt is not None and after is not None and nxt.lower_ in RANGE_WORDS and after.text.isdigit() \
                and day_number(after) is not None:
            end_day, i = day_number(after), i + 2
    j = _skip_comma(doc, i)
    if _at(doc, j) is not None and doc[j].lower_ == "of" and day is None:
        j += 1
    year = year_number(doc[j]) if j < len(doc) else None
    if year is not None:
        i = j + 1
    return start, i, day, end_day, year


def count_after_month(doc: Tokens, span: Anchor, i: int) -> bool:
    """'In January 15 people were arrested': the number after the month counts the next word."""
    before, after = _at(doc, span.start - 1), _at(doc, i)
    return bool(before is not None and before.lower_ in MONTH_COUNT_CUES and i == span.end + 1
                and after is not None and after.is_alpha and after.is_lower and after.lower_ not in WORDS_AFTER_A_DAY)


def day_before(doc: Tokens, month_start: int) -> tuple[int | None, int]:
    """The day written before the month ('3 May 2020', 'the 4th of July'), with the mention's start."""
    before = _at(doc, month_start - 1)
    if before is not None and before.text[:1].isdigit() and day_number(before) is not None:
        return day_number(before), month_start - 1
    ordinal = _at(doc, month_start - 2)
    if before is not None and before.lower_ == "of" and ordinal is not None and not ordinal.text.isdigit() \
            and day_number(ordinal) is not None:
        return day_number(ordinal), month_start - 2
    return None, month_start


def end_day_in_token(token: Token) -> int | None:
    """'1–3' (an en or em dash the tokenizer keeps inside one token): the range's last day."""
    parts = token.text.replace("—", "–").split("–")
    if len(parts) == 2 and day_of(parts[0]) is not None:
        return day_of(parts[1])
    return None


def bare_month(doc: Tokens, span: Anchor) -> bool:
    """A month name alone is a date only when capitalized and led by 'in', 'during', 'late', 'mid-', ..."""
    before = _at(doc, span.start - 1)
    if not span[0].is_title or before is None:
        return False
    if before.text in DASHES:
        prefix = _at(doc, span.start - 2)
        return prefix is not None and prefix.lower_ in HYPHEN_MONTH_PREFIXES
    return before.lower_ in BARE_MONTH_CUES


def following_year(doc: Tokens, i: int, month: int) -> int | None:
    """'April and May 2015', 'December and January 2024': the coordinated month's year."""
    nxt = _at(doc, i)
    if nxt is None or nxt.lower_ not in ("and", "or", "through", "to", "until") or not _is_month(doc, i + 1):
        return None
    j = _skip_comma(doc, i + 2)
    year = year_number(doc[j]) if j < len(doc) else None
    if year is None:
        return None
    return year - 1 if (_month_of(doc[i + 1]) or 0) < month else year


def year_named_by(doc: Tokens, span: Anchor, release: dt.date | None) -> int | None:
    """'last June' is in the year before the release, 'this June' in the release's year."""
    before = _at(doc, span.start - 1)
    if release is None or before is None:
        return None
    return {"last": release.year - 1, "this": release.year}.get(before.lower_)


def year_of_coordinated_date(doc: Tokens, i: int, month: int, day: int) -> int | None:
    """'(between) Jan. 5 and Jan. 10, 2024': both dates stay listed, the first takes the second's year."""
    other = read_second_date(doc, i, {"and", "or", "&"})
    if other is None or other[0][2] is None:
        return None
    month2, day2, year2 = other[0]
    return year2 - 1 if (month2, day2) < (month, day) else year2


def read_second_date(doc: Tokens, i: int, links: frozenset[str] | set[str] = RANGE_WORDS
                     ) -> tuple[tuple[int, int, int | None], int] | None:
    """The end of a range led by a dash or 'to': 'April 29, 2025-May 1, 2025', 'Oct. 8 to Nov. 11'."""
    link = _at(doc, i)
    if link is None or link.lower_ not in links or not _is_month(doc, i + 1):
        return None
    month = _month_of(doc[i + 1])
    parts = read_month_parts(doc, i + 1, i + 2)
    if month is None or parts is None or parts[2] is None:
        return None
    _, end, day, _, year = parts
    return (month, day, year), end


@lru_cache(maxsize=64)
def _month_lookup() -> dict[str, int]:
    names = {m.lower(): n for n, m in enumerate(calendar.month_name) if m}
    names.update({m.lower() + ".": n for n, m in enumerate(calendar.month_abbr) if m})
    names.update({m.lower(): n for n, m in enumerate(calendar.month_abbr) if m})
    names["sept."] = 9
    return names


def _month_of(token: Token) -> int | None:
    return _month_lookup().get(token.lower_)


def _is_month(doc: Tokens, i: int) -> bool:
    tok = _at(doc, i)
    return tok is not None and tok.is_title and _month_of(tok) is not None


def read_numeric(doc: Tokens, span: Anchor) -> tuple[DateMention, int] | None:
    """'1/31/2024' and '1/31/24' (US order, as American releases write them)."""
    month, day, year = (int(p) for p in span.text.split("/"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    value = safe_date(year, month, day)
    return (mention(doc, span.start, span.end, value, "day", rule=span.id_), span.end) if value else None


def read_weekday(doc: Tokens, span: Anchor, weekday: int, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'Tuesday', 'last Tuesday', 'next Tuesday'; a weekday that opens a full date is part of it."""
    j = _skip_comma(doc, span.end)
    if _at(doc, j) is not None and doc[j].text == "(":
        j += 1
    before = _at(doc, span.start - 1)
    if _is_month(doc, j) or inside_name(doc, span) or (before is not None and before.lower_ in NOT_A_DAY_BEFORE) \
            or names_a_written_date(doc, span):
        return None
    start = span.start
    direction = "future" if future_cue(doc, span.start) else "past"
    if before is not None and before.lower_ in ("last", "past"):
        start, direction = span.start - 1, "past"
    elif before is not None and before.lower_ in ("next", "coming"):
        start, direction = span.start - 1, "future"
    value = None
    if release is not None:
        if direction == "past":
            delta = (release.weekday() - weekday) % 7
            value = release - dt.timedelta(days=delta)
        else:
            delta = (weekday - release.weekday()) % 7 or 7
            value = release + dt.timedelta(days=delta)
    return mention(doc, start, span.end, value, "day", relative=True, rule=span.id_), span.end


DAY_OFFSETS = {"TODAY": 0, "YESTERDAY": -1, "TOMORROW": 1}


def read_relative(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'today', 'yesterday', 'last month': resolved by dateparser against the release date."""
    if _is_month(doc, _skip_comma(doc, span.end)):
        return None  # "charged yesterday, July 29, 2013": the full date says it
    if release is None:
        grain = next((g for g in ("month", "year") if g in span.text.lower()), "day")
        return mention(doc, span.start, span.end, None, grain, relative=True, rule=span.id_), span.end
    if span.label_ in DAY_OFFSETS:
        value, grain = release + dt.timedelta(days=DAY_OFFSETS[span.label_]), "day"
    else:
        value, grain = parse_relative(span.text.lower(), release)
    return mention(doc, span.start, span.end, value, grain, relative=True, rule=span.id_), span.end


@lru_cache(maxsize=1024)
def parse_relative(text: str, release: dt.date) -> tuple[dt.date | None, str]:
    data = _parser().get_date_data(text.replace("earlier ", ""), settings_base(release))
    if data is None or data.date_obj is None:
        return None, "day"
    grain = data.period if data.period in ("day", "month", "year") else "day"
    value = data.date_obj.date()
    if grain == "month":
        value = value.replace(day=1)
    elif grain == "year":
        value = value.replace(month=1, day=1)
    return value, grain


def settings_base(release: dt.date) -> dt.datetime:
    return dt.datetime(release.year, release.month, release.day, 12, 0)


class _RelativeParser:
    """One dateparser parser per relative base (cached), built from one Settings."""

    def __init__(self) -> None:
        from dateparser.date import DateDataParser

        self._make = DateDataParser
        self._by_base: dict[dt.datetime, object] = {}

    def get_date_data(self, text: str, base: dt.datetime):  # noqa: ANN201 - dateparser's DateData
        parser = self._by_base.get(base)
        if parser is None:
            if len(self._by_base) > 256:
                self._by_base.clear()
            parser = self._make(languages=["en"], settings={
                "RELATIVE_BASE": base, "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False,
                "PARSERS": ["relative-time", "absolute-time"], "PREFER_DATES_FROM": "past"})
            self._by_base[base] = parser
        return parser.get_date_data(text)


@lru_cache(maxsize=1)
def _parser() -> _RelativeParser:
    return _RelativeParser()


def names_a_written_date(doc: Tokens, span: Anchor) -> bool:
    """'Jan. 22 (Monday)', 'Jan. 22, 2024, Monday': the weekday restates the date before it."""
    sep, prev = _at(doc, span.start - 1), _at(doc, span.start - 2)
    return bool(sep is not None and prev is not None and sep.text in ("(", ",")
                and (year_number(prev) is not None or (prev.text[:1].isdigit() and day_number(prev) is not None)))


def inside_name(doc: Tokens, span: Anchor) -> bool:
    """'Bassey Monday Idiong': a weekday between capitalized words is part of a name."""
    before, after = _at(doc, span.start - 1), _at(doc, span.end)
    return bool(before is not None and after is not None and before.is_title and after.is_title
                and not before.is_sent_start and before.lower_ not in ("on", "last", "next", "this"))


def future_cue(doc: Tokens, start: int) -> bool:
    """Words just before a date that speak of the future ('is scheduled for', 'will')."""
    lo = max(0, start - CUE_WINDOW)
    for k in range(lo, start):
        if doc[k].text in (".", "!", "?"):
            lo = k + 1
    return any(doc[k].lower_ in FUTURE_CUES and not past_use_of_cue(doc, k) for k in range(lo, start))


# A cue word followed by one of these does not speak of the future: "set fire", "due to", "the next day"
PAST_USES = {"set": None, "due": {"to"}, "next": {"day", "morning", "afternoon", "evening", "night"}}


def past_use_of_cue(doc: Tokens, k: int) -> bool:
    """'set fire', 'due to', 'the next day': cue words in senses that say nothing of the future."""
    tok = doc[k]
    if tok.lower_ not in PAST_USES:
        return False
    after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    if tok.lower_ == "set":
        return after not in ("for", "to")
    return after in PAST_USES[tok.lower_]


def resolve_yearless(month: int, day: int | None, release: dt.date | None, future: bool) -> dt.date | None:
    """The year that puts the date nearest before the release date (after it for future cues)."""
    if release is None or day is None:
        return None
    candidates = [d for y in (release.year - 1, release.year, release.year + 1) if (d := safe_date(y, month, day))]
    latest = max((d for d in candidates if d <= release), default=None)
    if not future:
        return latest
    soonest = min((d for d in candidates if d >= release), default=None)
    if soonest is not None and latest is not None and (soonest - release).days > FAR_FUTURE_DAYS \
            and (release - latest).days <= RECENT_PAST_DAYS:
        return latest  # "will keep pursuing cases like the Jan. 25 arrest" (release Jan. 31): not next January
    return soonest


def first_on_or_after(start: dt.date | None, month: int, day: int) -> dt.date | None:
    """The end of a year-less range: 'Dec. 29-Jan. 2' ends in the year after its start."""
    if start is None:
        return None
    ends = [d for y in (start.year, start.year + 1) if (d := safe_date(y, month, day)) and d >= start]
    return ends[0] if ends else None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def mention(doc: Tokens, start: int, end: int, value: dt.date | None, grain: str,
            end_value: dt.date | None = None, relative: bool = False, rule: str | None = None) -> DateMention:
    span = doc.span(start, end)
    return DateMention(text=span.text, start=span.start_char, end=span.end_char, value=value, grain=grain,
                       end_value=end_value, relative=relative, rule=rule)
