"""The explanation of one finding, with the action to ignore its rule from now on."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ...engine.report import Finding
from ...render.styles import CATEGORY_BLURB
from ...safety import visible
from ..layout import display_text
from ..palette import Palette


def short_origin(origin: str) -> str:
    """`/home/me/x/lexicons/loaded.toml:12` → `lexicons/loaded.toml:12` (or `~/…`)."""
    if not origin:
        return ""
    parts = Path(origin).parts
    if "lexicons" in parts:
        return str(Path(*parts[parts.index("lexicons") :]))
    home = str(Path.home())
    return "~" + origin[len(home) :] if origin.startswith(home + "/") else origin


class FindingDetail(ModalScreen[bool]):
    """Dismisses with True when the user chooses to ignore the finding's rule."""

    AUTO_FOCUS = "#close"  # enter closes; ignoring a term takes a deliberate `i` or click
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,enter", "close", "Close"),
        Binding("i", "ignore", "Ignore this term from now on"),
    ]

    def __init__(
        self, finding: Finding, text: str, sentence: tuple[int, int] | None, pal: Palette, voice_cue: bool = False
    ) -> None:
        super().__init__()
        self.finding = finding
        self.voice_cue = voice_cue  # a voice cue ("should", "I think"), not a finding
        self._text = text
        self._sentence = sentence
        self._pal = pal

    def compose(self) -> ComposeResult:
        f = self.finding
        with Vertical(id="dialog"):
            yield Static(self._title(), id="detail-title")
            with VerticalScroll(id="detail-body"):
                yield Static(self._body())
            with Horizontal(classes="buttons"):
                yield Button("Ignore this term from now on (i)", id="ignore", variant="warning", compact=True)
                yield Button("Close (esc)", id="close", variant="primary", compact=True)
        self.sub_title = f.rule

    def _title(self) -> Text:
        f = self.finding
        out = Text(end="")
        out.append(
            visible(f.term or self._text[f.start : f.end]),
            style=self._pal.finding(f.category, "author"),
        )
        if self.voice_cue:
            out.append("   voice cue", style="bold")
            out.append(" · makes the sentence the author's view; not a word to change", style="dim")
        else:
            out.append(f"   {f.category}", style="bold")
            out.append(f" · {CATEGORY_BLURB.get(f.category, '')}", style="dim")
        return out

    def _body(self) -> Text:
        f = self.finding
        out = Text(end="")

        def field(name: str, value: str | Text, style: str = "") -> None:
            out.append(f"{name:<10}", style="bold")
            if isinstance(value, Text):
                out.append_text(value)
            else:
                out.append(value, style=style)
            out.append("\n")

        field("rule", f.rule)
        voice = (
            "the author's own words"
            if f.voice == "author"
            else "inside a quote or reported speech (the source's words)"
        )
        field("voice", voice)
        field("why", visible(f.message))
        if f.alternatives:
            field("instead", visible(", ".join(f.alternatives)), "italic")
        extra = [
            f"{k}: {visible(v)}" for k, v in (("kind", f.subcategory), ("lean", f.lean), ("stance", f.stance)) if v
        ]
        if f.counterparts:
            extra.append("other side's word: " + visible(", ".join(f.counterparts)))
        if extra:
            field("entry", " · ".join(extra), "dim")
        if f.module or f.origin:
            where = " · ".join(
                x
                for x in (
                    f.module and f"module {visible(f.module)}",
                    visible(short_origin(f.origin)),
                )
                if x
            )
            field("from", where, "dim")
        if self._sentence is not None:
            a, b = self._sentence
            context = Text(display_text(self._text, a, b), style="italic", end="")
            context.stylize("reverse", max(0, f.start - a), max(0, f.end - a))
            field("in", context)
        return out

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "ignore")

    def action_close(self) -> None:
        self.dismiss(False)

    def action_ignore(self) -> None:
        self.dismiss(True)
