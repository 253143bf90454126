"""Expectations in the general shapes of news language, on made-up sentences: who holds a report inside a
report, a state's hope voiced by a person, anonymous sources, and forward-looking words of any outlet."""

import pytest
from helpers import expectation_rows

from analysis.expectations import _dot_turns


def holders(tmp_path, text, quotes=()):
    return [r["holder"] for r in expectation_rows(tmp_path, text, quotes)]


# --- a report inside a report: the inner speaker holds it -------------------------------------------------


def _indirect(text, speaker):
    return {"start": 0, "end": len(text), "kind": "indirect", "speaker": speaker, "speaker_group": "x"}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe stressed that the port would reopen in May, she said.",
        "Jane Doe told the envoy that talks would resume soon, a spokesman said.",
        "Jane Doe emphasized the importance of keeping lines open, the office said.",
    ],
)
def test_the_inner_speaker_of_a_relayed_report_holds_it(tmp_path, text):
    assert holders(tmp_path, text, [_indirect(text, "Mary Roe")]) == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "The port would reopen in May, she said.",  # one verb of saying: the quotes row names her
        "She stressed that the port would reopen in May.",  # a pronoun: the quotes row resolves it
    ],
)
def test_a_single_report_keeps_the_speaker_the_quotes_rows_give(tmp_path, text):
    assert holders(tmp_path, text, [_indirect(text, "Mary Roe")]) == ["Mary Roe"]


# --- a state's hope or readiness, voiced by a person --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian side hopes the talks will succeed, Foreign Minister Jane Doe said.",
        "The Ruritanian government stands ready to work with all partners, Jane Doe told her counterpart.",
        "Jane Doe said that trade is the ballast of ties. The Ruritanian side hopes the talks will succeed.",
        "Jane Doe pointed out that the two economies are linked. Her government wants both sides to meet halfway.",
    ],
)
def test_a_state_s_attitude_is_held_by_the_person_who_voices_it(tmp_path, text):
    assert holders(tmp_path, text)[-1].endswith("Jane Doe")


def test_a_state_s_attitude_in_a_paragraph_of_its_own_stays_the_state_s(tmp_path):
    text = "Jane Doe said that trade is the ballast of ties.\n\nThe Ruritanian side hopes the talks will succeed."
    assert holders(tmp_path, text) == ["Ruritanian side"]


def test_a_person_s_attitude_stays_theirs_whoever_relays_it(tmp_path):
    assert holders(tmp_path, "John Roe hopes the talks will succeed, Jane Doe said.") == ["John Roe"]


def test_the_subject_after_a_verb_of_saying_holds_the_attitude(tmp_path):
    assert holders(tmp_path, "Jane Doe said Ruritania hopes the talks will succeed.") == ["Ruritania"]


# --- anonymous and plural holders -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The ministers agreed that their deputies would meet in March.", "ministers"),
        ("The spokespersons said the talks would continue.", "spokespersons"),
        ("A source familiar with the plans said the visit would take place in June.", "source"),
        ("Two people briefed on the talks said a deal could be signed within days.", "Two people"),
        ("Diplomats close to the negotiations expect a deal by Friday.", "Diplomats"),
        ("The Ruritanian side is willing to work with the other side.", "Ruritanian side"),
        ("Both governments are prepared to resume the dialogue.", "Both governments"),
    ],
)
def test_anonymous_plural_and_willing_subjects_hold_it(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


# --- forward-looking words of any outlet --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, form",
    [
        ("The meeting is part of ongoing efforts to keep lines of communication open.", "aim"),
        ("In an effort to ease tensions, the envoy met his counterpart.", "aim"),
        ("The premier invited her counterpart to visit the capital.", "plan"),
        ("The president accepted an invitation to attend the summit.", "commitment"),  # who accepts commits
        ("The two presidents tasked their ministers to draft a road map.", "plan"),
        ("The company said it was prepared to reopen the plant.", "hope"),
        ("Both sides reaffirmed their determination to implement the accord.", "commitment"),
        ("The mayor asked residents to stay indoors.", "prescription"),
        ("It is high time for the two countries to return to dialogue.", "prescription"),
        ("A decision on the tariffs is due over the coming weeks.", "plan"),
        ("The ministers will hold the next round of talks in Geneva.", "plan"),
        ("The prime minister told reporters that she expected a deal within days.", "forecast"),
        ("Analysts see an expected meeting of the two leaders as a test.", "forecast"),
        ("The aide told reporters the city is “looking to move past” the dispute.", "aim"),  # a quote opens
        ("Instead, one aide said, the mayor is looking toward easing the rivalry.", "aim"),
        ("“We are making preparations for such a meeting,” an aide said.", "plan"),
        ("The city is still rescheduling the mayor’s trip to Lima.", "plan"),
    ],
)
def test_forward_looking_words_of_news_are_read(tmp_path, text, form):
    rows = expectation_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["form"] == form, rows


@pytest.mark.parametrize(
    "text",
    [
        "As expected, the talks ended without an agreement on Monday.",
        "The harvest was larger than expected last year.",
        "Ruritania does not seek to change the status quo.",
        "The republic has never sought to dominate its neighbours.",
        "It was certainly a historic trip for the minister.",
        "The museum's director could not be reached for comment.",
        "A spokesman would not comment on the report.",
        "When asked about the planned trip to Lima, the spokesman declined to comment.",
        "The army waited until it could cross the river safely.",
        "The union's efforts to raise pay were described in the report.",
        "The two ministers met in the capital on Monday.",
        "The meeting was part of ongoing efforts to keep lines of communication open.",  # a finished meeting's
        "The aide said the talks were part of “a broader push by the mayor to end the strike.”",  # purpose
        "The mayor met the union leaders as the two sides work towards ending the strike.",  # a backdrop
        "This story is breaking and will be updated.",  # a newsroom's note
        "The envoy said she wanted to explain the results of her visit.",  # her own act of speech
        "The envoy briefed her counterpart in as much detail as possible.",  # a degree
        "The army announced a drone moving over the coast and potentially monitoring the bases.",  # what is
    ],
)
def test_comparisons_disavowals_and_reports_of_the_past_are_not_read(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


def test_a_plan_called_off_in_the_progressive_is_not_read(tmp_path):
    assert expectation_rows(tmp_path, "I am postponing my planned trip this weekend to Lima.") == []
    assert len(expectation_rows(tmp_path, "I am visiting Lima this weekend.")) == 1


# --- a transcript whose turn labels end with a full stop ----------------------------------------------------


def test_a_title_label_with_a_full_stop_is_the_person_the_page_names_on_top(tmp_path):
    text = (
        "Jane Doe\n\nThe Governor's Remarks in Example City\n\n"
        "The Governor. Thank you all for coming. We will open the new bridge in May.\n\n"
        "Governor Ray Lin of the next state will join us too. It's going to be a great day.\n\n"
        "Q. Will the tolls rise?\n\n"
        "The Governor. They may, but not this year."
    )
    assert holders(tmp_path, text) == ["Jane Doe", "Jane Doe", "Jane Doe", "reporter", "Jane Doe"]


def test_a_title_and_surname_label_with_a_full_stop_names_that_person(tmp_path):
    text = "Secretary Roe. We expect the treaty to pass.\n\nQ. When will it pass?\n\nSecretary Roe. Soon, I hope."
    assert holders(tmp_path, text) == ["Roe", "reporter", "Roe"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Roe said the bridge would open in May.",  # an abbreviated title opening a sentence
        "The bridge. It will open in May, officials said.",  # a fragment, not a title
    ],
)
def test_a_sentence_opening_with_a_full_stop_word_is_no_turn(text):
    assert _dot_turns(text, None) == []


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The rally reflects the hope of many investors that rates will fall.", "many investors"),
        ("The visit answers the shared expectation of both sides that talks will resume.", "both sides"),
    ],
)
def test_an_attitude_named_as_a_noun_is_held_by_whose_it_is(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


# --- a readout's paragraph, questions, contractions, phrases after the subject -------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jane Doe said, the situation is changing fast. Ruritania holds that ties should return to a steady "
            "track. The key is to follow three principles.\n\nThe talks lasted two hours. Rain may fall later.",
            ["Jane Doe", "Jane Doe", "reporter"],
            id="a_readout_paragraph_opened_by_a_speaker_runs_on_as_theirs",
        ),
        pytest.param(
            "Jane Doe said the port was busy. The new terminal will open in May.",
            ["reporter"],
            id="a_wire_paragraph_without_that_opening_does_not_run_on",
        ),
        pytest.param(
            "Jane Doe said, the lessons are clear. The key is to follow the “three musts” from now on.",
            ["Jane Doe"],
            id="a_paragraph_with_scare_quotes_still_runs_on_as_the_readout_speaker_s",
        ),
        pytest.param(
            "Spokesperson Jane Doe’s Regular Press Conference on March 3\n\n"
            "At the invitation of the premier, the minister will visit Lima next week.\n\n"
            "NBC: Will the talks resume soon?\n\n"
            "Jane Doe: We hope they will.",
            ["Jane Doe", "reporter", "Jane Doe"],
            id="a_press_conference_s_opening_statement_is_the_spokesperson_s",
        ),
    ],
)
def test_who_holds_what_a_readout_or_briefing_paragraph_expects(tmp_path, text, expected):
    assert holders(tmp_path, text) == expected


