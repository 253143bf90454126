"""The evaluation itself: scorers on small made-up cases, and gold that points at real text."""

import csv
import datetime as dt
import math

import pandas as pd
import pytest

from analysis import evaluation as ev
from analysis.clean import Span
from analysis.corpus import read_article

RAW = (
    'Blinken arrived on Sunday. "We want stable ties," Blinken said. He called it a "useful" trip. '
    "Wang said the talks were candid. Officials expect a summit later this year."
)


def spans(rows, columns=()):
    """Rows given as (article, fragment, extra...) become spans of RAW."""
    out = []
    for r in rows:
        start = RAW.index(r[1])
        out.append(
            {"article_id": r[0], "start": start, "end": start + len(r[1]), "text": r[1], **dict(zip(columns, r[2:]))}
        )
    return pd.DataFrame(out, columns=ev.SPAN_COLUMNS + list(columns))


def figures(metrics, extractor):
    m = pd.DataFrame(metrics)
    return m[m.extractor == extractor].set_index("metric").value


def test_a_found_quote_a_missed_one_and_a_wrong_speaker():
    gold = spans(
        [
            ("a", '"We want stable ties,"', "direct", "Antony Blinken"),
            ("a", '"useful"', "partial", "Antony Blinken"),
            ("a", "Wang said the talks were candid.", "indirect", "Wang Yi"),
        ],
        ["kind", "speaker"],
    )
    pred = spans(
        [
            ("a", '"We want stable ties,"', "direct", "Blinken"),
            ("a", "Wang said the talks were candid.", "indirect", "Wang Wenbin"),
            ("a", "Officials expect a summit", "indirect", "officials"),
        ],
        ["kind", "speaker"],
    )
    metrics, items = [], []
    ev.score_quotes(pred, gold, metrics, items)
    q = figures(metrics, "quotations")
    assert q["precision"] == 1.0 and q["recall"] == 0.5
    assert q["speaker accuracy"] == 1.0 and q["direct quotes found"] == 1.0
    i = figures(metrics, "indirect speech")
    assert i["precision"] == 0.5 and i["recall"] == 1.0
    assert i["speaker accuracy"] == 0.0  # Wang Wenbin is not Wang Yi
    outcomes = sorted((x["extractor"], x["outcome"]) for x in items)
    assert outcomes == [
        ("indirect speech", "spurious"),
        ("indirect speech", "wrong speaker"),
        ("quotations", "match"),
        ("quotations", "missed"),
    ]


def test_overlap_thresholds():
    gold = spans([("a", "Wang said the talks were candid.", "indirect", "Wang Yi")], ["kind", "speaker"])
    half = spans([("a", "Wang said the talks", "indirect", "Wang Yi")], ["kind", "speaker"])
    sliver = spans([("a", "Wang", "indirect", "Wang Yi")], ["kind", "speaker"])
    other = spans([("b", "Wang said the talks were candid.", "indirect", "Wang Yi")], ["kind", "speaker"])
    assert ev.match(half, gold) == [(0, 0)]  # overlaps all of the shorter span
    assert ev.match(half, gold, strict=True) == []  # but the ends are far apart
    assert ev.match(sliver, gold) == [(0, 0)]  # shorter span fully inside: still a loose match
    assert ev.match(other, gold) == []  # another article never matches


def test_one_to_one_matching_takes_the_best_overlap():
    gold = spans([("a", '"We want stable ties,"', "direct", "x")], ["kind", "speaker"])
    pred = spans(
        [("a", '"We want', "direct", "x"), ("a", '"We want stable ties,"', "direct", "x")], ["kind", "speaker"]
    )
    assert ev.match(pred, gold) == [(1, 0)]


