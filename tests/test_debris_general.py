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


def placed(line: str, where: str) -> str:
    """A made-up page with `line` at its head (below the headline), in its body or at its foot."""
    lines = {
        "head": [HEADLINE, line, PARA_1, PARA_2, PARA_3],
        "body": [HEADLINE, PARA_1, line, PARA_2, PARA_3],
        "foot": [HEADLINE, PARA_1, PARA_2, PARA_3, line],
    }[where]
    return page(*lines)


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
        "Return to the negotiating table",  # "to" before a determiner: no headline's verb
        "Road to the summit in Lima",
        "Ruritania to the fore",
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


# --- the furniture of any news or government page, kind by kind -------------------------------------------

FURNITURE = {
    "sign-up prompt": [
        "Sign up for free",
        "See more",
        "Subscribe now",
        "Become a member today",
        "Get our free daily briefing",
        "Sign up to receive our morning email",
        "Get the best of Example Post delivered to your inbox every morning.",
    ],
    "published or updated": [
        "Published: June 19, 2024",
        "Updated: 10:15 AM EDT, Mon June 19, 2024",
        "Last updated on 19 June 2024 at 14:05",
        "Posted on June 19, 2024 by admin",
        "First published on Mon 19 Jun 2024 10.15 BST",
    ],
    "byline or credit": [
        "Reporting by Ann Lee in Lima; Additional reporting by Bo Chen; Editing by Carla Diaz",
        "Ann Lee contributed reporting.",
        "Ann Lee and Bo Chen contributed reporting from Lima.",
        "Ann Lee reported from Lima. Bo Chen contributed from Quito.",
        "Story by Ann Lee",
    ],
    "caption or credit": [
        "(Photo by Ann Lee/Example via Example Images)",
        "File photo: the minister speaks to reporters in the capital.",
        "Image: Ann Lee/Example",
        "Photo credit: Ann Lee",
        "The minister speaks in the capital on Monday, March 4, 2024. Photo: Example Agency",
        "The ministers meet in the capital on Monday. Credit: Ann Lee for Example Post",
        "The ministers meet in the capital on Monday. © Example Images",
        "Courtesy of the ministry",
        "Photo illustration by Example Post",
    ],
    "audio player": [
        "Listen to this article",
        "0:00 / 3:12",
        "Audio length 4:32",
        "Narrated by AI",
        "This audio is generated automatically.",
    ],
    "government notice": [
        "An official website of the Republic of Examplia government",
        "Here’s how you know",
        "Secure .gov websites use HTTPS",
    ],
    "tag list": ["Tags: trade, visas", "Topics: trade, diplomacy", "Filed under: Trade, Diplomacy"],
    "related stories": ["Read more:", "Related: Ministers agree to keep talking", "Most read", "Read more about trade"],
    "share and print tools": ["A A A", "A+ A-", "Increase font size", "Share this article", "Copy link"],
    "cookie notice": [
        "This website uses cookies to ensure you get the best experience.",
        "We and our partners use cookies to personalise content.",
        "Accept all",
        "Manage preferences",
    ],
    "copyright": [
        "All content © Example Media",
        "(c) Copyright Example 2024",
        "This material may not be published, broadcast, rewritten or redistributed.",
    ],
    "advertisement": ["ADVERTISEMENT", "Advertisement - scroll for more content", "Ad Feedback"],
    "newsletter": ["Get the Morning Brief sent directly to your inbox.", "Want more? Get our daily briefing."],
    "comment count": ["Comments (12)", "View 34 comments", "Join the conversation", "Show comments"],
    "reading time": ["5 min read", "Estimated read time: 4 min", "5 min"],
    "breadcrumb": ["Home / World / Asia", "Home » News » World", "News > World > Asia"],
    "category labels of several sections": ["Politics | Asia", "Business | Economy", "World / Asia"],
    "wire and print notes": [
        "(Updates with comment from the ministry in paragraph 5)",
        "(Adds quotes from the minister in paragraphs 4-6)",
        "A version of this article appears in print on March 5, 2024, Section A, Page 1 with the headline: Talks Go On.",
        "Appeared in the March 5, 2024, print edition as 'Talks Go On'.",
        "—With assistance from Ann Lee and Bo Chen.",
        "To contact the reporter on this story: Ann Lee in Lima",
        "Ann Lee reported from Lima, and Bo Chen from Quito.",
        "Opinion by Ann Lee",
    ],
    "caption label with a comma": [
        "Image source, Example Images",
        "Image caption, The minister arrives in the capital",
    ],
    "site tools": ["Sponsor Message", "SKIP ADVERTISEMENT", "Request Reprint & Licensing", "Submit Correction"],
    "other stories": ["Most Read from Example", "Popular on Example"],
    "embedded post": [
        "— Ann Lee (@annlee) March 4, 2024",
        "View this post on Instagram",
        "A post shared by Example Ministry (@exministry)",
    ],
    "archive notice": [
        "This is historical material “frozen in time”. The website is no longer updated.",
        "You are now leaving the Example Ministry website.",
    ],
    "dated caption": [
        "The minister speaks to reporters at the airport in the capital, March 4, 2024.",
        "Ann Lee meets Bo Chen in the capital of Examplia, Monday, March 4, 2024.",
        "The two ministers shake hands before their talks at the palace on 4 March 2024.",
        "Delegates are seen at the conference hall in Lima on March 4, 2024.",
        "[1/5] The minister arrives in the capital on Monday. Example Agency/Ann Lee",
    ],
    "paywall": ["By subscribing, you can help us get the story right.", "In: Trade Diplomacy Ann Lee"],
    "site notes and prompts": [
        "Editor's note: This article is part of a series on trade.",
        "Follow Example News on Facebook",
        "Subscribe to Example News on YouTube",
        "Enjoying this article? Subscribe for more.",
        "This article is available in Spanish.",
        "Send us your feedback",
        "More: Ministers agree to keep talking",
        "For Immediate Release",
        "About the author",
    ],
    "credits and editions": [
        "Ann Lee, Senior Correspondent, Example Post",
        "The minister meets reporters on Monday.Credit...Pool photo by Ann Lee",
        "Credit...Ann Lee for Example Post",
        "File photo",
        "US Edition",
        "Edition: International",
    ],
    "notes at the foot": [
        "More articles by Ann Lee",
        "This story was produced in partnership with Example Foundation.",
        "The Example Press receives support from the Example Foundation for its coverage of trade.",
        "The Example Press is solely responsible for all content.",
        "Thank you for reading!",
        "Correction: An earlier version of this article misstated the minister's title.",
        "This article was amended on 5 March 2024 to correct the spelling of a name.",
    ],
    "caption credits of every form": [
        "The minister arrives in the capital on Monday. /Example Agency",
        "The minister arrives in the capital on Monday. Photo/Example Agency",
        "The minister arrives in the capital on Monday Photo: Example Agency",
        "The minister arrives in the capital on Monday. Source: Example Agency",
        "The minister arrives in the capital on Monday. (File photo)",
        "The minister arrives in the capital on Monday. (Agencies)",
        "From left: Ann Lee, Bo Chen and Carla Diaz at the talks on Monday.",
        "Agencies",
    ],
    "widget error messages": [
        "Oops!",
        "• Oops!",
        "Something went wrong.",
        "Please try again later.",
        "An error occurred.",
    ],
    "search box": ["Type to search", "Search this site", "Enter keywords", "Press Enter to search"],
    "another story after the site's name": [
        "Also on Example: Ministers agree to keep talking",
        "Also in Example Post: Ferry fares to rise",
        "Also on EXN: Port strike ends after ten days",
    ],
    "radio player labels": ["Available On Air Stations", "Play Live Radio", "All Streams"],
    "account and paywall questions": [
        "Already have an account? Log in",
        "Don't have an account? Sign up",
        "You have reached your article limit.",
        "You've read your free article limit this month.",
    ],
    "widgets that did not load": [
        "Please enable JavaScript to view the comments.",
        "This content is not available in your region.",
        "JavaScript is disabled",
    ],
    "one font-size button": ["A+", "A-"],
    "gallery counters and zoom": ["Image 1 of 5", "Enlarge", "Expand image", "Click to expand", "Next photo"],
    "page prompts of the story's tools": ["Copy link to article", "Contact the author", "Supported by"],
    "partners' links": ["From our partners", "Sponsored Links", "Sponsored stories"],
    "invitations to the reader": [
        "Have a news tip? Contact us.",
        "Got a tip? Send it to us.",
        "Do you have a story to share? Email us.",
        "We want to hear from you.",
        "What do you think? Leave a comment below.",
        "Send us your tips",
    ],
    "appeals for money": [
        "Our journalism relies on your support.",
        "Please consider supporting us.",
        "Support independent journalism",
        "Become a supporter",
        "Our reporting depends on readers like you.",
    ],
    "a stamp glued together": ["June 19, 20246:35 AM UTCUpdated 2 hours ago", "Mar 4, 2024 10:15 AM ET"],
    "page tools of older sites": ["Font: Big Medium Small", "Close Window", "Next Page", "Page 1 of 2"],
    "a credit naming the photographer's paper": ["The ministers at the talks on Monday. Ann Lee for Example Post"],
    "log-in walls": ["Log in to continue", "Continue with Google", "Sign in to keep reading"],
    "a blog's footer": [
        "Posted in World | Tagged trade, visas | Leave a comment",
        "This entry was posted in World and tagged trade. Bookmark the permalink.",
    ],
    "a template's placeholder": ["[ad_1]", "[related_posts]", "[/ad_2]"],
    "a label that lost its value": ["Date:", "Published on:", "Category:", "Author:", "Share post:"],
    "a label cut off at its slash or bar": ["Example Daily (FR) /", "Radio Example FM (XX) /", "World News |"],
    "a list widget's screen-reader text": ["list of 4 items", "list of 3 itemsend of list", "end of list"],
    "a navigation prompt": [
        "Click to jump to an expert's analysis:",
        "Tap to jump to the full text",
        "tracker Skip to main content",
    ],
    "a block's toggle": ["Open/close all quotes", "Show/hide all", "Expand / collapse all"],
    "a player's controls": ["Audio length 3 min", "Video duration 2:45", "Volume 90%", "Unmute", "Playback speed 1.5x"],
    "a group's by-line": ["By Example Institute experts", "By Example Forum contributors", "By the Example team"],
    "a caption glued to its credit": [
        "The minister arrives in Lima on Monday.Ann Lee/Photographer: Ann Lee/Example Agency",
        "Delegates meet in the capital.Bo Chen/Photographer: Bo Chen/Example Images",
    ],
}


@pytest.mark.parametrize("line", [line for lines in FURNITURE.values() for line in lines])
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_furniture_of_every_kind_is_removed_wherever_it_stands(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee is a correspondent for Example Post.",
        "Ann Lee is a reporter at Example covering trade.",
        "Ann Lee covers foreign policy for Example Post.",
        "Ann Lee writes about the region for Example Post.",
        "Ann Lee is Example Post's bureau chief in the capital.",
        "Ann Lee, a former diplomat, is a senior fellow at the Example Institute.",
        "Ann Lee (@annlee) is a reporter at Example Post.",
    ],
)
def test_a_note_on_the_writer_at_the_foot_is_removed_in_any_wording(line):
    assert removed(page(HEADLINE, PARA_1, PARA_2, PARA_3, line), line)


@pytest.mark.parametrize("title", [HEADLINE + " - Example News", "Example News | " + HEADLINE, "EXN: " + HEADLINE])
@pytest.mark.parametrize("where", ["above", "below"])
def test_the_headline_with_the_site_s_name_is_removed_above_or_below_the_headline(where, title):
    lines = [title, HEADLINE] if where == "above" else [HEADLINE, title]
    raw = page(*lines, PARA_1, PARA_2, PARA_3)
    own = "\n" + HEADLINE + "\n" if where == "above" else HEADLINE + "\n"  # the headline's own line
    assert removed(raw, title) and kept(raw, own)


@pytest.mark.parametrize(
    "line",
    [
        '"We will keep talking," she said.',
        '"No."',
        "The talks ended.",
        "LIMA, March 4 (Example) - The two ministers met for five hours on Sunday.",
        "By contrast, the trade ministers said little about the tariffs.",
        "What happens next?",
        "Will the talks resume in the autumn?",
        "Ann Lee, a senior fellow at the Example Institute, said the meeting was a start.",
        "Read more about the talks in the ministry's statement, the spokesman said.",
        "He reported from Lima for a decade before joining the ministry.",
        "She writes about the region for the ministry's journal, she said.",
        "Updated figures will be published next week.",
        "Sign up, he urged the crowd.",
        "Courtesy calls were paid to both leaders on Monday.",
        "The firm uses cookies to track its customers, the regulator said.",
        "The papers may not be published until 2030, the court ruled.",
        "Most read the statement as a warning.",
        "Thank you very much.",
        "With the help of the ministry, the talks resumed on Monday.",
        "Updates to the rules were made in paragraph form, the court said.",
        "Popular anger grew on Monday.",
        "In the end, both sides agreed.",
        "The ministers agreed to meet again in Lima, the ministry said on March 4, 2024.",
        "The two sides last met in the capital on March 4, 2024.",
        "The summit takes place in Lima on March 4, 2024.",
        "The minister, who speaks fluent Spanish, left for Lima on March 4, 2024.",
        "Source: officials said the talks would resume on Monday after a week of delays.",
        "SOURCE: We were told nothing.",  # a speaker's turn in an interview transcript
        "Editor's notes from the meeting were later published by the ministry.",
        "More than two hundred delegates attended the talks in the capital.",
        "The ministry receives support from abroad, he said.",
        "Thank you for coming, she told the delegates.",
        "The correction was made after the talks, an official said.",
        "This article of the treaty was amended in 2019, the minister said.",
        "He posted a photo: the two men shaking hands.",
        "Ann Lee leaves office next month. Her successor was named on March 4, 2024.",
        "The committee meets again on March 4, 2024.",
        "The source: a leaked memo from the ministry.",
        "Officials shared the figures and/or the charts with reporters on Monday.",
        '"Something went wrong."',
        "Something went wrong at the talks, officials said.",
        "Try again later, the minister told the delegates.",
        "Also on Monday: the ministers met again in the capital.",
        "Also on the agenda were visas and flights.",
        "Type to search the archive, the librarian said.",
        '"We want to hear from you," the minister told the delegates.',
        "A tip from a reader led to the discovery, police said.",
        "What do you think will happen next?",
        "Posted in the capital for three years, he knows the region well.",
        "Supported by both parties, the bill passed on Monday.",
        "Already have an account of the talks? The ministry published one on Monday.",
        "Expand the programme, the minister urged.",
        "Please enable the delegates to speak, she said.",
        "Send us your best wishes, the ministers said.",
        "The talks relied on your support, the minister told the crowd.",
        "The programme depends on the support of readers in the region, the foundation said.",
        "Please consider the proposal carefully, the minister said.",
        "Support for independent journalism has grown in the region.",
        "Become a member of the alliance, the minister urged Lima.",
        "Continue with the talks, the minister urged.",
        "He arrived on Monday. Ann Lee voted for Bo Chen.",
        "She spoke on Monday. Ann Lee stood for President",
        "The next page of the report was blank, she said.",
        "[inaudible]",
        "The list of 4 items on the agenda was short, officials said.",
        "Jump to the conclusion, the minister told the delegates.",
        "Date: to be decided, the ministry said.",
        "By Monday, experts said, the talks had stalled.",
        "Open and close the talks in Lima, the minister urged.",
        "Sign up to the treaty, the minister urged Lima.",
        "Subscribe to the plan, officials asked the delegates.",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_prose_that_looks_like_furniture_is_kept(line, where):
    lines = [HEADLINE, PARA_1, line, PARA_2, PARA_3] if where == "body" else [HEADLINE, PARA_1, PARA_2, PARA_3, line]
    assert kept(page(*lines), line)


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money",
        "Get ready for a long fight",
        "Watch this space",
        "View from the region: all eyes on trade",
        "Keep it free",
    ],
)
def test_a_subheading_that_opens_with_a_verb_of_the_page_s_tools_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "caption",
    [
        "The minister speaks to reporters at the airport in the capital, March 4, 2024.",
        "The minister speaks in the capital on Monday, March 4, 2024. Photo: Example Agency",
        "The minister speaks in the capital on Monday, March 4, 2024. Photo: Example Agency.",
    ],
)
def test_a_removed_caption_is_still_read_for_dating(tmp_path, caption):
    from analysis import read_article
    from analysis.corpus import dating_text

    path = tmp_path / "a.txt"
    path.write_text(page(HEADLINE, caption, PARA_1, PARA_2, PARA_3), encoding="utf-8")
    article = read_article(path)
    assert caption not in article.masked
    assert caption in dating_text(article)