def test_a_question_about_someone_s_hope_is_the_asker_s(tmp_path):
    assert holders(tmp_path, "What exactly does Jane Doe hope to get out of the trip?") == ["reporter"]
    assert holders(tmp_path, "Jane Doe hopes to get a deal out of the trip.") == ["Jane Doe"]


def test_a_pronoun_with_a_contraction_is_a_pronoun(tmp_path):
    assert holders(tmp_path, "He's expected to meet the premier at some point.") == ["reporter"]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe during her visit urged cooperation on climate change.",
        "Jane Doe in the capital urged calm on all sides.",
    ],
)
def test_a_phrase_of_time_or_place_after_the_subject_is_skipped(tmp_path, text):
    assert holders(tmp_path, text) == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "We do need to point out, however, that the decision was an overreaction.",
        "I must stress that the talks were candid.",
        "If the dispute were a card game, one could say that both players hold good hands.",
        "This certainly was not the first time the ship had sailed there.",
        "The minister said the government is not seeking to decouple from its neighbour.",
    ],
)
def test_acts_of_speech_figures_and_disavowals_are_not_read(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, form",
    [
        ("The world is counting on the two powers to cooperate.", "hope"),
        ("The talks are part of a concerted effort to stabilise ties.", "aim"),
        ("The minister emphasized the importance that both sides keep talking.", "prescription"),
    ],
)
def test_more_forward_looking_words_of_news(tmp_path, text, form):
    rows = expectation_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["form"] == form, rows


def test_a_title_case_headline_infinitive_is_a_plan_of_its_subject(tmp_path):
    rows = expectation_rows(tmp_path, "Doe and Roe To Meet Wednesday in Lisbon")
    assert [(r["form"], r["holder"]) for r in rows] == [("plan", "Doe and Roe")]


# --- holders: passives, purposes, who commits or asks, a report inside a partial quote ---------------------


def test_the_subject_of_a_passive_attitude_is_not_its_holder(tmp_path):
    assert holders(tmp_path, "Jane Doe is expected to press Ruritania to cut tariffs.") == ["reporter"]
    assert holders(tmp_path, "Jane Doe expects Ruritania to cut tariffs.") == ["Jane Doe"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Jane Roe was in Lima on Monday, the latest official to visit Peru in hopes of repairing ties.", "Jane Roe"),
        ("Talks in Lima: Doe to visit Peru in push for open channels", "Doe"),
        ("The two sides met for hours as part of ongoing efforts to keep channels open.", "both sides"),
        ("In a bid to ease tensions, Jane Doe flew to Lima.", "Jane Doe"),
        ("Jane Doe flew to Lima in a bid to ease tensions.", "Jane Doe"),
    ],
)
def test_a_purpose_adjunct_is_held_by_the_subject_of_the_main_clause(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


def test_a_purpose_adjunct_in_reported_speech_stays_the_speaker_s(tmp_path):
    text = "The port reopened in a bid to ease shortages, Jane Doe said."
    assert holders(tmp_path, text) == ["Jane Doe"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("According to a senior official, Jane Doe asked Roe to pass on her wishes.", "Jane Doe"),
        ("The bank said the two sides agreed to step up dialogue.", "both sides"),
        ("Ruritania also agreed to open a hotline, Jane Doe said.", "Ruritania"),
    ],
)
def test_who_commits_or_asks_holds_it_whoever_tells_of_it(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe said the port needs more cranes.",  # what is needed: the speaker's view
        "Jane Doe said Ruritania remains committed to the talks.",  # a standing resolve a speaker voices
    ],
)
def test_a_need_or_a_standing_resolve_stays_the_speaker_s(tmp_path, text):
    assert holders(tmp_path, text) == ["Jane Doe"]


@pytest.mark.parametrize(
    "text, opening",
    [
        ("Roe said Doe “made clear the firm would keep its plant open.”", "“made clear"),
        ("Doe “emphasized the importance of open channels,” the ministry said.", "“emphasized"),
    ],
)
def test_a_partial_quote_opening_with_a_verb_of_saying_is_held_by_the_subject_before_it(tmp_path, text, opening):
    start = text.index(opening)
    end = text.index("”", start) + 1
    partial = {"start": start, "end": end, "kind": "partial", "speaker": "Mary Roe", "speaker_group": "x"}
    assert holders(tmp_path, text, [partial])[0].endswith("Doe")


def test_a_partial_quote_that_opens_with_other_words_stays_its_speaker_s(tmp_path):
    text = "The ministry said Doe called the talks “a step that would bring peace.”"
    start = text.index("“")
    partial = {"start": start, "end": len(text) - 1, "kind": "partial", "speaker": "Mary Roe", "speaker_group": "x"}
    assert holders(tmp_path, text, [partial]) == ["Mary Roe"]


# --- what is not read: questions put, nouns before places, counterfactuals, guesses about what is ----------


@pytest.mark.parametrize(
    "text",
    [
        "Asked by reporters during a trip to Lisbon whether he felt better, he replied that he did.",
        "The leaders met when the minister's travel plans to Ruritania were announced.",
        "I can only imagine what the reaction would be in Lisbon if they were in our place.",
        "Officials say the object is likely for weather research.",
        "The talks did not meet the common expectations of the region.",
        "The crew tried to leave the port as soon as they could.",
        "The host wondered whether “tension has been smoothed over” since the crash.",
    ],
)
def test_questions_put_nouns_counterfactuals_and_guesses_about_what_is_are_not_read(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Asked by reporters, she said talks will resume.",  # the question put ends at the comma
        "The minister plans to visit Lisbon.",
        "Nobody knows whether the talks will resume.",
        "The port would reopen if the strike ended.",  # a conditional about the future
    ],
)
def test_what_those_exclusions_leave_alone(tmp_path, text):
    assert len(expectation_rows(tmp_path, text)) == 1


@pytest.mark.parametrize(
    "text, form",
    [
        ("It is vital that both sides keep talking.", "prescription"),
        ("It is essential that the port reopens.", "prescription"),
        ("Nobody expects an imminent attack on the port.", "forecast"),
        ("The top priority is getting the ship out of the harbour.", "aim"),
        ("The minister said the trip has two objectives: to talk and to listen.", "aim"),
    ],
)
def test_necessity_imminence_priorities_and_objectives_are_read(tmp_path, text, form):
    rows = expectation_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["form"] == form, rows


