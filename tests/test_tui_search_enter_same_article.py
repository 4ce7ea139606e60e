"""`enter` on a search whose first hit is in the article already shown makes that hit
current, as it does in any other article (ux27: the counter said "hit - / 1" and `n`
started from the quote before it; found when reopening went back to the article read,
so the first search often hit the article already open)."""

from __future__ import annotations

from tests.tui_support import open_article, press, press_and_wait, ready_reader, screen_text


async def test_enter_makes_the_first_hit_current_in_the_article_shown(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app = pilot.app
        await open_article(pilot, "003_")
        await press(pilot, "2", *["right_square_bracket"] * 10)
        screen = app.main_screen
        quote = screen.quotes[screen.body.current]
        assert quote.text.startswith("The president is continuing")  # seed 003, Peskov
        await press(pilot, "slash")
        await press_and_wait(pilot, *'speaker:peskov "entire world"', "enter", seconds=0.5)
        assert screen.article.id and screen.quotes[screen.body.current] == quote
        assert screen.body.hit_index == 0
        assert "quote 10 / 27 · hit 1 / 1" in screen_text(app)