def test_a_name_in_capitals_above_the_headline_is_removed():
    raw = page("ANN LEE", HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, "ANN LEE") and kept(raw, HEADLINE)


def test_a_short_headline_in_capitals_is_kept_when_it_is_the_only_one():
    raw = page("Example Herald", "TALKS RESUME", PARA_1, PARA_2)
    assert removed(raw, "Example Herald") and kept(raw, "TALKS RESUME")


@pytest.mark.parametrize("label", ["World", "Asia Pacific", "U.S. Politics", "POLITICS", "Opinion"])
def test_a_category_label_in_the_header_is_removed(label):
    raw = page(label, HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, label) and kept(raw, HEADLINE)


def test_a_gallery_headline_is_not_taken_for_a_caption_s_credit():
    line = "In Photos: Ministers agree to keep talking on trade"
    assert kept(page(line, PARA_1, PARA_2, PARA_3), line)


# --- the blind misses of new pages, each one kind ----------------------------------------------------------


@pytest.mark.parametrize(
    "alt",
    [
        "The minister waves to reporters at the airport",
        "Ann Lee meets Bo Chen in the capital",
        "Delegates arrive for the talks",
    ],
)
def test_a_picture_s_text_above_its_caption_is_a_caption_too(alt):
    caption = alt + " on Monday. Photo: Example Agency."
    raw = page(HEADLINE, alt + "\n" + caption, PARA_1, PARA_2, PARA_3)
    assert removed(raw, alt + "\n") and removed(raw, caption)
    assert kept(raw, PARA_1)


def test_a_line_that_opens_the_next_paragraph_is_kept_when_that_is_no_caption():
    line = "The talks went on"
    para = line + " for five hours on Sunday, and the ministers agreed to meet again in the autumn."
    raw = page(HEADLINE, PARA_1, line + "\n" + para, PARA_2)
    assert kept(raw, line + "\n") and kept(raw, para)


@pytest.mark.parametrize(
    "line",
    [
        "MINISTERS AGREE TO MEET AGAIN AFTER LONG TALKS",
        "CLICK HERE TO GET THE EXAMPLE NEWS APP",
        "PORT STRIKE ENDS AFTER TEN DAYS OF TALKS",
    ],
)
def test_another_story_s_headline_in_capitals_inside_the_body_is_removed(line):
    assert removed(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "WHAT COMES NEXT",  # a subheading in capitals
        "THE ROAD TO THE SUMMIT",
        "ANN LEE, MINISTER OF TRADE, AT THE TALKS",  # the speaker of the remarks below
        "(APPLAUSE FROM THE DELEGATES IN THE HALL)",
        "ANN LEE, MINISTER:",
        "REMARKS BY THE MINISTER AT A PRESS CONFERENCE",  # a transcript's heading
        "QUESTIONS AND ANSWERS WITH THE TRAVELLING PRESS",
    ],
)
def test_subheadings_and_transcript_lines_in_capitals_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize("count", ["View Comments", "12 comments", "Comments (4)", "Show all comments"])
def test_another_story_s_teaser_above_its_comment_count_is_removed(count):
    teaser = "In Lima, a minister finds few friends"
    raw = page(HEADLINE, PARA_1, teaser + "\n" + count, PARA_2, PARA_3)
    assert removed(raw, teaser) and removed(raw, count) and kept(raw, PARA_2)


def test_a_subheading_above_a_paragraph_is_kept_beside_a_comment_count_elsewhere():
    raw = page(HEADLINE, PARA_1, "In Lima, a minister finds few friends", PARA_2, "View Comments", PARA_3)
    assert kept(raw, "In Lima, a minister finds few friends")


@pytest.mark.parametrize(
    "dateline",
    ["LIMA — ", "LIMA, Peru – ", "LIMA, March 4 (Example) - "],
)
def test_the_caption_that_opens_the_page_above_a_credit_and_the_dateline_is_removed(dateline):
    caption = "The minister waves to reporters before the talks in the capital."
    raw = page(caption + "\nAnn Lee/Example Agency\n" + dateline + PARA_1, PARA_2, PARA_3)
    assert removed(raw, caption) and kept(raw, PARA_1)


def test_a_first_paragraph_above_a_credit_is_kept_without_a_dateline_below():
    raw = page(PARA_1 + "\nAnn Lee/Example Agency\n" + PARA_2, PARA_3)
    assert kept(raw, PARA_1) and removed(raw, "Ann Lee/Example Agency")


@pytest.mark.parametrize("cut", ["Neither side said", "The Minis", "Ch", "“We will", "Days before the talks, the "])
def test_a_sentence_cut_short_where_the_copy_ends_is_kept(cut):
    raw = page(HEADLINE, PARA_1, PARA_2).rstrip("\n") + "\n" + cut
    assert kept(raw, cut)


@pytest.mark.parametrize("line", ["no tags", "Tags: trade, visas", "Back to the top", "more stories", "Share"])
def test_furniture_on_the_last_line_is_removed_with_no_line_break_after_it(line):
    raw = page(HEADLINE, PARA_1, PARA_2).rstrip("\n") + "\n" + line
    assert removed(raw, line)


@pytest.mark.parametrize(
    "line", ["Example News logo", "Logo", "It's time for the news.Example Post's slogan", "Example Times masthead"]
)
def test_the_text_of_the_site_s_logo_is_removed_in_the_header(line):
    raw = page(line, HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, line) and kept(raw, HEADLINE)


@pytest.mark.parametrize("line", ["Ministers Unveil New Logo", "Ministry unveils a new logo"])
def test_a_headline_about_a_logo_is_kept(line):
    assert kept(page(line, PARA_1, PARA_2, PARA_3), line)


def test_a_paragraph_about_a_logo_is_kept():
    line = "The ministry unveiled its new logo."
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- lines given twice, a teaser, a title above its caption ----------------------------------------------

STORY = "Premier says border talks will go on despite a week of tension"


def test_another_story_s_headline_given_twice_inside_the_body_loses_both_copies():
    raw = page(HEADLINE, PARA_1, STORY + "\n" + STORY, PARA_2, PARA_3)
    first = raw.index(STORY)
    spans = find_boilerplate(raw)
    assert sum(s.start <= first and s.end >= first + len(STORY) for s in spans) == 1
    assert removed(raw, STORY + "\n" + STORY) and kept(raw, PARA_2)


def test_a_subheading_given_once_between_paragraphs_is_kept():
    line = "Border talks will go on"
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_a_headline_that_opens_the_text_is_kept_and_its_copy_below_removed():
    raw = page(HEADLINE, HEADLINE, PARA_1, PARA_2, PARA_3)
    second = raw.index(HEADLINE, 1)
    assert kept(raw, HEADLINE)
    assert any(s.start == second for s in find_boilerplate(raw))


@pytest.mark.parametrize("bullet", ["• ", "· ", "- ", "» "])
def test_a_menu_item_that_gives_the_headline_is_the_page_s_title(bullet):
    raw = page("Home\n" + bullet + HEADLINE, HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, bullet + HEADLINE)
    assert kept(raw, HEADLINE + "\n\n" + PARA_1)


@pytest.mark.parametrize("cut", [" […]", "…", "...", " [...]"])
def test_a_teaser_cut_off_above_its_full_paragraph_is_removed(cut):
    teaser = PARA_1[:90] + cut
    raw = page(HEADLINE, teaser, PARA_1, PARA_2, PARA_3)
    assert removed(raw, teaser) and kept(raw, PARA_1)


def test_a_paragraph_ending_in_an_ellipsis_is_kept_when_no_paragraph_repeats_it():
    line = "The minister paused, then said only that the talks would go on…"
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize("title", ["Talks Resume", "Border Visit", "Premier Arrives"])
def test_a_short_title_just_above_a_caption_is_removed(title):
    caption = "The premier speaks to reporters in the capital on Monday. Ann Lee/Getty Images"
    raw = page(HEADLINE, PARA_1, title + "\n" + caption, PARA_2, PARA_3)
    assert removed(raw, title) and removed(raw, caption)


def test_a_subheading_with_a_blank_line_above_a_caption_is_kept():
    caption = "The premier speaks to reporters in the capital on Monday. Ann Lee/Getty Images"
    raw = page(HEADLINE, PARA_1, "Talks Go On", caption, PARA_2, PARA_3)
    assert kept(raw, "Talks Go On")


@pytest.mark.parametrize(
    "title",
    ["Premier discusses the border talks", "Minister explains the new visa rules", "Trade chief on tariffs today"],
)
def test_a_video_s_title_and_the_title_glued_to_its_caption_are_removed(title):
    caption = title + "The minister spoke to reporters after the second day of talks."
    raw = page(HEADLINE, title + "\n" + caption, PARA_1, PARA_2, PARA_3)
    assert removed(raw, title + "\n" + caption) and kept(raw, PARA_1)


def test_a_headline_glued_to_the_dateline_of_the_first_paragraph_is_kept():
    title = "Premier discusses the border talks"
    raw = page(title, title + "LIMA — " + PARA_1, PARA_2, PARA_3)
    assert kept(raw, "LIMA — " + PARA_1)


# --- signs, menus and promotions at the page's edges ----------------------------------------------------


@pytest.mark.parametrize("sign", ["+", "|", "×", "• »"])
def test_a_sign_alone_above_the_text_is_removed(sign):
    raw = page(sign, HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, sign) and kept(raw, HEADLINE)


def test_a_section_break_between_paragraphs_is_kept():
    raw = page(HEADLINE, PARA_1, "* * *", PARA_2, PARA_3)
    assert kept(raw, "* * *")


@pytest.mark.parametrize(
    "links", ["Storm warning Market news Start your morning here Quiz time", "Election results live Weather map today"]
)
def test_trending_links_above_a_section_label_and_the_headline_are_removed(links):
    raw = page(links + "\nWorld", HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, links) and kept(raw, HEADLINE)


def test_a_headline_above_its_standfirst_is_kept():
    standfirst = "Talks to resume in the autumn if the first steps are taken"
    raw = page(HEADLINE, standfirst, PARA_1, PARA_2, PARA_3)
    assert kept(raw, HEADLINE) and kept(raw, standfirst)


@pytest.mark.parametrize(
    "promo",
    [
        "Before you go: See which candidates are running and where they stand in our election guide",
        "Plan your trip: Compare fares for every route in our travel planner",
        "Get ready: Find your polling place and the hours it is open with our lookup tool",
    ],
)
def test_a_promotion_left_open_above_the_footer_is_removed(promo):
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, promo, "Ann Lee covers trade. Follow her on X @annlee.")
    assert removed(raw, promo) and kept(raw, PARA_3)


def test_a_last_paragraph_with_a_colon_that_ends_like_a_sentence_is_kept():
    line = "The verdict: Both sides said they would meet again in the autumn."
    raw = page(HEADLINE, PARA_1, PARA_2, line, "Ann Lee covers trade. Follow her on X @annlee.")
    assert kept(raw, line)


# --- another story's link glued into the prose ------------------------------------------------------------


@pytest.mark.parametrize(
    "link", ["(More trade stories.)", "(More Ruritania-Borduria relations stories.)", "(Read more border news.)"]
)
def test_a_link_to_more_stories_glued_to_the_last_paragraph_is_removed(link):
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3 + " " + link)
    assert removed(raw, link) and kept(raw, PARA_3)


def test_a_sentence_in_brackets_about_stories_is_kept():
    line = "(The talks made no news at home.)"
    raw = page(HEADLINE, PARA_1, PARA_2 + " " + line, PARA_3)
    assert kept(raw, line)


@pytest.mark.parametrize(
    "link",
    [
        "Also Read: Premier Says Border Talks Will Go On",
        "READ MORE: Ministers Meet Again in the Capital",
        "See Also: Tariffs Rise for a Third Month",
    ],
)
def test_another_story_s_link_glued_between_two_sentences_is_removed(link):
    body = PARA_1 + link + PARA_2
    raw = page(HEADLINE, body, PARA_3)
    assert removed(raw, link)
    assert kept(raw, PARA_2[10:]) and kept(raw, PARA_1[:-5])


def test_also_read_inside_a_sentence_is_kept():
    line = "Officials said they would also read the full report before the talks."
    assert kept(page(HEADLINE, PARA_1, line, PARA_2), line)