def test_the_subject_of_an_attempt_under_way_holds_what_it_looks_to(tmp_path):
    text = "Relations have soured, and Jane Doe is trying to find a way that will work."
    assert holders(tmp_path, text) == ["Jane Doe"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Jane Doe, who hopes for peace, left the talks.", "Jane Doe"),
        ("The minister met Jane Doe, who hopes the talks will resume.", "Jane Doe"),
        ("The minister, who hopes the talks will resume, left.", "minister"),
    ],
)
def test_who_after_a_name_is_that_name_whole(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


def test_a_pronoun_among_those_who_commit_leaves_it_to_the_speaker(tmp_path):
    assert holders(tmp_path, "Jane Doe said she and Roe agreed to keep the lines open.") == ["Jane Doe"]


# --- forward-looking words of other outlets: schedules, aims, warnings, open questions ----------------------


@pytest.mark.parametrize(
    "text, form",
    [
        ("The first round of the new talks is set for Tuesday.", "plan"),
        ("The visits are designed to calm the markets.", "aim"),
        ("Jane Doe warned the two ports against raising their fees.", "prescription"),
        ("How the two sides handle the next crisis remains an open question.", "question"),
        ("Jane Doe said she looked forward to frank talks with her counterpart.", "hope"),
        ("The talks laid the groundwork for a summit of the two leaders.", "forecast"),
        ("Ruritania and Borduria agreed Monday to share data on shipping.", "commitment"),
        ("The ministers agreed for the two customs offices to meet every year.", "commitment"),
    ],
)
def test_schedules_aims_warnings_and_open_questions_of_other_outlets_are_read(tmp_path, text, form):
    rows = expectation_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["form"] == form, rows


@pytest.mark.parametrize(
    "text",
    [
        "The minister has long warned against any outside meddling in the matter.",  # a standing stance
        "The old port was set on fire in 1812.",
        "The question of the border was left open.",
    ],
)
def test_a_standing_warning_and_a_past_setting_are_not_read(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


# --- who holds it: a doubt or hope named by an adjective, "with X hoping", an impersonal passive -----------


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The talks went well, but analysts are doubtful whether the truce can last.", "analysts"),
        ("The port reopened, and economists remain hopeful that prices will fall.", "economists"),
        ("The union signed the deal, with its investors hoping to win more next year.", "investors"),
    ],
)
def test_a_view_named_by_an_adjective_or_a_with_clause_is_held_by_its_subject(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


def test_an_impersonal_passive_is_the_reporter_s_even_after_a_report(tmp_path):
    text = "Jane Doe said the talks were useful. It is widely expected that his visit will secure a deal."
    assert holders(tmp_path, text)[-1] == "reporter"
    text = "It is widely expected that the port will reopen, Jane Doe said."
    assert holders(tmp_path, text) == ["Jane Doe"]


def test_a_lone_label_opening_a_long_paragraph_is_a_dateline_not_a_speaker(tmp_path):
    body = "While both sides deny it, the border will loom over the talks. " + "The two met in the capital. " * 20
    assert holders(tmp_path, "Lima: " + body)[0] == "reporter"
    assert holders(tmp_path, "Jane Doe: “We will talk again soon.”") == ["Jane Doe"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The talks are under way, but Ruritania does not expect a deal.", "Ruritania"),
        ("The port reopened, but economists don’t expect prices to fall.", "economists"),
        ("Jane Doe never expected that the port would reopen this year.", "Jane Doe"),
    ],
)
def test_a_negation_between_subject_and_attitude_keeps_the_subject_as_holder(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


def test_what_something_is_meant_for_is_an_aim(tmp_path):
    rows = expectation_rows(tmp_path, "The new forum is meant to build trust between the two ports.")
    assert [r["form"] for r in rows] == ["aim"]


def test_a_sentence_with_a_named_subject_does_not_run_on_the_report_before(tmp_path):
    text = "The trip was confirmed, an official said. Jane Doe will be the first minister to visit since his rival."
    assert holders(tmp_path, text) == ["reporter"]
    text = "Jane Doe said the talks were useful. During his visit, the port would reopen."
    assert holders(tmp_path, text)[-1] == "Jane Doe"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe said going forward with the port deal was the right call.",  # going ahead, not from now on
        "Read more: However, the port will reopen […]",  # a teaser cut off
        "Read more: The ministry will keep a close watch [...]",
    ],
)
def test_going_forward_with_and_a_cut_off_teaser_are_not_read(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


def test_going_forward_alone_and_a_bracket_elsewhere_are_still_read(tmp_path):
    assert len(expectation_rows(tmp_path, "Going forward, the port will open at dawn.")) == 1
    assert len(expectation_rows(tmp_path, "The [port] authority will reopen the docks.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Port talks more likely next month, indicates NSA Doe",  # a headline's attribution, a title in capitals
        "The port will reopen in May, says Jane Doe",
        "The port will reopen in May, warns Doe.",
    ],
)
def test_an_attribution_after_the_words_names_the_holder(tmp_path, text):
    assert holders(tmp_path, text)[0].endswith("Doe")


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The resolution called for a pause in the fighting.", "resolution"),
        ("The readout urged both ports to keep their lines open.", "readout"),
    ],
)
def test_a_document_that_calls_or_urges_holds_it(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


# --- aims under way, accepted invitations, feared possibilities, demands that something not recur ----------


@pytest.mark.parametrize(
    "text, form",
    [
        ("The two ministers met for hours as they seek to calm the markets.", "aim"),
        ("The envoy is on a tour that's meant to reassure the neighbours.", "aim"),
        ("Jane Doe accepted her counterpart's invitation to visit Lisbon.", "commitment"),
        ("The two ports decided to continue to share their data.", "commitment"),
        ("The minister voiced concern over the possibility of a strike at the port.", "forecast"),
        ("The city has begun preparations to host the games.", "plan"),
        ("The mayor told the company that the spill can never happen again.", "prescription"),
        ("The mayor believes that dialogue is the responsible way to settle the dispute.", "prescription"),
    ],
)
def test_aims_under_way_accepted_invitations_possibilities_and_demands_are_read(tmp_path, text, form):
    rows = expectation_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["form"] == form, rows


@pytest.mark.parametrize(
    "text",
    [
        "The ports decided to close on Monday.",  # a single act decided, perhaps done already
        "The mayor found the right way to say it.",  # no judgement that it is the way to act
        "The two cities are exploring the possibility of a joint bid.",  # present deliberation
        "It should come as no surprise that the mayor spoke bluntly.",  # a figure of speech
        "The talks are open to all, whether they be large ports or small.",  # a concession
        "Both ports had played down prospects for a deal before the talks.",  # a past playing down
        "The fire was most certainly started by a spark.",  # an emphasis on what was
        "We are certainly not alone in that view.",  # an emphasis on what is
        "Efforts to reform the port over two decades have failed.",  # efforts told as having failed
    ],
)
def test_single_acts_deliberation_concessions_and_emphases_are_not_read(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


def test_an_open_question_and_a_forecast_with_certainly_are_still_read(tmp_path):
    assert len(expectation_rows(tmp_path, "Nobody knows whether the port will be open.")) == 1
    assert len(expectation_rows(tmp_path, "Efforts to reform the port have begun in earnest.")) == 1
    assert len(expectation_rows(tmp_path, "The port is certainly going to reopen.")) == 1


# --- holders: a report inside an institution's quote, possessives, unnamed sources, coordinated verbs ------


def _quoted(text, opening, speaker):
    start = text.index(opening)
    end = text.index("”", start) + 1
    return [{"start": start, "end": end, "kind": "direct", "speaker": speaker, "speaker_group": "x"}]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("“The Mayor stressed the importance of keeping the port open,” a city readout said.", "Mayor"),
        ("“Jane Doe believes that dialogue is the only way to settle it,” the aide said.", "Jane Doe"),
        ("“I stressed the importance of keeping the port open,” the aide said.", "Mary Roe"),  # a pronoun
        ("“Ruritania hopes the port will reopen,” the aide said.", "Mary Roe"),  # a state voiced by a person
        # the speaker's own clause after the one reported: "…, but"
        ("“Jane Doe said the port would stay open, but a new dispute seems likely,” the aide said.", "Mary Roe"),
        ("“Jane Doe said the port would stay open; a new dispute seems likely,” the aide said.", "Mary Roe"),
    ],
)
def test_a_named_third_person_reporting_inside_a_quote_holds_it(tmp_path, text, holder):
    assert holders(tmp_path, text, _quoted(text, "“", "Mary Roe")) == [holder]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The mayor welcomed the Ruritanian side's desire to reopen the port, Jane Doe said.", "Ruritanian side"),
        ("The board backed Jane Doe's plan to sell the port, officials said.", "Jane Doe"),
    ],
)
def test_an_attitude_after_a_possessive_is_held_by_its_owner(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


def test_an_unnamed_source_is_not_taken_for_a_person_named_later(tmp_path):
    text = "A port official said the dock would reopen soon. Port official Jane Doe declined to comment."
    assert holders(tmp_path, text)[0] == "port official"


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Doe and Roe met for two hours in Lima, covered trade, and agreed to meet again in May.", "Doe and Roe"),
        (
            "Ruritania criticised the plan for weeks, and warned that it would respond, a radio station said.",
            "Ruritania",
        ),
        (
            "Speaking in Lima, Jane Doe called the talks useful but added that a deal was unlikely, a paper said.",
            "Jane Doe",
        ),
    ],
)
def test_a_verb_joined_by_and_or_but_has_the_subject_of_the_clause_before(tmp_path, text, holder):
    assert holders(tmp_path, text)[0] == holder


