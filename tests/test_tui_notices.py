"""Several notices at start (a damaged state file, a damaged marks file, an unknown
theme) and an unreadable file: the status line counts them all and `u` lists every one
(ux18: the status line showed the first of the index's notices alone, and the others
were toasts that went away)."""

from __future__ import annotations

import os
import shutil

import pytest
from warreader.index.annotations.marks import MarkStore

from tests.tui_support import (
    SEEDS,
    make_app,
    open_article,
    pane_text,
    press,
    screen_text,
    settle,
    wait_ready,
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Marks go to a folder of the test's own, never the user's."""
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))


def _status(app) -> str:
    return str(app.main_screen.status.query_one("#status-text").render())


def _damaged_start(tmp_path):
    """A corpus with an unreadable file, a damaged state file and marks file."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    os.mkfifo(corpus / "unreadable.txt")
    state = tmp_path / "user-files" / "state.json"
    state.parent.mkdir()
    state.write_text('{"theme": "nord", "config_th', encoding="utf-8")
    store = MarkStore([corpus])
    store.path.parent.mkdir(parents=True)
    store.path.write_text("marks: [unclosed\n", encoding="utf-8")
    return corpus


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
async def test_every_notice_at_start_is_counted_and_listed(tmp_path):
    corpus = _damaged_start(tmp_path)
    app = make_app(tmp_path / "ix", [corpus], theme="no-such-theme")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")  # the marks are read with the first article
        status = _status(app)
        assert "· 3 notices, 1 unreadable (u lists them): " in status, status
        await press(pilot, "u")
        panel = app.screen.query_one("#skipped-body")
        assert "3 notices · 1 unreadable file · escape closes" in pane_text(app, panel)
        shown = pane_text(app, panel, panel.content_region)
        for said in ("Unknown theme 'no-such-theme'; using textual-dark.",
                     "state.json was damaged: set aside as state.json.bad",
                     "Marks: marks.yaml is not valid YAML; set aside as marks.yaml.damaged-",
                     "unreadable.txt not a regular file (a FIFO)"):
            assert said in shown, (said, shown)
        await press(pilot, "escape")
        await settle(pilot)
        assert app.screen is app.main_screen


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
async def test_one_notice_and_an_unreadable_file_put_the_key_first_at_80_columns(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    os.mkfifo(corpus / "unreadable.txt")
    app = make_app(tmp_path / "ix", [corpus], theme="no-such-theme")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        status = _status(app)
        assert " · 1 notice, 1 unreadable (u lists them): Unknown theme " in status
        row = screen_text(app).splitlines()[1]  # the status line, as cut at 80 columns
        assert "1 notice, 1 unreadable (u" in row, row  # the key, not cut


def test_a_routine_file_check_comes_after_the_warnings_and_is_no_warning():
    """The review: "files checked: 1 new or changed file" (news of a routine check) was
    listed before a damaged file's notice and turned the status line warning-coloured."""
    from types import SimpleNamespace

    from warreader.tui.screens.index_messages import IndexMessagesMixin

    reader = IndexMessagesMixin()
    reader.kept_notices = ["marks.yaml was damaged: set aside as marks.yaml.bad"]
    reader.report = SimpleNamespace(notices=["files checked: 1 new or changed file",
                                             "2 articles had no text"])
    assert reader.notices == ["marks.yaml was damaged: set aside as marks.yaml.bad",
                              "2 articles had no text", "files checked: 1 new or changed file"]


async def test_a_routine_file_check_alone_leaves_the_status_line_unwarned(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        status = app.main_screen.status
        status.ready(5, 72, 0, ["files checked: 1 new or changed file"], 10)
        assert not status.has_class("-warning")
        status.ready(5, 72, 0, ["files checked: 1 new or changed file", "theme unknown"], 10)
        assert status.has_class("-warning")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
async def test_the_key_that_lists_the_notices_is_whole_at_80_columns(tmp_path):
    """ux20: with two unreadable files the 80-column line read "1 notice, 2 unreadable
    (u lis…"; where "Index ready: " leaves no room for the rest, it goes."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    os.mkfifo(corpus / "unreadable.txt")
    (corpus / "binary.txt").write_bytes(b"\x00\x01garbage\xff")
    app = make_app(tmp_path / "ix", [corpus], theme="no-such-theme")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        row = screen_text(app).splitlines()[1]
        assert row.strip().startswith("5 articles · 72 quotes · 10 terms · 1 notice, 2 "
                                      "unreadable (u lists them): "), row
        await pilot.resize_terminal(160, 45)
        await settle(pilot)
        row = screen_text(app).splitlines()[1]
        assert row.strip().startswith("Index ready: 5 articles · 72 quotes · 10 quoted terms · "
                                      "1 notice, 2 unreadable (u lists them): "), row


async def test_a_file_check_is_read_whole_at_80_columns_watching_said_where_room(tmp_path):
    """ux20: at 80 columns a changed corpus read "files checked: 1 new or chan…"."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        status = app.main_screen.status
        status.watching = True
        status.ready(6, 74, 0, ["files checked: 1 new or changed file"], 10)
        await settle(pilot)
        row = screen_text(app).splitlines()[1].strip()
        assert row == "6 articles · 74 quotes · 10 terms · files checked: 1 new or changed file"
        await pilot.resize_terminal(160, 45)
        await settle(pilot)
        row = screen_text(app).splitlines()[1].strip()
        assert row == ("Index ready: 6 articles · 74 quotes · 10 quoted terms · files checked: "
                       "1 new "
                       "or changed file · watching for changes")
        status.stop_watching()
        await settle(pilot)
        row = screen_text(app).splitlines()[1].strip()
        assert row == ("Index ready: 6 articles · 74 quotes · 10 quoted terms · files checked: "
                       "1 new "
                       "or changed file")
        status.renotice(["files checked: 2 new or changed files"])  # a later notice
        await settle(pilot)
        assert screen_text(app).splitlines()[1].strip().endswith("2 new or changed files")
