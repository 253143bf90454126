"""Issues and word choice, as spans, each with the voice it is in.

The issues codebook (a profile's `issues.csv`) gives each issue a label, a one-line
definition and the terms (regular expressions) that count as a mention. The
terms list (`terms.csv`) names the words compared across articles: what
each side calls a disputed thing, how places and governments are named; a term
with a `requires` pattern counts only in a sentence where that pattern occurs
too (the referent it is about: "espionage" of the balloon, not of a base in
Cuba). A span's *voice* is ``quote`` when it lies inside a direct or partial
quotation, ``paraphrase`` when it lies in attributed indirect speech (a
speaker's words reported without quotation marks, "according to" included),
and ``reporter`` otherwise (the writer's own words). A term's `hedged` column
names how the writer keeps the label at a distance, if they do: ``hedge``
("alleged", "suspected"), ``so-called``, ``attribution`` ("what the US calls"),
``scare quotes`` (the label alone in quotation marks), from
`resources/distancing.csv`. Reporting verbs come from the quote table's `cue`
column. Both files may give each pattern its literal `cues` (see `analysis.profile`):
a pattern is then searched only in an article holding one of them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from . import paths
from .text import Cues, covering, first_word, fold, sentence_spans, words

QUOTE_MARKS = "\"'“”‘’«»"
# how far before a label a distancing phrase may start (characters): "what the US Defense Department calls a"
DISTANCE = 80


def read_codebook(path) -> tuple[tuple[str, str, str, re.Pattern], ...]:
    """A profile's issues codebook: (issue, label, definition, pattern of its terms)."""
    from .profile import compile_words, read_table

    return tuple(
        (r["issue"], r["label"], r["definition"], compile_words(path, r, "terms"))
        for r in read_table(path, ("issue", "label", "definition", "terms"))
    )


def read_terms(path) -> tuple[tuple[str, str, re.Pattern, re.Pattern | None], ...]:
    """A profile's word-choice terms: (concept, term, pattern, the pattern its sentence requires or None)."""
    from .profile import compile_words, read_table

    return tuple(
        (r["concept"], r["term"], compile_words(path, r, "pattern"), compile_words(path, r, "requires"))
        for r in read_table(path, ("concept", "term", "pattern"))
    )


def read_pattern_cues(path, column: str) -> dict[str, frozenset[str]]:
    """The literal cues of the word patterns in `column` of a profile file, by pattern source (see
    `text.Cues`); none where the file has no `cues` column."""
    from .profile import read_cues, read_table

    out = {}
    for r in read_table(path, (column,)):
        source, cues = (r[column] or "").strip(), read_cues(path, r)
        if source and cues is not None:
            out[source] = out.get(source, frozenset()) | cues  # a pattern given twice: either list holds
    return out


def read_pattern_opens(path, column: str) -> dict[str, bool]:
    """Whether every match of each word pattern in `column` of a profile file begins with one of its cues
    (the `opens` column: yes), by pattern source; a pattern given twice opens so only if both rows say so.
    A row that says so without cues is a bad row."""
    from .profile import read_opens, read_table

    out: dict[str, bool] = {}
    for r in read_table(path, (column,)):
        source, opens = (r[column] or "").strip(), read_opens(path, r)
        if source:
            out[source] = out.get(source, True) and opens
    return out


def load_cues(profile=None):
    """The `text.Cues` of the profile's issue terms and terms."""
    from .profile import load_profile

    return (profile or load_profile()).cues


@cache
def load_distancing() -> tuple[tuple[str, re.Pattern], ...]:
    """The distancing devices of `resources/distancing.csv`: (kind, word pattern)."""
    from .profile import compile_words, read_table

    path = paths.RESOURCES / "distancing.csv"
    return tuple((r["kind"], compile_words(path, r, "pattern")) for r in read_table(path, ("kind", "pattern")))


@cache
def _distancing_cues() -> Cues:
    """The cues of each distancing device (`resources/distancing.csv`), by kind."""
    from .profile import read_cues, read_table

    path = paths.RESOURCES / "distancing.csv"
    return Cues({r["kind"]: cues for r in read_table(path, ("kind", "pattern")) if (cues := read_cues(path, r))})


