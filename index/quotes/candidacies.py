"""A candidate's role says nothing of the office the candidate holds: "Democratic vice
presidential nominee Tim Kaine" may be "the Virginia senator" a paragraph later. The
search for a description's antecedent (``antecedents.role_matches``) passes over a person
whose role names another job; when that leaves a person of no known role, the one
candidate in reach whose candidacy is not for that office is meant instead."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Registry

_CANDIDACIES = frozenset(
    ("nominee", "candidate", "challenger", "contender", "frontrunner", "hopeful", "mate")
)  # "running mate"
_RACES = {  # the words that say which office a candidacy is for
    "presidential": "president", "senate": "senator", "gubernatorial": "governor",
    "mayoral": "mayor", "house": "", "congressional": "",
}
_WORD = re.compile(r"[^\W_]+")
_WINDOW = 4  # paragraphs, as for a description's antecedent
_LOOK_BACK = 60  # sightings read


def candidacy(role: str) -> bool:
    """Is the only job of ``role`` (lower case) a candidacy ("democratic vice presidential
    nominee", "republican senate candidate")?"""
    jobs = [w for w in _WORD.findall(role) if w in job_lex.PERSON_NOUNS or w == "mate"]
    return bool(jobs) and all(w in _CANDIDACIES for w in jobs)


def candidate_elsewhere(role: str, head: str) -> bool:
    """Is ``role`` a candidacy whose words name its race, a race for a job other than the
    office ``head`` names? ("democratic vice presidential nominee" may be a senator; "the
    presidential nominee" is never "the president", "a Senate candidate" no senator, and a
    bare "nominee" leaves it open.)"""
    words = _WORD.findall(role)
    races = [_RACES[w] for w in words if w in _RACES]
    return candidacy(role) and bool(races) and head not in races and head not in words


def candidate_instead(
    registry: Registry, head: str, position, entity: Entity | None,
    avoid: Callable[[Entity], bool],
) -> Entity | None:
    """For an office's description ("the senator") whose antecedent ``entity`` is a person
    of no known role: the one candidate for another job seen as a subject or speaker within
    four paragraphs, who may hold that office too, else None. Never when a person whose
    role gives the office was the antecedent (the search prefers them) or when two such
    candidates are in reach."""
    if entity is None or entity.kind != "person" or entity.role or head not in job_lex.OFFICES:
        return None
    found: dict[int, Entity] = {}
    for s in registry.sightings.last_before(position, _LOOK_BACK):
        e = s.entity
        if (
            position[0] - s.position[0] <= _WINDOW and s.rank >= 1 and e is not entity
            and e.kind == "person" and candidate_elsewhere(e.role.lower(), head) and not avoid(e)
        ):
            found[id(e)] = e
    return next(iter(found.values())) if len(found) == 1 else None
