"""People whose given names the list does not hold: what the text says of them.

The list of given names (``data/first_names.tsv``) tells a person from a place or a body
and gives a gender, but war coverage and wire copy are full of names no list holds
("Tavo Brindle", a Ukrainian officer, a Nigerian minister). Where the list is silent the
grammar decides: a capitalised name of two or three words, shaped like a person's, that
stands as its sentence's subject may be the "he", "she" or "the champion" that follows
(:func:`fits`, with unknown gender, so either pronoun fits); a title before the
name's last two words makes it an office-holder's (:func:`titled`); a job in
apposition before a comma is read at its head noun (:func:`phrase_head`: "computer
specialist at the agency, Tavo Brindle," is a specialist); "the director is Tavo Brindle"
and "Tavo Brindle, who ..." are people's (:func:`learn_unlisted`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.countries import COUNTRY
from warreader.index.quotes.topics import opens_paragraph_topic

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Position, Sighting

PENALTY = 4  # an unlisted name ranks below anyone the words name as a person


def fits(sighting: Sighting, head: str, elsewhere: bool | str = True) -> bool:
    """May a "he", "she" or a description of a person ("the double Olympic champion")
    refer to the entity of ``sighting``, a name of no known kind that the list of given
    names cannot vouch for ("Tavo Brindle downloaded it")? Yes when the text makes it a
    person's name: two or three capitalised words, no organisation's shape, never seen as
    a place, a group or a thing ("a Visual Radio handset"), standing as a subject.
    ``elsewhere``: True when the name stands in an earlier sentence than the pronoun, else
    the pronoun's topic (see ``Registry.antecedent``): in a quotation speaker's own
    sentence ("speaker") the name is more likely what was said of ("Orvek Brannoc is "a
    ghost town," he said"). Gender stays unknown unless the text gave it, so it fits either
    pronoun."""
    entity = sighting.entity
    if elsewhere == "speaker" or not elsewhere:
        return False  # in a quotation's own sentence, what was said of: see above
    if entity.kind != "unknown" or entity.no_person or entity.modifier or not sighting.subject:
        return False
    if head not in ("he", "she") and head not in job_lex.PERSON_NOUNS:
        return False
    want = head_gender(head)
    if want and entity.gender and want != entity.gender:
        return False
    return person_shaped(entity.name)


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?")


@lru_cache(maxsize=65536)
def person_shaped(name: str) -> bool:
    """Is ``name`` shaped like a person's full name: two or three capitalised words of
    letters (a hyphen or apostrophe inside one), none an organisation's or a title's
    word, no nationality or place word first ("Australian Open", "West End")?"""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    lows = [w.lower() for w in words]
    return not (
        org_lex.looks_like_org(name)
        or any(w in name_lex.TITLES or w in job_lex.PERSON_NOUNS for w in lows)
        or lows[0] in job_lex.NATIONALITIES
        or lows[0] in _WEEKDAYS  # "On Monday Ann Ode ...": the day is no part of her name
        or place_shaped(name)
    )


def place_shaped(name: str) -> bool:
    """Do the first or last word of ``name`` make it a place's ("Port Talbot", "Nova
    Kakhovka", "Kherson Oblast", "Love Island"), never a person's?"""
    words = name.lower().split()
    return len(words) > 1 and (words[0] in _PLACE_FIRST_WORDS or words[-1] in _PLACE_LAST_WORDS)


