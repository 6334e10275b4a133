"""A case-insensitive pattern behind a cheap gate: run it only where it could match.

Scanning a long alternation with `re.IGNORECASE` costs about as much at every position
as at a match, and most paragraphs and sentences hold none. When every match must contain
one of a few lowercase marks (a word of each alternative), a substring test on the
lowercased text rules most texts out at a fraction of the cost, with the same result.
"""

from __future__ import annotations

import re

from .tokens import CASE_FOLDS


class Gated:
    """`pattern.search`, skipped where none of `marks` occurs in the lowercased text and
    it does not open (after whitespace) with one of `starts`.

    Every match of `pattern` must contain one of `marks` (lowercase) or, for alternatives
    anchored at the start of the text (`^\\s*Word`), open with one of `starts`: common
    words ("more", "read") then only count where a promo line would put them. Where a
    letter that `re.IGNORECASE` folds to ASCII occurs (`CASE_FOLDS`), the pattern always runs.
    """

    __slots__ = ("marks", "pattern", "starts")

    def __init__(self, pattern: re.Pattern[str], marks: tuple[str, ...], starts: tuple[str, ...] = ()) -> None:
        self.pattern = pattern
        self.marks = marks
        self.starts = starts

    def search(self, text: str) -> re.Match[str] | None:
        low = text.lower()
        if (
            any(m in low for m in self.marks)
            or (self.starts and low.lstrip().startswith(self.starts))
            or CASE_FOLDS.search(text)
        ):
            return self.pattern.search(text)
        return None
