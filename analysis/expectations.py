"""Expectations: forward-looking statements, with holder, topic, certainty.

A sentence is an expectation when it holds a term of the hedge lexicon
(`resources/hedges.csv`: each term with its certainty level — certain, probable,
possible, improbable). When several terms occur, the longest one decides
("will likely" is probable, not certain; "highly unlikely" improbable).
Recall matters more than precision here: a weak row can be skipped by a
reader, a missing one cannot be seen, so any hedge term makes a candidate and
only past conditionals ("would have") and sentences with no verb of their own
are left out.

- *holder*: the speaker of the quote the sentence lies in (direct or partial
  quote containing the hedge, or an indirect-speech sentence), else the
  reporter;
- *topic*: the issues of the codebook the sentence mentions, else "the
  visit" or "the relationship" (a profile's `expectation_topics.csv`);
- *polarity*: negative when the hedge is improbable or a negation stands in
  the sentence, else positive.
"""

from __future__ import annotations

import re
from functools import cache

from . import paths, scan
from .framing import load_codebook
from .quotes import Extractor
from .text import first_word, fold


def _negation_words() -> str:
    from .profile import read_table

    return "|".join(re.escape(r["word"]) for r in read_table(paths.RESOURCES / "negation.csv", ("word",)))


NEGATION_WORD = re.compile(rf"\b(?:{_negation_words()})\b", re.I)
NEGATION_SUFFIX = re.compile(r"n['’]t\b", re.I)
NEGATION = re.compile(f"{NEGATION_WORD.pattern}|{NEGATION_SUFFIX.pattern}", re.I)


def _negated(index: scan.WordIndex, start: int, end: int) -> bool:
    """Whether NEGATION matches in text[start:end]: a negating word, or "n't"."""
    return bool(index.search(NEGATION_WORD, start, end) or NEGATION_SUFFIX.search(index.text, start, end))


LEVELS = ("certain", "probable", "possible", "improbable")


@cache
def load_hedges() -> tuple[tuple[str, str, str], ...]:
    """The hedge lexicon (`resources/hedges.csv`): (term, certainty, kind)."""
    from .errors import ProfileError
    from .profile import read_table

    path = paths.RESOURCES / "hedges.csv"
    rows = read_table(path, ("term", "certainty", "kind"))
    for r in rows:
        if r["certainty"] not in LEVELS:
            raise ProfileError(path, r["_line"], "certainty", f"{r['certainty']!r}: one of {', '.join(LEVELS)}")
    return tuple((r["term"], r["certainty"], r["kind"]) for r in rows)


@cache
def _hedge_pattern() -> tuple[re.Pattern, dict[str, str]]:
    hedges = load_hedges()
    levels = {t.lower(): level for t, level, _ in hedges}
    alternatives = scan.one_of({t.lower() for t, _, _ in hedges})  # case aside, the longest first
    return re.compile(rf"(?<![\w’'])(?:{alternatives})(?![\w’'])", re.I), levels


def read_topics(path) -> tuple[tuple[str, re.Pattern], ...]:
    """A profile's fallback topics of expectations: (topic, pattern of its terms)."""
    from .profile import compile_pattern, read_table

    out = []
    for r in read_table(path, ("topic", "terms")):
        compile_pattern(path, r, "terms")
        out.append((r["topic"], re.compile(rf"\b(?:{r['terms']})\b", re.I)))
    return tuple(out)


def load_topics(profile=None) -> tuple[tuple[str, re.Pattern], ...]:
    from .profile import load_profile

    return (profile or load_profile()).topics


def certainty_of(term: str) -> str:
    """The level the lexicon gives a hedge term (case-insensitive)."""
    return _hedge_pattern()[1][term.lower()]


def topics_of(sentence: str, profile=None) -> list[str]:
    """The issues a sentence mentions, else its fallback topic (at most one)."""
    return _topics(scan.WordIndex(sentence), 0, len(sentence), profile)


def _topics(index: scan.WordIndex, start: int, end: int, profile=None) -> list[str]:
    folded = fold(index.text)
    found = [issue for issue, _, _, pattern in load_codebook(profile) if first_word(pattern, folded, start, end)]
    if not found:
        found = [topic for topic, pattern in load_topics(profile) if index.search(pattern, start, end)][:1]
    return found


