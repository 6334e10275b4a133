"""The visual vocabulary shared by the Rich output and the TUI: one style per category.

Each category is told apart without colour too (bold, italic, underline), so the output
still reads under NO_COLOR or on a monochrome terminal.
"""

from __future__ import annotations

CATEGORY_STYLE = {
    "loaded": "bold red",
    "partisan": "bold magenta",
    "editorial": "bold yellow",
    "presupposition": "underline magenta",
    "weasel": "underline yellow",
    "hedge": "italic green",
    "booster": "italic bright_blue",
    "attribution": "underline cyan",
    "agency": "underline",
}
# Voice cues ("should", "I think", "of course") mark the author's voice, not a word to
# change: the editorial colour without its weight.
VOICE_CUE_STYLE = "italic yellow"
QUOTED_EXTRA = "dim"  # a finding inside a quotation is the source's word, shown dimmer
SENTENCE_STYLE = {
    "opinion": "on #3b2f12",
    "reported": "cyan",
    "factual": "",
    "boilerplate": "dim italic",
}
LABEL_COLOUR = {"opinion": "yellow", "reported": "cyan", "factual": "green", "boilerplate": "grey50"}
CATEGORY_BLURB = {
    "loaded": "loaded or emotive word",
    "partisan": "partisan vocabulary",
    "editorial": "the author's commentary",
    "presupposition": "takes something for granted",
    "weasel": "vague or unsupported attribution",
    "hedge": "hedge (less certain)",
    "booster": "booster (more certain)",
    "attribution": "report verb",
    "agency": "hides who acted",
}


def finding_style(category: str, voice: str) -> str:
    base = CATEGORY_STYLE.get(category, "underline")
    return f"{base} {QUOTED_EXTRA}" if voice == "quoted" else base


def bar(share: float, width: int, char: str = "█") -> str:
    """A horizontal bar of `width` cells, filled to `share` (0..1), with eighth-cell ends."""
    share = min(max(share, 0.0), 1.0)
    eighths = round(share * width * 8)
    full, part = divmod(eighths, 8)
    return char * full + ("" if not part else " ▏▎▍▌▋▊▉"[part]) if char == "█" else char * full
