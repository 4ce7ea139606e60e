"""The Whoosh index of articles and quotes: schema, incremental updates, queries.

Most callers want :class:`index.corpus.Corpus`; this package holds its parts:
``schema`` and ``analysis`` (what is indexed and how names fold), ``store`` (folders,
locking, version and damage checks, atomic rebuilds), ``manifest`` and ``indexer``
(incremental updates), ``query``, ``searching`` and ``highlight`` (answering queries),
``results`` (the plain dataclasses everything returns), and ``stamps`` and ``listing``
(the Whoosh-free article list the reader starts from).

Importing the package does not import Whoosh: the reader's first screen must not wait
for it.
"""

from index.search.errors import QueryError
from index.search.results import (
    ArticleSummary,
    Fragment,
    IndexReport,
    SearchHit,
    SearchResults,
)
from index.search.stamps import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "ArticleSummary",
    "Fragment",
    "IndexReport",
    "QueryError",
    "SearchHit",
    "SearchResults",
]
