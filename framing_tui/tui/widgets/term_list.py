"""The loaded terms with their counts by voice; choosing one highlights every use."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets.option_list import Option

from ...safety import visible
from ..model import Analysis, Lens, shown_top_terms
from ..palette import palette
from .choice_list import ChoiceList


class TermList(ChoiceList):
    KIND = "term"
    EMPTY = "no loaded terms"

    def rows(self, analysis: Analysis, lens: Lens) -> list[Option]:
        pal = palette(lens.dark)
        chosen = lens.focus.key if lens.focus and lens.focus.kind == "term" else None
        options = []
        for t in shown_top_terms(analysis.report, lens):
            grid = Table.grid(expand=True, padding=(0, 1))
            grid.add_column(width=1)
            grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
            grid.add_column(width=14, justify="right", no_wrap=True)
            counts = Text(f"{t['author']} author", style="bold" if t["author"] else "dim")
            counts.append(f" {t['quoted']} qtd", style="dim")
            grid.add_row(
                Text("●" if t["rule"] == chosen else " ", style="bold"),
                Text(visible(t["term"]), style=pal.category(t["category"])),
                counts,
            )
            options.append(Option(grid, id=t["rule"]))
        return options
