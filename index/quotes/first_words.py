"""The entities of one surname key, indexed by their first word, so that a new full name
("the Bbbwick Herald", "Ann Vale") is compared only with the entities whose first word
it may share (:func:`name_shapes.may_shorten`), not with every entity of its last word:
an article naming a new body each paragraph ("the X Herald", "X Ltd") otherwise cost
quadratic time in ``Registry.entity_for``.

``may_shorten`` keeps two first words only when they share an initial and one is one to
three letters long, or one starts the other, or one is a listed short form of the other
(``nicknames``); :meth:`FirstWords.fitting` gathers exactly the entities that can pass
those tests (a superset), then applies the registry's own test in the bucket's order, so
the answer is the one a full scan gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from warreader.index.quotes.name_shapes import name_parts
from warreader.index.quotes.nicknames import partners

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity

SMALL = 16  # buckets of this many entities or fewer are scanned: cheaper than indexing
_LONG = 4  # first words this long or longer share entities only by a prefix or a short form


class _BucketIndex:
    """One bucket's positions (its list's indices) by what ``may_shorten`` compares of
    each entity's first word (a key, "" for a name of one word)."""

    def __init__(self, bucket: list[Entity]) -> None:
        self.bucket = bucket  # the registry's own list
        self.size = 0
        self.exact: dict[str, set[int]] = {}  # first word as it is
        self.stripped: dict[str, set[int]] = {}  # without its dots ("j." -> "j")
        self.initial: dict[str, set[int]] = {}  # its initial, any length
        self.short: dict[str, set[int]] = {}  # its initial, one to three letters long
        self.prefix: dict[str, set[int]] = {}  # each start of it, four letters or more
        self.positions: dict[int, list[int]] = {}  # entity id -> its positions
        for entity in bucket:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        """Index the entity just appended to the bucket."""
        self.positions.setdefault(id(entity), []).append(self.size)
        self._index(entity, self.size)
        self.size += 1

    def renamed(self, entity: Entity) -> None:
        """Index ``entity`` under its new first word too (its old keys stay: the registry's
        test, applied to every entity gathered, drops what no longer fits)."""
        for position in self.positions.get(id(entity), ()):
            self._index(entity, position)

    def _index(self, entity: Entity, position: int) -> None:
        first = name_parts(entity.name)[2]
        self.exact.setdefault(first, set()).add(position)
        bare = first.rstrip(".")
        if not bare:
            return
        self.stripped.setdefault(bare, set()).add(position)
        self.initial.setdefault(bare[0], set()).add(position)
        if len(bare) < _LONG:
            self.short.setdefault(bare[0], set()).add(position)
        for end in range(_LONG, len(bare) + 1):
            self.prefix.setdefault(bare[:end], set()).add(position)

    def gather(self, first: str) -> set[int]:
        """The positions of every entity whose first word ``may_shorten`` may join with
        ``first`` (a key), or that has none, or the same."""
        found = set(self.exact.get("", ())) | self.exact.get(first, set())
        bare = first.rstrip(".")
        if not bare:
            return found
        if len(bare) < _LONG:  # a short word: any first word of its initial
            return found | self.initial.get(bare[0], set())
        found |= self.short.get(bare[0], set())
        found |= self.prefix.get(bare, set())  # a longer word it starts
        for end in range(_LONG, len(bare) + 1):  # a word that starts it
            found |= self.stripped.get(bare[:end], set())
        for other in partners(bare):  # "mike" and "michael"
            found |= self.stripped.get(other, set())
        return found


class FirstWords:
    """The registry's buckets of more than ``SMALL`` entities, each indexed by first word
    on the first question; appends and renames are told."""

    def __init__(self) -> None:
        self._indexes: dict[int, _BucketIndex] = {}  # id of a bucket -> its index
        self._holders: dict[int, list[_BucketIndex]] = {}  # entity id -> indexes

    def fitting(
        self, bucket: list[Entity], first: str, fits: Callable[[str, str], bool]
    ) -> list[Entity]:
        """The entities of ``bucket``, in its order, whose first word (a key, "" for a
        name of one word) passes ``fits(first, theirs)``."""
        if len(bucket) <= SMALL:
            return [c for c in bucket if fits(first, name_parts(c.name)[2])]
        index = self._indexes.get(id(bucket))
        if index is None or index.size != len(bucket) or index.bucket is not bucket:
            index = self._build(bucket)  # new, or changed other than by an append
        return [
            bucket[p] for p in sorted(index.gather(first))
            if fits(first, name_parts(bucket[p].name)[2])
        ]

    def appended(self, bucket: list[Entity], entity: Entity) -> None:
        """``entity`` was just appended to ``bucket``."""
        index = self._indexes.get(id(bucket))
        if index is not None and index.bucket is bucket and index.size == len(bucket) - 1:
            index.add(entity)
            self._holders.setdefault(id(entity), []).append(index)

    def renamed(self, entity: Entity) -> None:
        """``entity`` has a new name."""
        for index in self._holders.get(id(entity), ()):
            if self._indexes.get(id(index.bucket)) is index:  # not one rebuilt since
                index.renamed(entity)

    def _build(self, bucket: list[Entity]) -> _BucketIndex:
        index = self._indexes[id(bucket)] = _BucketIndex(bucket)
        for entity in bucket:
            self._holders.setdefault(id(entity), []).append(index)
        return index
