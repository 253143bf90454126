"""Dating undated articles from the shapes of news pages in general, on made-up articles and a made-up
chronology: the day a photo caption names is one the story is not older than."""

import dataclasses
import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

from analysis.chronology import Event
from analysis.corpus import date_article, make_article

D = dt.date
# Friday 10 May 2030: a treaty signed in a made-up harbour town
TREATY = Event("treaty", D(2030, 5, 10), D(2030, 5, 10), "treaty", "test", "both", re.compile(r"\btreaty\b", re.I), ())
PROFILE = SimpleNamespace(events=(TREATY,), window=(D(2030, 1, 1), D(2030, 12, 31)), timeline={})


def dated(caption: str):
    raw = (
        "Ministers meet again in the harbour town\n\n"
        f"{caption}\n\n"
        "HARBOURTOWN – The two ministers held a second round of talks on fishing quotas and port fees, and "
        "agreed to meet again before the end of the season, the ministry said Thursday.\n\n"
        "The talks came months after the treaty was signed by both governments in the harbour town, and both "
        "sides said they hoped for a wider agreement on the use of the bay by the fishing fleets of the two.\n"
    )
    a = make_article(raw, Path("made-up.txt"), article_id="made-up", sha256="0")
    return date_article(a, PROFILE)


def test_a_caption_date_is_a_lower_bound_over_a_background_event():
    a = dated(
        "A delegate waves to reporters outside the hall in the harbour town, Tuesday, Aug. 20, 2030. (Photo/Jane Roe)"
    )
    assert any(s.reason == "photo caption" for s in a.boilerplate)  # still debris for every other reader
    assert a.published_earliest == D(2030, 8, 20)
    assert a.published == D(2030, 8, 22)  # the Thursday the ministry spoke, after the picture's Tuesday


def test_an_older_caption_date_does_not_move_the_interval_below_the_body():
    # a file picture: older than the event the body reports, it bounds nothing further
    a = dated(
        "A delegate waves to reporters outside the hall in the harbour town, Monday, Feb. 4, 2030. (Photo/Jane Roe)"
    )
    assert a.published_earliest == D(2030, 5, 10)


def test_without_a_caption_the_background_event_is_all_the_body_gives():
    a = dated("")
    assert a.published_earliest == D(2030, 5, 10)


# --- the day of the report: a weekday beside the reporting verb, whichever side -----------------------

BACKGROUND = "The two governments signed the treaty on May 10, 2030, after a decade of talks. "  # a Friday


def best(sentence: str):
    from analysis.chronology import infer_publication

    text = BACKGROUND + sentence + "\n"
    return infer_publication(text, text, (), PROFILE.window).best


def test_the_weekday_of_the_report_moves_the_best_day_whatever_its_place():
    sunday = D(2030, 5, 12)
    assert best("The harbour minister said Sunday that the fleets would share the bay.") == sunday
    assert best("The harbour minister on Sunday reiterated that the fleets would share the bay.") == sunday
    assert best("A port official told the Harbour Gazette on Sunday that the fleets would share the bay.") == sunday
    assert best("The ministry said in a statement on Sunday that the fleets would share the bay.") == sunday
    assert best("A port official told reporters on Sunday that the fleets would share the bay.") == sunday
    assert best("The ministry said in an announcement Sunday that the fleets would share the bay.") == sunday
    # an announcement named as what happened on the day is not the report's day
    assert best("The harbour minister said the announcement on Sunday had surprised the fleets.") == D(2030, 5, 10)


def test_a_weekday_of_something_else_does_not_move_it():
    friday = D(2030, 5, 10)
    assert best("The harbour minister said the talks on Sunday had gone well.") == friday
    assert best("A ferry on Sunday sank in the bay, and the minister visited the port.") == friday


# --- a year-less day beside an event: the event gives the year the text leaves out -------------------------

# Thursday-Friday 14-15 November 2030: talks in a made-up port city
PORT_TALKS = Event(
    "port_talks",
    D(2030, 11, 14),
    D(2030, 11, 15),
    "port talks",
    "test",
    "both",
    re.compile(r"\bport talks\b", re.I),
    (),
)
LATER = SimpleNamespace(events=(PORT_TALKS,), window=(D(2030, 1, 1), D(2031, 12, 31)))


def interval(text: str, events=(PORT_TALKS,)):
    from analysis.chronology import infer_publication

    inf = infer_publication(text, text, events, LATER.window)
    return inf.earliest, inf.latest


def test_a_year_less_day_in_a_sentence_about_an_event_closes_the_interval_above():
    lo, hi = interval("The two ministers held the port talks in the old customs house on November 14-15.\n")
    assert lo == D(2030, 11, 15)  # the range said in the past is over: not before its last day
    # the day is of the publication year or the one before: a year later it would name the next talks
    assert hi is not None and hi < D(2031, 11, 14)


def test_without_the_day_the_event_leaves_the_interval_open_above():
    lo, hi = interval("The two ministers held the port talks in the old customs house.\n")
    assert lo == D(2030, 11, 14)
    assert hi is None


def test_a_year_less_day_in_a_sentence_without_an_event_fixes_no_year():
    lo, hi = interval("The two ministers met in the old customs house on November 14-15.\n")
    assert (lo, hi) == (None, None)


# --- the day of the report narrows an interval closed on both sides --------------------------------------

# Tuesday-Thursday 4-6 June 2030: a minister's visit; Saturday 22 June 2030: a summit still to come
VISIT = Event(
    "visit", D(2030, 6, 4), D(2030, 6, 6), "visit", "test", "both", re.compile(r"\bvisit to the capital\b"), ()
)
SUMMIT = Event("summit", D(2030, 6, 22), D(2030, 6, 22), "summit", "test", "both", re.compile(r"\bsummit\b"), ())


def report(weekday_sentence: str, coming: str = "The two leaders will meet at the summit later this month.\n"):
    from analysis.chronology import infer_publication

    text = "The minister met the premier during a three-day visit to the capital.\n" + coming + weekday_sentence
    inf = infer_publication(text, text, (VISIT, SUMMIT), (D(2030, 1, 1), D(2030, 12, 31)))
    return inf.earliest, inf.latest


def test_the_weekday_of_the_report_narrows_a_closed_interval_to_its_week():
    # the first Sunday on or after the visit began (4 June) is 9 June: published that day or the six after
    assert report("Both sides must work together, the ministry said Sunday.\n") == (D(2030, 6, 9), D(2030, 6, 15))


def test_without_a_weekday_of_the_report_the_interval_stays_as_the_events_leave_it():
    assert report("Both sides must work together, the ministry said.\n") == (D(2030, 6, 4), D(2030, 6, 22))


def news(lead: str, after: str):
    from analysis.chronology import infer_publication

    text = "Ministers agree to work together\n\n" + lead + "\n" + after
    inf = infer_publication(text, text, (VISIT, SUMMIT), (D(2030, 1, 1), D(2030, 12, 31)))
    return inf.earliest, inf.latest


NEWS_LEAD = (
    "The minister met the premier during a three-day visit to the capital, and both sides agreed to work "
    "together on fishing quotas and port fees"
)


def test_an_interval_open_above_is_closed_by_a_weekday_when_its_event_is_the_news():
    # the visit is the lead's news and nothing closes the interval: the ministry's Sunday is one of the
    # visit's first week, 9 June, and the page of that day or the six after
    lead = NEWS_LEAD + ", the ministry said Sunday."
    assert news(lead, "The talks ran late into the night.\n") == (D(2030, 6, 4), D(2030, 6, 15))


def test_the_news_week_reaches_the_latest_weekday_read_after_the_event():
    # a Monday told too ("on Monday"): the first Monday on or after 4 June is 10 June, so the page may be as
    # late as 16 June (the reading as wide as the weekdays allow)
    lead = NEWS_LEAD + ", the ministry said Sunday."
    assert news(lead, "The premier flew home on Monday.\n") == (D(2030, 6, 4), D(2030, 6, 16))


def test_an_interval_open_above_is_not_narrowed_by_a_weekday_when_its_event_is_background():
    # the visit named only far down the page, after a lead of other news: it may be background to later
    # news no chronology lists
    lead = (
        "Fishing fleets of the two countries returned to the bay after a long dispute over quotas and port "
        "fees, the harbour board said Sunday."
    )
    filler = "The board gave no figures. Boats queued at the quay. Prices fell. Buyers waited. "
    lo, hi = news(lead, filler + "The minister met the premier during a three-day visit to the capital.\n")
    assert lo == D(2030, 6, 4) and hi is None
    # nor by one named as a point of reference in the lead
    lead = (
        "Fishing fleets of the two countries returned to the bay on Sunday, a year after the minister's "
        "three-day visit to the capital, the harbour board said."
    )
    lo, hi = news(lead, "The talks ran late into the night.\n")
    assert lo == D(2030, 6, 4) and hi is None


