"""Search answers as soon as a first build has committed the index, not after the quote
grouping that follows it (ux24: on the BBC corpus, 1,808 articles, the grouping took 8 s
more on a loaded machine, and a query typed meanwhile waited for it; the groups only
feed provenance: the sidebar's "also in", `p` and ``group:``)."""

from __future__ import annotations

import threading
import time

from warreader.index.provenance import corpus_groups

from tests.provenance_support import write_corpus
from tests.tui_support import make_app, settle

SIZE = (160, 45)


async def _until(pilot, condition, what: str, timeout: float = 60.0) -> None:
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < timeout, what
        await pilot.pause(0.05)


async def test_a_query_is_answered_while_the_quotes_are_still_grouped(tmp_path, monkeypatch):
    gate, grouping = threading.Event(), threading.Event()
    computed = corpus_groups.corpus_groups

    def held(*args, **kwargs):
        grouping.set()
        gate.wait(90)  # the test opens it; without the fix the index waits here
        return computed(*args, **kwargs)

    monkeypatch.setattr(corpus_groups, "corpus_groups", held)
    folder = write_corpus(tmp_path / "articles")
    app = make_app(tmp_path / "index", [folder])
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = app.main_screen
            await _until(pilot, grouping.is_set, "the grouping never started")
            await _until(pilot, lambda: screen.corpus is not None,
                         "the index was not ready while the quotes were grouped", 20.0)
            assert str(screen.status.query_one("#status-text").render()).startswith(
                "Index ready: 4 articles")
            await pilot.press("slash", *"Lavrov")
            await _until(pilot, lambda: screen.results_list.hits,
                         "the search did not answer while the quotes were grouped", 20.0)
            assert not gate.is_set() and screen.quote_groups is None
            assert "Sergey Lavrov" in {h.speaker for h in screen.results_list.hits}
            gate.set()
            await settle(pilot)
            assert screen.quote_groups is not None and screen.groups_deferred is None
            assert str(screen.status.query_one("#status-text").render()).startswith(
                "Index ready: 4 articles")
    finally:
        gate.set()


async def test_a_group_query_waits_for_the_grouping_without_holding_searches_up(
        tmp_path, monkeypatch):
    """ux25: ``group:2`` typed while the quotes were grouped waited for the grouping
    holding the corpus lock, so the next query typed (and anything else needing the
    index) waited for the grouping too; now the group query waits unlocked and answers
    once the groups are made."""
    gate, grouping = threading.Event(), threading.Event()
    computed = corpus_groups.corpus_groups

    def held(*args, **kwargs):
        grouping.set()
        gate.wait(90)
        return computed(*args, **kwargs)

    monkeypatch.setattr(corpus_groups, "corpus_groups", held)
    folder = write_corpus(tmp_path / "articles")
    app = make_app(tmp_path / "index", [folder])
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = app.main_screen
            await _until(pilot, grouping.is_set, "the grouping never started")
            await _until(pilot, lambda: screen.corpus is not None, "no index", 20.0)
            await pilot.press("slash", *"group:2")
            await pilot.pause(1.0)  # its worker is waiting for the groups by now
            assert not screen.results_list.hits
            assert "Waiting for the quote grouping: group: searches when it is done." \
                in str(screen.search_bar.query_one("#search-status").render())
            await pilot.press(*["backspace"] * 7, *"Lavrov")
            # the hits of "Lavrov" itself: at load 10 a poll may first see those of a
            # prefix typed on the way ("La" finds Kuleba's quotes too)
            await _until(pilot, lambda: "Sergey Lavrov" in {
                h.speaker for h in screen.results_list.hits},
                "a query typed after group:2 waited for the grouping", 20.0)
            assert not gate.is_set()
            await pilot.press(*["backspace"] * 6, *"group:2 ")
            await pilot.pause(0.5)
            gate.set()
            await _until(pilot, lambda: screen.query_text == "group:2 "
                         and screen.results is not None and screen.results.total == 6,
                         "group:2 did not answer once the quotes were grouped", 30.0)
            assert {h.speaker for h in screen.results_list.hits} == {
                "Dmitry Peskov", "Dmytro Kuleba", "Sergey Lavrov"}
    finally:
        gate.set()


async def test_a_group_query_during_an_index_write_says_it_waits_for_the_index(tmp_path):
    """revU3 #4: while the index was being written (the corpus lock held) a ``group:``
    search said "Waiting for the quote grouping" under a status line saying the index
    was being rebuilt; it waits for the index first and says so."""
    from warreader.tui.screens.searching import GROUPING, WAITING

    folder = write_corpus(tmp_path / "articles")
    app = make_app(tmp_path / "index", [folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await _until(pilot, lambda: screen.quote_groups is not None, "never grouped")
        await settle(pilot)

        def bar() -> str:
            return str(screen.search_bar.query_one("#search-status").render())

        groups, screen.quote_groups = screen.quote_groups, None  # as a rebuild leaves them
        screen.corpus_lock.acquire()  # the index being written
        try:
            await pilot.press("slash", *"group:2")
            await _until(pilot, lambda: WAITING in bar(),
                         "the bar did not say it waits for the index", 10.0)
            await pilot.pause(0.5)
            assert WAITING in bar() and GROUPING not in bar()
        finally:
            screen.quote_groups = groups  # made again once the index is written
            screen.corpus_lock.release()
        await _until(pilot, lambda: screen.results_list.hits, "no results after the write")
        assert WAITING not in bar()
