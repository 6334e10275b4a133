"""Who is quoted and how much; choosing a source highlights their quotes."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets.option_list import Option

from ...safety import visible
from ..model import Analysis, Lens
from .choice_list import ChoiceList

KIND_MARK = {"named": "N", "anonymous": "?", "organization": "O"}


class SourceList(ChoiceList):
    KIND = "source"
    EMPTY = "no quoted sources"

    def rows(self, analysis: Analysis, lens: Lens) -> list[Option]:
        chosen = lens.focus.key if lens.focus and lens.focus.kind == "source" else None
        sources = sorted(analysis.report.sources, key=lambda s: (-s.words_quoted, s.first_offset))
        options = []
        for s in sources:
            grid = Table.grid(expand=True, padding=(0, 1))
            grid.add_column(width=1)
            grid.add_column(width=1)
            grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
            grid.add_column(width=13, justify="right", no_wrap=True)
            name = Text(visible(s.name), style="italic" if s.kind == "anonymous" else "")
            if s.role:
                name.append(f" ({visible(s.role)})", style="dim")
            grid.add_row(
                Text("●" if s.name == chosen else " ", style="bold"),
                Text(KIND_MARK.get(s.kind, " "), style="dim"),
                name,
                Text(f"{s.quotes}× {s.words_quoted} words", style="dim"),
            )
            options.append(Option(grid, id=s.name))
        return options
