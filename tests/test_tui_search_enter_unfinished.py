"""`enter` on an unfinished query says what it lacks, as the README and the CLI do
(ux17: typing searches an open parenthesis or phrase as if finished, and enter kept those
results without a word, though the README says enter reports it). The hits as typed
stay listed; typing on clears the message."""

from __future__ import annotations

from tests.tui_support import (
    enter_query,
    flat,
    press,
    press_and_wait,
    ready_reader,
    screen_text,
    search_for,
)


async def test_enter_on_an_open_parenthesis_says_what_is_missing(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app = pilot.app
        await search_for(pilot, "speaker:(peskov OR")
        shown = flat(screen_text(app))
        assert "closing" not in shown and "5 results" in shown  # typing: no error yet
        await press_and_wait(pilot, "enter")
        shown = flat(screen_text(app))
        assert "unbalanced '(': add the closing ')'" in shown
        assert "Dmitry Peskov" in shown  # the hits as typed stay
        await search_for(pilot, ")")
        assert "closing" not in flat(screen_text(app))


async def test_enter_on_an_open_phrase_typed_fast_says_it_too(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app = pilot.app
        await press(pilot, "slash")
        # before the debounce: enter searches
        await press_and_wait(pilot, *'"false fla', "enter", seconds=0.5)
        shown = flat(screen_text(app))
        assert 'a phrase needs a closing "' in shown
        assert "results" in shown  # the pane lists the hits as typed, counted


async def test_enter_on_a_group_search_says_nothing_of_an_unknown_field(tmp_path):
    """revU3 #2: enter on any `group:` query said "unknown field 'group:'" under the
    results it had found (the check parsed the query with group: still in it)."""
    async with ready_reader(tmp_path / "ix") as pilot:
        app = pilot.app
        await enter_query(pilot, "group:2", seconds=0.5)
        shown = flat(screen_text(app))
        assert "unknown field" not in shown, shown
        assert app.main_screen.results.total > 0
        await search_for(pilot, " (war OR")  # what the rest lacks is still said
        await press_and_wait(pilot, "enter", seconds=0.5)
        shown = flat(screen_text(app))
        assert "unbalanced '(': add the closing ')'" in shown and "unknown field" not in shown
