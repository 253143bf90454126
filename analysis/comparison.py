"""The comparison set: the evaluation corpus read the way the seeds are, grouped by the kind of outlet.

The five seeds cannot say how "the media" covered the visit. The articles of
`evaluation/articles/` were gathered to measure the package, from 50-odd
outlets of five kinds (US and European media, wire copy, Chinese state media,
government releases, other media), not sampled from the coverage: tables here
describe those articles and say how many there are of each kind, never "the
coverage". They are kept apart from the seeds in every table.

- `corpus_sides()`: one row per article with its outlet, kind and label;
- `who_is_quoted()`: statements and sources (see `analysis.units`) by outlet
  kind and speaker group;
- `voice_by_group()`: direct quotation against paraphrase, by outlet kind and
  the speaker's group;
- `anonymous_sourcing()`: statements with an unnamed source, by outlet kind;
- `words_by_kind()`: the terms a profile compares (e.g. the balloon's
  names), by outlet kind, voice and distancing;
- `wire_copies()`: wire stories as carried by several sites (duplicates.csv)
  and the agency each article credits (`resources/news_agencies.csv`).
"""

from __future__ import annotations

import re
from functools import cache

from . import paths

KINDS = {
    "us-eu-media": "US and European media",
    "wire": "wire copy",
    "chinese-state-media": "Chinese state media",
    "government": "government releases",
    "other-media": "other media",
}


def corpus_sides(folder=None):
    """The evaluation articles with outlet, kind of outlet (`KINDS`), topic, form and a label."""
    import pandas as pd

    folder = folder or paths.ROOT / "evaluation" / "articles"
    s = pd.read_csv(folder / "sources.csv", comment="#", keep_default_na=False)
    out = pd.DataFrame(
        {
            "article_id": s.file.str.removesuffix(".txt"),
            "outlet": s.outlet,
            "kind": s.outlet_type.map(KINDS).fillna(s.outlet_type),
            "published": s.published,
            "topic": s.topic,
            "form": s.form,
        }
    )
    from .annotate import short_label, unique_labels

    days = pd.to_datetime(out.published, errors="coerce", format="%Y-%m-%d")
    out["label"] = unique_labels(
        short_label(o.split(" (")[0], "", None if pd.isna(d) else d.date()) for o, d in zip(out.outlet, days)
    )
    return out


def _kinds_order(frame, column="kind"):
    order = [k for k in KINDS.values() if k in set(frame[column])]
    return order + sorted(set(frame[column]) - set(order))


def who_is_quoted(statements, sides, sources=None):
    """Per outlet kind and speaker group: statements and their share of the kind's statements; with
    `sources` (from `units.sources`), distinct sources too."""
    s = statements.merge(sides[["article_id", "kind"]], on="article_id")
    s = s.assign(speaker_group=s.speaker_group.fillna("no speaker"))
    t = s.groupby(["kind", "speaker_group"]).size().rename("statements").reset_index()
    t["share of statements"] = t.statements / t.groupby("kind").statements.transform("sum")
    if sources is not None:
        src = sources.merge(sides[["article_id", "kind"]], on="article_id")
        counts = src.groupby(["kind", "speaker_group"]).size().rename("sources").reset_index()
        t = t.merge(counts, on=["kind", "speaker_group"], how="left").fillna({"sources": 0})
        t["sources"] = t.sources.astype(int)
    t["kind"] = t.kind.astype("category").cat.set_categories(_kinds_order(t))
    return t.sort_values(["kind", "statements"], ascending=[True, False], ignore_index=True)


def voice_by_group(statements, sides):
    """Per outlet kind and speaker group: statements in direct quotation and in paraphrase, and the share
    quoted directly."""
    s = statements.merge(sides[["article_id", "kind"]], on="article_id")
    s = s[s.speaker_group.notna()]
    t = s.pivot_table(index=["kind", "speaker_group"], columns="voice", values="start", aggfunc="size", fill_value=0)
    t = t.reindex(columns=["quote", "paraphrase"], fill_value=0).reset_index()
    t.columns.name = None
    t["share quoted directly"] = t.quote / (t.quote + t.paraphrase)
    t["kind"] = t.kind.astype("category").cat.set_categories(_kinds_order(t))
    return t.sort_values(["kind", "speaker_group"], ignore_index=True)


def anonymous_sourcing(statements, sides):
    """Per outlet kind: articles, statements, statements with an unnamed source, and their share."""
    s = statements.merge(sides[["article_id", "kind"]], on="article_id", how="right")
    g = s.groupby("kind")
    t = g.agg(articles=("article_id", "nunique"), statements=("start", "count")).reset_index()
    anon = s[s.speaker_kind == "anonymous"].groupby("kind").size()
    t["unnamed source"] = t.kind.map(anon).fillna(0).astype(int)
    t["share unnamed"] = t["unnamed source"] / t.statements.where(t.statements > 0)
    t["kind"] = t.kind.astype("category").cat.set_categories(_kinds_order(t))
    return t.sort_values("kind", ignore_index=True)


def words_by_kind(terms, sides, concepts):
    """Per concept, term and outlet kind: uses, how many in the reporter's own words, and how many kept at a
    distance (`hedged`)."""
    t = terms[terms.concept.isin(concepts)].merge(sides[["article_id", "kind"]], on="article_id")
    t = t.assign(own=t.voice.eq("reporter"), distanced=t.hedged.fillna("").ne(""))
    out = (
        t.groupby(["concept", "term", "kind"])
        .agg(
            uses=("start", "size"),
            articles=("article_id", "nunique"),
            reporter=("own", "sum"),
            distanced=("distanced", "sum"),
        )
        .reset_index()
    )
    out["kind"] = out.kind.astype("category").cat.set_categories(_kinds_order(out))
    return out.sort_values(["concept", "term", "kind"], ignore_index=True)


@cache
def _agencies() -> tuple[tuple[str, re.Pattern], ...]:
    from .profile import compile_words, read_table

    path = paths.RESOURCES / "news_agencies.csv"
    return tuple((r["agency"], compile_words(path, r, "credit")) for r in read_table(path, ("agency", "credit")))


def agency_credits(text: str) -> list[str]:
    """The news agencies an article credits ("(Reuters)", "The Associated Press", "Xinhua"), in the order of
    `resources/news_agencies.csv`."""
    from .text import first_word, fold

    folded = fold(text)
    return [agency for agency, pattern in _agencies() if first_word(pattern, folded)]


def wire_copies(articles, sides, duplicates):
    """One row per article that credits a news agency or is a copy of another (duplicates.csv): its label,
    kind, the agencies it credits and its duplicate cluster (empty if none)."""
    import pandas as pd

    cluster = dict(zip(duplicates.article_id, duplicates.cluster_id)) if len(duplicates) else {}
    rows = []
    for a in articles:
        credits = agency_credits(a.text)
        if credits or a.article_id in cluster:
            rows.append(
                {"article_id": a.article_id, "agencies": ", ".join(credits), "cluster": cluster.get(a.article_id)}
            )
    out = pd.DataFrame(rows, columns=["article_id", "agencies", "cluster"])
    out = out.merge(sides[["article_id", "label", "kind"]], on="article_id", how="left")
    return out[["label", "kind", "agencies", "cluster", "article_id"]].sort_values(
        ["agencies", "label"], ignore_index=True
    )
