"""The Textual TUI. Importing this package does not import Textual; `create_app` does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..engine.lexicon_cache import LexiconSpec
    from ..engine.matcher import Lexicon
    from ..engine.report import Report
    from .app import FramingApp


def create_app(
    text: str | None = None,
    name: str = "",
    *,
    title: str | None = None,
    lexicon_spec: LexiconSpec | None = None,
    lexicon: Lexicon | None = None,
    analyzer: Callable[[str], Report] | None = None,
    config_path: Path | None = None,
) -> FramingApp:
    """The app, on `text` (named `name`), or on the start screen when `text` is None.

    Args:
        lexicon_spec: which lexicon the engine builds (the CLI passes the user's settings
            and --lexicon modules); default: the shipped lexicons.
        lexicon: a compiled lexicon to use instead (the tests pass a small fixed one).
        analyzer: text in, report out, instead of the engine (snapshot tests replay a
            recorded report, so their pictures do not move when the engine improves).
        config_path: the settings file (default: ~/.config/framing-tui/config.toml).
    """
    from .app import FramingApp

    return FramingApp(
        text,
        name,
        title=title,
        lexicon_spec=lexicon_spec,
        lexicon=lexicon,
        analyzer=analyzer,
        config_path=config_path,
    )


__all__ = ["create_app"]
