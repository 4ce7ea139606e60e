"""A preview that finishes loading after the reader moved on must not pull the list's
cursor back to it.

The flaky ``test_provenance_tmux`` run (CI, load ~9): of ``j j Enter`` one ``j`` seemed
lost and the second article opened instead of the third. The key was applied; the
article the previous ``j`` had started loading arrived while the next article's preview
still waited (for the paint, or for a held key to pause), was shown, and put the cursor
back on itself; ``Enter`` then opened it. These tests hold that load until the cursor
has moved on, as a busy machine does.
"""

from __future__ import annotations

import threading
import time

from warreader.index.corpus import Corpus
from warreader.tui.widgets import article_list

from tests.tui_support import make_app, press, settle, wait_ready

SIZE = (160, 45)
QUIET = 3.0  # a held key's pause before the preview, widened past a loaded machine's lag


def _hold_load(monkeypatch, article_id: str) -> tuple[threading.Event, threading.Event]:
    """Hold ``Corpus.load`` of ``article_id`` until the second event is set; the first
    is set once that load has started."""
    started, release = threading.Event(), threading.Event()
    real_load = Corpus.load

    def held_load(self, wanted):
        if wanted == article_id:
            started.set()
            release.wait(30)
        return real_load(self, wanted)

    monkeypatch.setattr(Corpus, "load", held_load)
    return started, release


async def _until(pilot, check, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} never happened")
        await pilot.pause(0.02)


async def test_a_late_preview_does_not_pull_the_cursor_back(tmp_path, monkeypatch):
    monkeypatch.setattr(article_list, "PREVIEW_QUIET", QUIET)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        rows = [s.articles.rows[i].id for i in range(3)]
        started, release = _hold_load(monkeypatch, rows[1])
        s.forget_loaded()  # every article is read through Corpus.load

        await pilot.press("j")  # onto the second article: its preview starts loading
        await _until(pilot, started.is_set, "the second article's load")
        await pilot.press("j")  # onto the third, as a held key: its preview waits
        assert s.articles.cursor == 2 and s.articles.preview_pending
        release.set()  # the second article arrives while the third's preview waits
        await _until(pilot, lambda: s.article is not None and s.article.id == rows[1],
                     "the second article being shown")
        assert s.articles.cursor == 2, "the late article pulled the cursor back"

        await press(pilot, "enter")  # opens the article under the cursor
        assert s.article.id == rows[2]
        assert app.focused is s.body


async def test_an_article_opened_elsewhere_still_moves_the_list_cursor(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        last = s.articles.rows[s.articles.row_count - 1].id
        s.open_article(last)  # as a search hit, a group's row or a link opens it
        await settle(pilot)
        assert s.article.id == last and s.articles.highlighted_id == last
        await press(pilot, "k")  # and the list moves on from there
        assert s.articles.cursor == s.articles.row_count - 2
        assert s.article.id == s.articles.highlighted_id
