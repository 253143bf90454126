"""Page debris found line by line: phrase rules and line shapes, on small made-up pages."""

import pytest
from helpers import PARA_1, PARA_2, PARA_3, kept, page

from analysis.clean import find_boilerplate, load_rules


def removed(raw: str) -> list[str]:
    spans = find_boilerplate(raw)
    for s in spans:
        assert raw[s.start : s.end] == s.text and s.text == s.text.strip()
    return [s.text for s in spans]


# --- phrases every site uses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Go to contents",
        "(Excerpts : Example Agency)",
        "Also read this article about how the harbour talks began",
        "JOIN OUR EXAMPLE COMMUNITY!",
        "Back to the top",
        "Return to Reports main page",
        "Home > World > Asia",
        "Share",
        "Share on Facebook Twitter Email",
        "Advertisement",
        "Story continues below advertisement",
        "Recommended Videos",
        "Related Stories",
        "More On This Topic",
        "Link copied",
        "Updated",
        "Tags: trade, diplomacy, visas",
        "Source: Example News Agency",
        "Copyright 2024 Example Wire. All rights reserved.",
        "© 2024 Example Media Ltd",
        "An official website of the Republic of Examplia government",
        "Here's how you know",
        "6 MINUTE READ",
        "Reading Time:3 minutes",
        "Listen to this article",
        "Why you can trust Example Post",
        "Sign up for our morning newsletter to get the day's news.",
        "Join our Telegram channel and get the latest news delivered to you.",
        "Available on the App Store",
        "By Ann Lee and Bo Chen",
        "- By Carla Diaz",
        "By — Staff Reporter | Example Daily | Updated: 2024-03-02 10:15",
        "The Editors",
        "Reporting by Ann Lee; Editing by Bo Chen",
        "Editor: Wu Ming",
        "(Web editor: Li Na, Zhao Lei)",
        "Ann Lee contributed to this report.",
        "(With inputs from agencies)",
        "Photographer: Dan Roe/Example Images",
        "Ministers shake hands before their talks in the capital on Monday. (Example Photo/Dan Roe)",
        "Ministers shake hands before their talks on Monday. [Ministry photo by Dan Roe/ Public Domain]",
        "Ministers shake hands before their talks on Monday. (Dan Roe/Pool Photo via AP)",
        "Ministers shake hands before their talks on Monday. PHOTO: EXAMPLE",
        "Ministers shake hands before their talks on Monday. Dan Roe/AFP via Getty Images hide caption",
        "This is an editorial from Example Daily.",
        "The above story first appeared on Example Site on Mar 2, 2024.",
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.",
        "Cloudy icon",
        "Your browser does not support the audio element.",
        "Listen to this article 4 min",
        "Section: World",
        '<iframe src="https://example.org/player" width="100%"></iframe>',
        "The Morning Brief newsletter",
        "Breaking News",
        "Official websites use .gov",
        "FILE - The two ministers shake hands before their talks in the capital, March 3, 2024.",
        "In this photo released by the ministry, the ministers walk to the hall.",
        "Pictured: the ministers before their talks.",
        "Author: Ann Lee",
        "Reuters",
        "(AP)",
        "Dan Roe/Example Agency",
        "To see more, visit https://www.example.org.",
        "We use cookies to improve your experience on our site.",
        "Click here to read the full statement",
        "Watch: The ministers speak after their talks",
        "Privacy Policy | Terms of Use | Contact Us",
    ],
)
def test_furniture_phrases_are_removed_wherever_they_stand(line):
    raw = page(PARA_1, line, PARA_2)
    assert removed(raw) == [line.strip()]


