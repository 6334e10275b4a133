"""Sentence voice: opinion, reported, factual or boilerplate, with a score and its reasons.

The opinion score is a logistic combination of a few dozen readable features: the
author's own loaded and editorial words (from the lexicons), modals of obligation,
first and second person, questions and exclamations, judgement superlatives, and,
against opinion, numbers, dates and named actors. Each label keeps the rule ids that
moved it most, so a reader can ask why.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .report import Finding, Label

# Hand-set starting weights (log-odds). They are deliberately round numbers; the
# fitting script in benchmarks/ may replace them with fitted ones, recorded as data.
BIAS = -1.2
CATEGORY_WEIGHTS = {
    "loaded": 1.7,
    "editorial": 1.5,
    "partisan": 1.1,
    "presupposition": 0.9,
    "weasel": 0.7,
    "booster": 0.5,
    "hedge": 0.35,
    "attribution": 0.0,
    "agency": 0.3,
}
STYLE_WEIGHTS = {
    "style.first_person": 1.1,
    "style.second_person": 0.9,
    "style.question": 2.0,
    "style.exclamation": 2.0,
    "style.obligation": 1.1,
    "style.superlative": 0.6,
    "style.number": -0.6,
    "style.date": -0.4,
    "style.named_actor": -0.15,  # per capitalised name, up to three
}
REPORTED_SHARE = 0.5  # a sentence at least half inside quotes is the source's voice
OPINION_THRESHOLD = 0.5

FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|mine|we|we're|we’re|our|ours|us)\b")
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you’re)\b", re.IGNORECASE)
OBLIGATION = re.compile(r"\b(?:should|must|ought to|need to|needs to|has to|have to)\b", re.I)
SUPERLATIVE = re.compile(
    r"\b(?:best|worst|greatest|biggest|most|least|better|worse|finest|dumbest|smartest)\b", re.I
)
NUMBER = re.compile(r"\d")
DATE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December|\d{4})\b"
)
# A capitalised word inside a sentence (after a lowercase word): a name, roughly.
NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+(?: [A-Z][a-z]+)*")


@dataclass(frozen=True, slots=True)
class Verdict:
    label: Label
    score: float
    reasons: tuple[str, ...]


def score_sentence(author_text: str, author_findings: list[Finding]) -> tuple[float, list[str]]:
    """The opinion score of the author's own words in a sentence, and the reasons."""
    contrib: dict[str, float] = {}
    for f in author_findings:
        w = CATEGORY_WEIGHTS.get(f.category, 0.0) * f.weight
        if w:
            contrib[f.rule] = contrib.get(f.rule, 0.0) + w
    stripped = author_text.strip()
    checks = {
        "style.first_person": FIRST_PERSON.search(author_text),
        "style.second_person": SECOND_PERSON.search(author_text),
        "style.question": stripped.endswith("?"),
        "style.exclamation": stripped.endswith("!"),
        "style.obligation": OBLIGATION.search(author_text),
        "style.superlative": SUPERLATIVE.search(author_text),
        "style.number": NUMBER.search(author_text),
        "style.date": DATE.search(author_text),
    }
    for rule, hit in checks.items():
        if hit:
            contrib[rule] = STYLE_WEIGHTS[rule]
    names = len(NAME.findall(author_text))
    if names:
        contrib["style.named_actor"] = STYLE_WEIGHTS["style.named_actor"] * min(names, 3)
    # Several loaded words add up, but with diminishing returns: a rant is not 10x opinion.
    lexical = sum(v for k, v in contrib.items() if not k.startswith("style.") and v > 0)
    other = sum(v for k, v in contrib.items() if k.startswith("style."))
    z = BIAS + 3.0 * math.tanh(lexical / 3.0) + other
    score = 1.0 / (1.0 + math.exp(-z))
    reasons = [k for k, v in sorted(contrib.items(), key=lambda kv: -kv[1]) if v > 0]
    return score, reasons


def label_sentence(
    block_kind: str,
    block_reason: str,
    quoted_share: float,
    attributed: bool,
    author_text: str,
    author_findings: list[Finding],
) -> Verdict:
    if block_kind in ("byline", "caption", "bio", "promo"):
        return Verdict("boilerplate", 0.0, (block_reason,))
    score, reasons = score_sentence(author_text, author_findings)
    if quoted_share >= REPORTED_SHARE or attributed:
        why = "attribution.direct_quote" if quoted_share >= REPORTED_SHARE else "attribution.reported"
        return Verdict("reported", round(score, 3), (why, *reasons[:4]))
    label: Label = "opinion" if score >= OPINION_THRESHOLD else "factual"
    return Verdict(label, round(score, 3), tuple(reasons[:6]))
