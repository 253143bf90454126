"""How far two independent hand readings of the same articles agree.

The two readings are compared with the evaluation's own matching
(`analysis.evaluation.match`, spans at half overlap), one reading standing
for "found" and the other for "gold"; span agreement is then an F1 that does
not depend on which reading is which. Where a label is given to the same unit
by both readings, agreement beyond chance is Cohen's kappa:

- quote speakers, over quotations and indirect speech both readings mark:
  each speaker is replaced by its cluster among the article's speakers
  (names that `same_speaker` joins are one speaker);
- expectation presence, over every sentence of the articles (a sentence is
  marked when a reading's expectation starts in it);
- debris, over every non-empty line (a line is debris when 80% of its
  non-space characters lie in a reading's debris spans).

Date ranges are compared by exact match over expressions both readings
resolve; publication intervals by exact match and by whether both contain
the true date.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from . import evaluation as ev


def cohen_kappa(a: list, b: list) -> float:
    """Cohen's kappa of two equally long label sequences (nan when undefined)."""
    n = len(a)
    if n == 0 or n != len(b):
        return float("nan")
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return float("nan") if expected == 1 else (observed - expected) / (1 - expected)


def _clusters(names: list[str]) -> dict[str, int]:
    """Names joined by `same_speaker` share a cluster number."""
    ids: dict[str, int] = {}
    for name in names:
        if name in ids:
            continue
        ids[name] = next((ids[o] for o in ids if ev.same_speaker(o, name)), len(set(ids.values())))
    return ids


def _speaker_label(speaker, clusters: dict) -> object:
    return "(none)" if ev._blank(speaker) is None else clusters[speaker]


