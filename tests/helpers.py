"""What several test files share: reading made-up texts through the package and checking the spans it gives
back against the raw text."""

from analysis import read_article
from analysis.clean import find_boilerplate
from analysis.dates import find_expressions, resolve
from analysis.expectations import extract_expectations
from analysis.quotes import extract_quotes

# --- dates -------------------------------------------------------------------------------------------------


def dates_in(text, anchor):
    """(text, start, end) of each expression of `text`, resolved against `anchor`."""
    return [(e.text, *resolve(e, anchor)[:2]) for e in find_expressions(text)]


def one_date(text, anchor):
    exprs = dates_in(text, anchor)
    assert len(exprs) == 1, exprs
    return exprs[0]


# --- page debris -------------------------------------------------------------------------------------------

PARA_1 = (
    "The two ministers met for five hours on Sunday and agreed that their teams would keep talking about trade, "
    "visas and the flights between the two capitals."
)
PARA_2 = (
    "Officials on both sides said the meeting had been frank, and that a second round could take place in the "
    "autumn if the first steps were taken."
)
PARA_3 = "Neither side said when the next meeting would be held, and the statements issued afterwards were brief."


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def kept(raw: str, line: str) -> bool:
    start = raw.index(line)
    return not any(s.start < start + len(line) and s.end > start for s in find_boilerplate(raw))


# --- expectations ------------------------------------------------------------------------------------------


def expectation_rows(tmp_path, text, quotes=()):
    p = tmp_path / "a.txt"
    p.write_text(text + "\n", encoding="utf-8")
    article = read_article(p)
    rows = extract_expectations(article, list(quotes))
    for r in rows:
        assert article.raw[r["start"] : r["end"]] == r["text"]
    return rows


# --- speakers ----------------------------------------------------------------------------------------------


def quotes(tmp_path, body: str, name: str = "made-up") -> list[dict]:
    p = tmp_path / f"{name}.txt"
    p.write_text(" date 2023-03-01 A made-up report\n" + body, encoding="utf-8")
    a = read_article(p)
    rows = extract_quotes(a)
    for r in rows:
        assert a.raw[r["start"] : r["end"]] == r["text"]
    return rows


def indirect(rows) -> dict[str, str | None]:
    """First words of each indirect row of `quotes` → its speaker."""
    return {" ".join(r["text"].split()[:3]): r["speaker"] for r in rows if r["kind"] == "indirect"}
