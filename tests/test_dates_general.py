"""General shapes of news dates, each with sentences that must match and near-misses that must not
(made-up wire, readout, broadcast and opinion sentences; conventions: evaluation/gold/README.md)."""

import datetime as dt
import re

import pytest
from helpers import dates_in, one_date

from analysis.chronology import Event, constraints, infer_publication
from analysis.dates import find_expressions, resolve

D = dt.date
WED_21_JUNE = D(2023, 6, 21)  # a Wednesday
WINDOW = (D(2022, 1, 1), D(2024, 6, 30))


# --- a weekday in a clause about what is still to come is the coming day ---------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive or a state after "will" / "is to": its participle is not a past
        ("The summit will be held on Friday in Geneva.", D(2023, 6, 23)),
        ("The accord is to be signed on Monday, officials said.", D(2023, 6, 26)),
        ("The envoy will be in Tokyo on Tuesday.", D(2023, 6, 27)),
        ("He said the talks will not be held on Monday.", D(2023, 6, 26)),
        # a plan adjective with no preposition
        ("A vote is expected Thursday.", D(2023, 6, 22)),
        ("The ruling is due Friday, lawyers said.", D(2023, 6, 23)),
        ("Results are scheduled Monday.", D(2023, 6, 26)),
        # near-misses: the same words of a past clause keep the day just gone
        ("The talks were held on Friday.", D(2023, 6, 16)),
        ("The record was set on Monday.", D(2023, 6, 19)),
        ("A vote was held Tuesday, the agency reported.", D(2023, 6, 20)),
        ("The accord, signed on Monday, took effect at once.", D(2023, 6, 19)),
    ],
)
def test_a_weekday_is_the_coming_one_only_in_a_clause_about_what_is_to_come(text, expected):
    _, start, end = one_date(text, WED_21_JUNE)
    assert start == end == expected


# --- "the new year" -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # looked forward to from any month but January, it is the year to come
        ("Both sides hope to hold talks early in the new year.", D(2023, 6, 21), (D(2024, 1, 1), D(2024, 4, 30))),
        ("Talks will resume early in the new year.", D(2023, 12, 5), (D(2024, 1, 1), D(2024, 4, 30))),
        # in January it has begun
        ("Talks will resume early in the new year.", D(2024, 1, 8), (D(2024, 1, 1), D(2024, 4, 30))),
        # said of the past, it is the year under way
        ("Early in the new year, the ministry issued a ban.", D(2023, 11, 20), (D(2023, 1, 1), D(2023, 4, 30))),
    ],
)
def test_the_new_year_follows_the_tense(text, anchor, expected):
    _, start, end = one_date(text, anchor)
    assert (start, end) == expected


# --- years: ranges and numeric dates --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He served as envoy from 2009 to 2013.", ("from 2009 to 2013", D(2009, 1, 1), D(2013, 12, 31))),
        ("Trade grew between 2019 and 2021, the data show.", ("between 2019 and 2021", D(2019, 1, 1), D(2021, 12, 31))),
        ("The 2022-23 budget was cut.", ("2022-23", D(2022, 1, 1), D(2023, 12, 31))),
        ("Figures for 2009–2013 were revised.", ("2009–2013", D(2009, 1, 1), D(2013, 12, 31))),
        ("The order, dated 2023-06-19, was leaked.", ("2023-06-19", D(2023, 6, 19), D(2023, 6, 19))),
    ],
)
def test_a_stretch_of_years_and_an_iso_date_are_one_expression(text, expected):
    assert one_date(text, None) == expected


def test_years_listed_are_years_each():
    assert dates_in("Visits in 2019 and 2021 both failed.", None) == [
        ("in 2019", D(2019, 1, 1), D(2019, 12, 31)),
        ("and 2021", D(2021, 1, 1), D(2021, 12, 31)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Filed under 2023-13-40 in the registry.",  # no such month
        "The bill passed 2021-2019 in a reversed count.",  # a range running backwards is no range
        "Call 2023-0619 for details.",
    ],
)
def test_numbers_that_are_no_years_or_dates_are_not_ranges(text):
    assert all(
        e.rule not in ("year range", "iso date") or resolve(e, None).start is None for e in find_expressions(text)
    )


