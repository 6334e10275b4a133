"""Word-wrapping the article into screen rows, as offsets, fast enough for 100,000 words.

The article view draws only the rows on screen, so it needs every row's place in the text
up front (for the scroll height, for scrolling to a finding, for clicks). Wrapping plain
text greedily at word boundaries is a single regex pass; styling happens later, per row.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

from ..safety import visible

_WORD = re.compile(r"\S+\s*")
# Tabs, line breaks and carriage returns inside a paragraph are shown as spaces (one for one,
# so offsets hold): paragraphs reflow to the pane width whatever their source line breaks.
_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\x0b": " ", "\x0c": " "})

BLANK = -1  # row kinds, in Row.start
LABEL = -2


@dataclass(frozen=True, slots=True)
class Row:
    """One screen row: `block` and the [start, end) offsets within the block's text,
    or start == BLANK for the gap between blocks, LABEL for a block-kind label."""

    block: int
    start: int
    end: int


def display_text(text: str, start: int, end: int) -> str:
    """The block's text as shown: whitespace flattened and control characters made visible."""
    return visible(text[start:end].translate(_SPACES))


def wrap(s: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of `s` into rows of at most `width` cells, as (start, end) offsets.

    Rows keep their trailing spaces in the span (the renderer trims them); a word wider
    than the row is broken into pieces.
    """
    width = max(1, width)
    if len(s) <= width and cell_len(s) <= width:
        return [(0, len(s))]
    if _single_cells(s):
        return _wrap_single(s, width)
    return _wrap_cells(s, width)


def _single_cells(s: str) -> bool:
    return s.isascii() or cell_len(s) == len(s)


def _wrap_single(s: str, width: int) -> list[tuple[int, int]]:
    """Wrapping when every character is one cell wide: a few `rfind` calls per row."""
    rows: list[tuple[int, int]] = []
    n = len(s)
    pos = 0
    while n - pos > width:
        cut = s.rfind(" ", pos, pos + width + 1)
        if cut <= pos:
            cut = pos + width  # no space to break at: cut the word
            rows.append((pos, cut))
            pos = cut
            continue
        nxt = cut + 1
        while nxt < n and s[nxt] == " ":
            nxt += 1
        rows.append((pos, nxt))
        pos = nxt
    if pos < n or not rows:
        rows.append((pos, n))
    return rows


def _wrap_cells(s: str, width: int) -> list[tuple[int, int]]:
    """Wrapping by measured cell widths (wide CJK characters, emoji), word by word."""
    rows: list[tuple[int, int]] = []
    row_start = 0
    x = 0
    for m in _WORD.finditer(s):
        a, b = m.span()
        word = m.group()
        core = word.rstrip()
        w_text = cell_len(core)
        if x and x + w_text > width:
            rows.append((row_start, a))
            row_start, x = a, 0
        if w_text > width:
            # A word longer than the row: cut it into row-sized pieces.
            for i, ch in enumerate(core, start=a):
                cw = cell_len(ch)
                if x + cw > width:
                    rows.append((row_start, i))
                    row_start, x = i, 0
                x += cw
            x += b - a - len(core)
            continue
        x += cell_len(word)
    rows.append((row_start, len(s)))
    return rows


@dataclass(slots=True)
class Layout:
    """All rows of the article at one width, with a row index per block."""

    width: int
    rows: list[Row]
    first_row: list[int]

    @classmethod
    def build(cls, texts: list[str], labels: list[str], width: int) -> Layout:
        """Rows for blocks with display `texts`; a non-empty `labels[i]` adds a label row."""
        rows: list[Row] = []
        first_row: list[int] = []
        for b, s in enumerate(texts):
            if b:
                rows.append(Row(b, BLANK, BLANK))
            if labels[b]:
                rows.append(Row(b, LABEL, LABEL))
            first_row.append(len(rows))
            rows.extend(Row(b, a, e) for a, e in wrap(s, width))
        return cls(width, rows, first_row)

    def row_of(self, block: int, offset_in_block: int) -> int:
        """The row showing `offset_in_block` of `block`."""
        if not self.rows or block < 0:
            return 0
        first = self.first_row[block]
        last = self.first_row[block + 1] if block + 1 < len(self.first_row) else len(self.rows)
        starts = [self.rows[r].start for r in range(first, last) if self.rows[r].start >= 0]
        return first + max(0, bisect_right(starts, offset_in_block) - 1)