@pytest.mark.parametrize(
    "gold, found, same",
    [
        ("Antony Blinken", "Blinken", True),
        ("Antony Blinken", "Secretary of State Antony Blinken", True),
        ("Wang Yi", "Wang Wenbin", False),
        ("Chinese Foreign Ministry", "China's foreign ministry", True),
        ("US State Department", "State Department", True),
        ("senior State Department official", "Chinese official", False),
        ("US official", "Chinese official", False),
        ("U.S. official", "US officials (unnamed)", True),
        ("Chinese Foreign Ministry", "China’s Foreign Ministry", True),  # a curly apostrophe is an apostrophe
        ("a source familiar with the talks", "sources familiar with the talks", True),
        ("US officials", "Chinese sources", False),
        ("Antony Blinken", "Western Hemisphere", False),
        ("Xi Jinping", "President Xi", True),
        (None, None, True),
        (None, "Blinken", False),
        ("Blinken", None, False),
        ("Mao Ning", "the spokesperson", False),
        ("China", "Chinese government", True),
        ("The Secretary", "Antony J. Blinken", False),
        ("Antony J. Blinken and Wang Yi", "both sides", False),
        # a capital opening a speaker speaks for its country; "the X side" of a readout is its government
        ("Beijing", "Chinese government", True),
        ("Washington", "US government", True),
        ("Beijing officials", "Chinese officials (unnamed)", True),
        ("Washington officials", "Chinese officials (unnamed)", False),
        ("Chinese side", "Chinese government", True),
        ("the US side", "Chinese government", False),
        ("Jane Washington", "US government", False),
        ("The Washington Post", "Washington Post", True),
        # the two parties speaking together, however the text names them
        ("both countries", "both sides", True),
        ("the two governments", "both sides", True),
        ("both countries", "US government", False),
        ("two countries' officials", "both sides", False),
        ("Washington and Beijing", "both sides", True),
        ("U.S. and China", "both sides", True),
        ("China and Russia", "both sides", False),
    ],
)
def test_same_speaker(gold, found, same):
    assert ev.same_speaker(gold, found) is same


def test_a_shifted_date_is_found_but_wrongly_resolved():
    gold = spans(
        [
            ("a", "Sunday", dt.date(2023, 6, 18), dt.date(2023, 6, 18), False),
            ("a", "later this year", dt.date(2023, 6, 20), dt.date(2023, 12, 31), False),
        ],
        ["resolved_start", "resolved_end", "vague"],
    )
    pred = spans(
        [("a", "Sunday", "2023-06-11", "2023-06-11"), ("a", "later this year", "2023-06-20", "2023-12-31")],
        ["resolved_start", "resolved_end"],
    )
    metrics, items = [], []
    ev.score_dates(pred, gold, metrics, items)
    d = figures(metrics, "date expressions")
    assert d["recall"] == 1.0 and d["precision"] == 1.0
    assert d["range accuracy"] == 0.5 and d["found and resolved right"] == 0.5
    wrong = [x for x in items if x["outcome"] == "wrong range"]
    assert wrong[0]["expected"] == "2023-06-18..2023-06-18" and wrong[0]["found"] == "2023-06-11..2023-06-11"


def test_vague_gold_neither_rewards_nor_punishes():
    gold = spans([("a", "later this year", None, None, True)], ["resolved_start", "resolved_end", "vague"])
    pred = spans([("a", "later this year", "2023-06-20", "2023-12-31")], ["resolved_start", "resolved_end"])
    metrics = []
    ev.score_dates(pred, gold, metrics, [])
    d = figures(metrics, "date expressions")
    assert math.isnan(d["precision"]) and math.isnan(d["recall"])


def _article(tmp_path, text, name="x"):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def test_debris_scored_by_line_and_by_character(tmp_path):
    text = "Share this article\nBlinken met Wang in Beijing on Monday.\nPhoto: AFP\n"
    a = _article(tmp_path, text)
    a.boilerplate = [Span(0, 18, "Share this article", "share"), Span(19, 26, "Blinken", "oops")]
    gold = pd.DataFrame(
        [
            {"article_id": "x", "start": 0, "end": 18, "text": "Share this article", "reason": "share"},
            {"article_id": "x", "start": 58, "end": 68, "text": "Photo: AFP", "reason": "credit"},
        ]
    )
    metrics, items = [], []
    ev.score_debris([a], gold, metrics, items)
    d = figures(metrics, "debris")
    assert d["debris lines removed"] == 0.5
    assert d["debris characters caught"] == pytest.approx(16 / 25)
    assert d["prose characters removed"] == pytest.approx(7 / 32)
    assert {x["outcome"] for x in items} == {"removed", "left in", "prose removed"}


