"""What every extractor reads a text with: sentences, the tense of a clause, and masking.

- `sentence_spans(text)`: the sentences and heading lines of a text, as
  offsets, never breaking inside a protected span (a quotation) nor, on
  request, after an abbreviation (`resources/abbreviations.csv`);
- `tenses_of(text)` / `tense_at`: whether a clause looks forward or back,
  from the markers of `resources/tense_markers.csv` (and any "-ed" word);
- `mask(raw, spans)`: the text with spans blanked out, same length, so that
  extractors search it and their offsets still index the raw text;
- `Phrases(strings)`: a long list of literal phrases (names, hedges) found in
  one pass with an Aho-Corasick automaton (pyahocorasick), whole words only,
  the longest phrase at the leftmost start winning;
- `fold(text)` and `words(pattern, folded)`: the matches of a profile's word
  patterns (issues, terms, event cues), which are written in lower case and
  matched against the lower-cased text, each starting at the start of a word.
  Matching without `re.IGNORECASE` and without a leading `\\b` lets `re` skip
  straight to the places where a pattern's first letter occurs, which is what
  makes a few dozen patterns per article affordable;
- `finditer_i(pattern, text)`: the matches of a case-blind pattern written in
  lower case, found by its case-sensitive twin in `fold(text)` wherever that
  gives the same spans (a text whose letters outside ASCII have no case):
  `re` compares characters case aside several times slower.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, groupby

from . import paths

# The place dateline that opens the lead of a news story: "BEIJING (Reuters):", "SAN FRANCISCO —",
# "WASHINGTON, June 14 –" (a colon only after the agency: "KELEMEN:" is a speaker's label). The match ends
# on the first character after it.
PLACE_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+\d{1,2})?)?"
    r"(?:[ \t]*\([^)\n]{1,30}\)[ \t]*[:\-–—]|[ \t]*[\-–—])[ \t]+\S"
)


def _tense_markers() -> dict[str, str]:
    """The markers of `resources/tense_markers.csv`, as one alternation per tense (in file order)."""
    from .profile import compile_pattern, read_table

    path = paths.RESOURCES / "tense_markers.csv"
    markers: dict[str, list[str]] = {"future": [], "past": []}
    for row in read_table(path, ("tense", "marker")):
        compile_pattern(path, row, "marker")
        markers.setdefault(row["tense"], []).append(row["marker"])
    return {tense: _markers_alternation(words) for tense, words in markers.items()}


def _markers_alternation(markers: list[str]) -> str:
    """The markers of one tense as one alternation: grouped by first letter (`word_alternation`) when
    every marker is a word of plain letters, since at most one such word matches at a word's start and
    their order does not matter; else in file order."""
    if all(_PLAIN_WORD.fullmatch(m) for m in markers):
        return word_alternation(markers)
    return "|".join(markers)


_PLAIN_WORD = re.compile(r"[a-z]+")


def word_alternation(words) -> str:
    """Literal words as one alternation, grouped by first letter ("h(?:ad|eld)|m(?:et|ade)"): at each
    place `re` tries the alternatives one by one, so a few groups are tried far faster than a hundred
    words. For words of which at most one can match at a place (whole words), as their order is lost."""
    words = sorted(set(words))
    groups = (
        re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")"
        for first, group in groupby(words, key=lambda w: w[0])
    )
    return "|".join(groups)


_MARKERS = _tense_markers()
FUTURE = re.compile(rf"\b(?:{_MARKERS['future']})\b", re.I)
_PAST_WORDS = _MARKERS["past"]
# a past-tense marker: one of those words, or any word of three letters or more plus "-ed"
PAST = re.compile(rf"\b(?:{_PAST_WORDS}|[a-z]{{3,}}ed)\b", re.I)


def _abbreviations() -> re.Pattern:
    """A title or abbreviation ending just before a break (`resources/abbreviations.csv`): no sentence ends there."""
    from .profile import read_table

    words = [r["abbreviation"] for r in read_table(paths.RESOURCES / "abbreviations.csv", ("abbreviation",))]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\.$")


# A break between sentences: after . ! or ? (and any closing quote or bracket),
# white space before a capital or digit; or a run of line breaks.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])|\n+")
# The same two kinds, each written to open with a literal character, which
# `re` skips to (see _breaks).
_STOP_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])")
_LINE_BREAK = re.compile(r"\n+")


@lru_cache(maxsize=4)
def _breaks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each break between sentences in `text`: the matches of
    _SENTENCE_END. A stop's break swallows any line breaks after it, so a run
    of line breaks counts where no stop's break holds it."""
    stops = [(m.start() + 1, m.end()) for m in _STOP_BREAK.finditer(text)]
    starts = [s for s, _ in stops]

    def swallowed(start: int, end: int) -> bool:
        k = bisect_right(starts, start) - 1
        return k >= 0 and end <= stops[k][1]

    lines = [m.span() for m in _LINE_BREAK.finditer(text) if not swallowed(*m.span())]
    return tuple(sorted(stops + lines))


