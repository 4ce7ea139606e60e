"""The article list and the sidebar keep the rows they painted, and never show a stale
one; a key is answered with the garbage collector paused until its paint (issue 11,
item 11)."""

from __future__ import annotations

import gc
from bisect import bisect_right

from rich.color import Color
from rich.style import Style
from textual.app import App, ComposeResult
from warreader.index.search.summary import ArticleSummary
from warreader.tui.app import WarReaderApp
from warreader.tui.colours import colour_for
from warreader.tui.widgets.article_list import ArticleList

from tests.tui_support import make_app, open_article, press, settle, wait_ready

ROWS = 300


def _summaries(quotes: int = 1) -> list[ArticleSummary]:
    return [ArticleSummary(f"id{i:03}", f"/corpus/a{i:03}.txt", f"Title {i:03}",
                           f"2022-03-{1 + i % 28:02}", None, "BBC", quotes)
            for i in range(ROWS)]


class ListApp(App[None]):
    """The article list alone, on summaries not stored (a MemoryView)."""

    CSS = "#articles > .row-list--cursor { background: red; }"

    def compose(self) -> ComposeResult:
        yield ArticleList(id="articles")

    def on_mount(self) -> None:
        self.query_one(ArticleList).focus()


async def _listed(pilot, quotes: int = 1) -> ArticleList:
    """The app's list, showing :data:`ROWS` articles of ``quotes`` quotes each."""
    articles = pilot.app.query_one(ArticleList)
    articles.set_summaries(_summaries(quotes))
    await pilot.pause()
    return articles


def _shown(articles: ArticleList) -> list[str]:
    """The list's lines as painted now."""
    return [articles.render_line(y).text
            for y in range(articles.scrollable_content_region.height)]


def _row_of(articles: ArticleList, title: str) -> tuple[str, str]:
    """The title line containing ``title`` and the details line under it."""
    lines = _shown(articles)
    at = next(i for i, line in enumerate(lines) if title in line)
    return lines[at], lines[at + 1]


async def test_rows_painted_before_a_jump_follow_changed_labels_and_counts():
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        articles = await _listed(pilot)
        first, second, last = (articles.view[i] for i in (0, 1, ROWS - 1))
        assert first.title in _shown(articles)[0]
        await pilot.press("G")  # the last rows painted ...
        assert articles.cursor == ROWS - 1 and last.title in _shown(articles)[-2]
        assert first.title not in "".join(_shown(articles))
        await pilot.press("g")  # ... and the first ones again, from what was kept
        assert articles.cursor == 0
        assert "1 quote" in _row_of(articles, second.title)[1]

        # file labels arrive later and are assigned (screens/indexing.py does so)
        articles.labels = {second.path: "north/a.txt"}
        articles.refresh()
        await pilot.pause()
        assert "north/a.txt" in _row_of(articles, second.title)[1]

        # the same articles listed again with other counts: no row is kept
        await _listed(pilot, quotes=7)
        assert "7 quotes" in _row_of(articles, second.title)[1]
        await pilot.press("G", "g")
        assert "7 quotes" in _row_of(articles, articles.view[2].title)[1]


async def test_the_cursor_row_is_painted_apart_from_the_kept_rows():
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        articles = await _listed(pilot)
        cursor = articles.get_component_rich_style("row-list--cursor").bgcolor
        assert cursor is not None

        def on_cursor(y: int) -> bool:
            return all(seg.style.bgcolor == cursor for seg in articles.render_line(y)
                       if seg.text.strip())

        assert on_cursor(0) and on_cursor(1) and not on_cursor(2)
        await pilot.press("j")  # row 0 is kept plain, row 1 painted with the cursor
        assert not on_cursor(0) and not on_cursor(1) and on_cursor(2) and on_cursor(3)
        await pilot.press("k")
        assert on_cursor(0) and not on_cursor(2)


