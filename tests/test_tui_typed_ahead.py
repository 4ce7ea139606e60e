"""Keys typed right after `/` or `f` go into the bar it opens (ux17: the bar was focused
only after the next repaint, so keys already waiting went to the article list as
commands: "/peskov" typed at once ran p, opened the export dialog with e, and so on, and
the search stayed empty; "/quote" would have quit)."""

from __future__ import annotations

from textual import events

from tests.tui_support import make_app, settle, wait_ready

SIZE = (160, 45)


def _type_at_once(app, keys: str) -> None:
    """Queue ``keys`` as a terminal delivers a fast typist's (or a paste's): all of them
    before the app handles the first."""
    names = {"/": "slash", ":": "colon", " ": "space"}
    for ch in keys:
        app.post_message(events.Key(names.get(ch, ch), ch))


async def test_a_query_typed_at_once_after_slash_is_searched(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        for query in ("peskov", "quote"):  # the first opening mounts the bar; then shown
            _type_at_once(app, "/" + query)
            for _ in range(200):  # past the debounce and the search, however loaded
                await pilot.pause(0.05)
                if screen.results is not None and screen.results.query == query:
                    break
            await settle(pilot)
            assert app.screen is screen, app.screen_stack  # no dialog opened by a letter
            assert screen.search_bar.input.value == query
            assert screen.results is not None and screen.results.query == query
            await pilot.press("escape", "escape")
            await settle(pilot)


async def test_a_filter_typed_at_once_after_f_filters(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        _type_at_once(app, "fspeaker:peskov")
        await pilot.pause(0.8)
        await settle(pilot)
        assert app.screen is screen, app.screen_stack
        assert screen.filter_bar.input.value == "speaker:peskov"
