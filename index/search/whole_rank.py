"""Every match of a word's query ranked at once, with Whoosh's own numbers.

A stored ranking (:mod:`index.search.first_page`) scores every match of a common query:
Whoosh's collector walks the matcher tree a document at a time (each union node asks
its two children which is active, which document, which score, then moves them on),
about 9 µs a posting at 100,000 articles, two thirds of it in the union nodes.
:func:`rank_whole` takes the very matchers the collector would use (the collector's
own ``prepare`` and ``set_subsearcher`` make them) and evaluates their tree a node at a
time instead: each term's matcher read once to its end (its documents and
``score()``s), a union node's scores added where both children match (``a + b``, as
Whoosh's union adds them), a boost multiplied in (as Whoosh's wrapper does). The numbers
are the same floats, added in the same grouping, so the ranking is Whoosh's: best score
first, then the lower document number (its heap keeps the earlier of equal scores).

Only trees of term matchers, unions, boosts and null matchers are evaluated this way;
any other node (a phrase, an intersection; the array union Whoosh uses for an OR of
three or more words in a segment of 5,000 documents or fewer, which has read ahead by
the time it is handed over) returns None and the caller ranks with Whoosh (at 100,000
articles every segment is larger). A term's scores are kept in ``leaves`` (a
:class:`Leaves`) when the caller passes one, for the next query sharing the term (the
same word typed as ``been``, ``been `` and ``"been `` differs only in its speaker term).
"""

from __future__ import annotations

import heapq
from collections import OrderedDict
from collections.abc import Callable
from itertools import chain

from whoosh.matching import NullMatcherClass, UnionMatcher, WrappingMatcher
from whoosh.matching.mcore import LeafMatcher

_CHECK_EVERY = 4096


class Unsupported(Exception):
    """A matcher this module does not evaluate."""


class Cancelled(Exception):
    """``cancelled()`` turned true."""


class Leaves(OrderedDict):
    """Terms' scores kept for the next query (see the module's docstring): the latest
    used, :data:`LEAF_ENTRIES` documents in all at most."""

    def __init__(self) -> None:
        super().__init__()
        self.entries = 0

    def keep(self, key, scores: dict[int, float]) -> None:
        """Keep ``scores`` as ``key``'s, dropping the least lately used past the limit."""
        self[key] = scores
        self.entries += len(scores)
        while self.entries > LEAF_ENTRIES and len(self) > 1:
            _key, dropped = self.popitem(last=False)
            self.entries -= len(dropped)


LEAF_ENTRIES = 400_000
"""Documents of the terms' scores :class:`Leaves` keeps (~40 MB of dictionaries)."""


def rank_whole(searcher, q, n: int, cancelled: Callable[[], bool] | None = None,
               leaves: Leaves | None = None, masked: set[int] | None = None
               ) -> list[tuple[float, int]] | None:
    """The top ``n`` (score, document) of ``q`` over every match, best first, exactly as
    Whoosh's collector with its pruning off ranks them (``masked``: documents it leaves
    out); None when ``q``'s matchers are not all of the kinds evaluated here. Raises
    :class:`Cancelled`."""
    collector = searcher.collector(limit=max(1, n), optimize=False)
    collector.prepare(searcher, q, searcher.context())
    if getattr(collector, "final_fn", None) is not None:
        return None  # a weighting that rescores the hits: Whoosh's own loop
    best: list[tuple[float, int]] = []
    for subsearcher, offset in searcher.leaf_searchers():
        collector.set_subsearcher(subsearcher, offset)
        try:
            scores = _evaluate(collector.matcher, (id(subsearcher.reader()), offset),
                               cancelled, leaves)
        except Unsupported:
            return None
        items = ((score, -(offset + doc)) for doc, score in scores.items())
        if masked:
            items = (item for item in items if -item[1] not in masked)
        best = heapq.nlargest(n, chain(best, items))  # a heap of n, not a list of every match
        del scores, items  # not held while the next segment is evaluated
    return [(score, -negated) for score, negated in best]


def _evaluate(m, segment: tuple, cancelled, leaves: Leaves | None) -> dict[int, float]:
    """{document: score} of every match of the matcher ``m`` (not advanced before)."""
    return _scores(m, segment, cancelled, leaves)[0]


def _scores(m, segment: tuple, cancelled, leaves: Leaves | None
            ) -> tuple[dict[int, float], bool]:
    """(:func:`_evaluate`'s scores, True when they are this call's own, so the caller
    may change them in place rather than copy them: not a term's kept in ``leaves``)."""
    if isinstance(m, NullMatcherClass):
        return {}, True
    if type(m) is WrappingMatcher:
        boost = m.boost
        child, own = _scores(m.child, segment, cancelled, leaves)
        if not own:
            return {d: s * boost for d, s in child.items()}, True
        for d, s in child.items():  # values only: the keys stay as they are
            child[d] = s * boost
        return child, True
    if type(m) is UnionMatcher:
        a, a_own = _scores(m.a, segment, cancelled, leaves)
        b, b_own = _scores(m.b, segment, cancelled, leaves)
        if len(a) < len(b):
            out = b if b_own else dict(b)
            del b
            for d, s in a.items():
                out[d] = s + out[d] if d in out else s
        else:
            out = a if a_own else dict(a)
            del a
            for d, s in b.items():
                out[d] = out[d] + s if d in out else s
        return out, True
    if isinstance(m, LeafMatcher):
        return _leaf(m, segment, cancelled, leaves), leaves is None or not hasattr(m, "term")
    raise Unsupported(type(m).__name__)


def _leaf(m, segment: tuple, cancelled, leaves: Leaves | None) -> dict[int, float]:
    """A term's documents and scores, read once to its end (kept in ``leaves``)."""
    term = m.term() if hasattr(m, "term") else None
    key = (segment, term) if term is not None else None
    if leaves is not None and key is not None and key in leaves:
        leaves.move_to_end(key)
        return leaves[key]
    out: dict[int, float] = {}
    count = 0
    while m.is_active():
        out[m.id()] = m.score()
        m.next()
        count += 1
        if cancelled is not None and count % _CHECK_EVERY == 0 and cancelled():
            raise Cancelled
    if leaves is not None and key is not None:
        leaves.keep(key, out)
    return out