def test_a_lead_that_dates_its_news_by_another_month_leaves_the_interval_open():
    # the lead names August for a visit the chronology has in June: another visit, which no chronology lists,
    # is the news; the June one is not put in the week of the official's Tuesday
    lead = (
        "The envoy made a quiet visit to the capital in August to meet officials, and both sides kept the "
        "talks secret for weeks, an official said Tuesday."
    )
    lo, hi = news(lead, "The talks ran late into the night.\n")
    assert lo == D(2030, 6, 4) and hi is None
    # without the month, the visit is the news: published 4 to 10 June (the first Tuesday on or after the 4th
    # and the six days after it)
    lo, hi = news(lead.replace(" in August", ""), "The talks ran late into the night.\n")
    assert (lo, hi) == (D(2030, 6, 4), D(2030, 6, 10))


def test_an_interval_open_above_is_not_narrowed_without_a_weekday():
    lo, hi = report("Both sides must work together, the ministry said.\n", coming="")
    assert lo == D(2030, 6, 4) and hi is None


def test_a_weekday_opening_the_sentence_before_its_reporter_is_the_day_of_the_report():
    # "On Sunday, the harbour ministry's spokeswoman said": the report's day, as "said Sunday" is
    friday = D(2030, 5, 10)
    sunday = D(2030, 5, 12)
    assert best("On Sunday, the harbour ministry's spokeswoman said the fleets would share the bay.") == sunday
    assert best("On Sunday the harbour ministry's spokeswoman told reporters the bay was shared.") == sunday
    # a weekday opening a sentence of something else, or a reporter beyond a clause of its own, is not
    assert best("On Sunday a ferry sank in the bay.") == friday
    assert best("On Sunday the ferries stopped, and the minister later said the bay was shared.") == friday


def test_a_wide_interval_is_not_narrowed_by_a_weekday():
    # months between the visit and the summit: the visit may be background to a later report
    from analysis.chronology import infer_publication

    autumn = Event("summit", D(2030, 9, 22), D(2030, 9, 22), "summit", "test", "both", re.compile(r"\bsummit\b"), ())
    text = (
        "The minister met the premier during a three-day visit to the capital.\n"
        "The two leaders will meet at the summit.\nBoth sides must work together, the ministry said Sunday.\n"
    )
    inf = infer_publication(text, text, (VISIT, autumn), (D(2030, 1, 1), D(2030, 12, 31)))
    assert (inf.earliest, inf.latest) == (D(2030, 6, 4), D(2030, 9, 22))


# --- a traveller on the way: the trip has begun ------------------------------------------------------------

# Sunday-Monday 8-9 September 2030: a minister's trip to a made-up capital
TRIP = Event("trip", D(2030, 9, 8), D(2030, 9, 9), "trip", "test", "future_only", re.compile(r"\btrip\b"), ())


def trip_interval(sentence: str, unheld=()):
    from analysis.chronology import infer_publication

    inf = infer_publication(sentence, sentence, (TRIP,), (D(2030, 1, 1), D(2030, 12, 31)), unheld)
    return inf.earliest, inf.latest, inf.best


def test_a_traveller_on_the_way_dates_the_page_to_the_days_before_the_trip():
    lo, hi, best = trip_interval("The minister is on her way to the capital, and much rides on this trip.\n")
    assert (lo, hi) == (D(2030, 9, 6), D(2030, 9, 9))
    assert best == D(2030, 9, 7)  # the day before the first day of the trip
    lo, hi, _ = trip_interval("The envoy is en route to the capital for a two-day trip.\n")
    assert (lo, hi) == (D(2030, 9, 6), D(2030, 9, 9))


def test_a_trip_only_looked_forward_to_leaves_the_interval_open_below():
    lo, hi, _ = trip_interval("The minister will be on her way to the capital soon, and much rides on this trip.\n")
    assert lo is None
    assert hi == D(2030, 9, 9)


def test_a_trip_that_never_took_place_gives_no_journey():
    lo, hi, _ = trip_interval("The minister is on her way to the capital, and much rides on this trip.\n", {"trip"})
    assert lo is None


def test_a_journey_told_in_the_past_does_not_date_the_page_to_it():
    # told afterwards: the page may be of any later day
    lo, hi, _ = trip_interval("The minister was on her way to the capital when she cut the trip short.\n")
    assert hi is None


# --- the lead of a news story dates the news its first sentences name ---------------------------------------


def lead_interval(lead: str, after: str):
    from analysis.chronology import infer_publication

    text = "Ministers agree to meet again\n\n" + lead + "\n" + after + "\n"
    inf = infer_publication(text, text, (VISIT,), (D(2030, 1, 1), D(2030, 12, 31)))
    return inf.earliest, inf.latest


AFTER = "The two sides spoke for five hours during the minister's three-day visit to the capital, officials said."


def test_a_weekday_of_a_datelined_lead_dates_the_event_the_next_sentences_name():
    # the visit ran Tuesday 4 to Thursday 6 June: the Wednesday is the 5th, so published 5 to 11 June
    lead = "HARBOURTOWN (Agency): The two ministers on Wednesday held what both called frank talks on fishing."
    assert lead_interval(lead, AFTER) == (D(2030, 6, 5), D(2030, 6, 11))
    lead = "HARBOURTOWN – The two ministers on Wednesday held what both called frank talks on fishing."
    assert lead_interval(lead, AFTER) == (D(2030, 6, 5), D(2030, 6, 11))


def test_a_first_paragraph_without_a_dateline_is_the_lead():
    # a page that lost its dateline: the first paragraph of prose still opens the story
    lead = (
        "The two ministers traded sharp words over fishing quotas and port fees at a tense and closed meeting "
        "on Wednesday that neither side had announced."
    )
    assert lead_interval(lead, AFTER) == (D(2030, 6, 5), D(2030, 6, 11))
    # a short line (a label, a headline) is not a lead
    lo, hi = lead_interval("The ministers met on Wednesday.", AFTER)
    assert lo == D(2030, 6, 4) and hi is None


def test_the_lead_reaches_the_first_sentence_of_the_next_paragraph():
    # a lead paragraph of three sentences, the event named first in the next one
    lead = (
        "The two ministers traded sharp words over fishing quotas and port fees at a tense and closed meeting "
        "on Wednesday that neither side had announced. Both sides blamed the other. Neither gave way."
    )
    assert lead_interval(lead, AFTER) == (D(2030, 6, 5), D(2030, 6, 11))
    # four sentences on, the event is background: the weekday does not date it
    lo, hi = lead_interval(lead + " No date was set.", AFTER)
    assert lo == D(2030, 6, 4) and hi is None


def test_the_weekday_of_a_report_in_the_lead_is_not_the_events_day():
    lead = "HARBOURTOWN – Both sides must work harder for a deal on fishing, the ministry said Saturday."
    lo, hi = lead_interval(lead, AFTER)
    # the visit is not put on the Saturday; the page is of the visit's first week (`_closed_as_news`): the
    # Saturday read as the first on or after the visit began, 8 June, and the six days after it
    assert (lo, hi) == (D(2030, 6, 4), D(2030, 6, 14))


def test_a_speakers_label_is_not_a_dateline():
    lead = "MINISTER: The two of us on Wednesday held what we both called frank talks on fishing."
    lo, hi = lead_interval(lead, AFTER)
    assert lo == D(2030, 6, 4) and hi is None


# --- a year-less day still to come: the page is not newer than it ------------------------------------------


def test_a_passive_still_to_come_is_future():
    from analysis.chronology import clause_tense

    for sentence, tense in (
        ("The senator announced a hearing that will be held on Oct. 2.", "future"),
        ("A vote is to be taken on Oct. 2.", "future"),
        ("The accord will have been signed by Oct. 2.", "future"),
        ("A hearing was held on Oct. 2.", "past"),
        # under a modal the day is ahead of the moment he spoke, which may be before or after the writer's
        ("A hearing would be held on Oct. 2, he said.", "unknown"),
    ):
        i = sentence.index("Oct. 2")
        assert clause_tense(sentence, 0, len(sentence), i, i + 6) == tense, sentence


def yearless(sentence: str):
    from analysis.chronology import constraints

    return [c for c in constraints(sentence, sentence, (TREATY,)) if c.expression is not None]


def test_a_yearless_day_still_to_come_is_not_before_publication():
    (c,) = yearless("A hearing on fishing will be held on Oct. 2.")
    assert c.kind == "near coming date"
    assert c.holds(D(2030, 10, 2)) and c.holds(D(2030, 9, 1))
    assert not c.holds(D(2030, 10, 3)) and not c.holds(D(2030, 11, 20))
    (c,) = yearless("A hearing on fishing will be held on Jan. 15.")
    assert c.holds(D(2029, 11, 20))  # across the new year
    assert not c.holds(D(2029, 6, 1))  # seven months ahead in another year: a writer would give the year


def test_a_yearless_day_of_a_long_clause_keeps_the_future_verb_far_before_it():
    # "will" lies further back than a marker's reach, with no break between: the clause is still the future's
    (c,) = yearless(
        "The fishing board will keep a close watch on the visiting delegation from the bay towns on Oct. 2."
    )
    assert c.kind == "near coming date"
    # but not under a modal, nor past a break
    assert (
        yearless("The fishing board said it would keep a close watch on the visiting delegation there on Oct. 2.") == []
    )
    (c,) = yearless("The fishing board will keep watch, and the visiting delegation from the towns left on Oct. 2.")
    assert c.kind == "recent date"


