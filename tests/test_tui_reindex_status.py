"""ctrl+r says the files are being checked until they are (ux17: the header said
"indexing…" while the status line under it still said "Index ready: … watching for
changes", for a second or two on the BBC corpus)."""

from __future__ import annotations

from tests.tui_support import (
    flat,
    hold_refresh,
    make_app,
    press,
    screen_text,
    settle,
    wait_ready,
)

SIZE = (160, 45)


async def test_ctrl_r_shows_checking_files_until_the_check_ends(tmp_path, monkeypatch):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        assert "Index ready: 5 articles" in flat(screen_text(app))
        gate = hold_refresh(monkeypatch)
        await pilot.press("ctrl+r")
        await pilot.pause(0.3)
        shown = flat(screen_text(app))
        assert "indexing…" in shown and "Index ready" not in shown
        assert "5 articles · 72 quotes · 10 quoted terms · checking files…" in shown
        gate.set()
        await settle(pilot)
        await press(pilot, "1")
        assert "Index ready: 5 articles" in flat(screen_text(app))


async def test_a_search_waiting_for_an_index_update_says_so(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        screen.corpus_lock.acquire()  # as an update writing the index holds it
        try:
            await press(pilot, "slash")
            await pilot.press(*"peskov")
            for _ in range(40):  # past the debounce and the lock's patience
                await pilot.pause(0.05)
            assert "Waiting for the index: the search runs when it is written." in \
                flat(screen_text(app))  # (before: nothing at all until it was)
        finally:
            screen.corpus_lock.release()
        for _ in range(200):
            if screen.results is not None and screen.results.query == "peskov":
                break
            await pilot.pause(0.05)
        await settle(pilot)
        assert "7 results" in flat(screen_text(app))
