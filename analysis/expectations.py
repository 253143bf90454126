"""Expectations: forward-looking statements, with holder, modality, certainty, topic.

A sentence is an expectation when it holds a term of the hedge lexicon
(`resources/hedges.csv`), or failing one a forward-looking construction
(`resources/future_constructions.csv`: a headline's "X to visit Y", a
progressive with a time to come). Each term carries its certainty (certain,
probable, possible, improbable) and the form of expectation it marks —
forecast, plan or question (epistemic modality), prescription (deontic), aim
or hope (desire), commitment — so that modality and certainty are two
columns: "must" is a certain prescription, "may" a possible forecast, "hopes"
a possible hope, "agreed to" a certain commitment. When several terms occur,
the longest one decides ("will likely" is probable, not certain; "highly
unlikely" improbable); a phrase of time still to come ("in the coming weeks")
does not decide where a verb is ("agreed to meet in the coming weeks": a commitment).

Not read: a term inside a phrase of `resources/modality_exclusions.csv` (past
conditionals such as "would have gone", asides such as "as you may remember",
a speaker's own act of speech such as "I want to thank", past expectations
such as "had been expected to", the purpose of a finished undertaking),
"May" the month, and terms inside debris (the text is masked). "Would" in
reported speech that looks forward counts, as do conditionals about the
future ("if … can").

Sentences are read one by one, a quotation's own sentences too, and are not
broken after an initialism or a month that does not end them ("the U.S.
Trade Representative", "Nov. 11").

- *holder* (see `_holder`): the speaker of the quote the term lies in; the
  speaker of a transcript's turn; the subject of the main clause for a purpose
  ("Doe flew to Lima in hopes of …"); the subject of a verb that commits or
  asks ("Ruritania agreed to …, Doe said"); the subject of a verb of attitude ("the
  union hopes …", `resources/holder_verbs.csv`) when it names someone
  (`resources/agent_nouns.csv`); the speaker of the reported speech the
  sentence carries (the quotes rows passed in, the subject of a verb of
  saying, "…, said X"); the subject of a verb of intention; for a pronoun,
  the speaker of the sentence before; else the reporter. A surname or a title
  is given the fullest name the text gives it;
- *form* and *modality*: of the deciding term (`FORMS` maps form to modality);
- *certainty*: the level of the deciding term;
- *topic*: the issues of the codebook the sentence mentions, else "the
  visit" or "the relationship" (a profile's `expectation_topics.csv`);
- *polarity*: negative when the hedge is improbable or a negation stands in
  the sentence, else positive.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, partial

from . import paths
from .framing import load_codebook, load_cues
from .text import (
    CROSSING_CASE,
    caseless,
    finditer_i,
    first_word,
    fold,
    has_twin,
    search_i,
    simple_case,
)


def _negation_words() -> str:
    from .profile import read_table

    return "|".join(re.escape(r["word"]) for r in read_table(paths.RESOURCES / "negation.csv", ("word",)))


NEGATION_WORD = re.compile(rf"\b(?:{_negation_words()})\b", re.I)
NEGATION_SUFFIX = re.compile(r"n['’]t\b", re.I)
NEGATION = re.compile(f"{NEGATION_WORD.pattern}|{NEGATION_SUFFIX.pattern}", re.I)


def _negated(text: str, start: int, end: int) -> bool:
    """Whether NEGATION matches in text[start:end]: a negating word, or "n't"."""
    return search_i(NEGATION, text, start, end) is not None


LEVELS = ("certain", "probable", "possible", "improbable")
# the form of an expectation decides its modality (evaluation/gold/README.md)
FORMS = {
    "forecast": "epistemic",
    "plan": "epistemic",
    "question": "epistemic",
    "prescription": "deontic",
    "aim": "desire",
    "hope": "desire",
    "commitment": "commitment",
}


@dataclass(frozen=True)
class Hedge:
    term: str
    certainty: str
    kind: str
    form: str

    @property
    def modality(self) -> str:
        return FORMS[self.form]


@cache
def load_lexicon() -> tuple[Hedge, ...]:
    """The hedge lexicon (`resources/hedges.csv`), each term with its certainty, kind and form."""
    from .errors import ProfileError
    from .profile import read_table

    path = paths.RESOURCES / "hedges.csv"
    rows = read_table(path, ("term", "certainty", "kind", "form"))
    for r in rows:
        if r["certainty"] not in LEVELS:
            raise ProfileError(path, r["_line"], "certainty", f"{r['certainty']!r}: one of {', '.join(LEVELS)}")
        if r["form"] not in FORMS:
            raise ProfileError(path, r["_line"], "form", f"{r['form']!r}: one of {', '.join(FORMS)}")
    return tuple(Hedge(r["term"], r["certainty"], r["kind"], r["form"]) for r in rows)


def load_hedges() -> tuple[tuple[str, str, str], ...]:
    """The hedge lexicon as (term, certainty, kind)."""
    return tuple((h.term, h.certainty, h.kind) for h in load_lexicon())


_APOSTROPHE = re.compile(r"['’]")
# "…" in a term: one to five words (an initialism's stops inside them: "agreed for the U.S. and Peru to")
_GAP = r"(?:\s+[^\s.;:!?“”\"]+(?:(?<=[A-Z])\.[^\s.;:!?“”\"]*)*){1,5}?\s+"
_BE = {"is", "are", "am", "'s", "'re", "’s", "’re"}
# may follow a form of "be" ("is now expected to"); not an adverb of the lexicon ("is likely to")
_ADVERB = r"(?:\s+(?:(?!(?:un)?likely|probably|possibly|potentially|certainly|surely|hopefully)\w+ly|now|still|also|already|all|not|no longer))?"


def _term_regex(term: str) -> str:
    """A lexicon term as a regular expression (see the header of hedges.csv)."""
    out, gap, be = [], False, False
    for word in term.split():
        if word == "…":
            gap = True
            continue
        if out:  # after a form of "be", a quotation may open ('is “looking to move on”'); scare quotes
            # may close on a word of a phrase ('is “looking forward” to')
            out.append(_GAP if gap else r"\s+[“\"‘]?" if be else r"[”\"]?\s+")
        out.append(_APOSTROPHE.sub("['’]", re.escape(word)))
        be = word.lower() in _BE
        if be:  # "is tentatively planned", "are still expected to"
            out.append(_ADVERB)
        gap = False
    return "".join(out)


def _key(term: str) -> str:
    return _APOSTROPHE.sub("'", " ".join(term.lower().split()))


# a word as the matcher reads it: letters and digits, or a contraction after its word ("’ll", "’s")
_TOKEN = re.compile(r"['’]?\w+")


@cache
def _hedge_index() -> dict[str, tuple[tuple[str, Hedge], ...]]:
    """The lexicon by first word (lower case, ' for ’): each term's regular expression, the longest term
    first (compiled by `_opening`, only for the words a text holds).

    A pattern matches at a word's start, may carry n't ("shouldn’t") and ends at a word's end.
    """
    hedges: dict[str, Hedge] = {}
    for h in load_lexicon():
        hedges.setdefault(_key(h.term), h)  # a term written with both apostrophes counts once
    index: dict[str, list[tuple[str, Hedge]]] = {}
    for h in sorted(hedges.values(), key=lambda h: (-len(h.term), h.term)):
        first = _TOKEN.match(_key(h.term)).group()  # as the text's words are read ("won't" → "won")
        index.setdefault(first, []).append((rf"{_term_regex(h.term)}(?:n['’]t)?(?![\w’'])", h))
    return {k: tuple(v) for k, v in index.items()}


@cache
def _opening(key: str, negated: bool) -> tuple[re.Pattern, tuple[Hedge, ...]] | None:
    """The terms a word (its `_key`) may open, longest first, as one alternation tried in that order (the
    first that matches wins, as trying them one by one would give); `negated`: the word is "shouldn" of
    "shouldn’t", so the terms of "should" count too. None when it opens none. Keyed on the lexicon's
    own words only, so the cache stays small."""
    index = _hedge_index()
    candidates = index.get(key, ())
    if negated:
        candidates = sorted(candidates + index.get(key[:-1], ()), key=lambda c: -len(c[1].term))
    if not candidates:
        return None
    pattern = re.compile("|".join(f"({source})" for source, _ in candidates), re.I)
    return pattern, tuple(h for _, h in candidates)


def _continuations(word: str) -> list[str] | None:
    """What must follow an opener (a word that opens a term, a contraction's without its apostrophe: "s" of
    "’s") in the folded text for a term it opens to match there: each term's words after its first, up to
    a gap "…" or past a form of "be" (after which an adverb or a quotation mark may come: a term that opens
    with one goes on with them and its second word only), as its regular expression matches them. None
    when some term it opens is a single word, has a gap right after its first word, or opens with a word
    that is not the opener's ("won" of "won't")."""
    index, rests = _hedge_index(), set()
    for key in (word, "'" + word):  # "s" opens "'s …" too
        for _, hedge in index.get(key, ()):
            words = hedge.term.split()
            if len(words) < 2 or words[1] == "…" or _key(words[0]) != key:
                return None
            if words[0].lower() in _BE:  # "is now expected", "’s “going to"
                rests.add(_ADVERB + r"\s+[“\"‘]?" + _APOSTROPHE.sub("['’]", re.escape(words[1].lower())))
                continue
            rest = []
            for w in words[1:]:
                if w == "…":
                    break
                rest.append(r"[”\"]?\s+" + _APOSTROPHE.sub("['’]", re.escape(w.lower())))
                if w.lower() in _BE:
                    break
            rests.add("".join(rest))
    return sorted(rests)


@cache
def _openers_ahead() -> re.Pattern:
    """The runs of word characters that may open a lexicon term, in the folded text (`fold`): the words
    that open a term (`_hedge_index`, a contraction's without its apostrophe), grouped by first letter so
    that `re` tries few of them at each word. A word that opens only terms of two words or more is found
    only before the words that follow it in one of them (`_continuations`: "the" before "best way to",
    "path ahead", "road ahead" or "expected"; "is" before "expected", "now expected", "going" …), or
    before "n't" (the terms of "should" in "shouldn't"; a word plus "n" is found only there, as it opens
    terms only there unless it is a word of its own): a word it passes over opens no term there.
    Searched in the folded text of a text whose letters outside ASCII are without case (`simple_case`),
    where a term's case-blind pattern matches the text as its lower case matches the folded text; in
    another text, case-blind in the text itself (`_openers_ahead_i`)."""
    groups = {}  # grouped by first letter, as `word_alternation` groups them
    for word in sorted({key.lstrip("'") for key in _hedge_index()}):
        rests = _continuations(word)
        ahead = rf"(?=(?:{'|'.join(rests)})|n['’]t)" if rests else ""
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + ahead)
    words = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())
    return re.compile(rf"\b(?:{words})(?:n(?=['’]t))?(?!\w)")


@cache
def _openers_ahead_i() -> re.Pattern:
    """`_openers_ahead` case-blind, searched in a text whose letters outside ASCII are not all without
    case (where the case-blind terms may match other than their lower case in the folded text)."""
    return re.compile(_openers_ahead().pattern, re.I)


def _terms_in(text: str, start: int, end: int):
    """(start, end, hedge) of each lexicon term in text[start:end] (a sentence: it starts and ends at a
    word's edge), the longest at each word, not overlapping.

    The words are read as `_TOKEN` reads them; only those `_openers_ahead` finds can open a term."""
    index, reach = _hedge_index(), start
    if simple_case(text):
        openers = _openers_ahead().finditer(fold(text), start, end)
    else:
        openers = _openers_ahead_i().finditer(text, start, end)
    for w in openers:
        at = w.start()
        if at > start and text[at - 1] in "'’":
            at -= 1  # the word as `_TOKEN` reads it: a contraction ("’ll") or a quotation mark before it
        word = text[at : w.end()]
        if word[0] in "'’" and (at == 0 or not text[at - 1].isalnum()):
            at, word = at + 1, word[1:]  # a quotation mark, not a contraction ("'will'")
        if at < reach:
            continue
        key = word.lower().replace("’", "'")  # `_key` of a word (no white space in it)
        # "shouldn’t": "should" + n't
        negated = key.endswith("n") and key[:-1] in index and text.startswith(("'t", "’t"), w.end())
        if key not in index and not negated:
            continue
        pattern, hedges = _opening(key, negated)
        m = pattern.match(text, at, end)
        if m:
            yield m.start(), m.end(), hedges[m.lastindex - 1]
            reach = m.end()


