"""The evidential frame "As X reported, ...": a weak cue ("reported", "described") that
opens its sentence after "As" and its subject, and ends at a comma a few words on,
reports the main clause that follows as strongly as "said" does ("As the Daily Courier
reported, the senator "gave $5,000"": the Courier's words), so a quotation of that clause
far from the cue may still be its own. Only a report ("reported", "described",
"characterised") with no object before the comma, and only when the clause after the comma
holds a quotation and no cue of its own ("As the Courier reported, the plan was "doomed",
Ann Roe said" is Roe's; "As Tom Hale welcomed the guests," is "while"; "As Tom Hale
thought," no report: review revR27 F2).
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
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
    if tokens[cue].lower[:5] not in _REPORTING:
        return False  # "As Hale thought/feared/welcomed": no report of the clause
    if cue + 1 < len(tokens) and tokens[cue + 1].lower in _OBJECTS:
        return False  # "As Hale welcomed the guests,": "as" is "while"
    for c in range(cue + 1, min(len(tokens), cue + 2 + _REACH)):
        t = tokens[c]
        if t.text == ",":
            return _quoted_without_cue(tokens, c + 1)
        if t.kind != "w":
            return False
    return False


_REPORTING = ("repor", "descr", "chara")
_OBJECTS = lexicon.words("the a an his her their its him them this that these those my our")


def _quoted_without_cue(tokens: list[Token], k: int) -> bool:
    """A quotation in the rest of the sentence from ``k`` and no cue of its own there."""
    from warreader.index.quotes import cue_lex

    quoted = False
    for t in tokens[k:]:
        if t.text in (".", "!", "?"):
            break
        if t.kind == "q":
            quoted = True
        elif t.kind == "w" and t.lower in cue_lex.CUE_VERBS:
            return False
    return quoted