def test_a_yearless_day_said_in_the_past_is_not_after_it():
    (c,) = yearless("A hearing on fishing was held on Oct. 2.")
    assert c.kind == "recent date"
    assert c.holds(D(2030, 10, 2)) and c.holds(D(2030, 12, 1)) and not c.holds(D(2030, 9, 1))


def test_a_report_day_may_name_the_occasion_between_verb_and_weekday():
    sunday, friday = D(2030, 5, 12), D(2030, 5, 10)
    assert best("The harbour minister said at a press conference Sunday that the fleets would share the bay.") == sunday
    assert (
        best("The harbour minister said during an interview on Sunday that the fleets would share the bay.") == sunday
    )
    assert best("The harbour minister told reporters at a news briefing, on Sunday, that all was well.") == friday
    assert best("The harbour minister held a press conference on Sunday about the fleets.") == friday


# --- a weekday of a sentence about a short event is that event's day, whatever day the article is given -----

# Thursday-Friday 14-15 November 2030 (PORT_TALKS); a made-up two-week fair, too long to date a weekday
FAIR = Event("fair", D(2030, 11, 4), D(2030, 11, 17), "fair", "test", "both", re.compile(r"\bfair\b", re.I), ())


def readings(body: str, events=(PORT_TALKS,)):
    from analysis.chronology import expression_rows

    profile = SimpleNamespace(events=events, window=LATER.window, timeline={})
    a = date_article(make_article(body, Path("made-up.txt"), article_id="made-up", sha256="0"), profile)
    assert a.date_source == "inferred"
    return a.published, {
        r["text"]: (r["resolved_start"], r["resolved_end"])
        for r in expression_rows(a, a.published, a.date_source, events)
    }


# the page is given 1 December (the vote), a Sunday: "Thursday" read against it is 28 November
VOTE = "The vote was held on December 1, 2030, in the capital. "


def test_a_weekday_beside_a_short_event_is_its_day():
    best, r = readings(VOTE + "The port talks on Thursday ended without a deal.\n")
    assert best == D(2030, 12, 1)
    assert r["on Thursday"] == (D(2030, 11, 14), D(2030, 11, 14))
    best, r = readings(VOTE + "The port talks on Thursday and Friday ended without a deal.\n")
    # two days named: each is its own expression, each a day of the talks
    assert r["on Thursday"] == (D(2030, 11, 14), D(2030, 11, 14))
    assert r["Friday"] == (D(2030, 11, 15), D(2030, 11, 15))


def test_a_week_beside_a_short_event_is_the_week_that_holds_it():
    _, r = readings(VOTE + "The port talks last week ended without a deal.\n")
    assert r["last week"] == (D(2030, 11, 11), D(2030, 11, 17))


def test_a_weekday_the_event_does_not_hold_or_a_long_event_keep_the_days_reading():
    _, r = readings(VOTE + "The port talks ended without a deal, and the ministers left on Monday.\n")
    assert r["on Monday"] == (D(2030, 11, 25), D(2030, 11, 25))
    _, r = readings(VOTE + "The fair ended on Thursday without a deal.\n", (FAIR,))
    assert r["on Thursday"] == (D(2030, 11, 28), D(2030, 11, 28))


def test_a_weekday_said_of_what_is_to_come_is_not_moved_to_a_past_event():
    _, r = readings(VOTE + "The port talks were a failure, and new talks will open on Thursday.\n")
    assert r["on Thursday"] == (D(2030, 12, 5), D(2030, 12, 5))


def test_an_event_the_interval_rules_out_keeps_the_days_reading():
    # published 1 to 8 December: no Thursday then read as past is the talks' 14 November
    _, r = readings(
        VOTE + "A second vote will be held on December 8, 2030. The port talks on Thursday ended without a deal.\n"
    )
    assert r["on Thursday"] == (D(2030, 11, 28), D(2030, 11, 28))


# Sunday 10 to Wednesday 13 November 2030: a made-up port visit that straddles two weeks
PORT_VISIT = Event(
    "port_visit",
    D(2030, 11, 10),
    D(2030, 11, 13),
    "port visit",
    "test",
    "both",
    re.compile(r"\bport visit\b", re.I),
    (),
)


def test_an_event_said_to_fall_this_week_has_most_of_its_days_in_it():
    # written on the Sunday, "this week" (4-10 November) would hold one day of four: the page is of the week after
    lo, hi = interval("The minister will use the port visit this week to press for a deal.\n", (PORT_VISIT,))
    assert lo == D(2030, 11, 11) and hi == D(2030, 11, 13)
    # a visit of two days, one in each week: either week will do
    two_days = dataclasses.replace(PORT_VISIT, end=D(2030, 11, 11))
    lo, hi = interval("The minister will use the port visit this week to press for a deal.\n", (two_days,))
    assert lo <= D(2030, 11, 4) and hi == D(2030, 11, 11)


# --- a date under a modal, a prospective event, an event named by its participle ---------------------


def tense_of(sentence: str, date: str) -> str:
    from analysis.chronology import clause_tense

    at = sentence.index(date)
    return clause_tense(sentence, 0, len(sentence), at, at + len(date))


def test_a_date_under_a_modal_has_no_tense_of_the_writer():
    # "would arrive" looks forward from the day the official spoke, not from the writer's
    assert tense_of("An official said the minister would arrive in the port town on June 5.", "June 5") == "unknown"
    assert tense_of("An official said the treaty could be signed on June 5.", "June 5") == "unknown"
    # the reporting verb beside the date still decides, and so does a counterfactual
    assert tense_of("The minister would stay home, an official said on June 5.", "June 5") == "past"
    assert tense_of("The minister arrived in the port town on June 5.", "June 5") == "past"


# Saturday 16 March 2030: a made-up summit in a lake town; Monday 4 March 2030: a made-up ferry capsizes
LAKE_SUMMIT = Event(
    "summit", D(2030, 3, 16), D(2030, 3, 16), "summit", "test", "both", re.compile(r"\blake town\b", re.I)
)
FERRY = Event("ferry", D(2030, 3, 4), D(2030, 3, 4), "ferry", "test", "both", re.compile(r"\bcapsized\b", re.I))
MINISTER_TRIP = Event(
    "minister_trip",
    D(2030, 7, 10),
    D(2030, 7, 12),
    "minister's trip",
    "test",
    "both",
    None,
    (re.compile(r"\bminister\b", re.I), re.compile(r"\btrip\b", re.I)),
)


def kinds(text: str, events) -> dict[str, str]:
    from analysis.chronology import constraints

    return {c.text: c.kind for c in constraints(text, text, events)}


def test_a_possible_or_proposed_event_is_still_to_come():
    text = "The two sides have been in talks about a possible trip to the capital by the finance minister.\n"
    assert set(kinds(text, (MINISTER_TRIP,)).values()) == {"anticipated event"}
    text = "The two sides have held talks since the trip to the capital by the finance minister.\n"
    assert set(kinds(text, (MINISTER_TRIP,)).values()) == {"reported event"}
    # a cue found on its own, the modifier just before it
    assert kinds("They discussed a possible lake town summit.\n", (LAKE_SUMMIT,)) == {"lake town": "anticipated event"}
    assert kinds("They discussed the lake town summit.\n", (LAKE_SUMMIT,)) == {"lake town": "reported event"}


def test_an_event_named_by_its_participle_is_past_and_does_not_date_the_news():
    text = (
        "Officials traded blame over the capsized ferry at a tense meeting Saturday. "
        "The ministers spoke in the lake town, and the talks went on late into the night.\n"
    )
    found = kinds(text, (LAKE_SUMMIT, FERRY))
    assert found["capsized"] == "reported event"  # the ferry capsized before the page was written
    assert "Saturday" not in found  # the meeting's Saturday is not the ferry's day
    # named as the sentence's news, the event dates its weekday
    found = kinds("The ferry capsized on Monday near the harbour.\n", (FERRY,))
    assert found["on Monday"] == "relative date"


# --- a plan put off: its words name the plan, not the later occurrence they share --------------------

# a made-up regatta planned for the weekend of 9-10 March 2030, put off, and sailed on 13-14 July 2030
_REGATTA = re.compile(r"\bregatta\b", re.I)
REGATTA_PLANNED = Event(
    "regatta_planned", D(2030, 3, 9), D(2030, 3, 10), "regatta (planned)", "test", "future_only", _REGATTA
)
REGATTA = Event("regatta", D(2030, 7, 13), D(2030, 7, 14), "regatta", "test", "future_only", _REGATTA)


def regatta_interval(text: str):
    from analysis.chronology import infer_publication

    inf = infer_publication(
        text, text, (REGATTA_PLANNED, REGATTA), (D(2030, 1, 1), D(2030, 12, 31)), ("regatta_planned",)
    )
    return inf.earliest, inf.latest


