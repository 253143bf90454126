"""Who speaks: quotations, reported speech and their speakers, on small made-up texts.

Every name here is invented except the one actor of the default profile used to
check that listed actors keep their id and group; nobody else is in the actor list.
"""

import pytest
from helpers import quotes


def speaker_of(rows, starts: str, kind: str | None = None):
    found = [r for r in rows if r["text"].startswith(starts) and (kind is None or r["kind"] == kind)]
    assert found, f"no row starts with {starts!r}: {[r['text'] for r in rows]}"
    return found[0]["speaker"]


# --- where the speaker of a quotation stands --------------------------------------------------------------------


def test_speaker_before_the_quote(tmp_path):
    rows = quotes(tmp_path, "Marta Keller said: “The harbour will reopen next spring after the repairs.”\n")
    assert speaker_of(rows, "“The harbour") == "Marta Keller"


def test_speaker_after_the_quote_either_order(tmp_path):
    rows = quotes(
        tmp_path,
        "“We expect the vote to pass by a wide margin,” said Oskar Brandt.\n\n"
        "“Nobody in the council wants another delay,” Lena Novak said.\n",
    )
    assert speaker_of(rows, "“We expect") == "Oskar Brandt"
    assert speaker_of(rows, "“Nobody") == "Lena Novak"


def test_told_reporters_and_according_to(tmp_path):
    rows = quotes(
        tmp_path,
        "Hugo Ferreira told reporters: “The bridge is safe for now and will stay open.”\n\n"
        "According to Ines Caldwell, “the budget was never going to cover the whole plan.”\n",
    )
    assert speaker_of(rows, "“The bridge") == "Hugo Ferreira"
    assert speaker_of(rows, "“the budget") == "Ines Caldwell"


def test_an_apposition_between_speaker_and_verb(tmp_path):
    rows = quotes(
        tmp_path,
        "“Markets will calm down once the rules are clear,” Petra Lund, a professor at Northfield "
        "University, said on Monday.\n",
    )
    row = next(r for r in rows if r["kind"] == "direct")
    assert row["speaker"] == "Petra Lund"
    assert "professor" in row["speaker_title"]


def test_the_speaker_in_the_sentence_after_the_quote(tmp_path):
    rows = quotes(tmp_path, "“The talks went better than anyone hoped.” Rafael Ortiz said this after the meeting.\n")
    assert speaker_of(rows, "“The talks") == "Rafael Ortiz"


def test_a_quote_over_several_paragraphs(tmp_path):
    rows = quotes(
        tmp_path,
        "Anna Whitfield described the plan at length.\n\n"
        "“The first stage covers the northern districts and starts in May.\n\n"
        "“The second stage will follow once the money is there,” she said.\n",
    )
    direct = [r for r in rows if r["kind"] == "direct"]
    assert [r["text"][:12] for r in direct] == ["“The first s", "“The second "]
    assert {r["speaker"] for r in direct} == {"Anna Whitfield"}


@pytest.mark.parametrize(
    "body, speaker",
    [
        # the stored copy ends inside a quotation that opens its own paragraph: its attribution is cut, no guess
        ("Anna Whitfield said the talks had gone well.\n\n“We agree that we want to keep the lines open, at the", None),
        (
            'The ministry welcomed the move and said it was key.\n\n"Open lines between our two armies are essential to',
            None,
        ),
        # near-misses: the same paragraph closed, the next paragraph of a quotation left open, a quotation after
        # another in its paragraph, an attribution before the quotation in its own sentence
        (
            "Anna Whitfield said the talks had gone well.\n\n“We agree that we want to keep the lines open.”\n",
            "Anna Whitfield",
        ),
        (
            "Anna Whitfield said: “The first stage covers the north.\n\n“The second stage will follow once the mon",
            "Anna Whitfield",
        ),
        (
            "“The first stage is done,” Anna Whitfield said. “But the second stage will follow once the mon",
            "Anna Whitfield",
        ),
        ("Anna Whitfield spoke of the plan, saying: “The second stage will follow once the money is", "Anna Whitfield"),
    ],
)
def test_a_quotation_cut_off_by_the_end_of_the_text(tmp_path, body, speaker):
    rows = quotes(tmp_path, body)
    last = [r for r in rows if r["kind"] == "direct"][-1]
    assert last["end"] == len(" date 2023-03-01 A made-up report\n" + body.rstrip())
    assert last["speaker"] == speaker


def test_the_second_half_of_a_split_quote_and_a_following_quote(tmp_path):
    rows = quotes(
        tmp_path,
        "“We are ready to talk,” Karl Jensen said, “but not under these conditions.” “The next move is theirs.”\n",
    )
    assert {r["speaker"] for r in rows if r["kind"] == "direct"} == {"Karl Jensen"}


