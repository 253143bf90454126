"""Date expressions: found as spans of an article's raw text, resolved to ranges.

Resolution follows the TempEval habit: an expression is resolved against the
document's creation date (here the publication date, the *anchor*), and the
tense of the clause decides between the past and the coming occurrence
("On Thursday" said of something done is the Thursday before; "on Sunday" of
something planned is the Sunday after). With no anchor, only absolute
expressions ("August 2021", "in 2017") are resolved; the others are kept with
empty dates, never guessed.

The grammar is a list of rule families below: each family is one compiled
alternation and one small function that resolves its matches. `RULES` lists
them in the order they are tried, longest phrases first, and each match
records the family's name: dates and ranges ("Feb. 5", "17 Jan, 2023", "June
18-19", "2023-06-19", "from 2009 to 2013"), decades, parts of months, years and
weeks ("mid-June", "early next year", "earlier this week", "the first half of
2024", "the fourth quarter of last year", "the last week of May", "the first seven months"), months, weeks and
weekends, periods
("the past ten months", "over the past year", "two years ago"), weekdays with their parts of the day
("late Tuesday", "Wednesday morning") or their week ("Tuesday last week"), deictic days ("this morning",
"the day before yesterday"), "the following
day", "two days later", "later that day" (counted from the day named before it), a day of the month alone ("on
the 1st"), "a year earlier" (the stretch named just before it, a year back), seasons, named days
(`resources/holidays.csv`), "recently" and years. A rule is only run in the
stretches of text around its trigger words (a month or weekday name, a
four-digit year, "week", "ago", ...), found by patterns `re` skips through.

Conventions (those of `evaluation/gold/README.md`): a week runs Monday to
Sunday; "this weekend" / "the weekend" is the Saturday and Sunday of the
anchor's week (in a past clause, of the week before when the anchor falls on
Monday to Wednesday); "early" / "mid" / "late" are days 1-10 / 11-20 / 21-end
of a month and January-April / May-August / September-December of a year (a
half is days 1-15 / 16-end or January-June / July-December; "the new year" is
the coming one in a future clause, except in January);
"earlier this month" runs from the first to the day before the anchor, "later
this year" from the day after the anchor to 31 December; "X months ago" is
that calendar month; "recently" means the 90 days up to the anchor (the
adjective "recent" names no time of its own), "in recent weeks" the 28 days; a weekday named on the day of
publication is that day, for the past as for the future, and a weekday with no
tense to go by is the nearest such day.

Tense: the clause's own verb decides. A tense marker (`resources/
tense_markers.csv`) or a date cue (`resources/date_tense_cues.csv`: "planned",
"is visiting", "hopes for", "begins") before the expression, with no clause boundary
between them, governs it; failing that, the first one after it in the
sentence; failing that, the nearest one before it (but a date whose own clause, past a break, has a verb in the
present, "did not elaborate, but the next chance is a summit in November", has no tense to go by). A plan spoken of from the
past ("was to arrive", "had been set to travel") makes a day the coming one and
a month the nearest one (the plan's time may since have gone by).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import paths
from .text import finditer_i, sentence_spans, tenses_of

Date = dt.date
ONE_DAY = dt.timedelta(days=1)

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBERS.update({"a": 1, "an": 1, "a couple of": 2, "a few": None, "several": None, "few": None})


def _cased(*words: str) -> str:
    """Words written Capitalised or IN CAPITALS only (so "may" and "march" are not months).

    A look-ahead on their first letters comes first: it turns most positions
    of a text away before the long alternation is tried.
    """
    forms = [w for word in words for w in (word, word.upper())]
    return "(?-i:(?=[" + "".join(sorted({w[0] for w in forms})) + "])(?:" + "|".join(forms) + "))"


_MONTH = (
    "(?:"
    + _cased(*calendar.month_name[1:])
    + r"|"
    + _cased("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
    + r"\.?)"
)
_WEEKDAY = _cased(*calendar.day_name)
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUM = r"(?:\d+|a couple of|a few|several|" + "|".join(w for w in NUMBERS if " " not in w and w != "few") + r")"
# what joins a range: not "and", which joins a list ("Sunday and Monday", "June 18 and 19") except after "between"
_RANGE_DASH = r"(?: ?(?:-|–|—|to|through|until|till) ?)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"


class Resolved(NamedTuple):
    start: Date | None
    end: Date | None
    granularity: str


UNRESOLVED = Resolved(None, None, "unresolved")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, Date | None, str], Resolved]
    needs_anchor: bool = True
    # what every match holds near it: a lower-case word, or "@name" for a pattern of TRIGGERS; the rule
    # is only run in the stretches of text around these (see `_windows`)
    triggers: tuple[str, ...] = ()


# --- calendar helpers ------------------------------------------------------


def month_range(year: int, month: int) -> tuple[Date, Date]:
    return Date(year, month, 1), Date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: Date, months: int) -> Date:
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return Date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def week_start(day: Date) -> Date:
    return day - dt.timedelta(days=day.weekday())


def _num(text: str) -> int | None:
    text = text.lower()
    return int(text) if text.isdigit() else NUMBERS.get(text)


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _month_near(month: int, anchor: Date, tense: str, strict: bool = False) -> tuple[Date, Date]:
    """The occurrence of `month` nearest the anchor in the direction of `tense`.

    Past: the latest such month starting on or before the anchor (strictly
    before the anchor's month when `strict`, as in "last August"). Future: the
    first ending on or after the anchor. Unknown: the nearer of those two.
    """
    if strict:
        past = anchor.year if month < anchor.month else anchor.year - 1
    else:
        past = anchor.year if month <= anchor.month else anchor.year - 1
    coming = anchor.year if month >= anchor.month else anchor.year + 1
    if tense == "future":
        return month_range(coming, month)
    if tense == "past" or strict:
        return month_range(past, month)
    months_back = (anchor.year - past) * 12 + anchor.month - month
    months_ahead = (coming - anchor.year) * 12 + month - anchor.month
    return month_range(past if months_back <= months_ahead else coming, month)


def _day_near(month: int, day: int, anchor: Date, tense: str) -> Date:
    """The year of a day-and-month date: the occurrence nearest the anchor.

    A named day is almost always within months of the report, so distance
    decides; the tense only breaks a near tie (within a month of each other).
    """
    candidates = [
        Date(y, month, day)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if day <= 28 or day <= calendar.monthrange(y, month)[1]  # every month has 28 days
    ]
    if not candidates:
        raise ValueError(f"no day {day} in month {month}")
    candidates.sort(key=lambda c: abs((c - anchor).days))
    best = candidates[0]
    if len(candidates) > 1 and abs(abs((candidates[1] - anchor).days) - abs((best - anchor).days)) <= 31:
        if tense == "future" and best < anchor <= candidates[1]:
            return candidates[1]
        if tense == "past" and candidates[1] <= anchor < best:
            return candidates[1]
    return best


def _weekday_near(weekday: int, anchor: Date, tense: str, strict: bool = False) -> Date:
    """The past (or coming) day with this weekday; the anchor itself counts unless `strict`.

    With an unknown tense, the nearer of the two (the anchor itself if it is that day).
    """
    ahead = (weekday - anchor.weekday()) % 7
    back = (anchor.weekday() - weekday) % 7
    if strict:
        ahead, back = ahead or 7, back or 7
    if tense == "future" or (tense == "unknown" and ahead < back):
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> Date:
    first, last = month_range(year, month)
    if nth > 0:
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _part(part: str, first: Date, last: Date, unit: str) -> tuple[Date, Date]:
    """The early / mid / late part (or the first / second half, or a quarter of a year) of a month, year or
    week running first..last."""
    part = part.lower()
    if part.endswith("half"):
        second = not part.startswith("first")
        if unit == "year":
            return (Date(first.year, 7, 1), last) if second else (first, Date(first.year, 6, 30))
        if unit == "week":
            return (first + dt.timedelta(days=3), last) if second else (first, first + dt.timedelta(days=2))
        return (first.replace(day=16), last) if second else (first, first.replace(day=15))
    if part.endswith("quarter"):
        if unit != "year":
            raise ValueError(f"no {part} of a {unit}")
        q = {"first": 0, "second": 1, "third": 2}.get(part.split()[0], 3)
        return Date(first.year, 3 * q + 1, 1), month_range(first.year, 3 * q + 3)[1]
    third = "early" if part in ("early", "beginning", "start") else "mid" if part in ("mid", "middle") else "late"
    if unit == "year":
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[third]
        return Date(first.year, months[0], 1), month_range(first.year, months[1])[1]
    if unit == "week":
        days = {"early": (0, 1), "mid": (2, 3), "late": (4, 6)}[third]
        return first + dt.timedelta(days=days[0]), first + dt.timedelta(days=days[1])
    days = {"early": (1, 10), "mid": (11, 20), "late": (21, last.day)}[third]
    return first.replace(day=days[0]), first.replace(day=days[1])


def _period(unit: str, anchor: Date, step: int) -> tuple[Date, Date]:
    """This (step 0), the next (1) or the last (-1) week, month or year of the anchor."""
    if unit == "week":
        start = week_start(anchor) + dt.timedelta(weeks=step)
        return start, start + dt.timedelta(days=6)
    if unit == "month":
        first = add_months(anchor.replace(day=1), step)
        return month_range(first.year, first.month)
    return Date(anchor.year + step, 1, 1), Date(anchor.year + step, 12, 31)


# --- rules -----------------------------------------------------------------


def _r(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def _day_range(m, anchor, tense):
    """ "June 18-19", "from 6 to 9 July", "June 30 to July 2": one range."""
    if m["month"]:
        m1, m2, d1, d2, year = m["month"], m["month_b"] or m["month"], m["d1"], m["d2"], m["year"]
    else:
        m1, m2, d1, d2, year = m["month_a"] or m["month2"], m["month2"], m["d3"], m["d4"], m["year2"]
    m1, m2, d1, d2 = _month(m1), _month(m2), _day_number(d1), _day_number(d2)
    if year:
        first = Date(int(year), m1, d1)
    elif anchor is None:
        return UNRESOLVED
    else:
        first = _day_near(m1, d1, anchor, tense)
    last = Date(first.year + (m2 < m1), m2, d2)
    return Resolved(first, last, "days") if first <= last else UNRESOLVED


def _full_date(m, anchor, tense):
    """ "Feb. 5", "5 February 2023", "17 Jan, 2023", "the afternoon of March 3, 2021"."""
    if m["month2"]:
        month, day, year = _month(m["month2"]), _day_number(m["day2"]), m["year2"]
    else:
        month, day, year = _month(m["month"]), _day_number(m["day"]), m["year"]
    if year:
        d = Date(int(year), month, day)
    elif anchor is None:
        return UNRESOLVED
    else:
        d = _day_near(month, day, anchor, tense)
    return Resolved(d, d, "day")


def _iso_date(m, anchor, tense):
    """ "2023-06-19": a day written as year, month and day."""
    d = Date(int(m["year"]), int(m["mm"]), int(m["dd"]))
    return Resolved(d, d, "day")


def _part_of_period(m, anchor, tense):
    """early / mid / late (or the beginning / end of) a month, a year or a week; earlier / later this ..."""
    part = (m["part"] or m["part2"] or m["part3"]).lower().replace("the ", "").replace(" of", "").replace(" in", "")
    if m["month"]:
        month = _month(m["month"])
        if m["year"]:
            first, last = month_range(int(m["year"]), month)
        elif anchor is None:
            return UNRESOLVED
        elif m["this"]:
            first, last = month_range(anchor.year, month)
        else:
            first, last = _month_near(month, anchor, tense)
        return Resolved(*_part(part, first, last, "month"), "part of month")
    if m["year2"]:
        year = int(m["year2"])
        return Resolved(*_part(part, Date(year, 1, 1), Date(year, 12, 31), "year"), "part of year")
    if anchor is None:
        return UNRESOLVED
    which, unit = m["which"].lower(), m["unit"].lower()
    if which == "the new":
        # the year about to begin, once January is past: ahead in a future clause, behind in a past one;
        # with no tense, the nearer of the two
        if tense == "future":
            step = 0 if anchor.month == 1 else 1
        elif tense == "past":
            step = 0
        else:
            step = 1 if anchor.month >= 7 else 0
    else:
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
    first, last = _period(unit, anchor, step)
    if part in ("earlier", "later") and step == 0:
        first, last = (first, anchor - ONE_DAY) if part == "earlier" else (anchor + ONE_DAY, last)
        return Resolved(first, last, f"part of {unit}") if first <= last else UNRESOLVED
    part = {"earlier": "early", "later": "late"}.get(part, part)
    return Resolved(*_part(part, first, last, unit), f"part of {unit}")


def _week_of_month(m, anchor, tense):
    """ "the first week of July" is days 1-7, the second 8-14, the third 15-21, the fourth 22-28; "the last
    (final) week of May" its last seven days. The month without a year is found as a month alone."""
    month = _month(m["month"])
    if m["year"]:
        first, last = month_range(int(m["year"]), month)
    elif anchor is None:
        return UNRESOLVED
    else:
        first, last = _month_near(month, anchor, tense)
    nth = m["nth"].lower()
    if nth in ("last", "final"):
        return Resolved(last - dt.timedelta(days=6), last, "week")
    start = first + dt.timedelta(weeks=("first", "second", "third", "fourth").index(nth))
    return Resolved(start, start + dt.timedelta(days=6), "week")


def _month_year(m, anchor, tense):
    return Resolved(*month_range(int(m["year"]), _month(m["month"])), "month")


def _relative_month(m, anchor, tense):
    """ "last August", "next March", "this November", "June this year", "May of last year"."""
    if m["month2"]:
        step = {"last": -1, "next": 1}.get(m["which2"].lower(), 0)
        return Resolved(*month_range(anchor.year + step, _month(m["month2"])), "month")
    month, which = _month(m["month"]), m["which"].lower()
    if which == "last":
        return Resolved(*_month_near(month, anchor, "past", strict=True), "month")
    if which == "this":
        return Resolved(*month_range(anchor.year, month), "month")
    first, last = _month_near(month, anchor, "future")
    if which == "next" and first <= anchor:
        first, last = month_range(first.year + 1, first.month)
    return Resolved(first, last, "month")


def _month_alone(m, anchor, tense):
    return Resolved(*_month_near(_month(m["month"] or m["month2"]), anchor, tense), "month")


def _year(m, anchor, tense):
    y = int(m["year"] or m["year2"])
    return Resolved(Date(y, 1, 1), Date(y, 12, 31), "year")


def _year_range(m, anchor, tense):
    """ "from 2009 to 2013", "between 2019 and 2021", "2022-23": every day of the years named."""
    first = int(m["year"])
    last = m["year_b"]
    last = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if last <= first:
        return UNRESOLVED
    return Resolved(Date(first, 1, 1), Date(last, 12, 31), "years")


def _decade(m, anchor, tense):
    """ "the 1990s", "the early 2000s" (its first, middle or last years: 0-3, 4-6, 7-9)."""
    first = int(m["decade"])
    years = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((m["part"] or "").lower(), (0, 9))
    return Resolved(Date(first + years[0], 1, 1), Date(first + years[1], 12, 31), "decade")


def _relative_unit(m, anchor, tense):
    """ "last week", "this month", "next year", "the coming week"."""
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[m["which"].lower().split()[-1]]
    unit = m["unit"].lower()
    return Resolved(*_period(unit, anchor, step), unit)


def _weekend(m, anchor, tense):
    """ "this weekend", "the weekend", "last weekend", "over the weekend"."""
    which = (m["which"] or "").lower()
    step = {"last": -1, "next": 1, "coming": 1, "this coming": 1 if anchor.weekday() == 6 else 0}.get(which, 0)
    # said of the past (or with no tense: reports mostly look back), early in the week it is the one before
    if which == "this past" or (step == 0 and tense != "future" and anchor.weekday() <= 2):
        step = -1
    sat = week_start(anchor) + dt.timedelta(weeks=step, days=5)
    return Resolved(sat, sat + ONE_DAY, "weekend")


def _end_of_week(m, anchor, tense):
    fri = week_start(anchor) + dt.timedelta(days=4)
    return Resolved(fri, fri + dt.timedelta(days=2), "end of week")


def _deadline_end(m, anchor, tense):
    """ "(before) the end of the year", "(by) year-end", "(until) next month's end": the period's last day."""
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    step = 1 if (m["which"] or m["which2"] or "").strip().lower() == "next" else 0
    last = _period(unit, anchor, step)[1]
    return Resolved(last, last, "day")


def _beginning_of_year(m, anchor, tense):
    return Resolved(Date(anchor.year, 1, 1), anchor, "period")


def _weekdays(m, anchor, tense):
    """ "on Sunday", "last Friday", "Wednesday morning", "late Tuesday", "Sunday and Monday"."""
    names = [w.lower() for w in re.findall(_WEEKDAY, m.group())]
    modifier = (m["mod"] or "").lower()
    direction = (
        "future"
        if modifier in ("next", "coming", "this coming")
        else ("past" if modifier in ("last", "this past") else tense)
    )
    strict = modifier in ("last", "next", "this past")
    days = [WEEKDAYS[n] for n in names]
    span = dt.timedelta(days=(days[-1] - days[0]) % 7)
    if m["week"]:  # "Tuesday last week": that weekday of the week named, whatever the tense
        first = _period("week", anchor, {"last": -1, "this": 0, "next": 1}[m["week"].lower()])[0]
        first += dt.timedelta(days=days[0])
        return Resolved(first, first + span, "day" if not span else "days")
    if direction == "future":
        # a stretch said in the future is the first that has not ended by the anchor
        last = _weekday_near(days[-1], anchor, "future", strict)
        first = last - span
        if strict and first <= anchor:
            first, last = first + dt.timedelta(weeks=1), last + dt.timedelta(weeks=1)
    elif direction == "past":
        last = _weekday_near(days[-1], anchor, "past", strict)
        first = last - span
    else:
        first = _weekday_near(days[0], anchor, "unknown")
        last = first + span
    return Resolved(first, last, "day" if first == last else "days")


def _deictic_day(m, anchor, tense):
    """ "today", "yesterday", "tonight", "this morning", "last night", "earlier today"."""
    text = m.group().lower()
    offset = -1 if ("yesterday" in text or "last night" in text) else 1 if "tomorrow" in text else 0
    if text.startswith("the day "):  # "the day before yesterday", "the day after tomorrow"
        offset *= 2
    d = anchor + dt.timedelta(days=offset)
    return Resolved(d, d, "day")


def _ago(m, anchor, tense):
    """ "two years ago" (that calendar year), "a month ago", "three days ago", "just hours ago"."""
    unit = m["unit"].lower().rstrip("s")
    if unit == "hour":
        return Resolved(anchor, anchor, "day")
    if m["about"] or not m["n"]:
        return UNRESOLVED
    n = _num(m["n"])
    if n is None:
        return UNRESOLVED
    if unit == "day":
        d = anchor - dt.timedelta(days=n)
        return Resolved(d, d, "day")
    if unit == "week":
        return Resolved(*_period("week", anchor, -n), "week")
    if unit == "month":
        return Resolved(*_period("month", anchor, -n), "month")
    return Resolved(*_period("year", anchor, -n), "year")


def _recent(m, anchor, tense):
    text = m.group().lower()
    days = 28 if "weeks" in text else 7 if "days" in text else 90
    return Resolved(anchor - dt.timedelta(days=days), anchor, "vague")


def _span_of(m, anchor, sign):
    if m["unit3"]:  # "the past year": one of them, a decade ten years
        n, unit = (10, "year") if m["unit3"].lower() == "decade" else (1, m["unit3"].lower())
    else:
        n, unit = _num(m["n"]), m["unit"].lower().rstrip("s")
    if n is None:
        return None
    if unit == "year":
        return add_months(anchor, sign * 12 * n)
    if unit == "month":
        return add_months(anchor, sign * n)
    return anchor + sign * dt.timedelta(days=n * (7 if unit == "week" else 1))


def _past_period(m, anchor, tense):
    """ "over the past ten months", "in the last two weeks": from that far
    back up to the anchor."""
    start = _span_of(m, anchor, -1)
    return Resolved(start, anchor, "period") if start else UNRESOLVED


def _next_period(m, anchor, tense):
    """ "during the next four months": from the anchor up to that far ahead; "in the next three days" counts
    the anchor's own day as the first of them."""
    end = _span_of(m, anchor, 1)
    if end is not None and end > anchor and (m["unit"] or "").lower().startswith("day"):
        end -= dt.timedelta(days=1)
    return Resolved(anchor, end, "period") if end else UNRESOLVED


def _holiday(m, anchor, tense):
    """ "Father's Day", "Christmas 2022": the named day (`resources/holidays.csv`)."""
    name = m["holiday"]
    month, day, weekday, nth = next(h[1:] for h in HOLIDAYS if h[0].fullmatch(name))

    def on(year: int) -> Date:
        return Date(year, month, day) if day else _nth_weekday(year, month, weekday, nth)

    if m["year"]:
        d = on(int(m["year"]))
        return Resolved(d, d, "day")
    if anchor is None:
        return UNRESOLVED
    past = on(anchor.year) if on(anchor.year) <= anchor else on(anchor.year - 1)
    coming = on(anchor.year) if on(anchor.year) >= anchor else on(anchor.year + 1)
    d = _by_tense(past, coming, anchor, tense)
    return Resolved(d, d, "day")


def _by_tense(past: Date, coming: Date, anchor: Date, tense: str) -> Date:
    """The occurrence a clause's tense names: the one gone by, the one to come, or with no tense the nearer."""
    if tense == "future":
        return coming
    if tense == "past":
        return past
    return min((past, coming), key=lambda c: abs((c - anchor).days))


SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # the month each begins (north)


def _season_of(year: int, season: str) -> tuple[Date, Date]:
    """The three months from the season's first month of `year` (a winter runs into the next year)."""
    first = Date(year, SEASONS[season], 1)
    last = add_months(first, 2)
    return first, month_range(last.year, last.month)[1]


def _season(m, anchor, tense):
    """ "this summer", "last winter", "the spring of 2022", "in autumn": three months, northern seasons;
    "later this fall" / "earlier this summer" said within the season: its days after / before the day."""
    season = (m["season"] or m["fall"] or m["fall2"] or m["fall3"]).lower()
    year = m["year"] or m["year2"]
    if year:
        return Resolved(*_season_of(int(year), season), "season")
    if anchor is None:
        return UNRESOLVED
    which = ((m["which"] or m["which2"] or "").lower().split() or [""])[-1]
    around = [_season_of(y, season) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)]
    ended = [s for s in around if s[1] < anchor]
    to_come = [s for s in around if s[0] > anchor]
    current = [s for s in around if s[0] <= anchor <= s[1]]
    if which == "last":
        return Resolved(*ended[-1], "season")
    if which == "next":
        return Resolved(*to_come[0], "season")
    if current and m["part"] and which == "this":
        first, last = current[0]
        first, last = (first, anchor - ONE_DAY) if m["part"].lower() == "earlier" else (anchor + ONE_DAY, last)
        return Resolved(first, last, "season") if first <= last else UNRESOLVED
    if current:
        return Resolved(*current[0], "season")
    if tense == "past" or (tense != "future" and anchor - ended[-1][1] < to_come[0][0] - anchor):
        return Resolved(*ended[-1], "season")
    return Resolved(*to_come[0], "season")


