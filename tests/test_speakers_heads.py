"""Who speaks when the text names a person by the body they head, when two bodies speak as one, and when a record
closes a sentence that tells a person's position: made-up sentences with near-misses that must not be read so.

Every name here is invented; nobody is in the default profile's actor list.
"""

import pytest
from helpers import indirect, quotes

# --- "the head of American diplomacy": the holder of the office named before -------------------------------------


@pytest.mark.parametrize(
    "lead, sentence",
    [
        ("US Secretary of State Karl Amsel", "The head of American diplomacy said the talks were useful."),
        (
            "Norland Secretary of State Karl Amsel",
            "Likewise, the head of Norland diplomacy stressed that it was useful.",
        ),
        ("Norland Secretary of State Karl Amsel", "The head of the Norland State Department said it was useful."),
        ("Secretary of State Karl Amsel", "The talks were useful, the head of the State Department said."),
        ("Norland Foreign Minister Karl Amsel", "The chief of the Norland Foreign Ministry said it was useful."),
        ("Treasury Secretary Karl Amsel", "The head of the Treasury said the talks were useful."),
    ],
)
def test_the_head_of_a_body_is_the_holder_named_before(tmp_path, lead, sentence):
    rows = quotes(tmp_path, f"{lead} arrived in Valdoria on Monday. {sentence}\n")
    assert list(indirect(rows).values()) == ["Karl Amsel"]


def test_the_head_of_a_body_is_not_a_deputy_named_after_the_head(tmp_path):
    text = (
        "Secretary of State Karl Amsel met Valdorian officials. Deputy Secretary of State Lena Roth joined him. "
        "The head of the State Department said the talks were useful."
    )
    assert indirect(quotes(tmp_path, text + "\n"))["The head of"] == "Karl Amsel"


def test_a_body_whose_nation_the_list_does_not_give_is_no_office(tmp_path):
    # "the head of the White House" names no nation: not the Valdorian president named last
    text = "Valdorian President Li Wei met President Karl Amsel. The head of the White House said it was useful."
    assert indirect(quotes(tmp_path, text + "\n"))["The head of"] == "White House"


def test_the_head_of_a_body_in_a_quotation_attribution(tmp_path):
    rows = quotes(
        tmp_path,
        'Secretary of State Karl Amsel arrived on Monday. "We are ready," the head of the State Department said.\n',
    )
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == ["Karl Amsel"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # no person named before: the body itself, as without the rule
        ("The head of the Norland State Department said the talks were useful.", "Norland State Department"),
        # the holder named before is of another nation: not the one meant
        (
            "Valdorian Foreign Minister Li Wei arrived on Monday. The head of Norland diplomacy said it was useful.",
            None,
        ),
        # a deputy is not the head
        (
            "Norland Secretary of State Karl Amsel arrived on Monday. The deputy head of the Norland State Department "
            "said it was useful.",
            "Norland State Department",
        ),
        # a field that names no nation's office
        ("Secretary of State Karl Amsel arrived on Monday. The head of public diplomacy said it was useful.", None),
        # a place is no body: "the head of Oslo" names no office
        ("Secretary of State Karl Amsel arrived on Monday. The head of Oslo said it was useful.", None),
    ],
)
def test_the_head_of_a_body_without_its_holder_keeps_no_person(tmp_path, text, speaker):
    rows = quotes(tmp_path, text + "\n")
    found = [r["speaker"] for r in rows if r["kind"] == "indirect" and "useful" in r["text"]]
    assert "Karl Amsel" not in found and "Li Wei" not in found
    if speaker:
        assert found == [speaker]


# --- two bodies of two sides as one subject ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Valdorian foreign ministry and the Norland State Department said the talks were candid.",
        "The talks were candid, the Valdorian foreign ministry and the Norland State Department said.",
        "The foreign ministry and the State Department said the talks were candid.",
        "The White House and Valdoria's Foreign Ministry termed the talks candid in their statements.",
    ],
)
def test_two_bodies_as_one_subject_are_both_sides(tmp_path, sentence):
    assert list(indirect(quotes(tmp_path, sentence + "\n")).values()) == ["both sides"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("He met the foreign ministry and the press said the talks were candid.", "press"),  # two clauses
        ("Karl Amsel termed the talks useful.", "Karl Amsel"),
    ],
)
def test_two_bodies_near_misses(tmp_path, sentence, speaker):
    assert list(indirect(quotes(tmp_path, sentence + "\n")).values()) == [speaker]


