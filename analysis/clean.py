"""Find scraping debris and glued words as spans of an article's raw text.

Nothing here changes the raw text. Boilerplate is reported as `Span`s (with
the reason it is not part of the article), glued words as `Repair`s (with the
words they should have been); `readable_text` builds the body text from the
raw text and those two lists.

Debris is found line by line, in two kinds of rule:

- phrases every site uses for its furniture, kept as data in
  `analysis/resources/debris_rules.csv`: one regular expression per row with
  the reason it names, how much text a match covers (`scope`: ``line``, the
  whole line; ``line_to_end``, from that line to the end of the file;
  ``match``, only the matched characters, for furniture glued into prose),
  the most words a matching line may have (`max_words`), which lines it reads
  (`where`) and the words that let it skip a page quickly (`cues`);
- the shape of a line, whatever its words: a line without a word (a counter,
  "1 / 3"), a date or time stamp ("Updated 2 hours ago"), a caption given
  twice, a page title (the headline with the site's name after it), a dated
  caption just above a picture credit, the links under a related-stories
  heading, a menu in another script; a line given twice in a row inside the
  body (another story's link), a teaser cut off with an ellipsis above its
  full paragraph, a media title above a copy of it glued to its caption, a
  short title or line of names just above a caption; the headline given again
  glued to the lead picture's dated caption; another story's headline in title
  case inside the body, and the links listed with a story's headline in one block;
  an embedded post's text just above its sign-off, or between the marks around it;
  the standfirst given
  again just below itself, above the by-line or date (the second copy only), and a paragraph
  given again below itself after a paragraph break (the second copy only); a run of section names
  ("Asia World News News") and a label given twice ("Example News Example News") in the header;
  another story glued below the article, told by its lede restating nearly all its headline (from that headline
  to the end); a sign with no letter above the text,
  a headline-shaped line above a section label that stands over the
  headline (trending links), an open last paragraph with a kicker and a
  colon above nothing but the footer (a promotion); above the first paragraph of running
  prose (the page's header), and between a standfirst and the by-line or
  date below it, short labels of capitalised words (a site, section or
  author name, in title case or in capitals; above the headline, in lower or
  sentence case too: "commentary") and lines of a lone function word ("in",
  "By": a link or a by-line without its name); below the headline, a by-line of
  names alone or with their outlet ("Ann Lee and Bo Chen for Example News", "Ann Lee (Example News)"),
  and the header's labels below a second paragraph when the headline and the standfirst both read
  as paragraphs and a by-line or date stands there; below the last one (the
  footer), any line that does not end like a sentence (related stories,
  tag lists).

A phrase rule that matches in a later sentence of a paragraph (the
sentences before it long enough and with enough function words to be the
story's own) takes only that sentence on: furniture glued after the last
sentence ("… on Monday. Subscribe to our newsletter."), not the paragraph.
A subheading in lower case just above the story's last short paragraphs is
not footer.

Running prose is told by its shape: a line of eight words or more with a
function word that ends like a sentence, or a long line with a fair share of
function words (`analysis/resources/function_words.csv`). Headlines,
subheadings, speaker labels, stage directions in brackets, datelines and
one-line paragraphs are never removed for their shape alone: a subheading
lies between paragraphs, a headline has five words or more (or, in a header
without one, is the label nearest the body), a speaker label or a dateline
runs into the next line with a colon or a dash.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from . import paths
from .text import covering


class Span(NamedTuple):
    """Characters `start:end` of an article's raw text, and why they matter."""

    start: int
    end: int
    text: str
    reason: str


class Repair(NamedTuple):
    """Glued words at `start:end` of the raw text and what they should read."""

    start: int
    end: int
    text: str
    replacement: str
    kind: str


@dataclass(frozen=True)
class Rule:
    rule_id: str
    reason: str
    scope: str
    pattern: re.Pattern
    max_words: int | None = None
    where: str = "anywhere"
    cues: tuple[str, ...] = ()  # lower-case words one of which a line must hold for the pattern to be tried

    SCOPES = ("line", "line_to_end", "match")
    WHERE = ("anywhere", "edges", "end")


@cache
def load_rules(path: str | None = None) -> tuple[Rule, ...]:
    """The boilerplate rules, from `path` or the package's CSV."""
    from .errors import ProfileError
    from .profile import compile_pattern, read_table

    path = path or str(paths.RESOURCES / "debris_rules.csv")
    rules = []
    for row in read_table(path, ("rule_id", "reason", "scope", "pattern")):
        if row["scope"] not in Rule.SCOPES:
            raise ProfileError(
                path, row["_line"], "scope", f"rule {row['rule_id']!r} has unknown scope {row['scope']!r}"
            )
        where = (row.get("where") or "").strip() or "anywhere"
        if where not in Rule.WHERE:
            raise ProfileError(path, row["_line"], "where", f"rule {row['rule_id']!r} has unknown where {where!r}")
        most = (row.get("max_words") or "").strip()
        if most and not most.isdigit():
            raise ProfileError(path, row["_line"], "max_words", f"{most!r} is not a whole number")
        pattern = compile_pattern(path, row, "pattern")
        cues = tuple(c.lower() for c in (row.get("cues") or "").split("|") if c)
        rules.append(
            Rule(row["rule_id"], row["reason"], row["scope"], pattern, int(most) if most else None, where, cues)
        )
    return tuple(rules)


@cache
def function_words() -> frozenset[str]:
    """The English function words of `resources/function_words.csv`, lower case."""
    from .profile import read_table

    return frozenset(
        row["word"].strip().lower() for row in read_table(paths.RESOURCES / "function_words.csv", ("word",))
    )


