"""An action chosen in the palette opened over a dialog or the help acts where the
reader looks: the dialog closes first (revU3 #1: the action ran on the main screen
hidden behind it; search opened out of sight and typing went nowhere)."""

from __future__ import annotations

from tests.tui_support import open_article, press, ready_reader


async def _choose(pilot, title: str) -> None:
    await press(pilot, "ctrl+p")
    await pilot.press(*title)
    await pilot.pause(0.5)
    await press(pilot, "enter")
    await pilot.pause(0.3)


async def test_search_chosen_over_the_help_closes_it_and_takes_the_typing(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await press(pilot, "question_mark")
        assert app.screen is not screen  # the help is open
        await _choose(pilot, "search articles")
        assert app.screen is screen and screen.searching
        assert app.focused is screen.search_bar.input
        await pilot.press(*"peskov")
        await pilot.pause(0.3)
        assert screen.query_text == "peskov"


async def test_next_quote_chosen_over_the_export_dialog_closes_it(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await open_article(pilot, "003")
        await press(pilot, "e")
        assert app.screen is not screen  # the export dialog
        assert screen.body.current is None
        await _choose(pilot, "next quote")
        assert app.screen is screen
        assert screen.body.current == 0
