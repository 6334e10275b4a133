"""The word scan that `features` uses finds what the keyword patterns find, match for match."""

import re
from pathlib import Path

from framing_tui.engine import labels
from framing_tui.engine.gate import words_of
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


# Glued to each phrase: what makes a run of letters no whole word, or a letter fold.
AFFIXES = ["", "2", "_", "é", "ı", "K", "’s", "—", "ly", "est", "ed"]


def _variants() -> list[str]:
    out = _texts()
    for p in PHRASES:
        for a in AFFIXES:
            out += [f"{a}{p} it was{a} clear!", f"Then {p}{a} than ever—", f"{p.title()}{a}, quickly said?"]
    return out


def scan(text: str) -> tuple:
    """What `labels.features` finds in a stripped sentence: the runs of [a-z] in
    `text.lower()`, `by_patterns(text)` found the fast way, and `len(text.split())`."""
    split = words_of(text)
    if split is None:
        return (labels._RUNS.findall(text.lower()), *labels.by_patterns(text), len(text.split()))
    runs, words, lows, number, year, n = split
    return (runs, *labels.by_words(text, words, lows, number, year), n)


def test_the_word_scan_finds_what_the_patterns_find():
    seen = [0] * len(labels.KEYWORD_KEYS)
    for text in _variants():
        text = text.strip()
        runs, *found, n = scan(text)
        expected = labels.by_patterns(text)
        assert (runs, tuple(found), n) == (labels._RUNS.findall(text.lower()), expected, len(text.split())), text
        seen = [n + (expected[0] >> k & 1) for k, n in enumerate(seen)]
    assert all(seen), [key for key, n in zip(labels.KEYWORD_KEYS, seen, strict=True) if not n]


def test_case_folds_lists_every_letter_that_ignorecase_folds_to_ascii():
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    folds = {chr(c) for c in range(0x80, 0x110000) if ascii_letter.match(chr(c))}
    assert folds == {c for c in folds if CASE_FOLDS.match(c)}


def test_lowercasing_keeps_every_other_letter_in_place():
    """What the word scan relies on: outside CASE_FOLDS, `str.lower` maps each character to
    one character, a word character to a word character, and an ASCII letter (only) to one."""
    word, letter = re.compile(r"\w"), re.compile("[A-Za-z]")
    for c in map(chr, range(0x110000)):
        if CASE_FOLDS.match(c):
            continue
        low = c.lower()
        assert len(low) == 1, hex(ord(c))
        assert bool(word.match(c)) == bool(word.match(low)), hex(ord(c))
        assert bool(letter.match(c)) == bool(re.match("[a-z]", low)), hex(ord(c))


def test_words_are_counted_as_str_split_counts_them():
    spaces = [" ", "  ", "\t", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000", "—"]
    for text in _variants():
        for k, space in enumerate(spaces):
            joined = text.strip().replace(" ", space, k % 3 + 1).strip()
            if joined:
                assert scan(joined)[-1] == len(joined.split()), joined
