"""The committed notebooks are executed top to bottom in one clean run."""

import json
import re

import pytest

from analysis import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def test_notebooks_exist_and_are_numbered():
    names = [p.name for p in NOTEBOOKS]
    assert names and names[0] == "00-corpus.ipynb"
    numbers = [int(n[:2]) for n in names]
    assert numbers == list(range(len(numbers)))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_executed_in_order_in_one_run(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, "a notebook without code"
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_are_clean(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        assert "NBVAL_IGNORE_OUTPUT" not in source and "NBVAL_SKIP" not in source
        assert "sys.path" not in source, "notebooks import the installed package"
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", source[:80]
            assert out.get("name") != "stderr", f"stderr output in cell: {source[:80]}"
            text = json.dumps(out.get("data", {})) + "".join(out.get("text", []))
            assert not re.search(r" at 0x[0-9a-f]{6,}|/work/|/tmp/|/home/|/root/", text), source[:80]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_figures_the_notebook_saves_are_committed(path):
    source = path.read_text(encoding="utf-8")
    for name in re.findall(r'(?:save|show)_figure\([^,]+,\s*\\"([^"\\]+)\\"', source):
        assert (paths.FIGURES / f"{name}.png").exists(), name
        assert (paths.FIGURES / f"{name}.csv").exists(), name