def test_an_office_of_something_is_the_person_who_holds_it(tmp_path):
    text = (
        "Secretary of Ports Jane Doe met Roe. Roe spoke, after Secretary of Ports said talks were over, and urged calm."
    )
    assert holders(tmp_path, text) == ["Jane Doe"]


def test_the_two_leaders_are_the_two_people_last_named_together(tmp_path):
    text = "Joe Biden and Xi Jinping met on Monday. The two leaders also agreed to meet again next year."
    assert holders(tmp_path, text)[-1] == "Joe Biden and Xi Jinping"


def test_what_the_two_leaders_will_do_is_told_by_the_reporter_not_held_by_them(tmp_path):
    text = "Joe Biden and Xi Jinping met on Monday. The two leaders will meet again at a museum outside Lima."
    assert holders(tmp_path, text)[-1] == "reporter"  # a schedule, not an attitude or a commitment of theirs


def test_a_pronoun_in_a_clause_of_time_is_the_main_subject(tmp_path):
    text = "Jane Doe held long talks with her counterpart in Lima as they seek to calm the markets."
    assert holders(tmp_path, text) == ["Jane Doe"]


def test_what_will_happen_under_a_deal_is_its_subject_s_commitment(tmp_path):
    rows = expectation_rows(tmp_path, "Under the agreement, Ruritania will close two ports, an official said.")
    assert [(r["holder"], r["form"]) for r in rows] == [("Ruritania", "commitment")]
    rows = expectation_rows(tmp_path, "The port will close in May, an official said.")
    assert [(r["holder"], r["form"]) for r in rows] == [("official", "forecast")]


def test_who_voices_a_concern_holds_it(tmp_path):
    text = "Trade has slowed, with Ruritania voicing concern that Borduria will close the border."
    assert holders(tmp_path, text) == ["Ruritania"]


# --- constructions: a headline's verb of aim, the purpose of an undertaking, calls for an act ----------------


@pytest.mark.parametrize(
    "text, form, holder",
    [
        ("Jane Doe Eyes Trip to Lima as Talks Resume", "aim", "Jane Doe"),
        ("Port board mulls new tolls for next season", "aim", "Port board"),
        ("Doe holds frank talks with Roe on trip to mend ties", "aim", "reporter"),
        ("The visit is part of a push by Jane Doe's administration to ease tensions.", "aim", "Doe administration"),
        ("The spill prompted widespread calls to immediately close the port.", "prescription", "reporter"),
        ("Jane Doe Says Lima Visit Aimed at Easing Port Dispute", "aim", "Jane Doe"),
    ],
)
def test_a_headline_s_aim_a_purpose_and_calls_for_an_act_are_read(tmp_path, text, form, holder):
    rows = expectation_rows(tmp_path, text)
    assert [(r["form"], r["holder"]) for r in rows] == [(form, holder)]


@pytest.mark.parametrize(
    "text",
    [
        "All Eyes on Lima as Talks Resume",  # a determiner, not a subject
        "Jane Doe eyes the sea. She walks on.",  # a closing stop: not a headline
        "The minister made a trip to Lima last year.",  # a trip to a place
        "The mayor made two calls to the governor on Monday.",  # telephone calls
        "The visit aimed at easing the dispute ended on Monday.",  # a closing stop: not a headline
    ],
)
def test_eyes_trips_and_calls_that_look_forward_to_nothing_are_not_read(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


def test_a_lead_in_capitals_names_the_state_it_spells(tmp_path):
    text = "THE PORT AUTHORITY expects record traffic next year, Jane Doe said."
    assert holders(tmp_path, text) == ["PORT AUTHORITY".title()]


def test_a_subject_after_a_subordinator_is_the_name_not_the_phrase_of_time(tmp_path):
    text = "The fleet sailed at dawn, less than an hour after Ruritania warned of a response."
    assert holders(tmp_path, text) == ["Ruritania"]


def test_an_initialism_inside_a_term_s_gap_is_read(tmp_path):
    rows = expectation_rows(tmp_path, "The ministers agreed for the U.K. and Peru to share data.")
    assert [r["form"] for r in rows] == ["commitment"]


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "The ministry said that Ms. Jane Doe and Ruritanian Trade Minister John Roe agreed to meet yearly.",
            "Ms. Jane Doe and Ruritanian Trade Minister John Roe",
        ),
        ("The ministry said the port director and the harbour master on Sunday agreed to meet.", "ministry"),
    ],
)
def test_two_people_with_their_titles_are_named_apart(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


def test_a_clause_after_the_attribution_is_the_reporter_s(tmp_path):
    text = "The talks were useful, officials said, as the two ports look to a deal that is meant to end the strike."
    assert holders(tmp_path, text, [_indirect(text, "officials")]) == ["reporter"]
    text = "The talks will resume in May, officials said, as the two ports look for a deal."
    assert holders(tmp_path, text, [_indirect(text, "officials")]) == ["officials"]


def test_a_plan_told_in_the_past_in_a_story_of_a_plan_put_off_is_overtaken(tmp_path):
    put_off = "The mayor postponed her trip on Friday. "
    past = "She was scheduled to visit Lima next week and possibly meet the governor."
    assert expectation_rows(tmp_path, put_off + past) == []
    assert len(expectation_rows(tmp_path, past)) == 1  # no plan put off: it may still be ahead
    later = "She was scheduled to visit Lima, but will reschedule when conditions allow."
    assert len(expectation_rows(tmp_path, put_off + later)) == 1  # what is still to come
    expected = "An aide said she was expected to visit Lima in the coming weeks."
    assert len(expectation_rows(tmp_path, put_off + expected)) == 1  # reported speech put in the past


def test_an_indefinite_subject_inside_a_quote_leaves_it_to_the_speaker(tmp_path):
    text = "“Nobody expects the port to reopen this year,” the aide said."
    assert holders(tmp_path, text, _quoted(text, "“", "Mary Roe")) == ["Mary Roe"]


def test_a_first_plan_told_in_the_past_is_overtaken_by_a_plan_put_off(tmp_path):
    put_off = "The mayor postponed her trip on Friday. "
    slated = "She was originally slated to visit Lima next week."  # the term closes the plan's phrase
    assert expectation_rows(tmp_path, put_off + slated) == []
    first = "She was originally expected to visit Lima on Sunday."  # the plan as it first stood
    assert expectation_rows(tmp_path, put_off + first) == []
    expected = "She was expected to visit Lima on Sunday."  # reported speech put in the past: may be ahead
    assert len(expectation_rows(tmp_path, put_off + expected)) == 1
    passive = "Her visit, however, ended up being scrapped after the storm. "  # put off in the passive
    assert expectation_rows(tmp_path, passive + slated) == []
    assert expectation_rows(tmp_path, passive + first) == []
    assert len(expectation_rows(tmp_path, first)) == 1  # no plan put off: it may still be ahead


def test_a_speaker_among_a_pair_of_pronouns_in_a_quote_holds_it(tmp_path):
    text = "“She and I agreed that we’ll talk every month,” Jane Doe said."
    assert holders(tmp_path, text, _quoted(text, "“", "Jane Doe")) == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden and Xi Jinping met on Monday. Above all, the goal was met: both leaders agreed to talk monthly.",
        "Joe Biden met his counterpart, Xi Jinping, on Monday. The two leaders agreed to talk monthly.",
    ],
)
def test_two_leaders_after_a_clause_or_named_apart_are_the_two_people(tmp_path, text):
    assert holders(tmp_path, text)[-1] == "Joe Biden and Xi Jinping"


