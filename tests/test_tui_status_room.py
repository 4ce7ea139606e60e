"""The ready line's wording is chosen for the room the line has now: a progress bar hidden
a moment before still narrowed the label's last laid-out region, so whether "Index
ready: " was kept depended on when the next layout came (the 60-column corpus snapshot
failed now and then on a loaded machine)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from warreader.tui.widgets.index_status import IndexStatus


class _Line(App):
    CSS = "#status-text { width: 1fr; } #progress { width: 20; }"

    def compose(self) -> ComposeResult:
        yield IndexStatus()


async def test_the_ready_line_is_chosen_for_the_room_without_the_hidden_bar():
    app = _Line()
    async with app.run_test(size=(60, 5)) as pilot:
        status = app.query_one(IndexStatus)
        status.progress(3, 5, "a.txt")
        await pilot.pause()
        await pilot.pause()
        assert status.query_one("#progress").display
        status.ready(5, 72, 0, [], 10)  # the bar hides; the label keeps its narrow region
        text = str(status.query_one("#status-text").render())
        assert text == "Index ready: 5 articles · 72 quotes · 10 quoted terms", text
