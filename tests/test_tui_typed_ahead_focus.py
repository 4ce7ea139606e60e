"""Keys typed at once after a key that moves the focus go where the focus went, in order
(ux34, K1). At 80x24, `3` then `1 f speaker:wengr` typed at once ran `p` and `e` as
commands (the export dialog opened): `1` focused the list only after the next repaint,
which came after `f` had focused the filter bar, and took the focus back. The letters
after `e` (or the palette, or a pane key) went to the widget focused before it, and a
dialog's field (tab, tab, a file name) lost them.

The keys are queued as a terminal delivers a fast typist's or a paste's: all of them
before the app handles the first (``pilot.press`` lets each key act before it sends the
next, which hid the fault)."""

from __future__ import annotations

from textual import events

from tests.tui_support import make_app, settle, wait_ready

NARROW = (80, 24)
WIDE = (160, 45)
_NAMES = {"/": "slash", ":": "colon", " ": "space", ".": "full_stop", "-": "minus"}


def _type_at_once(app, *keys: str) -> None:
    """Queue ``keys`` (characters of a string, or key names such as "tab") all at once."""
    for key in keys:
        if key in ("tab", "enter", "ctrl+p"):
            app.post_message(events.Key(key, {"tab": "\t", "enter": "\r"}.get(key)))
            continue
        for ch in key:
            app.post_message(events.Key(_NAMES.get(ch, ch), ch))


async def _typed(pilot) -> None:
    await pilot.pause(0.8)  # past the filter's and the search's debounce
    await settle(pilot)


async def test_a_pane_key_then_f_and_a_filter_typed_at_once_fill_the_filter(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=NARROW) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await pilot.press("3")  # the speakers beside the body
        await settle(pilot)
        _type_at_once(app, "1f", "speaker:wengr")
        await _typed(pilot)
        assert app.screen is screen, app.screen_stack  # `e` opened the export dialog
        assert screen.filter_bar.input.value == "speaker:wengr"
        assert app.focused is screen.filter_bar.input


async def test_a_pane_key_and_f_typed_at_once_from_the_start(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=NARROW) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        _type_at_once(app, "3f", "speaker:peskov")
        await _typed(pilot)
        assert app.screen is screen, app.screen_stack
        assert screen.filter_bar.input.value == "speaker:peskov"


async def test_a_pane_key_then_slash_and_a_query_typed_at_once_fill_the_search(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=NARROW) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await pilot.press("3")
        await settle(pilot)
        _type_at_once(app, "1/", "speaker peskov")
        await _typed(pilot)
        assert app.screen is screen, app.screen_stack  # `p` and `e` were commands
        assert screen.search_bar.input.value == "speaker peskov"


async def test_a_pane_key_then_a_list_key_moves_the_pane_shown(tmp_path):
    """`3` then `j` typed at once at 80 columns: the `j` is the sidebar's (it moved the
    article list's cursor, hidden behind the sidebar)."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=NARROW) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        row, speaker = screen.articles.cursor, screen.sidebar.highlighted
        _type_at_once(app, "3j")
        await _typed(pilot)
        assert app.focused is screen.sidebar
        assert screen.articles.cursor == row
        assert screen.sidebar.highlighted == (speaker or 0) + 1


async def test_the_palette_takes_what_is_typed_at_once_after_ctrl_p(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=NARROW) as pilot:
        await wait_ready(pilot)
        _type_at_once(app, "ctrl+p", "quote peskov")
        await _typed(pilot)
        assert app.is_running  # `q` did not quit
        assert type(app.screen).__name__ == "CommandPalette", app.screen_stack
        assert app.focused.value == "quote peskov"


async def test_the_export_dialog_fields_take_keys_typed_at_once_after_e(tmp_path):
    """`e`, tab, tab and a file name typed at once: the tabs reach the dialog (they were
    lost before its first field had the focus) and the name is the file's."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=WIDE) as pilot:
        await wait_ready(pilot)
        await pilot.press("2", "right_square_bracket")
        await settle(pilot)
        _type_at_once(app, "e", "tab", "tab", "peskov-quotes.md")
        await _typed(pilot)
        assert type(app.screen).__name__ == "ExportScreen", app.screen_stack
        assert app.focused.id == "export-path"
        assert app.focused.value == "peskov-quotes.md"


async def test_a_name_typed_at_once_after_c_and_a_choice_fills_the_picker_in_order(tmp_path):
    """`c`, `1` (reassign) and a name typed at once: the picker opens with the name as
    typed. The correction menu closes before the picker opens; a letter typed then went
    to the article and came back into the name last ("nn Roea")."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=WIDE) as pilot:
        await wait_ready(pilot)
        await pilot.press("2", "right_square_bracket")
        await settle(pilot)
        _type_at_once(app, "c1", "Ann Roe")
        await _typed(pilot)
        assert type(app.screen).__name__ == "SpeakerPicker", app.screen_stack
        assert app.focused.id == "picker-name"
        assert app.focused.value == "Ann Roe"
