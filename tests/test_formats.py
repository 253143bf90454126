"""Corpora as JSON Lines, CSV or saved HTML pages give the same tables as the same articles in .txt.

A .txt file states its date in a header (` date YYYY-MM-DD `) that is part of
its text; a record states it in a field and a page in its metadata, so their
text has no header. Every offset of a record's or page's tables is therefore
the .txt offset minus the header's length (17 characters), the .txt has one
more boilerplate row (the header itself), and n_chars and n_removed_chars
are 17 less; everything else is equal.
"""

import csv
import html
import json

import pandas as pd
import pytest

from analysis import (
    CorpusError,
    DateHeaderError,
    DuplicateArticleError,
    EmptyArticleError,
    EncodingError,
    NoArticlesError,
    RecordError,
    paths,
    read_corpus,
)
from analysis.export import export, tables

ARTICLES = [
    {
        "id": "beijing",
        "date": "2023-06-18",
        "outlet": "Example News",
        "title": "Blinken lands in Beijing",
        "url": "https://example.org/beijing",
        "text": "US Secretary of State Antony Blinken arrived in Beijing on Sunday for two days of talks.\n"
        '"We are not seeking a new Cold War," Blinken said on Friday before leaving Washington.\n'
        "Analysts said a breakthrough was unlikely, but the visit could stabilise relations.",
    },
    {
        "id": "balloon",
        "date": "2023-02-03",
        "outlet": "Example Wire",
        "title": "Trip called off",
        "url": "https://example.org/balloon",
        "text": "Blinken postponed his trip to China after a Chinese balloon was seen over Montana.\n"
        "China said the balloon was a civilian airship used for weather research.",
    },
    {
        "id": "undated",
        "date": "",
        "outlet": "",
        "title": "",
        "url": "",
        "text": "Blinken met Xi Jinping in Beijing, and both sides agreed to stabilise relations.\n"
        "Military channels were not restored, the State Department said.",
    },
]
HEADER = len(" date 2023-06-18 ")


def as_txt(folder, articles=ARTICLES):
    folder.mkdir()
    for a in articles:
        header = f" date {a['date']} " if a["date"] else ""
        (folder / f"{a['id']}.txt").write_text(header + a["text"], encoding="utf-8")
    return folder


def as_jsonl(path, articles=ARTICLES):
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def as_csv(path, articles=ARTICLES):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "date", "title", "url", "outlet", "text"])
        writer.writeheader()
        writer.writerows(articles)
    return path


def as_html(folder, articles=ARTICLES):
    folder.mkdir()
    for a in articles:
        date = f'<meta property="article:published_time" content="{a["date"]}T09:00:00Z">' if a["date"] else ""
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in a["text"].split("\n"))
        (folder / f"{a['id']}.html").write_text(
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{a["title"] or "News"}</title>{date}'
            f'<meta property="og:site_name" content="{a["outlet"]}"></head><body><nav><a href="/">Home</a></nav>'
            f"<article>{paragraphs}</article><footer>Copyright 2023. All rights reserved.</footer></body></html>",
            encoding="utf-8",
        )
    return folder


def shifted(txt_tables):
    """The .txt tables as a record's would be: header rows dropped, offsets moved back by the header."""
    shift = {a["id"]: HEADER if a["date"] else 0 for a in ARTICLES}
    out = {}
    for name, df in txt_tables.items():
        df = df.copy()
        if name == "boilerplate.csv":
            df = df[df.reason != "date header"]
        for col in ("start", "end", "n_chars", "n_removed_chars"):
            if col in df and not df.empty:
                df[col] = df[col] - df.article_id.map(shift)
        out[name] = as_csv_text(df)
    return out


def as_csv_text(df):
    """A table as its exported CSV, without the columns that name the file (path, hash, outlet and the
    label made from it)."""
    return df.drop(columns=["path", "sha256", "outlet", "label"], errors="ignore").to_csv(
        index=False, lineterminator="\n"
    )


def comparable(record_tables):
    return {name: as_csv_text(df) for name, df in record_tables.items()}


@pytest.fixture(scope="module")
def txt_tables(tmp_path_factory):
    return shifted(tables(as_txt(tmp_path_factory.mktemp("txt") / "articles")))


@pytest.mark.parametrize("write", [as_jsonl, as_csv], ids=["jsonl", "csv"])
def test_records_give_the_tables_of_the_same_articles_as_txt(tmp_path, txt_tables, write):
    corpus = write(tmp_path / f"articles.{write.__name__[3:]}")
    got = tables(corpus)
    assert got["quotes.csv"].shape[0] > 0 and got["time_expressions.csv"].shape[0] > 0
    for name, text in comparable(got).items():
        assert text == txt_tables[name], name
    articles = got["articles.csv"]
    assert list(articles.outlet) == ["Example Wire", "Example News", "unknown"]  # sorted by id
    # "Blinken met Xi Jinping" reported as done: not older than that meeting (open above)
    assert list(articles.date_source) == ["header", "header", "inferred"]
    # where each record starts; in the CSV, line 1 is the header and a text's line breaks stay inside its record
    lines = (2, 1, 3) if corpus.suffix == ".jsonl" else (5, 2, 7)
    assert list(articles.path) == [f"{corpus.parent.name}/{corpus.name}:{n}" for n in lines]


