"""A body named only as the modifier of a person's job ("Oasis singer Liam Gallagher",
"Rovers striker Dan Moss", "Acme chief executive Jo Bright"): the job tells the body's
kind (a singer's is a band, a striker's a club, a chief executive's a company), so the
name is registered as a body of that kind, and a later "the band said" or "the club
said" finds it as it finds a body introduced by its kind ("US band Scissor Sisters").

Only jobs whose body is of one kind are listed: not "boss", "manager", "chairman" or
"leader" (a club's or a company's; a party's, a country's or a chamber's). Only a
person's name after the job ("Oasis singer Liam ...") makes the name before it a
modifier of that job; a name shaped like a country's ("England striker", "Welsh
singer") is a nation's team or a nationality, not the body a description means.
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.descriptions import nearest_or_title_holder as by_rank
from warreader.index.quotes.entities import Entity
from warreader.index.quotes.titled_bodies import PATTERNS as TITLED_PATTERNS
from warreader.index.quotes.unlisted import person_shaped

_BODY_OF_JOB = {
    **dict.fromkeys(
        ("lead singer", "singer", "frontman", "frontwoman", "guitarist", "lead guitarist",
         "drummer", "bassist", "keyboardist", "vocalist"), "band"),
    **dict.fromkeys(
        ("striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "full-back",
         "centre-back", "centre-half"), "club"),
    **dict.fromkeys(
        ("chief executive", "managing director", "finance director", "chief financial officer",
         "chief operating officer"), "company"),
}
_JOB_WORDS = "|".join(sorted(map(re.escape, _BODY_OF_JOB), key=len, reverse=True))
# The job right after a name, then a person's capitalised name ("singer Liam").
_JOB_AFTER = re.compile(rf" ({_JOB_WORDS}) (?=[A-Z][a-z])")
_NAME = r"[A-Z][\w&'’.-]*"
# A name of one to three capitalised words, a job, a person's name: "Oasis singer Liam".
JOB_MODIFIER = re.compile(rf"\b((?:{_NAME} ){{0,2}}{_NAME})(?={_JOB_AFTER.pattern})")
_COUNTRY_STEMS = frozenset(w[:4] for w in job_lex.NATIONALITIES if len(w) > 3)


def body_kind_after(text: str, stop: int) -> str | None:
    """The kind of body ("band", "club", "company") the job written right after the
    name ending at ``stop`` of ``text`` implies, when a person's name follows the job;
    else None."""
    match = _JOB_AFTER.match(text, stop)
    return _BODY_OF_JOB[match.group(1)] if match else None


def country_shaped(name: str) -> bool:
    """Is ``name`` a nation's or a nationality ("England", "Scottish", "US"), whose
    player or singer belongs to no body a later "the club" means?"""
    low = name.lower()
    return low in job_lex.NATIONALITIES or low[:4] in _COUNTRY_STEMS or low in _NATIONS


_NATIONS = lexicon.words("us uk usa uae eu")


def learn_body_kind(entity: Entity, text: str, stop: int) -> bool:
    """Make ``entity``, whose name ends at ``stop`` of ``text``, a body of the kind the
    job after it implies ("Oasis" before "singer Liam Gallagher": a band), unless it is
    a person, already has a role, or is shaped like a country. True if it learnt one."""
    kind = body_kind_after(text, stop)
    if kind is None or entity.kind == "person" or entity.role or country_shaped(entity.name):
        return False
    # Its kind stays as it was: the role alone lets "the band" (not "the union") find it.
    entity.role, entity.job_body = kind, True
    return True


_LOOK_BACK = 60  # sightings searched back for the body's own


def unless_passed_over(resolver, entity: Entity | None, mention, core: str, position, avoid):
    """``entity``, found for the description ``mention`` (``core``: its words up to its
    head) at ``position``, unless it is to be passed over (:func:`passed_over`): then the
    nearest other that fits, as ``by_rank`` finds it with ``avoid``."""
    if not passed_over(resolver, entity, mention.head, position):
        return entity
    return by_rank(resolver.registry, mention, core, position, lambda e: avoid(e) or e is entity)


def passed_over(resolver, entity: Entity | None, head: str, position) -> bool:
    """Is ``entity``, found for a description of ``head`` at ``position`` (paragraph,
    sentence, token) of the ``resolver``'s article, to be passed over: a body known only
    from a job it qualifies ("Chelsea striker Didier Drog") and another body has opened
    a sentence or spoken since its latest sighting ("Arsenal were furious", "Zenco said it
    would bid") or been introduced by the description's noun ("Rival band Blur hit
    back"): the description may mean either, and a wrong speaker is worse than none."""
    if entity is None or not entity.job_body:
        return False
    for sighting in reversed(resolver.registry.sightings.last_before(position, _LOOK_BACK)):
        other = sighting.entity
        if other is entity:
            break
        if not sighting.possessive and _body_like(other) and (
            sighting.opening or sighting.speaker
            or sighting.subject and _plural_subject(resolver, sighting.position)
        ):
            return True
    p, _, i = position
    tokens = resolver.paras[p].tokens
    offset = tokens[i].start if i < len(tokens) else len(resolver.paras[p].text)
    texts = [para.text for para in resolver.paras]
    return _titled_since(texts, head, entity.name, p, offset)


def _plural_subject(resolver, position) -> bool:
    """Does a plural verb follow the name seen at ``position`` ("Arsenal were furious"),
    a group that is its sentence's subject? A glanced sentence's position holds a
    character offset, a closely read one's a token index."""
    p, s, k = position
    para = resolver.paras[p]
    if not any(g == s for g, _ in resolver._glanced[p]):
        if k >= len(para.tokens):
            return False
        k = para.tokens[k].start
    return _PLURAL_AFTER.match(para.text, k) is not None


_PLURAL_AFTER = re.compile(rf"{_NAME}(?: {_NAME}){{0,3}} (?:are|were|have)\b")


def _titled_since(texts: list[str], head: str, name: str, p: int, offset: int) -> bool:
    """Is another body introduced by the noun ``head`` ("band Blur") after the latest
    ``name`` written before character ``offset`` of paragraph ``p``?"""
    pattern = TITLED_PATTERNS.get(head)
    if pattern is None:
        return False
    for q in range(p, max(-1, p - _PARAGRAPHS - 1), -1):
        text = texts[q][:offset] if q == p else texts[q]
        own = text.rfind(name)
        if any(m.start() > own and m.group(1) != name for m in pattern.finditer(text)):
            return True
        if own >= 0:
            return False
    return False


_PARAGRAPHS = 8  # paragraphs searched back for a body introduced by its kind


def _body_like(entity: Entity) -> bool:
    """May ``entity``, a sentence's subject, be a body: an organisation, a group ("Arsenal
    were"), a name that spoke or acted, or a capitalised name inside a sentence that is
    no person's full name; not a person, nor a plural for people ("Fans")?"""
    if entity.kind == "person" or not entity.name[:1].isupper() or (
        entity.name.lower() in job_lex.PERSON_PLURALS
    ):
        return False
    return entity.kind == "org" or entity.no_person or entity.speaks or entity.acts or (
        entity.inside and not person_shaped(entity.name)
    )


_NO_NAME_START = lexicon.NOT_NAME_START | lexicon.SENTENCE_OPENERS | lexicon.words(
    "the a an former ex")


def see_job_bodies(registry, run_entity, text: str, start: int, end: int, where) -> None:
    """Register, with a sighting, each body named as a job's modifier in the skimmed
    sentence ``text[start:end]`` (paragraph and sentence ``where``), which is otherwise
    read for people's full names only; ``run_entity(run)`` gives a run's entity. The jobs
    are found first, then the name before each (the fast way over long text)."""
    for job in _JOB_AFTER.finditer(text, start, end):
        floor = max(start, job.start() - _NAME_REACH)
        name = _NAME_BEFORE.search(text, floor, job.start())
        if name is not None:
            see_job_body(registry, run_entity, text, name.start(1), (*where, name.start(1)))


_NAME_REACH = 80  # characters before a job searched for the name that qualifies it
_NAME_BEFORE = re.compile(rf"\b((?:{_NAME} ){{0,2}}{_NAME})$")


def see_job_body(registry, run_entity, text: str, at: int, position) -> None:
    """Register the body named as a job's modifier at ``at`` of ``text`` ("Acme" of
    "Acme chief executive Jo Bright"), seen at ``position``; nothing if none is there."""
    match = JOB_MODIFIER.match(text, at)
    if match is None:
        return
    words = match.group(1).split(" ")
    while words and words[0].lower() in _NO_NAME_START:
        words.pop(0)
    entity = run_entity(" ".join(words))[0] if words else None
    if entity is None:
        return
    learn_body_kind(entity, text, match.end(1))
    if entity.kind != "person" and entity.role == body_kind_after(text, match.end(1)):
        registry.see(entity, position, False, False)
