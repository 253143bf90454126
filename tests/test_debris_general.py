"""Page debris of any site, on made-up pages: another story's headline inside the body, captions told by
their credit or by where people stand, paywall prompts, player durations, opinion disclaimers; and the
prose and subheadings that look like them but must stay."""

import pytest
from helpers import PARA_1, PARA_2, PARA_3, kept, page

from analysis.clean import find_boilerplate

HEADLINE = "Ministers agree to keep talking after a long meeting in the capital"


def removed(raw: str, line: str) -> bool:
    start = raw.index(line)
    spans = find_boilerplate(raw)
    for s in spans:
        assert raw[s.start : s.end] == s.text
    inside = [s for s in spans if s.start < start + len(line) and s.end > start]
    covered = sum(min(s.end, start + len(line)) - max(s.start, start) for s in inside)
    return covered >= 0.8 * len(line)


# --- another story's headline between two paragraphs ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Premier to visit Lima next week for trade talks",
        "Ruritania and Borduria to hold new round of border talks",
        "Exports rise for a third month despite higher tariffs: Report",
        "Central bank holds rates steady as inflation cools: Sources",
    ],
)
def test_another_story_s_headline_inside_the_body_is_removed(line):
    assert removed(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Ruritania urges restraint",  # a subheading with a verb in the present
        "The road to the summit",
        "What comes next",
        "Trade and the tariffs",
    ],
)
def test_subheadings_between_paragraphs_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_the_article_s_own_headline_in_that_grammar_is_kept():
    line = "Premier to visit Lima next week for trade talks"
    assert kept(page(line, PARA_1, PARA_2, PARA_3), line)


# --- captions, prompts, players, disclaimers --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The minister waves as she arrives at the airport (Xinhua)",
        "Ann Lee (left) shakes hands with Bo Chen in the capital on Sunday.",
        "Delegates pose for a group picture, Ann Lee (second from right) among them.",
        "File photo of the minister at the harbour.",
        "A picture taken on Sunday shows the damaged bridge.",
        "Subscribe now for unlimited access",
        "Already a subscriber? Sign in",
        "Continue reading",
        "Video Duration 02 minutes 30 seconds",
        "The views expressed here don't necessarily reflect those of the site.",
        "More from World",
        "Ann Lee, left, and Bo Chen smile after the signing ceremony in the capital.",
        "From Ann Lee’s X account",
        "English Español Русский Français 中文",
        "Contact · Public Files · Help",
        "KXAB · KXCD-FM · KXEF",
        "Print this page",
        "Save for later",
        "Open in app",
        "Click to share on Facebook (Opens in new window)",
        "Don't miss",
        "Editor's picks",
        "Content from our partners",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_captions_prompts_players_and_disclaimers_are_removed(line, where):
    lines = [HEADLINE, PARA_1, line, PARA_2, PARA_3] if where == "body" else [HEADLINE, PARA_1, PARA_2, PARA_3, line]
    assert removed(page(*lines), line)


@pytest.mark.parametrize(
    "line",
    [
        "The photo of the two leaders shaking hands went around the world within hours, and the ministry said it "
        "had been taken by a member of the public.",
        "Ann Lee, who stood to the left of the premier, said the talks had left her more hopeful than before.",
        "Officials said that access to the port would be unlimited once the new rules were in place next year.",
        "The duration of the talks surprised diplomats, who had expected them to end by noon on Monday.",
        "More from the ministry was expected later in the week, the spokesman told reporters on Friday.",
        "The envoy packed his bags, left, and never returned to the capital after the talks collapsed in the spring.",
        "The minister said the public files on the deal would be released next month, once the audit ends.",
        "The source of the leak was not named, and the ministry declined to comment on the report: officials "
        "said only that an inquiry had begun.",
    ],
)
def test_prose_with_the_same_words_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_the_links_under_a_don_t_miss_heading_are_removed():
    raw = page(HEADLINE, PARA_1, PARA_2, "Don't miss", "Port strike ends after ten days", "Ferry fares to rise", PARA_3)
    assert removed(raw, "Port strike ends after ten days") and removed(raw, "Ferry fares to rise")
    assert kept(raw, PARA_3)