@pytest.mark.parametrize(
    "pointer",
    [
        "You can watch her full remarks in the video player above.",
        "Watch the press conference in the video above.",
        "See the full interview in the video below.",
    ],
)
def test_a_pointer_to_the_page_s_video_at_a_paragraph_s_end_is_removed(pointer):
    line = "The minister spoke for an hour on Friday. " + pointer
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert removed(raw, pointer) and kept(raw, "The minister spoke for an hour on Friday.")


def test_a_sentence_about_a_video_is_kept():
    line = "The video above was filmed by a bystander near the border crossing on Friday."
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line)


@pytest.mark.parametrize("heading", ["RELATED TRADE STORIES & VIDEOS:", "Related Border Stories", "Related Videos"])
def test_a_related_stories_heading_with_its_topic_is_removed(heading):
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, heading)
    assert removed(raw, heading)


def test_another_story_s_headline_given_twice_a_line_apart_loses_both_copies():
    raw = page(HEADLINE, PARA_1, STORY + "\nJune 19, 2024\n" + STORY, PARA_2, PARA_3)
    assert removed(raw, STORY + "\nJune 19, 2024\n" + STORY) and kept(raw, PARA_2)


@pytest.mark.parametrize("copy", [HEADLINE, HEADLINE.upper(), "• " + HEADLINE])
def test_the_headline_given_again_inside_the_body_is_removed(copy):
    raw = page(HEADLINE, PARA_1, copy, PARA_2, PARA_3)
    assert kept(raw, HEADLINE + "\n") and removed(raw, "\n" + copy + "\n")


def test_a_sentence_that_opens_like_the_headline_is_kept():
    line = HEADLINE + ", officials said on Monday."
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line)


@pytest.mark.parametrize(
    "line",
    [
        "READ: Premier says talks will go on",
        "Next story: Ministers meet again in the capital",
        "Previous article: Tariffs rise for a third month",
        "More Coverage:",
        "More Border Coverage",
        "For more news, visit example.com",
    ],
)
def test_links_to_other_stories_and_pages_are_removed(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert removed(raw, line)


@pytest.mark.parametrize(
    "line",
    [
        "Read the statement in full, and you will find no word about tariffs.",
        "More than a hundred delegates attended the talks, the ministry said.",
        "Officials urged travellers to visit the ministry's offices before booking.",
    ],
)
def test_prose_that_opens_with_read_or_more_or_asks_to_visit_is_kept(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line)


@pytest.mark.parametrize(
    "line",
    [
        "Fact checked by Bo Chen",
        "Reviewed by Bo Chen",
        "Graphics by Ann Lee and Bo Chen",
        "1.2K shares",
        "3,400 views",
        "Thank you for subscribing!",
        "The minister in the capital on Monday. Ann Lee/Example Herald",
    ],
)
def test_credits_counters_and_thanks_are_removed(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert removed(raw, line)


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed by Bo Chen, the plan was sent back to the ministry.",
        "Video by a bystander showed the convoy at the border.",
        "Some 3,400 views were sent in before the deadline, officials said.",
        "The minister thanked the delegates. “Thank you for coming,” she said.",
    ],
)
def test_prose_that_opens_like_a_credit_or_counter_is_kept(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line)


# --- lines of prose a rule for captions, story links or headlines must leave alone -----------------------


@pytest.mark.parametrize("dateline", ["Lima, Peru (AFP):", "LIMA (Reuters):", "Quito, Ecuador (Xinhua) -"])
def test_a_dateline_with_an_agency_on_a_line_of_its_own_above_the_first_paragraph_is_kept(dateline):
    raw = "\n".join([HEADLINE, dateline, PARA_1, PARA_2, PARA_3]) + "\n"
    assert kept(raw, dateline)


@pytest.mark.parametrize(
    "caption", ["The minister arrives at the airport (AFP).", "Delegates leave the hall on Monday (Reuters)"]
)
def test_a_caption_closed_by_an_agency_in_brackets_is_still_removed(caption):
    assert removed(page(HEADLINE, PARA_1, caption, PARA_2, PARA_3), caption)


@pytest.mark.parametrize(
    "line",
    [
        "On Monday the minister also met the adviser to the U.S. President for National Security",
        "She later held talks with the envoy of the U.K. Minister for Trade",
        "He also saw the head of the E.U. Office for Foreign Affairs.",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_a_title_after_an_initial_s_stop_is_not_a_photographer_s_credit(line, where):
    lines = [HEADLINE, PARA_1, line, PARA_2, PARA_3] if where == "body" else [HEADLINE, PARA_1, PARA_2, PARA_3, line]
    assert kept(page(*lines), line)


@pytest.mark.parametrize(
    "line", ["Trade Talks: Key Points", "Ministers Meet: What We Know", "The Deal: Main Points", "Visas: The Details"]
)
def test_a_subheading_with_a_colon_between_paragraphs_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize("line", ["Exports rise again: Report", "Ferry Fares To Rise Next Month: Sources"])
def test_another_story_s_headline_with_its_source_after_a_colon_is_removed(line):
    assert removed(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize("label", ["World", "Asia Pacific", "POLITICS"])
def test_a_headline_given_again_below_a_section_label_loses_its_copy_below(label):
    raw = "\n".join([HEADLINE, label, HEADLINE, PARA_1, PARA_2, PARA_3]) + "\n"
    spans = find_boilerplate(raw)
    assert [s.text for s in spans] == [label, HEADLINE]
    assert spans[-1].start == raw.index(HEADLINE, 1)


@pytest.mark.parametrize("credit", ["Example Agency", "Ann Lee", "Example Images"])
def test_a_credit_given_again_below_the_caption_that_ends_with_it_is_removed(credit):
    caption = f"The minister arrives in the capital on Monday. / Photo: {credit}"
    raw = page(HEADLINE, PARA_1, caption + "\n" + credit, caption, PARA_2, PARA_3)
    start = raw.index(caption) + len(caption) + 1
    assert (start, credit) in [(s.start, s.text) for s in find_boilerplate(raw)]


def test_a_short_line_below_a_paragraph_that_ends_with_the_same_words_is_kept():
    para = "The talks went on late into the night in the capital, and the two sides met again at the Old Palace"
    raw = page(HEADLINE, PARA_1, para + "\nOld Palace", PARA_2, PARA_3)
    assert kept(raw, "\nOld Palace")


# --- credits, prompts and notes in other wordings -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "AP Photo",
        "Reuters Pictures",
        "Copyright AFP",
        "Xinhua File Photo",
        "Pic: Example Agency",
        "Tagged: trade, visas",
        "Tagged with: trade",
        "Never miss a story: sign up for alerts",
        "Don't miss out: get the app",
        "Subscribe for $1 a week",
        "Start your trial for just $2",
        "Ann Lee on X: @annlee",
        "Follow us @examplenews",
        "About the author: Ann Lee is a correspondent in Lima.",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_credits_prompts_and_handles_in_other_wordings_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    ["Ann Lee has covered trade for a decade for Example News.", "Ann Lee has reported from Lima for Example Post."],
)
def test_a_note_on_what_the_writer_has_covered_is_removed_at_the_foot(line):
    assert removed(page(HEADLINE, PARA_1, PARA_2, PARA_3, line), line)


@pytest.mark.parametrize(
    "line",
    [
        "He has covered trade for the ministry since 2019.",  # a pronoun: prose
        "The AP photographer was hurt in the crowd, the agency said.",
        "The subscription costs $5 a month, the company said.",
        "Reuters photographers were barred from the hall on Monday.",
        "Officials said the account @exministry had been hacked on Monday.",  # a handle inside a sentence
        "MINISTER LEE: Get the updates from the ministry",  # a speaker label, not a kicker
        "Tagged as a risk, the port was closed for a week.",
        "Copyright rules were eased in 2019, the court said.",
        "The minister said: “We will keep talking.”",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_prose_with_the_words_of_credits_prompts_and_handles_is_kept(line, where):
    lines = [HEADLINE, PARA_1, line, PARA_2, PARA_3] if where == "body" else [HEADLINE, PARA_1, PARA_2, PARA_3, line]
    assert kept(page(*lines), line)


# --- furniture glued after the last sentence of a paragraph -------------------------------------------------

GLUED_TO = PARA_1  # a paragraph of running prose the furniture is glued to, after a space


@pytest.mark.parametrize(
    "tail",
    [
        "(Reuters)",
        "(AFP)",
        "- Reuters",
        "— AFP",
        "-- Xinhua",
        "(Reporting by Ann Lee in Lima; Editing by Bo Chen)",
        "(With inputs from agencies)",
        "Subscribe to our newsletter.",
        "Read more: Ferry fares to rise",
    ],
)
def test_furniture_glued_after_a_paragraph_is_removed_and_the_paragraph_kept(tail):
    raw = page(HEADLINE, GLUED_TO + " " + tail, PARA_2, PARA_3)
    start = raw.index(tail)
    assert kept(raw, GLUED_TO)
    assert (start, tail) in [(s.start, s.text) for s in find_boilerplate(raw)]


@pytest.mark.parametrize(
    "line",
    [
        # a promotion of two sentences, the first no paragraph of the story
        "Every Friday our editors pick the best stories of the week. You can sign up here for the newsletter.",
        # a licence line with a stop inside it
        "Licence No. 12/2024, Reg. No. 4471. Published by Example Media Ltd. Copyright © 2024 Example Media.",
    ],
)
def test_furniture_of_several_sentences_is_removed_whole(line):
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, line)
    assert removed(raw, line) and find_boilerplate(raw)[-1].text == line


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee (AFP) said the talks would resume on Monday.",  # the agency inside the sentence
        "The talks were covered live by the wires - Reuters among them - until the end.",
        "The ministry thanked the reporters, editors and agencies (AFP, Reuters and Xinhua) for their work.",
    ],
)
def test_an_agency_named_inside_a_sentence_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "credit",
    ["(Ann Lee/Pool Photo via AP)", "(AP Photo/Ann Lee)", "Photo: Example Agency", "(Photo by Ann Lee/Example)"],
)
def test_a_long_caption_with_a_photographer_s_credit_after_its_stop_is_removed_whole(credit):
    caption = (
        "The foreign minister of Examplia, left, shakes hands with her counterpart from Ruritania before their talks "
        "at the old state guest house in the capital, Sunday, March 3, 2024. " + credit
    )
    raw = page(HEADLINE, PARA_1, caption, PARA_2, PARA_3)
    assert removed(raw, caption)


@pytest.mark.parametrize(
    "line",
    [
        "Do Not Sell My Personal Information",
        "Your Privacy Choices",
        "Privacy Settings",
        "Standards: The Example Trust Principles.",
        "Editorial standards: how we report",
        "Official Website of the Ministry of Foreign Affairs",
        "Official portal of the Examplia Government",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_privacy_links_standards_links_and_official_site_banners_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by state media described the talks as candid.",
        "Written by hand, the letter reached the minister on Monday.",
        "The official website of the ministry posted a summary of the talks.",
        "Privacy rules were tightened in 2019, the regulator said.",
        "Standards at the port have slipped, inspectors said.",
        "Reuters and AFP both reported that the talks had ended.",
        "Photos released by the ministry showed the two men shaking hands.",
        "Updated at dawn, the figures showed a sharp fall.",
        "All rights to the land were reserved for the state under the deal.",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_prose_that_opens_with_the_words_of_credits_and_banners_is_kept(line, where):
    assert kept(placed(line, where), line)


@pytest.mark.parametrize(
    "caption",
    [
        "The minister arrives in Lima. / Photo: Example Agency",
        "The minister arrives in Lima | Photo: Example Agency",
        "The minister arrives in Lima — Image: Example Agency",
        "The minister arrives in Lima. Image via Example Agency",
        "The minister arrives in Lima. Picture by Ann Lee",
        "The minister arrives in Lima. Screengrab: Example TV",
        "The minister arrives in Lima. File Photo",
        "The minister arrives in Lima. Representational image",
        "The minister arrives in Lima. Photo used for representational purposes only.",
        "The minister arrives in Lima (File image)",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_caption_with_its_credit_after_a_mark_is_removed(caption, where):
    assert removed(placed(caption, where), caption)


@pytest.mark.parametrize(
    "line",
    [
        "Pictures by the agency showed the ruins of the port after the storm.",
        "The minister posted a file photo of the meeting on Monday.",
        "Representational democracy was the theme of her speech in Lima.",
        "Images of the talks were shown on television - and then removed.",
    ],
)
def test_prose_about_pictures_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Story continues",
        "In this article:",
        "Toggle more options",
        "Example Radio transcripts are created on a rush deadline. Accuracy and availability may vary.",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_widget_labels_and_transcript_notices_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "The story continues to unfold in the capital, officials said.",
        "In this article, the minister sets out her plan for trade.",
        "The transcript was created on a deadline set by the court.",
    ],
)
def test_sentences_with_the_words_of_widget_labels_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- a standfirst given twice, stray particles, the lead picture's title, notes that a story is breaking ---


def _removed_at(raw: str, at: int, length: int) -> bool:
    return any(s.start <= at and s.end >= at + length for s in find_boilerplate(raw))


STANDFIRST = "The ministers of the two countries will meet in the capital on Friday."


def test_a_standfirst_given_twice_below_the_headline_keeps_its_first_copy():
    raw = page(HEADLINE, STANDFIRST + "\n" + STANDFIRST, "By Ann Lee", PARA_1, PARA_2, PARA_3)
    first = raw.index(STANDFIRST)
    second = raw.index(STANDFIRST, first + 1)
    spans = find_boilerplate(raw)
    assert not any(s.start < first + len(STANDFIRST) and s.end > first for s in spans)
    assert any(s.start <= second and s.end >= second + len(STANDFIRST) for s in spans)


def test_a_caption_given_twice_in_the_body_loses_both_copies():
    caption = "The minister waves to reporters at the airport after the talks."
    raw = page(HEADLINE, PARA_1, caption, caption, PARA_2, PARA_3)
    spans = find_boilerplate(raw)
    for at in (raw.index(caption), raw.rindex(caption)):
        assert any(s.start <= at and s.end >= at + len(caption) for s in spans)


@pytest.mark.parametrize("particle", ["in", "By", "and", "Of the"])
def test_a_lone_function_word_in_the_header_is_removed(particle):
    raw = page(particle, HEADLINE, PARA_1, PARA_2, PARA_3)
    assert _removed_at(raw, 0, len(particle))


@pytest.mark.parametrize("particle", ["By", "in", "and"])
def test_a_lone_function_word_between_the_standfirst_and_the_by_line_is_removed(particle):
    raw = page(HEADLINE, STANDFIRST, particle, "Published 9:15 AM", "By Ann Lee", PARA_1, PARA_2, PARA_3)
    assert _removed_at(raw, raw.index("\n" + particle + "\n") + 1, len(particle))


@pytest.mark.parametrize("line", ["By:", "And yet?", "In short.", "So far, so good."])
def test_short_lines_that_run_on_or_end_like_sentences_are_not_particles(line):
    raw = page(HEADLINE, STANDFIRST, line, "Published 9:15 AM", "By Ann Lee", PARA_1, PARA_2, PARA_3)
    assert kept(raw, line)


@pytest.mark.parametrize(
    "caption",
    [
        "The minister waves to reporters at the airport.ANN LEE (EXAMPLE AGENCY)",
        "The minister waves to reporters at the airport. ANN LEE (Example Agency)",
        "Delegates leave the hall after the vote on Monday. BO CHEN / Example Agency",
        "Crowds gather outside the ministry.JOSE MARIA PEREZ (AGENCY)",
    ],
)
@pytest.mark.parametrize("where", ["head", "body"])
def test_a_caption_with_the_photographer_in_capitals_and_the_agency_after_it_is_removed(caption, where):
    lines = {
        "head": [HEADLINE, STANDFIRST, caption, PARA_1, PARA_2, PARA_3],
        "body": [HEADLINE, PARA_1, caption, PARA_2, PARA_3],
    }[where]
    assert removed(page(*lines), caption)


@pytest.mark.parametrize(
    "line",
    [
        "The treaty was signed in 1949. NATO (the alliance) has grown since then.",
        "He joined the alliance in 1999 (NATO).",
        "The talks ended. THE US (Washington) said no more.",
    ],
)
def test_prose_with_capitals_and_brackets_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_the_lead_picture_s_title_and_the_by_line_around_its_caption_are_removed():
    title = "Ann Lee y Bo Chen"
    caption = "The two ministers shake hands before their meeting on Friday.ANN LEE (AGENCY)"
    raw = page(
        HEADLINE,
        STANDFIRST + " It is their first meeting in a year",
        title + "\n" + caption + "\nCarla Ruiz Gomez",
        PARA_1,
        PARA_2,
    )
    assert removed(raw, title)
    assert removed(raw, caption)
    assert removed(raw, "Carla Ruiz Gomez")
    assert kept(raw, PARA_1)


@pytest.mark.parametrize("sub", ["The Road Ahead", "What Comes Next", "How Talks Broke Down"])
def test_a_subheading_just_above_a_caption_is_kept(sub):
    caption = "The minister arrives in Lima on Monday. Photo: Example Agency"
    raw = page(HEADLINE, PARA_1, sub + "\n" + caption, PARA_2, PARA_3)
    assert removed(raw, caption)
    assert kept(raw, sub)


def test_a_subheading_of_names_above_a_paragraph_is_kept():
    line = "Ann Lee and Bo Chen"
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "This story is breaking and will be updated.",
        "This is a developing story.",
        "THIS IS A BREAKING NEWS STORY. Please check back for updates.",
        "This story will be updated as more information becomes available.",
        "More details to come.",
        "Check back later for updates.",
        "UPDATE: This story has been updated.",
        "Updated at 5:40 p.m. ET with new details.",
        "This story has been updated with reaction from the embassy in Lima.",
        "Story developing",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_a_note_that_the_story_is_still_being_written_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "“More to come,” he said.",
        "This story is developing into a crisis for the government, he said.",
        "More details of the trade deal are to come next week, the minister said.",
        "Is this story going to be updated again?",
        "Updated with more details of the talks, the minister said she was hopeful.",
        "“Updated with new details,” he said.",
        "Update your software with the latest information, the agency told users.",
    ],
)
def test_sentences_about_stories_and_updates_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- another story glued below the article ---------------------------------------------------------------

