"""Expectations on made-up sentences: each modality and form, certainty apart, each exclusion, the holder."""

import ast
import inspect
import re

import pytest
from helpers import expectation_rows

from analysis import expectations
from analysis.expectations import FORMS, hedge_of, load_lexicon


def one(tmp_path, text, quotes=()):
    rows = expectation_rows(tmp_path, text, quotes)
    assert len(rows) == 1, rows
    return rows[0]


# --- modality and form, certainty as its own column -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence, hedge, form, modality, certainty",
    [
        # epistemic: forecasts, plans, open questions
        ("The ferry will resume service in the spring.", "will", "forecast", "epistemic", "certain"),
        ("A second round of talks is likely to follow.", "likely", "forecast", "epistemic", "probable"),
        ("The envoy is expected to arrive in Oslo.", "is expected to", "forecast", "epistemic", "probable"),
        ("The envoy may travel to Oslo.", "may", "forecast", "epistemic", "possible"),
        ("The council could delay the vote.", "could", "forecast", "epistemic", "possible"),
        ("A compromise is unlikely before the deadline.", "unlikely", "forecast", "epistemic", "improbable"),
        ("We’ll publish the figures at noon.", "’ll", "forecast", "epistemic", "certain"),
        ("She said she’d sign the treaty.", "’d", "forecast", "epistemic", "possible"),
        ("The mayor heads to Oslo this weekend.", "heads to", "plan", "epistemic", "certain"),
        ("The delegation plans to visit Lima.", "plans to", "plan", "epistemic", "certain"),
        ("The summit is due to open in Nairobi.", "is due to", "plan", "epistemic", "certain"),
        ("The minister is set to announce a budget.", "is set to", "plan", "epistemic", "certain"),
        (
            "The ceremony is tentatively planned for the autumn.",
            "is tentatively planned",
            "plan",
            "epistemic",
            "certain",
        ),
        ("It remains to be seen whether the truce holds.", "remains to be seen", "question", "epistemic", "possible"),
        # deontic: prescriptions
        ("Both governments must keep talking.", "must", "prescription", "deontic", "certain"),
        ("The ministry should publish the data.", "should", "prescription", "deontic", "probable"),
        ("The port needs to cut its fees.", "needs to", "prescription", "deontic", "certain"),
        ("The report stressed the importance of clean water.", "importance of", "prescription", "deontic", "probable"),
        ("The judge urged both parties to settle.", "urged both parties to", "prescription", "deontic", "probable"),
        ("This budget shouldn’t pass unchanged.", "shouldn’t", "prescription", "deontic", "probable"),
        ("It is up to the board to decide.", "is up to", "prescription", "deontic", "probable"),
        ("The strikers demanded a shorter week.", "demanded", "prescription", "deontic", "probable"),
        # desire: hopes and aims
        ("The union hopes for a quick settlement.", "hopes", "hope", "desire", "possible"),
        ("Farmers want lower tariffs on seed.", "want", "hope", "desire", "possible"),
        ("The club looks forward to the new season.", "looks forward to", "hope", "desire", "possible"),
        ("The mission aims to map the reef.", "aims to", "aim", "desire", "possible"),
        ("The city is taking steps to cut traffic.", "taking steps to", "aim", "desire", "possible"),
        ("The city seeks to attract investors.", "seeks to", "aim", "desire", "possible"),
        # commitment
        ("The two mayors agreed to meet again.", "agreed to", "commitment", "commitment", "certain"),
        ("The company pledged to cut emissions.", "pledged to", "commitment", "commitment", "certain"),
        ("The council is committed to reopening the library.", "committed to", "commitment", "commitment", "certain"),
        ("The minister promised to publish the report.", "promised to", "commitment", "commitment", "certain"),
    ],
)
def test_each_form_gives_its_modality_and_its_certainty(tmp_path, sentence, hedge, form, modality, certainty):
    row = one(tmp_path, sentence)
    assert (row["hedge"], row["form"], row["modality"], row["certainty"]) == (hedge, form, modality, certainty)


