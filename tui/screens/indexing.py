"""Indexing: the corpus opened, refreshed and listed without ever blocking the screen.

A mixin of :class:`tui.screens.main.MainScreen`. Reopening an indexed corpus lists its
articles from the cached listing (:mod:`index.search.listing`) without importing Whoosh;
the corpus is opened, its speakers loaded and its files checked once that list is on
screen. The worker threads only post messages (:mod:`tui.messages`); the handlers here
own the state.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from warreader.index.search.article_view import MemoryView
from warreader.index.search.listing import read_listing
from warreader.tui.file_labels import file_labels
from warreader.tui.messages import (
    ArticleRead,
    CorpusOpened,
    IndexFailed,
    IndexProgress,
    IndexReady,
    SpeakersReady,
)
from warreader.tui.screens.listing import ArticlesLabelled
from warreader.tui.wording import plural


def _counts(view) -> tuple[int, int]:
    """The quotes and the quoted terms of a listed view's corpus, counted apart."""
    return view.quotes, view.terms


class IndexingMixin:
    """Opening, refreshing and listing the corpus; reindexing; unreadable files."""

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
        from warreader.index.corpus import Corpus  # imported here so the first screen paints sooner

        app = self.app
        try:
            with self.corpus_lock:
                fresh = self.corpus is None
                corpus = self.corpus or Corpus.open(app.paths, app.index_dir, app.aliases)
                early, labels = self.stored_view(corpus) if fresh and not rebuild else (None, None)
                if early is not None and early.total:
                    # an existing index: list it now; speakers and files after the paint
                    self.post_message(IndexReady(corpus, None, early, None, corpus.skipped()))
                    self.post_message(ArticlesLabelled(early, labels))
                    return
        except Exception as exc:  # noqa: BLE001 - any failure is shown, never a traceback
            self.post_message(IndexFailed(str(exc) or type(exc).__name__))
            return
        self._refresh(corpus, rebuild, None)

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
                from warreader.index.paths import default_index_dir

                index_dir = default_index_dir(app.paths)
            else:
                index_dir = Path(app.index_dir)
            listing = read_listing(index_dir, app.aliases)
        except Exception:  # noqa: BLE001 - only a cache: open the index instead
            return False
        if listing is None or not listing.summaries:
            return False
        self.on_index_ready(IndexReady(None, None, MemoryView(listing.summaries), None,
                                       listing.skipped))
        return True

    @work(thread=True, exclusive=True, group="index")
    def _check_files(self, early, early_skipped: list) -> None:
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

    def _open_corpus(self, listed, listed_skipped: list) -> tuple:
        """Open the corpus behind the cached list; post it with its stored list, which
        replaces the cached one (worker thread, holding the corpus lock).

        Returns the corpus and its stored list (None without one)."""
        from warreader.index.corpus import Corpus

        app = self.app
        corpus = Corpus.open(app.paths, app.index_dir, app.aliases)
        view, labels = self.stored_view(corpus)
        self.post_message(CorpusOpened(corpus, view, corpus.skipped()))
        if view is not None:
            self.post_message(ArticlesLabelled(view, labels))
        return corpus, view if view is not None and view.total else None

    def _refresh(self, corpus, rebuild: bool, early) -> None:
        """Bring the index up to date (worker thread); post the lists if they changed."""
        def progress(done: int, total: int, path: str) -> None:
            self.post_message(IndexProgress(done, total, path))

        def on_article(summary) -> None:
            self.post_message(ArticleRead(summary))

        try:
            with self.corpus_lock:  # nothing listed yet: list each article as it is read
                listed = early is not None and early.total > 0
                report = corpus.refresh(progress, rebuild=rebuild,
                                        on_article=None if listed else on_article)
                changed = not listed or report.files_read or report.files_removed or rebuild
                view, labels = self.stored_view(corpus) if changed else (early, None)
                speakers = corpus.speakers() if changed else None
        except Exception as exc:  # noqa: BLE001 - any failure is shown, never a traceback
            self.post_message(IndexFailed(str(exc) or type(exc).__name__))
            return
        self.post_message(IndexReady(corpus, report, view if view is not None else
                                     MemoryView([]), speakers, report.skipped, bool(changed)))
        if changed and view is not None:
            self.post_message(ArticlesLabelled(view, labels))

    def on_index_progress(self, message: IndexProgress) -> None:
        self.status.progress(message.done, message.total, message.path)

    def on_article_read(self, message: ArticleRead) -> None:
        """List an article of the first build; the list is redrawn at most 4 times a second."""
        if self.corpus is not None:  # the index is ready: it lists them all
            return
        if not self.read_so_far:
            self.set_timer(0.25, self._list_read, name="list-read")
        self.read_so_far.append(message.summary)

    def _list_read(self) -> None:
        if self.corpus is not None or not self.read_so_far:
            return
        self.body.set_placeholder("")
        self.articles.set_summaries(self.read_so_far)
        self._show_filter_count()
        self.set_timer(0.25, self._list_read, name="list-read")

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
            self.report_corrections_problem()
            self.call_later(self.run_pending_search)
        self.skipped = message.skipped
        view = message.summaries
        quotes, terms = _counts(view)
        if report is None:
            self.status.checking(view.total, quotes, len(self.skipped), terms)
            self.call_after_refresh(self._check_files, view if view.stored else None,
                                    message.skipped)
        else:
            self.report = report
            self.status.ready(view.total, quotes, len(self.skipped), report.notices, terms)
        articles = plural(view.total, "article")
        self.app.sub_title = f"{self.app.corpus_label} · {articles}"
        if not message.changed:  # refreshed, nothing changed: the lists are current
            return
        self.forget_loaded()
        self.body.set_placeholder("No articles found." if not view.total else "")
        self.articles.set_view(view, None if view.stored else self._labels(view.summaries))
        self._show_filter_count()
        if message.speakers is not None:
            self._show_speakers(message.speakers)
        self.app.corpus_ready()

    def on_corpus_opened(self, message: CorpusOpened) -> None:
        """The corpus behind the cached list is open: show what was asked for meanwhile."""
        self.corpus = message.corpus
        self.forget_loaded()
        self.report_corrections_problem()
        self.call_later(self.run_pending_search)
        view = message.summaries
        if view is not None:  # the stored list replaces the cached one
            self.skipped = message.skipped or []
            quotes, terms = _counts(view)
            self.status.checking(view.total, quotes, len(self.skipped), terms)
            self.app.sub_title = f"{self.app.corpus_label} · {plural(view.total, 'article')}"
            self.body.set_placeholder("No articles found." if not view.total else "")
            self.articles.set_view(view)
            self._show_filter_count()
        if self.deferred is not None:
            article_id, quote_start = self.deferred
            self.deferred = None
            self.open_article(article_id, quote_start)

    def on_articles_labelled(self, message: ArticlesLabelled) -> None:
        """The file labels of a stored list, once it is listed (made in its worker)."""
        if self.articles.view is message.view or (
                getattr(self.articles.view, "table", None) is message.view.table):
            self.articles.labels = message.labels
            self.articles.refresh()

    def _labels(self, summaries: list) -> dict[str, str]:
        """File labels of ``summaries`` (tui.file_labels): names, folders where they repeat."""
        return file_labels((s.path for s in summaries), self.app.paths)

    def on_speakers_ready(self, message: SpeakersReady) -> None:
        self._show_speakers(message.speakers)

    def _show_speakers(self, speakers: list) -> None:
        """The corpus speakers: for the corpus sidebar, the palette and the suggester."""
        self.sidebar.show_corpus(speakers, _counts(self.articles.view)[0])
        self.search_bar.suggester.set_speakers([s.name for s in self.sidebar.speakers])

    def action_reindex(self) -> None:
        """Refresh the index (ctrl+r): re-read changed files."""
        self.start_indexing()

    def action_show_skipped(self) -> None:
        """List the files that could not be read (`u`)."""
        from warreader.tui.screens.skipped import SkippedScreen

        self.app.push_screen(SkippedScreen(self.skipped))

    # -- panes ------------------------------------------------------------------
