"""The keys held between enter and its results (tui.screens.key_hold), review mends:
ctrl+c is never held."""

from __future__ import annotations

import time

from warreader.index.corpus import Corpus

from tests.test_tui_search_burst import SIZE, _type_at_once
from tests.tui_support import make_app, notices, wait_ready


def _slow_search(monkeypatch, seconds: float) -> None:
    search = Corpus.search

    def slow_search(self, *args, **kwargs):
        time.sleep(seconds)
        return search(self, *args, **kwargs)

    monkeypatch.setattr(Corpus, "search", slow_search)


async def test_ctrl_c_acts_at_once_while_keys_are_held(tmp_path, monkeypatch):
    """ctrl+c (Textual's "press ctrl+q to quit") answers at once, not once enter's
    search answers (up to 3 s later)."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        _slow_search(monkeypatch, 2.5)
        _type_at_once(app, "/peskov\n")
        for _ in range(6):
            await pilot.pause(0.05)
        assert screen.held_keys is not None  # enter's search is on its way
        await pilot.press("ctrl+c")
        for _ in range(6):
            await pilot.pause(0.05)
        assert screen.results is None  # still searching
        assert any("to quit the app" in n for n in notices(app)), notices(app)
