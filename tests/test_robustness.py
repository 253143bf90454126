"""Robust under any input: random bytes and random text give named errors or sound spans, never a crash."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.annotate import annotate
from analysis.corpus import date_article, read_article
from analysis.errors import CorpusError

WORDS = [
    "said",
    "told",
    "will",
    "would",
    "according to",
    "Monday",
    "Sunday",
    "last week",
    "next year",
    "June 18-19",
    "18 June 2023",
    "Feb. 5",
    "in 2017",
    "early next year",
    "later this year",
    "November's",  # possessive forms are matched by groups of their own
    "Monday’s",
    "last week's",
    "2023's",
    "the February",
    "yesterday",
    "today",
    "the visit",
    "Blinken",
    "Xi Jinping",
    "Wang Yi",
    "the ministry",
    "balloon",
    "Taiwan",
    "is expected to",
    "may",
    "unlikely",
    "Edited by: Someone",
    "Read more »",
    "Share",
    "Photo: AFP",
    "Published: 3 February 2023",
    "he said",
    "she",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u2018",
    "\u2019",
    ".",
    ",",
    ":",
    ";",
    "\n",
    "\n\n",
    " ",
    "-",
    "\u2014",
    "(",
    ")",
    "date",
    " date 2023-06-14 ",
    "2023-02-30",
    "théâtre",
    "\u0130",
    "\ufeff",
    "\r\n",
    "\t",
]
pieces = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12))
texts = st.lists(pieces, min_size=0, max_size=60).map(" ".join)
headers = st.one_of(
    st.just(""),
    st.dates(dt.date(2021, 1, 1), dt.date(2025, 1, 1)).map(lambda d: f" date {d} "),
    st.sampled_from([" date 2023-13-01 ", " date ", "date 2023-06-18", " date soon "]),
)

# derandomized: the same examples on every run, so that CI is repeatable; a new rule that breaks on them fails
SETTINGS = settings(
    max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def spans_are_sound(article, rows):
    raw = article.raw
    for table, table_rows in rows.items():
        for r in table_rows:
            if "start" in r and "end" in r:
                assert 0 <= r["start"] <= r["end"] <= len(raw), (table, r)
                if "text" in r and table not in ("issues",):
                    assert raw[r["start"] : r["end"]] == r["text"], (table, r)


def read_and_annotate(path):
    """The article at `path` annotated with sound spans, or None where reading raised a named error."""
    try:
        article = read_article(path)
    except CorpusError:
        return None
    rows = annotate(date_article(article))
    spans_are_sound(article, rows)
    assert rows["articles"][0]["article_id"] == path.stem
    return rows


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes_read_or_raise_a_named_error(tmp_path, data):
    (tmp_path / "x.txt").write_bytes(data)
    read_and_annotate(tmp_path / "x.txt")


@SETTINGS
@given(header=headers, body=texts)
def test_random_text_gives_spans_that_are_their_text(tmp_path, header, body):
    (tmp_path / "x.txt").write_text(header + body, encoding="utf-8", newline="")
    read_and_annotate(tmp_path / "x.txt")
