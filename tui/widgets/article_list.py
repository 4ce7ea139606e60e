"""The left pane: every article with date, outlet and quote count; sortable.

Two lines per article (the title, cut with an ellipsis, then date · outlet · quotes),
rendered only when on screen, so 1,808 articles list as fast as five.
"""

from __future__ import annotations

from time import monotonic

from rich.text import Text
from textual.message import Message
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.row_list import RowList
from warreader.tui.wording import quotes_and_terms


def _meta(summary, label: str | None) -> tuple[str, str]:
    """The row's details (date, outlet, file label) and its counts, apart."""
    counts = quotes_and_terms(summary.quote_count, getattr(summary, "term_count", 0))
    details = " · ".join(x for x in (summary.date, summary.outlet, label) if x)
    return one_line(details), counts


def fit_meta(details: str, counts: str, width: int) -> str:
    """``details · counts`` within ``width``: the details are cut, the counts always show."""
    if not details:
        return counts
    if len(details) + 3 + len(counts) <= width:
        return f"{details} · {counts}"
    room = width - len(counts) - 3
    if room < 2:
        return counts
    return f"{details[: room - 1]}… · {counts}"


PREVIEW_QUIET = 0.12
"""Seconds: a cursor move this soon after another (a held or repeated key) previews only
once the keys pause for as long, so the cursor is painted at once and the article
follows; a move after a pause previews at once."""


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
        self._last_move = -PREVIEW_QUIET
        self._preview_timer = None

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
        details, counts = _meta(summary, self.labels.get(summary.path))
        return [title, Text(fit_meta(details, counts, width), style="dim")]

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

    @property
    def preview_pending(self) -> bool:
        """Whether a preview waits for the keys to pause."""
        return self._preview_timer is not None

    def on_row_list_cursor_moved(self, event: RowList.CursorMoved) -> None:
        event.stop()
        now = monotonic()
        repeated, self._last_move = now - self._last_move < PREVIEW_QUIET, now
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        if repeated:  # keys are repeating: preview where the cursor comes to rest
            self._preview_timer = self.set_timer(PREVIEW_QUIET, self._preview_rest)
        else:
            self._preview_rest()

    def _preview_rest(self) -> None:
        self._preview_timer = None
        if self.cursor is not None:
            self.post_message(self.Previewed(self.highlighted_id))

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        event.stop()
        self.post_message(self.Opened(self.rows[event.index].id))
