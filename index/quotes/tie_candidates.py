"""Who may be tied to the other names a description carries ("the Bbbwick official"):
found from where those names are written, instead of by reading every person in reach.

A person's ties (:mod:`index.quotes.tied_affiliations`) come from the 120 characters
before their name and the 160 after it in the narrative of the paragraphs read, and from
their role; a name "Bbbwick" that ties someone is written there in either case. So the
people whose ties may hold it are those whose surname is written near a "bbbwick" of the
narrative (lower case), and those whose role holds it: a superset of the people whose
ties agree with the description, which ``affiliated_choice`` then checks as before. A
paragraph of many people and many such descriptions stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, repeat
from operator import add, attrgetter

from warreader.index.quotes.entities import Entity, Registry

_WORD = re.compile(r"\w+")
_REACH = 200  # characters searched around a written name, beyond twice the longest name:
# more than the 120 before a name's given names and the 160 after its surname that its
# ties are read in
_role = attrgetter("role")


class TieCandidates:
    """The people named near each written name, for one article's narrative."""

    def __init__(self) -> None:
        self._by_lead: dict[str, list[Entity]] = {}  # surname's first word -> entities
        self._known: set[int] = set()  # id() of every entity indexed
        self._counted = (0, 0)  # (entities, renames) of the registry indexed
        self._longest = 0  # the longest name indexed
        self._lowered: list[str] = []  # each paragraph's narrative in lower case
        self._joined: tuple[int, str, list[int]] = (-1, "", [])  # (paragraphs, their
        # lowered narratives joined, where each starts)
        self._exact = True  # no narrative changes length in lower case

    def _index(self, registry: Registry) -> None:
        entities, renamed = self._counted
        for entity in registry.entities[entities:] + registry.renamed[renamed:]:
            self._known.add(id(entity))
            self._longest = max(self._longest, len(entity.name))
            parts = entity.name.split()
            lead = _WORD.match(parts[-1]) if parts else None
            if lead is not None:  # no word character first: no ties read (person_ties)
                self._by_lead.setdefault(lead.group(), []).append(entity)
        self._counted = (len(registry.entities), len(registry.renamed))

    def knows(self, entity: Entity) -> bool:
        """Was ``entity`` indexed (an entity of the registry)?"""
        return id(entity) in self._known

    def _joined_to(self, p: int, narrative: Callable[[int], str]) -> tuple[str, list[int]]:
        """The lowered narratives of paragraphs 0..``p`` joined by NULs, and their starts."""
        if self._joined[0] != p:
            for k in range(len(self._lowered), p + 1):
                text = narrative(k)
                low = text.lower()
                self._exact = self._exact and len(low) == len(text)
                self._lowered.append(low)
            parts = self._lowered[: p + 1]
            starts = [0, *accumulate(map(len, map(add, parts, repeat("\x00"))))]
            self._joined = (p, "\x00".join(parts), starts)
        return self._joined[1], self._joined[2]

    def tied_to(
        self, registry: Registry, names: frozenset[str], p: int, narrative: Callable[[int], str]
    ) -> dict[int, Entity] | None:
        """The entities (by id) whose ties in paragraphs 0..``p`` or whose role may hold
        one of ``names`` (lower case): every one whose surname is written near one of them
        in ``narrative`` (paragraph -> its narrative, quotations blanked; passed, not kept:
        no reference cycle holds an article's reading after it) or whose role holds one,
        and more. None when that cannot be told so (a name not
        in ASCII, a narrative whose lower case is of another length)."""
        if not all(map(str.isascii, names)):
            return None
        joined, starts = self._joined_to(p, narrative)
        if not self._exact:
            return None
        self._index(registry)
        found: dict[int, Entity] = {}
        margin = _REACH + 2 * self._longest
        for name in names:
            at = joined.find(name)
            while at >= 0:
                k = bisect_right(starts, at) - 1
                local = at - starts[k]
                text = narrative(k)
                near = _WORD.findall(text, max(0, local - margin), local + len(name) + margin)
                for word in set(near):
                    for entity in self._by_lead.get(word, ()):
                        found[id(entity)] = entity
                at = joined.find(name, at + 1)
        everyone = registry.entities + registry.renamed
        roles = list(map(add, map(str.lower, map(_role, everyone)), repeat("\x00")))
        ends = list(accumulate(map(len, roles)))
        written = "".join(roles)
        for name in names:
            at = written.find(name)
            while at >= 0:
                n = bisect_right(ends, at)
                found[id(everyone[n])] = everyone[n]
                at = written.find(name, ends[n])
        return found
