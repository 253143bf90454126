"""Measure the extractors against a careful hand reading (gold), split by split.

Three splits, each a set of article files and the hand reading of them:

- ``seeds``: the five seed articles and ``tests/gold/`` (the rules were
  written on these: training figures);
- ``dev``: evaluation articles the rules may be written against;
- ``test``: evaluation articles that are only ever measured.

``evaluation/splits.csv`` assigns each file of ``evaluation/articles/`` to
dev or test; ``evaluation/gold/`` holds the hand reading (its README gives
the conventions). A gold span is named by its opening and closing words and
located in the article's raw text; a fragment that is not there is a
`GoldError` naming the gold file, its line and the column.

How a found span is matched to a gold span (one to one, best overlap first,
within one article): *loosely* when they overlap by at least half of the
shorter one, *strictly* when both ends agree within two characters (the two
thresholds of the Gender Gap Tracker's quote evaluation, with its 30% raised
to 50%). Quotes are matched within two families, quotations (direct and
partial) and indirect speech. Speakers (and expectation holders) agree by
`same_speaker`. A date expression is resolved right when its range equals
the gold range exactly. Debris is scored by characters and by line.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import paths

EVALUATION = paths.ROOT / "evaluation"
ARTICLES = EVALUATION / "articles"
GOLD = EVALUATION / "gold"
SEED_GOLD = paths.ROOT / "tests" / "gold"
SPLITS = ("seeds", "dev", "test")
LOOSE, STRICT_CHARS = 0.5, 2
DEBRIS_LINE_SHARE = 0.8  # a debris line counts as removed when this share of its non-space characters is
SPAN_COLUMNS = ["article_id", "start", "end", "text"]
MATCHING = (
    "Matching: a found span matches a gold span when they overlap by at least half of the shorter "
    "(strict: both ends within 2 characters); speakers agree by content words or last name; a date "
    "range is right when it equals the gold range; a debris line is removed when 80% of its "
    "non-space characters are."
)
ITEM_COLUMNS = ["split", "extractor", "outcome", "article_id", "start", "end", "text", "expected", "found"]


class GoldError(ValueError):
    """A row of a gold file that cannot be read: names the file, line and column."""

    def __init__(self, path: Path, line: int, column: str, problem: str):
        self.path, self.line, self.column = path, line, column
        super().__init__(f"{paths.display_path(path)}, line {line}, column {column}: {problem}")


# --- splits -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    name: str
    files: tuple[Path, ...]
    gold: Path


def split(name: str) -> Split:
    """The article files and gold folder of one split."""
    if name == "seeds":
        return Split(name, tuple(sorted(paths.SEEDS.glob("*.txt"))), SEED_GOLD)
    if name not in SPLITS:
        raise ValueError(f"unknown split {name!r}: one of {', '.join(SPLITS)}")
    files = [ARTICLES / r["file"] for r in _rows(EVALUATION / "splits.csv") if r["split"] == name]
    return Split(name, tuple(sorted(files)), GOLD)


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# --- gold ---------------------------------------------------------------------------------------------------


def locate_spans(path: Path, raws: dict[str, str], also: tuple[str, ...] = ()) -> list[dict]:
    """The rows of a gold file whose article is in `raws`, each with start, end and text.

    `opening` (or `text`) is searched from just after the previous row's
    start for the same article and opening, so repeated fragments are named
    in order; an optional `occurrence` column (1, 2, …) names the n-th
    occurrence in the article instead. `closing`, if given, is searched from
    the opening's start. Columns named in `also` join the article and the
    opening in telling repeats apart (issues.csv names one sentence once per issue).
    """
    rows, seen = [], {}
    for line, g in enumerate(_rows(path), start=2):
        raw = raws.get(g["article_id"])
        if raw is None:
            continue
        column = "opening" if "opening" in g else "text"
        opening = g[column]
        if not opening:
            raise GoldError(path, line, column, "empty")
        key = (g["article_id"], opening, *(g[c] for c in also))
        start = raw.find(opening, seen.get(key, 0))
        if (g.get("occurrence") or "").strip():  # an explicit occurrence: the n-th in the whole article
            start = -1
            for _ in range(_count(g["occurrence"], path, line)):
                start = raw.find(opening, start + 1)
                if start < 0:
                    break
        if start < 0:
            raise GoldError(
                path,
                line,
                column,
                f"{opening!r} is not in article {g['article_id']}" + (" after the rows above" if key in seen else ""),
            )
        seen[key] = start + 1
        closing = g.get("closing") or ""
        if closing:
            at = raw.find(closing, start)
            if at < 0:
                raise GoldError(
                    path, line, "closing", f"{closing!r} does not follow {opening!r} in article {g['article_id']}"
                )
            end = at + len(closing)
        else:
            end = start + len(opening)
        rows.append({**g, "start": start, "end": end, "text": raw[start:end], "line": line})
    return rows


def _count(value: str, path: Path, line: int) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise GoldError(path, line, "occurrence", f"{value!r} is not a whole number from 1")
    return int(value)


def _frame(rows: list[dict], columns: list[str]):
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def gold_quotes(raws: dict[str, str], folder: Path = GOLD):
    rows = locate_spans(folder / "quotes.csv", raws)
    return _frame([{**r, "speaker": r["speaker"] or None} for r in rows], SPAN_COLUMNS + ["kind", "speaker"])


def gold_dates(raws: dict[str, str], folder: Path = GOLD):
    """Gold date expressions; the seed reading's file is `time_expressions.csv`, its vague rows so marked."""
    path = folder / "dates.csv"
    if not path.exists():
        path = folder / "time_expressions.csv"
    rows = []
    for r in locate_spans(path, raws):
        vague = r.get("vague", "").strip().lower() == "yes" or r.get("reading", "").startswith("vague")
        rows.append(
            {
                **r,
                "vague": vague,
                "resolved_start": None if vague else _date(r["resolved_start"], path, r["line"]),
                "resolved_end": None if vague else _date(r["resolved_end"], path, r["line"]),
            }
        )
    return _frame(rows, SPAN_COLUMNS + ["resolved_start", "resolved_end", "vague"])


