"""`enter` on a search whose first hit is in the article already shown makes that hit
current, as it does in any other article (ux27: the counter said "hit - / 1" and `n`
started from the quote before it; found when reopening went back to the article read,
so the first search often hit the article already open)."""

from __future__ import annotations

from tests.tui_support import make_app, open_article, press, screen_text, settle, wait_ready

SIZE = (160, 45)


async def test_enter_makes_the_first_hit_current_in_the_article_shown(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003_")
        await press(pilot, "2", *["right_square_bracket"] * 10)
        screen = app.main_screen
        quote = screen.quotes[screen.body.current]
        assert quote.text.startswith("The president is continuing")  # seed 003, Peskov
        await press(pilot, "slash")
        await pilot.press(*'speaker:peskov "entire world"', "enter")
        await pilot.pause(0.5)
        await settle(pilot)
        assert screen.article.id and screen.quotes[screen.body.current] == quote
        assert screen.body.hit_index == 0
        assert "quote 10 / 27 · hit 1 / 1" in screen_text(app)