# the words of a day counted back from the day named before ("the previous day", "a day earlier")
_BACKWARD = re.compile(r"\b(?:previous|before|prior)\b|\b(?:days?|weeks?) earlier\b", re.I)


def _following_day(m, anchor, tense):
    """ "the following day", "the previous day", "two days later", "a week earlier": a day counted from the day
    named just before (never a guess); "earlier in the day", "later that day": that day itself."""
    ref = m["ref"]
    if not ref:
        return UNRESOLVED
    before = _resolve(*ref, anchor) if ref[0] in _BY_NAME else UNRESOLVED
    if before.start is None or before.start != before.end:
        return UNRESOLVED
    text = m.group().lower()
    step = 0 if text.endswith(("in the day", "that day", "same day")) else -1 if _BACKWARD.search(text) else 1
    if m["n"]:
        n = _num(m["n"])
        if not n:
            return UNRESOLVED
        step *= n * (7 if m["unit"].lower().startswith("week") else 1)
    d = before.start + dt.timedelta(days=step)
    return Resolved(d, d, "day")


def _second_day(m, anchor, tense):
    """ "19" of "June 18 and 19": the day of the month of the date named just before, later in that month."""
    ref = m["ref"]
    before = _resolve(*ref, anchor) if ref else UNRESOLVED
    day = _day_number(m["day"])
    if before.start is None or before.start != before.end or not before.start.day < day <= 31:
        return UNRESOLVED
    if day > calendar.monthrange(before.start.year, before.start.month)[1]:
        return UNRESOLVED
    d = before.start.replace(day=day)
    return Resolved(d, d, "day")


