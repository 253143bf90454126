"""Who speaks: actors, and quotes as spans of an article's raw text.

Three kinds of quote are found:

- ``direct``: a full sentence or more in quotation marks, introduced by a
  comma or colon or standing on its own ("…," said Jane Doe); a quotation
  left open at the end of a paragraph that the next paragraph reopens is one
  row per paragraph;
- ``partial``: a phrase in quotation marks inside the reporter's sentence
  (the US is "abusing export controls");
- ``indirect``: a sentence with a reporting verb and a speaker, without a
  direct quote (Jane Doe … said the ministry will surely deny …), and the
  sentences of the same paragraph that carry on what that verb reports. Its
  span is the sentence. A statement made ("said that …", "said the world
  needs …") runs on until a sentence whose own subject speaks; a view held in
  the present ("observers say …") only after "that". An impersonal passive
  ("it is hoped that …"), a body that only holds a view ("China hopes …") and
  a verb in a clause put in front of the main one ("As X has said …, …") carry
  the report before on; a passive with its agent ("was stated by X") is the
  agent's, one without ends the report. A report whose colon closes its
  paragraph goes on through the list items after it ("First, …", "2. …"). A
  sentence that names what talks were about ("the talks focused on …", "X was
  on the agenda") is the participants' report, and an account of a meeting that
  names what it was about ("X met Y on Monday to discuss …",
  `resources/meeting_phrases.csv`) is the report of the one who met. Inside a transcript (labels in
  capitals, in mixed case when a name takes turns, or ending with a full stop
  where the press asks "Q."), a newsmaker's own turn (a label with a title, or
  naming a listed person, or any full name where the transcript marks its staff
  by role, to the next label or clip marker) reports no one; an anchor's or
  correspondent's turn (`resources/transcript_roles.csv`) is the reporter's
  voice, and the label is no part of its sentence.

A speaker is a phrase of the text read by general grammar, not looked up in
a list: a name (a run of capitalised words, with the titles of
`resources/titles.csv` in front of it taken apart: "Pentagon spokesman Brig.
Gen. Pat Ryder" is Pat Ryder, spokesman, of the Pentagon), an unnamed source
or an institution headed by a noun of `resources/speaker_nouns.csv` ("a senior
State Department official", "the foreign ministry"), or a pronoun. A phrase
with a word of `resources/not_names.csv` ("Western Hemisphere") is never a
person. Where it stands:

- right after the closing mark ("…," he said / "…," said X / "…," Doe said /
  "…," X, a professor at Y, said), or in front of the quotation ("X said:",
  "X told reporters: …", "according to X, …", "President X: …");
- for indirect speech, the subject of the reporting verb (an apposition
  such as "Jane Doe, a professor …, said" is skipped over, a relative "…,
  Jane Doe, who urged" takes Jane Doe, "X from/at/of Y" keeps Y as the
  affiliation), an attribution closing the sentence (", the ministry said on
  Monday."), "said X" after a comma, "according to X", "both sides" / "the
  two sides" for a joint readout, two governments as one subject ("US and
  China agree …"), people who "had talks on" a topic, a document's author ("the
  ministry's statement said", "a readout from X said"), a title-case headline
  ("Jane Doe Says …") and a headline that attributes with a colon ("… : White
  House", not a label such as "Source: X"); "X was quoted (by Y) as saying" and
  "Y quoted X as saying" are X's, unless the quotation names X in the third
  person. A person who speaks inside a body's closing attribution ("Jane Doe
  stressed …, the ministry said") is the speaker; a view held there stays the
  body's. A quotation after a colon that no verb attributes is the last person
  the lead names. An unnamed spokesperson is the person the next attribution
  within two sentences names for the first time.

A short form is resolved within the article through a chain of the people it
names: a surname or "Mr Doe" to the fullest name with that word, "he"/"she"
to the speaker of the quote just before or else the first person of the
nearest sentence that names one, "they" to a plural speaker just before,
"the latter" / "the former" to the people of the sentence, "the secretary" /
"the foreign minister" to the last person given that title. A speaker the profile's `actors.csv` lists is written
as its actor id with its group; anyone else is kept by name, with the title
and affiliation the text gives, in the group "unknown". A direct quote with no
attribution that opens its paragraph or follows another quote belongs to the
last speaker; a paragraph left open takes the speaker of the next. A partial
quote with no reporting verb keeps no speaker: scare quotes are nobody's words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from . import paths
from .text import CROSSING_CASE, PLACE_DATELINE, Phrases, sentence_spans


def _table(name: str, columns: tuple[str, ...]) -> list[dict]:
    from .profile import read_table

    return read_table(paths.RESOURCES / name, columns)


def _one_of(strings) -> str:
    """An alternation of `strings`, escaped, written as a tree of shared beginnings ("said|says" →
    "sa(?:id|ys)") so that `re` does not try every string in turn; the longest that fits wins."""
    tree: dict = {}
    for s in strings:
        node = tree
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def _reporting_verbs() -> tuple[str, set[str], set[str], set[str], set[str], set[str], set[str]]:
    """The verbs of `resources/reporting_verbs.csv` as one alternation (longest first), the
    participles among them, those whose report may run on, those whose report runs on after "that"
    only, those that report a view and, among these, those of a belief held, and the plain present forms."""
    rows = _table("reporting_verbs.csv", ("verb", "form", "runs_on", "stance"))
    return (
        _one_of(r["verb"] for r in rows),
        {r["verb"] for r in rows if r["form"] == "participle"},
        {r["verb"] for r in rows if r["runs_on"] == "yes"},
        {r["verb"] for r in rows if r["runs_on"] == "that"},
        {r["verb"] for r in rows if r["stance"] in ("yes", "belief")},
        {r["verb"] for r in rows if r["stance"] == "belief"},
        {r["verb"] for r in rows if r["form"] == "plain"},
    )


CUES, PARTICIPLES, RUNS_ON, RUNS_ON_THAT, STANCE, BELIEFS, PLAIN = _reporting_verbs()
_PARTICIPLE_OR_STANCE = PARTICIPLES | STANCE
CUE = re.compile(rf"\b(?:{CUES})\b")
CUE_ANY_CASE = re.compile(rf"\b(?:{CUES})\b", re.I)  # in a title-case headline ("Jane Doe Says …")
_TITLE_ROWS = _table("titles.csv", ("title", "kind"))
TITLES = {r["title"].lower() for r in _TITLE_ROWS}
HONORIFICS = {r["title"].lower() for r in _TITLE_ROWS if r["kind"] == "honorific"}
TITLES |= {t.rstrip(".") for t in TITLES}
_NOUNS = [(r["noun"].lower(), r["kind"]) for r in _table("speaker_nouns.csv", ("noun", "kind"))]
HEADS = {n: k for n, k in reversed(_NOUNS) if k != "modifier"}  # the first row of a word wins
# nouns that refer back to a named person by the kind of office held ("the top US diplomat")
EPITHETS = {
    r["noun"].lower(): [tuple(o.split()) for o in r["offices"].lower().split("|")]
    for r in _table("epithets.csv", ("noun", "offices"))
}
# bodies and fields by whose head a named person is referred back to ("the head of American diplomacy")
HEADED_BODIES = {
    tuple(r["body"].lower().split()): [tuple(o.split()) for o in r["offices"].lower().split("|")]
    for r in _table("headed_bodies.csv", ("body", "offices"))
}
_HEAD_NOUNS = ("head", "chief")
_DEPUTY_WORDS = {"deputy", "assistant", "under", "vice"}  # an office below the head's
# talks in which a position was taken ("supported the plan in a phone conversation")
_IN_TALKS = re.compile(
    r"\b(?:in|during|at)[ \t]+(?:a|an|the|their|its|his|her)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:conversation|call|talks|meeting|exchange|consultations)\b"
)
_RELATIVE_WORD = re.compile(r"(?<![\w'’-])(?:that|which|who|whom|whose)\b")
_BE_VERB = re.compile(r"(?<![\w'’-])(?:is|are|was|were)\b")
_NAME_SUFFIX = re.compile(r"(?<=[a-z]),?[ \t]+(?:Jr|Sr)\.?,?[ \t]*$")  # ", Jr." after a surname
# talks held with someone: "held talks with", "had a phone call on Monday with", 'held “candid” talks with'
_HELD_TALKS = re.compile(
    r"(?<![\w'’-])(?:held|had)[ \t]+(?:[^\s,;:.]+,?[ \t]+){0,5}?"
    r"(?:talks|discussions|consultations|a[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:call|meeting|conversation|discussion))"
    # what between: a day, the means, a topic ('talks on trade and the war with'), no verb ('talks, then met with')
    r"(?:[ \t]+(?!met\b|meeting\b|\w+ed\b|\w+ing\b)[^\s,;:.“”\"()]+){0,10}?[ \t]+with[ \t]+"
)
# verbs of a position taken, a person's stance when a record closes the sentence ("Doe supported …, the ministry said")
_POSITION = re.compile(rf"(?<![\w'’-])(?:{_one_of(r['verb'] for r in _table('position_verbs.csv', ('verb',)))})\b")
# such a phrase ending a stretch of text: the head, "of", perhaps "the", a nation's capitalised words and the body
_HEAD_OF_END = re.compile(
    rf"(?<![\w'’-])[Tt]he (?:{'|'.join(_HEAD_NOUNS)})( of )(?:the )?(?:[A-Z][\w.'’-]*[ \t]+){{0,3}}"
    rf"(?i:{_one_of(' '.join(b) for b in HEADED_BODIES)})[ \t,]*$"
)
MODIFIERS = {n for n, k in _NOUNS if k == "modifier"}
_HEAD_OR_MODIFIER = set(HEADS) | MODIFIERS
_NOT_NAME_ROWS = _table("not_names.csv", ("word", "kind"))
NOT_NAMES = {r["word"] for r in _NOT_NAME_ROWS}
# adjectives of a nation or region ("Japanese", "Western"): no name, yet part of a speaker phrase
NATION_ADJECTIVES = {r["word"] for r in _NOT_NAME_ROWS if r["kind"] == "adjective"}
_NOT_NAMES_NOR_ADJECTIVES = NOT_NAMES - NATION_ADJECTIVES
FUNCTION_WORDS = {r["word"] for r in _table("function_words.csv", ("word",))}
PARTICLES = {r["particle"] for r in _table("name_particles.csv", ("particle",))}
PRONOUNS = {"he": "person", "she": "person", "it": "institution"}
NEWSROOM_ROLES = {r["role"].lower() for r in _table("transcript_roles.csv", ("role",))}

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# what may stand between a speaker and the reporting verb
AUX = (
    r"(?:(?:[a-z]+ly|flat-out|point-blank|outright|did|does|do|not|never|still|which|who|that|has|have|had|also|immediately|recently|later|earlier|repeatedly|often|always|already|long|continued to|"
    r"however,?|both|himself|herself|itself|themselves|again|previously|separately|then|first|once|further|"
    rf"(?:on|last|this) {_DAY}|in a (?:statement|readout|post|letter|speech|interview)|"
    # "during the meeting", "after their phone call"; not the "and" of a second verb ("… the meeting and signaled")
    r"(?:during|after|before|following) (?:his|her|their|its|the) [a-z]+(?: (?!(?:and|or|but)\b)[a-z]+)?"
    r")\s+)*"
)
_AUX_TAIL = re.compile(rf"\s\s*{AUX}$")  # (a blank first, so that a search skips to the blanks)


def _aux_span(text: str, start: int) -> tuple[int, int]:
    """The auxiliaries and adverbs that end a text before its verb (`AUX` after a blank), searched from `start`: their
    span, or an empty one where the text ends (as the first match of "(?:\\s+AUX)?$" gives them)."""
    end = len(text) - 1 if text.endswith("\n") and len(text) - 1 >= start else len(text)
    m = _AUX_TAIL.search(text, start)
    return m.span() if m else (end, end)


# a sentence adverb set off by a comma, which may open a sentence before its subject and is no speaker
# ("Additionally, ", "However, "); a place dateline before it is `text.PLACE_DATELINE`
_SENTENCE_ADVERB = re.compile(
    r"(?:[A-Z][a-z]+ly|However|Meanwhile|Still|Moreover|Furthermore|Separately|Instead|Also),[ \t]+"
)
# "according to X", "… to a statement from X", "… to a news release published by X": X
# ("as reported by the paper": the participles that cite a source before "by", as "according to" does)
_CITING_PARTICIPLES = ("reported", "stated", "announced", "noted", "quoted", "cited")
ACCORDING = re.compile(
    # "…, per the secretary.", "Per Reuters, …", "Per a readout from X": "per" before a source, not "per cent"; "as
    # per the ministry", "in the words of the envoy", "as reported by the paper"
    rf"(?:\baccording to|\bas per|\bin the words of|\bas (?:{'|'.join(_CITING_PARTICIPLES)}) by|"
    r"(?-i:(?:(?<=, )per|^Per|(?<=\n)Per))(?= (?-i:the [a-z]+[.,]|(?:the )?[A-Z]|(?:a|the) "
    r"(?:[\w-]+ )?(?:statement|readout|release|report|transcript) )))"
    # "… to announcements from X", "… to a news release published by X", "… to comments by X": X
    r" (?:(?:(?:a|an|the) )?(?:[\w-]+ ){0,2}?(?:statements?|readouts?|releases?|reports?|transcripts?|announcements?|comments"
    r"|schedules?|itinerar(?:y|ies))"
    r" (?:(?:published|issued|released|made) )?(?:by|from) )?",
    re.I,
)
# one of which every match holds, lowered
_CITING_WORDS = ("according to", "as per", "in the words of", "per ", *(f"as {p} by" for p in _CITING_PARTICIPLES))
NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b")  # two or three capitalised words (a plain name)
TOKEN = re.compile(r"[A-Za-z][\w'’.-]*|\S")
# the plural nouns of a joint subject ("both sides", "the two leaders", "the two top diplomats")
_JOINT_NOUNS = (
    r"(?:sides|nations|countries|delegations|governments|leaders|ministers|presidents|premiers|secretaries|envoys|"
    r"diplomats|counterparts|chiefs|heads of state|men|women|teams|parties)"
)
_JOINT_PEOPLE = (
    "leaders",
    "presidents",
    "ministers",
    "premiers",
    "secretaries",
    "envoys",
    "diplomats",
    "counterparts",
    "chiefs",
    "heads of state",
    "men",
    "women",
)
_JOINT_OF = rf"(?:[Bb]oth|[Tt]he two)(?: (?:[a-z]+|[A-Z][a-z]+ and [A-Z][a-z]+))? {_JOINT_NOUNS}"
# … and a definite plural of heads with no number ("the presidents agreed …" after a summit of two; not "the
# diplomats said", unnamed sources), and the heads of the two parties ("leaders of the two countries", "the foreign
# ministers of both sides", "representatives of the world's two largest economies")
# the two parties' leaders as a plural ("the presidents") and what the two parties are ("leaders of both countries")
_PAIR_LEADERS = ("presidents", "leaders", "premiers", "heads of state")
_PAIR_PARTIES = ("sides", "countries", "nations", "governments", "parties", "economies", "powers")
_THE_LEADERS = rf"[Tt]he (?:{'|'.join(_PAIR_LEADERS)})"
_JOINT_HEADS = (
    rf"(?:(?:[Tt]he )?(?:[a-z]+ )?(?:{_JOINT_NOUNS}|representatives)|(?i:{_JOINT_NOUNS}|representatives)) of "
    rf"(?:the two|both|the world['’]s two(?: [a-z]+){{0,2}}) (?:{'|'.join(_PAIR_PARTIES)})"
)
_JOINT_ANY = rf"{_JOINT_OF}|{_THE_LEADERS}|{_JOINT_HEADS}"
JOINT = re.compile(rf"^(?:{_JOINT_ANY}|[Tt]he two)$")
# an attribution that closes a sentence: ", the ministry said on Monday."
# (", CNN reported, citing a senior official.": a source named after the attribution keeps it closing)
_RELATIVE_END = re.compile(r",[ \t]+(?:which|who|whom|that)\b[^,;]*$")  # a verb inside a relative clause
_PARTY = re.compile(r",[ \t]+\(?[DRI]-[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?\)?,")  # ", D-N.J.,": party, state
# offices before "and" and a titled name: "State Councilor and Foreign Minister …", "Member of the Political
# Bureau of the Central Committee and Foreign Minister …"
_TITLE_AND = re.compile(r"((?:[A-Z][\w'’-]*|of|the|for)(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|for))*)[ \t]+and[ \t]+$")


def _office_before_and(words: str) -> bool:
    """Is a run of capitalised words an office ("State Councilor", "Director of the Commission"), not a
    titled name ("President Jane Doe")?"""
    toks = words.split()
    if _is_title(toks[-1]):
        return True
    return " of " in words and (_is_title(toks[0]) or toks[0] == "Member")


# (the runs of words taken whole, "{0,70}+": a shorter run leaves only words that neither a comma nor the end
# may follow, so that a failed search does not try each length in turn)
_CLOSING_REST = re.compile(
    r"[^,;:“”\"]{0,70}+(?:,\s+(?:citing|quoting|according to)\s[^,;:“”\"]{1,120}+)?[.!?]?[\s”\"’']*$"
)
# … or a clause with no subject of its own after it ("…, officials said, following hours of talks", "…, she said
# on Monday, speaking in Oslo", "…, they added, particularly around the port"): a participle or a preposition opens it, no new speaker; the attribution closes
# the sentence all the same (though what follows it is no plan that runs on into the next sentence)
_CLOSING_TAIL = re.compile(
    r"[^,;:“”\"]{0,70}?,\s+(?:(?:particularly|especially|notably|mainly|chiefly|largely|mostly|even)\s+)?"
    r"(?:[a-z]+ing|after|before|during|ahead of|amid|despite|in|at|on|around|over|with|without)\s"
    # (a phrase in quotation marks may stand in it: "…, she said, calling the talks “candid”.")
    r"(?:[^;:“”\"]|“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\"){1,160}?[.!?]?[\s”\"’']*$"
)
_DETS = {"the", "a", "an"}
_DETS_OR_POSSESSIVE = _DETS | {"his", "her", "its", "their"}
_JOINS = {"of", "for", "and", "at"}
_JOINS_OR_POSSESSIVE = _JOINS | {"'s", "’s"}


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    role: str
    affiliation: str
    group: str


ACTOR_COLUMNS = ("actor", "variants", "kind", "role", "affiliation", "group")
ACTOR_KINDS = ("person", "institution", "unnamed")


def read_actors(path, groups: set[str] | None = None) -> tuple[dict[str, Actor], Phrases, dict[str, str]]:
    """Actors by name, one pattern matching every variant (longest first), and variant → actor.

    Rows come from a profile's `actors.csv`; a kind or group that is not
    known is a `ProfileError` naming the line and column.
    """
    from .errors import ProfileError
    from .profile import read_table

    actors, variants = {}, {}
    for row in read_table(path, ACTOR_COLUMNS):
        if row["kind"] not in ACTOR_KINDS:
            raise ProfileError(path, row["_line"], "kind", f"{row['kind']!r}: one of {', '.join(ACTOR_KINDS)}")
        if groups is not None and row["group"] not in groups:
            raise ProfileError(path, row["_line"], "group", f"{row['group']!r} is not a group of event.toml")
        actor = Actor(row["actor"], row["kind"], row["role"], row["affiliation"], row["group"])
        actors[actor.name] = actor
        for v in row["variants"].split("|"):
            if v.strip():
                variants[v.strip()] = actor.name
    # every variant, with "the …" also as "The …"; the longest that fits wins
    written = set(variants) | {"The " + v[4:] for v in variants if v.startswith("the ")}
    return actors, Phrases(sorted(written), joiners="-", ignore_case=False), variants


def load_actors(profile=None) -> tuple[dict[str, Actor], re.Pattern, dict[str, str]]:
    """The actors of `profile` (default: the default event profile), as `read_actors` gives them."""
    from .profile import load_profile

    p = profile or load_profile()
    return p.actors, p.actor_pattern, p.variants


_FOLDED: dict[int, tuple[dict, dict]] = {}  # id of a variants table → (the table, its variants case-folded)


def _folded(text: str) -> str:
    return text.replace("’", "'").lower()


def _variant_actor(text: str, variants: dict[str, str]) -> str | None:
    if text in variants:
        return variants[text]
    if text.startswith(("The ", "the ")):
        found = variants.get("the " + text[4:]) or variants.get(text[4:])
        if found:
            return found
    # "China’s foreign ministry" for "China's Foreign Ministry": a name of two words or more, whatever its
    # case and apostrophe (one word such as "the ministry" stays as written)
    body = text[4:] if text.startswith(("The ", "the ")) else text
    if " " not in body:
        return None
    cached = _FOLDED.get(id(variants))
    if cached is None or cached[0] is not variants:
        folded = {}
        for v, a in variants.items():
            key = _folded(v[4:] if v.startswith(("The ", "the ")) else v)
            if " " in key:
                folded.setdefault(key, a)
        cached = _FOLDED[id(variants)] = (variants, folded)
    return cached[1].get(_folded(body))


_MARKS = re.compile(r'[“”"\n]')


def _trimmed_end(text: str, end: int) -> int:
    """`len(text[:end].rstrip())`, without copying the text before `end`."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each double-quoted passage, marks included, within a line.

    A quotation opens at “ or at a straight " when none is open (a later “
    opens it anew) and closes at ” or the next "; a line break ends any. A
    quotation still open at the end of its line whose next paragraph opens
    with a quotation mark runs over several paragraphs, and so does one opened
    with “ of three words or more that its line does not close: its part in
    this paragraph is a passage to the end of the line. A text cut off inside
    its last quotation (three words or more after a “, or a " that opens its
    line, or any words after a “ on the text's last line) ends that quotation.
    """
    return list(_quote_spans(text))


@lru_cache(maxsize=4)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`quote_spans`, found once for the few texts in use at a time (quotes and expectations both read
    an article's quotations)."""
    spans, open_at = [], None
    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            after = _NEXT_TEXT.match(text, i).end()  # the next character that is not white space
            reopened = text[after : after + 1] in ("“", '"')
            curly = open_at is not None and text[open_at] == "“" and len(text[open_at:i].split()) >= 3
            if open_at is not None and (reopened or curly):
                end = _trimmed_end(text, i)
                if end - open_at > 1:
                    spans.append((open_at, end))
            open_at = None
        elif ch == "“":
            open_at = i
        elif ch == "”":
            if open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
        elif open_at is None:
            open_at = i
        else:
            spans.append((open_at, i + 1))
            open_at = None
    # a text cut off inside its last quotation: three words or more, or with “ any words on the last line
    last_line = open_at is not None and text[open_at] == "“" and "\n" not in text[open_at:].rstrip()
    line_start = text.rfind("\n", 0, open_at) + 1 if open_at is not None else 0
    # … and a straight mark inside the text's last line that opens a word after a blank, its line's marks before it
    # all paired ('the ministry said they held "candid, s'): no inch sign, no closing mark
    opens_word = (
        open_at is not None
        and text[open_at] == '"'
        and "\n" not in text[open_at:].rstrip()
        and open_at > line_start
        and text[open_at - 1] in " \t"
        and text[open_at + 1 : open_at + 2].isalpha()
        and text.count('"', line_start, open_at) % 2 == 0
    )
    if opens_word or (
        open_at is not None and (len(text[open_at:].split()) >= 3 or (last_line and text[open_at + 1 :].strip()))
    ):
        opens_line = text[line_start:open_at].strip() == ""
        if text[open_at] == "“" or opens_line or opens_word:
            spans.append((open_at, _trimmed_end(text, len(text))))
    return tuple(spans)


# a single-quoted phrase: an opening mark not right after a letter or mark (the
# look-behind checks the character before the mark, once the mark is found)
# mark, a comma or a full stop may close the phrase inside the marks ('is toxic for all,' Doe said)
_SINGLE = re.compile(r"['‘](?<![\w’'].)([A-Za-z][^'’\n]{0,60}?[A-Za-z][,.!?]?)['’](?![\w])")


# a longer passage in curly single marks (‘We are ready,’ she said): an apostrophe is a ’ before a letter
_SINGLE_LONG = re.compile(
    r"‘(?<![\w’'].)[A-Z(](?:[^‘’“”\"\n]|’(?=[a-z]))+?[^\s‘]’(?![a-z])"
    r"|'(?<![\w’'].)[A-Z(](?:[^'‘’“”\"\n]|'(?=[a-z]))+?[^\s']'(?![a-z])"
)


def scare_spans(text: str, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted phrases ('core interests') and passages (‘We are ready,’ she said) outside double quotes."""
    out = [m.span() for m in _SINGLE.finditer(text)]
    out += [m.span() for m in _SINGLE_LONG.finditer(text) if not any(s <= m.start() < e for s, e in out)]
    return sorted((a, b) for a, b in out if not any(s <= a < e for s, e in inside))


_TITLE_CASE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LINE = re.compile(r"[^\n]+")
_NEXT_TEXT = re.compile(r"\s*")
_BULLETS = {"-", "•", "*", "–", "▪", "◦"}
_SO_CALLED = re.compile(r"\b[Ss]o[- ]called\s+$")
_SAID_END = re.compile(r"\b(?:said|says)$")
_PLAIN_CLAUSE = re.compile(r"(?:[ \t]+that)?[ \t]+[A-Za-z][^,;:“”\"()—]{0,100}")  # "said Doe ", "said that the envoy "
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")  # a given name, then a nickname in marks, then the surname
_NAME_AFTER = re.compile(r" [A-Z][a-z]+\b")
_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$")  # 'the "One Norland" policy'
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b(?!\s+(?:to|that)\b)")
# a verb of support or opposition just before a quoted cause it names ('not supporting "Norland independence"')
_CAUSE_BEFORE = re.compile(
    r"\b(?:support|supports|supporting|supported|oppose|opposes|opposing|opposed)\s+(?:any\s+)?$"
)
_ITEM_NUMBER = re.compile(r"\d{1,2}\.")
_NUMBER_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Nos|Art|Vol|pp?)\.$")
_INITIAL_END = re.compile(r"(?:\b[A-Z]\.|(?:[A-Z]\.){2,})$")
_WORD = re.compile(r"[^\s“\"]+")
_CAPITALS_AT = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){0,3}")  # the capitalised words that open a stretch
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])an? $")
_DEFINITE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he $")


def _lines_of(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The non-blank lines of text[s:e], trimmed."""
    out = []
    for m in _LINE.finditer(text, s, e):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


# a full stop after a lowercase word with a capitalised word right after it and no space between: two
# sentences glued where a page lost its paragraph break ("… from Beijing.Doe noted …"); not "U.S.Army",
# "Ph.D", "e.g.The" (one letter before the stop)
_GLUED = re.compile(r"[.?!](?<=[a-z][a-z].)(?=[A-Z][a-z])")  # (the stop first: a search skips to it)


def _sentences(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans that never split inside a quotation or after a title, nor after an initial
    ("R. Jane Doe") or an initialism that a title or a lowercase word follows ("U.S. President"),
    and never run over a line break (a quotation closed after its full stop ends its paragraph too)."""
    out = []
    spans = sentence_spans(text, protected=quotes, abbreviations=True)
    if any(text.find("\n", s, e) >= 0 for s, e in spans):
        spans = [(a, b) for s, e in spans for a, b in _lines_of(text, s, e)]
    glued = [m.end() for m in _GLUED.finditer(text)]  # "… from Beijing.Doe noted …": a paragraph break lost
    if glued:
        starts = [q for q, _ in quotes]
        reach = list(accumulate((e for _, e in quotes), max))
        opened = [bisect_right(starts, g - 1) - 1 for g in glued]  # the last quotation opened before each
        cuts = [g for g, k in zip(glued, opened) if k < 0 or g >= reach[k]]
        spans = [
            (a, b)
            for s, e in spans
            for a, b in zip([s, *(g for g in cuts if s < g < e)], [*(g for g in cuts if s < g < e), e])
        ]
    for s, e in spans:
        if out and text[out[-1][1] : s].strip() == "" and "\n" not in text[out[-1][1] : s]:
            m = _INITIAL_END.search(text, max(out[-1][0], out[-1][1] - 5), out[-1][1])
            w = _WORD.search(text, s, e)
            nxt = w.group().rstrip(".,") if w else ""
            single = bool(m) and len(m.group()) == 2
            # "a U.S. Air Force jet": an initialism after "a" or "an" qualifies the noun that follows
            article = bool(m) and _INDEFINITE_BEFORE.search(text, max(out[-1][0], m.start() - 4), m.start())
            # "… Protecting U.S. Economic Interests": a headline, a line with no full stop at its end, goes on
            line_end = text.find("\n", s)
            headline = bool(m) and not text[s : line_end if line_end >= 0 else len(text)].rstrip().endswith(
                (".", "?", "!")
            )
            # "with U.S. Treasury Secretary Jane Doe", "the U.S. State Department said": an initialism before a run
            # of capitals that holds a title or names a body (not "… with the U.S. The President said …": a run
            # opened by a function word opens a sentence)
            run = _CAPITALS_AT.match(text, s, e).group().split() if m else []
            office = (
                bool(run)
                and run[0].lower() not in FUNCTION_WORDS
                and any(_is_title(w.rstrip(",")) or HEADS.get(_word(w.rstrip(","))) == "institution" for w in run)
            )
            # … and "the U.S. Joint Chiefs of Staff": after "the", an initialism before two capitalised words or more
            definite = (
                bool(m)
                and len(run) >= 2
                and run[0].lower() not in FUNCTION_WORDS
                and _DEFINITE_BEFORE.search(text, max(out[-1][0], m.start() - 4), m.start())
            )
            if (
                m
                and nxt
                and (single or article or definite or headline or office or nxt[0].islower() or _is_title(nxt))
            ):
                out[-1] = (out[-1][0], e)
                continue
            if (nxt[:1].isdigit() and _NUMBER_BEFORE.search(text, max(out[-1][0], out[-1][1] - 6), out[-1][1])) or (
                out[-1][1] - out[-1][0] <= 3 and _ITEM_NUMBER.fullmatch(text, out[-1][0], out[-1][1])
            ):
                out[-1] = (out[-1][0], e)  # "Nov. 14-17", "No. 2", and "2. …" opening a list item
                continue
        out.append((s, e))
    return out


# --- speaker phrases -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Speaker:
    name: str  # as written out: the fullest name, an actor id, or the phrase without its article
    kind: str  # person, institution, anonymous, unknown
    title: str = ""
    affiliation: str = ""
    actor: str | None = None


# the word functions below are asked about the same words again and again (a word's answer never changes)
_WORDS_KEPT = 1 << 14


@lru_cache(maxsize=_WORDS_KEPT)
def _word(tok: str) -> str:
    return tok.lower().rstrip(".") if len(tok) > 2 else tok.lower()


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


@lru_cache(maxsize=_WORDS_KEPT)
def _is_title(tok: str) -> bool:
    return tok.lower() in TITLES or _word(tok) in TITLES


def _spells(initials: str, words: list[str]) -> bool:
    """Do two or more capitalised words spell an initialism, each giving its first letter and perhaps more of
    its letters in order ("China Central Television" CCTV)? "of", "for", "the", "and" give none."""
    letters = initials.replace(".", "").lower()
    words = [w.lower() for w in words if w.lower() not in ("of", "for", "the", "and")]

    def fit(i: int, j: int) -> bool:  # letters[i:] spelled by words[j:]
        if j == len(words):
            return i == len(letters)
        w = words[j]
        if i >= len(letters) or w[:1] != letters[i]:
            return False
        i, at = i + 1, 1
        while True:
            if fit(i, j + 1):
                return True
            if i >= len(letters):
                return False
            at = w.find(letters[i], at) + 1
            if at == 0:
                return False
            i += 1

    return len(words) >= 2 and fit(0, 0)


@lru_cache(maxsize=_WORDS_KEPT)
def _np_word(tok: str) -> bool:
    """A word that may stand inside a speaker phrase."""
    if tok in PARTICLES:
        return True
    low = _word(tok)
    if low.endswith(("'s", "’s")):  # "the prime minister's office"
        low = low[:-2]
    return (_is_cap(tok) and tok not in _NOT_NAMES_NOR_ADJECTIVES) or (
        low in HEADS or low in MODIFIERS or low in TITLES or low in _JOINS or tok in ("'s", "’s")
    )


def _title_case(text: str) -> bool:
    """A name or a headline: its first word and four in five of its words of four letters or more
    (two at least) capitalised ("Face the Nation", "Bilateral Meetings with …")."""
    words = _TITLE_CASE_WORD.findall(text)
    long = [w for w in words if len(w) > 3]
    return len(long) >= 2 and words[0][0].isupper() and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _surname_between(before: str, word: str, after: str) -> bool:
    """A word that is no name elsewhere is a surname between a title and a capitalised given name
    ("Vice Premier He Lan")."""
    return word in NOT_NAMES and _is_title(before) and _is_cap(after) and after not in NOT_NAMES


def _given_after(before2: str, before: str, word: str) -> bool:
    """A word that is no name elsewhere is a given name after a title and a capitalised surname ("Vice Premier
    Liu He")."""
    return (
        word in NOT_NAMES
        and _is_cap(word)
        and _is_title(before2)
        and _is_cap(before)
        and not _is_title(before)
        and before not in NOT_NAMES
    )


def _name_run(toks: list[str]) -> int:
    """Index where the personal name at the end of a phrase's words begins (len(toks) if none)."""
    i = len(toks)
    while i > 0 and len(toks) - i < 4:
        t = toks[i - 1]
        if t in PARTICLES and i < len(toks) and i > 1 and (_is_cap(toks[i - 2]) or toks[i - 2] in PARTICLES):
            i -= 1  # "Henk de Vries"
            continue
        surname = t in NOT_NAMES and (
            _surname_between(toks[i - 2] if i > 1 else "", t, toks[i] if i < len(toks) else "")
            or (i == len(toks) and i > 2 and _given_after(toks[i - 3], toks[i - 2], t))
        )
        if (
            not _is_cap(t)
            or _is_title(t)
            or (t in NOT_NAMES and not surname)
            or _word(t) in HEADS
            or t.endswith(("'s", "’s"))
        ):
            break
        if i > 1 and toks[i - 2] in ("of", "for"):  # "Secretary of State", "Envoy for Climate"
            break
        if i > 2 and toks[i - 2] == "the" and toks[i - 3] in ("of", "for"):  # "Secretary of the Treasury"
            break
        if _INITIALISM.fullmatch(t):  # U.S., PRC: an initialism is no name
            break
        if i < len(toks) and t.endswith(".") and len(t) > 2:  # "Sunday. Jane Doe": a sentence ended
            break
        i -= 1
    return i


class Extractor:
    """Quote extraction over one article's masked text (offsets index raw)."""

    def __init__(self, masked: str, profile=None):
        self.text = masked
        self.actors, self.pattern, self.variants = load_actors(profile)
        self.quotes, self.scare, self.sentences, self.mentions = _layout(masked, self.pattern)
        self.mention_at_end = {b: (a, t) for a, b, t in self.mentions}
        self.sentence_starts = [s for s, _ in self.sentences]
        self.quote_starts = [s for s, _ in self.quotes]
        self.scare_starts = [s for s, _ in self.scare]
        self.quote_reach = list(accumulate((e for _, e in self.quotes), max))
        self.quote_opening = {e: s for s, e in self.quotes}
        self.rows: list[dict] = []
        self.chain: list[tuple[int, str, str]] = []  # (position, full name, title), people in text order
        self.cue_matches: list[re.Match] = []
        self.cue_starts: list[int] = []
        self.impersonal: list[tuple[int, int]] = []  # sentences of "it is hoped that …" with no report before
        self.talks: tuple[list[re.Match], list[int]] = ([], [])  # "had talks on …", found in extract()
        self.impersonal_at: tuple[list[re.Match], list[int]] = ([], [])  # "it is hoped that …"
        self.topics = False  # may a sentence name what talks were about ("the talks focused on …")?
        self.label_ends: dict[int, int] = {}  # where a transcript's label opens a line → where its words begin
        self.titled: list[tuple[int, str, str, str]] = []  # (position, name, title, affiliation) of a titled mention
        self.spelled: dict[str, list[tuple[int, str]]] = {}  # initialism → (position, words that spell it)
        self.capruns: list[tuple[int, list[str]]] = []  # runs of capitalised words outside quotations, found once
        # sentence start -> the record that tells of talks two people held ("Doe held talks with Roe, the ministry said")
        self.talks_told: dict[int, Speaker] = {}
        self.predicated: set[int] = set()  # quoted phrases that are what their sentence's subject would do or is

    def _in_quote(self, pos: int) -> bool:
        k = bisect_right(self.quote_starts, pos - 1) - 1  # the last quotation opening before pos
        return k >= 0 and pos < self.quote_reach[k]

    def _cues(self, start: int, end: int, any_case: bool = False) -> list[re.Match]:
        """The reporting verbs outside quotations between two offsets (found once per text)."""
        if any_case:
            return [c for c in CUE_ANY_CASE.finditer(self.text, start, end) if not self._in_quote(c.start())]
        found = self.cue_matches
        return found[bisect_left(self.cue_starts, start) : bisect_left(self.cue_starts, end)]

    def _citations(self, start: int, end: int):
        """The matches of `ACCORDING` between two offsets; none without one of its words there, a string search
        that spares most sentences the search (letters that `re` reads as "i" or "s" regardless of case but that do
        not lower to them let the search run)."""
        stretch = self.text[start:end]
        low = stretch.lower()
        if any(w in low for w in _CITING_WORDS) or any(c in stretch for c in CROSSING_CASE):
            return ACCORDING.finditer(self.text, start, end)
        return ()

    def _outside(self, *patterns: re.Pattern) -> tuple[list[re.Match], list[int]]:
        """The matches of patterns outside quotations, found once per text, with their starts, in order."""
        found = [m for p in patterns for m in p.finditer(self.text) if not self._in_quote(m.start())]
        if len(patterns) > 1:
            found.sort(key=lambda m: m.start())
        return found, [m.start() for m in found]

    @staticmethod
    def _found(matches: tuple[list[re.Match], list[int]], s: int, e: int) -> re.Match | None:
        """The first of `matches` that starts in [s, e) and ends by e."""
        found, starts = matches
        k = bisect_left(starts, s)
        return found[k] if k < len(starts) and starts[k] < e and found[k].end() <= e else None

    @staticmethod
    def _has(starts: list[int], s: int, e: int) -> bool:
        """Does a sorted list of offsets hold one in [s, e)?"""
        k = bisect_left(starts, s)
        return k < len(starts) and starts[k] < e

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[k] if k >= 0 and pos < self.sentences[k][1] else (pos, pos)

    def _line_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    def _line_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return len(self.text) if end < 0 else end

    # --- the chain of people named ---------------------------------------------------------------------------

    def _build_chain(self) -> None:
        for a, b, _ in self.mentions:
            name = _variant_actor(self.text[a:b], self.variants)
            if name and self.actors[name].kind == "person":
                insort(self.chain, (a, name, self.actors[name].role))
        for m in _CAPRUN.finditer(self.text):
            words = m.group().split()
            if self._in_quote(m.start()):
                continue
            self.capruns.append((m.start(), words))
            if words[0] == "Per" and ACCORDING.match(self.text, m.start()):
                continue  # "Per Reuters, …" names no one called Per
            stop = next(  # "… Premier Jane Doe. Li said": a full stop ends the run with its sentence
                (
                    k
                    for k, w in enumerate(words[:-1])
                    if w.endswith(".") and len(w) > 3 and not _is_title(w) and not _INITIALISM.fullmatch(w)
                ),
                None,
            )
            if stop is not None:
                words = words[: stop + 1]
                end = m.start() + len(" ".join(words)) - 1  # the run's words are one blank apart
                m = (
                    _CAPRUN.match(self.text, m.start(), end)
                    if self.text[m.start() : end] == " ".join(words)[:-1]
                    else None
                )
                if m is None:
                    continue
                words = m.group().split()
            verb = next((k for k, w in enumerate(words[1:], 1) if w != "Said" and CUE_ANY_CASE.fullmatch(w)), None)
            if verb and self._titled_line(m.start()):  # "Doe Praises Roe": a title-case headline's verb ends the name
                m = _CAPRUN.match(self.text, m.start(), m.start() + len(" ".join(words[:verb])))
                if m is None:
                    continue
                words = m.group().split()
            before = _TITLE_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
            titled = before or any(_is_title(w) for w in words)
            if not (
                titled
                or self._apposition(m.end())
                or _SPEAKS_AFTER.match(self.text, m.end())
                or _SPEAKS_BEFORE.search(self.text, max(0, m.start() - 12), m.start())
            ):
                continue
            sp = self._parse(m.start(), m.end(), resolve=False)
            if sp and sp.kind == "person" and before and not sp.title:
                sp = replace(sp, title=before.group().strip())
            if sp and sp.kind == "person":
                title = f"{sp.affiliation} {sp.title}".strip() or self._apposition(m.end())
                insort(self.chain, (m.start(), sp.name, title))
                office, affiliation = (sp.title, sp.affiliation) if sp.title else (self._apposition(m.end()), "")
                joined = None
                if sp.title and self.text.endswith(" and ", 0, m.start()):
                    joined = _TITLE_AND.search(self.text, max(0, m.start() - 120), m.start())
                if joined and _office_before_and(joined[1]):
                    # "State Councilor and Foreign Minister Li Wei": both offices are his
                    office, affiliation = f"{joined[1]} and {affiliation} {office}".replace("  ", " "), ""
                if office or affiliation:
                    self.titled.append((m.start(), sp.name, office, affiliation))

    def _apposition(self, end: int) -> str:
        """The description after a name: "Jane Doe, a professor at Y," → "a professor at Y"."""
        m = _APPOSITION.match(self.text, end)
        if m:
            # "In an interview with Jane Doe, the minister said …": a clause with its own verb of saying, no
            # description of the name before it (a relative clause inside one is: "the envoy who said …")
            if self._clause_of_saying(m.group(1)):
                return ""
            return m.group(1)
        # without an article: "Jane Doe, research fellow at Y," "…, managing director of Z" (an office or a
        # speaker noun among the words before "at" / "of")
        m = _BARE_APPOSITION.match(self.text, end)
        if m and any(_is_title(w) or _word(w) in HEADS for w in m[2].split()):
            return m.group(1)
        return ""

    @staticmethod
    def _clause_of_saying(words: str) -> bool:
        """Do the words after a name's comma hold a verb of saying of their own, outside a relative clause ("the
        minister said the deal was fair", not "the envoy who said no" nor "the author of several reports")?"""
        for verb in CUE.finditer(words):
            before = words[: verb.start()].split()
            if _RELATIVE_WORD.search(words, 0, verb.start()):
                return False
            if not before or before[-1].lower() in FUNCTION_WORDS or before[-1].lower() in _DETS_OR_POSSESSIVE:
                continue  # "of several reports", "his comments": a noun
            if verb.group().endswith("s") and not _THAT.match(words, verb.end()):
                continue  # "recent reports", "the calls": a plural noun as likely as a verb
            return True
        return False

    def _full_name(self, word: str, pos: int) -> str | None:
        """The fullest name of the chain with `word` as its first or last word, the nearest before `pos` first."""
        best = None
        for p, name, _ in self.chain:
            toks = name.split()
            if len(toks) > 1 and word in (toks[0], toks[-1]):
                if p < pos or best is None:
                    best = name
        if best is None and word[:1].isupper():  # a name the text gave in full with nothing beside it
            given = re.compile(rf"(?<![\w.'’-])((?:[A-Z][a-z][\w'’-]* ){{1,2}}){re.escape(word)}(?![\w'’-])")
            for m in given.finditer(self.text, 0, pos):
                first = m[1].split()
                if not any(
                    _is_title(w) or w in NOT_NAMES or _word(w) in HEADS for w in first
                ) and not self._titled_line(m.start()):
                    best = m.group()
        if best is None and word[:1].isupper():  # a family name written first ("Wang Yi met …", then "Wang said")
            given = re.compile(rf"(?<![\w.'’-]){re.escape(word)} ([A-Z][a-z][\w'’-]*)(?![\w'’-]| [A-Z])")
            for m in given.finditer(self.text, 0, pos):
                w = m[1]
                if not (
                    _is_title(w)
                    or w in NOT_NAMES
                    or _word(w) in HEADS
                    or w.lower() in FUNCTION_WORDS
                    or CUE_ANY_CASE.fullmatch(w)
                    or self._in_quote(m.start())
                    or self._titled_line(m.start())
                ):
                    best = m.group()
        return best

    def _titled_line(self, pos: int) -> bool:
        """Is the line at pos a headline in title case, where capitalised words next to each other ("Doe Urges Roe",
        "Norland Productive") are no evidence of a name?"""
        start = self._line_start(pos)
        return self._heading(start, self._line_end(start))

    def _named_next(self, pos: int) -> str | None:
        """A lead that gives a country's office before its holder ("China's foreign minister believes … . Wang
        Yi met …"): the full name that opens one of the next two sentences, where nothing is reported and the
        text gives that person no other title."""
        k = bisect_right(self.sentence_starts, pos)
        for s, e in self.sentences[k : k + 2]:
            m = _NAME_WORD.match(self.text, s, e)
            if not m or len(m.group().split()) < 2 or self._has(self.cue_starts, s, e):
                continue
            sp = self._parse(*m.span(), resolve=False)
            if sp and sp.kind == "person" and not sp.title and not any(n == sp.name and t for _, n, t in self.chain):
                return sp.name
        return None

    def _titled(self, words: list[str], pos: int) -> str | None:
        """The last person before `pos` the text (or the actor list) gives all of `words` as a title
        ("the foreign minister"), else the last with its head ("minister")."""
        for want in (_office_set(words), _office_set(words[-1:])):
            for p, name, t in reversed(self.chain):
                if p < pos and want <= _office_set(_TITLE_WORDS.findall(t.lower())):
                    return name
        # a lead that names the office before the person ("China's foreign minister said … . Jane Doe, …"):
        # the first person the text gives the whole title after it
        for p, name, t in self.chain:
            if p > pos and _office_set(words) <= _office_set(_TITLE_WORDS.findall(t.lower())):
                return name
        return None

    def _office_words(self, name: str, around: bool = True) -> set[str]:
        """The words of every title and affiliation the text or the actor list gives a person (with the words
        just before a titled mention, unless `around` is false: "Valdoria Foreign Ministry spokesperson Jane
        Doe")."""
        found = [
            f"{self.text[max(self._line_start(p), p - 60) : p] if around else ''} {t}"
            for p, n, t in self.chain
            if n == name
        ]
        found += [f"{t} {a}" for _, n, t, a in self.titled if n == name]
        actor = self.actors.get(name)
        if actor:
            found += [actor.role, actor.affiliation]
        return set(_TITLE_WORDS.findall(" ".join(found).replace(".", "").lower()))

    # --- reading a phrase as a speaker ----------------------------------------------------------------------

    def _tokens(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(self.text, start, end)]

    def _tail_np(self, start: int, end: int) -> tuple[int, int] | None:
        """The speaker phrase that ends a stretch of text (its words back to the first that cannot belong)."""
        near = max(start, end - 60)  # both phrases are short: only the end of the stretch is searched
        head_of = _HEAD_OF_END.search(self.text, near, end) if "of " in self.text[near:end] else None
        if head_of and self._head_of(head_of.start(), *head_of.span(1), end):  # "the head of American diplomacy said"
            return head_of.start(), end - len(self.text[near:end]) + len(self.text[near:end].rstrip(", \t"))
        familiar = _FAMILIAR_END.search(self.text, near, end)  # "people familiar with the matter said"
        if familiar:
            np = self._tail_np(start, familiar.start())
            return (np[0], familiar.end()) if np else None
        joint = _JOINT_END.search(self.text, near, end)  # "the two ministers", "both sides"
        if joint is None and self.text[near:end].rstrip(", \t\n").endswith(_JOINT_MORE_LAST):
            joint = _JOINT_MORE_END.search(self.text, near, end)  # "the presidents", "leaders of both countries"
        if joint:
            return joint.start(1), joint.end(1)
        toks = self._tokens(start, end)
        while toks and toks[-1][2] in (",", "."):
            toks.pop()
        if (
            toks
            and toks[-1][2].lower() in _PRONOUN_WORDS
            and not (  # not "Vice Premier Liu He"
                len(toks) > 2 and _given_after(toks[-3][2], toks[-2][2], toks[-1][2])
            )
        ):
            return toks[-1][0], toks[-1][1]
        if len(toks) > 1 and toks[-2][2].lower() == "the" and toks[-1][2] in ("latter", "former"):
            return toks[-2][0], toks[-1][1]
        i = len(toks)
        while i > 0:
            t = toks[i - 1][2]
            if t.lower() in _DETS:
                if (
                    i > 2
                    and toks[i - 2][2] == "and"
                    and (_is_cap(toks[i - 3][2]) or HEADS.get(_word(toks[i - 3][2])) == "institution")
                    and _is_cap(toks[i][2] if i < len(toks) else "")
                ):
                    # "Valdoria and the United States", "the foreign ministry and the State Department": both, the
                    # article inside
                    i -= 1
                    continue
                i -= 1
                break
            if (
                not _np_word(t)
                and not _surname_between(toks[i - 2][2] if i > 1 else "", t, toks[i][2] if i < len(toks) else "")
                and not (i == len(toks) and i > 2 and _given_after(toks[i - 3][2], toks[i - 2][2], t))
            ):
                break
            i -= 1
        while i < len(toks) and toks[i][2] in _JOINS:
            i += 1
        while i < len(toks) - 1 and toks[i][2] in _SUBORDINATORS:
            i += 1  # "As Jane Doe put it": the subordinator is no part of the name
        if i >= len(toks):
            return None
        if i > 0 and toks[i - 1][2] == "of" and JOINT.match(self.text[toks[i][0] : toks[-1][1]]):
            return None  # "one of the two leaders": not both
        # common nouns in front of a speaker noun that opens its clause: "union leaders", "the port authority"
        k = i
        while (
            k > 0
            and i - k < 2
            and toks[k - 1][2].isalpha()
            and toks[k - 1][2].islower()
            and toks[k - 1][2] not in FUNCTION_WORDS  # "according to two people": not a noun
        ):
            k -= 1
        if k < i and _word(toks[i][2]) in _HEAD_OR_MODIFIER and (k == 0 or toks[k - 1][2].lower() in _DETS):
            i = k - 1 if k > 0 else k
        return toks[i][0], toks[-1][1]

    def _head_np(self, start: int, end: int) -> tuple[int, int] | None:
        """The speaker phrase that opens a stretch of text ("said [a senior official], who …"); a dateline or a
        sentence adverb before it ("WASHINGTON (AP) — ", "Additionally, ") is passed over."""
        dateline = PLACE_DATELINE.match(self.text, start, end)
        if dateline:
            start = dateline.end() - 1
        adverb = _SENTENCE_ADVERB.match(self.text, start, end)
        if adverb:
            start = adverb.end()
        line_end = self.text.find("\n", start, end)
        stop = end if line_end < 0 else line_end
        comma = self.text.find(",", start, stop)  # the phrase ends at its first comma at the latest: no word after
        toks = self._tokens(start, stop if comma < 0 else comma + 1)  # it is read
        # a pronoun, not the first word of a name ("He Lan")
        if toks and toks[0][2].lower() in _PRONOUN_WORDS and not (len(toks) > 1 and _is_cap(toks[1][2])):
            return toks[0][0], toks[0][1]
        j = 0
        if toks and toks[0][2].lower() in _DETS_OR_POSSESSIVE:  # "the officials", "his hosts"
            j = 1
        k = j  # common nouns in front of a speaker noun: "port officials", "union leaders"
        while (
            k < len(toks) and k - j < 2 and toks[k][2].isalpha() and toks[k][2].islower() and not _np_word(toks[k][2])
        ):
            k += 1
        if j < k < len(toks) and _word(toks[k][2]) in HEADS:
            j = k
        while (
            j < len(toks)
            and (
                _np_word(toks[j][2])
                or _surname_between(
                    toks[j - 1][2] if j else "", toks[j][2], toks[j + 1][2] if j + 1 < len(toks) else ""
                )
                or (j > 1 and _given_after(toks[j - 2][2], toks[j - 1][2], toks[j][2]))
                # "a spokesperson for the Treasury": an article after "of" or "for" before a capital
                or (
                    toks[j][2] == "the"
                    and j > 0
                    and toks[j - 1][2] in ("of", "for")
                    and j + 1 < len(toks)
                    and _is_cap(toks[j + 1][2])
                )
            )
            and toks[j][2] not in (",", ".")
        ):
            j += 1
            t = toks[j - 1][2]
            if t.endswith(".") and len(t) > 3 and not _is_title(t) and not _INITIALISM.fullmatch(t):
                break  # a full stop ends the sentence ("U.S." does not)
        while j > 0 and toks[j - 1][2] in _JOINS_OR_POSSESSIVE:
            j -= 1
        if j == 0 or (j == 1 and toks[0][2].lower() in _DETS_OR_POSSESSIVE):
            return None
        familiar = _FAMILIAR.match(self.text, toks[j - 1][1])  # "people familiar with the matter"
        return toks[0][0], familiar.end() if familiar else toks[j - 1][1]

    def _parse(self, start: int, end: int, resolve: bool = True, the: bool = False) -> Speaker | None:
        """A speaker phrase read: a name (with its title and affiliation), an institution, an unnamed source."""
        text = self.text[start:end].strip().rstrip(",")
        if text.endswith(".") and not (text.endswith(".,") or _INITIAL_END.search(text, len(text) - 6)):
            text = text.rstrip(".,")  # a full stop, not the last of an initialism ("the U.S.")
        if not text:
            return None
        low = text.lower()
        if low in PRONOUNS:
            return self._pronoun(start, low) if resolve else None
        if low == "they":
            return self._plural(start) if resolve else None
        if low in ("the latter", "the former"):
            return self._one_of_two(start, low == "the latter") if resolve else None
        one = _ONE_OF.match(self.text, start, end)
        if one:  # "one of the senior officials", "another official": one of a group, the group as described
            return self._one_of_group(one.end(), end, resolve)
        if JOINT.match(text):
            # people ("the two leaders", "both presidents", "the two men") are the two people named just before;
            # a body's side ("both sides", "the two countries") is no one's name
            pair = self._pair_named_before(start) if resolve and low.endswith(_JOINT_PEOPLE) else None
            return Speaker(pair, "person") if pair else Speaker("both sides", "anonymous")
        if _FAMILIAR.search(text):
            return Speaker(_LEADING_DET.sub("", text), "anonymous")
        actor = _variant_actor(text, self.variants)
        held = _HOLDER_AFTER_BODY.search(text) if actor is None else None
        if held and not any(w in NOT_NAMES for w in held[2].split()):
            # "the deputy head of the press service of the Norland Foreign Office Lena Roth": a translation's
            # office, its body and then the holder's name, with no comma between
            office = text[: held.start(2)].strip()
            return Speaker(held[2], "person", _LEADING_DET.sub("", office), "", self._actor_of(held[2]))
        both = _AND.search(self.text, start, end)
        if both and actor is None:  # "Jane Doe and John Roe", "U.S. and Chinese officials"
            # "the secretary and (the) foreign minister": the article is shared
            shared = self.text[start:end].lstrip().lower().startswith("the ")
            left, right = self._parse(start, both.start(), resolve), self._parse(both.end(), end, resolve, shared)
            if left and right and left.kind == right.kind == "person":
                return Speaker(f"{left.name} and {right.name}", "person")
            pair = {left.kind, right.kind} if left and right else set()
            plural = HEADS.get(_word(text.split()[-1])) == "anonymous"  # "U.S. and Chinese officials"
            if "institution" in pair and pair <= {"institution", "unknown"} and left.name != right.name and not plural:
                return Speaker("both sides", "institution")  # "US and China agree …": the two governments
            if right and right.kind != "person":
                return Speaker(_LEADING_DET.sub("", text), right.kind)
        of = _OF.search(self.text, start, end)
        if of and HEADS.get(_word((self.text[start : of.start()].split() or [""])[-1])) == "document":
            # "a readout from the ministry", "the statement by Jane Doe": the author; "a readout of the call": none
            author = self._parse(of.end(), end, resolve) if self.text[of.start() : of.end()].strip() != "of" else None
            return author or self._parse(start, of.start(), resolve)
        held = self._head_of(start, *of.span(), end) if of and resolve else None
        if held:  # "the head of American diplomacy said": the holder of the office named before
            return held
        if of:  # "Jane Doe of Northfield Bank", "a senior official at the port"
            left = self._parse(start, of.start(), resolve)
            if (
                left
                and left.kind in ("person", "unknown", "anonymous")
                # "Secretary of State" is one office; "a spokesperson for the Treasury" speaks for a body
                and (not _is_title(self.text[: of.start()].rsplit(None, 1)[-1]) or left.name.split()[-1] in _SPOKES)
            ):
                rest = self.text[of.end() : end].strip().rstrip(".,")
                return replace(left, kind="person" if left.kind == "unknown" else left.kind, affiliation=rest)
        toks = TOKEN.findall(text)
        body = toks[1:] if toks and toks[0].lower() in _DETS else toks
        if not body:
            return None
        definite = the or toks[0].lower() == "the"
        k = _name_run(body)
        named = k < len(body)
        if actor is None and not both:  # an actor the phrase ends with
            m = self.mention_at_end.get(start + len(self.text[start:end].rstrip().rstrip(".,")))
            if m and m[0] >= start:
                actor = _variant_actor(m[1], self.variants)
        if actor is None and named:
            actor = _variant_actor(" ".join(body[k:]), self.variants)
        if actor:
            a = self.actors[actor]
            kind = {"unnamed": "anonymous"}.get(a.kind, a.kind)
            prefix = " ".join(body[:k]) if named else ""
            # a government named by its term of office ("the Biden administration", "the administration") or a
            # delegation by its side ("the Chinese side") as the text names it, an actor of the list all the same; a
            # capital or a country stands for the actor's name
            term = a.kind == "institution" and not prefix and body[-1].lower() in ("administration", "side")
            # unnamed sources of another kind than the actor's ("Chinese diplomats" listed with "Chinese officials"):
            # as the text names them
            other = a.kind == "unnamed" and _word(body[-1]).rstrip("s") != _word(
                _REMARK.sub("", actor).split()[-1]
            ).rstrip("s")
            name = " ".join(body) if term or other else actor
            return Speaker(name, kind, prefix or a.role, a.affiliation, actor)
        if toks[0].lower() == "the" and len(body) == 1 and body[0] in NATION_ADJECTIVES:
            return Speaker(body[0], "institution")  # "the Chinese say …": a people for its government, as written
        if named and toks[0].lower() == "the" and not any(_is_title(t) for t in body[:k]):
            return Speaker(" ".join(body), "institution")  # "the (US) Treasury", "the Kremlin": no person takes "the"
        if named:
            name, prefix = " ".join(body[k:]), body[:k]
            if len(body) - k == 1:
                full = self._full_name(name, start) if resolve else None
                if full:
                    name = full
                elif not prefix:
                    if resolve and re.search(rf"\b[Tt]he (?:[A-Z][\w.]* )?{re.escape(name)}\b", self.text):
                        return Speaker(name, "institution")  # named elsewhere as "the Treasury"
                    return Speaker(name, "unknown") if resolve else None
            j = 0
            while j < len(prefix) and _is_cap(prefix[j]) and not _is_title(prefix[j]):
                j += 1
            return Speaker(name, "person", " ".join(prefix[j:]), " ".join(prefix[:j]), self._actor_of(name))
        head = _word(body[-1])
        definite = definite or toks[0].endswith(("'s", "’s"))
        # a headline's office without its article: "… after Secretary of State said …"
        definite = definite or (toks[0] is body[0] and _is_title(body[0]) and _is_cap(body[0]) and len(body) > 1)
        # … and a headline's office in sentence case: "Commerce secretary says …", "Foreign minister warns …"
        definite = definite or (
            toks[0] is body[0] and len(body) > 1 and _is_cap(body[0]) and _is_title(body[-1]) and body[-1].islower()
        )
        first_title = next((i for i, t in enumerate(body) if _is_title(t)), len(body))
        if definite and all(  # "the foreign minister", "the U.S. secretary of state", "the Norland minister"
            (i < first_title and _is_cap(t))
            or _is_title(t)
            or _word(t) in MODIFIERS
            or t in NOT_NAMES
            or t.endswith(("'s", "’s"))
            or t in ("of", "for")
            or _INITIALISM.fullmatch(t)
            for i, t in enumerate(body)
        ):
            titles = [_word(t) for t in body if _is_title(t)]
            if titles and resolve:
                words = [_word(t) for t in body if _is_title(t) or _word(t) in MODIFIERS]
                who = self._titled(words[: words.index(titles[-1]) + 1], start)
                # "the Norland State Department spokesperson" is not the Valdorian ministry's spokesperson the text
                # named before: a body of two words or more before the title that shares no word with theirs
                body_words = {_word(t).replace(".", "").lower() for t in body[:first_title] if _is_cap(t)}
                if who and len(body_words) >= 2 and not body_words & self._office_words(who):
                    who = None
                if who and len(body_words) == 1:
                    # "the US president" after "Chinese President Xi …": the last person whose own title has the
                    # nation's word and the office, when the nearest with the office lacks it
                    titled = [
                        (n, set(_TITLE_WORDS.findall(t.replace(".", "").lower())))
                        for p, n, t in self.chain
                        if p < start
                    ]
                    if not any(n == who and body_words <= w for n, w in titled):
                        who = next((n for n, w in reversed(titled) if body_words <= w and titles[-1].lower() in w), who)
                if who is None and toks[0].endswith(("'s", "’s")):
                    who = self._named_next(start)
                if who:
                    return Speaker(who, "person", " ".join(body), "", self._actor_of(who))
            if titles and resolve and _word(body[-1]) in EPITHETS and toks[0].lower() == "the":
                # "the leader said" after "Prime Minister Karl Amsel": an office of the kind the noun names
                who = self._epithet(_word(body[-1]), body, start)
                if who:
                    return Speaker(who, "person", " ".join(body), "", self._actor_of(who))
            if titles:  # "the Secretary of State" with no holder in the text: the office speaks unnamed
                return Speaker(" ".join(body), "anonymous")
        if _INITIALISM.fullmatch(body[-1]) and not _is_title(body[-1]):  # "state broadcaster CCTV", "NATO"
            # in the fullest form the text gives it: "China Central Television …, CCTV said" is China Central Television
            full = self._spelled_out(body[-1], start) if resolve and actor is None else None
            return Speaker(full or body[-1], "institution", " ".join(body[:-1]))
        kind = HEADS.get(head)
        if kind is None:  # "the Department of State", "Ministry of Foreign Affairs"
            kind = next((HEADS[_word(t)] for t, o in zip(body, body[1:]) if o == "of" and _word(t) in HEADS), None)
        if kind == "document":
            owner = next((i for i, t in enumerate(toks) if t.endswith(("'s", "’s"))), None)
            if owner is not None:  # "the ministry's statement", "Norland's readout": its author
                author_end = start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
                author_end = self.text.find(toks[owner], author_end) + len(toks[owner]) - 2
                return self._parse(start, author_end, resolve)
            # "a Senate Democrats press release", "the foreign ministry readout": the author written before it
            lead = [t for t in body[:-1] if HEADS.get(_word(t)) != "document"]
            caps = [t for t in lead if _is_cap(t)]
            words = caps if caps and lead[: len(caps)] == caps else lead
            if lead and HEADS.get(_word(lead[-1])) == "institution":
                words = lead  # "a Chinese foreign ministry statement", "a ministry statement": the ministry
            # "the Japanese readout", "the U.S. readout", "the Norland readout": a nation's or a body's document, as
            # the text names it (the one-word name alone would lose a country that every side shares, "US")
            one_name = len(words) == 1 and body[:1] == words and len(body) == 2 and _is_cap(words[0])
            if one_name and words[0] in NATION_ADJECTIVES:
                return Speaker(" ".join(body), "institution")
            if words and words != body:
                last = self.text.rfind(words[-1], start, end)
                author = self._parse(start, last + len(words[-1]), resolve) if last >= 0 else None
                if author and author.kind == "unknown" and caps:  # "Senate Democrats": a body that writes
                    author = replace(author, kind="institution")
                # in lower case only a body's name ("the foreign ministry"), not "a news release"
                named = caps or HEADS.get(_word(words[-1])) == "institution"
                if named and author and author.kind in ("person", "institution", "anonymous"):
                    return replace(author, name=" ".join(body)) if one_name and author.kind == "institution" else author
            if not resolve:
                return None
            # a document whose author the text gave nowhere before it ("as the official readout put it") speaks itself
            return self._last_institution(start) or Speaker(" ".join(body), "institution")
        if kind == "text":  # "The resolution called for …", "their communiqués made it clear …": the text itself
            return Speaker(" ".join([*(t for t in body[:-1] if _is_cap(t)), body[-1]]), "institution")
        if (
            resolve
            and head in EPITHETS
            and toks[0].lower() == "the"
            and all(_is_cap(t) or _word(t) in MODIFIERS for t in body[:-1])
        ):
            # "the top Valdorian diplomat said": the last person named before who holds such an office
            who = self._epithet(head, body, start)
            if who:
                return Speaker(who, "person", " ".join(body), "", self._actor_of(who))
        if kind or _is_title(body[-1]):
            return Speaker(" ".join(body), kind if kind in ("institution", "anonymous") else "anonymous")
        return None

    def _epithet(self, head: str, body: list[str], pos: int) -> str | None:
        """The last person named before `pos` whose title (in the text or the actor list) is one of the offices
        `head` stands for (`resources/epithets.csv`) and who has every nation or body the phrase names ("the
        top US diplomat": a US secretary of state, not the Chinese foreign minister named after her)."""
        named = _nation_words(
            w for t in body[:-1] if _is_cap(t) for w in _TITLE_WORDS.findall(t.replace(".", "").lower())
        )
        return self._holder(EPITHETS[head], named, pos)

    def _head_of(self, start: int, of_start: int, of_end: int, end: int) -> Speaker | None:
        """ "the head of American diplomacy", "the chief of the Norland Foreign Ministry": the last person named
        before who holds the office that heads the body (`resources/headed_bodies.csv`) for every nation named."""
        lead = self.text[start:of_start].split()
        if len(lead) != 2 or lead[0].lower() != "the" or lead[1].lower() not in _HEAD_NOUNS:
            return None
        rest = TOKEN.findall(self.text[of_end:end].strip().rstrip(","))
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        low = [t.lower() for t in rest]
        for n in range(min(len(low), 4), 0, -1):
            offices = HEADED_BODIES.get(tuple(low[-n:]))
            if offices is None:
                continue
            nation = rest[:-n]
            if not all(_is_cap(t) for t in nation):  # "the head of public diplomacy": no nation, no office
                return None
            named = _nation_words(w for t in nation for w in _TITLE_WORDS.findall(t.replace(".", "").lower()))
            who = self._holder(offices, named, start, head=True)
            return Speaker(who, "person", " ".join(lead[1:] + ["of"] + rest), "", self._actor_of(who)) if who else None
        return None

    def _holder(self, offices: list[tuple[str, ...]], named: set[str], pos: int, head: bool = False) -> str | None:
        """The last person named before `pos` who holds one of `offices` and has every nation of `named` (with
        `head`, not as a deputy: "Deputy Secretary of State Jane Doe" is no head of the State Department)."""
        seen = set()
        for p, name, _ in reversed(self.chain):
            if p >= pos or name in seen:
                continue
            seen.add(name)
            # the person's own titles, not the words around the mention (they may hold the other side's nation:
            # "Valdoria's minister met her Norland counterpart Roe")
            words = self._office_words(name, around=False)
            if not any(set(office) <= words for office in offices) or (head and words & _DEPUTY_WORDS):
                continue
            own = _nation_words(words)
            if all(any(n == w or (len(n) >= 4 and n[:4] == w[:4]) for w in own) for n in named):
                return name
        return None

    def _one_of_group(self, start: int, end: int, resolve: bool) -> Speaker | None:
        """ "one of the senior officials" is a senior official; "one official", "another official" is one of the
        officials a row before described more fully ("Two senior administration officials said …"), if any."""
        sp = self._parse(start, end, resolve)
        if sp is None or sp.kind != "anonymous" or not resolve or " " in sp.name.strip():
            return sp
        head = sp.name.strip().lower().rstrip("s")
        for r in reversed(self.rows):
            if r["start"] >= start:
                continue
            name = r["speaker"] or ""
            words = re.sub(r"\s*\([^)]*\)", "", name).split()
            if r["speaker_kind"] == "anonymous" and len(words) > 1 and words[-1].lower().rstrip("s") == head:
                while len(words) > 2 and words[0].lower() in _COUNTS:  # "Two senior officials": senior officials
                    words = words[1:]
                return replace(sp, name=" ".join(words))
        return sp

    def _spelled_out(self, initials: str, pos: int) -> str | None:
        """The last run of capitalised words before `pos` whose words spell `initials` (each word its first letter
        and perhaps more of its letters in order: "Korean Central News Agency" KCNA, "China Central Television"
        CCTV); the runs of the text, found once, are read once for each initialism."""
        runs = self.spelled.get(initials)
        if runs is None:
            runs = self.spelled[initials] = []
            for at, words in self.capruns:
                if initials in words:
                    continue
                spelled = next(
                    (
                        words[a:b]
                        for a in range(len(words) - 1)
                        for b in range(len(words), a + 1, -1)
                        if _spells(initials, words[a:b])
                    ),
                    None,
                )
                if spelled:
                    runs.append((at, _LEADING_DET.sub("", " ".join(spelled))))
        before = [name for at, name in runs if at < pos]
        return before[-1] if before else None

    def _actor_of(self, name: str) -> str | None:
        return name if name in self.actors else _variant_actor(name, self.variants)

    def _pronoun(self, pos: int, word: str) -> Speaker | None:
        """He/she: the person whose report its own sentence is, else the speaker of the last quote in reach,
        else the first person named in the nearest earlier sentence that names one; it: the body whose report
        its own sentence is, else the last institution that spoke."""
        s0, _ = self._sentence_of(pos)
        if word == "it":
            # "CCTV said it hoped …": the body whose report the sentence already is; "… after the US detected what
            # it said was …": the body named last before it in its own sentence
            own = [r for r in self.rows if r["start"] == s0 and r["kind"] == "indirect" and r["speaker"]]
            if own and own[0]["speaker_kind"] == "institution" and " and " not in own[0]["speaker"]:
                return self._from_row(own[0])
            for a, _b, text in reversed(self.mentions):
                actor = _variant_actor(text, self.variants) if s0 <= a < pos and not self._in_quote(a) else None
                if actor and self.actors[actor].kind == "institution":
                    return Speaker(actor, "institution", "", self.actors[actor].affiliation, actor)
            # "Norland says … . It says …": the body that spoke last, in the sentence before
            before = [r for r in self.rows if r["end"] <= pos and r["speaker"]]
            last = max(before, key=lambda r: r["start"]) if before else None
            if last and last["speaker_kind"] in ("institution", "unknown") and " and " not in last["speaker"]:
                near = bisect_left(self.sentence_starts, s0) - bisect_right(self.sentence_starts, last["start"]) + 1
                if near <= 1:
                    return self._from_row(last)
            k0 = bisect_left(self.sentence_starts, s0)
            for s, e in reversed([x for x in self.sentences if x[1] <= s0] + [(s0, pos)]):
                near = s < s0 and s >= self.sentence_starts[max(0, k0 - 3)]  # the three sentences before
                np = self._head_np(s, e) if near else None
                sp = self._parse(*np, resolve=False) if np else None
                if sp and sp.kind == "institution":  # the body that opens the sentence before
                    return sp
                for a, _b, text in self.mentions:
                    actor = _variant_actor(text, self.variants) if s <= a < e else None
                    if actor and self.actors[actor].kind == "institution":
                        return Speaker(actor, "institution", "", self.actors[actor].affiliation, actor)
            return self._last_institution(pos)
        # "Jane Doe welcomed the visit and said that she hoped …": the person whose report the sentence already is
        own = [r for r in self.rows if r["start"] == s0 and r["kind"] == "indirect" and r["speaker_kind"] == "person"]
        if own and " and " not in own[0]["speaker"]:
            return self._from_row(own[0])
        before = [r for r in self.rows if r["end"] <= pos and r["speaker"]]
        if before:
            last = max(before, key=lambda r: r["start"])
            near = bisect_left(self.sentence_starts, s0) - bisect_right(self.sentence_starts, last["start"]) + 1
            # a lone surname that spoke ("Doe said …") is a person to "he" / "she"
            # "The secretary stressed … . He also …": an office left unnamed is one person too
            office = last["speaker_kind"] == "anonymous" and _is_title(last["speaker"].split()[-1])
            if (last["speaker_kind"] in ("person", "unknown") or office) and near <= 2:
                # "Doe was more cautious. “…,” he said.": a person who opens a sentence of the paragraph since
                # is nearer
                k0 = bisect_right(self.sentence_starts, last["start"])
                for a, _b in self.sentences[k0 : bisect_left(self.sentence_starts, s0)]:
                    if self._line_start(a) != self._line_start(pos):
                        continue  # within the pronoun's own paragraph only
                    m = _NAME_WORD.match(self.text, a)
                    sp = self._parse(*m.span()) if m and not _POSSESSIVE.match(self.text, a).group(1) else None
                    if sp and sp.kind == "person" and sp.name != last["speaker"] and sp.actor != last["speaker"]:
                        return sp
                return self._from_row(last)
        for s, e in reversed([x for x in self.sentences if x[1] <= s0] + [(s0, pos)]):
            if s < s0 and _HE_OPENS.match(self.text, s):
                continue  # "He is to meet Jane Doe. He also says …": the same "he", not the person he meets
            found = [(p, n) for p, n, _ in self.chain if s <= p < e and not self._in_quote(p)]
            if found:
                name = found[0][1]
                if " " not in name:  # "FM Doe told …": the fullest name the text gives that person
                    name = self._full_name(name, found[0][0]) or name
                return Speaker(name, "person", "", "", self._actor_of(name))
            # '“…,” said Doe.': a lone surname named by the attribution that closes a sentence before
            said = _SAID_SURNAME.search(self.text, s, e) if s < s0 else None
            if said and not self._in_quote(said.start(1)):
                name = self._full_name(said.group(1), said.start(1)) or said.group(1)
                return Speaker(name, "person", "", "", self._actor_of(name))
            # a full name that opens the sentence as its subject ("Jane Doe arrived on Monday. She said …"), not
            # a transcript's label
            m = _NAME_WORD.match(self.text, s, e) if s < s0 and s not in self.label_ends else None
            if m and len(m.group().split()) > 1 and not _POSSESSIVE.match(self.text, s).group(1):
                sp = self._parse(*m.span(), resolve=False)
                if sp and sp.kind == "person":
                    return sp
        return None

    def _plural(self, pos: int) -> Speaker | None:
        """They: the speaker of the last row in reach when it is more than one (both sides, X and Y, officials)."""
        s0, _ = self._sentence_of(pos)
        before = [r for r in self.rows if r["end"] <= pos and r["speaker"]]
        if before:
            last = max(before, key=lambda r: r["start"])
            near = bisect_left(self.sentence_starts, s0) - bisect_right(self.sentence_starts, last["start"]) + 1
            name = _REMARK.sub("", last["speaker"])  # "officials (unnamed)": an actor id's remark aside
            people = name in NATION_ADJECTIVES  # "the Chinese"
            if near <= 2 and (" and " in name or name == "both sides" or name.endswith("s") or people):
                return self._from_row(last)
        # "When Doe and Roe met, they agreed …", "Doe met Roe on Monday. They discussed …": the two people
        # named before it in its sentence, else in the sentence before
        k = bisect_left(self.sentence_starts, s0)
        for p0, p1 in [(s0, pos), self.sentences[k - 1] if k > 0 else (s0, s0)]:
            named = self._people_in(p0, p1)
            if len(named) == 2:
                return Speaker(" and ".join(named), "person")
            if named:
                return None
            if _JOINT_IN.search(self.text, p0, p1):  # "… said the two leaders discussed trade. They also agreed …"
                return Speaker("both sides", "anonymous")
        return None

    def _pair_named_before(self, pos: int) -> str | None:
        """ "The two men": the two people its own sentence names before it, when it names two and no more ("Doe met
        Roe in Oslo, where the two leaders agreed …"), else those of the nearest sentence before (of the four) that
        names two and no more, else the two people who last spoke together ("Doe and Roe agreed …" further up)."""
        s0 = self._sentence_of(pos)[0]
        named = self._named_people(s0, pos) if s0 < pos else []
        if len(named) == 2:
            return " and ".join(named)
        k = bisect_left(self.sentence_starts, s0)
        for p0, p1 in reversed(self.sentences[max(0, k - 4) : k]):
            named = self._named_people(p0, p1)
            if len(named) == 2:
                return " and ".join(named)
        pairs = [r for r in self.rows if r["start"] < pos and r["speaker_kind"] == "person" and " and " in r["speaker"]]
        return max(pairs, key=lambda r: r["start"])["speaker"] if pairs else None

    def _named_people(self, p0: int, p1: int) -> list[str]:
        """The people named between two offsets outside quotation marks, each once, in order: those of the chain
        and full names with nothing beside them ("Jane Doe met John Roe")."""
        named = [(p, n) for p, n, _ in self.chain if p0 <= p < p1 and not self._in_quote(p)]
        for m in _NAME_WORD.finditer(self.text, p0, p1):
            last = m.group().split()[-1].lower()
            # "the Joint Chiefs of Staff", "the Foreign Ministers": a plural of an office names no one person
            plural_office = len(last) > 4 and last.endswith("s") and last[:-1] in TITLES
            sp = self._parse(*m.span(), resolve=False) if len(m.group().split()) > 1 and not plural_office else None
            # "in San Marco", "on the outskirts of Port Royal": a place after a preposition of place, no person
            place = _PLACE_BEFORE.search(self.text, max(p0, m.start() - 20), m.start())
            if sp and sp.kind == "person" and not place and not self._in_quote(m.start()):
                named.append((m.start(), sp.name))
        return list(dict.fromkeys(n for _, n in sorted(named)))

    def _people_in(self, start: int, end: int) -> list[str]:
        """The people of the chain named between start and end outside quotation marks, each once, in order."""
        return list(dict.fromkeys(n for p, n, _ in self.chain if start <= p < end and not self._in_quote(p)))

    def _one_of_two(self, pos: int, latter: bool) -> Speaker | None:
        """The latter / the former: the last or the one but last person named before, in the sentence."""
        s0, _ = self._sentence_of(pos)
        named = [n for p, n, _ in self.chain if s0 <= p < pos]
        named = [n for k, n in enumerate(named) if k == 0 or n != named[k - 1]]
        if len(named) < 2:
            return None
        name = named[-1] if latter else named[-2]
        return Speaker(name, "person", "", "", self._actor_of(name))

    def _last_institution(self, pos: int) -> Speaker | None:
        before = [
            r
            for r in self.rows
            if r["start"] < pos
            and r["speaker_kind"] == "institution"
            and HEADS.get(_word(r["speaker"].split()[-1])) != "text"  # a resolution is no author of a statement
        ]
        return self._from_row(max(before, key=lambda r: r["start"])) if before else None

    @staticmethod
    def _from_row(row: dict) -> Speaker:
        return Speaker(
            row["speaker"],
            row["speaker_kind"],
            row["speaker_title"] or "",
            row["speaker_affiliation"] or "",
            row["speaker_actor"],
        )

    # --- where a speaker stands -------------------------------------------------------------------------------

    def _subject(self, sent_start: int, cue_start: int) -> Speaker | None:
        """The subject of a reporting verb: the phrase right before it (appositions and auxiliaries skipped)."""
        if cue_start - sent_start > 300:  # a subject with its apposition lies within this reach
            sent_start = self.text.find(" ", cue_start - 300, cue_start) + 1 or cue_start - 300
        s = self.text[sent_start:cue_start]
        aux_start, aux_end = _aux_span(s, max(0, len(s) - 100))
        end = sent_start + aux_start
        # "…, after the ministry warned …": a conjunction before the subject, not a time put before the verb
        # ("Doe, after the meeting, said")
        conj = _CONJ_SUBJECT.match(s, aux_start) if aux_end > aux_start else None
        if conj and HEADS.get(conj[1]) in ("institution", "anonymous"):
            end = sent_start + conj.end()
        elif s[:aux_start].rstrip().endswith(","):
            # "Jane Doe, during a call with John Roe, warned …": the phrase set off by commas is no subject
            aside = _ASIDE_END.search(self.text, max(sent_start, end - 150), end)
            if aside and aside.start() > sent_start:
                end = aside.start()
        elif s[:aux_start].rstrip().endswith(("—", "–", "--", " -")):
            # "Jane Doe — the first envoy to visit since 2018 — described …": the phrase set off by dashes is no
            # subject either
            aside = _DASHED_ASIDE.search(self.text, max(sent_start, end - 200), end)
            if aside and aside.start() > sent_start:
                end = aside.start()
        # "Gen. Jane Doe, Jr. held …": a name's suffix is no part of the phrase that names the subject
        suffix = _NAME_SUFFIX.search(self.text, max(sent_start, end - 8), end)
        if suffix and suffix.start() > sent_start:
            end = suffix.start()
        stretch = self.text[sent_start:end]
        pair = self._pair(sent_start, end)
        if pair:
            return pair
        led = _LED_TO.search(stretch, max(0, len(stretch) - 80)) if stretch.endswith(" to") else None
        led_to = self._parse(sent_start + led.start(1), sent_start + led.end(1)) if led else None
        if led_to and (led_to.kind in ("person", "institution", "anonymous") or led[1][0].isupper()):
            return led_to  # "an incident that led China to accuse …": the one led to speak
        to = _TO_END.search(stretch, max(0, len(stretch) - 20)) if " to" in stretch[-20:] else None
        if to and not led:  # "X reversed its denials … to instead say", "They declined to say": the subject of the verb
            # … or after "that" opening a clause ("One result is that Osland and Norland managed to …")
            that = stretch.rfind(" that ", 0, to.start())
            cut = max(
                *(stretch.rfind(c, 0, to.start()) + 1 for c in (",", ";", ":", "—", "(", ")", "”", "\n")),
                that + 6 if that >= 0 else 0,
            )
            lead = cut + len(stretch[cut:]) - len(stretch[cut:].lstrip())
            np = self._head_np(sent_start + lead, sent_start + to.start())
            sp = self._parse(*np) if np and _VERB_BEFORE_TO.match(self.text, np[1], sent_start + to.start()) else None
            if sp and sp.kind != "unknown":
                return sp
            # "Osland and Norland managed to have talks about …": two subjects of the verb before "to"
            verb_at = stretch.rfind(" ", lead, to.start())
            if verb_at > lead and _VERB_BEFORE_TO.match(self.text, sent_start + verb_at, sent_start + to.start()):
                pair = self._pair(sent_start + lead, sent_start + verb_at)
                if pair:
                    return pair
        if stretch.endswith(" and"):  # "Doe received Roe in the hall and said …": the subject of the first verb
            cut = max(stretch.rfind(c) for c in (",", ";", ":", "—", "(", ")", "”", "\n")) + 1
            lead = len(stretch) - len(stretch[cut:].lstrip()) if cut else len(stretch) - len(stretch.lstrip())
            np = self._head_np(sent_start + lead, end - 4)
            verb = _PRESENT_AFTER_SUBJECT if s[aux_start:aux_end].strip() else _VERB_AFTER_SUBJECT
            sp = (
                self._parse(*np)
                if np and (_VERB_AFTER_SUBJECT.match(self.text, np[1], end) or verb.match(self.text, np[1], end))
                else None
            )
            if sp and sp.kind != "unknown":
                return sp
            if cut and self._in_quote(sent_start + cut - 1):
                # 'Officials saw the talks as “substantive” and said …': the clause opens before the quotation
                while cut > 0 and (stretch[cut - 1] == "”" or self._in_quote(sent_start + cut - 1)):
                    cut = max(stretch.rfind(c, 0, cut - 1) for c in (",", ";", ":", "—", "(", ")", "”", "\n")) + 1
                lead = cut + len(stretch[cut:]) - len(stretch[cut:].lstrip())
                np = self._head_np(sent_start + lead, end - 4)
                sp = self._parse(*np) if np and _VERB_AFTER_SUBJECT.match(self.text, np[1], end) else None
                if sp and sp.kind != "unknown":
                    return sp
            if stretch.endswith(", and"):  # "Doe and Roe met …, covered …, and agreed …": the subject of the series
                lead = len(stretch) - len(stretch.lstrip())
                np = self._head_np(sent_start + lead, end - 5)
                verb = _VERB_AFTER_SUBJECT.match(self.text, np[1], end) if np else None
                # every part of the series opens with a verb of the same subject ("covered issues", not "the bank cut")
                parts = self.text[verb.end() : end - 5].split(",")[1:] if verb else []
                series = verb and all(_VERB_AFTER_SUBJECT.match(" " + p.strip()) for p in parts)
                sp = self._parse(*np) if series else None
                if sp and sp.kind != "unknown":
                    return sp
        near = max(0, len(stretch) - 150)
        doc = _DOCUMENT_END.search(stretch, near) if any(w in stretch for w in _DOCUMENT_NOUNS) else None
        if doc:  # "Norland's readout of the call said", "a statement from the ministry said": its author
            if doc.group("owner"):
                return self._parse_tail(sent_start + doc.start("owner"), sent_start + doc.end("owner"))
            if doc.group("author"):
                return self._parse(sent_start + doc.start("author"), sent_start + doc.end("author"))
            if doc.group("mod") and doc.group("mod")[0].isupper():  # "the Japanese readout of the call said"
                sp = self._parse(sent_start + doc.start(), sent_start + doc.end("noun"))
                if sp:
                    return sp
        clause = max(stretch.rfind(c) for c in (",", ";", ":", "—", "(", "”", "\n")) + 1
        post = _POSTMODIFIED.match(stretch, clause) if len(stretch) - clause < 160 else None
        if post:  # "A senior official traveling with Doe told …", "Two officials with knowledge of the plans said"
            sp = self._parse(sent_start + post.start("np"), sent_start + post.end("np"))
            if sp and sp.kind == "anonymous":
                return sp
        f = _FROM.search(stretch, max(0, len(stretch) - 150))  # "Jane Doe from the University of X said"
        if f:
            stretch, end = stretch[: f.start()], sent_start + f.start()
        party = _PARTY.search(stretch, max(0, len(stretch) - 250)) if stretch.endswith(",") else None
        if party:  # "Rep. Jane Doe, D-Texas, a member of the committee, told …": the name before party and state
            cut = max(stretch.rfind(c, 0, party.start()) for c in (",", ";", ":", "—", "(", "”", "\n"))
            sp = self._parse_tail(sent_start + cut + 1, sent_start + party.start())
            if sp and sp.kind == "person":
                return sp
        if stretch.endswith(","):  # "Jane Doe, a professor at Y," or "…, Jane Doe, who"
            both = _APPOSED_PAIR.search(stretch, max(0, len(stretch) - 250))
            if both:  # "Jane Doe, the envoy, and John Roe, the minister, agreed": the two speak together
                left = self._parse(sent_start + both.start(1), sent_start + both.end(1))
                right = self._parse(sent_start + both.start(2), sent_start + both.end(2))
                if left and right and left.kind == right.kind == "person" and left.name != right.name:
                    return Speaker(f"{left.name} and {right.name}", "person")
            m = _APPOSED.search(stretch)
            prep = _PREP_OBJECT_END.search(m.group(1)) if m else None
            if (
                prep
                and prep.group(1).lower() not in _HEAD_OR_MODIFIER
                and prep.group(1).lower() not in TITLES
                and not _FAMILIAR_END.search(m.group(1))
            ):
                return None  # "China's response to Jane Doe, a president known for …, raises …": the name is no subject
            if m:
                # "a senior official at the port authority, who …, said": the phrase before its place
                place = _PLACE_TAIL.search(m.group(1))
                first = self._parse_tail(sent_start + m.start(1), sent_start + m.start(1) + place.start())
                if place.group() and (first is None or first.kind != "person"):
                    # "Secretary of State Jane Doe, who …": the "of" is the title's, and the person is named after it
                    whole = self._parse_tail(sent_start + m.start(1), sent_start + m.end(1))
                    if whole and whole.kind == "person" and whole.name in place.group():
                        first, place = whole, _PLACE_TAIL.search("")
                if first and place.group() and first.kind != "institution":
                    first = replace(first, affiliation=place.group().split(None, 1)[1])
                elif not first or place.group():
                    first = self._parse_tail(sent_start + m.start(1), sent_start + m.end(1))
                # a clause in apposition ("who spoke in Geneva", "speaking on Monday") names no one
                lead = m.group(2).split(None, 1)[:1]
                clause = bool(lead) and lead[0].islower() and lead[0] not in _DETS and not _np_word(lead[0])
                second = None if clause else self._parse(sent_start + m.start(2), sent_start + m.end(2))
                for sp, other in ((first, m.group(2)), (second, m.group(1))):
                    if sp and sp.kind == "person":
                        described = _DESCRIPTION.match(other.strip())  # "a professor at Y", not "for his part"
                        return sp if sp.title or sp.actor or not described else replace(sp, title=other.strip())
                if first or second:
                    return first or second
            stretch, end = stretch[:-1], end - 1  # "Jane Doe, however, said"
        bracket = stretch.rfind("(", max(0, len(stretch) - 40)) if stretch.endswith(")") else -1
        if bracket > 0:  # "Rep. Jane Doe (R-Texas) said": the name before its party and state
            stretch, end = stretch[:bracket].rstrip(), sent_start + len(stretch[:bracket].rstrip())
        cut = max(stretch.rfind(c) for c in (",", ";", ":", "—", "(", "”", "\n"))
        prep = _PREP_OBJECT_END.search(stretch, max(cut + 1, len(stretch) - 80))
        if (
            prep
            and prep.group(1).lower() not in _HEAD_OR_MODIFIER
            and prep.group(1).lower() not in TITLES
            and not _FAMILIAR_END.search(stretch, max(0, len(stretch) - 60))  # "people close to Jane Doe"
        ):
            return None  # "the minister's visit to Berlin concluded …": the name is the object of "to", no speaker
        sp = self._parse_tail(sent_start + cut + 1, end)
        if prep and (sp is None or sp.kind != "person"):
            # "the Norland envoy to the United Nations said": the envoy, of the body after "to"
            office = self._parse_tail(sent_start + cut + 1, sent_start + prep.end(1))
            if office and office.kind in ("anonymous", "person"):
                place = self.text[sent_start + prep.end(1) : end].split(None, 1)[1].strip()
                return replace(office, affiliation=office.affiliation or _LEADING_DET.sub("", place))
        if sp and f and sp.kind == "unknown":
            return None  # "Traffic in the Western Hemisphere said": a capitalised word alone is not enough
        if sp and f and sp.kind == "person" and not sp.affiliation:
            sp = replace(sp, affiliation=f.group(1))
        return sp

    def _pair(self, start: int, end: int) -> Speaker | None:
        """A headline's "Doe, Roe agree …": two names joined by a comma speak together."""
        if end - start > 80 or self._line_start(start) != start:
            return None
        pair = _PAIR.fullmatch(self.text, start, end)
        if pair and self.text[start : self._line_end(start)].rstrip().endswith((".", "?", "!")):
            return None
        left = self._parse(pair.start(1), pair.end(1)) if pair else None
        right = self._parse(pair.start(2), pair.end(2)) if left else None
        if not right or left.name == right.name:
            return None
        kinds = {left.kind, right.kind}
        if kinds == {"institution"}:  # "Norland, Ruritania agree …": the two governments, as "Norland and Ruritania"
            return Speaker("both sides", "institution")
        return Speaker(f"{left.name} and {right.name}", "institution" if "institution" in kinds else "person")

    def _parse_tail(self, start: int, end: int) -> Speaker | None:
        seg = self.text[start:end].rstrip()
        if seg.endswith(")") and 0 < seg.rfind("(") > len(seg) - 40:  # "Jane Doe (R-N.Y.)": the name
            end = start + seg.rfind("(")
        np = self._tail_np(start, end)
        if np is None:
            return None
        head = _HEAD_BEFORE.search(self.text, max(start, np[0] - 40), np[0])
        if head and HEADS.get(head[1].lower()) == "anonymous":  # "officials on both sides": the officials speak
            return Speaker(head[1].lower(), "anonymous", "", self.text[np[0] : np[1]].strip().rstrip(".,"))
        sp = self._parse(*np)
        before = self.text[start : np[0]].strip()
        if sp and before and before not in _SUBORDINATORS and sp.kind == "unknown":
            # a lone capitalised word inside a clause is no subject, unless a conjunction opens its clause ("…, an
            # hour after Norland warned …")
            if before.split()[-1].lower() not in _CONJUNCTIONS:
                return None
        return sp

    def _after_cue(self, cue_end: int, owner: bool = False) -> Speaker | None:
        """ "said Jane Doe, …": the phrase right after a reporting verb (with `owner`, "according to
        X's statement" is X)."""
        obj = _OBJECT_PRONOUN.match(self.text, cue_end) if owner else None
        if obj:  # "According to him, …": the person "he" would be
            return self._plural(cue_end) if obj.group(1) == "them" else self._pronoun(cue_end, "he")
        one = None if owner else _ONE_OF.match(self.text, cue_end)
        if one:  # "said one of the senior officials briefing reporters"
            np = self._head_np(one.end(), min(len(self.text), one.end() + 120))
            return self._one_of_group(*np, True) if np and not self.text[one.end() : np[0]].strip() else None
        np = self._head_np(cue_end, min(len(self.text), cue_end + 120))
        record = _OWNED_RECORD.match(self.text, cue_end) if owner else None
        if record:  # "according to the Pentagon's latest annual report on …": the owner of the record
            np = record.span("owner")
        if np is None or self.text[cue_end : np[0]].strip(" \t\n") not in ("", "the", "The"):
            return None
        if self.text.startswith(" of ", np[1]):  # "by the deputy head of the press service of X Lena Roth": to the name
            rest = _TO_CLAUSE_END.match(self.text, np[1])
            if _HOLDER_AFTER_BODY.search(self.text, np[1], rest.end()):
                np = (np[0], rest.end())
        if owner and not record:
            m = _OWNER.match(self.text, np[0], np[1])
            if m:
                np = m.span()
        sp = self._parse(*np)
        if sp and sp.kind == "person" and not sp.title:
            app = self._apposition(np[1])
            if app:
                sp = Speaker(sp.name, sp.kind, app, "", sp.actor)
        return self._named_in_apposition(sp, np[1])

    def _attribute_after(self, end: int) -> tuple[Speaker | None, str | None]:
        """Attribution right after a closing mark, within its paragraph."""
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        m = _AFTER_CUE.match(self.text, end, line_end)
        if m:
            return self._after_cue(m.end()), m.group(1)
        m = _AS_BY.match(self.text, end, line_end)
        if m:
            sp = self._after_cue(m.end())
            if sp:
                return sp, m.group(1)
        m = _AS_SUBJECT.match(self.text, end, line_end)  # 'the "hot air balloon", as the ministry called it,'
        np = self._head_np(m.end(), min(line_end, m.end() + 120)) if m else None
        verb = _CALLED_IT.match(self.text, np[1], line_end) if np else None
        if verb:
            sp = self._parse(*np)
            if sp and sp.kind != "unknown":
                return sp, verb.group(1)
        m = _AFTER_ACCORDING.match(self.text, end, line_end)  # "…,” according to Jane Doe."
        if m:
            sp = self._after_cue(m.end(), owner=True)
            return (sp, "according to") if sp else (None, None)
        m = _COLON_NAME.match(self.text, end, line_end)  # a headline: "“…”: Jane Doe"
        if m:
            sp = self._parse(m.start(1), m.end(1))
            if sp and (sp.kind in ("person", "institution") or sp.actor):
                return sp, None
        m = _LEAD_SPACE.match(self.text, end, line_end)
        start = m.end()
        np = self._head_np(start, min(line_end, start + 120))
        if np is None:
            return None, None
        rest = self.text[np[1] : min(line_end, np[1] + 200)]
        c = _SPEAKS_AFTER.match(rest)
        if not c or self._in_quote(np[0]):
            return None, None
        quoted = self._quoted_as(np[1] + c.end(1))  # "“…,” state media quoted Jane Doe as saying."
        opened = self.quote_opening.get(end, end)
        if quoted and quoted.name.split()[-1] not in self.text[opened:end]:  # not "“Doe pointed out …”"
            return quoted, c.group(1)
        gap = rest[: c.start(1)].rstrip()
        if HEADS.get(_word(self.text[np[0] : np[1]].split()[-1])) == "document" and _DOCUMENT_OF.match(gap):
            np = (np[0], np[1] + len(gap))  # "a readout from the ministry", "a readout of the call": read whole
        sp = self._parse(*np)
        if sp and sp.kind == "person" and not sp.title and self._apposition(np[1]):
            sp = replace(sp, title=self._apposition(np[1]))
        return self._named_in_apposition(sp, np[1]), c.group(1)

    def _named_in_apposition(self, sp: Speaker | None, end: int) -> Speaker | None:
        """ "the spokesperson, Jane Doe, said": an office followed by the name of its holder is that person."""
        if sp is None or sp.kind != "anonymous" or not _is_title(sp.name.split()[-1]):
            return sp
        m = _NAMED_APPOSITION.match(self.text, end)
        named = self._parse(*m.span(1)) if m else None
        if named and named.kind == "person":
            return replace(named, title=named.title or sp.name)
        return sp

    def _attribute_before(self, start: int) -> tuple[Speaker | None, str | None]:
        s0, _ = self._sentence_of(start)
        cues = [m for m in self._cues(s0, start) if m.end() <= start]
        for cue in reversed(cues):
            sp = self._speaker_of_cue(s0, cue)
            if sp:
                # "The US said Doe emphasized “…”": the verb inside the clause another verb of saying reports;
                # the teller speaks
                # … and so does '…, saying the ambassador criticized it with “…”'
                outer = next((c for c in cues if c.group() in _SAYING_OR_PARTICIPLE and c.end() < cue.start()), None)
                told = (
                    self._speaker_of_cue(s0, outer)
                    if outer and _PLAIN_CLAUSE.fullmatch(self.text, outer.end(), cue.start())
                    else None
                )
                return (told, outer.group()) if told else (sp, cue.group())
        if self.text[s0:start].rstrip().endswith(":"):  # "… a point that Jane Doe made on Monday: “…”"
            for m in reversed(list(_NAME_WORD.finditer(self.text, s0, start))):
                if self._in_quote(m.start()) or _POSSESSIVE.match(self.text, m.start()).group(1):
                    continue
                sp = self._parse(*m.span())
                if sp and sp.kind == "person":
                    return sp, None
        if cues:
            return None, cues[-1].group()
        acc = [m for m in self._citations(s0, start) if not self._in_quote(m.start())]
        if acc:
            return self._after_cue(acc[-1].end(), owner=True), "according to"
        lead = self.text[s0:start].rstrip()
        if lead.endswith(":") and lead.count(" ") < 8:  # "President Jane Doe: “…”"
            np = self._tail_np(s0, s0 + len(lead) - 1)
            if np and np[0] == s0 + len(lead) - len(lead.lstrip()):
                return self._parse(*np), None
        return None, None

    def _quoted_as(self, cue_end: int) -> Speaker | None:
        """ "quoted Jane Doe as saying": the person quoted, right after "quoted" or "cited"."""
        if not self.text.endswith(("quoted", "cited"), 0, cue_end):
            return None
        obj = _OBJECT_PRONOUN.match(self.text, _NEXT_TEXT.match(self.text, cue_end).end())
        if obj and _AS_SAYING.match(self.text, obj.end(), obj.end() + 30):  # "“…,” the agency quoted him as saying"
            return self._plural(cue_end) if obj[1] == "them" else self._pronoun(cue_end, "he")
        np = self._head_np(cue_end, min(len(self.text), cue_end + 120))
        if np is None or not _AS_SAYING.match(self.text, np[1], np[1] + 30):
            return None
        return self._after_cue(cue_end)

    def _speaker_of_cue(self, s0: int, cue: re.Match) -> Speaker | None:
        word = cue.group()
        quoted = self._quoted_as(cue.end())
        if quoted:
            return quoted
        if word in PARTICIPLES and self.text.endswith(" as ", 0, cue.start()):
            return None  # "quoted X as saying": the verb before names the speaker
        if word in ("citing", "quoting"):
            cited = self._citing_subject(s0, cue.start())
            if cited:
                return cited
        if word in PARTICIPLES:
            # "… when Jane Doe and John Roe met, with the leaders of both countries voicing hope …": the two people
            # the sentence named last before
            w = _WITH_PEOPLE.search(self.text, max(s0, cue.start() - 120), cue.start())
            named = self._named_people(s0, w.start()) if w else []
            if len(named) >= 2:
                return Speaker(" and ".join(named[-2:]), "person")
            w = _WITH_SUBJECT.search(self.text, max(s0, cue.start() - 90), cue.start())
            sp = self._parse(w.start(1), w.end(1)) if w else None
            if sp and sp.kind != "unknown":  # "…, with the ministry saying that …": the subject of "with"
                return sp
            for row in reversed(self.rows):
                if s0 <= row["start"] < cue.start() and row["speaker"]:
                    return self._from_row(row)
            np = self._head_np(
                s0 + len(self.text[s0 : cue.start()]) - len(self.text[s0 : cue.start()].lstrip()), cue.start()
            )
            sp = self._parse(*np) if np else None
            if sp is None or sp.kind == "unknown":
                # "Striking a warm note, Jane Doe praised the talks, saying …", "In his remarks at the meeting with
                # John Roe, Jane Doe hinted at …, saying …": a phrase set off by a comma opens the sentence, and the
                # participle's subject is the main clause's, named after it before its verb
                opener = _OPENING_PHRASE.match(self.text, s0, cue.start())
                np = self._head_np(opener.end(), cue.start()) if opener else None
                main = self._parse(*np) if np and _VERB_AFTER_SUBJECT.match(self.text, np[1], cue.start()) else None
                if main and main.kind in ("person", "institution", "anonymous"):
                    return main
            if sp is None or (sp.kind == "unknown" and len(sp.name) < 2):
                # "Jane Doe explained why …, saying …" where no phrase opening the sentence reads as a speaker (a
                # drop capital cut from its word): the person the sentence names before the verb
                named = [n for p, n, _ in self.chain if s0 <= p < cue.start() and not self._in_quote(p)]
                if named:
                    return Speaker(named[0], "person", "", "", self._actor_of(named[0]))
            return sp
        sp = self._subject(s0, cue.start())
        if sp and sp.kind == "person" and cue.re is _TALKS_ON and cue.group("with"):
            # "Jane Doe had a candid conversation with John Roe about trade": the two who talked
            np = self._head_np(cue.start("with"), cue.end("with"))
            other = self._parse(*np) if np else None
            if other and other.kind == "person" and other.name != sp.name:
                return Speaker(f"{sp.name} and {other.name}", "person")
        # ", said Jane Doe.", "“… start,” said the paper": a verb of saying put before its subject ("…,
        # criticized Doe for …" has Doe for its object)
        if sp is None and word in RUNS_ON and self.text[s0 : cue.start()].rstrip().endswith((",", ',"', ",”")):
            sp = self._after_cue(cue.end())
        return sp

    def _citing_subject(self, s0: int, start: int) -> Speaker | None:
        """The subject a participle of citing is put beside ("…, but some media, citing sources, do not rule out
        …"): the speaker phrase just before its comma, when it opens its clause (the sentence, or after a comma and
        a conjunction)."""
        lead = self.text[s0:start].rstrip()
        if not lead.endswith(","):
            return None
        end = s0 + len(lead) - 1
        np = self._tail_np(s0, end)
        if not np or not (np[0] == s0 or _CLAUSE_OPENS.search(self.text, s0, np[0])):
            return None
        sp = self._parse(*np)
        return sp if sp and sp.kind in ("person", "institution", "anonymous") else None

    # --- passes -----------------------------------------------------------------------------------------------

    def extract(self) -> list[dict]:
        # not "briefed" in "people briefed on the talks", a source's description; not "…, reports Reuters.", an
        # agency's credit line after the sentence's own attribution
        self.cue_matches = [
            c
            for c in CUE.finditer(self.text)
            if not self._in_quote(c.start())
            and not (c.group() == "briefed" and _FAMILIAR.match(self.text, c.start() - 1))
            and not _NOUN_NOT_VERB.match(self.text, c.start())
            and not (c.group() == "reports" and self._credit_or_handover(c))
            and not (c.group() in PLAIN and _NOT_PLAIN_PRESENT.search(self.text, max(0, c.start() - 12), c.start()))
        ]
        if " not " in self.text or " never " in self.text:
            denied = {m.start(1) for m in _NEGATED_DEED.finditer(self.text)}
            if denied:
                self.cue_matches = [c for c in self.cue_matches if c.start() not in denied]
        if "used " in self.text:  # "X used a speech in Munich to criticize …": the occasion's verb, as a cue
            used = [m for m in _USED_TO_SAY.finditer(self.text) if not self._in_quote(m.start())]
            if used:
                self.cue_matches = sorted([*self.cue_matches, *used], key=lambda c: c.start())
        # "X gave a positive assessment of …", "X offered a statement of regret": a light verb and a noun of speech
        manners = [p for form, p in _SPEECH_MANNER if form in self.text]
        # (not of a subject that denies the deed: "neither official made comments", "no one offered a statement")
        acts = [
            m
            for p in (_SPEECH_ACT, *manners)
            for m in p.finditer(self.text)
            if not self._in_quote(m.start()) and not _NO_ONE_BEFORE.search(self.text, max(0, m.start() - 80), m.start())
        ]
        if acts:
            self.cue_matches = sorted([*self.cue_matches, *acts], key=lambda c: c.start())
        self.cue_starts = [c.start() for c in self.cue_matches]
        self.talks = self._outside(_TALKS_ON, *(p for words, p in _MEETING_ON if words in self.text))
        impersonal = any(w in self.text for w in _IMPERSONAL_WORDS)  # a string search rules most texts out
        self.impersonal_at = self._outside(_IMPERSONAL) if impersonal else ([], [])
        self.topics = any(w in self.text for w in _TOPIC_WORDS)  # a string search rules most texts out
        self._build_chain()
        self.newsmaker_turns = self._newsmaker_turns()
        spans = sorted([(s, e, "double") for s, e in self.quotes] + [(s, e, "single") for s, e in self.scare])
        found, named = [], set()
        for s, e, marks in spans:
            inner = self.text[s + 1 : e - 1].strip()
            if not inner:
                continue
            s0, _ = self._sentence_of(s)
            lead = self.text[s0:s].strip()
            if lead in _BULLETS:  # a list item's mark ("- “…”") opens the quotation's line
                lead = ""
            elif lead[:1].isupper() and (dl := PLACE_DATELINE.match(self.text, s0, s + 1)) and dl.end() - 1 == s:
                lead = ""  # "PLACEVILLE – “…,” said Doe": a dateline opens the quotation's sentence
            # "According to him, “talks matter”.": a clause in quotation marks that is all the sentence holds
            # after its source, whatever its first letter
            sourced = (
                lead.endswith(",")
                and bool(ACCORDING.match(lead))
                and self.text[e : self._sentence_of(s)[1]].strip(" .\n") == ""
            )
            # 'Doe said “the point is he wants talks again.”': a clause of six words or more, quoted whole after
            # "said" and closing the sentence, is the speaker's sentence whatever its first letter
            clause = (
                marks == "double"
                and len(inner.split()) >= 6
                and bool(_SAID_END.search(lead))
                and self.text[e : self._sentence_of(s)[1]].strip(" .\n") == ""
            )
            direct = (
                (marks == "double" or len(inner.split()) >= 4)
                and (inner[0].isupper() or inner[0].isdigit() or inner[0] == "(" or sourced or clause)
                and not _title_case(inner)  # a name or title ("Face the Nation"), not words spoken
                and (lead == "" or lead.endswith((",", ":")) or _SPEAKS_BEFORE.search(lead + " "))
                and (
                    len(inner.split()) >= 3
                    # a short clause closed by a comma, "?" or "!" and its attribution: "“This matters,” she
                    # added", "“Why now?” he asked"
                    or (lead == "" and inner.endswith((",", "?", "!")) and bool(_CUE_SOON.match(self.text, e)))
                )
            )
            # the second half of a quote split around "he said": '"…," he said, "but …"'
            resumed = (
                marks == "double"
                and lead.endswith(",")
                and bool(found)
                and found[-1][2]
                and found[-1][0] >= s0
                and len(inner.split()) >= 3
            )
            found.append((s, e, direct or resumed))
            if not (direct or resumed) and (
                _title_case(inner)
                or _SO_CALLED.search(self.text, max(0, s - 12), s)
                or (
                    len(inner.split()) <= 2
                    and _NAME_BEFORE.search(self.text, max(0, s - 20), s)
                    and _NAME_AFTER.match(self.text, e)
                )
                or (
                    all(w[0].isupper() or w[0].isdigit() for w in inner.split())
                    and _DET_BEFORE.search(self.text, max(0, s - 8), s)
                    and _NOUN_AFTER.match(self.text, e)
                )
                or (
                    len(inner.split()) <= 3
                    and inner[:1].isupper()
                    and _CAUSE_BEFORE.search(self.text, max(0, s - 24), s)
                )
            ):
                # a name or title ("Face the Nation"), a term held at a distance ("so-called 'de-risking'"), a
                # nickname inside a name ('General Jane "JD" Doe'), a name that qualifies a noun ('the "One
                # Norland" policy') and a cause named as what is supported or opposed ('does not support "Norland
                # independence"') are nobody's words
                named.add(s)
        self._indirect([s for s, _, direct in found if direct], {e for _, e, direct in found if direct})
        prev_end = None
        for s, e, direct in found:
            if s in named:
                self.rows.append(self._row(s, e, "partial", None, None))
                prev_end = e
                continue
            owned = None if direct else self._owner_of_words(s, e)
            if owned:  # 'slammed Doe's remarks equating Roe with “dictators”': the words are Doe's
                self.rows.append(self._row(s, e, "partial", owned, None))
                prev_end = e
                continue
            gone = self._source_goes_on(s) if not direct and self._predicate_quoted(s) else None
            if gone:
                # 'He also “raised a number of issues …”' in a readout's account: the wording is the readout's, the
                # sentence (its indirect row) the person's
                self.rows.append(self._row(s, e, "partial", gone, None))
                prev_end = e
                continue
            # "The ministry says, “… .” Jane Doe said …": a quotation closed by its full stop and introduced by
            # an attribution in its own sentence is not the next sentence's
            ends = self.text[s:e].rstrip("”\"’' ").endswith(".")
            lead = self.text[self._sentence_of(s)[0] : s].rstrip()
            before = ends and (lead.endswith((",", ":")) or bool(_SAID_END.search(lead)))  # 'Doe said “… .”' too
            speaker, cue = self._attribute_before(s) if before else (None, None)
            if speaker is None:
                speaker, cue = self._attribute_after(e)
                verb = self.text.find(cue, e) if speaker and cue and not direct else -1
                if verb >= 0 and _STATEMENT_AFTER.match(self.text, verb + len(cue)):
                    # 'While X called it "hysterical", Jane Doe warned Roe that …': a verb that goes on to a statement
                    # of its own opens the next clause; it does not attribute the phrase before it
                    speaker, cue = None, None
            if cue == "according to" and not direct:
                # 'Jane Doe said the talks were "useful," according to state media': a phrase inside the
                # reported clause is the words of the subject of its verb; the source only passed them on
                said, said_cue = self._attribute_before(s)
                if said and said.kind == "person" and said_cue in RUNS_ON:
                    speaker, cue = said, said_cue
            # (not words that open with the verb, 'Doe “stressed the need …,” the ministry said': the readout's wording)
            if not direct and speaker and speaker.kind != "person" and not before and not CUE.match(self.text, s + 1):
                # 'Both sides agreed to “seek solutions,” according to a readout from X', 'Doe intends to “open
                # channels,” the media reported': a body's closing attribution passes on the words of the one its
                # sentence reports (the speaker of the indirect row)
                told, _ = self._indirect_speaker(*self._sentence_of(s))
                if told and told.kind in ("person", "anonymous") and told.name != speaker.name:
                    speaker = told
            inner_verb = False
            if speaker is None:
                speaker, cue = self._attribute_before(s)
                inner_verb = speaker is not None and not direct
            if speaker is None and (cue or not direct):  # "The ministry has long insisted … and warned …"
                speaker = self._sentence_speaker(s)
            if speaker is None and not direct:
                # 'Despite the “tyrant” jab, Doe said “… .”': a phrase in a sentence that is the attribution of a
                # quotation (so no indirect row) is the words of its speaker
                s0, e0 = self._sentence_of(s)
                if any(s0 <= q < e0 and d for q, _, d in found):
                    speaker, said = self._indirect_speaker(s0, e0)
                    cue = said.group() if speaker and said else cue
            if speaker is None and not direct:  # "The ministry would 'welcome' a visit": the subject's word
                speaker = self._predicate_of(s)
                if speaker:
                    self.predicated.add(s)
            if speaker is None and not direct and len(inner.split()) >= 3:
                speaker = self._source_goes_on(s)
            if speaker is None and direct:  # "Doe told reporters:" closing the paragraph before
                k = bisect_left(self.sentence_starts, self._sentence_of(s)[0])
                p0, p1 = self.sentences[k - 1] if k > 0 else (s, s)
                if self.text[p1 - 1 : p1] == ":" and self.text[p1:s].strip() == "":
                    speaker, said = self._indirect_speaker(p0, p1)
                    cue = said.group() if said else None
            if speaker is None and direct:
                s0, _ = self._sentence_of(s)
                line_start = self._line_start(s)
                opens_paragraph = self.text[line_start:s].strip() in ("", *_BULLETS) or self.text[s0:s].strip() == ""
                follows_quote = prev_end is not None and (self.text[prev_end:s].strip() == "" or line_start < prev_end)
                # the last speaker goes on only from this paragraph or the one before
                reach = self.text.rfind("\n", 0, _trimmed_end(self.text, line_start)) + 1
                # a text cut off inside a quotation that opens its own paragraph, before the closing mark and
                # whatever attribution followed it: the text names no speaker, and the last one is a guess (not
                # the next paragraph of a quotation left open, nor a quotation after another in its paragraph)
                cut = (
                    self.text[line_start:s].strip() in ("", *_BULLETS)
                    and e >= _trimmed_end(self.text, len(self.text))
                    and self.text[e - 1] not in _CLOSING_MARKS
                    and not (prev_end is not None and self.text[prev_end - 1] not in _CLOSING_MARKS)
                )
                if (opens_paragraph or follows_quote) and not cut:
                    speaker, cue = self._last_speaker(s, reach), None
            if not direct and speaker and speaker.kind != "person" and cue in STANCE:
                # 'The union expects a “big moment”, Jane Doe said': a body's view, in the words of the person
                # whose attribution closes the sentence
                closing, _ = self._indirect_speaker(*self._sentence_of(s))
                if closing and closing.kind == "person":
                    speaker = closing
            if inner_verb and speaker.kind != "person":
                # 'Both sides agreed to “keep talking”, Jane Doe said': a phrase inside the clause a person's closing
                # attribution reports is in that person's account, as the sentence (its indirect row) is
                s0, e0 = self._sentence_of(s)
                told, said = self._indirect_speaker(s0, e0)
                # the attribution closes the sentence ("…, Jane Doe said on Sunday."), no verb of a clause of its own
                closing = said and said.start() > e and len(self.text[said.end() : e0].split()) <= 4
                if told and told.kind == "person" and closing:
                    speaker, cue = told, said.group()
            s0 = self._sentence_of(s)[0]
            if not direct and s0 in self.talks_told:
                # 'Doe held “candid” talks with Roe, the ministry said': the record's word for the talks, not the
                # words of either of the two who held them
                held = _HELD_TALKS.search(self.text, *self._sentence_of(s))
                if held and held.start() < s < held.end():
                    speaker = self.talks_told[s0]
            if speaker and not direct:
                # 'There were “frank exchanges” between Doe and Roe': the words describe the talks, whoever chose
                # them; they are not the words of the two who talked
                s0 = self._sentence_of(s)[0]
                between = _TALKS_BETWEEN.match(self.text, s0)
                if between and s0 <= s < between.end():
                    speaker, cue = None, None
            self.rows.append(self._row(s, e, "direct" if direct else "partial", speaker, cue))
            prev_end = e
        self._impersonal_after_quotes()
        self.rows.sort(key=lambda r: (r["start"], r["kind"]))
        self._headline_words_from_the_body()
        self._carry_open_paragraphs()
        self._name_unnamed_spokespeople()
        self._titles_from_elsewhere()
        return self.rows

    def _titles_from_elsewhere(self) -> None:
        """A person the actor list does not know takes the title and affiliation the text gives them at
        another mention ("Treasury Secretary Jane Doe met … . “…,” Doe said."): the nearest titled mention
        before the row, else the first after it. A row whose title is an honorific alone ("Mr") takes the
        fuller one."""
        if not self.titled:
            return
        for r in self.rows:
            name = r["speaker"]
            if r["speaker_kind"] != "person" or r["speaker_actor"] or not name or " and " in name:
                continue
            if r["speaker_title"] and not all(w.lower() in HONORIFICS for w in r["speaker_title"].split()):
                continue
            words = name.split()
            same = [
                t
                for t in self.titled
                if not all(w.lower() in HONORIFICS for w in f"{t[2]} {t[3]}".split())
                and t[1] == name
                or (
                    not all(w.lower() in HONORIFICS for w in f"{t[2]} {t[3]}".split())
                    and t[1].split()[-1] == words[-1]
                    and (len(words) == 1 or len(t[1].split()) == 1)
                )
            ]
            if not same:
                continue
            before = [t for t in same if t[0] <= r["start"]]
            _, _, title, affiliation = before[-1] if before else same[0]
            r["speaker_title"] = title or r["speaker_title"]
            r["speaker_affiliation"] = r["speaker_affiliation"] or affiliation or None

    def _predicate_of(self, start: int) -> Speaker | None:
        """A quoted phrase that is what the sentence's subject would do or is ("China would 'welcome' a
        visit", "The ministry is 'deeply concerned'") is the subject's word; a quoted name or term in
        any other place ("Beijing's 'wolf warrior' diplomats") is nobody's; so is a word that describes what
        the subject has ("Doe has 'candid' talks", not "Doe has 'welcomed' talks")."""
        s0, _ = self._sentence_of(start)
        m = _PREDICATE_LEAD.fullmatch(self.text, s0, start)
        if not m or not all(_np_word(t) or t.lower() in _DETS for t in m.group(1).split()):
            return None
        if self.text[s0:start].split()[-1] in ("has", "have", "had") and not _PARTICIPLE_OPENS.match(self.text, start):
            return None
        sp = self._parse(*m.span(1))
        return sp if sp and (sp.actor or sp.kind in ("person", "institution", "anonymous")) else None

    def _impersonal_after_quotes(self) -> None:
        """ "“…,” Jane Doe said. It is hoped that …": an impersonal report goes on from the speaker of the
        sentence before it in its paragraph."""
        for s, e in self.impersonal:
            k = bisect_left(self.sentence_starts, s)
            if k == 0 or self._line_start(self.sentences[k - 1][0]) != self._line_start(s):
                continue
            p0, p1 = self.sentences[k - 1]
            before = [r for r in self.rows if p0 <= r["start"] < p1 and r["speaker"]]
            if before:
                r = max(before, key=lambda r: r["start"])
                self.rows.append({**r, "start": s, "end": e, "kind": "indirect", "cue": None})

    def _owner_of_words(self, start: int, end: int = -1) -> Speaker | None:
        """The person whose remarks a phrase quoted inside them belongs to ("Doe's remarks equating Roe with
        “…”", "Doe's description of the talks as “…”"), the phrase and the remarks in one clause."""
        s0 = self._sentence_of(start)[0]
        # "Doe ‘tyrant’ comment sparks backlash", "Doe's “tyrant” remark": the word named by the remark it is
        namer = _NAMED_REMARK.search(self.text, max(s0, start - 40), start)
        if namer and end > 0 and _REMARK_NOUN.match(self.text, end):
            sp = self._parse(*namer.span(1))
            if sp and sp.kind == "person":
                return sp
        said = next(reversed(list(_REMARKS_FROM.finditer(self.text, max(s0, start - 200), start))), None)
        who = _REMARKS_WHO.search(self.text, said.end(), start) if said else None
        if who and len(self._cues(who.end(), start)) == 1:
            # "statements by President Jane Doe who this week called Roe a “…”": the one who made the statements
            # said the words her relative clause reports
            sp = self._parse_tail(said.end(), who.start())
            if sp and sp.kind == "person":
                return sp
        that = _REMARKS_THAT.search(self.text, said.end(), start) if said else None
        if that and not self._cues(said.end(), start):
            # "remarks from Ambassador Jane Doe that those who “…”": the clause after "that" holds her words
            sp = self._parse_tail(said.end(), that.start())
            if sp and sp.kind == "person":
                return sp
        m = next(reversed(list(_OWNED_WORDS.finditer(self.text, max(s0, start - 100), start))), None)
        gap = self.text[m.end() : start] if m else ","
        if any(ch in gap for ch in ',;:“”"') or not _INSIDE_REMARKS.fullmatch(gap) or self._cues(m.end(), start):
            return None  # ("Doe's remarks were “shameful”": the phrase is the predicate of the one who judges them)
        sp = self._parse(*m.span(1))
        return sp if sp and sp.kind == "person" else None

    def _predicate_quoted(self, start: int) -> bool:
        """Does the quotation opening at `start` hold the sentence's verb of speech ('He “raised issues …”',
        'Doe made “clear demands …”')?"""
        if CUE.match(self.text, start + 1) or _SPEECH_ACT.match(self.text, start + 1):
            return True
        act = _SPEECH_ACT.search(self.text, max(self._sentence_of(start)[0], start - 12), start + 60)
        return bool(act and act.start() < start < act.end())

    def _folded_words(self, start: int, end: int) -> str:
        return " ".join(_FOLD_WORDS.findall(self.text[start:end].lower()))

    def _credit_or_handover(self, c: re.Match) -> bool:
        """ "…, reports Reuters.": an agency's credit after the sentence's own attribution; "Jane Doe reports.":
        a broadcast handing over to its correspondent. Neither reports anyone's words."""
        opened = max(self.text.rfind(".", 0, c.start()), self.text.rfind("\n", 0, c.start()))
        if self.text.endswith(", ", 0, c.start()):
            # "…, an official said, reports Reuters.": a credit; "Doe reached the deal on Monday, reports AFP.": with
            # no other attribution in its sentence, the agency reports the sentence
            return bool(CUE.search(self.text, opened + 1, c.start()))
        if not _ENDS_HERE.match(self.text, c.end()):
            return False
        # "…, the Gazette reported today, citing sources, BTA reports.": an agency's credit after another
        # attribution of the sentence
        comma = self.text.rfind(",", opened + 1, c.start())
        if comma > opened + 1 and _CREDIT_NAME.fullmatch(self.text, comma + 1, c.start()):
            return bool(CUE.search(self.text, opened + 1, comma))
        return "," not in self.text[opened + 1 : c.start()]

    def _source_goes_on(self, start: int) -> Speaker | None:
        """ "…,” the State Department said in a readout. He also “raised a number of issues …”": words quoted in
        a sentence with no verb of its own, right after a sentence whose account a body or a medium gave (its
        closing attribution, "according to X"), are that source's words still."""
        s0, e0 = self._sentence_of(start)
        k = bisect_left(self.sentence_starts, s0)
        # (a light verb whose noun the quotation opens, 'made “clear demands …”', is the quotation's own verb; a verb
        # that tells what someone did in the talks, 'discussed', 'raised', is the account's, not a new speaker's)
        if k == 0 or any(not c.start() < start < c.end() and c.group() in RUNS_ON for c in self._cues(s0, e0)):
            return None
        p0, p1 = self.sentences[k - 1]
        if p0 < self._line_start(len(self.text[: self._line_start(s0)].rstrip())):
            return None  # the sentence before is in this paragraph or the one before
        for m in self._citations(p0, p1):
            sp = self._after_cue(m.end(), owner=True) if not self._in_quote(m.start()) else None
            if sp and sp.kind in ("institution", "anonymous"):
                return sp
        said = [r for r in self.rows if p0 <= r["start"] < p1 and r["kind"] != "indirect" and r["speaker"]]
        if said and said[-1]["speaker_kind"] == "institution" and said[-1]["cue"] in RUNS_ON:
            return self._from_row(said[-1])
        return None

    def _headline_words_from_the_body(self) -> None:
        """A headline's quoted word that no verb of the headline attributes ("Doe has ‘candid’ talks",
        "‘Unacceptable’: Doe shelves trip") is the word of whoever the body gives it to: the speaker of the
        first row of the body that holds the same words ("The ministry would ‘welcome’ …" keeps its subject)."""
        head_end = 0  # the headline and deck: the lines before the first that ends a sentence
        for line in _LINE.finditer(self.text):
            if line.group().rstrip(" \t”\"’'").endswith((".", "?", "!")):
                head_end = line.start()
                break
        for r in self.rows:
            if r["start"] >= head_end:
                break
            if r["kind"] != "partial" or r["start"] in self.predicated or (r["speaker"] and r["cue"] is not None):
                continue
            words = self._folded_words(r["start"], r["end"])
            if not words:
                continue
            # a quotation of the same words first, else a report that holds them
            body = sorted(
                (x for x in self.rows if x["start"] >= head_end and x["speaker"]),
                key=lambda x: (x["kind"] == "indirect", x["start"]),
            )
            said = next((x for x in body if f" {words} " in f" {self._folded_words(x['start'], x['end'])} "), None)
            if said:
                r.update({c: v for c, v in said.items() if c.startswith("speaker")})
        # a subheading that is a quotation alone on its line ("‘Totally unacceptable’") is the words of the first
        # quotation after it that holds them
        for r in self.rows:
            if r["start"] < head_end or r["kind"] != "partial" or r["speaker"]:
                continue
            line = self.text[self._line_start(r["start"]) : self._line_end(r["start"])].strip()
            words = self._folded_words(r["start"], r["end"]) if line == self.text[r["start"] : r["end"]] else ""
            if not words:
                continue
            said = next(
                (
                    x
                    for x in self.rows
                    if x["start"] >= r["end"]
                    and x["kind"] != "indirect"
                    and x["speaker"]
                    and f" {words} " in f" {self._folded_words(x['start'], x['end'])} "
                ),
                None,
            )
            if said:
                r.update({c: v for c, v in said.items() if c.startswith("speaker")})

    def _name_unnamed_spokespeople(self) -> None:
        """ "…, a ministry spokesman said. “…,” Jane Doe said.": a spokesperson left unnamed is the person
        the next attribution, within two sentences, names for the first time (a body's or both sides' attribution
        in between is passed over)."""
        for k, r in enumerate(self.rows):
            words = (r["speaker"] or "").split()
            if r["speaker_kind"] != "anonymous" or not words or words[-1].lower() not in _SPOKES:
                continue
            reach = bisect_right(self.sentence_starts, r["start"]) + 2
            limit = self.sentence_starts[reach] if reach < len(self.sentence_starts) else len(self.text)
            # a report of a body or of both sides in between ("China stopped the talks …") names no spokesperson
            nxt = next((x for x in self.rows[k + 1 :] if x["speaker_kind"] == "person"), None)
            if nxt is None or nxt["start"] >= limit or " and " in nxt["speaker"]:
                continue
            last = nxt["speaker"].split()[-1]
            if any(p < r["end"] and last in name.split() for p, name, _ in self.chain):
                continue  # named before or in the sentence itself: someone else
            for x in self.rows[k:]:
                if x["start"] >= nxt["start"]:
                    break
                if x["speaker"] == r["speaker"]:
                    x.update({c: v for c, v in nxt.items() if c.startswith("speaker")})

    def _labels(self) -> list[tuple[int, int, str]]:
        """(start, end, label) of a transcript's speaker labels at the start of a line: in capitals
        ("JANE DOE, CNN ANCHOR:", "Q:"); else in mixed case ("Jane Doe:", "Secretary Jane Doe:"), when some
        name labels two turns or more and two names at least take turns; else ending with a full stop ("Q.",
        "MR. DOE.", "The President."), when the press asks ("Q."). The label's end includes the white space
        after it."""
        labels = [(m.start(), m.end(), m[1]) for m in _LABEL.finditer(self.text)]
        if len(labels) > 1:
            return labels
        # one label in capitals is a transcript's only with turns in mixed case around it ("CCTV: … Jane Doe: …")
        # a transcript has turns: three colons at least, or the press's "Q." (a string search rules most texts out)
        mixed = self.text.count(":") >= 3
        dot = "\nQ." in self.text or self.text.startswith("Q.")
        for pattern in [p for p, present in ((_MIXED_LABEL, mixed), (_DOT_LABEL, dot)) if present]:
            # the pattern opens with a line break (a literal the search skips to); the first line apart
            first = pattern.match("\n" + self.text[:200])
            found = [(m.start() + 1, m.end(), m[1]) for m in pattern.finditer(self.text)]
            if first:
                found.insert(0, (0, first.end() - 1, first[1]))
            if pattern is _DOT_LABEL:  # "Thanks. …": a word with a full stop is a label only as a title or name
                found = [
                    x for x in found if x[2].isupper() or _is_title(x[2].split()[-1]) or _is_title(x[2].split()[0])
                ]
            names = [x[2].split(",")[0] for x in found]
            again = len(set(names)) < len(names)
            if len(set(names)) >= 2 and (again or pattern is _DOT_LABEL) and (pattern is _MIXED_LABEL or "Q" in names):
                return found
        return labels

    def _newsmaker_turns(self) -> list[tuple[int, int]]:
        """The turns of a transcript spoken by a newsmaker, from a speaker's label ("SECRETARY JANE DOE:")
        to the next label. A label with a newsroom role ("JOHN ROE, CNN ANCHOR:", "Q:") or the name of
        one opens a turn in the reporter's voice; one with a title ("SECRETARY", "PRESIDENT") or naming a
        person of the actor list, or the name of such a label, a newsmaker's; any other, the reporter's.
        A lone label with neither title nor role ("BEIJING:") is a dateline, not a transcript."""
        labels = self._labels()
        if not labels or (len(labels) == 1 and not any(_is_title(w) for w in _LABEL_WORD.findall(labels[0][2]))):
            return []
        self.label_ends = {
            _NEXT_TEXT.match(self.text, a).end(): _BLANKS.match(self.text, b).end() for a, b, _ in labels
        }
        newsroom, newsmakers, turns = set(), set(), []
        roles = any({w.lower().rstrip(".") for w in _LABEL_WORDS.findall(x[2])} & NEWSROOM_ROLES for x in labels)
        for k, (start, stop, label) in enumerate(labels):
            name = label.split(",")[0].split()
            words = {w.lower().rstrip(".") for w in _LABEL_WORDS.findall(label)}
            surname = name[-1].rstrip(".").capitalize()
            if words & NEWSROOM_ROLES or surname in newsroom:
                newsroom.add(surname)
                continue
            actor = _variant_actor(
                " ".join(w.capitalize() for w in name if not _is_title(w)), self.variants
            ) or _variant_actor(surname, self.variants)
            listed = actor is not None and self.actors[actor].kind == "person"
            titled = any(_is_title(w) for w in _LABEL_WORDS.findall(label))
            # a transcript that marks its own staff by role ("HOST", "BYLINE") marks everyone else as a newsmaker
            if listed or surname in newsmakers or titled or (roles and len(name) > 1):
                newsmakers.add(surname)
                end = labels[k + 1][0] if k + 1 < len(labels) else len(self.text)
                stage = _STAGE.search(self.text, stop, end)  # "(END VIDEO CLIP)" closes a clip
                turns.append((start, stage.start() if stage else end))
        return turns

    def _carry_open_paragraphs(self) -> None:
        """A paragraph left inside an open quotation takes the speaker of the quotation that goes on."""
        quoted = sorted((r for r in self.rows if r["kind"] == "direct"), key=lambda r: r["start"])
        for r, nxt in reversed(list(zip(quoted, quoted[1:]))):
            if self.text[r["end"] - 1] not in '”"' and nxt["speaker"]:
                if r["speaker"] is None or r["cue"] is None:
                    r.update({k: v for k, v in nxt.items() if k.startswith("speaker")}, cue=None)

    def _last_speaker(self, pos: int, reach: int = 0) -> Speaker | None:
        before = [r for r in self.rows if reach <= r["start"] < pos and r["speaker"]]
        return self._from_row(max(before, key=lambda r: r["start"])) if before else None

    def _sentence_speaker(self, pos: int) -> Speaker | None:
        s0, e0 = self._sentence_of(pos)
        row = next((r for r in self.rows if r["kind"] == "indirect" and r["start"] == s0 and r["speaker"]), None)
        return self._from_row(row) if row else None

    def _indirect_speaker(self, s: int, e: int) -> tuple[Speaker | None, re.Match | None]:
        heading = self._heading(s, e)
        if self._line_start(s) == s and not self.text[s:e].rstrip().endswith((".", "?", "!")):
            colon = _COLON_SPEAKER.search(self.text, s, e)  # "Talks were constructive: White House"
            if colon:
                sides = ((s, colon.start()), (colon.end(), e))
                for (a, b), (c, d) in zip(sides, sides[::-1]):
                    # the other side is a statement, not a label's value ("Source: Xinhua")
                    # … and no headline in title case ("READOUT: Secretary Doe's Meetings with …") unless a body
                    # closes it ("Doe To Visit Norland Next Month: Foreign Ministry")
                    titled = _title_case(self.text[c:d])
                    if (
                        len(self.text[a:b].split()) <= 5
                        and len(self.text[c:d].split()) >= 3
                        and not (titled and a == s)
                        and not _WH_OPENS.match(self.text, c)  # "Summit: What you need to know": a title
                    ):
                        sp = self._parse(a, b)
                        # a person speaks only in front of the colon and with a quotation after it ("Jane
                        # Doe: talks 'candid'"), not in a feature's title ("Jane Doe: a life in music")
                        person = (
                            a == s
                            and sp
                            and sp.kind == "person"
                            and all(_np_word(t) for t in self.text[a:b].split())
                            and any(c <= q < d for q, _ in [*self.quotes, *self.scare])
                        )
                        if titled and not (sp and sp.kind == "institution"):
                            continue
                        if sp and (sp.actor or sp.kind in ("institution", "anonymous") or person):
                            return sp, colon
        made = _REMARKS_MADE.match(self.text, s)
        if made:  # "The comments, made to reporters on a train, were the bluntest …": the last speaker's words told
            reach = self.text.rfind("\n", 0, _trimmed_end(self.text, self._line_start(s))) + 1
            sp = self._last_speaker(s, reach)
            if sp:
                return sp, made
        cues = [c for c in self._cues(s, e, any_case=heading) if c.end() <= e]
        talks = self._found(self.talks, s, e)  # "The two sides had candid exchanges on trade"
        if talks and not self._in_quote(talks.start()):
            cues = sorted([*cues, talks], key=lambda c: c.start())
        impersonal = self._found(self.impersonal_at, s, e)  # "it is hoped that": a verb with no speaker
        if impersonal:
            cues = [c for c in cues if not impersonal.start() <= c.start() < impersonal.end()]
        mark = _BULLET_MARK.match(self.text, s) if self.text[s : s + 1] in _BULLETS else None
        item = CUE_ANY_CASE.match(self.text, mark.end()) if mark else None
        if item and item.group().lower() not in _ITEM_NOUNS:  # "- Conveyed to Roe that the trip would be postponed"
            sp = self._list_lead_subject(s)
            if sp:
                return sp, item
        elided = self._elided_in_heading(s, e, cues) if heading else None
        if elided is not None:  # "Jane Doe Sees Progress in Trade Ties, Expects More …": the first verb's subject
            k = cues.index(elided)
            sp = self._speaker_of_cue(s, cues[0]) if k else self._heading_subject(s, elided.start())
            if sp:
                return sp, elided
        # "was saying", "have been telling": a form of "be" before a verb in -ing is its progressive, not a passive
        be_before = [
            (c, None if c.group().endswith("ing") else _BE_BEFORE.search(self.text, max(s, c.start() - 30), c.start()))
            for c in cues
        ]
        passive = [c for c, be in be_before if be]
        for c, be in be_before:  # "the plan was stated by the ministry": the agent speaks, the subject does not
            if not be:
                continue
            if (
                c.group() in ("quoted", "cited", "reported") and _AS_SAYING.match(self.text, c.end(), e)
            ) or _TO_HAVE_SAID.match(self.text, c.end(), e):
                # "Jane Doe was quoted by X as saying …", "Jane Doe is reported to have said …": Jane Doe
                sp = self._subject(s, be.start())
            else:
                # "was stated by X"; of other verbs a judgment, "was described by both sides as …", not a
                # deed such as "the visit was confirmed by X"
                by = _BY_AGENT.match(self.text, c.end(), e)
                agreed = c.group() == "agreed"
                if agreed:  # "The visit was agreed between Jane Doe and John Roe": the two who agreed, as a readout's
                    by = _AGREED_BY.match(self.text, c.end(), e)  # "both sides agreed"
                comment = be.group().startswith("as")  # "…, as noted by X": X's remark, whatever the verb
                if (
                    by
                    and not agreed
                    and c.group() not in RUNS_ON
                    and c.group() not in _NEWS_OF
                    and not comment
                    and not _AGENT_AS.match(self.text, by.end(), e)
                    and " as " not in self.text[c.end() : by.end()]  # "were described as candid by both sides"
                    # "The information was confirmed by X": news told is a statement, whatever the verb
                    and not _NEWS_SUBJECT.search(self.text, max(s, be.start() - 40), be.start())
                ):
                    by = None
                sp = self._after_cue(by.end()) if by else None
            if sp:
                return sp, c
        if passive:
            cues = [c for c in cues if c not in passive]
            if not cues:
                return None, passive[0]  # spoken, but by no one the sentence names
        pair = self._pair(s, cues[0].start()) if cues else None
        if pair:
            return pair, cues[0]
        agent = _FRONTED_BY.match(self.text, s)
        if agent and CUE.fullmatch(agent[1].lower()):  # "Described by both sides as candid, the talks …": the agent
            sp = self._after_cue(_BY_AGENT.match(self.text, agent.end()).end())
            if sp and sp.kind != "unknown":
                return sp, agent
        fronted = ACCORDING.match(self.text, s)
        if fronted:  # "According to a senior official, Doe asked …": the source reports all that follows
            sp = self._after_cue(fronted.end(), owner=True)
            # a body speaks for all that follows through a record it owns or put out ("According to the Treasury's
            # latest report, …", "According to a schedule released by the ministry, …"), not named alone
            record = fronted.group().endswith(("by ", "from ")) or _OWNED_RECORD.match(self.text, fronted.end())
            if sp and (sp.kind in ("anonymous", "person") or (record and sp.kind == "institution")):
                return sp, None
        if cues:  # an attribution that closes the sentence speaks for all of it
            last = cues[-1]
            # "…, Jane Doe said as she played down …": the verb of a clause of time after the attribution
            sub = len(cues) > 1 and _AS_SHE.fullmatch(self.text, cues[-2].end(), last.start())
            if sub:
                last = cues[-2]
            elif len(cues) > 1 and (last.group() in PARTICIPLES or not _CLOSING_REST.match(self.text, last.end(), e)):
                # "…, officials said on Monday, speaking at a fair": a verb inside the clause that trails the
                # attribution is not the attribution
                last = next(
                    (
                        c
                        for c in reversed(cues[:-1])
                        if c.group() not in PARTICIPLES and _CLOSING_TAIL.match(self.text, c.end(), e)
                    ),
                    last,
                )
            lead = self.text[s : last.start()]
            cut = lead.rfind(",")
            closing = last.group() not in PARTICIPLES and (
                sub or _CLOSING_REST.match(self.text, last.end(), e) or _CLOSING_TAIL.match(self.text, last.end(), e)
            )
            if cut > 0 and closing:
                end = last.start() - len(lead) + len(lead.rstrip())
                np = self._tail_np(s + cut + 1, end)
                sp = None
                # the whole clause is the speaker (after a comma closing a quoted phrase too: 'were "useful," X said')
                if np and self.text[s + cut + 1 : np[0]].strip(" \t\n\"”’'") == "":
                    sp = self._parse(*np)
                # "…, reported The Gazette.": the verb first (not "…, told Axios.": the one told)
                if sp is None and lead[cut + 1 :].strip() == "" and last.group() in _INVERTED:
                    after = self._head_np(_NEXT_TEXT.match(self.text, last.end()).end(), e)
                    if after and self.text[after[1] : e].strip(" .!?\n”\"’'") == "":
                        sp = self._after_cue(last.end())
                sp = sp or (self._subject(s, last.start()) if lead.rstrip().endswith(",") else None)
                if sp is None:  # "…, Jane Doe, adviser to the president said": the apposition's last comma left out
                    prev = lead.rfind(",", 0, cut)
                    office = lead[cut + 1 :].split()[:3]
                    if prev > 0 and office and office[0].islower() and any(w.lower() in TITLES for w in office):
                        named = self._parse(s + prev + 1, s + cut)
                        sp = named if named and named.kind == "person" else None
                if sp is None and lead[cut + 1 :].strip() == "" and last.group() in RUNS_ON:  # ", said X."
                    sp = self._after_cue(last.end())
                elif sp is None and lead[cut + 1 :].strip() == "":  # "…, indicates Jane Doe": her name ends it
                    np = self._head_np(_NEXT_TEXT.match(self.text, last.end()).end(), e)
                    if np and self.text[np[1] : e].strip(" .!?\n”\"’'") == "":
                        sp = self._after_cue(last.end())
                # "Jane Doe held talks with John Roe in Oslo, the ministry said": the two who talked, whose talks the
                # record tells of (not an official's or a person's account: "…, an official said")
                pair = self._held_talks(s, s + cut) if sp and sp.kind == "institution" else None
                if pair:
                    self.talks_told[s] = sp
                    return pair, last
                if sp and sp.kind != "person":  # "Jane Doe stressed …, the ministry said.": Jane Doe speaks
                    for c in cues[:-1]:
                        # not when the attribution closes more than the person's clause ("Doe asked …, and Roe will
                        # …, an official said") or the verb only says that someone phoned ("Doe called Norland to
                        # discuss …, the ministry said")
                        inner = (
                            None
                            if c.group() in _PARTICIPLE_OR_STANCE
                            or _CALLED_TO.match(self.text, c.start())
                            or _NEW_CLAUSE.search(self.text, c.end(), s + cut)
                            else self._subject(s, c.start())
                        )
                        if inner and inner.kind in ("person", "anonymous") and c.start() < s + cut:
                            return inner, c
                    # "Jane Doe supported the plan in a call with Roe, the ministry said": a position the person took
                    # in the talks the record tells of, told in the clause the record closes
                    taken = next(
                        (m for m in _POSITION.finditer(self.text, s, s + cut) if not self._in_quote(m.start())), None
                    )
                    if (
                        taken
                        and sp.kind == "institution"  # a record's account, not an official's ("…, an official said")
                        and not _NEW_CLAUSE.search(self.text, taken.end(), s + cut)
                        # not inside a clause on something else ("The plan, which Doe backed, was shelved")
                        and not _RELATIVE_WORD.search(self.text, s, taken.start())
                        and not _BE_VERB.search(self.text, taken.end(), s + cut)
                    ):
                        inner = self._subject(s, taken.start())
                        # a person's position; a country's or a body's only when the clause says it was taken in
                        # talks ("Valdoria supported the plan in a phone call, the Norland ministry said"), not a
                        # decision of its own told by another ("The board decided to close the plant, …")
                        talks = _IN_TALKS.search(self.text, taken.end(), s + cut)
                        if inner and (
                            inner.kind == "person"
                            or (talks and inner.kind in ("institution", "unknown") and inner.name != sp.name)
                        ):
                            return inner, last
                    # 'Jane Doe “stressed the need for …,” the ministry said': the verb quoted with its words
                    q = bisect_left(self.quote_starts, s)
                    if q < len(self.quotes) and self.quotes[q][0] < s + cut:
                        qs = self.quotes[q][0]
                        verb = CUE.match(self.text, qs + 1)
                        inner = self._subject(s, qs) if verb and verb.group() not in _PARTICIPLE_OR_STANCE else None
                        if inner and inner.kind == "person":
                            return inner, verb
                        # 'Jane Doe intends to “open channels …,” the media reported': her aim in her own words
                        aim = _VERB_TO_QUOTE.search(self.text, max(s, qs - 40), qs)
                        inner = self._subject(s, aim.start()) if aim else None
                        if inner and inner.kind == "person":
                            return inner, last
                if sp:
                    return sp, last
        if len(cues) > 1 and _CONCESSIVE.match(self.text, s):
            # "While X called it “…”, Jane Doe warned …": the main clause speaks before the clause put in front of it
            cut = next((m.start() for m in _COMMA.finditer(self.text, s, e) if not self._in_quote(m.start())), e)
            cues = [c for c in cues if c.start() > cut] + [c for c in cues if c.start() < cut]
        for c in cues:
            if _RELATIVE_END.search(self.text, s, c.start()) and any(
                not self._in_quote(m.start()) for m in self._citations(c.end(), e)
            ):
                continue  # "The talks, which the ministry said were candid, lasted hours, according to X": X's report
            sp = self._speaker_of_cue(s, c)
            if sp:
                return sp, c
        for m in self._citations(s, e):
            if not self._in_quote(m.start()):
                sp = self._after_cue(m.end(), owner=True)
                if sp:
                    # "Jane Doe held talks with John Roe, according to the ministry": the two who talked, as with
                    # a record that closes the sentence with its verb
                    pair = (
                        self._held_talks(s, m.start()) if sp.kind == "institution" or sp.name == "both sides" else None
                    )
                    if pair:
                        self.talks_told[s] = sp
                    return pair or sp, None
        # 'He also “raised a number of issues …”': the verb quoted with its words, right after the subject
        q = bisect_left(self.quote_starts, s) if not cues else len(self.quotes)
        if q < len(self.quotes) and self.quotes[q][0] < e:
            verb = CUE.match(self.text, self.quotes[q][0] + 1) or _SPEECH_ACT.match(self.text, self.quotes[q][0] + 1)
            if verb and verb.group() not in _PARTICIPLE_OR_STANCE:
                sp = self._subject(s, self.quotes[q][0])
                if sp and sp.kind != "unknown":
                    return sp, verb
        # "There were also frank exchanges between Doe and Roe over …": the two who spoke
        between = None if cues else _TALKS_BETWEEN.match(self.text, s, e)
        if between:
            np = self._head_np(between.end(), e)
            sp = self._parse(*np) if np else None
            if sp and sp.kind in ("person", "institution", "anonymous"):
                return sp, between
        # "The talks focused on trade": what the participants spoke of
        topic = _TOPIC_OF_TALKS.search(self.text, s, e) if self.topics and not cues else None
        if topic and not self._in_quote(topic.start()):
            return self._participants(s), topic
        # "The plan drew criticism from the union": a reaction told as a noun is the speech of the one it came from
        # (no verb of saying of the sentence's own outside it: "prompted calls for an inquiry" holds its noun)
        reaction = _REACTION_FROM.search(self.text, s, e) if self.text.find("from", s, e) >= 0 else None
        if (
            reaction
            and not self._in_quote(reaction.start())
            and all(reaction.start() <= c.start() < reaction.end() for c in cues)
        ):
            sp = self._after_cue(reaction.end())
            if sp and sp.kind in ("person", "institution", "anonymous"):
                return sp, reaction
        # "Despite China's calls for the issue to be handled calmly, …": a call made, told as a noun, is its owner's
        called = _CALLS_OF.search(self.text, s, e) if "'s" in self.text[s:e].replace("’", "'") else None
        if called and not self._in_quote(called.start()) and all(called.start() <= c.start() for c in cues):
            sp = self._parse(called.start(1), called.end(1))
            if sp and (sp.kind in ("person", "institution", "anonymous") or called[1][0].isupper()):
                return sp, called
        # "…, but analysts are doubtful whether …": a view of unnamed sources, told by the writer who asked them
        held = _VIEW_HELD.search(self.text, s, e) if " are " in self.text[s:e] or " were " in self.text[s:e] else None
        if held and not self._in_quote(held.start()):
            opens = [m.end() for m in _CLAUSE_JOINED.finditer(self.text, s, held.start())]
            np = self._head_np(opens[-1] if opens else s, held.start())  # the subject of its clause
            if np and not self.text[np[1] : held.start()].strip():
                sp = self._parse(*np)
                if sp and self._commentators(sp):
                    return sp, held
        # "The trip … was recognised by both sides as candid", "The talks, described by both sides as candid, …": a
        # judgment of the agent's, told in a participle
        judged = _JUDGED_BY_AS.search(self.text, s, e) if " as " in self.text[s:e] else None
        if judged and not self._in_quote(judged.start()):
            sp = self._after_cue(judged.end())
            if sp and sp.kind in ("person", "institution", "anonymous") and _AS_AFTER.match(self.text, judged.end(), e):
                return sp, judged
        return None, None

    @staticmethod
    def _commentators(sp: Speaker) -> bool:
        """Is a speaker unnamed people quoted for their views ("many analysts", "economic experts")?"""
        return sp.kind == "anonymous" and any(_word(w) in COMMENTATORS for w in sp.name.split())

    def _list_lead_subject(self, s: int) -> Speaker | None:
        """The subject a bulleted item with its subject left out ("- Conveyed to Roe that …", "- Says talks will
        resume") shares with the others: in a list of two items or more, the person named first in the line that
        leads the list (a headline, "Jane Doe is delaying her trip"), else the speaker of a row of that line."""
        line = self._line_start(s)
        bullets = 0
        while line > 0:
            prev = self._line_start(line - 1)
            text = self.text[prev : line - 1].strip()
            if not text:
                line = prev
                continue
            if text[0] not in _BULLETS:
                break
            bullets += 1
            line = prev
        else:
            return None
        nxt = self._line_end(s) + 1
        after = self.text[nxt : self._line_end(nxt)].lstrip()
        if not (bullets or after[:1] in _BULLETS):
            return None  # one dashed line alone is no list
        lead = (prev, line - 1)
        named = self._named_people(*lead)
        if named:
            return Speaker(named[0], "person", "", "", self._actor_of(named[0]))
        for r in self.rows:
            if lead[0] <= r["start"] < lead[1] and r["speaker"]:
                return self._from_row(r)
        return None

    def _elided_in_heading(self, s: int, e: int, cues: list[re.Match]) -> re.Match | None:
        """The verb of saying of a title-case headline that follows a comma with its subject left out ("Doe Praises
        Roe, Says Ties Improving"; not "Talks Go On, Says Finance Ministry", the verb before its subject)."""
        for c in cues:
            word = c.group()
            if not word[0].isupper() or not self.text[s : c.start()].rstrip().endswith(","):
                continue
            if word.lower() in _INVERTED:
                after = self._head_np(_NEXT_TEXT.match(self.text, c.end()).end(), e)
                sp = self._parse(*after) if after and not self.text[after[1] : e].strip(" .!?\n”\"’'") else None
                named = {n for _, n, _ in self.chain}
                if sp and (sp.actor or sp.kind in ("institution", "anonymous") or sp.name in named):
                    return None  # the speaker after its verb, named as a speaker
            return c
        return None

    def _heading_subject(self, s: int, cut: int) -> Speaker | None:
        """The subject a headline's second verb shares with its first ("Jane Doe Sees Progress in Trade Ties,
        Expects More Talks"): the person whose name opens the headline (after a title), by the fullest form the text
        gives it."""
        people = {}  # a word of a name of the chain, named outside the headline → the fullest name it is part of
        line = (s, self._line_end(s))
        for p, name, _ in self.chain:
            if line[0] <= p < line[1]:
                continue
            for word in name.split():
                if len(name) > len(people.get(word, "")):
                    people[word] = name
        for word in self.text[s:cut].split()[:5]:  # the headline's first words, a title before the name passed over
            name = people.get(word.rstrip(",:"))
            if name:
                return Speaker(name, "person", "", "", self._actor_of(name))
            if not (_is_title(word) or word.isupper()):
                return None
        return None

    def _held_talks(self, s: int, e: int) -> Speaker | None:
        """ "Jane Doe held talks with John Roe", "Doe had a phone call on Monday with Roe": the two people who talked,
        when the clause between s and e opens with the first as its subject and names the second after "with"."""
        held = _HELD_TALKS.search(self.text, s, e)
        if held is None or self._in_quote(held.start()) or _RELATIVE_WORD.search(self.text, s, held.start()):
            return None
        if _NEW_CLAUSE.search(self.text, s, held.start()):
            return None
        first = self._subject(s, held.start())
        if first is None or first.kind != "person":
            return None
        after = [n for n in self._named_people(held.end(), e) if n != first.name]
        return Speaker(f"{first.name} and {after[0]}", "person") if after else None

    def _participants(self, pos: int) -> Speaker:
        """Who took part in the talks a sentence names: the joint speaker of a row within the two sentences
        before, else the two people the sentence names, or else one of the two before it, else both sides."""
        s0, _ = self._sentence_of(pos)
        k = bisect_left(self.sentence_starts, s0)
        reach = self.sentence_starts[max(0, k - 2)] if k else s0
        for r in reversed(self.rows):
            if reach <= r["start"] < s0 and r["speaker"] and (" and " in r["speaker"] or r["speaker"] == "both sides"):
                return self._from_row(r)
        for p0, p1 in [(s0, self._sentence_of(pos)[1]), *self.sentences[max(0, k - 2) : k][::-1]]:
            names = self._named_people(p0, p1)
            if len(names) == 2:
                return Speaker(" and ".join(names), "person")
        return Speaker("both sides", "anonymous")

    def _heading(self, s: int, e: int) -> bool:
        """A sentence that is a whole line in title case without a full stop (a headline)."""
        line = self.text[s:e].strip()
        if self._line_start(s) != s or "\n" in line or line.endswith((".", "?", "!")):
            return False
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        capitals = sum(w[0].isupper() for w in words)
        return len(words) >= 3 and capitals >= 0.7 * len(words)

    def _indirect(self, direct_starts: list[int], direct_ends: set[int] = frozenset()) -> None:
        """Indirect speech, sentence by sentence. A statement reported with "X said that …" goes on into
        the next sentences of its paragraph until a quotation, a new speaker or a sentence about the report.
        The attribution of a direct quote that closes with "?" or "!" ("“Why now?” Doe asked.") is no row."""
        # (speaker, paragraph start, may it quote) of a report that runs on: a statement made with a verb of saying
        # ("X said, …") goes on through a quoted phrase, a claim ("X insisted …") does not
        carry = None
        announced, announced_at = None, 0  # the speaker of "…, the ministry said." just before, and where
        listing = None  # the speaker of a report that a colon closing its paragraph opens as a list
        for s, e in self._clauses():
            para = self._line_start(s)
            if any(a <= s < b for a, b in self.newsmaker_turns):  # a newsmaker's own words report no one
                carry = announced = listing = None
                continue
            s = self.label_ends.get(s, s)  # a transcript's speaker label is no part of the sentence it opens
            if s >= e:
                continue
            last = self.rows[-1] if self.rows else None
            if (
                last
                and last["kind"] == "indirect"
                and para > last["end"]
                and (
                    self.text[last["end"] - 1] == ":"
                    # "… agreed to the following measures.", "… as follows." closing its paragraph
                    or _FOLLOWING_END.search(self.text, max(last["start"], last["end"] - 60), last["end"])
                )
            ):
                listing = self._from_row(last)  # "X put forward four points:" closing its paragraph
            if listing and para == s:
                if _LIST_ITEM.match(self.text, s):  # "First, …", "2. …", "• …": the list goes on
                    self.rows.append(self._row(s, e, "indirect", listing, None))
                    carry = (listing, para, True)
                    continue
                listing = None
            k = s
            while k > 0 and self.text[k - 1] in " \t":
                k -= 1
            # "Doe told reporters:" with the quotation in the next paragraph introduces it, as a colon
            # inside one sentence does
            n = _NEXT_TEXT.match(self.text, e).end() if self.text[e - 1 : e] == ":" else -1
            introduces = n >= 0 and self._has(direct_starts, n, n + 1) and not self._says_more(s, e)
            if (
                introduces
                or (self._has(direct_starts, s, e) and not self._reports_before_quote(s, direct_starts))
                or (k in direct_ends and self.text[k - 2 : k - 1] in ("?", "!"))
            ):
                carry = announced = None
                continue
            speaker, cue = self._indirect_speaker(s, e)
            (before, before_at), announced = (announced, announced_at), None
            going = carry[0] if carry and carry[1] == para else before  # a report that may go on here
            if (
                going
                and (self._found(self.impersonal_at, s, e) or (speaker and self._inside_report(s, e, cue, speaker)))
                and not self._has(self.quote_starts, s, e)
                and not _ABOUT_REPORT.match(self.text, s)
            ):  # "… it is hoped that …", "As X has said …, Y must …", "China hopes …": the report goes on
                self.rows.append(self._row(s, e, "indirect", going, None))
                carry = (going, para, False)
                continue
            if speaker is None and self._found(self.impersonal_at, s, e) and not self._has(self.quote_starts, s, e):
                self.impersonal.append((s, e))  # its speaker, if any, is the one of the quote just before
            if speaker is None and cue is None and self.text[e:].strip() == "" and self._cut_source(s, e):
                # "…, according to three seni": a text cut off inside its source is a report whose speaker it does
                # not give (a row with no speaker, not a guess)
                self.rows.append(self._row(s, e, "indirect", None, "according to"))
                carry = None
                continue
            if speaker is None and cue is not None:  # a report in the passive without its agent: a new report
                carry = None
                continue
            if speaker is None and any(
                c.group() not in _PARTICIPLE_OR_STANCE and not _PARTICIPLE_AGENT.match(self.text, c.end(), e)
                for c in self._cues(s, e)
            ):
                # a new subject speaks, though it is not read as a speaker; a participle with its agent ("the
                # principles put forward by President Roe") names what the statement goes on about, no new report
                carry = None
            if (
                speaker
                and cue is not None
                and cue.group() in BELIEFS
                and not _THAT.match(self.text, cue.end())
                and not self._commentators(speaker)
            ):
                # "China believes the road will be hard": a belief held, voiced by no one reported ("Doe believes
                # that …", a view set out as a statement, is reported; so are the beliefs of unnamed commentators,
                # "many analysts believe …": what they told the writer)
                carry = None
                continue
            if speaker:
                self.rows.append(self._row(s, e, "indirect", speaker, cue.group() if cue else "according to"))
                # a statement made ("said the world needs …") may run on; a view held ("observers say …") only
                # after "that"
                word = cue.group() if cue else ""
                # "says" of one person or body states ("The ministry says the talks are …"), like "said"
                # … and "have said": a position held over time ("Officials have said it is in the interest …")
                view = (
                    word == "say"
                    or (word.endswith("s") and not (word == "says" and speaker.kind != "anonymous"))
                    or bool(cue and _PERFECT_BEFORE.search(self.text, max(s, cue.start() - 20), cue.start()))
                )
                clause = _THAT if view else _REPORTED_CLAUSE
                that = word in RUNS_ON and (
                    clause.match(self.text, cue.end()) or _COLON_CLAUSE.match(self.text, cue.end())
                )
                if not that and word in _SAYING:
                    that = _COMMA_CLAUSE.match(self.text, cue.end())
                if not that and word in RUNS_ON_THAT:  # "announced that …", not "announced the postponement"
                    that = _THAT.match(self.text, cue.end())
                listener = _LISTENER.match(self.text, cue.end()) if word in ("told", "tells") else None
                if word in RUNS_ON and not that and listener:  # "told lawmakers the bank was ready …"
                    that = clause.match(self.text, listener.end())
                carry = (speaker, para, word in _SAYING) if that else None
                closing = cue and cue.group() in RUNS_ON and _CLOSING_REST.match(self.text, cue.end(), e)
                # "…, the ministry said." and "According to the ministry, …": a plan it reports may go on
                announced = speaker if cue is None or (closing and "," in self.text[s : cue.start()]) else None
                announced_at = s
            elif (
                before
                and (
                    (_MODAL.search(self.text, s, e) and not self._has(self.quote_starts, s, e))
                    or (self._has(self.quote_starts, s, e) and self._line_start(s) == self._line_start(before_at))
                )
                and not _ABOUT_REPORT.match(self.text, s)
                and not _IT_IS_THAT.match(self.text, s)  # "It is widely expected that …": a view of no one named
            ):  # "X will visit Y, the ministry said. The trip would …": the plan reported goes on; so do the
                # words it quotes ("…,” said the paper. One visit “will not be enough.”)
                self.rows.append(self._row(s, e, "indirect", before, None))
                if self._has(self.quote_starts, s, e):
                    announced, announced_at = before, s
            elif (
                carry
                and carry[1] == para
                and (carry[2] or not (self._has(self.quote_starts, s, e) or self._has(self.scare_starts, s, e)))
                and not _ABOUT_REPORT.match(self.text, s)
                and not _CREDIT_LINE.match(self.text, s)  # "Photo courtesy: …": a picture's credit says nothing
                and self.text[s:e].rstrip()[-1:] != "?"  # "… said the talks would resume. What is your comment?"
            ):  # a quoted phrase inside a statement ("The key is to follow the 'five rules'.") is still the statement
                self.rows.append(self._row(s, e, "indirect", carry[0], None))
            else:
                carry = None

    def _says_more(self, s: int, e: int) -> bool:
        """Does a sentence that introduces the quotation of the next paragraph with its closing colon report
        something of its own: a clause before its attribution ("Talks resumed, the Herald observes:") or a
        claim as the verb's object ("The Herald rules out a deal before the vote:"), not only who speaks ("The
        Herald comments:", "Doe told reporters on Monday:")?"""
        cues = self._cues(s, e)
        if len(cues) != 1 or cues[0].group() in ("told", "tells", "asked", "asks"):
            return False
        c = cues[0]
        if _INVERTED_AFTER_CLAUSE.match(self.text, s, c.start()):
            return True
        return bool(_CLAIM_OBJECT.fullmatch(self.text, c.end(), e))

    def _cut_source(self, s: int, e: int) -> bool:
        """Does a sentence with no closing stop end with "according to" and at most three words (the text cut off
        inside its source)?"""
        if self.text[e - 1 : e] in (".", "!", "?", "”", '"'):
            return False
        last = next(reversed(list(self._citations(s, e))), None)
        return bool(last) and not self._in_quote(last.start()) and len(self.text[last.end() : e].split()) <= 3

    def _reports_before_quote(self, s: int, direct_starts: list[int]) -> bool:
        """Does a sentence report something of its own before the quotation it ends with ("Doe reaffirmed
        that talks matter, adding, “…”"): a verb of its own with a that-clause, then a participle or a verb of
        saying that opens the quotation ("… and of the date said only, “…”")?"""
        q = direct_starts[bisect_left(direct_starts, s)]
        cues = self._cues(s, q)
        return (
            len(cues) >= 2
            # "…, adding, “…”"; "…, but on the date said only, “…”": a second verb of saying opens the quotation
            and (cues[-1].group() in PARTICIPLES or cues[-1].group() in _SAYING)
            and cues[0].group() not in _PARTICIPLE_OR_STANCE
            and bool(_OPENS_QUOTE.fullmatch(self.text, cues[-1].end(), q))
            # what was said, not only that it was ("explained why he left, saying, “…”" is the quote's attribution):
            # a that-clause or a noun of what was said ("reiterated those sentiments, saying “…”")
            and bool(
                _THAT_WORD.search(self.text, cues[0].end(), cues[-1].start())
                or _SAID_OBJECT.match(self.text, cues[0].end(), cues[-1].start())
            )
        )

    def _clauses(self) -> list[tuple[int, int]]:
        """The sentences, each cut at a semicolon after which a new report opens ("The US said the talks were
        candid; China's statement said …") or, in a headline, a new item ("Doe Says …; Roe Wins …")."""
        out = []
        for s, e in self.sentences:
            cut = self.text.find("; ", s, e)
            while cut >= 0 and not self._in_quote(cut):
                heading = self._heading(s, cut + 1)
                nxt = self.text.find("; ", cut + 2, e)
                stop = nxt if nxt >= 0 else e
                if not (heading or self._has(self.cue_starts, cut + 2, stop)):
                    break
                out.append((s, cut + 1))
                s = _NEXT_TEXT.match(self.text, cut + 1).end()
                cut = nxt
            out.append((s, e))
        return out

    def _inside_report(self, s: int, e: int, cue: re.Match | None, speaker: Speaker) -> bool:
        """Is a sentence with its own reporting verb still part of the report before it? So it is when
        the verb only gives a body's view (China hopes that …) or stands in a clause put in front of
        the main one (As X has said …, the main clause)."""
        if cue is None:
            return False
        if cue.group() in STANCE and speaker.kind != "person":
            return True
        return (
            bool(_FRONTED.match(self.text, s))
            and "," not in self.text[s : cue.start()]
            and "," in self.text[cue.end() : e]
        )

    def _row(self, start, end, kind, speaker: Speaker | None, cue) -> dict:
        actor = self.actors.get(speaker.actor) if speaker and speaker.actor else None
        if speaker and actor is None and speaker.kind == "person":
            name = _variant_actor(speaker.name, self.variants)
            actor = self.actors.get(name) if name else None
        group = actor.group if actor else ("unknown" if speaker else None)
        return {
            "start": start,
            "end": end,
            "kind": kind,
            "speaker": (actor.name if actor and actor.kind not in ("institution", "unnamed") else speaker.name)
            if speaker
            else None,
            "speaker_group": group,
            "cue": cue,
            "speaker_kind": speaker.kind if speaker else None,
            "speaker_actor": actor.name if actor else None,
            "speaker_title": (speaker.title or None) if speaker else None,
            "speaker_affiliation": (speaker.affiliation or (actor.affiliation if actor else "")) or None
            if speaker
            else None,
        }


# a run of capitalised words (with "of", "for" and titles inside) that may name a person (the look-behind
# checks the character before the capital once the capital is found, so that the search skips to capitals)
_CAPRUN = re.compile(r"[A-Z](?<![\w.'’-].)[\w'’.-]*(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.-]*)+")
# a lowercase title right before a name ("deputy spokesperson Jane Doe")
_CLOSING_MARKS = "”\"’'"
_TITLE_BEFORE = re.compile(r"(?:spokes(?:man|woman|person)|envoy|minister|secretary|director|professor) $")
_APPOSITION = re.compile(
    r",\s+((?:a|an|the|[A-Z][\w'’.-]*['’]s|[a-z]+ of)\b[^,;:“”\"]{2,120}?)(?:,|\.(?=\s)|\.?\s*$)", re.M
)
_BARE_APPOSITION = re.compile(
    r",[ \t]+(((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:at|of|for|with) [^,;:“”\"]{2,100}?)(?:,|\.(?=\s)|\.?\s*$)", re.M
)
# "X, an apposition," before a verb: the two comma-parts before the last comma
# two names, each with its apposition, joined by "and": "Jane Doe, the envoy, and John Roe, the minister,"
_APPOSED_PAIR = re.compile(
    r"(?<![\w'’.-])([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}),[^,;:“”\"]{2,80},\s+and\s+"
    r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}),[^,;:“”\"]{2,80},$"
)
_APPOSED = re.compile(r"(?:^|[,;:—])([^,;:—]*),([^,;:—]*),$")
_FROM = re.compile(r"\s+(?:from|in|at) ((?:the )?[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|for|the|and))*)\s*$")
# a picture's credit line: "Photo courtesy: …", "Image credit: …", "Photograph: …"
_CREDIT_LINE = re.compile(
    r"\s*(?:Photo|Photograph|Image|Picture|Video|Graphic)s?(?:[ \t]+(?:courtesy|credits?|source))?[ \t]*:"
)
# a sentence about the report itself ("This statement followed …") is the reporter's again
_ABOUT_REPORT = re.compile(
    r"\s*(?:This|That|These|Those|The|Its|Their)\s+(?:\w+\s+)?(?:statement|remarks?|comments?|call|readout|report|meeting|talks)\b"
)
# a document and its author before a reporting verb: "Norland's readout of the call", "a statement from the
# ministry", "the joint statement issued by the two sides"
_DOCUMENT_NOUNS = tuple(n for n, k in HEADS.items() if k == "document")
_DOCUMENT_END = re.compile(
    r"(?:(?<![\w'’.-])(?P<owner>[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|for|the))*?)['’]s\s+|(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)"
    # "a joint statement", "the Japanese readout", "a Chinese foreign ministry statement"
    r"(?:(?P<mod>(?:[a-z-]+|[A-Z][a-z-]+)(?:\s+[a-z-]+){0,2})\s+)?"
    rf"(?P<noun>{_one_of(n for n, k in HEADS.items() if k == 'document')})"
    r"(?:\s+(?:(?:issued|released|published|posted)\s+)?(?:by|from)\s+(?P<author>[^,;:“”\"]{2,80}?)"
    r"|\s+(?:of|on|after|about)\s+(?:the|a|an|its|their|his|her|this|that)\s+[\w-]+(?:\s+[\w-]+)?)?\s*$"
)
_DOCUMENT_OF = re.compile(r"[ \t]+(?:of|from|by)[ \t]")  # what a document is of, or who issued it
_OPENS_QUOTE = re.compile(r"(?:[ \t]+(?:only|simply|merely|just|[a-z]+ly))?[ \t]*[,:]?[ \t]*")  # "said only, “"
# a clause with a subject of its own joined on: ", and Defense Secretary Jane Doe will …", ", but the Norland side has …"
_NEW_CLAUSE = re.compile(
    r",[ \t]+(?:and|but)[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|of|for|the)){0,7}[ \t]+"
    r"(?:will|would|could|can|may|must|should|has|have|had|is|are|was|were|did|does|[a-z]+ed)\b"
)
# "called" as a telephone call: "called key ally Norland to discuss …" (not "called on X to", "called for")
_CALLED_TO = re.compile(r"called[ \t]+(?!on\b|for\b)(?:[a-z]+[ \t]+){0,2}(?:[A-Z][\w.'’-]*[ \t]+)+to[ \t]+[a-z]")
_PARTICIPLE_OPENS = re.compile(r"['‘’“\"][A-Za-z]+(?:ed|en|wn)\b")  # "has 'welcomed'", "has 'taken'"
_STATEMENT_AFTER = re.compile(r"(?:[ \t]+[\w'’.-]+){0,3}?[ \t]+that\b")  # "warned Roe that", "told reporters that"
_CONCESSIVE = re.compile(r"\s*(?:While|Whilst|Although|Though|Whereas|Even though)\b")
_COMMA = re.compile(",")
_ENDS_HERE = re.compile(r"[ \t]*(?:[.!?]|$)", re.M)
_FOLD_WORDS = re.compile(r"[^\W_]+")  # the words of a quotation, marks and case aside
# a plan told as still ahead: a modal, "he’ll", "is due to", "are scheduled to", "plans to"
_MODAL = re.compile(
    r"\b(?:would|will|could|should|might|may)\b|(?<=\w)['’]ll\b"
    r"|\b(?:is|are) (?:due|scheduled|set|slated|expected) to\b|\bplans? to\b"
    r"|\b(?:has|have|is|are) (?:also |still )?yet to\b"  # "has yet to meet": what has not happened, as of the report
)
_REMARK = re.compile(r"\s*\([^)]*\)$")
_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
# what may stand between a reporting verb and what it reports: "said on Monday that", "said in a statement:"
_REPORT_ADVERBIAL = (
    rf"(?:,?\s+(?:(?:on|last|this)\s+)?{_DAY}|,?\s+(?:yesterday|today|earlier|later|again|also|publicly|repeatedly)"
    r"|,?\s+(?:in|at|during|after)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|readout|post|letter|speech|interview|briefing|conference|meeting|call|remarks|address)"
    r"(?:\s+(?:on|with|to)\s+(?:[\w.'’-]+\s+){0,2}?[\w.'’-]+)??"
    # "said ahead of the trip that …"
    r"|,?\s+(?:ahead\s+of|before|after|following)\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:trip|visit|talks|meeting|meetings|summit|call|journey|tour))*"
)
_THAT = re.compile(rf"{_REPORT_ADVERBIAL}\s+that\b")
_COLON_CLAUSE = re.compile(rf"{_REPORT_ADVERBIAL}\s*:\s+[\w'’(]")  # "said in a statement: the border …"
# a lone surname after the verb of an attribution that closes its sentence ("…,” said Doe.")
_SAID_SURNAME = re.compile(
    r"\b(?:said|says|added|adds|explained|noted|told reporters)[ \t]+([A-Z][a-z][\w'’-]*)(?=[ \t]*[.,;]|$)"
)
_NAME_WORD = re.compile(r"(?<![\w.'’-])[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)*(?![\w'’-])")
_COLON_NAME = re.compile(r"\s*:\s+((?:[A-Z][\w.'’-]*\s?){1,4})\s*$")
_HEAD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+(?:on|from|of|in)\s+$")
_CUE_SOON = re.compile(rf"[ \t]*(?:[\w.'’-]+[ \t]+){{0,4}}?(?:{CUES})\b")  # an attribution within a few words
_POSSESSIVE = re.compile(r"[\w.-]*(?: [A-Z][\w.-]*)*(['’]s\b)?")  # a name and its possessive ending


def _meeting_on() -> tuple[tuple[str, re.Pattern], ...]:
    """An account of a meeting that names what it was about, from `resources/meeting_phrases.csv`: a meeting verb
    of the past, then within the clause what joins it to its topic ("met Roe on Monday to discuss trade"). One
    pattern a meeting phrase, each opening with its words (a search skips to them; a text without them is not
    searched), with the phrase: not a passive ("was met with protests"); a full stop only inside an abbreviation."""
    rows = _table("meeting_phrases.csv", ("phrase", "kind"))
    topic = "|".join(r["phrase"] for r in rows if r["kind"] == "topic")
    return tuple(
        (
            m,
            re.compile(
                rf"{m}(?<![\w'’-]{m})\b(?<!\bwas {m})(?<!\bwere {m})(?<!\bbe {m})(?<!\bbeen {m})"
                # (an initialism's last stop before a name too: "met the envoy to the U.S. Jane Doe to discuss …")
                rf"(?:[^.;:“”\"\n]|\.(?![ \t]+[A-Z“\"]|[ \t]*$)|(?<=\b[A-Z]\.[A-Z])\.){{0,200}}?\b(?:{topic})\b"
            ),
        )
        for m in (r["phrase"] for r in rows if r["kind"] == "meeting")
    )


_MEETING_ON = _meeting_on()


# "talks over the border", not a stretch of time ("talks over two days", "exchanges over the past year")
_OVER_TOPIC = (
    r"over(?!\s+(?:the\s+(?:past|last|next|coming|weekend|course)\b|(?:a|an|one|two|three|four|five|six|several|many|"
    r"\d+)\s+(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?|hours?|nights?|rounds?)\b))"
)
# people who talked, and what about: "had candid exchanges on trade", "held talks about the border" (and, searched
# apart, `_MEETING_ON`: "met Roe to discuss trade"); the first letter is matched before the look-behind checks the
# one before it, so that the search skips to those letters
_TALKS_ON = re.compile(
    # (not denied: "have not suspended communication", "has yet to have a conversation")
    r"[hest](?<![\w].)(?<!\bnot .)(?<!\bnever .)(?:(?<=h)(?:ad|eld|ave|old|olds|as)\s+"
    r"(?:(?!(?:not|never|yet)\b)[\w'’-]+,?\s+(?:and\s+)?){0,6}?"
    r"(?:communications?|exchanges?(?: of views)?|talks|discussions?|dialogue|conversations?|consultations|a (?:phone )?call)"
    # what the talks were about; not "on the sidelines", "on Monday", "on June 5": a place or a time
    rf"(?:\s+(?:about|{_OVER_TOPIC}|regarding|concerning|on(?!\s+(?:{_DAY}|the\s+sidelines|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d)))\b"
    # "had a candid conversation with Jane Doe about trade": the one talked with is named before the topic
    rf"|\s+with\s+(?P<with>[^,;:“”\"]{{2,80}}?)\s+(?:about|regarding|concerning|on(?!\s+(?:{_DAY}|the\s+sidelines|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d)))\b)"
    r"|(?<=e)xchanged\s+(?:[\w'’-]+,?\s+(?:and\s+)?){0,4}?(?:views|information|opinions|ideas)\b"
    r"|(?:(?<=s)(?:poke|peaks)|(?<=t)alked)\s+(?:(?:with|to|by|on|for|over|via|in|during)\s+(?:[\w'’-]+,?\s+){1,4}?)*?"
    r"about\b)"
)
# a sentence that names what talks were about: "The talks focused on trade", "Taiwan was a central topic of the
# discussions", "The meeting also covered climate", "Fentanyl was on the agenda"
_TOPIC_WORDS = (
    "focus",
    "center",
    "centre",
    "touched on",
    "concentrated on",
    "covered",
    "addressed",
    "dealt with",
    "dominated by",
    "topic",
    "agenda",
)
_TALKS_NOUN = r"(?:talks|meetings?|discussions?|conversations?|call|dialogue|session|exchanges?)"
_TOPIC_OF_TALKS = re.compile(
    rf"\b{_TALKS_NOUN}\s+(?:(?:also|mainly|largely|mostly)\s+)?"
    r"(?:(?:focused|focussed|centered|centred|touched|concentrated)\s+on|covered|addressed|dealt\s+with|"
    r"(?:was|were)\s+dominated\s+by)\b"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:a|the|among\s+the)\s+(?:[\w-]+\s+){0,2}?(?:topics?|focus)"
    rf"\s+(?:of|in|at|during)\s+(?:the|their)\s+(?:[\w-]+\s+){{0,2}}?{_TALKS_NOUN}\b"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:high\s+|prominently\s+)?on\s+the\s+agenda\b"
)


def _reaction_from() -> re.Pattern:
    """A reaction told as a noun with its source after "from", from `resources/reaction_words.csv`."""
    rows = _table("reaction_words.csv", ("word", "kind"))
    verbs, nouns = (_one_of(r["word"] for r in rows if r["kind"] == k) for k in ("verb", "noun"))
    return re.compile(
        rf"\b(?:{verbs})\b[^.;:“”\"]{{0,60}}?\b(?:{nouns})\b[^.;:“”\"]{{0,80}}?\bfrom[ \t]+(?!(?:the )?(?:start|outset|beginning)\b)"
    )


_REACTION_FROM = _reaction_from()
_OWNED_WORDS = re.compile(
    r"(?<![\w'’-])([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})['’]s (?:(?:recent|earlier|latest) )?(?:remarks|comments|"
    r"words|description|characterization|characterisation|use|labell?ing)\b"
)
_NAMED_REMARK = re.compile(r"(?<![\w'’-])([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?:['’]s)? $")
_REMARK_NOUN = re.compile(r"\s+(?:comments?|remarks?|jibes?|jabs?|slurs?|gaffes?|insults?|barbs?)\b")
# what lies between the remarks and the phrase they hold: a participle ("equating Roe with"), "of X as", "as"
# remarks and their speaker after the noun, then what they said: "remarks from Jane Doe that those who …"
_REMARKS_FROM = re.compile(r"\b(?:remarks|comments|statements?|warnings?|words)[ \t]+(?:from|by)[ \t]+")
_REMARKS_THAT = re.compile(r"(?<=[A-Za-z])[ \t]+that[ \t][^;:]*$")
_REMARKS_WHO = re.compile(r"(?<=[A-Za-z]),?[ \t]+who[ \t]")
_INSIDE_REMARKS = re.compile(
    r"\s+(?:[a-z]+ing\s[^,;:]*|of\s[^,;:]*\sas(?:\s+an?)?|as(?:\s+an?)?|of\s+the\s+(?:word|term|phrase|label|expression))\s+"
)  # … or "of the word" ("Doe's use of the word “…”")
_REMARKS_MADE = re.compile(
    r"(?:The|Her|His|Their|Those|These)\s+(?:comments|remarks)"
    r"(?:,\s+(?:made|delivered)\b|\s+(?:made|delivered)\s+(?:to|at|in|during|on|before)\b)"
)  # the participle, not the verb ("The remarks made headlines")
_TALKS_BETWEEN = re.compile(
    r"There\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?"
    r"(?:[“\"‘']?[\w'’-]+[”\"’']?,?\s+(?:and\s+)?){0,4}?[“\"‘']?"
    r"(?:exchanges?(?:\s+of\s+views)?|talks|discussions?|dialogue|conversations?|consultations)[”\"’']?\s+between\s+"
)
_HE_OPENS = re.compile(r"(?:He|She)\b")
# a clause opens after a comma and a conjunction; _CLAUSE_OPENS: such an opening at the end of the text before it
_CLAUSE_JOINED = re.compile(r",[ \t]+(?:but|and|while|whereas|though|although|yet)[ \t]+")
_CLAUSE_OPENS = re.compile(r",[ \t]+(?:but|and|while|whereas|though|although|yet)[ \t]+\Z")
COMMENTATORS = {r["noun"].lower() for r in _table("commentators.csv", ("noun",))}
# a view held, told with an adjective of stance and what it is about ("analysts are doubtful whether …")
_VIEW_HELD = re.compile(
    r"(?<![\w'’-])(?:are|were)[ \t]+(?:(?:also|still|more|less|far|largely|deeply|increasingly|broadly)[ \t]+)?"
    r"(?:doubtful|skeptical|sceptical|confident|optimistic|pessimistic|hopeful|cautious|wary|concerned|worried|divided"
    r"|unsure|uncertain|upbeat|convinced)[ \t]+(?:that|whether|if|about|over|of)\b"
)
# a participle of judging and its agent, before "as" and the judgment ("recognised by both sides as candid")
_JUDGED_BY_AS = re.compile(
    r"\b(?:recogni[sz]ed|seen|viewed|regarded|perceived|deemed|considered|judged|assessed|described|characteri[sz]ed"
    r"|hailed|labell?ed|branded|billed|touted|portrayed)[ \t]+by[ \t]+"
)
_AS_AFTER = re.compile(r"[^,;:“”\"()]{1,60}?[ \t]as[ \t]")  # the agent, then "as"
# what opens a question or a title, no statement ("Summit: What you need to know")
_WH_OPENS = re.compile(r"[ \t]*(?:What|How|Why|Who|Whom|Whose|Where|When|Which)\b")
# a bulleted item that opens with its verb of saying, its subject left out ("- Conveyed to Roe that …", "- Says …"); a
# word of the verb list that opens a line as a noun ("- Reports of a deal", "- Claims of fraud") is no verb there
_BULLET_MARK = re.compile(r"[-•*–▪◦][ \t]+")
_ITEM_NOUNS = {"reports", "claims", "calls", "comments", "warning", "criticism", "hopes", "fears", "notes"}
# the end of a sentence that announces a list: "… agreed to the following measures.", "… as follows."
_FOLLOWING_END = re.compile(r"(?<![\w'’-])(?:the following(?: [a-z-]+){0,2}|as follows)[.:]$")
# an item of a list that opens its paragraph: "First, …", "Second, …", "Finally, …", "2. …", "(b) …", "• …"
_LIST_ITEM = re.compile(
    r"(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|Lastly|Also|Moreover)(?:ly)?,"
    r"|\d{1,2}[.)]|\(?[a-h]\)|[-•*–—])\s"
)
# "as (even) acknowledged by X": a clause of comment in the passive, as good as a form of "be"
_BE_BEFORE = re.compile(  # "we're committed to …": "'re" and "'m" are "are" and "am" ("'s" may be "has")
    r"(?:\b(?:is|are|am|was|were|be|been|being|(?<=[,—–(] )as)|(?<=\w)['’](?:re|m))"
    r"\s+(?:(?:[a-z]+ly|even|also|first|once|later)\s+)?$"
)  # "was first reported by X", "— as described by X —"
# the subject of a verb of news in the passive that is itself something told ("the information was confirmed by X")
_NEWS_SUBJECT = re.compile(
    r"\b(?:information|news|reports?|details|claims?|figures|account|accounts)\s+(?:has\s+|have\s+|had\s+)?$"
)
_AS_SAYING = re.compile(r"[^.;:“”\"]{0,60}?\bas (?:saying|telling|having said|having told)\b")
_THAT_WORD = re.compile(r"\bthat\b")
# the object of a verb of saying that is what was said ("reiterated those sentiments", "repeated his call")
_SAID_OBJECT = re.compile(
    r"[ \t]+(?:(?:the|this|that|these|those|his|her|its|their|our|an?|[A-Z][\w.'’-]*['’]s)[ \t]+)(?:[\w'’-]+[ \t]+){0,2}?"
    rf"(?:{_one_of(r['noun'] for r in _table('said_objects.csv', ('noun',)))})\b"
)
_TO_HAVE_SAID = re.compile(rf"\s+to\s+have\s+(?:{CUES})\b")  # "is said to have told", "was reported to have said"
_AGENT_AS = re.compile(r"[^.;:,“”\"]{1,60}?\s+as\s")  # "… by both sides as candid"
_FRONTED_BY = re.compile(r"([A-Z][a-z]+ed)(?=[ \t]+by[ \t])")  # a participle of saying opening the sentence
# the parties of a passive "agreed": "was agreed (to) … by X", "was agreed (upon) between X and Y"
_AGREED_BY = re.compile(r"(?:[ \t]+(?:to|upon|on))?[^.;:,“”\"]{0,60}?\b(?:by|between)\s+")
_BY_AGENT = re.compile(r"[^.;:,“”\"]{0,60}?\bby\s+")
# what a reporting verb reports: "that …" or a clause opening with its subject ("said the world needs …"),
# not an adverbial ("said on Monday"), a listener ("told reporters") or the end of the sentence
# "said, looking back at …, the experience …": after a verb of saying and its comma a readout's clause of
# any shape, not an adverb or a clause about the saying
_COMMA_CLAUSE = re.compile(
    r",\s+(?!(?:however|though|adding|noting|saying|according|citing|who|which|as|but|and|in|on|at)\b|[a-z]+ly\b)[a-z]"
)
# verbs whose agent in the passive is the source of news ("which was first reported by the Gazette", "as
# revealed by the ministry"): the agent speaks, as it does with a verb of saying
_NEWS_OF = {"reported", "revealed", "disclosed"}
_SAYING = {"said", "says", "stressed", "noted", "added", "pointed out", "emphasized", "emphasised", "stated"}
_SAYING_OR_PARTICIPLE = _SAYING | {"saying", "adding", "noting", "stressing", "emphasizing", "emphasising", "stating"}
_INVERTED = _NEWS_OF | _SAYING | {"reports", "wrote", "writes"}  # verbs put before their subject ("…, said X.")
_REPORTED_CLAUSE = re.compile(
    rf"(?:{_REPORT_ADVERBIAL}\s+that\b|,?\s+(?!{_DAY}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?:the|a|an|he|she|it|they|we|there|this|these|those|its|his|her|their|[A-Z][\w'’.-]*)\s+[\w'’(-])"
)
# a call, demand or warning told as a noun and its owner: "China's calls for …", "the ministry's warnings that …"
_CALLS_OF = re.compile(
    r"(?<![\w'’.-])(?!(?:Despite|After|Amid|Following|Before|With|Without|Given|Since|Under|Against|Over|For|In|On|At"
    r"|By|From)\b)((?:the )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|(?:the|a|an) (?:[a-z-]+ ){0,2}[a-z]+)"
    r"['’]s (?:repeated |earlier |public |urgent )?(?:(?:calls|demands|appeals|warnings) (?:for|to|that)\b"
    # "Doe's call to resume talks", not "Doe's call to the minister" (a phone call)
    r"|(?:call|demand|appeal|warning) (?:for|that|to (?!(?:the|a|an|his|her|their|its)\b)[a-z]+)\b"
    # "Doe's fundraiser remarks about the balloon came as …": remarks and what they were about (not "on Monday")
    rf"|(?:[a-z-]+ ){{0,3}}(?:remarks|comments) (?:about|regarding|on (?!(?:{_DAY}|the sidelines)\b)[a-z]+)\b)"
)
# a participle's agent: "put forward by President Roe", "the line jointly defended and the goal pursued by both"
_PARTICIPLE_AGENT = re.compile(r"(?:[ \t]+and[ \t]+[^,;:.“”\"]{0,40}?)?[ \t]+by[ \t]+(?:the[ \t]+|both[ \t]+)?[A-Za-z]")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:long|repeatedly|often|also|previously)\s+)?$")
_IT_IS_THAT = re.compile(r"It (?:is|was|has been|had been) (?:[a-z]+ly )?[a-z]+ed that\b")
_IMPERSONAL = re.compile(rf"[Ii](?<!\w.)t (?:is|was|has been|had been) (?:[a-z]+ly )?(?:{CUES})\b")
_IMPERSONAL_WORDS = ("t is ", "t was ", "t has been ", "t had been ")  # one of which every match holds
# a subordinate clause in front of the main one
_FRONTED = re.compile(r"\s*(?:As|While|Although|Though|Since|Because|If|When|Whereas|Given that)\b")
_SUBORDINATORS = {"As", "While", "Although", "Though", "Since", "Because", "If", "When", "Whereas"}
_PRONOUN_WORDS = {*PRONOUNS, "they"}
# a name after a lowercase noun and a preposition of place, closing a subject ("the visit to Berlin", "talks
# in Oslo"): the noun is the subject's head; when it is no speaker noun, no one speaks
_PREP_OBJECT_END = re.compile(
    r"\b([a-z]+) (?:to|in|into|at|over|across) (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$"
)
# "…, with Jane Doe saying": the phrase between "with" and a participle is its subject
_WITH_SUBJECT = re.compile(r"(?:^|[,;—] )with ((?:the |an? )?[A-Za-z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,5}?)[ \t]+$")
# a subject phrase followed by a verb of its own before "and said" ("Doe received Roe … and"): a word in -ed or
# a common past form right after it
# a verb that makes someone else speak, and its object: "led China to", "prompted the ministry to"
_LED_TO = re.compile(
    r"\b(?:led|prompted|caused|forced|drove|spurred|pushed|moved|provoked)[ \t]+"
    r"((?:the[ \t]+)?[A-Za-z][\w.'’-]*(?:[ \t]+[A-Za-z][\w.'’-]*){0,3}?)[ \t]+to$"
)
# an infinitive of saying ("declined to say", "reversed its denials to instead say") and the verb of its subject (not
# one whose object is to speak or act, "called Norland to discuss", "asked Doe to explain", nor a plan or an attempt
# to speak, "planned to announce", "tried to explain")
_TO_END = re.compile(r"[ \t]+to(?:[ \t]+(?:also|instead|then|again|[a-z]+ly))?$")
_VERB_BEFORE_TO = re.compile(
    rf"[ \t]+{AUX}(?!(?:asked|urged|called|pressed|invited|encouraged|allowed|forced|prompted|pushed|persuaded|"
    r"expected|needed|used|planned|scheduled|intended|hoped|wanted|prepared|aimed|tried|attempted|failed|offered|"
    r"pledged|vowed|promised|agreed|decided|arranged|struggled)\b)(?:[a-z]+ed|went|sought|took|refused|chose)"
    r"\b[^,;:“”\"]*$"
)
# an unnamed source and what follows its noun before the verb: "a senior official traveling with Doe", "officials
# briefing reporters", "a diplomat based in Oslo", "two officials with knowledge of the plans"
_ANONYMOUS_HEADS = _one_of(sorted({n for n, k in HEADS.items() if k == "anonymous"}, key=len, reverse=True))
_POSTMODIFIED = re.compile(
    r"\s*(?P<np>(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ne|[Aa]nother)\s+)?(?:[\w.'’-]+\s+){0,3}?"
    rf"(?i:{_ANONYMOUS_HEADS}))\s+(?:[a-z]+ing|based|involved|with|who|briefed|present|posted|knowledgeable"
    # "several analysts interviewed by the Herald said": the ones asked speak, not the one who asked
    r"|interviewed|contacted|polled|surveyed|consulted)\b"
    r"[^,;:“”\"]*$"
)
_CONJUNCTIONS = {"after", "before", "when", "while", "since", "because", "although", "though", "until", "once", "as"}
_CREDIT_NAME = re.compile(r"[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+")
_ASIDE_END = re.compile(
    r",[ \t]+(?:during|in|at|after|before|following|on|amid|while|when|speaking|via|by|over)\b[^,;:“”\"]*,[ \t]*$"
)
# " — the envoy — " before a verb (or " - the envoy - ", a hyphen set apart by spaces standing for a dash)
_DASHED_ASIDE = re.compile(r"[ \t]*(—|–|--|(?<= )-(?= ))[^—–\n]{1,200}?\1[ \t]*$")
_CONJ_SUBJECT = re.compile(r"\s*(?:after|before|following) the ([a-z]+)")
_WITH_PEOPLE = re.compile(
    rf"(?:^|[,;—] )with (?:the |both )?(?:two )?(?:{'|'.join(_JOINT_PEOPLE)})\b[^,;:“”\"]*[ \t]+$"
)
# a phrase that opens a sentence and is set off by a comma before its main clause ("In his remarks at the meeting,",
# "Striking a warm note,"): no quotation, no second comma inside it
_OPENING_PHRASE = re.compile(r"\s*[A-Z][^,;:“”\"\n]{2,120},\s+")
# a subject that names no one who did it, in the clause before a verb ("neither official", "no one", "none of them")
_NO_ONE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Nn]either|[Nn]o one|[Nn]obody|[Nn]one of)\b[^.;:!?\n]*$")
_VERB_AFTER_SUBJECT = re.compile(r"[ \t]+(?:[a-z]+ed|met|held|spoke|gave|took|made|told|sent|saw|went|came|left)\b")
# … or, before "and" and an auxiliary, one in the present ("China claims the island and has vowed …"; not "The
# body views X as a rival and maintains a stance": two present verbs, one deed)
_PRESENT_AFTER_SUBJECT = re.compile(r"[ \t]+(?:[a-z]+[^s\W]s|has|does)\b")
_OBJECT_PRONOUN = re.compile(r"(him|her|them)\b")  # after "according to"
_AS_SHE = re.compile(r"\s+(?:as|while|after|before|when)\s+(?:he|she|they|it)\s+(?:[a-z]+ly\s+|also\s+)?")
# an occasion of speaking used to say something: "used a speech at the forum to criticize …"
_USED_TO_SAY = re.compile(
    r"\bused (?:a|an|the|his|her|their|its) [^.;:“”\"]{0,80}?\b(?:speech|address|statement|interview|remarks|"
    r"appearance|post|briefing|conference|op-ed|column|letter|meeting|call) [^.;:“”\"]{0,60}?\bto (?:criticize|"
    r"criticise|warn|urge|call for|defend|accuse|condemn|argue|insist|stress|press|push|announce|reject|deny|"
    r"denounce|attack|blast|slam|praise|tout|signal|reiterate|explain|say|tell|dismiss|rebuke|assail)\b"
)
# (the first letter is matched before the look-behind checks the one before it, so that the search skips to those
# letters)
_SPEECH_ACT = re.compile(
    r"[dgiopsmr](?<![\w'’-].)(?:(?:(?<=g)(?:ave|ives|ive)|(?<=o)(?:ffered(?: up)?|ffers)|(?<=i)ssue[ds]|"
    r"(?<=d)eliver(?:ed|s)|(?<=s)hare[ds]|(?<=p)rovide[ds]) "
    r"(?:(?:a|an|the|his|her|its|their|some|further|no) )?(?:(?:[a-z]+|first-hand|detailed) ){0,2}?"
    r"(?:(?:update|updates|assessment|statement|account|warning|details|assurances?|apology|"
    r"explanation|readout|views|thoughts|perspectives?)\b"
    # an occasion of speech ("delivered a speech", "gave an interview") says nothing of what was said when only the
    # place or the occasion follows to the sentence's end ("delivered a video speech at the summit.")
    r"|(?:briefing|speech|remarks|interview)\b"
    r"(?![ \t]+(?:at|in|before|during|via|from|to)\b[^.,;:“”\"\n]*\.(?:\s|$)))"
    # "sought assurances that …", "sought clarification on …": a request put in talks
    r"|(?<=s)(?:ought|eeks|eek) (?:(?:further|written|firm|public) )?(?:assurances|clarification|an explanation)\b"
    # "made clear demands on …", "raised a number of issues of concern", "raised concerns about …": a claim put or a
    # matter brought up in talks (the phrase may open a quotation: 'made “clear demands …”')
    r"|(?<=m)(?:ade|akes) [“\"‘]?(?:(?:[a-z]+|a number of) )?(?:demands|representations)\b"
    r"|(?<=r)(?:aised|aises) [“\"‘]?(?:(?:a|the|his|her|its|their|several|some|serious|a number of|[a-z]+) ){0,2}?"
    r"(?:concerns|issues|questions|objections|the (?:issue|matter|case) of)\b)"
)


