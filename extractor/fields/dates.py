"""Dates: the `dates` rule file finds anchors (month names, weekdays, relative words, numeric
shapes); this module reads the day, year and range around each anchor and resolves values
against the release date. dateparser normalizes the relative expressions, nothing else."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from functools import cache, lru_cache

import numpy as np
from dateutil.easter import EASTER_ORTHODOX, easter
from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token

from extractor.columns import array, column
from extractor.fields.events import is_participle
from extractor.fields.operations import in_headline
from extractor.lexicon import NameSearch, is_adverb, lexicon, lexicon_lines, noun_lemmas, verb_lemmas
from extractor.locale import Locale, locale_of
from extractor.models import DateMention
from extractor.numbers import ordinal_value, parse_number
from extractor.pipeline import cached_text, note_doubt, release_meta, span_text

GROUP = "dates"
DASHES = {"-", "–", "—"}
RANGE_WORDS = DASHES | {"to", "through", "thru", "until"}
FUTURE_CUES = {"will", "faces", "face", "facing",
               "scheduled", "upcoming", "next", "expected", "slated", "planned", "plans", "set", "shall",
               "deadline", "due"}
INTENT_CUES = {"plan", "intend", "intends", "aim", "aims"}
"""'The states plan to repeat the blitz over Labor Day weekend': before 'to', an intention speaks of the future
(the nouns 'a plan', 'the aim' do not)."""
CUE_WINDOW = 8
LONG_CUE_WINDOW = 14
"""A cue further back than CUE_WINDOW speaks for the date only over words with no past form between."""
# a future cue is not believed for a date days before the release whose future reading is most of a year away
FAR_FUTURE_DAYS = 180
RECENT_PAST_DAYS = 14
# "every Monday", "Black Friday": a weekday after these words names no single day
NOT_A_DAY_BEFORE = {"every", "each", "black", "good", "cyber", "super", "ash", "palm", "easter", "trinity", "whit",
                    "holy", "maundy", "shrove", "low", "small"}


def extract(doc: Doc) -> list[DateMention]:
    """Every date mention, in text order; anchors inside an already read date are skipped."""
    release: dt.date | None = release_meta(doc).release_date if release_meta(doc) else None
    anchors = doc.spans.get(GROUP, [])
    tokens = Tokens(doc)
    locale = locale_of(doc)
    found = [tokens.anchor(s, locale) for s in list(anchors) + holiday_spans(doc, locale)]
    text = cached_text(doc)
    return with_stated_lengths(text, join_ranges(text, read_mentions(
        tokens, sorted(found, key=lambda a: (a.start, -a.end)), release)))


class Tokens:
    """The doc without whitespace tokens ('Jan.\\xa022', 'January\\n22'), so the readers step over them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings, words = doc.vocab.strings, column(doc, "ORTH")  # Tokens are built when read, once each
        space = array(doc, "IS_SPACE").astype(bool)  # one vectorized pass, not a test per token
        keep = ~space
        keep[[i for i in np.flatnonzero(space).tolist() if "\n\n" in strings[words[i]]]] = True  # paragraph breaks
        self.kept: list[int] = np.flatnonzero(keep).tolist()  # stay
        self.made: dict[int, Token] = {}
        self.reference: dt.date | None = None
        """The last full date written so far (with its year): a weekday-checked year-less date may use it
        when the release date is unknown ('since Wednesday, 23 July, 2025 ... on Friday, 25 July')."""

    def __len__(self) -> int:
        return len(self.kept)

    def __getitem__(self, k: int) -> Token:
        i = self.kept[k]
        token = self.made.get(i)
        if token is None:
            token = self.made[i] = self.doc[i]
        return token

    def between(self, start: int, end: int) -> list[Token]:
        return [self[k] for k in range(len(self.kept))[start:end]]

    def position(self, i: int) -> int:
        """Where Doc token i is among the kept tokens (KeyError for a white space token left out)."""
        k = bisect_left(self.kept, i)
        if k == len(self.kept) or self.kept[k] != i:
            raise KeyError(i)
        return k

    def anchor(self, span: Span, locale: Locale | None = None) -> Anchor:
        anchor = Anchor(self.position(span.start), self.position(span.end - 1) + 1, span.label_, span.id_,
                        span_text(span), self)
        anchor.locale = locale
        return anchor

    def span(self, start: int, end: int) -> Span:
        return self.doc[self.kept[start]:self.kept[end - 1] + 1]


class Anchor:
    """A rule match in `Tokens` positions."""

    def __init__(self, start: int, end: int, label: str, rule: str, text: str, tokens: Tokens) -> None:
        self.start, self.end, self.label_, self.id_, self.text, self._tokens = start, end, label, rule, text, tokens
        self.locale: Locale | None = None

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
            if span.label_.startswith("MONTH_"):
                mentions.extend(days_listed_before(doc, span, found[0], taken_until))
            mentions.append(found[0])
            taken_until = found[1]
        last = mentions[-1]
        if last.value is not None and not last.relative and any(c.isdigit() for c in last.text[-4:]) \
                and re.search(r"\b\d{4}\b", last.text):
            doc.reference = last.value
    return mentions


COORDINATORS = {"and", "&", "or"}


def days_listed_before(doc: Tokens, span: Anchor, first: DateMention, taken_until: int) -> list[DateMention]:
    """'28 and 29 June', '5, 6 and 7 July': days listed before a day-first date take its month and year, each
    its own mention (as 'Jan. 5 and 6' lists both)."""
    k = span.start - 1
    day_tok = _at(doc, k)
    link_at = k - 1 - _weekday_before(doc, k)  # "Monday 5 and Friday 9 August": past the weekday
    link = _at(doc, link_at)
    if first.grain != "day" or first.end_value is not None or day_tok is None or link is None \
            or not day_tok.text[:1].isdigit() or link.lower_ not in COORDINATORS \
            or not (day_tok.idx == first.start or doc[k - 1].idx == first.start):
        return []
    last_day = day_number(day_tok)
    listed: list[int] = []
    j = link_at - 1
    while j > taken_until:
        tok = _at(doc, j)
        day = day_number(tok) if tok is not None and tok.text[:1].isdigit() else None
        if day is None or last_day is None or day >= last_day:
            break
        listed.append(j)
        last_day = day
        if _at(doc, j - 1) is None or doc[j - 1].text != ",":
            break
        j -= 2
    lead = _at(doc, listed[-1] - 1) if listed else None
    if not listed or (lead is not None and (lead.like_num or lead.lower_ in ("aged", "ages"))):
        return []  # 'aged 27 and 29 June': ages, not days
    month, year = int(span.label_[6:]), first.value.year if first.value else None
    return [mention(doc, d, d + 1, safe_date(year, month, day_number(doc[d]) or 0) if year else None, "day",
                    rule=span.id_) for d in reversed(listed)]
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
    if label == "NUMERIC_DASH":
        return read_numeric(doc, span, "-")
    if label == "NUMERIC_DOT":
        return read_numeric(doc, span, ".")
    if label == "EDGE_OF_YEAR":
        return read_edge_of_year(doc, span)
    if label == "DAY_ONLY":
        return read_day_only(doc, span, release)
    if label == "NUMERIC_MD":
        return read_month_day(doc, span)
    if label == "NUMERIC_MY":
        return read_month_year(doc, span)
    if label == "HOLIDAY":
        return read_holiday(doc, span, release)
    if label == "WEEKDAYS_AWAY":
        return read_weekdays_away(doc, span, release)
    if label.startswith("DAY_OFFSET_") or label in ("AGO", "FROM_NOW", "IN_SPAN"):
        return read_offset(doc, span, release)
    if label == "EDGE_OF":
        return read_edge_of_period(doc, span, release)
    if label == "EDGE_ABBR":
        return read_edge_abbreviation(doc, span, release)
    if label == "PART_OF_YEAR":
        return read_part_of_year(doc, span)
    if label == "DAY_MON_YEAR":
        return read_day_month_year(doc, span)
    if label == "MON_DAY_FUSED":
        return read_fused_month_day(doc, span, release)
    if label == "YEAR_MONTH":
        return read_year_month(doc, span)
    if label == "DAY_RANGE":
        return read_day_range(doc, span, release)
    if label == "DAY_OF_MONTH":
        return read_day_of_named_month(doc, span, release)
    return None


def day_number(token: Token) -> int | None:
    return day_of(token.lower_)


def day_of(text: str) -> int | None:
    """1..31 from '5', '05', '5th', 'first' (of March)."""
    if text.isalpha():
        value = ordinal_value(text)
        return value if value is not None and 1 <= value <= 31 else None
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
    named = year_words_after(doc, i, release) if year is None else None
    if named is not None:
        year, i = named  # "in March last year", "on 5 June this year"
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
        edge = edge_of_month(doc, span.start)
        if edge is not None and (value or not release):
            end_value = None
            if value is not None:
                value, end_value = month_edge(value, edge[0]) if not edge[0].startswith("last") else (
                    value + relativedelta(day=31, days=-int(edge[0][4:] or 0)), None)
            return mention(doc, edge[1], i, value, "day", end_value, rule=span.id_), i
        return (mention(doc, start, i, value, "month", rule=span.id_), i) if value or not release else None
    if year is None:
        value = resolve_yearless(month, day, release, future_cue(doc, start))
        value = year_by_written_weekday(doc, start, i, month, day, release or doc.reference) or value
        if end_day:
            end_value = resolve_yearless(month, end_day, release, future_cue(doc, start))
            if value is not None and end_value is not None and end_value < value:
                end_value = safe_date(value.year, month, end_day)
        check_written_weekday(doc, start, value)
        return mention(doc, start, i, value, "day", end_value, rule=span.id_), i
    value = safe_date(year, month, day)
    if value is None:
        return None
    check_written_weekday(doc, start, value)
    if end_day:
        end_value = safe_date(year, month, end_day)
    return mention(doc, start, i, value, "day", end_value, rule=span.id_), i


