"""Sentence splitting with Punkt, set up from our own lexicons (no downloaded data).

Punkt (engine/punkt.py: nltk's algorithm, reimplemented for these parameters) is given the
abbreviations and sentence starters from `lexicons/`, and an orthographic context that says
the sentence starters are seldom capitalised inside a sentence, so that "in the U.S. The
next day" still breaks after "U.S.".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .punkt import Punkt
from .report import Block
from .tokens import WORD_RE, stem

# An ellipsis or a run of dashes longer than this inside a very long "sentence" is a break.
MAX_SENTENCE_CHARS = 2_000
# A piece after a quote's "!" or "?" this short may be its attribution.
ATTRIBUTION_MAX_WORDS = 8


@lru_cache(maxsize=8)
def _tokenizer(abbreviations: frozenset[str], starters: frozenset[str]) -> Punkt:
    return Punkt(abbreviations, starters)


def split(
    text: str,
    blocks: list[Block],
    abbreviations: frozenset[str],
    starters: frozenset[str],
    report_verbs: frozenset[str] = frozenset(),
) -> list[tuple[int, int, int]]:
    """(start, end, block index) of every sentence, in order and disjoint.

    A headline, byline, caption or promo line is one sentence; prose is split by Punkt.
    `report_verbs` (stems) let `"Get out!" Fire Chief Omar Haddad shouted.` stay one
    sentence: a short attribution after a quote's "!" or "?" goes on it.
    """
    tok = _tokenizer(abbreviations, starters)
    out: list[tuple[int, int, int]] = []
    for n, b in enumerate(blocks):
        if b.kind in ("headline", "byline", "caption", "promo"):
            out.append((b.start, b.end, n))
            continue
        chunk = text[b.start : b.end]
        pieces: list[tuple[int, int]] = []
        for s, e in tok.spans(chunk):
            if pieces and (
                _continues(chunk, pieces[-1][1], s) or _attribution_after(chunk, pieces[-1][1], s, e, report_verbs)
            ):
                pieces[-1] = (pieces[-1][0], e)
            else:
                pieces.append((s, e))
        for s, e in pieces:
            for s2, e2 in _cap_length(chunk, s, e):
                out.append((b.start + s2, b.start + e2, n))
    return out


def _continues(chunk: str, prev_end: int, start: int) -> bool:
    """`"Go!" he said.`: a lowercase start after a closing quote goes on the same sentence."""
    return chunk[prev_end - 1 : prev_end] in "\"”’'" and chunk[start : start + 1].islower()


def _attribution_after(chunk: str, prev_end: int, start: int, end: int, verbs: frozenset[str]) -> bool:
    """`"Get out!" Fire Chief Omar Haddad shouted.`: after a quote that ends in "!" or "?",
    a short piece of capitalised words and a report verb, ending the sentence, is its
    attribution ("… shouted." or "asked Ella Brook.")."""
    if not verbs or chunk[prev_end - 2 : prev_end] not in ('!"', '?"', "!”", "?”"):
        return False
    words = WORD_RE.findall(chunk, start, end)
    if not 2 <= len(words) <= ATTRIBUTION_MAX_WORDS or not chunk[start:end].rstrip().endswith("."):
        return False
    for k, w in enumerate(words):
        if stem(w.lower()) in verbs:
            rest = words[:k] if k else words[1:]
            return all(x[:1].isupper() for x in rest)
    return False


_SOFT_BREAK = re.compile(r"[;:…]\s+|\s[-–—]\s|\n")


def _cap_length(chunk: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a run-on "sentence" (no final punctuation for pages) at soft breaks."""
    if e - s <= MAX_SENTENCE_CHARS:
        return [(s, e)]
    out: list[tuple[int, int]] = []
    start = s
    for m in _SOFT_BREAK.finditer(chunk, s, e):
        if m.end() - start >= MAX_SENTENCE_CHARS // 2:
            out.append((start, m.start()))
            start = m.end()
    while e - start > MAX_SENTENCE_CHARS:  # no soft break at all: cut at a space
        cut = chunk.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        out.append((start, cut))
        start = cut + (chunk[cut : cut + 1] == " ")
    out.append((start, e))
    return [(a, b) for a, b in (_trim(chunk, a, b) for a, b in out) if b > a]


def _trim(chunk: str, a: int, b: int) -> tuple[int, int]:
    while a < b and chunk[a].isspace():
        a += 1
    while b > a and chunk[b - 1].isspace():
        b -= 1
    return a, b
