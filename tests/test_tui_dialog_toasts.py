"""A toast shown while a dialog is open sits on the header line, as over the export
dialog (ux29 #6): at the bottom right, where Textual puts it, it hid the key line of the
Marked list, the help screen, the notices list and the others (ux31 #8)."""

from __future__ import annotations

import pytest

from tests.tui_support import make_app, open_article, press, screen_text, wait_ready


@pytest.fixture(autouse=True)
def _folders(tmp_path, monkeypatch):
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))


@pytest.mark.parametrize(("keys", "screen", "key_line"), [
    (("M",), "MarkedScreen", "escape: close"),
    (("right_square_bracket", "c"), "CorrectMenu", "escape cancels"),
    (("question_mark",), "HelpScreen", None),
    (("u",), "SkippedScreen", None),
])
async def test_a_toast_over_a_dialog_sits_on_the_header_line(tmp_path, keys, screen,
                                                              key_line):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, *keys)
        assert type(app.screen).__name__ == screen
        app.notify("Files checked: 1 new file, now read into the index.", timeout=60)
        await pilot.pause(0.3)
        toasts = list(app.screen.query("Toast"))
        assert toasts and all(t.region.y <= 1 for t in toasts), [t.region for t in toasts]
        if key_line:  # whole, not under the toast
            assert key_line in screen_text(app), screen_text(app)
