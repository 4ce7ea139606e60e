"""The people of an article by the last word of their names, kept as the article is read.

A rule that looks for two people named together ("Tom Hale and Ann Roe", ``plural_speakers``)
matches a name-agnostic pattern and then asks who, of the people met so far, has each name it
found. Building a set of every person's name at each question was quadratic on long
articles; this index adds each entity once, when first asked after it was registered, and
is built again only after an entity is renamed (``Registry.rename``: rare).
"""

from __future__ import annotations

from warreader.index.quotes.entities import Entity, Registry


class SurnameIndex:
    """The entities of ``registry`` (any kind) by the last word of their names, in the
    order the registry met them."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._by_word: dict[str, list[Entity]] = {}
        self._seen = 0  # entities indexed so far
        self._renames = 0  # renames seen so far

    def entities(self, word: str) -> list[Entity]:
        """The entities whose name ends on ``word``, first met first."""
        registry = self._registry
        if len(registry.renamed) != self._renames:
            self._by_word, self._seen, self._renames = {}, 0, len(registry.renamed)
        for entity in registry.entities[self._seen :]:
            words = entity.name.split()
            if words:
                self._by_word.setdefault(words[-1], []).append(entity)
        self._seen = len(registry.entities)
        return self._by_word.get(word, [])

    def person(self, word: str, other_than: Entity | None = None) -> Entity | None:
        """The first person met whose name ends on ``word`` (not ``other_than``), or None."""
        return next((e for e in self.entities(word)
                     if e.kind == "person" and e is not other_than), None)
