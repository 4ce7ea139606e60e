"""Going back to a place (escape out of search, ctrl+o) shows the quote left there, even
when the last search has a hit further down that article (ux17: the body was scrolled
to that hit, the current quote off screen, while the counter said "quote 1 / 16")."""

from __future__ import annotations

from tests.tui_support import (
    flat,
    make_app,
    open_article,
    pane_text,
    press,
    screen_text,
    type_query,
    wait_ready,
)

SIZE = (160, 45)
QUOTE_1 = "Every indication we have is that they’re preparing"  # 000's first quote, ¶3
PESKOV = "We have consistently warned"  # 000's Peskov quote, far below it


def body_text(app) -> str:
    """What the article pane shows now, its lines joined."""
    return pane_text(app, app.main_screen.body)


async def test_escape_out_of_search_shows_the_quote_left_not_a_later_hit(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "000")
        await press(pilot, "right_square_bracket")
        assert QUOTE_1 in body_text(app)
        await press(pilot, "slash")
        await type_query(pilot, "speaker:peskov")
        await press(pilot, "escape", "escape")
        assert "quote 1 / 16 · hit - / 1" in flat(screen_text(app))  # on no hit
        assert QUOTE_1 in body_text(app) and PESKOV not in body_text(app)
        await press(pilot, "n")  # n goes on to the hit below the quote, and shows it
        assert PESKOV in body_text(app) and "hit 1 / 1" in flat(screen_text(app))


async def test_ctrl_o_back_shows_the_quote_left_not_a_later_hit(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "000")
        await press(pilot, "right_square_bracket")
        await press(pilot, "slash")
        await type_query(pilot, "speaker:peskov")
        await press(pilot, "enter", "enter")  # open the first result (not in 000)
        assert app.main_screen.article.id != "000" and QUOTE_1 not in body_text(app)
        await press(pilot, "escape", "ctrl+o")
        assert "quote 1 / 16" in flat(screen_text(app))
        assert QUOTE_1 in body_text(app) and PESKOV not in body_text(app)



async def _step_from_quote_8(tmp_path, key: str) -> tuple[int, int]:
    """(k, N) of "hit k / N" after going to 000's quote 8, searching "russia", leaving the
    search (no hit current) and pressing ``key``."""
    app = make_app(tmp_path / key / "ix")  # a reader of its own: not reopened where n left
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "000")
        await press(pilot, *["right_square_bracket"] * 8)
        assert "quote 8 / 16" in flat(screen_text(app))
        await press(pilot, "slash")
        await type_query(pilot, "russia")
        await press(pilot, "escape", "escape", key)
        k, n = flat(screen_text(app)).split("hit ", 1)[1].split()[0:3:2]
        return int(k), int(n)


async def test_n_and_shift_n_step_to_the_hits_either_side_of_the_quote_left(tmp_path):
    """With hits above and below the quote left, n goes to the first hit at or after it and
    N to the last before it: two adjacent hits, neither the first nor the last."""
    after, total = await _step_from_quote_8(tmp_path, "n")
    before, _ = await _step_from_quote_8(tmp_path, "N")
    assert 1 < after < total and after == before + 1
