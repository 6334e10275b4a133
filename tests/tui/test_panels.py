"""The side panel and the layers: frames, sources, terms, layer keys, the minimap."""

from __future__ import annotations

import pytest

from framing_tui.tui.model import DEFAULT_LAYERS, LAYERS
from framing_tui.tui.widgets.article import ArticleView
from framing_tui.tui.widgets.layer_bar import LayerBar
from framing_tui.tui.widgets.minimap import Minimap

from .conftest import ARTICLE, SIZE, settle


def shown_categories(app) -> set[str]:
    fs = app.analysis.report.findings
    return {fs[k].category for k in app.analysis.visible_findings(app.lens)}


@pytest.mark.parametrize("layer", LAYERS, ids=lambda layer: layer.id)
async def test_number_keys_toggle_each_layer(make_app, layer):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = shown_categories(app)
        await pilot.press(layer.key)
        assert (layer.id in app.lens.layers) != (layer.id in DEFAULT_LAYERS)
        if layer.categories and layer.id in DEFAULT_LAYERS:
            assert before & set(layer.categories)
            assert not shown_categories(app) & set(layer.categories)
        await pilot.press(layer.key)
        assert app.lens.layers == DEFAULT_LAYERS
        assert shown_categories(app) == before


async def test_the_opinion_and_frame_layers_change_the_drawing(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article = app.query_one(ArticleView)
        report = app.analysis.report
        opinion = next(s for s in report.sentences if s.label == "opinion" and report.blocks[s.block].kind == "body")
        evidence = next(f for f in report.frames if f.present).evidence[0]

        def styles_at(offset):
            text = article._block_text(app.analysis.block_of(offset))
            local = offset - report.blocks[app.analysis.block_of(offset)].start
            return [str(span.style) for span in text.spans if span.start <= local < span.end]

        tint = "on #3b2f12"
        assert tint in styles_at(opinion.start)
        assert not any("underline on" in s for s in styles_at(evidence[0]))
        await pilot.press("5", "6")
        assert tint not in styles_at(opinion.start)
        assert any("underline on" in s for s in styles_at(evidence[0]))


async def test_choosing_a_frame_highlights_its_evidence(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        frame = max(app.analysis.report.frames, key=lambda f: f.score)
        await pilot.press("tab")  # the frame list, its first (strongest) row highlighted
        await pilot.press("enter")
        focus = app.lens.focus
        assert focus is not None and (focus.kind, focus.key) == ("frame", frame.id)
        assert focus.spans == tuple(sorted(frame.evidence))
        assert app.lens.cursor == focus.spans[0]
        await pilot.press("n")
        assert app.lens.cursor == focus.spans[1]  # n steps through the evidence now
        await pilot.press("enter")  # choosing it again clears it
        assert app.lens.focus is None


async def test_choosing_a_source_highlights_their_quotes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#sources", offset=(4, 0))  # the source quoted most, first
        await pilot.pause()
        focus = app.lens.focus
        assert focus is not None and focus.kind == "source"
        quotes = sorted((q.start, q.end) for q in app.analysis.report.quotes if q.speaker == focus.key)
        assert focus.key == "Council Member Bob Stone" and list(focus.spans) == quotes and len(quotes) == 2
        assert ARTICLE[slice(*focus.spans[0])].startswith('"We should not rush this,"')


async def test_choosing_a_term_highlights_each_use(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#terms", offset=(4, 0))
        await pilot.pause()
        focus = app.lens.focus
        assert focus is not None and (focus.kind, focus.key) == ("term", "loaded.slam")
        assert [ARTICLE[a:b] for a, b in focus.spans] == ["slam", "slammed"]
        await pilot.press("escape")
        assert app.lens.focus is None


async def test_clicking_a_layer_row_toggles_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bar = app.query_one(LayerBar)
        app.query_one("#side").scroll_to_widget(bar, animate=False)
        await pilot.pause()
        assert await pilot.click(LayerBar, offset=(3, 2))  # the third row: hedges and boosters
        assert "certainty" not in app.lens.layers


async def test_the_minimap_marks_opinion_and_loaded_words_and_jumps(make_app):
    text = ("A calm and plain sentence about the weather. " * 30 + "\n\n") * 8 + "The senator slammed the plan.\n"
    app = make_app(text)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        minimap = app.query_one(Minimap)
        height = minimap.size.height
        rows = [minimap.render_line(y).text for y in range(height)]
        assert rows[-1][1] != " " and all(row[1] == " " for row in rows[:-2])  # loaded words at the end
        per_row = len(text) / height
        opinion_rows = {
            r
            for s in app.analysis.report.sentences
            if s.label == "opinion"
            for r in range(int(s.start / per_row), min(height - 1, int((s.end - 1) / per_row)) + 1)
        }
        assert {y for y, row in enumerate(rows) if row[0] != " "} == opinion_rows
        assert await pilot.click(Minimap, offset=(0, minimap.size.height - 1))
        await pilot.pause()
        assert app.article.scroll_offset.y > 0
