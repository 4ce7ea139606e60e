"""The face of quote provenance: groups of a corpus, looked up by quote or listed.

Every question is a query on the groups database (:mod:`.tables`); nothing of the
corpus is held in memory beyond the few groups last asked for.
"""

from __future__ import annotations

import sqlite3
import threading

from warreader.index.provenance.flags import build_group, order_key
from warreader.index.provenance.grouper import MEMBER_COLUMNS, entry_of_row
from warreader.index.provenance.model import Group, MemberKey
from warreader.index.search.db_text import row_from_db, row_to_db

_REMEMBERED = 256
"""Groups kept once built (the reader asks for the same few again and again)."""

_SPANNING = ("SELECT gid FROM members GROUP BY gid HAVING count(DISTINCT article) >= ?")


class Provenance:
    """Read-only questions about the groups saved in ``db`` (safe across threads)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._cache: dict[int, Group] = {}

    def _all(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            return self.db.execute(sql, args).fetchall()

    def group_id(self, key: MemberKey) -> int | None:
        """The group id of the quote at ``key`` (article id, start, end), if filed."""
        rows = self._all("SELECT gid FROM members WHERE article = ? AND qstart = ? AND "
                         "qend = ? LIMIT 1", row_to_db(key))
        return rows[0][0] if rows else None

    def group(self, gid: int) -> Group | None:
        """The group with id ``gid`` (None: no such group)."""
        found = self._cache.get(gid)
        if found is None:
            rows = self._all(f"SELECT {MEMBER_COLUMNS} FROM members WHERE gid = ?", (gid,))
            if not rows:
                return None
            if len(self._cache) >= _REMEMBERED:
                self._cache.clear()
            found = self._cache[gid] = build_group(gid, [entry_of_row(r)[1] for r in rows])
        return found

    def group_of(self, key: MemberKey) -> Group | None:
        """The group of the quote at ``key``, if it is filed."""
        gid = self.group_id(key)
        return None if gid is None else self.group(gid)

    def article_count(self, gid: int) -> int:
        """How many distinct articles hold the group's quotes."""
        return self._all("SELECT count(DISTINCT article) FROM members WHERE gid = ?",
                         (gid,))[0][0]

    def group_ids(self, min_articles: int = 2) -> list[int]:
        """Ids of the groups spanning at least ``min_articles`` articles."""
        return [r[0] for r in self._all(_SPANNING, (min_articles,))]

    def groups(self, min_articles: int = 2) -> list[Group]:
        """Groups spanning at least ``min_articles`` articles: quotes before terms,
        largest first, then earliest first."""
        found = [self.group(gid) for gid in self.group_ids(min_articles)]
        out = [g for g in found if g is not None]
        out.sort(key=lambda g: (g.earliest.kind == "term", -len(g.articles),
                                order_key(g.earliest), g.id))
        return out

    def keys_in_groups(self, min_articles: int) -> set[MemberKey]:
        """Keys of every quote whose group spans at least ``min_articles`` articles."""
        rows = self._all(f"SELECT article, qstart, qend FROM members WHERE gid IN "
                         f"({_SPANNING})", (min_articles,))
        return {row_from_db(r) for r in rows}

    def partition(self) -> list[frozenset[MemberKey]]:
        """Every group as the set of its quotes' keys (sorted: comparable as a whole)."""
        by: dict[int, set[MemberKey]] = {}
        for gid, *key in self._all("SELECT gid, article, qstart, qend FROM members"):
            by.setdefault(gid, set()).add(row_from_db(key))
        return sorted((frozenset(v) for v in by.values()), key=lambda s: sorted(s))

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self.db.close()
