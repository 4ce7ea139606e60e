"""Date filters in the reader (issue 15): `date:2023` while typing and on enter."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.tui.cli import main
from warreader.tui.query_hints import UNDATED, UNNAMED

from tests.tui_support import (
    SEEDS,
    flat,
    make_app,
    pane_text,
    press,
    ready_reader,
    screen_text,
    search_for,
    type_query,
    wait_ready,
)


async def test_a_year_a_month_and_a_trailing_date_search_while_typing_and_on_enter(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await search_for(pilot, "russia date:2023")
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


async def test_a_date_search_that_finds_nothing_in_a_dated_corpus_gives_no_hint(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app = pilot.app
        await press(pilot, "slash")
        await type_query(pilot, "date:1999")  # the seeds are dated 2022-23: nothing
        await press(pilot, "enter")
        assert app.main_screen.results.total == 0
        shown = flat(screen_text(app))
        assert "0 results" in shown and "has a date" not in shown  # ux19: it said
        # "date: finds dated articles only" of a corpus whose articles are all dated


def _undated(root: Path) -> Path:
    """A corpus of two articles without a date line (as the BBC's)."""
    root.mkdir()
    for name, city in (("001.txt", "Leeds"), ("002.txt", "Hull")):
        (root / name).write_text(
            f"Buses return to {city}\n\n\u201cEvery route is running again,\u201d "
            f"transport chief Ann Example said on Monday.\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_a_date_search_in_a_corpus_without_dates_says_why_in_a_hint(tmp_path, size):
    app = make_app(tmp_path / "ix", [_undated(tmp_path / "corpus")])
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        bar = app.main_screen.search_bar
        await search_for(pilot, "date:2022")
        await press(pilot, "enter")
        assert app.main_screen.results.total == 0
        assert "0 results" in pane_text(app, bar)
        assert f"{UNDATED}" in pane_text(app, bar)  # whole, on a line of its own
        hint = bar.query_one("#search-error")
        assert hint.has_class("-hint")  # the warning colour, not the error's
        assert hint.styles.color.hex == app.get_css_variables()["text-warning"].upper()
        await press(pilot, "slash", "ctrl+u")
        await type_query(pilot, "zzzqqq")  # no date asked: the plain count, no hint
        assert UNDATED not in pane_text(app, bar) and not hint.has_class("-shown")


def test_the_cli_says_why_a_date_search_finds_nothing_without_dates(tmp_path, capsys,
                                                                   monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    corpus = _undated(tmp_path / "corpus")
    assert main(["search", "date:2022", str(corpus), "--index-dir",
                 str(tmp_path / "ix")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"no hits for 'date:2022' ({UNDATED})" in out, out


async def test_an_outlet_or_author_search_in_a_corpus_naming_none_says_why(tmp_path):
    """As for date: (the BBC corpus names no outlet nor author: "outlet:bbc" said only
    "try fewer words"); a corpus that names them says nothing more (the seeds)."""
    app = make_app(tmp_path / "ix", [_undated(tmp_path / "corpus")])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        bar = app.main_screen.search_bar
        await search_for(pilot, "outlet:bbc")
        await press(pilot, "enter")
        assert app.main_screen.results.total == 0
        assert UNNAMED.format(field="outlet") in flat(pane_text(app, bar))
        await press(pilot, "slash", "ctrl+u")
        await search_for(pilot, "buses author:smith")
        await press(pilot, "enter")
        assert UNNAMED.format(field="author") in flat(pane_text(app, bar))


def test_the_cli_says_why_an_outlet_search_finds_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    corpus = _undated(tmp_path / "corpus")
    assert main(["search", "outlet:bbc", str(corpus), "--index-dir",
                 str(tmp_path / "ix")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"no hits for 'outlet:bbc' ({UNNAMED.format(field='outlet')})" in out, out
    assert main(["search", "outlet:nowhere", str(SEEDS), "--index-dir",
                 str(tmp_path / "ix2")]) == 0  # the seeds name their outlets
    out = " ".join(capsys.readouterr().out.split())
    assert out == "no hits for 'outlet:nowhere'", out


async def test_whether_the_corpus_has_dates_is_searched_once(tmp_path, monkeypatch):
    """Review mend: every keystroke of a date: query that found nothing searched the
    whole corpus again for a dated article (under the corpus lock); now once."""
    from warreader.index.corpus import Corpus
    from warreader.tui.query_hints import EVERY_DATE

    searched: list[str] = []
    search = Corpus.search

    def counted(self, query, *args, **kwargs):
        searched.append(query)
        return search(self, query, *args, **kwargs)

    monkeypatch.setattr(Corpus, "search", counted)
    async with ready_reader(tmp_path / "ix", [_undated(tmp_path / "corpus")]) as pilot:
        app = pilot.app
        bar = app.main_screen.search_bar
        await press(pilot, "slash")
        for query in ("date:2022", "date:2021", "date:2020"):  # each finds nothing
            await press(pilot, "ctrl+u")
            await type_query(pilot, query)
            assert UNDATED in pane_text(app, bar)
        await press(pilot, "enter")
        assert UNDATED in pane_text(app, bar)
        assert searched.count(EVERY_DATE) == 1, searched
