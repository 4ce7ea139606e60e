"""Which person a description naming an affiliation is ("the Texas Republican", "the
Apple boss"): the one in reach whose ties agree with it (see
:mod:`index.quotes.affiliations` for the words and :mod:`index.quotes.tied_affiliations`
for the ties), called by ``Resolution._resolve_nominal`` after its choice by rank."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from warreader.index.quotes.affiliated_jobs import job_fits
from warreader.index.quotes.affiliations import (
    OTHER_TIME,
    Ties,
    agreement,
    carried,
    ties_of_words,
)
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.tie_candidates import TieCandidates
from warreader.index.quotes.tied_affiliations import PrefixTies, person_ties, whole_word

WINDOW = 6  # paragraphs back in which a person must have been seen
_LOOK_BACK = 200  # sightings
_LONG_PREFIX = 2000  # characters of its paragraph before a description, past which the
# people weighed are those ``TieCandidates`` finds (a paragraph of many people)
_WORD = re.compile(r"\w+")


_ARTICLES = frozenset(("a", "an", "the", "one", "another"))


class TieReader:
    """What an article tied each person to, read as the attribution goes: every
    paragraph's narrative (its quotations blanked) is made once, its words indexed once
    (word -> the paragraphs that hold it) and read for a person only where it holds
    their surname, however many descriptions ask; the registry's people are indexed by
    surname, so that a description looks only at those its window names (an article of
    many people and many "the Republican"s stays linear)."""

    def __init__(self, paras) -> None:
        self._paras = paras
        self._narrative: dict[int, str] = {}
        self._words: dict[int, frozenset[str]] = {}
        self._places: dict[str, list[int]] = {}  # word -> paragraphs indexed that hold it
        self._indexed = 0  # paragraphs indexed into ``_places``
        self._read: dict[str, tuple[int, Ties]] = {}  # name -> (paragraphs read, ties)
        self._people: dict[str, list[Entity]] = {}  # surname's first word -> entities
        self._odd: list[Entity] = []  # surnames that open with no word character
        self._counted = (0, 0)  # (entities, renames) of the registry indexed
        self._order: dict[int, int] = {}  # id(entity) -> place in the registry
        self._prefixes: dict[tuple[str, int], PrefixTies] = {}  # (name, paragraph) ->
        # its ties in the paragraph, for any offset
        self._first_hits: dict[tuple[str, int], int] = {}  # (surname, paragraph) -> the
        # end of its first hit in the narrative (past the end when none)
        self._leads: dict[int, list[str]] = {}  # id(entity) -> the words it is indexed by
        self._odd_ids: set[int] = set()  # id() of the entities in ``_odd``
        self.candidates = TieCandidates()  # who may hold a description's tie

    def narrative(self, p: int) -> str:
        """Paragraph ``p``'s text with its quotations blanked: what the article said of
        people in its own voice."""
        text = self._narrative.get(p)
        if text is None:
            para = self._paras[p]
            text = para.text
            if para.spans:  # blanked in place: one paragraph of many quotations stays linear
                chars = list(text)
                for span in para.spans:
                    start, end = max(0, span.start - 1), min(len(chars), span.end + 1)
                    chars[start:end] = " " * (end - start)
                text = "".join(chars)
            self._narrative[p] = text
        return text

    def _words_of(self, p: int) -> frozenset[str]:
        words = self._words.get(p)
        if words is None:
            words = self._words[p] = frozenset(_WORD.findall(self.narrative(p)))
        return words

    def _holding(self, word: str, first: int, p: int) -> list[int]:
        """The paragraphs ``first``..``p`` - 1 whose narrative holds ``word``."""
        for k in range(self._indexed, p):
            for each in self._words_of(k):
                self._places.setdefault(each, []).append(k)
        self._indexed = max(self._indexed, p)
        places = self._places.get(word, [])
        return places[bisect_left(places, first) : bisect_left(places, p)]

    def named(self, name: str, p: int, upto: int) -> bool:
        """Does the narrative name the person called ``name`` (by surname) within
        :data:`WINDOW` paragraphs before paragraph ``p``'s offset ``upto``?"""
        surname = name.rsplit(" ", 1)[-1]
        pattern = whole_word(surname, self.narrative(p))  # fast in a long paragraph
        lead = _WORD.match(surname)
        window = range(max(0, p - WINDOW), p)
        if lead is not None:  # only the paragraphs that hold its first word
            window = self._holding(lead.group(), max(0, p - WINDOW), p)
        if any(pattern.search(self.narrative(k)) for k in window):
            return True
        # In paragraph ``p`` cut at ``upto``: a hit of the whole paragraph that ends before
        # the cut (its first, found once), or one that ends at the cut (the pattern is the
        # surname's letters alone, so it starts there); never a search of the whole prefix
        # per person per description.
        text = self.narrative(p)
        first = self._first_hits.get((surname, p))
        if first is None:
            hit = pattern.search(text)
            first = self._first_hits[surname, p] = hit.end() if hit else len(text) + 1
        return first < upto or pattern.search(text, max(0, upto - len(surname)), upto) is not None

    def people_named(self, registry: Registry, p: int, upto: int) -> list[Entity]:
        """The registry's entities whose surname's first word the narrative writes within
        :data:`WINDOW` paragraphs before paragraph ``p``'s offset ``upto`` (each to be
        checked with :meth:`named`), in the order the registry met them."""
        self._index_people(registry)
        words = set(_WORD.findall(self.narrative(p)[:upto]))
        for k in range(max(0, p - WINDOW), p):
            words |= self._words_of(k)
        found = {id(e): e for w in words for e in self._people.get(w, ())}
        found.update((id(e), e) for e in self._odd)
        return sorted(found.values(), key=lambda e: self._order[id(e)])

    def _index_people(self, registry: Registry) -> None:
        entities, renamed = self._counted
        for entity in registry.entities[entities:]:
            self._order[id(entity)] = len(self._order)
        for entity in registry.entities[entities:] + registry.renamed[renamed:]:
            if entity.name.split(" ", 1)[0].lower() in _ARTICLES:
                continue  # "A person close to the campaign": a description, named by no word
            lead = _WORD.match(entity.name.rsplit(" ", 1)[-1])
            if lead is None:
                self._odd.append(entity)
                self._odd_ids.add(id(entity))
            else:
                self._people.setdefault(lead.group(), []).append(entity)
                self._leads.setdefault(id(entity), []).append(lead.group())
        self._counted = (len(registry.entities), len(registry.renamed))

    def among_named(self, registry: Registry, entities, p: int, upto: int) -> list[Entity]:
        """Those of ``entities`` that :meth:`people_named` returns, in its order, found
        without reading every person of the window."""
        self._index_people(registry)
        window = range(max(0, p - WINDOW), p)
        found = [
            e for e in entities if id(e) in self._odd_ids or any(
                any(lead in self._words_of(k) for k in window) or self._writes(lead, p, upto)
                for lead in self._leads.get(id(e), ())
            )
        ]
        return sorted(found, key=lambda e: self._order.get(id(e), len(self._order)))

    def _writes(self, word: str, p: int, upto: int) -> bool:
        """Is ``word`` (word characters) a word of paragraph ``p``'s narrative cut at
        offset ``upto``? Its first whole-word hit, found once, before the cut, or a hit
        ending at the cut."""
        text = self.narrative(p)
        pattern = whole_word(word, text)  # word characters only: none around it
        first = self._first_hits.get((" " + word, p))
        if first is None:
            hit = pattern.search(text)
            first = self._first_hits[" " + word, p] = hit.end() if hit else len(text) + 1
        return first <= upto or pattern.search(text, max(0, upto - len(word)), upto) is not None

    def ties(self, name: str, p: int, upto: int) -> Ties:
        """The ties of the person called ``name`` in paragraphs 0..``p``, the last one up
        to offset ``upto``."""
        done, found = self._read.get(name, (0, Ties()))
        if done > p:  # asked again further back (a colon line read again): read afresh
            done, found = 0, Ties()
        elif done < p:
            lead = _WORD.match(name.split()[-1]) if name.split() else None
            read = range(done, p) if lead is None else self._holding(lead.group(), done, p)
            found = found | person_ties(name, [self.narrative(k) for k in read])
            self._read[name] = (p, found)
        prefix = self._prefixes.get((name, p))
        if prefix is None:
            prefix = self._prefixes[name, p] = PrefixTies(name, self.narrative(p))
        return found | prefix.upto(upto)


