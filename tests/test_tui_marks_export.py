"""`e` in the marked list opens the export dialog on the marked quotes (ux24: it did
nothing there, and the dialog, opened from the reader, started on the current quote)."""

from __future__ import annotations

import pytest
from warreader.tui.screens.export_dialog import ExportScreen
from warreader.tui.screens.marked import MarkedScreen

from tests.tui_support import flat, make_app, open_article, press, screen_text, settle, wait_ready


@pytest.fixture(autouse=True)
def folders(tmp_path, monkeypatch):
    """Marks and exports go to the test's own folders."""
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WARREADER_EXPORT_DIR", str(tmp_path / "docs"))
    return tmp_path / "docs"


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_e_in_the_marked_list_exports_the_marks(tmp_path, folders, size):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        await press(pilot, "right_square_bracket", "m", "right_square_bracket", "m")
        marked = [screen.quotes[i] for i in sorted(screen.body.marked)]
        assert len(marked) == 2
        await press(pilot, "M")
        await settle(pilot)
        assert isinstance(app.screen, MarkedScreen)
        assert "e: export" in flat(screen_text(app))
        await press(pilot, "e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportScreen) and dialog.chosen == "marked"
        await press(pilot, "ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        written = list(folders.glob("*.md"))
        assert len(written) == 1
        text = flat(written[0].read_text(encoding="utf-8"))
        for quote in marked:
            assert flat(quote.text)[:40] in text