def gold_expectations(raws: dict[str, str], folder: Path = GOLD):
    rows = locate_spans(folder / "expectations.csv", raws)
    return _frame(
        [{**r, "holder": r.get("holder") or None, "modality": r.get("modality") or None} for r in rows],
        SPAN_COLUMNS + ["holder", "modality"],
    )


def gold_debris(raws: dict[str, str], folder: Path = GOLD):
    path = folder / "debris.csv"
    return _frame(locate_spans(path, raws) if path.exists() else [], SPAN_COLUMNS + ["reason"])


def gold_issues(raws: dict[str, str], folder: Path = GOLD):
    """The sentences the hand reading places under each issue (issues.csv), as the spans of their openings."""
    return _frame(locate_spans(folder / "issues.csv", raws, also=("issue",)), SPAN_COLUMNS + ["issue"])


def gold_publication(folder: Path = GOLD) -> dict[str, dict]:
    """article_id → true date and the reader's interval (dates or None)."""
    path = folder / "publication.csv"
    out = {}
    for line, r in enumerate(_rows(path) if path.exists() else [], start=2):
        out[r["article_id"]] = {k: _date(r[k], path, line, k) for k in ("true_date", "earliest", "latest")}
    return out


def _date(value: str, path: Path, line: int, column: str = "resolved_start") -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise GoldError(path, line, column, f"{value!r} is not a date (YYYY-MM-DD)") from None


# --- agreement of two speakers ----------------------------------------------------------------------------

_STOP = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "unnamed", "said", "'s"}
_NORMAL = {
    "u.s.": "us",
    "u.s": "us",
    "american": "us",
    "china": "chinese",
    "china's": "chinese",
    "beijing's": "chinese",
    "side": "government",
    "officials": "official",
    "sources": "source",
}  # a country speaking is its government: "China" and "the Chinese side" of a readout are "Chinese
# government"; an unnamed source is one kind of speaker whether the text says "an official" or "officials"
_CAPITALS = {"beijing": "chinese", "washington": "us"}  # a capital opening a speaker speaks for its country
# ("Beijing", "Washington officials"); elsewhere it may be a name ("Jane Washington")
_NOT_A_NAME = {
    "ministry",
    "department",
    "office",
    "government",
    "council",
    "house",
    "embassy",
    "agency",
    "official",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "sides",
    "source",
    "sources",
    "administration",
    "reporter",
    "observers",
    "analysts",
    "experts",
    "media",
    "press",
    "pentagon",
}


_TITLES = {
    "president",
    "secretary",
    "state",
    "minister",
    "premier",
    "vice",
    "deputy",
    "senator",
    "sen",
    "rep",
    "representative",
    "ambassador",
    "gen",
    "general",
    "brig",
    "admiral",
    "adm",
    "envoy",
    "chairman",
    "leader",
    "foreign",
    "treasury",
    "commerce",
    "defense",
    "defence",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "special",
    "climate",
    "national",
    "security",
    "adviser",
    "advisor",
    "director",
}


# the two parties speaking together, however the text names them ("both countries", "the two governments")
# or as the two countries of this evaluation corpus ("Washington and Beijing"; a gold reading of another
# pair of countries would need its names here, like `_CAPITALS`)
_COUNTRY = r"(?:the )?(?:u\.?s\.?|united states|america|washington|china|beijing)"
_JOINT = re.compile(
    rf"(?:the )?(?:both|two) (?:sides|countries|nations|governments|delegations|parties)|{_COUNTRY} and {_COUNTRY}"
)


def _words(name: str) -> list[str]:
    """Content words of a speaker; a personal name loses its titles ("Secretary of State Jane Doe")."""
    name = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode().lower()
    if _JOINT.fullmatch(name.strip()):
        return ["both", "sides"]
    name = re.sub(r"\([^)]*\)", " ", name).replace("united states", "us")
    words = [_NORMAL.get(w, w).rstrip(".") for w in re.findall(r"[a-z][a-z.'’]*", name)]
    words = [w for w in words if w not in _STOP]
    words = [_CAPITALS.get(w, w) if i == 0 else w for i, w in enumerate(words)]
    institution = set(words) & (_NOT_A_NAME - _TITLES)
    named = [w for w in words if w not in _TITLES and w != "us"]
    return words if institution or not named else named


