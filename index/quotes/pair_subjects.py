"""A coordinated subject ("Hale and Rossi said", "Zell and 24-year-old Ann Marsh, a
volunteer, explained", "Fenn and other harbour leaders ..., claiming"): the first name
stands for the pair, so that one speaker is credited and a gold set that writes both
names finds it inside them.
"""

from __future__ import annotations

from dataclasses import replace

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
    if _one_body(tokens, words, first, mention):  # "Procter and Gamble has said": one firm
        name = f"{first.name} and {mention.name}"
        return replace(mention, text=name, name=name, start=first.start, org=True), (
            conj - len(words)
        )
    return first, conj - len(words)


# A verb in the singular right after "A and B": the two names are one body's ("Tate and
# Lyle has agreed", "Marks and Spencer is to cut"); "Hale and Ross have said" are two.
_SINGULAR = lexicon.words("has is was does hasn't isn't wasn't doesn't hasn’t isn’t wasn’t doesn’t")


def _one_body(tokens: list[Token], words: list[Token], first: Mention, second: Mention) -> bool:
    """Are ``first`` (its ``words``) "and" ``second`` one body's name: two single capitalised
    words, neither a person's name nor a role's, and a verb in the singular right after the
    second ("Procter and Gamble has said")? Unsure without that verb ("Ernst and Young
    audited"): two names, as before."""
    if len(words) != 1 or " " in second.name or second.role or second.honorific or first.role:
        return False
    if not (words[0].capitalised and second.name[:1].isupper()) or is_person_name(words):
        return False
    after = next((n for n, t in enumerate(tokens) if t.start >= second.end), len(tokens))
    return after < len(tokens) and tokens[after].lower in _SINGULAR


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