def test_a_date_of_a_plan_put_off_is_the_plans_not_the_later_occurrence():
    for sentence in (
        "The organisers put off the regatta this weekend after a storm warning.",
        "The organisers will not sail the regatta this weekend, and the club said it would not go ahead.",
    ):
        lo, hi = regatta_interval(sentence + "\n")
        assert lo is not None and hi is not None and hi < D(2030, 4, 1), sentence
    # with nothing put off, the regatta sailed last weekend is the one held
    lo, hi = regatta_interval("The crews sailed the regatta last weekend in a strong wind.\n")
    assert lo == D(2030, 7, 15)


def test_a_plan_put_off_dates_only_its_own_clause():
    lo, hi = regatta_interval(
        "The organisers, who postponed the regatta in March, sailed it at last in a strong wind, and the "
        "crews sailed the regatta last weekend.\n"
    )
    assert lo is not None and lo >= D(2030, 3, 11)


def test_a_report_week_does_not_narrow_an_interval_that_a_month_opens():
    from analysis.chronology import infer_publication

    # "last month" opens the interval on the first of a month: "said Wednesday" may be any Wednesday of it
    text = "The club said Wednesday that it still wants to hold the race after it postponed the regatta last month.\n"
    inf = infer_publication(
        text, text, (REGATTA_PLANNED, REGATTA), (D(2030, 1, 1), D(2030, 12, 31)), ("regatta_planned",)
    )
    assert inf.earliest == D(2030, 4, 1) and inf.latest >= D(2030, 4, 24)


# --- tense of an event named with its own verb or modifier --------------------------------------------

# Sunday 14 July 2030 - Monday 15 July: a made-up tour of the isles, spoken of beforehand and afterwards
_TOUR = re.compile(r"\btour\b|\bsail\w*\s+to\s+the\s+isles\b", re.I)
TOUR = Event("tour", D(2030, 7, 14), D(2030, 7, 15), "tour", "test", "future_only", _TOUR)


def tour_interval(text: str):
    from analysis.chronology import infer_publication

    text = text + "\n"
    inf = infer_publication(text, text, (TOUR,), (D(2030, 1, 1), D(2030, 12, 31)))
    return inf.earliest, inf.latest


def test_a_recent_event_is_past_whatever_the_clause_says_of_what_follows_it():
    # "will" is of what the tour leads to, not of the tour: it does not make the tour still to come
    assert tour_interval("The envoy's recent tour will lead to wider trade, the ministry said.") == (None, None)
    assert tour_interval("The envoy's recently concluded tour will lead to wider trade.") == (None, None)
    # without the modifier the tour is still to come
    assert tour_interval("The envoy's tour will lead to wider trade, the ministry said.")[1] == D(2030, 7, 15)


def test_a_future_auxiliary_before_the_cue_makes_the_event_coming():
    # the first marker after the cue ("was cancelled") is of another clause: the tour is still to come
    for sentence in (
        "The envoy will sail to the isles, rescheduling a crossing that was cancelled.",
        "The envoy is set to sail to the isles after a crossing was cancelled.",
        "The envoy will finally sail to the isles after a crossing was cancelled.",
    ):
        assert tour_interval(sentence)[1] == D(2030, 7, 15), sentence
    # an auxiliary of another verb does not reach the cue
    assert tour_interval("The envoy will say the isles were where the tour was cancelled.")[1] is None


def test_a_participle_of_a_compound_adjective_is_no_past_tense():
    from analysis.chronology import clause_tense

    s = "Envoy to sail to the isles on July 14 for long-delayed talks"
    at = s.index("July 14")
    assert clause_tense(s, 0, len(s), at, at + 7) != "past"
    s = "The talks were delayed on July 14 by a storm."
    at = s.index("July 14")
    assert clause_tense(s, 0, len(s), at, at + 7) == "past"


def test_a_plan_does_not_reach_past_but():
    # what follows "but" is reported: the treaty was signed, so the page is not older
    text = "The envoy had been set to travel in March but signed the treaty in the harbour town.\n"
    from analysis.chronology import infer_publication

    assert infer_publication(text, text, (TREATY,), PROFILE.window).earliest == D(2030, 5, 10)
    # the plan alone reports nothing
    text = "The envoy had been set to sign the treaty in the harbour town.\n"
    assert infer_publication(text, text, (TREATY,), PROFILE.window).earliest is None


def test_a_coming_date_after_a_plan_put_off_names_the_occurrence_still_to_come():
    lo, hi = regatta_interval(
        "The organisers postponed the regatta in March after a storm warning. "
        "The crews will sail the regatta next week, the club said.\n"
    )
    assert (lo, hi) == (D(2030, 7, 1), D(2030, 7, 7))  # the regatta of 13-14 July, not the March plan


def test_a_report_on_condition_of_anonymity_names_its_day():
    assert best("Officials said on condition of anonymity on Monday that the fleets would share the bay.") == D(
        2030, 5, 13
    )


# --- a lead's relative date and the background of the sentences after it ----------------------------

# Wednesday 12 June 2030: a (made-up) storm that sank a ferry in the bay
STORM = Event("storm", D(2030, 6, 12), D(2030, 6, 12), "storm", "test", "both", re.compile(r"\bstorm\b", re.I), ())


def background_interval(second: str):
    from analysis.chronology import infer_publication

    text = (
        "The harbour minister held quiet talks with the fishing guilds in the old customs hall earlier this "
        "week, three people familiar with the meeting said.\n"
        f"{second}\n"
        "Both sides called the talks useful and said they would meet again before the season closes.\n"
    )
    inf = infer_publication(text, text, (STORM,), PROFILE.window)
    return inf.earliest, inf.latest


def test_a_sentence_after_the_lead_that_dates_its_event_by_a_month_is_background():
    # the storm of June is what the talks looked back on, not their news: "earlier this week" is not its week
    lo, hi = background_interval(
        "The guilds want compensation for the boats lost in the storm in June, the minister said."
    )
    assert lo == D(2030, 6, 12) and (hi is None or hi - lo > dt.timedelta(days=30))
    lo, hi = background_interval("The guilds have asked for help since the storm of 2030 sank a ferry in the bay.")
    assert hi is None or hi - lo > dt.timedelta(days=30)


def test_a_sentence_after_the_lead_that_gives_no_time_of_its_own_names_the_news():
    # no month of its own: the storm is the story's news, and "earlier this week" its week
    lo, hi = background_interval("The guilds want compensation for the boats lost in the storm, the minister said.")
    assert (lo, hi) == (D(2030, 6, 12), D(2030, 6, 16))


# --- an event dated to a month it cannot be in: another occurrence named by the same words ------------

VOYAGE = Event("voyage", D(2030, 6, 20), D(2030, 6, 21), "voyage", "test", "future_only", re.compile(r"\bvoyage\b"), ())


def voyage_interval(text: str, events=(VOYAGE,)):
    from analysis.chronology import infer_publication

    inf = infer_publication(text, text, events, PROFILE.window)
    return inf.earliest, inf.latest


def test_a_month_that_cannot_be_the_events_sets_aside_the_relative_dates_of_its_words():
    # the harbour master's voyage was in April, not the chronology's June voyage: "last month" does not
    # have to meet the June one (which would put the page in July)
    text = (
        "The harbour master made a quiet voyage to the isles in April, officials said.\n"
        "Last month the harbour master sailed to the isles, an official said of the voyage.\n"
    )
    lo, hi = voyage_interval(text)
    assert not (lo is not None and lo >= D(2030, 7, 1))
    # without the month that contradicts the chronology, "last month" dates the June voyage
    text = "Last month the harbour master sailed to the isles, an official said of the voyage.\n"
    assert voyage_interval(text) == (D(2030, 7, 1), D(2030, 7, 31))


def test_a_month_that_fits_a_plan_the_same_words_name_is_that_plans():
    # the voyage planned for March and never made: "in March" is of it, and the June voyage stays the news
    planned = dataclasses.replace(VOYAGE, event_id="voyage_planned", start=D(2030, 3, 9), end=D(2030, 3, 10))
    text = (
        "The voyage had been planned for March but was called off in a storm.\n"
        "Last month the harbour master sailed to the isles, an official said of the voyage.\n"
    )
    from analysis.chronology import infer_publication

    inf = infer_publication(text, text, (planned, VOYAGE), PROFILE.window, unheld=("voyage_planned",))
    assert (inf.earliest, inf.latest) == (D(2030, 7, 1), D(2030, 7, 31))


def test_a_reporting_participle_before_a_weekday_names_the_report_day():
    sunday = D(2030, 5, 12)
    assert best("The talks ran long, with the ministry saying Sunday that the fleets would share the bay.") == sunday
    assert best("The guilds welcomed the news, adding on Sunday that the fleets would share the bay.") == sunday


def test_a_weekday_in_the_possessive_is_not_the_report_day():
    # "Sunday's talks" are what was reported on, not the day of the report
    assert best("The harbour minister said Sunday's talks had gone well.") == D(2030, 5, 10)
    assert best("The ministry was saying Sunday's talks had gone well.") == D(2030, 5, 10)


