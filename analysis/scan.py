"""Fast pattern search over one text, with exactly the matches `re` would give.

Python's `re` tries a pattern at every position of a text unless the pattern
opens with a literal. Most of this package's patterns open with a word
boundary (``\\bChina\\b``, ``\\b(?:last|next) (?:week|month)``), so each
one costs a pass over the whole article, and an article is searched by some
sixty of them (date rules, event cues, issues, terms, hedges, actors).

A `WordIndex` reads a text once and notes where each word starts. For a
pattern whose every match must start at the start of a word with one of a few
known letters (``china``, ``last``, ``monday``…), those words' positions are the
only places a match can start, so the pattern is tried there alone, with
`Pattern.match`. What a pattern can start with is read off its parsed form
(`first_words`); where that cannot be told for certain (a pattern that may
start inside a word, or with any letter), the index falls back on the
pattern's own search. Either way the matches are those of `Pattern.finditer`
and `Pattern.search` over the same text and range, which tests/test_scan.py
checks for every pattern the package uses.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

_SPLIT = re.compile(r"(\w+)")
# the letters outside ASCII that `re` takes, case aside, for an ASCII letter
# (ı and İ for i, ſ for s, the Kelvin sign for k): folded before looking for
# a pattern's opening letters, so that none of its matches is missed
_FOLD = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED = re.compile("[\u0130\u0131\u017f\u212a]")
# a character class is expanded into its letters only when it is this small
_MAX_CLASS = 12
_MAX_PREFIXES = 400


class Starts(NamedTuple):
    """What every match of a pattern starts with.

    With `words`, a match starts at the start of a word, and its first word
    equals one of `exact` or begins with one of `prefixes`. Without, a match
    may start anywhere, with one of `prefixes`. All are lower case ASCII.
    """

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    words: bool = True


def _parse(pattern: re.Pattern):
    try:
        from re import _constants as C  # noqa: N812
        from re import _parser
    except ImportError:  # another Python's internals: search the plain way
        return None, None
    try:
        return _parser.parse(pattern.pattern, pattern.flags), C
    except Exception:
        return None, None


_FIRST: dict[int, tuple[re.Pattern, Starts | None]] = {}


def first_words(pattern: re.Pattern) -> Starts | None:
    """How a match of `pattern` must start (see `_first_words`); remembered by
    identity, as hashing a compiled pattern hashes its whole program."""
    known = _FIRST.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _FIRST[id(pattern)] = (pattern, _first_words(pattern))
    return known[1]


def _first_words(pattern: re.Pattern) -> Starts | None:
    """How a match of `pattern` must start, or None where that is not certain.

    Best, every way through the pattern first asserts a word start (``\\b``,
    or a look-behind that rules out a word character before) and then
    consumes a word character; the literal word characters that follow make
    its first word, exact when a non-word character or ``\\b`` ends them.
    Failing that, every way through it starts with literal characters, which
    are then looked for anywhere in the text.
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    tree, C = _parse(pattern)
    if tree is None:
        return None
    for words in (True, False):
        states = _walk(tree.data, [("", False, None)], words, C)
        if states and all(p and (a or not words) for p, a, _ in states):
            return Starts(
                frozenset(p for p, _, g in states if g == "exact"),
                tuple(sorted({p for p, _, g in states if g != "exact"})),
                words,
            )
    return None


def _no_word_char(sub, C) -> bool:  # a look-around such as (?<![\w'-])
    return (
        len(sub.data) == 1
        and sub.data[0][0] is C.IN
        and (C.CATEGORY, C.CATEGORY_WORD) in sub.data[0][1]
        and all(op is not C.NEGATE for op, _ in sub.data[0][1])
    )


def _chars_of(items, C) -> list[int] | None:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(av)
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.extend(range(av[0], av[1] + 1))
        else:
            return None
    return out if len(out) <= _MAX_CLASS else None


# A state is (prefix, anchored, closed): `anchored` says a word start was
# asserted before the prefix; `closed` is None while characters may still be
# added, else "exact" (the word ends there) or "prefix".
State = tuple[str, bool, "str | None"]