def test_modality_follows_from_form_for_every_term():
    assert set(FORMS.values()) == {"epistemic", "deontic", "desire", "commitment"}
    for h in load_lexicon():
        assert h.modality == FORMS[h.form]
    assert hedge_of("must").modality == "deontic" and hedge_of("may").modality == "epistemic"
    assert hedge_of("must").certainty != hedge_of("should").certainty  # same modality, not the same certainty


def test_longest_term_decides_form_and_certainty(tmp_path):
    row = one(tmp_path, "The rally will likely draw a crowd.")
    assert (row["hedge"], row["certainty"]) == ("will likely", "probable")


def test_negation_makes_the_polarity_negative(tmp_path):
    assert one(tmp_path, "The ferry won't sail this week.")["polarity"] == "negative"
    assert one(tmp_path, "The ferry will sail this week.")["polarity"] == "positive"


def test_a_conditional_about_the_future_counts(tmp_path):
    assert one(tmp_path, "If the rains come, the harvest will improve.")["hedge"] == "will"
    assert one(tmp_path, "If the two clubs can agree, then the final goes ahead.")["form"] == "forecast"


def test_would_in_reported_speech_looking_forward_counts(tmp_path):
    row = one(tmp_path, "Jane Doe said the bridge would reopen.")
    assert (row["hedge"], row["holder"]) == ("would", "Jane Doe")


def test_a_headline_infinitive_and_a_progressive_with_a_time_to_come(tmp_path):
    assert one(tmp_path, "Mayor Doe to visit Lisbon")["form"] == "plan"
    assert one(tmp_path, "The orchestra is touring Spain next month.")["form"] == "plan"


# --- exclusions --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge would have collapsed without the repairs.",  # a past conditional
        "She could have been elected in a fairer race.",  # a past possibility
        "As you may remember, the plant closed years ago.",  # an aside to the reader
        "I want to thank the organisers for their work.",  # a speaker's own act of speech
        "I would like to thank everyone who came.",
        "I’d just like to say a word about the weather.",
        "She said she’d gone home early.",  # 'd for "had"
        "The minister had been expected to attend the opening.",  # a plan the text reports as overtaken
        "The trip was aimed at easing tensions.",  # the purpose of a finished undertaking
        "The plant closed in May.",  # May the month
        "The ruling reflects the will of the voters.",  # will the noun
        "The parade showed the country's military might.",  # might the noun
        "Soon after the storm, the roads reopened.",  # a time relative to another event
        "The talks ended without a deal.",  # a report of what happened
    ],
)
def test_exclusions_give_no_row(tmp_path, sentence):
    assert expectation_rows(tmp_path, sentence) == []


def test_may_opening_a_sentence_is_the_modal(tmp_path):
    assert one(tmp_path, "Mayors may meet again in the spring.")["hedge"] == "may"


# --- the holder ------------------------------------------------------------------------------------------


def test_the_reporter_holds_an_unattributed_sentence(tmp_path):
    row = one(tmp_path, "Prices will rise again in the winter.")
    assert (row["holder"], row["voice"]) == ("reporter", "reporter")


def test_the_subject_of_an_attitude_verb_holds_it(tmp_path):
    assert one(tmp_path, "The union hopes the strike will end soon.")["holder"] == "union"
    assert one(tmp_path, "Both sides agreed to meet again in March.")["holder"] == "both sides"
    assert one(tmp_path, "The two sides agreed to swap prisoners.")["holder"] == "both sides"


def test_a_pronoun_subject_leaves_it_to_the_speaker(tmp_path):
    assert one(tmp_path, "Jane Doe said she wanted to hold a new vote.")["holder"] == "Jane Doe"