# --- titles, unnamed sources and institutions -------------------------------------------------------------------


def test_a_title_in_front_of_the_name_is_taken_apart(tmp_path):
    rows = quotes(tmp_path, "“No aircraft was in danger at any time,” Pentagon spokesman Brig. Gen. Pat Rowe said.\n")
    row = next(r for r in rows if r["kind"] == "direct")
    assert row["speaker"] == "Pat Rowe"
    assert row["speaker_title"] == "spokesman Brig. Gen."
    assert row["speaker_affiliation"] == "Pentagon"
    assert row["speaker_kind"] == "person"


def test_unnamed_sources(tmp_path):
    rows = quotes(
        tmp_path,
        "“The meeting is still on,” a senior State Department official said.\n\n"
        "“We have seen no sign of a build-up,” said a defence official.\n",
    )
    assert speaker_of(rows, "“The meeting") == "senior State Department official"
    assert speaker_of(rows, "“We have seen") == "defence official"
    assert {r["speaker_kind"] for r in rows if r["kind"] == "direct"} == {"anonymous"}


def test_the_spokesperson_is_the_spokesperson_named_before(tmp_path):
    rows = quotes(
        tmp_path,
        "Ministry spokesperson Lin Harper held a briefing on Friday.\n\n"
        "“The door remains open to talks,” the spokesperson said.\n",
    )
    assert speaker_of(rows, "“The door") == "Lin Harper"


def test_an_unnamed_spokesperson_stays_unnamed(tmp_path):
    rows = quotes(tmp_path, "“The door remains open to talks,” the spokesperson said.\n")
    assert speaker_of(rows, "“The door") == "spokesperson"


def test_institutions_speak(tmp_path):
    rows = quotes(
        tmp_path,
        "The two governments will meet again next month, the foreign ministry said in a statement.\n\n"
        "Shipments resumed on Tuesday, Xinhua reported.\n",
    )
    assert speaker_of(rows, "The two governments", "indirect") == "foreign ministry"
    assert speaker_of(rows, "Shipments", "indirect") == "Xinhua"


# --- short forms resolved within the article --------------------------------------------------------------------


def test_pronouns_and_surnames_resolve_to_the_full_name(tmp_path):
    rows = quotes(
        tmp_path,
        "Transport Minister Elena Brandt visited the port on Monday.\n\n"
        "“We will not close the terminal,” she said.\n\n"
        "“The unions have our word,” Brandt added.\n",
    )
    assert speaker_of(rows, "“We will not") == "Elena Brandt"
    assert speaker_of(rows, "“The unions") == "Elena Brandt"


def test_the_minister_and_the_secretary(tmp_path):
    rows = quotes(
        tmp_path,
        "Finance Minister Tomas Reyes met Energy Secretary Clara Voss in the capital.\n\n"
        "“The deal protects both budgets,” the minister said.\n\n"
        "“It also protects the grid,” the secretary said.\n",
    )
    assert speaker_of(rows, "“The deal") == "Tomas Reyes"
    assert speaker_of(rows, "“It also") == "Clara Voss"


def test_a_surname_with_an_honorific(tmp_path):
    rows = quotes(
        tmp_path,
        "Haruto Sato, the bank's chief economist, spoke after the decision.\n\n"
        "“Rates will stay where they are for now,” Mr Sato said.\n",
    )
    assert speaker_of(rows, "“Rates") == "Haruto Sato"


# --- groups: the actor list and everyone else -------------------------------------------------------------------


def test_people_not_in_the_actor_list_keep_name_title_and_affiliation(tmp_path):
    rows = quotes(tmp_path, "“Prices will fall by winter,” said Nadia Okafor, an analyst at Harbourline Capital.\n")
    row = next(r for r in rows if r["kind"] == "direct")
    assert (row["speaker"], row["speaker_group"], row["speaker_actor"]) == ("Nadia Okafor", "unknown", None)
    assert row["speaker_title"] == "an analyst at Harbourline Capital"


def test_listed_actors_keep_their_id_and_group(tmp_path):
    rows = quotes(tmp_path, "“We made some progress today,” Secretary Blinken said.\n")
    row = next(r for r in rows if r["kind"] == "direct")
    assert row["speaker"] == row["speaker_actor"] == "Antony Blinken"
    assert row["speaker_group"] not in (None, "unknown")


def test_a_government_named_by_its_term_of_office_keeps_its_wording_and_its_actor(tmp_path):
    rows = quotes(
        tmp_path,
        "The Biden administration said the flight was a violation.\n\n"
        "Washington said the talks would wait.\n",  # near-miss: a capital stands for the actor's name
    )
    by_start = {r["text"].split()[0]: r for r in rows if r["kind"] == "indirect"}
    row = by_start["The"]
    assert (row["speaker"], row["speaker_actor"]) == ("Biden administration", "US government")
    assert row["speaker_group"] not in (None, "unknown")
    assert by_start["Washington"]["speaker"] == by_start["Washington"]["speaker_actor"] == "US government"