def _walk(items, states: list[State], words: bool, C) -> list[State] | None:
    for op, av in items:
        if all(s[2] is not None for s in states):
            return states
        done = [s for s in states if s[2] is not None]
        live = [s for s in states if s[2] is None]
        nxt: list[State] = []
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            for prefix, anchored, _ in live:
                if prefix:
                    word_ends = words and (
                        av is C.AT_BOUNDARY or op is C.ASSERT_NOT and av[0] == 1 and _no_word_char(av[1], C)
                    )  # (?![\w-]): the word ends here
                    nxt.append((prefix, anchored, "exact" if word_ends else "prefix"))
                elif not words:
                    nxt.append((prefix, anchored, None))  # zero width: the match starts after it all the same
                elif av is C.AT_BOUNDARY or op is C.ASSERT_NOT and av[0] == -1 and _no_word_char(av[1], C):
                    nxt.append((prefix, True, None))
                else:
                    return None
        elif op is C.LITERAL or op is C.IN:
            chars = [av] if op is C.LITERAL else _chars_of(av, C)
            for prefix, anchored, _ in live:
                if chars is None:
                    if not prefix:
                        return None
                    nxt.append((prefix, anchored, "prefix"))
                    continue
                for ch in chars:
                    c = chr(ch)
                    if words and not is_word_char(c):
                        if not prefix:
                            return None
                        nxt.append((prefix, anchored, "exact"))
                    elif words and not prefix and not anchored:
                        return None
                    elif c.isascii():
                        nxt.append((prefix + c.lower(), anchored, None))
                    elif prefix:  # in word mode such a word is among the non-ASCII ones
                        nxt.append((prefix, anchored, "prefix"))
                    else:
                        return None
        elif op is C.SUBPATTERN:
            nxt = _walk(av[3].data, live, words, C)
        elif op is C.BRANCH:
            for alternative in av[1]:
                got = _walk(alternative.data, live, words, C)
                if got is None:
                    return None
                nxt += got
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            low, _, sub = av
            once = _walk(sub.data, live, words, C)
            if once is None:
                return None
            # after one pass the prefix is cut short where it was still open
            nxt = [(p, a, g or "prefix") for p, a, g in once]
            if any(not p for p, _, _ in nxt):
                return None
            if low == 0:
                nxt += live
        else:
            for prefix, anchored, _ in live:
                if not prefix:
                    return None
                nxt.append((prefix, anchored, "prefix"))
        if nxt is None:
            return None
        states = done + nxt
        if len(states) > _MAX_PREFIXES:
            return None
    return states


@cache
def _asserts_only_boundaries(pattern: re.Pattern) -> bool:
    """Whether `pattern` has no look-around, anchor or back-reference, word boundaries aside."""
    tree, C = _parse(pattern)
    if tree is None:
        return False

    def plain(items) -> bool:
        for op, av in items:
            if op in (C.ASSERT, C.ASSERT_NOT, C.GROUPREF, C.GROUPREF_EXISTS) or op is C.AT and av is not C.AT_BOUNDARY:
                return False
            if op is C.SUBPATTERN and not plain(av[3].data):
                return False
            if op is C.BRANCH and not all(plain(a.data) for a in av[1]):
                return False
            if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
                if not plain(av[2].data):
                    return False
            if op is getattr(C, "ATOMIC_GROUP", None) and not plain(av.data):
                return False
        return True

    return plain(tree.data)


def one_of(strings) -> str:
    """A regular expression for any of `strings`, the longest that fits first.

    The same as the strings escaped and joined with "|", longest first, but
    written as a tree of shared beginnings ("the State Department|the White
    House" → "the\\ (?:State\\ Department|White\\ House)"), so that `re` does
    not try every string in turn.
    """
    tree: dict = {}
    for s in strings:
        node = tree
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # longer first: the rest is optional, and tried before stopping here
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")?"
        return body

    return emit(tree)


def fold(text: str) -> str | None:
    """`text` lower-cased as `re` compares letters case aside, position for
    position; None for the rare text whose length lower-casing changes."""
    folded = (text.translate(_FOLD) if _FOLDED.search(text) else text).lower()
    return folded if len(folded) == len(text) else None


def may_hold(pattern: re.Pattern, folded: str | None) -> bool:
    """False only when no match of `pattern` can start anywhere in the text
    whose `fold` is `folded`: none of the words it opens with occur in it."""
    first = first_words(pattern)
    if first is None or folded is None:
        return True
    return any(w in folded for w in first.exact) or any(w in folded for w in first.prefixes)


