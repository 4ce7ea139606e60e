"""Groups of people written with a capital: a party's members ("Democrats", "the
Tories") and a family ("the Smiths", "the Joneses"), for a speaking "they"
(``plural_speakers``): "Tom Hale met the Smiths in Leeds. "We have no choice," they said."
is the Smiths', not Hale's nor nobody's, as a lower-case group's would be ("union
members")."""

from __future__ import annotations

import re

from warreader.index.quotes import lexicon
from warreader.index.quotes.affiliations import PARTIES
from warreader.index.quotes.countries import COUNTRY

# A party's plural ("Democrats", "Republicans", "Tories"), not a name's first word
# ("Democrats Abroad") nor an owner ("Republicans' plan").
_PARTY_PLURAL = re.compile(r"\b(?:[Tt]he )?([A-Z][a-z]+s)\b(?![’']|\s+[A-Z])")
# "the Smiths", "the Joneses": "the", one capitalised word ending in "s", no name after.
_FAMILY = re.compile(r"\b[Tt]he ([A-Z][a-z]+s)\b(?![’']|-|\s+[A-Z])")
# Plurals after "the" that are no family: places, papers, houses of parliament, events.
_NO_FAMILY = lexicon.words(
    "times news commons lords games olympics oscars emmys grammys baftas brits awards "
    "netherlands philippines bahamas maldives seychelles comoros highlands lowlands "
    "midlands balkans alps andes rockies pyrenees himalayas americas falklands hebrides "
    "emirates states nations tropics antipodes apostles gospels psalms heavens streets "
    "sports arts humanities services forces"
)


def named_groups(text: str) -> list[str]:
    """The capitalised groups of people in ``text``: a party's plural ("Democrats", "the
    Tories") and "the" before a family's plural ("the Smiths"), with their "the"."""
    found = [
        m.group() for m in _PARTY_PLURAL.finditer(text) if m.group(1).lower() in PARTIES
    ]
    for match in _FAMILY.finditer(text):
        low = match.group(1).lower()
        if low in PARTIES or low in _NO_FAMILY or low in COUNTRY or low.endswith("ss"):
            continue
        found.append(match.group())
    return found