def test_unnamed_sources_of_another_kind_than_their_actor_keep_their_wording(tmp_path):
    rows = quotes(
        tmp_path,
        "Chinese diplomats argued that the flight was an accident.\n\n"
        "Chinese officials said the talks would wait.\n",  # near-miss: the actor's own kind of source
    )
    by_start = {r["text"].split()[1]: r for r in rows if r["kind"] == "indirect"}
    row = by_start["diplomats"]
    assert (row["speaker"], row["speaker_actor"]) == ("Chinese diplomats", "Chinese officials (unnamed)")
    assert row["speaker_group"] not in (None, "unknown")
    assert by_start["officials"]["speaker"] == "Chinese officials (unnamed)"


def test_a_delegation_named_by_its_side_keeps_its_wording_and_its_actor(tmp_path):
    rows = quotes(
        tmp_path,
        "The Chinese side also expressed concerns about the new tariffs.\n\n"
        "China said the talks would wait.\n",  # near-miss: a country stands for the actor's name
    )
    by_start = {r["text"].split()[0]: r for r in rows if r["kind"] == "indirect"}
    assert (by_start["The"]["speaker"], by_start["The"]["speaker_actor"]) == ("Chinese side", "Chinese government")
    assert by_start["China"]["speaker"] == "Chinese government"


# --- what never becomes a speaker -------------------------------------------------------------------------------


def test_a_place_is_never_a_speaker(tmp_path):
    rows = quotes(
        tmp_path,
        "The fleet sailed across the Western Hemisphere last week.\n\n"
        "“This is the largest exercise in a decade.”\n\n"
        "Trade across the Western Hemisphere said little about the outcome.\n",
    )
    assert all(r["speaker"] != "Western Hemisphere" for r in rows)
    assert speaker_of(rows, "“This is") is None


def test_an_unattributed_quote_gets_no_speaker(tmp_path):
    rows = quotes(tmp_path, "Local papers called the plan a “bridge to nowhere” in their headlines.\n")
    assert speaker_of(rows, "“bridge") is None


def test_scare_quotes_stay_unattributed(tmp_path):
    rows = quotes(tmp_path, "The so-called 'green corridor' opened in March.\n")
    assert [r["speaker"] for r in rows] == [None]


# --- indirect speech --------------------------------------------------------------------------------------------


def test_indirect_speech_with_and_without_that(tmp_path):
    rows = quotes(
        tmp_path,
        "Lars Eriksen said that the harbour would reopen in April.\n\n"
        "Lars Eriksen said the two sides had agreed on a timetable.\n\n"
        "According to Mira Santos, the timetable is too tight.\n",
    )
    indirect = [r for r in rows if r["kind"] == "indirect"]
    assert [r["speaker"] for r in indirect] == ["Lars Eriksen", "Lars Eriksen", "Mira Santos"]


def test_a_report_that_runs_on_into_the_next_sentence(tmp_path):
    rows = quotes(
        tmp_path,
        "Premier Ilse Varga said that the economy needed stable partners. Trade had grown for three years. "
        "Both countries should build on that.\n\n"
        "The weather was cold.\n",
    )
    indirect = [r for r in rows if r["kind"] == "indirect"]
    assert len(indirect) == 3 and {r["speaker"] for r in indirect} == {"Ilse Varga"}


def test_a_report_does_not_run_on_past_a_sentence_about_it(tmp_path):
    rows = quotes(tmp_path, "The ministry added that talks would go on. This statement followed a long call.\n")
    assert [r["text"][:10] for r in rows if r["kind"] == "indirect"] == ["The minist"]


def test_a_readout_in_the_third_person(tmp_path):
    rows = quotes(
        tmp_path,
        "Secretary Paul Lindgren met Foreign Minister Chen Ruolan on Tuesday.\n\n"
        "The Secretary emphasized the value of open channels.\n\n"
        "Chen Ruolan stressed that the two countries should respect each other.\n\n"
        "Both sides agreed to meet again in the autumn.\n",
    )
    indirect = {r["text"][:12]: r["speaker"] for r in rows if r["kind"] == "indirect"}
    assert indirect["The Secretar"] == "Paul Lindgren"
    assert indirect["Chen Ruolan "] == "Chen Ruolan"
    assert indirect["Both sides a"] == "both sides"


def test_a_closing_attribution_speaks_for_the_whole_sentence(tmp_path):
    rows = quotes(
        tmp_path,
        "Deputy Mayor Rosa Lind opened the session.\n\n"
        "The mayor stressed the costs and warned of delays, she said on Friday.\n",
    )
    assert speaker_of(rows, "The mayor", "indirect") == "Rosa Lind"


