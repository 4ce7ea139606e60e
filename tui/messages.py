"""Messages that cross widget boundaries: workers and widgets post them, screens handle them.

Widget-specific messages live on their widget (``ArticleList.Highlighted``); the ones
here come from background workers, which only ever post messages and never touch the
DOM themselves.

Plain classes with an ``__init__``, not dataclasses: they are defined while the reader
starts, and each dataclass costs about half a millisecond to define.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message


class IndexProgress(Message):
    """The indexing worker read ``done`` of ``total`` files; ``path`` is the latest;
    ``rebuilding``: why the index is being rebuilt whole (None: it is not)."""

    def __init__(self, done: int, total: int, path: str, rebuilding: str | None = None
                 ) -> None:
        super().__init__()
        self.done, self.total, self.path = done, total, path
        self.rebuilding = rebuilding


class GroupingProgress(Message):
    """The indexing worker grouped the quotes of ``done`` of ``total`` articles that
    needed it (quote provenance, after the index is written)."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done, self.total = done, total


class ArticleRead(Message):
    """The first build read the article of ``summary`` (an ArticleSummary); it is listed
    at once and opened from its file, before the index holds it."""

    def __init__(self, summary: Any) -> None:
        super().__init__()
        self.summary = summary


class IndexReady(Message):
    """The corpus can be shown: ``corpus`` is open, ``report`` says what refresh did.

    ``report`` is None for the early view of an existing index (before the files are
    checked); ``corpus`` is None too when that view comes from the cached article list
    (the corpus opens after the first paint: :class:`CorpusOpened`); ``speakers`` is
    None when they come later (:class:`SpeakersReady`); ``summaries`` is the article list
    (an ``ArticleView`` read a page at a time, or a ``MemoryView`` of the cached list);
    ``changed`` is False when a refresh changed nothing. ``skipped`` lists the
    (path, reason) of unreadable files the index remembers. The quote groups come after,
    in :class:`QuoteGroupsReady`: searching and reading need not wait for them.
    """

    def __init__(self, corpus: Any, report: Any, summaries: Any, speakers: list | None,
                 skipped: list | None = None, changed: bool = True) -> None:
        super().__init__()
        self.corpus, self.report = corpus, report
        self.summaries, self.speakers = summaries, speakers
        self.skipped = [] if skipped is None else skipped
        self.changed = changed


class QuoteGroupsReady(Message):
    """The refresh's worker brought the quote groups up to date, after the index was
    ready (:class:`IndexReady`): ``groups`` (a provenance ``Provenance``; None: not had),
    ``deferred`` why they were left to ``warreader index`` (None: they were not)."""

    def __init__(self, groups: Any, deferred: str | None) -> None:
        super().__init__()
        self.groups, self.deferred = groups, deferred


class CorpusOpened(Message):
    """The corpus behind an early view from the cached article list is open.

    ``summaries`` is the index's own list (an ``ArticleView``), which replaces the
    cached one (None without an index), with its ``skipped`` files.
    """

    def __init__(self, corpus: Any, summaries: Any = None,
                 skipped: list | None = None) -> None:
        super().__init__()
        self.corpus, self.summaries, self.skipped = corpus, summaries, skipped


class SpeakersReady(Message):
    """Every speaker of the corpus (SpeakerSummary), loaded after the first screen."""

    def __init__(self, speakers: list) -> None:
        super().__init__()
        self.speakers = speakers


class IndexFailed(Message):
    """Opening or indexing the corpus failed with a user-readable ``reason``."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class ArticleLoaded(Message):
    """An article and its quotes, loaded for display; ``anchor`` is where to land."""

    def __init__(self, article: Any, quotes: list, anchor: int | None = None,
                 hits: list | None = None) -> None:
        super().__init__()
        self.article, self.quotes, self.anchor, self.hits = article, quotes, anchor, hits


class SearchFinished(Message):
    """Results of ``query`` (a SearchResults) arrived from the search worker: the first
    page, or with ``start`` > 0 a further page (the hits from rank ``start`` on).
    ``searched``: the query as typed searches something (False: a first word of one or
    two letters, a field without its value...: its "0 results" is no answer);
    ``unfinished``: what the query lacks as written (an open phrase...: what enter says),
    None when complete; both judged by the worker so that no key waits on the parser.
    ``hint``: why a query that found nothing could find nothing here (speaker: ANDed
    with title:, date: where no article has a date), judged by the worker too;
    ``note``: the common words a query that found hits left out (a muted line)."""

    def __init__(self, query: str, results: Any, start: int = 0, searched: bool = True,
                 unfinished: str | None = None, hint: str | None = None,
                 note: str | None = None) -> None:
        super().__init__()
        self.query, self.results, self.start = query, results, start
        self.searched, self.unfinished, self.hint = searched, unfinished, hint
        self.note = note


class SearchCounted(Message):
    """Every match of ``query`` counted (``total``), after its first page came uncounted."""

    def __init__(self, query: str, total: int) -> None:
        super().__init__()
        self.query, self.total = query, total


class SpeakerQuotesLoaded(Message):
    """Whole-corpus quotes of ``speaker``: a list of (ArticleSummary, Quote)."""

    def __init__(self, speaker: str, quotes: list) -> None:
        super().__init__()
        self.speaker, self.quotes = speaker, quotes


class WorkerProblem(Message):
    """A background task failed in a way the user should hear about."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
