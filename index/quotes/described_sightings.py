"""A sentence opening on a description of a person ("The Swiss star hit back", "The
seventh seed, who ..., is looking forward") or of an organisation ("The company also
unveiled plans") is about the one the article is about:
the subject of the latest sentence before it whom the description fits. That
person is the sentence's subject, so a "he" or "she" after it goes to that person rather
than to someone the sentence names as an object ("... to meet Roddick in the last eight").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex
from warreader.index.quotes.antecedents import role_matches
from warreader.index.quotes.contrast_clauses import past_verb
from warreader.index.quotes.descriptions import POSTMODIFIER_OPENERS
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.mentions import PARTY_MEMBERS
from warreader.index.quotes.noun_holders import sole_holder
from warreader.index.quotes.tokens import Token, tokenize

if TYPE_CHECKING:
    from warreader.index.quotes.reading import Para

_REACH = 5  # words after "The" searched for the description's head noun
_LOOK_BACK = 40  # sightings searched for the person a description refers to
_PARAGRAPHS = 1  # ... in its paragraph or the one before
_NOT_A_VERB = POSTMODIFIER_OPENERS | lexicon.words("are were have")
# ... or a plural verb follows: the description is of one person ("The players were")
# Person nouns as often adjectives ("The American had", "The European states"): a verb
# must show that they stand for a person.
_ADJECTIVE_LIKE = (
    {w for w in job_lex.NATIONALITIES if not w.endswith(("man", "woman"))}
    - lexicon.words("scot briton kiwi spaniard pole turk dane swede finn croat serb icelander")
) | {"international", "official", "senior", "executive", "general", "independent"}
_AUXILIARIES = frozenset(
    ("was", "is", "has", "had", "will", "would", "could", "can", "may", "might", "must",
     "should", "did", "does", "came", "went", "made", "took", "got", "gave", "won", "lost")
)
_NOT_A_MODIFIER = _NOT_A_VERB | lexicon.DETERMINERS | {"his", "her", "its", "their"}
# Organisations described the same way ("The company also unveiled plans"): the latest
# organisation that was a sentence's subject stays the topic a later "it" names.
_ORG_HEADS = lexicon.words(
    "company firm group bank airline carrier retailer maker manufacturer operator giant "
    "corporation club"
)


def opening_description_head(tokens: list[Token], j: int) -> str | None:
    """The head noun of a description of one person opening a sentence at token ``j``:
    "The" + modifiers + a person noun, then a lower-case word (its verb) or ", who":
    "star" in "The Swiss star hit back"; None for other phrases ("The president's aide
    said", "The players were", "The head of the club", "The account from the chief").
    (Not :func:`warreader.index.quotes.described_subjects.described_subject`, which
    reads a description of unknown head before a reporting verb as a speaker.)"""
    words = opening_description_words(tokens, j)
    return words[-2] if words else None


def opening_description_words(tokens: list[Token], j: int) -> list[str] | None:
    """The words of :func:`opening_description_head`'s description after "The", lower
    case, its head, then the word read as its verb ("who" after a comma): "swiss", "star",
    "hit"; None where it finds no head."""
    for k in range(j + 1, min(len(tokens) - 2, j + 1 + _REACH)):
        token = tokens[k]
        if token.kind != "w" or token.possessive or token.lower in _NOT_A_MODIFIER:
            return None
        nxt = tokens[k + 1]
        if token.lower in PARTY_MEMBERS and token.capitalised and nxt.kind == "w" and (
            k == j + 1 and _verb_like(nxt.lower) and nxt.lower != "who"
        ):  # "the Democrat is on the road": a party's member, no party ("the Democrat Party")
            return [token.lower, nxt.lower]
        if token.lower not in job_lex.PERSON_NOUNS and token.lower not in _ORG_HEADS:
            continue
        if nxt.text == "," and tokens[k + 2].lower == "who":
            return [t.lower for t in tokens[j + 1 : k + 1]] + ["who"]  # "The seventh seed, who"
        if nxt.text == "," and (verb := _verb_after_apposition(tokens, k + 2)):
            return [t.lower for t in tokens[j + 1 : k + 1]] + [verb]  # "The governor, a
        if nxt.kind == "w" and not nxt.capitalised:
            if nxt.lower in job_lex.PERSON_NOUNS:
                continue  # "the team captain"
            if nxt.lower in _NOT_A_VERB or token.lower in _ADJECTIVE_LIKE and not (
                nxt.lower in _AUXILIARIES or nxt.lower.endswith("ed")
            ):  # "The international prizes went", "The official site": no person
                return None
            return [t.lower for t in tokens[j + 1 : k + 2]]
        return None
    return None


def _verb_after_apposition(tokens: list[Token], k: int) -> str:
    """The verb after an apposition that opens at token ``k`` with "a"/"an" and closes with
    a comma within a few words ("The governor, a former mayor of Charlotte, has focused"),
    when it surely is one (:func:`_verb_like`); else ""."""
    if k >= len(tokens) or tokens[k].lower not in ("a", "an"):
        return ""
    for i in range(k + 1, min(len(tokens) - 1, k + _APPOSITION)):
        if tokens[i].text == ",":
            after = tokens[i + 1]
            verb = after.kind == "w" and not after.capitalised and _verb_like(after.lower)
            return after.lower if verb else ""
        if tokens[i].kind != "w":
            return ""
    return ""


_APPOSITION = 10  # words an apposition after a description's head may hold


def described_topic(registry: Registry, head: str, position) -> Entity | None:
    """The person a description (``head``: its words, the head, then its verb: "veteran
    striker arrived") opening the sentence at ``position`` refers to: the one person whose
    role holds it (:func:`~warreader.index.quotes.noun_holders.sole_holder`: "the
    billionaire Jim Bell") when a verb surely follows it (not "The billionaire vote split"),
    else the subject (the first subject or speaker named) of the latest
    sentence before it, in its paragraph or the one before, that has a person the
    description fits as its subject; None if there is none."""
    *words, verb = head.split()
    head = words[-1]
    if _verb_like(verb) and (holder := sole_holder(registry, words, position)) is not None:
        return holder
    sentence = None
    subject = None
    holder = False  # a person the role names the job, seen in the sentence: no subject passed
    for sighting in reversed(registry.sightings.last_before(position, _LOOK_BACK)):
        if sighting.position[:2] != sentence:
            if _fits(subject, head):
                return subject
            if holder:  # "Cole is challenging Gov. Pat Dunn.": Dunn may be the governor
                return None
            sentence, subject = sighting.position[:2], None
            if position[0] - sentence[0] > _PARAGRAPHS:
                return None
        if sighting.rank >= 1 and not sighting.possessive:
            subject = sighting.entity  # the earliest one in its sentence is kept
        holder = holder or sighting.entity.kind == "person" and role_matches(
            head, sighting.entity) is True
    return subject if _fits(subject, head) else None


def _verb_like(word: str) -> bool:
    """Is the word after a description surely its verb: an auxiliary, a past tense ("was",
    "arrived", "spoke"), a reporting verb, or "who" opening a relative clause? Not a noun
    it qualifies ("The billionaire vote split", "The billionaire class has")."""
    return word in _AUXILIARIES or word == "who" or past_verb(word) or word in cue_lex.CUE_VERBS


def _fits(entity: Entity | None, head: str) -> bool:
    """May the description with ``head`` be ``entity``: of its kind, and no job its role
    rules out ("The senator toured a plant" is not "protester Luis Ortega")?"""
    return entity is not None and (
        entity.kind == "person" or head in _ORG_HEADS and entity.kind != "person"
    ) and entity.fits(head) and role_matches(head, entity) is not False


def person_fits(entity: Entity, head: str) -> bool:
    """May a description of one person with ``head`` be ``entity``, a person?"""
    return entity.kind == "person" and _fits(entity, head)


def see_described(registry: Registry, head: str, position) -> None:
    """Record the person a description opening a sentence refers to (see
    :func:`described_topic`) as that sentence's subject."""
    entity = described_topic(registry, head, position)
    if entity is not None:
        registry.see(entity, position, True, False, opening=True)


def see_opening(registry: Registry, p: int, para, j: int, event_at) -> bool:
    """Does the closely read sentence at token ``j`` of paragraph ``p`` open on a
    description of a person that is no speaker's mention (``event_at``: mentions by
    their start)? Its person is then recorded as the sentence's subject.

    Its twin :func:`warreader.index.quotes.descriptions.see_described_subject` reads a
    job ("The Planning Minister did not ...") and takes the latest person that job
    fits; this one reads any person noun after modifiers ("The Swiss star hit back")
    and takes the subject of the latest sentence before it that the noun fits (a
    description without a job names the topic, not whoever held the noun last)."""
    token = para.tokens[j]
    if token.lower != "the" or token.start in event_at:
        return False
    words = opening_description_words(para.tokens, j)
    if words is not None:
        see_described(registry, " ".join(words), (p, para.sentence_of[j], j))
    return words is not None


def glanced_description(text: str, start: int, end: int) -> str | None:
    """:func:`opening_description_words`, joined, for a sentence ``text[start:end]`` not
    cut into tokens (one glanced at before a quotation), read past an opening adjunct of
    time with no name in it ("On Monday, the senator toured a plant", "After the rally,
    the senator ..."), after which a description is its clause's subject as at a
    sentence's start."""
    if not text.startswith("The ", start):
        opener = _GLANCED_OPENER.match(text, start, end) or _ADJUNCT_OPENER.match(
            text, start, end
        )
        if opener is None:
            return None
        start = opener.end()
    stop = min(end, start + 120)
    for word in _WORD.findall(text, start, stop):  # a person's or body's noun in reach?
        low = word.lower()
        if low in _HEADS or not _HEADS.isdisjoint(_JOINER.split(low)):
            words = opening_description_words(tokenize(text, [], start, stop), 0)
            return " ".join(words) if words else None
    return None  # none: no head, and no tokens needed


_HEADS = frozenset(job_lex.PERSON_NOUNS) | _ORG_HEADS | PARTY_MEMBERS
_WORD = re.compile(r"[^\W_]+(?:[.'’\-&][^\W_]+)*")  # a word token's core (tokens._TOKEN)
_JOINER = re.compile(r"[.'’\-&]")


_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_GLANCED_OPENER = re.compile(
    r"(?:On|In|At|After|Before|During|Later|Earlier|Afterward|Afterwards|Then|Meanwhile|"
    rf"Still|Instead|Yesterday|Today|Tonight|Last|This)(?: (?:[a-z][\w'’-]*|{_DAY_NAMES}))*"
    r", (?=the )"
)  # "On Monday, ", "After the rally, ": an opening adjunct with no name, then "the"
_ADJUNCT_OPENER = re.compile(
    r"(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|\d+) (?:days|weeks|months|"
    r"years|decades) (?:after|before|since) |(?:After|Since|Despite|Having) )"
    r"(?:[a-z][\w'’-]*|[A-Z][\w'’.-]*)(?: (?:[a-z][\w'’-]*|[A-Z][\w'’.-]*|\d[\d,.]*)){0,14}"
    r", (?=the )"
)  # "Six years after losing his Senate seat to Ron Johnson, ": an adjunct that may name
# someone, then the clause's subject "the Democrat", who is not whom the adjunct names


def modifies_noun(word: str, nxt: str) -> bool:
    """Is the capitalised ``word`` an adjective of nationality before the lower-case noun
    ``nxt`` ("five Italian guests", "Spanish fans"): no name, so nobody a "they" or "he"
    may refer to? Not before a verb ("Italian said")."""
    return word.lower() in job_lex.NATIONAL_ADJECTIVES and nxt.isalpha() and nxt.islower() and (
        nxt not in cue_lex.CUE_VERBS and not past_verb(nxt)
    )


def no_name(word: str, nxt: str) -> bool:
    """Is a one-word capitalised run before the word ``nxt`` no name: a verb ("Directed by
    Antoine Fuqua, ..."), or a nationality before a noun ("five Italian guests")?"""
    return name_lex.participle(word.lower()) or modifies_noun(word, nxt)


def see_national_group(registry: Registry, word: str, nxt: str, opens: bool, position) -> None:
    """Record a nationality before a plural of people opening a sentence ("Ukrainian
    soldiers pushed on", "Russian troops held") as a group, the subject of that sentence,
    whom a later "they" may name (as a group that spoke is: "Russian officials said")."""
    if opens and nxt in job_lex.PERSON_PLURALS and modifies_noun(word, nxt):
        entity = Entity(f"{word} {nxt}", "group")
        registry.entities.append(entity)
        registry.see(entity, position, True, False, opening=True)


def no_name_at(registry: Registry, p: int, para: Para, j: int, words: list) -> bool:
    """Is the one-word run at token ``j`` of paragraph ``p`` no name (see :func:`no_name`)?
    A nationality before a plural of people opening the sentence is then seen as a group
    (:func:`see_national_group`)."""
    tokens = para.tokens
    noun = (tokens[j + 1 : j + 2] or words)[0].text
    if not no_name(tokens[j].bare, noun):
        return False
    at = (p, para.sentence_of[j], j)
    see_national_group(registry, tokens[j].bare, noun, j == para.floor_of[j], at)
    return True
