"""Keys typed at once into a dialog that one of them closes reach what has the focus
after it closes, in order (ux35, U1).

A key goes to the widget focused when it reaches the app and acts (its binding runs)
only once it has bubbled back up. In a dialog, the keys typed behind the one closing it
had already been handed to the dialog's input: ctrl+p, escape, `j`, `j` typed at once
typed "jj" into the palette, which then closed (the list never moved); `c`, `1`, a name,
enter and `]` made "Ann Roe]" the speaker (the `]` reached the picker's name before
enter's ``Submitted`` closed it). Now, in a dialog, each key acts before the next goes.

The keys are queued as a terminal delivers a fast typist's: all of them before the app
handles the first (``pilot.press`` lets each key act before it sends the next)."""

from __future__ import annotations

import pytest
from textual import events

from tests.tui_support import make_app, settle, wait_ready

WIDE = (160, 45)
_NAMES = {" ": "space", "]": "right_square_bracket"}


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))


def _type_at_once(app, *keys: str) -> None:
    """Queue ``keys`` (characters of a string, or key names such as "escape") at once."""
    for key in keys:
        if key in ("escape", "enter", "ctrl+p"):
            app.post_message(events.Key(key, {"enter": "\r", "escape": "\x1b"}.get(key)))
            continue
        for ch in key:
            app.post_message(events.Key(_NAMES.get(ch, ch), ch))


async def _typed(pilot) -> None:
    await pilot.pause(0.8)
    await settle(pilot)


async def test_keys_typed_after_escape_closes_the_palette_move_the_list(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=WIDE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await pilot.press("1", "g")
        await settle(pilot)
        row = screen.articles.cursor
        _type_at_once(app, "ctrl+p", "escape", "jj")
        await _typed(pilot)
        assert app.screen is screen, app.screen_stack
        assert app.focused is screen.articles
        assert screen.articles.cursor == row + 2  # the palette had taken "jj"


async def test_a_key_typed_after_the_pickers_enter_steps_in_the_corrected_article(tmp_path):
    """`c`, `1`, "Ann Roe", enter and `]` at once: Ann Roe said the first quote, and
    `]` steps to the second (the reload of the corrected article had put it back)."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=WIDE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await pilot.press("2", "right_square_bracket")
        await settle(pilot)
        first = screen.body.current
        _type_at_once(app, "c1", "Ann Roe", "enter", "]")
        for _ in range(60):  # the corrected article is reloaded by a worker
            await _typed(pilot)
            if screen.quotes[first].speaker == "Ann Roe" and screen.body.current != first:
                break
        assert app.screen is screen, app.screen_stack
        assert screen.quotes[first].speaker == "Ann Roe"  # not "Ann Roe]"
        assert screen.body.current == first + 1
