"""The tables the findings rest on, computed from the annotation tables and the event profile.

The notebooks state their findings in sentences generated from these tables
(`analysis.prose`), and `tests/test_findings.py` pins each headline number to
the table it comes from, so a finding cannot drift from its data.

- `label_uses()`: every use of the profile's loaded labels (e.g. the
  balloon's "spy" names) with its voice (quote, paraphrase, reporter) and
  whether it is kept at a distance (`hedged`);
- `top_issues()`: each article's most salient issue(s), ties kept;
- `verdicts_with_form()`: the judged expectations with the form and modality
  the coders gave each statement;
- `certainty_against_verdict()`: the epistemic statements only (forecasts and
  plans), how sure they sounded against whether they came true;
- `verdict_scale()` and `verdict_agreement()`: the codebook's scale and the
  two coders' agreement, read from the resource and the coding files;
- `quote_units()`: spans, statements and sources per article, counted apart.
"""

from __future__ import annotations

import pandas as pd

# forms of statement whose certainty can be compared with what happened (epistemic modality)
EPISTEMIC_FORMS = ("forecast", "plan")
CERTAINTY = ["certain", "probable", "possible", "improbable"]
SCALE_ORDER = ["held", "partly held", "did not hold", "not assessable"]


def label_uses(terms: pd.DataFrame, framing: dict) -> pd.DataFrame:
    """One row per use of a loaded label of the profile's label concept: article, term, voice and
    distancing ('' when the label is used plainly)."""
    concept = framing.get("label_concept")
    loaded = framing.get("loaded_terms", [])
    t = terms[(terms.concept == concept) & terms.term.isin(loaded)]
    out = t[["article_id", "start", "end", "term", "voice", "hedged", "text"]].copy()
    out["hedged"] = out.hedged.fillna("").astype(str)
    return out.sort_values(["article_id", "start"], ignore_index=True)


def label_voice_summary(uses: pd.DataFrame) -> dict:
    """How many label uses there are, in each voice, and how many are kept at a distance."""
    voices = uses.voice.value_counts()
    plain_reporter = uses[(uses.voice == "reporter") & (uses.hedged == "")]
    return {
        "uses": len(uses),
        "articles": uses.article_id.nunique(),
        "reporter": int(voices.get("reporter", 0)),
        "quote": int(voices.get("quote", 0)),
        "paraphrase": int(voices.get("paraphrase", 0)),
        "hedged": int((uses.hedged != "").sum()),
        "plain reporter": len(plain_reporter),
    }


def top_issues(issues: pd.DataFrame) -> pd.DataFrame:
    """Each article's most salient issue(s): every issue whose share equals the article's highest
    (ties kept), articles with no issue left out."""
    i = issues[issues.share > 0]
    best = i.groupby("article_id").share.transform("max")
    return i[i.share == best].sort_values(["article_id", "label"], ignore_index=True)[
        ["article_id", "label", "mentions", "share"]
    ]


def verdicts_with_form(judged: pd.DataFrame, profile) -> pd.DataFrame:
    """`judged` (from `expectations.judge`) with the form and modality the recorded verdict gives each
    statement (empty where there is none)."""
    form, modality = [], []
    verdicts = profile.verdicts
    for row in judged.itertuples():
        match = [v for v in verdicts if v["article_id"] == row.article_id and row.text.startswith(v["opening"])]
        form.append(match[0].get("form", "") if match else "")
        modality.append(match[0].get("modality", "") if match else "")
    return judged.assign(form=form, modality=modality)


def judged_statements(judged: pd.DataFrame) -> pd.DataFrame:
    """The statements the codebook judges: on its scale (not 'not an expectation', not unread)."""
    return judged[judged.verdict.isin(SCALE_ORDER)]


def certainty_against_verdict(judged: pd.DataFrame) -> pd.DataFrame:
    """Epistemic statements (form forecast or plan) that can be assessed: certainty × verdict counts,
    levels and verdicts in the codebook's order, with a total per level."""
    e = judged[judged.form.isin(EPISTEMIC_FORMS) & judged.verdict.isin(SCALE_ORDER[:3])]
    t = pd.crosstab(e.certainty, e.verdict).reindex(index=CERTAINTY, columns=SCALE_ORDER[:3], fill_value=0)
    t.index.name, t.columns.name = "certainty", None
    t["n"] = t.sum(axis=1)
    return t


def verdict_scale() -> pd.DataFrame:
    """The verdict codebook's scale: each verdict with its definition."""
    from .expectations import load_verdict_codebook

    rows = [(r["name"], r["text"]) for r in load_verdict_codebook() if r["kind"] == "scale"]
    return pd.DataFrame(rows, columns=["verdict", "definition"])


def verdict_agreement(profile) -> pd.DataFrame:
    """The two coders' agreement on the profile's verdicts (empty when the profile has no two codings)."""
    from .agreement import verdict_agreement as agreement

    folder = profile.folder / "verdict_coding"
    first, second = folder / "first.csv", folder / "second.csv"
    if not (first.exists() and second.exists()):
        return pd.DataFrame(columns=["coded", "kappa", "agreement", "n"])
    return pd.DataFrame(agreement(first, second))


