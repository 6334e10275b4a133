"""The Textual app: a thin view over the report.

The app owns the state (the text, its `Analysis`, the `Lens`) and hands it down to the
widgets by data binding; widgets post messages up and the app decides what changes. The
engine runs in a thread worker, so the first paint shows the plain text at once and the
highlights follow when the analysis lands.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer
from textual.worker import get_current_worker

from ..config import ConfigError, load_config
from ..engine.lexicon_cache import LexiconSpec
from ..engine.matcher import Lexicon
from ..engine.report import Report
from ..safety import visible
from . import flows
from .commands import palette_commands
from .model import LAYER_BY_ID, LAYERS, Analysis, Focus, Lens, choose_focus, search_focus, step
from .palette import palette
from .screens.help import HelpScreen
from .screens.start import StartScreen
from .widgets.article import ArticleView
from .widgets.choice_list import ChoiceList
from .widgets.editor import Editor
from .widgets.header import ArticleHeader
from .widgets.layer_bar import LayerBar
from .widgets.minimap import Minimap
from .widgets.search_bar import SearchBar
from .widgets.summary import SummaryPanel


class FramingApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "framing"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (110, "-wide")]
    # Footer order: the keys a reader needs first, so they survive a narrow terminal.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "step(1)", "Next"),
        Binding("N,shift+n", "step(-1)", "Prev"),
        Binding("enter", "explain", "Explain"),
        Binding("slash", "search", "Search"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
        Binding("o", "open", "Open"),
        Binding("p", "edit", "Edit"),
        Binding("e", "export", "Export"),
        Binding("escape", "clear", "Clear", show=False),
        Binding("t", "toggle_theme", "Theme", show=False),
        *(Binding(layer.key, f"toggle_layer({layer.id!r})", layer.title, show=False) for layer in LAYERS),
    ]

    text: var[str] = var("", always_update=True)
    source: var[str] = var("")
    analysis: var[Analysis | None] = var(None, always_update=True)
    lens: var[Lens] = var(Lens())
    busy: var[bool] = var(False)

    def __init__(
        self,
        text: str | None = None,
        name: str = "",
        *,
        title: str | None = None,
        lexicon_spec: LexiconSpec | None = None,
        lexicon: Lexicon | None = None,
        analyzer: Callable[[str], Report] | None = None,
        config_path: Path | None = None,
    ) -> None:
        super().__init__()
        self._analyzer = analyzer
        self._initial = (text, name)
        self._title = title
        self._spec = lexicon_spec or LexiconSpec()
        self._lexicon = lexicon
        self.config_path = config_path
        self._started = time.perf_counter()
        #: Seconds from construction to the first paint of the text and of its highlights.
        self.timings: dict[str, float] = {}

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield ArticleHeader(id="header").data_bind(
            FramingApp.analysis, FramingApp.lens, FramingApp.source, FramingApp.busy
        )
        with Horizontal(id="main"):
            with ContentSwitcher(initial="article", id="pane"):
                yield ArticleView(id="article").data_bind(FramingApp.text, FramingApp.analysis, FramingApp.lens)
                yield Editor(id="editor")
            yield Minimap(id="minimap").data_bind(FramingApp.analysis, FramingApp.lens)
            yield SummaryPanel(id="side").data_bind(FramingApp.analysis, FramingApp.lens)
        yield SearchBar(id="search")
        yield Footer()

    @property
    def article(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    def on_mount(self) -> None:
        self.query_one(SearchBar).display = False
        self.theme_changed_signal.subscribe(self, lambda _theme: self._sync_theme())
        self._sync_theme()
        try:
            self.lens = replace(self.lens, disabled=load_config(self.config_path).disabled_rules)
        except ConfigError as e:
            self.notify(str(e), title="config not read", severity="warning", markup=False)
        text, name = self._initial
        if text is None:
            flows.show_start(self)
        else:
            self.load(text, name)
        self.article.focus()

    # Actions that need an article; on the start screen they are hidden from the footer.
    _NEED_ARTICLE = frozenset({"step", "explain", "search", "export", "toggle_layer", "clear"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action in self._NEED_ARTICLE and isinstance(self.screen, StartScreen))

    def _sync_theme(self) -> None:
        self.lens = replace(self.lens, dark=self.current_theme.dark)

    # -- loading and analysing --------------------------------------------------------------

    def load(self, text: str, name: str) -> None:
        """Show `text` at once and analyse it in the background."""
        self.source = name
        self.analysis = None
        self.lens = replace(self.lens, focus=None, cursor=None)
        self.text = text
        # Paint the text first, then start the engine: its worker would hold the GIL
        # through the app's start-up and delay the first paint by half a second.
        self.call_after_refresh(self._painted_then_analyse, text, name)

    def _painted_then_analyse(self, text: str, name: str) -> None:
        self._mark("first_paint")
        self.analyse(text, name)

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self, text: str, name: str) -> None:
        """Run the engine off the UI thread; a newer run makes this one's result moot."""
        worker = get_current_worker()
        if not text.strip():
            self.call_from_thread(self._analysed, None)
            return
        self.call_from_thread(setattr, self, "busy", True)
        from ..engine import analyze

        try:
            if self._analyzer is not None:
                report = self._analyzer(text)
            else:
                lexicon = self._lexicon or self._spec.load()
                report = analyze(text, title=self._title, lexicons=lexicon)
            analysis = Analysis.build(report, name)
        except Exception as e:  # a broken lexicon or an engine fault: say so, keep running
            if not worker.is_cancelled:
                self.call_from_thread(self._failed, f"{type(e).__name__}: {e}")
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._analysed, analysis)

    def _analysed(self, analysis: Analysis | None) -> None:
        self.busy = False
        gc.unfreeze()  # the previous report may go now
        self.analysis = analysis
        self.call_after_refresh(self._settle_memory)
        if analysis is not None:
            for w in analysis.report.warnings:
                self.notify(visible(w), severity="warning", markup=False)
            self.call_after_refresh(self._mark, "analysis_paint")

    @staticmethod
    def _settle_memory() -> None:
        """Keep the report out of future garbage collections (until the next analysis).

        A 100,000-word report is ~10^6 objects; each full collection walked them all and
        stalled a scrolling frame for 60-70 ms.
        """
        gc.collect()
        gc.freeze()

    def _failed(self, message: str) -> None:
        self.busy = False
        self.notify(visible(message), title="analysis failed", severity="error", markup=False)

    def _mark(self, what: str) -> None:
        self.timings.setdefault(what, time.perf_counter() - self._started)

    # -- moving through the highlights ------------------------------------------------------

    def _targets(self) -> list[tuple[int, int]]:
        if self.lens.focus is not None:
            return list(self.lens.focus.spans)
        return self.analysis.targets(self.lens) if self.analysis is not None else []

    def action_step(self, direction: int) -> None:
        """n / N: move the cursor to the next or previous highlight and bring it into view."""
        targets = self._targets()
        if not targets:
            self.notify("Nothing highlighted to step through.", markup=False)
            return
        span = step(targets, self.lens.cursor, direction, self.article.visible_span()[0])
        self._move_cursor(span)

    def _move_cursor(self, span: tuple[int, int] | None, *, center: bool = False) -> None:
        self.lens = replace(self.lens, cursor=span)
        if span is not None:
            self.article.scroll_to_offset(span[0], center=center)

    def action_explain(self) -> None:
        if self.analysis is None:
            return
        if self.lens.cursor is None:
            self.action_step(1)
        k = self.analysis.finding_at(self.lens.cursor, self.lens) if self.lens.cursor else None
        if k is None:
            self.notify("No highlighted term at the cursor: press n to move to one.", markup=False)
            return
        self.show_finding(k)

    def show_finding(self, k: int) -> None:
        flows.explain(self, k)

    @on(ArticleView.FindingClicked)
    def _clicked(self, event: ArticleView.FindingClicked) -> None:
        if self.analysis is None:
            return
        f = self.analysis.marks[event.index]
        self.lens = replace(self.lens, cursor=(f.start, f.end))
        self.show_finding(event.index)

    def ignore_rule(self, rule: str) -> None:
        """Hide `rule` now, save it in the config, and re-run the engine without it."""
        config = flows.save_ignored(self, rule)
        if config is None:
            return
        focus = self.lens.focus if not (self.lens.focus and self.lens.focus.key == rule) else None
        self.lens = replace(self.lens, disabled=config.disabled_rules, focus=focus, cursor=None)
        # The engine re-runs without the rule, so the summary's counts and the sentence labels
        # stop counting it too (as they will in the next session, which reads the config).
        self._spec = replace(self._spec, disabled=self._spec.disabled | {rule})
        if self._lexicon is None and self._analyzer is None and self.text:
            self.analyse(self.text, self.source)

    # -- choosing what to highlight ---------------------------------------------------------

    def set_focus_on(self, focus: Focus | None) -> None:
        """Highlight the spans of `focus` (None clears it) and go to the first."""
        self.lens = replace(self.lens, focus=focus, cursor=None)
        if focus is not None and focus.spans:
            self._move_cursor(focus.spans[0], center=True)

    @on(ChoiceList.Chosen)
    def _chosen(self, event: ChoiceList.Chosen) -> None:
        if self.analysis is None:
            return
        current = self.lens.focus
        if current is not None and (current.kind, current.key) == (event.kind, event.key):
            self.set_focus_on(None)  # choosing it again clears it
        else:
            self.set_focus_on(choose_focus(self.analysis, event.kind, event.key, self.lens))

    def action_toggle_layer(self, layer: str) -> None:
        if layer in LAYER_BY_ID:
            self.lens = replace(self.lens, layers=self.lens.layers ^ {layer})

    @on(LayerBar.Toggled)
    def _layer_clicked(self, event: LayerBar.Toggled) -> None:
        self.action_toggle_layer(event.layer)

    @on(Minimap.Jump)
    def _jump(self, event: Minimap.Jump) -> None:
        self.article.scroll_to_offset(event.offset)

    @on(ArticleView.Scrolled)
    def _scrolled(self, event: ArticleView.Scrolled) -> None:
        self.query_one(Minimap).viewport = (event.top, event.bottom)

    def action_clear(self) -> None:
        if self.lens.focus is not None:
            self.set_focus_on(None)
        else:
            self.lens = replace(self.lens, cursor=None)

    # -- search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.Changed)
    def _search_changed(self, event: SearchBar.Changed) -> None:
        if not event.query.strip():
            if self.lens.focus is not None and self.lens.focus.kind == "search":
                self.set_focus_on(None)
            return
        focus = search_focus(self.text, event.query)
        self.lens = replace(self.lens, focus=focus, cursor=None)
        if focus.spans:
            self._move_cursor(step(list(focus.spans), None, 1, self.article.visible_span()[0]))

    @on(SearchBar.Submitted)
    def _search_submitted(self, event: SearchBar.Submitted) -> None:
        focus = self.lens.focus
        if event.query.strip() and focus is not None and focus.kind == "search":
            n = len(focus.spans)
            self.notify(
                f"{n} match{'es' if n != 1 else ''}: n / N step through them, esc clears.",
                markup=False,
            )
        self.article.focus()

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        if self.lens.focus is not None and self.lens.focus.kind == "search":
            self.set_focus_on(None)
        self.article.focus()

    # -- edit, open, export, help -----------------------------------------------------------

    def action_edit(self) -> None:
        switcher = self.query_one("#pane", ContentSwitcher)
        if switcher.current == "editor":
            return
        switcher.current = "editor"
        self.query_one(Editor).load(self.text)

    @on(Editor.Changed)
    def _edited(self, event: Editor.Changed) -> None:
        if event.text != self.text:
            self.source = flows.edited_name(self.source)
            self.text = event.text
            self.analyse(event.text, self.source)

    @on(Editor.Done)
    def _edit_done(self, event: Editor.Done) -> None:
        self._edited(Editor.Changed(event.text))
        self.query_one("#pane", ContentSwitcher).current = "article"
        self.article.focus()
        if not event.text.strip():
            flows.show_start(self)  # nothing was pasted: back to the ways in

    def action_open(self) -> None:
        flows.choose_file(self)

    def action_export(self) -> None:
        flows.choose_export(self)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(palette(self.lens.dark)))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from palette_commands(self)
