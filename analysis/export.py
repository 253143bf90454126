"""Write the package's annotation tables as tidy CSV files.

`export(corpus, out)` reads every article of `corpus` and writes one CSV per
table into `out`. Each file is written to a temporary name in `out` and then
renamed, so a reader never sees half a file and a failed run leaves the
previous files in place. The corpus folder is only read.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .corpus import ARTICLE_COLUMNS, articles_table, boilerplate_table, read_corpus, repairs_table


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


def tables(corpus: Path | str, profile=None) -> dict:
    """Every exported table of a corpus folder, by file name."""
    return tables_of(read_corpus(corpus, profile), profile)


def tables_of(articles: list, profile=None) -> dict:
    """Every exported table of a list of read (and dated) articles, by file name."""
    from .chronology import date_evidence_table, discrepancies_table, mentions_table, time_expressions_table
    from .expectations import expectations_table, judge
    from .framing import framing_tables

    framing = framing_tables(articles, profile)
    return {
        "articles.csv": articles_table(articles, profile)[ARTICLE_COLUMNS],
        "boilerplate.csv": boilerplate_table(articles),
        "repairs.csv": repairs_table(articles),
        "time_expressions.csv": time_expressions_table(articles, profile),
        "event_mentions.csv": mentions_table(articles, profile),
        "date_evidence.csv": date_evidence_table(articles, profile),
        "date_discrepancies.csv": discrepancies_table(articles, profile),
        "quotes.csv": framing["quotes"],
        "issues.csv": framing["issues"][["article_id", "issue", "mentions", "share"]],
        "issue_mentions.csv": framing["issue_mentions"],
        "terms.csv": framing["terms"][["article_id", "start", "end", "concept", "term", "voice"]],
        "expectations.csv": judge(expectations_table(articles, profile), articles, profile)[
            ["article_id", "start", "end", "text", "holder", "topic", "certainty", "verdict", "hedge", "holder_group",
             "polarity", "phase", "outcomes", "reason"]],
    }


def export(corpus: Path | str, out: Path | str, profile=None) -> list[Path]:
    """Write the tables of `corpus` into folder `out` (created if needed)."""
    out = Path(out)
    if out.resolve() == Path(corpus).resolve():
        raise ValueError(f"{out}: the output folder must not be the corpus folder")
    built = tables(corpus, profile)  # read everything before writing anything
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in built.items():
        write_csv_atomic(df, out / name)
        written.append(out / name)
    return written