def test_a_closing_attribution_names_the_holder(tmp_path):
    assert one(tmp_path, "The dam could fail in a flood, engineers say.")["holder"] == "engineers"


def test_a_surname_is_the_fullest_name_given_before(tmp_path):
    rows = expectation_rows(tmp_path, "Jane Doe toured the plant on Friday. Doe said the line would reopen.")
    assert [r["holder"] for r in rows] == ["Jane Doe"]


def test_the_quotes_rows_name_the_holder(tmp_path):
    text = 'Prices will rise, the minister said. "We may cut taxes," a spokesman added.'
    start = text.index('"We')
    quotes = [
        {"start": 0, "end": text.index("said.") + 5, "kind": "indirect", "speaker": "Jane Doe", "speaker_group": "x"},
        {
            "start": start,
            "end": text.index(",", start) + 2,
            "kind": "direct",
            "speaker": "John Roe",
            "speaker_group": "x",
        },
    ]
    rows = expectation_rows(tmp_path, text, quotes)
    assert [(r["holder"], r["voice"]) for r in rows] == [("Jane Doe", "paraphrase"), ("John Roe", "quote")]


def test_the_latter_is_the_last_name_before_it(tmp_path):
    row = one(tmp_path, "Jane Doe called John Roe, and the latter urged her to resign.")
    assert row["holder"] == "John Roe"


def test_a_title_is_the_name_it_was_given(tmp_path):
    text = "Ruritania's Foreign Minister Anna Berg met envoys. Ruritania's foreign minister believes talks will fail."
    rows = expectation_rows(tmp_path, text)
    assert [r["holder"] for r in rows] == ["Anna Berg"]


def test_a_pronoun_subject_runs_on_the_report_before(tmp_path):
    text = "Jane Doe and John Roe agreed to meet in May. They also agreed to publish a joint plan."
    rows = expectation_rows(tmp_path, text)
    assert [r["holder"] for r in rows] == ["Jane Doe and John Roe", "Jane Doe and John Roe"]


def test_the_subject_of_a_headline_infinitive_holds_the_plan(tmp_path):
    assert one(tmp_path, "Doe to visit Lisbon")["holder"] == "Doe"


def test_the_subject_of_would_welcome_holds_it(tmp_path):
    assert one(tmp_path, "The trade ministry would 'welcome' a visit")["holder"] == "trade ministry"


def test_a_quoted_passage_gives_one_row_per_sentence(tmp_path):
    rows = expectation_rows(tmp_path, '"We will build the road. The town may grow," Jane Doe said.')
    assert [r["hedge"] for r in rows] == ["will", "may"]


def test_an_initialism_does_not_end_the_sentence(tmp_path):
    rows = expectation_rows(tmp_path, "She met the U.S. Trade Representative, who will visit Rome.")
    assert len(rows) == 1 and rows[0]["text"].startswith("She met")
    rows = expectation_rows(tmp_path, "Talks opened with the U.S. Ottawa will host the next round.")
    assert [r["text"] for r in rows] == ["Ottawa will host the next round."]


def test_a_transcript_turn_holds_what_its_speaker_says(tmp_path):
    text = "JANE DOE, MINISTER: We will build it.\nJOHN ROE, ANCHOR: Will the road open soon?\nJANE DOE: It must."
    rows = expectation_rows(tmp_path, text)
    assert [r["holder"] for r in rows] == ["Jane Doe", "reporter", "Jane Doe"]


def test_a_correspondent_s_turn_is_the_reporter_s_voice(tmp_path):
    text = "JOHN ROE, BYLINE: The port will reopen.\nJANE DOE: We hope so.\nROE: Ships may return."
    rows = expectation_rows(tmp_path, text)
    assert [r["holder"] for r in rows] == ["reporter", "Jane Doe", "reporter"]


def test_the_module_does_not_use_the_scan_index():
    tree = ast.parse(inspect.getsource(expectations))
    imported = [a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names]
    assert "scan" not in imported


