"""Boilerplate rules and glued-word repairs, on made-up text and on the seeds."""

import pytest

from analysis.clean import find_boilerplate, find_glued_words, load_rules, readable_text

EXPECTED_REMOVED = {
    "000_ceaf973d6ed21ab9": ["date header", "author note"],
    "001_ff0e59e9999274ec": ["date header", "video prompt", "video prompt", "newsletter promo", "editor credit"],
    "002_0b8b1ce8151e0a78": [],
    "003_c83581e6d6dbe7fc": ["headline banner", "aggregator block"],
    "004_acf5269c8d9a5d96": ["date header"],
}


def test_removed_spans_of_each_seed(seeds):
    assert {aid: [s.reason for s in a.removed] for aid, a in seeds.items()} == EXPECTED_REMOVED


def test_every_removed_span_indexes_raw(seeds):
    for a in seeds.values():
        for s in a.removed:
            assert a.raw[s.start : s.end] == s.text
            if s.reason != "date header":  # the header span includes its spaces
                assert s.text == s.text.strip()


def test_debris_is_gone_from_text_but_kept_in_raw(seeds):
    debris = [
        "To view this video",
        "newsletter",
        "Edited by:",
        "Read more »",
        "Similar News",
        "Latest News, United States Headlines",
        "Jagdish N. Singh is a senior journalist",
        " date 20",
    ]
    for a in seeds.values():
        for d in debris:
            assert d not in a.text, (a.article_id, d)
    joined = "".join(a.raw for a in seeds.values())
    for d in debris:
        assert d in joined


def test_aggregator_block_runs_to_end_of_file(seeds):
    a = seeds["003_c83581e6d6dbe7fc"]
    block = a.boilerplate[-1]
    assert block.text.startswith("Similar News:")
    assert a.raw[block.end :].strip() == ""
    assert a.text.endswith("Capt. Fanell said.")


def test_glued_words_in_seeds(seeds):
    found = {(aid, r.text, r.replacement, r.kind) for aid, a in seeds.items() for r in a.repairs}
    assert found == {
        ("004_acf5269c8d9a5d96", "Gangand", "Gang and", "word join"),
        ("004_acf5269c8d9a5d96", "theThe", "the", "case join"),
        ("004_acf5269c8d9a5d96", "channelsespecially", "channels especially", "word join"),
    }
    text = seeds["004_acf5269c8d9a5d96"].text
    assert "Qin Gang and potentially" in text
    assert "Despite this, the Biden administration" in text
    assert "communication channels especially military" in text
    for r in seeds["004_acf5269c8d9a5d96"].repairs:
        assert seeds["004_acf5269c8d9a5d96"].raw[r.start : r.end] == r.text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("We saw theThe end.", [("theThe", "the")]),
        ("Talks with theChinese side.", [("theChinese", "the Chinese")]),
        ("They met onTuesday.", [("onTuesday", "on Tuesday")]),
        ("The summit endedwithout a deal.", [("endedwithout", "ended without")]),
        ("Kritenbrink spoke. Seligsohn agreed.", []),  # rare names are not split
        ("Blinken met Qin. Blinken left.", []),  # a repeated token is a name
        ("The iPhone and McDonald and YouTube.", []),  # ordinary mixed case
        ("Nothing is wrong here at all.", []),
    ],
)
def test_glued_word_rules(raw, expected):
    assert [(r.text, r.replacement) for r in find_glued_words(raw)] == expected


def test_rules_ignore_text_before_the_header_end():
    raw = " date 2023-01-01 Edited by: someone\nbody"
    assert find_boilerplate(raw, skip_before=17)[0].start == 17


def test_line_rule_matches_whole_line_only_once():
    raw = "Body text.\nWatch: clip To view this video please enable JavaScript, and more\nMore body."
    spans = find_boilerplate(raw)
    assert [(s.reason, s.text) for s in spans] == [
        ("video prompt", "Watch: clip To view this video please enable JavaScript, and more")
    ]
    assert readable_text(raw, spans, []) == "Body text.\n\nMore body."


def test_rules_file_with_unknown_scope_is_rejected(tmp_path):
    bad = tmp_path / "rules.csv"
    bad.write_text("rule_id,reason,scope,pattern,description,seen_in\nx,y,paragraph,foo,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown scope"):
        load_rules(str(bad))


def test_every_rule_is_used_or_documented():
    for rule in load_rules():
        assert rule.reason and rule.pattern.pattern


def _glued_by_patterns(raw, skip=(), skip_before=0):
    """The glued-word rules written plainly with the patterns over the raw text:
    what the faster reading through the word index must agree with."""
    import re
    from collections import Counter

    from analysis.clean import Repair, _best_split, _word_frequencies

    freq, repairs = _word_frequencies(), {}
    inside = lambda pos: any(s.start <= pos < s.end for s in skip)  # noqa: E731
    for m in re.finditer(r"\b([a-z]{2,})([A-Z][a-z]+)\b", raw):
        if m.start() < skip_before or inside(m.start()):
            continue
        left, right = m.groups()
        if freq.get(left.lower()) and freq.get(right.lower()):
            fixed = left if left.lower() == right.lower() else f"{left} {right}"
            repairs[m.start()] = Repair(m.start(), m.end(), m.group(), fixed, "case join")
    long_words = [m for m in re.finditer(r"\b[A-Za-z]{6,}\b", raw) if m.start() >= skip_before]
    counts = Counter(m.group() for m in long_words)
    for m in long_words:
        token = m.group()
        if (
            counts[token] > 1
            or inside(m.start())
            or freq.get(token.lower())
            or any(r.start <= m.start() < r.end for r in repairs.values())
        ):
            continue
        split = _best_split(token)
        if split:
            repairs[m.start()] = Repair(m.start(), m.end(), token, " ".join(split), "word join")
    return sorted(repairs.values())


def test_glued_words_agree_with_the_plain_rules(seeds):
    from analysis.clean import Span

    for a in seeds.values():
        assert find_glued_words(a.raw, a.boilerplate, a.body_start) == _glued_by_patterns(
            a.raw, a.boilerplate, a.body_start
        )
    raw = "Intro Kritenbrink here.\nPROMO Kritenbrink channelsespecially theThe\nThe channelsespecially endsNow."
    promo = raw.index("PROMO")
    for spans in (
        [Span(promo, raw.index("\nThe"), "", "promo")],  # a whole line skipped
        [Span(promo + 2, promo + 9, "", "cut")],  # a span that cuts words
        [],
    ):
        for before in (0, 6, 8):  # 8 cuts "Kritenbrink"
            assert find_glued_words(raw, spans, before) == _glued_by_patterns(raw, spans, before), (spans, before)