class _Registry:
    """Every word-start pattern seen so far, by the words it may start with.

    An index finds the openings of all of them in one pass over its words,
    rather than one pass per pattern; which patterns a word may open is
    worked out once per distinct word (a corpus's vocabulary), not per text.
    """

    MAX_WORDS = 200_000  # the memo of words is emptied when it holds this many

    def __init__(self):
        self.patterns: list[re.Pattern] = []
        self.slots: dict[int, int] = {}  # id(pattern) → slot
        self.exact: dict[str, list[int]] = defaultdict(list)  # word → slots
        self.prefixes: dict[str, list[tuple[str, int]]] = defaultdict(list)  # opening → (prefix, slot)
        self.memo: dict[str, tuple[int, ...]] = {}  # word → the slots it may open
        self.opening: set[str] = set()  # the words of the memo that open any
        self.clears = 0  # how often the memo was emptied

    def slot(self, pattern: re.Pattern, first: Starts) -> int:
        slot = self.slots.get(id(pattern))
        if slot is not None and self.patterns[slot] is pattern:
            return slot
        slot = len(self.patterns)
        self.patterns.append(pattern)
        self.slots[id(pattern)] = slot
        for word in first.exact:
            self.exact[word].append(slot)
        for prefix in first.prefixes:
            self.prefixes[prefix[:_OPENING]].append((prefix, slot))
        self.memo.clear()
        self.opening.clear()
        return slot

    def opened_by(self, word: str) -> tuple[int, ...]:
        """The slots of the patterns whose matches may start with `word` (lower case)."""
        slots = self.memo.get(word)
        if slots is None:
            found = list(self.exact.get(word, ()))
            for n in range(1, min(_OPENING, len(word)) + 1):
                found += [slot for prefix, slot in self.prefixes.get(word[:n], ()) if word.startswith(prefix)]
            if len(self.memo) >= self.MAX_WORDS:
                self.memo.clear()
                self.opening.clear()
                self.clears += 1
            slots = self.memo[word] = tuple(dict.fromkeys(found))
            if slots:
                self.opening.add(word)
        return slots


_OPENING = 3  # prefixes are filed under their first letters, up to this many
_REGISTRY = _Registry()


