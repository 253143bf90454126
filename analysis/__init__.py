"""Load and annotate news articles about an event, with the event described as data (events/NAME/).

The package is thin and pure: functions from article text to tables. Every
annotation is a span of an article's untouched file text (`article_id`,
`start`, `end`, `text`), so each row can be checked and highlighted.

    >>> from analysis import load_corpus
    >>> articles = load_corpus()          # the files in seeds/

Heavy libraries (pandas, matplotlib, the English word list) are imported only
by the functions that use them, so `import analysis` stays fast.
"""

from .corpus import Article, load_corpus, read_article, read_corpus
from .errors import (
    CorpusError,
    CorpusNotFoundError,
    DateHeaderError,
    DuplicateArticleError,
    EmptyArticleError,
    EncodingError,
    NoArticlesError,
    RecordError,
)

__all__ = [
    "Article",
    "load_corpus",
    "read_article",
    "read_corpus",
    "CorpusError",
    "CorpusNotFoundError",
    "DateHeaderError",
    "DuplicateArticleError",
    "EmptyArticleError",
    "EncodingError",
    "NoArticlesError",
    "RecordError",
]
