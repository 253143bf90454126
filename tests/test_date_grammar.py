"""The date grammar, family by family, on small made-up sentences (conventions: evaluation/gold/README.md)."""

import datetime as dt

import pytest
from helpers import dates_in, one_date

from analysis.dates import RULES, find_expressions, resolve

D = dt.date
MON_19_JUNE = D(2023, 6, 19)  # a Monday
WED_14_JUNE = D(2023, 6, 14)
FRI_16_JUNE = D(2023, 6, 16)


# --- numeric and written-out dates, ranges ------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("The treaty was signed on 17 Jan, 2023.", None, ("17 Jan, 2023", D(2023, 1, 17), D(2023, 1, 17))),
        ("He lands on Feb. 5 for talks.", D(2023, 1, 30), ("Feb. 5", D(2023, 2, 5), D(2023, 2, 5))),
        ("On 5 February 2023 the envoy left.", None, ("5 February 2023", D(2023, 2, 5), D(2023, 2, 5))),
        ("Ships sailed on the 3rd of March.", D(2023, 3, 9), ("the 3rd of March", D(2023, 3, 3), D(2023, 3, 3))),
        (
            "On the evening of July 7, 2023, they dined.",
            None,
            ("the evening of July 7, 2023", D(2023, 7, 7), D(2023, 7, 7)),
        ),
        ("The forum meets June 18-19.", D(2023, 6, 10), ("June 18-19", D(2023, 6, 18), D(2023, 6, 19))),
        ("It runs from 6 to 9 July.", D(2023, 6, 10), ("from 6 to 9 July", D(2023, 7, 6), D(2023, 7, 9))),
        ("The fair runs June 30 to July 2.", D(2023, 6, 10), ("June 30 to July 2", D(2023, 6, 30), D(2023, 7, 2))),
        ("Talks are set for Dec 30-31, 2024.", None, ("Dec 30-31, 2024", D(2024, 12, 30), D(2024, 12, 31))),
        # a day and month without a year: the occurrence nearest the anchor, across a new year
        ("They met on December 30.", D(2023, 1, 2), ("December 30", D(2022, 12, 30), D(2022, 12, 30))),
    ],
)
def test_dates_and_ranges(text, anchor, expected):
    assert one_date(text, anchor) == expected


def test_a_year_comes_from_the_anchor_not_from_another_date_of_the_text():
    text = "The two first met in March 2021. They meet again on June 18-19."
    assert dates_in(text, D(2023, 6, 10)) == [
        ("in March 2021", D(2021, 3, 1), D(2021, 3, 31)),
        ("June 18-19", D(2023, 6, 18), D(2023, 6, 19)),
    ]


def test_a_day_the_month_does_not_have_stays_unresolved():
    assert one_date("The memo is dated February 30.", D(2023, 1, 20)) == ("February 30", None, None)


def test_month_and_weekday_names_count_only_capitalised():
    assert find_expressions("The sunday papers said they may march in june.") == []


# --- years ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Elections are due in 2024.", ("in 2024", D(2024, 1, 1), D(2024, 12, 31))),
        ("2019 was a hard year for trade.", ("2019", D(2019, 1, 1), D(2019, 12, 31))),
        ("The 2018 tariffs still bite.", ("2018", D(2018, 1, 1), D(2018, 12, 31))),
        ("Ties have frozen since 2018.", ("since 2018", D(2018, 1, 1), D(2018, 12, 31))),
        ("Ties warmed in the 1970s.", ("the 1970s", D(1970, 1, 1), D(1979, 12, 31))),
        ("It peaked in the late 1990’s.", ("the late 1990’s", D(1997, 1, 1), D(1999, 12, 31))),
    ],
)
def test_years_alone_and_decades(text, expected):
    assert one_date(text, None) == expected


@pytest.mark.parametrize(
    "text",
    ["About 2000 troops took part.", "Turnout rose 2019 percent.", "Copyright 2023 The Paper.", "Call 2023-456."],
)
def test_numbers_that_are_not_years(text):
    assert find_expressions(text) == []


