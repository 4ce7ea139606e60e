"""A speech verb its own sentence denies: "Downing Street did not comment", "Acme has not
responded", "Ms Kerr never said so", "Scotland Yard could not say". Its subject is seen as
a subject, the topic a later "it" or "he" may name, but never as one who spoke: a later
"It added" goes on from whoever did speak ("Acme said ... Downing Street did not comment.
It added ...": Acme). The passive ("was not told") is no speech of its subject at all
(``events``)."""

from __future__ import annotations

from warreader.index.quotes.lexicon import words
from warreader.index.quotes.tokens import Token

_NEGATIONS = words("not never")
# Auxiliaries and adverbs between a negation and its verb: "has not yet responded",
# "did not immediately comment", "would not be drawn".
_BETWEEN = words(
    "did does do has have had is was are were will would could can should may might must "
    "be been yet"
)
_REACH = 4  # words left of the verb searched for its negation


def negated_cue(tokens: list[Token], cue: int, floor: int) -> bool:
    """Does a negation ("not", "never", "didn't") stand before the speech verb at token
    ``cue`` (``floor`` its sentence's first token), with only auxiliaries and adverbs
    between? Not "not only said" (the verb is affirmed)."""
    k = cue - 1
    while k >= max(floor, cue - _REACH) and tokens[k].kind == "w" and not tokens[k].capitalised:
        low = tokens[k].lower
        if low in _NEGATIONS or low.endswith(("n't", "n’t")):
            return not (k + 1 < cue and tokens[k + 1].lower == "only")
        if low not in _BETWEEN and not (len(low) > 4 and low.endswith("ly")):
            return False
        k -= 1
    return False