def test_termed_in_a_passive_names_no_speaker(tmp_path):
    assert indirect(quotes(tmp_path, "What was termed a frank exchange lasted hours.\n")) == {}


# --- a position taken in talks, told by the record that closes the sentence -----------------------------------------

LEAD = "Minister Karl Amsel met Lena Roth on Monday. "


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Amsel on Saturday supported the plan in a phone conversation with his counterpart, the ministry said.",
            "Karl Amsel",
        ),
        ("Amsel and Roth decided to keep talking about trade, the ministry said.", "Karl Amsel and Lena Roth"),
        ("Amsel backed the plan during the call, Valdoria's foreign ministry said.", "Karl Amsel"),
    ],
)
def test_a_position_told_by_a_closing_record_is_the_persons(tmp_path, sentence, speaker):
    rows = quotes(tmp_path, LEAD + sentence + "\n")
    assert indirect(rows)[" ".join(sentence.split()[:3])] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Amsel arrived in Oslo on Saturday for a phone conversation with Roth, the ministry said.",  # a deed
        "The board decided to close the plant, the ministry said.",  # no person decides
        "The plan, which Amsel supported, was shelved, the ministry said.",  # a clause on the plan
        "The plan that Amsel backed was shelved, the ministry said.",
        "Amsel arrived in Oslo, and the board decided to close the plant, the ministry said.",
    ],
)
def test_a_closing_record_keeps_what_is_no_position_of_a_person(tmp_path, sentence):
    rows = quotes(tmp_path, LEAD + sentence + "\n")
    assert indirect(rows)[" ".join(sentence.split()[:3])] == "ministry"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Valdoria supported the plan in a phone conversation on Saturday, the Norland ministry said.", "Valdoria"),
        ("Valdoria backed the plan at the meeting, the ministry said.", "Valdoria"),
        ("The board decided to close the plant, the ministry said.", "ministry"),  # no talks: its own decision
        ("The ministry supported the plan in a phone call, the ministry said.", "ministry"),
    ],
)
def test_a_countrys_position_told_by_a_closing_record_only_in_talks(tmp_path, sentence, speaker):
    assert list(indirect(quotes(tmp_path, sentence + "\n")).values()) == [speaker]


def test_a_position_closed_by_an_official_stays_the_officials(tmp_path):
    # an official's account of what a person decided is the official's, not a record's of the person's words
    sentence = "After the meeting, Amsel decided against the plan, a senior official said."
    rows = quotes(tmp_path, LEAD + sentence + "\n")
    assert indirect(rows)["After the meeting,"] == "senior official"


# --- interview framing: the one interviewed speaks, not the interviewer ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In an interview with Lena Roth, the minister said the deal was fair.",
        "In an interview with Lena Roth of Northfield Radio, the minister argued that the deal was fair.",
        "Speaking to Lena Roth, the minister said the deal was fair.",
    ],
)
def test_the_interviewer_named_before_the_comma_is_no_apposition(tmp_path, sentence):
    rows = quotes(tmp_path, "Foreign Minister Karl Amsel arrived on Monday. " + sentence + "\n")
    assert list(indirect(rows).values()) == ["Karl Amsel"]


def test_an_apposition_with_a_relative_clause_still_describes(tmp_path):
    rows = quotes(
        tmp_path,
        "Foreign Minister Karl Amsel arrived. Lena Roth, the envoy who said no, left. The envoy said it was late.\n",
    )
    assert indirect(rows)["The envoy said"] == "Lena Roth"


