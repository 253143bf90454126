"""The annotated reading view: valid nesting, every layer present, text intact."""

import html
import re
from html.parser import HTMLParser

from analysis.chronology import expression_rows
from analysis.expectations import extract_expectations
from analysis.framing import issue_mentions
from analysis.quotes import extract_quotes
from analysis.reading import render_article


class Nesting(HTMLParser):
    VOID = {"br"}

    def __init__(self):
        super().__init__()
        self.stack, self.ok, self.text = [], True, []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False


def render(a):
    q = extract_quotes(a)
    return render_article(
        a, q, expression_rows(a, a.published, a.date_source), issue_mentions(a, q), extract_expectations(a, q)
    )


def test_tags_nest_and_close(seeds):
    for a in seeds.values():
        parser = Nesting()
        parser.feed(render(a))
        assert parser.ok and not parser.stack, a.article_id


def test_every_layer_is_marked(seeds):
    page = render(seeds["003_c83581e6d6dbe7fc"])
    assert "<mark" in page and "[❝ Antony Blinken]" in page  # quote and speaker
    assert 'title="2021-08-01 – 2021-08-31"' in page  # date with its range ("in August 2021")
    assert "<strong" in page and "<em" in page  # issue term, expectation
    assert "<del" in page and "removed: aggregator block" in page  # struck-through debris


def test_the_article_text_survives(seeds):
    a = seeds["001_ff0e59e9999274ec"]
    page = render(a)
    body = re.sub(r"<su[bp]>.*?</su[bp]>", "", page.split('<div style="line-height:1.7">', 1)[1])
    text = html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\n", "")
    assert text == a.raw.replace("\n", "")


def _sanitised(page: str) -> str:
    """What GitHub's sanitiser leaves: no <style> element, no style attribute."""
    page = re.sub(r"<style.*?</style>", "", page, flags=re.S)
    return re.sub(r'\sstyle="[^"]*"', "", page)


def test_every_layer_stays_legible_with_styles_stripped(seeds):
    page = _sanitised(render(seeds["003_c83581e6d6dbe7fc"]))
    assert "style=" not in page
    marks = {
        "quote": r"<mark[^>]*>[^<]+</mark><sup>\[❝ [^\]]+\]</sup>",
        "indirect speech": r"<sup>\[≈ [^\]]+\]</sup>",
        "date": r"<ins[^>]*>[^<]+</ins><sup>\[⏱ [^\]]+\]</sup>",
        "issue": r"<strong[^>]*>[^<]+</strong><sup>\[§ [^\]]+\]</sup>",
        "expectation": r"</em><sup>\[→ (?:certain|probable|possible|improbable)\]</sup>",
        "removed": r"</del><sup>\[✂ removed: [^\]]+\]</sup>",
    }
    for layer, pattern in marks.items():
        assert re.search(pattern, page), layer
    legend = page.split("</p>", 1)[0]
    for symbol in ("❝", "≈", "⏱", "§", "→", "✂"):
        assert symbol in legend
