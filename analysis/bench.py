"""Benchmark: annotate corpora scaled up from the seeds and print the figures.

    python -m analysis.bench                 # sizes from $BENCH_SIZES, default "1000 10000"
    python -m analysis.bench --sizes 1000 100000 --workers 2

Each synthetic article recombines 3–8 paragraphs of the seed bodies, drawn
with a fixed random seed, and carries a date header on two articles in three
(dates spread over November 2022 to July 2023); the others are dated by
inference. The whole annotation runs on each file — loading, cleaning, date
expressions and inference, quotes, issues, terms, expectations — on one core
and then over all cores (concurrent.futures), and the two runs must give
identical results. Each size runs in a fresh process so that its peak memory
(the largest resident set of the process and its workers) is its own.
"""

from __future__ import annotations

import argparse
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


def _paragraphs() -> list[str]:
    from .corpus import read_corpus

    out = []
    for a in read_corpus(paths.SEEDS):
        out += [p.strip() for p in a.text.split("\n") if len(p.strip()) > 40]
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


def annotate_file(path: str) -> str:
    """Annotate one file; return a digest of every row, to compare runs."""
    from .chronology import expression_rows, mention_rows
    from .corpus import read_article
    from .expectations import extract_expectations
    from .framing import issue_mentions, term_mentions
    from .quotes import extract_quotes

    a = read_article(path)
    q = extract_quotes(a)
    tables = [a.published, a.published_earliest, a.published_latest, a.boilerplate, a.repairs, q,
              expression_rows(a, a.published, a.date_source), mention_rows(a, a.published),
              issue_mentions(a, q), term_mentions(a, q), extract_expectations(a, q)]
    return hashlib.sha256(repr(tables).encode()).hexdigest()


def run(files: list[str], workers: int) -> tuple[float, list[str]]:
    start = time.perf_counter()
    if workers == 1:
        digests = [annotate_file(f) for f in files]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            digests = list(pool.map(annotate_file, files, chunksize=64))
    return time.perf_counter() - start, digests


def one_size(n: int, workers: int) -> None:
    """Run one size in this process and print one result line."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_corpus(n, folder)
        files = sorted(str(p) for p in folder.glob("*.txt"))
        single, d1 = run(files, 1)
        multi, d2 = run(files, workers)
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(f"| {n:>7,} | {n / single:8.0f} | {single:8.1f} | {n / multi:8.0f} | {multi:8.1f} | {workers} "
          f"| {peak:7.0f} | {'yes' if d1 == d2 else 'NO'} |", flush=True)


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
    print(f"Annotation benchmark on {os.cpu_count()} cores (Python {sys.version.split()[0]})\n")
    print("| articles | art/s 1 core | seconds | art/s all | seconds | workers | peak MiB | identical |")
    print("|---:|---:|---:|---:|---:|---:|---:|:---:|")
    for n in args.sizes:
        subprocess.run([sys.executable, "-m", "analysis.bench", "--one", str(n), "--workers", str(args.workers)],
                       check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