def same_speaker(gold, found) -> bool:
    """Do a gold speaker and a found one name the same source?

    Empty agrees only with empty. Otherwise the two agree when the content
    words of one are all among the other's (`Doe` and `Jane Doe`,
    `State Department` and `US State Department`, `China` and `Chinese
    government`), or when both are personal names with the same last word.
    Case, accents, titles, "the" and parenthesised remarks are ignored;
    "U.S.", "United States" and "American" read as "US", "China" and
    "China's" as "Chinese", "officials" and "sources" as "official" and
    "source" (an unnamed source is one kind of speaker, singular or plural),
    and "both countries", "the two governments", "Washington and Beijing" and the like as "both sides".
    """
    gold, found = _blank(gold), _blank(found)
    if gold is None or found is None:
        return gold is None and found is None
    a, b = _words(gold), _words(found)
    if not a or not b:
        return a == b
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    names = not (set(a) | set(b)) & _NOT_A_NAME
    return names and a[-1] == b[-1]


def _blank(x):
    return None if x is None or x != x or str(x).strip() == "" else str(x)


# --- matching ------------------------------------------------------------------------------------------------


def match(pred, gold, strict: bool = False) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) within an article, best overlap first."""
    pairs = []
    by_article = {a: g for a, g in gold.groupby("article_id")} if len(gold) else {}
    for pi, p in pred.iterrows():
        g = by_article.get(p.article_id)
        if g is None:
            continue
        for gi, gr in g.iterrows():
            ov = min(p.end, gr.end) - max(p.start, gr.start)
            if strict:
                ok = abs(p.start - gr.start) <= STRICT_CHARS and abs(p.end - gr.end) <= STRICT_CHARS
            else:
                ok = ov > 0 and ov >= LOOSE * min(p.end - p.start, gr.end - gr.start)
            if ok:
                pairs.append((ov, pi, gi))
    used_p, used_g, out = set(), set(), []
    for _ov, pi, gi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi), used_g.add(gi), out.append((pi, gi))
    return sorted(out)


def _prf(n_pred: int, n_gold: int, n_match: int) -> dict:
    p = n_match / n_pred if n_pred else float("nan")
    r = n_match / n_gold if n_gold else float("nan")
    f = 2 * p * r / (p + r) if n_pred and n_gold and p + r else (0.0 if n_pred and n_gold else float("nan"))
    return {"precision": p, "recall": r, "f1": f}


def _metric(rows: list, extractor: str, metric: str, value, n: int) -> None:
    rows.append({"extractor": extractor, "metric": metric, "value": value, "n": n})


def _item(items: list, extractor: str, outcome: str, row, expected=None, found=None) -> None:
    items.append(
        {
            "extractor": extractor,
            "outcome": outcome,
            "article_id": row.article_id,
            "start": int(row.start),
            "end": int(row.end),
            "text": row.text,
            "expected": expected,
            "found": found,
        }
    )


def _compared(items: list, family: str, pred, gold, pairs, right, column: str, wrong: str) -> None:
    """One item per gold row missed, per found row spurious, and per matched pair (right or `wrong`),
    with `column` (speaker, holder) as expected and found."""
    matched_p, matched_g, right = {pi for pi, _ in pairs}, {gi for _, gi in pairs}, set(right)
    for gi, row in gold.iterrows():
        if gi not in matched_g:
            _item(items, family, "missed", row, expected=row[column])
    for pi, row in pred.iterrows():
        if pi not in matched_p:
            _item(items, family, "spurious", row, found=row[column])
    for pi, gi in pairs:
        _item(
            items,
            family,
            "match" if (pi, gi) in right else wrong,
            gold.loc[gi],
            expected=gold.loc[gi, column],
            found=pred.loc[pi, column],
        )


# --- the extractors, one scorer each ---------------------------------------------------------------------


def score_quotes(pred, gold, metrics: list, items: list) -> None:
    """Quotations (direct and partial together) and indirect speech."""
    families = {"quotations": ("direct", "partial"), "indirect speech": ("indirect",)}
    for family, kinds in families.items():
        p = pred[pred.kind.isin(kinds)].reset_index(drop=True)
        g = gold[gold.kind.isin(kinds)].reset_index(drop=True)
        loose, strict = match(p, g), match(p, g, strict=True)
        for k, v in _prf(len(p), len(g), len(loose)).items():
            _metric(metrics, family, k, v, len(g) if k == "recall" else len(p) if k == "precision" else len(g))
        _metric(metrics, family, "f1 (strict)", _prf(len(p), len(g), len(strict))["f1"], len(g))
        right = [(pi, gi) for pi, gi in loose if same_speaker(g.loc[gi, "speaker"], p.loc[pi, "speaker"])]
        _metric(metrics, family, "speaker accuracy", len(right) / len(loose) if loose else float("nan"), len(loose))
        _metric(
            metrics, family, "found with the right speaker", len(right) / len(g) if len(g) else float("nan"), len(g)
        )
        if family == "quotations":
            direct = g.index[g.kind == "direct"]
            hit = {gi for _, gi in loose}
            _metric(
                metrics,
                family,
                "direct quotes found",
                len(hit & set(direct)) / len(direct) if len(direct) else float("nan"),
                len(direct),
            )
        _compared(items, family, p, g, loose, right, "speaker", "wrong speaker")


def score_dates(pred, gold, metrics: list, items: list) -> None:
    """Date expressions found (vague gold rows neither reward nor punish) and their ranges."""
    family = "date expressions"
    pairs = match(pred, gold)
    vague_gold = set(gold.index[gold.vague])
    on_vague = {pi for pi, gi in pairs if gi in vague_gold}
    pairs = [(pi, gi) for pi, gi in pairs if gi not in vague_gold]
    p = pred.drop(index=list(on_vague))
    g = gold[~gold.vague]
    for k, v in _prf(len(p), len(g), len(pairs)).items():
        _metric(metrics, family, k, v, len(p) if k == "precision" else len(g))

    def same_range(pi, gi):
        return (
            _day(pred.loc[pi, "resolved_start"]) == gold.loc[gi, "resolved_start"]
            and _day(pred.loc[pi, "resolved_end"]) == gold.loc[gi, "resolved_end"]
        )

    right = [(pi, gi) for pi, gi in pairs if same_range(pi, gi)]
    resolvable = g[g.resolved_start.notna()]
    right_resolvable = [x for x in right if gold.loc[x[1], "resolved_start"] is not None]
    _metric(metrics, family, "range accuracy", len(right) / len(pairs) if pairs else float("nan"), len(pairs))
    _metric(
        metrics,
        family,
        "found and resolved right",
        len(right_resolvable) / len(resolvable) if len(resolvable) else float("nan"),
        len(resolvable),
    )
    matched_p, matched_g = {pi for pi, _ in pairs}, {gi for _, gi in pairs}
    for gi, row in g.iterrows():
        if gi not in matched_g:
            _item(items, family, "missed", row, expected=_range(row.resolved_start, row.resolved_end))
    for pi, row in p.iterrows():
        if pi not in matched_p:
            _item(items, family, "spurious", row, found=_range(row.resolved_start, row.resolved_end))
    for pi, gi in pairs:
        _item(
            items,
            family,
            "match" if (pi, gi) in right else "wrong range",
            gold.loc[gi],
            expected=_range(gold.loc[gi, "resolved_start"], gold.loc[gi, "resolved_end"]),
            found=_range(pred.loc[pi, "resolved_start"], pred.loc[pi, "resolved_end"]),
        )


def _day(x) -> dt.date | None:
    if x is None or x != x or x == "":
        return None
    if isinstance(x, dt.datetime):
        return x.date()
    if isinstance(x, dt.date):
        return x
    return dt.date.fromisoformat(str(x)[:10])


def _range(a, b) -> str:
    a, b = _day(a), _day(b)
    return "unresolved" if a is None else f"{a}..{b}"


def score_publication(articles, truth: dict[str, dict], metrics: list, items: list) -> None:
    """Undated articles: is the true date inside the inferred interval, and how wide is it?

    An interval open on one side (nothing in the text closes it: `analysis.chronology`) holds the truth
    when the truth lies on its open side of the closed bound; it has no width, so the median width is
    over the closed intervals only, and the share of open ones is a figure of its own. An interval open
    on both sides is no date ("left undated").
    """
    family = "undated articles"
    hits, widths, misses, n, opened = 0, [], [], 0, 0
    for a in articles:
        if a.header is not None or a.article_id not in truth:
            continue
        n += 1
        t = truth[a.article_id]
        true, lo, hi = t["true_date"], a.published_earliest, a.published_latest
        expected = str(true) if true else f"{t['earliest']}..{t['latest']}"
        found = "no date" if lo is None and hi is None else f"{lo or ''}..{hi or ''}"
        row = _Row(a.article_id, 0, 0, a.raw[a.body_start : a.body_start + 80])
        if lo is None and hi is None:
            _item(items, family, "not dated", row, expected, found)
            misses.append(None)
            continue
        if lo is None or hi is None:
            opened += 1
        else:
            widths.append((hi - lo).days + 1)
        # the truth as a range of days: the true date, else the reader's interval
        first, last = (true, true) if true is not None else (t["earliest"], t["latest"])
        inside = (lo is None or lo <= last) and (hi is None or first <= hi)
        off = 0 if inside else ((lo - last).days if lo is not None and lo > last else (first - hi).days)
        hits += inside
        misses.append(off)
        _item(items, family, "inside" if inside else f"outside by {off} days", row, expected, found)
    _metric(metrics, family, "true date inside the interval", hits / n if n else float("nan"), n)
    _metric(metrics, family, "median interval, days", _median(widths), len(widths))
    _metric(metrics, family, "open intervals", opened / n if n else float("nan"), n)
    worst = [m for m in misses if m is not None]
    _metric(metrics, family, "worst miss, days", max(worst) if worst else float("nan"), len(worst))
    _metric(metrics, family, "left undated", sum(m is None for m in misses) / n if n else float("nan"), n)


@dataclass
class _Row:
    article_id: str
    start: int
    end: int
    text: str


def _median(values: list[float]) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    mid = len(v) // 2
    return float(v[mid]) if len(v) % 2 else (v[mid - 1] + v[mid]) / 2


def score_debris(articles, gold, metrics: list, items: list) -> None:
    """Characters and lines of debris removed, and prose removed by mistake."""
    family = "debris"
    debris_chars = caught = prose_chars = prose_removed = 0
    lines = removed_lines = 0
    for a in articles:
        removed = _mask_of(len(a.raw), [(s.start, s.end) for s in a.boilerplate])
        g = gold[gold.article_id == a.article_id]
        is_debris = _mask_of(len(a.raw), zip(g.start, g.end))
        for i in range(a.body_start, len(a.raw)):
            if a.raw[i].isspace():
                continue
            if is_debris[i]:
                debris_chars += 1
                caught += removed[i]
            else:
                prose_chars += 1
                prose_removed += removed[i]
        for row in g.itertuples():
            chars = [i for i in range(row.start, row.end) if not a.raw[i].isspace()]
            share = sum(removed[i] for i in chars) / len(chars) if chars else 1.0
            lines += 1
            removed_lines += share >= DEBRIS_LINE_SHARE
            _item(
                items,
                family,
                "removed" if share >= DEBRIS_LINE_SHARE else "left in",
                row,
                expected=row.reason,
                found=f"{share:.0%} removed",
            )
        for s in a.boilerplate:
            wrong = sum(1 for i in range(s.start, s.end) if not is_debris[i] and not a.raw[i].isspace())
            if wrong:
                _item(
                    items,
                    family,
                    "prose removed",
                    _Row(a.article_id, s.start, s.end, s.text),
                    found=f"{wrong} prose characters ({s.reason})",
                )
    _metric(metrics, family, "debris lines removed", removed_lines / lines if lines else float("nan"), lines)
    _metric(
        metrics,
        family,
        "debris characters caught",
        caught / debris_chars if debris_chars else float("nan"),
        debris_chars,
    )
    _metric(
        metrics,
        family,
        "prose characters removed",
        prose_removed / prose_chars if prose_chars else float("nan"),
        prose_chars,
    )


def _mask_of(n: int, spans) -> bytearray:
    m = bytearray(n)
    for s, e in spans:
        m[s:e] = b"\x01" * (e - s)
    return m


def score_expectations(pred, gold, metrics: list, items: list) -> None:
    family = "expectations"
    pairs = match(pred, gold)
    for k, v in _prf(len(pred), len(gold), len(pairs)).items():
        _metric(metrics, family, k, v, len(pred) if k == "precision" else len(gold))
    right = [
        (pi, gi)
        for pi, gi in pairs
        if gold.loc[gi, "holder"] is None or same_speaker(gold.loc[gi, "holder"], pred.loc[pi, "holder"])
    ]
    _metric(metrics, family, "holder accuracy", len(right) / len(pairs) if pairs else float("nan"), len(pairs))
    _compared(items, family, pred, gold, pairs, right, "holder", "wrong holder")


def score_issues(articles, mentions, gold, metrics: list, items: list) -> None:
    """Issue salience by sentence: a (sentence, issue) pair is found when a mention of the issue lies in the
    sentence, and right when the hand reading places the sentence (by where its opening starts) under it.
    One item per pair: `expected` or `found` holds the issue (per-issue figures: `issue_figures`)."""
    from bisect import bisect_right

    from .text import sentence_spans

    family = "issues"
    sentences = {a.article_id: sentence_spans(a.masked) for a in articles}
    starts = {k: [s for s, _ in v] for k, v in sentences.items()}

    def pair(article_id: str, at: int, issue: str):
        k = bisect_right(starts.get(article_id, []), at) - 1
        return (article_id, max(k, 0), issue)

    found = {pair(r.article_id, r.start, r.issue) for r in mentions.itertuples()}
    wanted = {pair(r.article_id, r.start, r.issue) for r in gold.itertuples()}
    for k, v in _prf(len(found), len(wanted), len(found & wanted)).items():
        _metric(metrics, family, k, v, len(found) if k == "precision" else len(wanted))
    for key in sorted(found | wanted):
        article_id, k, issue = key
        s, e = sentences[article_id][k] if sentences.get(article_id) else (0, 0)
        row = _Row(article_id, s, e, next(a for a in articles if a.article_id == article_id).raw[s:e])
        outcome = "match" if key in found and key in wanted else ("missed" if key in wanted else "spurious")
        _item(
            items,
            family,
            outcome,
            row,
            expected=issue if key in wanted else None,
            found=issue if key in found else None,
        )


def issue_figures(items):
    """Precision and recall of each issue over the sentences of `items` (from `score_issues`), by split."""
    import pandas as pd

    t = items[items.extractor == "issues"].assign(issue=lambda d: d.expected.fillna(d.found))
    rows = []
    for (split_name, issue), g in t.groupby(["split", "issue"]):
        n_found = int((g.outcome != "missed").sum())
        n_gold = int((g.outcome != "spurious").sum())
        hit = int((g.outcome == "match").sum())
        p, r, _ = _prf(n_found, n_gold, hit).values()
        rows.append(
            {
                "split": split_name,
                "issue": issue,
                "sentences read": n_gold,
                "found": n_found,
                "precision": p,
                "recall": r,
            }
        )
    return pd.DataFrame(rows, columns=["split", "issue", "sentences read", "found", "precision", "recall"])


def issue_table(items, splits=("dev", "test")):
    """`issue_figures` side by side for `splits`: per issue, the sentences read and the precision and
    recall on each split (an issue no sentence of a split speaks of reads 0 there, with no precision)."""
    f = issue_figures(items)
    f = f[f.split.isin(splits)]
    parts = {
        "sentences read": f.pivot(index="issue", columns="split", values="sentences read").fillna(0).astype(int),
        "precision": f.pivot(index="issue", columns="split", values="precision").astype(float).round(2),
        "recall": f.pivot(index="issue", columns="split", values="recall").astype(float).round(2),
    }
    import pandas as pd

    return pd.concat(parts, axis=1)


# --- one split, every extractor ---------------------------------------------------------------------------


def annotate(files) -> tuple[list, dict]:
    """Read and annotate `files` exactly as the export does; the articles and their tables."""
    from .corpus import date_article, read_article
    from .export import tables_of

    articles = sorted((date_article(read_article(f)) for f in files), key=lambda a: a.article_id)
    return articles, tables_of(articles)


def evaluate_split(name: str, corpus: Path | str | None = None, gold: Path | str | None = None, profile=None):
    """Every figure of one split (tidy: extractor, metric, value, n) and every compared item.

    With `corpus` and `gold`, the split is any corpus the export reads (a
    folder, a .jsonl or .csv file of records) and a folder of hand-reading
    files in the format of `evaluation/gold/` (see its README); an extractor
    whose gold file is missing there is not scored.
    """
    import pandas as pd

    if corpus is not None:
        from .corpus import read_corpus
        from .export import tables_of

        folder = Path(gold) if gold else GOLD
        articles = read_corpus(corpus, profile)
        tables = tables_of(articles, profile)
    else:
        s = split(name)
        folder = s.gold
        articles, tables = annotate(s.files)
    raws = {a.article_id: a.raw for a in articles}
    metrics, items = [], []

    def has(*names):
        return any((folder / n).exists() for n in names)

    if has("quotes.csv"):
        score_quotes(tables["quotes.csv"].reset_index(drop=True), gold_quotes(raws, folder), metrics, items)
    if has("dates.csv", "time_expressions.csv"):
        score_dates(tables["time_expressions.csv"].reset_index(drop=True), gold_dates(raws, folder), metrics, items)
    if has("publication.csv"):
        score_publication(articles, gold_publication(folder), metrics, items)
    if has("debris.csv"):
        score_debris(articles, gold_debris(raws, folder), metrics, items)
    if has("issues.csv"):
        score_issues(articles, tables["issue_mentions.csv"], gold_issues(raws, folder), metrics, items)
    if has("expectations.csv"):
        score_expectations(
            tables["expectations.csv"].reset_index(drop=True), gold_expectations(raws, folder), metrics, items
        )
    m = pd.DataFrame(metrics)
    m.insert(0, "split", name)
    m.insert(1, "articles", len(articles))
    it = pd.DataFrame(items, columns=ITEM_COLUMNS[1:])
    it.insert(0, "split", name)
    return m, it.sort_values(["extractor", "article_id", "start", "outcome"], ignore_index=True)


def evaluate(splits=SPLITS, corpus=None, gold=None, profile=None):
    """Figures and items of several splits (or of one `corpus` against its `gold`), concatenated."""
    import pandas as pd

    if corpus is not None:
        parts = [evaluate_split("corpus", corpus, gold, profile)]
    else:
        parts = [evaluate_split(name) for name in splits]
    return pd.concat([p[0] for p in parts], ignore_index=True), pd.concat([p[1] for p in parts], ignore_index=True)


def figures_table(metrics):
    """Figures side by side: one row per (extractor, metric), one column per split, `n` in brackets."""

    def cell(r):
        v = r.value
        if v != v:
            return "–"
        text = f"{v:.0f}" if r.metric.endswith("days") else f"{v:.2f}"
        return f"{text} ({r.n})"

    t = metrics.assign(cell=metrics.apply(cell, axis=1))
    order = list(dict.fromkeys(zip(t.extractor, t.metric)))
    wide = t.pivot(index=["extractor", "metric"], columns="split", values="cell")
    wide = wide.reindex(order)[
        [s for s in SPLITS if s in set(t.split)] + [s for s in dict.fromkeys(t.split) if s not in SPLITS]
    ]
    wide.columns.name = None
    return wide


def write(metrics, items, out: Path) -> list[Path]:
    """Write figures.csv and items.csv (every compared item) into `out`."""
    from .export import write_csv_atomic

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in (("figures.csv", metrics), ("items.csv", items)):
        write_csv_atomic(df, out / name)
        written.append(out / name)
    return written


LOWER_IS_BETTER = (
    "median interval, days",
    "open intervals",
    "worst miss, days",
    "prose characters removed",
    "left undated",
)


def load_floors(path: Path | None = None):
    """The floors (`evaluation/floors.csv`): for each split, extractor and metric, the figure it may not fall
    below (or, for a figure where lower is better, rise above). A later change that lowers one fails a test."""
    import pandas as pd

    return pd.read_csv(path or EVALUATION / "floors.csv", comment="#")


def below_floors(metrics, floors) -> list[str]:
    """One line for each floor a figure does not hold (or that names a figure the evaluation lacks)."""
    keyed = metrics.set_index(["split", "extractor", "metric"])
    broken = []
    for f in floors.itertuples():
        key = (f.split, f.extractor, f.metric)
        if key not in keyed.index:
            broken.append(f"{f.split} / {f.extractor} / {f.metric}: no such figure")
            continue
        value = keyed.loc[key].value
        worse = value > f.floor if f.metric in LOWER_IS_BETTER else value < f.floor
        if value != value or worse:
            broken.append(f"{f.split} / {f.extractor} / {f.metric}: {value:.3f} against a floor of {f.floor}")
    return broken


# --- the seed reading, as the older notebooks and tests use it ------------------------------------------


def load_gold_quotes(raws: dict[str, str], path: Path | None = None):
    """The seeds' gold quotes (tests/gold/quotes.csv) as spans."""
    return gold_quotes(raws, path.parent if path else SEED_GOLD)


