"""Word tokens with character spans, their normalised forms and their stems.

Hyphens and other punctuation separate tokens, so "far-left" is "far" + "left" and a
lexicon phrase "far-left" matches "far left" too. Apostrophes (straight or curly) stay
inside a word. Stems are Snowball English stems (stemmer.py: our own implementation,
giving exactly the stems of nltk's EnglishStemmer without importing nltk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from .stemmer import stem as snowball_stem

# A word: letters or digits, with internal apostrophes ("don't", "O’Brien").
WORD_RE = re.compile(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*")
# Letters that re.IGNORECASE matches to ASCII letters but str.lower leaves alone (or
# changes in length): İ ı ſ K. Where one occurs, a shortcut that finds a case-insensitive
# pattern's words in lowercased text could miss a match, so it is not taken.
CASE_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a lowercased word (cached: news text repeats itself)."""
    if len(word) <= 2 or (not word.isalpha() and "'" not in word):
        return word
    return snowball_stem(word)


def normalise(word: str) -> str:
    """Lowercase with curly apostrophes made straight."""
    return word.lower().translate(APOSTROPHES)


@dataclass(slots=True)
class Tokens:
    """Parallel arrays of the tokens of one text (fast to build and to walk)."""

    starts: list[int]
    ends: list[int]
    surface: list[str]
    lower: list[str]
    stems: list[str]

    def __len__(self) -> int:
        return len(self.starts)


# The words with the gaps between them, alternating (gap, word, gap, ..., gap): split in C,
# offsets are the running sums of the parts' lengths.
_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")
# Each surface word's normalised form and stem, so that building a text's tokens is a
# lookup per word in C (`map`); emptied when it grows past _FORMS_MAX.
_LOWER: dict[str, str] = {}
_STEM: dict[str, str] = {}
_FORMS_MAX = 500_000


def tokenize(text: str, offset: int = 0) -> Tokens:
    """Tokens of `text`; spans are shifted by `offset` into the enclosing document."""
    parts = _SPLIT_RE.split(text)
    bounds = list(accumulate(map(len, parts), initial=offset))
    surface = parts[1::2]
    words = set(surface)
    new = words.difference(_LOWER)
    if len(_LOWER) + len(new) > _FORMS_MAX:
        _LOWER.clear()
        _STEM.clear()
        new = words
    for w in new:
        lw = normalise(w)
        _LOWER[w] = lw
        _STEM[w] = stem(lw)
    return Tokens(
        bounds[1:-1:2],
        bounds[2::2],
        surface,
        list(map(_LOWER.__getitem__, surface)),
        list(map(_STEM.__getitem__, surface)),
    )


WILDCARD = "*"
_TERM_RE = re.compile(WORD_RE.pattern + r"|\*")


def term_words(term: str) -> list[str]:
    """The normalised words of a lexicon term, split as article text is.

    A `*` stands for any one word ("twist * words" matches "twist his words").
    """
    return [normalise(m.group()) for m in _TERM_RE.finditer(term)]