def test_publication_inside_outside_and_undated(tmp_path):
    a = _article(tmp_path, "Blinken met Xi on Monday.", "a")
    b = _article(tmp_path, "Blinken met Xi on Monday.", "b")
    c = _article(tmp_path, "Nothing dated here at all.", "c")
    a.published_earliest, a.published_latest = dt.date(2023, 6, 19), dt.date(2023, 6, 25)
    b.published_earliest, b.published_latest = dt.date(2023, 7, 1), dt.date(2023, 7, 3)
    c.published_earliest = c.published_latest = None
    truth = {k: {"true_date": dt.date(2023, 6, 20), "earliest": None, "latest": None} for k in "abc"}
    metrics, items = [], []
    ev.score_publication([a, b, c], truth, metrics, items)
    p = figures(metrics, "undated articles")
    assert p["true date inside the interval"] == pytest.approx(1 / 3)
    assert p["median interval, days"] == 5.0  # widths 7 and 3
    assert p["worst miss, days"] == 11
    assert p["left undated"] == pytest.approx(1 / 3)


def test_an_open_interval_holds_the_truth_on_its_open_side_and_has_no_width(tmp_path):
    # a: open above, truth after its first day; b: open above, truth before it (a miss of 5 days);
    # c: open below, truth before its last day; d: closed, 3 days; e: open on both sides, no date
    arts = {k: _article(tmp_path, "Blinken met Xi on Monday.", k) for k in "abcde"}
    arts["a"].published_earliest, arts["a"].published_latest = dt.date(2023, 6, 19), None
    arts["b"].published_earliest, arts["b"].published_latest = dt.date(2023, 6, 25), None
    arts["c"].published_earliest, arts["c"].published_latest = None, dt.date(2023, 6, 21)
    arts["d"].published_earliest, arts["d"].published_latest = dt.date(2023, 6, 19), dt.date(2023, 6, 21)
    arts["e"].published_earliest = arts["e"].published_latest = None
    truth = {k: {"true_date": dt.date(2023, 6, 20), "earliest": None, "latest": None} for k in "abcde"}
    metrics, items = [], []
    ev.score_publication(list(arts.values()), truth, metrics, items)
    p = figures(metrics, "undated articles")
    assert p["true date inside the interval"] == pytest.approx(3 / 5)
    assert p["median interval, days"] == 3.0  # the closed one only
    assert p["open intervals"] == pytest.approx(3 / 5)
    assert p["worst miss, days"] == 5
    assert p["left undated"] == pytest.approx(1 / 5)
    found = {x["article_id"]: (x["outcome"], x["found"]) for x in items}
    assert found["a"] == ("inside", "2023-06-19..")
    assert found["b"] == ("outside by 5 days", "2023-06-25..")
    assert found["c"] == ("inside", "..2023-06-21")
    assert found["e"] == ("not dated", "no date")
    # against a reader's interval where the true date is unknown: inside where the two meet
    reader = {k: {"true_date": None, "earliest": dt.date(2023, 6, 22), "latest": dt.date(2023, 6, 30)} for k in "bc"}
    metrics, items = [], []
    ev.score_publication([arts["b"], arts["c"]], reader, metrics, items)
    assert [x["outcome"] for x in items] == ["inside", "outside by 1 days"]