# --- an agreement told in the passive, with the parties that agreed -------------------------------------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The visit was agreed by Karl Amsel and Lena Roth in November.", "Karl Amsel and Lena Roth"),
        (
            "This visit was agreed between Norland President Karl Amsel and Valdorian President Lena Roth in May.",
            "Karl Amsel and Lena Roth",
        ),
        (
            "The trip, which had been agreed to in November by Amsel and Valdorian President Lena Roth, is a blow.",
            "Karl Amsel and Lena Roth",
        ),
        ("The deal was agreed by both sides in May.", "both sides"),
    ],
)
def test_an_agreement_in_the_passive_is_its_parties(tmp_path, sentence, speaker):
    rows = quotes(tmp_path, "Norland President Karl Amsel spoke on Monday. " + sentence + "\n")
    assert indirect(rows)[" ".join(sentence.split()[:3])] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was agreed in May.",  # no party named
        "The plan was confirmed by the ministry on Monday.",  # a deed confirmed, no agreement
    ],
)
def test_a_passive_without_parties_that_agreed_is_no_row(tmp_path, sentence):
    assert indirect(quotes(tmp_path, sentence + "\n")) == {}


# --- a meeting and its topic across an initialism before a name -----------------------------------------------------


def test_a_meeting_topic_runs_over_an_initialism_before_a_name(tmp_path):
    sentence = "Karl Amsel also met with Valdorian Ambassador to the U.S. Lena Roth on Monday to discuss trade."
    assert indirect(quotes(tmp_path, sentence + "\n")) == {"Karl Amsel also": "Karl Amsel"}


def test_a_meeting_topic_does_not_run_over_a_sentence_end(tmp_path):
    rows = quotes(tmp_path, "Karl Amsel met the delegation in the capital. Talks later turned to trade.\n")
    assert "Karl Amsel met" not in indirect(rows)


# --- a list of agreed measures under the sentence that announces it -------------------------------------------------

MEASURES = (
    "- A working group will be set up on trade.\n- Experts will hold talks on ports. They will meet twice a year.\n"
)


@pytest.mark.parametrize(
    "lead, speaker",
    [
        ("Karl Amsel and Lena Roth agreed on the following measures.", "Karl Amsel and Lena Roth"),
        ("The two sides agreed:", "both sides"),
        ("The ministry said the steps would be as follows.", "ministry"),
    ],
)
def test_each_item_of_an_announced_list_is_the_announcers(tmp_path, lead, speaker):
    rows = quotes(tmp_path, f"The ministers met on Monday.\n{lead}\n{MEASURES}Roth left on Tuesday.\n")
    found = indirect(rows)
    assert [found[k] for k in ("- A working", "- Experts will", "They will meet")] == [speaker] * 3
    assert "Roth left on" not in found  # the list ends with its items


@pytest.mark.parametrize(
    "lead",
    [
        "The port authority took the following measures.",  # announced by no one reported as speaking
        "Karl Amsel and Lena Roth agreed to set up a working group.",  # a report that announces no list
    ],
)
def test_items_under_a_line_that_announces_no_report_have_no_speaker(tmp_path, lead):
    rows = quotes(tmp_path, f"The ministers met on Monday.\n{lead}\n{MEASURES}")
    assert not any(k.startswith(("- A", "- Experts", "They")) for k in indirect(rows))


@pytest.mark.parametrize(
    "text, title",
    [
        ("Lena Roth, the author of several reports on trade, arrived.", "the author of several reports on trade"),
        ("Lena Roth, an envoy who warned of risks, arrived.", "an envoy who warned of risks"),
    ],
)
def test_an_apposition_whose_words_hold_a_noun_of_saying_still_describes(text, title):
    from analysis.quotes import Extractor

    extractor = Extractor(text + "\n")
    extractor.extract()
    assert extractor.chain == [(0, "Lena Roth", title)]


# --- a spokesman, a spokeswoman and a spokesperson are one office ---------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "“The talks will go on,” Norland foreign ministry spokesperson Lena Roth said on Monday.\n\n"
            "“We are ready,” the spokeswoman added.",
            "Lena Roth",
        ),
        ("“The talks will go on,” spokesman Karl Amsel said. “We are ready,” the spokesperson added.", "Karl Amsel"),
        # near-miss: another office is no spokesman's
        ("“The talks will go on,” spokesman Karl Amsel said. “We are ready,” the minister added.", "minister"),
    ],
)
def test_the_spokeswoman_is_the_spokesperson_named_before(tmp_path, text, speaker):
    rows = quotes(tmp_path, text + "\n")
    assert [r["speaker"] for r in rows if r["kind"] == "direct"][-1] == speaker
