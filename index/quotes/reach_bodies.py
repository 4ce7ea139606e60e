"""A definite description of a business or a club that nothing else resolved ("the mining
group", "the Canada-based company", "the club") is the one body its paragraph and the two
before name: "Shares in UK Coal have fallen after the mining group reported losses".

Only when exactly one body stands there: an organisation, or a name of no known kind that
spoke or stands inside a sentence (not "Factories" opening one) and is no person's shape;
never a place ("in Leeds"), a country, a word of a headline only, a name used only to
qualify a noun ("the Premiership club", see ``modifier_names``), nor one that the
description's own words rule out (the caller's ``avoid``: another kind of body, a place
that clashes), seen in reach other than as an owner ("Acme's rival"). Two bodies, or none,
or the same description used before in reach ("backed by the group, Acme's main rival"),
leave the description speaking as itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.countries import countries_named
from warreader.index.quotes.modifier_names import named_in_prose, only_modifier
from warreader.index.quotes.unlisted import person_shaped

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Position
    from warreader.index.quotes.mentions import Mention
    from warreader.index.quotes.resolution import Resolution

# Heads of a description of a business or a club.
_HEADS = lexicon.words(
    """
    company firm group maker carrier airline retailer giant operator business conglomerate
    corporation manufacturer chain studio label club bank lender insurer exchange band
    """
)
_REACH = 2  # paragraphs before the description's own that may name the body
_LOOK_BACK = 120  # sightings examined


def only_body(
    stage: Resolution, mention: Mention, position: Position, avoid: Callable[[Entity], bool]
) -> Entity | None:
    """The one body in reach that ``mention`` ("the mining group") may describe, or None."""
    words = mention.text.lower().split()
    if words[0] != "the" or words[-1] != mention.head or mention.head not in _HEADS:
        return None
    p, texts = position[0], stage.texts
    reach = [texts[q] for q in range(max(0, p - _REACH), p)] + [texts[p][: mention.start]]
    if any(mention.text.lower() in text.lower() for text in reach):
        return None  # "backed by the group, Acme's main rival": told before what it is
    found: dict[int, Entity] = {}
    owners: set[int] = set()  # bodies seen in reach only as owners ("Acme's rival")
    for sighting in stage.registry.sightings.last_before(position, _LOOK_BACK):
        entity = sighting.entity
        if sighting.position[0] < p - _REACH:
            continue
        if id(entity) not in found and _body(entity, reach) and not avoid(entity):
            found[id(entity)] = entity
            owners.add(id(entity))
        if not sighting.possessive:
            owners.discard(id(entity))
    if len(found) != 1:
        return None
    (entity,) = found.values()
    # A name that only opens sentences or owns ("Harlow launched Zed", "Kestin's chief met
    # Harlow bosses") counts against another but is itself taken only if it is known as a
    # body or spoke, and never as an owner alone.
    if id(entity) in owners:
        return None
    return entity if entity.kind == "org" or entity.inside or entity.speaks else None


def _body(entity: Entity, reach: list[str]) -> bool:
    name = entity.name
    return (
        entity.kind in ("org", "unknown")
        and name[:1].isupper()
        and not entity.no_person
        and not (entity.kind == "unknown" and person_shaped(name))
        and name.lower() not in job_lex.PERSON_PLURALS  # "Investors", "Analysts"
        and not countries_named(f"of {name}")
        and named_in_prose(entity, reach)
        and not only_modifier(entity, reach)
    )
