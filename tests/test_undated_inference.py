"""Dating an article without a date header: each rule on small made-up texts and a made-up chronology."""

import datetime as dt
import re

import numpy as np
import pytest

from analysis.chronology import Event, _choose, clause_tense, constraints, infer_publication

D = dt.date
FLAGS = re.I | re.S
WINDOW = (D(2030, 1, 1), D(2030, 12, 31))


def event(event_id, start, end=None, cue=None, bound="both", cue_all=()):
    return Event(
        event_id,
        start,
        end or start,
        event_id,
        "test",
        bound,
        re.compile(cue, FLAGS) if cue else None,
        tuple(re.compile(p, FLAGS) for p in cue_all),
    )


# Sunday 12 May to Monday 13 May 2030: a summit in a made-up harbour town
SUMMIT = event("summit", D(2030, 5, 12), D(2030, 5, 13), r"\bsummit\b")
# Friday 10 May 2030: a treaty signed
TREATY = event("treaty", D(2030, 5, 10), cue=r"\btreaty\b")
# a visit planned for March 2030 that never took place, named with the same word as the summit
PLANNED = event("planned_summit", D(2030, 3, 3), D(2030, 3, 4), r"\bsummit\b", bound="future_only")
EVENTS = (TREATY, SUMMIT)


def infer(text, events=EVENTS, window=WINDOW, unheld=()):
    return infer_publication(text, text, events, window, unheld)


def interval(text, **kw):
    inf = infer(text, **kw)
    return inf.earliest, inf.latest


# --- tense: previews and reports ----------------------------------------------------------------------


def test_a_preview_is_not_after_the_event():
    lo, hi = interval("The ministers will attend the summit in the harbour town.\n")
    assert hi == D(2030, 5, 13)  # at the latest on its last day, while it is under way
    assert lo is None  # nothing bounds it from below: the window does not (the interval is open)


def test_the_best_day_is_the_first_unless_the_interval_is_open_below():
    # open below and closed by an event still to come: the day before it began (a preview precedes it)
    assert infer("The ministers will attend the summit in the harbour town.\n").best == D(2030, 5, 11)
    assert infer("The ministers signed the treaty after long talks.\n").best == D(2030, 5, 10)


def test_a_report_is_not_before_the_event():
    lo, hi = interval("The ministers signed the treaty after long talks.\n")
    assert lo == D(2030, 5, 10)
    assert hi is None  # open above, and the window does not close it


def test_preview_and_report_together_bound_both_sides():
    text = "The ministers signed the treaty after long talks. They will attend the summit next.\n"
    assert interval(text) == (D(2030, 5, 10), D(2030, 5, 13))


def test_a_visit_under_way_may_still_be_spoken_of_as_coming():
    text = (
        "The delegates met at the summit on Sunday and talked for hours. "
        "The summit on Sunday and Monday will help calm the dispute.\n"
    )
    assert interval(text) == (D(2030, 5, 12), D(2030, 5, 13))


# --- weekdays -----------------------------------------------------------------------------------------


def test_a_past_weekday_in_a_sentence_about_an_event_places_publication_in_the_week_after():
    text = "Delegates said the summit opened on Sunday with a long speech.\n"
    assert interval(text) == (D(2030, 5, 12), D(2030, 5, 18))


def test_a_past_weekday_next_to_a_dated_day_places_publication_in_the_days_after_it():
    text = "The agency said Friday that the talks held on March 3, 2031 had ended without a deal.\n"
    # the first Friday on or after Monday 3 March is 7 March: the agency spoke that day, so the page is of
    # 7 to 13 March (the day of the report it carries narrows the interval the two statements close)
    assert interval(text, events=()) == (D(2031, 3, 7), D(2031, 3, 13))


def test_a_bare_weekday_alone_is_weak_evidence_and_gives_no_date():
    assert interval("Officials said Tuesday they were hopeful about the talks.\n") == (None, None)


