"""The search line under the article: `/` opens it, typing highlights matches, enter keeps them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Static


class SearchBar(Horizontal):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close search", show=False)]

    @dataclass
    class Changed(Message):
        query: str

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, SearchBar.Changed)

    @dataclass
    class Submitted(Message):
        query: str

    class Closed(Message):
        """Escape: the search is dropped."""

    def compose(self) -> ComposeResult:
        yield Static("/", classes="prompt", markup=False)
        yield Input(
            placeholder="search the article (enter keeps the matches, n/N step through them)",
            id="search-input",
        )

    def open(self) -> None:
        self.display = True
        self.query_one(Input).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.display = False
        self.post_message(self.Submitted(event.value))

    def action_close(self) -> None:
        self.query_one(Input).value = ""
        self.display = False
        self.post_message(self.Closed())