# --- a year-less date written with its weekday names its year -----------------------------------


def dated(text):
    inf = infer_publication(text, text, (), WINDOW)
    return inf.earliest, inf.latest


@pytest.mark.parametrize(
    "text, year",
    [
        ("The ministers met in Geneva on Monday, June 19, and agreed to talk again.\n", 2023),
        ("Officials said on Thursday, Oct. 27, that the talks were over.\n", 2022),
        ("The two leaders spoke by phone on Tuesday (March 5), the agency said.\n", 2024),
    ],
)
def test_a_weekday_beside_a_year_less_date_places_the_article_in_that_year(text, year):
    lo, hi = dated(text)
    assert lo is not None and lo.year == year
    # said of the past: not before the day itself, and no more than half a year on
    assert hi - lo <= dt.timedelta(days=190)


def test_a_weekday_date_still_to_come_closes_the_interval_above():
    lo, hi = dated("The envoy will arrive on Monday, June 19, for two days of talks.\n")
    assert hi == D(2023, 6, 19) and lo is not None and lo.year in (2022, 2023)


@pytest.mark.parametrize(
    "text",
    [
        # the weekday belongs to another phrase, not to the date
        "The Monday meeting ran long. June 19 was the last day of talks.\n",
        "They met on Monday and on June 19 signed a deal.\n",
    ],
)
def test_a_weekday_not_written_with_the_date_says_nothing_of_its_year(text):
    assert not [c for c in constraints(text, text, ()) if c.kind == "weekday date"]


# --- halves and quarters of a year ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant will open in the first half of next year.", (D(2024, 1, 1), D(2024, 6, 30))),
        ("Growth slowed in the first quarter of 2023, the bureau said.", (D(2023, 1, 1), D(2023, 3, 31))),
        ("Sales fell in the fourth quarter of last year.", (D(2022, 10, 1), D(2022, 12, 31))),
        ("The second half of 2024 will be harder.", (D(2024, 7, 1), D(2024, 12, 31))),
        ("Rains came in the second half of June.", (D(2023, 6, 16), D(2023, 6, 30))),
    ],
)
def test_halves_and_quarters(text, expected):
    _, start, end = one_date(text, WED_21_JUNE)
    assert (start, end) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The home side scored twice in the fourth quarter.",  # a game's quarter: no calendar position
        "Half of the delegates left early.",
        "A quarter of the budget goes to defence.",
    ],
)
def test_quarters_and_halves_of_no_period_are_not_dates(text):
    assert dates_in(text, WED_21_JUNE) == []


# --- an event named as a point of reference is not what the sentence dates ------------------------

FLAGS = re.I | re.S
# Sunday 12 May to Monday 13 May 2030: a made-up summit
SUMMIT = Event("summit", D(2030, 5, 12), D(2030, 5, 13), "summit", "test", "both", re.compile(r"\bsummit\b", FLAGS))
WINDOW_2030 = (D(2030, 1, 1), D(2030, 12, 31))


def summit_interval(text):
    inf = infer_publication(text, text, (SUMMIT,), WINDOW_2030)
    return inf.earliest, inf.latest


@pytest.mark.parametrize(
    "text",
    [
        "Trade ministers met on Monday, a year after the summit.\n",
        "Ministers will meet again on Monday, months after the summit.\n",
        "Fishermen protested on Monday in the wake of the summit.\n",
        "On Monday, weeks after the summit, the ferry line reopened.\n",
    ],
)
def test_a_day_of_a_sentence_that_dates_itself_after_an_event_does_not_date_the_event(text):
    lo, hi = summit_interval(text)
    # the summit is over, and nothing says how long ago: open above, never the week of the summit
    assert lo == D(2030, 5, 12)
    assert hi is None or hi > D(2031, 1, 1)


