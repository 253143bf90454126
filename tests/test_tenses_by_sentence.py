"""The tense markers found sentence by sentence (`text.Tenses`, each sentence when first asked about) are
those one search of the whole text finds: no marker reaches outside its sentence."""

from pathlib import Path

import pytest

from analysis import paths
from analysis.corpus import read_article
from analysis.text import FUTURE, PAST, Tenses, finditer_i


def _whole_text(text: str) -> list[tuple[int, int, str]]:
    return sorted(
        [(m.start(), m.end(), "future") for m in finditer_i(FUTURE, text)]
        + [(m.start(), m.end(), "past") for m in finditer_i(PAST, text)],
        key=lambda m: (m[0], m[2]),
    )


MADE_UP = [
    "The ministers met on Monday. They will meet again next week.",
    "Talks are expected to resume.\nThe envoy heads to Rome. The heads of state agreed.",
    "“We won't wait,” she said. Officials were on their way to the summit!",
    "  He is\nto travel Friday.  \n\n  It was signed.   The talks ended",
    "",
    "No marker here at all",
]


@pytest.mark.parametrize("text", MADE_UP)
def test_made_up_texts(text):
    tenses = Tenses(text)
    assert tenses.within(0, len(text)) == _whole_text(text)


def test_a_part_of_a_sentence_gives_the_markers_that_start_in_it():
    text = "The ministers met and will meet again. Talks were held."
    tenses, whole = Tenses(text), _whole_text(text)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1, 7):
            assert tenses.within(lo, hi) == [m for m in whole if lo <= m[0] < hi]


def test_at_reads_the_sentence_it_is_given():
    text = "The talks were held on Monday. He will travel on Friday."
    tenses = Tenses(text)
    assert tenses.at(0, 30, 20, 29) == "past"
    assert tenses.at(31, len(text), 47, 56) == "future"
    assert Tenses("Nothing on Sunday").at(0, 17, 11, 17) == "unknown"


def _corpus_texts():
    files = sorted(Path(paths.SEEDS).glob("*.txt")) + sorted((paths.ROOT / "evaluation" / "articles").glob("*.txt"))
    for f in files:
        article = read_article(f)
        yield article.masked
        yield article.raw


def test_the_seeds_and_the_evaluation_corpus():
    for text in _corpus_texts():
        assert Tenses(text).within(0, len(text)) == _whole_text(text)