def _role_ties(role: str) -> Ties:
    """The ties of a person's role ("Texas Republican"); none for a former one ("Former
    Labour MP", "a former Democrat who is now a Republican")."""
    words = re.findall(r"[\w-]+", role.lower())
    if any(w in OTHER_TIME or w.startswith("ex-") for w in words):
        return Ties()
    return ties_of_words(role)


def affiliated_choice(
    stage,
    mention,
    core: str,
    position,
    chosen: Entity | None,
    avoid: Callable[[Entity], bool],
) -> tuple[Entity | None, bool]:
    """The person a description (``mention``, its words up to its head ``core``) that
    names an affiliation refers to, for the attribution ``stage`` (its registry and its
    :class:`TieReader`): the one person seen or named within :data:`WINDOW`
    paragraphs whose ties agree and whose job fits the head (known to fit, for a head
    that names an office: "the Labour leader" is no "Labour MP"); else ``chosen``, the choice
    made without ties, which also stands when it was seen earlier in the description's
    sentence (the description in apposition) and nothing it is tied to conflicts. When
    ``chosen``'s ties conflict and no one (or several) agree, the flag is True: the
    description speaks as itself (a person of no known ties is no better guess: a
    moderator, a reporter, a victim). A role of another time ("Former Labour MP") ties
    the person to nothing."""
    wanted = carried(core, mention.head)
    if not wanted:
        return chosen, False
    registry: Registry = stage.registry
    reader: TieReader = stage._ties
    head = mention.head
    people: dict[int, Entity] = {}
    beside = False  # ``chosen`` seen earlier in the description's sentence
    # Deep in a long paragraph, only those who may agree are weighed (the others' ties
    # never hold the name); elsewhere everyone in reach is few, read as they are.
    tied = reader.candidates.tied_to(registry, wanted.others, position[0], reader.narrative) if (
        wanted.others and mention.start > _LONG_PREFIX) else None
    for sighting in registry.sightings.last_before(position, _LOOK_BACK):
        entity = sighting.entity
        beside = beside or entity is chosen and sighting.position[:2] == position[:2]
        if (
            position[0] - sighting.position[0] <= WINDOW and entity.kind == "person"
            and id(entity) not in people
            and (tied is None or id(entity) in tied or not reader.candidates.knows(entity))
            and entity.fits(head) and not avoid(entity)
        ):
            people[id(entity)] = entity
    for entity in reader.people_named(registry, position[0], mention.start) if tied is None else (
        reader.among_named(  # (a person's only: no other is weighed)
            registry, [e for e in tied.values() if e.kind == "person"], position[0],
            mention.start,
        )
    ):
        if (  # named in a sentence only skimmed: no sighting
            entity.kind == "person" and id(entity) not in people
            and reader.named(entity.name, position[0], mention.start)
            and entity.fits(head) and not avoid(entity)
        ):
            people[id(entity)] = entity
    if chosen is not None and chosen.kind == "person":
        people.setdefault(id(chosen), chosen)
    ties = {
        key: reader.ties(e.name, position[0], mention.start) | _role_ties(e.role)
        for key, e in people.items()
    }
    agreeing = [
        e for key, e in people.items()
        if agreement(wanted, ties[key]) > 0 and job_fits(head, e.role, known=True)
    ]
    fits = chosen is None or agreement(wanted, ties.get(id(chosen), Ties())) >= 0 and job_fits(
        head, chosen.role
    )  # "the Texas senator" is never "Gov. Tom Hale of Texas"
    if len(agreeing) == 1 and not (beside and fits):  # "Sen. Ann Roe of Ohio, the
        return agreeing[0], False  # Democratic leader, said": Roe, whatever came before
    if fits:
        return chosen, False
    return None, True  # "Rep. Ann Roe (D-Ohio) met reporter Tom Hale": "the Republican"
