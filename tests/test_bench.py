"""The benchmark's corpus and export: what it times must be the real work, done right.

(Its speed is printed by `make bench`, not tested here.)
"""

import csv

from analysis import bench


def test_the_benchmark_times_the_export_and_its_runs_agree(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bench.make_corpus(40, corpus, seed=3)
    seconds, one = bench.run(corpus, tmp_path / "one", workers=1)
    _, two = bench.run(corpus, tmp_path / "two", workers=2)
    assert seconds > 0 and one == two
    # what the benchmark writes is exactly what the command line exports
    from analysis.export import export

    export(corpus, tmp_path / "cli")
    assert bench.digest(tmp_path / "cli") == one

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


def test_the_digest_reads_dask_parts_as_one_file(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "quotes").mkdir(parents=True)
    (tmp_path / "a" / "quotes.csv").write_text("h\n1\n2\n", encoding="utf-8")
    (tmp_path / "b" / "quotes" / "part-00000.csv").write_text("h\n1\n", encoding="utf-8")
    (tmp_path / "b" / "quotes" / "part-00001.csv").write_text("h\n2\n", encoding="utf-8")
    assert bench.digest(tmp_path / "a") == bench.digest(tmp_path / "b")


def test_synthetic_articles_are_made_of_seed_sentences_and_debris(tmp_path):
    bench.make_corpus(5, tmp_path)
    sentences, debris = bench._pieces()
    assert len(sentences) > 100 and debris
    for i, path in enumerate(sorted(tmp_path.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        if text.startswith(" date "):
            text = text[len(" date 2023-01-01 ") :]
        *body, ref, end = text.split("\n")
        assert (ref, end) == (f"Ref {i}.", "")
        paragraphs = [line for line in body if line not in debris]
        assert 3 <= len(paragraphs) <= 6
        for line in paragraphs:
            assert any(line.startswith(s) for s in sentences), line[:60]
