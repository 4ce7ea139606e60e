"""What the words around a sighted name teach of its entity, for the name reading of
:mod:`warreader.index.quotes.sightings`.

Its role: job words just before the name ("Kremlin spokesman Dmitry Peskov"; in a closely
read sentence kept apart as ``Entity.premodifier``: "beat the billionaire Jim Bell") or
an appositive after it ("Jens Stoltenberg, the chairman of NATO,"). Its kind: a person in
apposition to a job ("Odo Varga, the club chairman,"), a person a job noun qualifies
("radio host Rush Limbaugh"), an organisation by its kind ("Unlock Democracy, the
campaign group,"), a group by a verb no single person takes ("France are").
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.appositives import appositive_role, kind_appositive
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.mentions import build, job_word
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.places import PLACE_PREPOSITIONS as _PLACE_PREPOSITIONS
from warreader.index.quotes.tokens import tokenize
from warreader.index.quotes.unlisted import (
    KIN_ADJECTIVES,
    POSSESSIVES,
    SPAN_WORDS,
    SPANS,
    TITLED_KINDS,
    kin_head,
    kin_owned,
    learn_unlisted,
    named_after_noun,
)


def glance_role(
    registry: Registry, entity: Entity, text: str, start: int, run_start: int, run_end: int,
    end: int,
) -> None:
    """The role ``entity``, glanced at ``text[run_start:run_end]``, carries: "Kremlin
    spokesman Dmitry Peskov" (role words just before the name) or "Jens Stoltenberg,
    the chairman of NATO," (an appositive)."""
    space = run_start - 1
    following = NEXT_WORD.match(text, run_end) if text.startswith(" ", run_end) else None
    if following and following.group(1) in job_lex.PERSON_NOUNS:
        space = start  # "chief Democratic rival": the name qualifies a noun, no role here
    if space > start and text[space] == " ":
        previous = text[text.rfind(" ", start, space) + 1 : space]
        if previous in TITLED_KINDS:  # "by US magazine Mobile PC", "firm OneTel"
            named_after_noun(entity, previous)
        if previous in job_lex.PERSON_NOUNS or (
            previous[:1].isupper() and previous.lower() in name_lex.TITLES
        ):  # "spokesman Dmitry Peskov", "Capt. Mike Kafka"; not "major Russia-Belarus"
            floor = max(start, text.rfind(" ", start, max(start, run_start - 120)) + 1)
            tokens = tokenize(text, [], floor, run_end)
            words = left_phrase(tokens, len(tokens))
            mention = build(words) if words else None
            if mention is not None and mention.kind == "name" and mention.role:
                registry.entity_for(mention)  # learns the role
                return
    after = NEXT_WORD.match(text, run_end) if text.startswith(",", run_end) else None
    described = after and after.group(1)
    if described and (described in lexicon.DETERMINERS or described in job_lex.PERSON_NOUNS):
        tokens = tokenize(text, [], run_end, min(end, run_end + 200))
        role = appositive_role(tokens, 0)
        if not role and entity.kind != "person" and (kind := kind_appositive(tokens, 0)):
            entity.kind, entity.role = "org", kind
        if role:
            entity.role = role
            if described in lexicon.DETERMINERS and not _after_place_preposition(
                text, start, run_start
            ):
                _person_by_role(entity)


NEAR_WORDS = 80  # characters before a glanced name read for the words governing it


def no_person_before(entity: Entity, word: str) -> bool:
    """Is the word after a name a verb no single person's name takes ("France are",
    "Scissor Sisters have")? Then the entity is a group, no person."""
    if word in _PLURAL_VERBS:
        entity.no_person = True
        return True
    return False


_PLURAL_VERBS = frozenset(("are", "were", "have"))


# The next word after spaces and commas (group 1).
NEXT_WORD = re.compile(r"[\s,]*(\w+)")


def learn_from_neighbours(entity: Entity, tokens, j: int, end: int) -> None:
    """What the words around a closely read name ``tokens[j:end]`` say of its kind and
    role: a noun for a person before it or an appositive job after it."""
    nxt = tokens[end] if end < len(tokens) else None
    learn_unlisted(entity, tokens, j, end)  # "the director is Tavo Brindle", "a Visual Radio"
    if (  # "his wife, Greta,"
        entity.kind == "unknown"
        and j > 1
        and tokens[j - 1].text == ","
        and (nxt is None or nxt.text in (",", "."))
    ):
        named_after_noun(entity, kin_head([t.lower for t in tokens[max(0, j - 8) : j - 1]]))
    elif entity.kind == "unknown" and (kin := _kin_after(tokens, end, entity.name)):
        named_after_noun(entity, kin)  # "Melania, his wife,"
    elif entity.kind == "unknown" and j > 0 and tokens[j - 1].kind == "w" and (
        not tokens[j - 1].capitalised
    ):  # "radio host Rush Limbaugh": a name a job noun qualifies
        named_after_noun(entity, tokens[j - 1].lower)
    if not entity.role and entity.kind != "person" and (kind := kind_appositive(tokens, end)):
        entity.kind, entity.role = "org", kind  # "Unlock Democracy, the campaign group,"
    placed = j and tokens[j - 1].lower in _PLACE_PREPOSITIONS  # "In Peru, blogger Ann Roe"
    if not entity.role:
        entity.role = appositive_role(tokens, end)
        if end + 1 < len(tokens) and tokens[end + 1].lower in lexicon.DETERMINERS and not placed:
            _person_by_role(entity)  # "Ann Roe, the party chairman,"
    _premodifier_role(entity, tokens, j, end)  # "the billionaire Jim Bell"


