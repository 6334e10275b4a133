"""`analyze(text) -> Report`: the whole pipeline, one stage after another.

read → structure → sentences → tokens → quotes/attribution → lexicon matches →
sentence labels → frames → summary. Each stage reads what the ones before produced.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import framing
from .attribution import Context, Speaker
from .frames import Cue, score_frames
from .labels import REPORTED_SHARE, label_sentence
from .matcher import Lexicon, Match, load_lexicon
from .quotes import find_quotes
from .report import BIAS_CATEGORIES, Block, Finding, Frame, Quote, Report, Sentence, Source
from .sentences import split
from .structure import classify, paragraphs
from .summary import summarise
from .tokens import Tokens, tokenize

LEDE_SENTENCES = 3
# Entries weighted below this are often neutral out of context (on the dev sets they were
# right about one time in five); they are kept only in sentences labelled opinion.
WEAK_WEIGHT = 0.6
# A report verb with these stances is the author's comment on the source ("claimed",
# "fumed"): in the author's voice it counts as editorial, not just attribution.
STANCE_EDITORIAL = frozenset({"sceptical", "emotive"})
# Two or more capitalised words in a row: a person or organisation named in the sentence
# ("Senator Ruth Adler", "Harvard University"), which makes a vague attribution specific.
NAMED_RUN = re.compile(r"\b[A-Z][\w’'.-]+(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w’'.-]+)+")


class _Spans:
    """Membership of offsets in a sorted list of disjoint-ish spans (quotes)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.spans = merged

    def covers(self, a: int, b: int) -> bool:
        k = bisect_right(self.starts, a) - 1
        return k >= 0 and self.spans[k][1] >= b

    def overlap(self, a: int, b: int) -> int:
        """How many characters of [a, b) lie inside the spans."""
        total = 0
        k = max(0, bisect_right(self.starts, a) - 1)
        while k < len(self.spans) and self.spans[k][0] < b:
            s, e = self.spans[k]
            total += max(0, min(b, e) - max(a, s))
            k += 1
        return total


def analyze(
    text: str,
    *,
    title: str | None = None,
    lexicons: Lexicon | Iterable[str | Path] | None = None,
) -> Report:
    """Analyse one article. `lexicons` is a compiled Lexicon or extra module paths."""
    lex = lexicons if isinstance(lexicons, Lexicon) else load_lexicon([Path(p) for p in (lexicons or ())])
    report = _analyze(text, title, lex, parts_only=False)
    assert isinstance(report, Report)
    return report


def analyze_parts(text: str, lex: Lexicon) -> tuple[list[Cue], int, list[str], set[int]]:
    """What the frame scores are computed from (for fitting the frame models)."""
    parts = _analyze(text, None, lex, parts_only=True)
    assert isinstance(parts, tuple)
    return parts