def test_a_section_name_alone_above_or_below_the_story_is_removed():
    raw = page("Economic news", "Ministers agree to keep talking on trade", PARA_1, PARA_2, "World News")
    assert removed(raw) == ["Economic news", "World News"]
    # between paragraphs the same words may be a line of the story (a subhead): kept
    assert removed(page(PARA_1, "Good News", PARA_2)) == []


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the two sides had agreed to meet again, officials said.",  # "By" opens a sentence
        "He shared the photo with reporters and said it showed the new airport.",
        "Copyright law was one of the topics they raised, the ministry said.",
        "The menu of options, he said, was short.",
        "Share prices rose after the talks, which both sides called useful.",
        "Also read by millions, the paper printed the minister's letter in full on its front page.",
        "Join the talks, the minister urged the opposition, or be left out of the deal.",
        "Source: a person familiar with the talks said the mood had been tense throughout the long first session "
        "and that neither minister had given ground on visas, trade or flights, the core of the dispute.",
    ],
)
def test_prose_that_uses_a_furniture_word_is_kept(line):
    raw = page(PARA_1, line, PARA_2)
    assert kept(raw, line)


def test_furniture_glued_into_a_long_line_is_cut_out_alone():
    raw = "Politics Jun 19, 2024 6:35 PM EDT By — Ann Lee Leave your feedback Share Email Facebook Twitter " + PARA_1
    furniture = "Jun 19, 2024 6:35 PM EDT By — Ann Lee Leave your feedback Share Email Facebook Twitter"
    assert " ".join(removed(raw)) == furniture


def test_notices_glued_into_a_long_line_are_cut_out_alone():
    raw = (
        "Read the Full Transcript Support provided by: Learn more "
        + PARA_1
        + " Subscribe to The Brief, our newsletter."
    )
    assert removed(raw) == [
        "Read the Full Transcript",
        "Support provided by: Learn more",
        "Subscribe to The Brief, our newsletter.",
    ]


def test_an_air_time_glued_to_a_headline_is_cut_out_alone():
    raw = page("Talks Go On; Markets Wait; Aired 9-10a ET", PARA_1, PARA_2)
    assert removed(raw) == ["Aired 9-10a ET"]


def test_an_agency_name_glued_after_the_last_sentence_is_cut_out_alone():
    raw = page(PARA_1, PARA_2 + " EXAMPLE")
    assert removed(raw) == ["EXAMPLE"]


def test_a_disclaimer_heading_takes_the_notice_after_it():
    raw = page(PARA_1, PARA_2, "Legal Disclaimer:", "The site provides this content as is. It accepts no liability.")
    assert removed(raw) == ["Legal Disclaimer:\n\nThe site provides this content as is. It accepts no liability."]


# --- the shape of a line --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Jun 20, 2024",
        "Published June 19, 2024 at 10:24am EDT | Updated 11:02am",
        "Posted at 2:27 PM, Jun 19, 2024 and last updated 4:10 PM, Jun 19, 2024",
        "June 19, 2024 / 10:36 AM / Example News",
        "2024-07-07 23:55",
        "Tuesday, 20 June 2024 08:41 PM EDT",
        "Wire Published June 19, 2024",
        "Agency) 11:23, June 21, 2024",
        "Updated 22 sec ago",
        "1 hour ago",
        "[10:00:00]",
        "13",
        "1 / 3",
        "44º",
    ],
)
def test_stamps_and_counters_are_removed(line):
    raw = page(PARA_1, line, PARA_2)
    assert removed(raw) == [line.strip()]


@pytest.mark.parametrize("line", ["LONDON, May 3", "LONDON, May 3 —", "In the capital"])
def test_a_dateline_on_its_own_line_is_kept(line):
    raw = page(PARA_1, line, PARA_2)
    assert kept(raw, line)


def test_a_caption_given_twice_is_removed_both_times():
    caption = "The two ministers walk to the hall before their talks."
    raw = page("Ministers Meet For Talks On Trade", caption, caption, PARA_1, PARA_2)
    assert removed(raw) == [caption, caption]


def test_a_sentence_said_twice_far_apart_is_kept():
    said = "We will keep talking until the work is done."
    raw = page(PARA_1, said, PARA_2, PARA_3, PARA_1.replace("Sunday", "Monday"), said)
    assert kept(raw, said)
    assert removed(raw) == []


def test_labels_above_the_body_are_removed_but_the_headline_is_kept():
    raw = page("Example Daily Herald", "World", "Ministers agree to keep talking on trade", PARA_1, PARA_2)
    assert removed(raw) == ["Example Daily Herald", "World"]