ABBREVIATION = _abbreviations()


def sentence_spans(
    text: str, protected: list[tuple[int, int]] = (), abbreviations: bool = False
) -> list[tuple[int, int]]:
    """(start, end) of each sentence or heading line of `text` (offsets kept).

    No sentence ends inside a `protected` span (a quotation), nor, with
    `abbreviations`, after a title such as "Mr." or "Gen.".
    """
    if not protected and not abbreviations:
        return list(_plain_sentences(text))
    return _sentence_spans(text, protected, abbreviations)


@lru_cache(maxsize=4)
def _plain_sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_sentence_spans(text, (), False))


def _sentence_spans(text: str, protected, abbreviations: bool) -> list[tuple[int, int]]:
    spans, pos = [], 0
    protected = sorted(protected)
    opens = [s for s, _ in protected]
    reach = list(accumulate((e for _, e in protected), max))  # the furthest end among the first k
    for start, end in _breaks(text):
        k = bisect_left(opens, start)  # the spans opening before this break
        if k and reach[k - 1] - 1 > start:
            continue
        if abbreviations and ABBREVIATION.search(text, max(0, start - 6), start):
            continue
        if text[pos:start].strip():
            spans.append((pos, start))
        pos = end
    if text[pos:].strip():
        spans.append((pos, len(text)))
    # trim surrounding whitespace
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


