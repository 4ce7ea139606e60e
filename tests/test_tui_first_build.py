"""The first build lists articles as it reads them, and they can be read at once
(issue 11, item 12): quotes come from extraction, search waits for the index."""

from __future__ import annotations

import threading
import time

import warreader.index.search.updating as corpus_module  # where an update applies changes
from textual.widgets import Label

from tests.tui_support import article_id_of, make_app, wait_ready

SIZE = (160, 45)


async def _until(pilot, condition, what: str, timeout: float = 120.0) -> None:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.05)


async def test_articles_are_listed_and_opened_while_the_index_is_written(tmp_path, monkeypatch):
    gate = threading.Event()  # holds the build once every file is read
    real = corpus_module.apply_changes

    def held(ix, changes, parse, aliases, report, progress=None, helper=False, listed=None):
        def hold(done: int, total: int, path: str) -> None:
            progress(done, total, path)
            if done == total and not path:
                gate.wait(120)

        return real(ix, changes, parse, aliases, report, hold, helper, listed)

    monkeypatch.setattr(corpus_module, "apply_changes", held)
    app = make_app(tmp_path / "ix")
    try:
        async with app.run_test(size=SIZE) as pilot:
            s = app.main_screen
            status = lambda: str(s.status.query_one(Label).render())  # noqa: E731
            await _until(pilot, lambda: s.is_mounted and "Writing the index" in status(),
                         "the writing phase", timeout=60)
            assert "search starts when it is written" in status()
            await _until(pilot, lambda: len(s.articles.rows) == 5, "all five listed")
            assert s.corpus is None  # nothing indexed yet

            # open one: its quotes come from extraction, and ] steps through them
            target = article_id_of(app, "003")
            await pilot.press("1")
            s.articles.select_id(target)
            await pilot.press("enter")
            await _until(pilot, lambda: s.article is not None and s.article.id == target,
                         "the article from its file")
            await pilot.press("right_square_bracket")
            await _until(pilot, lambda: s.body.current is not None, "a current quote")
            first = next(i for i, q in enumerate(s.quotes) if q.kind == "quote")
            assert s.body.current == first and len(s.quotes) > 20
            assert s.corpus is None  # still being written

            gate.set()
            await wait_ready(pilot)
            assert s.corpus is not None and "Index ready" in status()
            assert s.article.id == target and len(s.articles.rows) == 5
    finally:
        gate.set()
