import pytest

from analysis import paths, read_corpus


@pytest.fixture(scope="session")
def seeds():
    """The seed articles, read once for the whole test run."""
    return {a.article_id: a for a in read_corpus(paths.SEEDS)}
