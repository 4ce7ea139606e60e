"""The palette (ctrl+p) says what typing in it finds: its empty input read "Search for
commands…", and the list it opens with shows commands only, while it is the way to go
to an article or a speaker by name."""

from __future__ import annotations

from textual.command import CommandInput, CommandPalette

from tests.tui_support import make_app, press, screen_text, wait_ready


async def test_the_empty_palette_names_articles_and_speakers(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        shown = screen_text(app)
        assert "Type an article's title or file name, a speaker, or a command…" in shown
        assert app.screen.query_one(CommandInput).placeholder.startswith("Type an article's")
        await press(pilot, "escape")
        assert app.screen is app.main_screen


async def _listed(pilot) -> list[str]:
    """The titles the open palette lists, top first (each option's first line)."""
    from textual.command import CommandList

    await pilot.pause(0.5)
    listed = pilot.app.screen.query_one(CommandList)
    return [str(listed.get_option_at_index(i).prompt).split("\n")[0]
            for i in range(listed.option_count)]


async def test_the_palette_opens_on_the_readers_actions_then_textuals(tmp_path):
    """ux25: the palette opened on Textual's Keys, Maximize, Quit, Screenshot, Theme as
    often as not (two providers raced), and of the reader's only reindex, rebuild, help
    and the sidebar; search, stepping, marks and export were not listed at all."""
    app = make_app(tmp_path / "ix", keys={"next-quote": "z"})
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "ctrl+p")
        titles = await _listed(pilot)
        assert titles[:4] == ["Search articles and quotes", "Next quote in this article",
                              "Next speaker of this article",
                              "Speakers: this article's / every speaker in the corpus"]
        for title in ("Marked quotes: every quote marked with m",
                      "Export quotes: Markdown, CSV, JSON Lines, citations",
                      "Mark or unmark the current quote", "Help: keys and query syntax"):
            assert titles.index(title) < titles.index("Theme")
        assert {"Theme", "Quit", "Screenshot"} <= set(titles[-5:])
        shown = screen_text(app)
        assert "key /" in shown and "key z" in shown  # each with its key, as remapped
        await press(pilot, "enter")  # the first: search, its input focused to type in
        assert app.main_screen.searching and app.focused is app.main_screen.search_bar.input


async def test_a_typed_action_name_runs_it(tmp_path):
    from tests.tui_support import open_article

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        assert app.main_screen.body.current is None
        await press(pilot, "ctrl+p")
        await pilot.press(*"next quote")
        assert (await _listed(pilot))[0] == "Next quote in this article"
        await press(pilot, "enter")
        assert app.main_screen.body.current == 0


async def test_a_typed_letter_lists_only_the_best_articles_and_speakers(tmp_path, monkeypatch):
    """revU3 #3: one letter matched ~900 articles and speakers on bbc/tech, and the
    palette's rebuild of so long a list held each keystroke 60-120 ms. The best
    PLACES_LISTED are listed (here 3, for the five seed articles and their speakers);
    every action that matches still is, and a name typed in full still comes first."""
    from warreader.tui import palette

    monkeypatch.setattr(palette, "PLACES_LISTED", 3, raising=False)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "ctrl+p")
        await pilot.press("e")
        titles = await _listed(pilot)
        places = [t for t in titles if t.startswith("Go to ")]
        assert len(places) == 3, titles
        assert "Search articles and quotes" in titles
        await pilot.press(*"skov")  # "eskov": Dmitry Peskov
        titles = await _listed(pilot)
        assert titles[0] == "Go to speaker: Dmitry Peskov", titles


async def test_the_marked_title_names_the_mark_key_as_remapped(tmp_path):
    """revU3 #7: the title said "marked with m" with `m` remapped to another key."""
    app = make_app(tmp_path / "ix", keys={"toggle-mark": "z"})
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "ctrl+p")
        titles = await _listed(pilot)
        assert "Marked quotes: every quote marked with z" in titles, titles
