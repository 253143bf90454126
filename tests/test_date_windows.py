"""Each date rule is searched only near its triggers (`dates._windows`): there it finds the matches a search of
the whole text finds, on made-up sentences, the seeds and the evaluation corpus."""

from pathlib import Path

import pytest

from analysis import paths
from analysis.corpus import read_article
from analysis.dates import RULES, _windows

MADE_UP = [
    "The talks on 18 and 19 June ended. Officials met on June 18 and 19, aides said.",
    "Between 3 and 4 weeks later, on the 5th and 6th of MARCH 2023, they met again; 7 and 8 Sept.",
    "He came and went. Prices rose 5 and 6 percent. On 1 and 2 February, 2024 a summit.",
]


def _texts():
    files = sorted(Path(paths.SEEDS).glob("*.txt")) + sorted((paths.ROOT / "evaluation" / "articles").glob("*.txt"))
    return MADE_UP + [read_article(f).masked for f in files]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_windows_hold_every_match(rule):
    for text in _texts():
        lowered = text.lower()
        if len(lowered) != len(text):
            continue  # searched whole
        near = [
            m.span()
            for lo, hi in _windows(text, lowered, rule.triggers, {})
            for m in rule.pattern.finditer(text, lo, hi)
        ]
        assert near == [m.span() for m in rule.pattern.finditer(text)], (rule.name, text[:60])


def test_the_first_of_two_days_is_found_near_its_month():
    (rule,) = [r for r in RULES if r.name == "first day"]
    text = MADE_UP[0]
    found = [
        m.group()
        for lo, hi in _windows(text, text.lower(), rule.triggers, {})
        for m in rule.pattern.finditer(text, lo, hi)
    ]
    assert found == ["18"]
