"""The opening words of the unrealized plans (`resources/unrealized_plans.csv`, column `opens`): the plans'
phrases are tried only where one of them begins, so every match of a phrase must begin with one of its row's
words, and the plans found so must be those a search over the whole text finds."""

import re
from functools import cache

import pytest

from analysis import paths
from analysis.chronology import _PLAN_ROWS, UNREALIZED, unrealized_plans
from analysis.corpus import read_article
from analysis.text import fold


@cache
def texts() -> tuple[str, ...]:
    """The masked texts of the seeds and of the evaluation corpus."""
    folders = [paths.SEEDS, paths.ROOT / "evaluation" / "articles"]
    return tuple(read_article(p).masked for f in folders for p in sorted(f.glob("*.txt")))


def test_every_match_of_a_plan_phrase_begins_with_one_of_its_opening_words():
    wrong, matched = [], set()
    for text in texts():
        folded = fold(text)
        for row in _PLAN_ROWS:
            opens = tuple(row["opens"].split("|"))
            for m in re.finditer(rf"\b(?:{row['phrase']})\b", text, re.I):
                matched.add(row["phrase"])
                if not folded.startswith(opens, m.start()):
                    wrong.append(f"{row['phrase']!r} matches {m.group()!r}")
    assert not wrong, "\n".join(sorted(set(wrong)))
    assert len(matched) >= 5  # the check saw most rows at work


def test_plans_found_at_their_opening_words_are_those_a_search_finds():
    for text in texts():
        assert [m.span() for m in unrealized_plans(text, fold(text))] == [m.span() for m in UNREALIZED.finditer(text)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("The envoy WAS due to land on Friday, but the trip was postponed.", ["WAS due to"]),
        (
            "She had hoped to sail; he would have been glad. They put off the race.",
            ["had hoped to", "would have been", "put off the"],
        ),
        ("The minister won't travel this week and didn't visit them.", ["won't travel", "didn't visit"]),
        ("The award was won by a team that cancelled nothing.", []),  # no plan: opening words alone find none
        ("Wasps were tohave a nest.", []),  # inside words and glued words are no phrase
    ],
)
def test_plans_in_made_up_sentences(text, found):
    assert [m.group() for m in unrealized_plans(text, fold(text))] == found
    assert [m.group() for m in UNREALIZED.finditer(text)] == found
