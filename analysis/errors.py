"""Errors for bad input. Each names the file (or folder) and the problem."""

from __future__ import annotations

from pathlib import Path


class CorpusError(Exception):
    """Base class: something about an input file or folder is wrong.

    `path` is the offending file or folder, `problem` a sentence saying what
    is wrong with it; `str(error)` gives both.
    """

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class CorpusNotFoundError(CorpusError, FileNotFoundError):
    """The given file or folder does not exist."""


class NoArticlesError(CorpusError):
    """A folder holds no article files (*.txt)."""


class EmptyArticleError(CorpusError):
    """An article file is empty or holds only whitespace."""


class EncodingError(CorpusError):
    """An article file is not valid UTF-8."""


class DateHeaderError(CorpusError):
    """An article starts with a ` date ...` header that is not a real YYYY-MM-DD date."""


class DuplicateArticleError(CorpusError):
    """Two files of a corpus hold the same article."""
