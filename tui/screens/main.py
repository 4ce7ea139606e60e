"""The reader's one main screen: article list | article body | attribution sidebar.

It composes the widgets, owns the state, and handles every message (frogmouth's
layering); reading and searching behaviour live in the two mixins. Indexing runs in a
thread worker that only posts messages, so the screen appears before the index is ready.

Reopening an indexed corpus lists its articles from the cached listing
(:mod:`index.search.listing`) without importing Whoosh; the corpus is opened, its
speakers loaded and its files checked once that list is on screen.
"""

from __future__ import annotations

import threading
from pathlib import Path

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header

from index.search.listing import read_listing
from tui.keymap import SCREEN_BINDINGS
from tui.messages import CorpusOpened, IndexFailed, IndexProgress, IndexReady, SpeakersReady
from tui.screens.reading import ReadingMixin
from tui.screens.searching import SearchMixin
from tui.widgets.article_body import ArticleBody
from tui.widgets.article_list import ArticleList
from tui.widgets.index_status import IndexStatus
from tui.widgets.key_bar import KeyBar
from tui.widgets.sidebar import Sidebar

PANES = ("list", "body", "sidebar")


def width_classes(breakpoints: list[tuple[int, str]], width: int) -> dict[str, bool]:
    """The breakpoint classes for a screen ``width`` cells wide, as Textual sets them."""
    classes = {name: False for _, name in breakpoints}
    for least, name in sorted(breakpoints, reverse=True):
        if width >= least:
            classes[name] = True
            break
    return classes


