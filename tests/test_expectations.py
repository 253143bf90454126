"""Expectations against the hand reading; the hedge lexicon; every verdict grounded."""

import csv

import pandas as pd
import pytest

from analysis import paths, read_article
from analysis.expectations import (
    OUTCOME_COLUMNS,
    SOURCE_KINDS,
    VERDICTS,
    certainty_of,
    expectations_table,
    judge,
    load_hedges,
    outcomes_table,
)
from analysis.profile import load_profile


@pytest.fixture(scope="module")
def judged(seeds):
    articles = list(seeds.values())
    return judge(expectations_table(articles), articles)


def gold():
    with open(paths.ROOT / "tests" / "gold" / "expectations.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_recall_against_the_hand_reading(judged):
    found = [
        g for g in gold() if ((judged.article_id == g["article_id"]) & judged.text.str.startswith(g["opening"])).any()
    ]
    recall = len(found) / len(gold())
    assert recall >= 0.9
    assert recall == 1.0  # today's figure, pinned
    # ten rows beyond the hand reading: the three of before (see the notebook), and sentences the
    # evaluation's conventions count as expectations that the seed reading leaves out ("wants China to",
    # "urged the US to", "the importance of", "is planning to"), and a quoted passage read sentence by sentence
    assert len(judged) == 52


def test_spans_index_raw(seeds, judged):
    for row in judged.itertuples():
        assert seeds[row.article_id].raw[row.start : row.end] == row.text


HEDGE_LEVELS = {  # the level each term of the lexicon must carry
    "improbable": [
        "highly unlikely",
        "unlikely",
        "implausible",
        "hard to calculate",
        "hard to see",
        "hard to imagine",
        "minimize the possibility",
        "minimise the possibility",
    ],
    "certain": [
        "schedule … includes",
        "schedule … does not include",
        "schedule … doesn't include",
        "schedule … doesn’t include",
        "nothing can stop",
        "nothing can prevent",
        "nothing will stop",
        "heading to",
        "accepted … invitation to",
        "accepts … invitation to",
        "accepted invitation to",
        "accepts invitation to",
        "decided to continue",
        "decides to continue",
        "will surely",
        "will certainly",
        "surely",
        "certainly",
        "I'm sure",
        "I’m sure",
        "must",
        "need to",
        "needs to",
        "need",
        "needs",
        "needed",
        "have to",
        "has to",
        "will",
        "'ll",
        "gonna",
        "won't",
        "shall",
        "is going to",
        "are going to",
        "am going to",
        "'s going to",
        "'re going to",
        "'m going to",
        "going forward",
        "is embarking",
        "flies to",
        "heads to",
        "travels to",
        "is set to",
        "are set to",
        "all set to",
        "'s set to",
        "'re set to",
        "poised to",
        "slated to",
        "is about to",
        "are about to",
        "preparing to",
        "prepares to",
        "next step",
        "next steps",
        "next week",
        "next month",
        "next year",
        "later this week",
        "later this month",
        "later this year",
        "in the coming",
        "upcoming",
        "tomorrow",
        "is to",
        "are to",
        "to be held",
        "is due to",
        "are due to",
        "is due in",
        "is scheduled to",
        "are scheduled to",
        "is scheduled for",
        "is set for",
        "are set for",
        "are scheduled for",
        "plans to",
        "plan to",
        "planning to",
        "is planned",
        "are planned",
        "intends to",
        "intend to",
        "agreed to",
        "agree to",
        "agrees to",
        "agreed … to",
        "agreed on",
        "agree on",
        "pledged to",
        "pledges to",
        "pledge to",
        "vowed to",
        "vows to",
        "vow to",
        "promised to",
        "promises to",
        "promise to",
        "committed to",
        "commit to",
        "determined to",
        "intention to",
        "commitment",
        "commitments",
        "tasked … to",
        "determination to",
        "coming days",
        "coming weeks",
        "coming months",
        "later today",
        "next round",
    ],
    "probable": [
        "in the interest of … to",
        "in the interests of … to",
        "in the best interest of … to",
        "in the best interests of … to",
        "preparations for",
        "predicted",
        "preparations to",
        "making preparations for",
        "make preparations for",
        "is rescheduling",
        "are rescheduling",
        "can never happen again",
        "cannot happen again",
        "can't happen again",
        "is the only way to",
        "is the right way to",
        "is the responsible way to",
        "is the most responsible way to",
        "is the most effective way to",
        "is the surest way to",
        "is the safest way to",
        "is the wisest way to",
        "ought to",
        "should",
        "importance of",
        "important to",
        "important for",
        "important that",
        "critical to",
        "crucial to",
        "essential to",
        "necessary to",
        "necessary for",
        "necessary step",
        "the best way to",
        "a priority",
        "responsibility to",
        "work to do",
        "urged … to",
        "challenged … to",
        "challenges … to",
        "urges … to",
        "urge … to",
        "urging … to",
        "called on … to",
        "calls on … to",
        "call on … to",
        "urged",
        "urges",
        "urge",
        "urging",
        "called for",
        "calls for",
        "call for",
        "calling for",
        "encouraged … to",
        "encourages … to",
        "encourage … to",
        "pressed … to",
        "presses … to",
        "pressing … to",
        "pressured … to",
        "pressures … to",
        "pressuring … to",
        "it is time to",
        "is up to",
        "'s up to",
        "imperative",
        "requires",
        "require",
        "vital to",
        "vital for",
        "demanded",
        "demands that",
        "demand that",
        "demanding",
        "push for",
        "pushes for",
        "pushing for",
        "press for",
        "pressing for",
        "let's",
        "let us",
        "will likely",
        "is expected to",
        "are expected to",
        "is expected",
        "are expected",
        "expected to",
        "expect",
        "expects",
        "anticipate",
        "anticipates",
        "predict",
        "predicts",
        "forecast",
        "expectation",
        "expectations",
        "likely",
        "probably",
        "would ensure",
        "on track to",
        "long way to go",
        "the road ahead",
        "the path ahead",
        "lies ahead",
        "lie ahead",
        "in the days ahead",
        "in the weeks ahead",
        "in the months ahead",
        "in the years ahead",
        "optimistic",
        "optimism",
        "pessimistic",
        "pessimism",
        "confident",
        "threatens to",
        "threatened to",
        "threaten to",
        "warned of",
        "warns of",
        "warning of",
        "warned … against",
        "warns … against",
        "an expected",
        "the expected",
        "widely expected",
        "expected a",
        "expected an",
        "expected that",
        "asked … to",
        "appealed for",
        "high time",
        "importance that",
        "vital that",
        "essential that",
        "crucial that",
        "critical that",
        "imminent",
        "priority is",
    ],
    "possible": [
        "likelihood of",
        "welcomed … to visit",
        "welcomes … to visit",
        "welcome … to visit",
        "welcomes … visit",
        "is part of … effort to",
        "are part of … effort to",
        "is part of … efforts to",
        "are part of … efforts to",
        "trying to do is",
        "trying to achieve is",
        "trying to accomplish is",
        "seek to",
        "'s meant to",
        "possibility of",
        "possibility that",
        "odds of",
        "odds are",
        "prospect of",
        "prospects for",
        "prospects of",
        "'d",
        "seems to",
        "appears to",
        "possible signal",
        "potentially",
        "possible",
        "possibly",
        "plausible",
        "perhaps",
        "maybe",
        "soon",
        "eventually",
        "step toward",
        "step towards",
        "steps toward",
        "steps towards",
        "pave the way",
        "paves the way",
        "paving the way",
        "pave way",
        "lay the groundwork",
        "lays the groundwork",
        "laying the groundwork",
        "laid the groundwork",
        "laid groundwork",
        "lay groundwork",
        "lays groundwork",
        "laying groundwork",
        "set the stage",
        "sets the stage",
        "open the door to",
        "opens the door to",
        "eventual",
        "potential",
        "may",
        "might",
        "could",
        "would",
        "wouldn't",
        "hope",
        "hopes",
        "hoped",
        "hoping",
        "hopeful",
        "want",
        "wants",
        "wanted to",
        "wish to",
        "wishes to",
        "would like to",
        "'d like to",
        "would love to",
        "look forward to",
        "looks forward to",
        "looking forward to",
        "looked forward to",
        "floated the idea of",
        "planning for … to",
        "mooted the idea of",
        "hopefully",
        "desire to",
        "desire for",
        "eager to",
        "keen to",
        "willing to",
        "willingness to",
        "readiness to",
        "ready to",
        "goal",
        "goals",
        "aim to",
        "aims to",
        "aiming to",
        "is aimed at",
        "are aimed at",
        "is designed to",
        "are designed to",
        "is meant to",
        "are meant to",
        "seeks to",
        "seeking to",
        "in a bid to",
        "take steps to",
        "taking steps to",
        "take action to",
        "taking action to",
        "take measures to",
        "taking measures to",
        "work toward",
        "work towards",
        "working toward",
        "working towards",
        "is looking to",
        "are looking to",
        "is looking toward",
        "is looking towards",
        "are looking toward",
        "are looking towards",
        "is something to watch",
        "remains to be seen",
        "not clear how",
        "unclear",
        "whether",
        "what happens next",
        "what comes next",
        "open question",
        "only question is",
        "voiced interest in",
        "voiced … interest in",
        "voices … interest in",
        "expressed interest in",
        "expressed … interest in",
        "expresses … interest in",
        "if … can",
        "ongoing efforts to",
        "continued efforts to",
        "joint efforts to",
        "make efforts to",
        "making efforts to",
        "step up efforts to",
        "redouble efforts to",
        "an effort to",
        "efforts to",
        "invited … to visit",
        "invited … to attend",
        "invitation to visit",
        "invitation to attend",
        "invited … to come",
        "invited … to return",
        "invited … to continue",
        "invites … to visit",
        "invites … to continue",
        "prepared to",
        "counting on",
        "concerted effort to",
        "objectives",
        "we seek",
        "we are seeking",
    ],
}


TERM_LEVEL = {term: level for level, terms in HEDGE_LEVELS.items() for term in terms}


@pytest.mark.parametrize("term, level", sorted(TERM_LEVEL.items()))
def test_certainty_of_each_hedge_term(term, level):
    assert certainty_of(term) == level


def test_every_lexicon_term_is_pinned():
    assert sorted(t for t, _, _ in load_hedges()) == sorted(TERM_LEVEL)


def test_lexicon_levels_are_the_four_documented():
    assert {level for _, level, _ in load_hedges()} == {"certain", "probable", "possible", "improbable"}


def test_longest_hedge_decides(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Talks will likely resume. A deal is highly unlikely. He would have gone.\n", encoding="utf-8")
    t = expectations_table([read_article(p)])
    assert t.hedge.tolist() == ["will likely", "highly unlikely"]
    assert t.certainty.tolist() == ["probable", "improbable"]
    assert t.polarity.tolist() == ["positive", "negative"]


def test_every_verdict_names_an_outcome_or_says_why_not(judged):
    outcome_ids = set(outcomes_table().outcome_id)
    assert set(judged.verdict) <= set(VERDICTS)
    for row in judged.itertuples():
        named = [o for o in row.outcomes.split(" | ") if o]
        assert set(named) <= outcome_ids, row.outcomes
        if row.verdict in ("held", "partly held", "did not hold"):
            assert named, row.text[:60]
        assert row.reason.strip(), row.text[:60]
    read = judged[
        [
            any(t.startswith(g["opening"]) for g in gold() if g["article_id"] == a)
            for a, t in zip(judged.article_id, judged.text)
        ]
    ]
    assert "not judged" not in set(read.verdict)  # every expectation of the hand reading has a recorded reading


def test_every_recorded_verdict_finds_its_expectation(judged):
    for v in load_profile().verdicts:
        hits = judged[(judged.article_id == v["article_id"]) & judged.text.str.startswith(v["opening"])]
        assert len(hits) == 1, v["opening"]


@pytest.mark.parametrize("event", ["blinken-china-2023", "yellen-beijing-2023"])
def test_every_outcome_cites_an_outside_source(event):
    outcomes = outcomes_table(load_profile(paths.EVENTS / event))
    assert len(outcomes)
    for row in outcomes.itertuples():
        assert row.source_publisher and row.source_title and row.source_date, row.outcome_id
        assert row.source_url.startswith(("https://", "http://")), row.outcome_id
        assert row.source_kind in SOURCE_KINDS, row.outcome_id
        if row.source_kind == "secondary":
            assert row.note.strip(), row.outcome_id  # says why no primary record is cited
        if row.origin == "corpus":  # an article's words kept beside the outside source
            raw = (paths.SEEDS / f"{row.article_id}.txt").read_text(encoding="utf-8")
            assert row.evidence in raw


def test_the_outcome_record_runs_to_the_end_of_2023_on_primary_records():
    outcomes = outcomes_table()
    dates = pd.to_datetime(outcomes.date)
    assert dates.max() >= pd.Timestamp("2023-12-01")
    assert (outcomes.origin == "outside").all()  # no outcome rests only on an article
    assert (outcomes.source_kind == "primary").mean() >= 0.7
    climate = outcomes[outcomes.topic == "climate"]
    assert pd.to_datetime(climate.date).min() < pd.Timestamp("2023-08-01")  # talks resumed in July


OUTCOME_HEADER = ",".join(OUTCOME_COLUMNS)
GOOD_SOURCE = "Publisher,A title,2023-07-01,https://example.org/a,"


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("made_up,2023-07-01,t,happened,Talks were held.,corpus,a1,words,,,,,,", "source_publisher"),
        (
            "made_up,2023-07-01,t,happened,Talks were held.,outside,,,Publisher,A title,2023-07-01,example.org,primary,",
            "source_url",
        ),
        (f"made_up,2023-07-01,t,happened,Talks were held.,outside,,,{GOOD_SOURCE}official,", "source_kind"),
        (f"made_up,2023-07-01,t,happened,Talks were held.,outside,,,{GOOD_SOURCE}secondary,", "note"),
        (f"made_up,2023-07-01,t,happened,Talks were held.,hearsay,,,{GOOD_SOURCE}primary,", "origin"),
    ],
)
def test_an_outcome_without_a_proper_outside_source_is_refused(tmp_path, row, column):
    from analysis.errors import ProfileError
    from analysis.expectations import read_outcomes

    path = tmp_path / "outcomes.csv"
    path.write_text(f"# made-up record\n{OUTCOME_HEADER}\n{row}\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=column):
        read_outcomes(path)


def test_a_secondary_source_with_its_reason_is_read(tmp_path):
    from analysis.expectations import read_outcomes

    path = tmp_path / "outcomes.csv"
    row = f"made_up,2023-07-01,t,happened,Talks were held.,outside,,,{GOOD_SOURCE}secondary,No readout was published."
    path.write_text(f"{OUTCOME_HEADER}\n{row}\n", encoding="utf-8")
    (record,) = read_outcomes(path)
    assert record["source_kind"] == "secondary" and record["note"] == "No readout was published."


def test_the_february_trip_did_not_hold(judged):
    feb = judged[judged.text.str.startswith("US Secretary of State Antony Blinken is embarking")]
    assert feb.verdict.tolist() == ["did not hold"]
    assert "february_trip_postponed" in feb.outcomes.iloc[0]


def test_new_article_gets_candidates_but_no_verdict(tmp_path):
    p = tmp_path / "new.txt"
    p.write_text(
        " date 2023-06-16 Blinken will meet Chinese leaders and is unlikely to win a breakthrough.\n", encoding="utf-8"
    )
    a = read_article(p)
    j = judge(expectations_table([a]), [a])
    assert j.verdict.tolist() == ["not judged"]
    assert j.candidate_outcomes.iloc[0]
    assert j.phase.tolist() == ["the June announcement"]
    assert isinstance(j, pd.DataFrame)


def test_the_verdicts_were_coded_twice_and_the_agreement_is_as_reported():
    import pandas as pd

    from analysis.agreement import verdict_agreement
    from analysis.expectations import FORMS, VERDICTS, load_verdict_codebook

    folder = paths.EVENTS / "blinken-china-2023"
    coding = folder / "verdict_coding"
    figures = {r["coded"]: r for r in verdict_agreement(coding / "first.csv", coding / "second.csv")}
    readme = (coding / "README.md").read_text(encoding="utf-8")
    for coded, r in figures.items():
        assert f"| {coded} | {r['kappa']:.2f} | {r['agreement']:.2f} | {r['n']} |" in readme
    verdicts = pd.read_csv(folder / "verdicts.csv", comment="#", keep_default_na=False)
    first = pd.read_csv(coding / "first.csv", comment="#", keep_default_na=False)
    assert list(verdicts.opening) == list(first.opening)
    assert set(verdicts.verdict) <= set(VERDICTS) - {"not judged"}
    # modality follows form, as the codebook's unit rows say; only forecasts and plans are epistemic
    modality = {**FORMS, "not an expectation": ""}
    assert all(modality[f] == m for f, m in zip(verdicts.form, verdicts.modality))
    assert ((verdicts.form == "not an expectation") == (verdicts.verdict == "not an expectation")).all()
    # every row where the codings differ is settled, with a reason
    settled = pd.read_csv(coding / "disagreements.csv", comment="#", keep_default_na=False)
    second = pd.read_csv(coding / "second.csv", comment="#", keep_default_na=False)
    differ = {
        o
        for o, a, b, c, d in zip(first.opening, first.verdict, second.verdict, first.form, second.form)
        if a != b or c != d
    }
    assert differ == set(settled.opening) and all(settled.reason) and set(settled.settled) <= {"first", "second"}
    assert {r["kind"] for r in load_verdict_codebook()} == {"unit", "scale", "rule"}
