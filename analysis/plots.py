"""Figures for the notebooks. Each function draws on a figure it is given and
returns the table of exactly what it drew (saved beside the PNG by
`analysis.figures.save_figure`). Matplotlib is imported only here."""

from __future__ import annotations

import pandas as pd


def article_label(row) -> str:
    """A reader's name for an article: the corpus's `label` (outlet or author, and date), else its number
    and how its date is known."""
    label = getattr(row, "label", None)
    if isinstance(label, str) and label:
        return label
    when = f"{row.published:%d %b %Y}" if pd.notna(row.published) else "undated"
    how = "" if row.date_source == "header" else " (inferred)"
    return f"{row.article_id[:3]} · {when}{how}"


def timeline_data(events: pd.DataFrame, corpus: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The rows the timeline draws: events, articles (with intervals) and mentions."""
    labels = {a.article_id: article_label(a) for a in corpus.itertuples()}
    rows = []
    for e in events.itertuples():
        rows.append(
            {"layer": "event", "row": "events", "id": e.event_id, "label": e.label, "start": e.start, "end": e.end}
        )
    for a in corpus.itertuples():
        rows.append(
            {
                "layer": "article",
                "row": labels[a.article_id],
                "id": a.article_id,
                "label": a.date_source,
                "start": a.published_earliest,
                "end": a.published_latest,
            }
        )
    seen = set()
    for m in mentions.sort_values(["article_id", "event_start", "event_id"]).itertuples():
        if (m.article_id, m.event_id) in seen:
            continue
        seen.add((m.article_id, m.event_id))
        rows.append(
            {
                "layer": "mention",
                "row": labels[m.article_id],
                "id": f"{m.article_id}:{m.event_id}",
                "label": m.event_id,
                "start": m.event_start,
                "end": m.event_start,
            }
        )
    df = pd.DataFrame(rows)
    df["start"] = pd.to_datetime(df["start"]).astype("datetime64[s]")
    df["end"] = pd.to_datetime(df["end"]).astype("datetime64[s]")
    return df


def timeline(fig, data: pd.DataFrame, profile=None) -> None:
    """The event profile's panels (stretches of time side by side), events as
    labelled lines, each article as a row with its publication date (a bar for
    an inferred interval) and grey ticks at the events it mentions; events the
    profile calls planned (never held) are shaded grey; events it hides (other names of an event already
    shown, kept for dating) get no line or label."""
    import matplotlib.dates as mdates

    from .profile import load_profile

    profile = profile or load_profile()
    panels = [(pd.Timestamp(a), pd.Timestamp(b)) for a, b in profile.timeline["panels"]]
    widths = profile.timeline.get("widths") or [1] * len(panels)
    planned_ids = set(profile.timeline.get("planned", []))
    hidden_ids = set(profile.timeline.get("hidden", []))

    articles = data[data.layer == "article"]
    rows = list(articles.row)
    y = {r: i for i, r in enumerate(reversed(rows))}
    axes = fig.subplots(1, len(panels), sharey=True, gridspec_kw={"width_ratios": widths, "wspace": 0.05})
    events = data[(data.layer == "event") & ~data.id.isin(hidden_ids)]
    for ax, (lo, hi) in zip(axes, panels):
        shown = events[(events.start >= lo) & (events.start <= hi)].sort_values(["start", "end"])
        for e in shown.itertuples():
            if e.end > e.start:
                planned = e.id in planned_ids
                ax.axvspan(
                    e.start,
                    e.end + pd.Timedelta(days=1),
                    color="#dddddd" if planned else "#f2c14e",
                    alpha=0.5 if planned else 0.35,
                    lw=0,
                )
            else:
                ax.axvline(e.start, color="#888888", lw=0.6, ls=":")
        # one label per cluster of nearby events, so that labels never overlap
        min_gap = (hi - lo) * 0.045
        clusters: list[list] = []
        for e in shown.itertuples():
            if clusters and e.start - clusters[-1][-1].start <= min_gap:
                clusters[-1].append(e)
            else:
                clusters.append([e])
        for cluster in clusters:
            x = cluster[0].start + (cluster[-1].start - cluster[0].start) / 2
            text = "\n".join(f"{c.start:%d %b %Y}: {c.label}" for c in cluster)
            ax.text(
                x,
                len(rows) - 0.35,
                text,
                rotation=90,
                fontsize=7,
                va="bottom",
                ha="center",
                color="#333333",
                linespacing=1.1,
            )
        mentions = data[(data.layer == "mention") & (data.start >= lo) & (data.start <= hi)]
        ax.scatter(
            mentions.start,
            [y[r] for r in mentions.row],
            marker="|",
            s=90,
            color="#7f7f7f",
            label="event the article mentions",
            zorder=2,
        )
        for a in articles.itertuples():
            if pd.isna(a.start) and pd.isna(a.end):
                continue
            # an interval open on one side (nothing in the text closes it) runs to the panel's edge there
            start = lo if pd.isna(a.start) else a.start
            end = hi if pd.isna(a.end) else a.end
            if end > start:
                ax.plot(
                    [start, end + pd.Timedelta(days=1)],
                    [y[a.row]] * 2,
                    color="#1f77b4",
                    lw=5,
                    alpha=0.45,
                    solid_capstyle="butt",
                    zorder=3,
                )
            inferred = a.label == "inferred"
            ax.scatter(
                [a.end if pd.isna(a.start) else a.start],
                [y[a.row]],
                s=45,
                zorder=4,
                color="white" if inferred else "#1f77b4",
                edgecolor="#1f77b4",
                linewidth=1.5,
                label="published (inferred: first possible day, bar = interval)"
                if inferred
                else "published (date header)",
            )
        ax.set_xlim(lo, hi)
        ax.set_ylim(-0.6, len(rows) - 0.4)
        monthly = (hi - lo).days > 60
        ax.xaxis.set_major_locator(mdates.MonthLocator() if monthly else mdates.WeekdayLocator(mdates.MO))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b\n%Y" if monthly else "%d %b\n%Y"))
        ax.tick_params(axis="x", labelsize=7.5, rotation=0)
        ax.grid(axis="y", color="#eeeeee")
    axes[0].set_yticks(range(len(rows)), list(reversed(rows)), fontsize=8)
    for ax in axes[1:]:
        ax.spines["left"].set_linestyle((0, (2, 2)))
    unique = {}
    for ax in axes:
        for handle, label in zip(*ax.get_legend_handles_labels()):
            unique.setdefault(label, handle)
    fig.legend(
        unique.values(),
        unique.keys(),
        loc="lower center",
        ncol=3,
        fontsize=7,
        frameon=False,
        bbox_to_anchor=(0.5, -0.02),
    )
    fig.subplots_adjust(top=0.6, bottom=0.12)
    fig.suptitle(profile.timeline.get("title", profile.title), y=1.065, va="bottom", fontsize=11)
    fig.text(
        0.5,
        1.035,
        "Shaded: events of several days (grey: planned, never held). Panels skip the quiet months between.",
        ha="center",
        fontsize=7.5,
        color="#555555",
    )


HEADLINE = [  # (extractor, metric) pairs the evaluation chart shows, top to bottom
    ("quotations", "direct quotes found"),
    ("quotations", "precision"),
    ("quotations", "speaker accuracy"),
    ("indirect speech", "recall"),
    ("indirect speech", "found with the right speaker"),
    ("date expressions", "found and resolved right"),
    ("undated articles", "true date inside the interval"),
    ("debris", "debris lines removed"),
    ("expectations", "recall"),
    ("expectations", "precision"),
    ("issues", "recall"),
    ("issues", "precision"),
]
SPLIT_COLOURS = {"seeds": "#bbbbbb", "dev": "#56b4e9", "test": "#0072b2"}  # Okabe-Ito blues, grey for training


def evaluation_data(metrics: pd.DataFrame, anchors: pd.DataFrame) -> pd.DataFrame:
    """The rows the evaluation chart draws: one per headline metric and split, with the anchor if any."""
    keyed = metrics.set_index(["extractor", "metric", "split"])
    anchor = anchors.set_index(["extractor", "metric"])
    rows = []
    for extractor, metric in HEADLINE:
        for split in SPLIT_COLOURS:
            if (extractor, metric, split) not in keyed.index:
                continue
            r = keyed.loc[(extractor, metric, split)]
            rows.append(
                {
                    "extractor": extractor,
                    "metric": metric,
                    "split": split,
                    "value": r.value,
                    "n": r.n,
                    "anchor": anchor.value.get((extractor, metric)),
                    "anchor_tool": anchor.tool.get((extractor, metric)),
                }
            )
    return pd.DataFrame(rows)


def evaluation_chart(fig, data: pd.DataFrame) -> None:
    """Horizontal bars: each headline figure on seeds (training), dev and test; a black tick marks the
    published figure of a comparable tool where there is one."""
    ax = fig.subplots()
    labels = list(dict.fromkeys(zip(data.extractor, data.metric)))
    splits = [s for s in SPLIT_COLOURS if s in set(data.split)]
    height = 0.8 / len(splits)
    for j, split in enumerate(splits):
        part = data[data.split == split].set_index(["extractor", "metric"])
        ys = [i + (j - (len(splits) - 1) / 2) * height for i in range(len(labels))]
        values = [part.value.get(k, float("nan")) for k in labels]
        ax.barh(
            ys,
            values,
            height=height,
            color=SPLIT_COLOURS[split],
            label={"seeds": "seeds (training)", "dev": "dev", "test": "test (held out)"}[split],
        )
        for y, v, k in zip(ys, values, labels):
            if v == v:
                ax.text(min(v, 1) + 0.01, y, f"{v:.0%} (n={int(part.n.get(k))})", va="center", fontsize=6.5)
    first = data.drop_duplicates(["extractor", "metric"]).set_index(["extractor", "metric"])
    shown = False
    for i, k in enumerate(labels):
        a = first.anchor.get(k)
        if a == a and a is not None:
            ax.plot(
                [a, a],
                [i - 0.45, i + 0.45],
                color="black",
                lw=1.6,
                label=None if shown else "published figure of a comparable tool",
            )
            shown = True
    ax.set_yticks(range(len(labels)), [f"{e}: {m}" for e, m in labels], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.18)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"], fontsize=8)
    ax.grid(axis="x", color="#eeeeee")
    ax.set_axisbelow(True)
    ax.legend(loc="lower center", bbox_to_anchor=(0.45, -0.2), ncol=4, fontsize=7, frameon=False)
    ax.set_title("How well the package reads: the seeds it was written on, and articles it never saw", fontsize=10)


OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#DDDDDD"]
# Okabe-Ito: a palette colour-blind readers can tell apart; "held" and "partly held" differ in hue and lightness
VERDICT_COLOURS = {"held": "#009E73", "partly held": "#F0E442", "did not hold": "#D55E00", "not assessable": "#BBBBBB"}


def _integer_axis(axis) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def voices_chart(fig, statements: pd.DataFrame, labels: dict, colours: dict) -> pd.DataFrame:
    """Statements (a speaker's nested spans merged, `analysis.units`) per article by the speaker's group,
    one panel for quotation and one for paraphrase, on one scale; returns the counts drawn."""
    s = statements[statements.speaker_group.notna()]
    groups = [g for g in colours if g in set(s.speaker_group)] + sorted(set(s.speaker_group) - set(colours))
    order = list(labels)
    data = (
        s.groupby(["article_id", "voice", "speaker_group"])
        .size()
        .rename("statements")
        .reset_index()
        .assign(article=lambda d: d.article_id.map(labels))
    )
    axes = fig.subplots(1, 2, sharex=True, sharey=True)
    for ax, voice in zip(axes, ["quote", "paraphrase"]):
        table = (
            data[data.voice == voice]
            .pivot_table(index="article_id", columns="speaker_group", values="statements", aggfunc="sum", fill_value=0)
            .reindex(index=order, columns=groups, fill_value=0)
        )
        table.index = [labels[i] for i in table.index]
        table.iloc[::-1].plot.barh(
            stacked=True, ax=ax, color=[colours.get(g, "#999999") for g in groups], width=0.7, legend=False
        )
        ax.set_title("in quotation marks" if voice == "quote" else "paraphrased (indirect speech)", fontsize=10)
        ax.set_xlabel("statements")
        _integer_axis(ax.xaxis)
    axes[0].set_ylabel("")
    handles, names = axes[0].get_legend_handles_labels()
    fig.legend(handles, names, loc="lower center", ncol=3, fontsize=8, frameon=False, bbox_to_anchor=(0.5, -0.12))
    fig.suptitle("Who is quoted, and how: statements by the speaker's group", fontsize=11)
    return data[["article", "article_id", "voice", "speaker_group", "statements"]]


def issue_heatmap(fig, share: pd.DataFrame) -> None:
    """Issues (rows) × articles (columns): the share of each article's sentences that mention the issue."""
    ax = fig.subplots()
    image = ax.imshow(share.values, cmap="Blues", vmin=0, vmax=max(0.5, float(share.values.max())), aspect="auto")
    ax.set_xticks(range(len(share.columns)), share.columns, rotation=25, ha="right", fontsize=8)
    ax.set_yticks(range(len(share.index)), share.index, fontsize=8)
    for (r, c), v in pd.DataFrame(share.values).stack().items():
        colour = "white" if v > 0.3 else "#222222"
        ax.text(c, r, f"{v:.0%}" if v else "", ha="center", va="center", fontsize=7, color=colour)
    fig.colorbar(image, ax=ax, label="share of sentences", shrink=0.8)
    ax.set_title("Issue salience: share of each article's sentences that mention the issue", fontsize=10)


def verdicts_chart(fig, by_article: pd.DataFrame, by_certainty: pd.DataFrame) -> pd.DataFrame:
    """Left: verdicts of the judged statements by article (counts). Right: epistemic statements only
    (forecasts and plans), the share of each certainty level that held, partly held or did not, with n.
    Returns both panels' counts."""
    order = list(VERDICT_COLOURS)
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.3, 1]})
    plot = by_article.reindex(columns=order, fill_value=0)
    plot.iloc[::-1].plot.barh(
        stacked=True, ax=left, color=[VERDICT_COLOURS[c] for c in order], width=0.7, edgecolor="#333333", lw=0.4
    )
    left.set_xlabel("statements judged")
    _integer_axis(left.xaxis)
    left.set_ylabel("")
    left.set_title("Verdicts by article", fontsize=10)
    left.legend(fontsize=8, frameon=False, loc="lower right")
    counts = by_certainty[order[:3]]
    share = counts.div(counts.sum(axis=1).where(counts.sum(axis=1) > 0), axis=0).fillna(0)
    share.iloc[::-1].plot.barh(
        stacked=True,
        ax=right,
        color=[VERDICT_COLOURS[c] for c in order[:3]],
        width=0.7,
        legend=False,
        edgecolor="#333333",
        lw=0.4,
    )
    for i, n in enumerate(counts.sum(axis=1).iloc[::-1]):
        right.text(1.01, i, f"n={n}", va="center", fontsize=8)
    right.set_xlim(0, 1.15)
    right.set_ylabel("")
    right.set_xlabel("share of assessable forecasts and plans")
    right.set_title("Forecasts and plans: how sure, and whether it came true", fontsize=10)
    return pd.concat(
        [
            plot.assign(panel="by article").rename_axis("row").reset_index(),
            counts.assign(panel="epistemic statements by certainty").rename_axis("row").reset_index(),
        ],
        ignore_index=True,
    )