def extract_expectations(article, quotes: list[dict] | None = None, profile=None) -> list[dict]:
    """One row per expectation sentence of an article."""
    pattern, levels = _hedge_pattern()
    extractor = Extractor(article.masked, profile)
    quotes = quotes if quotes is not None else extractor.extract()
    text = article.masked
    index = scan.index(text)
    rows = []
    for s, e in (extractor.sentences[k] for k in index.ranges_with(pattern, extractor.sentences)):
        hits = [
            m
            for m in index.finditer(pattern, s, e)
            if not (m.group().lower() == "would" and text.startswith(" have", m.end(), e))
        ]
        if not hits:
            continue
        hedge = max(hits, key=lambda m: (len(m.group()), -m.start()))
        pos = hedge.start()
        holder, holder_group, voice = "reporter", "reporter", "reporter"
        for q in sorted(quotes, key=lambda q: q["kind"] == "indirect"):
            inside = q["kind"] in ("direct", "partial") and q["start"] <= pos < q["end"]
            indirect = q["kind"] == "indirect" and q["start"] == s
            if (inside or indirect) and q["speaker"]:
                holder, holder_group = q["speaker"], q["speaker_group"]
                voice = "quote" if inside else "paraphrase"
                break
        else:  # a sentence built around a quote: '"…," said X, adding that the ministry wouldn't …'
            around = [q for q in quotes if q["kind"] == "direct" and s <= q["start"] < e and q["speaker"]]
            if around:
                holder, holder_group, voice = around[0]["speaker"], around[0]["speaker_group"], "paraphrase"
        certainty = levels[hedge.group().lower()]
        negative = certainty == "improbable" or _negated(index, s, e)
        rows.append(
            {
                "article_id": article.article_id,
                "start": s,
                "end": e,
                "text": article.raw[s:e],
                "hedge": hedge.group(),
                "certainty": certainty,
                "holder": holder,
                "holder_group": holder_group,
                "voice": voice,
                "topic": " | ".join(_topics(index, s, e, profile)) or "other",
                "polarity": "negative" if negative else "positive",
            }
        )
    return rows


def expectations_table(articles, profile=None):
    """Every expectation of every article, before `judge` (from `analysis.annotate`)."""
    from .annotate import JUDGED, corpus_frames

    table = corpus_frames(articles, profile)["expectations"]
    return table[[c for c in table.columns if c not in JUDGED]]


# --- outcomes and verdicts ------------------------------------------------------

OUTCOME_COLUMNS = (
    "outcome_id",
    "date",
    "topic",
    "status",
    "outcome",
    "origin",
    "article_id",
    "evidence",
    "source_publisher",
    "source_title",
    "source_date",
    "source_url",
    "source_kind",
    "note",
)
# primary: the record of a party to the event (a government readout, transcript, statement or
# order); secondary: a report of it, cited only where no primary record was found.
SOURCE_KINDS = ("primary", "secondary")
VERDICT_COLUMNS = ("article_id", "opening", "outcomes", "verdict", "reason", "judged_by")


def read_outcomes(path) -> list[dict]:
    """A profile's outcome record; ids are unique, dates are dates, every outcome cites a source outside
    the articles (publisher, title, date, address and kind), and a secondary source says why in `note`."""
    from .errors import ProfileError
    from .profile import parse_date, read_table

    rows, seen = [], set()
    for r in read_table(path, OUTCOME_COLUMNS):
        if not r["outcome_id"] or r["outcome_id"] in seen:
            raise ProfileError(path, r["_line"], "outcome_id", "empty or used twice")
        seen.add(r["outcome_id"])
        parse_date(path, r, "date")
        if r["origin"] not in ("outside", "corpus"):
            raise ProfileError(path, r["_line"], "origin", f"{r['origin']!r}: outside or corpus")
        for col in ("source_publisher", "source_title", "source_date"):
            if not r[col].strip():
                raise ProfileError(path, r["_line"], col, "empty: every outcome cites a source outside the articles")
        if not r["source_url"].startswith(("https://", "http://")):
            raise ProfileError(path, r["_line"], "source_url", f"{r['source_url']!r} is not a web address")
        if r["source_kind"] not in SOURCE_KINDS:
            raise ProfileError(
                path, r["_line"], "source_kind", f"{r['source_kind']!r}: one of {', '.join(SOURCE_KINDS)}"
            )
        if r["source_kind"] == "secondary" and not r["note"].strip():
            raise ProfileError(path, r["_line"], "note", "a secondary source says why no primary record is cited")
        if not r["source_date"].startswith("undated"):  # a source page without a date says so
            parse_date(path, r, "source_date", required=False)
        rows.append({k: v for k, v in r.items() if k != "_line"})
    return rows