def _regex_row_list(name: str, column: str) -> list[str]:
    """The regular expressions of one column of a resource, one per row."""
    from .profile import compile_pattern, read_table

    path = paths.RESOURCES / name
    rows = read_table(path, (column,))
    for r in rows:
        compile_pattern(path, r, column, re.I)
    return [r[column] for r in rows]


def _regex_rows(name: str, column: str) -> str:
    """The regular expressions of one column of a resource, as one alternation."""
    return _alternation(_regex_row_list(name, column))


def _alternation(rows: list[str]) -> str:
    return "|".join(f"(?:{r})" for r in rows)


# a phrase of modality_exclusions.csv opens after a word's end, or inside a word at a contraction ("I'd
# gone"), and closes at a word's end. Written as two look-behinds (not after a word character unless at an
# apostrophe; not after an apostrophe) rather than as an alternation of the two cases: the same places,
# but `re`, which tries the opening at every character, rejects a place inside a word sooner, the more so
# with the look-behind that rejects it first (a sixth faster than the other order)
_EXCLUSION_OPENING = r"(?<!\w(?!['’]))(?<!['’])"
_EXCLUSION_CLOSING = r"(?![\w’'])"


def _exclusion_source(rows: list[str]) -> str:
    return rf"{_EXCLUSION_OPENING}(?:{_alternation(rows)}){_EXCLUSION_CLOSING}"


def _exclusion_pattern(rows: list[str]) -> re.Pattern:
    return re.compile(_exclusion_source(rows), re.I)


@cache
def _exclusions() -> re.Pattern:
    """The phrases of modality_exclusions.csv as one alternation (what `_excluded_spans` finds)."""
    return _exclusion_pattern(_regex_row_list("modality_exclusions.csv", "pattern"))


@cache
def _exclusion_rows() -> tuple[tuple[str, frozenset[str] | None, bool], ...]:
    """The rows of modality_exclusions.csv: (pattern, cues, whether every match opens with a cue)."""
    from .profile import read_cues, read_opens, read_table

    path = paths.RESOURCES / "modality_exclusions.csv"
    patterns = _regex_row_list("modality_exclusions.csv", "pattern")
    return tuple(
        (pattern, read_cues(path, row), read_opens(path, row))
        for pattern, row in zip(patterns, read_table(path, ("pattern",)))
    )


@cache
def _exclusion_families() -> tuple[tuple[re.Pattern, frozenset[str] | None], ...]:
    """The rows of modality_exclusions.csv that are searched for (all but those that open with a cue:
    `_opening_exclusions`), in alternations, each with its cues (None: always searched).

    The rows without cues make two alternations: the rows that set their own case rule (an inline flag)
    apart, so that the rest have a case-sensitive twin that `finditer_i` matches in the folded text, far
    faster than case-blind. The rows with cues make one alternation per set of cues, searched only in an
    article that holds one of them (`_exclusion_cues`); the family of one row that sets its own case rule
    is searched case-blind (no twin), like the second alternation."""
    families: dict[tuple, list[str]] = {}
    for row, row_cues, opens in _exclusion_rows():
        if opens:
            continue
        key = (row_cues, None) if row_cues is not None else (None, has_twin(_exclusion_source([row])))
        families.setdefault(key, []).append(row)
    return tuple((_exclusion_pattern(family), key[0]) for key, family in families.items())


@cache
def _opening_exclusions() -> tuple[re.Pattern, frozenset[str]] | None:
    """The rows of modality_exclusions.csv each of whose matches opens with one of its cues, as one
    alternation, and their cues: tried only where one of those cues begins (`_excluded_spans`). None
    when no row does."""
    rows = [(row, cues) for row, cues, opens in _exclusion_rows() if opens]
    if not rows:
        return None
    return _exclusion_pattern([row for row, _ in rows]), frozenset().union(*(cues for _, cues in rows))


@cache
def _exclusion_cues():
    """The cues of the families of exclusion rows (`_exclusion_families`) and of the rows that open with
    one (`_opening_exclusions`, under the key "opening"), found in one pass over a text."""
    from .text import Cues

    cues = {k: c for k, (_, c) in enumerate(_exclusion_families()) if c is not None}
    opening = _opening_exclusions()
    if opening is not None:
        cues["opening"] = opening[1]
    return Cues(cues)


# a cue written in ASCII may be missing from the folded text of a match that holds one of these
_CROSSING_CASE = re.compile(f"[{CROSSING_CASE}]")


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the phrases of modality_exclusions.csv in `text`, as `finditer` over their one
    alternation (`_exclusions`) gives them: the leftmost match first, the next one searched from where
    it ends. Each family of rows (`_exclusion_finders`) keeps its own next match and the earliest is
    taken; where two families match at one place, the one alternation decides (its first row wins)."""
    finders = _exclusion_finders(text)
    following = [find(0) for find in finders]
    spans = []
    while True:
        starts = [m.start() for m in following if m is not None]
        if not starts:
            return spans
        start = min(starts)
        if starts.count(start) > 1:
            start, end = _exclusions().match(text, start).span()
        else:
            start, end = next(m for m in following if m is not None and m.start() == start).span()
        spans.append((start, end))
        for i, m in enumerate(following):
            if m is not None and m.start() < end:
                following[i] = finders[i](end)


def _exclusion_finders(text: str) -> list:
    """For each family of exclusion rows that may match in `text`, a function giving its first match from
    a place on: a search (`_exclusion_families`), or for the rows that open with a cue
    (`_opening_exclusions`) their match tried at each place where one of their cues begins.

    A family whose cues the text does not hold cannot match and is left out. Cues are looked for in
    the folded text, which holds a row's match in lower case unless the text holds a letter that matching
    case aside takes for an ASCII letter of another case (`_CROSSING_CASE`: "ſ" for "s"); in such a text
    every family is searched."""
    families = [p for p, _ in _exclusion_families()]
    opening = _opening_exclusions()
    if not simple_case(text) and _CROSSING_CASE.search(text):
        return [partial(search_i, p, text) for p in families + ([opening[0]] if opening else [])]
    folded, gate = fold(text), _exclusion_cues()
    found = gate.found(folded)
    finders = [partial(search_i, p, text) for k, p in enumerate(families) if gate.may_match(k, found)]
    if opening is not None and gate.may_match("opening", found):
        finders.append(_match_at(opening[0], text, gate.starts("opening", folded)))
    return finders


def _match_at(pattern: re.Pattern, text: str, starts: list[int]):
    """A function giving the first match of a case-blind `pattern` in `text` from a place on, tried only
    at `starts` (sorted): where every match of it begins, as a search from that place would find it.
    Matched by its case-sensitive twin in `fold(text)` where that gives the same matches (`finditer_i`)."""
    twin = caseless(pattern) if simple_case(text) else None
    pattern, text = (twin, fold(text)) if twin is not None else (pattern, text)
    match, n = pattern.match, len(starts)

    def first_from(pos: int) -> re.Match | None:
        k = bisect_left(starts, pos)
        while k < n:
            m = match(text, starts[k])
            if m is not None:
                return m
            k += 1
        return None

    return first_from


@cache
def _agent_nouns() -> frozenset[str]:
    from .profile import read_table

    return frozenset(r["noun"].lower() for r in read_table(paths.RESOURCES / "agent_nouns.csv", ("noun",)))


def certainty_of(term: str) -> str:
    """The level the lexicon gives a hedge term (case-insensitive)."""
    return hedge_of(term).certainty


def hedge_of(term: str) -> Hedge:
    """The lexicon entry of a term (case and apostrophes aside)."""
    for h in load_lexicon():
        if _key(h.term) == _key(term):
            return h
    raise KeyError(term)


def read_topics(path) -> tuple[tuple[str, re.Pattern], ...]:
    """A profile's fallback topics of expectations: (topic, pattern of its terms)."""
    from .profile import compile_pattern, read_table

    out = []
    for r in read_table(path, ("topic", "terms")):
        compile_pattern(path, r, "terms")
        out.append((r["topic"], re.compile(rf"\b(?:{r['terms']})\b", re.I)))
    return tuple(out)


def load_topics(profile=None) -> tuple[tuple[str, re.Pattern], ...]:
    from .profile import load_profile

    return (profile or load_profile()).topics


def topics_of(sentence: str, profile=None) -> list[str]:
    """The issues a sentence mentions, else its fallback topic (at most one)."""
    return _topics(sentence, 0, len(sentence), profile)


def _topics(text: str, start: int, end: int, profile=None) -> list[str]:
    """The issues text[start:end] mentions, else its fallback topic (at most one).

    An issue whose cues text[start:end] does not hold cannot match there and is not looked for (the cues'
    places are found once for the text: `Cues.found_in`)."""
    folded = fold(text)
    cues = load_cues(profile)
    held = cues.found_in(folded, start, end)
    found = [
        issue
        for issue, _, _, pattern in load_codebook(profile)
        if cues.may_match(pattern.pattern, held) and first_word(pattern, folded, start, end)
    ]
    if not found:
        found = [topic for topic, pattern in load_topics(profile) if search_i(pattern, text, start, end)][:1]
    return found


# --- which terms count ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    hedge: Hedge


@cache
def _constructions() -> tuple[tuple[re.Pattern, Hedge], ...]:
    """The constructions of `resources/future_constructions.csv`, each with the hedge it stands for."""
    from .errors import ProfileError
    from .profile import compile_pattern, read_table

    path = paths.RESOURCES / "future_constructions.csv"
    out = []
    for r in read_table(path, ("name", "pattern", "certainty", "form")):
        if r["certainty"] not in LEVELS or r["form"] not in FORMS:
            raise ProfileError(path, r["_line"], "certainty", "a certainty of LEVELS and a form of FORMS")
        out.append(
            (compile_pattern(path, r, "pattern", re.M), Hedge(r["name"], r["certainty"], "construction", r["form"]))
        )
    return tuple(out)


@cache
def _construction_cues():
    """The cues of the constructions of `resources/future_constructions.csv` that give them, by name."""
    from .profile import read_cues, read_table
    from .text import Cues

    path = paths.RESOURCES / "future_constructions.csv"
    rows = read_table(path, ("name", "pattern"))
    return Cues({r["name"]: cues for r in rows if (cues := read_cues(path, r)) is not None})


def _hedges_in(text: str, start: int, end: int, excluded: list[tuple[int, int]]) -> list[Hit]:
    """The lexicon's terms in text[start:end] that are read: not inside an excluded phrase, not "May" the
    month; failing any, the forward-looking constructions.

    A construction none of whose cues lies in text[start:end] cannot match there and is not looked for
    (the cues are looked for in the folded text, which holds a match in lower case where the text's
    letters outside ASCII are without case: `simple_case`; in another text every construction is)."""
    out = []
    for a, b, hedge in _terms_in(text, start, end):
        if any(s <= a and b <= e for s, e in excluded):
            continue
        if text[a:b] == "May" and (a > start or re.match(r"\s+\d", text[b : b + 3])):
            continue  # the month ("in May", "May 5"), not the modal
        out.append(Hit(a, b, hedge))
    if not out:
        gate = _construction_cues()
        held = gate.found_in(fold(text), start, end) if simple_case(text) else None
        for construction, hedge in _constructions():
            if held is not None and not gate.may_match(hedge.term, held):
                continue
            m = construction.search(text, start, end)
            if m:
                out.append(Hit(m.start(), m.end(), hedge))
                break
    return out


# --- who holds it ------------------------------------------------------------------------------------------

