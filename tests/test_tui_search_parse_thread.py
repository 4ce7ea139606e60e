"""Whether a query as typed searches anything yet ("pe", "speaker:" do not) is judged by
the search worker, not on the UI thread: a keystroke never waits on the parser."""

from __future__ import annotations

import threading

from warreader.tui.screens import searching

from tests.tui_support import make_app, press, type_query, wait_ready


async def test_the_typed_query_is_judged_off_the_ui_thread(tmp_path, monkeypatch):
    judged: list[tuple[str, bool]] = []  # (query, on the UI thread)
    judge = searching._nothing_typed_yet

    def recording(query: str) -> bool:
        judged.append((query, threading.current_thread() is threading.main_thread()))
        return judge(query)

    monkeypatch.setattr(searching, "_nothing_typed_yet", recording)
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