def test_a_clause_after_a_semicolon_is_held_by_its_own_subject(tmp_path):
    text = "Jane Doe called the mayor to discuss the strike; the union warns of a longer walkout"
    assert holders(tmp_path, text) == ["union"]
    text = "The union warns of a longer walkout; Jane Doe called the mayor"
    assert holders(tmp_path, text) == ["union"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Doe said the talks went well, though they reached no deal on the port, a key Ruritanian goal.", "Ruritanian"),
        ("The port deal remains the goal, Jane Doe said.", "Jane Doe"),  # no owner before the noun: the speaker
    ],
)
def test_an_aim_named_after_its_owner_as_a_modifier_is_the_owner_s(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


def test_a_hedge_on_a_participle_of_the_future_is_still_read(tmp_path):
    assert len(expectation_rows(tmp_path, "The talks may go on for days, possibly ending next week.")) == 1
    assert len(expectation_rows(tmp_path, "The drone could be monitoring the bases.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The defence report will be updated in the spring.",  # a report's update to come, not a newsroom's note
        "Talks resume Monday as the ministers will work toward a deal.",  # a modal in the backdrop clause
    ],
)
def test_the_newsroom_note_and_the_backdrop_exclusions_stop_at_their_shapes(tmp_path, text):
    assert len(expectation_rows(tmp_path, text)) == 1


# --- readouts, media and expert holders, and the words of other outlets (fifth batch of dev articles) -------


@pytest.mark.parametrize(
    "text, form",
    [
        ("Officials said it is in the interest of both countries to keep talking.", "prescription"),
        ("The host welcomed the envoy to visit the capital at an appropriate time.", "hope"),
        ("“The city welcomes the governor’s visit to the port,” the aide said.", "hope"),
        ("The mayor said the deal reduces the likelihood of another strike.", "forecast"),
        ("The two leaders made their final preparations for the summit in Lima.", "plan"),
        ("Nothing can stop the governor's visit to the port this time.", "forecast"),
        ("Top Envoy Heading to Lima to Mend Ties", "plan"),
        ("The trip is part of the government’s effort to repair ties with its neighbour.", "aim"),
        ("The talks are part of a broader concerted effort to end the strike.", "aim"),
        ("“What we are trying to do is lower the tolls,” the mayor said.", "aim"),
        ("The two cities' predicted talks on water come at a tense time.", "forecast"),
        ("The governor is traveling to Lima Friday for talks on the port.", "plan"),
        ("Doe Seeks Calmer Ties in Lima Visit", "aim"),  # a headline's verb of aim
    ],
)
def test_forward_looking_words_of_readouts_and_wires(tmp_path, text, form):
    rows = expectation_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["form"] == form, rows


@pytest.mark.parametrize(
    "text",
    [
        "Both sides discussed the possibility of deepening trade in a call on Monday.",  # what was talked about
        "The mayor said she and the governor discussed ongoing efforts to keep the port open.",
        "Despite the union's calls for calm, the crowd stormed the building.",  # a call overridden
        "As predicted, the vote went to the incumbent.",  # a forecast borne out
        "The pollster had correctly predicted the result.",  # a forecast told as done
        "In the interest of time, I turn to the figures.",  # a courtesy, not a call for an action
        "In the interest of fairness, the panel chose to hear both.",
        "She was heading to the airport when the call came.",  # a journey of the past
        "The meeting was intended to restore ties, part of the city's effort to calm the dispute.",  # finished
        "The governor is returning from a trip that began last Monday.",  # a weekday of the past
        "The army is massing troops near the border, officials said Monday.",  # the day of the report
        "The port is reopening after the strike ended Friday.",
        "The army is massing troops near the border, officials said on Monday.",
    ],
)
def test_talk_about_efforts_calls_overridden_and_forecasts_borne_out_are_not_read(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


def test_expectations_met_are_read_within_their_line_only(tmp_path):
    text = "The two mayors met a year ago in Lima\n\nBut analysts say their expectations for the talks are modest."
    assert [r["hedge"] for r in expectation_rows(tmp_path, text)] == ["expectations"]
    assert expectation_rows(tmp_path, "The talks met the expectations of both sides.") == []


def test_a_time_to_come_does_not_decide_where_a_verb_commits(tmp_path):
    rows = expectation_rows(tmp_path, "The two sides committed to hold more talks in the coming months.")
    assert [(r["form"], r["holder"]) for r in rows] == [("commitment", "both sides")]
    rows = expectation_rows(tmp_path, "The ministers will meet again in the coming months.")
    assert [r["form"] for r in rows] == ["plan"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Ruritania committed to open a hotline, Jane Doe said.", "Ruritania"),  # the act of committing
        ("Jane Doe said Ruritania is firmly committed to the talks.", "Jane Doe"),  # a standing resolve
    ],
)
def test_who_commits_holds_it_but_a_standing_resolve_is_the_speaker_s(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Some analysts, while not expecting a deal, are hopeful that the talks will go well.", "Some analysts"),
        ("The union, despite its losses, is confident the strike will end soon.", "union"),
    ],
)
def test_an_aside_between_the_subject_and_its_verb_is_passed_over(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Jane Doe expects to hold talks in Lima on Monday, officials told reporters.", "officials (unnamed)"),
        ("The ministry said on Monday that Jane Doe still wants to visit Lima.", "ministry"),
        ("Jane Doe expects little progress from the talks, officials told reporters.", "Jane Doe"),  # a view
        ("Jane Doe believes the talks will fail, the ministry said.", "Jane Doe"),
    ],
)
def test_a_person_s_intent_to_act_is_announced_by_whoever_reports_it(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


def test_an_attitude_the_reporter_infers_is_the_reporter_s(tmp_path):
    text = "The port refused every offer, despite the union's apparent wish to end the strike."
    assert holders(tmp_path, text) == ["reporter"]


def test_a_verb_of_saying_under_negation_does_not_name_the_speaker(tmp_path):
    text = "Although Ruritania has not yet disclosed who will lead the talks, Jane Doe said it will be Roe."
    assert holders(tmp_path, text) == ["Jane Doe"]
    assert holders(tmp_path, "Ruritania has not disclosed who will lead the talks.") == ["Ruritania"]


def test_few_want_it_as_much_as_the_one_compared(tmp_path):
    text = "Few nations want calm in the strait as much as Ruritania, which relies on it."
    assert holders(tmp_path, text) == ["Ruritania"]
    assert holders(tmp_path, "Few nations want calm in the strait.") == ["Few nations"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Doe Looks Forward to Talks With Roe", "Doe"),
        ("City officials divulged that the mayor, who will retire, is ill.", "officials (unnamed)"),
    ],
)
def test_more_verbs_of_attitude_and_saying_name_the_holder(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Ruritanian state media expect the talks to resume soon.", "Ruritanian state media"),
        ("Several newspapers predict that the strike will end by Friday.", "Several newspapers"),
        ("Ruritanian scholar Jane Doe expects little from the talks.", "Jane Doe"),
    ],
)
def test_the_press_and_scholars_hold_what_they_expect(tmp_path, text, holder):
    assert [h.endswith(holder) for h in holders(tmp_path, text)] == [True]


