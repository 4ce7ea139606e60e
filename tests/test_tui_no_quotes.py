"""An article without quotations says so: in the sidebar, under the body, and when a
quote key is pressed (a bell alone goes unheard in tmux or a muted terminal, and "press ]
to step to one" sent the reader to a key that finds nothing there)."""

from __future__ import annotations

from pathlib import Path

from tests.tui_support import (
    flat,
    make_app,
    notices,
    open_article,
    press,
    screen_text,
    wait_ready,
)

SIZE = (160, 45)


def _corpus(root: Path) -> Path:
    root.mkdir()
    (root / "calm.txt").write_text(
        "Harbour reopens after storm\n\nThe harbour reopened on Tuesday after a week of "
        "repairs to the sea wall.\n\nFerries will run a reduced timetable until the end "
        "of the month.\n", encoding="utf-8")
    (root / "loud.txt").write_text(
        "Mayor praises volunteers\n\n\"They worked through the night,\" Mayor Ada Quill "
        "said on Tuesday.\n\n\"We owe them a great deal,\" she added.\n", encoding="utf-8")
    return root


async def test_an_article_without_quotations_says_so(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path / "corpus")])
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "calm.txt")
        screen = app.main_screen
        assert screen.article.path.endswith("calm.txt")
        sidebar = screen.sidebar.content_region
        side = flat(" ".join(line[sidebar.x:sidebar.right]
                             for line in screen_text(app).splitlines()[sidebar.y:sidebar.bottom]))
        assert "This article has no quotations." in side
        assert "s: every speaker in the corpus" in side
        assert screen.body.border_subtitle == "no quotations"
        await press(pilot, "right_square_bracket")
        assert notices(app)[-1] == "This article has no quotations."
        await press(pilot, "right_curly_bracket")
        assert notices(app)[-1] == "This article has no quotations."
        for key in ("y", "m", "p"):  # not "press ] to step to one": ] finds none here
            await press(pilot, key)
            assert notices(app)[-1] == "This article has no quotations.", key


async def test_the_last_quote_says_so_and_y_points_to_the_key(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path / "corpus")])
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "loud.txt")
        screen = app.main_screen
        await press(pilot, "y")  # quotes here, none current: ] is the way
        assert notices(app)[-1] == "No current quote: press ] to step to one."
        sidebar = screen.sidebar.content_region
        side = " ".join(screen_text(app).splitlines()[sidebar.y:sidebar.bottom])
        assert "no quotations" not in side
        await press(pilot, "right_square_bracket", "right_square_bracket")
        assert screen.body.border_subtitle == "quote 2 / 2"
        await press(pilot, "right_square_bracket")
        assert notices(app)[-1] == "Last quote of this article."
        assert screen.body.border_subtitle == "quote 2 / 2"
        await press(pilot, "left_square_bracket", "left_square_bracket")
        assert notices(app)[-1] == "First quote of this article."
