"""Sentences written from tables: they say what the table holds, in its unit, for any corpus."""

import pandas as pd

from analysis import prose


def corpus(sources, widths=()):
    rows = []
    for i, source in enumerate(sources):
        start = pd.Timestamp("2023-06-01") + pd.Timedelta(days=i)
        width = widths[i] if i < len(widths) else 1
        rows.append(
            {
                "article_id": f"a{i}",
                "date_source": source,
                "published": start,
                "published_earliest": start,
                "published_latest": start + pd.Timedelta(days=width - 1),
            }
        )
    return pd.DataFrame(rows)


def test_corpus_dates_counts_headers_inferred_and_undatable():
    text = prose.corpus_dates(corpus(["header", "inferred", "inferred", "unknown"], widths=[1, 5, 2, 1]))
    assert text.startswith("The corpus holds four articles: one file open")
    assert "two articles without one are dated" in text and "intervals of 2 and 5 days" in text
    assert "one article cannot be dated" in text
    # the dated article's day and the inferred intervals are given apart, never as one span
    assert "The dated one appeared on 1 June 2023." in text
    assert "The inferred intervals run from 2 June 2023 to 6 June 2023." in text
    assert prose.corpus_dates(corpus(["header"])).startswith("The corpus holds one article: one file")


def test_cleaning_names_the_article_with_most_debris_and_says_when_nothing_was_found():
    removed = pd.DataFrame(
        [
            {"article_id": "a", "start": 0, "end": 17, "reason": "date header"},
            {"article_id": "a", "start": 20, "end": 30, "reason": "photo credit"},
            {"article_id": "b", "start": 0, "end": 50, "reason": "banner"},
        ]
    )
    repairs = pd.DataFrame(columns=["article_id"])
    text = prose.cleaning(removed, repairs, None)
    assert "two spans in two articles" in text and "the most, 50 characters, from b" in text
    assert "No glued words" in text
    assert prose.cleaning(removed[removed.reason == "date header"], repairs, None).startswith("No page debris")


def test_discrepancies_join_the_events_of_one_date():
    wrong = pd.DataFrame(
        [
            {"article_id": "a", "start": 5, "text": "in August 2021", "event_id": "e1", "gap_days": 336},
            {"article_id": "a", "start": 5, "text": "in August 2021", "event_id": "e2", "gap_days": 339},
        ]
    )
    text = prose.discrepancies(wrong)
    assert text.startswith("One date misses") and "e1 and e2" in text and "336 days" in text
    assert prose.discrepancies(wrong.iloc[0:0]).startswith("No absolute date")


def test_voices_by_article_says_how_many_are_quoted_also_when_groups_tie():
    data = pd.DataFrame(
        [
            ("a", "US government", "quote", 2),
            ("a", "Chinese government", "indirect", 2),
            ("b", "US government", "quote", 3),
            ("b", "analysts", "indirect", 1),
        ],
        columns=["article_id", "speaker_group", "voice", "statements"],
    )
    text = prose.voices_by_article(data, {"a": "First", "b": "Second", "c": "Third"})
    assert "First: four statements" in text and "(2 each); 2 of the 4 in quotation marks" in text
    assert "most from US government (3); 3 of the 4 in quotation marks" in text
    assert "Third reports no one's speech" in text


def test_corpus_dates_says_an_open_interval_is_open_and_gives_it_no_width():
    table = corpus(["header", "inferred", "inferred"], widths=[1, 5, 2])
    table.loc[2, "published_latest"] = pd.NaT  # nothing in its text closes it above
    text = prose.corpus_dates(table)
    assert "as an interval of five days and one interval open on one side" in text
    assert "The inferred intervals run from 2 June 2023 to an open end." in text
    table.loc[1, "published_earliest"] = pd.NaT
    assert "from an open start to an open end" in prose.corpus_dates(table)
