"""Moving through the highlights: n/N, enter and the detail view, clicks, tab, escape."""

from __future__ import annotations

import tomllib

from framing_tui.tui.model import Lens
from framing_tui.tui.palette import GUTTER
from framing_tui.tui.screens.detail import FindingDetail
from framing_tui.tui.widgets.article import ArticleView
from framing_tui.tui.widgets.frame_list import FrameList

from .conftest import ARTICLE, SIZE, settle


def spans_of(app, rules=None):
    fs = app.analysis.report.findings
    return [
        (fs[k].start, fs[k].end)
        for k in app.analysis.visible_findings(app.lens)
        if rules is None or fs[k].rule in rules
    ]


async def test_the_article_is_analysed_in_a_worker_and_shown(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.analysis is not None and app.analysis.report.text == ARTICLE
        assert app.busy is False
        assert {"first_paint", "analysis_paint"} <= set(app.timings)
        lines = [app.article.render_line(y).text for y in range(20)]
        assert any("The senator slammed the plan" in line for line in lines)


async def test_n_and_shift_n_step_through_the_findings_in_order(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        spans = spans_of(app)
        assert len(spans) >= 5
        await pilot.press("n")
        assert app.lens.cursor == spans[0]
        await pilot.press("n", "n")
        assert app.lens.cursor == spans[2]
        await pilot.press("N")
        assert app.lens.cursor == spans[1]
        await pilot.press("N", "N")  # wraps round to the last
        assert app.lens.cursor == spans[-1]


async def test_n_scrolls_a_far_finding_into_view_and_marks_it(make_app):
    long_text = (
        "A calm and plain sentence about the weather today. " * 40 + "\n\n"
    ) * 6 + "The senator slammed the plan.\n"
    app = make_app(long_text)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.article.scroll_offset.y == 0
        await pilot.press("n")
        start, end = app.lens.cursor
        assert long_text[start:end] == "slammed"
        assert app.article.scroll_offset.y > 0
        top, bottom = app.article.visible_span()
        assert top <= start < bottom
        shown = [app.article.render_line(y).text for y in range(app.article.size.height)]
        assert any(line.startswith("▶ The senator slammed") for line in shown)


async def test_enter_explains_the_finding_at_the_cursor(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "enter")
        assert isinstance(app.screen, FindingDetail)
        assert app.screen.finding.rule == "loaded.slam"
        body = app.screen.query_one("#detail-body").query_one("Static").render()
        text = str(body)
        assert "Turns criticism into a blow." in text and "criticize" in text and "loaded.toml" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, FindingDetail)


async def test_ignoring_a_term_writes_the_config_and_hides_it(make_app, config_home):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "enter", "i")
        await pilot.pause()
        assert "loaded.slam" in app.lens.disabled
        assert not spans_of(app, {"loaded.slam"})
        saved = tomllib.loads((config_home / "framing-tui" / "config.toml").read_text())
        assert saved == {"rules": {"disabled": ["loaded.slam"]}}
    again = make_app()  # a new session reads the choice back
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "loaded.slam" in again.lens.disabled
        assert not spans_of(again, {"loaded.slam"})


async def test_clicking_a_highlight_opens_its_explanation(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article = app.query_one(ArticleView)
        report = app.analysis.report
        k = next(i for i, f in enumerate(report.findings) if f.rule == "editorial.should")
        f = report.findings[k]
        row = article.row_of_offset(f.start)
        b = app.analysis.block_of(f.start)
        row_start = article._layout.rows[row].start + report.blocks[b].start
        x = article.styles.padding.left + GUTTER + (f.start - row_start) + 1
        y = article.styles.padding.top + row - round(article.scroll_offset.y)
        assert await pilot.click(ArticleView, offset=(x, y))
        await pilot.pause()
        assert isinstance(app.screen, FindingDetail)
        assert app.screen.finding.rule == "editorial.should"
        assert app.lens.cursor == (f.start, f.end)


async def test_tab_moves_between_the_article_and_the_side_panel(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(app.focused, FrameList)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ArticleView)


async def test_escape_clears_the_cursor(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        assert app.lens.cursor is not None
        await pilot.press("escape")
        assert app.lens.cursor is None
        assert app.lens == Lens(disabled=app.lens.disabled, dark=app.lens.dark)


async def test_explaining_a_voice_cue_says_it_is_one(shipped):
    from framing_tui.tui import create_app

    app = create_app("The council should scrap this disgraceful plan.", "cue.txt", lexicon=shipped)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "enter")  # "should", a voice cue
        assert isinstance(app.screen, FindingDetail)
        assert app.screen.finding.rule == "editorial.should" and app.screen.voice_cue
        await pilot.press("escape", "n", "enter")
        assert app.screen.finding.rule == "loaded.disgraceful" and not app.screen.voice_cue
