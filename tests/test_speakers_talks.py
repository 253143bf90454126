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


# --- "the two leaders" after the two its own sentence names; a place is no person -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "President Karl Amsel met Premier Lena Roth for three hours in Oslo, where the two leaders agreed to resume "
        "talks on trade.",
        "On Monday, Foreign Minister Karl Amsel held a short meeting with Lena Roth, where the two diplomats discussed "
        "a range of topics.",
        # a place after a preposition of place names no one: still two people
        "Karl Amsel met Lena Roth at a summit south of Port Royal, where the two leaders agreed to resume talks.",
    ],
)
def test_the_two_leaders_are_the_two_people_their_own_sentence_names_before(tmp_path, sentence):
    rows = rows_of(tmp_path, "The talks were long.\n\n" + sentence)
    assert [sp for kind, sp in rows if kind == "indirect"] == ["Karl Amsel and Lena Roth"]


def test_the_two_leaders_after_three_people_in_their_sentence_look_further_up(tmp_path):
    text = (
        "Karl Amsel and Lena Roth met in Oslo on Sunday.\n\n"
        "Hours after Jan Moor left, President Karl Amsel met Premier Lena Roth again, and the two leaders agreed to "
        "resume talks on trade."
    )
    rows = rows_of(tmp_path, text)
    # three people named before the phrase in its sentence: the pair of the sentence before, not the three
    assert [sp for kind, sp in rows if kind == "indirect"][-1] == "Karl Amsel and Lena Roth"


def test_a_place_off_a_coast_is_no_person_of_the_pair_before(tmp_path):
    text = (
        "Foreign Minister Karl Amsel and his counterpart, Lena Roth, met on Saturday, days after a drone was shot "
        "down off the Port Royal coast, the ministry said.\n\n"
        "The meeting took place in Oslo.\n\n"
        "During the meeting, the two diplomats discussed a range of issues."
    )
    rows = rows_of(tmp_path, text)
    assert [sp for kind, sp in rows if kind == "indirect"][-1] == "Karl Amsel and Lena Roth"