def test_a_relative_clause_names_the_speaker(tmp_path):
    rows = quotes(tmp_path, "The envoy met the trade chief, Omar Haddad, who urged both sides to cut tariffs.\n")
    assert speaker_of(rows, "The envoy", "indirect") == "Omar Haddad"


def test_a_headline_that_attributes_with_a_colon(tmp_path):
    rows = quotes(tmp_path, "Port talks were constructive: foreign ministry\n\nThe port stayed shut.\n")
    assert speaker_of(rows, "Port talks", "indirect") == "foreign ministry"


@pytest.mark.parametrize(
    "sentence",
    [
        "The river rose by two metres overnight.\n",
        "Traffic in the Western Hemisphere said nothing new.\n",
        "The statement was released late on Monday.\n",
    ],
)
def test_no_indirect_speech_without_a_speaker(tmp_path, sentence):
    assert [r for r in quotes(tmp_path, sentence) if r["kind"] == "indirect"] == []


# --- quotation marks --------------------------------------------------------------------------------------------


def test_a_passage_in_single_marks_is_a_direct_quote(tmp_path):
    rows = quotes(
        tmp_path, "‘We won’t sign a deal that hurts our farmers,’ said Greta Moll. The 'green' label stayed.\n"
    )
    direct = [r for r in rows if r["kind"] == "direct"]
    assert [r["text"] for r in direct] == ["‘We won’t sign a deal that hurts our farmers,’"]
    assert direct[0]["speaker"] == "Greta Moll"
    assert [r["speaker"] for r in rows if r["kind"] == "partial"] == [None]


def test_a_quotation_its_paragraph_leaves_open(tmp_path):
    rows = quotes(
        tmp_path,
        "Ivo Marsh spoke at length. “The plan has three parts and a long timetable\n\nThe rest was procedure.\n",
    )
    direct = [r for r in rows if r["kind"] == "direct"]
    assert [r["text"] for r in direct] == ["“The plan has three parts and a long timetable"]


def test_according_to_after_the_quote_and_a_dash_before_the_speaker(tmp_path):
    rows = quotes(
        tmp_path,
        "“The reservoir is at its lowest level in forty years,” according to Dana Whitcombe.\n\n"
        "“Rationing may follow in the summer” — Aaron Pike said.\n",
    )
    assert speaker_of(rows, "“The reservoir") == "Dana Whitcombe"
    assert speaker_of(rows, "“Rationing") == "Aaron Pike"


def test_a_name_with_a_particle_and_an_affiliation_after_of(tmp_path):
    rows = quotes(
        tmp_path,
        "“We will not back down,” said Joost van der Berg, a spokesman for the dockers' union.\n\n"
        "“The damage is done,” said Lotte Smit of Northbank.\n",
    )
    first = next(r for r in rows if r["text"].startswith("“We will"))
    assert first["speaker"] == "Joost van der Berg" and "spokesman" in first["speaker_title"]
    second = next(r for r in rows if r["text"].startswith("“The damage"))
    assert (second["speaker"], second["speaker_affiliation"]) == ("Lotte Smit", "Northbank")


def test_unnamed_sources_with_a_common_noun_and_a_place(tmp_path):
    rows = quotes(
        tmp_path,
        "According to harbour authorities, forty ships are waiting.\n\n"
        "A senior official at the harbour board, who asked not to be named, said the queue would grow.\n",
    )
    assert speaker_of(rows, "According", "indirect") == "harbour authorities"
    row = next(r for r in rows if r["text"].startswith("A senior"))
    assert (row["speaker"], row["speaker_affiliation"]) == ("senior official", "the harbour board")


def test_a_paragraph_opening_quote_far_from_any_speaker_gets_none(tmp_path):
    rows = quotes(
        tmp_path,
        "“The plan is sound,” said Vera Holm.\n\nRain fell all week across the region.\n\n“Nobody wins from this.”\n",
    )
    assert speaker_of(rows, "“The plan") == "Vera Holm"
    assert speaker_of(rows, "“Nobody") is None


def test_the_title_phrase_picks_the_person_with_that_whole_title(tmp_path):
    rows = quotes(
        tmp_path,
        "Foreign Minister Ragna Holt met Finance Minister Oren Dahl in Oslo.\n\n"
        "The foreign minister said the meeting had been useful.\n\n"
        "Dahl, for his part, warned that the budget was tight.\n\n"
        "The prime minister's office said it welcomed the progress.\n",
    )
    assert speaker_of(rows, "The foreign", "indirect") == "Ragna Holt"
    dahl = next(r for r in rows if r["text"].startswith("Dahl"))
    assert dahl["speaker"] == "Oren Dahl" and dahl["speaker_title"] != "for his part"
    assert speaker_of(rows, "The prime", "indirect") == "prime minister's office"


