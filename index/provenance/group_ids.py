"""The group id of every quote filed by this process, in memory (8 bytes a quote).

Grouping a corpus reads the group id of each candidate a quote's bigrams propose: read
from SQLite one quote at a time this was a fifth of the grouping at 60,000 articles,
and more the larger the corpus. Slots are handed out in order, so the ids of the quotes
filed since remembering began are one array (the id each had when filed) and a table
of the merges since (a merge keeps one of the ids); a removal may split groups, so it
ends the remembering, as do a rollback and another process's commit.
"""

from __future__ import annotations

from array import array


class Merges(dict):
    """Merged group id -> the id it went into, followed to the group that holds them now."""

    def current(self, gid: int) -> int:
        """The group ``gid`` is part of now (itself when never merged); the path walked
        is shortened, so the next look-up is one step."""
        if gid not in self:
            return gid
        path = []
        while gid in self:
            path.append(gid)
            gid = self[gid]
        for g in path[:-1]:
            self[g] = gid
        return gid


class GroupIds:
    """Slot -> group id of the quotes filed lately, merges followed."""

    def __init__(self) -> None:
        self.base = 0  # the slot of ids[0]
        self.ids = array("q")
        self.into = Merges()

    def clear(self) -> None:
        """Forget everything (a removal, a rollback, another process's commit)."""
        self.ids = array("q")
        self.into.clear()

    def filed(self, first: int, gids: list[int]) -> None:
        """The quotes at slots ``first``, ``first`` + 1, ... were filed in ``gids``."""
        if first != self.base + len(self.ids):  # (not next to the last: start again)
            self.clear()
            self.base = first
        self.ids.extend(gids)

    def moved(self, old: int, new: int) -> None:
        """Group ``old`` was merged into group ``new``."""
        self.into[old] = new

    def get(self, slot: int) -> int | None:
        """The group id of the quote at ``slot`` now, or None when not remembered."""
        i = slot - self.base
        if not 0 <= i < len(self.ids):
            return None
        return self.into.current(self.ids[i])
