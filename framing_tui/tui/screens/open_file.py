"""Choosing a file to open: type a path, or pick one in the tree."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Input, Static

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown", ""})


class TextFileTree(DirectoryTree):
    """Folders and plain-text files, without hidden entries."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if not p.name.startswith(".") and (p.is_dir() or p.suffix.lower() in TEXT_SUFFIXES)]


class OpenFileScreen(ModalScreen[Path | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#open-path"

    def __init__(self, start: Path | None = None) -> None:
        super().__init__()
        self._start = start or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text("Open an article", style="bold"))
            yield Input(value=str(self._start) + "/", placeholder="path to a text file", id="open-path")
            yield TextFileTree(self._start, id="open-tree")
            yield Static(Text("enter opens the path · pick a file in the tree · esc cancels", style="dim"))

    @on(Input.Submitted, "#open-path")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if value:
            self.dismiss(Path(value).expanduser())

    @on(DirectoryTree.FileSelected)
    def _picked(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        self.dismiss(event.path)

    def action_cancel(self) -> None:
        self.dismiss(None)