def test_a_plan_announced_goes_on_in_the_next_sentence_with_a_modal(tmp_path):
    rows = quotes(
        tmp_path,
        "Talks will resume in May, the trade ministry said.\n\n"
        "The next round would cover farm tariffs.\n\n"
        "Farmers gathered in the capital.\n",
    )
    indirect = [(r["text"][:8], r["speaker"]) for r in rows if r["kind"] == "indirect"]
    assert indirect == [("Talks wi", "trade ministry"), ("The next", "trade ministry")]


def test_a_passage_in_straight_single_marks(tmp_path):
    rows = quotes(tmp_path, "'The board's decision is final,' said Aldo Ricci.\n")
    direct = [r for r in rows if r["kind"] == "direct"]
    assert [(r["text"], r["speaker"]) for r in direct] == [("'The board's decision is final,'", "Aldo Ricci")]


# --- names, institutions and labels read by grammar, not by an outlet's habit ---------------------------------


def test_a_name_after_of_the_is_no_part_of_a_title(tmp_path):
    rows = quotes(
        tmp_path,
        "Secretary of the Harbour Olga Brandt visited the port on Monday.\n\n"
        "The Harbour said Olga Brandt would inspect the new cranes in the spring.\n",
    )
    assert speaker_of(rows, "The Harbour said") == "Harbour"


def test_an_initialism_after_a_speaker_noun_is_an_institution(tmp_path):
    rows = quotes(tmp_path, "State broadcaster NBX confirmed the minister will travel to the coast next week.\n")
    assert speaker_of(rows, "State broadcaster") == "NBX"


def test_a_label_line_with_a_colon_is_no_attribution(tmp_path):
    rows = quotes(tmp_path, "Source: Northfield Gazette\n\nThe council met on Monday to discuss the budget.\n")
    assert not [r for r in rows if r["text"].startswith("Source")]


# --- passives and reports that go on -----------------------------------------------------------------------


def test_quoted_as_saying(tmp_path):
    rows = quotes(tmp_path, "Olga Brandt was quoted as saying the ferry service would resume within a month.\n")
    assert speaker_of(rows, "Olga Brandt was quoted") == "Olga Brandt"


def test_an_impersonal_passive_carries_the_report_on(tmp_path):
    rows = quotes(
        tmp_path,
        "Mayor Ivo Sandberg said that the port needs steady funding. "
        "It is hoped that the province will match the city's share.\n",
    )
    assert speaker_of(rows, "It is hoped") == "Ivo Sandberg"


def test_an_impersonal_passive_alone_names_no_one(tmp_path):
    rows = quotes(tmp_path, "It was announced on Monday that the ferry would stop running in winter.\n")
    assert all(r["speaker"] in (None, "") for r in rows if r["text"].startswith("It was announced"))


def test_a_body_that_only_hopes_does_not_take_over_the_report(tmp_path):
    rows = quotes(
        tmp_path,
        "Premier Ada Lindqvist said that trade serves both nations. "
        "Norland hopes that Sudmark will take a pragmatic attitude.\n",
    )
    assert speaker_of(rows, "Norland hopes") == "Ada Lindqvist"


def test_a_report_in_a_fronted_clause_leaves_the_sentence_to_the_report_before(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Ada Lindqvist said that tariffs harm both economies. "
        "As the Sudmark government has stated that it wants no split, it should act on its words.\n",
    )
    assert speaker_of(rows, "As the Sudmark") == "Ada Lindqvist"


def test_a_new_speaker_with_a_speech_verb_still_takes_over(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Ada Lindqvist said that tariffs harm both economies. "
        "Trade envoy Piet Claes said the tariffs would stay.\n",
    )
    assert speaker_of(rows, "Trade envoy") == "Piet Claes"


# --- transcripts ------------------------------------------------------------------------------------------------


def test_reported_speech_in_a_newsmakers_turn_is_no_row(tmp_path):
    rows = quotes(
        tmp_path,
        "MINISTER OKAFOR: Thank you all for coming today.\n\n"
        "As you know, the two presidents agreed last year that I would visit the capital.\n",
    )
    assert not [r for r in rows if r["kind"] == "indirect"]


def test_reported_speech_in_an_anchors_turn_is_a_row(tmp_path):
    rows = quotes(
        tmp_path,
        "MARA LINDEN, NBX ANCHOR: Good morning.\n\n"
        "LINDEN: Minister Chidi Okafor said the visit would go ahead in the spring.\n\n"
        "CHIDI OKAFOR, MINISTER: We are ready.\n",
    )
    assert speaker_of(rows, "Minister Chidi") == "Chidi Okafor"  # the label is no part of the sentence
    assert not [r for r in rows if r["kind"] == "indirect" and r["text"].startswith("CHIDI")]


