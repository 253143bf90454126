"""Sentences that state what a table shows, written from the table, so that a report on another corpus
or another event never describes the seeds.

Each function takes the tables a notebook computed and returns Markdown; the
notebooks display it with `show`. Counts are said in the unit they were
counted in, ties as ties, and an empty table as such.
"""

from __future__ import annotations

import pandas as pd


def show(markdown: str):
    """Display Markdown in a notebook (plain text where Markdown cannot be shown)."""
    from IPython.display import Markdown

    return Markdown(markdown)


def number(n: int, one: str, many: str | None = None) -> str:
    """'one article', '3 articles'."""
    words = {
        0: "no",
        1: "one",
        2: "two",
        3: "three",
        4: "four",
        5: "five",
        6: "six",
        7: "seven",
        8: "eight",
        9: "nine",
        10: "ten",
    }
    return f"{words.get(n, f'{n:,}')} {one if n == 1 else (many or one + 's')}"


def _day(d) -> str:
    return f"{pd.Timestamp(d):%d %B %Y}".lstrip("0") if pd.notna(d) else "no date"


def _list(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def event_intro(profile) -> str:
    """The event the profile describes, in its own words."""
    return f"**{profile.title}.** {profile.summary}".strip()


def corpus_dates(corpus: pd.DataFrame) -> str:
    """How the articles of a corpus are dated, and the span they cover."""
    n = len(corpus)
    header = int((corpus.date_source == "header").sum())
    inferred = corpus[corpus.date_source == "inferred"]
    unknown = int((corpus.date_source == "unknown").sum())
    parts = [f"The corpus holds {number(n, 'article')}: {number(header, 'file')} open with a date header"]
    if len(inferred):
        widths = ((inferred.published_latest - inferred.published_earliest).dt.days + 1).tolist()
        parts.append(
            f"{number(len(inferred), 'article')} without one {'is' if len(inferred) == 1 else 'are'} dated by the "
            f"package from what {'it reports' if len(inferred) == 1 else 'they report'}, as "
            + (
                f"an interval of {number(int(widths[0]), 'day')}"
                if len(widths) == 1
                else f"intervals of {_list([str(int(w)) for w in sorted(widths)])} days"
            )
        )
    if unknown:
        parts.append(f"{number(unknown, 'article')} cannot be dated from {'its' if unknown == 1 else 'their'} text")
    text = "; ".join(parts) + "."
    if corpus.published_earliest.notna().any():
        text += (
            f" Together they run from {_day(corpus.published_earliest.min())} to {_day(corpus.published_latest.max())}."
        )
    return text


def cleaning(removed: pd.DataFrame, repairs: pd.DataFrame, corpus: pd.DataFrame) -> str:
    """What the cleaning removed and repaired, by reason and by article."""
    debris = removed[removed.reason != "date header"]
    if debris.empty:
        text = "No page debris was found."
    else:
        chars = (debris.end - debris.start).groupby(debris.article_id).sum().sort_values(ascending=False)
        reasons = debris.reason.value_counts()
        most = chars[chars == chars.max()].index.tolist()
        text = (
            f"The debris rules removed {number(len(debris), 'span')} in {number(len(chars), 'article')} "
            f"({_list([f'{reason}: {count}' for reason, count in reasons.items()])}); "
            f"the most, {chars.max():,} characters, from {_list(most)}."
        )
    if repairs.empty:
        text += " No glued words were found."
    else:
        where = repairs.article_id.value_counts()
        text += (
            f" {number(len(repairs), 'glued word').capitalize()} {'was' if len(repairs) == 1 else 'were'} repaired in "
            f"the readable text, in {_list([f'{a} ({c})' for a, c in where.items()])}."
        )
    return text


def dating_check(check: pd.DataFrame) -> str:
    """Whether the inference, run blind on dated articles, lands on their header dates."""
    dated = check[check.date_source == "header"]
    if dated.empty:
        return "No article has a date header, so the inference cannot be checked against one here."
    hits = int(dated.contains_header_date.sum())
    return (
        f"Run blind on the {number(len(dated), 'article')} with a date header, the inferred interval contains the "
        f"header date for {hits} of them (median width {int(dated.width_days.median())} days)."
    )


def discrepancies(wrong: pd.DataFrame) -> str:
    """Dates that miss the event their sentence speaks of."""
    if wrong.empty:
        return "No absolute date misses the event its sentence speaks of by a year or less."
    items = []
    for (article_id, _, text), rows in wrong.groupby(["article_id", "start", "text"], sort=True):
        items.append(
            f"{article_id} writes '{text}' in a sentence about {_list(list(rows.event_id))}, "
            f"{int(rows.gap_days.min())} days or more from the record"
        )
    verb = "misses" if len(items) == 1 else "miss"
    return f"{number(len(items), 'date').capitalize()} {verb} the event its sentence speaks of: {'; '.join(items)}."
