"""Run one query on an open searcher and shape the answer as :class:`SearchResults`."""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Callable, Iterable

from warreader.index.search.bounds import FULL_TIME_LIMIT, TIME_LIMIT
from warreader.index.search.counting import MatchCounter, skipped_docs
from warreader.index.search.doc_bits import DocBits
from warreader.index.search.first_page import PAGE_TIME_LIMIT, NotStored, first_page
from warreader.index.search.highlight import Segment, article_highlight, quote_highlight
from warreader.index.search.query import QueryBuilder, QueryError
from warreader.index.search.results import SearchHit, SearchResults
from warreader.index.search.schema import ARTICLE, QUOTE, SKIPPED, TERM
from warreader.index.search.step_budget import StepBudget, over
from warreader.index.search.whole_rank import Cancelled, Leaves, rank_whole
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.idsets import DocIdSet
from whoosh.query import Every, NullQuery, Phrase, Term
from whoosh.searching import Searcher

HIGHLIGHT_HITS = 20
"""Hits that get a fragment and spans (the first page); the rest are ranked only."""

OPTIMIZE = True
"""While typing, Whoosh skips posting blocks and drops sub-queries that cannot reach the
page (its bound is not exact: see :mod:`index.search.first_page`); False scores every
match."""

_ARTICLE_FIELDS = ("title", "body")
_QUOTE_FIELDS = ("text",)


def run_search(
    searcher: Searcher,
    builder: QueryBuilder,
    text: str,
    *,
    limit: int = 50,
    start: int = 0,
    kind: str | None = None,
    as_you_type: bool = False,
    count: bool = False,
    segments_of: Callable[[str], list[Segment]] | None = None,
    speaker_name: Callable[[str | None, str], str | None] = lambda s, _article: s,
    highlight: int = HIGHLIGHT_HITS,
    cancelled: Callable[[], bool] | None = None,
    only: set[int] | None = None,
    first_step: float | None = None,
) -> SearchResults:
    """Search; errors in the query come back as ``SearchResults.error``, never raised.

    The hits ranked ``start`` to ``start + limit`` come back (a later page: ``start`` >
    0). ``total`` counts every match, except while typing (``as_you_type``), when
    counting would double the work per keystroke: then, unless ``count`` is given or
    fewer than a page matched, it is only a lower bound and ``exact`` is False (count
    with :func:`count_matches`, which can be stopped between slices).
    ``only``: if given, the document numbers hits must be among. ``cancelled()``: checked
    while collecting, the search stops (with an error) once it is true.

    ``first_step`` (seconds of this thread's CPU; a keystroke's search, uncounted): the
    answer may be a first step made within that budget (:mod:`index.search.step_budget`)
    when the full ranking costs more: then ``provisional`` is set, ``exact`` is False,
    ``total`` is the hits found so far, and every hit truly matches with its true score,
    but better ones may be missing (the search without ``first_step`` gives them). A
    first step that needs nothing left out is the full answer, not provisional.
    """
    started = time.perf_counter()
    out = SearchResults(query=text)
    if not text.strip():
        return out
    if kind not in (None, ARTICLE, QUOTE):
        out.error = f"unknown kind '{kind}': use article or quote"
        return out
    budget = (StepBudget(first_step, cancelled)
              if first_step is not None and as_you_type and not count else None)
    try:
        planned = _plan(searcher, builder, text, as_you_type, only, budget)
        if planned is None:  # nothing matches; or nothing yet, in a part of the filter
            if budget is not None and budget.cut:
                out.provisional, out.exact = True, False
            return out
        q, allow, prefix_terms = planned
        start = max(0, start)
        memo = (text, kind, start + max(1, limit), as_you_type, count) if only is None else None
        results, done = _ranked(builder, searcher, memo) if budget is None else (None, [])
        whole = False  # a first step ranked its page whole
        if results is not None:
            pass  # ranked whole by the first step, whose page was left without fragments
        elif budget is None:
            if as_you_type and not count and not _unranked(q):
                results = _from_pages(searcher, builder, q, allow, kind, start + max(1, limit),
                                      text, cancelled)
            if results is None:
                results = _collect(searcher, q, allow, kind, start + max(1, limit),
                                   as_you_type, text, cancelled, count)
        else:
            results = _first_step(searcher, builder, q, allow, kind, start + max(1, limit),
                                  text, budget)
            whole = not budget.cut
        # Counting every match costs as much as the search itself: not on each keystroke,
        # and never when fewer than a page matched (then every match was scored anyway).
        scored = results.scored_length()
        full = scored >= start + max(1, limit)
        out.total = len(results) if not as_you_type or (count and full) else scored
        out.exact = not (as_you_type and full and not count)
        terms, phrases = _terms(q, searcher)
    except QueryError as exc:
        out.error = str(exc)
        return out
    except RecursionError:
        out.error = "the query is nested too deeply; simplify it"
        return out
    except OSError:
        raise  # the index changed under the searcher: the caller says so
    except Exception as exc:  # noqa: BLE001 - Whoosh's own errors (bad dates...) as one line
        out.error = f"cannot run this query: {_one_line(exc)}"
        return out
    terms["article"] |= prefix_terms
    terms["quote"] |= prefix_terms
    highlighted = len(done)
    for rank, hit in enumerate(results):
        if rank < start:
            continue
        if rank - start < len(done):  # made by the first step, fragment and all
            out.hits.append(done[rank - start])
            continue
        data = hit["data"]
        shown = rank - start < highlight
        if shown and over(budget):  # the rest of the first step's page without fragments
            budget.cut, shown = True, False  # type: ignore[union-attr]
        if shown or not budget or not budget.cut:
            highlighted = rank - start + 1
        if "n" in data:
            out.hits.append(_quote_hit(data, hit.score, (terms, phrases), speaker_name, shown))
        else:
            out.hits.append(_article_hit(data, hit.score, (terms, phrases), segments_of, shown))
    if budget is not None and budget.cut:
        out.provisional, out.exact, out.total = True, False, len(out.hits)
        # ranked whole, some fragments left out: the second step goes on from here
        builder.last_ranking = (searcher, memo, results, out.hits[:highlighted]) \
            if whole else None
    out.seconds = time.perf_counter() - started
    return out


