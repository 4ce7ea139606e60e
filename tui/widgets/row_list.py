"""A virtual list of fixed-height rows (the line API), for lists with thousands of items.

``OptionList`` measures every option when it is filled, which costs most of a second
for the 1,808 BBC articles; this list only renders the rows on screen, and keeps the
painted lines of the last :data:`~tui.widgets.painting.ROWS_KEPT` rows, so a jump back
(``g`` after ``G``) renders nothing again. Subclasses give ``row_count`` and
``render_row(index, width) -> list[Text]`` (``ROW_HEIGHT`` lines), and ``rows_key()``
if what a row shows can change without :meth:`RowList.reset_rows`.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from warreader.tui.keymap import LIST_BINDINGS
from warreader.tui.widgets.painting import PaintOnce


class RowList(PaintOnce, can_focus=True):
    """Rows with a cursor; posts ``CursorMoved`` and ``Chosen`` (enter or click)."""

    ROW_HEIGHT = 2
    BINDINGS = [
        *LIST_BINDINGS,
        Binding("down", "cursor_down", show=False), Binding("up", "cursor_up", show=False),
        Binding("home", "first", show=False), Binding("end", "last", show=False),
        Binding("pagedown", "page(1)", show=False), Binding("pageup", "page(-1)", show=False),
    ]
    COMPONENT_CLASSES = {"row-list--cursor"}

    class CursorMoved(Message):
        """The cursor is now on row ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Chosen(Message):
        """Enter (or a click) on row ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.cursor: int | None = None
        self.moves = 0  # the reader's moves so far (keys, clicks): not the program's
        self._seen_height = 0  # the pane's height at the last resize (0: not shown yet)

    def rows_key(self) -> tuple[Any, ...]:
        """What the rows are rendered from besides their index and width, compared as
        each line is painted: painted rows are kept while it stays equal (subclasses
        extend it with whatever they replace without :meth:`reset_rows`)."""
        return ()

    @property
    def row_count(self) -> int:
        """How many rows there are (subclasses override)."""
        return 0

    def render_row(self, index: int, width: int) -> list[Text]:
        """The ``ROW_HEIGHT`` lines of row ``index`` (subclasses override)."""
        return [Text("")] * self.ROW_HEIGHT

    def reset_rows(self, cursor: int | None) -> None:
        """The rows changed: resize, and put the cursor on ``cursor`` (no message)."""
        self.forget_kept_rows()
        self.virtual_size = Size(self.size.width, self._lines())
        self.cursor = cursor if self.row_count else None
        if self.cursor is not None:
            self._scroll_to_cursor()
        self.refresh()

    def _lines(self) -> int:
        """The rows' lines, and a blank one if need be so that the last screen starts on
        a whole row (a pane of 19 lines showing rows of 2 would cut the top one)."""
        lines = self.row_count * self.ROW_HEIGHT
        height = self.scrollable_content_region.height
        if lines > height > 0:
            lines += -(lines - height) % self.ROW_HEIGHT
        return lines

    def on_resize(self) -> None:
        was, self._seen_height = self._seen_height, self.scrollable_content_region.height
        top = self.scroll_offset.y
        in_view = self.cursor is not None and (  # or not shown before: shown now
            not was or top <= self.cursor * self.ROW_HEIGHT < top + was)
        if self.virtual_size.height != self._lines():
            self.virtual_size = Size(self.size.width, self._lines())
        if in_view:  # ux29: at 80x24 after 160x45 the cursor's row was below the pane
            self._scroll_to_cursor()

    def move_to(self, index: int, notify: bool = True) -> None:
        """Put the cursor on row ``index`` (clamped), scroll it into view, tell the parent."""
        if not self.row_count:
            return
        index = max(0, min(self.row_count - 1, index))
        old, changed = self.cursor, index != self.cursor
        self.cursor = index
        if self._scroll_to_cursor():
            self.refresh()
        else:  # only the rows the cursor left and entered are painted again
            for row in {old, index} - {None}:
                self.refresh_lines(row * self.ROW_HEIGHT, self.ROW_HEIGHT)
        if changed and notify:
            self.moves += 1
            self.post_message(self.CursorMoved(index))

    def _scroll_to_cursor(self) -> bool:
        """Scroll the cursor's row into view; True if that scrolled."""
        top, shown_top = self.cursor * self.ROW_HEIGHT, self.scroll_offset.y
        height = self.scrollable_content_region.height or 1
        if top < shown_top:
            self.scroll_to(y=top, animate=False)
        elif top + self.ROW_HEIGHT > shown_top + height:
            # whole rows from the top: a row is never cut in half at the top edge
            shown = max(1, height // self.ROW_HEIGHT) * self.ROW_HEIGHT
            self.scroll_to(y=top + self.ROW_HEIGHT - shown, animate=False)
        else:
            return False
        return True

    def action_cursor_down(self) -> None:
        self.move_to(0 if self.cursor is None else self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(0 if self.cursor is None else self.cursor - 1)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(self.row_count - 1)

    def action_page(self, direction: int) -> None:
        rows = max(1, (self.scrollable_content_region.height or 1) // self.ROW_HEIGHT)
        self.move_to((self.cursor or 0) + direction * rows)

    def action_select(self) -> None:
        if self.cursor is not None:
            self.post_message(self.Chosen(self.cursor))

    def on_click(self, event: events.Click) -> None:
        index = (event.y + self.scroll_offset.y) // self.ROW_HEIGHT
        if 0 <= index < self.row_count:
            self.move_to(index)
            self.post_message(self.Chosen(index))

    def render_line(self, y: int) -> Strip:
        style, width = self.paint_style()
        line_no = y + self.scroll_offset.y  # rounded, as refresh_lines and scrolling count
        index, part = divmod(line_no, self.ROW_HEIGHT)
        if index >= self.row_count:
            return Strip.blank(width, style)
        if index == self.cursor:  # never kept: its colours follow the focus
            cursor = self.get_component_rich_style("row-list--cursor")
            return self.paint_text(self.render_row(index, width)[part], width, style, cursor)
        strips = self.kept_row(index, (style, width, *self.rows_key()), lambda: [
            self.paint_text(text, width, style) for text in self.render_row(index, width)])
        return strips[part]
