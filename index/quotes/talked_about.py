"""A speaking "he" or "she" whose quotation talks about the person it found: "The judge
jailed Ann Roe. / "She showed no remorse," she said." The pronoun's search reaches Ann
Roe, the object of the sentence before, because the judge, its subject, is a description
and no sighting. But the quotation's own "She" is someone the speaker talks about, and
the subject of that sentence outranks its object: the judge speaks.

:func:`subject_instead` gives the description (or the person it names: "Judge Mary Hale
heard the case. The judge jailed Ann Roe.") only when all of these hold: the entity found
is a person seen in the sentence right before the pronoun's as neither its opener, a
subject, a speaker nor an owner; that sentence opens with "The", "A" or "An", at most two
lower-case modifiers and a singular person's noun of no sex or the pronoun's ("the
judge", "a nurse"; not "the chairman" for a "she", not "Police"), then a verb in the
past; and the quotation holds the pronoun's own third person ("she", "her"), not as
the subject of a verb on the speaker ("She saved my life": the object of the sentence
before speaks of its subject). The person the description names must hold its noun in
her role. Otherwise the entity found stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.contrast_clauses import past_verb
from warreader.index.quotes.sentences import sentence_bounds

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Position
    from warreader.index.quotes.mentions import Mention

_OPENING = re.compile(
    r"(?:(?:On|In|At|Last|Earlier|Later|Yesterday|Today)\b[^,.;:\"“”]{0,30}, )?"
    r"(The|the|A|An) ((?:[a-z][a-z-]* ){0,2})([a-z]+) ([a-z]+)\b"
)
_THIRD = {
    "she": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
    "he": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
}
# The quotation's "she" acting on the speaker ("She saved my life", "He hit me"): the
# sentence before told the same, its subject acting on the object, who now speaks.
_ACTS_ON_SPEAKER = {
    pronoun: re.compile(rf"\b{pronoun} (?:[a-z]+ ){{1,2}}(?:me|my|us|our)\b", re.IGNORECASE)
    for pronoun in ("she", "he")
}
_NOT_MODIFIERS = lexicon.words("and or of who which that whose")


def subject_instead(
    stage, mention: Mention, where: Position, entity: Entity | None, quoted: str | None
) -> Entity | None:
    """``entity``, the person a speaking "he"/"she" ``mention`` at ``where`` found, or,
    when the quotation ``quoted`` talks about that person in the third person and the
    sentence before has it as an object of a described subject, that subject: the
    person the description names, else the description as a person of its own."""
    head = mention.head
    if entity is None or entity.kind != "person" or head not in _THIRD or not quoted:
        return entity
    if not _THIRD[head].search(quoted) or _ACTS_ON_SPEAKER[head].search(quoted):
        return entity  # "She saved my life": the subject acted on the speaker, its object
    found = _object_sentence(stage, where, entity)
    if found is None:
        return entity
    p, s, text = found
    words = described_subject(text, head)
    if words is None:
        return entity
    noun = words.split()[-1]
    named = stage.registry.antecedent(noun, (p, s, 0), window=3)
    if named is not None and named is not entity and named.fits(head) and (
        noun in named.role.lower().replace(",", " ").split()
    ):
        return named  # "Judge Mary Hale heard the case. The judge jailed Ann Roe."
    described = stage.description_entity(mention, registered=False, name=words)
    described.kind, described.gender = "person", "m" if head == "he" else "f"
    return described


def _object_sentence(stage, where: Position, entity: Entity) -> tuple[int, int, str] | None:
    """(paragraph, sentence, text) of the sentence right before ``where`` when
    ``entity`` was last seen there as a mere mention (no opener, subject, speaker or
    owner), and seen nowhere else in it."""
    seen = [s for s in stage.registry.sightings.last_before(where, 50) if s.entity is entity]
    if not seen:
        return None
    last = seen[-1]
    p, s = last.position[:2]
    if last.rank or last.opening or last.possessive or last.subject or any(
        x.position[:2] == (p, s) and (x.rank or x.opening) for x in seen
    ):
        return None
    if p >= len(stage.paras):
        return None
    bounds = sentence_bounds(stage.paragraphs[p], stage.paras[p].spans)
    if s >= len(bounds) or not (
        where[:2] == (p, s + 1)
        or where[0] == p + 1 and where[1] == 0 and s == len(bounds) - 1
    ):
        return None
    start, end = bounds[s]
    return p, s, stage.paragraphs[p][start:end].lstrip()


def described_subject(text: str, head: str) -> str | None:
    """The description ("the judge", "a nurse") opening ``text`` as the subject of a
    verb in the past, its noun a singular person's of no sex or of ``head``'s, in lower
    case with its article; None for any other opening."""
    match = _OPENING.match(text)
    if match is None:
        return None
    article, modifiers, noun, verb = match.groups()
    want = "m" if head == "he" else "f"
    if job_lex.PERSON_NOUNS.get(noun) not in ("", want) or not past_verb(verb):
        return None
    if any(word in _NOT_MODIFIERS or word in job_lex.PERSON_NOUNS for word in modifiers.split()):
        return None
    return " ".join([article.lower(), *modifiers.split(), noun])
