"""Spans of text: membership of offsets in quote spans, and the author's own words."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from .report import Quote


class Spans:
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

    def overlaps(self, ranges: list[tuple[int, int, int]]) -> list[int]:
        """`overlap(s, e)` of each of the sorted, disjoint ranges (sentences), in one sweep."""
        out: list[int] = []
        spans, n = self.spans, len(self.spans)
        k = 0
        for s, e, _ in ranges:
            while k < n and spans[k][1] <= s:
                k += 1
            total = 0
            j = k
            while j < n and spans[j][0] < e:
                a, b = spans[j]
                total += min(b, e) - max(a, s)
                j += 1
            out.append(total)
        return out


def by_sentence(quotes: list[Quote], spans: list[tuple[int, int, int]]) -> list[list[Quote]]:
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


def outside(text: str, s: int, e: int, quoted: Spans) -> str:
    """The sentence with quoted parts blanked out (the author's own words)."""
    if not quoted.overlap(s, e):
        return text[s:e]
    # slices of the text and runs of spaces (the spans are sorted and disjoint)
    parts: list[str] = []
    pos = s
    k = max(0, bisect_right(quoted.starts, s) - 1)
    while k < len(quoted.spans) and quoted.spans[k][0] < e:
        a, b = max(quoted.spans[k][0], s), min(quoted.spans[k][1], e)
        if a < b:
            parts.append(text[pos:a])
            parts.append(" " * (b - a))
            pos = b
        k += 1
    parts.append(text[pos:e])
    return "".join(parts)