def compare(first: Path, second: Path, files) -> tuple[list[dict], list[dict]]:
    """Agreement figures (extractor, measure, value, n) and the list of disagreements."""
    from .text import sentence_spans

    raws = {Path(f).stem: Path(f).read_text(encoding="utf-8") for f in files}
    figures, disagreements = [], []

    def figure(what, measure, value, n):
        figures.append({"annotation": what, "measure": measure, "value": value, "n": n})

    def disagree(what, article_id, text, one, two, start):
        disagreements.append(
            {
                "annotation": what,
                "article_id": article_id,
                "start": int(start),
                "text": text,
                "first": one,
                "second": two,
            }
        )

    q1, q2 = ev.gold_quotes(raws, first), ev.gold_quotes(raws, second)
    for family, kinds in (("quotations", ("direct", "partial")), ("indirect speech", ("indirect",))):
        a = q1[q1.kind.isin(kinds)].reset_index(drop=True)
        b = q2[q2.kind.isin(kinds)].reset_index(drop=True)
        pairs = ev.match(b, a)
        figure(family, "span F1", ev._prf(len(b), len(a), len(pairs))["f1"], len(a) + len(b))
        labels_a, labels_b = [], []
        for article_id in sorted(raws):
            names = [
                s
                for s in list(a[a.article_id == article_id].speaker) + list(b[b.article_id == article_id].speaker)
                if ev._blank(s) is not None
            ]
            clusters = _clusters(names)
            for bi, ai in pairs:
                if a.loc[ai, "article_id"] != article_id:
                    continue
                la, lb = _speaker_label(a.loc[ai, "speaker"], clusters), _speaker_label(b.loc[bi, "speaker"], clusters)
                labels_a.append(la)
                labels_b.append(lb)
                if la != lb:
                    disagree(
                        f"{family}: speaker",
                        article_id,
                        a.loc[ai, "text"],
                        a.loc[ai, "speaker"],
                        b.loc[bi, "speaker"],
                        a.loc[ai, "start"],
                    )
        figure(family, "speaker kappa", cohen_kappa(labels_a, labels_b), len(labels_a))
        figure(
            family,
            "speaker agreement",
            sum(x == y for x, y in zip(labels_a, labels_b)) / len(labels_a) if labels_a else float("nan"),
            len(labels_a),
        )
        if family == "quotations":
            same_kind = [a.loc[ai, "kind"] == b.loc[bi, "kind"] for bi, ai in pairs]
            figure(
                family,
                "direct/partial agreement",
                sum(same_kind) / len(same_kind) if same_kind else float("nan"),
                len(same_kind),
            )
        _unmatched(a, b, pairs, family, disagree)

    d1, d2 = ev.gold_dates(raws, first), ev.gold_dates(raws, second)
    pairs = ev.match(d2, d1)
    figure("date expressions", "span F1", ev._prf(len(d2), len(d1), len(pairs))["f1"], len(d1) + len(d2))
    both = [(bi, ai) for bi, ai in pairs if not d1.loc[ai, "vague"] and not d2.loc[bi, "vague"]]
    same = 0
    for bi, ai in both:
        r1 = (d1.loc[ai, "resolved_start"], d1.loc[ai, "resolved_end"])
        r2 = (d2.loc[bi, "resolved_start"], d2.loc[bi, "resolved_end"])
        if r1 == r2:
            same += 1
        else:
            disagree(
                "date expressions: range",
                d1.loc[ai, "article_id"],
                d1.loc[ai, "text"],
                ev._range(*r1),
                ev._range(*r2),
                d1.loc[ai, "start"],
            )
    figure("date expressions", "same range", same / len(both) if both else float("nan"), len(both))
    vague = [d1.loc[ai, "vague"] == d2.loc[bi, "vague"] for bi, ai in pairs]
    figure(
        "date expressions", "vague/resolvable agreement", sum(vague) / len(vague) if vague else float("nan"), len(vague)
    )
    _unmatched(d1, d2, pairs, "date expressions", disagree)

    p1, p2 = ev.gold_publication(first), ev.gold_publication(second)
    undated = [k for k in sorted(raws) if not raws[k].lstrip().startswith("date ") and k in p1 and k in p2]
    same = contain = known = 0
    for k in undated:
        i1, i2 = (p1[k]["earliest"], p1[k]["latest"]), (p2[k]["earliest"], p2[k]["latest"])
        same += i1 == i2
        true = p1[k]["true_date"] or p2[k]["true_date"]
        if true:
            known += 1
            contain += all(lo and hi and lo <= true <= hi for lo, hi in (i1, i2))
        if i1 != i2:
            disagree("publication interval", k, "", ev._range(*i1), ev._range(*i2), 0)
    figure("undated articles", "same interval", same / len(undated) if undated else float("nan"), len(undated))
    figure("undated articles", "both contain the known true date", contain / known if known else float("nan"), known)

    e1, e2 = ev.gold_expectations(raws, first), ev.gold_expectations(raws, second)
    mark1, mark2 = [], []
    for k in sorted(raws):
        starts1 = list(e1[e1.article_id == k].start)
        starts2 = list(e2[e2.article_id == k].start)
        for s, e in sentence_spans(raws[k]):
            x, y = any(s <= p < e for p in starts1), any(s <= p < e for p in starts2)
            mark1.append(x)
            mark2.append(y)
            if x != y:
                disagree(
                    "expectations: presence",
                    k,
                    raws[k][s:e],
                    "expectation" if x else "none",
                    "expectation" if y else "none",
                    s,
                )
    figure("expectations", "presence kappa (sentences)", cohen_kappa(mark1, mark2), len(mark1))
    pairs = ev.match(e2, e1)
    figure("expectations", "span F1", ev._prf(len(e2), len(e1), len(pairs))["f1"], len(e1) + len(e2))
    holders = [ev.same_speaker(e1.loc[ai, "holder"], e2.loc[bi, "holder"]) for bi, ai in pairs]
    figure("expectations", "holder agreement", sum(holders) / len(holders) if holders else float("nan"), len(holders))
    for (bi, ai), ok in zip(pairs, holders):
        if not ok:
            disagree(
                "expectations: holder",
                e1.loc[ai, "article_id"],
                e1.loc[ai, "text"],
                e1.loc[ai, "holder"],
                e2.loc[bi, "holder"],
                e1.loc[ai, "start"],
            )

    g1, g2 = ev.gold_debris(raws, first), ev.gold_debris(raws, second)
    lines1, lines2 = [], []
    for k in sorted(raws):
        raw = raws[k]
        m1 = ev._mask_of(len(raw), zip(g1[g1.article_id == k].start, g1[g1.article_id == k].end))
        m2 = ev._mask_of(len(raw), zip(g2[g2.article_id == k].start, g2[g2.article_id == k].end))
        pos = 0
        for line in raw.split("\n"):
            chars = [pos + i for i, ch in enumerate(line) if not ch.isspace()]
            if chars:
                x = sum(m1[i] for i in chars) >= ev.DEBRIS_LINE_SHARE * len(chars)
                y = sum(m2[i] for i in chars) >= ev.DEBRIS_LINE_SHARE * len(chars)
                lines1.append(x)
                lines2.append(y)
                if x != y:
                    disagree("debris: line", k, line, "debris" if x else "prose", "debris" if y else "prose", pos)
            pos += len(line) + 1
    figure("debris", "line kappa", cohen_kappa(lines1, lines2), len(lines1))

    if (Path(first) / "issues.csv").exists() and (Path(second) / "issues.csv").exists():
        _compare_issues(raws, first, second, figure, disagree)
    return figures, sorted(disagreements, key=lambda d: (d["article_id"], d["start"], d["annotation"]))