OTHER_HEAD = "Ruritanian envoy to visit Lima next week for port talks"
OTHER_LEDE = (
    "In a bid to ease a long dispute, a senior Ruritanian envoy will visit Lima next week for talks on the port, "
    "the foreign ministry said on Saturday."
)
OTHER_NEXT = "The envoy, who has led the talks since the spring, will be joined by a delegation of port officials and"


@pytest.mark.parametrize("cut", [True, False])
def test_another_story_glued_below_the_article_is_removed_to_the_end(cut):
    tail = [OTHER_NEXT] if cut else [OTHER_NEXT + " traders."]
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, OTHER_HEAD, OTHER_LEDE, *tail)
    assert kept(raw, PARA_3)
    for line in (OTHER_HEAD, OTHER_LEDE, OTHER_NEXT):
        assert removed(raw, line)


def test_a_subheading_the_next_paragraph_does_not_restate_is_kept():
    sub = "What the two sides still disagree about"
    raw = page(HEADLINE, PARA_1, PARA_2, sub, PARA_3, PARA_1.replace("Sunday", "Monday"))
    assert kept(raw, sub)
    assert kept(raw, PARA_3)


def test_the_article_s_own_headline_restated_by_its_lede_is_kept():
    head = "Ruritanian envoy to visit Lima next week for port talks"
    raw = page(head, OTHER_LEDE, PARA_1, PARA_2, PARA_3)
    assert kept(raw, head)
    assert kept(raw, OTHER_LEDE)


@pytest.mark.parametrize(
    "line",
    [
        "Your comment",
        "Add comments",
        "Cookies help us deliver our services.",
        "Continue, and you agree to our use of cookies.",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_comment_prompts_and_cookie_notices_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Your comments on the plan are welcome, the minister told the crowd in Lima on Friday.",
        "The ministry said the use of cookies by the site was lawful under the new rules for data.",
    ],
)
def test_sentences_about_comments_and_cookies_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_a_link_to_a_story_on_the_same_topic_keeps_the_paragraphs_below_it():
    link = "Ruritanian envoy to visit Lima next week, officials say"
    para = (
        "The Ruritanian envoy's visit to Lima next week would be the first by a senior official in five years, "
        "and both sides expect it to go well."
    )
    raw = page(HEADLINE, PARA_1, PARA_2, link, para, PARA_3)
    assert kept(raw, para)
    assert kept(raw, PARA_3)


def test_a_headline_restated_far_above_the_foot_is_not_another_story():
    raw = page(HEADLINE, PARA_1, OTHER_HEAD, OTHER_LEDE, PARA_2, PARA_3, PARA_1.replace("Sunday", "Monday"), PARA_2)
    assert kept(raw, OTHER_LEDE)


# --- embedded posts, source credits, comment plugins, calendars, contact links -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "“The ferry talks resume on Monday in Lima.” https://t.co/AbCdEf123 — Ann Lee (@annlee_news) June 9, 2024",
        "Talks went well today, and more will follow next week pic.twitter.com/XyZ987 — Bo Chen (@bochen) "
        "March 3, 2024",
        "Both delegations have left the hall. — Example Desk (@exampledesk) Oct. 12, 2023",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_an_embedded_post_given_whole_on_one_line_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "The post by Ann Lee (@annlee) drew thousands of replies within hours on June 9, 2024.",
        "She wrote on X that the talks would resume — and, on June 9, 2024, they did.",
    ],
)
def test_sentences_about_posts_with_a_handle_or_a_date_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "(With input from Example Agency)",
        "With input from agencies",
        "(With inputs from Example Agency and Example Wire)",
        "With inputs from our correspondents.",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_a_note_on_whose_input_the_copy_used_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "With input from experts, the plan was revised over the summer and sent back to the ministers.",
        "With inputs from farmers and traders, the ministry drew up a new list of tariffs for the port.",
    ],
)
def test_a_sentence_that_opens_with_input_from_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "Comments powered by Example Forum",
        "Notify me of follow-up comments by email.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Leave a Reply Cancel reply",
        "Log in with Google",
        "Sort by Newest",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_what_a_comment_or_sign_up_form_prints_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Your email address will not be published, the company promised its customers after the leak.",
        "“By signing up, you agree to nothing at all,” the minister joked as the delegates laughed.",
        "By signing up to the pact, the two sides agreed to cut tariffs on rice and steel next year.",
        "Sort by newest first, the clerk told the delegates who asked for the files from the archive.",
    ],
)
def test_sentences_with_the_words_of_comment_and_sign_up_forms_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line", ["Contact author", "Email the author", "Other posts by Ann Lee", "More articles from Bo Chen"]
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_links_to_the_author_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Contact the author of the report, the ministry urged its staff in a memo on Monday.",
        "Other posts by the ministry drew sharp criticism from the opposition on Monday.",
    ],
)
def test_sentences_about_authors_and_posts_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize("line", ["M T W T F S S", "Mon Tue Wed Thu Fri Sat Sun", "« Aug", "Oct »"])
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_calendar_widget_s_weekdays_and_month_links_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize("line", ["We meet on Mon, Wed and Fri.", "The talks ran from Tue to Sun, officials said."])
def test_sentences_that_name_weekdays_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize("line", ["Post navigation", "Accessibility links", "Filed under"])
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_navigation_and_filing_labels_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister, right, and her guest walk to the hall in Lima.",
        "A delegate, left, speaks with reporters outside the hall.",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_a_caption_that_says_where_someone_stands_after_the_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister, left, said on Monday that the talks were over for the year.",
        "The minister left on Monday, and the talks ended without a statement.",
    ],
)
def test_sentences_with_left_after_a_comma_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- the header: labels in lower case, a by-line with its outlet, the headline given again -------------------


@pytest.mark.parametrize("label", ["commentary", "long reads", "world affairs"])
def test_a_section_label_in_lower_case_above_the_headline_is_removed(label):
    raw = page("Example Herald", label, "Ann Lee", HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, "\n" + label + "\n")
    assert kept(raw, HEADLINE)


def test_a_label_in_sentence_case_above_the_headline_is_removed():
    raw = page("Site menu", "Example Herald", HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, "Site menu")


@pytest.mark.parametrize("headline", ["Talks resume", "Ferries return"])
def test_a_short_headline_in_sentence_case_is_kept(headline):
    assert kept(page(headline, PARA_1, PARA_2, PARA_3), headline)
    # above a standfirst without a stop, which is shaped like a headline
    standfirst = "Ministers agree to keep talking after a long meeting in the capital"
    assert kept(page(headline, standfirst, PARA_1, PARA_2, PARA_3), headline)


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee and Bo Chen for Example News",
        "Ann Lee for the Example Post",
        "Ann Lee, Bo Chen & Cy Diaz for Example",
        "Ann Lee and Bo Chen",  # names alone
        "ANN LEE AND BO CHEN",
        "From Example News",  # the outlet the copy comes from
        "Staff and agencies",
    ],
)
def test_a_by_line_of_names_or_with_the_outlet_below_the_headline_is_removed(line):
    raw = page(HEADLINE, line, "Lima and Quito", PARA_1, PARA_2, PARA_3)
    assert removed(raw, line)
    assert kept(raw, HEADLINE)


@pytest.mark.parametrize("line", ["Premier Bound for Lima", "From Lima With Love", "Ferries and Fares"])
def test_a_headline_shaped_like_a_by_line_is_kept(line):
    assert kept(page(line, PARA_1, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line", ["From ferries to fares, a week of talks in the capital.", "Ministers Call for Calm Ahead of the Vote"]
)
def test_a_standfirst_or_deck_that_opens_like_a_by_line_is_kept(line):
    assert kept(page(HEADLINE, line, PARA_1, PARA_2, PARA_3), line)


def test_a_deck_in_title_case_below_the_headline_is_kept():
    deck = "Ministers Call for Calm Ahead of the Vote"
    assert kept(page(HEADLINE, deck, PARA_1, PARA_2, PARA_3), deck)


def test_the_headline_glued_to_the_lead_picture_s_dated_caption_is_removed():
    caption = HEADLINE + " The minister speaks to reporters in Lima, Peru, March 4, 2024."
    raw = page(HEADLINE, "Ann Lee for Example News", caption, PARA_1, PARA_2, PARA_3)
    assert removed(raw, caption)
    assert kept(raw, HEADLINE + "\n")
    raw = page(HEADLINE, caption, PARA_1, PARA_2, PARA_3)
    assert removed(raw, caption)


@pytest.mark.parametrize(
    "lede",
    [
        HEADLINE + " on Sunday, officials said on March 4, 2024.",  # the sentence runs on, in lower case
        HEADLINE + ". The minister spoke to reporters in Lima on March 4, 2024.",  # after a stop: the lede
        HEADLINE + " The two sides said they would meet again soon.",  # no date: no caption
    ],
)
def test_a_lede_that_opens_with_the_headline_is_kept(lede):
    raw = page(HEADLINE, lede, PARA_2, PARA_3)
    assert kept(raw, lede)


def test_the_headline_given_first_under_the_site_s_label_loses_its_second_copy():
    raw = page("News Article", HEADLINE, "Categories: World", HEADLINE, PARA_1, PARA_2, PARA_3)
    first, second = raw.index(HEADLINE), raw.index(HEADLINE, raw.index(HEADLINE) + 1)
    spans = find_boilerplate(raw)
    assert not any(s.start <= first < s.end for s in spans)
    assert any(s.start == second and s.text == HEADLINE for s in spans)


def test_the_headline_given_first_above_the_by_line_and_date_loses_its_first_copy():
    raw = page("News Article", HEADLINE, "By Ann Lee", "June 19, 2024", HEADLINE, PARA_1, PARA_2, PARA_3)
    second = raw.index(HEADLINE, raw.index(HEADLINE) + 1)
    spans = find_boilerplate(raw)
    assert any(s.start == raw.index(HEADLINE) for s in spans)
    assert not any(s.start <= second < s.end for s in spans)


# --- another story's headline in title case inside the body ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ruritanian, Bordurian Ministers Hold Late Night Border Talks",
        "Ruritania: No Deal Yet on Ferry Fares After Long Talks",
        "US Envoy Says Ferry Deal Could Come Within Weeks",
    ],
)
def test_another_story_s_headline_in_title_case_inside_the_body_is_removed(line):
    assert removed(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Ferry Talks Resume After Long Pause",  # six words: a subheading's length
        "What the Talks Mean for the Region and Its Neighbours",  # opens with a function word
        "The Road Ahead for Ruritania and Its Neighbours",
        "Ann Lee and Bo Chen",
    ],
)
def test_a_subheading_in_title_case_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- an embedded post over several lines ---------------------------------------------------------------------

POST = "Talks went well today, and more will follow next week."


