"""Messages that cross widget boundaries: workers and widgets post them, screens handle them.

Widget-specific messages live on their widget (``ArticleList.Highlighted``); the ones
here come from background workers, which only ever post messages and never touch the
DOM themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual.message import Message


@dataclass
class IndexProgress(Message):
    """The indexing worker read ``done`` of ``total`` files; ``path`` is the latest."""

    done: int
    total: int
    path: str


@dataclass
class IndexReady(Message):
    """The corpus can be shown: ``corpus`` is open, ``report`` says what refresh did.

    ``report`` is None for the early view of an existing index (before the files are
    checked); ``corpus`` is None too when that view comes from the cached article list
    (the corpus opens after the first paint: :class:`CorpusOpened`); ``speakers`` is
    None when they come later (:class:`SpeakersReady`);
    ``changed`` is False when a refresh changed nothing. ``skipped`` lists the
    (path, reason) of unreadable files the index remembers.
    """

    corpus: Any
    report: Any
    summaries: list
    speakers: list | None
    skipped: list = field(default_factory=list)
    changed: bool = True


@dataclass
class CorpusOpened(Message):
    """The corpus behind an early view from the cached article list is open.

    ``summaries`` and ``skipped`` are None when the index lists what the cache did;
    otherwise they are the index's own, to replace the list with.
    """

    corpus: Any
    summaries: list | None = None
    skipped: list | None = None


@dataclass
class SpeakersReady(Message):
    """Every speaker of the corpus (SpeakerSummary), loaded after the first screen."""

    speakers: list


@dataclass
class IndexFailed(Message):
    """Opening or indexing the corpus failed with a user-readable ``reason``."""

    reason: str


@dataclass
class ArticleLoaded(Message):
    """An article and its quotes, loaded for display; ``anchor`` is where to land."""

    article: Any
    quotes: list
    anchor: int | None = None
    hits: list | None = None


@dataclass
class SearchFinished(Message):
    """Results of ``query`` (a SearchResults) arrived from the search worker."""

    query: str
    results: Any


@dataclass
class SpeakerQuotesLoaded(Message):
    """Whole-corpus quotes of ``speaker``: a list of (ArticleSummary, Quote)."""

    speaker: str
    quotes: list


@dataclass
class WorkerProblem(Message):
    """A background task failed in a way the user should hear about."""

    text: str