# Lower-case words that may follow a name ending an object phrase: prepositions,
# conjunctions, relative words and adverbs of time.
_AFTER_AN_OBJECT = lexicon.words(
    """
    by from for in on at with to of into over against about after before during since
    until under without near than as and or but nor who whose whom which that when while
    where last this next yesterday today tonight earlier later again too also
    """
)


def _premodifier_role(entity: Entity, tokens, j: int, end: int) -> None:
    """Keep as ``entity.premodifier`` (named by ``tokens[j:end]`` in a closely read
    sentence) the job words before its name ("beat the billionaire Jim Bell", "signed the
    veteran striker Jim Bell"), which :func:`glance_role` makes a glanced name's role: a
    later "the billionaire" may then name him (``noun_holders``; his role, which other
    rules read and the output shows, is left to an apposition), when a lower-case job noun
    stands right before
    the name and the name ends its phrase: a stop, a comma or a word that follows an
    object ("by 300 votes", "from Porto", "last year"), never a verb ("the coach Tom Hale
    had hired", "told the judge Tom Hale was lying": the name opens a clause) nor a noun
    ("the striker Tom Hale camp"); nothing when it has a role already."""
    if entity.role or entity.premodifier or j == 0 or entity.kind == "org":
        return
    before = tokens[j - 1]
    if before.kind != "w" or before.capitalised or not job_word(before.text):
        return
    while end > j + 1 and not tokens[end - 1].capitalised:
        end -= 1  # "Jim Bell for" read as one phrase: the name ends before "for"
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.kind == "w" and not after.capitalised and (
        after.lower not in _AFTER_AN_OBJECT
    ):
        return  # "the coach Tom Hale had hired": the name opens a clause; no role of his
    words = left_phrase(tokens, end)
    mention = build(words) if words else None
    if mention is not None and mention.kind == "name" and mention.role and (
        mention.name.split()[-1:] == entity.name.split()[-1:]
    ):  # the phrase ends on the entity's name, not on another one's
        entity.premodifier = mention.role


def _kin_after(tokens, end: int, name: str) -> str:
    """The kin noun of "his wife," or "her husband." following the name ``name`` ending at
    ``end`` in apposition ("Tom Hale arrived with Melania, his wife.", "Ann, his eldest
    daughter,", "Kim, Tom Hale's former wife,"), or "" (a name's possessive owns kin only,
    not "Airbus, Boeing's rival,": ``unlisted.kin_owned``)."""
    if end + 2 >= len(tokens) or tokens[end].text != ",":
        return ""
    k = end + 1
    if tokens[k].capitalised and not tokens[k].possessive and k + 1 < len(tokens) and (
        tokens[k + 1].possessive and tokens[k + 1].capitalised
    ):
        k += 1  # "Tom Hale's"
    if not (tokens[k].lower in POSSESSIVES or tokens[k].possessive and tokens[k].capitalised):
        return ""
    owner = tokens[k].lower
    k += 1
    if k + 1 < len(tokens) and tokens[k].lower in KIN_ADJECTIVES:
        k += 1  # "his eldest daughter"
    if k >= len(tokens) or tokens[k].lower not in job_lex.PERSON_NOUNS or not kin_owned(
        owner, tokens[k].lower, name
    ):
        return ""
    after = k + 1
    if after == len(tokens) or tokens[after].text in (",", ".") or _of_years(tokens, after):
        return tokens[k].lower
    return ""


def _of_years(tokens, k: int) -> bool:
    """Do "of 15 years" (or "of more than 15 years") and a stop or comma follow a kin
    noun at ``k`` ("Heidi, his wife of 15 years,")?"""
    words = [t.lower for t in tokens[k : k + 6]]
    if words[:1] != ["of"]:
        return False
    for n in range(2, min(len(words), 5)):
        if words[n] in SPANS:
            return all(w in SPAN_WORDS or w.isdigit() for w in words[1:n]) and (
                k + n + 1 == len(tokens) or tokens[k + n + 1].text in (",", ".")
            )
    return False




def _after_place_preposition(text: str, start: int, at: int) -> bool:
    """Does a place preposition come right before the name at ``at`` ("In Peru, ...")?"""
    before = text[max(start, at - NEAR_WORDS) : at].split()
    return bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS


def _person_by_role(entity: Entity) -> None:
    """A name of no known kind in apposition to a job ("Odo Varga, the club
    chairman,") is a person's, of the job's gender if it has one."""
    words = entity.role.lower().split()
    for n, word in enumerate(words):
        if word in _ROLE_PREPOSITIONS:
            words = words[:n]  # "the chairman of the board": the head is "chairman"
            break
    head = words[-1] if words else ""
    if entity.kind == "unknown" and head in job_lex.PERSON_NOUNS:  # not "a German insurer"
        entity.kind = "person"
        entity.gender = entity.gender or job_lex.PERSON_NOUNS[head]


_ROLE_PREPOSITIONS = frozenset(("of", "at", "for", "in", "with", "from", "to", "on"))