# --- the record of where each evaluation article came from ---------------------------------------------


def sources_markdown() -> str:
    """`evaluation/articles/SOURCES.md`, rendered from `sources.csv` (a test keeps the two in step)."""
    rows = _rows(ARTICLES / "sources.csv")
    splits = {r["file"]: r["split"] for r in _rows(EVALUATION / "splits.csv")}
    out = [
        "# Where each evaluation article came from",
        "",
        "Generated from `sources.csv` by `analysis.evaluation.sources_markdown()`; edit the CSV, not this file.",
        "",
        "Every file is the text a stored copy of the public page returned, exactly, from its beginning; the",
        "only change allowed is cutting an unfinished last sentence (said under *trimmed*). A ` date ` line at",
        "the top is the page's own date as the store gave it; no header was added. The texts remain their",
        "publishers' and are kept here only to measure the package.",
        "",
    ]
    for r in rows:
        esc = {k: str(v).replace("|", "\\|") for k, v in r.items()}
        out += [
            f"## `{esc['file']}` ({splits.get(r['file'], '?')})",
            "",
            f"- **title**: {esc['title']}",
            f"- **outlet**: {esc['outlet']} ({esc['outlet_type']}); form: {esc['form']}; topic: {esc['topic']}",
            f"- **address**: <{r['address']}>",
            f"- **published**: {esc['published']} ({esc['date_known_how']}); date in the text: {esc['date_in_text']}",
            f"- **debris as scraped**: {esc['debris']}; **trimmed**: {esc['trimmed']}",
            "",
        ]
    return "\n".join(out)