def seat_shaped(name: str) -> bool:
    """Is ``name`` a place that a body sits in and is named by ("Downing Street", "Scotland
    Yard", "Lambeth Palace"): two or three capitalised words, the last a street's, a yard's
    or a palace's? Such a name, read as a person's when it speaks with no given name the
    list holds, may still be an "it" (``Entity.fits``): "Downing Street said ... It added";
    it stays a "he" or "she" too ("Picabo Street said ... She added")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and (
        words[-1].lower() in _SEAT_WORDS
    )


_SEAT_WORDS = lexicon.words("street yard palace")
_WEEKDAYS = lexicon.words("monday tuesday wednesday thursday friday saturday sunday")
# First words of places' names ("West Bromwich", "New Jersey", "Port Talbot", "Nova
# Kakhovka", "Kryvyi Rih", "Tel Aviv"); not words that open people's names too ("Hong",
# "Sri", "Abu", "Al", "El").
_PLACE_FIRST_WORDS = lexicon.words(
    "north south east west northern southern eastern western central new san santa los las "
    "saint st port fort mount lake cape upper lower great little old royal "
    "nova novo nove velyka velyki mala malyi stara staryi kryvyi tel costa puerto kuala"
)
# Last words of places' names ("Kherson Oblast", "Ramstein Air Base"); not "Hill" or
# "Field", which end people's names too.
_PLACE_LAST_WORDS = lexicon.words(
    "oblast region province district county island islands valley street avenue airport "
    "base square bridge sea strait gulf peninsula"
)


def settled(best: Sighting | None, salience: float, position: Position) -> bool:
    """Does the search for an antecedent stop at the sentence before ``best``'s (at
    ``position``)? Yes unless only an unlisted name (``salience`` below 0) fits in the
    latest sentence: then earlier sentences of its paragraph are read on, and a person
    named there outranks it ("Joe Biden met his advisers. Tel Aviv has rejected the
    plan. "It cannot work," he said": Biden), as anyone named in its own sentence would,
    unless the text gave the name a job or a gender ("Tavo Brindle, head of research,")."""
    return best is None or salience >= 0 or position[0] != best.position[0] or bool(
        best.entity.role or best.entity.gender
    )


def outranks(
    sighting: Sighting, salience: float, best: Sighting | None, best_salience: float
) -> bool:
    """Does ``sighting`` (of ``salience``) replace ``best`` as an antecedent? In ``best``'s
    own sentence when more salient, or as salient and earlier; in an earlier sentence
    (read on past an unlisted name, see :func:`settled`) only when the words name it a
    person."""
    if best is None:
        return True
    if sighting.position[:2] != best.position[:2]:
        return salience >= 0 and salience > best_salience
    return salience > best_salience or (
        salience == best_salience and sighting.position < best.position
    )


def titled(tokens: list[str]) -> bool:
    """Does a title end the words before a name's last two, which are shaped like a
    person's ("Supreme Court Justice Tavo Brindle", "Foreign Minister Ilse Varkaus"),
    whatever the list of given names knows of the first of them?"""
    if len(tokens) < 3:
        return False
    title = tokens[-3].lower().rstrip(".")
    return (title in name_lex.TITLES or title in job_lex.PERSON_NOUNS) and person_shaped(
        " ".join(tokens[-2:])
    )


def topic_over(
    seen: list[Sighting],
    best: Sighting | None,
    salience: float,
    position: Position,
    topic: str,
    head: str,
    avoid: Callable[[Entity], bool] | None,
) -> Sighting | None:
    """When only an unlisted name (``best``, ``salience`` below 0) fits in the latest
    sentence, a name of no known kind opening an earlier sentence of the paragraph (its
    topic, see :func:`opens_paragraph_topic`) still outranks it, as it would have with no
    unlisted name there ("Mira Tal left ... Ivo Brandt, the deputy chief, said Tal would
    go back, where she holds a passport": Tal)."""
    if best is None or salience >= 0 or not topic:
        return best
    for sighting in reversed(seen):
        if sighting.position[0] != position[0]:
            break
        if sighting.position[:2] >= best.position[:2]:
            continue
        if opens_paragraph_topic(head, sighting, position, topic) and not (
            avoid is not None and avoid(sighting.entity)
        ):
            return sighting
    return best


def head_gender(head: str) -> str:
    """The gender a pronoun or a person's noun gives its antecedent ("he": "m")."""
    return {"he": "m", "she": "f"}.get(head) or job_lex.PERSON_NOUNS.get(head, "")


def phrase_head(words: list[str]) -> str:
    """The head noun of the phrase that ``words`` (lower case) end: their last word, or the
    word before a preposition among the last six ("computer specialist at the agency" is a
    specialist, "the chairman of the club" a chairman), so that a name in apposition to
    it ("..., Tavo Brindle,") is not taken for the body the preposition governs."""
    tail = words[-6:]
    for n in range(len(tail) - 1, 0, -1):
        if tail[n] in _PREPOSITIONS and tail[n - 1].isalpha():
            return tail[n - 1]
        if not tail[n].replace("-", "").replace("'", "").isalpha():
            break
    return words[-1] if words else ""


_PREPOSITIONS = frozenset(("of", "at", "for", "in", "with", "from", "to", "on"))
_COPULAS = frozenset(("is", "was"))
# Words before a thing's name, never a person's: "a Visual Radio handset", "their Harbour
# Cup hopes".
# Not "that", which opens a clause as often ("confirmed that Tavo Brindle would").
_THING_WORDS = lexicon.words("a an the their its our my your his her this these those")


def learn_unlisted(entity: Entity, tokens, j: int, end: int) -> None:
    """What the words around a closely read name ``tokens[j:end]`` of no known kind say of
    it: after an article or a number it names a thing ("a Visual Radio handset"); after
    a job and "is" ("the musical's director is Tavo Brindle") or before ", who" ("Tavo
    Brindle, who plays a witch,") a person."""
    if j and (tokens[j - 1].lower in _THING_WORDS or tokens[j - 1].text.isdigit()):
        entity.modifier = True
    if entity.kind == "unknown" and place_shaped(entity.name):
        entity.no_person = True  # "Kryvyi Rih came under shelling"
    if not entity.gender and entity.kind != "org":
        entity.gender = reflexive_gender(tokens, end).strip("np")
    if entity.kind != "unknown":
        return
    if reflexive_gender(tokens, end) in _NO_PERSON:
        entity.no_person = True  # "Marrow Banks prided themselves", "... has made itself"
        return
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower == "who" and (
        person_shaped(entity.name)
    ):
        entity.kind = "person"
    if j > 1 and tokens[j - 1].lower in _COPULAS and tokens[j - 2].lower in job_lex.PERSON_NOUNS:
        entity.kind = "person"
        entity.gender = entity.gender or job_lex.PERSON_NOUNS[tokens[j - 2].lower]


def named_after_noun(entity: Entity, noun: str) -> None:
    """A name in apposition to a noun for a person ("Pike's wife, Greta,", "his
    campaign manager, Weaver,") is a person's, of the noun's gender if it has one."""
    if noun in job_lex.PERSON_NOUNS:
        entity.kind = "person"
        entity.gender = entity.gender or job_lex.PERSON_NOUNS[noun]
    elif noun in TITLED_KINDS and entity.kind == "unknown" and not entity.role:
        entity.kind, entity.role = "org", noun  # "US magazine Mobile PC": "the magazine"


# Nouns naming the kind of body whose name follows them ("broadcaster ITV", "media
# watchdog Free Press", "discount phone firm OneTel"): the name is a body's, of that kind.
# Not "paper" or "network" ("the paper Hale signed"), nor "party", "team", "club",
# "campaign" or "government" ("the party Hale leads").
TITLED_KINDS = lexicon.words(
    "magazine newspaper daily weekly tabloid broadsheet journal website broadcaster channel "
    "firm company group watchdog regulator agency organisation organization charity "
    "association federation institute bank lender insurer airline carrier retailer maker "
    "manufacturer operator conglomerate corporation studio label"
)


def reflexive_gender(tokens, end: int) -> str:
    """The gender a reflexive in the name's own clause gives it ("Tavo Brindle defended
    himself", "Brindle had cast herself as ..."; "n" for "itself", "p" for "themselves":
    no one person): a reflexive is bound by its clause's subject, which the name is when
    a lower-case word (its verb) follows it. A comma, another capitalised word or a
    clause's conjunction first: "" (no binding known)."""
    if end >= len(tokens) or tokens[end].kind != "w" or tokens[end].capitalised:
        return ""
    for k, token in enumerate(tokens[end + 1 : end + _REFLEXIVE_REACH]):
        if token.lower in _REFLEXIVES:
            gender = _REFLEXIVES[token.lower]
            return "" if gender in _NO_PERSON and k > _NO_PERSON_REACH else gender
        if token.kind != "w" or token.capitalised or token.lower in _CLAUSE_WORDS:
            return ""
    return ""


_REFLEXIVES = {"himself": "m", "herself": "f", "itself": "n", "themselves": "p"}
_NO_PERSON = ("n", "p")  # the reflexives no one person binds
_REFLEXIVE_REACH = 6  # words after the name's verb searched for its reflexive
# "itself"/"themselves" bind the name only right after its verb or an auxiliary and its
# verb ("prided themselves", "has made itself"): further on, an object may bind them
# ("watched the recruits prove themselves").
_NO_PERSON_REACH = 1
_CLAUSE_WORDS = lexicon.words("that who which and but or because while when if as to")
# The same in plain text: the name's verb and at most four more lower-case words in its
# clause, then the reflexive.
_REFLEXIVE_AFTER = re.compile(
    r" (?:(?!(?:that|who|which|and|but|or|because|while|when|if|as|to) )[a-z]+ ){1,5}"
    r"(himself|herself|itself|themselves)\b"
)


def glance_unlisted(entity: Entity, text: str, start: int, at: int, stop: int) -> None:
    """What the words around a glanced name ``text[at:stop]`` (its sentence from
    ``start``) say of it: after an article or a number, or before a hyphen, it names a
    thing ("a Visual Radio handset", "Visual Radio-enabled"); in apposition after a noun
    for a person ("computer specialist at the agency, Tavo Brindle,") or after a job and
    "is" ("the musical's director is Tavo Brindle"), a person."""
    found = _REFLEXIVE_AFTER.match(text, stop)
    gender = _REFLEXIVES[found.group(1)] if found else ""
    if gender in _NO_PERSON and found.group().count(" ") > _NO_PERSON_REACH + 2:
        gender = ""  # "watched the recruits prove themselves": the recruits
    if not entity.gender and entity.kind != "org" and gender not in _NO_PERSON:
        entity.gender = gender  # "Tavo Brindle defended himself"
    if entity.kind == "unknown" and gender in _NO_PERSON:
        entity.no_person = True  # "Marrow Banks prided themselves", "... has made itself"
    before = text[max(start, at - _NEAR) : at].split()
    if entity.kind == "unknown" and place_shaped(entity.name):
        entity.no_person = True  # "Kryvyi Rih came under shelling"
    if before and (before[-1].lower() in _THING_WORDS or before[-1].isdigit()) or (
        text[stop : stop + 1] == "-"
    ):
        entity.modifier = True
    if entity.kind == "unknown" and len(before) > 1 and before[-1] in _COPULAS and (
        before[-2].lower() in job_lex.PERSON_NOUNS
    ):  # "the musical's director is Tavo Brindle"
        entity.kind = "person"
        entity.gender = entity.gender or job_lex.PERSON_NOUNS[before[-2].lower()]
    if entity.kind == "unknown" and text[at - 2 : at] == ", " and text[stop : stop + 1] in ",.":
        named_after_noun(entity, kin_head(text[max(start, at - _NEAR) : at - 2].lower().split()))
    elif entity.kind == "unknown" and (kin := _KIN_AFTER.match(text, stop)) and kin_owned(
        kin.group(1).split()[-1].lower(), kin.group(2).lower(), entity.name
    ):
        named_after_noun(entity, kin.group(2).lower())  # "Melania, his wife."


_KIN_AFTER = re.compile(  # "Melania, his wife.", "Heidi, his wife of 15 years,"
    r", (his|her|their|(?:[A-Z][a-z]+ )?[A-Z][a-z]+['\u2019]s) (?:(?:first|second|third|"
    r"late|former|new|ex|estranged|eldest|youngest|elder|younger|older|oldest|longtime|"
    r"teenage|only|beloved) )?([a-z-]+)"
    r"(?: of (?:(?:more than|almost|nearly|over|some) )?(?:\d+|[a-z]+) (?:years|decades|months))?"
    r"(?=[,.])"
)
POSSESSIVES = lexicon.words("his her their")


def kin_head(words: list[str]) -> str:
    """The noun a name in apposition stands for: "(arrived with) his wife", "his third
    wife", "Hale's wife", "his wife of 11 years" are a wife, whatever preposition comes
    before the owner; else the phrase's head."""
    words = without_span(words)
    for back in (2, 3):
        if len(words) >= back and words[-1] in job_lex.PERSON_NOUNS and owner_word(
            words[-back]
        ) and all(w in KIN_ADJECTIVES for w in words[1 - back : -1]) and kin_owned(
            words[-back], words[-1]
        ):
            return words[-1]
    return phrase_head(words)


def owner_word(word: str) -> bool:
    """Is ``word`` (lower case) a possessive: "his", "her", "their", "hale's"?"""
    return word in POSSESSIVES or word.endswith(("'s", "\u2019s"))


def without_span(words: list[str]) -> list[str]:
    """``words`` without a span of time ending them ("his wife of 11 years" -> "his wife")."""
    if not words or words[-1] not in SPANS:
        return words
    for n in range(len(words) - 2, max(0, len(words) - 6), -1):
        if words[n] == "of":
            between = words[n + 1 : -1]
            if between and all(w in SPAN_WORDS or w.isdigit() for w in between):
                return words[:n]
            break
    return words


SPANS = lexicon.words("years decades months")  # "his wife of 15 years"
SPAN_WORDS = lexicon.words(
    "more than almost nearly over two three four five six seven eight nine ten eleven "
    "twelve twenty thirty forty fifty sixty some many"
)
# Words between an owner and a kin noun ("his third wife", "her late husband").
KIN_ADJECTIVES = lexicon.words(
    "first second third fourth late former new ex estranged eldest youngest elder younger "
    "older oldest longtime teenage only beloved"
)
# Kin nouns proper: the only nouns a NAME's possessive may own in an apposition that makes
# the named one a person ("Oriane, Tom Hale's wife,"); "Airbus, Boeing's rival," and
# "Russia, Ukraine's ally," name a firm and a country (review revM27 F4).
KIN_NOUNS = lexicon.words(
    "wife husband son daughter mother father brother sister partner widow widower fiance "
    "fiancee girlfriend boyfriend grandson granddaughter grandmother grandfather niece "
    "nephew aunt uncle cousin stepson stepdaughter stepmother stepfather mum dad spouse "
    "child"
)


def kin_owned(owner: str, noun: str, name: str = "") -> bool:
    """May the owner word ``owner`` ("his", "hale's", lower case) own ``noun`` in an
    apposition that makes ``name`` a person? A name's possessive owns kin only, and a
    country or organisation is nobody's kin."""
    if name and (name.lower() in COUNTRY or org_lex.looks_like_org(name)):
        return False
    return owner in POSSESSIVES or noun in KIN_NOUNS


_NEAR = 80  # characters before a glanced name read for its neighbours
