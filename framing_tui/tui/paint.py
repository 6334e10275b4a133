"""Styling one block of the article: sentence tints, quotes, findings, selection and cursor.

The article text enters as `rich.text.Text` built from the visible() form of the block and
is styled by offsets only; it is never read as markup. Each finding's span also carries a
click action (`pick(k)`, k an integer index) so a mouse click opens its explanation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from rich.style import Style
from rich.text import Text

from ..engine.report import Sentence
from .layout import display_text
from .model import Analysis, Lens, spans_between
from .palette import MARK_BOILERPLATE, MARK_CURSOR, MARK_OPINION, MARK_REPORTED, Palette

# The kinds of block that are not the story itself, shown dimmed under a small label.
ASIDE_KINDS = frozenset({"byline", "caption", "bio", "promo"})


def block_label(kind: str) -> str:
    return kind if kind in ASIDE_KINDS else ""


def paint_block(analysis: Analysis, b: int, lens: Lens, pal: Palette) -> Text:
    """Block `b` of the report as styled Text, its offsets those of the block."""
    report = analysis.report
    block = report.blocks[b]
    a0, b0 = block.start, block.end
    text = Text(display_text(report.text, a0, b0), end="", no_wrap=True)
    if block.kind == "headline":
        text.stylize("bold")
    elif block.kind in ASIDE_KINDS:
        text.stylize(pal.sentence("boilerplate"))

    def local(start: int, end: int) -> tuple[int, int]:
        return max(start, a0) - a0, min(end, b0) - a0

    for s in _sentences_in(analysis, a0, b0):
        if s.label == "opinion" and "opinion" in lens.layers:
            text.stylize(pal.sentence("opinion"), *local(s.start, s.end))
        elif s.label == "reported" and "attribution" in lens.layers:
            text.stylize(pal.sentence("reported"), *local(s.start, s.end))
        elif s.label == "boilerplate":
            text.stylize(pal.sentence("boilerplate"), *local(s.start, s.end))
    if "attribution" in lens.layers:
        for k in analysis.quotes_in[b]:
            q = report.quotes[k]
            if q.kind == "direct":
                text.stylize(pal.quote, *local(q.start, q.end))
    if "frames" in lens.layers:
        spans = analysis.frame_spans
        for s, e in spans_between(spans, [x[0] for x in spans], _LONGEST_CUE, a0, b0):
            text.stylize(pal.frame, *local(s, e))
    for k in analysis.findings_in[b]:
        f = analysis.marks[k]
        if lens.shows(f):
            text.stylize(pal.finding(f.category, f.voice), *local(f.start, f.end))
            text.stylize(Style(meta={"@click": f"pick({k})"}), *local(f.start, f.end))
    if lens.focus is not None:
        spans = lens.focus.spans
        longest = max((e - s for s, e in spans), default=0)
        for s, e in spans_between(spans, [x[0] for x in spans], longest, a0, b0):
            text.stylize(pal.focus, *local(s, e))
    if lens.cursor is not None and lens.cursor[0] < b0 and lens.cursor[1] > a0:
        text.stylize(pal.cursor, *local(*lens.cursor))
    return text


# Frame cues are words or short phrases; 64 characters is a generous bound for the lookup.
_LONGEST_CUE = 64


def _sentences_in(analysis: Analysis, a: int, b: int) -> Iterator[Sentence]:
    starts = analysis.sentence_starts
    lo = max(0, bisect_right(starts, a) - 1)
    hi = bisect_left(starts, b)
    for s in analysis.report.sentences[lo:hi]:
        if s.end > a:
            yield s


def gutter_mark(analysis: Analysis | None, lens: Lens, pal: Palette, start: int, end: int) -> Text:
    """The two-cell mark left of a row covering [start, end) of the text."""
    if analysis is None:
        return Text("  ", end="")
    cursor = lens.cursor
    if cursor is not None and start <= cursor[0] < max(end, start + 1):
        return Text(MARK_CURSOR + " ", style=pal.cursor_mark, end="")
    labels = {s.label for s in _sentences_in(analysis, start, max(end, start + 1))}
    if "opinion" in labels and "opinion" in lens.layers:
        return Text(MARK_OPINION + " ", style="bold " + pal.label("opinion"), end="")
    if "reported" in labels and "attribution" in lens.layers:
        return Text(MARK_REPORTED + " ", style=pal.label("reported"), end="")
    if labels == {"boilerplate"}:
        return Text(MARK_BOILERPLATE + " ", style="dim", end="")
    return Text("  ", end="")