def test_a_short_title_case_headline_is_kept_when_it_is_the_only_one():
    raw = page("Example Herald", "Ministers Meet", PARA_1, PARA_2)
    assert removed(raw) == ["Example Herald"]
    assert kept(raw, "Ministers Meet")


def test_an_author_name_above_the_headline_is_removed():
    raw = page("Ann Lee", "The Minister's Remarks at the Trade Forum", "March 3, 2024", PARA_1, PARA_2)
    assert removed(raw) == ["Ann Lee", "March 3, 2024"]


def test_subheadings_and_short_lines_between_paragraphs_are_kept():
    lines = [
        "Talks Ahead",  # a title-case subheading
        "A long road",
        "It was not clear what would follow.",
        "“We are ready,” she said.",
        "(APPLAUSE)",
        "MODERATOR:",
        "WASHINGTON, D.C.",
    ]
    paragraphs = [PARA_2.replace("autumn", f"month number {n}") for n in range(len(lines))]
    raw = page(PARA_1, *[x for pair in zip(lines, paragraphs) for x in pair], PARA_3)
    assert removed(raw) == []


def test_below_the_last_paragraph_lines_that_are_not_sentences_are_removed():
    raw = page(
        PARA_1,
        PARA_2,
        "Ministers to meet again in May",
        "Trade Talks Ministers Visas Flights Capital Cities Diplomacy",
        "Example Herald",
        "It was the first meeting this year.",
        "(END)",
    )
    assert removed(raw) == [
        "Ministers to meet again in May",
        "Trade Talks Ministers Visas Flights Capital Cities Diplomacy",
        "Example Herald",
    ]


def test_a_page_without_running_prose_loses_no_label_by_shape():
    raw = page("Example Herald", "Short Note", "It rained.")
    assert removed(raw) == []


def test_a_menu_in_another_script_is_removed_from_a_latin_text():
    menu = "English 首页 中心简介 新闻动态 研究项目"
    raw = page(menu, "Ministers agree to keep talking on trade", PARA_1, PARA_2)
    assert removed(raw) == [menu]


def test_a_text_in_another_script_keeps_its_lines():
    raw = page("首页 中心简介 新闻动态", "中国和美国的部长在星期天会面并同意继续就贸易进行磋商。")
    assert removed(raw) == []


def test_windows_line_breaks_give_the_same_spans():
    raw = page("Skip to content", "Example Herald", "Ministers agree to keep talking on trade", PARA_1, PARA_2)
    crlf = raw.replace("\n", "\r\n")
    assert [s.text for s in find_boilerplate(crlf)] == removed(raw)


# --- the rules file ------------------------------------------------------------------------------


