"""The side panel: the framing summary, with lists that select what the article highlights."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.widgets import Static

from ...render.styles import bar
from ...safety import visible
from ..model import Analysis, Lens
from ..palette import palette
from .frame_list import FrameList
from .layer_bar import LayerBar
from .source_list import SourceList
from .term_list import TermList

LABELS = ("opinion", "reported", "factual")
BAR_WIDTH = 18
METER_WIDTH = 21  # an odd width puts an even balance of hedges and boosters in the middle


def heading(title: str) -> Static:
    return Static(Text(title, style="bold"), classes="heading")


class SummaryPanel(VerticalScroll, can_focus=False):
    analysis: var[Analysis | None] = var(None, always_update=True)
    lens: var[Lens] = var(Lens())

    def compose(self) -> ComposeResult:
        yield heading("Whose voice")
        yield Static(id="voice")
        yield heading("Frames")
        yield FrameList(id="frames").data_bind(SummaryPanel.analysis, SummaryPanel.lens)
        yield heading("Loaded terms")
        yield TermList(id="terms").data_bind(SummaryPanel.analysis, SummaryPanel.lens)
        yield heading("Sources quoted")
        yield SourceList(id="sources").data_bind(SummaryPanel.analysis, SummaryPanel.lens)
        yield heading("Certainty")
        yield Static(id="certainty")
        yield heading("Headline")
        yield Static(id="headline")
        yield heading("Layers")
        yield LayerBar(id="layers").data_bind(SummaryPanel.lens)

    def watch_analysis(self) -> None:
        self._update_statics()

    def watch_lens(self, old: Lens, new: Lens) -> None:
        if old.dark != new.dark:
            self._update_statics()

    def _update_statics(self) -> None:
        if not self.is_mounted:
            return
        if self.analysis is None:
            waiting = Text("waiting for the analysis…", style="dim italic")
            for id in ("voice", "certainty", "headline"):
                self.query_one(f"#{id}", Static).update(waiting)
            return
        summary = self.analysis.report.summary
        self.query_one("#voice", Static).update(self._voice(summary))
        self.query_one("#certainty", Static).update(self._certainty(summary))
        self.query_one("#headline", Static).update(self._headline(summary))

    def on_mount(self) -> None:
        self._update_statics()

    def _voice(self, summary: dict) -> Table:
        pal = palette(self.lens.dark)
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(width=9)
        grid.add_column(ratio=1, no_wrap=True)
        grid.add_column(width=4, justify="right")
        counts = summary.get("sentences", {})
        for label in LABELS:
            share = summary.get("shares", {}).get(label, 0.0)
            grid.add_row(
                Text(label, style=pal.label(label)),
                Text(bar(share, BAR_WIDTH), style=pal.label(label)),
                Text(f"{share:.0%}"),
            )
        grid.add_row(
            Text("left out", style="dim"),
            Text(f"{counts.get('boilerplate', 0)} boilerplate sentences", style="dim"),
            "",
        )
        return grid

    def _certainty(self, summary: dict) -> Text:
        cert = summary.get("certainty", {})
        hedges, boosters = cert.get("hedges", 0), cert.get("boosters", 0)
        total = hedges + boosters
        out = Text(end="", no_wrap=True, overflow="ellipsis")
        out.append("hedged ", style="italic")
        pos = round((boosters / total) * (METER_WIDTH - 1)) if total else None
        for i in range(METER_WIDTH):
            out.append("●" if i == pos else "━", style="bold" if i == pos else "dim")
        out.append(" sure", style="italic")
        author = cert.get("author", {})
        out.append(f"\n{hedges} hedges · {boosters} boosters", style="")
        out.append(f"  (author {author.get('hedges', 0)} · {author.get('boosters', 0)})", style="dim")
        if not total:
            out.append("\nno hedges or boosters found", style="dim")
        return out

    def _headline(self, summary: dict) -> Text:
        head = summary.get("headline")
        if not head:
            return Text("no headline found", style="dim")
        pal = palette(self.lens.dark)
        out = Text(visible(" ".join(head.get("text", "").split())), style="italic", end="")
        label = head.get("label", "")
        if label:
            out.append("\nreads as ", style="dim")
            out.append(label, style="bold " + pal.label(label))
        rules = head.get("rules", [])
        if rules:
            out.append("\nflags: ", style="dim")
            out.append(", ".join(visible(r) for r in rules))
        return out