# indefinite pronouns and quantifiers that open a sentence with a capital but name no one ("Nobody expects …")
_INDEFINITE = {"nobody", "everyone", "everybody", "somebody", "someone", "anyone", "people", "many", "most", "some"}
_INDEFINITE |= {"all", "few", "others", "none", "no one", "each", "both"}
PRONOUNS = {"he", "she", "they", "we", "i", "it", "who", "which", "that", "the latter", "the former", "you"}
BOTH_SIDES = re.compile(
    r"^(?:both(?: sides| countries| nations)?|the two(?: sides| countries| nations)?|two sides)$", re.I
)
# what may stand between a subject and its verb: auxiliaries, adverbs, a day ("on Monday")
_BETWEEN = re.compile(
    r"(?:\s+(?:also|always|still|did|does|do|has|have|had|is|are|was|were|both|all|again|now|further|jointly|"
    r"repeatedly|once again|seemed to|seems to|appear to|appears to|appeared to|\w+ly|not|never|\w+n['’]t|"
    r"would|will|could|can|may|might|should|must|shall|['‘’\"“]|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))*\s*$"
)
# where a subject starts: the sentence's start or a clause boundary before it
_CLAUSE = re.compile(
    r"(?:^[“\"‘']?(?:as|where|while|because|if|when|after|before|since|until|although|though)\s+|^|[,;:–—(]\s*|"
    r"\s(?:that|as|where|while|but|and then|because|if|when|so|after|before|since|until|although|though)\s+)",
    re.I,
)
_WORD = re.compile(r"[\w’'.-]+")
# a sentence that refers back to a person ("During his visit, …"), so may run on a report before it
_RUNS_ON = re.compile(r"\b(?:he|she|his|her)\b", re.I)
_NAME_WORD = r"[A-Z][a-z][\w’'-]*"
_NAMES = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}")
# a sentence whose subject is a name ("Jane Doe will be the first …"): its "he" or "his" is that person
_NAMED_SUBJECT = re.compile(
    rf"(?!(?:The|This|That|These|Those|It|Its|His|Her|Their|There|Both)\b){_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s+"
    r"(?:will|would|is|was|has|had|could|can|may|might|should|must)\b"
)
# an attribution after the words: "…, said Jane Doe." / a transcript's turn: "JANE DOE, MINISTER: …"
# (a headline's too, a title in capitals allowed: "…, indicates NSA Doe")
_SAID_AFTER = re.compile(
    rf",\s*(?:said|says|added|adds|noted|notes|indicated|indicates|warned|warns)\s+"
    rf"(?:[A-Z]{{2,5}}\s+)?((?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD})\s*(?:[.,]|$)"
)
# a speaker's label opening a line ("JANE DOE, MINISTER: …", "Jane Doe: …"): a turn of a transcript, or
# a headline's attribution; a title naming the press (anchor, correspondent) makes it the reporter's voice
_LABEL = re.compile(r"^([A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3})(,[^:\n]{0,80})?:[ \t]", re.M)
_PRESS = re.compile(
    r"\b(?:anchor|correspondent|host|reporter|moderator|interviewer|presenter|byline|question|q)\b", re.I
)
# a lone label (not a transcript's) opening a line longer than this opens a paragraph of prose: a dateline
# ("Lima: While the two sides …"), not a headline's attribution or a speaker's line
DATELINE_LINE = 500
TRANSCRIPT_TURNS = 2  # labelled lines from which a text reads as a transcript: a turn runs to the next label


@cache
def _holder_verbs() -> dict[str, re.Pattern]:
    """The verbs of `resources/holder_verbs.csv`, one pattern per kind (attitude, speech, intention)."""
    from .profile import compile_pattern, read_table

    path = paths.RESOURCES / "holder_verbs.csv"
    kinds: dict[str, list[str]] = {"attitude": [], "speech": [], "intention": []}
    for r in read_table(path, ("kind", "verb")):
        compile_pattern(path, r, "verb", re.I)
        kinds.setdefault(r["kind"], []).append(r["verb"])
    # whole words, a quotation mark around them allowed ("would 'welcome'"), a contraction not ("hope's")
    edge = r"(?![\w-])(?!['’](?:s|t|d|ll|re|ve)\b)"
    return {k: re.compile(rf"(?<![\w-])(?:{'|'.join(v)}){edge}", re.I) for k, v in kinds.items()}


# an office named by a title and what it is of ("Secretary of State", "Minister of Foreign Affairs")
_POSSESSIVE_END = re.compile(r"['’]s$")
_OFFICE = re.compile(r"([A-Z][a-z]+)((?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+))")


def _full_name(name: str, text: str, at: int) -> str:
    """A surname or a title ("Doe", "Mr Doe", "Secretary") as the fullest name the text gave before `at`
    ("Jane Doe", "Jane Q. Doe"); else the name as it is."""
    words = name.split()
    agents = _agent_nouns()
    office = _OFFICE.fullmatch(name)
    if office and office.group(1).lower() in agents:  # "Secretary of State": the name after the office
        w = r"\s+".join(map(re.escape, name.split()))
        title = rf"\b{w}\s+((?:[A-Z][\w’'-]*\.? ){{0,2}}{_NAME_WORD})"
        found = [
            f
            for f in re.findall(title, text[:at]) or re.findall(title, text[at:])[:1]
            if f.split()[0].lower() not in agents
        ]
        return _POSSESSIVE_END.sub("", found[-1]) if found else name
    while len(words) > 1 and words[0].lower().rstrip(".") in agents:
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in agents and not words[-1][0].isupper():
        words = words[-2:] if words[-2][0].islower() else words[-1:]  # "Ruritania's foreign minister"
    elif len(words) != 1:
        return name
    w = r"\s+".join(map(re.escape, words))
    if words[-1].lower() in agents:  # a title: the name that follows it ("Secretary of State Jane Q. Doe")
        title = rf"(?i:\b{w})(?: of (?:[A-Z]\w+ )+| )((?:[A-Z][\w’'-]*\.? ){{0,2}}{_NAME_WORD})"
        found = re.findall(title, text[:at]) or re.findall(title, text[at:])[:1]
        return found[-1] if found else name
    best = None
    for m in re.finditer(rf"\b(?:({_NAME_WORD})\s+{w}|{w}\s+({_NAME_WORD}))\b", text[:at]):
        other = m.group(1) or m.group(2)
        if other.lower() not in agents and other != "The":  # titles are agent nouns (resources/agent_nouns.csv)
            best = m.group()
    return best or words[0]


def _name(phrase: str, text: str, at: int, profile) -> str | None:
    """The holder a noun phrase names: "both sides", the actors it mentions, or the phrase itself when
    its head is a name or an agent noun; None when it names no one (or is a pronoun)."""
    from .quotes import load_actors

    phrase = phrase.strip(" ,'‘’\"“”-–—")
    words = _WORD.findall(phrase)
    parts = phrase.split(" and ")
    if len(words) > 6 and len(parts) == 2 and all(_ENDS_IN_NAME.search(p) for p in parts):
        both = [_name(part, text, at, profile) for part in parts]  # two people with their titles, each apart
        return " and ".join(both) if all(both) else None
    if not words or len(words) > 6 or phrase.lower() in PRONOUNS:
        return None
    if BOTH_SIDES.match(phrase):
        return "both sides"
    if phrase.isupper():  # a lead in capitals ("THE US expects …"): its article read as an article
        phrase = re.sub(r"^(?:THE|AN?)\s", lambda m: m.group().lower(), phrase)
    _, pattern, variants = load_actors(profile)
    named, rest = [], phrase
    for start, end, _ in pattern.find(phrase):
        found = phrase[start:end]
        if phrase.startswith(("’s", "'s"), end):
            continue  # a possessive names whose, not who ("Ruritania's foreign minister")
        actor = variants.get(found) or variants.get("the " + found[4:]) or found
        if actor not in named:
            named.append(actor)
        rest = rest.replace(found, " ")
    left = [w for w in _WORD.findall(rest) if w.lower() not in ("and", "the", "’s", "'s", "s")]
    if named and not (left and " and " in phrase):
        return " and ".join(named)
    head = words[-1]
    lead = _POSTMODIFIER.match(phrase)
    if lead and not (head[0].isupper() or head.lower() in _agent_nouns()):
        phrase, head = lead.group(1), lead.group(2)  # "a source familiar with the plans": a source
    place = _AFTER_HEAD.match(phrase)
    if place and not (head[0].isupper() or head.lower() in _agent_nouns()):
        return _name(place.group(1), text, at, profile)  # "Doe during her visit": Doe
    if head[0].isupper() or head.lower().rstrip(".") in _agent_nouns():
        if re.match(r"(?:an?|An?|one|One)\s", phrase) and head.lower().rstrip(".") in _agent_nouns():
            return phrase.split(None, 1)[1]  # "a US official": someone unnamed, not the official named later
        phrase = re.sub(r"^(?:the|The|a|an|A|An|his|His|her|Her|its|Its|their|Their)\s+", "", phrase)
        led = _LED_BODY.search(phrase)
        if led:  # "President Jane Doe's administration": the Doe administration
            return f"{led.group(1)} {led.group(2)}"
        if phrase.isupper():
            phrase = phrase.title()
        return _full_name(phrase, text, at)
    return None


# a phrase that ends in a personal name of two capitalised words ("Commerce Minister Jane Doe", "Ms. Doe")
_ENDS_IN_NAME = re.compile(r"\b[A-Z][\w’'.-]*\s+[A-Z][\w’'-]*$")


# a body named by the possessive of the person who leads it ("Jane Doe's administration")
_LED_BODY = re.compile(rf"\b({_NAME_WORD})['’]s\s+(administration|government|cabinet|campaign|team)$")


# what may follow the head of an anonymous source ("people familiar with the matter", "a source close to
# the talks", "officials briefed on the plans")
_POSTMODIFIER = re.compile(
    r"(.*?\b([\w’'-]+))\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge of|knowledgeable "
    r"about|involved in|aware of|privy to)\b",
    re.I,
)


# a phrase of time or place between a subject and its verb ("Jane Doe during her visit urged …")
_AFTER_HEAD = re.compile(r"(.+?)\s+(?:during|in|at|on|after|before|while|from|earlier|later|last|this)\s+\S", re.I)


# a name that ends a phrase ("the minister met Jane Doe")
_TRAILING_NAME = re.compile(rf"(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}$")


def _subject_before(text: str, s: int, at: int, profile, coordinated: bool = True) -> tuple[str | None, bool]:
    """The holder named by the subject of a verb at `at` (sentence from s), and whether that subject is
    a pronoun (so that someone named before holds it). A verb joined to the one before by "and", "but" or
    "or" with no subject of its own ("Doe met Roe, covered trade, and agreed to …") has that verb's subject
    (`_coordinated_subject`), unless `coordinated` is false."""
    before = text[s:at]
    before = before[: _BETWEEN.search(before).start()]
    starts = [m.end() for m in _CLAUSE.finditer(before)]
    chunk = before[starts[-1] :] if starts else before
    word = chunk.strip().lower()
    aside = _ASIDE.search(before) if not word and before.endswith(",") else None
    if aside:  # "Some experts, while not expecting …, are hopeful": the subject before the aside
        return _subject_before(text, s, s + aside.start(), profile, coordinated)
    if word in ("who", "which") and starts:  # "Jane Doe, who urged …": the noun before the clause
        rest = before[: starts[-1]].rstrip(" ,;:–—(")  # what the clause boundary before "who" follows
        inner = [m.end() for m in _CLAUSE.finditer(rest)]
        chunk = rest[inner[-1] :] if inner else rest
        named = _TRAILING_NAME.search(chunk)
        chunk = named.group() if named else chunk  # "… met Jane Doe, who urged …": Jane Doe
        word = chunk.strip().lower()
    # a verb right after "and", "but" or "or", or at a clause's start after "but": "Doe met Roe, …, and agreed
    # to …", "Doe called it a success but added that …": Doe
    joined = _JOINED.search(chunk, max(0, len(chunk) - 8)) or (
        not chunk.strip() and starts and _JOINED_CLAUSE.search(before, 0, starts[-1])
    )
    if joined and coordinated:
        end = (starts[-1] if starts else 0) + (joined.start() if joined.re is _JOINED else 0)
        return _coordinated_subject(text, s, s + end, profile), False
    chunk = chunk.lstrip(" \t•·▪●◦‣∙")  # a list's bullet before the subject ("• The mayors agreed to …")
    chunk = re.sub(r"^\s*(?:and|but|or|then|with)\s+", "", chunk)  # "…, with officials hoping …": officials
    said = list(_holder_verbs()["speech"].finditer(chunk))
    if said:  # "Doe said Ruritania hopes …": the subject is the clause after the verb of saying
        chunk = chunk[said[-1].end() :]
    word = chunk.strip().lower()
    if word in ("the latter", "the former"):  # the last or the first of the names before it
        names = _NAMES.findall(before)
        if len(names) >= 2:
            return _name(names[-1] if word == "the latter" else names[-2], text, s, profile), False
    if word in PRONOUNS or _APOSTROPHE.sub("'", word).split("'")[0] in PRONOUNS:  # "he", "he's", "they're"
        return None, True
    return _name(chunk, text, s, profile), False


