"""Units a reader can count: statements and sources, kept apart.

The quotes table has one row per span: a partial quotation inside a sentence of
indirect speech by the same speaker is a second row for what is one act of
speech, and a speaker quoted five times has five rows. Counting rows therefore
counts neither. Here:

- a **statement** is one act of reported speech: the spans of one speaker that
  overlap or nest (a partial quote inside that speaker's indirect speech) are
  merged into one; its `voice` is ``quote`` when any of its spans is a direct or
  partial quotation, else ``paraphrase``;
- a **source** is one distinct speaker of an article (by name as the text gives
  it, case aside); a span with no speaker is a statement without a source.

Every figure built on these says which unit it counts.
"""

from __future__ import annotations

QUOTED = ("direct", "partial")


def statements(quotes):
    """One row per statement (see the module's docstring) from a quotes table (any number of articles):
    article_id, start, end, speaker, speaker_group, speaker_kind, voice, spans (how many rows it merges)."""
    import pandas as pd

    columns = ["article_id", "start", "end", "speaker", "speaker_group", "speaker_kind", "voice", "spans"]
    rows = []
    q = quotes.copy()
    for c in ("speaker", "speaker_group", "speaker_kind"):
        if c not in q:
            q[c] = None
    q = q.assign(_who=q.speaker.fillna("").str.casefold()).sort_values(["article_id", "start", "end"])
    for (article_id, who), g in q.groupby(["article_id", "_who"], sort=False):
        current = None
        for r in g.itertuples():
            same = current is not None and (who != "") and r.start < current["end"]
            if same:
                current["end"] = max(current["end"], r.end)
                current["spans"] += 1
                current["quoted"] |= r.kind in QUOTED
                continue
            if current is not None:
                rows.append(current)
            current = {
                "article_id": article_id,
                "start": r.start,
                "end": r.end,
                "speaker": r.speaker,
                "speaker_group": r.speaker_group,
                "speaker_kind": r.speaker_kind,
                "quoted": r.kind in QUOTED,
                "spans": 1,
            }
        if current is not None:
            rows.append(current)
    out = pd.DataFrame(rows, columns=columns[:-2] + ["quoted", "spans"])
    out["voice"] = out.pop("quoted").map({True: "quote", False: "paraphrase"})
    return out[columns].sort_values(["article_id", "start"], ignore_index=True)


def sources(quotes):
    """One row per source: a distinct speaker of an article (case aside), with their group and kind, how
    many statements and how many spans are theirs."""
    import pandas as pd

    s = statements(quotes)
    s = s[s.speaker.notna() & (s.speaker.astype(str) != "")]
    if s.empty:
        return pd.DataFrame(columns=["article_id", "speaker", "speaker_group", "speaker_kind", "statements", "spans"])
    s = s.assign(_who=s.speaker.str.casefold())
    out = (
        s.groupby(["article_id", "_who"], sort=True)
        .agg(
            speaker=("speaker", "first"),
            speaker_group=("speaker_group", "first"),
            speaker_kind=("speaker_kind", "first"),
            statements=("start", "size"),
            spans=("spans", "sum"),
        )
        .reset_index()
        .drop(columns="_who")
    )
    return out
