"""What a corpus answers from its stored data alone: the article list, speakers, quotes
by speaker, unreadable files, quote groups and the dates its articles span (a part of
:class:`index.corpus.Corpus`)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from warreader.index.annotations.correcting import CorrectionRules
    from warreader.index.model import Article, Quote
    from warreader.index.provenance.provenance import Provenance
    from warreader.index.quotes.speakers import SpeakerSummary
    from warreader.index.search.article_filter import ArticleFilter
    from warreader.index.search.article_view import ArticleTable, ArticleView
    from warreader.index.search.stored import StoredData
    from warreader.index.search.summary import ArticleSummary


class CorpusReads:
    """Reads of the live index's stored data; the class using it gives ``index_dir`` and
    ``_corpus_data()`` (None without a usable index)."""

    index_dir: Path
    corrections: CorrectionRules

    def _corpus_data(self) -> StoredData | None:  # pragma: no cover - given by Corpus
        raise NotImplementedError

    def _current_searcher(self):  # pragma: no cover - given by Corpus
        raise NotImplementedError

    def date_span(self) -> tuple[str, str] | None:
        """The first and last day an article is dated (ISO); None when no article has a
        date or there is no usable index."""
        from warreader.index.search.date_filter import date_span

        searcher = self._current_searcher() if self._corpus_data() is not None else None
        return None if searcher is None else date_span(searcher.reader())

    def names_any(self, field: str) -> bool:
        """Whether an indexed article names its ``field`` (``outlet``, ``author``): the
        field holds a word in the index; False without a usable index."""
        searcher = self._current_searcher() if self._corpus_data() is not None else None
        return searcher is not None and next(iter(searcher.reader().lexicon(field)),
                                             None) is not None

    def skipped(self) -> list[tuple[str, str]]:
        """(file, reason) of every file the index remembers as unreadable, by path."""
        data = self._corpus_data()
        return data.skipped() if data else []

    def summaries(self) -> list[ArticleSummary]:
        """Every indexed article, by path, from the index alone."""
        data = self._corpus_data()
        return data.articles() if data else []

    def article_count(self) -> int:
        """How many articles are indexed (no list is made)."""
        data = self._corpus_data()
        return data.article_count() if data else 0

    def summaries_page(self, offset: int, limit: int) -> list[ArticleSummary]:
        """``limit`` articles from position ``offset`` of :meth:`summaries` (read from
        disk when asked: a list can be shown a screen at a time)."""
        data = self._corpus_data()
        return data.articles(offset, limit) if data else []

    def article_view(self, filt: ArticleFilter | None = None,
                     sort: str = "date") -> ArticleView | None:
        """The articles matching ``filt`` in ``sort`` order (see
        :mod:`index.search.article_filter`), as compact keys whose rows are read a page
        at a time; None without a usable index."""
        from warreader.index.search.article_view import ArticleTable, ArticleView

        data = self._corpus_data()
        if data is None:
            return None
        table: ArticleTable | None = getattr(self, "_article_table", None)
        if table is None or table.data is not data:
            table = self._article_table = ArticleTable(data)
        return ArticleView(table, filt, sort)

    def speakers(self) -> list[SpeakerSummary]:
        """Speakers across the corpus, most quoted first."""
        data = self._corpus_data()
        return data.speakers() if data else []

    def stored_loads(self, article_ids: Collection[str]) -> dict[str, tuple[Article, list[Quote]]]:
        """What :meth:`load` answers for those of ``article_ids`` whose file is unchanged
        since the index read it, from the stored data (the article without its
        paragraphs: see :func:`index.search.fresh.with_lead`); the others are left out
        (load them). Nothing at all when the live index was made by another engine or
        before the current corrections (a refresh that could not run: locked,
        read-only). For many articles at once (an export of the whole corpus): the
        stored quotes of every article are read."""
        import os

        from warreader.index.annotations.indexed import changed_since
        from warreader.index.search.engine_stamp import same_engine
        from warreader.index.search.stamps import meta_or_none
        from warreader.index.search.stored import parsed_articles

        data = self._corpus_data()
        if data is None or changed_since(self.index_dir, self.corrections):
            return {}
        meta = meta_or_none(data.folder)
        if meta is None or not same_engine(meta):
            return {}
        wanted, states = set(article_ids), data.manifest().states
        out: dict[str, tuple[Article, list[Quote]]] = {}
        for file, (article, quotes) in parsed_articles(data).items():
            if article.id not in wanted:
                continue
            try:
                st = os.stat(file)
            except OSError:
                continue
            if states.get(file) == (st.st_size, st.st_mtime_ns):
                out[article.id] = (article, [_canonical(q, data) for q in quotes])
        return out

    def quotes_by(self, speaker: str) -> list[tuple[ArticleSummary, Quote]]:
        """Every quote whose (canonical) speaker is ``speaker``."""
        data = self._corpus_data()
        return data.quotes_by(speaker) if data else []

    def provenance(self, progress=None) -> Provenance | None:
        """Quote groups across the corpus (saved beside the index, updated incrementally);
        None without a usable index. ``progress(done, total)`` is told how many of the
        articles that need grouping are grouped (only when some do). With ``group_limit``
        set (the reader) more articles than that to group raise
        :class:`~index.provenance.corpus_groups.GroupingDeferred` instead."""
        from warreader.index.provenance.corpus_groups import cached_groups

        data = self._corpus_data()
        limit = getattr(self, "group_limit", None)
        return None if data is None else cached_groups(self.index_dir, data, progress, limit)


def _canonical(quote: Quote, data: StoredData) -> Quote:
    """``quote`` with its speaker's corpus-canonical name; ``quote`` itself when it has
    that name already (a copy for each quote was ~40% of :meth:`CorpusReads.stored_loads`'s
    CPU)."""
    name = data.canonical(quote.speaker)
    return quote if name == quote.speaker else replace(quote, speaker=name)