def _speech_manner() -> tuple[tuple[str, re.Pattern], ...]:
    """Speech without a verb of saying at its head, from `resources/speech_phrases.csv`: a light verb and a noun
    of attitude ("showed hope for …"), an attempt at saying ("sought to reassure …"). One pattern a verb form,
    opening with it (a search skips to it; a text without it is not searched)."""
    return tuple(
        (v, re.compile(rf"{v}(?<![\w'’-]{v}) {r['object']}\b"))
        for r in _table("speech_phrases.csv", ("verb", "object"))
        for v in r["verb"].split("|")
    )


_SPEECH_MANNER = _speech_manner()
# "people familiar with the matter", "sources close to the talks", "people close to Jane Doe"
_FAMILIAR = re.compile(r" (?:familiar with|close to|briefed on) (?:the \w+|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})")
# a reporting verb that is the first word of a compound noun, no verb: "a think tank", "think-tanks"
# a word of the verb list that is no verb of saying here: "think tank"; "responded by shooting it down" (a deed)
# "rejected an offer to meet", "rejects overtures from X": an offer turned down, a deed; "is committed to": a stance, not
# a pledge made ("The two sides committed to …")
_NOUN_NOT_VERB = re.compile(
    r"think[ -]tanks?\b|respond(?:ed|s)? by [a-z]+ing\b"
    r"|reject(?:ed|s|ing)? (?:(?:an?|the|its|their|his|her|all|repeated|several|a number of) )?(?:[a-z-]+ ){0,2}?"
    r"(?:offers?|overtures?|invitations?|requests?)\b"
    r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbe )|(?<=\bbeen )|(?<=\bremain )|(?<=\bremains )"
    r"|(?<=\bremained )|(?<=\bstay )|(?<=\bstays )|(?<=\bfully )|(?<=\bdeeply )|(?<=\bstill ))committed\b"
    # "rose 5% compared with last year": a comparison, not a likening ("compared Roe to a dictator")
    r"|compared (?:with|to)\b"
    # "concluded a visit to Oslo", "concluded his two-day trip": a journey ended, not a conclusion drawn
    r"|concluded (?:(?:a|an|the|his|her|its|their) )?(?:[\w'’-]+ ){0,2}?(?:visit|trip|tour|stay|journey|mission)s?\b"
    # "informed analysis and opinion": the adjective before a noun of thought, not "informed Doe that …"
    r"|informed (?=(?:analysis|opinions?|commentary|debate|decisions?|choices?|guess(?:es)?)\b)"
    # "despite calls for calm", "amid growing calls to …": the noun
    r"|(?:(?<=\bdespite )|(?<=\bamid )|(?<=\bthe )|(?<=\bof )|(?<=\bwith )|(?<=\bwidespread )|(?<=\bgrowing )"
    r"|(?<=\brepeated )|(?<=\brenewed )|(?<=\brising )|(?<=\bmounting ))calls\b"
    # "China's claims in the sea", "denied the claims": the noun; "which China claims as its own", "claims
    # sovereignty over": a claim to a land, not to a fact (that one opens a clause: "claims it was …")
    r"|claims\b(?![ \t]+(?:that|it|they|he|she|this|there|the|an?|its|their|his|her|to)\b)"
    r"|(?:(?<=['’]s )|(?<=\bits )|(?<=\btheir )|(?<=\bhis )|(?<=\bher )|(?<=\bthe )|(?<=\bof )|(?<=\bsuch )"
    r"|(?<=\bthese )|(?<=\bthose )|(?<=\bby )|(?<=\bfalse )|(?<=\bterritorial )|(?<=\bmaritime )|(?<=\bany )"
    r"|(?<=\bdenied )|(?<=\brejected )|(?<=\bdismissed ))claims\b"
    # "his comments drew a rebuke": the noun; the verb only before its colon or "that" ("The Herald comments:")
    r"|comments\b(?![ \t]*:|[ \t]+that\b)",
    re.I,
)
# what a plain present form ("experts suggest", "officials stress") cannot follow as a verb of its subject: "to",
# a modal or a form of "do" (an infinitive: "declined to comment", "will explain"), "not", or a determiner or a
# possessive (a noun: "the stress", "China's lament")
_NOT_PLAIN_PRESENT = re.compile(
    r"(?:(?<![\w'’-])(?:to|will|would|can|could|may|might|must|shall|should|do|does|did|not|never|the|a|an|his|her"
    r"|its|their|our|my|your|this|that|these|those|any|no)|n['’]t|['’]s)[ \t]+$"
)
# a reporting verb denied with an object and no clause ("has not officially announced his travel", "never
# confirmed the report"): nothing said is reported; "did not say whether …", "never told them that …" report (the
# "n" matched before the look-behind that checks a word begins there, so that the search skips to it)
_NEGATED_DEED = re.compile(
    rf"n(?<![\w].)(?:ot|ever)[ \t]+(?:(?!only\b)[a-z]+ly[ \t]+)?({CUES})\b"
    r"(?![ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:that|whether|if|what|when|where|how|why|who|which)\b)"
)
# two names joined by a comma, as headlines join the subjects of a verb ("Doe, Roe agree to …")
_PAIR = re.compile(r"\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),[ \t]+([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\s*")
_FAMILIAR_END = re.compile(
    r" (?:familiar with|close to|briefed on) (?:the \w+|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})[,\s]*$"
)
_JOINT_IN = re.compile(rf"(?<![\w'’-])(?<!of )(?:{_JOINT_OF})\b")
_JOINT_END = re.compile(rf"(?<![\w'’-])(?<!of )({_JOINT_OF})[,\s]*$")
# the other joint subjects ("the presidents", "leaders of the two countries"), tried only after a phrase ending in
# one of their last words
_JOINT_MORE_END = re.compile(rf"(?<![\w'’-])(?<!of )({_THE_LEADERS}|{_JOINT_HEADS})[,\s]*$")
_JOINT_MORE_LAST = tuple(w.split()[-1] for w in _PAIR_LEADERS + _PAIR_PARTIES)
_COLON_SPEAKER = re.compile(r"\s*:\s+")
_PLACE_TAIL = re.compile(r"(?:\s+(?:at|of|from|in|with|for)\s+[^,;:]{1,60})?$")
_DESCRIPTION = re.compile(r"(?:a|an|the|[A-Z][\w'’.-]*['’]s|[a-z]+ of)\b|[A-Z]")
_OF = re.compile(r"\s+(?:of|at|from|for)\s+")
_AND = re.compile(r"\s+and\s+")
_LEAD_SPACE = re.compile(r"[, \t]*(?:[—–] ?)?")
_AFTER_CUE = re.compile(rf"[, \t—–-]*({CUES})\b")
_AS_BY = re.compile(rf"[, \t—–(-]*as[ \t]+({CUES})[ \t]+by[ \t]+")  # "“…” — as described by Jane Doe —"
_AS_SUBJECT = re.compile(r"[, \t—–(-]*as[ \t]+")
_CALLED_IT = re.compile(rf"[ \t]+({CUES}|put)[ \t]+(?:it|them|this|that)\b")  # "as the ministry called it"
_AFTER_ACCORDING = re.compile(r"[, \t—–-]*according to (?:(?:a statement|a readout) from )?")
# a sentence's subject and the auxiliaries before a quoted predicate: "China would", "The ministry is deeply"
_PREDICATE_LEAD = re.compile(
    r"[ \t]*([^,;:“”\"‘’]+?)(?:[ \t]+(?:would|will|could|may|might|should|is|are|was|were|has|had|have|remains?|"
    r"not|also|still|[a-z]+ly))+[ \t]*"
)
# who is told: "told reporters", "told the BBC", "told his Norland counterpart"
_LISTENER = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[A-Z][\w'’.-]*\s+)*[\w'’.-]+(?=\s)")
_NAMED_APPOSITION = re.compile(r",[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})[ \t]*(?=[,.]|$)", re.M)
# … and "the embassy in Rome said", "officials in Washington told": a place between the speaker and the verb
# ("…,” a readout of the meeting said": what a document is of, in one or two words, between it and its verb)
_SPEAKS_AFTER = re.compile(
    rf"(?:,[^,.;“”\"]{{2,160}},|[ \t]+(?:in|at|from)[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{0,2}}"
    rf"|[ \t]+of[ \t]+(?:the|their|its|his|her)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?,?\s+{AUX}({CUES})\b"
)
# a transcript's speaker label at the start of a line, in capitals: "JANE DOE, CNN ANCHOR:", "Q:"
_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Z.'’-]+|Q)(?:,? [A-Z][A-Z.'’()-]*)*)[ \t]*:", re.M)
# the same in mixed case ("Jane Doe:", "Sen. Jane Doe:"), and a label that ends with a full stop ("Q.", "MR. DOE.",
# "The President.", "Secretary Doe.")
_MIXED_LABEL = re.compile(
    r"\n[ \t]*((?:[A-Z][a-z]+\.? ){0,2}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:,[ \t][^:\n]{2,60}?)?)[ \t]*:[ \t]*"
)
_DOT_LABEL = re.compile(
    r"\n[ \t]*((?:MR|MS|MRS|DR)\.? [A-Z][A-Z'’-]+|Q|[A-Z]{2,}(?: [A-Z][A-Z'’-]+){0,2}|(?:The )?[A-Z][a-z]+(?: [A-Z][\w'’-]+)?)"
    r"\.[ \t]+(?=\S)"
)
_BLANKS = re.compile(r"[ \t]*")
_LABEL_WORDS = re.compile(r"[A-Za-z][\w'’.-]*")
_STAGE = re.compile(r"^[ \t]*\([A-Z][A-Z0-9 ,.:'’-]*\)[ \t]*$", re.M)
_LABEL_WORD = re.compile(r"[A-Z][A-Z'’-]*")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}")
_TITLE_WORDS = re.compile(r"[a-z][a-z-]*")


