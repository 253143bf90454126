"""Voice (quote, paraphrase, reporter), distancing of labels, and terms counted only for their referent."""

from types import SimpleNamespace

import pytest

from analysis.framing import Voices, hedged, term_mentions
from analysis.profile import load_profile
from analysis.text import fold


def article(text):
    return SimpleNamespace(article_id="a", raw=text, masked=text)


def test_voice_is_quote_paraphrase_or_reporter():
    text = 'Officials said the balloon was a spy craft. "It was a spy balloon," Kirby said. It flew on.'
    quote = text.index('"It was')
    voices = Voices(
        [
            {"kind": "indirect", "start": 0, "end": text.index(' "It was')},
            {"kind": "direct", "start": quote, "end": text.index(" Kirby")},
        ]
    )
    assert voices.at(text.index("spy craft")) == "paraphrase"
    assert voices.at(text.index("spy balloon")) == "quote"
    assert voices.at(text.index("flew")) == "reporter"


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        ("They tracked the alleged spy balloon for days.", "spy balloon", "hedge"),
        ("They tracked the suspected Chinese spy balloon.", "spy balloon", "hedge"),
        ("It shot down what the Pentagon calls a spy balloon.", "spy balloon", "attribution"),
        ("They tracked the so-called spy balloon.", "spy balloon", "so-called"),
        ("They tracked the 'spy balloon' for days.", "spy balloon", "scare quotes"),
        ("They tracked the Chinese spy balloon for days.", "spy balloon", ""),
        ("The alleged plot was foiled, and the next day a spy balloon appeared.", "spy balloon", ""),
    ],
)
def test_a_label_kept_at_a_distance_is_marked(text, label, kind):
    start = text.index(label)
    assert hedged(text, fold(text), start, start + len(label)) == kind


def test_a_term_with_a_referent_counts_only_where_the_referent_is():
    text = (
        "The report revived accusations of espionage against a base in Cuba. "
        "After the balloon was shot down, accusations of espionage flew."
    )
    rows = [r for r in term_mentions(article(text), [], load_profile()) if r["concept"] == "balloon"]
    episode = [r for r in rows if r["term"].startswith("spying / espionage")]
    assert [r["start"] for r in episode] == [text.rindex("accusations of espionage")]
    assert all(r["voice"] == "reporter" and r["hedged"] == "" for r in episode)


def test_articles_are_labelled_by_outlet_and_date():
    import datetime as dt

    from analysis.annotate import short_label, unique_labels

    day = dt.date(2023, 2, 3)
    assert short_label("DW", "unknown", day) == "DW, 3 Feb 2023"
    assert short_label("unknown", "Ann Lee", day) == "Ann Lee, 3 Feb 2023"
    june = (dt.date(2023, 6, 14), dt.date(2023, 6, 25))
    assert short_label("unknown", "unknown", june[0], *june, dated=False) == "unknown outlet, undated (Jun 2023)"
    assert (
        short_label("unknown", "unknown", None, dt.date(2023, 5, 30), june[1], dated=False) == "unknown outlet, undated"
    )
    assert unique_labels(["a", "b", "a"]) == ["a", "b", "a (2)"]


def test_the_codebook_misfires_found_in_review_are_gone():
    from analysis.framing import issue_mentions

    text = (
        "China bought the Russian SU-35 fighter. Artificial intelligence is rising. "
        "Russia's war goes on. The balloon gathered intelligence."
    )
    found = [(r["issue"], r["term"]) for r in issue_mentions(article(text), [], load_profile())]
    assert ("technology", "Artificial intelligence") in found
    assert [t for i, t in found if i == "balloon_espionage"] == ["balloon", "intelligence"]
    assert [t for i, t in found if i == "russia_ukraine"] == ["Russia"]  # the war, not the aircraft
