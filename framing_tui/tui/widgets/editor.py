"""Edit mode: the article as editable text; the analysis re-runs shortly after typing stops."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Static, TextArea

# Re-analyse once the typist pauses: long enough to skip most keystrokes, short enough to
# feel live (the engine takes ~0.1 s on a 5,000-word article once its lexicon is loaded).
DEBOUNCE_SECONDS = 0.4

HINT = "Edit or paste the article · the summary updates as you type · esc: back to the highlights"


class Editor(Vertical):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "done", "Done editing")]

    @dataclass
    class Changed(Message):
        text: str

    @dataclass
    class Done(Message):
        text: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(HINT, classes="hint", markup=False)
        yield TextArea(id="editor-area", soft_wrap=True, show_line_numbers=False)

    def load(self, text: str) -> None:
        area = self.query_one(TextArea)
        area.load_text(text)
        area.focus()

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self._settled)

    def _settled(self) -> None:
        self._timer = None
        self.post_message(self.Changed(self.text))

    def action_done(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.post_message(self.Done(self.text))
