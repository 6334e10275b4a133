"""A list in the side panel whose rows select something to highlight in the article."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Analysis, FocusKind, Lens

FALLBACK_WIDTH = 40  # before the first layout


def columns(width: int, left: Text, *right: tuple[Text, int]) -> Text:
    """One row of `width` cells: `left` gets what the fixed-width `right` cells leave.

    Plain Text rows (not Rich tables) keep the lists cheap to draw on every frame.
    """
    room = max(4, width - sum(w + 1 for _, w in right))
    out = left.copy()
    out.truncate(room, overflow="ellipsis", pad=True)
    for cell, w in right:
        out.append(" ")
        cell = cell.copy()
        cell.align("right", w)
        out.append_text(cell)
    out.end = ""
    return out


class ChoiceList(OptionList):
    """Rows built from the analysis; choosing one posts Chosen(kind, key) to the app."""

    KIND: FocusKind = "frame"
    EMPTY = "none"

    analysis: var[Analysis | None] = var(None, always_update=True)
    lens: var[Lens] = var(Lens())

    @dataclass
    class Chosen(Message):
        kind: FocusKind
        key: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False, compact=True)
        self._built_width = 0

    def rows(self, analysis: Analysis, lens: Lens, width: int) -> list[Option]:
        raise NotImplementedError

    @property
    def row_width(self) -> int:
        return self.scrollable_content_region.width or FALLBACK_WIDTH

    def _inputs(self, lens: Lens) -> tuple[object, ...]:
        """The parts of the lens the rows depend on; a cursor move alone changes nothing."""
        focus = lens.focus.key if lens.focus and lens.focus.kind == self.KIND else None
        return (lens.disabled, focus, lens.dark)

    def _rebuild(self) -> None:
        if self.analysis is None:
            self.clear_options()
            return
        highlighted = self.highlighted
        self._built_width = self.row_width
        options = self.rows(self.analysis, self.lens, self._built_width)
        if not options:
            options = [Option(Text(self.EMPTY, style="dim"), disabled=True)]
        self.set_options(options)
        if highlighted is not None and highlighted < len(options):
            self.highlighted = highlighted

    def watch_analysis(self) -> None:
        self._rebuild()

    def watch_lens(self, old: Lens, new: Lens) -> None:
        if self._inputs(old) != self._inputs(new):
            self._rebuild()

    def on_resize(self) -> None:
        if self.analysis is not None and self.row_width != self._built_width:
            self._rebuild()

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(self.KIND, event.option.id))