@pytest.mark.parametrize(
    "block",
    [
        POST + "\n— Ann Lee (@annlee) June 9, 2024",  # its text just above its sign-off
        POST + " pic.twitter.com/AbC123\n— Ann Lee (@annlee) June 9, 2024",
        "Skip X post by Ann Lee\n" + POST + "\nEnd of X post by Ann Lee",  # the marks set around it
        "Skip Instagram post\n" + POST + "\n\nEnd of Instagram post",
    ],
)
def test_an_embedded_post_over_several_lines_is_removed_whole(block):
    raw = page(HEADLINE, PARA_1, block, PARA_2, PARA_3)
    for line in block.split("\n"):
        if line:
            assert removed(raw, line)
    assert kept(raw, PARA_2) and kept(raw, PARA_1)


def test_a_paragraph_a_blank_line_above_a_post_s_sign_off_is_kept():
    para = "“Talks went well today,” the minister wrote in a post on Monday, as the delegates left the hall."
    raw = page(HEADLINE, PARA_1, para, "— Ann Lee (@annlee) June 9, 2024", PARA_2, PARA_3)
    assert kept(raw, para)


@pytest.mark.parametrize(
    "line",
    [
        "Skip to the end of the talks, and the ministers still disagree about the ferries.",
        "End of content rules for the platforms was the minister's first demand.",
    ],
)
def test_sentences_that_open_like_a_post_s_marks_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "This is an archived page.",
        "This page has been archived",
        "Ann Lee reported from Lima; Bo Chen reported from Quito.",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_an_archive_notice_and_where_each_writer_filed_from_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "This is an archived page of the treaty, the ministry said, and it holds the first draft.",
        "Ann Lee reported from Lima for a decade; she now covers trade for the paper.",
    ],
)
def test_sentences_about_archives_and_reporters_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee and Bo Chen, Example News Published 3:21 AM EDT, Mon June 19, 2024",
        "Ann Lee, Bo Chen and Cy Diaz, Example News Updated June 19, 2024",
    ],
)
@pytest.mark.parametrize("where", ["head", "foot"])
def test_the_writers_and_the_source_before_a_stamp_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize("line", ["Ruritania Posted Record Exports In 2023", "Ferry Fares Updated For 2024 Season"])
def test_a_headline_with_a_stamp_s_label_and_a_year_is_kept(line):
    assert kept(page(line, PARA_1, PARA_2, PARA_3), line)


# --- lists of links inside the body ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "Ministers to meet again in May\nFerry fares to rise next month\nTalks stall over visas",
        "Ferry fares to rise next month\nMinisters to meet again in May",  # the link below the others
        "- Ministers to meet again in May\n- Ferry fares to rise next month",
        "Ministers to meet again in May\n2 hours ago\nFerry fares to rise next month\n5 hours ago",
        "You may also be interested in:\nMinisters to meet again in May\nFerry fares to rise next month",
        "Further reading\nFerry fares to rise next month\nTalks stall over visas",
    ],
)
def test_the_links_listed_with_another_story_s_headline_are_removed(block):
    raw = page(HEADLINE, PARA_1, block, PARA_2, PARA_3)
    for line in block.split("\n"):
        assert removed(raw, line)
    assert kept(raw, PARA_1) and kept(raw, PARA_2)


def test_a_subheading_a_blank_line_below_another_story_s_headline_is_kept():
    sub = "Ferry fares and the new timetable"
    raw = page(HEADLINE, PARA_1, "Ministers to meet again in May", sub, PARA_2, PARA_3)
    assert kept(raw, sub)


def test_a_paragraph_just_below_another_story_s_headline_is_kept():
    raw = page(HEADLINE, PARA_1, "Ministers to meet again in May\n" + PARA_2, PARA_3)
    assert kept(raw, PARA_2)


def test_a_blog_s_comment_section_is_removed_from_its_heading_to_the_end():
    heading = "3 thoughts on “" + HEADLINE + "”"
    comments = ["Ann Lee says:", "June 19, 2024 at 3:21 pm", "A fine piece, thank you.", "Reply"]
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, heading, *comments, "You must be logged in to post a comment.")
    assert removed(raw, heading)
    for line in comments:
        assert removed(raw, line)
    assert kept(raw, PARA_3)


@pytest.mark.parametrize(
    "line",
    [
        "Two comments on “the plan” drew the minister's ire, officials said on Monday.",
        "Three responses to the ferry plan were published by the ministry on Monday.",
    ],
)
def test_sentences_about_comments_on_a_text_are_kept(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line) and kept(raw, PARA_3)


@pytest.mark.parametrize(
    "line",
    [
        "Was this page helpful?",
        "Yes No",
        "Report a problem with this page",
        "Site map",
        "Translate this page",
        "Content last reviewed on June 19, 2024",
        "– END –",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_government_site_s_page_tools_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Yes, no, maybe: the minister would not say.",
        "End the talks now, the envoy urged.",
        "The end.",
        "Site maps of the port were shown to the delegates on Monday.",
        "Last reviewed in 2019, the treaty is out of date.",
        "Was this trip helpful? The minister thinks so.",
    ],
)
def test_sentences_with_the_words_of_page_tools_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- a paragraph given twice far apart, the headline as the first line of prose, the lede above its picture ---

STANDFIRST_6 = (
    "The envoy will meet the trade minister and the foreign minister during a three-day stay in the capital, "
    "officials said."
)


def test_a_standfirst_that_the_body_gives_again_a_few_paragraphs_down_is_kept_both_times():
    raw = page(HEADLINE, STANDFIRST_6, PARA_1, PARA_2, STANDFIRST_6, PARA_3)
    assert find_boilerplate(raw) == []


def test_a_caption_given_twice_one_line_below_the_other_loses_both_copies():
    caption = "The envoy and the trade minister walk to the hall before their talks on Monday."
    raw = page(HEADLINE, caption, caption, PARA_1, PARA_2, PARA_3)
    assert removed(raw, caption + "\n\n" + caption) and kept(raw, PARA_1)


LONG_HEADLINE = "Envoy says the two sides will be “open about the steps that we have taken” when it comes to trade"


@pytest.mark.parametrize("above", ["", "Ann Lee and Bo Chen June 19, 2024\n"])
def test_a_long_headline_that_opens_the_text_keeps_its_first_copy_and_loses_the_copy_below(above):
    raw = page(LONG_HEADLINE, above + "Heard on:", LONG_HEADLINE, "Ann Lee and Bo Chen June 19, 2024", PARA_1, PARA_2)
    first, second = raw.index(LONG_HEADLINE), raw.index(LONG_HEADLINE, 1)
    spans = find_boilerplate(raw)
    assert not any(s.start <= first < s.end for s in spans)
    assert any(s.start <= second < s.end for s in spans)


def test_the_lede_given_above_the_lead_picture_and_again_after_its_dateline_loses_its_first_copy():
    lede = "The trade envoy is set to visit the capital from May 3 to 6, according to statements from both sides."
    raw = page(HEADLINE, STANDFIRST_6 + "\n" + lede, "LIMA — " + lede, PARA_2, PARA_3)
    assert removed(raw, lede + "\n") and kept(raw, "LIMA — " + lede) and kept(raw, STANDFIRST_6)


def test_a_paragraph_that_opens_like_the_lede_without_a_dateline_is_kept():
    lede = "The trade envoy is set to visit the capital from May 3 to 6, according to statements from both sides."
    raw = page(HEADLINE, lede, "Officials said " + lede[0].lower() + lede[1:], PARA_2, PARA_3)
    assert kept(raw, lede + "\n")


# --- a browser notice, a station's tagline, an audio player's labels, a label that lost its value ----------


@pytest.mark.parametrize(
    "line",
    [
        "IE 11 is not supported. For an optimal experience visit our site on another browser.",
        "This browser is no longer supported. Please upgrade your browser.",
        "You are using an outdated browser.",
        "Internet Explorer is not supported on this site.",
    ],
)
def test_a_browser_notice_is_removed(line):
    assert removed(page(line, HEADLINE, PARA_1, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said the old software is no longer supported by its makers.",
        "Officials said the browser of the future would be built at home.",
    ],
)
def test_sentences_on_software_and_browsers_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line", ["An Example Radio member station", "A PBN member station", "Your Example Radio affiliate"]
)
def test_a_station_s_tagline_is_removed(line):
    assert removed(page(line, "Play Live Radio", HEADLINE, PARA_1, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Heard on:",
        "Heard on Morning Report",
        "As heard on The Evening Show",
        "Listen to the news",
        "Listen to the audio",
    ],
)
@pytest.mark.parametrize("where", ["head", "body"])
def test_an_audio_player_s_labels_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Heard on the campaign trail",  # a subheading
        "She heard on Monday that the talks would go on.",
        "Listen to the farmers, the minister told the envoy.",
        "The station is an affiliate of a larger network in the north.",
    ],
)
def test_subheadings_and_sentences_with_a_player_s_words_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize("line", ["/ Source:", "Source:", "Tags:", "Filed under:"])
def test_a_furniture_label_without_its_value_is_removed(line):
    assert removed(placed(line, "head"), line)


@pytest.mark.parametrize("line", ["ANN LEE:", "MINISTER:", "Q:"])
def test_a_speaker_label_alone_on_its_line_is_kept(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, "\n" + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "🖤 Donations of all sizes power our public service journalism Give Now",
        "Independent journalism needs readers like you Donate Today",
        "Become one of our members and keep local reporting free Join Now",
    ],
)
def test_a_donation_prompt_ending_in_its_button_is_removed(line):
    assert removed(page(line, HEADLINE, PARA_1, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Union members voted to join the strike on Monday.",
        "The journalism school asked its donors to give now rather than later.",
        "Members of the delegation said they would Join Now talks if invited",
    ],
)
def test_sentences_on_donors_and_members_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- another story's long headline in sentence case inside the body ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ruritania with a reply on the ferry that ran aground near the port",
        "Borduria to send a new envoy to the capital after the row at the border",
        "Ferry operators in the north count the cost of a week of strikes",
    ],
)
def test_another_story_s_long_headline_below_the_second_paragraph_is_removed(line):
    raw = page(HEADLINE, PARA_1, PARA_2, line, PARA_3, PARA_1.replace("Sunday", "Monday"))
    assert removed(raw, line) and kept(raw, PARA_3)


@pytest.mark.parametrize(
    "line",
    [
        "How the talks could change the trade of the region in the years ahead",  # a subheading's question
        "Why the ferries matter to the towns along the northern coast",
        "The long road back to the table in the capital",  # ten words: a subheading
        "A long road back to the table for the two ministers",  # eleven
        "and the ministers, who met for five hours on Sunday in the capital,",  # a paragraph cut in two
        "The ministers met for five hours on Sunday in the capital, officials said",  # a paragraph without its stop
    ],
)
def test_subheadings_and_paragraphs_without_a_stop_are_kept(line):
    raw = page(HEADLINE, PARA_1, PARA_2, line, PARA_3, PARA_1.replace("Sunday", "Monday"))
    assert kept(raw, line)


# --- a post's sign-off without its dash, a player's 'Now playing', a stand-in picture's note ----------------


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee (@annlee) June 19, 2024",
        "Example Ministry (@exampleministry) March 4, 2024",
        "Now playing: Ministers meet in Lima",
        "Up next: Ferry fares to rise in May",
        "Audio will be available later today.",
        "Representational image",
        "Stock photo",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_sign_off_a_player_s_label_and_a_stand_in_picture_s_note_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee (@annlee) said on Monday that the talks would go on.",
        "Now playing a larger role, the envoy said the talks would go on.",
        "Audio of the call was later released by the ministry.",
        "A representative image of the region, the minister said, is one of calm.",
    ],
)
def test_sentences_that_open_like_a_sign_off_or_a_player_s_label_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- a release's contact lines, the labels of a calendar's, a menu's or a feed's widget --------------------


@pytest.mark.parametrize(
    "line",
    [
        "Media contact",
        "Press enquiries",
        "Contact: Office of the Spokesperson",
        "Phone: +1 202 555 0100",
        "For more information, contact the press office.",
        "For further details please e-mail the ministry's media team.",
    ],
)
@pytest.mark.parametrize("where", ["head", "foot"])
def test_a_release_s_contact_lines_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Contact with the envoy was lost on Monday.",
        "Phone calls between the two ministers resumed in May.",
        "For more details on the visit, the ministry said, readers should wait for Monday.",
        "The minister said she would contact her counterpart for more information.",
    ],
)
def test_sentences_on_contacts_and_calls_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    ["Upcoming events", "Add to calendar", "Next month", "Open menu", "Search form", "RSS feed", "Print version"],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_the_labels_of_a_page_s_widgets_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Next month, the ministers meet again in the capital.",
        "The calendar of talks was agreed on Monday.",
        "The print version of the treaty runs to 300 pages.",
    ],
)
def test_sentences_with_the_words_of_widgets_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- a file's name, a row of links, a sign-up form ----------------------------------------------------------


@pytest.mark.parametrize("line", ["AB2301234567.jpg", "lead-photo_final.PNG", "full-statement.pdf", "clip01.mp4"])
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_file_s_name_alone_on_its_line_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry posted the full text as statement.pdf on its website.",
        "Photos of the meeting were filed as jpg and png files.",
    ],
)
def test_sentences_that_name_a_file_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line", ["Back to top    Go to home page", "Home    World    Opinion    Video", "Home\tWorld\tBusiness"]
)
@pytest.mark.parametrize("where", ["head", "foot"])
def test_a_row_of_links_set_apart_by_wide_gaps_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Exports    Imports    Balance",  # a table's heads inside the body
        "The talks ended.    Both sides went home.",  # sentences with a wide gap between them
    ],
)
def test_a_row_with_wide_gaps_inside_the_body_or_with_stops_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_a_sentence_with_wide_gaps_at_the_foot_is_kept():
    line = "Talks resume in May.    Both teams will meet in Lima."
    assert kept(page(HEADLINE, PARA_1, PARA_2, PARA_3, line), line)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to the best of our business reporting, analysis and opinion on what matters to you.",
        "Subscribe for our weekly digest of the region's news",
        "We promise not to spam you. You can unsubscribe at any time.",
        "You can unsubscribe at any time.",
        "No spam, unsubscribe anytime.",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_a_sign_up_form_s_invitation_and_promise_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for the new visa scheme opened on Monday, the ministry said.",
        "“Subscribe to our values and the rest will follow,” the minister told the crowd.",
        "Spam calls rose sharply last year, and regulators now want to act.",
        "Users can unsubscribe at any time under the new law, which takes effect in May.",
    ],
)
def test_sentences_on_signing_up_and_spam_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- the site's name above a text without a headline; a dateline on a line of its own ----------------------


