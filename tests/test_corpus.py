"""load_corpus: one row per article, raw text untouched, dates from headers."""

import datetime as dt
import hashlib

import pandas as pd

from analysis import load_corpus, paths, read_article
from analysis.annotate import columns
from analysis.corpus import count_words


def test_one_row_per_article_sorted(seeds):
    df = load_corpus()
    assert list(df.article_id) == sorted(seeds)
    assert list(df.columns) == columns("articles") + ["raw", "text"]
    assert df.article_id.is_unique


def test_raw_is_the_decoded_file_untouched():
    df = load_corpus(paths.SEEDS)
    for row in df.itertuples():
        data = (paths.ROOT / row.path).read_bytes()
        assert row.raw == data.decode("utf-8")
        assert row.sha256 == hashlib.sha256(data).hexdigest()
        assert not row.path.startswith("/")


def test_published_dates_and_sources():
    df = load_corpus().set_index("article_id")
    assert df.loc["000_ceaf973d6ed21ab9", "published"] == pd.Timestamp("2022-11-17")
    assert df.loc["001_ff0e59e9999274ec", "published"] == pd.Timestamp("2023-02-03")
    assert df.loc["004_acf5269c8d9a5d96", "published"] == pd.Timestamp("2023-06-14")
    assert df.loc["000_ceaf973d6ed21ab9", "date_source"] == "header"
    for undated in ("002_0b8b1ce8151e0a78", "003_c83581e6d6dbe7fc"):
        assert df.loc[undated, "date_source"] in {"unknown", "inferred"}
    assert df.loc["001_ff0e59e9999274ec", "outlet"] == "DW"
    assert df.loc["000_ceaf973d6ed21ab9", "author"] == "Jagdish N. Singh"


def test_text_starts_with_the_article_not_the_header(seeds):
    assert seeds["000_ceaf973d6ed21ab9"].text.startswith("Observers say US Secretary of State")
    assert seeds["002_0b8b1ce8151e0a78"].text.startswith("US Secretary of State Antony Blinken will travel")


def test_word_counts_are_counts_of_the_text(seeds):
    df = load_corpus().set_index("article_id")
    for aid, a in seeds.items():
        assert df.loc[aid, "n_words"] == count_words(a.text) > 250
    assert count_words("Xi-Biden meeting, U.S. isn't 100-mile-wide.") == 6


def test_masked_keeps_offsets_and_hides_removed_text(seeds):
    for a in seeds.values():
        assert len(a.masked) == len(a.raw)
        for s in a.removed:
            assert a.masked[s.start : s.end].strip() == ""
    a = seeds["001_ff0e59e9999274ec"]
    i = a.raw.index("Drew Thompson")
    assert a.masked[i : i + 13] == "Drew Thompson"


def test_an_article_without_header_or_debris(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("Blinken arrived in Beijing on Sunday.\n", encoding="utf-8")
    a = read_article(p)
    assert (a.published, a.date_source, a.header, a.boilerplate) == (None, "unknown", None, [])
    assert a.text == "Blinken arrived in Beijing on Sunday."
    assert a.path == f"{tmp_path.name}/plain.txt"


def test_header_with_windows_line_endings(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(b" date 2023-06-18 Blinken arrived.\r\nEdited by: X\r\n")
    a = read_article(p)
    assert a.published == dt.date(2023, 6, 18)
    assert [s.reason for s in a.removed] == ["date header", "editor credit"]
    assert a.text == "Blinken arrived."