class StyledListApp(ListApp):
    """The list styled as the reader styles it (border, padding, scrollbars)."""

    CSS_PATH = WarReaderApp.CSS_PATH


async def test_a_long_list_has_no_bar_across_and_ends_on_a_whole_row():
    app = StyledListApp()
    async with app.run_test(size=(60, 20)) as pilot:  # 18 lines inside the border
        articles = await _listed(pilot)
        await pilot.press("G")
        assert articles.show_vertical_scrollbar and not articles.show_horizontal_scrollbar
        assert articles.scrollable_content_region.height == 18
        lines = _shown(articles)
        assert lines[0].startswith(articles.view[ROWS - 9].title)  # a title, not cut
        assert lines[-2].startswith(articles.view[ROWS - 1].title)

        await pilot.resize_terminal(60, 21)  # 19 lines: the last screen ends on a blank
        await pilot.pause()
        await pilot.press("g", "G")
        lines = _shown(articles)
        assert len(lines) == 19 and lines[0].startswith(articles.view[ROWS - 9].title)
        assert lines[-3].startswith(articles.view[ROWS - 1].title) and not lines[-1].strip()


async def test_a_key_is_answered_with_the_collector_paused_until_it_is_painted(tmp_path):
    app = make_app(tmp_path / "ix")
    try:
        async with app.run_test(size=(160, 45)) as pilot:
            await wait_ready(pilot)
            articles = app.main_screen.articles
            seen: list[bool] = []
            last = articles.action_last

            def action_last() -> None:
                seen.append(gc.isenabled())
                last()

            articles.action_last = action_last
            await press(pilot, "G")
            assert seen == [False] and articles.cursor == articles.row_count - 1
            assert gc.isenabled() and not app.key_gc.paused  # resumed after the paint

            # a key a widget keeps (typed into the search bar) resumes it too
            await press(pilot, "slash")
            await pilot.press("x")
            await pilot.pause(0.6)
            await settle(pilot)
            assert app.main_screen.search_bar.input.value == "x"
            assert gc.isenabled() and not app.key_gc.paused
    finally:
        gc.enable()


async def test_kept_sidebar_rows_take_the_colours_of_a_newly_opened_article(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        sidebar = s.sidebar

        def painted_colours() -> dict[str, Color]:
            """Each speaker row on screen (not the cursor's): its marker's colour."""
            out = {}
            for y in range(sidebar.scrollable_content_region.height):
                line = y + int(sidebar.scroll_y)
                index = bisect_right(sidebar._starts, line) - 1
                row = sidebar.rows[index] if 0 <= index < len(sidebar.rows) else None
                if (row is None or not row.id.startswith("s:") or index == sidebar.highlighted
                        or line != sidebar._starts[index]):
                    continue
                marker = next(seg for seg in sidebar.render_line(y) if "●" in seg.text)
                out[row.id[2:]] = marker.style.color
            return out

        def expected() -> dict[str, Color]:
            return {name: Style.parse(colour_for(name, s.colours)).color
                    for name in painted_colours()}

        await open_article(pilot, "000")
        await press(pilot, "s")
        assert sidebar.mode == "corpus"
        before = painted_colours()
        assert before == expected()
        await open_article(pilot, "003")  # other speakers, other colours
        after = painted_colours()
        assert after == expected()
        assert any(before[name] != after[name] for name in before)


async def test_what_the_reader_holds_is_kept_out_of_full_collections_until_it_closes(tmp_path):
    app = make_app(tmp_path / "ix")
    assert gc.get_freeze_count() == 0
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        while not app.main_screen.sidebar.speakers:
            await pilot.pause(0.05)
        await settle(pilot)
        # the listed corpus and its speakers are frozen: a full collection skips them
        speakers = app.main_screen.sidebar.speakers
        assert gc.get_freeze_count() > 0
        assert not any(o is speakers for g in range(3) for o in gc.get_objects(g))
    # closed: everything it held can be collected again
    assert gc.get_freeze_count() == 0 and gc.isenabled()
