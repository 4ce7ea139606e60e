"""Who "the 56-year-old" is: the person the article gave that age ("Tom Hale, 56,",
"Tom Hale, aged 56,", "56-year-old Tom Hale", "Tom Hale, a 56-year-old teacher,",
"Ann Roe, his assistant, is 41."), read from the paragraphs up to the description."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warreader.index.names import name_key

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity

_NAME = r"(?P<name>(?:[A-Z][\w'’-]*\.? ){0,2}[A-Z][\w'’-]+)"


def _age(n: str) -> str:
    return rf"(?P<age{n}>[1-9]\d?|1[01]\d)"


# "Tom Hale, 56, has", "Tom Hale, aged 56.", "Tom Hale, 56 and Ann Roe", "Tom Hale, a
# 56-year-old teacher", "Ann Roe, his assistant, is 41."; never "Leeds, 56 miles".
_AFTER = re.compile(
    _NAME + r", (?:(?:aged|age) " + _age("1") + r"\b(?!-| ?%)|" + _age("2")
    + r"(?=[,;)]|\.(?!\d)| and\b)|an? " + _age("3") + r"-year-old\b"
    + r"|(?:[a-z][\w'’-]* ){1,4}?\w+, is " + _age("4") + r"(?=[.,;]))"
)
# "56-year-old Tom Hale", "the 56-year-old striker Tom Hale".
_BEFORE = re.compile(_age("") + r"-year-old (?:[a-z][\w-]* ){0,2}" + _NAME)
_DESCRIBED = re.compile(r"\b([1-9]\d?|1[01]\d)-year-old\b")


def described_age(text: str) -> int | None:
    """The age a definite description gives ("the 56-year-old", "the 56-year-old
    striker"), or None."""
    words = text.split(" ", 1)
    if words[0].lower() != "the" or len(words) < 2:
        return None
    found = _DESCRIBED.match(words[1])
    return int(found.group(1)) if found else None


def _given(texts: Sequence[str]) -> list[tuple[int, int, str, int]]:
    """Every age the article gives a person: (paragraph, offset, key of the name's last
    word, age), in text order; read once per article (the list of paragraphs is kept
    with its reading, so a long article of many such descriptions stays linear)."""
    cached = _LAST[0]
    if cached[0] is texts:
        return cached[1]
    found = sorted(
        (q, match.start(), name_key(match.group("name").rsplit(" ", 1)[-1]), int(age))
        for q, text in enumerate(texts)
        for pattern in (_AFTER, _BEFORE)
        for match in pattern.finditer(text)
        for age in _ages(match)
    )
    _LAST[0] = (texts, found)  # one tuple: a reader in another thread sees a whole pair
    return found


_LAST: list[tuple] = [((), [])]  # (texts, their ages) of the last article read


def ages_given(texts: Sequence[str], p: int, stop: int) -> dict[str, set[int]]:
    """The ages the article gives people before offset ``stop`` of paragraph ``p``, by
    the key of the last word of each name ("hale" -> {56})."""
    found: dict[str, set[int]] = {}
    for q, at, key, age in _given(texts):
        if (q, at) >= (p, stop):
            break
        found.setdefault(key, set()).add(age)
    return found


def of_age(stage, p: int, mention) -> tuple[Entity | None, Callable[[Entity], bool]]:
    """For a description that gives an age ("the 56-year-old", "the 56-year-old
    striker") in paragraph ``p`` of a resolution ``stage``: the one person the article
    gave that age before it, or the description itself when two people have it (else
    None); and the test of a person the article gave another age only, whom the
    description never is ("Ann Roe, 41,")."""
    age = described_age(mention.text)
    given = ages_given(stage.texts, p, mention.start) if age is not None else {}
    if not given:
        return None, _nobody
    aged = people_aged(stage.registry.entities, given, age)
    if aged:
        return (aged[0] if len(aged) == 1 else stage.description_entity(mention)), _nobody
    return None, lambda e: aged_otherwise(e, given, age)


def _nobody(entity) -> bool:
    return False


def people_aged(entities, given: dict[str, set[int]], age: int) -> list:
    """The people among ``entities`` the article gave ``age`` (see :func:`ages_given`)."""
    return [e for e in entities if e.kind == "person" and age in given.get(_key(e.name), ())]


def aged_otherwise(entity, given: dict[str, set[int]], age: int) -> bool:
    """Did the article give ``entity`` another age than ``age`` and never this one?"""
    ages = given.get(_key(entity.name))
    return bool(ages) and age not in ages


def _key(name: str) -> str:
    return name_key(name.rsplit(" ", 1)[-1])


def _ages(match: re.Match) -> list[str]:
    return [v for k, v in match.groupdict().items() if k.startswith("age") and v]