def _lines(raw: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each line, without its line break (\\n or \\r\\n)."""
    pos = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body)
        pos += len(line)


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """Shrink start:end so that it neither starts nor ends with whitespace."""
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


# --- the shape of a line -------------------------------------------------

_WORD = re.compile(r"[^\W_](?:[\w.'’&-]*[^\W_])?")
_LETTERS = re.compile(r"[^\W\d_]{2}")
# how a sentence ends: its mark, then any closing quotes or brackets
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”]\s*$")
_LEAD_IN = re.compile(r"[:\-–—]\s*$")  # a speaker label, a dateline that runs into the next line
_BRACKETED = re.compile(r"^\s*[(\[].*[)\]]\s*$")
_TITLE_WORD = re.compile(r"^[A-Z][a-z]")
# a heading of links to other stories
_RELATED = re.compile(
    r"(?i)^\W*(?:related(?:(?: [\w&'’-]+){0,3} (?:stories|articles|news|content|coverage|posts|links|reading|videos?))?|more on this (?:topic|story)"
    r"|recommended(?: (?:stories|articles|reading|for you))?|read (?:more|also|next)|also read|see also"
    r"|you (?:may|might) also like|more (?:stories|news)(?: from \w+(?: \w+)?)?|most (?:read|popular|viewed|shared)"
    r"|trending(?: now| news| stories)?|top stories|latest (?:news|stories)|up next|don'?t miss|must[- ]reads?"
    r"|editor'?s picks?|in case you missed it|you may have missed|more to explore|what to read next|popular now"
    r"|most watched|content from our partners|you (?:may|might) also be interested in|what we(?:'re| are) reading"
    r"|(?:further|more|recommended|suggested) reading|(?:recommended|featured|latest|top|more|trending) videos?)\W*$"
)
# the heading of a table of contents ("Jump to a section:", "In this article"), whose links are the
# sections below: they end at the first section's heading, just above a paragraph (its 'jump to' words are
# also in the `navigation` row of debris_rules.csv, which removes the heading itself)
_CONTENTS = re.compile(
    r"(?i)^\W*(?:(?:(?:click|tap)(?: here)? to )?jump to\b.{0,40}|(?:table of )?contents|in this (?:article|story|piece)"
    r"|on this page)\W*$"
)
_SITE_SUFFIX = re.compile(r"\s*[-|–—:]\s*\S.{0,40}")  # " - Example News" after a page's title
_SITE_PREFIX = re.compile(r".{0,40}\S\s*[-|–—:>›»]\s*")  # "Example News - ", "Home » " before it
_GLUED_MENU = re.compile(r"[A-Z][a-z]{3,30}")  # "Homeworld": a breadcrumb's words that lost their separators
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_ZONE = r"et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|cest|ist|hkt|sgt|jst|kst|aest|bjt"
# one word of a date or time stamp: the date and time themselves and the words stamps are made of
_STAMP_WORD = re.compile(
    rf"(?:{_MONTH}|{_WEEKDAY}|{_ZONE})\.?|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,4}}(?:[-/.:]\d{{1,4}}){{0,3}}(?:[ap]\.?m?\.?)?"
    r"|[ap]\.?m\.?|published|updated|posted|modified|aired|last|first|on|at|by|ago|just|now|today|yesterday"
    r"|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|date|time|and|local",
    re.I,
)
# what makes a line a stamp rather than a dateline ("BEIJING, June 19"): a year, a clock time, "ago" or a label
_STAMP_MARK = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\d{1,2}[:.]\d{2}\b|\bago\b|\b(?:published|updated|posted|aired|modified)\b",
    re.I,
)


class _Line(NamedTuple):
    start: int
    end: int
    text: str
    low: str  # the text in lower case
    n: int  # how many words (runs of non-space) it has
    words: list[str]  # its words without punctuation, for lines of at most SHORT words (else empty)
    prose: bool  # whether it reads as a paragraph of running prose (see `_is_prose`)


SHORT = 16  # the longest line read for its words one by one (a stamp, a label)


def _line(raw: str, start: int, end: int) -> _Line:
    text = raw[start:end]
    n = len(text.split())
    low = text.lower()
    return _Line(start, end, text, low, n, _WORD.findall(text) if n <= SHORT else [], _is_prose(text, low, n))


def _is_prose(text: str, low: str, n: int) -> bool:
    """Whether a line (`low` in lower case, of `n` words) reads as a paragraph of running prose."""
    if n < 8:
        return False
    small = function_words()
    share = sum(map(small.__contains__, low.split())) / n
    if _SENTENCE_END.search(text):
        return share > 0
    return n >= 16 and share >= 0.15


def _is_stamp(line: _Line) -> bool:
    """A date or time stamp: a date, a time or "ago", and besides the words
    stamps are made of at most one other word, or three capitalised ones
    (the source: "Reuters Published June 19, 2023"), or eight before a stamp's
    label with nothing but the stamp after it (the writers and the source: "Ann Lee
    and Bo Chen, Example News Updated June 19, 2023"); not a dateline that runs
    into the text."""
    if not line.words or _LEAD_IN.search(line.text):
        return False
    if not _STAMP_MARK.search(line.text):
        return False
    others = [w for w in line.words if not _STAMP_WORD.fullmatch(w)]
    if len(others) <= 1:
        return True
    if not all(w[0].isupper() for w in others):
        return False
    if len(others) <= 3:
        return True
    label = _STAMP_LABEL.search(line.text)  # the names before the label, nothing but the stamp after it
    return (
        label is not None
        and len(others) <= 8
        and all(map(_STAMP_WORD.fullmatch, _WORD.findall(line.text, label.end())))
    )


_STAMP_LABEL = re.compile(r"(?i)\b(?:published|updated|posted)\b")


def _is_label(line: _Line, loose: bool = False) -> bool:
    """A short label of capitalised words with no function word ("World",
    "Daily Planet", "ANN LEE"): a site, section or author name. `loose` lets function
    words stand between capitalised ones, up to five words ("Office of the
    Press Secretary")."""
    words = line.words
    if not 1 <= len(words) <= 4 or _LEAD_IN.search(line.text) or _SENTENCE_END.search(line.text):
        return False
    if _BRACKETED.match(line.text):
        return False
    if loose and len(words) == 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) >= 3:
        return words[0].lower() not in function_words()  # a section in capitals ("WORLD")
    small = function_words()
    content = [w for w in words if w.lower() not in small]
    if not loose and len(content) < len(words):
        return False
    if not content or words[0] not in content or words[-1] not in content:
        return False
    if not all(w[0].isupper() or w[0].isdigit() for w in content):
        return False
    # title case ("Daily Planet") or, of two words or more, capitals ("ANN LEE")
    return any(_TITLE_WORD.match(w) for w in content) or len(content) > 1 and all(w.isupper() for w in content)


# a word news sites' names are made of ("Example News", "The Daily Example"), which a short headline of
# capitalised words without a function word does not use
_MASTHEAD = re.compile(
    r"\b(?:News|Times|Post|Herald|Tribune|Gazette|Chronicle|Journal|Daily|Online|Network|Media|Wire|Insider"
    r"|Telegraph|Observer|Magazine|NEWS|TIMES|POST|DAILY|ONLINE)\b"
)
# the sections a site files a story under, which a place's name in capitals is not
_SECTION = re.compile(
    r"(?i)\b(?:news|world|politics|business|economy|opinion|analysis|sports?|culture|science|tech(?:nology)?"
    r"|health|national|international|local|region(?:al)?|nation|asia|europe|africa|americas|breaking|exclusive"
    r"|latest|top|home|video|live|features?|editorial|commentary|diplomacy|defen[cs]e|security|markets?"
    r"|press releases?|statements|speeches|briefings|insights|blogs?|podcasts?)\b"
)


def _is_dateline_line(lines: list[_Line], i: int, first: int) -> bool:
    """Whether line `i`, a label in capitals, is a story's dateline set on a line of its own: the line just
    above the first paragraph `first` ("WASHINGTON", "NEW DELHI", "LIMA, Peru"), a place's name of one to three words and
    no section's ("WORLD", "TOP NEWS")."""
    line = lines[i]
    place = line.text.partition(",")[0]  # "LIMA, Peru": the place in capitals, its country after a comma
    return (
        i + 1 == first
        and 1 <= len(line.words) <= 3
        and place.strip().isupper()
        and all(w.replace(".", "").isalpha() for w in line.words)
        and not _SECTION.search(line.text)
    )


def _is_label_run(line: _Line) -> bool:
    """A run of the sections or topics a site files a story under, in one line: five capitalised words or
    more with no function word but "and" or "&" between them and no stop, comma or colon, two of them at
    least a section's name (`_SECTION`), and half the words such names, or one given twice, or "&" between
    two ("Asia World News News Politics", "Economy & Business Politics & Diplomacy"); a headline in title
    case uses a verb or a function word, and seldom two sections' names."""
    words = line.words
    if not 5 <= len(words) <= SHORT or not _LABEL_RUN.fullmatch(line.text.strip()):
        return False
    named = _SECTION.findall(line.text)
    names = [w for w in words if w.lower() != "and"]
    return len(named) >= 2 and (
        2 * len(named) >= len(names) or "&" in line.text or len({w.lower() for w in names}) < len(names)
    )


_LABEL_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w'’.-]*)+")


def _is_label_twice(line: _Line) -> bool:
    """A short label given twice on one line, word for word ("Example News Example News"): a logo's text and
    its alt text run together; no function word, every word capitalised."""
    words = line.words
    half = len(words) // 2
    if not 1 <= half <= 4 or len(words) % 2 or words[:half] != words[half:] or _SENTENCE_END.search(line.text):
        return False
    small = function_words()
    return all(w[0].isupper() and w.lower() not in small for w in words[:half])


def _is_plain_label(line: _Line) -> bool:
    """A label of one to three words in lower or sentence case, with no function word and nothing but
    letters ("commentary", "Accessibility links"): a section's or a menu's name, which `_is_label` (title case,
    capitals) leaves; read only above a header's headline, where a short headline is not."""
    words = line.words
    if not 1 <= len(words) <= 3 or len(words) != line.n or _SENTENCE_END.search(line.text):
        return False
    small = function_words()
    return all(w.isalpha() and w.lower() not in small for w in words)


_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
_OUTLET = r"(?:the\s+|THE\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
# a by-line of names alone, or with the outlet the writers write for ("Ann Lee and Bo Chen", "Ann Lee for
# Example News") or in brackets ("Ann Lee (Example News)"), or the outlet the copy comes from ("From Example News")
_BYLINE_FOR = re.compile(
    rf"^\W*(?:By\s+|BY\s+)?{_NAME}(?:(?:\s*(?:,|&|\b(?:and|AND)\b)\s*{_NAME})+(?:\s+(?:for|FOR)\s+{_OUTLET})?"
    rf"|\s+(?:for|FOR)\s+{_OUTLET}|(?:\s*(?:,|&|\b(?:and|AND)\b)\s*{_NAME})*\s*\(\s*{_OUTLET}\s*\))\s*$"
    rf"|^\W*(?:From|FROM)\s+{_OUTLET}\s*$"
)


def _is_particle(line: _Line) -> bool:
    """A line of one to three function words and nothing else ("in", "By", "and"): the word a link or a
    by-line left behind without its name, never a line of prose; not one that runs into the next line
    ("By:") or ends like a sentence."""
    words = line.words
    if not 1 <= len(words) <= 3 or _LEAD_IN.search(line.text) or _SENTENCE_END.search(line.text):
        return False
    small = function_words()
    return all(w.lower() in small for w in words) and len(words) == len(line.text.split())


def _is_menu_prompt(line: _Line) -> bool:
    """Two or three capitalised words of which the last is a function word ("Browse By", "Follow Us"): a
    menu's prompt that lost the list it stood before; read only in a header, above the first paragraph (a
    headline or a subheading does not end on a function word)."""
    words = line.words
    if (
        not 2 <= len(words) <= 3
        or len(words) != line.n
        or _LEAD_IN.search(line.text)
        or _SENTENCE_END.search(line.text)
    ):
        return False
    small = function_words()
    return (
        all(w[0].isupper() and w.isalpha() for w in words)
        and words[-1].lower() in small
        and words[0].lower() not in small
    )


def _is_doubled(line: _Line) -> bool:
    """A line that is one text given twice, glued or with a space between ("Talks resume in LimaTalks resume
    in Lima"): a link's text and its title, or a picture's title and its alt text, run together; three words
    or more in each copy. No sentence is its own copy."""
    text = line.text.strip()
    half = len(text) // 2
    copy = text[:half]
    if len(copy.split()) < 3:
        return False
    return copy == text[half:] or len(text) % 2 == 1 and text[half] == " " and copy == text[half + 1 :]


_STOP_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")  # a sentence's stop at the end (a closing quote alone is none)
_VARIANT_WORDS = 2  # the most content words one of two titles may hold that the other does not


def _is_variant_title(head: _Line, line: _Line) -> bool:
    """Whether `line`, just below the headline `head`, is the headline given again with a word or two more or
    fewer inside it ("Talks resume in Lima" / "Ministers' talks resume in Lima"; not the same line, nor one
    with a word before or after it, which other rules read: "Breaking …", "… - Example News"), no stop at the end
    (a standfirst is a sentence), at most a headline's length, and the content words of the shorter (three
    or more) all in the longer, which adds at most `_VARIANT_WORDS`."""
    if any(x.n > _LINK_WORDS or _STOP_END.search(x.text) or _LEAD_IN.search(x.text) for x in (head, line)):
        return False
    x, y = sorted((_unbulleted(head.text).lower(), _unbulleted(line.text).lower()), key=len)
    if y.startswith(x) or y.endswith(x):  # the same line, or with a word before or after it ("Breaking …")
        return False
    a, b = _content_words(head), _content_words(line)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and short <= long and len(long - short) <= _VARIANT_WORDS


def _is_name_line(line: _Line) -> bool:
    """A short line of names (at most six words, most of them capitalised, the first and the last too, in any
    language: "Ann Lee y Bo Chen"), without a stop or a lead-in: a picture's title; not one that opens with
    a function word, as subheadings do ("The Road Ahead", "What Comes Next")."""
    words = line.words
    if not 2 <= len(words) <= 6 or _LEAD_IN.search(line.text) or _SENTENCE_END.search(line.text):
        return False
    if words[0].lower() in function_words():
        return False
    caps = [w for w in words if w[0].isupper()]
    return words[0][0].isupper() and words[-1][0].isupper() and 2 * len(caps) > len(words)


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# letters of the scripts other than Latin that news sites are written in: Greek, Cyrillic, Hebrew,
# Arabic, the Indic scripts, Thai, Hangul, Japanese kana and the CJK ideographs
_OTHER_LETTER = re.compile(
    r"[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


def _latin_text(raw: str) -> bool:
    """Whether a text that holds letters of another script is mostly written in the Latin alphabet."""
    other = len(_OTHER_LETTER.findall(raw))
    return other > 0 and len(_LATIN.findall(raw)) > 4 * other


def _is_foreign(line: _Line) -> bool:
    """A line of a Latin-alphabet text written mostly in another script (a
    site's menu left in its own language)."""
    other = len(_OTHER_LETTER.findall(line.text))
    return other >= 4 and other > len(_LATIN.findall(line.text))


def _is_headline(line: _Line) -> bool:
    """A line shaped like a headline: five words or more, not ending like a sentence."""
    return line.n >= 5 and not _SENTENCE_END.search(line.text)


def _is_fragment(line: _Line, last: bool = False) -> bool:
    """A line that does not end like a sentence and is no speaker label, no
    dateline running into the text, no stage direction in brackets; nor, as
    the `last` line of the text, a sentence cut short where the copy ends
    (eight words or more, nearly a third of them function words: "The two
    sides agreed to hold further talks on the")."""
    if _SENTENCE_END.search(line.text) or _LEAD_IN.search(line.text) or _BRACKETED.match(line.text):
        return False
    if last and line.n >= 8:
        small = function_words()
        return sum(map(small.__contains__, line.low.split())) < 0.3 * line.n
    return True


_LINK_WORDS = 25  # the most words of a link's headline below a heading of links
_CREDITS = {"photo caption", "photo credit"}  # the reasons of the rules that find picture credits
_MARKS = {"byline", "time stamp", "reading time"}  # the reasons of the rules that find a header's by-line or date
_CAPTION_BUTTON = re.compile(
    r"(?i)^\W*(?:(enlarge this image|expand image|view image)|hide caption|toggle caption)\W*$"
)
# what stands before a picture's credit at the end of its caption: a colon, a slash, a bar or a bracket,
# or the stop of the caption's last sentence
_CREDIT_MARK = re.compile(r"(?:[:/|(]|[.!?][\"'”’)]*)\s*$")
_CREDIT_WORDS = 6  # the longest line taken for a credit alone rather than a caption with its credit
# the most words of a caption given twice; a line of running prose given twice that is longer is a paragraph
_CAPTION_WORDS = 20
_LABEL_WORDS = 4  # the longest line between a headline and its copy for the copy to be the debris
# the place dateline that opens a story's first paragraph ("LIMA —", "LIMA, Peru (Agency) -")
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,40}(?:,[ \t]*[A-Z][\w. ]{0,20}?)?(?:\s*\([^)\n]{1,30}\))?\s*[—–-]\s+\S")
_FULL_DATE = re.compile(
    rf"(?i)\b(?:{_MONTH})\.? \d{{1,2}},? (?:19|20)\d\d\b|\b\d{{1,2}} (?:{_MONTH})\.?,? (?:19|20)\d\d\b"
)


def _is_dateline_of(text: str, at: int) -> bool:
    """Whether the first `at` characters of a line are the dateline that opens its paragraph ("LIMA — ")."""
    m = _DATELINE.match(text)
    return m is not None and m.end() - 1 == at


# the sign-off of an embedded post on a line of its own: a dash, the poster's name, handle and day
_SIGN_OFF = re.compile(rf"(?i)^\W*[—–-]\s*[^\n@]{{0,60}}\(@\w+\)\s*(?:(?:{_MONTH})\.? \d{{1,2}},? \d{{4}})?\W*$")
_POST_WORDS = 70  # the longest text of a post (a long post runs to some 60 words)
_POST_LINK = re.compile(r"https?://|\bpic\.\w|(?<![\w.])[@#]\w")  # a link, a handle or a hashtag in a post's text
# the marks a page sets around an embedded post, for readers of the page who skip it
_EMBED_MARK = re.compile(
    r"(?i)^\W*(?:(?P<skip>skip)|end of) (?:(?:twitter|x|instagram|facebook|youtube|tiktok|bluesky|threads|telegram) )?"
    r"(?:post|content|video|embed)\b(?: by [^\n]{1,40}| from [^\n]{1,40})?\W*$"
)
# a commenter's name above a comment: one to four capitalised words or a user name, and "says:" ("Ann Lee says:")
_COMMENTER = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[\w.-]{2,30}) (?:says|said|wrote|commented)\s*:\s*$"
)
_KICKER = re.compile(r"\W*[A-Z][\w’'-]*(?: [\w’'-]+){0,4}:\s+[A-Z]")  # "Before you go: See …"
_BULLET = re.compile(r"^\s*[•·*>»▪◦‣-]\s+")  # a list's bullet before a line of a menu