def test_a_fragment_goes_on_naming_the_aim_of_the_sentence_before(tmp_path):
    text = (
        "The mayor said her goal was to get the port “back on course.”\n\n"
        "“Being able to call the union in a crisis. Making sure the cranes keep moving,” she told reporters."
    )
    rows = expectation_rows(tmp_path, text)
    assert [r["form"] for r in rows] == ["aim", "aim", "aim"]


@pytest.mark.parametrize(
    "text",
    [
        "The port reopened on Monday. “Being able to call the union helped,” the mayor said.",  # no aim before
        "The mayor wants calm. Being able to fish again, the crews sailed.",  # a participle before a main clause
        "The mayor wants calm. The strike ended. The crews sailed. Being able to fish again.",  # too far back
    ],
)
def test_a_gerund_opening_without_an_aim_just_before_is_not_read(tmp_path, text):
    assert [r for r in expectation_rows(tmp_path, text) if r["text"].startswith(("“Being", "Being"))] == []


# --- narrative and broadcast speech of the past; a headline's title before the name; a stated aim ----------


@pytest.mark.parametrize(
    "text",
    [
        "The farmer was getting ready to close the barn when the storm broke.",
        "We knew that the road couldn't be open at that hour.",
        "She realized the ferry could not reach the island before dark.",
        "A bright ring over the hills is the best way I could describe it.",
    ],
)
def test_a_narrative_of_the_past_looks_forward_to_nothing(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The farmer is getting ready to close the barn.",  # the present: a plan
        "We know that the road could be closed next week.",  # knowing now what may come
        "The best way forward could be a second round of talks.",  # no verb of describing
    ],
)
def test_the_same_words_in_the_present_still_look_forward(tmp_path, text):
    assert len(expectation_rows(tmp_path, text)) == 1


def test_a_headline_infinitive_may_have_a_title_in_lower_case_before_the_name(tmp_path):
    rows = expectation_rows(tmp_path, "Ruritanian trade envoy Jane Doe to visit Lima as talks resume")
    assert [r["form"] for r in rows] == ["plan"]
    # a line of prose with its stop, or with no capitalised name before "to", is no headline
    assert expectation_rows(tmp_path, "the trade envoy to visit Lima") == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("“We seek a fair deal for farmers and for the towns they feed,” the minister said.", 1),
        ("“We are seeking a fair deal for farmers,” the minister said.", 1),
        ("“We do not seek conflict,” the minister said.", 0),
        ("Rescuers sought a way through the rubble.", 0),
    ],
)
def test_a_speaker_s_own_stated_aim_with_its_object(tmp_path, text, found):
    rows = expectation_rows(tmp_path, text)
    assert len(rows) == found and all(r["form"] == "aim" for r in rows)


def test_who_expressed_a_hope_holds_it_inside_another_s_report(tmp_path):
    text = "The ministry said Jane Doe expressed hope that the two ports will reopen."
    assert holders(tmp_path, text, [_indirect(text, "ministry")]) == ["Jane Doe"]
    text = "The ministry said Jane Doe voiced the hope that the two ports will reopen."
    assert holders(tmp_path, text, [_indirect(text, "ministry")]) == ["Jane Doe"]


def test_two_people_not_named_who_express_a_hope_are_the_two_last_named(tmp_path):
    text = "Joe Biden and Xi Jinping met on Monday. Both leaders expressed hope that the ports would reopen."
    assert holders(tmp_path, text)[-1] == "Joe Biden and Xi Jinping"


@pytest.mark.parametrize(
    "text, speaker, holder",
    [
        # the participle's subject is the clause's before the comma, after the verb of saying
        (
            "A senior aide said Jane Doe spoke with John Roe on Monday, urging Borduria to free the ships.",
            "aide",
            "Jane Doe",
        ),
        ("Jane Doe spoke with John Roe on Monday, urging Borduria to free the ships.", None, "Jane Doe"),
        # with no clause of its own before the comma, the one who speaks asks
        ("The ministry said on Monday, urging Borduria to free the ships.", "ministry", "ministry"),
    ],
)
def test_a_participle_that_asks_after_a_comma_is_the_clause_subject_s(tmp_path, text, speaker, holder):
    rows = [_indirect(text, speaker)] if speaker else []
    assert holders(tmp_path, text, rows) == [holder]


# --- the press, its outlets and reports of plans --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Jane Doe intends to “open new channels with Borduria,” the media reported.", "Jane Doe"),
        ("The Daily Courier reported last week that Jane Doe is planning to send an envoy to Lima.", "Jane Doe"),
        # no act of the planner's own after the verb: the press tells of plans
        (
            "The Daily Courier reports that Jane Doe and John Roe are planning trips to Lima in the coming weeks.",
            "Daily Courier",
        ),
        # a plan asked about is the press's question
        ("The Daily Courier reported that it was unclear whether Jane Doe was planning to go.", "Daily Courier"),
    ],
)
def test_a_plan_the_press_reports_is_the_planner_s(tmp_path, text, holder):
    speaker = "media" if "media" in text else "Daily Courier"
    assert holders(tmp_path, text, [_indirect(text, speaker)]) == [holder]


def test_a_plan_an_official_body_announces_stays_the_body_s(tmp_path):
    text = "The ministry said Jane Doe plans to visit Lima next week."
    assert holders(tmp_path, text, [_indirect(text, "ministry")]) == ["ministry"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Radio Lima rules out the possibility of a lasting thaw between the two capitals.", "Radio Lima"),
        ("The Ruritanian Herald ruled out the possibility of a deal before the vote.", "Ruritanian Herald"),
        ("Jane Doe signaled that Ruritania will keep working with its allies.", "Jane Doe"),
        ("Jane Doe signalled that the port will reopen.", "Jane Doe"),
    ],
)
def test_who_rules_out_or_signals_holds_the_forecast(tmp_path, text, holder):
    assert holders(tmp_path, text) == [holder]


# --- a clause or adjunct of background after the main clause --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe will travel to Lima next week, as Ruritania seeks to calm its neighbours.",
        "The next likely chance for talks, as the two countries seek to mend ties, is a summit in May.",
        "The trips could lead to a summit, with Jane Doe saying she was keen on a meeting this year.",
        "The trips could lead to a summit, after Jane Doe said she was keen on a meeting this year.",
    ],
)
def test_the_main_clause_s_term_is_the_reporter_s_before_a_background_clause(tmp_path, text):
    quotes = [_indirect(text, "Jane Doe")] if "Doe said" in text or "saying" in text else []
    # "…, as Doe said" attributes the words to Doe: not an adjunct of background
    assert holders(tmp_path, text, quotes) == ["reporter"]


