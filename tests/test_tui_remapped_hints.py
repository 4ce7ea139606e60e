"""Hints and notices name the keys as the config remaps them (ux31 #7): the export
dialog said "press m" and "search first (/)", a notice "press ] to step to one" and "M
lists them", when the config had moved those bindings to other keys."""

from __future__ import annotations

import pytest
from warreader.tui.screens.export_dialog import ExportScreen
from warreader.tui.screens.marked import MarkedScreen

from tests.tui_support import make_app, notices, open_article, press, screen_text, wait_ready

REMAPS = {"toggle-mark": "asterisk", "next-quote": "z", "search": "ctrl+f",
          "show-marked": "L", "undo-correction": "ctrl+u"}


@pytest.fixture(autouse=True)
def _folders(tmp_path, monkeypatch):
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WARREADER_EXPORT_DIR", str(tmp_path / "docs"))


async def test_the_export_dialog_names_the_remapped_keys(tmp_path):
    app = make_app(tmp_path / "ix", keys=REMAPS)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "e")  # no article open: three choices say what to do first
        assert isinstance(app.screen, ExportScreen)
        shown = screen_text(app)
        assert "This quote: none (z steps to one)" in shown, shown
        assert "A speaker's quotes: none chosen (z)" in shown, shown
        assert "Search results: search first (ctrl+f)" in shown, shown
        assert "Marked quotes: none yet (press *)" in shown, shown


async def test_notices_name_the_remapped_keys(tmp_path):
    app = make_app(tmp_path / "ix", keys=REMAPS)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await wait_ready(pilot)
        await press(pilot, "L")
        assert isinstance(app.screen, MarkedScreen)
        await pilot.pause(0.3)
        assert "No marked quotes: * marks the current quote." in screen_text(app)
        await press(pilot, "escape")
        await open_article(pilot, "003")
        await press(pilot, "y")  # no current quote yet
        assert notices(app)[-1] == "No current quote: press z to step to one."
        await press(pilot, "z", "asterisk")
        assert notices(app)[-1] == "Marked ★ (1 in this corpus; L lists them).", notices(app)
        await press(pilot, "n")
        assert notices(app)[-1] == "No search to step through: press ctrl+f to search."


def test_keys_are_named_as_a_sentence_writes_them():
    from warreader.tui.keymap import first_key

    assert [first_key({}, i) for i in ("search", "next-quote", "toggle-mark", "reindex",
                                       "history-back")] == ["/", "]", "m", "ctrl+r", "ctrl+o"]
    assert first_key({"search": "ctrl+f, slash", "toggle-mark": "asterisk"}, "search") \
        == "ctrl+f"
    assert first_key({"toggle-mark": "asterisk"}, "toggle-mark") == "*"  # not "slash"


async def test_the_copy_format_and_the_group_note_name_the_remapped_keys(tmp_path):
    """The export dialog's "Citation text, as y" and the sidebar's "(p: list)" named the
    default keys (review revU27 U2)."""
    from warreader.tui.screens.provenance import group_note

    app = make_app(tmp_path / "ix", keys={"copy-quote": "Y", "show-provenance": "P"})
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "e")
        assert "Citation text, as Y" in screen_text(app), screen_text(app)

    class _Quote:
        def __init__(self, article: str) -> None:
            self.article, self.date, self.outlet = article, "2023-01-05", "Stars and Stripes"

    class _Group:
        articles = ["a", "b"]
        earliest = _Quote("b")
        worded_differently = credited_differently = False

    assert group_note(_Group(), "a", "P").endswith("(P: list)")


async def test_the_help_first_steps_name_the_remapped_keys(tmp_path):
    """Review revU27 U2: the help's "First steps" said "] steps to the next quote" and
    "/ opens search" when the config had moved them to z and ctrl+f."""
    from warreader.tui.screens.help import HelpScreen

    keys = dict(REMAPS, **{"toggle-speakers": "S", "correct": "ctrl+k", "reindex": "f5"})
    app = make_app(tmp_path / "ix", keys=keys)
    app.watch = False
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = [block.render_line(y).text for block in app.screen.query(
            "#first-steps, #corrections-file, #watching-note") for y in range(block.size.height)]
        shown = " ".join(" ".join(rows).split())
        for needle in ("z steps to the next quote", "ctrl+f opens search",
                       "S switches the sidebar", "ctrl+k corrects, ctrl+u undoes",
                       "f5 refreshes by hand"):
            assert needle in shown, (needle, shown)
        for stale in ("] steps", "/ opens search", "s switches", "c corrects"):
            assert stale not in shown, stale


async def test_the_marked_list_takes_the_remapped_keys(tmp_path):
    """Review U7: the Marked list's m (unmark) and e (export) were fixed keys, and its M
    closed it whatever the Marked key was: a user who marks with * unmarked with m."""
    from warreader.tui.screens.export_dialog import ExportScreen

    keys = dict(REMAPS, export="X")
    app = make_app(tmp_path / "ix", keys=keys)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "z", "asterisk", "z", "asterisk")
        await press(pilot, "L")
        await pilot.pause(0.3)
        assert isinstance(app.screen, MarkedScreen)
        assert len(app.screen.resolved) == 2
        assert "enter: open · d: unmark · X: export · escape: close" in screen_text(app)
        await press(pilot, "m", "e", "M")  # the defaults do nothing here now
        assert isinstance(app.screen, MarkedScreen) and len(app.screen.resolved) == 2
        await press(pilot, "asterisk")  # the user's mark key unmarks
        assert len(app.screen.resolved) == 1
        await press(pilot, "d")  # d stays
        assert len(app.screen.resolved) == 0
        await press(pilot, "escape", "z", "asterisk", "L")
        await pilot.pause(0.3)
        await press(pilot, "L")  # the Marked key closes the list
        assert app.screen is app.main_screen
        await press(pilot, "L")
        await pilot.pause(0.3)
        await press(pilot, "X")
        assert isinstance(app.screen, ExportScreen)
