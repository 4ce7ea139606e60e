"""Names met as people: the object of a verb only a person takes ("Ann Roe met Elfyn
Llwyd", "she was asked by Parmjit Dhanda") is a person's name, though the list of given
names lacks it. Such a name stays of no known kind and sex, so a "he" or "she" takes it
only when nobody of a known sex fits (the second, unsure pass of
``antecedents.antecedent``): "Ann Roe met Elfyn Llwyd. // "...," he said." (huntuk26
family 18). Verbs whose objects may be places, bodies or things ("visited", "toured",
"joined", "criticised", "thanked") make no one a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import lexicon
from warreader.index.quotes.unlisted import person_shaped

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity

# Verbs whose object is a person ("met Elfyn Llwyd", "interviewed Kali Mountford").
_PERSON_VERBS = lexicon.words(
    "met meets interviewed phoned telephoned hugged married consoled congratulated"
)
# Verbs whose agent after "by" is a person ("was asked by Parmjit Dhanda").
_BY_VERBS = lexicon.words("asked questioned interviewed interrupted heckled challenged")
# Bodies of two words shaped like a person's name that people meet ("met Sinn Fein").
_BODIES = frozenset(
    (
        "sinn fein", "plaid cymru", "fianna fail", "fine gael", "goldman sachs",
        "morgan stanley", "lehman brothers", "al qaeda", "boko haram", "islamic jihad",
    )
)


def see_met(entity: Entity, before: list[str], where: tuple[int, int, bool]) -> None:
    """Note that ``entity``, a name of no known kind after the lower-case words
    ``before`` (the last two at least), stands where only a person does, in the sentence
    ``where`` (paragraph, sentence, whether it ends its paragraph)."""
    if entity.kind != "unknown" or entity.met_person or not before:
        return
    last = before[-1]
    if (last in _PERSON_VERBS or last == "by" and len(before) > 1 and before[-2] in _BY_VERBS) and (
        person_shaped(_MC.sub(_lower_after, entity.name))
        and entity.name.lower() not in _BODIES
    ):
        entity.met_person = where


def met_next(entity: Entity, seen: tuple[int, int], position: tuple[int, int, int]) -> bool:
    """Is ``entity``, sighted in sentence ``seen``, a name met as a person right before
    the pronoun at ``position``: in that sentence, in the one before it, or in the last
    sentence of the paragraph before when the pronoun's sentence opens its own? Never
    across another sentence, which may name the one meant ("Ann Roe met Elfyn Llwyd. Her
    husband was there too. "...," he said": the husband)."""
    met = entity.met_person
    if not met or met[:2] != seen:
        return False
    if met[0] == position[0]:
        return position[1] - 1 <= met[1] <= position[1]
    return met[0] == position[0] - 1 and met[2] and position[1] == 0


_MC = re.compile(r"\b(Mc|Mac)([A-Z])")  # "Siobhain McDonagh" is shaped as "Mcdonagh"


def _lower_after(match: re.Match) -> str:
    return match.group(1) + match.group(2).lower()
