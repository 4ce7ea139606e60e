"""The grouping engine: quotes filed per article, grouped as articles come and go.

Adding an article compares each of its quotes only with the candidates blocking
proposes (:mod:`.blocking`) and merges the groups they belong to; removing one
re-checks only the groups its quotes were in (they may split). Group ids stay stable
otherwise: a merge keeps the id of the largest group, a split gives the largest part
the old id and new ids to the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from warreader.index.provenance.blocking import Blocks, pair_keys
from warreader.index.provenance.model import Member, MemberKey
from warreader.index.provenance.normalise import tokens
from warreader.index.provenance.relate import joined, related, speaker_key


class Entry:
    """One filed quote: the member, its folded words and its speaker key."""

    __slots__ = ("member", "words", "joined", "kind", "speaker", "pairs")

    def __init__(self, member: Member) -> None:
        self.member = member
        self.kind = member.kind
        self.words = tokens(member.text)
        self.joined = joined(self.words)
        self.speaker = speaker_key(member.speaker)
        self.pairs = pair_keys(self.words) if member.kind != "term" else frozenset()

    @property
    def block(self) -> tuple:
        """The arguments :class:`Blocks` files this quote under."""
        return (self.member.kind, self.words, self.speaker, self.pairs)

    def related(self, other: Entry) -> bool:
        """Whether the two quotes belong in one group."""
        return related(self, other)


class Grouper:
    """Every quote of the corpus with its group id, updated article by article."""

    def __init__(self) -> None:
        self.entries: dict[int, Entry] = {}
        self.group_of: dict[int, int] = {}  # slot -> group id
        self.slots_of: dict[int, set[int]] = {}  # group id -> slots
        self.article_slots: dict[str, list[int]] = {}
        self.by_key: dict[MemberKey, int] = {}
        self.next_id = 1
        self._next_slot = 0
        self._blocks: Blocks | None = None

    # -- filing -------------------------------------------------------------------

    def _file(self, member: Member) -> int:
        slot = self._next_slot
        self._next_slot += 1
        self.entries[slot] = Entry(member)
        self.article_slots.setdefault(member.article, []).append(slot)
        self.by_key[member.key] = slot
        return slot

    def _blocked(self) -> Blocks:
        """The blocks, built on first need (a restored state may never need them)."""
        if self._blocks is None:
            self._blocks = Blocks()
            for slot, e in self.entries.items():
                self._blocks.add(slot, *e.block)
        return self._blocks

    def _new_group(self, slots: set[int], gid: int | None = None) -> int:
        if gid is None:
            gid = self.next_id
            self.next_id += 1
        self.slots_of[gid] = slots
        for slot in slots:
            self.group_of[slot] = gid
        return gid

    # -- changes ------------------------------------------------------------------

    def add_article(self, article: str, members: Iterable[Member]) -> set[int]:
        """File an article's quotes (replacing any it had); the group ids they joined."""
        touched = self.remove_article(article) if article in self.article_slots else set()
        blocks = self._blocked()
        for member in members:
            slot = self._file(member)
            entry = self.entries[slot]
            groups: set[int] = set()
            for c in blocks.candidates(*entry.block):
                gid = self.group_of.get(c)
                if gid is not None and gid not in groups and entry.related(self.entries[c]):
                    groups.add(gid)  # (a group joined once needs no further check)
            blocks.add(slot, *entry.block)
            touched.add(self._join(slot, groups))
        return {g for g in touched if g in self.slots_of}

    def _join(self, slot: int, groups: set[int]) -> int:
        if not groups:
            return self._new_group({slot})
        target = max(groups, key=lambda g: (len(self.slots_of[g]), -g))
        keep = self.slots_of[target]
        for gid in groups - {target}:
            for other in self.slots_of.pop(gid):
                self.group_of[other] = target
                keep.add(other)
        keep.add(slot)
        self.group_of[slot] = target
        return target

    def remove_article(self, article: str) -> set[int]:
        """Drop an article's quotes; the groups they left are checked again (and may split).
        Returns the ids of the groups that changed (still existing or not)."""
        slots = self.article_slots.pop(article, [])
        blocks = self._blocked()
        touched: set[int] = set()
        for slot in slots:
            entry = self.entries.pop(slot)
            blocks.remove(slot, *entry.block)
            self.by_key.pop(entry.member.key, None)
            gid = self.group_of.pop(slot)
            self.slots_of[gid].discard(slot)
            touched.add(gid)
        for gid in list(touched):
            rest = self.slots_of.pop(gid)
            if rest:
                parts = sorted(self._components(rest), key=len, reverse=True)
                self._new_group(parts[0], gid)
                touched.update(self._new_group(p) for p in parts[1:])
        return touched

    def _components(self, slots: set[int]) -> Iterator[set[int]]:
        """Connected parts of ``slots`` under :meth:`Entry.related` (blocked, not all pairs)."""
        blocks = self._blocked()
        left = set(slots)
        while left:
            start = left.pop()
            part, todo = {start}, [start]
            while todo:
                e = self.entries[todo.pop()]
                for c in blocks.candidates(*e.block) & left:
                    if e.related(self.entries[c]):
                        left.discard(c)
                        part.add(c)
                        todo.append(c)
            yield part

    # -- state ----------------------------------------------------------------------

    def restore(self, members: Iterable[tuple[Member, int]], next_id: int) -> None:
        """Refile quotes with the group ids a saved state gave them (nothing compared)."""
        for member, gid in members:
            slot = self._file(member)
            self.group_of[slot] = gid
            self.slots_of.setdefault(gid, set()).add(slot)
        self.next_id = max([next_id, *(g + 1 for g in self.slots_of)])

    def saved(self) -> Iterator[tuple[Member, int]]:
        """Every quote with its group id, for :meth:`restore`."""
        for slot, entry in self.entries.items():
            yield entry.member, self.group_of[slot]
