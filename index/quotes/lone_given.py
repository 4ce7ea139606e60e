"""A person named by a given name alone ("Hillary spoke in Ohio on Monday."): the sex the
given-name lexicon lists for it, so that a later "she" may refer to her, unless the word
is also a place or a common word ("Georgia voted", "Chelsea won", "Will the plan work?",
"Bill supporters"), which no lone capitalised word can tell apart from a name.
"""

from __future__ import annotations

from warreader.index.quotes import lexicon, name_lex
from warreader.index.quotes.affiliations import STATES
from warreader.index.quotes.countries import COUNTRY

# Given names that are also places (cities, states, regions, football clubs) or common
# words, nouns or verbs: alone, they name nobody for sure.
_PLACES_AND_WORDS = lexicon.words(
    """
    georgia virginia carolina dakota jordan chelsea florence sydney paris victoria
    charlotte madison savannah austin orlando phoenix houston dallas lincoln regina
    adelaide alexandria beverly elizabeth kingston lorraine marion santiago valencia
    warren quincy eugene troy salem augusta helena montgomery columbia lafayette raleigh
    tyler denver cleveland jackson chester aurora israel india china kenya siena verona
    lourdes medina florida nevada camden clifton preston luton burnley everton fulham
    milton hampton ashley kent devon cornwall york shannon darwin hamilton wellington
    will mark bill rose grace hope may june april august faith joy pat sue rob bob frank
    guy dean ray gene art jack chase case hunter page drew sky summer autumn dawn crystal
    amber ruby pearl iris holly ivy daisy lily jasmine heather olive violet penny sterling
    rich harry gay earl duke king prince major rusty sandy cliff glen dale brook brooke
    ford miles wade max pierce mercedes porsche destiny trinity christian justice
    liberty independence angel angels sunny stormy happy carol noel christmas easter
    """
)


def lone_given_sex(name: str) -> str:
    """"m" or "f" for a one-word name that the lexicon lists as a given name of that sex
    and that is no place, country, US state nor common word; "" otherwise."""
    low = name.lower()
    if " " in name or not name[:1].isupper() or not name[1:].islower():
        return ""
    if low in _PLACES_AND_WORDS or low in COUNTRY or low in STATES:
        return ""
    sex = name_lex.first_names().get(low, "")
    return sex if sex in ("m", "f") else ""
