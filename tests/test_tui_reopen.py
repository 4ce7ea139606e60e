"""Reopening an indexed corpus (issue 15): the reader is ready on the stored index at
once and checks the files in the background; what changed while it was closed is
picked up (the list and the status line show it), and nothing waits for the check."""

from __future__ import annotations

import os
import re
import shutil
import threading
import time

from warreader.index.corpus import Corpus

from tests.tui_support import INDEX_TIMEOUT, SEEDS, make_app, screen_text, wait_ready

SIZE = (160, 45)

ADDED = ('"We will rebuild the pontoon crossings before the thaw," the regional governor '
         "Oleh Synehubov told reporters on Saturday.")


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    return corpus


def _name(corpus, prefix: str):
    return next(p for p in sorted(corpus.iterdir()) if p.name.startswith(prefix))


async def _until(pilot, condition, what: str) -> None:
    """Wait until ``condition()`` holds, without waiting for the workers (one is held)."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > INDEX_TIMEOUT:
            raise AssertionError(f"never happened: {what}")
        await pilot.pause(0.05)


def _status(app) -> str:
    return str(app.main_screen.status.query_one("#status-text").render())


def _hold_check(monkeypatch) -> tuple[threading.Event, list]:
    """Hold the background file check until the event is set; the list records each
    check that started."""
    gate, started = threading.Event(), []
    real_check = Corpus.check_files

    def held(self):
        started.append(time.monotonic())
        gate.wait(30)
        return real_check(self)

    monkeypatch.setattr(Corpus, "check_files", held)
    return gate, started


def _first_step_first(monkeypatch) -> None:
    """``Corpus.search`` whose keystroke searches answer as on a loaded machine: the first
    step runs out of its CPU budget and gives a provisional page ("12+ results,
    ranking…"), the full ranking (counted: "12 results") comes a moment later."""
    real_search = Corpus.search

    def search(self, query, *args, first_step=None, **kwargs):
        if first_step is None and kwargs.get("cancelled") is not None:  # the worker's 2nd
            time.sleep(0.3)
        results = real_search(self, query, *args, **kwargs)
        if first_step is not None:
            results.provisional, results.exact = True, False
        return results

    monkeypatch.setattr(Corpus, "search", search)


async def _index_once(tmp_path, corpus) -> None:
    first = make_app(tmp_path / "ix", [corpus])
    async with first.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await _until(pilot, lambda: first.main_screen.report is not None, "the first build")


async def test_changes_made_while_closed_are_picked_up_by_the_background_check(
        tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    await _index_once(tmp_path, corpus)
    edited, deleted = _name(corpus, "001_"), _name(corpus, "000_")
    paragraphs = edited.read_text(encoding="utf-8").split("\n\n")
    edited.write_text("\n\n".join([*paragraphs[:3], ADDED, *paragraphs[3:]]), encoding="utf-8")
    later = edited.stat().st_mtime_ns + 5_000_000_000  # a clock that did not tick still counts
    os.utime(edited, ns=(later, later))
    deleted.unlink()

    gate, started = _hold_check(monkeypatch)
    _first_step_first(monkeypatch)
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=SIZE) as pilot:
        s = app.main_screen
        # ready on the stored index: the corpus open, its five articles listed, checking
        await _until(pilot, lambda: s.corpus is not None and started, "the corpus opened")
        await pilot.pause(0.1)
        assert len(s.articles.summaries) == 5 and s.report is None
        assert "checking files…" in _status(app)

        # nothing waits for the check: a search is answered from the stored index
        await pilot.press("slash")
        await pilot.press(*"Stoltenberg")
        await _until(pilot, lambda: s.results_list.hits, "search results during the check")
        # the first hits may be a first step's, uncounted ("12+ results, ranking…": what
        # a loaded machine gets); the count comes with the full ranking
        await _until(pilot, lambda: re.search(r"\d+ results", screen_text(app)),
                     "the count of those results on screen")
        assert s.report is None  # the check is still held
        await pilot.press("escape")

        gate.set()
        await _until(pilot, lambda: s.report is not None, "the check and its update")
        await wait_ready(pilot)
        paths = [summary.path for summary in s.articles.summaries]
        assert len(paths) == 4 and str(deleted) not in paths and str(edited) in paths
        status = _status(app)
        assert "Index ready: 4 articles" in status
        assert "files checked: 1 new or changed file, 1 gone" in status
        assert s.report.files_read == 1 and s.report.files_removed == 1

        # the edited article's new quote is in the index
        found = s.corpus.search("pontoon", kind="quote")
        assert [hit.path for hit in found.hits] == [str(edited)]
        assert found.hits[0].speaker == "Oleh Synehubov"


async def test_an_unchanged_corpus_is_checked_without_the_corpus_lock(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    await _index_once(tmp_path, corpus)
    refreshed = []
    real_refresh = Corpus.refresh

    def counted(self, *args, **kwargs):
        refreshed.append(kwargs.get("checked"))
        return real_refresh(self, *args, **kwargs)

    monkeypatch.setattr(Corpus, "refresh", counted)
    gate, started = _hold_check(monkeypatch)
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=SIZE) as pilot:
        s = app.main_screen
        await _until(pilot, lambda: started, "the check started")
        # while the check runs the corpus lock is free (reading and searching take it)
        assert s.corpus_lock.acquire(timeout=5)
        s.corpus_lock.release()
        gate.set()
        await _until(pilot, lambda: s.report is not None, "the check")
        assert refreshed == []  # nothing changed: no update, no lock for it
        assert s.report.files_seen == 5 and s.report.files_read == 0
        assert "Index ready: 5 articles" in _status(app)
        assert "files checked" not in _status(app)


async def test_the_first_screen_is_the_head_of_the_cached_list(tmp_path, monkeypatch):
    from warreader.tui.screens import indexing

    corpus = _corpus(tmp_path)
    await _index_once(tmp_path, corpus)
    reads = []
    real_read = indexing.read_listing

    def counted(*args):
        reads.append(args)
        return real_read(*args)

    monkeypatch.setattr(indexing, "read_listing", counted)
    gate = threading.Event()  # the corpus stays closed: the screen is the cache's
    real_open = Corpus.open.__func__

    def held_open(cls, *args, **kwargs):
        gate.wait(30)
        return real_open(cls, *args, **kwargs)

    monkeypatch.setattr(Corpus, "open", classmethod(held_open))
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=SIZE) as pilot:
        s = app.main_screen
        await _until(pilot, lambda: s.articles.row_count, "the list on screen")
        await pilot.pause(0.2)
        assert s.corpus is None and s.articles.row_count == 5
        assert reads == []  # the whole cached list was never read
        assert "5 articles" in _status(app) and "checking files…" in _status(app)
        assert "Allies are Ready for a False-Flag" in screen_text(app)
        gate.set()
        await _until(pilot, lambda: s.report is not None, "the check")
        assert s.articles.rows.stored and s.articles.row_count == 5 and reads == []