def test_an_event_the_sentence_names_as_coming_is_still_ahead_whatever_the_clause_tense():
    lo, hi = summit_interval("Ahead of next week's summit, the ministers met on Friday.\n")
    assert hi <= D(2030, 5, 12) and lo >= D(2030, 4, 29)
    lo, hi = summit_interval("Officials prepared for the upcoming summit.\n")
    assert hi == D(2030, 5, 13)


def test_an_event_a_past_clause_dates_itself_before_may_be_over_by_now():
    # "met on Friday ahead of the summit" may be written after the summit: it bounds nothing
    assert summit_interval("The envoy arrived on Friday ahead of the summit.\n") == (None, None)
    # said of what is to come, the summit is still ahead
    lo, hi = summit_interval("The envoy will arrive on Saturday ahead of the summit.\n")
    assert hi == D(2030, 5, 13)


@pytest.mark.parametrize(
    "text, expected",
    [
        # near-misses: a date beside the cue still dates the event
        ("Since the summit on Monday, ferry traffic has doubled.\n", D(2030, 5, 13)),
        ("The ministers met at the summit on Monday.\n", D(2030, 5, 13)),
    ],
)
def test_a_date_beside_the_cue_still_dates_the_event(text, expected):
    lo, hi = summit_interval(text)
    assert lo is not None and lo <= expected + dt.timedelta(days=1) and hi <= expected + dt.timedelta(days=7)


# --- a headline's infinitive is its future --------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Biden and Xi To Meet Wednesday in San Francisco", D(2023, 6, 21)),  # the anchor's own Wednesday
        ("Envoy to visit Seoul on Friday", D(2023, 6, 23)),
        ("US, China to hold talks Friday", D(2023, 6, 23)),
        ("Chinese envoy to visit Seoul on Monday", D(2023, 6, 26)),
        # near-misses: a place after "to", a clause with a verb of its own, a past headline
        ("Trip to Beijing Monday", D(2023, 6, 19)),  # no tense: the nearest Monday
        ("I also want to thank the mayor for Monday.", D(2023, 6, 19)),
        ("Envoy visited Seoul on Monday", D(2023, 6, 19)),
    ],
)
def test_a_headline_infinitive_looks_forward(text, expected):
    _, start, end = one_date(text, WED_21_JUNE)
    assert start == end == expected


# --- "in the fall" --------------------------------------------------------------------------------


def test_in_the_fall_closing_a_clause_is_the_season():
    assert one_date("Leaders may meet again in the fall.", WED_21_JUNE) == ("the fall", D(2023, 9, 1), D(2023, 11, 30))
    assert one_date("They met in the fall, officials said.", WED_21_JUNE) == (
        "the fall",
        D(2022, 9, 1),
        D(2022, 11, 30),
    )


@pytest.mark.parametrize(
    "text",
    [
        "The fall of the city shocked the region.",
        "Traders noted a fall in the fall in prices.",
        "Prices fall in spring.",
    ],
)
def test_a_fall_that_is_no_season(text):
    assert [e.text for e in find_expressions(text) if "fall" in e.text] == []


# --- a preview: the day before what it previews -----------------------------------------------------


def test_a_preview_is_dated_the_day_before_the_event_it_previews():
    inf = infer_publication(
        "The envoy is on his way to the summit.\n", "The envoy is on his way to the summit.\n", (SUMMIT,), WINDOW_2030
    )
    assert inf.latest == D(2030, 5, 13) and inf.best == D(2030, 5, 11)


def test_a_preview_under_way_keeps_the_first_day_the_text_allows():
    # the interval is closed below too: the first day, as for any closed interval
    text = "The ministers met at the summit on Sunday. They will attend the summit again on Monday.\n"
    inf = infer_publication(text, text, (SUMMIT,), WINDOW_2030)
    assert inf.best == inf.earliest


@pytest.mark.parametrize(
    "text",
    ["The envoy is on his way to the summit.\n", "Delegates are en route to the summit.\n"],
)
def test_on_the_way_is_still_to_come(text):
    lo, hi = summit_interval(text)
    assert hi == D(2030, 5, 13)


