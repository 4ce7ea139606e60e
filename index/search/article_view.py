"""The article list as the reader shows it: an ordering, read a screen at a time.

An :class:`ArticleView` holds one filtered, sorted ordering of the stored articles as
compact keys (SQLite row ids in an ``array``, 8 bytes an article) and reads the rows on
screen when they are painted, a page at a time, keeping a few pages. 100,000 articles
cost under a megabyte of keys; nothing else of them stays in memory.

:class:`ArticleTable` is one commit's stored data (:mod:`index.search.stored`) seen by
the list through its own read-only connection, so a long query of another thread on
the stored data never holds up a paint. :class:`MemoryView` gives the same face to a
list not stored yet (the first build, the cached listing at startup).
"""

from __future__ import annotations

import sqlite3
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from warreader.index.search.article_filter import (
    ArticleFilter,
    filter_sql,
    order_sql,
    sorted_summaries,
)
from warreader.index.search.db_text import row_from_db, row_to_db
from warreader.index.search.summary import ArticleSummary

if TYPE_CHECKING:
    from warreader.index.search.stored import StoredData

_COLUMNS = "a.id, a.path, a.title, a.date, a.author, a.outlet, a.quotes, a.terms"
PAGE = 64
"""Rows read at once; :data:`PAGES_KEPT` pages stay read."""
PAGES_KEPT = 8


class ArticleTable:
    """The ``articles`` table of one commit's stored data, for the list's queries."""

    def __init__(self, data: StoredData) -> None:
        self.data = data
        self._lock = threading.Lock()
        try:  # our own connection: another thread's long query never blocks a paint
            uri = f"{data.path.resolve().as_uri()}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._db.execute("PRAGMA trusted_schema = OFF")
            self._db.execute("SELECT 1 FROM articles LIMIT 1")
        except (sqlite3.Error, OSError, ValueError):  # a temporary file, already unlinked
            self._db, self._lock = data._db, data._lock

    def _all(self, sql: str, args: Sequence = ()) -> list[tuple]:
        with self._lock:
            rows = self._db.execute(sql, row_to_db(args)).fetchall()
        return [row_from_db(row) for row in rows]

    def keys(self, filt: ArticleFilter, sort: str) -> array:
        """Row ids of the articles matching ``filt``, in ``sort`` order."""
        where, args = filter_sql(filt)
        keys = array("q")
        with self._lock:
            cursor = self._db.execute(f"SELECT a.rowid FROM articles a WHERE {where} "
                                      f"ORDER BY {order_sql(sort)}", row_to_db(args))
            while batch := cursor.fetchmany(4096):
                keys.extend(k for (k,) in batch)
        return keys

    def rows(self, keys: Sequence[int]) -> list[ArticleSummary]:
        """The articles of ``keys``, in that order."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        found = {row[0]: ArticleSummary(*row[1:]) for row in self._all(
            f"SELECT a.rowid, {_COLUMNS} FROM articles a WHERE a.rowid IN ({marks})", keys)}
        return [found[k] for k in keys if k in found]

    def by_ids(self, ids: Sequence[str]) -> list[ArticleSummary]:
        """The stored articles among ``ids``."""
        ids = list(dict.fromkeys(ids))
        out = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out.extend(ArticleSummary(*row) for row in self._all(
                f"SELECT {_COLUMNS} FROM articles a WHERE a.id IN "
                f"({','.join('?' * len(chunk))})", chunk))
        return out

    def key_of(self, article_id: str) -> int | None:
        """The row id of article ``article_id`` (None: not stored)."""
        rows = self._all("SELECT rowid FROM articles WHERE id = ?", (article_id,))
        return rows[0][0] if rows else None

    def totals(self) -> tuple[int, int, int]:
        """Articles, quotes and quoted terms of the whole table."""
        count, quotes, terms = self._all(
            "SELECT count(*), coalesce(sum(quotes), 0), coalesce(sum(terms), 0) FROM articles")[0]
        return count, quotes, terms

    def paths(self) -> Iterator[str]:
        """Every article's path, a page at a time."""
        for page in self._pages("SELECT a.path FROM articles a"):
            yield from (row[0] for row in page)

    def every(self) -> Iterator[ArticleSummary]:
        """Every article by path, a page at a time (never the whole list at once)."""
        for page in self._pages(f"SELECT {_COLUMNS} FROM articles a"):
            yield from (ArticleSummary(*row) for row in page)

    def _pages(self, select: str) -> Iterator[list[tuple]]:
        """The rows of ``select`` by path, 1,024 at a time: one statement stepped on,
        the lock held a page at a time (paging by ``OFFSET`` stepped over every earlier
        row again: 35 s for the 100,000 paths the file labels read twice)."""
        with self._lock:
            cursor = self._db.execute(f"{select} ORDER BY a.path, a.id")
        try:
            while True:
                with self._lock:
                    page = cursor.fetchmany(1024)
                if not page:
                    return
                yield [row_from_db(row) for row in page]
        finally:  # (not under the lock: a generator dropped mid-way is closed whenever
            cursor.close()  # it is collected, maybe inside this thread's locked block)

    def close(self) -> None:
        """Close the list's connection (not the stored data's)."""
        if self._db is not self.data._db:
            with self._lock:
                self._db.close()


