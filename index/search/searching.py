"""Run one query on an open searcher and shape the answer as :class:`SearchResults`."""

from __future__ import annotations

import time
from collections.abc import Callable

from warreader.index.search.highlight import Segment, article_highlight, quote_highlight
from warreader.index.search.query import QueryBuilder, QueryError
from warreader.index.search.results import SearchHit, SearchResults
from warreader.index.search.schema import ARTICLE, QUOTE, SKIPPED, TERM
from whoosh.query import Phrase, Term
from whoosh.searching import Searcher

HIGHLIGHT_HITS = 20
"""Hits that get a fragment and spans (the first page); the rest are ranked only."""

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
    only: set[int] | None = None,
) -> SearchResults:
    """Search; errors in the query come back as ``SearchResults.error``, never raised.

    The hits ranked ``start`` to ``start + limit`` come back (a later page: ``start`` >
    0). ``total`` counts every match, except while typing (``as_you_type``), when
    counting would double the work per keystroke: then it is only exact with ``count``.
    ``only``: if given, the document numbers hits must be among.
    """
    started = time.perf_counter()
    out = SearchResults(query=text)
    if not text.strip():
        return out
    if kind not in (None, ARTICLE, QUOTE):
        out.error = f"unknown kind '{kind}': use article or quote"
        return out
    try:
        q, allow, prefix_terms = builder.build_typing(text, searcher.reader(), as_you_type)
    except QueryError as exc:
        out.error = str(exc)
        return out
    if q is None:
        return out
    if only is not None:
        allow = only if allow is None else allow & only
        if not allow:  # Whoosh reads an empty filter as none at all
            return out
    filt = Term("kind", kind) if kind else None
    if allow is not None:
        if filt is not None:
            allow &= set(filt.docs(searcher))
        filt = allow
    start = max(0, start)
    results = searcher.search(
        q, limit=start + max(1, limit), filter=filt, mask=Term("kind", SKIPPED)
    )
    # Counting every match costs as much as the search itself: not on each keystroke,
    # and never when fewer than a page matched (then every match was scored anyway).
    scored = results.scored_length()
    full = scored >= start + max(1, limit)
    out.total = len(results) if not as_you_type or (count and full) else scored
    terms, phrases = _terms(q, searcher)
    terms["article"] |= prefix_terms
    terms["quote"] |= prefix_terms
    for rank, hit in enumerate(results):
        if rank < start:
            continue
        data = hit["data"]
        shown = rank - start < highlight
        if "n" in data:
            out.hits.append(_quote_hit(data, hit.score, (terms, phrases), speaker_name, shown))
        else:
            out.hits.append(_article_hit(data, hit.score, (terms, phrases), segments_of, shown))
    out.seconds = time.perf_counter() - started
    return out


def _terms(q, searcher: Searcher) -> tuple[dict[str, set[str]], dict[str, set[tuple]]]:
    """Indexed terms the query matched, per field group (prefixes/fuzzy expanded), and
    the phrases (word tuples) per group: a phrase's words count only together."""
    article: set[str] = set()
    quote: set[str] = set()
    phrases: dict[str, set[tuple]] = {"article": set(), "quote": set()}
    reader = searcher.reader()
    # Not q.existing_terms(): in whoosh3 3.54 it reuses its ``fieldname`` argument as a
    # loop variable and so drops the terms of every field but the first leaf's.
    for leaf in q.leaves():
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
