"""Indexing: the corpus opened, refreshed, listed and its quotes grouped, without ever
blocking the screen.

A mixin of :class:`tui.screens.main.MainScreen`. Reopening an indexed corpus lists its
articles from the cached listing (:mod:`index.search.listing`) without importing Whoosh;
the corpus is opened, its speakers loaded and its files checked once that list is on
screen. After every refresh the same worker brings the quote groups up to date
(provenance, the status line saying "Grouping quotes"), so the index is ready with them.
The worker threads only post messages (:mod:`tui.messages`); the handlers
(:mod:`tui.screens.index_messages`) own the state.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.message import Message
from warreader.index.search.article_view import HeadView, MemoryView
from warreader.index.search.listing import lists_other_folders, read_head, read_listing
from warreader.tui.messages import (
    ArticleRead,
    CorpusOpened,
    GroupingProgress,
    IndexFailed,
    IndexProgress,
    IndexReady,
    QuoteGroupsReady,
    SpeakersReady,
)
from warreader.tui.screens.listing import ArticlesLabelled
from warreader.tui.screens.warming import WarmingMixin
from warreader.tui.widgets.index_status import ROUTINE

GROUP_LIMIT = 5_000
"""The reader groups the quotes of at most this many articles after a refresh (~7 s of
CPU), or of as many as the refresh itself read; a larger backlog (an index whose
grouping never ran or was stopped: 100,000 articles take minutes and hundreds of MB)
is left to ``warreader index``, and the status line says so."""


def _whole_listing(index_dir: Path, aliases, roots, head) -> list | None:
    """The whole cached list the head was cut from (None: it changed or went)."""
    listing = read_listing(index_dir, aliases, roots)
    return listing.summaries if listing is not None and listing.stamp == head.stamp else None


def _opened(corpus_class, app):
    """The app's corpus opened (worker thread), its grouping bounded by :data:`GROUP_LIMIT`."""
    corpus = corpus_class.open(app.paths, app.index_dir, app.aliases)
    corpus.group_limit = GROUP_LIMIT
    return corpus


def _why_rebuilt(corpus) -> str | None:
    """Why the refresh about to run will rebuild the index whole (worker thread), for
    the progress line; None when it will not, or that cannot be told."""
    from warreader.index.search import store

    try:
        return store.why_rebuilt(corpus.index_dir, corpus.aliases.fingerprint())
    except Exception:  # noqa: BLE001 - only words for the progress line
        return None


class FilesChanged(Message):
    """The background check found files changed since the index was made:
    ``changes`` says how many ("2 new or changed files, 1 gone")."""

    def __init__(self, changes: str) -> None:
        super().__init__()
        self.changes = changes