# an aside set off by commas between a subject and its verb, opened by a subordinator or a participle ("Some
# experts, while not expecting a change, are hopeful …"): from its opening comma to the comma that closes it
_ASIDE = re.compile(
    r"(?<=\w),\s+(?:while|whilst|although|though|despite|unlike|like|as|after|before|since|if|when|even|"
    r"including|[a-z]+ing)\b[^,;:–—()]*,$"
)


# a clause boundary that joins a verb to the one before it ("…, but added that …", "… and then agreed …"); a
# conjunction that ends the words before a verb ("… a success but", "and")
_JOINED_CLAUSE = re.compile(r"\s(?:but|and then)\s+$", re.I)
_JOINED = re.compile(r"(?:^|\s)(?:and|but|or|then)\s*$", re.I)
# what may open a clause before its subject: a conjunction, a subordinator ("after Doe said …")
_CLAUSE_OPENER = re.compile(
    r"\s*(?:(?:and|but|or|then|after|before|since|until|once|although|though|because|as|while|when|if)\s+)+", re.I
)


def _coordinated_subject(text: str, s: int, end: int, profile) -> str | None:
    """The subject of the nearest clause before `end` (sentence from s) that has one: the subject of a verb
    coordinated with that clause's ("North Korea criticised Doe …, and warned that …": North Korea).
    Clauses whose first verb has no subject before it ("covered trade,") are passed over."""
    before = text[s:end]
    starts = sorted({0, *(m.end() for m in _CLAUSE.finditer(before))})
    ends = [*starts[1:], len(before)]
    for a, b in reversed(list(zip(starts, ends))):
        verb = _MAIN_VERB.search(before, a, b)
        if not verb:
            continue
        opener = _CLAUSE_OPENER.match(before, a, verb.start())
        a = opener.end() if opener else a
        subject = " " + before[a : verb.start()]
        if subject[: _BETWEEN.search(subject).start()].strip(" ,;:–—("):  # not an auxiliary alone ("have")
            return _subject_before(text, s + a, s + verb.start() + 1, profile, coordinated=False)[0]
    return None


def _speech(text, s, e, quotes, marks, profile) -> tuple[str | None, str | None, bool]:
    """The speaker of the reported speech a sentence carries (the subject of a verb of saying that names
    someone, a quotes row, "…, said X"), its group if a quotes row gives it, and whether a pronoun stood
    for the speaker. In a report inside a report ("Doe stressed that …, she said": two verbs of saying),
    the named subject of the inner verb comes first: the words are Doe's, relayed by whoever "she" is."""
    rows = [q for q in quotes if q["kind"] == "indirect" and q["start"] < e and s < q["end"] and q.get("speaker")]
    if rows:
        verbs = finditer_i(_holder_verbs()["speech"], text, s, e)
        if sum(not any(a <= v.start() < b for a, b in marks) for v in verbs) < 2:
            return rows[0]["speaker"], rows[0].get("speaker_group"), False
    name, pronoun = _subject(text, s, e, "speech", marks, profile)
    if rows:
        same = [q for q in rows if name and q["speaker"].split()[-1] == name.split()[-1]]
        if same or not name:
            return (same or rows)[0]["speaker"], (same or rows)[0].get("speaker_group"), False
    if not name:
        m = _SAID_AFTER.search(text, s, e)
        name = _name(m.group(1), text, s, profile) if m else None
    return name, None, pronoun


# a form of "be" (and adverbs) right before a verb of attitude: the passive ("is expected", "was widely
# believed", "is also expected"), whose subject is what is expected, not who expects it
_PASSIVE = re.compile(
    r"\b(?:is|are|am|was|were|be|been|being)\s+(?:(?:\w+ly|also|still|now|not|already|even)\s+)*$", re.I
)


def _subject(text, s, e, kind, marks, profile, after: int | None = None) -> tuple[str | None, bool]:
    """The holder named by the subject of the first verb of `kind` (outside quotation marks) that has one,
    and whether a pronoun stood in for it. With `after` (where the deciding term ends), a verb of attitude
    or intention in a clause or adjunct opened after the term ("Doe will travel next week, as Ruritania
    seeks to …") is passed over: it does not govern the term."""
    pronoun, unsaid, said = False, None, False
    for v in finditer_i(_holder_verbs()[kind], text, s, e):
        if any(a <= v.start() < b for a, b in marks):
            continue
        if after is not None and kind != "speech" and v.start() >= after and _ADJUNCT.search(text, after, v.start()):
            continue
        passive = not _PROGRESSIVE.match(v.group()) and _PASSIVE.search(text, max(s, v.start() - 30), v.start())
        if kind == "attitude" and passive:
            continue  # "Doe is expected to …": Doe is what is expected, not who expects ("was looking forward" is hers)
        name, is_pronoun = _subject_before(text, s, v.start(), profile)
        if name and kind == "speech" and _UNSAID.search(text, max(s, v.start() - 20), v.start()):
            unsaid = unsaid or name  # "Doe has not yet disclosed who …, media reported": the media's report
            # (the negated verb's subject only if no other verb of saying is there)
            continue
        if name:
            return name, pronoun
        pronoun, said = pronoun or is_pronoun, True
        if is_pronoun and kind == "attitude":
            break
    return (None if said else unsaid), pronoun


# what opens a clause of background ("…, as Ruritania seeks to …", "…, while Borduria hopes …")
_ADJUNCT = re.compile(r"(?:^|[\s,;(–—])(?:as|while|whilst|amid|because|since|when)\s", re.I)
# a verb of attitude or intention that opens a clause of background after the main one ("…, as the two
# sides seek to …"): the words between "as" and the term ("as soon as", "as well as" aside)
_BACKGROUND_AS = re.compile(
    r"(?:,\s+|\s)as\s+(?!(?:well|soon|much|long|far|part|if|though|a|an|to)\b)(?:[\w’'.-]+\s+){1,5}$", re.I
)
# the press's verb of report ("the media reported", "Doe's paper reports that …")
_PRESS_REPORT = re.compile(r"\breport(?:ed|s)\b", re.I)
# a verb of intention followed by its own act ("intends to “establish …", "is planning to dispatch")
_TO_OWN_ACT = re.compile(r"\s+to\s+[“\"‘']?[a-z]")
# a report put in an adjunct after the main clause ("…, with Doe saying …", "…, after officials said …"; not
# "…, as Doe said", which attributes the words)
_SPEECH_AFTER = re.compile(
    r",\s+(?:with|while|after)\s+[^,;]{1,60}?\b(?:saying|said|says|adding|telling|noting|warning|stressing)\b"
)


def _background(text: str, s: int, hits: list[Hit]) -> list[Hit]:
    """The terms of a sentence from s less those of a verb that opens a clause of background after a term of
    the main clause ("Doe will travel to Lima next week, as Ruritania seeks to …": the plan decides, not
    the aim of the background). The terms as they are when no other is left or none comes before."""
    if len(hits) < 2:
        return hits
    kept = [
        h
        for h in hits
        if not (
            h.hedge.kind == "verb"
            and h.start > hits[0].start
            and _BACKGROUND_AS.search(text, max(s, h.start - 60), h.start)
        )
    ]
    return kept or hits


def _reported_after(text: str, s: int, e: int, hit: Hit, marks) -> bool:
    """Whether the only report in a sentence s:e lies in an adjunct after the deciding term ("The trips could
    lead to a summit, with Doe saying he expects …"): the term is then the reporter's."""
    adjunct = _SPEECH_AFTER.search(text, hit.end, e)
    if not adjunct:
        return False
    return not any(
        not any(a <= v.start() < b for a, b in marks) for v in finditer_i(_holder_verbs()["speech"], text, s, hit.start)
    )


def _press_planner(text: str, s: int, e: int, marks, profile) -> str | None:
    """In a sentence the press reports ("…, the media reported", "The Daily reported that …"), the subject
    of a verb of intention before its own act ("Doe intends to meet …", "Ruritania is planning to send …"):
    the plan is the planner's, the press only tells of it; not a plan asked about ("whether Doe was
    planning to …"). None when there is none."""
    for v in finditer_i(_holder_verbs()["intention"], text, s, e):
        if any(a <= v.start() < b for a, b in marks) or not _TO_OWN_ACT.match(text, v.end()):
            continue
        if re.search(r"\b(?:whether|if)\b", text[s : v.start()], re.I):
            return None
        name, _ = _subject_before(text, s, v.start(), profile)
        return name
    return None


# a verb of attitude in "-ing": after a form of "be" a progressive ("was looking forward to", "is hoping"),
# whose subject holds the attitude, not a passive ("is expected to")
_PROGRESSIVE = re.compile(r"\w+ing\b")

# a negation right before a verb of saying: what was not said ("has not yet disclosed", "didn't say")
_UNSAID = re.compile(r"(?:\bnot|\bnever|n['’]t)(?:\s+yet)?\s+$", re.I)


_PERSONAL_NAME = re.compile(rf"{_NAME_WORD}(?:\s+[A-Z][\w.’'-]*){{1,3}}")
# an attitude verb followed by the infinitive of its subject's own act ("wants to visit", "still expects to hold")
_TO_ACT = re.compile(r"\s+to\s+[a-z]")


def _own_act(text: str, s: int, e: int, name: str, actors) -> bool:
    """Whether a person's attitude in the sentence s:e is the intent of their own act ("Doe wants to visit
    Lima", "Doe expects to hold talks"): a plan that whoever reports it in the sentence announces, not a
    view ("Doe expects little progress", "Doe believes …") that stays the person's."""
    actor = actors.get(name)
    # a person of the actor list, or else a name of two to four capitalised words that is no state
    person = actor.kind == "person" if actor else not _a_state(name, actors) and _PERSONAL_NAME.fullmatch(name)
    if not person:
        return False
    for v in finditer_i(_holder_verbs()["attitude"], text, s, e):
        if _PASSIVE.search(text, max(s, v.start() - 30), v.start()):
            continue
        return _TO_ACT.match(text, v.end()) is not None
    return False


