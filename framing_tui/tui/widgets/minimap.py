"""A strip beside the article showing where opinion and loaded language cluster along it.

Each row stands for an equal stretch of the text: the first column shades how much of it
is the author's opinion (░▒▓█), the second marks loaded, partisan and editorial words
(· • ●), the third shows what is on screen (│) and the cursor (◀). Click a row to go there.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Region
from textual.message import Message
from textual.reactive import var
from textual.strip import Strip
from textual.widget import Widget

from ...engine.report import BIAS_CATEGORIES
from ..model import Analysis, Lens
from ..palette import palette

SHADES = " ░▒▓█"
DOTS = " ·•●"


class Minimap(Widget):
    DEFAULT_CSS = """
    Minimap { width: 3; height: 1fr; }
    """

    analysis: var[Analysis | None] = var(None, always_update=True)
    lens: var[Lens] = var(Lens())
    viewport: var[tuple[int, int]] = var((0, 0))

    @dataclass
    class Jump(Message):
        offset: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.tooltip = "Where opinion (left) and loaded words (right) cluster. Click to jump."
        self._cache: tuple[object, list[float], list[int]] | None = None
        self._base: Style | None = None

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base = None

    def _density(self, height: int) -> tuple[list[float], list[int]]:
        analysis, lens = self.analysis, self.lens
        assert analysis is not None
        key = (id(analysis), height, lens.disabled)
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1], self._cache[2]
        report = analysis.report
        size = max(1, len(report.text))
        per_row = size / height
        opinion = [0.0] * height
        for s in report.sentences:
            if s.label != "opinion":
                continue
            first, last = (
                int(s.start / per_row),
                min(height - 1, int(max(s.start, s.end - 1) / per_row)),
            )
            for r in range(first, last + 1):
                lo, hi = r * per_row, (r + 1) * per_row
                opinion[r] += max(0.0, min(s.end, hi) - max(s.start, lo)) / per_row
        loaded = [0] * height
        for f in report.findings:
            if f.category in BIAS_CATEGORIES and f.rule not in lens.disabled:
                loaded[min(height - 1, int(f.start / per_row))] += 1
        self._cache = (key, opinion, loaded)
        return opinion, loaded

    def render_line(self, y: int) -> Strip:
        """One row: drawn from Segments directly (a whole-widget Text costs ~15 ms a frame)."""
        width, height = self.size
        if self._base is None:
            self._base = self.rich_style
        base = self._base
        if self.analysis is None or height <= 0 or y >= height:
            return Strip.blank(width, base)
        pal = palette(self.lens.dark)
        opinion, loaded = self._density(height)
        size = max(1, len(self.analysis.report.text))
        lo, hi = y * size / height, (y + 1) * size / height
        top, bottom = self.viewport
        cursor = self.lens.cursor
        # Round up, so one short opinion sentence in a long stretch still shows.
        shade = SHADES[ceil(min(opinion[y], 1.0) * (len(SHADES) - 1))]
        dot = DOTS[min(loaded[y], len(DOTS) - 1)]
        if cursor is not None and lo <= cursor[0] < hi:
            mark, mark_style = "◀", pal.cursor_mark
        elif hi > top and lo < bottom:
            mark, mark_style = "│", "dim"
        else:
            mark, mark_style = " ", ""
        segments = [
            Segment(shade, base + Style.parse(pal.label("opinion"))),
            Segment(dot, base + Style.parse("bold " + pal.category("loaded").split()[-1])),
            Segment(mark, base + Style.parse(mark_style) if mark_style else base),
        ]
        return Strip(segments, 3).crop_extend(0, width, base)

    def watch_analysis(self) -> None:
        self._cache = None
        self.refresh()

    def watch_lens(self, old: Lens, new: Lens) -> None:
        if old.only_cursor_differs(new):
            for span in (old.cursor, new.cursor):
                if span is not None:
                    self.refresh(Region(0, self._row_of(span[0]), self.size.width, 1))
        else:
            self.refresh()

    def _row_of(self, offset: int) -> int:
        size = max(1, len(self.analysis.report.text)) if self.analysis else 1
        return min(self.size.height - 1, int(offset * self.size.height / size))

    def watch_viewport(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        if self.analysis is None or self.size.height <= 0:
            return
        size = len(self.analysis.report.text)
        self.post_message(self.Jump(int(event.y * size / self.size.height)))
