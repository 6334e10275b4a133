"""Every action of the app, by name, for the command palette (ctrl+p)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from .model import LAYERS

if TYPE_CHECKING:
    from .app import FramingApp


def palette_commands(app: FramingApp) -> Iterator[SystemCommand]:
    yield SystemCommand("Next highlight", "Move to the next highlight or match (n)", lambda: app.action_step(1))
    yield SystemCommand(
        "Previous highlight",
        "Move to the previous highlight or match (N)",
        lambda: app.action_step(-1),
    )
    yield SystemCommand("Explain highlight", "Explain the highlight at the cursor (enter)", app.action_explain)
    yield SystemCommand("Search the text", "Find words in the article (/)", app.action_search)
    yield SystemCommand("Clear selection", "Drop the chosen frame, source, term or search (esc)", app.action_clear)
    for layer in LAYERS:
        yield SystemCommand(
            f"Toggle layer: {layer.title}",
            f"Show or hide {layer.title.lower()} ({layer.key})",
            lambda layer_id=layer.id: app.action_toggle_layer(layer_id),
        )
    yield SystemCommand("Open a file", "Open another article (o)", app.action_open)
    yield SystemCommand(
        "Edit or paste text",
        "Edit the article; the analysis re-runs as you type (p)",
        app.action_edit,
    )
    yield SystemCommand("Export the report", "Write the report as JSON or Markdown (e)", app.action_export)
    yield SystemCommand(
        "Toggle dark and light",
        "Switch between the dark and light themes (t)",
        app.action_toggle_theme,
    )
    yield SystemCommand("Help", "Keys and the legend of highlights (?)", app.action_help)
