"""Save figures, and the table each one plots, with fixed size and settings.

Every figure the notebooks show is written to `figures/NAME.png` beside
`figures/NAME.csv`, the exact rows it draws, so a reader can check a bar
against a number. PNGs carry no software-version metadata and a fixed dpi so
that re-running the notebooks rewrites identical files where matplotlib
itself is byte-stable.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from . import paths
from .export import write_csv_atomic

DPI = 110


def save_figure(fig, name: str, data=None, folder: Path | None = None) -> Path:
    """Write `fig` as NAME.png (and `data`, a DataFrame, as NAME.csv)."""
    folder = Path(folder or paths.figures_dir())
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{name}.png"
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".png", dir=folder)
    os.close(fd)
    try:
        fig.savefig(tmp, dpi=DPI, metadata={"Software": None}, bbox_inches="tight")
        os.replace(tmp, png)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    if data is not None:
        write_csv_atomic(data, folder / f"{name}.csv")
    return png


def show_figure(fig, name: str, alt: str, data=None, folder: Path | None = None):
    """Save `fig` (see `save_figure`), close it, and return it as Markdown with alt text,
    `![alt](../figures/NAME.png)`, so that the rendered notebook (on GitHub and in the site) shows the
    saved image with a description for readers who cannot see it."""
    import matplotlib.pyplot as plt
    from IPython.display import Markdown

    save_figure(fig, name, data=data, folder=folder)
    plt.close(fig)
    return Markdown(f"![{alt.replace(']', ')').replace('[', '(')}](../figures/{name}.png)")


def save_table(data, name: str, folder: Path | None = None) -> str:
    """Write a table the notebook shows only in part as figures/NAME.csv; returns the path to cite."""
    folder = Path(folder or paths.figures_dir())
    folder.mkdir(parents=True, exist_ok=True)
    write_csv_atomic(data, folder / f"{name}.csv")
    return f"figures/{name}.csv"
