"""The benchmark's corpus and export: what it times must be the real work, done right.

(Its speed is printed by `make bench`, not tested here.)
"""

import csv

from analysis import bench


def test_one_core_and_two_workers_write_the_same_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bench.make_corpus(40, corpus, seed=3)
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    annotating, total, one = bench.run(files, tmp_path / "one", workers=1)
    _, _, two = bench.run(files, tmp_path / "two", workers=2)
    assert one == two
    assert 0 < annotating <= total
    for name in bench.TABLES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()

    def rows(name):
        with open(tmp_path / "one" / name, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    articles = rows("articles.csv")
    assert [r["article_id"] for r in articles] == [f"a{i:06d}" for i in range(40)]
    # about a third have no header; most of those are dated by inference, and
    # one the text cannot date is left without a date rather than given one
    undated = [r for r in articles if r["date_source"] != "header"]
    assert 5 < len(undated) < 25
    inferred = [r for r in undated if r["date_source"] == "inferred"]
    assert len(inferred) > len(undated) / 2
    assert all(r["published"] == "" for r in undated if r not in inferred)
    ids = {r["article_id"] for r in articles}
    for name in bench.TABLES:
        assert rows(name) and {r["article_id"] for r in rows(name)} <= ids, name
    # what is written is the package's own annotation of the file
    from analysis.corpus import read_article
    from analysis.quotes import extract_quotes

    a = read_article(files[7])
    written = [r for r in rows("quotes.csv") if r["article_id"] == a.article_id]
    assert [(int(r["start"]), int(r["end"]), r["speaker"] or None) for r in written] == \
        [(q["start"], q["end"], q["speaker"]) for q in extract_quotes(a)]


def test_synthetic_articles_are_made_of_seed_paragraphs(tmp_path):
    bench.make_corpus(5, tmp_path)
    paragraphs = set(bench._paragraphs())
    for i, path in enumerate(sorted(tmp_path.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        if text.startswith(" date "):
            text = text[len(" date 2023-01-01 "):]
        *body, ref, end = text.split("\n")
        assert (ref, end) == (f"Ref {i}.", "")
        assert 3 <= len(body) <= 8 and set(body) <= paragraphs
