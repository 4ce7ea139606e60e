"""The article list's filter bar (f), its chips and count, escape, and the paged list,
driven by keys on the seed articles."""

from __future__ import annotations

from pathlib import Path

from warreader.index.search.article_view import PAGES_KEPT, ArticleView

from tests.tui_support import make_app, press, screen_text, settle, wait_ready

SIZE = (160, 45)


def _listed(app) -> list[str]:
    return [Path(s.path).name[:3] for s in app.main_screen.articles.rows]


async def _type(pilot, text: str) -> None:
    """Type ``text`` into the focused input and wait until the filter applied."""
    await pilot.press(*text)
    screen = pilot.app.main_screen
    while screen.filter_pending:
        await pilot.pause(0.05)
    await settle(pilot)


async def test_f_filters_the_list_and_escape_clears_it(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        assert isinstance(s.articles.view, ArticleView)  # read from the stored data
        await press(pilot, "f")
        assert app.focused is s.filter_bar.input
        await _type(pilot, "outlet:stars")
        assert _listed(app) == ["003"]
        text = screen_text(app)
        assert "outlet:stars" in text and "1 of 5 · by date" in text  # chip and count
        await press(pilot, "escape")
        assert _listed(app) == ["000", "004", "001", "002", "003"]
        assert not s.filter_bar.display and app.focused is s.articles
        assert "5 · by date" in screen_text(app) and "outlet:stars" not in screen_text(app)


async def test_enter_keeps_the_filter_and_escape_in_the_list_clears_it(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        await press(pilot, "2", "f")  # from any pane
        await pilot.press(*"date:2023 ukraine")
        await press(pilot, "enter")  # applied at once, no wait for the debounce
        assert _listed(app) == ["000", "004"]
        assert app.focused is s.articles and not s.filter_bar.display
        assert "date:2023" in screen_text(app) and "2 of 5" in screen_text(app)
        assert s.article.id == s.articles.highlighted_id  # the list previews what it keeps
        await press(pilot, "o")  # the order changes, the filter stays
        assert "2 of 5 · by title" in screen_text(app)
        await press(pilot, "f")  # the bar opens on the filter in use
        assert s.filter_bar.input.value == "date:2023 ukraine"
        await press(pilot, "enter", "escape")
        assert len(_listed(app)) == 5 and "2 of 5" not in screen_text(app)
        assert "5 · by title" in screen_text(app)


async def test_a_filter_that_cannot_be_read_says_why_and_keeps_the_list(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        await press(pilot, "f")
        await _type(pilot, "speaker:peskov")
        kept = _listed(app)
        assert 0 < len(kept) < 5
        await _type(pilot, " date:2023-1x")
        assert "bad date '2023-1x'" in screen_text(app)
        assert _listed(app) == kept
        await press(pilot, "enter")  # not read: the bar stays open
        assert app.focused is s.filter_bar.input
        await pilot.press("backspace", "backspace")
        await _type(pilot, "")  # "date:2023-" is a date being typed: 2023
        assert "bad date" not in screen_text(app)
        assert _listed(app) == [n for n in kept if n in ("000", "004")]


async def test_an_impossible_date_says_so_instead_of_listing_nothing(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "f")
        await _type(pilot, "date:2023-13")
        assert "bad date '2023-13': there is no month 13" in screen_text(app)
        assert len(_listed(app)) == 5  # the list as it was, not "0 of 5"
        await pilot.press("backspace", "backspace")
        await _type(pilot, "03")
        assert "bad date" not in screen_text(app)
        assert _listed(app) == ["000"]


async def test_the_list_holds_pages_not_every_article(tmp_path, monkeypatch):
    from warreader.index.search import article_view

    monkeypatch.setattr(article_view, "PAGE", 2)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        await press(pilot, "G")
        assert s.articles.cursor == 4 and s.article.id == s.articles.highlighted_id
        await press(pilot, "g")
        assert s.articles.cursor == 0 and s.article.id == s.articles.highlighted_id
        assert 0 < len(s.articles.view._pages) <= PAGES_KEPT
        assert len(s.articles.view.keys) == 5


def test_the_filter_keys_are_remappable_and_checked_for_clashes():
    from warreader.tui.keymap import BINDING_IDS, check_keymap

    assert {"filter-articles", "clear-filter", "sort-articles"} <= set(BINDING_IDS)
    assert check_keymap({"clear-filter": "ctrl+l"}) is None
    assert "both clear-filter and down" in check_keymap({"clear-filter": "j"})
