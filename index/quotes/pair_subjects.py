"""A coordinated subject ("Hale and Rossi said", "Zell and 24-year-old Ann Marsh, a
volunteer, explained", "Fenn and other harbour leaders ..., claiming"): the first name
stands for the pair, so that one speaker is credited and a gold set that writes both
names finds it inside them.
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, lexicon
from warreader.index.quotes.mention_roles import is_role_word
from warreader.index.quotes.mentions import Mention, build, is_person_name
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.tokens import Token

_DASHES = frozenset("-–—")


def first_of_pair(tokens: list[Token], mention: Mention, k: int, floor: int) -> tuple[Mention, int]:
    """ "David Albers and Serena Kell wrote": when the name ``mention`` at token ``k`` is
    the second of two people, the first named stands for both (their joint words are his
    too); else ``mention`` and ``k`` unchanged."""
    conj = _other_of(tokens, k, floor) if mention.kind == "nominal" else k - 1
    if conj <= floor or tokens[conj].lower != "and":  # "Hale and other leaders said"
        return mention, k
    if mention.kind != "name" and tokens[conj + 1].lower != "other":
        return mention, k
    words = left_phrase(tokens, conj)
    if not words:
        return mention, k
    first = build(words)
    if first is None or first.kind != "name":
        return mention, k
    if not (
        is_person_name([w for w in words if w.capitalised]) or is_person_name(words)
    ) and not (  # "Tom Hale and", "state Senate leader Tom Hale and"; "Hale and"
        all(w.capitalised and w.lower != "the" for w in words)  # (not "the Red Cross and")
        and _opens_clause(tokens, conj - len(words), floor)  # opening the clause, not a title's
        and not (mention.kind == "name" and _titled(tokens, conj + 1, mention))
    ):  # first word ("Economy and Labour Minister Ann Roe")
        return mention, k
    return first, conj - len(words)


def _titled(tokens: list[Token], k: int, mention: Mention) -> bool:
    """Is there a title or job word among the words from token ``k`` to the end of
    ``mention`` ("Labour Minister Ann Roe")?"""
    while k < len(tokens) and tokens[k].start < mention.end:
        if is_role_word(tokens[k]):
            return True
        k += 1
    return False


_OTHER_REACH = 4  # words between "other" and the head of its description


def _other_of(tokens: list[Token], k: int, floor: int) -> int:
    """The index of "and" before "other" in "Hale and other right-wing leaders", where
    the description the phrase reader found starts at token ``k`` ("Leeds leaders");
    ``k - 1`` when there is none."""
    for a in range(k - 1, max(floor, k - 1 - _OTHER_REACH), -1):
        if tokens[a].lower == "other" and tokens[a - 1].lower == "and":
            return a - 1
        if tokens[a].kind != "w" or tokens[a].lower in cue_lex.CUE_VERBS:
            break
    return k - 1


_CLAUSE_OPENERS = lexicon.words("and but while whereas as when after before because")


def _opens_clause(tokens: list[Token], k: int, floor: int) -> bool:
    """Does a clause open at token ``k`` (the sentence's start, or after a quotation, a
    comma, a colon, a dash or a conjunction), so that a name there is a subject, not
    the object of a verb or a preposition before it ("met Hale and Rossi")?"""
    if k <= floor:
        return True
    before = tokens[k - 1]
    return before.kind == "q" or before.text in (",", ":", ";", "(", *_DASHES) or (
        before.lower in _CLAUSE_OPENERS and not before.capitalised
    )
