"""Issues and word choice, as spans, each with the voice it is in.

The issues codebook (`data/issues.csv`) gives each issue a label, a one-line
definition and the terms (regular expressions) that count as a mention. The
terms list (`data/terms.csv`) names the words compared across articles: what
the balloon is called, how Taiwan and China are named. A span's *voice* is
``quote`` when it lies inside a direct or partial quotation and ``reporter``
otherwise; reporting verbs come from the quote table's `cue` column.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from . import paths, scan
from .dates import sentence_spans


@lru_cache(maxsize=None)
def load_codebook() -> tuple[tuple[str, str, str, re.Pattern], ...]:
    with open(paths.DATA / "issues.csv", encoding="utf-8", newline="") as f:
        return tuple((r["issue"], r["label"], r["definition"], re.compile(rf"\b(?:{r['terms']})", re.I))
                     for r in csv.DictReader(f))


@lru_cache(maxsize=None)
def load_terms() -> tuple[tuple[str, str, re.Pattern], ...]:
    with open(paths.DATA / "terms.csv", encoding="utf-8", newline="") as f:
        return tuple((r["concept"], r["term"], re.compile(r["pattern"])) for r in csv.DictReader(f))


def _voice(pos: int, quoted: list[tuple[int, int]]) -> str:
    return "quote" if any(s <= pos < e for s, e in quoted) else "reporter"


def _quoted(quotes) -> list[tuple[int, int]]:
    return [(q["start"], q["end"]) for q in quotes if q["kind"] in ("direct", "partial")]


def issue_mentions(article, quotes) -> list[dict]:
    quoted = _quoted(quotes)
    index = scan.index(article.masked)
    rows = []
    for issue, _, _, pattern in load_codebook():
        for m in index.finditer(pattern):
            rows.append({"article_id": article.article_id, "start": m.start(), "end": m.end(),
                         "issue": issue, "term": m.group(), "voice": _voice(m.start(), quoted)})
    return sorted(rows, key=lambda r: (r["start"], r["issue"]))


def issue_salience(article, mentions) -> list[dict]:
    """Mentions and share of sentences per issue, for one article."""
    sentences = sentence_spans(article.masked)
    rows = []
    for issue, label, _, _ in load_codebook():
        own = [m for m in mentions if m["issue"] == issue]
        hit = {i for i, (s, e) in enumerate(sentences) for m in own if s <= m["start"] < e}
        rows.append({"article_id": article.article_id, "issue": issue, "label": label, "mentions": len(own),
                     "share": round(len(hit) / len(sentences), 3) if sentences else 0.0})
    return rows


def term_mentions(article, quotes) -> list[dict]:
    quoted = _quoted(quotes)
    index = scan.index(article.masked)
    rows, taken = [], {}
    for concept, term, pattern in load_terms():
        spans = taken.setdefault(concept, [])
        for m in index.finditer(pattern):
            if any(s <= m.start() < e for s, e in spans):
                continue
            spans.append((m.start(), m.end()))
            rows.append({"article_id": article.article_id, "start": m.start(), "end": m.end(),
                         "concept": concept, "term": term, "text": m.group(), "voice": _voice(m.start(), quoted)})
    for q in quotes:  # one speech act each: a partial quote shares its sentence's cue
        if q["cue"] and q["kind"] != "partial":
            rows.append({"article_id": article.article_id, "start": q["start"], "end": q["end"],
                         "concept": "reporting verb", "term": q["cue"], "text": q["cue"],
                         "voice": "reporter"})
    return sorted(rows, key=lambda r: (r["start"], r["concept"], r["term"]))


def framing_tables(articles):
    """quotes, issue mentions, issue salience and term tables for a list of articles."""
    import pandas as pd

    from .quotes import QUOTE_COLUMNS, extract_quotes

    quotes, mentions, salience, terms = [], [], [], []
    for a in articles:
        q = extract_quotes(a)
        m = issue_mentions(a, q)
        quotes += q
        mentions += m
        salience += issue_salience(a, m)
        terms += term_mentions(a, q)
    return {
        "quotes": pd.DataFrame(quotes, columns=QUOTE_COLUMNS),
        "issue_mentions": pd.DataFrame(mentions, columns=["article_id", "start", "end", "issue", "term", "voice"]),
        "issues": pd.DataFrame(salience, columns=["article_id", "issue", "label", "mentions", "share"]),
        "terms": pd.DataFrame(terms, columns=["article_id", "start", "end", "concept", "term", "text", "voice"]),
    }