def comparison_chart(fig, table: pd.DataFrame, value: str, colours: dict, title: str, xlabel: str) -> None:
    """Horizontal stacked bars: one bar per outlet kind, segments by speaker group (`table` from
    `comparison.who_is_quoted` or similar, long form with kind, speaker_group and `value`)."""
    ax = fig.subplots()
    wide = table.pivot_table(
        index="kind", columns="speaker_group", values=value, aggfunc="sum", fill_value=0, observed=True
    )
    groups = [g for g in colours if g in wide.columns] + sorted(set(wide.columns) - set(colours))
    wide = wide.reindex(index=list(dict.fromkeys(table.kind)), columns=groups, fill_value=0)
    spare = iter(c for c in OKABE_ITO if c.casefold() not in {v.casefold() for v in colours.values()})
    palette = {g: colours.get(g) or next(spare, "#dddddd") for g in groups}
    wide.iloc[::-1].plot.barh(
        stacked=True, ax=ax, color=[palette[g] for g in groups], width=0.7, edgecolor="white", lw=0.5
    )
    ax.set_ylabel("")
    ax.set_xlabel(xlabel)
    if not value.startswith("share"):
        _integer_axis(ax.xaxis)
    ax.legend(fontsize=8, frameon=False, loc="center left", bbox_to_anchor=(1.0, 0.5))
    ax.set_title(title, fontsize=10)


def composition_chart(fig, chars: pd.DataFrame) -> None:
    """Stacked bars, one per article (rows of `chars`): its characters of article text and of each kind of
    removed debris (columns)."""
    ax = fig.subplots()
    chars.iloc[::-1].plot.barh(stacked=True, ax=ax, width=0.7, colormap="tab10")
    ax.set_xlabel("characters in the file")
    ax.set_ylabel("")
    _integer_axis(ax.xaxis)
    ax.set_title("What each file holds: article text and removed debris")
    ax.legend(loc="lower right", fontsize=8, frameon=False)
