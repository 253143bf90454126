"""Statements whose reading changes seldom as the publication day moves are judged without resolving the date
against every day: a year-less day said in the past or of what is to come by the runs of days that give it
one reading (`_allowed_by_reading`), a plan's month once per month (`_allowed_by_month`), a part of a period
cut at the day once per period (`_allowed_by_period`). The days they allow are those found day by day
(`_allowed_by_day`)."""

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from analysis import chronology, paths
from analysis.chronology import (
    MONTH_READ_RULES,
    YEARLESS_RULES,
    Constraint,
    _allowed_by_day,
    _allowed_by_month,
    _allowed_by_period,
    _allowed_by_reading,
    _allowed_days,
    _days,
    constraints,
)
from analysis.corpus import read_article
from analysis.dates import enclosing_period, find_expressions, resolve
from analysis.profile import load_profile

# thirteen years: three 29 Februaries, and years between them in which none lies near
DAYS = _days(dt.date(2019, 1, 1), dt.date(2031, 12, 31))

YEARLESS = [
    "The envoys met on February 29.",
    "Talks were held on June 18-19.",
    "They met from December 30 to January 2.",
    "They spoke on Jan. 1.",
    "The deal was signed on April 31.",  # no such day: no reading on any day
    "The envoys will meet on February 29.",
    "Talks will be held on June 18-19.",
    "They will meet from December 30 to January 2.",
]


def _yearless(text: str) -> list[Constraint]:
    found = [c for c in constraints(text, text, (), frozenset()) if c.kind in ("recent date", "near coming date")]
    assert found and all(c.expression.rule in YEARLESS_RULES for c in found), text
    return found


def _in_tense(c: Constraint, tense: str) -> Constraint:
    return Constraint(**{**c.__dict__, "expression": c.expression._replace(tense=tense)})


@pytest.mark.parametrize("text", YEARLESS)
@pytest.mark.parametrize("tense", ["past", "future", "unknown"])
def test_a_year_less_day_allows_the_days_found_day_by_day(text, tense):
    for c in _yearless(text):
        c = _in_tense(c, tense)
        assert np.array_equal(_allowed_by_reading(c, DAYS), _allowed_by_day(c, DAYS)), (text, tense)


def test_a_29_february_has_no_reading_in_several_runs_of_days():
    # the case the bisection must not run across: the days with no reading make more than one run, with days
    # of a reading between them
    (c,) = _yearless("The envoys met on February 29.")
    read = np.array([resolve(c.expression, d).start is not None for d in DAYS])
    unread_runs = np.count_nonzero(np.diff(read.astype(int)) == -1) + (not read[0])
    assert unread_runs >= 2 and read.any()
    assert np.array_equal(_allowed_by_reading(c, DAYS), _allowed_by_day(c, DAYS))


def test_days_with_no_reading_are_not_taken_for_one_run_across_days_with_one():
    # 2022 and 2026 have no 29 February within a year; 2024 has one: the days between two unread days are
    # still read (a bisection that took equal readings at both ends for one run would skip them)
    (c,) = _yearless("The envoys met on February 29.")
    days = (dt.date(2022, 6, 1), dt.date(2024, 6, 1), dt.date(2026, 6, 1), dt.date(2026, 7, 1))
    assert [resolve(c.expression, d).start for d in days] == [None, dt.date(2024, 2, 29), None, None]
    assert list(_allowed_by_reading(c, days)) == [False, True, False, False]


def test_a_day_said_in_the_past_is_allowed_from_its_day_on_and_one_still_to_come_until_it():
    (past,) = _yearless("Talks were held on June 18-19.")
    (coming,) = _yearless("Talks will be held on June 18-19.")
    allowed_past = dict(zip(DAYS, _allowed_by_reading(past, DAYS)))
    allowed_coming = dict(zip(DAYS, _allowed_by_reading(coming, DAYS)))
    assert not allowed_past[dt.date(2025, 6, 18)] and allowed_past[dt.date(2025, 6, 19)]
    assert allowed_past[dt.date(2025, 8, 1)] and not allowed_past[dt.date(2026, 3, 1)]
    assert allowed_coming[dt.date(2025, 6, 19)] and not allowed_coming[dt.date(2025, 6, 20)]
    assert allowed_coming[dt.date(2025, 4, 1)] and not allowed_coming[dt.date(2025, 9, 1)]


def test_a_day_with_no_such_date_is_allowed_on_no_day():
    (c,) = _yearless("The deal was signed on April 31.")
    assert not _allowed_by_reading(c, DAYS).any()


def test_other_statements_are_not_read_by_runs():
    # a year-less day with its weekday keeps its own reading (by day); the two without one are read by runs
    calls = []
    original = chronology._allowed_by_reading
    try:
        chronology._allowed_by_reading = lambda c, days: calls.append(c) or original(c, days)
        text = "The envoys met on Monday, June 19. They will meet on July 3."
        kinds = {}
        for c in constraints(text, text, (), frozenset()):
            kinds[c.kind] = c
            _allowed_days(c, DAYS[:400])
    finally:
        chronology._allowed_by_reading = original
    assert {"weekday date", "near coming date", "recent date"} <= set(kinds)
    assert sorted(c.kind for c in calls) == ["near coming date", "recent date"]


