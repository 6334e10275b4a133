"""The framing verdicts of the summary: headline against body, partisan vocabulary, tone
toward the people and organisations named, and one composite "framing intensity".

Every verdict carries its evidence (rules, terms, sentence indices), so a reader can check it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from .report import BIAS_CATEGORIES, Finding, Frame, Sentence, Source
from .sentiment import valence_sums
from .tokens import WORD_RE, normalise, stem

# Headline content words: longer than this and not in STOP.
MIN_CONTENT_LEN = 3
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "not",
        "no",
        "new",
        "says",
        "said",
        "over",
        "after",
        "before",
        "into",
        "about",
        "than",
        "more",
        "most",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "their",
        "his",
        "her",
        "they",
        "them",
        "he",
        "she",
        "we",
        "you",
        "our",
        "who",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "just",
        "also",
        "still",
        "amid",
    ]
)
# A body sentence "tells the same thing" as the headline when it shares this share of the
# headline's content words (and at least two of them).
SAME_STORY_SHARE = 0.4
PARTISAN_CAVEAT = (
    "Partisan vocabulary is US-centred and time-bound: a word is coded by who tends to use it "
    "in US politics now, not by what it means. Counts are evidence to weigh, not a verdict."
)
# VADER's normalisation constant: valence x maps to x / sqrt(x^2 + ALPHA), in -1..1.
ALPHA = 15.0
_NAME_WORD = re.compile(r"[\w’'-]+")
LOADED_VALENCE = 2.0  # a loaded word counts as this much valence in its polarity's direction
INTENSITY_WEIGHTS = {
    "opinion_share": 30,
    "loaded_density": 30,
    "frame_focus": 10,
    "unnamed_sourcing": 10,
    "certainty": 10,
    "headline": 10,
}
INTENSITY_PARTS = {
    "opinion_share": "share of body sentences in the author's opinion",
    "loaded_density": "loaded, partisan and editorial words in the author's voice, per 100 words (3 or more = 1)",
    "frame_focus": "score of the strongest frame",
    "unnamed_sourcing": "share of quoted words given to anonymous sources",
    "certainty": "boosters as a share of hedges and boosters in the author's voice",
    "headline": "1 if the headline asserts what the body attributes or hedges, or uses loaded words the body does not",
}


def _content(words: list[str]) -> set[str]:
    return {stem(w) for w in words if len(w) > MIN_CONTENT_LEN and w not in STOP}


def headline_check(
    sentence_stems: list[set[str]],
    sentences: list[Sentence],
    findings: list[Finding],
    kinds: list[str],
    headline_text: str | None,
    headline_findings: list[Finding] | list[str],
) -> dict[str, Any]:
    """Notes on the headline: claims the body only attributes or hedges; loaded words
    the body does not use. `sentence_stems` holds each sentence's word stems."""
    notes: list[dict[str, Any]] = []
    if not headline_text:
        return {"notes": notes, "flagged": False}
    head_words = [normalise(m.group()) for m in WORD_RE.finditer(headline_text)]
    head = _content(head_words)
    body_ids = [n for n, k in enumerate(kinds) if k == "body"]
    body_stems: set[str] = set()
    for n in body_ids:
        body_stems |= sentence_stems[n]
    hedged_in = {f.sentence for f in findings if f.category == "hedge"}
    attributed = [normalise(m.group()) for m in WORD_RE.finditer(headline_text)]
    head_attributed = any(w in ("says", "said", "claims", "according", "reports", "reportedly") for w in attributed)
    head_hedged = any(w in ("may", "might", "could", "possibly", "reportedly", "allegedly") for w in attributed)
    if head and not head_attributed and not head_hedged:
        same = []
        for n in body_ids:
            shared = head & sentence_stems[n]
            if len(shared) >= 2 and len(shared) >= SAME_STORY_SHARE * len(head):
                same.append(n)
        if same:
            soft = [n for n in same if sentences[n].label == "reported" or n in hedged_in]
            if len(soft) == len(same):
                notes.append(
                    {
                        "kind": "asserts_attributed",
                        "message": "The headline states as fact what the body only attributes to a source or hedges.",
                        "sentences": soft,
                    }
                )
    for f in headline_findings:
        if isinstance(f, str) or f.category not in BIAS_CATEGORIES:
            continue
        stems = {stem(normalise(m.group())) for m in WORD_RE.finditer(f.term)}
        if stems and not stems & body_stems:
            notes.append(
                {
                    "kind": "loaded_not_in_body",
                    "message": f"The headline's loaded word '{f.term}' does not appear in the body.",
                    "rule": f.rule,
                    "term": f.term,
                }
            )
    return {"notes": notes, "flagged": bool(notes)}


