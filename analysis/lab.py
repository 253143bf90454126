"""Open the project in JupyterLab as a reader would, and set JupyterLab up for it.

    python -m analysis.lab            # or: make lab
    python -m analysis.lab --setup    # run by `make setup` and by Binder's postBuild

JupyterLab serves the repository root, so every relative link and image of
the notebooks (``../figures/…``) resolves and the whole project (README,
figures, data, exported tables) is in the file browser; it opens on the first
notebook. The set-up writes a settings override into the environment so that
JupyterLab neither asks about nor fetches Jupyter news (nothing covers the
notebook on first open), and registers nbdime's git diff driver for this
repository so that `git diff` shows notebook changes cell by cell.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from . import paths

FIRST_NOTEBOOK = paths.NOTEBOOKS / "00-corpus.ipynb"

# JupyterLab reads overrides of its settings' defaults from this file of the
# environment (jupyterlab_server: {app_settings_dir}/overrides.json).
SETTINGS = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


def command(*options: str) -> list[str]:
    """The `jupyter lab` command line: the repository root served, the first notebook opened."""
    return [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={paths.ROOT}", *options, str(FIRST_NOTEBOOK)]


def settings_file(prefix: Path | str = sys.prefix) -> Path:
    return Path(prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"


def write_settings(prefix: Path | str = sys.prefix) -> Path:
    """Merge `SETTINGS` into the environment's overrides, keeping any others there."""
    path = settings_file(prefix)
    current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for plugin, values in SETTINGS.items():
        current.setdefault(plugin, {}).update(values)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def register_notebook_diff() -> str | None:
    """Point this repository's `diff=jupyternotebook` attribute (.gitattributes) at nbdime.

    The driver is named by its absolute path in this environment, so `git diff`
    works without activating it. Returns the command set, or None outside a git
    checkout or without git.
    """
    driver = Path(sys.executable).parent / "git-nbdiffdriver"
    if not (paths.ROOT / ".git").exists() or shutil.which("git") is None or not driver.exists():
        return None
    value = f"{driver} diff"
    subprocess.run(["git", "config", "diff.jupyternotebook.command", value], cwd=paths.ROOT, check=True)
    return value


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--setup"]:
        print(f"JupyterLab settings: {write_settings()}")
        print(f"git diff for notebooks: {register_notebook_diff() or 'not a git checkout, left alone'}")
        return 0
    return subprocess.call(command(*argv), cwd=paths.ROOT)


if __name__ == "__main__":
    sys.exit(main())
