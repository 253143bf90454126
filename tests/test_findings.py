"""Each headline finding of the notebooks is pinned to the table it comes from: the sentence that states
it is generated from that table, and the numbers in the sentence are recomputed here independently."""

import json
import re
from functools import cache

import pandas as pd
import pytest

from analysis import findings, paths, prose
from analysis.agreement import verdict_agreement
from analysis.profile import load_profile


@cache
def seed_tables():
    from analysis import read_corpus
    from analysis.expectations import expectations_table, judge
    from analysis.framing import framing_tables

    profile = load_profile()
    articles = read_corpus()
    tables = framing_tables(articles)
    judged = findings.verdicts_with_form(judge(expectations_table(articles), articles, profile), profile)
    return profile, tables, judged


# 1. the loaded labels: whose words they are, counted by voice and distancing


def test_label_voices_sentence_states_the_terms_table():
    profile, tables, _ = seed_tables()
    terms = tables["terms"]
    framing = profile.framing
    mine = terms[(terms.concept == framing["label_concept"]) & terms.term.isin(framing["loaded_terms"])]
    summary = findings.label_voice_summary(findings.label_uses(terms, framing))
    assert summary["uses"] == len(mine)
    assert summary["reporter"] + summary["paraphrase"] + summary["quote"] == len(mine)
    assert summary["hedged"] == int(mine.hedged.fillna("").ne("").sum())
    plain = int(((mine.voice == "reporter") & mine.hedged.fillna("").eq("")).sum())
    assert summary["plain reporter"] == plain
    text = prose.label_voices(summary, framing)
    assert f"{summary['reporter']} in the reporter's own sentences" in text
    assert f"{summary['paraphrase']} in a source's reported (indirect) speech" in text
    assert f"{summary['quote']} inside quotation marks" in text
    assert "every" not in text.casefold()  # the old, wrong claim: "every label is the reporter's own"


def test_label_voices_on_made_up_rows():
    framing = {"label_concept": "thing", "loaded_terms": ["bad thing"]}
    terms = pd.DataFrame(
        [
            ("a", 0, 5, "thing", "bad thing", "reporter", "", "bad thing"),
            ("a", 9, 14, "thing", "bad thing", "reporter", "so-called", "bad thing"),
            ("b", 0, 5, "thing", "bad thing", "paraphrase", "", "bad thing"),
            ("b", 9, 14, "thing", "good thing", "reporter", "", "good thing"),
        ],
        columns=["article_id", "start", "end", "concept", "term", "voice", "hedged", "text"],
    )
    summary = findings.label_voice_summary(findings.label_uses(terms, framing))
    assert summary == {
        "uses": 3,
        "articles": 2,
        "reporter": 2,
        "quote": 0,
        "paraphrase": 1,
        "hedged": 1,
        "plain reporter": 1,
    }
    assert "one use is the reporter's own plain label" in prose.label_voices(summary, framing)


# 2. certainty against outcome: forecasts and plans only, with n and the coders' kappa


def test_certainty_comparison_counts_only_epistemic_statements():
    profile, _, judged = seed_tables()
    table = findings.certainty_against_verdict(judged)
    epistemic = judged[
        judged.form.isin(["forecast", "plan"]) & judged.verdict.isin(["held", "partly held", "did not hold"])
    ]
    assert int(table.n.sum()) == len(epistemic)
    assert set(judged.loc[epistemic.index, "modality"]) <= {"epistemic"}
    for level, row in table.iterrows():
        assert row.held == int(((epistemic.certainty == level) & (epistemic.verdict == "held")).sum())
    agreement = findings.verdict_agreement(profile)
    text = prose.certainty_comparison(table, agreement)
    assert f"{prose.number(len(epistemic), 'statement')} in all" in text
    coding = profile.folder / "verdict_coding"
    kappa = {r["coded"]: r for r in verdict_agreement(coding / "first.csv", coding / "second.csv")}["verdict"]
    assert f"Cohen's kappa {kappa['kappa']:.2f}" in text and f"{kappa['agreement']:.0%}" in text


def test_verdict_scale_is_read_from_the_codebook():
    scale = findings.verdict_scale()
    assert list(scale.verdict) == findings.SCALE_ORDER
    assert scale.definition.str.len().gt(20).all()


# 3. "not an expectation" is never called a forward-looking statement


def test_statements_set_aside_by_the_codebook_are_not_counted_as_forward_looking():
    _, _, judged = seed_tables()
    text = prose.verdict_counts(judged)
    kept = judged[judged.verdict.isin(findings.SCALE_ORDER)]
    assert len(kept) == len(judged) - int(judged.verdict.isin(["not an expectation", "not judged"]).sum())
    assert f"{prose.number(len(kept), 'forward-looking statement')}:" in text
    assert "not an expectation" not in set(findings.judged_statements(judged).verdict)


# 4. issue salience: ties are ties


