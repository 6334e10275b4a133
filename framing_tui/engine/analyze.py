"""`analyze(text) -> Report`: the whole pipeline, one stage after another.

read → structure → sentences → tokens → quotes/attribution → lexicon matches →
sentence labels → frames → summary. Each stage reads what the ones before produced.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import framing
from .attribution import Context, Speaker
from .findings import frame_cues, is_weak
from .findings import resolve as resolve_findings
from .frames import Cue, score_frames
from .labels import REPORTED_SHARE, label_sentence
from .lexicon_cache import load_lexicon
from .matcher import Lexicon, Match
from .quotes import find_quotes
from .report import Block, Finding, Frame, Quote, Report, Sentence, Source
from .sentences import split
from .spans import Spans, by_sentence, outside
from .structure import classify, paragraphs
from .summary import summarise
from .tokens import Tokens, tokenize

LEDE_SENTENCES = 3
# Two or more capitalised words in a row: a person or organisation named in the sentence
# ("Senator Ruth Adler", "Harvard University"), which makes a vague attribution specific.
NAMED_RUN = re.compile(r"\b[A-Z][\w’'.-]+(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w’'.-]+)+")


def analyze(
    text: str,
    *,
    title: str | None = None,
    lexicons: Lexicon | Iterable[str | Path] | None = None,
) -> Report:
    """Analyse one article. `lexicons` is a compiled Lexicon or extra module paths."""
    lex = lexicons if isinstance(lexicons, Lexicon) else load_lexicon([Path(p) for p in (lexicons or ())])
    # The pipeline makes millions of small objects and no reference cycles, so the cyclic
    # collector's repeated scans are pure overhead (~10% on a 1 MB article); pause it for
    # the duration and restore the caller's setting.
    collecting = gc.isenabled()
    gc.disable()
    try:
        report = _analyze(text, title, lex, parts_only=False)
    finally:
        if collecting:
            gc.enable()
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
    spans = split(text, blocks, lex.abbreviations, lex.sentence_starters, lex.report_verbs)
    toks = tokenize(text)
    ctx = Context(lex.speaker_roles, lex.anonymous_sources, lex.abbreviations)
    quotes, speakers = find_quotes(text, blocks, spans, ctx, lex.report_verbs, toks, lex.object_verbs)
    sentence_starts = [s for s, _, _ in spans]
    quoted = Spans((q.start, q.end) for q in quotes)
    direct = Spans((q.start, q.end) for q in quotes if q.kind == "direct")

    findings: list[Finding] = []
    voice_cues: list[Finding] = []
    cues: list[Cue] = []
    sentences: list[Sentence] = []
    named = {name for name, sp in speakers.items() if sp.kind != "anonymous"}
    in_sentence = by_sentence(quotes, spans)
    # the sentence holds an attribution ("X said") of a quote that reaches into it
    cue_in = {n for n, (s, e, _) in enumerate(spans) if any(q.cue and s <= q.cue[0] < e for q in in_sentence[n])}
    cues_at = Spans(q.cue for q in quotes if q.cue)
    regex_hits: dict[int, list[Match]] = {}
    for m in lex.match_regexes(text, toks):
        k = bisect_right(sentence_starts, m.start) - 1
        if k >= 0 and m.end <= spans[k][1]:
            regex_hits.setdefault(k, []).append(m)
    author_texts: list[str] = []
    token_ranges: list[tuple[int, int]] = []
    lo = 0
    n_toks, tok_starts, tok_ends = len(toks), toks.starts, toks.ends
    in_direct, in_quoted = direct.overlaps(spans), quoted.overlaps(spans)
    for n, (s, e, b) in enumerate(spans):
        while lo < n_toks and tok_starts[lo] < s:
            lo += 1
        hi = lo
        while hi < n_toks and tok_ends[hi] <= e:
            hi += 1
        block = blocks[b]
        cands = lex.match_tokens(toks, lo, hi) + regex_hits.get(n, [])
        # only weasel entries ask whether the sentence names a source: look only then
        named_source = any(m.entry.unless_named_source for m in cands) and bool(
            any(q.speaker in named for q in in_sentence[n]) or NAMED_RUN.search(text, s, e)
        )
        sent_findings = resolve_findings(text, cands, quoted, cues_at, named_source, n)
        cues.extend(frame_cues(cands, quoted, n))
        share = in_direct[n] / max(1, e - s)
        attributed = n in cue_in or in_quoted[n] / max(1, e - s) >= REPORTED_SHARE
        author_text = outside(text, s, e, quoted) if in_quoted[n] else text[s:e]
        author_texts.append(author_text)
        token_ranges.append((lo, hi))
        verdict = label_sentence(
            block.kind,
            block.reason,
            share,
            attributed,
            author_text,
            [f for f in sent_findings if f.voice == "author" and not is_weak(f)],
        )
        speaker = next((q.speaker for q in in_sentence[n] if q.speaker), None)
        reasons = verdict.reasons
        if verdict.label != "opinion":
            weak = {f.rule for f in sent_findings if is_weak(f)}
            sent_findings = [f for f in sent_findings if not is_weak(f)]
            reasons = tuple(r for r in reasons if r not in weak)
        for f in sent_findings:
            # the sentence's label has counted them; they mark its voice, not its wording
            (voice_cues if lex.entries[f.rule].voice_cue else findings).append(f)
        sentences.append(Sentence(s, e, verdict.label, verdict.score, reasons, b, speaker, round(share, 3)))
        lo = hi

    body_kinds: list[str] = [blocks[b].kind for _, _, b in spans]
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
    title_cands = lex.find(title) if title is not None else []
    headline = _headline(text, title, blocks, sentences, findings, title_cands)
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
        toks,
        token_ranges,
        title,
        sentences,
        findings,
        frames,
        sources,
        body_kinds,
        author_texts,
        ctx,
        speakers,
        title_cands,
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
        voice_cues=tuple(voice_cues),
    )


def _framing_verdicts(
    summary: dict[str, Any],
    toks: Tokens,
    token_ranges: list[tuple[int, int]],
    title: str | None,
    sentences: list[Sentence],
    findings: list[Finding],
    frames: list[Frame],
    sources: list[Source],
    kinds: list[str],
    author_texts: list[str],
    ctx: Context,
    speakers: dict[str | None, Speaker],
    title_cands: list[Match],
) -> None:
    """Headline against body, partisan vocabulary, tone toward actors, intensity."""
    head = summary.get("headline")
    if head is not None and title is not None:
        head_findings = resolve_findings(title, title_cands, Spans(()), Spans(()), False, -1)
    elif head is not None:
        head_findings = [f for f in findings if kinds[f.sentence] == "headline"]
    else:
        head_findings = []
    # each sentence's stems, needed only to compare a headline with the body
    sentence_stems = [set(toks.stems[a:b]) for a, b in token_ranges] if head is not None else []
    check = framing.headline_check(
        sentence_stems, sentences, findings, kinds, head["text"] if head else None, head_findings
    )
    if head is not None:
        head["notes"] = check["notes"]
    summary["partisan"] = framing.partisan(findings)
    actors: dict[str, str] = {}
    for person, sp in ctx.people.items():
        if person and sp.kind == "named":
            parts = person.split()
            actors[person] = person + ("|" + parts[-1] if len(parts) > 1 else "")
    for name, sp in speakers.items():
        if name and sp.kind == "organization":
            actors[name] = name
    summary["tone"] = framing.tone_toward(sentences, findings, actors, author_texts)
    summary["intensity"] = framing.intensity(summary, frames, sources, check["flagged"])


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
    title_cands: list[Match],
) -> dict[str, Any] | None:
    if title is not None:
        rules = sorted({m.entry.rule for m in title_cands if not m.entry.frame})
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
