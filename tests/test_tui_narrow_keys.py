"""At 80x24 the key bar keeps `s Corpus` (the speakers of the corpus: a first look's key;
`y Copy` goes first) and the export dialog's key line ends in `escape cancels`, whole
(ux29 #7, #10)."""

from __future__ import annotations

import pytest

from tests.tui_support import make_app, open_article, press, screen_text, settle, wait_ready


@pytest.fixture(autouse=True)
def _own_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WARREADER_EXPORT_DIR", str(tmp_path / "docs"))


async def test_the_key_bar_at_80_columns_shows_the_corpus_key(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        keys = screen_text(app).splitlines()[-1]
        assert " s  Corpus " in keys and keys.rstrip().endswith("^p  Palette")
        for key in ("/  Search", "]  Quote", "}  Speaker", "?  Help", "q  Quit"):
            assert key in keys, keys
        await pilot.resize_terminal(160, 45)
        await settle(pilot)
        assert " y  Copy " in screen_text(app).splitlines()[-1]  # wide: every key


async def test_the_export_dialog_key_line_is_whole_at_80x24(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "e")
        await settle(pilot)
        bottom = next(line for line in reversed(screen_text(app).splitlines())
                      if line.startswith("╰"))
        assert bottom.endswith("escape cancels ─╯"), bottom
        assert "tab: next" in bottom and "enter: write" in bottom


async def test_a_toast_at_80x24_covers_the_title_line_not_the_article(tmp_path):
    from textual.widgets._toast import Toast

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "m")
        for _ in range(100):
            await pilot.pause(0.05)
            if app.screen.query(Toast):
                break
        await settle(pilot)
        toast = app.screen.query_one(Toast)
        assert "Marked ★" in str(toast.render())
        body = app.main_screen.body.region
        assert toast.region.y == 0 and toast.region.bottom <= body.y, (toast.region, body)
        assert "Marked ★ (1 in this corpus; M lists them)." in screen_text(app).splitlines()[0]


async def test_s_at_80_columns_shows_the_corpus_speakers(tmp_path):
    """ux31: below 100 columns `s` switched the sidebar, which is off screen, and
    nothing on screen changed until `3`; it now shows and focuses the sidebar."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        sidebar = app.main_screen.sidebar
        assert not sidebar.region.width  # off screen at first
        await press(pilot, "s")
        await settle(pilot)
        shown = screen_text(app)
        assert sidebar.region.width and "Speakers [3] · corpus" in shown, shown
        assert app.focused is sidebar
        await press(pilot, "s")
        await settle(pilot)
        assert sidebar.region.width and "Speakers [3] · article" in screen_text(app)