def _ordinal_day(m, anchor, tense):
    """ "on the 1st", "on the 21st (local time)": a day of the month with no month named, the way news from Korea
    and Japan dates the days around the report. Said of the past, the latest such day on or before the anchor;
    of the future, the first on or after it; with no tense to go by, the nearer of the two."""
    day = _day_number(m["day"])
    if not 1 <= day <= 31:
        return UNRESOLVED

    def occurrence(step: int, ahead: bool) -> Date:
        first = add_months(anchor.replace(day=1), step)
        while day > calendar.monthrange(first.year, first.month)[1]:  # a month without that day: the next one out
            first = add_months(first, 1 if ahead else -1)
        return first.replace(day=day)

    past = occurrence(0 if day <= anchor.day else -1, ahead=False)
    coming = occurrence(0 if day >= anchor.day else 1, ahead=True)
    d = _by_tense(past, coming, anchor, tense)
    return Resolved(d, d, "day")


def _months_of_year(m, anchor, tense):
    """ "the first seven months (of this year, of 2023)": January to the end of the seventh month. With no year
    named, the year in which the stretch is the latest one begun by the anchor (a report's figures are of a
    stretch gone by); said of the future, the first not yet over."""
    n = _num(m["n"])
    if not n or n > 11:
        return UNRESOLVED
    last_month = n
    which = (m["which"] or "").lower()
    if m["year"]:
        year = int(m["year"])
    elif anchor is None:
        return UNRESOLVED
    elif which:
        year = anchor.year + {"last": -1, "next": 1}.get(which, 0)
    elif tense == "future":
        year = anchor.year if last_month >= anchor.month else anchor.year + 1
    else:  # the stretch opens in January: this year's has begun by any anchor
        year = anchor.year
    return Resolved(Date(year, 1, 1), month_range(year, last_month)[1], "months")


