"""A name read before a reporting verb that is a preposition's object, not its subject.

"An aide close to Hale said", "a spokesman for both Kennedys said", "aides to all three
Hale brothers called": the name ends a postmodifier of the description that opens the
clause, and the description speaks (``event_forms.postmodified_subject``). A determiner or
a number may stand between the preposition and the name ("both", "the", "all three"), but
no bare number after "of" ("The father of two Tom Hale said": the name speaks).
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.tokens import Token

# Prepositions of place after which a group's or a person's place is written ("Protesters
# outside the embassy chanted", "Aides around the president say"): the phrase after them is
# the preposition's object, and the whole description speaks.
PLACE_POSTMODIFIERS = lexicon.words("outside across around along behind beyond")
OBJECTS_OF = lexicon.words("to with of for from at in on near inside within") | PLACE_POSTMODIFIERS
# Words between a preposition and its object's name: "for both Kennedys", "of the Pikes",
# "to all three Hale brothers".
_QUANTIFIERS = lexicon.words("both all the each either several many some")
# A number counts after a determiner ("of the two Pike sisters", "of all three Hale
# brothers") or a preposition other than "of" ("A veteran with three Purple Hearts said"):
# "The father of two Tom Hale said" is the British "father-of-two" before the speaker.
_NUMBERS = lexicon.words("two three four five")
_QUANTIFIER_REACH = 2  # "all three"


def after_preposition(tokens: list[Token], first: int, floor: int) -> bool:
    """Does the phrase opening at token ``first`` follow a preposition (after floor), with
    at most two lower-case determiners or numbers between (a number not straight
    after "of")?"""
    k = first - 1
    for _ in range(_QUANTIFIER_REACH):
        if k <= floor or tokens[k].capitalised:
            break
        low = tokens[k].lower
        if low in _QUANTIFIERS or low in _NUMBERS and tokens[k - 1].lower != "of":
            k -= 1
    return k >= floor and tokens[k].lower in OBJECTS_OF
