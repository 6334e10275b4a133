"""The summary: the numbers a side panel shows, computed from the stages before it."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .report import BIAS_CATEGORIES, CATEGORIES, Finding, Frame, Quote, Sentence, Source

TOP_TERMS = 12
TOP_SOURCES = 8


def _share(n: int, total: int) -> float:
    return round(n / total, 3) if total else 0.0


def summarise(
    sentences: list[Sentence],
    findings: list[Finding],
    quotes: list[Quote],
    sources: list[Source],
    frames: list[Frame],
    body_words: int,
    quoted_words: int,
    headline: dict[str, Any] | None,
) -> dict[str, Any]:
    counts = Counter(s.label for s in sentences)
    body = [s for s in sentences if s.label != "boilerplate"]
    n_body = len(body)
    per_voice: dict[str, Counter[str]] = {"author": Counter(), "quoted": Counter()}
    for f in findings:
        per_voice[f.voice][f.category] += 1
    loaded_author = sum(per_voice["author"][c] for c in BIAS_CATEGORIES)
    loaded_quoted = sum(per_voice["quoted"][c] for c in BIAS_CATEGORIES)
    per100 = 100.0 / body_words if body_words else 0.0

    terms: dict[str, dict[str, Any]] = {}
    for f in findings:
        if f.category not in BIAS_CATEGORIES:
            continue
        t = terms.setdefault(
            f.rule,
            {
                "rule": f.rule,
                "term": f.term.lower(),
                "category": f.category,
                "author": 0,
                "quoted": 0,
                "alternatives": list(f.alternatives),
            },
        )
        t[f.voice] += 1
    top_terms = sorted(terms.values(), key=lambda t: (-(t["author"] + t["quoted"]), t["term"]))

    kinds = Counter(s.kind for s in sources)
    ranked_sources = sorted(sources, key=lambda s: (-s.words_quoted, s.first_offset))
    present = sorted((f for f in frames if f.present), key=lambda f: -f.score)
    return {
        "words": body_words,
        "sentences": {label: counts.get(label, 0) for label in ("opinion", "reported", "factual", "boilerplate")},
        "shares": {label: _share(counts.get(label, 0), n_body) for label in ("opinion", "reported", "factual")},
        "findings": {voice: {c: per_voice[voice].get(c, 0) for c in CATEGORIES} for voice in ("author", "quoted")},
        "loaded_per_100_words": {
            "author": round(loaded_author * per100, 2),
            "quoted": round(loaded_quoted * per100, 2),
            "all": round((loaded_author + loaded_quoted) * per100, 2),
        },
        "certainty": {
            "hedges": per_voice["author"]["hedge"] + per_voice["quoted"]["hedge"],
            "boosters": per_voice["author"]["booster"] + per_voice["quoted"]["booster"],
            "author": {"hedges": per_voice["author"]["hedge"], "boosters": per_voice["author"]["booster"]},
            "quoted": {"hedges": per_voice["quoted"]["hedge"], "boosters": per_voice["quoted"]["booster"]},
        },
        "sources": {
            "named": kinds.get("named", 0),
            "anonymous": kinds.get("anonymous", 0),
            "organization": kinds.get("organization", 0),
            "quotes": len(quotes),
            "quoted_words": quoted_words,
            "quoted_share": _share(quoted_words, body_words),
            "top": [
                {"name": s.name, "kind": s.kind, "words": s.words_quoted, "quotes": s.quotes}
                for s in ranked_sources[:TOP_SOURCES]
            ],
        },
        "dominant_frames": [f.id for f in present[:3]],
        "top_terms": top_terms[:TOP_TERMS],
        "headline": headline,
    }
