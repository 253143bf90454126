"""One annotation of one article, the same for the export, the benchmark, the evaluation and the notebooks.

`annotate(article, profile)` reads a dated `Article` against an event profile
and returns every row it gives, table by table: each row a dict whose keys
are the table's columns, every span row carrying ``article_id``, ``start``,
``end`` (offsets of the article's raw text) and, where the table shows it,
``text == raw[start:end]``. `TABLES` defines each table's columns and their
types once; everything that writes or shows a table takes them from here.
"""

from __future__ import annotations

import datetime as dt

# table → (column, type); types: str, int, float, bool, date
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("article_id", "str"),
        ("path", "str"),
        ("sha256", "str"),
        ("published", "date"),
        ("published_earliest", "date"),
        ("published_latest", "date"),
        ("date_source", "str"),
        ("outlet", "str"),
        ("author", "str"),
        ("n_chars", "int"),
        ("n_words", "int"),
        ("n_removed_chars", "int"),
        ("n_repairs", "int"),
        ("label", "str"),
    ],
    "boilerplate": [("article_id", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("reason", "str")],
    "repairs": [
        ("article_id", "str"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("replacement", "str"),
        ("kind", "str"),
    ],
    "time_expressions": [
        ("article_id", "str"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("resolved_start", "date"),
        ("resolved_end", "date"),
        ("granularity", "str"),
        ("rule", "str"),
        ("tense", "str"),
        ("anchor", "str"),
        ("sentence_events", "str"),
        ("matches", "str"),
    ],
    "event_mentions": [
        ("article_id", "str"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("event_id", "str"),
        ("event_start", "date"),
        ("tense", "str"),
        ("lag_days", "int"),
    ],
    "date_evidence": [
        ("article_id", "str"),
        ("interval_from", "date"),
        ("interval_to", "date"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("kind", "str"),
        ("events", "str"),
        ("allows_from", "date"),
        ("allows_to", "date"),
        ("holds", "bool"),
        ("binds", "str"),
    ],
    "date_discrepancies": [
        ("article_id", "str"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("resolved_start", "date"),
        ("resolved_end", "date"),
        ("event_id", "str"),
        ("event_start", "date"),
        ("event_end", "date"),
        ("gap_days", "int"),
    ],
    "quotes": [
        ("article_id", "str"),
        ("start", "int"),
        ("end", "int"),
        ("kind", "str"),
        ("speaker", "str"),
        ("speaker_group", "str"),
        ("cue", "str"),
        ("text", "str"),
        ("speaker_kind", "str"),
        ("speaker_actor", "str"),
        ("speaker_title", "str"),
        ("speaker_affiliation", "str"),
    ],
    "issues": [("article_id", "str"), ("issue", "str"), ("mentions", "int"), ("share", "float")],
    "issue_mentions": [
        ("article_id", "str"),
        ("start", "int"),
        ("end", "int"),
        ("issue", "str"),
        ("term", "str"),
        ("voice", "str"),
    ],
    "terms": [
        ("article_id", "str"),
        ("start", "int"),
        ("end", "int"),
        ("concept", "str"),
        ("term", "str"),
        ("voice", "str"),
        ("hedged", "str"),
    ],
    "expectations": [
        ("article_id", "str"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("holder", "str"),
        ("topic", "str"),
        ("certainty", "str"),
        ("verdict", "str"),
        ("hedge", "str"),
        ("form", "str"),
        ("modality", "str"),
        ("holder_group", "str"),
        ("polarity", "str"),
        ("phase", "str"),
        ("outcomes", "str"),
        ("reason", "str"),
    ],
}


# Columns the in-memory tables (notebooks, evaluation) carry beyond the exported ones.
MEMORY: dict[str, list[tuple[str, str]]] = {
    "articles": [("raw", "str"), ("text", "str")],
    "issues": [("label", "str")],
    "terms": [("text", "str")],
    "expectations": [("voice", "str"), ("candidate_outcomes", "str"), ("judged_by", "str")],
}
# the columns `judge_row` adds to an expectation
JUDGED = ["phase", "candidate_outcomes", "outcomes", "verdict", "reason", "judged_by"]

_COLUMNS = {t: [c for c, _ in cols] for t, cols in TABLES.items()}
_ALL = {t: [c for c, _ in cols + MEMORY.get(t, [])] for t, cols in TABLES.items()}


def columns(table: str) -> list[str]:
    """The exported columns of a table."""
    return _COLUMNS[table]


def all_columns(table: str) -> list[str]:
    """The exported columns of a table and those it carries in memory."""
    return _ALL[table]


def short_label(outlet: str, author: str, published, earliest=None, latest=None, dated: bool = True) -> str:
    """A reader's name for an article: its outlet (or author) and date, e.g. "DW, 3 Feb 2023"; an article
    whose text gives no date (`dated` false) shows the month its inferred interval lies in, when it lies in
    one ("undated (Jun 2023)")."""
    known = [x for x in (outlet, author) if x and not x.startswith("unknown")]
    who = known[0] if known else ("aggregator copy" if "aggregator" in (outlet or "") else "unknown outlet")
    if published and dated:
        return f"{who}, {published.day} {published:%b %Y}"
    if earliest and latest and (earliest.year, earliest.month) == (latest.year, latest.month):
        return f"{who}, undated ({earliest:%b %Y})"
    return f"{who}, undated"


def unique_labels(labels) -> list[str]:
    """`labels` with a number added to each repeat ("DW, 3 Feb 2023 (2)"), so that each names one article."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def article_row(article, profile) -> dict:
    from .corpus import source_of

    src = source_of(article, profile)
    outlet, author = src.get("outlet") or article.outlet or "unknown", src.get("author") or "unknown"
    return {
        "article_id": article.article_id,
        "path": article.path if article.line is None else f"{article.path}:{article.line}",
        "sha256": article.sha256,
        "published": article.published,
        "published_earliest": article.published_earliest,
        "published_latest": article.published_latest,
        "date_source": article.date_source,
        "outlet": outlet,
        "author": author,
        "n_chars": len(article.raw),
        "n_words": article.n_words,
        "n_removed_chars": sum(s.end - s.start for s in article.removed),
        "n_repairs": len(article.repairs),
        "label": short_label(
            outlet,
            author,
            article.published,
            article.published_earliest,
            article.published_latest,
            dated=article.date_source not in ("inferred", "unknown"),
        ),
    }


def judge_row(row: dict, published, profile) -> dict:
    """An expectation with its candidate outcomes and the recorded verdict (see `expectations.judge`)."""
    from .expectations import phase_of

    candidates = []
    for topic in row["topic"].split(" | "):
        candidates += [o for o in profile.rules.get(topic, []) if o not in candidates]
    match = next(
        (v for v in _verdicts_of(profile.verdicts).get(row["article_id"], ()) if row["text"].startswith(v["opening"])),
        None,
    )
    return {
        **row,
        "phase": phase_of(published, profile),
        "candidate_outcomes": " | ".join(candidates),
        "outcomes": match["outcomes"] if match else "",
        "verdict": match["verdict"] if match else "not judged",
        "reason": match["reason"] if match else "no human reading recorded; see candidate_outcomes",
        "judged_by": match["judged_by"] if match else "",
    }


_VERDICTS: dict[int, tuple[tuple, dict]] = {}


def _verdicts_of(verdicts: tuple[dict, ...]) -> dict[str, list[dict]]:
    """A profile's recorded verdicts by article, each article's in their order (made once per profile)."""
    kept = _VERDICTS.get(id(verdicts))
    if kept is None or kept[0] is not verdicts:
        if len(_VERDICTS) > 16:
            _VERDICTS.clear()
        by_article: dict[str, list[dict]] = {}
        for v in verdicts:
            by_article.setdefault(v["article_id"], []).append(v)
        kept = _VERDICTS[id(verdicts)] = (verdicts, by_article)
    return kept[1]


def corpus_frames(articles, profile=None) -> dict:
    """Every table of `articles` as DataFrames with their in-memory columns too: what the notebooks read."""
    rows = annotate_all(articles, profile)
    for a, row in zip(articles, rows["articles"]):
        row.update(raw=a.raw, text=a.text)
    return frames(rows, memory=True)


def annotate(article, profile=None) -> dict[str, list[dict]]:
    """Every row of every table for one (dated) article, read against `profile`."""
    from .chronology import discrepancy_rows, expression_rows, infer_publication, mention_rows
    from .corpus import dating_text
    from .expectations import extract_expectations
    from .framing import issue_mentions, issue_salience, term_mentions
    from .profile import load_profile
    from .quotes import extract_quotes

    profile = profile or load_profile()
    a, events = article, profile.events
    quotes = place_speakers(extract_quotes(a, profile), profile)
    mentions = issue_mentions(a, quotes, profile)
    expressions = expression_rows(a, a.published, a.date_source if a.published else "none", events)
    inference = infer_publication(a.raw, dating_text(a), events, profile.window, profile.timeline.get("planned", ()))
    discrepancies = discrepancy_rows(expressions, events)
    return {
        "articles": [article_row(a, profile)],
        "boilerplate": [
            {"article_id": a.article_id, "start": s.start, "end": s.end, "text": s.text, "reason": s.reason}
            for s in a.removed
        ],
        "repairs": [{"article_id": a.article_id, **r._asdict()} for r in a.repairs],
        "time_expressions": expressions,
        "event_mentions": mention_rows(a, a.published, events),
        "date_evidence": [
            {"article_id": a.article_id, "interval_from": inference.earliest, "interval_to": inference.latest, **e}
            for e in inference.evidence
        ],
        "date_discrepancies": discrepancies,
        "quotes": [{"article_id": a.article_id, **q} if "article_id" not in q else q for q in quotes],
        "issues": issue_salience(a, mentions, profile),
        "issue_mentions": mentions,
        "terms": term_mentions(a, quotes, profile),
        "expectations": [judge_row(e, a.published, profile) for e in extract_expectations(a, quotes, profile)],
    }


def place_speakers(quotes: list[dict], profile) -> list[dict]:
    """Give a speaker who is not in the profile's actors (group 'unknown') a group: a joint speaker the
    group of `_joint_group`, and a group or institution named "X and Y" whose two sides the group rules
    place in different groups ("U.S. and Chinese officials") `JOINT_GROUP`; anyone else the first of the profile's group rules that their title and
    affiliation (or, for an institution or an unnamed source, their description) match. The rows are
    changed in place and returned."""
    from .text import fold

    for q in quotes:
        if not q.get("speaker") or q.get("speaker_group") not in (None, "", "unknown"):
            continue
        joint = _joint_group(q["speaker"], q.get("speaker_kind"), profile)
        if joint:
            q["speaker_group"] = joint
            continue
        if not profile.group_rules:
            continue
        described = [q.get("speaker_title"), q.get("speaker_affiliation")]
        if q.get("speaker_kind") != "person":
            described.append(q["speaker"])
            parts = {_placed(fold(part), profile) for part in q["speaker"].split(" and ")} - {None}
            if len(parts) > 1:  # "U.S. and Chinese officials": each side placed apart
                q["speaker_group"] = JOINT_GROUP
                continue
        q["speaker_group"] = _placed(fold(" ".join(x for x in described if x)), profile) or "unknown"
    return quotes


def _placed(words: str, profile) -> str | None:
    """The group of the first of the profile's group rules that the (folded) words match, if any."""
    from .text import first_word

    return next((g for g, pattern in profile.group_rules if first_word(pattern, words)), None)


JOINT_GROUP = "jointly, several groups"


def _joint_group(speaker: str, kind: str | None, profile) -> str | None:
    """The group of a joint speaker ("both sides", "the two leaders", "Jane Doe and Li Wei"): the one group
    of its members where the actor list puts all of them in one, else `JOINT_GROUP` (a statement two sides
    make together is counted as theirs jointly, not given to one of them). None for a single speaker (an
    institution named "X and Y" is one)."""
    from .quotes import JOINT

    members = [m.strip() for m in speaker.split(" and ")] if kind == "person" else [speaker]
    if len(members) < 2 and not JOINT.match(speaker):
        return None
    groups = {profile.actors[m].group if m in profile.actors else None for m in members}
    return groups.pop() if len(members) > 1 and len(groups) == 1 and None not in groups else JOINT_GROUP


def annotate_all(articles, profile=None) -> dict[str, list[dict]]:
    """The rows of `annotate` for several articles, concatenated table by table in their order."""
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    for a in articles:
        for table, rows in annotate(a, profile).items():
            out[table] += rows
    return out


def frames(rows: dict[str, list[dict]], memory: bool = False) -> dict:
    """The rows of `annotate` (of one or many articles) as DataFrames with the tables' columns and types
    (with `memory`, also the columns kept in memory only: `MEMORY`)."""
    import pandas as pd

    out = {}
    for table, exported in TABLES.items():
        cols = exported + (MEMORY.get(table, []) if memory else [])
        df = pd.DataFrame(rows.get(table, []), columns=[c for c, _ in cols])
        for c, kind in cols:
            if kind == "date":
                df[c] = pd.to_datetime(df[c]).astype("datetime64[s]")
            elif df.empty:  # nothing to infer a type from: give the column its own
                df[c] = df[c].astype({"int": "int64", "float": "float64", "bool": "bool"}.get(kind, "object"))
        out[table] = df
    return out


def cell(value) -> str:
    """A value as the CSV export writes it: empty for none, ISO for dates, else str()."""
    kind = type(value)
    if kind is str:
        return value
    if kind is int:
        return str(value)
    if value is None or value != value:  # None or NaN
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)
