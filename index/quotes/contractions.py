"""A name's "'s" read as a contracted "is" or "has" rather than a possessive.

"For his part, Tom Curran's pressing ahead" has Tom Curran as the subject of the
sentence, like "Tom Curran is pressing ahead"; "Tom Curran's pressing schedule" is his
schedule. The words after the "'s" tell: a possessive is followed by what it owns, so a
word no owned thing opens ("been", "not", "a", "the") or a participle in "-ing" with
"ahead" or "away" after it ("pressing ahead", "getting away") makes the "'s" a verb.
Nothing wider: "Tom Hale's sacking the next day", "... 's wedding over the summer", "... 's
shed out the back", "... 's still life", "... 's a-list guests" are all his (revM25).
"""

from __future__ import annotations

from warreader.index.quotes.lexicon import words

# What follows a name's "'s" only when the "'s" is "is" or "has" ("Tom Curran's been",
# "... 's a pioneer", "... 's not"): a possessive is followed by what it owns. No adverb
# that may modify an adjective ("Obama's very public row") nor adjective ("just"), nor
# "still" ("Tom Hale's still life").
_AFTER_CONTRACTED = words("been got gotten gone not never always also already a an the")
# What follows an "-ing" participle after a contracted "'s" and never a noun it would
# modify: "Tom Curran's pressing ahead", "... 's getting away with it". Not "the", "over",
# "up", "out", "off": a noun in "-ing" or "-ed" is followed by them ("Tom Hale's sacking the
# next day", "... 's wedding over the summer", "... 's building up the road", "... 's shed
# out the back", "... 's speed off the mark").
_AFTER_PARTICIPLE = words("ahead away")
# Participles that stand as prepositions: "similar to Tom Curran's following the defeat"
# is his (plan) after the defeat.
_PREPOSITIONS = words("following including regarding concerning according excluding")


def contracted(nxt: str, then: str, hyphen: object = False) -> bool:
    """Is a name's "'s" followed by the word ``nxt`` (then ``then``, "" for none) a
    contracted "is" or "has"? Lower-case words only: "Tom Curran's Ferrari" stays his; and
    no word joined by a hyphen to the next (``hyphen``): "... 's a-list guests", "... 's
    not-for-profit trust" are his."""
    low = nxt.lower()
    if nxt != low or hyphen:
        return False
    if low in _AFTER_CONTRACTED:
        return True
    return (
        low.endswith("ing")
        and low not in _PREPOSITIONS
        and then in _AFTER_PARTICIPLE
    )
