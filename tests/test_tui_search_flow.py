"""Search as a new user meets it (issue 11): a query typed early, phrases, the quote
counter under n/N, results beyond the first page, escape back, n/N after closing."""

from __future__ import annotations

import re
import shutil

from tests.tui_support import (
    SEEDS,
    flat,
    hold_refresh,
    make_app,
    open_article,
    press,
    screen_text,
    settle,
    type_query,
    wait_ready,
)

SIZE = (160, 45)


def _search_line(app) -> str:
    return next(line for line in screen_text(app).splitlines() if " Search " in line)


async def test_a_query_typed_before_the_index_is_ready_runs_when_it_is(tmp_path, monkeypatch):
    gate = hold_refresh(monkeypatch)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        await pilot.press("slash")  # no settling: the index worker is held
        await pilot.pause(0.1)
        await pilot.press(*"Russia")
        await pilot.pause(0.5)
        assert "the search runs when it is ready" in _search_line(app)
        gate.set()
        await wait_ready(pilot)
        await settle(pilot)
        line = _search_line(app)
        assert re.search(r"\d+ results", line) and "ready" not in line
        assert app.main_screen.results_list.hits


async def test_a_phrase_is_highlighted_and_counted_as_a_phrase(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, '"false flag"')
        await press(pilot, "enter", "enter")  # to the results, open the first
        texts = [screen.article.paragraphs[p].text[a:b] for p, a, b in screen.hit_spans]
        assert texts and {t.lower().replace("-", " ") for t in texts} == {"false flag"}
        body = " ".join(p.text for p in screen.article.paragraphs)
        count = len(re.findall(r"false[\s-]+flag", body, re.IGNORECASE))
        assert f"hit 1 / {count}" in screen_text(app)


async def test_the_quote_counter_follows_n_and_N(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await open_article(pilot, "003")
        await press(pilot, "slash")
        await type_query(pilot, "Russia")
        await press(pilot, "escape", "2")
        seen_in_quote = seen_outside = 0
        for _ in range(len(screen.hit_spans)):
            await press(pilot, "n")
            order = [i for i, q in enumerate(screen.quotes) if q.kind == "quote"]
            para, start, _end = screen.hit_spans[screen.body.hit_index]
            holding = [i for i, q in enumerate(screen.quotes) if q.paragraph == para
                       and q.para_start <= start < q.para_end]
            subtitle = screen.body.border_subtitle
            assert "quote 0 /" not in subtitle
            if holding and screen.quotes[holding[0]].kind == "quote":
                seen_in_quote += 1
                assert screen.body.current == holding[0]
                assert f"quote {order.index(holding[0]) + 1} / {len(order)}" in subtitle
            elif not holding:
                seen_outside += 1
                assert screen.body.current is None and "quote " not in subtitle
        assert seen_in_quote and seen_outside  # both kinds of hit were stepped onto
        assert subtitle in screen_text(app)


async def test_results_say_how_many_matched_and_page_on(tmp_path):
    corpus = tmp_path / "corpus"
    for n in range(12):  # 60 articles, the seeds' names in every folder
        shutil.copytree(SEEDS, corpus / f"copy{n:02d}", ignore=shutil.ignore_patterns("*.md"))
    app = make_app(tmp_path / "ix", paths=[corpus])
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, "Russia")
        total = screen.results.total
        assert total > 100
        assert f"{total} results" in _search_line(app)
        assert f"50 of {total} results" in screen_text(app)
        await press(pilot, "enter", "G")  # the last result shown: the next page follows
        await settle(pilot)
        assert len(screen.results_list.hits) == 100
        assert f"100 of {total} results" in screen_text(app)
        # 60 files, 5 names: the folder tells them apart, in the list and the byline
        await press(pilot, "escape")
        shown = screen_text(app)
        assert re.search(r"copy\d\d/00\d_", shown)
        await press(pilot, "ctrl+p")
        await pilot.press(*"copy07/003")
        await pilot.pause(0.5)
        assert "copy07/003_" in screen_text(app)  # the palette names the folder too


async def test_escape_returns_to_the_article_and_quote_left(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "right_square_bracket")
        left, quote = screen.article.id, screen.body.current
        await press(pilot, "slash")
        await type_query(pilot, "speaker:kirby")  # only in 001: the preview leaves 003
        assert screen.article.id != left
        await press(pilot, "escape", "escape")
        assert not screen.searching
        assert screen.article.id == left and screen.body.current == quote
        assert "quote 2 / " in screen_text(app)
        # a result opened with enter is where the reader stays
        await press(pilot, "slash", "enter", "enter")
        opened = screen.article.id
        assert opened != left
        await press(pilot, "escape")
        assert not screen.searching and screen.article.id == opened


async def test_n_and_N_go_on_after_search_is_closed_and_say_first_hit(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, "Russia")
        await press(pilot, "enter", "enter", "escape")  # open the first result, close
        start = screen.body.hit_index
        assert not screen.searching and start is not None
        assert start + 1 < len(screen.hit_spans)
        await press(pilot, "n")
        assert screen.body.hit_index == start + 1
        assert f"hit {start + 2} / {len(screen.hit_spans)}" in screen_text(app)
        for _ in range(start + 1):
            await press(pilot, "N")
        assert screen.body.hit_index == 0  # the first hit of the first result article
        await press(pilot, "N")
        await pilot.pause(0.3)
        assert screen.body.hit_index == 0
        assert "First hit." in screen_text(app)


async def test_result_fragments_show_article_text_not_header_lines(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await type_query(pilot, "allies")
        shown = flat(screen_text(app))
        assert "Allies are Ready" in shown
        assert "March 31, 2023" not in shown and "Minnesota" not in shown
