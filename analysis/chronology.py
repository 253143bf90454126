"""The reference chronology, event mentions, and publication-date inference.

An event profile's `chronology.csv` lists the real events the articles refer
to, each with its dates, cues that recognise a sentence speaking of it (a
sentence mentions the event where `cue_any` matches, or when every pattern of
`cue_all` occurs in it, unless `cue_none` does), a `bound` saying how a
mention can bound the publication date, and the public source of the date.

An undated article is dated by asking, for every day in the chronology's
span, how many of the article's own statements would be true if it had been
published that day:

- a sentence that speaks of an event in the past tense ("the US military had
  shot down…") says the article is not older than the event;
- a sentence that speaks of it in the future tense ("will travel…") says the
  article is older than the event;
- a relative date expression in a sentence that speaks of events ("on Sunday
  and Monday", "at the end of the week") must, resolved against that day,
  overlap one of them.

The days that satisfy the most statements form the inferred interval; the
best single date is its first day (articles tend to appear soon after the
latest event they report). The method knows nothing of file names: a new
article is dated by the same statements. Dated articles are run through it
too, to check it against their headers.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from .dates import RULES, DateExpression, find_expressions, resolve
from .text import first_word, fold, sentence_spans, tenses_of, words

Date = dt.date
RELATIVE_RULES = {r.name for r in RULES if r.needs_anchor}
# An absolute date in a sentence about an event that it does not match is a
# likely error when it lies this close to the event; further away it most
# likely dates another, older event named in the same sentence.
DISCREPANCY_WINDOW_DAYS = 400


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: events are loaded once
class Event:
    event_id: str
    start: Date
    end: Date
    event: str
    kind: str
    bound: str
    cue_any: re.Pattern | None  # the sentence speaks of the event where this matches
    cue_all: tuple[re.Pattern, ...] = ()  # ... or when all of these occur in it (the whole sentence)
    cue_none: re.Pattern | None = None  # ... unless this occurs in it

    @property
    def cue_key(self) -> tuple:
        """Events with the same cues are mentioned together."""
        return (
            self.cue_any.pattern if self.cue_any else None,
            tuple(p.pattern for p in self.cue_all),
            self.cue_none.pattern if self.cue_none else None,
        )

    def find(self, folded: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of folded[start:end] (one sentence of a `fold`ed text) that mentions the event, or None."""
        if self.cue_none is not None and first_word(self.cue_none, folded, start, end):
            return None
        if self.cue_all and all(first_word(p, folded, start, end) for p in self.cue_all):
            return start, end
        if self.cue_any is not None:
            m = first_word(self.cue_any, folded, start, end)
            if m:
                return m.span() if m.end() > m.start() else (start, end)
        return None


BOUNDS = ("both", "future_only")
CHRONOLOGY_COLUMNS = (
    "event_id",
    "start",
    "end",
    "event",
    "label",
    "kind",
    "bound",
    "cue_any",
    "cue_all",
    "cue_none",
    "source_publisher",
    "source_title",
    "source_date",
)


def read_events(path) -> tuple[Event, ...]:
    """The events of a profile's chronology.csv, checked (see `analysis.profile`)."""
    from .errors import ProfileError
    from .profile import compile_words, parse_date, read_table

    events, seen = [], set()
    for row in read_table(path, CHRONOLOGY_COLUMNS):
        line = row["_line"]
        if not row["event_id"] or row["event_id"] in seen:
            raise ProfileError(path, line, "event_id", "empty or used twice")
        seen.add(row["event_id"])
        start, end = parse_date(path, row, "start"), parse_date(path, row, "end")
        if end < start:
            raise ProfileError(path, line, "end", "before start")
        if row["bound"] not in BOUNDS:
            raise ProfileError(path, line, "bound", f"{row['bound']!r}: one of {', '.join(BOUNDS)}")
        every = []
        for part in (row["cue_all"] or "").split(" && "):
            if part.strip():
                every.append(compile_words(path, {**row, "cue_all": part}, "cue_all"))
        any_ = compile_words(path, row, "cue_any")
        if any_ is None and not every:
            raise ProfileError(path, line, "cue_any", "an event needs cue_any or cue_all")
        parse_date(path, row, "source_date", required=False)
        events.append(
            Event(
                row["event_id"],
                start,
                end,
                row["event"],
                row["kind"],
                row["bound"],
                any_,
                tuple(every),
                compile_words(path, row, "cue_none"),
            )
        )
    return tuple(events)


