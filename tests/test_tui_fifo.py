"""A FIFO (or device, socket) named like an article in the corpus folder: listed as
unreadable with its reason, never opened, never a change (ux18: each file check
counted it as "1 new or changed file" and each refresh tried to read it again, and the
watcher took a FIFO made while the reader ran for a changed file)."""

from __future__ import annotations

import os
import shutil

import pytest
from warreader.index.corpus import Corpus
from warreader.tui.corpus_watch import ADDED, DELETED, MODIFIED, ChangeFilter

from tests.test_tui_watch import NEW_ARTICLE, _listed, _status, _wait_for
from tests.tui_support import SEEDS, make_app, notices, screen_text, settle, wait_ready

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
FIFO_REASON = "not a regular file (a FIFO)"


def _corpus_with_fifo(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    os.mkfifo(corpus / "pipe.txt")
    return corpus


def _never_opened(monkeypatch, path) -> list[str]:
    """Record every os.open of ``path`` (a FIFO's reader may block)."""
    opened: list[str] = []
    real_open = os.open

    def watched_open(name, *args, **kwargs):
        if os.fspath(name) == os.fspath(path):
            opened.append(os.fspath(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", watched_open)
    return opened


def test_a_fifo_is_reported_unreadable_never_opened_and_never_a_change(tmp_path, monkeypatch):
    corpus = _corpus_with_fifo(tmp_path)
    opened = _never_opened(monkeypatch, corpus / "pipe.txt")
    engine = Corpus([corpus], tmp_path / "ix", {})
    report = engine.refresh()
    assert report.files_read == 5
    assert report.skipped == [(str(corpus / "pipe.txt"), FIFO_REASON)]
    checked = engine.check_files()
    assert not checked.changed and checked.describe() == ""
    assert checked.report.skipped == [(str(corpus / "pipe.txt"), FIFO_REASON)]
    again = engine.refresh()
    assert (again.files_read, again.skipped) == (0, report.skipped)
    assert opened == []


def test_the_watcher_ignores_a_fifo_and_says_so_once(tmp_path):
    corpus = _corpus_with_fifo(tmp_path)
    told: list[tuple[str, str]] = []
    keep = ChangeFilter([corpus], tmp_path / "ix")
    keep.on_special = lambda path, why: told.append((path, why))
    pipe = str(corpus / "pipe.txt")
    for change in (ADDED, MODIFIED, ADDED, DELETED):
        assert not keep(change, pipe)
    assert told == [(pipe, "not a regular file (a FIFO)")]
    assert keep(MODIFIED, str(corpus / "003_eb25a154931aa076.txt"))


def test_a_fifo_replaced_by_a_file_is_followed_again(tmp_path):
    """The review: once a FIFO, a path's later file was never seen deleted (the watcher
    kept it special for the session): a file there now, added and deleted, is a change."""
    corpus = _corpus_with_fifo(tmp_path)
    keep = ChangeFilter([corpus], tmp_path / "ix")
    pipe = corpus / "pipe.txt"
    assert not keep(ADDED, str(pipe))
    os.remove(pipe)
    assert not keep(DELETED, str(pipe))  # the FIFO's own deletion: still no change
    pipe.write_text(NEW_ARTICLE, encoding="utf-8")
    assert keep(ADDED, str(pipe))
    os.remove(pipe)
    assert keep(DELETED, str(pipe))
    os.mkfifo(pipe)  # a FIFO again, then a file in its place, seen only as modified
    assert not keep(ADDED, str(pipe))
    os.remove(pipe)
    pipe.write_text(NEW_ARTICLE, encoding="utf-8")
    assert keep(MODIFIED, str(pipe))
    os.remove(pipe)
    assert keep(DELETED, str(pipe))


async def test_the_reader_lists_a_fifo_as_unreadable_and_a_new_one_is_no_change(tmp_path):
    corpus = _corpus_with_fifo(tmp_path)
    app = make_app(tmp_path / "ix", [corpus], watch=True)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        assert "1 unreadable (u lists them)" in _status(app)
        assert screen.skipped == [(str(corpus / "pipe.txt"), FIFO_REASON)]
        os.mkfifo(corpus / "pipe2.txt")
        await _wait_for(pilot, lambda: "pipe2.txt" in screen_text(app), "the notice")
        assert "Skipped pipe2.txt: not a regular file (a FIFO); it is never read" in \
            notices(app)
        # a real file after it: once it is listed, the FIFO was seen and changed nothing
        (corpus / "real.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        await _wait_for(pilot, lambda: _listed(app, "real.txt"), "the real file listed")
        await settle(pilot)
        assert screen.gate.refreshes == 1
        assert "Corpus updated: 1 article added." in notices(app)
