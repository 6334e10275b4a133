"""Fixtures for the TUI tests: a fixed article, the small test lexicon, a private config dir."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from framing_tui.engine.lexicon import load_modules
from framing_tui.engine.matcher import Lexicon
from framing_tui.tui import create_app
from framing_tui.tui.app import FramingApp

from ..conftest import TEST_LEXICON

HERE = Path(__file__).resolve().parent

# Written for these tests against tests/data/lexicon: every layer, a frame, three sources.
ARTICLE = """\
Critics slam the so-called budget plan as a crook's deal

By Ann Writer, Staff Writer

HARBOR CITY — The council voted on Tuesday to approve the budget, which will cost $4 million \
and add 40 jobs. Critics say the plan is illegal. "It works, and the old prison will close," \
Mayor Ann Lee said. The senator slammed the plan on Wednesday.

"We should not rush this," Council Member Bob Stone told reporters. "The cost is too high." \
Police arrested two protesters outside, according to a police statement.

The regime of so-called experts should stop. It is clearly wrong, and perhaps worse. \
Who pays for this?

A crowd outside city hall on Tuesday. (Photo: Staff)
"""
NAME = "article.txt"
SIZE = (160, 48)

MakeApp = Callable[..., FramingApp]


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every TUI test writes its settings under a temporary XDG_CONFIG_HOME."""
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def tui_lex() -> Lexicon:
    """The shared test lexicon plus one hedge and one booster (tests/tui/data)."""
    modules, errors = load_modules([TEST_LEXICON, HERE / "data"])
    assert not errors, errors
    return Lexicon(modules)


@pytest.fixture
def make_app(tui_lex: Lexicon) -> MakeApp:
    def make(text: str | None = ARTICLE, name: str = NAME, **kwargs) -> FramingApp:
        return create_app(text, name, lexicon=tui_lex, **kwargs)

    return make


async def settle(pilot: Pilot) -> None:
    """Wait for the analysis worker and the refresh after it."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    no_blink(pilot)


def no_blink(pilot: Pilot) -> None:
    """Stop blinking cursors, so screenshots do not depend on timing."""
    for widget in pilot.app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False
