"""A sentence-opening adjunct with no verb of its own before its subject: "In an interview
with Ann Hale, he said", "Speaking to Ann Hale on Monday, he said", "Asked by Ann Hale
whether ..., he said", "In a letter to Tom Hale, she wrote". A participle's subject is the
clause's subject, so the people the adjunct names (its objects, an agent, the people a
question it reports is about) are not that subject: "he" is not Ann Hale; nor are those a
prepositional phrase names. A possessive ("In Tom Hale's view, he said") may name the
subject, and a prepositional phrase holding a finite clause ("In a speech in which Hale
...") makes no such adjunct, nor does a subordinate clause ("After Tom Hale left, he said").
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.tokens import Token

_PREPOSITIONS = lexicon.words("in at during on with to for by from under despite amid")
_ASKED = lexicon.words("asked")  # a participle without the usual endings
# Words that open a finite clause or stand as its subject inside the adjunct.
_FINITE = lexicon.words(
    """
    when after as because while if although though before since until unless whether
    which who whom whose where that what he she they we i it
    """
)
_REACH = 30  # tokens from the sentence's start to the subject's comma


def opening_adjunct(tokens: list[Token], floor: int, j: int) -> bool:
    """Do the tokens from the sentence start ``floor`` up to the comma just before token
    ``j`` make a sentence-opening adjunct: a participle ("Speaking", "Asked", "Challenged")
    followed by a lower-case word, or a preposition followed by no word of a finite clause
    and no quotation?"""
    if j - 1 <= floor + 1 or j - floor > _REACH or tokens[j - 1].text != ",":
        return False
    first, second = tokens[floor], tokens[floor + 1]
    if first.kind != "w" or second.kind != "w" or second.capitalised and (
        first.lower not in _PREPOSITIONS
    ):
        return False
    participle = first.lower in _ASKED or len(first.lower) > 4 and first.lower.endswith(
        ("ing", "ed")
    )
    if participle:
        return True  # its subject is the clause's: "Asked by X whether he ..., he said"
    if first.lower not in _PREPOSITIONS:
        return False
    return all(
        t.kind != "q" and not (t.kind == "w" and not t.capitalised and t.lower in _FINITE)
        for t in tokens[floor + 1 : j - 1]
    )


def adjunct_names(tokens: list[Token], floor: int, j: int) -> tuple[tuple[str, ...], ...]:
    """The names (runs of capitalised words, possessive ones left out) of the sentence's
    opening adjunct that ends at the comma before token ``j``; () when there is none."""
    if not opening_adjunct(tokens, floor, j):
        return ()
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for token in [*tokens[floor + 1 : j - 1], None]:
        if token is not None and token.kind == "w" and token.capitalised:
            if token.possessive:
                run = []  # "Tom Hale's view": the owner may be the subject
                continue
            run.append(token.bare)
            continue
        if run:
            runs.append(tuple(run))
        run = []
    return tuple(runs)
