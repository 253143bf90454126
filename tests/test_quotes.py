"""Quote extraction measured against the hand-labelled quotes in tests/gold/quotes.csv."""

import pandas as pd
import pytest

from analysis import read_article
from analysis.evaluation import load_gold_quotes, match, score_quotes
from analysis.framing import framing_tables
from analysis.quotes import load_actors, quotes_table


@pytest.fixture(scope="module")
def scored(seeds):
    """The seed quotes against their hand reading (training figures: the rules were written on these)."""
    articles = list(seeds.values())
    pred = quotes_table(articles).reset_index(drop=True)
    gold = load_gold_quotes({a.article_id: a.raw for a in articles})
    metrics, items = [], []
    score_quotes(pred, gold, metrics, items)
    return pred, gold, pd.DataFrame(metrics).set_index(["extractor", "metric"]).value, pd.DataFrame(items)


def test_gold_spans_are_quotes_of_the_raw_text(seeds, scored):
    _, gold, _, _ = scored
    assert len(gold) == 74
    for g in gold.itertuples():
        assert seeds[g.article_id].raw[g.start : g.end] == g.text


def test_no_regression_on_the_seeds(scored):
    _, _, s, _ = scored
    for family in ("quotations", "indirect speech"):
        assert s[(family, "precision")] == 1.0 and s[(family, "recall")] == 1.0
        assert s[(family, "speaker accuracy")] == 1.0
    assert s[("quotations", "f1 (strict)")] == 1.0
    assert s[("indirect speech", "f1 (strict)")] == pytest.approx(0.975)  # one end cut short, below


def test_the_known_failure_is_listed(scored):
    pred, gold, _, items = scored
    assert set(items.outcome) == {"match"}
    strict = match(pred[pred.kind == "indirect"], gold[gold.kind == "indirect"], strict=True)
    loose = match(pred[pred.kind == "indirect"], gold[gold.kind == "indirect"])
    (gi,) = {g for _, g in loose} - {g for _, g in strict}
    assert gold.loc[gi, "text"].startswith("Qin acknowledged")


def test_spans_and_groups(seeds, scored):
    pred, _, _, _ = scored
    actors, _, _ = load_actors()
    for row in pred.itertuples():
        assert seeds[row.article_id].raw[row.start : row.end] == row.text
        if isinstance(row.speaker, str):
            assert row.speaker_group == actors[row.speaker].group  # every seed speaker is a listed actor


def test_scare_quotes_keep_no_speaker(scored):
    pred, _, _, _ = scored
    scare = pred[pred.text.isin(["'core interests'", "'more committed'", '"Taiwan question"'])]
    assert len(scare) == 3 and scare.speaker.isna().all()


def test_an_article_of_another_outlet(tmp_path):
    p = tmp_path / "other.txt"
    p.write_text(
        " date 2023-06-20 Blinken Leaves Beijing\n"
        "“We made progress,” Blinken told reporters on Monday. “But there is more work to do.”\n"
        "According to the Chinese Foreign Ministry, the talks were candid.\n"
        "Zhao Min, a senior official whose name the actor list lacks, said the US must stop “hyping” threats.\n"
        "The Pentagon, which was not at the table, said it was disappointed.\n",
        encoding="utf-8",
    )
    a = read_article(p)
    tables = framing_tables([a])
    q = tables["quotes"].set_index("text")
    assert q.loc["“We made progress,”", "speaker"] == "Antony Blinken"
    assert q.loc["“But there is more work to do.”", "speaker"] == "Antony Blinken"
    assert "Chinese Foreign Ministry" in set(tables["quotes"].speaker)
    assert "The Pentagon" in set(tables["quotes"].speaker)
    zhao = tables["quotes"][tables["quotes"].text.str.startswith("Zhao Min")].iloc[0]
    assert (zhao.speaker, zhao.speaker_group) == ("Zhao Min", "unknown")
    assert q.loc["“hyping”", "speaker"] == "Zhao Min"
    assert set(tables["issues"].article_id) == {"other"}


def test_issue_shares_and_term_voices(seeds):
    tables = framing_tables(list(seeds.values()))
    issues = tables["issues"]
    assert ((issues.share >= 0) & (issues.share <= 1)).all()
    top = issues.loc[issues.groupby("article_id").mentions.idxmax()].set_index("article_id").issue
    assert top["000_ceaf973d6ed21ab9"] == "taiwan"
    terms = tables["terms"]
    balloon = terms[terms.concept == "balloon"]
    assert {"spy balloon", "weather balloon", "civilian research balloon"} <= set(balloon.term)
    for row in terms.itertuples():
        assert seeds[row.article_id].raw[row.start : row.end] == row.text or row.concept == "reporting verb"
    quoted = terms[(terms.voice == "quote") & (terms.concept == "china")]
    assert len(quoted) > 0