def _unbulleted(text: str) -> str:
    """A line without the spaces around it and a list's bullet before it."""
    text = text.strip()
    return _BULLET.sub("", text) if text[:1] in _BULLET_SIGNS else text


_BULLET_SIGNS = frozenset("•·*>»▪◦‣-")
# curly quotes and apostrophes read as straight ones: a line given again by another template with the other
# kind of apostrophe is the same line
_PLAIN_QUOTES = str.maketrans("‘’“”", "''\"\"")
_TEASER_END = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)$")  # a teaser cut off: "[…]", "…"
# a credit glued after a caption's last stop: an agency's name in capitals ("… on Monday. AGENCY")
_CREDIT_AFTER_STOP = re.compile(r"[.!?][\"'”’)]*[ \t]+[A-Z]{2,12}(?:/[A-Z]{2,12})?\s*$")
_GLUED_ON = re.compile(r"[a-z][A-Z]")  # a word ending in lower case glued to one that starts a new text
_NEW_TEXT = re.compile(r"\s+[\"“‘(]?[A-Z]")  # a space and a capital letter: another text begins, with no stop before it


# a title and a name with a full stop: four to ten words, capitalised but for "of", "the", "and", "for"
_NAME_CAPTION = re.compile(r"^[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|of|the|and|for)){2,8} [A-Z][\w’'-]*\.\s*$")


def _is_name_caption(line: _Line) -> bool:
    """A line that is only a person's office and name and a full stop ("US Secretary of Trade Ann Lee."), as a
    picture's caption gives it: one of its words a title of `resources/titles.csv` (an office, an honorific)."""
    if not _NAME_CAPTION.match(line.text.strip()):
        return False
    return any(w.lower().strip(".") in _titles() for w in line.text.split()[:-1])


@cache
def _titles() -> frozenset[str]:
    from .profile import read_table

    return frozenset(
        r["title"].strip().lower().strip(".") for r in read_table(paths.RESOURCES / "titles.csv", ("title",))
    )


@cache
def _caption_verbs() -> re.Pattern:
    """The verbs of `resources/caption_verbs.csv`, as one pattern of whole words."""
    from .profile import read_table

    rows = read_table(paths.RESOURCES / "caption_verbs.csv", ("phrase",))
    phrases = sorted((r["phrase"].strip() for r in rows if r["phrase"].strip()), key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


# the day a caption names: a weekday, or a month and its day
_CAPTION_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)"
)


