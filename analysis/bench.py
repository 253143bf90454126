"""Benchmark: the export users run, on corpora scaled up from the seeds, and the figures it prints.

    python -m analysis.bench                 # sizes from $BENCH_SIZES, default "1000 10000"
    python -m analysis.bench --sizes 1000 100000 --workers 2 [--dask]

Each synthetic article recombines sentences of the seed bodies as they were
scraped (glued words included) into 3–6 paragraphs (about 1,400 characters,
the size of the evaluation corpus's articles), with the seeds' debris
lines between some of them, drawn with a fixed random seed, and carries a
date header on two articles in three (dates spread over November 2022 to
July 2023); the others are dated by inference. Every file
goes through `analysis.export.export` itself — reading, cleaning, dating,
annotating, duplicate signatures, writing every table — exactly as
``python -m analysis export`` runs it.

Each size runs in fresh processes of its own (so that each peak memory, the
largest resident set of the run's process and its workers, is its own): on
one core, on N worker processes, and with ``--dask`` on a local Dask
cluster; the runs must write the same rows (byte-identical files for one
core and N workers; for Dask, the parts read in order).
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
from pathlib import Path

from . import paths


def _pieces() -> tuple[list[str], list[str]]:
    """The seeds' sentences and their debris lines, as scraped (glued words included), so that the
    benchmark's corpus gives the cleaning its real work."""
    from .corpus import read_corpus
    from .text import sentence_spans

    sentences, debris = [], []
    for a in read_corpus(paths.SEEDS):
        debris += [s.text for s in a.boilerplate if "\n" not in s.text]
        removed = [(s.start, s.end) for s in a.removed]
        for s, e in sentence_spans(a.masked):
            if not any(rs < e and s < re for rs, re in removed) and "\n" not in a.raw[s:e].strip():
                sentences.append(a.raw[s:e].strip())
    return [x for x in sentences if x], debris


def make_corpus(n: int, folder: Path, seed: int = 0) -> None:
    """n articles of 3–6 paragraphs, each of 1–3 seed sentences drawn at random, a debris line in one
    paragraph break of four, a date header on two articles in three: recombined at the sentence level, so
    that two articles share little more than two real reports of one event do."""
    rng = random.Random(seed)
    sentences, debris = _pieces()
    first = dt.date(2022, 11, 1)
    for i in range(n):
        lines = []
        for _ in range(rng.randint(3, 6)):
            lines.append(" ".join(rng.sample(sentences, rng.randint(1, 3))))
            if rng.random() < 0.25:
                lines.append(rng.choice(debris))
        header = ""
        if rng.random() < 2 / 3:
            header = f" date {first + dt.timedelta(days=rng.randint(0, 270))} "
        (folder / f"a{i:06d}.txt").write_text(header + "\n".join(lines) + f"\nRef {i}.\n", encoding="utf-8")


def digest(folder: Path) -> str:
    """One digest of every table's rows in `folder` (Dask parts read in order, one header each)."""
    from .annotate import TABLES

    h = hashlib.sha256()
    for name in list(TABLES) + ["errors", "duplicates"]:
        single = folder / f"{name}.csv"
        parts = [single] if single.exists() else sorted((folder / name).glob("part-*.csv"))
        for i, part in enumerate(parts):
            with open(part, "rb") as f:  # streamed: the tables of a large corpus are not read whole
                if i:
                    f.readline()  # a part's header, given once
                while chunk := f.read(1 << 20):
                    h.update(chunk)
    return h.hexdigest()


def run(corpus: Path, out: Path, workers: int = 1, engine: str = "local") -> tuple[float, str]:
    """Export `corpus` into `out` as the command line does: (seconds, digest of the rows)."""
    from .export import export

    start = time.perf_counter()
    export(corpus, out, workers=workers, engine=engine, progress=False)
    return time.perf_counter() - start, digest(out)


def one_run(n: int, workers: int, engine: str, corpus: Path) -> None:
    """Export one size in this process and print: seconds, digest, peak MiB (of the export: taken before
    the digest is computed)."""
    with tempfile.TemporaryDirectory() as tmp:
        from .export import export

        start = time.perf_counter()
        export(corpus, Path(tmp) / "out", workers=workers, engine=engine, progress=False)
        seconds = time.perf_counter() - start
        peak = (
            max(
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            )
            / 1024
        )
        rows = digest(Path(tmp) / "out")
    print(f"{seconds} {rows} {peak}", flush=True)


def _measure(n: int, workers: int, engine: str, corpus: Path) -> tuple[float, str, float]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis.bench",
            "--run",
            str(n),
            "--workers",
            str(workers),
            "--engine",
            engine,
            "--corpus",
            str(corpus),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds, rows, peak = result.stdout.split()[-3:]
    return float(seconds), rows, float(peak)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", nargs="*", type=int, default=[int(s) for s in os.environ.get("BENCH_SIZES", "1000 10000").split()]
    )
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--dask", action="store_true", help="also run the Dask engine on a local cluster")
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        one_run(args.run, args.workers, args.engine, Path(args.corpus))
        return 0
    print(
        f"Export benchmark on {os.cpu_count()} cores (Python {sys.version.split()[0]}): "
        "python -m analysis export, whole runs\n"
    )
    print(
        f"| articles | mean bytes | 1 core: articles/s | s | peak MiB | {args.workers} workers: articles/s | s | peak MiB "
        "| Dask local: articles/s | s | same rows |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            make_corpus(n, corpus)
            size = sum(p.stat().st_size for p in corpus.glob("*.txt")) / n
            one = _measure(n, 1, "local", corpus)
            many = _measure(n, args.workers, "local", corpus)
            dask = _measure(n, args.workers, "dask", corpus) if args.dask else None
        same = one[1] == many[1] and (dask is None or dask[1] == one[1])
        d = f"{n / dask[0]:,.0f} | {dask[0]:.1f}" if dask else "– | –"
        print(
            f"| {n:,} | {size:,.0f} | {n / one[0]:,.0f} | {one[0]:.1f} | {one[2]:.0f} | {n / many[0]:,.0f} | {many[0]:.1f} "
            f"| {many[2]:.0f} | {d} | {'yes' if same else 'NO'} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
