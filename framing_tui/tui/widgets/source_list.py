"""Who is quoted and how much; choosing a source highlights their quotes."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from ...safety import visible
from ..model import Analysis, Lens
from .choice_list import ChoiceList, columns

KIND_MARK = {"named": "N", "anonymous": "?", "organization": "O"}
AMOUNT_WIDTH = 15  # "12× 1,234 words"


class SourceList(ChoiceList):
    KIND = "source"
    EMPTY = "no quoted sources"

    def rows(self, analysis: Analysis, lens: Lens, width: int) -> list[Option]:
        chosen = lens.focus.key if lens.focus and lens.focus.kind == "source" else None
        sources = sorted(analysis.report.sources, key=lambda s: (-s.words_quoted, s.first_offset))
        options = []
        for s in sources:
            name = Text("● " if s.name == chosen else "  ", style="bold")
            name.append(KIND_MARK.get(s.kind, " ") + " ", style="dim")
            name.append(visible(s.name), style="italic" if s.kind == "anonymous" else "")
            if s.role:
                name.append(f" ({visible(s.role)})", style="dim")
            amount = Text(f"{s.quotes}× {s.words_quoted} words", style="dim")
            options.append(Option(columns(width, name, (amount, AMOUNT_WIDTH)), id=s.name))
        return options
