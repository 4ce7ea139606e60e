"""Who a "he", "she", "it" or "the minister" at a point of an article most likely is: the
search over the article's sightings behind ``Registry.antecedent``, with the test of a
description's job against a person's role (``role_matches``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, ministers, org_lex, unlisted
from warreader.index.quotes.short_titles import job_words
from warreader.index.quotes.topics import (
    fits_before,
    opens_paragraph_topic,
    speaking_org,
    subject_fits_here,
)

if TYPE_CHECKING:
    from warreader.index.quotes.asides import Places
    from warreader.index.quotes.entities import Entity, Position, Sighting
    from warreader.index.quotes.ordered import OrderedByKey

_MAX_LOOK_BACK = 200  # sightings examined for one antecedent
_MAIN_BONUS = 0.25  # a main clause's subject over a fronted clause's (``Sighting.main``)
_TOPIC_LOOK_BACK = 24  # sightings searched for a subject that fits before a topic


def antecedent(
    sightings: OrderedByKey[Sighting],
    head: str,
    position: Position,
    window: int = 3,
    avoid: Callable[[Entity], bool] | None = None,
    unsure: bool = False,
    topic: str = "",
    past: bool = False,
    places: Places | None = None,
) -> Entity | None:
    """The entity a pronoun or description at ``position`` most likely refers to, among
    ``sightings`` (an article's, in text order); see ``Registry.antecedent``; ``past``: the
description names a former minister's office (``ministers.former_office``); ``places``:
    how far paragraphs stand for the ``window`` (``asides.Places``), else their indices. A pure
    lookup: what the reference teaches of the entity is learnt only where a caller keeps
    it (:func:`learn_reference`), so the order of lookups never changes a later one."""
    best: Sighting | None = None
    best_salience = 0.0
    best_sentence: tuple[int, int] | None = None
    owner: Sighting | None = None
    seen = sightings.last_before(position, _MAX_LOOK_BACK)
    if topic and subject_fits_here(head, seen[-_TOPIC_LOOK_BACK:], position, unsure, avoid):
        topic = ""  # "Judy Boynton left ... Shell said ... She was": Boynton
    far = topic == "speaker" and not fits_before(head, seen, position, unsure, avoid)
    here = position[0]
    for sighting in reversed(seen):
        pos = sighting.position
        if (places.distance(pos[0], here) if places is not None else here - pos[0]) > window:
            break
        sentence = pos[:2]
        if best_sentence not in (None, sentence) and unlisted.settled(best, best_salience, pos):
            break
        fit = sighting.entity.fits(head, unsure)
        lacks = not fit and unlisted.fits(sighting, head, sentence < position[:2] or topic)
        topical = bool(topic) and opens_paragraph_topic(head, sighting, position, topic, far)
        if not (fit or lacks or topical) or (
            avoid is not None and avoid(sighting.entity)
        ) or sighting.oblique and head in ("it", "they"):
            continue
        if role_matches(head, sighting.entity, past) is False:
            continue
        if sighting.possessive and not _org_description(head) and not (
            sighting.opening and head in ("he", "she")
        ):  # "United's board ... the club"
            owner = owner or sighting
            continue
        if unsure and sighting.entity.kind == "unknown" and not sighting.subject:
            continue
        rank = 3 if sighting.coordinate else sighting.rank  # "..., but Ames denied it"
        salience = (rank - 0.5 if sighting.possessive else rank) - unlisted.PENALTY * lacks
        if sighting.main:  # "When a voter asked ..., Ashford cut it short. '…,' he said"
            salience += _MAIN_BONUS
        if unlisted.outranks(sighting, salience, best, best_salience):
            best, best_salience, best_sentence = sighting, salience, sentence
    best = unlisted.topic_over(seen, best, best_salience, position, topic, head, avoid) or owner
    if head == "it" and best is not None and best.rank < 2 and best_sentence != position[:2] and (
        not _paragraph_body_subject(best, position, seen)
    ):
        best = speaking_org(seen, best, position, avoid) or best
    if best is None and head in ("he", "she") and not unsure:
        # Nobody fits: a subject of no known kind ("Christyn Gionfriddo, 29, lives
        # at home") is a person the lexicon could not name.
        return antecedent(sightings, head, position, window, avoid, True, topic, past, places)
    return best.entity if best else None


def _paragraph_body_subject(sighting: Sighting, position: Position, seen: list[Sighting]) -> bool:
    """Is ``sighting`` an organisation opening a sentence of the paragraph at ``position``
    as its subject, the only body seen in that sentence ("Acme did not dispute the
    figures. In a statement, it said")? It is the paragraph's topic, no mere mention an
    earlier speaker would outrank; not in "Acme disputed it, and the Times stood by it".
    A name of no known kind is one when it takes a stance and has two words or more
    ("Quarrel Homes rejected the claims"; a bare "Harwick" may be a person); a body told
    of something or expected to act ("The Treasury is expected to respond next week") is
    a weak topic, not one (``stance_lex.AWAITS``)."""
    sentence = sighting.position[:2]
    kind = sighting.entity.kind
    return (
        sighting.opening
        and sighting.subject
        and not sighting.possessive
        and (kind == "org" or kind == "unknown" and sighting.voice == "stance"
             and " " in sighting.entity.name)  # not "Harwick rejected the claims"
        and sighting.voice != "awaits"
        and sentence[0] == position[0]
        and not any(
            s.position[:2] == sentence and s.entity is not sighting.entity
            and s.entity.kind in ("org", "unknown")
            for s in seen[-_SAME_SENTENCE_LOOK:]
        )
    )


_SAME_SENTENCE_LOOK = 12  # latest sightings read for another body in the subject's sentence


def learn_reference(entity: Entity, head: str, speaker: bool = False) -> None:
    """What a kept reference teaches: an entity of no known kind that a "he", "she" or a
    person's noun refers to (a name the list of given names does not hold, reached as its
    paragraph's topic: "Conte said he stood by it") is a person, of the word's gender
    when the text gave none; a speaking "he" or "she" (``speaker``) makes anyone of no
    known gender a person of its gender. Called where a speaker or a sighting is kept,
    never on a mere lookup."""
    if speaker and head in ("he", "she") and not entity.gender:
        entity.kind, entity.gender = "person", unlisted.head_gender(head)
    elif entity.kind == "unknown" and _personal(head):
        entity.kind = "person"
        entity.gender = entity.gender or unlisted.head_gender(head)


def referred_person(entity: Entity, head: str) -> bool:
    """Is ``entity``, found by a lookup of ``head``, a person: known as one, or of no
    known kind and referred to by a "he", "she" or a person's noun (see
    :func:`learn_reference`)?"""
    return entity.kind == "person" or entity.kind == "unknown" and _personal(head)


def _personal(head: str) -> bool:
    return head in ("he", "she") or head in job_lex.PERSON_NOUNS


_JOBS = job_lex.OFFICES  # the offices a description is checked against a role by


_ROLE_WORD = re.compile(r"[^\W_]+")  # a role's words: "vice-president" has "president"


def _org_description(head: str) -> bool:
    """Is ``head`` an organisation's noun ("the club", "the firm"), which an owner names?"""
    return head in org_lex.ORG_NOUNS and head not in job_lex.PERSON_NOUNS


def role_matches(head: str, entity: Entity, past: bool = False) -> bool | None:
    """For "the president": False if the entity's role names another job; None if silent.
    A short title says only yes ("Gov. Ed Vale" is "the governor", a senator may lead).
    ``past``: the description names a former minister's office, which a former minister
    of another office may have held ("Former cabinet minister Tom Varley" may be "the
    former transport secretary")."""
    return role_says(head, entity.role.lower(), past)


def role_says(head: str, role: str, past: bool = False) -> bool | None:
    """:func:`role_matches` of a role (lower case)."""
    if head not in _JOBS or not role or head in job_words(role):
        return (head in _JOBS and bool(role)) or None
    if not any(w in job_lex.PERSON_NOUNS for w in role.replace("-", " ").split()):
        return None  # no job, or only an employer ("Arsenal's Sol Campbell")
    if past and ministers.former_minister(role):
        return None
    if head == "minister" and ministers.ministerial(role):
        return True  # "Home Secretary Tom Varley" is "the minister"
    return head in _ROLE_WORD.findall(role)  # "man" is no "chairman"
