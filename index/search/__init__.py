"""The Whoosh index of articles and quotes: schema, incremental updates, queries.

Most callers want :class:`index.corpus.Corpus`; this package holds its parts:
``schema`` and ``analysis`` (what is indexed and how names fold), ``store`` (folders,
ownership, locking, version and damage checks, atomic rebuilds), ``safe_pickle`` (Whoosh's
files read without running code), ``stored`` (the per-commit SQLite stored data the
lists are read from), ``manifest``, ``indexer`` and ``updating`` (incremental updates),
``query``, ``searching`` and ``highlight`` (answering queries),
``results`` (the plain dataclasses everything returns), and ``stamps`` and ``listing``
(the Whoosh-free article list the reader starts from).

Importing the package imports nothing else (the names below load on first use): the
reader's first screen must not wait for Whoosh, nor for result types it does not show.
"""

from __future__ import annotations

from warreader.index.lazy import lazy_getattr

_EXPORTS = {
    "SCHEMA_VERSION": "warreader.index.search.stamps",
    "ArticleSummary": "warreader.index.search.summary",
    "Fragment": "warreader.index.search.results",
    "IndexReport": "warreader.index.search.results",
    "QueryError": "warreader.index.search.errors",
    "SearchHit": "warreader.index.search.results",
    "SearchResults": "warreader.index.search.results",
}

__all__ = sorted(_EXPORTS)

__getattr__ = lazy_getattr(__name__, _EXPORTS)  # each name loaded from its module on first use