def read_month_parts(doc: Tokens, month_start: int, month_end: int
                     ) -> tuple[int, int, int | None, int | None, int | None] | None:
    """(start, end, day, end day, year) of the date a month name opens."""
    i, start = month_end, month_start
    the, ordinal = _at(doc, i), _at(doc, i + 1)
    if the is not None and ordinal is not None and the.lower_ == "the" and ordinal.text[:1].isdigit() \
            and not ordinal.text.isdigit() and day_number(ordinal) is not None:
        i += 1  # 'February the 15th'
    day = day_number(doc[i]) if i < len(doc) else None
    written_before = _at(doc, month_start - 1)
    if day is not None and written_before is not None and written_before.text[:1].isdigit() \
            and day_number(written_before) is not None and not written_before.text.isdigit():
        day = None  # '14th April 15': the ordinal before the month is the day; the number after is no day
    if day is not None and written_before is not None and written_before.text.isdigit() \
            and day_number(written_before) is not None and _counts_next_word(doc, i):
        day = None  # 'On 14 April 15 officers raided': the day is written before, the number after counts
    if day is None and i < len(doc) and end_day_in_token(doc[i]) is not None:
        day = day_of(doc[i].text.replace("—", "–").split("–")[0])
    end_day = None
    if day is None:
        day, start = day_before(doc, month_start)
        if day is not None:
            start, day, end_day = range_before(doc, start, day)
    else:
        i += 1
        end_day = end_day_in_token(doc[i - 1])
        nxt, after = _at(doc, i), _at(doc, i + 1)
        if nxt is not None and after is not None and nxt.lower_ in RANGE_WORDS and after.text[:1].isdigit() \
                and day_number(after) is not None and (day_number(after) or 0) > day \
                and not (_at(doc, i + 2) is not None and _month_of(doc[i + 2]) is not None and doc[i + 2].is_title) \
                and not _counts_a_unit(doc, i + 2):  # "sentenced on March 18 to 30 months": a term, no range
            end_day, i = day_number(after), i + 2
    j = _skip_comma(doc, i)
    if _at(doc, j) is not None and doc[j].lower_ == "of" and day is None:
        j += 1
    year = year_number(doc[j]) if j < len(doc) else None
    if year is None and start < month_start and j == i:
        year = short_year_after(doc, month_start - 1, j)
    if year is not None:
        i = j + 1
    return start, i, day, end_day, year


SHORT_YEAR_FOLLOWERS = {",", ".", ";", ")", "in", "at"}


def short_year_after(doc: Tokens, day_k: int, j: int) -> int | None:
    """'14th April 15': two digits after a day-first date with an ordinal day are its year when a clause or
    a place follows ('on 14th April 15 officers' counts officers)."""
    day_tok, tok, after = _at(doc, day_k), _at(doc, j), _at(doc, j + 1)
    if day_tok is None or tok is None or day_tok.text.isdigit() or not tok.is_digit or len(tok.text) != 2 or (
            after is not None and after.lower_ not in SHORT_YEAR_FOLLOWERS):
        return None
    return 2000 + int(tok.text) if int(tok.text) < 70 else 1900 + int(tok.text)


def _counts_next_word(doc: Tokens, k: int) -> bool:
    """The number at token k counts the word after it ('15 officers')."""
    after = _at(doc, k + 1)
    return after is not None and after.is_alpha and after.is_lower and after.lower_ not in WORDS_AFTER_A_DAY


def count_after_month(doc: Tokens, span: Anchor, i: int) -> bool:
    """'In January 15 people were arrested': the number after the month counts the next word."""
    before, after = _at(doc, span.start - 1), _at(doc, i)
    return bool(before is not None and before.lower_ in MONTH_COUNT_CUES and i == span.end + 1
                and after is not None and after.is_alpha and after.is_lower and after.lower_ not in WORDS_AFTER_A_DAY)


WEEKDAY_NAMES = {name.lower()[:k]: n for n, name in enumerate(calendar.day_name) for k in range(3, len(name) + 1)}
FULL_DAY_NAMES = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name[1:]) if name != "May")
"""Weekday names and every abbreviation of three letters or more ('tue', 'tues', 'thurs')."""


def _written_weekday(doc: Tokens, start: int, end: int) -> int | None:
    """The weekday written just before ('Monday, Feb. 18') or after ('Feb. 18, Monday') a date."""
    before = _weekday_written_before(doc, start)
    if before is not None:
        return WEEKDAY_NAMES[before.lower_.rstrip(".")]
    for k, comma in ((end, None), (end + 1, end)):
        tok = _at(doc, k)
        if tok is not None and tok.lower_.rstrip(".") in WEEKDAY_NAMES and (comma is None or doc[comma].text == ","):
            return WEEKDAY_NAMES[tok.lower_.rstrip(".")]
    return None


def _weekday_written_before(doc: Tokens, start: int) -> Token | None:
    """The weekday written just before a date, over a comma and an abbreviation's period ('Sat., March 2',
    'Sat. March 2', 'Saturday, March 2')."""
    k = start - 1
    if _at(doc, k) is not None and doc[k].text == ",":
        k -= 1
    if _at(doc, k) is not None and _abbreviation_period(doc, k):
        k -= 1
    written = _at(doc, k)
    return written if written is not None and written.lower_.rstrip(".") in WEEKDAY_NAMES else None


def year_by_written_weekday(doc: Tokens, start: int, end: int, month: int, day: int, release: dt.date | None
                            ) -> dt.date | None:
    """A year-less date with its weekday written ('Fri, Jul 18') falls in the nearest year where the
    weekday agrees; None when no year within three of the release's does."""
    weekday = _written_weekday(doc, start, end)
    if weekday is None or release is None:
        return None
    meta = release_meta(doc.doc)
    reach = 3 if meta is not None and release == meta.release_date else 1  # a text date vouches for its own year
    years = sorted(range(release.year - reach, release.year + reach + 1), key=lambda y: abs(y - release.year))
    return next((d for y in years if (d := safe_date(y, month, day)) and d.weekday() == weekday), None)


def check_written_weekday(doc: Tokens, start: int, value: dt.date | None) -> None:
    """'Monday, Feb. 18': when the weekday written before a date is not that date's, the value is in doubt;
    the doubt is noted in the Doc's warnings (`note_doubt`), never silently passed over."""
    written = _weekday_written_before(doc, start)
    if value is None or written is None:
        return
    if WEEKDAY_NAMES[written.lower_.rstrip(".")] != value.weekday():
        note_doubt(doc.doc,
            f"weekday '{written.text}' disagrees with the date after it: {value.isoformat()} is a "
            f"{calendar.day_name[value.weekday()]} (at character {written.idx})")


def range_before(doc: Tokens, start: int, day: int) -> tuple[int, int, int | None]:
    """'13 to 15 July', 'from 13th to 15th July', '13th-15th July': (start, first day, last day)."""
    token = doc[start]
    parts = token.text.replace("—", "-").replace("–", "-").split("-")
    if len(parts) == 2 and day_of(parts[0].lower()) is not None and day_of(parts[1].lower()) is not None:
        first, last = day_of(parts[0].lower()), day_of(parts[1].lower())
        return (start, first, last) if first < last else (start, day, None)
    k = start - 1
    if _at(doc, k) is not None and doc[k].lower_ == "the":
        k -= 1  # 'from the 13th to the 15th July'
    link = _at(doc, k)
    j = k - 1
    first_tok = _at(doc, j)
    if link is None or first_tok is None or link.lower_ not in RANGE_WORDS or not first_tok.text[:1].isdigit():
        return start, day, None
    first = day_number(first_tok)
    if first is None or first >= day:
        return start, day, None
    return j, first, day


def day_before(doc: Tokens, month_start: int) -> tuple[int | None, int]:
    """The day written before the month ('3 May 2020', 'the 4th of July'), with the mention's start."""
    before = _at(doc, month_start - 1)
    if before is not None and end_day_in_token(before) is None and "-" in before.text:
        parts = before.text.split("-")
        if len(parts) == 2 and day_of(parts[1].lower()) is not None and day_of(parts[0].lower()) is not None:
            return day_of(parts[1].lower()), month_start - 1
    if before is not None and before.text[:1].isdigit() and day_number(before) is not None:
        return day_number(before), month_start - 1
    ordinal = _at(doc, month_start - 2)
    counted = _at(doc, month_start - 3)
    if before is not None and before.lower_ == "of" and ordinal is not None and ordinal.lower_ == "day" \
            and counted is not None and not counted.text.isdigit() and day_number(counted) is not None:
        return day_number(counted), month_start - 3  # 'the third day of October'
    if before is not None and before.lower_ == "of" and ordinal is not None and day_number(ordinal) is not None \
            and (not ordinal.text.isdigit() or _day_of_month_in_digits(doc, month_start)):
        return day_number(ordinal), month_start - 2
    return None, month_start


def _day_of_month_in_digits(doc: Tokens, month_start: int) -> bool:
    """'15 of February', 'from 13 to 15 of July': a day in digits before 'of' and a month that owns nothing
    ('5 of March's cases' counts cases)."""
    after = _at(doc, month_start + 1)
    return len(doc[month_start - 2].text) <= 2 and _is_month(doc, month_start) and not (
        after is not None and after.text in ("'s", "’s"))


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
    link = _at(doc, span.end)
    if link is not None and link.lower_ in RANGE_WORDS and _is_month(doc, span.end + 1):
        return True  # "covered April through September 2025": the first month of a range
    return before.lower_ in BARE_MONTH_CUES


def following_year(doc: Tokens, i: int, month: int) -> int | None:
    """'April and May 2015', 'December and January 2024': the coordinated month's year."""
    nxt = _at(doc, i)
    m = i + 1
    if _at(doc, m) is not None and doc[m].lower_ in PART_OF_MONTH_WORDS:
        m += 2 if _at(doc, m + 1) is not None and doc[m + 1].text in DASHES else 1  # "to mid-April 2023"
    if nxt is None or nxt.lower_ not in ("and", "or", "through", "to", "until") or not _is_month(doc, m):
        return None
    j = _skip_comma(doc, m + 1)
    year = year_number(doc[j]) if j < len(doc) else None
    if year is None:
        return None
    return year - 1 if (_month_of(doc[m]) or 0) < month else year


PART_OF_MONTH_WORDS = {"early", "mid", "late"}


def year_words_after(doc: Tokens, i: int, release: dt.date | None) -> tuple[int, int] | None:
    """'March last year', '5 June this year', 'January next year': the year the words after a date name,
    and where they end."""
    word, year = _at(doc, i), _at(doc, i + 1)
    if release is None or word is None or year is None or year.lower_ != "year" \
            or word.lower_ not in ("last", "this", "next"):
        return None
    return release.year + {"last": -1, "this": 0, "next": 1}[word.lower_], i + 2


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


OFFSET_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
DURATION_UNITS = OFFSET_UNITS | {"hour", "hours", "minute", "minutes", "decade", "decades", "percent", "%", "per"}


