"""Word tokens with character spans, their normalised forms and their stems.

Hyphens and other punctuation separate tokens, so "far-left" is "far" + "left" and a
lexicon phrase "far-left" matches "far left" too. Apostrophes (straight or curly) stay
inside a word. Stems come from nltk's Snowball stemmer, which needs no downloaded data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A word: letters or digits, with internal apostrophes ("don't", "O’Brien").
WORD_RE = re.compile(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*")
# Letters that re.IGNORECASE matches to ASCII letters but str.lower leaves alone (or
# changes in length): İ ı ſ K. Where one occurs, a shortcut that finds a case-insensitive
# pattern's words in lowercased text could miss a match, so it is not taken.
CASE_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})

_stemmer = None


def _get_stemmer():
    global _stemmer
    if _stemmer is None:
        from nltk.stem.snowball import EnglishStemmer

        _stemmer = EnglishStemmer()
    return _stemmer


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a lowercased word (cached: news text repeats itself)."""
    if len(word) <= 2 or (not word.isalpha() and "'" not in word):
        return word
    return _get_stemmer().stem(word)


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


_FORMS: dict[str, tuple[str, str]] = {}  # surface word -> (normalised, stem)
_FORMS_MAX = 500_000


def tokenize(text: str, offset: int = 0) -> Tokens:
    """Tokens of `text`; spans are shifted by `offset` into the enclosing document."""
    starts: list[int] = []
    ends: list[int] = []
    surface: list[str] = []
    lower: list[str] = []
    stems: list[str] = []
    forms = _FORMS
    for m in WORD_RE.finditer(text):
        w = m.group()
        form = forms.get(w)
        if form is None:
            lw = normalise(w)
            form = (lw, stem(lw))
            if len(forms) < _FORMS_MAX:
                forms[w] = form
        a, b = m.span()
        starts.append(a + offset)
        ends.append(b + offset)
        surface.append(w)
        lower.append(form[0])
        stems.append(form[1])
    return Tokens(starts, ends, surface, lower, stems)


WILDCARD = "*"
_TERM_RE = re.compile(WORD_RE.pattern + r"|\*")


def term_words(term: str) -> list[str]:
    """The normalised words of a lexicon term, split as article text is.

    A `*` stands for any one word ("twist * words" matches "twist his words").
    """
    return [normalise(m.group()) for m in _TERM_RE.finditer(term)]
