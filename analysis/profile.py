"""Event profiles: everything the package knows about one event, as data.

A profile is a folder, ``events/NAME/``, holding ``event.toml`` (title, the
window undated articles are dated in, the timeline's panels, the actor groups
and their colours, the articles shown with their reading) and CSV files: the
cited chronology with the cues that recognise a sentence about each event,
the actors and the words that name them, the issues codebook, the word-choice
terms, the fallback topics of expectations, the outcomes, the expectation
rules, the recorded verdicts, the publication phases and the sources of the
profile's own articles. The package's code names no event: it reads them here.

`load_profile(folder)` reads and checks a profile once; a bad value is a
`ProfileError` naming the file, the line and the column (an invalid regular
expression, a date that is not a date, an unknown event, outcome or group).
With no folder, the profile is ``$ANALYSIS_EVENT`` or the one whose
``event.toml`` says ``default = true``.

CSV files of profiles and of ``analysis/resources/`` may open with comment
lines starting with ``#`` that say what the file is and how a row is read.

The files holding word patterns that are searched over whole articles (the
issues codebook, the terms, the chronology) may have a ``cues`` column: the
literal words, lower case and ``|``-separated, one of which every match
contains (`read_cues`), so that a pattern is searched only in an article
where one of them occurs (`text.Cues`). A file without the column (a profile
written before it) has its patterns searched in every article.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import paths
from .errors import ProfileError

Date = dt.date


def read_table(path: Path, columns: tuple[str, ...] = ()) -> list[dict]:
    """Rows of a CSV file that may open with ``#`` comment lines; each row carries its file line as `_line`.

    A missing file or a missing column is a `ProfileError`.
    """
    path = Path(path)
    if not path.is_file():
        raise ProfileError(path, None, None, "no such file")
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    skipped = 0
    while skipped < len(lines) and lines[skipped].startswith("#"):
        skipped += 1
    reader = csv.DictReader(lines[skipped:])
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise ProfileError(path, skipped + 1, missing[0], "missing column")
    rows = []
    for row in reader:
        if not any(v for v in row.values() if v):
            continue
        row["_line"] = skipped + reader.line_num
        rows.append(row)
    return rows


def compile_pattern(path: Path, row: dict, column: str, flags: int = 0) -> re.Pattern | None:
    """The regular expression in `row[column]` (None when empty); a bad one names file, line and column."""
    source = (row.get(column) or "").strip()
    if not source:
        return None
    try:
        return re.compile(source, flags)
    except re.error as e:
        raise ProfileError(path, row["_line"], column, f"invalid regular expression: {e}") from None


def compile_words(path: Path, row: dict, column: str) -> re.Pattern | None:
    """A word pattern (issue terms, terms, event cues): a regular expression in lower case, matched
    against the lower-cased text from the start of a word (`analysis.text.words`), so no leading
    ``\\b`` is needed. A capital letter outside an escape is reported, since it could never match."""
    from .text import is_lower_case

    source = (row.get(column) or "").strip()
    if source and not is_lower_case(source):
        raise ProfileError(path, row["_line"], column, "write word patterns in lower case: they are matched case aside")
    return compile_pattern(path, row, column, re.S)


def read_cues(path: Path, row: dict, column: str = "cues") -> frozenset[str] | None:
    """The literal cues of a row's word pattern (see `text.Cues`): `|`-separated lower-case words or phrases,
    one of which every match of the pattern contains. None where the file has no such column (a profile
    written before cues were) or the row leaves it empty: that pattern is always searched. An empty cue
    inside a list ("a||b") or one with a capital letter is a bad row."""
    if not (row.get(column) or "").strip():
        return None
    cues = [c.strip() for c in (row[column] or "").split("|")]
    for cue in cues:
        if not cue:
            raise ProfileError(path, row["_line"], column, "an empty cue: give words one of which every match contains")
        if cue != cue.lower():
            raise ProfileError(path, row["_line"], column, f"write cues in lower case: {cue!r}")
    return frozenset(cues)


def read_opens(path: Path, row: dict) -> bool:
    """Whether every match of a row's pattern begins with one of its cues (the `opens` column: yes; see
    `text.words_at`). Anything but yes or empty, or yes on a row without cues, is a bad row."""
    opens = (row.get("opens") or "").strip()
    if opens not in ("", "yes") or (opens and read_cues(path, row) is None):
        raise ProfileError(path, row["_line"], "opens", "yes (for a row with cues) or empty")
    return opens == "yes"


def _opening(*opens: dict[str, bool]) -> set[str]:
    """The word patterns that every file giving them says open with one of their cues (`framing.read_pattern_opens`)."""
    every: dict[str, bool] = {}
    for flags in opens:
        for source, flag in flags.items():
            every[source] = every.get(source, True) and flag
    return {source for source, flag in every.items() if flag}


def read_group_rules(path: Path, groups: set[str]) -> tuple[tuple[str, re.Pattern], ...]:
    """A profile's group rules (optional file): for a speaker not in actors.csv, the first rule whose word
    pattern matches the speaker's title and affiliation (as the text gives them) places them in its group."""
    if not path.exists():
        return ()
    out = []
    for row in read_table(path, ("group", "pattern")):
        if row["group"] not in groups:
            raise ProfileError(path, row["_line"], "group", f"{row['group']!r} is no group of event.toml")
        out.append((row["group"], compile_words(path, row, "pattern")))
    return tuple(out)


