"""Names that are no person for where they stand: a place after "in" ("in Michigan"),
a work's title after a noun for the work ("the film Vera Drake", "the musical Billy
Elliot"), which a "he" or "she" never refers to (see ``Entity.fits``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.index.quotes import lexicon

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity

PLACE_PREPOSITIONS = frozenset(("in", "across", "throughout", "towards", "toward"))
_WORK_NOUNS = lexicon.words(  # not "play", "show": "to play Trump", "to show Ann"
    "film movie book novel album musical series sitcom programme documentary song opera "
    "biopic memoir"
)


def placed_or_titled(entity: Entity, word: str) -> bool:
    """Does a place preposition ``word`` stand before the name of ``entity`` ("in
    Michigan")? A noun for a work there ("the film Vera Drake") makes the name a title:
    no person, of neither sex (unless it has spoken), and False is returned."""
    if word in PLACE_PREPOSITIONS:
        return True
    if word in _WORK_NOUNS and not entity.speaks:
        entity.no_person, entity.gender = True, ""
    return False