# --- what a reader may trust, said from the figures ------------------------------------------------------

_GUIDE = [  # (extractor, metric, what it says about, what to do when it is low)
    (
        "quotations",
        "direct quotes found",
        "direct quotes found",
        "a count of quotations can be taken as nearly complete",
    ),
    (
        "quotations",
        "speaker accuracy",
        "the speaker named for a quotation the package found",
        "check the speaker of every quotation before counting voices by side",
    ),
    (
        "indirect speech",
        "found with the right speaker",
        "indirect speech found with the right speaker",
        "counts of paraphrased sources undercount and misplace voices: read the articles",
    ),
    (
        "date expressions",
        "found and resolved right",
        "date expressions found and resolved to the right days",
        "check a date before placing an article's claim on the timeline",
    ),
    (
        "undated articles",
        "true date inside the interval",
        "undated articles whose true date lies in the inferred interval",
        "treat an inferred date as a guess and date undated articles by hand",
    ),
    (
        "debris",
        "debris lines removed",
        "lines of page debris removed",
        "expect banners, captions and credits to be read as prose",
    ),
    (
        "expectations",
        "recall",
        "forward-looking statements found",
        "a list of expectations is a sample of them, not all of them",
    ),
]


def reading_guide(metrics, split_name: str = "test", good: float = 0.85) -> list[str]:
    """One sentence per extractor: the held-out figure, and what a reader should do with it.

    A figure at or above `good` is called fit to rely on (with its n); below
    it, the sentence says what to check. Generated from `metrics`, so the
    prose follows the figures when the rules or the gold change.
    """
    keyed = metrics[metrics.split == split_name].set_index(["extractor", "metric"])
    out = []
    for extractor, metric, what, advice in _GUIDE:
        if (extractor, metric) not in keyed.index:
            continue
        r = keyed.loc[(extractor, metric)]
        if r.value != r.value:
            continue
        figure = f"{r.value:.0%} of {what} (n = {int(r.n)})"
        if r.value >= good:
            out.append(f"{extractor.capitalize()}: {figure}; fit to rely on, with the errors listed in items.csv.")
        else:
            out.append(f"{extractor.capitalize()}: {figure}; below {good:.0%}, so {advice}.")
    return out