def _turns(text: str, profile) -> list[tuple[int, int, str]]:
    """(start, end, holder) of each speaker's turn.

    A label is a full name ("JANE DOE:", "Jane Doe, minister:"), the last word of one given before
    ("DOE:") or an outlet's initialism ("NBC:", the press's). With TRANSCRIPT_TURNS labels or more the text is a transcript and a turn runs to the next
    label; else a label holds its own line. The holder of a press turn (a title or a mention naming an
    anchor, host, correspondent …; a question) is the reporter.
    """
    known: set[str] = set()
    labels, outlets = [], set()
    for m in _LABEL.finditer(text):
        words = m.group(1).split()
        if len(words) >= 2:
            known.add(words[-1].lower())
        if len(words) >= 2 or words[0].lower() in known or _PRESS.fullmatch(words[0]):
            labels.append(m)  # "QUESTION:", "Q:", "MODERATOR:": the press's turn in a transcript
        elif _OUTLET_LABEL.fullmatch(words[0]):  # "NBC:", "AFP:": a reporter's question at a briefing
            labels.append(m)
            outlets.add(words[0].lower())
    transcript = len(labels) >= TRANSCRIPT_TURNS
    press = {m.group(1).split()[-1].lower() for m in labels if m.group(2) and _PRESS.search(m.group(2))} | outlets
    out = []
    for k, m in enumerate(labels):
        label = m.group(1)
        surname = label.split()[-1]
        if surname.lower() not in press and re.search(
            rf"{_PRESS.pattern}\W+(?:\w+\W+){{0,3}}?(?i:{re.escape(surname)})\b", text, re.I
        ):
            press.add(surname.lower())  # "… said correspondent Jane Doe"
        if surname.lower() in press or _PRESS.fullmatch(label):
            holder = "reporter"
        else:
            holder = _name(label.title() if label.isupper() else label, text, m.start(), profile) or "reporter"
        if transcript:
            end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        else:
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            if end - m.end() > DATELINE_LINE:
                continue  # "Lima: While …. The …": a dateline opening a paragraph, not a speaker's line
        out.append((m.start(), end, holder))
    if transcript and out:
        out = _opening_statement(text, out) + out
    return out


# the title of a government transcript: a press conference, a briefing, remarks, a statement
_BRIEFING = re.compile(r"(?im)^[^\n]*\b(?:press conference|press briefing|briefing|remarks|statement)\b[^\n]*$")


# a label that is an outlet's initialism ("NBC", "CCTV", "AFP"), not a surname given before
_OUTLET_LABEL = re.compile(r"[A-Z]{2,5}")


def _opening_statement(text: str, turns: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The turn of a press conference's opening statement, which has no label: the text between the
    title naming the one newsmaker who speaks ("Spokesperson Jane Doe's Regular Press Conference") and
    the first label is that newsmaker's."""
    speakers = {h for _, _, h in turns if h != "reporter"}
    if len(speakers) != 1:
        return []
    speaker = next(iter(speakers))
    surname = re.compile(rf"\b{re.escape(speaker.split()[-1])}\b")
    title = next((m for m in _BRIEFING.finditer(text, 0, turns[0][0]) if surname.search(m.group())), None)
    return [(title.end(), turns[0][0], speaker)] if title else []


# an attitude named as a noun with its holder after "of" ("the hope of many investors that …", "the
# shared expectation of both peoples for …")
_OWNED = re.compile(
    r"\b(?:expectations?|hopes?|wish(?:es)?|desires?|aspirations?) of ((?:[\w’'-]+ ){0,3}?[\w’'-]+) "
    r"(?:that|to|for)\b",
    re.I,
)


# an attitude, aim or resolve named as a noun after its owner's possessive ("the Ruritanian side's desire to
# …", "Jane Doe's plan to …"): the owner a run of capitalised words, with a head noun of a body after it
_POSSESSED = re.compile(
    r"((?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*(?:[A-Z][\w.’'-]*|side|government|administration|leadership|company|party))['’]s\s+"
    r"(?:(?:own|stated|declared|expressed|long-standing|\w+ly)\s+)?(?:desires?|hopes?|wish(?:es)?|expectations?|"
    r"aims?|goals?|intentions?|plans?|determination|willingness|readiness|commitments?)\s+(?:to|for|that|of)\b"
)


# an aim named as a noun after its owner as a modifier, a name, an adjective of a nation or an initialism
# ("a key U.S. goal", "the main Ruritanian aim"): the owner is the capitalised words before the head noun
_ATTRIBUTED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:key|main|major|central|chief|top|long-standing|longstanding|stated|primary|core|"
    r"[a-z]+ly)\s+)?((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)\s+(?:goals?|aims?|objectives?)\b"
)


_AIM_NOUNS = {"goal", "goals", "aim", "aims", "objective", "objectives"}


def _owner_of(text: str, s: int, hit: Hit, profile) -> str | None:
    """The owner a possessive names for the attitude noun the deciding term opens (`_POSSESSED`), or a
    modifier before an aim's noun (`_ATTRIBUTED`: "a key U.S. goal"), if any."""
    if hit.hedge.kind not in ("verb", "noun"):
        return None
    start = max(s, hit.start - 80)
    if hit.hedge.term.lower() in _AIM_NOUNS:
        for m in _ATTRIBUTED.finditer(text, max(s, hit.start - 60), hit.end):
            if m.end() == hit.end:  # "a key U.S. goal": the modifier owns the aim
                return _name(m.group(1), text, s, profile)
    if "’s" not in text[start : hit.start] and "'s" not in text[start : hit.start]:
        return None  # no possessive before the term: nothing to search for
    for m in _POSSESSED.finditer(text, start, hit.end):
        if m.end(1) < hit.start < m.end():
            return _name(m.group(1), text, s, profile)
    return None


# an impersonal passive of an attitude ("it is expected that", "it has been widely believed"): the
# reporter's account of a view no one in the text is named to hold
_IMPERSONAL = re.compile(
    r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:expected|believed|hoped|anticipated)\b"
    # an open question nobody is said to ask: "whether it was a success remains to be seen"
    r"|\b(?:remains|remain|remained)\s+to\s+be\s+seen\b"
)


# a subject that names almost no one ("Few nations want …", "No one hopes …") and the one a comparison
# then sets above them ("… as much as Ruritania", "… more than Borduria")
_FEW = re.compile(r"(?:few|no|none|nobody|no one)\b", re.I)
_COMPARED = re.compile(
    rf"\b(?:as much as|more than|as keenly as|as badly as)\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
)


# an attitude the reporter infers, not one its owner is said to hold ("despite Ruritania's apparent wish to …")
_INFERRED = re.compile(r"\b(?:apparent|seeming|evident|perceived|supposed|ostensible|professed)\s+$", re.I)
# what the reporter reads an event as, just before the term: "… is seen as a sign that Ruritania aims to …",
# "…, in a sign that Lima wants …" (a sign given or sent by someone, "Doe gave a sign that he wants …", is
# Doe's; the clause after "that" runs to the term without a comma or a stop)
_READ_AS_SIGN = re.compile(
    r"(?:\b(?:in|as|is|was|are|were|and|be)|,)\s+(?:a|another|the\s+(?:latest|clearest|first))\s+(?:\w+\s+)?"
    r"(?:sign|signal|indication)\s+that\s+[^,;.!?“”\"]{1,60}$",
    re.I,
)
# what the reporter reads a thing as showing, just before the term: "the minister's trip shows that the
# government is keen to …", "the move suggests that Lima wants …" (the verb's subject a noun in lower case:
# a thing, not a person who shows it, "Doe showed that she wants …", nor a pronoun; nor a record of people's
# views, "a poll shows that voters want …": theirs)
_SHOWN = re.compile(
    r"\b([a-z][\w’'-]*)\s+(?:shows|showed|suggests|suggested|demonstrates|demonstrated|underscores|underscored)"
    r"\s+that\s+[^,;.!?“”\"]{1,60}$"
)


def _read_as_shown(text: str, s: int, at: int) -> bool:
    m = _SHOWN.search(text, s, at)
    return m is not None and m.group(1) not in PRONOUNS and m.group(1) not in _RECORDS_OF_VIEWS


_RECORDS_OF_VIEWS = frozenset(
    ("poll", "polls", "survey", "surveys", "study", "studies", "data", "research", "report", "figures", "polling")
)


# an invitation's verb ("invited … to visit"): like a request, held by whoever invites, whoever reports it
_INVITING = re.compile(r"invite[sd]?\b", re.I)


# a direct question put about someone's attitude ("What does Doe hope …?", "Does she expect …?")
_ASKED = re.compile(r"\b(?:do|does|did)\s+(?:[\w’'.-]+\s+){1,4}?(?:hope|want|expect|wish|think|believe)\b[^?]*\?")

# how a readout opens a paragraph of someone's words: their name, a verb of saying and "that" or a comma ("Jane
# Doe pointed out that …"); the paragraph's other sentences run on as that person's report
_READOUT_OPENING = re.compile(
    r"[ \t]*(?:[A-Z][\w’'.-]*\s+){1,4}(?:also\s+|further\s+)?(?:said|stressed|pointed out|noted|emphasized|"
    r"emphasised|stated|added|underlined|underscored|reiterated|indicated|expressed (?:the )?hope)(?:\s+that\b|,)"
)


def _said_into_quote(text: str, s: int, quote: dict, profile) -> str | None:
    """For a partial quote that opens with a verb of saying ('Doe "stressed the importance of …", Roe
    said'), the one the subject before the quote names; else None."""
    if quote["kind"] != "partial":
        return None
    opening = _QUOTE_OPENING.match(text, quote["start"])
    if not opening or not _holder_verbs()["speech"].match(text, opening.end()):
        return None
    return _subject_before(text, s, quote["start"], profile)[0]


# an attribution that closes the reported words before a clause of the reporter's own ("…, officials said,
# as the two sides try to …", "…, the ministry said Tuesday, amid …")
_ATTRIBUTED_BEFORE = re.compile(
    r",\s+[^,;“”\"]{1,60}?\b(?:said|says|told reporters|reported|announced)(?:\s+(?:on\s+)?[A-Z]\w+day)?,\s+"
    r"(?:as|while|amid|with)\s"
)


# a sentence whose subject is two people not named ("The two leaders …", "Both political leaders …")
_TWO_PEOPLE = re.compile(
    r"\s*[‘“'\"]?(?:[Tt]he two|[Bb]oth(?: the)?)\s+(?:[a-z]+\s+)?(?:leaders|presidents|ministers|men|women|diplomats|envoys|"
    r"secretaries|premiers|counterparts)\b"
)
# two names joined by "and", a title or description before the second ("Doe and Ruritanian leader Jane Roe")
_PAIR = re.compile(
    rf"((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})\s+and\s+((?:(?:{_NAME_WORD}|[a-z]+)\s+){{0,3}}{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD})?)"
)


def _two_people_subject(text: str, s: int, at: int) -> bool:
    """Whether the subject of the verb at `at` (sentence from s) is two people not named, in a clause that
    does not open the sentence ("…, the goal was met: both leaders agreed to …")."""
    before = text[s:at]
    before = before[: _BETWEEN.search(before).start()]
    starts = [m.end() for m in _CLAUSE.finditer(before)]
    return bool(starts) and _TWO_PEOPLE.fullmatch(before, starts[-1]) is not None


def _pair_named(text: str, at: int, actors, profile) -> str | None:
    """The last two people (persons of the actor list) named together before `at` ("Doe and Roe"), as
    "Doe and Roe"; failing such a pair, the last two people named apart ("Doe met her counterpart, Roe");
    None when the text names no two in the 3,000 characters before."""
    for m in reversed(list(_PAIR.finditer(text, max(0, at - 3000), at))):
        a, b = (_name(m.group(k), text, m.start(), profile) for k in (1, 2))
        if a and b and a != b and all(actors.get(n) and actors[n].kind == "person" for n in (a, b)):
            return f"{a} and {b}"
    people: list[str] = []
    for m in reversed(list(_NAMES.finditer(text, max(0, at - 3000), at))):
        name = _name(m.group(), text, m.start(), profile)
        actor = actors.get(name) if name else None
        if actor and actor.kind == "person" and name not in people:
            people.insert(0, name)
            if len(people) == 2:
                return " and ".join(people)
    return None


