"""Copies of a long quote filed under its bigrams once, with how many there are.

A quote recurring in many articles (a year of syndicated coverage) would put a row per
bigram per copy in the ``pairs`` table: most of the table, most of the grouping's
writes, and most of the candidates a bigram proposes. Copies with the same kind, folded
words and speaker key relate to every other quote alike (:func:`relate.related` reads
nothing else) and are always in one group (their words are a clique key), so only the
first, the representative, is filed under the bigrams; the ``reps`` table keeps, per
such class of copies, the representative's slot and the number of copies, which is
what a bigram's count weighs (a bigram held by one representative of 60 copies is as
crowded as before, so blocking proposes the same groups). A representative removed
while copies are left hands its rows to the next copy.
"""

from __future__ import annotations

import json
import sqlite3

from warreader.index.provenance.pending import PendingPairs
from warreader.index.provenance.relate import speaker_key

_SEP = "\x1f"

WEIGHT_SQL = "coalesce((SELECT r.n FROM reps r WHERE r.slot = {slot}), 1)"
"""SQL for the copies a ``pairs`` row at ``{slot}`` stands for (a row with no ``reps``
row stands for itself)."""


def copies_key(whole: str, speaker: tuple[str, ...]) -> str:
    """The key of a class of copies: the quote's whole (clique) key and speaker key."""
    return f"{whole}{_SEP}{' '.join(speaker)}"


class Copies:
    """The ``reps`` table: class key -> (representative slot, copies); the copies of
    the representatives whose bigram rows still wait are kept with those rows
    (:attr:`PendingPairs.copies`)."""

    def __init__(self, db: sqlite3.Connection, pending: PendingPairs) -> None:
        self.db = db
        self.waiting = pending.copies  # representative slot -> copies, rows waiting

    def reps(self, keys: list[str]) -> dict[str, int]:
        """The representative slot of each class key of ``keys`` already filed."""
        if not keys:
            return {}
        return dict(self.db.execute(
            "SELECT r.key, r.slot FROM json_each(?) a JOIN reps r ON r.key = a.value",
            (json.dumps(keys),)))

    def new(self, rows: list[tuple[int, str]]) -> None:
        """File each (slot, class key) of ``rows`` as its class's representative."""
        self.db.executemany("INSERT INTO reps (slot, key, n) VALUES (?, ?, 1)", rows)
        for slot, _ in rows:
            self.waiting[slot] = 1

    def more(self, reps: list[int]) -> None:
        """One more copy for each representative slot of ``reps`` (repeated: more)."""
        self.db.executemany("UPDATE reps SET n = n + 1 WHERE slot = ?", ((s,) for s in reps))
        waiting = self.waiting
        for slot in reps:
            if slot in waiting:
                waiting[slot] += 1

    def weight(self, slots: list[int]) -> int:
        """How many copies the waiting representatives ``slots`` stand for."""
        waiting = self.waiting
        return sum(waiting.get(s, 1) for s in slots)

    def remove(self, slot: int, whole: str, speaker: tuple[str, ...]) -> tuple[str, int | None]:
        """Take the copy at ``slot`` out of its class (the caller has flushed waiting rows
        and deleted the quote's members row). Returns what happens to its bigram rows:
        ("keep", None) another copy's slot stood for it; ("drop", None) it was the last
        copy; ("move", other) it was the representative and ``other`` now is; ("none",
        None) not filed as a class (rows made before classes, or a term)."""
        key = copies_key(whole, speaker)
        row = self.db.execute("SELECT slot, n FROM reps WHERE key = ?", (key,)).fetchone()
        if row is None:
            return "none", None
        rep, n = row
        if rep != slot:
            self.db.execute("UPDATE reps SET n = n - 1 WHERE slot = ?", (rep,))
            return "keep", None
        if n <= 1:
            self.db.execute("DELETE FROM reps WHERE slot = ?", (rep,))
            return "drop", None
        other = next((s for s, spoken in self.db.execute(
            "SELECT w.slot, m.speaker FROM whole w JOIN members m ON m.slot = w.slot"
            " WHERE w.key = ? AND w.slot != ? ORDER BY w.slot", (whole, slot))
            if speaker_key(spoken) == speaker), None)
        if other is None:  # (the count was off: no copy is left)
            self.db.execute("DELETE FROM reps WHERE slot = ?", (rep,))
            return "drop", None
        self.db.execute("UPDATE reps SET slot = ?, n = ? WHERE key = ?", (other, n - 1, key))
        return "move", other
