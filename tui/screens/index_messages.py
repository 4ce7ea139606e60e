"""The indexing workers' messages on screen: progress, the lists, the speakers.

A mixin of :class:`tui.screens.main.MainScreen`, beside
:class:`tui.screens.indexing.IndexingMixin` (whose workers post these messages): the
status line follows reading, writing and grouping; the article list fills as the first
build reads articles, then from the index; the corpus sidebar gets the speakers.
"""

from __future__ import annotations

from warreader.tui.file_labels import distinct_labels, label_under, reading_folders
from warreader.tui.keymap import key_named
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
from warreader.tui.safe_text import one_line
from warreader.tui.screens.listing import ArticlesLabelled
from warreader.tui.widgets.index_status import ROUTINE
from warreader.tui.wording import no_articles_found, plural


def _counts(view) -> tuple[int, int]:
    """The quotes and the quoted terms of a listed view's corpus, counted apart."""
    return view.quotes, view.terms


class IndexMessagesMixin:
    """What the indexing workers post, shown: progress, the lists, the speakers."""

    kept_notices: list[str]  # said once this session (a damaged file set aside at start)
    grouping_shown = False  # the status line shows the grouping's progress
    read_labels: dict[str, str]  # the first build: path -> label of the files read
    _read_folders: list[str] | None = None  # the corpus folders, as relative_to takes them

    @property
    def notices(self) -> list[str]:
        """Every notice the reader has now: those kept (damaged files, an unknown theme),
        then the last refresh's ("files checked: ..." last: news, not a warning)."""
        report = getattr(self, "report", None)
        found = sorted(report.notices if report is not None else [],
                       key=lambda notice: notice.startswith(ROUTINE))  # stable: routine last
        return [*self.kept_notices, *found]

    def keep_notice(self, text: str, severity: str = "warning", timeout: float | None = None
                    ) -> None:
        """Say ``text`` in a toast, and keep it: the status line counts it and `u` lists
        it until the reader quits (several at start are never down to the first)."""
        text = one_line(text)
        options = {} if timeout is None else {"timeout": timeout}
        self.notify(text, severity=severity, markup=False, **options)
        self.kept_notices.append(text)
        if self.is_mounted:
            self.status.renotice(self.notices)

    def on_index_progress(self, message: IndexProgress) -> None:
        path = message.path and self.read_label(message.path)
        self.status.progress(message.done, message.total, path, message.rebuilding)

    def read_label(self, path: str) -> str:
        """How the first build names the file at ``path``: its path under the corpus
        folder (``business/001.txt``, never a bare ``001.txt``: the BBC has five), under
        the folder they share when several are given (``sport/001.txt``,
        ``tech/001.txt``); a file given alone by its name. Kept for the list only during
        the first build (:attr:`read_labels`, emptied once the index is ready)."""
        if self._read_folders is None:
            self._read_folders = reading_folders(self.app.paths)
        label = self.read_labels.get(path)
        if label is None:
            label = label_under(path, self._read_folders)
            if self.corpus is None:  # the first build's list names it so
                self.read_labels[path] = label
        return label

    def on_grouping_progress(self, message: GroupingProgress) -> None:
        self.grouping_shown = True
        self.status.grouping(message.done, message.total)

    def on_quote_groups_ready(self, message: QuoteGroupsReady) -> None:
        """The groups are up to date (or deferred, a notice says why): the status line
        shows the ready line again, which the grouping's progress replaced."""
        self.quote_groups, self.groups_deferred = message.groups, message.deferred
        if message.deferred and self.report is not None:
            self.report.notices.append(message.deferred)
        args, shown = self.status.ready_args, self.grouping_shown
        self.grouping_shown = False
        if args is not None and (shown or message.deferred):
            articles, quotes, skipped, terms = args
            self.status.ready(articles, quotes, skipped, self.notices, terms)

    def on_article_read(self, message: ArticleRead) -> None:
        """List an article of the first build; the list is redrawn at most 4 times a second."""
        if self.corpus is not None:  # the index is ready: it lists them all
            return
        if not self.read_so_far:
            self.set_timer(0.25, self._list_read, name="list-read")
        self.read_so_far.append(message.summary)
        self.read_label(message.summary.path)  # listed with it (read_labels)

    def _list_read(self) -> None:
        if self.corpus is not None or not self.read_so_far:
            return
        self.body.set_placeholder("")
        self.articles.set_summaries(self.read_so_far, self.read_labels)
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
            # the first build's list is done with: the index lists them (not one label
            # and one summary per file kept for the session)
            self.read_labels, self.read_so_far = {}, []
        self.skipped = message.skipped
        view = message.summaries
        quotes, terms = _counts(view)
        if report is None:
            self.status.checking(view.total, quotes, len(self.skipped), terms)
            self.call_after_refresh(self._check_files, view if view.stored else None)
        else:
            self.report = report
            self.quote_groups = None  # being brought up to date: QuoteGroupsReady
            self.status.ready(view.total, quotes, len(self.skipped), self.notices, terms)
        articles = plural(view.total, "article")
        self.app.sub_title = f"{self.app.corpus_label} · {articles}"
        if not message.changed:  # refreshed, nothing changed: the lists are current
            return
        self.forget_loaded()
        self.body.set_placeholder(self._empty_corpus_text(view.total))
        self.articles.set_view(view, None if view.stored else self._labels(view.held()))
        self.relabel_body()
        self._show_filter_count()
        if message.speakers is not None:
            self._show_speakers(message.speakers)
        if self.article is None and self.pending_id is None and self.deferred is None \
                and self.articles.highlighted_id is not None:
            # none shown: its load failed (a damaged index, now rebuilt); try it again
            self.open_article(self.articles.highlighted_id)
        self.app.corpus_ready()

    def on_corpus_opened(self, message: CorpusOpened) -> None:
        """The corpus behind the cached list is open: show what was asked for meanwhile.
        Posted twice: as soon as it is open (reading and searching work), then with its
        stored list, which replaces the cached one."""
        if self.corpus is not message.corpus:
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
            self.body.set_placeholder(self._empty_corpus_text(view.total))
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
            self.relabel_body()

    def _empty_corpus_text(self, total: int) -> str:
        """The body's text for a corpus of ``total`` articles: "" when there are some,
        else where warreader looked and for which files, and how many it could not read."""
        if total:
            return ""
        text = no_articles_found(self.app.paths)
        if self.skipped:
            listing = key_named(self.app, "show-skipped")
            text += f"; {plural(len(self.skipped), 'file')} could not be read ({listing} lists why)"
        return text[0].upper() + text[1:] + "."

    def _labels(self, summaries: list) -> dict[str, str]:
        """File labels of ``summaries`` (tui.file_labels.distinct_labels): names, folders
        where they repeat."""
        return distinct_labels((s.path for s in summaries), self.app.paths)

    def on_speakers_ready(self, message: SpeakersReady) -> None:
        self._show_speakers(message.speakers)

    def _show_speakers(self, speakers: list) -> None:
        """The corpus speakers: for the corpus sidebar, the palette and the suggester."""
        self.sidebar.show_corpus(speakers, _counts(self.articles.view)[0])
        self.search_bar.suggester.set_speakers([s.name for s in self.sidebar.speakers])
