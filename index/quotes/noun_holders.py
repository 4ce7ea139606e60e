"""A description opening a sentence ("The billionaire was gracious in defeat") names the one
person of the article whose role holds its noun, whether an apposition gave it ("Jim Bell,
a billionaire,") or a premodifier did ("the billionaire Jim Bell", "US tycoon Jim Bell",
"the veteran striker Jim Bell"), rather than the subject of the sentence before: "Tom Hale
beat the billionaire Jim Bell." then "The billionaire was gracious" is Bell.

Only when exactly one person the article has met carries the noun (two called "the
striker" leave the choice to the sentence's topic), every other word of the description is
in that role too ("The Chelsea striker" is no "Liverpool striker"), the holder was seen in
the description's paragraph or the one before, no other person is seen in a sentence
between the holder's last one and the description's ("Tom Hale, his lawyer, was present."),
and no one else is introduced with the same noun in between ("Another billionaire, ...",
"a second billionaire").
"""

from __future__ import annotations

import re

from warreader.index.quotes.antecedents import role_says
from warreader.index.quotes.descriptions import qualifier_clash, role_holds
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.short_titles import written_out

_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "his", "her", "its", "their"))
_PARAGRAPHS = 1  # the holder seen in the description's paragraph or the one before
_LOOK_BACK = 60  # sightings searched for the holder's last one

# Words that introduce someone new with a noun: "a billionaire", "another billionaire",
# "a second billionaire, from Texas", "a fellow billionaire".
_INTRODUCERS = r"(?:a|an|another|one|other|second|third|fellow|rival)"


def sole_holder(registry: Registry, words: list[str], position) -> Entity | None:
    """The one person whose role holds the description ``words`` (lower case, its head
    last, "the" left out) opening the sentence at ``position``; None unless exactly one
    person of those met carries its head noun and the conditions of the module hold."""
    head = words[-1]
    recent = registry.sightings.last_before(position, _LOOK_BACK)
    if not any(_holds(sighting.entity, head) for sighting in recent):
        return None  # the holder is seen among these (below), so none holds the noun
    holders: list[Entity] = []
    for e in registry.entities:  # every person met, once a recent one holds the noun
        if _holds(e, head):
            holders.append(e)
            if len(holders) > 1:
                return None  # two hold the noun: the sentence's topic chooses
    description = " ".join(words)
    if len(holders) != 1 or not role_holds(
        description, head, written_out(described_words(holders[0]))
    ):
        return None
    holder = holders[0]
    if qualifier_clash(description, head, written_out(described_words(holder))):
        return None  # "Former striker Jim Bell" is no "the striker"
    last, reach = None, _PARAGRAPHS
    for sighting in reversed(recent):
        if sighting.entity is holder:
            last = sighting
            break
        if sighting.entity.kind == "person" and sighting.position[:2] < position[:2] and (
            role_says(head, sighting.entity.role.lower()) is not False
        ):  # "Tom Hale, his lawyer, was present." in between: Hale's turn; not one whose
            return None  # role names another office ("Cooper, the attorney general, said")
        if sighting.entity.kind == "person" and sighting.position[:2] < position[:2]:
            reach = _PARAGRAPHS + 1  # who, being no holder, leaves the holder the topic
    if last is None or position[0] - last.position[0] > reach:
        return None
    if _introduced_between(registry.texts, head, last.position[0], position[0]):
        return None
    return holder


def _holds(entity: Entity, head: str) -> bool:
    """Is ``entity`` a person whose described words hold the noun ``head`` (a plain "in"
    first: `role_holds` splits the words)?"""
    if entity.kind != "person" or not (held := entity.role or entity.premodifier):
        return False
    held = written_out(held)  # "Gov. Ann Pike" holds "governor"
    return head in held.lower() and role_holds(head, head, held)


def described_words(entity: Entity) -> str:
    """The words that describe ``entity``: its role, else the job words written before its
    name in a closely read sentence (``Entity.premodifier``)."""
    return entity.role or entity.premodifier


def speaker_words(registry: Registry, description: str, head: str, position):
    """For a description that speaks ("the striker said", ``description`` its words up to
    ``head``): a function giving each person's words to test it against, their role, or
    for the :func:`sole_holder` of the description only, the job words before their name
    ("Hale signed the veteran striker Jim Bell. "…," the striker said")."""
    words = [w for w in description.lower().split() if w not in _DETERMINERS]
    sole = sole_holder(registry, words, position) if words and words[-1] == head else None
    return lambda entity: entity.role or (entity.premodifier if entity is sole else "")


def _introduced_between(texts, head: str, since: int, here: int) -> bool:
    """Does a paragraph after ``since`` up to ``here`` introduce someone with ``head``
    ("Another billionaire, Sam Cole,", "A second billionaire from Texas")?"""
    pattern = re.compile(
        rf"\b{_INTRODUCERS}\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b", re.IGNORECASE
    )
    return any(pattern.search(texts[p]) for p in range(since + 1, min(here + 1, len(texts))))