def _office_set(words) -> set[str]:
    """The words of a title, lower case, a spokesman, spokeswoman and spokesperson one office ("the spokesman added"
    after "spokesperson Jane Doe", as the actor list or another sentence writes her title)."""
    return {"spokesperson" if w.lower() in _SPOKES else w.lower() for w in words}


# the words of one nation written several ways ("US", "U.S.", "American", "United States"), as one; "united"
# alone is not it ("United Nations", "United Kingdom")
_US_WORDS = {"us", "usa", "american", "america"}


def _nation_words(words) -> set[str]:
    """Title words with the ways of writing the United States as one ("us")."""
    words = set(words)
    if {"united", "states"} <= words:
        words = (words - {"united", "states"}) | {"us"}
    return {"us" if w in _US_WORDS else w for w in words}


_COUNTS = {"two", "three", "four", "five", "six", "several", "some", "both", "the", "a"}
# a preposition of place before a name ("in San Marco", "off the Norland coast", "south of Port Royal"): a place
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|off|outside|inside|across|around|throughout|outskirts of|suburbs of|"
    r"(?:north|south|east|west)(?:[ -]?(?:east|west))? of)\s+(?:the\s+)?$"
)
_ONE_OF = re.compile(
    r"[ \t]*(?:[Oo]ne|[Aa]nother|[Aa] (?:second|third|fourth))(?:[ \t]+of[ \t]+(?:the|those|these))?[ \t]+"
)
_LEADING_DET = re.compile(r"^(?:the|a|an) ", re.I)
# a verb and "to" right before a quotation that goes on with the infinitive: 'intends to “open …”'
_VERB_TO_QUOTE = re.compile(r"(?<![\w'’-])[a-z]+s?[ \t]+to[ \t]+$")
# a body's capitalised name ending in its head noun, then a person's name of two or three words, closing a phrase
_HOLDER_AFTER_BODY = re.compile(
    r"[A-Z][\w'’.-]*[ \t]+(?P<head>"
    + "|".join(n.capitalize() for n, k in HEADS.items() if k == "institution" and n.isalpha())
    + r")[ \t]+([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2})$"
)
_TO_CLAUSE_END = re.compile(r"[^,;:.\n“”\"()]{0,120}(?<![ \t])")
# a clause of the reporter's, then a comma and the attribution: "Talks resumed in Oslo, the Herald observes"
_INVERTED_AFTER_CLAUSE = re.compile(
    r"[^,;:“”\"]*[a-z][^,;:“”\"]*\b[a-z]+\b[^,;:“”\"]*,[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+$"
)
# the object of a verb that states a claim, before the colon: "rules out the possibility of …:", "that …:"
_CLAIM_OBJECT = re.compile(r"[ \t]+(?:that[ \t]+|(?:the|a|an|any|its|their)[ \t]+)(?:[^:;“”\"]+[ \t]+){3,}[^:;“”\"]*:")
_OWNER = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*)*(?=['’]s\b)")
# a record named after its owner, with words between: "the Pentagon's most recent report", "Doe's own readout"
_OWNED_RECORD = re.compile(
    r"(?:[Tt]he[ \t]+)?(?P<owner>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*)['’]s[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?"
    rf"(?:{_one_of(n for n, k in HEADS.items() if k in ('document', 'text'))})\b"
)
_SPEAKS_BEFORE = re.compile(rf"\b(?:{CUES})\s+$")


@lru_cache(maxsize=4)
def _layout(masked: str, names: Phrases) -> tuple[tuple, tuple, tuple, tuple]:
    """Quotations, scare quotes, sentences and actor mentions of a text, found once."""
    quotes = quote_spans(masked)
    starts, reach = [s for s, _ in quotes], list(accumulate((e for _, e in quotes), max))

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos - 1) - 1
        return k >= 0 and pos < reach[k]

    mentions = [(s, e, masked[s:e]) for s, e, _ in names.find(masked) if not inside(s)]
    return tuple(quotes), tuple(scare_spans(masked, quotes)), tuple(_sentences(masked, quotes)), tuple(mentions)


def extract_quotes(article, profile=None) -> list[dict]:
    rows = Extractor(article.masked, profile).extract()
    return [{"article_id": article.article_id, **r, "text": article.raw[r["start"] : r["end"]]} for r in rows]


def quotes_table(articles, profile=None):
    """Every quote of every article (the `quotes` table of `analysis.annotate`)."""
    from .annotate import corpus_frames

    return corpus_frames(articles, profile)["quotes"]