def _compare_issues(raws, first, second, figure, disagree) -> None:
    """Issue salience: for every sentence and every issue either reading names, whether each reading places
    the sentence under the issue (a sentence is named by where its opening starts)."""
    from .text import sentence_spans

    i1, i2 = ev.gold_issues(raws, first), ev.gold_issues(raws, second)
    issues = sorted(set(i1.issue) | set(i2.issue))
    marks = {issue: ([], []) for issue in issues}
    for k in sorted(raws):
        sentences = sentence_spans(raws[k])
        for issue in issues:
            starts1 = list(i1[(i1.article_id == k) & (i1.issue == issue)].start)
            starts2 = list(i2[(i2.article_id == k) & (i2.issue == issue)].start)
            for s, e in sentences:
                x, y = any(s <= p < e for p in starts1), any(s <= p < e for p in starts2)
                marks[issue][0].append(x)
                marks[issue][1].append(y)
                if x != y:
                    disagree(f"issues: {issue}", k, raws[k][s:e], issue if x else "none", issue if y else "none", s)
    one = [x for issue in issues for x in marks[issue][0]]
    two = [x for issue in issues for x in marks[issue][1]]
    figure("issues", "presence kappa (sentence × issue)", cohen_kappa(one, two), len(one))
    for issue in issues:
        a, b = marks[issue]
        if sum(a) + sum(b):
            figure("issues", f"kappa: {issue}", cohen_kappa(a, b), sum(x or y for x, y in zip(a, b)))


def _unmatched(a, b, pairs, what, disagree) -> None:
    ma, mb = {ai for _, ai in pairs}, {bi for bi, _ in pairs}
    for ai, row in a.iterrows():
        if ai not in ma:
            disagree(f"{what}: presence", row.article_id, row.text, "marked", "not marked", row.start)
    for bi, row in b.iterrows():
        if bi not in mb:
            disagree(f"{what}: presence", row.article_id, row.text, "not marked", "marked", row.start)


def verdict_agreement(first: Path, second: Path) -> list[dict]:
    """Agreement of two codings of the same statements by the verdict codebook (CSV files with article_id,
    opening, form, modality, verdict): Cohen's kappa and share agreed, for verdict, form and modality."""
    import pandas as pd

    a = pd.read_csv(first, comment="#", keep_default_na=False)
    b = pd.read_csv(second, comment="#", keep_default_na=False)
    if list(zip(a.article_id, a.opening)) != list(zip(b.article_id, b.opening)):
        raise ValueError("the two codings do not name the same statements in the same order")
    out = []
    for column in ("verdict", "form", "modality"):
        x, y = list(a[column]), list(b[column])
        agreed = sum(i == j for i, j in zip(x, y)) / len(x) if x else float("nan")
        out.append({"coded": column, "kappa": cohen_kappa(x, y), "agreement": agreed, "n": len(x)})
    return out
