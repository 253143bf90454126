"""Every path the project uses, built from this file's location.

Notebooks and tests import these instead of relying on the working directory,
so the same code runs from the project root, from `notebooks/` (where Jupyter
and nbval start kernels) or from an installed copy.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
RESOURCES = PACKAGE / "resources"  # general language knowledge, as files
EVENTS = ROOT / "events"  # one folder per event profile
SEEDS = ROOT / "seeds"
NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "figures"


def display_path(path: Path) -> str:
    """A short, machine-independent name for `path` (never an absolute path).

    Inside the project it is relative to the project root; elsewhere it is the
    file's folder name and file name, e.g. ``my_articles/a.txt``.
    """
    folder, name = os.path.split(os.fspath(path))
    return _folder_name(folder) + name


@lru_cache(maxsize=64)
def _folder_name(folder: str) -> str:
    # one folder holds many articles: work its name out once
    real = Path(os.path.realpath(folder or "."))
    try:
        inside = real.relative_to(ROOT).as_posix()
        return "" if inside == "." else inside + "/"
    except ValueError:
        return f"{real.name}/"


def corpus_dir() -> Path:
    """The folder of articles to analyse: $ANALYSIS_CORPUS, else the event profile's own articles."""
    if os.environ.get("ANALYSIS_CORPUS"):
        return Path(os.environ["ANALYSIS_CORPUS"])
    from .profile import load_profile

    return load_profile().corpus


def figures_dir() -> Path:
    """Where figures are written: $ANALYSIS_FIGURES, else figures/."""
    return Path(os.environ.get("ANALYSIS_FIGURES") or FIGURES)
