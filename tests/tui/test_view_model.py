"""The pure parts of the view: wrapping, stepping, lookups, and that article text stays inert."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from framing_tui.tui.layout import BLANK, LABEL, Layout, display_text, wrap
from framing_tui.tui.model import Focus, Lens, search_focus, step
from framing_tui.tui.widgets.article import ArticleView
from framing_tui.tui.widgets.term_list import TermList

from .conftest import SIZE, settle

WORDS = "The council voted on Tuesday to approve a budget for the new crosstown bus line "


@pytest.mark.parametrize("width", [1, 5, 17, 40, 200])
@pytest.mark.parametrize(
    "text",
    [
        WORDS * 5,
        "x" * 90 + " short",
        "漢字のテキストと English words 混在 " * 6,
        "emoji 👍🏽 in 🧪 text " * 8,
        "   spaced   out   ",
    ],
)
def test_wrap_covers_the_text_and_respects_the_width(text, width):
    rows = wrap(text, width)
    assert rows[0][0] == 0 and rows[-1][1] == len(text)
    assert all(a == prev_end for (a, _), (_, prev_end) in zip(rows[1:], rows, strict=False))
    for a, b in rows:
        assert cell_len(text[a:b].rstrip()) <= max(width, 2)  # a wide character needs two cells


def test_layout_puts_gaps_and_labels_between_blocks_and_maps_offsets_to_rows():
    texts = [WORDS * 2, "By A. Writer", WORDS]
    layout = Layout.build(texts, ["", "byline", ""], 30)
    kinds = [r.start for r in layout.rows]
    assert kinds.count(BLANK) == 2 and kinds.count(LABEL) == 1
    assert layout.rows[layout.first_row[1] - 1].start == LABEL
    for b, text in enumerate(texts):
        for offset in (0, len(text) // 2, len(text) - 1):
            row = layout.rows[layout.row_of(b, offset)]
            assert row.block == b and row.start <= offset < row.end


def test_display_text_is_the_same_length_and_inert():
    raw = "A\x1b[2Jb\tc\r\nd\x9b31m\u202eend"
    shown = display_text(raw, 0, len(raw))
    assert len(shown) == len(raw)
    assert "\x1b" not in shown and "\x9b" not in shown and "\u202e" not in shown and "\n" not in shown


def test_step_wraps_and_starts_from_the_reading_position():
    targets = [(0, 3), (10, 12), (10, 15), (40, 44)]
    assert step(targets, None, 1, origin=5) == (10, 12)
    assert step(targets, None, -1, origin=5) == (0, 3)
    assert step(targets, (10, 12), 1) == (10, 15)  # same start, still visited
    assert step(targets, (40, 44), 1) == (0, 3)
    assert step(targets, (0, 3), -1) == (40, 44)
    assert step(targets, (20, 21), 1) == (40, 44)  # a cursor no longer among the targets
    assert step([], None, 1) is None


def test_search_is_case_insensitive_and_literal():
    focus = search_focus("Cost (x) and COST (x), cost.", "cost (x)")
    assert focus.spans == ((0, 8), (13, 21))
    assert search_focus("text", "   ").spans == ()


def test_lens_cursor_only_changes_are_recognised():
    lens = Lens()
    assert lens.only_cursor_differs(Lens(cursor=(1, 2)))
    assert not lens.only_cursor_differs(Lens(focus=Focus("search", "x", "x", ())))


async def test_markup_and_escapes_in_the_article_are_shown_as_text(make_app):
    text = "Headline [bold]not bold[/bold]\n\nThe [link=https://x]senator[/link] slammed \x1b]52;c;ZXZpbA==\x07 it.\n"
    app = make_app(text, "evil [red]name[/red].txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lines = [app.query_one(ArticleView).render_line(y).text for y in range(8)]
        joined = "\n".join(lines)
        assert "[bold]not bold[/bold]" in joined and "[link=https://x]senator[/link]" in joined
        assert "␛]52;c;ZXZpbA==␇" in joined and "\x1b" not in joined
        header = str(app.query_one("#header").render())
        assert "evil [red]name[/red].txt" in header


async def test_term_rows_take_terms_as_text_not_markup(make_app):
    app = make_app("The senator slammed [b]the plan[/b].\n")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        terms = app.query_one(TermList)
        assert terms.option_count == 1 and terms.get_option_at_index(0).id == "loaded.slam"
