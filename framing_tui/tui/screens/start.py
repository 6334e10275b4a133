"""The start screen, for `framing` with no article: open a file, paste text, or try an example."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from ...safety import visible

# The bundled examples live beside the package in a source checkout (not in the wheel).
EXAMPLES_DIR = Path(__file__).resolve().parents[3] / "examples"
BLURBS = {
    "wire-report.txt": "a neutral wire story: attribution in its many forms",
    "opinion-column.txt": "a column: the author's voice, hedges and boosters",
    "partisan-piece.txt": "a slanted piece: partisan words, weasels, boilerplate",
}

StartChoice = Path | str | None  # a file to open, "open" or "paste", or None to quit


def examples(folder: Path = EXAMPLES_DIR) -> list[Path]:
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


class StartScreen(Screen[StartChoice]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "choose('open')", "Open a file"),
        Binding("p", "choose('paste')", "Paste text"),
        Binding("q,escape", "choose('')", "Quit"),
    ]
    AUTO_FOCUS = "#start-options"

    def compose(self) -> ComposeResult:
        with Vertical(id="start"):
            title = Text("framing", style="bold")
            title.append(" · see how a news article frames its story", style="dim")
            yield Static(title, id="start-title")
            options = [
                Option(Text.assemble(("Open a file…", "bold"), ("   o", "dim")), id="open"),
                Option(Text.assemble(("Paste or type text…", "bold"), ("   p", "dim")), id="paste"),
            ]
            for path in examples():
                label = Text.assemble(("Example: ", "dim"), (visible(path.name), "bold"))
                if path.name in BLURBS:
                    label.append(f" · {BLURBS[path.name]}", style="dim")
                options.append(Option(label, id=str(path)))
            yield OptionList(*options, id="start-options", markup=False)
            yield Static(
                Text("Or run framing FILE, or pipe text in: cat story.txt | framing tui", style="dim"),
                id="start-hint",
            )
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = event.option.id or ""
        self.dismiss(choice if choice in ("open", "paste") else Path(choice))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice or None)
