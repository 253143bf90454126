"""The static site: built by `make html`, loaded page by page in headless Chromium.

The browser part is skipped where no Chromium is installed; `make test-browser`
installs Debian's chromium and runs this file.
"""

import re
import subprocess
from pathlib import Path

import pytest
from browser import CHROMIUM, FLAGS, SKIP, SKIP_REASON

from analysis import paths
from analysis.site import build_site


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "build"
    build_site(out)
    return out


def pages(site):
    return [site / "index.html"] + sorted((site / "notebooks").glob("*.html"))


def test_every_notebook_has_a_page(site):
    names = sorted(p.stem for p in (site / "notebooks").glob("*.html"))
    assert names == sorted(p.stem for p in paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    index = (site / "index.html").read_text(encoding="utf-8")
    for name in names:
        assert f'href="notebooks/{name}.html"' in index


def test_pages_load_nothing_from_the_network(site):
    for page in pages(site):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'(?:src|href)="(?:https?:)?//', text), page.name


def _dom(page: Path, profile: Path) -> tuple[str, str]:
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-1000:]
    return result.stdout, result.stderr


@pytest.mark.skipif(SKIP, reason=SKIP_REASON)
def test_pages_render_in_a_browser_with_figures_tables_and_no_errors(site, tmp_path):
    for page in pages(site):
        dom, log = _dom(page, tmp_path / page.stem)
        images = re.findall(r'<img[^>]+src="([^"]+)"', dom)
        assert images, f"{page.name}: no figures"
        for src in images:
            if not src.startswith("data:"):
                assert (page.parent / src).resolve().exists(), f"{page.name}: missing {src}"
        if page.name != "index.html":
            assert "<table" in dom, f"{page.name}: no tables"
        console = [line for line in log.splitlines() if "CONSOLE" in line or "Uncaught" in line]
        assert not console, f"{page.name}: {console[:3]}"
        assert "Failed to load resource" not in log, page.name
