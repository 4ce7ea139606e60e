"""Two-word names whose first word is no given name but that name a person the article
knows by the surname: "Matchwinner Keane" after "Robbie Keane", "Wasserman Schultz"
after "Debbie Wasserman Schultz"."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from warreader.index.names import name_tokens
from warreader.index.quotes import job_lex, name_lex

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity


def described_surname(bucket: list[Entity] | None, first: str) -> list[Entity]:
    """The one person the article knows by a surname that a two-word name ends on, when
    its first word is no given name: the middle of a compound surname ("Wasserman Schultz"
    after "Debbie Wasserman Schultz"), or a compound noun for a person glued to the surname
    ("Matchwinner Keane" after "Robbie Keane"). Any other first word may be a given name
    the lexicon lacks ("Lolita Grayson" is not Alan Grayson), so it names someone else."""
    people = list(islice(  # two are as many as all: the answer is then no one
        (e for e in bucket or () if e.kind == "person" and len(name_tokens(e.name) or []) > 1), 2
    ))
    if len(people) != 1:
        return []
    low = first.lower()
    tokens = name_tokens(people[0].name)
    names = name_lex.first_names()
    if len(tokens) > 2 and tokens[-2].lower() == low and tokens[0].lower() in names:
        return people  # not "Carla Ruiz" after "Model Carla Ruiz": a given name, no surname
    bare = low.replace("-", "")
    if not bare.isalpha() or low in names:
        return []
    return people if any(
        len(bare) - n >= 3 and bare[-n:] in job_lex.PERSON_NOUNS for n in range(5, 9)
    ) else []


def without_moods(people: list[Entity]) -> list[Entity]:
    """``people`` less those whose name opens on a participle that is no given name we
    know, a headline's mood before a surname ("Fuming Robinson", "Relaxed Henman"), when
    anyone else is left: "Dr Robinson" is the article's Andy Robinson."""
    kept = [e for e in people if not _opens_on_participle(e.name)]
    return kept if len(people) > 1 and kept else people


def _opens_on_participle(name: str) -> bool:
    first, _, rest = name.partition(" ")
    low = first.lower()
    return bool(rest) and len(low) > 4 and low.endswith(("ing", "ed")) and (
        low not in name_lex.first_names()
    )
