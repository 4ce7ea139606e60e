"""Which person a description naming an affiliation is ("the Texas Republican", "the
Apple boss"): the one in reach whose ties agree with it (see
:mod:`index.quotes.affiliations` for the words and :mod:`index.quotes.tied_affiliations`
for the ties), called by ``Resolution._resolve_nominal`` after its choice by rank."""

from __future__ import annotations

import re
from collections.abc import Callable

from warreader.index.quotes.affiliated_jobs import job_fits
from warreader.index.quotes.affiliations import Ties, agreement, carried, ties_of_words
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.tied_affiliations import person_ties

WINDOW = 6  # paragraphs back in which a person must have been seen
_LOOK_BACK = 200  # sightings


class TieReader:
    """What an article tied each person to, read as the attribution goes: every
    paragraph's narrative (its quotations blanked) is made once and read once a person,
    however many descriptions ask (a long article of many "the Republican"s stays
    linear)."""

    def __init__(self, paras) -> None:
        self._paras = paras
        self._narrative: dict[int, str] = {}
        self._read: dict[str, tuple[int, Ties]] = {}  # name -> (paragraphs read, ties)

    def narrative(self, p: int) -> str:
        """Paragraph ``p``'s text with its quotations blanked: what the article said of
        people in its own voice."""
        text = self._narrative.get(p)
        if text is None:
            para = self._paras[p]
            text = para.text
            for span in para.spans:
                start, end = max(0, span.start - 1), min(len(text), span.end + 1)
                text = text[:start] + " " * (end - start) + text[end:]
            self._narrative[p] = text
        return text

    def named(self, name: str, p: int, upto: int) -> bool:
        """Does the narrative name the person called ``name`` (by surname) within
        :data:`WINDOW` paragraphs before paragraph ``p``'s offset ``upto``?"""
        surname = re.compile(rf"\b{re.escape(name.rsplit(' ', 1)[-1])}\b")
        return any(
            surname.search(self.narrative(k)) for k in range(max(0, p - WINDOW), p)
        ) or surname.search(self.narrative(p)[:upto]) is not None

    def ties(self, name: str, p: int, upto: int) -> Ties:
        """The ties of the person called ``name`` in paragraphs 0..``p``, the last one up
        to offset ``upto``."""
        done, found = self._read.get(name, (0, Ties()))
        if done > p:  # asked again further back (a colon line read again): read afresh
            done, found = 0, Ties()
        elif done < p:
            found = found | person_ties(name, [self.narrative(k) for k in range(done, p)])
            self._read[name] = (p, found)
        return found | person_ties(name, [self.narrative(p)[:upto]])


def affiliated_choice(
    stage,
    mention,
    core: str,
    position,
    chosen: Entity | None,
    avoid: Callable[[Entity], bool],
) -> tuple[Entity | None, bool]:
    """The person a description (``mention``, its words up to its head ``core``) that
    names an affiliation refers to, for the attribution ``stage`` (its registry and its
    :class:`TieReader`): the one person seen or named within :data:`WINDOW`
    paragraphs whose ties agree and whose job fits the head (known to fit, for a head
    that names an office: "the Labour leader" is no "Labour MP"); else ``chosen``, the choice
    made without ties, which also stands when it was seen earlier in the description's
    sentence (the description in apposition) and nothing it is tied to conflicts. When
    ``chosen``'s ties conflict and no one agrees, the one other person seen there (in a
    sentence read closely) whose ties say nothing ("Rep. Ann Roe (D-Ohio) met Tom Hale":
    "the Republican" is Hale); with none or several, or several agreeing, the flag is
    True: the description speaks as itself."""
    wanted = carried(core, mention.head)
    if not wanted:
        return chosen, False
    registry: Registry = stage.registry
    reader: TieReader = stage._ties
    head = mention.head
    people: dict[int, Entity] = {}
    beside = False  # ``chosen`` seen earlier in the description's sentence
    for sighting in registry.sightings.last_before(position, _LOOK_BACK):
        entity = sighting.entity
        beside = beside or entity is chosen and sighting.position[:2] == position[:2]
        if (
            position[0] - sighting.position[0] <= WINDOW and entity.kind == "person"
            and id(entity) not in people and entity.fits(head) and not avoid(entity)
        ):
            people[id(entity)] = entity
    sighted = set(people)  # those read closely: the only ones a conflict falls back to
    for entity in registry.entities:  # named in a sentence only skimmed: no sighting
        if (
            entity.kind == "person" and id(entity) not in people
            and reader.named(entity.name, position[0], mention.start)
            and entity.fits(head) and not avoid(entity)
        ):
            people[id(entity)] = entity
    if chosen is not None and chosen.kind == "person":
        people.setdefault(id(chosen), chosen)
    ties = {
        key: reader.ties(e.name, position[0], mention.start) | ties_of_words(e.role)
        for key, e in people.items()
    }
    agreeing = [
        e for key, e in people.items()
        if agreement(wanted, ties[key]) > 0 and job_fits(head, e.role, known=True)
    ]
    fits = chosen is None or agreement(wanted, ties.get(id(chosen), Ties())) >= 0 and job_fits(
        head, chosen.role
    )  # "the Texas senator" is never "Gov. Tom Hale of Texas"
    if len(agreeing) == 1 and not (beside and fits):  # "Sen. Ann Roe of Ohio, the
        return agreeing[0], False  # Democratic leader, said": Roe, whatever came before
    if fits:
        return chosen, False
    others = [  # "Rep. Ann Roe (D-Ohio) met Tom Hale": "the Republican" is Hale
        e for key, e in people.items()
        if key in sighted and e is not chosen
        and agreement(wanted, ties[key]) == 0 and job_fits(head, e.role)
    ]
    return (others[0], False) if len(others) == 1 and not agreeing else (None, True)