def _analyze(
    text: str, title: str | None, lex: Lexicon, *, parts_only: bool
) -> Report | tuple[list[Cue], int, list[str], set[int]]:
    blocks = classify(text, paragraphs(text), has_title=title is not None)
    spans = split(text, blocks, lex.abbreviations, lex.sentence_starters)
    toks = tokenize(text)
    ctx = Context(lex.speaker_roles, lex.anonymous_sources, lex.abbreviations)
    quotes, speakers = find_quotes(text, blocks, spans, ctx, lex.report_verbs, toks, lex.object_verbs)
    sentence_starts = [s for s, _, _ in spans]
    quoted = _Spans((q.start, q.end) for q in quotes)
    direct = _Spans((q.start, q.end) for q in quotes if q.kind == "direct")

    findings: list[Finding] = []
    cues: list[Cue] = []
    sentences: list[Sentence] = []
    named = {name for name, sp in speakers.items() if sp.kind != "anonymous"}
    in_sentence = _by_sentence(quotes, spans)
    named_in = {
        n
        for n, (s, e, _) in enumerate(spans)
        if any(q.speaker in named for q in in_sentence[n]) or NAMED_RUN.search(text, s, e)
    }
    # the sentence holds an attribution ("X said") of a quote that reaches into it
    cue_in = {n for n, (s, e, _) in enumerate(spans) if any(q.cue and s <= q.cue[0] < e for q in in_sentence[n])}
    cues_at = _Spans(q.cue for q in quotes if q.cue)
    regex_hits: dict[int, list[Match]] = {}
    for m in lex.match_regexes(text, toks):
        k = bisect_right(sentence_starts, m.start) - 1
        if k >= 0 and m.end <= spans[k][1]:
            regex_hits.setdefault(k, []).append(m)
    author_texts: list[str] = []
    sentence_stems: list[set[str]] = []
    lo = 0
    for n, (s, e, b) in enumerate(spans):
        while lo < len(toks) and toks.starts[lo] < s:
            lo += 1
        hi = lo
        while hi < len(toks) and toks.ends[hi] <= e:
            hi += 1
        block = blocks[b]
        cands = lex.match_tokens(toks, lo, hi) + regex_hits.get(n, [])
        sent_findings = _findings(text, cands, quoted, cues_at, n in named_in, n)
        cues.extend(_cues(cands, quoted, n))
        share = direct.overlap(s, e) / max(1, e - s)
        attributed = n in cue_in or quoted.overlap(s, e) / max(1, e - s) >= REPORTED_SHARE
        author_text = _outside(text, s, e, quoted)
        author_texts.append(author_text)
        sentence_stems.append(set(toks.stems[lo:hi]))
        verdict = label_sentence(
            block.kind,
            block.reason,
            share,
            attributed,
            author_text,
            [f for f in sent_findings if f.voice == "author"],
        )
        speaker = next((q.speaker for q in in_sentence[n] if q.speaker), None)
        reasons = verdict.reasons
        if verdict.label != "opinion":
            weak = {f.rule for f in sent_findings if _weak(f)}
            sent_findings = [f for f in sent_findings if not _weak(f)]
            reasons = tuple(r for r in reasons if r not in weak)
        findings.extend(sent_findings)
        sentences.append(Sentence(s, e, verdict.label, verdict.score, reasons, b, speaker, round(share, 3)))
        lo = hi

    body_kinds = [blocks[b].kind for _, _, b in spans]
    body_idx = [n for n, k in enumerate(body_kinds) if k == "body"]
    frame_inputs = (
        [c for c in cues if body_kinds[c.sentence] in ("body", "headline")],
        _words(toks, blocks, ("body", "headline")),
        body_kinds,
        set(body_idx[:LEDE_SENTENCES]),
    )
    if parts_only:
        return frame_inputs
    frames = score_frames(*frame_inputs)
    sources, quoted_words = _sources(quotes, toks, speakers)
    headline = _headline(text, title, blocks, sentences, findings, lex)
    summary = summarise(
        sentences,
        findings,
        quotes,
        sources,
        frames,
        _words(toks, blocks, ("body",)),
        quoted_words,
        headline,
    )
    ctx.read_up_to(len(text))
    _framing_verdicts(
        summary,
        sentence_stems,
        title,
        sentences,
        findings,
        frames,
        sources,
        body_kinds,
        author_texts,
        ctx,
        speakers,
        lex,
    )
    words_of = {id(q): _count(toks, q.start, q.end) for q in quotes}
    quotes = [Quote(q.start, q.end, q.speaker, q.kind, q.cue, q.verb, words_of[id(q)]) for q in quotes]
    return Report(
        text=text,
        sentences=tuple(sentences),
        findings=tuple(findings),
        quotes=tuple(quotes),
        sources=tuple(sources),
        frames=tuple(frames),
        summary=summary,
        blocks=tuple(blocks),
        title=title,
        lexicons=tuple(m.id for m in lex.modules),
    )


def _framing_verdicts(
    summary: dict[str, Any],
    sentence_stems: list[set[str]],
    title: str | None,
    sentences: list[Sentence],
    findings: list[Finding],
    frames: list[Frame],
    sources: list[Source],
    kinds: list[str],
    author_texts: list[str],
    ctx: Context,
    speakers: dict[str | None, Speaker],
    lex: Lexicon,
) -> None:
    """Headline against body, partisan vocabulary, tone toward actors, intensity."""
    head = summary.get("headline")
    if head is not None and title is not None:
        cands = lex.find(title)
        head_findings = _findings(title, cands, _Spans(()), _Spans(()), False, -1)
    elif head is not None:
        head_findings = [f for f in findings if kinds[f.sentence] == "headline"]
    else:
        head_findings = []
    check = framing.headline_check(
        sentence_stems, sentences, findings, kinds, head["text"] if head else None, head_findings
    )
    if head is not None:
        head["notes"] = check["notes"]
    summary["partisan"] = framing.partisan(findings)
    actors: dict[str, str] = {}
    for name, sp in ctx.people.items():
        if name and sp.kind == "named":
            parts = name.split()
            actors[name] = name + ("|" + parts[-1] if len(parts) > 1 else "")
    for name, sp in speakers.items():
        if name and sp.kind == "organization":
            actors[name] = name
    summary["tone"] = framing.tone_toward(sentences, findings, actors, author_texts)
    summary["intensity"] = framing.intensity(summary, frames, sources, check["flagged"])


