"""The export users run: every table of a corpus, streamed one article at a time.

    python -m analysis export --corpus DIR --out DIR [--workers N] [--format csv|parquet] [--strict]
    python -m analysis export --corpus DIR --out DIR --engine dask [--scheduler ADDRESS]

`export(corpus, out)` reads the corpus (a folder of ``.txt``/``.html``
files, or a ``.jsonl``/``.csv`` file of records) item by item, dates each
undated article with the event profile, annotates it (`analysis.annotate`)
and appends its rows to one file per table (`annotate.TABLES`), so memory
does not grow with the corpus. Over N processes the items are annotated in
parallel and written in corpus order by the parent: one process and N write
byte-identical files. Beside the tables it writes

- ``duplicates.csv``: copies of the same story (same bytes, same text, or
  near-identical; `analysis.duplicates`), one row per article that has a copy;
- ``errors.csv``: every item that could not be read or annotated, with the
  file, the line of a record, the error and its message. The rest of the
  corpus is still exported; with ``strict=True`` the first error stops the
  run instead.

Files are written under temporary names and renamed into `out` at the end,
so a reader never sees half a file and a failed run leaves the previous
files in place. The corpus is only read. A progress bar shows on a terminal.

With ``engine="dask"`` the same per-item function runs on a Dask
distributed cluster (a local one, or the scheduler at `scheduler`), each
partition of the corpus written as ``TABLE/part-NNNNN.csv`` (or ``.parquet``)
by the worker that annotated it; concatenated in part order, the parts hold
the same rows as the local export. For a remote cluster, `out` must be a
folder every worker can write to.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from functools import cache
from operator import itemgetter
from pathlib import Path

from .annotate import TABLES, annotate, annotate_all, cell, columns, frames
from .errors import CorpusError

ERROR_COLUMNS = ["path", "line", "error", "message"]
FORMATS = ("csv", "parquet")


# --- tables in memory, for notebooks and the evaluation ----------------------------------------------


def tables_of(articles: list, profile=None) -> dict:
    """Every exported table of a list of read (and dated) articles, as DataFrames by file name."""
    return {f"{name}.csv": df for name, df in frames(annotate_all(articles, profile)).items()}


def tables(corpus: Path | str, profile=None) -> dict:
    """Every exported table of a corpus, as DataFrames by file name."""
    from .corpus import read_corpus

    return tables_of(read_corpus(corpus, profile), profile)


def write_csv_atomic(df, path: Path) -> None:
    """Write `df` to `path` as CSV (UTF-8, no index) in one rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            df.to_csv(f, index=False, lineterminator="\n")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# --- the items of a corpus ----------------------------------------------------------------------------


def items(corpus: Path | str) -> Iterator[tuple]:
    """What the corpus holds, one item per article: ("file", path) for an article file, ("record", path,
    line, record) for a record of a .jsonl/.csv file, ("error", path, line, error) for what cannot be read."""
    from .corpus import article_files
    from .formats import RECORD_SUFFIXES, record_items

    corpus = Path(corpus)
    if corpus.is_file() and corpus.suffix.lower() in RECORD_SUFFIXES:
        yield from record_items(corpus)
        return
    names = _article_names(corpus)
    if not names:
        article_files(corpus)  # raises what is wrong: no folder, or no article files in it
    folder = str(corpus)
    for name in names:  # str(corpus / name), without a Path (Path interns each name it parses)
        yield ("file", name if folder == "." else os.path.join(folder, name))


def _article_names(corpus: Path) -> list[str]:
    """The names of `corpus`'s article files, sorted: the files of `corpus.article_files`, listed without a
    Path object for each (a Path took 250 bytes an article while the list was alive)."""
    from .corpus import ARTICLE_SUFFIXES

    try:
        with os.scandir(corpus) as entries:
            return sorted(
                e.name for e in entries if os.path.splitext(e.name)[1].lower() in ARTICLE_SUFFIXES and e.is_file()
            )
    except (NotADirectoryError, FileNotFoundError):
        return []


class Todo:
    """The items of a corpus, held compactly: the paths of a folder's files packed in one string (about
    as many bytes as the paths' characters, where a list of tuples of strings took 150 bytes an article),
    other items (the records of one .jsonl/.csv file, read whole anyway) as they are. Iterated as `items`."""

    def __init__(self, found):
        packed, others, self.count = [], [], 0
        for item in found:
            self.count += 1
            if item[0] == "file" and not others and "\0" not in item[1]:
                packed.append(item[1])
            else:
                others.append(item)
        self.files = "\0".join(packed)  # a path holds no NUL
        self.n_files = len(packed)
        self.others = others

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[tuple]:
        files, at = self.files, 0
        for _ in range(self.n_files):
            end = files.find("\0", at)
            end = len(files) if end < 0 else end
            yield ("file", files[at:end])
            at = end + 1
        yield from self.others

    def chunks(self, size: int) -> Iterator[list]:
        """The items in consecutive lists of `size` (the last one shorter)."""
        chunk = []
        for item in self:
            chunk.append(item)
            if len(chunk) == size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk


def _read(item):
    from .formats import read_page, record_article

    kind = item[0]
    if kind == "file":
        path = Path(item[1])
        if path.suffix.lower() in (".html", ".htm"):
            return read_page(path)
        from .corpus import read_article

        return read_article(path)
    if kind == "record":
        return record_article(Path(item[1]), item[2], item[3])
    raise item[3]


def process(item, profile_folder: str) -> tuple:
    """Read, date and annotate one item: (rows as lists of cells per table, duplicate signature, error row).

    The unit of work of every engine: it takes and returns only small,
    picklable values, and loads the profile once per process.
    """
    from .corpus import date_article
    from .duplicates import signature
    from .profile import load_profile

    line = item[2] if item[0] != "file" else None
    try:
        profile = load_profile(profile_folder)
        article = date_article(_read(item), profile)
        rows = annotate(article, profile)
    except CorpusError as e:
        return (
            None,
            None,
            {"path": _shown(e.path), "line": e.line or line, "error": type(e).__name__, "message": e.problem},
        )
    # values as they are: csv writes None as "" and dates, numbers and booleans by str()
    cells = {t: list(map(_cells_of(t), rs)) for t, rs in rows.items()}
    sig = signature(article.article_id, rows["articles"][0]["path"], article.sha256, article.text)
    return cells, sig, None


@cache
def _cells_of(table: str):
    """A row of `table` as the tuple of its exported columns' values (`operator.itemgetter`)."""
    return itemgetter(*columns(table))


def _shown(path) -> str:
    from .paths import display_path

    return display_path(Path(path))


_done_here = 0  # articles this worker process has annotated, for `_trim`


def _process_many(batch: list, profile_folder: str) -> list:
    global _done_here
    out = [process(item, profile_folder) for item in batch]
    before, _done_here = _done_here, _done_here + len(batch)
    if before // TRIM_EVERY != _done_here // TRIM_EVERY:
        _trim()
    return out


# --- writers ----------------------------------------------------------------------------------------------