def test_this_past_weekday_is_the_one_gone():
    assert one_date("Officials met this past Sunday.", WED_21_JUNE) == (
        "this past Sunday",
        D(2023, 6, 18),
        D(2023, 6, 18),
    )
    # said on a Sunday, it is the Sunday before
    sunday = D(2023, 6, 25)
    assert one_date("Officials met this past Sunday.", sunday) == ("this past Sunday", D(2023, 6, 18), D(2023, 6, 18))
    # near-miss: "this Sunday" of what is to come is the coming one
    assert one_date("He will speak this Sunday.", WED_21_JUNE) == ("this Sunday", D(2023, 6, 25), D(2023, 6, 25))


# --- week arithmetic: a weekday with the week it falls in -------------------------------------------

FRI_23_JUNE = D(2023, 6, 23)


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # the weekday of the week named, not the nearest such day
        ("The two envoys met on Tuesday last week in Vienna.", FRI_23_JUNE, D(2023, 6, 13)),
        ("The ministry said on Tuesday, last week, that it would reply.", FRI_23_JUNE, D(2023, 6, 13)),
        ("Talks will resume Friday next week, a spokesperson said.", D(2023, 6, 19), D(2023, 6, 30)),
        ("Delegates gathered on Monday of this week for the first round.", D(2023, 6, 25), D(2023, 6, 19)),
        # near-misses: a week in the next sentence, or none at all, leaves the weekday to the tense
        ("The envoys met on Tuesday. Last week they spoke by phone.", FRI_23_JUNE, D(2023, 6, 20)),
        ("Talks will resume Friday, a spokesperson said.", D(2023, 6, 19), D(2023, 6, 23)),
    ],
)
def test_a_weekday_followed_by_its_week_is_that_day_of_that_week(text, anchor, expected):
    days = [(t, a) for t, a, _ in dates_in(text, anchor) if "week" not in t.lower()]
    assert len(days) == 1 and days[0][1] == expected, days


def test_the_week_after_its_weekday_stays_an_expression_of_its_own():
    found = dates_in("The two envoys met on Tuesday last week in Vienna.", FRI_23_JUNE)
    assert ("last week", D(2023, 6, 12), D(2023, 6, 18)) in found


# --- past or future: a weekday after an irregular past verb is the day gone --------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The foreign minister flew to Jakarta on Monday.", D(2023, 6, 19)),
        ("The premier gave a speech on Monday to business leaders.", D(2023, 6, 19)),
        ("The embassy sent a formal protest on Monday.", D(2023, 6, 19)),
        ("Talks ran from Monday to Wednesday behind closed doors.", D(2023, 6, 19)),
        ("The ministry wrote on Monday that it objected.", D(2023, 6, 19)),
        ("Shares fell sharply on Monday after the announcement.", D(2023, 6, 19)),
        # near-misses: the same day said of what is still to come
        ("The foreign minister will fly to Jakarta on Monday.", D(2023, 6, 26)),
        ("The premier is to give a speech on Monday.", D(2023, 6, 26)),
    ],
)
def test_a_weekday_after_an_irregular_past_verb_is_the_day_gone(text, expected):
    # published on a Friday: the nearest Monday would be the coming one, the tense says otherwise
    assert dates_in(text, FRI_23_JUNE)[0][1] == expected


# --- spurious: "most recent" is the latest of a series, not a stretch of time ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two most recent presidents took different lines on trade.",
        "In the most recent round of talks, neither side gave ground.",
        "More recent figures show exports recovering.",
    ],
)
def test_most_recent_is_not_a_date(text):
    assert dates_in(text, WED_21_JUNE) == []


def test_the_adjective_recent_is_no_date_but_recently_is():
    # the adjective qualifies an event ("recent talks"); the adverb and "in recent weeks" name a stretch
    assert dates_in("Recent talks in the capital went well.", WED_21_JUNE) == []
    assert dates_in("A recent visit by the envoy eased tempers.", WED_21_JUNE) == []
    assert one_date("The envoy recently visited the capital.", WED_21_JUNE) == (
        "recently",
        D(2023, 3, 23),
        WED_21_JUNE,
    )


