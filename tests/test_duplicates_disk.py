"""The duplicate finder keeps what it needs of each article in files, not in memory, and lists the same
clusters as the in-memory finder it replaced; signatures are computed in one numpy pass, to the same bytes."""

import gc
import hashlib
import os
import random
import tracemalloc

import pytest
from previous_duplicates import PreviousFinder

from analysis import duplicates as d
from analysis.duplicates import DuplicateFinder, Signature, signature
from analysis.export import Todo, items


def made_up(rng: random.Random, n_words: int) -> str:
    return " ".join(
        rng.choice("bcdfgklmnprst") + rng.choice("aeiou") + str(rng.randint(0, 9999)) for _ in range(n_words)
    )


def corpus(seed: int, n: int) -> list[Signature]:
    """n made-up articles, about one in four a copy of an earlier one: same bytes, same text with other
    whitespace, a word or a line changed, cut short, a teaser in front, a copy of a copy; a few without words."""
    rng = random.Random(seed)
    texts, sigs = [], []
    for i in range(n):
        kind = rng.random()
        if texts and kind < 0.25:
            source = rng.choice(texts)
            how = rng.randrange(6)
            if how == 0:
                text, raw = source[0], source[1]  # same bytes
            elif how == 1:
                text, raw = "  " + source[0].replace(" ", "\n ", 3) + "\n", f"ws{i}"
            elif how == 2:
                words = source[0].split()
                words[rng.randrange(len(words))] = "changed"
                text, raw = " ".join(words), f"edit{i}"
            elif how == 3:
                words = source[0].split()
                text, raw = " ".join(words[: int(len(words) * rng.uniform(0.4, 0.9))]), f"cut{i}"
            elif how == 4:
                text, raw = "Read more: a teaser line. " + source[0], f"teaser{i}"
            else:
                words = source[0].split()
                text, raw = " ".join(words[len(words) // 3 :] + words[: len(words) // 3]), f"turn{i}"
        elif kind < 0.27:
            text, raw = rng.choice(["—", "* * *", ""]), f"empty{i}"
        else:
            text, raw = made_up(rng, rng.randint(3, 300)), f"new{i}"
        if len(text.split()) >= 3:
            texts.append((text, raw))
        article_id = f"{rng.choice('abc')}{i:05d}"
        sigs.append(signature(article_id, f"folder/{article_id}.txt", hashlib.sha256(raw.encode()).hexdigest(), text))
    return sigs


def rows_of(finder_class, sigs) -> list[dict]:
    finder = finder_class()
    for sig in sigs:
        finder.add(sig)
    return finder.rows()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_rows_as_the_in_memory_finder(seed):
    sigs = corpus(seed, 1500)
    expected = rows_of(PreviousFinder, sigs)
    assert len(expected) > 300
    assert {r["match"] for r in expected} == {"first", "same bytes", "same text", "near-identical"}
    assert rows_of(DuplicateFinder, sigs) == expected
    random.Random(seed).shuffle(sigs)
    assert rows_of(DuplicateFinder, sigs) == expected


def test_the_same_rows_with_a_crowd_sharing_one_passage():
    common = "the ministry said in a statement that the talks were candid and constructive and would go on "
    rng = random.Random(5)
    texts = [common + made_up(rng, 60) for i in range(d.MAX_BAND_GROUP + 40)]
    sigs = [signature(f"c{i:04d}", f"c{i}", f"c{i}", text) for i, text in enumerate(texts)]
    sigs += [signature(f"t{i:04d}", f"t{i}", f"t{i}", common) for i in range(300)]  # one text, many times
    sigs.append(signature("zcopy", "z", "z", texts[7].rsplit(" ", 1)[0] + " changed"))  # a copy in the crowd
    sigs.append(signature("zedit", "z2", "z2", "Teaser. " + common))
    expected = rows_of(PreviousFinder, sigs)
    assert rows_of(DuplicateFinder, sigs) == expected
    assert [r["article_id"] for r in expected if r["match"] == "same text"][:2] == ["t0001", "t0002"]


def test_rows_can_be_asked_twice_and_more_articles_added_in_between():
    sigs = corpus(4, 400)
    finder = DuplicateFinder()
    for sig in sigs[:200]:
        finder.add(sig)
    assert finder.rows() == finder.rows() == rows_of(PreviousFinder, sigs[:200])
    for sig in sigs[200:]:
        finder.add(sig)
    assert finder.rows() == rows_of(PreviousFinder, sigs)
    assert len(finder) == 400


def synthetic(i: int) -> Signature:
    """A signature without computing one: a random sketch, long id and path."""
    rng = random.Random(i)
    return Signature(
        f"some-outlet-some-story-about-something-{i:08d}",
        f"corpus/some-outlet/2023/06/some-outlet-some-story-about-something-{i:08d}.html",
        f"{rng.getrandbits(256):064x}",
        f"{rng.getrandbits(256):064x}",
        rng.randbytes(d.NUM_PERM * 4),
    )


def held(n: int) -> tuple[int, int]:
    """(the finder's own count of bytes in memory, bytes allocated by the adds and not freed) after n adds."""
    sigs = [synthetic(i) for i in range(n)]
    gc.collect()
    tracemalloc.start()
    try:
        finder = DuplicateFinder()
        for sig in sigs:
            finder.add(sig)
        gc.collect()
        allocated = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    size = finder.memory()
    finder.close()
    return size, allocated


def test_memory_does_not_grow_with_the_articles():
    small, small_allocated = held(2_000)
    large, large_allocated = held(20_000)
    # the in-memory finder held about 850 bytes an article; this one an index of the ids' 8-byte hashes
    # (16 bytes an article) and buffers of a fixed size
    assert (large - small) / 18_000 <= 20
    assert (large_allocated - small_allocated) / 18_000 <= 40
    assert large_allocated < 2_000_000


def test_an_id_added_twice_is_named_long_after_the_first():
    finder = DuplicateFinder()
    for i in range(3 * d._IdIndex.PENDING + 5):
        finder.add(signature(f"id{i}", f"one/{i}.txt", str(i), f"text {i}"))
    for i in (0, 5, 2 * d._IdIndex.PENDING + 1, 3 * d._IdIndex.PENDING + 4):
        with pytest.raises(ValueError, match=rf"two/{i}\.txt: article_id 'id{i}' was already added, for one/{i}\.txt"):
            finder.add(signature(f"id{i}", f"two/{i}.txt", "x", "other"))
    assert len(finder) == 3 * d._IdIndex.PENDING + 5


def test_ids_and_paths_come_back_as_they_were_given():
    odd = ["ü-é", "tab\there", "new\nline", "emoji-🙂", "surrogate-\udcff"]
    sigs = [signature(x, f"dir/{x}.txt", "same", "the same words in every one of these") for x in odd]
    rows = rows_of(DuplicateFinder, sigs)
    assert sorted((r["article_id"], r["path"]) for r in rows) == sorted((x, f"dir/{x}.txt") for x in odd)


def test_the_files_are_removed_on_close_and_when_the_finder_is_dropped(tmp_path):
    with DuplicateFinder(tmp_path) as finder:
        finder.add(signature("a", "a", "a", "some words"))
        assert len(os.listdir(tmp_path)) == 1
    assert os.listdir(tmp_path) == []
    finder = DuplicateFinder(tmp_path)
    finder.add(signature("a", "a", "a", "some words"))
    del finder
    gc.collect()
    assert os.listdir(tmp_path) == []
    assert DuplicateFinder(tmp_path).rows() == []
    assert os.listdir(tmp_path) == []


# --- the signature, in one numpy pass -------------------------------------------------------------------

TEXTS = [
    "",
    "—",
    "one",
    "two words",
    "exactly five words in here",
    "The U.S. and China's envoys met; they didn’t agree on much, the spokesperson said.",
    "snake_case words_with under_scores and 3.5 percent, 1,000 people",
    "Ünïcode wörds: ça va très bien, naïve café, Straße, ΣΊΣΥΦΟΣ, 東京 and 北京 talks",
    "tabs\tand\nnew lines\u00a0and non-breaking\u2009thin spaces between words here",
    "emoji 🙂 between words 🙂 more words after it and then some",
]


def test_the_kept_permutations_are_the_ones_datasketch_draws():
    """resources/minhash_permutations.csv holds what datasketch draws for the MinHash's parameters, so
    the export's sketches need not import datasketch."""
    import numpy as np
    from datasketch import MinHash

    a, b = d._permutations()
    drawn = MinHash(num_perm=d.NUM_PERM, seed=d.SEED, scheme=d.SCHEME).permutations
    assert a.dtype == drawn[0].dtype and np.array_equal(a, drawn[0]) and np.array_equal(b, drawn[1])


@pytest.mark.parametrize("text", TEXTS + [made_up(random.Random(i), n) for i, n in enumerate((4, 5, 6, 50, 900))])
def test_the_fast_signature_is_the_one_datasketch_computes(text):
    assert signature("a", "p", "h", text) == d._datasketch_signature("a", "p", "h", text)


def test_the_shingle_hashes_are_the_crc_of_each_shingle():
    import zlib

    for text in TEXTS:
        assert d._shingle_hashes(text) == [zlib.crc32(g.encode("utf-8")) for g in d.shingles(text)]


# --- the export's list of items ---------------------------------------------------------------------------


def test_the_items_of_a_folder_are_packed_and_come_back_in_order(tmp_path):
    for name in ("b.txt", "a.html", "c d.txt", "é.txt", "skip.csv"):
        (tmp_path / name).write_text("Some words.", encoding="utf-8")
    todo = Todo(items(tmp_path))
    assert list(todo) == list(items(tmp_path))
    assert len(todo) == 4 and todo.others == []
    assert [len(c) for c in todo.chunks(3)] == [3, 1]
    assert [x for c in todo.chunks(3) for x in c] == list(todo)


def test_the_items_of_a_records_file_are_kept_as_they_are(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": "a", "text": "Some words."}\nnot json\n', encoding="utf-8")
    todo = Todo(items(path))
    assert [x[0] for x in todo] == [x[0] for x in items(path)]
    assert len(todo) == 2


def test_rows_come_one_at_a_time_in_the_order_of_the_list():
    sigs = corpus(6, 600)
    finder = DuplicateFinder()
    for sig in sigs:
        finder.add(sig)
    stream = finder.iter_rows()
    assert next(stream) == rows_of(PreviousFinder, sigs)[0]
    assert [next(stream), *stream] == rows_of(PreviousFinder, sigs)[1:]
