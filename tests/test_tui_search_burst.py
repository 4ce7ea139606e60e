"""Keys typed in one burst in the search bar act as they would typed one by one (ux19).

Backspace and the other editing keys ran once they had bubbled back up to the app,
after the characters typed behind them: "abc", backspace, "d" read "abc" or "abcd".
"""

from __future__ import annotations

from textual import events

from tests.tui_support import make_app, pane_text, settle, wait_ready

SIZE = (160, 45)
KEYS = {"/": ("slash", "/"), "]": ("right_square_bracket", "]"), "\n": ("enter", "\r"),
        "\b": ("backspace", "\x7f"), "\x17": ("ctrl+w", None), " ": ("space", " "),
        "\x1b": ("escape", "\x1b")}


def _type_at_once(app, keys: str) -> None:
    """Queue ``keys`` (newline: enter, \\b: backspace, \\x17: ctrl+w) as a terminal
    delivers a fast typist's or a paste: all of them before the app handles the first."""
    for ch in keys:
        key, character = KEYS.get(ch, (ch, ch))
        app.post_message(events.Key(key, character))


async def _burst(pilot, keys: str) -> None:
    _type_at_once(pilot.app, keys)
    for _ in range(40):  # past the debounce, the search and the article's load
        await pilot.pause(0.05)
    await settle(pilot)


async def test_backspace_typed_at_once_after_slash_deletes_in_its_turn(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        bar = app.main_screen.search_bar
        await _burst(pilot, "/abc\bd")
        assert bar.input.value == "abd"
        assert "Search abd" in pane_text(app, bar)


async def test_editing_keys_typed_at_once_in_the_open_bar_act_in_their_turn(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        bar = app.main_screen.search_bar
        await _burst(pilot, "/")
        await _burst(pilot, "abc\bd nato\x17peskov")
        assert bar.input.value == "abd peskov"
        assert "Search abd peskov" in pane_text(app, bar)
        await _burst(pilot, "\x1b\x1bf")  # out of search; the filter bar's input too
        await _burst(pilot, "xyz\b\bq")
        assert app.main_screen.filter_bar.input.value == "xq"