def _ranked(builder: QueryBuilder, searcher: Searcher, memo: tuple | None
            ) -> tuple[object, list[SearchHit]]:
    """The whole ranking a first step made of the same search on the same searcher (its
    page then lacked only fragments) and the hits it made before it stopped, taken
    once; (None, []) when there is none."""
    last = getattr(builder, "last_ranking", None)
    if last is None or memo is None or last[0] is not searcher or last[1] != memo:
        return None, []
    builder.last_ranking = None
    return last[2], last[3]


def _first_step(searcher: Searcher, builder: QueryBuilder, q, allow, kind: str | None,
                wanted: int, text: str, budget: StepBudget):
    """A keystroke's hits within ``budget`` (see :func:`run_search`): a stored ranking
    when there is one (the full answer); else Whoosh's search stopped once the budget
    is spent, giving the best of the documents ranked so far (``budget.cut`` set). A
    ranking still to be stored is left to the second step: its first step is Whoosh's
    (pruned) search, always provisional."""
    if not _unranked(q):
        try:
            results = _from_pages(searcher, builder, q, allow, kind, wanted, text,
                                  budget.stop, store=False)
        except NotStored:
            budget.cut = True
            results = None
        if results is not None:
            return results
    return _collect(searcher, q, allow, kind, wanted, True, text, budget.stop, budget=budget)


def count_matches(searcher: Searcher, builder: QueryBuilder, text: str, *,
                  kind: str | None = None, as_you_type: bool = False,
                  only: set[int] | None = None) -> MatchCounter | None:
    """A counter of every match of ``text``, matched as :func:`run_search` matches it
    (:class:`index.search.counting.MatchCounter`: count it a slice at a time). None when
    there is nothing to count: a blank or failing query (the search says why)."""
    if not text.strip() or kind not in (None, ARTICLE, QUOTE):
        return None
    try:
        planned = _plan(searcher, builder, text, as_you_type, only)
    except OSError:
        raise  # the index changed under the searcher: the caller says so
    except Exception:  # noqa: BLE001 - run_search reports the query's errors
        return None
    if planned is None:
        return MatchCounter(searcher, NullQuery, None)
    q, allow, _prefix_terms = planned
    return MatchCounter(searcher, q, allow, kind)


