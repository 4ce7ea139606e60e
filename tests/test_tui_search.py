"""Search in the reader: `/`, as-you-type results, enter on a quote, n/N, bad queries."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui_support import (
    flat,
    make_app,
    open_article,
    press,
    ready_reader,
    screen_text,
    search_for,
    type_query,
    wait_ready,
)


async def test_speaker_search_lands_on_peskov(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await press(pilot, "slash")
        assert isinstance(app.focused, Input)
        await type_query(pilot, "speaker:peskov")
        hits = screen.results_list.hits
        assert hits and all(h.kind == "quote" and h.speaker == "Dmitry Peskov" for h in hits)
        await press(pilot, "enter")  # submit: focus goes to the results
        assert app.focused is screen.results_list
        await press(pilot, "enter")  # open the first result
        assert app.focused is screen.body
        quote = screen.quotes[screen.body.current]
        assert quote.speaker == "Dmitry Peskov"
        assert quote.start == hits[0].quote_span[0]
        assert "hit " in screen.body.border_subtitle


async def test_n_and_N_step_through_hits(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await open_article(pilot, "003")
        await search_for(pilot, "Russia")
        await press(pilot, "escape")  # leave the input for the results
        assert not isinstance(app.focused, Input)
        assert screen.article is not None
        total = len(screen.hit_spans)
        assert total >= 2
        await press(pilot, "2")
        start = screen.body.hit_index
        await press(pilot, "n")
        expected = 0 if start is None else start + 1
        assert screen.body.hit_index == expected
        assert f"hit {expected + 1} / {total}" in screen.body.border_subtitle
        await press(pilot, "n", "N")
        assert screen.body.hit_index == expected


async def test_letters_type_into_the_input_and_escape_leaves(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        before = screen.sidebar.mode
        await search_for(pilot, "qsy]}n")
        assert app.is_running
        assert screen.search_bar.input.value == "qsy]}n"
        assert screen.sidebar.mode == before and app.last_copied is None
        await press(pilot, "escape")
        assert not isinstance(app.focused, Input)
        await press(pilot, "escape")  # escape again closes search mode
        assert not screen.searching and app.focused is screen.articles


@pytest.mark.parametrize("size", [(160, 45), (80, 24)], ids=["160x45", "80x24"])
async def test_a_search_error_is_shown_whole_in_the_users_words(tmp_path, size):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        await search_for(pilot, "date:notadate")
        shown = flat(screen_text(app))
        assert ("bad date 'notadate': use 2022, 2022-02 or 2022-02-24, or a range like "
                "date:[2022-02-01 to 2022-03-01]") in shown  # whole, wrapped if need be
        assert "notadate*" not in shown
        await pilot.press(*["backspace"] * len("notadate"))
        await type_query(pilot, "2022")  # a complete date is no error while typing
        assert "bad date" not in flat(screen_text(app)) and app.is_running


async def test_suggester_completes_fields_and_speakers(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app = pilot.app
        suggester = app.main_screen.search_bar.suggester
        assert await suggester.get_suggestion("spe") == "speaker:"
        assert await suggester.get_suggestion("nato speaker:pes") == "nato speaker:peskov"
        assert await suggester.get_suggestion("kind:q") == "kind:quote"


async def test_n_and_N_continue_into_the_next_result_article(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await search_for(pilot, "Russia")
        await press(pilot, "enter", "enter")  # submit, then open the first result
        order = list(dict.fromkeys(h.article_id for h in screen.results.hits))
        assert len(order) >= 2 and screen.article.id == order[0]
        first_total = len(screen.hit_spans)
        for _ in range(first_total - screen.body.hit_index - 1):
            await press(pilot, "n")
        assert screen.article.id == order[0] and screen.body.hit_index == first_total - 1
        await press(pilot, "n")  # past the last hit: on to the next article, first hit
        assert screen.article.id == order[1] and screen.body.hit_index == 0
        assert screen.results.hits[screen.results_list.highlighted].article_id == order[1]
        assert f"hit 1 / {len(screen.hit_spans)}" in screen.body.border_subtitle
        await press(pilot, "N")  # back before the first: the previous article, last hit
        assert screen.article.id == order[0] and screen.body.hit_index == first_total - 1
        assert app.focused is screen.body
