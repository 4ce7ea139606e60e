"""Reading: opening articles (from the stored data, or from their files during the first
build), keeping the last few parsed, and showing one with its quotes.

A mixin of :class:`tui.screens.main.MainScreen`; the loading worker only posts
:class:`~tui.messages.ArticleLoaded`, and the handlers here own the state. Stepping
through the shown article's quotes and speakers is :mod:`tui.screens.stepping`.
"""

from __future__ import annotations

from collections import OrderedDict

from textual import work
from textual.worker import get_current_worker
from warreader.tui.colours import assign_colours
from warreader.tui.messages import ArticleLoaded, WorkerProblem
from warreader.tui.safe_text import one_line


class ReadingMixin:
    """Which article is shown, loading the next one, and landing on a quote in it."""

    pending_scroll: float | None = None  # where to scroll the article being loaded
    pending_moves = 0  # the list cursor's moves when the article being loaded was asked for
    LOADED_KEPT = 32  # articles kept parsed, so stepping back and forth reads none again
    _loaded: OrderedDict | None = None  # article id -> (article, quotes), newest last

    def forget_loaded(self) -> None:
        """Drop the parsed articles kept for previews (the index or corrections changed)."""
        self._loaded = None

    def _keep_loaded(self, article, quotes) -> None:
        if self._loaded is None:
            self._loaded = OrderedDict()
        self._loaded[article.id] = (article, quotes)
        self._loaded.move_to_end(article.id)
        while len(self._loaded) > self.LOADED_KEPT:
            self._loaded.popitem(last=False)

    def open_article(self, article_id: str, quote_start: int | None = None) -> None:
        """Load ``article_id`` in the background; land on the quote starting at ``quote_start``."""
        if self.corpus is None:
            path = next((s.path for s in self.read_so_far if s.id == article_id), None)
            if path is not None:  # the first build is still reading: open it from its file
                self.pending_id, self.pending_moves = article_id, self.articles.moves
                self._load_article_file(path, quote_start)
            else:  # the article list came from the cache: open it once the corpus is
                self.deferred = (article_id, quote_start)
            return
        if self.article is not None and self.article.id == article_id and self.pending_id is None:
            if quote_start is not None:
                self._land(quote_start)
                self.refresh_hits(quote_start)
            return
        self.pending_id, self.pending_moves = article_id, self.articles.moves
        kept = self._loaded.get(article_id) if self._loaded else None
        if kept is not None:  # read lately: shown now, no worker
            self.workers.cancel_group(self, "load")
            self.on_article_loaded(ArticleLoaded(*kept, quote_start))
            return
        self._load_article(article_id, quote_start)

    @work(thread=True, exclusive=True, group="load")
    def _load_article(self, article_id: str, quote_start: int | None) -> None:
        worker = get_current_worker()
        with self.corpus_lock:
            if worker.is_cancelled:  # superseded while waiting: read nothing
                return
            try:
                article, quotes = self.corpus.load(article_id)
            except KeyError as exc:  # not in the index as it stands (its exception names
                if exc.args != (article_id,):  # the id); any other KeyError is a bug's
                    raise
                rebuilding = any(w.group == "index" and w.is_running for w in self.workers)
                self.post_message(WorkerProblem(_not_indexed(self.corpus, rebuilding)))
                return
            except Exception as exc:  # noqa: BLE001 - a vanished or unreadable file
                self.post_message(WorkerProblem(f"Cannot open the article: {exc}"))
                return
        if not worker.is_cancelled:
            self.post_message(ArticleLoaded(article, quotes, quote_start))

    @work(thread=True, exclusive=True, group="load")
    def _load_article_file(self, path: str, quote_start: int | None) -> None:
        """Read and extract an article the first build has listed but not yet indexed."""
        from pathlib import Path

        from warreader.index.annotations.correcting import apply_corrections
        from warreader.index.annotations.indexed import load_rules
        from warreader.index.articles import read_article
        from warreader.index.quotes import extract_quotes

        try:
            article = read_article(Path(path))
            quotes = apply_corrections(article, extract_quotes(article, self.app.aliases),
                                       load_rules(self.app.paths)[0])
        except Exception as exc:  # noqa: BLE001 - a vanished or unreadable file
            self.post_message(WorkerProblem(f"Cannot open the article: {exc}"))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(ArticleLoaded(article, quotes, quote_start))

    def on_worker_problem(self, message: WorkerProblem) -> None:
        self.pending_id, self.pending_step = None, 0
        self.release_keys()  # keys held for what failed act now (tui.screens.key_hold)
        self.notify(one_line(message.text), severity="error", markup=False)

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        if message.article.id != self.pending_id:
            return
        self.pending_id = None
        if self.corpus is not None:  # not a file of the first build, read before indexing
            self._keep_loaded(message.article, message.quotes)
        self.article, self.quotes = message.article, message.quotes
        self.colours = assign_colours(q.speaker for q in self.quotes if q.kind == "quote")
        self.prepare_marks()  # the stars of marked quotes (tui.screens.marking)
        with self.body.one_layout():  # shown, its quote and hits: laid out once
            self.body.show(self.article, self.quotes, self.colours,
                           self.articles.labels.get(self.article.path))
            self.hit_spans = []  # the last article's: refresh_hits finds this one's
            self.sidebar.show_article(self.quotes, self.colours)
            if self.articles.moves == self.pending_moves:  # else the reader moved on
                self.articles.select_id(self.article.id)
            self._land(message.anchor)
            self.refresh_hits(message.anchor)
        scroll, self.pending_scroll = self.pending_scroll, None
        if scroll is not None and message.anchor is None:
            self.body.scroll_to(y=scroll, animate=False)
        self.note_place()  # back/forward (tui.screens.history_keys)
        step, self.pending_step = self.pending_step, 0
        if step and message.anchor is None:  # ] or [ pressed while it loaded
            self._step_quote(step)
        self.article_shown()  # keys held for it act now (tui.screens.key_hold)

    def relabel_body(self) -> None:
        """Name the shown article's file as the list now does: the first article is
        shown before the list's file labels are made (``business/001.txt``, not
        ``001.txt`` when several folders hold a 001.txt)."""
        if self.article is not None:
            self.body.set_file_label(self.articles.labels.get(self.article.path))

    def _land(self, quote_start: int | None) -> None:
        """Make the quote holding raw offset ``quote_start`` current (none if no quote
        holds it); nothing changes when there is no offset."""
        if quote_start is None:
            return
        for i, quote in enumerate(self.quotes):
            if quote.start <= quote_start < max(quote.end, quote.start + 1):
                self.set_quote(i)
                return
        if self.body.current is not None:
            self.set_quote(None)

    def return_to(self, article_id: str, quote_start: int | None, scroll: float) -> None:
        """Show ``article_id`` again as the reader left it: at the quote starting at
        ``quote_start``, or (no quote) scrolled to ``scroll``."""
        if self.article is not None and self.article.id == article_id and self.pending_id is None:
            self.articles.select_id(article_id)
            if quote_start is not None:
                self._land(quote_start)
            else:
                self.set_quote(None)
                self.body.scroll_to(y=scroll, animate=False)
            self.refresh_hits(quote_start)
            return
        self.pending_scroll = scroll if quote_start is None else None
        self.open_article(article_id, quote_start)


def _not_indexed(corpus, rebuilding: bool) -> str:
    """Why an article listed cannot be loaded from the index: it is damaged (a refresh
    under way rebuilds it, and the article opens then; with none, ctrl+r rebuilds it), or
    no longer holds it."""
    if getattr(corpus, "damage", None):
        if rebuilding:
            return "The index is damaged: the article opens once it is rebuilt."
        return "The index is damaged: ctrl+r rebuilds it."
    return "Cannot open the article: the index no longer holds it (ctrl+r re-reads the files)."
