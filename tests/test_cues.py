"""Literal cues of the profiles' word patterns (the `cues` columns): a pattern is searched only in an article
where one of its cues occurs, so every match of a pattern must contain one of them."""

import re
import shutil
from functools import cache

import pytest

from analysis import paths
from analysis.chronology import Event, event_mentions
from analysis.corpus import read_corpus
from analysis.errors import ProfileError
from analysis.framing import issue_mentions, term_mentions
from analysis.profile import load_profile
from analysis.text import Cues, first_word, fold, sentence_spans, words

PROFILES = sorted(p for p in paths.EVENTS.iterdir() if (p / "event.toml").is_file())


@cache
def texts(profile_folder) -> tuple[str, ...]:
    """The masked texts of the seeds, the evaluation corpus and the profile's own articles."""
    folders = [paths.SEEDS, paths.ROOT / "evaluation" / "articles", load_profile(profile_folder).corpus]
    profile = load_profile(profile_folder)
    return tuple(a.masked for folder in folders if folder.is_dir() for a in read_corpus(folder, profile))


@pytest.mark.parametrize("folder", PROFILES, ids=lambda f: f.name)
def test_every_match_of_a_pattern_with_cues_holds_one_of_its_cues(folder):
    profile = load_profile(folder)
    patterns = [p for *_, p in profile.codebook] + [p for _, _, p, _ in profile.terms]
    assert all(p.pattern in profile.cues.cues for p in patterns)  # both profiles give every pattern its cues
    wrong, matched = [], set()
    for text in texts(folder):
        folded = fold(text)
        for p in patterns:
            for m in words(p, folded):
                matched.add(p.pattern)
                if not any(c in m.group() for c in profile.cues.cues[p.pattern]):
                    wrong.append(f"{p.pattern!r} matches {m.group()!r}")
                if p.pattern in profile.cues.opening and not m.group().startswith(tuple(profile.cues.cues[p.pattern])):
                    wrong.append(f"{p.pattern!r} matches {m.group()!r}, which opens with none of its cues")
        for ss, se in sentence_spans(text):
            for ev in profile.events:
                assert ev.cues is not None, ev.event_id
                if ev.cue_any is not None:
                    for m in words(ev.cue_any, folded, ss, se):
                        matched.add(ev.event_id)
                        if not any(c in m.group() for c in ev.cues):
                            wrong.append(f"{ev.event_id}: cue_any matches {m.group()!r}")
                if ev.cue_all and all(first_word(p, folded, ss, se) for p in ev.cue_all):
                    matched.add(ev.event_id)
                    if not any(c in folded[ss:se] for c in ev.cues):
                        wrong.append(f"{ev.event_id}: cue_all finds {folded[ss:se]!r}")
    assert not wrong, "\n".join(sorted(set(wrong)))
    assert len(matched) > 40  # the check saw most patterns at work
    assert len(profile.cues.opening) > 20  # most patterns open with one of their cues


def test_one_pass_finds_the_cues_anywhere_in_the_text_and_a_key_without_cues_may_always_match():
    cues = Cues({"a": ["harbour"], "b": ["ferry", "port authority"]})
    text = fold("The Harbourmaster spoke to the Port Authority.")
    assert cues.found(text) == {"harbour", "port authority"}  # inside a longer word too
    assert cues.may_match("a", cues.found(text)) and cues.may_match("b", cues.found(text))
    assert not cues.may_match("b", cues.found(fold("The harbour was calm.")))
    assert cues.may_match("no cues given", frozenset())
    assert Cues({}).may_match("x", Cues({}).found("anything"))


FERRY = {"concept": "harbour", "term": "ferry crossing", "pattern": r"ferr(?:y|ies) crossings?\b", "requires": ""}


