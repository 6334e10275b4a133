"""The TUI's styles: the shared vocabulary of render/styles.py, adapted to dark and light themes.

The category styles carry bold / italic / underline as well as colour, so categories stay
apart without colour; on a light background the pale ANSI colours (yellow, cyan) are
swapped for darker shades that keep their meaning and stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..render.styles import CATEGORY_STYLE, LABEL_COLOUR, SENTENCE_STYLE, finding_style

# Darker stand-ins for colours that wash out on a white background (contrast >= 4.5:1 on #fff).
_LIGHT = {
    "bright_blue": "#1f5fbf",
    "yellow": "#7a5600",
    "cyan": "#0a6673",
    "green": "#2b6e33",
    "magenta": "#9c1f97",
    "red": "#b3141f",
    "grey50": "#6b6b6b",
}
# Background tints: warm for the author's opinion, cool for frame cues, strong for a selection.
_TINTS = {
    True: {
        "opinion": SENTENCE_STYLE["opinion"],
        "frame": "on #1d3350",
        "focus": "#000000 on #d7af00",
    },
    False: {"opinion": "on #fbefc5", "frame": "on #d9e6fa", "focus": "#000000 on #ffd54a"},
}


def adapt(style: str, dark: bool) -> str:
    """`style` with its colour words swapped for their light-theme shades when not dark."""
    if dark or not style:
        return style
    return " ".join(_LIGHT.get(word, word) for word in style.split())


@dataclass(frozen=True, slots=True)
class Palette:
    dark: bool

    def finding(self, category: str, voice: str) -> str:
        return adapt(finding_style(category, voice), self.dark)

    def category(self, category: str) -> str:
        return adapt(CATEGORY_STYLE.get(category, "underline"), self.dark)

    def label(self, label: str) -> str:
        """The colour that names a sentence label (bars, gutter marks)."""
        return adapt(LABEL_COLOUR.get(label, ""), self.dark)

    def sentence(self, label: str) -> str:
        if label == "opinion":
            return _TINTS[self.dark]["opinion"]
        return adapt(SENTENCE_STYLE.get(label, ""), self.dark)

    @property
    def quote(self) -> str:
        return "italic"

    @property
    def frame(self) -> str:
        return "underline " + _TINTS[self.dark]["frame"]

    @property
    def focus(self) -> str:
        return _TINTS[self.dark]["focus"]

    @property
    def cursor(self) -> str:
        return "reverse bold"

    @property
    def cursor_mark(self) -> str:
        return "bold " + adapt("magenta", self.dark)

    @property
    def block_label(self) -> str:
        return "dim italic"


# Gutter marks, so the sentence labels read without colour: a heavy bar for the author's
# opinion, a light one for reported speech, a dot for boilerplate, an arrow at the cursor.
MARK_OPINION = "┃"
MARK_REPORTED = "│"
MARK_BOILERPLATE = "·"
MARK_CURSOR = "▶"
GUTTER = 2


@lru_cache(maxsize=2)
def palette(dark: bool) -> Palette:
    return Palette(dark)