class Tenses:
    """The tense markers of a text, for `at` and `within`: found sentence by sentence, each sentence when
    first asked about, since a reader asks only about the sentences that hold a date or an event.

    A marker (`FUTURE`, `PAST`: words and single spaces, no stop, no line break) never reaches outside its
    sentence (`sentence_spans`, whose gaps hold only white space and the quotes or brackets after a stop),
    so the markers found sentence by sentence are those a search of the whole text finds.
    """

    def __init__(self, text: str):
        self.text = text
        self.sentences = _plain_sentences(text)
        self.sentence_starts = [s for s, _ in self.sentences]
        self._of: dict[int, list[tuple[int, int, str]]] = {}  # sentence index → its markers

    def _markers_of(self, k: int) -> list[tuple[int, int, str]]:
        found = self._of.get(k)
        if found is None:
            ss, se = self.sentences[k]
            found = self._of[k] = sorted(
                [(m.start(), m.end(), "future") for m in finditer_i(FUTURE, self.text, ss, se)]
                + [(m.start(), m.end(), "past") for m in finditer_i(PAST, self.text, ss, se)],
                key=lambda m: (m[0], m[2]),
            )
        return found

    def within(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, tense) of each marker that starts in text[lo:hi], by start ("future" first at equal
        starts)."""
        starts, sentences = self.sentence_starts, self.sentences
        k = max(bisect_right(starts, lo) - 1, 0)
        out: list[tuple[int, int, str]] = []
        while k < len(sentences) and sentences[k][0] < hi:
            if sentences[k][1] > lo:
                out += self._markers_of(k)
            k += 1
        if out and (out[0][0] < lo or out[-1][0] >= hi):
            out = [m for m in out if lo <= m[0] < hi]
        return out

    def at(self, sentence_start: int, sentence_end: int, start: int, end: int) -> str:
        """'future' or 'past' for an expression at start:end of the sentence.

        The first tense marker after the expression decides; failing that, the
        nearest before it; failing both, 'unknown' (weekdays then count as
        past, as reporting is mostly retrospective; dates take the nearest year).
        """
        markers = self.within(sentence_start, sentence_end)
        i = bisect_left(markers, (end,))
        if i < len(markers):
            return markers[i][2]  # at equal starts "future" sorts first, as it should
        before = [(e, kind) for s, e, kind in markers[:i] if e <= start]
        return max(before)[1] if before else "unknown"


@lru_cache(maxsize=4)
def tenses_of(text: str) -> Tenses:
    """The tense markers of `text` (kept for the few texts in use at a time)."""
    return Tenses(text)


def tense_at(sentence: str, start: int, end: int) -> str:
    """'future', 'past' or 'unknown' for an expression at sentence[start:end] (see `Tenses.at`)."""
    return Tenses(sentence).at(0, len(sentence), start, end)


def covering(spans):
    """A test of whether a position lies inside one of `spans` ((start, end) pairs, in any order,
    overlapping or not): the spans are merged once and each position is looked up by bisection."""
    merged: list[list[int]] = []
    for start, end in sorted((s, e) for s, e in spans if s < e):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [s for s, _ in merged]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < merged[k][1]

    return inside


_NOT_BREAK = re.compile(r"[^\r\n]")


def mask(raw: str, spans) -> str:
    """`raw` with the characters of `spans` ((start, end) pairs) blanked, line breaks kept."""
    parts, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if start >= end:
            continue
        parts += [raw[pos:start], _NOT_BREAK.sub(" ", raw[start:end])]
        pos = end
    parts.append(raw[pos:])
    return "".join(parts)


@lru_cache(maxsize=8)
def fold(text: str) -> str:
    """`text` in lower case, character for character, so that offsets into it index `text`.

    A character whose lower case is longer than itself (a dotted capital I) is kept as it is.
    """
    low = text.lower()
    if len(low) == len(text):  # no character grew, so each one stands where it stood
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_ASCII = dict.fromkeys(range(128))  # a translation table that drops ASCII characters


# the letters outside ASCII that a case-blind pattern matches with an ASCII letter and that `fold` keeps as
# they are (the dotted capital I, the dotless i, the long s; the fourth, the Kelvin sign, folds to "k"): a
# literal check written in ASCII may miss a match that holds one of them
CROSSING_CASE = "\u0130\u0131\u017f"


@lru_cache(maxsize=8)
def simple_case(text: str) -> bool:
    """Whether every character of `text` outside ASCII is without case (curly quotes, dashes, CJK): then
    a case-blind pattern matches `text` where its case-sensitive twin (`caseless`) matches `fold(text)`,
    since case-blind matching relates an ASCII letter only to its other case and to letters outside
    ASCII that have a case (the long s, the Kelvin sign)."""
    rest = text.translate(_ASCII)
    return rest == rest.lower() == rest.upper()


# an inline flag ("(?-i:…)", "(?a)"): a pattern that carries one keeps its own matching
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


@lru_cache(maxsize=256)
def caseless(pattern: re.Pattern) -> re.Pattern | None:
    """The case-sensitive twin of a case-blind pattern (`re.IGNORECASE`) written in lower case, for
    `finditer_i`; None for a pattern that has a capital letter or an inline flag (no twin)."""
    source = pattern.pattern
    if not pattern.flags & re.I or not isinstance(source, str) or not has_twin(source):
        return None
    return re.compile(source, pattern.flags & ~re.I)


def has_twin(source: str) -> bool:
    """Whether a case-blind pattern written as `source` has a case-sensitive twin (`caseless`): no capital
    letter, no inline flag. Read from the source alone, so nothing need be compiled to ask."""
    return is_lower_case(source) and not _INLINE_FLAGS.search(source)


def finditer_i(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """`pattern.finditer(text, pos, endpos)` for a case-blind pattern, found by its case-sensitive twin in
    `fold(text)` where that gives the same matches (see `simple_case`): read the spans of the matches,
    since their text is then in lower case."""
    endpos = len(text) if endpos is None else endpos
    twin = caseless(pattern)
    if twin is not None and simple_case(text):
        return twin.finditer(fold(text), pos, endpos)
    return pattern.finditer(text, pos, endpos)


def search_i(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """`pattern.search(text, pos, endpos)` for a case-blind pattern, found as `finditer_i` finds matches."""
    return next(finditer_i(pattern, text, pos, endpos), None)


def _in_word(text: str, at: int) -> bool:
    """True when `at` falls between two word characters (what `\\b` does not allow)."""
    return 0 < at < len(text) and _word_char(text[at - 1]) and _word_char(text[at])


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def words(pattern: re.Pattern, folded: str, pos: int = 0, endpos: int | None = None):
    """The matches of `pattern` in `folded` (see `fold`) that start at the start of a word (or at a
    character that is not part of a word), left to right and not overlapping, as `finditer` gives
    them; a match that would start inside a word is passed over and the search goes on from the next
    character, as a leading `\\b` would make it."""
    endpos = len(folded) if endpos is None else endpos
    m = pattern.search(folded, pos, endpos)
    while m is not None:
        start = m.start()
        if _in_word(folded, start):
            m = pattern.search(folded, start + 1, endpos)
            continue
        yield m
        m = pattern.search(folded, m.end() if m.end() > start else start + 1, endpos)


def words_at(pattern: re.Pattern, folded: str, starts):
    """`words(pattern, folded)` for a pattern every match of which begins at one of `starts` (places in
    order, such as where its cues begin: `Cues.starts`): the pattern is matched only there, and gives the
    matches a search would, since it can match nowhere else."""
    reach = 0
    for at in starts:
        if at < reach or _in_word(folded, at):
            continue
        m = pattern.match(folded, at)
        if m is not None:
            yield m
            reach = m.end() if m.end() > at else at + 1


def first_word(pattern: re.Pattern, folded: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The first match of `words(pattern, folded, pos, endpos)`, or None (without making the generator:
    it is asked for many times per article)."""
    endpos = len(folded) if endpos is None else endpos
    m = pattern.search(folded, pos, endpos)
    while m is not None and _in_word(folded, m.start()):
        m = pattern.search(folded, m.start() + 1, endpos)
    return m


