"""`enter` on an unfinished query says what it lacks, as the README and the CLI do
(ux17: typing searches an open parenthesis or phrase as if finished, and enter kept those
results without a word, though the README says enter reports it). The hits as typed
stay listed; typing on clears the message."""

from __future__ import annotations

from tests.tui_support import flat, make_app, press, screen_text, settle, type_query, wait_ready

SIZE = (160, 45)


async def test_enter_on_an_open_parenthesis_says_what_is_missing(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await type_query(pilot, "speaker:(peskov OR")
        shown = flat(screen_text(app))
        assert "closing" not in shown and "5 results" in shown  # typing: no error yet
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(pilot)
        shown = flat(screen_text(app))
        assert "unbalanced '(': add the closing ')'" in shown
        assert "Dmitry Peskov" in shown  # the hits as typed stay
        await press(pilot, "slash")
        await type_query(pilot, ")")
        assert "closing" not in flat(screen_text(app))


async def test_enter_on_an_open_phrase_typed_fast_says_it_too(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await pilot.press(*'"false fla', "enter")  # before the debounce: enter searches
        await pilot.pause(0.5)
        await settle(pilot)
        shown = flat(screen_text(app))
        assert 'a phrase needs a closing "' in shown
        assert "results" in shown  # the pane lists the hits as typed, counted


async def test_enter_on_a_group_search_says_nothing_of_an_unknown_field(tmp_path):
    """revU3 #2: enter on any `group:` query said "unknown field 'group:'" under the
    results it had found (the check parsed the query with group: still in it)."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await type_query(pilot, "group:2")
        await pilot.press("enter")
        await pilot.pause(0.5)
        await settle(pilot)
        shown = flat(screen_text(app))
        assert "unknown field" not in shown, shown
        assert app.main_screen.results.total > 0
        await press(pilot, "slash")
        await type_query(pilot, " (war OR")  # what the rest lacks is still said
        await pilot.press("enter")
        await pilot.pause(0.5)
        await settle(pilot)
        shown = flat(screen_text(app))
        assert "unbalanced '(': add the closing ')'" in shown and "unknown field" not in shown
