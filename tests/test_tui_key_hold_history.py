"""Keys typed on after ctrl+o or alt+right wait for the article the walk opens.

Walking back (or forward) to a place in another article loads it in a worker unless it
was read lately; "y" typed at once after ctrl+o copied the current quote of the article
being left, as escape out of search once did (tests/test_tui_key_hold_return.py)."""

from __future__ import annotations

import time

from textual import events
from warreader.index.corpus import Corpus
from warreader.tui.clipboard import format_citation

from tests.test_tui_search_burst import SIZE
from tests.tui_support import make_app, open_article, press, settle, wait_ready


def _slow_load(monkeypatch) -> None:
    """Loading an article from the index takes 0.3 s, so keys typed after the walk
    arrive while it loads."""
    load = Corpus.load

    def slow_load(self, *args, **kwargs):
        time.sleep(0.3)
        return load(self, *args, **kwargs)

    monkeypatch.setattr(Corpus, "load", slow_load)


async def _two_places(pilot) -> tuple[str, str]:
    """Quote 2 of 003 then quote 1 of 001 visited; none kept parsed, so walking back
    to 003 loads it. The ids and the citation of 003's quote 2."""
    screen = pilot.app.main_screen
    await open_article(pilot, "003")
    await press(pilot, "2", "right_square_bracket", "right_square_bracket")
    left_at = format_citation(screen.quotes[screen.body.current], screen.article)
    first = screen.article.id
    await open_article(pilot, "001")
    await press(pilot, "2", "right_square_bracket")
    assert screen.article.id != first and screen.body.current is not None
    screen.forget_loaded()
    return first, left_at


async def _wait_copied(pilot) -> None:
    for _ in range(80):
        await pilot.pause(0.05)
        if pilot.app.last_copied:
            break
    await settle(pilot)


async def test_y_typed_at_once_after_ctrl_o_copies_the_quote_returned_to(tmp_path,
                                                                         monkeypatch):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        first, left_at = await _two_places(pilot)
        _slow_load(monkeypatch)
        for key, character in (("ctrl+o", None), ("y", "y")):
            app.post_message(events.Key(key, character))
        await _wait_copied(pilot)
        assert screen.article.id == first
        assert app.last_copied == left_at


async def test_y_typed_at_once_after_alt_right_copies_the_quote_returned_to(tmp_path,
                                                                            monkeypatch):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        first, _ = await _two_places(pilot)
        second = screen.article.id
        ahead = format_citation(screen.quotes[screen.body.current], screen.article)
        await press(pilot, "ctrl+o")
        assert screen.article.id == first
        screen.forget_loaded()
        _slow_load(monkeypatch)
        for key, character in (("alt+right", None), ("y", "y")):
            app.post_message(events.Key(key, character))
        await _wait_copied(pilot)
        assert screen.article.id == second
        assert app.last_copied == ahead


async def test_y_pressed_while_the_walk_loads_waits_for_it(tmp_path, monkeypatch):
    """Typed one at a time: "y" pressed before the article walked back to has come
    copies its quote, not the one of the article still on screen."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        first, left_at = await _two_places(pilot)
        _slow_load(monkeypatch)
        await pilot.press("ctrl+o")
        assert screen.pending_id == first  # still loading
        await pilot.press("y")
        await _wait_copied(pilot)
        assert app.last_copied == left_at


async def test_a_walk_within_the_article_holds_no_key(tmp_path):
    """Back to a quote of the article shown: nothing loads, "y" acts at once."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await open_article(pilot, "003")
        await press(pilot, "2", "right_square_bracket")
        first = format_citation(screen.quotes[screen.body.current], screen.article)
        await press(pilot, "right_square_bracket", "ctrl+o")
        assert screen.held_keys is None
        await press(pilot, "y")
        assert app.last_copied == first
