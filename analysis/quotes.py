"""Who speaks: actors, and quotes as spans of an article's raw text.

Three kinds of quote are found:

- ``direct``: a full sentence or more in quotation marks, introduced by a
  comma or colon or standing on its own ("…," said Jane Doe);
- ``partial``: a phrase in quotation marks inside the reporter's sentence
  (the US is "abusing export controls");
- ``indirect``: a sentence with a reporting verb and a speaker, without a
  direct quote (Jane Doe … said the ministry will surely deny …). Its span is
  the sentence.

Attribution looks, in order: right after the closing mark ("…," he said /
"…," said X / "…," Doe said), then back in the same sentence for a
reporting verb and the actor in front of it (an apposition such as "Jane
Doe, a professor …, said" is skipped over; a participle such as "…,
saying" or "telling" takes the sentence's subject). A pronoun speaker is the
first person named outside quotation marks in the nearest sentence before
that names one. A direct quote with no attribution that opens its paragraph
or follows another quote belongs to the last speaker. A partial quote with
no reporting verb keeps no speaker: scare quotes are nobody's words.

Actors and the words that name them are data: an event profile's `actors.csv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import paths, scan
from .text import sentence_spans


def _reporting_verbs() -> tuple[str, set[str]]:
    """The verbs of `resources/reporting_verbs.csv` as one alternation, and the participles among them."""
    from .profile import read_table

    rows = read_table(paths.RESOURCES / "reporting_verbs.csv", ("verb", "form"))
    return "|".join(r["verb"] for r in rows), {r["verb"] for r in rows if r["form"] == "participle"}


CUES, PARTICIPLES = _reporting_verbs()
CUE = re.compile(rf"\b(?:{CUES})\b")
AUX = r"(?:(?:which|who|that|has|have|had|also|immediately|recently|later|repeatedly|long|continued to|however,?)\s+)*"
# what may stand between a speaker and the reporting verb
BETWEEN = re.compile(rf"^(?:,[^,.;“”\"]{{2,160}},|\s+from(?: the)? [A-Z][\w.]*(?: (?:[A-Z][\w.]*|of))*)?\s+{AUX}$")
ACCORDING = re.compile(r"\baccording to (?:reports from )?", re.I)
NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b")


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    role: str
    affiliation: str
    group: str


ACTOR_COLUMNS = ("actor", "variants", "kind", "role", "affiliation", "group")
ACTOR_KINDS = ("person", "institution", "unnamed")


def read_actors(path, groups: set[str] | None = None) -> tuple[dict[str, Actor], re.Pattern, dict[str, str]]:
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
    pattern = re.compile(rf"(?<![\w-])(?:{scan.one_of(written)})(?![\w-])")
    return actors, pattern, variants


def load_actors(profile=None) -> tuple[dict[str, Actor], re.Pattern, dict[str, str]]:
    """The actors of `profile` (default: the default event profile), as `read_actors` gives them."""
    from .profile import load_profile

    p = profile or load_profile()
    return p.actors, p.actor_pattern, p.variants


def _variant_actor(text: str, variants: dict[str, str]) -> str | None:
    if text in variants:
        return variants[text]
    if text.startswith("The "):
        return variants.get("the " + text[4:])
    return None


_MARKS = re.compile(r'[“”"\n]')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each double-quoted passage, marks included, within a line.

    A quotation opens at “ or at a straight " when none is open (a later “
    opens it anew) and closes at ” or the next "; a line break ends any.
    """
    spans, open_at = [], None
    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
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
    return spans


# a single-quoted phrase: an opening mark not right after a letter or mark (the
# look-behind checks the character before the mark, once the mark is found)
_SINGLE = re.compile(r"['‘](?<![\w’'].)([A-Za-z][^'’\n]{0,60}?[A-Za-z])['’](?![\w])")


