"""A filter that leaves no article says so in the list, whole: at 160 columns the list
read "No article matches the filter (escape c…", cut before its way out."""

from __future__ import annotations

import pytest

from tests.tui_support import make_app, pane_text, press, settle, wait_ready


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_an_empty_filtered_list_says_why_whole(tmp_path, size):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "f")
        await pilot.press(*"outlet:nowhere")
        while screen.filter_pending:
            await pilot.pause(0.05)
        await settle(pilot)
        assert len(screen.articles.view) == 0
        shown = pane_text(app, screen.articles, screen.articles.content_region)
        assert "No article matches the filter (escape clears it)." in shown
        assert "…" not in shown


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_a_misspelt_speaker_in_the_filter_gets_a_did_you_mean(tmp_path, size):
    """Review U6: the search box says "did you mean speaker:…" for a misspelt name; the
    article filter said only that no article matches. Bare words are title words: never
    swapped for a name."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        async def typed(text: str) -> str:
            bar = screen.filter_bar
            bar.input.value = ""
            await pilot.press(*text)
            while screen.filter_pending:
                await pilot.pause(0.05)
            await settle(pilot)
            await pilot.pause(0.2)
            await settle(pilot)
            line = screen.query_one("#filter-error")
            return str(line.render()) if line.has_class("-shown") else ""

        await press(pilot, "f")
        assert await typed("speaker:stoltenbrg") == \
            "did you mean speaker:stoltenberg, as in Jens Stoltenberg?"
        assert len(screen.articles.view) == 0
        assert await typed("stoltenbrg") == ""  # a title word: no name offered
        assert await typed("speaker:stoltenberg") == ""  # it keeps articles: no hint
        assert len(screen.articles.view) == 3
