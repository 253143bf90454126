"""The GitHub Actions workflow, the Binder set-up and the lint configuration, checked as far as they can be here.

The workflow cannot run outside GitHub, so it is validated against the
GitHub workflow schema vendored in check-jsonschema (no network).
"""

import subprocess
import sys
import tomllib

import pytest
import yaml

from analysis import paths

WORKFLOW = paths.ROOT / ".github" / "workflows" / "test.yml"


def validate(path):
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
    )


def workflow():
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_workflow_validates_against_the_github_workflow_schema():
    result = validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path):
    broken = workflow()
    del broken["jobs"]["test"]["runs-on"]
    broken["jobs"]["test"]["strategy"]["fail-fast"] = "sometimes"
    path = tmp_path / "broken.yml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    assert validate(path).returncode != 0


def test_workflow_runs_the_readme_test_command_on_every_supported_python():
    jobs = workflow()["jobs"]
    assert jobs["test"]["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13"]
    runs = [step.get("run", "") for step in jobs["test"]["steps"]]
    assert any(run.startswith("make test") for run in runs)
    setup = next(step for step in jobs["test"]["steps"] if step.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip"
    browser = " ".join(step.get("run", "") for step in jobs["browser"]["steps"])
    assert "make html" in browser and "REQUIRE_CHROMIUM=1" in browser
    assert "tests/test_site.py" in browser and "tests/test_lab.py" in browser


def test_requires_python_admits_every_version_tested():
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.11"


def test_binder_builds_the_environment_and_writes_the_lab_settings():
    post_build = paths.ROOT / "postBuild"
    assert post_build.stat().st_mode & 0o111, "postBuild must be executable"
    assert "python -m analysis.lab --setup" in post_build.read_text(encoding="utf-8")
    assert not (paths.ROOT / "binder").exists(), "a binder/ folder would make Binder ignore environment.yml"


@pytest.mark.parametrize("hook", ["ruff-check", "ruff-format"])
def test_pre_commit_runs_the_ruff_pinned_in_pyproject(hook):
    config = yaml.safe_load((paths.ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {h["id"]: h for repo in config["repos"] for h in repo["hooks"]}
    dev = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]["dev"]
    ruff = next(d for d in dev if d.startswith("ruff=="))
    assert hooks[hook]["additional_dependencies"] == [ruff]
    makefile = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    assert f"{hooks[hook]['entry']} analysis tests notebooks" in makefile