def parse_date(path: Path, row: dict, column: str, required: bool = True) -> Date | None:
    value = (row.get(column) or "").strip()
    if not value and not required:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise ProfileError(path, row["_line"], column, f"{value!r} is not a date (YYYY-MM-DD)") from None


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a profile is loaded once
class Profile:
    """One event, loaded and checked."""

    name: str
    folder: Path
    title: str
    subject: str
    summary: str
    corpus: Path
    window: tuple[Date, Date]
    timeline: dict
    groups: dict[str, str]
    showcase: tuple[str, ...]
    framing: dict = field(default_factory=dict)
    events: tuple = ()
    actors: dict = field(default_factory=dict)
    actor_pattern: object = None  # the actor variants, found with `text.Phrases`
    variants: dict = field(default_factory=dict)
    codebook: tuple = ()
    terms: tuple = ()
    topics: tuple = ()
    outcomes: tuple = ()
    rules: dict = field(default_factory=dict)
    verdicts: tuple = ()
    phases: tuple = ()
    sources: dict = field(default_factory=dict)
    group_rules: tuple = ()  # (group, word pattern) in order: where an unlisted speaker's title or affiliation matches
    cues: object = None  # `text.Cues` of the issue terms and the terms, by pattern source

    def file(self, name: str) -> Path:
        return self.folder / name

    def event(self, event_id: str):
        return next(e for e in self.events if e.event_id == event_id)


def default_folder() -> Path:
    """$ANALYSIS_EVENT, else the profile under events/ whose event.toml says `default = true`."""
    named = os.environ.get("ANALYSIS_EVENT")
    if named:
        return Path(named)
    return _marked_default(str(paths.EVENTS))


@lru_cache(maxsize=4)
def _marked_default(events: str) -> Path:
    """The profile folder under `events` whose event.toml says `default = true` (read once)."""
    for toml in sorted(Path(events).glob("*/event.toml")):
        with open(toml, "rb") as f:
            if tomllib.load(f).get("default") is True:
                return toml.parent
    raise ProfileError(Path(events), None, None, "no event profile says `default = true`; set $ANALYSIS_EVENT")


@lru_cache(maxsize=64)
def _resolved(folder: str) -> str:
    return str(Path(folder).resolve())


def load_profile(folder: Path | str | None = None) -> Profile:
    """The profile in `folder` (default: `default_folder()`), read and checked once; asked for once per
    article, so finding and resolving the folder is cached too."""
    return _load(_resolved(str(folder or default_folder())))