def _planned(text: str, events) -> Constraint:
    (expr,) = [e for e in find_expressions(text) if e.rule in MONTH_READ_RULES]
    return Constraint("planned date", expr.start, expr.end, expr.text, events, expr)


@pytest.mark.parametrize(
    "text",
    [
        "The visit was due to take place in February.",
        "The visit had been planned for last August.",
        "The talks were to resume next March.",
        "A trip this June was planned.",
    ],
)
def test_a_plan_s_month_allows_the_days_found_day_by_day(text):
    profile = load_profile()
    days = _days(profile.window[0] - chronology.MARGIN, profile.window[1] + chronology.MARGIN)
    for events in (profile.events[:1], profile.events[:3], profile.events[-2:]):
        c = _planned(text, events)
        by_month = _allowed_by_month(c, days)
        assert np.array_equal(by_month, _allowed_by_day(c, days)), text
        assert by_month.any() or not any(c.holds(d) for d in days[::7])


def _relative(text: str, events, rule: str = "part of period") -> Constraint:
    (expr,) = [e for e in find_expressions(text) if e.rule == rule]
    return Constraint("relative date", expr.start, expr.end, expr.text, events, expr)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy visited earlier this month.",
        "Talks are expected later this year.",
        "They met earlier this week.",
        "A summit may follow later in the year.",
    ],
)
@pytest.mark.parametrize("tense", ["past", "future", "unknown"])
def test_a_part_of_a_period_cut_at_the_day_allows_the_days_found_day_by_day(text, tense):
    profile = load_profile()
    days = _days(profile.window[0] - chronology.MARGIN, profile.window[1] + chronology.MARGIN)
    for events in (profile.events[:1], profile.events[:3], profile.events[-2:]):
        c = _in_tense(_relative(text, events), tense)
        assert enclosing_period(c.expression, days[0]) is not None
        assert np.array_equal(_allowed_by_period(c, days), _allowed_by_day(c, days)), (text, tense)


def test_a_part_of_a_period_cut_at_the_day_reads_the_same_in_every_tense():
    # what lets `_allowed_by_period` pass over the second reading `Constraint.holds` gives a date said as
    # still to come on its events' days
    profile = load_profile()
    c = _relative("The talks will go on later this week.", profile.events)
    for day in DAYS[::5]:
        readings = {chronology._relative_range(c.expression._replace(tense=t), day) for t in ("past", "future")}
        assert readings == {enclosing_period(c.expression, day)}, day


def test_a_part_of_a_period_not_cut_at_the_day_is_not_read_once_per_period():
    # "early next month", "late last year": read as before
    for text in ("Talks resume early next month.", "They met late last year."):
        (expr,) = [e for e in find_expressions(text) if e.rule == "part of period"]
        assert enclosing_period(expr, dt.date(2023, 5, 5)) is None, text
    calls = []
    original = chronology._allowed_by_period
    try:
        chronology._allowed_by_period = lambda c, days: calls.append(c.text) or original(c, days)
        profile = load_profile()
        for text in ("Talks resume early next month.", "The envoy visited earlier this month."):
            _allowed_days(_relative(text, profile.events[:2]), DAYS[:200])
    finally:
        chronology._allowed_by_period = original
    assert calls == ["earlier this month"]


def _corpus_articles():
    files = sorted(Path(paths.SEEDS).glob("*.txt")) + sorted((paths.ROOT / "evaluation" / "articles").glob("*.txt"))
    return [read_article(f) for f in files]


def test_the_corpus_statements_read_by_runs_months_or_periods_allow_the_days_found_day_by_day():
    profile = load_profile()
    days = _days(profile.window[0] - chronology.MARGIN, profile.window[1] + chronology.MARGIN)
    unheld = frozenset(profile.timeline.get("planned", ()))
    checked = {"recent date": 0, "near coming date": 0, "planned date": 0, "relative date": 0}
    for article in _corpus_articles():
        for c in constraints(article.raw, article.masked, profile.events, unheld):
            if c.kind in ("recent date", "near coming date") and c.expression.rule in YEARLESS_RULES:
                fast = _allowed_by_reading(c, days)
            elif c.kind == "planned date" and c.expression.rule in MONTH_READ_RULES:
                fast = _allowed_by_month(c, days)
            elif c.kind == "relative date" and enclosing_period(c.expression, days[0]) is not None:
                fast = _allowed_by_period(c, days)
            else:
                continue
            assert np.array_equal(fast, _allowed_by_day(c, days)), (article.article_id, c.kind, c.expression.rule)
            checked[c.kind] += 1
    assert min(checked.values()) >= 3, checked
