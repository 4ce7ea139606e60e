"""A key that arrives at the moment held keys are released acts after them (ux20).

The keys typed between enter in the search bar and its results are held, then typed
again once the first result's article is shown. A key the terminal sent meanwhile,
already waiting in the app's queue when they are released, acted before them: "]" held,
"y" arriving then copied the quote "]" had not yet stepped from."""

from __future__ import annotations

import time

from textual import events
from warreader.index.corpus import Corpus
from warreader.tui.clipboard import format_citation
from warreader.tui.screens.key_hold import KeyHoldMixin

from tests.test_tui_search_burst import SIZE, _type_at_once
from tests.tui_support import make_app, settle, wait_ready


def _slow_search(monkeypatch) -> None:
    """Searches take 0.3 s, so keys typed after enter arrive while they run."""
    search = Corpus.search

    def slow_search(self, *args, **kwargs):
        time.sleep(0.3)
        return search(self, *args, **kwargs)

    monkeypatch.setattr(Corpus, "search", slow_search)


async def test_a_key_arriving_as_held_keys_are_released_acts_after_them(tmp_path,
                                                                        monkeypatch):
    real_release = KeyHoldMixin.release_keys
    arrived: list[str] = []

    def release_as_a_key_arrives(screen) -> None:
        if screen.held_keys and not arrived:  # the terminal sends "y" just now
            arrived.append("y")
            key = events.Key("y", "y")
            key.set_sender(screen.app)  # as the terminal's keys: they bubble up to the app
            screen.app.post_message(key)
        real_release(screen)

    monkeypatch.setattr(KeyHoldMixin, "release_keys", release_as_a_key_arrives)
    _slow_search(monkeypatch)  # the "]" is typed while enter's search runs
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        _type_at_once(app, "/peskov\n]")
        for _ in range(60):
            await pilot.pause(0.05)
        await settle(pilot)
        assert arrived == ["y"]  # the keys were held, and released
        current = screen.body.current
        assert current is not None and screen.body.border_subtitle.startswith("quote ")
        copied = app.last_copied or ""
        # "y" copied the quote "]" stepped to, not the one it stepped from
        assert copied == format_citation(screen.quotes[current], screen.article), current


async def test_keys_after_a_retyped_key_that_opens_a_dialog_are_not_held(tmp_path,
                                                                         monkeypatch):
    """A held "?" typed again opens the help over the screen (the mark sent after the
    retyped keys may reach the help, not the screen): nothing stays held behind it, and
    the keys typed once the help is closed act."""
    real_release = KeyHoldMixin.release_keys
    held: list[list[tuple[str, str | None]]] = []

    def recording_release(screen) -> None:
        held.append(list(screen.held_keys or []))  # what was held, as it is released
        real_release(screen)

    # Recorded at the release, not polled: under load a poll every 0.05 s may take longer
    # than the whole 0.3 s hold, and the test saw nothing held (CI at load 10).
    monkeypatch.setattr(KeyHoldMixin, "release_keys", recording_release)
    _slow_search(monkeypatch)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        _type_at_once(app, "/peskov\n")
        app.post_message(events.Key("question_mark", "?"))
        for _ in range(60):
            await pilot.pause(0.05)
            if app.screen is not screen:
                break
        assert [("question_mark", "?")] in held  # held for enter's results, then typed again
        await settle(pilot)
        assert app.screen is not screen  # the help, opened by the retyped "?"
        await pilot.pause(0.2)
        assert screen.held_keys is None and screen._behind is None
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        before = screen.body.current
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.body.current is not None and screen.body.current != before
