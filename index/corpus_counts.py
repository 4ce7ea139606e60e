"""Counting a search's matches a slice at a time (a part of :class:`index.corpus.Corpus`).

The reader's search shows the first page of hits uncounted (a count is the query run
over every match: seconds at 10,000 articles), then counts with :meth:`counter` and
:meth:`count_step`, one slice per call, so that a newer keystroke stops the count
between slices and other work can take the corpus between them. Finished counts are
kept while the index is unchanged: typing back to an earlier query counts nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.index.search.segment_files import page_release

if TYPE_CHECKING:
    from warreader.index.search.counting import MatchCounter
    from warreader.index.search.stored import StoredData

COUNTS_KEPT = 256
"""Finished counts remembered per index generation."""


class CorpusCounts:
    """Cancellable counts; the class using it gives ``_corpus_data()``,
    ``_current_searcher()``, ``_builder`` and ``_ix``."""

    _builder: object | None
    _ix: object | None
    _counts: tuple[object, dict] | None = None  # (searcher, {(query, kind, typing): total})

    def _corpus_data(self) -> StoredData | None:  # pragma: no cover - given by Corpus
        raise NotImplementedError

    def _current_searcher(self):  # pragma: no cover - given by Corpus
        raise NotImplementedError

    def counter(self, query: str, kind: str | None = None,
                as_you_type: bool = False) -> MatchCounter | None:
        """A counter of every match of ``query`` as :meth:`search` matches it with the
        same ``kind`` and ``as_you_type``; advance it with :meth:`count_step`. None
        when there is nothing to count (no index, a blank or failing query)."""
        from warreader.index.provenance.search_filter import grouped_query
        from warreader.index.search.counting import MatchCounter
        from warreader.index.search.query import QueryBuilder
        from warreader.index.search.searching import count_matches

        if not query.strip() or self._corpus_data() is None:
            return None
        searcher = self._current_searcher()
        counts = self._kept(searcher)
        key = (query, kind, as_you_type)
        if key in counts:
            return MatchCounter.finished(searcher, counts[key], key)
        if self._builder is None:
            self._builder = QueryBuilder()
        try:
            text, only = grouped_query(self, query)
            counter = count_matches(searcher, self._builder, text, kind=kind,
                                    as_you_type=as_you_type, only=only)
        except Exception:  # noqa: BLE001 - the search itself reports what is wrong
            return None
        if counter is not None:
            counter.key = key
        return counter

    def count_step(self, counter: MatchCounter) -> bool | None:
        """Count one more slice of ``counter``'s matches: True once all are counted
        (``counter.total``), False while more remain, None when the count is void (the
        index changed since the counter was made, or could not be read)."""
        searcher = self._current_searcher()
        if searcher is not counter.searcher:
            return None
        try:
            done = counter.step()
        except Exception:  # noqa: BLE001 - a count is a nicety: never an error on screen
            return None
        if done:
            counts = self._kept(searcher)
            if len(counts) >= COUNTS_KEPT:
                counts.pop(next(iter(counts)))
            counts[counter.key] = counter.total
            page_release(self._ix)()
        return done

    def _kept(self, searcher) -> dict:
        """The finished counts of ``searcher``'s index generation."""
        if self._counts is None or self._counts[0] is not searcher:
            self._counts = (searcher, {})
        return self._counts[1]
