"""The star of a marked quote is yellow and bold, and only the star (ux17: inserting it
gave the whole paragraph its style, so the narration around the quotes turned bold
yellow, as if quoted, once a quote in it was marked)."""

from __future__ import annotations

import pytest
from rich.style import Style

from tests.tui_support import make_app, open_article, press, wait_ready

SIZE = (160, 45)
NARRATION = "Secretary"  # "…pullback,” Secretary of State Antony Blinken told ABC News."


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Marks go to a folder of the test's own, never the user's."""
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))


def _styles_on_screen(app, word: str) -> list[Style]:
    """The style of every cell run on screen (in the article pane) that shows ``word``."""
    body = app.main_screen.body.region
    found = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        if not body.y <= y < body.bottom:
            continue
        x = 0
        for segment in strip:
            if word in segment.text and body.x <= x < body.right:
                found.append(segment.style or Style.null())
            x += segment.cell_length
    return found


async def test_marking_a_quote_styles_the_star_alone(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "right_square_bracket")  # ¶3's second
        before = _styles_on_screen(app, NARRATION)
        assert before and not any(s.bold for s in before)
        await press(pilot, "m")
        stars = _styles_on_screen(app, "★")
        assert stars and all(s.bold for s in stars)
        after = _styles_on_screen(app, NARRATION)
        assert [(s.bold, s.color) for s in after] == [(s.bold, s.color) for s in before]