_CAPITAL_OUTSIDE_ESCAPE = re.compile(r"\\.|([A-Z])")


def is_lower_case(source: str) -> bool:
    """True when a pattern has no capital letter other than in an escape (``\\b``, ``\\W``)."""
    return not any(m.group(1) for m in _CAPITAL_OUTSIDE_ESCAPE.finditer(source))


class Phrases:
    """Literal phrases found in one pass, as whole words.

    `find(text)` gives (start, end, phrase) for each occurrence, left to right and not overlapping: where
    several phrases start at one place, the longest wins (as an alternation sorted longest first would
    give). With `ignore_case` (the default) phrases are compared in lower case (`fold`), otherwise as
    written (names); `phrase` is the phrase as it was given. `joiners` are characters that, next to a
    match, make it part of a longer word (a hyphen: "Biden" is not found in "Biden-Xi").
    """

    def __init__(self, phrases, joiners: str = "", ignore_case: bool = True):
        import ahocorasick

        self.joiners = joiners
        self.ignore_case = ignore_case
        self.automaton = ahocorasick.Automaton()
        for phrase in phrases:
            key = phrase.lower() if ignore_case else phrase
            if key.strip() and key not in self.automaton:
                # with whether its first and its last character are word characters (see `find`)
                self.automaton.add_word(key, (len(key), phrase, _word_char(key[0]), _word_char(key[-1])))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str]]:
        if self.empty:
            return []
        folded = fold(text) if self.ignore_case else text
        found, size, joiners = [], len(folded), self.joiners
        for last, (n, phrase, word_first, word_last) in self.automaton.iter(folded):
            start, end = last - n + 1, last + 1
            # a match that starts or ends inside a word is passed over (`_in_word`, the phrase's own
            # first and last characters known)
            if word_first and start > 0 and _word_char(folded[start - 1]):
                continue
            if word_last and end < size and _word_char(folded[end]):
                continue
            if joiners and ((start > 0 and folded[start - 1] in joiners) or (end < size and folded[end] in joiners)):
                continue
            found.append((start, end, phrase))
        found.sort(key=lambda f: (f[0], -f[1]))
        out, reached = [], 0
        for start, end, phrase in found:
            if start >= reached:
                out.append((start, end, phrase))
                reached = end
        return out