# --- parts of periods ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        (
            "A visit is planned for early next year.",
            D(2022, 11, 15),
            ("early next year", D(2023, 1, 1), D(2023, 4, 30)),
        ),
        ("He goes in early 2023.", None, ("in early 2023", D(2023, 1, 1), D(2023, 4, 30))),
        ("Output peaked in mid-2021.", None, ("in mid-2021", D(2021, 5, 1), D(2021, 8, 31))),
        ("Prices fell late last year.", MON_19_JUNE, ("late last year", D(2022, 9, 1), D(2022, 12, 31))),
        (
            "Earlier this week, the minister quit.",
            D(2023, 6, 15),
            ("Earlier this week", D(2023, 6, 12), D(2023, 6, 14)),
        ),
        (
            "He said earlier this month that it failed.",
            D(2023, 6, 15),
            ("earlier this month", D(2023, 6, 1), D(2023, 6, 14)),
        ),
        ("A summit may follow later this year.", D(2023, 6, 15), ("later this year", D(2023, 6, 16), D(2023, 12, 31))),
        (
            "She hopes to meet him later in the year.",
            MON_19_JUNE,
            ("later in the year", D(2023, 6, 20), D(2023, 12, 31)),
        ),
        (
            "A deal could come early in the new year.",
            D(2022, 11, 15),
            ("early in the new year", D(2023, 1, 1), D(2023, 4, 30)),
        ),
        (
            "The report is due at the end of the year.",
            MON_19_JUNE,
            ("the end of the year", D(2023, 9, 1), D(2023, 12, 31)),
        ),
        ("In late May the call came.", WED_14_JUNE, ("In late May", D(2023, 5, 21), D(2023, 5, 31))),
        ("Rains come by the end of June.", D(2023, 6, 5), ("the end of June", D(2023, 6, 21), D(2023, 6, 30))),
        ("Talks resume early next week.", WED_14_JUNE, ("early next week", D(2023, 6, 19), D(2023, 6, 20))),
    ],
)
def test_parts_of_periods(text, anchor, expected):
    assert one_date(text, anchor) == expected


def test_earlier_this_week_on_a_monday_has_no_days():
    assert one_date("Earlier this week, they met.", MON_19_JUNE) == ("Earlier this week", None, None)


# --- months ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("Leaders will meet in November.", WED_14_JUNE, ("in November", D(2023, 11, 1), D(2023, 11, 30))),
        ("They met in November.", WED_14_JUNE, ("in November", D(2022, 11, 1), D(2022, 11, 30))),
        # a hope or a schedule looks forward even after a past verb
        (
            "The visit raised hopes for a summit in November.",
            WED_14_JUNE,
            ("in November", D(2023, 11, 1), D(2023, 11, 30)),
        ),
        (
            "The conference, which starts in November, matters.",
            WED_14_JUNE,
            ("in November", D(2023, 11, 1), D(2023, 11, 30)),
        ),
        # no tense: the nearer November ("United" is a name, not a verb in the past)
        (
            "Leaders of the United States gather in November.",
            WED_14_JUNE,
            ("in November", D(2023, 11, 1), D(2023, 11, 30)),
        ),
        ("A summit in November?", D(2023, 7, 20), ("in November", D(2023, 11, 1), D(2023, 11, 30))),
        ("They met last November.", WED_14_JUNE, ("last November", D(2022, 11, 1), D(2022, 11, 30))),
        ("Polls open this November.", WED_14_JUNE, ("this November", D(2023, 11, 1), D(2023, 11, 30))),
        ("Talks began in March this year.", WED_14_JUNE, ("in March this year", D(2023, 3, 1), D(2023, 3, 31))),
    ],
)
def test_months(text, anchor, expected):
    assert one_date(text, anchor) == expected


def test_a_month_before_a_noun_names_the_month():
    assert one_date("Both called the March incident regrettable.", WED_14_JUNE) == (
        "the March",
        D(2023, 3, 1),
        D(2023, 3, 31),
    )
    # not without a noun after it, nor a day of the month
    assert find_expressions("They blamed the March.") == []
    assert one_date("Both called the March 3 incident regrettable.", WED_14_JUNE)[0] == "March 3"


# --- weeks and weekends --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("They met this week.", WED_14_JUNE, ("this week", D(2023, 6, 12), D(2023, 6, 18))),
        ("They met last week.", WED_14_JUNE, ("last week", D(2023, 6, 5), D(2023, 6, 11))),
        ("They meet next week.", WED_14_JUNE, ("next week", D(2023, 6, 19), D(2023, 6, 25))),
        ("He will fly out this weekend.", D(2023, 2, 3), ("this weekend", D(2023, 2, 4), D(2023, 2, 5))),
        # said on a Monday of what happened: the weekend just past
        ("Protests spread over the weekend.", MON_19_JUNE, ("the weekend", D(2023, 6, 17), D(2023, 6, 18))),
        ("A violent weekend in three cities.", MON_19_JUNE, ("weekend", D(2023, 6, 17), D(2023, 6, 18))),
        ("He will rest at the weekend.", MON_19_JUNE, ("the weekend", D(2023, 6, 24), D(2023, 6, 25))),
        ("Crowds gathered last weekend.", FRI_16_JUNE, ("last weekend", D(2023, 6, 10), D(2023, 6, 11))),
    ],
)
def test_weeks_and_weekends(text, anchor, expected):
    assert one_date(text, anchor) == expected


def test_a_weekend_that_is_no_particular_one_is_not_a_date():
    assert find_expressions("He spends a weekend there every month.") == []


