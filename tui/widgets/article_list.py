"""The left pane: every article with date, outlet and quote count; sortable.

Two lines per article (the title, cut with an ellipsis, then date · outlet · quotes),
rendered only when on screen, so 1,808 articles list as fast as five.
"""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.row_list import RowList
from warreader.tui.wording import quotes_and_terms


def _meta(summary, label: str | None) -> str:
    quotes = quotes_and_terms(summary.quote_count, getattr(summary, "term_count", 0))
    return one_line(" · ".join(x for x in (summary.date, summary.outlet, quotes, label) if x))


class ArticleList(RowList):
    """Lists ArticleSummary objects; moving the cursor previews, enter opens."""

    class Previewed(Message):
        """The cursor moved onto article ``article_id``."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class Opened(Message):
        """The user pressed enter on article ``article_id``."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summaries: list = []
        self.rows: list = []
        self.labels: dict[str, str] = {}  # path -> file label (tui.file_labels)
        self.sort_by = "date"

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def highlighted_id(self) -> str | None:
        """The id of the article under the cursor."""
        return self.rows[self.cursor].id if self.cursor is not None else None

    def render_row(self, index: int, width: int) -> list[Text]:
        summary = self.rows[index]
        title = Text(one_line(summary.title or "(untitled)"), style="bold")
        return [title, Text(_meta(summary, self.labels.get(summary.path)), style="dim")]

    def set_summaries(self, summaries: list, labels: dict[str, str] | None = None) -> None:
        """Replace the listed articles (``labels``: path -> file label); the cursor stays
        on the same article if it can."""
        keep = self.highlighted_id
        self.summaries = list(summaries)
        self.labels = labels or {}
        self._fill(keep)

    def select_id(self, article_id: str) -> bool:
        """Put the cursor on ``article_id`` (no preview message); False if not listed."""
        for i, summary in enumerate(self.rows):
            if summary.id == article_id:
                self.move_to(i, notify=False)
                return True
        return False

    def action_toggle_sort(self) -> None:
        """Switch between newest-first date order and title order."""
        self.sort_by = "title" if self.sort_by == "date" else "date"
        self._fill(self.highlighted_id)

    def _sorted(self) -> list:
        if self.sort_by == "title":
            return sorted(self.summaries, key=lambda s: (s.title or "").casefold())
        dated = sorted((s for s in self.summaries if s.date), key=lambda s: s.date, reverse=True)
        return dated + sorted((s for s in self.summaries if not s.date), key=lambda s: s.path)

    def _fill(self, keep: str | None) -> None:
        self.rows = self._sorted()
        self.reset_rows(None)
        if not (keep and self.select_id(keep)) and self.rows:
            self.move_to(0, notify=False)
            # preview once the list is painted: loading the article must not delay it
            self.call_after_refresh(self._preview_cursor, self.rows[0].id)
        self.border_subtitle = f"{len(self.summaries)} · by {self.sort_by}"

    def _preview_cursor(self, article_id: str) -> None:
        if self.highlighted_id == article_id:
            self.post_message(self.Previewed(article_id))

    def on_row_list_cursor_moved(self, event: RowList.CursorMoved) -> None:
        event.stop()
        self.post_message(self.Previewed(self.rows[event.index].id))

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        event.stop()
        self.post_message(self.Opened(self.rows[event.index].id))
