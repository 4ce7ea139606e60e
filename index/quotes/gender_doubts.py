"""A "she" that nobody fits, after a sentence whose subject the given-name list calls a man.

The list gives each given name one gender, but Marty, Jean or Guadalupe can be either:
"Marty Walz approaches it calmly. She said ..." means Walz. When no person of the
pronoun's gender is in reach, the latest person seen is meant when they are the
grammatical subject opening an earlier sentence and only their given name made them the
other gender (the pronoun then corrects it); otherwise the caller's wider search for a
name of no known kind goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from warreader.index.names import name_key, name_tokens
from warreader.index.quotes import job_lex, name_lex

_REACH = 1  # paragraphs back


def given_name_gender(name: str) -> str:
    """The gender the given-name list alone gives a full name ("" when none)."""
    tokens = name_tokens(name) or [name]
    if len(tokens) < 2:
        return ""
    names = name_lex.first_names()
    gender = names.get(tokens[0].lower(), "") or names.get(name_key(tokens[0]), "")
    return gender if gender in ("m", "f") else ""


def misgendered_opener(seen: list, head: str, position, avoid: Callable | None):
    """The latest person seen before ``position`` (within the paragraph before), when
    they open an earlier sentence and the given-name list alone gave them the gender
    ``head`` ("he"/"she") does not have, now given that gender; else None. ``seen``:
    sightings in text order."""
    want = "m" if head == "he" else "f"
    for sighting in reversed(seen):
        if position[0] - sighting.position[0] > _REACH:
            return None
        entity = sighting.entity
        if entity.kind != "person":
            continue
        if (  # the latest person seen, opening an earlier sentence
            not sighting.opening
            or sighting.position[:2] >= position[:2]
            or entity.gender in ("", want)
            or entity.pronounced  # "He then asked ...": the text gave the gender
            or given_name_gender(entity.name) != entity.gender
            or entity.role and _gendered_role(entity.role)
            or avoid is not None and avoid(entity)
        ):
            return None
        entity.gender = want  # the text's pronoun outweighs the list from now on
        return entity
    return None


def _gendered_role(role: str) -> bool:
    """Does a role say the gender ("chairwoman", "spokesman")? Then it is no guess."""
    return any(job_lex.PERSON_NOUNS.get(word, "") for word in role.lower().split())
