"""The app's dialogs: the start screen, opening a file, explaining a finding, exporting.

Functions of the app rather than methods, to keep app.py about state and highlights; each
pushes a screen and handles the typed result it is dismissed with.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config, ConfigError, disable_rule
from ..safety import visible
from .palette import palette
from .screens.detail import FindingDetail
from .screens.export import ExportRequest, ExportScreen
from .screens.open_file import OpenFileScreen
from .screens.start import StartChoice, StartScreen

if TYPE_CHECKING:
    from .app import FramingApp

PASTED = "<pasted text>"


def show_start(app: FramingApp) -> None:
    app.push_screen(StartScreen(), lambda choice: _started_with(app, choice))


def _started_with(app: FramingApp, choice: StartChoice) -> None:
    if choice is None:
        app.exit()
    elif choice == "open":
        choose_file(app)
    elif choice == "paste":
        app.source = PASTED
        app.action_edit()
    elif isinstance(choice, Path) and not open_path(app, choice):
        show_start(app)


def choose_file(app: FramingApp) -> None:
    def opened(path: Path | None) -> None:
        if path is not None:
            open_path(app, path)
        elif not app.text:
            show_start(app)

    app.push_screen(OpenFileScreen(), opened)


def open_path(app: FramingApp, path: Path) -> bool:
    """Read `path` as the CLI does (same checks, same messages) and show it."""
    from ..cli.inputs import InputError, read_source

    try:
        article = read_source(str(path))
    except InputError as e:
        app.notify(visible(str(e)), title="cannot open", severity="error", markup=False)
        return False
    for w in article.warnings:
        app.notify(visible(w), severity="warning", markup=False)
    app.load(article.text, article.name)
    return True


def edited_name(source: str) -> str:
    """The name shown once the text has been changed in the editor."""
    if source == PASTED or source.endswith(" (edited)"):
        return source
    return f"{source} (edited)" if source else PASTED


def choose_export(app: FramingApp) -> None:
    if app.analysis is None:
        app.notify("Nothing to export yet: the analysis is still running.", markup=False)
        return
    app.push_screen(ExportScreen(app.source), lambda request: _export_to(app, request))


def _export_to(app: FramingApp, request: ExportRequest | None) -> None:
    if request is None or app.analysis is None:
        return
    from .export import write_report

    fmt, path = request
    try:
        written = write_report(app.analysis.report, path, fmt, app.source)
    except OSError as e:
        message = visible(f"{path}: {e.strerror or e}")
        app.notify(message, title="export failed", severity="error", markup=False)
        return
    app.notify(visible(f"Wrote {written}"), title="exported", markup=False)


def explain(app: FramingApp, k: int) -> None:
    """Show finding `k` in the detail view; ignoring it there hides its rule from now on."""
    assert app.analysis is not None
    report = app.analysis.report
    f = app.analysis.marks[k]
    sentence = report.sentences[f.sentence] if 0 <= f.sentence < len(report.sentences) else None
    span = (sentence.start, sentence.end) if sentence else None

    def done(ignore: bool | None) -> None:
        if ignore:
            app.ignore_rule(f.rule)

    cue = k >= len(report.findings)  # marks are the findings, then the voice cues
    app.push_screen(FindingDetail(f, report.text, span, palette(app.lens.dark), voice_cue=cue), done)


def save_ignored(app: FramingApp, rule: str) -> Config | None:
    """Add `rule` to the user's config; None (and a notification) when it cannot be saved."""
    try:
        config = disable_rule(rule, app.config_path)
    except ConfigError as e:
        app.notify(visible(str(e)), title="not saved", severity="error", markup=False)
        return None
    message = f"{rule} is ignored from now on (saved to {config.path})."
    app.notify(message, title="ignored", markup=False)
    return config
