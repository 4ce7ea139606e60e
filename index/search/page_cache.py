"""The first hits of common queries, kept on disk beside the index.

Whoosh ranks a common word by unpickling its posting blocks and scoring the documents
that may reach the top: at 100,000 articles ``said`` over the four default fields is
~1,200 blocks and ~5,000 documents scored, about 0.2 s of CPU, for 20 hits, and typing
``said t``, ``said th``, ``said the`` ranks the same ``said`` again on every keystroke
(the partial word is a filter, :mod:`index.search.query`). :class:`PageCache` keeps
the top :data:`HITS` documents of such a scored query, with their scores, in
``pages.sqlite`` inside the generation folder: written by the first process that ranks
it, read back by every later one with one query. A keystroke whose scored part is
stored walks that list and keeps the documents its filters allow
(:mod:`index.search.first_page`).

Like :mod:`index.search.doc_cache` (whose :class:`StampedCache` it shares) it is a
cache, never the truth: stamped with the Whoosh commit and its number of documents, a
newer commit empties it, an older reader leaves it alone, and a file that is not
exactly what this module writes (other tables, lists of unequal length, a document
past the index, a score that is not a number) is set aside as ``pages.sqlite.bad``.
"""

from __future__ import annotations

import math
import sqlite3
from array import array
from dataclasses import dataclass

from warreader.index.search.doc_cache import Damaged, StampedCache

NAME = "pages.sqlite"
HITS = 10_000
"""Documents kept per query: every match of all but the commonest words, so that a
filter that keeps one document in a hundred still finds its page in the list (at most
120 KB a query)."""

MAX_BYTES = 128 * 1024 * 1024
"""The file stops growing here (SQLite's page limit: later pages are not stored). The
warming at a commit fills half of it at most (:data:`index.search.warm.WARM_BYTES`), so
pages ranked on demand still fit; a full file leaves every page it lacks to Whoosh."""


@dataclass(frozen=True)
class Page:
    """The top documents of a query, best first (score descending, then document
    number ascending, Whoosh's order), with their scores; ``complete`` when they are
    every document the query matches."""

    docs: array
    scores: array
    complete: bool


class PageCache(StampedCache):
    """The stored first pages of one reader's commit (see the module's docstring)."""

    NAME = NAME
    FORMAT = 1
    TABLE = "pages"
    TABLE_DDL = ("CREATE TABLE pages (query TEXT PRIMARY KEY, complete INTEGER NOT NULL,"
                 " docs BLOB NOT NULL, scores BLOB NOT NULL) STRICT, WITHOUT ROWID")

    @classmethod
    def _open(cls, path, commit: int, documents: int) -> PageCache | None:
        cache = super()._open(path, commit, documents)
        if cache is not None and cache.db is not None:
            page_size = cache.db.execute("PRAGMA page_size").fetchone()[0]
            cache.db.execute(f"PRAGMA max_page_count = {MAX_BYTES // page_size}")
        return cache

    def get(self, key: str) -> Page | None:
        """The stored page of the query ``key`` (None: not stored, or no cache)."""
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT complete, docs, scores FROM pages WHERE query = ?",
                                  (key,)).fetchone()
            return None if row is None else self._unpack(*row)
        except (sqlite3.DatabaseError, Damaged, ValueError, TypeError):
            self._give_up(damaged=True)
            return None

    def put(self, key: str, page: Page) -> None:
        """Store ``page`` as the query ``key``'s. A busy or read-only file: nothing is
        stored (it stays a miss)."""
        if self.db is None or not self.writable:
            return
        row = (key, int(page.complete), page.docs.tobytes(), page.scores.tobytes())
        try:
            self.db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?)", row)
        except sqlite3.OperationalError:  # busy, read-only, disk full
            self.writable = False
        except sqlite3.DatabaseError:
            self._give_up(damaged=True)

    def _unpack(self, complete: int, docs: bytes, scores: bytes) -> Page:
        if complete not in (0, 1) or not isinstance(docs, bytes) or not isinstance(scores, bytes):
            raise Damaged("not a page")
        doc_array, score_array = array("I"), array("d")
        doc_array.frombytes(docs)
        score_array.frombytes(scores)
        if len(doc_array) != len(score_array) or len(doc_array) > HITS:
            raise Damaged("a page of another shape")
        if (doc_array and max(doc_array) >= self.documents) \
                or not all(map(math.isfinite, score_array)):
            raise Damaged("a page that is not of this index")
        return Page(doc_array, score_array, bool(complete))
