"""The face of quote provenance: groups of a corpus, looked up by quote or listed."""

from __future__ import annotations

from warreader.index.provenance.flags import build_group, order_key
from warreader.index.provenance.grouper import Grouper
from warreader.index.provenance.model import Group, MemberKey


class Provenance:
    """Read-only questions about a :class:`Grouper`'s groups."""

    def __init__(self, grouper: Grouper) -> None:
        self.grouper = grouper
        self._cache: dict[int, Group] = {}

    def group_id(self, key: MemberKey) -> int | None:
        """The group id of the quote at ``key`` (article id, start, end), if filed."""
        slot = self.grouper.by_key.get(key)
        return None if slot is None else self.grouper.group_of[slot]

    def group(self, gid: int) -> Group | None:
        """The group with id ``gid`` (None: no such group)."""
        if gid not in self._cache:
            slots = self.grouper.slots_of.get(gid)
            if not slots:
                return None
            self._cache[gid] = build_group(gid, [self.grouper.entries[s] for s in slots])
        return self._cache[gid]

    def group_of(self, key: MemberKey) -> Group | None:
        """The group of the quote at ``key``, if it is filed."""
        gid = self.group_id(key)
        return None if gid is None else self.group(gid)

    def article_count(self, gid: int) -> int:
        """How many distinct articles hold the group's quotes."""
        g = self.grouper
        return len({g.entries[s].member.article for s in g.slots_of.get(gid, ())})

    def groups(self, min_articles: int = 2) -> list[Group]:
        """Groups spanning at least ``min_articles`` articles: quotes before terms,
        largest first, then earliest first."""
        ids = [gid for gid in self.grouper.slots_of if self.article_count(gid) >= min_articles]
        found = [self.group(gid) for gid in ids]
        out = [g for g in found if g is not None]
        out.sort(key=lambda g: (g.earliest.kind == "term", -len(g.articles),
                                order_key(g.earliest), g.id))
        return out

    def keys_in_groups(self, min_articles: int) -> set[MemberKey]:
        """Keys of every quote whose group spans at least ``min_articles`` articles."""
        g = self.grouper
        return {
            g.entries[s].member.key
            for gid, slots in g.slots_of.items()
            if self.article_count(gid) >= min_articles
            for s in slots
        }
