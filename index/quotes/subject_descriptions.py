"""A description that opens the sentence a speaking "it" or "they" follows ("The rebels
took Idlib on Sunday. "...," they said"; "Local officials met in Sumy"; "Russia's army
withdrew from Kherson. "...," it said"): the speaker is that description, never a place
or a thing its predicate names, nor a modifier taken for a name ("Local").

A description subject ("The rebels", "Local officials", "Russia's army") is no sighting,
so the pronoun's search would reach past it to "Idlib" or "Kherson".
:func:`described_opener` gives the description's words instead, only when the entity
found is no person nor a known body (for a "they", a country or a word of the
description may be), is seen in the sentence right before the pronoun's as neither its
opener (but as the description's owner or modifier) nor a speaker, and that sentence
opens with a description (:func:`opening_description`: after a phrase of time, "The", an
owner's name or nothing, up to three modifiers, a plural noun of people for "they" or a
body's noun for "it", then no passive, whose agent may speak: "The firm was criticised
by the watchdog, Ofwax"; for people only one with an agent); for a "they" also when that
entity, a name of no known kind or a country, was seen only in an earlier sentence
(:func:`_described_since`: "The authorities evacuated Kupiansk. The volunteers refused
to leave."). No speaker at all when the noun is joined to another ("The unions and the
government met in London").
A "they" keeps a name that may be a group itself ("met the Taliban", "blamed
Democrats", "fought Hezbollah": the object of a verb of fighting or meeting), never a
country, which is an "it" ("entered the Philippines").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import countries, job_lex, lexicon, org_lex
from warreader.index.quotes.contrast_clauses import past_verb
from warreader.index.quotes.sentences import sentence_bounds

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Position

_ARMED = lexicon.words("rebels militants fighters insurgents separatists authorities")
_PEOPLE = lexicon.words(
    "guards villagers locals civilians families relatives miners marines sailors militiamen "
    "partisans"
)
_GROUPS = (job_lex.PERSON_PLURALS | _ARMED | _PEOPLE) - lexicon.words("people crowd audience")
_BODIES = org_lex.ORG_NOUNS - org_lex.DOCUMENT_NOUNS - lexicon.words(
    "group party band headquarters intelligence research statement paper"
)
_NOUNS = _GROUPS | _BODIES | job_lex.PERSON_NOUNS.keys()  # "met Nato officials"
_JOINS = lexicon.words("and or")
_NOT_MODIFIERS = lexicon.words(
    "a an the and or but nor who which that whose of in on at to for with by from as than "
    "when while after before his her its their our this these those said say told will "
    "would could should may might can must not also"
)
_PARTICIPLES = lexicon.words("armed retired elected displaced detained injured wounded")
_PLACED = r"\b(?:in|at|to|into|from|through|near|across|outside|inside|around) "
# A verb whose object is another side ("fought Hezbollah"), ending right before the name.
_CONTEST = re.compile(
    r"\b(?:fought|battled|clashed with|fought against|met|met with|beat|defeated|ambushed|"
    r"confronted|arrested|detained|negotiated with|talked to|held talks with) (?:the )?$"
)
_STATES = lexicon.words("netherlands") | {"united states", "united kingdom", "us", "uk"}
_AGENT = re.compile(r"\bby\b")  # a passive's agent, who may speak
_BE = lexicon.words("was were is are being")  # a passive may follow
_HAVE = lexicon.words("has have had")  # "has been" too
# A phrase of time or place before the subject ("On Sunday, the rebels ...").
_LEAD = re.compile(
    r"(?:On|In|At|By|Last|Early|Late|Earlier|Later|Overnight|Meanwhile|Yesterday|Today)"
    r"\b[^,.;:\"“”]{0,30}, "
)
# An owner's name opening the subject ("Russia's army", "Ukraine's defence ministry").
_OWNER = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})(['’]s) ")
_WORDS = re.compile(r"([\w-]+)(?: ([\w-]+))?(?: ([\w-]+))?(?: ([\w-]+))?(?: ([\w-]+))?")


def described_instead(stage, mention, where: Position, entity: Entity) -> Entity | None:
    """``entity``, the antecedent found for the pronoun ``mention`` at ``where``, or the
    description that opens the sentence right before (:func:`described_opener`) as an
    entity of its own (``stage.description_entity``); None for a description joined to
    another ("The unions and the government met in London")."""
    words = described_opener(stage, mention.head, where, entity)
    if words == "":
        return None
    return stage.description_entity(mention, name=words) if words else entity


def described_opener(stage, head: str, where: Position, entity: Entity) -> str | None:
    """The description ("the rebels", "the foreign ministry", "Russia's army") that opens
    the sentence right before the pronoun ``head`` at ``where`` (:func:`opening_description`)
    when ``entity``, the antecedent found, is no person and was seen there as no speaker,
    no subject after "but", no opener but the description's owner or modifier; or, for a
    "they", a name of no known kind or a country that never spoke, seen only in an earlier
    sentence and not as its opener unless a country (:func:`_described_since`: "The
    authorities evacuated Kupiansk. The volunteers stayed."; but "Hamas fired rockets. The
    militants ...": Hamas). An organisation only for a "they", when a country
    ("Protesters marched to the embassy of the United States"; a country is an "it") or a
    word of the description ("The Kyiv authorities"). "" when that description is joined
    to another ("The unions and ..."); None otherwise."""
    if head not in ("it", "they") or entity.kind == "person" or (
        entity.kind == "org" and head == "it"
    ):
        return None
    sighting = next(
        (
            s for s in reversed(stage.registry.sightings.last_before(where, 50))
            if s.entity is entity
        ),
        None,
    )
    if sighting is None or sighting.speaker or sighting.coordinate:
        return None
    p, s = sighting.position[:2]
    if p >= len(stage.paras) or where[0] not in (p, p + 1):
        return None
    bounds = sentence_bounds(stage.paragraphs[p], stage.paras[p].spans)
    if s >= len(bounds):
        return None
    start, end = bounds[s]
    text = stage.paragraphs[p][start:end].lstrip()
    if entity.kind == "org" and not (_country(entity.name) or _modifies(entity.name, text)):
        return None  # "Ministers met Unison. '...,' they said": Unison may be they
    if not _right_before(bounds, p, s, where):
        if sighting.opening and not _modifies(entity.name, text) and not (
            head == "they" and _country(entity.name)
        ):
            return None  # "Hamas fired rockets. The militants ...": Hamas
        return _described_since(stage, head, where, entity, (p, s))
    if head == "they" and (_group_name(entity.name, text) or _opponent(entity.name, text)):
        return None
    words = opening_description(text, head)
    if words and sighting.opening and not _modifies(entity.name, text):
        return None  # the name opens the sentence itself, not "Kyiv's ..." as an owner
    return words


def _modifies(name: str, text: str) -> bool:
    """Is ``name`` a word of the description opening the sentence ``text`` ("Russia's
    army", "Local officials": "Local" taken for a name)?"""
    words = opening_description(text, "they") or opening_description(text, "it") or ""
    return name in words.split() or name + "'s" in words or name + "’s" in words


def _described_since(
    stage, head: str, where: Position, entity: Entity, seen: tuple[int, int]
) -> str | None:
    """The description opening the sentence right before the "they" at ``where`` when
    ``entity``, a name of no known kind or a country that never spoke, was last seen (at
    ``seen``, paragraph and sentence) in an earlier sentence of the pronoun's paragraph or
    the one before ("The authorities evacuated Kupiansk. The volunteers stayed. '...,'
    they said": the volunteers, not Kupiansk; "Russia attacked at dawn. The defenders
    held the line": a country is no "they"); "" for a description joined to another. Never
    for an "it": a body's noun may stand for a name ("Regulators fined Brightwater. The
    company will appeal. '...,' it said": Brightwater), people's rarely stand for a town."""
    if head != "they" or entity.speaks or not (
        entity.kind == "unknown" or _country(entity.name)
    ):
        return None
    p, s = where[:2]
    if s == 0:
        if p == 0 or seen[0] not in (p - 1, p) or p - 1 >= len(stage.paras):
            return None
        p, s = p - 1, len(sentence_bounds(stage.paragraphs[p - 1], stage.paras[p - 1].spans))
    if s < 1 or (p, s - 1) <= seen:
        return None
    bounds = sentence_bounds(stage.paragraphs[p], stage.paras[p].spans)
    if s - 1 >= len(bounds):
        return None
    start, end = bounds[s - 1]
    text = stage.paragraphs[p][start:end].lstrip()
    return opening_description(text, head)


def opening_description(text: str, head: str) -> str | None:
    """The description ("the rebels", "Local officials", "Russia's army", "the Ukrainian
    authorities") that opens the sentence ``text`` as its subject, after any phrase of
    time ("On Sunday, the rebels took Idlib"): an article, an owner's name or nothing,
    at most three modifiers and a plural noun of people (``head`` "they") or a body's
    noun ("it"), then its verb; "" when that noun is joined to another ("The unions and
    the government met"); None for any other opening, a body's noun before "was", "is",
    "has been" or a people's before a passive with an agent ("The firm was criticised by
    ...": its agent may speak; not "The players were in tears") or a body "of" a name
    ("The government of Ukraine closed ...": Ukraine may be the "it")."""
    lead = _LEAD.match(text)
    rest = text[lead.end():] if lead else text
    owner = _OWNER.match(rest)
    if rest.startswith(("The ", "the ")):
        first, rest = ["the"], rest[4:]
    elif owner:
        first, rest = [owner.group(1) + owner.group(2)], rest[owner.end():]
    else:
        first = []  # "Local officials met", "Protesters gathered"
    words = _WORDS.match(rest)
    if words is None:
        return None
    words = [w for w in words.groups() if w]
    nouns = _GROUPS if head == "they" else _BODIES
    for n in range(min(len(words) - 1, 4)):
        if words[n].lower() not in nouns or words[n + 1] in nouns:
            continue
        if not all(_modifier(w, nouns, bool(first) or w is words[0]) for w in words[:n]):
            return None  # "The army said rebels ...", "Local Kyiv officials": none read
        if words[n + 1] == "of" and head == "it":
            return None  # "The government of Ukraine closed ...": Ukraine may be it
        if (words[n + 1] in _BE or words[n + 1] in _HAVE and "been" in words[n + 2 :]) and (
            head == "it" or _AGENT.search(rest)
        ):  # "The firm was criticised by the watchdog, Ofwax": Ofwax; "The charity is
            return None  # housed in Bristol": the test of tests/test_quotes_documents_sent
        if words[n + 1] in _JOINS:
            return ""  # "The unions and the government met in London": not London
        if not words[n + 1][:1].islower():
            return None
        return " ".join([*first, *words[: n + 1]])
    return None


def _modifier(word: str, nouns: frozenset[str], capital: bool) -> bool:
    """May ``word`` modify the subject's noun ("local", "pro-Russian", "two", "armed"; a
    capitalised one only where ``capital``: "The Ukrainian authorities") and not be a verb,
    a function word or a noun of ``nouns`` ("The army said rebels ...")?"""
    low = word.lower()
    if low in nouns or low in _NOT_MODIFIERS or word[:1].isupper() and not capital:
        return False
    if past_verb(word) and low not in _PARTICIPLES:
        return False
    return not (low.endswith("s") and not low.endswith(("ss", "us")) and low != "news")


def _country(name: str) -> bool:
    """Is ``name`` a country's ("the Philippines", "the United States"), an "it"?"""
    low = name.lower()
    return countries.COUNTRY.get(low) == low or low in _STATES


def _right_before(bounds: list, p: int, s: int, where: Position) -> bool:
    """Is sentence ``s`` of paragraph ``p`` (of sentences ``bounds``) the one right before
    the pronoun's sentence (before it in its paragraph, or the paragraph's last)?"""
    if where[0] == p:
        return where[1] == s + 1
    return where[0] == p + 1 and where[1] == 0 and s == len(bounds) - 1


def _opponent(name: str, text: str) -> bool:
    """Is ``name`` the object of a verb of fighting, meeting or arresting in ``text``
    ("The Israeli troops fought Hezbollah", "clashed with", "met"): another side, which
    may be the "they" itself, never a place; not a modifier of the object's noun ("met
    Nato officials": the ministers)."""
    at = text.find(name)
    after = text[at + len(name) :].split()[:1] if at >= 0 else []
    if at < 0 or after and after[0].strip(",.;:").lower() in _NOUNS:
        return False
    return _CONTEST.search(text[:at]) is not None


def _group_name(name: str, text: str) -> bool:
    """May ``name``, seen in the sentence ``text``, be a "they" itself: written after
    "the" ("met the Taliban"), or a plural's ending with no place's preposition before
    it ("blamed Democrats"; not "met in Paris", "marched into Brussels")? Never a country,
    which is an "it" ("entered the Philippines", "the Netherlands", "the United States")."""
    if _country(name):
        return False
    if re.search(r"\bthe " + re.escape(name) + r"\b", text):
        return True
    return name.endswith("s") and not re.search(_PLACED + re.escape(name) + r"\b", text)

