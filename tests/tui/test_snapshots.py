"""Screenshots of the main views, compared with accepted ones in __snapshots__/.

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the report before committing. The article, the lexicon and the terminal size are
fixed, and cursors do not blink, so the pictures depend only on the code.
"""

from __future__ import annotations

import pytest

from .conftest import ARTICLE, SIZE, settle
from .recorded import load_report


@pytest.fixture
def make_app(make_app):
    """The app drawing the recorded report of the test article."""
    report = load_report()
    assert report.text == ARTICLE, "the test article changed: re-record with python -m tests.tui.recorded"
    return lambda: make_app(analyzer=lambda text: report)


def test_main_screen(snap_compare, make_app):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("n", "n")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_detail_view(snap_compare, make_app):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("n", "enter")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, make_app):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("question_mark")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_light_theme(snap_compare, make_app):
    async def run_before(pilot):
        await settle(pilot)
        pilot.app.theme = "textual-light"
        await pilot.press("6", "n")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_small_terminal(snap_compare, make_app):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("n", "n", "n")

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_frame_chosen(snap_compare, make_app):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("tab", "enter")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)
