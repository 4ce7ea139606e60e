"""An article's words and people, indexed once (``Spellings``): for the misspelt-surname
check (``misspelt``) and a given name alone ("Sharon" after "Sharon Osbourne"), which
would otherwise read every paragraph and every entity for each word they are asked about
and take quadratic time on an article of many people."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from warreader.index.names import name_key, name_tokens

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity

_WORD_START = re.compile(r"(?<![\w'’-])\w+")  # where a word begins, to its first non-word


class Spellings:
    """An article's words and full-named people, indexed once so that each word asked
    costs the places it is written or the people it may name, not the whole article:
    where every word is written (one pass over the paragraphs, on the first question),
    the registry's entities by each key their last word's key has with one letter or none
    dropped (which every surname one edit from a word shares with it), and by their first
    word's key; entities appended since the last question are indexed then, a renamed one
    is told."""

    def __init__(self, texts: Sequence[str], entities: list[Entity]) -> None:
        self.texts = texts
        self._entities = entities  # the registry's own list, appended to as it reads
        self._indexed = 0
        self._order: dict[int, int] = {}
        self._by_variant: dict[str, list[Entity]] = {}
        self._by_given: dict[str, list[Entity]] = {}
        self._starts: dict[str, list[tuple[int, int]]] | None = None

    def renamed(self, entity: Entity) -> None:
        """Index ``entity`` under its new name too (it keeps its place in the order)."""
        if id(entity) in self._order:
            self._index(entity)

    def _index(self, entity: Entity) -> None:
        tokens = name_tokens(entity.name)
        for variant in _variants(name_key(tokens[-1]) if tokens else ""):
            self._by_variant.setdefault(variant, []).append(entity)
        if (given := _given_key(entity.name)) is not None:
            self._by_given.setdefault(given, []).append(entity)

    def _people(self, found: Iterable[Entity]) -> list[Entity]:
        """The full-named people of ``found``, each once, in the order the article met
        them (after indexing the entities appended since the last question)."""
        for entity in self._entities[self._indexed :]:
            self._order[id(entity)] = self._indexed
            self._indexed += 1
            self._index(entity)
        people = {id(e): e for e in found if _full_named(e)}
        return sorted(people.values(), key=lambda e: self._order[id(e)])

    def _read_whole(self) -> bool:
        """Is the registry still short enough (never indexed, :data:`SCAN_UP_TO` entities
        or fewer) that reading it whole is cheaper than indexing it?"""
        return len(self._entities) <= SCAN_UP_TO and not self._indexed

    def people_near(self, key: str) -> list[Entity]:
        """The full-named people whose surname key may be one edit from ``key`` (a few
        more at most; every full-named person while the registry is short), in the order
        the article met them."""
        if self._read_whole():
            return [e for e in self._entities if e.kind == "person" and " " in e.name]
        self._people(())
        return self._people(e for v in _variants(key) for e in self._by_variant.get(v, ()))

    def people_given(self, given: str) -> list[Entity]:
        """The full-named people whose first word's key is ``given`` (a key), in the order
        the article met them (a short registry read whole, a long one from the index)."""
        if self._read_whole():
            return [  # :func:`_full_named` inlined: a short registry is read whole per name
                e for e in self._entities
                if e.kind == "person" and " " in e.name and _given_key(e.name) == given
            ]
        self._people(())
        return [e for e in self._people(self._by_given.get(given, ()))
                if _given_key(e.name) == given]

    def places(self, word: str) -> list[tuple[int, int, int]]:
        """(paragraph, start, end) of each place ``word`` is written as a word of its
        own (``(?<![\\w'’-])word(?![\\w-])``), in text order."""
        if self._starts is None:
            self._starts = {}
            for n, text in enumerate(self.texts):
                for match in _WORD_START.finditer(text):
                    self._starts.setdefault(match.group(), []).append((n, match.start()))
        lead = re.match(r"\w+", word)
        if lead is None:
            return []
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])")
        return [
            (n, match.start(), match.end())
            for n, at in self._starts.get(lead.group(), ())
            if (match := pattern.match(self.texts[n], at))
        ]


SCAN_UP_TO = 64  # a registry this short is read at once: cheaper than indexing it


@lru_cache(maxsize=65536)
def _given_key(name: str) -> str | None:
    """The key of a name's first word if it has two words or more ("Monica Chadha" ->
    "monica"), else None."""
    tokens = name_tokens(name)
    return name_key(tokens[0]) if len(tokens) > 1 else None


def _full_named(entity: Entity) -> bool:
    """Is ``entity`` a person with a name of two words or more?"""
    return entity.kind == "person" and " " in entity.name


def _variants(key: str) -> set[str]:
    """``key`` and each key with one of its letters dropped."""
    return {key} | {key[:n] + key[n + 1 :] for n in range(len(key))}
