"""The cues of every `text.Cues` are found in one pass over a text (`text._CueScan`): each keeps the
occurrences of its own cues, those its cues alone give."""

from analysis.text import Cues


def _occurrences(cues: set[str], text: str) -> list[tuple[int, int, str]]:
    """(start, end, cue) of every occurrence of each cue, overlapping ones too, by brute force."""
    found = []
    for c in cues:
        at = text.find(c)
        while at >= 0:
            found.append((at, at + len(c), c))
            at = text.find(c, at + 1)
    return sorted(found)


def test_readers_sharing_a_text_each_see_their_own_cues():
    harbour = Cues({"a": ["harbour", "ferry"], "b": ["port authority", "port"]})
    ferry = Cues({"x": ["ferry", "ferry sank"], "y": ["sank"]})
    empty = Cues({})
    text = "the ferry sank in the harbour; the port authority said the ferry sank at the port."
    for reader, vocabulary in (
        (harbour, {"harbour", "ferry", "port authority", "port"}),
        (ferry, {"ferry", "ferry sank", "sank"}),
    ):
        assert reader.places(text) == tuple(_occurrences(vocabulary, text))
        assert reader.found(text) == frozenset(c for *_, c in _occurrences(vocabulary, text))
    assert empty.found(text) == frozenset() and empty.places(text) == ()
    assert ferry.found("no boats here") == frozenset()
    assert harbour.found(text) == {"harbour", "ferry", "port authority", "port"}


def test_a_reader_made_later_is_read_too():
    first = Cues({"a": ["summit"]})
    assert first.found("the summit and the talks") == {"summit"}
    later = Cues({"b": ["talks"]})
    assert later.found("the summit and the talks") == {"talks"}
    assert first.found("talks, then a summit") == {"summit"}
    assert later.starts("b", "talks, then talks") == [0, 12]


def test_readers_of_different_texts_in_turn():
    a, b = Cues({"k": ["visit"]}), Cues({"k": ["trip"]})
    for _ in range(2):
        assert a.found("a visit and a trip") == {"visit"}
        assert b.found("another trip") == {"trip"}
        assert a.found("another trip") == frozenset()


def test_a_copy_made_by_pickling_reads_its_cues():
    import pickle

    original = Cues({"k": ["envoy"]})
    copy = pickle.loads(pickle.dumps(original))
    assert copy.found("the envoy arrived") == {"envoy"}
    assert original.found("the envoy arrived") == {"envoy"}
