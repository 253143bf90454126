"""Copies of the same story are found from small signatures, in any order, and recorded as rows."""

import hashlib
import multiprocessing
import pickle
import random
import re

import pandas as pd
import pytest

from analysis import paths
from analysis.duplicates import (
    DUPLICATE_COLUMNS,
    THRESHOLD,
    DuplicateFinder,
    Signature,
    signature,
    similarity,
)

ARTICLES = paths.ROOT / "evaluation" / "articles"
HEADER = re.compile(r"\A date \d{4}-\d{2}-\d{2} ")
AP_COPIES = {"cityam-blinken-postpones-china-trip-ap", "latestly-blinken-postpones-china-trip-ap"}


def sign(article_id: str, data: bytes) -> Signature:
    """Sign a file's bytes as the export would: the text compared is the decoded file without its date header."""
    text = HEADER.sub("", data.decode("utf-8"))
    return signature(article_id, f"{article_id}.txt", hashlib.sha256(data).hexdigest(), text)


def sign_file(path) -> Signature:
    text = HEADER.sub("", path.read_text(encoding="utf-8"))
    return signature(path.stem, path.name, hashlib.sha256(path.read_bytes()).hexdigest(), text)


def rows_of(signatures) -> list[dict]:
    finder = DuplicateFinder()
    for sig in signatures:
        finder.add(sig)
    return finder.rows()


def story(seed: int, n_words: int = 300) -> str:
    """A made-up text of `n_words` words, the same for the same seed."""
    rng = random.Random(seed)
    words = [
        rng.choice("abcdefghijklmnopqrstuvwxyz") * rng.randint(1, 3) + str(rng.randint(0, 999)) for _ in range(n_words)
    ]
    return " ".join(words)


@pytest.fixture(scope="module")
def wire() -> str:
    """A real AP story as one site printed it, header removed."""
    path = ARTICLES / "iola-register-ap-blinken-xi-pledge-stabilize-ties.txt"
    return HEADER.sub("", path.read_text(encoding="utf-8"))


def test_identical_bytes(wire):
    data = f" date 2023-06-19 {wire}".encode()
    rows = rows_of([sign("b", data), sign("a", data), sign("c", b" date 2023-06-19 Something else entirely.")])
    assert [list(r) for r in rows] == [DUPLICATE_COLUMNS] * 2
    assert [(r["cluster_id"], r["article_id"], r["match"], r["similarity"], r["first"]) for r in rows] == [
        (1, "a", "first", 1.0, "a"),
        (1, "b", "same bytes", 1.0, "a"),
    ]
    assert rows[1]["path"] == "b.txt"


def test_same_text_with_another_header_and_trailing_whitespace(wire):
    one = sign("one", f" date 2023-06-19 {wire}".encode())
    other = sign("other", f" date 2023-06-20 {wire}  \n\n".replace("\n\n", "\n \n").encode())
    assert one.sha256 != other.sha256
    rows = rows_of([other, one])
    assert [(r["article_id"], r["match"], r["similarity"]) for r in rows] == [
        ("one", "first", 1.0),
        ("other", "same text", 1.0),
    ]