def test_a_weekday_on_a_planned_event_that_never_took_place_does_not_count_in_the_past():
    text = "Delegates said the summit opened on Sunday with a long speech.\n"
    # as in a profile where the word names both, neither bounds publication by a past mention
    both = (PLANNED, event("summit", D(2030, 5, 12), D(2030, 5, 13), r"\bsummit\b", bound="future_only"))
    lo, hi = interval(text, events=both)
    assert lo <= D(2030, 3, 3) and hi >= D(2030, 5, 18)  # either summit: wide
    assert interval(text, events=both, unheld={"planned_summit"}) == (D(2030, 5, 12), D(2030, 5, 18))


# --- dates in the text --------------------------------------------------------------------------------


def test_a_past_date_with_its_year_bounds_from_below():
    lo, hi = interval("On 3 March 2031 the two sides signed an accord in the harbour town.\n", events=())
    assert lo == D(2031, 3, 3) and hi is None


def test_a_date_still_to_come_bounds_from_above():
    lo, hi = interval("The ministers will meet again on June 9, 2031, the agency said.\n", events=())
    assert hi == D(2031, 6, 9) and lo is None


def test_a_scheduled_date_bounds_nothing():
    text = "They agreed to work toward a meeting at the summit that begins Nov. 11, 2031.\n"
    assert interval(text, events=()) == (None, None)


def test_a_year_less_past_date_takes_its_year_from_the_other_evidence():
    text = "The ministers signed the treaty after long talks. On May 20, the envoys held a second round.\n"
    lo, hi = interval(text)
    assert lo == D(2030, 5, 20)


# --- the page's own dates -----------------------------------------------------------------------------


def test_a_date_stamp_line_dates_the_article():
    text = "Harbour News\n\nPublished: 12 May 2030 10:15 GMT\n\nThe delegates will meet at the summit.\n"
    inf = infer(text)
    assert (inf.earliest, inf.latest) == (D(2030, 5, 12), D(2030, 5, 12))
    stamp = next(e for e in inf.evidence if e["kind"] == "date stamp")
    assert text[stamp["start"] : stamp["end"]] == stamp["text"] == "Published: 12 May 2030 10:15 GMT"


def test_a_byline_with_the_author_s_handle_may_carry_the_stamp():
    text = "Harbour News\n\nJane Roe (@janeroe) Published May 12, 2030 | 09:49 PM\n\nThe delegates talked.\n"
    assert interval(text, events=()) == (D(2030, 5, 12), D(2030, 5, 12))
    # a sentence that gives a date after a handle is no stamp
    text = "Harbour News\n\nJane Roe (@janeroe) wrote on May 12, 2030\n\nThe delegates talked.\n"
    assert interval(text, events=())[1] is None


def test_a_stamp_may_give_the_time_before_the_date():
    text = "Harbour News\n\n5:21 pm on 12 May 2030\n\nThe delegates talked.\n"
    assert interval(text, events=()) == (D(2030, 5, 12), D(2030, 5, 12))
    # a sentence that gives a time and a date is no stamp
    text = "Harbour News\n\nThey met at 5:21 pm on 12 May 2030 in the town hall.\n\nThe delegates talked.\n"
    assert interval(text, events=())[1] is None


@pytest.mark.parametrize(
    "stamp",
    [
        "10:48 AM – Sunday, May 12, 2030",
        "at 5:21 pm 12 May 2030",
        "Posted at 5:21 pm 12 May 2030",
        "5:21 PM ET | May 12, 2030",
    ],
)
def test_a_time_before_the_date_may_be_joined_by_a_dash_a_bar_or_at(stamp):
    text = f"Harbour News\n\n{stamp}\n\nThe delegates talked.\n"
    assert interval(text, events=()) == (D(2030, 5, 12), D(2030, 5, 12))


def test_several_stamps_allow_the_days_between_them_and_an_update_only_bounds_above():
    text = "May 10, 2030\nUpdated May 14, 2030\n\nThe delegates talked at length.\n"
    assert interval(text, events=()) == (D(2030, 5, 10), D(2030, 5, 14))
    assert interval("Last updated: 2030-05-14 08:00\n\nThe delegates talked.\n", events=())[1] == D(2030, 5, 14)


