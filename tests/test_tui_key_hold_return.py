"""Keys typed on after escape has closed the search wait for the article it returns to
(review: "/peskov", enter, "]", escape, "]", "y" at once: escape went back to the article
read before the search, which was loading, and "y" copied a quote of the result's article
being left; typed slowly, it copied quote 1 of the article returned to)."""

from __future__ import annotations

from warreader.tui.clipboard import format_citation

from tests.test_tui_key_hold_order import _slow_search
from tests.test_tui_search_burst import SIZE, _type_at_once
from tests.tui_support import make_app, press, settle, wait_ready


async def test_keys_after_escape_act_on_the_article_it_returns_to(tmp_path, monkeypatch):
    _slow_search(monkeypatch)  # the keys after enter are typed while its search runs
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        before = screen.article.id
        assert screen.body.current is None
        _type_at_once(app, "/peskov\n]\x1b]y")
        for _ in range(80):
            await pilot.pause(0.05)
            if app.last_copied:
                break
        await settle(pilot)
        assert not screen.searching and screen.article.id == before
        shown = screen.body.border_subtitle
        assert shown.startswith("quote 1 / "), shown  # "]" from the top: the first quote
        first = next(q for q in screen.quotes if q.kind == "quote")
        assert app.last_copied == format_citation(first, screen.article)


async def test_the_same_keys_typed_slowly_act_alike(tmp_path, monkeypatch):
    """One at a time, each settled: the same quote copied as at once."""
    _slow_search(monkeypatch)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        before = screen.article.id
        await press(pilot, "slash", *"peskov")
        await pilot.pause(0.5)
        await press(pilot, "enter")
        for _ in range(40):
            await pilot.pause(0.05)
            if screen.held_keys is None and screen.article.id != before:
                break
        await press(pilot, "right_square_bracket", "escape", "right_square_bracket", "y")
        for _ in range(20):
            await pilot.pause(0.05)
        first = next(q for q in screen.quotes if q.kind == "quote")
        assert screen.article.id == before
        assert app.last_copied == format_citation(first, screen.article)


async def test_keys_after_an_escape_that_opens_nothing_act_at_once(tmp_path):
    """Escape from the query to the results holds the keys behind it only until it has
    acted: "j" then moves in the results, with no key left held."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash", *"peskov")
        await pilot.pause(0.5)
        await settle(pilot)
        assert screen.results is not None and len(screen.results.hits) > 1
        _type_at_once(app, "\x1bj")
        for _ in range(10):
            await pilot.pause(0.05)
        await settle(pilot)
        assert screen.held_keys is None and screen.searching
        assert app.focused is screen.results_list
        assert screen.results_list.highlighted == 1


async def test_a_late_mark_of_a_batch_given_up_for_lost_releases_nothing(tmp_path,
                                                                         monkeypatch):
    """Review (by reading): after the 3 s fallback took every batch of retyped keys as
    through, the late KeysRetyped of one of them counted for the next batch, and the
    keys held behind that batch were typed again before its own keys were through."""
    from textual import events
    from warreader.tui.screens import key_hold

    sent: list[tuple] = []
    monkeypatch.setattr(key_hold, "_type_again", lambda app, keys, *rest: sent.append(rest))
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        screen._retype([("f11", None)])  # its keys and mark are lost (a dialog, say)
        screen.keys_retyped()  # the fallback: taken as through
        assert screen._behind is None
        screen._retype([("f11", None)])  # the next batch, on its way
        app.post_message(events.Key("f12", None))  # typed meanwhile: held behind it
        await pilot.pause(0.1)
        assert screen._behind == [("f12", None)]
        app.post_message(key_hold.KeysRetyped(*sent[0]))  # the first batch's mark, late
        await pilot.pause(0.1)
        assert screen._behind == [("f12", None)] and len(sent) == 2  # behind it still
        app.post_message(key_hold.KeysRetyped(*sent[1]))  # the second batch's own mark
        await pilot.pause(0.1)
        assert len(sent) == 3  # now "f12" is typed again
