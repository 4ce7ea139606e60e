"""`enter` on a query that cannot be searched ("speaker:(") keeps the focus in the
search bar when nothing is listed (ux27 #3): the letters typed next mend the query, they
never run as commands (`e` opened export, `q` would quit). A query with hits as typed
("speaker:(peskov OR") still moves to its results."""

from __future__ import annotations

from tests.tui_support import enter_query, flat, press, press_and_wait, ready_reader, screen_text


async def test_enter_on_a_malformed_query_keeps_the_focus_in_the_bar(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await enter_query(pilot, "speaker:(")
        assert "unbalanced '('" in flat(screen_text(app))
        assert screen.focused is screen.search_bar.input
        # the "e" mends the query: no export dialog
        await press_and_wait(pilot, *"peskov)", "e", seconds=0.4)
        assert screen.search_bar.input.value == "speaker:(peskov)e"
        assert app.screen is screen  # no dialog opened
        await press_and_wait(pilot, "backspace", "enter")
        assert screen.focused is screen.results_list
        assert screen.results.total > 0


async def test_keys_typed_at_once_after_enter_on_a_malformed_query_mend_it(tmp_path):
    """Enter and the letters after it typed in one burst (held until enter's answer):
    typed into the query, in their order."""
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await press(pilot, "slash")
        await press_and_wait(pilot, *"speaker:(", "enter", *"peskov)", "q", seconds=0.5)
        assert app.is_running and app.screen is screen
        assert screen.focused is screen.search_bar.input
        assert screen.search_bar.input.value == "speaker:(peskov)q"


async def test_enter_on_an_unfinished_query_with_hits_goes_to_them(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await enter_query(pilot, "speaker:(peskov OR")
        assert "unbalanced '('" in flat(screen_text(app))
        assert screen.focused is screen.results_list


async def test_enter_on_an_unfinished_query_that_found_nothing_stays_in_the_bar(tmp_path):
    """An open parenthesis after a word found nowhere: enter says what it lacks and
    lists nothing, so the keys typed next mend the query; so too when enter comes at
    once (before typing's search answered)."""
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await enter_query(pilot, "zzzzq (")
        assert "unbalanced '('" in flat(screen_text(app))
        assert screen.focused is screen.search_bar.input
        await pilot.press(*"war)")
        assert screen.search_bar.input.value == "zzzzq (war)"
        await press_and_wait(pilot, "ctrl+u", *"qqqqz (", "enter", "s", seconds=0.5)
        assert screen.focused is screen.search_bar.input
        assert screen.search_bar.input.value == "qqqqz (s"
