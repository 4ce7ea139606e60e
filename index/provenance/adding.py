"""Filing one article's quotes: a few queries for the whole article, not per quote.

The article's quotes are looked up together against what is filed before it (the
blocks they hit, the candidates those propose, the groups those are in), then joined
one after the other in memory: each quote joins the groups of its related candidates
and of the related quotes before it in the same article (compared directly: an
article holds few quotes). Merges keep the largest group's id (the smaller id on a
tie); the article's rows, blocks and merges are then written at once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from warreader.index.provenance.blocking import Blocks, whole_key
from warreader.index.provenance.group_ids import GroupIds
from warreader.index.provenance.known import Filed, Known
from warreader.index.provenance.relate import related

_CHUNK = 30000


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


def _rows(db: sqlite3.Connection, sql: str, values: list) -> list[tuple]:
    """``sql`` (with one ``{}`` for the value marks) over ``values``, chunk by chunk."""
    out: list[tuple] = []
    for i in range(0, len(values), _CHUNK):
        chunk = values[i:i + _CHUNK]
        out.extend(db.execute(sql.format(_marks(chunk)), chunk))
    return out


class ArticleAdd:
    """The groups each of an article's entries (:class:`grouper.Entry`) joins."""

    def __init__(self, db: sqlite3.Connection, blocks: Blocks, entries: list,
                 known: Known | None = None, ids: GroupIds | None = None) -> None:
        self.db, self.blocks, self.entries = db, blocks, entries
        self.known = Known() if known is None else known
        self.ids = GroupIds() if ids is None else ids
        self.parent: dict[int, int] = {}
        self.saved: dict[int, int] = {}  # group -> its quotes in the database
        self.added: dict[int, int] = {}  # group -> quotes it gained in this article

    def find(self, gid: int) -> int:
        """The group ``gid`` has been merged into (itself if none)."""
        while gid in self.parent:
            gid = self.parent[gid]
        return gid

    def candidates(self) -> list[tuple[set[int], set[int]]]:
        """Per entry: (groups joined whole, candidate slots to verify)."""
        keys = [whole_key(*e.block[:3]) for e in self.entries]
        clique_of = {k: c for k, c in keys if k}
        filed = self.blocks.filed_wholes(sorted(clique_of))
        # every quote under a clique key is in one group (they are all related): the
        # group of any one of them, not of all (a quote in many articles has many)
        whole_gid = {k: g for k, g in self.db.execute(
            "SELECT a.value, (SELECT m.gid FROM whole w JOIN members m ON m.slot = w.slot"
            " WHERE w.key = a.value LIMIT 1) FROM json_each(?) a",
            (json.dumps([k for k in filed if clique_of[k]]),)) if g is not None}
        # quotes under a short key of the same group and speaker are copies (the same
        # words, kind and speaker): one of each, not every copy of a recurring "No"
        short: dict[str, list[int]] = {}
        for key, slot in _rows(self.db, "SELECT w.key, min(w.slot) FROM whole w JOIN members"
                               " m ON m.slot = w.slot WHERE w.key IN ({}) GROUP BY w.key,"
                               " m.gid, m.speaker", [k for k in filed if not clique_of[k]]):
            short.setdefault(key, []).append(slot)
        paired = self.blocks.paired_many([e.pairs for e in self.entries])
        out = []
        for (key, clique), more in zip(keys, paired, strict=True):
            joined = {whole_gid[key]} if clique and key in whole_gid else set()
            slots = set() if clique or key is None else set(short.get(key, ()))
            out.append((joined, slots | more))
        return out

    def join(self, next_id) -> list[int]:
        """The group id each entry takes, in order (``next_id()`` makes a new one).

        A candidate is verified only when its group is not joined yet: the group ids of
        every candidate are read first, the words only of those still to verify (in a
        corpus where a quote recurs in many articles, most candidates are already in
        the group the quote joined whole, and reading their words cost as much as the
        rest of the grouping)."""
        found = self.candidates()
        gids = self._gids(sorted({s for _, slots in found for s in slots}))
        taken: list[int] = []
        for i, (e, (whole, slots)) in enumerate(zip(self.entries, found, strict=True)):
            groups = {self.find(g) for g in whole}
            todo = sorted(s for s in slots if self.find(gids[s]) not in groups)
            filed = self._filed(todo)
            unrelated: set[int] = set()  # (ids of) filed quotes found unrelated to e
            for slot in todo:
                gid, other = self.find(gids[slot]), filed[slot]
                if gid in groups or id(other) in unrelated:
                    continue
                if related(e, other):
                    groups.add(gid)
                else:
                    unrelated.add(id(other))
            for j in range(i):
                if self.find(taken[j]) not in groups and related(e, self.entries[j]):
                    groups.add(self.find(taken[j]))
            taken.append(self._merge(groups, next_id))
        return [self.find(g) for g in taken]

    def _gids(self, slots: list[int]) -> dict[int, int]:
        """The group id of each of ``slots`` when filed (remembered or read)."""
        out: dict[int, int] = {}
        unknown = []
        remembered, known = self.ids.get, self.known.get
        for slot in slots:
            gid = remembered(slot)
            if gid is None:
                found = known(slot)
                if found is None:
                    unknown.append(slot)
                    continue
                gid = found[0]
            out[slot] = gid
        out.update(_rows(self.db, "SELECT slot, gid FROM members WHERE slot IN ({})",
                         unknown))
        return out

    def _filed(self, slots: list[int]) -> dict[int, Filed]:
        """The filed quote at each of ``slots``: read only when not known."""
        known = self.known
        out: dict[int, Filed] = {}
        unknown = []
        for slot in slots:
            found = known.get(slot)
            if found is None:
                unknown.append(slot)
            else:
                out[slot] = found[1]
        for slot, gid, words, kind, speaker in _rows(
            self.db, "SELECT slot, gid, words, kind, speaker FROM members WHERE slot IN ({})",
            unknown,
        ):
            filed = known.filed(words, kind, speaker)
            known.keep(slot, filed, gid)
            out[slot] = filed
        return out

    def _merge(self, groups: set[int], next_id) -> int:
        if not groups:
            gid = next_id()
            self.saved[gid] = 0
            self.added[gid] = 1
            return gid
        if len(groups) == 1:  # (its size is read only if it ever meets another)
            target = next(iter(groups))
            self.added[target] = self.added.get(target, 0) + 1
            return target
        self._sizes(groups)
        target = max(sorted(groups), key=lambda g: (self._total(g), -g))
        for g in groups - {target}:
            self.parent[g] = target
            self.added[target] = self.added.get(target, 0) + self._total(g)
            self.added.pop(g, None)
        self.added[target] = self.added.get(target, 0) + 1
        return target

    def _total(self, gid: int) -> int:
        """How many quotes group ``gid`` holds now (its saved ones are known here)."""
        return self.saved[gid] + self.added.get(gid, 0)

    def _sizes(self, groups: set[int]) -> None:
        """Read how many quotes the ``groups`` not known yet hold in the database."""
        wanted = sorted(g for g in groups if g not in self.saved)
        if wanted:
            self.saved.update(_rows(self.db, "SELECT gid, count(*) FROM members WHERE gid IN"
                                    " ({}) GROUP BY gid", wanted))
            for g in wanted:
                self.saved.setdefault(g, 0)

    def merged(self) -> dict[int, int]:
        """Group id -> the id it was merged into, for the groups this article merged."""
        return {g: self.find(g) for g in self.parent}