# --- weekdays ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # parts of days and early / late: that day
        ("The envoys met Wednesday morning.", FRI_16_JUNE, ("Wednesday morning", D(2023, 6, 14), D(2023, 6, 14))),
        ("The talks ended late Tuesday.", FRI_16_JUNE, ("late Tuesday", D(2023, 6, 13), D(2023, 6, 13))),
        ("The delegates landed Monday afternoon.", FRI_16_JUNE, ("Monday afternoon", D(2023, 6, 12), D(2023, 6, 12))),
        # a future clause: the coming day
        ("He will meet the premier on Monday.", WED_14_JUNE, ("on Monday", D(2023, 6, 19), D(2023, 6, 19))),
        ("The minister is due to arrive on Friday.", WED_14_JUNE, ("on Friday", D(2023, 6, 16), D(2023, 6, 16))),
        # the planned start of an event described as still to come
        ("The trip, which begins on Sunday, is his first.", WED_14_JUNE, ("on Sunday", D(2023, 6, 18), D(2023, 6, 18))),
        ("His planned visit on Sunday is off.", D(2023, 2, 3), ("on Sunday", D(2023, 2, 5), D(2023, 2, 5))),
        ("The envoy is visiting Paris on Sunday.", WED_14_JUNE, ("on Sunday", D(2023, 6, 18), D(2023, 6, 18))),
        # a past verb before the weekday governs it, whatever its clause says of the future
        (
            "The mayor signalled on Saturday that she hopes the plan will work.",
            MON_19_JUNE,
            ("on Saturday", D(2023, 6, 17), D(2023, 6, 17)),
        ),
        ("On Thursday, officials said so.", FRI_16_JUNE, ("On Thursday", D(2023, 6, 15), D(2023, 6, 15))),
        # an infinitive of purpose in a report of the past does not look forward from the writer
        ("He flew to Beijing to meet Xi on Monday.", WED_14_JUNE, ("on Monday", D(2023, 6, 12), D(2023, 6, 12))),
        # a stretch said in the future that has not ended yet
        (
            "The visit from Sunday to Monday will help.",
            MON_19_JUNE,
            ("Sunday to Monday", D(2023, 6, 18), D(2023, 6, 19)),
        ),
        # no tense: the nearest such day
        ("Blinken in Beijing on Sunday", FRI_16_JUNE, ("on Sunday", D(2023, 6, 18), D(2023, 6, 18))),
        ("Blinken in Beijing on Tuesday", FRI_16_JUNE, ("on Tuesday", D(2023, 6, 13), D(2023, 6, 13))),
        ("They spoke last Friday.", FRI_16_JUNE, ("last Friday", D(2023, 6, 9), D(2023, 6, 9))),
        ("They speak again next Friday.", FRI_16_JUNE, ("next Friday", D(2023, 6, 23), D(2023, 6, 23))),
    ],
)
def test_weekdays(text, anchor, expected):
    assert one_date(text, anchor) == expected


def test_two_weekdays_joined_by_and_are_two_expressions():
    # a list of days, each its own row; a dash or "to" makes one range
    assert dates_in("Talks on Sunday and Monday were tense.", D(2023, 6, 20)) == [
        ("on Sunday", D(2023, 6, 18), D(2023, 6, 18)),
        ("Monday", D(2023, 6, 19), D(2023, 6, 19)),
    ]
    assert dates_in("They will meet on Thursday and Friday.", D(2023, 6, 20)) == [
        ("on Thursday", D(2023, 6, 22), D(2023, 6, 22)),
        ("Friday", D(2023, 6, 23), D(2023, 6, 23)),
    ]
    assert dates_in("Talks ran Sunday-Monday.", D(2023, 6, 20)) == [("Sunday-Monday", D(2023, 6, 18), D(2023, 6, 19))]


def test_two_days_of_a_month_joined_by_and_are_two_expressions():
    # as two weekdays are: a list of days, each its own row; a dash, "to" or "between ... and" makes one range
    assert dates_in("The envoy will visit on March 8 and 9, aides said.", D(2023, 3, 1)) == [
        ("March 8", D(2023, 3, 8), D(2023, 3, 8)),
        ("9", D(2023, 3, 9), D(2023, 3, 9)),
    ]
    assert dates_in("Talks were held on 11 and 12 May, 2023 in Geneva.", D(2023, 6, 1)) == [
        ("11", D(2023, 5, 11), D(2023, 5, 11)),
        ("12 May, 2023", D(2023, 5, 12), D(2023, 5, 12)),
    ]
    assert dates_in("He travels between Oct. 3 and 6.", D(2023, 9, 20)) == [
        ("between Oct. 3 and 6", D(2023, 10, 3), D(2023, 10, 6))
    ]
    assert dates_in("Talks ran March 8-9.", D(2023, 3, 20)) == [("March 8-9", D(2023, 3, 8), D(2023, 3, 9))]
    # a number after "and" that follows no date, or a day before an earlier one, is no second day
    assert dates_in("Exports rose 4 and 7 percent.", D(2023, 3, 1)) == []
    assert dates_in("They met on March 30 and 2 others joined.", D(2023, 4, 1))[1:] == []
    assert dates_in("They meet on March 30 and 31.", D(2023, 3, 1))[1:] == [("31", D(2023, 3, 31), D(2023, 3, 31))]
    assert dates_in("They met on April 30 and 31.", D(2023, 5, 1))[1:] == [("31", None, None)]


