"""An owner's noun for something said, then a colon: "Vole's response was: "…"",
"Republicans' reaction: "…"", "From Hale's blog post: "…"", "In her words: "…"". The
quotation after the colon is the owner's words, so the owner (a name in the possessive,
or his, her, their) speaks it, as a weak event at the colon. Used by
:mod:`index.quotes.events` for a colon that no reporting verb of its sentence explains.
"""

from __future__ import annotations

from dataclasses import replace

from warreader.index.quotes import lexicon
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import OWNER_PRONOUNS
from warreader.index.quotes.tokens import Token

# Nouns for what someone said or wrote. Not "phrase", "slogan", "motto", "term": their
# quoted words are mentioned, not said ("Obama's slogan: "…"" names a slogan).
_SAID = lexicon.words(
    """
    response responses reply replies answer answers reaction verdict assessment advice
    words retort riposte explanation comment comments remark remarks message statement
    post tweet letter email e-mail note view take warning
    """
)
_OPENERS = lexicon.words("from in")  # "From Hale's blog post:", "In his words:"
_COPULAS = lexicon.words("was is were are read reads")
_MODIFIERS = 3  # words between the owner and the noun: "Hale's final blog post"
_NAME_WORDS = 4  # words of the owner's name before its possessive: "Sen. Ann Kite's"


def owned_saying(tokens: list[Token], j: int, floor: int) -> tuple[Mention, int, int] | None:
    """The owner who speaks the quotation after the colon at ``j`` when its sentence, from
    ``floor``, reads (from/in) OWNER's (modifiers) NOUN (was (word)) :, with NOUN one for
    something said: (the owner's mention, the index of its first token, the index of the
    noun); None for any other sentence."""
    k = floor + 1 if tokens[floor].lower in _OPENERS else floor
    o = _possessive(tokens, k, j)
    if o is None:
        return None
    noun = next(
        (n for n in range(o + 1, min(j, o + 2 + _MODIFIERS)) if tokens[n].lower in _SAID),
        None,
    )
    if noun is None or any(
        t.kind != "w" or t.possessive or t.lower in _OPENERS for t in tokens[o + 1 : noun]
    ):
        return None
    rest = tokens[noun + 1 : j]
    if rest and not (
        rest[0].lower in _COPULAS
        and (len(rest) == 1 or len(rest) == 2 and rest[1].kind == "w" and not rest[1].capitalised)
    ):
        return None  # "Hale's answer to the board was simple:" reads on: not this shape
    mention = _owner(tokens, k, o)
    return (mention, k, noun) if mention is not None else None


def _possessive(tokens: list[Token], k: int, j: int) -> int | None:
    """The owner's possessive token: ``k`` itself when it is his, her or their, else the
    first possessive after a run of capitalised words from ``k``; None otherwise."""
    if k >= j or tokens[k].kind != "w":
        return None
    if tokens[k].lower in ("his", "her", "their"):
        return k
    for o in range(k, min(j, k + _NAME_WORDS)):
        token = tokens[o]
        if token.kind != "w" or not token.capitalised:
            return None
        if token.possessive:
            return o
    return None


def _owner(tokens: list[Token], k: int, o: int) -> Mention | None:
    """The owner's mention: "his" as "he", "Ann Kite's" as the name without its ending."""
    pronoun = OWNER_PRONOUNS.get(tokens[o].lower)
    if pronoun is not None:
        return Mention(pronoun, "pronoun", tokens[o].start, tokens[o].end, head=pronoun)
    mention = build(tokens[k : o + 1])
    if mention is None or mention.kind != "name":
        return None
    return replace(mention, possessive=False)