def test_a_lone_dateline_with_a_colon_is_no_transcript(tmp_path):
    rows = quotes(tmp_path, "NORTHFIELD: Mayor Ivo Sandberg said the port would reopen in May.\n")
    assert speaker_of(rows, "NORTHFIELD") == "Ivo Sandberg"


# --- an unnamed spokesperson named in the next attribution ------------------------------------------------------


def test_an_unnamed_spokesman_is_the_person_named_next(tmp_path):
    rows = quotes(
        tmp_path,
        "Norland would welcome the envoy, a foreign ministry spokesman said on Tuesday.\n\n"
        "“We are in touch about the dates,” Tomas Veld said.\n",
    )
    assert speaker_of(rows, "Norland would") == "Tomas Veld"


def test_an_unnamed_spokesman_stays_unnamed_when_the_next_speaker_was_named_before(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Tomas Veld arrived on Monday.\n\n"
        "Norland would welcome the envoy, a foreign ministry spokesman said on Tuesday.\n\n"
        "“We are in touch about the dates,” Tomas Veld said.\n",
    )
    assert speaker_of(rows, "Norland would") == "foreign ministry spokesman"


def test_two_governments_that_agree_are_both_sides(tmp_path):
    rows = quotes(tmp_path, "The EU and Norland agreed on Monday to meet again in the autumn.\n")
    assert speaker_of(rows, "The EU and") == "both sides"


def test_two_people_that_agree_stay_named(tmp_path):
    rows = quotes(tmp_path, "Minister Ada Lindqvist and Minister Piet Claes agreed to meet again in the autumn.\n")
    assert speaker_of(rows, "Minister Ada") == "Ada Lindqvist and Piet Claes"


def test_officials_of_two_countries_are_not_both_sides(tmp_path):
    rows = quotes(tmp_path, "EU and Norland officials agreed on Monday to meet again in the autumn.\n")
    assert speaker_of(rows, "EU and") == "EU and Norland officials"


def test_a_statement_made_runs_on_without_that(tmp_path):
    rows = quotes(
        tmp_path,
        "Premier Ada Lindqvist said the region needs stable ties. "
        "Last year, the two leaders met in Northfield and reached an understanding.\n",
    )
    assert speaker_of(rows, "Last year") == "Ada Lindqvist"


def test_a_view_held_in_the_present_runs_on_only_after_that(tmp_path):
    rows = quotes(
        tmp_path,
        "Observers say the envoy may visit the capital soon. Trade and fishing rights remain areas of dispute.\n",
    )
    assert not [r for r in rows if r["text"].startswith("Trade and")]


def test_an_attribution_closing_with_its_source_cited(tmp_path):
    rows = quotes(
        tmp_path,
        "No breakthrough is expected at the summit, NBX reported, citing a senior ministry official.\n",
    )
    assert speaker_of(rows, "No breakthrough") == "NBX"


def test_a_body_named_with_the_keeps_its_kind_without_it(tmp_path):
    rows = quotes(
        tmp_path,
        "The Northfield Harbour said the cranes would arrive in May. Harbour said it would give more details later.\n",
    )
    assert [r["speaker_kind"] for r in rows if r["kind"] == "indirect"] == ["institution", "institution"]


def test_an_impersonal_report_after_a_direct_quote(tmp_path):
    rows = quotes(
        tmp_path,
        "“Our region values calm above all,” Ada Lindqvist said. "
        "It is hoped that Sudmark will take a pragmatic attitude.\n",
    )
    assert speaker_of(rows, "It is hoped") == "Ada Lindqvist"


# --- readouts, passives and the verbs of a readout ---------------------------------------------------------------


def test_readout_sentences_each_with_their_own_verb(tmp_path):
    rows = quotes(
        tmp_path,
        "Secretary Ada Lindqvist met Minister Piet Claes on Monday. "
        "The Secretary emphasized the value of open channels. She raised concerns about two detained sailors. "
        "The two sides reaffirmed their commitment to the fishing accord.\n",
    )
    assert speaker_of(rows, "She raised") == "Ada Lindqvist"
    assert speaker_of(rows, "The two sides") == "both sides"


def test_a_passive_report_names_its_agent_not_its_subject(tmp_path):
    rows = quotes(
        tmp_path,
        "Ada Lindqvist said the plan would go ahead. The plan was stated on Monday by the harbour authority.\n",
    )
    assert speaker_of(rows, "The plan was") == "harbour authority"


