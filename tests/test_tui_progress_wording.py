"""The progress line counts as the rest of the app does (ux17: a one-file corpus said
"Writing the index (1 files read)…", the BBC corpus "Reading articles 933/1808" beside
"1,808 articles")."""

from __future__ import annotations

from tests.tui_support import flat, make_app, screen_text, wait_ready


async def test_the_progress_line_says_1_file_and_separates_thousands(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        status = app.main_screen.status
        status.progress(933, 1808, "sport/038.txt")
        await pilot.pause(0.1)
        assert "Reading articles 933/1,808 · search waits for the index · sport/038.txt" \
            in flat(screen_text(app))
        await pilot.resize_terminal(80, 24)  # 80 columns: shorter wording, the name whole
        await pilot.pause(0.1)
        line = screen_text(app).splitlines()[1]
        assert "Reading articles 933/1,808 · search waits · sport/038.txt" in line, line
        assert "…" not in line and "52%" in line, line  # 933 of 1,808
        status.progress(1, 1, "")
        await pilot.pause(0.1)
        assert "Writing the index · search starts when it is written" in flat(screen_text(app))
        await pilot.resize_terminal(160, 45)  # room again: the whole wording
        await pilot.pause(0.1)
        assert "Writing the index (1 file read)…" in flat(screen_text(app))
