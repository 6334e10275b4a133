"""The anchor words that let `features` skip a keyword pattern never skip a match."""

import re
from pathlib import Path

import pytest

from framing_tui.engine import labels
from framing_tui.engine.tokens import CASE_FOLDS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Every alternative of every keyword pattern, in the forms an article writes them.
PHRASES = [
    "I", "I'm", "I’ve", "me", "my", "mine", "myself", "We", "we’re", "our", "ours", "us", "ourselves",
    "You", "your", "yours", "you're", "yourself", "should", "must", "ought to", "need to", "needs to",
    "has to", "have to", "had better", "will", "would", "could", "might", "may", "can't", "cannot",
    "won't", "wouldn't", "best", "worst", "greatest", "biggest", "most", "least", "loveliest", "But",
    "yet", "however", "although", "though", "nevertheless", "nonetheless", "instead", "rather", "still",
    "even", "not", "never", "no", "nothing", "nobody", "none", "n't", "don’t", "isn't", "Monday",
    "Sunday", "January", "March", "December", "1999", "2024", "said", "says", "told", "according to",
    "reported", "announced", "stated", "added", "too costly", "so weak", "such a mess", "far worse",
    "rather odd", "quite bad", "pretty grim", "utterly wrong", "simply false", "merely cosmetic",
    "just wrong", "it is clear", "it's time", "this was hard", "that would be wrong", "it seems no wonder",
    "it is not surprising", "this is an absurd", "In fact", "indeed", "of course", "after all",
    "rather than", "instead of", "not only", "in other words", "that is why", "which is why",
    "the point is", "the problem is", "the truth is", "the reality is", "the question is", "is", "are",
    "isn't", "aren’t", "is not", "are not", "more than", "less than", "fewer than", "bigger than",
    "more money than",
]  # fmt: skip


def _texts() -> list[str]:
    out = [f"{p}" for p in PHRASES]
    out += [f"Then {p.lower()}, they found." for p in PHRASES]
    out += [f"Then {p.upper()} they found." for p in PHRASES]
    for f in EXAMPLES.glob("*.txt"):
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", f.read_text(encoding="utf-8")) if s.strip()]
    return out


@pytest.mark.parametrize("key", list(labels._ANCHORS))
def test_a_pattern_that_matches_is_always_among_the_possible_ones(key):
    rx = labels._ANCHORS[key][0]
    matched = 0
    for text in _texts():
        low = text.lower()
        if rx.search(text):
            matched += 1
            assert key in labels._possible(text, low, set(labels._RUNS.findall(low))), text
    assert matched  # the phrases above exercise every pattern


def test_case_folds_lists_every_letter_that_ignorecase_folds_to_ascii():
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    folds = {chr(c) for c in range(0x80, 0x110000) if ascii_letter.match(chr(c))}
    assert folds == {c for c in folds if CASE_FOLDS.match(c)}