class _Writer:
    """One output file per table (CSV, or Parquet in row groups), written under a temporary name."""

    def __init__(self, folder: Path, fmt: str, names: list[str], schema_of=None):
        self.folder, self.fmt, self.names = folder, fmt, names
        self.buffers = {n: [] for n in names}
        if fmt == "csv":
            self.files = {n: open(folder / f"{n}.csv", "w", encoding="utf-8", newline="") for n in names}
            self.csv = {n: csv.writer(f, lineterminator="\n") for n, f in self.files.items()}
            for n in names:
                self.csv[n].writerow(schema_of(n))
        else:
            self.parquet = {}
            self.schema_of = schema_of

    def write(self, name: str, rows: list[list[str]]) -> None:
        if self.fmt == "csv":
            self.csv[name].writerows(rows)
            return
        self.buffers[name] += rows
        if len(self.buffers[name]) >= 20_000:
            self._flush(name)

    def _flush(self, name: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = self.buffers[name]
        cols = columns(name) if name in TABLES else self.schema_of(name)
        schema = _arrow_schema(name, cols)
        data = {c: [_typed(r[i], schema.field(c).type) for r in rows] for i, c in enumerate(cols)}
        table = pa.table(data, schema=schema)
        if name not in self.parquet:
            self.parquet[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", schema)
        self.parquet[name].write_table(table)
        self.buffers[name] = []

    def close(self) -> list[Path]:
        if self.fmt == "csv":
            for f in self.files.values():
                f.close()
            return [self.folder / f"{n}.csv" for n in self.names]
        for n in self.names:
            if self.buffers[n] or n not in self.parquet:
                self._flush(n)
            self.parquet[n].close()
        return [self.folder / f"{n}.parquet" for n in self.names]


def _arrow_schema(name: str, cols: list[str]):
    import pyarrow as pa

    kinds = dict(TABLES.get(name, []))
    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32(), "str": pa.string()}
    return pa.schema([(c, types[kinds.get(c, "str")]) for c in cols])


def _typed(value, kind):
    import datetime as dt

    import pyarrow as pa

    if not isinstance(value, str):
        return value  # a number, a date, a boolean or None, as annotated
    if value == "":
        return None
    if kind == pa.int64():
        return int(float(value))
    if kind == pa.float64():
        return float(value)
    if kind == pa.bool_():
        return value == "True"
    if kind == pa.date32():
        return dt.date.fromisoformat(value)
    return value


def _header(name: str) -> list[str]:
    if name in TABLES:
        return columns(name)
    from .duplicates import DUPLICATE_COLUMNS

    return {"errors": ERROR_COLUMNS, "duplicates": DUPLICATE_COLUMNS}[name]


# --- the export ------------------------------------------------------------------------------------------


def export(
    corpus: Path | str,
    out: Path | str,
    profile=None,
    workers: int = 1,
    fmt: str = "csv",
    strict: bool = False,
    progress: bool | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> list[Path]:
    """Write every table of `corpus` into folder `out` (see the module doc); the files written."""
    from .duplicates import DuplicateFinder
    from .errors import DuplicateArticleError
    from .profile import load_profile

    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r}: one of {', '.join(FORMATS)}")
    out = Path(out)
    if out.resolve() == Path(corpus).resolve():
        raise ValueError(f"{out}: the output folder must not be the corpus folder")
    profile = profile or load_profile()
    folder = str(profile.folder)
    todo = Todo(items(corpus))  # small: the paths packed, or the records of one file
    if engine == "dask":
        from .scale import export_dask

        return export_dask(todo, out, folder, fmt, strict, scheduler)
    if engine != "local":
        raise ValueError(f"engine {engine!r}: local or dask")
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".export.", dir=out))
    try:
        writer = _Writer(staging, fmt, list(TABLES) + ["errors", "duplicates"], _header)
        finder = DuplicateFinder(staging)  # its files go where the tables are staged
        bar = _progress(len(todo), progress)
        for cells, sig, error in _results(todo, folder, workers):
            bar.update(1)
            if error is None:
                try:
                    finder.add(sig)
                except ValueError as e:  # an id used twice
                    error = {"path": sig.path, "line": None, "error": "DuplicateArticleError", "message": str(e)}
                    if strict:
                        raise DuplicateArticleError(sig.path, str(e)) from None
            if error is not None:
                if strict:
                    raise _as_error(error)
                writer.write("errors", [[cell(error[c]) for c in ERROR_COLUMNS]])
                continue
            for name, rows in cells.items():
                writer.write(name, rows)
        bar.close()
        return _finish(writer, finder, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


TRIM_EVERY = 2000  # articles between two returns of freed memory to the system (`_trim`)


def _finish(writer: _Writer, finder, out: Path) -> list[Path]:
    """Write the copies `finder` found as `duplicates`, close the tables and move each from the staging
    folder into `out` (one rename each, so a reader never sees half a table); the paths written."""
    from .duplicates import DUPLICATE_COLUMNS

    for r in finder.iter_rows():
        writer.write("duplicates", [[cell(r[c]) for c in DUPLICATE_COLUMNS]])
    finder.close()
    written = []
    for path in writer.close():
        os.replace(path, out / path.name)
        written.append(out / path.name)
    return written


def _trim() -> None:
    """Hand the memory the C allocator holds free back to the system (glibc's malloc_trim; elsewhere
    nothing). Each article allocates and frees a few hundred kilobytes of strings and tables; without
    this the allocator keeps the fragments and the process's size creeps up with the corpus."""
    import ctypes
    import ctypes.util

    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _results(todo: Todo, folder: str, workers: int):
    """(cells, signature, error) per item, in corpus order, from one process or several."""
    if workers <= 1 or len(todo) < 2:
        for n, item in enumerate(todo, start=1):
            yield process(item, folder)
            if n % TRIM_EVERY == 0:
                _trim()
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, min(64, len(todo) // (workers * 4) or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # a few batches ahead of the one written, not the whole corpus: submitted items and finished rows
        # wait in the parent's memory
        pending = deque()
        for batch in todo.chunks(size):
            pending.append(pool.submit(_process_many, batch, folder))
            if len(pending) > 4 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _as_error(error: dict) -> CorpusError:
    from . import errors

    kind = getattr(errors, error["error"], CorpusError)
    return kind(error["path"], error["message"], error["line"] or None)


class _NoBar:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress(total: int, show: bool | None):
    """A tqdm bar on a terminal (stderr), nothing otherwise."""
    if show is None:
        show = sys.stderr.isatty()
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr)


# what one row of each exported table is, for the README's table of tables (`tables_markdown`)
ROW_IS = {
    "articles": "article",
    "boilerplate": "removed span",
    "repairs": "glued word",
    "time_expressions": "date expression",
    "event_mentions": "sentence speaking of a chronology event (the span is the sentence)",
    "date_evidence": "statement bounding a publication date",
    "date_discrepancies": "absolute date that misses its event",
    "quotes": "quote span (a partial quote inside indirect speech is a row of its own; `analysis.units` merges them)",
    "issues": "article and issue",
    "issue_mentions": "issue term found",
    "terms": "word-choice term or reporting verb",
    "expectations": "expectation",
    "duplicates": "article that has a copy",
    "errors": "item that could not be read",
}


def tables_markdown() -> str:
    """The README's table of exported tables: file, what a row is, columns (from the one definition of each)."""
    lines = ["| file | one row per | columns |", "|---|---|---|"]
    for name in [*TABLES, "duplicates", "errors"]:
        lines.append(f"| `{name}.csv` | {ROW_IS[name]} | `{', '.join(_header(name))}` |")
    return "\n".join(lines)
