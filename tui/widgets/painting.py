"""A scroll view whose style and width are taken once per paint, not once per line."""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip


class PaintOnce(ScrollView):
    """``render_line`` reads :meth:`paint_style` for the style and width it draws with:
    computed once per :meth:`render_lines` (``rich_style`` is computed on every call)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._paint: tuple[Style, int] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._paint = (self.rich_style, self.scrollable_content_region.width)
        try:
            return super().render_lines(crop)
        finally:
            self._paint = None

    def paint_style(self) -> tuple[Style, int]:
        """The widget's style and content width for the line being drawn."""
        return self._paint or (self.rich_style, self.scrollable_content_region.width)
