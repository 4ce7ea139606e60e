"""A corpus that keeps up: files written, edited and removed while the reader runs.

The reader runs on a copy of the seeds in a temporary folder with watching on (the
config's `watch`); files are written into that folder and each test waits for the
list to change (a condition, never a time), then checks what the reader shows and that
its place was kept.
"""

from __future__ import annotations

import shutil
import time

from tests.tui_support import (
    INDEX_TIMEOUT,
    SEEDS,
    make_app,
    open_article,
    press,
    screen_text,
    settle,
    wait_ready,
)

SIZE = (160, 45)

NEW_ARTICLE = """\
Friday, March 31, 2023

Kyiv Mayor Warns of Winter Strikes on Power Grid

Kyiv's mayor said on Friday that the city was preparing for a hard winter.

"We are ready for the worst, and we will keep the lights on," Vitali Klitschko told \
reporters at the city hall.

The Kremlin did not comment. "There is nothing to add," Dmitry Peskov said later.
"""


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    return corpus


def _watched(tmp_path):
    """A copy of the seeds, and the reader on it with watching on."""
    corpus = _corpus(tmp_path)
    return corpus, make_app(tmp_path / "ix", [corpus], watch=True)


async def _wait_for(pilot, condition, what: str) -> None:
    """Wait until ``condition()`` holds (the watcher and the refresh run in threads)."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > INDEX_TIMEOUT:
            raise AssertionError(f"never happened: {what}")
        await pilot.pause(0.05)
    await settle(pilot)


def _shown(app) -> str:
    """The screen's text, toasts included, with runs of spaces as one."""
    return " ".join(screen_text(app).split())


def _status(app) -> str:
    """The status line's text (not the toasts: the failure's toast says "watching")."""
    return str(app.main_screen.status.query_one("#status-text").render())


def _listed(app, name_part: str) -> bool:
    return any(name_part in s.path for s in app.main_screen.articles.summaries)


async def _on_third_quote(pilot):
    """Open seed 003 and step to its third quote; (article id, quote text)."""
    await open_article(pilot, "003")
    await press(pilot, "]", "]", "]")
    screen = pilot.app.main_screen
    return screen.article.id, screen.quotes[screen.body.current].text


