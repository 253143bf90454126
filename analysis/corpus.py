"""Read article files into `Article`s and a one-row-per-article table.

An article file is UTF-8 text. It may start with a date header,
`` date YYYY-MM-DD `` (one leading space, the word ``date``, an ISO date),
followed directly by the article. Everything after that is the article as it
was scraped, debris included. The file is never written to: `Article.raw` is
its decoded text, and every offset the package reports indexes `raw`.

A corpus may also be a JSON Lines or CSV file of records, or a folder of
saved HTML pages (`formats`); their text as stored becomes `raw` the same way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import paths
from .clean import Repair, Span, find_boilerplate, find_glued_words, readable_text
from .errors import (
    CorpusNotFoundError,
    DateHeaderError,
    DuplicateArticleError,
    EmptyArticleError,
    EncodingError,
    NoArticlesError,
)
from .text import mask

# Leading whitespace (or a byte-order mark), the word "date", then one token.
_HEADER = re.compile(r"\A[\ufeff\s]*date[ \t]+(?P<value>\S*)[ \t]*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

HEADER_REASON = "date header"


@dataclass
class Article:
    """One article file, read and cleaned; `raw` is never modified."""

    article_id: str
    path: str
    sha256: str
    raw: str
    published: dt.date | None
    date_source: str
    header: Span | None
    boilerplate: list[Span] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    text: str = ""
    # the publication interval (the header's day twice); None on a side an inferred interval leaves open
    published_earliest: dt.date | None = None
    published_latest: dt.date | None = None
    line: int | None = None  # where the record starts, for an article read from a JSON Lines or CSV file
    outlet: str = ""  # as the record or page states it
    title: str = ""
    url: str = ""

    @property
    def removed(self) -> list[Span]:
        """The date header (if any) and the boilerplate, in order."""
        return ([self.header] if self.header else []) + self.boilerplate

    @property
    def body_start(self) -> int:
        """Offset in `raw` where the article proper begins (after the header)."""
        return self.header.end if self.header else 0

    @cached_property
    def masked(self) -> str:
        """`raw` with removed spans blanked out (same length, line breaks kept).

        Extractors search this so that their offsets index `raw` directly and
        never land in a header, a video prompt or an aggregator's teaser.
        """
        return mask(self.raw, [(s.start, s.end) for s in self.removed])

    @property
    def n_words(self) -> int:
        return count_words(self.text)


def count_words(text: str) -> int:
    """Words in `text`: runs of letters or digits, hyphens and apostrophes inside."""
    return len(_WORD.findall(text))


def parse_date(value: str, path: Path, what: str = "date header", line: int | None = None) -> dt.date:
    """A YYYY-MM-DD date, or a `DateHeaderError` naming the file (and line) and `what` was wrong."""
    if not _ISO_DATE.fullmatch(value):
        raise DateHeaderError(path, f"{what} {value!r} is not of the form YYYY-MM-DD", line)
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise DateHeaderError(path, f"{what} {value!r} is not a real date ({e})", line) from None


def _parse_header(raw: str, path: Path, line: int | None = None) -> tuple[dt.date | None, Span | None]:
    m = _HEADER.match(raw)
    if not m:
        return None, None
    date = parse_date(m.group("value"), path, line=line)
    start = raw.index("date")
    while start > 0 and raw[start - 1] in " \t":
        start -= 1
    end = m.end()
    return date, Span(start, end, raw[start:end], HEADER_REASON)


def read_article(path: Path | str) -> Article:
    """Read one article file; raise a `CorpusError` naming the file if it is bad."""
    path = Path(path)
    if not path.exists():
        raise CorpusNotFoundError(path, "no such file")
    if not path.is_file():
        raise CorpusNotFoundError(path, "not a file")
    data = path.read_bytes()
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise EncodingError(path, f"not UTF-8 text (invalid byte 0x{data[e.start]:02x} at byte {e.start})") from None
    if not raw.strip("\ufeff \t\r\n"):
        raise EmptyArticleError(path, "the file is empty" if not data else "the file holds only whitespace")
    return make_article(raw, path, article_id=path.stem, sha256=hashlib.sha256(data).hexdigest())


def make_article(
    raw: str,
    path: Path,
    *,
    article_id: str,
    sha256: str,
    published: dt.date | None = None,
    line: int | None = None,
    what: str = "the file",
    **stated: str,
) -> Article:
    """Clean and date one article's text as stored; `path` (and `line`) name it in errors.

    `published` is a date stated outside the text (a record's date field, a
    page's metadata); it counts as the header date. `stated` holds what the
    record says of the article: outlet, title, url.
    """
    header_date, header = _parse_header(raw, path, line)
    if header is not None and not raw[header.end :].strip():
        raise EmptyArticleError(path, f"{what} holds a date header but no article", line)
    if header_date and published and header_date != published:
        raise DateHeaderError(path, f"date header {header_date} and date field {published} disagree", line)
    published = header_date or published
    body_start = header.end if header else 0
    boilerplate = find_boilerplate(raw, skip_before=body_start)
    repairs = find_glued_words(raw, skip=boilerplate, skip_before=body_start)
    removed = ([header] if header else []) + boilerplate
    article = Article(
        article_id=article_id,
        path=paths.display_path(path),
        sha256=sha256,
        raw=raw,
        published=published,
        date_source="header" if published else "unknown",
        header=header,
        boilerplate=boilerplate,
        repairs=repairs,
        text=readable_text(raw, removed, repairs),
        published_earliest=published,
        published_latest=published,
        line=line,
        **stated,
    )
    return article


def date_article(article: Article, profile=None) -> Article:
    """Fill the publication interval of an undated article from what it reports.

    The explicit, event-dependent step after reading: the statements are read
    against the chronology and the window of `profile` (default: the default
    event profile). A dated article is returned as it is. An interval that
    nothing in the text closes above (or below) keeps `published_latest` (or
    `published_earliest`) None; `published` is then the one day the text does
    bound (see `analysis.chronology`).
    """
    from .chronology import infer_publication
    from .profile import load_profile

    if article.header is not None or article.date_source != "unknown":
        return article
    profile = profile or load_profile()
    inference = infer_publication(
        article.raw, dating_text(article), profile.events, profile.window, profile.timeline.get("planned", ())
    )
    if inference.best is not None:
        article.published = inference.best
        article.published_earliest = inference.earliest
        article.published_latest = inference.latest
        article.date_source = "inferred"
    return article


def dating_text(article: Article) -> str:
    """The masked text with the photo captions put back, for dating: a picture is taken before the story
    that carries it, so the day a caption names (year and all) is one the story is not older than, and
    often the day of the news itself, where the body dates only older, background events."""
    captions = [s for s in article.boilerplate if s.reason == "photo caption"]
    if not captions:
        return article.masked
    masked = article.masked
    for s in captions:
        masked = masked[: s.start] + article.raw[s.start : s.end] + masked[s.end :]
    return masked


ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def article_files(corpus: Path | str) -> list[Path]:
    """The article files of a folder (``*.txt``, saved pages ``*.html``), sorted by name."""
    corpus = Path(corpus)
    if not corpus.exists():
        raise CorpusNotFoundError(corpus, "no such folder")
    if not corpus.is_dir():
        raise CorpusNotFoundError(corpus, "not a folder (nor a .jsonl or .csv file of records)")
    files = sorted(p for p in corpus.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    if not files:
        raise NoArticlesError(corpus, "the folder holds no article files (*.txt, *.html)")
    return files


def read_corpus(corpus: Path | str | None = None, profile=None) -> list[Article]:
    """Every article of a folder or records file (default: `paths.corpus_dir()`),
    sorted by article_id and dated with `profile` (`date_article`); an id used
    twice is an error, copies of the same story are not (the export lists them
    in duplicates.csv)."""
    from .formats import read_articles

    corpus = paths.corpus_dir() if corpus is None else corpus
    articles = list(read_articles(corpus))
    by_id: dict[str, Article] = {}
    for a in articles:
        other = by_id.setdefault(a.article_id, a)
        if other is not a:
            if a.line is not None:  # two records of one file
                raise DuplicateArticleError(corpus, f"holds the same id as line {other.line}", a.line)
            name, other_name = Path(a.path).name, Path(other.path).name
            raise DuplicateArticleError(Path(corpus) / name, f"holds the same id as {other_name}")
    return sorted((date_article(a, profile) for a in articles), key=lambda a: a.article_id)


def source_of(article: Article, profile=None) -> dict[str, str]:
    """What is known of an article's origin (from the profile's `sources.csv`, by hash)."""
    from .profile import load_profile

    return (profile or load_profile()).sources.get(article.sha256, {})


def articles_table(articles: list[Article], profile=None):
    """One row per article: the exported columns of the `articles` table plus raw and text."""
    from .annotate import article_row, frames
    from .profile import load_profile

    profile = profile or load_profile()
    rows = [{**article_row(a, profile), "raw": a.raw, "text": a.text} for a in articles]
    return frames({"articles": rows}, memory=True)["articles"].sort_values("article_id", ignore_index=True)


def load_corpus(path: Path | str | None = None, profile=None):
    """Read a folder of articles into a DataFrame, one row per article.

    Columns: article_id (file stem), path (relative), sha256, published,
    published_earliest, published_latest (the interval an undated article's
    text allows, empty on a side nothing in the text closes: an interval
    open above or below), date_source (header / inferred /
    unknown), outlet and author (from the profile's sources.csv where the file is
    known, else "unknown"), n_chars, n_words, n_removed_chars, n_repairs, raw
    (the decoded file, untouched) and text (the readable body). The folder
    defaults to `paths.corpus_dir()`: seeds/, or $ANALYSIS_CORPUS.
    """
    return articles_table(read_corpus(path, profile), profile)


def boilerplate_table(articles: list[Article]):
    """One row per removed span (the `boilerplate` table of `analysis.annotate`)."""
    from .annotate import frames

    rows = [
        {"article_id": a.article_id, "start": s.start, "end": s.end, "text": s.text, "reason": s.reason}
        for a in articles
        for s in a.removed
    ]
    return frames({"boilerplate": rows})["boilerplate"]


def repairs_table(articles: list[Article]):
    """One row per glued-word repair (the `repairs` table of `analysis.annotate`)."""
    from .annotate import frames

    return frames({"repairs": [{"article_id": a.article_id, **r._asdict()} for a in articles for r in a.repairs]})[
        "repairs"
    ]


def sources_table(articles: list[Article], profile=None):
    """What is known of each article's origin, with the words it rests on."""
    import pandas as pd

    rows = []
    for a in articles:
        src = source_of(a, profile)
        rows.append(
            {
                "article_id": a.article_id,
                "outlet": src.get("outlet") or "unknown",
                "author": src.get("author") or "unknown",
                "evidence": src.get("evidence", ""),
                "note": src.get("note") or "not in the profile's sources.csv: nothing is known beyond the text",
            }
        )
    return pd.DataFrame(rows)


def shorten(text: str, width: int = 70) -> str:
    """One line of at most `width` characters, for showing long spans in tables."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def in_context(raw: str, start: int, end: int, width: int = 60) -> str:
    """`raw[start:end]` marked with ⟦ ⟧ inside up to `width` characters each side, on one line."""
    before = " ".join(raw[max(0, start - width) : start].split())
    after = " ".join(raw[end : end + width].split())
    return f"…{before} ⟦{raw[start:end]}⟧ {after}…"