# --- week arithmetic: a week of a month is seven of its days, not "last week" -------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The visit is planned for the first week of July.", ("the first week of July", D(2023, 7, 1), D(2023, 7, 7))),
        (
            "Inspectors will return in the third week of August.",
            ("the third week of August", D(2023, 8, 15), D(2023, 8, 21)),
        ),
        ("The strikes began in the last week of May.", ("the last week of May", D(2023, 5, 25), D(2023, 5, 31))),
        (
            "Talks stalled in the final week of May 2022.",
            ("the final week of May 2022", D(2022, 5, 25), D(2022, 5, 31)),
        ),
    ],
)
def test_a_week_of_a_month_is_seven_of_its_days(text, expected):
    assert dates_in(text, WED_21_JUNE) == [expected]


def test_a_week_of_a_month_without_an_anchor_is_left_unresolved():
    assert dates_in("The strikes began in the last week of May.", None) == [("the last week of May", None, None)]


def test_last_week_alone_is_still_the_week_before():
    # near-miss: no month after it
    assert one_date("The strikes began last week.", WED_21_JUNE) == ("last week", D(2023, 6, 12), D(2023, 6, 18))


# --- a stretch up to publication: "the past year" is one unit back ------------------------------------


@pytest.mark.parametrize(
    "text, start",
    [
        ("Prices have risen sharply over the past year.", D(2022, 6, 21)),
        ("Officials met three times in the past month.", D(2023, 5, 21)),
        ("Ties have worsened over the past decade.", D(2013, 6, 21)),
        ("Shipping costs doubled over the past week.", D(2023, 6, 14)),
        ("Ties have worsened over the past two years.", D(2021, 6, 21)),
    ],
)
def test_the_past_year_runs_up_to_publication(text, start):
    _, a, b = one_date(text, WED_21_JUNE)
    assert (a, b) == (start, WED_21_JUNE)


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: no unit of time after "the past", or a past that is no stretch of the calendar
        "In the past, the two sides met often.",
        "The past few meetings were tense.",
        "Both sides want to put the past behind them.",
    ],
)
def test_the_past_without_a_unit_is_not_a_date(text):
    assert dates_in(text, WED_21_JUNE) == []


# --- "since" makes a stretch up to publication; without it, the beginning of a year is its early part --

SAT_28_OCT = D(2023, 10, 28)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At the beginning of this year, the two sides resumed talks.", (D(2023, 1, 1), D(2023, 4, 30))),
        ("Exports fell sharply at the start of the year.", (D(2023, 1, 1), D(2023, 4, 30))),
        # near-misses: "since" runs the stretch on to publication
        ("Exports have fallen since the start of the year.", (D(2023, 1, 1), SAT_28_OCT)),
        ("Since the beginning of this year, the envoys have met twice.", (D(2023, 1, 1), SAT_28_OCT)),
    ],
)
def test_the_beginning_of_the_year_runs_to_publication_only_after_since(text, expected):
    assert one_date(text, SAT_28_OCT)[1:] == expected


# --- deictic days two away: "the day before yesterday" is not yesterday --------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegation arrived the day before yesterday.", ("the day before yesterday", D(2023, 6, 19))),
        ("The envoy leaves the day after tomorrow, aides said.", ("the day after tomorrow", D(2023, 6, 23))),
        # near-misses: one day away, and "the day before" counted from the day named before it
        ("The delegation arrived yesterday.", ("yesterday", D(2023, 6, 20))),
        ("The envoy leaves tomorrow.", ("tomorrow", D(2023, 6, 22))),
    ],
)
def test_the_day_before_yesterday_is_two_days_back(text, expected):
    t, a, b = one_date(text, WED_21_JUNE)
    assert (t, a) == expected and a == b


