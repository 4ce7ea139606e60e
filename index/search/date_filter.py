"""Date filters (``date:2004``, ``date:[2004-03 to 2004-06]``) as sets of documents.

Whoosh matches a date range by a union of the trie terms that cover it: ``date:2004``
became ~4,700 term matchers whose documents were all read before the first hit (0.8 s
at 1,808 articles). Dates here are whole days, so a range is the union of the days in
it: :class:`DateDocs` reads each day's documents as a bitmap (from the on-disk cache of
the commit, :mod:`index.search.doc_cache`, or once from Whoosh, which then fills it), ORs
the days of each range asked for and keeps that, so every keystroke after ``date:2004``
reuses it. :func:`lift_dates` takes the
date ranges ANDed into a query out of it and returns them as that set, which the search
applies as a filter (a date under OR or NOT is left to Whoosh).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import takewhile

from warreader.index.search.doc_bits import DocBits
from warreader.index.search.doc_cache import DocCache
from warreader.index.search.step_budget import StepBudget, filters_over
from whoosh.fields import NUMERIC
from whoosh.query import And, Every, NumericRange, Query
from whoosh.util.times import long_to_datetime

FIELD = "date"
_DAYS_AT_ONCE = 32
"""Days read together in a keystroke's first step, between two looks at its budget
(at 100,000 articles a year's 366 days take ~60 ms of CPU from the cache)."""
_RANGES_KEPT = 16
"""Ranges whose documents a reader keeps (the ones typed lately)."""


class DateDocs:
    """The documents of each day of one reader, read when a range first needs them:
    from the on-disk cache of the reader's commit (:mod:`index.search.doc_cache`, given
    as ``stored``, a function returning it or None) when it holds them, else from
    Whoosh, and then written there for the next process."""

    def __init__(self, reader, stored: Callable[[], DocCache | None] = lambda: None) -> None:
        self.reader = reader
        self._stored = stored
        self._days: list[int] | None = None
        self._terms: list[bytes] = []
        self._ranges: dict[tuple, DocBits] = {}

    def _read_days(self) -> None:
        field = self.reader.schema[FIELD]
        # the exact values (shift 0) sort first: the trie terms after them are not read
        exact = list(takewhile(lambda t: t[:1] == b"\x00", self.reader.lexicon(FIELD)))
        self._terms = exact
        self._days = [NUMERIC.from_bytes(field, t) for t in exact]

    def day_count(self) -> int:
        """The days the index holds."""
        if self._days is None:
            self._read_days()
        return len(self._days or [])

    def docs(self, node: NumericRange, budget: StepBudget | None = None) -> DocBits:
        """Documents (top-level numbers) whose date lies in ``node``'s range (``budget``:
        once it is spent, the days not yet read are left out, ``budget.cut`` set, and the
        range is not kept)."""
        key = (node.start, node.end, node.startexcl, node.endexcl)
        if key in self._ranges:
            return self._ranges[key]
        if self._days is None:
            self._read_days()
        days = self._days or []
        lo = 0 if node.start is None else (
            bisect_right if node.startexcl else bisect_left)(days, node.start)
        hi = len(days) if node.end is None else (
            bisect_left if node.endexcl else bisect_right)(days, node.end)
        terms = self._terms[lo:max(lo, hi)]
        cache = self._stored() if terms else None
        bits = 0
        fresh: dict[bytes, DocBits] = {}
        step = _DAYS_AT_ONCE if budget is not None else max(1, len(terms))
        for at in range(0, len(terms), step):
            if filters_over(budget):
                budget.cut = True  # type: ignore[union-attr]
                break
            part = terms[at:at + step]
            found = cache.get_many(FIELD, part) if cache is not None else {}
            for term in part:
                day = found.get(term)
                if day is None:
                    day = fresh[term] = DocBits.of(self.reader.postings(FIELD, term).all_ids())
                bits |= day.bits
        if fresh and cache is not None:
            cache.put_many(FIELD, fresh, min_docs=1)
        if budget is not None and budget.cut:
            return DocBits(bits)  # some days only: not kept
        if len(self._ranges) >= _RANGES_KEPT:
            self._ranges.pop(next(iter(self._ranges)))
        self._ranges[key] = result = DocBits(bits)
        return result


def is_date_range(node: Query) -> bool:
    """Whether ``node`` is a range (or a year, month or day) of the ``date`` field."""
    return isinstance(node, NumericRange) and node.fieldname == FIELD


def lift_dates(q: Query, dates: DateDocs, budget: StepBudget | None = None
               ) -> tuple[Query, DocBits | None]:
    """``q`` without the date ranges it requires, and the documents those allow (None
    when ``q`` requires none). A query that was only dates becomes :class:`Every`.
    ``budget``: see :meth:`DateDocs.docs`."""
    if is_date_range(q):
        return Every(), dates.docs(q, budget)
    if not isinstance(q, And) or not any(is_date_range(s) for s in q.subqueries):
        return q, None
    allowed: DocBits | None = None
    rest = []
    for sub in q.subqueries:
        if is_date_range(sub):
            docs = dates.docs(sub, budget)
            allowed = docs if allowed is None else allowed & docs
        else:
            rest.append(sub)
    if not rest:
        return Every(), allowed
    return (rest[0] if len(rest) == 1 else And(rest, boost=q.boost)), allowed


def date_span(reader) -> tuple[str, str] | None:
    """The first and last day a document of ``reader`` is dated (ISO, "2023-01-05"); None
    when none is. Reads the day terms alone (a few thousand at most), never a posting."""
    field = reader.schema[FIELD]
    days = takewhile(lambda t: t[:1] == b"\x00", reader.lexicon(FIELD))
    first = last = None
    for term in days:
        first = first or term
        last = term
    if first is None or last is None:
        return None
    first_day, last_day = (long_to_datetime(NUMERIC.from_bytes(field, t)) for t in (first, last))
    return first_day.date().isoformat(), last_day.date().isoformat()
