"""A description after ", but" that answers a report: "Pike said that Moore was offside,
but the striker said he was onside". Two reports set against each other are two people's,
so the description is not the first clause's subject (Pike) but the person that clause
speaks of whom the description fits (Moore) when the text ties it to him ("Arsenal
striker John Moore") or rules out the first subject ("Scottish referee Dallas" is no
"Kiwi"); that person is the second clause's subject, and a later "he" is him. Without a
reporting verb in both clauses the description may be the subject itself ("Pike won the
race, but the Briton said he was tired"), so nothing is recorded then.
"""

from __future__ import annotations

import re

from warreader.index.quotes import cue_lex, job_lex
from warreader.index.quotes.antecedents import role_matches
from warreader.index.quotes.described_sightings import opening_description_head, person_fits
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.reading import Para
from warreader.index.quotes.tokens import Token, tokenize

_LOOK_BACK = 30  # sightings searched for the people of the first clause
_BUT_THE = re.compile(r", but the ")
_WORD = re.compile(r"[A-Za-z]+")


def _reports(words: list[str]) -> bool:
    """Does a reporting verb stand among ``words`` (lower case)?"""
    return any(w in cue_lex.CUE_VERBS for w in words)


def contrast_head(tokens: list[Token], j: int, floor: int) -> str | None:
    """The head of a description of one person at ``tokens[j]`` ("the") that opens a
    clause after ", but" and before a reporting verb, in a sentence (from ``floor``)
    whose first clause reports too; None otherwise."""
    if j < floor + 3 or tokens[j].lower != "the" or tokens[j - 1].lower != "but" or (
        tokens[j - 2].text != ","
    ):
        return None
    head = opening_description_head(tokens, j)
    if head is None:
        return None
    k = next((k for k in range(j + 1, len(tokens)) if tokens[k].lower == head), None)
    if k is None or k + 1 >= len(tokens) or tokens[k + 1].lower not in cue_lex.CUE_VERBS:
        return None
    return head if _reports([t.lower for t in tokens[floor : j - 2]]) else None


def glanced_contrasts(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """:func:`contrast_head` for a sentence ``text[start:end]`` not cut into tokens: the
    heads of such descriptions and where their "the" stands."""
    found = []
    for match in _BUT_THE.finditer(text, start, end):
        at = match.end() - 4
        if not _reports([w.lower() for w in _WORD.findall(text, start, match.start())]):
            continue
        tokens = tokenize(text, [], at, min(end, at + 80))
        head = opening_description_head(tokens, 0)
        if head is None:
            continue
        k = next((k for k, t in enumerate(tokens) if t.lower == head), None)
        if k is not None and k + 1 < len(tokens) and tokens[k + 1].lower in cue_lex.CUE_VERBS:
            found.append((head, at))
    return found


def see_contrasted(registry: Registry, head: str, position) -> None:
    """Record the person a contrasted description refers to (see the module) as the
    subject of its clause at ``position``: the latest person of the sentence before it,
    after its first subject, whom ``head`` fits and whom the text shows it fits (his
    role is the head's: "striker John Moore"), or any such person when the first
    subject's role rules the head out; nobody otherwise. Without roles the text does not
    tell "Putin said that Prigozhin had betrayed Russia, but the Kremlin leader said ..."
    from two people's reports, so the first subject stays the subject."""
    sentence = position[:2]
    seen = registry.sightings.last_before(position, _LOOK_BACK)
    seen = [s for s in seen if s.position[:2] == sentence]
    first = next((s.entity for s in seen if s.rank >= 1 and not s.possessive), None)
    ruled_out = first is not None and _known_fit(head, first) is False
    for sighting in reversed(seen):
        entity = sighting.entity
        if entity is not first and not sighting.possessive and person_fits(entity, head) and (
            ruled_out or _known_fit(head, entity)
        ):
            registry.see(entity, position, True, False, coordinate=True)
            return


def _known_fit(head: str, entity: Entity) -> bool | None:
    """Does the text say the description with ``head`` is ``entity`` (True: his role is
    that job or holds that noun, "striker John Moore"), is not (False: another job), or
    neither (None)? Another nationality in his role says not: "the Kiwi" is no "Scottish
    referee"."""
    matched = role_matches(head, entity)
    if matched is not None:
        return matched
    role = entity.role.lower().replace("-", " ").split()
    if head in role:
        return True
    if head in job_lex.NATIONALITIES and any(
        w in job_lex.NATIONAL_ADJECTIVES and w[:3] != head[:3] for w in role
    ):
        return False  # "the Kiwi" is no "Scottish referee" ("Scot", "Scottish" agree)
    return None


def see_contrasts(
    registry: Registry, p: int, para: Para, glanced: list[tuple[int, int]]
) -> list[tuple[str, tuple[int, int, int]]]:
    """Record the contrasted descriptions of paragraph ``p``'s closely read sentences (see
    :func:`see_contrasted`) and return those of its glanced sentences (``glanced``: their
    spans by sentence) as openings ("but the " + head, position) to resolve later."""
    tokens = para.tokens
    for j, token in enumerate(tokens):
        if token.text == "the" and (head := contrast_head(tokens, j, para.floor_of[j])):
            see_contrasted(registry, head, (p, para.sentence_of[j], j))
    return [
        ("but the " + head, (p, s, at))
        for s, (start, end) in glanced
        for head, at in glanced_contrasts(para.text, start, end)
    ]