def test_the_day_before_a_named_day_still_counts_from_it():
    found = dates_in("The envoy met the premier on Monday. The day before, he met the minister.", WED_21_JUNE)
    assert found[1] == ("The day before", D(2023, 6, 18), D(2023, 6, 18))


# --- a plan spoken of from the past: its day lies ahead of the plan, its month is the nearest -------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # written months later: the February the plan was for is the one gone by
        ("The envoy had been set to travel to Lima in February but called it off.", WED_21_JUNE, "2023-02"),
        ("The minister was supposed to visit in early March, officials said.", WED_21_JUNE, "2023-03"),
        ("The summit was to take place in October.", D(2023, 1, 10), "2022-10"),
        # written before the month: still the nearest one, ahead
        ("The envoy was scheduled to travel in August, officials said.", WED_21_JUNE, "2023-08"),
        # an adverb between the auxiliary and the plan word
        ("The envoy was originally slated to travel in early February.", WED_21_JUNE, "2023-02"),
        ("The minister had been initially due to visit in March, officials said.", WED_21_JUNE, "2023-03"),
    ],
)
def test_a_month_of_a_plan_spoken_of_from_the_past_is_the_nearest(text, anchor, expected):
    (_, start, _), *_ = dates_in(text, anchor)
    assert start.isoformat()[:7] == expected


def test_a_day_of_a_plan_spoken_of_from_the_past_is_still_the_coming_one():
    # written on Friday 3 February: the Sunday the trip was to begin is the coming one
    assert one_date("The envoy was due to arrive on Sunday, officials said.", D(2023, 2, 3)) == (
        "on Sunday",
        D(2023, 2, 5),
        D(2023, 2, 5),
    )


def test_a_present_perfect_speaks_of_the_past():
    # a month named in a present-perfect clause is the one gone by, not the nearest
    text = "The two have been at odds over tariffs, export bans, and the downing of a drone in February."
    assert dates_in(text, D(2023, 12, 21)) == [("in February", D(2023, 2, 1), D(2023, 2, 28))]
    # a plan after it still looks ahead
    text = "The talks have been scheduled to resume in February."
    assert dates_in(text, D(2023, 12, 21)) == [("in February", D(2024, 2, 1), D(2024, 2, 29))]


# --- a month in the possessive ("November's summit") names that month ----------------------------------


def test_a_month_in_the_possessive_names_that_month():
    # it once raised an AttributeError: the possessive form is matched by a group of its own
    assert one_date("November's summit was calm.", WED_21_JUNE) == ("November's", D(2022, 11, 1), D(2022, 11, 30))
    assert one_date("November’s summit will be calm, officials say.", WED_21_JUNE) == (
        "November’s",
        D(2023, 11, 1),
        D(2023, 11, 30),
    )


# --- a title's full stop does not cut the clause a date takes its tense from -------------------------------------


@pytest.mark.parametrize(
    "text, tense",
    [
        # the verb stands before a title with its full stop ("Gen.", "Lt.", "Sen."): the date is of its clause
        ("The general met virtually with his counterpart, Gen. Roe, on Thursday morning, ending a silence.", "past"),
        ("The envoy met with Lt. Gen. Roe on Thursday morning.", "past"),
        ("The minister will call Sen. Doe on Thursday.", "future"),
    ],
)
def test_a_date_after_a_title_takes_the_tense_of_the_verb_before_it(text, tense):
    (expr,) = find_expressions(text)
    assert expr.tense == tense
    # the expression keeps the sentence as the readers of events cut it
    assert expr.sentence_start > 0


def test_a_full_stop_that_ends_a_sentence_still_cuts_the_clause():
    # near-miss: "aide." ends a sentence; the next one, in the present, has no tense to go by
    (expr,) = find_expressions("The general met his aide. Roe arrives on Thursday morning.")
    assert expr.tense == "unknown"
    # and a past weekday after a title resolves to the day before publication, not the coming one
    (expr,) = find_expressions("The general met with his counterpart, Gen. Roe, on Tuesday.")
    assert resolve(expr, WED_21_JUNE).start == D(2023, 6, 20)
