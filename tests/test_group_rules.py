"""A speaker the profile's actors do not list is placed in a group by the profile's group rules."""

import shutil

import pytest

from analysis.annotate import JOINT_GROUP, place_speakers
from analysis.errors import ProfileError
from analysis.profile import load_profile, paths


@pytest.mark.parametrize(
    ("row", "group"),
    [
        (
            dict(
                speaker="Ann Lee", speaker_kind="person", speaker_title="professor", speaker_affiliation="a university"
            ),
            "academic or think tank",
        ),
        (dict(speaker="a senior State Department official", speaker_kind="anonymous"), "US government"),
        (dict(speaker="the Chinese foreign ministry", speaker_kind="institution"), "Chinese government"),
        (
            dict(
                speaker="Bo Chen", speaker_kind="person", speaker_title="former ambassador", speaker_affiliation="China"
            ),
            "former official",
        ),
        (
            dict(
                speaker="Sam Roe",
                speaker_kind="person",
                speaker_title="chief executive",
                speaker_affiliation="the American Chamber of Commerce",
            ),
            "other",
        ),
        (
            dict(speaker="Li Wei", speaker_kind="person", speaker_title="Premier", speaker_affiliation="State Council"),
            "Chinese government",
        ),
        (
            dict(
                speaker="Zhao Min",
                speaker_kind="person",
                speaker_title="Member of the Political Bureau of the CPC Central Committee and Foreign Minister",
            ),
            "Chinese government",
        ),
        (dict(speaker="Jo Park", speaker_kind="person"), "unknown"),  # nothing in the text places them
        (dict(speaker="Washington Irving", speaker_kind="person"), "unknown"),  # a person's own name never does
    ],
)
def test_an_unlisted_speaker_is_placed_by_title_and_affiliation(row, group):
    (placed,) = place_speakers([{**row, "speaker_group": "unknown"}], load_profile())
    assert placed["speaker_group"] == group


@pytest.mark.parametrize(
    ("speaker", "kind", "group"),
    [
        ("both sides", "anonymous", JOINT_GROUP),  # a joint readout's subject
        ("The two leaders", "anonymous", JOINT_GROUP),
        ("Antony Blinken and Ann Lee", "person", JOINT_GROUP),  # one member the actor list does not place
        ("Antony Blinken and Xi Jinping", "person", JOINT_GROUP),  # two groups
        ("Antony Blinken and Joe Biden", "person", "US government"),  # one group: theirs
        ("Smith and Jones Associates", "institution", "unknown"),  # an institution's name is one speaker
        ("U.S. and Chinese officials", "anonymous", JOINT_GROUP),  # each side placed by its own rule
        ("American and British officials", "anonymous", "US government"),
        ("the State Department and the Pentagon", "institution", "US government"),  # both sides one group
    ],
)
def test_a_joint_speaker_is_counted_jointly_unless_all_members_share_a_group(speaker, kind, group):
    row = dict(speaker=speaker, speaker_kind=kind, speaker_group="unknown")
    assert place_speakers([row], load_profile())[0]["speaker_group"] == group


def test_a_listed_speaker_keeps_the_actor_group_and_no_speaker_gets_none():
    rows = [
        dict(speaker="Someone", speaker_group="media", speaker_kind="person", speaker_title="professor"),
        dict(speaker=None, speaker_group=None),
    ]
    assert [r["speaker_group"] for r in place_speakers(rows, load_profile())] == ["media", None]


def test_a_rule_naming_an_unknown_group_is_reported(tmp_path):
    bad = tmp_path / "profile"
    shutil.copytree(paths.EVENTS / "blinken-china-2023", bad)
    rules = bad / "group_rules.csv"
    rules.write_text(rules.read_text(encoding="utf-8") + "bankers,bank\\b\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"group_rules.csv, line \d+, column group: 'bankers' is no group"):
        load_profile(bad)
