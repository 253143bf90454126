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
    """Execute the project's notebooks in place (for the seeds)."""
    done = []
    targets = [Path(p) for p in selected] if selected else notebook_paths()
    for path in targets:
        execute(path)
        done.append(paths.display_path(path))
    return done


def report_for(corpus: Path | str | None, out: Path | str, event: Path | str | None = None) -> list[str]:
    """Run every notebook on another corpus and/or event profile, writing only under `out`.

    The notebooks are copied to OUT/notebooks and executed there with
    $ANALYSIS_EVENT naming the profile (default: the default profile),
    $ANALYSIS_CORPUS the articles (default: the profile's own) and
    $ANALYSIS_FIGURES OUT/figures; the annotation tables go to OUT/tables.
    The committed notebooks and figures are left untouched, and so is the corpus.
    """
    import shutil

    from .corpus import read_corpus
    from .export import export
    from .profile import load_profile

    profile = load_profile(event)  # fail early on a bad profile, naming file, line and column
    corpus = Path(corpus).resolve() if corpus else profile.corpus
    out = Path(out).resolve()
    read_corpus(corpus, profile)  # fail early, naming the bad file, before writing anything
    if (
        out == paths.ROOT
        or paths.ROOT in out.parents
        and out.parts[len(paths.ROOT.parts)] in ("notebooks", "figures", "seeds", "analysis")
    ):
        raise ValueError(f"{out}: choose an output folder outside the project's own folders")
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    done = []
    saved = {k: os.environ.get(k) for k in ("ANALYSIS_CORPUS", "ANALYSIS_FIGURES", "ANALYSIS_EVENT")}
    os.environ["ANALYSIS_EVENT"] = str(profile.folder)
    os.environ["ANALYSIS_CORPUS"] = str(corpus)
    os.environ["ANALYSIS_FIGURES"] = str(out / "figures")
    try:
        for source in notebook_paths():
            target = out / "notebooks" / source.name
            shutil.copyfile(source, target)
            execute(target)
            done.append(str(target))
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    done += [str(p) for p in export(corpus, out / "tables", profile)]
    return done
