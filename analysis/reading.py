"""An article rendered as HTML with the machine's reading marked in the text.

Each layer uses a plain HTML element that survives GitHub's sanitiser (which
drops style attributes and style sheets) and is followed by a superscript
that opens with its own symbol, so the reading stays legible with every style
stripped; colour is added where inline styles are kept (JupyterLab):

- quotes: ``<mark>`` (coloured by the speaker's group), then ``<sup>`` with
  "❝" and the speaker;
- indirect speech: no element of its own (a highlight would read as a
  quotation), the speaker in ``<sup>`` with "≈" at its end;
- date expressions: ``<ins>``, then ``<sup>`` with "⏱" and the resolved range
  (also in the ``title``, shown on hover);
- issue terms: ``<strong>``, then ``<sup>`` with "§" and the issue;
- expectations: ``<em>``, then ``<sup>`` with "→" and their certainty;
- removed boilerplate: ``<del>`` (struck through), then ``<sup>`` with "✂"
  and the reason.

Overlapping spans are cut at every boundary, so the tags always nest.
"""

from __future__ import annotations

import html

UNKNOWN_COLOUR = "#eeeeee"


def pastel(colour: str, share: float = 0.25) -> str:
    """`colour` (#rrggbb) mixed with white, light enough to read black text on."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in rgb)


def group_colours(profile=None) -> dict:
    """Background colour of each actor group of the event profile (pastel of its colour)."""
    from .profile import load_profile

    return {group: pastel(c) for group, c in (profile or load_profile()).groups.items()}


def _layers(article, quotes, times, issues, expectations):
    spans = []
    for q in quotes:
        spans.append((q["start"], q["end"], "indirect" if q["kind"] == "indirect" else "quote", q))
    for t in times:
        spans.append((t["start"], t["end"], "date", t))
    for i in issues:
        spans.append((i["start"], i["end"], "issue", i))
    for e in expectations:
        spans.append((e["start"], e["end"], "expectation", e))
    for s in article.removed:
        spans.append((s.start, s.end, "removed", s._asdict()))
    return spans


ORDER = ["removed", "expectation", "indirect", "quote", "date", "issue"]
SYMBOLS = {"quote": "❝", "indirect": "≈", "date": "⏱", "issue": "§", "expectation": "→", "removed": "✂"}


def _open(kind, data, colours) -> str:
    if kind == "indirect":
        return ""
    if kind == "quote":
        colour = colours.get(data.get("speaker_group"), UNKNOWN_COLOUR)
        who = data.get("speaker") or "no speaker"
        return f'<mark title="{html.escape(who)}" style="background:{colour}">'
    if kind == "date":
        when = _range(data)
        return f'<ins title="{html.escape(when)}" style="text-decoration:underline dotted">'
    if kind == "issue":
        return f'<strong title="{html.escape(data["issue"])}">'
    if kind == "expectation":
        return f'<em title="{html.escape(data["certainty"])}">'
    return f'<del title="{html.escape(data["reason"])}" style="color:#999">'


CLOSE = {
    "indirect": "",
    "quote": "</mark>",
    "date": "</ins>",
    "issue": "</strong>",
    "expectation": "</em>",
    "removed": "</del>",
}


def _range(t) -> str:
    start, end = t.get("resolved_start"), t.get("resolved_end")
    if not start:
        return "unresolved"
    start, end = str(start)[:10], str(end)[:10]
    return start if start == end else f"{start} – {end}"


def _label(kind, data) -> str:
    if kind in ("quote", "indirect"):
        text = data.get("speaker") or "no speaker"
    elif kind == "date":
        text = _range(data)
    elif kind == "issue":
        text = data["issue"]
    elif kind == "expectation":
        text = data["certainty"]
    else:
        text = f"removed: {data['reason']}"
    return f"<sup>[{SYMBOLS[kind]} {html.escape(str(text))}]</sup>"


def render_article(article, quotes=(), times=(), issues=(), expectations=(), profile=None, label=None) -> str:
    """The article's raw text as HTML, every annotation marked (see module doc)."""
    colours = group_colours(profile)
    spans = _layers(article, quotes, times, issues, expectations)
    raw = article.raw
    cuts = sorted({0, len(raw)} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        active = sorted(
            [(k, d, s, e) for s, e, k, d in spans if s <= a and b <= e], key=lambda x: (ORDER.index(x[0]), x[2], -x[3])
        )
        text = html.escape(raw[a:b]).replace("\n", "<br>\n")
        opened = "".join(_open(k, d, colours) for k, d, _, _ in active)
        closed = "".join(CLOSE[k] for k, _, _, _ in reversed(active))
        labels = "".join(_label(k, d) for k, d, _, e in active if e == b)
        parts.append(f"{opened}{text}{closed}{labels}")
    legend = (
        "<p><small><mark>quotation</mark><sup>[❝ speaker]</sup> · indirect speech<sup>[≈ speaker]</sup> · "
        "<ins>date</ins><sup>[⏱ resolved]</sup> · <strong>issue term</strong><sup>[§ issue]</sup> · "
        "<em>expectation</em><sup>[→ certainty]</sup> · <del>removed</del><sup>[✂ removed: reason]</sup>"
        "</small></p>"
    )
    title = f"<h4>{html.escape(label or article.article_id)}</h4>"
    return f'{title}{legend}<div style="line-height:1.7">{"".join(parts)}</div>'


def reading_view(article, profile=None, label=None):
    """The annotated article, ready to display in a notebook, headed by `label` (else its id)."""
    from IPython.display import HTML

    from .chronology import expression_rows
    from .expectations import extract_expectations
    from .framing import issue_mentions
    from .profile import load_profile
    from .quotes import extract_quotes

    profile = profile or load_profile()
    quotes = extract_quotes(article, profile)
    times = expression_rows(article, article.published, article.date_source, profile.events)
    return HTML(
        render_article(
            article,
            quotes,
            times,
            issue_mentions(article, quotes, profile),
            extract_expectations(article, quotes, profile),
            profile,
            label,
        )
    )
