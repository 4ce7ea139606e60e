"""Below 100 columns the sidebar is off screen, so the article's bottom border names
the current quote's speaker (ux29: at 80x24 `]` stepped to a quote and nothing on
screen said who spoke it, the one thing the reader is for; the help's "its speaker
opens in the sidebar" pointed at a pane that was not there)."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from warreader.tui.widgets.article_body import body_subtitle

from tests.tui_support import make_app, open_article, press, screen_text, wait_ready


def _bottom_border(app) -> str:
    body = app.main_screen.body
    return screen_text(app).splitlines()[body.region.bottom - 1]


async def test_the_body_names_the_speaker_while_the_sidebar_is_off_screen(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "right_square_bracket")
        body = app.main_screen.body
        speaker = body.quotes[body.current].speaker
        assert speaker == "Antony Blinken"
        assert "quote 2 / 27 · Antony Blinken" in _bottom_border(app)
        await press(pilot, "3")  # the sidebar beside the body names them: once is enough
        assert app.main_screen.sidebar.display
        assert "quote 2 / 27 ─" in _bottom_border(app)
        assert "Antony Blinken" not in _bottom_border(app)
        await press(pilot, "1")
        assert "quote 2 / 27 · Antony Blinken" in _bottom_border(app)


async def test_a_resize_across_100_columns_names_them_or_not(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "right_square_bracket")
        assert "Antony Blinken" not in _bottom_border(app)  # the sidebar shows them
        await pilot.resize_terminal(60, 24)
        await pilot.pause(0.2)
        line = _bottom_border(app)
        assert "quote 2 / 27 · Antony Blinken ─╯" in line, line  # the whole name: it fits
        await pilot.resize_terminal(120, 40)
        await pilot.pause(0.2)
        assert "Antony" not in _bottom_border(app)


def test_the_name_is_cut_to_fit():
    quotes = [SimpleNamespace(kind="quote", speaker="[bold]Ann[/bold] Pike-Smithson"),
              SimpleNamespace(kind="term", speaker=None),
              SimpleNamespace(kind="quote", speaker=None)]
    assert body_subtitle(quotes, 0, [], None, True, 60) == \
        "quote 1 / 2 · [bold]Ann[/bold] Pike-Smithson"
    cut = body_subtitle(quotes, 0, [], None, True, 30)
    assert cut == "quote 1 / 2 · [bold]Ann[/bold…" and len(cut) == 30
    assert body_subtitle(quotes, 0, [], None, True, 16) == "quote 1 / 2"  # no room
    assert body_subtitle(quotes, 1, [], None, True, 60) == "term · 2 quotes"
    assert body_subtitle(quotes, 2, [], None, True, 60) == "quote 2 / 2 · (unattributed)"
    assert body_subtitle(quotes, 0, [], None, True) == "quote 1 / 2"  # wide: the sidebar's


async def test_a_name_in_brackets_is_shown_as_written(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket")
        body = app.main_screen.body
        body.quotes[body.current] = replace(body.quotes[body.current], speaker="[b]Ann[/b]")
        body.set_current(body.current)
        await pilot.pause(0.1)
        assert "quote 1 / 27 · [b]Ann[/b] ─" in _bottom_border(app)
