"""What a description or a name says of who it may be: the countries it names
("Ukraine's defense minister"), its owner ("the prime minister's spokesman"), whether
it names an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from warreader.index.quotes import cue_lex, job_lex, lexicon, ministers, name_lex, org_lex
from warreader.index.quotes.antecedents import learn_reference, referred_person
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.phrases import OWNER_PRONOUNS
from warreader.index.quotes.short_titles import written_out
from warreader.index.quotes.topics import country_like


def named_organisation(mention) -> bool:
    """ "the Clinton campaign": a definite organisation noun after a capitalised name
    that is no nationality or place adjective ("the Russian ministry" is not one)."""
    words = mention.text.split()
    if len(words) < 3 or words[0].lower() != "the" or mention.head not in org_lex.ORG_NOUNS:
        return False
    if mention.head in job_lex.PERSON_NOUNS:
        return False
    modifiers = words[1:-1]
    return any(
        w[:1].isupper() and w.lower() not in job_lex.NATIONALITIES and not named_places(w)
        for w in modifiers
    )


_NATIONALITY_ENDINGS = ("ian", "ish", "ese", "an", "i")


def named_places(text: str) -> frozenset[str]:
    """The countries a description names, as 4-letter stems: "Ukraine's defense minister"
    -> {"ukra"}, "Russian Defense Minister" -> {"russ"}."""
    found = set()
    for word in text.split():
        bare = word.removesuffix("'s").removesuffix("’s")
        if word[:1].isupper() and (bare != word or bare.lower().endswith(_NATIONALITY_ENDINGS)):
            low = bare.lower()
            if len(low) > 3 and low not in name_lex.TITLES and (
                low not in job_lex.PERSON_NOUNS or low in job_lex.NATIONALITIES
            ):
                found.add(low[:4])
    return frozenset(found)


def places_clash(places: frozenset[str], role: str) -> bool:
    """Does a role name other countries than a description does ("Russian Defense
    Minister" for "Ukraine's defense minister")? A continent's word is no country's: "the
    European champion" may be the British runner."""
    places = places - _CONTINENTS
    if not places or not role:
        return False
    theirs = named_places(role) - _CONTINENTS
    return bool(theirs) and places.isdisjoint(theirs)


# The 4-letter stems of continents' and regions' words (see :func:`named_places`).
_CONTINENTS = frozenset(("euro", "afri", "asia", "west", "arab", "nord", "scan", "lati"))


def owner_word(description: str) -> str:
    """The last word of a description's owner, lower case: "the prime minister's
    official spokesman" -> "minister", "his former adviser" -> "his"; "" when nobody
    owns it."""
    words = description.split()
    if words[0].lower() in OWNER_PRONOUNS:
        return words[0].lower()  # nobody's role names "his": the owner's aide is another
    for word in words[:-1]:
        if word.endswith(("'s", "’s")):
            return word[:-2].lower()
    return ""


def spoken_for(description: str) -> str:
    """Whom a spokesperson named by a capitalised word speaks for, lower case: "the Acme
    spokeswoman" -> "acme" (Acme's, never another body's spokesman); "" otherwise."""
    words = description.split()
    if len(words) > 2 and words[-1].lower() in job_lex.SPOKES and words[0].lower() == "the":
        for word in reversed(words[1:-1]):
            titled = word.lower() in name_lex.TITLES
            if word[:1].isupper() and not named_places(word) and not titled:
                return word.lower()
    return ""


def not_owned_by(owner: str, head: str, entity: Entity, description: str = "") -> bool:
    """Is ``entity`` someone other than the owner's ``head`` ("his son", "the rapper's
    spokesman")? Yes unless its role names the owner, or for "his"/"her"/"their" the job;
    a country's possessive is named by its nationality's word too, when the role holds
    every other word of the ``description`` ("Ukraine's foreign minister" is "Ukrainian
    Foreign Minister Dmytro Kuleba", never "Ukraine's defence minister")."""
    if not owner:
        return False
    role = entity.role.lower()
    if owner in OWNER_PRONOUNS:
        return head not in role  # "his son" is "Stephen" whose role is "Nogar's son"
    if entity.kind == "person" and owner == entity.name.lower().rsplit(" ", 1)[-1]:
        return True  # "Sanders's campaign manager" is never Sanders himself
    if owner[:4] in named_places(entity.role) and country_like(owner):
        _, _, owned = description.rpartition("'s " if "'s " in description else "’s ")
        return not role_holds(owned, head, entity.role)
    return owner not in f"{role} {entity.name.lower()}"


# Words that make an office another one: "the shadow chancellor" is not the chancellor,
# "the deputy prime minister" not the prime minister, "the former home secretary" not the
# home secretary ("ex-" is "former"), "the vice president" not the president.
_QUALIFIERS = lexicon.words("shadow deputy former vice lieutenant")
# A lieutenant general or colonel is "the general" or "the colonel" in news; a
# lieutenant governor is never "the governor".
_RANKS = lexicon.words("general colonel commander")


def _qualifiers(words: list[str], head: str) -> frozenset[str] | None:
    """The office qualifiers among the three words before the last ``head`` of ``words``
    (lower case), "ex-" read as "former"; None when ``head`` is not among them."""
    lows: list[str] = []
    for word in words:
        low = word.lower().strip(",.;:()")
        if low.startswith("ex-") and len(low) > 3:
            lows += ["former", low[3:]]
        else:
            lows += low.replace("-", " ").split() if low.startswith("vice-") else [low]
    if head not in lows:
        return None
    at = len(lows) - 1 - lows[::-1].index(head)
    return frozenset(
        w for w in lows[max(0, at - 3) : at]
        if w in _QUALIFIERS and not (w == "lieutenant" and head in _RANKS)
    )


def qualifier_clash(description: str, head: str, role: str) -> bool:
    """Does ``role`` hold the description's office with other qualifiers ("Shadow
    chancellor" for "the chancellor", "Chancellor" for "the shadow chancellor", "Deputy
    Prime Minister" for "the prime minister", "Lt. Gov." for "the governor")? False when
    either is silent on the office."""
    if not role:
        return False
    if ministers.portfolio_clash(description, head, role):
        return True  # "the health minister" for "Home Secretary"
    mine = _qualifiers(description.split(), head)
    theirs = _qualifiers(written_out(role).split(), head)  # "Lt. Gov.": lieutenant governor
    return mine is not None and theirs is not None and mine != theirs


_ROLE_SPLIT = re.compile(r"[\s,.;:()'’-]+")


def role_holds(description: str, head: str, role: str) -> bool:
    """Does ``role`` hold every word of the description up to its head, the head among
    them ("Tory leader" for "the Tory leader", "Chancellor" for "the chancellor"), the
    article and possessive pronouns aside?"""
    if not role:
        return False
    theirs = {  # not an owner's words: "The actor's friend" holds no "actor"
        w for w in _ROLE_SPLIT.split(" ".join(
            word for word in role.lower().split() if not word.endswith(("'s", "’s", "s'"))
        ))
    }
    mine = [w for w in _ROLE_SPLIT.split(description.lower()) if w and w not in _NOT_ROLE]
    return head in theirs and bool(mine) and all(w in theirs for w in mine)


def nearest_or_title_holder(
    registry: Registry,
    mention,
    description: str,
    position,
    avoid: Callable[[Entity], bool],
) -> Entity | None:
    """The antecedent of a description (``mention``, its words up to its head
    ``description``) by rank within four paragraphs, unless another person seen in the
    sentence where that one was last seen has a role that, its short titles written out,
    holds the description while the nearer one's does not ("Ed Vale met Gov. Ann Pike.
    "...," the governor said": in one sentence the person the role names outranks the
    subject). Not for an owned description ("Vale's governor"); a holder seen only in
    another sentence never outranks the nearer one ("Sen. Ann Pike spoke. Ed Vale left.
    "...," the senator said" may be Vale, whose office the article never gave); two
    holders in the sentence leave the nearer one."""
    head = mention.head
    past = ministers.former_office(description, head)  # "the former chancellor"
    nearest = registry.antecedent(head, position, window=4, avoid=avoid, past=past)
    if nearest is not None and head == "minister" and ministers.ministerial(nearest.role.lower()):
        return _minister_by_title(registry, nearest, description, position, avoid, past)
    if nearest is None or not referred_person(nearest, head) or owner_word(
        description
    ) or role_holds(description, head, written_out(nearest.role)):
        return nearest
    seen = registry.sightings.last_before(position, _SENTENCE_LOOK_BACK)
    sentence = max((s.position[:2] for s in seen if s.entity is nearest), default=None)
    holders = {
        id(s.entity): s.entity for s in seen
        if s.position[:2] == sentence and s.entity is not nearest and s.entity.kind == "person"
        and s.entity.role and not avoid(s.entity)
        and role_holds(description, head, written_out(s.entity.role))
    }
    return next(iter(holders.values())) if len(holders) == 1 else nearest


def _minister_by_title(
    registry: Registry, secretary: Entity, description: str, position,
    avoid: Callable[[Entity], bool], past: bool,
) -> Entity | None:
    """For "the minister" whose nearest antecedent holds a minister's office without the
    word ("Foreign Secretary Ann Colley"): a minister by title in reach whose role holds
    the description's words outranks her ("... met Ukraine's foreign minister, Dmytro
    Kuleba"); another such secretary, or a person of no known role in her sentence,
    leaves it open ("Home Secretary Tom Varley met Health Secretary Ann Colley")."""
    other = registry.antecedent(
        "minister", position, window=4, avoid=lambda e: e is secretary or avoid(e), past=past
    )
    if other is None or other.kind != "person":
        return secretary
    role = other.role.lower()
    if "minister" in _ROLE_SPLIT.split(role):
        return other if role_holds(description, "minister", role) else secretary
    if ministers.ministerial(role):
        return None
    if role:
        return secretary
    seen = registry.sightings.last_before(position, _SENTENCE_LOOK_BACK)
    hers = max((s.position[:2] for s in seen if s.entity is secretary), default=None)
    return None if any(s.entity is other and s.position[:2] == hers for s in seen) else secretary


_SENTENCE_LOOK_BACK = 24  # sightings: more than any one sentence holds


_NOT_ROLE = lexicon.words("the a an this that his her their its")
_DOCUMENT_DETERMINERS = lexicon.words("the a an its this that their new latest")


def named_document_owner(tokens, top: int, head: str, reach: int) -> list | None:
    """ "the report said" after "a World Bank report", "the ADB report", "Chelsea's
    statement": the words of the name that owns the last such document written before
    token ``top`` (within ``reach`` tokens), else None. The name must follow a determiner
    or be a possessive, so that a sentence-opening word before a verb ("Firms report")
    is no owner."""
    for i in range(top - 1, max(0, top - reach), -1):
        if tokens[i].kind != "w" or tokens[i].lower != head or tokens[i].capitalised:
            continue
        k = i
        while k > 0 and tokens[k - 1].kind == "w" and tokens[k - 1].capitalised and i - k < 6:
            if tokens[k - 1].lower in _DOCUMENT_DETERMINERS:
                break  # "An IMF statement said" opening a sentence: "An" is no name word
            k -= 1
            if tokens[k].possessive:
                break
        words = tokens[k:i]
        if not words or any(t.possessive for t in words[:-1]):
            continue
        opened = k > 0 and tokens[k - 1].kind == "w" and tokens[k - 1].lower in (
            _DOCUMENT_DETERMINERS
        )
        if opened or words[-1].possessive:
            return words
    return None


_SUBJECT_JOBS = lexicon.words(
    "president minister secretary chancellor chairman chairwoman spokesman spokeswoman "
    "manager coach boss executive director governor senator mayor leader ambassador envoy "
    "premier commander prosecutor judge striker midfielder defender goalkeeper captain "
    "singer actor actress star economist analyst"
)


def see_described_subject(registry, words: list[str], opens: bool, nxt: str, position) -> None:
    """ "The Planning Minister did not rule it out.": a definite description of a job
    (``words``, lower case) opening its sentence (``opens``) before a verb (``nxt``, the
    next word) is a subject sighting of the person it refers to, who stays the topic a
    later "he" names: the latest person the job fits. Its twin
    :func:`warreader.index.quotes.described_sightings.see_opening` reads any person noun
    ("The Swiss star hit back") and takes the subject of the sentence before instead."""
    if not opens or len(words) < 2 or words[0] != "the" or words[-1] not in _SUBJECT_JOBS:
        return
    if not nxt.islower() or nxt in cue_lex.CUE_VERBS or nxt in POSTMODIFIER_OPENERS:
        return  # "The minister said" is an event of its own; "The minister of ..." no verb
    entity = registry.antecedent(words[-1], position, window=4)
    if entity is not None and referred_person(entity, words[-1]):
        learn_reference(entity, words[-1])
        registry.see(entity, position, True, False)


POSTMODIFIER_OPENERS = lexicon.words("of for at in on to with from by and or who whose which that")
"""Words that open a postmodifier ("the head of ...") or a relative clause after a noun:
no verb follows the noun there."""


