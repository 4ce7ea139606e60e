"""Quitting and reopening a corpus goes back to the article and quote the reader was at
(ux27: the reader reopened on the first article of the list every time, so a reporter
working through the BBC's 1,808 articles had to find their place again). The place is
kept per corpus in ``state.json``; an article gone since, or a damaged entry, opens the
list's first article as before."""

from __future__ import annotations

import json
import shutil

from tests.tui_support import (
    SEEDS,
    article_id_of,
    flat,
    make_app,
    open_article,
    press,
    ready_reader,
    screen_text,
)


async def _quit_at_a_quote(tmp_path, corpus) -> tuple[str, int, str]:
    """Open seed 003, step to its fourth quote, quit: (article id, quote start, words)."""
    async with ready_reader(tmp_path / "ix", [corpus]) as pilot:
        app = pilot.app
        await open_article(pilot, "003_")
        await press(pilot, "2", *["right_square_bracket"] * 4)
        screen = app.main_screen
        quote = screen.quotes[screen.body.current]
        place = (article_id_of(app, "003_"), quote.start, quote.text)
        assert screen.article.id == place[0]
    return place


async def test_reopening_goes_back_to_the_article_and_quote_left(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    article, start, words = await _quit_at_a_quote(tmp_path, corpus)
    async with ready_reader(tmp_path / "ix", [corpus]) as pilot:
        screen = pilot.app.main_screen
        assert screen.article is not None and screen.article.id == article
        assert screen.articles.highlighted_id == article  # the list's cursor is on it too
        assert screen.body.current is not None
        assert screen.quotes[screen.body.current].start == start
        assert screen.quotes[screen.body.current].text == words


async def test_an_article_gone_since_opens_the_first_one(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    article, _start, _words = await _quit_at_a_quote(tmp_path, corpus)
    next(corpus.glob("003_*")).unlink()
    async with ready_reader(tmp_path / "ix", [corpus]) as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        assert screen.article is not None and screen.article.id != article
        assert screen.articles.highlighted_id == screen.article.id
        assert "Cannot open" not in flat(screen_text(app))


async def test_a_damaged_place_is_ignored(tmp_path):
    state = tmp_path / "user-files" / "state.json"
    state.parent.mkdir()
    app = make_app(tmp_path / "ix")
    state.write_text(json.dumps({"places": {app.corpus_key: {"article": 7, "quote": "x"}}}),
                     encoding="utf-8")
    async with ready_reader(tmp_path / "ix") as pilot:
        app = pilot.app
        assert app.main_screen.article is not None  # the list's first article, as before
