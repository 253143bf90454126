"""Date expressions: every one in the seeds against a hand reading, and the rules."""

import csv
import datetime as dt

import pytest

from analysis import paths, read_article
from analysis.chronology import (
    discrepancies_table,
    infer_publication,
    load_events,
    time_expressions_table,
)
from analysis.corpus import date_article
from analysis.dates import find_expressions, resolve
from analysis.profile import load_profile

D = dt.date
GOLD = paths.ROOT / "tests" / "gold" / "time_expressions.csv"


def gold_rows():
    with open(GOLD, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_expression_in_the_seeds_matches_the_hand_reading(seeds):
    table = time_expressions_table(list(seeds.values()))
    found = [
        (r.article_id, r.text, str(r.resolved_start.date()), str(r.resolved_end.date()))
        for r in table.sort_values(["article_id", "start"]).itertuples()
    ]
    expected = [(g["article_id"], g["text"], g["resolved_start"], g["resolved_end"]) for g in gold_rows()]
    assert found == expected


def test_expression_spans_index_raw(seeds):
    table = time_expressions_table(list(seeds.values()))
    for r in table.itertuples():
        assert seeds[r.article_id].raw[r.start : r.end] == r.text


def test_inferred_intervals_of_the_undated_seeds(seeds):
    # "will travel ... at the end of the week": a visit still spoken of as coming may be under way already
    # (written on its first day), so the interval runs to the visit's first day, 18 June
    assert (seeds["002_0b8b1ce8151e0a78"].published_earliest, seeds["002_0b8b1ce8151e0a78"].published_latest) == (
        D(2023, 6, 14),
        D(2023, 6, 18),
    )
    # "on Sunday and Monday" (the visit's two days, 18-19 June) are two past weekdays: the page is of the
    # week after the Monday, and not of the next Sunday, on which "on Sunday" would be that day
    assert (seeds["003_c83581e6d6dbe7fc"].published_earliest, seeds["003_c83581e6d6dbe7fc"].published_latest) == (
        D(2023, 6, 19),
        D(2023, 6, 24),
    )
    for aid in ("002_0b8b1ce8151e0a78", "003_c83581e6d6dbe7fc"):
        assert seeds[aid].date_source == "inferred"
        assert seeds[aid].published == seeds[aid].published_earliest


def test_inference_recovers_the_header_dates(seeds):
    """Run blind on the dated seeds, the method's interval holds the stated date."""
    for a in seeds.values():
        if a.date_source != "header":
            continue
        inference = infer_publication(a.raw, a.masked)
        assert inference.earliest <= a.published <= inference.latest, a.article_id
        assert (inference.latest - inference.earliest).days <= 31


def test_inference_works_on_a_new_article(tmp_path):
    p = tmp_path / "new.txt"
    p.write_text(
        "Blinken met Chinese President Xi Jinping on Monday, a day after talks with Qin Gang. "
        "The trip had been postponed in February after a balloon was shot down.\n",
        encoding="utf-8",
    )
    a = read_article(p)
    assert a.date_source == "unknown"  # reading a file does not date it: dating takes an event profile
    a = date_article(a)
    assert a.date_source == "inferred"
    assert a.published_earliest == D(2023, 6, 19)
    assert a.published_latest <= D(2023, 6, 25)


def test_article_without_datable_statements_stays_unknown(tmp_path):
    p = tmp_path / "vague.txt"
    p.write_text("Diplomats met and talked about many things.\n", encoding="utf-8")
    a = date_article(read_article(p))
    assert (a.published, a.date_source) == (None, "unknown")


def test_the_misdated_pelosi_visit_is_flagged(seeds):
    table = discrepancies_table(list(seeds.values()))
    assert set(table.text) == {"in August 2021"}
    assert set(table.event_id) == {"pelosi_taiwan", "china_suspends_dialogue"}
    assert set(table.article_id) == {"003_c83581e6d6dbe7fc"}


def test_chronology_rows_cite_their_sources():
    import pandas as pd

    df = pd.read_csv(load_profile().file("chronology.csv"), keep_default_na=False, comment="#")
    for col in ("source_publisher", "source_title", "source_date"):
        assert (df[col].str.len() > 0).all(), col
    assert df.event_id.is_unique
    assert set(df.bound) <= {"both", "future_only"}
    assert all(e.start <= e.end for e in load_events())


def one(text, anchor):
    exprs = find_expressions(text)
    assert len(exprs) == 1, exprs
    r = resolve(exprs[0], anchor)
    return exprs[0].text, r.start, r.end


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # year boundaries
        ("Last month, talks stalled.", D(2023, 1, 10), ("Last month", D(2022, 12, 1), D(2022, 12, 31))),
        ("Last week, he said so.", D(2023, 1, 3), ("Last week", D(2022, 12, 26), D(2023, 1, 1))),
        ("It happened in December.", D(2023, 1, 5), ("in December", D(2022, 12, 1), D(2022, 12, 31))),
        ("He will go in January.", D(2022, 12, 20), ("in January", D(2023, 1, 1), D(2023, 1, 31))),
        ("The talks ended last year.", D(2023, 1, 1), ("last year", D(2022, 1, 1), D(2022, 12, 31))),
        ("He met Xi on December 30.", D(2023, 1, 2), ("December 30", D(2022, 12, 30), D(2022, 12, 30))),
        ("It opens on January 3.", D(2022, 12, 29), ("January 3", D(2023, 1, 3), D(2023, 1, 3))),
        ("They met last December.", D(2022, 12, 15), ("last December", D(2021, 12, 1), D(2021, 12, 31))),
        # a weekday named on the day of publication (a Friday) is that day
        (
            "On Friday, the Pentagon said it was tracking a balloon.",
            D(2023, 2, 3),
            ("On Friday", D(2023, 2, 3), D(2023, 2, 3)),
        ),
        ("He will leave on Friday.", D(2023, 2, 3), ("on Friday", D(2023, 2, 3), D(2023, 2, 3))),
        ("It was decided last Friday.", D(2023, 2, 3), ("last Friday", D(2023, 1, 27), D(2023, 1, 27))),
        ("He will meet Wang next Friday.", D(2023, 2, 3), ("next Friday", D(2023, 2, 10), D(2023, 2, 10))),
        # past against coming weekdays by tense
        ("On Thursday, officials said so.", D(2023, 2, 3), ("On Thursday", D(2023, 2, 2), D(2023, 2, 2))),
        ("On Sunday he will fly to Beijing.", D(2023, 6, 14), ("On Sunday", D(2023, 6, 18), D(2023, 6, 18))),
        (
            "Talks from Sunday to Monday were tense.",
            D(2023, 6, 20),
            ("Sunday to Monday", D(2023, 6, 18), D(2023, 6, 19)),
        ),
        # weeks, weekends, explicit dates
        ("He travels this weekend.", D(2023, 2, 3), ("this weekend", D(2023, 2, 4), D(2023, 2, 5))),
        (
            "He flies at the end of the week.",
            D(2023, 6, 14),
            ("at the end of the week", D(2023, 6, 16), D(2023, 6, 18)),
        ),
        ("The meeting of 18 June 2023 went well.", None, ("18 June 2023", D(2023, 6, 18), D(2023, 6, 18))),
        ("Exchanges were cut in August 2022.", None, ("in August 2022", D(2022, 8, 1), D(2022, 8, 31))),
        ("It was bought in 2017.", None, ("in 2017", D(2017, 1, 1), D(2017, 12, 31))),
        (
            "The visit, from February 5 to 6, is planned.",
            D(2023, 2, 3),
            ("from February 5 to 6", D(2023, 2, 5), D(2023, 2, 6)),
        ),
        ("In late May the call came.", D(2023, 6, 14), ("In late May", D(2023, 5, 21), D(2023, 5, 31))),
        ("over the past ten months", D(2023, 2, 3), ("over the past ten months", D(2022, 4, 3), D(2023, 2, 3))),
    ],
)
def test_resolution_rules(text, anchor, expected):
    assert one(text, anchor) == expected


def test_relative_expressions_without_anchor_are_kept_unresolved():
    exprs = find_expressions("Last week he said he would go on Monday.")
    assert [e.text for e in exprs] == ["Last week", "on Monday"]
    assert all(resolve(e, None).start is None for e in exprs)
    assert all(resolve(e, None).granularity == "unresolved" for e in exprs)


def test_lower_case_weekday_words_are_not_dates():
    assert find_expressions("The sunday papers and a may fly.") == []


def test_cues_match_anywhere_in_the_sentence():
    from analysis.chronology import event_mentions

    ids = {
        e.event_id
        for m in event_mentions("China turned down a meeting at a recent defense conference in Singapore.")
        for e in m.events
    }
    assert {"shangri_la_snub", "shangri_la_dialogue"} <= ids
    ids = {e.event_id for m in event_mentions("Talks were halted and dialogue suspended.") for e in m.events}
    assert "china_suspends_dialogue" in ids
