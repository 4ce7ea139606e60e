"""A keystroke's first page from the stored ranking of its scored part.

While typing, the scored part of a query repeats from keystroke to keystroke while its
filters change: ``said t``, ``said th`` and ``said the`` all rank ``said`` (the partial
word is a filter of documents, a date range too; :mod:`index.search.query`). For a
common scored query (:data:`MIN_POSTINGS` or more postings) Whoosh ranks every match
once per commit, without filters, and the top
:data:`index.search.page_cache.HITS` documents with their scores are stored
(:mod:`index.search.page_cache`); each keystroke then walks that list in order and keeps
the documents its filters allow.

The ranking is Whoosh's own order (score descending, then document number), with every
match scored, so the first N allowed documents of the list are exactly the top N of the
filtered query. A keystroke's own Whoosh search is not always exact: once its page is
full it drops the sub-queries (``matcher.replace``) and skips the posting blocks
(``optimize``) whose best possible score cannot reach the page, and that bound is not
exact (a field's shortest length is kept in one byte, rounded), so it can drop a
document that belongs in its top N (on the tests' corpus, "music sales " to 4 hits
loses one of the two documents tied first). There the stored page gives the exact top N
and the two differ; the page is ranked with that pruning off. When the list runs out
before a page is filled and it does not hold every match, the keystroke is ranked by
Whoosh as before (:func:`first_page` returns None).
Totals are what the keystroke's Whoosh search gives: a page's worth when the page is
full (not exact), else every allowed match (exact).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator

from warreader.index.search import page_cache
from warreader.index.search.page_cache import Page, PageCache
from warreader.index.search.phrase_prefix import PhrasePrefix
from whoosh.query import And, NullQuery, Or, Phrase, Query, Term
from whoosh.query.spans import SpanNear2

MIN_POSTINGS = 4096
"""A scored query whose terms hold fewer postings in all is ranked by Whoosh each time
(at 100,000 articles ``chelsea``, 6,000 documents, takes ~50 ms of CPU)."""

PAGE_TIME_LIMIT = 5.0
"""Seconds (wall clock) ranking a page to store may take, where a keystroke may take
:data:`index.search.bounds.TIME_LIMIT`: every later keystroke of the commit reads it,
and on a loaded machine the 0.1-0.7 s of CPU ranking every match of a common word
costs at 100,000 articles takes several times that. The next keystroke still stops
it (``cancelled``)."""


def page_key(q: Query) -> str | None:
    """A string that names the scored query ``q`` exactly (every field, word, boost and
    option that changes its ranking), or None when ``q`` holds a kind of query this
    module does not name (then it is not stored)."""
    if q is NullQuery:  # a field where the word is not indexed: matches nothing
        return "N"
    if type(q) is Term:
        return f"T({q.fieldname!r},{q.text!r},{q.boost!r})"
    if type(q) is Phrase:
        return f"P({q.fieldname!r},{list(q.words)!r},{q.slop!r},{q.boost!r})"
    if type(q) in (And, Or):
        parts = [page_key(sub) for sub in q.subqueries]
        if any(p is None for p in parts):
            return None
        extra = (q.boost, getattr(q, "minmatch", None), getattr(q, "scale", None))
        return f"{type(q).__name__}({','.join(parts)};{extra!r})"  # type: ignore[arg-type]
    if type(q) in (SpanNear2, PhrasePrefix):  # a phrase whose last word is being typed
        parts = [page_key(sub) for sub in q.qs]
        if any(p is None for p in parts):
            return None
        extra = (q.slop, q.ordered, q.mindist, getattr(q, "boost", 1.0))
        return f"S({','.join(parts)};{extra!r})"  # type: ignore[arg-type]
    return None


def same_ranking(q: Query, reader) -> Query:
    """``q`` rewritten so that the queries typing gives for one ranking read the same
    (:func:`page_key` of the result names the ranking): a term ``reader`` does not hold
    becomes :data:`NullQuery` in its place, and an ``And`` or ``Or`` of one part is
    that part. Whoosh builds the same matchers for both (a missing term's matcher is
    its null matcher; a compound query of one part is matched, boost and all, by that
    part), so the scores are the very same numbers: ``said`` typed as a partial word,
    whose title has no word starting "said", and ``said `` typed whole, whose title
    term is missing, are one ranking, stored once. Nothing is dropped or reordered (the
    sums would be added in another order)."""
    if type(q) is Term:
        try:
            held = (q.fieldname, q.text) in reader
        except Exception:  # noqa: BLE001 - a value the field cannot encode: matches nothing
            held = False
        return q if held else NullQuery
    if type(q) in (And, Or):
        parts = [same_ranking(sub, reader) for sub in q.subqueries]
        if len(parts) == 1:
            return parts[0]
        return q.__class__(parts, boost=q.boost, **_options(q))
    return q


def _options(q: Query) -> dict:
    """The options of an ``And`` or ``Or`` besides its parts and boost."""
    if type(q) is Or:
        return {"minmatch": q.minmatch, "scale": q.scale}
    return {}


def postings(q: Query, reader) -> int:
    """The postings of every term of ``q`` (what ranking it reads at most)."""
    total = 0
    for leaf in [q] if q.is_leaf() else q.leaves():
        if leaf is NullQuery:
            continue
        words = leaf.words if isinstance(leaf, Phrase) else [leaf.text]
        total += sum(reader.doc_frequency(leaf.fieldname, w) for w in words)
    return total


class NotStored(Exception):
    """The query's ranking is to be made and stored, and no ``rank`` was given (a
    keystroke's first step, :mod:`index.search.step_budget`, leaves that to its second)."""