def test_a_date_line_below_the_story_is_not_the_page_stamp():
    prose = "The delegates talked at length about fishing rights and the harbour, and about much else. " * 3
    text = f"{prose}\n{prose}\n{prose}\nMore stories\nJune 2, 2021\n"
    assert interval(text, events=()) == (None, None)
    wrapped = "The delegates talked at length\nabout fishing rights.\n" * 60  # prose in short lines
    assert interval(f"{wrapped}More stories\nJune 2, 2021\n", events=()) == (None, None)


def test_a_dateline_dates_the_story_to_its_day_or_the_next():
    text = "HARBOUR TOWN, May 12 (Wire) - The delegates opened the summit with a long speech.\n"
    assert interval(text)[0] == D(2030, 5, 12)  # but which year's 12 May: open above
    assert interval(text)[1] is None
    text = "HARBOUR TOWN, May 12 (Wire) - The delegates opened the summit. They will sign the treaty soon.\n"
    assert interval(text, events=(SUMMIT, event("treaty", D(2030, 5, 14), cue=r"\btreaty\b"))) == (
        D(2030, 5, 12),
        D(2030, 5, 13),
    )


def test_a_dateline_may_name_two_places_and_end_in_a_stop_before_the_dash():
    for line in ("Harbour Town/Capital City, May 12 (Wire).- ", "HARBOUR TOWN, May 12 (Wire).- "):
        text = line + "The delegates opened the summit with a long speech.\n"
        assert interval(text)[0] == D(2030, 5, 12), line
    # a sentence that merely names a day after a comma is no dateline
    for text in (
        "Harbour Town, May 12 was a quiet day - the delegates opened the summit.\n",
        "Harbour Town, May 12 (Wire). The delegates opened the summit - at last.\n",
    ):
        assert "dateline" not in {c.kind for c in constraints(text, text, EVENTS)}, text
    lines = ("Harbour Town/Capital City, May 12 (Wire).- ", "HARBOUR TOWN, May 12 (Wire) - ")
    for line in lines:
        text = line + "The delegates opened the summit.\n"
        assert "dateline" in {c.kind for c in constraints(text, text, EVENTS)}, text


def test_a_dateline_may_give_the_agency_between_slashes_after_a_stop():
    text = "HARBOUR TOWN, May 12. /Wire/. The delegates opened the summit. They will sign the treaty soon.\n"
    assert "dateline" in {c.kind for c in constraints(text, text, EVENTS)}
    assert interval(text, events=(SUMMIT, event("treaty", D(2030, 5, 14), cue=r"\btreaty\b"))) == (
        D(2030, 5, 12),
        D(2030, 5, 13),
    )
    # a date after a comma followed by a path or a fraction is no dateline
    for text in (
        "Harbour Town, May 12. The delegates/observers opened the summit/fair.\n",
        "Harbour Town, May 12 /Wire/ the delegates opened the summit.\n",
    ):
        assert "dateline" not in {c.kind for c in constraints(text, text, EVENTS)}, text


def test_a_dateline_may_give_the_day_before_the_month():
    # "ISLAMABAD, 19 June 2023 (APP):": the day first, with or without the year
    treaty = event("treaty", D(2030, 5, 14), cue=r"\btreaty\b")
    for line in ("Harbour Town, 12 May 2030 (Wire): ", "HARBOUR TOWN, 12 May (Wire) - "):
        text = line + "The delegates opened the summit. They will sign the treaty soon.\n"
        assert "dateline" in {c.kind for c in constraints(text, text, EVENTS)}, line
        assert interval(text, events=(SUMMIT, treaty)) == (D(2030, 5, 12), D(2030, 5, 13)), line
    # a day and a month after a comma in running prose is no dateline
    for text in (
        "Harbour Town, 12 May was a quiet day - the delegates opened the summit.\n",
        "The delegates met in Harbour Town, 12 May 2030 (a Monday): they opened the summit.\n",
    ):
        assert "dateline" not in {c.kind for c in constraints(text, text, EVENTS)}, text


