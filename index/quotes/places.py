"""Names that are places, never a person a "he" or "she" refers to: any name after a
place preposition ("in Michigan", see ``sightings``), and a few places whose names open
on a word listed as a given name of either sex ("Hong Kong"), see ``Entity.fits``.
"""

from __future__ import annotations

PLACE_PREPOSITIONS = frozenset(("in", "across", "throughout", "towards", "toward"))

# Places of two words or more whose first word may be a given name too ("Hong", "Sri",
# "Abu"): the given-name lexicon would make them people of either sex. Whole names only:
# "in Chris Smith" or "towards Kim Jones" is a person like any other.
_PLACES_ON_GIVEN_NAMES = frozenset(
    (
        "hong kong", "sri lanka", "abu dhabi", "el salvador", "sierra leone", "costa rica",
        "la paz", "tel aviv", "kuala lumpur", "sao paulo", "rio de janeiro", "buenos aires",
    )
)


def place_on_given_name(name: str) -> bool:
    """Is ``name`` a place whose first word may be a given name ("Hong Kong")?"""
    return name.lower() in _PLACES_ON_GIVEN_NAMES
