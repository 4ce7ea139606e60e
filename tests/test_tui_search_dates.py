"""Date filters in the reader (issue 15): `date:2023` while typing and on enter."""

from __future__ import annotations

from tests.tui_support import flat, make_app, press, screen_text, type_query, wait_ready

SIZE = (160, 45)


async def test_a_year_a_month_and_a_trailing_date_search_while_typing_and_on_enter(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, "russia date:2023")
        typed = screen.results
        assert typed is not None and typed.query == "russia date:2023" and not typed.error
        assert typed.hits and typed.total >= len(typed.hits)
        assert "bad date" not in flat(screen_text(app))
        await press(pilot, "enter")  # submitted: the same results, focus on them
        assert screen.results.query == "russia date:2023"
        assert screen.results.total == typed.total
        assert app.focused is screen.results_list
        await press(pilot, "slash")
        await pilot.press(*["backspace"] * len("russia date:2023"))
        await type_query(pilot, "date:2023-01")  # a month, not the year without "01"
        month = screen.results
        assert month is not None and month.query == "date:2023-01" and month.hits
        year = app.main_screen.corpus.search("date:2023", limit=500)
        assert 0 < month.total < year.total
        await press(pilot, "enter")
        assert screen.results.total == month.total
        assert f"{month.total} result" in flat(screen_text(app))


async def test_a_date_search_that_finds_nothing_says_dates_come_from_dated_articles(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await type_query(pilot, "date:1999")  # the seeds are dated 2022-23: nothing
        await press(pilot, "enter")
        assert app.main_screen.results.total == 0
        assert "0 results · date: finds dated articles only" in flat(screen_text(app))
        await press(pilot, "slash")
        await pilot.press(*["backspace"] * len("date:1999"))
        await type_query(pilot, "zzzqqq")  # no date asked: the plain count
        await press(pilot, "enter")
        assert "dated articles only" not in flat(screen_text(app))
