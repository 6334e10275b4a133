"""The header: the headline, where the text came from, its length and reading time."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import var
from textual.widgets import Static

from ...safety import visible
from ..model import Analysis, Lens, bias_counts, reading_minutes

HEADLINE_MAX = 160


class ArticleHeader(Static):
    analysis: var[Analysis | None] = var(None, always_update=True)
    lens: var[Lens] = var(Lens())
    source: var[str] = var("")
    busy: var[bool] = var(False)

    def _headline(self) -> str:
        if self.analysis is None:
            return ""
        report = self.analysis.report
        head = report.summary.get("headline") or {}
        text = head.get("text") or report.title or ""
        if not text and report.blocks:
            first = report.blocks[0]
            text = report.text[first.start : first.end]
        text = " ".join(text.split())
        return text if len(text) <= HEADLINE_MAX else text[: HEADLINE_MAX - 1] + "…"

    def _render_header(self) -> Text:
        out = Text(no_wrap=True, overflow="ellipsis", end="")
        headline = self._headline()
        out.append(visible(headline) if headline else "framing", style="bold")
        out.append("\n")
        if self.source:
            out.append(visible(self.source), style="italic")
            out.append("  ·  ", style="dim")
        if self.analysis is not None:
            report = self.analysis.report
            words = report.summary.get("words", 0)
            author, quoted = bias_counts(self.analysis, self.lens)
            out.append(f"{words:,} words  ·  {reading_minutes(words)} min read  ·  ")
            out.append(f"{len(self.analysis.visible_findings(self.lens))} highlights", style="bold")
            out.append(f"  ·  loaded: {author} author, {quoted} quoted", style="dim")
        if self.busy:
            out.append("  ·  analysing…", style="bold italic")
        return out

    def watch_analysis(self) -> None:
        self.update(self._render_header())

    def watch_lens(self, old: Lens, new: Lens) -> None:
        if not old.only_cursor_differs(new):
            self.update(self._render_header())

    def watch_source(self) -> None:
        self.update(self._render_header())

    def watch_busy(self) -> None:
        self.update(self._render_header())
