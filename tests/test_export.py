"""`python -m analysis export` writes tidy CSVs for any folder of articles."""

import subprocess
import sys

import pandas as pd
import pytest

from analysis import paths
from analysis.corpus import ARTICLE_COLUMNS
from analysis.export import export


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=paths.ROOT)


def test_cli_exports_seeds(tmp_path):
    result = run_cli("export", "--corpus", "seeds", "--out", str(tmp_path / "x"))
    assert result.returncode == 0, result.stderr
    articles = pd.read_csv(tmp_path / "x" / "articles.csv")
    assert list(articles.columns) == ARTICLE_COLUMNS
    assert len(articles) == 5
    boiler = pd.read_csv(tmp_path / "x" / "boilerplate.csv", keep_default_na=False)
    assert list(boiler.columns) == ["article_id", "start", "end", "text", "reason"]
    raws = {p.stem: p.read_text(encoding="utf-8") for p in paths.SEEDS.glob("*.txt")}
    assert len(boiler) == 10
    for row in boiler.itertuples():
        assert raws[row.article_id][row.start:row.end] == row.text
    assert not list((tmp_path / "x").glob(".*tmp"))
    times = pd.read_csv(tmp_path / "x" / "time_expressions.csv", keep_default_na=False)
    assert {"article_id", "start", "end", "text", "resolved_start", "resolved_end"} <= set(times.columns)
    for row in times.itertuples():
        assert raws[row.article_id][row.start:row.end] == row.text
    inferred = articles[articles.date_source == "inferred"]
    assert list(inferred.article_id) == ["002_0b8b1ce8151e0a78", "003_c83581e6d6dbe7fc"]
    assert inferred.published_earliest.notna().all() and inferred.published_latest.notna().all()
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == sorted([
        "articles.csv", "boilerplate.csv", "repairs.csv", "time_expressions.csv", "event_mentions.csv",
        "date_evidence.csv", "date_discrepancies.csv", "quotes.csv", "issues.csv", "issue_mentions.csv",
        "terms.csv", "expectations.csv"])
    expectations = pd.read_csv(tmp_path / "x" / "expectations.csv", keep_default_na=False)
    assert list(expectations.columns[:8]) == ["article_id", "start", "end", "text", "holder", "topic", "certainty",
                                              "verdict"]
    for row in expectations.itertuples():
        assert raws[row.article_id][row.start:row.end] == row.text
    quotes = pd.read_csv(tmp_path / "x" / "quotes.csv", keep_default_na=False)
    assert list(quotes.columns) == ["article_id", "start", "end", "kind", "speaker", "speaker_group", "cue", "text"]
    for row in quotes.itertuples():
        assert raws[row.article_id][row.start:row.end] == row.text
    issues = pd.read_csv(tmp_path / "x" / "issues.csv")
    assert list(issues.columns) == ["article_id", "issue", "mentions", "share"]
    terms = pd.read_csv(tmp_path / "x" / "terms.csv")
    assert list(terms.columns) == ["article_id", "start", "end", "concept", "term", "voice"]


def test_export_of_another_folder(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2023-06-19 Blinken met Xi.\nEdited by: Someone\n", encoding="utf-8")
    (folder / "b.txt").write_text("Blinken left Beijing.\n", encoding="utf-8")
    export(folder, tmp_path / "out")
    articles = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert list(articles.article_id) == ["a", "b"]
    assert list(articles.path) == ["mine/a.txt", "mine/b.txt"]
    boiler = pd.read_csv(tmp_path / "out" / "boilerplate.csv")
    assert list(boiler.reason) == ["date header", "editor credit"]


def test_bad_corpus_writes_nothing_and_exits_nonzero(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text("Fine.\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.csv").write_text("previous\n", encoding="utf-8")
    result = run_cli("export", "--corpus", str(folder), "--out", str(out))
    assert result.returncode == 2
    assert "b.txt" in result.stderr and "empty" in result.stderr
    assert (out / "articles.csv").read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in out.iterdir()) == ["articles.csv"]


def test_export_refuses_to_write_into_the_corpus(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text("Fine.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="must not be the corpus"):
        export(folder, folder)
