"""The word index finds exactly what `re` finds, for every pattern the package uses."""

import random
import re

import pytest

from analysis import scan
from analysis.chronology import load_events
from analysis.dates import RULES
from analysis.expectations import NEGATION, load_topics
from analysis.framing import load_codebook, load_terms
from analysis.quotes import CUE, NAME, load_actors
from analysis.text import FUTURE, PAST, PAST_WORD

TRICKY = [
    # words glued, cut and cased every way; letters outside ASCII that `re` folds to ASCII ones
    "XChina China, Chinaa chINA ſpy spy \u212aelvin K Lü said Havrén said the Havrén, Monday 5th June 2023",
    "PELOſI pelosi BALLOON baİloon İn ſaid Xi-Biden meeting Biden–Xi meeting, no-limits no limits TELEPHONE",
    "on Sunday and Monday. mid-June, Jan. 5 2023 5 June; in 2021 recently recentlyx recent talks visits to Taiwan",
    "The Chinese side said; the chinese government will travel to Beijing; travelled to China.\nIt was planned.",
    "",
    "é",
]


def patterns():
    out = [r.pattern for r in RULES] + [
        FUTURE,
        PAST,
        PAST_WORD,
        CUE,
        NAME,
        NEGATION,
        load_actors()[1],
    ]
    for e in load_events():
        out += [p for p in (e.cue_any, e.cue_none) if p is not None] + list(e.cue_all)
    out += [i[3] for i in load_codebook()] + [t[2] for t in load_terms()] + [t[1] for t in load_topics()]
    return out


@pytest.fixture(scope="module")
def texts(seeds):
    return [a.raw for a in seeds.values()] + [a.masked for a in seeds.values()] + TRICKY


def spans(matches):
    return [(m.span(), m.group()) for m in matches]


def test_finditer_and_search_agree_with_re(texts):
    rng = random.Random(0)
    pats = patterns()
    for text in texts:
        index = scan.WordIndex(text)
        for p in pats:
            assert spans(index.finditer(p)) == spans(p.finditer(text)), p.pattern
            for _ in range(5):  # any range, even one that cuts words
                i = rng.randrange(len(text) + 1)
                j = rng.randrange(i, len(text) + 1)
                assert spans(index.finditer(p, i, j)) == spans(p.finditer(text, i, j)), (p.pattern, i, j)
                m1, m2 = index.search(p, i, j), p.search(text, i, j)
                assert (m1 and m1.span()) == (m2 and m2.span())


def test_may_match_is_never_wrong_when_it_says_no(texts):
    for text in texts:
        index = scan.WordIndex(text)
        for p in patterns():
            if not index.may_match(p):
                assert p.search(text) is None, p.pattern


def test_most_patterns_are_sped_up():
    # the point of the index: a pattern it cannot read is searched the slow way
    pats = patterns()
    known = [p for p in pats if scan.first_words(p) is not None]
    assert len(known) / len(pats) > 0.8
    assert scan.first_words(re.compile(r"\bChina\b")) == scan.Starts(frozenset({"china"}), ())
    assert scan.first_words(re.compile(r"\b(?:last|next) week", re.I)).exact == {"last", "next"}
    assert scan.first_words(re.compile(r"Pelosi")) == scan.Starts(frozenset(), ("pelosi",), False)
    assert scan.first_words(re.compile(r"\b[a-z]+ed\b")) is None  # any word
    assert scan.first_words(re.compile(r"(?=.*x)(?=.*y)")) is None  # nothing consumed


def test_whole_words_match_the_pattern_whole():
    text = "Walked talked ed red FIXED wedded naïveed \u212aelvined ſtopped talked"
    index = scan.WordIndex(text)
    expected = [(m.start(), len(m.group())) for m in re.finditer(r"\b[a-z]{3,}ed\b", text, re.I)]
    assert index.whole_words(re.compile(r"[a-z]{3,}ed", re.I), suffix="ed") == expected


def test_rewritten_patterns_match_as_written_before(texts):
    # two patterns were rewritten to open with a literal character, which `re`
    # skips to; these are the plain forms, which must find the same
    from analysis.quotes import _SINGLE
    from analysis.text import _SENTENCE_END as sentence_end
    from analysis.text import _breaks

    single = re.compile(r"(?<![\w’'])['‘]([A-Za-z][^'’\n]{0,60}?[A-Za-z])['’](?![\w])")
    extra = [
        "'Core interests' and 'red lines'. He said.  \"No.\" ..\n\nthe end? (Yes.) 'a' x'yz'",
        "‘one-China’ policy?!\n\n\nA. B.C. D",
        ".",
        ".\n\nthe end.\n\nThe start.) \n X?!  Y\n\n\n",
        "\n",
        "a.\n \n",
        "A.  \"B\" C. 'D' e.\n\n\n(F)",
    ]
    for text in list(texts) + extra:
        assert list(_breaks(text)) == [m.span() for m in sentence_end.finditer(text)]
        assert spans(_SINGLE.finditer(text)) == spans(single.finditer(text))


def test_a_full_memo_of_words_is_emptied_without_losing_matches(texts, monkeypatch):
    monkeypatch.setattr(scan._REGISTRY, "MAX_WORDS", 7)
    scan._REGISTRY.memo.clear()
    scan._REGISTRY.opening.clear()
    for text in texts:
        index = scan.WordIndex(text)
        for p in patterns():
            assert spans(index.finditer(p)) == spans(p.finditer(text)), p.pattern
    assert scan._REGISTRY.clears > 0
