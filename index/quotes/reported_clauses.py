"""Whom an "it" or "they" that reports the clause before it ("Shell will cut 500 jobs in
Aberdeen, it said") can be: the clause's subject, never a name of its predicate.

The reporter of a clause is its subject ("Shell", "Nato", "Kyiv") or, when that is a
thing ("Growth would slow in Ruritania, it said"), someone named before the clause;
never a place or a body its verb governs ("in Aberdeen", "to the east of Poland", "buy
Booker"): a body that reports itself in its own predicate writes "itself".
:func:`reported_opener` is the subject that is a thing, :func:`predicate_sightings` the
names of the predicate, :func:`reported_bars` both. Helpers of the resolution stage
(``stage`` is the attributor).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon, org_lex
from warreader.index.quotes.contrast_clauses import past_verb
from warreader.index.quotes.mentions import build
from warreader.index.quotes.phrases import right_phrase

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Registry, Sighting
    from warreader.index.quotes.event import Event
    from warreader.index.quotes.reading import Para
    from warreader.index.quotes.tokens import Token


def reported_opener(stage, para: Para, event: Event, p: int) -> tuple[Entity | None, bool]:
    """The opening subject of the clause an "it" or "they" reports after a comma (in
    paragraph ``p``), when it is one capitalised word of no known kind that only ever
    opened a sentence and never spoke, and either its verb tells a change of level
    ("Demand fell", "Growth would slow", "Wages had fallen": a thing; True is returned
    with it) or a body stands before it (:func:`_body_before`: "Oxfam warned of famine.
    Aid convoys were blocked, it said"; "The foreign ministry issued a statement. Kyiv had
    shelled the plant, it said"). Not "Kestrel Air grew, it said" (a name of two words),
    nor a body that acts with nobody before it ("Shell will cut 500 jobs, it said", "Nato
    would send more jets": the body reports itself)."""
    tokens = para.tokens
    floor = para.floor_of[event.cue_index]
    k = _reporting_at(para, event)
    if k is None:
        return None, False
    words = right_phrase(tokens, floor)
    opener = build(words) if words else None
    if opener is None or opener.kind != "name":
        return None, False
    entity = next((e for e in stage.registry.entities if e.name == opener.name), None)
    ok = entity is not None and entity.kind == "unknown" and " " not in entity.name
    if not ok or entity.inside or entity.speaks:
        return None, False
    if _level_clause(tokens, floor + len(words), k):
        return entity, True
    plural = event.mention.head == "they"
    modifier = _modifies(tokens, floor + len(words), k)
    return (
        entity if _body_before(stage, p, para, floor, entity, plural, modifier) else None
    ), False


def _modifies(tokens: list[Token], j: int, k: int) -> bool:
    """Is the one-word opener before ``tokens[j]`` a modifier of the subject's head noun
    ("Aid convoys had been blocked", "Food prices fell"): a lower-case word that is no
    auxiliary, then an auxiliary or a verb in the past?"""
    return j + 1 < k and tokens[j].kind == "w" and tokens[j].text.islower() and (
        tokens[j].lower not in _AUXILIARIES
        and (tokens[j + 1].lower in _AUXILIARIES or past_verb(tokens[j + 1].text))
    )


def _body_before(
    stage, p: int, para: Para, floor: int, opener: Entity, plural: bool = False,
    modifier: bool = False,
) -> bool:
    """Does a body stand in the sentences before the one opening at token ``floor`` (of
    paragraph ``p`` and the one before): a sentence opening with a body's description
    ("The foreign ministry in Moscow issued a statement", "The central bank kept rates on
    hold", "The report was published"), for a ``plural`` "they" with a group of people
    ("Labour MPs met") or, for an opener that is a ``modifier`` ("Aid convoys"), a body
    that spoke ("Oxfam warned")? Then the pronoun reporting a clause is more likely that
    body than the clause's opener (never for a body named as the whole subject after
    another one spoke: "Oxfam said aid was blocked. Shell will cut 500 jobs, it said")."""
    position = (p, para.sentence_of[floor], 0)
    for sighting in reversed(stage.registry.sightings.last_before(position, _REACH)):
        if sighting.position[0] < p - 1:
            break
        entity = sighting.entity
        if entity is opener:
            continue
        if modifier and sighting.speaker and entity.kind in ("org", "unknown") or plural and (
            sighting.opening and entity.name.split()[-1].lower() in job_lex.PERSON_PLURALS
        ):
            return True
    before = (stage.texts[p - 1] + "\n" if 0 < p <= len(stage.texts) else "") + para.text[
        : para.tokens[floor].start]
    for match in _SENTENCE_OPENING.finditer(before):
        words = match.group(1).lower().split()
        if words[0] in lexicon.DETERMINERS and any(w in _BODY_NOUNS for w in words[1:]):
            return True
    return False


def reported_bars(stage, para: Para, event: Event, p: int) -> tuple[Entity | None, frozenset[int]]:
    """Whom the "it" or "they" of ``event`` (in paragraph ``p``) cannot be, when it reports
    the clause before it: that clause's opener (:func:`reported_opener`) and the ids of
    the entities its predicate names (:func:`predicate_sightings`). Their sightings there
    (the opener's only when a thing: "Growth") are marked ``oblique``: no later "it" or
    "they" is them either ("..., it said" then ""...," it added" reports for the same
    one)."""
    opener, thing = reported_opener(stage, para, event, p)
    seen = predicate_sightings(stage.registry, para, event, p, thing)
    for sighting in seen:
        sighting.oblique = True
    return opener, frozenset(id(s.entity) for s in seen if s.entity is not opener)


def predicate_sightings(
    registry: Registry, para: Para, event: Event, p: int, opening: bool = False
) -> list[Sighting]:
    """The sightings of the names in the predicate of the clause an "it" or "they"
    reports after a comma (in paragraph ``p``): every name after the clause's subject
    ("in Aberdeen", "to Ukraine", "buy Booker", "in China" after "Apple's sales fell"),
    none of them the reporter; with ``opening``, the subject's opening sighting too (a
    thing: "Growth"). The subject's other names stay ("Sales at Kestrel Air fell, it
    said": Kestrel Air). Empty for another shape: a quotation before the pronoun, a
    clause opening with a preposition or an adverb ("On Monday, Nato will ..."), two
    commas."""
    tokens = para.tokens
    floor = para.floor_of[event.cue_index]
    k = _reporting_at(para, event)
    if k is None or any(t.text == "," for t in tokens[floor : k - 1]):
        return []
    start = _subject_end(tokens, floor, k)
    if start is None:
        return []
    sentence = para.sentence_of[floor]
    return [
        sighting for sighting in registry.sightings.last_before((p, sentence, k), _REACH)
        if sighting.position[:2] == (p, sentence)
        and (start <= sighting.position[2] < k - 1 or opening and sighting.position[2] == floor)
    ]


def _reporting_at(para: Para, event: Event) -> int | None:
    """The index of the pronoun of ``event`` when a comma right before it closes the
    clause it reports ("..., it said", "..., it said in a statement on Monday"), else
    None: not when its verb takes a clause or an object of its own ("assuming that Nokia
    keeps its share, it is estimating that ...": the clause before is no report)."""
    tokens = para.tokens
    floor = para.floor_of[event.cue_index]
    k = next((j for j in range(floor, event.cue_index) if tokens[j].start >= event.mention.start),
             None)
    if k is None or k - 1 <= floor or tokens[k - 1].text != ",":
        return None
    after = event.last + 1
    if after < len(tokens) and para.floor_of[after] == floor and tokens[after].kind == "w" and (
        tokens[after].lower not in _AFTER_REPORT and not tokens[after].capitalised
    ):
        return None
    return k


def _subject_end(tokens: list[Token], floor: int, k: int) -> int | None:
    """The index of the first word after the subject of the clause ``tokens[floor:k]``: a
    subject pronoun ("They had walked from Bradford"), or a noun phrase with a name after
    "at", "of", "for" or "from" ("Sales at Kestrel Air", "Demand for Kestrel Air
    flights"), or a demonstrative before its verb ("This was helped by ..."); None when
    the clause opens with no subject (a preposition, an adverb)."""
    first = tokens[floor]
    if first.lower in _SUBJECT_PRONOUNS or first.lower in _DEMONSTRATIVES and (
        floor + 1 < k and tokens[floor + 1].lower in _AUXILIARIES  # "This was helped by"
    ):  # not "This week Nato will ..."
        return floor + 1
    if first.lower in _NO_SUBJECT or first.kind != "w" or not first.capitalised:
        return None
    words = right_phrase(tokens, floor)
    if not words:
        return None
    end = floor + len(words)
    if end + 1 < k and tokens[end].lower in _OWNING and tokens[end + 1].capitalised:
        end += 1 + len(right_phrase(tokens, end + 1))
    return end


def _level_clause(tokens: list[Token], j: int, k: int) -> bool:
    """Does the verb at ``tokens[j]`` (after auxiliaries, up to ``k``) tell a change of
    level ("fell", "would slow", "had fallen", "are rising")?"""
    while j < k and tokens[j].lower in _AUXILIARIES:
        j += 1
    return j < k and tokens[j].lower in _LEVEL_WORDS


_REACH = 60  # sightings read back for the predicate's names and a speaking body
# A sentence's first five words (after the start of the text or a sentence's end).
_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.!?])[\"”’]?\s+)((?:[\w'’-]+ ?){1,5})")
_BODY_NOUNS = org_lex.ORG_NOUNS - job_lex.PERSON_NOUNS.keys()  # "ministry", "charity", "report"
# Words that may follow "it said" closing a report: a phrase of place, time or manner, or
# whom it was told to ("it told the BBC", "it told Reuters").
_AFTER_REPORT = lexicon.words(
    "in on at by to from via through after before during last this earlier later yesterday "
    "today tonight late overnight reporters journalists also again "
    "separately adding citing"
)
_SUBJECT_PRONOUNS = lexicon.words("it they")
_DEMONSTRATIVES = lexicon.words("this that these those")
_OWNING = lexicon.words("at of for from")  # "Sales at Kestrel Air": the subject's owner
# Words opening a clause with no subject before its verb: prepositions, adverbs.
_NO_SUBJECT = lexicon.words(
    "in on at after before during since from under over with without despite following "
    "amid by for as when while if although though but and yet so however meanwhile "
    "earlier later last this next separately also still then there here"
)
_AUXILIARIES = lexicon.words(
    "will would could may might should can shall had has have is are was were be been "
    "being also still further"
)
# Verbs of a level and their forms ("fell", "would fall", "had fallen", "is falling").
_LEVEL_WORDS = lexicon.words(
    """
    rose rise rising risen fell fall falling fallen grew grow growing grown slowed slow
    slowing climbed climb climbing dropped drop dropping slipped slip slipping gained
    plunged plunge surged surge jumped jump soared soar slumped slump tumbled tumble dipped
    dip declined decline declining sank sink shrank shrink shrinking shrunk eased ease
    easing edged edge weakened weaken strengthened collapsed collapse increased increase
    increasing decreased decrease stalled stall stagnated halved doubled
    """
)
