"""How many quotes hold a bigram, the rarest of a quote's bigrams, and their postings.

Part of :class:`blocking.Blocks` (its counting half): a bigram's count is the copies its
rows stand for (:mod:`.copies`), and the rows still waiting for the transaction's end
(:mod:`.pending`) count too.
"""

from __future__ import annotations

import json
import sqlite3

from warreader.index.provenance.copies import WEIGHT_SQL, Copies
from warreader.index.provenance.pending import PendingPairs

CROWDED = 48
"""A bigram held by more quotes than this is too common to propose candidates."""

_CHUNK = 30000  # SQLite's limit on the values of one statement is 32,766


def _marks(n: int) -> str:
    return ",".join("?" * n)


class Counting:
    """Counts and postings of bigrams, read from the ``pairs`` table and what waits."""

    db: sqlite3.Connection
    pending: PendingPairs
    copies: Copies
    _held: dict[str, tuple[int, tuple[int, ...] | None]]
    _wholes: set[int] | None

    def counts(self, keys: list[str], cap: int | None = CROWDED + 1) -> dict[str, int]:
        """How many quotes hold each of the bigrams ``keys`` (absent: none), counted up to
        ``cap`` (enough to tell crowded from not; None: exactly)."""
        if not keys:
            return {}
        limit = "" if cap is None else f" LIMIT {int(cap)}"
        weight = self.copies.weight
        found = {k: (n or 0) + weight(self.pending.slots(k)) for k, n in self.db.execute(
            f"SELECT a.value, (SELECT sum({WEIGHT_SQL.format(slot='q.slot')}) FROM (SELECT"
            f" p.slot FROM pairs p WHERE p.key = a.value{limit}) q) FROM json_each(?) a",
            (json.dumps(keys),))}
        return {k: n if cap is None else min(n, cap) for k, n in found.items() if n}

    def rarest(self, keys: list[str], n: int = 2) -> list[str]:
        """The ``n`` bigrams of ``keys`` held by the fewest quotes (then by key).

        Counted up to a limit that grows fourfold until ``n`` of them are below it, so
        a quote made of common bigrams ("of the", "we are") pays for about as many
        postings as its rarer ones hold, not for every quote holding "of the": the
        order is the one exact counts give (a bigram at the limit holds more than any
        below it). While everything filed is remembered, the remembered counts are
        exact and nothing is read."""
        if len(keys) <= n:
            return sorted(keys)
        held = self._held
        if self._wholes is not None and all(k in held for k in keys):  # exact counts
            return sorted(keys, key=lambda k: (held[k][0], k))[:n]
        below: dict[str, int] = {}
        left, cap = sorted(keys), 2 * (CROWDED + 1)
        while left and len(below) < n:
            counted = self.counts(left, cap)
            below.update((k, counted.get(k, 0)) for k in left if counted.get(k, 0) < cap)
            left = [k for k in left if k not in below]
            cap *= 4
        return sorted(below, key=lambda k: (below[k], k))[:n]

    def postings(self, keys: list[str]) -> dict[str, list[int]]:
        """The slots filed under each of the bigrams ``keys``."""
        out: dict[str, list[int]] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            for key, slot in self.db.execute(
                    f"SELECT key, slot FROM pairs WHERE key IN ({_marks(len(chunk))})", chunk):
                out.setdefault(key, []).append(slot)
        for key in keys:
            if self.pending.slots(key):
                out.setdefault(key, []).extend(self.pending.slots(key))
        return out