def test_near_identical_copy_with_another_first_line_and_debris(wire):
    _, rest = wire.split("\n", 1)  # the copy has another first line
    middle = rest.index("\n\n", len(rest) // 2)
    copy = (
        "World News | Monday, 19 June 2023 | Updated 2:05 PM\n"
        + rest[:middle]
        + "\n\nSubscribe to our newsletter for the day's top stories, free"
        + rest[middle:]
    )
    a, b = sign("iola", wire.encode()), sign("wire-copy", copy.encode())
    assert THRESHOLD <= similarity(a, b) < 1
    rows = rows_of([b, a])
    assert [(r["article_id"], r["match"], r["first"]) for r in rows] == [
        ("iola", "first", "iola"),
        ("wire-copy", "near-identical", "iola"),
    ]
    assert rows[1]["similarity"] == round(similarity(a, b), 3)


def test_two_stories_of_the_same_event_are_not_copies():
    # China's account of Xi meeting Blinken, and the US embassy's transcript of the remarks before that
    # meeting: same day, same people, shared quoted words; different texts.
    news = sign_file(ARTICLES / "peoples-daily-xi-meets-blinken.txt")
    remarks = sign_file(ARTICLES / "us-embassy-blinken-xi-remarks-before-meeting.txt")
    assert 0.02 < similarity(news, remarks) < THRESHOLD
    assert rows_of([news, remarks]) == []


def test_copies_are_linked_through_one_another():
    # Windows of 300 words, 80 apart: b shares 57% of its shingles with a and with c; a and c share 30%.
    words = story(7, 500).split()
    a, b, c = (" ".join(words[i : i + 300]) for i in (0, 80, 160))
    sigs = [signature(name, name, name, text) for name, text in (("a", a), ("b", b), ("c", c))]
    assert similarity(sigs[0], sigs[2]) < THRESHOLD
    rows = rows_of(sigs)
    assert {r["cluster_id"] for r in rows} == {1}
    assert [r["match"] for r in rows] == ["first", "near-identical", "near-identical"]
    assert rows[2]["similarity"] < THRESHOLD


def corpus_with_copies() -> list[Signature]:
    """Forty made-up stories, with copies of every kind, some of them chained."""
    sigs = [signature(f"s{i:02d}", f"s{i:02d}.txt", f"bytes{i}", story(i)) for i in range(40)]
    sigs.append(signature("s05-copy", "x/s05.txt", "bytes5", story(5)))
    sigs.append(signature("a-s09-text", "a.txt", "other-bytes", " " + story(9).replace(" ", "\n ") + "\n"))
    sigs.append(signature("s20-edit", "e.txt", "edit", "Teaser line. " + story(20)[40:] + " Share this story."))
    sigs.append(signature("s20-edit-2", "e2.txt", "edit2", "Other teaser. " + story(20)[80:]))
    sigs.append(signature("z-empty", "z.txt", "z", "—"))
    sigs.append(signature("y-empty", "y.txt", "y", "*"))
    return sigs


def test_rows_do_not_depend_on_the_order_of_adds():
    sigs = corpus_with_copies()
    expected = rows_of(sorted(sigs))
    assert [(r["cluster_id"], r["article_id"], r["match"]) for r in expected] == [
        (1, "a-s09-text", "first"),
        (1, "s09", "same text"),
        (2, "s05", "first"),
        (2, "s05-copy", "same bytes"),
        (3, "s20", "first"),
        (3, "s20-edit", "near-identical"),
        (3, "s20-edit-2", "near-identical"),
    ]
    rng = random.Random(0)
    for _ in range(10):
        rng.shuffle(sigs)
        assert rows_of(sigs) == expected


def _sign_all(texts):
    return [signature(name, name, name, text) for name, text in texts]


def test_signatures_are_small_and_the_same_in_a_fresh_process():
    texts = [(f"s{i}", story(i)) for i in range(5)]
    with multiprocessing.get_context("spawn").Pool(1) as pool:  # another interpreter, another str hash seed
        there = pool.apply(_sign_all, (texts,))
    here = _sign_all(texts)
    assert there == here
    assert all(len(pickle.dumps(sig)) < 1024 for sig in here)


def test_an_article_id_added_twice_is_named():
    finder = DuplicateFinder()
    finder.add(signature("a", "one/a.txt", "1", "some text"))
    with pytest.raises(ValueError, match=r"two/a\.txt: article_id 'a' was already added, for one/a\.txt"):
        finder.add(signature("a", "two/a.txt", "2", "other text"))


def test_many_articles_only_the_planted_copies():
    sigs = [signature(f"n{i:04d}", "", f"b{i}", story(1000 + i)) for i in range(2000)]
    for i in range(0, 2000, 400):
        sigs.append(signature(f"n{i:04d}-copy", "", f"c{i}", "By a staff writer. " + story(1000 + i)[30:]))
    rows = rows_of(sigs)
    assert [r["article_id"] for r in rows] == [a for i in range(0, 2000, 400) for a in (f"n{i:04d}", f"n{i:04d}-copy")]


def test_the_evaluation_corpus_holds_one_story_twice():
    sigs = [sign_file(path) for path in sorted(ARTICLES.glob("*.txt"))]
    assert len(sigs) == len(pd.read_csv(ARTICLES / "sources.csv", comment="#")) > 40
    rows = rows_of(sigs)
    for row in rows:
        print(row)
    assert [(r["article_id"], r["match"]) for r in rows] == [
        ("cityam-blinken-postpones-china-trip-ap", "first"),
        ("latestly-blinken-postpones-china-trip-ap", "near-identical"),
    ]
    assert rows[1]["similarity"] >= THRESHOLD
    assert {r["article_id"] for r in rows} == AP_COPIES


def test_a_crowd_sharing_one_passage_is_not_compared_pair_by_pair_but_copies_are_still_found():
    from analysis import duplicates as d

    common = "The ministry said in a statement that the talks were candid and constructive and would go on. "
    texts = [common + " ".join(f"w{i}x{j}" for j in range(60)) for i in range(d.MAX_BAND_GROUP + 50)]
    finder = d.DuplicateFinder()
    for i, text in enumerate(texts):
        finder.add(d.signature(f"a{i:04d}", f"a{i}.txt", f"h{i}", text))
    copy = texts[7].replace("w7x59", "edited")  # one real copy among the crowd
    finder.add(d.signature("zcopy", "z.txt", "hz", copy))
    rows = finder.rows()
    assert {r["article_id"] for r in rows} == {"a0007", "zcopy"}
