"""Sentences that state what a table shows, written from the table, so that a report on another corpus
or another event never describes the seeds.

Each function takes the tables a notebook computed and returns Markdown; the
notebooks display it with `show`. Counts are said in the unit they were
counted in, ties as ties, and an empty table as such.
"""

from __future__ import annotations

import pandas as pd


def show(markdown: str):
    """Display Markdown in a notebook (plain text where Markdown cannot be shown)."""
    from IPython.display import Markdown

    return Markdown(markdown)


def number(n: int, one: str, many: str | None = None) -> str:
    """'one article', '3 articles'."""
    words = {
        0: "no",
        1: "one",
        2: "two",
        3: "three",
        4: "four",
        5: "five",
        6: "six",
        7: "seven",
        8: "eight",
        9: "nine",
        10: "ten",
    }
    return f"{words.get(n, f'{n:,}')} {one if n == 1 else (many or one + 's')}"


def _day(d) -> str:
    return f"{pd.Timestamp(d):%d %B %Y}".lstrip("0") if pd.notna(d) else "no date"


def _list(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def event_intro(profile) -> str:
    """The event the profile describes, in its own words."""
    return f"**{profile.title}.** {profile.summary}".strip()


def corpus_dates(corpus: pd.DataFrame) -> str:
    """How the articles of a corpus are dated, and the span they cover."""
    n = len(corpus)
    header = int((corpus.date_source == "header").sum())
    inferred = corpus[corpus.date_source == "inferred"]
    unknown = int((corpus.date_source == "unknown").sum())
    parts = [f"The corpus holds {number(n, 'article')}: {number(header, 'file')} open with a date header"]
    # an interval open on one side (nothing in the text closes it) has no width
    closed = inferred[inferred.published_earliest.notna() & inferred.published_latest.notna()]
    n_open = len(inferred) - len(closed)
    if len(inferred):
        widths = ((closed.published_latest - closed.published_earliest).dt.days + 1).tolist()
        shapes = []
        if widths:
            shapes.append(
                f"an interval of {number(int(widths[0]), 'day')}"
                if len(widths) == 1
                else f"intervals of {_list([str(int(w)) for w in sorted(widths)])} days"
            )
        if n_open:
            shapes.append(f"{number(n_open, 'interval')} open on one side")
        parts.append(
            f"{number(len(inferred), 'article')} without one {'is' if len(inferred) == 1 else 'are'} dated by the "
            f"package from what {'it reports' if len(inferred) == 1 else 'they report'}, as " + " and ".join(shapes)
        )
    if unknown:
        parts.append(f"{number(unknown, 'article')} cannot be dated from {'its' if unknown == 1 else 'their'} text")
    text = "; ".join(parts) + "."
    dated = corpus[corpus.date_source == "header"]
    if len(dated):
        text += (
            f" The dated {'one appeared on' if len(dated) == 1 else 'ones run from'} "
            + (
                _day(dated.published.min())
                if len(dated) == 1
                else f"{_day(dated.published.min())} to {_day(dated.published.max())}"
            )
            + "."
        )
    if len(inferred):
        below, above = inferred.published_earliest.isna().any(), inferred.published_latest.isna().any()
        text += (
            f" The inferred {'interval runs' if len(inferred) == 1 else 'intervals run'} "
            + ("from an open start" if below else f"from {_day(inferred.published_earliest.min())}")
            + (" to an open end." if above else f" to {_day(inferred.published_latest.max())}.")
        )
    return text


def cleaning(removed: pd.DataFrame, repairs: pd.DataFrame, corpus: pd.DataFrame) -> str:
    """What the cleaning removed and repaired, by reason and by article."""
    debris = removed[removed.reason != "date header"]
    if debris.empty:
        text = "No page debris was found."
    else:
        chars = (debris.end - debris.start).groupby(debris.article_id).sum().sort_values(ascending=False)
        reasons = debris.reason.value_counts()
        most = chars[chars == chars.max()].index.tolist()
        text = (
            f"The debris rules removed {number(len(debris), 'span')} in {number(len(chars), 'article')} "
            f"({_list([f'{reason}: {count}' for reason, count in reasons.items()])}); "
            f"the most, {chars.max():,} characters, from {_list(most)}."
        )
    if repairs.empty:
        text += " No glued words were found."
    else:
        where = repairs.article_id.value_counts()
        text += (
            f" {number(len(repairs), 'glued word').capitalize()} {'was' if len(repairs) == 1 else 'were'} repaired in "
            f"the readable text, in {_list([f'{a} ({c})' for a, c in where.items()])}."
        )
    return text


def dating_check(check: pd.DataFrame) -> str:
    """Whether the inference, run blind on dated articles, lands on their header dates."""
    dated = check[check.date_source == "header"]
    if dated.empty:
        return "No article has a date header, so the inference cannot be checked against one here."
    hits = int(dated.contains_header_date.sum())
    return (
        f"Run blind on the {number(len(dated), 'article')} with a date header, the inferred interval contains the "
        f"header date for {hits} of them (median width {int(dated.width_days.median())} days)."
    )


def discrepancies(wrong: pd.DataFrame, event_labels: dict | None = None) -> str:
    """Dates that miss the event their sentence speaks of (events named by `event_labels`, else by id)."""
    if event_labels:
        wrong = wrong.assign(event_id=wrong.event_id.map(lambda e: event_labels.get(e, e)))
    if wrong.empty:
        return "No absolute date misses the event its sentence speaks of by a year or less."
    items = []
    for (article_id, _, text), rows in wrong.groupby(["article_id", "start", "text"], sort=True):
        items.append(
            f"{article_id} writes '{text}' in a sentence about {_list(list(rows.event_id))}, "
            f"{int(rows.gap_days.min())} days or more from the record"
        )
    verb = "misses" if len(items) == 1 else "miss"
    return f"{number(len(items), 'date').capitalize()} {verb} the event its sentence speaks of: {'; '.join(items)}."


def _share(n: int, of: int) -> str:
    return f"{n} of {of}" if of else "none"


def label_voices(summary: dict, framing: dict) -> str:
    """Whose words the profile's loaded labels are (from `findings.label_voice_summary`)."""
    terms = " / ".join(f'"{t}"' for t in framing.get("loaded_terms", []))
    concept = framing.get("label_concept", "")
    n = summary["uses"]
    if not n:
        return f"No article uses {terms} for the {concept}."
    return (
        f"The labels {terms} are used {number(n, 'time')} for the {concept}, in "
        f"{number(summary['articles'], 'article')}: {summary['reporter']} in the reporter's own sentences, "
        f"{summary['paraphrase']} in a source's reported (indirect) speech and {summary['quote']} inside "
        f"quotation marks. {_share(summary['hedged'], n).capitalize()} "
        f'{"is" if summary["hedged"] == 1 else "are"} kept at a distance (a hedge such as "alleged", '
        f'"so-called", an attribution or scare quotes), so {number(summary["plain reporter"], "use")} '
        f"{'is' if summary['plain reporter'] == 1 else 'are'} the reporter's own plain label."
    )


def top_issues(top, labels: dict) -> str:
    """Each article's most salient issue, ties said as ties."""
    if top.empty:
        return "No article mentions any issue of the codebook."
    parts = []
    for article_id, rows in top.groupby("article_id", sort=False):
        names = _list([str(x) for x in rows.label])
        share = f"{rows.share.iloc[0]:.0%} of its sentences"
        if len(rows) == 1:
            parts.append(f"{labels.get(article_id, article_id)} leads with {names} ({share})")
        else:
            parts.append(f"{labels.get(article_id, article_id)} gives {names} equal weight ({share} each, a tie)")
    return "Most salient issue per article: " + "; ".join(parts) + "."


def quote_units(units) -> str:
    """Spans, statements and sources (from `findings.quote_units`), said in their units."""
    total = units.loc["all articles"]
    return (
        f"The quote rules mark {number(int(total.spans), 'span')} of reported speech. Merging the nested and "
        f"overlapping spans of one speaker gives {number(int(total.statements), 'statement')} (acts of "
        f"speech), from {number(int(total.sources), 'source')} (distinct speakers, counted per article). "
        "Figures below say which of these units they count."
    )


def verdict_counts(judged) -> str:
    """How many statements were read and judged, and what the codebook set aside."""
    from .findings import SCALE_ORDER

    n = len(judged)
    not_exp = int((judged.verdict == "not an expectation").sum())
    unread = int((judged.verdict == "not judged").sum())
    on_scale = judged[judged.verdict.isin(SCALE_ORDER)]
    counts = on_scale.verdict.value_counts()
    text = f"The expectation rules flag {number(n, 'sentence')}."
    if not_exp:
        text += (
            f" By the codebook {number(not_exp, 'of them is', 'of them are')} not an expectation at all "
            "(a report of what had happened, or an agenda stated as fact), and are left out."
        )
    if unread:
        text += f" {number(unread, 'sentence').capitalize()} {'has' if unread == 1 else 'have'} no recorded verdict."
    if len(on_scale):
        text += (
            f" That leaves {number(len(on_scale), 'forward-looking statement')}: "
            + ", ".join(f"{int(counts.get(v, 0))} {v}" for v in SCALE_ORDER)
            + "."
        )
    return text


def certainty_comparison(table, agreement) -> str:
    """What the certainty × verdict comparison rests on (from `findings.certainty_against_verdict` and
    `findings.verdict_agreement`), its size said plainly."""
    n = int(table.n.sum())
    if not n:
        return "No forecast or plan can be assessed against the outcome record, so certainty cannot be compared."
    rows = [
        f"{level}: {int(r['held'])} of {int(r.n)} held"
        + (f", {int(r['did not hold'])} did not" if r["did not hold"] else "")
        for level, r in table.iterrows()
        if r.n
    ]
    text = (
        f"Only forecasts and plans (epistemic statements, by the codebook) enter this comparison, and only "
        f"those the record can settle: {number(n, 'statement')} in all ({'; '.join(rows)}). With so few, a "
        "single statement moves a share by many points: this describes these articles and supports no claim "
        "that how sure a statement sounds predicts whether it comes true."
    )
    v = agreement[agreement.coded == "verdict"] if len(agreement) else agreement
    if len(v):
        r = v.iloc[0]
        text += (
            f" Each verdict was coded twice, independently; the two coders agreed on {r.agreement:.0%} of "
            f"{number(int(r.n), 'statement')} (Cohen's kappa {r.kappa:.2f})."
        )
    return text


def comparison_selection(sides) -> str:
    """How many comparison articles there are of each kind of outlet, and what they allow one to say."""
    counts = sides.kind.value_counts()
    kinds = _list([f"{number(int(n), 'article')} from {k}" for k, n in counts.items()])
    return (
        f"The comparison set holds {number(len(sides), 'article')}: {kinds}. They were chosen to measure the "
        "package (to cover kinds of outlet, forms and phases of the story), not sampled from the coverage, "
        'so every table below counts these articles and says nothing about how "the media" covered the visit.'
    )


def issue_quality(figures, split: str = "test") -> str:
    """What the per-issue precision and recall (from `evaluation.issue_figures`) say about the salience
    figures: the weakest issues on `split`."""
    f = figures[figures.split == split]
    if f.empty:
        return f"No issue figures on the {split} split."
    weak = f[(f.precision < 0.7) | (f.recall < 0.7)].sort_values("issue")
    if weak.empty:
        return (
            f"On the {split} split every issue is found with precision and recall of 70% or more, so the "
            "salience heat map of notebook 02 can be read issue by issue."
        )
    names = _list([f"{r.issue} (precision {r.precision:.0%}, recall {r.recall:.0%})" for r in weak.itertuples()])
    return (
        f"On the {split} split, {number(len(weak), 'issue')} fall below 70% on precision or recall: {names}. "
        "In notebook 02's salience heat map, read those rows as rough: their shares may count sentences that "
        "are not about the issue, or miss sentences that are."
    )


def voices_by_article(data, labels: dict) -> str:
    """Per article, the speaker group with the most statements, and how many of them are quoted
    (`data` from `plots.voices_chart`)."""
    if data.empty:
        return "No statement has a named speaker."
    parts = []
    for article_id in labels:
        rows = data[data.article_id == article_id]
        if rows.empty:
            parts.append(f"{labels[article_id]} reports no one's speech")
            continue
        by_group = rows.groupby("speaker_group").statements.sum()
        top = by_group[by_group == by_group.max()].index.tolist()
        quoted = int(rows[rows.voice == "quote"].statements.sum())
        total = int(rows.statements.sum())
        most = f"{_list(top)} ({int(by_group.max())} each)" if len(top) > 1 else f"{top[0]} ({int(by_group.max())})"
        parts.append(
            f"{labels[article_id]}: {number(total, 'statement')} by a speaker of a known group, most from "
            f"{most}; {quoted} of the {total} in quotation marks"
        )
    return "; ".join(parts) + "."


def reporting_verbs(verbs, path: str) -> str:
    """The verbs that introduce reported speech (from `findings.verb_summary`)."""
    if verbs.empty:
        return "No reporting verb introduces a quote."
    total = int(verbs.total.sum())
    top = verbs.iloc[0]
    once = int((verbs.total == 1).sum())
    return (
        f"{number(len(verbs), 'verb').capitalize()} introduce {number(total, 'quote span')}; the commonest, "
        f'"{top.term}", introduces {int(top.total)}. {number(once, "verb").capitalize()} '
        f"{'is' if once == 1 else 'are'} used once only, too few to compare the sides; the table shows the "
        f"verbs used more than once, and `{path}` has every verb by speaker group."
    )


def who_is_quoted(table) -> str:
    """Per outlet kind, the speaker group with the largest share of statements (from
    `comparison.who_is_quoted`), ties as ties."""
    parts = []
    for kind, rows in table.groupby("kind", sort=False, observed=True):
        total = int(rows.statements.sum())
        if not total:
            continue
        top = rows[rows.statements == rows.statements.max()]
        parts.append(
            f"in {kind}, {_list(list(top.speaker_group))} "
            f"({'each ' if len(top) > 1 else ''}{int(top.statements.iloc[0])} of {number(total, 'statement')})"
        )
    if not parts:
        return "No statement is found."
    return "The group with the most statements: " + "; ".join(parts) + "."


def direct_voice(table) -> str:
    """Per outlet kind, the share of each government group's statements quoted directly (from
    `comparison.voice_by_group`)."""
    parts = []
    for kind, rows in table.groupby("kind", sort=False, observed=True):
        items = [
            f"{r.speaker_group} {int(r.quote)} of {int(r.quote + r.paraphrase)}"
            for r in rows.itertuples()
            if r.quote + r.paraphrase >= 3
        ]
        if items:
            parts.append(f"{kind}: {', '.join(items)}")
    if not parts:
        return "No speaker group has three statements or more in any kind of outlet."
    return (
        "Statements quoted directly, of each group's statements, where a group has three or more: "
        + "; ".join(parts)
        + "."
    )


def unnamed_sources(table) -> str:
    """Statements with an unnamed source per outlet kind (from `comparison.anonymous_sourcing`)."""
    parts = [
        f"{kind} {int(r['unnamed source'])} of {int(r.statements)}"
        for kind, r in table.set_index("kind").iterrows()
        if r.statements
    ]
    total = int(table["unnamed source"].sum())
    if not total:
        return "No statement in these articles is attributed to an unnamed source the actor list knows."
    return "Statements attributed to an unnamed source: " + "; ".join(parts) + "."


def words_by_kind(table) -> str:
    """The commonest term of each compared concept in each outlet kind (from `comparison.words_by_kind`)."""
    parts = []
    for concept, rows in table.groupby("concept", sort=True):
        per_kind = []
        for kind, k in rows.groupby("kind", sort=False, observed=True):
            if k.uses.sum() == 0:
                continue
            top = k[k.uses == k.uses.max()]
            per_kind.append(f"{kind}: {_list([f'“{t}”' for t in top.term])} ({int(top.uses.iloc[0])})")
        if per_kind:
            parts.append(f"**{concept}** — " + "; ".join(per_kind))
    if not parts:
        return "None of the compared concepts is named in these articles."
    return "The commonest term of each concept by kind of outlet (uses): " + ". ".join(parts) + "."


def wire_copies(table, sides) -> str:
    """How many articles credit a news agency, and how many are copies of one another."""
    credited = table[table.agencies != ""]
    clusters = table.cluster.dropna().nunique()
    copies = int(table.cluster.notna().sum())
    agencies = credited.agencies.str.split(", ").explode().value_counts()
    text = (
        f"{number(len(credited), 'article').capitalize()} of the {len(sides)} credit a news agency "
        f"({_list([f'{a} {n}' for a, n in agencies.items()])})"
        if len(credited)
        else "No article credits a news agency"
    )
    if clusters:
        text += (
            f"; {number(copies, 'article')} fall into {number(clusters, 'group')} of copies of the same text, "
            "carried by different sites."
        )
    else:
        text += "; no two articles carry the same text."
    return text