def scare_spans(text: str, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted phrases ('core interests') outside double quotes."""
    out = []
    for m in _SINGLE.finditer(text):
        if not any(s <= m.start() < e for s, e in inside):
            out.append(m.span())
    return out


def _sentences(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans that never split inside a quotation or after a title."""
    return sentence_spans(text, protected=quotes, abbreviations=True)


@lru_cache(maxsize=4)
def _layout(masked: str, pattern: re.Pattern) -> tuple[tuple, tuple, tuple, tuple]:
    """Quotations, scare quotes, sentences and actor mentions of a text, found once."""
    quotes = quote_spans(masked)
    index = scan.index(masked)
    mentions = [
        (m.start(), m.end(), m.group())
        for m in index.finditer(pattern)
        if not any(s < m.start() < e for s, e in quotes)
    ]
    return tuple(quotes), tuple(scare_spans(masked, quotes)), tuple(_sentences(masked, quotes)), tuple(mentions)


class Extractor:
    """Quote extraction over one article's masked text (offsets index raw)."""

    def __init__(self, masked: str, profile=None):
        self.text = masked
        self.index = scan.index(masked)
        self.actors, self.pattern, self.variants = load_actors(profile)
        self.quotes, self.scare, self.sentences, self.mentions = _layout(masked, self.pattern)
        self.rows: list[dict] = []

    def _in_quote(self, pos: int) -> bool:
        return any(s < pos < e for s, e in self.quotes)

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in self.sentences if s <= pos < e), (pos, pos))

    def _actor_at(self, start: int, end: int) -> str | None:
        return _variant_actor(self.text[start:end], self.variants)

    # --- speakers -----------------------------------------------------------

    def _pronoun(self, pos: int, word: str) -> str | None:
        """The first person (or, for 'it', institution) named in the nearest earlier sentence."""
        want = ("institution",) if word.lower() == "it" else ("person",)
        s0, _ = self._sentence_of(pos)
        for s, e in reversed([x for x in self.sentences if x[1] <= s0] + [(s0, pos)]):
            found = [self._actor_at(a, b) for a, b, _ in self.mentions if s <= a < e]
            found = [f for f in found if f and self.actors[f].kind in want]
            if found:
                return found[0]
        return None

    def _speaker_before_cue(self, sent_start: int, cue_start: int, cue: str) -> str | None:
        if cue in PARTICIPLES:
            for row in reversed(self.rows):
                if sent_start <= row["start"] < cue_start and row["speaker"]:
                    return row["speaker"]
            subject = [m for m in self.mentions if sent_start <= m[0] < cue_start]
            pron = re.match(r"\s*[“\"]?.*?(?:^|\s)(He|She|It)\s", self.text[sent_start:cue_start])
            if subject:
                return self._actor_at(subject[0][0], subject[0][1])
            if pron:
                return self._pronoun(sent_start, pron.group(1))
            return None
        candidates = [m for m in self.mentions if sent_start <= m[0] and m[1] <= cue_start]
        for a, b, _ in reversed(candidates):
            if BETWEEN.match(self.text[b:cue_start]):
                return self._actor_at(a, b)
        for m in reversed(list(NAME.finditer(self.text, sent_start, cue_start))):
            if BETWEEN.match(self.text[m.end() : cue_start]) and not _variant_actor(m.group(), self.variants):
                return m.group()  # a person the actor list does not know
        pron = re.search(rf"\b(he|she|it|He|She|It)\s+{AUX}$", self.text[sent_start:cue_start])
        if pron:
            return self._pronoun(sent_start, pron.group(1))
        return None

    def _attribute_after(self, end: int) -> tuple[str | None, str | None]:
        after = self.text[end : end + 160]
        m = re.match(rf"^[,\s]*({CUES})\s+", after)
        if m:
            stop = re.search(r"[,.;]|$", after[m.end() :]).start() + m.end()
            found = [x for x in self.mentions if end + m.end() <= x[0] < end + stop]
            names = [self._actor_at(a, b) for a, b, _ in found]
            persons = [n for n in names if n and self.actors[n].kind == "person"]
            if persons or names:
                return (persons or names)[-1] if persons else names[0], m.group(1)
        m = re.match(rf"^[,\s]*(he|she|they|it)\s+{AUX}({CUES})\b", after, re.I)
        if m:
            return self._pronoun(end, m.group(1)), m.group(2)
        for a, b, _ in self.mentions:
            if a >= end and a - end <= 4 and re.match(r"^[,\s]*$", self.text[end:a]):
                m = re.match(rf"^\s+{AUX}({CUES})\b", self.text[b : b + 40])
                if m:
                    return self._actor_at(a, b), m.group(1)
        return None, None

    def _attribute_before(self, start: int) -> tuple[str | None, str | None]:
        s0, _ = self._sentence_of(start)
        cues = [m for m in self.index.finditer(CUE, s0, start) if not self._in_quote(m.start())]
        if not cues:
            return None, None
        cue = cues[-1]
        return self._speaker_before_cue(s0, cue.start(), cue.group()), cue.group()

    # --- passes ---------------------------------------------------------------

    def extract(self) -> list[dict]:
        spans = sorted([(s, e, "double") for s, e in self.quotes] + [(s, e, "single") for s, e in self.scare])
        found = []
        for s, e, marks in spans:
            inner = self.text[s + 1 : e - 1].strip()
            if not inner:
                continue
            s0, _ = self._sentence_of(s)
            lead = self.text[s0:s].strip()
            direct = (
                marks == "double"
                and (inner[0].isupper() or inner[0].isdigit())
                and (lead == "" or lead.endswith((",", ":")))
                and len(inner.split()) >= 3
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
        self._indirect([s for s, _, direct in found if direct])
        prev_end = None
        for s, e, direct in found:
            speaker, cue = self._attribute_after(e)
            if speaker is None:
                speaker, cue = self._attribute_before(s)
            if speaker is None and cue:  # "The ministry has long insisted … and warned against …"
                speaker = self._sentence_speaker(s)
            if speaker is None and direct:
                s0, _ = self._sentence_of(s)
                line_start = self.text.rfind("\n", 0, s) + 1
                opens_paragraph = self.text[line_start:s].strip() == "" or self.text[s0:s].strip() == ""
                follows_quote = prev_end is not None and (self.text[prev_end:s].strip() == "" or line_start < prev_end)
                if opens_paragraph or follows_quote:
                    speaker, cue = self._last_speaker(s), None
            self.rows.append(self._row(s, e, "direct" if direct else "partial", speaker, cue))
            prev_end = e
        self.rows.sort(key=lambda r: (r["start"], r["kind"]))
        return self.rows

    def _last_speaker(self, pos: int) -> str | None:
        before = [r for r in self.rows if r["start"] < pos and r["speaker"]]
        return max(before, key=lambda r: r["start"])["speaker"] if before else None

    def _sentence_speaker(self, pos: int) -> str | None:
        s0, e0 = self._sentence_of(pos)
        return next((r["speaker"] for r in self.rows if r["kind"] == "indirect" and r["start"] == s0), None)

    def _indirect(self, direct_starts: list[int]) -> None:
        # only sentences with a reporting verb or "according to" can hold indirect speech
        maybe = sorted(
            set(self.index.ranges_with(CUE, self.sentences)) | set(self.index.ranges_with(ACCORDING, self.sentences))
        )
        for s, e in (self.sentences[k] for k in maybe):
            if any(s <= d < e for d in direct_starts):
                continue
            speaker, cue = None, None
            for c in self.index.finditer(CUE, s, e):
                if self._in_quote(c.start()):
                    continue
                speaker = self._speaker_before_cue(s, c.start(), c.group())
                if speaker is None:  # inverted: ", said Jane Doe, …"
                    after = [x for x in self.mentions if c.end() < x[0] <= c.end() + 2]
                    if (
                        after
                        and re.search(r",\s*$", self.text[s : c.start()])
                        and re.match(r"\s*(?:[,.]|$)", self.text[after[0][1] :])
                    ):
                        speaker = self._actor_at(after[0][0], after[0][1])
                if speaker:
                    cue = c.group()
                    break
            m = self.index.search(ACCORDING, s, e) if speaker is None else None
            if m:
                after = [x for x in self.mentions if m.end() <= x[0] < m.end() + 30]
                if after:
                    speaker, cue = self._actor_at(after[0][0], after[0][1]), "according to"
            if speaker:
                self.rows.append(self._row(s, e, "indirect", speaker, cue))

    def _row(self, start, end, kind, speaker, cue) -> dict:
        actor = self.actors.get(speaker) if speaker else None
        group = actor.group if actor else ("not in actor list" if speaker else None)
        return {"start": start, "end": end, "kind": kind, "speaker": speaker, "speaker_group": group, "cue": cue}


def extract_quotes(article, profile=None) -> list[dict]:
    rows = Extractor(article.masked, profile).extract()
    return [{"article_id": article.article_id, **r, "text": article.raw[r["start"] : r["end"]]} for r in rows]


def quotes_table(articles, profile=None):
    """Every quote of every article (the `quotes` table of `analysis.annotate`)."""
    from .annotate import corpus_frames

    return corpus_frames(articles, profile)["quotes"]
