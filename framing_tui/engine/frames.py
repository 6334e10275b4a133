"""The 14 policy frames: a 0..1 score for each, whether it is present, and its evidence.

Each frame's cue words (lexicons/frames/) add their weight, more in the headline and
the lede, less inside quotes (a source's framing is not the author's). The sum is
scaled by the article's length, so a long article needs more cues than a short one,
and squashed to 0..1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .report import FRAME_IDS, FRAME_NAMES, Frame

HEADLINE_BOOST = 2.0  # cues in the headline weigh double
LEDE_BOOST = 1.5  # and in the first three body sentences, half again
LEDE_SENTENCES = 3
QUOTED_FACTOR = 0.7  # a cue in a quote is the source's framing, weighed a little less
# The length scale: evidence per this many words counts as one unit (so density matters
# for long texts) but never below MIN_SCALE (so a short text still needs real cues).
WORDS_PER_UNIT = 120.0
MIN_SCALE = 1.0
PRESENT_THRESHOLD = 0.5
SATURATION = 2.2  # evidence units at which the score reaches 1 - e^-1 ≈ 0.63
MAX_EVIDENCE = 25


@dataclass(frozen=True, slots=True)
class Cue:
    frame: str
    start: int
    end: int
    weight: float
    term: str
    sentence: int
    quoted: bool


def score_frames(
    cues: list[Cue], words: int, sentence_kinds: list[str], lede: set[int]
) -> list[Frame]:
    """One Frame per frame id, in the contract's order."""
    scale = max(MIN_SCALE, words / WORDS_PER_UNIT)
    by_frame: dict[str, list[Cue]] = {f: [] for f in FRAME_IDS}
    for c in cues:
        by_frame[c.frame].append(c)
    out: list[Frame] = []
    for fid in FRAME_IDS:
        mass = 0.0
        for c in by_frame[fid]:
            w = c.weight
            if sentence_kinds[c.sentence] == "headline":
                w *= HEADLINE_BOOST
            elif c.sentence in lede:
                w *= LEDE_BOOST
            if c.quoted:
                w *= QUOTED_FACTOR
            mass += w
        units = mass / math.sqrt(scale) if scale > 1 else mass
        score = 1.0 - math.exp(-units / SATURATION)
        ranked = sorted(by_frame[fid], key=lambda c: -c.weight)
        terms: list[str] = []
        for c in ranked:
            if c.term.lower() not in terms:
                terms.append(c.term.lower())
        out.append(
            Frame(
                id=fid,
                present=score >= PRESENT_THRESHOLD,
                score=round(score, 3),
                evidence=tuple((c.start, c.end) for c in by_frame[fid][:MAX_EVIDENCE]),
                name=FRAME_NAMES[fid],
                cues=tuple(terms[:8]),
            )
        )
    return out
