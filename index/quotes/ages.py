"""Who "the 56-year-old" is: the person the article gave that age ("Tom Hale, 56,",
"Tom Hale, aged 56,", "56-year-old Tom Hale", "Tom Hale, a 56-year-old teacher,",
"Ann Roe, his assistant, is 41."), read from the paragraphs up to the description."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from warreader.index.names import name_key
from warreader.index.quotes import job_lex

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity

_NAME = r"(?P<name>(?:[A-Z][\w'’-]*\.? ){0,2}[A-Z][\w'’-]+)"


# A person's age in years, 1 to 119 ("56"), and the adjective an age makes
# ("56-year-old"): the engine's one definition of both (``appositives.aged`` reads an age
# after a name with them too).
AGE = r"(?:[1-9]\d?|1[01]\d)"
YEAR_OLD = r"-year-old\b"


def _age(n: str) -> str:
    return rf"(?P<age{n}>{AGE})"


# "Tom Hale, 56, has", "Tom Hale, aged 56.", "Tom Hale, 56 and Ann Roe", "Tom Hale, a
# 56-year-old teacher", "Ann Roe, his assistant, is 41."; never "Leeds, 56 miles".
_AFTER = re.compile(
    _NAME + r", (?:(?:aged|age) " + _age("1") + r"\b(?!-| ?%)|" + _age("2")
    + r"(?=[,;)]|\.(?!\d)| and\b)|an? " + _age("3") + YEAR_OLD
    + r"|(?:[a-z][\w'’-]* ){1,4}?\w+, is " + _age("4") + r"(?=[.,;]))"
)
# "56-year-old Tom Hale", "the 56-year-old striker Tom Hale".
_BEFORE = re.compile(_age("") + YEAR_OLD + r" (?:[a-z][\w-]* ){0,2}" + _NAME)
# "the 56-year-old", "the 56-year-old striker"; never "the 56-year-old's daughter" (the
# daughter, whom the article gave no age).
_DESCRIBED = re.compile(rf"\b({AGE}){YEAR_OLD}(?!['’])")


def described_age(text: str) -> int | None:
    """The age a definite description gives ("the 56-year-old", "the 56-year-old
    striker"), or None."""
    words = text.split(" ", 1)
    if words[0].lower() != "the" or len(words) < 2:
        return None
    found = _DESCRIBED.match(words[1])
    return int(found.group(1)) if found else None


@dataclass(slots=True)
class Ages:
    """Where the article first gives each age to each name (as written; its last word
    keyed in ``words``):
    ``by_age`` age -> [(position, key, name as written)] in text order, ``earliest`` the
    first age's position; a position is (paragraph, offset)."""

    by_age: dict[int, list[tuple[tuple[int, int], str, str]]] = field(default_factory=dict)
    earliest: tuple[int, int] = (1 << 30, 0)
    words: dict[str, str] = field(default_factory=dict)  # key -> the surname as written


def ages_given(texts: Sequence[str]) -> Ages:
    """The ages the article gives people. The attributor reads them once per article and
    keeps them (``ArticleAttributor.ages``); every look-up after is a bisection or a
    dict's, so a long article of many ages and descriptions stays linear."""
    ages = Ages()
    found = sorted(
        ((q, match.start()), match.group("name"), int(age))
        for q, text in enumerate(texts)
        for pattern in (_AFTER, _BEFORE)
        for match in pattern.finditer(text)
        for age in _ages(match)
    )
    seen: set[tuple[str, int]] = set()
    for at, name, age in found:
        word = name.rsplit(" ", 1)[-1]
        key = name_key(word)
        ages.words.setdefault(key, word)
        if (name, age) not in seen:  # "Tom Hale, 30, and his wife Ann Hale, 30": two
            seen.add((name, age))
            ages.by_age.setdefault(age, []).append((at, key, name))
    if found:
        ages.earliest = found[0][0]
    return ages


_FEW = 8  # names of one age enough to say "several": the description is nobody's


def of_age(stage, p: int, mention) -> Entity | None:
    """For a description that gives an age ("the 56-year-old", "the 56-year-old
    striker") in paragraph ``p`` of a resolution ``stage``: the one person the article
    gave that age before it; the description itself when two people have it, or when
    the article gave ages before it and never this one ("Tom Hale, 56, ... Ann Roe ...
    the 41-year-old said": nobody it names); else None (no age given before: the
    person named before, as "the veteran" is). The person is found by the name as the
    article gave the age ("Tom Hale, 56, and his son Sam Hale, 30": "the 30-year-old" is
    Sam), and must be of the description's sex ("the 56-year-old woman" is no man)."""
    age = described_age(mention.text)
    if age is None:
        return None
    if stage.ages is None:  # read on the article's first description of an age
        stage.ages = ages_given(stage.texts)
    ages, at = stage.ages, (p, mention.start)
    named = ages.by_age.get(age, [])
    names = {(key, name) for _, key, name in named[: min(_FEW, bisect_left(named, (at,)))]}
    sex = job_lex.PERSON_NOUNS.get(mention.head or "", "")
    aged = list({id(e): e for k, name in names
                 if (e := stage.registry.known_person(ages.words[k], name)) is not None
                 and (not sex or e.gender in ("", sex))}.values())
    if len(aged) == 1:
        return aged[0]
    return stage.description_entity(mention) if aged or ages.earliest < at else None


def _ages(match: re.Match) -> list[str]:
    return [v for k, v in match.groupdict().items() if k.startswith("age") and v]
