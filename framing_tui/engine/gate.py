"""A case-insensitive pattern behind a cheap gate: run it only where it could match.

Scanning a long alternation with `re.IGNORECASE` costs about as much at every position
as at a match, and most paragraphs and sentences hold none. When every match must contain
one of a few lowercase marks (a word of each alternative), a substring test on the
lowercased text rules most texts out at a fraction of the cost, with the same result.
"""

from __future__ import annotations

import re


def folds(text: str) -> bool:
    """`CASE_FOLDS.search(text)`, by substring tests: a regex character class scans at some
    70 instructions a character, str.find at a few."""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text


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
        if any(m in low for m in self.marks) or (self.starts and low.lstrip().startswith(self.starts)) or folds(text):
            return self.pattern.search(text)
        return None


# Which whole words a text holds decides most keyword patterns with no scan at all (see
# labels.by_words). A word here is a maximal run of word characters (`\w+`) that are all
# ASCII letters: what `\b…\b` delimits around letters.
# Byte tables for the common case, a text whose word characters are all ASCII: its letters
# kept, all else a space; its word characters kept; each character's kind: a letter "a",
# a digit "0", "_", a space " " (as str.split sees one), anything else ".".
_ASCII_LETTERS = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
_ASCII_WORD = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32 for c in range(256))
_ASCII_KIND = bytes(
    97 if _ASCII_LETTERS[c] != 32 else 48 if 48 <= c <= 57 else 95 if c == 95 else 32 if chr(c).isspace() else 46
    for c in range(256)
)
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f](?<=\w)")
_LETTERS = re.compile(r"[A-Za-z]+")
_RUNS = re.compile(r"[a-z]+")
# A letter next to another word character: a digit, "_" or a non-ASCII letter ("3rd", "café").
_MIXED = re.compile(r"[^\WA-Za-z](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
_WHOLE = re.compile(r"\b[A-Za-z]+\b")
_DIGIT = re.compile(r"\d")
YEAR_UNKNOWN = -1


def letter_runs(text: str) -> list[str]:
    """The runs of [a-z] in `text.lower()`: with no letter that lowercases to ASCII but is
    not ASCII (CASE_FOLDS), the runs of ASCII letters in `text`, lowercased."""
    if folds(text):
        return _RUNS.findall(text.lower())
    return text.encode("ascii", "replace").translate(_ASCII_LETTERS).decode("ascii").lower().split()


def words_of(text: str) -> tuple[list[str], list[str], list[str], bool, int, int] | None:
    """Of a stripped, non-empty text: the runs of ASCII letters, lowercased (the runs of [a-z]
    in `text.lower()`); its words and the same lowercased; whether it holds a digit (`\\d`);
    whether a word (`\\w+`) is a year 19xx or 20xx (1, 0 or YEAR_UNKNOWN); and
    `len(text.split())`. None where a letter folds to ASCII under re.IGNORECASE
    (CASE_FOLDS): lowercasing then moves letters, and the words say nothing."""
    if text.isascii() or _NON_ASCII_WORD.search(text) is None:
        # every non-ASCII character is a non-word character, as the "?" standing for it
        raw = text.encode("ascii", "replace")
        found = raw.translate(_ASCII_LETTERS).decode("ascii").split()
        runs = [w.lower() for w in found]
        kind = raw.translate(_ASCII_KIND).decode("ascii")
        number = "0" in kind
        n = kind.count(" ") + 1 if text.isascii() and "  " not in kind else len(text.split())
        year = 0
        if number and ("19" in text or "20" in text):
            for w in raw.translate(_ASCII_WORD).decode("ascii").split():
                if len(w) == 4 and w.isdigit() and (w.startswith("19") or w.startswith("20")):
                    year = 1
        if (number or "_" in kind) and ("a0" in kind or "0a" in kind or "a_" in kind or "_a" in kind):
            # some runs of letters ("3rd") are no words
            whole: list[str] = [w for w in raw.translate(_ASCII_WORD).decode("ascii").split() if w.isalpha()]
            return runs, whole, [w.lower() for w in whole], number, year, n
        return runs, found, runs, number, year, n
    if folds(text):
        return None
    found = _LETTERS.findall(text)
    runs = [w.lower() for w in found]
    number = _DIGIT.search(text) is not None
    n = len(text.split())
    if _MIXED.search(text) is None:
        return runs, found, runs, number, YEAR_UNKNOWN, n
    whole = _WHOLE.findall(text)
    return runs, whole, [w.lower() for w in whole], number, YEAR_UNKNOWN, n
