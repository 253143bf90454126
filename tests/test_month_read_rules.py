"""A relative date of `chronology.MONTH_READ_RULES` means the same on every day of a month, so the days it
allows are found reading it once per month (`_allowed_by_month`), as reading it day by day finds them."""

import datetime as dt
from pathlib import Path

import pytest

from analysis import chronology, paths
from analysis.chronology import MONTH_READ_RULES, _allowed_by_day, _allowed_by_month, _days, constraints
from analysis.corpus import read_article
from analysis.dates import find_expressions, resolve
from analysis.profile import load_profile

MADE_UP = (
    "The envoy visited in February. He will return in November. Talks were held last August and may resume "
    "next March. A trip this June was planned. The May talks ended. They met in December last year. "
    "In September of next year they will meet."
)
DAYS = [dt.date(2022, 1, 1) + dt.timedelta(days=i) for i in range(0, 3 * 365, 1)]


def _corpus_articles():
    files = sorted(Path(paths.SEEDS).glob("*.txt")) + sorted((paths.ROOT / "evaluation" / "articles").glob("*.txt"))
    return [read_article(f) for f in files]


def _month_expressions():
    texts = [MADE_UP] + [a.masked for a in _corpus_articles()]
    return [e for t in texts for e in find_expressions(t) if e.rule in MONTH_READ_RULES]


def test_the_made_up_text_has_dates_of_both_rules():
    rules = {e.rule for e in find_expressions(MADE_UP)}
    assert MONTH_READ_RULES <= rules


@pytest.mark.parametrize("tense", ["past", "future", "unknown", "plan"])
def test_a_reading_depends_on_the_month_of_the_day_alone(tense):
    seen = set()
    for expr in _month_expressions():
        key = (expr.rule, tuple(expr.groups.items()), expr.text)
        if key in seen:
            continue
        seen.add(key)
        expr = expr._replace(tense=tense)
        for day in DAYS:
            assert resolve(expr, day) == resolve(expr, day.replace(day=1)), (expr.text, day)


def test_the_days_allowed_are_those_found_day_by_day():
    profile = load_profile()
    days = _days(profile.window[0] - chronology.MARGIN, profile.window[1] + chronology.MARGIN)
    checked = 0
    for article in _corpus_articles():
        for c in constraints(article.raw, article.masked, profile.events, frozenset()):
            if c.kind == "relative date" and c.expression.rule in MONTH_READ_RULES:
                assert (_allowed_by_month(c, days) == _allowed_by_day(c, days)).all(), c.text
                # said as still to come: on the days of its events it may be read as over
                future = c.__class__(**{**c.__dict__, "expression": c.expression._replace(tense="future")})
                assert (_allowed_by_month(future, days) == _allowed_by_day(future, days)).all(), c.text
                checked += 1
    assert checked > 10