def test_a_background_clause_with_no_other_term_keeps_its_holder(tmp_path):
    text = "Jane Doe is the third envoy to visit Lima this year as Ruritania and Borduria seek to mend ties."
    assert "Ruritania" in holders(tmp_path, text)[0]


def test_the_main_clause_s_plan_decides_before_a_background_aim(tmp_path):
    text = "Jane Doe will travel to Lima next week, as Ruritania seeks to calm its neighbours."
    assert [r["form"] for r in expectation_rows(tmp_path, text)] == ["plan"]


def test_a_hope_told_with_an_adjunct_of_its_own_stays_its_holder_s(tmp_path):
    text = "Jane Doe made trade the heart of her efforts to grow, with her government hoping to sign a deal."
    assert holders(tmp_path, text) == ["government"]  # the subject of the hope, not the reporter


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The ministry said Jane Doe was looking forward to “fruitful talks on trade.”", "Jane Doe"),
        ("The ministry said Jane Doe is hoping for a quick deal.", "Jane Doe"),
    ],
)
def test_a_progressive_attitude_is_its_subject_s_not_a_passive(tmp_path, text, holder):
    assert holders(tmp_path, text, [_indirect(text, "ministry")]) == [holder]


def test_a_subordinator_that_opens_a_quotation_is_not_part_of_the_subject(tmp_path):
    text = "Jane Doe met John Roe on Monday. “As the minister has said, she hopes to meet him again,” Mary Roe said."
    quote = text.index("“")
    row = {"start": quote, "end": len(text) - len(" Mary Roe said."), "kind": "direct", "speaker": "Mary Roe"}
    assert not holders(tmp_path, text, [row])[-1].startswith("As ")


# --- new terms ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, form",
    [
        ("The official said Ruritania was pressuring Borduria to recall its envoy.", "prescription"),
        ("The envoy is pressing the two sides to return to the table.", "prescription"),
        ("The administration has voiced its interest in resuming the talks.", "hope"),
        ("Jane Doe expressed interest in a visit to Lima.", "hope"),
        ("Jane Doe invited her counterpart to Lima to continue the talks.", "plan"),
        ("“They are rivals, and will stay so. The only question is the degree of rivalry.”", "question"),
    ],
)
def test_calls_wishes_invitations_and_open_questions(tmp_path, text, form):
    assert expectation_rows(tmp_path, text)[-1]["form"] == form


@pytest.mark.parametrize(
    "text",
    [
        "The workers pressed on to the next village.",
        "The crews are pressing ahead to the coast.",
        "The question was put to the minister on Monday.",
        "“A key question is why the council chose this site,” Jane Doe said.",
        "Jane Doe invited her counterpart to dinner.",
        "The press was kept outside the hall.",
    ],
)
def test_near_misses_of_the_new_terms_are_not_expectations(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe is also expected to have raised the matter of the ships.",
        "Jane Doe is likely to have met John Roe on Monday.",
        "Jane Doe was widely expected to have signed the deal by then.",
    ],
)
def test_a_guess_about_the_past_is_no_expectation(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


def test_a_guess_about_the_past_leaves_the_quoted_forecast_to_its_speaker(tmp_path):
    text = 'Jane Doe is expected to have raised remarks by John Roe that rivals "will regret it."'
    quote = text.index('"')
    row = {"start": quote, "end": len(text), "kind": "partial", "speaker": "John Roe"}
    assert holders(tmp_path, text, [row]) == ["John Roe"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Talks end\n\nA glimmer of hope\n\nThe two sides met for six hours.", 0),
        ("Talks end\n\nLower expectations\n\nThe two sides met for six hours.", 0),
        ("Talks end\n\nManaging expectations\n\nThe two sides met for six hours.", 0),
        # a heading with a verb, or a sentence with a full stop, still looks forward
        ("Talks end\n\nDoe hopes for a deal\n\nThe two sides met for six hours.", 1),
        ("Talks end\n\nThere is a glimmer of hope that the talks will go on.\n\nThe two sides met.", 1),
    ],
)
def test_a_heading_that_only_names_hope_is_no_expectation(tmp_path, text, found):
    assert len(expectation_rows(tmp_path, text)) == found


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe is also expected to meet John Roe in Lima.",
        "Jane Doe is still expected to attend the summit.",
        "Jane Doe is now widely expected to sign the deal.",
    ],
)
def test_a_passive_with_adverbs_before_it_is_the_reporter_s_forecast(tmp_path, text):
    assert holders(tmp_path, text) == ["reporter"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Doe’s schedule for Monday does not include talks with Roe", "reporter"),
        ("Jane Doe’s schedule for the final day includes a meeting with the mayor.", "reporter"),
        ("The schedule released on Sunday does not include a visit to the port.", "reporter"),
    ],
)
def test_a_schedule_told_in_the_present_is_a_plan(tmp_path, text, holder):
    rows = expectation_rows(tmp_path, text)
    assert [(r["form"], r["holder"]) for r in rows] == [("plan", holder)]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe’s schedule on Monday included talks with John Roe.",  # the past
        "The trains ran on schedule all week.",
    ],
)
def test_a_schedule_of_the_past_is_no_plan(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


# --- scare quotes inside a phrase, ideas floated, a transcript's question label ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is “looking forward” to meeting the union, says her office.",
        'The mayor is "looking forward" to the talks.',
    ],
)
def test_a_phrase_read_through_scare_quotes(tmp_path, text):
    rows = expectation_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["form"] == "hope", rows


def test_scare_quotes_around_a_lone_word_make_no_phrase(tmp_path):
    assert expectation_rows(tmp_path, "The chief said he was “looking” forward.") == []


def test_an_idea_floated_is_held_by_who_floats_it(tmp_path):
    rows = expectation_rows(tmp_path, "The talks went well, and Jane Doe floated the idea of a second summit.")
    assert [(r["holder"], r["form"]) for r in rows] == [("Jane Doe", "hope")]


def test_an_idea_floated_without_of_is_not_read(tmp_path):
    assert expectation_rows(tmp_path, "The mayor floated down the river on a raft.") == []


def test_a_bullet_is_not_part_of_the_holder(tmp_path):
    text = "Talks went well.\n• The mayors agreed to reopen the bridge."
    assert "•" not in holders(tmp_path, text)[0]


def test_a_question_label_makes_a_transcript_of_one_speaker(tmp_path):
    text = (
        "Press Briefing, May 2\n\nJane Doe, Spokesperson\n\n"
        "QUESTION: When will the minister travel?\n\n"
        "MS DOE: We hope the talks will resume soon. We will stay in touch with our counterparts.\n"
    )
    rows = expectation_rows(tmp_path, text)
    assert [r["holder"] for r in rows] == ["reporter", "Jane Doe", "Jane Doe"]  # the question is the press's


def test_planning_for_someone_to_act_is_a_plan(tmp_path):
    rows = expectation_rows(tmp_path, "Is there any planning for the mayor to go back to Lima?")
    assert [r["form"] for r in rows] == ["plan"]


def test_planning_for_an_event_past_is_not_read(tmp_path):
    assert expectation_rows(tmp_path, "Planning for the summit took months.") == []


def test_a_dare_to_act_is_a_prescription_of_who_dares(tmp_path):
    rows = expectation_rows(tmp_path, "Jane Doe challenged the council to publish the figures.")
    assert [(r["holder"], r["form"]) for r in rows] == [("Jane Doe", "prescription")]


def test_a_challenge_to_a_ruling_is_not_read(tmp_path):
    assert expectation_rows(tmp_path, "The mayor challenged the ruling in court.") == []


