"""A speech verb its own sentence denies or only supposes: "Downing Street did not
comment", "Acme has not responded", "Ms Kerr never said so", "Scotland Yard could not say",
"Zenco may argue otherwise". Its subject is seen as a subject but never as one who spoke:
a later "It added" goes on from whoever did speak ("Acme said ... Downing Street did not
comment. It added ...": Acme). Whether that subject is a topic a later "it" or "he" may
name depends on the words: one that opens its sentence on a phrase of declining to speak
(``stance_lex.DECLINES``: "did not comment", "has not responded", "could not be reached")
opens none (``sightings``); one that does not ("Ms Kerr never said so", "Zenco may argue
otherwise") may. The passive ("was not told") is no speech of its subject at all
(``events``)."""

from __future__ import annotations

from warreader.index.quotes.stance_lex import HYPOTHETICAL, NEGATED_AUXILIARIES, NEGATIONS
from warreader.index.quotes.tokens import Token

_REACH = 4  # words left of the verb searched for its negation


def negated_cue(tokens: list[Token], cue: int, floor: int) -> bool:
    """Does a negation ("not", "never", "didn't") stand before the speech verb at token
    ``cue`` (``floor`` its sentence's first token), with only auxiliaries and adverbs
    between, or "could", "might" or "may" right before it (a hypothetical speech: "Zenco
    could argue otherwise")? Not "not only said", "could say only that" (said)."""
    k = cue - 1
    while k >= max(floor, cue - _REACH) and tokens[k].kind == "w" and not tokens[k].capitalised:
        low = tokens[k].lower
        if low in NEGATIONS or low.endswith(("n't", "n’t")):
            return not (k + 1 < cue and tokens[k + 1].lower == "only")
        if low in HYPOTHETICAL and k == cue - 1:  # "Zenco could argue otherwise"; not
            return not (cue + 1 < len(tokens) and tokens[cue + 1].lower == "only")  # "could
            # say only that ...", "could only say": said, if little
        if low not in NEGATED_AUXILIARIES and not (len(low) > 4 and low.endswith("ly")):
            return False
        k -= 1
    return False
