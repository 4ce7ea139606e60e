"""Names given as examples of a plural ("Popular portals such as Bellnet and Zipnet
maintain ..."): the plural before "such as" is the clause's subject, the group that acts
or speaks; the names are only examples of it, neither a speaker nor a topic a later "the
group" may mean. Not "like" ("what it looks like, Pike replied") nor "including", and
not a plural for people ("candidates such as Sen. Ann Pike said": Pike speaks): one of
PERSON_PLURALS, one that names doers by its ending ("rebels", "hardliners", "grandees",
"activists"), or any plural whose examples hold a person's full name, a given name or a
title ("Senior figures such as Tom Hale said", "Party grandees such as Lord Hale").
"""

from __future__ import annotations

from dataclasses import dataclass

from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token


@dataclass
class ExampleGroup(Mention):
    """The plural a run of example names stands for: a group, whom a later "they" may
    name, never a body of one name ("the group said")."""

_JOINS = lexicon.words("and or ,")
_MODIFIER_REACH = 4  # words before the plural read as its modifiers ("popular Chinese")
# Endings of plurals that name people by what they do ("rebels", "hardliners",
# "grandees", "activists", "musicians", "residents"): their examples speak for themselves.
_DOER_ENDINGS = ("ers", "ors", "els", "ists", "ians", "ants", "ents", "ees", "ites")
_STOPS = lexicon.DETERMINERS | lexicon.words("of in on at for to with by from and or but")


def example_start(tokens: list[Token], first: int, floor: int) -> int | None:
    """The index of "such" of the "such as" that introduces the run of names (joined by
    "and", "or", commas) holding the capitalised word ``first``; None when no such words
    stand there, or no plural noun before them, or a plural for people ("candidates such
    as Sen. Ann Pike said": the person named speaks)."""
    k = first - 1
    while k >= floor and tokens[k].lower in _JOINS and k - 1 >= floor and (
        tokens[k - 1].capitalised
    ):
        k -= 1
        while k >= floor and tokens[k].capitalised:
            k -= 1
    if k - 1 < floor or tokens[k].lower != "as" or tokens[k - 1].lower != "such":
        return None
    k -= 1
    plural = tokens[k - 1] if k - 1 >= floor else None
    if plural is None or plural.kind != "w" or plural.capitalised or plural.possessive or not (
        plural.lower.endswith("s") and not plural.lower.endswith("ss")
    ) or plural.lower in job_lex.PERSON_PLURALS or plural.lower.endswith(_DOER_ENDINGS):
        return None
    if _names_a_person(tokens, k + 2):
        return None
    return k


def _names_a_person(tokens: list[Token], start: int) -> bool:
    """Whether the run of example names from ``tokens[start]`` holds a given name or a
    title ("such as Lord Tom Hale and Ann Pike"): people, who speak for themselves."""
    given = name_lex.first_names()
    j = start
    while j < len(tokens) and (tokens[j].capitalised or tokens[j].lower in _JOINS or (
        tokens[j].text == "."
    )):
        word = tokens[j].lower.rstrip(".")
        if tokens[j].capitalised and (word in given or word in name_lex.TITLES or (
            tokens[j].lower in name_lex.TITLES
        )):
            return True
        j += 1
    return False


def examples_group(tokens: list[Token], first: int, floor: int) -> tuple[Mention, int] | None:
    """The plural whose examples are the names before ``first`` ("Popular Chinese portals"
    of "Popular Chinese portals such as Bellnet and Zipnet"), as a mention with the index
    of its first word; None when the names are no examples."""
    k = example_start(tokens, first, floor) if tokens[first].capitalised else None
    if k is None:
        return None
    end = k  # the plural is tokens[end - 1]
    start = end - 1
    while start - 1 >= max(floor, end - 1 - _MODIFIER_REACH) and tokens[start - 1].kind == "w" and (
        tokens[start - 1].lower not in _STOPS and not tokens[start - 1].possessive
    ):
        start -= 1
    if start > floor and tokens[start - 1].lower in lexicon.DETERMINERS:
        start -= 1
    head = tokens[end - 1].lower
    text = " ".join(t.text for t in tokens[start:end])
    return ExampleGroup(text, "nominal", tokens[start].start, tokens[end - 1].end, head=head), start
