"""One of a group speaking: ""…," one of them said" after "Two people familiar with the
talks said Moscow was worried" or "Two Western diplomats in Kyiv gave a similar view".
The pronoun of the partitive ("one of them", "some of them", "one of those") refers to a
group, never to a person named in between, and the quotation is the group's, as unnamed
sources are credited: a plural description of people opening the sentence before the
quotation's, in its paragraph, when that sentence names no other group
(:func:`opening_group`, read from the text, since the attributor tokenizes only
sentences with a word of saying). Nobody otherwise: the latest
group registered may be the one acting on the speakers ("Police questioned two men.
"…," one of them said" is one of the men).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import cue_lex, job_lex, lexicon
from warreader.index.quotes.contrast_clauses import past_verb
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.event import Event
from warreader.index.quotes.reading import Para
from warreader.index.quotes.sentences import sentence_bounds

if TYPE_CHECKING:
    from warreader.index.quotes.resolution import Resolution


def partitive_group(stage: Resolution, para: Para, event: Event) -> Entity | None:
    """The group a partitive speaker ("one of them") of ``event`` belongs to; None for any
    other speaker, or when no group opens the sentence before. ``stage`` is the
    attributor, whose registry holds the group (one entity for each wording)."""
    mention = event.mention
    lone = lone_part(mention.text)  # ""…," one said. "…," another added."
    if not lone and (mention.kind != "pronoun" or mention.text.lower() not in ("them", "those")):
        return None
    tokens = para.tokens
    k = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
    if k is None:
        return None
    if lone:  # one of the group, as written: "one of two Clinton aides"
        group = _group_before(para, para.sentence_of[k])
        group = group and f"{mention.text.lower()} of {group}"
    else:  # "one of them said"
        if k < 2 or tokens[k - 1].lower != "of" or tokens[k - 2].lower not in _PARTS or not (
            s := para.sentence_of[k]
        ):
            return None
        start, end = sentence_bounds(para.text, para.spans)[s - 1]
        group = opening_group(para.text[start:end])
    if group is None:
        return None
    return group_entity(stage.registry, group)


def group_entity(registry: Registry, name: str) -> Entity:
    """The article's one group entity called ``name`` among the registry's entities, made
    and added on first use (also ``plural_speakers``' groups). The groups are indexed by
    name as the entity list grows (it only grows, and a group is made as one), so a lookup
    reads only the entities added since the last: linear over an article of many groups."""
    index, entities = registry.groups, registry.entities
    for entity in entities[index.read :]:
        if entity.kind == "group":
            index.by_name.setdefault(entity.name, entity)
    entity = index.by_name.get(name)
    if entity is None:
        entity = index.by_name[name] = Entity(name, "group")
        entities.append(entity)
    index.read = len(entities)
    return entity


_LONE_PARTS = frozenset(("one", "another", "a second", "a third", "a fourth", "a fifth"))


def lone_part(text: str) -> bool:
    """Is a speaker's mention a bare "one", "another" or "a third": one of a group the
    text named before, never a name nor a description of its own?"""
    return text.lower() in _LONE_PARTS


def _group_before(para: Para, s: int) -> str | None:
    """The group opening the sentence before sentence ``s`` of ``para``, passing over
    sentences that open with a quotation ("Two aides were gloomy. "…," one said. "…,"
    another added."): None when that sentence opens with no group, or when there is no
    such sentence in the paragraph."""
    bounds = sentence_bounds(para.text, para.spans)
    for before in range(s - 1, max(-1, s - 4), -1):
        start, end = bounds[before]
        sentence = para.text[start:end].strip()
        if not sentence.startswith(('"', "“")):
            return opening_group(sentence)
    return None


_PARTS = lexicon.words("one some each two three another none several both")
_WORD = re.compile(r"[\w'’-]+|\S")


def opening_group(sentence: str) -> str | None:
    """The plural description of people opening ``sentence``, up to its verb ("Two
    Western diplomats in Kyiv" of "Two Western diplomats in Kyiv gave ..."), its first
    word in lower case unless it is a name's; None if the sentence opens otherwise, or
    names another group of people after its verb ("Police arrested two men")."""
    words = list(_WORD.finditer(sentence.strip()))
    lows = [w.group().lower() for w in words]
    plurals = job_lex.PERSON_PLURALS
    noun = next((i for i, w in enumerate(lows[:_REACH]) if w in plurals), None)
    if noun is None or any(not _is_word(w) for w in lows[:noun]):
        return None
    end = noun + 1
    while end < len(lows) and end - noun <= _REACH and _is_word(lows[end]) and not (
        past_verb(lows[end]) or lows[end] in cue_lex.CUE_VERBS
    ):
        end += 1
    if end - noun > _REACH or end >= len(lows) or not _is_word(lows[end]):
        return None  # no verb in reach: no subject read
    if any(w in plurals or w.endswith(_PEOPLE_ENDINGS) for w in lows[end:]):
        return None  # "Police questioned two men": "one of them" may be of either group
    text = sentence.strip()[words[0].start() : words[end - 1].end()]
    first, _, rest = text.partition(" ")
    if first.lower() in _PARTS or first.lower() in lexicon.DETERMINERS or first.lower() in (
        _QUANTITIES
    ):
        text = f"{first.lower()} {rest}" if rest else first.lower()
    return text


def _is_word(word: str) -> bool:
    return word[0].isalnum()


_PEOPLE_ENDINGS = ("ers", "ians", "ists")  # "the villagers", "civilians", "activists"
_REACH = 6  # words from a sentence's start to its plural noun, and from the noun to the verb
_QUANTITIES = lexicon.words(
    "many few some several dozens hundreds thousands four five six seven eight nine ten"
)
