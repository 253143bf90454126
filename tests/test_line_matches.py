"""`chronology.line_matches` gives the matches `finditer` gives for the patterns that open with `^` (re.M),
trying them only where a line begins."""

import re
from pathlib import Path

import pytest

from analysis import paths
from analysis.chronology import DATELINE, STAMP_LINE, line_matches
from analysis.corpus import read_article

MADE_UP = [
    "Published June 19, 2023\nBEIJING, June 19 (Agency) - The envoy arrived.\n  Updated 20 June 2023 09:49 PM\n",
    "\n\nJune 19, 2023\n\nJune 20, 2023",
    "Text first. June 19, 2023\nWASHINGTON, Feb. 5 — Talks.",
    "",
    "no stamp here\n",
]
# a pattern whose match runs over a line break: the next line start inside the match is passed over
ACROSS = re.compile(r"^a\nb", re.M)


def _texts():
    files = sorted(Path(paths.SEEDS).glob("*.txt")) + sorted((paths.ROOT / "evaluation" / "articles").glob("*.txt"))
    return MADE_UP + [read_article(f).raw for f in files]


@pytest.mark.parametrize("pattern", [STAMP_LINE, DATELINE, ACROSS], ids=["stamp", "dateline", "across"])
def test_the_matches_finditer_gives(pattern):
    for text in _texts() + ["a\nb\nb\na\nb", "xa\nb\na\nb"]:
        for pos, endpos in ((0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text)), (1, len(text) - 1)):
            if pos > endpos:
                continue
            got = [m.span() for m in line_matches(pattern, text, pos, endpos)]
            assert got == [m.span() for m in pattern.finditer(text, pos, endpos)], (text[:40], pos, endpos)


def test_defaults_read_the_whole_text():
    text = MADE_UP[0]
    assert [m.group().strip() for m in line_matches(STAMP_LINE, text)] == [
        "Published June 19, 2023",
        "Updated 20 June 2023 09:49 PM",
    ]
