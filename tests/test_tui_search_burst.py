"""Keys typed in one burst in the search bar act as they would typed one by one (ux19).

(a) A key typed right after enter acted before enter's results came: "/peskov", enter,
"]" stepped in the article shown before the search, then the first result replaced it
and the "]" was lost. The keys now wait for the results and the first one's article.
(b) Backspace and the other editing keys ran once they had bubbled back up to the app,
after the characters typed behind them: "abc", backspace, "d" read "abc" or "abcd".
"""

from __future__ import annotations

import time

from textual import events
from warreader.index.corpus import Corpus
from warreader.tui.screens import key_hold

from tests.tui_support import make_app, pane_text, settle, wait_ready

SIZE = (160, 45)
KEYS = {"/": ("slash", "/"), "]": ("right_square_bracket", "]"), "\n": ("enter", "\r"),
        "\b": ("backspace", "\x7f"), "\x17": ("ctrl+w", None), " ": ("space", " "),
        "\x1b": ("escape", "\x1b")}


def _type_at_once(app, keys: str) -> None:
    """Queue ``keys`` (newline: enter, \\b: backspace, \\x17: ctrl+w) as a terminal
    delivers a fast typist's or a paste: all of them before the app handles the first."""
    for ch in keys:
        key, character = KEYS.get(ch, (ch, ch))
        app.post_message(events.Key(key, character))


async def _burst(pilot, keys: str) -> None:
    _type_at_once(pilot.app, keys)
    for _ in range(40):  # past the debounce, the search and the article's load
        await pilot.pause(0.05)
    await settle(pilot)


def _counter(app) -> str:
    """The article pane's "quote i / N" as the screen shows it ("" when none)."""
    text = pane_text(app, app.main_screen.body)
    start = text.rfind("quote ")
    return text[start:].split("·")[0].split("─")[0].strip() if start >= 0 else ""


def _after_first_hit(app, steps: int) -> str:
    """The counter the body shows ``steps`` quotes on from the first result's quote."""
    screen = app.main_screen
    hit = screen.results.hits[0]
    assert hit.kind == "quote" and screen.article.id == hit.article_id
    quotes = [q for q in screen.quotes if q.kind == "quote"]
    at = next(i for i, q in enumerate(quotes) if q.start == hit.quote_span[0])
    return f"quote {at + 1 + steps} / {len(quotes)}"


async def test_brackets_typed_at_once_after_enter_step_from_the_first_hit(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        before = screen.article.id
        await _burst(pilot, "/peskov\n]")
        assert screen.search_bar.input.value == "peskov"
        assert screen.article.id != before  # the first result's article, not the old one
        assert _counter(app) == _after_first_hit(app, 1)


async def test_keys_wait_for_the_first_hits_article_to_load(tmp_path, monkeypatch):
    """The first result's article read from the index (not kept from a preview), slowly:
    the keys typed on act once it is shown, each in its turn."""
    load = Corpus.load

    def slow_load(self, article_id):
        time.sleep(0.3)
        return load(self, article_id)

    monkeypatch.setattr(Corpus, "load", slow_load)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        app.main_screen.forget_loaded()
        await _burst(pilot, "/peskov\n]]")
        assert _counter(app) == _after_first_hit(app, 2)


async def test_keys_wait_no_longer_than_the_hold_limit(tmp_path, monkeypatch):
    """A search that does not answer holds the keys typed on for HOLD_LIMIT only: then
    they act on the article shown."""
    monkeypatch.setattr(key_hold, "HOLD_LIMIT", 0.3)
    search = Corpus.search

    def slow_search(self, *args, **kwargs):
        time.sleep(3.0)
        return search(self, *args, **kwargs)

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        assert _counter(app) == "", _counter(app)  # no quote current yet
        monkeypatch.setattr(Corpus, "search", slow_search)
        _type_at_once(app, "/peskov\n]")
        for _ in range(20):
            await pilot.pause(0.05)
        assert screen.results is None  # still searching
        assert _counter(app).startswith("quote 1 /"), _counter(app)


async def test_backspace_typed_at_once_after_slash_deletes_in_its_turn(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        bar = app.main_screen.search_bar
        await _burst(pilot, "/abc\bd")
        assert bar.input.value == "abd"
        assert "Search abd" in pane_text(app, bar)


async def test_editing_keys_typed_at_once_in_the_open_bar_act_in_their_turn(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        bar = app.main_screen.search_bar
        await _burst(pilot, "/")
        await _burst(pilot, "abc\bd nato\x17peskov")
        assert bar.input.value == "abd peskov"
        assert "Search abd peskov" in pane_text(app, bar)
        await _burst(pilot, "\x1b\x1bf")  # out of search; the filter bar's input too
        await _burst(pilot, "xyz\b\bq")
        assert app.main_screen.filter_bar.input.value == "xq"
