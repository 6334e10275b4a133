"""The loaded terms with their counts by voice; choosing one highlights every use."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from ...safety import visible
from ..model import Analysis, Lens, shown_top_terms
from ..palette import palette
from .choice_list import ChoiceList, columns

COUNTS_WIDTH = 14  # "99 author 9 qtd"


class TermList(ChoiceList):
    KIND = "term"
    EMPTY = "no loaded terms"

    def rows(self, analysis: Analysis, lens: Lens, width: int) -> list[Option]:
        pal = palette(lens.dark)
        chosen = lens.focus.key if lens.focus and lens.focus.kind == "term" else None
        options = []
        for t in shown_top_terms(analysis.report, lens):
            term = Text("● " if t["rule"] == chosen else "  ", style="bold")
            term.append(visible(t["term"]), style=pal.category(t["category"]))
            counts = Text(f"{t['author']} author", style="bold" if t["author"] else "dim")
            counts.append(f" {t['quoted']} qtd", style="dim")
            options.append(Option(columns(width, term, (counts, COUNTS_WIDTH)), id=t["rule"]))
        return options
