"""What the TUI shows, as plain data: layers, the lens over the report, and lookups.

Nothing here imports Textual, so the view state can be tested and built in a worker
thread. The app owns one `Analysis` (the engine's report plus indexes built once) and one
`Lens` (which layers are on, which rules are ignored, what is selected, where the cursor is);
widgets receive both and draw from them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Literal

from ..engine.report import BIAS_CATEGORIES, Finding, Report

Span = tuple[int, int]
FocusKind = Literal["frame", "source", "term", "search"]

# Silent reading of English non-fiction averages 238 words a minute
# (Brysbaert 2019, "How many words do we read per minute?", a meta-analysis of 190 studies).
READING_WPM = 238


@dataclass(frozen=True, slots=True)
class Layer:
    id: str
    key: str
    title: str
    categories: tuple[str, ...] = ()


LAYERS: tuple[Layer, ...] = (
    Layer("loaded", "1", "Loaded and partisan", ("loaded", "partisan")),
    Layer("editorial", "2", "Editorial moves", ("editorial", "weasel", "presupposition", "agency")),
    Layer("certainty", "3", "Hedges and boosters", ("hedge", "booster")),
    Layer("attribution", "4", "Attribution and quotes", ("attribution",)),
    Layer("opinion", "5", "Opinion tint"),
    Layer("frames", "6", "Frame evidence"),
)
LAYER_BY_ID = {layer.id: layer for layer in LAYERS}
LAYER_OF_CATEGORY = {c: layer.id for layer in LAYERS for c in layer.categories}
DEFAULT_LAYERS = frozenset({"loaded", "editorial", "certainty", "attribution", "opinion"})


@dataclass(frozen=True, slots=True)
class Focus:
    """A selection that highlights some spans: a frame's evidence, a source's quotes, a
    term's findings or search matches. While it is active, n/N step through its spans."""

    kind: FocusKind
    key: str
    label: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Lens:
    layers: frozenset[str] = DEFAULT_LAYERS
    disabled: frozenset[str] = frozenset()
    focus: Focus | None = None
    cursor: Span | None = None
    dark: bool = True

    def shows(self, f: Finding) -> bool:
        return f.rule not in self.disabled and LAYER_OF_CATEGORY.get(f.category, "editorial") in self.layers

    def only_cursor_differs(self, other: Lens) -> bool:
        return replace(self, cursor=other.cursor) == other


@dataclass(frozen=True, slots=True)
class Analysis:
    """The report with the lookups every view needs, built once (in the worker)."""

    report: Report
    name: str
    block_starts: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    findings_in: tuple[tuple[int, ...], ...]
    quotes_in: tuple[tuple[int, ...], ...]
    frame_spans: tuple[Span, ...]
    order: tuple[int, ...] = field(default=())  # mark indices sorted by position
    # What the article view highlights: the findings, then the voice cues ("should",
    # "I think"), which the editorial layer shows alongside the author's commentary.
    marks: tuple[Finding, ...] = field(default=())

    @classmethod
    def build(cls, report: Report, name: str) -> Analysis:
        starts = tuple(b.start for b in report.blocks)
        findings: list[list[int]] = [[] for _ in report.blocks]
        quotes: list[list[int]] = [[] for _ in report.blocks]
        marks = report.findings + report.voice_cues
        for k, f in enumerate(marks):
            b = _block_at(starts, f.start)
            if b >= 0:
                findings[b].append(k)
        for k, q in enumerate(report.quotes):
            first, last = _block_at(starts, q.start), _block_at(starts, max(q.start, q.end - 1))
            for b in range(max(first, 0), last + 1):
                quotes[b].append(k)
        frames = sorted({span for fr in report.frames if fr.present for span in fr.evidence})
        order = sorted(range(len(marks)), key=lambda k: (marks[k].start, k))
        return cls(
            report,
            name,
            starts,
            tuple(s.start for s in report.sentences),
            tuple(map(tuple, findings)),
            tuple(map(tuple, quotes)),
            tuple(frames),
            tuple(order),
            marks,
        )

    def block_of(self, offset: int) -> int:
        return _block_at(self.block_starts, offset)

    def visible_findings(self, lens: Lens) -> list[int]:
        """Indices of the marks the lens shows, in reading order."""
        fs = self.marks
        return [k for k in self.order if lens.shows(fs[k])]

    def finding_at(self, span: Span, lens: Lens) -> int | None:
        """The shown mark at `span` (exactly, else the first overlapping it)."""
        fs = self.marks
        block = self.block_of(span[0])
        if block < 0:
            return None
        candidates = [k for k in self.findings_in[block] if lens.shows(fs[k])]
        for k in candidates:
            if (fs[k].start, fs[k].end) == span:
                return k
        for k in candidates:
            if fs[k].start < span[1] and fs[k].end > span[0]:
                return k
        return None

    def targets(self, lens: Lens) -> list[Span]:
        """What n/N step through: the focus's spans, else the shown findings."""
        if lens.focus is not None:
            return list(lens.focus.spans)
        fs = self.marks
        return [(fs[k].start, fs[k].end) for k in self.visible_findings(lens)]


