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
from typing import Final

from .compiled import ENGINE_DIR
from .gate import words_of
from .report import Finding, Label
from .sentiment import valence_of

MODEL_PATH = Path(ENGINE_DIR) / "opinion_model.toml"
REPORTED_SHARE = 0.5  # a sentence at least half inside quotes is the source's voice
LEXICAL_CAP = 3.0  # a category's summed weights count up to this (a rant is not 10x opinion)

FIRST_SINGULAR = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|myself)\b")
FIRST_PLURAL = re.compile(r"\b(?:we|we're|we’re|we've|we’ve|our|ours|us|ourselves)\b", re.I)
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you’re|yourself)\b", re.I)
OBLIGATION = re.compile(r"\b(?:should|must|ought to|need to|needs to|has to|have to|had better)\b", re.I)
PREDICTION = re.compile(r"\b(?:will|would|could|might|may|can't|cannot|won't|wouldn't)\b", re.I)
SUPERLATIVE = re.compile(r"\b(?:best|worst|greatest|biggest|most|least|[a-z]{3,}est)\b", re.I)
NOT_SUPERLATIVE = frozenset({
    "honest", "interest", "latest", "west", "rest", "test", "forest", "protest", "request", "arrest", "suggest",
    "invest", "harvest", "contest", "modest", "manifest", "digest", "earnest", "guest", "nest", "chest", "quest",
    "pest", "vest", "inquest", "conquest", "priest", "unrest", "northwest", "southwest", "midwest", "behest",
    "bequest",
})  # fmt: skip
CONTRAST = re.compile(
    r"\b(?:but|yet|however|although|though|nevertheless|nonetheless|instead|rather|still|even)\b", re.I
)
LY_ADVERB = re.compile(r"\b[a-z]{4,}ly\b")
NOT_EVALUATIVE_LY = frozenset({
    "only", "early", "daily", "weekly", "monthly", "yearly", "family", "july", "italy", "reply", "supply", "apply",
    "rely", "ally", "fly", "likely", "recently", "previously", "currently", "initially", "finally", "reportedly",
    "allegedly", "formerly", "publicly", "officially", "respectively", "approximately", "nearly", "mostly",
    "largely", "partly", "directly", "quickly", "immediately", "originally", "separately", "jointly", "annually",
    "locally", "nationally", "internationally", "federally",
})  # fmt: skip
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


# The keyword features in the order they enter the features (it fixes the float sum of the
# score). Bit k of a mask stands for KEYWORD_KEYS[k].
KEYWORD_KEYS = (
    "style.first_singular", "style.first_plural", "style.second_person", "style.question", "style.exclamation",
    "style.obligation", "style.prediction", "style.contrast", "style.negation", "style.scare_quote",
    "style.dash_aside", "style.number", "style.date", "style.speech_verb", "style.degree", "style.it_evaluates",
    "style.imperative", "style.argument", "style.colon", "style.present_copula", "style.comparative",
)  # fmt: skip


def by_patterns(text: str) -> tuple[int, bool, int, int]:
    """(mask of KEYWORD_KEYS, superlative?, -ly adverbs, past-tense verbs) of a stripped sentence
    by its patterns: what the features mean. Run where a letter folds (`by_words` is faster)."""
    tail = text.rstrip("\"”’' )")
    found: list[object] = [
        FIRST_SINGULAR.search(text), FIRST_PLURAL.search(text), SECOND_PERSON.search(text), tail.endswith("?"),
        tail.endswith("!"), OBLIGATION.search(text), PREDICTION.search(text), CONTRAST.search(text),
        NEGATION.search(text), SCARE_QUOTE.search(text), DASH_ASIDE.search(text), NUMBER.search(text),
        DATE.search(text), SPEECH_VERB.search(text), DEGREE.search(text), IT_EVALUATES.search(text),
        IMPERATIVE.search(text), ARGUMENT.search(text), ";" in text or ": " in text, PRESENT_COPULA.search(text),
        COMPARATIVE.search(text),
    ]  # fmt: skip
    mask = 0
    for k, hit in enumerate(found):
        if hit:
            mask |= 1 << k
    sup = [w for w in SUPERLATIVE.findall(text) if w.lower() not in NOT_SUPERLATIVE]
    ly = [w for w in LY_ADVERB.findall(text) if w not in NOT_EVALUATIVE_LY]
    return mask, bool(sup), len(ly), len(PAST.findall(text))