def _reported_in_quote(text: str, s: int, quote: dict, hit: Hit, actors, profile) -> str | None:
    """For a term inside a quote, the one a verb of saying or of attitude before it in the quote names as its
    subject, when that is a person or a body other than a state and other than the quote's speaker ('"The
    Secretary emphasized the importance of …," a readout said': the Secretary); else None. A pronoun ("I
    stressed", "we believe") leaves the words to the speaker."""
    start = max(s, quote["start"])
    verbs = _holder_verbs()
    found = [v for kind in ("speech", "attitude") for v in finditer_i(verbs[kind], text, start, hit.start)]
    if not found:
        return None
    v = max(found, key=lambda v: v.start())
    if _PASSIVE.search(text, max(start, v.start() - 30), v.start()):
        return None
    if _NEW_CLAUSE.search(text, v.end(), hit.start):  # '"Doe said X, but a new row seems …," he said': his
        return None
    name = _subject_before(text, start, v.start(), profile)[0]
    if not name or _a_state(name, actors) or name == quote.get("speaker") or name.lower() in _INDEFINITE:
        return None
    if any(w.lower() in PRONOUNS for w in name.split()):  # "He and I agreed …": the speaker is among them
        return None
    if quote.get("speaker_kind") == "person" and BOTH_SIDES.match(name):
        return None  # '"Both sides have indicated …," Doe said': a person's words of the two sides, one his own
    return name


# a clause of the speaker's own after a reported one inside a quote: "…, but", "…; "
_NEW_CLAUSE = re.compile(r",\s+(?:but|yet|while|whereas)\b|;\s")
_QUOTE_OPENING = re.compile(r"""[“"‘']\s*""")
# the terms whose verb binds its subject (agreed to, pledged to) or asks of another (urged … to, asked …
# to): held by that subject; not "need", "requires" (what the speaker finds necessary), nor a standing
# resolve ("remains committed to", "is determined to"), which a speaker voices for a state
_BINDING = re.compile(r"(?!need|requir|committed|determined)", re.I)
# a form of "be" or "remain" before "committed to": a standing resolve ("is committed to", "remains firmly
# committed to"), not the act of committing ("the two sides committed to maintain …")
_STANDING = re.compile(
    r"(?:\b(?:is|are|am|was|were|be|been|being|remains?|remained|stays?|stayed)|['’](?:s|re|m))(?:\s+\w+ly)?\s+$", re.I
)
# a purpose adjunct ending just after it opens: "in hopes of", "in a bid to", "in push for", "as part of
# ongoing efforts to"
_PURPOSE = re.compile(
    r"\b(?:in|as part of)\s+(?:(?:a|an|the|its|his|her|their|ongoing|continued|joint|concerted|renewed)\s+)*"
    r"(?:hopes?|bid|efforts?|push|drive|attempt|quest)\b",
    re.I,
)
# the verb of a main clause (a form of "be", "have", a past tense, "to" of a headline's infinitive)
_MAIN_VERB = re.compile(
    r"(?-i:\s(?:is|are|was|were|has|have|had|will|would|to|To|met|held|made|went|came|flew|left|took|sent|"
    r"spoke|told|said|gave|began|led|brought|sought|became|kept|ran|[a-z]+ed)\b)"
)


# a pronoun opening a clause of time, reason or manner inside a sentence ("…, as they seek to …")
_SUBORDINATE_PRONOUN = re.compile(r"\b(?:as|while|because|since|when|where)\s+(?:he|she|they|we)\b", re.I)


def _main_subject(text: str, s: int, e: int, at: int, profile) -> str | None:
    """The holder named by the subject of the main clause of a sentence s:e, before `at` (after a
    headline's colon: "Talks: Doe to visit Lima …"), or after the phrase that opens the sentence at `at`."""
    colon = text.rfind(": ", s, at)
    start = s if colon < 0 else colon + 2
    end = at
    if not text[start:at].strip():  # the purpose opens the sentence ("In a bid to …, Doe flew …")
        comma = text.find(", ", at, e)
        start, end = (comma + 2, e) if comma > 0 else (start, at)
    verb = _MAIN_VERB.search(text, start, end)
    if not verb:
        return None
    return _subject_before(text, start, verb.start() + 1, profile)[0]


def _a_state(name: str, actors) -> bool:
    """Whether a holder is a state or its government as a whole ("China", "the Chinese side", "the US
    government"): an actor that is its own group, or a phrase whose head is side, government or country."""
    actor = actors.get(name)
    return bool(actor and actor.kind == "institution" and actor.name == actor.group) or bool(_STATE_HEAD.search(name))


_STATE_HEAD = re.compile(r"\b(?:side|government|country|nation|state)$", re.I)


# a transcript's turn label ended by a full stop, the speech on the same line ("The President. Thank you.",
# "Secretary Doe. We agreed …", "Q. Will you go?"): a title, with "The" or with a surname, or Q
_DOT_LABEL = re.compile(r"^((?:The )?(?:[A-Z][a-z]+ ){0,2}[A-Z][\w’'-]+|Q)\.[ \t]+(?=\S)", re.M)
# a line that is a person's name alone ("Jane Doe"), such as the speaker a page of remarks names on top
_NAME_LINE = re.compile(r"^[ \t]*((?:[A-Z][a-z]+\.? ){1,2}[A-Z][\w’'-]+)[ \t]*$", re.M)


