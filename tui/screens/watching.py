"""Watching: the corpus kept up to date while the reader runs, the reader's place kept.

A mixin of :class:`tui.screens.main.MainScreen`, listed before
:class:`tui.screens.index_messages.IndexMessagesMixin` so that its ``IndexReady`` handler runs first
(Textual calls the handlers of every class in the MRO, in order): it notes the reader's
place before the lists change, and puts it back after.

The watcher thread (:class:`tui.corpus_watch.CorpusWatcher`) only posts
:class:`CorpusChanged`; a refresh is the one ctrl+r runs (``_refresh``: incremental,
progress in the status line), started through a :class:`tui.corpus_watch.RefreshGate`
so that changes noticed while one runs make one more, not one each.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual import work
from textual.message import Message
from textual.worker import get_current_worker
from warreader.tui.corpus_watch import ChangeFilter, ChangeSet, CorpusWatcher, RefreshGate
from warreader.tui.messages import ArticleLoaded, IndexFailed, IndexReady, WorkerProblem
from warreader.tui.safe_text import one_line
from warreader.tui.wording import plural


class CorpusChanged(Message):
    """The watcher noticed relevant ``changes``: a set of (change, path)."""

    def __init__(self, changes: set[tuple[int, str]]) -> None:
        super().__init__()
        self.changes = changes


class WatchFailed(Message):
    """The watcher stopped: ``reason`` in one line."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class WatchNotice(Message):
    """Something the reader should hear about a refresh (a warning toast)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class Place:
    """Where the reader is, noted before the lists change."""

    def __init__(self, screen, summaries: list) -> None:
        article = screen.article
        self.article_id = article.id if article is not None else None
        self.path = article.path if article is not None else None
        self.title = (article.title if article is not None else None) or "(untitled)"
        current = screen.body.current
        quote = screen.quotes[current] if article is not None and current is not None else None
        self.quote = (quote.text, quote.start) if quote is not None else None
        self.scroll = screen.body.scroll_y
        listing = screen.articles
        self.rows = [s.id for s in listing.rows]
        self.cursor_id = listing.highlighted_id
        self.offset = (listing.cursor * listing.ROW_HEIGHT - listing.scroll_y
                       if listing.cursor is not None else None)
        self.sidebar_row = None
        if screen.sidebar.mode == "corpus":
            option = screen.sidebar.highlighted_option
            self.sidebar_row = option.id if option is not None else None
        self.before = {s.id: s for s in summaries}

    def neighbour(self, listed: set[str]) -> str | None:
        """The article listed after the vanished one (else before it), still listed."""
        if self.article_id not in self.rows:
            return None
        at = self.rows.index(self.article_id)
        after = [i for i in self.rows[at + 1:] if i in listed]
        before = [i for i in reversed(self.rows[:at]) if i in listed]
        return (after or before or [None])[0]


def change_summary(before: dict, after: list, changes: ChangeSet | None) -> str:
    """"2 articles added, 1 changed, 1 removed" from the lists before and after."""
    now = {s.id: s for s in after}
    added = sum(1 for i in now if i not in before)
    removed = sum(1 for i in before if i not in now)
    changed = sum(1 for i, s in now.items() if i in before and (
        s != before[i] or (changes is not None and changes.touches(s.path))))
    parts = [f"{plural(added, 'article')} added" if added else "",
             f"{plural(changed, 'article')} changed" if changed else "",
             f"{plural(removed, 'article')} removed" if removed else ""]
    return ", ".join(p for p in parts if p)


class WatchingMixin:
    """The corpus watcher's life, its refreshes, and the reader's place across them."""

    watcher: CorpusWatcher | None = None
    gate: RefreshGate | None = None
    watch_changes: ChangeSet | None = None  # the changes the running watch refresh covers
    watch_filter: ChangeFilter | None = None

    def start_watching(self) -> None:
        """Watch the corpus folders, if the config says so (``watch``, on by default)."""
        app = self.app
        if not getattr(app, "watch", False) or self.watcher is not None:
            return
        from warreader.index.paths import index_dir_for

        self.watch_filter = ChangeFilter(app.paths, index_dir_for(app.paths, app.index_dir))
        self.watch_filter.on_special = self._post_special
        self.gate = RefreshGate(busy=True)  # the first indexing is under way
        self.watcher = CorpusWatcher(self.watch_filter, self._post_changes, self._post_failure)
        self.watcher.start()
        self.status.watching = True

    def _post_changes(self, changes: set[tuple[int, str]]) -> None:
        self._post_from_thread(CorpusChanged(changes))

    def _post_special(self, path: str, why: str) -> None:
        self._post_from_thread(WatchNotice(f"Skipped {Path(path).name}: {why}; it is never read"))

    def _post_failure(self, reason: str) -> None:
        self._post_from_thread(WatchFailed(reason))

    def _post_from_thread(self, message: Message) -> None:
        with contextlib.suppress(RuntimeError):  # the app's loop closed meanwhile: quitting
            self.post_message(message)

    def stop_watching(self) -> None:
        """Stop the watcher thread (quitting); safe to call twice."""
        if self.watcher is not None:
            self.watcher.stop()

    def on_unmount(self) -> None:
        self.stop_watching()

    def on_watch_failed(self, message: WatchFailed) -> None:
        self.status.stop_watching()
        self.notify(one_line(f"Not watching the corpus folders any more: {message.reason}. "
                             "ctrl+r refreshes by hand."), severity="warning", markup=False)

    def on_corpus_changed(self, message: CorpusChanged) -> None:
        if self.gate is None:
            return
        self._start_watch_refresh(self.gate.notice(message.changes))

    def _start_watch_refresh(self, changes: ChangeSet | None) -> None:
        """Refresh the index for ``changes`` (None: nothing to do) in a worker."""
        if changes is None:
            return
        self.watch_changes = changes
        self.status.noticed(changes.describe())
        if self.corpus is None:  # the first indexing failed: try it again
            self._index(False)
        else:
            self._watch_refresh(self.corpus, self.articles.view)

    @work(thread=True, group="watch")
    def _watch_refresh(self, corpus, listed) -> None:
        self._refresh(corpus, False, listed)  # posts IndexReady (or IndexFailed)

    def _on_index_failed(self, _message: IndexFailed) -> None:
        if self.gate is not None:
            self.watch_changes = None
            self._start_watch_refresh(self.gate.finished())

    def _on_index_ready(self, message: IndexReady) -> None:
        """Runs before the list is replaced: note the place, put it back afterwards.

        Named ``_on_…`` (Textual dispatches to that name too) so as not to shadow the
        indexing mixin's ``on_index_ready``, which is also called directly."""
        if message.report is None:  # the early view of an existing index: more to come
            return
        changes, self.watch_changes = self.watch_changes, None
        if self.watch_filter is not None:
            self.watch_filter.set_articles(s.path for s in message.summaries)
        if message.changed and self.articles.summaries:
            place = Place(self, self.articles.summaries)
            self.call_later(self._keep_place, place, message.summaries, changes)
        if self.gate is not None:
            self.call_later(self._start_watch_refresh, self.gate.finished())

    def _keep_place(self, place: Place, summaries: list, changes: ChangeSet | None) -> None:
        """After the lists changed: the same article, quote, list row and sidebar row;
        a removed article is said and its neighbour opened; an edited one reloaded."""
        listed = {s.id for s in summaries}
        removed = place.article_id is not None and place.article_id not in listed
        said = change_summary(place.before, summaries, changes) if changes is not None else ""
        if said and not (removed and said == "1 article removed"):  # that one is said below
            self.notify(f"Corpus updated: {said}.", title="Watching", markup=False)
        if removed:
            self._article_removed(place, listed)
        elif place.article_id is not None and changes is not None \
                and changes.touches(place.path):
            self._reload(place)
        self._keep_rows(place)

    def _keep_rows(self, place: Place) -> None:
        """The cursor's article at the same height in the list; the sidebar's row."""
        listing = self.articles
        if place.offset is not None and place.cursor_id is not None \
                and listing.highlighted_id == place.cursor_id:
            y = max(0, listing.cursor * listing.ROW_HEIGHT - place.offset)
            listing.call_after_refresh(listing.scroll_to, y=y, animate=False)
        if self.sidebar.mode == "corpus":
            if self.sidebar.selected:  # its quotes across the corpus may have changed too
                self._load_speaker_quotes(self.sidebar.selected)
            elif place.sidebar_row is not None:
                self.sidebar.select_id(place.sidebar_row)

    def _article_removed(self, place: Place, listed: set[str]) -> None:
        """The open article's file went: say so, and open its neighbour in the list."""
        neighbour = place.neighbour(listed)
        self.notify(one_line(f"“{place.title}” was removed from the corpus"
                             + ("; showing the next article." if neighbour else ".")),
                    title="Watching", severity="warning", markup=False)
        if neighbour is None:
            self.article, self.quotes = None, []
            self.body.show(None, [], {})
            self.sidebar.show_article([], {}, shown=False)
            return
        if not self.searching:
            self.articles.select_id(neighbour)
        self.open_article(neighbour)

    def _reload(self, place: Place) -> None:
        """Load the edited open article again, at the same quote (found by its words)."""
        self.pending_id = place.article_id
        self.pending_scroll = place.scroll
        self._reload_article(place.article_id, place.quote)

    @work(thread=True, exclusive=True, group="load")
    def _reload_article(self, article_id: str, quote: tuple[str, int] | None) -> None:
        from warreader.tui.corpus_watch import same_quote

        with self.corpus_lock:
            try:
                article, quotes = self.corpus.load(article_id)
            except Exception as exc:  # noqa: BLE001 - a vanished or unreadable file
                self.post_message(WorkerProblem(f"Cannot open the article: {exc}"))
                return
        if get_current_worker().is_cancelled:  # the reader opened another meanwhile
            return
        index = same_quote(quotes, *quote) if quote is not None else None
        self.post_message(ArticleLoaded(article, quotes,
                                        quotes[index].start if index is not None else None))
        if quote is not None and index is None:
            self.post_message(WatchNotice(
                "The quote you were on is no longer in the edited article."))

    def on_watch_notice(self, message: WatchNotice) -> None:
        self.notify(one_line(message.text), title="Watching", severity="warning",
                    markup=False)

    @property
    def watching_paths(self) -> list[Path]:
        """The folders being watched (empty when watching is off)."""
        return [Path(r) for r in self.watch_filter.roots()] if self.watch_filter else []
