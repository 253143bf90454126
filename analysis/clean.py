"""Find scraping debris and glued words as spans of an article's raw text.

Nothing here changes the raw text. Boilerplate is reported as `Span`s (with
the reason it is not part of the article), glued words as `Repair`s (with the
words they should have been); `readable_text` builds the body text from the
raw text and those two lists.

The debris rules are data: `analysis/resources/debris_rules.csv`, one
regular expression per row with the reason it names and how much text a match
covers (`scope`):

- ``line``: the whole line on which the pattern matches;
- ``line_to_end``: from the start of that line to the end of the file;
- ``match``: only the characters the pattern matches.

To teach the package an outlet's debris, add a row there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from . import paths, scan
from .text import mask


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

    SCOPES = ("line", "line_to_end", "match")


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
        rules.append(Rule(row["rule_id"], row["reason"], row["scope"], compile_pattern(path, row, "pattern")))
    return tuple(rules)


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


def find_boilerplate(raw: str, rules: Iterable[Rule] | None = None, skip_before: int = 0) -> list[Span]:
    """Boilerplate spans of `raw`, sorted, none inside another.

    `skip_before` leaves the first characters alone (the date header, which is
    reported separately).
    """
    rules = load_rules() if rules is None else rules
    found: list[Span] = []
    lines = [(s, e) for s, e in _lines(raw) if e > skip_before]
    texts = [raw[max(s, skip_before) : e] for s, e in lines]
    whole = scan.fold(raw)  # case folded position for position, so lines can be cut from it
    folded = [whole[max(s, skip_before) : e] if whole is not None else None for s, e in lines]
    for rule in rules:
        if rule.scope == "match":
            for m in rule.pattern.finditer(raw, skip_before):
                found.append(Span(m.start(), m.end(), m.group(), rule.reason))
            continue
        for (start, end), line, low in zip(lines, texts, folded):
            start = max(start, skip_before)
            if not scan.may_hold(rule.pattern, low) or not rule.pattern.search(line):
                continue
            if rule.scope == "line_to_end":
                end = len(raw)
            start, end = _trim(raw, start, end)
            if start < end:
                found.append(Span(start, end, raw[start:end], rule.reason))
            if rule.scope == "line_to_end":
                break
    # Widest first at each start, then drop spans that lie inside a kept one.
    found.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for span in found:
        if kept and span.start < kept[-1].end:
            if span.end <= kept[-1].end:
                continue
            span = Span(kept[-1].end, span.end, raw[kept[-1].end : span.end], span.reason)
        kept.append(span)
    return kept


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


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


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
    joins, kept, seen = _candidates(raw, skip, skip_before)
    repairs: dict[int, Repair] = {}
    for start, token, left, right in joins:
        if freq.get(left.lower(), 0) and freq.get(right.lower(), 0):
            fixed = left if left.lower() == right.lower() else f"{left} {right}"
            repairs[start] = Repair(start, start + len(token), token, fixed, "case join")
    lowered = "\n".join(seen).lower().split("\n") if seen else []
    unknown = {w for w in set(lowered) if w not in freq}
    counts = Counter(seen)
    # a word used once that is no English word: the only candidates for a split
    rare = {t for t, w in zip(seen, lowered) if w in unknown and counts[t] == 1}
    for start, token in kept if rare else ():
        if token not in rare or any(r.start <= start < r.end for r in repairs.values()):
            continue
        split = _best_split(token)
        if split:
            repairs[start] = Repair(start, start + len(token), token, " ".join(split), "word join")
    return sorted(repairs.values())


def _candidates(raw: str, skip: list[Span], skip_before: int):
    """What `find_glued_words` weighs, from `skip_before` on:

    - joins: (start, token, left, right) of each lower-then-capital word outside `skip`;
    - kept: (start, token) of each word of six letters or more outside `skip`;
    - seen: every word of six letters or more, inside `skip` too (to count uses).

    Read off the word index of the text with the skipped parts blanked (which
    the other extractors use too), unless a skipped part cuts a word in two;
    then with the patterns over the raw text.
    """
    spans = [(0, skip_before)] + [(s.start, s.end) for s in skip]
    if any(scan.cuts_word(raw, at) for span in spans for at in span):
        joins = [
            (m.start(), m.group(), m.group(1), m.group(2))
            for m in _CASE_JOIN.finditer(raw, skip_before)
            if not _inside(m.start(), skip)
        ]
        kept = [(m.start(), m.group()) for m in _LONG_WORD.finditer(raw, skip_before) if not _inside(m.start(), skip)]
        return joins, kept, _LONG_WORD.findall(raw, skip_before)
    tokens, positions = scan.index(mask(raw, spans)).tokens()
    joins, kept = [], []
    for token, at in zip(tokens, positions):
        if len(token) >= 6 and token.isascii() and token.isalpha():
            kept.append((at, token))
        if token[:1].islower() and not token.islower():
            m = _CASE_JOIN_WORD.fullmatch(token)
            if m:
                joins.append((at, token, m.group(1), m.group(2)))
    seen = [t for _, t in kept]
    for s in skip:
        if s.end > skip_before:
            seen += _LONG_WORD.findall(raw, max(s.start, skip_before), s.end)
    return joins, kept, seen


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