def test_a_date_ahead_of_the_writer_is_not_that_of_an_event_the_sentence_reports_as_past():
    # the treaty (10 May 2030) was signed; "next month" is of what follows it: read as the treaty's it would
    # put the page in April, before the treaty it reports
    from analysis.chronology import infer_publication

    text = "The ministers signed the treaty and agreed to hold a regatta next month, officials said.\n"
    inf = infer_publication(text, text, (TREATY,), PROFILE.window)
    assert inf.earliest == D(2030, 5, 10)  # not a contradiction that leaves no date at all
    # a date that looks back still dates the event reported
    text = "Both governments signed the treaty in the harbour town last month.\n"
    inf = infer_publication(text, text, (TREATY,), PROFILE.window)
    assert (inf.earliest, inf.latest) == (D(2030, 6, 1), D(2030, 6, 30))


def test_a_report_told_in_a_clause_of_what_came_before_is_not_the_report_day():
    friday = D(2030, 5, 10)
    # the Tuesday announcement is older than the news: it does not move the best day
    assert best("The talks were called off after the port authority on Tuesday announced a storm warning.") == friday
    assert best("The fleets stayed home since the ministry said Tuesday that the bay was closed.") == friday
    # in a clause of its own it is the day of the report
    assert best("The port authority on Tuesday announced a storm warning.") == D(2030, 5, 14)


def test_a_statement_issued_on_a_weekday_names_the_report_day():
    assert best("In a statement issued on Sunday, the ministry said the fleets would share the bay.") == D(2030, 5, 12)


def test_a_cue_after_an_indefinite_article_names_a_kind_of_event():
    # "a voyage": any voyage, not the chronology's; it says nothing of the page's date
    text = "Such plans are confirmed closer to a voyage, so I will leave it to them, the official said.\n"
    assert voyage_interval(text) == (None, None)
    # "the voyage" still speaks of the one still to come
    text = "Such plans are confirmed closer to the voyage, so I will leave it to them, the official said.\n"
    assert voyage_interval(text)[1] == D(2030, 6, 21)


def month_article(sentence: str):
    raw = (
        "Envoy's quiet visit comes to light\n\n"
        f"HARBOURTOWN – {sentence} according to two officials who spoke on condition of anonymity.\n\n"
        "The visit came months after the treaty was signed by both governments in the harbour town, and "
        "both sides said they hoped for a wider agreement on the use of the bay.\n"
    )
    a = make_article(raw, Path("made-up.txt"), article_id="made-up", sha256="0")
    return date_article(a, PROFILE)


def test_a_bare_month_spoken_of_as_past_is_over_when_the_text_is_written():
    base = month_article("The envoy travelled to the capital for talks,")
    a = month_article("The envoy travelled to the capital in September for talks,")
    assert base.published_earliest == a.published_earliest == D(2030, 5, 10)
    assert base.published == D(2030, 5, 10)
    assert a.published == D(2030, 10, 1)  # the first day after the September it reports


def test_a_month_with_its_year_or_still_to_come_does_not_move_the_best_day():
    for sentence in (
        "The envoy travelled to the capital in September 2029 for talks,",
        "The envoy will travel to the capital in September for talks,",
    ):
        assert month_article(sentence).published == D(2030, 5, 10), sentence


def test_a_bare_past_month_that_is_the_first_days_own_month_moves_nothing():
    assert month_article("The envoy travelled to the capital in May for talks,").published == D(2030, 5, 10)


# Monday 2 to Thursday 5 September 2030: a made-up summit of four days
DINNER_SUMMIT = Event(
    "summit", D(2030, 9, 2), D(2030, 9, 5), "summit", "test", "both", re.compile(r"\bsummit\b", re.I), ()
)
DINNER_PROFILE = SimpleNamespace(events=(DINNER_SUMMIT,), window=(D(2030, 1, 1), D(2030, 12, 31)), timeline={})


def dated_page(headline: str, lead: str, sentence: str, profile):
    """A made-up page (a headline, a lead paragraph, then `sentence`), dated by `profile`."""
    a = make_article(f"{headline}\n\n{lead}\n\n{sentence}\n", Path("made-up.txt"), article_id="made-up", sha256="0")
    return date_article(a, profile)


def summit_article(sentence: str):
    lead = (
        "HARBOURTOWN – The envoy told delegates at the summit that the fishing fleets needed wider access "
        "to the bay and its ports."
    )
    return dated_page("Envoy presses for port access", lead, sentence, DINNER_PROFILE)


def test_a_past_weekday_within_the_reported_event_is_a_day_of_it():
    base = summit_article("She had spoken with the premier at a dinner in the old town.")
    assert base.published_earliest == D(2030, 9, 2) and base.published == D(2030, 9, 2)
    a = summit_article("She had spoken with the premier at a dinner in the old town on Wednesday.")
    assert a.published_earliest == D(2030, 9, 2)
    assert a.published == D(2030, 9, 4)


def test_a_past_weekday_beyond_the_reported_event_moves_nothing():
    # the first Saturday on or after the summit's first day is after it ended: background, not the news
    a = summit_article("She had spoken with the premier at a dinner in the old town on Saturday.")
    assert a.published == D(2030, 9, 2)


# --- an invitation to come, "heads of state", "his coming visit", a best day between two stretches -----

# Wednesday 10 to Friday 12 July 2030: a made-up visit to the capital
CAPITAL_VISIT = Event(
    "capital_visit", D(2030, 7, 10), D(2030, 7, 12), "visit", "test", "both", re.compile(r"\bvisit\b", re.I), ()
)
VISIT_PROFILE = SimpleNamespace(events=(TREATY, CAPITAL_VISIT), window=(D(2030, 1, 1), D(2030, 12, 31)), timeline={})


def visit_article(sentence: str, profile=VISIT_PROFILE):
    """A made-up page on talks far from both capitals, then `sentence`, dated by `profile`."""
    lead = "The two ministers held talks on fishing quotas in a lakeside town, far from both capitals."
    return dated_page("Ministers hold talks in a lakeside town", lead, sentence, profile)


def test_an_event_named_in_an_invitation_to_come_is_still_to_come():
    for sentence in (
        "The premier welcomed the minister to visit the capital at an appropriate time this year.",
        "The premier invited her to pay a visit to the capital later this year.",
        "The premier had invited the foreign minister to visit the capital this year.",
    ):
        a = visit_article(sentence)
        assert a.published_latest == D(2030, 7, 12), sentence
        assert a.published_earliest == D(2030, 1, 1), sentence  # "this year" dates the invited visit


def test_a_visit_welcomed_on_arrival_is_no_invitation():
    # the guest came: welcomed to a place, not to come
    a = visit_article("The premier welcomed the minister to the capital, and the visit went well.")
    assert a.published_earliest == D(2030, 7, 10)


def treaty_article(sentence: str):
    return visit_article(sentence, PROFILE)


def test_heads_of_state_is_no_verb_of_the_future():
    a = treaty_article("It came after a consensus reached by the two heads of state at the treaty signing.")
    assert a.published_earliest == D(2030, 5, 10) and a.published_latest is None or a.published_latest > D(2030, 6, 1)
    # the verb still looks forward
    b = treaty_article("The premier heads to the harbour town for the treaty signing.")
    assert b.published_latest == D(2030, 5, 10)


def test_a_coming_visit_is_a_point_of_reference_for_its_sentence():
    from analysis.chronology import infer_publication

    text = (
        "The spokesman denied that the leak last week was meant to derail the minister's coming visit.\n\n"
        "She will arrive in the capital on Wednesday.\n"
    )
    inference = infer_publication(text, text, VISIT_PROFILE.events, VISIT_PROFILE.window)
    kinds = {(e["text"], e["kind"]) for e in inference.evidence}
    assert ("last week", "relative date") not in kinds  # the leak's week, not the visit's
    assert any(k == "anticipated event" for _, k in kinds)
    assert inference.latest == D(2030, 7, 12)


# Sunday 3 and Monday 4 February 2030: a plan never held; Sunday 16 and Monday 17 June: the visit made
PLANNED = Event(
    "planned", D(2030, 2, 3), D(2030, 2, 4), "visit", "test", "future_only", re.compile(r"\bvisit\b", re.I), ()
)
MADE = Event("made", D(2030, 6, 16), D(2030, 6, 17), "visit", "test", "future_only", re.compile(r"\bvisit\b", re.I), ())
TWO_VISITS = SimpleNamespace(events=(PLANNED, MADE), window=(D(2030, 1, 1), D(2030, 12, 31)), timeline={})


def test_the_best_day_is_one_the_statements_allow_not_one_between_two_stretches():
    raw = (
        "Nothing will stop the minister's visit this time\n\n"
        "A storm forced the cancellation of her plans in February, officials said.\n\n"
        "Reports suggest the visit will begin on Sunday with talks, and she will meet the premier on Monday "
        "during the visit.\n"
    )
    a = date_article(make_article(raw, Path("made-up.txt"), article_id="made-up", sha256="0"), TWO_VISITS)
    assert a.published_earliest <= D(2030, 2, 3) and a.published_latest <= D(2030, 6, 17)
    # after the February gone by (a past month), the first day on which the coming Sunday is the visit's
    assert D(2030, 6, 10) <= a.published <= D(2030, 6, 16)


