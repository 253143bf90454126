"""The whole pipeline on a corpus of one's own: notebooks, figures and tables."""

import hashlib
import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from analysis import paths

NEW = {
    "dated.txt": " date 2023-06-21 Blinken said on Monday that the visit had helped. \u201cWe made progress on "
    "channels of communication,\u201d Blinken said. China will likely resist any talk of Taiwan, "
    "said Zhiqun Zhu, a professor at Bucknell University.\nEdited by: A. Editor\n",
    "undated.txt": "Blinken met Chinese President Xi Jinping on Monday, a day after talks with Qin Gang. "
    "The trip had been postponed in February after a spy balloon was shot down. Officials said "
    "military channels may reopen later this year.\n",
    "debris.txt": " date 2023-02-02 The Pentagon said on Thursday it was tracking a surveillance balloon over "
    "Montana. Blinken is expected to travel to Beijing this weekend.\nBalloon over Montana To view "
    "this video please enable JavaScript, and consider upgrading to a web browser that supports "
    "HTML5 video\n",
}


def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    base = tmp_path_factory.mktemp("reuse")
    corpus = base / "my_articles"
    corpus.mkdir()
    shutil.copy(paths.SEEDS / "004_acf5269c8d9a5d96.txt", corpus)
    for name, text in NEW.items():
        (corpus / name).write_text(text, encoding="utf-8")
    before = digest(paths.NOTEBOOKS), digest(paths.FIGURES), digest(corpus)
    out = base / "out"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "report", "--corpus", str(corpus), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    after = digest(paths.NOTEBOOKS), digest(paths.FIGURES), digest(corpus)
    return result, out, before, after


def test_report_runs_and_leaves_the_project_untouched(run):
    result, out, before, after = run
    assert result.returncode == 0, result.stderr[-2000:]
    assert before == after


def test_every_notebook_ran_without_errors(run):
    _, out, _, _ = run
    copies = sorted((out / "notebooks").glob("*.ipynb"))
    assert [p.name for p in copies] == [p.name for p in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))]
    for path in copies:
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(c["execution_count"] for c in code), path.name
        assert not any(o["output_type"] == "error" for c in code for o in c["outputs"]), path.name
    assert sorted(p.name for p in (out / "figures").glob("*.png")) == sorted(
        p.name for p in paths.FIGURES.glob("*.png")
    )


@pytest.mark.parametrize(
    "table, ids",
    [
        ("articles.csv", {"dated", "undated", "debris"}),
        ("time_expressions.csv", {"dated", "undated", "debris"}),
        ("quotes.csv", {"dated", "undated", "debris"}),
        ("issues.csv", {"dated", "undated", "debris"}),
        ("terms.csv", {"dated", "undated", "debris"}),
        ("expectations.csv", {"dated", "undated", "debris"}),
        ("event_mentions.csv", {"dated", "undated", "debris"}),
        ("boilerplate.csv", {"dated", "debris"}),
    ],
)
def test_new_articles_appear_in_every_table(run, table, ids):
    _, out, _, _ = run
    df = pd.read_csv(out / "tables" / table, keep_default_na=False)
    assert ids <= set(df.article_id), table


def test_the_undated_article_is_dated_and_the_debris_removed(run):
    _, out, _, _ = run
    articles = pd.read_csv(out / "tables" / "articles.csv").set_index("article_id")
    assert articles.loc["undated", "date_source"] == "inferred"
    assert articles.loc["undated", "published_earliest"] == "2023-06-19"
    boiler = pd.read_csv(out / "tables" / "boilerplate.csv")
    assert "video prompt" in set(boiler[boiler.article_id == "debris"].reason)
    expectations = pd.read_csv(out / "tables" / "expectations.csv", keep_default_na=False)
    assert set(expectations[expectations.article_id != "004_acf5269c8d9a5d96"].verdict) == {"not judged"}


def test_report_needs_an_output_folder(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "report", "--corpus", str(paths.SEEDS)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert result.returncode != 0 and "--out" in result.stderr