def _year_earlier(m, anchor, tense):
    """ "down 25 per cent from a year earlier": the stretch named just before it (in its sentence or the one
    before), a year back; with none, unresolved."""
    ref = m["ref"]
    if not ref:
        return UNRESOLVED
    before = _resolve(*ref, anchor) if ref[0] in _BY_NAME else UNRESOLVED
    if before.start is None:
        return UNRESOLVED
    return Resolved(add_months(before.start, -12), add_months(before.end, -12), before.granularity)


def _load_holidays() -> tuple[tuple[re.Pattern, int, int | None, int | None, int | None], ...]:
    from .profile import compile_pattern, read_table

    path = paths.RESOURCES / "holidays.csv"
    out = []
    for row in read_table(path, ("name", "month", "day", "weekday", "nth")):
        pattern = compile_pattern(path, row, "name", re.I)

        day, weekday, nth = (int(row[k]) if row[k].strip() else None for k in ("day", "weekday", "nth"))
        out.append((pattern, int(row["month"]), day, weekday, nth))
    return tuple(out)


HOLIDAYS = _load_holidays()
_HOLIDAY = (
    "(?-i:(?=["
    + "".join(sorted({h[0].pattern[0] for h in HOLIDAYS}))
    + "]))(?:"
    + "|".join(h[0].pattern for h in HOLIDAYS)
    + ")"
)

_HALF = r"the (?:(?:first|second|latter) half|(?:first|second|third|fourth|final|last) quarter) of"
_PART = rf"(?:early|mid|late|the (?:beginning|start|end|middle) of|{_HALF})"