@pytest.mark.parametrize("name", ["World Example News", "Example Daily", "Example Herald Online"])
def test_a_site_s_name_above_a_text_without_a_headline_is_removed(name):
    assert removed(page(name, PARA_1, PARA_2, PARA_3), name)


@pytest.mark.parametrize("title", ["Ruritania Border Deal", "Popping Trade Balloons", "Ferry Talks Stall"])
def test_a_short_headline_above_a_text_without_a_longer_one_is_kept(title):
    assert kept(page(title, PARA_1, PARA_2, PARA_3), title)


@pytest.mark.parametrize("place", ["WASHINGTON", "NEW DELHI", "WASHINGTON, D.C.", "LIMA, Peru"])
def test_a_dateline_on_its_own_line_just_above_the_first_paragraph_is_kept(place):
    assert kept(page(HEADLINE, place, PARA_1, PARA_2, PARA_3), place)


@pytest.mark.parametrize("label", ["WORLD", "TOP NEWS", "OPINION", "ASIA PACIFIC"])
def test_a_section_label_in_capitals_just_above_the_first_paragraph_is_removed(label):
    assert removed(page(HEADLINE, label, PARA_1, PARA_2, PARA_3), label)


def test_a_label_in_capitals_above_the_headline_is_removed():
    assert removed(page("WASHINGTON", HEADLINE, PARA_1, PARA_2, PARA_3), "WASHINGTON")


def test_a_sentence_reporting_a_call_to_sign_up_is_kept():
    line = "Residents were urged to sign up for the scheme before May, officials said."
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- a sign-up form's fields and a pop-up's buttons; a video player's text; links to the original -----------


@pytest.mark.parametrize(
    "line",
    [
        "Email address",
        "First name *",
        "Please enter a valid email address",
        "I agree to the terms and conditions",
        "You're all set!",
        "Check your email to confirm your subscription.",
        "Allow notifications",
        "No thanks",
        "Maybe later",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_sign_up_form_s_fields_and_a_pop_up_s_buttons_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Not now.",  # an answer, one line of its own
        "“Not now,” she said.",
        "No thanks, he said, to a second round.",
        "Your email address was leaked, the company told users.",
        "I agree to the terms, the minister said.",
        "Check your email to confirm the date, aides were told.",
        "The newsletter was sent to members on Monday.",
    ],
)
def test_sentences_with_a_form_s_words_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Watch on YouTube",
        "Tap to unmute",
        "If playback doesn't begin shortly, try restarting your device.",
        "Screengrab from video",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_an_embedded_video_player_s_text_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Watch later this week for a statement from the ministry.",
        "A still from the video shows the minister leaving the hall.",
        "Screenshots from the video were shared widely on Monday.",
    ],
)
def test_sentences_about_videos_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Source link",
        "View original post",
        "Read the full story",
        "The post Ministers agree to keep talking appeared first on Example News.",
    ],
)
@pytest.mark.parametrize("where", ["body", "foot"])
def test_a_link_to_the_original_story_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "The original article was changed twice, the paper said.",
        "Read the full report and you see the gap between the two sides.",
        "The post of envoy appeared first on a list of cuts.",
        "The post went unfilled for a year and appeared first on the agenda in May.",
    ],
)
def test_sentences_on_original_texts_and_posts_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Recent posts",
        "Archives",
        "Entries feed",
        "Older posts",
        "Community guidelines",
        "Share your thoughts",
        "12 photos",
        "Spotted an error? Let us know.",
        "Got a story tip? Send it to us.",
        "Send us a correction",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_blog_s_side_bar_a_gallery_s_count_and_a_reader_prompt_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Archives of the talks were opened in May.",
        "Recent posts by the envoy drew attention.",
        "12 photos were released by the ministry.",
        "Community guidelines were changed in May, the platform said.",
        "Spotted an error in the figures, the auditors wrote to the ministry.",
    ],
)
def test_sentences_with_a_side_bar_s_words_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


# --- platform links, an embed's labels, a player's skip button, archived pages, back to top ------------------


@pytest.mark.parametrize(
    "line",
    [
        "Join us on Facebook",
        "Listen on Spotify",
        "View on X",
        "Embedded content",
        "Instagram post",
        "12 Reposts",
        "Skip 15 seconds",
        "Rewind 10s",
        "Return to top",
        "Back to previous page",
        "Stay connected",
        "This page has been archived and is no longer updated.",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_platform_links_embed_labels_player_buttons_and_page_notices_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "This page has been archived by the ministry, officials said.",
        "Go back to the top of the list, she said.",
        "Join the debate on Twitter and elsewhere, the minister urged.",
        "The retweets came fast, the ministry said.",
        "Skip the first 15 seconds of the tape and you hear him.",
        "Go back 10 years and the picture was different.",
    ],
)
def test_sentences_with_the_words_of_platforms_and_players_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_a_subheading_naming_a_platform_is_kept():
    line = "Pressure on Facebook grows"
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_a_paragraph_just_above_a_sign_off_in_a_page_without_blank_lines_is_kept():
    sign_off = "— Ann Lee (@annlee) June 9, 2024"
    raw = "\n".join([HEADLINE, PARA_1, PARA_2, sign_off, PARA_3]) + "\n"
    assert kept(raw, PARA_2) and removed(raw, sign_off)


@pytest.mark.parametrize("post", [POST + " https://t.co/AbC123", POST + " #talks", "@annlee " + POST])
def test_a_post_with_its_link_just_above_its_sign_off_in_a_page_without_blank_lines_is_removed(post):
    raw = "\n".join([HEADLINE, PARA_1, post, "— Ann Lee (@annlee) June 9, 2024", PARA_2, PARA_3]) + "\n"
    assert removed(raw, post) and kept(raw, PARA_1) and kept(raw, PARA_2)


def test_a_writer_s_note_above_the_foot_s_disclaimer_is_removed():
    note = "Ann Lee is a professor of politics at Example University."
    disclaimer = "The views expressed here are the author's own."
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, note, disclaimer)
    assert removed(raw, note) and removed(raw, disclaimer) and kept(raw, PARA_3)


def test_a_sentence_naming_a_professor_in_the_last_paragraph_is_kept():
    last = "Ann Lee is a professor of politics at Example University, the ministry said."
    raw = page(HEADLINE, PARA_1, PARA_2, last, "The views expressed here are the author's own.")
    assert kept(raw, last)


@pytest.mark.parametrize("heading", ["Recommended Video", "Featured videos", "Latest Videos"])
def test_a_heading_of_videos_and_the_links_below_it_are_removed(heading):
    link = "Ferry fares to rise next month in the capital"
    raw = page(HEADLINE, PARA_1, PARA_2, heading, link, "02:15", PARA_3)
    assert removed(raw, heading) and removed(raw, link) and kept(raw, PARA_3)


@pytest.mark.parametrize(
    "line",
    [
        "Related video: Ministers meet in Lima (Example TV)",
        "What do you think? Share your thoughts in the comments below.",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_video_link_and_a_call_for_comments_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Related video footage shows the minister leaving the hall on Monday.",
        "What do you think? the minister asked the delegates, who gave no answer.",
    ],
)
def test_sentences_on_videos_and_questions_to_an_audience_are_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_a_comment_section_from_its_first_commenter_and_stamp_to_the_end_is_removed():
    comments = ["Ann Lee says:", "June 12, 2023 at 9:30 am", "Great piece, thanks.", "Reply", "bochen88 says:"]
    comments += ["June 12, 2023 at 10:15 am", "I disagree.", "Reply"]
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, "Comments", *comments)
    for line in ["Comments", *comments]:
        assert removed(raw, line)
    assert kept(raw, PARA_3)


@pytest.mark.parametrize(
    "quote", ["“We will keep talking,” she told reporters.", "We will keep talking, and we will meet in May."]
)
def test_a_lead_in_with_says_and_a_colon_above_a_paragraph_is_kept(quote):
    lead = "The minister says:"
    raw = page(HEADLINE, PARA_1, PARA_2, lead, quote, PARA_3)
    assert kept(raw, lead) and kept(raw, quote) and kept(raw, PARA_3)


@pytest.mark.parametrize(
    "caption",
    [
        "The two ministers shake hands in Lima, Peru, on June 12, 2023. (Example Agency)",
        "Ann Lee speaks to reporters in Lima on 12 June 2023 (Photo Desk)",
    ],
)
def test_a_dated_caption_with_its_credit_in_brackets_is_removed(caption):
    assert removed(page(HEADLINE, PARA_1, caption, PARA_2, PARA_3), caption)


@pytest.mark.parametrize(
    "line",
    [
        "Thank you all for coming to Lima on June 12, 2023. (Applause)",
        "The ministers meet in Lima on June 12, 2023, the ministry said. (Example Agency)",
    ],
)
def test_a_dated_sentence_with_a_stage_direction_or_a_report_is_kept(line):
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line)


def test_the_writer_s_name_and_note_at_the_foot_are_removed():
    note = "Ann Lee is our diplomatic correspondent based in Lima."
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, "Ann Lee", note)
    assert removed(raw, note) and removed(raw, "Ann Lee\n") and kept(raw, PARA_3)


def test_a_last_paragraph_on_our_correspondent_that_reports_is_kept():
    last = "Ann Lee is our correspondent in Lima, the minister told reporters on Monday."
    assert kept(page(HEADLINE, PARA_1, PARA_2, last), last)


# --- a lede that opens the text, the headline given again, a section glued to the date header --------------


def test_a_lede_that_opens_the_text_with_nothing_shaped_like_a_headline_above_it_is_kept():
    lede = "The trade envoy is set to visit the capital from May 3 to 6, according to statements from both sides."
    raw = page(lede, "LIMA — " + lede, PARA_2, PARA_3)
    assert kept(raw, lede + "\n") and kept(raw, "LIMA — " + lede)


def test_the_headline_given_again_with_other_apostrophes_loses_its_copy():
    curly, straight = (
        "Lima’s ministers agree to keep talking on trade",
        "Lima's ministers agree to keep talking on trade",
    )
    raw = page(curly, straight, PARA_1, PARA_2, PARA_3)
    assert kept(raw, curly) and removed(raw, straight)


@pytest.mark.parametrize("label", ["International", "World News", "Politics & Economy"])
def test_a_section_s_name_glued_after_the_date_header_is_removed(label):
    raw = " date 2023-06-12 " + label + "\n" + page(PARA_1, PARA_2, PARA_3)
    spans = find_boilerplate(raw, skip_before=len(" date 2023-06-12"))
    assert [s.text for s in spans] == [label]


@pytest.mark.parametrize("headline", ["Talks Resume In Lima", "Ministers Meet", "Lima Summit Ends"])
def test_a_short_headline_glued_after_the_date_header_is_kept(headline):
    raw = " date 2023-06-12 " + headline + "\n" + page(PARA_1, PARA_2, PARA_3)
    assert not find_boilerplate(raw, skip_before=len(" date 2023-06-12"))


# --- links under a heading: teasers cut off, a table of contents -------------------------------------------


def test_the_teasers_cut_off_below_a_related_heading_are_removed():
    links = [
        "Premier opens new bridge in the north",
        "The premier on Monday opened a bridge that the northern region has waited for since the floods of...",
        "Exports rise again",
        "Exports rose for a third month in a row as the new tariffs took effect across the whole region...",
    ]
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, "Related articles", *links)
    assert all(removed(raw, line) for line in links) and kept(raw, PARA_3)


def test_a_paragraph_below_a_related_heading_is_kept():
    last = "Both sides said they would meet again, and the ministers flew home on Monday."
    raw = page(HEADLINE, PARA_1, PARA_2, "Related articles", "Premier opens new bridge in the north", last)
    assert kept(raw, last)


def test_a_table_of_contents_is_removed_up_to_the_first_section_s_heading():
    links = [
        "Ann Lee: Why the talks in the capital will last for years, and why that suits both of the capitals",
        "Bo Chen: Visas matter most",
    ]
    raw = page(HEADLINE, PARA_1, "Jump to a section:", *links, "Visas matter most", PARA_2, PARA_3)
    assert removed(raw, "Jump to a section:") and all(removed(raw, line) for line in links)
    assert kept(raw, "\n\nVisas matter most\n") and kept(raw, PARA_2)


@pytest.mark.parametrize("mark", ["By Ann Lee | Published June 12, 2023", "Published June 12, 2023 | 09:49 PM"])
def test_the_headline_given_again_in_another_case_below_the_by_line_loses_its_copy(mark):
    title, copy = "Ministers Agree To Keep Talking On Trade", "Ministers agree to keep talking on trade"
    raw = page(title, mark, copy, PARA_1, PARA_2, PARA_3)
    assert kept(raw, title) and removed(raw, copy) and removed(raw, mark)


def test_a_headline_in_another_case_below_a_paragraph_is_not_taken_for_the_page_s_copy():
    title, copy = "Ministers Agree To Keep Talking On Trade", "Ministers agree to keep talking on trade"
    raw = page(title, PARA_1, copy, PARA_2, PARA_3)
    assert kept(raw, title)


@pytest.mark.parametrize("menu", ["Homeworld", "Homenews", "Newsasia"])
def test_a_menu_s_words_glued_before_the_headline_s_copy_are_removed(menu):
    raw = page(menu + HEADLINE, HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, menu + HEADLINE) and kept(raw, "\n\n" + HEADLINE + "\n")


def test_a_headline_that_opens_with_a_word_of_its_own_is_not_a_glued_menu():
    raw = page("Breaking " + HEADLINE, HEADLINE, PARA_1, PARA_2, PARA_3)
    assert kept(raw, "\n\n" + HEADLINE + "\n")