def _dot_turns(text: str, profile, raw: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, holder) of each turn of a transcript whose labels end with a full stop
    (`_DOT_LABEL`): a turn runs to the next label. "Q." is the press's (the reporter); a title alone
    ("The President.") is the person the page names on a line of its own above the first turn, else the
    fullest name the text gives the title (the name line is read in `raw`, the text before debris was
    masked: a page of remarks may set the speaker's name where a byline goes); a title with a surname is
    that person."""
    agents = _agent_nouns()
    labels = []
    for m in _DOT_LABEL.finditer(text):
        words = m.group(1).split()
        if words == ["Q"]:
            labels.append((m, "reporter"))
        elif words[0] == "The" and len(words) > 1 and words[-1].lower() in agents:
            top = _NAME_LINE.search(raw or text, 0, labels[0][0].start() if labels else m.start())
            holder = top.group(1) if top else _name(m.group(1), text, m.start(), profile)
            labels.append((m, holder or "reporter"))
        elif words[0] != "The" and len(words) > 1 and words[0].lower() in agents and words[-1].lower() not in agents:
            labels.append((m, _name(m.group(1), text, m.start(), profile) or "reporter"))
    out = []
    for k, (m, holder) in enumerate(labels):
        end = labels[k + 1][0].start() if k + 1 < len(labels) else len(text)
        out.append((m.start(), end, holder))
    return out


# a participle that opens a clause after a comma ("…, urging Ruritania to …", "…, pledging to …")
_PARTICIPLE = re.compile(r"[a-z]+ing\b")


def _participle_subject(text: str, s: int, e: int, comma: int, marks, profile) -> str | None:
    """The subject of the clause a participle follows ("Doe spoke with Roe on Monday, urging Ruritania to
    …"): the main subject of the clause before the comma, after the last verb of saying outside quotation
    marks ("officials said Doe spoke with Roe, urging …": Doe)."""
    said = [
        v
        for v in finditer_i(_holder_verbs()["speech"], text, s, comma)
        if not any(a <= v.start() < b for a, b in marks)
    ]
    return _main_subject(text, said[-1].end() if said else s, e, comma, profile)


def _holder(text, s, e, hit, quotes, marks, before, profile, turn=None, paragraph=None) -> tuple[str, str | None, str]:
    """(holder, holder_group, voice) of a sentence s:e whose deciding term is `hit`; `before` is the
    sentence before it (or None), `paragraph` where its paragraph starts.

    In order: the speaker of the quote the term lies in (for a partial quote that opens with a verb of
    saying, the subject before it); the speaker of the transcript's turn (`turn`, unless the press's);
    in a sentence that reports no one's speech, the subject of the main clause for a purpose adjunct ("in
    hopes of", "in a bid to"); the subject of a verb that commits or asks (`_BINDING`: "agreed to",
    "urged … to"), whoever reports it; the subject of an attitude verb (not a passive), unless it is a state (`_a_state`) and a
    person speaks for it in the sentence or, failing one, opened the paragraph; the holder of an attitude
    named as a noun ("the hope of investors that …"); the speaker
    of the reported speech the sentence carries; the subject of a verb of intention; the speaker of a
    quote the sentence is built around; for a sentence with none of these that refers back to a person
    (he, his), the speaker of the reported speech of the sentence before (a report that runs on); else
    the reporter.
    """
    from .quotes import load_actors

    groups = {q["speaker"]: q.get("speaker_group") for q in quotes if q.get("speaker")}
    actors = load_actors(profile)[0]

    def held(name, voice, group=None):
        if group is None:
            actor = actors.get(name)
            group = groups.get(name) or (actor.group if actor else "not in actor list")
        return name, group, voice

    quoted = [q for q in quotes if q["kind"] in ("direct", "partial") and q["start"] <= hit.start < q["end"]]
    if quoted and quoted[0].get("speaker"):
        name = _said_into_quote(text, s, quoted[0], profile)
        if name:  # 'Roe said Doe "stressed that …"': the words are Roe's, the report Doe's
            return held(name, "paraphrase")
        name = _reported_in_quote(text, s, quoted[0], hit, actors, profile)
        if name:  # '"The Secretary stressed the importance of …," a readout said': the report is his
            return held(name, "paraphrase")
        return quoted[0]["speaker"], quoted[0].get("speaker_group"), "quote"
    if turn and turn != "reporter":  # a newsmaker's turn: whatever it reports, the speaker holds
        return held(turn, "quote")
    paragraph = s if paragraph is None else paragraph
    owner = _owner_of(text, s, hit, profile)
    if owner:  # "… the Ruritanian side's desire to …": whose the attitude is, whoever reports it
        return held(owner, "paraphrase")
    two = hit.hedge.kind == "verb" and (_TWO_PEOPLE.match(text, s) or _two_people_subject(text, s, hit.start))
    pair = _pair_named(text, s, actors, profile) if two else None
    if pair:  # "The two leaders also agreed to …": the two people last named together
        return held(pair, "paraphrase")
    every_mark, marks = marks, [(a, b) for a, b in marks if a < e and s < b]
    speaker, group, pronoun_speaks = _speech(text, s, e, quotes, marks, profile)
    voice = "paraphrase" if speaker else "reporter"
    if _IMPERSONAL.search(text, s, hit.end) and not search_i(_holder_verbs()["speech"], text, s, e):
        return "reporter", "reporter", "reporter"  # "It is widely expected that …": nobody named holds it
    if not speaker and (
        _INFERRED.search(text, max(s, hit.start - 20), hit.start)
        or _READ_AS_SIGN.search(text, s, hit.start)
        or _read_as_shown(text, s, hit.start)
    ):
        return "reporter", "reporter", "reporter"  # "despite Ruritania's apparent wish to …": the reporter's reading
    purpose = None if speaker else _PURPOSE.search(text, max(s, hit.start - 40), hit.end)
    if purpose and purpose.end() > hit.start:
        name = _main_subject(text, s, e, purpose.start(), profile)
        if name:  # "Doe flew to Lima in hopes of …": the purpose of whoever acts
            return held(name, voice)
    inviting = hit.hedge.kind == "verb" and _INVITING.match(hit.hedge.term) is not None
    binding = hit.hedge.kind == "verb" and hit.hedge.form in ("commitment", "prescription") or inviting
    binding = binding and not any(a <= hit.start < b for a, b in marks)
    committing = hit.hedge.term.lower().startswith("committed") and not _STANDING.search(
        text, max(s, hit.start - 40), hit.start
    )
    if binding and speaker != "both sides" and (_BINDING.match(hit.hedge.term) or committing):
        # not a joint decision read
        name = _subject_before(text, s, hit.start, profile)[0]
        if not name and _PARTICIPLE.match(text, hit.start) and text[max(s, hit.start - 2) : hit.start] == ", ":
            name = _participle_subject(text, s, e, hit.start - 2, marks, profile)
        if name and any(w.lower() in PRONOUNS for w in name.split()):
            name = None  # "she and Doe agreed": the speaker's account of her own deal
        if name and " and " in name and all(_a_state(n, actors) for n in name.split(" and ")):
            name = "both sides"  # "Ruritania and Borduria agreed to …": a joint decision of the two
        if name:  # "Ruritania agreed to …, Doe said": who commits or asks holds it, whoever tells of it
            return held(name, voice)
    name, pronoun = _subject(text, s, e, "attitude", marks, profile, hit.end)
    if name and _ASKED.search(text, s, e):  # "What does Doe hope to get?": the asker's question
        name = None
    if name and _TWO_PEOPLE.fullmatch(name):  # "Both leaders expressed hope …": the two last named together
        name = _pair_named(text, s, actors, profile) or name
    compared = _COMPARED.search(text, s, e) if name and _FEW.match(name) else None
    if compared:  # "Few nations want it as much as Ruritania": Ruritania, above all others, wants it
        name = _name(compared.group(1), text, s, profile) or name
    if name and _a_state(name, actors):  # "China hopes …, Doe said": the state's hope, in Doe's words
        who = speaker, group
        if not speaker and paragraph < s:  # a readout's paragraph opened by "Doe said that …"
            who = _speech(text, paragraph, s, quotes, every_mark, profile)[:2]
        if who[0] and not _a_state(who[0], actors):
            return held(who[0], "paraphrase", who[1])
    if name and speaker and speaker != name and _own_act(text, s, e, name, actors):
        return held(speaker, voice, group)  # "The ministry said Doe wants to visit Lima": its announcement
    if name:
        return held(name, voice)
    owner = _OWNED.search(text, s, e)  # "the common expectation of countries that …"
    name = _name(owner.group(1), text, s, profile) if owner else None
    if name:
        return held(name, voice)
    if speaker and _ATTRIBUTED_BEFORE.search(text, s, hit.start):
        return "reporter", "reporter", "reporter"  # "…, officials said, as the visit meant to …": the reporter's
    if speaker and _reported_after(text, s, e, hit, marks):
        return "reporter", "reporter", "reporter"  # "Talks could follow, with Doe saying …": the reporter's
    planner = _press_planner(text, s, e, marks, profile) if speaker and _PRESS_REPORT.search(text, s, e) else None
    if planner and planner != speaker:  # "Doe intends to …, the media reported": Doe's plan
        return held(planner, voice)
    if speaker:
        return held(speaker, voice, group)
    name, pronoun_too = _subject(text, s, e, "intention", marks, profile, hit.end)
    if name:
        return held(name, voice)
    clause = _SUBORDINATE_PRONOUN.search(text, s, hit.start) if pronoun_too else None
    name = _main_subject(text, s, e, clause.start(), profile) if clause else None
    if name:  # "Doe met Roe as they seek to …": the pronoun of the clause stands for the main subject
        return held(name, voice)
    if hit.hedge.kind == "construction" and hit.hedge.form in ("plan", "aim"):  # "Doe to visit Peru"
        pattern = next(p for p, h in _constructions() if h == hit.hedge)
        m = pattern.match(text, hit.start) if "who" in pattern.groupindex else None
        who = m.group("who") if m else re.split(r"\s[Tt]o\s", text[hit.start : hit.end])[0]
        if m and not who:  # "Some of the Asks: …" after a paragraph opened by "Ruritania: …": Ruritania's
            who = _party_line_before(text, hit.start)
        name = _name(who, text, s, profile) if who else None
        if name:
            return held(name, voice)
    around = [q for q in quotes if q["kind"] == "direct" and s <= q["start"] < e and q.get("speaker")]
    if around:  # a sentence built around a quote: '"…," said X, adding that the ministry wouldn't …'
        return around[0]["speaker"], around[0].get("speaker_group"), "paraphrase"
    refers_back = search_i(_RUNS_ON, text, s, e) and not _NAMED_SUBJECT.match(text, s)
    if before and not marks and (pronoun or pronoun_speaks or pronoun_too or refers_back):
        speaker, group, _ = _speech(text, *before, quotes, every_mark, profile)
        if speaker:
            return held(speaker, "paraphrase", group)
    quoted = any(q["kind"] != "indirect" and q["start"] < e and s < q["end"] and q.get("speaker") for q in quotes)
    if paragraph < s and not quoted and _READOUT_OPENING.match(text, paragraph):
        # a readout's paragraph opened by "Doe said that …" runs on as Doe's
        speaker, group, _ = _speech(text, paragraph, s, quotes, every_mark, profile)
        if speaker:
            return held(speaker, "paraphrase", group)
    return "reporter", "reporter", "reporter"


# where the sentence splitter broke after an abbreviation that does not end a sentence: an initialism or
# an initial ("the U.S. Department", "Jane Q. Doe") before a word that does not open sentences, or
# a month before its day ("Nov. 11")
# (both end where the sentence does, or before a line break there: `_sentences` looks in the last six
# characters only)
_INITIALS = re.compile(r"(?:\b[A-Z]\.)+$")
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_OPENER = re.compile(
    r"(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|But|And|Or|So|In|On|At|For|As|If|When|While|"
    r"After|Before|Since|However|Meanwhile|Still|Yet|There|Here|His|Her|Its|Their|Our|My|Both|Some|Many|"
    r"Most|No|Not|What|Why|How|Who|Where|Such|Also|Then|Now|Last|Next|Earlier|Later)\b"
)


def _goes_on(text: str, s: int) -> bool:
    """Whether the words at s go on a noun phrase an initialism opened ("U.S. officials", "U.S. Trade
    Representative", "U.S. Secretary"), not a new sentence ("U.S. Washington has …")."""
    words = _WORD.findall(text[s : s + 60])[:2]
    if not words:
        return False
    if words[0][0].islower() or words[0].lower() in _agent_nouns():
        return True
    return len(words) == 2 and words[1][0].isupper()


def _sentences(text: str, marks) -> list[tuple[int, int]]:
    """The sentences of a text, a quotation's own sentences apart (one expectation each), not broken
    after an abbreviation inside a sentence."""
    from .text import sentence_spans

    out: list[tuple[int, int]] = []
    for s, e in sentence_spans(text, abbreviations=True):
        if out:
            ps, pe = out[-1]
            between = text[pe:s]
            glued = "\n" not in between and (
                (_INITIALS.search(text, max(ps, pe - 3), pe) and not _OPENER.match(text, s) and _goes_on(text, s))
                or (_MONTH.search(text, max(ps, pe - 6), pe) and text[s : s + 1].isdigit())
            )
            if glued:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


# a deal's terms told as what will happen ("Under the agreement, Ruritania will …"): what its subject committed to
_UNDER_A_DEAL = re.compile(
    r"\s*(?:Under|As part of|In line with)\s+(?:the|this|that|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|"
    r"accords?|pacts?|arrangements?|understandings?|compromises?|truces?|ceasefires?|settlements?|commitments)\s*,"
)
_DEAL_MODALS = {"will", "would", "shall", "'ll", "’ll"}


def _as_committed(text: str, s: int, hit: Hit) -> Hit:
    """The deciding term re-read as a commitment when it is a modal of the future in a sentence that opens
    with the deal it follows from (`_UNDER_A_DEAL`); else the term as it is."""
    if hit.hedge.kind != "modal" or hit.hedge.term.lower() not in _DEAL_MODALS:
        return hit
    deal = _UNDER_A_DEAL.match(text, s)
    if not deal or deal.end() > hit.start:
        return hit
    return Hit(hit.start, hit.end, Hedge(hit.hedge.term, "certain", "verb", "commitment"))


@cache
def _unrealized() -> tuple[re.Pattern, re.Pattern]:
    """The plans spoken of in the past and the plans put off, of `resources/unrealized_plans.csv` (kinds
    'plan'; 'put_off' and 'put_off_passive'), each as one alternation of whole words."""
    from .profile import read_table

    rows = read_table(paths.RESOURCES / "unrealized_plans.csv", ("phrase", "kind"))
    kinds = [[r["phrase"] for r in rows if r["kind"] in kind] for kind in (("plan",), ("put_off", "put_off_passive"))]
    return tuple(re.compile(rf"\b(?:{_alternation(k)})", re.I) for k in kinds)


_BACKSHIFTED = re.compile(r"\b(?:expected|going)\b", re.I)
# an adverb that tells a plan of the past as the first one, since changed ("was originally expected to")
_FIRST_PLAN = re.compile(r"\b(?:originally|initially|previously)\b", re.I)
# a term that speaks of now or of what is to come, not of a plan told in the past
_PRESENT_TERM = re.compile(r"(?:is|are|am|will|shall|won|['’]ll|['’]s|['’]re)\b", re.I)


def _overtaken(text: str, s: int, hit: Hit, put_off: list) -> bool:
    """Whether the sentence from s tells a plan in the past ("was scheduled to visit Lima next week") in an
    article that tells of a plan put off: the plan is overtaken, unless the deciding term speaks of now or
    of what is to come ("…, who was due to travel, will reschedule"). `put_off` holds whether the article
    tells of one, once it has been read (the article is searched only when a sentence needs it)."""
    if _PRESENT_TERM.match(hit.hedge.term):
        return False
    for past in _unrealized()[0].finditer(text, s, hit.end):  # the term may close the phrase ("slated to")
        # "was expected to": reported speech, not a plan of the past; "was originally expected to" the plan
        # as it first stood
        if not _BACKSHIFTED.search(past.group()) or _FIRST_PLAN.search(past.group()):
            if not put_off:
                put_off.append(bool(_unrealized()[1].search(text)))
            return put_off[0]
    return False


# a fragment that goes on naming an aim ("Being able to talk in a crisis.", "Making sure the port stays open."):
# a gerund of ability or of care opening the sentence, after a quotation mark or a dash ("To …" is left out:
# "To make matters worse, …" opens a full sentence)
_AIM_FRAGMENT = re.compile(r"[“\"‘'—–-]?\s*(?:Being able to|Making sure|Ensuring that)\b")
_GOES_ON = Hedge("goes on an aim", "possible", "phrase", "aim")


def _goes_on_aim(text: str, s: int, e: int, rows: list[dict], before: list[tuple[int, int]]) -> list[Hit]:
    """For a sentence s:e with no term: the fragment that goes on naming the aim or hope of one of the two
    sentences before it ("His goal is to calm the markets. “Being able to talk in a crisis.”"), as a term of
    aim; not a participle clause before a main one ("Being able to fish again, the crews sailed."); else
    nothing."""
    if not rows or rows[-1]["form"] not in ("aim", "hope") or rows[-1]["start"] not in {a for a, _ in before}:
        return []
    m = _AIM_FRAGMENT.match(text, s)
    if not m or _MAIN_CLAUSE_AFTER.search(text, m.end(), e):
        return []
    return [Hit(m.start(), m.end(), _GOES_ON)]


_MAIN_CLAUSE_AFTER = re.compile(r",\s+[a-z]")

# a line opened by a party's label ("Ruritania: they will watch …", "The Union: …")
_PARTY_LINE = re.compile(r"((?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}):[ \t]+\S")


def _party_line_before(text: str, at: int) -> str | None:
    """The party a line at `at` belongs to: the label opening the line just before it, if any."""
    end = text.rfind("\n", 0, at)
    if end <= 0:
        return None
    m = _PARTY_LINE.match(text, text.rfind("\n", 0, end) + 1, end)
    return m.group(1) if m else None


# a heading that only names hope or expectations as a noun ("A glimmer of hope", "Lower expectations",
# "Managing expectations"): a line of its own that says nothing is looked forward to
_NOUN_HEADING = re.compile(
    r"(?:[\w’'-]+\s+){0,3}(?:of|for|an?|the|some|no|little|high|higher|low|lower|modest|great|new|fresh|faint|"
    r"cautious|tempered|dashed|raised|managing|mixed|rising|slim)\s+(?:hopes?|expectations?)",
    re.I,
)


def _noun_heading(text: str, s: int, e: int) -> bool:
    """Whether the sentence s:e is a line of its own that only names hope or expectations (`_NOUN_HEADING`)."""
    return (s == 0 or text[s - 1] == "\n") and text.startswith("\n", e) and bool(_NOUN_HEADING.fullmatch(text, s, e))


def _deciding(hits: list[Hit]) -> Hit:
    """The term that decides a sentence: the longest, the first of equals; a phrase of time still to come
    ("in the coming weeks", "next month": kind phrase, form plan) not where a verb is, as it says when, not
    what is looked forward to ("agreed to meet in the coming weeks" is a commitment; "will meet next week"
    stays a plan)."""
    if len(hits) > 1 and any(h.hedge.kind == "verb" for h in hits):
        hits = [h for h in hits if not (h.hedge.kind == "phrase" and h.hedge.form == "plan")]
    return max(hits, key=lambda h: (len(h.hedge.term), -h.start))


def extract_expectations(article, quotes: list[dict] | None = None, profile=None) -> list[dict]:
    """One row per expectation sentence of an article."""
    from .profile import load_profile
    from .quotes import extract_quotes, quote_spans

    profile = profile or load_profile()
    text = article.masked
    quotes = quotes if quotes is not None else extract_quotes(article, profile)
    marks = quote_spans(text)
    sentences = _sentences(text, marks)
    excluded = _excluded_spans(text)
    turns = _turns(text, profile) or _dot_turns(text, profile, article.raw)
    put_off: list[bool] = []  # whether the article tells of a plan put off, read when first needed
    rows = []
    # (holder, group, what an agreement and its content told on say, the index of its last sentence, whether
    # the agreement opens a list)
    agreed = None
    for k, (s, e) in enumerate(sentences):
        hits = _hedges_in(text, s, e, excluded) or _goes_on_aim(text, s, e, rows, sentences[max(0, k - 2) : k])
        if not hits or _noun_heading(text, s, e):
            continue
        hit = _as_committed(text, s, _deciding(_background(text, s, hits)))
        if _overtaken(text, s, hit, put_off):
            continue
        term = hit.hedge
        before = sentences[k - 1] if k else None
        turn = next((h for a, b, h in turns if a <= s < b), None)
        paragraph = text.rfind("\n", 0, s) + 1
        # a clause after a semicolon has its own subject ("Doe called Roe; Ruritania warns of …"): read from it
        clause = text.rfind("; ", s, hit.start)
        at = clause + 2 if clause >= 0 and not any(a < clause < b for a, b in marks) else s
        holder, holder_group, voice = _holder(text, at, e, hit, quotes, marks, before, profile, turn, paragraph)
        told_on = (
            agreed is not None
            and agreed[3] == k - 1
            and holder == "reporter"
            and _told_on(text, s, e, hit, agreed[2], agreed[4], marks)
        )
        if told_on:  # "Both sides agreed to set up a working group. The group will meet …": the agreement's
            holder, holder_group, voice = agreed[0], agreed[1], "paraphrase"
            agreed = (*agreed[:2], agreed[2] + " " + text[s:e], k, agreed[4])
        elif term.form == "commitment" and _AGREED.match(article.raw, hit.start) and holder != "reporter":
            agreed = (holder, holder_group, text[s:e], k, _LIST_AHEAD.search(text, s, e) is not None)
        else:
            agreed = None
        negative = term.certainty == "improbable" or _negated(text, s, e)
        rows.append(
            {
                "article_id": article.article_id,
                "start": s,
                "end": e,
                "text": article.raw[s:e],
                "hedge": article.raw[hit.start : hit.end],
                "certainty": term.certainty,
                "form": term.form,
                "modality": term.modality,
                "holder": holder,
                "holder_group": holder_group,
                "voice": voice,
                "topic": " | ".join(_topics(text, s, e, profile)) or "other",
                "polarity": "negative" if negative else "positive",
            }
        )
    return rows


# a joint decision's verb ("agreed to", "agreed on", "agreed Aug. 28 to")
_AGREED = re.compile(r"agree[ds]?\b", re.I)
# how a sentence that tells on an agreement's content opens: a definite noun phrase or a pronoun standing for
# what was agreed ("The group will meet …", "It will involve …")
_BACK_REFERENCE = re.compile(
    r"\s*(?:(?P<np>The|This|These|Its|Their)\s+(?P<words>[^,;:]*?)\s+(?=will\b)|(?:It|They)\s+will\b)"
)
# an agreement that opens a list of what was agreed ("… agreed to the following measures.", "… agreed to:")
_LIST_AHEAD = re.compile(r"(?:\bfollowing\b[^.:;]{0,30}[.:]|:)\s*$")
_PLAIN_WORD = re.compile(r"\w[\w’'-]*")  # a word without the stop or the initial's dots after it
_LIST_ITEM = re.compile(r"[ \t]*[-•·*▪–][ \t]+")


def _told_on(text: str, s: int, e: int, hit: Hit, agreement: str, listed: bool, marks) -> bool:
    """Whether the sentence s:e, held by nobody named, tells on an agreement just before it (`agreement`: its
    sentence and those that told on it already; `listed`, whether it opened a list): a "will" of what is to
    come, no quotation in it, and either an item of the list the agreement opened ("… agreed to the following:" / "- A working group will be set up …")
    or opening with a pronoun or with a definite noun phrase most of whose words the agreement used ("The new working
    group will …", "The first meeting will …" after "… hosting the first meeting in May")."""
    if hit.hedge.form not in ("forecast", "plan", "commitment") or any(a < e and s < b for a, b in marks):
        return False
    if not text[hit.start : hit.end].lower().startswith("will"):
        return False
    line = text.rfind("\n", 0, s) + 1
    if listed and _LIST_ITEM.match(text, line) and not text[line:s].strip(" \t-•·*▪–"):
        return True
    m = _BACK_REFERENCE.match(text, s)
    if m is None or m.end() > hit.end:
        return False
    if not m.group("np"):
        return True
    from .clean import function_words

    small = function_words()
    words = {w.lower() for w in _PLAIN_WORD.findall(m.group("words")) if w.lower() not in small and len(w) > 3}
    said = {w.lower() for w in _PLAIN_WORD.findall(agreement)}
    return bool(words) and 3 * len(words & said) >= 2 * len(words)  # most of them ("the first in-person meeting")


def expectations_table(articles, profile=None):
    """Every expectation of every article, before `judge` (from `analysis.annotate`)."""
    from .annotate import JUDGED, corpus_frames

    table = corpus_frames(articles, profile)["expectations"]
    return table[[c for c in table.columns if c not in JUDGED]]


# --- outcomes and verdicts ------------------------------------------------------

OUTCOME_COLUMNS = (
    "outcome_id",
    "date",
    "topic",
    "status",
    "outcome",
    "origin",
    "article_id",
    "evidence",
    "source_publisher",
    "source_title",
    "source_date",
    "source_url",
    "source_kind",
    "note",
)
# primary: the record of a party to the event (a government readout, transcript, statement or
# order); secondary: a report of it, cited only where no primary record was found.
SOURCE_KINDS = ("primary", "secondary")
VERDICT_COLUMNS = ("article_id", "opening", "outcomes", "verdict", "reason", "judged_by")


def read_outcomes(path) -> list[dict]:
    """A profile's outcome record; ids are unique, dates are dates, every outcome cites a source outside
    the articles (publisher, title, date, address and kind), and a secondary source says why in `note`."""
    from .errors import ProfileError
    from .profile import parse_date, read_table

    rows, seen = [], set()
    for r in read_table(path, OUTCOME_COLUMNS):
        if not r["outcome_id"] or r["outcome_id"] in seen:
            raise ProfileError(path, r["_line"], "outcome_id", "empty or used twice")
        seen.add(r["outcome_id"])
        parse_date(path, r, "date")
        if r["origin"] not in ("outside", "corpus"):
            raise ProfileError(path, r["_line"], "origin", f"{r['origin']!r}: outside or corpus")
        for col in ("source_publisher", "source_title", "source_date"):
            if not r[col].strip():
                raise ProfileError(path, r["_line"], col, "empty: every outcome cites a source outside the articles")
        if not r["source_url"].startswith(("https://", "http://")):
            raise ProfileError(path, r["_line"], "source_url", f"{r['source_url']!r} is not a web address")
        if r["source_kind"] not in SOURCE_KINDS:
            raise ProfileError(
                path, r["_line"], "source_kind", f"{r['source_kind']!r}: one of {', '.join(SOURCE_KINDS)}"
            )
        if r["source_kind"] == "secondary" and not r["note"].strip():
            raise ProfileError(path, r["_line"], "note", "a secondary source says why no primary record is cited")
        if not r["source_date"].startswith("undated"):  # a source page without a date says so
            parse_date(path, r, "source_date", required=False)
        rows.append({k: v for k, v in r.items() if k != "_line"})
    return rows


def read_verdicts(path, outcome_ids: set[str]) -> tuple[dict, ...]:
    """A profile's recorded verdicts; every outcome they name exists, every verdict is on the scale."""
    from .errors import ProfileError
    from .profile import read_table

    rows = []
    for r in read_table(path, VERDICT_COLUMNS):
        for o in (x.strip() for x in r["outcomes"].split("|")):
            if o and o not in outcome_ids:
                raise ProfileError(path, r["_line"], "outcomes", f"unknown outcome {o!r}")
        if r["verdict"] not in VERDICTS:
            raise ProfileError(path, r["_line"], "verdict", f"{r['verdict']!r}: one of {', '.join(VERDICTS)}")
        rows.append({k: v for k, v in r.items() if k != "_line"})
    return tuple(rows)


def _profile(profile):
    from .profile import load_profile

    return profile or load_profile()


def outcomes_table(profile=None):
    import pandas as pd

    return pd.DataFrame(list(_profile(profile).outcomes), columns=list(OUTCOME_COLUMNS))


def phase_of(published, profile=None) -> str:
    """The publication phase (the profile's phases.csv) a date falls in."""
    import datetime as dt

    if published is None or published != published:  # None, NaN or NaT
        return "undated"
    if isinstance(published, dt.datetime):
        day = published.date()
    elif isinstance(published, dt.date):
        day = published
    else:
        import pandas as pd

        if pd.isna(published):
            return "undated"
        day = pd.Timestamp(published).date()
    for row in _profile(profile).phases:
        if row["start"] <= day <= row["end"]:
            return row["phase"]
    return "other"


def judge(expectations, articles=None, profile=None):
    """Add candidate outcomes (by rule), then the recorded verdict of each expectation.

    Candidate outcomes come from the profile's `expectation_rules.csv` (topic
    → outcomes). Verdicts come from its `verdicts.csv`, a human reading that
    names the outcomes it rests on and gives its reason; an expectation with no
    recorded reading gets the verdict "not judged".
    """
    profile = _profile(profile)
    rules = profile.rules
    verdicts = profile.verdicts
    published = {a.article_id: a.published for a in articles} if articles else {}
    out = expectations.copy()
    candidates, chosen, verdict, reason, judged_by, phase = [], [], [], [], [], []
    for row in out.itertuples():
        cands = []
        for topic in row.topic.split(" | "):
            cands += [o for o in rules.get(topic, []) if o not in cands]
        candidates.append(" | ".join(cands))
        match = [v for v in verdicts if v["article_id"] == row.article_id and row.text.startswith(v["opening"])]
        if match:
            chosen.append(match[0]["outcomes"])
            verdict.append(match[0]["verdict"])
            reason.append(match[0]["reason"])
            judged_by.append(match[0]["judged_by"])
        else:
            chosen.append("")
            verdict.append("not judged")
            reason.append("no human reading recorded; see candidate_outcomes")
            judged_by.append("")
        phase.append(phase_of(published.get(row.article_id), profile))
    out["phase"] = phase
    out["candidate_outcomes"] = candidates
    out["outcomes"] = chosen
    out["verdict"] = verdict
    out["reason"] = reason
    out["judged_by"] = judged_by
    return out


def load_verdict_codebook() -> tuple[dict, ...]:
    """The verdict codebook (`resources/verdict_codebook.csv`): what is judged, the scale, the rules."""
    from .profile import read_table

    return tuple(read_table(paths.RESOURCES / "verdict_codebook.csv", ("kind", "name", "text", "example")))


# the scale of the codebook, then a statement the codebook does not judge, then one with no recorded reading
VERDICTS = [r["name"] for r in load_verdict_codebook() if r["kind"] == "scale"] + ["not an expectation", "not judged"]