def _counts_a_unit(doc: Tokens, k: int) -> bool:
    """A number before token k counts a unit of time or a share ('30 months', '8 years', '40 percent'): no day."""
    tok = _at(doc, k)
    nxt = _at(doc, k + 1)
    return tok is not None and (tok.lower_ in DURATION_UNITS or (tok.lower_ in ("more", "additional", "consecutive")
                                                                 and nxt is not None and nxt.lower_ in DURATION_UNITS))


def read_second_date(doc: Tokens, i: int, links: frozenset[str] | set[str] = RANGE_WORDS
                     ) -> tuple[tuple[int, int, int | None], int] | None:
    """The end of a range led by a dash or 'to': 'April 29, 2025-May 1, 2025', 'Oct. 8 to Nov. 11'."""
    link = _at(doc, i)
    if link is None or link.lower_ not in links:
        return None
    day_first = _at(doc, i + 1) is not None and doc[i + 1].text[:1].isdigit() and day_number(doc[i + 1]) is not None \
        and _is_month(doc, i + 2)  # '3 May to 5 June 2020'
    if not day_first and not _is_month(doc, i + 1):
        return None
    k = i + 2 if day_first else i + 1
    month = _month_of(doc[k])
    parts = read_month_parts(doc, k, k + 1)
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


AMBIGUOUS_MONTHS = {"may", "march", "august", "jan", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                    "dec", "feb"}
"""Month names that are also words or too short to trust in lowercase ('may', 'march', 'dec')."""


def _is_month(doc: Tokens, i: int) -> bool:
    """A capitalized month name, or a lowercase full one that is no other word ('october', not 'may')."""
    tok = _at(doc, i)
    if tok is None or _month_of(tok) is None:
        return False
    return tok.is_title or tok.is_lower and tok.lower_.rstrip(".") not in AMBIGUOUS_MONTHS


def read_numeric(doc: Tokens, span: Anchor, sep: str = "/") -> tuple[DateMention, int] | None:
    """'1/31/2024', '1/31/24', '10-31-74': month first in US releases, day first where the locale says so;
    an order in which no month fits gives way to the other ('27/05/2025' in a US release)."""
    first, second, year = (int(p) for p in span.text.replace(" ", "").split(sep))
    day_first = sep == "." or (span.locale is not None and span.locale.day_first)  # dotted dates: day first (CLDR)
    month, day = (second, first) if day_first else (first, second)
    if month > 12 >= day:
        month, day = day, month  # "27/05/2025" can only be day first, whatever the locale prefers
    if year < 100:
        year += 2000 if year < 70 else 1900
    value = safe_date(year, month, day)
    return (mention(doc, span.start, span.end, value, "day", rule=span.id_), span.end) if value else None


def read_weekday(doc: Tokens, span: Anchor, weekday: int, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'Tuesday', 'last Tuesday', 'next Tuesday'; a weekday that opens a full date is part of it."""
    nth = read_nth_weekday(doc, span, weekday, release)
    if nth is not None:
        return nth
    counted = _at(doc, span.start - 1)
    if counted is not None and counted.lower_ != "last" and ordinal_value(counted.lower_) is not None:
        return None  # 'the third Tuesday after Christmas': a count of weekdays this reader does not do
    link = _at(doc, span.end)
    if counted is not None and counted.lower_ == "the" and link is not None and link.lower_ in ("after", "before") \
            and precedes_holiday(doc, span.end + 1):
        return None  # 'the Tuesday after Thanksgiving': the holiday reads it
    j = span.end + 1 if _at(doc, span.end) is not None and _abbreviation_period(doc, span.end) else span.end
    j = _skip_comma(doc, j)
    if _at(doc, j) is not None and doc[j].text == "(":
        j += 1
    before = _at(doc, span.start - 1)
    if _is_month(doc, j) or _opens_day_first_date(doc, j) or inside_name(doc, span) or (
            _at(doc, j) is not None and _fused_month(doc[j].text) is not None) \
            or (before is not None and before.lower_ in NOT_A_DAY_BEFORE) or names_a_written_date(doc, span):
        return None
    week = read_week_of_weekday(doc, span, weekday, release) or read_weekday_and_day(doc, span, weekday, release)
    if week is not None:
        return week
    start = span.start
    direction = "future" if future_cue(doc, span.start) else "past"
    explicit_last = before is not None and before.lower_ in ("last", "past")
    if explicit_last:
        start, direction = span.start - 1, "past"
    elif before is not None and before.lower_ in ("next", "coming"):
        start, direction = span.start - 1, "future"
    elif before is not None and before.lower_ == "this":
        start = span.start - 1  # 'this Friday': the nearest Friday, ahead or past as the sentence says
    value = None
    if release is not None and before is not None and before.lower_ == "next":
        monday = release - dt.timedelta(days=release.weekday())
        value = monday + dt.timedelta(weeks=1, days=weekday)  # 'next Wednesday': the Wednesday of next week
    elif release is not None:
        if direction == "past":
            delta = (release.weekday() - weekday) % 7 or (7 if explicit_last else 0)  # 'last Tuesday' on a Tuesday
            value = release - dt.timedelta(days=delta)
        else:
            delta = (weekday - release.weekday()) % 7 or 7
            value = release + dt.timedelta(days=delta)
    return mention(doc, start, span.end, value, "day", relative=True, rule=span.id_), span.end


def _opens_day_first_date(doc: Tokens, j: int) -> bool:
    """'Friday 25 July', 'Thursday, 24th July 2025': the weekday opens a date written day first, which the month
    reads (and checks the weekday against); so does 'Monday 5 and Friday 9 August', whose first day takes
    the month written after the second."""
    day = _at(doc, j)
    if day is None or not day.text[:1].isdigit() or day_number(day) is None:
        return False
    if _is_month(doc, j + 1):
        return True
    link = _at(doc, j + 1)
    if link is None or link.lower_ not in COORDINATORS | {"to", "until", "through", "-", "–"}:
        return False
    second = j + 2 + _weekday_after(doc, j + 2)
    nxt = _at(doc, second)
    return nxt is not None and nxt.text[:1].isdigit() and day_number(nxt) is not None and _is_month(doc, second + 1)


def _weekday_before(doc: Tokens, k: int) -> int:
    """1 when token k - 1 is a weekday's name, else 0."""
    tok = _at(doc, k - 1)
    return int(tok is not None and tok.lower_.rstrip(".") in WEEKDAY_NAMES)


def _weekday_after(doc: Tokens, k: int) -> int:
    tok = _at(doc, k)
    return int(tok is not None and tok.lower_.rstrip(".") in WEEKDAY_NAMES)


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
    """'Bassey Monday Idiong', 'Palm Sunday', 'clean monday', 'Monday of the Holy Spirit': a weekday that
    a name word leads or a capitalized 'of' phrase follows is part of a name, not a day."""
    before, after = _at(doc, span.start - 1), _at(doc, span.end)
    if before is not None and after is not None and before.is_title and after.is_title \
            and not before.is_sent_start and before.lower_ not in ("on", "last", "next", "this"):
        return True
    if after is not None and after.lower_ == "of":
        named = _at(doc, span.end + 2 if _at(doc, span.end + 1) is not None
                    and doc[span.end + 1].lower_ == "the" else span.end + 1)
        if named is not None and named.is_title and _month_of(named) is None:
            return True
    if after is not None and after.is_lower and after.is_alpha and is_participle(after.lower_):
        return False  # 'A follow-up search Thursday turned up 19 phones': a day, then the sentence's verb
    return before is not None and _names_a_kind_of_day(doc, span.start - 1)


def _is_adjective(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word, upos="ADJ"))


def _names_a_kind_of_day(doc: Tokens, k: int) -> bool:
    """The word before a weekday makes it a name ('Holy Saturday', 'great friday') unless it is a lead word
    ('on', 'early', 'will'), an inflected verb ('said', 'arrested'), or a base verb after a modal or 'to'."""
    word = doc[k]
    if not word.is_alpha or word.lower_ in lexicon("weekday_leads") or word.is_sent_start and word.is_title:
        return False
    if not word.is_lower:  # 'Holy Saturday' yes; a place or a name ('in Utah Wednesday', 'Moab Wednesday') no
        verbs = verb_lemmas(word.lower_)
        return bool(noun_lemmas(word.lower_) or _is_adjective(word.lower_)) and (not verbs or (
            word.lower_ in verbs and not _in_title_case_line(doc, k)))  # 'Covenant Thursday'; 'Suspects Surrender
        # Tuesday' in a headline is a verb
    lemmas = verb_lemmas(word.lower_)
    if lemmas and word.lower_ not in lemmas:
        return False  # 'said Monday', 'arrested Friday'
    if lemmas:
        helper = _at(doc, k - 1)
        if helper is not None and helper.lower_ in lexicon("modal_verbs"):
            return False  # 'will appear Monday', 'to appear Monday'
        return bool(noun_lemmas(word.lower_))  # 'clean monday', 'branch sunday'; a plain verb stays a day
    return not _predicate_word(doc, k)


def _predicate_word(doc: Tokens, k: int) -> bool:
    """'pleaded guilty Wednesday', 'was released early Wednesday': an adjective or adverb (no noun) that ends a
    verb's phrase, so the weekday after it is a day, not the name of one."""
    word = doc[k].lower_
    before = _at(doc, k - 1)
    return not noun_lemmas(word) and (_is_adjective(word) or is_adverb(word)) and before is not None \
        and before.is_lower and bool(verb_lemmas(before.lower_))


def _in_title_case_line(doc: Tokens, k: int) -> bool:
    token = doc[k]
    return in_headline(doc.doc, cached_text(doc.doc), token.idx, token.idx + len(token))


def future_cue(doc: Tokens, start: int) -> bool:
    """Words just before a date that speak of the future ('is scheduled for', 'will')."""
    lo = max(0, start - LONG_CUE_WINDOW)
    for k in range(lo, start):
        if doc[k].text in (".", "!", "?") and not _abbreviation_period(doc, k):
            lo = k + 1
    return any((doc[k].lower_ in FUTURE_CUES or doc[k].text in MODAL_CUES
                or (doc[k].lower_ in INTENT_CUES and k + 1 < start and doc[k + 1].lower_ == "to"))
               and not past_use_of_cue(doc, k) and (start - k <= CUE_WINDOW or _no_past_form(doc, k + 1, start))
               or _court_date_ahead(doc, k) and _no_past_form(doc, k + 1, start, commas=False)
               for k in range(lo, start))


def _no_past_form(doc: Tokens, start: int, end: int, commas: bool = True) -> bool:
    """No past form of a verb or clause mark between a distant cue and its date ('will install sensors along 14
    miles of track by December'; not 'will be sentenced for thefts committed in December'); with `commas`
    False, the commas of a court's address do not count ('to appear at the Court of Justice, 10 Armoury
    Street, on December 3')."""
    marks = (",", ";", ":") if commas else (";", ":")
    return not any(tok.text in marks or (tok.is_lower and is_participle(tok.lower_))
                   for tok in doc.between(start, end))