def quote_units(quotes: pd.DataFrame, articles: pd.Series) -> pd.DataFrame:
    """Per article (in the order of `articles`): quote spans, statements (a speaker's nested spans
    merged) and sources (distinct speakers), with a total row."""
    from .units import sources, statements

    s, src = statements(quotes), sources(quotes)
    t = pd.DataFrame(
        {
            "spans": quotes.groupby("article_id").size(),
            "statements": s.groupby("article_id").size(),
            "sources": src.groupby("article_id").size(),
        }
    ).reindex(articles, fill_value=0)
    t = t.fillna(0).astype(int)
    t.loc["all articles"] = t.sum()
    t.index.name = "article"
    return t


def verb_summary(terms: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The reporting verbs that introduce a quote, by speaker group: verbs used at least once, longest
    first (the full table is written by the notebook beside it)."""
    verbs = terms[terms.concept == "reporting verb"].merge(
        quotes[["article_id", "start", "speaker_group"]], on=["article_id", "start"]
    )
    if verbs.empty:
        return pd.DataFrame(columns=["term", "total"])
    t = verbs.pivot_table(index="term", columns="speaker_group", values="start", aggfunc="count", fill_value=0)
    t["total"] = t.sum(axis=1)
    t = t[t.total > 0].reset_index()
    t.columns.name = None
    return t.sort_values(["total", "term"], ascending=[False, True], ignore_index=True)


def comparison_set(profile=None) -> dict:
    """The evaluation corpus read as the export reads it, for comparison with the seeds: its articles,
    their tables, statements and sources, its sides (`comparison.corpus_sides`) and its copies
    (`duplicates.csv` as the export writes it)."""
    from . import paths
    from .comparison import corpus_sides
    from .corpus import date_article, read_article
    from .duplicates import DuplicateFinder, signature
    from .export import tables_of
    from .profile import load_profile
    from .units import sources, statements

    folder = paths.ROOT / "evaluation" / "articles"
    sides = corpus_sides(folder)
    articles = sorted(
        (date_article(read_article(folder / f"{i}.txt"), profile) for i in sides.article_id),
        key=lambda a: a.article_id,
    )
    tables = tables_of(articles, profile)
    with DuplicateFinder() as finder:  # its temporary files go when the copies are listed
        for a in articles:
            finder.add(signature(a.article_id, a.path, a.sha256, a.text))
        copies = pd.DataFrame(finder.rows())
    tables = {name.removesuffix(".csv"): t for name, t in tables.items()}
    quotes = with_speaker_kind(tables["quotes"], profile or load_profile())
    return {
        "articles": articles,
        "sides": sides,
        "tables": tables,
        "statements": statements(quotes),
        "sources": sources(quotes),
        "duplicates": copies,
    }


def with_speaker_kind(quotes: pd.DataFrame, profile) -> pd.DataFrame:
    """`quotes` with `speaker_kind`: as the table gives it, else the kind of the profile's actor
    (person, institution; an actor of kind 'unnamed' is an anonymous source), else empty."""
    kinds = {name.casefold(): ("anonymous" if a.kind == "unnamed" else a.kind) for name, a in profile.actors.items()}
    given = quotes.speaker_kind if "speaker_kind" in quotes else pd.Series(None, index=quotes.index, dtype=object)
    looked_up = quotes.speaker.fillna("").astype(str).str.casefold().map(kinds)
    return quotes.assign(speaker_kind=given.where(given.notna() & given.ne(""), looked_up))


def readme_findings(profile=None) -> str:
    """The README's findings, as Markdown: the sentences notebook 04 writes from the tables, with the
    figures that show them (a test keeps the README's block equal to this)."""
    from . import prose
    from .annotate import corpus_frames
    from .chronology import chronology_table
    from .corpus import read_corpus
    from .expectations import judge
    from .profile import load_profile

    profile = profile or load_profile()
    articles = read_corpus(profile.corpus, profile)
    tables = corpus_frames(articles, profile)
    corpus = tables["articles"]
    labels = dict(zip(corpus.article_id, corpus.label))
    events = chronology_table(profile)
    wrong = tables["date_discrepancies"].drop_duplicates(["article_id", "start"])
    units = quote_units(tables["quotes"], corpus.article_id).rename(index=labels)
    uses = label_uses(tables["terms"], profile.framing)
    judged = verdicts_with_form(judge(tables["expectations"], articles, profile), profile)
    parts = [
        "**When.** "
        + prose.corpus_dates(corpus)
        + " "
        + prose.discrepancies(
            wrong.assign(article_id=wrong.article_id.map(labels)), dict(zip(events.event_id, events.label))
        ),
        "![The road to Beijing: events, and when each article appeared](figures/01-timeline.png)",
        "**Who speaks.** "
        + prose.quote_units(units)
        + " "
        + prose.label_voices(label_voice_summary(uses), profile.framing),
        "![Statements by speaker group, quoted and paraphrased](figures/02-voices.png)",
        "**Expected against what happened.** "
        + prose.verdict_counts(judged)
        + " "
        + prose.certainty_comparison(certainty_against_verdict(judged), verdict_agreement(profile)),
        "![Verdicts by article, and by how sure the forecast sounded](figures/03-expectations.png)",
    ]
    return "\n\n".join(parts)
