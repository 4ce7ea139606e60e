"""A he, she or description opening a sentence: a subject sighting of whom it refers to."""

from __future__ import annotations

from warreader.index.quotes import described_sightings as described
from warreader.index.quotes.antecedents import learn_reference
from warreader.index.quotes.contrast_descriptions import see_contrasted
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.reported_subjects import bind_subject, teaches


def see_opening_pronoun(
    registry: Registry,
    head: str,
    position: tuple[int, int, int],
    reported: bool = False,
    subject: Entity | None = None,
) -> None:
    """A sentence opening on He or She ("She will now meet Venus Williams."): the one
    it refers to is that sentence's subject. ``reported``: the pronoun opens the
    clause a reporting verb reports ("Bob said he ..."), whose subject it may be;
    ``subject``: that verb's subject, a name (see ``reported_subjects.bind_subject``)."""
    if subject is not None and (learns := bind_subject(registry, subject, head, position)) in (
        True, False
    ):
        if learns:
            learn_reference(subject, head)
        registry.see(subject, position, True, False)
        return
    if head.startswith("but the "):  # "X said ..., but the striker said ..."
        return see_contrasted(registry, head[8:], position)
    if head.startswith("the "):  # "The Dane backed ...": see described_sightings
        return described.see_described(registry, head[4:], position)
    topic = "reported" if reported else "mention"
    entity = registry.antecedent(head, position, topic=topic)
    if entity is not None:
        if teaches(registry, entity, position):
            learn_reference(entity, head)
        registry.see(entity, position, True, False)
