"""``n`` into a quotation lays the article out once (ux20): the quote made current, then
the hit it holds, then the hit stepped to each laid the body out, three layouts of the
article for one key; opening the next result article at its quote did the same. The
screen after each key is what it was when every change laid out at once."""

from __future__ import annotations

import contextlib

import warreader.tui.render as render
from warreader.tui.widgets.article_body import ArticleBody

from tests.tui_support import make_app, press, screen_text, settle, type_query, wait_ready


async def _walk(tmp_path, monkeypatch, name: str) -> list[tuple[str, int, str]]:
    """Search the seeds for "ukraine", leave the bar and press n 12 times: after each,
    the body's subtitle, the layouts the key made, and the whole screen."""
    laid: list[int] = []
    real = render.layout_article

    def counted(*args, **kwargs):
        laid.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "layout_article", counted)
    app = make_app(tmp_path / name / "ix")
    out = []
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await type_query(pilot, "ukraine")
        await press(pilot, "enter", "escape")
        body = app.main_screen.body
        for _ in range(12):
            laid.clear()
            await pilot.press("n")
            await settle(pilot)
            out.append((str(body.border_subtitle), len(laid), screen_text(app)))
    return out


async def test_n_into_a_quotation_lays_the_article_out_once(tmp_path, monkeypatch):
    steps = await _walk(tmp_path, monkeypatch, "now")
    subtitles = [subtitle for subtitle, _, _ in steps]
    assert "quote 1 / 16 · hit 2 / 8" in subtitles  # into a quotation, same article
    assert any(s.startswith("quote ") and s.endswith("hit 4 / 9") for s in subtitles)
    assert [layouts for _, layouts, _ in steps] == [1] * len(steps), subtitles
    # what every key showed is what it showed when each change laid the article out
    monkeypatch.setattr(ArticleBody, "one_layout", lambda self: contextlib.nullcontext())
    before = await _walk(tmp_path, monkeypatch, "before")
    assert max(layouts for _, layouts, _ in before) == 3  # the defect, reproduced
    for (subtitle, _, screen), (old_subtitle, _, old_screen) in zip(steps, before, strict=True):
        assert (subtitle, screen) == (old_subtitle, old_screen)
