"""A speech verb its own sentence denies or only supposes: "Downing Street did not
comment", "Acme has not responded", "Ms Kerr never said so", "Scotland Yard could not say",
"Zenco may argue otherwise". Its subject is seen as
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
_HYPOTHETICAL = words("could might may")  # right before the verb: a speech that may not be


def negated_cue(tokens: list[Token], cue: int, floor: int) -> bool:
    """Does a negation ("not", "never", "didn't") stand before the speech verb at token
    ``cue`` (``floor`` its sentence's first token), with only auxiliaries and adverbs
    between, or "could", "might" or "may" right before it (a hypothetical speech: "Zenco
    could argue otherwise")? Not "not only said", "could say only that" (said)."""
    k = cue - 1
    while k >= max(floor, cue - _REACH) and tokens[k].kind == "w" and not tokens[k].capitalised:
        low = tokens[k].lower
        if low in _NEGATIONS or low.endswith(("n't", "n’t")):
            return not (k + 1 < cue and tokens[k + 1].lower == "only")
        if low in _HYPOTHETICAL and k == cue - 1:  # "Zenco could argue otherwise"; not
            return not (cue + 1 < len(tokens) and tokens[cue + 1].lower == "only")  # "could
            # say only that ...", "could only say": said, if little
        if low not in _BETWEEN and not (len(low) > 4 and low.endswith("ly")):
            return False
        k -= 1
    return False