def read_verdicts(path, outcome_ids: set[str]) -> tuple[dict, ...]:
    """A profile's recorded verdicts; every outcome they name exists, every verdict is on the scale."""
    from .errors import ProfileError
    from .profile import read_table

    rows = []
    for r in read_table(path, VERDICT_COLUMNS):
        for o in (x.strip() for x in r["outcomes"].split("|")):
            if o and o not in outcome_ids:
                raise ProfileError(path, r["_line"], "outcomes", f"unknown outcome {o!r}")
        if r["verdict"] not in VERDICTS:
            raise ProfileError(path, r["_line"], "verdict", f"{r['verdict']!r}: one of {', '.join(VERDICTS)}")
        rows.append({k: v for k, v in r.items() if k != "_line"})
    return tuple(rows)


def _profile(profile):
    from .profile import load_profile

    return profile or load_profile()


def outcomes_table(profile=None):
    import pandas as pd

    return pd.DataFrame(list(_profile(profile).outcomes), columns=list(OUTCOME_COLUMNS))


def phase_of(published, profile=None) -> str:
    """The publication phase (the profile's phases.csv) a date falls in."""
    import datetime as dt

    if published is None or published != published:  # None, NaN or NaT
        return "undated"
    if isinstance(published, dt.datetime):
        day = published.date()
    elif isinstance(published, dt.date):
        day = published
    else:
        import pandas as pd

        if pd.isna(published):
            return "undated"
        day = pd.Timestamp(published).date()
    for row in _profile(profile).phases:
        if row["start"] <= day <= row["end"]:
            return row["phase"]
    return "other"


def judge(expectations, articles=None, profile=None):
    """Add candidate outcomes (by rule), then the recorded verdict of each expectation.

    Candidate outcomes come from the profile's `expectation_rules.csv` (topic
    → outcomes). Verdicts come from its `verdicts.csv`, a human reading that
    names the outcomes it rests on and gives its reason; an expectation with no
    recorded reading gets the verdict "not judged".
    """
    profile = _profile(profile)
    rules = profile.rules
    verdicts = profile.verdicts
    published = {a.article_id: a.published for a in articles} if articles else {}
    out = expectations.copy()
    candidates, chosen, verdict, reason, judged_by, phase = [], [], [], [], [], []
    for row in out.itertuples():
        cands = []
        for topic in row.topic.split(" | "):
            cands += [o for o in rules.get(topic, []) if o not in cands]
        candidates.append(" | ".join(cands))
        match = [v for v in verdicts if v["article_id"] == row.article_id and row.text.startswith(v["opening"])]
        if match:
            chosen.append(match[0]["outcomes"])
            verdict.append(match[0]["verdict"])
            reason.append(match[0]["reason"])
            judged_by.append(match[0]["judged_by"])
        else:
            chosen.append("")
            verdict.append("not judged")
            reason.append("no human reading recorded; see candidate_outcomes")
            judged_by.append("")
        phase.append(phase_of(published.get(row.article_id), profile))
    out["phase"] = phase
    out["candidate_outcomes"] = candidates
    out["outcomes"] = chosen
    out["verdict"] = verdict
    out["reason"] = reason
    out["judged_by"] = judged_by
    return out


def load_verdict_codebook() -> tuple[dict, ...]:
    """The verdict codebook (`resources/verdict_codebook.csv`): what is judged, the scale, the rules."""
    from .profile import read_table

    return tuple(read_table(paths.RESOURCES / "verdict_codebook.csv", ("kind", "name", "text", "example")))


# the scale of the codebook, then a statement the codebook does not judge, then one with no recorded reading
VERDICTS = [r["name"] for r in load_verdict_codebook() if r["kind"] == "scale"] + ["not an expectation", "not judged"]
