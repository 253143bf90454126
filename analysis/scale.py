"""The export over a Dask distributed cluster: the same per-item function, partitioned output.

`export_dask` cuts the corpus's items into consecutive chunks and submits
them, a few ahead of the one the parent is taking, to a `distributed`
cluster: the one at `scheduler` (``tcp://host:8786``), or a `LocalCluster`
of one single-threaded process per core. Each task runs `analysis.export.process` on every item of
its chunk, exactly as the local export does, and writes the rows as
``OUT/TABLE/part-NNNNN.csv`` (or ``.parquet``), NNNNN being the chunk's
number; the parent then writes ``duplicates.csv`` and ``errors.csv`` from
the signatures and errors the tasks return. An article whose id an earlier
article already took is an error row, as in the local export: the parent
finds it only after the task wrote its part, and writes that part again
without the article's rows. Read in part order, the parts of a table hold
the rows of the local export's file, in the same order.

On a real cluster, OUT must be a folder every worker can write to (a shared
file system), and every worker needs the project installed (``pip install
-e .[scale]``) and the corpus and profile at the same paths.
"""

from __future__ import annotations

import os
from pathlib import Path

CHUNK = 256  # items per task


def _write_chunk(task, out: str, profile_folder: str, fmt: str) -> list[tuple]:
    """Annotate one chunk and write its part of every table; per item, in order, ("error", error row) or
    ("article", signature, its number of rows in each table)."""
    from .annotate import TABLES
    from .export import _header, _Writer, process

    index, chunk = task
    results = [process(item, profile_folder) for item in chunk]
    staging = Path(out) / f".part-{index:05d}.tmp"
    staging.mkdir(parents=True, exist_ok=True)
    writer = _Writer(staging, fmt, list(TABLES), _header)
    done = []
    for cells, sig, error in results:
        if error is not None:
            done.append(("error", error))
            continue
        done.append(("article", sig, {name: len(rows) for name, rows in cells.items()}))
        for name, rows in cells.items():
            writer.write(name, rows)
    for path in writer.close():
        folder = Path(out) / path.stem
        folder.mkdir(exist_ok=True)
        os.replace(path, folder / f"part-{index:05d}{path.suffix}")
    staging.rmdir()
    return done


def _drop_rows(out: Path, index: int, fmt: str, dropped: dict[str, set[int]]) -> None:
    """Write part `index` of each table again without the rows numbered in `dropped` (table -> row numbers,
    counted from 0 after the header), through a temporary file and a rename."""
    for name, numbers in dropped.items():
        if not numbers:
            continue
        path = Path(out) / name / f"part-{index:05d}.{fmt}"
        partial = path.with_name(path.name + ".tmp")
        if fmt == "csv":
            import csv

            with open(path, encoding="utf-8", newline="") as f, open(partial, "w", encoding="utf-8", newline="") as g:
                rows = csv.reader(f)
                writer = csv.writer(g, lineterminator="\n")
                writer.writerow(next(rows))
                writer.writerows(row for i, row in enumerate(rows) if i not in numbers)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            keep = pa.array([i not in numbers for i in range(table.num_rows)])
            pq.write_table(table.filter(keep), partial)
        os.replace(partial, path)


def export_dask(
    todo, out: Path, profile_folder: str, fmt: str = "csv", strict: bool = False, scheduler: str | None = None
) -> list[Path]:
    """Export `todo` (the corpus's items, `analysis.export.Todo`) on a Dask cluster into `out` (see the module
    doc). Chunks are submitted a few at a time ahead of the one whose signatures and errors the parent takes,
    so neither the parent nor the scheduler holds the whole corpus's items or results."""
    import shutil
    import tempfile
    from collections import deque

    from distributed import Client, LocalCluster

    from .annotate import TABLES
    from .duplicates import DuplicateFinder
    from .errors import DuplicateArticleError
    from .export import ERROR_COLUMNS, _as_error, _finish, _header, _Writer, cell

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    staging = Path(tempfile.mkdtemp(prefix=".export.", dir=out))
    try:
        ahead = 4 * max(1, len(client.scheduler_info().get("workers", {})))
        finder = DuplicateFinder(staging)
        writer = _Writer(staging, fmt, ["errors", "duplicates"], _header)
        pending = deque()

        def take(index, future):
            done = future.result()
            future.release()
            at = dict.fromkeys(TABLES, 0)  # the rows of the chunk's part of each table so far
            dropped = {name: set() for name in TABLES}
            for entry in done:
                if entry[0] == "article":
                    _, sig, counts = entry
                    try:
                        finder.add(sig)
                        error = None
                    except ValueError as e:  # an id used twice: the article's rows leave the part
                        if strict:
                            raise DuplicateArticleError(sig.path, str(e)) from None
                        error = {"path": sig.path, "line": None, "error": "DuplicateArticleError", "message": str(e)}
                        for name, n in counts.items():
                            dropped[name].update(range(at[name], at[name] + n))
                    for name, n in counts.items():
                        at[name] += n
                else:
                    error = entry[1]
                    if strict:
                        raise _as_error(error)
                if error is not None:
                    writer.write("errors", [[cell(error[c]) for c in ERROR_COLUMNS]])
            if any(dropped.values()):
                _drop_rows(out, index, fmt, dropped)

        try:
            for index, chunk in enumerate(todo.chunks(CHUNK)):
                future = client.submit(_write_chunk, (index, chunk), str(out), profile_folder, fmt, pure=False)
                pending.append((index, future))
                if len(pending) > ahead:
                    take(*pending.popleft())
            while pending:
                take(*pending.popleft())
        finally:
            for _, future in pending:
                future.cancel()
        written = _finish(writer, finder, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        client.close()
        if cluster is not None:
            cluster.close()
    return sorted(p for name in TABLES for p in (out / name).glob("part-*")) + written
