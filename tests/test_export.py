"""`python -m analysis export` writes tidy CSVs for any folder of articles."""

import subprocess
import sys

import pandas as pd
import pytest

from analysis import paths
from analysis.annotate import columns
from analysis.export import export


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=paths.ROOT)


def test_cli_exports_seeds(tmp_path):
    result = run_cli("export", "--corpus", "seeds", "--out", str(tmp_path / "x"))
    assert result.returncode == 0, result.stderr
    articles = pd.read_csv(tmp_path / "x" / "articles.csv")
    assert list(articles.columns) == columns("articles")
    assert len(articles) == 5
    boiler = pd.read_csv(tmp_path / "x" / "boilerplate.csv", keep_default_na=False)
    assert list(boiler.columns) == ["article_id", "start", "end", "text", "reason"]
    raws = {p.stem: p.read_text(encoding="utf-8") for p in paths.SEEDS.glob("*.txt")}
    assert len(boiler) == 10
    for row in boiler.itertuples():
        assert raws[row.article_id][row.start : row.end] == row.text
    assert not list((tmp_path / "x").glob(".*tmp"))
    times = pd.read_csv(tmp_path / "x" / "time_expressions.csv", keep_default_na=False)
    assert {"article_id", "start", "end", "text", "resolved_start", "resolved_end"} <= set(times.columns)
    for row in times.itertuples():
        assert raws[row.article_id][row.start : row.end] == row.text
    inferred = articles[articles.date_source == "inferred"]
    assert list(inferred.article_id) == ["002_0b8b1ce8151e0a78", "003_c83581e6d6dbe7fc"]
    assert inferred.published_earliest.notna().all() and inferred.published_latest.notna().all()
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == sorted(
        [
            "articles.csv",
            "boilerplate.csv",
            "repairs.csv",
            "time_expressions.csv",
            "event_mentions.csv",
            "date_evidence.csv",
            "date_discrepancies.csv",
            "quotes.csv",
            "issues.csv",
            "issue_mentions.csv",
            "terms.csv",
            "expectations.csv",
            "errors.csv",
            "duplicates.csv",
        ]
    )
    expectations = pd.read_csv(tmp_path / "x" / "expectations.csv", keep_default_na=False)
    assert list(expectations.columns[:8]) == [
        "article_id",
        "start",
        "end",
        "text",
        "holder",
        "topic",
        "certainty",
        "verdict",
    ]
    for row in expectations.itertuples():
        assert raws[row.article_id][row.start : row.end] == row.text
    quotes = pd.read_csv(tmp_path / "x" / "quotes.csv", keep_default_na=False)
    assert list(quotes.columns) == [
        "article_id",
        "start",
        "end",
        "kind",
        "speaker",
        "speaker_group",
        "cue",
        "text",
        "speaker_kind",
        "speaker_actor",
        "speaker_title",
        "speaker_affiliation",
    ]
    for row in quotes.itertuples():
        assert raws[row.article_id][row.start : row.end] == row.text
    issues = pd.read_csv(tmp_path / "x" / "issues.csv")
    assert list(issues.columns) == ["article_id", "issue", "mentions", "share"]
    terms = pd.read_csv(tmp_path / "x" / "terms.csv")
    assert list(terms.columns) == ["article_id", "start", "end", "concept", "term", "voice", "hedged"]


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


