"""Benchmark: annotate and export corpora scaled up from the seeds, and print the figures.

    python -m analysis.bench                 # sizes from $BENCH_SIZES, default "1000 10000"
    python -m analysis.bench --sizes 1000 100000 --workers 2

Each synthetic article recombines 3–8 paragraphs of the seed bodies, drawn
with a fixed random seed, and carries a date header on two articles in three
(dates spread over November 2022 to July 2023); the others are dated by
inference. Every file goes through the whole annotation — loading, cleaning,
date expressions and inference, quotes, issues, terms, expectations — and its
rows are streamed into one CSV file per table (`TABLES`), so memory does not
grow with the corpus.

Each size runs twice, in a fresh process of its own (so that its peak memory,
the largest resident set of the process and its workers, is its own): on one
core, timing the annotation apart from the writing; then over all cores
(concurrent.futures, the rows written in file order by the parent). The two
runs must write byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import paths

TABLES = {
    "articles.csv": ["article_id", "path", "sha256", "published", "published_earliest", "published_latest",
                     "date_source", "outlet", "n_chars", "n_words", "n_removed_chars", "n_repairs"],
    "boilerplate.csv": ["article_id", "start", "end", "reason"],
    "repairs.csv": ["article_id", "start", "end", "text", "replacement", "kind"],
    "time_expressions.csv": ["article_id", "start", "end", "text", "resolved_start", "resolved_end", "granularity",
                             "rule", "tense", "anchor", "sentence_events", "matches"],
    "event_mentions.csv": ["article_id", "start", "end", "event_id", "event_start", "tense", "lag_days"],
    "quotes.csv": ["article_id", "start", "end", "kind", "speaker", "speaker_group", "cue"],
    "issue_mentions.csv": ["article_id", "start", "end", "issue", "term", "voice"],
    "terms.csv": ["article_id", "start", "end", "concept", "term", "voice"],
    "expectations.csv": ["article_id", "start", "end", "hedge", "certainty", "holder", "holder_group", "voice",
                         "topic", "polarity"],
}


def _paragraphs() -> list[str]:
    """The seeds' body lines as they were scraped: debris and glued words
    included, so that the benchmark's corpus gives the cleaning its real work."""
    from .corpus import read_corpus

    out = []
    for a in read_corpus(paths.SEEDS):
        out += [p.strip() for p in a.raw[a.body_start:].split("\n") if p.strip()]
    return out


def make_corpus(n: int, folder: Path, seed: int = 0) -> None:
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    first = dt.date(2022, 11, 1)
    for i in range(n):
        body = "\n".join(rng.sample(paragraphs, rng.randint(3, 8)))
        header = ""
        if rng.random() < 2 / 3:
            header = f" date {first + dt.timedelta(days=rng.randint(0, 270))} "
        (folder / f"a{i:06d}.txt").write_text(header + body + f"\nRef {i}.\n", encoding="utf-8")


def annotate_file(path: str) -> tuple[dict[str, list[list]], float]:
    """Annotate one file: its rows for each table of `TABLES`, and the seconds the annotation took."""
    from .chronology import expression_rows, mention_rows
    from .corpus import count_words, date_article, read_article, source_of
    from .expectations import extract_expectations
    from .framing import issue_mentions, term_mentions
    from .quotes import extract_quotes

    start = time.perf_counter()
    a = date_article(read_article(path))
    quotes = extract_quotes(a)
    found = {
        "articles.csv": [{
            "article_id": a.article_id, "path": a.path, "sha256": a.sha256, "published": a.published,
            "published_earliest": a.published_earliest, "published_latest": a.published_latest,
            "date_source": a.date_source, "outlet": source_of(a).get("outlet") or "unknown", "n_chars": len(a.raw),
            "n_words": count_words(a.text), "n_removed_chars": sum(s.end - s.start for s in a.removed),
            "n_repairs": len(a.repairs)}],
        "boilerplate.csv": [{"article_id": a.article_id, "start": s.start, "end": s.end, "reason": s.reason}
                            for s in a.removed],
        "repairs.csv": [{"article_id": a.article_id, **r._asdict()} for r in a.repairs],
        "time_expressions.csv": expression_rows(a, a.published, a.date_source),
        "event_mentions.csv": mention_rows(a, a.published),
        "quotes.csv": quotes,
        "issue_mentions.csv": issue_mentions(a, quotes),
        "terms.csv": term_mentions(a, quotes),
        "expectations.csv": extract_expectations(a, quotes),
    }
    seconds = time.perf_counter() - start
    return {name: [[row[c] for c in TABLES[name]] for row in rows] for name, rows in found.items()}, seconds


class Export:
    """One CSV file per table in `folder`, written row by row."""

    def __init__(self, folder: Path):
        self.files = {name: open(folder / name, "w", encoding="utf-8", newline="") for name in TABLES}
        self.writers = {name: csv.writer(f, lineterminator="\n") for name, f in self.files.items()}
        for name, columns in TABLES.items():
            self.writers[name].writerow(columns)

    def write(self, rows: dict[str, list[list]]) -> None:
        for name, table in rows.items():
            self.writers[name].writerows(table)

    def close(self) -> str:
        """Close the files; return one digest of their bytes, to compare runs."""
        digest = hashlib.sha256()
        for name, f in self.files.items():
            f.close()
            digest.update(Path(f.name).read_bytes())
        return digest.hexdigest()


def run(files: list[str], out: Path, workers: int) -> tuple[float, float, str]:
    """Annotate and export `files` into `out`: (seconds annotating, seconds in all, digest of the files).

    With several workers the annotation runs in parallel and its seconds are
    not told apart from the writing (reported as nan).
    """
    out.mkdir()
    export = Export(out)
    annotating = 0.0
    start = time.perf_counter()
    if workers == 1:
        for f in files:
            rows, seconds = annotate_file(f)
            annotating += seconds
            export.write(rows)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for rows, _ in pool.map(annotate_file, files, chunksize=64):
                export.write(rows)
        annotating = float("nan")
    total = time.perf_counter() - start
    return annotating, total, export.close()


def one_size(n: int, workers: int) -> None:
    """Run one size in this process and print one result line."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(n, folder)
        files = sorted(str(p) for p in folder.glob("*.txt"))
        annotating, single, d1 = run(files, Path(tmp) / "one", 1)
        _, multi, d2 = run(files, Path(tmp) / "all", workers)
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(f"| {n:>7,} | {n / annotating:8.0f} | {annotating:8.1f} | {single:8.1f} | {n / multi:8.0f} | {multi:8.1f} "
          f"| {workers} | {peak:7.0f} | {'yes' if d1 == d2 else 'NO'} |", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", type=int,
                        default=[int(s) for s in os.environ.get("BENCH_SIZES", "1000 10000").split()])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        one_size(args.one, args.workers)
        return 0
    print(f"Annotation and export benchmark on {os.cpu_count()} cores (Python {sys.version.split()[0]})\n")
    print("| articles | 1 core: annotated/s | annotating s | with export s "
          "| all cores: articles/s | with export s | workers | peak MiB | identical files |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|:---:|")
    for n in args.sizes:
        subprocess.run([sys.executable, "-m", "analysis.bench", "--one", str(n), "--workers", str(args.workers)],
                       check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
