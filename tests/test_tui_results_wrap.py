"""Every search result shows its whole snippet (ux20: the results list measured each
result's height before its scrollbar appeared, then wrapped it one column narrower, so
results lost their last line: on the BBC corpus "Do I blame myself for the third goal?
As a goalkeeper, I always blame" for "... I always blame myself.")."""

from __future__ import annotations

import pytest

from tests.tui_support import flat, make_app, pane_text, press, type_query, wait_ready


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_each_result_ends_on_screen(tmp_path, size):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await type_query(pilot, "ukraine")
        await press(pilot, "enter")
        results = app.main_screen.results_list
        assert results.option_count >= 10
        for index in range(results.option_count):
            if index:
                await press(pilot, "j")
            assert results.highlighted == index
            words = flat(results.get_option_at_index(index).prompt.plain).split()
            shown = pane_text(app, results, results.scrollable_content_region)
            assert " ".join(words[-3:]) in shown, (index, words[-6:])