def test_a_passive_report_without_agent_ends_the_report_before(tmp_path):
    rows = quotes(
        tmp_path,
        "Ada Lindqvist said the plan would go ahead. The plan was announced on Monday. It will cost a lot.\n",
    )
    assert not [r for r in rows if r["text"].startswith(("The plan was", "It will"))]


def test_quoted_by_an_outlet_as_saying(tmp_path):
    rows = quotes(tmp_path, "Ada Lindqvist was quoted by NBX as saying the tariffs would stay.\n")
    assert speaker_of(rows, "Ada Lindqvist") == "Ada Lindqvist"


def test_a_name_in_apposition_to_a_spokesman_is_known_by_its_surname_later(tmp_path):
    rows = quotes(
        tmp_path,
        "A ministry spokesman, Tomas Veld, said the visit was welcome.\n\n"
        "Speaking to reporters on Friday, Veld said the envoy would come soon.\n",
    )
    assert speaker_of(rows, "Speaking to") == "Tomas Veld"


def test_a_clip_closes_a_newsmakers_turn(tmp_path):
    rows = quotes(
        tmp_path,
        "MARA LINDEN, NBX ANCHOR: Good morning.\n\n"
        "MINISTER OKAFOR: We are ready to talk.\n\n"
        "(END VIDEO CLIP)\n\n"
        "Minister Chidi Okafor said the visit would go ahead in the spring.\n",
    )
    assert speaker_of(rows, "Minister Chidi") == "Chidi Okafor"


def test_people_who_had_talks_on_a_topic(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Ada Lindqvist met Minister Piet Claes in Northfield on Monday.\n\n"
        "The two sides had candid and constructive exchanges on fishing rights.\n",
    )
    assert speaker_of(rows, "The two sides") == "both sides"


def test_talks_without_a_topic_are_no_report(tmp_path):
    rows = quotes(tmp_path, "The two ministers held talks in Northfield for five hours.\n")
    assert not [r for r in rows if r["kind"] == "indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting came after Ada Lindqvist held more than ten hours of talks over two days with officials.",
        "Ada Lindqvist and Piet Claes had acrimonious exchanges over the past year.",
        "Ada Lindqvist held talks over several long days with Piet Claes.",
    ],
)
def test_talks_over_a_stretch_of_time_name_no_topic(tmp_path, sentence):
    assert not [r for r in quotes(tmp_path, sentence + "\n") if r["kind"] == "indirect"]


def test_talks_over_a_matter_name_their_topic(tmp_path):
    # near-miss of the above: "over" and what the talks were about
    rows = quotes(tmp_path, "Ada Lindqvist held talks over the border dispute with Piet Claes.\n")
    assert [r["kind"] for r in rows] == ["indirect"]


def test_two_titles_sharing_their_article_name_two_people(tmp_path):
    rows = quotes(
        tmp_path,
        "Norland's Foreign Minister Piet Claes welcomed Sudmark's Secretary of State Ada Lindqvist on Monday.\n\n"
        "The Sudmark secretary of state and Norland foreign minister on Sunday held long talks on the border.\n",
    )
    assert speaker_of(rows, "The Sudmark") == "Ada Lindqvist and Piet Claes"


def test_a_surname_resolves_to_a_name_given_in_full_without_title(tmp_path):
    rows = quotes(
        tmp_path,
        "Ada Lindqvist met with Piet Claes on Monday.\n\nClaes praised the progress made in the talks.\n",
    )
    assert speaker_of(rows, "Claes praised") == "Piet Claes"


def test_a_report_stops_at_a_new_subject_that_speaks_even_unread(tmp_path):
    rows = quotes(
        tmp_path,
        "The Norland side said it was willing to resume talks. The Sudmark mission said it would reply soon.\n",
    )
    assert not [r for r in rows if r["text"].startswith("The Sudmark") and r["speaker"] == "Norland side"]


def test_praise_and_as_x_put_it_are_reports(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Piet Claes praised the progress made in the talks.\n\nAs Claes put it, the region needs calm.\n",
    )
    assert speaker_of(rows, "Minister Piet") == "Piet Claes"
    assert speaker_of(rows, "As Claes") == "Piet Claes"


def test_a_person_who_speaks_inside_a_bodys_attribution(tmp_path):
    rows = quotes(
        tmp_path,
        "Ada Lindqvist stressed the need to lower the risk of accidents in her talks, the ministry said.\n",
    )
    assert speaker_of(rows, "Ada Lindqvist") == "Ada Lindqvist"


def test_a_view_inside_a_bodys_attribution_is_the_bodys(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Ada Lindqvist believes the road ahead will be hard, the foreign ministry said on Sunday.\n",
    )
    assert speaker_of(rows, "Minister Ada") == "foreign ministry"


