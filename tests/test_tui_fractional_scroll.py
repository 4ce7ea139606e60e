"""The sidebar and the article list show the lines Textual's scroll offset says they
show, when a scroll stops between two lines or its last frame changes no rounded
offset (the animated page scroll of a click on the scrollbar's track).

Textual rounds ``scroll_y`` (``scroll_offset``): it repaints a line view only when the
rounded offset changes, and ``refresh_lines`` marks the lines under the rounded offset.
The lists painted from ``int(scroll_y)``: at 11.4 after 10.6 nothing was repainted, the
pane kept the lines of offset 10 while a cursor move painted its two rows at offset 11,
and a speaker's name stood over a line of another row (ux22: the corpus sidebar once
showed a speaker over another's role).
"""

from __future__ import annotations

from warreader.index.quotes.speakers import SpeakerSummary
from warreader.tui.widgets.article_list import ArticleList

from tests.test_tui_list_paint import ListApp, _summaries
from tests.tui_support import make_app, press, screen_text, settle, wait_ready


def _shown(app, widget) -> list[str]:
    """The lines inside ``widget`` as the terminal shows them (its scrollbar cut off)."""
    region = widget.scrollable_content_region
    rows = screen_text(app).splitlines()[region.y:region.bottom]
    return [row[region.x:region.right].rstrip() for row in rows]


async def _repainted(pilot, widget) -> list[str]:
    """What ``widget`` shows once wholly painted again."""
    widget.refresh()
    await pilot.pause()
    return _shown(pilot.app, widget)


def _speakers() -> list[SpeakerSummary]:
    return [SpeakerSummary(f"Speaker {i:02}", f"role of {i:02}", [], 100 - i, [])
            for i in range(60)]


async def test_a_speaker_stays_over_its_own_role_after_a_scroll_between_lines(tmp_path):
    app = make_app(tmp_path / "index")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        sidebar = screen.sidebar
        await press(pilot, "s", "3")
        screen._show_speakers(_speakers())  # as the index's speakers arrive
        await settle(pilot)
        assert sidebar.select_id("s:Speaker 12")
        await settle(pilot)
        for y in (10.6, 11.4):  # a dragged scrollbar stops between lines
            sidebar.scroll_to(y=y, animate=False)
            await settle(pilot)
        assert sidebar.scroll_offset.y == 11
        await press(pilot, "j")  # the cursor's two rows are painted again
        shown = _shown(app, sidebar)
        for i, line in enumerate(shown[:-1]):
            if line.startswith("● Speaker "):
                number = line.split()[2]
                assert shown[i + 1].strip() == f"role of {number}", shown
        assert shown == await _repainted(pilot, sidebar)
        assert shown[0].strip() == "role of 05"  # line 11: the role under Speaker 05


async def test_the_article_list_shows_its_rows_at_the_rounded_offset():
    app = ListApp()
    async with app.run_test(size=(80, 24)) as pilot:
        articles = app.query_one(ArticleList)
        articles.set_summaries(_summaries())
        await pilot.pause()
        articles.move_to(6)
        await pilot.pause()
        for y in (4.6, 5.4):
            articles.scroll_to(y=y, animate=False)
            await pilot.pause()
        assert articles.scroll_offset.y == 5
        await pilot.press("down")
        await pilot.pause()
        shown = _shown(app, articles)
        assert shown == await _repainted(pilot, articles)
        title = articles.view[3].title  # line 5: row 2's second line, then row 3's title
        assert title not in shown[0] and title in shown[1]


async def test_a_click_on_the_sidebars_scrollbar_pages_down_to_whole_rows(tmp_path):
    """The page scroll a click on the scrollbar's track starts is animated: its frames
    stop between lines (39.96, 39.99, 40.0), and the last one changed no rounded
    offset, so the pane kept the frame drawn at 39.x: a role line on top, one line
    above the rows the cursor keys then paint."""
    app = make_app(tmp_path / "index")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        sidebar = screen.sidebar
        await press(pilot, "s", "3")
        screen._show_speakers(_speakers())
        await settle(pilot)
        bar = sidebar.vertical_scrollbar
        await pilot.click(offset=(bar.region.x, bar.region.bottom - 2))
        await pilot.wait_for_animation()
        await pilot.pause()
        assert sidebar.scroll_y == sidebar.scroll_offset.y > 0
        shown = _shown(app, sidebar)
        assert shown[0].startswith("● Speaker ")  # a row's first line at the top
        assert shown == await _repainted(pilot, sidebar)
