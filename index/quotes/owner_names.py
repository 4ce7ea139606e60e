"""A surname after a capitalised owner ("Arsenal's Wenger said"): the person speaks, the
owner only affiliates them (used by :func:`warreader.index.quotes.phrases.left_phrase`)."""

from __future__ import annotations

from warreader.index.quotes import job_lex, name_lex, org_lex
from warreader.index.quotes.tokens import Token


def name_after_owner(owner: Token, words: list[Token]) -> bool:
    """Is ``words`` one capitalised surname that a capitalised owner only affiliates
    ("Arsenal's Wenger said", "Petrocorp's Raha said")? Then the owner stays out of the
    phrase: the surname speaks and resolves to the person named in full. A body, a
    document, a job or an acronym after the owner ("Russia's Ministry", "Labour's NEC")
    keeps its owner; so does a full name (left as it was: "the Post's Ann
    Hale" already resolves)."""
    if not owner.capitalised or len(words) != 1:
        return False
    return all(
        t.kind == "w"
        and t.capitalised
        and not t.possessive
        and not t.text.isupper()
        and t.lower not in org_lex.ORG_NOUNS
        and t.lower not in org_lex.ORG_SUFFIXES
        and t.lower not in org_lex.DOCUMENT_NOUNS
        and t.lower not in _BODY_WORDS
        and t.lower not in job_lex.PERSON_NOUNS
        and t.lower not in name_lex.TITLES
        for t in words
    )


# Bodies' names the organisation nouns lack, kept with their owner ("Britain's Treasury
# said": the Treasury speaks, not a person named Treasury).
_BODY_WORDS = frozenset(("treasury", "exchequer", "cabinet"))