def test_a_coming_event_described_by_a_participle_is_still_to_come_and_not_dated_by_a_past_year():
    from analysis.chronology import infer_publication

    text = "The visit, hosted by the premier, will be their first meeting since the two met a year ago.\n"
    inference = infer_publication(text, text, VISIT_PROFILE.events, VISIT_PROFILE.window)
    kinds = {(e["text"], e["kind"]) for e in inference.evidence}
    assert any(k == "anticipated event" for _, k in kinds)  # "hosted by" is no verb of the past
    assert ("a year ago", "relative date") not in kinds  # the earlier meeting's, not the visit's
    assert inference.latest == D(2030, 7, 12)
    # an event reported as past keeps a past date of its sentence
    text = "The visit was hosted by the premier a year ago.\n"
    inference = infer_publication(text, text, VISIT_PROFILE.events, VISIT_PROFILE.window)
    assert ("a year ago", "relative date") in {(e["text"], e["kind"]) for e in inference.evidence}


# Wednesday 14 August 2030: a made-up phone call (a day in the callee's time zone); Sunday 18 and Monday 19:
# a made-up visit
CALL = Event("call", D(2030, 8, 14), D(2030, 8, 14), "call", "test", "both", re.compile(r"\bphone\b", re.I), ())
CALL_TRIP = Event(
    "trip", D(2030, 8, 18), D(2030, 8, 19), "visit", "test", "future_only", re.compile(r"\btrip\b", re.I), ()
)
CALL_PROFILE = SimpleNamespace(events=(CALL, CALL_TRIP), window=(D(2030, 1, 1), D(2030, 12, 31)), timeline={})


def evidence_of(text: str, profile=CALL_PROFILE):
    from analysis.chronology import infer_publication

    inference = infer_publication(text, text, profile.events, profile.window)
    return inference, {e["text"]: e for e in inference.evidence}


def test_a_night_may_be_the_next_day_where_the_event_is():
    inference, ev = evidence_of("Tuesday night, the minister spoke by phone with her counterpart.\n")
    assert ev["Tuesday night"]["holds"] and inference.earliest == D(2030, 8, 14)
    # a plain day is the day itself: the Tuesday is not the call's Wednesday
    _, ev = evidence_of("On Tuesday, the minister spoke by phone with her counterpart.\n")
    assert "on Tuesday" not in ev or ev["on Tuesday"]["allows_from"] is None


def test_a_day_of_setting_off_may_come_before_the_trips_first_day():
    inference, ev = evidence_of("The minister is travelling to the capital Friday, a trip long in the making.\n")
    assert ev["Friday"]["allows_to"] == D(2030, 8, 19)
    assert inference.latest == D(2030, 8, 19) and inference.earliest is not None
    # a day of the stay itself is not read so ("will hold talks Friday" cannot be two days before the trip)
    _, ev = evidence_of("The minister will hold talks on Friday, during a trip long in the making.\n")
    assert "on Friday" not in ev or ev["on Friday"]["allows_to"] is None


def test_the_verb_of_a_relative_clause_after_a_date_is_not_its_tense():
    from analysis.chronology import clause_tense
    from analysis.dates import find_expressions

    def tense(sentence: str) -> str:
        expr = next(e for e in find_expressions(sentence) if "2030" in e.text)
        return clause_tense(sentence, 0, len(sentence), expr.start, expr.end)

    # "the trip, which will begin": the trip's future, not the call's
    assert tense(
        "A call between the two envoys by secure line on June 13, 2030 to fix the trip, which will begin soon."
    ) != ("future")
    # the date's own clause still decides
    assert tense("The envoys will speak again on June 13, 2030 about the trip.") == "future"
    assert tense("The envoy will land on June 13, 2030, the ministry says.") == "future"


def test_a_bare_past_weekday_that_names_a_dated_day_closes_an_open_interval():
    from analysis.chronology import infer_publication

    def interval(lede: str):
        text = f"{lede}\n\nA delegate waves to reporters in the harbour town, May 10, 2030.\n"  # a Friday
        inference = infer_publication(text, text, (), PROFILE.window)
        return inference.earliest, inference.latest

    # "on Friday" names the Friday dated below: the page is of that day or of the six after it
    assert interval("The ministers on Friday made clear their position on the fishing quotas.") == (
        D(2030, 5, 10),
        D(2030, 5, 16),
    )
    # a weekday that is no dated day's leaves the interval open above
    lo, hi = interval("The ministers on Saturday made clear their position on the fishing quotas.")
    assert lo == D(2030, 5, 10) and hi is None


def test_a_day_named_in_a_time_zone_of_its_own_may_be_a_day_off_the_events():
    for text in (
        "The two ministers spoke by phone on Thursday (AEDT).\n",
        "The two ministers spoke by phone on Thursday Beijing time.\n",
        "The two ministers spoke by phone on Tuesday (EST).\n",
    ):
        inference, ev = evidence_of(text)
        day = next(e for t, e in ev.items() if t.startswith("on "))
        assert day["holds"] and day["allows_from"] is not None, text
    # with no zone the day is the day itself: Thursday is not the Wednesday's call
    _, ev = evidence_of("The two ministers spoke by phone on Thursday.\n")
    assert "on Thursday" not in ev or ev["on Thursday"]["allows_from"] is None


def test_a_year_less_range_said_in_the_past_is_over():
    from analysis.chronology import infer_publication

    text = BACKGROUND + "The ministers met on May 12-14 in the harbour town to settle the quotas.\n"
    inference = infer_publication(text, text, (), PROFILE.window)
    assert inference.earliest == D(2030, 5, 14) and inference.best == D(2030, 5, 14)
    # a single day said in the past: that day
    text = BACKGROUND + "The ministers met on May 12 in the harbour town to settle the quotas.\n"
    assert infer_publication(text, text, (), PROFILE.window).earliest == D(2030, 5, 12)


def test_having_a_meeting_with_the_leader_names_the_meeting_with_him():
    from analysis.chronology import event_mentions, load_events

    def named(sentence):
        return {ev.event_id for m in event_mentions(sentence + "\n", load_events()) for ev in m.events}

    assert "blinken_meets_xi" in named("The secretary had an unscheduled meeting with President Xi in the capital.")
    assert "blinken_meets_xi" in named("During his trip he held meetings with Xi and the foreign minister.")
    assert "blinken_meets_xi" not in named("The secretary hopes for a meeting with Xi.")  # no meeting held


def _banner_page(banner: str, lead: str):
    raw = (
        f"{banner}\n\n"
        "Ministers sign the harbour treaty\n\n"
        f"{lead} The ministers of the two countries spent three hours together at the town hall, and both "
        "said they hoped the fishing fleets of the two would share the bay in peace from next season on.\n\n"
        "The text fixes the quotas and the port fees for ten years, and a joint commission will settle disputes "
        "between the harbour masters of both sides, the ministry said in a statement after the ceremony.\n"
    )
    return date_article(make_article(raw, Path("made-up.txt"), article_id="made-up", sha256="0"), PROFILE)


def test_a_bare_date_line_long_after_the_news_the_story_reports_is_the_day_the_page_was_served():
    a = _banner_page("Monday, March 10, 2031", "The treaty was signed on Friday by both governments.")
    assert a.published_earliest == D(2030, 5, 10)
    assert a.published_latest <= D(2030, 5, 16)


def test_a_bare_date_line_the_story_agrees_with_dates_the_page():
    a = _banner_page("Saturday, May 11, 2030", "The treaty was signed on Friday by both governments.")
    assert (a.published_earliest, a.published_latest) == (D(2030, 5, 11), D(2030, 5, 11))


def test_a_bare_date_line_a_little_late_still_dates_the_page():
    # a page carried two weeks after the news (eight days past the last day "on Friday" allows): not far
    # enough off to be the day it was served
    a = _banner_page("Friday, May 24, 2030", "The treaty was signed on Friday by both governments.")
    assert (a.published_earliest, a.published_latest) == (D(2030, 5, 24), D(2030, 5, 24))


def test_a_bare_date_line_three_weeks_after_the_news_is_the_day_the_page_was_served():
    a = _banner_page("Friday, May 31, 2030", "The treaty was signed on Friday by both governments.")
    assert a.published_earliest == D(2030, 5, 10)
    assert a.published_latest <= D(2030, 5, 16)


def test_a_labelled_date_line_is_never_set_aside():
    a = _banner_page("Published March 10, 2031", "The treaty was signed on Friday by both governments.")
    assert (a.published_earliest, a.published_latest) == (D(2031, 3, 10), D(2031, 3, 10))


def test_a_bare_date_line_is_kept_where_nothing_ties_the_story_to_a_dated_day():
    a = _banner_page("Monday, March 10, 2031", "The treaty was signed by both governments.")
    assert (a.published_earliest, a.published_latest) == (D(2031, 3, 10), D(2031, 3, 10))