# --- a labelled list of wants -------------------------------------------------------------------------------


def test_a_list_of_wants_is_an_aim_of_the_party_labelled_before(tmp_path):
    text = "Talks are near.\nRuritania: they will watch the tone.\nSome of the Asks: Lower tariffs, open ports."
    rows = expectation_rows(tmp_path, text)
    assert [(r["holder"], r["form"]) for r in rows][-1] == ("Ruritania", "aim")


def test_a_list_of_wants_with_no_party_is_the_reporter_s(tmp_path):
    rows = expectation_rows(tmp_path, "Talks are near.\nKey demands: a pay rise and shorter hours.")
    assert [(r["holder"], r["form"]) for r in rows] == [("reporter", "aim")]


@pytest.mark.parametrize(
    "text", ["Talks are near.\nThe asks were modest.", "The union: it made demands last year.", "Asks: 12, Bids: 9"]
)
def test_wants_not_opening_a_labelled_line_are_not_read(tmp_path, text):
    assert expectation_rows(tmp_path, text) == []


# --- an agreement's content told on in the sentences after it -------------------------------------------------


def test_what_an_agreement_set_up_is_held_by_those_who_agreed(tmp_path):
    text = (
        "Both sides agreed to set up a border working group. The working group will meet twice a year in Lima, "
        "with Lima hosting the first meeting in May. The first meeting will open the new port."
    )
    assert holders(tmp_path, text) == ["both sides"] * 3


def test_the_items_of_an_agreement_s_list_are_held_by_those_who_agreed(tmp_path):
    text = "Both sides agreed to the following measures:\n- A border working group will be set up.\n- Experts will meet in May."
    assert holders(tmp_path, text) == ["both sides"] * 3


@pytest.mark.parametrize(
    "text",
    [
        # another subject, which the agreement did not name
        "Both sides agreed to set up a border working group. The ferry will reach Lima in two weeks.",
        # a sentence between that looks forward to nothing: the agreement is no longer being told
        "Both sides agreed to set up a border working group. Officials did not say more. The working group will meet in May.",
        # a list item below an agreement that opens no list
        "Both sides agreed to set up a border working group.\n- Experts will meet in May.",
    ],
)
def test_a_sentence_that_does_not_tell_on_the_agreement_stays_the_reporter_s(tmp_path, text):
    assert holders(tmp_path, text)[1:] == ["reporter"]


def test_a_plan_after_a_report_that_is_no_agreement_stays_the_reporter_s(tmp_path):
    text = "Both sides want to set up a border working group. The working group will meet in May."
    assert holders(tmp_path, text)[1:] == ["reporter"]


# --- what the reporter reads an event as: "a sign that X aims to …" --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The call is seen as a sign that Ruritania aims to ease tensions.",
        "In a sign that Ruritania wants to ease tensions, the envoy flew to Lima.",
        "The visit was another indication that Ruritania hopes to mend ties.",
    ],
)
def test_an_aim_read_into_an_event_as_a_sign_is_the_reporter_s(tmp_path, text):
    assert holders(tmp_path, text) == ["reporter"]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania aims to ease tensions with its neighbour.",
        "Jane Doe gave a sign that Ruritania aims to ease tensions.",
    ],
)
def test_an_aim_stated_or_signalled_by_someone_is_not_the_reporter_s(tmp_path, text):
    assert holders(tmp_path, text) == ["Ruritania"]


# --- an invitation is held by whoever invites, whoever reports it ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said Jane Doe invited Mary Roe to visit Lima.",
        "Jane Doe invited Mary Roe to visit Lima, the spokesman said.",
    ],
)
def test_an_invitation_is_held_by_the_one_who_invites(tmp_path, text):
    assert holders(tmp_path, text) == ["Jane Doe"]


def test_an_invitation_accepted_is_held_by_the_one_who_accepts(tmp_path):
    assert holders(tmp_path, "Mary Roe accepted an invitation to visit Lima, the spokesman said.") == ["Mary Roe"]


# --- a person's own words about both sides stay the person's -------------------------------------------------------


def _direct(text, speaker, kind):
    i, j = text.index("“"), text.index("”") + 1
    return {"start": i, "end": j, "kind": "direct", "speaker": speaker, "speaker_group": "x", "speaker_kind": kind}


def test_a_person_s_quote_of_what_both_sides_said_is_held_by_the_person(tmp_path):
    text = "“In our talks, both sides have said they want to keep channels open,” Jane Doe said."
    assert holders(tmp_path, text, [_direct(text, "Jane Doe", "person")]) == ["Jane Doe"]


def test_a_readout_s_quote_of_what_both_sides_said_is_held_by_both_sides(tmp_path):
    text = "“In the talks, both sides have said they want to keep channels open,” the ministry said."
    assert holders(tmp_path, text, [_direct(text, "Example Ministry", "institution")]) == ["both sides"]


# --- an opening quotation mark before a subject, a need seen or spoken of, an open question, a thing that shows -------


def test_a_single_opening_mark_is_no_part_of_the_holder(tmp_path):
    text = "‘The two ministers agreed that the envoy will visit Lima to follow up,’ according to a readout."
    (holder,) = holders(tmp_path, text)
    assert "‘" not in holder and holder.endswith("ministers")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Officials in Lima and Quito increasingly speak of the need to halt the decline in ties.", "Lima and Quito"),
        ("But even as they talk, the two governments also see the need to show they give no ground.", "governments"),
        ("Jane Doe sees the need to keep the ferries running through the winter.", "Jane Doe"),
    ],
)
def test_who_sees_or_speaks_of_a_need_holds_it(tmp_path, text, holder):
    (found,) = holders(tmp_path, text)
    assert found.endswith(holder)


def test_a_need_nobody_is_said_to_see_is_the_reporter_s(tmp_path):
    assert holders(tmp_path, "There is a need to halt the decline in ties.") == ["reporter"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister's trip to Lima shows that the government is keen to restart talks, but whether it was a "
        "success remains to be seen.",
        "Whether Ruritania wants a deal remains to be seen.",
        "The minister's trip shows that the government is keen to restart talks.",
        "The latest move suggests that Lima wants to settle the dispute.",
    ],
)
def test_an_open_question_or_what_a_thing_shows_is_the_reporter_s_reading(tmp_path, text):
    assert holders(tmp_path, text) == ["reporter"]


def test_an_open_question_someone_voices_is_theirs(tmp_path):
    assert holders(tmp_path, "Jane Doe said it remains to be seen whether the talks will help.") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("before", "shown"),
    [
        ("The trip shows that Lima wants ", True),
        ("The move suggested that the government is keen ", True),
        ("The poll shows that fishermen want ", False),  # a record of people's views: theirs
        ("She showed that Lima wants ", False),  # a pronoun: someone who shows it
        ("Doe showed that Lima wants ", False),  # a person
        ("The trip shows that, for now, Lima wants ", False),  # a clause broken by a comma
    ],
)
def test_what_a_thing_shows_is_read_only_after_a_thing(before, shown):
    from analysis.expectations import _read_as_shown

    assert _read_as_shown(before, 0, len(before)) is shown


# --- a standing commitment to a thing or a policy is no expectation ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister merely reiterated Ruritania’s commitment to the “one port policy” that the treaty set out.",
        "Doe thanked the government for its repeated commitment to Borduria's security.",
        "The envoy asserted Lima's commitment to “rules-based trade” in the region.",
    ],
)
def test_a_standing_commitment_to_a_thing_is_no_expectation(tmp_path, text):
    assert holders(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lima stressed its commitment to work with Quito on the port.",
        "Ruritania must honour its commitment not to support the rebels.",
    ],
)
def test_a_commitment_to_a_deed_is_still_read(tmp_path, text):
    assert len(holders(tmp_path, text)) == 1