RULES: list[Rule] = [
    Rule(
        "month day range",
        _r(
            # two days joined by "and" are two expressions ("on June 18 and 19"), a range only after "between"
            rf"\b(?:from |(?P<between>between) )?"
            rf"(?:(?P<month>{_MONTH}) (?P<d1>{_DAY})(?:{_RANGE_DASH}|(?(between) and |(?!)))(?:(?P<month_b>{_MONTH}) )?(?P<d2>{_DAY})\b"
            rf"(?:,? (?P<year>{_YEAR})\b)?"
            rf"|(?P<d3>{_DAY})(?: (?:of )?(?P<month_a>{_MONTH}))?(?:{_RANGE_DASH}|(?(between) and |(?!)))(?P<d4>{_DAY}) (?:of )?(?P<month2>{_MONTH})"
            rf"(?:,? (?P<year2>{_YEAR})\b)?)(?![-–]?\d)"
        ),
        _day_range,
        needs_anchor=False,
        triggers=("@month",),
    ),
    Rule(
        # the first of two days joined by "and" before their month ("on 18 and 19 June"): a day of that month
        "first day",
        _r(rf"\b(?P<day>{_DAY})(?= and {_DAY} (?:of )?(?P<month>{_MONTH})\b(?:,? (?P<year>{_YEAR})\b)?)"),
        _full_date,
        needs_anchor=False,
        triggers=("@month",),  # the month it reads ahead, a few words on: far rarer than "and"
    ),
    Rule(
        "full date",
        _r(
            # the weekday written before it is part of it ("Tuesday, June 13, 2023", "late Friday, June 16"), and
            # so is a part of the day written after its year ("June 13, 2023 night")
            rf"\b(?:(?:(?:early|late) )?(?P<weekday>{_WEEKDAY}),? )?"
            rf"(?:the {_PART_OF_DAY} of )?(?:(?P<month>{_MONTH}) (?P<day>{_DAY})\b(?:,? (?P<year>{_YEAR}))?"
            rf"|(?:the )?(?P<day2>{_DAY}) (?:of )?(?P<month2>{_MONTH})(?:,? (?P<year2>{_YEAR}))?)\b(?![-–]?\d)"
            rf"(?:(?<=\d\d\d\d) {_PART_OF_DAY}\b)?"
        ),
        _full_date,
        needs_anchor=False,
        triggers=("@month",),
    ),
    Rule(
        # the second of two days joined by "and" ("on June 18 and 19", "Feb. 5 and 6"): a day of the month of the
        # date just before it (checked where the expressions are put in order)
        "second day",
        _r(  # closing its phrase ("on June 18 and 19, aides said"; not "June 30 and 2 others")
            rf"(?<=\d and )(?P<day>{_DAY})\b(?![-–/.:]?\d)"
            r"(?= *[,.;:()]| (?:and|at|in|on|when|that|with|as|while|after|before|but|to|from|for|during)\b| *\Z)"
        ),
        _second_day,
        needs_anchor=False,
        triggers=(" and ",),
    ),
    Rule(
        "iso date",
        _r(rf"\b(?P<year>{_YEAR})-(?P<mm>0[1-9]|1[0-2])-(?P<dd>[0-2]\d|3[01])\b(?![-–/.:]?\d)"),
        _iso_date,
        needs_anchor=False,
        triggers=("@year",),
    ),
    Rule(
        "year range",
        _r(  # not an ISO date ("2023-06-19") nor a score
            rf"\b(?P<opener>from |between )?(?P<year>{_YEAR})"
            r"(?: ?[-–] ?|(?(opener) (?:to|until|till|through|and) |(?!)))"
            rf"(?P<year_b>{_YEAR}|\d\d)\b(?![-–/.]?\d)"
        ),
        _year_range,
        needs_anchor=False,
        triggers=("@year",),
    ),
    Rule(
        "decade",
        _r(r"\b(?:the )?(?:(?P<part>early|mid|late)[- ])?(?P<decade>(?:19|20)\d0)['’]?s\b"),
        _decade,
        needs_anchor=False,
        triggers=("@year",),
    ),
    Rule(
        "part of month",
        _r(
            rf"\b(?:in )?(?:(?P<part>{_PART})[- ](?P<month>{_MONTH})(?:,? (?P<year>{_YEAR})| (?P<this>this year))?"
            rf"|(?P<part2>{_PART})[- ](?P<year2>{_YEAR}))\b"
        ),
        _part_of_period,
        needs_anchor=False,
        triggers=("@month", "@year"),
    ),
    Rule(
        # "the first week of July", "the last week of May 2022": seven days of the month, not "last week"
        "week of month",
        _r(
            rf"\bthe (?P<nth>first|second|third|fourth|last|final) week of (?P<month>{_MONTH})"
            rf"(?:,? (?P<year>{_YEAR}))?\b(?!\.?\d)"
        ),
        _week_of_month,
        needs_anchor=False,
        triggers=("@month",),
    ),
    Rule(
        "since beginning of year",
        # only after "since": "at the beginning of the year" is its early part, found as a part of a period
        _r(r"(?<=\bsince )the (?:beginning|start) of (?:this|the) year\b"),
        _beginning_of_year,
        triggers=("year",),
    ),
    Rule(
        # a deadline: "before the end of the year", "by year-end", "until the month's end" name the last day
        # (without "before", "by" or "until", "the end of the year" is its late part, found as a part of a period)
        "deadline end",
        _r(
            r"(?:(?<=\bbefore )|(?<=\bby )|(?<=\buntil )|(?<=\btill ))(?:the end of (?P<which>the|this|next) (?P<unit>month|year)"
            r"|(?:the |(?P<which2>next ))(?P<unit2>month|year)['’]s end|(?P<unit3>month|year)[- ]end\b(?![- ]\w))\b"
        ),
        _deadline_end,
        triggers=("month", "year"),
    ),
    Rule("end of week", _r(r"\b(?:at )?the end of (?:the|this) week\b"), _end_of_week, triggers=("week",)),
    Rule(
        "part of period",
        _r(
            rf"\b(?P<part3>early|mid|late|earlier|later|the (?:beginning|start|middle|end) of|{_HALF})(?: in)?[- ]"
            r"(?P<which>this|next|last|past|coming|the new|the) (?P<unit>week|month|year)\b"
        ),
        _part_of_period,
        triggers=("week", "month", "year"),
    ),
    Rule(
        # "the first seven months (of the year)": months of a year counted from its start (a half or a quarter
        # "of" a year is a part of it, found before; a bare "the fourth quarter" may be a game's)
        "months of year",
        _r(
            r"\bthe first (?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months"
            rf"(?:,? (?:of )?(?:(?P<which>this|last|next|the) year|(?P<year>{_YEAR}))\b(?![-–/.]?\d))?"
            # not the first months of something else ("of his term", "in office", "after the war")
            r"(?! (?:of|in|after|since|following|before)\b)\b"
        ),
        _months_of_year,
        needs_anchor=False,
        triggers=("months",),
    ),
    Rule(
        "month year",
        _r(rf"\b(?:in )?(?P<month>{_MONTH}),? (?P<year>{_YEAR})\b"),
        _month_year,
        needs_anchor=False,
        triggers=("@month",),
    ),
    Rule(
        "relative month",
        _r(
            rf"\b(?:(?P<which>last|next|this coming|coming|this) (?P<month>{_MONTH})"
            rf"|(?:in )?(?P<month2>{_MONTH})(?: of)? (?P<which2>this|last|next) year)\b"
        ),
        _relative_month,
        triggers=("@month",),
    ),
    Rule(
        "weekend",
        _r(
            r"(?:\b(?P<which>last|next|this coming|this past|this|coming|the) |(?<!\ba )(?<!\bevery )(?<!\beach ))"
            r"\bweekend\b(?![-–]\w)"
        ),
        _weekend,
        triggers=("weekend",),
    ),
    Rule(
        "relative unit",
        _r(r"\b(?P<which>last|this|next|coming) (?P<unit>week|month|year)\b"),
        _relative_unit,
        triggers=("week", "month", "year"),
    ),
    Rule(
        "past period",
        _r(
            rf"\b(?:(?:over |in |for |during )?the (?:past|last) (?P<n>{_NUM}) (?P<unit>days|weeks|months|years)"
            # one unit: "over the past year", "in the past decade" (not "the last week of May", found before)
            r"|(?:over |in |for |during )?the past (?P<unit3>week|month|year|decade))\b"
        ),
        _past_period,
        triggers=("days", "weeks", "months", "years", "past "),
    ),
    Rule(
        "next period",
        _r(
            rf"\b(?:over |in |for |during |within )?the (?:next|coming) (?P<n>{_NUM}) (?P<unit>days|weeks|months|years)\b"
        ),
        _next_period,
        triggers=("days", "weeks", "months", "years"),
    ),
    Rule(
        "ago",
        _r(
            rf"\b(?:(?P<about>over|more than|less than|nearly|almost|at least|some|roughly) )?"
            rf"(?:(?:just|only) )?(?:(?P<n>{_NUM}) )?(?P<unit>hours?|days?|weeks?|months?|years?) ago\b"
        ),
        _ago,
        triggers=(" ago",),
    ),
    Rule(
        "weekday",
        _r(  # not "a Sunday" or "every Monday": no day of their own
            rf"(?<!\ba )(?<!\bevery )(?<!\beach )\b(?:(?P<mod>last|next|this coming|this past|coming|this|on|early|late|earlier|later) )?"
            # two weekdays joined by "and" are two expressions, each its own day ("on Sunday and Monday"); a
            # dash or "to" joins a range
            rf"(?:(?:early|late) )?{_WEEKDAY}(?:{_RANGE_DASH}{_WEEKDAY})?\b(?: {_PART_OF_DAY}\b)?"
            # the week it falls in, when named right after ("Tuesday last week", "on Friday of next week"): read,
            # not taken, so that the week stays an expression of its own
            r"(?:(?=,? (?:of )?(?P<week>last|next|this) week\b))?"
        ),
        _weekdays,
        triggers=("@weekday",),
    ),
    Rule(
        "deictic day",
        _r(
            rf"\b(?:(?:earlier|later) |the day before (?=yesterday)|the day after (?=tomorrow))?"
            rf"(?:today|tonight|yesterday|tomorrow)(?: {_PART_OF_DAY})?\b"
            rf"|\bthis {_PART_OF_DAY}\b(?! (?:of|session|meeting|paper|edition|show)\b)|\blast night\b"
        ),
        _deictic_day,
        triggers=("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"),
    ),
    Rule(
        "following day",
        _r(
            r"\b(?:the (?:following|next|previous|prior) day|(?:earlier|later) in the day"
            r"|the day (?:after|before)(?= *[,.;:)]| (?:that|this)\b)"
            # a count of days or weeks from the day named before ("two days later", "a week earlier"; not "two
            # days later than planned"), and that day itself ("later that day", "that same day")
            r"|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<unit>days?|weeks?) (?:later|earlier)"
            r"(?! than\b)|(?:earlier|later) that day|that same day)\b",
        ),
        _following_day,
        needs_anchor=False,
        triggers=(" day", " week"),
    ),
    Rule(
        # "on the 1st (local time)": a day of the month alone, after "on" and closing its phrase (not "on the
        # 5th floor", "on the 20th anniversary")
        "ordinal day",
        _r(
            r"(?<=\bon )the (?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
            r"(?= *[,.;:()]| (?:and|at|in|when|that|with|as|while|after|before|but|to|from|for|during)\b)"
        ),
        _ordinal_day,
        triggers=("on the ",),
    ),
    Rule(
        # a stretch named just before, a year back ("from a year earlier"); not "a year before the summit" (a
        # time relative to an event: no calendar position of its own)
        "year earlier",
        _r(r"\b(?:a|one) year (?:earlier|before)(?= *[,.;:)!?]| (?:and|but|when|while|as|because)\b|\Z)"),
        _year_earlier,
        needs_anchor=False,
        triggers=("year earlier", "year before"),
    ),
    Rule(
        "season",
        _r(
            # a season in lower case with a determiner or a year ("this summer", "the winter of 2022", "in
            # spring"): not "the Spring Festival"; "fall" only with last / next / this, "of" a year, or as "in
            # the fall" closing a clause (not "the fall of Kabul", "the fall in prices")
            # "later this fall", "earlier this summer": the part of the current season after or before the day
            r"\b(?:(?P<part>earlier|later) (?=this ))?"
            r"(?:(?:(?P<which>last|next|this past|this coming|this|the|in) )(?P<season>(?-i:spring|summer|autumn|winter))"
            rf"|(?P<which2>last|next|this) (?P<fall>(?-i:fall))|the (?P<fall2>(?-i:fall))(?= of {_YEAR})"
            r"|(?<=\bin )the (?P<fall3>(?-i:fall))(?= *[,.;:!?)—–]))"
            rf"(?: of (?P<year>{_YEAR})| (?P<year2>{_YEAR}))?\b"
        ),
        _season,
        triggers=("spring", "summer", "autumn", "winter", "fall"),
    ),
    Rule(
        "holiday",
        # not "a Christmas party" or "the Christmas season": no day of its own
        _r(
            rf"(?<!\ba )(?<!\ban )\b(?P<holiday>{_HOLIDAY})\b(?:,? (?P<year>{_YEAR})\b)?"
            r"(?! (?-i:season|holidays?|shopping|celebrations?|festivities|festival|parties|party|spirit)\b)"
        ),
        _holiday,
        needs_anchor=False,
        triggers=("@holiday",),
    ),
    Rule(
        "recently",
        # not the adjective ("a recent visit", "the most recent talks"): it qualifies an event and names
        # no stretch of time of its own
        _r(r"\b(?:recently|of late|in recent (?:days|weeks|months))\b"),
        _recent,
        triggers=("recent", "of late"),
    ),
    Rule(
        "year",
        _r(
            rf"\b(?:in|since|by|until|till|through|before|after|from|during|of|for|between|and|to|as early as|as late as)"
            rf" (?P<year>{_YEAR})\b(?![-–/.,]?\d)"
            # a year alone; not a count ("about 2000 troops", "2019 percent") nor a copyright line
            r"|(?<![\w$£€¥#./-])(?<!© )(?<!\bcopyright )(?<!\bno\. )"
            r"(?<!about )(?<!around )(?<!some )(?<!nearly )(?<!almost )(?<!over )(?<!than )(?<!up to )"
            rf"(?P<year2>{_YEAR})(?:['’]s)?\b"
            r"(?![-–/.,:]?\d|%| ?(?:percent|per cent|people|persons|troops|soldiers|times|members|votes)\b)"
        ),
        _year,
        needs_anchor=False,
        triggers=("@year",),
    ),
    Rule(
        "month alone",
        _r(
            # "the February incident", "a February trip": a month before a noun names that month too
            rf"\b(?:in|since|by|until|till|through|before|after|during|for|from|of|to|the(?= \w+ [a-z])|an?(?= \w+ (?!of\b)[a-z]))"
            rf" (?P<month>{_MONTH})\b(?!\.?\d)"
            rf"|\b(?P<month2>{_MONTH})['’]s\b"
        ),
        _month_alone,
        triggers=("@month",),
    ),
]