def titled(title: str):
    raw = (
        f"{title}\n\n"
        "Harbour Office, Spokesperson\n\n"
        "QUESTION: Will the ministers meet again before the season ends, and where?\n\n"
        "MS ROE: We have nothing to announce on that today. The two sides talk often and will keep talking.\n"
    )
    a = make_article(raw, Path("made-up.txt"), article_id="made-up", sha256="0")
    return date_article(a, PROFILE)


def test_a_title_naming_the_record_of_a_dated_briefing_dates_the_page_within_its_week():
    a = titled("Harbour Office, Press Briefing – March 4, 2030 (Only the Part on Fishing)")
    assert (a.published_earliest, a.published_latest, a.published) == (D(2030, 3, 4), D(2030, 3, 10), D(2030, 3, 4))
    a = titled("4 March 2030 Press Conference Held by the Harbour Office Spokesperson")
    assert (a.published_earliest, a.published_latest) == (D(2030, 3, 4), D(2030, 3, 10))


def test_a_dated_title_that_names_no_record_or_a_dated_sentence_leaves_the_page_open():
    # a title that names no record of speech: the date is of what the story reports, the page may be much later
    a = titled("Looking back at the fishing accord of March 4, 2030")
    assert a.published_latest is None or a.published_latest > D(2030, 3, 10)
    # a date with no year, or the record named in a long line of prose, is no title date
    a = titled("Press Briefing – March 4")
    assert a.published_latest is None or a.published_latest > D(2030, 3, 10)
    long_line = "The press briefing of March 4, 2030 " + "was long and said little about fishing quotas, " * 4
    a = titled(long_line)
    assert a.published_latest is None or a.published_latest > D(2030, 3, 10)


def test_a_bare_past_month_earlier_in_the_year_than_the_first_day_moves_nothing():
    # background before the news ("was confirmed in March"), not a sign that the page is a year younger
    a = month_article("The envoy, confirmed in his post in March, travelled to the capital for talks,")
    assert a.published == D(2030, 5, 10)


# --- an interval open on one side is reported open, not closed at the edge of the days searched ------------


def table_row(body: str):
    """The made-up article, dated, and its row of the articles table as the CSV export writes its cells."""
    from analysis.annotate import article_row, cell

    a = make_article("Ministers meet again\n\n" + body + "\n", Path("made-up.txt"), article_id="made-up", sha256="0")
    a = date_article(a, PROFILE)
    row = article_row(a, SimpleNamespace(sources={}))
    return a, SimpleNamespace(**{k: cell(v) for k, v in row.items()})


def test_an_interval_nothing_closes_above_is_open_above_in_the_articles_table():
    # a treaty reported as signed, and nothing that says how long ago: any later day
    a, row = table_row("The two governments signed the treaty in the harbour town, ending a decade of talks.")
    assert (a.published_earliest, a.published_latest, a.published) == (D(2030, 5, 10), None, D(2030, 5, 10))
    assert a.date_source == "inferred"
    assert (row.published, row.published_earliest, row.published_latest) == ("2030-05-10", "2030-05-10", "")


def test_an_interval_nothing_closes_below_is_open_below_in_the_articles_table():
    # a preview: not after the treaty's day, and nothing says how long before
    a, row = table_row("The two governments will sign the treaty in the harbour town, ending a decade of talks.")
    assert a.published_earliest is None and a.published_latest == D(2030, 5, 10)
    assert a.published == D(2030, 5, 9)  # the best day as before: the day before what it previews
    assert (row.published, row.published_earliest, row.published_latest) == ("2030-05-09", "", "2030-05-10")


def test_an_interval_closed_on_both_sides_keeps_both_days():
    # near-miss: the date with its year closes the interval above the treaty's day
    a, _ = table_row(
        "The two governments signed the treaty in the harbour town. Their ministers will meet again on May 20, 2030."
    )
    assert (a.published_earliest, a.published_latest) == (D(2030, 5, 10), D(2030, 5, 20))


def test_an_interval_open_on_both_sides_is_no_date():
    a, row = table_row("The two governments spoke of fishing quotas in the harbour town.")
    assert a.date_source == "unknown" and a.published is None
    assert a.published_earliest is None and a.published_latest is None


# --- an event told as ending in the present: the page is of its last days -------------------------------------


def ending(sentence: str, unheld=()):
    """The interval of a page holding `sentence` about the made-up trip of Sunday-Monday 8-9 September 2030."""
    return trip_interval("Ministers meet in the capital\n\n" + sentence + "\n", unheld)[:2]


LAST_DAYS = (D(2030, 9, 8), D(2030, 9, 11))  # the trip's days and the two after its last (time zones, copies)


def test_a_trip_told_as_ending_dates_the_page_to_its_last_days():
    assert ending("The minister met the premier as she wraps up her two-day trip to the capital.") == LAST_DAYS
    assert ending("The minister met the premier in the palace as she concludes her trip.") == LAST_DAYS
    assert ending("The minister is winding up her trip with a tour of the new port.") == LAST_DAYS
    assert ending("The trip concludes with a joint statement on fishing quotas.") == LAST_DAYS


def test_a_headline_telling_a_trip_ending_dates_the_page():
    text = "Minister wraps up trip to the capital with talks on fishing\n\nThe talks ran late into the night.\n"
    lo, hi, _ = trip_interval(text)
    assert (lo, hi) == LAST_DAYS


def test_the_end_of_a_trip_on_a_weekday_dates_the_page_to_the_week_after_it():
    # told in the past with its weekday: the Monday is the trip's last day, so the page is of that week
    assert ending("The minister met the premier at the end of her two-day trip on Monday.") == (
        D(2030, 9, 9),
        D(2030, 9, 15),
    )


def test_an_ending_told_in_the_past_in_the_future_or_by_a_participle_alone_does_not_close_the_page():
    # told afterwards, looked forward to, or a participle that takes its tense from a verb of the past
    lo, hi = ending("The minister wrapped up her trip to the capital with talks on fishing.")
    assert lo is None or hi is None
    lo, hi = ending("The minister will wrap up her trip with talks on fishing.")
    assert lo is None and hi == D(2030, 9, 9)
    assert ending("Wrapping up her trip, the minister spoke of fishing quotas.")[0] is None
    assert ending("The minister had talks with the premier, concluding her trip on a warm note.")[0] is None


def test_an_ending_on_a_named_day_or_after_before_is_a_schedule_not_the_writer_s_day():
    assert ending("The trip ends on Monday with talks on fishing.")[0] != LAST_DAYS[0]
    assert ending("Before she wraps up her trip, the minister will meet the premier.")[0] is None


def test_a_trip_that_never_took_place_is_not_told_as_ending():
    assert ending("The minister met the premier as she wraps up her two-day trip.", {"trip"}) == (None, None)


def test_the_best_day_of_a_page_telling_a_trip_ending_is_the_trip_s_last_day():
    text = "Ministers meet in the capital\n\nThe minister met the premier as she wraps up her two-day trip.\n"
    assert trip_interval(text)[2] == D(2030, 9, 9)


def test_a_trip_told_as_just_ended_dates_the_page_to_the_week_after_it():
    week = (D(2030, 9, 8), D(2030, 9, 16))  # the trip's days and the week after its last
    assert ending("The minister has wrapped up her two-day trip to the capital.") == week
    assert (
        ending("The trip of the minister and her delegation to the capital has ended with a joint statement.") == week
    )
    # over: the best day the one after its last
    text = "Ministers meet in the capital\n\nThe minister has wrapped up her two-day trip to the capital.\n"
    assert trip_interval(text)[2] == D(2030, 9, 10)
    # the subject form with many words between the noun and its verb
    long = "The trip to the capital of the minister of fisheries and her whole delegation has ended with a statement."
    assert ending(long) == week
    # near-misses: the past perfect and the simple past tell it from any later day
    assert ending("The minister had wrapped up her two-day trip to the capital.")[0] is None
    assert ending("The trip of the minister to the capital ended with a joint statement.")[0] is None


# --- an event found by words spread over two coordinated clauses of their own tenses ---------------------------

# Tuesday-Friday 16-19 July 2030: an envoy's visit, found where "envoy" and a word of travel meet in a sentence
ENVOY = Event(
    "envoy",
    D(2030, 7, 16),
    D(2030, 7, 19),
    "envoy",
    "test",
    "both",
    None,
    (re.compile(r"envoy\b"), re.compile(r"(?:visit\w*|trip)\b")),
)


def envoy_interval(sentence: str):
    from analysis.chronology import infer_publication

    inf = infer_publication(sentence + "\n", sentence + "\n", (ENVOY,), (D(2030, 1, 1), D(2030, 12, 31)))
    return inf.earliest, inf.latest


def test_words_of_an_event_in_two_coordinated_clauses_of_different_tenses_give_it_no_tense():
    # the envoy and the only word of travel lie in two coordinated clauses, one past and one to come: the
    # sentence does not say which clause tells of the event, so it bounds nothing
    assert envoy_interval("The envoy met the minister in the port, and a visit will follow soon.") == (None, None)