class MainScreen(SearchMixin, ReadingMixin, Screen):
    """Three panes, collapsing to two below 100 columns (body + list or sidebar)."""

    BINDINGS = [*SCREEN_BINDINGS,
                Binding("escape", "close_search", "Close search", id="close-search", show=False)]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    AUTO_FOCUS = "#articles"

    def __init__(self) -> None:
        super().__init__()
        self.corpus = None
        self.report = None
        self.skipped: list[tuple[str, str]] = []  # unreadable files: (path, reason)
        self.article = None
        self.deferred: tuple[str, int | None] | None = None  # opened once the corpus is
        self.listed = False  # the cached article list was read (at most once)
        self.resumed = False  # the screen was shown once
        self.quotes: list = []
        self.colours: dict[str, str] = {}
        self.pending_id: str | None = None
        self.searching = False
        self.query_text = ""
        self.results = None
        self.hit_spans: list = []
        self.corpus_lock = threading.Lock()

    def compose(self) -> ComposeResult:
        # the width class now, not on the first resize: that would restyle every widget
        self.update_classes(width_classes(self.HORIZONTAL_BREAKPOINTS, self.app.size.width),
                            update=False)
        self.add_class("-side-list")  # narrow terminals: the list beside the body
        # the panes are the screen's own children (laid out side by side), not a
        # container's: a full-screen container is painted under them for nothing
        with Vertical(id="top"):
            yield Header()
            yield IndexStatus(id="status")
            # the search bar (and the results pane) are mounted when search first opens
        yield ArticleList(id="articles")
        yield ArticleBody(id="body")
        yield Sidebar(id="sidebar")
        yield KeyBar(id="keys")

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Skip restyling every widget on the first resume: it comes right after they were
        mounted and styled (with the final theme and width classes), and would cost a
        full restyle and repaint while the first screen settles."""
        if not self.resumed:
            self.resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        self.articles, self.top = self.query_one(ArticleList), self.query_one("#top")
        self.body, self.sidebar = self.query_one(ArticleBody), self.query_one(Sidebar)
        self.status = self.query_one(IndexStatus)
        self.articles.border_title = "Articles [1]"
        self.body.border_title = "Article [2]"
        self.sidebar.border_title = "Speakers [3]"
        self.start_indexing()

    # -- indexing ---------------------------------------------------------------

    def start_indexing(self, rebuild: bool = False) -> None:
        """Open and refresh the corpus index in a worker thread.

        The first time, a current cached article list is shown at once instead, and the
        worker starts once it is on screen (:meth:`_check_files`).
        """
        if self.corpus is None and not rebuild and self._show_listing():
            return
        self.app.sub_title = f"{self.app.corpus_label} · indexing…"
        self._index(rebuild)

    @work(thread=True, exclusive=True, group="index")
    def _index(self, rebuild: bool) -> None:
        from index.corpus import Corpus  # imported here so the first screen paints sooner

        app = self.app
        try:
            with self.corpus_lock:
                fresh = self.corpus is None
                corpus = self.corpus or Corpus.open(app.paths, app.index_dir, app.aliases)
                early = corpus.summaries() if fresh and not rebuild else []
                if early:  # an existing index: list it now; speakers and files after the paint
                    self.post_message(IndexReady(corpus, None, early, None, corpus.skipped()))
                    return
        except Exception as exc:  # noqa: BLE001 - any failure is shown, never a traceback
            self.post_message(IndexFailed(str(exc) or type(exc).__name__))
            return
        self._refresh(corpus, rebuild, early)

    def _show_listing(self) -> bool:
        """Show the cached article list of the index now, if it is current.

        Read on the UI thread, before the first paint: a few small files, no Whoosh. (In
        a worker thread every file read would wait for the GIL behind that paint.)
        """
        if self.listed:
            return False
        self.listed = True
        app = self.app
        try:
            if app.index_dir is None:
                from index.paths import default_index_dir

                index_dir = default_index_dir(app.paths)
            else:
                index_dir = Path(app.index_dir)
            listing = read_listing(index_dir, app.aliases)
        except Exception:  # noqa: BLE001 - only a cache: open the index instead
            return False
        if listing is None or not listing.summaries:
            return False
        self.on_index_ready(IndexReady(None, None, listing.summaries, None, listing.skipped))
        return True

    @work(thread=True, exclusive=True, group="index")
    def _check_files(self, early: list, early_skipped: list) -> None:
        try:
            with self.corpus_lock:
                if self.corpus is None:  # the list came from the cache
                    corpus, early = self._open_corpus(early, early_skipped)
                else:
                    corpus = self.corpus
                speakers = corpus.speakers()
        except Exception as exc:  # noqa: BLE001 - any failure is shown, never a traceback
            self.post_message(IndexFailed(str(exc) or type(exc).__name__))
            return
        self.post_message(SpeakersReady(speakers))
        self._refresh(corpus, False, early)

    def _open_corpus(self, listed: list, listed_skipped: list) -> tuple:
        """Open the corpus behind the cached list; post it, with its own list if that
        differs from the cache's (worker thread, holding the corpus lock).

        Returns the corpus and its articles."""
        from index.corpus import Corpus

        app = self.app
        corpus = Corpus.open(app.paths, app.index_dir, app.aliases)
        summaries, skipped = corpus.summaries(), corpus.skipped()
        if summaries == listed and skipped == listed_skipped:
            self.post_message(CorpusOpened(corpus))
        else:
            self.post_message(CorpusOpened(corpus, summaries, skipped))
        return corpus, summaries

    def _refresh(self, corpus, rebuild: bool, early: list) -> None:
        """Bring the index up to date (worker thread); post the lists if they changed."""
        def progress(done: int, total: int, path: str) -> None:
            self.post_message(IndexProgress(done, total, path))

        try:
            with self.corpus_lock:
                report = corpus.refresh(progress, rebuild=rebuild)
                changed = not early or report.files_read or report.files_removed or rebuild
                summaries = corpus.summaries() if changed else early
                speakers = corpus.speakers() if changed else None
        except Exception as exc:  # noqa: BLE001 - any failure is shown, never a traceback
            self.post_message(IndexFailed(str(exc) or type(exc).__name__))
            return
        self.post_message(IndexReady(corpus, report, summaries, speakers, report.skipped,
                                     bool(changed)))

    def on_index_progress(self, message: IndexProgress) -> None:
        self.status.progress(message.done, message.total, message.path)

    def on_index_failed(self, message: IndexFailed) -> None:
        self.status.failed(message.reason)
        self.body.set_placeholder(f"The corpus could not be indexed: {message.reason}")
        self.app.sub_title = f"{self.app.corpus_label} · index failed"

    def on_index_ready(self, message: IndexReady) -> None:
        """Fill the lists; ``report`` is None for the early view of an existing index
        (and ``corpus`` None too when that view comes from the cached article list)."""
        report = message.report
        if message.corpus is not None:
            self.corpus = message.corpus
        self.skipped = message.skipped
        quotes = sum(s.quote_count for s in message.summaries)
        if report is None:
            self.status.checking(len(message.summaries), quotes, len(self.skipped))
            self.call_after_refresh(self._check_files, message.summaries, message.skipped)
        else:
            self.report = report
            self.status.ready(len(message.summaries), quotes, len(self.skipped), report.notices)
        self.app.sub_title = f"{self.app.corpus_label} · {len(message.summaries)} articles"
        if not message.changed:  # refreshed, nothing changed: the lists are current
            return
        if message.speakers is not None:
            self._show_speakers(message.speakers)
        self.body.set_placeholder("No articles found." if not message.summaries else "")
        self.articles.set_summaries(message.summaries)
        self.app.corpus_ready()

    def on_corpus_opened(self, message: CorpusOpened) -> None:
        """The corpus behind the cached list is open: show what was asked for meanwhile."""
        self.corpus = message.corpus
        if message.summaries is not None:  # the index no longer lists what the cache did
            self.skipped = message.skipped or []
            quotes = sum(s.quote_count for s in message.summaries)
            self.status.checking(len(message.summaries), quotes, len(self.skipped))
            self.app.sub_title = f"{self.app.corpus_label} · {len(message.summaries)} articles"
            self.body.set_placeholder("No articles found." if not message.summaries else "")
            self.articles.set_summaries(message.summaries)
        if self.deferred is not None:
            article_id, quote_start = self.deferred
            self.deferred = None
            self.open_article(article_id, quote_start)

    def on_speakers_ready(self, message: SpeakersReady) -> None:
        self._show_speakers(message.speakers)

    def _show_speakers(self, speakers: list) -> None:
        """The corpus speakers: for the corpus sidebar, the palette and the suggester."""
        self.sidebar.show_corpus(speakers)
        self.search_bar.suggester.set_speakers([s.name for s in self.sidebar.speakers])

    def action_reindex(self) -> None:
        """Refresh the index (ctrl+r): re-read changed files."""
        self.start_indexing()

    def action_show_skipped(self) -> None:
        """List the files that could not be read (`u`)."""
        from tui.screens.skipped import SkippedScreen

        self.app.push_screen(SkippedScreen(self.skipped))

    # -- panes ------------------------------------------------------------------

    def on_article_list_previewed(self, message: ArticleList.Previewed) -> None:
        if message.article_id != (self.pending_id or (self.article and self.article.id)):
            self.open_article(message.article_id)

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        self.open_article(message.article_id)
        self.action_pane("body")

    def _pane_widget(self, name: str):
        if name == "list":
            return self.results_list if self.searching else self.articles
        return self.body if name == "body" else self.sidebar

    def action_pane(self, name: str) -> None:
        """Focus pane ``name``; in a narrow terminal, reveal it beside the body."""
        widget = self._pane_widget(name)
        side = {"list": "-side-list", "sidebar": "-side-sidebar"}.get(name)
        if side is None or self.has_class(side) or not self.has_class("-narrow"):
            widget.focus()
        else:  # narrow: reveal the pane first, focus once it is displayed
            self.call_after_refresh(widget.focus)
        if side is not None:
            self.set_class(name == "list", "-side-list")
            self.set_class(name == "sidebar", "-side-sidebar")

    def action_focus_pane(self, step: int) -> None:
        """Cycle focus through the panes (tab / shift+tab), including the search input."""
        order = [*(["search"] if self.searching else []), *PANES]
        focused = self.focused
        current = next((n for n in order if n != "search" and self._pane_widget(n) is focused),
                       "search" if self.searching and focused is self.search_bar.input else None)
        target = order[(order.index(current) + step) % len(order)] if current else order[0]
        if target == "search":
            self.search_bar.input.focus()
        else:
            self.action_pane(target)
