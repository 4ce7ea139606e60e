"""Checks of the casting rule (``terms._cast_as``, "Kell described the levy as "…""):
whether a catenative verb carries the casting verb's subject ("began to describe",
"has begun to paint"), whether a negation or a subject of nobody denies that the
subject said the words ("never tried to describe", "Few began to ..."), and whether the
quotation after "as" opens a clause of its own ("as "Freedom" rang out": "as" is
"while", nobody casts anything)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.index.quotes import lexicon

if TYPE_CHECKING:
    from warreader.index.quotes.mentions import Mention
    from warreader.index.quotes.tokens import Token

# Verbs whose subject is the subject of the infinitive after them ("Kell began to describe
# the levy as "…"", "Dunn tried to portray it as "…""): the casting verb is theirs.
_CATENATIVES = lexicon.words(
    """
    begin begins began begun start starts started try tries tried continue continues
    continued seek seeks sought attempt attempts attempted
    """
)


def catenative(tokens: list[Token], finite: int, v: int) -> bool:
    """Is the finite verb at ``finite`` a catenative whose "to" stands right before the
    casting verb at ``v`` ("began to describe", "tried to paint")?"""
    if tokens[finite].lower in _PERFECT and finite + 1 < v:
        finite += 1  # "has begun to describe", "had tried to paint"
    return v == finite + 2 and tokens[finite].lower in _CATENATIVES and tokens[v - 1].lower == "to"


_PERFECT = lexicon.words("has have had")
_NEGATORS = lexicon.words("never not no hardly scarcely barely")
_NOBODY = lexicon.words("few nobody none no neither nothing little")


def denied(tokens: list[Token], found: tuple[Mention, int], floor: int) -> bool:
    """Does a negation before the finite verb ("Dunn never (once) tried to describe",
    "did not", "no longer") or a subject of nobody ("Few", "Nobody", "No one") deny
    that the subject said the words?"""
    if found[0].text.split(" ", 1)[0].lower() in _NOBODY:
        return True
    finite = found[1]
    if tokens[finite].lower.endswith(("n't", "n’t")):
        return True  # "didn't describe"
    for k in range(finite - 1, max(floor, finite - 4), -1):  # "never once tried", "no longer"
        if tokens[k].kind != "w" or tokens[k].capitalised:
            break
        if tokens[k].lower in _NEGATORS or tokens[k].lower.endswith(("n't", "n’t")):
            return True
    return False


def opens_clause(tokens: list[Token], qi: int) -> bool:
    """Does a verb right after the quotation make it a clause's subject ("as "Freedom"
    rang out", "as "Hold the line" echoed", "as "Ida" was ...")?"""
    nxt = tokens[qi + 1] if qi + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == "w" and not nxt.capitalised and (
        nxt.lower in _CLAUSE_VERBS
        or (len(nxt.lower) > 4 and nxt.lower.endswith("ed"))
    )


# Verbs after a quotation that make it a clause's subject: "be", "have" and common pasts.
_CLAUSE_VERBS = lexicon.words(
    "was is has had were are became remains came rang rose went began grew spread broke "
    "blew sang rings echoes"
)