class IndexingMixin(WarmingMixin):
    """The indexing workers: opening, refreshing and listing the corpus, grouping its
    quotes; reindexing; unreadable files."""

    def start_indexing(self, rebuild: bool = False) -> None:
        """Open and refresh the corpus index in a worker thread.

        The first time, a current cached article list is shown at once instead, and the
        worker starts once it is on screen (:meth:`_check_files`).
        """
        if self.corpus is None and not rebuild and self._show_listing():
            return
        self.app.sub_title = f"{self.app.corpus_label} · indexing…"
        if self.corpus is not None:  # ctrl+r: not "Index ready" while the files are checked
            view = self.articles.view
            self.status.checking(view.total, view.quotes, len(self.skipped), view.terms)
        self._index(rebuild)

    @work(thread=True, exclusive=True, group="index")
    def _index(self, rebuild: bool) -> None:
        from warreader.index.corpus import Corpus  # imported here so the first screen paints sooner

        app = self.app
        try:
            with self.corpus_lock:
                fresh = self.corpus is None
                corpus = self.corpus or _opened(Corpus, app)
                early, labels = (self.stored_view(corpus) if fresh and not rebuild
                                 and not lists_other_folders(corpus.index_dir, app.aliases,
                                                             app.paths)
                                 else (None, None))
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
        a worker thread every file read would wait for the GIL behind that paint.) The
        list's head (its first screen and counts, :func:`read_head`) is enough: the
        whole cached list (~1 s to decode at 100,000 articles) is read only if rows past
        it are asked for before the stored list replaces it.
        """
        if self.listed:
            return False
        self.listed = True
        app = self.app
        try:
            from warreader.index.paths import index_dir_for

            index_dir = index_dir_for(app.paths, app.index_dir)
            head = read_head(index_dir, app.aliases, app.paths)
            if head is not None and head.total:  # a screenful and the counts, not the list
                view = HeadView(head, lambda: _whole_listing(index_dir, app.aliases, app.paths,
                                                             head))
                self.on_index_ready(IndexReady(None, None, view, None, head.skipped))
                return True
            listing = read_listing(index_dir, app.aliases, app.paths)
        except Exception:  # noqa: BLE001 - only a cache: open the index instead
            return False
        if listing is None or not listing.summaries:
            return False
        self.on_index_ready(IndexReady(None, None, MemoryView(listing.summaries), None,
                                       listing.skipped))
        return True

    @work(thread=True, exclusive=True, group="index")
    def _check_files(self, early) -> None:
        try:
            if self.corpus is None:  # the list came from the cache
                corpus, early = self._open_corpus()
            else:
                corpus = self.corpus
            with self.corpus_lock:
                speakers = corpus.speakers()
        except Exception as exc:  # noqa: BLE001 - any failure is shown, never a traceback
            self.post_message(IndexFailed(str(exc) or type(exc).__name__))
            return
        self.post_message(SpeakersReady(speakers))
        self._refresh(corpus, False, early)

    def _open_corpus(self) -> tuple:
        """Open the corpus behind the cached list and post it at once (reading and
        searching need nothing more: "ready"); then post its stored list, which replaces
        the cached one (worker thread).

        Returns the corpus and its stored list (None without one)."""
        from warreader.index.corpus import Corpus
        from warreader.tui.file_labels import FileLabels

        app = self.app
        corpus = _opened(Corpus, app)  # not shared yet
        self.post_message(CorpusOpened(corpus))
        with self.corpus_lock:  # a search may be running on it already
            view = corpus.article_view(self.wanted_filter, self.articles.sort_by)
            skipped = corpus.skipped()
        if view is None:
            return corpus, None
        self.post_message(CorpusOpened(corpus, view, skipped))
        self.post_message(ArticlesLabelled(view, FileLabels(view.table.paths, app.paths)))
        return corpus, view if view.total else None

    def _refresh(self, corpus, rebuild: bool, early) -> None:
        """Bring the index up to date (worker thread); post the lists if they changed.

        A listed index is first checked without the corpus lock (:meth:`Corpus.check_files`:
        searches and reading go on meanwhile); the lock is taken only to update it."""
        rebuilding = _why_rebuilt(corpus)

        def progress(done: int, total: int, path: str) -> None:
            self.post_message(IndexProgress(done, total, path, rebuilding))

        def on_article(summary) -> None:
            self.post_message(ArticleRead(summary))

        listed = early is not None and early.total > 0
        try:
            checked = self._checked(corpus) if listed and not rebuild else None
            if checked is not None and not checked.changed:
                report, changed, view, labels, speakers = checked.report, False, early, None, None
            else:
                with self.corpus_lock:  # nothing listed yet: list each article as it is read
                    report = corpus.refresh(progress, rebuild=rebuild, checked=checked,
                                            on_article=None if listed else on_article)
                    changed = not listed or report.files_read or report.files_removed or rebuild
                    view, labels = self.stored_view(corpus) if changed else (early, None)
                    speakers = corpus.speakers() if changed else None
                if checked is not None and checked.describe():
                    report.notices.append(f"{ROUTINE} {checked.describe()}")
        except Exception as exc:  # noqa: BLE001 - any failure is shown, never a traceback
            self.post_message(IndexFailed(str(exc) or type(exc).__name__))
            return
        # ready before the quotes are grouped: searching and reading need only the
        # committed index (a first build of 1,808 articles grouped for 8 s more)
        self.post_message(IndexReady(corpus, report, view if view is not None else
                                     MemoryView([]), speakers, report.skipped, bool(changed)))
        if changed and view is not None:
            self.post_message(ArticlesLabelled(view, labels))
        self.post_message(QuoteGroupsReady(*self._group_quotes(corpus, report)))
        if changed:
            self._warm_searches(corpus)

    def _checked(self, corpus):
        """The files compared with the index, unlocked (worker thread); the status line
        says what changed before the update starts. None if the check failed (the
        refresh under the lock then finds and reports why)."""
        try:
            checked = corpus.check_files()
        except Exception:  # noqa: BLE001 - the refresh says it in one line
            return None
        if checked.changed and checked.describe():
            self.post_message(FilesChanged(checked.describe()))
        return checked

    def on_files_changed(self, message: FilesChanged) -> None:
        self.status.noticed(message.changes)

    def _group_quotes(self, corpus, report) -> tuple:
        """Bring the quote groups up to date with the refreshed index (worker thread,
        the corpus lock held only while the index is read): the articles added or
        changed are grouped, their progress posted. Returns the groups and why they are
        deferred: groups None when they cannot be had (they are extra: reading goes on,
        and a quote's look-up tries again), or when more are to be grouped than
        :data:`GROUP_LIMIT` or the refresh read (the reason then, for the notices). A
        quote's look-up meanwhile waits for this grouping, never computes its own
        (:func:`index.provenance.corpus_groups.cached_groups`)."""
        from warreader.index.provenance.corpus_groups import GroupingDeferred, groups_unlocked

        def progress(done: int, total: int) -> None:
            self.post_message(GroupingProgress(done, total))

        try:
            return groups_unlocked(corpus, self.corpus_lock, progress,
                                   max(GROUP_LIMIT, report.files_read)), None
        except GroupingDeferred as exc:
            return None, str(exc)
        except Exception:  # noqa: BLE001 - groups are extra: never fail the index
            return None, None

    def action_reindex(self) -> None:
        """Refresh the index (ctrl+r): re-read changed files."""
        self.start_indexing()

    def action_show_skipped(self) -> None:
        """List the files that could not be read (`u`)."""
        from warreader.tui.screens.skipped import SkippedScreen

        self.app.push_screen(SkippedScreen(self.skipped, self.app.paths, self.notices))
