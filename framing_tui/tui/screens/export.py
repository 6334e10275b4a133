"""Choosing where and how to export the report."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

from ..export import SUFFIX, ExportFormat, default_path

ExportRequest = tuple[ExportFormat, Path]


class ExportScreen(ModalScreen[ExportRequest | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#export-path"

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._format: ExportFormat = "json"

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text("Export the report", style="bold"))
            with RadioSet(id="export-format"):
                yield RadioButton("JSON (the schema-1 report)", value=True, id="json")
                yield RadioButton("Markdown (for notes and reviews)", id="markdown")
            yield Input(value=str(default_path(self._name, "json")), id="export-path")
            with Horizontal(classes="buttons"):
                yield Button("Export", id="export", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="cancel", compact=True)

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        new: ExportFormat = "markdown" if event.pressed.id == "markdown" else "json"
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.suffix == SUFFIX[self._format]:
            path_input.value = str(path.with_suffix(SUFFIX[new]))
        self._format = new

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._finish()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export":
            self._finish()
        else:
            self.dismiss(None)

    def _finish(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if value:
            self.dismiss((self._format, Path(value).expanduser()))

    def action_cancel(self) -> None:
        self.dismiss(None)
