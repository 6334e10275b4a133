"""The frames, strongest first, as bars; choosing one highlights its evidence."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from ...engine.report import FRAME_NAMES
from ...render.styles import bar
from ..model import Analysis, Lens
from .choice_list import ChoiceList, columns

FRAMES_SHOWN = 8  # the strongest eight of the fourteen; the rest score near zero in news copy
BAR_WIDTH = 10


class FrameList(ChoiceList):
    KIND = "frame"
    EMPTY = "no frame cues"

    def rows(self, analysis: Analysis, lens: Lens, width: int) -> list[Option]:
        chosen = lens.focus.key if lens.focus and lens.focus.kind == "frame" else None
        ranked = sorted(analysis.report.frames, key=lambda f: -f.score)[:FRAMES_SHOWN]
        options = []
        for f in ranked:
            if f.score <= 0 and not f.evidence:
                continue
            style = "bold" if f.present else "dim"
            name = Text("● " if f.id == chosen else "  ", style="bold")
            name.append(FRAME_NAMES.get(f.id, f.id), style=style)
            row = columns(
                width,
                name,
                (Text(bar(f.score, BAR_WIDTH), style=style), BAR_WIDTH),
                (Text(f"{f.score:.2f}", style=style), 4),
            )
            options.append(Option(row, id=f.id))
        return options
