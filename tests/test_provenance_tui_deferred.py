"""A reopened index whose quotes were never grouped (``warreader index`` stopped before
grouping, issue 15): the reader does not start grouping a backlog larger than
:data:`tui.screens.indexing.GROUP_LIMIT` (at 100,000 articles that is minutes of CPU
and hundreds of MB inside the reader); it says so, and `p` and ``group:`` say why they
cannot answer instead of answering wrongly."""

from __future__ import annotations

import time

from warreader.index.corpus import Corpus
from warreader.tui.screens import indexing

from tests.provenance_support import write_corpus
from tests.tui_support import (
    ALIASES,
    flat,
    make_app,
    open_article,
    press,
    screen_text,
    settle,
    wait_ready,
)
from tests.tui_support import type_query as _type


def _indexed_without_groups(tmp_path):
    folder = write_corpus(tmp_path / "articles")
    corpus = Corpus.open([folder], tmp_path / "index", ALIASES)
    assert corpus.refresh().files_read == 4  # what `warreader index` does before grouping
    corpus.close()
    return folder


async def _wait_checked(pilot) -> None:
    started = time.monotonic()
    while pilot.app.main_screen.report is None:
        assert time.monotonic() - started < 120, "the files were not checked in time"
        await pilot.pause(0.05)
    await settle(pilot)


async def test_a_large_backlog_is_left_to_warreader_index_and_said(tmp_path, monkeypatch):
    from warreader.index.provenance import grouper

    folder = _indexed_without_groups(tmp_path)
    grouped: list = []
    add = grouper.Grouper.add_article
    monkeypatch.setattr(grouper.Grouper, "add_article",
                        lambda self, *a, **k: grouped.append(a[0]) or add(self, *a, **k))
    monkeypatch.setattr(indexing, "GROUP_LIMIT", 3)  # 4 articles to group: too many here
    app = make_app(tmp_path / "index", [folder])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await _wait_checked(pilot)
        screen = app.main_screen
        status = str(screen.status.query_one("#status-text").render())
        assert status.startswith("Index ready: 4 articles")
        assert "quotes of 4 articles not grouped yet: `warreader index` groups them" in status
        await open_article(pilot, "b_independent")
        await press(pilot, "]")
        await settle(pilot)
        await press(pilot, "p")
        assert type(app.screen).__name__ == "MainScreen"
        assert "not grouped yet" in str(list(app._notifications)[-1].message)
        await press(pilot, "escape", "slash")
        await _type(pilot, "group:2")
        assert screen.results_list.hits == []
        assert "group: needs the quote groups" in flat(screen_text(app))
    assert grouped == []


async def test_a_backlog_within_the_limit_is_grouped_by_the_reader(tmp_path, monkeypatch):
    folder = _indexed_without_groups(tmp_path)
    monkeypatch.setattr(indexing, "GROUP_LIMIT", 4)
    app = make_app(tmp_path / "index", [folder])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await _wait_checked(pilot)
        screen = app.main_screen
        assert screen.quote_groups is not None and screen.groups_deferred is None
        await open_article(pilot, "b_independent")
        await press(pilot, "p")  # no current quote yet
        await press(pilot, "]")
        await settle(pilot)
        assert screen.group is not None and len(screen.group.members) == 4
