"""Searching: the `/` bar, debounced queries in a worker, results page by page.

A mixin of :class:`tui.screens.main.MainScreen`. The search itself is the engine's
(``corpus.search``); this module only schedules it and shows what comes back. The hits
in the article and n/N live in :mod:`tui.screens.hits`.

A query typed before the index is ready runs as soon as it is. Closing the search
(`escape`) returns to the article and quote the reader left, unless a result was
opened with enter; the last search's hits stay for n/N.

The search bar and the results pane are mounted when search is first opened: the first
screen does without them (an ``Input`` and a hidden list cost it ~40 ms of styling).

Results come in two steps: the first page uncounted ("50+ results, counting…": a count
is the query run over every match, seconds at 10,000 articles), then the count, made a
slice at a time in the same worker; each keystroke cancels it at once, and the lock on
the corpus is let go between slices. A number on screen is always a count.

The first page itself may come in two steps while typing: when its ranking costs more
than :data:`index.search.step_budget.FIRST_STEP` of CPU (at 100,000 articles, a phrase
or a word typed for the first time since the commit), the engine answers first with
hits that truly match, not yet the full ranking ("20+ results, ranking…"), and the same
worker then makes the full ranking (the corpus lock let go between the two), which
replaces it, the cursor kept on the hit it was on when that hit is still listed; only
then is it counted. `enter` searches in one step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.timer import Timer
from textual.worker import get_current_worker
from warreader.index.search.step_budget import FIRST_STEP
from warreader.tui.messages import SearchCounted, SearchFinished
from warreader.tui.name_hints import APP_LISTING
from warreader.tui.query_hints import EVERY_DATE, left_out_note, no_hits_hint, query_problem
from warreader.tui.screens.search_pages import (
    PAGE,
    SearchPages,
    nothing_typed_yet,
    results_status,
)

if TYPE_CHECKING:
    from warreader.tui.widgets.results_list import ResultsList
    from warreader.tui.widgets.search_bar import SearchBar

DEBOUNCE = 0.2
LOCK_PATIENCE = 0.3
"""Seconds a search waits for the corpus lock before it says it waits for the index."""
WAITING = "Waiting for the index: the search runs when it is written."


class SearchMixin(SearchPages):
    """Search state: the query, its results, and where the reader was before searching."""

    _debounce: Timer | None = None
    _search_bar: SearchBar | None = None
    _results_list: ResultsList | None = None
    place: tuple[str, int | None, float] | None = None  # (article id, quote start, scroll)
    opened_result = False  # a result was opened with enter since search opened
    paging = False  # a further page is being fetched
    submitted: str | None = None  # the query enter last searched (its late Changed: moot)
    results_unfinished: str | None = None  # what the query of the results shown lacks
    answered = False  # the results shown answer their query (not "we" on its way to "western")

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
        if not self.searching:
            self.place, self.opened_result = _reading_place(self), False
        self.set_searching(True)
        self.set_focus(self.search_bar.input)  # now: keys typed on at once are the input's

    def set_searching(self, on: bool) -> None:
        """Show or hide the search bar and the results pane (the results stay for n/N)."""
        self.searching = on
        self.search_bar.display = on
        self.set_class(on, "-searching")
        if on:  # narrow terminals: the results take the side pane
            self.show_side("list")

    def action_close_search(self) -> None:
        """Leave search mode (`escape` on the results): back to the article and quote the
        reader left, unless a result was opened with enter."""
        returned = False
        if self.searching:
            self.set_searching(False)
            self.set_focus(self.articles)  # now: a key typed on at once is the list's
            place, self.place = self.place, None
            returned = place is not None and not self.opened_result
            if returned:
                self.return_to(*place)
        self.leaving_done(returned)  # keys typed on act on it (tui.screens.key_hold)

    def action_leave_search(self) -> None:
        """Escape in the search bar: to the results, or out of search if nothing is typed."""
        if not self.search_bar.input.value:
            self.action_close_search()
        else:
            self.set_focus(self.results_list)
            self.leaving_done(False)

    def on_search_bar_changed(self, message: SearchBar.Changed) -> None:
        if message.query == self.submitted or message.query != self.search_bar.input.value:
            return  # stale, or typed in one burst with enter: queued behind enter's search
        self.submitted = None
        self.unfinished = None
        if self._debounce is not None:
            self._debounce.stop()
        self.workers.cancel_group(self, "search")  # the last query's count is moot now
        self._debounce = self.set_timer(DEBOUNCE, lambda: self.run_search(message.query, True))

    def action_submit_search(self) -> None:
        """Enter in the search bar: search the query as written; to its results at once
        (back to the bar when it is an error listing nothing: :func:`_back_to_mend`)."""
        query = self.submitted = self.search_bar.input.value
        if self._debounce is not None:
            self._debounce.stop()
        # enter keeps what typing showed if it answered ("UK" alone: searched whole)
        if self.results is None or self.results.query != query or not self.answered:
            self.unfinished = None  # the worker says what it lacks, with its results
            if query.strip() and self.corpus is not None:  # its results come from a worker
                self.hold_keys()  # keys typed on act on them (tui.screens.key_hold)
            self.run_search(query, True, quick=False, entered=True)
        else:  # what it lacks came with its results, judged by the worker
            self.unfinished = self.results_unfinished
            if self.unfinished:
                self.search_bar.set_status(self.unfinished, error=True)
                if not self.results.hits:  # nothing to go to: the bar, to mend it
                    return
        self.set_focus(self.results_list)

    def run_search(self, query: str, as_you_type: bool, quick: bool = True,
                   entered: bool = False) -> None:
        """Start the search worker for ``query`` (or clear the results when it is blank);
        ``quick``: its first page may come in two steps (see the module's docstring);
        ``entered``: by enter, which always answers ("UK" alone searched whole)."""
        self.query_text = query
        if not query.strip():
            self.results = None
            self.results_list.set_hits([], 0)
            self.search_bar.set_status("")
            self.refresh_hits()
            return
        if self.corpus is None:
            self.search_bar.set_status("Waiting for the index: the search runs when it is ready.")
            return
        self._search(query, as_you_type, FIRST_STEP if quick and as_you_type else None,
                     entered)

    def run_pending_search(self) -> None:
        """The corpus just opened: run the query typed while it was not ready, if any."""
        if self.query_text.strip() and getattr(self.results, "query", None) != self.query_text:
            self.run_search(self.query_text, True)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, as_you_type: bool, first_step: float | None = None,
                entered: bool = False) -> None:
        worker = get_current_worker()
        if entered and nothing_typed_yet(query):  # "UK", "we", "speaker:": as written
            as_you_type = False
        if not _lock_for(self, query, worker):  # typed on while the quotes were grouped
            return
        try:
            results = self.corpus.search(query, limit=PAGE, as_you_type=as_you_type,
                                         cancelled=lambda: worker.is_cancelled,
                                         first_step=first_step)
            hint = _why_none(self, query, results)
            note = None if hint else _note(self, query, results, entered or not as_you_type)
        finally:
            self.corpus_lock.release()
        if worker.is_cancelled:
            return
        # parsed here, never on the UI thread; common words only, typed on: an answer too
        searched = entered or not nothing_typed_yet(query) or bool(hint and _typed_on(query))
        unfinished = _unfinished(query)  # what enter would say it lacks: parsed here too
        self.post_message(SearchFinished(query, results, searched=searched,
                                         unfinished=unfinished, hint=hint, note=note))
        if results.provisional:  # the full ranking, the lock let go between the steps
            with self.corpus_lock:
                results = self.corpus.search(query, limit=PAGE, as_you_type=as_you_type,
                                             cancelled=lambda: worker.is_cancelled)
                hint = _why_none(self, query, results)
            if worker.is_cancelled:
                return
            self.post_message(SearchFinished(query, results, searched=searched,
                                             unfinished=unfinished, hint=hint, note=note))
        if results.error or results.exact or worker.is_cancelled:
            return
        total = self._count(query, as_you_type, lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.post_message(SearchCounted(query, -1 if total is None else total))

    def on_search_finished(self, message: SearchFinished) -> None:
        results = message.results
        if message.start:  # a further page of the results shown (tui.screens.search_pages)
            self.further_page(message)
            return
        if message.query != self.query_text:
            return
        self.results_unfinished = message.unfinished
        if message.query == self.submitted:  # entered: say what it lacks
            self.unfinished = message.unfinished
        if results.error:
            self.search_bar.set_status(results.error, error=True)
            _back_to_mend(self, message.query, results)  # before the held keys are typed
            self.release_keys()
            return
        keep = _kept_hit(self, results)
        self.results = results
        searched = message.searched or (bool(message.hint) and message.query == self.submitted)
        self.answered = searched and (message.query == self.submitted
                                      or not _short_last(message.query))
        self.status_note = message.note or ""
        # keys held by enter wait for its own ranking, never a typing search's first step
        entered = not results.provisional and self.list_entered(results, searched)
        if not entered:  # (keys held: tui.screens.key_hold)
            self.results_list.set_hits(results.hits, results.total, results.exact, keep=keep,
                                       searched=searched, reason=message.hint or "")
        self.search_bar.set_status(*_status(results, searched, self.unfinished, message.hint),
                                   note=self.status_note)
        if not entered:  # enter's first hit made current where it opened (ux27: in the
            self.refresh_hits()  # article shown, this made none current: "hit - / 1")
        if not results.provisional:
            _back_to_mend(self, message.query, results)
            self.release_keys_once_shown()


def _back_to_mend(screen, query: str, results) -> None:
    """Enter's ``results`` for ``query`` in ``screen`` are an error and list nothing (a
    malformed query, or an unfinished one that found nothing as typed): the focus goes
    back to the search bar, the cursor at the end, so that the keys typed next (held ones
    too) mend the query, never run as commands (ux27: `e` opened export)."""
    if query == screen.submitted and not results.hits and (results.error or screen.unfinished):
        screen.search_bar.input.focus_to_resume()


def _kept_hit(screen, results):
    """The hit ``screen``'s results list keeps its cursor on when ``results`` replace a
    first step's page of their query (its full ranking); None otherwise."""
    shown = screen.results
    if shown is not None and shown.provisional and shown.query == results.query:
        return screen.results_list.highlighted_hit()
    return None


