"""Who a pronoun that goes on speaking ("it added", "he concluded") refers to: the last
speaker, not a name merely seen since."""

from __future__ import annotations

from warreader.index.quotes.entities import Entity, Position, Registry


def last_speaker(registry: Registry, head: str, where: Position, avoid) -> Entity | None:
    """Who "he added", "it concluded" goes on from: the last one who spoke in an earlier
    sentence of the pronoun's paragraph or the one before. Names merely seen since ("It
    affects Xboxes made before ...") are passed over. None (the usual antecedent then)
    when a subject that fits the pronoun opens a sentence after that speech ("Ames said
    ... Cole disagreed. "...," he added"), when the last speaker does not fit the
    pronoun or is not known as a "he" or "she", or when another speaker opens the
    speaker's sentence ("Weitz said Pullman had told him ...")."""
    speaker = None
    for sighting in reversed(registry.sightings.last_before(where, _SPEAKER_LOOK_BACK)):
        position, entity = sighting.position, sighting.entity
        if where[0] - position[0] > 1 or speaker and position[:2] != speaker[:2]:
            break
        if avoid is not None and avoid(entity):
            continue
        if speaker is not None:  # the rest of the speaker's sentence, backwards
            if sighting.opening and sighting.speaker and entity is not speaker[2]:
                return None
            continue
        if position[:2] < where[:2] and sighting.speaker and not sighting.subordinate:
            if not entity.fits(head, True) or head != "it" and entity.gender != (
                "m" if head == "he" else "f"
            ):
                return None  # "Heretic writes", "said a spokesman": no telling
            speaker = (*position[:2], entity)
        elif sighting.opening and not sighting.possessive and entity.fits(head):
            return None
    return speaker[2] if speaker else None


# Cues that go on with what the last speaker said.
GOING_ON = frozenset(
    ("added", "adds", "continued", "continues", "concluded", "concludes", "went on")
)
_SPEAKER_LOOK_BACK = 40
