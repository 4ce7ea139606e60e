"""Whether a query as typed searches anything yet ("pe", "speaker:" do not) is judged by
the search worker, not on the UI thread: a keystroke never waits on the parser."""

from __future__ import annotations

import threading

from warreader.tui.screens import searching

from tests.tui_support import make_app, pane_text, press, settle, type_query, wait_ready


async def test_the_typed_query_is_judged_off_the_ui_thread(tmp_path, monkeypatch):
    judged: list[tuple[str, bool]] = []  # (query, on the UI thread)
    judge = searching.nothing_typed_yet

    def recording(query: str) -> bool:
        judged.append((query, threading.current_thread() is threading.main_thread()))
        return judge(query)

    monkeypatch.setattr(searching, "nothing_typed_yet", recording)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, "speaker:")
        assert screen.search_bar.input.value == "speaker:"
        await press(pilot, "ctrl+u")
        await type_query(pilot, "peskov")
        assert screen.results_list.hits
    assert {"speaker:", "peskov"} <= {query for query, _ in judged}
    assert not [query for query, on_ui in judged if on_ui]


async def test_what_an_entered_query_lacks_is_judged_off_the_ui_thread(tmp_path, monkeypatch):
    """ux19: enter parsed the query on the UI thread to say what it lacks; the first
    parse imports the parser (~70 ms). The search worker judges it, and enter shows it,
    typed at once or after the results came."""
    judged: list[tuple[str, bool]] = []  # (query, on the UI thread)
    judge = searching._unfinished

    def recording(query: str) -> str | None:
        judged.append((query, threading.current_thread() is threading.main_thread()))
        return judge(query)

    monkeypatch.setattr(searching, "_unfinished", recording)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        bar = app.main_screen.search_bar
        await press(pilot, "slash")
        await pilot.press(*"peskov AND", "enter")  # at once: enter searches it
        await pilot.pause(0.5)
        await settle(pilot)
        assert "'AND' needs a word after it" in pane_text(app, bar)
        await press(pilot, "slash", "ctrl+u")
        await type_query(pilot, "speaker:(peskov OR")  # searched as typed; then enter
        assert "closing" not in pane_text(app, bar)
        await press(pilot, "enter")
        assert "unbalanced '(': add the closing ')'" in pane_text(app, bar)
    assert {"peskov AND", "speaker:(peskov OR"} <= {query for query, _ in judged}
    assert not [query for query, on_ui in judged if on_ui]
