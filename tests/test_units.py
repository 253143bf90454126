"""Statements and sources are counted apart from spans."""

import pandas as pd

from analysis.units import sources, statements


def quotes(rows):
    cols = ["article_id", "start", "end", "kind", "speaker", "speaker_group", "speaker_kind"]
    return pd.DataFrame(rows, columns=cols)


def test_a_partial_quote_inside_the_same_speakers_indirect_speech_is_one_statement():
    q = quotes(
        [
            ("a", 0, 80, "indirect", "Ann Lee", "US government", "person"),
            ("a", 30, 50, "partial", "Ann Lee", "US government", "person"),  # nested: same act of speech
            ("a", 90, 120, "direct", "Ann Lee", "US government", "person"),  # a second statement
            ("a", 40, 45, "partial", "Bo Chen", "Chinese government", "person"),  # another speaker's words
            ("a", 130, 150, "direct", None, None, None),  # unattributed: a statement with no source
            ("b", 0, 10, "direct", "ann lee", "US government", "person"),  # another article: another source
        ]
    )
    s = statements(q)
    assert len(s) == 5
    first = s.iloc[0]
    assert (first.start, first.end, first.spans, first.voice) == (0, 80, 2, "quote")
    assert list(s[s.article_id == "a"].speaker.fillna("-")) == ["Ann Lee", "Bo Chen", "Ann Lee", "-"]
    src = sources(q)
    assert sorted(zip(src.article_id, src.speaker, src.statements, src.spans)) == [
        ("a", "Ann Lee", 2, 3),
        ("a", "Bo Chen", 1, 1),
        ("b", "ann lee", 1, 1),
    ]


def test_indirect_speech_alone_is_paraphrase_and_two_unattributed_quotes_stay_two():
    q = quotes(
        [
            ("a", 0, 30, "indirect", "The ministry", "Chinese government", "institution"),
            ("a", 40, 60, "direct", None, None, None),
            ("a", 50, 70, "direct", None, None, None),
        ]
    )
    s = statements(q)
    assert list(s.voice) == ["paraphrase", "quote", "quote"]
