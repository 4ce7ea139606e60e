"""A posting pool that spills to disk in chunks, for builds bigger than its memory limit.

Whoosh sorts postings in a pool; past ``limitmb`` it writes a sorted run to disk,
pickling each posting on its own, and reads runs back the same way. At 10,000 articles
(about 2.5 million postings, several runs) those per-posting pickle calls cost a quarter
of the build. :class:`ChunkedPool` writes and reads each run as pickled lists of
:data:`CHUNK` postings: the same runs, sorted and merged by Whoosh as before (read
back with the restricted unpickler: run files sit in a temporary folder inside the index).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from itertools import islice

from warreader.index.search.safe_pickle import safe_load
from whoosh.writing import PostingPool

CHUNK = 2_000
"""Postings per pickled chunk. Whoosh merges every run at once and each run being merged
holds one decoded chunk, so the merge holds runs x CHUNK postings: a build of 100,000
articles writes some 50 runs. A 10,000-article build cut into 8 MB runs peaked at 315 MB
with chunks of 20,000 and at 132 MB with 2,000, for the same CPU (62 and 63 s)."""


def _term_key(item: tuple) -> bytes:
    """A posting's (field, term) as one bytes key, in the order of the tuples (field
    names are ASCII words, and nothing sorts below the separator)."""
    return item[0].encode() + b"\0" + item[1]


class ChunkedPool(PostingPool):
    """Whoosh's :class:`PostingPool` with runs pickled in chunks, and a leaner
    :meth:`add` (called once per posting: half a million times on the BBC corpus)."""

    docs_in_order = True
    """True while every posting came from :meth:`add_batch` (one document at a time, in
    document order): then the pool is sorted on (field, term) alone (:meth:`items`)."""

    def add(self, item: tuple) -> None:
        """Pool one posting ``(field, term bytes, docnum, weight, value bytes)``: Whoosh's
        own ``add`` without its two type assertions (our fields always give bytes), with
        the same size estimate, so runs are cut where Whoosh would cut them."""
        self.docs_in_order = False
        self.fieldnames.add(item[0])
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or "")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def add_batch(self, items: list[tuple], fieldnames: list[str], size: int) -> None:
        """Pool one document's postings at once (:mod:`index.search.lean_add`): ``size``
        is :meth:`add`'s estimate summed over ``items``. A run is cut before the batch
        when it would pass the limit, so a run ends between documents rather than inside
        one (the runs are merged in sorted order: the index written is the same)."""
        self.fieldnames.update(fieldnames)
        if self.currentsize + size > self.limit and self.current:
            self.save()
        self.currentsize += size
        self.current.extend(items)

    def save(self) -> None:
        """Write the pool's postings as a sorted run (see :meth:`items`)."""
        if not self.docs_in_order:
            super().save()
            return
        if current := self.current:
            current.sort(key=_term_key)
            path, f = self._new_run()
            self._write_run(f, current)
            self._add_run(path)
            self.current = []
        self.currentsize = 0

    def items(self, maxfiles: int = 128):
        """Every posting in sorted order. When they all came from :meth:`add_batch`
        (:attr:`docs_in_order`), a term's postings are already in document order (a
        document has one posting per term), so a stable sort on (field, term) alone,
        one bytes key per posting, gives the order of Whoosh's sort of the whole
        tuples in half its time."""
        if self.runs or not self.docs_in_order:
            return super().items(maxfiles)
        self.current.sort(key=_term_key)
        return self.current

    def _write_run(self, f, items: Iterable) -> None:
        items = iter(items)
        while chunk := list(islice(items, CHUNK)):
            pickle.dump(chunk, f, protocol=pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Iterator:
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = safe_load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


def use_chunked_pool(writer, limitmb: int) -> None:
    """Give a new writer a :class:`ChunkedPool` (only if it has Whoosh's stock, empty pool)."""
    pool = getattr(writer, "pool", None)
    if type(pool) is PostingPool and not pool.current and not pool.runs:
        writer.pool = ChunkedPool(pool.tempstore, pool.segment, limitmb=limitmb)
