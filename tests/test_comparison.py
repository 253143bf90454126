"""The comparison set's tables, on made-up rows."""

import pandas as pd

from analysis import paths
from analysis.comparison import agency_credits, anonymous_sourcing, corpus_sides, voice_by_group, who_is_quoted
from analysis.units import sources, statements

SIDES = pd.DataFrame(
    {"article_id": ["us1", "cn1"], "kind": ["US and European media", "Chinese state media"], "label": ["A", "B"]}
)
QUOTES = pd.DataFrame(
    [
        ("us1", 0, 10, "direct", "Ann Lee", "US government", "person"),
        ("us1", 20, 30, "indirect", "a US official", "US government", "anonymous"),
        ("us1", 40, 50, "direct", "Bo Chen", "Chinese government", "person"),
        ("cn1", 0, 10, "indirect", "Bo Chen", "Chinese government", "person"),
        ("cn1", 20, 30, "indirect", "Bo Chen", "Chinese government", "person"),
    ],
    columns=["article_id", "start", "end", "kind", "speaker", "speaker_group", "speaker_kind"],
)


def test_who_is_quoted_counts_statements_and_sources_apart():
    t = who_is_quoted(statements(QUOTES), SIDES, sources(QUOTES)).set_index(["kind", "speaker_group"])
    assert t.loc[("US and European media", "US government"), "statements"] == 2
    assert t.loc[("Chinese state media", "Chinese government"), ["statements", "sources"]].tolist() == [2, 1]
    assert t.loc[("US and European media", "US government"), "share of statements"] == 2 / 3


def test_voice_and_anonymous_sourcing_by_kind():
    v = voice_by_group(statements(QUOTES), SIDES).set_index(["kind", "speaker_group"])
    assert v.loc[("Chinese state media", "Chinese government"), "share quoted directly"] == 0.0
    assert v.loc[("US and European media", "Chinese government"), "share quoted directly"] == 1.0
    a = anonymous_sourcing(statements(QUOTES), SIDES).set_index("kind")
    assert a.loc["US and European media", "unnamed source"] == 1 and a.loc["Chinese state media", "share unnamed"] == 0


def test_agency_credits_and_the_evaluation_corpus_kinds():
    assert agency_credits("WASHINGTON (Reuters) - Talks ended.") == ["Reuters"]
    assert agency_credits("BEIJING, June 19 (Xinhua) -- The Associated Press said") == ["Associated Press", "Xinhua"]
    assert agency_credits("A reuterswise claim.") == []
    sides = corpus_sides()
    assert (
        len(sides) == len(pd.read_csv(paths.ROOT / "evaluation" / "articles" / "sources.csv", comment="#"))
        and sides.label.is_unique
        and sides.kind.nunique() == 5
    )