def _shape_spans(
    raw: str,
    lines: list[_Line],
    taken: set[int],
    credits: set[int] = frozenset(),
    marks: set[int] = frozenset(),
    captions: set[int] = frozenset(),
) -> list[Span]:
    """Debris told by the shape of lines; `taken` holds the indexes of lines
    the phrase rules already removed, `credits` those of them that are a
    picture credit alone, `captions` those that are a caption with its credit,
    `marks` those that are a by-line or a stamp."""
    found: list[tuple[int, str]] = []
    phrase_taken = taken
    # the caption above a credit: a sentence of at most 50 words just above
    # it that names the day the picture was taken, year and all, or that
    # opens the page above the story's dateline (the lead picture's caption)
    # (or, on the page's first line, tells its picture in the present and names the day: "Ann Lee shakes hands
    # with Bo Chen in Lima on Monday.", `resources/caption_verbs.csv`)
    for i in credits:
        j = i - 1
        if j >= 0 and j not in taken and lines[j].n <= 50 and _SENTENCE_END.search(lines[j].text):
            if (
                _FULL_DATE.search(lines[j].text)
                or j == 0
                and i + 1 < len(lines)
                and _DATELINE.match(lines[i + 1].text)
                or j == 0
                and _caption_verbs().search(lines[j].text)
                and _CAPTION_DAY.search(lines[j].text)
            ):
                found.append((j, "photo caption"))
    # the picture's own text just above its caption, which gives it again with the credit after it
    # or its title: a label just above the caption, with no blank line between
    for i in captions:
        j = i - 1
        if j < 0 or j in taken:
            continue
        a, b = lines[j].text.strip(), lines[i].text.strip()
        if lines[j].n >= 4 and len(b) > len(a) and b.startswith(a):
            found.append((j, "photo caption"))
        elif raw.count("\n", lines[j].end, lines[i].start) == 1 and (_is_label(lines[j]) or _is_name_line(lines[j])):
            found.append((j, "photo caption"))
    # a caption that only names who is in the picture, by office and name, with a full stop ("US Minister of
    # Trade Ann Lee."): no sentence, no heading (a heading has no stop), between the page's paragraphs
    for i, line in enumerate(lines):
        if i not in taken and _is_name_caption(line):
            found.append((i, "photo caption"))
    # the caption next to a caption button: just below "Enlarge this image",
    # just above "hide caption"
    for i, line in enumerate(lines):
        m = _CAPTION_BUTTON.match(line.text)
        if m:
            j = i + 1 if m.group(1) else i - 1
            if 0 <= j < len(lines) and j not in taken and lines[j].n <= 60:
                found.append((j, "photo caption"))
    kept = [i for i in range(len(lines)) if i not in taken]
    latin = _OTHER_LETTER.search(raw) is not None and _latin_text(raw)
    for i in kept:
        line = lines[i]
        if not _LETTERS.search(line.text) and any(c.isdigit() for c in line.text):
            found.append((i, "counter or number"))
        elif _is_stamp(line):
            found.append((i, "time stamp"))
            marks = marks | {i}
        elif latin and _is_foreign(line):
            found.append((i, "navigation in another script"))
    # A line given twice within three lines: a caption (an image's text and
    # its caption), both copies; a headline (the page's title and the
    # article's), the first copy only, and within the header's first dozen
    # lines. A headline given with the site's name after it ("Talks resume -
    # Example News") or before it ("Example News | Talks resume") is the page's title.
    top = next((i for i, line in enumerate(lines) if line.prose), len(lines))
    # a text given twice on one line below the first paragraph: a link's text and its title run together
    found += [(i, "repeated link") for i in kept if i > top and _is_doubled(lines[i])]
    # A comment section below the story: a commenter's name and "says:" just above the comment's stamp
    # ("Ann Lee says:" / "June 12, 2023 at 9:30 am"), that line and all below it
    for i in kept:
        text = lines[i].text
        if (
            i > top
            and i + 1 < len(lines)
            and text.rstrip().endswith(":")
            and lines[i].n <= 6
            and _COMMENTER.match(text)
        ):
            if not _is_stamp(lines[i + 1]):
                continue
            found += [(j, "comment section") for j in range(i, len(lines)) if j not in taken]
            break
    for k, i in enumerate(kept):
        if lines[i].n < 3:
            continue
        near = kept[k + 1 : k + 4]
        if i < top and _is_headline(lines[i]):
            header = [j for j in kept[k + 1 : k + 13] if j < top]
            if header:  # the header's lines below it, and the first paragraph
                near = header + [top] if top < len(lines) and top not in taken else header
        for j in near:
            a, b = _unbulleted(lines[i].text), _unbulleted(lines[j].text)
            if a != b and len(a) == len(b) and a.translate(_PLAIN_QUOTES) == b.translate(_PLAIN_QUOTES):
                b = a  # the same line with the other kind of quotes
            if a == b and lines[i].n >= 6 and (not _is_headline(lines[i]) or _CREDIT_AFTER_STOP.search(a)):
                if (
                    i == top
                    and k
                    and _is_headline(lines[kept[k - 1]])
                    and j + 1 not in credits
                    and any(h in marks for h in range(j + 1, j + 5))
                ):  # the standfirst between the headline and the by-line or date, given again: the second copy
                    found.append((j, "repeated standfirst"))
                elif (
                    j == kept[k + 1]
                    and lines[i].prose
                    and lines[i].n > _CAPTION_WORDS
                    and raw.count("\n", lines[i].end, lines[j].start) > 1
                    and not _CREDIT_AFTER_STOP.search(a)
                    and j + 1 not in credits
                    and j + 1 not in captions
                ):  # a paragraph (longer than a caption) given again below itself, a paragraph break between:
                    # the second copy
                    found.append((j, "repeated paragraph"))
                elif j == kept[k + 1] or j + 1 in credits or j + 1 in captions:
                    # an image's text and its caption, one just below the other or above the picture's credit
                    found += [(i, "repeated caption"), (j, "repeated caption")]
                # a paragraph given again a few paragraphs down (a standfirst that the body repeats) is prose
            elif len(a) == len(b) and a.lower() == b.lower() and _is_headline(lines[i]):  # case aside
                if i == top and not any(_is_headline(lines[h]) for h in kept[:k]):
                    # the text's first line of running prose is its headline (nothing above it shaped like
                    # one): the copy below is the page's
                    found.append((j, "repeated headline"))
                elif i >= top:  # in the body, a few lines apart: a story link and its picture's text
                    found += [(i, "related story link"), (j, "related story link")]
                elif j > top:  # the headline given again inside the body
                    found.append((j, "repeated headline"))
                elif a != b and i == 0 and j > 1 and all(h in marks or h in taken for h in range(1, j)):
                    # the text opens with its headline, then the by-line or the date (or furniture the phrases
                    # removed), then the headline in another case: the page's copy of it ("Talks Resume In
                    # Lima" / "Talks resume in Lima")
                    found.append((j, "repeated headline"))
                elif a == b == lines[i].text.strip() and (
                    i == 0
                    and (j == kept[k + 1] or j == 2 and 1 in kept and _is_label(lines[1], loose=True))
                    or i > 0
                    and all(
                        _is_label(lines[h])
                        and (h in kept or h in phrase_taken and h not in marks and lines[h].n == len(lines[h].words))
                        for h in range(i)
                    )
                    and all(
                        lines[h].n <= _LABEL_WORDS and h not in marks and not _is_headline(lines[h])
                        for h in range(i + 1, j)
                    )
                ):
                    # the text opens with its headline (or gives it first below the site's labels alone:
                    # "News Article", kept or already removed, not a menu's trail) and gives it again, letter for
                    # letter, just below or below a few short labels ("World", "Categories: News"; no by-line, no
                    # date): the copy, not the headline, is the debris; one given first below a menu ("Home > World") or above the by-line and
                    # the date is the page's title
                    found.append((j, "repeated headline"))
                else:
                    found.append((i, "page title"))
            elif (
                a.endswith(("…", "...", "]"))
                and lines[i].prose
                and _TEASER_END.search(a)
                and b.startswith(_TEASER_END.sub("", a))
            ):
                found.append((i, "teaser"))  # a paragraph's opening cut off with an ellipsis, the paragraph below
            elif (
                j == kept[k + 1]
                and len(b) > len(a)
                and b.startswith(a)
                and _GLUED_ON.match(b, len(a) - 1)
                and len(b[len(a) :].split()) <= 30
                and not _DATELINE.match(b, len(a))
            ):  # a video's or picture's title, then the title glued to its caption
                found += [(i, "media title"), (j, "media caption")]
            elif (
                i < top
                and len(b) > len(a)
                and b.startswith(a)
                and _is_headline(lines[i])
                and _NEW_TEXT.match(b, len(a))
                and _SENTENCE_END.search(b)
                and _FULL_DATE.search(b, len(a))
                and len(b[len(a) :].split()) <= 50
            ):  # the headline given again as the lead picture's title, glued to its dated caption (which dates it)
                found.append((j, "photo caption"))
            elif (
                len(b) > len(a)
                and b.endswith(a)
                and lines[i].prose
                and _is_dateline_of(b, len(b) - len(a))
                and any(_is_headline(lines[h]) for h in kept[:k])
            ):  # the lede given above the picture below the headline, then after its dateline (a lede that
                # opens the text with nothing shaped like a headline above it stands as its headline: prose)
                found.append((i, "repeated lede"))
            elif len(a) > len(b) and a.startswith(b) and lines[j].n >= 3 and _SITE_SUFFIX.fullmatch(a, len(b)):
                found.append((i, "page title"))
            elif len(b) > len(a) and b.startswith(a) and _is_headline(lines[i]) and _SITE_SUFFIX.fullmatch(b, len(a)):
                found.append((j, "page title"))
            elif (
                len(a) > len(b) and a.endswith(b) and lines[j].n >= 3 and _SITE_PREFIX.fullmatch(a, 0, len(a) - len(b))
            ):
                found.append((i, "page title"))
            elif (
                len(a) > len(b)
                and a.endswith(b)
                and _is_headline(lines[j])
                and _GLUED_MENU.fullmatch(a, 0, len(a) - len(b))
            ):
                found.append((i, "navigation"))  # a menu's words glued before the headline ("HomeworldTalks resume …")
            elif (
                len(b) > len(a)
                and b.endswith(a)
                and _is_headline(lines[i])
                and _SITE_PREFIX.fullmatch(b, 0, len(b) - len(a))
            ):
                found.append((j, "page title"))
    # The headline given again inside or below the body, as a line of its own
    head_line = next((i for i in kept if i < top and _is_headline(lines[i])), None)
    if head_line is not None:
        title = _unbulleted(lines[head_line].text).lower()
        found += [
            (j, "repeated headline")
            for j in kept
            if j > top and lines[j].n == lines[head_line].n and _unbulleted(lines[j].text).lower() == title
        ]
    # A second title just below the headline that gives all its words again but one or two, or all of its
    # own words are the headline's (a picture's or a video's title): the copy below, not the headline
    # (the text's first line, not a page's title or a breadcrumb's last link that the headline below gives again)
    gone = {i for i, _ in found}
    if kept and kept[0] not in gone and not lines[kept[0]].prose:
        j = next((h for h in kept if h > kept[0]), None)
        if j is not None and j + 1 < len(lines) and j not in gone and _is_variant_title(lines[kept[0]], lines[j]):
            found.append((j, "repeated headline"))
    # A credit given again on a line of its own just below the caption (or another removed line)
    # that ends with it after a mark ("… in Lima. / Photo: Ann Lee", then "Ann Lee")
    gone = taken | {i for i, _ in found}
    for i in gone:
        j = i + 1
        if j < len(lines) and j not in gone and 0 < len(lines[j].words) <= _CREDIT_WORDS < lines[i].n:
            credit, caption = lines[j].text.strip(), lines[i].text.rstrip()
            if caption.endswith(credit) and _CREDIT_MARK.search(caption, 0, len(caption) - len(credit)):
                found.append((j, "photo credit"))
    # A heading of related links ("Related Stories", "More on this topic")
    # and the links below it: the lines up to the next sentence or paragraph
    # (a link's teaser cut off with an ellipsis, "… the minister said...", is no paragraph, nor is
    # a long headline with no stop).
    for i in range(len(lines)):
        contents = lines[i].n <= 10 and _CONTENTS.match(lines[i].text) is not None
        if not contents and not _RELATED.match(lines[i].text):
            continue
        if i not in taken:  # the heading too
            found.append((i, "related links"))
        for j in range(i + 1, len(lines)):
            link = _is_fragment(lines[j]) and lines[j].n <= _LINK_WORDS
            if not link and not _TEASER_END.search(lines[j].text.rstrip()):
                break
            below = lines[j + 1] if j + 1 < len(lines) else None
            if contents and below and below.prose and (below.n > _LINK_WORDS or not _is_fragment(below)):
                # the first section's heading, above its paragraph
                break
            if j not in taken:
                found.append((j, "related links"))
    # An embedded post: its text just above its sign-off ("— Ann Lee (@annlee) June 9, 2024"), with no blank
    # line between, the two a block of their own (a blank line above the text) or the text with a link or a
    # handle in it (in a page that sets no blank line between its paragraphs, the paragraph above a sign-off
    # is the story's); and the lines between the marks a page sets around one ("Skip X post by Ann Lee", "End
    # of X post by Ann Lee"), the marks too
    for i in taken:
        j = i - 1
        if (
            j >= 0
            and j not in taken
            and "(@" in lines[i].text
            and _SIGN_OFF.match(lines[i].text)
            and lines[j].n <= _POST_WORDS
            and raw.count("\n", lines[j].end, lines[i].start) == 1
            and (j == 0 or raw.count("\n", lines[j - 1].end, lines[j].start) > 1 or _POST_LINK.search(lines[j].text))
        ):
            found.append((j, "social media embed"))
    for i, line in enumerate(lines):
        m = _EMBED_MARK.match(line.text) if line.n <= 10 and "skip" in line.low else None
        if m and m.group("skip"):
            end = next((j for j in range(i + 1, min(i + 12, len(lines))) if _EMBED_MARK.match(lines[j].text)), i)
            found += [(j, "social media embed") for j in range(i, end + 1) if j not in taken]
    taken = taken | {i for i, _ in found}
    prose = [i for i in range(len(lines)) if i not in taken and lines[i].prose]
    found += [(i, "related story link") for i in _story_links(raw, lines, prose, taken)]
    glued = _glued_story(lines, prose, phrase_taken)
    if glued is not None:  # another story glued below the article: its headline, its lede and all below
        found += [(i, "another story") for i in range(glued, len(lines)) if i not in phrase_taken]
        prose = [i for i in prose if i < glued]
    taken = taken | {i for i, _ in found}
    if prose:
        first, last = prose[0], prose[-1]
        head = [i for i in range(first) if i not in taken]
        # A header with a line shaped like a headline (five words or more,
        # not ending like a sentence) keeps it and loses its short labels; one
        # without has a short headline: the label nearest the body, kept.
        # (a run of section names is shaped like a headline, but is none)
        runs = [i for i in head if _is_label_run(lines[i])]
        headline = next((i for i in [*head, first] if _is_headline(lines[i]) and i not in runs), None)
        found += [(i, "site or section label") for i in runs]
        if headline is not None:
            # the lines above the headline's copy given again below it (removed) are above the headline too
            top_copy = max([headline] + [j for j, why in found if why == "repeated headline" and headline < j < first])
            # a label with function words just above a line shaped like a
            # headline may be the headline itself, above its standfirst
            labels = [
                i
                for i in head
                if _is_label(lines[i])
                or _is_label(lines[i], loose=True)
                and not (lines[i].n > 1 and i + 1 < len(lines) and _is_headline(lines[i + 1]))
                or i < top_copy
                and _is_plain_label(lines[i])
                # not a short headline above its deck; a section's name is none ("Press releases")
                and (
                    lines[i].text.lstrip()[0].islower()
                    or i + 1 < top_copy
                    or not _SECTION.sub("", lines[i].text).strip()
                )
            ]
            # below the headline, the writers' names, or the outlet they write for
            found += [(i, "byline") for i in head if i > headline and _BYLINE_FOR.match(lines[i].text)]
        else:
            labels = [i for i in head if _is_label(lines[i])]
            if labels and not _MASTHEAD.search(lines[labels[-1]].text):  # the short headline, not the site's name
                labels.pop()
        # a place in capitals alone just above the first paragraph, below the headline, is its dateline
        labels = [
            i for i in labels if not (headline is not None and headline < i and _is_dateline_line(lines, i, first))
        ]
        found += [(i, "site or section label") for i in labels]
        found += [(i, "page label") for i in head if _is_particle(lines[i]) or _is_menu_prompt(lines[i])]
        # a sign with neither letter nor digit ("+", "|": a widget's button), and a line shaped like a
        # headline just above a section label that stands above another (the site's menu or trending links)
        for k, i in enumerate(head):
            if not any(c.isalnum() for c in lines[i].text):
                found.append((i, "page widget"))
            elif (
                _is_headline(lines[i])
                and k + 1 < len(head)
                and _is_label(lines[head[k + 1]])
                and any(_is_headline(lines[h]) and not _LEAD_IN.search(lines[h].text) for h in [*head[k + 2 :], first])
            ):  # (a line running into the text with a colon, "The below is attributable to X:", is no headline)
                found.append((i, "navigation"))
        # A standfirst with the by-line or the date below it: the labels, particles and by-lines
        # between it and the next paragraph (a few lines down) are the header's too
        # (or the lead picture's caption, which stands there too); or, where the headline reads as a paragraph
        # (a question, or long with no stop) just above the standfirst, between the standfirst and the next
        # paragraph, with a by-line or a date there
        gap = None
        if (
            len(prose) > 1
            and prose[1] - first <= 8
            and any(i in marks | credits | captions for i in range(first + 1, prose[1]))
        ):
            gap = range(first + 1, prose[1])
        elif (
            len(prose) > 2
            and prose[1] == first + 1
            and prose[2] - prose[1] <= 8
            and (_is_headline(lines[first]) or lines[first].text.rstrip()[-1:] in ("?", "!"))
            and any(i in marks for i in range(prose[1] + 1, prose[2]))
        ):
            gap = range(prose[1] + 1, prose[2])
        if gap is not None:
            found += [
                (i, "site or section label")
                for i in gap
                if i not in taken and (_is_label(lines[i]) or _is_label(lines[i], loose=True) or _is_particle(lines[i]))
            ]
            found += [(i, "byline") for i in gap if i not in taken and _BYLINE_FOR.match(lines[i].text)]
        # a label given twice, on one line or on two, above the second paragraph: a logo's text and its
        # alt text, a programme's name ("Example News Example News")
        for i in range(prose[1] if len(prose) > 1 else len(lines)):
            n = lines[i].n
            if n > 8 or i in taken:
                continue
            if n % 2 == 0 and _is_label_twice(lines[i]):
                found.append((i, "site or section label"))
            elif (
                i + 1 < len(lines)
                and lines[i + 1].n == n
                and i + 1 not in taken
                and lines[i].text.strip() == lines[i + 1].text.strip()
                and _is_label(lines[i])
                and raw.count("\n", lines[i].end, lines[i + 1].start) == 1
            ):
                found += [(i, "site or section label"), (i + 1, "site or section label")]
        gone = taken | {i for i, _ in found}
        for i in range(last + 1, len(lines)):
            if i in taken or i == last + 1 == len(lines) - 1 and _cut_short(raw, lines[i]):
                continue
            if i == len(lines) - 1 and _cut_off_prose(raw, lines[i]) and gone.issuperset(range(last + 1, i)):
                continue  # the story's next sentence cut short where the copy ends, below the footer's debris
            if _wrapped(lines, i):
                continue  # a line of a paragraph broken inside its sentences
            if _is_label(lines[i]):
                found.append((i, "page footer"))
            elif _is_fragment(lines[i], last=i == len(lines) - 1):
                # not a subheading (no label: words in lower case) above the story's last short paragraphs
                if i + 1 == len(lines) or i + 1 in gone or not _is_short_paragraph(lines[i + 1]):
                    found.append((i, "page footer"))
        # the last paragraph left open, a kicker and a colon before it ("Before you go: See our guide"),
        # with only the footer's debris below it: another page's promotion
        below = {i for i, _ in found if i > last} | {i for i in taken if i > last}
        if (
            last + 1 < len(lines)
            and len(below) == len(lines) - last - 1
            and not _SENTENCE_END.search(lines[last].text)
            and _KICKER.match(lines[last].text)
        ):
            found.append((last, "promotion"))
    gone = taken | {i for i, _ in found}
    found += [(i, "teaser of another story") for i in _teaser_list(raw, lines, prose, gone)]
    found += [(i, "media player title") for i in _player_titles(lines, gone)]
    found += [(i, "site boilerplate") for i in _about_block(lines, gone)]
    spans = []
    for i, reason in found:
        start, end = _trim(raw, lines[i].start, lines[i].end)
        if start < end:
            spans.append(Span(start, end, raw[start:end], reason))
    return spans


