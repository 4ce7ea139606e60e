"""The first build lists articles as it reads them, and they can be read at once
(issue 11, item 12): quotes come from extraction, search waits for the index."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import warreader.index.search.updating as corpus_module  # where an update applies changes
from textual.widgets import Label

from tests.tui_support import article_id_of, flat, make_app, screen_text, wait_ready

SIZE = (160, 45)



def slow_build(monkeypatch, pause: float = 0.0) -> threading.Event:
    """Hold a build before it writes the index until the returned event is set; with
    ``pause``, each file's status line stays that long."""
    gate = threading.Event()
    real = corpus_module.apply_changes

    def held(ix, changes, parse, aliases, report, progress=None, helper=False, listed=None):
        def hold(done: int, total: int, path: str) -> None:
            progress(done, total, path)
            if done == total and not path:
                gate.wait(120)
            elif pause:
                time.sleep(pause)

        return real(ix, changes, parse, aliases, report, hold, helper, listed)

    monkeypatch.setattr(corpus_module, "apply_changes", held)
    return gate

async def _until(pilot, condition, what: str, timeout: float = 120.0) -> None:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.05)


async def test_articles_are_listed_and_opened_while_the_index_is_written(tmp_path, monkeypatch):
    gate = slow_build(monkeypatch)  # holds the build once every file is read
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


async def test_the_first_build_names_files_by_their_folder(tmp_path, monkeypatch):
    """ux19: while the first build read the BBC corpus, the status line and the body's
    byline named the file read by its bare name ("001.txt": five folders hold one), and
    the list gave no file name at all; now each is named as the ready list names it."""
    from tests.test_tui_body_label import _write

    corpus = _write(tmp_path / "corpus")
    gate = slow_build(monkeypatch, pause=0.3)  # each file's line stays on screen a while
    seen: list[str] = []  # the status lines while reading
    app = make_app(tmp_path / "ix", [corpus])
    try:
        async with app.run_test(size=SIZE) as pilot:
            s = app.main_screen
            status = lambda: str(s.status.query_one(Label).render())  # noqa: E731
            def reading() -> bool:
                seen.append(status())
                return "Writing the index" in status()

            await _until(pilot, lambda: s.is_mounted and reading(), "the writing phase", 60)
            await _until(pilot, lambda: len(s.articles.rows) == 3, "all three listed")
            lines = [line for line in seen if line.startswith("Reading articles")]
            assert lines and all(line.endswith((" · east/001.txt", " · west/001.txt",
                                                " · west/002.txt")) for line in lines), lines
            assert s.article is not None and s.corpus is None
            path = Path(s.article.path)
            label = f"{path.parent.name}/{path.name}"
            assert f"Test Wire · {label}" in flat(screen_text(app))  # the body's byline
            assert {s.articles.labels.get(row.path) for row in s.articles.rows} == {
                "east/001.txt", "west/001.txt", "west/002.txt"}  # the list's rows
    finally:
        gate.set()