_BY_NAME = {r.name: r for r in RULES}

# The words a rule's match is built around, found fast: each pattern opens with literal letters, so `re`
# skips to them (no case folding, no look-around in front).
TRIGGERS = {
    "@month": re.compile(
        "|".join(w for m in calendar.month_abbr[1:] for w in (m, m.upper()))  # "Sep" finds "Sept." too
    ),
    "@weekday": re.compile("|".join(w for d in calendar.day_name for w in (d, d.upper()))),
    "@year": re.compile(r"(?:19|20)\d\d"),
    "@holiday": re.compile("|".join(h[0].pattern for h in HOLIDAYS)),
}
# how far a rule's match (with what its look-arounds read) reaches before and after its trigger, at most
REACH_BACK, REACH_AHEAD = 60, 80


def _windows(text: str, lowered: str, triggers: tuple[str, ...], cache: dict) -> list[tuple[int, int]]:
    """The stretches of `text` within reach of one of `triggers`, merged, in order (kept in `cache`)."""
    if triggers in cache:
        return cache[triggers]
    starts = []
    for t in triggers:
        if t not in cache:
            if t.startswith("@"):
                cache[t] = [m.start() for m in TRIGGERS[t].finditer(text)]
            else:
                found, at = [], lowered.find(t)
                while at >= 0:
                    found.append(at)
                    at = lowered.find(t, at + 1)
                cache[t] = found
        starts += cache[t]
    windows: list[list[int]] = []
    for at in sorted(starts):
        lo, hi = max(0, at - REACH_BACK), min(len(text), at + REACH_AHEAD)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    cache[triggers] = [(lo, hi) for lo, hi in windows]
    return cache[triggers]


# rules whose day a "the following day" may count from
_DAY_RULES = {
    "first day",
    "full date",
    "second day",
    "iso date",
    "weekday",
    "deictic day",
    "holiday",
    "following day",
    "ordinal day",
}
# rules whose stretch "a year earlier" may count from: those of a calendar position (not "recently")
_PERIOD_RULES = {r.name for r in RULES} - {"recently", "year earlier", "past period", "next period"}
# Rules that name a month, or a part of one, without its year.
_MONTH_RULES = {"month alone", "part of month", "week of month"}