# --- combining ----------------------------------------------------------------------------------------


def test_statements_that_conflict_widen_the_interval_instead_of_following_the_majority():
    days = 10
    feasible = np.ones(days, dtype=bool)
    early = np.arange(days) <= 2  # two statements say days 0-2
    late = np.arange(days) >= 7  # one says days 7-9
    chosen = _choose([early, early, late], feasible)
    assert chosen[0] and chosen[9]  # not only days 0-2
    agreeing = _choose([early, np.arange(days) >= 1], feasible)
    assert list(np.flatnonzero(agreeing)) == [1, 2]


def test_a_weaker_statement_that_contradicts_a_stronger_one_is_set_aside():
    # the stamp says 20 May; "will attend the summit" (at the latest 13 May) is set aside
    text = "May 20, 2030\n\nThe ministers will attend the summit in the harbour town.\n"
    inf = infer(text)
    assert (inf.earliest, inf.latest) == (D(2030, 5, 20), D(2030, 5, 20))
    assert [e["holds"] for e in inf.evidence if e["kind"] == "anticipated event"] == [False]


def test_an_article_about_another_event_stays_undated_rather_than_pinned_to_the_chronology():
    text = "The trade ministers met in the mountain capital and agreed to keep talking, the agency said.\n"
    assert interval(text) == (None, None)


def test_a_narrow_window_does_not_narrow_the_interval():
    text = "The ministers will attend the summit in the harbour town.\n"
    lo, hi = interval(text, window=(D(2030, 5, 1), D(2030, 5, 31)))
    assert hi == D(2030, 5, 13) and lo is None


# --- tense of a date ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, date, tense",
    [
        ("The ministry said Sunday that talks went well.", "Sunday", "past"),
        ("On Sunday the envoys held talks.", "Sunday", "past"),
        ("The mayor signalled on Saturday that she hopes the plan will work.", "Saturday", "past"),
        ("The envoys will meet on Sunday.", "Sunday", "future"),
        ("Both sides agreed to meet at the summit that begins Nov. 11.", "Nov. 11", "scheduled"),
        ("A summit in the harbour town in November.", "November", "unknown"),
    ],
)
def test_the_tense_of_a_date_is_that_of_the_nearest_marker(sentence, date, tense):
    s = sentence.index(date)
    assert clause_tense(sentence, 0, len(sentence), s, s + len(date)) == tense


def test_every_constraint_span_indexes_the_raw_text():
    text = (
        "Harbour News\nPublished: 12 May 2030\n\nHARBOUR TOWN, May 12 (Wire) - The delegates signed the treaty "
        "on Friday and said Sunday the summit would go on. On 3 March 2030 they met too.\n"
    )
    for c in constraints(text, text, EVENTS):
        assert text[c.start : c.end] == c.text


# --- statements that say less than they seem to ---------------------------------------------------------

# Saturday 1 June 2030: an accord signed, after the summit
ACCORD = event("accord", D(2030, 6, 1), cue=r"\baccord\b")


def test_a_part_of_a_period_cut_at_publication_meets_an_event_of_its_whole_period():
    # "later in the year" dates the talks hoped for, not the summit: written on the summit's last day
    # (13 May) it does not meet the summit, yet the sentence does not rule that day out
    text = (
        "The ministers signed the treaty on Friday. "
        "They hope the summit will lead to a second round of talks later in the year.\n"
    )
    assert interval(text) == (D(2030, 5, 10), D(2030, 5, 13))


def test_a_coming_event_already_past_on_every_day_the_reports_allow_says_nothing():
    # the accord (1 June) is reported as done, so "the summit will" (12-13 May) speaks of another summit:
    # the interval follows the report instead of widening to no date
    text = "The ministers signed the accord in the harbour town. They said the summit will be held next.\n"
    lo, hi = interval(text, events=(SUMMIT, ACCORD))
    assert lo == D(2030, 6, 1) and hi is None
    inf = infer(text, events=(SUMMIT, ACCORD))
    assert [e["holds"] for e in inf.evidence if e["kind"] == "anticipated event"] == [False]
    # as a relative date said in the future of it does
    text = "The ministers signed the accord in the harbour town. The summit will open on Sunday.\n"
    assert interval(text, events=(SUMMIT, ACCORD))[0] == D(2030, 6, 1)


