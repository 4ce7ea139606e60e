""" "the former" and "the latter" as a speaker: the first or the second of the two people
the nearest earlier sentence names ("Tom Hale debated Jim Bell on the radio." then
""...," the former told listeners, but the latter insisted: "...""). Only as the subject
of a cue ("the former said", "The latter replied:") or after an inverted one ("said the
latter"); "the former minister" is an adjective's, never this. Nobody is named when that
sentence names more or fewer than two people, a body or a place among its two, a person
only as an owner ("Hale's wife and Bell's son"), or when a third person is named between
it and the cue.
"""

from __future__ import annotations

from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

PAIR_WORDS = {"former": 0, "latter": 1}  # the word -> which of the two it names

_BEFORE = frozenset((",", ":", ";", "but", "and", "while", "whereas", "as"))  # may come
# right before "the former" opening its clause ("..., but the latter insisted")
_LOOK_BACK = 40  # sightings searched for the sentence that names the two
_PARAGRAPHS = 2  # ... within this many paragraphs before the cue's


def _reference(tokens: list[Token], k: int) -> Mention | None:
    """The mention "the former" or "the latter" at tokens ``k``, ``k + 1``, if it is that
    whole noun phrase (no noun after it: "the former minister")."""
    if k < 0 or k + 1 >= len(tokens) or tokens[k].lower != "the":
        return None
    word = tokens[k + 1]
    if word.lower not in PAIR_WORDS or word.possessive:
        return None
    start, end = tokens[k].start, word.end
    return Mention(f"{tokens[k].text} {word.text}", "nominal", start, end, head=word.lower)


def pair_subject(tokens: list[Token], i: int, floor: int) -> tuple[Mention, int] | None:
    """ "the former told", "The latter said": the reference ending right before token ``i``
    (a cue; no adverb between: "the former monopoly said" is a description's), opening its
    sentence or a clause; with its first token."""
    k = i - 2
    if k < floor or k > floor and (
        tokens[k - 1].text not in _BEFORE and tokens[k - 1].lower not in _BEFORE
        and tokens[k - 1].kind != "q"
    ):
        return None
    mention = _reference(tokens, k)
    return (mention, k) if mention is not None else None


def pair_after(tokens: list[Token], j: int) -> tuple[Mention, int] | None:
    """ "said the latter": the reference right after the cue at ``j``, ending the clause
    (punctuation or the end after it); with its last token."""
    mention = _reference(tokens, j + 1)
    after = j + 3
    if mention is None or after < len(tokens) and tokens[after].kind == "w":
        return None  # "said the former champion"
    return mention, j + 2


def pair_member(registry: Registry, head: str, position) -> Entity | None:
    """The person "the former" or "the latter" (``head``) at ``position`` names: the first
    or the second of the two people named in the nearest earlier sentence that names two
    (the cue's own, before the cue, first); the sentences after it may name only those two
    again."""
    here = position[:2]
    sentences: list[tuple[tuple[int, int], list]] = []
    for sighting in registry.sightings.last_before(position, _LOOK_BACK):
        where = sighting.position[:2]
        if where > here or where == here and sighting.position >= position:
            continue  # (the cue's own sentence counts up to the cue: "Jim Bell and Ann
            # Roe spoke, and the former said": Jim Bell, not an earlier pair; bblind26 D1)
        if sentences and sentences[-1][0] == where:
            sentences[-1][1].append(sighting)
        else:
            sentences.append((where, [sighting]))
    later: set[int] = set()  # the people of the sentences after the pair's
    for where, sightings in reversed(sentences):
        if position[0] - where[0] > _PARAGRAPHS:
            return None
        people = _people(sightings)
        if people is None:
            return None  # an owner, a body or a place beside people
        if len(people) >= 2:
            if len(people) > 2 or not later <= {id(e) for e in people}:
                return None
            return people[PAIR_WORDS[head]]
        later.update(id(e) for e in people)
    return None


def _people(sightings: list) -> list[Entity] | None:
    """The people of one sentence's sightings in the order first seen; None when one is
    seen only as an owner ("Tom Hale's wife") or when a body is named beside them (a
    place, "in Leeds", or an owner, "Labour's Tom Hale", is no one named)."""
    people: list[Entity] = []
    bodies = 0
    for sighting in sightings:
        entity = sighting.entity
        if entity.no_person or entity.kind == "group" or (
            entity.kind != "person" and sighting.possessive
        ):
            continue
        if entity.kind != "person":
            bodies += 1
        elif entity not in people:
            if sighting.possessive:
                return None
            people.append(entity)
    return None if bodies and people else people
