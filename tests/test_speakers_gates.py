"""Cheap checks that spare the speaker searches their work: a search skipped where a string check shows that it
cannot match, and patterns written to match their first letter before the look-behind that checks a word begins
there (so that `re` skips to those letters). Neither may hide a match."""

import re
from functools import cache

import pytest

from analysis import paths
from analysis.corpus import read_corpus
from analysis.quotes import (
    _CITING_WORDS,
    _IMPERSONAL,
    _IMPERSONAL_WORDS,
    _NEGATED_DEED,
    _REACTION_FROM,
    _TALKS_ON,
    ACCORDING,
    AUX,
    Extractor,
    _aux_span,
    _sentences,
)


@cache
def texts() -> tuple[str, ...]:
    """The masked texts of the seeds and the evaluation corpus."""
    folders = [paths.SEEDS, paths.ROOT / "evaluation" / "articles"]
    return tuple(a.masked for folder in folders for a in read_corpus(folder))


def test_every_citation_holds_one_of_the_words_its_check_looks_for():
    found = [m.group() for text in texts() for m in ACCORDING.finditer(text)]
    assert len(found) > 50
    assert [g for g in found if not any(w in g.lower() for w in _CITING_WORDS)] == []


def test_every_reaction_from_its_source_holds_from():
    found = [m.group() for text in texts() for m in _REACTION_FROM.finditer(text)]
    assert found
    assert [g for g in found if "from" not in g] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were candid, according to a readout from the ministry.",
        "ACCORDING TO the envoy, the talks were candid.",
        "The visit is off, as per the ministry.",
        "The talks, in the words of the envoy, were candid.",
        "The talks were candid, per the secretary.",
        "Per Reuters, the talks were candid.",
        "The visit is off, aſ per the ministry.",  # a long s, which re reads as "s" regardless of case
        "The talks were candid, the envoy said.",  # none
        "Prices rose 5 per cent, the paper said.",  # "per" before no source: none
    ],
)
def test_the_citation_check_finds_what_the_search_finds(sentence):
    ex = Extractor(sentence)
    assert [m.span() for m in ex._citations(0, len(sentence))] == [m.span() for m in ACCORDING.finditer(sentence)]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("The envoys held talks on trade.", "held talks on"),
        ("Doe had a candid conversation with Jane Roe about trade.", "had a candid conversation with Jane Roe about"),
        ("They exchanged views on the border.", "exchanged views"),
        ("Doe spoke with Roe about the border.", "spoke with Roe about"),
        ("Doe talked to reporters about the border.", "talked to reporters about"),
        ("The court upheld talks on trade as lawful.", None),  # "held" inside a word
        ("The envoys had dinner on Monday.", None),
    ],
)
def test_talks_on_a_topic_begin_where_a_word_begins(sentence, found):
    m = _TALKS_ON.search(sentence)
    assert (m.group() if m else None) == found


@pytest.mark.parametrize(
    "sentence, verb",
    [
        ("The ministry has not confirmed the report.", "confirmed"),
        ("Doe has never publicly announced her travel.", "announced"),
        ("Doe did not say whether she would travel.", None),  # a clause reported
        ("The Pinot announced on Monday was sold out.", None),  # "not" inside a word
    ],
)
def test_a_denied_deed_begins_where_a_word_begins(sentence, verb):
    m = _NEGATED_DEED.search(sentence)
    assert (m.group(1) if m else None) == verb


def test_sentences_glued_by_a_lost_paragraph_break_are_cut_at_the_stop():
    text = "Talks ended in the capital.Doe noted the mood. The U.S.Army said nothing."
    assert [text[s:e] for s, e in _sentences(text, [])] == [
        "Talks ended in the capital.",
        "Doe noted the mood.",
        "The U.S.Army said nothing.",
    ]


def test_every_impersonal_report_holds_one_of_the_words_its_check_looks_for():
    found = [m.group() for text in texts() for m in _IMPERSONAL.finditer(text)]
    assert found
    assert [g for g in found if not any(w in g for w in _IMPERSONAL_WORDS)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe also said",
        "Jane Doe, who has long ",
        "the ministry on Monday \n",
        "Officials have repeatedly ",
        "",
        "The envoy ",
    ],
)
def test_the_auxiliaries_before_a_verb_are_found_as_the_pattern_finds_them(text):
    start = max(0, len(text) - 100)
    assert _aux_span(text, start) == re.compile(rf"(?:\s+{AUX})?$").search(text, start).span()