APPEARANCE_CUES = {"appear", "appears", "reappear", "reappears"}
MISSED_APPEARANCE = {"failed", "fail", "fails", "refused", "did", "didn't"}


def _court_date_ahead(doc: Tokens, k: int) -> bool:
    """'bailed to appear on 10 June', 'due to reappear', 'appears in court on Monday', 'ordered to return to
    court on July 8': a court date ahead; not 'failed to appear on 10 June'."""
    word = doc[k].lower_
    returns = word in ("return", "returns") and _at(doc, k + 1) is not None and doc[k + 1].lower_ == "to" \
        and _at(doc, k + 2) is not None and doc[k + 2].lower_ == "court"
    return (word in APPEARANCE_CUES or returns) and not (k >= 2 and doc[k - 2].lower_ in MISSED_APPEARANCE)


MODAL_CUES = {"may", "might"}
"""'Charges may be filed by May 1': a modal in lower case (never the month 'May') speaks of what is ahead."""


def _abbreviation_period(doc: Tokens, k: int) -> bool:
    """The period of 'Sat.', 'Feb.', 'Tue.' kept as its own token: no sentence ends there."""
    before = _at(doc, k - 1)
    return doc[k].text == "." and before is not None and not doc[k - 1].whitespace_ and before.is_alpha and (
        before.lower_ in WEEKDAY_NAMES or _month_of(before) is not None) and before.lower_ not in FULL_DAY_NAMES
    # "appear Friday. He was charged Monday": a full name's period ends a sentence


# A cue word followed by one of these does not speak of the future: "set fire", "due to", "the next day"
PAST_USES = {"set": None, "due": {"to"}, "next": {"day", "morning", "afternoon", "evening", "night"},
             "may": {"have", "not"}, "might": {"have", "not"}}


def past_use_of_cue(doc: Tokens, k: int) -> bool:
    """'set fire', 'due to', 'the next day': cue words in senses that say nothing of the future."""
    tok = doc[k]
    if tok.lower_ not in PAST_USES:
        return False
    after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    if tok.lower_ == "set":
        return after not in ("for", "to")
    if tok.lower_ == "due" and after == "to" and _is_bare_verb(doc, k + 2):
        return False  # "are due to appear in court on Monday": ahead; "due to a lack of" is a cause
    return after in PAST_USES[tok.lower_]


def _is_bare_verb(doc: Tokens, k: int) -> bool:
    """A verb's base form that no noun shares ('appear', 'be'; not 'weather' or 'delays')."""
    tok = _at(doc, k)
    return tok is not None and tok.is_lower and tok.lower_ in verb_lemmas(tok.lower_) and not noun_lemmas(tok.lower_)


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


# ---------------------------------------------------------------- ordinals of weekdays, offsets, edges, ranges

WEEKDAY_ORDINALS = {"last": -1}


def read_nth_weekday(doc: Tokens, span: Anchor, weekday: int, release: dt.date | None
                     ) -> tuple[DateMention, int] | None:
    """'the first Tuesday of October (2024)', 'the last Friday of the month': relativedelta's weekday(n)."""
    ordinal_tok, of_tok = _at(doc, span.start - 1), _at(doc, span.end)
    if ordinal_tok is None or of_tok is None or of_tok.lower_ not in ("of", "in"):
        return None
    n = WEEKDAY_ORDINALS.get(ordinal_tok.lower_) or ordinal_value(ordinal_tok.lower_)
    if n is None or not -1 <= n <= 5 or n == 0:
        return None
    start = span.start - 2 if _at(doc, span.start - 2) is not None and doc[span.start - 2].lower_ == "the" \
        else span.start - 1
    k = span.end + 1
    month = _month_of(doc[k]) if _is_month(doc, k) else None
    if month is None:
        which, period = _at(doc, k), _at(doc, k + 1)
        if which is None or period is None or period.lower_ != "month" \
                or which.lower_ not in ("the", "this", "last", "next"):
            return None
        if release is None:
            return mention(doc, start, k + 2, None, "day", relative=True, rule=span.id_), k + 2
        first = release.replace(day=1) + relativedelta(months={"last": -1, "next": 1}.get(which.lower_, 0))
        year, month, end = first.year, first.month, k + 2
    else:
        year, end = None, k + 1
        j = _skip_comma(doc, end)
        if _at(doc, j) is not None and year_number(doc[j]) is not None:
            year, end = year_number(doc[j]), j + 1
        if year is None:
            if release is None:
                return mention(doc, start, end, None, "day", rule=span.id_), end
            year = _year_of_month(month, release, future_cue(doc, start))
    day = relativedelta(day=31 if n < 0 else 1, weekday=_relative_weekday(weekday, n))
    value = dt.date(year, month, 1) + day
    if value.month != month:
        return None  # 'the fifth Monday of' a month with four
    return mention(doc, start, end, value, "day", rule=span.id_), end


def _relative_weekday(weekday: int, n: int):  # noqa: ANN202 - dateutil's weekday instance
    from dateutil.relativedelta import weekdays

    return weekdays[weekday](n)


def _year_of_month(month: int, release: dt.date, future: bool) -> int:
    value = resolve_yearless(month, 1, release, future)
    return value.year if value else release.year


UNIT_DELTAS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


