"""The help screen: every key, and a legend of how each category looks (with and without colour)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ...engine.report import CATEGORIES
from ...render.styles import CATEGORY_BLURB
from ..model import LAYERS
from ..palette import MARK_BOILERPLATE, MARK_CURSOR, MARK_OPINION, MARK_REPORTED, Palette

KEYS: tuple[tuple[str, str], ...] = (
    (
        "n / N",
        "next / previous highlight (or match, when a frame, source, term or search is chosen)",
    ),
    ("enter", "explain the highlight at the cursor (and ignore its term from now on)"),
    ("tab / shift+tab", "move between the article and the lists in the side panel"),
    ("↑ ↓ j k space", "scroll the article (page up / page down, home / end too)"),
    (
        "1 … 6",
        "toggle a layer: " + ", ".join(f"{layer.key} {layer.title.lower()}" for layer in LAYERS),
    ),
    ("/", "search the text; enter keeps the matches, esc drops them"),
    ("esc", "clear the chosen frame, source, term or search"),
    ("o", "open a file"),
    ("p", "edit or paste the text; the analysis re-runs as you type"),
    ("e", "export the report as JSON or Markdown"),
    ("t", "switch between dark and light themes"),
    ("ctrl+p", "command palette: every action by name"),
    ("?", "this help"),
    ("q", "quit"),
)

_TEXT_MARK = {"bold": "bold", "italic": "italic", "underline": "underlined"}


def _no_colour(style: str) -> str:
    return ", ".join(_TEXT_MARK[w] for w in style.split() if w in _TEXT_MARK) or "plain"


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,enter", "dismiss_help", "Close")]

    def __init__(self, pal: Palette) -> None:
        super().__init__()
        self._pal = pal

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text("framing: keys and legend", style="bold"), id="help-title")
            with VerticalScroll(id="help-body"):
                yield Static(self._keys())
                yield Static(self._legend())

    def _keys(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, what in KEYS:
            table.add_row(key, what)
        return table

    def _legend(self) -> Table:
        pal = self._pal
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True)
        table.add_column()
        table.add_column(style="dim")
        table.add_row(Text("\nHighlights", style="bold"), "", "")
        for cat in CATEGORIES:
            style = pal.category(cat)
            table.add_row(Text(cat, style=style), CATEGORY_BLURB.get(cat, ""), _no_colour(style))
        table.add_row(
            Text("quoted", style=pal.finding("loaded", "quoted")),
            "a flagged word inside a quote: the source's voice",
            "dimmer",
        )
        table.add_row(Text("\nSentences", style="bold"), "", "")
        table.add_row(
            Text(MARK_OPINION + " opinion", style=pal.sentence("opinion")),
            "the author's own view",
            f"{MARK_OPINION} in the margin",
        )
        table.add_row(
            Text(MARK_REPORTED + " reported", style=pal.sentence("reported")),
            "attributed to a source",
            f"{MARK_REPORTED} in the margin",
        )
        table.add_row(Text("“quote”", style=pal.quote), "a direct quotation", "italic")
        table.add_row(
            Text(MARK_BOILERPLATE + " boilerplate", style=pal.sentence("boilerplate")),
            "captions, credits, bios: left out of scores",
            f"{MARK_BOILERPLATE} in the margin",
        )
        table.add_row(Text("frame cue", style=pal.frame), "a word behind a frame (layer 6)", "underlined")
        table.add_row(
            Text("chosen", style=pal.focus),
            "evidence of the chosen frame, source, term or search",
            "highlighted",
        )
        table.add_row(
            Text(MARK_CURSOR + " cursor", style=pal.cursor),
            "the highlight n/N moved to",
            f"reversed, {MARK_CURSOR} in the margin",
        )
        return table

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