def test_a_weekday_with_an_article_is_no_particular_day():
    assert find_expressions("The holiday fell on a Sunday, as on every Monday.") == []


# --- deictic days, 'ago', the following day -------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("I spoke this morning with him.", D(2023, 2, 3), ("this morning", D(2023, 2, 3), D(2023, 2, 3))),
        ("Earlier today, he called.", WED_14_JUNE, ("Earlier today", D(2023, 6, 14), D(2023, 6, 14))),
        ("Sirens rang out last night.", WED_14_JUNE, ("last night", D(2023, 6, 13), D(2023, 6, 13))),
        ("Talks resume tomorrow afternoon.", WED_14_JUNE, ("tomorrow afternoon", D(2023, 6, 15), D(2023, 6, 15))),
        ("They shook hands just hours ago.", MON_19_JUNE, ("just hours ago", D(2023, 6, 19), D(2023, 6, 19))),
        ("The deal fell apart two years ago.", MON_19_JUNE, ("two years ago", D(2021, 1, 1), D(2021, 12, 31))),
        ("They met three months ago.", MON_19_JUNE, ("three months ago", D(2023, 3, 1), D(2023, 3, 31))),
        ("They met a week ago.", MON_19_JUNE, ("a week ago", D(2023, 6, 12), D(2023, 6, 18))),
        ("They met five days ago.", MON_19_JUNE, ("five days ago", D(2023, 6, 14), D(2023, 6, 14))),
        ("They first met over 10 years ago.", MON_19_JUNE, ("over 10 years ago", None, None)),
    ],
)
def test_deictic_days_and_ago(text, anchor, expected):
    assert one_date(text, anchor) == expected


def test_the_following_day_counts_from_the_day_named_before():
    text = "The envoy landed on Monday. He met the premier the following day."
    assert dates_in(text, FRI_16_JUNE) == [
        ("on Monday", D(2023, 6, 12), D(2023, 6, 12)),
        ("the following day", D(2023, 6, 13), D(2023, 6, 13)),
    ]
    text = "The accord was signed on 4 March 2021. Markets rose the previous day."
    assert dates_in(text, None)[1] == ("the previous day", D(2021, 3, 3), D(2021, 3, 3))


def test_the_following_day_with_no_day_before_it_is_not_guessed():
    assert one_date("He left the following day.", FRI_16_JUNE) == ("the following day", None, None)


def test_earlier_in_the_day_is_the_day_named_before_it_or_else_later_in_its_sentence():
    text = "The envoy landed on Monday. Earlier in the day, he had met the premier."
    assert dates_in(text, FRI_16_JUNE)[1] == ("Earlier in the day", D(2023, 6, 12), D(2023, 6, 12))
    text = "Later in the day she told reporters the talks went well, after a dinner on Tuesday."
    assert dates_in(text, FRI_16_JUNE) == [
        ("Later in the day", D(2023, 6, 13), D(2023, 6, 13)),
        ("on Tuesday", D(2023, 6, 13), D(2023, 6, 13)),
    ]
    # a day named in the next sentence is not its day; nor is anything guessed without a day
    text = "Earlier in the day she met the premier. The talks went on, the ministry said on Tuesday."
    assert dates_in(text, FRI_16_JUNE)[0] == ("Earlier in the day", None, None)
    assert one_date("Earlier in the day he left.", FRI_16_JUNE) == ("Earlier in the day", None, None)
    assert find_expressions("He was the last in the day's lineup.") == []


def test_a_day_relative_to_an_event_is_not_a_date():
    assert find_expressions("He spoke a day after the summit, on the day before the vote ended.") == []


# --- periods and named days -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        (
            "Trade grew over the past ten months.",
            D(2023, 2, 3),
            ("over the past ten months", D(2022, 4, 3), D(2023, 2, 3)),
        ),
        (
            "Talks go on during the next four months.",
            MON_19_JUNE,
            ("during the next four months", D(2023, 6, 19), D(2023, 10, 19)),
        ),
        (
            "In the next three days we hope to agree.",
            MON_19_JUNE,
            ("In the next three days", D(2023, 6, 19), D(2023, 6, 21)),
        ),
        (
            "Talks go on over the next ten days.",
            MON_19_JUNE,
            ("over the next ten days", D(2023, 6, 19), D(2023, 6, 28)),
        ),
        ("Crowds marched on Father’s Day.", D(2023, 6, 20), ("Father’s Day", D(2023, 6, 18), D(2023, 6, 18))),
        ("He hopes for a deal by Thanksgiving.", MON_19_JUNE, ("Thanksgiving", D(2023, 11, 23), D(2023, 11, 23))),
        ("Shops shut on Christmas Day 2022.", None, ("Christmas Day 2022", D(2022, 12, 25), D(2022, 12, 25))),
    ],
)
def test_periods_and_named_days(text, anchor, expected):
    assert one_date(text, anchor) == expected


