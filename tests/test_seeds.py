"""The seed files are the project's raw data: they must never change."""

import hashlib
import re

from analysis import paths

ROW = re.compile(r"^\|\s*`(?P<name>[^`]+\.txt)`\s*\|\s*`(?P<sha>[0-9a-f]{64})`\s*\|", re.M)


def recorded_hashes():
    return {m["name"]: m["sha"] for m in ROW.finditer((paths.SEEDS / "README.md").read_text(encoding="utf-8"))}


def test_readme_lists_every_seed_file():
    files = sorted(p.name for p in paths.SEEDS.glob("*.txt"))
    assert len(files) == 5
    assert sorted(recorded_hashes()) == files


def test_seed_bytes_match_recorded_sha256():
    for name, sha in recorded_hashes().items():
        assert hashlib.sha256((paths.SEEDS / name).read_bytes()).hexdigest() == sha, f"seeds/{name} changed"


def test_seeds_match_original_files_when_present():
    original = paths.ROOT.parent / "shared" / "seeds"
    for path in sorted(original.glob("*.txt")):
        assert (paths.SEEDS / path.name).read_bytes() == path.read_bytes(), path.name


def test_readme_states_each_date_as_the_file_does(seeds):
    text = (paths.SEEDS / "README.md").read_text(encoding="utf-8")
    for article in seeds.values():
        row = next(line for line in text.splitlines() if article.article_id in line and line.startswith("|"))
        expected = article.published.isoformat() if article.date_source == "header" else "none"
        assert f"| {expected} |" in row, row
