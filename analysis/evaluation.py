"""Measure an extractor against a hand reading (gold spans).

Spans match *loosely* when they overlap by at least 30% of the shorter one,
*strictly* when both ends agree within two characters (the two thresholds of
the Gender Gap Tracker's evaluation). Matching is one-to-one and within the
same article and kind. Speaker accuracy is counted over loosely matched
pairs; "no speaker" in both counts as agreement.
"""

from __future__ import annotations

import csv
from pathlib import Path

from . import paths

GOLD = paths.ROOT / "tests" / "gold"
LOOSE, STRICT_CHARS = 0.3, 2


def load_gold_quotes(raws: dict[str, str], path: Path | None = None):
    """Gold quotes as spans: the file names each by opening and closing words."""
    import pandas as pd

    rows, seen = [], {}
    with open(path or GOLD / "quotes.csv", encoding="utf-8", newline="") as f:
        for g in csv.DictReader(f):
            if g["article_id"] not in raws:  # a corpus without these seeds: nothing to compare
                continue
            raw = raws[g["article_id"]]
            key = (g["article_id"], g["opening"])
            start = raw.index(g["opening"], seen.get(key, 0))
            seen[key] = start + 1
            end = raw.index(g["closing"], start) + len(g["closing"]) if g["closing"] else start + len(g["opening"])
            rows.append({"article_id": g["article_id"], "start": start, "end": end, "kind": g["kind"],
                         "speaker": g["speaker"] or None, "text": raw[start:end]})
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "kind", "speaker", "text"])


def _speaker(x):
    return None if x is None or x != x or x == "" else x


def _overlap(a, b) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(pred, gold, strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), best overlap first."""
    pairs = []
    for gi, g in gold.iterrows():
        for pi, p in pred[(pred.article_id == g.article_id) & (pred.kind == g.kind)].iterrows():
            ov = _overlap(p, g)
            if strict:
                ok = abs(p.start - g.start) <= STRICT_CHARS and abs(p.end - g.end) <= STRICT_CHARS
            else:
                ok = ov >= LOOSE * min(p.end - p.start, g.end - g.start)
            if ok:
                pairs.append((ov, pi, gi))
    used_p, used_g, out = set(), set(), []
    for ov, pi, gi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi), used_g.add(gi), out.append((pi, gi))
    return sorted(out)


def quote_scores(pred, gold):
    """Precision, recall and F1 by kind at both thresholds, and speaker accuracy."""
    import pandas as pd

    rows = []
    for kind in ["direct", "partial", "indirect", "all"]:
        p = pred if kind == "all" else pred[pred.kind == kind]
        g = gold if kind == "all" else gold[gold.kind == kind]
        for threshold in ("loose", "strict"):
            m = match(p, g, strict=threshold == "strict")
            precision = len(m) / len(p) if len(p) else float("nan")
            recall = len(m) / len(g) if len(g) else float("nan")
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            row = {"kind": kind, "threshold": threshold, "gold": len(g), "found": len(p), "matched": len(m),
                   "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
            if threshold == "loose":
                same = sum(_speaker(p.loc[pi, "speaker"]) == _speaker(g.loc[gi, "speaker"]) for pi, gi in m)
                row["speaker_accuracy"] = round(same / len(m), 3) if m else float("nan")
            rows.append(row)
    return pd.DataFrame(rows)


def quote_errors(pred, gold):
    """Rows the rules get wrong: missed gold, spurious finds, wrong speakers."""
    import pandas as pd

    m = match(pred, gold, strict=False)
    strict = set(match(pred, gold, strict=True))
    mp, mg = {pi for pi, _ in m}, {gi for _, gi in m}
    rows = []
    for pi, gi in m:
        if (pi, gi) not in strict:
            rows.append({"error": "boundary", "article_id": gold.loc[gi, "article_id"],
                         "start": pred.loc[pi, "start"], "end": pred.loc[pi, "end"], "kind": gold.loc[gi, "kind"],
                         "expected": f"{gold.loc[gi, 'start']}-{gold.loc[gi, 'end']}",
                         "found": f"{pred.loc[pi, 'start']}-{pred.loc[pi, 'end']}", "text": pred.loc[pi, "text"]})
    for gi, g in gold.iterrows():
        if gi not in mg:
            rows.append({"error": "missed", "article_id": g.article_id, "start": g.start, "end": g.end,
                         "kind": g.kind, "expected": g.speaker, "found": None, "text": g.text})
    for pi, p in pred.iterrows():
        if pi not in mp:
            rows.append({"error": "spurious", "article_id": p.article_id, "start": p.start, "end": p.end,
                         "kind": p.kind, "expected": None, "found": p.speaker, "text": p.text})
    for pi, gi in m:
        if _speaker(pred.loc[pi, "speaker"]) != _speaker(gold.loc[gi, "speaker"]):
            rows.append({"error": "wrong speaker", "article_id": gold.loc[gi, "article_id"],
                         "start": gold.loc[gi, "start"], "end": gold.loc[gi, "end"], "kind": gold.loc[gi, "kind"],
                         "expected": gold.loc[gi, "speaker"], "found": pred.loc[pi, "speaker"],
                         "text": gold.loc[gi, "text"]})
    return pd.DataFrame(rows, columns=["error", "article_id", "start", "end", "kind", "expected", "found", "text"]
                        ).sort_values(["article_id", "start"], ignore_index=True)
