"""Searching, continued: the count of the results shown and their further pages.

A mixin of :class:`tui.screens.searching.SearchMixin` (and so of the main screen): the
first page comes uncounted; the same worker then counts every match a slice at a time,
the corpus lock let go between slices (:meth:`SearchPages._count`); moving past the
last result shown fetches the next page. A number on screen is always a count.
"""

from __future__ import annotations

from textual import work
from warreader.tui.messages import SearchCounted, SearchFinished
from warreader.tui.query_hints import query_builder
from warreader.tui.wording import plural

PAGE = 50
"""Results fetched at a time; moving past the last one fetches the next page."""


class SearchPages:
    """The count of a search's results and its further pages."""

    unfinished: str | None = None  # what the query entered lacks (tui.screens.searching)
    status_note = ""  # what the query of the results shown left out (common words)

    def _count(self, query: str, as_you_type: bool, cancelled) -> int | None:
        """Every match of ``query`` counted a slice at a time, the corpus lock let go
        between slices; None once ``cancelled()`` or when it cannot be counted. A count
        begun before the index changed starts again on the new one (twice at most)."""
        for _attempt in range(3):
            with self.corpus_lock:
                counter = self.corpus.counter(query, as_you_type=as_you_type)
            done = counter is not None and counter.done
            while counter is not None and done is False:
                if cancelled():
                    return None
                with self.corpus_lock:
                    done = self.corpus.count_step(counter)
            if counter is None or done:
                return counter.total if counter is not None else None
        return None

    def further_page(self, message: SearchFinished) -> None:
        """A further page of the results shown came: add it to the list."""
        results, shown = message.results, self.results
        self.paging = False
        if shown is not None and message.query == shown.query \
                and not results.error and message.start == len(shown.hits):
            shown.hits.extend(results.hits)
            if results.exact and not shown.exact:  # the last page: all are counted
                self._counted(results.total)
            shown.total = max(shown.total, len(shown.hits))
            self.results_list.add_hits(results.hits, shown.total, shown.exact)
            if self.article and any(h.article_id == self.article.id for h in results.hits):
                self.refresh_hits()

    def on_results_list_more_wanted(self, _message) -> None:
        """The cursor reached the last result shown: fetch the next page."""
        if self.results is None or self.paging or self.results.provisional or (
                self.results.exact and len(self.results.hits) >= self.results.total):
            return
        self.paging = True
        query = self.results.query
        self._search_page(query, len(self.results.hits), query == self.submitted)

    @work(thread=True, exclusive=True, group="search-page")
    def _search_page(self, query: str, start: int, entered: bool = False) -> None:
        # searched as its first page was: "UK" entered alone is a whole word, not a prefix
        as_you_type = not (entered and nothing_typed_yet(query))
        with self.corpus_lock:
            results = self.corpus.search(query, limit=PAGE, start=start,
                                         as_you_type=as_you_type)
        self.post_message(SearchFinished(query, results, start))

    def on_search_counted(self, message: SearchCounted) -> None:
        """The count of the results shown arrived (-1: it could not be made)."""
        shown = self.results
        if shown is None or shown.exact or message.query != shown.query \
                or message.query != self.query_text:
            return
        if message.total < 0:
            self._bar_count(results_status(shown.total, False, counting=False))
            return
        self._counted(message.total)

    def _counted(self, total: int) -> None:
        """The results shown are all counted: ``total``."""
        self.results.total, self.results.exact = total, True
        self.results_list.set_total(total, True)
        self._bar_count(results_status(total, True))

    def _bar_count(self, status: str) -> None:
        """Show ``status`` in the search bar, unless it says what the query entered lacks
        (the results pane's border has the count too)."""
        if not self.unfinished:
            self.search_bar.set_status(status, note=self.status_note)


def results_status(total: int, exact: bool, counting: bool = False) -> str:
    """"312 results"; uncounted, "50+ results, counting…" (or just "50+ results")."""
    if exact:
        return plural(total, "result")
    return f"{total}+ results" + (", counting…" if counting else "")


def nothing_typed_yet(query: str) -> bool:
    """Whether ``query`` as typed so far searches nothing yet (a first word of one or two
    letters, the first word of a phrase, a field still without its value): its "0
    results" is no answer, and the pane gives no hint."""
    from warreader.index.search.query import QueryError

    try:
        return query_builder().build(query, None, as_you_type=True) is None
    except QueryError:
        return False