_TEASER_LINES = 5  # the fewest one-sentence teasers of other stories in a list above the article


def _teaser_list(raw: str, lines: list[_Line], prose: list[int], gone: set[int]) -> list[int]:
    """A list of other stories' teasers above the article: above its first paragraph (of `prose`, the lines
    that read as running prose) that ends like a sentence, `_TEASER_LINES` lines or more in one block (no blank line between), each a sentence of five
    words or more opening with a capital and with no closing stop, and about unrelated things: no two
    neighbours share a content word but once in the list (a story's key points, listed above it, name the
    same people and things again and again)."""
    stop = next((i for i in prose if _SENTENCE_END.search(lines[i].text)), None)
    if stop is None or stop < _TEASER_LINES:
        return []
    best: list[int] = []
    run: list[int] = []
    for i in range(stop + 1):
        line = lines[i]
        if i < stop and i not in gone and line.n >= 5 and _is_fragment(line) and line.text.lstrip()[:1].isupper():
            if run and raw.count("\n", lines[run[-1]].end, line.start) != 1:
                run = []
            run.append(i)
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(best) < _TEASER_LINES or len({lines[i].text.strip() for i in best}) < len(best):
        return []
    words = [_content_words(lines[i]) for i in best]
    if sum(bool(a & b) for a, b in zip(words, words[1:])) > 1:
        return []
    return best


