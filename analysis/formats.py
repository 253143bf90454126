"""Corpora in other shapes than a folder of ``.txt`` files.

A corpus (`--corpus`) may be

- a folder of article files: ``.txt`` as described in `corpus`, and saved web
  pages (``.html``, ``.htm``) whose main text trafilatura extracts;
- a JSON Lines file (``.jsonl``: one JSON object a line) or a CSV file
  (``.csv``, with a header row) of records, as scrapers and news archives
  export them: ``id`` and ``text`` are required, ``date`` (YYYY-MM-DD, or an
  ISO timestamp whose day is taken), ``title``, ``url`` and ``outlet`` are
  optional.

In every case the article's text as stored (the record's ``text``, the text
trafilatura extracts from a page) is `Article.raw`, and every offset indexes
it. A record's date or a page's metadata date counts as the date header; the
record's line (``Article.line``) or the page's file is recorded. A bad record
gets the package's named errors with the file and the line it starts on.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

from .corpus import Article, article_files, make_article, parse_date, read_article
from .errors import EmptyArticleError, EncodingError, NoArticlesError, RecordError

RECORD_SUFFIXES = (".jsonl", ".csv")
REQUIRED = ("id", "text")
OPTIONAL = ("date", "title", "url", "outlet")
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")


def read_articles(corpus: Path | str) -> Iterator[Article]:
    """The articles of a corpus, in the order of its files or records."""
    corpus = Path(corpus)
    if corpus.is_file() and corpus.suffix.lower() in RECORD_SUFFIXES:
        yield from read_records(corpus)
        return
    for path in article_files(corpus):
        yield read_page(path) if path.suffix.lower() in (".html", ".htm") else read_article(path)


def _text_of(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise EncodingError(
            path, f"not UTF-8 text (invalid byte 0x{data[e.start]:02x} at byte {e.start})", line
        ) from None


def _csv_records(path: Path) -> Iterator[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(_text_of(path), newline=""))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise RecordError(path, f"the header row has no column {', '.join(map(repr, missing))}", 1)
    line = reader.line_num + 1
    for record in reader:
        yield line, record
        line = reader.line_num + 1


def _field(record: dict, name: str, path: Path, line: int) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if isinstance(value, (dict, list, bool)):
        raise RecordError(path, f"field {name!r} must be text, not {type(value).__name__}", line)
    return str(value)


def read_records(path: Path | str) -> Iterator[Article]:
    """Every record of a JSON Lines or CSV file as an `Article`; the first bad record raises."""
    for item in record_items(Path(path)):
        if item[0] == "error":
            raise item[3]
        yield record_article(Path(item[1]), item[2], item[3])


def record_items(path: Path) -> Iterator[tuple]:
    """("record", path, line, record) for each record, ("error", path, line, error) for a line that is no record.

    A JSON Lines file goes on after a bad line; a CSV file without the
    required columns, a file that is not UTF-8 or one with no records is one
    error for the whole file.
    """
    path = Path(path)
    found = False
    try:
        if path.suffix.lower() == ".jsonl":
            for line, text in enumerate(_text_of(path).split("\n"), 1):
                if not text.strip():
                    continue
                found = True
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as e:
                    yield (
                        "error",
                        str(path),
                        line,
                        RecordError(path, f"not valid JSON ({e.msg} at column {e.colno})", line),
                    )
                    continue
                if not isinstance(record, dict):
                    yield (
                        "error",
                        str(path),
                        line,
                        RecordError(path, f"a record must be a JSON object, not {type(record).__name__}", line),
                    )
                    continue
                yield ("record", str(path), line, record)
        else:
            for line, record in _csv_records(path):
                found = True
                yield ("record", str(path), line, record)
    except (RecordError, EncodingError) as e:
        yield ("error", str(path), e.line, e)
        return
    if not found:
        yield ("error", str(path), None, NoArticlesError(path, "the file holds no records"))


def record_article(path: Path, line: int, record: dict) -> Article:
    """One record of a JSON Lines or CSV file as an `Article`; a bad record raises a named error."""
    article_id = _field(record, "id", path, line).strip()
    if not article_id:
        raise RecordError(path, "the record has no id", line)
    text = _field(record, "text", path, line)
    if not text.strip("\ufeff \t\r\n"):
        raise EmptyArticleError(path, f"record {article_id!r} has no text", line)
    date = _field(record, "date", path, line).strip()
    published = parse_date(_day(date), path, "date", line) if date else None
    return make_article(
        text,
        path,
        article_id=article_id,
        line=line,
        what=f"record {article_id!r}",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=published,
        **{k: _field(record, k, path, line).strip() for k in ("outlet", "title", "url")},
    )


def _day(value: str) -> str:
    """The day of an ISO timestamp (``2023-06-18T09:00:00Z``); anything else unchanged."""
    m = _TIMESTAMP.match(value)
    return m.group(1) if m else value


def read_page(path: Path | str) -> Article:
    """A saved web page: its main text (trafilatura) is the article, its metadata date the header date."""
    import trafilatura

    path = Path(path)
    data = path.read_bytes()
    page = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = page.text if page is not None else ""
    if not (text or "").strip():
        raise EmptyArticleError(path, "no main text found in the page")
    published = parse_date(page.date, path, "page date") if page.date else None
    return make_article(
        text,
        path,
        article_id=path.stem,
        sha256=hashlib.sha256(data).hexdigest(),
        published=published,
        what="the page",
        outlet=page.sitename or "",
        title=page.title or "",
        url=page.url or "",
    )