SUCCESS = {"match", "inside", "removed"}


def error_examples(items, split_name: str = "dev", per_kind: int = 2, width: int = 90):
    """A few items of each kind of error (the first in article order), with the text shortened.

    Taken from the dev split by default: the test split's errors are counted,
    not read, so that no rule is ever written from them.
    """
    from .corpus import shorten

    errors = items[
        (items.split == split_name) & ~items.outcome.isin(SUCCESS) & ~items.outcome.str.startswith("outside")
    ]
    outside = items[(items.split == split_name) & items.outcome.str.startswith("outside")]
    errors = pd_concat([errors, outside.assign(outcome="outside the interval")])
    picked = (
        errors.sort_values(["extractor", "outcome", "article_id", "start"])
        .groupby(["extractor", "outcome"], sort=False)
        .head(per_kind)
    )
    return picked.assign(text=picked.text.map(lambda t: shorten(str(t), width)))[
        ["extractor", "outcome", "article_id", "text", "expected", "found"]
    ].reset_index(drop=True)


def error_counts(items):
    """How many items of each outcome, per split and extractor (`outside by N days` counted together)."""
    outcome = items.outcome.where(~items.outcome.str.startswith("outside"), "outside the interval")
    return (
        items.assign(outcome=outcome)
        .groupby(["extractor", "outcome", "split"])
        .size()
        .unstack("split", fill_value=0)[[s for s in SPLITS if s in set(items.split)]]
    )