_PIECES = [
    "He would have gone",
    " as you may know,",
    " I'd like to thank",
    " the union's efforts to",
    " Acme efforts to",
    " asked about it",
    " could not be reached",
    " I’d been told",
    " soon afterwards",
    " the Free will of",
    " WOULD-BE buyers",
    " needless to say.",
    " Straße",
    " may\n",
    " had been expected to",
]


@pytest.mark.parametrize("k", range(len(_PIECES)))
def test_excluded_spans_are_those_of_the_one_alternation(k):
    """The families of exclusion rows, searched apart and merged, find exactly the spans that one
    search over the whole alternation finds (leftmost, first row wins, not overlapping)."""
    from itertools import permutations

    for order in permutations(_PIECES[k:] + _PIECES[:k], 3):
        for glue in ("", " ", "'"):
            text = glue.join(order)
            want = [m.span() for m in expectations._exclusions().finditer(text)]
            assert expectations._excluded_spans(text) == want, text


def test_excluded_spans_of_the_seeds_and_evaluation_articles_are_those_of_the_one_alternation():
    """The rows that open with a cue, tried only where one begins, and the families searched apart find,
    merged, what one search over the whole alternation finds in every article of the seeds and the
    evaluation corpus."""
    from analysis import paths
    from analysis.corpus import read_corpus

    checked = 0
    for folder in (paths.SEEDS, paths.ROOT / "evaluation" / "articles"):
        for article in read_corpus(folder):
            text = article.masked
            want = [m.span() for m in expectations._exclusions().finditer(text)]
            assert expectations._excluded_spans(text) == want, article.article_id
            checked += len(want)
    assert checked > 50


def _terms_word_by_word(text, start, end):
    """The lexicon's terms read at every word in turn (what `_terms_in` finds with fewer looks)."""
    index, reach, out = expectations._hedge_index(), start, []
    for w in re.finditer(r"['’]?\w+", text[:end]):
        if w.start() < start:
            continue
        at, word = w.start(), w.group()
        if word[0] in "'’" and (at == 0 or not text[at - 1].isalnum()):
            at, word = at + 1, word[1:]
        if at < reach:
            continue
        key = word.lower().replace("’", "'")
        negated = key.endswith("n") and key[:-1] in index and text.startswith(("'t", "’t"), w.end())
        if key not in index and not negated:
            continue
        pattern, hedges = expectations._opening(key, negated)
        m = pattern.match(text, at, end)
        if m:
            out.append((m.start(), m.end(), hedges[m.lastindex - 1]))
            reach = m.end()
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy will likely visit Oslo, and we’ll see whether talks resume.",
        "Officials said the 'will' of the people is clear; they shouldn’t expect a deal.",
        "She won't go, and x'will is no word; WOULDN’T they hope so?",
        "The ministry is now expected to announce that it is not going to sign.",
        "Unwilling, mayors in May may pledge to push for talks.",
        "Then, in the coming weeks, the road ahead may clear; in the\nbest interests of Peru to wait.",
        "The pier is open; I'm sure it is time to sail, as an expected thaw in a bid to trade nears.",
        "The ferry wouldn’t sail, and then the storm will end in",
        "Café owners in the weeks ahead: they won't agree on prices, IN THE COMING days.",
    ],
)
def test_the_terms_are_those_a_reading_word_by_word_finds(sentence):
    assert list(expectations._terms_in(sentence, 0, len(sentence))) == _terms_word_by_word(sentence, 0, len(sentence))
    assert list(expectations._terms_in(sentence, 0, len(sentence)))  # each sentence holds a term


