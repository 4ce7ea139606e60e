"""Who speaks when a document's description does ("the report said", "Hoff's letter
says", "a Gazette editorial said"): its issuer when the text names one, else the document
itself, for the resolution stage (``stage`` is the attributor)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.index.quotes import lexicon
from warreader.index.quotes.descriptions import named_places
from warreader.index.quotes.document_issuers import document_owner

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity
    from warreader.index.quotes.event import Event
    from warreader.index.quotes.resolution import Resolution


def document_speaker(stage: Resolution, p: int, event: Event) -> Entity:
    """The entity that speaks for the document ``event``'s description names: its owner
    (whom a later "it" is too), else the document, which speaks for itself and which no
    later "it said" takes."""
    mention = event.mention
    # "The Russian readout" names its issuer's country: no need to look further.
    owner = None if named_places(mention.text) or _issuer_named(mention) else (
        document_owner(stage, p, mention.head, event)  # not "a Gazette editorial"'s
    )
    first = mention.text.split(" ", 1)[0]
    if first.endswith(("'s", "’s")) and first[:1].isupper():
        person = stage.registry.known_person(first[:-2])  # "Hoff's letter": Hoff's
        owner = person.name if person is not None else owner
    if owner:  # whom a later "it" is too
        return stage.description_entity(mention, name=owner)
    # An unattributed document speaks for itself, and "it said" may follow.
    return stage.description_entity(mention, registered=False)


def _issuer_named(mention) -> bool:
    """Does a document's description name its issuer before its noun ("a Washington Post
    editorial", "an IMF report"; not "The report" opening a sentence)?"""
    words = mention.text.split()
    lows = [w.lower() for w in words]
    if mention.head not in lows:
        return False
    first = 1 if lows[0] in _DETERMINERS else 0
    return any(w[:1].isupper() for w in words[first : lows.index(mention.head)])


_DETERMINERS = lexicon.words("the a an this that these those its their his her")