def load_events(path: str | None = None) -> tuple[Event, ...]:
    """The events of the chronology at `path`, else of the default event profile."""
    if path is not None:
        return _read_events_cached(str(path))
    from .profile import load_profile

    return load_profile().events


@cache
def _read_events_cached(path: str) -> tuple[Event, ...]:
    return read_events(path)


def chronology_table(profile=None):
    """The profile's chronology as a table (dates as datetimes)."""
    import pandas as pd

    from .profile import load_profile

    profile = profile or load_profile()
    df = pd.read_csv(profile.file("chronology.csv"), keep_default_na=False, comment="#")
    for col in ("start", "end", "source_date"):
        df[col] = pd.to_datetime(df[col]).astype("datetime64[s]")
    return df


@dataclass(frozen=True)
class Mention:
    """A sentence that speaks of one or more events sharing a cue."""

    start: int  # of the cue match in raw
    end: int
    sentence_start: int
    sentence_end: int
    events: tuple[Event, ...]
    tense: str


def event_mentions(masked: str, events: tuple[Event, ...] | None = None) -> list[Mention]:
    """Mentions of chronology events, one per sentence and cue."""
    events = load_events() if events is None else events
    return list(_event_mentions(masked, events))


@lru_cache(maxsize=256)
def _event_mentions(masked: str, events: tuple[Event, ...]) -> tuple[Mention, ...]:
    found = []
    folded = fold(masked)
    by_cue: dict[tuple, list[Event]] = {}  # events sharing their cues are one mention
    for ev in events:
        by_cue.setdefault(ev.cue_key, []).append(ev)
    sentences = sentence_spans(masked)
    to_try: dict[int, list] = {}  # sentence → the groups whose cues may match in it, in order
    for group in (tuple(g) for g in by_cue.values()):
        for k in _may_mention(group[0], folded, sentences):
            to_try.setdefault(k, []).append(group)
    for k in sorted(to_try):
        ss, se = sentences[k]
        for group in to_try[k]:
            span = group[0].find(folded, ss, se)
            if span:
                tenses = tenses_of(masked)
                s, e = span
                found.append(Mention(s, e, ss, se, group, tenses.at(ss, se, s, e)))
    return tuple(found)


def _may_mention(ev: Event, folded: str, sentences) -> list[int]:
    """The sentences in which the event's cues match (a first pass over the whole text, one search per
    cue; `Event.find` then decides, sentence by sentence)."""
    found = _sentences_with(ev.cue_any, folded, sentences) if ev.cue_any is not None else set()
    if ev.cue_all:
        found |= set.intersection(*(_sentences_with(p, folded, sentences) for p in ev.cue_all))
    return sorted(found)


def _sentences_with(pattern: re.Pattern, folded: str, sentences) -> set[int]:
    """The indices of `sentences` (sorted (start, end) pairs) in which `pattern` matches (see `text.words`)."""
    starts = [s for s, _ in sentences]
    found = set()
    for m in words(pattern, folded):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= sentences[k][1]:
            found.add(k)
            continue
        # a match that is not inside one sentence: each sentence it touches is searched on its own
        last = bisect_right(starts, max(m.end() - 1, m.start())) - 1
        found.update(j for j in range(max(k, 0), last + 1) if first_word(pattern, folded, *sentences[j]))
    return found


# --- constraints ------------------------------------------------------------


@dataclass(frozen=True)
class Constraint:
    kind: str  # "reported event", "anticipated event", "relative date"
    start: int
    end: int
    text: str
    events: tuple[Event, ...]
    expression: DateExpression | None = None

    def holds(self, day: Date) -> bool:
        if self.kind == "reported event":
            return any(day >= ev.start for ev in self.events)
        if self.kind == "anticipated event":
            return any(day < ev.start for ev in self.events)
        r = resolve(self.expression, day)
        return r.start is not None and any(r.start <= ev.end and ev.start <= r.end for ev in self.events)


