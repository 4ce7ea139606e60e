"""A resize keeps the current quote in view (ux20: stepped to a quote at 160 columns,
then at 80 the article was laid out again with the same lines scrolled off, and the
quote was below the pane: "quote 13 / 27" under a page that did not show it)."""

from __future__ import annotations

from tests.tui_support import (
    flat,
    make_app,
    open_article,
    pane_text,
    press,
    screen_text,
    settle,
    wait_ready,
)


async def _twelfth_quote_through(tmp_path, sizes, subtitle: bool = False) -> None:
    """Open 003 at 160x45, step to its twelfth quote, then resize to each of ``sizes``:
    the quote's first words stay in the body's view (and, with ``subtitle``, the
    subtitle still counts it)."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, *["right_square_bracket"] * 12)
        body = app.main_screen.body
        quote = body.quotes[body.current]
        words = " ".join(flat(quote.text).split()[:4])
        assert words in pane_text(app, body, body.scrollable_content_region)
        for size in sizes:
            await pilot.resize_terminal(*size)
            await settle(pilot)
            shown = pane_text(app, body, body.scrollable_content_region)
            assert words in shown, (size, words, shown[:200])
            if subtitle:
                assert "quote 12 / 27" in screen_text(app)


async def test_the_current_quote_stays_on_screen_across_resizes(tmp_path):
    await _twelfth_quote_through(tmp_path, [(80, 24), (160, 45), (60, 24), (200, 50), (120, 40)])


async def test_a_page_scrolled_away_from_the_quote_keeps_its_place(tmp_path):
    """Scrolled with the keys, away from any quote: the same share of the article stays
    above the view, never back to the quote."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "2", "pagedown", "pagedown")
        body = app.main_screen.body
        share = body.scroll_y / len(body._lines)
        assert body.current is None and share > 0.2
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert abs(body.scroll_y / len(body._lines) - share) < 0.03


async def test_a_height_only_resize_keeps_the_current_quote_on_screen(tmp_path):
    """Review: only the height changed (160x45 to 160x20), so nothing was laid out again
    and the view kept its top: the quote at line 101 was below rows 81-95 while the
    subtitle said "quote 12 / 27"."""
    await _twelfth_quote_through(tmp_path, [(160, 20), (160, 45), (160, 12)], subtitle=True)


async def test_no_current_quote_inside_one_layout_forgets_the_quote_aimed_at(tmp_path):
    """Review: set_current(None) inside one_layout() kept an earlier quote's aim, so the
    view was scrolled to a quote no longer current."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        body = app.main_screen.body
        last = max(body._layout.quote_lines, key=body._layout.quote_lines.get)
        with body.one_layout():
            body.set_current(last)
            body.set_current(None)
        await settle(pilot)
        assert body.scroll_y == 0 and body.current is None
