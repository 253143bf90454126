"""Bad input gets an error of the package that names the file and the problem."""

import hashlib

import pytest

from analysis import (
    CorpusError,
    CorpusNotFoundError,
    DateHeaderError,
    EmptyArticleError,
    EncodingError,
    NoArticlesError,
    load_corpus,
    paths,
    read_article,
)

GOOD = "Blinken will travel to Beijing.\n"


def corpus(tmp_path, files):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize(
    "content, error, words",
    [
        (b"", EmptyArticleError, "empty"),
        (b"  \n\t\n", EmptyArticleError, "only whitespace"),
        (b" date 2023-06-14 \n", EmptyArticleError, "no article"),
        ("Caf\u00e9 talks".encode("latin-1"), EncodingError, "not UTF-8"),
        (b" date 2023-13-45 Blinken arrived.", DateHeaderError, "not a real date"),
        (b" date 14/06/2023 Blinken arrived.", DateHeaderError, "YYYY-MM-DD"),
        (b" date  Blinken arrived.", DateHeaderError, "YYYY-MM-DD"),
    ],
)
def test_bad_file_is_named(tmp_path, content, error, words):
    folder = corpus(tmp_path, {"ok.txt": GOOD, "bad.txt": content})
    with pytest.raises(error) as info:
        load_corpus(folder)
    assert isinstance(info.value, CorpusError)
    assert info.value.path.name == "bad.txt"
    assert "bad.txt" in str(info.value) and words in str(info.value)


def test_copies_of_one_article_are_kept_not_refused(tmp_path):
    """The same bytes, or the same text under two date headers, are two articles (the export lists them
    as duplicates); only one id used twice is an error."""
    folder = corpus(
        tmp_path,
        {"a.txt": GOOD, "b.txt": GOOD, "c.txt": " date 2023-06-14 " + GOOD, "d.txt": " date 2023-06-15 " + GOOD},
    )
    assert list(load_corpus(folder).article_id) == ["a", "b", "c", "d"]


def test_folder_without_articles(tmp_path):
    folder = corpus(tmp_path, {"notes.md": "not an article"})
    with pytest.raises(NoArticlesError, match="no article files"):
        load_corpus(folder)


def test_missing_folder_and_file(tmp_path):
    with pytest.raises(CorpusNotFoundError, match="no such folder"):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(CorpusNotFoundError, match="no such file"):
        read_article(tmp_path / "nothing.txt")
    with pytest.raises(CorpusNotFoundError, match="not a folder"):
        load_corpus(corpus(tmp_path, {"a.txt": GOOD}) / "a.txt")


def test_loading_never_writes_to_the_corpus(tmp_path):
    before = {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths.SEEDS.iterdir()}
    load_corpus(paths.SEEDS)
    after = {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths.SEEDS.iterdir()}
    assert before == after