def pd_concat(frames):
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


def evaluation_corpus():
    """The evaluation articles' source records (`articles/sources.csv`) with their split."""
    import pandas as pd

    sources = pd.read_csv(ARTICLES / "sources.csv", dtype=str, keep_default_na=False)
    splits = pd.read_csv(EVALUATION / "splits.csv", dtype=str)
    return sources.merge(splits, on="file", validate="one_to_one").sort_values(["split", "file"], ignore_index=True)


def load_anchors():
    """Published figures of comparable tools (`evaluation/anchors.csv`), each with its source."""
    import pandas as pd

    return pd.read_csv(EVALUATION / "anchors.csv", comment="#")


def blind_readings(metrics=None):
    """The figures of each batch of dev articles read blind (`evaluation/blind.csv`: measured with the
    rules of the time, before any rule was written on them), one column per batch, beside the test split's
    figure now when `metrics` (from `evaluate`) is given."""
    import pandas as pd

    rows = pd.read_csv(EVALUATION / "blind.csv", comment="#", dtype={"rules_of": str})
    rows["batch"] = [f"{b}: {n} articles, rules of {c}" for b, n, c in zip(rows.batch, rows.articles, rows.rules_of)]
    wide = rows.pivot_table(index=["extractor", "metric"], columns="batch", values="value", sort=False)
    if metrics is not None:
        test = metrics[metrics.split == "test"].set_index(["extractor", "metric"]).value
        wide["test split now"] = [test.get(k, float("nan")) for k in wide.index]
    return wide.round(2)


