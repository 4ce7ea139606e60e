"""A "she" that nobody fits, after a sentence whose subject the given-name list calls a man.

The list gives each given name one gender, but Marty, Jean or Guadalupe can be either:
"Marty Walz approaches it calmly. She said ..." means Walz. When no person of the
pronoun's gender is in reach, the grammatical subject of the latest sentence that opens
on a name is meant, if only its given name made it the other gender (the pronoun
then corrects it); otherwise the caller's wider search for a name of no known kind goes on.
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
    """The person opening the latest sentence before ``position`` that opens on a name
    (within the paragraph before), when the given-name list alone gave them the gender
    ``head`` ("he"/"she") does not have, now given that gender; else None. ``seen``:
    sightings in text order."""
    want = "m" if head == "he" else "f"
    for sighting in reversed(seen):
        if position[0] - sighting.position[0] > _REACH:
            return None
        if not sighting.opening:
            continue
        entity = sighting.entity
        if (
            entity.kind != "person"
            or entity.gender in ("", want)
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
