"""JupyterLab as a reader opens it: every image a notebook shows resolves, and renders in the lab.

The first test reads the notebooks' files. The second starts JupyterLab the
way `make lab` does (`analysis.lab.command`) on a free localhost port with a
token and temporary Jupyter folders, loads each notebook in headless
Chromium, and checks what a reader would see; it is skipped where no
Chromium is installed (`make test-browser` installs it).
"""

import json
import os
import re
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from browser import SKIP, SKIP_REASON, Browser

from analysis import lab, paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
HTML_IMAGE = re.compile(r"<img\b[^>]*\bsrc=[\"']([^\"']+)", re.I)


def cells(nb_path):
    return json.loads(nb_path.read_text(encoding="utf-8"))["cells"]


def image_references(nb_path):
    """Every image a notebook shows: (where, reference), from markdown and from outputs."""
    refs = []
    for i, cell in enumerate(cells(nb_path)):
        texts = ["".join(cell["source"])] if cell["cell_type"] == "markdown" else []
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data or "image/svg+xml" in data:
                refs.append((f"cell {i} output", "data:"))
            texts.append("".join(data.get("text/html", [])))
            texts.append("".join(data.get("text/markdown", [])))  # a figure shown as Markdown, with alt text
        for text in texts:
            refs += [(f"cell {i}", ref) for pattern in (MARKDOWN_IMAGE, HTML_IMAGE) for ref in pattern.findall(text)]
    return refs


@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_image_reference_resolves_to_a_file_in_the_repository(nb_path):
    for where, ref in image_references(nb_path):
        if ref == "data:":
            continue
        assert not urllib.parse.urlsplit(ref).scheme, f"{nb_path.name} {where}: {ref} is not a repository file"
        target = (nb_path.parent / urllib.parse.unquote(ref)).resolve()
        assert paths.ROOT in target.parents, f"{nb_path.name} {where}: {ref} points outside the repository"
        assert target.is_file(), f"{nb_path.name} {where}: {ref} does not exist"


def test_the_lab_serves_the_repository_root_and_opens_the_first_notebook():
    cmd = lab.command()
    assert f"--ServerApp.root_dir={paths.ROOT}" in cmd
    assert cmd[-1] == str(paths.NOTEBOOKS / "00-corpus.ipynb")
    assert lab.SETTINGS["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"


def test_setup_merges_the_lab_settings_into_existing_overrides(tmp_path):
    path = lab.settings_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"}}))
    lab.write_settings(tmp_path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    assert written["@jupyterlab/apputils-extension:notification"] == {"fetchNews": "false", "checkForUpdates": False}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, timeout=10):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers.get_content_type()
    except urllib.error.HTTPError as e:
        return e.code, None
    except OSError:  # not listening (yet)
        return None, None


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """A running JupyterLab as `make lab` starts it, with temporary user folders; stopped afterwards."""
    home = tmp_path_factory.mktemp("jupyter")
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTER_PLATFORM_DIRS": "1",
    }
    port, token = free_port(), secrets.token_hex(16)
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        lab.command(
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--LabApp.workspaces_dir={home / 'workspaces'}",
            f"--LabApp.user_settings_dir={home / 'user'}",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ),
        cwd=home,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(home / "server.log", "w"),
    )
    try:
        deadline = time.monotonic() + 60
        while get(f"{base}/api/status?token={token}", timeout=2)[0] != 200:
            assert server.poll() is None and time.monotonic() < deadline, (home / "server.log").read_text()[-2000:]
            time.sleep(0.3)
        yield base, token
    finally:
        try:
            request = urllib.request.Request(f"{base}/api/shutdown?token={token}", method="POST")
            urllib.request.urlopen(request, timeout=10).close()
            server.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            server.kill()
            server.wait()


# What the open notebook shows, read from the page once all its cells are rendered.
RENDERED = """(() => {
  const panel = [...document.querySelectorAll('.jp-NotebookPanel')].find(p => !p.classList.contains('lm-mod-hidden'));
  const nb = panel && panel.querySelector('.jp-Notebook');
  if (!nb) return null;
  const cells = nb.querySelectorAll('.jp-Cell');
  const rendered = nb.querySelectorAll('.jp-MarkdownCell.jp-mod-rendered, .jp-CodeCell').length;
  const images = [...nb.querySelectorAll('.jp-RenderedMarkdown img, .jp-OutputArea-output img')];
  if (cells.length !== %(n_cells)d || rendered !== cells.length || images.length < %(n_images)d
      || images.some(i => !i.complete || !i.getAttribute('src'))) return null;
  return {
    title: document.title,
    cells: cells.length,
    images: images.map(i => ({src: i.getAttribute('src'), alt: i.alt, width: i.naturalWidth})),
    errors: nb.querySelectorAll('[data-mime-type="application/vnd.jupyter.stderr"],'
                                + ' [data-mime-type="application/vnd.jupyter.error"]').length,
    popups: [...document.querySelectorAll('.jp-Dialog, .Toastify__toast')].map(e => e.innerText),
  };
})()"""


@pytest.mark.skipif(SKIP, reason=SKIP_REASON)
def test_every_notebook_renders_in_jupyterlab_with_its_figures(jupyterlab, tmp_path):
    base, token = jupyterlab
    browser = Browser(tmp_path / "profile")
    try:
        for nb_path in NOTEBOOKS:
            name = nb_path.relative_to(paths.ROOT).as_posix()
            expected = image_references(nb_path)
            browser.call("Page.navigate", url=f"{base}/lab/tree/{name}?token={token}&reset")
            # Forget what the previous page logged while being left: JupyterLab asks before leaving a
            # notebook it counts as changed (as on another Python, whose kernel reports another
            # language_info than the committed one), and Chromium logs that it blocked the prompt.
            browser.events.clear()
            shown = browser.wait_for(RENDERED % {"n_cells": len(cells(nb_path)), "n_images": len(expected)}, timeout=90)
            assert shown, f"{name}: the notebook did not render with all its cells and images in 90 s"
            assert len(shown["images"]) == len(expected), f"{name}: {shown['images']}"
            for image in shown["images"]:
                assert image["width"] > 0, f"{name}: image {image['alt'] or image['src'][:40]} is broken"
                if not image["src"].startswith("data:"):
                    url = urllib.parse.urljoin(f"{base}/lab/tree/{name}", image["src"])
                    url += ("&" if "?" in url else "?") + f"token={token}"
                    assert get(url) == (200, "image/png"), f"{name}: {image['src']} is not served"
            assert shown["errors"] == 0, f"{name}: error output"
            assert shown["popups"] == [], f"{name}: something pops up: {shown['popups']}"
            time.sleep(1)  # late console messages of the page load
            browser.evaluate("0")
            assert browser.console_errors() == [], name
            assert browser.failed_responses() == [], name
    finally:
        browser.close()
