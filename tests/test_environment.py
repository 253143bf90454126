"""One source of truth for dependencies; the two commands stay true."""

import re
import tomllib

import yaml

from analysis import paths


def pyproject():
    return tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def pins(requirements):
    out = {}
    for req in requirements:
        m = re.match(r"^([A-Za-z0-9_.-]+)\s*(?:==\s*([^,;\s]+))?", req)
        out[m.group(1).lower()] = m.group(2)
    return out


def environment():
    return yaml.safe_load((paths.ROOT / "environment.yml").read_text(encoding="utf-8"))


def test_environment_yml_installs_the_project_with_dev_extra():
    env = environment()
    assert env["channels"] == ["conda-forge"]
    pip_section = next(d for d in env["dependencies"] if isinstance(d, dict))["pip"]
    assert pip_section == ["-e .[dev,scale]"]


def test_environment_yml_python_matches_requires_python():
    env = environment()
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    version = python.split("=", 1)[1]
    assert f">={version}" in pyproject()["project"]["requires-python"]


def test_conda_pins_agree_with_pyproject():
    project = pyproject()["project"]
    declared = pins(project["dependencies"] + project["optional-dependencies"]["dev"])
    for dep in environment()["dependencies"]:
        if not isinstance(dep, str) or dep.startswith(("python=", "pip")):
            continue
        name, _, version = dep.partition("=")
        assert name in declared, f"{name} is in environment.yml but not in pyproject.toml"
        assert declared[name] == version, f"{name}: environment.yml {version} vs pyproject {declared[name]}"


def test_output_shaping_packages_are_pinned_exactly():
    project = pyproject()["project"]
    declared = pins(project["dependencies"] + project["optional-dependencies"]["dev"])
    for name in ("pandas", "numpy", "matplotlib", "ipykernel", "nbval", "jupyterlab", "pytest"):
        assert declared.get(name), f"{name} must be pinned with =="


def test_readme_quick_start_is_the_two_make_targets():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", readme, re.S).group(1)
    commands = [line.strip() for line in block.splitlines() if line.strip() and not line.startswith("#")]
    assert commands == ["make report", "make test"]
    makefile = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("report", "test", "lab", "help"):
        assert re.search(rf"^{target}:.*## ", makefile, re.M), target
    assert "make test" in (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
