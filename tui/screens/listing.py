"""The article list's order and filter: `o` cycles the order, `f` opens the filter bar.

A mixin of :class:`tui.screens.main.MainScreen`. Once the corpus is stored the list is
an :class:`~index.search.article_view.ArticleView` (keys, rows read as painted), and a
new order or filter is one query in a worker thread, never the list loaded to be
sorted; before that (the first build, the cached list at startup) it is sorted in
memory, and a filter typed meanwhile applies as soon as the stored list arrives.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message
from textual.timer import Timer
from textual.worker import get_current_worker
from warreader.index.search.article_filter import (
    ArticleFilter,
    FilterError,
    parse_filter,
    sort_after,
)
from warreader.tui.messages import WorkerProblem
from warreader.tui.widgets.article_list import ArticleList, sort_falls_back

if TYPE_CHECKING:
    from warreader.tui.widgets.filter_bar import FilterBar

FILTER_DEBOUNCE = 0.2
"""Seconds the filter line rests before it is applied while typing."""


class ArticlesQueried(Message):
    """The article list in a new order or filter (an ArticleView), with its labels."""

    def __init__(self, view: Any, labels: Any = None) -> None:
        super().__init__()
        self.view, self.labels = view, labels


class ArticlesLabelled(Message):
    """The file labels (FileLabels) of a stored list (an ArticleView), made in its worker."""

    def __init__(self, view: Any, labels: Any) -> None:
        super().__init__()
        self.view, self.labels = view, labels


def _changes_nothing(view: Any) -> bool:
    """Whether ``view``'s order lists its articles as another order of the cycle does:
    by outlet where none of them has an outlet is by date again (by file in an undated
    corpus; :func:`~warreader.tui.widgets.article_list.sort_falls_back`)."""
    return view.sort == "outlet" and sort_falls_back(view)


def sorted_view(view: Any, filt: ArticleFilter | None, sort: str, cycling: bool) -> Any:
    """``view`` again with ``filt`` in ``sort`` order; ``cycling``: the order after
    ``sort`` instead when ``sort`` changes nothing (a query each: off the UI thread for a
    stored list)."""
    new = view.again(filt, sort)
    if cycling and _changes_nothing(new):
        new = view.again(filt, sort_after(sort))
    return new


class ListingMixin:
    """Sorting and filtering the article list."""

    wanted_filter: ArticleFilter = ArticleFilter()  # the filter asked for (maybe waiting)
    filter_text = ""  # the filter line that gave it
    _filter_bar: FilterBar | None = None
    _filter_timer: Timer | None = None

    # -- sorting --------------------------------------------------------------------

    def action_cycle_sort(self) -> None:
        """Sort the article list by the next order: date, title, outlet, quote count
        (`o`, whichever pane has focus), passing over an order that would list them as
        they were (:func:`_changes_nothing`)."""
        self.query_articles(sort=self.articles.next_sort(), cycling=True)

    def query_articles(self, filt: ArticleFilter | None = None, sort: str | None = None,
                       cycling: bool = False) -> None:
        """List the articles matching ``filt`` (default: the current filter) in ``sort``
        order (default: the current one); ``cycling`` (`o`): an order that changes
        nothing gives way to the next one."""
        view = self.articles.view
        if filt is not None:
            self.wanted_filter = filt
        sort = sort or view.sort
        self.articles.wanted = self.wanted_filter
        if not view.stored:  # not stored yet: sorted here, filtered once it is
            self.articles.set_view(sorted_view(view, None, sort, cycling))
            return
        self._query_articles(view, self.wanted_filter, sort, cycling)

    @work(thread=True, exclusive=True, group="articles")
    def _query_articles(self, view: Any, filt: ArticleFilter, sort: str,
                        cycling: bool = False) -> None:
        try:
            new = sorted_view(view, filt, sort, cycling)
        except sqlite3.Error as exc:
            self.post_message(WorkerProblem(f"Cannot list the articles: {exc}"))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(ArticlesQueried(new))

    def stored_view(self, corpus: Any) -> tuple[Any, Any]:
        """The corpus's stored article list in the list's order and wanted filter, and
        its file labels, or (None, None) without an index (worker thread)."""
        from warreader.tui.file_labels import FileLabels

        view = corpus.article_view(self.wanted_filter, self.articles.sort_by)
        if view is None:
            return None, None
        return view, FileLabels(view.table.paths, self.app.paths)

    def on_articles_queried(self, message: ArticlesQueried) -> None:
        current = self.articles.view
        if getattr(current, "table", None) is not message.view.table:
            return  # the index moved on meanwhile; its own list is on the way
        self.articles.set_view(message.view, message.labels)
        if message.labels is not None:
            self.relabel_body()
        self._show_filter_count()
        view = message.view
        if view.filter.speaker and not len(view) and self._filter_bar is not None \
                and self._filter_bar.is_attached:  # speaker:wengr: "did you mean" (U6)
            self._near_speaker(self.filter_text, view, [s.name for s in self.sidebar.speakers])
        if self.awaited_filter is not None and message.view.filter == self.awaited_filter:
            self.release_keys()  # the keys typed after enter in the filter bar act now

    @work(thread=True, exclusive=True, group="filter-hint")
    def _near_speaker(self, text: str, view: Any, names: list[str]) -> None:
        """"did you mean speaker:wenger, as in Arsène Wenger?" under the filter line
        ``text``, which keeps no article, when a ``speaker:`` value of it is close to a
        word of a corpus speaker's name and the line with that word keeps some (as the
        search bar says: :func:`tui.name_hints.near_name`)."""
        from warreader.tui.name_hints import near_name

        def keeps(fixed: str) -> int:
            try:
                return len(view.table.keys(parse_filter(fixed), view.sort))
            except (FilterError, sqlite3.Error):
                return 0

        hint = near_name(text, lambda: names, keeps, speaker_only=True)
        if hint and not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_near_speaker, text, hint)

    def _show_near_speaker(self, text: str, hint: str) -> None:
        if text == self.filter_text and self._filter_bar is not None \
                and self._filter_bar.is_attached:  # not typed on meanwhile
            self._filter_bar.set_hint(hint)

    # -- filtering ------------------------------------------------------------------

    @property
    def filter_bar(self) -> FilterBar:
        """The filter bar (made and mounted on first use)."""
        if self._filter_bar is None:
            from warreader.tui.widgets.filter_bar import FilterBar

            self._filter_bar = FilterBar(id="filter")
        return self._filter_bar

    async def action_filter_articles(self) -> None:
        """Open the filter bar over the article list (`f`)."""
        if self.searching:
            self.notify("The filter is the article list's: close search (escape) first.",
                        severity="warning")
            return
        bar = self.filter_bar
        if not bar.is_attached:
            await self.top.mount(bar)
        bar.display = True
        if self.has_class("-narrow"):  # the list beside the body, to see what it keeps
            self.show_side("list")
        bar.input.value = self.filter_text
        bar.input.cursor_position = len(self.filter_text)
        self._show_filter_count()
        self.set_focus(bar.input)  # now: keys typed on at once are queued (see action_search)

    def _show_filter_count(self) -> None:
        if self._filter_bar is None or not self._filter_bar.is_attached:
            return
        view = self.articles.view
        if not view.stored and self.wanted_filter:
            text = "applies once the index is open"
        elif view.filter:
            text = f"{len(view):,} of {view.total:,}"
        else:
            text = f"{view.total:,} articles"
        self._filter_bar.set_count(text)

    def _apply_filter_text(self, text: str) -> bool:
        """Filter by the line ``text``; False (the reason shown) if it cannot be read."""
        try:
            filt = parse_filter(text)
        except FilterError as exc:
            self.filter_bar.set_error(str(exc))
            return False
        self.filter_bar.set_error(None)
        self.filter_text = text
        if filt != self.wanted_filter:
            self.query_articles(filt)
        self._show_filter_count()
        return True

    def on_filter_bar_changed(self, message: FilterBar.Changed) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        text = message.text
        self._filter_timer = self.set_timer(FILTER_DEBOUNCE,
                                            lambda: self._filter_rested(text))

    def _filter_rested(self, text: str) -> None:
        self._filter_timer = None
        self._apply_filter_text(text)

    @property
    def filter_pending(self) -> bool:
        """Whether a typed filter waits for the typing to pause."""
        return self._filter_timer is not None

    def action_filter_done(self) -> None:
        """Enter in the filter bar: apply the line now; back to the list (the border
        shows the filter), the focus moved at once: keys typed on are the list's."""
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None
        if self._apply_filter_text(self.filter_bar.input.value):
            if any(w.group == "articles" and not w.is_finished for w in self.workers):
                # keys typed on act on the filtered list (key_hold), not on another
                self.hold_keys(awaited_filter=self.wanted_filter)
            self._close_filter_bar()

    def on_article_list_filter_cleared(self, _message: ArticleList.FilterCleared) -> None:
        self.action_clear_filter()

    def action_clear_filter(self) -> None:
        """Clear the filter and close the filter bar (`escape`); back to the list."""
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None
        self.filter_text = ""
        if self._filter_bar is not None and self._filter_bar.is_attached:
            self.filter_bar.set_error(None)
        if self.wanted_filter:
            self.query_articles(ArticleFilter())
        self._close_filter_bar()

    def _close_filter_bar(self) -> None:
        if self._filter_bar is not None and self._filter_bar.is_attached:
            self._filter_bar.display = False
        self.action_pane("list")