# --- tense -----------------------------------------------------------------


def _date_cues() -> dict[str, re.Pattern]:
    """The cues of `resources/date_tense_cues.csv`, one alternation per tense."""
    from .profile import compile_pattern, read_table

    path = paths.RESOURCES / "date_tense_cues.csv"
    cues: dict[str, list[str]] = {}
    for row in read_table(path, ("tense", "cue")):
        compile_pattern(path, row, "cue")
        cues.setdefault(row["tense"], []).append(row["cue"])
    return {tense: re.compile(rf"\b(?:{'|'.join(c)})\b", re.I) for tense, c in cues.items()}


DATE_CUES = _date_cues()
# what ends a clause between a verb and a date after it: punctuation, a conjunction or relative word
CLAUSE_BOUNDARY = re.compile(
    r"[,;:\"“”—–]|\b(?:that|which|who|whom|whose|where|when|while|but|as|after|before|because|since|if"
    r"|although|though|until|whether)\b",
    re.I,
)


# A verb in the present that makes a clause of its own: "is", "are" (not "is to", "is expected", markers of their own)
PRESENT_COPULA = re.compile(r"\b(?:is|are)\b", re.I)


# A headline's future: names (and at most one word in lower case) opening the line, then "to" and a verb
# ("Biden and Xi To Meet Wednesday", "US, China to hold talks Friday", "Chinese envoy to visit Seoul"); not
# "I also want to thank ..." (a clause with a verb of its own) nor "Trip to Beijing" (a place)
HEADLINE_INFINITIVE = re.compile(
    r"[ \t]*(?:(?:[A-Z][\w'’.-]*|and|&)[ \t,]+){1,6}(?:[a-z]+[ \t]+)?(?:[A-Z][\w'’.-]*[ \t,]+){0,3}"
    r"(?:To [A-Z][a-z]+|to (?!(?:the|a|an|his|her|their|its|our|this|that|these|those|be|date)\b)[a-z]+)\b"
)


# A past participle that opens a phrase of its own, with its agent and no auxiliary before it ("relations marred
# by a tech war", "the summit hosted by Biden"): it describes a noun, and sets no tense of the clause.
_AGENT_AFTER = re.compile(r"[ \t]+by\b", re.I)
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|has|have|had|get|gets|got)(?:[ \t]+(?:not|also|\w+ly))?[ \t]+\Z", re.I
)


_PRESENT_BE_BEFORE = re.compile(r"\b(?:am|is|are)(?:[ \t]+(?:not|also|\w+ly))?[ \t]+\Z", re.I)
# A participle before its noun, as an adjective: after an article or a possessive, an adverb or a compound's
# first word between ("a delayed trip", "the long-awaited talks", "his widely reported remarks"), or after a
# first word of degree or time joined by a hyphen with nothing before ("long-delayed China trip", "so-called
# balloon"); not a compound verb ("co-hosted", "test-fired", "re-elected").
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|our|your|my)[ \t]+(?:\w+ly[ \t]+|[a-z]+-)?"
    r"|\b(?:long|much|well|so|hard|ill|newly|widely|highly|far|hotly|eagerly|keenly|closely)-)\Z",
    re.I,
)


def reduced_participle(text: str, start: int, end: int) -> bool:
    """Whether the "-ed" word at start:end is a participle that is no verb in the past: one with its agent and
    no auxiliary ("relations marred by"), a passive in the present ("are believed to", "is not allowed"),
    which speaks of now, not of what was, or an adjective before its noun ("will make a long-delayed trip")."""
    if text[end - 2 : end].lower() != "ed":
        return False
    lo = max(0, start - 24)
    if _PRESENT_BE_BEFORE.search(text, lo, start) is not None or _ATTRIBUTIVE_BEFORE.search(text, lo, start):
        return True
    return _AGENT_AFTER.match(text, end) is not None and _AUXILIARY_BEFORE.search(text, lo, start) is None


# A relative clause opened after a comma (", which followed the May 8 meeting"): its verb says when the thing
# it describes happened, not when the thing the main clause speaks of does. It runs to the next break.
RELATIVE_CLAUSE_OPEN = re.compile(r",[ \t]*(?:which|who|whom|whose)\b", re.I)
RELATIVE_CLAUSE_CLOSE = re.compile(r"[,;:()—–]")


def _in_relative_clause(text: str, end: int, at: int) -> bool:
    """Whether position `at` (after `end`) lies inside a relative clause opened between `end` and `at`."""
    opened = max(RELATIVE_CLAUSE_OPEN.finditer(text, end, at), key=lambda m: m.start(), default=None)
    return opened is not None and RELATIVE_CLAUSE_CLOSE.search(text, opened.end(), at) is None


def tense_at(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str:
    """`Tenses.at` of `analysis.text` without the participles that describe a noun (`reduced_participle`): the
    first tense marker after start:end in its sentence (not the verb of a relative clause that follows it:
    "are planning trips, which followed the meeting" is not past), else the nearest before, else
    'unknown'."""
    markers = tenses_of(text).within(sentence_start, sentence_end)
    markers = [m for m in markers if m[2] != "past" or not reduced_participle(text, m[0], m[1])]
    after = [m for m in markers if m[0] >= end and not _in_relative_clause(text, end, m[0])]
    if after:
        return after[0][2]
    before = [(e, kind) for s, e, kind in markers if e <= start]
    return max(before)[1] if before else "unknown"


class _Markers:
    """The tense markers and date cues of a text's sentences; a cue overrides a marker it overlaps.

    The markers are found once per sentence (`tenses_of`, shared with the
    other readers of the text); the cues only in the sentences that hold a
    date expression, when first asked.
    """

    def __init__(self, text: str):
        self.text = text
        self.tenses = tenses_of(text)
        self.sentences: dict[int, tuple[list, list]] = {}

    def _of(self, ss: int, se: int) -> tuple[list, list]:
        if ss not in self.sentences:
            cues = sorted(
                (m.start(), m.end(), t) for t, p in DATE_CUES.items() for m in finditer_i(p, self.text, ss, se)
            )
            cues = [c for c in cues if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in cues)]
            markers = self.tenses.within(ss, se)
            # a capitalised word inside a sentence is a name ("United", "Red"), not a verb
            text = self.text
            markers = [
                m
                for m in markers
                if not any(cs < m[1] and m[0] < ce for cs, ce, _ in cues)
                and (m[0] == ss or not text[m[0]].isupper())
                and not (m[2] == "past" and reduced_participle(text, m[0], m[1]))
            ]
            markers = sorted(markers + cues, key=lambda m: (m[0], m[2]))
            self.sentences[ss] = (markers, [m[0] for m in markers])
        return self.sentences[ss]

    def tense(self, ss: int, se: int, s: int, e: int) -> str:
        markers, starts = self._of(ss, se)
        before = [m for m in markers[: bisect_left(starts, s)] if m[1] <= s]
        if before:
            _, me, kind = max(before, key=lambda m: m[1])
            if not CLAUSE_BOUNDARY.search(self.text, me, s):
                return kind
        j = bisect_left(starts, e)
        if j < len(markers) and (not before or not CLAUSE_BOUNDARY.search(self.text, e, markers[j][0])):
            return markers[j][2]
        # a verb before the date across a conjunction is nearer its clause than one past a comma after it: "will
        # be watching as the two meet on Wednesday, amid relations marred by"
        if before:
            _, me, kind = max(before, key=lambda m: m[1])
            # unless the date's own clause, past the break, has a verb in the present ("did not elaborate, but the
            # next chance is a summit in November"): it speaks from the writer's day, with no tense to go by
            opened = max(CLAUSE_BOUNDARY.finditer(self.text, me, s), key=lambda b: b.start(), default=None)
            if opened is not None and PRESENT_COPULA.search(self.text, opened.end(), s):
                return "unknown"
            return kind
        # no verb of tense at all: an infinitive is the headline's future ("Biden and Xi To Meet Wednesday",
        # "Envoy to visit Seoul on Friday")
        infinitive = HEADLINE_INFINITIVE.match(self.text, ss, s)
        return "future" if infinitive is not None else "unknown"


