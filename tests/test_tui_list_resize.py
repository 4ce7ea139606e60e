"""A resize keeps the article list's cursor row on screen (ux29: the last BBC article
open at 160x45, then 80x24: the list showed rows far above the cursor, so the open
article was nowhere in it until a key moved the cursor). A row the reader scrolled away
from stays away."""

from __future__ import annotations

import shutil

from tests.tui_support import SEEDS, make_app, press, settle, wait_ready


def _corpus(tmp_path, count: int = 40):
    """``count`` copies of a seed, so the list is longer than a short pane."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    for n in range(count):
        shutil.copy(seed, corpus / f"{n:03d}.txt")
    return corpus


def _cursor_shown(articles) -> bool:
    top, height = articles.scroll_offset.y, articles.scrollable_content_region.height
    row = articles.cursor * articles.ROW_HEIGHT
    return top <= row and row + articles.ROW_HEIGHT <= top + height


async def test_the_cursor_row_stays_in_view_across_resizes(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path)])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "1", "G")
        articles = app.main_screen.articles
        assert articles.cursor == 39 and _cursor_shown(articles)
        for size in ((80, 24), (60, 16), (160, 45), (80, 24)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert _cursor_shown(articles), (size, articles.scroll_offset.y)


async def test_a_list_scrolled_away_from_the_cursor_is_left_there(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path)])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "1", "G")
        articles = app.main_screen.articles
        articles.scroll_to(y=0, animate=False)  # the wheel: the cursor's row out of view
        await settle(pilot)
        assert not _cursor_shown(articles)
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        assert articles.scroll_offset.y == 0
