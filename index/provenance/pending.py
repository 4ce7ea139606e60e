"""Bigram rows waiting to be written: filed in key order, once per transaction.

Rows added an article at a time land on pages all over the ``pairs`` table (its key is
the bigram), and once the table outgrows SQLite's page cache most of them cost a page
read; written together in key order at the end of a transaction (or when
:data:`PENDING` wait) each page is visited once. Until then whoever reads the table
adds what waits here: slots only grow while rows wait (a removal writes them first),
so the waiting slots of a bigram come after every slot written under it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

PENDING = 100_000
"""Rows kept waiting at most (about 10 MB)."""


class PendingPairs:
    """(bigram, slot) rows not written yet, by bigram."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._by: dict[str, list[int]] = {}
        self._count = 0
        self.copies: dict[int, int] = {}  # waiting slot -> the copies it stands for

    def add_slots(self, filed: Iterable[tuple[int, Collection[str]]]) -> None:
        """Keep a row for each (slot, keys) of ``filed`` and each of its keys (written at
        once when :data:`PENDING` wait)."""
        by = self._by
        count = 0
        for slot, keys in filed:
            for key in keys:
                slots = by.get(key)
                if slots is None:
                    by[key] = [slot]
                else:
                    slots.append(slot)
            count += len(keys)
        self._count += count
        if self._count >= PENDING:
            self.flush()

    def flush(self) -> None:
        """Write every waiting row, in key order (one statement)."""
        if self._by:
            by = self._by
            self.db.executemany("INSERT OR IGNORE INTO pairs VALUES (?, ?)",
                                ((key, slot) for key in sorted(by) for slot in by[key]))
            self.discard()

    def discard(self) -> None:
        """Forget the waiting rows (their transaction was rolled back)."""
        self._by.clear()
        self._count = 0
        self.copies.clear()

    def slots(self, key: str) -> list[int]:
        """The waiting slots of bigram ``key``, in the order filed."""
        return self._by.get(key, [])

    def __bool__(self) -> bool:
        return bool(self._by)