def bad_folder(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text("Fine.\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_bytes(b"caf\xe9\n")
    return folder


def test_a_bad_file_is_listed_in_errors_csv_and_the_rest_exported(tmp_path):
    out = tmp_path / "out"
    result = run_cli("export", "--corpus", str(bad_folder(tmp_path)), "--out", str(out))
    assert result.returncode == 0, result.stderr
    errors = pd.read_csv(out / "errors.csv")
    assert list(errors.error) == ["EmptyArticleError", "EncodingError"]
    assert errors.path.str.endswith("b.txt").iloc[0] and "empty" in errors.message.iloc[0]
    assert list(pd.read_csv(out / "articles.csv").article_id) == ["a"]


def test_strict_stops_at_the_first_bad_file_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.csv").write_text("previous\n", encoding="utf-8")
    result = run_cli("export", "--corpus", str(bad_folder(tmp_path)), "--out", str(out), "--strict")
    assert result.returncode == 2
    assert "b.txt" in result.stderr and "empty" in result.stderr
    assert (out / "articles.csv").read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in out.iterdir()) == ["articles.csv"]  # no half-written or temporary files


EVALUATION = paths.ROOT / "evaluation" / "articles"


@pytest.fixture(scope="module")
def one_process(tmp_path_factory):
    out = tmp_path_factory.mktemp("one")
    export(EVALUATION, out)
    return out


def test_two_workers_write_the_same_files_as_one_process(one_process, tmp_path):
    export(EVALUATION, tmp_path, workers=2)
    names = sorted(p.name for p in one_process.iterdir())
    assert names == sorted(p.name for p in tmp_path.iterdir())
    for name in names:
        assert (one_process / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_wire_copies_are_listed_as_duplicates(one_process):
    dups = pd.read_csv(one_process / "duplicates.csv")
    assert set(dups.article_id) == {
        "cityam-blinken-postpones-china-trip-ap",
        "latestly-blinken-postpones-china-trip-ap",
    }
    assert dups.cluster_id.nunique() == 1 and "near-identical" in set(dups.match)


def test_every_span_of_every_table_is_its_text(one_process):
    raws = {p.stem: p.read_text(encoding="utf-8") for p in EVALUATION.glob("*.txt")}
    for path in one_process.glob("*.csv"):
        table = pd.read_csv(path, keep_default_na=False)
        if {"start", "end", "text"} <= set(table.columns):
            for row in table.itertuples():
                assert raws[row.article_id][row.start : row.end] == row.text, (path.name, row.start)


def test_parquet_holds_the_rows_of_the_csv_files(one_process, tmp_path):
    pytest.importorskip("pyarrow", reason="the scale extra is not installed")
    export(EVALUATION, tmp_path, fmt="parquet")
    for name in ("articles", "quotes", "time_expressions", "expectations", "duplicates"):
        from_csv = pd.read_csv(one_process / f"{name}.csv", keep_default_na=False, dtype=str)
        from_parquet = pd.read_parquet(tmp_path / f"{name}.parquet").astype(str).replace({"None": "", "nan": ""})
        assert len(from_csv) == len(from_parquet), name
        assert list(from_csv.columns) == list(from_parquet.columns), name
        for col in ("article_id", "start", "end", "text"):
            if col in from_csv:
                assert list(from_csv[col]) == list(from_parquet[col]), (name, col)


def test_the_dask_engine_on_a_local_cluster_writes_the_same_rows(one_process, tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="the scale extra is not installed")
    monkeypatch.setattr("analysis.scale.CHUNK", 10)  # several partitions from the evaluation corpus
    n_parts = -(-len(list(EVALUATION.glob("*.txt"))) // 10)
    export(EVALUATION, tmp_path, engine="dask")
    for local in one_process.glob("*.csv"):
        if local.stem in ("errors", "duplicates"):
            assert (tmp_path / local.name).read_bytes() == local.read_bytes(), local.name
            continue
        parts = sorted((tmp_path / local.stem).glob("part-*.csv"))
        assert len(parts) == n_parts > 1, local.stem
        lines = local.read_text(encoding="utf-8").split("\n")
        joined = [lines[0]] + [x for p in parts for x in p.read_text(encoding="utf-8").split("\n")[1:-1]]
        assert joined + [""] == lines, local.name


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_dask_engine_writes_an_id_used_twice_as_an_error_row_like_the_local_export(fmt, tmp_path, monkeypatch):
    """The second article with an id already taken is an error row, and its rows are in no table, under
    either engine (under Dask the part it was written to is written again without them)."""
    pytest.importorskip("distributed", reason="the scale extra is not installed")
    monkeypatch.setattr("analysis.scale.CHUNK", 3)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sources = sorted(EVALUATION.glob("*.txt"))[:5]
    for i, source in enumerate(sources):
        (corpus / f"{i}.txt").write_bytes(source.read_bytes())
    text = max(sources[3].read_text(encoding="utf-8").split("\n\n"), key=len)  # a page of one paragraph, id "1"
    (corpus / "1.html").write_text(f"<html><body><article><p>{text}</p></article></body></html>", encoding="utf-8")
    export(corpus, tmp_path / "local", fmt=fmt)
    export(corpus, tmp_path / "dask", fmt=fmt, engine="dask")
    errors = pd.read_csv(tmp_path / "local" / "errors.csv") if fmt == "csv" else None
    if fmt == "csv":
        assert list(errors.error) == ["DuplicateArticleError"] and errors.path[0].endswith("1.txt")
    for local in (tmp_path / "local").iterdir():
        if local.stem in ("errors", "duplicates"):
            assert (tmp_path / "dask" / local.name).read_bytes() == local.read_bytes(), local.name
            continue
        parts = sorted((tmp_path / "dask" / local.stem).glob("part-*"))
        read = pd.read_csv if fmt == "csv" else pd.read_parquet
        whole = read(local)
        joined = pd.concat([read(p) for p in parts], ignore_index=True)
        pd.testing.assert_frame_equal(joined, whole, check_dtype=fmt == "parquet", obj=local.name)
        if local.stem == "articles":
            assert sorted(whole.article_id.astype(str)) == ["0", "1", "2", "3", "4"]
            assert whole.path[whole.article_id.astype(str) == "1"].str.endswith("1.html").all()
    if fmt == "csv":
        for local in (tmp_path / "local").glob("*.csv"):
            if local.stem not in ("errors", "duplicates"):
                parts = sorted((tmp_path / "dask" / local.stem).glob("part-*.csv"))
                lines = local.read_text(encoding="utf-8").split("\n")
                joined = [lines[0]] + [x for p in parts for x in p.read_text(encoding="utf-8").split("\n")[1:-1]]
                assert joined + [""] == lines, local.name


def test_readme_table_of_tables_is_current():
    from analysis.export import tables_markdown

    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- tables:")[1].split("-->", 1)[1].split("<!-- /tables -->")[0]
    assert block.strip() == tables_markdown()
