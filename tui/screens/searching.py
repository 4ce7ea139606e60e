"""Searching: the `/` bar, debounced queries in a worker, results, and n/N through hits.

A mixin of :class:`tui.screens.main.MainScreen`. The search itself is the engine's
(``corpus.search``); this module only schedules it and shows what comes back.

The search bar and the results pane are mounted when search is first opened: the first
screen does without them (an ``Input`` and a hidden list cost it ~40 ms of styling).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.timer import Timer
from textual.worker import get_current_worker
from warreader.tui.messages import SearchFinished
from warreader.tui.spans import locate

if TYPE_CHECKING:
    from warreader.tui.widgets.results_list import ResultsList
    from warreader.tui.widgets.search_bar import SearchBar

DEBOUNCE = 0.2


class SearchMixin:
    """Search state: the query, its results and the hits shown in the body."""

    _debounce: Timer | None = None
    _search_bar: SearchBar | None = None
    _results_list: ResultsList | None = None

    @property
    def search_bar(self) -> SearchBar:
        """The search bar (made on first use; mounted by :meth:`mount_search`)."""
        if self._search_bar is None:
            from warreader.tui.widgets.search_bar import SearchBar

            self._search_bar = SearchBar(id="search")
        return self._search_bar

    @property
    def results_list(self) -> ResultsList:
        """The results pane (made on first use; mounted by :meth:`mount_search`)."""
        if self._results_list is None:
            from warreader.tui.widgets.results_list import ResultsList

            self._results_list = ResultsList(id="results")
            self._results_list.border_title = "Results [1]"
        return self._results_list

    async def mount_search(self) -> None:
        """Mount the search bar above the panes and the results pane beside the list."""
        if not self.search_bar.is_attached:
            await self.top.mount(self.search_bar)
        if not self.results_list.is_attached:
            await self.mount(self.results_list, after=self.articles)

    async def action_search(self) -> None:
        """Open the search bar and focus it (`/`)."""
        await self.mount_search()
        self.set_searching(True)
        self.call_after_refresh(self.search_bar.input.focus)

    def set_searching(self, on: bool) -> None:
        """Show or hide the search bar and the results pane."""
        self.searching = on
        self.search_bar.display = on
        self.set_class(on, "-searching")
        if on:  # narrow terminals: the results take the side pane
            self.set_class(True, "-side-list")
            self.set_class(False, "-side-sidebar")
        if not on:
            self.query_text, self.results = "", None
            self.refresh_hits()

    def action_close_search(self) -> None:
        """Leave search mode, back to the article list (`escape` on the results)."""
        if self.searching:
            self.set_searching(False)
            self.articles.focus()

    def on_search_bar_left(self, _message: SearchBar.Left) -> None:
        if not self.search_bar.input.value:
            self.action_close_search()
        else:
            self.results_list.focus()

    def on_search_bar_changed(self, message: SearchBar.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        query = message.query
        self._debounce = self.set_timer(DEBOUNCE, lambda: self.run_search(query, True))

    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        # enter keeps what the user saw while typing (the last word as a prefix)
        if self.results is None or self.results.query != message.query:
            self.run_search(message.query, True)
        self.results_list.focus()

    def run_search(self, query: str, as_you_type: bool) -> None:
        """Start the search worker for ``query`` (or clear the results when it is blank)."""
        self.query_text = query
        if self.corpus is None:
            self.search_bar.set_status("The index is not ready yet.")
            return
        if not query.strip():
            self.results = None
            self.results_list.set_hits([], 0)
            self.search_bar.set_status("")
            self.refresh_hits()
            return
        self._search(query, as_you_type)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, as_you_type: bool) -> None:
        worker = get_current_worker()
        with self.corpus_lock:
            results = self.corpus.search(query, limit=50, as_you_type=as_you_type,
                                         cancelled=lambda: worker.is_cancelled)
        self.post_message(SearchFinished(query, results))

    def on_search_finished(self, message: SearchFinished) -> None:
        if message.query != self.query_text:
            return
        results = message.results
        if results.error:
            self.search_bar.set_status(results.error, error=True)
            return
        self.results = results
        self.results_list.set_hits(results.hits, results.total)
        self.search_bar.set_status(f"{results.total} results")
        self.refresh_hits()

    def _hit_spans(self, article_id: str) -> list[tuple[int, int]]:
        spans: set[tuple[int, int]] = set()
        for hit in self.results.hits if self.results else []:
            if hit.article_id == article_id:
                spans.update(hit.spans or ([hit.quote_span] if hit.quote_span else []))
        return sorted(spans)

    def refresh_hits(self, anchor: int | None = None) -> None:
        """Highlight the results' hits in the article shown; the one at ``anchor`` is current."""
        if self.article is None:
            return
        self.hit_spans, index = [], None
        for start, end in self._hit_spans(self.article.id):
            span = locate(self.article, start, end)
            if span is None:
                continue
            if index is None and anchor is not None and anchor < max(end, start + 1):
                index = len(self.hit_spans)
            self.hit_spans.append(span)
        self.body.set_hits(self.hit_spans, index)

    def on_results_list_previewed(self, message: ResultsList.Previewed) -> None:
        self._open_hit(message.hit)

    def on_results_list_opened(self, message: ResultsList.Opened) -> None:
        self._open_hit(message.hit)
        self.action_pane("body")

    def _open_hit(self, hit) -> None:
        anchor = hit.quote_span[0] if hit.quote_span else (hit.spans or [(None, 0)])[0][0]
        self.open_article(hit.article_id, anchor)

    def _step_hit(self, step: int) -> None:
        """Next/previous hit here; past the first or last, on into the adjacent result article."""
        current = self.body.hit_index if self.hit_spans else None
        last = len(self.hit_spans) - 1
        if not self.hit_spans:
            target = None
        elif current is None:
            target = 0 if step > 0 else last
        else:
            target = current + step
        if target is not None and 0 <= target <= last:
            self.body.set_hits(self.hit_spans, target)
        elif not self._step_article(step):
            self.app.bell()

    def _result_articles(self) -> list[str]:
        """Ids of the articles with hits, in the order the results list them."""
        hits = self.results.hits if self.results else []
        return list(dict.fromkeys(h.article_id for h in hits))

    def _step_article(self, step: int) -> bool:
        """Open the next (previous) result article at its first (last) hit; False at the end."""
        order = self._result_articles()
        shown = self.pending_id or (self.article.id if self.article else None)
        if shown in order:
            position = order.index(shown) + step
        else:
            position = 0 if step > 0 else len(order) - 1
        if not order or not 0 <= position < len(order):
            return False
        article_id = order[position]
        spans = self._hit_spans(article_id)
        if not spans:
            return False
        self._cursor_to_result(article_id)
        self.open_article(article_id, spans[0][0] if step > 0 else spans[-1][0])
        return True

    def _cursor_to_result(self, article_id: str) -> None:
        """Put the results cursor on the article's first result, without previewing it."""
        for i, hit in enumerate(self.results_list.hits):
            if hit.article_id == article_id:
                with self.results_list.prevent(type(self.results_list).OptionHighlighted):
                    self.results_list.highlighted = i
                return

    def action_next_hit(self) -> None:
        """Next search hit (`n`), continuing into the next article of the results."""
        self._step_hit(1)

    def action_prev_hit(self) -> None:
        """Previous search hit (`N`), continuing into the previous result article."""
        self._step_hit(-1)