async def test_new_file_is_listed_with_quotes_and_the_place_is_kept(tmp_path):
    corpus, app = _watched(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        assert "watching for changes" in screen_text(app)
        article_id, quote = await _on_third_quote(pilot)
        await press(pilot, "1")
        cursor_before = screen.articles.highlighted_id

        (corpus / "klitschko.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        await _wait_for(pilot, lambda: _listed(app, "klitschko"), "the new file listed")

        new = next(s for s in screen.articles.summaries if "klitschko" in s.path)
        assert new.title == "Kyiv Mayor Warns of Winter Strikes on Power Grid"
        assert new.quote_count == 2
        assert len(screen.articles.summaries) == 6
        # the reader's place: the same article, quote and list cursor
        assert screen.article.id == article_id
        assert screen.quotes[screen.body.current].text == quote
        assert screen.articles.highlighted_id == cursor_before
        await _wait_for(pilot, lambda: "Corpus updated: 1 article added." in _shown(app),
                        "the change told in a notification")
        assert "Index ready: 6 articles" in screen_text(app)

        # the new article's quotes are the engine's, and searchable
        screen.articles.select_id(new.id)
        await press(pilot, "enter")
        speakers = {q.speaker for q in screen.quotes if q.kind == "quote"}
        assert {"Vitali Klitschko", "Dmitry Peskov"} <= speakers
        await press(pilot, "s")
        assert "Vitali Klitschko" in screen.sidebar.speaker_names()


async def test_removed_file_disappears_and_the_open_one_moves_to_a_neighbour(tmp_path):
    corpus, app = _watched(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        article_id, quote = await _on_third_quote(pilot)

        # another article goes: the list shrinks, the reader stays where it was
        (corpus / "000_7c7ef417ac8399c4.txt").unlink()
        await _wait_for(pilot, lambda: not _listed(app, "000_"), "the removed file unlisted")
        assert len(screen.articles.summaries) == 4
        assert screen.article.id == article_id
        assert screen.quotes[screen.body.current].text == quote
        assert "Index ready: 4 articles" in screen_text(app)

        # the open article goes: said, and its neighbour in the list is opened
        title = screen.article.title
        rows = [s.id for s in screen.articles.rows]
        expected = rows[rows.index(article_id) + 1] if rows[-1] != article_id else rows[-2]
        (corpus / "003_eb25a154931aa076.txt").unlink()
        await _wait_for(pilot, lambda: not _listed(app, "003_"), "the open file unlisted")
        await _wait_for(pilot, lambda: screen.article.id != article_id, "a neighbour opened")
        assert screen.article.id == expected
        assert screen.articles.highlighted_id == expected
        told = [str(n.message) for n in app._notifications]
        assert told[-1] == f"“{title}” was removed from the corpus; showing the next article."
        assert told.count("Corpus updated: 1 article removed.") == 1  # for 000, not again
        await _wait_for(pilot, lambda: "was removed from the corpus" in _shown(app),
                        "the removal shown in a toast")


async def test_edited_open_article_is_reloaded_at_the_same_quote(tmp_path):
    corpus, app = _watched(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        article_id, quote = await _on_third_quote(pilot)
        start = screen.quotes[screen.body.current].start

        path = corpus / "003_eb25a154931aa076.txt"
        lines = path.read_text(encoding="utf-8").split("\n")
        # a new paragraph above the quote: every offset after it moves
        lines.insert(6, "An editor's note added after publication, above the quotes.\n")
        path.write_text("\n".join(lines), encoding="utf-8")
        await _wait_for(pilot, lambda: screen.article.id == article_id
                        and screen.body.current is not None
                        and screen.quotes[screen.body.current].start != start,
                        "the edited article reloaded")
        assert screen.quotes[screen.body.current].text == quote
        assert "editor's note" in " ".join(p.text for p in screen.article.paragraphs)


async def test_swap_files_and_hidden_files_change_nothing(tmp_path):
    corpus, app = _watched(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        (corpus / ".003.txt.swp").write_text("swap", encoding="utf-8")
        (corpus / "notes.txt~").write_text(NEW_ARTICLE, encoding="utf-8")
        (corpus / "4913").write_text("", encoding="utf-8")
        # a real file after them: once it is listed, the others were seen and ignored
        (corpus / "real.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        await _wait_for(pilot, lambda: _listed(app, "real.txt"), "the real file listed")
        assert len(screen.articles.summaries) == 6
        assert screen.gate.refreshes == 1


async def test_watching_off_by_config_and_quitting_stops_the_thread(tmp_path):
    corpus, app = _watched(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        watcher = app.main_screen.watcher
        assert watcher.alive
    assert not watcher.alive  # stopped when the screen went, not left running

    app = make_app(tmp_path / "ix", [corpus])  # watch defaults to off in the app
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        assert app.main_screen.watcher is None
        assert "watching" not in screen_text(app)


async def test_help_says_whether_the_corpus_is_watched(tmp_path):
    from textual.containers import VerticalScroll

    app = make_app(tmp_path / "ix", [_corpus(tmp_path)], watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "question_mark")
        app.screen.query_one(VerticalScroll).scroll_end(animate=False)
        await settle(pilot)
        shown = _shown(app)
        assert "Keeping up with the corpus" in shown
        assert "Watching the corpus folders is on." in shown
        assert 'then ends in "watching for' in shown
        # the watcher stopping (tui.screens.watching.on_watch_failed) unsays the line
        await press(pilot, "escape")
        assert "Index ready: 5 articles · 72 quotes · 10 quoted terms · watching for changes" \
            in screen_text(app)
        app.main_screen.status.stop_watching()
        await settle(pilot)
        assert "Index ready: 5 articles · 72 quotes · 10 quoted terms" in screen_text(app)
        assert "watching" not in screen_text(app)


async def test_the_cursor_keeps_its_height_when_an_article_is_listed_above_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for day in range(1, 29):  # a list longer than the pane: it scrolls
        text = NEW_ARTICLE.replace("March 31", f"February {day}").replace(
            "Kyiv Mayor Warns", f"Day {day}: Kyiv Mayor Warns")
        (corpus / f"day{day:02}.txt").write_text(text, encoding="utf-8")
    app = make_app(tmp_path / "ix", [corpus], watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        listing = app.main_screen.articles
        await press(pilot, "1", *["j"] * 24, *["k"] * 6)  # scrolled, the cursor mid-pane
        cursor_id = listing.highlighted_id
        height = listing.cursor * listing.ROW_HEIGHT - listing.scroll_y
        assert listing.scroll_y > 0 and height > 0

        (corpus / "newest.txt").write_text(NEW_ARTICLE, encoding="utf-8")  # March 31: on top
        await _wait_for(pilot, lambda: _listed(app, "newest"), "the new file listed")
        assert listing.rows[0].path.endswith("newest.txt")
        assert listing.highlighted_id == cursor_id
        assert listing.cursor * listing.ROW_HEIGHT - listing.scroll_y == height


async def test_a_watcher_that_cannot_start_is_reported_in_one_line(tmp_path, monkeypatch):
    import watchfiles

    def refuse(*_paths, **_options):
        raise OSError("OS file watch limit reached")
        yield  # a generator, as watchfiles.watch is

    monkeypatch.setattr(watchfiles, "watch", refuse)
    corpus, app = _watched(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        await _wait_for(pilot, lambda: app._notifications, "the failure told")
        assert [str(n.message) for n in app._notifications] == [
            "Not watching the corpus folders any more: OS file watch limit reached. "
            "ctrl+r refreshes by hand."]
        await _wait_for(pilot, lambda: "Index ready: 5 articles" in _status(app)
                        and "watching" not in _status(app), "the status line unsaid")
        await press(pilot, "ctrl+r")
        await wait_ready(pilot)
        assert "Index ready: 5 articles" in _status(app)
        assert "watching" not in _status(app)