class WordIndex:
    """Where each word of `text` starts, for `finditer` and `search`.

    The word table is made on first use, the case-folded text likewise, so an
    index asked only for literal openings ("To view this video") costs little.
    """

    def __init__(self, text: str):
        self.text = text
        self._words: dict[str, list[int]] | None = None
        self._tokens: list[str] | None = None
        self._found: dict[int, list[int]] = {}  # registry slot → openings found
        self._covered = 0  # slots below this have been looked for
        self._starts: dict[int, tuple[re.Pattern, list[int] | None]] = {}
        self._present: dict[int, tuple[re.Pattern, bool]] = {}
        self._folded: str | None = None

    def _split(self) -> None:
        text = self.text
        parts = _SPLIT.split(text)  # separator, word, separator, word, …, separator
        tokens = parts[1::2]
        self.positions = list(accumulate(map(len, parts)))[0::2]
        # lower-cased all at once (a word whose length lower() changes is non-ASCII)
        self._lowered = "\x00".join(tokens).lower().split("\x00") if tokens else []
        # words whose case folding `re` may treat otherwise are tried with every pattern
        self.anywhere = [] if text.isascii() else [at for word, at in zip(tokens, self.positions) if not word.isascii()]
        self._tokens = tokens

    def tokens(self) -> tuple[list[str], list[int]]:
        """The words of the text as written, and where each starts."""
        if self._tokens is None:
            self._split()
        return self._tokens, self.positions

    @property
    def words(self) -> dict[str, list[int]]:
        """Each word, lower-cased, with the positions where it starts."""
        if self._words is None:
            if self._tokens is None:
                self._split()
            words: dict[str, list[int]] = defaultdict(list)
            for word, at in zip(self._lowered, self.positions):
                words[word].append(at)
            self._words = dict(words)
        return self._words

    def starts(self, pattern: re.Pattern) -> list[int] | None:
        """Sorted positions where a match of `pattern` may start (None: anywhere)."""
        # keyed by identity: hashing a compiled pattern hashes its whole program
        known = self._starts.get(id(pattern))
        if known is not None and known[0] is pattern:
            return known[1]
        slot = _REGISTRY.slots.get(id(pattern))
        first = None if slot is not None and _REGISTRY.patterns[slot] is pattern else first_words(pattern)
        if slot is None and first is None:
            found = None
        elif first is not None and not first.words:
            found = self._occurrences(first.prefixes)
        else:
            if first is not None:
                slot = _REGISTRY.slot(pattern, first)
            if slot >= self._covered:
                self._look_up_registered()
            own = self._found.get(slot, [])
            found = sorted(set(self.anywhere + own)) if self.anywhere else own
        self._starts[id(pattern)] = (pattern, found)
        return found

    def _look_up_registered(self) -> None:
        """Find the openings of every registered pattern not yet looked for, in one pass."""
        registry, covered, found = _REGISTRY, self._covered, defaultdict(list)
        if self._tokens is None:
            self._split()
        distinct, clears = set(self._lowered), registry.clears
        for word in distinct.difference(registry.memo):  # words not met before
            registry.opened_by(word)
        if registry.clears == clears:
            opening = distinct & registry.opening  # most words open no pattern
        else:  # the memo was emptied on the way: ask word by word
            opening = {w for w in distinct if registry.opened_by(w)}
        for word, at in [(w, at) for w, at in zip(self._lowered, self.positions) if w in opening]:
            for slot in registry.opened_by(word):
                if slot >= covered:
                    found[slot].append(at)
        self._found.update(found)  # in text order already, each position once
        self._covered = len(_REGISTRY.patterns)

    def _fold(self) -> str:
        """The text with case folded as `re` folds it, position for position ("" if that cannot be)."""
        if self._folded is None:
            self._folded = fold(self.text) or ""
        return self._folded

    def _occurrences(self, prefixes: tuple[str, ...]) -> list[int] | None:
        """Every position where one of `prefixes` stands, case aside."""
        folded = self._fold()
        if not folded:
            return None
        found = set()
        for prefix in prefixes:
            at = folded.find(prefix)
            while at >= 0:
                found.add(at)
                at = folded.find(prefix, at + 1)
        return sorted(found)

    def ranges_with(self, pattern: re.Pattern, ranges: list[tuple[int, int]] | tuple) -> list[int]:
        """The indices of `ranges` (sorted, not overlapping, none cutting a word)
        in which `pattern` may match: all of them unless `may_match` can rule some out."""
        starts = self.starts(pattern)
        if starts is None:
            if not self.may_match(pattern):
                return []
            return list(range(len(ranges)))
        out, i, n = [], 0, len(starts)
        for k, (pos, endpos) in enumerate(ranges):
            while i < n and starts[i] < pos:
                i += 1
            if i == n:
                break
            if starts[i] < endpos:
                out.append(k)
        return out

    def whole_words(self, pattern: re.Pattern, suffix: str = "") -> list[tuple[int, int]]:
        """(start, length) of each word that `pattern` matches whole, in order.

        `suffix`, when given, is one that every such word ends with (lower case).
        """
        if self._tokens is None:
            self._split()
        lowered, positions = self._lowered, self.positions
        fits = {w for w in set(lowered) if w.endswith(suffix) and w.isascii() and pattern.fullmatch(w)}
        where = set(self.anywhere)
        found = [(at, len(w)) for w, at in zip(lowered, positions) if w in fits and at not in where]
        if where:  # outside ASCII, the word as written decides
            found += [(at, len(t)) for t, at in zip(self._tokens, positions) if at in where and pattern.fullmatch(t)]
            found.sort()
        return found

    def finditer(self, pattern: re.Pattern, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """The matches of `pattern.finditer(text, pos, endpos)`."""
        text = self.text
        endpos = len(text) if endpos is None else endpos
        starts = self.starts(pattern)
        if starts is None:
            yield from pattern.finditer(text, pos, endpos)
            return
        match = pattern.match
        i = bisect_left(starts, pos)
        while i < len(starts) and starts[i] < endpos:
            at = starts[i]
            if at >= pos:
                m = match(text, at, endpos)
                if m:
                    yield m
                    pos = m.end()
            i += 1
        # A range that ends inside a word cuts it short, and the cut word may
        # match where the whole one did not ("visits" cut to "visit").
        if cuts_word(text, endpos):
            at = endpos - 1
            while at > 0 and is_word_char(text[at - 1]):
                at -= 1
            if at >= pos and (i == 0 or starts[i - 1] != at):
                m = match(text, at, endpos)
                if m:
                    yield m

    def may_match(self, pattern: re.Pattern, pos: int = 0, endpos: int | None = None) -> bool:
        """False only when `pattern` cannot match in text[pos:endpos], a range that cuts no word.

        Cheap: a pattern with known first words needs one of them in the range;
        another pattern, if it asserts nothing but word boundaries, needs a
        match somewhere in the text (what matches in such a range matches in
        the whole text too).
        """
        endpos = len(self.text) if endpos is None else endpos
        starts = self.starts(pattern)
        if starts is not None:
            i = bisect_left(starts, pos)
            return i < len(starts) and starts[i] < endpos
        known = self._present.get(id(pattern))
        if known is None or known[0] is not pattern:
            known = self._present[id(pattern)] = (
                pattern,
                not _asserts_only_boundaries(pattern) or pattern.search(self.text) is not None,
            )
        return known[1]

    def search(self, pattern: re.Pattern, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The match of `pattern.search(text, pos, endpos)`."""
        endpos = len(self.text) if endpos is None else endpos
        starts = self.starts(pattern)
        if starts is None:
            return pattern.search(self.text, pos, endpos)
        i = bisect_left(starts, pos)
        if i < len(starts) and starts[i] < endpos or cuts_word(self.text, endpos):  # else: nothing to try
            return next(self.finditer(pattern, pos, endpos), None)
        return None


def is_word_char(ch: str) -> bool:
    """Whether `ch` is what `re` calls a word character (\\w): a letter, digit or "_"."""
    return ch.isalnum() or ch == "_"


def cuts_word(text: str, at: int) -> bool:
    """Whether position `at` falls inside a word (between two word characters)."""
    return 0 < at < len(text) and is_word_char(text[at]) and is_word_char(text[at - 1])


@lru_cache(maxsize=4)
def index(text: str) -> WordIndex:
    """The word index of `text` (kept for the few texts in use at a time)."""
    return WordIndex(text)