def test_a_coming_event_that_fits_the_reports_still_bounds_from_above():
    text = "The ministers signed the treaty on Friday. They will attend the summit next.\n"
    assert interval(text) == (D(2030, 5, 10), D(2030, 5, 13))


def test_the_best_day_is_not_before_a_past_date_with_its_year():
    # the stamps allow 1-31 May; the two dates conflict, so the interval stays 1-31 May, but the article
    # reports 18 May as past: it was not published before it
    text = (
        "Published May 1, 2030\nUpdated May 31, 2030\n\n"
        "The envoys arrived on May 18, 2030 for talks. They will sign on May 10, 2030, officials said.\n"
    )
    inf = infer(text, events=())
    assert (inf.earliest, inf.latest) == (D(2030, 5, 1), D(2030, 5, 31))
    assert inf.best == D(2030, 5, 18)


# --- transcripts ----------------------------------------------------------------------------------------

CAPTION = "The minister speaks to reporters in the harbour town after the talks, with the envoys beside him. " * 3


def transcript(posted="May 14, 2030"):
    return (
        f"Harbour Ministry\n{posted}\n\n{CAPTION}\n{CAPTION}\n\nREMARKS TO THE PRESS\n\nHARBOUR HALL\n\n"
        "MAY 10, 2030\n\n"
        "THE MINISTER:  We signed the treaty today. This morning I spoke with the envoy.\n\n"
        "QUESTION:  Thank you.\n"
    )


def test_a_transcript_is_dated_by_its_own_date_line():
    from analysis.chronology import transcript_date

    text = transcript()
    s, e, day = transcript_date(text)
    assert text[s:e] == "MAY 10, 2030" and day == D(2030, 5, 10)
    # the remarks were made on 10 May, the page carries them on the 14th
    assert interval(text, events=()) == (D(2030, 5, 14), D(2030, 5, 14))
    # with no stamp, the remarks' day bounds the page from below
    lo, hi = interval(transcript(posted="Remarks"), events=())
    assert lo == D(2030, 5, 10) and hi is None


def test_a_speakers_today_is_the_day_of_the_remarks_not_of_the_page():
    from types import SimpleNamespace

    from analysis.chronology import expression_rows

    text = transcript()
    article = SimpleNamespace(article_id="x", raw=text, masked=text)
    rows = {r["text"]: r for r in expression_rows(article, D(2030, 5, 14), "header", events=())}
    assert (rows["today"]["resolved_start"], rows["today"]["anchor"]) == (D(2030, 5, 10), "transcript date")
    assert rows["This morning"]["resolved_start"] == D(2030, 5, 10)


def test_a_date_line_with_no_speakers_after_it_is_no_transcript():
    from analysis.chronology import transcript_date

    assert transcript_date("Harbour News\nMAY 10, 2030\n\nThe minister spoke today.\n") is None
    # a label far below the date line (other stories between) does not make it one
    text = f"MAY 10, 2030\n\n{CAPTION}\n\nTHE MINISTER:  We signed it today.\n"
    assert transcript_date(text) is None


# --- the best day ---------------------------------------------------------------------------------------


def test_the_best_day_is_not_before_the_day_of_the_report_the_story_carries():
    # the treaty (Friday 10 May) is past and nothing closes the interval above; "the ministry said
    # Sunday" is the story's news: the best day is the first Sunday on or after 10 May
    text = "The ministers signed the treaty after long talks. The talks went well, the ministry said Sunday.\n"
    inf = infer(text)
    assert inf.earliest == D(2030, 5, 10) and inf.best == D(2030, 5, 12)
    # a weekday not given as the day of the report may be older than the event: it does not move the day
    text = "The ministers signed the treaty after long talks. He said he had ordered it on Wednesday.\n"
    assert infer(text).best == D(2030, 5, 10)


