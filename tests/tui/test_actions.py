"""Search, open, edit, export, help, quit, the command palette, the theme, the start screen."""

from __future__ import annotations

import json
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import ContentSwitcher, Input, TextArea

from framing_tui.tui.screens.export import ExportScreen
from framing_tui.tui.screens.help import HelpScreen
from framing_tui.tui.screens.open_file import OpenFileScreen
from framing_tui.tui.screens.start import StartScreen
from framing_tui.tui.widgets.article import ArticleView
from framing_tui.tui.widgets.editor import DEBOUNCE_SECONDS
from framing_tui.tui.widgets.search_bar import SearchBar

from .conftest import ARTICLE, NAME, SIZE, settle


async def test_slash_searches_and_n_steps_through_the_matches(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert app.query_one(SearchBar).display and isinstance(app.focused, Input)
        await pilot.press(*"the plan")
        focus = app.lens.focus
        assert focus is not None and focus.kind == "search"
        assert [ARTICLE[a:b].lower() for a, b in focus.spans] == ["the plan"] * ARTICLE.lower().count("the plan")
        await pilot.press("enter")
        assert not app.query_one(SearchBar).display and isinstance(app.focused, ArticleView)
        first = app.lens.cursor
        await pilot.press("n")
        assert app.lens.cursor != first and app.lens.cursor in focus.spans
        await pilot.press("escape")
        assert app.lens.focus is None


async def test_escape_in_the_search_bar_drops_the_search(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"council", "escape")
        assert app.lens.focus is None and not app.query_one(SearchBar).display


async def test_o_opens_another_file(make_app, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Short headline\n\nThe senator slammed the regime.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        assert isinstance(app.screen, OpenFileScreen)
        app.screen.query_one("#open-path", Input).value = str(other)
        await pilot.press("enter")
        await settle(pilot)
        assert app.source == str(other)
        assert app.analysis.report.text == other.read_text()
        assert {f.rule for f in app.analysis.report.findings} >= {"loaded.slam", "loaded.r_e3_gime"}


async def test_opening_a_missing_file_says_so_and_keeps_the_article(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        app.screen.query_one("#open-path", Input).value = str(tmp_path / "nope.txt")
        await pilot.press("enter")
        await pilot.pause()
        assert app.source == NAME and app.text == ARTICLE
        assert any("no such file" in n.message for n in app._notifications)


async def test_p_edits_the_text_and_the_analysis_follows(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p")
        assert app.query_one("#pane", ContentSwitcher).current == "editor"
        area = app.query_one(TextArea)
        assert area.text == ARTICLE and app.focused is area
        area.move_cursor(area.document.end)
        await pilot.press(*" The crook should go.")
        await pilot.pause(DEBOUNCE_SECONDS + 0.2)
        await settle(pilot)
        assert app.analysis.report.text.endswith("The crook should go.")
        assert "loaded.crook" in {f.rule for f in app.analysis.report.findings}
        assert app.source == f"{NAME} (edited)"
        await pilot.press("escape")
        assert app.query_one("#pane", ContentSwitcher).current == "article"
        assert isinstance(app.focused, ArticleView)


async def test_e_exports_json_and_markdown(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        target = tmp_path / "out.json"
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        report = json.loads(target.read_text(encoding="utf-8"))
        assert report["schema_version"] == 1 and report["text"] == ARTICLE

        await pilot.press("e")
        await pilot.click("#markdown")
        path_input = app.screen.query_one("#export-path", Input)
        assert path_input.value.endswith(".md")
        path_input.value = str(tmp_path / "out.md")
        await pilot.click("#export")
        await pilot.pause()
        assert (tmp_path / "out.md").read_text(encoding="utf-8").startswith("# Framing report")


async def test_question_mark_shows_help_and_escape_closes_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits_cleanly(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_every_action_is_in_the_command_palette(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for wanted in (
            "Next highlight",
            "Previous highlight",
            "Explain highlight",
            "Search the text",
            "Clear selection",
            "Open a file",
            "Edit or paste text",
            "Export the report",
            "Help",
            "Toggle dark and light",
            "Quit",
        ):
            assert wanted in titles
        assert sum(t.startswith("Toggle layer: ") for t in titles) == 6
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Toggle layer: Hedges")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert "certainty" not in app.lens.layers


async def test_t_switches_to_the_light_theme(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.lens.dark
        await pilot.press("t")
        assert not app.current_theme.dark and not app.lens.dark


async def test_without_text_the_start_screen_opens_an_example(make_app):
    app = make_app(None, "")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        options = app.screen.query_one("#start-options")
        example = next(i for i, o in enumerate(options.options) if o.id and o.id.endswith("wire-report.txt"))
        options.highlighted = example
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, StartScreen)
        assert Path(app.source).name == "wire-report.txt" and app.analysis is not None


async def test_the_start_screen_can_paste_text(make_app):
    app = make_app(None, "")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p")
        assert app.query_one("#pane", ContentSwitcher).current == "editor"
        app.query_one(TextArea).insert("The senator slammed the plan.")
        await pilot.pause(DEBOUNCE_SECONDS + 0.2)
        await settle(pilot)
        assert app.source == "<pasted text>"
        assert [f.rule for f in app.analysis.report.findings if f.category == "loaded"] == ["loaded.slam"]


async def test_leaving_the_editor_shows_the_new_text_before_its_analysis(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p")
        app.query_one(TextArea).load_text("A new start.\n\nA second part.\n\nThe crook slammed it.")
        await pilot.press("escape")
        shown = [app.article.render_line(y).text for y in range(8)]
        assert any("A new start." in line for line in shown)
        await settle(pilot)
        assert app.analysis.report.text.startswith("A new start.")
        assert {"loaded.crook", "loaded.slam"} <= {f.rule for f in app.analysis.report.findings}