def constraints(raw: str, masked: str, events: tuple[Event, ...] | None = None) -> list[Constraint]:
    """Every statement of an article that bounds its publication date."""
    mentions = event_mentions(masked, events)
    out = []
    for m in mentions:
        if m.tense == "future":
            out.append(Constraint("anticipated event", m.start, m.end, raw[m.start : m.end], m.events))
        elif m.tense == "past":
            bounding = tuple(ev for ev in m.events if ev.bound == "both")
            if bounding:
                out.append(Constraint("reported event", m.start, m.end, raw[m.start : m.end], bounding))
    by_sentence: dict[tuple[int, int], list[Event]] = {}
    for m in mentions:
        by_sentence.setdefault((m.sentence_start, m.sentence_end), []).extend(m.events)
    for expr in find_expressions(masked):
        linked = by_sentence.get((expr.sentence_start, expr.sentence_end))
        if linked and expr.rule in RELATIVE_RULES:
            out.append(Constraint("relative date", expr.start, expr.end, expr.text, tuple(dict.fromkeys(linked)), expr))
    return sorted(out, key=lambda c: (c.start, c.kind))


@dataclass
class Inference:
    earliest: Date | None
    latest: Date | None
    best: Date | None
    satisfied: int
    total: int
    evidence: list[dict]


def window(events: tuple[Event, ...] | None = None) -> tuple[Date, Date]:
    """The days searched when no window is given: the first event to a year after the last."""
    events = load_events() if events is None else events
    return min(e.start for e in events), max(e.end for e in events) + dt.timedelta(days=365)


@lru_cache(maxsize=16)
def _days(first: Date, last: Date) -> tuple[Date, ...]:
    return tuple(first + dt.timedelta(days=i) for i in range((last - first).days + 1))


_ALLOWED: dict[tuple, object] = {}


def _allowed_days(c: Constraint, days: tuple[Date, ...]):
    """The days of `days` on which statement `c` holds, as a boolean array.

    Remembered by what the statement says (its kind, events and, for a
    relative date, the expression's rule, words and tense), not by where it
    stands: a corpus says "on Sunday" of the same event many times, and each
    distinct statement is resolved against every day once.
    """
    import numpy as np

    e = c.expression
    key = (c.kind, c.events, days[0], days[-1], (e.rule, tuple(e.groups.items()), e.text, e.tense) if e else None)
    column = _ALLOWED.get(key)
    if column is None:
        if c.kind == "reported event":  # event statements are thresholds
            since = min(ev.start for ev in c.events)
            column = np.array([d >= since for d in days])
        elif c.kind == "anticipated event":
            before = max(ev.start for ev in c.events)
            column = np.array([d < before for d in days])
        else:
            column = np.array([c.holds(d) for d in days])
        if len(_ALLOWED) >= 4096:
            _ALLOWED.clear()
        _ALLOWED[key] = column
    return column


def infer_publication(
    raw: str, masked: str, events: tuple[Event, ...] | None = None, days_between: tuple[Date, Date] | None = None
) -> Inference:
    """The publication interval the article's own statements allow (see module doc).

    The days tried are `days_between` (a profile's window), else `window(events)`.
    The result is shared between calls on the same text: do not change it.
    """
    events = load_events() if events is None else events
    return _infer(raw, masked, events, days_between)


@lru_cache(maxsize=8)
def _infer(raw: str, masked: str, events: tuple[Event, ...], days_between) -> Inference:
    import numpy as np

    cons = constraints(raw, masked, events)
    if not cons:
        return Inference(None, None, None, 0, 0, [])
    days = _days(*(days_between or window(events)))
    columns = [_allowed_days(c, days) for c in cons]
    scores = np.sum(columns, axis=0)
    top = int(scores.max())
    best = np.flatnonzero(scores == top)
    earliest, latest = days[best[0]], days[best[-1]]
    evidence = []
    for c, column in zip(cons, columns):
        allowed = np.flatnonzero(column)
        lo = days[allowed[0]] if len(allowed) and allowed[0] > 0 else None
        hi = days[allowed[-1]] if len(allowed) and allowed[-1] < len(days) - 1 else None
        binds = []
        if lo is not None and lo == earliest:
            binds.append("earliest")
        if hi is not None and hi == latest:
            binds.append("latest")
        evidence.append(
            {
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "kind": c.kind,
                "events": " | ".join(ev.event_id for ev in c.events),
                "allows_from": lo,
                "allows_to": hi,
                "holds": bool(column[best[0]]),
                "binds": " and ".join(binds),
            }
        )
    return Inference(earliest, latest, earliest, top, len(cons), evidence)


# --- tables -----------------------------------------------------------------