def test_a_named_day_used_as_an_adjective_is_not_a_date():
    assert find_expressions("She went to a Christmas party in the holiday season spirit.") == []


# --- no anchor, spans, rule names ----------------------------------------------------------------


def test_without_an_anchor_only_absolute_expressions_resolve():
    text = "Last week he said he would go on Monday, as he did on 5 May 2021 and in 2019."
    got = dates_in(text, None)
    assert [g[0] for g in got] == ["Last week", "on Monday", "5 May 2021", "in 2019"]
    assert [g[1] for g in got] == [None, None, D(2021, 5, 5), D(2019, 1, 1)]


def test_spans_index_the_text_and_do_not_overlap():
    text = (
        "Early next year, or later this year, on Wednesday morning, June 18-19 and 17 Jan, 2023; the weekend; "
        "two years ago; the following day; Father's Day; in 2019; mid-June; this morning; last week.\n"
    ) * 3
    exprs = find_expressions(text)
    assert len(exprs) == 13 * 3
    for e in exprs:
        assert text[e.start : e.end] == e.text
    assert all(a.end <= b.start for a, b in zip(exprs, exprs[1:]))


def test_rule_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


# --- seasons (northern, three months each) --------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks resume this summer.", ("this summer", D(2023, 6, 1), D(2023, 8, 31))),
        ("They met last summer.", ("last summer", D(2022, 6, 1), D(2022, 8, 31))),
        ("He visits next spring.", ("next spring", D(2024, 3, 1), D(2024, 5, 31))),
        ("He left last fall.", ("last fall", D(2022, 9, 1), D(2022, 11, 30))),
        ("It ended in the winter of 2022.", ("the winter of 2022", D(2022, 12, 1), D(2023, 2, 28))),
        ("The talks happened in autumn.", ("in autumn", D(2022, 9, 1), D(2022, 11, 30))),
        ("A deal is expected in autumn.", ("in autumn", D(2023, 9, 1), D(2023, 11, 30))),
    ],
)
def test_seasons(text, expected):
    assert one_date(text, D(2023, 7, 20)) == expected


@pytest.mark.parametrize("text", ["Crowds marked the Spring Festival.", "Prices fall.", "The fall of the empire."])
def test_words_that_are_not_seasons(text):
    assert find_expressions(text) == []


def test_the_whole_period_of_a_part_cut_at_the_anchor():
    from analysis.dates import enclosing_period

    (later,) = find_expressions("They hope to meet later in the year.")
    assert enclosing_period(later, MON_19_JUNE)[:2] == (D(2023, 1, 1), D(2023, 12, 31))
    (earlier,) = find_expressions("Talks stalled earlier this month.")
    assert enclosing_period(earlier, MON_19_JUNE)[:2] == (D(2023, 6, 1), D(2023, 6, 30))
    # a part that does not end at the anchor is not cut there: none
    (early,) = find_expressions("They meet early next year.")
    assert enclosing_period(early, MON_19_JUNE) is None


@pytest.mark.parametrize(
    "text",
    [
        "The envoy was to arrive on Sunday.",
        "The envoy was supposed to arrive on Sunday.",
        "The envoys were going to meet on Sunday.",
        "The envoy had been due to arrive on Sunday.",
        "The envoy had intended to arrive on Sunday.",
        "The visit, which would have begun Sunday, is off.",
    ],
)
def test_a_plan_spoken_of_from_the_past_looks_forward(text):
    # the day was still ahead when the plan was made, and may never have come: not a past day
    (expr,) = find_expressions(text)
    assert expr.tense == "future"
    assert resolve(expr, D(2023, 2, 3))[:2] == (D(2023, 2, 5), D(2023, 2, 5))


def test_a_day_said_in_the_past_stays_past():
    (expr,) = find_expressions("The envoy arrived on Sunday.")
    assert expr.tense == "past"


def test_a_verb_before_the_date_across_a_conjunction_outweighs_one_past_a_comma_after_it():
    # "will be watching as ... meet on Wednesday, amid ties strained by": the coming Wednesday
    text = "The world will be watching as the two leaders meet on Wednesday, amid ties that soured over trade."
    (expr,) = find_expressions(text)
    assert expr.tense == "future"
    assert resolve(expr, MON_19_JUNE).start == D(2023, 6, 21)
    # with no verb before it, the verb after the comma still decides
    (expr,) = find_expressions("On Wednesday, the two leaders met in the capital.")
    assert expr.tense == "past"


def test_a_participle_with_its_agent_sets_no_tense():
    # "relations marred by", "the summit hosted by": a noun's description, not the clause's verb
    (expr,) = find_expressions("The two leaders meet on Wednesday at the summit hosted by the president.")
    assert expr.tense != "past"
    # with its auxiliary it is the verb of a passive
    (expr,) = find_expressions("The two leaders meet on Wednesday at a summit that was hosted by the president.")
    assert expr.tense == "past"


