"""A scroll view whose style and width are taken once per paint, not once per line."""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

ROWS_KEPT = 256
"""Rows whose painted lines a list keeps (:meth:`PaintOnce.kept_row`): about six screens
of the article list."""


class PaintOnce(ScrollView):
    """``render_line`` reads :meth:`paint_style` for the style and width it draws with:
    computed once per :meth:`render_lines` (``rich_style`` is computed on every call)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._paint: tuple[Style, int] | None = None
        self._kept: dict[int, list[Strip]] = {}  # row -> its painted lines
        self._kept_key: tuple = ()  # what they were painted with

    def render_lines(self, crop: Region) -> list[Strip]:
        self._paint = (self.rich_style, self.scrollable_content_region.width)
        try:
            return super().render_lines(crop)
        finally:
            self._paint = None

    def paint_style(self) -> tuple[Style, int]:
        """The widget's style and content width for the line being drawn."""
        return self._paint or (self.rich_style, self.scrollable_content_region.width)

    def kept_row(self, index: int, key: tuple, paint: Callable[[], list[Strip]]) -> list[Strip]:
        """The painted lines of row ``index``: kept from an earlier paint made with the
        same ``key`` (the colours, the width, what the rows show), else ``paint()``, kept
        among the last :data:`ROWS_KEPT` rows."""
        if key != self._kept_key:
            self._kept.clear()
            self._kept_key = key
        strips = self._kept.get(index)
        if strips is None:
            if len(self._kept) >= ROWS_KEPT:
                self._kept.clear()
            strips = self._kept[index] = paint()
        return strips

    def forget_kept_rows(self) -> None:
        """Paint every row afresh next time (the rows changed)."""
        self._kept.clear()

    def paint_text(self, text: Text, width: int, style: Style,
                   cursor: Style | None = None) -> Strip:
        """``text`` as one painted line: cut (or padded) to ``width`` cells, over the
        widget's ``style``, with ``cursor`` on top if given. Changes ``text``."""
        text.truncate(width, overflow="ellipsis", pad=True)
        if text.style and not text.spans:  # Text.render drops a style that no span carries
            text.stylize(text.style)
        if cursor is not None:
            text.stylize(cursor)
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.crop_extend(0, width, style).apply_style(style)

    def paint_message(self, message: Text, y: int) -> Strip:
        """Line ``y`` of ``message`` wrapped to the content width (wrapped, never cut),
        over the widget's style: what an empty pane says in place of its rows."""
        style, width = self.paint_style()
        lines = message.wrap(self.app.console, max(1, width))
        return self.paint_text(lines[y] if y < len(lines) else Text(""), width, style)

    def set_virtual_size(self, size: Size) -> None:
        """Set ``virtual_size`` without a layout of the whole screen when the scrollbars
        stay as they are (a vertical one always shown, none across): assigning it lays
        out and repaints every widget of the screen, ~40% of a keypress's paint."""
        styles = self.styles
        if (styles.overflow_y == "scroll" and styles.overflow_x == "hidden"
                and size.width == self.virtual_size.width and self.is_mounted):
            self.set_reactive(PaintOnce.virtual_size, size)
            self._scroll_update(size)
            self.refresh()
        else:
            self.virtual_size = size
