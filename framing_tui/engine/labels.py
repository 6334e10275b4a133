"""Sentence voice: opinion, reported, factual or boilerplate, with a score and its reasons.

The opinion score is a logistic model over a few dozen readable features of the
author's own words in a sentence (quoted words are blanked out first): the lexicon
categories found there (loaded, editorial, hedges …), and style cues such as first
person, questions, modals of obligation and prediction, scare quotes, contrastive
connectives, intensifying adverbs, and, against opinion, numbers, dates and named actors.
The weights are data (`opinion_model.toml`, fitted by `benchmarks/fit_opinion.py`); each
label keeps the features that moved it most, so a reader can ask why.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .compiled import ENGINE_DIR
from .report import Finding, Label
from .sentiment import valence_of
from .tokens import CASE_FOLDS

MODEL_PATH = Path(ENGINE_DIR) / "opinion_model.toml"
REPORTED_SHARE = 0.5  # a sentence at least half inside quotes is the source's voice
LEXICAL_CAP = 3.0  # a category's summed weights count up to this (a rant is not 10x opinion)

FIRST_SINGULAR = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|myself)\b")
FIRST_PLURAL = re.compile(r"\b(?:we|we're|we’re|we've|we’ve|our|ours|us|ourselves)\b", re.I)
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you’re|yourself)\b", re.I)
OBLIGATION = re.compile(r"\b(?:should|must|ought to|need to|needs to|has to|have to|had better)\b", re.I)
PREDICTION = re.compile(r"\b(?:will|would|could|might|may|can't|cannot|won't|wouldn't)\b", re.I)
SUPERLATIVE = re.compile(r"\b(?:best|worst|greatest|biggest|most|least|[a-z]{3,}est)\b", re.I)
NOT_SUPERLATIVE = frozenset(
    {
        "honest",
        "interest",
        "latest",
        "west",
        "rest",
        "test",
        "forest",
        "protest",
        "request",
        "arrest",
        "suggest",
        "invest",
        "harvest",
        "contest",
        "modest",
        "manifest",
        "digest",
        "earnest",
        "guest",
        "nest",
        "chest",
        "quest",
        "pest",
        "vest",
        "inquest",
        "conquest",
        "priest",
        "unrest",
        "northwest",
        "southwest",
        "midwest",
        "behest",
        "bequest",
    }
)
CONTRAST = re.compile(
    r"\b(?:but|yet|however|although|though|nevertheless|nonetheless|instead|rather|still|even)\b", re.I
)
LY_ADVERB = re.compile(r"\b[a-z]{4,}ly\b")
NOT_EVALUATIVE_LY = frozenset(
    {
        "only",
        "early",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "family",
        "july",
        "italy",
        "reply",
        "supply",
        "apply",
        "rely",
        "ally",
        "fly",
        "likely",
        "recently",
        "previously",
        "currently",
        "initially",
        "finally",
        "reportedly",
        "allegedly",
        "formerly",
        "publicly",
        "officially",
        "respectively",
        "approximately",
        "nearly",
        "mostly",
        "largely",
        "partly",
        "directly",
        "quickly",
        "immediately",
        "originally",
        "separately",
        "jointly",
        "annually",
        "locally",
        "nationally",
        "internationally",
        "federally",
    }
)
NEGATION = re.compile(r"\b(?:not|never|no|nothing|nobody|none|n't)\b|n[’']t\b", re.I)
NUMBER = re.compile(r"\d")
DATE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December|(?:19|20)\d\d)\b"
)
# A capitalised word inside a sentence (after a lowercase word): a name, roughly. The
# capital comes before the lookbehind, so the regex engine skips ahead to capitals in C
# (a pattern that opens with a lookbehind is tried at every position: twice as slow).
NAME = re.compile(r"[A-Z](?<=[a-z,;:] [A-Z])[a-z]+(?: [A-Z][a-z]+)*")
# A short quoted phrase inside the author's own sentence: 'levelling up', "so-called" uses.
SCARE_QUOTE = re.compile(r"[\"“‘'][^\"“”‘’'\n]{2,40}[\"”’']")
SPEECH_VERB = re.compile(r"\b(?:said|says|told|according to|reported|announced|stated|added)\b", re.I)
DASH_ASIDE = re.compile(r"\s[—–]\s|—")
# "too costly", "so weak that", "such a", "far too": degree words judge as they describe.
DEGREE = re.compile(r"\b(?:too|so|such|far|rather|quite|pretty|utterly|simply|merely|just)\s+(?:a\s+)?[a-z]{3,}", re.I)
# "it is clear that", "it's time to", "it was hard to": the writer's evaluation in a frame.
IT_EVALUATES = re.compile(
    r"\b(?:it|this|that)(?:'s|’s|\s+is|\s+was|\s+would\s+be|\s+seems)\s+(?:\w+\s+)?"
    r"(?:clear|obvious|important|time|hard|easy|difficult|worth|true|false|wrong|right|sad|shame|"
    r"ironic|remarkable|striking|telling|absurd|fair|unfair|essential|vital|crucial|necessary|"
    r"impossible|possible|likely|unlikely|no\s+wonder|no\s+surprise|not\s+surprising)\b",
    re.I,
)
# A sentence that opens with a bare verb is an instruction to the reader.
IMPERATIVE = re.compile(
    r"^\W*(?:consider|imagine|remember|note|observe|look|think|take|let|ask|recall|forget|"
    r"never\s+mind|don't|do\s+not|stop|try|picture|compare|beware)\b",
    re.I,
)
# Narrative past ("voted", "was approved") is how news reports events; present-tense
# claims ("is", "are") are how commentary states its views.
PAST = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|did)\b")
PRESENT_COPULA = re.compile(r"\b(?:is|are|isn't|aren't|is not|are not)\b", re.I)
COMPARATIVE = re.compile(r"\b(?:more|less|fewer|[a-z]{3,}er)\s+(?:\w+\s+)?than\b", re.I)
ARGUMENT = re.compile(
    r"\b(?:in\s+fact|indeed|of\s+course|after\s+all|rather\s+than|instead\s+of|not\s+only|"
    r"in\s+other\s+words|that\s+is\s+why|which\s+is\s+why|the\s+point\s+is|the\s+problem\s+is|"
    r"the\s+truth\s+is|the\s+reality\s+is|the\s+question\s+is)\b",
    re.I,
)


# Which keyword patterns can match a sentence is mostly decided by a set test on its
# lowercased words: each pattern needs one of its anchor words (for a phrase, its rarest
# word) to stand whole in the text, or one of its marks as a substring. The pattern itself
# runs only where that holds, which saves most of the regex scans (they were 30% of
# `analyze()`). Where `re.IGNORECASE` and `str.lower` disagree (`CASE_FOLDS`), every
# pattern runs.
_RUNS = re.compile(r"[a-z]+")
# Keyed by the feature each pattern sets: (pattern, anchor words, marks). Feature names,
# not patterns, go into sets: a compiled pattern hashes its whole program on every lookup.
_ANCHORS: dict[str, tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]] = {
    "style.first_singular": (FIRST_SINGULAR, frozenset({"i", "me", "my", "mine", "myself"}), ()),
    "style.first_plural": (FIRST_PLURAL, frozenset({"we", "our", "ours", "us", "ourselves"}), ()),
    "style.second_person": (SECOND_PERSON, frozenset({"you", "your", "yours", "yourself"}), ()),
    "style.obligation": (OBLIGATION, frozenset({"should", "must", "ought", "need", "needs", "has", "have", "had"}), ()),
    "style.prediction": (
        PREDICTION,
        frozenset({"will", "would", "could", "might", "may", "can", "cannot", "won", "wouldn"}),
        (),
    ),
    "style.superlative": (SUPERLATIVE, frozenset({"most", "least", "worst"}), ("est",)),
    "style.contrast": (
        CONTRAST,
        frozenset({"but", "yet", "however", "although", "though", "nevertheless", "nonetheless"})
        | {"instead", "rather", "still", "even"},
        (),
    ),
    "style.negation": (NEGATION, frozenset({"not", "never", "no", "nothing", "nobody", "none", "n"}), ("n't", "n’t")),
    "style.date": (
        DATE,
        frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january"})
        | {"february", "march", "april", "june", "july", "august", "september", "october"}
        | {"november", "december"},
        ("19", "20"),
    ),
    "style.speech_verb": (
        SPEECH_VERB,
        frozenset({"said", "says", "told", "according", "reported", "announced", "stated", "added"}),
        (),
    ),
    "style.degree": (
        DEGREE,
        frozenset({"too", "so", "such", "far", "rather", "quite", "pretty", "utterly", "simply", "merely", "just"}),
        (),
    ),
    "style.it_evaluates": (
        IT_EVALUATES,  # the evaluative word, rarer than "it", "this" or "that"
        frozenset({"clear", "obvious", "important", "time", "hard", "easy", "difficult", "worth", "true", "false"})
        | {"wrong", "right", "sad", "shame", "ironic", "remarkable", "striking", "telling", "absurd"}
        | {"fair", "unfair", "essential", "vital", "crucial", "necessary", "impossible", "possible"}
        | {"likely", "unlikely", "no", "not"},
        (),
    ),
    "style.argument": (
        ARGUMENT,
        frozenset({"fact", "indeed", "course", "after", "rather", "instead", "only", "words", "why", "point"})
        | {"problem", "truth", "reality", "question"},
        (),
    ),
    "style.present_copula": (PRESENT_COPULA, frozenset({"is", "are", "isn", "aren"}), ()),
    "style.comparative": (COMPARATIVE, frozenset({"than"}), ()),
}
_FEATURES_OF: dict[str, list[str]] = {}
for _key, (_pat, _words, _marks) in _ANCHORS.items():
    for _w in _words:
        _FEATURES_OF.setdefault(_w, []).append(_key)
_ANCHOR_WORDS = frozenset(_FEATURES_OF)
_MARKS = [(m, key) for key, (_, _, marks) in _ANCHORS.items() for m in marks]


def _possible(text: str, low: str, words: set[str]) -> set[str]:
    """The keyword features whose pattern may match `text` (`low` lowercased, `words` its words)."""
    if CASE_FOLDS.search(text):
        return set(_ANCHORS)
    out = {key for m, key in _MARKS if m in low}
    for w in words & _ANCHOR_WORDS:
        out.update(_FEATURES_OF[w])
    return out


@dataclass(slots=True, unsafe_hash=True)
class Verdict:
    label: Label
    score: float
    reasons: tuple[str, ...]

    # Written out, not generated: mypyc compiles it to C, where @dataclass's would run as
    # Python (and, frozen, set each field through object.__setattr__: ~2 us a Verdict).
    def __init__(self, label: Label, score: float, reasons: tuple[str, ...]) -> None:
        self.label = label
        self.score = score
        self.reasons = reasons


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    weights: dict[str, float]
    threshold: float


@lru_cache(maxsize=1)
def model() -> Model:
    data = tomllib.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return Model(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}, float(data["threshold"]))


def features(author_text: str, author_findings: list[Finding]) -> dict[str, float]:
    """The feature values of the author's own words in one sentence (0 where absent)."""
    f: dict[str, float] = {}
    for x in author_findings:
        key = f"lex.{x.category}"
        f[key] = min(LEXICAL_CAP, f.get(key, 0.0) + x.weight)
    text = author_text.strip()
    if not text:
        return f
    words = text.split()
    low = text.lower()
    runs = _RUNS.findall(low)
    maybe = _possible(text, low, set(runs))
    tail = text.rstrip("\"”’' )")
    checks = {
        "style.first_singular": "style.first_singular" in maybe and FIRST_SINGULAR.search(text),
        "style.first_plural": "style.first_plural" in maybe and FIRST_PLURAL.search(text),
        "style.second_person": "style.second_person" in maybe and SECOND_PERSON.search(text),
        "style.question": tail.endswith("?"),
        "style.exclamation": tail.endswith("!"),
        "style.obligation": "style.obligation" in maybe and OBLIGATION.search(text),
        "style.prediction": "style.prediction" in maybe and PREDICTION.search(text),
        "style.contrast": "style.contrast" in maybe and CONTRAST.search(text),
        "style.negation": "style.negation" in maybe and NEGATION.search(text),
        "style.scare_quote": SCARE_QUOTE.search(text),
        "style.dash_aside": ("—" in text or "–" in text) and DASH_ASIDE.search(text),
        "style.number": NUMBER.search(text),
        "style.date": "style.date" in maybe and DATE.search(text),
        "style.speech_verb": "style.speech_verb" in maybe and SPEECH_VERB.search(text),
        "style.degree": "style.degree" in maybe and DEGREE.search(text),
        "style.it_evaluates": "style.it_evaluates" in maybe and IT_EVALUATES.search(text),
        "style.imperative": IMPERATIVE.search(text),
        "style.argument": "style.argument" in maybe and ARGUMENT.search(text),
        "style.colon": ";" in text or ": " in text,
        "style.present_copula": "style.present_copula" in maybe and PRESENT_COPULA.search(text),
        "style.comparative": "style.comparative" in maybe and COMPARATIVE.search(text),
    }
    for key, found in checks.items():
        if found:
            f[key] = 1.0
    sup = (
        [w for w in SUPERLATIVE.findall(text) if w.lower() not in NOT_SUPERLATIVE]
        if "style.superlative" in maybe
        else []
    )
    if sup:
        f["style.superlative"] = 1.0
    ly = [w for w in LY_ADVERB.findall(text) if w not in NOT_EVALUATIVE_LY] if "ly" in text else []
    if ly:
        f["style.ly_adverb"] = min(2.0, float(len(ly)))
    pos, neg = valence_of(runs)
    if pos:
        f["lex.sentiment_positive"] = min(LEXICAL_CAP, pos / 2)
    if neg:
        f["lex.sentiment_negative"] = min(LEXICAL_CAP, neg / 2)
    past = len(PAST.findall(text))
    if past:
        f["style.past_tense"] = min(2.0, float(past))
    names = len(NAME.findall(text))
    if names:
        f["style.named_actor"] = min(3.0, float(names))
    f["style.long"] = min(1.0, max(0.0, (len(words) - 15) / 25))
    return f


def score_sentence(author_text: str, author_findings: list[Finding]) -> tuple[float, list[str]]:
    """The opinion score (0..1) of the author's own words, and the reasons, strongest first."""
    m = model()
    feats = features(author_text, author_findings)
    contrib = {k: m.weights.get(k, 0.0) * v for k, v in feats.items()}
    z = m.bias + sum(contrib.values())
    score = 1.0 / (1.0 + math.exp(-z))
    reasons: list[str] = []
    for key, c in sorted(contrib.items(), key=lambda kv: -kv[1]):
        if c <= 0:
            break
        if key.startswith("lex."):  # name the strongest words of that category, not the category
            cat = key[4:]
            rules = [x.rule for x in sorted(author_findings, key=lambda x: -x.weight) if x.category == cat]
            for r in rules[:2]:  # a loop, not extend(generator): each rule once, even twice in rules
                if r not in reasons:
                    reasons.append(r)
        else:
            reasons.append(key)
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
    label: Label = "opinion" if score >= model().threshold else "factual"
    return Verdict(label, round(score, 3), tuple(reasons[:6]))