def read_offset(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'a week ago', 'three days from now', 'in two weeks' (only where the text speaks of the future),
    'the day before yesterday': calendar arithmetic on the release date (dateutil's relativedelta)."""
    label = span.label_
    if label.startswith("DAY_OFFSET_"):
        amount, unit = int(label[len("DAY_OFFSET_"):]), "day"
    else:
        words = [doc[k].lower_ for k in range(span.start, span.end)]
        if label == "IN_SPAN":
            if not future_cue(doc, span.start):
                return None  # 'in two weeks, officers arrested 40 people' is a duration
            words = words[1:]
        count = 1 if words[0] in ("a", "an") else parse_number(words[0])
        if count is None or count != int(count) or follows_holiday(doc, span):
            return None  # 'Thanksgiving in 9 months', 'Christmas 2 years ago': which one is meant is not clear
        unit = words[1].rstrip("s")
        amount = -int(count) if label == "AGO" else int(count)
    grain = "day" if unit in ("day", "week", "month") else unit  # 'three months ago' is a day, 'two years ago' a year
    if doc[span.end - 1].lower_ == "today":
        grain = "day"  # '3 years from today' names the day
    if release is None:
        return mention(doc, span.start, span.end, None, grain, relative=True, rule=span.id_), span.end
    value = release + relativedelta(**{UNIT_DELTAS[unit]: amount})
    if grain == "month":
        value = value.replace(day=1)
    elif grain == "year":
        value = value.replace(month=1, day=1)
    return mention(doc, span.start, span.end, value, grain, relative=True, rule=span.id_), span.end


PERIOD_SHIFTS = {"next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1}
"""'the end of next week', 'the beginning of the previous month': which period, from the release's."""


def read_edge_of_period(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'the end of the month' is its 21st to its last day, 'the beginning of the year' January to March,
    'the beginning of next week' Monday to Wednesday and 'the end of this week' Friday to Sunday."""
    edge, which, period = doc[span.start].lower_, doc[span.end - 2].lower_, doc[span.end - 1].lower_
    start = span.start - 1 if _at(doc, span.start - 1) is not None and doc[span.start - 1].lower_ == "the" \
        else span.start
    if which == "following" and not future_cue(doc, start):
        return None  # 'at the end of the following week' in a story of the past counts from another date
    if release is None:
        return mention(doc, start, span.end, None, "day", relative=True, rule=span.id_), span.end
    shift = PERIOD_SHIFTS.get(which, 0)
    if period == "week":
        monday = release - dt.timedelta(days=release.weekday()) + dt.timedelta(weeks=shift)
        value, end_value = (monday, monday + dt.timedelta(days=2)) if edge != "end" else (
            monday + dt.timedelta(days=4), monday + dt.timedelta(days=6))
    elif period == "month":
        first = release.replace(day=1) + relativedelta(months=shift)
        value, end_value = month_edge(first, edge)
    else:
        first = dt.date(release.year + shift, 1, 1)
        value, end_value = (first, first.replace(month=3, day=31)) if edge != "end" else (
            first.replace(month=9), first.replace(month=12, day=31))
    return mention(doc, start, span.end, value, "day", end_value, relative=True, rule=span.id_), span.end


def read_edge_abbreviation(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'by the EOM' (the end of the release's month: the 21st to its last day), 'at the EOY' (September to
    December), after a time word only: alone they may name an 'Employee of the Month'."""
    start = span.start + 1
    if release is None:
        return mention(doc, start, span.end, None, "day", relative=True, rule=span.id_), span.end
    if doc[span.end - 1].text == "EOM":
        value, end_value = month_edge(release.replace(day=1), "end")
    else:
        value, end_value = dt.date(release.year, 9, 1), dt.date(release.year, 12, 31)
    return mention(doc, start, span.end, value, "day", end_value, relative=True, rule=span.id_), span.end


def month_edge(first: dt.date, edge: str) -> tuple[dt.date, dt.date]:
    """'the beginning of' a month is its first ten days, 'the end of' it the 21st to the last day."""
    if edge == "end":
        return first.replace(day=21), first + relativedelta(day=31)
    return first, first.replace(day=10)


EDGE_WORDS = {"beginning": "start", "start": "start", "end": "end"}


def edge_of_month(doc: Tokens, month_start: int) -> tuple[str, int] | None:
    """'the beginning of March', 'end of March': which edge, and where the phrase starts."""
    of_tok, edge_tok = _at(doc, month_start - 1), _at(doc, month_start - 2)
    if of_tok is None or edge_tok is None or of_tok.lower_ not in ("of", "in"):
        return None
    last = _at(doc, month_start - 3)
    if edge_tok.lower_ == "day" and last is not None and last.lower_ == "last":
        counted = _at(doc, month_start - 4)
        back = ordinal_value(counted.lower_) if counted is not None else None
        if back is not None and not 1 <= back <= 10:
            return None
        start = month_start - 3 if back is None else month_start - 4  # 'the last day of October', 'the 5th last'
        if _at(doc, start - 1) is not None and doc[start - 1].lower_ == "the":
            start -= 1
        return f"last{(back or 1) - 1 or ''}", start  # 'last4': four days before the last
    if edge_tok.lower_ not in EDGE_WORDS or of_tok.lower_ != "of":
        return None
    start = month_start - 2
    if _at(doc, start - 1) is not None and doc[start - 1].lower_ == "the":
        start -= 1
    return EDGE_WORDS[edge_tok.lower_], start


def read_day_range(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'between the 3rd and the 5th' (no month): the latest such days on or before the release date."""
    first, last = day_number(doc[span.start + 2]), day_number(doc[span.end - 1])
    if first is None or last is None or first > last:
        return None
    if _is_month(doc, span.end) or (_at(doc, span.end) is not None and doc[span.end].lower_ == "of"):
        return None  # 'between the 3rd and the 5th of May': the month anchor reads it
    value = end_value = None
    if release is not None:
        month_start = release.replace(day=1)
        if last > release.day:
            month_start -= relativedelta(months=1)
        value, end_value = safe_date(month_start.year, month_start.month, first), \
            safe_date(month_start.year, month_start.month, last)
    return mention(doc, span.start + 1, span.end, value, "day", end_value, relative=True, rule=span.id_), span.end


def read_month_day(doc: Tokens, span: Anchor) -> tuple[DateMention, int] | None:
    """'on 2/15' (US) or 'on 15/2' (day first by locale), after a preposition or copula; resolved like
    any date without a year."""
    text = doc[span.end - 1].text
    first, second = (int(p) for p in text.split("/"))
    if _is_month(doc, span.end):
        return _two_days_of_month(doc, span, first, second)
    month, day = (second, first) if span.locale is not None and span.locale.day_first else (first, second)
    if not (1 <= month <= 12) or safe_date(2024, month, day) is None or _measures_something(doc, span.end) \
            or (span[0].lower_ in FRACTION_LEADS and first < second and second in FRACTION_DENOMINATORS):
        return None  # 'cut by 1/2', 'the ratio was 3/4': a fraction
    release = release_meta(doc.doc).release_date if release_meta(doc.doc) else None
    value = resolve_yearless(month, day, release, future_cue(doc, span.end - 1))  # the lead may say it: 'due 4/15'
    return mention(doc, span.end - 1, span.end, value, "day", rule=span.id_), span.end


def _two_days_of_month(doc: Tokens, span: Anchor, first: int, second: int) -> tuple[DateMention, int] | None:
    """'on 8/9 March': a night or a span across two days of the month named after them, one range."""
    month = _month_of(doc[span.end])
    if month is None or not first < second:
        return None
    end = span.end + 1
    year = year_number(doc[end]) if _at(doc, end) is not None else None
    release = release_meta(doc.doc).release_date if release_meta(doc.doc) else None
    value = safe_date(year, month, first) if year else resolve_yearless(month, first, release,
                                                                         future_cue(doc, span.end - 1))
    end_value = safe_date(value.year, month, second) if value is not None else None
    if value is None and release is not None or (value is not None and end_value is None):
        return None
    end = end + 1 if year else end
    return mention(doc, span.end - 1, end, value, "day", end_value, rule=span.id_), end


FRACTION_LEADS = {"by", "to", "is", "was", "of", "for", "from"}
FRACTION_DENOMINATORS = {2, 3, 4, 8}
"""After words that also lead amounts ('cut by 1/2', 'was 3/4'), a common fraction is no month and day; after 'on',
'since' or 'due' it is ('on 1/2')."""
FRACTION_FOLLOWERS = {"of", "inch", "inches", "mile", "miles", "cup", "cups", "ounce", "ounces", "pound", "pounds",
                      "gram", "grams", "share", "shares", "percent", "%", "th", "ths"}


def _measures_something(doc: Tokens, end: int) -> bool:
    """'for 3/4 of the cost', 'on 1/2 inch': a fraction, not a month and day."""
    after = _at(doc, end)
    return after is not None and after.lower_ in FRACTION_FOLLOWERS


COMPACT_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[/-]?([a-z]+)[/-]?\s*(\d{2}|\d{4})$")


def read_day_month_year(doc: Tokens, span: Anchor) -> tuple[DateMention, int] | None:
    """'31/Oct/1974', '3-Jan-24', '14april 2015': a day, a month by name and a year written together."""
    parts = COMPACT_DAY_MONTH_YEAR.match(span.text.lower())
    month = _month_lookup().get(parts[2]) if parts else None
    if parts is None or month is None:
        return None
    year = int(parts[3])
    if year < 100:
        year += 2000 if year < 70 else 1900
    value = safe_date(year, month, int(parts[1]))
    return (mention(doc, span.start, span.end, value, "day", rule=span.id_), span.end) if value else None


FUSED_MONTH_DAY = re.compile(r"^([A-Za-z]+)(\d{1,2})$")
def _fused_month(text: str) -> int | None:
    """The month of 'Feb13' (a month name run into its day)."""
    split = FUSED_MONTH_DAY.match(text)
    return _month_lookup().get(split[1].lower()) if split else None


WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*$", re.IGNORECASE)


def read_fused_month_day(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'Wed, Feb13': a month and day run together, believed only after a written weekday (else it may be a code),
    in the nearest year where that weekday agrees."""
    start_char = span[0].idx
    written = WEEKDAY_BEFORE.search(cached_text(doc.doc)[max(0, start_char - 12):start_char])
    split = FUSED_MONTH_DAY.match(span.text)
    if written is None or split is None:
        return None
    month, day = _month_lookup().get(split[1].lower()), int(split[2])
    weekday = WEEKDAY_NAMES.get(written[0].strip(" ,.").lower()[:3])
    if month is None or safe_date(2024, month, day) is None or weekday is None:
        return None
    if release is None:
        return mention(doc, span.start, span.end, None, "day", rule=span.id_), span.end
    years = sorted(range(release.year - 3, release.year + 4), key=lambda y: abs(y - release.year))
    value = next((d for y in years if (d := safe_date(y, month, day)) and d.weekday() == weekday), None)
    return (mention(doc, span.start, span.end, value, "day", rule=span.id_), span.end) if value else None


def read_year_month(doc: Tokens, span: Anchor) -> tuple[DateMention, int] | None:
    """'in 2014-10', 'since 2019/05': a year and a month in digits after a time word; '2010-12' is left out, as
    it may be the years 2010 to 2012, and '2014-10-05' is the full date's."""
    year, month = (int(p) for p in re.split(r"[-/]", doc.span(span.start + 1, span.end).text))
    after, next_after = _at(doc, span.end), _at(doc, span.end + 1)
    if not 1 <= month <= 12 or not 1900 <= year <= 2099 or month >= year % 100 or (
            after is not None and after.text in DASHES | {"/"} and next_after is not None and next_after.is_digit):
        return None
    return mention(doc, span.start + 1, span.end, dt.date(year, month, 1), "month", rule=span.id_), span.end


def read_month_year(doc: Tokens, span: Anchor) -> tuple[DateMention, int] | None:
    """'between 2/2013 and 5/2014', 'since 11/2019': a month and a year in digits."""
    month, year = (int(p) for p in doc[span.end - 1].text.split("/"))
    if not 1 <= month <= 12 or not 1900 <= year <= 2099:
        return None
    return mention(doc, span.end - 1, span.end, dt.date(year, month, 1), "month", rule=span.id_), span.end


# ---------------------------------------------------------------- holidays (the holidays package)

HOLIDAY_FALLBACKS = ("US", "GB", "CA", "AU", "NZ", "IE")
"""Calendars asked after the release's own: Good Friday and Boxing Day are the same days in all of them."""
NAME_LEADS = {"on", "over", "before", "after", "since", "until", "by", "this", "last", "next", "during", "through",
              "around", "for", "at", "the", "of", "and", "or", "from", "to", "between", "till", "ahead", "past"}
"""Words before a holiday that keep it a date; another capitalized word makes it part of a name."""
WEEKEND_AFTER = {0: (-2, 0), 4: (0, 2), 3: (0, 3)}
"""'Memorial Day weekend': a Monday holiday's weekend is Saturday to Monday, a Friday's Friday to Sunday."""


def holiday_spans(doc: Doc, locale: Locale) -> list[Span]:
    """Holiday names of the release's calendar ('Christmas', 'Memorial Day', 'Good Friday'), as anchors."""
    text = cached_text(doc)
    spans = []
    seen: set[tuple[int, int]] = set()
    for pattern, names in (_holiday_pattern(), _own_holiday_pattern(locale.territory)):
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), label="HOLIDAY", alignment_mode="strict")
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            full = names.get(match[0].lower()) or names[re.sub(r"[\s-]+", " ", match[0].lower())]
            spans.append(Span(doc, span.start, span.end, label="HOLIDAY", span_id=f"holiday:{full}"))
    return spans


NO_NAMES = re.compile(r"(?!)")


@lru_cache(maxsize=16)
def _own_holiday_pattern(territory: str | None) -> tuple[re.Pattern[str], dict[str, str]]:
    """The civic days of the release's own country that no other calendar read here names ('Freedom Day' and
    'Heritage Day' in a South African release, 'Republic Day' in an Indian one): read only in its releases."""
    if territory is None:
        return NO_NAMES, {}
    known, _ = _holiday_pattern()
    names = {name.lower(): name.lower() for year in (2023, 2024, 2025) for _, name in _calendar(territory, year)
             if "(" not in name and "observed" not in name.lower() and not known.pattern.fullmatch(name)}
    if not names:
        return NO_NAMES, {}
    alternatives = "|".join(re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True))
    names.update({n.replace("'", "’"): f for n, f in list(names.items()) if "'" in n})
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE), names


@lru_cache(maxsize=1)
def _holiday_pattern() -> tuple[NameSearch, dict[str, str]]:
    """Every holiday name the calendars know (and the short names of `holiday_aliases`), capitalized."""
    names: dict[str, str] = {}
    for territory in HOLIDAY_FALLBACKS:
        for _, name in _calendar(territory, 2024):
            if "observed" not in name.lower() and "(" not in name:
                names[name.lower()] = name.lower()
    for territory in _festival_calendars():
        parts = _festival_parts(territory)
        for year in (2023, 2024, 2025):
            for _, name in _calendar(territory, year):
                names.update((variant, variant if variant in _names_of(name) else name.lower())
                             for variant in _festival_names(name, parts) if variant not in names)
    for entry in lexicon("holiday_aliases"):
        short, _, full = (part.strip() for part in entry.partition("="))
        names[short] = full
    for short, full in list(names.items()):  # 'easter = easter sunday = easter+0'
        names[short] = names.get(full, full) if full != short else full
    ordered = sorted(names, key=len, reverse=True)
    alternatives = [re.escape(n).replace("'", "['’]").replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]")
                    for n in ordered]  # 'Id-ul-Fitr', 'Id ul-Fitr'
    names.update({re.sub(r"[\s-]+", " ", n): f for n, f in list(names.items())})
    names.update({n.replace("'", "’"): f for n, f in list(names.items()) if "'" in n})
    return NameSearch(ordered, alternatives, r"(?<![\w-])", r"(?![\w-])"), names