@pytest.mark.parametrize(
    "line",
    [
        '"No."',
        '"We will see," she said.',
        "Why now?",
        "What comes next for Lima?",
        "LIMA, June 12 (Example Agency) - The ministers met on Monday.",
        "It did not.",
        "Both sides agreed.",
        "Updated figures were published on Monday.",
        "Share prices fell 3% on the news.",
        "Tags were attached to every crate.",
        "Comments by the minister angered Lima.",
        "Most read the statement as a rebuke.",
        "Q: Will you go to Lima?",
        "Ann Lee: Yes, we will.",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_short_prose_lines_are_kept_wherever_they_stand(line, where):
    assert kept(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    ["Log in to reply", "Sign in to join the conversation", "Register to comment", "Powered by Example Comments"],
)
@pytest.mark.parametrize("where", ["head", "foot"])
def test_a_comment_plugin_s_lines_above_or_below_the_story_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize("line", ["Powered by Wind", "Volume rose 90% in May.", "Mute the microphones, she told them."])
def test_a_subheading_or_prose_with_a_player_s_or_a_plugin_s_words_is_kept(line):
    assert kept(placed(line, "body"), line)


# --- tickers, one-run sign-up forms, pointers to the writer's own pieces, initials, app-channel prompts ----


@pytest.mark.parametrize(
    "line",
    [
        "5m agoStorm closes roads across the north as rivers rise",
        "2h agoMinister says the budget will be balanced by spring",
        "1h ago Markets rally after the central bank holds rates",
        "3 hours agoPort strike ends after a week of talks",
        "12 mins ago",
    ],
)
@pytest.mark.parametrize("where", ["head", "foot"])
def test_a_ticker_of_other_stories_with_how_long_ago_they_were_posted_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "3 days ago, the minister said, the talks had all but stalled.",
        "2 hours ago the delegates were still arguing over the text of the statement.",
        "10 years ago the two capitals had no direct flights at all.",
    ],
)
def test_prose_that_opens_with_how_long_ago_is_kept(line):
    assert kept(placed(line, "body"), line)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our weekly trade email sent to your inbox Please enter a valid email address SIGN UP "
        "Read our privacy policy Thanks for signing up to the",
        "Subscribe to the morning briefing Enter your email Thank you for subscribing",
        "Sign up to the evening digest Please provide a valid email address Read our privacy notice",
    ],
)
@pytest.mark.parametrize("where", ["head", "foot"])
def test_a_sign_up_form_printed_as_one_run_of_text_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents who sign up for the scheme must enter an email address and accept the privacy policy, "
        "officials said.",
        "Few people sign up for the service, and fewer still read its privacy policy before they click.",
    ],
)
def test_prose_about_signing_up_and_privacy_is_kept(line):
    assert kept(placed(line, "body"), line)


@pytest.mark.parametrize(
    "line",
    [
        "Please check out my radio interview about the summit",
        "Listen to our podcast episode on the trade talks.",
        "Watch our video on the border dispute",
        "Read my column on the new tariffs",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_pointer_to_the_writer_s_own_piece_elsewhere_is_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "“Watch my interview tonight,” the minister told reporters.",
        "Read my lips, the minister said of the new tax.",
        "See our plan for the region, the minister urged delegates in Lima.",
        "Critics were asked to watch the interview again before they judged it.",
    ],
)
def test_prose_that_points_to_an_interview_or_a_video_is_kept(line):
    assert kept(placed(line, "body"), line)


@pytest.mark.parametrize("initials", ["—AB", "— JK", "–XYZ"])
def test_a_writer_s_initials_glued_after_the_last_sentence_are_removed(initials):
    last = "Neither side said when the next meeting would be held." + initials
    raw = page(HEADLINE, PARA_1, PARA_2, last)
    spans = [s for s in find_boilerplate(raw) if s.text == initials.strip()]
    assert len(spans) == 1 and kept(raw, "Neither side said when the next meeting would be held.")


@pytest.mark.parametrize(
    "line",
    [
        "Talks between the U.S.—UK teams resumed on Monday.",
        "The deal was backed by the EU—and by Lima.",
        "The vote split the party.—And the opposition too",
    ],
)
def test_a_dash_before_capitals_inside_or_before_more_text_is_kept(line):
    assert kept(placed(line, "foot"), line)


@pytest.mark.parametrize(
    "line",
    [
        "For all the latest headlines follow our news channel online or via the app.",
        "Follow our WhatsApp channel for the latest updates",
        "Follow our page for more stories like this",
    ],
)
@pytest.mark.parametrize("where", ["head", "body", "foot"])
def test_a_prompt_to_follow_the_outlet_s_channel_is_removed(line, where):
    assert removed(placed(line, where), line)


def test_prose_about_following_a_channel_is_kept():
    line = "Follow our lead, the minister told the channel’s viewers."
    assert kept(placed(line, "body"), line)


@pytest.mark.parametrize(
    "caption",
    [
        "The minister speaks in the capital on Monday. Photo courtesy: Example Agency",
        "Delegates arrive for the talks. Photo courtesy: X/@ExampleMinistry and @ExampleNews",
    ],
)
def test_a_caption_closed_by_a_courtesy_credit_is_removed_and_still_dates(tmp_path, caption):
    from analysis import read_article
    from analysis.corpus import dating_text

    raw = page(HEADLINE, caption, PARA_1, PARA_2, PARA_3)
    assert removed(raw, caption)
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    assert caption in dating_text(read_article(path))


@pytest.mark.parametrize(
    "line",
    [
        "This page was last reviewed on 14 June 2023",
        "Page last modified: 3 May 2024",
        "Content last reviewed 12/05/2023",
        "For media inquiries, contact the press office at 555-0100.",
        "For press questions, email press@example.gov",
    ],
)
@pytest.mark.parametrize("where", ["head", "foot"])
def test_a_site_s_review_note_and_a_press_contact_line_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "The page was checked by three editors before it ran, the ministry said.",
        "Content reviewed by the regulator was later withdrawn from sale in five countries.",
        "For more information on the talks, officials pointed to a statement issued in Lima on Monday.",
    ],
)
def test_prose_about_reviews_and_information_is_kept(line):
    assert kept(placed(line, "body"), line)


# --- site notices, text-size tools, a player loading, label runs and labels given twice, by-lines with a role
# or the outlet in brackets, a header below a headline that reads as a paragraph, a paragraph given twice -----

DECK = "The two sides said they would meet again in the autumn, but gave no date for the next round."


@pytest.mark.parametrize(
    "line",
    [
        "Updates to our Privacy Policy",
        "We have revised our Terms of Service. Please read them before you continue.",
        "Your browser is out of date and may not show this page correctly.",
        "Just click on the icons below to get the latest version.",
        "Tap the button to listen to this story",
        "TT",
        "Change Size",
        "Change text size",
        "Video Player is loading.",
        "The audio player is loading…",
        "Our flagship evening newsletter guiding you through the most important stories of the day. Delivered weekdays.",
        "Morning Briefing Get the day's top stories and analysis delivered to your inbox with our free morning "
        "newsletter. By submitting your email address to receive this newsletter, you agree to our Terms of Use "
        "and Privacy Policy, and to receive occasional offers from us >",
        "By , the Morning Brief writer at Example Post.",
        "By Ann Lee, the Asia correspondent for Example News",
    ],
)
@pytest.mark.parametrize("where", ["head", "body"])
def test_site_notices_page_tools_and_role_bylines_are_removed(line, where):
    assert removed(placed(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "“We are updating our terms of use,” the company said in a statement.",
        "The regulator said the platform had changed its terms of service twice this year.",
        "Users who click on the icon are sent to a fake bank page, the police said.",
        "The newsletter, which reaches 40,000 readers, was first sent in 2019.",
        "If you read the ministry's newsletter, you will see the figures every week, the official told "
        "reporters at the port on Monday.",
        "“Your newsletter is wrong,” the minister told reporters.",
        "By now, the editor at the paper had resigned.",
        "The player is loading the ship's cargo.",
        "Change of plan",
        "Size matters",
    ],
)
def test_prose_about_terms_browsers_newsletters_and_editors_is_kept(line):
    assert kept(placed(line, "body"), line)


@pytest.mark.parametrize("trail", ["Home » ", "News › World › "])
def test_a_breadcrumb_ending_in_the_headline_is_removed_and_the_headline_kept(trail):
    raw = page(trail + HEADLINE, HEADLINE, PARA_1, PARA_2)
    spans = find_boilerplate(raw)
    assert [s.text for s in spans] == [trail + HEADLINE]


@pytest.mark.parametrize(
    "run", ["Asia World News News Politics", "Economy & Business Politics & Diplomacy Security & Defense"]
)
def test_a_run_of_section_names_above_the_headline_is_removed(run):
    raw = page(run, HEADLINE, PARA_1, PARA_2)
    assert removed(raw, run) and kept(raw, HEADLINE)


@pytest.mark.parametrize("title", ["Summit Talks Lift Asia Markets Again", "Leaders Gather For Trade Talks In Lima"])
def test_a_title_case_headline_above_its_standfirst_is_no_run_of_sections(title):
    raw = page(title, DECK, PARA_1, PARA_2)
    assert find_boilerplate(raw) == []


def test_a_label_given_twice_on_one_line_or_on_two_is_removed():
    raw = page("Example News Example News", HEADLINE, "Morning Report\nMorning Report", PARA_1, PARA_2)
    assert [s.text for s in find_boilerplate(raw)] == ["Example News Example News", "Morning Report", "Morning Report"]


def test_a_subheading_given_once_and_two_different_labels_are_kept():
    raw = page(HEADLINE, PARA_1, "Talks Ahead", PARA_2, "Trade Talks", PARA_3)
    assert find_boilerplate(raw) == []


def test_the_header_below_a_headline_that_reads_as_a_paragraph_is_removed():
    raw = page(
        "Can the talks end the trade war?", DECK, "Ann Lee (The Example Post)", "Lima", "Tue, March 5, 2024", PARA_1
    )
    assert [s.text for s in find_boilerplate(raw)] == ["Ann Lee (The Example Post)", "Lima", "Tue, March 5, 2024"]


def test_a_by_line_with_its_outlet_in_brackets_below_the_standfirst_is_removed():
    raw = page(HEADLINE, DECK, "Ann Lee and Bo Chen (Example Post)", "March 5, 2024", PARA_1, PARA_2)
    assert [s.text for s in find_boilerplate(raw)] == ["Ann Lee and Bo Chen (Example Post)", "March 5, 2024"]


def test_a_subheading_between_the_second_and_third_paragraphs_is_kept_without_a_date_there():
    raw = page("Can the talks end the trade war?", DECK, "Talks Ahead", PARA_1, PARA_2)
    assert find_boilerplate(raw) == []


def test_a_subheading_below_a_stamp_between_the_second_and_third_paragraphs_of_a_body_is_kept():
    raw = page(PARA_1, PARA_2, "Updated 12:45 pm", "Talks Ahead", PARA_3)
    assert [s.text for s in find_boilerplate(raw)] == ["Updated 12:45 pm"]


OPENING = (
    "Welcome back to the Morning Brief, where we are looking at the results of the trade talks, the new port "
    "fees and the vote on the budget."
)


@pytest.mark.parametrize("above", [[HEADLINE, DECK], [HEADLINE, PARA_1]])
def test_a_paragraph_given_twice_with_a_paragraph_break_between_loses_its_second_copy(above):
    raw = page(*above, OPENING, OPENING, "Talks Ahead", PARA_2, PARA_3)
    first = raw.index(OPENING)
    second = raw.index(OPENING, first + 1)
    spans = find_boilerplate(raw)
    assert [(s.start, s.text) for s in spans] == [(second, OPENING)]


def test_a_caption_with_an_agency_s_credit_given_four_times_loses_every_copy():
    caption = "The minister is the first envoy to visit the capital since 2018. AGENCY"
    raw = page("\n".join([caption] * 4), HEADLINE, PARA_1, PARA_2)
    spans = find_boilerplate(raw)
    assert [s.text for s in spans] == [caption] * 4


def test_a_headline_given_first_below_a_section_label_loses_its_copy_and_the_labels_between():
    raw = page("News", HEADLINE, "World News", "High views", "Share", "min", HEADLINE, PARA_1, PARA_2)
    second = raw.index(HEADLINE, raw.index(HEADLINE) + 1)
    spans = find_boilerplate(raw)
    assert [s.text for s in spans] == ["News", "World News", "High views", "Share", "min", HEADLINE]
    assert spans[-1].start == second


def test_a_headline_given_first_below_a_menu_s_trail_still_loses_its_first_copy():
    raw = page("Home > World", HEADLINE, "World News", "Share", HEADLINE, PARA_1, PARA_2)
    first = raw.index(HEADLINE)
    assert [(s.start, s.text) for s in find_boilerplate(raw)][:2] == [(0, "Home > World"), (first, HEADLINE)]


# --- a podcast page: the show's name before the title, the episode's credits, the transcript's time codes ----


@pytest.mark.parametrize(
    "line, debris",
    [
        ("The Example Podcast - Ferry Talks Resume After a Long Pause", "The Example Podcast -"),
        ("The Weekly Radio Hour — Ferry Talks Resume After a Long Pause", "The Weekly Radio Hour —"),
    ],
)
def test_a_show_s_name_glued_before_an_episode_s_title_is_removed_and_the_title_kept(line, debris):
    raw = page(line, PARA_1, PARA_2, PARA_3)
    assert [s.text for s in find_boilerplate(raw)] == [debris]


@pytest.mark.parametrize(
    "line",
    [
        "The Evening Show - a fixture of the network for decades - ends its run in May.",
        "The Evening Show - Ann Lee said - Was the Best of Its Kind in Years.",  # a stop: a sentence, no title
    ],
)
def test_a_sentence_that_names_a_show_before_a_dash_is_kept(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line)


@pytest.mark.parametrize("label", ["This episode:", "Credits:", "Episode credits:"])
def test_an_episode_s_credits_glued_after_its_summary_are_removed_from_the_label_on(label):
    summary = "The two ministers met for five hours on Sunday and agreed to keep talking about trade."
    credits = f"{label} host Ann Lee, producer Bo Chen.Edited by Cy Dean. Email the show at show@example.org"
    raw = page(HEADLINE, summary + credits, PARA_1, PARA_2)
    spans = find_boilerplate(raw)
    assert [s.text for s in spans] == [credits]
    assert kept(raw, summary)


def test_a_transcript_s_turn_after_a_host_s_speaker_label_is_kept():
    turn = "Host: Welcome back. Today we look at the port fees and the talks on trade between the capitals."
    raw = page(HEADLINE, PARA_1, turn, PARA_2)
    assert kept(raw, turn)


def test_a_paragraph_that_speaks_of_an_episode_without_a_colon_is_kept():
    line = "This episode of the talks, the third this year, ended without a statement from either side."
    raw = page(HEADLINE, PARA_1, line, PARA_2)
    assert kept(raw, line)


@pytest.mark.parametrize(
    "code", ["Starting point is 00:00:35", "00:12:07", "[04:31]", "(1:02:15)", "Timestamp: 00:00:35"]
)
def test_a_time_code_glued_before_a_transcript_s_turn_is_removed_and_the_turn_kept(code):
    turn = "I'm Ann Lee. I cover the ports, and today we are looking at the new fees."
    raw = page(HEADLINE, PARA_1, f"{code} {turn}", PARA_2)
    assert [s.text for s in find_boilerplate(raw)] == [code]
    assert kept(raw, turn)


