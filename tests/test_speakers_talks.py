"""Who speaks when a record tells of talks two people held ("Doe held talks with Roe, the ministry said"): made-up
sentences with near-misses that must not be read so.

Every name here is invented; nobody is in the default profile's actor list.
"""

import pytest
from helpers import quotes


def rows_of(tmp_path, text: str) -> list[tuple[str, str | None]]:
    return [(r["kind"], r["speaker"]) for r in quotes(tmp_path, text + "\n")]


# --- talks held with someone, told by a record: the two who talked ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Amsel held talks with Lena Roth in Oslo on Sunday, the Norland foreign ministry said.",
        "Karl Amsel held talks on trade and the border with Lena Roth for two days, the ministry said.",
        "Karl Amsel had a phone call on Monday with Lena Roth, the ministry said.",
        "Gen. Karl Amsel, Jr. held talks Thursday with his Valdorian counterpart, Gen. Lena Roth, aimed at closer "
        "communication, the Pentagon said.",
        "Karl Amsel held talks with Lena Roth in Oslo, according to the ministry.",
        "Karl Amsel held talks with Lena Roth in Oslo, according to a statement from the ministry.",
    ],
)
def test_talks_held_with_someone_told_by_a_record_are_the_two_who_talked(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence)
    assert [sp for kind, sp in rows if kind == "indirect"] in (["Karl Amsel and Lena Roth"], ["Amsel and Lena Roth"])


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # a person's or an official's account of the talks is the teller's, as the conventions have it
        ("Karl Amsel held talks with Lena Roth in Oslo, Jan Moor said.", "Jan Moor"),
        ("Karl Amsel held talks with Lena Roth in Oslo, an official said.", "official"),
        ("Karl Amsel held talks with Lena Roth in Oslo, according to a senior official.", "senior official"),
        # talks named in a clause on something else, and "with" after another verb, are no talks held with someone
        ("The talks, which Karl Amsel held with Lena Roth, were long, the ministry said.", "ministry"),
        ("Karl Amsel held talks in Oslo, then met with Lena Roth, the ministry said.", "ministry"),
        ("Karl Amsel held talks in Oslo before meeting with Lena Roth, the ministry said.", "ministry"),
        # a country is no person: its talks told by another's record stay the record's
        ("Norland held talks with Valdoria, the ministry said.", "ministry"),
    ],
)
def test_talks_told_otherwise_keep_the_teller(tmp_path, sentence, speaker):
    rows = rows_of(tmp_path, sentence)
    assert [sp for kind, sp in rows if kind == "indirect"] == [speaker]


def test_the_records_word_for_the_talks_stays_the_records(tmp_path):
    rows = rows_of(tmp_path, "Karl Amsel held “candid, useful” talks with Lena Roth in Oslo, the ministry said.")
    assert rows == [("indirect", "Karl Amsel and Lena Roth"), ("partial", "ministry")]
    rows = rows_of(tmp_path, "Karl Amsel held “candid” talks with Lena Roth, according to the Norland ministry.")
    assert rows == [("indirect", "Karl Amsel and Lena Roth"), ("partial", "Norland ministry")]


# --- "the two military leaders": the two people named before, not a body named in the plural of an office --------


@pytest.mark.parametrize("surname", ["Amsel", "Matthews"])
def test_the_two_leaders_are_not_a_body_in_the_plural_of_an_office(tmp_path, surname):
    text = (
        f"General Karl {surname} of Norland spoke with General Lena Roth of Valdoria on Thursday, a spokesman said.\n\n"
        f"{surname} — the chairman of the Norland Joint Chiefs of Staff — “discussed the importance of working "
        "together,” spokesman Captain Jan Moor said in a statement.\n\n"
        "The two military leaders also “discussed a number of security issues” during their call."
    )
    rows = rows_of(tmp_path, text)
    assert rows[-2:] == [("indirect", f"Karl {surname} and Lena Roth"), ("partial", f"Karl {surname} and Lena Roth")]
