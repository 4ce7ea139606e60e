"""A role held at a body the article does not name ("the chief executive of a leading
car maker", "a spokesman for a Paris-based bank", "the head of a London hedge fund"):
an indefinite body names nobody, so the person holding the role is who speaks, and the
speaker phrase is the whole description, not its last noun ("maker")."""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon, org_lex
from warreader.index.quotes.tokens import Token

_LINKS = lexicon.words("of for at")
_INDEFINITE = lexicon.words("a an one")
_REACH = 5  # words from the body's article to its noun ("a leading European car maker")
_ROLE_REACH = 3  # words from the role's determiner to its last noun ("the chief executive")


def role_start(tokens: list[Token], i: int, j: int) -> int:
    """Where a speaker phrase ``tokens[i:j]`` that ends on a lower-case body noun starts
    when a role and "of"/"for"/"at" and an indefinite article stand before the body
    ("the chief executive of a leading European car maker"): the role's determiner;
    else ``i``."""
    if j - 1 < 0 or tokens[j - 1].capitalised or tokens[j - 1].lower not in org_lex.ORG_NOUNS:
        return i
    k = j - 1
    while k > max(0, j - 1 - _REACH) and tokens[k].lower not in _INDEFINITE:
        k -= 1
        if tokens[k].lower not in _INDEFINITE and not _modifier(tokens[k]):
            return i
    if tokens[k].lower not in _INDEFINITE or k < 3 or tokens[k - 1].lower not in _LINKS:
        return i
    start = _role_determiner(tokens, k - 2)
    return i if start is None else min(i, start)


def _modifier(token: Token) -> bool:
    """May ``token`` stand inside a body's description ("leading", "European", "car",
    "Paris-based")? Not punctuation, a possessive, a verb of saying or a small word."""
    return token.kind == "w" and not token.possessive and token.lower not in (
        cue_lex.CUE_VERBS
    ) and token.lower not in lexicon.DETERMINERS and token.lower not in _SMALL


_SMALL = lexicon.words("of for at in on to from with by and or but that who which")


def _role_determiner(tokens: list[Token], r: int) -> int | None:
    """The determiner of a role ending at ``r`` ("the chief executive", "a spokesman",
    "one senior partner"), a lower-case person noun; None if there is none."""
    if r < 0 or tokens[r].kind != "w" or tokens[r].capitalised or (
        tokens[r].lower not in job_lex.PERSON_NOUNS
    ):
        return None
    for s in range(r - 1, max(-1, r - 1 - _ROLE_REACH), -1):
        if tokens[s].lower in lexicon.DETERMINERS or tokens[s].lower == "one":
            return s
        if tokens[s].kind != "w" or tokens[s].capitalised or not _modifier(tokens[s]):
            return None
    return None