def _plan(searcher: Searcher, builder: QueryBuilder, text: str, as_you_type: bool,
          only: set[int] | None, budget: StepBudget | None = None) -> tuple | None:
    """The query, its allowed documents (None: any) and the partial word's terms; None
    when nothing can match (nothing typed yet, or an empty filter)."""
    q, allow, prefix_terms = builder.build_typing(text, searcher.reader(), as_you_type,
                                                  budget=budget)
    if q is None:
        return None
    if only is not None:
        allow = only if allow is None else allow & only
    if allow is not None and not allow:  # Whoosh reads an empty filter as none at all
        return None
    return q, allow, prefix_terms


def _from_pages(searcher: Searcher, builder: QueryBuilder, q, allow, kind: str | None,
                wanted: int, text: str, cancelled: Callable[[], bool] | None,
                store: bool = True):
    """The keystroke's top ``wanted`` hits from the stored page of its scored part
    (:mod:`index.search.first_page`), or None: ranked by :func:`_collect` instead.
    ``store`` False: a page still to be ranked raises
    :class:`index.search.first_page.NotStored`."""
    reader = searcher.reader()
    kinds = builder.docs(reader, "kind", kind) if kind else None
    if kinds is None and allow is None:
        allowed = None
    elif kinds is None:
        allowed = allow.__contains__
    elif allow is None:
        allowed = kinds.__contains__
    else:
        allowed = lambda docnum: docnum in allow and docnum in kinds  # noqa: E731
    rank = (lambda query, n: rank_every(searcher, query, n, cancelled, text)) if store else None
    return first_page(searcher, builder.pages(reader), q, allowed, wanted, rank)


def rank_every(searcher: Searcher, q, n: int, cancelled: Callable[[], bool] | None = None,
               text: str = "", seconds: float = PAGE_TIME_LIMIT,
               leaves: Leaves | None = None) -> list[tuple[float, int]]:
    """Whoosh's top ``n`` (score, document) of ``q`` with every match scored (its pruning
    off), without filters, the skipped files masked, as a stored page is ranked
    (:mod:`index.search.first_page`): by :func:`index.search.whole_rank.rank_whole` (the
    same numbers; ``leaves``: its terms' scores kept) when it can, else by Whoosh.
    Raises :class:`QueryError` after ``seconds`` (Whoosh) or once ``cancelled()``."""
    try:
        top = rank_whole(searcher, q, n, cancelled, leaves, skipped_docs(searcher))
    except Cancelled:
        raise QueryError("cancelled: a newer search replaced this one") from None
    if top is not None:
        return top
    return _collect(searcher, q, None, None, n, False, text or str(q), cancelled,
                    seconds=seconds, exact=True).top_n