@lru_cache(maxsize=256)
def _calendar(territory: str, year: int, region: str | None = None) -> tuple[tuple[dt.date, str], ...]:
    """One territory's (or region's) holidays of a year, public and, where kept, unofficial or optional, under
    the package's default names and those of the English variants `holiday_name_languages` lists for it."""
    import warnings

    import holidays

    supported = holidays.country_holidays(territory).supported_categories
    categories = tuple(c for c in ("public", "unofficial", "optional") if c in supported)
    pairs: list[tuple[dt.date, str]] = []
    for language in (None, *_name_languages().get(territory, ())):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # years a calendar does not cover give no days, and say so in a warning
            found = holidays.country_holidays(territory, subdiv=region, years=year, categories=categories,
                                              language=language)
        pairs += [(day, one) for day, names in found.items() for one in names.split("; ")]  # two on one day
    return tuple(dict.fromkeys((day, name) for day, name in pairs if "observed" not in name.lower()))


@lru_cache(maxsize=1)
def _name_languages() -> dict[str, tuple[str, ...]]:
    """Territory -> the package's language codes whose names are read too ('IN' -> ('en_IN',))."""
    found: dict[str, tuple[str, ...]] = {}
    for entry in lexicon_lines("holiday_name_languages"):
        territory, _, language = (part.strip() for part in entry.partition("="))
        code, _, variant = language.partition("_")
        found[territory.upper()] = (*found.get(territory.upper(), ()), f"{code}_{variant.upper()}")
    return found


HOLIDAY_OFFSET = re.compile(r"^(?P<base>.+?)(?P<days>[+-]\d+)$")
ALTERNATIVE_NAMES = re.compile(r" / | or ")


@lru_cache(maxsize=1)
def _festival_calendars() -> tuple[str, ...]:
    return tuple(code.upper() for code in lexicon_lines("holiday_festival_calendars"))


def _festival_names(name: str, parts: frozenset[str] = frozenset()) -> list[str]:
    """The names a festival calendar gives one day ('Simchat Torah / Shemini Atzeret', 'Karaka Chaturthi (Karwa
    Chouth)'), lowercase, with the possessive dropped as English also writes them ('Guru Nanak Jayanti'); none for
    a civic day ('National Day'), a date the package only estimates, or one day of a festival of several
    (`parts`: 'Dussehra (Saptami)', 'Chinese New Year (Second Day)')."""
    lowered = name.lower()
    if "estimated" in lowered or "observed" in lowered or set(lowered.split()) & lexicon("holiday_civil_words"):
        return []
    head, paren, rest = lowered.partition("(")
    if paren and (head.strip() in parts or not rest.endswith(")")):
        return []
    found = [alt.strip() for part in (head, rest.rstrip(")")) for alt in ALTERNATIVE_NAMES.split(part) if alt.strip()]
    return found + [bare for alt in found if (bare := re.sub(r"['’]s\b", "", alt)) != alt]


@lru_cache(maxsize=16)
def _festival_parts(territory: str) -> frozenset[str]:
    """Names a calendar also writes with a day in parentheses on other days ('Dussehra' and 'Dussehra
    (Saptami)'): the parenthesized ones are single days of a longer festival."""
    parts: set[str] = set()
    for year in (2023, 2024, 2025):
        days = {(day, name.lower().partition("(")[0].strip()) for day, name in _calendar(territory, year)}
        parts |= {head for day, head in days if any(n == head and d != day for d, n in days)}
    return frozenset(parts)


def holiday_date(name: str, year: int, territory: str | None, estimated: bool = False) -> dt.date | None:
    """The day a holiday falls on in a year, by the release's calendar first, then the other English ones;
    'easter-2' (Good Friday) counts days from Easter Sunday (dateutil), 'thanksgiving day+1' from a holiday.
    `estimated` reads only the days a calendar marks as its estimate (lunar feasts of years it has no
    announced dates for)."""
    forced, colon, rest = name.partition(":")
    if colon and len(forced) == 2:  # 'us:thanksgiving day+1': Black Friday follows the US's
        return holiday_date(rest, year, forced.upper(), estimated)
    offset = HOLIDAY_OFFSET.match(name)
    if offset:
        base = easter(year) if offset["base"] == "easter" else easter(year, EASTER_ORTHODOX) \
            if offset["base"] == "orthodox easter" else holiday_date(offset["base"], year, territory, estimated)
        return None if base is None else base + dt.timedelta(days=int(offset["days"]))
    order = [territory] if territory else []  # the release's own calendar first
    for country in dict.fromkeys((*order, *HOLIDAY_FALLBACKS, *_festival_calendars())):
        days = _days_named(country, year, name, estimated)
        if len(days) == 1:
            return next(iter(days))
        if days:
            return None  # regions keep it on different days: never guess which
    return None


ESTIMATE_MARK = " (estimated)"


@lru_cache(maxsize=1024)
def _days_named(territory: str, year: int, name: str, estimated: bool = False) -> frozenset[dt.date]:
    """The days a holiday of this name falls on: national calendar first, else any region's
    ('Thanksgiving' in Canada is provincial); with `estimated`, the days the calendar only estimates."""
    if estimated:
        return frozenset(day for day, holiday in _calendar(territory, year) if ESTIMATE_MARK in holiday.lower()
                         and name in _names_of(holiday.lower().replace(ESTIMATE_MARK, "")))
    days = {day for day, holiday in _calendar(territory, year) if name in _names_of(holiday)}
    if days or territory in _festival_calendars():
        return frozenset(days)
    for region in _regions(territory):
        days |= {day for day, holiday in _calendar(territory, year, region) if name in _names_of(holiday)}
    return frozenset(days)


@lru_cache(maxsize=4096)
def _names_of(holiday: str) -> frozenset[str]:
    """A holiday's name and, unless a day is in parentheses, each name it lists ('Ganesh Chaturthi / Vinayak
    Chaturthi'): the package lists more names in some years than in others."""
    lowered = holiday.lower()
    if "(" in lowered:
        return frozenset({lowered})
    return frozenset({lowered, *(alt.strip() for alt in ALTERNATIVE_NAMES.split(lowered) if alt.strip())})


@lru_cache(maxsize=16)
def _regions(territory: str) -> tuple[str, ...]:
    import holidays

    return tuple(holidays.country_holidays(territory).subdivisions)


