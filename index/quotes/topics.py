"""The salience rules a "he" or "she" is resolved by beyond plain rank and recency: the
topic of a paragraph (a name of no known kind opening its sentences) and who spoke last.
Used by :meth:`entities.Registry.antecedent`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex
from warreader.index.quotes.affiliations import PARTIES

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Position, Sighting


def subject_fits_here(
    head: str,
    seen: list[Sighting],
    position: Position,
    unsure: bool,
    avoid: Callable[[Entity], bool] | None,
) -> bool:
    """Is a subject that fits ``head`` outright named in the pronoun's paragraph before
    it, and not before two later sentences where one name of no known kind spoke? Then
    no name of unknown kind is taken for the paragraph's topic."""
    spoke: dict[int, int] = {}  # id of such a name -> the last sentence where it spoke
    for sighting in reversed(seen):
        if sighting.position[0] != position[0]:
            return False
        if _spoke_last(sighting):
            sentence = spoke.setdefault(id(sighting.entity), sighting.position[1])
            if sentence != sighting.position[1]:
                return False  # it spoke in two sentences since
        elif (
            sighting.rank >= 1
            and not sighting.possessive
            and sighting.entity.fits(head, unsure)
            and not (avoid is not None and avoid(sighting.entity))
        ):
            return True
    return False


def fits_before(
    head: str,
    seen: list[Sighting],
    position: Position,
    unsure: bool,
    avoid: Callable[[Entity], bool] | None,
) -> bool:
    """Is someone who fits ``head`` outright named in the paragraph before the pronoun's
    ("Senator Tom Hale" for "he")? Then no name of unknown kind there is taken for the
    topic that a paragraph break carries."""
    for sighting in reversed(seen):
        if sighting.position[0] < position[0] - 1:
            return False
        if (
            sighting.position[0] == position[0] - 1
            and sighting.rank >= 1
            and sighting.entity.fits(head, unsure)
            and not (avoid is not None and avoid(sighting.entity))
        ):
            return True
    return False


def _spoke_last(sighting: Sighting) -> bool:
    """A name of no known kind speaking, seen inside a sentence too ("Vell writes")."""
    return sighting.entity.kind == "unknown" and sighting.entity.inside and sighting.rank >= 2


def opens_paragraph_topic(
    head: str, sighting: Sighting, position: Position, topic: str, across: bool = False
) -> bool:
    """A name of no known kind opening an earlier sentence of the pronoun's own paragraph
    ("Bob met the envoy that day. "...," he said."): the paragraph's subject, a person to
    a "he" or "she" there, though no given name we know says so. In a speaker's own
    sentence it is more likely the subject of what was said ("Lisbon risks ..., his
    report said"), but not when the pronoun opens a reported clause (``topic``
    "reported": "Bob said he arrived"). To a quotation's speaker (``topic`` "speaker")
    so is such a name that spoke in the paragraph before, if seen inside a sentence too
    ("..." Brannoc told the crowd. / "...," he said.): who spoke last. With ``across``
    (a quotation's pronoun in its paragraph's first sentence, see :func:`fits_before`)
    such a name opening a sentence of the paragraph before is its topic too."""
    here = sighting.position[0] == position[0] and (
        topic in ("reported", "clause") or sighting.position[1] < position[1]
    ) or (  # "Bob met the envoy." / "“...,” he said.": a paragraph break keeps the topic
        across
        and sighting.position[0] == position[0] - 1
        and position[1] == 0
        and sighting.entity.met < sighting.position[:2]  # a name met before, no mere opener
    )
    last_speaker = (  # "Audiences can expect" is read as a speaker, but no name
        topic == "speaker"
        and _spoke_last(sighting)
        and (sighting.position[0] == position[0] - 1 or here)
    )
    return (
        head in ("he", "she")
        and (sighting.opening and here or last_speaker)
        and not sighting.possessive
        and sighting.entity.kind == "unknown"
        and (  # "Sometimes" opening a sentence is no name
            sighting.entity.inside
            or sighting.entity.speaks
            or sighting.entity.acts
            or " " in sighting.entity.name
            or topic == "clause" and sighting.position[:2] == position[:2]
        )  # "Ames left when he told ...": the name opening the pronoun's sentence
        and not sighting.entity.no_person
        and not country_like(sighting.entity.name)
        and sighting.entity.name.lower() not in job_lex.PERSON_PLURALS  # "Ministers met"
        and sighting.entity.name.lower() not in PARTIES  # "Labour accused Tom Hale of ..."
    )


def speaking_org(
    seen: list[Sighting],
    best: Sighting,
    position: Position,
    avoid: Callable[[Entity], bool] | None,
) -> Sighting | None:
    """For a quotation's "it" whose latest candidate is a mere mention ("The recall
    affects most Xboxes. In a statement, it added"): the organisation that spoke last
    in the pronoun's paragraph or the one before, if any."""
    for sighting in reversed(seen):
        if sighting.position[0] < position[0] - 1:
            return None
        if (
            sighting.position < best.position
            and sighting.rank >= 2
            and sighting.entity.kind in ("org", "unknown")
            and not (avoid is not None and avoid(sighting.entity))
        ):
            return sighting
    return None


def country_like(name: str) -> bool:
    """Is a one-word name a country's, its people's nationality formed from it ("China",
    "Chinese"; "Mexico", "Mexican")?"""
    stem = name.lower()[:-1]
    return len(stem) > 2 and " " not in name and any(
        n.startswith(stem) for n in job_lex.NATIONALITIES
    )