# --- year-less dates ------------------------------------------------------------------------------------


def test_a_year_less_past_date_is_of_the_year_of_publication_or_just_before_the_new_year():
    # the treaty was signed in a year before the article ("last year"), and the envoys met on August 28:
    # of the article's own year, not of the year before (months back across a new year, a writer gives it)
    text = "The ministers signed the treaty last year. On August 28, the envoys met again.\n"
    lo, hi = interval(text)
    assert (lo, hi) == (D(2031, 8, 28), D(2031, 12, 31))
    # near the new year, the year before is allowed: "December 28" read from early January
    text = "The ministers signed the treaty last year. On December 28, the envoys met again.\n"
    lo, hi = interval(text)
    assert lo == D(2031, 1, 1) and hi == D(2031, 12, 31)


# --- events recognised by words that occur together -----------------------------------------------------

PACT = event("pact", D(2030, 5, 10), cue_all=(r"\bsign\w*", r"\bpact\b"))


def test_an_event_found_by_words_together_takes_the_tense_at_its_first_word():
    # the mention spans its whole sentence, so no marker lies beside it: "signed" itself is past
    lo, hi = interval("The ministers signed the new pact in the harbour town.\n", events=(PACT,))
    assert lo == D(2030, 5, 10) and hi is None
    lo, hi = interval("The ministers will sign the new pact in the harbour town.\n", events=(PACT,))
    assert hi == D(2030, 5, 10)


def test_the_verb_of_a_relative_clause_after_the_cue_does_not_give_the_mention_its_tense():
    # ", which followed the ... talks" tells when the talks were, not that the pact is signed: no tense here
    # ("are preparing" is no marker), so no bound from the pact
    text = "The ministers are preparing to sign a new pact, which followed the harbour talks.\n"
    lo, hi = interval(text, events=(PACT,))
    assert lo is None
    # the main clause's own verb after the cue still counts, and a verb past the end of the relative clause
    lo, hi = interval("The ministers sign a new pact, which follows the talks, and signed it.\n", events=(PACT,))
    assert lo == D(2030, 5, 10)
    # passed over, the relative clause leaves the verb before the cue: "will sign" is still to come
    lo, hi = interval("The ministers will sign a new pact, which followed the talks.\n", events=(PACT,))
    assert hi == D(2030, 5, 10)


def test_a_sentence_whose_cues_fit_several_events_bounds_by_the_weakest():
    # "treaty" (10 May) and "accord" (1 June) in one sentence: it may speak of either, so not older than 10 May
    text = "The accord builds on the treaty signed after long talks.\n"
    lo, _ = interval(text, events=(TREATY, ACCORD))
    assert lo == D(2030, 5, 10)


def test_a_day_of_a_plan_spoken_of_from_the_past_may_be_the_plan_that_never_came():
    # "were to open the summit on Sunday": the planned summit (3 March, never held) or the held one; not
    # read as a past day, which the planned one could not have, so not pinned to the held summit's week
    both = (PLANNED, event("summit", D(2030, 5, 12), D(2030, 5, 13), r"\bsummit\b", bound="future_only"))
    lo, hi = interval("Delegates were to open the summit on Sunday.\n", events=both, unheld={"planned_summit"})
    assert lo <= D(2030, 3, 3) and hi >= D(2030, 5, 12)