def test_expectations_and_holders():
    gold = spans(
        [("a", "Officials expect a summit later this year.", "officials", "epistemic")], ["holder", "modality"]
    )
    pred = spans(
        [
            ("a", "Officials expect a summit later this year.", "reporter"),
            ("a", "Blinken arrived on Sunday.", "reporter"),
        ],
        ["holder"],
    )
    metrics = []
    ev.score_expectations(pred, gold, metrics, [])
    e = figures(metrics, "expectations")
    assert e["recall"] == 1.0 and e["precision"] == 0.5 and e["holder accuracy"] == 0.0


def test_a_gold_fragment_not_in_the_article_names_file_line_and_column(tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text(
        "article_id,kind,opening,closing,speaker\n"
        'a,direct,"""We want stable ties,""",,Blinken\n'
        "a,direct,Nowhere to be found,,Blinken\n",
        encoding="utf-8",
    )
    with pytest.raises(ev.GoldError, match=r"quotes.csv, line 3, column opening: 'Nowhere"):
        ev.locate_spans(path, {"a": RAW})


def test_an_explicit_occurrence_names_the_nth_fragment_in_the_article(tmp_path):
    raw = "Stamp: June 19, 2023\nBEIJING, June 19 (Xinhua) -- Xi met Blinken. On June 19 he left."
    path = tmp_path / "dates.csv"
    path.write_text(
        "article_id,text,resolved_start,resolved_end,vague,note,occurrence\n"
        "a,June 19,2023-06-19,2023-06-19,no,,2\n"
        "a,June 19,2023-06-19,2023-06-19,no,,3\n",
        encoding="utf-8",
    )
    rows = ev.locate_spans(path, {"a": raw})
    assert [r["start"] for r in rows] == [raw.index("June 19 (X"), raw.index("June 19 he")]
    path.write_text(
        "article_id,text,resolved_start,resolved_end,vague,note,occurrence\na,June 19,2023-06-19,2023-06-19,no,,4\n",
        encoding="utf-8",
    )
    with pytest.raises(ev.GoldError, match="line 2, column text"):
        ev.locate_spans(path, {"a": raw})


def test_cohen_kappa():
    from analysis.agreement import cohen_kappa

    assert cohen_kappa(list("aabb"), list("aabb")) == 1.0
    assert cohen_kappa(list("aabb"), list("bbaa")) == -1.0
    assert cohen_kappa(list("abab"), list("aabb")) == 0.0
    assert math.isnan(cohen_kappa([], []))


def test_two_readings_compared(tmp_path):
    from analysis.agreement import compare

    article = tmp_path / "a.txt"
    article.write_text(
        'Share this\nBlinken said on Monday the talks would resume. "We are ready," Wang said.\n', encoding="utf-8"
    )
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, speaker, day in ((one, "Wang Yi", "2023-06-19"), (two, "Qin Gang", "2023-06-12")):
        folder.mkdir()
        (folder / "quotes.csv").write_text(
            "article_id,kind,opening,closing,speaker\n"
            f'a,direct,"""We are ready,""",,{speaker}\n'
            "a,indirect,Blinken said on Monday,would resume.,Antony Blinken\n",
            encoding="utf-8",
        )
        (folder / "dates.csv").write_text(
            f"article_id,text,resolved_start,resolved_end,vague\na,Monday,{day},{day},no\n", encoding="utf-8"
        )
        (folder / "expectations.csv").write_text(
            "article_id,opening,closing,holder\na,Blinken said on Monday,would resume.,Antony Blinken\n",
            encoding="utf-8",
        )
        (folder / "debris.csv").write_text("article_id,opening,closing,reason\na,Share this,,share\n", encoding="utf-8")
        (folder / "publication.csv").write_text(
            "article_id,true_date,earliest,latest\na,2023-06-19,2023-06-19,2023-06-20\n", encoding="utf-8"
        )
    figures, disagreements = compare(one, two, [article])
    f = {(r["annotation"], r["measure"]): r["value"] for r in figures}
    assert f[("quotations", "span F1")] == 1.0 and f[("quotations", "speaker agreement")] == 0.0
    assert f[("indirect speech", "speaker agreement")] == 1.0
    assert f[("date expressions", "same range")] == 0.0
    assert f[("undated articles", "same interval")] == 1.0
    assert f[("debris", "line kappa")] == 1.0
    assert sorted(d["annotation"] for d in disagreements) == ["date expressions: range", "quotations: speaker"]


# --- the committed corpus and gold ------------------------------------------------------------------------

SPAN_FILES = ("quotes.csv", "dates.csv", "time_expressions.csv", "debris.csv", "expectations.csv", "issues.csv")


def _gold_files(folder):
    return sorted(p for p in folder.glob("*.csv") if p.name in SPAN_FILES + ("publication.csv",))


@pytest.mark.parametrize("split", ev.SPLITS)
def test_every_gold_row_points_at_text_in_its_article(split):
    s = ev.split(split)
    raws = {p.stem: p.read_text(encoding="utf-8") for p in s.files}
    for path in _gold_files(s.gold):
        if path.name == "publication.csv":
            continue
        with open(path, encoding="utf-8", newline="") as f:
            named = [r for r in csv.DictReader(f) if r["article_id"] in raws]
        rows = ev.locate_spans(
            path, raws, also=("issue",) if path.name == "issues.csv" else ()
        )  # raises GoldError on a fragment that is not there
        assert len(rows) == len(named)
        for r in rows:
            assert raws[r["article_id"]][r["start"] : r["end"]] == r["text"]


def test_gold_names_only_articles_that_exist():
    known = {p.stem for p in ev.ARTICLES.glob("*.txt")}
    for path in _gold_files(ev.GOLD) + _gold_files(ev.GOLD / "second") + _gold_files(ev.GOLD / "second-dev"):
        with open(path, encoding="utf-8", newline="") as f:
            unknown = {r["article_id"] for r in csv.DictReader(f)} - known
        assert not unknown, f"{path.name}: {sorted(unknown)}"


def test_the_second_reading_of_dev_batches_points_at_text_and_its_mended_disagreements_hold():
    """`gold/second-dev/`: a second reading of two blind dev batches (AGREEMENT.md). Its rows name text
    of dev articles only; a disagreement settled the second reading's way is now the gold's reading."""
    folder = ev.GOLD / "second-dev"
    ids = set(ev.gold_publication(folder))
    dev = {p.stem for p in ev.split("dev").files}
    assert len(ids) >= 20 and ids <= dev
    raws = {i: (ev.ARTICLES / f"{i}.txt").read_text(encoding="utf-8") for i in ids}
    for path in _gold_files(folder):
        if path.name != "publication.csv":
            assert ev.locate_spans(path, raws)  # raises GoldError on a fragment that is not there
    with open(folder / "disagreements.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["article_id"] in ids and r["settled"] in ("second", "open") and r["reason"] for r in rows)
    gold = ev.gold_debris(raws, ev.GOLD)
    for r in (r for r in rows if r["settled"] == "second" and r["annotation"] == "debris: line"):
        start = int(r["start"])
        covered = sum(
            max(0, min(g.end, start + len(r["text"])) - max(g.start, start))
            for g in gold.itertuples()
            if g.article_id == r["article_id"]
        )
        assert covered >= 0.8 * len(r["text"]), r["text"]


def test_splits_cover_every_article_once_and_the_test_split_is_large_enough():
    with open(ev.EVALUATION / "splits.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    files = [r["file"] for r in rows]
    assert len(files) == len(set(files))
    assert set(files) == {p.name for p in ev.ARTICLES.glob("*.txt")}
    assert {r["split"] for r in rows} == {"dev", "test"}
    assert sum(r["split"] == "test" for r in rows) >= 20


def test_every_article_has_a_source_record_and_a_publication_row():
    with open(ev.ARTICLES / "sources.csv", encoding="utf-8", newline="") as f:
        sources = {r["file"]: r for r in csv.DictReader(f)}
    files = {p.name for p in ev.ARTICLES.glob("*.txt")}
    assert set(sources) == files
    for name, r in sources.items():
        assert r["title"] and r["outlet"] and r["address"].startswith("http"), name
        assert None not in r, f"{name}: more fields than columns (an unquoted comma?)"
    truth = ev.gold_publication()
    assert set(truth) == {f[:-4] for f in files}
    for article_id, t in truth.items():
        if t["true_date"] and t["earliest"]:
            assert t["earliest"] <= t["true_date"] <= t["latest"], article_id


def test_the_evaluation_corpus_has_the_breadth_it_promises():
    with open(ev.ARTICLES / "sources.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 40
    assert len({r["outlet"] for r in rows}) >= 15
    blinken = sum(r["topic"].startswith("blinken") for r in rows)
    assert blinken * 5 >= 3 * len(rows)  # most, not all: other 2023 visits are there on purpose
    assert sum(r["outlet_type"] == "chinese-state-media" for r in rows) >= 8
    assert sum(r["debris"] == "yes" for r in rows) >= 10
    assert sum(r["date_in_text"] == "none" for r in rows) >= 8


def test_sources_md_is_rendered_from_the_csv():
    assert (ev.ARTICLES / "SOURCES.md").read_text(encoding="utf-8") == ev.sources_markdown()


def test_every_disagreement_is_settled_with_a_reason_and_the_second_reading_covers_the_test_split():
    with open(ev.GOLD / "disagreements.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    test = {p.stem for p in ev.split("test").files}
    assert rows and all(r["article_id"] in test for r in rows)
    assert all(r["settled"] in ("first", "second") and r["reason"] for r in rows)
    second = ev.gold_publication(ev.GOLD / "second")
    assert set(second) == test
    assert "kappa" in (ev.GOLD / "AGREEMENT.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def evaluated():
    return ev.evaluate()[0]


def test_the_figures_hold_their_floors(evaluated):
    """The test-split (and seed) figures may not fall below the floors recorded in evaluation/floors.csv."""
    floors = ev.load_floors()
    assert {"test", "seeds"} <= set(floors.split)
    assert ev.below_floors(evaluated, floors) == []


def test_the_blind_readings_name_figures_the_evaluation_prints(evaluated):
    """Each batch read blind names figures `evaluate` prints, and the table sets them beside the test split."""
    import pandas as pd

    rows = pd.read_csv(ev.EVALUATION / "blind.csv", comment="#")
    printed = set(zip(evaluated.extractor, evaluated.metric))
    assert rows.batch.nunique() >= 2 and set(zip(rows.extractor, rows.metric)) <= printed
    table = ev.blind_readings(evaluated)
    assert table["test split now"].notna().all()
    assert ((table.drop(columns="test split now") >= 0) | table.isna()).all().all()


def test_a_figure_below_its_floor_is_reported(evaluated):
    import pandas as pd

    row = evaluated[evaluated.split == "test"].iloc[0]
    raised = pd.DataFrame([{"split": "test", "extractor": row.extractor, "metric": row.metric, "floor": 2.0}])
    if row.metric in ev.LOWER_IS_BETTER:
        raised["floor"] = -1.0
    assert len(ev.below_floors(evaluated, raised)) == 1
    missing = raised.assign(metric="no such metric")
    assert ev.below_floors(evaluated, missing) == [f"test / {row.extractor} / no such metric: no such figure"]


def test_readme_headline_table_is_current(evaluated):
    metrics = evaluated
    readme = (ev.paths.ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- headline-table:")[1].split("-->", 1)[1].split("<!-- /headline-table -->")[0]
    assert block.strip() == ev.headline_table(metrics)


def test_readme_blind_readings_are_current():
    readme = (ev.paths.ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- blind:")[1].split("-->", 1)[1].split("<!-- /blind -->")[0]
    assert block.strip() == ev.blind_summary()


def test_a_batch_s_blind_reading_is_its_first_measurement(tmp_path, monkeypatch):
    """Re-measurements after later rounds ("…, after …" or a later commit under the same name) are not
    blind: the ranges and the batch-by-batch list are over first measurements only."""
    rows = [
        "# a comment line",
        "batch,articles,rules_of,extractor,metric,value,n",
        "one,4,aaa,quotations,found with the right speaker,0.50,10",
        "one,4,aaa,undated articles,true date inside the interval,0.50,4",
        'one,4,aaa,undated articles,"worst miss, days",30,4',
        "one,4,bbb,quotations,found with the right speaker,0.90,10",
        '"one, after the round on two",4,ccc,quotations,found with the right speaker,0.95,10',
        "two,6,ddd,quotations,found with the right speaker,0.70,20",
        "two,6,ddd,undated articles,true date inside the interval,1.00,5",
        'two,6,ddd,undated articles,"worst miss, days",0,5',
    ]
    (tmp_path / "blind.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setattr(ev, "EVALUATION", tmp_path)
    first = ev.blind_first_readings()
    assert sorted(set(first.rules_of)) == ["aaa", "ddd"]
    text = ev.blind_summary()
    assert text.startswith("2 batches of dev articles (4, 6 articles)")
    assert "50–70% of quotations" in text
    assert "batch by batch: 2 of 4 (worst miss 30 days); 5 of 5." in text


def test_evaluate_your_own_corpus_and_hand_reading(tmp_path):
    """A records file of three dev articles against the gold folder: the same figures as those files read one by one."""
    import json

    files = [p for p in ev.split("dev").files][:3]
    corpus = tmp_path / "mine.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) + "\n" for p in files),
        encoding="utf-8",
    )
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("quotes.csv", "dates.csv"):  # only these two are scored
        (gold / name).write_bytes((ev.GOLD / name).read_bytes())
    metrics, items = ev.evaluate(corpus=corpus, gold=gold)
    assert set(metrics.extractor) == {"quotations", "indirect speech", "date expressions"}
    assert set(metrics.split) == {"corpus"} and set(metrics.articles) == {3}
    articles, tables = ev.annotate(files)
    raws = {a.article_id: a.raw for a in articles}
    expected = []
    ev.score_quotes(tables["quotes.csv"].reset_index(drop=True), ev.gold_quotes(raws), expected, [])
    got = metrics[metrics.extractor.isin(["quotations", "indirect speech"])]
    assert list(got.value.fillna(-1)) == [e["value"] if e["value"] == e["value"] else -1 for e in expected]


def test_issues_scored_by_sentence_and_issue():
    from types import SimpleNamespace

    text = "Taiwan came up. Trade did not. Chips and Taiwan were discussed."
    art = SimpleNamespace(article_id="a", raw=text, masked=text)
    mentions = pd.DataFrame(
        [
            {"article_id": "a", "start": 0, "issue": "taiwan"},  # right
            {"article_id": "a", "start": 16, "issue": "trade_economy"},  # the reading says no
            {"article_id": "a", "start": 41, "issue": "taiwan"},  # right
        ]
    )
    gold = pd.DataFrame(
        [
            {"article_id": "a", "start": 0, "end": 6, "text": "Taiwan", "issue": "taiwan"},
            {"article_id": "a", "start": 31, "end": 36, "text": "Chips", "issue": "technology"},  # missed
            {"article_id": "a", "start": 31, "end": 36, "text": "Chips", "issue": "taiwan"},
        ]
    )
    metrics, items = [], []
    ev.score_issues([art], mentions, gold, metrics, items)
    got = figures(metrics, "issues")
    assert got["precision"] == pytest.approx(2 / 3) and got["recall"] == pytest.approx(2 / 3)
    table = ev.issue_figures(pd.DataFrame(items).assign(split="dev")).set_index("issue")
    assert table.loc["taiwan", "precision"] == 1.0 and table.loc["technology", "recall"] == 0.0
    assert table.loc["trade_economy", "found"] == 1 and table.loc["trade_economy", "sentences read"] == 0
