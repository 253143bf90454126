"""Date expressions: found as spans of an article's raw text, resolved to ranges.

Resolution follows the TempEval habit: an expression is resolved against the
document's creation date (here the publication date, the *anchor*), and the
tense of the clause decides between the past and the coming occurrence
("On Thursday" said of something done is the Thursday before; "on Sunday" of
something planned is the Sunday after). With no anchor, only absolute
expressions ("August 2021", "in 2017") are resolved; the others are kept with
empty dates.

Every rule is a small function below; `RULES` lists them in the order they are
tried, longest phrases first, and each match records the rule's name.
Conventions: a week runs Monday to Sunday; "this weekend" is the Saturday and
Sunday of the anchor's week; "recently" and "recent" mean the 90 days up to the
anchor; "in recent weeks" the 28 days; a weekday named on the day of
publication is that day, for the past as for the future.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import scan
from .text import sentence_spans, tenses_of

Date = dt.date

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUM = r"(?:\d+|" + "|".join(NUMBERS) + r")"


class Resolved(NamedTuple):
    start: Date | None
    end: Date | None
    granularity: str


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, Date | None, str], Resolved]
    needs_anchor: bool = True


# --- calendar helpers ------------------------------------------------------


def month_range(year: int, month: int) -> tuple[Date, Date]:
    return Date(year, month, 1), Date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: Date, months: int) -> Date:
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return Date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def week_start(day: Date) -> Date:
    return day - dt.timedelta(days=day.weekday())


def _num(text: str) -> int:
    return int(text) if text.isdigit() else NUMBERS[text.lower()]


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _month_near(month: int, anchor: Date, tense: str, strict: bool = False) -> tuple[Date, Date]:
    """The occurrence of `month` nearest the anchor in the direction of `tense`.

    Past: the latest such month starting on or before the anchor (strictly
    before the anchor's month when `strict`, as in "last August"). Future: the
    first ending on or after the anchor.
    """
    if tense == "future":
        year = anchor.year if month >= anchor.month else anchor.year + 1
        return month_range(year, month)
    if strict:
        year = anchor.year if month < anchor.month else anchor.year - 1
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    return month_range(year, month)


def _day_near(month: int, day: int, anchor: Date, tense: str) -> Date:
    """The year of a day-and-month date: the occurrence nearest the anchor.

    Tense is not used: a named day is almost always within months of the
    report, and the passive "is planned" reads as past to a tense test.
    """
    candidates = [
        Date(y, month, day)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if day <= calendar.monthrange(y, month)[1]
    ]
    return min(candidates, key=lambda c: abs(c - anchor))


def _weekday_near(weekday: int, anchor: Date, tense: str, strict: bool = False) -> Date:
    """The past (or coming) day with this weekday; the anchor itself counts unless `strict`."""
    if tense == "future":
        delta = (weekday - anchor.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return anchor - dt.timedelta(days=delta)


# --- rules -----------------------------------------------------------------


def _r(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def _month_day_range(m, anchor, tense):
    month = _month(m["month"])
    if m["year"]:
        year = int(m["year"])
        return Resolved(
            Date(year, month, _num(m["d1"].rstrip("stndrh"))), Date(year, month, _num(m["d2"].rstrip("stndrh"))), "days"
        )
    if anchor is None:
        return Resolved(None, None, "days")
    first = _day_near(month, int(re.sub(r"\D", "", m["d1"])), anchor, tense)
    return Resolved(first, first.replace(day=int(re.sub(r"\D", "", m["d2"]))), "days")


def _part_of_month(m, anchor, tense):
    month = _month(m["month"])
    if m["year"]:
        first, last = month_range(int(m["year"]), month)
    elif anchor is None:
        return Resolved(None, None, "part of month")
    elif m["this"]:
        first, last = month_range(anchor.year, month)
    else:
        first, last = _month_near(month, anchor, tense)
    part = m["part"].lower()
    if part == "early":
        return Resolved(first, first.replace(day=10), "part of month")
    if part.startswith("mid"):
        return Resolved(first.replace(day=11), first.replace(day=20), "part of month")
    return Resolved(first.replace(day=21), last, "part of month")


def _month_year(m, anchor, tense):
    return Resolved(*month_range(int(m["year"]), _month(m["month"])), "month")


def _month_this_year(m, anchor, tense):
    return Resolved(*month_range(anchor.year, _month(m["month"])), "month")


def _last_month_name(m, anchor, tense):
    return Resolved(*_month_near(_month(m["month"]), anchor, "past", strict=True), "month")


def _next_month_name(m, anchor, tense):
    first, last = _month_near(_month(m["month"]), anchor, "future")
    if first <= anchor:
        first, last = month_range(first.year + 1, first.month)
    return Resolved(first, last, "month")


def _month_alone(m, anchor, tense):
    return Resolved(*_month_near(_month(m["month"]), anchor, tense), "month")


def _year(m, anchor, tense):
    y = int(m["year"])
    return Resolved(Date(y, 1, 1), Date(y, 12, 31), "year")


def _relative_unit(m, anchor, tense):
    which, unit = m["which"].lower(), m["unit"].lower()
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[which]
    if unit == "week":
        start = week_start(anchor) + dt.timedelta(weeks=step)
        return Resolved(start, start + dt.timedelta(days=6), "week")
    if unit == "weekend":
        sat = week_start(anchor) + dt.timedelta(weeks=step, days=5)
        return Resolved(sat, sat + dt.timedelta(days=1), "weekend")
    if unit == "month":
        first = add_months(anchor.replace(day=1), step)
        return Resolved(*month_range(first.year, first.month), "month")
    year = anchor.year + step
    return Resolved(Date(year, 1, 1), Date(year, 12, 31), "year")


def _end_of_week(m, anchor, tense):
    fri = week_start(anchor) + dt.timedelta(days=4)
    return Resolved(fri, fri + dt.timedelta(days=2), "end of week")


def _beginning_of_year(m, anchor, tense):
    return Resolved(Date(anchor.year, 1, 1), anchor, "period")


def _weekdays(m, anchor, tense):
    names = [w.lower() for w in re.findall(_WEEKDAY, m.group(), re.I)]
    modifier = (m["mod"] or "").lower()
    direction = "future" if modifier in ("next", "coming", "this coming") else ("past" if modifier == "last" else tense)
    strict = modifier in ("last", "next")
    days = [WEEKDAYS[n] for n in names]
    if direction == "future":
        first = _weekday_near(days[0], anchor, "future", strict)
        last = first + dt.timedelta(days=(days[-1] - days[0]) % 7)
    else:
        last = _weekday_near(days[-1], anchor, "past", strict)
        first = last - dt.timedelta(days=(days[-1] - days[0]) % 7)
    return Resolved(first, last, "day" if first == last else "days")


def _deictic_day(m, anchor, tense):
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group().lower()]
    d = anchor + dt.timedelta(days=offset)
    return Resolved(d, d, "day")


def _recent(m, anchor, tense):
    text = m.group().lower()
    days = 28 if "weeks" in text else 7 if "days" in text else 90
    return Resolved(anchor - dt.timedelta(days=days), anchor, "vague")


def _past_period(m, anchor, tense):
    n, unit = _num(m["n"] or m["n2"]), (m["unit"] or m["unit2"]).lower().rstrip("s")
    if unit == "year":
        start = add_months(anchor, -12 * n)
    elif unit == "month":
        start = add_months(anchor, -n)
    else:
        start = anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))
    return Resolved(start, anchor, "period")


def _full_date(m, anchor, tense):
    if m["month2"]:
        month, day, year = _month(m["month2"]), int(re.sub(r"\D", "", m["day2"])), m["year2"]
    else:
        month, day, year = _month(m["month"]), int(re.sub(r"\D", "", m["day"])), m["year"]
    if year:
        d = Date(int(year), month, day)
        return Resolved(d, d, "day")
    if anchor is None:
        return Resolved(None, None, "day")
    d = _day_near(month, day, anchor, tense)
    return Resolved(d, d, "day")


RULES: list[Rule] = [
    Rule(
        "month day range",
        _r(
            rf"\b(?:from )?(?P<month>{_MONTH}) (?P<d1>{_DAY}) ?(?:to|-|–|and) ?(?P<d2>{_DAY})\b(?:,? (?P<year>{_YEAR}))?"
        ),
        _month_day_range,
        needs_anchor=False,
    ),
    Rule(
        "full date",
        _r(
            rf"\b(?:(?P<month>{_MONTH}) (?P<day>{_DAY})(?:,? (?P<year>{_YEAR}))?|(?P<day2>{_DAY}) (?P<month2>{_MONTH})(?: (?P<year2>{_YEAR}))?)\b(?![-–])"
        ),
        _full_date,
        needs_anchor=False,
    ),
    Rule(
        "part of month",
        _r(
            rf"\b(?:in )?(?P<part>early|mid|late)[- ](?P<month>{_MONTH})(?:,? (?P<year>{_YEAR})| (?P<this>this year))?\b"
        ),
        _part_of_month,
        needs_anchor=False,
    ),
    Rule("month year", _r(rf"\b(?:in )?(?P<month>{_MONTH}),? (?P<year>{_YEAR})\b"), _month_year, needs_anchor=False),
    Rule("month this year", _r(rf"\b(?:in )?(?P<month>{_MONTH}) this year\b"), _month_this_year),
    Rule("last month name", _r(rf"\blast (?P<month>{_MONTH})\b"), _last_month_name),
    Rule("next month name", _r(rf"\bnext (?P<month>{_MONTH})\b"), _next_month_name),
    Rule(
        "since beginning of year",
        _r(r"\b(?:since )?the (?:beginning|start) of (?:this|the) year\b"),
        _beginning_of_year,
    ),
    Rule("end of week", _r(r"\b(?:at )?the end of (?:the|this) week\b"), _end_of_week),
    Rule(
        "relative unit", _r(r"\b(?P<which>last|this|next|coming) (?P<unit>week|weekend|month|year)\b"), _relative_unit
    ),
    Rule(
        "past period",
        _r(
            rf"\b(?:over |in |for |during )?the (?:past|last) (?P<n>{_NUM}) (?P<unit>days|weeks|months|years)\b|\bin (?P<n2>{_NUM}) (?P<unit2>years)\b"
        ),
        _past_period,
    ),
    Rule(
        "weekday",
        _r(rf"\b(?:(?P<mod>last|next|this coming|coming|this|on) )?{_WEEKDAY}(?: and {_WEEKDAY})?\b"),
        _weekdays,
    ),
    Rule("deictic day", _r(r"\b(?:today|tonight|yesterday|tomorrow)\b"), _deictic_day),
    Rule("recently", _r(r"\b(?:recently|of late|in recent (?:days|weeks|months)|recent(?= [a-z-]+))\b"), _recent),
    Rule(
        "year",
        _r(rf"\b(?:in|since|by|until|before|after|from|as early as|as late as) (?P<year>{_YEAR})\b"),
        _year,
        needs_anchor=False,
    ),
    Rule(
        "month alone",
        _r(
            r"\b(?:in|since|by|until|before|after|during) (?P<month>January|February|March|April|June|July|August|September|October|November|December)\b"
        ),
        _month_alone,
    ),
]


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
    taken: list[tuple[int, int]] = []
    found: list[DateExpression] = []
    sentences = sentence_spans(text)
    sentence_starts = [a for a, _ in sentences]
    index = scan.index(text)
    tenses = None
    for rule in RULES:
        for m in index.finditer(rule.pattern):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            # a bare weekday only counts with a preposition or modifier, or capitalised
            if rule.name == "weekday" and not m["mod"] and not text[s].isupper():
                continue
            k = bisect_right(sentence_starts, s) - 1
            ss, se = sentences[k] if k >= 0 and s < sentences[k][1] else (s, e)
            tenses = tenses or tenses_of(text)
            taken.append((s, e))
            found.append(DateExpression(s, e, m.group(), rule.name, tenses.at(ss, se, s, e), ss, se, Groups(m)))
    return tuple(sorted(found))


_BY_NAME = {r.name: r for r in RULES}


def resolve(expr: DateExpression, anchor: Date | None) -> Resolved:
    """Resolve one expression against the anchor (publication) date."""
    rule = _BY_NAME[expr.rule]
    if anchor is None and rule.needs_anchor:
        return Resolved(None, None, "unresolved")
    return _resolve(expr.rule, tuple(expr.groups.items()), expr.text, expr.tense, anchor)


@lru_cache(maxsize=100_000)
def _resolve(rule_name: str, groups: tuple, text: str, tense: str, anchor: Date | None) -> Resolved:
    # Cached: date inference resolves the same expressions against every day of
    # the chronology, and a large corpus repeats expressions ("last month").
    match = Groups.__new__(Groups)
    dict.__init__(match, groups)
    match.text = text
    result = _BY_NAME[rule_name].resolve(match, anchor, tense)
    if result.start is None:
        return Resolved(None, None, "unresolved")
    return result