class ArticleView(Sequence):
    """The articles matching ``filt`` in ``sort`` order; a sequence of ArticleSummary
    read from the table a page at a time."""

    def __init__(self, table: ArticleTable, filt: ArticleFilter | None = None,
                 sort: str = "date") -> None:
        self.table, self.filter, self.sort = table, filt or ArticleFilter(), sort
        self.keys = table.keys(self.filter, sort)
        self.total, self.quotes, self.terms = table.totals()
        self._pages: OrderedDict[int, list[ArticleSummary]] = OrderedDict()

    @property
    def stored(self) -> bool:
        """Whether filters can be applied (the list is stored)."""
        return True

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self.keys)
        if not 0 <= index < len(self.keys):
            raise IndexError(index)
        number, at = divmod(index, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self.table.rows(self.keys[number * PAGE:(number + 1) * PAGE])
            self._pages[number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[at]

    def __iter__(self) -> Iterator[ArticleSummary]:
        for start in range(0, len(self.keys), PAGE):
            yield from self.table.rows(self.keys[start:start + PAGE])

    def index_of(self, article_id: str) -> int | None:
        """Where article ``article_id`` is listed (None: not listed)."""
        key = self.table.key_of(article_id)
        if key is None:
            return None
        try:
            return self.keys.index(key)
        except ValueError:
            return None

    def every(self) -> Iterator[ArticleSummary]:
        """Every stored article, filtered out or not, by path."""
        return self.table.every()

    def summaries_of(self, ids: Sequence[str]) -> list[ArticleSummary]:
        """The articles among ``ids``, filtered out or not."""
        return self.table.by_ids(ids)

    def again(self, filt: ArticleFilter | None = None, sort: str | None = None) -> ArticleView:
        """The same table with another filter or order (a query: call it off the UI
        thread on a large corpus)."""
        return ArticleView(self.table, self.filter if filt is None else filt,
                           sort or self.sort)


class MemoryView(Sequence):
    """A list of summaries not stored yet, with the face of :class:`ArticleView`
    (sorted; never filtered: filters wait for the stored list)."""

    def __init__(self, summaries: list[ArticleSummary], sort: str = "date") -> None:
        self.summaries = list(summaries)
        self.filter, self.sort = ArticleFilter(), sort
        self.rows = sorted_summaries(self.summaries, sort)
        self.total = len(self.summaries)
        self.quotes = sum(s.quote_count for s in self.summaries)
        self.terms = sum(s.term_count for s in self.summaries)

    @property
    def stored(self) -> bool:
        """Whether filters can be applied (never: the list is not stored yet)."""
        return False

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    def index_of(self, article_id: str) -> int | None:
        """Where article ``article_id`` is listed (None: not listed)."""
        return next((i for i, s in enumerate(self.rows) if s.id == article_id), None)

    def every(self) -> Iterator[ArticleSummary]:
        """Every listed article."""
        return iter(self.summaries)

    def summaries_of(self, ids: Sequence[str]) -> list[ArticleSummary]:
        """The articles among ``ids``."""
        wanted = set(ids)
        return [s for s in self.summaries if s.id in wanted]

    def again(self, filt: ArticleFilter | None = None, sort: str | None = None) -> MemoryView:
        """The same articles in another order (``filt`` is ignored)."""
        return MemoryView(self.summaries, sort or self.sort)

    def held(self) -> list[ArticleSummary]:
        """The summaries in memory now (all of them)."""
        return self.summaries


class HeadView(Sequence):
    """The cached list's first rows, newest first, with the face of :class:`MemoryView`:
    the first screen of a large corpus without decoding the whole list
    (:func:`index.search.listing.read_head`). Anything past those rows reads the
    whole cached list (``load()``: None when it is gone, leaving the head alone)."""

    stored = False

    def __init__(self, head, load: Callable[[], list[ArticleSummary] | None]) -> None:
        self.head: list[ArticleSummary] = head.rows
        self.filter, self.sort = ArticleFilter(), "date"
        self.total, self.quotes, self.terms = head.total, head.quotes, head.terms
        self._load = load
        self._whole: MemoryView | None = None

    def whole(self) -> MemoryView:
        """The whole cached list (read on first use)."""
        if self._whole is None:
            loaded = self._load()
            self._whole = MemoryView(loaded if loaded is not None else self.head)
            self.total = self._whole.total
        return self._whole

    def __len__(self) -> int:
        return self.total if self._whole is None else len(self._whole)

    def __getitem__(self, index):
        if isinstance(index, int) and self._whole is None and 0 <= index < len(self.head):
            return self.head[index]
        return self.whole()[index]

    def index_of(self, article_id: str) -> int | None:
        """Where article ``article_id`` is listed (None: not listed)."""
        if self._whole is None:
            found = next((i for i, s in enumerate(self.head) if s.id == article_id), None)
            if found is not None:
                return found
        return self.whole().index_of(article_id)

    def every(self) -> Iterator[ArticleSummary]:
        """Every listed article."""
        return self.whole().every()

    def summaries_of(self, ids: Sequence[str]) -> list[ArticleSummary]:
        """The articles among ``ids``."""
        return self.whole().summaries_of(ids)

    def again(self, filt: ArticleFilter | None = None, sort: str | None = None) -> MemoryView:
        """The same articles in another order (``filt`` is ignored)."""
        return self.whole().again(filt, sort)

    def held(self) -> list[ArticleSummary]:
        """The summaries in memory now (the head, unless the whole list was read)."""
        return self.head if self._whole is None else self._whole.summaries
