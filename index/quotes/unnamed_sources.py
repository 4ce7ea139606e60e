"""The unnamed source a definite description repeats: "the official" after ""…," said a
senior official", "the BPI spokesman" after "A spokesman for the British Phonographic
Industry (BPI) said ..."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex
from warreader.index.quotes.acronyms import ACRONYM, short_for

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Position, Registry

_UNNAMED_OPENERS = ("a", "an", "one", "another", "the")
_UNNAMED_REACH = 60  # entities searched back for the unnamed source a description repeats
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:of|and|for|&)?\s*[A-Z][\w&'’-]*)*")


def unnamed_before(
    registry: Registry, mention, found: Entity | None, results: dict, position: Position
) -> Entity | None:
    """ "the official" or "the senior Hale aide" after ""…," said a senior Hale
    aide", "the patient" after ""…," the patient said": the unnamed source of an earlier
    quotation (among ``results``, or a speaker earlier in the paragraph of ``position``,
    whose quotations are not told from terms yet) whose words the definite description
    repeats (not a doctor named since), unless the person ``found`` for it is known by
    that job ("Tom Pell, the governor" for "the governor"). A word in capitals repeats the
    name it is the initials of ("the BPI spokesman" after "a spokesman for the British
    Phonographic Industry"). The description's head is the source's own job, its first
    person's noun ("the president" is no "aide to the president"). None when the
    description repeats no unnamed source ("A lawmaker ... is calling for", then named in
    a later paragraph)."""
    words = mention.text.split()
    if words[0].lower() != "the" or mention.head not in job_lex.PERSON_NOUNS:
        return None
    known = found is not None and mention.head in f"{found.role} {found.name}".lower().split()
    if known and found.name.split()[0].lower() in _UNNAMED_OPENERS:
        return None  # an unnamed source of that job itself ("a Mexican official who ...")
    reach = registry.entities[-_UNNAMED_REACH:]
    for entity in reversed(reach):
        own = entity.name.lower().split()
        jobs = unnamed_jobs(own)  # not "to the president"
        if own[0] in _UNNAMED_OPENERS and mention.head in jobs and _repeats(words[1:], entity):
            if _initials_shared(words[1:], entity, reach):
                return None  # "the BPI spokesman": two bodies in reach are the BPI
            if known and not _seen_since(registry, entity, found, position):
                return None  # "Tom Pell, the governor" named since "a governor" spoke
            quoted = any(r.speaker == entity.name for r in results.values())
            return entity if quoted or _spoke_here(registry, entity, position) else None
    return None


def _seen_since(registry: Registry, source: Entity, other: Entity, position: Position) -> bool:
    """Did ``source`` speak after the last sighting of ``other`` before ``position`` ("said
    Ed Roe, a party member" then "A member from the west said" then "the member said": the
    later unnamed source, not the named member)?"""
    for s in reversed(registry.sightings.last_before(position, _SPEAKER_LOOK_BACK)):
        if s.entity is other:
            return False
        if s.entity is source and s.speaker:
            return True
    return False


def _initials_shared(words: list[str], source: Entity, reach: list[Entity]) -> bool:
    """Do the initials among ``words`` ("BPI") stand for another body too in ``reach``:
    in another unnamed source's name or a named person's role ("a spokesman for the
    British Poultry Institute" beside the British Phonographic Industry's)?"""
    own = set(source.name.lower().split())
    initials = [w for w in words if w.lower() not in own and ACRONYM.fullmatch(w)]
    if not initials:
        return False
    mine = {run for run in _CAPITALISED_RUN.findall(source.name)
            if any(short_for(w, run) for w in initials)}
    for entity in reach:
        if entity is source:
            continue
        text = entity.name if entity.name.split()[0].lower() in _UNNAMED_OPENERS else entity.role
        runs = _CAPITALISED_RUN.findall(text or "")
        if any(short_for(w, run) and run not in mine for w in initials for run in runs):
            return True
    return False


def _spoke_here(registry: Registry, entity: Entity, position: Position) -> bool:
    """Was ``entity`` a speaker earlier in the paragraph of ``position``?"""
    return any(
        s.entity is entity and s.speaker and s.position[0] == position[0]
        for s in registry.sightings.last_before(position, _SPEAKER_LOOK_BACK)
    )


_SPEAKER_LOOK_BACK = 40  # sightings: more than one paragraph holds


def unnamed_jobs(words: list[str]) -> tuple[str, ...]:
    """The jobs of an unnamed source's words (lower case, "a Mexican official who ...",
    "an aide to the president"): its first person's noun that is no nationality, with the
    person's nouns written right after it ("the prime minister's official spokesman": an
    official and a spokesman); () when it has none."""
    for at, word in enumerate(words[1:], 1):
        if word in job_lex.PERSON_NOUNS and word not in job_lex.NATIONALITIES:
            end = at + 1
            while end < len(words) and words[end] in job_lex.PERSON_NOUNS and (
                words[end] not in job_lex.NATIONALITIES
            ):
                end += 1
            return tuple(words[at:end])
    return ()


def _repeats(words: list[str], entity: Entity) -> bool:
    """Does every word of ``words`` stand in the unnamed ``entity``'s name, a word in
    capitals ("BPI") as the initials of a run of capitalised words there?"""
    own = set(entity.name.lower().split())
    runs = None
    for word in words:
        if word.lower() in own:
            continue
        if not ACRONYM.fullmatch(word):
            return False
        runs = runs if runs is not None else _CAPITALISED_RUN.findall(entity.name)
        if not any(short_for(word, run) for run in runs):
            return False
    return True
