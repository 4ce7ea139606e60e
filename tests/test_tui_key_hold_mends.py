"""The keys held between enter and its results (tui.screens.key_hold), review mends:
ctrl+c is never held."""

from __future__ import annotations

import time

from warreader.index.corpus import Corpus

from tests.test_tui_search_burst import SIZE, _type_at_once
from tests.tui_support import make_app, notices, screen_text, wait_ready


def _slow_search(monkeypatch, seconds: float) -> None:
    search = Corpus.search

    def slow_search(self, *args, **kwargs):
        time.sleep(seconds)
        return search(self, *args, **kwargs)

    monkeypatch.setattr(Corpus, "search", slow_search)


async def test_ctrl_c_acts_at_once_while_keys_are_held(tmp_path, monkeypatch):
    """ctrl+c (Textual's "press ctrl+q to quit") answers at once, not once enter's
    search answers (up to 3 s later)."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        _slow_search(monkeypatch, 2.5)
        _type_at_once(app, "/peskov\n")
        for _ in range(6):
            await pilot.pause(0.05)
        assert screen.held_keys is not None  # enter's search is on its way
        await pilot.press("ctrl+c")
        for _ in range(6):
            await pilot.pause(0.05)
        assert screen.results is None  # still searching
        assert any("to quit the app" in n for n in notices(app)), notices(app)


async def test_keys_held_by_the_filters_enter_wait_for_its_own_list(tmp_path, monkeypatch):
    """Enter in the filter bar holds the keys typed on until the list it asked for is
    shown: another list arriving meanwhile (a query sent before enter, answered late)
    released them, and "j" moved in the unfiltered list, then lost to the filtered one."""
    from warreader.index.search.article_filter import ArticleFilter
    from warreader.tui.screens import listing
    from warreader.tui.screens.listing import ArticlesQueried

    from tests.test_tui_filter import _listed

    real = listing.sorted_view

    def slow(view, filt, sort, cycling):
        if filt:
            time.sleep(1.0)
        return real(view, filt, sort, cycling)

    monkeypatch.setattr(listing, "sorted_view", slow)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        await pilot.press("2", "f", *"date:2023 ukraine", "enter", "j", "j")
        assert s.held_keys == [("j", "j")] * 2  # the filtered list is on its way
        s.post_message(ArticlesQueried(s.articles.view.again(ArticleFilter())))  # a late one
        for _ in range(40):
            await pilot.pause(0.05)
            if s.held_keys is None and _listed(app) == ["000", "004"]:
                break
        await pilot.pause(0.2)
        assert _listed(app) == ["000", "004"]
        assert s.articles.highlighted_id == s.articles.rows[1].id  # "j" twice moved in it
        assert "2 of 5" in screen_text(app)


async def test_keys_held_by_enter_wait_past_a_first_step(tmp_path, monkeypatch):
    """Enter's keys are not released by a first step of the same query (the typing
    search's, answered as enter was pressed): they act once enter's own full ranking is
    listed, from its first hit (they stepped from the first step's first hit, and the
    full ranking then replaced it)."""
    from warreader.tui.messages import SearchFinished

    from tests.test_tui_search_burst import _after_first_hit, _counter

    search = Corpus.search

    def slow_full(self, *args, **kwargs):
        if kwargs.get("first_step") is None and kwargs.get("cancelled") is not None:
            time.sleep(1.0)  # enter's worker
        return search(self, *args, **kwargs)

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        first = search(s.corpus, "peskov", limit=50, as_you_type=True)
        assert len({h.article_id for h in first.hits}) > 1
        first.hits = [h for h in first.hits if h.article_id != first.hits[0].article_id]
        first.provisional, first.exact = True, False
        monkeypatch.setattr(Corpus, "search", slow_full)
        _type_at_once(app, "/peskov\n]")
        for _ in range(40):
            await pilot.pause(0.05)
            if s.held_keys:
                break
        assert s.held_keys == [("right_square_bracket", "]")]
        s.post_message(SearchFinished("peskov", first))  # the typing search's first step
        for _ in range(60):
            await pilot.pause(0.05)
            if s.held_keys is None and s.results is not None and not s.results.provisional:
                break
        for _ in range(10):
            await pilot.pause(0.05)
        assert not s.results.provisional
        assert _counter(app) == _after_first_hit(app, 1)