def _status(results, searched: bool, unfinished: str | None,
            hint: str | None) -> tuple[str, bool, str]:
    """The search bar's (text, error, hint) for a first page of ``results``."""
    if unfinished:  # entered unfinished: its hits as typed, and what it lacks
        return unfinished, True, ""
    if not searched:  # "Je", "speaker:": no count, 0 would be no answer
        return "", False, ""
    if results.provisional:
        return _ranking(results.total), False, ""
    if results.exact and not results.total and hint:  # why, on a line of its own
        return results_status(0, True), False, hint
    return results_status(results.total, results.exact, counting=True), False, ""


def _has_dates(screen) -> bool:
    """(Worker thread, the corpus lock held) whether an article of ``screen``'s corpus
    has a date: searched once per index commit (per article list), not on every
    keystroke of a date: query that finds nothing."""
    corpus, table = screen.corpus, getattr(screen.articles.view, "table", None)
    known = getattr(screen, "_dates_known", None)  # (corpus, table, has a dated article)
    if known is not None and known[0] is corpus and known[1] is table:
        return known[2]
    has = corpus.search(EVERY_DATE, limit=1).total > 0
    screen._dates_known = (corpus, table, has)
    return has


def _date_span(screen) -> tuple[str, str] | None:
    """(Worker thread, the corpus lock held) the first and last day an article of
    ``screen``'s corpus is dated: read once per index commit, as :func:`_has_dates`."""
    corpus, table = screen.corpus, getattr(screen.articles.view, "table", None)
    known = getattr(screen, "_span_known", None)  # (corpus, table, span)
    if known is not None and known[0] is corpus and known[1] is table:
        return known[2]
    span = corpus.date_span()
    screen._span_known = (corpus, table, span)
    return span


