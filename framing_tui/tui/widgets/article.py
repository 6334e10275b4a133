"""The article pane: the text with its framing highlighted, drawn a screen row at a time.

Paragraphs are the unit of work: each block is wrapped once per width and styled once per
lens (and re-styled alone when the cursor enters or leaves it), but only the rows on screen
are ever drawn. Mounting one Textual widget per paragraph was measured at over 7 s for a
100,000-word article (2,700 paragraphs, Textual 8.2); this view opens the same article in a
fraction of that and scrolls it at the speed of a short one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...engine.structure import paragraphs
from ..layout import BLANK, LABEL, Layout, display_text
from ..model import Analysis, Lens
from ..paint import block_label, gutter_mark, paint_block
from ..palette import GUTTER, palette

# Wrap a little short of the pane's edge so text does not touch the scrollbar.
RIGHT_MARGIN = 1
# Drawn rows kept for scrolling back and forth; a few screens' worth of a tall terminal.
MAX_CACHED_ROWS = 2_000


class ArticleView(ScrollView, can_focus=True):
    """The article; posts FindingClicked when a highlight is clicked, Scrolled as it moves."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    text: var[str] = var("", always_update=True)
    analysis: var[Analysis | None] = var(None, always_update=True)
    lens: var[Lens] = var(Lens())

    @dataclass
    class FindingClicked(Message):
        index: int

    @dataclass
    class Scrolled(Message):
        """The span of text on screen changed (replaces an older one in the queue)."""

        top: int
        bottom: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.Scrolled)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._spans: list[tuple[int, int]] = []  # the blocks' [start, end) in the text
        self._starts: list[int] = []
        self._kinds: list[str] = []
        self._texts: list[str] = []  # the blocks as displayed (visible(), one line each)
        self._layout = Layout(0, [], [])
        self._painted: dict[int, Text] = {}  # block -> styled text, for the current lens
        self._strips: dict[int, Strip] = {}  # row -> drawn row, for the current lens and width
        self._base: Style | None = None
        self._shown: Analysis | None = None  # the analysis of the text on screen, if any

    # -- attributes down ------------------------------------------------------------------

    def watch_text(self, text: str) -> None:
        """Show the text at once, before its analysis arrives (first paint, or after edits)."""
        if self._shown is not None and self._shown.report.text == text:
            return
        self._shown = None
        self._set_blocks(text, list(paragraphs(text)), None)

    def watch_analysis(self, analysis: Analysis | None) -> None:
        if analysis is None or analysis.report.text != self.text:
            return  # none yet, or of an older text (a newer analysis is on its way)
        self._shown = analysis
        blocks = analysis.report.blocks
        self._set_blocks(analysis.report.text, [(b.start, b.end) for b in blocks], [b.kind for b in blocks])

    def watch_lens(self, old: Lens, new: Lens) -> None:
        shown = self._shown
        if old.only_cursor_differs(new) and shown is not None:
            # Only the blocks the cursor leaves and enters are drawn again.
            for span in (old.cursor, new.cursor):
                if span is not None:
                    for b in range(shown.block_of(span[0]), shown.block_of(span[1] - 1) + 1):
                        self.refresh_lines(*self._forget_block(b))
        else:
            self._painted.clear()
            self._strips.clear()
            self.refresh()

    def _forget_block(self, b: int) -> tuple[int, int]:
        """Drop block `b`'s drawing; returns its rows as (first, count)."""
        self._painted.pop(b, None)
        first = self._layout.first_row
        if not 0 <= b < len(first):
            return 0, 0
        end = first[b + 1] if b + 1 < len(first) else len(self._layout.rows)
        for row in range(first[b], end):
            self._strips.pop(row, None)
        return first[b], end - first[b]

    def _set_blocks(self, text: str, spans: list[tuple[int, int]], kinds: list[str] | None) -> None:
        self._spans = spans
        self._starts = [a for a, _ in spans]
        self._kinds = kinds or ["body"] * len(spans)
        self._texts = [display_text(text, a, b) for a, b in spans]
        self._painted.clear()
        self._relayout(force=True)

    def notify_style_update(self) -> None:
        """The pane's colours changed (theme, focus): draw every row again."""
        super().notify_style_update()
        self._base = None
        self._strips.clear()

    # -- layout and drawing ---------------------------------------------------------------

    @property
    def wrap_width(self) -> int:
        return max(10, self.scrollable_content_region.width - GUTTER - RIGHT_MARGIN)

    def on_resize(self) -> None:
        self._relayout()

    def _relayout(self, force: bool = False) -> None:
        width = self.wrap_width
        if not force and width == self._layout.width:
            return
        labels = [block_label(k) for k in self._kinds]
        self._layout = Layout.build(self._texts, labels, width)
        self._strips.clear()
        self.virtual_size = Size(width + GUTTER, len(self._layout.rows))
        self.refresh()
        self._post_scrolled()

    def render_line(self, y: int) -> Strip:
        row_index = round(self.scroll_offset.y) + y
        strip = self._strips.get(row_index)
        if strip is None:
            if len(self._strips) > MAX_CACHED_ROWS:
                self._strips.clear()
            strip = self._strips[row_index] = self._draw_row(row_index)
        return strip

    def _draw_row(self, row_index: int) -> Strip:
        width = self.scrollable_content_region.width
        if self._base is None:
            self._base = self.rich_style
        base = self._base
        rows = self._layout.rows
        if row_index >= len(rows) or rows[row_index].start == BLANK:
            return Strip.blank(width, base)
        row = rows[row_index]
        pal = palette(self.lens.dark)
        if row.start == LABEL:
            line = Text(" " * GUTTER, end="")
            line.append(self._kinds[row.block], style=pal.block_label)
        else:
            a0 = self._spans[row.block][0]
            body = self._block_text(row.block)[row.start : row.end]
            body.rstrip()
            mark = gutter_mark(self._shown, self.lens, pal, a0 + row.start, a0 + row.end)
            line = Text.assemble(mark, body, end="")
        # Text.render leaves unstyled runs without a style: put the pane's colours under all.
        return Strip(line.render(self.app.console)).apply_style(base).crop_extend(0, width, base)

    def _block_text(self, b: int) -> Text:
        painted = self._painted.get(b)
        if painted is None:
            if self._shown is None:
                painted = Text(self._texts[b], end="", no_wrap=True)
            else:
                painted = paint_block(self._shown, b, self.lens, palette(self.lens.dark))
            self._painted[b] = painted
        return painted

    # -- positions ------------------------------------------------------------------------

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._post_scrolled()

    def _offset_of_row(self, row_index: int, *, end: bool = False) -> int:
        """Where in the text a row starts (or ends), for rows between blocks the next block."""
        rows = self._layout.rows
        if not rows:
            return 0
        row = rows[max(0, min(row_index, len(rows) - 1))]
        a0 = self._spans[row.block][0]
        if row.start < 0:
            return a0
        return a0 + (row.end if end else row.start)

    def visible_span(self) -> tuple[int, int]:
        """The [start, end) of the text on screen."""
        top = round(self.scroll_offset.y)
        height = max(1, self.scrollable_content_region.height)
        return self._offset_of_row(top), self._offset_of_row(top + height - 1, end=True)

    def _post_scrolled(self) -> None:
        if self.is_mounted:
            self.post_message(self.Scrolled(*self.visible_span()))

    def row_of_offset(self, offset: int) -> int:
        b = bisect_right(self._starts, offset) - 1
        if b < 0:
            return 0
        return self._layout.row_of(b, offset - self._spans[b][0])

    def scroll_to_offset(self, offset: int, *, center: bool = True) -> None:
        """Bring the row holding `offset` into view, a third of the way down the pane.

        With `center` False, a row already on screen stays where it is (no jump).
        """
        row = self.row_of_offset(offset)
        height = self.scrollable_content_region.height
        top = round(self.scroll_offset.y)
        if not center and top <= row < top + height:
            return
        self.scroll_to(y=max(0, row - height // 3), animate=False, immediate=True)

    def action_pick(self, index: int) -> None:
        """A highlight was clicked (the click action stored on its span)."""
        self.post_message(self.FindingClicked(index))