def test_relative_dates_tried_only_near_their_events_allow_the_same_days(tmp_path, monkeypatch):
    """Every relative date met in the seeds, the evaluation corpus and a recombined corpus allows exactly the
    days it allows when each day is tested on its own (`_REACH` skips only days that cannot hold)."""
    from pathlib import Path

    from analysis import chronology
    from analysis.bench import make_corpus
    from analysis.export import export

    met = {}
    allowed_days = chronology._allowed_days

    def recording(c, days):
        if c.kind == "relative date" and chronology._reach(c.expression) is not None:
            e = c.expression
            met[(e.rule, tuple(e.groups.items()), e.text, e.tense, c.events, days[0], days[-1])] = (c, days)
        return allowed_days(c, days)

    monkeypatch.setattr(chronology, "_allowed_days", recording)
    root = Path(__file__).resolve().parent.parent
    (tmp_path / "bench").mkdir()
    make_corpus(300, tmp_path / "bench")
    for i, corpus in enumerate((root / "seeds", root / "evaluation" / "articles", tmp_path / "bench")):
        export(corpus, tmp_path / f"out{i}", progress=False)
    assert len({k[0] for k in met}) >= 3, "too few kinds of relative date met to test"
    assert any(c.expression.rule in chronology.YEARLESS_RULES for c, _ in met.values()), "no year-less day met"
    for c, days in met.values():
        # a year-less day is bisected where its reading changes; the others are tried day by day near events
        near = chronology._allowed_stepwise if c.expression.rule in chronology.YEARLESS_RULES else None
        fast = (near or chronology._allowed_near_events)(c, days, chronology._reach(c.expression))
        assert np.array_equal(fast, chronology._allowed_by_day(c, days)), c.text


# --- plans spoken of in the past ----------------------------------------------------------------------------

ALL = (TREATY, SUMMIT, PLANNED)


def kinds(text, unheld=("planned_summit",)):
    return {(c.kind, tuple(ev.event_id for ev in c.events)) for c in constraints(text, text, ALL, frozenset(unheld))}


def test_an_event_named_after_the_words_of_a_plan_is_not_reported_as_past():
    assert ("reported event", ("treaty",)) in kinds("The ministers signed the treaty.")
    for text in (
        "The ministers were due to sign the treaty.",
        "The ministers were expected to sign the treaty.",
        "The ministers had been scheduled to sign the treaty.",
        "Signing the treaty would have been the crowning moment.",
    ):
        assert not any(k == "reported event" for k, _ in kinds(text)), text
    # a plan after the event's cue is another clause's
    assert ("reported event", ("treaty",)) in kinds("The ministers signed the treaty, and were due to meet again.")


def test_the_day_of_a_plan_dates_the_events_of_its_sentence_or_a_plan_never_held():
    found = kinds("Officials said the summit was due to open on Sunday.")
    assert ("planned date", ("summit", "planned_summit")) in found
    # a counterfactual ("had been expected to") dates only the plan never held
    found = kinds("The summit, which had been expected to open on Sunday, was called off.")
    assert ("planned date", ("planned_summit",)) in found
    # with no plan never held in its sentence, the one the text names elsewhere
    found = kinds("The ministers were due to sign the treaty on Friday. The summit never came.")
    assert ("planned date", ("treaty", "planned_summit")) in found


def test_the_day_of_a_plan_may_be_past_or_still_ahead():
    (c,) = [
        c
        for c in constraints(*["Officials said the summit was due to open on Sunday."] * 2, ALL)
        if c.kind == "planned date"
    ]
    # Sunday 12 May 2030: read from the Thursday before (still ahead) or the Tuesday after (past)
    assert c.holds(D(2030, 5, 9)) and c.holds(D(2030, 5, 14))
    assert not c.holds(D(2030, 4, 20))


def test_a_counterfactual_plan_keeps_a_postponement_story_in_its_month():
    text = "Ministers had been expected to open the summit on Sunday.\n"
    lo, hi = interval(text, events=ALL, unheld=("planned_summit",))
    assert lo is not None and hi is not None and hi < D(2030, 4, 1)


# --- the page's furniture after the story ---------------------------------------------------------------

STORY = (
    "The leaders met at the summit in the harbour town and agreed to keep the fishing talks going through the "
    "winter, and both governments said they would name envoys to settle the quotas of the two fleets in the bay.\n"
)
OTHER_STORY = "More from Example News\n\nTwo ministers shake hands in the capital on Feb. 13, 2032.\n"