def blind_first_readings():
    """Each batch's first blind reading (`evaluation/blind.csv`): the rows of the first commit whose rules
    read it, leaving out re-measurements after later rounds (a batch name with "after …", or a later
    commit under the same name). One row per batch and figure, batches in the order they were read."""
    import pandas as pd

    rows = pd.read_csv(EVALUATION / "blind.csv", comment="#", dtype={"rules_of": str})
    rows = rows[~rows.batch.str.contains(", after ", regex=False)]
    first = rows.groupby("batch", sort=False).rules_of.first()
    return rows[rows.rules_of == rows.batch.map(first)].reset_index(drop=True)


def blind_summary(root: str = "") -> str:
    """The README's account of the blind readings, written from `evaluation/blind.csv`: how many batches,
    the range of each figure over them, the undated articles' hits and misses batch by batch, and the
    prose each batch lost. A test keeps the README's copy current; `root` is the way from where the text is
    read to the repository's root (`"../"` in notebook 05, which then does not point to itself), for its link."""
    first = blind_first_readings()
    batches = list(dict.fromkeys(first.batch))
    sizes = first.groupby("batch", sort=False).articles.first()

    def span(extractor, metric):
        v = first[(first.extractor == extractor) & (first.metric == metric)].value
        return f"{v.min():.0%}–{v.max():.0%}".replace("%–", "–")

    def figure(batch, extractor, metric):
        r = first[(first.batch == batch) & (first.extractor == extractor) & (first.metric == metric)]
        return None if r.empty else r.iloc[0]

    undated = []
    for b in batches:
        inside = figure(b, "undated articles", "true date inside the interval")
        if inside is None:
            continue
        worst = figure(b, "undated articles", "worst miss, days")
        text = f"{round(inside.value * inside.n)} of {int(inside.n)}"
        if worst is not None and worst.value > 0:
            text += f" (worst miss {int(worst.value)} day{'s' if worst.value != 1 else ''})"
        undated.append(text)
    prose = first[(first.extractor == "debris") & (first.metric == "prose characters removed")]
    lost = sorted((v for v in prose.value if v > 0), reverse=True)
    return (
        f"{len(batches)} batches of dev articles ({', '.join(str(int(sizes[b])) for b in batches)} articles) "
        "were each measured with the rules of the time, before any rule was written on them "
        f"([`evaluation/blind.csv`]({root}evaluation/blind.csv){'' if root else ', shown in notebook 05'}). "
        "Across them, the right speaker "
        f"was found for {span('quotations', 'found with the right speaker')} of quotations and "
        f"{span('indirect speech', 'found with the right speaker')} of indirect statements, "
        f"{span('date expressions', 'found and resolved right')} of date expressions were resolved right, "
        f"{span('undated articles', 'true date inside the interval')} of undated articles fell inside their "
        f"interval, {span('debris', 'debris lines removed')} of debris lines were removed, and expectations were "
        f"found with {span('expectations', 'recall')} recall and {span('expectations', 'precision')} precision. "
        f"Undated articles inside their interval, batch by batch: {'; '.join(undated)}. "
        f"{len(lost)} of the {len(prose)} batches measured for it lost prose to the debris filter "
        f"({', '.join(f'{v:.0%}' for v in lost)} of their characters, as `blind.csv` rounds them; "
        "the others under half a per cent)."
    )


def headline_table(metrics) -> str:
    """The headline figures as a Markdown table (seeds, dev, test), for the README; a test keeps it current."""
    from .plots import HEADLINE

    keyed = metrics.set_index(["extractor", "metric", "split"])
    splits = [s for s in SPLITS if s in set(metrics.split)]
    lines = ["| extractor | figure | " + " | ".join(splits) + " |", "|---|---|" + "---:|" * len(splits)]
    for extractor, metric in HEADLINE:
        cells = []
        for s in splits:
            r = keyed.loc[(extractor, metric, s)] if (extractor, metric, s) in keyed.index else None
            cells.append("–" if r is None or r.value != r.value else f"{r.value:.0%} ({int(r.n)})")
        lines.append(f"| {extractor} | {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