# the controls of a media player module ("Download", "Listen", "Play", its embed code)
_PLAYER_CONTROL = re.compile(r"(?i)^[^\w<]*(?:(?:download|listen|play|embed)(?: (?:audio|episode|now))?\W*$|<iframe\b)")


def _player_titles(lines: list[_Line], gone: set[int]) -> list[int]:
    """The title of a media player module: a line of five words or more (a headline's length at most,
    `_LINK_WORDS`) with no closing stop, just above the player's controls (`_PLAYER_CONTROL`), which were
    removed."""
    return [
        i
        for i in range(len(lines) - 1)
        if i + 1 in gone
        and i not in gone
        and 5 <= lines[i].n <= _LINK_WORDS
        and _is_fragment(lines[i])
        and _PLAYER_CONTROL.match(lines[i + 1].text)
    ]


# "About Example Capital": the heading of an organisation's boilerplate paragraph
_ABOUT = re.compile(r"^\W*About\s+(?P<name>[A-Z][\w.&'’ -]{1,50}?)\W*$")
# the words of a paragraph about an organisation, its own ("we") or a description ("a firm founded in")
_ORGANISATION = re.compile(
    r"(?i)\b(?:we|our|founded|headquartered|based in|company|firm|bank|group|organi[sz]ation|institute|"
    r"provider|agency|publisher|network|leading)\b"
)
_ABOUT_LINES = 4  # the most lines from such a heading to the end of the text


def _about_block(lines: list[_Line], gone: set[int]) -> list[int]:
    """An organisation's boilerplate at the foot of the page: among the last `_ABOUT_LINES` lines, a heading
    "About" and a name (`_ABOUT`), with just below it a paragraph that opens with that name and speaks of an
    organisation (`_ORGANISATION`); the heading and all below it."""
    for i in range(max(0, len(lines) - _ABOUT_LINES), len(lines) - 1):
        m = _ABOUT.match(lines[i].text)
        if m is None or i in gone or lines[i].n > 6:
            continue
        name = re.sub(r"[\W_]", "", m.group("name")).lower()
        text = lines[i + 1].text
        if re.sub(r"[\W_]", "", text[: 2 * len(m.group("name")) + 10]).lower().startswith(
            name
        ) and _ORGANISATION.search(text):
            return [j for j in range(i, len(lines)) if j not in gone]
    return []


# the grammar of a news headline, which a subheading does not use: a capitalised subject and "to" with a
# verb ("Minister to visit Lima next week"; not "to" with a determiner: "Return to the table" is a
# subheading), or the source after a colon at the end ("Exports rise again: Report"; three words or more
# before it, one of them in lower case, or four: "Trade Talks: Key Points" is a subheading); not a verb in
# the present, which subheadings use too ("Ruritania urges restraint")
_STORY_LINK = re.compile(
    r"^\W*(?:[A-Z][\w’'.-]*,?\s+){1,4}(?:and\s+[A-Z][\w’'.-]*\s+)?to\s+"
    r"(?!(?:the|its|their|his|her|our|this|that|these|those|your|any|all|one)\b)[a-z]{3,}\b"
    r"|^\W*(?:(?=[^:]*\s[a-z])[^\s:.!?]+(?:\s+[^\s:.!?]+){2,}|[^\s:.!?]+(?:\s+[^\s:.!?]+){3,})"
    r":\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*$"
)


# a link to a story's comments, below the teaser of another story
_COMMENTS = re.compile(
    r"(?i)^\W*(?:(?:view|show|read|see|load)(?: all)?(?: \d+)? comments?|\d+\s*comments?|comments?\s*\(\d+\))\W*$"
)


_CONTENT_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]")
_POSSESSIVE = re.compile(r"['’]s?$")


def _content_words(line: _Line) -> set[str]:
    """The words of a line that are not function words, in lower case, without a possessive's 's."""
    small = function_words()
    return {_POSSESSIVE.sub("", w) for w in _CONTENT_WORD.findall(line.low) if w not in small}


_GLUED_STORY_LINES = 4  # the most lines below another story's headline glued below the article