def test_a_passive_in_the_present_is_no_past():
    # "are believed to", "is widely expected": the participle after a present "be" speaks of now
    (expr,) = find_expressions("The talks are believed to prepare a visit by the president this fall.")
    assert expr.tense != "past"
    assert resolve(expr, D(2023, 8, 27))[:2] == (D(2023, 9, 1), D(2023, 11, 30))
    (expr,) = find_expressions("The envoy is widely expected in the capital on Friday.")
    assert expr.tense != "past"
    # in the past, the same passive is a verb of the past
    (expr,) = find_expressions("The talks were believed to prepare a visit by the president this fall.")
    assert expr.tense == "past"
    assert resolve(expr, D(2023, 8, 27))[:2] == (D(2022, 9, 1), D(2022, 11, 30))


@pytest.mark.parametrize(
    "text",
    [
        "The envoy will make a long-delayed trip to the capital this week.",
        "Envoy will make long-delayed trip this week",  # a headline: no article before the compound
        "The envoy will make a delayed trip to the capital this week.",
        "The envoy will make his much-postponed visit to the capital this week.",
        "The two ministers will hold their widely reported talks this week.",
    ],
)
def test_a_participle_before_its_noun_is_an_adjective_not_a_past(text):
    (expr,) = find_expressions(text)
    assert expr.tense == "future", text


@pytest.mark.parametrize(
    "text",
    [
        "The envoy co-hosted the talks this week.",  # compound verbs stay verbs
        "The navy test-fired a missile this week.",
        "This angered the ministry this week.",  # "this" as a pronoun before a verb
        "The envoy postponed the trip this week.",
        "The long-delayed trip happened this week.",  # the clause's own verb is past
    ],
)
def test_a_verb_in_the_past_stays_past(text):
    (expr,) = find_expressions(text)
    assert expr.tense == "past", text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys spoke on Tuesday, June 13, 2023 night by phone.", "Tuesday, June 13, 2023 night"),
        ("She leaves late Friday, June 16, 2023.", "late Friday, June 16, 2023"),
        ("They met Monday, June 19 in the capital.", "Monday, June 19"),
        ("They met on Monday, 19 June.", "Monday, 19 June"),
    ],
)
def test_a_weekday_written_before_a_date_is_part_of_it(text, expected):
    (expr,) = find_expressions(text)
    assert (expr.rule, expr.text) == ("full date", expected)
    assert expr.groups["weekday"] is not None


def test_a_weekday_with_no_date_after_it_stays_its_own():
    exprs = find_expressions("They met on Monday, and on June 19 they parted.")
    assert [(e.rule, e.text) for e in exprs] == [("weekday", "on Monday"), ("full date", "June 19")]
    # a part of the day is the date's only after its year
    (expr,) = find_expressions("They met on June 19 evening sessions.")
    assert expr.text == "June 19"


def test_a_month_in_the_possessive_of_a_past_clause_is_the_nearest_such_month():
    from analysis.dates import find_expressions, resolve

    text = "The talks did not produce an invitation to meet at November's summit."
    (expr,) = find_expressions(text)
    assert expr.tense == "unknown"
    assert resolve(expr, dt.date(2030, 6, 19)).start == dt.date(2030, 11, 1)
    assert resolve(expr, dt.date(2030, 12, 19)).start == dt.date(2030, 11, 1)


def test_a_month_not_in_the_possessive_keeps_the_past_of_its_clause():
    from analysis.dates import find_expressions

    (expr,) = find_expressions("The leaders met in November.")
    assert expr.tense == "past"
    (expr,) = find_expressions("The leaders will meet at November's summit.")
    assert expr.tense == "future"
    (expr,) = find_expressions("November's summit was calm.")  # the summit itself is the subject of the past
    assert expr.tense == "past"


# --- a deadline at the end of a period: its last day ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys hope to agree before year-end.", ("year-end", D(2023, 12, 31), D(2023, 12, 31))),
        ("The two sides will meet by the end of the year.", ("the end of the year", D(2023, 12, 31), D(2023, 12, 31))),
        ("Talks go on until the end of this month.", ("the end of this month", D(2023, 6, 30), D(2023, 6, 30))),
        ("A deal is due by month-end.", ("month-end", D(2023, 6, 30), D(2023, 6, 30))),
        ("The fund runs till next month's end.", ("next month's end", D(2023, 7, 31), D(2023, 7, 31))),
        ("They aim to sign before the end of next year.", ("the end of next year", D(2024, 12, 31), D(2024, 12, 31))),
    ],
)
def test_a_deadline_at_the_end_of_a_period_is_its_last_day(text, expected):
    assert one_date(text, MON_19_JUNE) == expected


