"""Execute the project's notebooks in place, reproducibly.

Used by `make report` (`python -m analysis report`). Notebooks run in name
order, each in a fresh kernel started in `notebooks/`, and are saved only if
every cell succeeds. No timing metadata is recorded, so two runs in a row
leave the files unchanged.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from . import paths


def notebook_paths() -> list[Path]:
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def execute(path: Path, timeout: int = 600) -> None:
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
        nbformat.write(nb, f)
    os.replace(tmp, path)


def execute_all(selected: list[str] | None = None) -> list[str]:
    done = []
    targets = [Path(p) for p in selected] if selected else notebook_paths()
    for path in targets:
        execute(path)
        done.append(paths.display_path(path))
    return done