def test_a_title_case_headline_is_read_in_any_case(tmp_path):
    rows = quotes(
        tmp_path,
        "Lindqvist Says She Achieved What She Came For\n\nMinister Ada Lindqvist spoke on Monday.\n",
    )
    assert speaker_of(rows, "Lindqvist Says") == "Ada Lindqvist"


def test_a_quote_after_a_colon_belongs_to_the_person_the_lead_names(tmp_path):
    rows = quotes(
        tmp_path,
        "President Olaf Brun met the envoy on Monday.\n\n"
        "The commentary around the envoy’s visit echoed a point that Brun made in the meeting: "
        "“Rivalry between large nations is not the way of the times.”\n",
    )
    assert speaker_of(rows, "“Rivalry") == "Olaf Brun"


def test_a_possessive_before_a_colon_is_not_the_speaker(tmp_path):
    rows = quotes(
        tmp_path,
        "President Olaf Brun met the envoy on Monday.\n\n"
        "The mood after Brun’s meeting was grim: “Nothing has been settled between the two governments.”\n",
    )
    assert speaker_of(rows, "“Nothing") is None


def test_a_quote_right_after_its_reporting_verb_is_direct(tmp_path):
    rows = quotes(tmp_path, 'Ada Lindqvist said "We will meet again in the spring to finish the work."\n')
    assert [r["kind"] for r in rows] == ["direct"]
    assert rows[0]["speaker"] == "Ada Lindqvist"


def test_a_headline_quote_with_its_speaker_after_a_colon(tmp_path):
    rows = quotes(
        tmp_path,
        "“It is a good start”: Lindqvist\n\nMinister Ada Lindqvist met envoy Piet Claes on Monday.\n",
    )
    assert speaker_of(rows, "“It is") == "Ada Lindqvist"


def test_he_said_after_a_sentence_that_opens_with_another_person(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Ada Lindqvist met envoy Piet Claes on Monday.\n\n"
        '"We made real progress today," Lindqvist told reporters.\n\n'
        'Claes was more cautious. "There is a long way to go before any deal," he said.\n',
    )
    assert speaker_of(rows, '"There is') == "Piet Claes"


def test_she_said_keeps_the_speaker_of_the_paragraph_before(tmp_path):
    rows = quotes(
        tmp_path,
        '"The visit was useful," spokeswoman Karin Holm said on Monday.\n\n'
        "Claes to hold talks with Lindqvist\n\n"
        "Lindqvist stressed the value of open channels, she said.\n",
    )
    assert speaker_of(rows, "Lindqvist stressed") == "Karin Holm"


def test_the_verbs_of_a_readout(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Ada Lindqvist met envoy Piet Claes on Monday.\n\n"
        "Lindqvist expounded on Norland's position on the border.\n\n"
        "Claes pressed Norland to release the two sailors.\n\n"
        "Claes also raised the cases of three detained fishermen.\n",
    )
    assert speaker_of(rows, "Lindqvist expounded") == "Ada Lindqvist"
    assert speaker_of(rows, "Claes pressed") == "Piet Claes"
    assert speaker_of(rows, "Claes also") == "Piet Claes"


def test_officials_on_both_sides_are_officials(tmp_path):
    rows = quotes(tmp_path, "Officials on both sides have said the talks are unlikely to yield a breakthrough.\n")
    assert speaker_of(rows, "Officials on") == "officials"


def test_quoted_as_saying_names_the_person_quoted(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Ada Lindqvist met envoy Piet Claes on Monday.\n\n"
        'State media quoted Claes as saying: "The talks were useful and frank."\n\n'
        '"The border is the core issue," state media quoted Lindqvist as having told the envoy.\n',
    )
    assert speaker_of(rows, '"The talks') == "Piet Claes"
    assert speaker_of(rows, '"The border') == "Ada Lindqvist"


def test_a_quote_that_names_its_speaker_in_the_third_person_is_the_outlets(tmp_path):
    rows = quotes(
        tmp_path,
        "Minister Ada Lindqvist met envoy Piet Claes on Monday.\n\n"
        '"Lindqvist pointed out that the border is the core issue," state media quoted Lindqvist as having told '
        "the envoy.\n",
    )
    assert speaker_of(rows, '"Lindqvist pointed') == "state media"


def test_a_two_word_quote_before_its_attribution_is_direct(tmp_path):
    rows = quotes(
        tmp_path,
        '"We are ready to talk," Ada Lindqvist said.\n\n"This matters," she added, "for both countries and the region."\n',
    )
    assert [r["kind"] for r in rows] == ["direct", "direct", "direct"]
    assert {r["speaker"] for r in rows} == {"Ada Lindqvist"}


def test_a_hyphenated_office_is_a_title(tmp_path):
    rows = quotes(tmp_path, "Secretary-General Mira Osei said the council would meet again in June.\n")
    assert speaker_of(rows, "Secretary-General") == "Mira Osei"