# An infinitive and its words just before a date, with no clause break between: "an invitation to meet Biden at".
INFINITIVE_BEFORE = re.compile(r"\bto[ \t]+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]+\b[^,;:.!?\n]{0,40}\Z")


# --- finding ---------------------------------------------------------------


class Groups(dict):
    """The named groups of a rule's match, kept with the expression."""

    def __init__(self, m: re.Match):
        super().__init__(m.groupdict())
        self.text = m.group()

    def __getitem__(self, key):
        return self.get(key)

    def group(self) -> str:
        return self.text


class DateExpression(NamedTuple):
    start: int
    end: int
    text: str
    rule: str
    tense: str
    sentence_start: int
    sentence_end: int
    groups: Groups


def find_expressions(text: str) -> list[DateExpression]:
    """Date expressions of `text` (an article's masked raw text), in order.

    Rules are tried in `RULES` order; a later rule never takes characters an
    earlier one already matched.
    """
    return list(_find_expressions(text))


@lru_cache(maxsize=256)
def _find_expressions(text: str) -> tuple[DateExpression, ...]:
    spans: list[tuple[int, int, Rule, re.Match]] = []
    taken: list[tuple[int, int]] = []  # sorted, disjoint
    lowered = text.lower()
    found_triggers: dict = {}  # trigger → its positions; triggers of a rule → its windows
    # a text whose lower-case form has another length (a few letters outside ASCII) is searched whole
    whole = [(0, len(text))] if len(lowered) != len(text) else None
    for rule in RULES:
        for m in (
            m
            for lo, hi in whole or _windows(text, lowered, rule.triggers, found_triggers)
            for m in rule.pattern.finditer(text, lo, hi)
        ):
            s, e = m.span()
            k = bisect_right(taken, (s, e))
            if (k and taken[k - 1][1] > s) or (k < len(taken) and taken[k][0] < e):
                continue
            taken.insert(k, (s, e))
            spans.append((s, e, rule, m))
    if not spans:
        return ()
    spans.sort(key=lambda x: x[0])
    sentences = sentence_spans(text)
    sentence_starts = [a for a, _ in sentences]
    # the tense is read over the sentence a title's full stop does not cut ("met his counterpart, Gen. Roe, on
    # Thursday morning": the verb is before the title); the expression keeps the plain sentence, which the
    # readers of events share
    titled = sentence_spans(text, abbreviations=True)
    titled_starts = [a for a, _ in titled]
    markers = _Markers(text)
    found: list[DateExpression] = []
    previous_day = None  # the last expression naming a single day, for "the following day"
    previous_period = None  # the last expression of a calendar position and its sentence, for "a year earlier"
    for s, e, rule, m in spans:
        k = bisect_right(sentence_starts, s) - 1
        ss, se = sentences[k] if k >= 0 and s < sentences[k][1] else (s, e)
        groups = Groups(m)
        t = bisect_right(titled_starts, s) - 1
        ts, te = titled[t] if t >= 0 and s < titled[t][1] else (ss, se)
        tense = markers.tense(ts, te, s, e)
        if tense == "plan":
            # a plan spoken of from the past: its day was ahead when planned; its month, the nearest
            tense = "unknown" if rule.name in _MONTH_RULES else "future"
        if (
            tense == "past"
            and rule.name == "month alone"
            and groups["month2"]
            and INFINITIVE_BEFORE.search(text, max(ss, s - 60), s)
        ):
            # a month in the possessive that names the event of an infinitive ("did not produce an invitation to
            # meet at November's summit"): the clause's past is the main verb's, and the event may lie ahead of
            # the writer as well as behind; the nearest such month
            tense = "unknown"
        if rule.name == "following day":
            if previous_day is None and (groups["n"] or m.group().lower().endswith(("that day", "same day"))):
                continue  # "two days later", "later that day" with no day named before: an event's, not a date
            groups["ref"] = previous_day
        if rule.name == "second day":
            if not found or found[-1].end != s - len(" and ") or found[-1].rule != "full date":
                continue  # a number after "and" that does not follow a date: no date
            groups["ref"] = previous_day
        if rule.name == "year earlier":
            near = previous_period is not None and k - previous_period[0] <= 1
            groups["ref"] = previous_period[1] if near else None
        expr = DateExpression(s, e, m.group(), rule.name, tense, ss, se, groups)
        # a day back from the day named before is not counted from again: a story does not step back day by
        # day, so a second "the previous day" is the same day as the first (a second "the following day" is
        # the day after it)
        if rule.name in _DAY_RULES and not (rule.name == "following day" and _BACKWARD.search(expr.text)):
            previous_day = (expr.rule, tuple(groups.items()), expr.text, expr.tense)
        if rule.name in _PERIOD_RULES:
            previous_period = (k, (expr.rule, tuple(groups.items()), expr.text, expr.tense))
        found.append(expr)
    # "earlier in the day" with no day named before it is the day its own sentence names after it ("Earlier
    # in the day she met the premier on Tuesday")
    for i, expr in enumerate(found):
        if expr.rule == "following day" and expr.groups["ref"] is None and expr.text.lower().endswith("in the day"):
            after = next(
                (x for x in found[i + 1 :] if x.start < expr.sentence_end and x.rule in _DAY_RULES),
                None,
            )
            if after is not None:
                expr.groups["ref"] = (after.rule, tuple(after.groups.items()), after.text, after.tense)
    return tuple(found)


def enclosing_period(expr: DateExpression, anchor: Date) -> Resolved | None:
    """The whole week, month or year of the anchor that "earlier this ..." / "later in the year" is a part
    of, else None. Such a part is cut at the anchor itself, so it says little of what lies near the anchor:
    "a meeting later in the year" may be spoken of on a day that another event of the sentence still spans.
    """
    g = expr.groups
    if expr.rule != "part of period" or not g["part3"] or g["part3"].lower() not in ("earlier", "later"):
        return None
    if g["which"].lower() not in ("this", "the"):
        return None
    unit = g["unit"].lower()
    return Resolved(*_period(unit, anchor, 0), unit)


def resolve(expr: DateExpression, anchor: Date | None) -> Resolved:
    """Resolve one expression against the anchor (publication) date."""
    rule = _BY_NAME[expr.rule]
    if anchor is None and rule.needs_anchor:
        return UNRESOLVED
    return _resolve(expr.rule, tuple(expr.groups.items()), expr.text, expr.tense, anchor)


@lru_cache(maxsize=4096)  # bounded: most keys carry an article's own anchor
def _resolve(rule_name: str, groups: tuple, text: str, tense: str, anchor: Date | None) -> Resolved:
    # Cached: date inference resolves the same expressions against every day of
    # the chronology, and a large corpus repeats expressions ("last month").
    rule = _BY_NAME[rule_name]
    if anchor is None and rule.needs_anchor:
        return UNRESOLVED
    match = Groups.__new__(Groups)
    dict.__init__(match, groups)
    match.text = text
    try:
        result = rule.resolve(match, anchor, tense)
    except (ValueError, OverflowError):  # a day the month does not have ("February 30")
        return UNRESOLVED
    if result.start is None:
        return UNRESOLVED
    return result