# The fast way: the words of the text (`gate.words_of`), then a dict lookup for each. With no
# letter that re.IGNORECASE folds to ASCII in the text (`CASE_FOLDS`), a pattern
# `\b(?:w1|w2|…)\b` of letters matches iff one of its words (lowercased) is a word of the
# text; a phrase pattern needs its anchor word there, or the phrase, and only then runs.
_RUNS = re.compile(r"[a-z]+")
# Word classes (lowercase); a word may be in several.
_I: Final = 1
_WE: Final = 2
_YOU: Final = 4
_MUST: Final = 8
_NEED: Final = 16
_WILL: Final = 32
_CAN: Final = 64
_BUT: Final = 128
_NOT: Final = 256
_T: Final = 512
_MONTH: Final = 1024
_SAID: Final = 2048
_ACCORDING: Final = 4096
_SO: Final = 8192
_IT: Final = 16384
_CLEAR: Final = 32768
_INDEED: Final = 65536
_FACT: Final = 131072
_IS: Final = 262144
_ISN: Final = 524288
_THAN: Final = 1048576
_MOST: Final = 2097152
_WAS: Final = 4194304
_CLASSES = [
    (_I, "i me my mine myself"),  # case matters: "I", "me" …
    (_WE, "we our ours us ourselves"),
    (_YOU, "you your yours yourself"),
    (_MUST, "should must"),
    (_NEED, "ought need needs has have had"),  # "ought to", "had better"
    (_WILL, "will would could might may cannot"),
    (_CAN, "can won wouldn"),  # "can't"
    (_BUT, "but yet however although though nevertheless nonetheless instead rather still even"),
    (_NOT, "not never no nothing nobody none"),
    (_T, "t"),  # "n't", "n’t"
    (_MONTH, "monday tuesday wednesday thursday friday saturday sunday january february march april june"),
    (_MONTH, "july august september october november december"),  # case matters
    (_SAID, "said says told reported announced stated added"),
    (_ACCORDING, "according"),
    (_SO, "too so such far rather quite pretty utterly simply merely just"),
    (_IT, "it this that"),
    (_CLEAR, "clear obvious important time hard easy difficult worth true false wrong right sad shame ironic"),
    (_CLEAR, "remarkable striking telling absurd fair unfair essential vital crucial necessary impossible"),
    (_CLEAR, "possible likely unlikely no not"),  # "no wonder", "not surprising"
    (_INDEED, "indeed"),
    (_FACT, "fact course after rather instead only words why point problem truth reality question"),
    (_IS, "is are"),
    (_ISN, "isn aren"),  # "isn't"
    (_THAN, "than"),
    (_MOST, "best worst greatest biggest most least"),
    (_WAS, "was were had did"),  # lowercase only
]
_CLASS_OF: dict[str, int] = {}
for _bit, _words in _CLASSES:
    for _w in _words.split():
        _CLASS_OF[_w] = _CLASS_OF.get(_w, 0) | _bit
FIRST_SINGULAR_WORDS = frozenset({"I", "me", "my", "mine", "myself"})
DATE_WORDS = frozenset(w.capitalize() for bit, ws in _CLASSES if bit == _MONTH for w in ws.split())
IMPERATIVE_OPENERS = frozenset(
    {"consider", "imagine", "remember", "note", "observe", "look", "think", "take", "let", "ask", "recall"}
    | {"forget", "never", "don", "do", "stop", "try", "picture", "compare", "beware"}
)


def by_words(text: str, words: list[str], lows: list[str], number: bool, year: int) -> tuple[int, bool, int, int]:
    """`by_patterns(text)`, given the text's words (and lowercased), whether it has a digit,
    and whether a word is a year (1, 0 or gate.YEAR_UNKNOWN)."""
    seen = 0
    first_singular = date = sup = False
    ly = past = 0
    class_of = _CLASS_OF
    for k in range(len(lows)):
        w = lows[k]
        c = class_of.get(w, 0)
        if c:
            seen |= c
            if c & _I and words[k] in FIRST_SINGULAR_WORDS:
                first_singular = True
            if c & _MONTH and words[k] in DATE_WORDS:
                date = True
            if c & _MOST:
                sup = True
            if c & _WAS and words[k] == w:
                past += 1
        n = len(w)
        if n >= 5:  # the last letters by index: cheaper than str.endswith
            last = w[n - 1]
            if last == "d" and w[n - 2] == "e":
                if words[k] == w:  # lowercase, as `PAST` asks
                    past += 1
            elif n >= 6:
                if last == "t" and w[n - 2] == "s" and w[n - 3] == "e":
                    if w not in NOT_SUPERLATIVE:
                        sup = True
                elif last == "y" and w[n - 2] == "l" and words[k] == w and w not in NOT_EVALUATIVE_LY:
                    ly += 1
    tail = text.rstrip("\"”’' )")
    is_ascii = text.isascii()
    # a phrase ("has to", "can't") is only there if its words are, as lowercase text
    obligations = ("ought to", "need to", "needs to", "has to", "have to", "had better")
    low = text.lower() if seen & (_NEED | _CAN | _T | _ISN | _ACCORDING) else ""
    found = [
        first_singular, seen & _WE != 0, seen & _YOU != 0, tail.endswith("?"), tail.endswith("!"),
        seen & _MUST != 0
        or (seen & _NEED != 0 and any(p in low for p in obligations) and OBLIGATION.search(text) is not None),
        seen & _WILL != 0 or (seen & _CAN != 0 and "n't" in low and PREDICTION.search(text) is not None),
        seen & _BUT != 0,
        seen & _NOT != 0 or (seen & _T != 0 and ("n't" in low or "n’t" in low) and NEGATION.search(text) is not None),
        ('"' in text or "'" in text or (not is_ascii and ("“" in text or "‘" in text)))
        and SCARE_QUOTE.search(text) is not None,
        not is_ascii and ("—" in text or ("–" in text and DASH_ASIDE.search(text) is not None)),
        number,
        date or year == 1 or (year < 0 and ("19" in text or "20" in text) and DATE.search(text) is not None),
        seen & _SAID != 0
        or (seen & _ACCORDING != 0 and "according to" in low and SPEECH_VERB.search(text) is not None),
        seen & _SO != 0 and DEGREE.search(text) is not None,
        seen & _IT != 0 and seen & _CLEAR != 0 and IT_EVALUATES.search(text) is not None,
        len(lows) > 0 and lows[0] in IMPERATIVE_OPENERS and IMPERATIVE.search(text) is not None,
        seen & _INDEED != 0 or (seen & _FACT != 0 and ARGUMENT.search(text) is not None),
        ";" in text or ": " in text,
        seen & _IS != 0 or (seen & _ISN != 0 and "n't" in low and PRESENT_COPULA.search(text) is not None),
        seen & _THAN != 0 and COMPARATIVE.search(text) is not None,
    ]  # fmt: skip
    mask = 0
    for k in range(len(found)):
        if found[k]:
            mask |= 1 << k
    return mask, sup, ly, past


