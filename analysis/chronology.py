"""The reference chronology, event mentions, and publication-date inference.

An event profile's `chronology.csv` lists the real events the articles refer
to, each with its dates, cues that recognise a sentence speaking of it (a
sentence mentions the event where `cue_any` matches, or when every pattern of
`cue_all` occurs in it, unless `cue_none` does), a `bound` saying how a
mention can bound the publication date, and the public source of the date.
Its optional `cues` column names literal words one of which every such
sentence holds: an event is looked for only in an article holding one.

An undated article is dated by the statements it makes about its own time,
each of which allows some days and rules out others (`constraints`):

- the page's own date stamps ("Published June 19, 2023" on a line of its
  own) and the dateline that opens the story ("BEIJING, June 19 (Reuters) -");
- the date line that heads a transcript ("FEBRUARY 3, 2023" just before the
  first "SECRETARY BLINKEN:"): the remarks were made that day, so the page is
  not older; what the speakers call "today" is read against it, and says
  nothing of the page's own day;
- dates the text gives with their year: one reported as past says the
  article is not older ("on February 3, 2023"), one still to come that it is
  not newer; a year-less date said in the past is not after publication
  (nor, a range, "met on September 16-17", its last day),
  and is of its year unless just across the new year ("on December 28"
  written in January); one written with its weekday ("Monday, June 19")
  names its year;
- a sentence that speaks of a chronology event in the past tense ("the US
  military had shot down…") says the article is not older than the event;
  one in the future tense ("will travel…") that it is not newer than the
  event's last day, unless the past statements leave only days on which the
  event is over (the cue then names another, coming occurrence); an event named
  in an invitation to come ("welcomed the minister to visit") is still to come. A sentence
  whose cues fit several events says only what holds for one of them; one
  found by `cue_all` words takes its tense at the first of them (none where
  they lie in two coordinated clauses of past and future: "X visited Beijing,
  and Y is expected to visit"). An event
  named as a point of reference (`resources/event_reference_words.csv`: "a
  year after the summit", "ahead of the talks", "the upcoming visit") takes
  its tense from those words, not from the clause, and a date of its sentence
  dates it only beside its cue ("next week's summit", "the talks on Monday");
- a sentence that tells an event as ending in the present ("as he wraps up a
  two-day visit", "the summit concludes with"; `resources/ending_markers.csv`)
  says the page is of the event's days or the two after its last (its best
  day the event's last), not of months later; one that tells it as just
  ended, in the present perfect ("has wrapped up a rare trip"), of its days
  or the week after its last (its best day the one after its last); not one
  where a day still named follows ("the visit ends on Monday": a schedule);
  and one that tells a traveller arriving ("Blinken arrives in China", "has
  landed in Beijing") that it is of the days of the trip the sentence names
  (its best day the trip's first);
- a relative date in a sentence that speaks of events ("on Sunday and
  Monday", "last week") must, resolved against the publication day, meet one
  of them (not an event that was planned but never held, for a past day; a
  part cut at the publication day, "later in the year", counts as its whole
  period, since it may date another thing the sentence names; a day of setting
  off, "is travelling to Beijing Friday", may come two days before a trip, and a
  night or a day named in a time zone of its own a day off the event's); a date
  a week or more in the past does not date an event spoken of only as coming;
- a bare past weekday ("said Tuesday") next to a dated day places
  publication in the days that follow it, and so does one that names a day the
  text dates with its year elsewhere, where nothing else closes the interval;
- where the interval is still open above and the event that opens it is the
  story's news (named, not as a point of reference, in its headline or lead,
  whose months are the event's), its bare past weekdays close it: news names
  a weekday only for a day of the week before it, so the page is of the
  news's first week (the latest weekday read on or after the event, and the
  six days after it).

Statements are combined as sets of days, strongest kind first (stamps and
datelines, then dates, then events reported, then events to come, then
weekdays): a weaker kind only chooses among the days the stronger left, and
one that would leave none is set aside. Where statements of one kind conflict, the interval widens to
cover the days on which all but one of them hold instead of following the
majority. The days searched reach a year beyond the profile's window, so
that the window never narrows an interval by itself; an interval that
reaches into the outer year of them is open on that side, and is reported
so: its earliest or latest day is left empty (None; an empty cell of the
articles table), never the edge of the days searched, which is no bound the
text gives. An interval open on both sides is no date. The best single date is the interval's first day
(articles tend to appear soon after the latest event they report), but not
before a past day the text dates with its year nor before the weekday of the
report it carries ("the ministry said Sunday"); or, where the interval is
open below, its last, or the day before the event that closes it began (a
preview is written before what it previews); and always a day the statements allow, not one in a gap
between two stretches of allowed days. The method knows nothing of file names: a new
article is dated by the same statements. Dated articles are run through it
too, to check it against their headers.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby

from . import paths
from .dates import MONTHS as MONTH_NUMBERS
from .dates import RULES, DateExpression, enclosing_period, find_expressions, reduced_participle, resolve, tense_at
from .text import PLACE_DATELINE, Cues, first_word, fold, sentence_spans, tenses_of, words, words_at

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
    cues: frozenset[str] | None = None  # literal words one of which every sentence cue_any or cue_all finds holds

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
        if self.cue_all and all(first_word(p, folded, start, end) for p in self.cue_all):
            span = start, end
        elif self.cue_any is not None and (m := first_word(self.cue_any, folded, start, end)):
            span = m.span() if m.end() > m.start() else (start, end)
        else:
            return None
        # (what rules the event out is looked for only in a sentence that speaks of it)
        if self.cue_none is not None and first_word(self.cue_none, folded, start, end):
            return None
        return span


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
    from .profile import compile_words, parse_date, read_cues, read_table

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
                read_cues(path, row),
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
    sentences = sentence_spans(masked)
    starts = [s for s, _ in sentences]
    searched: dict[re.Pattern, set[int]] = {}  # a cue several groups share is searched once
    to_try: dict[int, list] = {}  # sentence → the groups whose cues may match in it, in order
    literal = _literal_cues(events)
    present = literal.found(folded)
    holding = None  # cue → the sentences it lies in, found when first needed
    for i, group in enumerate(_cue_groups(events)):
        if not literal.may_match(i, present):
            continue  # none of the group's literal cues occurs: none of its patterns can find a sentence
        if i in literal.cues:
            # a sentence that mentions the group holds one of its cues (`Event.cues`): only those are tried,
            # with no search of its patterns over the whole text (tests/test_cues.py checks that the same
            # mentions are found)
            if holding is None:
                holding = _sentences_holding_cues(literal, folded, sentences, starts)
            tried = set().union(*(holding.get(c, ()) for c in literal.cues[i]))
        else:
            tried = _may_mention(group[0], folded, sentences, starts, searched)
        for k in tried:
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


@lru_cache(maxsize=8)
def _cue_groups(events: tuple[Event, ...]) -> tuple[tuple[Event, ...], ...]:
    """The events grouped by their cues, in order: events sharing their cues are one mention (a profile's
    chronology, grouped once)."""
    by_cue: dict[tuple, list[Event]] = {}
    for ev in events:
        by_cue.setdefault(ev.cue_key, []).append(ev)
    return tuple(tuple(g) for g in by_cue.values())


@lru_cache(maxsize=8)
def _literal_cues(events: tuple[Event, ...]) -> Cues:
    """The literal cues of each group of `_cue_groups` (all its events' cues), by the group's place there; a
    group with an event given none is always searched."""
    cues: dict[int, frozenset[str]] = {}
    for i, group in enumerate(_cue_groups(events)):
        if all(ev.cues is not None for ev in group):
            cues[i] = frozenset().union(*(ev.cues for ev in group))
    return Cues(cues)


def _sentences_holding_cues(literal: Cues, folded: str, sentences, starts) -> dict[str, set[int]]:
    """The indices of `sentences` (sorted (start, end) pairs, `starts` their starts) in which each literal cue
    of a `fold`ed text lies whole."""
    holding: dict[str, set[int]] = {}
    for s, e, cue in literal.places(folded):
        k = bisect_right(starts, s) - 1
        if k >= 0 and e <= sentences[k][1]:
            holding.setdefault(cue, set()).add(k)
    return holding


def _may_mention(ev: Event, folded: str, sentences, starts, searched: dict) -> list[int]:
    """The sentences in which the event's cues match (a first pass over the whole text, one search per
    cue, kept in `searched` for the other events of the text; `Event.find` then decides, sentence by
    sentence)."""

    def sentences_with(pattern: re.Pattern) -> set[int]:
        if pattern not in searched:
            searched[pattern] = _sentences_with(pattern, folded, sentences, starts)
        return searched[pattern]

    found = set(sentences_with(ev.cue_any)) if ev.cue_any is not None else set()
    common = None  # the sentences holding every pattern of cue_all: none once one of them has none
    for p in ev.cue_all:
        common = set(sentences_with(p)) if common is None else common & sentences_with(p)
        if not common:
            break
    return sorted(found | common if common else found)


def _sentences_with(pattern: re.Pattern, folded: str, sentences, starts) -> set[int]:
    """The indices of `sentences` (sorted (start, end) pairs, `starts` their starts) in which `pattern`
    matches (see `text.words`)."""
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

# How much a statement is trusted, strongest first. A weaker statement only
# chooses among the days the stronger ones leave; one that would leave none
# is set aside.
TIER_PAGE = 1  # the page's own date stamps and the dateline that opens the story
TIER_DATE = 2  # dates the text gives with their year ("on February 3, 2023"), and year-less dates said in the past
TIER_EVENT = 3  # chronology events reported as past, and relative dates in the sentences that speak of them
# Events spoken of as still to come, and relative dates said in the future of them: a cue may match a
# coming occurrence that the chronology does not hold (another meeting of the same leaders), so where the
# statements above leave only days on which the event is already past, such a mention says nothing.
TIER_COMING = 4
TIER_WEEKDAY = 5  # a bare past weekday read against the day dated beside it
# Relative expressions too vague to place an event ("recently", "over the past two years").
VAGUE_RULES = {"recently", "past period", "since beginning of year"}
# Dates of a day or a few days (with their year), the ones precise enough to read a bare weekday against.
DAY_RULES = {"full date", "iso date", "month day range"}
# Days searched beyond the profile's window, so that the window alone never narrows an interval; an
# interval that reaches into the outer year of them is open on that side (what repeats every year, a
# year-less dateline, is cut there only by the end of the days searched).
MARGIN = dt.timedelta(days=2 * 366)
OUTER = dt.timedelta(days=366)
# A dateline's day is the day of filing; the page may carry it a day later (time zones).
DATELINE_SLACK = dt.timedelta(days=1)
# A marker further than this from a date does not set its tense.
TENSE_REACH = 60
# What ends a clause between a date and a tense marker.
CLAUSE_BREAK = re.compile(r"[,;:()—–]|\bthat\b|\bwhich\b|\bwho\b", re.I)
# What opens a relative clause: its verb tells of the noun it follows, not of a date before it.
RELATIVE_CLAUSE = re.compile(r",[ \t]*(?:which|who|whom|whose)\b", re.I)
# A participle (a past marker) in a passive still to come: "will be held on Feb. 15", "is to be signed",
# "will have been settled by then".
FUTURE_PASSIVE = re.compile(r"\b(?:will|shall|to)[ \t]+(?:not[ \t]+)?(?:be|have[ \t]+been)[ \t]+\Z", re.I)
# How far before a participle the words of a passive still to come are looked for.
FUTURE_PASSIVE_REACH = 24
# A verb under a modal ("said he would arrive on Feb. 5", "could be signed on Monday"): it looks forward from
# a past moment as often as from the writer's, so a date nearest to it has no tense of the writer's, whatever
# the reporting verb further off says ("would have", a counterfactual, is a cue of its own).
MODAL_VERB = re.compile(
    r"\b(?:would|could|might)(?:[ \t]+(?:not|also|then|still|likely|probably|only))?[ \t]+(?!have\b)"
    r"(?:be[ \t]+)?[a-z]+\b",
    re.I,
)


def _read_resource(name: str, columns: tuple[str, ...]) -> list[dict]:
    from .profile import compile_pattern, read_table

    path = paths.RESOURCES / name
    rows = read_table(path, columns)
    for row in rows:
        compile_pattern(path, row, columns[0])
    return rows


_STAMP_ROWS = _read_resource("stamp_labels.csv", ("label", "meaning"))
_LABELS = {m: "|".join(r["label"] for r in _STAMP_ROWS if r["meaning"] == m) for m in ("published", "updated")}
JOURNEY = re.compile(
    r"\b(?:" + "|".join(r["phrase"] for r in _read_resource("journey_markers.csv", ("phrase",))) + r")\b", re.I
)
# A traveller on the way arrives within this many days (the flight, the time zones).
JOURNEY_DAYS = dt.timedelta(days=2)
# An event told as ending in the present ("as he wraps up a two-day visit", "the summit concludes with"): the
# page is of the event's days or of the few after its last (`ENDING_DAYS`: the time zones, a copy a day later);
# told as just ended, in the present perfect ("has wrapped up a rare trip", "the meeting has ended with"), of
# its days or the week after its last (`ENDED_DAYS`: news of the week).
_ENDING_ROWS = _read_resource("ending_markers.csv", ("phrase", "position"))


def _ending_words(position: str) -> str:
    return "|".join(r["phrase"] for r in _ENDING_ROWS if r["position"] == position)


def _ending_pattern(before: str, after: str) -> re.Pattern:
    """The verb `before` the event's noun (at most four words between), or `after` it (at most ten, in one
    clause): "wraps up a two-day visit", "the meeting between the two leaders has ended"."""
    noun = r"(?:" + _ending_words("noun") + r")"
    return re.compile(
        r"\b(?:" + before + r")[ \t]+(?:[\w'’-]+[ \t]+){0,4}?" + noun + r"\b"
        r"|\b" + noun + r"(?:[ \t]+[\w'’.-]+){0,12}?[ \t]+(?:" + after + r")\b",
        re.I,
    )


ENDING = _ending_pattern(_ending_words("before"), _ending_words("after"))
ENDED = _ending_pattern(_ending_words("perfect"), _ending_words("perfect"))
# literal words one of which a text that tells an ending holds (found in one pass before the pattern is tried)
ENDING_WORDS = ("wrap", "wind", "wound", "conclud", "ends", "ended", "ending", "finish", "complet", "draws")
ARRIVING_WORDS = ("arriv", "land", "touch")
# what makes it look forward (a clause opened by "before", "when", ...: "before he wraps up his trip") ...
ENDING_AHEAD = re.compile(r"\b(?:before|until|till|once|if|when|unless|after)\b[^,;:.!?()—–\n]{0,40}\Z", re.I)
# ... or a schedule: a day still named after it in its clause ("the visit ends on Monday")
ENDING_SCHEDULE = re.compile(
    r"[^,;:.!?()—–\n]{0,30}?\b(?:(?:on|this|next)[ \t]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tomorrow|tonight|next|later|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d)",
    re.I,
)
ENDING_DAYS = dt.timedelta(days=2)
ENDED_DAYS = dt.timedelta(days=7)
# A traveller told as arriving, in the present ("Blinken arrives in China", "has landed in Beijing"): the page is
# of the trip's days, from the day before its first (the time zones) to the two after its last.
ARRIVING = re.compile(r"\b(?:" + _ending_words("arrival") + r")[ \t]+in\b", re.I)
ARRIVING_BEFORE = dt.timedelta(days=1)
# A verb of setting off, and what may stand between it and the day it is said of: "is travelling to Beijing
# Friday", "leaves for Tokyo on Sunday" (not past a comma or a clause).
DEPARTURE = re.compile(
    r"\b(?:"
    + "|".join(r["phrase"] for r in _read_resource("departure_verbs.csv", ("phrase",)))
    + r")\b[^,;:()—–\n]{0,40}\Z",
    re.I,
)
_PLAN_ROWS = _read_resource("unrealized_plans.csv", ("phrase", "kind", "opens"))
_PLAN_KINDS = ("plan", "counterfactual", "put_off")
UNREALIZED = re.compile(
    r"\b(?:"
    + "|".join(rf"(?P<{k}>{'|'.join(r['phrase'] for r in _PLAN_ROWS if r['kind'] == k)})" for k in _PLAN_KINDS)
    + r")\b",
    re.I,
)
# The words the phrases of `UNREALIZED` open with (the `opens` column), found in one pass over a text: a plan's
# words can begin nowhere else. None where a row gives none (the phrases are then searched everywhere).
_PLAN_OPENS = (
    Cues({"plans": {w for r in _PLAN_ROWS if r["kind"] in _PLAN_KINDS for w in r["opens"].split("|")}}, ("plans",))
    if all(w.strip() for r in _PLAN_ROWS for w in r["opens"].split("|"))
    else None
)


def unrealized_plans(masked: str, folded: str) -> list[re.Match]:
    """The matches of `UNREALIZED` in `masked` (`folded` is its `fold`), as `finditer` gives them, tried only
    where one of the words its phrases open with begins."""
    if _PLAN_OPENS is None:
        return list(UNREALIZED.finditer(masked))
    return list(words_at(UNREALIZED, masked, _PLAN_OPENS.starts("plans", folded)))


# How far before a cue or a date the words of an unrealized plan are looked for (within its sentence).
UNREALIZED_REACH = 80
SCHEDULE = re.compile(
    r"\b(?:" + "|".join(r["verb"] for r in _read_resource("schedule_verbs.csv", ("verb",))) + r")\b", re.I
)

# A reporting verb just before a weekday ("the ministry said Sunday", "announced on Friday"), with at most
# its hearer or the occasion between ("told reporters on Monday", "told the Daily Star on Sunday", "said in a
# statement Friday", "said at a press conference Friday", "said on condition of anonymity on Friday"): the day of the report that is the story's news, so
# the latest day it names.
# The participles count too ("with the White House saying Friday that ...").
_REPORTING = "|".join(
    r["verb"] for r in _read_resource("reporting_verbs.csv", ("verb", "form")) if r["form"] in ("finite", "participle")
)
# A clause that dates what it tells against the story's news ("scrapped after the US on Thursday announced
# the discovery"): a report it tells is older than the news, its weekday not the day of the story's report.
EARLIER_CLAUSE = re.compile(r"\b(?:after|since|following|before|when|until)\b[^,;:.()—–]*\Z", re.I)
# A weekday in the possessive names what happened on it ("said Friday's talks went well"), not the report's day.
POSSESSIVE = re.compile(r"['’]s\b")
# occasions of speech a report names ("said in a statement"); `record_titles.csv` names the records of such
# occasions that a page title can carry (RECORD_TITLE below): edit the two together
_OCCASION = r"(?:press|news)[ \t]+(?:conference|briefing)|briefing|statement|announcement|interview|speech|hearing"
REPORTED_ON = re.compile(
    r"\b(?:" + _REPORTING + r")(?:[ \t]+(?:(?:in|at|during)[ \t]+(?:a|an|the|his|her|their)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:" + _OCCASION + r")|reporters|journalists|on[ \t]+condition[ \t]+of[ \t]+anonymity"
    r"|(?:the[ \t]+)?[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}))?[ \t]+\Z"
    # a statement put out on the day: "in a statement issued on Saturday"
    r"|\b(?:statement|remarks|comments|communiqu[eé]|readout)[ \t]+(?:issued|released|published|posted)[ \t]+\Z"
)
# The same day named between the speaker and the verb: "the minister on Sunday said", "Lee Tuesday told".
REPORTED_AFTER = re.compile(r",?[ \t]+(?:" + _REPORTING + r")\b")
# The day opening the sentence whose subject then reports: "On Wednesday, the ministry's spokeswoman said".
OPENS_SENTENCE = re.compile(r"[ \t]*(?:[Oo]n[ \t]+)?\Z")
REPORTED_OPENING = re.compile(r",?[ \t]+[^,;:.!?()—–\n]{0,60}?\b(?:" + _REPORTING + r")\b")
_MONTH_NAMES = {n.lower(): i for i, n in enumerate(calendar.month_name) if n}
_MONTH_NAMES.update({n.lower(): i for i, n in enumerate(calendar.month_abbr) if n})
_MONTH_NAMES["sept"] = 9
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_WDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]+)"
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?)?"  # "21:18", "5:21 pm", "09:49 PM"
_TIME = rf"(?:[ \t]*(?:[-|,@]|at)?[ \t]*{_CLOCK}(?:[ \t]*\(?[A-Z]{{1,5}}\)?)?)"
# A date with its year, as pages stamp it: "June 19, 2023", "20 June 2023", "2023-07-07".
_STAMP_DATE = (
    rf"(?:{_WDAY}?(?:(?P<m1>{_MON})[ \t]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m2>{_MON}),?[ \t]+(?P<y2>(?:19|20)\d\d))"
    rf"|(?P<y3>(?:19|20)\d\d)[-/.](?P<m3>\d{{1,2}})[-/.](?P<d3>\d{{1,2}}))"
)
_CREDIT = r"(?:Source|Editor|Author)[ \t]*:"  # a credit that may close a stamp line ("Source: Xinhua")
# A line holding a date stamp and nothing else (a label, a time and a few capitalised words aside, such as a
# byline with its author's handle: "Jane Roe (@janeroe) Published June 19, 2023 | 09:49 PM").
STAMP_LINE = re.compile(
    # (a source credit may close it, and then a bullet or bar open it: "·  2023-12-29  ·   Source: Xinhua"; a
    # bulleted date alone is a banner's, "• Friday, February 28, 2025", the day the page was served)
    rf"^[ \t]*(?:[·•|][ \t]*(?=[^\n]*{_CREDIT}))?(?:(?:[A-Z][\w.&'’-]*[ \t]+){{0,3}}?(?:\(@\w+\)[ \t]+)?(?:(?P<updated>{_LABELS['updated']})|(?:{_LABELS['published']}))\b"
    # a time may come first ("5:21 pm on 17 November 2023", "at 10:30 am 3 March 2023", "10:48 AM – Monday, June
    # 19, 2023")
    rf"[ \t]*:?[ \t]*)?(?:(?:at[ \t]+)?{_CLOCK}(?:[ \t]*\(?[A-Z]{{1,5}}\)?)?(?:[ \t]*[-–—|,][ \t]*|[ \t]+(?:on[ \t]+)?))?"
    rf"{_STAMP_DATE}{_TIME}?[ \t]*(?:ET|GMT|UTC)?(?:[ \t]*[·•|][ \t]*{_CREDIT}[^\n.!?]{{1,60}})?[ \t]*$",
    re.I | re.M,
)
# The dateline that opens a story: "BEIJING, June 19 (Reuters) -", "Washington DC [US], June 14 :",
# "Beijing/Washington, Jun 18 (EFE).-" (two places, a stop before the dash), "MOSCOW, July 26. /Wire/." (the
# agency between slashes after a stop), the day first as much of the world writes it ("ISLAMABAD, 19 June
# 2023 (APP):"). The place is one or more capitalised words (a short particle between them: "Dar es Salaam"),
# so that a sentence's opening words before a comma and a date are none ("The envoys met in Rome, 12 May …").
DATELINE = re.compile(
    rf"^[ \t]*(?=[^,\n]{{2,72}},)[A-Z][A-Za-z.'’-]*(?:[ /](?:[a-z]{{1,3}} )?[A-Z][A-Za-z.'’-]*)*(?:[ \t]*\[[^\]\n]{{1,30}}\])?[ \t]*,[ \t]*"
    rf"(?:(?P<month>{_MON})[ \t]+(?P<day>\d{{1,2}})|(?P<dday>\d{{1,2}})[ \t]+(?P<dmonth>{_MON}))"
    rf"(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?"
    rf"(?:[ \t]*(?:\([^)\n]{{1,30}}\))?[ \t]*\.?[:\-–—]|\.[ \t]*/[A-Za-z][^/\n]{{1,30}}/\.?(?=[ \t]))",
    re.M,
)


@dataclass(frozen=True)
class Constraint:
    """One statement of an article that bounds its publication date.

    kind: "date stamp" (the page's own date line), "dateline", "reported date"
    (a date the text gives as past: published on or after it), "coming date"
    (a date still to come: published on or before it), "recent date" (a
    year-less date said in the past: its nearest occurrence is not after
    publication), "near coming date" (a year-less date said of what is to
    come: its nearest occurrence is not before publication), "reported event", "anticipated event", "relative date" (a
    relative expression in a sentence about events: it must meet one of
    them), "recent weekday" (a bare weekday said in the past, read against the
    latest dated day), "trip under way" (a traveller on the way to an event),
    "event ending" (an event told as ending in the present: its days and the
    two after its last), "event just ended" (told so in the present perfect:
    its days and the week after its last), "traveller arriving" (told so in
    the present: the trip's days, from the day before its first to the two
    after its last).
    """

    kind: str
    start: int
    end: int
    text: str
    events: tuple[Event, ...] = ()
    expression: DateExpression | None = None
    first: Date | None = None  # fixed bounds of the days allowed, where the kind has them
    last: Date | None = None
    tier: int = TIER_EVENT
    month_day: tuple[int, int] | None = None  # a year-less dateline, or a year-less date with its weekday
    weekday: int | None = None  # the weekday named with a year-less date ("Monday, June 19"; 0 = Monday)
    tense: str = "unknown"  # of a year-less date with its weekday: a past one is not after publication
    departs: bool = False  # a relative date of setting off ("is travelling to Beijing Friday"), see `_meets`
    zoned: bool = False  # a day named in a time zone of its own ("on Thursday (AEDT)"), see `_meets`

    def holds(self, day: Date) -> bool:
        if self.kind == "reported event":
            return any(day >= ev.start for ev in self.events)
        if self.kind == "anticipated event":
            return any(day <= ev.end for ev in self.events)
        if self.kind == "trip under way":
            return any(ev.start - JOURNEY_DAYS <= day <= ev.end for ev in self.events)
        if self.kind == "traveller arriving":
            return any(ev.start - ARRIVING_BEFORE <= day <= ev.end + ENDING_DAYS for ev in self.events)
        if self.kind in ("event ending", "event just ended"):
            reach = ENDING_DAYS if self.kind == "event ending" else ENDED_DAYS
            return any(ev.start <= day <= ev.end + reach for ev in self.events)
        if self.kind == "dateline" and self.month_day is not None:
            return any((d.month, d.day) == self.month_day for d in (day, day - DATELINE_SLACK))
        if self.kind in ("date stamp", "dateline", "title date", "reported date", "coming date", "recent weekday"):
            return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)
        if self.kind == "recent date":
            return _recent_date_holds(self.expression, day)
        if self.kind == "near coming date":
            return _near_coming_date_holds(self.expression, day)
        if self.kind == "weekday date":
            return _weekday_date_holds(self, day)
        if self.kind == "planned date":  # the plan's day may be past or still ahead
            e = self.expression
            return any(self._meets(_relative_range(e._replace(tense=t), day)) for t in ("past", "future"))
        if self._meets(_relative_range(self.expression, day)):
            return True
        # on a day within an event its days may be spoken of as still to come though some are past: "the
        # talks on Tuesday and Wednesday should settle it" written on the Wednesday
        if self.expression.tense == "future" and any(ev.start <= day <= ev.end for ev in self.events):
            return self._meets(_relative_range(self.expression._replace(tense="past"), day))
        return False

    def _meets(self, r) -> bool:
        if r.start is None:
            return False
        if r.granularity == "week":
            # an event said to fall in a week ("the four-day visit this week") has at least half its days in it
            return any(
                2 * ((min(r.end, ev.end) - max(r.start, ev.start)).days + 1) >= (ev.end - ev.start).days + 1
                for ev in self.events
            )
        # a day of setting off ("travels to Beijing Friday") may fall up to `JOURNEY_DAYS` before the trip's first
        # day; a night ("Tuesday night") is the next day where the event is (time zones)
        # (how far the date may lie before the event's first day, and after its last)
        day = dt.timedelta(days=1)
        night = r.granularity == "day" and (self.zoned or NIGHT.search(self.expression.text))
        before = max(JOURNEY_DAYS if self.departs else dt.timedelta(0), day if night else dt.timedelta(0))
        after = day if self.zoned and r.granularity == "day" else dt.timedelta(0)
        return any(r.start - after <= ev.end and ev.start - before <= r.end for ev in self.events)


def _endings(raw: str, masked: str, folded: str, mentions, unheld: frozenset, references: dict) -> list[Constraint]:
    """An event told as ending in the present (`ENDING`) or just ended (`ENDED`): the events its sentence names
    by the words of the phrase (else, where none does, those its sentence names as a whole); a traveller told
    as arriving (`ARRIVING`): the events its sentence names as themselves. Held ones only."""
    found_endings = []
    if any(w in folded for w in ENDING_WORDS):
        found_endings += [("event ending", e) for e in ENDING.finditer(masked)]
        found_endings += [("event just ended", e) for e in ENDED.finditer(masked)]
    if any(w in folded for w in ARRIVING_WORDS):
        found_endings += [("traveller arriving", e) for e in ARRIVING.finditer(masked)]
    out = []
    for kind, e in found_endings:
        here = [m for m in mentions if m.sentence_start <= e.start() < m.sentence_end]
        if not here:
            continue
        start = here[0].sentence_start
        if ENDING_AHEAD.search(masked, max(start, e.start() - 60), e.start()) or ENDING_SCHEDULE.match(
            masked, e.end(), here[0].sentence_end
        ):
            continue
        if kind == "traveller arriving":
            # the trip its sentence names, wherever, as itself (not "arrives in Beijing a year after the summit")
            named = [m for m in here if references.get(id(m)) in (None, "invitation")]
        else:
            named = [
                m
                for m in here
                if m.start < e.end() and e.start() < m.end and (m.start, m.end) != (start, m.sentence_end)
            ]
            named = named or [m for m in here if (m.start, m.end) == (start, m.sentence_end)]
        found = tuple(dict.fromkeys(ev for m in named for ev in m.events if ev.event_id not in unheld))
        if found:
            out.append(Constraint(kind, e.start(), e.end(), raw[e.start() : e.end()], found, tier=TIER_COMING))
    return out


# The part of a day whose hours are already the next day in the far time zones: "Tuesday night", "late Friday";
# a day named in a time zone of its own ("on Thursday (AEDT)", "Wednesday Beijing time") may be a day off
# the event's either way.
ZONE_AFTER = re.compile(r"[ \t]*(?:\([ \t]*[A-Z]{2,5}[ \t]*\)|\(?(?:[A-Z][a-z]+[ \t]+)?(?:local[ \t]+)?time\b)")
NIGHT = re.compile(r"\b(?:night|late|evening)\b", re.I)


def _relative_range(expr: DateExpression, day: Date):
    """What a relative date of a sentence about events denotes on publication `day`, for the test that it
    meets one of them: a part cut at the publication day ("later in the year") counts as its whole period,
    since the sentence may date another thing by it ("hopes the trip will lead to a meeting later in the
    year" written on the trip's last day)."""
    return enclosing_period(expr, day) or resolve(expr, day)


# A year-less date said in the past is of the year of publication, or of the year before when publication
# falls this close after it ("on December 28" written in January); further back, a writer gives the year.
ACROSS_NEW_YEAR = dt.timedelta(days=92)


def _recent_date_holds(expr: DateExpression, day: Date) -> bool:
    """Whether a year-less date said in the past fits publication on `day`: its occurrence nearest to
    `day` (the year a reader gives it, see `analysis.dates`) is not after `day`, and is of `day`'s year
    unless within `ACROSS_NEW_YEAR` before it."""
    return _recent_reading_holds(resolve(expr, day), day)


def _recent_reading_holds(r, day: Date) -> bool:
    """`_recent_date_holds` of the date's reading `r` against `day`."""
    # a range said in the past is over ("met on September 16-17"): not before its last day
    return r.start is not None and r.end <= day and (r.start.year == day.year or day - r.start <= ACROSS_NEW_YEAR)


def _near_coming_date_holds(expr: DateExpression, day: Date) -> bool:
    """Whether a year-less date said of what is to come ("a briefing will be held on Feb. 15") fits
    publication on `day`: its occurrence nearest to `day` is not before `day`, and is of `day`'s year unless
    within `ACROSS_NEW_YEAR` after it (a writer gives the year of a day further ahead)."""
    return _near_coming_reading_holds(resolve(expr, day), day)


def _near_coming_reading_holds(r, day: Date) -> bool:
    """`_near_coming_date_holds` of the date's reading `r` against `day`."""
    return r.end is not None and r.end >= day and (r.end.year == day.year or r.end - day <= ACROSS_NEW_YEAR)


# A weekday written just before a year-less date: "Monday, June 19", "on Thursday (Oct. 26)".
WEEKDAY_BEFORE = re.compile(
    r"\b(?P<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:,[ \t]*|[ \t]*\(|[ \t]+)\Z"
)
_WEEKDAY_NUMBERS = {n: i for i, n in enumerate(calendar.day_name)}


def _weekday_date_holds(c: Constraint, day: Date) -> bool:
    """Whether a year-less date written with its weekday fits publication on `day`: its occurrence nearest
    to `day` (the year a reader gives it) falls on that weekday, which a given day does only every five,
    six or eleven years; said in the past it is not after `day`, said of what is to come not before it."""
    month, d = c.month_day
    occurrences = [Date(y, month, d) for y in (day.year - 1, day.year, day.year + 1) if d <= _days_in(y, month)]
    if not occurrences:
        return False
    nearest = min(occurrences, key=lambda o: abs((o - day).days))
    if nearest.weekday() != c.weekday:
        return False
    return not (c.tense == "past" and nearest > day) and not (c.tense == "future" and nearest < day)


def _day_of(expr: DateExpression) -> int:
    return int(re.sub(r"\D", "", expr.groups["day"] or expr.groups["day2"]))


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _stamp_day(m: re.Match) -> Date | None:
    try:
        if m["y1"]:
            return Date(int(m["y1"]), _month_number(m["m1"]) or 0, int(m["d1"]))
        if m["y2"]:
            return Date(int(m["y2"]), _month_number(m["m2"]) or 0, int(m["d2"]))
        return Date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
    except ValueError:
        return None


def _month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    return _MONTH_NAMES.get(key, _MONTH_NAMES.get(key[:3]))


def line_matches(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """`pattern.finditer(text, pos, endpos)` for a pattern that opens with `^` (`re.M`) and never matches
    empty, which can match only where a line begins: tried there alone (after a match, from the first line
    start at or after its end), rather than at every character of the text."""
    endpos = len(text) if endpos is None else endpos
    at = pos
    while at <= endpos:
        if at == 0 or text[at - 1] == "\n":  # a line start
            m = pattern.match(text, at, endpos)
            if m is not None:
                yield m
                if m.end() > at:
                    at = m.end()
                    continue
        at = text.find("\n", at, endpos) + 1  # the next line start
        if not at:
            return


# A line this long is a paragraph of prose; a page's own date stamps and the dateline come before the
# second one (the first may be a photo caption). Dates on lines of their own further down belong to
# lists of other stories.
PROSE_LINE = re.compile(r"^[^\n]{200,}$", re.M)


# Where no line is that long (prose wrapped at short lines), the top of the page is its first characters.
TOP_CHARS = 2000


def _top_of_page(raw: str) -> int:
    ends = [m.end() for _, m in zip(range(2), PROSE_LINE.finditer(raw))]
    return ends[-1] if ends else min(len(raw), TOP_CHARS)


# A non-blank line of the page (`_page_tail` asks which of them the reading removed whole: a label, a share
# button, a heading of other stories).
_LINE = re.compile(r"^[^\n]*\S[^\n]*$", re.M)


def _page_tail(raw: str, masked: str) -> int:
    """Where the page's furniture after the story begins: the first line after the story's last line of prose
    (`PROSE_LINE`) that the reading removed whole ("More from Example", "Share"). What follows it (a photo
    caption of another story, a teaser, a byline's date) is not the story's, so it dates nothing; the end
    of the page where the story's last paragraph is followed by no such line, or where no line is prose."""
    last = max((m.end() for m in PROSE_LINE.finditer(masked)), default=None)
    if last is None:
        return len(raw)
    for line in _LINE.finditer(raw, last):
        if not masked[line.start() : line.end()].strip():
            return line.start()
    return len(raw)


def page_constraints(raw: str) -> list[Constraint]:
    """The page's date stamps and the story's dateline.

    A stamp is a line holding a date with its year and nothing else but a
    label ("Published", "Updated"), a time and a weekday. Stamps may date the
    posting, an update or the remarks a page carries, so together they allow
    the days from the earliest to the latest of them; an "updated" stamp only
    says the article is not newer. A dateline ("BEIJING, June 19 (Reuters) -")
    gives the day of filing, or the day before the page carried it. Both
    are looked for at the top of the page only (`_top_of_page`).
    """
    stamps = []
    top = _top_of_page(raw)
    for m in line_matches(STAMP_LINE, raw, 0, top):
        day = _stamp_day(m)
        if day is not None:
            s, e = m.span()
            s += len(m.group()) - len(m.group().lstrip())
            stamps.append((s, e, day, bool(m["updated"])))
    out = []
    if stamps:
        published = [d for *_, d, updated in stamps if not updated]
        first = min(published) if published else None
        last = max(d for *_, d, _ in stamps)
        for s, e, _, _ in stamps:
            out.append(Constraint("date stamp", s, e, raw[s:e], first=first, last=last, tier=TIER_PAGE))
    for m in line_matches(DATELINE, raw, 0, top):
        month = _month_number(m["month"] or m["dmonth"])
        if month is None:
            continue
        s, e = m.span()
        s += len(m.group()) - len(m.group().lstrip())
        day_of_month = int(m["day"] or m["dday"])
        if m["year"]:
            try:
                day = Date(int(m["year"]), month, day_of_month)
            except ValueError:
                continue
            out.append(Constraint("dateline", s, e, raw[s:e], first=day, last=day + DATELINE_SLACK, tier=TIER_PAGE))
        elif 1 <= day_of_month <= calendar.monthrange(2000, month)[1]:
            out.append(Constraint("dateline", s, e, raw[s:e], tier=TIER_PAGE, month_day=(month, day_of_month)))
        break  # only the first: a story has one dateline
    if not out:
        title = _record_title(raw)
        if title is not None:
            out.append(title)
    return out


# A title naming the record of one dated occasion of speech ("Press Briefing – February 6, 2023"): the page
# carries the record, so it is of that day or of the week after it (a copy posted later), not older. Its
# words overlap the occasions of `_OCCASION` above.
RECORD_TITLE = re.compile(
    r"\b(?:" + "|".join(r["phrase"] for r in _read_resource("record_titles.csv", ("phrase",))) + r")\b", re.I
)
TITLE_DATE = re.compile(_STAMP_DATE, re.I)
RECORD_SLACK = dt.timedelta(days=6)
# A title is one short line: a longer one is a paragraph of prose.
TITLE_CHARS = 160


def _record_title(raw: str) -> Constraint | None:
    """The page's title line, where it names the record of a dated occasion of speech and its date."""
    s = len(raw) - len(raw.lstrip())
    e = raw.find("\n", s)
    e = len(raw) if e < 0 else e
    if e - s > TITLE_CHARS or not RECORD_TITLE.search(raw, s, e):
        return None
    m = TITLE_DATE.search(raw, s, e)
    day = None if m is None else _stamp_day(m)
    if day is None:
        return None
    return Constraint("title date", m.start(), m.end(), m.group(), first=day, last=day + RECORD_SLACK, tier=TIER_PAGE)


# A speaker's label opening a turn of a transcript: "SECRETARY BLINKEN:", "MR. PRICE:", "QUESTION:".
SPEAKER_LABEL = re.compile(r"^[ \t]*[A-Z][A-Z.'’ -]{0,40}[A-Z.]:(?=[ \t])", re.M)
# At most this much (headings, the place, the room) between a transcript's date line and its first turn.
TRANSCRIPT_HEAD_CHARS = 400


@lru_cache(maxsize=8)  # asked of each article by the inference and by its tables in turn
def transcript_date(raw: str) -> tuple[int, int, Date] | None:
    """The date line that heads a transcript (start, end, day), else None.

    A line holding a date with its year and nothing else ("FEBRUARY 3, 2023"),
    followed within `TRANSCRIPT_HEAD_CHARS` and with no line of prose between
    by the first speaker's label: the day the remarks were made, which may be
    days before the page that carries them. What the speakers call "today" or
    "this morning" is read against it, not against the publication date.
    """
    label = SPEAKER_LABEL.search(raw)
    if label is None:
        return None
    line = max(line_matches(STAMP_LINE, raw, 0, label.start()), key=lambda m: m.start(), default=None)
    if line is None or label.start() - line.end() > TRANSCRIPT_HEAD_CHARS:
        return None
    if PROSE_LINE.search(raw, line.end(), label.start()):
        return None
    day = _stamp_day(line)
    if day is None:
        return None
    s = line.start() + len(line.group()) - len(line.group().lstrip())
    return s, line.end(), day


def clause_tense(masked: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str:
    """'future', 'past', 'scheduled' or 'unknown' for a date at start:end: the tense marker nearest to it
    in its sentence.

    Nearness, not order, decides: "said Sunday" and "on Sunday held talks"
    are past, "indicated on Saturday that … will" is past too. A schedule word
    nearest the date ("begins Nov. 11", "scheduled for June 18") makes it
    'scheduled': a date planned, which may since have passed or been dropped,
    so it bounds nothing. A marker more than `TENSE_REACH` characters away
    does not count.
    """
    lo, hi = max(sentence_start, start - TENSE_REACH), min(sentence_end, end + TENSE_REACH)

    def gap(s: int, e: int) -> int:
        between = (end, s) if s >= end else (e, start)
        # a marker beyond a comma or "that" is another clause's ("will meet on June 9, the agency said")
        return between[1] - between[0] + (TENSE_REACH if CLAUSE_BREAK.search(masked, *between) else 0)

    best: tuple[int, str] | None = None
    for m in SCHEDULE.finditer(masked, lo, hi):
        if m.start() >= end or m.end() <= start:
            g = gap(*m.span())
            if best is None or g < best[0]:
                best = (g, "scheduled")
    modals = (
        [m.span() for m in MODAL_VERB.finditer(masked, lo, start)]
        if "ould" in masked[lo:start] or "ight" in masked[lo:start]
        else []
    )
    for ms, me in modals:
        g = gap(ms, me)
        if best is None or g < best[0]:
            best = (g, "unknown")
    for s, e, kind in tenses_of(masked).within(lo, hi):
        if e > hi or (s < end and start < e) or any(ms <= s and e <= me for ms, me in modals):
            continue  # beside the date, or the participle of a modal passive ("would be held")
        if kind == "past" and s > 0 and masked[s - 1] in "-‐":
            continue  # the participle of a compound adjective ("long-delayed talks"), no verb
        if kind == "past" and reduced_participle(masked, s, e):
            continue  # a participle with its agent ("relations marred by") or a present passive ("are believed"): no past
        if s >= end and RELATIVE_CLAUSE.search(masked, end, s):
            continue  # the verb of a relative clause after the date ("on June 13 to confirm the trip, which will")
        g = gap(s, e)
        if best is None or g < best[0] or (g == best[0] and s >= end):
            if kind == "past" and FUTURE_PASSIVE.search(masked, max(lo, s - FUTURE_PASSIVE_REACH), s):
                kind = "future"
            best = (g, kind)
    return best[1] if best else "unknown"


def expression_tense(masked: str, expr: DateExpression) -> str:
    """`clause_tense` of a date expression, and where no marker lies within reach, the future the date grammar
    read further back in the clause for a day ("will keep close tabs on the minister's visit to Japan on Feb.
    5": no break, no modal between)."""
    tense = clause_tense(masked, expr.sentence_start, expr.sentence_end, expr.start, expr.end)
    if (
        tense == "unknown"
        and expr.tense == "future"
        and expr.rule in DAY_RULES
        and not MODAL_VERB.search(masked, expr.sentence_start, expr.start)
    ):
        return "future"
    return tense


_REFERENCE_ROWS = _read_resource("event_reference_words.csv", ("phrase", "relation"))


def _reference_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The words of `resources/event_reference_words.csv` as two alternations ending where a cue may start:
    the modifiers (at most a word before the cue), then the prepositions (at most three)."""
    groups: dict[str, list[str]] = {}
    for row in _REFERENCE_ROWS:
        groups.setdefault(row["relation"], []).append(row["phrase"])

    def alternation(relations, words):
        named = "|".join(rf"(?P<{r}>{'|'.join(groups[r])})" for r in relations)
        return re.compile(rf"\b(?:{named})[ \t]+(?:[\w'’-]+[ \t]+){{0,{words}}}\Z", re.I)

    return alternation(("past", "coming"), 1), alternation(("after", "before"), 3)


REFERENCE_MODIFIER, REFERENCE_PREPOSITION = _reference_patterns()
# A verb of inviting, its object (one to four words) and the infinitive of coming: "welcomed Yellen to visit",
# "invited the minister to pay a visit" (`resources/event_reference_words.csv`, relation 'invitation').
INVITATION = re.compile(
    r"\b(?:"
    + "|".join(r["phrase"] for r in _REFERENCE_ROWS if r["relation"] == "invitation")
    + r")[ \t]+(?:[\w.'’-]+[ \t]+){1,4}?to[ \t]+(?:(?:pay|make)[ \t]+(?:an?[ \t]+)?(?:\w+[ \t]+)?)?"
    r"(?:visit|travel|come|trip)\w*\b",
    re.I,
)
# How far before a cue the words that make its event a point of reference are looked for.
REFERENCE_REACH = 60


# An indefinite article just before a cue: the words name a kind of event ("confirm much closer to a trip"),
# not one of the chronology's.
INDEFINITE = re.compile(r"\b(?:a|an)[ \t]+\Z", re.I)
# A cue that is itself a participle used as an adjective ("the downed balloon", "its postponed visit"): the
# event is named as a thing of the past that the sentence speaks about, not as its news.
ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)[ \t]+\Z", re.I)
PARTICIPLE_CUE = re.compile(r"[A-Za-z]+(?:ed|en)")


def _reference(masked: str, m: Mention) -> str | None:
    """'after', 'before', 'past' or 'coming' where the mention's event is named as a point of reference
    ("a year after the summit", "ahead of next week's talks", "the downed balloon"), else None. A mention
    found by all the words of `cue_all` is one by the modifier just before the first of them ("a possible
    trip by the minister"). An event named within an invitation to come ("welcomed the minister to visit
    at an appropriate time") is still to come, and the dates of its sentence date it: 'invitation'."""
    at = _cue_start(masked, m)
    if "to " in masked[m.sentence_start : at + 60]:
        for inv in INVITATION.finditer(masked, m.sentence_start, m.sentence_end):
            if inv.start() <= at <= inv.end():
                return "invitation"
    if (m.start, m.end) == (m.sentence_start, m.sentence_end):
        if at == m.start:
            return None
        found = REFERENCE_MODIFIER.search(masked, max(m.sentence_start, at - REFERENCE_REACH), at)
        return None if found is None else next(r for r, v in found.groupdict().items() if v)
    if PARTICIPLE_CUE.fullmatch(masked, m.start, m.end) and ATTRIBUTIVE.search(
        masked, max(m.sentence_start, m.start - 8), m.start
    ):
        return "past"
    lo = max(m.sentence_start, m.start - REFERENCE_REACH)
    for pattern in (REFERENCE_MODIFIER, REFERENCE_PREPOSITION):
        found = pattern.search(masked, lo, m.start)
        if found is not None:
            return next(r for r, v in found.groupdict().items() if v)
    return None


def _with_reference_tense(m: Mention, reference: str | None) -> Mention:
    """The tense of an event named as a point of reference: one the sentence dates itself after is over
    whatever the clause's tense ("will meet again, months after the summit"); one a past clause dates
    itself before may be over by now ("met on Friday ahead of the summit"): it says nothing; a modifier
    ("the upcoming summit", "last week's talks") says which side of the writer's day it lies on."""
    if reference is None:
        return m
    if reference in ("after", "past"):
        tense = "past"
    elif reference in ("coming", "invitation"):
        tense = "future"
    else:
        tense = m.tense if m.tense == "future" else "unknown"
    return dataclasses.replace(m, tense=tense)


# A date beside a cue dates its event: "next week's summit", "Monday's talks", "the summit on Monday".
BESIDE_CUE = re.compile(r"[ \t]*(?:['’]s[ \t]+)?(?:[\w-]+[ \t]+)?\Z")
AFTER_CUE = re.compile(r"[ \t]+(?:(?:on|in|of|this|last|next|at|from)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?\Z")
# A date after the cue's "of" phrase names the event too: "the downing of its surveillance balloon in February".
AFTER_OF_PHRASE = re.compile(r"[ \t]+of[ \t]+(?:[\w'’-]+[ \t]+){1,4}?(?:(?:on|in|at)[ \t]+)?\Z")


def _beside(masked: str, expr: DateExpression, m: Mention) -> bool:
    """Whether a date stands beside the mention's cue, within its noun phrase."""
    if expr.end <= m.start:
        return BESIDE_CUE.match(masked, expr.end, m.start) is not None
    if expr.start >= m.end:
        return (
            AFTER_CUE.match(masked, m.end, expr.start) is not None
            or AFTER_OF_PHRASE.match(masked, m.end, expr.start) is not None
        )
    return False


# The dates that name a month of the calendar or a day of it ("in February", "on June 18"): one beside an event's
# cue dates that event, whatever other date its sentence gives.
CALENDAR_NAME_RULES = {"month alone", "month year", "part of month", "full date", "month day range", "iso date"}
# Two dates joined as one ("on Sunday and Monday", "June 18-19"): the words between them.
JOINED = re.compile(r"[ \t]*(?:,|and|or|to|through|[-–])[ \t]*(?:on[ \t]+)?\Z", re.I)


def _dates_beside(masked: str, other: DateExpression, expr: DateExpression, m: Mention) -> bool:
    """Whether `other`, a calendar date of the sentence of `expr` not joined to it, stands beside the mention's
    cue: the event is `other`'s, not `expr`'s."""
    if other is expr or other.sentence_start != expr.sentence_start or other.rule not in CALENDAR_NAME_RULES:
        return False
    lo, hi = (other.end, expr.start) if other.end <= expr.start else (expr.end, other.start)
    return JOINED.match(masked, lo, hi) is None and _beside(masked, other, m)


def _without_participles(masked: str, m: Mention) -> Mention:
    """A mention read as past is read again without the participles that describe a noun ("the summit hosted
    by Biden will be their first meeting": future), see `analysis.dates.reduced_participle`."""
    if m.tense != "past" or (m.start, m.end) == (m.sentence_start, m.sentence_end):
        return m
    tense = tense_at(masked, m.sentence_start, m.sentence_end, m.start, m.end)
    return m if tense == m.tense else dataclasses.replace(m, tense=tense)


def _with_cue_tense(masked: str, m: Mention) -> Mention:
    """A mention found by all the words of `cue_all` spans its whole sentence, so no tense marker lies
    beside it: its tense is read at the first of those words ("Blinken postponed the trip after the
    balloon was spotted": past)."""
    if m.tense != "unknown" or (m.start, m.end) != (m.sentence_start, m.sentence_end) or not m.events[0].cue_all:
        return m
    found = _cue_words(fold(masked), m)
    if not found:
        return m
    cue = found[0]
    # from the cue's first character on, so that a cue that is itself the verb ("postponed") counts
    tense = tense_at(masked, m.sentence_start, m.sentence_end, cue.start(), cue.start())
    # words spread over two coordinated clauses of their own tenses ("Blinken recently visited Beijing, and Kerry
    # is expected to visit"): the sentence does not say which clause tells of the event, so it has no tense
    for f in found:
        if f.start() > cue.start() and COORDINATED.search(masked, cue.end(), f.start()):
            other = tense_at(masked, m.sentence_start, m.sentence_end, f.start(), f.start())
            if {tense, other} == {"past", "future"}:
                return m
    return dataclasses.replace(m, tense=tense)


# What joins two clauses of their own: ", and Kerry is expected", "; the envoy will".
COORDINATED = re.compile(r",[ \t]*(?:and|but|while|whereas)\b|;", re.I)


# A future auxiliary just before a cue that is itself the verb ("will travel to China", "is set to visit"):
# the tense of that verb, whatever marker follows it in the sentence ("will travel to China next week,
# rescheduling a visit that was cancelled in February").
FUTURE_BEFORE_CUE = re.compile(
    r"\b(?:will|shall|(?:is|are)(?:[ \t]+(?:set|due|expected|scheduled|slated|poised|going))?[ \t]+to)"
    r"(?:[ \t]+(?:also|now|still|soon|finally|\w+ly))?[ \t]+\Z",
    re.I,
)


def _with_verb_tense(masked: str, m: Mention) -> Mention:
    """A mention whose cue follows a future auxiliary (`FUTURE_BEFORE_CUE`) is future."""
    if m.tense == "future" or (m.start, m.end) == (m.sentence_start, m.sentence_end):
        return m
    if FUTURE_BEFORE_CUE.search(masked, max(m.sentence_start, m.start - 40), m.start) is None:
        return m
    return dataclasses.replace(m, tense="future")


def _cue_start(masked: str, m: Mention) -> int:
    """Where a mention's cue starts: a mention found by all the words of `cue_all` spans its sentence, and its
    cue starts at the first of them."""
    if (m.start, m.end) != (m.sentence_start, m.sentence_end) or not m.events[0].cue_all:
        return m.start
    found = _cue_words(fold(masked), m)
    return found[0].start() if found else m.start


def _cue_words(folded: str, m: Mention) -> list[re.Match]:
    """The words of `cue_all` that name a mention's event, one per pattern, in order: of the places each
    pattern matches in the sentence, those lying closest together ("officials will travel next week to
    prepare a possible trip by the minister": the trip, beside the minister, not the officials' travel).
    Where two groups are as close, the first."""
    s, e = m.sentence_start, m.sentence_end
    places = [list(words(p, folded, s, e)) for p in m.events[0].cue_all]
    places = [found for found in places if found]
    if not places:
        return []
    best, width = None, None
    for anchor in (f for found in places for f in found):
        group = [min(found, key=lambda f: (abs(f.start() - anchor.start()), f.start())) for found in places]
        span = max(f.end() for f in group) - min(f.start() for f in group)
        first = min(f.start() for f in group)
        if width is None or (span, first) < width:
            best, width = group, (span, first)
    return sorted(best, key=lambda f: f.start())


# Any day serves to tell a date that lies ahead of the writer's day whatever the tense: a Wednesday mid-month.
_SOME_DAY = Date(2001, 6, 13)


def _ahead(expr: DateExpression) -> bool:
    """Whether a relative date names a time after the writer's day even in a past clause ("next month",
    "tomorrow", "in the coming weeks")."""
    if expr.rule not in RELATIVE_RULES:
        return False
    r = resolve(expr._replace(tense="past"), _SOME_DAY)
    return r.start is not None and r.start > _SOME_DAY


def _departs(masked: str, expr: DateExpression) -> bool:
    """Whether a day-level relative date is said of setting off ("is travelling to Beijing Friday")."""
    return expr.rule in ("weekday", "deictic day") and (
        DEPARTURE.search(masked, max(expr.sentence_start, expr.start - 80), expr.start) is not None
    )


def _long_past(expr: DateExpression) -> bool:
    """Whether a relative date said in the past lies a week or more back of the writer's day ("a year ago",
    "last month", "in May" written in June): not a day of an event still under way."""
    if expr.rule not in RELATIVE_RULES or expr.tense != "past":
        return False
    r = resolve(expr, _SOME_DAY)
    return r.end is not None and r.end < _SOME_DAY - dt.timedelta(days=6)


def _has_year(expr: DateExpression) -> bool:
    return bool(expr.groups["year"] or expr.groups["year2"])


def constraints(
    raw: str, masked: str, events: tuple[Event, ...] | None = None, unheld: frozenset[str] = frozenset()
) -> list[Constraint]:
    """Every statement of an article that bounds its publication date (see `Constraint`).

    `unheld` names events that were planned but never took place: a day the
    text speaks of in the past cannot be one of theirs.
    """
    tail = _page_tail(raw, masked)
    mentions = [m for m in event_mentions(masked, events) if m.start < tail]
    out = page_constraints(raw)
    # one statement per sentence and tense: a sentence whose cues fit several events ("since Xi and Biden
    # met in Bali") may speak of any one of them, so it says only what holds for at least one
    said: dict[tuple[int, int, str], tuple[Mention, list[Event]]] = {}
    references = {id(m): _reference(masked, m) for m in mentions}
    # the sentences that say a traveller is on the way (one search over the text)
    folded = fold(masked)
    journeys = [j.start() for j in JOURNEY.finditer(masked)] if " way to " in folded or "en route" in folded else []
    on_the_way = {
        (m.sentence_start, m.sentence_end)
        for m in mentions
        if any(m.sentence_start <= j < m.sentence_end for j in journeys)
    }
    out += _endings(raw, masked, folded, mentions, unheld, references)
    # the words of plans spoken of in the past, which may have been dropped (one search over the text)
    found_plans = unrealized_plans(masked, folded)
    plans = [p.end() for p in found_plans]
    never_held = list(dict.fromkeys(ev for m in mentions for ev in m.events if ev.event_id in unheld)) if plans else []
    # a text that reports a plan put off ("postponed his trip"): what it names by the plan's words is the plan
    put_off_text = any(p["put_off"] is not None for p in found_plans)
    # the events each sentence reports as past (a date still ahead of the writer's day is not theirs); not
    # those only a mention as still to come bounds (`bound` 'future_only': their tense is seldom the clause's)
    reported_past: dict[tuple[int, int], set[str]] = {}
    # and the events each sentence speaks of only as still to come (a date it gives as past is not theirs)
    told: dict[tuple[int, int], dict[str, set[str]]] = {}
    for m in mentions:
        if references[id(m)] != "invitation" and INDEFINITE.search(masked, max(m.sentence_start, m.start - 4), m.start):
            continue  # "closer to a trip": any trip, not the one the chronology names ("to pay a visit" is one)
        m = _with_reference_tense(
            _with_verb_tense(masked, _with_cue_tense(masked, _without_participles(masked, m))), references[id(m)]
        )
        if m.tense == "past" and plans and _after_plan(plans, m.sentence_start, _cue_start(masked, m), masked):
            continue  # "he was due to hold talks with the minister": a plan, not a report
        if m.tense in ("past", "future"):
            told.setdefault((m.sentence_start, m.sentence_end), {}).setdefault(m.tense, set()).update(
                ev.event_id for ev in m.events
            )
        if m.tense == "past":
            reported_past.setdefault((m.sentence_start, m.sentence_end), set()).update(
                ev.event_id for ev in m.events if ev.bound == "both"
            )
        if m.tense == "future":
            found = m.events
            if (m.sentence_start, m.sentence_end) in on_the_way:
                held = tuple(ev for ev in m.events if ev.event_id not in unheld)
                if held:
                    out.append(
                        Constraint("trip under way", m.start, m.end, raw[m.start : m.end], held, tier=TIER_COMING)
                    )
        elif m.tense == "past":
            found = tuple(ev for ev in m.events if ev.bound == "both")
        else:
            continue
        if found:
            said.setdefault((m.sentence_start, m.sentence_end, m.tense), (m, []))[1].extend(found)
    for (_, _, tense), (m, found) in said.items():
        kind, tier = ("anticipated event", TIER_COMING) if tense == "future" else ("reported event", TIER_EVENT)
        out.append(Constraint(kind, m.start, m.end, raw[m.start : m.end], tuple(dict.fromkeys(found)), tier=tier))
    by_sentence: dict[tuple[int, int], list[Event]] = {}
    # events named as points of reference: a date of their sentence dates them only beside their cue
    referred: dict[tuple[int, int], list[Mention]] = {}
    # the mentions by_sentence holds, per sentence, but for those that cover their whole sentence
    mentioned: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        key = (m.sentence_start, m.sentence_end)
        if references[id(m)] in (None, "invitation"):
            by_sentence.setdefault(key, []).extend(m.events)
            if m.start != m.sentence_start or m.end != m.sentence_end:
                mentioned.setdefault(key, []).append(m)
        else:
            referred.setdefault(key, []).append(m)
    # a date on a line of its own is the page's stamp (read above, at the top) or, further down, another
    # story's in a list: never a date the article reports
    page = [(c.start, c.end) for c in out if c.tier == TIER_PAGE] + [m.span() for m in line_matches(STAMP_LINE, raw)]
    # the remarks of a transcript were made on its date line's day: the page is not older; what the speakers
    # date relative to their own day says nothing of the page's
    spoken = transcript_date(raw)
    lead: tuple | None = () if spoken is None else None  # found when first needed (see `_lead`)
    if spoken is not None:
        s, e, day = spoken
        if not any(c.tier == TIER_PAGE and c.start <= s and e <= c.end for c in out):
            out.append(Constraint("reported date", s, e, raw[s:e], first=day, tier=TIER_DATE))
    expressions = find_expressions(masked)
    for expr in expressions:
        if expr.start >= tail:
            break  # the page's furniture after the story (`_page_tail`)
        if any(s <= expr.start and expr.end <= e for s, e in page):
            continue  # already read as a stamp or dateline
        if spoken is not None and expr.start >= spoken[1] and uses_anchor(expr):
            continue
        linked = by_sentence.get((expr.sentence_start, expr.sentence_end))
        if not linked and lead is not None and expr.rule in RELATIVE_RULES and expr.rule not in VAGUE_RULES:
            if lead == ():
                lead = _lead(raw, masked, by_sentence, expressions)
            if lead is not None and (expr.sentence_start, expr.sentence_end) == lead[0]:
                if not _names_report_day(masked, expr):
                    # not an event the lead itself names as a point of reference ("will travel next week to
                    # prepare a possible visit by the minister later this year"): the lead's news is another
                    aside = {ev.event_id for m in referred.get(lead[0], ()) for ev in m.events}
                    linked = [ev for ev in lead[1] if ev.event_id not in aside] or None
        if linked and expr.rule in RELATIVE_RULES:
            # an event dated by another date of the sentence, beside its cue ("predicted last month a thaw over
            # the downing of the balloon in February"), is not this date's
            # (not where the sentence names the event twice: "postponed the regatta in March, sailed the
            # regatta last weekend")
            here = mentioned.get((expr.sentence_start, expr.sentence_end), ())
            dated = {
                ev.event_id
                for m in here
                if m.events[0].cue_any is not None
                and len(m.events[0].cue_any.findall(folded, m.sentence_start, m.sentence_end)) == 1
                and not _beside(masked, expr, m)
                and any(_dates_beside(masked, x, expr, m) for x in expressions)
                for ev in m.events
            }
            if dated:
                linked = [ev for ev in linked if ev.event_id not in dated] or None
        beside = [
            ev
            for m in referred.get((expr.sentence_start, expr.sentence_end), ())
            if _beside(masked, expr, m)
            for ev in m.events
        ]
        if beside:
            linked = (linked or []) + beside
        past = reported_past.get((expr.sentence_start, expr.sentence_end))
        if linked and past and _ahead(expr):
            # "met in Washington, ahead of a summit next month": next month is not the meeting's
            linked = [ev for ev in linked if ev.event_id not in past] or None
        tenses = told.get((expr.sentence_start, expr.sentence_end), {})
        if linked and tenses.get("future") and _long_past(expr):
            # "will be their first meeting since they met a year ago": a year ago is not the coming meeting's
            coming = tenses["future"] - tenses.get("past", set())
            linked = [ev for ev in linked if ev.event_id not in coming] or None
        text = raw[expr.start : expr.end]
        if expr.rule in RELATIVE_RULES:
            if expr.rule in VAGUE_RULES:
                continue
            plan = found_plans[bisect_right(plans, expr.start) - 1] if plans else None
            if (
                linked
                and _after_plan(plans, expr.sentence_start, expr.start, masked)
                and not (plan["put_off"] is not None and CLAUSE_BREAK.search(masked, plan.end(), expr.start))
            ):
                # the day of a plan ("was due to hold talks on Sunday"), past or still ahead, is one of the
                # sentence's events or of a plan never held that the text names (the sentence's own, where it
                # names one); after a counterfactual ("had been expected to begin over the weekend") only the
                # latter; a plan put off dates only its own clause ("postponed a trip in February, arrived on
                # Sunday": the Sunday is not the plan's)
                dropped = [ev for ev in linked if ev.event_id in unheld] or never_held
                planned = dropped if plan["counterfactual"] is not None and dropped else [*linked, *dropped]
                put_off = any(
                    q["put_off"] is not None and expr.sentence_start <= q.start() and q.end() <= expr.start
                    for q in found_plans[: bisect_right(plans, expr.start)]
                )
                if put_off and dropped:
                    # in a sentence that puts a plan off ("postponed a trip that was to begin on Sunday"), the day
                    # is the plan's, or the day of putting it off: not that of another occurrence the same words
                    # name (the trip made months later)
                    twins = {ev.cue_key for ev in dropped}
                    planned = [*dropped, *(ev for ev in linked if ev.cue_key not in twins)]
                out.append(Constraint("planned date", expr.start, expr.end, text, tuple(dict.fromkeys(planned)), expr))
                continue
            held = _linked(expr, text, linked, unheld, _puts_off(expr, found_plans, put_off_text))
            if held is not None and held.kind == "relative date" and _departs(masked, expr):
                held = dataclasses.replace(held, departs=True)
            if held is not None and held.kind == "relative date" and ZONE_AFTER.match(masked, expr.end):
                held = dataclasses.replace(held, zoned=True)
            if held is not None:
                out.append(held)
            elif expr.rule == "weekday" and (expr.groups["mod"] or "on").lower() == "on":
                if expression_tense(masked, expr) == "past":
                    out.append(
                        Constraint("recent weekday", expr.start, expr.end, text, expression=expr, tier=TIER_WEEKDAY)
                    )
            continue
        tense = expression_tense(masked, expr)
        if _has_year(expr):
            r = resolve(expr, None)
            if r.start is None or expr.rule in ("year", "year range"):
                continue  # a bare year is too coarse, and often one still to come ("the 2024 election")
            if tense == "future":
                out.append(
                    Constraint("coming date", expr.start, expr.end, text, expression=expr, last=r.end, tier=TIER_DATE)
                )
            elif tense == "past" or (tense == "unknown" and expr.rule in ("full date", "iso date")):
                out.append(
                    Constraint(
                        "reported date", expr.start, expr.end, text, expression=expr, first=r.start, tier=TIER_DATE
                    )
                )
        elif expr.rule in DAY_RULES and tense == "past":
            out.append(Constraint("recent date", expr.start, expr.end, text, expression=expr, tier=TIER_DATE))
        elif expr.rule in DAY_RULES and tense == "future":
            out.append(Constraint("near coming date", expr.start, expr.end, text, expression=expr, tier=TIER_DATE))
        if linked and expr.rule in DAY_RULES and not _has_year(expr):
            # a year-less day in a sentence about events ("met in San Francisco on November 9-10") is read
            # like a relative date: the year a reader gives it from the publication day (by the sentence's
            # tense) must put it on one of them, which fixes the year the text leaves out
            held = _linked(expr, text, linked, unheld, _puts_off(expr, found_plans, put_off_text))
            if held is not None:
                out.append(held)
        if expr.rule == "full date" and not _has_year(expr):
            # "on Monday, June 19": the weekday names the year
            before = WEEKDAY_BEFORE.search(masked, max(expr.sentence_start, expr.start - 16), expr.start)
            named = expr.groups["weekday"] or (before["weekday"] if before is not None else None)
            at = before.start() if before is not None else expr.start
            if named is not None:
                g = expr.groups
                month_day = (MONTH_NUMBERS[(g["month"] or g["month2"]).lower().rstrip(".")], _day_of(expr))
                out.append(
                    Constraint(
                        "weekday date",
                        at,
                        expr.end,
                        raw[at : expr.end],
                        expression=expr,
                        tier=TIER_DATE,
                        month_day=month_day,
                        weekday=_WEEKDAY_NUMBERS[named],
                        tense=tense if tense in ("past", "future") else "unknown",
                    )
                )
    return sorted(_pin_weekdays(out), key=lambda c: (c.start, c.kind))


# The sentences after the lead that say what its news is ("... on Sunday held talks. ... his talks with
# Foreign Minister Qin ..."), besides the headline just before it: a lead paragraph of up to three sentences
# and the first of the next one, where a story often first names the place or occasion of its news.
LEAD_REACH = 3
# The rules of dates that name a month or a longer time ("in February", "since 2018", "last year"): a
# sentence after the lead that gives one dates its own news by it.
BACKGROUND_RULES = {
    "month alone",
    "month year",
    "relative month",
    "year",
    "year range",
    "decade",
    "season",
    "part of month",
    "week of month",
    "full date",
    "month day range",
    "iso date",
}


def _lead(raw: str, masked: str, by_sentence: dict, expressions=()) -> tuple[tuple[int, int], list[Event]] | None:
    """The lead sentence of a news story (the first opened by a place dateline at the top of the page, else the
    first paragraph there that opens with a long sentence of prose, `LEAD_LINE`) and the events named in it, in
    the line before a datelined lead (the headline) and in the `LEAD_REACH` sentences after it: a relative date
    of the lead ("on Sunday held talks") dates the story's news, which those sentences name. A sentence after
    the lead that dates what it names by a time of its own, a month or longer (`BACKGROUND_RULES`: "the
    balloon downed in February", "the first visit since 2018"), names the story's background, not its
    news: its events are not the lead's."""
    top = _top_of_page(raw)
    background = {(x.sentence_start, x.sentence_end) for x in expressions if x.rule in BACKGROUND_RULES}
    # the top of the page and the sentences after it (offsets kept; the last one may be cut short)
    sentences = sentence_spans(masked[: top + TOP_CHARS])
    for k, (s, e) in enumerate(sentences[:-1]):
        if s >= top:
            break
        if PLACE_DATELINE.match(masked, s, e):
            events = [
                ev
                for span in sentences[max(k - 1, 0) : k + LEAD_REACH + 1]
                if span[0] <= s or span not in background
                for ev in by_sentence.get(span, ())
            ]
            return (s, e), list(dict.fromkeys(events))
    # a page with no dateline: the first paragraph that is a sentence of prose opens the story
    for k, (s, e) in enumerate(sentences[:-1]):
        if s >= top:
            return None
        if (s == 0 or masked[s - 1] == "\n") and masked[s:e].rstrip().endswith(".") and LEAD_LINE.match(masked, s, e):
            events = [
                ev
                for span in sentences[k + 1 : k + LEAD_REACH + 1]
                if span not in background
                for ev in by_sentence.get(span, ())
            ]
            return (s, e), list(dict.fromkeys(events))
    return None


# A paragraph that opens a story without a dateline: a sentence of prose (over 120 characters) ending in a stop.
LEAD_LINE = re.compile(r"[A-Z][^\n]{120,}?[.](?:\s|$)")


# A clause of its own between a plan's words and what follows: "had been set to travel in February but
# canceled the trip" (what follows "but" is reported, not planned).
PLAN_BREAK = re.compile(r"\bbut\b|;", re.I)


def _after_plan(plans: list[int], sentence_start: int, at: int, masked: str) -> bool:
    """Whether the words of an unrealized plan (`plans`: where each ends) stand in the sentence before `at`,
    within `UNREALIZED_REACH` characters, with no "but" or semicolon between (`PLAN_BREAK`)."""
    i = bisect_right(plans, at) - 1
    return (
        i >= 0
        and max(sentence_start, at - UNREALIZED_REACH) <= plans[i] <= at
        and PLAN_BREAK.search(masked, plans[i], at) is None
    )


def _names_report_day(masked: str, expr: DateExpression) -> bool:
    """Whether a weekday stands beside a reporting verb ("the ministry said Sunday"): the day of a report,
    not of the events reported."""
    before = masked[max(expr.sentence_start, expr.start - 40) : expr.start]
    return bool(
        REPORTED_ON.search(before) or REPORTED_AFTER.match(masked, expr.end, min(expr.sentence_end, expr.end + 30))
    )


def _puts_off(expr: DateExpression, found_plans, put_off_text: bool) -> str:
    """What the plan words a date shares with another occurrence name, in a text that reports a plan put off:
    the plan ('plan'), for a date said in the past or one in a sentence that puts a plan off ("will not
    travel this weekend"); the other occurrence ('other'), for a date still to come in any other sentence,
    or one naming the day of writing or after it, whatever its clause's tense (`_names_now`, `_ahead`:
    "played down hopes ahead of the visit next week" said after a February trip was put off), since a plan
    put off is no longer to come ("will travel next week, rescheduling the visit that was cancelled"); '' in
    a text that puts no plan off."""
    if not put_off_text:
        return ""
    here = any(q["put_off"] is not None and expr.sentence_start <= q.start() < expr.sentence_end for q in found_plans)
    if here or (expr.tense != "future" and not _names_now(expr) and not _ahead(expr)):
        return "plan"
    return "other"


def _names_now(expr: DateExpression) -> bool:
    """Whether a date names the day of writing or a later one ("today", "tonight", "tomorrow"), whatever the
    tense of its clause ("said his visit today aims…"): a plan the text reports put off is not under way
    then, so outside the sentence that puts it off such a day is another occurrence's."""
    if expr.rule != "deictic day":
        return False
    r = resolve(expr, _SOME_DAY)
    return r is not None and r.start is not None and r.start >= _SOME_DAY


def _linked(expr: DateExpression, text: str, linked, unheld, put_off: str = "") -> Constraint | None:
    """A date that must land on one of the events `linked` to it (a relative date, or a year-less day beside
    events): as coming where its clause is future, else as past, leaving out events never held; None when
    no event is left. In a text that reports the plan put off (`put_off`, see `_puts_off`), the words a plan
    never held shares with another occurrence name the plan ('plan': the date may be the plan's, not the
    other's) or, for a date still to come outside the sentence that puts it off, the other ('other')."""
    twins = {ev.cue_key for ev in linked or () if ev.event_id in unheld}
    if put_off == "other" and any(ev.event_id not in unheld and ev.cue_key in twins for ev in linked or ()):
        linked = [ev for ev in linked if ev.event_id not in unheld or ev.cue_key not in twins]
    if linked and put_off == "plan" and twins:
        linked = [ev for ev in linked if ev.event_id in unheld or ev.cue_key not in twins]
        if expr.tense == "past":
            return Constraint("planned date", expr.start, expr.end, text, tuple(dict.fromkeys(linked)), expr)
    if linked and expr.tense == "past":
        linked = [ev for ev in linked if ev.event_id not in unheld]
    if not linked:
        return None
    if expr.tense == "unknown" and expr.rule == "month alone" and expr.groups["month2"]:
        # the month of an event named in the possessive ("at November's summit") in a clause of no tense of its
        # own: the month gone by or the coming one
        return Constraint("planned date", expr.start, expr.end, text, tuple(dict.fromkeys(linked)), expr)
    tier = TIER_COMING if expr.tense == "future" else TIER_EVENT
    return Constraint("relative date", expr.start, expr.end, text, tuple(dict.fromkeys(linked)), expr, tier=tier)


def _past_weekdays(raw: str, masked: str, reported: bool = True) -> set[int]:
    """The weekdays (0 = Monday) a text names bare just after a reporting verb ("the ministry said Sunday"),
    outside a transcript's remarks (their days are the speakers'). Other past weekdays may name days
    before the latest event reported ("said he had ordered on Wednesday"); `reported=False` gives them
    too (every bare "on Tuesday" of a past clause)."""
    spoken = transcript_date(raw)
    found = set()
    for expr in find_expressions(masked):
        if expr.rule != "weekday" or (expr.groups["mod"] or "on").lower() != "on":
            continue
        if spoken is not None and expr.start >= spoken[1]:
            continue
        if POSSESSIVE.match(masked, expr.end):
            continue
        if EARLIER_CLAUSE.search(masked, max(expr.sentence_start, expr.start - 60), expr.start):
            continue
        if not reported and expr.tense == "past":
            found.add(resolve(expr, Date(2000, 1, 3)).end.weekday())
            continue
        if (
            REPORTED_ON.search(masked[max(expr.sentence_start, expr.start - 40) : expr.start])
            or REPORTED_AFTER.match(masked, expr.end, min(expr.sentence_end, expr.end + 30))
            or (
                OPENS_SENTENCE.fullmatch(masked, expr.sentence_start, expr.start)
                and REPORTED_OPENING.match(masked, expr.end, expr.sentence_end)
            )
        ):
            found.add(resolve(expr, Date(2000, 1, 3)).end.weekday())
    return found


def _past_months(masked: str) -> set[int]:
    """The months (1-12) a text names bare, without a year, in a past clause ("she travelled there in
    May"): a month the writer still lives in is "this month" or "earlier this month", so such a month is
    over when the text is written."""
    return {
        MONTH_NUMBERS[expr.groups["month"].lower()[:3]]
        for expr in find_expressions(masked)
        if expr.rule == "month alone" and expr.tense == "past" and not expr.groups.get("month2")
    }


def _pin_weekdays(cons: list[Constraint]) -> list[Constraint]:
    """Bare past weekdays read against the latest day dated in their own sentence ("said Tuesday that the
    talks of June 18, 2023 …"): publication lies within the six days after the first such weekday on or
    after that day. A weekday with no dated day beside it bounds nothing and is left out (a date in
    another sentence may be background, months older)."""
    out = []
    for c in cons:
        if c.kind != "recent weekday":
            out.append(c)
            continue
        e = c.expression
        beside = [
            d.first
            for d in cons
            if d.kind == "reported date"
            and d.expression.rule in DAY_RULES
            and (d.expression.sentence_start, d.expression.sentence_end) == (e.sentence_start, e.sentence_end)
        ]
        if beside:
            out.append(_weekday_bound(c, max(beside)))
    return out


@dataclass
class Inference:
    """The publication interval the statements allow: `earliest` and `latest` are None on a side that nothing
    closes (an interval open above or below; both None: no date), `best` the single most likely day."""

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


@lru_cache(maxsize=16)
def _ordinals(days: tuple[Date, ...]):
    import numpy as np

    return np.array([d.toordinal() for d in days])


_ALLOWED: dict[tuple, object] = {}

# How far (in days) any day a relative date denotes can lie from the anchor it is read against, per rule of
# `analysis.dates`, whatever its words and tense (and, for "relative unit", per unit). A relative date holds
# only where it meets one of its events, so on a day further than this from every event it does not hold.
# weekday: the named day of the week before, of or after the anchor's, a span of up to six more days
# (anchor-13 .. anchor+19); deictic day: the day before yesterday .. the day after tomorrow; weekend: the
# weekend of the week before, of or after the anchor's (anchor-8 .. anchor+13); end of week: Friday to
# Sunday of the anchor's week; relative unit: the week, month or year before, of or after the anchor's.
# The part of period rule is left out: it is read against its enclosing period too.
# A year-less day (full date, month day range) is of the year before, of or after the anchor's.
_REACH = {
    "weekday": 21,
    "ordinal day": 31,
    "deictic day": 2,
    "weekend": 14,
    "end of week": 7,
    "full date": 366,
    "month day range": 366,
}
_UNIT_REACH = {"week": 14, "month": 62, "year": 732}


def _reach(expr: DateExpression) -> int | None:
    """How far from the anchor the days `expr` denotes can lie, or None when its rule has no such bound."""
    if expr.rule == "relative unit":
        return _UNIT_REACH.get((expr.groups.get("unit") or "").lower())
    return _REACH.get(expr.rule)


def _allowed_by_day(c: Constraint, days: tuple[Date, ...]):
    """The days on which `c` holds, each day tested on its own."""
    import numpy as np

    return np.array([c.holds(d) for d in days])


# Rules whose reading against a day depends on the day's month alone (`analysis.dates`: "in February", "last
# August", "next March" are the occurrence of the month nearest the day's month, before or after it, whatever
# its day): a relative date of theirs means the same on every day of a month.
MONTH_READ_RULES = {"month alone", "relative month"}


def _allowed_by_month(c: Constraint, days: tuple[Date, ...]):
    """The days on which relative date or planned date `c` (of `MONTH_READ_RULES`) holds, as `_allowed_by_day`
    finds them, but reading the date once per month of `days` (a plan's date in both tenses, as
    `Constraint.holds` reads it); the days within its events are tested one by one (a relative date said as
    still to come on them, see `Constraint.holds`)."""
    import numpy as np

    column = np.zeros(len(days), dtype=bool)
    at = 0
    planned = c.kind == "planned date"
    for _, month in groupby(days, key=lambda d: (d.year, d.month)):
        n = sum(1 for _ in month)
        column[at : at + n] = c.holds(days[at]) if planned else c._meets(_relative_range(c.expression, days[at]))
        at += n
    ordinals = _ordinals(days)
    for ev in c.events:
        for i in np.flatnonzero((ordinals >= ev.start.toordinal()) & (ordinals <= ev.end.toordinal())):
            column[i] = c.holds(days[i])
    return column


def _allowed_by_period(c: Constraint, days: tuple[Date, ...]):
    """The days on which relative date `c`, a part of a period cut at the day ("earlier this year", "later
    in the month"), holds, as `_allowed_by_day` finds them: such a part is read as the whole week, month or
    year of the day (`enclosing_period`), in any tense, so the days of one period share one reading, judged
    once (and a day within its events, where `Constraint.holds` reads a date said as still to come in the
    past tense too, has no other)."""
    import numpy as np

    column = np.zeros(len(days), dtype=bool)
    at = 0
    for period, run in groupby(days, key=lambda d: enclosing_period(c.expression, d)):
        n = sum(1 for _ in run)
        column[at : at + n] = c._meets(period)
        at += n
    return column


def _allowed_near_events(c: Constraint, days: tuple[Date, ...], reach: int):
    """The days on which relative date `c` holds, testing only the days within `reach` of one of its events:
    a further day's reading of the date cannot meet any of them."""
    import numpy as np

    ordinals = _ordinals(days)
    near = np.zeros(len(days), dtype=bool)
    for ev in c.events:
        near |= (ordinals >= ev.start.toordinal() - reach) & (ordinals <= ev.end.toordinal() + reach)
    column = np.zeros(len(days), dtype=bool)
    for i in np.flatnonzero(near):
        column[i] = c.holds(days[i])
    return column


# Rules of a year-less day read like a relative date ("on November 9-10" beside an event): the day it
# resolves to moves forward with the anchor a year at a time.
YEARLESS_RULES = {"full date", "month day range"}


def _allowed_stepwise(c: Constraint, days: tuple[Date, ...], reach: int):
    """The days on which a year-less day `c` holds, as `_allowed_near_events` finds them, but resolving the
    date only where its reading changes: within the days near its events the day it resolves to never moves
    back as the anchor moves on, so each run of anchors sharing one reading is found by bisection and
    judged once. The days within its events are tested one by one (said as still to come on them)."""
    import numpy as np

    ordinals = _ordinals(days)
    near = np.zeros(len(days), dtype=bool)
    for ev in c.events:
        near |= (ordinals >= ev.start.toordinal() - reach) & (ordinals <= ev.end.toordinal() + reach)
    column = np.zeros(len(days), dtype=bool)
    idx = np.flatnonzero(near)
    if not len(idx):
        return column
    runs = np.split(idx, np.flatnonzero(np.diff(idx) > 1) + 1)
    expr = c.expression

    def reading(i: int) -> Date | None:
        return resolve(expr, days[i]).start

    for run in runs:
        i, last = int(run[0]), int(run[-1])
        while i <= last:
            here = reading(i)
            lo, hi = i, last
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if reading(mid) == here:
                    lo = mid
                else:
                    hi = mid - 1
            column[i : lo + 1] = c._meets(_relative_range(expr, days[i]))
            i = lo + 1
    for ev in c.events:
        for i in np.flatnonzero((ordinals >= ev.start.toordinal()) & (ordinals <= ev.end.toordinal()) & near):
            column[i] = c.holds(days[i])
    return column


def _allowed_by_reading(c: Constraint, days: tuple[Date, ...]):
    """The days on which a year-less day said in the past or of what is to come (`c`, a "recent date" or a
    "near coming date" of `YEARLESS_RULES`) holds, as `_allowed_by_day` finds them, but resolving the date
    only where its reading changes. The day it resolves to (the occurrence nearest the anchor, see
    `analysis.dates`) never moves back as the anchor moves on, so the anchors that give one day make one
    run, found by bisection; each day of the run is then judged against that reading. A day with no reading
    (a 29 February in a year without one nearby) is tried on its own: such days may make several runs."""
    import numpy as np

    holds = _recent_reading_holds if c.kind == "recent date" else _near_coming_reading_holds
    expr = c.expression
    column = np.zeros(len(days), dtype=bool)
    i, last = 0, len(days) - 1
    while i <= last:
        here = resolve(expr, days[i])
        lo, hi = i, last
        while here.start is not None and lo < hi:
            mid = (lo + hi + 1) // 2
            if resolve(expr, days[mid]) == here:
                lo = mid
            else:
                hi = mid - 1
        for k in range(i, lo + 1):
            column[k] = holds(here, days[k])
        i = lo + 1
    return column


def _allowed_days(c: Constraint, days: tuple[Date, ...]):
    """The days of `days` on which statement `c` holds, as a boolean array.

    Remembered by what the statement says (its kind, events, bounds and, for
    a relative date, the expression's rule, words and tense), not by where it
    stands: a corpus says "on Sunday" of the same event many times, and each
    distinct statement is resolved against every day once.
    """
    import numpy as np

    e = c.expression
    key = (
        c.kind,
        c.events,
        c.first,
        c.last,
        c.month_day,
        c.weekday,
        c.tense,
        c.departs,
        c.zoned,
        days[0],
        days[-1],
        (e.rule, tuple(e.groups.items()), e.text, e.tense) if e and c.first is None and c.last is None else None,
    )
    column = _ALLOWED.get(key)
    if column is None:
        ordinals = _ordinals(days)
        if c.kind == "reported event":  # event statements are thresholds
            column = ordinals >= min(ev.start for ev in c.events).toordinal()
        elif c.kind == "anticipated event":
            column = ordinals <= max(ev.end for ev in c.events).toordinal()
        elif c.kind == "trip under way":
            column = np.zeros(len(days), dtype=bool)
            for ev in c.events:
                column |= (ordinals >= (ev.start - JOURNEY_DAYS).toordinal()) & (ordinals <= ev.end.toordinal())
        elif c.first is not None or c.last is not None:
            column = np.ones(len(days), dtype=bool)
            if c.first is not None:
                column &= ordinals >= c.first.toordinal()
            if c.last is not None:
                column &= ordinals <= c.last.toordinal()
        elif c.kind == "relative date" and c.expression.rule in YEARLESS_RULES:
            column = _allowed_stepwise(c, days, _reach(c.expression) + JOURNEY_DAYS.days + 1)
        elif c.kind in ("relative date", "planned date") and _reach(c.expression) is not None:
            column = _allowed_near_events(c, days, _reach(c.expression) + JOURNEY_DAYS.days + 1)
        elif c.kind in ("relative date", "planned date") and c.expression.rule in MONTH_READ_RULES:
            column = _allowed_by_month(c, days)
        elif c.kind in ("recent date", "near coming date") and c.expression.rule in YEARLESS_RULES:
            column = _allowed_by_reading(c, days)
        elif c.kind == "relative date" and enclosing_period(c.expression, days[0]) is not None:
            column = _allowed_by_period(c, days)
        else:
            column = _allowed_by_day(c, days)
        if len(_ALLOWED) >= 4096:
            _ALLOWED.clear()
        _ALLOWED[key] = column
    return column


def infer_publication(
    raw: str,
    masked: str,
    events: tuple[Event, ...] | None = None,
    days_between: tuple[Date, Date] | None = None,
    unheld=(),
) -> Inference:
    """The publication interval the article's own statements allow (see module doc).

    The days tried are those of `days_between` (a profile's window), else of
    `window(events)`, widened by a year on each side and by the dates the
    text gives, so that the window never narrows an interval by itself: an
    interval that reaches the edge of the days tried is open on that side
    (its `earliest` or `latest` is None), and one open on both sides is no
    date at all. `unheld`: the ids of
    events that were planned but never held (a profile's `timeline.planned`).
    The result is shared between calls on the same text: do not change it.
    """
    events = load_events() if events is None else events
    return _infer(raw, masked, events, days_between, frozenset(unheld))


def _search_days(cons: list[Constraint], days_between) -> tuple[Date, ...]:
    """The window and a `MARGIN` on each side, reaching further where the text dates a day beyond them
    (the same days for most articles, so that what each statement allows is computed once)."""
    first, last = days_between[0] - MARGIN, days_between[1] + MARGIN
    for c in cons:
        for d in (c.first, c.last):
            if d is not None and not first <= d <= last:
                first, last = min(first, d - MARGIN), max(last, d + MARGIN)
    return _days(first, last)


def _choose(columns, feasible):
    """The days of `feasible` the statements `columns` (of one tier) leave.

    Where they agree, the days on which all of them hold. Where they
    conflict (no day satisfies all), one of them is wrong and the text does
    not say which: the answer widens to every day of `feasible` from the
    first to the last on which all but one hold, rather than trusting the
    majority. Statements that hold on no day of `feasible` are set aside.
    """
    import numpy as np

    usable = [c for c in columns if (c & feasible).any()]
    if not usable:
        return feasible
    scores = np.sum([c & feasible for c in usable], axis=0)
    top = scores[feasible].max()
    if top == len(usable):
        return feasible & (scores == top)
    near = np.flatnonzero(feasible & (scores >= top - 1))
    span = np.zeros(len(feasible), dtype=bool)
    span[near[0] : near[-1] + 1] = True
    return feasible & span


def _weekday_bound(c: Constraint, after: Date) -> Constraint:
    """A bare past weekday, read against the latest day the text dates: the first such day on or after it,
    so publication lies within the six days that follow (the interval is left open below)."""
    weekday = resolve(c.expression, after).end.weekday() if c.expression else after.weekday()
    named = after + dt.timedelta(days=(weekday - after.weekday()) % 7)
    return Constraint(
        c.kind, c.start, c.end, c.text, c.events, c.expression, None, named + dt.timedelta(days=6), c.tier
    )


# How wide an interval closed on both sides may be for the weekday of the report it carries to narrow it: a
# report is not older than what it reports, but the wider the interval the likelier its first day is a
# background event's, not the news'.
REPORT_WEEK_REACH = 31


def _within_week_of_report(
    days: tuple[Date, ...],
    lo: int,
    hi: int,
    weekdays: set[int],
    named_days: set[int] = frozenset(),
    opened_by_coming: bool = False,
) -> tuple[int, int]:
    """An interval closed on both sides (days[lo]..days[hi]) narrowed by the bare weekdays the text reports
    as the day of its news ("the ministry said Sunday"): each is the first such day on or after the
    interval's first day, and publication falls on the latest of them or within the six days after the
    first; not past its first day where a past weekday of the text (`named_days`) names that day itself and
    a report's weekday falls six days after it (the day before the news, as likely). Left as it is where that leaves no day, or where the interval is wider than
    `REPORT_WEEK_REACH` days, or where only a statement of what is still to come sets its first day
    (`opened_by_coming`, see `_opened_by_coming`) and the interval holds the weekday more than once: its first
    day is then no news's, and the first such weekday no likelier than the next."""
    if not weekdays or hi - lo + 1 > REPORT_WEEK_REACH:
        return lo, hi
    first = days[lo]
    named = [first + dt.timedelta(days=(w - first.weekday()) % 7) for w in weekdays]
    start, end = max(named), min(min(named) + dt.timedelta(days=6), days[hi])
    if first.weekday() in named_days and start == first + dt.timedelta(days=6):
        # a past weekday of the text names the interval's first day, the news's own ("on Friday scrapped the
        # trip"), and a report's weekday is read six days after it ("the ministry said Thursday"): that is the
        # day before the news as likely as a week later, so it does not raise the first day
        start = first
    if start > end:
        return lo, hi
    if opened_by_coming and any(d + dt.timedelta(days=7) <= days[hi] for d in named):
        # the first day is set by what is still to come ("ahead of the visit next week"), not by news
        # reported as done: the weekday may be any of those the interval holds, so none is chosen
        return lo, hi
    return lo + (start - first).days, lo + (end - first).days


def _opened_by_coming(cons: list[Constraint], columns: dict, lo: int) -> bool:
    """Whether every statement whose allowed days begin at the interval's first day (`lo`) speaks of what is
    still to come: a coming event or date, or a relative date that lies ahead whatever its clause's tense
    ("ahead of the visit next week": a week of which the visit takes half or more)."""
    opening = [
        c for i, c in enumerate(cons) if len(columns[i]) > lo and columns[i][lo] and (lo == 0 or not columns[i][lo - 1])
    ]
    return bool(opening) and all(
        c.tier == TIER_COMING or (c.expression is not None and c.kind == "relative date" and _ahead(c.expression))
        for c in opening
    )


def _closed_by_a_named_weekday(cons: list[Constraint], days: tuple[Date, ...], lo: int, hi: int, raw, masked) -> int:
    """An interval open above, closed by a bare past weekday that names a day the text dates with its year:
    "on Saturday made clear …" in a text that gives "February 18, 2023", a Saturday, on or after the
    interval's first day. A bare weekday names a day of the week before the writer's, so the page is of that
    day or of the six after it. The latest such day decides; left open where none."""
    weekdays = _past_weekdays(raw, masked, False)
    if not weekdays:
        return hi
    dated = [
        c.first
        for c in cons
        if c.kind == "reported date"
        and c.expression is not None
        and c.expression.rule in ("full date", "iso date")
        and c.first >= days[lo]
        and c.first.weekday() in weekdays
    ]
    if not dated:
        return hi
    return min(hi, lo + (max(dated) + dt.timedelta(days=6) - days[lo]).days)


def _news_events(raw: str, masked: str, events) -> tuple[set, int]:
    """The events a news story names as its news: those of its lead (`_lead`: the lead sentence and the
    sentences after it that do not date their own background) and of the lines above it (the headline, a
    standfirst), each named as itself, not as a point of reference ("a year after the summit"); and where
    the lead ends. Nothing and 0 where the page has no lead."""
    mentions = [m for m in event_mentions(masked, events) if _reference(masked, m) is None]
    by_sentence: dict = {}
    for m in mentions:
        by_sentence.setdefault((m.sentence_start, m.sentence_end), []).extend(m.events)
    lead = _lead(raw, masked, by_sentence, find_expressions(masked))
    if lead is None:
        return set(), 0
    (_, lead_end), named = lead
    return set(named) | {ev for m in mentions if m.sentence_start < lead_end for ev in m.events}, lead_end


def _closed_as_news(cons, columns, days, lo: int, hi: int, raw: str, masked: str, events) -> int:
    """An interval open above, opened by an event the text reports as past and names as its news
    (`_news_events`: in its headline or lead), in a text that speaks of bare past weekdays ("said
    Wednesday", "on Tuesday"): news names a day of the week only for a day of the week before it is written,
    so the page is of the first week of the news. Each weekday is read as the first such day on or after the
    interval's first day, and the page as of the latest of them or the six days after it (a reading as wide
    as the weekdays allow: some may name a day before the news). Left open where the event is named only
    further down or as a point of reference (it may be background to later news the chronology does not
    list), where the page has no lead, or where no weekday is named."""
    import numpy as np

    weekdays = _past_weekdays(raw, masked, False)
    if not weekdays:
        return hi
    opening = {
        ev
        for i, c in enumerate(cons)
        if c.kind == "reported event" and len(np.flatnonzero(columns[i])) and np.flatnonzero(columns[i])[0] == lo
        for ev in c.events
    }
    if not opening:
        return hi
    news, lead_end = _news_events(raw, masked, events)
    if not opening & news:
        return hi
    # a month the headline or lead names that is not the event's dates the news by itself ("traveled to
    # Beijing in May", the event in February): the event is its background
    months = {m for ev in opening for m in (ev.start.month, ev.end.month)}
    for expr in find_expressions(masked):
        month = expr.groups.get("month") if expr.sentence_start < lead_end else None
        if month and MONTH_NUMBERS.get(month.lower()[:3]) not in months:
            return hi
    first = days[lo]
    named = max(first + dt.timedelta(days=(w - first.weekday()) % 7) for w in weekdays)
    return min(hi, lo + (named + dt.timedelta(days=6) - first).days)


# Relative dates that name a span longer than a week ("last month", "this year"): the first day of what they
# allow is a calendar edge, not the day of any news.
PERIOD_GRANULARITIES = {"month", "months", "quarter", "season", "half", "year", "years", "decade", "period"}


def _opened_by_a_period(cons: list[Constraint], columns: dict, lo: int, days: tuple[Date, ...]) -> bool:
    """Whether the interval's first day is set only by relative dates of a month or longer ("postponed the
    trip last month" read on the first of the month): the news of the page may fall on any week of it, so
    the weekday of its report does not narrow the interval to the first."""
    import numpy as np

    binding = [c for i, c in enumerate(cons) if len(np.flatnonzero(columns[i])) and np.flatnonzero(columns[i])[0] == lo]
    return bool(binding) and all(
        c.kind in ("relative date", "planned date")
        and resolve(c.expression, days[lo]).granularity in PERIOD_GRANULARITIES
        for c in binding
    )


# Dates that name a month of the calendar or a longer part of it ("in May", "early June", "this spring"):
# one that cannot meet the event its sentence names on any publication day puts that event in another
# month than the chronology's (a day may be off by one from an event's and still be about it).
CALENDAR_RULES = {"month alone", "part of month", "season"}


def _set_aside_other_occurrences(cons: list[Constraint], columns: dict, events, days) -> None:
    """A text that dates an event its words name to a month it cannot be in ("the director's visit in May",
    the chronology's visit being in June) speaks of another occurrence named by the same words (another
    official's visit): its relative dates linked only to such events ("last month the director
    travelled, an official said of the trip") say nothing of the publication day, and are set aside
    (their column allows every day). Not where the month fits another event the same words name (a plan
    never held, "the trip planned for February"): that is the one the text speaks of."""
    import numpy as np

    others = set()
    for i, c in enumerate(cons):
        if c.kind != "relative date" or c.expression.rule not in CALENDAR_RULES or columns[i].any():
            continue
        keys = {ev.cue_key for ev in c.events}
        twins = tuple(ev for ev in events if ev.cue_key in keys)
        if (
            len(twins) > len(c.events)
            and _allowed_days(dataclasses.replace(c, kind="planned date", events=twins), days).any()
        ):
            continue
        others.update(ev.event_id for ev in c.events)
    if not others:
        return
    for i, c in enumerate(cons):
        if c.kind in ("relative date", "planned date") and all(ev.event_id in others for ev in c.events):
            columns[i] = np.ones(len(columns[i]), dtype=bool)


# A page's bare date line (no "Published" label, no time) may be the day the page was served or stored, which
# sites print in their header beside the weather: it dates the page only where the story agrees.
BARE_STAMP = re.compile(rf"[ \t]*{_STAMP_DATE}[ \t]*\Z")
# How far beyond every day the story's own statements allow a bare date line must lie to be read as the day
# the page was served rather than a page carried a little late: two weeks (a month let a preview whose page
# was stored three weeks after the event it awaits be dated by the day of storing).
BANNER_GAP = 14


def _set_aside_banners(cons: list[Constraint], columns: dict) -> None:
    """A bare date line of the page (`BARE_STAMP`) later by more than `BANNER_GAP` days than every day allowed
    by the statements that tie the story to dated events and close its interval above (a weekday said of the
    news, "on Wednesday"; an event still to come) is the day the page was served, not the story's: its
    column allows every day. Kept where no such statement speaks, or where any of them meets it."""
    import numpy as np

    closing = []
    for i, c in enumerate(cons):
        if c.events and c.kind in ("relative date", "anticipated event") and columns[i].any():
            allowed = np.flatnonzero(columns[i])
            if allowed[-1] < len(columns[i]) - 1:
                closing.append(int(allowed[-1]))
    if not closing:
        return
    for i, c in enumerate(cons):
        if c.kind != "date stamp" or not BARE_STAMP.match(c.text) or not columns[i].any():
            continue
        if int(np.flatnonzero(columns[i])[0]) > max(closing) + BANNER_GAP:
            columns[i] = np.ones(len(columns[i]), dtype=bool)


@lru_cache(maxsize=8)
def _infer(raw: str, masked: str, events: tuple[Event, ...], days_between, unheld: frozenset) -> Inference:
    import numpy as np

    cons = constraints(raw, masked, events, unheld)
    if not cons:
        return Inference(None, None, None, 0, 0, [])
    days = _search_days(cons, days_between or window(events))
    feasible = np.ones(len(days), dtype=bool)
    columns = {i: _allowed_days(c, days) for i, c in enumerate(cons)}
    _set_aside_other_occurrences(cons, columns, events, days)
    _set_aside_banners(cons, columns)
    for tier in (TIER_PAGE, TIER_DATE, TIER_EVENT, TIER_COMING, TIER_WEEKDAY):
        tiered = [i for i, c in enumerate(cons) if c.tier == tier]
        feasible = _choose([columns[i] for i in tiered], feasible)
    chosen = np.flatnonzero(feasible)
    lo, hi = int(chosen[0]), int(chosen[-1])
    # days allowed in the outer year of the days searched: nothing closes that side
    outer = OUTER.days
    lo = 0 if lo < outer else lo
    hi = len(days) - 1 if hi >= len(days) - outer else hi
    if lo == 0 and hi == len(days) - 1:
        return Inference(None, None, None, 0, len(cons), [])
    if lo > 0 and hi < len(days) - 1 and not _opened_by_a_period(cons, columns, lo, days):
        lo, hi = _within_week_of_report(
            days,
            lo,
            hi,
            _past_weekdays(raw, masked),
            _past_weekdays(raw, masked, False),
            _opened_by_coming(cons, columns, lo),
        )
    if lo > 0 and hi == len(days) - 1:
        hi = _closed_by_a_named_weekday(cons, days, lo, hi, raw, masked)
    if lo > 0 and hi == len(days) - 1:
        hi = _closed_as_news(cons, columns, days, lo, hi, raw, masked, events)
    earliest, latest = days[lo], days[hi]
    evidence = []
    satisfied = 0
    for i, c in enumerate(cons):
        column = columns[i]
        allowed = np.flatnonzero(column)
        a_lo = days[allowed[0]] if len(allowed) and allowed[0] > 0 else None
        a_hi = days[allowed[-1]] if len(allowed) and allowed[-1] < len(days) - 1 else None
        binds = []
        if a_lo is not None and a_lo == earliest:
            binds.append("earliest")
        if a_hi is not None and a_hi == latest:
            binds.append("latest")
        holds = bool(column[lo])
        satisfied += holds
        evidence.append(
            {
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "kind": c.kind,
                "events": " | ".join(ev.event_id for ev in c.events),
                "allows_from": a_lo,
                "allows_to": a_hi,
                "holds": holds,
                "binds": " and ".join(binds),
            }
        )
    # the best single day is the first (news follows what it reports), unless nothing closes the
    # interval below: then the last, the one day the text does bound
    best = latest if lo == 0 else earliest
    # a preview is written before what it previews begins: where an event spoken of as coming closes the
    # interval, the day before that event began, not its last day (on which it may be spoken of as coming)
    if lo == 0:
        begins = [
            ev.start
            for c in cons
            if c.kind == "anticipated event"
            for ev in c.events
            if ev.end == latest and ev.start <= latest
        ]
        if begins:
            best = min(begins) - dt.timedelta(days=1) if min(begins) > earliest else earliest
    # so is a page that has the traveller on the way: the day before the trip's first day, where it can be
    on_way = [ev.start for c in cons if c.kind == "trip under way" for ev in c.events if earliest < ev.start <= latest]
    if on_way:
        best = min(on_way) - dt.timedelta(days=1)
    # one that tells a traveller arriving is of the trip's first day, where the interval holds it
    firsts = [
        ev.start for c in cons if c.kind == "traveller arriving" for ev in c.events if earliest <= ev.start <= latest
    ]
    if lo > 0 and firsts:
        best = max(best, min(firsts))
    # and one that tells an event as ending is of its last day, one that tells it as just ended (it is over) of
    # the day after, where the interval holds it
    ends = [
        ev.end + dt.timedelta(days=c.kind == "event just ended")
        for c in cons
        if c.kind in ("event ending", "event just ended")
        for ev in c.events
        if earliest <= ev.end + dt.timedelta(days=c.kind == "event just ended") <= latest
    ]
    if lo > 0 and ends:
        best = max(best, min(ends))
    # an article is not older than a past day it dates with its year: where conflicting statements widened
    # the interval below such a day, the best day is not before it
    reported = [c.first for c in cons if c.kind == "reported date" and earliest <= c.first <= latest]
    if lo > 0 and reported:
        best = max(best, max(reported))
    # nor before the end of a bare month it speaks of as past ("met in May"), where the interval's first
    # day lies in an earlier month of the same year and the interval holds the next month's first day (a
    # month earlier in the year than the first day is taken as that year's, before the news: background,
    # "was confirmed in September", not a sign that the page is a year younger)
    if lo > 0:
        ends = [
            dt.date(best.year, m, calendar.monthrange(best.year, m)[1]) + dt.timedelta(days=1)
            for m in _past_months(masked)
            if m > best.month
        ]
        ends = [d for d in ends if d <= latest]
        if ends:
            best = max(best, max(ends))
    # nor before a past weekday that falls within the days of the event whose report opens the interval
    # (a talk "on Tuesday" during a visit reported from its first day on): the first such day on or after
    # the interval's first day, where the event still runs on it
    if lo > 0:
        runs = [ev.end for c in cons if c.kind == "reported event" for ev in c.events if ev.start == earliest < ev.end]
        if runs:
            named = [
                earliest + dt.timedelta(days=(w - earliest.weekday()) % 7) for w in _past_weekdays(raw, masked, False)
            ]
            named = [d for d in named if d <= min(max(runs), latest)]
            if named:
                best = max(best, max(named))
    # nor before a bare weekday it reports as past ("the ministry said Sunday"): the first such day on or
    # after the interval's first day, where the interval holds it
    if lo > 0:
        named = [best + dt.timedelta(days=(w - best.weekday()) % 7) for w in _past_weekdays(raw, masked)]
        named = [d for d in named if d <= latest]
        if named:
            best = max(best, max(named))
    # and on a day the statements allow: where they allow two stretches of days (a plan in February and the
    # visit made in June, both on "Sunday and Monday") and the rules above put the best day in the gap between
    # them, the first allowed day after it
    at = lo + (best - earliest).days
    if lo <= at <= hi and not feasible[at]:
        after = np.flatnonzero(feasible[at : hi + 1])
        if len(after):
            best = days[at + int(after[0])]
    # a side that nothing closes is reported open: the edge of the days searched is no bound the text gives
    return Inference(
        None if lo == 0 else earliest, None if hi == len(days) - 1 else latest, best, satisfied, len(cons), evidence
    )


# --- tables -----------------------------------------------------------------


def expression_rows(article, anchor: Date | None, anchor_source: str, events=None) -> list[dict]:
    """One row per date expression of an article, resolved against `anchor`."""
    events = load_events() if events is None else events
    mentions = event_mentions(article.masked, events)
    by_sentence: dict[tuple[int, int], list[Event]] = {}
    for m in mentions:
        by_sentence.setdefault((m.sentence_start, m.sentence_end), []).extend(m.events)
    rows = []
    spoken = transcript_date(article.raw)
    for expr in find_expressions(article.masked):
        source = anchor_source
        if spoken is not None and expr.start >= spoken[1] and uses_anchor(expr):
            r, source = resolve(expr, spoken[2]), "transcript date"
        else:
            r = resolve(expr, anchor)
        linked = list(dict.fromkeys(by_sentence.get((expr.sentence_start, expr.sentence_end), [])))
        if anchor_source == "inferred" and linked and expr.rule in EVENT_DATED_RULES and source == anchor_source:
            r = _event_reading(expr, r, linked, article.published_earliest, article.published_latest) or r
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
                "anchor": (source if uses_anchor(expr) else "none needed") if r.start else "none",
                "sentence_events": " | ".join(ev.event_id for ev in linked),
                "matches": " | ".join(matching),
            }
        )
    return rows


# Relative dates of a week or less that a short event of their sentence dates by itself ("Blinken met Xi on
# Monday", "the talks on Sunday and Monday", "the summit this week"), whatever day the article is given.
EVENT_DATED_RULES = {"weekday", "weekend", "relative unit", "end of week"}
# The longest event that dates such an expression: within a week, a weekday falls on one day of it.
EVENT_DATING_DAYS = 7


def _event_reading(expr: DateExpression, r, linked, earliest: Date | None, latest: Date | None):
    """The reading of a relative date of an undated article that the short events of its sentence give, where
    the reading against the inferred day `r` meets none of them: of the readings against the days of the
    inferred interval (where it is a month or less; else the days from a week before such an event to a week
    after it), the one reading that meets one of them, if there is exactly one and the sentence's tense allows it (a past day not after the latest publication day, a coming day not
    before the earliest). None where they give none or several, or `r` already meets an event."""
    short = [ev for ev in linked if (ev.end - ev.start).days < EVENT_DATING_DAYS]
    if not short or expr.groups.get("which", "this") not in (None, "this", "last", "the", "that"):
        return None
    if r.start is not None and any(r.start <= ev.end and ev.start <= r.end for ev in linked):
        return None
    if expr.rule == "relative unit" and (expr.groups.get("unit") or "").lower() != "week":
        return None
    if earliest is not None and latest is not None and (latest - earliest).days < REPORT_WEEK_REACH:
        # the readings it has on the days the article may be of
        anchors = [earliest + dt.timedelta(days=k) for k in range((latest - earliest).days + 1)]
    else:
        anchors = [
            ev.start - dt.timedelta(days=EVENT_DATING_DAYS - k)
            for ev in short
            for k in range((ev.end - ev.start).days + 2 * EVENT_DATING_DAYS + 1)
        ]
    readings = set()
    for day in anchors:
        c = resolve(expr, day)
        if c.start is not None and any(c.start <= ev.end and ev.start <= c.end for ev in short):
            readings.add(c)
    if len(readings) != 1:
        return None
    (found,) = readings
    if expr.tense == "past" and latest is not None and found.start > latest:
        return None
    if expr.tense == "future" and earliest is not None and found.end < earliest:
        return None
    return found


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