def test_rules_file_rows_may_limit_words_and_lines(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text(
        "# test rules\nrule_id,reason,scope,pattern,max_words,where\n"
        "short,short promo,line,(?i)\\bpromo\\b,3,\nedge,edge label,line,^Desk$,,edges\n",
        encoding="utf-8",
    )
    rules = load_rules(str(path))
    assert [(r.max_words, r.where) for r in rules] == [(3, "anywhere"), (None, "edges")]
    raw = page("Desk", PARA_1, "Desk", "Big promo", PARA_2, "A promo line that is too long to count", PARA_3)
    spans = [(s.text, s.reason) for s in find_boilerplate(raw, rules)]
    assert ("Big promo", "short promo") in spans
    assert ("Desk", "edge label") in spans
    assert sum(text == "Desk" for text, _ in spans) == 1  # the one between paragraphs is kept
    assert not any("too long" in text for text, _ in spans)


@pytest.mark.parametrize(
    "row, problem",
    [("x,y,line,foo,many,", "max_words"), ("x,y,line,foo,,middle", "unknown where")],
)
def test_rules_file_with_a_bad_limit_is_rejected(tmp_path, row, problem):
    from analysis.errors import ProfileError

    path = tmp_path / "rules.csv"
    path.write_text(f"# test rules\nrule_id,reason,scope,pattern,max_words,where\n{row}\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=problem):
        load_rules(str(path))


def test_a_note_on_the_writer_at_the_foot_is_removed():
    bio = "Ann Lee is a senior fellow at the Example Institute and a columnist for the Daily Example."
    raw = page(PARA_1, PARA_2, bio)
    assert removed(raw) == [bio]


@pytest.mark.parametrize(
    "last",
    [
        "Lee is the president of the council, which meets again in June.",
        "Ann Lee is a senior fellow at the institute, the minister said.",
    ],
)
def test_a_last_paragraph_about_someone_else_is_kept(last):
    raw = page(PARA_1, PARA_2, last)
    assert kept(raw, last)


def test_notes_on_two_writers_at_the_foot_are_removed():
    bios = [
        "Ann Lee is a correspondent for the Daily Example based in the capital. She covers trade.",
        "Bo Chen is a senior fellow at the Example Institute.",
    ]
    raw = page(PARA_1, PARA_2, *bios, "Example Herald")
    assert removed(raw) == [*bios, "Example Herald"]


def test_a_writer_note_in_the_middle_is_kept():
    bio = "Ann Lee is a senior fellow at the Example Institute."
    raw = page(PARA_1, bio, PARA_2)
    assert kept(raw, bio)


def test_short_title_case_labels_with_function_words_go_when_the_header_has_a_headline():
    raw = page(
        "Readout", "Office of the Spokesperson", "WORLD", "Ministers agree to keep talking on trade", PARA_1, PARA_2
    )
    assert removed(raw) == ["Readout", "Office of the Spokesperson", "WORLD"]


def test_a_headline_given_twice_in_the_header_loses_its_first_copy_only():
    title = "Ministers agree to keep talking on trade"
    raw = page("Home > World", title, title, PARA_1, PARA_2)
    first = raw.index(title)
    assert removed(raw) == ["Home > World", title] and find_boilerplate(raw)[1].start == first


def test_a_headline_that_opens_the_text_and_is_given_again_loses_its_second_copy_only():
    title = "Ministers agree to keep talking on trade"
    raw = page(title, title, PARA_1, PARA_2)
    assert len(removed(raw)) == 1 and find_boilerplate(raw)[0].start == raw.index(title, 1)


def test_a_page_title_with_the_site_name_is_removed_and_the_headline_kept():
    title = "Ministers agree to keep talking on trade"
    raw = page(f"{title} - Example News", title, PARA_1, PARA_2)
    assert removed(raw) == [f"{title} - Example News"]


@pytest.mark.parametrize("line", ["Guest columnist", "Ann Lee, Staff Writer", "#Trade #Diplomacy"])
def test_writer_roles_and_hashtags_are_removed(line):
    raw = page(PARA_1, line, PARA_2)
    assert removed(raw) == [line]


def test_links_under_a_related_heading_go_up_to_the_next_paragraph():
    raw = page(
        PARA_1,
        "Related Stories",
        "Ministers to meet again in May",
        "Trade talks: what is at stake",
        PARA_2,
        "Talks Ahead",
        PARA_3,
    )
    assert removed(raw) == ["Related Stories", "Ministers to meet again in May", "Trade talks: what is at stake"]


def test_the_sentence_just_above_a_picture_credit_is_its_caption():
    caption = "The two ministers walk to the hall before their talks, Monday, March 4, 2024."
    raw = page("Ministers agree to keep talking on trade", caption, "Dan Roe/Example Agency", PARA_1, PARA_2)
    assert removed(raw) == [caption, "Dan Roe/Example Agency"]


def test_a_headline_above_a_picture_credit_is_kept():
    raw = page("Ministers agree to keep talking on trade", "Dan Roe/Example Agency", PARA_1, PARA_2)
    assert removed(raw) == ["Dan Roe/Example Agency"]


def test_a_paragraph_above_a_picture_credit_is_kept():
    raw = page(PARA_1, PARA_2, "Dan Roe/Example Agency", PARA_3)
    assert removed(raw) == ["Dan Roe/Example Agency"]


def test_a_last_sentence_cut_short_is_kept():
    cut = "The two sides agreed to hold further talks on the"
    raw = page(PARA_1, PARA_2, cut)
    assert kept(raw, cut)


def test_captions_next_to_caption_buttons_are_removed():
    caption = "The two ministers walk to the hall before their talks on Monday."
    raw = page("Ministers agree to keep talking on trade", "Enlarge this image", caption, PARA_1, PARA_2)
    assert removed(raw) == ["Enlarge this image", caption]
    raw = page("Ministers agree to keep talking on trade", caption, "hide caption", PARA_1, PARA_2)
    assert removed(raw) == [caption, "hide caption"]


def test_a_short_headline_above_its_standfirst_is_kept():
    raw = page(
        "Ministers Meet in the Capital", "Talks resume after a long pause, with trade on the table", PARA_1, PARA_2
    )
    assert removed(raw) == []


STANDFIRST = "The two sides said they would meet again in the autumn, but gave no date for the next round."


@pytest.mark.parametrize(
    "labels", [["World"], ["Ann Lee", "Example News"], ["ANN LEE"], ["Office of the Spokesperson"]]
)
def test_labels_between_a_standfirst_and_its_byline_or_date_are_removed(labels):
    raw = page("Ministers agree to keep talking on trade", STANDFIRST, *labels, "June 19, 2024", PARA_1, PARA_2)
    assert removed(raw) == [*labels, "June 19, 2024"]


def test_a_subheading_after_the_first_paragraph_is_kept_without_a_byline_or_date_near_it():
    raw = page("Ministers agree to keep talking on trade", STANDFIRST, "Talks Ahead", PARA_1, PARA_2)
    assert removed(raw) == []


def test_a_headline_given_twice_in_the_header_loses_its_first_copy_however_far_apart():
    title = "Ministers agree to keep talking on trade"
    raw = page(title, "World", "By Ann Lee", "June 19, 2024", "Example Herald", title, PARA_1, PARA_2)
    spans = find_boilerplate(raw)
    assert spans[0].start == 0 and spans[0].text == title
    assert kept(raw, "\n" + title)


def test_a_headline_given_twice_in_capitals_and_in_title_case_loses_its_first_copy():
    title = "Ministers agree to keep talking on trade"
    raw = page(title.upper(), title, PARA_1, PARA_2)
    assert removed(raw) == [title.upper()]


def test_a_last_paragraph_that_names_someone_with_an_apposition_and_a_speech_verb_is_kept():
    last = "Ann Lee, a former diplomat, is a senior fellow at the institute, the minister said."
    raw = page(PARA_1, PARA_2, last)
    assert kept(raw, last)


@pytest.mark.parametrize("subheading", ["What comes next", "Key takeaways", "The road ahead", "Looking to May"])
@pytest.mark.parametrize(
    "closing", ["The talks resume in May.", "“We will see,” she said.", "- Trade is up.", "It is too early to say."]
)
def test_a_subheading_above_the_story_s_last_short_paragraphs_is_kept(subheading, closing):
    raw = page(PARA_1, PARA_2, subheading, closing)
    assert removed(raw) == []


@pytest.mark.parametrize("footer", ["Ministers to meet again in May", "Trade Talks Visas", "Example Herald"])
def test_a_footer_line_above_nothing_or_another_footer_line_is_still_removed(footer):
    raw = page(PARA_1, PARA_2, footer, "Ferry fares to rise")
    assert removed(raw) == [footer, "Ferry fares to rise"]


@pytest.mark.parametrize(
    "lead_in", ["The below is attributable to Spokesperson Bo Diaz:", "The following statement was issued —"]
)
def test_a_headline_above_a_section_label_and_a_lead_in_line_is_kept(lead_in):
    title = "Secretary Lee's Meeting with Foreign Minister Chen"
    raw = page("Here's how you know", title, "Readout", "March 5, 2024", lead_in, PARA_1, PARA_2)
    assert kept(raw, title)
    assert removed(raw) == ["Here's how you know", "Readout", "March 5, 2024"]