@pytest.mark.parametrize(
    "line",
    [
        "At 10:30 the ferry left the port, an hour later than planned.",
        "10:30 a.m. - The ministers arrive at the hall.",  # a live blog's time, no time code
        "The vote ended 12:05:33 after the start, a record for the chamber.",
        "Host: 00:00:35 Welcome back to the show, where we look at the port fees.",  # a speaker's label
    ],
)
def test_a_time_of_day_in_prose_is_kept(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2)
    assert kept(raw, line)


@pytest.mark.parametrize("line", ["Discussion (0)", "Discussions (14)", "Replies (3)"])
def test_a_comments_tab_with_its_count_is_removed(line):
    raw = page(HEADLINE, line, PARA_1, PARA_2, PARA_3)
    assert removed(raw, line)


# --- a list of other stories' teasers above the article ------------------------------------------------------

TEASERS = [
    "The central bank held its rate for a third month in a row",
    "A new ferry route will link the islands from next spring",
    "Farmers protest against the price of diesel outside parliament",
    "Striker scores twice as the home side climbs to second place",
    "Museum reopens its east wing after a decade of repairs",
]


def test_a_list_of_unrelated_teasers_above_the_article_is_removed():
    raw = page("\n".join(TEASERS), "LIMA — " + PARA_1, PARA_2, PARA_3)
    spans = find_boilerplate(raw)
    assert [s.text for s in spans] == TEASERS
    assert kept(raw, PARA_1)


def test_four_teasers_are_too_few_to_tell_from_a_header():
    raw = page("\n".join(TEASERS[:4]), "LIMA — " + PARA_1, PARA_2, PARA_3)
    assert all(kept(raw, t) for t in TEASERS[1:4])


def test_a_story_s_key_points_above_it_are_kept():
    points = [
        "Ministers agree to hold a second round of trade talks in the autumn",
        "The talks on trade will cover visas and flights between the capitals",
        "Flights between the capitals to rise to ten a week from May",
        "Visas for students to be issued within a month from May",
        "The ministers will meet again after the second round",
    ]
    raw = page("\n".join(points), PARA_1, PARA_2, PARA_3)
    assert all(kept(raw, p) for p in points)


def test_teasers_set_apart_by_blank_lines_are_no_list():
    raw = page(*TEASERS, PARA_1, PARA_2, PARA_3)
    assert all(kept(raw, t) for t in TEASERS[1:])


# --- a media player module's title above its controls ---------------------------------------------------------


@pytest.mark.parametrize("control", ["Download", "Listen", "• Play audio", '<iframe src="" title="audio player">'])
def test_the_title_of_a_media_player_just_above_its_controls_is_removed(control):
    title = "The minister has a lot on her plate including the port and the budget"
    raw = page(HEADLINE, title, control, PARA_1, PARA_2)
    assert removed(raw, title)


def test_a_paragraph_ending_with_a_stop_above_a_download_button_is_kept():
    raw = page(HEADLINE, PARA_1, "Download", PARA_2, PARA_3)
    assert kept(raw, PARA_1)


def test_a_short_subheading_above_a_download_button_is_kept():
    raw = page(HEADLINE, PARA_1, "Port Fees", "Download", PARA_2, PARA_3)
    assert kept(raw, "Port Fees")


# --- an organisation's boilerplate at the foot: "About X" and a paragraph on X --------------------------------


@pytest.mark.parametrize(
    "about, blurb",
    [
        (
            "About Example Capital",
            "Example Capital is an independent investment bank founded in 1998, with offices in Lima and Quito.",
        ),
        ("About A. B. Ferries", "A.B.Ferries is a family-run company. We sail to nine islands every day."),
    ],
)
def test_an_organisation_s_about_heading_and_its_paragraph_at_the_foot_are_removed(about, blurb):
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, about, blurb)
    assert [s.text for s in find_boilerplate(raw)] == [about, blurb]


def test_an_about_subheading_whose_paragraph_is_the_story_s_is_kept():
    about = "About Ruritania"
    para = "Ruritania is a small country of three million people, and its ports handle most of the trade."
    raw = page(HEADLINE, PARA_1, PARA_2, about, para)
    assert kept(raw, about) and kept(raw, para)


def test_an_about_heading_above_a_paragraph_on_something_else_is_kept():
    about = "About Example Capital"
    para = "The ministers will meet again in May, and the talks are expected to take two days."
    raw = page(HEADLINE, PARA_1, PARA_2, about, para)
    assert kept(raw, para)


# --- a text given twice on one line below the first paragraph ------------------------------------------------


@pytest.mark.parametrize("sep", ["", " "])
def test_a_link_s_text_given_twice_on_one_line_is_removed(sep):
    title = "Ministers arrive in Lima to ease strained ties"
    line = title + sep + title
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert removed(raw, line) and kept(raw, PARA_2)


@pytest.mark.parametrize(
    "line",
    [
        "Talks talks",  # too short to be a copy of a title
        "Ministers arrive in Lima to ease strained ties. Ministers arrive in Lima to ease strained ties again.",
        "The talks went on and on, and the talks went on and on",  # a sentence that says it twice, with a comma
    ],
)
def test_a_line_that_is_not_one_text_twice_is_kept(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line)


# --- a caption closed by a credit in brackets labelled "Credit" or "Source" ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The minister arrives at the airport in Lima on Monday. (Credit: Example Agency)",
        "The minister arrives at the airport in Lima on Monday. (Source: Example Wire) |",
        "Gen. A. B. Doe has been named to succeed Adm. C. D. Roe at the head of the staff. [Photo credit: Ann Lee]",
    ],
)
def test_a_caption_closed_by_a_bracketed_credit_is_removed(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert removed(raw, line) and kept(raw, PARA_1)


def test_a_long_paragraph_closed_by_its_source_in_brackets_is_kept():
    para = (
        "Trade between the two countries grew by a fifth last year, the fastest rise in a decade, and officials "
        "on both sides expect it to grow again this year as the new ferry routes open and the tariffs on grain "
        "and fruit are cut by half from the first of the month (Source: Example Statistics Office)"
    )
    raw = page(HEADLINE, PARA_1, para, PARA_2, PARA_3)
    assert kept(raw, para)


def test_a_source_in_brackets_inside_a_sentence_is_kept():
    line = "The figures (source: Example Statistics Office) show trade rising again this spring."
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line)


# --- a by-line naming the outlet's staff ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["-EXAMPLE   TIMES  STAFF", "Example News Staff", "By Example Post Desk", "Daily Example Staff Writer"]
)
def test_a_by_line_naming_the_outlet_s_staff_is_removed(line):
    raw = page(HEADLINE, line, PARA_1, PARA_2, PARA_3)
    assert removed(raw, line)


@pytest.mark.parametrize("line", ["White House Staff", "Chief of Staff", "The Staff Problem"])
def test_a_subheading_about_staff_is_kept(line):
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line)


# --- a menu's prompt in the header that lost its list ("Browse By") --------------------------------------------


@pytest.mark.parametrize("line", ["Browse By", "Follow Us", "Share On"])
def test_a_menu_prompt_in_the_header_is_removed(line):
    raw = page(HEADLINE, line, PARA_1, PARA_2, PARA_3)
    assert removed(raw, line) and kept(raw, HEADLINE)


@pytest.mark.parametrize("line", ["Stand By", "On Board", "In Lima"])
def test_a_subheading_ending_on_a_function_word_between_paragraphs_is_kept(line):
    # only the header's lines are read so; "In Lima" opens with one
    raw = page(HEADLINE, PARA_1, line, PARA_2, PARA_3)
    assert kept(raw, line)


def test_a_short_line_opening_with_a_function_word_in_the_header_is_kept_as_a_menu_prompt_is_not():
    raw = page(HEADLINE, "In Brief", PARA_1, PARA_2, PARA_3)
    assert kept(raw, "In Brief")


# --- a second title just below the headline that gives its words again with one or two more or fewer -----------


@pytest.mark.parametrize(
    "head, copy",
    [
        ("Ruritania Refuses Border Military Talks", "Ruritania Refuses Border Talks"),
        ("Doe: Talks with Ruritania “work in progress”", "Doe: Lima talks with Ruritania “a work in progress”"),
    ],
)
def test_a_picture_s_or_video_s_title_restating_the_headline_below_it_is_removed(head, copy):
    raw = page(head, copy, PARA_1, PARA_2, PARA_3)
    assert removed(raw, copy) and kept(raw, head)


@pytest.mark.parametrize(
    "copy",
    [
        "Ruritania refuses border talks with its neighbours, saying the time is not right.",  # a standfirst
        "Lima wants the ferry talks to resume before the harvest season",  # other words
        "Ruritania Refuses Border Talks on Grain, Fish, Ferries and Port Fees",  # other words
    ],
)
def test_a_standfirst_or_another_line_below_the_headline_is_kept(copy):
    head = "Ruritania Refuses Border Talks With Its Neighbours"
    raw = page(head, copy, PARA_1, PARA_2, PARA_3)
    assert kept(raw, copy) and kept(raw, head)


def test_the_headline_below_a_page_title_with_the_site_s_name_is_kept():
    head = "Ruritania Refuses Border Talks"
    raw = page(head + " - Example News", head, PARA_1, PARA_2, PARA_3)
    assert kept(raw, head + "\n") or kept(raw, "\n\n" + head)


# --- a footer link above a teaser of another story cut short where the copy ends ----------------------------------


def test_a_footer_link_above_a_short_cut_off_teaser_is_removed():
    link = "More from Example News"
    raw = "\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, link, "Ferry fares rise ag"])
    assert removed(raw, link)


# --- the story's next sentence cut short where the copy ends, below the footer's debris or before a line break ----


@pytest.mark.parametrize(
    "cut", ["His original travel", "“The ministry is holding up the purcha", "Minister Lee also d"]
)
def test_a_sentence_cut_short_below_a_footer_link_or_before_a_line_break_is_kept(cut):
    # just below the last paragraph, with a line break after it
    assert kept(page(HEADLINE, PARA_1, PARA_2, PARA_3, cut), cut)
    # below a link to another story that the footer's rules remove
    link = "Also Read: Ministers agree on ferry fares after long talks"
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3, link, cut)
    assert removed(raw, link) and kept(raw, cut)


@pytest.mark.parametrize(
    "line", ["Leave a Reply", "Related Topics", "Share this story", "White House Trade Ann Lee US and China relations"]
)
def test_furniture_shaped_as_a_title_or_a_tag_list_on_the_last_line_is_still_removed(line):
    assert removed(page(HEADLINE, PARA_1, PARA_2, PARA_3, line), line)


# --- a paragraph broken inside its sentences ----------------------------------------------------------------------


def test_the_lines_of_a_paragraph_broken_inside_its_sentences_are_kept_at_the_foot():
    broken = [
        "When asked why the port fees are",
        "a concern, the minister said: “We and our neighbours have seen some",
        "of the costs rise in recent years, going back to",
        "2016. And the reason that this matters so much to so many is the fer",
    ]
    # the copy ends inside the last sentence: the last line is no paragraph of prose
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3).rstrip("\n") + "\n" + "\n".join(broken)
    assert all(kept(raw, line) for line in broken)


def test_a_tag_list_in_lower_case_at_the_foot_is_still_removed():
    raw = page(HEADLINE, PARA_1, PARA_2, PARA_3).rstrip("\n") + "\nports, fees\nferries\n"
    assert removed(raw, "ports, fees") and removed(raw, "ferries")


# --- the lead picture's caption told in the present, a caption naming only who is in the picture ---------------


@pytest.mark.parametrize(
    "caption",
    [
        "Trade Minister Ann Lee shakes hands with Premier Bo Chen in the old customs house in Lima on Monday.",
        "Ann Lee speaks to reporters at the port on March 4.",
    ],
)
def test_a_caption_in_the_present_naming_the_day_above_a_credit_on_the_first_line_is_removed(caption):
    raw = page(caption + "\nAnn Lee/Example Agency\n" + PARA_1, PARA_2, PARA_3)
    assert removed(raw, caption) and kept(raw, PARA_1)


@pytest.mark.parametrize(
    "line",
    [
        # a first paragraph told in the past, or in the present with no day named, stays
        PARA_1,
        "Trade Minister Ann Lee meets Premier Bo Chen in the old customs house in Lima to talk about fees.",
    ],
)
def test_a_first_paragraph_above_a_credit_without_a_caption_s_present_and_day_is_kept(line):
    raw = page(line + "\nAnn Lee/Example Agency\n" + PARA_2, PARA_3)
    assert kept(raw, line)


def test_a_caption_in_the_present_below_the_first_line_is_left_to_the_other_rules():
    caption = "Trade Minister Ann Lee shakes hands with Premier Bo Chen in Lima on Monday."
    raw = page(HEADLINE, PARA_1, caption + "\nAnn Lee/Example Agency\n" + PARA_2, PARA_3)
    assert kept(raw, PARA_1)


@pytest.mark.parametrize("caption", ["US Secretary of Trade Ann Lee.", "Ruritanian Foreign Minister Bo Chen."])
def test_a_caption_of_an_office_and_a_name_with_a_stop_is_removed(caption):
    raw = page(HEADLINE, "The minister said the talks had gone well.", caption, PARA_1, PARA_2, PARA_3)
    assert removed(raw, caption) and kept(raw, PARA_1)


@pytest.mark.parametrize(
    "line",
    [
        "Mr. Minister.",  # an address in a transcript: too short
        "Secretary of Trade Ann Lee",  # no stop
        "Ann Lee and Bo Chen Went to Lima.",  # no office
        "The Minister said Ann Lee had left.",  # a sentence
    ],
)
def test_a_short_line_with_a_stop_but_not_an_office_and_a_name_is_no_such_caption(line):
    from analysis.clean import _is_name_caption, _line

    assert not _is_name_caption(_line(line, 0, len(line)))
    assert kept(page(HEADLINE, PARA_1, line, PARA_2, PARA_3), line) or not line.endswith(".")


# --- a section's name in sentence case above the headline ------------------------------------------------------


@pytest.mark.parametrize("label", ["Press releases", "Latest speeches", "Speeches"])
def test_a_section_name_in_sentence_case_above_the_headline_is_removed(label):
    raw = page(label, HEADLINE, PARA_1, PARA_2, PARA_3)
    assert removed(raw, label) and kept(raw, HEADLINE)


def test_a_short_headline_in_sentence_case_above_its_deck_is_kept():
    raw = page("Ferry talks stall", HEADLINE, PARA_1, PARA_2, PARA_3)
    assert kept(raw, "Ferry talks stall")