def _weak(f: Finding) -> bool:
    return f.category in BIAS_CATEGORIES and f.weight < WEAK_WEIGHT


def _by_sentence(quotes: list[Quote], spans: list[tuple[int, int, int]]) -> list[list[Quote]]:
    """The quotes that overlap each sentence, in one sweep (quotes are sorted, disjoint)."""
    out: list[list[Quote]] = []
    k = 0
    for s, e, _ in spans:
        while k < len(quotes) and quotes[k].end <= s:
            k += 1
        here = []
        j = k
        while j < len(quotes) and quotes[j].start < e:
            if quotes[j].end > s:
                here.append(quotes[j])
            j += 1
        out.append(here)
    return out


def _findings(text: str, cands: list[Match], quoted: _Spans, cues: _Spans, named_source: bool, n: int) -> list[Finding]:
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
    keep.sort(key=lambda mi: (-(mi[0].j - mi[0].i), -(mi[0].end - mi[0].start), -mi[0].entry.weight, mi[0].start))
    # Two layers: report verbs (the stance of an attribution) and everything else, so
    # "slammed" introducing a quote is both an emotive report verb and a loaded word.
    taken: dict[bool, set[int]] = {True: set(), False: set()}
    out: list[Finding] = []
    for m, inside in keep:
        span = range(m.i, max(m.j, m.i + 1))
        layer = taken[m.entry.category == "attribution"]
        if any(k in layer for k in span):
            continue
        layer.update(span)
        e = m.entry
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
    out.sort(key=lambda f: f.start)
    return out


def _cues(cands: list[Match], quoted: _Spans, n: int) -> list[Cue]:
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


def _outside(text: str, s: int, e: int, quoted: _Spans) -> str:
    """The sentence with quoted parts blanked out (the author's own words)."""
    if not quoted.overlap(s, e):
        return text[s:e]
    chars = list(text[s:e])
    k = max(0, bisect_right(quoted.starts, s) - 1)
    while k < len(quoted.spans) and quoted.spans[k][0] < e:
        a, b = quoted.spans[k]
        for i in range(max(a, s), min(b, e)):
            chars[i - s] = " "
        k += 1
    return "".join(chars)


def _count(toks: Tokens, a: int, b: int) -> int:
    return bisect_right(toks.starts, b - 1) - bisect_right(toks.starts, a - 1)


def _words(toks: Tokens, blocks: list[Block], kinds: tuple[str, ...]) -> int:
    return sum(_count(toks, b.start, b.end) for b in blocks if b.kind in kinds)


def _sources(quotes: list[Quote], toks: Tokens, speakers: dict[str | None, Speaker]) -> tuple[list[Source], int]:
    agg: dict[str, dict[str, Any]] = {}
    quoted_words = 0
    for q in quotes:
        words = _count(toks, q.start, q.end)
        quoted_words += words
        if not q.speaker:
            continue
        a = agg.setdefault(q.speaker, {"quotes": 0, "words": 0, "first": q.start})
        a["quotes"] += 1
        a["words"] += words
    out = []
    for name, a in agg.items():
        sp = speakers.get(name) or Speaker(name, "anonymous")
        out.append(Source(name, sp.kind, sp.role, a["quotes"], a["words"], a["first"]))  # type: ignore[arg-type]
    out.sort(key=lambda s: s.first_offset)
    return out, quoted_words


def _headline(
    text: str,
    title: str | None,
    blocks: list[Block],
    sentences: list[Sentence],
    findings: list[Finding],
    lex: Lexicon,
) -> dict[str, Any] | None:
    if title is not None:
        cands = lex.find(title)
        rules = sorted({m.entry.rule for m in cands if not m.entry.frame})
        return {"text": title, "from": "title", "rules": rules, "label": None}
    head = next((n for n, s in enumerate(sentences) if blocks[s.block].kind == "headline"), None)
    if head is None:
        return None
    s = sentences[head]
    return {
        "text": text[s.start : s.end],
        "from": "text",
        "start": s.start,
        "end": s.end,
        "label": s.label,
        "rules": sorted({f.rule for f in findings if f.sentence == head}),
    }