def test_the_words_of_an_event_closest_together_name_it():
    # the visit told in the past is the minister's; the envoy's, beside "envoy", is still to come (it had
    # read as past, from the first word of travel, "visited")
    assert envoy_interval("The minister recently visited the capital, and the envoy is expected to visit soon.") == (
        None,
        D(2030, 7, 19),
    )
    # the other way round: the envoy's visit is the past one
    assert envoy_interval("The envoy recently visited the capital, and the minister is expected to visit soon.")[
        0
    ] == D(2030, 7, 16)
    # the officials travel next week; the envoy's trip, "possible", is a point of reference still to come, and
    # next week is not its date (it had read as the envoy's: published 8-14 July)
    text = "Senior officials will be visiting the capital next week to prepare a possible trip by the envoy later this year."
    assert envoy_interval(text) == (None, D(2030, 7, 19))
    # near-miss: the envoy's own visit next week
    assert envoy_interval("The envoy will be visiting the capital next week.") == (D(2030, 7, 8), D(2030, 7, 14))


def test_words_of_an_event_in_one_clause_or_in_clauses_of_one_tense_keep_their_tense():
    assert envoy_interval("The envoy will visit the capital, the ministry said.") == (None, D(2030, 7, 19))
    assert envoy_interval("The minister visited the capital, and the envoy visited the port.")[0] == D(2030, 7, 16)


# --- a traveller told as arriving, in the present: the page is of the trip's days -----------------------------


def test_a_traveller_told_as_arriving_dates_the_page_to_the_trip_s_days():
    days = (D(2030, 9, 7), D(2030, 9, 11))  # from the day before the first (the time zones) to two after the last
    assert ending("Minister arrives in the capital for a two-day trip") == days
    assert ending("The minister has landed in the capital for a trip that may mend ties.") == days
    text = "Ministers meet in the capital\n\nThe minister arrives in the capital for a two-day trip.\n"
    assert trip_interval(text)[2] == D(2030, 9, 8)  # the best day the trip's first


def test_an_arrival_told_in_the_past_on_a_named_day_or_looked_forward_to_does_not_date_the_page():
    assert ending("The minister arrived in the capital for a two-day trip.")[0] is None
    # a schedule: a day still named after it
    assert ending("The minister arrives in the capital on Sunday for a two-day trip.")[0] != D(2030, 9, 7)
    assert ending("When she arrives in the capital, the minister will begin a two-day trip.")[0] is None
    # a trip named only as a point of reference
    assert ending("The minister arrives in the capital a year after the trip.")[0] is None


# --- a lead's relative date does not date an event the lead names as a point of reference ---------------------

FOLLOWING = "\n\nThe envoy's visit would be the first by an envoy in five years.\n"


def test_a_lead_s_date_does_not_date_the_event_it_names_as_a_point_of_reference():
    from analysis.chronology import infer_publication

    def lead(sentence: str):
        text = sentence + FOLLOWING
        inf = infer_publication(text, text, (ENVOY,), (D(2030, 1, 1), D(2030, 12, 31)))
        return inf.earliest, inf.latest

    # the lead's news is the officials' journey; the envoy's trip, named after "possible", is another thing:
    # the lead's "next week" is not its date, though the sentence after names the visit (it had read as
    # published 8-14 July)
    officials = (
        "Senior officials of the fisheries ministry will be visiting the capital next week to prepare a possible "
        "trip by the envoy later this year, people familiar with the plans said."
    )
    assert lead(officials) == (None, D(2030, 7, 19))
    # near-miss: the lead names the envoy's visit itself
    envoy = (
        "The envoy will be visiting the capital next week for talks with the premier on fishing quotas and port "
        "fees, people familiar with the plans said."
    )
    assert lead(envoy) == (D(2030, 7, 8), D(2030, 7, 14))


# --- the weekday of a report may name a day before the news the text dates by its own weekday -----------------

# Tuesday 4 June 2030: a visit (cancelled on its day, in the made-up text)
CALLED_OFF = Event(
    "called_off", D(2030, 6, 4), D(2030, 6, 4), "visit", "test", "both", re.compile(r"\bvisit to the capital\b"), ()
)


def called_off(text: str):
    from analysis.chronology import infer_publication

    inf = infer_publication(text, text, (CALLED_OFF,), (D(2030, 1, 1), D(2030, 12, 31)))
    return inf.earliest, inf.latest


def test_a_report_s_weekday_does_not_raise_the_first_day_the_news_s_weekday_names():
    # "on Tuesday" names the news's day, the interval's first (4 June); "said Monday" may be the day before
    # it, 3 June: the page may be of 4 June (it had read Monday as 10 June, the first on or after the news)
    text = "The minister on Tuesday cancelled her visit to the capital.\nThe ministry said Monday it had seen the report.\n"
    assert called_off(text) == (D(2030, 6, 4), D(2030, 6, 10))


def test_a_report_s_weekday_after_the_news_day_still_raises_the_first_day():
    # near-miss: "said Wednesday" is the day after the Tuesday of the news, not six days after it: the page is
    # of that Wednesday or later in its week
    text = "The minister on Tuesday cancelled her visit to the capital.\nThe ministry said Wednesday it had seen the report.\n"
    assert called_off(text)[0] == D(2030, 6, 5)


# --- a date ahead whatever its clause's tense names the coming occurrence, not a plan put off -----------------

# Sunday-Monday 10-11 February 2030: a tour planned and never held (put off on Friday 8 February); Sunday-Monday
# 16-17 June 2030: the tour made instead, named by the same words
TOUR_CUE = re.compile(r"\btour\b")
PLANNED_TOUR = Event("planned_tour", D(2030, 2, 10), D(2030, 2, 11), "tour", "test", "future_only", TOUR_CUE, ())
TOUR_MADE = Event("tour", D(2030, 6, 16), D(2030, 6, 17), "tour", "test", "future_only", TOUR_CUE, ())
TOUR_PUT_OFF = Event(
    "tour_put_off",
    D(2030, 2, 8),
    D(2030, 2, 8),
    "tour put off",
    "test",
    "both",
    None,
    (re.compile(r"\bpostpone[sd]?\b"), TOUR_CUE),
)
PUT_OFF_AFTER = "Having postponed a tour in February, the minister is set to be the first to go in five years.\n"


def tours(text: str):
    from analysis.chronology import infer_publication

    events = (PLANNED_TOUR, TOUR_MADE, TOUR_PUT_OFF)
    inf = infer_publication(text, text, events, (D(2029, 6, 1), D(2031, 6, 1)), ("planned_tour",))
    return inf.earliest, inf.latest


def test_next_week_in_a_past_clause_names_the_coming_tour_not_the_plan_put_off():
    # "next week" lies ahead of the writer's day whatever the tense of "played down": the tour made in June,
    # not the February plan the next sentence puts off (it had read the plan: 8-10 February, four months out)
    lead = "The ministry on Wednesday played down hopes, after a tense call ahead of the minister's tour of the "
    lead += "capital next week.\n"
    lo, hi = tours(lead + PUT_OFF_AFTER)
    assert lo is not None and hi is not None
    assert lo >= D(2030, 6, 1) and hi <= D(2030, 6, 16)


def test_a_date_ahead_in_the_sentence_that_puts_the_plan_off_is_still_the_plan_s():
    # near-miss: the sentence that puts the tour off names the plan's own week
    assert tours("The minister postponed the tour of the capital planned for next week.\n") == (
        D(2030, 2, 8),
        D(2030, 2, 10),
    )


def test_a_report_s_weekday_does_not_narrow_an_interval_opened_only_by_what_is_to_come():
    # the interval's first day is set by "next week" (a week of which the tour takes half or more), not by news
    # reported as done: it holds two Wednesdays (5 and 12 June), and the first is no likelier than the second
    # (it had read 5-11 June; the near-miss, an interval opened by a visit reported as done, is narrowed in
    # `test_the_weekday_of_the_report_narrows_a_closed_interval_to_its_week`)
    lead = "The ministry on Wednesday played down hopes, after a tense call ahead of the minister's tour of the "
    lead += "capital next week.\n"
    assert tours(lead + PUT_OFF_AFTER) == (D(2030, 6, 3), D(2030, 6, 16))


# --- a plan told with its maker and a past "planned to" --------------------------------------------------------


def plan_kinds(sentence: str) -> list[str]:
    from analysis.chronology import unrealized_plans
    from analysis.text import fold

    return [k for m in unrealized_plans(sentence, fold(sentence)) for k in ("plan", "counterfactual") if m[k]]


def test_planned_to_travel_with_its_maker_is_a_plan_of_the_past():
    # "planned to travel … in February": the month is the plan's, as after "was due to"; it had been read as a
    # date still to come, which put the page on the days of the trip made months later
    assert plan_kinds("The minister planned to travel to the capital in February, but a storm came.") == ["plan"]
    assert plan_kinds("The last time the minister planned to go to the capital was in February.") == ["plan"]


def test_planned_to_near_misses():
    # a plan said in the present is none of the past; "had planned to" stays a counterfactual; "planned to" before
    # a verb of no journey or meeting is left alone
    assert plan_kinds("The tour is planned to go ahead in February.") == []
    assert plan_kinds("The minister had planned to travel to the capital in February.") == ["counterfactual"]
    assert plan_kinds("The ministry planned to raise fees in February.") == []