def _block_at(starts: tuple[int, ...], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def step(targets: list[Span], cursor: Span | None, direction: int, origin: int = 0) -> Span | None:
    """The target after (direction 1) or before (-1) the cursor, wrapping at the ends.

    With no cursor (or one that is no longer a target), start from the cursor's position
    or `origin`, the top of what the reader sees.
    """
    if not targets:
        return None
    n = len(targets)
    if cursor is not None:
        try:
            return targets[(targets.index(cursor) + direction) % n]
        except ValueError:
            origin = cursor[0]
    i = bisect_left([t[0] for t in targets], origin)
    return targets[i % n] if direction > 0 else targets[(i - 1) % n]


def spans_between(spans: tuple[Span, ...], starts: list[int], longest: int, a: int, b: int) -> list[Span]:
    """The spans (sorted by start) that overlap [a, b)."""
    lo = bisect_left(starts, a - longest)
    hi = bisect_left(starts, b)
    return [s for s in spans[lo:hi] if s[1] > a]


def frame_focus(analysis: Analysis, frame_id: str) -> Focus:
    frame = next(f for f in analysis.report.frames if f.id == frame_id)
    return Focus("frame", frame_id, frame.name or frame_id, tuple(sorted(frame.evidence)))


def source_focus(analysis: Analysis, name: str) -> Focus:
    spans = sorted((q.start, q.end) for q in analysis.report.quotes if q.speaker == name)
    return Focus("source", name, name, tuple(spans))


def term_focus(analysis: Analysis, rule: str, lens: Lens) -> Focus:
    fs = analysis.marks
    spans = sorted((f.start, f.end) for f in fs if f.rule == rule and f.rule not in lens.disabled)
    return Focus("term", rule, rule, tuple(spans))


def choose_focus(analysis: Analysis, kind: FocusKind, key: str, lens: Lens) -> Focus:
    """The focus for a row chosen in the side panel."""
    if kind == "frame":
        return frame_focus(analysis, key)
    if kind == "source":
        return source_focus(analysis, key)
    return term_focus(analysis, key, lens)


def search_focus(text: str, query: str) -> Focus:
    """Case-insensitive literal matches of `query` (whitespace runs match any whitespace)."""
    words = query.split()
    if not words:
        return Focus("search", query, query, ())
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    return Focus("search", query, query, tuple(m.span() for m in pattern.finditer(text)))


def reading_minutes(words: int) -> int:
    return max(1, round(words / READING_WPM))


def shown_top_terms(report: Report, lens: Lens) -> list[dict]:
    """The summary's loaded terms, without the ones the user has switched off."""
    return [t for t in report.summary.get("top_terms", []) if t.get("rule") not in lens.disabled]


def bias_counts(analysis: Analysis, lens: Lens) -> tuple[int, int]:
    """Loaded, partisan and editorial findings still shown: (author voice, quoted)."""
    author = quoted = 0
    for f in analysis.report.findings:
        if f.category in BIAS_CATEGORIES and f.rule not in lens.disabled:
            if f.voice == "quoted":
                quoted += 1
            else:
                author += 1
    return author, quoted
