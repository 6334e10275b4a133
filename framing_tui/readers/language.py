"""Cheap checks on decoded text that warn when the analysis will be weaker than usual.

- English: the lexicons are English. English prose is about half function words ("the",
  "of", "and", "to", "said" …); the share of these words among the first few thousand
  words tells English from other languages in Latin script, and a text whose letters are
  mostly outside ASCII (Cyrillic, Greek, Chinese …) is not English either.
- Capitals: a text written in capitals still matches loaded words (matching ignores case)
  but loses the capitals that mark names and the starts of sentences.
- Zero-width characters inside words split them for the tokenizer.
"""

from __future__ import annotations

import re
from itertools import islice

NOT_ENGLISH = "the text does not look like English; the lexicons are English"
CAPITALS = "text is in capitals; loaded-word matching is case-blind but names and sentence splitting suffer"
ZERO_WIDTH = "the text holds zero-width characters inside words; the words they split are not matched"

# Judge only texts with this many words, on at most this many.
MIN_WORDS = 50
SAMPLE_WORDS = 5000
# Measured on this project's synthetic news corpus and on paragraphs written in other
# languages: English articles have 33–45% of their words in the list below, and still
# 18% or more in their first 50 words (headline, byline and dateline included); French,
# German, Spanish, Italian, Portuguese and Swedish prose under 2%, Dutch 8%. The cut is
# between.
MIN_ENGLISH_SHARE = 0.15
MIN_ASCII_LETTER_SHARE = 0.5
CAPITALS_MIN_LETTERS = 40
CAPITALS_SHARE = 0.9

# English function words and news verbs, written for this check. Words that are also
# common in other European languages ("a", "in", "die", "also", "so", "no", "me") are left
# out so that they cannot make a foreign text look English.
_ENGLISH_WORDS = """
    the of and to is are was were be been being has have had do does did will would
    shall should can could may might must that this these those which who whom whose
    what when where why how it its he she they them their his her him we our us you
    your my not with for from by at as but or if than then there here about into
    over after before under between through during against without within among
    because while until since though although all any some each every more most other
    such only own same too very just said says told up out off down again once both
    few nor now new one two first last year years people it's that's don't didn't
    can't won't isn't wasn't aren't
"""
ENGLISH_WORDS = frozenset(_ENGLISH_WORDS.split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Zero-width space, non-joiner, word joiner, and a BOM inside the text, between letters.
_ZERO_WIDTH_IN_WORD = re.compile(r"(?<=[^\W\d_])[\u200b\u200c\u2060\ufeff]+(?=[^\W\d_])")


def looks_english(text: str) -> bool:
    """False when `text` is long enough to judge and does not look like English."""
    letters = [c for c in islice(text, 200_000) if c.isalpha()]
    if len(letters) >= 4 * MIN_WORDS:
        ascii_share = sum(1 for c in letters if c.isascii()) / len(letters)
        if ascii_share < MIN_ASCII_LETTER_SHARE:
            return False
    words = [m.group().lower().replace("’", "'") for m in islice(_WORD.finditer(text), SAMPLE_WORDS)]
    if len(words) < MIN_WORDS:
        return True
    return sum(1 for w in words if w in ENGLISH_WORDS) / len(words) >= MIN_ENGLISH_SHARE


def in_capitals(text: str) -> bool:
    """True when nearly every cased letter of a text of some length is a capital."""
    upper = lower = 0
    for c in islice(text, 200_000):
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    return upper + lower >= CAPITALS_MIN_LETTERS and upper / (upper + lower) >= CAPITALS_SHARE


def has_zero_width_in_words(text: str) -> bool:
    return _ZERO_WIDTH_IN_WORD.search(text) is not None


def warnings_for(text: str, name: str) -> tuple[str, ...]:
    """The warnings the checks above give for `text`, each naming the input."""
    out = []
    if not looks_english(text):
        out.append(f"{name}: {NOT_ENGLISH}")
    if in_capitals(text):
        out.append(f"{name}: {CAPITALS}")
    if has_zero_width_in_words(text):
        out.append(f"{name}: {ZERO_WIDTH}")
    return tuple(out)
