"""A bracketed paste arriving right after the key that opens an input goes into that
input, as keys typed ahead do (ux35, U2). Textual hands a paste to the widget focused
when it reaches the app: `f` then a paste at once (a reader pasting a speaker's name into
the filter) gave the paste to the article list, which dropped it, and the filter stayed
empty."""

from __future__ import annotations

from textual import events

from tests.tui_support import make_app, settle, wait_ready

SIZE = (160, 45)
NARROW = (80, 24)


async def _pasted(pilot) -> None:
    await pilot.pause(0.8)  # past the filter's and the search's debounce
    await settle(pilot)


async def test_a_paste_right_after_f_fills_the_filter(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        app.post_message(events.Key("f", "f"))
        app.post_message(events.Paste("speaker:peskov"))
        await _pasted(pilot)
        assert app.focused is screen.filter_bar.input
        assert screen.filter_bar.input.value == "speaker:peskov"


async def test_a_paste_after_a_pane_key_and_slash_fills_the_search(tmp_path):
    """`3`, `/` and a paste at once at 80 columns: the paste is the query, after any
    key typed before it."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=NARROW) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        for key, character in (("3", "3"), ("slash", "/"), ("p", "p")):
            app.post_message(events.Key(key, character))
        app.post_message(events.Paste("eskov"))
        await _pasted(pilot)
        assert app.screen is screen, app.screen_stack
        assert screen.search_bar.input.value == "peskov"


async def test_a_paste_right_after_e_goes_in_the_export_dialog(tmp_path):
    """`e`, tab, tab and a pasted file name: the name is the export's file."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("2", "right_square_bracket")
        await settle(pilot)
        for key, character in (("e", "e"), ("tab", "\t"), ("tab", "\t")):
            app.post_message(events.Key(key, character))
        app.post_message(events.Paste("peskov-quotes.md"))
        await _pasted(pilot)
        assert type(app.screen).__name__ == "ExportScreen", app.screen_stack
        assert app.focused.id == "export-path"
        assert app.focused.value == "peskov-quotes.md"
