"""Ordered lookups the quote engine needs to stay linear on hostile input.

:class:`OrderedByKey`: a list kept sorted by a key, cheap to insert into anywhere
(blocks of bounded size). :class:`SpanIndex`: items with ``first``/``last`` token
positions, found by position window without a scan.

The registry's sightings arrive mostly in text order, but a speech event's subject is
seen after the names later in its paragraph have been registered. With a plain list
each such insert moves every later item: in one paragraph of 80,000 names and events
(a hostile 2 MB file) that was quadratic. Blocks of at most :data:`_BLOCK` items keep
every insert and lookup bounded by the block size.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")
_BLOCK = 512


class OrderedByKey(Generic[T]):
    """Items sorted by ``key(item)``; equal keys keep their insertion order."""

    def __init__(self, key: Callable[[T], Any]) -> None:
        self._key = key
        self._blocks: list[list[T]] = []
        self._lasts: list[Any] = []  # the key of each block's last item

    def __len__(self) -> int:
        return sum(len(b) for b in self._blocks)

    def add(self, item: T) -> None:
        """Insert ``item`` after every item whose key is not greater than its own."""
        k = self._key(item)
        lasts = self._lasts
        if not lasts:
            self._blocks.append([item])
            lasts.append(k)
            return
        if lasts[-1] <= k:  # the usual case: met in reading order
            block = self._blocks[-1]
            block.append(item)
            lasts[-1] = k
            if len(block) <= 2 * _BLOCK:
                return
            b = len(lasts) - 1
        else:
            b = bisect_right(self._lasts, k)
            block = self._blocks[b]
            insort(block, item, key=self._key)
            self._lasts[b] = self._key(block[-1])
        if len(block) > 2 * _BLOCK:
            self._blocks[b : b + 1] = [block[:_BLOCK], block[_BLOCK:]]
            self._lasts[b : b + 1] = [self._key(block[_BLOCK - 1]), self._lasts[b]]

    def last_before(self, k: Any, count: int) -> list[T]:
        """Up to ``count`` items with a key less than ``k``, the last ones, in order."""
        b = bisect_left(self._lasts, k)
        out: list[T] = []
        if b < len(self._blocks):
            block = self._blocks[b]
            out = block[: bisect_left(block, k, key=self._key)][-count:]
        while len(out) < count and b > 0:
            b -= 1
            out = self._blocks[b][-(count - len(out)) :] + out
        return out

    def __iter__(self):
        for block in self._blocks:
            yield from block


class SpanIndex:
    """A sentence's speech events (anything with ``first`` and ``last`` token indexes),
    indexed so that the ones within a window of a quotation are found by bisection: a
    sentence may hold thousands of quotations and events, and scanning all of them for
    each quotation made extraction quadratic."""

    __slots__ = ("events", "_firsts", "_by_first", "_lasts", "_by_last", "credits")

    def __init__(self, events: list) -> None:
        self.events = events
        # Does a source stand credited ("according to X") among them?
        self.credits = any(getattr(e, "cue", "") == "according to" for e in events)
        if len(events) < 2:  # most sentences: no order to find
            self._by_first, self._by_last = list(range(len(events))), list(range(len(events)))
            self._firsts = [e.first for e in events]
            self._lasts = [e.last for e in events]
            return
        self._by_first = sorted(range(len(events)), key=lambda i: events[i].first)
        self._firsts = [events[i].first for i in self._by_first]
        self._by_last = sorted(range(len(events)), key=lambda i: events[i].last)
        self._lasts = [events[i].last for i in self._by_last]

    def starting(self, lo: int, hi: int) -> list:
        """Events with ``lo < first <= hi``, in their original order."""
        a, b = bisect_right(self._firsts, lo), bisect_right(self._firsts, hi)
        return [self.events[i] for i in sorted(self._by_first[a:b])]

    def ending(self, lo: int, hi: int) -> list:
        """Events with ``lo <= last < hi``, in their original order."""
        a, b = bisect_left(self._lasts, lo), bisect_left(self._lasts, hi)
        return [self.events[i] for i in sorted(self._by_last[a:b])]
