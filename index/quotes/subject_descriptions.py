"""A description that opens the sentence a speaking "it" or "they" follows ("The rebels
took Idlib on Sunday. "...," they said"; "The ministry sent troops to Kharkiv. "...," it
said"): the speaker is that description, never a place or a thing its predicate names.

A description subject ("The rebels", "The ministers", "The council") is no sighting, so
the pronoun's search would reach past it to "Idlib" or "Kharkiv". :func:`described_opener`
gives the description's words instead, only when the entity found is no person nor a
known body, is seen in the sentence right before the pronoun's as neither its opener
nor a speaker, and that sentence opens with "The", at most one lower-case modifier and
a plural noun of people ("they") or a body's noun ("it") not followed by a passive (its
agent may speak: "The firm was criticised by the watchdog, Ofwax"); no speaker at all
when that noun is joined to another ("The unions and the government met in London").
A "they" keeps a name that may be a group itself ("met the Taliban", "blamed Democrats").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon, org_lex
from warreader.index.quotes.sentences import sentence_bounds

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Position

_ARMED = lexicon.words("rebels militants fighters insurgents separatists")
_GROUPS = (job_lex.PERSON_PLURALS | _ARMED) - lexicon.words("people crowd audience")
_BODIES = org_lex.ORG_NOUNS - org_lex.DOCUMENT_NOUNS - lexicon.words(
    "group party band headquarters intelligence research statement paper"
)
_JOINS = lexicon.words("and or")
_PLACED = r"\b(?:in|at|to|into|from|through|near|across|outside|inside|around) "
_BE = lexicon.words("was were is are being")  # a passive may follow
_HAVE = lexicon.words("has have had")  # "has been" too
_OPENING = re.compile(r"The ([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?(?: ([a-z]+))?\b")


def described_instead(stage, mention, where: Position, entity: Entity) -> Entity | None:
    """``entity``, the antecedent found for the pronoun ``mention`` at ``where``, or the
    description that opens the sentence right before (:func:`described_opener`) as an
    entity of its own (``stage.description_entity``); None for a description joined to
    another ("The unions and the government met in London")."""
    words = described_opener(stage, mention.head, where, entity)
    if words == "":
        return None
    return stage.description_entity(mention, name=words) if words else entity


def described_opener(stage, head: str, where: Position, entity: Entity) -> str | None:
    """The lower-cased description ("the rebels", "the foreign ministry") that opens the
    sentence right before the pronoun ``head`` at ``where``, in which ``entity`` was seen
    as no opener, no speaker, no subject after "but"; "" when that description is joined
    to another ("The unions and ..."); None otherwise."""
    if head not in ("it", "they") or entity.kind in ("person", "org"):
        return None
    sighting = next(
        (
            s for s in reversed(stage.registry.sightings.last_before(where, 50))
            if s.entity is entity
        ),
        None,
    )
    if sighting is None or sighting.speaker or sighting.opening or sighting.coordinate:
        return None
    p, s = sighting.position[:2]
    if p >= len(stage.paras) or where[0] not in (p, p + 1):
        return None
    bounds = sentence_bounds(stage.paragraphs[p], stage.paras[p].spans)
    if s >= len(bounds) or not _right_before(bounds, p, s, where):
        return None
    start, end = bounds[s]
    text = stage.paragraphs[p][start:end].lstrip()
    m = _OPENING.match(text)
    if m is None or head == "they" and _group_name(entity.name, text):
        return None
    nouns = _GROUPS if head == "they" else _BODIES
    words = [w for w in m.groups() if w]
    for n in (0, 1):
        if n < len(words) - 1 and words[n] in nouns and words[n + 1] not in nouns:
            if n == 1 and (words[0] in _JOINS or words[0] in nouns) or words[n + 1] == "of":
                return None  # "The government of Ukraine closed ...": Ukraine may be it
            if words[n + 1] in _BE or words[n + 1] in _HAVE and words[n + 2 :] == ["been"]:
                return None  # "The firm was criticised by the watchdog, Ofwax": Ofwax
            if words[n + 1] in _JOINS:
                return ""  # "The unions and the government met in London": not London
            return " ".join(["the", *words[: n + 1]])
    return None


def _right_before(bounds: list, p: int, s: int, where: Position) -> bool:
    """Is sentence ``s`` of paragraph ``p`` (of sentences ``bounds``) the one right before
    the pronoun's sentence (before it in its paragraph, or the paragraph's last)?"""
    if where[0] == p:
        return where[1] == s + 1
    return where[0] == p + 1 and where[1] == 0 and s == len(bounds) - 1


def _group_name(name: str, text: str) -> bool:
    """May ``name``, seen in the sentence ``text``, be a "they" itself: written after
    "the" ("met the Taliban"), or a plural's ending with no place's preposition before
    it ("blamed Democrats"; not "met in Paris", "marched into Brussels")?"""
    if re.search(r"\bthe " + re.escape(name) + r"\b", text):
        return True
    return name.endswith("s") and not re.search(_PLACED + re.escape(name) + r"\b", text)