def _collect(searcher: Searcher, q, allow: set[int] | None, kind: str | None, limit: int,
             as_you_type: bool, text: str, cancelled: Callable[[], bool] | None = None,
             count: bool = False, seconds: float | None = None, exact: bool = False,
             budget: StepBudget | None = None):
    """Top hits of ``q``, cut off after ``seconds`` (unless given :data:`TIME_LIMIT` while
    typing, :data:`FULL_TIME_LIMIT` otherwise; :class:`QueryError`); ``exact``: every
    match scored (Whoosh's pruning off, see :data:`OPTIMIZE`). ``budget`` (a first
    step): stopped once ``cancelled()``, the best of the documents ranked so far come
    back (``budget.cut`` set), unless the search itself was cancelled.

    A full search counts its matches while ranking them (one pass, so the count is
    time-bounded too); a keystroke's search skips what cannot reach the top instead,
    and, when every match scores the same (only kinds and dates asked for) and no count
    is wanted, stops at the first ``limit`` matches.
    """
    if seconds is None:
        seconds = TIME_LIMIT if as_you_type else FULL_TIME_LIMIT
    filt = Term("kind", kind) if kind else None
    if allow is not None:
        if filt is not None:
            allow = allow & set(filt.docs(searcher))
        filt = allow if isinstance(allow, (set, DocIdSet)) else _Allowed(allow)
    # no skipped files, no mask: Whoosh reads even an empty one (~8 ms at 100,000 articles)
    mask = Term("kind", SKIPPED) if searcher.reader().doc_frequency("kind", SKIPPED) else None
    exact = exact or (as_you_type and not OPTIMIZE)
    collector = searcher.collector(limit=max(1, limit), optimize=as_you_type and not exact,
                                   filter=filt, mask=mask)
    if exact or not as_you_type:  # Whoosh drops sub-queries whose bound falls under the
        # page, even unoptimized, and their matches go uncounted: a full search's total
        # ("1 of 23 hits" for 42) would depend on the page size
        inner = collector
        while hasattr(inner, "child"):
            inner = inner.child
        inner.replace = 0
    timed = _Bounded(collector, timelimit=seconds, use_alarm=False)
    timed.cancelled = cancelled
    if budget is not None:  # a phrase's matches can be far apart: look more often
        timed.every = 16
    if as_you_type and not count and _unranked(q):
        timed.enough = max(1, limit)  # equal scores: the first hits found are the top ones
        if allow is not None:  # walk the allowed documents, not every match of the kinds
            timed.only = _docs_between(allow)
    try:
        searcher.search_with_collector(q, timed)
    except TimeLimit:
        if budget is not None and not (budget.cancelled is not None and budget.cancelled()):
            budget.cut = True
            return timed.results()  # the best of the documents ranked so far
        if cancelled is not None and cancelled():
            raise QueryError("cancelled: a newer search replaced this one") from None
        raise QueryError(
            f"'{text.strip()}' takes too long (over {seconds:g} s); be more specific"
        ) from None
    finally:
        if timed.timer is not None:
            timed.timer.cancel()
    return timed.results()


class _Bounded(TimeLimitCollector):
    """Whoosh's time-limited collector that also stops when ``cancelled()`` turns true
    (the app's next keystroke cancels the search worker of the one before)."""

    cancelled: Callable[[], bool] | None = None
    every = 256
    """Matches between two looks at ``cancelled()`` (a first step's budget: 16)."""
    enough: int | None = None
    """Stop once the ranking holds this many hits (when all matches score the same)."""

    only: Callable[[int, int], Iterable[int]] | None = None
    """With :attr:`enough`: the allowed documents between two numbers, in order. Then
    only those are visited (the matcher skipped to each), not every match of the query:
    "kind:quote elect" is every quote, of which a few hundred hold an "elect" word."""

    def collect_matches(self) -> None:
        child, cancelled = self.child, self.cancelled
        ranked = child
        while not hasattr(ranked, "items") and hasattr(ranked, "child"):
            ranked = ranked.child
        enough = self.enough if hasattr(ranked, "items") else None
        if enough is not None and self.only is not None:
            self._collect_allowed(ranked, enough)
            return
        for n, docnum in enumerate(child.matches()):
            if self.timedout or (cancelled is not None and n % self.every == 0 and cancelled()):
                raise TimeLimit
            child.collect(docnum)
            if enough is not None and len(ranked.items) >= enough:
                break

    def _collect_allowed(self, ranked, enough: int) -> None:
        """Collect the matches among :attr:`only`'s documents of this segment, in order
        (the same hits :meth:`collect_matches` finds, without walking the others)."""
        matcher, offset, cancelled = self.matcher, self.offset, self.cancelled
        restrict = getattr(self.child, "_restrict", None)  # the masked (skipped) files
        size = self.subsearcher.reader().doc_count_all()
        for n, docnum in enumerate(self.only(offset, offset + size)):
            if self.timedout or (cancelled is not None and n % self.every == 0 and cancelled()):
                raise TimeLimit
            local = docnum - offset
            if not matcher.is_active():
                break
            if matcher.id() < local:
                matcher.skip_to(local)
                if not matcher.is_active():
                    break
            if matcher.id() != local or (restrict is not None and docnum in restrict):
                continue
            self.child.collect(local)
            if len(ranked.items) >= enough:
                break


