"""A virtual list of rows of varying height, for the sidebar's thousands of speakers.

``OptionList`` renders every option to measure it whenever one changes: two seconds for
the 1,996 speakers of the BBC corpus at every article previewed. Here a row either
knows its height (a speaker: one line, two with a role or a count under its name) or
is rendered to learn it (a quote, of which only the selected speaker's are listed);
only the rows on screen are painted, and moving the cursor repaints the two rows it
leaves and enters. The painted lines of the last :data:`~tui.widgets.painting.ROWS_KEPT`
rows are kept until the rows, the width or the colours change (or
:meth:`TallRows.forget_rows`), so a jump back paints from them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from warreader.tui.widgets.painting import PaintOnce
from warreader.tui.widgets.row_list import RowList

Render = Callable[[int], list[Text]]
Height = int | Callable[[int], int]


class Row:
    """One row: its ``id``, and ``render(width) -> lines``; ``height`` if known unrendered
    (a number, or a function of the width)."""

    __slots__ = ("id", "render", "height", "_lines", "_width", "_prompt")

    def __init__(self, row_id: str, render: Render, height: Height | None = None,
                 prompt: Callable[[], Any] | None = None) -> None:
        self.id, self.render, self.height, self._prompt = row_id, render, height, prompt
        self._lines: list[Text] | None = None
        self._width = -1

    def lines(self, width: int) -> list[Text]:
        """The row's lines at ``width`` (rendered once per width)."""
        if self._lines is None or self._width != width:
            self._lines, self._width = self.render(width), width
        return self._lines

    def forget(self) -> None:
        """Render the row again when next painted (its colours changed, say)."""
        self._lines = None

    def height_at(self, width: int) -> int:
        """How many lines the row takes at ``width``."""
        if self.height is None:
            return len(self.lines(width))
        return self.height if isinstance(self.height, int) else self.height(width)

    @property
    def prompt(self) -> Any:
        """What the row shows, unwrapped (as an ``OptionList`` option's prompt); by
        default its first line."""
        if self._prompt is not None:
            return self._prompt()
        return self.lines(self._width if self._width > 0 else 40)[0]


class TallRows(PaintOnce, can_focus=True):
    """Rows with a cursor (``highlighted``); posts ``Chosen`` on enter or a click."""

    BINDINGS = RowList.BINDINGS  # the same keys as the article list
    COMPONENT_CLASSES = {"tall-rows--cursor"}

    class Chosen(Message):
        """Enter (or a click) on ``row``."""

        def __init__(self, row: Row) -> None:
            super().__init__()
            self.row = row

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[Row] = []
        self.highlighted: int | None = None
        self._starts: list[int] = []  # the first line of each row
        self._laid_width = -1

    # -- the OptionList face the screen and tests use ------------------------------

    @property
    def option_count(self) -> int:
        """How many rows there are."""
        return len(self.rows)

    def get_option_at_index(self, index: int) -> Row:
        """Row ``index``."""
        return self.rows[index]

    def get_option(self, row_id: str) -> Row:
        """The row with ``row_id`` (KeyError if none)."""
        for row in self.rows:
            if row.id == row_id:
                return row
        raise KeyError(row_id)

    @property
    def highlighted_option(self) -> Row | None:
        """The row under the cursor."""
        return None if self.highlighted is None else self.rows[self.highlighted]

    def select_id(self, row_id: str) -> bool:
        """Put the cursor on the row with ``row_id``; False if there is none."""
        for i, row in enumerate(self.rows):
            if row.id == row_id:
                self.move_to(i)
                return True
        return False

    # -- rows and cursor --------------------------------------------------------------

    def set_rows(self, rows: list[Row], focus_id: str | None = None) -> None:
        """Replace the rows; the cursor goes to ``focus_id`` (else the first row)."""
        self.rows = rows
        self.highlighted = None
        self.forget_kept_rows()
        self._lay_out()
        if not (focus_id and self.select_id(focus_id)) and rows:
            self.move_to(0)
        self.refresh()

    def forget_rows(self) -> None:
        """Render every row again when next painted (their colours changed, say)."""
        for row in self.rows:
            row.forget()
        self.forget_kept_rows()
        self.refresh()

    def _width(self) -> int:
        return self.scrollable_content_region.width or 40

    def _lay_out(self) -> None:
        width = self._laid_width = self._width()
        starts, line = [], 0
        for row in self.rows:
            starts.append(line)
            line += row.height_at(width)
        self._starts = starts
        self.set_virtual_size(Size(width, line))

    def _span(self, index: int) -> tuple[int, int]:
        start = self._starts[index]
        return start, self.rows[index].height_at(self._laid_width)

    def move_to(self, index: int) -> None:
        """Put the cursor on row ``index`` (clamped) and scroll it into view."""
        if not self.rows:
            return
        index = max(0, min(len(self.rows) - 1, index))
        old, self.highlighted = self.highlighted, index
        start, height = self._span(index)
        view = self.scrollable_content_region.height or 1
        top = self.scroll_offset.y  # the line at the top, as Textual rounds it
        if start < top or start + height > top + view:
            target = start if start < top else min(start, start + height - view)
            self.scroll_to(y=target, animate=False)
            self.refresh()
            return
        for row in {old, index} - {None}:
            if row < len(self.rows):
                self.refresh_lines(*self._span(row))

    def on_resize(self) -> None:
        if self._width() != self._laid_width:
            self._lay_out()
            if self.highlighted is not None:
                self.move_to(self.highlighted)
            self.refresh()

    def action_cursor_down(self) -> None:
        self.move_to(0 if self.highlighted is None else self.highlighted + 1)

    def action_cursor_up(self) -> None:
        self.move_to(0 if self.highlighted is None else self.highlighted - 1)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.rows) - 1)

    def action_page(self, direction: int) -> None:
        if self.highlighted is None:
            self.move_to(0)
            return
        view = self.scrollable_content_region.height or 1
        line = self._starts[self.highlighted] + direction * view
        self.move_to(max(0, bisect_right(self._starts, max(0, line)) - 1))

    def action_choose(self) -> None:
        """Post ``Chosen`` for the row under the cursor."""
        if self.highlighted is not None:
            self.post_message(self.Chosen(self.rows[self.highlighted]))

    def action_select(self) -> None:
        """``enter`` (binding id ``open``): the same as :meth:`action_choose`."""
        self.action_choose()

    def on_click(self, event: events.Click) -> None:
        line = event.y + self.scroll_offset.y
        index = bisect_right(self._starts, line) - 1
        if self.rows and 0 <= index < len(self.rows):
            self.move_to(index)
            self.post_message(self.Chosen(self.rows[index]))

    def render_line(self, y: int) -> Strip:
        style, width = self.paint_style()
        line_no = y + self.scroll_offset.y  # rounded, as refresh_lines and scrolling count
        index = bisect_right(self._starts, line_no) - 1
        if index < 0 or line_no >= self.virtual_size.height:
            return Strip.blank(width, style)
        part = line_no - self._starts[index]
        if index == self.highlighted:  # never kept: its colours follow the focus
            lines = self.rows[index].lines(self._laid_width)
            text = lines[part].copy() if part < len(lines) else Text("")
            cursor = self.get_component_rich_style("tall-rows--cursor")
            return self.paint_text(text, width, style, cursor)
        strips = self.kept_row(index, (style, width, self._laid_width), lambda: [
            self.paint_text(text.copy(), width, style)
            for text in self.rows[index].lines(self._laid_width)])
        if part >= len(strips):
            return self.paint_text(Text(""), width, style)
        return strips[part]