def partisan(findings: list[Finding]) -> dict[str, Any]:
    """Left- and right-coded terms, with the terms themselves and their counterparts."""
    out: dict[str, Any] = {"left": 0, "right": 0, "terms": [], "caveat": PARTISAN_CAVEAT}
    seen: Counter[str] = Counter()
    info: dict[str, Finding] = {}
    for f in findings:
        if f.lean in ("left", "right"):
            out[f.lean] += 1
            seen[f.rule] += 1
            info.setdefault(f.rule, f)
    out["terms"] = [
        {
            "term": info[r].term.lower(),
            "rule": r,
            "lean": info[r].lean,
            "count": c,
            "counterparts": list(info[r].counterparts),
        }
        for r, c in seen.most_common()
    ]
    return out


def tone_toward(
    sentences: list[Sentence],
    findings: list[Finding],
    actors: dict[str, str],
    author_text: list[str],
) -> list[dict[str, Any]]:
    """The tone (-1..1) of the author's own sentences that mention each named actor.

    A sentence's valence is the sum of VADER valences of the author's words in it, with
    loaded words counted in their polarity's direction, normalised as VADER does.
    """
    loaded: dict[int, float] = {}
    for f in findings:
        if f.voice == "author" and f.category in BIAS_CATEGORIES and f.polarity in ("positive", "negative"):
            loaded[f.sentence] = loaded.get(f.sentence, 0.0) + (
                LOADED_VALENCE if f.polarity == "positive" else -LOADED_VALENCE
            )
    if not actors:
        return []
    # Names indexed by their first word: each sentence's words are read once, whatever the
    # number of actors (one pattern with every name would still cost actors x sentences).
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for name, aliases in actors.items():
        for alias in aliases.split("|"):
            words = alias.split()
            if words:
                by_first.setdefault(words[0], []).append((words, name))
    for options in by_first.values():
        options.sort(key=lambda o: -len(o[0]))
    tones: dict[str, list[float]] = {}
    where: dict[str, list[int]] = {}
    firsts = tuple(by_first)
    for n, s in enumerate(sentences):
        if s.label == "boilerplate":
            continue
        if not any(w in author_text[n] for w in firsts):
            continue  # no name's first word even as a substring: nobody is named here
        words = _NAME_WORD.findall(author_text[n])
        named = set()
        for k, w in enumerate(words):
            for option, name in by_first.get(w, ()):
                if words[k : k + len(option)] == option:
                    named.add(name)
                    break
        if not named:
            continue
        pos, neg = valence_sums(author_text[n])
        x = pos - neg + loaded.get(n, 0.0)
        tone = x / math.sqrt(x * x + ALPHA)
        for name in named:
            tones.setdefault(name, []).append(tone)
            where.setdefault(name, []).append(n)
    ranked = sorted(tones.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [
        {"name": name, "mentions": len(t), "tone": round(sum(t) / len(t), 3), "sentences": where[name]}
        for name, t in ranked
    ]


def intensity(
    summary: dict[str, Any], frames: list[Frame], sources: list[Source], headline_flagged: bool
) -> dict[str, Any]:
    """A 0-100 composite with its parts and its formula, so the number explains itself."""
    shares = summary["shares"]
    cert = summary["certainty"]["author"]
    src = summary["sources"]
    anon_words = sum(s.words_quoted for s in sources if s.kind == "anonymous")
    parts = {
        "opinion_share": shares["opinion"],
        "loaded_density": min(1.0, summary["loaded_per_100_words"]["author"] / 3.0),
        "frame_focus": max((f.score for f in frames), default=0.0),
        "unnamed_sourcing": anon_words / src["quoted_words"] if src["quoted_words"] else 0.0,
        "certainty": cert["boosters"] / (cert["hedges"] + cert["boosters"])
        if cert["hedges"] + cert["boosters"]
        else 0.0,
        "headline": 1.0 if headline_flagged else 0.0,
    }
    score = round(sum(INTENSITY_WEIGHTS[k] * v for k, v in parts.items()))
    formula = " + ".join(f"{w}×{k}" for k, w in INTENSITY_WEIGHTS.items())
    return {
        "score": score,
        "formula": formula,
        "parts": {k: round(v, 3) for k, v in parts.items()},
        "explained": INTENSITY_PARTS,
    }
