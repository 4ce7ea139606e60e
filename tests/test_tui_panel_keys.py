"""The help panel scrolls with the keys the article scrolls with: at 80x24 it shows a
fifth of itself, and j, space or G did nothing there (only the arrows and page keys)."""

from __future__ import annotations

from warreader.tui.screens.help import HelpScreen

from tests.tui_support import make_app, press, wait_ready


async def _scrolled(pilot, key: str) -> float:
    await press(pilot, key)
    await pilot.pause(0.3)  # a scroll may be animated
    return pilot.app.screen.query_one("#help-body").scroll_y


async def test_help_scrolls_with_j_k_space_b_g_and_G(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body")
        assert body.max_scroll_y > 20
        assert await _scrolled(pilot, "j") == 1
        assert await _scrolled(pilot, "j") == 2
        assert await _scrolled(pilot, "k") == 1
        paged = await _scrolled(pilot, "space")
        assert paged > 10
        assert await _scrolled(pilot, "b") < paged
        assert await _scrolled(pilot, "G") == body.max_scroll_y
        assert await _scrolled(pilot, "g") == 0
        await press(pilot, "escape")
        assert app.screen is app.main_screen


async def test_remapped_scroll_keys_hold_in_the_help(tmp_path):
    app = make_app(tmp_path / "ix", keys={"down": "ctrl+n"})
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "question_mark")
        assert await _scrolled(pilot, "ctrl+n") == 1