def _glued_story(lines: list[_Line], prose: list[int], taken: set[int]) -> int | None:
    """The index of another story's headline glued below the article: among the last few lines
    (`_GLUED_STORY_LINES`), below the article's first paragraph, a line shaped like a headline (five words
    or more, no stop, no lead-in) whose content words (four or more, four in five of them at least) the
    paragraph just below gives again, as a story's lede restates its headline; a subheading is not
    restated so, nor is a link to a story on the same topic so closely."""
    if len(prose) < 2:
        return None
    paragraphs = set(prose)
    for i in range(max(prose[0] + 1, len(lines) // 2, len(lines) - 1 - _GLUED_STORY_LINES), len(lines) - 1):
        line = lines[i]
        if i in taken or line.prose or line.n < 5 or not _is_fragment(line) or i + 1 not in paragraphs:
            continue
        head = _content_words(line)
        shared = head & _content_words(lines[i + 1])
        if len(shared) >= 4 and 5 * len(shared) >= 4 * len(head):
            return i
    return None


def _is_short_paragraph(line: _Line) -> bool:
    """A paragraph too short to read as running prose (`_is_prose`): three words or more, one of them a
    function word, ending like a sentence ("The talks resume in May.", "“We will see,” she said.")."""
    if line.n < 3 or not _SENTENCE_END.search(line.text):
        return False
    small = function_words()
    return any(w in small for w in line.low.split())


def _cut_short(raw: str, line: _Line) -> bool:
    """Whether the last line of a text, just below its last paragraph, is the opening of a sentence cut
    short where the copy ends: no line break after it, and a capital letter (or a quotation mark) first."""
    return line.end == len(raw) and _OPENING.match(line.text) is not None


_OPENING = re.compile(r"\s*[\"“‘'(-]?\s*[A-Z]")


def _cut_off_prose(raw: str, line: _Line) -> bool:
    """Whether the last line of a text is the opening of a sentence of prose cut short where the copy ends
    (perhaps with a line break after it): a capital letter (or a quotation mark) first, no end of a
    sentence, a function word among its first words, half its other words or more in lower case, and no
    label's shape ("His original travel", "“The ministry is holding up the purcha"; not "Related Topics", "Leave a
    Reply", a tag list)."""
    if raw[line.end :].strip() or not _OPENING.match(line.text) or _SENTENCE_END.search(line.text):
        return False
    if _LEAD_IN.search(line.text) or _is_label(line) or _RELATED.match(line.text):
        return False
    small = function_words()
    low = line.low.split()
    if len(low) < 3 or not any(w.strip("\"“‘'(") in small for w in low[:-1]):
        return False
    # after the first, the words that are no function words are half of them or more in lower case: prose, not
    # a title ("Leave a Reply") nor a tag list ("White House Trade Ann Lee US and China relations")
    content = [w for w in line.text.split()[1:] if w.lower().strip(",;:.") not in small]
    lower = [w for w in content if w[:1].islower()]
    return bool(lower) and 2 * len(lower) >= len(content)


def _wrapped(lines: list[_Line], i: int) -> bool:
    """Whether line `i` is a line of a paragraph broken inside its sentences, as some copies give their text:
    it does not end a sentence and the next line goes on in lower case ("When asked why it is" / "a concern,
    she said …"), or it goes on in lower case from a line above that does not end one. Both lines hold a
    function word and four words or more (not a tag list: "china, trade" / "tariffs")."""
    small = function_words()

    def worded(line: _Line) -> bool:
        return line.n >= 4 and any(w.strip(",;:\"“”‘’'()") in small for w in line.low.split())

    def goes_on(line: _Line) -> bool:
        first = line.text.lstrip()[:1]
        return first.islower() or first.isdigit()

    if not worded(lines[i]):
        return False
    if i + 1 < len(lines) and not _SENTENCE_END.search(lines[i].text) and goes_on(lines[i + 1]):
        return worded(lines[i + 1]) and lines[i + 1].start - lines[i].end <= 2
    return (
        goes_on(lines[i])
        and i > 0
        and not _SENTENCE_END.search(lines[i - 1].text)
        and worded(lines[i - 1])
        and lines[i].start - lines[i - 1].end <= 2
    )


def _is_caps_headline(line: _Line) -> bool:
    """A headline in capitals: six words or more (a subheading in capitals is shorter), no comma ("ANN
    LEE, MINISTER OF TRADE" heads a speech) and, in headline style, under three in ten of them function
    words ("REMARKS BY THE MINISTER AT A PRESS CONFERENCE" heads a transcript)."""
    if line.n < 6 or not line.text.isupper() or "," in line.text:
        return False
    small = function_words()
    return sum(w.lower() in small for w in line.words) < 0.3 * len(line.words)


_TITLE_HEADLINE_WORDS = 7  # the fewest words of another story's headline in title case (a subheading is shorter)


def _is_title_headline(line: _Line) -> bool:
    """A headline in title case, as a link to another story is given inside the body: seven words or more
    (`_TITLE_HEADLINE_WORDS`; a subheading in title case is shorter: "Trade Talks: Key Points"), every word
    but the function words capitalised, four of them at least, and the first no function word ("What the
    Talks Mean for the Region and Its Neighbours" is a subheading's question)."""
    words = line.words
    if len(words) < _TITLE_HEADLINE_WORDS or line.text.isupper():
        return False
    small = function_words()
    content = [w for w in words if w.lower() not in small or len(w) > 1 and w.isupper()]  # "US" is a name
    if words[0] not in content:
        return False
    return len(content) >= 4 and all(w[0].isupper() or w[0].isdigit() for w in content)


_LONG_LINK_WORDS = 12  # the fewest words of a line with no stop that is another story's headline, not a subheading
_QUESTION_WORD = re.compile(r"(?i)(?:how|why|what|when|where|who|which|whether|is|are|can|will|should|does|do)\b")


def _is_long_link(line: _Line) -> bool:
    """A line of `_LONG_LINK_WORDS` words or more between paragraphs, too short for running prose (`_is_prose`)
    and with no closing stop: another story's headline in sentence case ("Ruritania with a reply on the
    ferry that ran aground near the port"); a subheading is shorter, or a question ("How the talks could
    change the trade of the region"); a paragraph that lost its stop opens in lower case, or has a comma
    between its clauses ("…, officials said")."""
    text = line.text.strip()
    return (
        line.n >= _LONG_LINK_WORDS
        and text[:1].isupper()
        and text[-1:].isalnum()
        and "," not in text
        and not _QUESTION_WORD.match(text)
    )


def _story_links(raw: str, lines: list[_Line], prose: list[int], taken: set[int]) -> list[int]:
    """Lines inside the body (below its first paragraph, above its last) that are another story's
    headline: shaped like a headline (four words or more, no closing stop, no lead-in) and written in
    a headline's grammar (`_STORY_LINK`), or in capitals (`_is_caps_headline`), or just above a link
    to that story's comments; and the lines listed with one, in the same block (no blank line between)
    and shaped like a headline too (a list of links: "Ferry fares to rise next month")."""
    if len(prose) < 2:
        return []
    out = []
    for i in range(prose[0] + 1, prose[-1]):
        line = lines[i]
        if i in taken or line.prose or line.n < 4 or not _is_fragment(line):
            continue
        if _STORY_LINK.search(line.text) or _is_caps_headline(line) or _is_title_headline(line):
            out.append(i)
        elif i > prose[1] and _is_long_link(line):  # below the body's second paragraph, where no header is
            out.append(i)
        elif i + 1 in taken and _COMMENTS.match(lines[i + 1].text):  # a teaser with its comment count
            out.append(i)
    listed = set(out)
    for i in out:
        for step in (-1, 1):
            j = i
            while prose[0] < j + step < prose[-1] and raw.count("\n", *_between(lines, j, j + step)) == 1:
                j += step
                line = lines[j]
                if j in listed or j in taken:  # another link, or a link's stamp ("2 hours ago")
                    continue
                if line.prose or line.n < 4 or not _is_fragment(line):
                    break
                listed.add(j)
    return sorted(listed)


def _between(lines: list[_Line], i: int, j: int) -> tuple[int, int]:
    """The characters between two neighbouring lines, the one above's end and the one below's start."""
    return (lines[i].end, lines[j].start) if i < j else (lines[j].end, lines[i].start)


_LONG_CUES: dict[int, tuple[tuple[Rule, ...], object, list[int]]] = {}


def _long_cues(rules: tuple[Rule, ...]):
    """The cues of the rules that read long lines (more than SHORT words), as one Aho-Corasick automaton
    (pyahocorasick) whose values are (cue, the indexes in `rules` of the rules holding it): one pass over a
    text finds every cue it holds, and so the rules worth trying; and the indexes of the other rules
    (tried in every text)."""
    kept = _LONG_CUES.get(id(rules))
    if kept is None or kept[0] is not rules:
        import ahocorasick

        if len(_LONG_CUES) > 16:
            _LONG_CUES.clear()
        holders: dict[str, list[int]] = {}
        always = []
        for k, r in enumerate(rules):
            if r.cues and (r.max_words is None or r.max_words > SHORT):
                for c in r.cues:
                    holders.setdefault(c, []).append(k)
            else:
                always.append(k)
        automaton = ahocorasick.Automaton()
        for c, ks in holders.items():
            automaton.add_word(c, (c, tuple(ks)))  # cues are never empty (`load_rules`)
        if len(automaton):
            automaton.make_automaton()
        kept = _LONG_CUES[id(rules)] = (rules, automaton, always)
    return kept[1], kept[2]


def _present(automaton, text: str) -> dict[str, tuple[int, ...]]:
    """The keys of `automaton` that occur in `text` (as `key in text` would tell, key by key), each with
    the indexes of the rules holding it."""
    return dict(value for _, value in automaton.iter(text)) if len(automaton) else {}


def find_boilerplate(raw: str, rules: Iterable[Rule] | None = None, skip_before: int = 0) -> list[Span]:
    """Boilerplate spans of `raw`, sorted, none inside another.

    `skip_before` leaves the first characters alone (the date header, which is
    reported separately).
    """
    rules = load_rules() if rules is None else rules
    lines = []
    glued = False  # whether the first line is the rest of the date header's line
    for s, e in _lines(raw):
        if e > skip_before and not raw[max(s, skip_before) : e].isspace() and e > max(s, skip_before):
            glued = glued or not lines and s < skip_before
            s = max(s, skip_before)
            lines.append(_line(raw, s, e))
    taken: set[int] = set()
    found: list[Span] = []
    if glued and _is_label(lines[0]) and not _SECTION.sub("", lines[0].text).strip(" &|/·•-"):
        # a section's name glued after the date header ("date … World News"), not a headline glued there
        s, e = _trim(raw, lines[0].start, lines[0].end)
        found.append(Span(s, e, raw[s:e], "section label"))
        taken.add(0)
    credits: set[int] = set()  # lines that are a picture credit alone
    captions: set[int] = set()  # lines that are a caption with its credit
    marks: set[int] = set()  # lines that are a by-line or a stamp
    edges = None
    low = raw[skip_before:].lower()
    rules = tuple(rules)
    automaton, always = _long_cues(rules)
    present = _present(automaton, low)
    # the rules to try, in order: those whose cues the text holds, and those without (long-line) cues
    tried = sorted(set(always).union(*present.values())) if present else always
    within: dict[int | None, list[int]] = {None: list(range(len(lines)))}  # the lines of at most so many words
    for k in tried:
        rule = rules[k]
        cues = rule.cues
        long = rule.max_words is None or rule.max_words > SHORT
        if cues and long:  # the whole text was read once for them
            cues = [c for c in cues if c in present]
            if not cues:  # no line holds one
                continue
        if rule.scope == "match":
            group = "debris" if "debris" in rule.pattern.groupindex else 0  # the part of the match to remove
            for m in rule.pattern.finditer(raw, skip_before):
                start, end = _trim(raw, *m.span(group))
                if start < end:
                    found.append(Span(start, end, raw[start:end], rule.reason))
            continue
        candidates = within.get(rule.max_words)
        if candidates is None:
            candidates = within[rule.max_words] = [i for i, line in enumerate(lines) if line.n <= rule.max_words]
        if rule.where != "anywhere":
            edges = _edges(lines) if edges is None else edges
            candidates = [i for i in candidates if i not in taken and i in edges[rule.where]]
        if cues and long:
            candidates = [i for i in candidates if any(c in lines[i].low for c in cues)]
        if rule.where == "end":  # from the foot up, through the paragraphs the rule takes
            candidates = _from_the_foot(lines, candidates, rule.pattern, taken)
        for i in candidates:
            if i in taken:  # by an earlier rule (a line this rule takes is not tried again)
                continue
            line = lines[i]
            m = rule.pattern.search(line.text)
            if m is None:
                continue
            start, end = line.start, line.end
            cut = _glued_tail(line, m.start()) if rule.scope == "line" and rule.reason not in _CREDITS else 0
            if cut:  # furniture glued after a paragraph's last sentence: the paragraph stays, and is read
                start, end = _trim(raw, start + cut, end)
                found.append(Span(start, end, raw[start:end], rule.reason))
                continue
            if rule.scope == "line_to_end":
                end = len(raw)
                taken |= set(range(i, len(lines)))
            taken.add(i)
            if rule.reason in _CREDITS and line.words and len(line.words) <= _CREDIT_WORDS:
                credits.add(i)
            elif rule.reason in _CREDITS:
                captions.add(i)
            elif rule.reason in _MARKS:
                marks.add(i)
            start, end = _trim(raw, start, end)
            if start < end:
                found.append(Span(start, end, raw[start:end], rule.reason))
            if rule.scope == "line_to_end":
                break
    found += _shape_spans(raw, lines, taken, credits, marks, captions)
    # Widest first at each start, then drop spans that lie inside a kept one.
    found.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for span in found:
        if kept and span.start < kept[-1].end:
            if span.end <= kept[-1].end:
                continue
            start, end = _trim(raw, kept[-1].end, span.end)
            if start == end:
                continue
            span = Span(start, end, raw[start:end], span.reason)
        kept.append(span)
    return kept


_PARAGRAPH_WORDS = 25  # the fewest words of a paragraph that furniture is taken to be glued to
# where a sentence ends and the next begins: its mark (not an initial's stop, "U.S."), any closing quotes or
# brackets, a space, and a capital letter (or an opening quote or bracket) next
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z])")


