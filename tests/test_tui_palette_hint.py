"""The palette (ctrl+p) says what typing in it finds: its empty input read "Search for
commands…", and the list it opens with shows commands only, while it is the way to go
to an article or a speaker by name."""

from __future__ import annotations

from textual.command import CommandInput, CommandPalette

from tests.tui_support import make_app, press, screen_text, wait_ready


async def test_the_empty_palette_names_articles_and_speakers(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        shown = screen_text(app)
        assert "Type an article's title or file name, a speaker, or a command…" in shown
        assert app.screen.query_one(CommandInput).placeholder.startswith("Type an article's")
        await press(pilot, "escape")
        assert app.screen is app.main_screen
