"""Every pane stays readable from 60 to 200 columns (issue 11, item 18)."""

from __future__ import annotations

import re

from tests.tui_support import make_app, open_article, press, settle, wait_ready


def _plain_lines(widget, count: int) -> list[str]:
    return [widget.render_line(y).text for y in range(count)]


async def test_each_width_keeps_keys_counts_and_a_wide_body(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        s = app.main_screen
        for width in range(60, 201, 10):
            await pilot.resize_terminal(width, 40)
            await settle(pilot)
            # the body gets at least 45% of the terminal, never a sliver
            assert s.body.scrollable_content_region.width >= 0.45 * width - 4, width
            # the key bar never cuts the palette key
            keys = str(s.query_one("#keys").render())
            assert keys.rstrip().endswith("^p  Palette") and len(keys) <= width, width
            # the listed articles keep their quote counts
            assert s.articles.display
            lines = _plain_lines(s.articles, 4)
            counted = re.compile(r"\d+ quotes?( · \d+ terms?)?$")
            assert counted.search(lines[1].rstrip()), (width, lines)
            assert counted.search(lines[3].rstrip()), (width, lines)
            title = next(iter(s.articles.render_line(2)))  # the second row: not the cursor's
            assert title.style.bold, width  # titles bold, as the row asks
        await press(pilot, "3")  # below 100 columns the sidebar takes the list's place
        for width in (60, 80, 120, 200):
            await pilot.resize_terminal(width, 40)
            await settle(pilot)
            assert s.sidebar.display
            first = s.sidebar.rows[0]
            top = s.sidebar._starts[0] - int(s.sidebar.scroll_y)
            line = s.sidebar.render_line(top).text
            if line.rstrip() == f"● {first.id[2:]}":  # the count went down under the name
                below = s.sidebar.render_line(top + 1).text
                assert re.match(r"  \d+ quotes?( · |\s*$)", below), (width, below)
                continue
            count = line.rstrip().rsplit("  ", 1)[-1]
            assert re.fullmatch(r"\d+ quotes?", count), (width, line)  # never a bare number


async def test_the_first_article_shown_is_wrapped_to_the_width_left_by_its_scrollbar(tmp_path):
    """At start the first article was laid out before its scrollbar appeared, so every
    line lost its last letters ("TimeWarner jumped 76% to $1.13bn (£600m) fo")."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        body = app.main_screen.body
        assert body.article is not None and body.show_vertical_scrollbar
        room = body.scrollable_content_region.width
        widest = max(line.cell_len for line in body._lines)
        assert body._layout_width == room and widest <= room, (widest, room)