def test_the_end_of_a_period_without_a_deadline_stays_its_late_part():
    assert one_date("The summit is planned for the end of this year.", MON_19_JUNE) == (
        "the end of this year",
        D(2023, 9, 1),
        D(2023, 12, 31),
    )
    # an adjective of a period's end names no date
    assert dates_in("The ministry published its year-end review.", MON_19_JUNE) == []
    assert dates_in("They want it done before year-end-closing.", MON_19_JUNE) == []


# --- the part of the current season after or before the day -----------------------------------------------


def test_later_or_earlier_this_season_within_it_is_its_days_after_or_before_the_day():
    mon_11_sep = D(2023, 9, 11)
    assert one_date("She hopes to go later this fall.", mon_11_sep) == (
        "later this fall",
        D(2023, 9, 12),
        D(2023, 11, 30),
    )
    assert one_date("They met earlier this fall.", mon_11_sep) == ("earlier this fall", D(2023, 9, 1), D(2023, 9, 10))
    # a season not under way is the whole season, ended or to come
    assert one_date("They met earlier this summer.", mon_11_sep) == (
        "earlier this summer",
        D(2023, 6, 1),
        D(2023, 8, 31),
    )
    assert one_date("They meet later this winter.", mon_11_sep) == ("later this winter", D(2023, 12, 1), D(2024, 2, 29))
    # 'later' closing a sentence is not part of the next one's season
    assert dates_in("He left later. This summer was hot.", mon_11_sep) == [
        ("This summer", D(2023, 6, 1), D(2023, 8, 31))
    ]


def test_a_month_before_a_noun_after_a_or_an_names_that_month():
    # "a February trip" / "an April visit": the month qualifies the noun and names its month
    assert one_date("Having postponed a February trip, he flew at last.", MON_19_JUNE) == (
        "a February",
        D(2023, 2, 1),
        D(2023, 2, 28),
    )
    assert one_date("He has planned an October visit to the port.", MON_19_JUNE)[1:] == (
        D(2023, 10, 1),
        D(2023, 10, 31),
    )
    # a march of people, or the month standing alone at the end of a clause, is no such month
    assert dates_in("It was a March of thousands through the city.", MON_19_JUNE) == []
    assert dates_in("They feared there would be a March.", MON_19_JUNE) == []


@pytest.mark.parametrize(
    "text",
    [
        "The talks resumed after the hosts canceled a planned visit by the envoy in February.",
        "The envoy postponed his scheduled trip in February.",
        "The ministry called off the planned talks in February.",
    ],
)
def test_a_plan_reported_put_off_names_the_month_gone_by(text):
    # "canceled a planned visit in February", written in June: the plan's February, not the next one
    (expr,) = find_expressions(text)
    assert resolve(expr, MON_19_JUNE)[:2] == (D(2023, 2, 1), D(2023, 2, 28))


@pytest.mark.parametrize(
    "text", ["The envoy has a planned trip in February.", "Officials said a planned visit in February is on."]
)
def test_a_plan_not_put_off_still_looks_forward_to_its_month(text):
    (expr,) = find_expressions(text)
    assert resolve(expr, MON_19_JUNE)[:2] == (D(2024, 2, 1), D(2024, 2, 29))


# --- a day of the month alone ('on the 1st'), months counted from a year's start, 'a year earlier' ----------

WED_2_AUG = D(2023, 8, 2)


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # past: the latest such day on or before the anchor, this month or the one before
        ("The envoy said on the 1st (local time) that talks went well.", WED_2_AUG, D(2023, 8, 1)),
        ("The ministry replied on the 28th, officials said.", WED_2_AUG, D(2023, 7, 28)),
        # future: the first on or after it
        ("The two sides will meet on the 15th in Seoul.", WED_2_AUG, D(2023, 8, 15)),
        ("The panel will report on the 1st.", WED_2_AUG, D(2023, 9, 1)),
        # a month without the day is passed over
        ("The fund was closed on the 31st.", D(2023, 7, 2), D(2023, 5, 31)),
        # ... ahead too: the coming 31st of an April is in May, never a day gone by
        ("The fund will close on the 31st.", D(2023, 4, 15), D(2023, 5, 31)),
    ],
)
def test_a_day_of_the_month_alone_after_on(text, anchor, expected):
    (found,) = [x for x in dates_in(text, anchor) if x[0].startswith("the ")]
    assert found[1:] == (expected, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The office is on the 5th floor.",
        "They met on the 20th anniversary of the pact.",
        "He spoke on the 19th Party Congress.",
        "The vote falls in the 3rd week.",
        "The talks on the 12th ended early.",  # no break after it: too unsure to read
    ],
)
def test_ordinals_that_are_not_a_day_of_the_month(text):
    assert [x for x in dates_in(text, WED_2_AUG) if "th" in x[0] or "rd" in x[0]] == []