def made_up_profile(tmp_path, cues: str | None, opens: str | None = None):
    """The first profile with one more term, its terms.csv given a cues column (`cues` the new row's) or
    none (cues None), and with `opens` an opens column (`opens` the new row's)."""
    import csv

    from analysis.profile import read_table

    folder = tmp_path / "profile"
    shutil.copytree(PROFILES[0], folder, ignore=shutil.ignore_patterns("articles"))
    rows = [{k: v for k, v in r.items() if k != "_line"} for r in read_table(PROFILES[0] / "terms.csv")]
    rows.append({**FERRY, "cues": cues, "opens": opens})
    columns = ["concept", "term", "pattern", "requires"] + (["cues"] if cues is not None else [])
    columns += ["opens"] if opens is not None else []
    with open(folder / "terms.csv", "w", encoding="utf-8", newline="") as f:
        f.write("# terms\n")
        writer = csv.DictWriter(f, columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return load_profile(folder)


class Article:
    article_id = "a"

    def __init__(self, text):
        self.raw = self.masked = text


def test_a_pattern_is_searched_only_where_one_of_its_cues_occurs(tmp_path):
    text = "The ferry crossing was closed. Two ferries crossing the bay turned back."
    right = made_up_profile(tmp_path / "right", "ferr")
    assert [r["text"] for r in term_mentions(Article(text), [], right) if r["concept"] == "harbour"] == [
        "ferry crossing",
        "ferries crossing",
    ]
    # a cue the text does not hold: the pattern is not searched (so a wrong cue list loses matches)
    wrong = made_up_profile(tmp_path / "wrong", "hovercraft")
    assert [r for r in term_mentions(Article(text), [], wrong) if r["concept"] == "harbour"] == []
    # a profile written without the column: the pattern is always searched
    old = made_up_profile(tmp_path / "old", None)
    assert [r["text"] for r in term_mentions(Article(text), [], old) if r["concept"] == "harbour"] == [
        "ferry crossing",
        "ferries crossing",
    ]
    assert old.cues.may_match(old.terms[-1][2].pattern, frozenset())
    # a row that leaves the column empty (a term added without cues): that pattern is always searched
    blank = made_up_profile(tmp_path / "blank", "")
    assert [r["text"] for r in term_mentions(Article(text), [], blank) if r["concept"] == "harbour"] == [
        "ferry crossing",
        "ferries crossing",
    ]


def test_a_pattern_that_opens_with_one_of_its_cues_is_matched_only_where_one_begins(tmp_path):
    text = "The ferry crossing was closed. Two ferries crossing the bay turned back; a ferryman crossing."
    right = made_up_profile(tmp_path / "right", "ferr", "yes")
    assert FERRY["pattern"] in right.cues.opening
    assert [r["text"] for r in term_mentions(Article(text), [], right) if r["concept"] == "harbour"] == [
        "ferry crossing",
        "ferries crossing",
    ]
    # a cue every match holds but that none opens ("crossing"): read as opening, the pattern is tried only
    # where it begins and finds nothing there (so the opens column must be true of the cues)
    late = made_up_profile(tmp_path / "late", "crossing", "yes")
    assert [r for r in term_mentions(Article(text), [], late) if r["concept"] == "harbour"] == []
    searched = made_up_profile(tmp_path / "searched", "crossing", "")
    assert [r["text"] for r in term_mentions(Article(text), [], searched) if r["concept"] == "harbour"] == [
        "ferry crossing",
        "ferries crossing",
    ]
    with pytest.raises(ProfileError, match=r"terms.csv, line \d+, column opens"):
        made_up_profile(tmp_path / "no cues", "", "yes")
    with pytest.raises(ProfileError, match=r"terms.csv, line \d+, column opens"):
        made_up_profile(tmp_path / "bad", "ferr", "maybe")


@pytest.mark.parametrize(
    "text",
    ["The port's ferry, the ferries and a ferryman; ferry ferry.", "xferry ferr ferry-boat", "", "ferries"],
)
def test_words_at_the_starts_of_every_match_are_the_words_a_search_finds(text):
    from analysis.text import words_at

    pattern = re.compile(r"ferr(?:y|ies)(?:man)?|y\b")
    folded = fold(text)
    starts = [k for k in range(len(folded)) if folded.startswith(("ferr", "y"), k)]
    assert [m.span() for m in words_at(pattern, folded, starts)] == [m.span() for m in words(pattern, folded)]


@pytest.mark.parametrize("cues, message", [("ferry||crossing", "an empty cue"), ("Ferry", "write cues in lower case")])
def test_a_bad_cue_is_named_by_file_line_and_column(tmp_path, cues, message):
    with pytest.raises(ProfileError, match=rf"terms.csv, line \d+, column cues: {message}"):
        made_up_profile(tmp_path, cues)


def issues_profile(tmp_path, cues: str):
    folder = tmp_path / "profile"
    shutil.copytree(PROFILES[0], folder, ignore=shutil.ignore_patterns("articles"))
    (folder / "issues.csv").write_text(
        f"# issues\nissue,label,definition,terms,cues\nports,Ports,ports,harbou?rs?\\b,{cues}\n", encoding="utf-8"
    )
    return load_profile(folder)


def test_issue_terms_are_gated_by_their_cues(tmp_path):
    text = "Two harbors and a harbour."
    assert [m["term"] for m in issue_mentions(Article(text), [], issues_profile(tmp_path / "i1", "harbo"))] == [
        "harbors",
        "harbour",
    ]
    assert issue_mentions(Article(text), [], issues_profile(tmp_path / "i2", "quay")) == []


def test_an_event_is_looked_for_only_where_one_of_its_cues_occurs():
    import datetime as dt
    import re

    def ferry(cues):
        return Event(
            "ferry",
            dt.date(2030, 3, 4),
            dt.date(2030, 3, 4),
            "ferry",
            "test",
            "both",
            re.compile(r"capsized\b"),
            (re.compile(r"ferry\b"), re.compile(r"sank\b")),
            None,
            cues,
        )

    text = "The ferry capsized on Monday. A ferry sank."
    found = [(m.start, m.end) for m in event_mentions(text, (ferry(frozenset({"capsized", "sank"})),))]
    assert found == [(10, 18), (30, 43)]
    assert event_mentions(text, (ferry(None),))[0].start == 10  # no cues: always looked for
    assert event_mentions(text, (ferry(frozenset({"sunk"})),)) == []


def test_every_match_of_a_modality_exclusion_row_holds_one_of_its_cues():
    """The rows of modality_exclusions.csv with cues are searched only in an article that holds one of
    them, and those marked `opens` are tried only where one of them begins: on the seeds, the evaluation
    corpus and made-up sentences that each row matches, each match of such a row holds one (case aside),
    and each match of a row marked `opens` begins with one."""
    from analysis import expectations
    from analysis.profile import read_cues, read_table

    path = paths.RESOURCES / "modality_exclusions.csv"
    rows = [(r["pattern"], read_cues(path, r), r["opens"] == "yes") for r in read_table(path, ("pattern", "cues"))]
    gated = {source: (cues, opens) for source, cues, opens in rows if cues is not None}
    assert len(gated) >= 10  # the rare phrases are gated
    assert sum(opens for _, opens in gated.values()) >= 20  # and the rows of common words open with one
    made_up = [
        "Needless to say, the bridge held. Be that as it may, the port stays shut. We will walk if need be.",
        "If you'll allow me, I will add one thing. A would-be buyer walked away. He'd gone home; she’d left.",
        "The storm is to blame for the delay. The union's efforts to raise pay stalled. She was asked about it.",
        "Travel plans to Ruritania were shelved. The council is going forward with the plan.",
        "The mayor spoke about the budget and [...]\nIt should come as no surprise that prices rose.",
        "The minister had played down expectations for a deal. This story is developing and will be updated.",
        "As predicted, the talks stalled. She was heading to the airport when it rang.",
        "The crews pressed on to the coast.",
        "It was the will of the council, an act of political will, met with the full might of the navy.",
        "In the interest of time, I want to be brief. The mayor could not be reached for comment.",
        "The ferry would have sailed. As you may remember, I'd like to thank the crew.",
        "The pier had been expected to open; it certainly was late. The fund was aimed at schools.",
        "Soon afterwards the bridge shut. They do not seek to rule. He waited until the tide could turn.",
        "We need to stress that. It is likely for rain. The port met all expectations.",
        "They asked whether the crew had left. Both sides discussed the possibility of a deal.",
        "They reviewed efforts to reopen it, despite calls for calm. Whether they be in Lima or Quito, fine.",
        "Efforts to reform it have failed. As the two sides work towards a deal, in as much detail as possible.",
        "A balloon moving over the coast and potentially monitoring bases. What would they do if they were us?",
    ]
    corpus = [*texts(load_profile().folder), *made_up]
    wrong, matched = [], set()
    for source, (cues, opens) in gated.items():
        pattern = expectations._exclusion_pattern([source])
        for text in corpus:
            for m in pattern.finditer(text):
                matched.add(source)
                if not any(c in fold(m.group()) for c in cues):
                    wrong.append(f"{source!r} matches {m.group()!r}")
                if opens and not fold(m.group()).startswith(tuple(cues)):
                    wrong.append(f"{source!r} matches {m.group()!r}, which opens with none of its cues")
    assert not wrong, "\n".join(sorted(set(wrong)))
    assert matched == set(gated)  # the check saw every gated row at work


def test_every_match_of_a_future_construction_with_cues_holds_one_of_its_cues():
    """The constructions of future_constructions.csv with cues are searched only in a sentence that holds
    one of them: on the seeds, the evaluation corpus and made-up sentences that each such construction
    matches, each of its matches holds one (case aside)."""
    from analysis import expectations

    gate = expectations._construction_cues()
    gated = [(p, h.term) for p, h in expectations._constructions() if h.term in gate.cues]
    assert len(gated) >= 5  # all but the headline's infinitive, whose words are common ones
    made_up = [
        "The ferry crews are sailing to the islands on Friday. They are holding a vote next week.",
        "Harbour Board Eyes New Pier\nCouncil Mulls Fare Rise\nMayor Seeking Calm",
        "The mayor is on a trip to mend ties with the port. A push by the unions to ease tensions failed.",
        "The crash prompted widespread calls to ground the fleet.",
        "Mayor Says Visit Aimed at Easing Tensions\nKey Demands: a pier and a bridge",
        "The crews are striking on Jan. 5, and it's raining later today.",
    ]
    corpus = [*texts(load_profile().folder), *made_up]
    wrong, matched = [], set()
    for pattern, name in gated:
        for text in corpus:
            for m in pattern.finditer(text):
                matched.add(name)
                if not any(c in fold(m.group()) for c in gate.cues[name]):
                    wrong.append(f"{name!r} matches {m.group()!r}")
    assert not wrong, "\n".join(sorted(set(wrong)))
    assert matched == {name for _, name in gated}  # the check saw every gated construction at work


def test_a_future_construction_is_not_searched_in_a_sentence_without_its_cues(monkeypatch):
    from analysis import expectations

    sentence = "The ferry crews are sailing to the islands on Friday."
    assert [h.hedge.term for h in expectations._hedges_in(sentence, 0, len(sentence), [])] == [
        "progressive with a time to come"
    ]
    elsewhere = Cues({"progressive with a time to come": frozenset({"saturday"})})
    monkeypatch.setattr(expectations, "_construction_cues", lambda: elsewhere)
    assert expectations._hedges_in(sentence, 0, len(sentence), []) == []
    text = "The ferry crews are sailing to the islands on Friday. Not on Saturday."  # the cue is in another sentence
    assert expectations._hedges_in(text, 0, text.index(" Not"), []) == []
    curly = "The ferry crews are sailing to Tórshavn on Friday."  # a letter with case outside ASCII: searched
    assert expectations._hedges_in(curly, 0, len(curly), [])


def test_places_gives_every_occurrence_of_a_cue_by_start_overlapping_ones_too():
    cues = Cues({"a": frozenset({"ferry", "sank"}), "b": frozenset({"ferry sank", "rys"})})
    assert list(cues.places(fold("The Ferry sank; ferrys"))) == [
        (4, 9, "ferry"),
        (4, 14, "ferry sank"),
        (10, 14, "sank"),
        (16, 21, "ferry"),
        (19, 22, "rys"),
    ]
    assert cues.found(fold("The Ferry sank; ferrys")) == {"ferry", "ferry sank", "sank", "rys"}
    assert cues.places("no cue here") == () and cues.found("no cue here") == frozenset()
    assert Cues({}).places("ferry") == ()


def test_the_topics_of_a_sentence_are_those_its_issue_patterns_find_in_it():
    """`_topics` looks for an issue only in a sentence that holds one of its cues: on every sentence of
    the seeds and the evaluation corpus it finds what searching every issue's pattern finds."""
    from analysis.expectations import _sentences, _topics, load_topics
    from analysis.quotes import quote_spans
    from analysis.text import search_i

    profile = load_profile()
    checked = 0
    for text in texts(profile.folder):
        folded = fold(text)
        for s, e in _sentences(text, quote_spans(text)):
            want = [issue for issue, _, _, p in profile.codebook if first_word(p, folded, s, e)]
            want = want or [topic for topic, p in load_topics(profile) if search_i(p, text, s, e)][:1]
            assert _topics(text, s, e, profile) == want, text[s:e]
            checked += 1
    assert checked > 1000


def test_found_in_gives_the_cues_that_lie_inside_a_part_of_the_text():
    cues = Cues({"a": frozenset({"ferry", "sank"}), "b": frozenset({"ferry sank"})})
    folded = fold("The Ferry sank; a ferry")
    assert cues.found_in(folded, 0, len(folded)) == {"ferry", "sank", "ferry sank"}
    assert cues.found_in(folded, 4, 13) == {"ferry"}  # "sank" reaches past the end
    assert cues.found_in(folded, 5, 14) == {"sank"}  # "ferry" starts before the start
    assert cues.found_in(folded, 14, 18) == set()


def test_every_match_of_a_distancing_device_holds_one_of_its_cues():
    """A distancing device (resources/distancing.csv) is searched before a label only where one of its
    cues lies in the words searched: on the seeds, the evaluation corpus and made-up sentences, each
    match holds one; `hedged` finds what searching every device finds."""
    from analysis import framing

    made_up = [
        "The alleged spy left. A suspected leak, the purported plan, his supposedly secret trip.",
        "What some officials call a crisis; the so-called deal; the so called truce; a claimed win.",
        "What the mayor describes as a reform, dubbed a success, labelled as a failure, labeled a hoax.",
        "An apparent shift, a possible deal, the presumed winner, apparently a truce, allegedly a bribe.",
    ]
    gate = framing._distancing_cues()
    assert set(gate.cues) == {kind for kind, _ in framing.load_distancing()}
    profile = load_profile()
    wrong, matched, labels = [], set(), 0
    for text in [*texts(profile.folder), *made_up]:
        folded = fold(text)
        for kind, pattern in framing.load_distancing():
            for m in words(pattern, folded):
                matched.add(kind)
                if not any(c in m.group() for c in gate.cues[kind]):
                    wrong.append(f"{kind}: {m.group()!r}")
        for m in re.finditer(r"\b[a-z]+\b", folded):  # every word as a label
            window = max(0, m.start() - framing.DISTANCE)
            want = next(
                (
                    k
                    for k, p in framing.load_distancing()
                    for d in words(p, folded, window, m.start())
                    if len(folded[d.end() : m.start()].split()) <= 2
                ),
                "",
            )
            got = framing.hedged(text, folded, m.start(), m.end())
            assert got == want or got == "scare quotes", (text[window : m.end()], got, want)
            labels += bool(want)
    assert not wrong, "\n".join(sorted(set(wrong)))
    assert matched == set(gate.cues) and labels > 50


@pytest.mark.parametrize("folder", PROFILES, ids=lambda f: f.name)
def test_the_sentences_holding_a_cue_hold_every_mention_the_patterns_find(folder):
    """Mentions are looked for only in the sentences that hold one of their group's cues: there, the events'
    patterns find the same mentions as in the sentences a search over the whole text points to."""
    from analysis.chronology import _cue_groups, _literal_cues, _may_mention, _sentences_holding_cues

    events = load_profile(folder).events
    literal = _literal_cues(events)
    compared = 0
    for text in texts(folder):
        folded = fold(text)
        sentences = sentence_spans(text)
        starts = [s for s, _ in sentences]
        holding = _sentences_holding_cues(literal, folded, sentences, starts)
        searched: dict = {}
        for i, group in enumerate(_cue_groups(events)):
            if i not in literal.cues:
                continue
            pointed = _may_mention(group[0], folded, sentences, starts, searched)
            by_patterns = {k for k in pointed if group[0].find(folded, *sentences[k])}
            held = {k for c in literal.cues[i] for k in holding.get(c, ())}
            assert {k for k in held if group[0].find(folded, *sentences[k])} == by_patterns, group[0].event_id
            compared += len(by_patterns)
    assert compared > 100  # the check saw many mentions
