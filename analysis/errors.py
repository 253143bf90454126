"""Errors for bad input. Each names the file (or folder) and the problem."""

from __future__ import annotations

from pathlib import Path


class CorpusError(Exception):
    """Base class: something about an input file or folder is wrong.

    `path` is the offending file or folder, `problem` a sentence saying what
    is wrong with it, `line` (for a JSON Lines or CSV corpus) the line where
    the bad record starts; `str(error)` gives them as ``path:line: problem``.
    """

    def __init__(self, path: Path | str, problem: str, line: int | None = None):
        self.path = Path(path)
        self.problem = problem
        self.line = line
        super().__init__(f"{self.path}:{line}: {problem}" if line else f"{self.path}: {problem}")


class CorpusNotFoundError(CorpusError, FileNotFoundError):
    """The given file or folder does not exist."""


class NoArticlesError(CorpusError):
    """A folder holds no article files (*.txt, *.html), or a records file no records."""


class EmptyArticleError(CorpusError):
    """An article file or record is empty or holds only whitespace (or a page has no main text)."""


class EncodingError(CorpusError):
    """An article file is not valid UTF-8."""


class DateHeaderError(CorpusError):
    """An article's stated date (a ` date ...` header, a record's date field) is not a real date."""


class DuplicateArticleError(CorpusError):
    """Two files or records of a corpus hold the same article, or share an id."""


class RecordError(CorpusError):
    """A JSON Lines or CSV corpus is malformed: bad JSON, a record that is not an object, a missing column."""


class ProfileError(ValueError):
    """A file of an event profile or of the package's resources is wrong: names the file, line and column."""

    def __init__(self, path: Path | str, line: int | None, column: str | None, problem: str):
        self.path, self.line, self.column, self.problem = Path(path), line, column, problem
        where = "".join([f", line {line}" if line else "", f", column {column}" if column else ""])
        super().__init__(f"{self.path}{where}: {problem}")
