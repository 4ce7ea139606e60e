"""`enter` on a query that cannot be searched ("speaker:(") keeps the focus in the
search bar when nothing is listed (ux27 #3): the letters typed next mend the query, they
never run as commands (`e` opened export, `q` would quit). A query with hits as typed
("speaker:(peskov OR") still moves to its results."""

from __future__ import annotations

from tests.tui_support import flat, make_app, press, screen_text, settle, type_query, wait_ready

SIZE = (160, 45)


async def test_enter_on_a_malformed_query_keeps_the_focus_in_the_bar(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, "speaker:(")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(pilot)
        assert "unbalanced '('" in flat(screen_text(app))
        assert screen.focused is screen.search_bar.input
        await pilot.press(*"peskov)", "e")  # the "e" mends the query: no export dialog
        await pilot.pause(0.4)
        await settle(pilot)
        assert screen.search_bar.input.value == "speaker:(peskov)e"
        assert app.screen is screen  # no dialog opened
        await pilot.press("backspace", "enter")
        await pilot.pause(0.3)
        await settle(pilot)
        assert screen.focused is screen.results_list
        assert screen.results.total > 0


async def test_keys_typed_at_once_after_enter_on_a_malformed_query_mend_it(tmp_path):
    """Enter and the letters after it typed in one burst (held until enter's answer):
    typed into the query, in their order."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await pilot.press(*"speaker:(", "enter", *"peskov)", "q")
        await pilot.pause(0.5)
        await settle(pilot)
        assert app.is_running and app.screen is screen
        assert screen.focused is screen.search_bar.input
        assert screen.search_bar.input.value == "speaker:(peskov)q"


async def test_enter_on_an_unfinished_query_with_hits_goes_to_them(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, "speaker:(peskov OR")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(pilot)
        assert "unbalanced '('" in flat(screen_text(app))
        assert screen.focused is screen.results_list


async def test_enter_on_an_unfinished_query_that_found_nothing_stays_in_the_bar(tmp_path):
    """An open parenthesis after a word found nowhere: enter says what it lacks and
    lists nothing, so the keys typed next mend the query; so too when enter comes at
    once (before typing's search answered)."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, "zzzzq (")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(pilot)
        assert "unbalanced '('" in flat(screen_text(app))
        assert screen.focused is screen.search_bar.input
        await pilot.press(*"war)")
        assert screen.search_bar.input.value == "zzzzq (war)"
        await pilot.press("ctrl+u", *"qqqqz (", "enter", "s")
        await pilot.pause(0.5)
        await settle(pilot)
        assert screen.focused is screen.search_bar.input
        assert screen.search_bar.input.value == "qqqqz (s"