def _glued_tail(line: _Line, at: int) -> int:
    """Where the sentence holding character `at` of a line of running prose begins, when the sentences
    before it make a paragraph (furniture glued after it: "… on Monday. Subscribe to our newsletter."): a
    paragraph's length (`_PARAGRAPH_WORDS`) and at least a quarter of it function words, as running prose
    has; 0 when the furniture opens the line or what stands before it is shorter (a promotion's first
    sentence, "Every Friday our editors pick the week's best stories.") or has few function words (a
    licence number)."""
    if not line.prose or at == 0:
        return 0
    cut = 0
    for m in _SENTENCE_BREAK.finditer(line.text, 0, at + 1):
        cut = m.end()
    if not cut:
        return 0
    words = line.low[:cut].split()
    small = function_words()
    return cut if len(words) >= _PARAGRAPH_WORDS and sum(map(small.__contains__, words)) >= 0.25 * len(words) else 0


def _from_the_foot(
    lines: list[_Line], candidates: list[int], pattern: re.Pattern, gone: set[int] = frozenset()
) -> list[int]:
    """The candidates below the last paragraph of running prose, and those
    above them up to the first paragraph of running prose that `pattern`
    does not match; the lines earlier rules removed (`gone`: a disclaimer below
    the writer's note) are passed over."""
    chosen = set(candidates)
    taken = []
    for i in range(len(lines) - 1, -1, -1):
        if i in gone:
            continue
        if lines[i].prose and not (i in chosen and pattern.search(lines[i].text)):
            break
        if i in chosen:
            taken.append(i)
    return taken[::-1]


def _edges(lines: list[_Line]) -> dict[str, set[int]]:
    """Indexes of the lines of each `Rule.where` other than anywhere: above the
    first and below the last line of running prose (edges); every line for
    the end, which `_from_the_foot` narrows."""
    prose = [i for i, line in enumerate(lines) if line.prose]
    if not prose:
        return {"edges": set(range(len(lines))), "end": set(range(len(lines)))}
    below = set(range(prose[-1] + 1, len(lines)))
    return {"edges": set(range(prose[0])) | below, "end": set(range(len(lines)))}


# --- glued words ---------------------------------------------------------

_CASE_JOIN_WORD = re.compile(r"([a-z]{2,})([A-Z][a-z]+)")
_CASE_JOIN = re.compile(rf"\b{_CASE_JOIN_WORD.pattern}\b")
_LONG_WORD = re.compile(r"\b[A-Za-z]{6,}\b")
# Both halves of a split must be at least this common in the English word
# list (pyspellchecker's frequency counts), so that rare fragments of names
# ("Kriten" + "brink") are not taken for words.
MIN_PART_FREQUENCY = 2000


@lru_cache(maxsize=1)
def _word_frequencies() -> dict[str, int]:
    from spellchecker import SpellChecker  # imported here: it loads a word list

    return {w: n for w, n in SpellChecker(language="en").word_frequency.dictionary.items() if n > 0}


def _best_split(token: str) -> tuple[str, str] | None:
    """The most plausible split of an unknown token into two common words."""
    freq = _word_frequencies()
    best, best_score = None, 0
    for i in range(3, len(token) - 2):
        left, right = token[:i], token[i:]
        lf, rf = freq.get(left.lower(), 0), freq.get(right.lower(), 0)
        score = min(lf, rf)
        if score >= MIN_PART_FREQUENCY and score > best_score:
            best, best_score = (left, right), score
    return best


def find_glued_words(raw: str, skip: list[Span] = (), skip_before: int = 0) -> list[Repair]:
    """Words run together by scraping, with the repair for each.

    Two kinds are found:

    - ``case join``: a lower-case word followed directly by a capitalised one
      ("theThe", "channelsThe"); a doubled word ("theThe") keeps its first copy.
    - ``word join``: a token of six or more letters that is not an English
      word but splits into two common words of three letters or more
      ("channelsespecially", "Gangand"). A token the article uses more than
      once is taken for a name, not for an accident.

    Tokens inside `skip` spans (boilerplate) or before `skip_before` are left
    alone.
    """
    skip = list(skip)
    freq = _word_frequencies()
    joins, long_words, inside = _candidates(raw, skip, skip_before)
    repairs: dict[int, Repair] = {}
    for start, token, left, right in joins:
        if freq.get(left.lower(), 0) and freq.get(right.lower(), 0):
            fixed = left if left.lower() == right.lower() else f"{left} {right}"
            repairs[start] = Repair(start, start + len(token), token, fixed, "case join")
    seen = [w for _, w in long_words]
    lowered = "\n".join(seen).lower().split("\n") if seen else []
    unknown = set(lowered).difference(freq)  # (the words that are no key of `freq`)
    # a word used once that is no English word: the only candidates for a split (every use of a word is
    # counted, inside `skip` too)
    counts = Counter(t for t, w in zip(seen, lowered) if w in unknown)
    rare = {t for t, n in counts.items() if n == 1}
    for start, token in long_words if rare else ():
        if token not in rare or inside(start) or any(r.start <= start < r.end for r in repairs.values()):
            continue
        split = _best_split(token)
        if split:
            repairs[start] = Repair(start, start + len(token), token, " ".join(split), "word join")
    return sorted(repairs.values())


def _candidates(raw: str, skip: list[Span], skip_before: int):
    """What `find_glued_words` weighs, from `skip_before` on:

    - joins: (start, token, left, right) of each lower-then-capital word outside `skip`;
    - long words: (start, token) of every word of six letters or more, inside `skip` too (to count uses);
    - inside: whether a position lies inside `skip` (asked of the few long words that may be split).
    """
    inside = covering((s.start, s.end) for s in skip)
    joins = [
        (m.start(), m.group(), m.group(1), m.group(2))
        for m in _CASE_JOIN.finditer(raw, skip_before)
        if not inside(m.start())
    ]
    long_words = [(m.start(), m.group()) for m in _LONG_WORD.finditer(raw, skip_before)]
    return joins, long_words, inside


_BLANK_LINES = re.compile(r"\n{3,}")


def readable_text(raw: str, removed: list[Span], repairs: list[Repair]) -> str:
    """The article body: `raw` without the removed spans, repairs applied,
    trailing spaces dropped and runs of blank lines reduced to one."""
    edits = sorted([(s.start, s.end, "") for s in removed] + [(r.start, r.end, r.replacement) for r in repairs])
    parts, pos = [], 0
    for start, end, new in edits:
        if start < pos:  # a repair inside removed text
            continue
        parts.append(raw[pos:start])
        parts.append(new)
        pos = end
    parts.append(raw[pos:])
    text = "".join(parts).replace("\r\n", "\n")
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()
