"""Word valence from VADER's lexicon, as shipped in the vaderSentiment package (MIT).

Evaluative words in general (not only the loaded terms our lexicons list) are evidence
that a sentence is the author's view, and their sign gives the tone of a sentence about
a person or organisation. We read the package's lexicon file directly (word, mean
valence from -4 to +4) and use nothing else from the package.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .gate import letter_runs

# Valences below this (in absolute value) are too weak to count as evaluation.
MIN_VALENCE = 1.0


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    try:
        raw = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    out: dict[str, float] = {}
    for line in raw.splitlines():
        parts = line.split("\t", 2)  # word, mean valence, the rest (left unsplit)
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                v = float(parts[1])
            except ValueError:
                continue
            if abs(v) >= MIN_VALENCE:
                out[parts[0]] = v
    return out


def valence_sums(text: str) -> tuple[float, float]:
    """(sum of positive valences, sum of negative magnitudes) of the words in `text`: its
    runs of [a-z] once lowercased."""
    return valence_of(letter_runs(text))


def valence_of(words: list[str]) -> tuple[float, float]:
    """`valence_sums` of text already split into its lowercase words."""
    lex = valences()
    pos = neg = 0.0
    for w in words:
        v = lex.get(w)
        if v is None:
            continue
        if v > 0:
            pos += v
        else:
            neg -= v
    return pos, neg
