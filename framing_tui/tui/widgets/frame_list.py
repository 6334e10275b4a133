"""The frames, strongest first, as bars; choosing one highlights its evidence."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets.option_list import Option

from ...engine.report import FRAME_NAMES
from ...render.styles import bar
from ..model import Analysis, Lens
from .choice_list import ChoiceList

FRAMES_SHOWN = 8  # the strongest eight of the fourteen; the rest score near zero in news copy
BAR_WIDTH = 10


class FrameList(ChoiceList):
    KIND = "frame"
    EMPTY = "no frame cues"

    def rows(self, analysis: Analysis, lens: Lens) -> list[Option]:
        chosen = lens.focus.key if lens.focus and lens.focus.kind == "frame" else None
        ranked = sorted(analysis.report.frames, key=lambda f: -f.score)[:FRAMES_SHOWN]
        options = []
        for f in ranked:
            if f.score <= 0 and not f.evidence:
                continue
            grid = Table.grid(expand=True, padding=(0, 1))
            grid.add_column(width=1)
            grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
            grid.add_column(width=BAR_WIDTH)
            grid.add_column(width=4, justify="right")
            style = "bold" if f.present else "dim"
            grid.add_row(
                Text("●" if f.id == chosen else " ", style="bold"),
                Text(FRAME_NAMES.get(f.id, f.id), style=style),
                Text(bar(f.score, BAR_WIDTH), style=style),
                Text(f"{f.score:.2f}", style=style),
            )
            options.append(Option(grid, id=f.id))
        return options
