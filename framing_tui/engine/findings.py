"""From candidate matches to findings: context conditions, voice, longest match wins."""

from __future__ import annotations

from .frames import Cue
from .matcher import Match
from .report import BIAS_CATEGORIES, Finding
from .spans import Spans

# Entries weighted below this are often neutral out of context (on the dev sets they were
# right about one time in five); they are kept only in sentences labelled opinion, and
# the label is decided without them, so a weak word cannot vouch for itself.
WEAK_WEIGHT = 0.6
# A report verb with these stances is the author's comment on the source ("claimed",
# "fumed"): in the author's voice it counts as editorial, not just attribution.
STANCE_EDITORIAL = frozenset({"sceptical", "emotive"})


def is_weak(f: Finding) -> bool:
    return f.category in BIAS_CATEGORIES and f.weight < WEAK_WEIGHT


def resolve(text: str, cands: list[Match], quoted: Spans, cues: Spans, named_source: bool, n: int) -> list[Finding]:
    """Resolve candidate matches into findings: context conditions, then longest wins.

    A report verb is a finding only where it attributes a quote ("reporters" is no cue).
    """
    keep: list[tuple[Match, bool]] = []
    for m in cands:
        e = m.entry
        if e.frame:
            continue
        if e.category == "attribution" and not cues.overlap(m.start, m.end):
            continue
        inside = quoted.covers(m.start, m.end)
        if inside and e.voice == "author":
            continue
        if e.unless_named_source and named_source:
            continue
        keep.append((m, inside))
    if len(keep) > 1:
        keep.sort(key=_longest_first)
    # Two layers: report verbs (the stance of an attribution) and everything else, so
    # "slammed" introducing a quote is both an emotive report verb and a loaded word.
    taken_verbs: set[int] = set()
    taken_words: set[int] = set()
    out: list[Finding] = []
    for m, inside in keep:
        e = m.entry
        span = range(m.i, max(m.j, m.i + 1))
        layer = taken_verbs if e.category == "attribution" else taken_words
        if not layer.isdisjoint(span):
            continue
        layer.update(span)
        polarity = e.polarity
        if m.negated and e.negation == "flip" and polarity in ("negative", "positive"):
            polarity = "positive" if polarity == "negative" else "negative"
        category = e.category
        if category == "attribution" and e.stance in STANCE_EDITORIAL and not inside:
            category = "editorial"
        out.append(
            Finding(
                start=m.start,
                end=m.end,
                category=category,
                rule=e.rule,
                voice="quoted" if inside else "author",
                message=e.explanation,
                alternatives=e.alternatives,
                subcategory=e.subcategory,
                term=text[m.start : m.end],
                weight=e.weight,
                polarity=polarity,
                lean=e.lean,
                counterparts=e.counterparts,
                stance=e.stance,
                module=e.module,
                origin=f"{e.path}:{e.line}" + (f" ({e.source})" if e.source else ""),
                sentence=n,
            )
        )
    if len(out) > 1:
        out.sort(key=_start)
    return out


def _longest_first(mi: tuple[Match, bool]) -> tuple[int, int, float, int]:
    """Most words first, then most characters, the heavier entry, the earlier start."""
    m = mi[0]
    return (-(m.j - m.i), -(m.end - m.start), -m.entry.weight, m.start)


def _start(f: Finding) -> int:
    return f.start


def frame_cues(cands: list[Match], quoted: Spans, n: int) -> list[Cue]:
    best: dict[tuple[str, int], Match] = {}
    for m in cands:
        if not m.entry.frame:
            continue
        key = (m.entry.frame, m.start)
        if key not in best or m.end > best[key].end:
            best[key] = m
    out = []
    last_end: dict[str, int] = {}
    for (frame, _), m in sorted(best.items(), key=lambda kv: kv[1].start):
        if m.start < last_end.get(frame, -1):
            continue  # inside a longer cue of the same frame
        last_end[frame] = m.end
        out.append(Cue(frame, m.start, m.end, m.entry.weight, m.entry.terms[0], n, quoted.covers(m.start, m.end)))
    return out
