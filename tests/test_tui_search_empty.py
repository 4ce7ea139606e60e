"""A search that finds nothing says so in the results pane, with what to try: the pane
was left blank, "0 results" only in the bar's far corner."""

from __future__ import annotations

from tests.tui_support import pane_text, press, ready_reader, search_for, type_query


def _pane(app) -> str:
    results = app.main_screen.results_list
    return pane_text(app, results, results.content_region)


async def test_a_search_without_results_says_what_to_try(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await search_for(pilot, "zeppelinqx")
        assert screen.results_list.hits == []
        assert "No article or quote matches." in _pane(app)
        assert "The query syntax: escape, then ?." in _pane(app)
        await press(pilot, "enter")  # to the results: nothing to open, no error
        assert app.focused is screen.results_list
        await press(pilot, "down", "enter", "n")
        assert screen.results_list.highlighted_hit() is None
        # a blank query shows no hint, a query that finds something no hint either, nor
        # one that searches nothing yet (two letters, a phrase's or a field's first word
        # being typed: "0 results" while typing is no answer)
        await press(pilot, "slash")
        for typed in (" ", "pe", '"pesko', "speaker:", 'title:"ukrain'):
            await press(pilot, "ctrl+u")
            await type_query(pilot, typed)
            assert screen.search_bar.input.value == typed
            assert "No article or quote matches." not in _pane(app), typed
        await press(pilot, "ctrl+u")
        await type_query(pilot, "peskov")
        assert screen.results_list.hits
        assert "No article or quote matches." not in _pane(app)
