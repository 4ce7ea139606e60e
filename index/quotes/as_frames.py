"""The evidential frame "As X reported, ...": a weak cue ("reported", "described") that
opens its sentence after "As" and its subject, and ends at a comma a few words on,
reports the main clause that follows as strongly as "said" does ("As the Daily Courier
reported, the senator "gave $5,000"": the Courier's words), so a quotation of that clause
far from the cue may still be its own.
"""

from __future__ import annotations

from warreader.index.quotes.tokens import Token

_REACH = 5  # words between the cue and the frame's comma ("reported on Monday,")


def as_frame(tokens: list[Token], first: int, cue: int, floor: int) -> bool:
    """Does the cue at ``cue``, whose subject starts at token ``first``, make an "As X
    <cue>," frame: "As" opening the sentence (or after "And"/"But") right before the
    subject, only words between the subject and the cue, and a comma within a few words
    after the cue with no quotation before it?"""
    k = first - 1
    if k < floor or tokens[k].lower != "as" or not (
        k == floor or k == floor + 1 and tokens[floor].lower in ("and", "but")
    ):
        return False
    if any(t.kind != "w" for t in tokens[first:cue]):
        return False
    for t in tokens[cue + 1 : cue + 2 + _REACH]:
        if t.text == ",":
            return True
        if t.kind != "w":
            return False
    return False
