"""Whom a description by a word of headship alone ("the club chief", "the boss") may
mean although the article gave the person another leading job ("Club chairman Tom
Hale"): "chief" and "boss" say only that someone leads, so they hold any leading job; the
job check (``antecedents.role_matches``) would pass the leader over for a nearer person of
no known job ("... signing Sam Cole. "...," said the club chief."). A lower-case modifier
the leader's role lacks ("the police chief", "the bank chief" for "Acme chairman": the
article may name a bank), a capitalised one the role lacks ("the Chelsea boss" for "Arsenal
manager": another body's leader as often as a nickname of the leader's own, "the Warriors
chief" for "Wigan chairman", which the text cannot tell apart; review bblind27 T1), a
leader no longer ("former chairman") or a rank ("the deputy chief") keeps the job check."""

from __future__ import annotations

import re
from collections.abc import Callable

from warreader.index.quotes import lexicon
from warreader.index.quotes.antecedents import role_matches
from warreader.index.quotes.entities import Entity, Registry

# Descriptions that say only that someone leads.
_HEADSHIP = lexicon.words("chief boss")
# Jobs that lead a body, any of which "the chief" or "the boss" may be.
_LEADING = lexicon.words(
    "chairman chairwoman chairperson chair chief executive president director manager "
    "coach leader head boss owner founder"
)
# Words that make a leader one no longer.
_PAST = lexicon.words("former retired late ousted sacked deposed")
# Words that make a headship another one: "the deputy chief" is no chairman.
_RANKS = _PAST | lexicon.words("deputy vice assistant acting interim shadow joint")
_SKIP = lexicon.words("the a an its his her their")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def leader_by_rank(
    registry: Registry, head: str, description: str, position, avoid: Callable[[Entity], bool]
) -> Entity | None:
    """The antecedent of a headship description (``description``, its words up to its
    ``head``, "the Warriors chief") by rank within four paragraphs, a person with a
    leading job of another word ("chairman") among the candidates; None when the
    description is not one of headship alone or nobody fits."""
    modifiers = _modifiers(description, head)
    if modifiers is None:
        return None
    names = [w for w in modifiers if w[:1].isupper()]
    nouns = [w.lower() for w in modifiers if not w[:1].isupper()]  # "the bank boss"

    def passed_over(entity: Entity) -> bool:
        if avoid(entity) or entity.kind != "person" or not entity.fits(head):
            return True  # not "a fan" for "the club chief"
        if role_matches(head, entity) is not False:
            return False  # no job known, or one "chief" names
        role = entity.role.lower()
        words = _WORD.findall(role.replace("ex-", "former "))
        if not any(w in _LEADING for w in words) or not _PAST.isdisjoint(words):
            return True  # "Acme spokesman Tom Hale", "former chairman Tom Hale"
        if any(w not in words for w in nouns):
            return True  # "the bank chief" is no "Acme chairman": the article may name a bank
        return any(w.lower() not in role for w in names)  # "the Chelsea boss" is no
        # "Arsenal manager": a capitalised modifier names the leader's own body or another one

    return registry.antecedent("official", position, window=4, avoid=passed_over)


def _modifiers(description: str, head: str) -> list[str] | None:
    """The words of ``description`` between its article and its ``head`` ("the Warriors
    chief", "the bank boss", "the chief"): a lower-case one must be in the leader's role
    (see :func:`leader_by_rank`); None for an owner's ("its chief") or a rank's ("the
    former chief", "the deputy chief")."""
    words = description.split()
    if not words or words[-1].lower() != head or head not in _HEADSHIP:
        return None
    if words[0].lower() in _SKIP:
        if words[0].lower() != "the":
            return None  # "its chief": an owner's, found by its owner
        words = words[1:]
    modifiers = words[:-1]
    return None if any(w.lower() in _RANKS for w in modifiers) else modifiers