def _reading_place(screen) -> tuple[str, int | None, float] | None:
    """The article ``screen`` shows, its current quote's start and the scroll position."""
    if screen.article is None:
        return None
    quote = screen.quotes[screen.body.current].start if screen.body.current is not None else None
    return screen.article.id, quote, screen.body.scroll_y


def _say_waiting(screen, query: str) -> None:
    """The search of ``query`` in ``screen`` waits for an index update: say so (not a blank bar)."""
    if query == screen.query_text:
        screen.search_bar.set_status(WAITING)


def _lock_for(screen, query: str, worker) -> bool:
    """(Worker thread) take ``screen``'s corpus lock for a search of ``query``, its
    quote groups made first for ``group:`` (:func:`_groups_first`); False (no lock
    taken) when ``worker`` was cancelled meanwhile."""
    _groups_first(screen, query)
    if worker.is_cancelled:
        return False
    if not screen.corpus_lock.acquire(timeout=LOCK_PATIENCE):  # the index is being written
        screen.app.call_from_thread(_say_waiting, screen, query)
        screen.corpus_lock.acquire()
    return True


def _groups_first(screen, query: str) -> None:
    """(Worker thread) for a ``group:N`` query, wait for the quote groups with the
    corpus lock let go (a first build's grouping runs after the index is ready): the
    search then finds them made, and the queries typed meanwhile, the articles opened,
    never wait for the grouping behind the lock. A grouping deferred or failed is
    left for the search to say. While the index is being written the bar says so, not
    that the grouping is awaited."""
    if "group:" not in query:
        return
    from warreader.index.provenance.corpus_groups import groups_unlocked

    if screen.quote_groups is None and not screen.groups_deferred:  # being grouped, maybe
        if not screen.corpus_lock.acquire(timeout=LOCK_PATIENCE):  # the index first
            screen.app.call_from_thread(_say_waiting, screen, query)  # (revU3 #4)
            screen.corpus_lock.acquire()
        screen.corpus_lock.release()
        if screen.quote_groups is None and not screen.groups_deferred:
            screen.app.call_from_thread(_say_grouping, screen, query)
    try:
        groups_unlocked(screen.corpus, screen.corpus_lock)
    except Exception:  # noqa: BLE001 - the search itself says why (GroupingDeferred...)
        return


