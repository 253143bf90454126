"""The package is event-neutral: everything about an event lives in its profile under events/."""

import re

import pytest

from analysis import paths
from analysis.profile import load_profile

PROFILES = sorted(p.parent for p in paths.EVENTS.glob("*/event.toml"))
MODULES = sorted(paths.PACKAGE.glob("*.py"))


def event_specific_words(profile) -> set[str]:
    """Event ids, article ids, and the surnames of the people the profile lists (four letters or more,
    so that short names shared by many events are not counted)."""
    words = {e.event_id for e in profile.events}
    words |= {p.stem for p in profile.corpus.glob("*.txt")}
    words |= {
        a.name.split()[-1] for a in profile.actors.values() if a.kind == "person" and len(a.name.split()[-1]) >= 4
    }
    # an id that is a plain lower-case English word ("balloon") is not a name; ids with "_", names are
    return {w for w in words if "_" in w or any(c.isdigit() for c in w) or w[:1].isupper()}


def test_there_are_two_profiles_and_each_loads():
    assert len(PROFILES) >= 2
    for folder in PROFILES:
        p = load_profile(folder)
        assert p.events and p.actors and p.codebook and list(p.corpus.glob("*.txt")), folder.name


@pytest.mark.parametrize("folder", PROFILES, ids=lambda f: f.name)
def test_no_package_module_names_an_event_an_article_or_a_person_of_a_profile(folder):
    words = event_specific_words(load_profile(folder))
    # a name both profiles list (a head of state, say) is not specific to one event
    others = set().union(*(event_specific_words(load_profile(f)) for f in PROFILES if f != folder))
    words -= others
    found = []
    for module in MODULES:
        text = module.read_text(encoding="utf-8")
        for w in words:
            for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text):
                found.append(f"{module.name}:{text.count(chr(10), 0, m.start()) + 1}: {w}")
    assert not found, "\n".join(sorted(found))


def test_a_bad_profile_is_named_by_file_line_and_column(tmp_path):
    import shutil

    from analysis.errors import ProfileError

    bad = tmp_path / "bad"
    shutil.copytree(PROFILES[0], bad, ignore=shutil.ignore_patterns("articles"))
    chronology = bad / "chronology.csv"
    lines = chronology.read_text(encoding="utf-8").split("\n")
    header = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    cells = lines[header + 1].split(",")
    cells[1] = "2023-02-30"  # start: not a date
    lines[header + 1] = ",".join(cells)
    chronology.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(
        ProfileError, match=rf"chronology.csv, line {header + 2}, column start: '2023-02-30' is not a date"
    ):
        load_profile(bad)
    shutil.copy(PROFILES[0] / "chronology.csv", chronology)
    actors = bad / "actors.csv"
    actors.write_text(
        actors.read_text(encoding="utf-8") + "Nobody,Nobody,person,role,affiliation,no such group,x\n", encoding="utf-8"
    )
    with pytest.raises(ProfileError, match=r"actors.csv, line \d+, column group: 'no such group'"):
        load_profile(bad)
    shutil.copy(PROFILES[0] / "actors.csv", actors)
    issues = bad / "issues.csv"
    issues.write_text(issues.read_text(encoding="utf-8") + "broken,Broken,a bad pattern,(unclosed\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"issues.csv, line \d+, column terms: invalid regular expression"):
        load_profile(bad)
    shutil.copy(PROFILES[0] / "issues.csv", issues)
    terms = bad / "terms.csv"
    terms.write_text(terms.read_text(encoding="utf-8") + "china,PRC,\\bPRC\\b\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"terms.csv, line \d+, column pattern: write word patterns in lower case"):
        load_profile(bad)
    shutil.copy(PROFILES[0] / "terms.csv", terms)
    toml = bad / "event.toml"
    text = toml.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^hidden = .*$", "", text)  # a hidden list the profile has
    toml.write_text(
        re.sub(r"(?m)^\[timeline\]$", '[timeline]\nhidden = ["no_such_event"]', text, count=1), encoding="utf-8"
    )
    with pytest.raises(ProfileError, match=r"event.toml.*timeline.hidden.*unknown event 'no_such_event'"):
        load_profile(bad)


def test_a_report_on_the_second_profile_runs_every_notebook_on_its_own_articles(tmp_path):
    import json

    import pandas as pd

    from analysis.notebooks import notebook_paths, report_for

    second = next(f for f in PROFILES if not load_profile(f).folder.samefile(load_profile().folder))
    profile = load_profile(second)
    committed = {p: p.read_bytes() for p in notebook_paths()}
    report_for(None, tmp_path, second)
    assert committed == {p: p.read_bytes() for p in notebook_paths()}  # the committed notebooks are untouched
    for nb in notebook_paths():
        executed = json.loads((tmp_path / "notebooks" / nb.name).read_text(encoding="utf-8"))
        errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors, nb.name
    seeds = {p.stem for p in paths.SEEDS.glob("*.txt")}
    for name in ("00-corpus.ipynb", "01-chronology.ipynb"):  # their prose is written from the tables
        text = (tmp_path / "notebooks" / name).read_text(encoding="utf-8")
        assert not any(s in text for s in seeds), name
        assert profile.title in text, name
    articles = pd.read_csv(tmp_path / "tables" / "articles.csv")
    assert set(articles.article_id) == {p.stem for p in profile.corpus.glob("*.txt")}
    assert (tmp_path / "figures" / "01-timeline.png").stat().st_size > 10_000


def test_every_resource_and_profile_file_says_what_it_is_and_how_a_row_is_read():
    files = sorted(paths.RESOURCES.glob("*.csv")) + sorted(paths.EVENTS.glob("*/*.csv"))
    assert len(files) >= 6 + 2 * 10
    for path in files:
        lines = path.read_text(encoding="utf-8").split("\n")
        comments = [line for line in lines if line.startswith("#")]
        assert comments and lines[0].startswith("#"), path.name
        assert sum(len(c) for c in comments) > 60, path.name  # a sentence, not a stub


def test_a_bad_resource_row_is_named_by_file_line_and_column(tmp_path):
    from analysis.clean import load_rules
    from analysis.errors import ProfileError

    bad = tmp_path / "debris_rules.csv"
    bad.write_text(
        "# rules\nrule_id,reason,scope,pattern\nok,fine,line,Share\nbroken,bad,line,(unclosed\n", encoding="utf-8"
    )
    with pytest.raises(ProfileError, match=r"debris_rules.csv, line 4, column pattern: invalid regular expression"):
        load_rules(str(bad))


@pytest.mark.parametrize("folder", PROFILES, ids=lambda f: f.name)
def test_every_profile_dates_and_annotates_every_article_of_the_evaluation_and_the_seeds(folder):
    """A profile read against articles about another event must still give an answer, never an error:
    each chronology meets texts whose events it does not list (e.g. a plan put off with no event linked)."""
    from analysis.annotate import annotate
    from analysis.corpus import date_article, read_article

    profile = load_profile(folder)
    files = sorted((paths.ROOT / "evaluation" / "articles").glob("*.txt")) + sorted(paths.SEEDS.glob("*.txt"))
    for f in files:
        article = date_article(read_article(f), profile)
        assert isinstance(annotate(article, profile), dict), f.name