def hedged(text: str, folded: str, start: int, end: int, sentence_start: int = 0) -> str:
    """How the writer distances the label at text[start:end], or '' (see the module's docstring).

    A device none of whose cues lies in the words searched before the label cannot match there and is
    not looked for (the cues' places are found once for the text: `Cues.found_in`)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if before and after and before in QUOTE_MARKS and after in QUOTE_MARKS:
        return "scare quotes"
    window = max(sentence_start, start - DISTANCE)
    gate = _distancing_cues()
    held = gate.found_in(folded, window, start)
    for kind, pattern in load_distancing():
        if not gate.may_match(kind, held):
            continue
        for m in words(pattern, folded, window, start):
            if len(folded[m.end() : start].split()) <= 2:  # at most two words between ("the alleged Chinese")
                return kind
    return ""


def load_codebook(profile=None):
    from .profile import load_profile

    return (profile or load_profile()).codebook


def load_terms(profile=None):
    from .profile import load_profile

    return (profile or load_profile()).terms


class Voices:
    """Where a text is quoted and where it is paraphrase, from the quote table's rows of one article."""

    def __init__(self, quotes):
        self.quoted = sorted((q["start"], q["end"]) for q in quotes if q["kind"] in ("direct", "partial"))
        self.paraphrased = sorted((q["start"], q["end"]) for q in quotes if q["kind"] == "indirect")
        self._in_quote, self._in_paraphrase = covering(self.quoted), covering(self.paraphrased)

    def at(self, pos: int) -> str:
        """'quote', 'paraphrase' or 'reporter' for the character at `pos` (a quotation inside reported
        speech is a quotation)."""
        if self._in_quote(pos):
            return "quote"
        if self._in_paraphrase(pos):
            return "paraphrase"
        return "reporter"


def issue_mentions(article, quotes, profile=None) -> list[dict]:
    voices = Voices(quotes)
    folded = fold(article.masked)
    cues = load_cues(profile)
    rows = []
    for issue, _, _, pattern in load_codebook(profile):
        for m in cues.matches(pattern, folded):  # none where none of its cues occurs
            rows.append(
                {
                    "article_id": article.article_id,
                    "start": m.start(),
                    "end": m.end(),
                    "issue": issue,
                    "term": article.masked[m.start() : m.end()],
                    "voice": voices.at(m.start()),
                }
            )
    return sorted(rows, key=lambda r: (r["start"], r["issue"]))


def issue_salience(article, mentions, profile=None) -> list[dict]:
    """Mentions and share of sentences per issue, for one article."""
    sentences = sentence_spans(article.masked)
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> int | None:  # sentences do not overlap: a position lies in one at most
        k = bisect_right(starts, pos) - 1
        return k if k >= 0 and pos < sentences[k][1] else None

    rows = []
    for issue, label, _, _ in load_codebook(profile):
        own = [m for m in mentions if m["issue"] == issue]
        hit = {sentence_of(m["start"]) for m in own} - {None}
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
    voices = Voices(quotes)
    text = article.masked
    folded = fold(text)
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        k = bisect_right(starts, pos) - 1
        return sentences[k] if k >= 0 and pos < sentences[k][1] else (pos, pos)

    cues = load_cues(profile)
    rows, taken = [], {}
    for concept, term, pattern, requires in load_terms(profile):
        spans = taken.setdefault(concept, [])
        for m in cues.matches(pattern, folded):  # none where none of its cues occurs
            if any(s <= m.start() < e for s, e in spans):
                continue
            ss, se = sentence_of(m.start())
            if requires is not None and not first_word(requires, folded, ss, max(se, m.end())):
                continue  # not about the referent the term is counted for
            spans.append((m.start(), m.end()))
            rows.append(
                {
                    "article_id": article.article_id,
                    "start": m.start(),
                    "end": m.end(),
                    "concept": concept,
                    "term": term,
                    "text": text[m.start() : m.end()],
                    "voice": voices.at(m.start()),
                    "hedged": hedged(text, folded, m.start(), m.end(), ss),
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
                    "hedged": "",
                }
            )
    return sorted(rows, key=lambda r: (r["start"], r["concept"], r["term"]))


def framing_tables(articles, profile=None):
    """quotes, issue mentions, issue salience and term tables for a list of articles (from `analysis.annotate`)."""
    from .annotate import corpus_frames

    frames = corpus_frames(articles, profile)
    return {name: frames[name] for name in ("quotes", "issue_mentions", "issues", "terms")}