def test_a_date_after_a_removed_line_below_the_story_is_another_story():
    raw = STORY + "\n" + OTHER_STORY
    label = raw.index("More from")
    masked = raw[:label] + " " * len("More from Example News") + raw[label + len("More from Example News") :]
    inf = infer_publication(raw, masked, EVENTS, WINDOW)
    assert inf.earliest == D(2030, 5, 12)


def test_a_date_below_the_story_with_no_removed_line_between_still_counts():
    raw = STORY + "\n" + OTHER_STORY
    assert infer(raw).earliest == D(2032, 2, 13)


# --- a date beside an event's cue is that event's -----------------------------------------------------


def test_a_calendar_date_beside_the_cue_takes_the_event_from_another_date_of_the_sentence():
    # "last month" dates the praise, "in May" the signing
    text = "Last month, the minister praised the signing of the harbour treaty in May.\n"
    assert infer(text).earliest == D(2030, 5, 10)


def test_a_date_with_no_other_date_beside_the_cue_still_dates_the_event():
    text = "Last month, the two governments signed the harbour treaty.\n"
    assert infer(text).earliest == D(2030, 6, 1)


# --- a month in the possessive ------------------------------------------------------------------------


def test_a_month_in_the_possessive_may_name_an_event_still_to_come_in_a_past_clause():
    # a forum spoken of beforehand mostly in plans: only a mention as still to come bounds the date
    forum = event("forum", D(2030, 11, 12), D(2030, 11, 14), r"\bforum\b", bound="future_only")
    lo, hi = interval("The talks did not produce an invitation to meet at November's forum.\n", events=(forum,))
    assert lo is None or lo <= D(2030, 6, 1)
    assert hi is None or hi >= D(2030, 12, 15)


# --- a day of writing in a text that reports a plan put off ----------------------------------------------

# the summit of May 2030 (its own occurrence), named with the same word as the plan of March never held
HELD = event("summit", D(2030, 5, 12), D(2030, 5, 13), r"\bsummit\b", bound="future_only")
PUT_OFF = "The summit was rescheduled after the hosts cancelled it in March.\n"


def day_kinds(text):
    found = constraints(text, text, (PLANNED, HELD), frozenset({"planned_summit"}))
    return {(c.text, c.kind, tuple(ev.event_id for ev in c.events)) for c in found if c.expression is not None}


def test_today_in_a_past_clause_is_not_the_day_of_a_plan_put_off():
    # "today" names the day of writing: a plan the text reports put off is not under way then
    text = "The envoy said on Friday that the summit today marks a new start.\n" + PUT_OFF
    assert ("today", "relative date", ("summit",)) in day_kinds(text)
    assert interval(text, events=(PLANNED, HELD), unheld={"planned_summit"})[0] == D(2030, 5, 12)
    # nor "tomorrow" in a clause of no tense of its own
    text = "The envoy is today and tomorrow to chair the summit.\n" + PUT_OFF
    assert ("tomorrow", "relative date", ("summit",)) in day_kinds(text)


def test_a_past_day_or_the_sentence_putting_it_off_still_names_the_plan():
    # a day before the day of writing, said in the past, may be the plan's
    text = "The envoy said the summit yesterday had been a hope.\n" + PUT_OFF
    assert not any(k == ("summit",) for t, _, k in day_kinds(text) if t == "yesterday")
    # in the sentence that puts the plan off, "today" is the plan's day
    text = "The summit that was to open today was cancelled by the hosts.\n"
    assert all("planned_summit" in k for t, _, k in day_kinds(text) if t == "today")


def test_a_stamp_may_carry_a_source_credit_and_then_open_with_a_bullet():
    text = "Harbour News\n\n  ·  2030-05-12  ·   Source: Example Agency\n\nThe delegates talked.\n"
    assert interval(text, events=()) == (D(2030, 5, 12), D(2030, 5, 12))
    # a bulleted date alone is a banner's, not the story's stamp
    text = "Harbour News\n\n• Sunday, May 12, 2030\n\nThe delegates talked.\n"
    assert interval(text, events=()) != (D(2030, 5, 12), D(2030, 5, 12))
