"""Count every match of a query a slice at a time, so that the count can be cancelled.

Whoosh counts with ``len(results)``: the query run again over every matching document
in one call that nothing interrupts (9.5 s at 10,000 articles for a common word, while
the app held its corpus lock). The app instead shows the first page of hits uncounted
and then counts here: :class:`MatchCounter` walks the query's matches segment by
segment, :data:`STEP` documents at a time, and its caller checks between slices whether
a newer keystroke has made the count moot (and lets other work take the lock).

The count is the one ``len(results)`` gives for the same query: the matches, in the
allowed documents if a filter is given (partial words, dates, ``group:``), of the asked
``kind``, without the placeholder documents of skipped files.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from itertools import islice

from warreader.index.search.schema import SKIPPED
from whoosh.query import NullQuery, Query, Term
from whoosh.searching import Searcher

STEP = 1024
"""Matches read per slice. At 10,000 articles the longest slice of the 127 benchmark
keystrokes is ~12 ms of CPU for words (a query's first slice also opens its matchers)
and ~24 ms for a phrase, which checks positions between matches."""


BUDGET = 0.01
"""Seconds a slice may take before it stops early (checked every :data:`_BITE` matches).
What it cannot cut is one call into Whoosh: at 100,000 articles the first matches of
a common word ANDed with every expansion of a common prefix (``said the`` when it was
searched so, before a whole common word was left out; ``said tha`` now) cost 0.3-0.5 s
of CPU, as its first page does."""

_BITE = 64


def skipped_docs(searcher: Searcher) -> set[int] | None:
    """The documents standing for unreadable files (kind "skipped"), never a hit; None
    when the commit has none."""
    if not searcher.reader().doc_frequency("kind", SKIPPED):
        return None
    return set(searcher.docs_for_query(Term("kind", SKIPPED)))


class MatchCounter:
    """The number of documents matching ``q``, counted by :meth:`step` calls.

    ``searcher`` is the one the count reads; once it is closed (the index changed) the
    count is void, and the caller drops the counter. ``allow``: the documents matches
    must be among (None: any).
    """

    def __init__(self, searcher: Searcher, q: Query, allow: set[int] | frozenset[int] | None,
                 kind: str | None = None) -> None:
        self.searcher = searcher
        self.total = 0
        self.done = False
        self.key: object = None  # what the caller counts (the corpus keeps finished counts)
        if kind is not None:
            kinds = set(searcher.docs_for_query(Term("kind", kind)))
            allow = kinds if allow is None else kinds & allow
        self._allow = allow
        self._masked = skipped_docs(searcher)
        self._matches = self._walk(q)

    @classmethod
    def finished(cls, searcher: Searcher, total: int, key: object = None) -> MatchCounter:
        """A counter already done: ``total`` was counted before."""
        counter = cls(searcher, NullQuery, None)
        counter.total, counter.done, counter.key = total, True, key
        return counter

    def _walk(self, q: Query) -> Iterator[int]:
        """Every match's document number, segment after segment."""
        for sub, offset in self.searcher.leaf_searchers():
            for docnum in q.docs(sub):
                yield docnum + offset

    def step(self, size: int | None = None) -> bool:
        """Count up to ``size`` (:data:`STEP`) more matches, stopping early once the slice
        has taken :data:`BUDGET` seconds; True once every match is counted."""
        if self.done:
            return True
        size = size or STEP
        started, taken = time.perf_counter(), 0
        while taken < size:
            bite = min(_BITE, size - taken)
            chunk = list(islice(self._matches, bite))
            taken += len(chunk)
            self._add(chunk)
            if len(chunk) < bite:
                self.done = True
                break
            if time.perf_counter() - started > BUDGET:
                break
        return self.done

    def _add(self, chunk: list[int]) -> None:
        """Count the matches of ``chunk`` that pass the filters."""
        allow, masked = self._allow, self._masked
        if allow is not None:
            chunk = [d for d in chunk if d in allow]
        if masked:
            chunk = [d for d in chunk if d not in masked]
        self.total += len(chunk)

    def run(self) -> int:
        """Count every remaining match at once (no cancelling); the total."""
        while not self.step():
            pass
        return self.total
