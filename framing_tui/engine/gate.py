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
    """`pattern.search`, skipped where none of `marks` occurs in the lowercased text.

    Every match of `pattern` must contain one of `marks` (lowercase). Where a letter that
    `re.IGNORECASE` folds to ASCII occurs (`CASE_FOLDS`), the pattern always runs.
    """

    __slots__ = ("marks", "pattern")

    def __init__(self, pattern: re.Pattern[str], marks: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.marks = marks

    def search(self, text: str) -> re.Match[str] | None:
        low = text.lower()
        if any(m in low for m in self.marks) or CASE_FOLDS.search(text):
            return self.pattern.search(text)
        return None
