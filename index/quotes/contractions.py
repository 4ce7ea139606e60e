"""A name's "'s" read as a contracted "is" or "has" rather than a possessive.

"For his part, Tom Curran's pressing ahead" has Tom Curran as the subject of the
sentence, like "Tom Curran is pressing ahead"; "Tom Curran's pressing schedule" is his
schedule. The words after the "'s" tell: a possessive is followed by what it owns, so a
word no owned thing opens ("been", "not", "a", "the") or a participle with a particle or
a determiner after it ("pressing ahead", "signed a deal") makes the "'s" a verb.
"""

from __future__ import annotations

from warreader.index.quotes.lexicon import words

# What follows a name's "'s" only when the "'s" is "is" or "has" ("Tom Curran's been",
# "... 's a pioneer", "... 's not"): a possessive is followed by what it owns. No adverb
# that may modify an adjective ("Obama's very public row") nor adjective ("just").
_AFTER_CONTRACTED = words("been got gotten gone not never always also still already a an the")
# What follows a participle ("pressing", "getting") after a contracted "'s" and never a
# noun it would modify: "Tom Curran's pressing ahead", "... 's getting a gift" (against
# "Tom Curran's pressing schedule", "... 's standing back home", "... 's spending on").
_AFTER_PARTICIPLE = words("ahead off out up down away over a an the")
# Participles that stand as prepositions: "similar to Tom Curran's following the defeat"
# is his (plan) after the defeat.
_PREPOSITIONS = words("following including regarding concerning according excluding")


def contracted(nxt: str, then: str) -> bool:
    """Is a name's "'s" followed by the word ``nxt`` (then ``then``, "" for none) a
    contracted "is" or "has"? Lower-case words only: "Tom Curran's Ferrari" stays his."""
    low = nxt.lower()
    if nxt != low:
        return False
    if low in _AFTER_CONTRACTED:
        return True
    return (
        low.endswith(("ing", "ed"))
        and low not in _PREPOSITIONS
        and then in _AFTER_PARTICIPLE
    )
