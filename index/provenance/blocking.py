"""Candidate blocking: which filed quotes a quote could belong with, without all pairs.

Quotes of more than :data:`~relate.SHORT` words are filed under each pair of
adjacent folded words (word bigrams); a quote's candidates are the quotes sharing a
bigram with it. A partial quote shares all its bigrams with the longer one, and a few
changed words leave most bigrams intact. Bigrams that many quotes share ("of the", "we
are") say little and would make blocking quadratic: those held by more than
:data:`CROWDED` quotes are only used when the quote has no rarer one (then its two
rarest); and a candidate must share two uncrowded bigrams unless the quote has fewer
than three. Short quotes are looked up whole, with their speaker (they only group when
identical and by the same speaker). Work per quote is bounded, so grouping n quotes
costs about n lookups.

The blocks live in the groups database (:mod:`.tables`): ``whole`` (key -> slots) and
``pairs`` (bigram -> slots), so a lookup reads only the blocks a quote hits (a
bigram's quotes are counted only up to :data:`CROWDED` + 1, and for a quote that has
nothing rarer only until its two rarest are known: :meth:`Blocks.rarest`); a
transaction's bigram rows are written at its end, in key order (:mod:`.pending`).
Copies of a long quote (same kind, words and speaker) are filed under the bigrams once,
by their first copy, which counts for all of them (:mod:`.copies`).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from itertools import chain

from warreader.index.provenance.bigram_counts import CROWDED, Counting
from warreader.index.provenance.copies import WEIGHT_SQL, Copies, copies_key
from warreader.index.provenance.pending import PendingPairs
from warreader.index.provenance.relate import MIN_TERM, SHORT

Words = tuple[str, ...]
Speaker = tuple[str, ...]
Pairs = frozenset[str]
_SEP = "\x1f"
REMEMBERED = 100_000
"""Bigrams whose first slots :class:`Blocks` keeps in memory at most (about 20 MB)."""


def pair_keys(words: Words) -> frozenset[str]:
    """The block keys of a long quote: "word next" for each adjacent pair."""
    if len(words) <= SHORT:
        return frozenset()
    return frozenset([f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])


def whole_key(kind: str, words: Words, speaker: Speaker) -> tuple[str | None, bool]:
    """(the key a quote is filed under whole, or None; whether every quote under that
    key belongs with every other: same long words, or the same term)."""
    if len(words) > SHORT or (kind == "term" and sum(map(len, words)) >= MIN_TERM):
        return f"{kind}{_SEP}{' '.join(words)}", True
    # by surname: "Peskov" and "Dmitry Peskov" meet, the verification decides
    if speaker and words:
        return f"{kind}{_SEP}{' '.join(words)}{_SEP}{speaker[-1]}", False
    return None, False


class Blocks(Counting):
    """Quote slots filed by exact words and by word bigrams, in the groups database.

    The first :data:`CROWDED` + 1 slots of the bigrams looked up are remembered with
    the copies they stand for (at most :data:`REMEMBERED` bigrams; a crowded one only
    as crowded), kept in step with every change made here: grouping a corpus meets the
    same bigrams again and again. :meth:`forget` drops them (a rolled-back change,
    another process's commit).
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        # bigram -> (copies held, the slots standing for them: None when crowded); the
        # counts are exact while everything filed is remembered (see ``_wholes``)
        self._held: dict[str, tuple[int, tuple[int, ...] | None]] = {}
        # The hashes of every whole key filed, while what is remembered is *everything*
        # filed (the tables were empty when remembering began, nothing was forgotten
        # since): then a bigram not remembered has no quote and a key whose hash is not
        # here none either, so a first grouping asks SQLite nothing (a hash shared by
        # two keys only costs a look-up). None: not known to be complete.
        self._wholes: set[int] | None = None
        self._checked = False  # whether the tables were looked at since :meth:`forget`
        self.pending = PendingPairs(db)  # bigram rows written at the transaction's end
        self.copies = Copies(db, self.pending)

    def forget(self) -> None:
        """Drop what is remembered of the blocks."""
        self._held.clear()
        self._wholes = None
        self._checked = False

    def _complete(self) -> bool:
        """Whether what is remembered is every block filed (see ``_wholes``)."""
        if not self._checked:
            self._checked = True
            if not self._held and not self.pending and not self.db.execute(
                    "SELECT 1 FROM pairs UNION ALL SELECT 1 FROM whole LIMIT 1").fetchone():
                self._wholes = set()
        return self._wholes is not None

    def add_many(self, filed: list[tuple[int, tuple]]) -> None:
        """File each (slot, :attr:`Entry.block`) of ``filed``, in a few statements (a
        copy of a quote filed before adds no bigram rows: its first copy counts one
        more)."""
        wholes, classes = [], []
        for slot, (kind, words, speaker, pairs) in filed:
            key, _ = whole_key(kind, words, speaker)
            if key is not None:
                wholes.append((key, slot))
                if pairs:
                    classes.append((slot, copies_key(key, speaker), pairs))
        self.db.executemany("INSERT OR IGNORE INTO whole VALUES (?, ?)", wholes)
        reps = self.copies.reps(sorted({c for _, c, _ in classes}))
        new, more = [], []
        for slot, key, pairs in classes:
            rep = reps.get(key)
            if rep is None:
                reps[key] = slot
                new.append((slot, key, pairs))
            else:
                more.append((rep, pairs))
        self.copies.new([(slot, key) for slot, key, _ in new])
        self.copies.more([rep for rep, _ in more])
        self.pending.add_slots([(slot, pairs) for slot, _, pairs in new])
        complete = self._complete()
        if complete:
            self._wholes.update(hash(key) for key, _ in wholes)
        self._count([(slot, pairs) for slot, _, pairs in new], complete, True)
        self._count(more, complete, False)
        if complete and max(len(self._held), len(self._wholes)) > REMEMBERED:  # read them
            self.forget()
            self._checked = True

    def _count(self, filed: list[tuple[int, Pairs]], complete: bool, new: bool) -> None:
        """Keep the remembered bigrams in step with one more copy at each (slot, pairs)
        of ``filed`` (``new``: the slot is filed under them; else it stands there)."""
        held, get, first = self._held, self._held.get, (0, ())
        for slot, pairs in filed:
            for p in pairs:
                found = get(p)
                if found is None:
                    if not complete:
                        continue
                    found = first
                n, slots = found
                if slots is not None and n < CROWDED:
                    held[p] = (n + 1, (*slots, slot) if new else slots)
                else:  # crowded: counted on (exact while complete, for :meth:`rarest`)
                    held[p] = (n + 1, None)

    def filed_wholes(self, keys: list[str]) -> list[str]:
        """The whole keys among ``keys`` that may have quotes filed (all of them, unless
        everything filed is remembered)."""
        if self._complete():
            return [k for k in keys if hash(k) in self._wholes]
        return keys

    def _remember(self, keys: Iterable[str]) -> None:
        """Read the first slots of the ``keys`` not remembered yet (one statement)."""
        missing = [k for k in keys if k not in self._held]
        if not missing:
            return
        if len(self._held) + len(missing) > REMEMBERED:
            self.forget()
            self._checked = True  # (no longer complete)
            missing = list(keys)
        found: dict[str, list[int]] = {k: [] for k in missing}
        copies = dict.fromkeys(missing, 0)
        for key, slot, n in self.db.execute(
            f"SELECT a.value, p.slot, {WEIGHT_SQL.format(slot='p.slot')} FROM json_each(?) a"
            " JOIN pairs p ON p.key = a.value AND p.slot <= coalesce((SELECT q.slot FROM"
            f" pairs q WHERE q.key = a.value LIMIT 1 OFFSET {CROWDED}), 9223372036854775807)",
            (json.dumps(missing),)
        ):
            found[key].append(slot)
            copies[key] += n
        for key, slots in found.items():
            waiting = self.pending.slots(key)[:CROWDED + 1 - len(slots)]
            slots.extend(waiting)
            n = copies[key] + self.copies.weight(waiting)
            self._held[key] = (n, None) if n > CROWDED else (n, tuple(slots))

    def remove(self, slot: int, kind: str, words: Words, speaker: Speaker, pairs: Pairs) -> None:
        """Take ``slot`` out of every block it was filed in."""
        self._wholes = None  # what is left under a key or a crowded bigram is not known
        self.pending.flush()
        key, _ = whole_key(kind, words, speaker)
        if key is not None:
            self.db.execute("DELETE FROM whole WHERE key = ? AND slot = ?", (key, slot))
        if not pairs:
            return
        what, other = self.copies.remove(slot, key, speaker)
        if what in ("drop", "move", "none"):
            self.db.executemany("DELETE FROM pairs WHERE key = ? AND slot = ?",
                                ((p, slot) for p in pairs))
        if what == "move":
            self.db.executemany("INSERT OR IGNORE INTO pairs VALUES (?, ?)",
                                ((p, other) for p in pairs))
        for p in pairs:
            if p in self._held:
                n, slots = self._held[p]
                if slots is None:  # how many are left is not known here
                    del self._held[p]
                    continue
                if what in ("drop", "none"):
                    slots = tuple(x for x in slots if x != slot)
                elif what == "move":
                    slots = tuple(other if x == slot else x for x in slots)
                self._held[p] = (n - 1, slots)

    def whole(self, kind: str, words: Words, speaker: Speaker) -> tuple[list[int], bool]:
        """(slots filed under the quote's whole key, whether they are all related to it)."""
        key, clique = whole_key(kind, words, speaker)
        if key is None:
            return [], False
        rows = self.db.execute("SELECT slot FROM whole WHERE key = ?", (key,)).fetchall()
        return [r[0] for r in rows], clique

    def paired(self, pairs: Pairs) -> set[int]:
        """Slots sharing enough of ``pairs`` (see :meth:`paired_many`)."""
        return self.paired_many([pairs])[0]

    def paired_many(self, quotes: list[Pairs]) -> list[set[int]]:
        """Per quote (its bigrams), the slots sharing enough of them: at least two of its
        uncrowded bigrams (one when it has fewer than three); with none uncrowded, its
        two rarest bigrams propose them."""
        if not self._complete():  # (complete: a bigram not remembered has no quote)
            self._remember({p for pairs in quotes for p in pairs})
        held = self._held
        found: list[set[int]] = []
        for pairs in quotes:
            filed, crowded = [], 0
            for k in pairs:
                got = held.get(k)
                if got is None:
                    continue
                if got[1] is None:
                    crowded += 1
                elif got[1]:
                    filed.append(got[1])
            rare = len(pairs) - crowded  # a bigram nobody has yet still counts
            if not filed:
                mine = set()
            elif rare < 3:  # one shared bigram is enough
                mine = set(chain.from_iterable(filed))
            elif len(filed) == 1:  # two are needed
                mine = set()
            else:
                counts = Counter(chain.from_iterable(filed))
                mine = {slot for slot, n in counts.items() if n >= 2}
            if pairs and not rare:
                crowded = [k for k in pairs if k in held and held[k][1] is None]
                for slots in self.postings(self.rarest(crowded)).values():
                    mine.update(slots)
            found.append(mine)
        return found
