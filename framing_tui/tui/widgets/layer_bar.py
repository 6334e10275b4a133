"""The layers, with their keys and on/off state; click one (or press its number) to toggle."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static

from ..model import LAYERS, Lens
from ..palette import Palette, palette

# A sample of how each layer looks, so the list doubles as a legend.
_SAMPLE_CATEGORY = {
    "loaded": "loaded",
    "editorial": "editorial",
    "certainty": "hedge",
    "attribution": "attribution",
}


class LayerBar(Static):
    lens: var[Lens] = var(Lens())

    @dataclass
    class Toggled(Message):
        layer: str

    def _sample(self, layer: str, pal: Palette) -> str:
        if layer in _SAMPLE_CATEGORY:
            return pal.category(_SAMPLE_CATEGORY[layer])
        if layer == "opinion":
            return pal.sentence("opinion")
        return pal.frame

    def _render_layers(self) -> Text:
        pal = palette(self.lens.dark)
        out = Text(end="", no_wrap=True, overflow="ellipsis")
        for i, layer in enumerate(LAYERS):
            on = layer.id in self.lens.layers
            out.append(f"{layer.key} ", style="bold")
            out.append("● " if on else "○ ")
            out.append(layer.title, style=self._sample(layer.id, pal) if on else "dim")
            if i < len(LAYERS) - 1:
                out.append("\n")
        return out

    def on_mount(self) -> None:
        self.update(self._render_layers())

    def watch_lens(self, old: Lens, new: Lens) -> None:
        if old.layers != new.layers or old.dark != new.dark:
            self.update(self._render_layers())

    def on_click(self, event: events.Click) -> None:
        """One layer a row: the row clicked is the layer toggled."""
        if 0 <= event.y < len(LAYERS):
            self.post_message(self.Toggled(LAYERS[event.y].id))
