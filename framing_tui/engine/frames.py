"""The 14 policy frames: a 0..1 score for each, whether it is present, and its evidence.

Each frame's cue words (lexicons/frames/) add their weight, more in the headline and
the lede, less inside quotes (a source's framing is not the author's). Three readable
numbers describe a frame's evidence: its cue mass scaled by the article's length, its
share of all frame cues in the article (is it what the article is mostly about?), and
whether the headline uses it. A small logistic model per frame turns them into a score
(weights in `frame_model.toml`, fitted by `benchmarks/fit_frames.py`); a frame is present
when its score reaches 0.5.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .compiled import ENGINE_DIR
from .report import FRAME_IDS, FRAME_NAMES, Frame

HEADLINE_BOOST = 2.0  # cues in the headline weigh double
LEDE_BOOST = 1.5  # and in the first three body sentences, half again
QUOTED_FACTOR = 0.7  # a cue in a quote is the source's framing, weighed a little less
# Length scaling: evidence is divided by the square root of the article's length in
# units of this many words, so density counts but a long article is not penalised fully.
WORDS_PER_UNIT = 120.0
PRESENT_THRESHOLD = 0.5
MAX_EVIDENCE = 25
MODEL_PATH = Path(ENGINE_DIR) / "frame_model.toml"
# Used when no fitted model is present: mass and share both count, nothing else.
DEFAULT_PARAMS = (-2.5, 1.6, 2.0, 0.5, 0.0)  # bias, log-mass, share, headline, distinct


@dataclass(slots=True, unsafe_hash=True)
class Cue:
    frame: str
    start: int
    end: int
    weight: float
    term: str
    sentence: int
    quoted: bool

    # Written out, not generated: mypyc compiles it to C, where @dataclass's would run as
    # Python (and, frozen, set each field through object.__setattr__: ~2 us a Cue).
    def __init__(self, frame: str, start: int, end: int, weight: float, term: str, sentence: int, quoted: bool) -> None:
        self.frame = frame
        self.start = start
        self.end = end
        self.weight = weight
        self.term = term
        self.sentence = sentence
        self.quoted = quoted


@lru_cache(maxsize=1)
def params() -> dict[str, tuple[float, ...]]:
    if not MODEL_PATH.exists():
        return {}
    data = tomllib.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return {fid: tuple(float(x) for x in v) for fid, v in data.get("frames", {}).items()}


def evidence(
    cues: list[Cue], words: int, sentence_kinds: list[str], lede: set[int]
) -> dict[str, tuple[float, float, float, float]]:
    """Per frame: log of the length-scaled cue mass, share of all cue mass, headline 0/1,
    and log of the number of distinct cue terms (ten different words say more than one
    word ten times)."""
    scale = max(1.0, words / WORDS_PER_UNIT)
    mass = dict.fromkeys(FRAME_IDS, 0.0)
    head = dict.fromkeys(FRAME_IDS, 0.0)
    distinct: dict[str, set[str]] = {f: set() for f in FRAME_IDS}
    for c in cues:
        distinct[c.frame].add(c.term)
        w = c.weight
        if sentence_kinds[c.sentence] == "headline":
            w *= HEADLINE_BOOST
            head[c.frame] = 1.0
        elif c.sentence in lede:
            w *= LEDE_BOOST
        if c.quoted:
            w *= QUOTED_FACTOR
        mass[c.frame] += w
    total = sum(mass.values()) or 1.0
    return {
        f: (math.log1p(mass[f] / math.sqrt(scale)), mass[f] / total, head[f], math.log1p(len(distinct[f])))
        for f in FRAME_IDS
    }


def score_frames(cues: list[Cue], words: int, sentence_kinds: list[str], lede: set[int]) -> list[Frame]:
    """One Frame per frame id, in the contract's order."""
    ev = evidence(cues, words, sentence_kinds, lede)
    fitted = params()
    by_frame: dict[str, list[Cue]] = {f: [] for f in FRAME_IDS}
    for c in cues:
        by_frame[c.frame].append(c)
    out: list[Frame] = []
    for fid in FRAME_IDS:
        x = ev[fid]
        p = fitted.get(fid, DEFAULT_PARAMS)
        z = p[0] + sum(w * v for w, v in zip(p[1:], x, strict=True))
        score = 0.0 if x[0] == 0 else 1.0 / (1.0 + math.exp(-z))
        terms: list[str] = []
        for c in sorted(by_frame[fid], key=lambda c: -c.weight):
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