@pytest.mark.parametrize(
    "sentence",
    [
        "The pier’s going to open; it's now set to close, and the mayor's boat is “looking to” sail.",
        "The crew's plan is firm. It is also expected to rain. The ferry is still up to the task.",
        "Zoë’s ferry is now expected to sail, and Łódź's mayor is going to speak; the vote's set to pass.",
        "ÉMILE'S CREW IS EXPECTED TO SAIL. The road ahead isn't clear, and the pier is not meant to shut.",
    ],
)
def test_a_form_of_be_opens_a_term_only_before_the_words_its_terms_go_on_with(sentence):
    """A form of "be" ("’s", "is") is passed over unless an adverb and the word of one of its terms follow
    ("going", "set", "expected"), in a text with cased letters outside ASCII too (searched case-blind):
    the terms found are those a reading word by word finds."""
    found = list(expectations._terms_in(sentence, 0, len(sentence)))
    assert found == _terms_word_by_word(sentence, 0, len(sentence))
    assert found


def test_a_possessive_or_a_plain_is_opens_no_term():
    opened = expectations._openers_ahead().finditer("the crew's boat is red. it's going to sail.")
    assert [m.group() for m in opened] == ["s"]  # the "’s" of "it's going to", not the possessive nor "is red"
    assert [
        m.group() for m in expectations._openers_ahead_i().finditer("THE CREW'S BOAT IS RED; ZOË'S IS GOING TO")
    ] == ["IS"]


def test_the_terms_of_each_sentence_of_the_seeds_and_evaluation_articles_are_those_read_word_by_word():
    """The words passed over by `_openers_ahead` (a word before none of the words its terms go on with)
    open no term: on every sentence of the seeds and the evaluation corpus, `_terms_in` finds what a
    reading word by word finds."""
    from analysis import paths
    from analysis.corpus import read_corpus
    from analysis.quotes import quote_spans

    checked = 0
    for folder in (paths.SEEDS, paths.ROOT / "evaluation" / "articles"):
        for article in read_corpus(folder):
            text = article.masked
            for s, e in expectations._sentences(text, quote_spans(text)):
                assert list(expectations._terms_in(text, s, e)) == _terms_word_by_word(text, s, e), text[s:e]
                checked += 1
    assert checked > 1000


def test_exclusion_opening_allows_the_places_the_two_cases_allow():
    """The opening of an exclusion phrase (two look-behinds) allows exactly the places that "after a
    word's end, or at the apostrophe of a contraction" allows, written as an alternation of the two."""
    cases = re.compile(r"(?:(?<=\w)(?=['’])|(?<![\w’']))")
    opening = re.compile(expectations._EXCLUSION_OPENING)
    text = "I'd gone. 'd  he’d x'’y _a 'will' ’’ a1 Straße—é.\nx'\n’'d"
    for at in range(len(text) + 1):
        assert bool(opening.match(text, at)) == bool(cases.match(text, at)), (at, text[max(0, at - 2) : at + 2])


def test_an_exclusion_row_is_searched_only_where_its_cues_are_but_finds_what_it_found():
    """A row with cues (modality_exclusions.csv) is left out of the search of a text without them, which
    changes nothing, in a text with letters outside ASCII that have a case too ("Straße", "é"); a text with
    a letter that matching case aside takes for an ASCII one ("ſ" for "s") is searched with every row."""
    gated = [c for _, c in expectations._exclusion_families() if c is not None]
    assert gated and all(c for c in gated)
    for text in (
        "Needless to say, it would have been better. He'd gone.",
        "Needless to say, nothing more.",
        "They would not comment. The story will be updated.",
        "NEEDLESS TO SAY, Straße would-be buyers ſoon after [...]",
        "ſoon after the talks, as ſoon as they could",
        "Café talks: NEEDLESS TO SAY, the Straße would-be buyers left soon after. The story will be updated.",
        "Résumé: he’d gone; the \u212aELVIN sign would have been there [...] as you may \u212anow",
        "Résumé: he’d gone; the dotted \u0130 would have been there [...] \u0130F NEED BE",
        "",
    ):
        want = [m.span() for m in expectations._exclusions().finditer(text)]
        assert expectations._excluded_spans(text) == want, text