class CachedHit:
    """One hit of a stored page, read like Whoosh's ``Hit`` (``hit["data"]``,
    ``hit.score``)."""

    __slots__ = ("searcher", "docnum", "score")

    def __init__(self, searcher, docnum: int, score: float) -> None:
        self.searcher, self.docnum, self.score = searcher, docnum, score

    def __getitem__(self, name: str):
        return self.searcher.stored_fields(self.docnum)[name]


class CachedResults:
    """The hits a stored page gave a keystroke, read like Whoosh's ``Results``."""

    def __init__(self, hits: list[CachedHit]) -> None:
        self.hits = hits

    def scored_length(self) -> int:
        """The hits (as Whoosh's results count the ranked ones)."""
        return len(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    def __iter__(self) -> Iterator[CachedHit]:
        return iter(self.hits)


def first_page(searcher, pages: PageCache | None, q: Query, allowed: Callable[[int], bool] | None,
               wanted: int, rank: Callable[[Query, int], object] | None
               ) -> CachedResults | None:
    """The top ``wanted`` hits of ``q`` among the documents ``allowed`` accepts (None:
    any), from ``q``'s stored page; None when this module cannot answer (``q`` is not
    common or not named, no cache, the page too short for the filter).

    A common query without a stored page is ranked by ``rank(query, n)`` (Whoosh's top
    ``n`` (score, document) of ``query``, ``q`` as :func:`same_ranking` writes it,
    without filters, every match scored) for
    :data:`index.search.page_cache.HITS` hits and stored first; with ``rank`` None,
    :class:`NotStored` is raised instead.
    """
    if pages is None or wanted > page_cache.HITS:
        return None
    page = stored_page(searcher, pages, q, rank)
    if page is None:
        return None
    hits = _walk(searcher, page, allowed, wanted)
    return CachedResults(hits) if len(hits) >= wanted or page.complete else None


def stored_page(searcher, pages: PageCache, q: Query,
                rank: Callable[[Query, int], object] | None) -> Page | None:
    """The stored ranking of the scored query ``q`` (:func:`same_ranking` of it names
    it), ranked by ``rank(query, n)`` (its top ``n`` (score, document), best first) and
    stored first when missing; None when ``q`` is not common or not named, or its page
    cannot be stored. Raises :class:`NotStored` when it is to be ranked and ``rank`` is
    None."""
    q = same_ranking(q, searcher.reader())
    key = page_key(q)
    if key is None or postings(q, searcher.reader()) < MIN_POSTINGS:
        return None
    page = pages.get(key)
    if page is None and not pages.writable:
        return None  # a page that cannot be stored would be ranked again on every keystroke
    if page is None and rank is None:
        raise NotStored
    if page is None:
        top = rank(q, page_cache.HITS)  # (score, docnum), best first
        page = Page(array("I", [d for _, d in top]), array("d", [s for s, _ in top]),
                    complete=len(top) < page_cache.HITS)
        pages.put(key, page)
    return page


def _walk(searcher, page: Page, allowed: Callable[[int], bool] | None,
          wanted: int) -> list[CachedHit]:
    """The first ``wanted`` documents of ``page`` that ``allowed`` accepts, as hits."""
    if allowed is None:
        docs = page.docs[:wanted]
        return [CachedHit(searcher, d, s) for d, s in zip(docs, page.scores, strict=False)]
    hits: list[CachedHit] = []
    for i, docnum in enumerate(page.docs):
        if allowed(docnum):
            hits.append(CachedHit(searcher, docnum, page.scores[i]))
            if len(hits) >= wanted:
                break
    return hits