def read_holiday(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'Christmas', 'Thanksgiving 2023', 'Memorial Day weekend' (Saturday to Monday); none inside a name
    ('Operation Christmas Child')."""
    if holiday_in_name(doc, span):
        return None
    before = _at(doc, span.start - 1)
    if before is not None and before.lower_ in lexicon("holiday_other_calendars"):
        return None  # 'Orthodox Easter', 'Chinese New Year': another calendar's day
    shift = _days_from_holiday(doc, span)
    if shift is None and _offset_around(doc, span):
        return None  # 'Thanksgiving in 3 years', 'a year after Christmas': not the holiday's own day
    name = span.id_.removeprefix("holiday:")
    territory = span.locale.territory if span.locale else None
    festival = _is_festival_only(name, territory)
    if festival and _qualified_by_foreign_word(doc, span):
        return None  # 'choti Diwali', 'kaanum Pongal': another day of the festival, which the calendar lacks
    end = span.end
    j = _skip_comma(doc, end)
    if _at(doc, j) is not None and doc[j].lower_ in ("in", "of") and _at(doc, j + 1) is not None \
            and year_number(doc[j + 1]) is not None:
        j += 1  # 'Deepavali in 2019', 'Christmas of 2015'
    year = year_number(doc[j]) if j < len(doc) else None
    start = span.start
    spelled = year_in_words(doc, j) if year is None else None
    if spelled is not None:
        year, end = spelled
        j = end - 1
    elif year is None and release is not None:
        year, start, end = _holiday_year_words(doc, span, release)
        j = end - 1
    weekend = _at(doc, end) is not None and doc[end].lower_ == "weekend"
    if weekend:
        end += 1
    estimated = False
    if year is not None:
        value = holiday_date(name, year, territory)
        if value is None:  # 'Eid al-Fitr 2034': a lunar feast the calendar only estimates for that year
            value = holiday_date(name, year, territory, estimated=True)
            estimated = value is not None
        end = max(end, j + 1) if year_number(doc[j]) is not None else end
    elif release is None:
        value = None
    else:
        value = _nearest_holiday(name, territory, release, future_cue(doc, span.start))
    end_value = None
    if weekend and value is not None:
        if value.weekday() not in WEEKEND_AFTER:
            return None
        before, after = WEEKEND_AFTER[value.weekday()]
        value, end_value = value + dt.timedelta(days=before), value + dt.timedelta(days=after)
    if value is None and release is not None:
        return None
    if shift is not None:
        start = shift[0]
        value = value + shift[1] if value is not None else None
        end_value = end_value + shift[1] if end_value is not None else None
    counted = _weekdays_from_holiday(doc, span) if not weekend else None
    if counted is not None:
        start = counted[0]
        value = value + counted[1] if value is not None else None
    if estimated:
        note_doubt(doc.doc,
            f"'{span.text}' dated {value.isoformat()} by the calendar's estimate for {year} (holidays package); "
            f"the day kept may differ by a day (at character {span[0].idx})")
    elif festival and value is not None:
        note_doubt(doc.doc,
            f"'{span.text}' dated {value.isoformat()} by another country's calendar (holidays package); "
            f"where the release is, it may be kept a day earlier or later (at character {span[0].idx})")
    return mention(doc, start, end, value, "day", end_value, rule="holiday"), end


def year_in_words(doc: Tokens, k: int) -> tuple[int, int] | None:
    """'two thousand ten' (a year spelled out, 2001 to 2099, as it is read aloud): the year and where it ends;
    none when a noun follows ('Christmas two thousand ten officers' counts officers)."""
    first = _at(doc, k)
    if first is None or first.lower_ != "two" or _at(doc, k + 1) is None or doc[k + 1].lower_ != "thousand":
        return None
    for end in (k + 4, k + 3):
        words = doc.between(k, end)
        after = _at(doc, end)
        if len(words) != end - k or not all(w.is_alpha for w in words) or (
                after is not None and after.is_alpha and after.lower_ not in WORDS_AFTER_A_DAY):
            continue
        value = parse_number(" ".join(w.lower_ for w in words))
        if value is not None and value == int(value) and 2001 <= value <= 2099:
            return int(value), end
    return None


def _is_festival_only(name: str, territory: str | None) -> bool:
    """A holiday only a festival calendar names ('Diwali', 'Eid al-Fitr' outside India and the Gulf)."""
    if HOLIDAY_OFFSET.match(name) or ":" in name or territory in _festival_calendars():
        return False
    return name in _festival_only_names()


@lru_cache(maxsize=1)
def _festival_only_names() -> frozenset[str]:
    pattern, names = _holiday_pattern()
    english = {n.lower() for t in HOLIDAY_FALLBACKS for y in (2023, 2024, 2025) for _, n in _calendar(t, y)}
    return frozenset(full for full in names.values() if full not in english and "+" not in full)


def _qualified_by_foreign_word(doc: Tokens, span: Anchor) -> bool:
    """A word before a festival's name that is no English word ('choti Diwali', 'maattu Pongal')."""
    from extractor.lexicon import noun_lemmas, verb_lemmas

    before = _at(doc, span.start - 1)
    if before is None or not before.is_alpha or before.lower_ in NAME_LEADS \
            or before.lower_ in lexicon("weekday_leads") or before.lower_ in lexicon("function_words"):
        return False
    word = before.lower_
    return not (noun_lemmas(word) or verb_lemmas(word) or _is_adjective(word))


def _weekdays_from_holiday(doc: Tokens, span: Anchor) -> tuple[int, relativedelta] | None:
    """'the third Tuesday after Christmas', 'the Monday before Easter': where the phrase starts and the step
    from the holiday to that weekday (dateutil's weekday(n), the holiday's own day not counted)."""
    link, day, count = _at(doc, span.start - 1), _at(doc, span.start - 2), _at(doc, span.start - 3)
    if link is None or day is None or count is None or link.lower_ not in ("after", "before") \
            or day.lower_ not in WEEKDAY_NAMES or len(day.text) < 6:
        return None
    n = 1 if count.lower_ == "the" else ordinal_value(count.lower_)
    if n is None or not 1 <= n <= 5 or count.text[:1].isdigit() and count.text.isdigit():
        return None
    start = span.start - 3
    if count.lower_ != "the" and _at(doc, start - 1) is not None and doc[start - 1].lower_ == "the":
        start -= 1
    weekday = WEEKDAY_NAMES[day.lower_]
    after = link.lower_ == "after"
    return start, relativedelta(days=1 if after else -1, weekday=_relative_weekday(weekday, n if after else -n))


SHIFT_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
"""Offsets from a holiday read as days; months and years after one ('a year after Christmas') are left out:
which Christmas they count from is not clear."""


def _days_from_holiday(doc: Tokens, span: Anchor) -> tuple[int, dt.timedelta] | None:
    """'three days after Easter', 'a week before Christmas', '2 days before Thanksgiving': where the phrase
    starts and the days to add to the holiday."""
    link, unit, count = _at(doc, span.start - 1), _at(doc, span.start - 2), _at(doc, span.start - 3)
    if link is None or unit is None or count is None or link.lower_ not in ("after", "before") \
            or unit.lower_ not in SHIFT_UNITS:
        return None
    n = 1 if count.lower_ in ("a", "an") and not unit.lower_.endswith("s") else parse_number(count.text)
    if n is None or n != int(n) or not 0 < n <= 60:
        return None
    days = int(n) * SHIFT_UNITS[unit.lower_]
    return span.start - 3, dt.timedelta(days=days if link.lower_ == "after" else -days)


def _holiday_year_words(doc: Tokens, span: Anchor, release: dt.date) -> tuple[int | None, int, int]:
    """'this Thanksgiving' (the release's year), 'last Easter' / 'next Christmas' (the one before / after),
    'Thanksgiving of next year': the year the words name, with the mention's start and end."""
    before, start, end = _at(doc, span.start - 1), span.start, span.end
    name = span.id_.removeprefix("holiday:")
    territory = span.locale.territory if span.locale else None
    if _at(doc, end) is not None and doc[end].lower_ == "of" and _at(doc, end + 2) is not None \
            and doc[end + 2].lower_ == "year" and doc[end + 1].lower_ in ("last", "next", "this"):
        shift = {"last": -1, "next": 1, "this": 0}[doc[end + 1].lower_]
        return release.year + shift, start, end + 3
    if before is None or before.lower_ not in ("this", "last", "next"):
        return None, start, end
    word = before.lower_
    days = [d for y in (release.year - 1, release.year, release.year + 1) if (d := holiday_date(name, y, territory))]
    if word == "this":
        this_year = holiday_date(name, release.year, territory)
        if this_year is not None and this_year < release and future_cue(doc, span.start - 1):
            return release.year + 1, start - 1, end  # 'will be held this Thanksgiving' after this year's is past
        return release.year, start - 1, end
    if word == "last":
        found = max((d for d in days if d < release), default=None)
    else:
        found = min((d for d in days if d > release), default=None)
    return (found.year if found else None), start - 1, end


def _offset_around(doc: Tokens, span: Anchor) -> bool:
    """'three days after Easter', 'a week before Christmas', 'Thanksgiving in a year', 'Christmas 2 years ago'."""
    link, unit = _at(doc, span.start - 1), _at(doc, span.start - 2)
    if link is not None and unit is not None and link.lower_ in ("after", "before") and unit.lower_ in OFFSET_UNITS:
        return True
    words = [t.lower_ for t in doc.between(span.end, span.end + 4)]
    if words[:1] == ["in"] and len(words) > 2 and words[2] in OFFSET_UNITS:
        return True
    return len(words) > 2 and words[1] in OFFSET_UNITS and words[2] in ("ago", "hence", "later", "earlier")


def _nearest_holiday(name: str, territory: str | None, release: dt.date, future: bool) -> dt.date | None:
    days = [d for y in (release.year - 1, release.year, release.year + 1) if (d := holiday_date(name, y, territory))]
    latest = max((d for d in days if d <= release), default=None)
    soonest = min((d for d in days if d >= release), default=None)
    return (soonest or latest) if future else latest


def precedes_holiday(doc: Tokens, k: int) -> bool:
    """A holiday's name starts at token k."""
    tok = _at(doc, k)
    if tok is None:
        return False
    pattern, _ = _holiday_pattern()
    return pattern.pattern.match(cached_text(doc.doc), tok.idx) is not None


def follows_holiday(doc: Tokens, span: Anchor) -> bool:
    """A holiday's name written just before the span ('Thanksgiving in 9 months')."""
    start = doc[span.start].idx
    text = cached_text(doc.doc)[max(0, start - 60):start].rstrip()
    pattern, _ = _holiday_pattern()
    return any(m.end() == len(text) for m in pattern.finditer(text))


def holiday_in_name(doc: Tokens, span: Anchor) -> bool:
    """'Operation Christmas Child', 'Thanksgiving Food Drive': a holiday between capitalized words is a name."""
    before, after = _at(doc, span.start - 1), _at(doc, span.end)
    lead_is_name = before is not None and before.is_title and not before.is_sent_start \
        and before.lower_ not in NAME_LEADS
    tail_is_name = after is not None and after.is_title and _month_of(after) is None and after.lower_ != "weekend"
    return lead_is_name or tail_is_name


WEEK_SHIFTS = {"last": -1, "this": 0, "next": 1, "coming": 1}


def read_week_of_weekday(doc: Tokens, span: Anchor, weekday: int, release: dt.date | None
                         ) -> tuple[DateMention, int] | None:
    """'Wednesday of next week', 'Monday this week', 'Friday after next': a weekday in a named week
    (weeks start on Monday), or the one after the next."""
    before, possessive = _at(doc, span.start - 2), _at(doc, span.start - 1)
    if before is not None and possessive is not None and possessive.text in ("'s", "’s") \
            and _at(doc, span.start - 3) is not None and doc[span.start - 3].lower_ in WEEK_SHIFTS \
            and before.lower_ == "week" and release is not None:  # "last week's Sunday"
        monday = release - dt.timedelta(days=release.weekday())
        value = monday + dt.timedelta(weeks=WEEK_SHIFTS[doc[span.start - 3].lower_], days=weekday)
        return mention(doc, span.start - 3, span.end, value, "day", relative=True, rule=span.id_), span.end
    k = span.end
    if _at(doc, k) is not None and doc[k].lower_ in ("of", "from"):
        k += 1
    shift_word, week_word = _at(doc, k), _at(doc, k + 1)
    after_next = shift_word is not None and week_word is not None and shift_word.lower_ == "after" \
        and week_word.lower_ == "next"
    named_week = shift_word is not None and week_word is not None and shift_word.lower_ in WEEK_SHIFTS \
        and week_word.lower_ == "week"
    if not (after_next or named_week):
        return None
    end = k + 2
    if release is None:
        return mention(doc, span.start, end, None, "day", relative=True, rule=span.id_), end
    if after_next:
        value = release + relativedelta(days=1, weekday=_relative_weekday(weekday, 1)) + dt.timedelta(days=7)
    else:
        monday = release - dt.timedelta(days=release.weekday())
        value = monday + dt.timedelta(weeks=WEEK_SHIFTS[shift_word.lower_], days=weekday)
    return mention(doc, span.start, end, value, "day", relative=True, rule=span.id_), end


def read_weekday_and_day(doc: Tokens, span: Anchor, weekday: int, release: dt.date | None
                         ) -> tuple[DateMention, int] | None:
    """'Tuesday the 19th', 'Thu 15th': the nearest such day of a month that falls on that weekday."""
    k = span.end
    if _at(doc, k) is not None and doc[k].lower_ == "the":
        k += 1
    tok = _at(doc, k)
    if tok is None or not tok.text[:1].isdigit() or tok.text.isdigit() and k == span.end \
            or day_number(tok) is None or _is_month(doc, k + 1) or (
            _at(doc, k + 1) is not None and doc[k + 1].lower_ == "of"):
        return None
    day = day_number(tok)
    if release is None:
        return mention(doc, span.start, k + 1, None, "day", rule=span.id_), k + 1
    future = future_cue(doc, span.start)
    months = range(0, 13) if future else range(0, -13, -1)
    for shift in months:
        first = release.replace(day=1) + relativedelta(months=shift)
        value = safe_date(first.year, first.month, day)
        if value is not None and value.weekday() == weekday and (value >= release if future else value <= release):
            return mention(doc, span.start, k + 1, value, "day", rule=span.id_), k + 1
    return None


MONTH_SHIFTS = {"next": 1, "coming": 1, "this": 0, "current": 0, "last": -1, "previous": -1}


def read_day_of_named_month(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'the 20th of next month', '20 of this month', '20th day of the previous month'."""
    day = day_number(doc[span.start])
    shift = MONTH_SHIFTS.get(doc[span.end - 2].lower_)
    if day is None or shift is None:
        return None
    start = span.start - 1 if _at(doc, span.start - 1) is not None and doc[span.start - 1].lower_ == "the" \
        else span.start
    if release is None:
        return mention(doc, start, span.end, None, "day", relative=True, rule=span.id_), span.end
    first = release.replace(day=1) + relativedelta(months=shift)
    value = safe_date(first.year, first.month, day)
    if value is None:
        return None
    return mention(doc, start, span.end, value, "day", relative=True, rule=span.id_), span.end


def read_edge_of_year(doc: Tokens, span: Anchor) -> tuple[DateMention, int] | None:
    """'the end of 2012' is September to December, 'the beginning of 2017' January to March."""
    year = year_number(doc[span.end - 1])
    if year is None:
        return None
    start = span.start - 1 if _at(doc, span.start - 1) is not None and doc[span.start - 1].lower_ == "the" \
        else span.start
    if doc[span.start].lower_ == "end":
        value, end_value = dt.date(year, 9, 1), dt.date(year, 12, 31)
    else:
        value, end_value = dt.date(year, 1, 1), dt.date(year, 3, 31)
    return mention(doc, start, span.end, value, "day", end_value, rule=span.id_), span.end


YEAR_PARTS = {"early": ((1, 1), (3, 31)), "mid": ((4, 1), (8, 31)), "late": ((9, 1), (12, 31))}
"""'early 2023' is January to March and 'late 2023' September to December, as 'the beginning of' and 'the end
of' a year are; 'mid-2023' is the months between."""


def read_part_of_year(doc: Tokens, span: Anchor) -> tuple[DateMention, int] | None:
    """'late 2023', 'mid-2021', 'from early 2022 to late 2023' (one range): a part of a year, as days."""
    first = part_of_year_at(doc, span.start)
    if first is None:
        return None
    value, end_value, end = first
    link = _at(doc, end)
    second = part_of_year_at(doc, end + 1) if link is not None and link.lower_ in RANGE_WORDS else None
    if second is not None and second[1] > end_value:
        end_value, end = second[1], second[2]
    return mention(doc, span.start, end, value, "day", end_value, rule=span.id_), end


def part_of_year_at(doc: Tokens, k: int) -> tuple[dt.date, dt.date, int] | None:
    """The days of 'late 2023' or 'mid-2021' starting at token k, and where it ends; none before a noun it
    qualifies ('late 2023 filings')."""
    tok = _at(doc, k)
    if tok is None:
        return None
    if "-" in tok.text:
        (part, _, year_text), end = tok.lower_.partition("-"), k + 1
    else:
        j = k + 2 if _at(doc, k + 1) is not None and doc[k + 1].text == "-" else k + 1
        year_tok = _at(doc, j)
        part, year_text, end = tok.lower_, year_tok.text if year_tok is not None else "", j + 1
    after = _at(doc, end)
    if part not in YEAR_PARTS or not year_text.isdigit() or len(year_text) != 4 or not 1900 <= int(year_text) <= 2099 \
            or (after is not None and after.is_alpha and after.is_lower and after.lower_ not in WORDS_AFTER_A_DAY):
        return None
    year = int(year_text)
    (m1, d1), (m2, d2) = YEAR_PARTS[part]
    return dt.date(year, m1, d1), dt.date(year, m2, d2), end


def read_day_only(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'on the 15th' with no month: the latest such day on or before the release (after it for the future)."""
    after = _at(doc, span.end)
    if _is_month(doc, span.end) or (after is not None and after.lower_ in ("of", "floor", "last")):
        return None  # 'on the 15th of May', 'on the 2nd last day of May' are the month's; 'the 15th floor' no date
    day = day_number(doc[span.end - 1])
    if day is None:
        return None
    start = span.start + 1
    if release is None:
        return mention(doc, start, span.end, None, "day", relative=True, rule=span.id_), span.end
    future = future_cue(doc, span.start)
    for shift in (range(0, 3) if future else range(0, -3, -1)):
        first = release.replace(day=1) + relativedelta(months=shift)
        value = safe_date(first.year, first.month, day)
        if value is not None and (value >= release if future else value <= release):
            return mention(doc, start, span.end, value, "day", relative=True, rule=span.id_), span.end
    return None


def read_weekdays_away(doc: Tokens, span: Anchor, release: dt.date | None) -> tuple[DateMention, int] | None:
    """'3 Fridays from now' is the third Friday after the release date, '2 Thursdays ago' the second before it."""
    count = 1 if span[0].lower_ in ("a", "an") else parse_number(span[0].text)
    weekday = WEEKDAY_NAMES.get(span[1].lower_.removesuffix("s"))
    if count is None or count != int(count) or not 0 < count <= 52 or weekday is None:
        return None
    if release is None:
        return mention(doc, span.start, span.end, None, "day", relative=True, rule=span.id_), span.end
    n = int(count)
    past = span[2].lower_ in ("ago", "back")
    step = relativedelta(days=-1, weekday=_relative_weekday(weekday, -n)) if past else relativedelta(
        days=1, weekday=_relative_weekday(weekday, n))
    return mention(doc, span.start, span.end, release + step, "day", relative=True, rule=span.id_), span.end


# ---------------------------------------------------------------- ranges written as two dates

RANGE_LINK_WORDS = {"to", "through", "thru", "until", "till", "-", "–", "—"}
RANGE_GAP_WORDS = {"the", ","} | set(WEEKDAY_NAMES)
"""Words that may stand between a range's two dates besides the link ('between Monday 19 August and
Friday 23 August', 'from the 3rd to the 5th')."""
PART_OF_MONTH_BEFORE = re.compile(r"\b(?:early|mid|late)[\s-]*$")
"""'from mid-January to late February': the part of the month the second date opens with."""
RANGE_OPENERS = {"between", "from"}
RANGE_GAP_TIME = re.compile(r"\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)(?=\W|$)|\b(?:on|at)\b")
"""A time of day and 'on'/'at' between a range's dates ('from 6 p.m. on Wednesday, July 3 through 11:59 p.m. on
Sunday, July 7'): read as nothing, like the weekday names."""


def join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """SPEC: a range is one mention, its value the start and `end_value` the end: 'between March and June
    2017', 'from March 2018 through August 2018', 'between Monday 19 August 2024 and Friday 23 August 2024'.
    The readers list the two dates; here two neighbours joined by a range's words become one. Days joined by
    a bare 'and' stay a list ('Jan. 5 and 9'), unless they follow each other ('on 28 and 29 June')."""
    joined: list[DateMention] = []
    for current in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and _are_range_ends(text, previous, current):
            joined[-1] = previous.model_copy(update={
                "end": current.end, "text": text[previous.start:current.end], "end_value": current.value})
        else:
            joined.append(current)
    return joined


LENGTH = r"for\s+(?P<count>an?|[\w-]+)\s+(?P<unit>days?|weeks?)"
LENGTH_AFTER = re.compile(r"\s+" + LENGTH + r"\b(?!\s+(?:of|after|before|later|earlier|ago)\b)", re.IGNORECASE)
LENGTH_BEFORE = re.compile(r"\b" + LENGTH + r"\s+(?:from|starting|beginning)(?:\s+on)?\s+$", re.IGNORECASE)


def with_stated_lengths(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'from 18th Dec for 10 days', 'for two weeks starting March 3': a day and a stated length are one range,
    its last day the length's ('18th Dec for 10 days' ends on the 27th; 'jailed on March 3 for 30 days' too).
    Not 'on March 3 for 10 days of patrols' nor 'for 2 days after the theft'."""
    out: list[DateMention] = []
    for k, current in enumerate(mentions):
        if current.grain != "day" or current.value is None or current.end_value is not None:
            out.append(current)
            continue
        limit = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        after = LENGTH_AFTER.match(text, current.end, limit)
        before = LENGTH_BEFORE.search(text, max(out[-1].end if out else 0, current.start - 40), current.start)
        found = after or before
        days = _stated_days(found["count"], found["unit"]) if found else None
        if days is None:
            out.append(current)
            continue
        start, end = (current.start, after.end()) if after else (before.start("count"), current.end)
        out.append(current.model_copy(update={"start": start, "end": end, "text": text[start:end],
                                              "end_value": current.value + dt.timedelta(days=days - 1)}))
    return out


def _stated_days(count_text: str, unit: str) -> int | None:
    """'10 days' is 10, 'a week' 7, 'two weeks' 14; none for vague or odd counts, one day or over a year."""
    count = 1 if count_text.lower() in ("a", "an") else parse_number(count_text)
    if count is None or count != int(count):
        return None
    days = int(count) * (7 if unit.lower().startswith("week") else 1)
    return days if 1 < days <= 366 else None


@cache
def _hedges() -> re.Pattern[str]:
    words = sorted(lexicon("date_hedges"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


def _are_range_ends(text: str, first: DateMention, second: DateMention) -> bool:
    if first.end_value is not None or second.end_value is not None or first.grain != second.grain:
        return False
    if first.value is not None and second.value is not None and second.value <= first.value:
        return False
    between = _hedges().sub(" ", text[first.end:second.start].lower())  # "through at least June 2022"
    between = RANGE_GAP_TIME.sub(" ", between)  # "through 11:59 p.m. on Sunday,"
    between = PART_OF_MONTH_BEFORE.sub(" ", between)
    gap = [w for w in re.findall(r"[\w]+|[^\w\s]", between) if w not in RANGE_GAP_WORDS]
    if len(gap) != 1:
        return False
    if gap[0] in RANGE_LINK_WORDS:
        return True
    if gap[0] != "and":
        return False
    if first.grain == "day" and first.value is not None and second.value is not None \
            and (second.value - first.value).days == 1 and not text[:first.start].rstrip().endswith(","):
        return True  # "on 28 and 29 June": two days in a row are one span; "Jan. 22, 23 and 24" stays a list
    lead = _hedges().sub(" ", text[max(0, first.start - 30):first.start].lower())  # "between in or about ..."
    before = re.findall(r"\w+", RANGE_GAP_TIME.sub(" ", lead))
    while before and before[-1] in RANGE_GAP_WORDS:
        before.pop()
    return bool(before) and before[-1] == "between"
