"""The reader's warming of a new commit runs in a child process (issue 15: in a thread it
held the GIL beside every keystroke at 100,000 articles): it writes the files a later
search reads; quitting the reader, a newer commit or the reader's death stop it, leaving
no process and only whole rows; a damaged page file is still set aside; the reader keeps
answering keys while it runs."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warreader.index.search import page_cache, store, warm, warm_process
from warreader.index.search.warm_process import WarmingChild

from tests import test_search_warm as base
from tests.search_support import scribble_pages
from tests.tui_support import make_app, wait_ready

BOOT = """
import sys, time
from warreader.index.search import doc_cache, first_page, page_cache, searching, warm
from warreader.index.search import warm_process
first_page.MIN_POSTINGS = 1
warm.RANK_POSTINGS, warm.WORD_DOCS, warm.SET_DOCS = (int(n) for n in sys.argv[1].split(","))
doc_cache.MIN_DOCS, page_cache.HITS, searching.TIME_LIMIT = 1, int(sys.argv[2]), 60.0
pause, real = float(sys.argv[3]), searching.rank_every
def slow(*args, **kwargs):
    time.sleep(pause)
    return real(*args, **kwargs)
searching.rank_every = slow
sys.exit(warm_process.main(sys.argv[4:]))
"""
"""The child as the reader starts it, on a tiny index's thresholds (those of
``tests/test_search_warm.py``), each ranking after ``pause`` seconds (a warming long
enough to be stopped midway)."""

built, small = base.built, base.small  # the tiny index
_typed, _pages = base._typed, base._pages


def _launch(monkeypatch, thresholds: str = "4,2,2", hits: int = 5, pause: float = 0.0) -> None:
    monkeypatch.setattr(warm_process, "LAUNCH", ("-c", BOOT, thresholds, str(hits), str(pause)))


def _alive(pid: int) -> bool:
    """True while ``pid`` is a process that has not exited (a zombie has)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _children(monkeypatch) -> list[WarmingChild]:
    """Every child started from now on."""
    started: list[WarmingChild] = []
    real = WarmingChild.__init__

    def init(self, *args, **kwargs):
        real(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(WarmingChild, "__init__", init)
    return started


def _in_this_process(monkeypatch) -> list:
    """Every warming run in this process from now on."""
    made: list = []
    real = warm.warm
    monkeypatch.setattr(warm, "warm", lambda *a, **k: made.append(1) or real(*a, **k))
    return made


def test_a_child_makes_what_a_later_search_reads(built, monkeypatch):
    folder, index = built
    plain, _ = _typed(folder, index, cache=False)
    _launch(monkeypatch)
    here = _in_this_process(monkeypatch)
    child = WarmingChild(index, _fingerprint())
    done = child.wait()
    assert not _alive(child.pid) and here == []
    assert done.warmed.stopped is None and done.warmed.rankings >= 3 and done.warmed.days == 12
    assert done.cpu > 0 and done.wall > 0
    assert warm.DONE in _pages(index)
    answers, ranked = _typed(folder, index)
    assert answers == plain and ranked == []  # every ranking typed was the child's


def _fingerprint() -> str:
    """The fingerprint of the aliases :func:`tests.search_support.open_corpus` uses."""
    from warreader.index.search.analysis import AliasTable

    from tests.search_support import ALIASES

    return AliasTable(ALIASES).fingerprint()


def test_stopping_a_child_midway_leaves_whole_pages_and_no_process(built, monkeypatch):
    folder, index = built
    _launch(monkeypatch)
    whole = _pages(index) if WarmingChild(index, _fingerprint()).wait() else {}
    for name in (page_cache.NAME, "docsets.sqlite"):
        (store.live_dir(index) / name).unlink()
    _launch(monkeypatch, pause=0.3)
    child = WarmingChild(index, _fingerprint())
    _until(lambda: _pages_written(index))
    stopped = child.wait(cancelled=lambda: True)  # a newer commit: the worker cancelled
    assert stopped is None and not _alive(child.pid)
    names = {p.name for p in store.live_dir(index).iterdir()}
    assert not any(name.endswith(("-journal", "-wal")) for name in names)
    kept = _pages(index)
    assert warm.DONE not in kept and 0 < len(kept) < len(whole)
    assert all(whole[key] == page for key, page in kept.items())


WAIT = 120.0
"""Seconds a test waits for what it expects before it fails (a loaded machine)."""


def _until(done) -> None:
    """Wait until ``done()``; fail after :data:`WAIT` seconds."""
    deadline = time.monotonic() + WAIT
    while not done():
        assert time.monotonic() < deadline, "not done in time"
        time.sleep(0.05)


def _pages_written(index) -> bool:
    """True once the child has stored a ranking."""
    try:
        return bool(_pages(index))
    except sqlite3.Error:  # not made yet, or being made
        return False


def test_the_child_stops_when_the_process_that_started_it_is_killed(built, tmp_path):
    _folder, index = built
    script = ("import sys; from warreader.index.search import warm_process as w\n"
              f"w.LAUNCH = ('-c', {BOOT!r}, '4,2,2', '5', '0.5')\n"
              "c = w.WarmingChild(sys.argv[1], sys.argv[2]); print(c.pid, flush=True)\n"
              "import time; time.sleep(600)\n")
    parent = subprocess.Popen([sys.executable, "-c", script, str(index), _fingerprint()],
                              stdout=subprocess.PIPE, text=True)
    pid = int(parent.stdout.readline())
    _until(lambda: _pages_written(index))
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    _until(lambda: not _alive(pid))  # orphaned, it saw its parent go and stopped
    names = {p.name for p in store.live_dir(index).iterdir()}
    assert not any(name.endswith(("-journal", "-wal")) for name in names)
    assert warm.DONE not in _pages(index)


def test_a_damaged_page_file_is_set_aside_by_the_child(built, monkeypatch):
    folder, index = built
    _launch(monkeypatch)
    WarmingChild(index, _fingerprint()).wait()
    path = store.live_dir(index) / page_cache.NAME
    scribble_pages(path)
    made = WarmingChild(index, _fingerprint()).wait()
    assert path.with_name(page_cache.NAME + ".bad").exists() and made.warmed.rankings == 0
    again = WarmingChild(index, _fingerprint()).wait()
    assert again.warmed.rankings > 0
    plain, _ = _typed(folder, index, cache=False)
    answers, ranked = _typed(folder, index)
    assert answers == plain and ranked == []


async def test_the_reader_warms_its_new_commit_in_a_child(tmp_path, monkeypatch):
    _launch(monkeypatch, thresholds="20,5,5", hits=page_cache.HITS)
    started, here = _children(monkeypatch), _in_this_process(monkeypatch)
    index = tmp_path / "ix"
    app = make_app(index)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)  # the first build, then the warming's child waited for
        assert len(started) == 1 and not _alive(started[0].pid)
        assert app.main_screen.warming is None and here == []
        pages = _pages(index)
        assert warm.DONE in pages and len(pages) > 1
    app2 = make_app(index)  # reopened unchanged: nothing to warm
    async with app2.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
    assert len(started) == 1


async def test_quitting_the_reader_mid_warming_leaves_no_child_and_whole_pages(tmp_path,
                                                                             monkeypatch):
    _launch(monkeypatch, thresholds="20,5,5", hits=page_cache.HITS, pause=1.0)
    started = _children(monkeypatch)
    index = tmp_path / "ix"
    app = make_app(index)
    async with app.run_test(size=(120, 40)) as pilot:
        deadline = time.monotonic() + WAIT
        while (not started or not _pages_written(index)) and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert _alive(started[0].pid)
        await pilot.press("slash", *"said")  # the reader answers keys meanwhile
        deadline = time.monotonic() + WAIT
        while not app.main_screen.results_list.hits and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert app.main_screen.results_list.hits
        assert _alive(started[0].pid)  # still warming
        await pilot.press("escape", "q")
    assert not _alive(started[0].pid)
    names = {p.name for p in store.live_dir(index).iterdir()}
    assert not any(name.endswith(("-journal", "-wal")) for name in names)
    pages = _pages(index)
    assert warm.DONE not in pages and pages


@pytest.fixture(autouse=True)
def _no_child_left():
    yield
    warm_process.stop_all()
    assert not warm_process._LIVE