def expression_rows(article, anchor: Date | None, anchor_source: str, events=None) -> list[dict]:
    """One row per date expression of an article, resolved against `anchor`."""
    events = load_events() if events is None else events
    mentions = event_mentions(article.masked, events)
    by_sentence: dict[tuple[int, int], list[Event]] = {}
    for m in mentions:
        by_sentence.setdefault((m.sentence_start, m.sentence_end), []).extend(m.events)
    rows = []
    for expr in find_expressions(article.masked):
        r = resolve(expr, anchor)
        linked = list(dict.fromkeys(by_sentence.get((expr.sentence_start, expr.sentence_end), [])))
        matching = [ev.event_id for ev in linked if r.start and r.start <= ev.end and ev.start <= r.end]
        rows.append(
            {
                "article_id": article.article_id,
                "start": expr.start,
                "end": expr.end,
                "text": expr.text,
                "resolved_start": r.start,
                "resolved_end": r.end,
                "granularity": r.granularity,
                "rule": expr.rule,
                "tense": expr.tense,
                "anchor": (anchor_source if uses_anchor(expr) else "none needed") if r.start else "none",
                "sentence_events": " | ".join(ev.event_id for ev in linked),
                "matches": " | ".join(matching),
            }
        )
    return rows


def uses_anchor(expr: DateExpression) -> bool:
    """Whether resolving `expr` needs the publication date (no year of its own)."""
    return expr.rule in RELATIVE_RULES or not (expr.groups["year"] or expr.groups["year2"])


def referent(events: tuple[Event, ...], tense: str, published: Date | None) -> Event:
    """The event a mention most likely means, when its cue fits several.

    Said in the future tense, the first event still to come; in the past, the
    latest already begun; otherwise (or with no date) the nearest.
    """
    if len(events) == 1 or published is None:
        return events[0]
    coming = [e for e in events if e.start > published]
    begun = [e for e in events if e.start <= published]
    if tense == "future" and coming:
        return min(coming, key=lambda e: e.start)
    if tense == "past" and begun:
        return max(begun, key=lambda e: e.start)
    return min(events, key=lambda e: abs((e.start - published).days))


def mention_rows(article, published: Date | None, events=None) -> list[dict]:
    """One row per event mention (its span is the sentence that speaks of the event), with the lag from
    event to article in days."""
    rows = []
    for m in event_mentions(article.masked, events):
        ev = referent(m.events, m.tense, published)
        rows.append(
            {
                "article_id": article.article_id,
                "start": m.sentence_start,
                "end": m.sentence_end,
                "text": article.raw[m.sentence_start : m.sentence_end],
                "event_id": ev.event_id,
                "event_start": ev.start,
                "tense": m.tense,
                "lag_days": (published - ev.start).days if published else None,
            }
        )
    return rows


def discrepancy_rows(expressions: list[dict], events=None) -> list[dict]:
    """Absolute dates that miss the event their sentence speaks of, by a year or less."""
    events = {e.event_id: e for e in (load_events() if events is None else events)}
    rows = []
    for row in expressions:
        if (
            row["rule"] in RELATIVE_RULES
            or row["resolved_start"] is None
            or row["matches"]
            or not row["sentence_events"]
        ):
            continue
        for event_id in row["sentence_events"].split(" | "):
            ev = events[event_id]
            gap = max((ev.start - row["resolved_end"]).days, (row["resolved_start"] - ev.end).days)
            if 0 < gap <= DISCREPANCY_WINDOW_DAYS:
                rows.append(
                    {
                        **{k: row[k] for k in ("article_id", "start", "end", "text", "resolved_start", "resolved_end")},
                        "event_id": event_id,
                        "event_start": ev.start,
                        "event_end": ev.end,
                        "gap_days": gap,
                    }
                )
    return rows


def _events(profile):
    from .profile import load_profile

    return (profile or load_profile()).events


def _table(name: str, articles, profile=None):
    from .annotate import corpus_frames

    return corpus_frames(articles, profile)[name]


def time_expressions_table(articles, profile=None):
    """Every date expression of every article, resolved against its (header or inferred) date."""
    return _table("time_expressions", articles, profile)


def mentions_table(articles, profile=None):
    """Every sentence that speaks of a chronology event, with the lag from event to article."""
    return _table("event_mentions", articles, profile)


def discrepancies_table(articles, profile=None):
    """Absolute dates that miss the event their sentence speaks of, by a year or less."""
    return _table("date_discrepancies", articles, profile)


def date_evidence_table(articles, profile=None):
    """For each article, the statements that bound its publication date.

    Dated articles are included too: their interval, computed without the
    header, shows whether the method would have found the stated date.
    """
    return _table("date_evidence", articles, profile)
