"""Render the executed notebooks as a static site under build/.

    python -m analysis.site            # or: make html

Each notebook becomes build/notebooks/NN-topic.html (nbconvert's "basic"
template inside a small page of our own, so that the site loads nothing from
the network), figures are copied to build/figures/ so the notebooks' relative
image links keep working, and build/index.html lists the notebooks with the
headline figures.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
from pathlib import Path

from . import paths

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.5;color:#222}
img{max-width:100%}table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:right}th{background:#f5f5f5}
pre{background:#f7f7f7;padding:.5rem;overflow-x:auto;font-size:.8rem}
.jp-InputPrompt,.jp-OutputPrompt{display:none}nav a{margin-right:1rem}
"""


def _page(title: str, body: str, nav: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><nav>{nav}</nav>\n{body}\n</body></html>\n"
    )


def _title(nb_path: Path) -> str:
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            first = "".join(cell["source"]).strip().splitlines()[0]
            return first.lstrip("# ").strip()
    return nb_path.stem


def build_site(out: Path | str | None = None) -> list[Path]:
    from nbconvert import HTMLExporter

    out = Path(out or paths.ROOT / "build")
    if out.exists():
        shutil.rmtree(out)
    (out / "notebooks").mkdir(parents=True)
    shutil.copytree(paths.FIGURES, out / "figures")
    notebooks = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    nav = '<a href="../index.html">Index</a>' + "".join(f'<a href="{p.stem}.html">{p.stem[:2]}</a>' for p in notebooks)
    exporter = HTMLExporter(template_name="basic")
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    written = []
    for nb_path in notebooks:
        body, _ = exporter.from_filename(str(nb_path))
        target = out / "notebooks" / f"{nb_path.stem}.html"
        target.write_text(_page(_title(nb_path), body, nav), encoding="utf-8")
        written.append(target)
    items = "".join(f'<li><a href="notebooks/{p.stem}.html">{html.escape(_title(p))}</a></li>' for p in notebooks)
    figures = "".join(
        f'<figure><img src="figures/{f.name}" alt="{html.escape(f.stem)}"></figure>'
        for f in sorted(paths.FIGURES.glob("*.png"))
    )
    from .profile import load_profile

    title = load_profile().title
    index = (
        f"<h1>How the news covered {html.escape(title)}</h1>"
        f"<p>News articles, read by a small helper package; every number traces to a span of an "
        f'article\'s text. The notebooks:</p><ol start="0">{items}</ol><h2>Figures</h2>{figures}'
    )
    (out / "index.html").write_text(
        _page(f"{title} in the news", index, '<a href="index.html">Index</a>'), encoding="utf-8"
    )
    written.append(out / "index.html")
    return written


if __name__ == "__main__":
    for path in build_site(sys.argv[1] if len(sys.argv) > 1 else None):
        print(paths.display_path(path))