def _docs_between(allow) -> Callable[[int, int], Iterable[int]]:
    """``between(lo, hi)`` of the allowed documents ``allow`` (a set or bitmap)."""
    if isinstance(allow, DocBits):
        return allow.between
    ordered = sorted(allow)
    return lambda lo, hi: ordered[bisect_left(ordered, lo):bisect_left(ordered, hi)]


class _Allowed(DocIdSet):
    """A frozen set of document numbers as a Whoosh filter (which takes only a ``set``
    or a ``DocIdSet``; copying a cached set of every 2004 article on each keystroke
    would cost more than the search)."""

    def __init__(self, docs: frozenset[int]) -> None:
        self.docs = docs

    def __contains__(self, docnum: int) -> bool:
        return docnum in self.docs

    def __iter__(self):
        return iter(sorted(self.docs))

    def __len__(self) -> int:
        return len(self.docs)


_UNSCORED = frozenset({"kind", "date", "id", "path"})


def _unranked(q) -> bool:
    """Whether every match of ``q`` scores the same: it asks only for kinds, dates, ids
    or paths (or everything)."""
    leaves = [q] if q.is_leaf() else list(q.leaves())
    return all(isinstance(leaf, Every) or getattr(leaf, "fieldname", None) in _UNSCORED
               for leaf in leaves)


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _terms(q, searcher: Searcher) -> tuple[dict[str, set[str]], dict[str, set[tuple]]]:
    """Indexed terms the query matched, per field group (prefixes/fuzzy expanded), and
    the phrases (word tuples) per group: a phrase's words count only together."""
    article: set[str] = set()
    quote: set[str] = set()
    phrases: dict[str, set[tuple]] = {"article": set(), "quote": set()}
    reader = searcher.reader()
    # Not q.existing_terms(): in whoosh3 3.54 it reuses its ``fieldname`` argument as a
    # loop variable and so drops the terms of every field but the first leaf's.
    for leaf in ([q] if q.is_leaf() else q.leaves()):
        if isinstance(leaf, Every):
            continue
        if isinstance(leaf, Phrase):
            if leaf.fieldname in _ARTICLE_FIELDS or leaf.fieldname in _QUOTE_FIELDS:
                group = "article" if leaf.fieldname in _ARTICLE_FIELDS else "quote"
                phrases[group].add(tuple(leaf.words))
            continue
        for field, value in leaf.expanded_terms(reader, phrases=True):
            if field not in _ARTICLE_FIELDS and field not in _QUOTE_FIELDS:
                continue
            word = value.decode("utf-8") if isinstance(value, bytes) else str(value)
            if (field, word) not in reader:
                continue
            (article if field in _ARTICLE_FIELDS else quote).add(word)
    return {"article": article, "quote": quote}, phrases


def _quote_hit(data: dict, score: float, matched: tuple, speaker_name, shown: bool) -> SearchHit:
    hit = SearchHit(
        kind=QUOTE,
        score=score,
        article_id=data["id"],
        path=data["path"],
        title=data["title"],
        quote_text=data["text"],
        speaker=speaker_name(data["speaker"], data["id"]),
        quote_span=(data["start"], data["end"]),
        term=data.get("kind") == TERM,
    )
    if shown:
        terms, phrases = matched
        hit.fragment, hit.spans = quote_highlight(
            data["text"], data["start"], terms["quote"], phrases["quote"]
        )
    return hit


def _article_hit(data: dict, score: float, matched: tuple, segments_of, shown: bool) -> SearchHit:
    hit = SearchHit(
        kind=ARTICLE, score=score, article_id=data["id"], path=data["path"], title=data["title"]
    )
    if shown and segments_of is not None:
        try:
            segments = segments_of(data["file"])
        except Exception:  # the file changed or vanished since indexing: rank it anyway
            segments = []
        if segments:
            terms, phrases = matched
            hit.fragment, hit.spans = article_highlight(
                segments, terms["article"], phrases["article"]
            )
    return hit