def test_saved_pages_give_the_text_and_tables_of_the_same_articles_as_txt(tmp_path, txt_tables):
    folder = as_html(tmp_path / "pages")
    articles = {a.article_id: a for a in read_corpus(folder)}
    for a in ARTICLES:
        page = articles[a["id"]]
        assert page.raw == a["text"], "trafilatura's main text is the article, without menu or footer"
        assert page.path == f"pages/{a['id']}.html"
        assert (page.title, page.outlet) == (a["title"] or "News", a["outlet"])
    assert articles["beijing"].published.isoformat() == "2023-06-18"
    assert articles["undated"].date_source == "inferred"  # from the meeting it reports, open above
    for name, text in comparable(tables(folder)).items():
        assert text == txt_tables[name], name


def test_spans_index_the_record_text(tmp_path):
    for a in read_corpus(as_jsonl(tmp_path / "a.jsonl")):
        assert a.header is None
        for s in a.boilerplate:
            assert a.raw[s.start : s.end] == s.text


def test_seeds_as_records_give_the_seed_tables_moved_by_their_headers(tmp_path):
    seeds = read_corpus(paths.SEEDS)
    records = [
        {"id": a.article_id, "text": a.raw[a.body_start :], "date": a.published.isoformat() if a.header else None}
        for a in seeds
    ]
    corpus = tmp_path / "seeds.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    shift = {a.article_id: a.body_start for a in seeds}
    want, got = tables(paths.SEEDS), tables(corpus)
    assert len(want["quotes.csv"]) == 74
    for name in want:
        if name == "articles.csv" or "start" not in want[name]:
            continue
        df = want[name]
        df = df[df.reason != "date header"].copy() if "reason" in df else df.copy()
        if not df.empty:
            df["start"] -= df.article_id.map(shift)
            df["end"] -= df.article_id.map(shift)
        assert as_csv_text(got[name]) == as_csv_text(df), name


def test_cli_exports_a_jsonl_corpus(tmp_path):
    out = tmp_path / "out"
    export(as_jsonl(tmp_path / "a.jsonl"), out)
    # the export streams: rows come in the order of the records (a folder's files come by name)
    assert list(pd.read_csv(out / "articles.csv").article_id) == [a["id"] for a in ARTICLES]


BAD = [
    ('{"id": "a", "text": "Blinken went."}\n{"id": "b", "text": "  "}\n', EmptyArticleError, 2, "has no text"),
    ('{"id": "a", "text": "Blinken went."}\n{"id": "b"}\n', EmptyArticleError, 2, "has no text"),
    ('{"id": "a", "text": "Blinken went.", "date": "18 June 2023"}\n', DateHeaderError, 1, "YYYY-MM-DD"),
    ('{"id": "a", "text": "Blinken went.", "date": "2023-02-30"}\n', DateHeaderError, 1, "not a real date"),
    (
        '{"id": "a", "text": "Blinken went."}\n\n{"id": "a", "text": "Xi met him."}\n',
        DuplicateArticleError,
        3,
        "same id as line 1",
    ),
    ('{"id": "a", "text": "Blinken went."}\n{"id": "b", "text": "Xi\n', RecordError, 2, "not valid JSON"),
    ('["a", "Blinken went."]\n', RecordError, 1, "JSON object"),
    ('{"text": "Blinken went."}\n', RecordError, 1, "no id"),
    ("\n", NoArticlesError, None, "no records"),
]


@pytest.mark.parametrize("content, error, line, words", BAD)
def test_bad_record_is_named_by_file_and_line(tmp_path, content, error, line, words):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error) as info:
        read_corpus(path)
    assert isinstance(info.value, CorpusError)
    assert info.value.path == path and info.value.line == line
    assert str(info.value).startswith(f"{path}:{line}: " if line else f"{path}: ") and words in str(info.value)


@pytest.mark.parametrize(
    "content, error, line, words",
    [
        ("id,text,date\na,Blinken went.,2023-06-18\nb,,2023-06-18\n", EmptyArticleError, 3, "has no text"),
        ('id,text,date\na,"Blinken went.\nXi met him.",2023-06-18\nb,Later.,June\n', DateHeaderError, 4, "YYYY-MM-DD"),
        ("id,text\na,Blinken went.\na,Xi met him.\n", DuplicateArticleError, 3, "same id as line 2"),
        ("id,body\na,Blinken went.\n", RecordError, 1, "no column 'text'"),
    ],
)
def test_bad_csv_record_is_named_by_file_and_line(tmp_path, content, error, line, words):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error) as info:
        read_corpus(path)
    assert info.value.line == line and words in str(info.value)


def test_records_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes("id,text\na,Blinken went.\nb,Caf\u00e9 talks\n".encode("latin-1"))
    with pytest.raises(EncodingError, match=r"bad\.csv:3: not UTF-8"):
        read_corpus(path)


def test_page_without_main_text_and_an_id_used_twice_in_a_folder(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "empty.html").write_text(
        "<html><head><title>Gone</title></head><body><script>var a;</script></body></html>"
    )
    with pytest.raises(EmptyArticleError, match=r"empty\.html: no main text"):
        read_corpus(folder)
    (folder / "empty.html").unlink()
    (folder / "a.txt").write_text("Blinken went to Beijing.\n", encoding="utf-8")
    (folder / "a.html").write_text(
        "<html><body><article><p>Xi met Blinken in Beijing on Monday, and the two "
        "spoke for more than half an hour about relations.</p></article></body></html>"
    )
    with pytest.raises(DuplicateArticleError, match=r"a\.txt: holds the same id as a\.html"):
        read_corpus(folder)
