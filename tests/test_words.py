"""Word patterns (issue terms, terms, event cues): lower case, matched against the lower-cased text from
the start of a word, with the matches `re` would give for the same pattern after a leading \\b."""

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis.text import first_word, fold, is_lower_case, words


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in words(re.compile(pattern), fold(text))]


def test_a_match_starts_at_the_start_of_a_word_and_case_is_aside():
    assert spans(r"us\b", "Bus US us") == [(4, 6), (7, 9)]
    assert spans(r"russia\w*", "Russian and anti-Russia, not Prussia") == [(0, 7), (17, 23)]


def test_a_match_passed_over_inside_a_word_does_not_hide_one_that_starts_later():
    # "a b" at 1 would start inside "xa"; "b c" starts a word and is found
    assert spans(r"a b|b c", "xa b c") == [(3, 6)]


def test_search_within_a_range_and_the_first_match():
    text = fold("The visit. A trip to Beijing.")
    assert first_word(re.compile(r"trip\b"), text, 0, 10) is None
    assert first_word(re.compile(r"trip\b"), text, 11).span() == (13, 17)


def test_folding_keeps_every_offset():
    text = "İstanbul and ISTANBUL"  # a dotted capital I lower-cases to two characters
    assert len(fold(text)) == len(text)
    assert spans(r"istanbul\b", text) == [(13, 21)]


def test_capitals_outside_escapes_are_not_lower_case():
    assert is_lower_case(r"the u\.?s\.?(?![-\w])\b")
    assert not is_lower_case(r"\bThe")
    assert not is_lower_case(r"[A-Z]\w+")


@given(st.text(alphabet="ab -.Xy", max_size=30), st.sampled_from([r"ab", r"a\w*", r"b\b", r"y\.?", r"a b|b a"]))
def test_the_same_matches_as_a_leading_word_boundary_on_ascii_text(text, pattern):
    expected = [m.span() for m in re.finditer(rf"(?<![\w])(?:{pattern})", text.lower())]
    # \b before a word character equals "no word character before"; before a non-word character the
    # word rule here asks only that the match does not start inside a word
    got = spans(pattern, text)
    assert [s for s in got if text[s[0] : s[0] + 1].isalnum()] == [
        s for s in expected if text[s[0] : s[0] + 1].isalnum()
    ]


def test_phrases_whole_words_longest_first_case_aside():
    from analysis.text import Phrases

    names = Phrases(["Blinken", "Secretary Blinken", "Qin", "Qin Gang", "is expected to"])
    text = "SECRETARY BLINKEN met Qin Gang; Qinghai is not Qin. He is expected to go."
    assert [(text[s:e], p) for s, e, p in names.find(text)] == [
        ("SECRETARY BLINKEN", "Secretary Blinken"),
        ("Qin Gang", "Qin Gang"),
        ("Qin", "Qin"),
        ("is expected to", "is expected to"),
    ]
    assert Phrases([]).find(text) == []


def test_names_as_written_and_not_inside_a_hyphenated_word():
    from analysis.text import Phrases

    names = Phrases(["Biden", "Xi", "The undersecretary"], joiners="-", ignore_case=False)
    text = "Biden met Xi; the Biden-Xi talks; BIDEN; The undersecretary spoke."
    assert [text[s:e] for s, e, _ in names.find(text)] == ["Biden", "Xi", "The undersecretary"]


CASE_BLIND = [r"\bsk\w*", r"(?:is|was) \w+ed\b", r"[a-z]{2,}", r"i\b", r"(?<![\w’'])['’]s\b", r"[^a-z ]+"]


@given(st.text(alphabet="aBsSkKiI ’'-.“éſKİıß", max_size=30), st.sampled_from(CASE_BLIND))
def test_a_case_blind_pattern_finds_what_re_finds_case_aside(text, pattern):
    from analysis.text import finditer_i

    compiled = re.compile(pattern, re.I)
    assert [m.span() for m in finditer_i(compiled, text)] == [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in finditer_i(compiled, text, 2, 9)] == [m.span() for m in compiled.finditer(text, 2, 9)]


def test_the_case_sensitive_twin_is_used_only_where_it_finds_the_same():
    from analysis.text import caseless, simple_case

    assert simple_case("He said “it’s done” — 北京")  # letters outside ASCII without case
    assert not simple_case("Café") and not simple_case("Straße") and not simple_case("ſo")
    assert caseless(re.compile(r"was \w+ed\b", re.I)).flags & re.I == 0
    assert caseless(re.compile(r"was", 0)) is None  # not case-blind
    assert caseless(re.compile(r"\bMay\b", re.I)) is None  # a capital letter
    assert caseless(re.compile(r"(?-i:may) be", re.I)) is None  # an inline flag


def test_a_case_blind_search_finds_the_first_match_re_finds():
    from analysis.text import search_i

    topic = re.compile(r"\b(?:visit|talks)\b", re.I)
    for text in ["The VISIT and the talks", "no such word", "Talks in Straße, a visit"]:
        found, expected = search_i(topic, text, 1), topic.search(text, 1)
        assert (found and found.span()) == (expected and expected.span())


@given(st.text(alphabet="hadmetwsoingr '’-.Ä", max_size=40))
def test_words_grouped_by_first_letter_match_as_the_flat_list(text):
    from analysis.text import word_alternation

    listed = ["had", "held", "met", "made", "was", "were", "went", "won", "a", "i"]
    grouped = re.compile(rf"\b(?:{word_alternation(listed)}|[a-z]{{3,}}ed)\b", re.I)
    flat = re.compile(rf"\b(?:{'|'.join(listed)}|[a-z]{{3,}}ed)\b", re.I)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