@lru_cache(maxsize=8)
def _load(folder: str) -> Profile:
    from .chronology import read_events
    from .expectations import read_outcomes, read_topics, read_verdicts
    from .framing import read_codebook, read_pattern_cues, read_pattern_opens, read_terms
    from .quotes import read_actors
    from .text import Cues

    root = Path(folder)
    toml_path = root / "event.toml"
    if not toml_path.is_file():
        raise ProfileError(root, None, None, "not an event profile (no event.toml)")
    try:
        with open(toml_path, "rb") as f:
            meta = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ProfileError(toml_path, None, None, f"not valid TOML: {e}") from None

    def key(*names, kind=None, default=None):
        value = meta
        for n in names:
            if not isinstance(value, dict) or n not in value:
                if default is not None:
                    return default
                raise ProfileError(toml_path, None, ".".join(names), "missing")
            value = value[n]
        if kind is not None and not isinstance(value, kind):
            raise ProfileError(toml_path, None, ".".join(names), f"should be {kind.__name__}")
        return value

    window = (key("window", "start", kind=Date), key("window", "end", kind=Date))
    groups = dict(key("groups", kind=dict))
    events = read_events(root / "chronology.csv")
    known = {e.event_id for e in events}
    timeline = dict(key("timeline", kind=dict))
    for i, panel in enumerate(timeline.get("panels", [])):
        if not (isinstance(panel, list) and len(panel) == 2 and all(isinstance(d, Date) for d in panel)):
            raise ProfileError(toml_path, None, f"timeline.panels[{i}]", "should be a pair of dates")
    for name in ("planned", "hidden"):
        for event_id in timeline.get(name, []):
            if event_id not in known:
                raise ProfileError(toml_path, None, f"timeline.{name}", f"unknown event {event_id!r}")
    actors, pattern, variants = read_actors(root / "actors.csv", set(groups))
    outcomes = read_outcomes(root / "outcomes.csv")
    outcome_ids = {o["outcome_id"] for o in outcomes}
    rules = {}
    rules_path = root / "expectation_rules.csv"
    for row in read_table(rules_path, ("topic", "outcomes")):
        ids = [o.strip() for o in row["outcomes"].split("|") if o.strip()]
        for o in ids:
            if o not in outcome_ids:
                raise ProfileError(rules_path, row["_line"], "outcomes", f"unknown outcome {o!r}")
        rules[row["topic"]] = ids
    phases_path = root / "phases.csv"
    phases = tuple(
        {
            "phase": r["phase"],
            "start": parse_date(phases_path, r, "start"),
            "end": parse_date(phases_path, r, "end"),
            "description": r.get("description", ""),
        }
        for r in read_table(phases_path, ("phase", "start", "end"))
    )
    sources = {
        r["sha256"]: {k: v for k, v in r.items() if k != "_line"}
        for r in read_table(root / "sources.csv", ("article_id", "sha256", "outlet", "author"))
    }
    group_rules = read_group_rules(root / "group_rules.csv", set(groups))
    corpus = paths.ROOT / key("corpus", kind=str)
    terms = read_terms(root / "terms.csv")
    framing = dict(key("framing", kind=dict, default={}) or {})
    concepts, names = {t[0] for t in terms}, {t[1] for t in terms}
    for k in ("label_concept",):
        if k in framing and framing[k] not in concepts:
            raise ProfileError(toml_path, None, f"framing.{k}", f"{framing[k]!r} is no concept of terms.csv")
    for k in ("loaded_terms", "counter_terms"):
        for t in framing.get(k, []):
            if t not in names:
                raise ProfileError(toml_path, None, f"framing.{k}", f"{t!r} is no term of terms.csv")
    for k in ("name_concepts", "compare_concepts"):
        for c in framing.get(k, []):
            if c not in concepts:
                raise ProfileError(toml_path, None, f"framing.{k}", f"{c!r} is no concept of terms.csv")
    return Profile(
        name=root.name,
        folder=root,
        title=key("title", kind=str),
        subject=key("subject", kind=str, default=""),
        summary=key("summary", kind=str, default=""),
        corpus=corpus,
        window=window,
        timeline=timeline,
        groups=groups,
        showcase=tuple(key("showcase", "articles", kind=list, default=[]) or ()),
        framing=framing,
        group_rules=group_rules,
        events=events,
        actors=actors,
        actor_pattern=pattern,
        variants=variants,
        codebook=read_codebook(root / "issues.csv"),
        terms=terms,
        topics=read_topics(root / "expectation_topics.csv"),
        outcomes=tuple(outcomes),
        rules=rules,
        verdicts=read_verdicts(root / "verdicts.csv", outcome_ids),
        phases=phases,
        sources=sources,
        cues=Cues(
            {**read_pattern_cues(root / "issues.csv", "terms"), **read_pattern_cues(root / "terms.csv", "pattern")},
            opening=_opening(
                read_pattern_opens(root / "issues.csv", "terms"), read_pattern_opens(root / "terms.csv", "pattern")
            ),
        ),
    )