def _say_grouping(screen, query: str) -> None:
    """``group:`` in ``query`` waits for the quote grouping: say so (not a blank bar)."""
    if query == screen.query_text:
        screen.search_bar.set_status(GROUPING)


GROUPING = "Waiting for the quote grouping: group: searches when it is done."

NO_ARTICLES = "the corpus holds no articles (the article pane says where it looked)"
"""Why a search of a corpus without articles finds nothing (one line of the bar)."""


def _why_none(screen, query: str, results) -> str | None:
    """(The corpus lock held) why ``query``, which found nothing, could find nothing in
    ``screen``'s corpus (tui.query_hints.no_hits_hint); None when it found something."""
    if results.error or not results.exact or results.total:
        return None
    if screen.corpus.article_count() == 0:  # not "try fewer words": nothing to search
        return NO_ARTICLES
    return no_hits_hint(query, lambda: _has_dates(screen), _speaker_hits(screen),
                        lambda: _date_span(screen),
                        lambda rest: screen.corpus.search(rest, limit=1).total,
                        lambda: [s.name for s in screen.sidebar.speakers], _listing(screen),
                        screen.corpus.names_any)


def _listing(screen) -> str:
    """How to list the corpus's speakers here: its key as the config maps it."""
    from warreader.tui import keymap

    binding = next(b for b in keymap.SCREEN_BINDINGS if b.id == "toggle-speakers")
    return APP_LISTING.format(key=keymap.key_label(screen.app, binding))


def _note(screen, query: str, results, whole: bool) -> str | None:
    """(The corpus lock held) the common words ``query`` leaves out though it finds hits
    (tui.query_hints.left_out_note); while typing (not ``whole``) a last word too short
    to search yet is not named ("russia we" may become "russia western"; enter names it)."""
    if results.error or not results.total:
        return None
    if not whole and _short_last(query):
        query = query[:len(query) - len(query.split()[-1])]
    return left_out_note(query, _speaker_hits(screen))


def _short_last(query: str) -> bool:
    """Whether ``query`` ends in a word still too short to search while typed ("we" of
    "russia we"): left out for now; enter searches the query again and names it."""
    from warreader.index.search.query import MIN_PREFIX

    words = query.split()
    return bool(words) and not query[-1:].isspace() and len(words[-1]) < MIN_PREFIX


def _speaker_hits(screen):
    """How many quotes ``speaker:WORD`` finds in ``screen``'s corpus (the lock held)."""
    return lambda word: screen.corpus.search(f"speaker:{word}", limit=1).total




def _unfinished(query: str) -> str | None:
    """What ``query`` lacks as written (an open phrase or parenthesis, a trailing
    AND/OR/NOT): the parser's message (:func:`tui.query_hints.query_problem`), which
    `enter` shows as the CLI does (typing searches it finished, see the README); None
    when it is complete. Judged by the search worker: the first parse imports the parser
    (~70 ms), never on the UI thread."""
    return query_problem(query)


def _typed_on(query: str) -> bool:
    """Whether ``query`` is past its first word (a second word, or a space after it): a
    lone "we" may still become "western", "we " or "we will" will not."""
    return len(query.split()) > 1 or query[-1:].isspace()


def _ranking(found: int) -> str:
    """A first step's status: "20+ results, ranking…" (the hits found so far)."""
    return f"{found}+ results, ranking…" if found else "ranking…"
