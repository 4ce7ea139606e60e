"""The palette's *Screenshot* saves an SVG even where there is no Downloads folder (a
server, a fresh account): in the folder exports go to. Textual's own said only "Failed
to save screenshot"."""

from __future__ import annotations

import time

from tests.tui_support import make_app, wait_ready


async def test_a_screenshot_without_a_downloads_folder_goes_where_exports_go(
        tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no ~/Downloads
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))  # no user-dirs.dirs
    monkeypatch.setenv("WARREADER_EXPORT_DIR", str(tmp_path / "docs"))
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        app.deliver_screenshot()  # as the palette's Screenshot does
        deadline = time.monotonic() + 30

        def notes() -> list[str]:
            return [str(n.message) for n in app._notifications]

        # the notice comes once the file is written: the file itself appears (empty) first
        while not any("Saved screenshot" in n or "Failed" in n for n in notes()):
            assert time.monotonic() < deadline, notes()
            await pilot.pause(0.05)
        assert not any("Failed" in n for n in notes()), notes()
        (saved,) = (tmp_path / "docs").glob("*.svg")
        assert saved.read_text(encoding="utf-8").startswith("<svg")
        assert not (tmp_path / "home" / "Downloads").exists()
