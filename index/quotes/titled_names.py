"""A title with a complement, closed by a comma and a name: "said the BMA's head of science
and ethics, Dr Ann Hale", "said Oxfam's head of campaigns, Tom Pike", "said the head of
policy at the union, Ann Roe". The comma closes the title and the name after it is its
holder, who speaks; the title is the holder's role. Not "said the head of the union, which
...": no name follows; nor "said the head of the union, Ann Roe's deputy" (an owner) nor
"said the head of the union, Ann Roe had ..." (a clause goes on after the name), nor
"said the mother of the accused, Tom Hale" (the name may be the accused's).
"""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.affiliated_people import appositive_name
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import right_phrase
from warreader.index.quotes.tokens import Token

_OPENERS = lexicon.words("the a an")
_JOB_WORDS = 3  # lower-case words of the job before its complement ("deputy general secretary")
_OWNER_WORDS = 4  # words of an owner before its possessive ("the Royal College of Nursing's")
_LINKS = lexicon.words("of for at to on in")  # what opens the title's complement
_COMPLEMENT = 8  # words of the complement ("of science and ethics at the union")
_PARTICIPLE = 5  # letters of a participle standing for a person ("jailed"; not "bed")
_NOT_IN_TITLE = lexicon.words("which who whom whose that when where while as after said")
# What may stand after the holder's name: the clause ends there.
_NAME_ENDS = (".", ",", ";", ":", "!", "?", ")", "—", "–")


def titled_name(tokens: list[Token], start: int) -> tuple[Mention, str, int] | None:
    """The person named after the title that opens at ``start`` (after an inverted verb of
    saying): (their name's mention with the title as role, the role, the name's last
    token's index); None unless the title has a complement ("head of campaigns") and a
    comma and a person's name close it at the clause's end."""
    k = start
    if k < len(tokens) and tokens[k].lower in _OPENERS:
        k += 1
    owner_end = _owner_end(tokens, k)
    k = owner_end if owner_end is not None else k
    job_start = k
    while k < len(tokens) and k - job_start < _JOB_WORDS and _job_word(tokens[k]):
        k += 1
    if k == job_start or tokens[k - 1].lower not in job_lex.PERSON_NOUNS:
        return None
    if k >= len(tokens) or tokens[k].lower not in _LINKS:
        return None  # "said the agency's director, Lars Ode": the older rules read it
    comma = _complement_end(tokens, k + 1)
    if comma is None or tokens[comma - 1].lower in job_lex.PERSON_NOUNS or (
        tokens[comma - 1].lower in job_lex.PERSON_PLURALS
    ):
        return None  # "said a friend of the victim, Ann Roe": the name may be the victim's
    if _person_participle(tokens, comma):
        return None  # "the mother of the accused, Tom Hale": the name may be the accused's
    named_words = right_phrase(tokens, comma + 1)
    if not named_words or named_words[-1].possessive or not appositive_name(named_words):
        return None
    last = comma + len(named_words)
    if last + 1 < len(tokens) and not (
        tokens[last + 1].kind == "q" or tokens[last + 1].text in _NAME_ENDS
    ):
        return None  # "said the head of the union, Ann Roe had ...": a clause goes on
    named = build(named_words)
    if named is None:
        return None
    role = " ".join(t.text for t in tokens[start:comma] if t.lower not in _OPENERS)
    named.role = named.role or role
    return named, role, last


def _person_participle(tokens: list[Token], comma: int) -> bool:
    """Does the complement closed at ``comma`` end on "the" and a participle standing for
    a person ("the accused", "the deceased", "the injured"), as a person noun would?"""
    if comma < 2 or tokens[comma - 2].lower != "the":
        return False
    word = tokens[comma - 1]
    return (
        word.kind == "w" and not word.capitalised and word.lower.endswith("ed")
        and len(word.lower) >= _PARTICIPLE
    )


def _owner_end(tokens: list[Token], k: int) -> int | None:
    """The index after an owner's possessive opening at ``k`` ("Oxfam's", "the union's",
    "the Royal College of Nursing's"), or None when there is none."""
    for n in range(k, min(len(tokens), k + _OWNER_WORDS)):
        token = tokens[n]
        if token.kind != "w":
            return None
        if token.possessive:
            return n + 1
        if not token.capitalised and token.lower != "of" and n > k:
            return None
    return None


def _job_word(token: Token) -> bool:
    """A lower-case word of a job ("deputy", "general", "secretary")."""
    return token.kind == "w" and not token.capitalised and not token.possessive and (
        token.lower not in _LINKS and token.lower not in _NOT_IN_TITLE
    )


def _complement_end(tokens: list[Token], k: int) -> int | None:
    """The index of the comma that ends a title's complement opening at ``k`` (words,
    "and", "&", no clause word), within :data:`_COMPLEMENT` words; None if none does."""
    for n in range(k, min(len(tokens), k + _COMPLEMENT + 1)):
        token = tokens[n]
        if token.text == ",":
            return n if n > k else None
        if token.kind != "w" and token.text != "&" or token.lower in _NOT_IN_TITLE:
            return None
        if token.possessive:
            return None
    return None

