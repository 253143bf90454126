"""Issues and word choice, as spans, each with the voice it is in.

The issues codebook (a profile's `issues.csv`) gives each issue a label, a one-line
definition and the terms (regular expressions) that count as a mention. The
terms list (`terms.csv`) names the words compared across articles: what
each side calls a disputed thing, how places and governments are named. A span's *voice* is
``quote`` when it lies inside a direct or partial quotation and ``reporter``
otherwise; reporting verbs come from the quote table's `cue` column.
"""

from __future__ import annotations

import re

from .text import fold, sentence_spans, words


def read_codebook(path) -> tuple[tuple[str, str, str, re.Pattern], ...]:
    """A profile's issues codebook: (issue, label, definition, pattern of its terms)."""
    from .profile import compile_words, read_table

    return tuple(
        (r["issue"], r["label"], r["definition"], compile_words(path, r, "terms"))
        for r in read_table(path, ("issue", "label", "definition", "terms"))
    )


def read_terms(path) -> tuple[tuple[str, str, re.Pattern], ...]:
    """A profile's word-choice terms: (concept, term, pattern)."""
    from .profile import compile_words, read_table

    return tuple(
        (r["concept"], r["term"], compile_words(path, r, "pattern"))
        for r in read_table(path, ("concept", "term", "pattern"))
    )


def load_codebook(profile=None):
    from .profile import load_profile

    return (profile or load_profile()).codebook


def load_terms(profile=None):
    from .profile import load_profile

    return (profile or load_profile()).terms


def _voice(pos: int, quoted: list[tuple[int, int]]) -> str:
    return "quote" if any(s <= pos < e for s, e in quoted) else "reporter"


def _quoted(quotes) -> list[tuple[int, int]]:
    return [(q["start"], q["end"]) for q in quotes if q["kind"] in ("direct", "partial")]


def issue_mentions(article, quotes, profile=None) -> list[dict]:
    quoted = _quoted(quotes)
    folded = fold(article.masked)
    rows = []
    for issue, _, _, pattern in load_codebook(profile):
        for m in words(pattern, folded):
            rows.append(
                {
                    "article_id": article.article_id,
                    "start": m.start(),
                    "end": m.end(),
                    "issue": issue,
                    "term": article.masked[m.start() : m.end()],
                    "voice": _voice(m.start(), quoted),
                }
            )
    return sorted(rows, key=lambda r: (r["start"], r["issue"]))


def issue_salience(article, mentions, profile=None) -> list[dict]:
    """Mentions and share of sentences per issue, for one article."""
    sentences = sentence_spans(article.masked)
    rows = []
    for issue, label, _, _ in load_codebook(profile):
        own = [m for m in mentions if m["issue"] == issue]
        hit = {i for i, (s, e) in enumerate(sentences) for m in own if s <= m["start"] < e}
        rows.append(
            {
                "article_id": article.article_id,
                "issue": issue,
                "label": label,
                "mentions": len(own),
                "share": round(len(hit) / len(sentences), 3) if sentences else 0.0,
            }
        )
    return rows


def term_mentions(article, quotes, profile=None) -> list[dict]:
    quoted = _quoted(quotes)
    folded = fold(article.masked)
    rows, taken = [], {}
    for concept, term, pattern in load_terms(profile):
        spans = taken.setdefault(concept, [])
        for m in words(pattern, folded):
            if any(s <= m.start() < e for s, e in spans):
                continue
            spans.append((m.start(), m.end()))
            rows.append(
                {
                    "article_id": article.article_id,
                    "start": m.start(),
                    "end": m.end(),
                    "concept": concept,
                    "term": term,
                    "text": article.masked[m.start() : m.end()],
                    "voice": _voice(m.start(), quoted),
                }
            )
    for q in quotes:  # one speech act each: a partial quote shares its sentence's cue
        if q["cue"] and q["kind"] != "partial":
            rows.append(
                {
                    "article_id": article.article_id,
                    "start": q["start"],
                    "end": q["end"],
                    "concept": "reporting verb",
                    "term": q["cue"],
                    "text": article.raw[q["start"] : q["end"]],  # the speech act the verb reports
                    "voice": "reporter",
                }
            )
    return sorted(rows, key=lambda r: (r["start"], r["concept"], r["term"]))


def framing_tables(articles, profile=None):
    """quotes, issue mentions, issue salience and term tables for a list of articles (from `analysis.annotate`)."""
    from .annotate import corpus_frames

    frames = corpus_frames(articles, profile)
    return {name: frames[name] for name in ("quotes", "issue_mentions", "issues", "terms")}