def test_the_previous_day_counts_from_a_day_of_the_month_and_is_not_counted_from_again():
    text = (
        "The spokesman said at a briefing on the 1st that the envoys had met the previous day. "
        "Asked whether the talks the previous day had touched on trade, he declined to say."
    )
    assert dates_in(text, WED_2_AUG) == [
        ("the 1st", D(2023, 8, 1), D(2023, 8, 1)),
        ("the previous day", D(2023, 7, 31), D(2023, 7, 31)),
        ("the previous day", D(2023, 7, 31), D(2023, 7, 31)),
    ]


def test_the_following_day_still_steps_on_from_the_one_before():
    text = "She landed on Monday. The following day she met the mayor. The following day she left."
    assert [x[1] for x in dates_in(text, WED_2_AUG)] == [D(2023, 7, 31), D(2023, 8, 1), D(2023, 8, 2)]


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        (
            "Exports fell 9% in the first seven months.",
            D(2023, 8, 28),
            ("the first seven months", D(2023, 1, 1), D(2023, 7, 31)),
        ),
        (
            "Sales rose in the first 10 months of last year.",
            WED_2_AUG,
            ("the first 10 months of last year", D(2022, 1, 1), D(2022, 10, 31)),
        ),
        (
            "Output grew in the first five months of 2021.",
            None,
            ("the first five months of 2021", D(2021, 1, 1), D(2021, 5, 31)),
        ),
        # said of what is to come: the first such stretch not yet over
        (
            "Output will rise in the first six months.",
            WED_2_AUG,
            ("the first six months", D(2024, 1, 1), D(2024, 6, 30)),
        ),
    ],
)
def test_months_counted_from_the_start_of_a_year(text, anchor, expected):
    assert one_date(text, anchor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The first six months of his term were hard.",
        "The first three months in office went by fast.",
        "The team led in the first quarter of the game.",
    ],
)
def test_first_months_of_something_else_are_not_a_date(text):
    assert dates_in(text, WED_2_AUG) == []


def test_a_year_earlier_is_the_stretch_named_just_before_it_a_year_back():
    text = "Imports fell to $9 billion in the first half of this year, down 12% from a year earlier."
    assert dates_in(text, WED_2_AUG)[1] == ("a year earlier", D(2022, 1, 1), D(2022, 6, 30))
    text = "Sales rose in July. A year earlier, they had fallen."
    assert dates_in(text, WED_2_AUG)[1] == ("A year earlier", D(2022, 7, 1), D(2022, 7, 31))


def test_a_year_earlier_with_nothing_named_before_it_is_not_guessed():
    assert dates_in("Prices rose. A year earlier, they had fallen.", WED_2_AUG) == [("A year earlier", None, None)]
    text = "The plant opened in May. Workers came and went. Most left. A year earlier, it had closed."
    assert dates_in(text, WED_2_AUG)[-1] == ("A year earlier", None, None)


def test_a_year_before_an_event_is_not_a_date():
    assert dates_in("He first visited a year before the summit.", WED_2_AUG) == []


# --- a clause in the present past a break from a past verb -------------------------------------------------

TUE_12_SEPT = D(2023, 9, 12)


def test_a_month_in_a_present_clause_after_a_past_one_is_the_nearest_such_month():
    text = "The minister did not elaborate, but the next chance for talks is a summit in Lima in November."
    assert one_date(text, TUE_12_SEPT) == ("in November", D(2023, 11, 1), D(2023, 11, 30))


def test_a_month_in_a_past_clause_after_a_break_stays_past():
    text = "The minister did not elaborate, but talks stalled in November."
    assert one_date(text, TUE_12_SEPT) == ("in November", D(2022, 11, 1), D(2022, 11, 30))
    # a present verb in the clause before the break is not the date's
    text = "The question is open, but the two sides talked in November."
    assert one_date(text, TUE_12_SEPT) == ("in November", D(2022, 11, 1), D(2022, 11, 30))


# --- days and weeks counted from the day named before ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ship docked on May 3. Two days later it sailed.", ("Two days later", D(2023, 5, 5))),
        ("The ship docked on May 3. A week later it sailed.", ("A week later", D(2023, 5, 10))),
        ("The ship docked on May 3. Three weeks earlier, it had left port.", ("Three weeks earlier", D(2023, 4, 12))),
        ("The ship docked on May 3. Later that day it was unloaded.", ("Later that day", D(2023, 5, 3))),
        ("The ship docked on May 3, and that same day it was unloaded.", ("that same day", D(2023, 5, 3))),
    ],
)
def test_days_and_weeks_counted_from_the_day_named_before(text, expected):
    found = dates_in(text, WED_2_AUG)
    assert found[0][1] == D(2023, 5, 3)
    assert (found[1][0], found[1][1]) == expected and found[1][1] == found[1][2]


@pytest.mark.parametrize(
    "text",
    [
        "Two days later the ship sailed.",  # no day named before: counted from an event
        "The ship docked in May. A week later it sailed.",  # a month is no day to count from
        "The vote came two days later than planned.",
    ],
)
def test_a_count_from_no_day_is_not_a_date(text):
    assert [x for x in dates_in(text, WED_2_AUG) if "later" in x[0]] == []