def test_top_issues_keep_ties_and_say_so():
    issues = pd.DataFrame(
        [("a", "x", 2, 0.4, "X"), ("a", "y", 2, 0.4, "Y"), ("a", "z", 1, 0.2, "Z"), ("b", "x", 1, 0.5, "X")],
        columns=["article_id", "issue", "mentions", "share", "label"],
    )
    top = findings.top_issues(issues)
    assert list(top.label) == ["X", "Y", "X"]
    text = prose.top_issues(top, {"a": "Outlet A, 1 Jan 2023", "b": "Outlet B, 2 Jan 2023"})
    assert "Outlet A, 1 Jan 2023 gives X and Y equal weight (40% of its sentences each, a tie)" in text
    assert "Outlet B, 2 Jan 2023 leads with X (50% of its sentences)" in text


def test_issue_quality_names_the_weak_issues():
    figures = pd.DataFrame(
        [("test", "trade", 10, 10, 0.9, 0.9), ("test", "climate", 10, 4, 0.5, 0.2), ("dev", "trade", 5, 5, 0.1, 0.1)],
        columns=["split", "issue", "sentences read", "found", "precision", "recall"],
    )
    text = prose.issue_quality(figures, "test")
    assert "one issue fall" in text and "climate (precision 50%, recall 20%)" in text and "trade" not in text


# 5. quotes: spans, statements and sources counted apart


def test_quote_units_count_spans_statements_and_sources_apart():
    quotes = pd.DataFrame(
        [
            ("a", 0, 50, "indirect", "Ann Lee", "G"),
            ("a", 20, 30, "partial", "Ann Lee", "G"),  # nested in her indirect speech: one statement
            ("a", 60, 70, "direct", "Ann Lee", "G"),
            ("a", 80, 90, "direct", "Bo Chen", "H"),
        ],
        columns=["article_id", "start", "end", "kind", "speaker", "speaker_group"],
    )
    units = findings.quote_units(quotes, pd.Series(["a", "b"]))
    assert units.loc["a"].tolist() == [4, 3, 2] and units.loc["b"].tolist() == [0, 0, 0]
    text = prose.quote_units(units)
    assert "four spans" in text and "three statements" in text and "two sources" in text


def test_seed_quote_units_are_consistent():
    _, tables, _ = seed_tables()
    quotes = tables["quotes"]
    units = findings.quote_units(quotes, pd.Series(sorted(quotes.article_id.unique())))
    assert units.loc["all articles", "spans"] == len(quotes)
    assert (units.spans >= units.statements).all() and (units.statements >= units.sources).all()


# 8. the comparison set: how it was chosen, said with its counts


def test_comparison_selection_states_the_counts_of_each_kind():
    from analysis.comparison import corpus_sides

    sides = corpus_sides()
    text = prose.comparison_selection(sides)
    assert f"holds {prose.number(len(sides), 'article')}" in text
    for kind, n in sides.kind.value_counts().items():
        assert f"{prose.number(int(n), 'article')} from {kind}" in text
    assert "not sampled" in text and '"the media"' in text


# 6. the notebooks: figures with alt text, no hand-written numbers in prose, labels not hashes

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
WRITTEN_FROM_DATA = ["02", "03", "04", "05", "06"]  # 00 and 01 state conventions (SHA-256, "90 days")


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_figure_has_alt_text(path):
    for cell in _cells(path):
        text = "".join(cell["source"])
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            assert "image/png" not in data, f"an image without alt text: {text[:60]}"
            text += "".join(data.get("text/markdown", []))
        for alt in re.findall(r"!\[([^\]]*)\]\(", text):
            assert len(alt.split()) >= 4, f"alt text too short: {alt!r}"


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.stem[:2] in WRITTEN_FROM_DATA], ids=lambda p: p.name)
def test_markdown_prose_holds_no_hand_written_number(path):
    for cell in _cells(path):
        if cell["cell_type"] != "markdown":
            continue
        text = "".join(cell["source"])
        # code, link targets, notebook numbers and section numbers are not findings
        text = re.sub(r"`[^`]*`|\]\([^)]*\)|\b0\d(?:–0\d)?\b|^#+ \d+\.", "", text, flags=re.M)
        assert not re.search(r"\d", text), f"a number written by hand: {text[:200]}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_name_articles_by_label_not_hash(path):
    for cell in _cells(path):
        for out in cell.get("outputs", []):
            text = json.dumps(out.get("data", {})) + "".join(out.get("text", []))
            assert not re.search(r"\b\d{3}_[0-9a-f]{16}\b", text), "".join(cell["source"])[:80]


def test_the_comparison_notebook_is_listed_with_the_others():
    from analysis.notebooks import notebook_paths

    assert "06-the-five-in-context.ipynb" in [p.name for p in notebook_paths()]
    source = (paths.NOTEBOOKS / "06-the-five-in-context.ipynb").read_text(encoding="utf-8")
    assert "not sampled" in source and "comparison.wire_copies" in source


def test_readme_findings_are_the_generated_ones():
    from analysis import paths
    from analysis.findings import readme_findings

    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- findings:")[1].split("-->", 1)[1].split("<!-- /findings -->")[0]
    assert block.strip() == readme_findings()
