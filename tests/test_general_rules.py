"""Rules stated for any outlet: a transcript's notice by its kind, not one broadcaster's wording."""

from analysis import clean

BODY = (
    "The ministers of the two countries met on Monday in the capital and talked for hours about trade, "
    "the border and what comes next for them.\n\n"
    "They agreed to meet again in the spring and to keep their officials talking in the meantime, both "
    "sides said in statements.\n"
)


def removed(line: str) -> list[str]:
    raw = "Ministers meet\n\n" + line + "\n\n" + BODY
    return [s.text for s in clean.find_boilerplate(raw)]


def test_a_transcript_notice_is_debris_whatever_its_wording():
    assert removed("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.") != []
    assert removed("This is an unedited transcript.") == ["This is an unedited transcript."]
    assert removed("Note: this text may not be in its final form.") != []


def test_a_sentence_about_a_transcript_is_prose():
    assert removed("A raw transcript of the call released on Monday shows the minister said little.") == []


def test_every_nation_adjective_stands_inside_a_speaker_phrase_alike():
    from analysis import quotes

    words = ["Chinese", "American", "Western", "Japanese", "Peruvian", "Norwegian", "Eastern", "Arab"]
    assert all(quotes._np_word(w) for w in words)
    assert all(w in quotes.NOT_NAMES for w in words)  # and none of them makes a person's name
    assert not quotes._np_word("Hemisphere")