class Verdict:
    """A sentence's label, score and reasons (no frozen dataclass: its __init__ runs as Python)."""

    __slots__ = ("label", "reasons", "score")

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
    split = words_of(text)
    if split is None:  # a letter folds: the patterns decide
        runs, n_words = _RUNS.findall(text.lower()), len(text.split())
        mask, sup, ly, past = by_patterns(text)
    else:
        runs, words, lows, number, year, n_words = split
        mask, sup, ly, past = by_words(text, words, lows, number, year)
    for k in range(len(KEYWORD_KEYS)):
        if mask >> k & 1:
            f[KEYWORD_KEYS[k]] = 1.0
    if sup:
        f["style.superlative"] = 1.0
    if ly:
        f["style.ly_adverb"] = min(2.0, float(ly))
    pos, neg = valence_of(runs)
    if pos:
        f["lex.sentiment_positive"] = min(LEXICAL_CAP, pos / 2)
    if neg:
        f["lex.sentiment_negative"] = min(LEXICAL_CAP, neg / 2)
    if past:
        f["style.past_tense"] = min(2.0, float(past))
    names = len(NAME.findall(text))
    if names:
        f["style.named_actor"] = min(3.0, float(names))
    f["style.long"] = min(1.0, max(0.0, (n_words - 15) / 25))
    return f


def score_sentence(author_text: str, author_findings: list[Finding]) -> tuple[float, list[str]]:
    """The opinion score (0..1) of the author's own words, and the reasons, strongest first."""
    return _score(model(), features(author_text, author_findings), author_findings)


def _score(m: Model, feats: dict[str, float], author_findings: list[Finding]) -> tuple[float, list[str]]:
    keys: list[str] = []
    contrib: list[float] = []
    weights = m.weights
    for k, v in feats.items():
        keys.append(k)
        contrib.append(weights.get(k, 0.0) * v)
    z = m.bias + sum(contrib)
    score = 1.0 / (1.0 + math.exp(-z))
    # the positive contributions, largest first, ties in feature order (a stable sort)
    ranked: list[str] = []
    tops: list[float] = []
    for i in range(len(keys)):
        c = contrib[i]
        if c > 0:
            j = len(tops)
            while j > 0 and tops[j - 1] < c:
                j -= 1
            tops.insert(j, c)
            ranked.insert(j, keys[i])
        elif c != c:  # NaN: the order a sort by -c gives, up to the first c <= 0
            ranked = []
            for k, c2 in sorted(zip(keys, contrib, strict=True), key=_minus_second):
                if c2 <= 0:
                    break
                ranked.append(k)
            break
    reasons: list[str] = []
    strongest: list[Finding] | None = None
    for key in ranked:
        if key.startswith("lex."):  # name the strongest words of that category, not the category
            if strongest is None:
                strongest = sorted(author_findings, key=_minus_weight)
            cat = key[4:]
            rules = [x.rule for x in strongest if x.category == cat]
            for r in rules[:2]:  # a loop, not extend(generator): each rule once, even twice in rules
                if r not in reasons:
                    reasons.append(r)
        else:
            reasons.append(key)
    return score, reasons


# Sort keys as plain functions: a lambda inside _score makes mypyc build a closure each call.
def _minus_weight(x: Finding) -> float:
    return -x.weight


def _minus_second(kc: tuple[str, float]) -> float:
    return -kc[1]


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
    m = model()
    score, reasons = _score(m, features(author_text, author_findings), author_findings)
    if quoted_share >= REPORTED_SHARE or attributed:
        why = "attribution.direct_quote" if quoted_share >= REPORTED_SHARE else "attribution.reported"
        return Verdict("reported", round(score, 3), (why, *reasons[:4]))
    label: Label = "opinion" if score >= m.threshold else "factual"
    return Verdict(label, round(score, 3), tuple(reasons[:6]))