def test_a_quote_split_around_the_attribution(tmp_path):
    p = tmp_path / "split.txt"
    p.write_text(
        "“We made real progress,” Blinken said, “but there is much more work to do on many fronts.”\n", encoding="utf-8"
    )
    q = framing_tables([read_article(p)])["quotes"]
    assert q.kind.tolist() == ["direct", "direct"]
    assert q.speaker.tolist() == ["Antony Blinken", "Antony Blinken"]


def test_a_text_cut_off_inside_a_short_last_quotation():
    from analysis.quotes import quote_spans

    text = "The talks ended.\n\nKarl Amsel ascribed the success of the meeting to “just talkin"
    assert [text[s:e] for s, e in quote_spans(text)] == ["“just talkin"]
    # an opening mark on an earlier line, with a line after it, is no quotation cut off at the end
    text = "A stray “mark\n\nThe talks ended."
    assert quote_spans(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        # a straight mark that opens a word inside the text's last line, the line's marks before it paired
        ('The talks ended.\n\nThe ministry said then they held "candid, s', ['"candid, s']),
        (
            'The envoy spoke of "real progress" and of the "concern about unfai',
            ['"real progress"', '"concern about unfai'],
        ),
        # near-misses: an inch sign after a digit, a closing mark (one mark before it on the line), a mark on an
        # earlier line
        ('The screen measured 27" across and was the largest on sale', []),
        ('The envoy spoke of "real progress and of the" concern about unfai', ['"real progress and of the"']),
        ('The envoy spoke of "real\n\nThe talks ended.', []),
    ],
)
def test_a_straight_mark_cut_off_inside_the_last_line(text, found):
    from analysis.quotes import quote_spans

    assert [text[s:e] for s, e in quote_spans(text)] == found


def test_a_short_quotation_cut_off_at_the_end_is_the_speaker_s(tmp_path):
    from helpers import quotes

    body = "The talks ended.\n\nKarl Amsel ascribed the success of the meeting to “just talkin"
    rows = quotes(tmp_path, body)
    assert {r["kind"]: r["speaker"] for r in rows} == {"indirect": "Karl Amsel", "partial": "Karl Amsel"}


def test_what_closes_a_sentence_after_its_attribution_reads_runs_of_words_whole():
    """`_CLOSING_REST` takes a run of words whole (a possessive "{0,70}+"): it finds a closing rest exactly where
    the same pattern trying each length in turn does (made-up rests, runs about its limits included)."""
    import re

    from analysis.quotes import _CLOSING_REST

    tried = re.compile(
        r"[^,;:“”\"]{0,70}?(?:,\s+(?:citing|quoting|according to)\s[^,;:“”\"]{1,120}?)?[.!?]?[\s”\"’']*$"
    )
    words = ["", " on Monday", " on Monday.", " in a statement.”", " x" * 34 + ".", " x" * 35 + ".", " x" * 36]
    sources = ["", ", citing a senior official.", ", according to " + "y" * 119 + ".", ", quoting " + "y" * 121]
    ends = ["", " ", "\n", "”", ".’", ", and more", "; then", ": “"]
    for w in words:
        for s in sources:
            for e in ends:
                rest = w + s + e
                assert bool(_CLOSING_REST.match(rest)) == bool(tried.match(rest)), rest
    assert _CLOSING_REST.match(" on Monday.") and not _CLOSING_REST.match(" on Monday, and more")


def test_a_phrase_after_a_verb_is_read_up_to_its_first_comma_only():
    """The phrase that opens a stretch ends at its first comma at the latest (a comma is no word of a speaker
    phrase), so the words after it are not read: the phrase is the one the whole stretch gives (made-up text)."""
    from analysis.quotes import NOT_NAMES, TOKEN, Extractor, _np_word

    assert not _np_word(",") and "," not in NOT_NAMES
    text = (
        "The talks ended, said a senior official, who spoke on condition of anonymity, and Vice Premier He Lan, "
        "the envoy, said Jane Doe of the Northfield Bank, adding that they would meet again.\n"
    )
    x = Extractor(text)
    for m in TOKEN.finditer(text):
        whole = x._tokens
        x._tokens = lambda s, e, whole=whole: whole(s, x._line_end(s))  # every word to the line's end
        want = x._head_np(m.start(), len(text))
        x._tokens = whole
        assert x._head_np(m.start(), len(text)) == want, text[m.start() :]
    start = text.index("a senior")
    assert text[slice(*x._head_np(start, len(text)))] == "a senior official"