class Cues:
    """Literal cues that spare searching a word pattern where it cannot match.

    `cues` maps a key (a pattern's source, a group of events) to its cues: lower-case words or phrases one
    of which every match of the pattern contains (given as data, beside the pattern, in the profile's
    files). `found(folded)` gives the cues that occur anywhere in a `fold`ed text, in one Aho-Corasick pass
    (the answer for the last text is kept, since several extractors ask about one article in turn);
    `may_match(key, found)` is False only where none of the key's cues is among those found, so that the
    pattern need not be searched. A key without cues (a profile file without the column) may always match.
    `places(folded)` gives where each cue occurs (found in the same pass, kept for the same last text).
    `opening` names the keys every match of whose pattern also begins with one of their cues (given as
    data too): `matches` tries such a pattern only where one of its cues begins (`starts`).
    The several readers of an article (issues and terms, event cues, distancing, modality exclusions) each
    have their `Cues`; their cues are found in one pass over the text for all of them (`_CueScan`).
    """

    def __init__(self, cues: dict, opening=()):
        self.cues = {key: frozenset(c) for key, c in cues.items()}
        self.opening = frozenset(key for key in opening if key in self.cues)
        self.vocabulary = frozenset().union(*self.cues.values())
        self.empty = not self.vocabulary
        # the last text read: (folded, cues found, (end index, cue) of each occurrence, `places` once asked,
        # the starts of each cue once asked)
        self._last: list = [None, frozenset(), [], None, None]

    def found(self, folded: str) -> frozenset:
        return self._read(folded)[1]

    def places(self, folded: str) -> tuple[tuple[int, int, str], ...]:
        """(start, end, cue) of every occurrence of a cue in a `fold`ed text (overlapping ones too), by
        start: the cues of a part of the text are those that lie inside it."""
        last = self._read(folded)
        if last[3] is None:
            last[3] = tuple(sorted((e + 1 - len(c), e + 1, c) for e, c in last[2]))
        return last[3]

    def found_in(self, folded: str, start: int, end: int) -> set:
        """The cues that lie inside folded[start:end] (`places`): a pattern matched there that
        `may_match` rejects with them cannot match."""
        places = self.places(folded)
        k, held = bisect_left(places, (start,)), set()
        while k < len(places) and places[k][0] < end:
            if places[k][1] <= end:
                held.add(places[k][2])
            k += 1
        return held

    def starts(self, key, folded: str) -> list[int]:
        """Where one of the cues of `key` begins in a `fold`ed text, in order, each place once."""
        last = self._read(folded)
        if last[4] is None:
            by_cue: dict[str, list[int]] = {}
            for e, c in last[2]:
                by_cue.setdefault(c, []).append(e + 1 - len(c))
            last[4] = by_cue
        by_cue = last[4]
        return sorted({at for c in self.cues[key] if c in by_cue for at in by_cue[c]})

    def matches(self, pattern: re.Pattern, folded: str):
        """The matches of a word pattern whose key is its source in a `fold`ed text, as `words(pattern,
        folded)` gives them: none where none of its cues occurs; for a pattern of `opening`, matched only
        where one of its cues begins (`words_at`)."""
        key = pattern.pattern
        if not self.may_match(key, self.found(folded)):
            return iter(())
        if key in self.opening:
            return words_at(pattern, folded, self.starts(key, folded))
        return words(pattern, folded)

    def _read(self, folded: str) -> list:
        """The last text's reading (`_last`), made for `folded` in one pass unless it was the last one."""
        if folded is self._last[0] or folded == self._last[0]:
            return self._last
        vocabulary = self.vocabulary
        occurrences = [] if self.empty else [o for o in _SCAN.occurrences(folded, self) if o[1] in vocabulary]
        self._last = [folded, frozenset(c for _, c in occurrences), occurrences, None, None]
        return self._last

    def may_match(self, key, found: frozenset) -> bool:
        """Whether the pattern of `key` may match in a text whose cues are `found` (`self.found(folded)`)."""
        cues = self.cues.get(key)
        return cues is None or not cues.isdisjoint(found)


class _CueScan:
    """The cues of every `Cues` that has read a text, as one Aho-Corasick automaton (pyahocorasick), and the
    (end index, cue) of each occurrence of one of them (overlapping ones too) in the last text read: each
    `Cues` keeps those of its own cues, which are the occurrences its cues alone would give."""

    def __init__(self):
        import weakref

        self.members = weakref.WeakSet()
        self.automaton = None  # made when first needed after a `Cues` joins
        self.last: tuple = (None, [])

    def occurrences(self, folded: str, reader: Cues) -> list[tuple[int, str]]:
        """The occurrences of the cues in `folded`, `reader`'s among them."""
        if reader not in self.members:  # its first text (or a copy of it made without `__init__`)
            self.members.add(reader)
            self.automaton, self.last = None, (None, [])
        text, found = self.last
        if folded is text or folded == text:
            return found
        if self.automaton is None:
            import ahocorasick

            self.automaton = ahocorasick.Automaton()
            for cue in sorted(set().union(*(c.vocabulary for c in list(self.members)))):
                self.automaton.add_word(cue, cue)
            self.automaton.make_automaton()
        found = list(self.automaton.iter(folded))
        self.last = (folded, found)
        return found


_SCAN = _CueScan()
